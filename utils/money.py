"""Stage 2, money: amounts in every form Indian news writes them.

``$500 मिलियन``, ``25 करोड़ डॉलर``, ``₹2 लाख करोड़``, ``साढ़े तीन अरब डॉलर``, ``$3.5-billion``,
``300 से 340 अरब डॉलर`` (a range), ``अरबों डॉलर`` (vague: no value). The vocabulary lives in
``data/cues/money.json``; this module only knows the grammar.
"""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

import ahocorasick
import regex

from utils import paths, rx, scan
from utils.text import with_nukta_variants

_LETTERS = rx.compile(r"[\p{L}\p{M}]+")
_RUNS = _LETTERS
_RUNS_BACK = rx.compile(r"(?r)[\p{L}\p{M}]+")
_LETTER = rx.compile(r"[\p{L}\p{M}]")
_SPACE = rx.compile(r"\s")
_WORD_OR_DIGIT = rx.compile(r"[\p{L}\p{M}\d]")
# letters that case-fold to an ASCII letter other than by str.lower (Kelvin sign, long s, dotted
# and dotless i) and ligatures that fold to ASCII letters: text holding one takes the slow path
_FOLDS_TO_ASCII = "\u212a\u017f\u0130\u0131\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"

_NOT_WORD_AFTER = r"(?![\p{L}\p{M}\p{N}]|[.,]\d|\.\.)"
_NOT_WORD_BEFORE = r"(?<![\p{L}\p{M}\p{N}.,])"
# Western 1,234,567 or Indian 1,23,45,678 grouping (the last group has three digits)
_GROUPED = rx.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:,\d{2})*,\d{3}(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class Amount:
    """One money amount; ``value`` is in ``currency``, ``None`` when the text is vague."""

    start: int
    end: int
    text: str
    value: float | None
    currency: str | None
    qualifier: str | None = None
    low: float | None = None

    def as_dict(self) -> dict[str, Any]:
        """The contract's form of the amount."""
        return asdict(self)

    @property
    def canonical(self) -> str:
        """``USD 500000000``: the entity-level name of the amount."""
        if self.value is None:
            return f"{self.currency or ''} ?".strip()
        v = int(self.value) if self.value == int(self.value) else self.value
        return f"{self.currency} {v}"


_HUNDREDS = rx.compile(r"(.+?) (?:सौ|hundred) (\S+)")


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The money vocabulary (`data/cues/money.json`)."""
    with open(paths.CUES / "money.json", encoding="utf-8") as fh:
        return with_nukta_variants(json.load(fh))


def _alt(words: list[str]) -> str:
    """A regex alternation, longest first, spaces matching any run of spaces."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in parts)


def _key(word: str) -> str:
    return " ".join(word.lower().split())


class MoneyMatcher:
    """Finds money amounts in normalised text.

    >>> [a.value for a in MoneyMatcher()("अल्फाबेट ने $500 मिलियन का निवेश किया")]
    [500000000.0]
    """

    def __init__(self, *, vocabulary: dict[str, Any] | None = None) -> None:
        v = vocabulary or cues()
        self.prefix = {_key(k): c for k, c in v["currency_prefix"].items()}
        self.suffix = {_key(k): c for k, c in v["currency_suffix"].items()}
        self.shared: dict[str, str] = dict(v.get("shared_currency_words", {}).get("words", {}))
        # each shared word's qualified forms (``ब्राज़ीली रियाल``, ``Qatari riyals``) with their currencies
        self._qualified = {w: [(k, c) for k, c in self.suffix.items() if k.endswith(" " + _key(w))] for w in self.shared}
        self.scale = {_key(k): float(f) for k, f in v["scale"].items()}
        self.scale.update({_key(k): float(f) for k, f in v["scale_compound"].items()})
        self.vague = {_key(k): float(f) for k, f in v["vague_scale"].items()}
        self.words = {_key(k): float(f) for k, f in v["number_words"].items()}
        self.modifiers = {_key(k): float(f) for k, f in v["number_modifiers"].items()}
        self.q_before = {_key(k): q for k, q in v["qualifier_before"].items()}
        self.q_after = {_key(k): q for k, q in v["qualifier_after"].items()}
        self.q_after_stop = tuple(v["qualifier_after_not_if_followed_by"])
        self._q_before_longest = sorted(self.q_before, key=len, reverse=True)
        self._q_after_longest = sorted(self.q_after, key=len, reverse=True)
        self._q_before_any = tuple(self._q_before_longest)  # one C-level test before the loop
        self._q_after_any = tuple(self._q_after_longest)
        self.minus = frozenset(v.get("minus_signs", ()))
        long_scales = [s for s in self.scale if len(s) > 1]
        short_scales = [s for s in self.scale if len(s) == 1]
        digits = r"(?:\d{1,3}(?:\.\d{3}){2,}(?!\d)|\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        one = rf"(?:(?:{_alt(list(self.modifiers))})\s+)?(?:{_alt(list(self.words))})"
        word_num = rf"{one}(?:\s+(?:सौ|hundred)\s+(?:{_alt(list(self.words))}))?"  # (``तीन सौ पचास``: 350)
        mod_digits = rf"(?:{_alt(list(self.modifiers))})\s+{digits}"
        num = rf"(?:{mod_digits}|{digits}|{_NOT_WORD_BEFORE}(?:{word_num}){_NOT_WORD_AFTER})"
        scale = (
            rf"(?:[\s-]*(?:{_alt(long_scales)}){_NOT_WORD_AFTER}|(?:{_alt(short_scales)}){_NOT_WORD_AFTER})"
        )
        join = _alt(v["range_joiners"])
        # two whole amounts joined as one range (``$100 million to $500 million``); ``and`` only after ``between``
        self._range_gap = rx.compile(rf"\s*(?:{join})\s*|\s+(?P<and>and|और)\s+")
        pre = _alt(list(v["currency_prefix"]))
        suf = _alt(list(v["currency_suffix"]))
        vague = _alt(list(v["vague_scale"]))
        self._pattern = rx.compile(
            rf"""
            (?<!\p{{Latin}})(?P<pre>{pre})\s?(?P<n1>{num})
                (?:\s*(?P<j1>{join})\s*(?:{pre})?\s?(?P<n2>{num}))?
                (?P<sc>(?:{scale})+)?
                (?:\s+(?P<suf>{suf}))?{_NOT_WORD_AFTER}
            |
            {_NOT_WORD_BEFORE}(?P<m1>{num})
                (?:\s*(?P<j2>{join})\s*(?P<m2>{num}))?
                (?P<sc2>(?:{scale})+)?\s*(?P<suf2>{suf}){_NOT_WORD_AFTER}
            |
            {_NOT_WORD_BEFORE}(?P<vague>{vague})\s+(?:of\s+)?(?P<suf3>{suf}){_NOT_WORD_AFTER}
            """,
            regex.VERBOSE | regex.IGNORECASE,
        )
        self._scale_split = rx.compile(rf"{_alt(list(self.scale))}", regex.IGNORECASE)
        # every amount holds a currency word and none holds a danda: a cheap pre-check per stretch
        self._currency = rx.compile(rf"{pre}|{suf}", regex.IGNORECASE)
        # the fast path (see _windows): one Aho-Corasick pass finds where currency words may be
        # (one space-free piece of each, lower-cased), and the letter runs of every word the
        # pattern can consume tell which words of the text no amount can touch
        self._anchors = ahocorasick.Automaton()
        literals = {w.lower() for w in [*v["currency_prefix"], *v["currency_suffix"]]}
        for w in literals:
            # any piece will do; one with a symbol (``$`` of ``US $``) is rarer than letters (``us``),
            # and one that is a currency word itself (``डॉलर`` of ``अमेरिकी डॉलर``) adds no hits
            piece = max(w.split(), key=lambda p: (any(not ch.isalnum() and ch.isprintable() and
                                                      not unicodedata.category(ch).startswith("M") for ch in p),
                                                  p in literals, len(p)))
            self._anchors.add_word(piece, piece)
        self._anchors.make_automaton()
        self._anchor_longest = max(map(len, self._anchors.keys()), default=0)
        vocab = [*v["currency_prefix"], *v["currency_suffix"], *v["scale"], *v["scale_compound"],
                 *v["vague_scale"], *v["number_words"], *v["number_modifiers"], *v["range_joiners"], "of"]
        self._runs = frozenset(r.lower() for w in vocab for r in _LETTERS.findall(w))
        # runs that may close a letter run of the text somewhere inside it (a prefix currency
        # has no left boundary: ``investoRs 5``; a modifier may follow it: ``Rsसवा``), and what
        # the text must hold right after them: a character, a space, or a number
        after: dict[str, set[str]] = {}
        for w in [*v["currency_prefix"], *v["number_modifiers"]]:
            for m in _LETTERS.finditer(w):
                nxt = w[m.end():m.end() + 1]
                kind = "space" if nxt == " " or w in v["number_modifiers"] else "num" if not nxt else nxt
                after.setdefault(m.group().lower(), set()).add(kind)
        self._mid_after = after
        self._mid_ends = tuple(sorted(after))

    # -- parsing pieces ------------------------------------------------------------
    def _number(self, s: str) -> float | None:
        """``1,00,00,000`` → 1e7, ``1.000.000`` → 1e6, ``साढ़े तीन`` → 3.5, ``४`` (pre-normalised)."""
        s = " ".join(s.split())
        low = s.lower()
        hundreds = _HUNDREDS.fullmatch(low)
        if hundreds is not None:  # ``तीन सौ पचास`` 350, ``two hundred fifty`` 250
            left, right = self._number(hundreds.group(1)), self.words.get(hundreds.group(2))
            return None if left is None or right is None else left * 100 + right
        for mod, delta in self.modifiers.items():
            if low.startswith(mod + " "):
                base = self._number(s[len(mod) + 1 :])
                if base is None:
                    return None
                if base in (100.0, 1000.0):  # ``सवा सौ`` 125, ``पौने सौ`` 75: a quarter of the hundred itself
                    return base * (0.75 if delta < 0 else 1 + delta)
                return base - 0.25 if delta < 0 else base + delta
        if low in self.words:
            return self.words[low]
        if rx.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):
            s = s.replace(".", "")
        if "," in s:
            if not _GROUPED.fullmatch(s):  # ``12,34``: neither Indian nor Western grouping, so unclear
                return None
            s = s.replace(",", "")
        try:
            value = float(s)
        except ValueError:
            return None
        return value if math.isfinite(value) else None

    def _scale(self, s: str | None) -> float:
        if not s:
            return 1.0
        factor = 1.0
        rest = " ".join(s.replace("-", " ").split()).lower()
        while rest:
            m = self._scale_split.match(rest)
            if m is None:
                break
            factor *= self.scale[_key(m.group(0))]
            rest = rest[m.end() :].strip()
        return factor

    def _qualifier(self, text: str, start: int, end: int) -> str | None:
        before = text[max(0, start - 24) : start].rstrip().lower()
        for word in self._q_before_longest if before.endswith(self._q_before_any) else ():
            if before.endswith(word):
                k = len(before) - len(word)
                if k == 0 or not (before[k - 1].isalnum() or "\u0900" <= before[k - 1] <= "\u097f"):
                    return self.q_before[word]
        after = " ".join(text[end : end + 32].split()).lower()
        for word in self._q_after_longest if after.startswith(self._q_after_any) else ():
            if after.startswith(word):
                tail = after[len(word) :]
                if tail[:1].isalnum() or (tail[:1] and "\u0900" <= tail[:1] <= "\u097f"):
                    continue
                if tail.strip().startswith(self.q_after_stop):
                    continue
                return self.q_after[word]
        return None

    def __call__(self, text: str) -> list[Amount]:
        """Match and parse every amount in ``text`` (normalised), in order."""
        if any(c in text for c in _FOLDS_TO_ASCII):
            return self._shared_currencies(self._join_ranges(text, [self._parse(text, m) for lo, hi in self._stretches(text)
                                                                    for m in self._pattern.finditer(text, lo, hi)]))
        found: list[Amount] = []
        for lo, hi, windows in self._windows(text):
            matches = []
            for pos, endpos, cut in windows:
                for m in self._pattern.finditer(text, pos, endpos):
                    if m.end() > cut:  # reached into the cut run: only the whole stretch can tell
                        break
                    matches.append(m)
                else:
                    continue
                matches = list(self._pattern.finditer(text, lo, hi))
                break
            found += [self._parse(text, m) for m in matches]
        return self._shared_currencies(self._join_ranges(text, found))

    def _shared_currencies(self, found: list[Amount]) -> list[Amount]:
        """``… 5.5 अरब ब्राज़ीली रियाल … 1.8 अरब रियाल``: a bare shared currency word means the one the
        text named with its country, when it named only one."""
        if not self.shared:
            return found
        named: dict[str, set[str]] = {}
        bare: list[tuple[int, str]] = []
        for i, a in enumerate(found):
            w = next((w for w in self.shared if a.text.endswith(w)), None)
            if w is None:
                continue
            key = _key(a.text)
            cur = next((c for k, c in self._qualified[w] if key.endswith(k)), None)
            if cur is not None:
                named.setdefault(w, set()).add(cur)  # (``5.5 अरब ब्राज़ीली रियाल``: named with its country)
            else:
                bare.append((i, w))
        out = list(found)
        for i, w in bare:
            if len(named.get(w, ())) == 1:
                a = found[i]
                out[i] = Amount(a.start, a.end, a.text, a.value, next(iter(named[w])), a.qualifier, a.low)
        return out

    _BETWEEN = rx.compile(r"\b(?:between|anywhere from)\s+$", regex.IGNORECASE)
    _FROM = rx.compile(r"\bfrom\s+$", regex.IGNORECASE)

    def _join_ranges(self, text: str, found: list[Amount]) -> list[Amount]:
        """``$100 million to $500 million``, ``between Rs 200 crore and Rs 500 crore``, ``₹800 करोड़ से
        ₹1,000 करोड़``: two amounts that bound one range are one amount (not ``from $5 million to $9 million``,
        a change, nor two sums joined by ``and``)."""
        if len(found) < 2:
            return found
        out: list[Amount] = []
        i = 0
        while i < len(found):
            a = found[i]
            b = found[i + 1] if i + 1 < len(found) else None
            if b is not None and a.currency == b.currency and a.value is not None and b.value is not None \
                    and a.low is None and b.low is None and 0 < a.value < b.value <= 10 * a.value:
                gap = self._range_gap.fullmatch(text, a.end, b.start)
                before = text[max(0, a.start - 20):a.start]
                if gap is not None and (gap.group("and") is None and self._FROM.search(before) is None
                                        or gap.group("and") == "and" and self._BETWEEN.search(before) is not None
                                        or gap.group("and") == "और" and text.startswith(" के बीच", b.end)):
                    out.append(Amount(a.start, b.end, text[a.start:b.end], b.value, a.currency,
                                      self._qualifier(text, a.start, b.end), a.value))
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def _safe(self, text: str, m: "regex.Match[str]") -> bool:
        """Can no amount touch this letter run of ``text``? An amount ends before a non-letter, so a
        run it touches ends with the letters of one of its words; all its words but prefix
        currencies and modifiers begin after a non-letter, so then the run is that word's letters
        (``मिलियन``, ``m`` of ``5m``); a prefix currency or modifier may close a longer run
        (``investoRs 5``), if what follows the run can follow it."""
        run = m.group().lower()
        if run in self._runs:
            return False
        if not run.endswith(self._mid_ends):
            return True
        e = m.end()
        nxt = text[e:e + 1]
        for end, kinds in self._mid_after.items():
            if not run.endswith(end):
                continue
            for kind in kinds:
                if kind == "space" or kind == nxt:
                    return False
                if kind == "num" and nxt and (nxt.isdecimal() or _SPACE.match(nxt) and _WORD_OR_DIGIT.match(text, e + 1)):
                    return False
        return True

    def _windows(self, text: str) -> list[tuple[int, int, list[tuple[int, int, int]]]]:
        """The stretches of :meth:`_stretches`, each with its windows ``(pos, endpos, cut)``: the
        gaps between letter runs no amount can touch (:meth:`_safe`) that hold a currency word.

        No match holds a character of a safe run, and a match looks behind into the text before
        ``pos``, so ``finditer`` from the end of a safe run to one character past the next one
        (whose start is ``cut``) finds the stretch's matches in that gap: a match that could end
        at ``endpos``, where the look-ahead sees no more text, would hold the run's last letter,
        which only an unsafe run can give. (Were one to reach past ``cut`` all the same, the
        caller matches the whole stretch.) Only for text whose letters fold to ASCII letters as
        in ``str.lower`` (see ``_FOLDS_TO_ASCII``).
        """
        n = len(text)
        found: list[tuple[int, int, int, int, int]] = []
        for end_idx, piece in scan.hits(self._anchors, text, longest=self._anchor_longest):
            c = end_idx + 1 - len(piece)
            if found and found[-1][2] <= c < found[-1][4]:
                continue  # inside the last window already
            lo = text.rfind("।", 0, c) + 1
            hi = text.find("।", c)
            hi = n if hi == -1 else hi
            a = lo
            for m in _RUNS_BACK.finditer(text, lo, c):
                if m.end() == c and c < n and _LETTER.match(text, c):
                    continue  # the run holding c, cut short
                if self._safe(text, m):
                    a = m.end()
                    break
            b, cut = hi, hi
            for m in _RUNS.finditer(text, c, hi):
                if m.start() == c and c > 0 and _LETTER.match(text, c - 1):
                    continue
                if self._safe(text, m):
                    b, cut = min(m.end() + 1, hi), m.start()
                    break
            found.append((lo, hi, a, b, cut))
        out: list[tuple[int, int, list[tuple[int, int, int]]]] = []
        for lo, hi, a, b, cut in sorted(found):
            if not out or out[-1][0] != lo:
                out.append((lo, hi, [(a, b, cut)]))
                continue
            windows = out[-1][2]
            if a < windows[-1][1]:  # overlapping windows of one stretch become one
                if b > windows[-1][1]:
                    windows[-1] = (windows[-1][0], b, cut)
            else:
                windows.append((a, b, cut))
        return out

    def _stretches(self, text: str) -> list[tuple[int, int]]:
        """Stretches between dandas that name a currency: the only places an amount can be.

        No amount contains ``।``, and the pattern's look-arounds treat a danda and the end of
        the text alike, so matching stretch by stretch finds exactly what one pass would.
        """
        if self._currency.search(text) is None:
            return []
        if "।" not in text:
            return [(0, len(text))]
        out = []
        lo = 0
        n = len(text)
        while lo <= n:
            hi = text.find("।", lo)
            hi = n if hi == -1 else hi
            if hi > lo and self._currency.search(text, lo, hi) is not None:
                out.append((lo, hi))
            lo = hi + 1
        return out

    def _parse(self, text: str, m: "regex.Match[str]") -> Amount:
        g = m.groupdict()
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if g["vague"]:
            cur = self.suffix[_key(g["suf3"])]
            return Amount(start, end, text[start:end], None, cur, None, None)
        if g["pre"]:
            cur = self.prefix[_key(g["pre"])]
            if g["suf"]:
                cur = self.suffix[_key(g["suf"])] if cur == "USD" and g["pre"] == "$" else cur
            n1, n2, sc = g["n1"], g["n2"], g["sc"]
        else:
            cur = self.suffix[_key(g["suf2"])]
            n1, n2, sc = g["m1"], g["m2"], g["sc2"]
        factor = self._scale(sc)
        a = self._number(n1)
        b = self._number(n2) if n2 else None
        value: float | None
        low: float | None = None
        if a is None or (n2 and b is None):
            value = None
        elif b is not None:
            low, value = a * factor, b * factor
            if low > value:
                low, value = None, None
        else:
            value = a * factor
        if start > 0 and text[start - 1] in self.minus and (start == 1 or text[start - 2].isspace()
                                                            or text[start - 2] in "(["):
            start -= 1  # ``-$5 billion``: a negative amount, sign and all (a negative range is unclear)
            value, low = (None, None) if low is not None or value is None else (-value, None)
        if value is not None and not math.isfinite(value):
            value, low = None, None
        if value is not None:
            value = float(round(value, 4))
        if low is not None:
            low = float(round(low, 4))
        return Amount(start, end, text[start:end], value, cur, self._qualifier(text, start, end), low)


@lru_cache(maxsize=1)
def default_matcher() -> MoneyMatcher:
    """The matcher built from the project's vocabulary (built once per process)."""
    return MoneyMatcher()


def find_amounts(text: str) -> list[Amount]:
    """Every money amount in normalised ``text``.

    >>> [(a.value, a.currency) for a in find_amounts("4,150 करोड़ रुपये")]
    [(41500000000.0, 'INR')]
    """
    return default_matcher()(text)
