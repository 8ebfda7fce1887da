"""Stage 3, entity tagging: organisations, people and products linked to one canonical name.

A gazetteer (``data/gazetteer/entities.csv``) is compiled into one Aho-Corasick automaton
(pyahocorasick) over systematically generated spelling variants (nukta, chandrabindu /
anusvara, ``ऑ``/``ओ``, half nasals, spacing, legal suffixes). Matches are kept at word
boundaries judged by Unicode category (letters *and* marks), longest first. Homographs
(``क्लाउड`` = Claude or cloud) are decided by context cues; names outside the gazetteer are
found from Latin-script names inside Hindi text, quoted names and glosses, and linked by
transliteration plus fuzzy matching (indic-transliteration, rapidfuzz).
"""

from __future__ import annotations

import array
import bisect
import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Mapping
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

import ahocorasick
import regex
from rapidfuzz import fuzz, process

from utils import paths, rx
from utils.text import Gloss, harvest_glosses, normalise, nukta_variants, with_nukta_variants

LABELS = ("ORG", "PERSON", "PRODUCT")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ASCII_LOWER_BYTES = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
_DEVA_CHAR = rx.compile("[\u0900-\u097f\ua8e0-\ua8ff]")
_DEVA_EXTENDED = rx.compile("[\ua8e0-\ua8ff]")


def _count_deva(text: str, end: int) -> int:
    """``len(_DEVA_CHAR.findall(text, 0, end))`` without the list: U+0900–U+097F are exactly the
    UTF-8 sequences E0 A4 xx and E0 A5 xx (Devanagari Extended, EA A3 A0–BF, is rare)."""
    head = text[:end]
    if head.isascii():
        return 0
    u = head.encode("utf-8", "surrogatepass")
    n = u.count(b"\xe0\xa4") + u.count(b"\xe0\xa5")
    if b"\xea\xa3" in u:
        n += len(_DEVA_EXTENDED.findall(head))
    return n


# Hindi writes a foreign name's vowels long or short, open or closed, nasal with either mark: one key for all
# (``साकुरा इंटरनेट``/``साकुरा इन्टरनेट``, ``हाईरेसो``/``हाइरेसो``, ``मोबिलआई``/``मोबीलआई``); one character for one
# character, so offsets hold
_VOWEL_FOLD = str.maketrans({"ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ", "ॉ": "ो", "ऑ": "ओ", "ँ": "ं", "ॅ": "े",
                             "ऍ": "ए", "ै": "े", "ऐ": "ए", "ौ": "ो", "औ": "ओ"})


# ``X ने``, ``क्लाइन (Cline) ने``: the agent marker after a name, past a gloss (shared with the deal rules)
AGENT_AFTER_HI = rx.compile(r"\s*(?:\([^()]{1,40}\)\s*)?ने(?![\p{L}\p{M}])")


def _key(s: str) -> str:
    """The gazetteer key of a form: A-Z lowered, nukta dropped, hyphen as space, vowel length folded
    (``एलियांज़`` = ``एलियांज``, ``रोल्स-रॉयस`` = ``रोल्स रॉयस``, ``हाईरेसो`` = ``हाइरेसो``)."""
    return _ascii_lower(s).replace("\u093c", "").replace("-", " ").translate(_VOWEL_FOLD)


def _exact_key(s: str) -> str:
    """:func:`_key` without the vowel fold: what a short or everyday-looking alias must match."""
    return _ascii_lower(s).replace("\u093c", "").replace("-", " ")


def _ascii_lower(s: str) -> str:
    """Only A-Z lowered, as ``_ASCII_LOWER`` does, but fast: UTF-8 multi-byte sequences hold no byte in A-Z."""
    if s.isascii():
        return s.lower()
    return s.encode("utf-8", "surrogatepass").translate(_ASCII_LOWER_BYTES).decode("utf-8", "surrogatepass")
_NUKTA = "\u093c"
_VIRAMA = "\u094d"
_ANUSVARA = "\u0902"
_CHANDRABINDU = "\u0901"
# the nasal consonant of each consonant class, for anusvara ↔ half-nasal variants
_NASAL_OF = {}
for _row, _nasal in (("कखगघ", "ङ"), ("चछजझ", "ञ"), ("टठडढ", "ण"), ("तथदध", "न"), ("पफबभ", "म")):
    for _c in _row:
        _NASAL_OF[_c] = _nasal


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row."""

    canonical: str
    label: str
    kind: str
    parent: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention in normalised text (``start``/``end`` index ``Normalised.text``)."""

    start: int
    end: int
    text: str
    label: str
    canonical: str
    source: str = "gazetteer"


def _keys_with_nukta(words: dict[str, str]) -> dict[str, str]:
    """A word table whose Hindi keys are found with the nukta either way (``टेक्नोलॉजीज़``/``टेक्नोलॉजीज``)."""
    return {v: value for key, value in words.items() for v in nukta_variants(key)}


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue data of this stage (`data/cues/entities.json`)."""
    with open(paths.CUES / "entities.json", encoding="utf-8") as fh:
        return with_nukta_variants(json.load(fh))


def load_gazetteer(path: Path = paths.GAZETTEER) -> list[Entry]:
    """Read the gazetteer CSV (canonical, label, kind, parent, aliases_en, aliases_hi)."""
    entries: list[Entry] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            aliases = [row["canonical"]]
            for col in ("aliases_en", "aliases_hi"):
                aliases += [a.strip() for a in (row.get(col) or "").split("|") if a.strip()]
            seen: dict[str, None] = {}
            for a in aliases:
                seen.setdefault(unicodedata.normalize("NFC", a), None)
            canonical, label, kind, parent = (row["canonical"].strip(), row["label"].strip(), row["kind"].strip(),
                                              (row.get("parent") or "").strip())
            entries.append(Entry(canonical, label, kind, parent, tuple(seen)))
    names = {e.canonical for e in entries}
    out: list[Entry] = []
    for e in entries:
        versions = _other_versions(e.canonical, e.aliases) if e.label == "PRODUCT" else {}
        split = [v for v in versions.values() if v[0] not in names]  # (a version with a row of its own has it)
        if not split:
            out.append(e)
            continue
        moved = {a for v in split for a in v}
        out.append(Entry(e.canonical, e.label, e.kind, e.parent, tuple(a for a in e.aliases if a not in moved)))
        out += [Entry(v[0], e.label, e.kind, e.parent, tuple(v)) for v in split]
    return out


_NUMERONYM = re.compile(r"^[A-Za-z]\d+[a-z]$")  # ``K8s``: Kubernetes, no version


def _version_of(name: str) -> tuple[str, ...]:
    """The numbers a product name carries (``Ernie 5.0`` and ``Ernie 5`` carry the same)."""
    return tuple(re.findall(r"\d+(?:\.\d+)*", re.sub(r"(?<=\d)\.0\b", "", name)))


def _other_versions(canonical: str, aliases: tuple[str, ...]) -> dict[tuple[str, ...], list[str]]:
    """A product row's Latin aliases that carry another version than its name (``Yi-Large``: ``Yi-34B``;
    ``Qualcomm AI200``: ``AI250``), grouped by version: each names its own product, as the press writes it."""
    own = _version_of(canonical)
    out: dict[tuple[str, ...], list[str]] = {}
    for a in aliases[1:]:
        v = _version_of(a)
        if v and v != own and a.isascii() and not _NUMERONYM.match(a) and not a.lower().startswith(canonical.lower()):
            out.setdefault(v, []).append(a)
    return out


_FOLD = str.maketrans({"\u093c": None, "ँ": "ं", "ी": "ि", "ू": "ु", "ॉ": "ो", "ऑ": "ओ", "ॅ": "े", "ऍ": "ए",
                       "ै": "े", "ऐ": "ए", "ई": "इ", "ऊ": "उ", "ौ": "ो", "औ": "ओ"})
_HALF_NASAL = rx.compile("[ङञणनम]\u094d(?=[क-ह])")


def fold_devanagari(word: str) -> str:
    """One key for the spellings of a Devanagari name (nukta, nasal, matra length, ``ऑ``, ``ै``).

    >>> fold_devanagari("क्रिस्टोफ़र") == fold_devanagari("क्रीस्टोफर")
    True
    """
    return _HALF_NASAL.sub("ं", word.translate(_FOLD))


class PersonNames:
    """A lexicon of given names and surnames (``data/names/``): a given name followed by a surname,
    in either script, is a person, spelled the English way (``पर्सी लियांग`` → ``Percy Liang``)."""

    def __init__(self, folder: Path = paths.NAMES) -> None:
        self.given_hi: dict[str, str] = {}
        self.surname_hi: dict[str, str] = {}
        self.given_en: dict[str, str] = {}
        self.surname_en: dict[str, str] = {}
        self._given_seen: dict[str, bool] = {}
        for name, hi, en in (("given_names.csv", self.given_hi, self.given_en),
                             ("surnames.csv", self.surname_hi, self.surname_en)):
            with open(folder / name, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    latin = row["latin"].strip()
                    en.setdefault(latin.lower(), latin)
                    for form in row["devanagari"].split("|"):
                        form = unicodedata.normalize("NFC", form.strip())
                        if form:
                            hi.setdefault(fold_devanagari(form), latin)

    def is_given(self, word: str) -> bool:
        """Is this Devanagari word a given name of the lexicon (any spelling)? Answers are remembered."""
        known = self._given_seen.get(word)
        if known is None:
            if len(self._given_seen) >= 1 << 16:
                self._given_seen.clear()
            known = self._given_seen[word] = fold_devanagari(word) in self.given_hi
        return known

    def latin_person(self, words: list[str]) -> bool:
        """``Percy Liang``: Title-Case given name + (middle) + surname, each in the lexicon."""
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
            return False
        return (words[0].lower() in self.given_en and words[-1].lower() in self.surname_en
                and all(w.lower() in self.given_en or w.lower() in self.surname_en for w in words[1:-1]))

    def devanagari_person(self, words: list[str]) -> str | None:
        """The English spelling of a Devanagari full name, or None (``अनुराधा मिश्रा`` → ``Anuradha Mishra``)."""
        if not 2 <= len(words) <= 3:
            return None
        keys = [fold_devanagari(w) for w in words]
        if keys[0] not in self.given_hi or keys[-1] not in self.surname_hi:
            return None
        parts = [self.given_hi[keys[0]]]
        for k in keys[1:-1]:
            mid = self.given_hi.get(k) or self.surname_hi.get(k)
            if mid is None:
                return None
            parts.append(mid)
        return " ".join(parts + [self.surname_hi[keys[-1]]])


class EnglishWords:
    """The commonest English words (``data/names/english_words.txt``, from wordfreq), indexed by a
    consonant key, to give a transliterated English word its spelling (``Stedaphast`` → ``Steadfast``)."""

    def __init__(self, path: Path = paths.NAMES / "english_words.txt") -> None:
        self.by_key: dict[str, list[tuple[str, str]]] = {}
        with open(path, encoding="utf-8") as fh:
            ranked = fh.read().split()  # commonest first
        self.words = frozenset(ranked)
        self.rank = {w: i for i, w in enumerate(ranked)}
        for word in ranked:
            if len(word) >= 4:
                for spoken in _english_sounds(word):
                    self.by_key.setdefault(_skeleton(spoken).lstrip("aeiou"), []).append((word, spoken))

    def word(self, latin: str, *, cutoff: float = 70.0) -> str | None:
        """The English word a transliteration stands for, capitalised, or None (``Red`` → ``Red``)."""
        best = self.spelling(latin, cutoff=cutoff, fallback="")
        return best or (latin if latin.lower() in self.words else None)

    def spelling(self, latin: str, *, cutoff: float = 70.0, fallback: str | None = None) -> str:
        """The English word a transliteration stands for, capitalised, else the transliteration itself.

        >>> english_words().spelling("Roket")
        'Rocket'
        """
        word, _ = self.match(latin, cutoff=cutoff)
        return word.capitalize() if word else (latin if fallback is None else fallback)

    def match(self, latin: str, *, cutoff: float = 70.0, min_key: int = 3) -> tuple[str | None, float]:
        """The English word that sounds most like a transliteration, with its score (0–105), or None."""
        best, score = None, cutoff
        for probe, penalty in _hindi_sounds(latin):
            key = _skeleton(probe).lstrip("aeiou")  # (``एसेट`` is ``Eset``: asset)
            if len(key) < min_key:
                continue
            for word, spoken in self.by_key.get(key, ()):  # commonest first: a tie keeps the commoner word
                r = fuzz.ratio(probe, spoken) + (5 if (probe[0] in "aeiou") == (spoken[0] in "aeiou") else -5) - penalty
                if r > score:
                    best, score = word, r
        return best, score

    def name_word(self, latin: str, *, cutoff: float = 90.0, min_part: int = 4, part_rank: int = 16_000) -> str | None:
        """One word of a brand name in English spelling: an English word (``Fraiktal`` → ``Fractal``) or
        two run together (``Vektarmint`` → ``Vectormint``); None for a coined word that only starts like
        one (``Sprinto`` is no Sprint)."""
        word, score = self.match(latin, cutoff=cutoff - 15)
        if word is not None:
            plain, spoken = re.sub(r"(.)\1+", r"\1", latin.lower()), _english_sound(word)
            if score <= cutoff or len(plain) > len(spoken) and plain.startswith(spoken):
                return None  # near an English word but not it: no compound either (``Rikagnishan``)
            return word.capitalize()
        best, score = None, cutoff
        low = latin.lower()
        for i in range(min_part, len(low) - min_part + 1):
            left, l_score = self.match(low[:i], cutoff=cutoff, min_key=2)
            if left is None or self.rank[left] >= part_rank:
                continue  # (the parts are everyday words: ``Vardhaman`` is no Ward-amman)
            right_part = low[i:]
            schwa = right_part[0] == "a" and (len(right_part) > min_part or len(right_part) == min_part and l_score >= 100)
            # (``Northavel``: a short word after the schwa only when the first word is exact: Northwell)
            for part in ((right_part[1:], right_part) if schwa else (right_part,)):  # (a tuple: a tie keeps the first)
                right, r_score = self.match(part, cutoff=cutoff, min_key=2)  # (``वेक्टरमिंट``: the schwa of ``Vektar-a-mint``)
                if right is not None and self.rank[right] < part_rank and (l_score + r_score) / 2 - 3 > score:
                    best, score = (left + right).capitalize(), (l_score + r_score) / 2 - 3
        return best


def _english_sound(word: str) -> str:
    """An English spelling written closer to how Hindi writes it (``innovation`` → ``innovashan``)."""
    w = re.sub(r"[ts]ion(?=s?\b)", "shan", word.lower())
    w = re.sub(r"^kn", "n", w).replace("ght", "t").replace("wh", "v").replace("qu", "kv").replace("ck", "k")
    w = re.sub(r"c(?=[eiy])", "s", w).replace("ph", "f").replace("w", "v").replace("x", "ks").replace("c", "k")
    w = re.sub(r"(?<=[^aeiou])(?:er|or)\b", "ar", w)  # ``vector`` is written ``वेक्टर``: Vektar
    return re.sub(r"(.)\1+", r"\1", w).replace("ç", "ch")


# the readings Hindi gives an English spelling, each as (test, rewrite): ``ow`` as o (``ग्रोथ``), ``ea`` as ee
# (``स्पीक``), y as a glide (``डायनेमिक``, ``साइबर``), long u as yu (``कम्युनिकेशंस``, ``कंप्यूट``), soft g as j
# (``इंटेलिजेंस``), ou as au (``हाउस``), -are/-air/-ear as eyar (``सॉफ्टवेयर``)
_READINGS: tuple[tuple["re.Pattern[str]", Any], ...] = (
    (re.compile("ow"), lambda w: w.replace("ow", "o")),
    (re.compile("ea"), lambda w: w.replace("ea", "ee")),
    (re.compile(r"[^aeiou]y[^aeiou]"), lambda w: re.sub(r"(?<=[^aeiou])y(?=[^aeiou])", "ay", w)),
    (re.compile(r"[^aeiou]y[^aeiou]"), lambda w: re.sub(r"(?<=[^aeiou])y(?=[^aeiou])", "ai", w)),
    (re.compile(r"[^aeiou]u[^aeiou][aeiou]"),
     lambda w: re.sub(r"^co(?=[mn])", "ka", re.sub(r"(?<=[^aeiou])u(?=[^aeiou][aeiou])", "yu", w))),
    (re.compile(r"g(?=[eiy])"), lambda w: re.sub(r"g(?=[eiy])", "j", w)),
    (re.compile("ou"), lambda w: w.replace("ou", "au")),
    (re.compile(r"(?:are|air|ear)s?\b"), lambda w: re.sub(r"(?:are|air|ear)(?=s?\b)", "eyar", w)),
    # a final silent e is not written (``एब्सोल्यूट`` absolute), an initial short a before two consonants is e
    (re.compile(r"(?<=[^aeiou])e(?=s?\b)"), lambda w: _silent_e(w)),
    (re.compile(r"^a(?=[^aeiouwy][^aeiouhrlwy])"), lambda w: "e" + w[1:]),
    # a u closed by consonants is the short a of Hindi (``प्लस`` plus, ``ट्रस्ट`` trust, ``समिट`` summit, ``नंबर`` number)
    (re.compile(r"u(?=[bcdfgklmnprstvxz](?:[^aeiouy]|$))"), lambda w: re.sub(r"u(?=[bcdfgklmnprstvxz](?:[^aeiouy]|$))", "a", w)),
    # a final -age as ej (``वॉयेज`` voyage, ``स्टोरेज`` storage), -ue as oo (``ब्लू`` blue)
    (re.compile(r"age(?=s?\b)"), lambda w: re.sub(r"age(?=s?\b)", "ej", w)),
    (re.compile(r"ue(?=s?\b)"), lambda w: re.sub(r"ue(?=s?\b)", "oo", w)),
    # d before a long u as j (``एजुकेशन`` education, ``शेड्यूल`` schedule)
    (re.compile(r"(?<=[aeiou])du(?=[^aeiou])"), lambda w: re.sub(r"(?<=[aeiou])du(?=[^aeiou])", "ju", w)),
    # a long a as e: ``data`` is ``डेटा``, ``national`` ``नेशनल``, ``display`` ``डिस्प्ले``
    (re.compile(r"^[^aeiou]*a[^aeiouy][aeiou]|ay"), lambda w: re.sub(r"ay", "e", re.sub(r"^([^aeiou]*)a(?=[^aeiouy][aeiou])", r"\1e", w))),
    # -tion and -sion inside a word too (``इंटरनेशनल`` international, ``विजन`` vision), -ture as char
    # (``वेंचर`` venture, ``म्यूचुअल`` mutual), ch as च (``एक्सचेंज`` exchange), a final y as i
    # (``एकेडमी`` academy), er before a consonant as ar (``इंटरनेट``)
    (re.compile(r"[ts]ion"), lambda w: re.sub(r"(?<=[aeiou])sion", "jan", re.sub(r"(?<![aeiou])sion|tion", "shan", re.sub(r"ation", "eshan", w)))),
    (re.compile("tu(?:re|a)"), lambda w: w.replace("ture", "çar").replace("tua", "çua")),
    (re.compile("ch"), lambda w: w.replace("ch", "ç")),
    (re.compile(r"[^aeiou]y$"), lambda w: w[:-1] + "i"),
    (re.compile(r"[^aeiou]er[^aeiouyrs]"), lambda w: re.sub(r"(?<=[^aeiou])er(?=[^aeiouyrs])", "ar", w)),
)


_MAGIC_E = {"a": "e", "i": "ai", "o": "o", "u": "yu", "e": "ee"}


def _silent_e(word: str) -> str:
    """A final silent e unwritten; after one vowel and one consonant it lengthens the vowel, as Hindi
    writes it (``fake`` फेक, ``wise`` वाइज, ``absolute`` एब्सोल्यूट), else it only goes (``license``)."""
    m = re.search(r"(?<![aeiou])([aeiou])([^aeiouwxy])e(s?)$", word)
    if m is not None:
        return word[:m.start()] + _MAGIC_E[m.group(1)] + m.group(2) + m.group(3)
    return re.sub(r"(?<=[^aeiou])e(?=s?\b)", "", word)


def _english_sounds(word: str) -> list[str]:
    """:func:`_english_sound`, and the other readings Hindi spells (:data:`_READINGS`), each alone and
    all together (``warehouse`` is ``वेयरहाउस``)."""
    out = [_english_sound(word)]
    word = re.sub(r"c(?=[eiy])", "s", word.lower())  # (soft before a reading moves the vowel: ``cyber`` is ``saibar``)
    every = word
    for test, rewrite in _READINGS:
        if test.search(word):
            out.append(_english_sound(rewrite(word)))
            if test.search(every):
                every = rewrite(every)
    if every != word and _english_sound(every) not in out:
        out.append(_english_sound(every))
    return out


def _hindi_sounds(latin: str) -> list[tuple[str, int]]:
    """A transliteration with glides and diphthongs as English may spell them, each with its penalty:
    ``ai`` (``ै``) is the ``a`` of banner (``Bainar``) or, less often, the ``i`` of tiger; ``aai`` (``ाइ``,
    written by :func:`loanword_latin`) is the ``i`` of bright (``ब्राइट``) as readily as an ``ai``."""
    w = latin.lower().replace("ph", "f")
    w = re.sub(r"^y(?:oo|u)", "u", w).replace("iy", "i").replace("uy", "u").replace("au", "o")
    out: dict[str, int] = {}
    if "aai" in w:  # (``साइबर``: the ``y`` of cyber is read ``ai`` too)
        out[re.sub(r"(.)\1+", r"\1", w.replace("aai", "i"))] = 0
        w = w.replace("aai", "ai")
        out.setdefault(re.sub(r"(.)\1+", r"\1", w), 0)
    for k, v in enumerate((w.replace("ai", "a"), w.replace("ai", "i"), w.replace("ai", "a").replace("oo", "u"))):
        out.setdefault(re.sub(r"(.)\1+", r"\1", v), 12 * (k > 0 or bool(out)))
    return list(out.items())


@lru_cache(maxsize=1)
def english_words() -> EnglishWords:
    """The English word index (built once per process, on first use)."""
    return EnglishWords()


@lru_cache(maxsize=1)
def person_names() -> PersonNames:
    """The project's name lexicon (loaded once per process)."""
    return PersonNames()


def _is_deva(ch: str) -> bool:
    return "\u0900" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff"


def devanagari_variants(alias: str, *, limit: int = 48) -> set[str]:
    """Spelling variants Hindi news uses for one name.

    >>> sorted(devanagari_variants("अमेज़न"))[:2]
    ['अमेजन', 'अमेज़न']
    """
    out = {alias}

    def grow(fn: Any) -> None:
        for v in sorted(out):  # sorted: which variants fit under the limit must not depend on str hashing
            for w in fn(v):
                if len(out) < limit:
                    out.add(w)

    grow(lambda s: [s.replace(_NUKTA, "")] if _NUKTA in s else [])
    grow(lambda s: [s.replace(_CHANDRABINDU, _ANUSVARA)] if _CHANDRABINDU in s else [])
    grow(lambda s: [s.replace("ॉ", "ो").replace("ऑ", "ओ"), s.replace("ॉ", "ा").replace("ऑ", "आ")]
         if ("ॉ" in s or "ऑ" in s) else [])
    grow(lambda s: [s.replace("ॅ", "े").replace("ऍ", "ए"), s.replace("ॅ", "")] if ("ॅ" in s or "ऍ" in s) else [])

    def nasal(s: str) -> list[str]:
        res = []
        # anusvara before a consonant → its class nasal + virama, and the reverse
        a = rx.sub(r"\u0902(?=([क-ह]))", lambda m: _NASAL_OF.get(m.group(1), "न") + _VIRAMA, s)
        if a != s:
            res.append(a)
        n = rx.sub(r"\u0902(?=[क-ह])", "न" + _VIRAMA, s)  # (``मैकिंज़ी``/``मैकिन्ज़ी``: Hindi writes न् before any class)
        if n != s and n != a:
            res.append(n)
        b = rx.sub(r"[ङञणनम]\u094d(?=[क-ह])", _ANUSVARA, s)
        if b != s:
            res.append(b)
        return res

    grow(nasal)
    grow(lambda s: [s.replace(" ", "")] if " " in s else [])
    grow(lambda s: [s.replace(" एआई", " AI"), s.replace("एआई", "AI")] if "एआई" in s else [])
    grow(lambda s: [s.replace("ी", "ि"), s.replace("ि", "ी")] if len(s) >= 5 and ("ी" in s or "ि" in s) else [])
    grow(lambda s: [s.replace("ू", "ु"), s.replace("ु", "ू")] if len(s) >= 5 and ("ू" in s or "ु" in s) else [])
    grow(lambda s: [s.replace("ऐ", "ए"), s.replace("ए", "ऐ")] if s[:1] in "ऐए" and len(s) >= 4 else [])
    # ``मोबाइलआई``/``मोबिलआई``: the i of mobile written as a short ि
    grow(lambda s: [s.replace("\u093e\u0907", "\u093f")] if "\u093e\u0907" in s and len(s) >= 6 else [])
    # ``मार्वल``/``मार्वेल``, ``कैटलिस्ट``/``कैटेलिस्ट``: an English -el written with or without its e
    def el(s: str) -> list[str]:
        if "ल" not in s or len(s) < 5:
            return []
        out_el = [s[:m.start()] + "ल" + s[m.end():] for m in rx.finditer(r"(?<=[क-ह])\u0947ल(?!\u094d)", s)]
        out_el += [s[:m.start()] + "\u0947ल" + s[m.end():] for m in rx.finditer(r"(?<=[क-ह])ल(?!\u094d)", s)]
        return out_el  # one ``ल`` at a time: ``जनरल कैटेलिस्ट`` changes only the second

    grow(el)
    return {unicodedata.normalize("NFC", v) for v in out}


def latin_variants(alias: str) -> set[str]:
    """Case forms of a one-word Latin name (``NVIDIA`` = ``Nvidia``); legal suffixes (``Anthropic PBC``)
    are checked at match time, not generated."""
    out = {alias}
    if alias.isalpha() and len(alias) >= 5 and " " not in alias:
        out |= {alias.upper(), alias[:1].upper() + alias[1:].lower()}
    return out


