"""Stage 1, parsing: normalisation with an offset map, sentences, language.

Everything downstream works on :class:`Normalised.text`; every span it finds is mapped
back to the raw text with :meth:`Normalised.to_raw`, so ``raw[start:end]`` is what the
article really says.
"""

from __future__ import annotations

import json
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from utils import paths

DEVANAGARI_DIGITS = "०१२३४५६७८९"


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue data of this stage (`data/cues/text.json`)."""
    with open(paths.CUES / "text.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, int | None], dict[int, str], "regex.Pattern[str]"]:
    """Translation tables: one that maps and deletes, one that only maps 1:1, and a finder."""
    data = cues()
    one_to_one: dict[int, str] = {ord(c): " " for c in data["space_chars"]}
    for i, d in enumerate(DEVANAGARI_DIGITS):
        one_to_one[ord(d)] = str(i)
    for cp in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)):
        if chr(cp) not in "\n\r" and cp not in one_to_one:
            one_to_one[cp] = " "
    full: dict[int, int | None] = {k: ord(v) for k, v in one_to_one.items()}
    for c in data["remove_chars"]:
        full[ord(c)] = None
    special = "".join(regex.escape(chr(k)) for k in sorted(full))
    return full, one_to_one, regex.compile(f"[{special}]")


@dataclass(frozen=True, slots=True)
class Normalised:
    """A normalised copy of a raw text with the map back to raw offsets.

    ``starts[i]``/``ends[i]`` give the raw span of normalised character ``i``;
    both are ``None`` when the two texts are aligned one to one.
    """

    raw: str
    text: str
    starts: array | None = None
    ends: array | None = None

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the raw text."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.raw)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _is_starter(ch: str) -> bool:
    return unicodedata.combining(ch) == 0


def _slow_normalise(raw: str) -> Normalised:
    """Character-level normalisation that records where each output character came from."""
    full, _, _ = _tables()
    kept: list[tuple[str, int]] = []
    for i, ch in enumerate(raw):
        mapped = full.get(ord(ch), ord(ch))
        if mapped is not None:
            kept.append((chr(mapped), i))
    out: list[str] = []
    starts = array("l")
    ends = array("l")
    seg: list[tuple[str, int]] = []

    def flush() -> None:
        if not seg:
            return
        s = "".join(c for c, _ in seg)
        n = unicodedata.normalize("NFC", s)
        if len(n) == len(s):
            for c, (_, pos) in zip(n, seg):
                out.append(c)
                starts.append(pos)
                ends.append(pos + 1)
        else:
            lo, hi = seg[0][1], seg[-1][1] + 1
            for c in n:
                out.append(c)
                starts.append(lo)
                ends.append(hi)
        seg.clear()

    for ch, pos in kept:
        if seg and _is_starter(ch):
            # a starter may still compose with what precedes it (e.g. Bengali U+09BE)
            if ch.isascii() or len(unicodedata.normalize("NFC", seg[-1][0] + ch)) == 2:
                flush()
        seg.append((ch, pos))
    flush()
    return Normalised(raw=raw, text="".join(out), starts=starts, ends=ends)


def normalise(raw: str) -> Normalised:
    """NFC, nukta letters composed the NFC way, invisible characters dropped, odd spaces,
    control characters and Devanagari digits mapped one to one.

    >>> normalise("अमेज़न ने ४ अरब").text   # ज़ as one code point U+095B in the raw
    'अमेज़न ने 4 अरब'
    """
    full, one_to_one, finder = _tables()
    if raw.isascii():
        if finder.search(raw) is None:
            return Normalised(raw=raw, text=raw)
        return Normalised(raw=raw, text=raw.translate(one_to_one))
    nfc = unicodedata.is_normalized("NFC", raw)
    specials = {ord(m) for m in finder.findall(raw)}
    deletes = any(full.get(cp, 0) is None for cp in specials)
    if nfc and not deletes:
        return Normalised(raw=raw, text=raw.translate(one_to_one) if specials else raw)
    return _slow_normalise(raw)


# --- sentences -----------------------------------------------------------------------

_TERMINAL = regex.compile(
    r"""(?:[।॥|]+|[.?!]+)            # the mark itself
        (?:\[\d{1,3}\])*              # citation markers such as [1]
        [\"'”’»)\]]*                  # closing quotes and brackets
    """,
    regex.VERBOSE,
)
_DATELINE = regex.compile(
    r"^[ \t]*(?P<head>[\p{L}\p{M}][\p{L}\p{M}\p{N} ,.']{1,40}?)"
    r"(?:\s*\([\p{L} .]{2,30}\))?\s*[-–—:]\s",
)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(cues()["abbreviations"])


def _ends_sentence(text: str, mark_start: int, mark_end: int) -> bool:
    """Does the terminal mark at ``text[mark_start:mark_end]`` end a sentence?"""
    mark = text[mark_start]
    if mark in "।॥|?!":
        return True
    # a full stop: not inside a number, an abbreviation or an initial
    nxt = text[mark_end] if mark_end < len(text) else " "
    if not (nxt.isspace() or "\u0900" <= nxt <= "\u097f"):
        return False
    j = mark_start
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:mark_start]
    if not word:
        return True
    if word in _abbreviations() or word.rstrip(".") in _abbreviations():
        return False
    if len(word) == 1 and word.isupper():  # an initial: "N. Chandrasekaran"
        return False
    if "." in word and all(len(p) <= 2 for p in word.split(".")):  # U.S. / e.g.
        return nxt.isspace() and mark_end + 1 < len(text) and text[mark_end + 1].isupper()
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a (normalised) text: `।`, `.`, `?`, `!`, line breaks, datelines.

    >>> split_sentences("नई दिल्ली। अमेज़न ने निवेश किया.")
    [(0, 10), (11, 32)]
    """
    spans: list[tuple[int, int]] = []
    line_start = 0
    n = len(text)
    while line_start < n:
        nl = text.find("\n", line_start)
        line_end = n if nl == -1 else nl
        _split_line(text, line_start, line_end, spans)
        line_start = line_end + 1
    return spans


def _emit(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _split_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    line = text[start:end]
    cut = start
    m = _DATELINE.match(line)
    if m and len(m.group("head").split()) <= 4 and len(line) - m.end() > 20:
        _emit(text, start, start + m.end(), spans)
        cut = start + m.end()
    for m in _TERMINAL.finditer(text, cut, end):
        if _ends_sentence(text, m.start(), m.end()):
            _emit(text, cut, m.end(), spans)
            cut = m.end()
    _emit(text, cut, end, spans)


# --- language ------------------------------------------------------------------------

_DEVANAGARI = regex.compile(r"[\u0900-\u097F]")
_LATIN = regex.compile(r"[A-Za-z\u00C0-\u024F]")
_ARABIC = regex.compile(r"[\u0600-\u06FF\u0750-\u077F]")
_URDU_ONLY = regex.compile(r"[ٹڈڑںےۓھ]")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_LATIN_EXTRA = regex.compile(r"[\u00C0-\u024F]")
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in cues()["function_words"].items()}


def detect_language(text: str, *, sample: int = 20_000) -> str:
    """ISO 639-1 code of the main language by script and function words; `und` if no letters.

    >>> detect_language("अल्फाबेट ने एंथ्रोपिक में निवेश किया है।")
    'hi'
    """
    head = text[:sample]
    utf8 = head.encode("utf-8", "surrogatepass")
    # U+0900–U+097F are exactly the UTF-8 sequences E0 A4 xx and E0 A5 xx
    deva = utf8.count(b"\xe0\xa4") + utf8.count(b"\xe0\xa5")
    ascii_letters = len(utf8.translate(None, _NOT_ASCII_LETTER))
    latin = ascii_letters + (len(_LATIN_EXTRA.findall(head)) if not head.isascii() else 0)
    arabic = len(_ARABIC.findall(head)) if _ARABIC.search(head) else 0
    if deva == latin == arabic == 0:
        return "und"
    if arabic > deva and arabic > latin:
        return "ur" if _URDU_ONLY.search(head) else "ar"
    words = _WORD.findall(head)
    fw = _function_words()
    if deva >= latin * 0.5 and deva >= arabic:
        counts = Counter(words)
        scores = {lang: sum(n for w, n in counts.items() if w in fw[lang]) for lang in ("hi", "mr", "ne")}
        best = max(scores, key=lambda k: (scores[k], k == "hi"))
        return best if scores[best] > 0 else "hi"
    return "en"


# --- glosses -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Gloss:
    """A bilingual pair the article itself gives: ``वितरक (distributor)``."""

    start: int
    end: int
    native: str
    latin: str


_GLOSS = regex.compile(
    r"(?P<native>(?:[\u0900-\u097F]+[ -]){0,4}[\u0900-\u097F]+)[\"'”’]?\s*"
    r"\((?P<latin>[A-Za-z][A-Za-z0-9 .&'-]{0,48}[A-Za-z0-9.])\)"
)
_GLOSS_REVERSED = regex.compile(
    r"(?P<latin>[A-Za-z][A-Za-z0-9.&'-]*(?: [A-Za-z0-9.&'-]+){0,4})\s*"
    r"\((?P<native>[\u0900-\u097F]+(?: [\u0900-\u097F]+){0,4})\)"
)


def harvest_glosses(text: str) -> list[Gloss]:
    """Parenthetical glosses as alias pairs; an acronym takes one word per letter.

    >>> [(g.native, g.latin) for g in harvest_glosses("अमेज़न वेब सर्विसेज (AWS) और वितरक (distributor)")]
    [('अमेज़न वेब सर्विसेज', 'AWS'), ('वितरक', 'distributor')]
    """
    out: list[Gloss] = []
    for m in _GLOSS.finditer(text):
        latin = m.group("latin").strip()
        words = m.group("native").split()
        n = len(latin) if latin.isupper() and latin.isalpha() and 2 <= len(latin) <= 5 else len(latin.split())
        n = max(1, min(n, len(words)))
        native = " ".join(words[-n:])
        start = m.start("native") + m.group("native").rfind(words[-n]) if n < len(words) else m.start("native")
        out.append(Gloss(start, m.end(), native, latin))
    for m in _GLOSS_REVERSED.finditer(text):
        native = m.group("native")
        words = m.group("latin").split()
        n = max(1, min(len(native.split()), len(words)))
        latin = " ".join(words[-n:])
        out.append(Gloss(m.end("latin") - len(latin), m.end(), native, latin))
    return sorted(out, key=lambda g: g.start)
