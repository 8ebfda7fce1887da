"""Stage 1, parsing: normalisation with an offset map, sentences, language.

Everything downstream works on :class:`Normalised.text`; every span it finds is mapped
back to the raw text with :meth:`Normalised.to_raw`, so ``raw[start:end]`` is what the
article really says.
"""

from __future__ import annotations

import html as html_mod
import json
import re
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator

import regex

from utils import paths, rx

DEVANAGARI_DIGITS = "०१२३४५६७८९"
MAX_SENTENCE = 2000  # characters; longer runs are cut at a space (see _emit)


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue data of this stage (`data/cues/text.json`)."""
    with open(paths.CUES / "text.json", encoding="utf-8") as fh:
        return json.load(fh)


_NUKTA = "\u093c"
_NUKTA_BASES = frozenset("कखगजफ")  # (ड़ and ढ़ are letters of their own: never folded)


def nukta_variants(phrase: str, *, limit: int = 16) -> list[str]:
    """A cue phrase as Hindi news writes it with and without the nukta of Urdu and English sounds,
    and with ``ए`` for a word's first ``ऐ`` (``ऐलान``/``एलान``).

    >>> nukta_variants("ख़रीदा")
    ['ख़रीदा', 'खरीदा']
    """
    if not any(ch in _NUKTA_BASES for ch in phrase) and "ऐ" not in phrase:
        return [phrase]
    options = []
    for token in phrase.split(" "):
        bare = token.replace(_NUKTA, "") if not any(b + _NUKTA in token for b in "डढ") else token
        forms = [token, bare] + (["ए" + token[1:], "ए" + bare[1:]] if token.startswith("ऐ") else [])
        for i, ch in enumerate(bare):
            if ch in _NUKTA_BASES and (i + 1 == len(bare) or bare[i + 1] != _NUKTA):
                forms.append(bare[:i + 1] + _NUKTA + bare[i + 1:])
        options.append(list(dict.fromkeys(forms)))
    out = [""]
    for forms in options:
        out = [f"{a} {b}" if a else b for a in out for b in forms][:limit]
    return list(dict.fromkeys([phrase] + out))[:limit]


def with_nukta_variants(data: Any) -> Any:
    """Every list of cue strings in a JSON cue file, grown with :func:`nukta_variants` (``खरीदा`` also
    finds ``ख़रीदा``); other values are kept."""
    if isinstance(data, dict):
        return {k: with_nukta_variants(v) for k, v in data.items()}
    if isinstance(data, list) and data and all(isinstance(x, str) for x in data):
        return list(dict.fromkeys(v for x in data for v in nukta_variants(x)))
    if isinstance(data, list):
        return [with_nukta_variants(x) for x in data]
    return data


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, int | None], dict[int, str], "re.Pattern[str]"]:
    """Translation tables: one that maps and deletes, one that only maps 1:1, and a finder (a class
    of literal characters, which the standard ``re`` scans many times faster than ``regex``)."""
    data = cues()
    one_to_one: dict[int, str] = {ord(c): " " for c in data["space_chars"]}
    for i, d in enumerate(DEVANAGARI_DIGITS):
        one_to_one[ord(d)] = str(i)
    for cp in "\t\x0b\x0c\x1c\x1d\x1e\x1f\x85":  # the control characters that separate words
        one_to_one.setdefault(ord(cp), " ")
    full: dict[int, int | None] = {k: ord(v) for k, v in one_to_one.items()}
    for cp in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)):
        if chr(cp) not in "\n\r" and cp not in full:
            full[cp] = None  # a stray control character (``\x07`` at a line start) is no space: dropped
    for c in data["remove_chars"]:
        full[ord(c)] = None
    special = "".join(re.escape(chr(k)) for k in sorted(full))
    return full, one_to_one, re.compile(f"[{special}]")


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


def _slow_normalise(raw: str, *, pieces: Iterable[tuple[str, int, int]] | None = None) -> Normalised:
    """Character-level normalisation that records where each output character came from.

    ``pieces`` are (characters, raw start, raw end) to use instead of the raw characters one
    by one (markup taken out, character references decoded: see :func:`markup_pieces`).
    """
    full, _, _ = _tables()
    kept: list[tuple[str, int, int]] = []
    if pieces is None:
        pieces = ((ch, i, i + 1) for i, ch in enumerate(raw))
    for chars, lo, hi in pieces:
        for ch in chars:
            mapped = full.get(ord(ch), ord(ch))
            if mapped is not None:
                kept.append((chr(mapped), lo, hi))
    out: list[str] = []
    starts = array("l")
    ends = array("l")
    seg: list[tuple[str, int, int]] = []

    def flush() -> None:
        if not seg:
            return
        s = "".join(c for c, _, _ in seg)
        n = unicodedata.normalize("NFC", s)
        if len(n) == len(s):
            for c, (_, lo, hi) in zip(n, seg):
                out.append(c)
                starts.append(lo)
                ends.append(hi)
        else:
            lo, hi = seg[0][1], seg[-1][2]
            for c in n:
                out.append(c)
                starts.append(lo)
                ends.append(hi)
        seg.clear()

    for ch, lo, hi in kept:
        if seg and _is_starter(ch):
            # a starter may still compose with what precedes it (e.g. Bengali U+09BE)
            if ch.isascii() or len(unicodedata.normalize("NFC", seg[-1][0] + ch)) == 2:
                flush()
        seg.append((ch, lo, hi))
    flush()
    return Normalised(raw=raw, text="".join(out), starts=starts, ends=ends)


def normalise(raw: str, *, markup: bool = True) -> Normalised:
    """NFC, nukta letters composed the NFC way, invisible characters dropped, odd spaces,
    control characters and Devanagari digits mapped one to one, a ``|`` typed for the danda
    after Hindi made one (``निवेश किया| कंपनी``); with ``markup``, text that looks like HTML or
    Markdown has its markup taken out and character references decoded.

    >>> normalise("अमेज़न ने ४ अरब").text   # ज़ as one code point U+095B in the raw
    'अमेज़न ने 4 अरब'
    """
    out = _normalise(raw, markup=markup)
    if "|" in out.text and _PIPE_DANDA.search(out.text) is not None:  # (one to one: the offset map holds)
        return Normalised(raw=out.raw, text=_PIPE_DANDA.sub("।", out.text), starts=out.starts, ends=out.ends)
    return out


# a pipe right after a Devanagari letter or sign, before a space or the end: the danda a keyboard lacked
_PIPE_DANDA = re.compile(r"(?<=[\u0900-\u0963\u0966-\u097F])\|(?=\s|$)")


def _normalise(raw: str, *, markup: bool) -> Normalised:
    if markup and looks_like_markup(raw):
        return _slow_normalise(raw, pieces=markup_pieces(raw))
    full, one_to_one, finder = _tables()
    if raw.isascii():
        if finder.search(raw) is None:
            return Normalised(raw=raw, text=raw)
        if any(full.get(ord(m), 0) is None for m in set(finder.findall(raw))):
            return _slow_normalise(raw)
        return Normalised(raw=raw, text=raw.translate(one_to_one))
    nfc = unicodedata.is_normalized("NFC", raw)
    specials = {ord(m) for m in finder.findall(raw)}
    deletes = any(full.get(cp, 0) is None for cp in specials)
    if nfc and not deletes:
        return Normalised(raw=raw, text=raw.translate(one_to_one) if specials else raw)
    return _slow_normalise(raw)


# --- markup (HTML and Markdown pasted as text) ----------------------------------------

_REF = r"&(?:\#[0-9]{1,7};?|\#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)"
_QUOTED = r"""(?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}')"""