def _category_is_word(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


_GLUED_WORDS = ("ने", "को", "का", "की", "के", "में", "से")
_GLUED = rx.compile(r"(?:%s)(?![\p{L}\p{M}])" % "|".join(_GLUED_WORDS))
_GLUED_FIRST = frozenset(w[0] for w in _GLUED_WORDS)  # a cheap test before the pattern


def _boundary_ok(text: str, start: int, end: int) -> bool:
    """No letter, mark or digit of the same script glued to either side of the span."""
    if start > 0:
        prev = text[start - 1]
        if _category_is_word(prev) and _is_deva(prev) == _is_deva(text[start]):
            return False
    if end < len(text):
        nxt = text[end]
        if nxt in _GLUED_FIRST and _is_deva(text[end - 1]) and _GLUED.match(text, end):
            return True  # ``कंपनीने``, ``टेनस्टॉरेंटने``: a postposition run into the name
        if _category_is_word(nxt) and _is_deva(nxt) == _is_deva(text[end - 1]):
            return False
        # a vowel sign or nukta after the span always means the word goes on
        if unicodedata.category(nxt) in ("Mn", "Mc"):
            return False
    return True


class EntityMatcher:
    """Gazetteer + rules entity tagger, in the manner of spaCy's ``EntityRuler``.

    Construction compiles the patterns; ``__call__`` matches and annotates.

    >>> [m.canonical for m in EntityMatcher()("अल्फाबेट ने एंथ्रोपिक में निवेश किया")]
    ['Alphabet', 'Anthropic']
    """

    def __init__(self, *, entries: list[Entry] | None = None, fuzzy_threshold: float = 88.0) -> None:
        self.entries = entries if entries is not None else load_gazetteer()
        self.by_canonical = {e.canonical: e for e in self.entries}
        self.fuzzy_threshold = fuzzy_threshold
        c = cues()
        self.not_entities = frozenset(c["not_entities"])
        self.common_word_rank: int = c["common_words_in_hindi"]["max_rank"]
        self.leading_function_words = frozenset(c["leading_function_words_en"]["words"])
        self.firm_next_en = frozenset(c["camel_brand_next_en"]["words"])
        self.not_entities_lower = frozenset(w.lower() for w in c["not_entities"])
        self.homographs = {unicodedata.normalize("NFC", k): v for k, v in c["homographs"].items()}
        self.product_words = tuple(c["product_type_words"])
        self.descriptor_next_hi = frozenset(c["descriptor_next_hi"]["words"])
        self.maker_nouns_hi = frozenset(c["maker_nouns_hi"]["words"])
        self.arm_words_hi: dict[str, str] = c["arm_words_hi"]["words"]
        self.arm_heads = frozenset(c["arm_words_hi"]["heads"])
        tails = c["short_name_tails"]
        self.short_tails = frozenset(tails["tails_en"]) | frozenset(tails["extra_tails_hi"])
        self.short_drop = frozenset(tails["drop_from_canonical"])
        units = c["platform_units"]
        self.platform_units = frozenset(units["names"])
        alt = lambda ws: "|".join(map(regex.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
        self._in_use_before = rx.compile(r"(?<![\p{L}\p{M}])(?:%s)\s+$" % alt(units["in_use_before_en"]))
        self._in_use_after = rx.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:%s)(?![\p{L}\p{M}])" % alt(units["in_use_after_hi"]))
        self._acts_after = rx.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:%s)(?![\p{L}\p{M}])" % alt(units["acts_after"]))
        self.product_adjacent_hi = frozenset(c["product_nouns_adjacent_hi"]["words"])
        self.product_after_hi = self.product_adjacent_hi | frozenset(c["product_nouns_adjacent_hi"]["after_only"])
        self.org_words = tuple(c["org_type_words"])
        self.name_articles_hi: dict[str, str] = c["name_articles_hi"]["words"]
        self.name_words_hi: dict[str, str] = _keys_with_nukta(c["name_words_hi"]["words"])
        self.intro_words = tuple(c["name_intro_words"])
        self.org_endings = frozenset(c["org_name_endings_en"])
        self.holding_words = frozenset(c["dropped_legal_forms"]["holding_words"])
        tick = c["ticker_words"]
        self._ticker_before = rx.compile(r"(?:(?:%s)(?:\s+(?:name|symbol))?\s*[:\"“‘']?|\((?:%s)\s*:\s*)$" % (
            "|".join(map(regex.escape, tick["words"])), "|".join(map(regex.escape, tick["exchanges"]))), regex.IGNORECASE)
        self._ticker_after = rx.compile(r"[\"”’']?\s{0,3}(?:%s)(?![\p{L}\p{M}])" % "|".join(map(regex.escape, tick["words"])),
                                           regex.IGNORECASE)
        self.person_before = tuple(c["person_cues_en"]["before"])
        self._person_before_lower = tuple(w.lower() for w in self.person_before)
        self.person_after = tuple(c["person_cues_en"]["after"])
        self._service_after = rx.compile(r"\s{0,3}(?:\([^()]{1,30}\)\s{0,3})?(?:%s)(?![\p{L}\p{M}])" % "|".join(
            regex.escape(w) for w in sorted(c["service_nouns"]["words"], key=len, reverse=True)))
        self.org_before = tuple(c["org_cues_en"]["before"])
        # one-word kinds that open a sentence before a firm's name (``Conglomerate Astra International``)
        self._org_type_opening = frozenset(w for w in self.org_before if " " not in w and w not in ("group", "arm", "unit", "parent"))
        self.titles = frozenset(c["title_words_en"]["words"])
        self.titles_lower = frozenset(t.lower() for t in self.titles)
        self.brand_tails = frozenset(c["brand_tail_words"]["words"])
        self._byline = rx.compile(r"(?:^|(?<=[(;])|(?<=\n))[ \t]*(?:%s)\s+" % "|".join(
            regex.escape(w) for w in sorted(c["byline_cues_en"]["words"], key=len, reverse=True)), regex.MULTILINE)
        self.places_en = frozenset(c["places_en"]["words"]) | territory_names()[1]
        self.title_continuations = frozenset(c["title_words_en"]["continuations"])
        prod = c["product_cues_en"]
        self.product_before_en = tuple(prod["before"])
        nouns = "|".join(map(regex.escape, prod["after"]))
        self._product_after_en = rx.compile(
            r"(?:(?:[ ][a-z][a-z-]+)?[ ](?:%s)\b|,\s+(?:the|its|a|an)\s+[^,.;]{0,50}?\b(?:%s)\b)" % (nouns, nouns))
        self._called_en = rx.compile(r"\b(?:%s)\s+(?:called|named|dubbed)\s+$" % nouns)  # ``an AI assistant called Natasha``
        lists = c["org_list_cues_en"]
        self._org_list_intro = rx.compile(
            r"(?:\b(?:%s)\b[^.;:]{0,30}?\b(?:%s)|\b(?:round|funding|financing|investment|tranche)\b[^.;]{0,40}?\b(?:co-)?led by)"
            r" (?:investors? |firms? )?$" % ("|".join(map(regex.escape, lists["nouns"])), "|".join(map(regex.escape, lists["links"]))))
        self.generic_ai = frozenset(c["generic_before_ai_en"]["words"])
        self.wire_credits_hi: dict[str, str] = dict(c["wire_credits_hi"]["words"])
        self._wire_credit = rx.compile(r"\(\s*(?P<w>%s)\s*\)" % "|".join(map(regex.escape, self.wire_credits_hi)))
        self.org_suffixes_hi = _keys_with_nukta(c["org_suffixes_hi"]["words"])  # (``टेक्नोलॉजीज़`` with the nukta too)
        self.english_heads = frozenset(c["org_suffixes_hi"]["english_heads"])
        self.legal_suffixes_hi = tuple(sorted(c["legal_suffixes_hi"], key=lambda x: (-len(x), x)))
        self.legal_words_en = frozenset(x for x in c["legal_suffixes_en"] if " " not in x and x not in ("Holdings", "Group"))
        self._legal_en = rx.compile(r",?\s(?:%s)(?![\p{L}\p{N}])" % "|".join(
            regex.escape(x) for x in sorted(c["legal_suffixes_en"], key=lambda x: (-len(x), x))))
        # the legal forms no unknown firm's name keeps (``ThreatConnect Inc``, ``B3 SA``); ``Corp``, ``Group``,
        # ``Holdings`` stay, which names bear (``AltC Acquisition Corp``, ``Ocado Group``)
        self._legal_form = rx.compile(r",?\s+(?:%s)$" % "|".join(
            regex.escape(x) for x in sorted(set(c["legal_suffixes_en"]) - self._NAME_BEARING_SUFFIXES,
                                            key=lambda x: (-len(x), x))))
        self._legal_tail = rx.compile(r"(?:,?\s+(?:%s))+$" % "|".join(
            regex.escape(x) for x in sorted(c["legal_suffixes_en"], key=lambda x: (-len(x), x))), regex.I)
        self.version_words = dict(c["product_version_words"]["words"])
        self._version = rx.compile(r" ?(?P<num>\d{1,2}(?:\.\d{1,2})?[a-z]?)(?![\p{L}\p{N}]|\s*(?:%%|प्रतिशत|percent|अरब|करोड़|लाख|बिलियन|मिलियन|billion|million|crore|GW|MW))"
                                      r"(?: (?P<word>%s)(?![\p{L}\p{M}]))?" % "|".join(map(regex.escape, self.version_words)))
        self.typed_suffixes_hi = _keys_with_nukta(c["org_suffixes_hi"]["needs_type_word"])
        self.letter_forms = sorted(((unicodedata.normalize("NFC", f), letter)
                                    for letter, forms in c["letter_names_hi"]["letters"].items() for f in forms),
                                   key=lambda x: (-len(x[0]), x[0]))
        self._places_hi = frozenset(c["places_hi"]["words"]) | territory_names()[0]
        self.name_stop_hi = frozenset(c["name_stop_hi"]) | self._places_hi
        slot = c["deal_slot_en"]
        name = r"(?P<name>(?![A-Z][\w.&]*-based\b)[A-Z][\w.&-]*[\w](?: [A-Z][\w.&-]*[\w]){0,3})"  # (``Duesseldorf-based`` is no name)
        self._slot_invest = rx.compile(
            r"\b(?:%s)\b[^.;]{0,60}?\b(?:in|into) (?:(?:[A-Z][\w.-]*|the|its|a)(?:'s|’s) )?%s(?![\w])"
            % ("|".join(map(regex.escape, slot["invest_words"])), name))
        self._slot_acquire = rx.compile(
            r"\b(?:acquire|acquired|acquires|acquiring|acquisition of|takeover of|to buy|will buy|agreed to buy|bought|buys|"
            r"to purchase|purchased|snaps up|snapped up|takes over|took over)"
            r"\s+(?:(?:[A-Z][\w.-]*)(?:'s|’s) )?(?:(?:(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.-]*-based|(?!(?:that|which|who|whose|of|from|in|into|to|"
            r"with|for|by|its|their|his|her)\b)[a-z][\w-]*)\s+){0,6}?(?!(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.-]*-based\b)%s(?![\w])" % name)
        self._slot_valued = rx.compile(  # ``a Series E that valued GitLab at $2.75 billion``, ``co-founded GitLab Inc.``
            r"\b(?:valued|values|valuing|co-?founded|cofounded)\s+%s(?:\s+(?:Inc|Inc\.|Ltd|Corp)\b)?(?=\s+at\b|[\s.,;])" % name)
        self._slot_unit_of = rx.compile(  # ``to acquire part of HTC's extended reality (XR) business``: its owner
            r"\b(?:acquire|acquired|acquires|acquiring|buy|bought|buys|buying|purchase|purchased)\s+(?:(?:part|parts|most|some|all)"
            r"\s+of\s+)?%s['’]s\s+(?:[\w()-]+\s+){0,4}?(?:business|unit|division|operations|assets|arm)\b" % name)
        self._slot_round_of = rx.compile(  # ``Tiger Global led Shopflo's $8 million Series A``: whose round
            r"(?<![\w.-])%s['’]s\s+(?:(?:about|roughly|nearly)\s+)?[$€£₹][\d.,]+\s*(?:million|billion|crore|mn|bn|[mb])?\s+"
            r"(?:pre-)?(?:Series\s+[A-H]\b|seed\b|funding\s+round\b|round\b)" % name)
        self._slot_acquired_by = rx.compile(  # ``Minjar, which was acquired by Nutanix``
            r"%s(?:, which)? (?:was|were|has been|had been|is being|will be) (?:acquired|bought|purchased|taken over) by\b" % name)
        self._slot_raise = rx.compile(
            r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=\n )|(?<=\n[ \t]*[-•*] )|(?<=\n[ \t]*\d{1,2}[.)] )"  # (``2) Cyberhaven raised``)
            r"|(?<=\b(?:after|when|since|before|because|while|and|as) )|(?<=-(?:backed|funded) )"
            r"|(?<=\b(?:19|20)\d\d, )|(?<=[)\d] [-—–] ))"  # (``In 2021, Pearson bought``; ``(Reuters) - Go1, …, has raised``)
            r"(?:(?:[A-Z][\w.-]*\s)?[A-Z][\w.-]*-based\s+(?:(?:[a-z][\w-]*|AI)\s+){0,4}?"  # (``Amman-based digital health platform``)
            r"|[A-Z][a-z]+(?:\s[a-z][\w-]*){0,2}\s(?:%s)\s+)?"  # (``Online yoga platform Habuild raised``)
            r"%s(?:,[^,.]{3,150},)? (?:%s)\b"
            % ("|".join(map(regex.escape, slot["descriptor_nouns"])), name,
               "|".join(map(regex.escape, sorted(slot["raise_words"] + slot["subject_words"], key=len, reverse=True)))),
            regex.MULTILINE)
        self.deal_words_hi = tuple(c["deal_words_hi"])
        ph = c["person_cues_hi"]
        self.name_particles_hi: dict[str, str] = ph["particles"]
        self._person_cue_hi = rx.compile(r"(?:^|(?<=[\s(\"'“‘]))(?:%s)[ ]+(?=\p{Devanagari})" % "|".join(
            regex.escape(w) for w in sorted(ph["before"], key=len, reverse=True)))
        self._person_cue_ac = ahocorasick.Automaton()
        for w in ph["before"]:
            self._person_cue_ac.add_word(w, len(w))
        self._person_cue_ac.make_automaton()
        self._founding_hi = rx.compile(r"\b(?:%s)\b" % "|".join(map(regex.escape, ph["founding_nouns"])))
        # a sentence about who founded a firm: a founder's title (``सह-संस्थापक``) or ``की स्थापना``
        # (``2022 की शुरुआत में``: early in a year, no founding)
        self._founder_sentence_hi = rx.compile(r"(?<![\p{L}\p{M}])(?:%s)|(?:की|को)\s+(?:%s)(?!\s+(?:में|तक|से)(?![\p{L}\p{M}]))" % (
            "|".join(regex.escape(w) for w in sorted(ph["before"], key=len, reverse=True) if "संस्थापक" in w or "फाउंडर" in w),
            "|".join(map(regex.escape, ph["founding_nouns"]))))
        self._person_after_hi = rx.compile(r"\s*(?:[,।.:;)'\"“”‘’]|(?:%s)(?![\p{L}\p{M}]))" % "|".join(
            regex.escape(w) for w in sorted(ph["after"], key=len, reverse=True)))
        self.org_slot_after_hi = tuple(c["org_slot_after_hi"])
        cache = _cache_file(c) if entries is None else None
        compiled = _load_compiled(cache) if cache is not None else None
        if compiled is not None:
            self._keys, given, self._fuzzy_keys, self._fuzzy_canon = compiled
            self._given = {name: [Entry(c, lab, kind, parent, tuple(al)) for c, lab, kind, parent, al in es]
                           for name, es in given.items()}
        else:
            self._compile(c)
            if cache is not None:
                _save_compiled(cache, self._keys, self._given, self._fuzzy_keys, self._fuzzy_canon)
        self.automaton = self._keys.automaton
        # the label of each canonical name of the compiled keys, by index (None: looked up, and missed, at match time)
        self._canon_labels = [e.label if (e := self.by_canonical.get(c)) else None for c in self._keys.canon]
        self._key_lens = [len(k) for k in self._keys.keys]
        self.labels = sorted({e.label for e in self.entries})
        self.names = person_names()
        self.not_name_hi = frozenset(c["not_name_words_hi"]["words"]) | self.name_stop_hi
        with open(paths.NAMES / "hindi_words.txt", encoding="utf-8") as fh:
            # everyday words (wordfreq), no names; nukta written either way (``ज़िम्मेदारी``/``जिम्मेदारी``)
            self.hindi_words = frozenset(v for w in fh.read().split() for v in nukta_variants(w, limit=4))
        self.gloss_cues = tuple(c["glossed_names"]["cue_words"])
        self.generic_terms = frozenset(c["glossed_names"]["generic_terms"])

    def _compile(self, c: dict[str, Any]) -> None:
        """Every alias form of the gazetteer into ``_keys`` (and its automaton), given names, fuzzy keys."""
        keys: dict[str, list[tuple[str, bool, str]]] = {}
        self._keys = keys  # type: ignore[assignment]  # a dict while _add fills it
        self._given: dict[str, list[Entry]] = {}
        self._fuzzy_keys: list[str] = []
        self._fuzzy_canon: list[str] = []
        for e in self.entries:
            for alias in e.aliases:
                forms = (devanagari_variants(alias) if any(_is_deva(ch) for ch in alias)
                         else latin_variants(alias))
                for form in sorted(forms):  # (sorted: which form a shared key keeps must not depend on str hashing)
                    self._add(form, e.canonical)
                self._fuzzy_keys.append(alias.lower())
                self._fuzzy_canon.append(e.canonical)
            for form in sorted(_mixed_script_forms(e.aliases)):
                self._add(form, e.canonical)  # ``Morgan स्टैनली``
            if e.label == "PERSON":
                for alias in e.aliases:
                    parts = alias.split()
                    if len(parts) >= 2:
                        self._given.setdefault(parts[0], []).append(e)
        self._keys = _Keys.build(keys)

    def _add(self, form: str, canonical: str) -> None:
        form = " ".join(form.split())
        if len(form) < 2 or form in self.not_entities:
            return
        key = _key(form)
        # acronyms (AWS, TCS) and one-word Latin names (Fidelity, Cursor) must match their case:
        # lower-case "fidelity" or "cursor" is an ordinary word
        case_sensitive = form.isascii() and (len(form) <= 4 or form.isupper() or " " not in form)
        entry = (canonical, case_sensitive, form)
        if key in self._keys:
            exact = _exact_key(form)
            if all(c != canonical or cs and f != form or _exact_key(f) != exact for c, cs, f in self._keys[key]):
                self._keys[key].append(entry)  # another name, another casing, another spelling of the same key
            return
        self._keys[key] = [entry]

    # -- matching ------------------------------------------------------------------
    def _gazetteer_mentions(self, text: str, *, chunk: int = 1 << 20) -> list[Mention]:
        """Gazetteer forms at word boundaries (case kept where it must be), homographs only in their context."""
        k = self._keys
        first, canon, ent_canon, ent_cs, ent_form = k.first, k.canon, k.ent_canon, k.ent_cs, k.ent_form
        labels = self._canon_labels
        homographs = self.homographs
        out: list[Mention] = []
        for start, end, i in self._automaton_hits(text, chunk=chunk):
            if not _boundary_ok(text, start, end):
                continue
            if _is_deva(text[start]) and self._generic_after_name(text, start, end):
                continue  # ``पैलाडिन कैपिटल ग्रुप`` is no Capital Group: an unknown name owns the type words after it
            folded_only = None
            for j in range(first[i], first[i + 1]):
                if ent_cs[j] and text[start:end] != ent_form[j] or text[start].islower() and ent_form[j][0].isupper():
                    continue  # (``buying two AI startups`` names no Two AI)
                if folded_only is None:
                    # a spelling only the vowel fold finds must be long and no everyday word (``ऊबर`` is no ``उबर``)
                    folded_only = (end - start < 6 or text[start:end] in self.hindi_words) and not any(
                        _exact_key(ent_form[x]) == _exact_key(text[start:end]) for x in range(first[i], first[i + 1]))
                if folded_only and text[start:end] not in homographs:
                    break  # (a homograph: its context decides below)
                c = ent_canon[j]
                label = labels[c] if labels[c] is not None else self.by_canonical[canon[c]].label
                surface = text[start:end]
                if label == "ORG" and surface.isascii() and text.startswith((" ", ","), end):
                    # ``Alphabet Inc.``, ``Anthropic PBC``, ``Cohere, Inc.``: a legal suffix belongs to the name
                    # (tested here, not compiled into the automaton, which would hold every name once per suffix)
                    tail_m = self._legal_en.match(text, end)
                    if tail_m is not None and _key(text[start:tail_m.end()]) not in k:
                        out.append(Mention(start, tail_m.end(), text[start:tail_m.end()], label, canon[c]))
                        break
                if label == "ORG" and text.startswith(" ", end) and not surface.isascii():
                    # ``रिलायंस इंडस्ट्रीज लिमिटेड``: a Hindi legal suffix belongs to the name (tested here,
                    # not compiled into the automaton, which would hold every name once per suffix)
                    tail = next((x for x in self.legal_suffixes_hi if text.startswith(x, end + 1)
                                 and _boundary_ok(text, start, end + 1 + len(x))
                                 and _key(text[start:end + 1 + len(x)]) not in k), None)  # (a name of its own: ``सॉफ्टबैंक कॉर्प``)
                    if tail is not None:
                        out.append(Mention(start, end + 1 + len(tail), text[start:end + 1 + len(tail)], label, canon[c]))
                        break
                    # ``कैपिटल वन वेंचर्स``: a known firm and a type word make a name of its own (Capital One Ventures)
                    nxt = text[end + 1:end + 24].split(maxsplit=1)
                    word = nxt[0].rstrip(",.।") if nxt else ""
                    english = self.org_suffixes_hi.get(word)
                    e2 = end + 1 + len(word)
                    if english and not canon[c].endswith(english) and _boundary_ok(text, start, e2) \
                            and _key(text[start:e2]) not in k:
                        # (but corporate words add nothing: ``कैम्ब्रिकॉन टेक्नोलॉजीज`` is Cambricon)
                        plain = english in self.short_drop or english == "Technology"
                        named = self._keys.get(_key(f"{canon[c]} {english}")) or next(
                            (self._keys.get(_key(f"{a} {english}")) for a in self.by_canonical[canon[c]].aliases
                             if a.isascii() and self._keys.get(_key(f"{a} {english}"))), None)
                        # (``यूनिट्री रोबोटिक्स``: Unitree Robotics is Unitree; ``हिलहाउस कैपिटल``: an alias, Hillhouse Capital)
                        out.append(Mention(start, e2, text[start:e2], label, canon[c] if plain else
                                           named[0][0] if named else f"{canon[c]} {english}", "devanagari"))
                        break
                if surface not in homographs or self._homograph_ok(text, start, end, surface):
                    out.append(Mention(start, end, surface, label, canon[c]))
                break
        return out

    def _generic_after_name(self, text: str, start: int, end: int) -> bool:
        """Is ``text[start:end]`` only type words (``कैपिटल ग्रुप``) right after a Devanagari word that is
        no Hindi word (``पैलाडिन``): the tail of an unknown firm's name?"""
        if not all(w in self.org_suffixes_hi for w in text[start:end].split()):
            return False
        prev = self._DEVA_WORD_BEFORE.search(text, max(0, start - 40), start)
        word = prev.group(1) if prev is not None else ""
        return len(word) >= 3 and word not in self.hindi_words and word not in self.org_suffixes_hi \
            and word not in self.org_words  # (``निवेश फर्म पार्टनर्स ग्रुप``: a type word, no name)

    def _automaton_hits(self, text: str, *, chunk: int) -> Iterator[tuple[int, int, int]]:
        """(start, end, index in ``_keys.keys``) of every gazetteer key in ``text``, ASCII case folded and
        nukta-blind (a nukta inside or right after a match belongs to it), in order of end.

        A long text goes through in windows of ``chunk`` characters that overlap by the
        longest key, so the automaton never holds a (four-byte-per-character) copy of it all.
        """
        lens = self._key_lens
        if len(text) <= chunk:
            yield from self._window_hits(text, 0, lens)
            return
        overlap = max(lens) - 1 + 16  # (room for nuktas inside a key)
        for c0 in range(0, len(text), chunk):
            w0 = max(0, c0 - overlap)
            for s0, e0, i in self._window_hits(text[w0:c0 + chunk], w0, lens):
                if e0 > c0:  # a hit ending in the overlap was the previous window's
                    yield s0, e0, i

    def _window_hits(self, window: str, base: int, lens: list[int]) -> Iterator[tuple[int, int, int]]:
        low = _ascii_lower(window).replace("-", " ").translate(_VOWEL_FOLD)  # (same length: offsets hold)
        if "\u093c" not in low:
            for end_idx, i in self.automaton.iter(low):
                yield base + end_idx + 1 - lens[i], base + end_idx + 1, i
            return
        adj = []  # each nukta's place in the text without nuktas
        at = low.find("\u093c")
        while at != -1:
            adj.append(at - len(adj))
            at = low.find("\u093c", at + 1)
        bisect_right = bisect.bisect_right
        for end_idx, i in self.automaton.iter(low.replace("\u093c", "")):
            e = end_idx + 1
            s0 = e - lens[i]
            yield base + s0 + bisect_right(adj, s0), base + e + bisect_right(adj, e), i

    def __call__(self, text: str, *, sentences: list[tuple[int, int]] | None = None) -> list[Mention]:
        """Tag every entity mention in normalised ``text``, sorted by position."""
        cands = self._gazetteer_mentions(text)
        cands += self._homograph_mentions(text)
        cands += self._wire_credits(text)
        glossed, translations = self._glossed_names(text, cands)
        cands += glossed
        cands += self._owned_products_hi(text, cands)
        cands += self._unknown_latin(text, cands, skip=translations)
        cands += self._byline_persons(text, cands)
        cands += self._quoted_names(text, cands)
        cands += self._owned_products_en(text, cands)
        cands += self._unknown_devanagari(text, cands)
        cands += self._such_as_products_hi(text, cands)
        cands += self._lexicon_persons(text, cands)
        titled = self._titled_persons(text, cands)
        relabelled = {(m.start, m.end) for m in titled}
        cands = [m for m in cands if (m.start, m.end) not in relabelled] + titled
        cands += self._org_lists_hi(text, cands)
        chosen = [self._with_version(text, m) for m in _longest_first(cands)]
        chosen += self._shared_surnames(text, chosen)
        chosen += self._bare_surnames(text, chosen)
        chosen += self._repeats(text, chosen)
        chosen += self._spelt_in_devanagari(text, chosen)
        chosen = self._latin_spellings(chosen)
        chosen += self._short_forms(text, chosen)
        chosen = self._short_canonicals(chosen)
        chosen = self._arms_of_known(text, chosen)
        chosen = self._country_units(text, chosen)
        acronyms = self._acronyms_after_names(text, chosen)
        if acronyms:  # (they replace an unknown Latin word of the same span: ``W&B`` is Weights & Biases)
            spans = {(m.start, m.end) for m in acronyms}
            chosen = [m for m in chosen if (m.start, m.end) not in spans] + acronyms
        chosen = self._owned_names(text, chosen)
        chosen = self._branded_products(text, chosen)
        chosen = self._surnames_of_full_names(chosen)
        chosen = self._also_known_as(text, chosen)
        chosen = self._made_by_next(text, chosen)
        chosen = self._listed_with_products(text, chosen)
        chosen = self._products_as_parties(text, chosen)
        chosen = self._units_used_as_services(text, chosen)
        chosen = [Mention(m.start, m.end, m.text, m.label, _TIGHT_INITIALS.sub("", m.canonical), m.source)
                  if m.label == "PERSON" and _TIGHT_INITIALS.search(m.canonical) else m for m in chosen]
        chosen = [m for m in chosen if m.canonical.rsplit(" ", 1)[-1] not in self._LAW_WORDS or m.canonical in self.by_canonical]
        chosen = self._without_tickers(text, chosen)
        chosen = self._spelt_acronyms_known(chosen)
        chosen = self._platforms_in_use(text, chosen)
        chosen = self._respelt_by_gloss(text, chosen)
        # (``CHIPS and Science Act``, ``चिप्स एक्ट (CHIPS Act)``: a law, no party)
        return sorted(_unify_unknown(chosen, self.by_canonical, self.org_endings, self.holding_words),
                      key=lambda m: (m.start, m.end))

    _LAW_WORDS = frozenset({"Act", "Acts", "Bill"})
    _OPEN_BRACKET = rx.compile(r"\s*\(\s*")

    def _respelt_by_gloss(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``ग्रोक (Groq)``, ``कै कैपिटल (Kae Capital)``: a Devanagari name read as one entity whose bracket
        names another it sounds like is that other one, here and wherever the article writes it so."""
        if "(" not in text:
            return chosen
        by_start = {m.start: m for m in chosen}
        respelt: dict[tuple[str, str], Mention] = {}
        for m in chosen:
            b = self._OPEN_BRACKET.match(text, m.end) if text.startswith(("(", " ("), m.end) else None
            g = by_start.get(b.end()) if b is not None else None
            if g is None or g.canonical == m.canonical or not g.text.isascii() or m.text.isascii() \
                    or not _is_deva(m.text[:1]) or m.label == "PERSON" or g.label == "PERSON":
                continue
            if fuzz.ratio(_skeleton(transliterate(m.text)), _skeleton(g.text)) >= 75:
                respelt[(m.text, m.canonical)] = g
        if not respelt:
            return chosen
        return [Mention(m.start, m.end, m.text, g.label, g.canonical, m.source)
                if (g := respelt.get((m.text, m.canonical))) is not None else m for m in chosen]

    def _platforms_in_use(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``मॉडल गूगल क्लाउड पर चलते हैं``, ``runs on AWS``: a firm's unit that the article only tells of as
        the service in use is a product; one that acts anywhere in it (``AWS ने …``) stays a firm."""
        units = [m for m in chosen if m.canonical in self.platform_units and m.label == "ORG"]
        if not units:
            return chosen
        relabel = set()
        for name in {m.canonical for m in units}:
            ms = [m for m in units if m.canonical == name]
            if any(self._acts_after.match(text, m.end) for m in ms):
                continue
            if any(self._in_use_before.search(text, max(0, m.start - 12), m.start) or self._in_use_after.match(text, m.end)
                   for m in ms):
                relabel.add(name)
        return [Mention(m.start, m.end, m.text, "PRODUCT", m.canonical, m.source) if m.canonical in relabel else m
                for m in chosen]

    def _wire_credits(self, text: str) -> list[Mention]:
        """``नई दिल्ली, 12 मई (भाषा)``: the news agency a bracketed credit names (the word alone is an everyday one)."""
        if "(" not in text or not any(w in text for w in self.wire_credits_hi):
            return []
        out = []
        for m in self._wire_credit.finditer(text):
            name = self.wire_credits_hi[m.group("w")]
            entry = self.by_canonical.get(name)
            out.append(Mention(m.start("w"), m.end("w"), m.group("w"), entry.label if entry else "ORG", name, "gazetteer"))
        return out

    def _spelt_acronyms_known(self, chosen: list[Mention]) -> list[Mention]:
        """``बीआईआई`` read as BII, which the gazetteer knows as British International Investment's acronym."""
        out = []
        for m in chosen:
            c = m.canonical
            if m.source == "devanagari" and c.isupper() and c.isalpha() and 2 <= len(c) <= 6 and c not in self.by_canonical:
                hits = {name for name, *_ in self._keys.get(_key(c), []) if c in self.by_canonical[name].aliases}
                if len(hits) == 1:
                    name = hits.pop()
                    m = Mention(m.start, m.end, m.text, self.by_canonical[name].label, name, m.source)
            out.append(m)
        return out

    def _without_tickers(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``under the ticker "SOPH"``, ``शेयर "HSAI" टिकर के साथ``, ``(Nasdaq: HSAI)``: a stock's ticker names no entity."""
        out = []
        for m in chosen:
            if m.text.isascii() and m.text.isupper() and len(m.text) <= 6 and m.canonical not in self.by_canonical and (
                    self._ticker_before.search(text, max(0, m.start - 30), m.start) is not None
                    or self._ticker_after.match(text, m.end) is not None):
                continue
            out.append(m)
        return out
    _AGENT_AFTER_HI = AGENT_AFTER_HI
    _BOUGHT_AFTER_HI = rx.compile(r"\)?(?:\s+[\p{L}\p{M}]+)?\s*(?:\([^()]{1,40}\)\s*)?(?:का\s+(?:\S+\s+)?अधिग्रहण|को\s+(?:[^\s।,;]+\s+){0,6}?(?:खरीद|ख़रीद))")

    _POSSESSIVE_DEAL_EN = rx.compile(r"['’]s (?:\p{L}+ )?(?:investment|stake|acquisition|takeover|purchase|bid|offer)s?\b")

    _AKA_EN = rx.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s+(?:(?:also|commonly|better|widely|popularly)\s+)?known\s+as\s+"
                            r"(?P<y>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2})")
    _AKA_HI = rx.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s+जिसे\s+(?:(?!पहले)[\p{L}\p{M}]+\s+){0,3}?"
                            r"(?P<y>[A-Za-z][\w.&-]*|[\p{Devanagari}\p{M}]+)\s+के\s+नाम\s+से\s+(?:भी\s+)?(?:जाना|जानी)\s+जात")

    def _also_known_as(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``Physical Intelligence, known as Pi,``, ``एयरोवायरनमेंट, जिसे बाजार में AV के नाम से भी जाना जाता है``:
        the other name is the same firm wherever it stands (a former name, ``पहले … के नाम से``, is not)."""
        if "known as" not in text and "के नाम से" not in text:
            return chosen
        names: dict[str, Mention] = {}
        for m in chosen:
            if m.label != "ORG":
                continue
            aka = self._AKA_EN.match(text, m.end) or self._AKA_HI.match(text, m.end)
            if aka is not None and aka.group("y") != m.text and aka.group("y") not in self.hindi_words:
                names.setdefault(aka.group("y"), m)
        if not names:
            return chosen
        out = [Mention(m.start, m.end, m.text, names[m.text].label, names[m.text].canonical, m.source)
               if m.text in names else m for m in chosen]
        taken = _coverage(out)
        for y, m in names.items():
            for s0, e0 in _literal_hits(text, y, m.end):
                if _boundary_ok(text, s0, e0) and not taken.overlaps(s0, e0):
                    out.append(Mention(s0, e0, y, m.label, m.canonical, "short"))
        return out

    def _made_by_next(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``AI एजेंट 'मैनस' (Manus) बनाने वाली कंपनी बटरफ्लाई इफेक्ट``: what the firm named next makes is its
        product, wherever the text names it."""
        if "वाल" not in text:
            return chosen
        ends = {m.end: m for m in chosen if m.label == "ORG"}
        starts = {m.start: m for m in chosen if m.label == "ORG"}
        made = set()
        for end, m in ends.items():
            after = self._MADE_BY_NEXT.match(text, end)
            if after is None:
                continue
            firm = self._FIRM_NOUN_NEXT.match(text, after.end())
            if firm is not None and firm.end() in starts and starts[firm.end()].canonical != m.canonical:
                made.add(m.canonical)
        if not made:
            return chosen
        return [Mention(m.start, m.end, m.text, "PRODUCT", m.canonical, m.source) if m.canonical in made else m
                for m in chosen]

    _FIRM_NOUN_NEXT = rx.compile(r"\s+(?:[\p{L}\p{M}]+\s+){0,2}?(?:कंपनी|फर्म|स्टार्टअप)\s+")

    _PRODUCT_LIST_GAP = rx.compile(r"\s*(?:\([^()]{1,40}\)\s*|\)\s*)?(?:,|और|तथा|and|or|या)\s*(?:[\p{Devanagari}\p{M}]+\s*){0,3}\(?\s*")

    def _listed_with_products(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``रेवेन (Raven), प्यूमा (Puma) और स्विचब्लेड (Switchblade) सिस्टम``: unknown names listed with an unknown
        product, before a product noun that heads the list, are products too (the list names things of one kind)."""
        unknown = sorted((m for m in chosen if m.source in ("gloss", "latin") and m.canonical not in self.by_canonical
                          and m.label in ("ORG", "PRODUCT")), key=lambda m: m.start)
        if not any(m.label == "PRODUCT" for m in unknown):
            return chosen
        runs: list[list[Mention]] = []
        for m in unknown:
            if runs and (runs[-1][-1].canonical == m.canonical and runs[-1][-1].end == m.start - 2  # (its gloss)
                         or self._PRODUCT_LIST_GAP.fullmatch(text, runs[-1][-1].end, m.start) is not None):
                runs[-1].append(m)
            else:
                runs.append([m])
        relabel = set()
        for run in runs:
            head = text[run[-1].end:run[-1].end + 30].lstrip(" )\"'”’").split()[:1]
            if len({m.canonical for m in run}) >= 2 and any(m.label == "PRODUCT" for m in run) \
                    and head and (head[0] in self.product_after_hi or head[0] in self.product_words):
                relabel |= {m.canonical for m in run if m.label == "ORG"}
        if not relabel:
            return chosen
        return [Mention(m.start, m.end, m.text, "PRODUCT", m.canonical, m.source) if m.canonical in relabel
                and m.source in ("gloss", "latin") else m for m in chosen]

    def _products_as_parties(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """A product named as a party to a deal is its firm, wherever the text names it: ``क्लाइन (Cline) ने
        … 3.2 करोड़ डॉलर जुटाए``, ``Salesforce agreed to acquire Tableau``."""
        firms = set()
        for m in chosen:
            if m.label != "PRODUCT" or m.source != "gazetteer" or m.canonical in firms:
                continue
            if m.text.isascii() and (self._in_deal_slot(m.start, m.end, text) or self._legal_en.match(text, m.end)
                                     or self._POSSESSIVE_DEAL_EN.match(text, m.end)):
                firms.add(m.canonical)  # (``Facebook Inc. bought``, ``cleared Facebook's investment``)
                continue
            if self._BOUGHT_AFTER_HI.match(text, m.end) is not None:
                firms.add(m.canonical)  # ``टैब्लो सॉफ्टवेयर (Tableau Software) का अधिग्रहण``
                continue
            if self._deal_subject_at(text, m.end):
                firms.add(m.canonical)
        if not firms:
            return chosen
        return [Mention(m.start, m.end, m.text, "ORG", m.canonical, m.source) if m.canonical in firms else m
                for m in chosen]


    def _units_used_as_services(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """A firm's cloud unit named only for its services is the product: ``एंथ्रोपिक … गूगल क्लाउड सेवाओं का
        उपयोग करता है`` (``Google Cloud signed``, ``Wiz will join Google Cloud``: the unit, a firm)."""
        uses: dict[str, bool] = {}
        for m in chosen:
            e = self.by_canonical.get(m.canonical)
            if m.label != "ORG" or e is None or e.kind != "cloud" or not e.parent:
                continue
            uses[m.canonical] = uses.get(m.canonical, True) and self._service_after.match(text, m.end) is not None
        served = {c for c, only in uses.items() if only}
        if not served:
            return chosen
        return [Mention(m.start, m.end, m.text, "PRODUCT", m.canonical, m.source) if m.canonical in served else m
                for m in chosen]

    @staticmethod
    def _surnames_of_full_names(chosen: list[Mention]) -> list[Mention]:
        """``Vijay Shekhar Sharma`` … ``Sharma, who is also chief executive``: a one-word person a rule
        found after the full name is that person (whichever rule found it)."""
        owners, first_end = _surname_owners(chosen)
        if not owners:
            return chosen
        out = []
        for m in chosen:
            canon = owners.get(m.text)
            if canon is not None and len(canon) == 1 and m.start >= first_end[m.text] and m.label in ("PERSON", "ORG") \
                    and m.source not in ("gazetteer", "homograph") and m.canonical not in canon:
                m = Mention(m.start, m.end, m.text, "PERSON", next(iter(canon)), m.source)
            out.append(m)
        return out

    _BRAND_TAIL = rx.compile(r" (?P<t>(?:[A-Z][A-Za-z0-9.+-]*[A-Za-z0-9+]|[A-Z]|\d{1,4}[A-Za-z]?)"
                                r"(?: (?:[A-Z][A-Za-z0-9.+-]*[A-Za-z0-9+]|\d{1,4}[A-Za-z]?))?)(?![\w.-]*\w)")
    _NO_BRAND = frozenset({"AI", "Deal", "Deals", "News", "Inc", "Ltd", "Co", "Corp", "SE", "AG", "SA", "NV", "PLC", "LLC"})

    def _branded_products(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``Altium 365``, ``Hasura Cloud``, ``Waabi Driver``, ``Galbot G1``: a known firm's name with a
        capitalised word or a model number after it is that firm's product."""
        starts = {m.start for m in chosen}
        first_line = text.find("\n")
        headline_title = first_line > 0 and sum(w[:1].isupper() for w in text[:first_line].split()) >= 4
        out = []
        for m in chosen:
            tail = self._BRAND_TAIL.match(text, m.end) if m.label == "ORG" and m.text.isascii() else None
            if tail is not None and not (headline_title and m.start < first_line):
                words = tail.group("t").split()
                if m.end + 1 in starts or words[0].lower() in self.titles_lower or words[0] in self.org_endings \
                        or words[0] in self._NO_BRAND or words[0] in self.not_entities or words[0] in self.places_en \
                        or words[-1] in self.org_endings \
                        or (words[0][-1:] == "s" and words[0][:-1].isupper()) \
                        or text.startswith(("'s", "’s"), tail.end()):
                    out.append(m)
                    continue
                model = any(ch.isdigit() for ch in words[0]) and any(ch.isalpha() for ch in words[0])
                caps = words[0].isupper() and len(words[0]) >= 4 and not self._in_capitals(text, m.start)
                # (``Harman DTS``, ``HPE CTG``: a unit; in a line of capitals it tells nothing: ``GUPSHUP SAYS NO``)
                if not (model or caps or words[0] in self.brand_tails):
                    out.append(m)
                    continue
                name = f"{m.canonical} {tail.group('t')}"
                known = self._keys.get(_key(name))
                if known is not None and self.by_canonical[known[0][0]].label != "PRODUCT":
                    out.append(m)
                    continue
                out.append(Mention(m.start, tail.end(), text[m.start:tail.end()], "PRODUCT",
                                   known[0][0] if known else name, m.source))
                continue
            out.append(m)
        return out

    @staticmethod
    def _in_capitals(text: str, at: int) -> bool:
        """Is the line around ``at`` written in capitals only (a newsletter's heading: ``HEBBIA LINES UP GV``)?"""
        end = text.find("\n", at)
        return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)].isupper()

    _OWNER_GAP = rx.compile(r"\s+(?:के|का|की)\s+|['’]s\s+")

    def _owned_names(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``डीपसीक के R1 मॉडल``, ``DeepSeek's R1``: a name the rules found after its owner is the known
        name that joins them (DeepSeek-R1)."""
        by_end = {m.end: m for m in chosen if m.label == "ORG"}
        out = []
        for m in chosen:
            if m.source not in ("gazetteer", "homograph") and m.label == "PRODUCT" and m.canonical not in self.by_canonical:
                gap = None
                for end, owner in by_end.items():
                    if 0 < m.start - end <= 6 and (gap := self._OWNER_GAP.fullmatch(text, end, m.start)) is not None:
                        break
                if gap is not None:
                    for joined in (f"{owner.canonical} {m.text}", f"{owner.canonical}-{m.text}"):
                        key = _key(joined)
                        if key in self._keys:
                            m = Mention(m.start, m.end, m.text, m.label, self._keys[key][0][0], m.source)
                            break
            out.append(m)
        return out

    # homographs ---------------------------------------------------------------------
    def _with_version(self, text: str, m: Mention) -> Mention:
        """``Llama 4``, ``Gemini 2.5 Pro``, ``Figure 02``: a product's version belongs to its name."""
        if m.label != "PRODUCT" or m.canonical[-1:].isdigit():
            return m
        own = rx.search(r"(?<=\S) (\d{1,2}(?:\.\d{1,2})?[a-z]?)$", m.text)
        if own is not None:  # the gazetteer folds ``Llama 4`` into ``Llama``; the text names the version
            return Mention(m.start, m.end, m.text, m.label, f"{m.canonical} {own.group(1)}", m.source)
        v = self._version.match(text, m.end)
        if v is None:
            return m
        tail = v.group("num") + (" " + self.version_words[v.group("word")] if v.group("word") else "")
        return Mention(m.start, v.end(), text[m.start:v.end()], m.label, f"{m.canonical} {tail}", m.source)

    def _homograph_ok(self, text: str, start: int, end: int, surface: str) -> bool:
        rule = self.homographs[surface]
        after = text[end:end + 40].split()
        nxt = after[0].strip(",.।\"'”’)") if after else ""
        if nxt in rule["reject_next"]:
            return False
        before_words = text[max(0, start - 30):start].split()
        if before_words and before_words[-1].strip(",.।\"'“‘(") in rule.get("reject_prev", ()):
            return False  # ``AI क्लाउड``, ``सॉवरेन क्लाउड``: the cloud, not Claude
        if not rule["accept_near"]:
            return True
        lo = max(text.rfind("।", 0, start), text.rfind("|", 0, start), text.rfind("\n", 0, start), text.rfind(". ", 0, start))
        hi = _sentence_end(text, end)
        window = text[lo + 1:hi]
        before = text[max(0, start - 2):start]
        quoted = any(q in before for q in "\"'“‘")
        return quoted or any(w in window for w in rule["accept_near"])

    def _homograph_mentions(self, text: str) -> list[Mention]:
        out = []
        for surface, rule in self.homographs.items():
            if _key(surface) in self._keys:
                continue  # the gazetteer already proposes it; _homograph_ok decides
            canonical = rule["canonical"]
            entry = self.by_canonical.get(canonical)
            if entry is None:
                continue
            for s0, e0 in _literal_hits(text, surface):
                if _boundary_ok(text, s0, e0) and self._homograph_ok(text, s0, e0, surface):
                    out.append(Mention(s0, e0, surface, entry.label, canonical, "homograph"))
        return out

    # names outside the gazetteer ----------------------------------------------------
    _LATIN_NAME = rx.compile(
        r"(?<![\p{L}\p{M}\p{N}])(?:[A-ZÀ-ÖØ-ÞĀ-ž][\p{Latin}\p{N}&.'-]*[\p{Latin}\p{N}]|[A-Z]|[a-z]{1,6}[A-Z][\p{Latin}\p{N}]+|[a-z]{2,4}[A-Z]"
        r"|\d{1,3}(?:st|nd|rd|th)(?=[ ][A-Z]))"  # (``6th Man Ventures``: an ordinal opens a name only before a capital; ``edX``)
        r"(?:[ ](?:[A-ZÀ-ÖØ-ÞĀ-ž][\p{Latin}\p{N}&.'-]*[\p{Latin}\p{N}]|of|de|&|and)){0,6}(?![\p{L}\p{M}\p{N}])"
        # (``miHoYo``; a Latin capital may carry a mark: ``Özlem Türeci``, ``Uğur Şahin``)
    )

    _SENTENCE_OPENING = rx.compile(r"(?:[.!?][ \t]{1,4}|\n[ \t]{0,4})(?=[A-Z])")  # (bounded: a long run of spaces costs nothing)
    _ROUND_LETTER = rx.compile(r"[A-H]\d?\+?")
    _SERIES_BEFORE = rx.compile(r"(?:[Ss]eries|सीरीज|सिरीज)[\s-]$")
    # ``हल्का रोबोटिक हाथ बनाती है, जिसका नाम 'डेक्सटर' (Dexter) है``: a thing named, not a firm
    _NAMED_THING_BEFORE = rx.compile(r"(?<!कंपनी|स्टार्टअप|फर्म|फ़र्म|यूनिट|इकाई|वेंचर)(?<!कंपनी,|स्टार्टअप,)\s+(?:जिसका|जिसे|इसका|उसका|इसे|उसे)\s+"
                                        r"नाम\s+['‘\"“]?$")
    # ``'मैनस' (Manus) बनाने वाली कंपनी``: what a firm makes
    _MADE_BY_NEXT = rx.compile(r"\s*\)?\s*(?:को\s+)?(?:बनाने|विकसित करने|डेवलप करने)\s+(?:वाली|वाले|वाला)(?![\p{L}\p{M}])")
    _ROUND_AFTER = rx.compile(r"[\s-](?:राउंड|फंडिंग राउंड|round|funding round)(?![\p{L}\p{M}])")

    def _unknown_latin(self, text: str, known: list[Mention], *, skip: set[int] = frozenset()) -> list[Mention]:  # type: ignore[assignment]
        """Capitalised Latin names inside Devanagari text that the gazetteer does not know
        (``skip``: starts of bracketed translations)."""
        deva = _count_deva(text, 4000)
        # in English text capitalisation alone marks too much: ask for a cue (a short Hindi text is
        # Hindi when most of its letters are Devanagari)
        english = deva == 0 or deva < 50 and deva <= sum(ch.isascii() and ch.isalpha() for ch in text[:4000])
        taken = _coverage(known)
        out = []
        pieces: list[tuple[int, str]] = []
        for m in self._LATIN_NAME.finditer(text):
            if english:  # ``Krystal Hu and Sonali Paul``: two names
                off = m.start()
                for part in m.group(0).split(" and "):
                    pieces.append((off, part))
                    off += len(part) + len(" and ")
            else:
                pieces.append((m.start(), m.group(0)))
        after_title: set[int] = set()  # starts of names that a title opens (``Juniper Chief Executive | Rami Rahim``)
        if english:
            split = []
            for s, name in pieces:
                parts = self._split_at_title(s, name)
                if len(parts) > 1:
                    after_title.add(parts[-1][0])
                split += parts
            pieces = split
        sentence_openings = {0, *(m.end() for m in self._SENTENCE_OPENING.finditer(text))} if english else set()
        person_ends = {m.end for m in known if m.label == "PERSON"}
        person_starts = {m.start for m in known if m.label == "PERSON"}
        known_ends = {m.start: m.end for m in known}
        undecided: list[tuple[int, int, str]] = []
        for s, name in pieces:
            name = name.rstrip(" &-").removesuffix(" and").removesuffix(" of")
            if english and name.endswith(("'s", "’s")) and len(name) > 3:
                name = name[:-2]  # ``HTC's XR business``: the name, its possessive aside
            e = s + len(name)
            if not name or name in ("of", "and", "the", "for", "in", "on", "at", "by", "to", "or"):
                continue  # (``SoftBank's Vision Fund and of electric-car maker Lucid``: a word left from the split)
            if english and known_ends.get(s, e) < e - 3 and text[known_ends[s]] == " " \
                    and name[known_ends[s] - s + 1:].split(" ", 1)[0] in self.titles:
                cut = known_ends[s] - s + 1  # ``KDDI President Makoto Takahashi``: the title and name after a known firm
                s, name = s + cut, name[cut:]
            if name in self.not_entities or name.lower() in self.generic_terms or s in skip or name in self.places_en:
                continue  # (``invest $10 billion in data centres in North Carolina``: a place, not a firm)
            if text.startswith(("$", "€", "£", "¥"), e):
                continue  # ``HK$3.99``, ``A$9.1 billion``: a currency's prefix, no name
            if self._ROUND_LETTER.fullmatch(name) and (self._SERIES_BEFORE.search(text, max(0, s - 12), s)
                                                       or self._ROUND_AFTER.match(text, e)):
                continue  # ``सीरीज C1 राउंड``, ``Series B2``, ``A1 राउंड में``: a round, not a name
            own = self._POSSESSIVE.search(name) if english else None
            if own is not None and (self._keys.get(_key(name[:own.start()])) is not None
                                    or name[:own.start()] in self.places_en):  # ``UK's Alphawave``
                cut = own.end()  # ``AMD's Instinct graphics processors``: the owned name after the owner
                s, name = s + cut, name[cut:]
            if any(self._ADJECTIVE.match(w) and not w.endswith(("-based", "-backed", "-funded")) and w not in self.titles
                   for w in name.split()):
                continue  # ``AI-driven``, ``GPU-rich``: an adjective
            if name.endswith(("-based", "-backed", "-funded")):
                continue  # ``a Palo Alto-based low-code platform``, ``The San Francisco-based``: a place or backer as an adjective
            backed = next((x for x in ("-backed ", "-funded ") if x in name), None) if english else None
            if backed is not None:  # ``Nvidia-backed Kyndra raises``: the backed firm, after its known backer
                cut = name.index(backed) + len(backed)
                s, name = s + cut, name[cut:]
            if taken.overlaps(s, e) and not self._longer_org_name(name, s, e, known):
                parts = name.split()
                if english and len(parts) == 2 and parts[0].lower() in self.names.given_en and parts[0] not in self.titles \
                        and not taken.overlaps(s, s + len(parts[0])) and parts[1][:1].isupper() and parts[1][1:].islower():
                    # ``Chief executive Oliver Blume``: a given name before a firm's one-word alias makes a person
                    out.append(Mention(s, e, name, "PERSON", self.link(name) or name, "latin"))
                continue
            words = name.split()
            if all(w in self.not_entities or len(w) < 2 for w in words):
                continue
            if not english and len(words) == 1 and (self._PLURAL_ACRONYM.fullmatch(name) or self._FISCAL_YEAR.fullmatch(name)
                                                    or not name.isupper() and english_words().rank.get(name.lower(), 10**6)
                                                    < self.common_word_rank):
                continue  # ``Company ने``, ``Experts का मानना``, ``NBFCs``, ``FY24``: code-mixed Hindi's English words
            if self._is_gloss_of_known(text, s, e, taken):
                continue
            slot = english and self._in_deal_slot(s, e, text)
            titled = s in after_title
            while english and len(words) > 2 and (words[0] in self.titles or titled and words[0] in self.title_continuations):
                titled = True  # ``CEO Peter Sarlin``, ``Chief AI Officer Max Jaderberg``
                s += len(words[0]) + 1
                name = name[len(words[0]) + 1:]
                words = words[1:]
            typed = False
            while len(words) > 1 and (words[0] in self._LEADING_DESCRIPTORS or words[0] in self.leading_function_words
                                      or english and words[0].lower() in self._org_type_opening and s in sentence_openings):
                typed = typed or words[0].lower() in self._org_type_opening  # ``Conglomerate Astra International, …``
                s += len(words[0]) + 1  # ``Rival Apollo GraphQL raised``: the word before describes the firm;
                name = name[len(words[0]) + 1:]  # ``For Microtraction, …``: a sentence's first word is no part of it
                words = words[1:]
            while len(words) > 1 and words[0] in ("of", "and", "&", "de"):
                s += len(words[0]) + 1  # (``Founder of Zenefits``: the title gone, its ``of`` too)
                name = name[len(words[0]) + 1:]
                words = words[1:]
            if titled and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and self._keys.get(_key(name)) is None \
                    and not any(w in self.org_endings for w in words):
                canonical = self.link(name) or name
                out.append(Mention(s, e, name, "PERSON", canonical, "latin"))  # ``Chief Executive Noa Ben-Ami``
                person_ends.add(e)
                person_starts.add(s)
                continue
            # ``Pune-based Vaakya Labs``, ``Israel-based Aidoc``: a firm
            marker = "-based " if english and "-based " in name else None
            based = marker is not None or backed is not None
            if marker is not None:
                cut = name.index(marker) + len(marker)
                s, name = s + cut, name[cut:]
                words = name.split()
                if taken.overlaps(s, e) or all(w in self.not_entities for w in words):
                    continue  # (``Amsterdam-based AI infrastructure``)
            if english and name.isupper() and len(words) == 1 and not text[text.rfind("\n", 0, s) + 1:s].strip() \
                    and text.startswith((", ", " ("), e):
                continue  # ``TOKYO, Nov 17 (Bloomberg)``: a dateline
            if slot and words and words[0] in self.generic_ai:
                continue  # ``acquired Finnish AI lab Silo AI``: an adjective, not the name
            if len(words) >= 2 and words[-1] == "AI" and " ".join(words[:-1]) in self.places_en:
                continue  # ``in Pennsylvania AI data centers``: a place's AI, no firm
            if slot and self._person_in_slot(words):
                label_en: str | None = "PERSON"  # ``Sean Neville, who co-founded Circle, has raised $18 million for …``
            elif slot:
                label_en = "ORG"
            elif english:
                if "'s" in name or "’s" in name or not words or all(w in self.not_entities for w in words):
                    continue
                label_en = "ORG" if typed or based and words[0] not in self.generic_ai else self._english_cue(text, s, e, words)
                if label_en is None and self._listed_with_person(text, s, e, words, person_ends, person_starts):
                    label_en = "PERSON"  # ``Aidan Gomez, Ivan Zhang and Nick Frosst``
                if label_en is None:
                    undecided.append((s, e, name))
                    continue
                if label_en == "PERSON":
                    person_ends.add(e)
                    person_starts.add(s)
            canonical = self.link(name) or self._known_with_corporate_tail(name) or self._legal_form.sub("", name)
            entry = self.by_canonical.get(canonical)
            label = entry.label if entry else (label_en if english else self._guess_label(text, s, e, latin=name))
            out.append(Mention(s, e, name, label, canonical, "latin"))
        if undecided:
            out += self._org_lists(text, undecided, known + out)
        return out

    def _split_at_title(self, start: int, name: str) -> list[tuple[int, str]]:
        """``Juniper Chief Executive Rami Rahim``: a firm, then a person after their title."""
        words = name.split(" ")
        for i in range(1, len(words) - 2):
            if words[i] not in self.titles:
                continue
            j = i + 1
            while j < len(words) and (words[j] in self.titles or words[j] in self.title_continuations):
                j += 1
            if 2 <= len(words) - j <= 3 and all(w[:1].isupper() for w in words[j:]):
                head = " ".join(words[:i])
                return [(start, head), (start + len(" ".join(words[:j])) + 1, " ".join(words[j:]))]
        return [(start, name)]

    _BYLINE_NAME = rx.compile(r"(?P<name>[A-Z][\p{Ll}'’-]+(?:[ ][A-Z][\p{L}'’-]+){1,2})(?:[ ]+in[ ]+[A-Z][\p{L}]+(?:[ ][A-Z][\p{L}]+)?)?"
                                 r"(?P<sep>[ ]*,[ ]*(?:and[ ]+)?|[ ]+and[ ]+)?")

    def _byline_persons(self, text: str, known: list[Mention]) -> list[Mention]:
        """The people of a wire story's credit lines: ``By Maria Costa and Jonah Feld``, ``(Reporting by
        Aradhana Menon in Singapore; Editing by Savio D'Souza)``, ``--With assistance from Saritha Rai``."""
        if "by " not in text and "By " not in text and "from " not in text:
            return []
        taken = _coverage(known)
        out = []
        for m in self._byline.finditer(text):
            pos = m.end()
            while True:
                n = self._BYLINE_NAME.match(text, pos)
                if n is None:
                    break
                s, e = n.start("name"), n.end("name")
                if not taken.overlaps(s, e) and self._keys.get(_key(n.group("name"))) is None:
                    out.append(Mention(s, e, n.group("name"), "PERSON", n.group("name"), "latin"))
                if not n.group("sep"):
                    break
                pos = n.end()
        return out

    _PLURAL_ACRONYM = rx.compile(r"[A-Z]{2,}s")
    _FISCAL_YEAR = rx.compile(r"(?:FY|Q[1-4]|H[12])(?:FY)?\d{2,4}")
    _POSSESSIVE = rx.compile(r"['’]s ")
    _ADJECTIVE = rx.compile(r"[\p{Lu}][\p{L}]*-[\p{Ll}]+$")

    def _org_lists(self, text: str, undecided: list[tuple[int, int, str]], known: list[Mention]) -> list[Mention]:
        """English names in a list of organisations: after ``rivals such as``/``investors including``/
        ``a round led by``, or joined by ``,``/``and`` to a known organisation (``Health Quad and Kae Capital``)."""
        ends = {m.end for m in known if m.label == "ORG"}
        starts = {m.start for m in known if m.label == "ORG"}
        out: list[Mention] = []
        changed = True
        while changed:
            changed = False
            for item in list(undecided):
                s, e, name = item
                joined = rx.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", text[max(0, s - 6):s])
                after = rx.match(r",\s*(?:and\s+)?|\s+and\s+", text[e:e + 6])
                if not (joined is not None and s - len(joined.group(0)) in ends
                        or after is not None and e + after.end() in starts
                        or self._org_list_intro.search(text[max(0, s - 60):s]) is not None):
                    continue
                undecided.remove(item)
                canonical = self.link(name) or name
                entry = self.by_canonical.get(canonical)
                out.append(Mention(s, e, name, entry.label if entry else "ORG", canonical, "latin"))
                ends.add(e)
                starts.add(s)
                changed = True
        return out

    def _glossed_names(self, text: str, known: list[Mention]) -> tuple[list[Mention], set[int]]:
        """``फ्यूरियोसाएआई (FuriosaAI)``: an unknown Devanagari name whose Latin spelling follows in
        brackets is tagged with that spelling, both forms and later repeats of the Devanagari one.
        Also returns where bracketed translations start (``वितरक (Distributor)``): not names."""
        translations: set[int] = set()
        if "(" not in text or _DEVA_CHAR.search(text, 0, 2000) is None:
            return [], translations
        taken = _coverage(known)
        out: list[Mention] = []
        seen: dict[str, tuple[str, str]] = {}
        for g in harvest_glosses(text):
            latin = g.latin
            lat_start = text.find(latin, g.start + len(g.native))
            core = self._legal_tail.sub("", latin)
            if core != latin and core and not g.native.endswith(self.legal_suffixes_hi):
                latin = core  # ``रैबिट (Rabbit Inc.)``: the gloss spells the name, its legal form aside
            last = g.native.rsplit(" ", 1)[-1]
            if latin.isupper() and last != g.native and self.spell_letters(last) == latin:
                # ``कंपनी जेएसआर (JSR)``: one word read letter by letter, not one word per letter
                g = Gloss(g.start + len(g.native) - len(last), g.end, last, latin)
            if not _is_deva(g.native[0]) or lat_start < 0 or latin.lower() in self.generic_terms \
                    or latin in self.not_entities or len(latin.split()) > 4 \
                    or not latin[:1].isupper() and not self._lower_brand(latin):
                continue
            if taken.overlaps(g.start, g.start + len(g.native)):
                # ``'रिलायंस एंटरप्राइज इंटेलिजेंस लिमिटेड' (REIL)``: a known name's acronym is that name
                owner = next((m for m in known if m.start <= g.start + len(g.native) - 1 < m.end), None)
                if owner is not None and latin.isupper() and latin.isalpha() and 2 <= len(latin) <= 6 \
                        and not taken.overlaps(lat_start, lat_start + len(latin)) \
                        and _initials_fit(latin, owner.canonical):
                    out.append(Mention(lat_start, lat_start + len(latin), latin, owner.label, owner.canonical, "gloss"))
                    seen.setdefault(latin, (owner.canonical, owner.label))
                elif owner is None and self._longer_than_known(g.native, latin, g.start, known):
                    # ``ब्लैकरॉक न्यूरोटेक (Blackrock Neurotech)``: a known name opens a longer one the gloss spells
                    canonical = self.link(latin) or latin
                    entry = self.by_canonical.get(canonical)
                    label = entry.label if entry else self._guess_label(text, g.start, lat_start + len(latin) + 1, latin=latin)
                    before = text[max(0, g.start - 30):g.start].split()[-2:]
                    if entry is None and (label == "PERSON" or label == "ORG" and not any(w in self.org_words for w in before)):
                        continue  # (``कैनवा प्रो (Canva Pro)``: without a firm's kind before it, the maker's product)
                    out.append(Mention(lat_start, lat_start + len(latin), latin, label, canonical, "gloss"))
                    out.extend(Mention(s0, e0, g.native, label, canonical, "gloss") for s0, e0 in _literal_hits(text, g.native)
                               if _boundary_ok(text, s0, e0))  # (and its repeats, over the known name inside them)
                continue
            keys = {_skeleton(latin), _skeleton("z" + latin[1:] if latin[:1] in "Xx" else latin),
                    _skeleton(self._VOICED_S.sub("z", latin))}  # (``नॉइज (Noise)``: an s said as z)
            said = transliterate(g.native.replace(" डॉट ", " ").replace(" डाट ", " "))  # (``येलो डॉट एआई``: Yellow.ai)
            spelt = any(_skeleton(said) == k or fuzz.ratio(_skeleton(said), k) >= 75  # (``Xeureka`` is ``ज़्यूरेका``)
                        or k[:1] in "aeiou" and _skeleton(said)[:1] in "aeiou" and len(k) >= 2
                        and _skeleton(said)[1:] == k[1:]  # (``ईव (Eve)``, ``एडा (Ada)``: an opening vowel heard either way)
                        for k in keys) \
                or latin.isupper() and self.spell_letters(g.native) == latin  # (``जेएसआर (JSR)``: read letter by letter)
            if not spelt and " " in latin and len(latin.split()) == len(g.native.split()) and all(
                    self._spells_word(d, w) for d, w in zip(g.native.split(), latin.split())):
                spelt = True  # ``हड़प्पा एजुकेशन (Harappa Education)``: word by word, English words read as English
            if not spelt and " " not in latin and " " in g.native:
                # ``लार्ज लैंग्वेज मॉडल एर्नी (ERNIE)``: the gloss spells only the last word
                tail = g.native.rsplit(" ", 1)[-1]
                k_tail = _skeleton(transliterate(tail))
                if len(k_tail) >= 2 and k_tail in keys and tail not in self.hindi_words:
                    g = Gloss(g.start + len(g.native) - len(tail), g.end, tail, latin)
                    spelt = True
            head = None
            if not spelt and g.native.rsplit(" ", 1)[-1] in self.org_suffixes_hi and len(latin.split()) == 1:
                # ``वीम सॉफ्टवेयर (Veeam)``: the gloss spells the name without its type word
                if " " in g.native:
                    head, h_start = g.native.rsplit(" ", 1)[0], g.start
                else:
                    prev = self._DEVA_WORD_BEFORE.search(text, max(0, g.start - 40), g.start)
                    head, h_start = (prev.group(1), prev.start(1)) if prev else (None, g.start)
                    before = self._DEVA_WORD_BEFORE.search(text, max(0, h_start - 40), h_start) if prev else None
                    if before is not None and self._business_word(head) and _skeleton(transliterate(before.group(1)))[:1] \
                            == _skeleton(latin)[:1]:
                        head, h_start = before.group(1), before.start(1)  # (``त्वष्टा मैन्युफैक्चरिंग सॉल्यूशंस (Tvasta)``)
                k = _skeleton(transliterate(head)) if head else ""
                if len(k) >= 2 and (k == _skeleton(latin) or fuzz.ratio(k, _skeleton(latin)) >= 75) \
                        and head not in self.hindi_words and not taken.overlaps(h_start, g.start):
                    spelt = True
                    g = Gloss(h_start, g.end, text[h_start:g.start + len(g.native)], latin)
                else:
                    head = None
            if taken.overlaps(lat_start, lat_start + len(latin)):
                # ``नॉड.एआई (Nod.ai)``: the Latin name is known, its Devanagari spelling before it is the same firm
                known_latin = next((m for m in known if m.start == lat_start and m.end == lat_start + len(latin)), None)
                if spelt and known_latin is not None:
                    out.append(Mention(g.start, g.start + len(g.native), g.native, known_latin.label,
                                       known_latin.canonical, "gloss"))
                    if g.native not in self.hindi_words:  # (and its later repeats: ``कू (Koo) … कू ने``)
                        seen.setdefault(g.native, (known_latin.canonical, known_latin.label))
                continue
            if not spelt and latin.isupper() and latin.isalpha() and 2 <= len(latin) <= 6:
                named = self._named_by_acronym(text, g.start, g.start + len(g.native), latin, taken)
                if named is not None:
                    # ``अबू धाबी ग्रोथ फंड (ADG)``: the words before spell the acronym's letters (a type word may follow)
                    s0, name = named
                    known_name = self._keys.get(_key(name))  # (``एडवांस्ड टेक्नोलॉजीज ग्रुप (ATG)``: Uber ATG's other name)
                    name = known_name[0][0] if known_name else name
                    out.append(Mention(s0, g.start + len(g.native), text[s0:g.start + len(g.native)], "ORG", name, "gloss"))
                    out.append(Mention(lat_start, lat_start + len(latin), latin, "ORG", name, "gloss"))
                    seen.setdefault(latin, (name, "ORG"))
                    continue
            if not spelt:
                translations.add(lat_start)  # ``कृत्रिम बुद्धिमत्ता (Artificial Intelligence)``: a translation
                continue
            namelike = any(ch.isdigit() or ch == "." for ch in latin) or any(
                any(ch.isupper() for ch in w[1:]) for w in latin.split())
            near = text[lat_start + len(latin):lat_start + len(latin) + 25].lstrip(" )\"'”’").split()[:2]
            before = text[max(0, g.start - 20):g.start].rstrip(" \"'“‘").split()[-1:]  # (past a quote: ``प्लेटफॉर्म 'रील्स'``)
            quoted = text[g.start - 1:g.start] in "\"'“‘" and g.start > 0
            cue = quoted or any(w.strip(",.।") in self.gloss_cues or w.strip(",.।") in self.product_words
                                for w in near + before)
            cue = cue or self._BOUGHT_SOON_AFTER_HI.match(text, lat_start + len(latin)) is not None  # (``… (Harappa Education) का 300 करोड़ रुपये में अधिग्रहण``)
            founder = self._founder_gloss(text, g.start, latin)  # ``… की स्थापना सौरभ गुप्ता (Sourabh Gupta) ने``
            cue = cue or founder
            acts = not (namelike or cue) and self._acts_elsewhere(text, g.native, lat_start + len(latin))
            coined = all(map(self._coined, latin.split()))
            # (``ओनडेज (Owndays)``: a spelling of a word no dictionary holds is a name, not a translation)
            if not (namelike or cue or acts or coined or self._listed_with_firm(text, g.start, lat_start + len(latin), known)):
                continue
            canonical = self.link(latin) or latin
            if head is not None and canonical == latin:
                # (its type word kept in English, as with any firm named with one: Karza Technologies)
                tail = " ".join(self._trade_word(w) for w in g.native[len(head):].split())
                canonical = self.link(f"{latin} {tail}") or f"{latin} {tail}"
            entry = self.by_canonical.get(canonical)
            after = [w.strip(",.।()\"'”’") for w in text[lat_start + len(latin):lat_start + len(latin) + 80].split()[:7]]
            label = entry.label if entry else ("PERSON" if founder or self.names.latin_person(latin.split()) else
                                               "PRODUCT" if self._MADE_BY_NEXT.match(text, lat_start + len(latin))
                                               or self._NAMED_THING_BEFORE.search(text, max(0, g.start - 60), g.start) else
                                               "ORG" if acts or before and before[0] in self.org_words
                                               or self._BOUGHT_SOON_AFTER_HI.match(text, lat_start + len(latin)) else
                                               "PRODUCT" if any(w in self.product_words for w in after)
                                               and self._SPEAKS_NEXT_HI.match(text, lat_start + len(latin)) is None else
                                               self._guess_label(text, g.start, lat_start + len(latin) + 1, latin=latin))
            out.append(Mention(g.start, g.start + len(g.native), g.native, label, canonical, "gloss"))
            out.append(Mention(lat_start, lat_start + len(latin), latin, label, canonical, "gloss"))
            seen.setdefault(g.native, (canonical, label))
            if head is not None and head not in self.hindi_words:
                seen.setdefault(head, (canonical, label))  # (and ``वीम के सीईओ``)
        for native, (canonical, label) in seen.items():  # later repeats of the Devanagari form
            for s0, e0 in _literal_hits(text, native):
                if _boundary_ok(text, s0, e0) and not any(x.start == s0 for x in out) \
                        and not taken.overlaps(s0, e0):
                    out.append(Mention(s0, e0, native, label, canonical, "gloss"))
        return out, translations

    _VOICED_S = rx.compile(r"(?<=[aeiouy])s(?=e\b|es\b|ed\b|\b)|(?<=[aeiou])s(?=[aeiou])")  # (``Owndays``: ओनडेज)
    _COINED_RANK = 30_000  # (a word rarer than this in English is no everyday word a gloss would translate)

    def _coined(self, word: str) -> bool:
        """Is this Latin word rarer than the commonest English ones (``Owndays``, ``magicpin``)?"""
        return english_words().rank.get(word.lower(), 10**6) >= self._COINED_RANK

    def _lower_brand(self, latin: str) -> bool:
        """A brand written in lower case (``magicpin``, ``upGrad``): one word, no everyday English word."""
        return " " not in latin and len(latin) >= 4 and self._coined(latin)

    _DEVA_WORD_BEFORE = rx.compile(r"([\p{Devanagari}]+) $")
    _SPEAKS_NEXT_HI = rx.compile(r"\)?\s*ने\s+(?:कहा|बताया|कहां|कही|माना|जोड़ा)(?![\p{L}\p{M}])")  # (a product never speaks)

    def _longer_than_known(self, native: str, latin: str, start: int, known: list[Mention]) -> bool:
        """Does a glossed name open with a known firm's name and go on, word for word as the gloss spells it,
        with words that are not a place or a unit of it (``टेदर ईवो (Tether Evo)``, not ``माइक्रोसॉफ्ट इंडिया``)?"""
        words, lat = native.split(), latin.split()
        inside = [m for m in known if start <= m.start < start + len(native)]
        if len(words) < 2 or len(words) != len(lat) or not inside or any(m.start != start for m in inside) \
                or max(m.end for m in inside) >= start + len(native):
            return False
        cut = len(native[:max(m.end for m in inside) - start].split())
        rest_d, rest_l = words[cut:], lat[cut:]
        return bool(rest_l) \
            and all(w[:1].isupper() and w.lower() not in self.not_entities_lower for w in rest_l) \
            and not any(w in self.arm_words_hi or w in self.name_stop_hi or w in self.legal_suffixes_hi for w in rest_d) \
            and all(self._spells_word(d, w) for d, w in zip(rest_d, rest_l))

    def _founder_gloss(self, text: str, start: int, latin: str) -> bool:
        """``… की स्थापना सौरभ गुप्ता (Sourabh Gupta) और … ने की थी``: a name of two or three capitalised
        words glossed in a sentence about who founded a firm is a person's."""
        words = latin.split()
        if not 2 <= len(words) <= 3 or any(w in self.org_endings or not w[:1].isupper() for w in words) \
                or not all(w.replace(".", "").replace("-", "").isalpha() for w in words):
            return False
        s0, s1 = _sentence_start(text, start), _sentence_end(text, start)
        return self._founder_sentence_hi.search(text, s0, s1) is not None
    _LABEL_AFTER_GLOSS = rx.compile(r"\s*\)?\s*[:：]\s")

    def _acts_elsewhere(self, text: str, native: str, gloss_end: int) -> bool:
        """Is a glossed name a paragraph's label (``क्यूवेंटस (Qventus): …``) or the subject of a deal
        (``… क्यूवेंटस ने … जुटाए``)? Then it names a party, not a translated word."""
        if native in self.hindi_words:
            return False
        if self._LABEL_AFTER_GLOSS.match(text, gloss_end):
            line_start = text.rfind("\n", 0, gloss_end) + 1
            if text.find(native, line_start) == text.find(native, line_start, gloss_end) and \
                    not text[line_start:text.find(native, line_start)].strip(" \t0123456789.-•*"):
                return True
        return any(self._deal_subject_at(text, e0) for _, e0 in _literal_hits(text, native))
        # (``ओफिर ने कहा``: a speaker may be a person)

    def _deal_subject_at(self, text: str, end: int) -> bool:
        """Does the name ending at ``end`` act in a deal: ``ने`` after it (past a gloss) and a deal word
        later in its sentence (``क्लाइन (Cline) ने … जुटाए``)?"""
        agent = self._AGENT_AFTER_HI.match(text, end)
        return agent is not None and any(w in text[agent.end():_sentence_end(text, agent.end())] for w in self.deal_words_hi)
    _LIST_GAP = re.compile(r"\s*(?:,|\s(?:और|व|एवं|तथा|and)\s)\s*")

    @classmethod
    def _listed_with_firm(cls, text: str, start: int, end: int, known: list[Mention]) -> bool:
        """Is the glossed name at ``[start, end)`` listed beside a known firm: ``नोकिया, सिएना (Ciena) और हुआवेई``?"""
        for m in known:
            if m.label == "ORG" and (start - 8 <= m.end <= start and cls._LIST_GAP.fullmatch(text, m.end, start)
                                     or end <= m.start <= end + 8 and cls._LIST_GAP.fullmatch(text, end, m.start)):
                return True
        return False

    _ORG_NAME_WORDS = frozenset({"फंड", "फाउंडेशन", "बैंक", "इंस्टीट्यूट", "यूनिवर्सिटी", "कॉर्पोरेशन", "कॉर्प", "इक्विटी",
                                 "आयोग", "प्राधिकरण", "मंत्रालय", "बोर्ड", "एसोसिएशन", "कंपनी", "एजेंसी", "अथॉरिटी",
                                 "काउंसिल", "कमीशन", "मिशन", "सेंटर", "इंस्टिट्यूट", "ऑर्गनाइजेशन"})

    def _named_by_acronym(self, text: str, start: int, end: int, acronym: str, taken: Any) -> tuple[str, str] | None:
        """The start and English name of the Devanagari words ending at ``end`` whose initials spell
        ``acronym``, a trailing type word allowed (``अबू धाबी ग्रोथ फंड``: ADG), or None."""
        words = list(self._DEVA_WORD.finditer(text, max(0, start - 120), end))
        for n in (len(acronym), len(acronym) + 1, len(acronym) + 2):
            if len(words) < n:
                break
            span = words[-n:]
            if any(text[a.end():b.start()] != " " for a, b in zip(span, span[1:])) or taken.overlaps(span[0].start(), end):
                continue
            if any(w.group() in self.hindi_words and w.group() not in self.org_suffixes_hi
                   and w.group() not in self.name_words_hi and w.group() not in self._ORG_NAME_WORDS for w in span):
                continue
            if not any(w.group() in self.org_suffixes_hi or w.group() in self._ORG_NAME_WORDS for w in span[-2:]) \
                    and not (span[0].group() in self._ORG_NAME_WORDS and self.name_words_hi.get(span[1].group()) == "of"):
                # (a type word may open the name instead: ``इंस्टीट्यूट ऑफ़ डीप लर्निंग``)
                continue  # ``कॉग्निटिव बिहेवियरल थेरेपी (सीबीटी)``: a therapy, a scheme; a firm ends in a type word
                # (``सॉफ्टवेयर डिफाइंड व्हीकल (SDV)`` is a kind of car)
            name = self.latin_name(" ".join(w.group() for w in span))
            if _initials_fit(acronym, name):
                places = self._places_hi  # (a place of two words: ``अबू धाबी``)
                if not all(w.group() in self.org_suffixes_hi or w.group() in self._ORG_NAME_WORDS or w.group() in self.name_words_hi
                           or self._common_english(loanword_latin(w.group()), rank=50_000) is not None
                           or w.group() in places and prev.group() in places for prev, w in zip(span, span[1:])):
                    name = acronym  # (``टेनेसी वैली अथॉरिटी (TVA)``: a word past the first spelt unsurely, the acronym names it)
                return span[0].start(), name
        return None

    def _in_deal_slot(self, start: int, end: int, text: str) -> bool:
        """``Nvidia to invest $500 million in UK's Wayve``, ``Glance, …, has raised``: a firm by its role."""
        if not hasattr(self, "_slot_cache") or self._slot_cache[0] is not text:
            spans = {(m.start("name"), m.end("name")) for pat in (self._slot_invest, self._slot_acquire, self._slot_acquired_by,
                                                                  self._slot_valued, self._slot_unit_of, self._slot_round_of)
                     for m in pat.finditer(text)}
            spans |= {(m.start("name"), m.end("name")) for m in self._raise_slots(text)}
            self._slot_cache = (text, spans)
        return (start, end) in self._slot_cache[1]

    _SLOT_START = rx.compile(r"[.!?] (?=[A-Z])|\n[ \t]*(?:[-•*] |\d{1,2}[.)] )?(?=[A-Z])|\b(?:after|when|since|before|because|while|and|as) (?=[A-Z])"
                                r"|\b(?:19|20)\d\d, (?=[A-Z])|[)\d] [-—–] (?=[A-Z])")  # (``July 14 - Go1``: after a dateline)

    def _raise_slots(self, text: str) -> Iterator["regex.Match[str]"]:
        """``_slot_raise.finditer(text)``, tried only where its anchor holds (text start, line start,
        after ``. ``) before a capital: a match starts nowhere else, and the scan is much quicker."""
        last = 0
        for p in [0, *(m.end() for m in self._SLOT_START.finditer(text))]:
            if p < last:
                continue
            m = self._slot_raise.match(text, p)
            if m is not None:
                yield m
                last = m.end()

    def _known_with_corporate_tail(self, name: str) -> str | None:
        """``Megvii Technology``, ``Volpara Health Technologies``: a known firm with corporate words after its
        name is that firm (not ``Samsung Catalyst Fund``, a firm of its own)."""
        words = name.split()
        for cut in (1, 2):
            if len(words) > cut and all(w in self.short_drop or w == "Technology" for w in words[-cut:]):
                hit = self._keys.get(_key(" ".join(words[:-cut])))
                if hit:
                    return hit[0][0]
        return None

    def _longer_org_name(self, name: str, start: int, end: int, known: list[Mention]) -> bool:
        """``Samsung Catalyst Fund``, ``BlackRock Private Equity Partners``: a longer organisation name
        that contains a known one and ends like an organisation, so it is a name of its own."""
        words = name.split()
        if len(words) < 3 and words[-1] in ("AI", "Labs", "Lab") or words[-1] not in self.org_endings:
            return False  # ``NVIDIA AI`` is NVIDIA's AI, not a firm
        inside = [m for m in known if m.start < end and m.end > start]
        # the known name opens the longer one (``Samsung Catalyst Fund``), never closes it (``Chipmakers Intel Capital``)
        return bool(inside) and all(start <= m.start and m.end < end for m in inside)

    _FIRM_NOUNS_EN = (r"(?:start-?up|company|firm|maker|developer|provider|unicorn|lender|insurer|subsidiary|spinout|spin-off"
                      r"|publisher|group|conglomerate|giant)\b")
    _APPOSITIVE_FIRM_EN = rx.compile(r",\s+(?:(?:a|an)\s+(?:[\w.,-]+\s+){0,5}?%s(?!\s+who\b)|the\s+(?:[\w.,'’-]+\s+){1,5}?%s"
                                        r"(?!['’-]|\s+(?:said|says|told|whose|which|raised|has|had|was|is)\b))"
                                        % (_FIRM_NOUNS_EN, _FIRM_NOUNS_EN))
    # (``Pearson, the world's largest education company``; not ``Rajiv Khemani, the Santa Clara-based company raised``)
    _OPENS_LINE_EN = rx.compile(r"(?:^|\n)[ \t]*(?:[-•*] |\d{1,2}[.)] )?$")
    _DESCRIBED_NEXT_EN = rx.compile(r"[^.!?\n]{0,160}[.!?]\s+The\s+(?:[\w'’-]+\s+){0,4}?(?:startup|start-up|company|firm|maker|"
                                       r"developer|platform|provider|lender|chipmaker|unicorn)\s+(?:has\s+|had\s+|also\s+)*"
                                       r"(?:raised|said|was|is|has|had|will|plans|builds|makes|sells|offers|counts|bought|acquired)\b")
    _FOUNDED_AFTER_EN = rx.compile(r",\s+(?:which\s+was\s+|that\s+was\s+)?(?:co-?)?founded\s+(?:by|in)\b")

    # a name whose shares move is a listed firm (``Uno Minda shares climbed``)
    _LISTED_AFTER_EN = rx.compile(r"(?:['’]s)?\s+(?:shares|stock|share price|scrip)\s+(?:rose|fell|climbed|jumped|gained|slipped|"
                                     r"dropped|surged|soared|tumbled|slumped|plunged|rallied|sank|ended|closed|traded|were|are|have|hit)\b")
    _THING_BEFORE_EN = rx.compile(r"(?:\b(?:its|their|his|her|our|the)\s+|['’]s\s+|[a-z][\w-]*,\s*[\"“‘']?)$")
    _NEXT_WORD_EN = rx.compile(r"\s+([a-z][\w-]*)")
    # two or more capitalised parts in one word, not a surname's particle (``McKenzie``, ``DeSantis``, ``LeBron``)
    _CAMEL_BRAND = rx.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Del|Della|St)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]+)+")

    def _english_cue(self, text: str, start: int, end: int, words: list[str]) -> str | None:
        """In English text, an unknown capitalised name counts only with a cue: an organisation
        ending (``Inovia Capital``) or a person's role or speech next to it (``Nick Frosst, co-founder``)."""
        if words[-1] in self.org_endings and len(words) >= 2 and not (words[-1] == "AI" and words[0] in self.generic_ai):
            return "ORG"
        if len(words) >= 2 and (words[-1] in self.legal_words_en or text[end:end + 1] == "." and words[-1] + "." in self.legal_words_en):
            return "ORG"  # ``Blue J Legal Inc., the Toronto company``, ``Zorvex GmbH``: a legal form names a firm
        if len(words) <= 4 and self._LISTED_AFTER_EN.match(text, end) is not None and not words[-1].endswith("-listed"):
            return "ORG"  # ``Uno Minda shares climbed 3.1%``, ``Kaynes Technology's stock``: a listed firm
        lead = text[max(0, start - 30):start].rstrip().lower()
        if lead.endswith(self.org_before) and len(words) <= 3:
            return "ORG"  # ``investment firm Disruptive``
        if len(words) <= 3 and self._APPOSITIVE_FIRM_EN.match(text, end) is not None and not self.names.latin_person(words):
            return "ORG"  # ``buying Aumni, a Salt Lake City start-up whose …``
        if len(words) <= 3 and self._FOUNDED_AFTER_EN.match(text, end) is not None:
            return "ORG"  # ``BigHaat, founded by Sateesh Nukala in 2015, sells …``: what is founded is a firm
        if len(words) == 1 and english_words().rank.get(words[0].lower(), 10**6) >= 5000 \
                and self._OPENS_LINE_EN.search(text, max(0, start - 8), start) is not None \
                and self._DESCRIBED_NEXT_EN.match(text, end) is not None:
            return "ORG"  # ``2) Cyberhaven joins the unicorn club. The data-detection startup raised …``
        if len(words) <= 3 and not self._plain_word(text, start, words) and (self._product_after_en.match(text, end) is not None or
                                self._called_en.search(text, max(0, start - 40), start) is not None or
                                any(lead.rstrip(" ,\"“‘'").endswith(c) for c in self.product_before_en)):
            return "PRODUCT"  # ``CoCounsel assistant``, ``its flagship product, Driveri``
        if len(words) == 1 and self._CAMEL_BRAND.fullmatch(words[0]) is not None \
                and english_words().rank.get(words[0].lower()) is None \
                and self._THING_BEFORE_EN.search(text, max(0, start - 40), start) is None:
            nxt = self._NEXT_WORD_EN.match(text, end)
            if nxt is None or nxt.group(1) in self.firm_next_en:
                return "ORG"  # ``look no further than LevelBlue``, ``FlexiLoans and Indifi``: capitals inside one word mark a brand
            # (``the GoPay wallet``, ``its SuperVision hands-off driving system``: a thing, left to the product cues)
        if not (2 <= len(words) <= 3) or not all(w[:1].isupper() and w[1:].islower() for w in words):
            return None
        if self.names.latin_person(words) or len(words) == 2 and words[0].lower() in self.names.given_en \
                and words[1].lower() not in self.not_entities_lower:
            return "PERSON"  # ``Percy Liang``, ``Makoto Takahashi``: a known given name and a capitalised surname
        if len(words) == 2 and words[1].lower() in self.names.surname_en and words[1] not in self.org_endings \
                and words[0].lower() not in english_words().rank and words[0] not in self.org_endings:
            return "PERSON"  # ``podcaster Dwarkesh Patel``: an unknown given name before a known surname
        after = text[end:end + 24]
        before = text[max(0, start - 30):start].rstrip(" ,").lower()
        if after.startswith(self.person_after) or before.endswith(self._person_before_lower):
            return "PERSON"
        return None

    def _person_in_slot(self, words: list[str]) -> bool:
        """Is a name in a firm's deal slot a person's all the same: a known given name and a capitalised
        surname, with no organisation ending (``Sean Neville``, not ``Ada Health``)?"""
        return 2 <= len(words) <= 3 and words[0].lower() in self.names.given_en and words[-1] not in self.org_endings \
            and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
            and not any(w.lower() in self.not_entities_lower for w in words[1:])

    @staticmethod
    def _plain_word(text: str, start: int, words: list[str]) -> bool:
        """Is a one-word capitalised name only an everyday word (``Customer service``, ``Office``) or a
        sentence's first word (``Humanoid robot maker …``), or a place compound (``Herzliya-based``)?"""
        if len(words) != 1:
            return False
        w = words[0]
        if w.endswith("-based"):
            return True
        rank = english_words().rank.get(w.lower())
        if rank is None:
            return False
        before = text[max(0, start - 3):start]
        return rank < 5000 or start == 0 or before.endswith(("\n", ". ", ": ", "\" ", "“")) or before.strip() == ""

    @staticmethod
    def _listed_with_person(text: str, start: int, end: int, words: list[str], ends: set[int], starts: set[int]) -> bool:
        """Is this Title-Case name of two or three words coordinated (``,``/``and``) with a person's name?"""
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].isalpha() and not w[1:].isupper() for w in words):
            return False
        before = rx.search(r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)$", text[max(0, start - 6):start])
        if before is not None and start - len(before.group(0)) in ends:
            return True
        after = rx.match(r"[,;]\s*(?:and\s+)?|\s+and\s+", text[end:end + 6])
        return after is not None and end + after.end() in starts

    def _is_gloss_of_known(self, text: str, start: int, end: int, taken: _Cover) -> bool:
        """``एमोडी (Amodei)``: a parenthesised gloss right after a known mention adds nothing."""
        before = text[max(0, start - 3):start]
        if "(" not in before:
            return False
        k = start - 1
        while k >= 0 and text[k] in " (\"'”’":
            k -= 1
        return k in taken

    _NAMED_THING_HI = rx.compile(r"[\"'”’]?\s*\)?\s*नाम\s+(?:की|का|के)\s")
    _NAMED_AS_HI = rx.compile(r"[\"'”’]?\s*\)?\s*नाम\s+(?:की|का|के|से)\s+(?:([\p{L}\p{M}-]+)\s+)?([\p{L}\p{M}]+)")

    def _guess_label(self, text: str, start: int, end: int, *, latin: str | None = None) -> str:
        """The label of an unknown glossed or quoted name: a person when the name lexicon, a known given
        name in the Latin gloss (``ग्रेगरी वर्डीन (Gregory Verdine)``) or a role title before it says so."""
        if self.names.latin_person(text[start:end].split()):
            return "PERSON"
        words = (latin or "").split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) \
                and words[0].lower() in self.names.given_en and words[-1] not in self.org_endings:
            return "PERSON"
        head = text[max(0, start - 30):start]
        if latin is not None and (cue := self._person_cue_hi.search(head)) is not None and cue.end() == len(head):
            return "PERSON"  # ``के सीईओ रवि अन्नावझाला (Ravi Annavajjhala)``
        if latin is not None and self._founder_gloss(text, start, latin):
            return "PERSON"  # ``उगुर साहिन (Uğur Şahin) … ने … की स्थापना की थी``
        if self._SPEAKS_NEXT_HI.match(text, end) is not None:  # ``… स्वामी कोटागिरी (Swamy Kotagiri) ने कहा``: no product
            return "PERSON" if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
                and words[-1] not in self.org_endings and not self._MODEL_NUMBER.search(latin or "") else "ORG"
        after = text[end:end + 30].lstrip(" \"'”’)").split()
        before = text[max(0, start - 25):start].rstrip(" \"'“‘").split()
        if before[-1:] and before[-1] in self.maker_nouns_hi:
            before = []  # ``गेम डेवलपर सुपरगेमिंग (SuperGaming)``: the trade of a firm, not a product's kind
        near = (after[:5] + before[-2:])  # (``'ओएसिस' (Oasis) नाम के AI गेम``: past the gloss and ``नाम के``)
        if any(w.strip(",.।") in self.product_words for w in near):
            return "PRODUCT"
        named = self._NAMED_AS_HI.match(text, end)  # ``Matlantis नाम की क्लाउड सर्विस``: past ``नाम की`` and a word
        if named is not None and (named.group(1) in self.product_adjacent_hi or named.group(2) in self.product_adjacent_hi
                                  or self._NAMED_THING_HI.match(text, end) is not None
                                  and not any(w in self.org_words or w in self.org_suffixes_hi for w in named.groups() if w)):
            return "PRODUCT"  # (``'KUAE' नाम के कंप्यूटिंग क्लस्टर``, ``FABRIC नाम का प्रोटोकॉल``: a thing named, not a firm)
        if after[:1] and after[0].strip(",.।") in self.product_after_hi \
                or before[-1:] and before[-1] in self.product_adjacent_hi and not regex.match(r"\s*(?:\([^)]*\)\s*)?(?:ने|को)\s", text[end:]):
            return "PRODUCT"  # ``कंपनी का प्लेटफॉर्म Pharma.AI``, not ``प्लेटफॉर्म प्लम (Plum) ने``
        if self._MODEL_NUMBER.search(latin if latin is not None else text[start:end].strip(" \"'“”‘’")):
            return "PRODUCT"  # ``ROBO-01``, ``Sonic-3``, ``Jiyue 01``, ``'विक्रम-1'``: a model number names a product
        return "ORG"

    _MODEL_NUMBER = rx.compile(r"\w-\d[\w.]*$|^\p{L}[\p{L}.]* \d[\d.]*[A-Za-z]?$|^[A-Z]{1,6}\d{3,5}[A-Z]{0,3}$")  # (``AT128``, ``IMX500``)

    _PRODUCT_NOUN_EN = (r"(?:software|platform|model|models|assistant|chip|chips|drone|drones|robot|robots|tool|app|engine|browser|agent"
                        r"|processor|processors|vehicle|vehicles|library|interceptors?|framework|supercomputer|tractor|drive|chipset"
                        r"|product|products|system|systems|device|devices|sensors?|service|suite)")
    _OWNER_EN = r"(?:[Ii]ts|[Tt]heir|[A-Z][\w.&-]*['’]s|the (?:company|startup|firm)['’]s|, whose)"
    _OWNED_PRODUCT_EN = rx.compile(
        r"\b%s\s+(?:(?:new|flagship|latest|own|open-source|generative|AI|artificial-intelligence|AI-powered|first|main|core"
        r"|commercial|best-known)\s+){0,3}"
        r"%s(?:,|\s+called|\s+named|\s+dubbed)?\s+(?:the\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2})"
        r"|\b%s\s+(?P<name2>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2})\s+(?:AI\s+|[a-z][a-z-]+\s+(?:[a-z][a-z-]+\s+)?)?(?:%s|artificial-intelligence)\b"
        % (_OWNER_EN, _PRODUCT_NOUN_EN, _OWNER_EN, _PRODUCT_NOUN_EN))

    _GENERIC_PRODUCT_WORDS = frozenset({"new", "next", "own", "first", "latest", "flagship", "main", "core", "cloud", "data",
                                        "ai", "generative", "open", "custom", "next-generation", "mobile", "enterprise"})
    _NAME_EN = r"[A-Z][\w.+-]*[\w+](?:\s+[A-Z0-9][\w.+-]*[\w+]){0,2}"
    _SUCH_AS_PRODUCTS_EN = rx.compile(
        r"\b(?:products|models|chips|devices|systems|tools|drones|robots|interceptors|platforms|vehicles|accelerators|processors)"
        r",?\s+(?:such as|including|like)\s+(?P<list>(?:the\s+)?%s(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?%s){0,4})"
        % (_NAME_EN, _NAME_EN))
    _LISTED_NAME_EN = rx.compile(r"(?:\G|(?<=,\s|\sand\s|the\s))(?P<n>%s)" % _NAME_EN)

    # ``its Wormhole and Blackhole processors``, ``Its KL720 and KL730 chips``: each name of a listed pair
    _OWNED_PAIR_EN = rx.compile(r"\b%s\s+(?P<a>[A-Z][\w.-]*[A-Za-z0-9])\s+and\s+(?P<b>[A-Z][\w.-]*[A-Za-z0-9])\s+%s\b"
                                   % (_OWNER_EN, _PRODUCT_NOUN_EN))

    def _owned_products_en(self, text: str, known: list[Mention]) -> list[Mention]:
        """``Its AI assistant, Atom,``, ``Shield AI's Hivemind software``: a capitalised name a firm's product noun
        stands beside is a product."""
        if "'s " not in text and "’s " not in text and "its " not in text and "Its " not in text \
                and " such as " not in text and " including " not in text and " like " not in text \
                and ", whose " not in text and "the " not in text and "The " not in text:  # (no copy of the text)
            return []
        taken = _coverage(known)
        out = []
        for m in self._SUCH_AS_PRODUCTS_EN.finditer(text):
            # ``interceptors such as Roadrunner``, ``models such as RFdiffusion and RFantibody``
            for n in self._LISTED_NAME_EN.finditer(text, m.start("list"), m.end("list")):
                s0, e0, name = n.start("n"), n.end("n"), n.group("n")
                if not taken.overlaps(s0, e0) and name not in self.not_entities:
                    out.append(Mention(s0, e0, name, "PRODUCT", self.link(name) or name, "latin"))
        for m in self._THE_CODED_PRODUCT_EN.finditer(text) if "the " in text or "The " in text else ():
            s0, e0, name = m.start("n"), m.end("n"), m.group("n")
            if taken.overlaps(s0, e0) or name in self.not_entities or name in self.places_en or rx.search(r"-[a-z]+$", name) \
                    or name.upper() in self._GENERIC_ACRONYMS or name.isupper() and len(name) <= 3 and not any(ch.isdigit() for ch in name):
                continue  # (``the US military drones``, ``the AI model``)
            out.append(Mention(s0, e0, name, "PRODUCT", self.link(name) or name, "latin"))
        for m in self._OWNED_PAIR_EN.finditer(text):
            for g in ("a", "b"):
                s0, e0, name = m.start(g), m.end(g), m.group(g)
                if not taken.overlaps(s0, e0) and name not in self.not_entities \
                        and (any(ch.isdigit() for ch in name) or name.lower() not in english_words().words
                             or english_words().rank.get(name.lower(), 10_000) >= 5_000):
                    out.append(Mention(s0, e0, name, "PRODUCT", self.link(name) or name, "latin"))
        for m in self._OWNED_PRODUCT_EN.finditer(text):
            g = "name" if m.group("name") else "name2"
            s0, e0 = m.start(g), m.end(g)
            name = m.group(g)
            common = name.lower() in english_words().words
            named = g == "name2" or text[m.start(g) - 2:m.start(g)].startswith(",") or not name.istitle()
            if taken.overlaps(s0, e0) or name in self.not_entities or rx.search(r"-[a-z]+$", name) \
                    or common and (not named or name.lower() in self._GENERIC_PRODUCT_WORDS):
                continue  # (``its AI-driven lock screen platform``; but ``Horizon's Journey processors``, ``robot, EVE``)
            out.append(Mention(s0, e0, name, "PRODUCT", self.link(name) or name, "latin"))
            end = m.end()
            while g == "name2" and (more := self._MORE_OWNED_EN.match(text, end)) is not None:
                # ``the company's Ghost helicopter drones, Sentry surveillance towers and Roadrunner interceptors``
                n0, n1 = more.start("n"), more.end("n")
                if not taken.overlaps(n0, n1) and more.group("n") not in self.not_entities:
                    out.append(Mention(n0, n1, more.group("n"), "PRODUCT", self.link(more.group("n")) or more.group("n"), "latin"))
                end = more.end()
        return out

    # ``building the Dive-LD autonomous underwater vehicle``, ``the ALTIUS family of air-launched drones``
    _THE_CODED_PRODUCT_EN = rx.compile(r"\b[Tt]he\s+(?P<n>[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[A-Z][a-z]+-[A-Z0-9][A-Za-z0-9]*)"
                                          r"\s+(?:family\s+of\s+|line\s+of\s+|series\s+of\s+)?(?:[a-z][a-z-]+\s+){0,3}?%s\b"
                                          % _PRODUCT_NOUN_EN)
    _MORE_OWNED_EN = rx.compile(r"(?:,\s+|,?\s+and\s+)(?P<n>[A-Z][\w.-]*[A-Za-z0-9])\s+(?:[a-z][a-z-]+\s+){0,2}?%s\b"
                                   % _PRODUCT_NOUN_EN.replace("interceptors?", "interceptors?|towers?|submarines?|"
                                                                                 "helicopters?|satellites?"))

    _NAME_HI = r"[\p{Devanagari}A-Za-z][\p{Devanagari}\p{M}\w.+-]*(?:\s\d+(?:\.\d+)?)?"
    _SUCH_AS_PRODUCTS_HI = rx.compile(
        r"(?<![\p{L}\p{M}\p{N}])(?P<list>%s(?:\s\([A-Za-z][\w .+-]{0,30}\))?(?:(?:,\s|\sऔर\s)%s(?:\s\([A-Za-z][\w .+-]{0,30}\))?){0,4})"
        r"\sजैसे\s(?:[\p{Devanagari}\p{M}A-Za-z-]+\s){0,2}?(?P<noun>मॉडल|मॉडलों|मॉडल्स|चिप|चिप्स|ड्रोन|रोबोट|प्रोसेसर|एक्सेलरेटर|"
        r"चैटबॉट|चैटबॉट्स)(?=\s(?:को|का|की|के|ने|में|से|पर|बना|बनाए|बनाती|बनाता|जारी|तैयार|है|हैं|तेज)|[,।])"
        % (_NAME_HI, _NAME_HI))
    _LISTED_NAME_HI = rx.compile(r"(?:\G|(?<=,\s|\sऔर\s))(?P<n>%s)" % _NAME_HI)

    _LATIN_PRODUCT = r"[A-Z][\w.+-]*[A-Za-z0-9](?:\s\d{1,4}[A-Za-z]?)?"
    _OWNED_PRODUCTS_HI = rx.compile(
        r"(?<![\p{L}\p{M}])(?:इसके|इसकी|उसके|उसकी|अपने|अपनी|कंपनी\s+के|कंपनी\s+की)\s+(?P<list>%s(?:(?:,\s|\sऔर\s)%s){0,3})"
        r"\s+(?:ड्रोन|ड्रोन्स|चिप|चिप्स|मॉडल|मॉडल्स|रोबोट|रोबोट्स|प्रोसेसर|एक्सेलरेटर|वाहन|सॉफ्टवेयर|प्लेटफॉर्म|प्लेटफ़ॉर्म|ऐप|टूल)"
        r"(?![\p{L}\p{M}])" % (_LATIN_PRODUCT, _LATIN_PRODUCT))
    _LISTED_LATIN = rx.compile(_LATIN_PRODUCT)

    def _owned_products_hi(self, text: str, known: list[Mention]) -> list[Mention]:
        """``इसके JUMP 20 और T-20 ड्रोन्स``: Latin names a firm's product noun follows are its products."""
        if _DEVA_CHAR.search(text, 0, 2000) is None:
            return []
        taken = _coverage(known)
        out = []
        for m in self._OWNED_PRODUCTS_HI.finditer(text):
            for n in self._LISTED_LATIN.finditer(text, m.start("list"), m.end("list")):
                if not taken.overlaps(n.start(), n.end()) and n.group() not in self.not_entities \
                        and not {n.group().upper(), n.group().upper().removesuffix("S")} & (self._GENERIC_ACRONYMS | self._HARDWARE_ACRONYMS):
                    out.append(Mention(n.start(), n.end(), n.group(), "PRODUCT", self.link(n.group()) or n.group(), "latin"))
        return out

    _HARDWARE_ACRONYMS = frozenset({"GPU", "CPU", "API"})  # (``अपने GPU प्लेटफॉर्म``: a kind, with the generic ones below)

    def _such_as_products_hi(self, text: str, known: list[Mention]) -> list[Mention]:
        """``स्टेप-1 और स्टेप-2 जैसे लैंग्वेज मॉडल बना चुकी है``: names listed before ``जैसे`` and a product noun are
        products (names the gazetteer knows keep their own label)."""
        if "जैसे" not in text or _DEVA_CHAR.search(text, 0, 2000) is None:
            return []
        taken = _coverage(known)
        out = []
        for m in self._SUCH_AS_PRODUCTS_HI.finditer(text):
            for n in self._LISTED_NAME_HI.finditer(text, m.start("list"), m.end("list")):
                s0, e0, name = n.start("n"), n.end("n"), n.group("n")
                if taken.overlaps(s0, e0) or name in self.hindi_words or name in self.not_entities \
                        or name in self.product_words or len(name) < 3 \
                        or _is_deva(name[0]) and not any(ch.isdigit() or ch in " -." for ch in name) \
                        and self._everyday_english(name, rank=8000):
                    continue  # (``हेलिकॉप्टर जैसे ड्रोन``: drones like a helicopter)
                canonical = self.link(name) or "-".join(
                    part if part.isascii() else self.latin_name(part) for part in name.split("-"))  # (``स्टेप-2``: Step-2)
                out.append(Mention(s0, e0, name, "PRODUCT", canonical, "latin" if name.isascii() else "devanagari"))
        return out

    # a quote mark that is no apostrophe (``Nvidia's GPUs. Feldman's``), around a name (``'not for sale'`` is none)
    _QUOTED = rx.compile(r"(?<![\p{L}\p{M}\p{N}])[\"“‘'](?P<name>[\p{Lu}\p{Lt}\p{Devanagari}][\p{L}\p{M}\p{N} .&-]{1,40}?)"
                            r"[\"”’'](?![\p{L}\p{M}\p{N}])")

    def _quoted_names(self, text: str, known: list[Mention]) -> list[Mention]:
        """A short quoted name next to a type word (``‘नवयान’ नामक स्टार्टअप``)."""
        taken = _coverage(known)
        out = []
        for m in self._QUOTED.finditer(text):
            s, e = m.start("name"), m.end("name")
            name = m.group("name").strip()
            if len(name.split()) > 4 or taken.overlaps(s, e):
                continue
            ctx_after = text[m.end():m.end() + 40]
            ctx_before = text[max(0, m.start() - 40):m.start()]
            near = " ".join(ctx_after.split()[:3] + ctx_before.split()[-3:])
            if not any(w in near for w in self.intro_words + self.product_words + self.org_words):
                continue
            after = ctx_after.split()[:2]
            if len(after) == 2 and (after[0] in self.org_words or after[0] in self.product_words) \
                    and after[1].strip(",.।|") not in self.hindi_words:
                continue  # ``' वाइब कोडिंग ' स्टार्टअप लवेबल``: the kind of the firm named after it
            if " " in name and any(w in self.hindi_words for w in name.split()):
                continue  # ``'अगला बड़ा प्लेटफॉर्म'``: a phrase, not a name
            if _is_deva(name[0]) and all(
                    w in self.org_suffixes_hi or self._everyday_english(w, rank=10_000) for w in name.split()):
                continue  # ``'स्पेशलिस्ट टेक्नोलॉजी' कंपनी``, ``'इवैल्यूएशन' टूल्स``: a kind of firm or tool in everyday English words
            canonical = self.link(name) or self.latin_name(name)
            entry = self.by_canonical.get(canonical)
            label = entry.label if entry else self._guess_label(text, m.start(), m.end())
            out.append(Mention(s, e, name, label, canonical, "quoted"))
        return out

    _DEVA_WORD = rx.compile(r"[\p{Devanagari}\p{M}]+|[A-Z]{2,}|AI")

    _BOUGHT_HI = rx.compile(r"(?<=\s)ने\s(?:[\p{L}\p{M}\p{N}]+\s){0,3}?(?!(?:में|से|भी|ही|अब|पहले|बाद)\s)(?P<name>[\p{Devanagari}\p{M}]{3,}(?:\s[\p{Devanagari}\p{M}]{3,})?)"
                               r"\s(?:का|को)\s(?:[^।\n]{0,40}?\sमें\s)?(?:अधिग्रहण|खरीद|ख़रीद)")
    _LIST_LABEL_HI = rx.compile(r"^[ \t]*\d{1,2}[.)][ \t]*(?P<name>[\p{Devanagari}\p{M}]{2,}(?: [\p{Devanagari}\p{M}]{2,}){0,2})[ \t]*:",
                                   regex.MULTILINE)
    _ROUND_OF_HI = rx.compile(
        r"(?<=(?:^|[\s,(])(?:की|के|का|ने)\s)(?P<name>[\p{Devanagari}\p{M}]{2,}(?:\s[\p{Devanagari}\p{M}]{2,})?)"
        r"(?:\s\([^)]{1,30}\))?\sके\s(?:करीब\s|लगभग\s)?[$₹€]?\s?[\d०-९][\d०-९.,]*\s(?:[\p{Devanagari}\p{M}]+\s){1,2}"
        r"(?:के|का|की)\s(?:[\p{L}\p{M}\p{N}-]+\s){0,3}?(?:राउंड|दौर|फंडिंग)")

    def _unknown_devanagari(self, text: str, known: list[Mention]) -> list[Mention]:
        """Devanagari organisations outside the gazetteer: a name ending in ``लैब्स``/``वेंचर्स``…
        (``लिपिका लैब्स``), or one word after ``स्टार्टअप``/``कंपनी`` in a deal slot
        (``स्टार्टअप वेक्टरमिंट में … निवेश``); the canonical name is transliterated."""
        if _DEVA_CHAR.search(text, 0, 2000) is None:
            return []
        taken = _coverage(known)
        words = list(self._DEVA_WORD.finditer(text))
        texts = [w.group() for w in words]  # the same words, as strings (fast to scan)
        out: list[Mention] = []
        for k in [k for k, g in enumerate(texts) if g in self.org_suffixes_hi or g in self.typed_suffixes_hi]:
            w = words[k]
            suffix = self.org_suffixes_hi.get(w.group()) or self.typed_suffixes_hi.get(w.group())
            if suffix is None or w.start() in taken:
                continue
            name_words = []
            j = k - 1
            while j >= 0 and len(name_words) < 2:
                prev = words[j]
                gap = text[prev.end():(name_words[0] if name_words else w).start()]
                if gap == " " and prev.group()[0].isascii() and prev.group() not in self._TECH_ACRONYMS \
                        and w.group() in self.org_suffixes_hi \
                        and self.org_suffixes_hi[w.group()] not in self._TRADE_NOUNS \
                        and not (text[prev.start() - 1:prev.start()] or " ").isalnum() \
                        and not _is_deva(text[prev.start() - 1:prev.start()] or " "):
                    name_words.insert(0, prev)  # ``GT एडवांस्ड टेक्नोलॉजीज़``: a Latin acronym opens a name of both scripts
                    break
                if gap != " " or prev.group() in self.name_stop_hi or prev.start() in taken \
                        or prev.group() in self.hindi_words and not (name_words == [] and j >= 1 and self._english_loan(prev.group())) \
                        or not _is_deva(prev.group()[0]) or prev.group() in self.org_suffixes_hi:
                    break
                name_words.insert(0, prev)
                j -= 1
            if name_words and all(w.group() in self.hindi_words for w in name_words):
                continue  # (``ग्लोबल कैपिटल``: an English loan alone names nothing; ``हारा ग्लोबल कैपिटल`` does)
            if not name_words or text[name_words[0].start() - 1:name_words[0].start()] == "-":
                continue  # (``ड्राइवर-असिस्ट सॉफ्टवेयर``: the end of a compound, no name)
            if w.group() in self.typed_suffixes_hi:
                head = text[max(0, name_words[0].start() - 12):name_words[0].start()]
                if not any(t in head for t in self.org_words[:4]):
                    continue  # ``वॉयस AI``: a field, not a firm
            s, e = name_words[0].start(), w.end()
            nk = k + 1  # ``सैंडटन कैपिटल पार्टनर्स``: type words in a row all belong to the name
            while nk < len(words) and texts[nk] in self.org_suffixes_hi and text[words[nk - 1].end():words[nk].start()] == " ":
                e, suffix = words[nk].end(), self.org_suffixes_hi[texts[nk]]
                nk += 1
            if nk < len(words) and texts[nk] in self.descriptor_next_hi and text[e:words[nk].start()] == " " \
                    and (suffix not in self.english_heads or all(self._business_word(x.group()) for x in name_words)):
                continue  # ``वेयरहाउस मैनेजमेंट सॉफ्टवेयर बनाती है``, ``एसेट मैनेजमेंट कंपनी``: a kind, not a name
            if suffix in self._TRADE_NOUNS and nk == k + 1 and len(name_words) == 1 \
                    and (self._everyday_english(name_words[0].group(), rank=10_000)
                         or self.spell_letters(name_words[0].group()) in self._GENERIC_ACRONYMS):
                continue  # ``स्पीच टेक्नोलॉजी``, ``टैलेंट मैनेजमेंट``, ``ऑटोमोटिव सॉफ्टवेयर``: a trade, not a firm
            org = self._deva_org(text, s, e, suffix)
            if org.canonical.lower() not in self.generic_terms:  # (``वर्किंग कैपिटल``: working capital, no fund)
                out.append(org)
        org_words = self.org_words[:4]
        for k in [j + 1 for j, g in enumerate(texts[:-2]) if g in org_words]:  # words after a type word
            w = words[k]
            if w.start() in taken or not _is_deva(w.group()[0]):
                continue
            # one word (``कंपनी ब्लूवेव ने``), or up to three none of which is everyday Hindi (``कंपनी द मिसिंग लिंक को``)
            last = None
            for n in range(1, 4):
                if k + n >= len(words):
                    break
                piece, nxt = words[k + n - 1], words[k + n]
                if text[piece.end():nxt.start()] != " " or piece.group() in self.name_stop_hi or not _is_deva(piece.group()[0]) \
                        or piece.group() in self.org_suffixes_hi or n > 1 and piece.group() in self.hindi_words \
                        and not self._english_loan(piece.group()) \
                        or piece.start() in taken:
                    break
                if nxt.group() in self.org_slot_after_hi or nxt.group() == "को" and n > 1:
                    last = piece
                    break
            if last is None or last is w and len(w.group()) < 3 or last is not w and w.group() in self.hindi_words \
                    and w.group() not in self.name_articles_hi:
                continue
            sent_end = _sentence_end(text, w.end())
            if not any(d in text[last.end():sent_end] for d in self.deal_words_hi):
                continue
            out.append(self._deva_org(text, w.start(), last.end(), None))
        for m in self._BOUGHT_HI.finditer(text) if "अधिग्रहण" in text or "खरीद" in text or "ख़रीद" in text else ():
            # ``इंफोसिस ने इनसेमी का 1,200 करोड़ रुपये में अधिग्रहण किया``: the firm bought, in the object slot
            s, e = m.start("name"), m.end("name")
            parts = m.group("name").split()
            if taken.overlaps(s, e) or any(x in self.name_stop_hi or x in self.hindi_words or x in self.org_suffixes_hi
                                           or x in self.not_name_hi or x in self.product_words for x in parts):
                continue  # (``ब्राउजर क्रोम को खरीदने``: a product)
            if self.link(m.group("name")) is None:
                out.append(self._deva_org(text, s, e, None))
        for m in self._LIST_LABEL_HI.finditer(text) if ":" in text else ():
            # ``3. इंसेप्शन: स्टैनफोर्ड के प्रोफेसरों की कंपनी ने … जुटाए``: a numbered roundup's item names its firm
            s, e = m.start("name"), m.end("name")
            parts = m.group("name").split()
            line_end = text.find("\n", e)
            body = text[e:line_end if line_end >= 0 else len(text)]
            if taken.overlaps(s, e) or not any(d in body for d in self.deal_words_hi) or any(
                    x in self.name_stop_hi or x in self.hindi_words or x in self.org_suffixes_hi or x in self.not_name_hi
                    or self.names.is_given(x) for x in parts):
                continue
            if self.link(m.group("name")) is None:
                out.append(self._deva_org(text, s, e, None))
        for m in self._ROUND_OF_HI.finditer(text):
            # ``क्यूआईए ने अमेरिका की इंस्टाबेस के 10 करोड़ डॉलर के सीरीज डी दौर की अगुवाई की``: whose round it is
            s, e = m.start("name"), m.end("name")
            name = m.group("name")
            if taken.overlaps(s, e) or any(x in self.name_stop_hi or x in self.hindi_words or x in self.org_suffixes_hi
                                           for x in name.split()) or len(name) < 3:
                continue
            if self.link(name) is None:
                out.append(self._deva_org(text, s, e, None))
        for k in [k for k, g in enumerate(texts[1:]) if g in self.org_slot_after_hi]:
            # ``सैम्बानोवा ने … जुटाया``: a known firm in a spelling the variants miss, in a deal slot
            w, nxt = words[k], words[k + 1]
            if text[w.end():nxt.start()] != " " or w.start() in taken or text[w.start() - 1:w.start()] in (".", "-") \
                    or len(w.group()) < 4 or not _is_deva(w.group()[0]) or w.group() in self.name_stop_hi \
                    or k > 0 and texts[k - 1] in self.org_words[:4]:
                continue
            sent_end = _sentence_end(text, w.end())
            if not any(d in text[max(0, w.start() - 80):sent_end] for d in self.deal_words_hi):
                continue
            canonical = self.link(w.group())
            entry = self.by_canonical.get(canonical) if canonical else None
            if entry is not None and entry.label == "ORG":
                out.append(Mention(w.start(), w.end(), w.group(), "ORG", canonical, "devanagari"))
        return out

    _LIST_SEP_HI = rx.compile(r",\s*(?:और\s+|तथा\s+)?|\s(?:और|तथा|एवं)\s")
    _LIST_WORDS_HI = rx.compile(r"[\p{Devanagari}\p{M}]+(?: [\p{Devanagari}\p{M}]+){0,2}")
    _LIST_END_HI = rx.compile(r",|\s(?:और|तथा|एवं|ने|के|की|का|को|में|समेत|सहित|जैसे|जैसी|आदि|भी|शामिल)\b|\s?\(|\s?[।.]")
    _LIST_DEAL_HI = ("निवेश", "हिस्सा", "भाग लिया", "अगुवाई", "नेतृत्व", "फंडिंग", "राउंड", "दौर")

    def _org_lists_hi(self, text: str, known: list[Mention]) -> list[Mention]:
        """``बीपीआईफ्रांस, एफआरएसटी, कैथे हेल्थ और एनजेएफ कैपिटल ने भी निवेश किया``: unknown Devanagari
        names listed after a known organisation in a sentence about a round are organisations too, as is
        the name that leads a round (``आरटीपी ग्लोबल की अगुवाई में``)."""
        if _DEVA_CHAR.search(text, 0, 2000) is None or not any(d in text for d in self._LIST_DEAL_HI):
            return []
        taken = _coverage(known)
        out: list[Mention] = []
        leads = [m for slot in self._LEAD_SLOTS_HI for at, _ in _literal_hits(text, slot)
                 if (m := self._WORDS_BEFORE_HI.search(text, max(0, at - 80), at)) is not None]
        for m in leads:
            words = m.group(1).split(" ")
            k = len(words)
            while k > 0 and self._list_word_hi(words[k - 1]):
                k -= 1
            if k == len(words):
                continue
            item = words[k:]
            e = m.end(1)
            s0 = e - len(" ".join(item))
            if not taken.overlaps(s0, e) and text[s0 - 1:s0] != "-":
                new = self._listed_org(text, s0, e, item)
                if new is not None:
                    out.append(new)
        frontier = [m for m in known if m.label == "ORG" and text[m.end:m.end + 1] in (",", " ")] + out
        while frontier:
            m = frontier.pop()
            sep = self._LIST_SEP_HI.match(text, m.end) if text[m.end:m.end + 1] == "," or text.startswith(
                (" और ", " तथा ", " एवं "), m.end) else None
            if sep is None:
                continue
            run = self._LIST_WORDS_HI.match(text, sep.end())
            if run is None:
                continue
            parts = []
            for w in run.group().split(" "):
                if not self._list_word_hi(w):
                    break  # (``और अन्य निवेशकों ने``: no name)
                parts.append(w)
            item = None
            for n in range(len(parts), 0, -1):  # the longest run of name words a list boundary follows
                e = sep.end() + len(" ".join(parts[:n]))
                if self._LIST_END_HI.match(text, e) is not None:
                    item = parts[:n]
                    break
            if item is None or taken.overlaps(sep.end(), e) or any(x.start < e and sep.end() < x.end for x in out):
                continue
            sent = text[_sentence_start(text, m.start):_sentence_end(text, e)]
            if not any(d in sent for d in self._LIST_DEAL_HI):
                continue
            new = self._listed_org(text, sep.end(), e, item)
            if new is not None:
                out.append(new)
                frontier.append(new)
        return out

    _LEAD_SLOTS_HI = (" की अगुवाई में", " की अगुआई में", " के नेतृत्व में")
    _WORDS_BEFORE_HI = rx.compile(r"(?<=[\s,(])((?:[\p{Devanagari}\p{M}]+ ){0,3}[\p{Devanagari}\p{M}]+)$")

    def _list_word_hi(self, w: str) -> bool:
        """Can this Devanagari word stand in an unknown firm's name (no everyday Hindi, no stop word)?"""
        return not (len(w) < 2 or w in self.name_stop_hi or w in self.not_name_hi or w in self.product_words
                    or w in self.hindi_words and w not in self.org_suffixes_hi and w not in self.name_words_hi
                    and english_words().match(loanword_latin(w), cutoff=99.0)[0] is None)  # (``ग्लोबल`` Global)

    def _listed_org(self, text: str, start: int, end: int, item: list[str]) -> Mention | None:
        """The organisation an investor's Devanagari name in a list or a lead slot stands for, or None
        for a person or a coined name too uncertain to spell."""
        if self.names.devanagari_person(item) is not None or all(
                w in self.hindi_words or w in self.org_suffixes_hi or w in self.name_words_hi for w in item):
            return None  # (``ग्रुप``, ``ग्लोबल फंड``: everyday words, no name)
        canonical = self.link(" ".join(item))
        entry = self.by_canonical.get(canonical) if canonical else None
        if entry is not None and entry.label != "ORG":
            return None
        if canonical is None and not all(
                w in self.org_suffixes_hi or w in self.name_words_hi or self.spell_letters(w)
                or english_words().match(loanword_latin(w), cutoff=88.0)[0] is not None for w in item):
            return None  # a coined name is spelt too uncertainly to be named from a list alone
        return self._deva_org(text, start, end, self.org_suffixes_hi.get(item[-1]) if len(item) > 1 else None,
                              fund=True)  # (investors bear English words: ``हमिंगबर्ड`` Hummingbird)

    def _english_loan(self, word: str) -> bool:
        """Is an everyday Hindi word an English loan (``लिंक``, ``ग्रीन``), which a brand name may hold?"""
        return english_words().match(loanword_latin(word), cutoff=90.0)[0] is not None

    def _lexicon_persons(self, text: str, known: list[Mention]) -> list[Mention]:
        """Devanagari people outside the gazetteer whose given name and surname the name lexicon
        knows (``सह-संस्थापक पर्सी लियांग``), spelled the English way."""
        if _DEVA_CHAR.search(text, 0, 2000) is None:
            return []
        names = self.names
        is_given = names.is_given
        if not any(map(is_given, self._DEVA_WORD.findall(text))):
            return []
        taken = _coverage(known)
        words = [w for w in self._DEVA_WORD.finditer(text) if _is_deva(w.group()[0])]
        out: list[Mention] = []
        k = 0
        while k < len(words) - 1:
            w = words[k]
            if not is_given(w.group()) or w.start() in taken:
                k += 1
                continue
            for n in (3, 2):
                run = words[k:k + n]
                if len(run) < n or any(text[a.end():b.start()] != " " for a, b in zip(run, run[1:])) \
                        or any(x.start() in taken or x.group() in self.not_name_hi for x in run):
                    continue  # (``हुआ है`` is no 'Hua He')
                latin = names.devanagari_person([x.group() for x in run])
                if latin is None:
                    continue
                key = _key(latin)
                canonical = self._keys[key][0][0] if key in self._keys else latin
                out.append(Mention(w.start(), run[-1].end(), text[w.start():run[-1].end()], "PERSON", canonical, "names"))
                k += n - 1
                break
            k += 1
        return out

    _NAME_TOKEN = rx.compile(r"[\p{Devanagari}\p{M}]+(?:[.-][\p{Devanagari}\p{M}]+)*\.?")
    _CUE_TAIL = rx.compile(r"[ ]+(?=\p{Devanagari})")
    _GLOSS_AFTER = rx.compile(r"\s*\([^()]{1,60}\)")
    _LATIN_GLOSS_AFTER = rx.compile(r"\s*\((?P<latin>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,2})\)")
    _FOUNDED_IN = rx.compile(r"[\s\S]*\sमें\s+")
    _NAME_LINK = rx.compile(r",\s*|\s+(?:और|व|एवं|तथा)\s+")

    def _name_token_ok(self, token: str) -> bool:
        """May this Devanagari word be part of an unknown person's name (``सोबोट्का``, ``एस.एन.``)?"""
        plain = token.rstrip(".")
        if len(plain) < 2 and "." not in token or not _is_deva(plain[:1]):
            return False
        if plain in self.not_name_hi or plain in self.org_suffixes_hi or plain in self.org_words:
            return False
        if plain in self.hindi_words:  # an everyday word, unless the name lexicon knows it (``किरण``, ``ली``)
            key = fold_devanagari(plain)
            return key in self.names.given_hi or key in self.names.surname_hi
        return True

    def _person_run(self, text: str, at: int, taken: _Cover) -> tuple[int, int] | None:
        """Two or three name words from ``at``, ending where a name may end (``ने``, ``,``, ``और``…)."""
        end, n = at, 0
        for t in self._NAME_TOKEN.finditer(text, at, min(len(text), at + 90)):
            if t.start() != end + (1 if n else 0) or (n and text[end] != " "):
                break
            if not self._name_token_ok(t.group()) or taken.overlaps(t.start(), t.end()):
                break
            end, n = t.end(), n + 1
            if n == 3:
                break
        while n >= 2:
            if self._person_after_hi.match(text, end) or self._NAME_LINK.match(text, end) or self._LATIN_GLOSS_AFTER.match(text, end):
                return at, end
            cut = text.rfind(" ", at, end)  # a shorter run may end where a name may end
            end, n = cut, n - 1
        return None

    def _titled_persons(self, text: str, known: list[Mention]) -> list[Mention]:
        """Devanagari people outside the gazetteer and the name lexicon, known by their role: after a
        title (``हरमन के सीईओ क्रिश्चियन सोबोट्का ने कहा``) or in a list of founders
        (``की स्थापना 2016 में राघु रविनुतला, जया किशोर रेड्डी और रशीद खान ने की``); spelled the English way."""
        if _DEVA_CHAR.search(text, 0, 2000) is None:
            return []
        taken = _coverage(known)
        starts: list[int] = []
        for end, n in self._person_cue_ac.iter(text):  # (Aho-Corasick: quicker than the cue pattern)
            s0 = end + 1 - n
            tail = self._CUE_TAIL.match(text, end + 1)
            if tail is not None and (s0 == 0 or text[s0 - 1] in " \t\n\r(\"'“‘-"):
                starts.append(tail.end())
        for m in self._founding_hi.finditer(text):
            stop = _sentence_end(text, m.end())
            verb = text.find(" ने ", m.end(), stop)
            if verb < 0:
                continue
            seg_start = m.end()
            year = self._FOUNDED_IN.match(text, seg_start, verb)  # ``की स्थापना 2016 में`` / ``… टोरंटो में``
            starts.append(year.end() if year else seg_start + 1)
        persons = {m.start: m.end for m in known if m.label == "PERSON"}
        # an unknown glossed name the gloss rule could only call a firm: ``वेन शुहाओ (Wen Shuhao)``
        glossed = {m.start: m for m in known if m.source == "gloss" and m.label == "ORG"
                   and m.canonical not in self.by_canonical}
        out: list[Mention] = []
        seen: set[int] = set()
        for at in starts:
            while at not in seen and at < len(text):
                seen.add(at)
                if at in persons:  # a known person inside the list: ``A, जया किशोर रेड्डी और C``
                    e = persons[at]
                elif at in glossed and len(glossed[at].canonical.split()) in (2, 3):
                    g = glossed[at]  # ``की स्थापना वेन शुहाओ (Wen Shuhao), मा जियान (Ma Jian) और …``: a person
                    out += [Mention(m.start, m.end, m.text, "PERSON", m.canonical, "title")
                            for m in known if m.source == "gloss" and m.canonical == g.canonical]
                    e = g.end
                else:
                    run = self._person_run(text, at, taken)
                    if run is None:
                        break
                    s, e = run
                    person = self._titled_person(text, s, e)
                    bracket = self._LATIN_GLOSS_AFTER.match(text, e)
                    if bracket is not None and not any(m.start < bracket.end("latin") and bracket.start("latin") < m.end
                                                       and m.canonical in self.by_canonical and m.label != "PERSON" for m in known):
                        # ``सायनदेब बनर्जी (Sayandeb Banerjee)``: the bracket spells the name, and says it is a person
                        latin = bracket.group("latin")
                        canonical = self.link(latin) or latin
                        person = Mention(s, e, person.text, "PERSON", canonical, "title")
                        out.append(Mention(bracket.start("latin"), bracket.end("latin"), latin, "PERSON", canonical, "title"))
                    out.append(person)
                bracket = self._GLOSS_AFTER.match(text, e)  # past a gloss: ``वेन शुहाओ (Wen Shuhao), …``
                link = self._NAME_LINK.match(text, bracket.end() if bracket else e)
                if link is None:
                    break
                at = link.end()  # the next name of a list: ``A, B और C ने``
        return out

    def _titled_person(self, text: str, start: int, end: int) -> Mention:
        surface = text[start:end]
        canonical = self.link(surface)
        entry = self.by_canonical.get(canonical) if canonical else None
        if entry is None or entry.label != "PERSON":
            canonical = " ".join(self._person_word(w, first=k == 0) for k, w in enumerate(surface.split()))
        return Mention(start, end, surface, "PERSON", canonical, "title")

    def _person_word(self, word: str, *, first: bool) -> str:
        """One word of a person's name the English way: the name lexicon's spelling, letter names as
        initials (``एस.एन.`` → ``S.N.``), else transliterated (``सोबोट्का`` → ``Sobotka``)."""
        if "." in word:
            letters = [next((x for f, x in self.letter_forms if f == p), p) for p in word.strip(".").split(".")]
            if all(len(x) == 1 for x in letters):
                return ".".join(letters) + "."
        if "-" in word:
            head, *rest = word.split("-")
            return "-".join([self._person_word(head, first=first)] + [transliterate(r).lower() for r in rest])
        if not first and word in self.name_particles_hi:
            return self.name_particles_hi[word]  # ``अलवलीद बिन तलाल`` → Alwaleed bin Talal
        key = fold_devanagari(word)
        names = self.names
        known = (names.given_hi.get(key) if first else None) or names.surname_hi.get(key) or names.given_hi.get(key)
        if known is not None:
            return known
        said = transliterate(word)
        # (a surname's ``िया`` is written ``ia``: ``वखारिया`` Vakharia, ``कचोलिया`` Kacholia, ``कियाकोपूलोस`` Kiakopulos)
        return said if first else _IY_BEFORE_VOWEL.sub("i", said)

    def spell_letters(self, word: str) -> str | None:
        """A Devanagari word made only of English letter names, as its acronym (``एएमडी`` → ``AMD``), or None."""
        out, i = "", 0
        while i < len(word):
            for form, letter in self.letter_forms:  # longest first: ``एफ`` before ``ए``
                if word.startswith(form, i):
                    out, i = out + letter, i + len(form)
                    break
            else:
                return None
        return out if len(out) >= 2 else None

    def latin_name(self, name: str, *, fund: bool = False) -> str:
        """The English spelling of an unknown Devanagari name, word by word: letter names are an
        acronym, type words have their English form, words that sound like English words take their
        spelling (``फ्रैक्टल`` → Fractal; more freely before ``कैपिटल``, ``वेंचर्स``: funds bear English
        words), and the rest is transliterated (``सर्वम`` → Sarvam)."""
        words = []
        for k, w in enumerate(name.split()):
            if k == 0 and w in self.name_articles_hi and " " in name:
                words.append(self.name_articles_hi[w])  # ``द मिसिंग लिंक`` → The Missing Link
                continue
            if "-" in w.strip("-"):  # ``विक्रम-1`` → Vikram-1: each part ends its own word (no schwa before the hyphen)
                words.append("-".join(p if p.isascii() else self.latin_name(p, fund=fund) for p in w.split("-")))
                continue
            latin = loanword_latin(w)
            words.append(self.org_suffixes_hi.get(w) or self.name_words_hi.get(w) or self.spell_letters(w)
                         or (english_words().word(latin) if fund else self._common_english(latin))
                         or english_words().name_word(latin) or transliterate(w))
        return " ".join(words)

    @staticmethod
    def _common_english(latin: str, *, rank: int = 5000) -> str | None:
        """An everyday English word a Hindi spelling stands for (``Edvansd`` → Advanced), else None."""
        english, _ = english_words().match(latin, cutoff=84)  # (close: ``Karza`` is no Courage)
        if english is None and len(latin) >= 3 and latin.lower() in english_words().words:
            english = latin.lower()  # a short word spelt exactly (``डीप`` Deep): too short for the sound key
        return english.capitalize() if english is not None and english_words().rank.get(english, rank) < rank else None

    _NAME_BEARING_SUFFIXES = frozenset({"Corp.", "Corp", "Corporation", "Co.", "Holdings", "Group"})
    _LEADING_DESCRIPTORS = frozenset({"Rival", "Rivals", "Competitor", "Competitors", "Peer", "Fellow", "Compatriot",
                                      "Its", "Their", "His", "Her", "Our"})
    _TRADE_NOUNS = frozenset({"Technology", "Software", "Management", "Lab"})
    _GENERIC_ACRONYMS = frozenset({"AI", "IT", "ML", "HR", "EV", "IOT", "SAAS"})
    # (a field or a country before a firm's type word: ``API मैनेजमेंट``, ``US वेंचर्स``; no name)
    _TECH_ACRONYMS = _GENERIC_ACRONYMS | {"API", "OS", "SDK", "ERP", "CRM", "B2B", "D2C", "US", "UK", "UAE", "EU", "GPU", "LLM"}  # ``एआई लैब``: a lab for AI, no name

    @staticmethod
    def _everyday_english(word: str, *, rank: int = 3000) -> bool:
        """Is this Devanagari word an everyday English word, read loosely (``परफॉर्मेंस`` performance)?"""
        latin = loanword_latin(word)
        english, _ = english_words().match(latin, min_key=2 if len(latin) >= 5 else 3)  # (``मेमोरी``: memory)
        english = english or (latin if latin.lower() in english_words().words else None)
        return english is not None and english_words().rank.get(english.lower(), rank) < rank

    def _deva_org(self, text: str, start: int, end: int, suffix: str | None, *, fund: bool = False) -> Mention:
        surface = text[start:end]
        parts = surface.split()
        head = " ".join(parts[:-1]) if suffix else surface
        english = None
        if suffix in self.english_heads:  # ``स्टेडफास्ट कैपिटल`` → ``Steadfast Capital``: funds bear English words
            words = [w if w.isascii() else english_words().word(loanword_latin(w)) for w in head.split()]
            if all(words):
                english = " ".join([*words, suffix])  # type: ignore[list-item]
                key = _key(english)
                english = self._keys[key][0][0] if key in self._keys else english
        # (an English name is not fuzzy-linked: ``रेड वेंचर्स`` is Red Ventures, not Raed Ventures)
        canonical = english or self.link(surface)
        if canonical is None and head[:1].isascii():  # ``GT एडवांस्ड टेक्नोलॉजीज़``: the Latin acronym stays as written
            rest = head.split(" ", 1)[1] if " " in head else ""
            rest_latin = " ".join((english_words().word(loanword_latin(x)) or self.latin_name(x)) for x in rest.split())
            canonical = " ".join(x for x in (head.split(" ", 1)[0], rest_latin, suffix) if x)
        if canonical is None:
            head_latin = self.latin_name(head, fund=fund or suffix in self.english_heads)
            canonical = " ".join(x for x in (head_latin, suffix) if x)
        entry = self.by_canonical.get(canonical)
        return Mention(start, end, surface, entry.label if entry else "ORG", canonical, "devanagari")

    def _repeats(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """A name found by a rule once (``नेसा ने … जुटाए``) is the same name wherever else it stands
        (``नेसा कुल 5 करोड़ डॉलर जुटा चुकी है``), though no rule fires there."""
        found = {m.text: m for m in chosen if m.source not in ("gazetteer", "surname", "homograph")
                 and len(m.text) >= 3 and m.text not in self.not_entities}
        if not found:
            return []
        taken = _coverage(chosen)
        out = []
        for surface, m in sorted(found.items()):
            for s0, e0 in _literal_hits(text, surface):
                if _boundary_ok(text, s0, e0) and not taken.overlaps(s0, e0):
                    out.append(Mention(s0, e0, surface, m.label, m.canonical, m.source))
        return out

    _DEVA_RUN = rx.compile(r"[\p{Devanagari}\p{M}]{3,}")

    def _spelt_in_devanagari(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``… जिसका नाम उन्होंने रखा - Postman`` … ``पोस्टमैन के पास पैसे कम``: a firm the text names in Latin
        letters is the same one where a Devanagari word spells it (though the word alone, a postman, is no name)."""
        if _DEVA_CHAR.search(text, 0, 2000) is None:
            return []
        keys: dict[str, tuple[str, str]] = {}
        for m in chosen:
            if m.label == "ORG" and m.text.isascii() and " " not in m.text and sum(ch.isalpha() for ch in m.text) >= 4 \
                    and not m.text.isupper():
                for latin in {m.text, m.text.replace("tion", "shion"), self._VOICED_S.sub("z", m.text)}:
                    k = _skeleton(latin)
                    if len(k) >= 3:
                        keys.setdefault(k, (m.canonical, m.label))
        if not keys:
            return []
        taken = _coverage(chosen)
        out = []
        for w in self._DEVA_RUN.finditer(text):
            word = w.group()
            if word in self.name_stop_hi or word in self.hindi_words or taken.overlaps(w.start(), w.end()) \
                    or not _boundary_ok(text, w.start(), w.end()):
                continue
            hit = keys.get(_spoken_key(word))
            if hit is not None:
                out.append(Mention(w.start(), w.end(), word, hit[1], hit[0], "gloss"))
        return out

    def _latin_spellings(self, chosen: list[Mention]) -> list[Mention]:
        """``सुजुकी ने LetsTransport में …`` … ``लेट्सट्रांसपोर्ट के संस्थापक``: a name transliterated from
        Devanagari takes the article's own Latin spelling when it sounds the same, word by word."""
        latin: dict[str, str] = {}
        for m in chosen:
            if m.text.isascii() and m.canonical.isascii() and m.label == "ORG" and not m.canonical.isupper():
                k = self._sound_of_name(m.canonical)
                if k:
                    latin.setdefault(k, m.canonical)
        if not latin:
            return chosen
        out = []
        for m in chosen:
            if m.source == "devanagari" and not m.text.isascii() and m.canonical not in self.by_canonical:
                hit = latin.get(self._sound_of_name(m.canonical))
                if hit is not None and hit != m.canonical:
                    m = Mention(m.start, m.end, m.text, m.label, hit, m.source)
            out.append(m)
        return out

    @staticmethod
    def _sound_of_name(name: str) -> str:
        keys = [_skeleton(w) for w in name.split()]
        return " ".join(keys) if all(len(k) >= 3 for k in keys) else ""

    def _short_forms(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``सेलेस्टियल एआई`` … ``सेलेस्टियल ने``, ``Hippocratic AI`` … ``Hippocratic's``: a firm named in full is
        the same firm later by its name without one or two type words (AI, Labs, Health Technologies, …)."""
        heads: dict[str, tuple[str, int]] = {}
        for m in chosen:
            words = m.text.split()
            if m.label != "ORG" or len(words) < 2 or len(words) > 4:
                continue
            for cut in (1, 2):
                if cut >= len(words) or not all(self._is_short_tail(w) for w in words[-cut:]):
                    break
                head = " ".join(words[:-cut])
                if len(head) >= 4 and (head[:1].isupper() or _is_deva(head[0])) and head not in self.hindi_words \
                        and english_words().rank.get(head.lower(), 10_000) >= 10_000 and head not in self.org_suffixes_hi:
                    if head not in heads or heads[head][0] == m.canonical:
                        heads[head] = (m.canonical, min(m.start, heads.get(head, ("", m.start))[1]))
                    else:
                        heads[head] = ("", 0)  # two firms share the head: leave it
        if not heads:
            return []
        taken = _coverage(chosen)
        out = []
        added: list[tuple[int, int]] = []  # (a longer head's hits: a shorter head does not cut into them)
        for head, (canonical, first) in sorted(heads.items(), key=lambda h: (-len(h[0]), h[0])):
            if not canonical:
                continue
            for s0, e0 in _literal_hits(text, head, first + 1):
                if _boundary_ok(text, s0, e0) and not taken.overlaps(s0, e0) \
                        and not any(a < e0 and s0 < b for a, b in added):
                    out.append(Mention(s0, e0, head, "ORG", canonical, "short"))
                    added.append((s0, e0))
        return out

    _INDIA_NEXT = rx.compile(r" (?:India|इंडिया)(?![\p{L}\p{M}\p{N}])")

    def _country_units(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``माइक्रोसॉफ्ट इंडिया``, ``Uber Eats India``: a known firm or brand with India after it is its Indian unit."""
        if "India" not in text and "इंडिया" not in text:
            return chosen
        starts = {m.start for m in chosen}
        out = []
        for m in chosen:
            unit = self._INDIA_NEXT.match(text, m.end) if m.label in ("ORG", "PRODUCT") and not m.canonical.endswith("India") else None
            if unit is not None and unit.start() + 1 not in starts:
                name = f"{m.text if m.text.isascii() else m.canonical} India"  # (``John Deere India``, as written)
                known = self._keys.get(_key(name))
                m = Mention(m.start, unit.end(), text[m.start:unit.end()], "ORG", known[0][0] if known else name, m.source)
            out.append(m)
        return out

    _BOUGHT_SOON_AFTER_HI = rx.compile(r"\)?\s*(?:का|को)\s+(?:[^\s।,]+\s+){0,5}?(?:अधिग्रहण|खरीद|ख़रीद)")

    def _business_word(self, deva: str) -> bool:
        """Is a Devanagari word an English trade word (``मैन्युफैक्चरिंग``, ``टेक``, ``फाइनेंस``)?"""
        return deva in self.org_suffixes_hi or deva in self.name_words_hi \
            or deva not in self.hindi_words and english_words().word(loanword_latin(deva)) is not None

    def _trade_word(self, deva: str) -> str:
        """The English of a trade word in a name: ``सॉल्यूशंस`` Solutions, ``मैन्युफैक्चरिंग`` Manufacturing."""
        return self.org_suffixes_hi.get(deva) or self.name_words_hi.get(deva) \
            or english_words().word(loanword_latin(deva)) or loanword_latin(deva)

    def _spells_word(self, deva: str, latin: str) -> bool:
        """Does a Devanagari word spell a Latin one: by sound (``हड़प्पा`` Harappa) or as its English word (``एजुकेशन`` Education)?"""
        if self.name_articles_hi.get(deva) == latin:
            return True  # (``द स्विच (The Switch)``: the English article, written as said)
        said = _skeleton(transliterate(deva))
        if said == _skeleton(latin) or fuzz.ratio(said, _skeleton(latin)) >= 75:
            return True
        english = self.org_suffixes_hi.get(deva) or english_words().word(loanword_latin(deva))
        return english is not None and english.lower() == latin.lower()

    _NEXT_WORD = rx.compile(r" ([\p{Devanagari}\p{M}]+)")

    def _arms_of_known(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``NEOM इन्वेस्टमेंट फंड (NIF)``: a known firm followed by fund words names its fund, a firm of its own."""
        if _DEVA_CHAR.search(text, 0, 2000) is None:
            return chosen
        starts = {m.start for m in chosen}
        out = []
        for m in chosen:
            # (a person's name too: ``रतन टाटा एंडाउमेंट फाउंडेशन`` is the Ratan Tata Endowment Foundation)
            if m.label in ("ORG", "PERSON") and m.source in ("gazetteer", "latin", "gloss", "title", "names"):
                end, english = m.end, []
                while len(english) < 3 and (w := self._NEXT_WORD.match(text, end)) is not None \
                        and w.group(1) in self.arm_words_hi and w.start(1) not in starts:
                    english.append(self.arm_words_hi[w.group(1)])
                    end = w.end()
                while english and english[-1] not in self.arm_heads:
                    english.pop()
                    end = text.rfind(" ", m.end, end)
                if english:
                    owned = m.canonical.split()[-len(english):] == english  # (``3one4 कैपिटल``: Capital is the name's own)
                    name = m.canonical if owned else f"{m.canonical} {' '.join(english)}"
                    key = _key(name)
                    canonical = self._keys[key][0][0] if key in self._keys else name
                    m = Mention(m.start, end, text[m.start:end], "ORG", canonical, m.source)
            out.append(m)
        return out

    def _is_short_tail(self, word: str) -> bool:
        return word in self.short_tails or word.replace("\u093c", "") in self.org_suffixes_hi \
            or word.replace("\u093c", "") in self.short_tails

    def _short_canonicals(self, chosen: list[Mention]) -> list[Mention]:
        """``Volpara Health Technologies`` … ``Volpara``: an unknown firm the article also calls by its short
        name is known by it, when the words it drops are corporate ones (not ``AI`` or ``Capital``)."""
        full = {m.canonical: m for m in chosen if m.source != "short"}
        rename: dict[str, str] = {}
        for m in chosen:
            if m.source != "short" or m.canonical in self.by_canonical or m.canonical in rename:
                continue
            long = full.get(m.canonical)
            if long is None:
                continue
            dropped = long.text.split()[len(m.text.split()):]
            english = [self.org_suffixes_hi.get(w.replace("\u093c", ""), w) for w in dropped]
            english = ["Health" if w == "हेल्थ" else w for w in english]
            words = m.canonical.split()
            if dropped and all(w in self.short_drop for w in english) and len(words) > len(english) \
                    and words[-len(english):] == english:
                rename[m.canonical] = " ".join(words[:-len(english)])
        if not rename:
            return chosen
        return [Mention(m.start, m.end, m.text, m.label, rename[m.canonical], m.source) if m.canonical in rename else m
                for m in chosen]

    _DEVA_ACRONYM = rx.compile(r"(?<=[\u0900-\u097F])\s*\((?P<acr>[\u0900-\u097F]{2,12})\)")
    _ACRONYM_IN_BRACKETS = rx.compile(r"\s*\((?P<acr>[A-Z]{2,6}|[A-Z]{1,3}&[A-Z]{1,3}|[\u0900-\u097F]{2,12})\)")

    def _acronyms_after_names(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``अबू धाबी ग्रोथ फंड (ADG)``, ``बैरिंग प्राइवेट इक्विटी एशिया (बीपीईए)``: an acronym in brackets after an
        organisation whose initials it spells is that organisation, there and wherever it stands later."""
        if "(" not in text:
            return []
        taken = _coverage(chosen)
        unknown = {(m.start, m.end) for m in chosen if m.source == "latin" and m.canonical not in self.by_canonical}
        strong = _coverage([m for m in chosen if (m.start, m.end) not in unknown])
        found: dict[str, tuple[str, int]] = {}
        for m in chosen:
            if m.label != "ORG" or not text.startswith(("(", " ("), m.end):
                continue
            a = self._ACRONYM_IN_BRACKETS.match(text, m.end)
            if a is None or taken.overlaps(a.start("acr"), a.end("acr")) and (
                    (a.start("acr"), a.end("acr")) not in unknown or strong.overlaps(a.start("acr"), a.end("acr"))):
                continue
            acr = a.group("acr")
            letters = acr if acr.isascii() else self.spell_letters(acr)
            if letters and _initials_fit(letters, m.canonical) and acr not in found:
                found[acr] = (m.canonical, a.start("acr"))
        out = []
        for a in self._DEVA_ACRONYM.finditer(text):
            # ``बैरिंग प्राइवेट इक्विटी एशिया (बीपीईए)``: untagged words before a Devanagari acronym that they spell
            letters = self.spell_letters(a.group("acr"))
            if not letters or a.group("acr") in found or taken.overlaps(a.start("acr"), a.end("acr")):
                continue
            named = self._named_by_acronym(text, a.start(), a.start(), letters, taken)
            if named is not None:
                s0, name = named
                out.append(Mention(s0, a.start(), text[s0:a.start()], "ORG", name, "gloss"))
                found[a.group("acr")] = (name, a.start("acr"))
        for acr, (canonical, first) in found.items():
            for s0, e0 in _literal_hits(text, acr, first):
                if _boundary_ok(text, s0, e0) and (not taken.overlaps(s0, e0) or (s0, e0) in unknown and not strong.overlaps(s0, e0)):
                    out.append(Mention(s0, e0, acr, "ORG", canonical, "gloss"))
        return out

    def _bare_surnames(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``भाविश अग्रवाल`` … ``अग्रवाल ने``: a later bare surname is the person named in full before."""
        owners, first_at = _surname_owners(chosen)
        taken = _coverage(chosen)
        out = []
        for surname, canon in owners.items():
            if len(canon) != 1:
                continue  # ``Amodei``: Dario or Daniela?
            hits = []
            for s0, e0 in _literal_hits(text, surname, first_at[surname]):
                if not _boundary_ok(text, s0, e0) or taken.overlaps(s0, e0):
                    continue
                prev = text[max(0, s0 - 30):s0].split()
                if prev and not prev[-1][-1] in "।.,;:!?\"'”’)|" and (
                        prev[-1][:1].isupper() or _is_deva(prev[-1][0]) and prev[-1] not in self.name_stop_hi):
                    hits = []  # ``डेनिएला अमोदेई``: another person bears the name; leave it untagged
                    break
                hits.append(Mention(s0, e0, surname, "PERSON", next(iter(canon)), "surname"))
            out += hits
        return out

    def _shared_surnames(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """``डारियो और डैनिएला एमोडी``: a bare given name joined to a full name sharing its surname."""
        out = []
        for m in chosen:
            if m.label != "PERSON":
                continue
            surname = m.text.split()[-1] if len(m.text.split()) >= 2 else None
            if surname is None:
                continue
            before = text[max(0, m.start - 40):m.start]
            hit = rx.search(r"(?P<given>[\p{L}\p{M}]+)\s+(?:और|and|व|एवं|&)\s+$", before)
            if not hit:
                continue
            given = hit.group("given")
            for other in self._given.get(given, []):
                if other.canonical != m.canonical and any(a.split()[-1] == surname for a in other.aliases if len(a.split()) >= 2):
                    s = m.start - len(before) + hit.start("given")
                    out.append(Mention(s, s + len(given), given, "PERSON", other.canonical, "surname"))
                    break
        return out

    # linking --------------------------------------------------------------------------
    def link(self, name: str) -> str | None:
        """Canonical name of an unknown surface form, by exact, variant or fuzzy match.

        >>> EntityMatcher().link("माइक्रोसाफ़्ट")
        'Microsoft'
        """
        key = _key(" ".join(name.split()))
        if key in self._keys:
            return self._keys[key][0][0]
        if len(key) < 4 or not self._fuzzy_keys:
            return None
        probe = _exact_key(" ".join(name.split())).lower()  # (the fuzzy keys keep their vowels as written)
        cache = self.__dict__.setdefault("_link_cache", {})  # fuzzy search is the slow part
        if probe not in cache:
            if len(cache) >= 65536:
                cache.clear()
            cache[probe] = self._fuzzy_link(name, probe)
        return cache[probe]

    _LEGAL_SHORT = {"corporation": "corp", "incorporated": "inc", "limited": "ltd", "company": "co"}

    def _squash(self, name: str) -> str:
        """A Latin name lower-cased without spaces and punctuation, its legal form shortened:
        ``C.E. Info Systems Corporation`` → ``ceinfosystemscorp``."""
        words = regex.findall(r"[\p{L}\p{N}]+", name.lower())
        return "".join(self._LEGAL_SHORT.get(w, w) for w in words)

    def _squashed_link(self, probe: str) -> str | None:
        """The one canonical an ASCII name squashes to, as written or without its legal form
        (``Sanmina Corporation`` → ``Sanmina``); a bare name never takes on a legal form (``Switch`` is no ``Switch Inc``)."""
        if not hasattr(self, "_squashed"):
            found: dict[str, set[str]] = {}
            for key, canonical in zip(self._fuzzy_keys, self._fuzzy_canon):
                if key.isascii() and len(squashed := self._squash(key)) >= 4:
                    found.setdefault(squashed, set()).add(canonical)
            self._squashed = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
        return self._squashed.get(self._squash(probe)) or self._squashed.get(self._squash(self._legal_tail.sub("", probe)))

    def _fuzzy_link(self, name: str, probe: str) -> str | None:
        if not hasattr(self, "_latin_keys"):
            # an ASCII probe can reach the cut-off only against ASCII keys, any other only against the rest
            self._latin_idx = [i for i, k in enumerate(self._fuzzy_keys) if k.isascii()]
            self._latin_keys = [self._fuzzy_keys[i] for i in self._latin_idx]
            self._other_idx = [i for i, k in enumerate(self._fuzzy_keys) if not k.isascii()]
            self._other_keys = [self._fuzzy_keys[i] for i in self._other_idx]
            self._by_length = {id(k): _LengthIndex(k) for k in (self._latin_keys, self._other_keys, self._fuzzy_keys)}
        if probe.isascii():
            idx, keys = self._latin_idx, self._latin_keys
        elif not any(ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f" for ch in probe):
            idx, keys = self._other_idx, self._other_keys  # Devanagari (no Latin letter to share with ASCII keys)
        else:
            idx, keys = range(len(self._fuzzy_keys)), self._fuzzy_keys  # ``aglaé ventures``: every key
        if probe.isascii():
            # a name written in Latin letters is the firm's own spelling: ``Read AI`` is no ``Rad AI``,
            # ``Linse Capital`` no ``Linear Capital``; it may differ from an alias only in spacing,
            # punctuation and legal form (``C.E. Info Systems``, ``Sanmina Corporation``)
            return self._squashed_link(probe)
        for _, _, i in self._by_length[id(keys)].extract(probe, self.fuzzy_threshold):
            if (keys[i][:1] == probe[:1] or not probe[:1].isascii() and not _tail_of(probe, keys[i])) \
                    and self._alike(probe, keys[i]):
                return self._fuzzy_canon[idx[i]]  # a Latin name keeps its first letter (``Sana`` is no Asana)
        if any(_is_deva(ch) for ch in name):
            # ``साउंड वेंचर्स`` → ``Saund Ventures`` ≈ ``Sound Ventures``: compare in Latin script
            # ``सैम्बानोवा सिस्टम्स`` → ``saimbanova systems``: type words in their English form
            if all(w in self.org_suffixes_hi for w in name.split()):
                return None  # ``वेंचर्स`` alone names nobody
            probe_latin = " ".join(self.org_suffixes_hi.get(w) or transliterate(w) for w in name.split()).lower()
            if len(probe_latin) < 6:
                return None  # ``दौड़`` → ``Daur`` ≈ ``Dabur``: too short to tell a name from a word
            for _, _, i in self._by_length[id(self._latin_keys)].extract(probe_latin, self.fuzzy_threshold):
                if self._alike(probe_latin, self._latin_keys[i]):
                    return self._fuzzy_canon[self._latin_idx[i]]
        return None

    def _is_type_word(self, word: str) -> bool:
        """``कैपिटल``, ``capital``, ``सेमीकंडक्टर``: a word many firms' names end in."""
        if not hasattr(self, "_type_words"):
            self._type_words = frozenset(_key(w) for w in self.org_suffixes_hi) | frozenset(
                w.lower() for v in self.org_suffixes_hi.values() for w in v.split())
        return _key(word) in self._type_words

    def _alike(self, probe: str, key: str) -> bool:
        """Whether a fuzzy hit also holds on the words that tell the names apart: ``स्टोनब्रिज कैपिटल`` is no
        ``वेस्टब्रिज कैपिटल`` (``Capital`` shared), ``सेमीकंडक्टर`` no ``ऑन सेमीकंडक्टर``."""
        p, k = probe.split(), key.split()
        while p and k and p[-1] == k[-1] and self._is_type_word(p[-1]):
            p, k = p[:-1], k[:-1]
        if not p or not k:
            return False
        return len(p) == len(probe.split()) or fuzz.ratio(" ".join(p), " ".join(k)) >= self.fuzzy_threshold


class _LengthIndex:
    """Fuzzy keys sorted by length: ``fuzz.ratio`` reaches a cut-off ``t`` only between strings whose lengths
    differ by less than the ratio ``t / (200 - t)``, so only that slice is scored (same hits, in the same order,
    as :func:`rapidfuzz.process.extract` over every key)."""

    def __init__(self, keys: list[str]) -> None:
        self.order = sorted(range(len(keys)), key=lambda i: (len(keys[i]), i))
        self.keys = [keys[i] for i in self.order]
        self.lengths = [len(k) for k in self.keys]

    def extract(self, probe: str, cutoff: float, *, limit: int = 5) -> list[tuple[str, float, int]]:
        """The ``limit`` best keys scoring at least ``cutoff``: (key, score, index in the original list)."""
        n = len(probe)
        lo = bisect.bisect_left(self.lengths, n * cutoff / (200 - cutoff) - 1e-9)
        hi = bisect.bisect_right(self.lengths, n * (200 - cutoff) / cutoff + 1e-9)
        hits = [(k, score, self.order[lo + i])
                for k, score, i in process.extract(probe, self.keys[lo:hi], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)]
        hits.sort(key=lambda h: (-h[1], h[2]))  # (ties in the order of the original list, as ``extract`` gives them)
        return hits[:limit]


class _Keys(Mapping):
    """The compiled gazetteer: each lower-cased alias form → ``[(canonical, case_sensitive, form)]``,
    in flat arrays beside an Aho-Corasick automaton whose value for a key is its index (quick to
    save and load: see :func:`_load_compiled`)."""

    def __init__(self, automaton: Any, keys: list[str], canon: list[str], first: array.array,
                 ent_canon: array.array, ent_cs: bytes, ent_form: list[str]) -> None:
        self.automaton, self.keys, self.canon, self.first = automaton, keys, canon, first
        self.ent_canon, self.ent_cs, self.ent_form = ent_canon, ent_cs, ent_form

    @classmethod
    def build(cls, d: dict[str, list[tuple[str, bool, str]]]) -> "_Keys":
        """From the dict :meth:`EntityMatcher._add` fills (its order kept)."""
        keys = list(d)
        canon = sorted({c for v in d.values() for c, _, _ in v})
        at = {c: i for i, c in enumerate(canon)}
        first, ent_canon, ent_form = array.array("i", [0]), array.array("i"), []
        ent_cs = bytearray()
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for i, key in enumerate(keys):
            for c, cs, f in d[key]:
                ent_canon.append(at[c])
                ent_cs.append(cs)
                ent_form.append(f)
            first.append(len(ent_form))
            automaton.add_word(key, i)
        if keys:
            automaton.make_automaton()
        return cls(automaton, keys, canon, first, ent_canon, bytes(ent_cs), ent_form)

    def __getitem__(self, key: str) -> list[tuple[str, bool, str]]:
        i = self.automaton.get(key, -1) if isinstance(key, str) else -1
        if i < 0:
            raise KeyError(key)
        return [(self.canon[self.ent_canon[j]], bool(self.ent_cs[j]), self.ent_form[j])
                for j in range(self.first[i], self.first[i + 1])]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.automaton.get(key, -1) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)


_CACHE_VERSION = 5


def _cache_file(c: dict[str, Any]) -> Path | None:
    """Where the compiled default gazetteer is cached, named by the hash of everything it is made
    from (gazetteer, cue data, this module's code, the Python and pyahocorasick that wrote it).
    ``SAUDA_CACHE_DIR`` chooses the folder (default ``build/cache``); ``SAUDA_CACHE_DIR=""`` turns it off."""
    folder = paths.cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256()
    for part in (paths.GAZETTEER.read_bytes(), json.dumps(c, sort_keys=True).encode(),
                 Path(__file__).read_bytes(), sys.version.encode(), unicodedata.unidata_version.encode(),
                 getattr(ahocorasick, "__version__", "").encode(), str(_CACHE_VERSION).encode()):
        h.update(hashlib.sha256(part).digest())
    return folder / f"gazetteer-{h.hexdigest()[:24]}.bin"


def _write_automaton(path: Path, automaton: "ahocorasick.Automaton") -> None:
    """Write an automaton of ints as the state its ``__reduce__`` gives (its node bytes and a few ints), as
    plain data: a JSON header line, then the byte chunks. Reading that back is 6× faster than ``ahocorasick.load``."""
    state = automaton.__reduce__()[1]
    chunks, ints, values = state[0], state[1:-1], state[-1]
    if values is not None or not all(isinstance(c, bytes) for c in chunks) or not all(isinstance(i, int) for i in ints):
        raise ValueError("only an automaton of ints is written")
    with open(path, "wb") as fh:
        fh.write(json.dumps({"ints": list(ints), "chunks": [len(c) for c in chunks]}).encode() + b"\n")
        for c in chunks:
            fh.write(c)


def _read_automaton(path: Path) -> "ahocorasick.Automaton":
    """The automaton :func:`_write_automaton` wrote (bytes and ints into its constructor; nothing executes)."""
    with open(path, "rb") as fh:
        header = json.loads(fh.readline())
        chunks = [fh.read(n) for n in header["chunks"]]
    if any(len(c) != n for c, n in zip(chunks, header["chunks"])) or not all(isinstance(i, int) for i in header["ints"]):
        raise ValueError("truncated or foreign automaton")
    return ahocorasick.Automaton(chunks, *header["ints"], None)


_SECTIONS = ("keys", "canon", "first", "ent_canon", "ent_cs", "forms", "meta")


def _load_compiled(path: Path) -> tuple[_Keys, dict[str, list[Entry]], list[str], list[str]] | None:
    """The cached compiled gazetteer (plain bytes, text and JSON: nothing in it executes), or
    ``None`` if it is missing, unreadable or inconsistent."""
    try:
        with open(path, "rb") as fh:
            header = json.loads(fh.readline())
            sizes = header["sections"]
            raw = {name: fh.read(sizes[name]) for name in _SECTIONS}
        if header.get("version") != _CACHE_VERSION or any(len(raw[n]) != sizes[n] for n in _SECTIONS):
            return None
        automaton = _read_automaton(path.with_suffix(".aho"))
        keys = raw["keys"].decode("utf-8", "surrogatepass").split("\x00")
        canon = raw["canon"].decode("utf-8", "surrogatepass").split("\x00")
        forms = raw["forms"].decode("utf-8", "surrogatepass").split("\x00")
        first, ent_canon = array.array("i"), array.array("i")
        first.frombytes(raw["first"])
        ent_canon.frombytes(raw["ent_canon"])
        meta = json.loads(raw["meta"])
        if not (len(first) == len(keys) + 1 == len(automaton) + 1 and first[-1] == len(forms) == len(ent_canon)
                == len(raw["ent_cs"])):
            return None
        return (_Keys(automaton, keys, canon, first, ent_canon, raw["ent_cs"], forms), meta["given"],
                meta["fuzzy_keys"], meta["fuzzy_canon"])
    except Exception:  # a missing, truncated or foreign file: compile again
        return None


def _save_compiled(path: Path, k: _Keys, given: dict[str, list[Entry]], fuzzy_keys: list[str],
                   fuzzy_canon: list[str]) -> None:
    """Write the compiled gazetteer (automaton beside it, ``.aho``); a read-only place just means no cache."""
    texts = (k.keys, k.canon, k.ent_form)
    if any("\x00" in t for seq in texts for t in seq):
        return
    raw = {"keys": "\x00".join(k.keys).encode("utf-8", "surrogatepass"),
           "canon": "\x00".join(k.canon).encode("utf-8", "surrogatepass"),
           "first": k.first.tobytes(), "ent_canon": k.ent_canon.tobytes(), "ent_cs": bytes(k.ent_cs),
           "forms": "\x00".join(k.ent_form).encode("utf-8", "surrogatepass"),
           "meta": json.dumps({"given": {name: [[e.canonical, e.label, e.kind, e.parent, list(e.aliases)]
                                                for e in es] for name, es in given.items()},
                               "fuzzy_keys": fuzzy_keys, "fuzzy_canon": fuzzy_canon}, ensure_ascii=False).encode()}
    header = json.dumps({"version": _CACHE_VERSION, "sections": {n: len(raw[n]) for n in _SECTIONS}}).encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp_aho = path.with_name(f".{path.name}.{os.getpid()}.aho.tmp")
        _write_automaton(tmp_aho, k.automaton)
        with open(tmp, "wb") as fh:
            fh.write(header + b"\n")
            for n in _SECTIONS:
                fh.write(raw[n])
        os.replace(tmp_aho, path.with_suffix(".aho"))
        os.replace(tmp, path)  # last: the header file says the pair is complete
        _prune_caches(path, keep=3)
    except (OSError, ValueError):  # a read-only place, or an automaton of objects: no cache
        pass


def _prune_caches(path: Path, *, keep: int) -> None:
    """Delete all but the ``keep`` newest compiled gazetteers beside ``path`` (each edit of the data or
    code writes a new one of some 60 MB; a process that has one open keeps reading it)."""
    pairs = sorted(path.parent.glob("gazetteer-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in pairs[keep:]:
        for f in (old, old.with_suffix(".aho")):
            try:
                f.unlink()
            except OSError:
                pass


def _unify_unknown(mentions: list[Mention], known: dict[str, Entry], endings: Iterable[str] = ("AI",),
                   holding: frozenset[str] = frozenset()) -> list[Mention]:
    """``वाणीसेतु`` in the headline, ``वाणीसेतु AI`` in the body: one unknown name, the longer form (when the
    word it adds is a name ending: ``Daimler Trucks`` is a unit of Daimler, not Daimler); the shorter one when
    that word only says how the firm is held (``PowerSchool Holdings`` … ``PowerSchool``)."""
    names = {m.canonical for m in mentions}
    labels: dict[str, set[str]] = {}
    for m in mentions:
        labels.setdefault(m.canonical, set()).add(m.label)
    longer: dict[str, str] = {}
    for c in names:
        if c in known:
            continue
        # (of the same kind: the firm ``Rasa`` is not its product ``Rasa Pro``)
        ext = sorted(n for n in names if n.startswith(c + " ") and len(n.split()) == len(c.split()) + 1
                     and labels[n] == labels[c] and n.rsplit(" ", 1)[1] in endings)
        if len(ext) == 1 and ext[0].rsplit(" ", 1)[1] in holding:
            longer[ext[0]] = c
        elif len(ext) == 1:
            longer[c] = ext[0]
    if not longer:
        return mentions
    return [Mention(m.start, m.end, m.text, m.label, longer[m.canonical], m.source) if m.canonical in longer else m
            for m in mentions]


def _spelling_key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def text_casing(mentions: list[Mention], known: Mapping[str, Entry]) -> dict[str, str]:
    """Known names that the text writes only in another casing inside its words or with other dots and
    spaces, to the text's form (``Nvidia`` where the gazetteer has ``NVIDIA``, ``Samsung NEXT``,
    ``U.S. Department of Commerce``); not an acronym the gazetteer spells out (``Sebi``
    stays ``SEBI``), a word's first letter (``Tata group``), an all-capital headline's (``NVIDIA INVESTS``)
    nor a lower-case one. The stages work with the gazetteer's names; the output takes these."""
    forms: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.text.isascii() and m.text != m.canonical and _spelling_key(m.text) == _spelling_key(m.canonical):
            forms.setdefault(m.canonical, Counter())[m.text] += 1
    recased = {}
    for canonical, seen in forms.items():
        if any(m.text == canonical for m in mentions):
            continue
        e = known.get(canonical)
        if e is None or canonical.isupper() and any(_abbreviates(canonical, a) for a in e.aliases if " " in a):
            continue
        heads = [w[:1] for w in canonical.split()]
        capitals = [ch for ch in canonical if ch.isupper()]
        usable = [(n, f) for f, n in seen.items() if not f.islower() and not (f.isupper() and not canonical.isupper())
                  and ([w[:1] for w in f.split()] == heads if len(f.split()) == len(heads)
                       else [ch for ch in f if ch.isupper()] == capitals)]
        if usable:
            recased[canonical] = max(usable)[1]
    return recased


def text_full_naming(mentions: list[Mention], known: Mapping[str, Entry]) -> dict[str, str]:
    """Known names that the article writes only longer by fund words (``Magnetar Capital`` for Magnetar,
    ``मैग्नेटार कैपिटल`` when the gazetteer has that English alias) or by their owner's name (``Microsoft
    Azure``, ``माइक्रोसॉफ्ट एज्योर`` for Azure), to the article's longest such form;
    trade words added (``Cerebras Systems``) leave the name as it is. The stages work with the
    gazetteer's names; the output takes these."""
    fund_words = frozenset(cues()["short_name_tails"]["fund_words_en"])
    tails_hi = {w: e for w, e in cues()["org_suffixes_hi"]["words"].items() if e in fund_words}
    forms: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.source != "gazetteer" or m.text == m.canonical:
            continue
        a, b = m.text.split(), m.canonical.split()
        if not m.text.isascii():  # ``मैग्नेटार कैपिटल``: the English alias with that last word
            tail = tails_hi.get(a[-1])
            full = f"{m.canonical} {tail}"
            if tail is not None and b[-1] != tail and m.canonical in known and full in known[m.canonical].aliases:
                forms.setdefault(m.canonical, Counter())[full] += 1
        elif len(a) > len(b) and a[:len(b)] == b and set(a[len(b):]) <= fund_words:
            forms.setdefault(m.canonical, Counter())[m.text] += 1
        if (e := known.get(m.canonical)) is not None and e.label == "PRODUCT" and e.parent \
                and (owned := f"{e.parent} {m.canonical}") in e.aliases and len(a) == len(owned.split()) \
                and (m.text == owned or not m.text.isascii() and e.parent in known and a[0] in known[e.parent].aliases):
            forms.setdefault(m.canonical, Counter())[owned] += 1  # ``Microsoft Azure``, ``माइक्रोसॉफ्ट एज्योर``
    named = {m.canonical for m in mentions if m.text == m.canonical}
    return {canonical: max(seen, key=lambda f: (len(f.split()), seen[f], f))
            for canonical, seen in forms.items() if canonical not in named and canonical in known}


def _tail_of(a: str, b: str) -> bool:
    """Is one Devanagari name the other's end, a syllable short at the front (``नज़ारा`` and ``ज़ारा``)?"""
    x, y = fold_devanagari(a), fold_devanagari(b)
    return x != y and (x.endswith(y) or y.endswith(x))


def _digits_of(word: str) -> str:
    """The digits of a word, Devanagari ones as ASCII (``ई2ई`` → ``2``)."""
    return "".join(str(unicodedata.digit(c)) for c in word if c.isdigit())


def _mixed_script_forms(aliases: Iterable[str]) -> set[str]:
    """Names written half in Latin, half in Devanagari (``Morgan स्टैनली``), word by word."""
    latin = [a.split() for a in aliases if a.isascii() and 2 <= len(a.split()) <= 3]
    deva = [a.split() for a in aliases if all(_is_deva(w[0]) for w in a.split()) and 2 <= len(a.split()) <= 3]
    out: set[str] = set()
    for la in latin:
        for dv in deva:
            if len(la) != len(dv):
                continue
            sims = [100.0 if _digits_of(w) and _digits_of(w) == _digits_of(d) else fuzz.ratio(transliterate(d).lower(), w.lower())
                    for w, d in zip(la, dv)]
            if min(sims) < 40 or sum(sims) < 55 * len(sims):
                continue  # word by word the same name (``Morgan``/``मॉर्गन``, ``E2E``/``ई2ई``), not ``Gemini 3``/``गूगल जेमिनी``
            for k in range(1, len(la)):
                out.add(" ".join(la[:k] + dv[k:]))
                out.add(" ".join(dv[:k] + la[k:]))
    return out


class _Cover:
    """The characters some mentions cover, as sorted disjoint intervals: ``i in cover`` and
    ``cover.overlaps(start, end)`` in a bisection, not a set of every covered offset."""

    __slots__ = ("starts", "ends")

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in sorted((m.start, m.end) for m in mentions if m.end > m.start):
            if self.ends and s <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], e)
            else:
                self.starts.append(s)
                self.ends.append(e)

    def __contains__(self, i: int) -> bool:
        k = bisect.bisect_right(self.starts, i) - 1
        return k >= 0 and i < self.ends[k]

    def overlaps(self, start: int, end: int) -> bool:
        """Is any offset of ``[start, end)`` covered?"""
        k = bisect.bisect_right(self.ends, start)
        return start < end and k < len(self.starts) and self.starts[k] < end


def _coverage(mentions: list[Mention]) -> _Cover:
    return _Cover(mentions)


def _literal_hits(text: str, needle: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Every occurrence of a literal string from ``start``, left to right and not overlapping, as
    ``regex.finditer(regex.escape(needle))`` gives them, without compiling a pattern per name."""
    n = len(needle)
    at = text.find(needle, start) if n else -1
    while at >= 0:
        yield at, at + n
        at = text.find(needle, at + n)


def _longest_first(cands: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, longer spans first, then earlier ones."""
    chosen: list[Mention] = []
    starts: list[int] = []  # the chosen spans, sorted and disjoint
    ends: list[int] = []
    for m in sorted(cands, key=lambda m: (-(m.end - m.start), m.start)):
        if m.end > m.start:
            i = bisect.bisect_right(starts, m.start)
            if i and ends[i - 1] > m.start or i < len(starts) and starts[i] < m.end:
                continue  # overlaps a chosen span
            starts.insert(i, m.start)
            ends.insert(i, m.end)
        chosen.append(m)
    return chosen


_SOFT_C = re.compile(r"(?<!c)c(?=[eiy])")
# ``S. N. Subrahmanyan`` is written ``S.N. Subrahmanyan``: initials run together, as most bylines write them
_TIGHT_INITIALS = re.compile(r"(?<=\b[A-Z]\.) (?=[A-Z]\.)")


@lru_cache(maxsize=1 << 16)
def _spoken_key(word: str) -> str:
    """The sound key of a Devanagari word read aloud (cached: a corpus repeats its words)."""
    return _skeleton(transliterate(word))


def _skeleton(name: str) -> str:
    """A rough sound key of a Latin name (consonants, first letter kept): ``Instinkt`` = ``Instinct``."""
    s = name.lower()
    s = _SOFT_C.sub("s", s.replace("cce", "kse").replace("cci", "ksi"))  # (``Ciena`` is ``सिएना``)
    for a, b in (("ph", "f"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("bh", "b"), ("kh", "k"), ("gh", "g"),
                 ("dge", "j"), ("ck", "k"), ("ch", "c"), ("x", "ks"), ("q", "k"), ("c", "k"), ("w", "v"), ("z", "j")):
        s = s.replace(a, b)
    s = "".join(ch for ch in s if "a" <= ch <= "z")
    rest = "".join(ch for ch in s[1:] if ch not in "aeiouy")
    out = s[:1]
    for ch in rest:
        if not out or out[-1] != ch:
            out += ch
    return out


_ASPIRABLE = frozenset("kgcjṭḍtdpb")


def _keeps_final_schwa(word: str) -> bool:
    """After some clusters the final ``a`` is spoken: ``अनिंद्य`` Anindya, ``मिश्र`` Mishra, ``गुप्त``
    Gupta, ``दत्त`` Datta, ``शुक्ल`` Shukla (but ``पार्क`` is Park and ``वेंचर्स`` Ventures)."""
    body = word[:-1]
    last = body[-2:] if len(body) >= 2 and body[-1] == "h" and body[-2] in _ASPIRABLE else body[-1:]
    before = body[:-len(last)][-1:]
    if not before or before in "aāiīuūeoṛṃ":
        return False
    return last in ("y", "r", "v") or before == last[0] or body.endswith(("pt", "kl"))


_IAST_UNIT = rx.compile(r"(?:[kgcjṭḍtdpb]h|ai|au|.)\p{M}*", regex.DOTALL)  # (``r̤`` of ड़ is one)


def _surname_owners(chosen: list[Mention]) -> tuple[dict[str, set[str]], dict[str, int]]:
    """The people a surname names (``अग्रवाल`` → {Bhavish Aggarwal}) and where its first full name ends."""
    owners: dict[str, set[str]] = {}
    first_end: dict[str, int] = {}
    for m in chosen:
        parts = m.text.split()
        if m.label == "PERSON" and len(parts) >= 2 and len(parts[-1]) >= 3:
            owners.setdefault(parts[-1], set()).add(m.canonical)
            first_end[parts[-1]] = min(first_end.get(parts[-1], m.end), m.end)
    return owners, first_end


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends: ``।`` (or ``|`` typed for it), ``. ``, a line break, or the text's end."""
    ends = [i for i in (text.find("।", at), text.find("|", at), text.find(". ", at), text.find("\n", at)) if i != -1]
    return min(ends) if ends else len(text)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, by the same marks as :func:`_sentence_end`."""
    return max(text.rfind("।", 0, at), text.rfind("|", 0, at), text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def _initials_fit(acronym: str, name: str) -> bool:
    """Do the capitals of ``acronym`` start the words of ``name``, in order, a legal suffix allowed
    after them (``REIL``: Reliance Enterprise Intelligence Limited)?"""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha() and w not in ("of", "and", "for", "the")]
    letters = "".join(w[0].upper() for w in words)
    acronym = acronym.replace("&", "")  # (``Weights & Biases (W&B)``)
    return letters == acronym or letters + "L" == acronym or letters + "I" == acronym or (
        len(acronym) >= 3 and letters.startswith(acronym))


def plain_names(known: Mapping[str, Entry]) -> dict[str, str]:
    """Known firms' names without their legal form (``Snap Inc.`` → ``Snap``), when no other firm has the shorter name."""
    forms = frozenset(cues()["dropped_legal_forms"]["words"])
    out = {}
    for canonical in known:
        words = canonical.split()
        if len(words) >= 2 and words[-1] in forms and " ".join(words[:-1]) not in known:
            out[canonical] = " ".join(words[:-1])
    return out


def text_naming(mentions: list[Mention], known: Mapping[str, Entry]) -> dict[str, str]:
    """Known names that the article writes only shorter by whole words, to the article's longest such form
    (``Square Peg`` for ``Square Peg Capital``, ``Lightspeed`` for ``Lightspeed Venture Partners``); not a
    university's (``Stanford``). The stages work with the gazetteer's names; the output takes these."""
    keep_full = frozenset(cues()["short_name_tails"]["kept_in_canonical"])
    forms: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.source != "gazetteer" or not m.text.isascii() or m.text == m.canonical:
            continue
        a, b = m.text.split(), m.canonical.split()
        n = min(len(a), len(b))
        if a[:n] == b[:n] and len(a) < len(b) and not keep_full & set(b[n:]):
            forms.setdefault(m.canonical, Counter())[m.text] += 1
    renamed = {}
    for canonical, seen in forms.items():
        if any(m.text == canonical for m in mentions):
            continue
        renamed[canonical] = max(seen, key=lambda f: (len(f.split()), seen[f], f))
    return renamed


def _abbreviates(acronym: str, name: str) -> bool:
    """Is ``acronym`` made of the first letters of ``name``'s words, one or more from each word, in order,
    the small words free (``NABARD``: NAtional Bank for Agriculture and Rural Development)?"""
    words = [w.upper() for w in name.replace("-", " ").split() if w[:1].isalpha()]
    small = {"OF", "AND", "FOR", "THE", "&"}

    @lru_cache(maxsize=None)
    def fit(i: int, k: int) -> bool:
        if k == len(acronym):
            return all(w in small for w in words[i:])
        if i == len(words):
            return False
        w = words[i]
        if w in small and fit(i + 1, k):
            return True
        n = 0
        while n < len(w) and k + n < len(acronym) and w[n] == acronym[k + n]:
            n += 1
            if fit(i + 1, k + n):
                return True
        return False
    return fit(0, 0)


def _schwa_delete(word: str) -> str:
    """Hindi schwa deletion on an IAST word: the final ``a`` and a medial ``a`` in V C _ C V go silent."""
    chars = _IAST_UNIT.findall(word)  # one unit per sound: ``ph``, ``ai`` (``प्लेटफॉर्म``: ple-ṭ-a-ph-o-rm)
    vowels = {*"aāiīuūeoṛ", "ai", "au"}
    if len(chars) > 2 and chars[-1] == "a" and chars[-2] not in vowels and not _keeps_final_schwa(word):
        chars.pop()
    # right to left, one medial schwa at a time, never in the first syllable (nor after a cluster, but for the
    # English x: ``एक्सचेंज`` is Ekschenj); before a written cluster
    # too (``परप्लेक्सिटी``, ``अपस्टॉक्स``), never before one that a deletion made (``सुपरमेवन``)
    gone = [False] * len(chars)
    i = len(chars) - 3
    while i >= 2:
        if chars[i] == "a" and chars[i - 1] not in vowels and (chars[i - 2] in vowels or chars[i - 1] == "s" and i >= 3
                                                                 and chars[i - 2] == "k" and chars[i - 3] in vowels) \
                and i + 2 < len(chars) and chars[i + 1] not in vowels and chars[i + 1] not in "ṃṁḥ" and not gone[i + 2] and (
                    chars[i + 2] in vowels or i + 3 < len(chars) and chars[i + 2] not in vowels
                    and chars[i + 3] in vowels and not gone[i + 3] and chars[i + 1] != chars[i + 2]
                    and chars[i + 1] != "r"):  # (a schwa before a reph stays: ``पटवर्धन`` is Patwardhan)
            gone[i] = True
            i -= 2
            continue
        i -= 1
    chars = [c for c, g in zip(chars, gone) if not g]
    return "".join(chars)


_IY_BEFORE_VOWEL = rx.compile(r"(?<=\w)iy(?=[aeou])")
_W_AFTER_CONSONANT = rx.compile(r"(?<=[bcdghjklmpsṭḍṇ]|sh)v(?=[aāiīuūeo])")


@lru_cache(maxsize=4096)
def transliterate(name: str, *, long_vowels: bool = False) -> str:
    """A readable Latin form of a Devanagari name (``नवयान`` → ``Navyan``, ``लिपिका`` → ``Lipika``);
    ``long_vowels`` keeps ``ī``/``ū`` as ``ee``/``oo``, as English loanwords spell them (``ग्रीन`` → ``Green``)."""
    if not any(_is_deva(ch) for ch in name):
        return name
    from indic_transliteration import sanscript

    name = name.replace("ॉ", "ो").replace("ऑ", "ओ").replace("ॅ", "े").replace("ऍ", "ए")
    iast = sanscript.transliterate(name, sanscript.DEVANAGARI, sanscript.IAST)
    words = []
    for w in iast.split():
        w = _schwa_delete(w)
        w = rx.sub(r"ṃ(?=[pbm])", "m", w).replace("ṃ", "n").replace("ṛ", "ri")  # homorganic nasal
        w = rx.sub(r"ch?", lambda m: "chh" if len(m.group()) == 2 else "ch", w)  # IAST c = च, ch = छ
        w = w.replace("ś", "sh").replace("ṣ", "sh").replace("ph", "f")  # फ is f in the names of today
        w = _W_AFTER_CONSONANT.sub("w", w)  # (``स्वामी`` Swami, ``उज्ज्वल`` Ujjwal, ``ऐश्वर्या`` Aishwarya: व in a cluster is w)
        if long_vowels:  # (``ाइ`` as ``aai``: the diphthong of ``ब्राइट`` bright, not the ``ै`` of ``बैंक`` bank)
            w = w.replace("ī", "ee").replace("ū", "oo").replace("āi", "aai")
        plain = unicodedata.normalize("NFKD", w)
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        words.append("-".join(p[:1].upper() + p[1:] for p in plain.split("-")))  # (``लोको-डोनू`` → Loko-Donu)
    return " ".join(words)


@lru_cache(maxsize=1)
def territory_names() -> tuple[frozenset[str], frozenset[str]]:
    """CLDR's country and territory names (Babel): the one-word Hindi ones, nukta written either way
    (``थाईलैंड``, ``ब्राज़ील``/``ब्राजील``), and the English ones (``Thailand``, ``New Zealand``)."""
    from babel import Locale

    hindi: set[str] = set()
    for name in Locale("hi").territories.values():
        if " " not in name and "(" not in name and all(_is_deva(ch) for ch in name):
            name = unicodedata.normalize("NFC", name)
            hindi |= {name, name.replace(_NUKTA, "")}
    english = {name for name in Locale("en").territories.values() if name.replace(" ", "").replace("-", "").isalpha()}
    return frozenset(hindi), frozenset(english)


def loanword_latin(word: str) -> str:
    """A Devanagari English loanword in Latin letters, long vowels kept (``ग्रीन`` → ``Green``), to look
    it up among English words."""
    return transliterate(word, long_vowels=True)


@lru_cache(maxsize=1)
def default_matcher() -> EntityMatcher:
    """The matcher built from the project's gazetteer (built once per process)."""
    return EntityMatcher()


def tag(text: str) -> list[Mention]:
    """Entity mentions in ``text`` (normalised first if needed)."""
    return default_matcher()(normalise(text).text)
