"""Stage 2, money: amounts in every form Indian news writes them.

``$500 मिलियन``, ``25 करोड़ डॉलर``, ``₹2 लाख करोड़``, ``साढ़े तीन अरब डॉलर``, ``$3.5-billion``,
``300 से 340 अरब डॉलर`` (a range), ``अरबों डॉलर`` (vague: no value). The vocabulary lives in
``data/cues/money.json``; this module only knows the grammar.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

import regex

from utils import paths

_NOT_WORD_AFTER = r"(?![\p{L}\p{M}\p{N}]|[.,]\d|\.\.)"
_NOT_WORD_BEFORE = r"(?<![\p{L}\p{M}\p{N}.,])"
# Western 1,234,567 or Indian 1,23,45,678 grouping (the last group has three digits)
_GROUPED = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:,\d{2})*,\d{3}(?:\.\d+)?")


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


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The money vocabulary (`data/cues/money.json`)."""
    with open(paths.CUES / "money.json", encoding="utf-8") as fh:
        return json.load(fh)


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
        self.scale = {_key(k): float(f) for k, f in v["scale"].items()}
        self.scale.update({_key(k): float(f) for k, f in v["scale_compound"].items()})
        self.vague = {_key(k): float(f) for k, f in v["vague_scale"].items()}
        self.words = {_key(k): float(f) for k, f in v["number_words"].items()}
        self.modifiers = {_key(k): float(f) for k, f in v["number_modifiers"].items()}
        self.q_before = {_key(k): q for k, q in v["qualifier_before"].items()}
        self.q_after = {_key(k): q for k, q in v["qualifier_after"].items()}
        self.q_after_stop = tuple(v["qualifier_after_not_if_followed_by"])
        self.minus = frozenset(v.get("minus_signs", ()))
        long_scales = [s for s in self.scale if len(s) > 1]
        short_scales = [s for s in self.scale if len(s) == 1]
        digits = r"(?:\d{1,3}(?:\.\d{3}){2,}(?!\d)|\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        word_num = rf"(?:(?:{_alt(list(self.modifiers))})\s+)?(?:{_alt(list(self.words))})"
        mod_digits = rf"(?:{_alt(list(self.modifiers))})\s+{digits}"
        num = rf"(?:{mod_digits}|{digits}|{_NOT_WORD_BEFORE}(?:{word_num}){_NOT_WORD_AFTER})"
        scale = (
            rf"(?:[\s-]*(?:{_alt(long_scales)}){_NOT_WORD_AFTER}|(?:{_alt(short_scales)}){_NOT_WORD_AFTER})"
        )
        join = _alt(v["range_joiners"])
        pre = _alt(list(v["currency_prefix"]))
        suf = _alt(list(v["currency_suffix"]))
        vague = _alt(list(v["vague_scale"]))
        self._pattern = regex.compile(
            rf"""
            (?P<pre>{pre})\s?(?P<n1>{num})
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
        self._scale_split = regex.compile(rf"{_alt(list(self.scale))}", regex.IGNORECASE)
        # every amount holds a currency word and none holds a danda: a cheap pre-check per stretch
        self._currency = regex.compile(rf"{pre}|{suf}", regex.IGNORECASE)

    # -- parsing pieces ------------------------------------------------------------
    def _number(self, s: str) -> float | None:
        """``1,00,00,000`` → 1e7, ``1.000.000`` → 1e6, ``साढ़े तीन`` → 3.5, ``४`` (pre-normalised)."""
        s = " ".join(s.split())
        low = s.lower()
        for mod, delta in self.modifiers.items():
            if low.startswith(mod + " "):
                base = self._number(s[len(mod) + 1 :])
                if base is None:
                    return None
                return base - 0.25 if delta < 0 else base + delta
        if low in self.words:
            return self.words[low]
        if regex.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):
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
        for word in sorted(self.q_before, key=len, reverse=True):
            if before.endswith(word):
                k = len(before) - len(word)
                if k == 0 or not (before[k - 1].isalnum() or "\u0900" <= before[k - 1] <= "\u097f"):
                    return self.q_before[word]
        after = " ".join(text[end : end + 32].split()).lower()
        for word in sorted(self.q_after, key=len, reverse=True):
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
        found: list[Amount] = []
        for lo, hi in self._stretches(text):
            for m in self._pattern.finditer(text, lo, hi):
                found.append(self._parse(text, m))
        return found

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