@lru_cache(maxsize=1)
def _markup_cues() -> dict[str, Any]:
    with open(paths.CUES / "markup.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _markup_patterns() -> tuple["regex.Pattern[str]", "regex.Pattern[str]", "regex.Pattern[str]", frozenset[str]]:
    """A finder of HTML tags, a finder of Markdown links and fences, and the tokenizer."""
    data = _markup_cues()
    tags = "|".join(sorted(data["html_tags"], key=lambda t: (-len(t), t)))
    raw_tags = "|".join(sorted(data["raw_text_tags"], key=lambda t: (-len(t), t)))
    html = rx.compile(rf"<(?:/?(?:{tags})(?:[\s/]{_QUOTED}{{0,2000}})?>|!--|!doctype\s)", regex.I)
    markdown = rx.compile(
        r"\]\([^()\s]{1,2000}\)|^[ ]{0,3}(?:```|~~~)|^[ ]{0,3}\[[^\[\]\n]{1,200}\]:[ \t]+\S", regex.M)
    token = rx.compile(
        rf"""
        (?P<comment><!--.*?(?:-->|\Z))
        |(?P<cdata><!\[CDATA\[.*?(?:\]\]>|\Z))
        |(?P<rawtext><(?P<rt>{raw_tags})\b{_QUOTED}*>.*?(?:</(?P=rt)\s*>|\Z))
        |(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9:-]{{0,63}})(?:[\s/]{_QUOTED}*)?>|<![A-Za-z][^<>]{{0,2000}}>|<\?[^<>]{{0,2000}}\?>)
        |(?P<ref>{_REF})
        |(?P<fence>^[ ]{{0,3}}(?P<f>```|~~~).*?(?:\n[ ]{{0,3}}(?P=f)[^\n]*|\Z))
        |(?P<image>!\[[^\[\]\n]{{0,500}}\]\([^()\s]{{0,2000}}(?:[ ]+"[^"\n]{{0,500}}")?\))
        |(?P<link>\[[^\[\]\n]{{1,500}}\](?P<target>\([^()\s]{{0,2000}}(?:[ ]+"[^"\n]{{0,500}}")?\)))
        |(?P<refdef>^[ ]{{0,3}}\[[^\[\]\n]{{1,200}}\]:[ \t]+\S[^\n]*)
        |(?P<code>`[^`\n]{{1,2000}}`)
        |(?P<autolink><(?:https?|ftp|mailto):[^<>\s]{{1,2000}}>)
        """,
        regex.X | regex.S | regex.I | regex.M,
    )
    return html, markdown, token, frozenset(t.lower() for t in data["block_tags"])


def looks_like_markup(raw: str) -> bool:
    """Does the text carry HTML tags or character references, or Markdown links or fences?

    >>> looks_like_markup("<p>अमेज़न</p>"), looks_like_markup("M&A: 4 < 5")
    (True, False)
    """
    if "<" not in raw and "&" not in raw and "](" not in raw and "```" not in raw and "~~~" not in raw \
            and "]:" not in raw:
        return False
    html, markdown, _, _ = _markup_patterns()
    if "<" in raw and html.search(raw):
        return True
    if "&" in raw:
        for m in regex.finditer(_REF, raw):
            if html_mod.unescape(m.group()) != m.group():
                return True
    return markdown.search(raw) is not None


def markup_pieces(raw: str) -> Iterator[tuple[str, int, int]]:
    """(characters, raw start, raw end) of ``raw`` with its markup taken out as a browser would:
    a block tag becomes one line break, any other markup (inline tags, scripts, styles,
    comments, link targets, code) nothing, a character reference what it stands for.

    >>> "".join(c for c, _, _ in markup_pieces("<p>ओपन<b>&#x90F;आई</b> [रिपोर्ट](https://x.in)"))
    '\\nओपनएआई रिपोर्ट'
    """
    _, _, token, block_tags = _markup_patterns()
    pos = 0
    for m in token.finditer(raw):
        s, e = m.span()
        for i in range(pos, s):
            yield raw[i], i, i + 1
        pos = e
        if m.group("ref") is not None:
            decoded = html_mod.unescape(m.group())
            if decoded == m.group():
                for i in range(s, e):
                    yield raw[i], i, i + 1
            else:
                yield decoded, s, e
        elif m.group("link") is not None:
            t0, _ = m.span("target")
            yield "", s, s + 1
            for i in range(s + 1, t0 - 1):
                yield raw[i], i, i + 1
            yield "", t0 - 1, e
        else:
            name = (m.group("name") or m.group("rt") or "").lower()
            yield ("\n" if name in block_tags or m.group("fence") is not None else ""), s, e
    for i in range(pos, len(raw)):
        yield raw[i], i, i + 1


# --- legacy fonts --------------------------------------------------------------------

@lru_cache(maxsize=1)
def _legacy_font_cues() -> dict[str, Any]:
    with open(paths.CUES / "legacy_fonts.json", encoding="utf-8") as fh:
        return json.load(fh)


def detect_legacy_font(text: str, *, sample: int = 20_000) -> str | None:
    """The pre-Unicode Hindi font a text was typed in (``KrutiDev``, ``Chanakya``), or ``None``.

    Such text is ASCII or Latin-1 that shows as Devanagari only in that font; it is told by
    how many of its words are that font's spelling of common Hindi words.

    >>> detect_legacy_font("Hkkjr esa fuos'k gqvk gS vkSj dEiuh us dgk")
    'KrutiDev'
    """
    head = text[:sample]
    utf8 = head.encode("utf-8", "surrogatepass")
    # ``len(_DEVANAGARI.findall(head))``: U+0900–U+097F are exactly the UTF-8 sequences E0 A4 xx and E0 A5 xx
    if (utf8.count(b"\xe0\xa4") + utf8.count(b"\xe0\xa5")) * 4 > len(head):
        return None
    tokens = head.split()
    if not tokens:
        return None
    data = _legacy_font_cues()
    english = set(cues()["function_words"]["en"])
    n_english = sum(1 for t in tokens if t.lower().strip(".,;:!?\"'") in english)
    best: tuple[int, str] | None = None
    for font, spec in sorted(data["fonts"].items()):
        words = spec["words"]
        hits = [t if t in words else t.rstrip(spec["strip"]) for t in tokens]
        hits = [t for t in hits if t in words]
        if len(set(hits)) >= data["min_words"] and len(hits) >= data["min_share"] * len(tokens) \
                and len(hits) > n_english:
            if best is None or len(hits) > best[0]:
                best = (len(hits), font)
    return best[1] if best else None


# --- sentences -----------------------------------------------------------------------

_TERMINAL = rx.compile(
    r"""(?:[।॥|]+|[.?!]+)            # the mark itself
        (?:\[\d{1,3}\])*              # citation markers such as [1]
        [\"'”’»)\]]*                  # closing quotes and brackets
    """,
    regex.VERBOSE,
)
_DATELINE = rx.compile(  # used with match(), which anchors it at the line's start
    r"[ \t]*(?P<head>[\p{L}\p{M}][\p{L}\p{M}\p{N} ,.']{1,40}?)"
    r"(?:\s*\([\p{L} .]{2,30}\))?\s*[-–—:]\s",
)


_NON_SPACE = rx.compile(r"\S")
_LAST_NON_SPACE = rx.compile(r"\S", regex.REVERSE)
_NOT_BLANK = rx.compile(r"[^ \t]")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(cues()["abbreviations"])


@lru_cache(maxsize=1)
def _glued_dot_words() -> tuple[frozenset[str], frozenset[str]]:
    c = cues()["glued_dot_hi"]
    return frozenset(c["suffixes"]), frozenset(c["initials"])


_WORD_AFTER = rx.compile(r"[\p{L}\p{M}]*")
_WORD_BEFORE = rx.compile(r"[\p{L}\p{M}]*", regex.REVERSE)


def _glued_dot_inside(text: str, at: int) -> bool:
    """Is the ``.`` at ``at``, glued on both sides, inside a word (``२.३``, ``बिल्डर.एआई``, ``एन.आर.``)?"""
    if text[at - 1].isdigit() and text[at + 1].isdigit():
        return True
    suffixes, initials = _glued_dot_words()
    after = _WORD_AFTER.match(text, at + 1).group()  # type: ignore[union-attr]
    before = _WORD_BEFORE.search(text, 0, at).group()  # type: ignore[union-attr]
    return after in suffixes or before in initials


def _ends_sentence(text: str, mark_start: int, mark_end: int) -> bool:
    """Does the terminal mark at ``text[mark_start:mark_end]`` end a sentence?"""
    mark = text[mark_start]
    if mark in "।॥|?!":
        return True
    # a full stop: not inside a number, an abbreviation or an initial
    nxt = text[mark_end] if mark_end < len(text) else " "
    if not (nxt.isspace() or "\u0900" <= nxt <= "\u097f"):
        return False
    if not nxt.isspace() and mark_end == mark_start + 1 and mark_start > 0 and _glued_dot_inside(text, mark_start):
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
    first = _NON_SPACE.search(text, start, end)  # in C: a long run of spaces costs no Python loop
    if first is None:
        return
    start, end = first.start(), _LAST_NON_SPACE.search(text, start, end).end()  # type: ignore[union-attr]
    while end - start > MAX_SENTENCE:
        # no real sentence is this long (the development set's longest is 341 characters):
        # cut at the last space in reach, so later stages never see a run-on "sentence"
        cut = max(text.rfind(" ", start + 1, start + MAX_SENTENCE), text.rfind("\n", start + 1, start + MAX_SENTENCE))
        cut = cut if cut > start else start + MAX_SENTENCE
        _emit(text, start, cut, spans)
        nxt = _NON_SPACE.search(text, cut, end)
        if nxt is None:
            return
        start = nxt.start()
    if end > start:
        spans.append((start, end))


def _split_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    cut = start
    lead = _NOT_BLANK.search(text, start, end)  # skip leading blanks in C, then match in place
    m = _DATELINE.match(text, lead.start(), end) if lead else None  # no copy: it may be the whole document
    if m and len(m.group("head").split()) <= 4 and end - m.end() > 20:
        _emit(text, start, m.end(), spans)
        cut = m.end()
    for m in _TERMINAL.finditer(text, cut, end):
        if _ends_sentence(text, m.start(), m.end()):
            _emit(text, cut, m.end(), spans)
            cut = m.end()
    _emit(text, cut, end, spans)


# --- language ------------------------------------------------------------------------

_DEVANAGARI = rx.compile(r"[\u0900-\u097F]")
_LATIN = rx.compile(r"[A-Za-z\u00C0-\u024F]")
_ARABIC = rx.compile(r"[\u0600-\u06FF\u0750-\u077F]")
_URDU_ONLY = rx.compile(r"[ٹڈڑںےۓھ]")
_WORD = rx.compile(r"[\p{L}\p{M}]+")
_LATIN_EXTRA = rx.compile(r"[\u00C0-\u024F]")
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in cues()["function_words"].items()}


# Greek, Cyrillic, Hebrew, the other Indic scripts, Sinhala, Thai, kana, Han, Hangul: then look closer
_OTHER_SCRIPT_HINT = rx.compile(r"[\u0370-\u052F\u0590-\u05FF\u0980-\u0DFF\u0E00-\u0E7F\u3040-\u30FF"
                                   r"\u3400-\u9FFF\uAC00-\uD7AF]")


@lru_cache(maxsize=1)
def _script_finder() -> tuple["regex.Pattern[str]", dict[str, str]]:
    by_script = cues()["script_languages"]
    names = "|".join(rf"(?P<{s}>\p{{Script={s}}}+)" for s in sorted(by_script))
    return rx.compile(names), by_script


def _other_scripts(head: str) -> dict[str, int]:
    """Letters per language of the scripts other than Devanagari, Latin and Arabic."""
    if head.isascii() or not _OTHER_SCRIPT_HINT.search(head):  # the common case, in one C-level scan
        return {}
    finder, by_script = _script_finder()
    counts: dict[str, int] = {}
    for m in finder.finditer(head):
        lang = by_script[m.lastgroup or ""]
        counts[lang] = counts.get(lang, 0) + len(m.group())
    if "ja" in counts:  # kana next to Han: Japanese
        counts["ja"] += counts.pop("zh", 0)
    return counts


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
    others = _other_scripts(head)
    if others and max(others.values()) > max(deva, latin, arabic):
        return max(sorted(others), key=lambda k: others[k])
    if deva == latin == arabic == 0:
        return "und"
    if arabic > deva and arabic > latin:
        return "ur" if _URDU_ONLY.search(head) else "ar"
    fw = _function_words()
    if deva >= latin * 0.5 and deva >= arabic:
        counts = Counter(_WORD.findall(head))
        # a sum over the few function words, not over every distinct word of the text
        scores = {lang: sum(counts[w] for w in fw[lang] if w in counts) for lang in ("hi", "mr", "ne")}
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


# a gloss is a name and its other script in brackets after it: the bracket is found first (``str.find``,
# in C), its inside matched there, and the name before it read backwards from the bracket (REVERSE):
# no position of an article that holds no bracket is tried at all
_LATIN_IN_BRACKETS = rx.compile(r"\((?P<latin>[A-Za-z][A-Za-z0-9 .&'-]{0,48}[A-Za-z0-9.])\)")
_NATIVE_BEFORE = rx.compile(
    r"(?P<native>(?:[\u0900-\u097F]+(?:[0-9][\u0900-\u097F]+)*[ -]){0,4}[\u0900-\u097F]+(?:[0-9][\u0900-\u097F]+)*"
    r"(?:\.[\u0900-\u097F]+)?(?: AI)?)[\"'”’]?\s*", regex.REVERSE)
_NATIVE_IN_BRACKETS = rx.compile(r"\((?P<native>[\u0900-\u097F]+(?: [\u0900-\u097F]+){0,4})\)")
_LATIN_BEFORE = rx.compile(r"(?P<latin>[A-Za-z][A-Za-z0-9.&'-]*(?: [A-Za-z0-9.&'-]+){0,4})\s*", regex.REVERSE)


def _around_brackets(inside: "regex.Pattern[str]", before: "regex.Pattern[str]", text: str, *,
                     reach: int = 240) -> Iterator[tuple["regex.Match[str]", "regex.Match[str]"]]:
    """(what stands before, what stands inside) for each bracket whose inside matches ``inside`` and
    which ``before`` ends right at; glosses do not overlap."""
    p = text.find("(")
    done = 0  # a gloss ends at its ``)``; the next starts after it
    while p >= 0:
        m_in = inside.match(text, p)
        if m_in is not None:
            m_before = before.match(text, max(done, p - reach), p)
            if m_before is not None:
                yield m_before, m_in
                done = m_in.end()
        p = text.find("(", p + 1)


_SPOKEN_DOT = frozenset({"डॉट", "डाट"})
_SPOKEN_DOT_TAILS = frozenset({"एआई", "कॉम", "आईओ", "वीसी", "इन"})


def harvest_glosses(text: str) -> list[Gloss]:
    """Parenthetical glosses as alias pairs; an acronym takes one word per letter.

    >>> [(g.native, g.latin) for g in harvest_glosses("अमेज़न वेब सर्विसेज (AWS) और वितरक (distributor)")]
    [('अमेज़न वेब सर्विसेज', 'AWS'), ('वितरक', 'distributor')]
    """
    out: list[Gloss] = []
    for m, m_in in _around_brackets(_LATIN_IN_BRACKETS, _NATIVE_BEFORE, text):
        latin = m_in.group("latin").strip()
        words = m.group("native").split()
        n = len(latin) if latin.isupper() and latin.isalpha() and 2 <= len(latin) <= 5 else len(latin.split())
        if words[-1] in _SPOKEN_DOT_TAILS and len(words) >= 3 and words[-2] in _SPOKEN_DOT and "." in latin:
            n += 2  # ``येलो डॉट एआई (Yellow.ai)``: the dot is read out
        n = max(1, min(n, len(words)))
        native = " ".join(words[-n:])
        start = m.start("native") + m.group("native").rfind(words[-n]) if n < len(words) else m.start("native")
        out.append(Gloss(start, m_in.end(), native, latin))
    for m, m_in in _around_brackets(_NATIVE_IN_BRACKETS, _LATIN_BEFORE, text):
        native = m_in.group("native")
        words = m.group("latin").split()
        n = max(1, min(len(native.split()), len(words)))
        latin = " ".join(words[-n:])
        out.append(Gloss(m.end("latin") - len(latin), m_in.end(), native, latin))
    return sorted(out, key=lambda g: g.start)
