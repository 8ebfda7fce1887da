"""Stage 4, deals and relations: who invested in whom, how much, how sure, and the web around it.

Rules over one sentence at a time, split into clauses when a sentence carries several
amounts (``… $500 मिलियन का निवेश किया था और … $1.5 बिलियन … का वादा किया था``). Roles come
from Hindi postpositions (``X ने`` agent, ``Y में`` investee, ``Z से`` source, ``के नेतृत्व में``
lead) and English prepositions (``in``, ``from``, ``led by``); status from cue words checked
in a fixed order (denied, talks, reported, committed, completed). All cue words live in
``data/cues/deals.json``.
"""

from __future__ import annotations

import bisect
import json
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Protocol, Sequence, TypeVar

import regex

from utils import paths, rx, scan
from utils.text import with_nukta_variants
from utils.entities import AGENT_AFTER_HI, Entry, Mention, _is_deva
from utils.money import Amount

class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


_T = TypeVar("_T", bound=_Spanned)

STATUSES = ("completed", "committed", "talks", "reported", "denied")
_STATUS_ORDER = ("denied", "talks", "reported", "committed", "completed")


@dataclass(slots=True)
class Deal:
    """One investment event in the contract's shape."""

    investors: list[str]
    investee: str | None
    amount: float | None
    currency: str | None
    status: str
    valuation: float | None = None
    valuation_currency: str | None = None
    sentence: int | None = None
    evidence: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The contract's form of the deal."""
        return {"investors": list(self.investors), "investee": self.investee, "amount": self.amount,
                "currency": self.currency, "status": self.status, "valuation": self.valuation,
                "valuation_currency": self.valuation_currency, "sentence": self.sentence,
                "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge between two canonical names."""

    head: str
    type: str
    tail: str
    sentence: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """The contract's form of the relation."""
        return {"head": self.head, "type": self.type, "tail": self.tail, "sentence": self.sentence}


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue data of this stage (`data/cues/deals.json`)."""
    with open(paths.CUES / "deals.json", encoding="utf-8") as fh:
        return with_nukta_variants(json.load(fh))


def _starts(items: list[Any]) -> list[int] | None:
    """The items' ``start`` offsets if they are sorted by them (else ``None``: scan linearly)."""
    starts = [x.start for x in items]
    return starts if all(a <= b for a, b in zip(starts, starts[1:])) else None


def _in_span(items: list[Any], starts: list[int] | None, lo: int, hi: int) -> list[Any]:
    """The items whose ``start`` is in ``[lo, hi)``, in their order; bisection when ``starts`` is given."""
    if starts is None:
        return [x for x in items if lo <= x.start < hi]
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


def _longest_first(word: str) -> tuple[int, str]:
    """Longer cues first, so an alternation prefers them; ties in a fixed order, so a pattern built from a
    set is the same string in every process (its compiled program is cached on disk by that string)."""
    return (-len(word), word)


def _any_cue(words: Iterable[str]) -> "regex.Pattern[str]":
    """Matches wherever any cue pattern of ``words`` can (no boundary check): a cheap pre-check."""
    alts = "|".join(regex.escape(w) for w in sorted(set(words), key=_longest_first))
    return rx.compile(alts or "(?!)", regex.IGNORECASE)


def _cue_pattern(words: Iterable[str]) -> "regex.Pattern[str]":
    """Cues matched at a left word boundary (Hindi stems and English words inflect on the right)."""
    alts = "|".join(regex.escape(w) for w in sorted(set(words), key=_longest_first))
    return rx.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alts})", regex.IGNORECASE)


_LETTER = rx.compile(r"[\p{L}\p{M}]")
# letters that case-fold to an ASCII letter other than by str.lower, and ligatures that fold to ASCII:
# a text holding one is searched with the cue patterns themselves (see _CueHits)
_FOLDS_TO_ASCII = "\u212a\u017f\u0130\u0131\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"


class _CueAutomaton:
    """Every word of several cue lists in one Aho-Corasick automaton (lower-cased: the lists'
    patterns ignore case), to find them all in a document in one pass."""

    def __init__(self, lists: dict[str, Iterable[str]]) -> None:
        import ahocorasick

        words: dict[str, set[str]] = {}
        for name, ws in lists.items():
            for w in ws:
                if w:
                    words.setdefault(scan.ascii_lower(w), set()).add(name)
        # only case-less or ASCII letters: then ``str`` equality after A-Z lowering is regex's IGNORECASE
        self.usable = all(ch.isascii() or ch.lower() == ch.upper() for w in words for ch in w)
        self.names = tuple(lists)
        self.automaton = ahocorasick.Automaton()
        for w, names in words.items():
            self.automaton.add_word(w, (len(w), tuple(sorted(names))))
        if words:
            self.automaton.make_automaton()
        self.empty = not words
        self.longest = max(map(len, words), default=0)

    def hits(self, text: str) -> dict[str, tuple[list[int], list[tuple[int, int, bool]]]] | None:
        """Per list, the hits ``(start, end, free)`` sorted, with their starts; ``free`` when no
        letter or mark precedes the hit. ``None`` if the text needs the patterns themselves."""
        if not self.usable or any(c in text for c in _FOLDS_TO_ASCII):
            return None
        found: dict[str, list[tuple[int, int, bool]]] = {n: [] for n in self.names}
        every: list[tuple[int, int, tuple[str, ...]]] = []
        if not self.empty:
            letter = _LETTER.match
            for end, (n, names) in scan.hits(self.automaton, text, longest=self.longest):
                start = end + 1 - n
                free = start == 0 or letter(text, start - 1) is None
                every.append((start, end + 1, names))
                for name in names:
                    found[name].append((start, end + 1, free))
        out: dict[str, Any] = {}
        for name, hs in found.items():
            if hs:
                hs.sort()
            out[name] = ([h[0] for h in hs], hs)
        every.sort()
        out[""] = ([h[0] for h in every], every)
        return out


class _CueHits:
    """Where the cue lists of one document match, asked as ``pattern.search(text[a:b])`` would be:
    the start of the leftmost cue inside ``[a, b)`` at a left word boundary, the slice's own start
    counting as one (the pattern's look-behind sees nothing before a slice)."""

    def __init__(self, text: str, patterns: dict[str, "regex.Pattern[str]"], automaton: _CueAutomaton) -> None:
        self.text = text
        self.patterns = patterns
        self.index = automaton.hits(text)
        self.names: tuple[list[int], list[int]] | None = None  # where firms' names start and end: no cue inside

    def find(self, name: str, a: int, b: int, *, slice_start: int | None = None) -> int:
        """Start (in the text) of the first cue of ``name`` in ``text[a:b]``, or -1; with ``slice_start``,
        as ``pattern.search(text[slice_start:b], a - slice_start)``."""
        if a < 0:
            a = 0
        lo = a if slice_start is None else slice_start
        if self.index is None:
            m = self.patterns[name].search(self.text[lo:b], a - lo)
            return -1 if m is None else lo + m.start()
        starts, hits = self.index[name]
        i = bisect_left(starts, a)
        n = len(hits)
        while i < n:
            s, e, free = hits[i]
            if s >= b:
                break
            if e <= b and (free or s == lo):
                return s
            i += 1
        return -1

    def names_in(self, a: int, b: int) -> set[str]:
        """The lists with a word inside ``[a, b)``, at a boundary or not (a cheap gate)."""
        if self.index is None:
            return {name for name, p in self.patterns.items() if p.search(self.text[a:b]) is not None}
        starts, hits = self.index[""]
        out: set[str] = set()
        i = bisect_left(starts, a)
        n = len(hits)
        while i < n and hits[i][0] < b:
            if hits[i][1] <= b:
                out.update(hits[i][2])
            i += 1
        return out


@dataclass(slots=True)
class _Group:
    """Coordinated mentions (``सिकोइया, टाइगर ग्लोबल और लाइटस्पीड``) sharing one role."""

    canonicals: list[str]
    start: int
    end: int
    after: str = ""
    before: str = ""
    role: str | None = None
    possessive: bool = False
    person: bool = False
    wide_before: str = ""


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    amounts: list[Amount] = field(default_factory=list)


class DealExtractor:
    """Deals from a tagged, sentence-split text.

    >>> from utils.extract import analyse
    >>> [d.investors for d in analyse("अल्फाबेट ने एंथ्रोपिक में $500 मिलियन का निवेश किया।").deals]
    [['Alphabet']]
    """

    def __init__(self, *, vocabulary: dict[str, Any] | None = None, non_parties: Iterable[str] = (),
                 non_investees: Iterable[str] = (), bought_media: Iterable[str] = (),
                 investor_firms: Iterable[str] = ()) -> None:
        v = vocabulary or cues()
        self.non_parties = frozenset(non_parties)
        self.investor_firms = frozenset(investor_firms)  # funds, banks: ``कंपनी ने … जुटाए`` never points back to one
        self.bought_media = frozenset(bought_media)
        self.non_investees = frozenset(non_investees)
        self.invest = _cue_pattern(v["invest_cues"])
        self.raise_ = _cue_pattern(v["raise_cues"])
        self.target = _cue_pattern(v["target_cues"])
        self.plan = _cue_pattern(v["plan_cues"]["words"])
        debt = v["debt_nouns"]
        alt = lambda ws: "|".join(map(regex.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
        # (``in equity and debt``: not debt alone, no match)
        self._debt_after = rx.compile(r"\s+(?:in|of)\s+(?:new\s+)?(?:%s)\b|[\s-]+(?:%s)\b|\s*(?:का|की|के)\s+(?:%s)(?![\p{L}\p{M}])"
                                      % (alt(debt["en_of"]), alt(debt["en"]), alt(debt["hi"])))
        self.with_investors = tuple(v["plan_cues"]["with_investors"])
        self.valuation = _cue_pattern(v["valuation_cues"])
        self.conversion = _cue_pattern(v["conversion_cues"])
        self.status = {k: _cue_pattern(w) for k, w in v["status_cues"].items()}
        self.inv_after = sorted(v["investor_after_hi"], key=len, reverse=True)
        self.ee_after = sorted(v["investee_after_hi"], key=len, reverse=True)
        self.gen_after = v["genitive_after_hi"]
        self.inv_before = sorted(v["investor_before_en"], key=len, reverse=True)
        self.ee_before = sorted(v["investee_before_en"], key=len, reverse=True)
        self.coref = _cue_pattern(v["coreference"]["hi"] + v["coreference"]["en"])
        self.coref_subject_hi = _cue_pattern(v["coreference"]["subject_hi"])
        self._coref_subject_word_hi = rx.compile(self.coref_subject_hi.pattern + r"(?![\p{L}\p{M}])",
                                                    regex.IGNORECASE)  # (whole words: ``वे`` is not ``वेंचर``)
        self.coref_subject_en = rx.compile(
            r"(?:^|[.,;:]\s*|\b(?:that|when|as|and|year|month|week|quarter|ago|earlier|later|then|since|\d{4}|January|February"
            r"|March|April|May|June|July|August|September|October|November|December)\s+)(?:%s)\b"
            % "|".join(map(regex.escape, v["coreference"]["subject_en"])),  # (``Earlier this year it took a stake``)
            regex.IGNORECASE)
        self.splitters = v["clause_splitters"]
        self.complementizers = tuple(v["complementizers"])
        self.both = _cue_pattern(v["coreference"]["both"])
        self.coref_opening = tuple(v["coreference"]["sentence_start"])  # ``कंपनी अब … बातचीत कर रही है``
        self.joint = _cue_pattern(v["joint_venture_words"])
        self.distinct = _cue_pattern(v["distinct_event_cues"]["words"])
        self.sized_nouns = frozenset(v["sized_nouns"])
        from utils.entities import cues as entity_cues, territory_names
        places_hi = sorted(set(entity_cues()["places_hi"]["words"]) | set(v["place_targets"]["hi"]) | territory_names()[0],
                           key=_longest_first)
        fields_en = "|".join(map(regex.escape, sorted(v["place_targets"]["fields_en"], key=len, reverse=True)))
        fields_hi = "|".join(map(regex.escape, sorted(v["place_targets"]["fields_hi"], key=len, reverse=True)))
        self._place_target = rx.compile(
            r"(?<![\p{L}\p{M}])(?:%s)\s+में(?![\p{L}\p{M}])|\bin\s+(?:%s)\b"
            r"|(?<![\p{L}\p{M}])(?:%s)\s+में(?![\p{L}\p{M}])|\bin(?:to)?\s+(?:%s)\b(?!\s*(?:start-?ups?|compan(?:y|ies)|firms?|labs?|"
            r"developers?|makers?|chips?|unicorns?|ventures?|platforms?|models?)\b|-)"
            % ("|".join(map(regex.escape, places_hi)),
               "|".join(map(regex.escape, sorted(v["place_targets"]["en"], key=len, reverse=True))), fields_hi, fields_en))
        self.respectively = _cue_pattern(v["respectively_cues"])
        self.round_nouns = tuple(v["round_nouns"])
        self._round_noun = _any_cue(self.round_nouns)
        self.source_before = tuple(v["source_markers"]["before_en"])
        self.source_after = tuple(v["source_markers"]["after_hi"])
        self.subordinators = rx.compile(r"\b(?:%s)\b" % "|".join(v["subordinators_en"]))
        self.agent_nouns = tuple(v["agent_nouns"])
        verbs = "|".join(regex.escape(w) for w in sorted(v["amount_verbs_hi"]["words"], key=len, reverse=True))
        self.verb_after_amount = rx.compile(rf"\s*[)\]]?\s*(?:और\s+|का\s+|के\s+|की\s+लागत\s+से\s+)?(?:{verbs})(?![\p{{L}}\p{{M}}])")
        # (``15,400 करोड़ रुपये (करीब 2 अरब डॉलर) लगाने``: past the bracket that closes a conversion)
        self.verb_before_amount = rx.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{verbs})\s*$")
        self.sale = _cue_pattern(v["sale_cues"]["words"])
        self.acquire = _cue_pattern(v["acquire_cues"]["words"])
        self.buy = _cue_pattern(v["acquire_cues"]["buy_words"])
        self.contrast_words = tuple(v["contrast_words"]["words"])
        moneyless = v["moneyless_invest_verbs"]
        self._put_no_money = rx.compile(r"(?:%s)\b(?!\s{1,3}(?:[\w-]+\s{1,3}){0,3}?(?:%s)\b)" % (
            "|".join(map(regex.escape, moneyless["verbs"])), "|".join(map(regex.escape, moneyless["money_words"]))))
        may = v["may_hi"]
        self._may_hi = rx.compile(r"(?<![\p{L}\p{M}])(?:%s)\s+(?:%s)(?![\p{L}\p{M}])" % (
            "|".join(map(regex.escape, sorted(may["stems"], key=len, reverse=True))),
            "|".join(map(regex.escape, sorted(may["modals"], key=len, reverse=True)))))
        self.deal_closed = rx.compile("|".join(f"(?:{p})" for p in v["deal_closed_cues"]["patterns"]))
        self.worth = _cue_pattern(v["deal_worth_cues"])
        self.sellers = tuple(v["sale_cues"]["seller_nouns"])
        self.sale_inv_before = v["sale_investor_before_en"]
        self.participation = _cue_pattern(v["participation_cues"]["hi"] + v["participation_cues"]["en"])
        self.rivalry = _cue_pattern(v["rivalry_words"]["words"])
        self.status_not = tuple(v["status_not"]["phrases"])
        self.funding_total = rx.compile("|".join(v["funding_totals"]["en"] + v["funding_totals"]["hi"]))
        sector = v["sector_subjects"]
        self._sector_subject = rx.compile(
            r"(?<![\p{L}\p{M}])(?:%s)(?:\s+(?:%s)(?![\p{L}\p{M}])|(?=[^।,;]{0,60}?\sजुटा\s+चुके))"
            r"|\b(?:%s)\s+(?:[\w-]+\s+){0,5}?(?:%s)\b" % (  # (``Fintech startups in Saudi Arabia raised an estimated …``)
                "|".join(map(regex.escape, sector["hi"])), "|".join(map(regex.escape, sector["hi_markers"])),
                "|".join(map(regex.escape, sector["en"])), "|".join(map(regex.escape, sector["en_verbs"]))))
        lists = {"invest": v["invest_cues"], "raise": v["raise_cues"], "target": v["target_cues"], "plan": v["plan_cues"]["words"],
                 "valuation": v["valuation_cues"], "conversion": v["conversion_cues"],
                 **{f"status:{k}": w for k, w in v["status_cues"].items()},
                 "coref": v["coreference"]["hi"] + v["coreference"]["en"],
                 "coref_subject_hi": v["coreference"]["subject_hi"],
                 "respectively": v["respectively_cues"], "sale": v["sale_cues"]["words"],
                 "participation": v["participation_cues"]["hi"] + v["participation_cues"]["en"],
                 "acquire": v["acquire_cues"]["words"], "joint": v["joint_venture_words"]}
        self._cue_automaton = _CueAutomaton(lists)
        self._cue_patterns = {"invest": self.invest, "raise": self.raise_, "target": self.target, "plan": self.plan,
                              "valuation": self.valuation, "conversion": self.conversion,
                              **{f"status:{k}": p for k, p in self.status.items()},
                              "coref": self.coref, "coref_subject_hi": self.coref_subject_hi,
                              "respectively": self.respectively, "sale": self.sale,
                              "participation": self.participation, "acquire": self.acquire, "joint": self.joint}
        self.gen_after_en = v["genitive_after_en"]
        # the marker words as tuples and sets: one C-level test says whether any of a list can match
        self._ee_after_any = (tuple(w + " " for w in self.ee_after), frozenset(self.ee_after))
        self._inv_after_any = (tuple(w + " " for w in self.inv_after), frozenset(self.inv_after))
        self._gen_after_any = tuple(w + " " for w in self.gen_after)
        self._ee_before_any = (tuple(" " + w for w in self.ee_before), frozenset(self.ee_before))
        self._inv_before_any = (tuple(" " + w for w in self.inv_before), frozenset(self.inv_before))

    def _cues(self, text: str) -> _CueHits:
        """Where the document's cue words are (one Aho-Corasick pass)."""
        return _CueHits(text, self._cue_patterns, self._cue_automaton)

    # -- amounts: which are valuations, which restate another --------------------------
    # ``reported a net profit of Rs 4,235 crore``, ``चार अरब डॉलर के राजस्व वाली कंपनी``: earnings, no deal
    _EARNED_BEFORE = rx.compile(r"\b(?:net profit|profit|revenue|revenues|sales|turnover|net income|net loss|loss|EBITDA|"
                                   r"annual recurring revenue|ARR)\s+of\s+(?:(?:about|around|roughly|nearly|over|more than)\s+)?$"
                                   r"|(?<![\p{L}\p{M}])(?:राजस्व|मुनाफा|मुनाफ़ा|शुद्ध लाभ|टर्नओवर|रेवेन्यू)\s+(?:(?:करीब|लगभग)\s+)?$"
                                   # (``कमाए रिकॉर्ड 3.56 अरब डॉलर``, ``earned a record $2 billion``: earned)
                                   r"|(?<![\p{L}\p{M}])(?:कमाए|कमाया|कमाई|कमाती|कमाता|कमाने)\s+(?:(?:रिकॉर्ड|करीब|लगभग|कुल)\s+)*$"
                                   r"|\b(?:earned|earns|earning)\s+(?:(?:a|an|record|about|around|roughly|nearly|over|more than)\s+)*$"
                                   # (``sales for calendar 2025 are projected at around $13 billion``: a forecast of income)
                                   r"|\b(?:revenue|revenues|sales|turnover)\b[^.$₹€£]{0,40}?\b(?:projected|expected|estimated|forecast)\s+"
                                   r"(?:at|to\s+(?:reach|hit|top|exceed|cross))\s+(?:(?:about|around|roughly|nearly|over|more than)\s+)?$"
                                   # (``The corporate e-learning market was worth about $200 billion``: a market's size)
                                   r"|\b(?:market|industry|spending)\b[^.$₹€£]{0,40}?\b(?:worth|valued\s+at|estimated\s+at|size\s+of"
                                   r"|(?:forecast|expected|projected|set|poised)\s+to\s+(?:reach|hit|top|cross|grow\s+to))\s+"
                                   r"(?:(?:about|around|roughly|nearly|over|more than|an estimated)\s+)?$"
                                   r"|(?<![\p{L}\p{M}])(?:बाजार|बाज़ार|मार्केट)\s+(?:का\s+)?(?:आकार|साइज)\s+(?:[^\s।,]+\s+){0,4}?$"
                                   # (``total contract value of $4.5 billion``: orders won, no stake)
                                   r"|\b(?:total contract value|TCV|deal wins|order book|order inflow)\s+(?:of|at|was|stood at)\s+"
                                   r"(?:(?:about|around|roughly|nearly|over|more than)\s+)?$")
    _EARNED_AFTER = rx.compile(r"\s*(?:का|की|के)\s+(?:सालाना\s+|वार्षिक\s+)?(?:राजस्व|मुनाफा|मुनाफ़ा|शुद्ध लाभ|घाटा|टर्नओवर|रेवेन्यू)"
                                  r"|\s+(?:in|of)\s+(?:annual\s+)?(?:revenue|revenues|sales|net profit|profit)\b"
                                  r"|\s+(?:का\s+)?(?:मुनाफा\s+|मुनाफ़ा\s+|राजस्व\s+)?कमा(?:ए|या|ई|एगी|एगा|ने)(?![\p{L}\p{M}])"
                                  # (``4.5 अरब डॉलर के बड़े सौदे हासिल किए``: orders won, no stake)
                                  r"|\s*(?:के|का|की)\s+(?:(?:बड़े|नए|कुल|बड़ी)\s+)*(?:सौदे|ऑर्डर|अनुबंध|कॉन्ट्रैक्ट|डील्स)\s+(?:हासिल|जीत)"
                                  # (``the $200 billion corporate learning market``: a market's size)
                                  r"|\s+(?:[\w-]+\s+){0,3}?(?:market|industry)\b(?!\s+(?:debut|listing|value|valuation|cap|price|share))")
    _PRICE_AFTER_HI = rx.compile(r"\s*(?:में|के\s+बदले)(?![\p{L}\p{M}])")
    _HELD_WORDS = ("asset", "AUM", "प्रबंधन", "संपत्ति", "संपदा", "एसेट", "एयूएम", "net worth", "fortune", "नेटवर्थ", "नेट वर्थ",
                   "manage", "oversee", "cash", "नकदी", "corpus")
    _EARNED_WORDS = ("profit", "earn", "revenue", "sales", "turnover", "income", "loss", "EBITDA", "ARR", "राजस्व", "मुनाफ", "लाभ",
                     "टर्नओवर", "रेवेन्यू", "घाटा", "कमा", "contract", "TCV", "order", "हासिल", "जीत", "market", "industry",
                     "spending", "बाजार", "बाज़ार", "मार्केट")
    _HELD_BEFORE = rx.compile(r"(?:\b(?:assets under management|AUM|assets|net worth|fortune|corpus) of|\bnet worth (?:is|was|at|stands at)"
                                 r"|\bcash(?: and (?:cash equivalents|(?:treasury |liquid |short-term )?investments|securities))?"
                                 r"(?: reserves| pile| balance)? of"  # (``cash and investments of more than ₹4,000 crore``: held, no deal)
                                 r"|\b(?:which|that|it|and|now)\s+(?:manages|managed|oversees|oversaw)"  # (``LeapFrog, which manages about $2.2 billion``)
                                 r"|(?<![\p{L}\p{M}])(?:प्रबंधन\s+में|प्रबंधन\s+के\s+तहत|एयूएम|संपत्ति|संपदा|एसेट्स|नेटवर्थ|नेट\s+वर्थ))"
                                 r"\s+(?:(?:more than|over|about|nearly|some|roughly|around|लगभग|करीब|क़रीब)\s+)?$")
    _HELD_AFTER = rx.compile(r"\s+(?:(?:in|of)\s+(?:client\s+|total\s+)?assets\b|(?:in\s+)?(?:assets\s+)?under\s+management\b|(?:in\s+)?AUM\b)"
                                r"|\s*(?:से\s+(?:ज्यादा|ज़्यादा|अधिक)\s+)?(?:की|के)\s+(?:संपत्ति|संपत्तियों|एसेट्स?)\s+(?:का\s+प्रबंधन|है|हैं|संभाल)"
                                r"|\s*(?:की|के)\s+नकदी(?![\p{L}\p{M}])")  # (``2.4 अरब डॉलर की नकदी और निवेश थे``: cash held)

    _GRANT_AFTER = rx.compile(r"\s+(?:(?:research|government|federal|state|non-dilutive|innovation|philanthropic)\s+)?grants?\b"
                                 r"|\s*(?:का|की|के)\s+(?:सरकारी\s+)?(?:अनुदान|ग्रांट)(?![\p{L}\p{M}])")

    def _kind_of_amounts(self, text: str, sent: tuple[int, int], amounts: list[Amount],
                         orgs: list[Mention] = (), cues: _CueHits | None = None) -> dict[int, str]:  # type: ignore[assignment]
        cues = cues or self._cues(text)
        kinds: dict[int, str] = {}
        prev_end = sent[0]
        s_text = text[sent[0]:sent[1]]
        held = any(w in s_text for w in self._HELD_WORDS)  # (cheap tests first: the patterns below are slow)
        earned = any(w in s_text for w in self._EARNED_WORDS)
        valued = "valu" in s_text
        for i, a in enumerate(amounts):
            lo = max(prev_end, a.start - 45)
            comma = text.rfind(",", lo, a.start)
            before_at = comma + 1 if comma != -1 else lo
            before = text[before_at:a.start]  # its own clause
            after = text[a.end:min(sent[1], a.end + 25)]
            gap = text[prev_end:a.start]
            if i > 0 and kinds.get(i - 1) not in ("conversion", "price") and (
                rx.fullmatch(r"\s*[(\[]\s*(?:\p{L}+\s+){0,2}", gap)
                or cues.find("conversion", prev_end, a.start) >= 0 and len(gap) < 30
            ):
                kinds[i] = "conversion"
            elif self._AGGREGATE.search(text, max(sent[0], a.start - 70), a.start) or self._AGGREGATE_AFTER.match(text, a.end, sent[1]):
                kinds[i] = "total"  # ``the two purchases add roughly $15.7 billion``, ``for a combined $87.5 million``
            elif self._PER_SHARE.match(text, a.end) or a.value is not None and a.value < 10_000:
                kinds[i] = "price"  # ``to buy Juniper for $40 per share``, ``shares closed at $165``: a price, not a deal
            elif held and (self._HELD_BEFORE.search(text, max(sent[0], a.start - 40), a.start)
                           and not self._PRICE_AFTER_HI.match(text, a.end)  # (``एसेट्स 2 अरब डॉलर में खरीदे``: a price)
                           or self._HELD_AFTER.match(text, a.end, sent[1])) \
                    or earned and (self._EARNED_BEFORE.search(text, max(sent[0], a.start - 70), a.start)
                                   or self._EARNED_AFTER.match(text, a.end, sent[1])):
                kinds[i] = "size"  # ``which manages more than $1 trillion in assets``: what a firm manages, no deal
            elif self._debt_after.match(text, a.end, sent[1]):
                kinds[i] = "loan"  # ``₹800 करोड़ का कर्ज``, ``Rs 40 crore in venture debt``: borrowed, no stake bought
            elif self._GRANT_AFTER.match(text, a.end, sent[1]):
                kinds[i] = "loan"  # ``a £300,000 grant from Innovate UK``, ``₹50 लाख का अनुदान``: a grant buys no stake
            elif self._sized_org(text, a, orgs):
                kinds[i] = "size"  # ``75,000 करोड़ रुपये के गूगल फॉर इंडिया डिजिटाइजेशन फंड``: what the fund holds
            elif self._DEAL_VALUED.search(before):
                kinds[i] = "deal"  # ``acquire Tabular in a deal valued at $1 billion``: the price of the deal, not a valuation
            elif valued and (self._VALUES_NAME_AT.search(text, max(sent[0], a.start - 80), a.start)
                             or self._VALUES_DESCRIBED_AT.search(text, max(sent[0], a.start - 100), a.start)):
                kinds[i] = "valuation"  # ``The equity investment values Owkin at more than $1 billion``
            elif cues.find("valuation", before_at, a.start) >= 0 and not rx.search(r"(?:मूल्यांकन|वैल्यूएशन)\s+पर\s*$", before) or rx.match(r"\s*(?:के|की|का)?\s*(?:post-money\s+|pre-money\s+)?(?:मूल्यांकन|वैल्यूएशन|valuation)", after):
                kinds[i] = "valuation"
            elif self._target_in(cues, text, max(sent[0], prev_end, a.start - 80), a.start) \
                    or self._target_in(cues, text, a.end, min(sent[1], a.end + 45)):
                kinds[i] = "target"
            elif (cues.find("plan", max(sent[0], prev_end, a.start - 80), a.start) >= 0
                  or cues.find("plan", a.end, min(sent[1], a.end + 45)) >= 0) and not any(w in s_text for w in self.with_investors):
                kinds[i] = "target"  # ``IPO के जरिए ₹2,000 करोड़ जुटाने की योजना``: what a firm plans to raise, no deal yet
            else:
                kinds[i] = "deal"
            prev_end = a.end
        return kinds

    _FUND_IN_FUNDING = rx.compile(r"[^\s]*\s*(?:का|के)\s+(?:नया|नए)\s+फंडिंग")

    def _target_in(self, cues: _CueHits, text: str, a: int, b: int) -> bool:
        """A fundraising target's cue inside ``[a, b)``; ``का नया फंड`` (a new fund) not read inside
        ``का नया फंडिंग राउंड`` (a new funding round, money raised)."""
        at = cues.find("target", a, b)
        while at >= 0 and self._FUND_IN_FUNDING.match(text, at) is not None:
            at = cues.find("target", at + 1, b)
        return at >= 0

    def _refine_told_sum(self, text: str, clause: _Clause, deals: list[Deal]) -> None:
        """``सौदे की कुल वैल्यू 19.7 अरब डॉलर``: the exact value of a deal told rounded before (``करीब 20 अरब
        डॉलर में हुआ सौदा``) replaces the rounded figure."""
        for a in clause.amounts:
            if a.value is None or not self._DEAL_VALUED.search(text[max(clause.start, a.start - 60):a.start]):
                continue
            twin = next((d for d in reversed(deals) if d.currency == a.currency and _close(d.amount, a.value)), None)
            if twin is not None and _digits(a.value) > _digits(twin.amount):
                twin.amount = a.value

    _PAID_FOR_IT = rx.compile(r"\b(?:pay|pays|paid|paying)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more than\s+|over\s+)?$")
    _FOR_THE_FIRM = rx.compile(r"\s+for\s+(?:the\s+(?:company|startup|start-up|firm|business)|it)\b")
    # ``एसएपी इसके लिए लगभग 1.2 अरब यूरो चुका रही है``: the price paid for the firm just told of
    _FOR_IT_HI = rx.compile(r"(?<![\p{L}\p{M}])(?:इसके|उसके|इस\s+सौदे\s+के|इस\s+अधिग्रहण\s+के)\s+लिए\s+(?:(?:करीब|लगभग|क़रीब|कुल)\s+)?$")
    _PAID_AFTER_HI = rx.compile(r"\s*(?:(?:का|की)\s+)?(?:भुगतान\s+)?(?:चुका|अदा|दिए|दी|दिया|देगी|देगा|देने|दे\s)")
    _THIS_DEAL_SUM = rx.compile(r"\s*(?:का|के|की)\s+(?:यह|इस)\s+(?:सौदा|सौदे|डील|अधिग्रहण)(?![\p{L}\p{M}])")

    # ``यह निवेश करीब 3 करोड़ डॉलर का है``, ``the investment is worth about $30 million``: the sum of the deal just told
    # (``कुल सौदा करीब $1.7 बिलियन का है``; ``put the price at $50 million to $70 million``, ``the price was about …``)
    _THIS_DEAL_IS = rx.compile(r"(?<![\p{L}\p{M}])(?:यह|इस|कुल|पूरा)\s+(?:निवेश|सौदा|डील|अधिग्रहण)\s+(?:(?:करीब|लगभग|क़रीब|तकरीबन)\s+)?$"
                                  r"|\b(?:the|this)\s+(?:investment|deal|stake|transaction)\s+(?:is|was)\s+worth\s+"
                                  r"(?:(?:about|around|roughly|nearly|some)\s+)?$"
                                  r"|\b(?:put|puts|pegged|pegs)\s+(?:the\s+)?(?:price|purchase\s+price|price\s+tag|deal\s+value|value\s+of\s+the\s+"
                                  r"(?:deal|transaction|acquisition))\s+at\s+(?:(?:about|around|roughly|nearly|some|between)\s+)?$"
                                  r"|\bthe\s+(?:purchase\s+)?price\s+(?:was|is|would\s+be)\s+(?:(?:about|around|roughly|nearly|some)\s+)?$"
                                  r"|\b(?:deal|transaction)\s+(?:valued|worth)\s+(?:at\s+)?(?:(?:approximately|about|around|roughly|nearly|some)\s+)?$")
    _IS_AFTER_HI = rx.compile(r"\s*(?:का|की|के)\s+(?:है|था|थी|हैं|होगा|होगी|बताया)(?![\p{L}\p{M}])")

    def _price_of_told_deal(self, text: str, clause: _Clause, si: int, deals: list[Deal]) -> None:
        """``Snowflake would pay about $110 million for the company``, ``15.7 बिलियन डॉलर का यह सौदा``: the price
        of a deal told just before without one."""
        for a in clause.amounts:
            if a.value is None:
                continue
            if not (self._PAID_FOR_IT.search(text, max(clause.start, a.start - 30), a.start) and self._FOR_THE_FIRM.match(text, a.end)
                    or self._THIS_DEAL_SUM.match(text, a.end)
                    or self._FOR_IT_HI.search(text, max(clause.start, a.start - 30), a.start) and self._PAID_AFTER_HI.match(text, a.end)
                    or self._THIS_DEAL_IS.search(text, max(clause.start, a.start - 40), a.start)
                    and (self._IS_AFTER_HI.match(text, a.end) or text[a.start - 1:a.start].isascii())):
                continue
            told = next((d for d in reversed(deals) if d.sentence is not None and si - d.sentence <= 3), None)
            if told is not None and told.amount is None and told.investee is not None:
                told.amount, told.currency = a.value, a.currency

    _FOR_NAME_EN = rx.compile(r"\s+for\s+")
    # (``paid $1.3 billion for generative AI platform MosaicML``: a lower-case description before the name)
    _FIRM_DESCRIBED_EN = rx.compile(r"(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*|AI)\s+){0,5}")
    _FOR_NAME_HI = rx.compile(r"\s+(?:\([^()]{1,40}\)\s+)?के\s+लिए\s+(?:(?:करीब|लगभग|कुल)\s+)?$")
    _WILL_PAY = rx.compile(r"(?<![\p{L}\p{M}])(?:चुकाएगी|चुकाएगा|चुकाएंगी|चुकाएंगे|चुकाने|अदा करेगी|अदा करेगा|देगी|देगा)"
                              r"(?![\p{L}\p{M}])|\b(?:will|would|to|agreed to) pay\b")
    _AND_PRICE_EN = rx.compile(r"\s*,?\s*and\s+(?:(?:about|around|roughly|nearly|some|another)\s+)?$")

    def _price_for_named_firm(self, text: str, clause: _Clause, si: int, sent: tuple[int, int], deals: list[Deal],
                              actors: list[Mention]) -> Deal | None:
        """``will pay $262 million for Kindred and $25 million for Haddington``, ``किंड्रेड के लिए 262 मिलियन
        डॉलर … चुकाएगी``: the price of a purchase told before, for the firm named beside it; a firm
        bought with the buyer of one told just before is a deal of its own."""
        for a in clause.amounts:
            if a.value is None:
                continue
            firm = None
            if self._FOR_NAME_EN.match(text, a.end) and (
                    self._PAID_FOR_IT.search(text, max(clause.start, a.start - 30), a.start)
                    or self._AND_PRICE_EN.fullmatch(text, clause.start, a.start)):
                after = self._FOR_NAME_EN.match(text, a.end).end()
                firm = next((m for m in actors if after <= m.start <= after + 60 and m.label == "ORG"
                             and self._FIRM_DESCRIBED_EN.fullmatch(text, after, m.start)), None)
            elif self.worth.search(text, a.end, sent[1]):  # (``… चुकाएगी``, ``… का सौदा``)
                firm = next((m for m in reversed(actors) if m.label == "ORG" and m.end <= a.start
                             and self._FOR_NAME_HI.fullmatch(text, m.end, a.start)), None)
            if firm is None:
                continue
            recent = [d for d in reversed(deals) if d.sentence is not None and si - d.sentence <= 3]
            own = next((d for d in recent if d.investee == firm.canonical), None)
            if own is not None:
                if own.amount is None:
                    own.amount, own.currency = a.value, a.currency
                continue
            agent = next((m for m in actors if m.label == "ORG" and m.end <= firm.start and m.canonical != firm.canonical
                          and (AGENT_AFTER_HI.match(text, m.end) or m.start == clause.start)), None)
            if agent is not None:
                status = "committed" if self._WILL_PAY.search(text, a.start, sent[1]) else "completed"
                return Deal([agent.canonical], firm.canonical, a.value, a.currency, status,
                            sentence=si, evidence=" ".join(text[sent[0]:sent[1]].split()))
            buyer = next((d for d in recent if d.investors and d.investee is not None), None)
            if buyer is not None and firm.canonical not in buyer.investors:
                return Deal(list(buyer.investors), firm.canonical, a.value, a.currency, buyer.status,
                            sentence=si, evidence=" ".join(text[sent[0]:sent[1]].split()))
        return None

    _AGGREGATE = rx.compile(r"\b(?:two|three|four|five|both|these|those)\s+(?:purchases|deals|acquisitions|transactions|"
                               r"investments|takeovers)\b[^.;$€£₹\d]{0,40}$|\b(?:a|the)\s+combined\s+$"
                               # ``तीन डायरेक्ट-टू-कंज्यूमर ब्रांड्स में कुल ₹14.5 करोड़``, ``in three startups a total of``: several firms' sum
                               r"|(?<![\p{L}\p{M}])(?:दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|[2-9]|[1-9]\d)\s+(?:[^\s।,]+\s+){0,3}?"
                               r"(?:कंपनियों|स्टार्टअप्स|स्टार्टअपों|स्टार्टअप|ब्रांड्स|ब्रांडों|फर्मों|सौदों)\s+में\s+"
                               r"(?:(?:कुल|मिलाकर|करीब|लगभग|क़रीब)\s+)*$"
                               r"|\b(?:in|across|into)\s+(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:startups|start-ups|companies|firms|brands)\s+(?:a\s+total\s+of\s+|(?:about|around|roughly)\s+)?$")
    _AGGREGATE_AFTER = rx.compile(r"\s+(?:in|across|into)\s+(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d)\s+"
                                     r"(?:[\w-]+\s+){0,3}?(?:startups|start-ups|companies|firms|brands)\b")
    _PER_SHARE_FOR = rx.compile(r"\b(?:pay|pays|paid|paying|offered|offers|offer)\s+[^.;]{0,40}?\bper\s+share\b[^.;]{0,30}?\bfor\b")
    _VALUING_WHOLE = rx.compile(r"\b(?:valuing|valued|values)\s+(?:the\s+(?:[\w.&'’-]+\s+){0,5}?(?:company|firm|business|startup|group)"
                                   r"|it)\s+at\s+(?:(?:about|around|roughly|nearly|some|more than|over|approximately)\s+)*$")
    _PRICE_PER_SHARE = rx.compile(r"[$€£₹][\d.,]+\s+(?:per|a)\s+share\b")  # (``buy Sapiens … for $43.50 per share``)
    # ``… for $23.25 per share in cash. The deal values PROS at about $1.4 billion``: the price of the whole
    _DEAL_VALUES = rx.compile(r"\s*(?:The|This)\s+(?:deal|transaction|offer|acquisition|purchase|buyout|takeover)\s+"
                                 r"(?:values|valued)\s+(?:[\w.&'’-]+\s+){1,6}?at\s+"
                                 r"(?:(?:about|around|roughly|nearly|some|more than|over|approximately)\s+)*$")

    _VALUES_NAME_AT = rx.compile(r"\b(?:values|valued|valuing|value)\s+(?!at\b)(?:[\p{Lu}\d][\w.&'’-]*\s+){1,4}at\s+"
                                    r"(?:(?:about|around|roughly|nearly|almost|over|above|close to|more than|less than|"
                                    r"as much as|up to|some|an estimated)\s+)*$")

    # ``The round values the San Francisco and Tel Aviv-based company at $1.2 billion``, ``once valued above $1 billion``
    _VALUES_DESCRIBED_AT = rx.compile(r"\b(?:values|valued|valuing|value)\s+(?:(?:the|a|an|its)\s+)?(?:[\w.,&'’-]+\s+){0,8}?"
                                         r"(?:company|startup|start-up|firm|business|group|maker|developer|it|them)\s+at\s+"
                                         r"(?:(?:about|around|roughly|nearly|almost|over|above|close to|more than|less than|"
                                         r"as much as|up to|some|an estimated)\s+)*$"
                                         r"|\b(?:once|was|were|is|been)\s+valued\s+(?:at\s+)?(?:above|over|more than|upwards of)\s+$"
                                         # ``did not disclose its valuation, but a person … put it at more than $2 billion``
                                         r"|\b(?:put|puts|putting|pegged|pegs|pegging|placed|places)\s+(?:it|that|the\s+figure|the\s+number)\s+at\s+"
                                         r"(?:(?:about|around|roughly|nearly|almost|over|above|close to|more than|less than|"
                                         r"as much as|up to|some|an estimated)\s+)*$")
    _DEAL_VALUED = rx.compile(r"(?:\b(?:deal|transaction|takeover|acquisition|buyout|merger)\s+(?:reportedly\s+|was\s+)?valued\s+at\s+"
                                 r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?"
                                 r"|(?<![\p{L}\p{M}])(?:सौदे|डील|करार|अधिग्रहण)\s+(?:की|का)\s+(?:कुल\s+)?(?:वैल्यू|कीमत|मूल्य|रकम)"
                                 r"(?:\s+[\p{L}\p{M}]+)?\s+(?:करीब\s+|लगभग\s+)?)$")

    _GOODS_AFTER = rx.compile(r"(?:['’]s\s+)?(?:[\w-]+\s+)?(?:processors|chips|GPUs|graphics cards|servers|accelerators|supercomputers"
                                 r"|चिप्स|चिपों|प्रोसेसर|जीपीयू|सर्वर)(?![\p{L}\p{M}])"
                                 r"(?!\s+(?:business|unit|division|arm|operations|कारोबार|इकाई|डिवीजन))")  # (``Intel's chips business`` is a firm's part)
    _OWN_TOTAL = rx.compile(r"['’]?s\s+(?:total|overall|cumulative)\s+(?:funding|capital raised|fundraising|equity funding)\b")
    _SIZE_OF_FUND_EN = rx.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:fund|fund-of-funds|vehicle)\b(?!\s+(?:raise|round|managers?)\b)")
    _SIZE_OF_FUND_HI = rx.compile(r"\s*(?:के|की|का)\s+(?:(?:अपने|अपनी|नए|नई|नया|एक)\s+)?(?:[^\s,।()]+\s+){0,3}?"
                                     r"(?:फंड|फ़ंड|कोष)(?![\p{L}\p{M}])(?!\s+(?:(?:में|से|ने|को)(?![\p{L}\p{M}])|जुटा|हासिल|मिल|लिया|दिया|लगा|प्राप्त))")

    _FOR_FUND_EN = rx.compile(r"\s+(?:for|across)\s+(?:its|a|an|their|the|two|three)\s+(?:[\w-]+\s+){0,3}?(?:fund|funds|vehicle|vehicles)\b"
                                 r"(?!\s+(?:raise|round|managers?)\b)")
    _FOR_FUND_HI = rx.compile(r"(?<![\p{L}\p{M}])(?:फंड|फ़ंड|कोष)\s+(?:के\s+लिए|हेतु)\s+(?:(?:करीब|लगभग|कुल)\s+)?$")
    _OWN_FUND_HI = rx.compile(r"\s*(?:के|की|का)\s+(?:[^\s,।()]+\s+){0,3}?(?:फंड|फ़ंड|कोष)\s+से(?![\p{L}\p{M}])")

    def _sized_org(self, text: str, a: Amount, orgs: list[Mention]) -> bool:
        """Is the amount the size of the fund or programme named right after it?"""
        for m in orgs:
            if a.end <= m.start <= a.end + 6 and rx.fullmatch(r"\s*(?:के|की|का)?\s*", text[a.end:m.start]):
                return m.text.split()[-1] in self.sized_nouns
        nearby = text[a.end:a.end + 40]
        if ("fund" in nearby or "vehicle" in nearby) and self._SIZE_OF_FUND_EN.match(text, a.end) is not None:
            # ``preparing a $10 billion venture fund``, ``the $925 billion sovereign wealth fund``,
            # ``Accel closes $650 million India fund``: its size
            return True
        if ("fund" in nearby or "vehicle" in nearby) and self._FOR_FUND_EN.match(text, a.end) is not None:
            return True  # ``raised about $180 million across an early-stage fund``, ``$200 million for its third fund``
        if self._FOR_FUND_HI.search(text, max(0, a.start - 40), a.start) is not None:
            return True  # ``अपने तीसरे फंड के लिए ₹1,200 करोड़ जुटाने``: the fund's size
        if not ("फंड" in nearby or "फ़ंड" in nearby or "कोष" in nearby):
            return False
        if "अपने" in text[max(0, a.start - 12):a.start] and self._OWN_FUND_HI.match(text, a.end) is not None:
            return True  # ``अपने ₹830 करोड़ के तीसरे फंड से``
        return self._SIZE_OF_FUND_HI.match(text, a.end) is not None  # ``$10 बिलियन के अपने वेंचर फंड 'ह्यूमेन वेंचर्स'``

    def _clauses(self, text: str, sent: tuple[int, int], amounts: list[Amount],
                 cues: _CueHits | None = None) -> list[_Clause]:
        """Split a sentence at conjunctions so that each clause holds one amount (or, with no more
        than one amount, one purchase: ``bought Flowise …, and last year acquired HiredScore``)."""
        if len(amounts) == 1 and ((tail := self._NEW_SUBJECT_EN.search(text, amounts[0].end, sent[1])) is not None
                                  or (tail := self._WHEREAS_HI.search(text, amounts[0].end, sent[1])) is not None) \
                and (cues is None or cues.find("acquire", tail.start(), sent[1]) < 0):
            # ``… took a stake … for $300 million, …, and Anthropic named Google Cloud …``: a clause of its own
            return [_Clause(sent[0], tail.start(), list(amounts)), _Clause(tail.start(), sent[1])]
        if len(amounts) <= 1:
            if cues is not None and cues.find("acquire", *sent) < 0:
                return [_Clause(sent[0], sent[1], list(amounts))]  # (the indexed cue first: no scan per sentence)
            verbs = sorted(m.start() for pat in (self.acquire, self.buy) for m in pat.finditer(text, sent[0], sent[1]))
            cuts = [sent[0]]
            for a, b in zip(verbs, verbs[1:]):
                whereas = self._WHEREAS_HI.search(text, a, b)  # (``… OrthoSensor को खरीदा था, जबकि … Wright Medical का अधिग्रहण``)
                k = max(text.rfind(", and ", a, b), text.rfind("; ", a, b), whereas.start() if whereas else -1)
                if k > cuts[-1]:
                    cuts.append(k)
            if len(cuts) == 1:
                return [_Clause(sent[0], sent[1], list(amounts))]
            clauses = [_Clause(s0, e0) for s0, e0 in zip(cuts, cuts[1:] + [sent[1]])]
            for a in amounts:
                next(c for c in clauses if c.start <= a.start < c.end).amounts.append(a)
            return clauses
        cuts = [sent[0]]
        for a, b in zip(amounts, amounts[1:]):
            seg = text[a.end:b.start]
            best = loose = None
            for sp in self.splitters:
                k = seg.find(sp)
                while k != -1:
                    if loose is None or k < loose:
                        loose = k
                    # ``led by Tiger Global and Alkeon Capital``: an ``and`` before a name joins names, not clauses
                    if not (sp.strip() in ("and", "&") and seg[k + len(sp):k + len(sp) + 1].isupper()):
                        if best is None or k < best:
                            best = k
                        break
                    k = seg.find(sp, k + 1)
            if best is None:
                best = loose
            if best is None and ", " in seg and self._ROUND_AFTER_AMOUNT.match(text, b.end):
                best = seg.rfind(", ")  # ``…, two years after a $60 million Series D co-led by …``: a round of its own
            if best is not None:
                cuts.append(a.end + best)
        cuts.append(sent[1])
        clauses = [_Clause(s, e) for s, e in zip(cuts, cuts[1:])]
        for a in amounts:
            for c in clauses:
                if c.start <= a.start < c.end:
                    c.amounts.append(a)
                    break
        return clauses

    # ``गपशप … 10 करोड़ डॉलर जुटाकर यूनिकॉर्न बनी थी, जबकि हैप्टिक को रिलायंस जियो ने खरीदा था``: another event
    _WHEREAS_HI = rx.compile(r",\s*(?:जबकि|वहीं)\s+")
    _NEW_SUBJECT_EN = rx.compile(r",\s+(?:and|while|but|whereas)\s+(?=\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}\s+"
                                    r"(?:has\s+|have\s+|had\s+|also\s+|is\s+|was\s+)?\p{Ll}+(?:ed|s)\b)")

    # -- roles ---------------------------------------------------------------------------
    # ``पार्टनर्स ग्रुप और अमेरिकी प्राइवेट इक्विटी कंपनी केकेआर``, ``NEA and Swiss investment firm Partners
    # Group``: a conjunction, then words that describe the next firm and end in its type
    _AND_DESCRIBED = rx.compile(
        r"\s*[)\]\"'”’]?\s*(?:,|और|and|,\s*and|व|एवं|तथा)\s+(?:(?!(?:ने|में|को|से|पर|था|थी|थे|है|हैं|by|from|in|to|with|said)\b)"
        r"[\p{L}\p{M}-]+\s+){0,5}?(?:कंपनी|फर्म|फंड|निवेशक|बैंक|स्टार्टअप|प्लेटफॉर्म|प्लेटफ़ॉर्म|ब्रांड|निर्माता|प्रदाता|firm|fund|investor|company|bank|group|giant|manager"
        r"|retailer|[a-z]*maker|developer|provider|platform|operator|lender|chain|brand)\s+")
    # (``केलिडो (Kaleido) और चेक गणराज्य के स्टार्टअप स्मार्टमॉकअप्स``: the Hindi startup noun only; an English
    # ``and … startup X`` as often starts a clause of its own)

    def _groups(self, text: str, start: int, end: int, orgs: list[Mention]) -> list[_Group]:
        groups: list[_Group] = []
        comma_pair: dict[int, tuple[int, int]] = {}  # groups of two joined by a bare comma: where to cut
        for m in orgs:
            if not (start <= m.start < end):
                continue
            if groups:
                g = groups[-1]
                gap = text[g.end:m.start]
                if m.canonical in g.canonicals and rx.fullmatch(r"\s*[(\[\"'“‘]?\s*", gap):
                    g.end = m.end  # a gloss or repeat: ``अमेज़न वेब सर्विसेज (AWS)``
                    continue
                if rx.fullmatch(r"\s*['’]s\s+", gap) or self._APPOSITION_HI.fullmatch(gap) or self._RIVAL_OF.fullmatch(gap):
                    g.canonicals[-1] = m.canonical  # ``Alphabet Inc.'s Google``: the owned one acts
                    g.end = m.end
                    if len(g.canonicals) == 1:
                        g.person = m.label == "PERSON"  # (``Elon Musk's xAI raised``: a firm raised)
                    continue
                if rx.fullmatch(r"\s*[)\]\"'”’]?\s*(?:,|और|and|,\s*and|व|एवं|तथा|&)\s*", gap) or self._AND_DESCRIBED.fullmatch(gap):
                    if len(g.canonicals) == 1 and gap.strip() == ",":
                        comma_pair[id(g)] = (g.end, m.start)
                    else:
                        comma_pair.pop(id(g), None)
                    g.canonicals.append(m.canonical)
                    g.end = m.end
                    continue
            groups.append(_Group([m.canonical], m.start, m.end, person=m.label == "PERSON"))
        if comma_pair:
            # ``गूगल, एंथ्रोपिक में … लगाएगा``: two names and a bare comma are a subject and the next
            # phrase, not a list (a list of two takes ``और``/``and``)
            split: list[_Group] = []
            for g in groups:
                cut = comma_pair.get(id(g))
                if cut is None or not text[g.end:g.end + 4].lstrip().startswith(("में", "को")):
                    split.append(g)
                    continue
                split.append(_Group([g.canonicals[0]], g.start, cut[0], person=g.person))
                split.append(_Group([g.canonicals[1]], cut[1], g.end, person=g.person))
            groups = split
        for g in groups:
            g.possessive = text.startswith(tuple(self.gen_after_en), g.end)
            tail = g.end
            gloss = self._BRACKET_AFTER.match(text, g.end, end)  # ``कर्ज़ा टेक्नोलॉजीज (Karza) को``: past the gloss
            if gloss is not None and not any(gloss.start() <= m.start < gloss.end() for m in orgs):
                tail = gloss.end()
            g.after = " ".join(text[tail:min(end, tail + 40)].lstrip(" )]\"'”’").split())
            if g.after.startswith(("— ", "– ")) and g.after[2:3] in ("क", "न", "स", "म"):
                g.after = g.after[2:]  # ``दो कंपनियों — किंड्रेड और हैडिंगटन — को खरीदने``: the aside closes
            g.before = " ".join(text[max(start, g.start - 40):g.start].split()).lower()
            g.wide_before = " ".join(text[max(start, g.start - 80):g.start].split()).lower()
        return groups

    _TARGET_NOUN = ("अधिग्रहण ", "अधिग्रहण,", "acquisition ", "acquisition,", "takeover ", "takeover,", "buyout ", "buyout,",
                    "purchase ", "purchase,")
    # ``OpenAI rival Anthropic``, ``ओपनएआई की प्रतिद्वंद्वी एंथ्रोपिक``: the first name only describes the second
    _RIVAL_OF = rx.compile(r"\s+(?:rival|competitor|challenger|peer|partner|पार्टनर)\s+|\s*(?:की|के|का)\s+(?:प्रतिद्वंद्वी|प्रतिस्पर्धी|"
                              r"राइवल)(?:\s+(?:कंपनी|फर्म|स्टार्टअप))?\s+")
    _BRACKET_AFTER = rx.compile(r"\s*\([^()]{1,40}\)")
    _PASS_ON = rx.compile(r"\s*(?:founder|co-founder|cofounder|chairman|chief executive|CEO|said|says|told|announced"
                             r"|के संस्थापक|के सह-संस्थापक|के चेयरमैन|के CEO|के सीईओ)\b")
    _BACKER_NOUN = rx.compile(r"(?:\s*(?:के|की|का|'s|’s))\s+(?:[\p{L}\p{M}]+\s+){0,3}?(?:समर्थक|निवेशक|शेयरधारक|हिस्सेदार|"
                                 r"backer|backers|investor|investors|shareholder)\b")
    _IN_THE_COMPANY_ANY = rx.compile(r"(?<![\p{L}\p{M}])(?:कंपनी|स्टार्टअप|फर्म)\s+में(?![\p{L}\p{M}])|\bin (?:the company|the firm|the startup)\b")
    _IN_THE_DESCRIBED = rx.compile(r"\bin the (?:[\w.,'’-]+\s+){0,5}?(?:company|firm|startup|start-up|[a-z]*maker|"
                                      r"developer|group|lender|platform|unicorn|[a-z]*tech|provider|operator)\b")
    _TELLS = rx.compile(r"\s+(?:said|says|announced|announces|confirmed|disclosed)\b")
    _IN_THE_COMPANY = rx.compile(r"\bin (?:the company|the firm|the startup|it)\b")
    _APPOSITION_HI = rx.compile(r"\s*(?:की|के|का)\s+(?:ही\s+)?(?:(?:पैरेंट|पेरेंट|मूल|सहायक|होल्डिंग|निवेश|वेंचर|वेंचर कैपिटल)\s+)?"
                                   r"(?:कंपनी|फर्म|इकाई|शाखा)\s+")
    _INTO_HIS = rx.compile(r"\b(?:in|into)\s+(?:his|her|its|their)\s+(?:[a-z-]+\s+){0,3}[a-z-]+$")

    # ``सूत्रों के मुताबिक कंपनी अगले साल … जुटाने के लिए बातचीत कर रही है``: the noun as a bare subject
    _BARE_SUBJECT_HI = rx.compile(r"(?<![\p{L}\p{M}])(?:कंपनी|स्टार्टअप|फर्म)\s+(?:अब|अगले|अगली|इस|इसी|अपने|अपनी|जल्द|"
                                     r"फिलहाल|पहले|भी|ही|आने|वर्तमान|हाल|नए|नई|नया|साल|इन)(?![\p{L}\p{M}])")
    _AFTER_DONE = rx.compile(r"\b(?:after|since|following)\s+(?:closing|raising|completing|securing|it raised|it closed)"
                                r"\b[^.;]{0,50}$|(?:जुटाने|हासिल करने|पूरा करने)\s+के\s+(?:बाद|कुछ\s+\S+\s+बाद)[^।;]{0,50}$")
    _REPORTED = ("report", "reports", "denied", "speculation", "rumours", "rumors")  # (``… denied a report that …``)
    _SAID_THAT_EN = (" said that ", " says that ", " announced that ", " confirmed that ",  # its subject speaks
                     *(f" {w} that " for w in _REPORTED))
    _REPORT_OF_ITSELF = rx.compile(r" (?:%s) that (?:it|they|the (?:company|startup|start-up|firm))\b" % "|".join(_REPORTED))
    # ``… denied a report that Microsoft was in talks to buy a stake in the company``: the firm that spoke
    _THE_FIRM_AFTER = rx.compile(r"\b(?:in|of|acquire|buy|purchase)\s+(?:it\b|its\b|the\s+(?:[\w-]+\s+){0,3}?(?:company|startup|start-up|firm)\b)")
    _PRONOUN_IN = rx.compile(r"(?<![\p{L}\p{M}])(?:उसमें|इसमें|उनमें)(?![\p{L}\p{M}])|\bin (?:it|them)\b"
                                r"|(?<![\p{L}\p{M}])(?:उसकी|इसकी)\s+(?:[\d.,]+\s*(?:%|फीसदी|फ़ीसदी|प्रतिशत)\s+)?हिस्सेदारी")
    # ``Wiz walked away from a $23 billion takeover offer from Google``: the bidder after ``from`` buys
    _OFFER_FROM = rx.compile(r"(?:takeover|acquisition|buyout|purchase)\s+(?:offer|bid|approach|proposal)s?\s+from\s", regex.I)
    # ``he co-founded Skyflow in 2019``, ``पोस्टमैन की स्थापना``: a firm someone founded, the story's usual subject
    _FOUNDED_BEFORE = rx.compile(r"\b(?:co-?founded|cofounded|founded)\s+(?:the\s+)?$")
    _FOUNDED_AFTER = rx.compile(r",?\s+(?:which|that)\s+(?:he|she|they)\s+(?:had\s+)?(?:co-?)?founded\b|\s+was\s+(?:co-?)?founded\b"
                                   r"|\s*(?:\([^()]{1,40}\)\s*)?(?:की\s+(?:स्थापना|नींव)|को\s+(?:शुरू|स्थापित)|शुरू\s+(?:की|किया)(?:\s+थी|\s+था)?)(?![\p{L}\p{M}])")
    _ROUND_WORD = rx.compile(r"\b(?:[Ss]eries [A-K]\d?|round|funding)\b|(?<![\p{L}\p{M}])(?:राउंड|सीरीज|सिरीज|फंडिंग)")
    _STARTUP_BEFORE = rx.compile(r"(?<![\p{L}\p{M}])(?:स्टार्टअप|startup|start-up)\s+$", regex.IGNORECASE)
    _THE_STARTUP = rx.compile(r"(?<![\p{L}\p{M}])(?:(?:इस|उस|यह|वह|इसी|उसी)\s+)?स्टार्टअप\s+(?:ने|को|में)(?![\p{L}\p{M}])"
                                 r"|\bthe (?:startup|start-up)\b", regex.IGNORECASE)
    _WHO_RAISED = rx.compile(r"(?:,\s*(?:which|that|who)\s|(?<![\p{L}\p{M}])(?:जिसने|जिन्होंने)\s)")
    _OWNER_OF_FUND_HI = rx.compile(r"(?:के|की|का)\s+(?:[^\s,।]+\s+){0,2}(?:फंड|फ़ंड|शाखा|आर्म|इकाई)\s+(?!में|को|का|की|के|ने)")
    _LED_BY_WHOM = rx.compile(r"(?:जिसका|जिसकी|जिसके|इसका|इसकी|इनकी|दोनों की|दोनों का|इस राउंड का|राउंड की|दौर की) (?:नेतृत्व|अगुवाई|अगुआई)"
                                 r"(?: [^\s,।]+){0,5}$")  # (``जिसकी अगुवाई इजराइली वेंचर कैपिटल फर्म वायोला वेंचर्स …``)

    # ``₹27,000 करोड़ की लागत से चिप पैकेजिंग यूनिट लगा रही है``: a plant set up at a cost (capital spending)
    _BUILT_AT_COST = rx.compile(r"\s*की\s+लागत\s+से(?:\s+[^\s,।]+){0,5}?\s+(?:लगा|बना|बन|स्थापित|तैयार)"
                                   r"|\s+(?:to build|to set up|to construct)\b")
    _AT_COST = rx.compile(r"(?<![\p{L}\p{M}])की\s+लागत\s+से(?![\p{L}\p{M}])|\bat a (?:total )?cost of\b")

    # ``plans to invest about $2 billion in the site``, ``प्लांट में … निवेश``, ``… के निवेश से संयंत्र लगा रही है``:
    # spent on its own plant, no firm's stake
    _INTO_PLANT = rx.compile(r"\bin (?:the|a|its|their|this|that) (?:[\w-]+ ){0,2}?(?:site|plant|facility|factory|fab|campus)s?\b"
                                r"|\bin (?:new )?(?:[\w-]+ )?(?:data cent(?:re|er)s|plants|factories|facilities|fabs|infrastructure)\b"
                                r"|(?<![\p{L}\p{M}])(?:प्लांट|फैक्ट्री|फैक्टरी|संयंत्र|कारखाने)\s+(?:में|पर)(?![\p{L}\p{M}])"
                                r"|(?<![\p{L}\p{M}])निवेश\s+से\s+(?:[^\s,।]+\s+){0,3}?(?:प्लांट|फैक्ट्री|फैक्टरी|संयंत्र|कारखाना|यूनिट|फैब)(?![\p{L}\p{M}])")

    # ``ट्रेनिंग पर 1 बिलियन डॉलर का निवेश करेगी``: money spent on something (``पर``), not put into a firm (``में``)
    # (``अपने EY.ai प्लेटफॉर्म के पीछे``, ``अपने गठबंधन में``: into its own platform or alliance)
    _ON_BEFORE_AMOUNT = rx.compile(r"(?:(?<![\p{L}\p{M}])पर|के\s{1,3}पीछे|(?<![\p{L}\p{M}])अपन[ेी](?:\s{1,3}[^\s,।]{1,25}){1,3}\s{1,3}में)"
                                      r"\s{1,3}(?:(?:करीब|लगभग|तकरीबन|कुल|सालाना|हर\s(?:साल|वर्ष))\s{1,3})?$")

    def _spent_on(self, text: str, clause: "_Clause", c_actors: Sequence[Mention]) -> bool:
        """Does an amount follow ``पर`` after a word that names no firm (``जनरेटिव AI पर एक अरब डॉलर खर्च``)?"""
        for a in clause.amounts:
            m = self._ON_BEFORE_AMOUNT.search(text, max(clause.start, a.start - 30), a.start)
            if m is not None and not any(x.start < a.start and x.end + 1 >= m.start() for x in c_actors):
                return True
        return False

    def _into_place(self, text: str, clause: "_Clause", c_actors: Sequence[Mention]) -> bool:
        """Is money put into a place in this clause (``जापान में``, ``in India``), outside any name
        (``Committee on Foreign Investment in the United States``), spent on something not a firm
        (``ट्रेनिंग पर … निवेश``), or spent on a plant built at a cost (``27,000 करोड़ रुपये की लागत से लगाएगी``)?"""
        return self._AT_COST.search(text, clause.start, clause.end) is not None or self._spent_on(text, clause, c_actors) \
            or self._INTO_PLANT.search(text, clause.start, clause.end) is not None or any(not any(a.start < m.end() and m.start() < a.end for a in c_actors)
                   for m in self._place_target.finditer(text, clause.start, clause.end))

    _AND_AFTER_APPOSITIVE = rx.compile(r"\s*,\s+(?:an?|the)\s+[^,;()$€£₹]{1,100}?,\s+(?:and|as well as)\s+(?:the\s+)?")
    _PRICE_OF_THE_DEAL = rx.compile(r"(?<![\p{L}\p{M}])(?:सौदे|डील|अधिग्रहण)\s+की\s+(?:कुल\s+)?(?:कीमत|वैल्यू|रकम)"
                                       r"|\b(?:the )?(?:deal|transaction|acquisition) (?:is |was )?(?:valued|worth)\b|\bdeal value\b")
    _BOUGHT_THEN_OBJECT_HI = rx.compile(r"(?:ख़|ख)रीद(?:ा|ी|े|ेगी|ेगा|ेंगे)\s+")
    _FOUNDED_BY_BEFORE = rx.compile(r",\s+(?:co-)?founded\s+(?:in\s+\d{4}\s+)?by(?:\s+[\w.'’-]+){0,6}$")
    _BACKERS_OF_NEXT = rx.compile(r"(?:जैसे\s+)?(?:निवेशकों|बैकर्स|समर्थकों)\s+(?:वाली|वाले|वाला)(?![\p{L}\p{M}])")
    _LED_IT = rx.compile(r"ने\s+(?:भी\s+)?(?:(?:इसे|इसकी|इसका|इस\s+राउंड\s+(?:को|की|का))\s+)?(?:लीड|को-लीड|अगुवाई|नेतृत्व|सह-नेतृत्व)(?![\p{L}\p{M}])")
    _PARENT_OF = rx.compile(r"(?:की|के)\s+(?:पेरेंट|पैरेंट|मूल|होल्डिंग)\s+(?:कंपनी|फर्म)|(?:['’]s\s+)?parent(?:\s+company)?\b")

    _HOLDERS_HI = r"(?:(?:मौजूदा|शुरुआती|पुराने|कुछ|अन्य|दूसरे)\s+)?(?:संस्थापकों|प्रमोटरों|प्रवर्तकों|निवेशकों|शेयरधारकों|कर्मचारियों|को-फाउंडर्स)"
    _HOLDERS_OF_HI = rx.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:के|की)\s+" + _HOLDERS_HI + r"(?:\s*(?:,|और|व|तथा)\s+" + _HOLDERS_HI + r")*\s+से(?![\p{L}\p{M}])")
    _HOLDERS_OF_EN = rx.compile(r"(?:['’]s?|s)?\s+(?:(?:existing|early|founding|other)\s+)?(?:founders|promoters|shareholders|investors|backers|employees)\b")
    _SHARES_OF_HI = rx.compile(r"\s*(?:\([^()]{1,30}\)\s*)?के\s+(?:(?:करीब|लगभग|क़रीब|कुल)\s+)?[\d०-९][\d०-९.,]*\s*"
                                 r"(?:(?:लाख|करोड़|हजार|हज़ार|मिलियन)\s+)?(?:इक्विटी\s+)?शेयर(?![\p{L}\p{M}])")
    _BOUGHT_OBJECT_HI = rx.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:को|का)\s")
    _MEDIA_AS_SOURCE = rx.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*)?(?:reported|reports|said|says|has reported|first reported|"
                                     r"की\s+(?:एक\s+)?रिपोर्ट|ने\s+(?:बताया|खबर|रिपोर्ट)|के\s+(?:मुताबिक|अनुसार)|से\s+बातचीत)")

    def _marker(self, g: _Group, verb: str) -> str | None:
        if all(c in self.non_parties for c in g.canonicals) and not (
                verb == "acquire" and all(c in self.bought_media for c in g.canonicals) and self._MEDIA_AS_SOURCE.match(g.after) is None
                and (self._BOUGHT_OBJECT_HI.match(g.after) is not None or self.buy.search(g.before[-30:]) is not None
                     or self.acquire.search(g.before[-30:]) is not None)):
            return "ignored"  # a regulator approves a deal, it does not invest; but ``Cox bought Axios``
        if self._FOUNDED_BY_BEFORE.search(g.wide_before):
            return "ignored"  # ``The company, founded by former Meta researchers …, had earlier raised``: who founded it, or where they worked
        if self._BACKERS_OF_NEXT.match(g.after):
            return "investor"  # ``प्रोसस और सॉफ्टबैंक जैसे निवेशकों वाली यह कंपनी … जुटा चुकी है``: its backers
        if verb == "raise" and self._LED_IT.match(g.after):
            return "investor"  # ``20 मिलियन डॉलर का सीरीज A राउंड बेसिस सेट वेंचर्स ने लीड किया``: who led backs the round
        if self._PARENT_OF.match(g.after):
            return "ignored"  # ``Manus की पेरेंट कंपनी में …``, ``the Facebook parent``: the parent acts, not the firm named
        if verb == "raise" and not g.person and self._ROLE_OF_PERSON.match(g.after):
            return "ignored"  # ``led by Oculus co-founder Brendan Iribe``, ``Oculus Co-Founder's … Sesame``: it only describes
        if g.after.startswith(("-backed", "-funded", "-led", " समर्थित", "-समर्थित")):
            return "investor"  # ``Lightspeed-backed Sarvam AI``: the backer
        if verb != "raise" and self._HOLDERS_OF_HI.match(g.after) or self._HOLDERS_OF_EN.match(g.after) and g.before.rstrip().endswith(" from"):
            return "investee"  # ``वेब वर्क्स के संस्थापकों और शुरुआती निवेशकों से 17% हिस्सेदारी खरीदेगी``: whose stake is bought
        if verb == "sale":
            plain = rx.sub(r"(?:\s+the|\s+[\w.-]+(?: [\w.-]+)?(?:'s|’s))$", "", g.before)  # ``to Saudi Arabia's PIF``
            if any(plain.endswith(" " + w) or plain == w for w in self.sale_inv_before):
                return "investor"
            if plain.endswith(self._TYPE_NOUNS_EN):
                plain = self._IN_DESCRIBED.sub(r"\1", plain)  # ``its stake in artificial intelligence startup Anthropic``
            if plain.endswith(" in") and not g.after.startswith(("'s", "’s")):
                return "investee"  # ``sold its stake in Nvidia``
            if self._STAKE_OF_SOLD_HI.match(g.after):
                return "investee"  # ``जियो प्लेटफॉर्म्स में 9.99 प्रतिशत हिस्सेदारी मेटा को … बेची``: whose stake is sold
            if any(w in g.after.split()[:6] for w in self.sellers):
                return "seller"
            if g.after.startswith("को "):
                return "investor"  # ``पीआईएफ को हिस्सेदारी बेचने``: the buyer
        if verb == "invest" and g.after.startswith(("शेयर खरीद", "शेयरों की खरीद", "के शेयर खरीद", "के शेयरों की खरीद")):
            return "investee"  # ``50 करोड़ डॉलर के आर्गो शेयर खरीदने``: whose shares are bought
        if verb != "raise" and self._SHARES_OF_HI.match(g.after):
            return "investee"  # ``इंफोसिस के 25 लाख शेयर 400 करोड़ रुपये में खरीदे``: whose shares are bought
        if verb == "acquire" and self._GOODS_AFTER.match(g.after):
            return "ignored"  # ``has acquired thousands of Nvidia processors``: goods bought, not the firm
        if verb == "acquire" and g.after.startswith(self._TARGET_NOUN):
            return "investee"  # ``लिंक्डइन अधिग्रहण के बाद``, ``the LinkedIn acquisition``: the firm bought
        if g.possessive and verb == "raise" and self._OWN_TOTAL.match(g.after):
            return "investee"  # ``…, bringing SambaNova's total funding to more than $1 billion``: whose total it is
        if g.possessive:
            rest = g.after[1:].split()[:3]  # after ``'s``: ``Microsoft's total investment``
            if any(self.invest.match(x) for x in rest):
                return "genitive"
            if verb == "invest" and rx.search(r"\b(?:in|into|led|co-led)$", g.before) and not rx.match(r"['’]s\s+(?:stake|shares)\b", g.after):
                return "investee"  # ``invest up to $5 billion in Applied Digital's high-performance computing business``
            return None
        after_any = g.after.startswith(self._ee_after_any[0]) or g.after in self._ee_after_any[1]
        for w in self.ee_after if after_any else ():
            if g.after.startswith(w + " ") or g.after == w:
                return "investee" if verb == "invest" or w == "को" else None
        after_any = g.after.startswith(self._inv_after_any[0]) or g.after in self._inv_after_any[1]
        for w in self.inv_after if after_any else ():
            if g.after.startswith(w + " ") or g.after == w:
                if w == "ने":
                    return "agent"
                if w == "से":
                    return "investor" if verb == "raise" else None
                return "investor"
        if self._OWNER_OF_FUND_HI.match(g.after):
            return "ignored"  # ``गूगल के AI-केंद्रित फंड ग्रेडिएंट वेंचर्स ने``: the fund's owner, no party
        if g.after.startswith(self.source_after):
            return "ignored"  # ``फॉर्च्यून (Fortune) की रिपोर्ट के अनुसार``: the source, not a party
        if self._BACKED_HI.match(g.after):
            return "ignored"  # ``टोयोटा (Toyota) समर्थित इस कंपनी ने … जुटाई``: a backer describing the firm
        if self._OBJECT_OF_PARTICIPLE_HI.match(g.after):
            return "ignored"  # ``स्टेबलकॉइन USDT जारी करने वाली … कंपनी टेदर``: what the firm named next does
        for w in self.gen_after if g.after.startswith(self._gen_after_any) else ():
            if g.after.startswith(w + " "):
                # only ``X का/के (इस) निवेश``: the genitive of the investment itself
                rest = g.after[len(w) + 1:].split()[:3]
                if any(self.invest.match(x) for x in rest) or verb == "acquire" and any(
                        self.acquire.match(x) for x in g.after[len(w) + 1:].split()[:6]):
                    return "genitive"
                if any(r in g.after[:40] for r in self.round_nouns) and verb == "invest":
                    return "investee"  # ``ओपनAI के 40 अरब डॉलर के फंडिंग राउंड की अगुवाई/में``
                if verb == "acquire" and self._BUSINESS_OF.match(g.after, len(w) + 1):
                    return "investee"  # ``द वेदर कंपनी का डिजिटल कारोबार … में खरीदा``: whose business is bought
                if verb == "invest" and self._STAKE_OF.match(g.after, len(w) + 1):
                    return "investee"  # ``इंफोसिस वर्सेंट की 75 फीसदी हिस्सेदारी खरीदेगी``: whose stake is bought
                return None
        if g.before.endswith(self.source_before) or g.after.startswith(self.source_after):
            return "ignored"  # ``according to data from Tracxn``: the source, not a party
        before = g.before
        if "'s" in before or "’s" in before:
            before = rx.sub(r"\s*\b[a-z]+(?:'s|’s)$", "", before)  # ``in France's Mistral AI``
        if verb == "invest" and "-based" in g.wide_before:
            wide = self._IN_BASED.sub(r"\1", g.wide_before)  # ``a majority stake in Bengaluru-based Reverie``
            if wide != g.wide_before:  # (the wide view: ``in Chennai-based warehouse robotics company Navyug``)
                before = wide
        if verb == "invest" and before.endswith(self._TYPE_NOUNS_EN):
            before = self._IN_DESCRIBED.sub(r"\1", before)  # ``a seed round in marketing AI startup Fibr AI``
        before_any = before.endswith(self._ee_before_any[0]) or before in self._ee_before_any[1]
        for w in self.ee_before if before_any else ():
            if before.endswith(" " + w) or before == w:
                return "investee" if verb == "invest" else None
        if verb == "invest" and self._INTO_HIS.search(g.wide_before):
            return "investee"  # ``put Rs 2,310 crore into his artificial intelligence venture Krutrim``
        before = g.before
        if "'s" in before or "’s" in before:
            before = rx.sub(r"\s*\b[a-z]+(?:'s|’s)$", "", before)  # ``led by Dubai's Global Ventures``
        if before.endswith(self._ROLE_TAIL):  # ``from its founder Bhavish Aggarwal``: the role is no marker
            before = self._ROLE_WORDS.sub("", before)
        if before.endswith(self._BACKER_TYPES):
            # ``led by Singapore's sovereign wealth fund GIC``: the words describing the backer are no marker
            before = self._BY_DESCRIBED.sub(r"\1", g.wide_before)
        if before in ("and", ", and", ",", "while", ", while") and verb != "acquire" and self._OWN_VERB.match(g.after):
            return None  # ``…, and OctoAI raised $250 million``: the subject of a clause of its own
        if verb == "raise" and self._RAISED_BY.search(before):
            return "investee"  # ``a $10 million Series A raised last year by Wobot.ai``: who raised it
        before_any = before.endswith(self._inv_before_any[0]) or before in self._inv_before_any[1]
        for w in self.inv_before if before_any else ():
            if before.endswith(" " + w) or before == w:
                return "investor"
        return None

    _BACKED_HI = rx.compile(r"-?(?:समर्थित|बैक्ड)(?![\p{L}\p{M}])")
    _OBJECT_OF_PARTICIPLE_HI = rx.compile(r"(?:[\p{L}\p{M}]+\s+){0,2}?[\p{L}\p{M}]+ने\s+वाल[ीेा](?![\p{L}\p{M}])")

    _ROLE_OF_PERSON = rx.compile(r"(?i:co-?founder|founder)"
                                    r"(?:['’]s\b|\s+(?!(?i:fund|capital|ventures|partners)\b)\p{Lu})")

    _IT_AFTER_THAT = rx.compile(r"(?:कि|that)\s+(?:(?:वह|वो|यह|उसने|इसने|उन्होंने|it|they)\s|(?:इसके|उसके|इसकी|उसकी)\s+)")
    _EACH_OTHER = rx.compile(r"(?<![\p{L}\p{M}])एक[- ]?दूसरे\s+(?:में|की)(?![\p{L}\p{M}])|\b(?:each other|one another)\b"
                                r"|\bcross[- ](?:shareholdings?|stakes?|investments?)\b")
    _THIS_DEAL = rx.compile(r"(?<![\p{L}\p{M}])(?:यह|इस|इसी|उस|उसी|ये|इन)\s+$|\b(?:[Tt]his|[Tt]hat)\s+$")
    _RAISED_BY = rx.compile(r"\b(?:raised|secured|closed|picked up)\s+(?:[\w-]+\s+){0,3}?by$")
    _PASSIVE_BY = rx.compile(r"(?:(?:was|were|be|been|being)\s+taken\s+private|acquired|bought|purchased|taken over|snapped up)"
                                r"\s+(?:[\w-]+\s+){0,3}?by\b")

    _OWN_VERB = rx.compile(r"(?:has |have |had |also |then |later |is |was |will |would )*(?:raised|raises|invested|"
                              r"invests|bought|buys|acquired|acquires|agreed|said|closed|secured|received|got|led)\b")

    # a person backs a round only after these words (``founded by X`` is no backing)
    _ROUND_BACKER = rx.compile(r"(?:\bfrom|\bincluding|\b(?:co-)?led by|\bbacked by|\bparticipation from|\binvestors)"
                                  r"(?:\s+(?:its|their|the company's|the startup's)\s+(?:founder|co-founder|chairman|"
                                  r"chief executive|ceo|promoter))?$")
    _ROLE_TAIL = ("founder", "co-founder", "chairman", "chief executive", "ceo", "parent", "promoter", "backer")
    _ROLE_WORDS = rx.compile(r"\s+(?:its|their|the company's|the startup's)\s+(?:founder|co-founder|chairman|"
                                r"chief executive|ceo|parent|promoter|backer)$")

    def _roles(self, text: str, clause: _Clause, orgs: list[Mention], verb: str, cue_at: int,
               *, also: list[str] | None = None) -> tuple[list[str], str | None]:
        """Investors and investee of a clause; ``also`` receives further firms bought in the same breath."""
        groups = self._groups(text, clause.start, clause.end, orgs)
        for g in groups:
            g.role = self._marker(g, verb)
            if self._described_owner(g):
                g.role = "ignored"
            if g.role == "investee" and all(c in self.non_investees for c in g.canonicals):
                g.role = "ignored"  # ``व्हाइट हाउस में … निवेश की घोषणा``: where it was told, no firm invested in
            close_subject = g.role is None and 0 <= cue_at - g.end <= 20 and "," not in text[g.end:cue_at]
            if g.person and not (verb == "raise" and g.role == "investor" and self._ROUND_BACKER.search(g.before)) and (
                    g.role not in ("agent", "genitive") and not close_subject or verb != "invest"):
                # a person invests (``अग्रवाल ने … निवेश``) or backs a round (``raised … from Elad Gil``),
                # never raises or is invested in
                g.role = "ignored"
        investors: list[str] = []
        investee: str | None = None
        agents = [g for g in groups if g.role == "agent" and not (verb == "raise" and self._LED_BY_WHOM.search(g.before))]
        # (``कंपनी ने … दौर पूरा किया था, जिसकी अगुवाई क्लाइनर पर्किंस ने की थी``: who led is no subject)
        free = [g for g in groups if g.role is None and g.start < cue_at]
        subject = agents[0] if agents else (free[0] if free else None)
        k = 0
        passed: list[_Group] = []
        while subject is not None and not agents and k + 1 < len(free) and (
                self._PASS_ON.match(text, free[k].end) or self.subordinators.search(text[free[k].end:free[k + 1].start])):
            passed.append(free[k])  # ``Ola founder Bhavish Aggarwal has put``, ``Fractal … after TPG invested``
            k += 1
            subject = free[k]
        if not agents and len(free) > 1 and any(_is_deva(ch) for ch in text[free[-1].end:cue_at]):
            comma = text.rfind(", ", clause.start, cue_at)
            if comma > free[0].end and free[-1].start > comma:
                subject = free[-1]  # ``योट्टा को … ऑर्डर, हीरानंदानी समूह लगाएगा …``: the verb's own clause
        if not agents and len(free) > 1 and subject is free[0] and verb in ("raise", "invest") \
                and free[-1].end <= cue_at and self._OWN_CLAUSE_SUBJECT.fullmatch(text, free[-1].end, cue_at) \
                and self._AND_CLAUSE.search(text, free[0].end, free[-1].start):
            subject = free[-1]  # ``Microsoft … announced …, and rival Anthropic raised $450 million``: the verb's own subject
        by_relative = False
        if not agents and verb == "raise":
            rel = None
            for rel in self._WHO_RAISED.finditer(text, clause.start, cue_at):
                pass
            if rel is not None and "," in text[rel.end():cue_at] and rel.group().startswith(","):
                rel = None  # ``Latent Labs, founded by …, who worked on AlphaFold, emerged …``: the relative ended before the verb
            if rel is not None:
                # ``Uniphore, another company with Indian roots, which raised``, ``हार्वे है, जिसने … जुटाए``:
                # the firm the relative pronoun points back to raised
                ante = [g for g in groups if g.end <= rel.start() and rel.start() - g.end <= 60 and not g.person
                        and g.role in (None, "investor")]
                if ante:
                    ante_g = ante[-1]
                    ante_g.role = None  # (``competes with CallMiner and Uniphore, …, which raised``: no backers)
                    if len(ante_g.canonicals) > 1:
                        ante_g = _Group([ante_g.canonicals[-1]], ante_g.start, ante_g.end, person=False)
                        ante_g.after, ante_g.before = ante[-1].after, ante[-1].before
                    subject, by_relative = ante_g, True
        if subject is None and any(g.role == "genitive" for g in groups):
            subject = next((g for g in groups if g.role is None), None)
        rel = self._bought_by_relative(text, clause.start, cue_at, orgs) if verb == "acquire" else None
        if rel is not None:
            # ``Nervana Systems, a chip startup that Intel bought``: the firm before the pronoun is bought, the
            # one after it buys
            target_m, buyer_m = rel
            return [buyer_m.canonical], target_m.canonical
        including = self._ACQUISITIONS_INCLUDING.match(text, cue_at) if verb == "acquire" else None
        if including is not None:
            listed = [m for m in orgs if including.end() <= m.start < clause.end and
                      self._LIST_ITEM_BEFORE.search(text, max(0, m.start - 12), m.start)]
            buyer = next((g for g in groups if g.end <= cue_at and g.role in (None, "agent") and not g.person), None)
            if listed and buyer is not None:
                if also is not None and not clause.amounts:
                    also += [m.canonical for m in listed[1:] if m.canonical not in buyer.canonicals]
                return list(buyer.canonicals), listed[0].canonical
        passive = verb == "acquire" and (self._PASSIVE_BY.match(text, cue_at) is not None
                                         or self._OFFER_FROM.match(text, cue_at) is not None)
        if passive:
            # ``Minjar, which was acquired by Nutanix``: the buyer after ``by``, the firm bought before
            by = next((g for g in groups if g.start > cue_at and g.role in (None, "investor")), None)
            before = [g for g in groups if g.end <= cue_at and not g.person]
            if by is not None and before:
                investors += by.canonicals
                investee = before[-1].canonicals[0]
        elif verb == "acquire":
            # ``AMD agreed to acquire ZT Systems for $4.9 billion``, ``सॉफ्टबैंक ने एम्पियर का अधिग्रहण``
            buyer = subject if subject is not None and subject.start < cue_at else None
            owner = next((g for g in groups if g.possessive and 0 <= cue_at - g.end <= 40), None)
            if owner is not None:
                buyer = owner  # ``The Rivos deal follows Meta's purchase of PlayAI``: the owner of the purchase buys
            target = next((g for g in groups if g.role in ("investee", "genitive") and g is not buyer), None) \
                or next((g for g in groups if g.start > cue_at and g.role is None), None)
            verb_first = self._BOUGHT_THEN_OBJECT_HI.match(text, cue_at)
            if verb_first is not None:
                # ``ज़ोमैटो ने खरीदा उबर ईट्स इंडिया, …``: a headline's verb before its object
                first = next((g for g in groups if g.start == verb_first.end() and g is not buyer), None)
                if first is not None and target is not None and target.start > first.end and "," in text[first.end:target.start]:
                    target = first  # (``…, ऑल-स्टॉक डील में उबर को मिलेगी …``: the firm after the comma is paid, not bought)
            priced = next((g for g in groups for a in clause.amounts[:1] if g is not buyer
                           and (pm := self._PRICED_NAME_DEAL.match(text, a.end, clause.end)) is not None
                           and pm.start("n") == g.start), None)
            if priced is not None and (target is None or target is buyer):
                target = priced  # ``Google's $32 billion Wiz deal``: the firm between the price and the deal
            its_owner = next((g for g in reversed(groups) if g.end <= cue_at and not g.person
                              and self._WHICH_ITS.fullmatch(text, g.end, cue_at)), None)
            if its_owner is not None:
                buyer = its_owner  # ``Synopsys, which is still waiting to close its purchase of Ansys``
            if buyer is None:
                # ``purchases by Wipro, which bought London-based consultancy Capco``: the relative's antecedent buys
                buyer = next((g for g in reversed(groups) if g.end <= cue_at and not g.person
                              and self._WHICH_BOUGHT.fullmatch(text, g.end, cue_at)), None)
                if target is buyer:
                    target = next((g for g in groups if g.start > cue_at and g.role is None), None)
            if buyer is None and target is not None and target.start > cue_at and text.startswith(self._NOMINAL_PURCHASE, cue_at):
                # ``The acquisition of Slack by Salesforce for $27.7 billion``: the buyer after ``by``
                buyer = next((g for g in groups if g.start > target.end and not g.person
                              and self._THEN_BY.fullmatch(text, target.end, g.start)), None)
            if buyer is not None:
                investors += buyer.canonicals
            investee = target.canonicals[0] if target is not None else None
            if target is not None and also is not None and not clause.amounts:
                # ``AMD … मिप्सोलॉजी और नॉड.एआई का अधिग्रहण कर चुकी है``: one acquisition per firm bought
                also += [c for c in target.canonicals[1:] if c not in investors]
                prev = target
                for g in groups:
                    if g.start > prev.end and self._AND_AFTER_APPOSITIVE.fullmatch(text, prev.end, g.start) and not g.person:
                        # ``bought Adranos, a maker of solid rocket motors, and Blue Force Technologies, …``
                        also += [c for c in g.canonicals if c not in investors and c not in also]
                        prev = g
        elif verb == "sale":
            seller = next((g for g in groups if g.role == "seller"), None)
            ee = next((g for g in groups if g.role == "investee"), None)
            if ee is None and seller is None and subject is not None and subject.start < cue_at:
                # ``Crusoe … to sell a minority stake to PIF``: the subject sells its own shares
                ee = subject
            investee = (ee or seller).canonicals[0] if (ee or seller) else None
            for g in groups:
                if g.role == "investor":
                    investors += g.canonicals
        elif verb == "raise":
            if subject is not None and subject.role is None and not by_relative and (
                    self._coref_subject_word_hi.search(text, clause.start, subject.start) is not None
                    or self.coref_subject_en.search(text, clause.start, subject.start) is not None):
                # ``इस कंपनी ने … एनवीडिया, इंटेल कैपिटल और सैमसंग नेक्स्ट से … जुटाया``: the pronoun raised, the
                # names after it are its backers (the investee is the topic, found by the caller)
                subject.role = "investor"
                subject = None
            if subject is None and self._round_noun.search(text, cue_at, clause.end):
                # ``X की अगुवाई वाले 15 करोड़ डॉलर के राउंड में इनोवेसर का …``: the company after the round
                subject = next((g for g in groups if g.role is None and g.start > cue_at and not g.person
                                and g.after.startswith(("का ", "के ", "की ", "ने ", "में ", "को "))), None)
            if subject is None:
                # ``सर्वम एआई को लाइटस्पीड से … निवेश मिला``: the receiver, marked ``को``
                # (``a $10 million Series A raised last year by Wobot.ai``: the raiser after ``by``)
                subject = next((g for g in groups if g.role == "investee" and (
                    g.after.startswith("को") or self._RAISED_BY.search(g.before) is not None)), None)
            valued = next((g for g in groups if g.role is None and not g.person and g.start > cue_at
                           and self._VALUED_BEFORE.search(g.before)), None)
            if valued is not None and (subject is None or subject.role is None and subject.start < cue_at):
                subject = valued  # ``The DeepCode purchase was announced alongside a $200 million Series E round led by
                # Addition, …, which valued Snyk at $2.6 billion``: the firm valued raised
            unit = next((g for g in groups if subject is not None and g.start > subject.end and g.end < cue_at
                         and g.after.startswith("में ") and self._UNIT_BEFORE.search(g.before)), None)
            if unit is not None:
                subject = unit  # ``एयरटेल ने अपनी डेटा सेंटर इकाई एनएक्सट्रा में कार्लाइल से … जुटाए``: the unit raised
            owner = next((g for g in groups if g.role == "investee" and g.possessive), None)
            if owner is not None:
                subject = owner  # (a running total's owner: the backers named before it join no deal of theirs)
            elif subject is not None and not subject.person:
                whose = next((g for g in groups if g.possessive and g.start > subject.end
                              and self._TOOK_PART_IN.fullmatch(text, subject.end, g.start)
                              and self._ROUND_OF_POSSESSOR.match(text, g.end)), None)
                if whose is not None:
                    # ``Nvidia took part in Enfabrica's $125 million Series B``: the subject backs the possessor's round
                    whose.role, subject.role = None, "investor"
                    subject = whose
            if subject is None:
                # ``Sean Neville … has raised $18 million for his new startup, Catena Labs``: a founder raises for a firm
                for a in clause.amounts:
                    if a.start > cue_at:
                        subject = next((g for g in groups if g.start > a.end and not g.person and g.role is None
                                        and self._RAISED_FOR_FIRM.fullmatch(text, a.end, g.start)), None)
                        break
            if subject is not None:
                investee = subject.canonicals[0]
            for g in groups:
                if g is not subject and (g.role == "investor" or g.role == "agent" and self._LED_BY_WHOM.search(g.before)):
                    investors += g.canonicals  # (``…, जिसका नेतृत्व लाइटस्पीड ने किया``)
        else:
            ee = next((g for g in groups if g.role == "investee"), None)
            gens = [g for g in groups if g.role == "genitive"]
            if ee is not None:
                investee = ee.canonicals[0]
                if also is not None and len(ee.canonicals) > 1 and (not clause.amounts and subject is not None
                                                                     or self._EACH.search(text, clause.start, clause.end) is not None):
                    # ``38.5 billion rupees each in A and B``: the same sum in each; ``has invested in Mistral, xAI
                    # and Poolside``: a stake in each, no sum told
                    also += [c for c in ee.canonicals[1:] if subject is None or c not in subject.canonicals]
                inv = subject or (gens[0] if gens else None)
                if inv is not None and inv is not ee:
                    investors += inv.canonicals
            elif gens and subject is not None and subject is not gens[0] and not gens[0].person:
                # ``X के इस निवेश के साथ, Y …``: the clause's agent invested in X
                investee = gens[0].canonicals[0]
                investors += subject.canonicals
            elif passed and subject is not None and self._IN_THE_COMPANY.search(text[cue_at:clause.end]):
                investee = passed[-1].canonicals[0]  # ``Fractal … after TPG invested $360 million in the company``
                investors += subject.canonicals
            elif subject is not None and clause.amounts:
                investors += subject.canonicals
            elif gens and clause.amounts:
                investors += gens[0].canonicals  # ``माइक्रोसॉफ्ट का कुल निवेश … 13 अरब डॉलर``
            for g in groups:
                if g.role == "investor" and g is not subject:
                    investors += [c for c in g.canonicals if c not in investors]
        investors = [c for i, c in enumerate(investors) if c != investee and c not in investors[:i]]
        return investors, investee

    def _status_at(self, cues: _CueHits, status: str, a: int, b: int) -> list[int]:
        """Where cues of ``status`` stand in ``text[a:b]``, but for phrases that only look like one
        (``बातचीत करने वाले`` bots converse; nobody negotiates)."""
        out = []
        at = cues.find(f"status:{status}", a, b)
        names = cues.names
        while at >= 0:
            inside = names is not None and (i := bisect.bisect_right(names[0], at) - 1) >= 0 and at < names[1][i]
            # (``ओंटारियो टीचर्स पेंशन प्लान``: a word inside a firm's name is no cue)
            if not cues.text.startswith(self.status_not, at) and not inside:
                out.append(at)
            at = cues.find(f"status:{status}", at + 1, b)
        return out

    _PLAN_ANNOUNCED = rx.compile(r"\b(?:announced|announces|announcing|unveiled|unveils|detailed|outlined|laid out)\s+$")
    _PLAN_ANNOUNCED_HI = rx.compile(r"(?:[\p{L}\p{M}]+\s+){0,2}?योजना\s+(?:घोषित|बताई|बताया|पेश|का\s+(?:ऐलान|एलान)|की\s+घोषणा)")

    def _status(self, cues: _CueHits, clause: tuple[int, int], sentence: tuple[int, int], verb_at: int | None = None) -> str:
        """Hearsay and denials colour the whole sentence; running totals, talks and promises their clause.
        Between talks and a promise, the cue nearer the deal's verb wins (``TPG will invest up to …, as TCS
        steps up plans to build …``)."""
        found: dict[str, list[int]] = {}
        total_only = False
        for status in _STATUS_ORDER:
            where = sentence if status in ("denied", "reported") else clause
            found[status] = self._status_at(cues, status, *where)
            if status == "reported" and not found[status] and cues.find("status:reported_totals", *clause) >= 0:
                found[status], total_only = [clause[0]], True
        announced = [t for t in found["talks"] if self._PLAN_ANNOUNCED.search(cues.text, max(0, t - 12), t)
                     or self._PLAN_ANNOUNCED_HI.match(cues.text, t, t + 40)]
        if announced:
            # ``announced plans to buy Logik.ai``, ``… लगाने की योजना बताई थी``: a plan made public is a promise
            found["talks"] = [t for t in found["talks"] if t not in announced]
            found["committed"] = sorted(found["committed"] + announced)
        if total_only and any(c >= (verb_at if verb_at is not None else clause[0]) for c in found["committed"]):
            found["reported"] = []  # ``कुल 15,400 करोड़ रुपये … लगाने का ऐलान``: a sum promised in all, not a running total
        if found["talks"] and verb_at is not None and not found["denied"] and not found["reported"] and not found["committed"] \
                and any(abs(c - verb_at) <= 12 for c in found["completed"]) and all(t - verb_at > 80 for t in found["talks"]):
            return "completed"  # ``it had raised $750 million …, ahead of a planned stock market debut``: the plan is another's
        if found["talks"] and found["committed"] and verb_at is not None and not found["denied"] and not found["reported"]:
            # (a promise right after talks is what the talks are about: ``in talks to invest``, ``plans to invest``)
            promises = [c for c in found["committed"] if not any(0 < c - t <= 15 for t in found["talks"])]
            if not promises:
                return "talks"
            near = {"talks": min(abs(p - verb_at) for p in found["talks"]), "committed": min(abs(p - verb_at) for p in promises)}
            return "committed" if near["committed"] < near["talks"] else "talks"
        if not any(found.values()) and self._may_hi.search(cues.text, *clause) is not None:
            return "talks"  # ``सॉफ्टबैंक … 40 अरब डॉलर लगा सकता है``: a deal that may happen
        return next((st for st in _STATUS_ORDER if found[st]), "completed")

    _AND_NEXT = rx.compile(r"\s*(?:,\s*)?(?:and|as well as|while|plus)\s+(?:[\p{Ll}\p{Lu}-]+\s+){0,4}?(?=\p{Lu})")

    # ``X के वेंचर फंड Y``, ``अमेज़न के संस्थापक जेफ बेजोस की निवेश फर्म Y``: X owns or founded Y
    _OWNER_OF_NEXT = rx.compile(r"\s*[)\]]?\s*(?:के|की|का)\s+(?:[\p{L}\p{M}\p{N}-]+\s+){0,6}?(?:[\p{L}\p{M}\p{N}-]+)\s*$")
    _PER_SHARE = rx.compile(r"\s*(?:per|a|each|an)\s+(?:share|ADS|unit)\b|\s*प्रति\s+शेयर")
    _OWN_CLAUSE_SUBJECT = rx.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+|just\s+|recently\s+)*")
    _AND_CLAUSE = rx.compile(r"[,;]\s+(?:and|while|but|whereas)\s+")
    _OPENS_SENTENCE = rx.compile(r"(?:[\p{L}\p{M}-]+-based\s+|The\s+|[\p{L}\p{M}]+\s+की\s+|[\p{L}\p{M}]+\s+के\s+)?")
    _LABEL_COLON = rx.compile(r"\)?\s*(?:\([^()]{1,60}\)\s*)?[:：]\s")
    _LIST_MARK = rx.compile(r"\s*(?:\d{1,2}[.)]\s*|[-•*]\s+)?")  # (``3. इंसेप्शन: …``, ``- Exa: …``)
    _GLOSSED_LABEL = rx.compile(r"\s*(?:\d{1,2}[.)]\s*|[-•*]\s+)?(?:[\p{Devanagari}\p{M}.-]+\s+){0,3}[\p{Devanagari}\p{M}.-]+\s*\(\s*")  # (``क्यूवेंटस (Qventus):``)
    _INTRODUCES = rx.compile(r"\s*(?:(?:पहली|दूसरी|तीसरी|चौथी|पांचवीं|पांचवी|अगली|आखिरी|एक और)\s+(?:[\p{L}\p{M}]+\s+)?है\s"
                                r"|(?:The (?:first|second|third|fourth|fifth|next|last|other)|Another)\s+(?:[a-z-]+\s+)?is\s)")
    _PRONOUN_SUBJECT = rx.compile(r"(?<![\p{L}\p{M}])(?:उसने|इसने)(?![\p{L}\p{M}])|(?:^|,\s)it\s+(?:has\s+|had\s+|also\s+)*$")
    _IT_OPENS = ("It ", "The company ", "The startup ", "The firm ", "कंपनी ने ", "कंपनी को ", "स्टार्टअप ने ",
                 "स्टार्टअप को ", "इसने ", "उसने ")
    _UNIT_BEFORE = rx.compile(r"(?:अपनी|अपने|उसकी|इसकी)\s+(?:[\p{L}\p{M}-]+\s+){0,3}(?:इकाई|यूनिट|सब्सिडियरी|सहायक कंपनी|शाखा|कंपनी)$")
    # ``paid about $40 million for Cyclica, …, and about $47.5 million for Valence``: the same buyer again
    _AND_PRICE_FOR = rx.compile(r"\s*,?\s*and\s+(?:(?:about|around|roughly|nearly|some|another)\s+)?[$€£₹][\d.,]+"
                                   r"(?:\s*(?:million|billion|crore|mn|bn))?\s+for\s+(?=\p{Lu})")
    _STAKE_GAINED = rx.compile(r"(?<![\p{L}\p{M}])(?:हिस्सेदारी|हिस्सा|नियंत्रण|स्टेक)\s+(?:भी\s+)?$")
    _BREAKDOWN_OPENS = rx.compile(r"\s*(?:इसमें|इनमें|इसमें से|इनमें से|This includes|That includes|Of this|Of that|Of the total)"
                                     r"(?![\p{L}\p{M}])")
    _AND_SUM_IN = rx.compile(r"\s*,?\s*(?:and|plus)\s+(?:(?:about|around|roughly|nearly|another)\s+)?")
    _IN_AFTER_SUM = rx.compile(r"\s+(?:each\s+)?in\s")
    _EACH = rx.compile(r"\beach\b|(?<![\p{L}\p{M}])(?:हरेक|प्रत्येक|हर एक)(?![\p{L}\p{M}])")
    _WHICH_ITS = rx.compile(r"\s*,\s*(?:which|who|that)\s[^,;.()]{0,60}?\bits\s+(?:planned\s+|pending\s+|proposed\s+)?")
    _WHICH_BOUGHT = rx.compile(r"\s*,\s*(?:which|who|that)\s+(?:(?:has|had|also|earlier|previously|later|then)\s+)*")
    _PRICED_NAME_DEAL = rx.compile(r"\s+(?P<n>[\p{Lu}\d][\w.&'’-]*(?:\s+[\p{Lu}\d][\w.&'’-]*){0,3})\s+"
                                      r"(?P<noun>buyout|acquisition|takeover|purchase|buy|deal|merger)\b")
    _DEAL_FOR = rx.compile(r"\b(?:deal|agreement) for\b")
    _PAID_FOR = rx.compile(r"\b(?:paid|pays|pay|paying)\b[^.;]{0,50}?\bfor\b")
    _TAKE_PRIVATE = rx.compile(r"\b(?:took|take|takes|taking|taken)\s+(?:[\w.&'’-]+\s+){1,6}?private\b"
                                  r"|\b(?:was|were|be|been|being)\s+taken\s+private\s+by\b")  # (``was taken private by Thoma Bravo``)

    # an amount, then the round it is: ``$141 million Series B``, ``$8 Mn seed round``, ``$60 million Series D co-led by``
    _ROUND_AFTER_AMOUNT = rx.compile(
        r"\s*(?:[A-Za-z-]+\s+){0,2}?(?:Series\s+[A-Z]\d?(?:\+|\s+extension)?|seed(?:\s+round)?|pre-seed(?:\s+round)?|"
        r"(?:funding|financing|equity|growth|venture)\s+round|round)\b(?:\s+round)?"
        r"(?=[^.;]{0,40}\b(?:led|co-led|from|backed|with participation)\b)"
        r"|\s+(?:का|की|के)\s+(?:[\p{L}\p{M}\p{N}-]+\s+){0,3}?(?:राउंड|दौर)(?![\p{L}\p{M}])")  # ``7 करोड़ डॉलर का सीरीज बी दौर``
    # ``कंपनी का ₹631 करोड़ का IPO``, ``its $651 million IPO``: a listing that raised money (not one only filed for)
    _IPO_AFTER_AMOUNT = rx.compile(r"\s+(?:का|की|के)\s+(?:[\p{L}\p{M}\p{N}-]+\s+){0,2}?(?:आईपीओ|IPO|इश्यू|पब्लिक\s+इश्यू)"
                                      r"(?![\p{L}\p{M}])|\s+(?:initial public offering|IPO)\b")
    _IPO_PLANNED = rx.compile(r"\b(?:DRHP|draft|fil(?:es|ed|ing)|plans?|planned|proposed|seeks?|aims?)\b|(?<![\p{L}\p{M}])"
                                 r"(?:दाखिल|प्रस्तावित|योजना|मसौदा|डीआरएचपी|लाने की)", regex.IGNORECASE)

    # ``… and holds a stake in database company ClickHouse``: a standing, not an event
    _HOLDS_STAKE = rx.compile(r"\b(?:holds?|held|owns?|owned|has|had|retains?|retained|keeps?|kept)\s+"
                                 r"(?:a|an|its|their|the)?\s*(?:[\w-]+\s+){0,2}?$")
    _STAKE_OF = rx.compile(r"(?:[\d.,]+\s*(?:%|फीसदी|फ़ीसदी|प्रतिशत)\s+(?:से\s+(?:ज़्यादा|ज्यादा|अधिक|कम)\s+)?)?"
                              r"(?:अतिरिक्त\s+|और\s+)?(?:(?:बहुमत|बहुलांश|अल्पांश|नियंत्रक|मेजॉरिटी|माइनॉरिटी)\s+)?"
                              r"(?:हिस्सेदारी|शेयर|इक्विटी|हिस्सा)(?![\p{L}\p{M}])")  # (``फ्लिपकार्ट की बहुमत हिस्सेदारी``)
    _LED_POSSESSIVE = rx.compile(r"\b(?:co-)?led\s+(?=(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+(?:[$€£₹]|US\$|Rs\.?\s|[\d.,]+\s|"
                                    r"(?:Series|seed|pre-seed|funding|financing|growth)\b))")
    _NOMINAL_PURCHASE = ("acquisition of", "purchase of", "takeover of", "buyout of")
    _THEN_BY = rx.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s+by\s+(?:the\s+)?")
    _STAKE_OF_SOLD_HI = rx.compile(r"(?:में|की)\s+(?:अपनी\s+|अपना\s+|अपने\s+)?" + _STAKE_OF.pattern)
    # ``एडवर्ब में 54% हिस्सेदारी 13.2 करोड़ डॉलर में खरीदेगी``: a stake, its price, then the verb of buying
    _INVESTMENT_ARM = rx.compile(r"(?:निवेश|इन्वेस्टमेंट)\s+(?:इकाई|शाखा|फर्म|फर्मों|बैंक|बैंकों|बैंकिंग|फंड|फ़ंड|कोष)(?![\p{L}\p{M}])"
                                    r"|investment\s+(?:arm|unit|firm|vehicle|house|office|bank|banking|banker|fund)s?\b",
                                    regex.IGNORECASE)
    _STAKE_PRICED_BUY = rx.compile(r"(?:हिस्सेदारी|शेयर)\s+[^।;]{0,40}?\s+में\s+(?:खरीद|ख़रीद)"
                                      r"|हिस्सेदारी\s*\([^()]{1,30}\)\s*(?:खरीद|ख़रीद|ली|लेगी|लेगा)")  # (``(majority stake)``)
    def _described_owner(self, g: _Group) -> bool:
        """``Next47, the Siemens-backed venture firm``, ``…, the venture capital arm of Saudi Aramco``: a firm named
        only to describe another, its owner, takes no part."""
        return len(g.canonicals) == 1 and (self._ARM_OF.search(g.before) is not None or g.after.startswith("-backed")
                                           and g.before.endswith((", the", ", a", ", an")))

    _ARM_OF = rx.compile(r",\s*the\s+(?:[a-z-]+\s+){0,4}?(?:arm|unit|division|affiliate|subsidiary)\s+of$")
    _BACKER_TYPES = ("fund", "firm", "investor", "investors", "company", "giant", "group", "manager", "arm", "bank",
                     "insurer", "conglomerate", "maker", "partner")
    _BY_DESCRIBED = rx.compile(r"\b(led by|co-led by|backed by|from|including)\s+(?:the\s+|its\s+)?"
                                  r"(?:[a-z]+(?:'s|’s)\s+)?(?:(?!(?:and|or|but|which|that|who)\b)[a-z0-9-]+\s+){0,4}?"
                                  r"(?:fund|firm|investor|investors|company|giant|group|manager|arm|bank|insurer|"
                                  r"conglomerate|maker|partner)$")
    _TYPE_NOUNS_EN = ("startup", "start-up", "firm", "company", "maker", "developer", "provider", "platform", "unicorn",
                      "tech", "lab", "labs", "outfit", "venture", "specialist", "operator", "designer", "supplier", "rival")
    # (``in Bengaluru-based Reverie``, ``in San Francisco-based AI startup Decagon``)
    _IN_BASED = rx.compile(r"\b(in|into)\s+(?:[\p{L}.]+\s+){0,2}?[\p{L}.]+-based"  # (of the lower-cased words before)
                              r"(?:\s+(?!(?:after|when|as|while|and|or|but|which|that|who|for|with)\b)[a-z0-9-]+){0,4}$")
    # (``in AI biotech Owkin``, ``in chipmaker Rivos``, ``in fintech Plum``, ``in robotics outfit X``)
    _IN_DESCRIBED = rx.compile(r"\b(in|into)\s+(?:(?!(?:after|when|as|while|since|before|and|or|but|from|for|with|to|"
                                  r"in|at|of|on|by|its|their|his|her|which|that|who)\b)[a-z0-9-]+\s+){0,4}?"
                                  r"(?:startup|start-up|firm|company|[a-z]*maker|developer|provider|platform|unicorn|"
                                  r"[a-z]*tech|labs?|outfit|venture|specialist|operator|designer|supplier|rival)$")

    # ``बेयर फ्लैग रोबोटिक्स को 25 करोड़ डॉलर (करीब ₹1,850 करोड़) में खरीदा``: the object, then its price
    _REL_OBJECT = rx.compile(r"(?:,\s*(?:जिसे|जिन्हें)|\b(?:that|which))\s")

    def _bought_by_relative(self, text: str, start: int, buy_at: int,
                            actors: Sequence[Mention]) -> tuple[Mention, Mention] | None:
        """``X, जिसे बाद में Y ने खरीदा``, ``X, a chip startup that Y bought``: (the firm bought, the buyer)."""
        rel = None
        for rel in self._REL_OBJECT.finditer(text, max(start, buy_at - 70), buy_at):
            pass
        if rel is None:
            return None
        buyers = [a for a in actors if rel.end() <= a.start and a.end <= buy_at and a.label == "ORG"]
        targets = [a for a in actors if a.end <= rel.start() and rel.start() - a.end <= 70 and a.label == "ORG"]
        if len(buyers) != 1 or not targets or targets[-1].canonical == buyers[0].canonical:
            return None
        between = text[targets[-1].end:rel.start()]
        if not (rx.fullmatch(r"\s*(?:,\s*(?:a|an|the)\b[^,.;A-Z]{0,80})?\s*,?\s*", between)
                or any(_is_deva(ch) for ch in between) and len(between.split()) <= 8):
            return None  # (``Dunzo, while Madhav co-founded Scapic, an AR startup that Flipkart acquired``: not Dunzo)
        gap = text[buyers[0].end:buy_at]
        if not (rx.fullmatch(r"\s*(?:ने\s+)?(?:बाद में\s+|भी\s+)?", gap) or self._BUYER_PRICED.fullmatch(gap) or rx.fullmatch(r"\s+(?:later\s+|eventually\s+)?", gap)):
            return None
        return targets[-1], buyers[0]

    # ``जिसे मार्वेल ने 2.7 अरब डॉलर में खरीदा``: the buyer, then the price it paid
    _BUYER_PRICED = rx.compile(r"\s*ने\s+(?:[^\s।,;]+\s+){1,8}?(?:में|के बदले)\s+")

    _FOLLOW_ON = rx.compile(r"\b(?:another|a further|an additional|followed (?:it )?up with)\s|(?<![\p{L}\p{M}])(?:और|अतिरिक्त)\s+(?=[$₹€\d])")
    _STAKE_SOLD_HI = rx.compile(r"(?<![\p{L}\p{M}])(?:हिस्सेदारी|शेयर|शेयरों)\s[^।;]{0,70}?(?<![\p{L}\p{M}])(?:बेच|बेची|बेचे|बेचा)")
    _ACQUISITIONS_INCLUDING = rx.compile(r"\bacquisitions\b[^.;]{0,60}?\b(?:including|such as)\s")
    _LIST_ITEM_BEFORE = rx.compile(r"(?:including|such as|,\s*and|\band|,)\s+$")
    _LABEL_END = rx.compile(r"[\p{L}\p{M}]*:")
    # ``… ने इसे करीब 1 अरब डॉलर में खरीद लिया``: a pronoun bought for a price, the firm just named
    _PRONOUN_BOUGHT = rx.compile(r"(?<![\p{L}\p{M}])(?:इसे|उसे|(?:इस|उस)\s+(?:कंपनी|स्टार्टअप|फर्म)\s+को)\s+(?:[^\s।,]+\s+){0,6}?(?:में|के बदले)\s+$")
    # ``Thoma Bravo agreed to buy the company for about $1.8 billion``: the firm told of before, bought
    _BOUGHT_THE_FIRM_EN = rx.compile(r"\s+(?:the\s+(?:company|startup|start-up|firm|business)|it)\s+for\b")
    _BUSINESS_OF = rx.compile(r"(?:[\p{L}\p{M}-]+\s+)?(?:कारोबार|बिजनेस|बिज़नेस|डिवीजन|डिवीज़न)(?![\p{L}\p{M}])")
    _OBJECT_PRICED = rx.compile(r"\s*[)\]\"'”’]?\s*(?:को|का\s+(?:[\p{L}\p{M}-]+\s+)?(?:कारोबार|बिजनेस|बिज़नेस|डिवीजन|डिवीज़न))"
                                   r"\s+[^।;]*?(?:में|के बदले)\s+(?:(?:पूरी तरह|पूरा|नकद|कैश)(?:\s+से)?\s+)?")  # (past a gloss: ``(Intelliswift) को``)

    _TOPIC_OPENING = rx.compile(r"[\p{L}\p{M}]+\s+के\s+(?:मोर्चे|मामले|क्षेत्र|लिहाज)")

    # ``bought Israeli model optimization firm Deci``: only words that describe the firm before it
    _DESCRIPTOR_GAP = rx.compile(r"\s*(?:(?!(?:from|for|with|to|in|at|of|on|by|and|its|their)\b)[\p{L}-]+\s+)*")

    _FUND_CLOSE = rx.compile(r"\b(?:closes|closed|has closed|(?:final|first) close of|closing of)\s+(?:(?:its|a|an|the|new)\s+)?"
                                r"(?:[$€£₹]?[\w.,-]+\s+){0,5}?fund\b")
    _TOOK_PART_IN = rx.compile(r"\s+(?:(?:has|have|had|also|then|later)\s+)*(?:took part|takes part|participated|participates|joined"
                                  r"|co-led|led|invested|was an investor)\s+in\s+(?:the\s+)?")
    _ROUND_OF_POSSESSOR = rx.compile(r"['’]s\s+(?:(?:[$€£₹][\d.,]+|[\d.,]+)\s*(?:million|billion|bn|mn|m)?\s+)?"
                                        r"(?:Series|seed|pre-seed|funding|round|latest|previous|earlier)", regex.IGNORECASE)
    _VALUED_BEFORE = rx.compile(r"\b(?:valued|valuing|values)\s*$")
    # ``टैब्लो के हर शेयर के बदले निवेशकों को सेल्सफोर्स के 1.103 शेयर मिले``: what investors get, no investing
    _TO_INVESTORS = rx.compile(r"(?:निवेशक|इन्वेस्टर)[\p{L}\p{M}]*\s+को(?![\p{L}\p{M}])")

    _BUYING_NOUN = rx.compile(r"(?:.*\b(?:[Tt]he|its|their|a|his|her)\s)?buying\s+(?:spree|binge|began|begins|started|streak|power|frenzy|"
                                 r"interest|pressure|opportunity)\b|.*\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+buying\b")
    _SOLD_GOODS = rx.compile(r"sold\s+(?:(?:more than|over|about|nearly|some|around)\s+)?(?:millions|thousands|hundreds|[\d,.]+"
                                r"(?:\s+(?:million|lakh|crore|billion))?)\s+(?:of\s+)?(?:units|copies|devices|phones|cars|vehicles|"
                                r"headsets|glasses|pairs|subscriptions|chips)\b")
    _RAISED_A_LIMIT = rx.compile(r"rais(?:e|es|ed|ing)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+)?(?:ceiling|cap|limit|price|prices|"
                                    r"forecast|forecasts|guidance|outlook|target|rate|rates|tariffs?|concerns?|questions?|dividend|bid|offer)\b")

    _CONTRACT_WORD = rx.compile(r"\b(?:contracts?|deal|orders?|agreement|award|tender)\b|(?<![\p{L}\p{M}])(?:ठेका|ठेके|अनुबंध|कॉन्ट्रैक्ट|ऑर्डर)")
    _WON_CONTRACT = rx.compile(r"[\w-]+\s+(?:(?!(?:as|in|after|with|while|for|and|amid|to)\b)[\w$.,-]+\s+){0,5}?(?:contracts?|deal|orders?|agreement|award|tender)\b"
                                  r"|[\p{L}\p{M}]+\s+(?:[\p{L}\p{M}\d.,$₹]+\s+){0,5}?(?:ठेका|ठेके|अनुबंध|कॉन्ट्रैक्ट|ऑर्डर)(?![\p{L}\p{M}])")

    def _cue(self, text: str, clause: _Clause, sent_end: int, first_actor: int | None = None,
             actors: list[Mention] = (), *, cues: _CueHits) -> tuple[str, int, int] | None:  # type: ignore[assignment]
        """The clause's verb (``raise``, ``sale``, ``invest``), where it is, and where its status words end.

        A clause without a verb borrows the sentence's next one (``एनवीडिया ने … $10 बिलियन तक और
        माइक्रोसाफ्ट ने $5 बिलियन तक निवेश करने का वादा किया``)."""
        c_text = text[clause.start:clause.end]
        found = [(at - clause.start, kind) for kind in ("sale", "raise", "invest", "acquire")
                 if (at := cues.find(kind, clause.start, clause.end)) >= 0]
        if "buying" in c_text and any(kind == "acquire" for _, kind in found):
            # ``The buying began in April 2021, when Anduril bought Area-I``: a noun; the verb is the next cue
            kept = []
            for rel_at, kind in found:
                at = clause.start + rel_at
                while kind == "acquire" and at >= 0 and self._BUYING_NOUN.match(text, max(0, at - 6), at + 20) is not None \
                        and text.startswith("buying", at):
                    at = cues.find(kind, at + 1, clause.end)
                if at >= 0:
                    kept.append((at - clause.start, kind))
            found = kept
        if any(kind == "sale" for _, kind in found):
            # ``smart glasses, which have sold millions of units``: goods sold, no stake
            found = [(at, kind) for at, kind in found if kind != "sale" or not self._SOLD_GOODS.match(c_text, at)]
        if "raise" in c_text and any(kind == "raise" for _, kind in found):
            # ``raised the ceiling on Palantir's contract by $795 million``: a limit lifted, no money raised
            found = [(at, kind) for at, kind in found if kind != "raise" or not self._RAISED_A_LIMIT.match(c_text, at)]
        if any(kind == "raise" for _, kind in found) and self._CONTRACT_WORD.search(c_text):
            # ``Palantir lands Army enterprise deal worth up to $10 billion``, ``secured a $480 million contract``: work won
            found = [(at, kind) for at, kind in found if kind != "raise" or not self._WON_CONTRACT.match(c_text, at)]
        if not clause.amounts and any(kind == "invest" for _, kind in found):
            # ``Google is racing to put generative AI into Workspace``: something put somewhere, no money
            found = [(at, kind) for at, kind in found if kind != "invest" or not self._put_no_money.match(c_text, at)]
        if "clos" in c_text and "fund" in c_text and (fc := self._FUND_CLOSE.search(c_text)) is not None:
            # ``Accel closes $650 million India fund``, ``has closed its eighth fund … at $650 million``: the fund's
            # size (what its backers pledged), no round of the manager; a verb before the close keeps its own deal
            found = [(at, kind) for at, kind in found if kind != "raise" and at < fc.start()]
        if found and ("निवेश" in c_text or "nvest" in c_text or "इन्वेस्ट" in c_text):
            # ``बायर की इम्पैक्ट निवेश इकाई लीप्स``, ``its investment arm``: a name for a backer, not a verb
            kept = []
            for rel_at, kind in found:
                at = clause.start + rel_at
                while kind == "invest" and at >= 0 and (self._INVESTMENT_ARM.match(text, at) or self._TO_INVESTORS.match(text, at)):
                    at = cues.find(kind, at + 1, clause.end)
                if at >= 0:
                    kept.append((at - clause.start, kind))
            found = kept
        if not any(kind in ("invest", "raise") for _, kind in found) and "led " in c_text \
                and (lp := self._LED_POSSESSIVE.search(c_text)) is not None:
            found.append((lp.start(), "invest"))  # ``Elevar Equity had also led CureBay's $10 million Series A``
        if len(found) > 1 and any(kind != "invest" for _, kind in found):
            # ``it would acquire … Sana for about $1.1 billion, amid investor worries``: a backer is no verb
            found = [(at, kind) for at, kind in found
                     if kind != "invest" or not text.startswith(self.agent_nouns, clause.start + at)] or found
        if found and actors:  # a cue inside a firm's name is none (``Abu Dhabi Investment Authority``)
            starts = [a.start for a in actors]
            kept = []
            for rel_at, kind in found:
                at = clause.start + rel_at
                while at >= 0:
                    i = bisect.bisect_right(starts, at) - 1
                    if i < 0 or actors[i].end <= at:
                        break
                    at = cues.find(kind, at + 1, clause.end)
                if at >= 0:
                    kept.append((at - clause.start, kind))
            found = kept
        if any(kind == "raise" for _, kind in found):
            # ``50.1 फीसदी हिस्सेदारी हासिल करेगी``: a stake gained is bought, not money raised
            found = [(at, kind) for at, kind in found if kind != "raise" or not self._STAKE_GAINED.search(
                text, max(clause.start, clause.start + at - 30), clause.start + at)]
        if first_actor is not None:  # ``The raise comes … after Anysphere closed a …``: the verb after its subject
            found = [(at, kind) if at >= first_actor - clause.start or kind != "raise"
                     or (m := cues.find("raise", first_actor, clause.end, slice_start=clause.start)) < 0
                     else (m - clause.start, kind)
                     for at, kind in found]
        for m in self.buy.finditer(c_text):
            at = clause.start + m.start()
            if self._LABEL_END.match(text, clause.start + m.end()):
                continue  # ``ख़रीदारी: LTTS ख़रीदेगी …``: a headline's label, not its verb
            if m.group().startswith("buying") and self._BUYING_NOUN.match(text, max(clause.start, at - 6), at + 20) is not None:
                continue  # ``The buying began …``: a noun
            if self._PRONOUN_BOUGHT.search(text, max(clause.start, at - 80), at) is not None \
                    or self._BOUGHT_THE_FIRM_EN.match(text, clause.start + m.end()) is not None:
                found.append((m.start(), "acquire"))  # ``जनरल मोटर्स ने इसे करीब 1 अरब डॉलर में खरीद लिया``
                break
            if self._bought_by_relative(text, clause.start, at, actors) is not None:
                found.append((m.start(), "acquire"))  # ``गैलीलियो टेक्नोलॉजी …, जिसे बाद में मार्वल ने खरीदा``
                break
            # ``एम्पीयर कंप्यूटिंग को खरीदने``, ``खरीदेगा … चिप कंपनी एम्पीयर``: buying a firm, not chips or cloud
            if any(0 <= at - a.end <= 30 and "को" in text[a.end:at]
                   or 0 <= at - a.end <= 80 and self._OBJECT_PRICED.fullmatch(text, a.end, at) or 0 <= a.start - (clause.start + m.end()) <= 50
                   and a.label == "ORG" and "को" not in text[clause.start + m.end():a.start]
                   and (a.start - (clause.start + m.end()) <= 30 or self._DESCRIPTOR_GAP.fullmatch(text, clause.start + m.end(), a.start))
                   for a in actors):
                found.append((m.start(), "acquire"))
                break
        if sum(kind == "acquire" for _, kind in found) > 1:
            # ``अधिग्रहण के मोर्चे पर X … Y को खरीद चुकी है``: the noun opening the clause names a topic, the verb acts
            found = [(at, kind) for at, kind in found if kind != "acquire" or text[clause.start:clause.start + at].strip()
                     or not self._TOPIC_OPENING.match(text, clause.start + at)]
        if not found and ("हिस्सेदारी" in c_text or "शेयर" in c_text) \
                and (stake := self._STAKE_PRICED_BUY.search(text, clause.start, clause.end)) is not None:
            found.append((stake.start() - clause.start, "invest"))
        for a in clause.amounts:
            named = self._PRICED_NAME_DEAL.match(text, a.end, clause.end)
            if named is not None and any(m.start == named.start("n") and m.label == "ORG" for m in actors):
                found.append((named.start("noun") - clause.start, "acquire"))  # ``completes $5.9 billion Altium buyout``
                break
        deal_for = self._DEAL_FOR.search(c_text) if "deal for" in c_text else None
        if deal_for is not None and any(0 <= a.start - (clause.start + deal_for.end()) <= 50 and a.label == "ORG" and
                                        self._DESCRIPTOR_GAP.fullmatch(text, clause.start + deal_for.end(), a.start)
                                        for a in actors):
            found.append((deal_for.start(), "acquire"))  # ``its $5.4 billion deal for cybersecurity firm Mandiant``
        paid = self._PAID_FOR.search(c_text) if "pa" in c_text and " for " in c_text else None
        if paid is not None and any(a.start >= clause.start + paid.end() and a.label == "ORG" for a in actors):
            found.append((paid.start(), "acquire"))  # ``Thomson Reuters, which paid $650 million in cash for Casetext``
        if "बेच" in c_text and not any(kind == "sale" for _, kind in found):
            sold = self._STAKE_SOLD_HI.search(c_text)
            if sold is not None:  # ``अपनी 10 फीसदी हिस्सेदारी टेमासेक को 2,000 करोड़ रुपये में बेच दी``
                found.append((sold.start(), "sale"))
        including = self._ACQUISITIONS_INCLUDING.search(c_text) if "acquisition" in c_text else None
        if including is not None:  # ``a string of AI acquisitions this year, including Edge Impulse … and MovianAI``
            found.append((including.start(), "acquire"))
        private = self._TAKE_PRIVATE.search(c_text)
        if private is not None:  # ``Bain Capital took PowerSchool private for $5.6 billion``
            found.append((private.start(), "acquire"))
        for a in clause.amounts:
            if self.verb_after_amount.match(text, a.end) or self.verb_before_amount.search(text[max(clause.start, a.start - 20):a.start]) \
                    or self._BUILT_AT_COST.match(text, a.end, clause.end):
                found.append((a.start - clause.start, "invest"))
        if not found:
            for a in clause.amounts:
                if self._IPO_AFTER_AMOUNT.match(text, a.end) and not self._IPO_PLANNED.search(text, clause.start, clause.end):
                    found.append((a.start - clause.start, "raise"))
                    break
                if self._ROUND_AFTER_AMOUNT.match(text, a.end):
                    # ``after its $135 million Series D, led by Bain Capital Ventures``: a round with no verb
                    found.append((a.start - clause.start, "raise"))
                    break
        if not found and clause.amounts and clause.amounts[0].value is not None:
            total = self.funding_total.search(text, clause.start, clause.amounts[0].start) if (
                "total" in c_text or "कुल" in c_text or "overall" in c_text or "cumulative" in c_text) else None
            if total is not None:  # ``With this, the startup's total funding stands at about $88 Mn``
                found.append((total.start() - clause.start, "raise"))
        if len(found) > 1 and clause.amounts:
            # ``… paid $650 million for Casetext …, while startups such as Legora have also raised …``: a verb after
            # the amount and a new clause is that clause's, not the amount's
            a_end = clause.amounts[0].end - clause.start
            own = [(at, kind) for at, kind in found if at < a_end or self._AND_CLAUSE.search(c_text, a_end, at) is None]
            found = own or found
        if len(found) > 1 and clause.amounts:
            # ``फ़्लिपकार्ट ने निवेश की रकम नहीं बताई, लेकिन … गूगल करीब $350 मिलियन लगाएगा``: the verb of the amount's
            # own part of the sentence, after a ``but``
            a0 = clause.amounts[0].start - clause.start
            cut = max((c_text.rfind(w, 0, a0) for w in self.contrast_words), default=-1)
            if cut > 0:
                own_part = [(at, kind) for at, kind in found if at > cut]
                found = own_part or found
        if len(found) > 1 and any(kind == "acquire" for _, kind in found):
            # ``Datadog bought Metaplane, a … startup backed by Y Combinator``: a backer describes a firm, the
            # purchase is the event
            found = [(at, kind) for at, kind in found
                     if kind != "invest" or not self._DESCRIBED_BACKER.match(text, clause.start + at)] or found
        if found:
            rank = {"raise": 0, "sale": 1, "invest": 2, "acquire": 3}  # ``X, backed by Y, is in talks to raise``
            at, kind = min(found, key=lambda f: (rank[f[1]], f[0]))
            return kind, clause.start + at, clause.end
        if not clause.amounts:
            return None
        later = [(at - clause.end, kind) for kind in ("raise", "invest") if (at := cues.find(kind, clause.end, sent_end)) >= 0]
        if not later:
            return None
        return min(later)[1], clause.end, sent_end

    def _respectively(self, text: str, sent: tuple[int, int], amounts: list[Amount], actors: list[Mention],
                      si: int, s_text: str, topic: str | None, cues: _CueHits) -> list[Deal]:
        """``Intel Capital and Qualcomm Ventures invested Rs 1,894.50 crore and Rs 730 crore, respectively``."""
        if len(amounts) < 2 or cues.find("respectively", *sent) < 0 or cues.find("invest", *sent) < 0:
            return []
        groups = self._groups(text, sent[0], sent[1], actors)
        inv = next((g for g in groups if len(g.canonicals) == len(amounts) and g.start < amounts[0].start), None)
        if inv is None:
            return []
        ee = next((g.canonicals[0] for g in groups if g is not inv and self._marker(g, "invest") == "investee"), topic)
        status = self._status(cues, sent, sent)
        return [Deal([c], ee, a.value, a.currency, status, sentence=si, evidence=" ".join(s_text.split()))
                for c, a in zip(inv.canonicals, amounts)]

    _RAISED_FOR_FIRM = rx.compile(r"\s+for\s+(?:(?:his|her|their)\s+)?(?:(?:new|latest|own|[\w-]+-based|AI)\s+)*"
                                     r"(?:(?:start-?up|company|venture|firm|lab),?\s+)?")
    _DESCRIBED_BACKER = rx.compile(r"(?:backed|funded) by\b|(?<=\w-)(?:backed|funded)\b")

    # ``…, जिसमें माइक्रोसॉफ़्ट भी शामिल था``: a relative clause naming more investors of the deal just told
    _RELATIVE_ROUND = rx.compile(r"(?<![\p{L}\p{M}])(?:जिसमें|जिनमें|इसमें|इस राउंड में|इस दौर में)(?![\p{L}\p{M}])")

    def _relative_participants(self, text: str, clause_start: int, sent_end: int, deal: Deal,
                               actors: list[Mention], actor_starts: list[int] | None, cues: _CueHits,
                               amounts: list[Amount]) -> None:
        """``X ने Y के … राउंड की अगुवाई की, जिसमें Z भी शामिल था``: Z joins the deal's investors."""
        m = None
        for m in self._RELATIVE_ROUND.finditer(text, clause_start, sent_end):
            pass
        if m is None or cues.find("participation", m.end(), sent_end) < 0 or self.rivalry.search(text, clause_start, sent_end):
            return
        if any(a.start >= m.end() for a in amounts):
            return  # ``…, जिसमें X का 40 करोड़ डॉलर का निवेश भी शामिल है``: a deal of its own, not a participant
        for g in self._groups(text, m.end(), sent_end, _in_span(actors, actor_starts, m.end(), sent_end)):
            if not g.possessive:
                deal.investors += [c for c in g.canonicals if c != deal.investee and c not in deal.investors]

    # ``The Redwood City, California-based company raised …``: the firm told of, described
    _THE_DESCRIBED = r"\s*The\s+(?:[\w.'’-]+,?\s+){0,5}?(?:company|firm|startup|start-up|group|chipmaker|developer|maker|lender)"
    _THE_DESCRIBED_FIRM = rx.compile(_THE_DESCRIBED + r"(?:\s+(?:has|had|also|now|then))*\s*$")
    _THE_DESCRIBED_OPENS = rx.compile(_THE_DESCRIBED + r"\b")

    _RELATIVE_HI = rx.compile(r"(?<![\p{L}\p{M}])(?:जिसमें|जिनमें|जिसकी\s+अगुवाई|जिसका\s+नेतृत्व)(?![\p{L}\p{M}])")

    def _only_in_relative(self, text: str, cue_at: int, end: int, name: str, actors: Sequence[Mention]) -> bool:
        """Is ``name`` named only after ``जिसमें``/``जिसकी अगुवाई`` following the verb (``… जुटाया था, जिसमें अमेज़न ने भी
        पैसा लगाया था``), so a backer of the round, not the firm that raised it?"""
        rel = self._RELATIVE_HI.search(text, cue_at, end)
        if rel is None:
            return False
        at = [m.start for m in actors if m.canonical == name]
        return bool(at) and min(at) >= rel.end()

    def _coref_subject(self, text: str, start: int, cue_at: int, cues: _CueHits) -> bool:
        """A pronoun or ``कंपनी ने``/``the company`` as the clause's subject, before its verb."""
        return cues.find("coref_subject_hi", start, cue_at) >= 0 or bool(self.coref_subject_en.search(text[start:cue_at])) \
            or self._THE_DESCRIBED_FIRM.match(text, start, cue_at) is not None \
            or (m := self._THE_DESCRIBED_OPENS.match(text, start, cue_at)) is not None \
            and text[m.end():cue_at].rstrip().endswith(",")
            # (``The Cambridge, England-based company, led by …, listed on Nasdaq …, raising $4.87 billion``)

    # -- the component -----------------------------------------------------------------
    def __call__(self, text: str, *, sentences: list[tuple[int, int]], mentions: list[Mention],
                 amounts: list[Amount]) -> list[Deal]:
        """Deals of a document, one per investment event, in order of first mention."""
        cues = self._cues(text)
        orgs = [m for m in mentions if m.label == "ORG"]
        cues.names = ([m.start for m in orgs], [m.end for m in orgs])
        actors = [m for m in mentions if m.label in ("ORG", "PERSON")]
        persons = {m.canonical for m in mentions if m.label == "PERSON"}
        actor_starts = _starts(actors)
        deals: list[Deal] = []
        last_org: str | None = None
        last_pair: list[str] = []  # the last names coordinated as partners: ``X और Y मिलकर``
        topic: str | None = None  # the last investee named, else the most named organisation so far
        seen_counts: dict[str, int] = {}
        # firms introduced as startups (``अमेरिकी स्टार्टअप Character.AI``): what ``स्टार्टअप ने`` points back to
        startups = [(m.start, m.canonical) for m in orgs if self._STARTUP_BEFORE.search(text, max(0, m.start - 30), m.start)]
        founded = [(m.start, m.canonical) for m in orgs if self._FOUNDED_BEFORE.search(text, max(0, m.start - 30), m.start)
                   or self._FOUNDED_AFTER.match(text, m.end)]
        amounts_in = _by_sentence(amounts, sentences)
        orgs_in = _by_sentence(orgs, sentences)
        last_named: str | None = None
        last_subject: str | None = None  # the firm opening the previous sentence, when it told no deal
        last_buyer: str | None = None  # the buyer of the last purchase told: ``it`` buys again
        background: set[int] = set()  # deals told in a relative clause, in passing
        label_org: str | None = None  # the firm a paragraph opens with as its label (``नाबला (Nabla): …``)
        label_end = -1
        for si, sent in enumerate(sentences):
            s_amounts = amounts_in[si]
            s_orgs = orgs_in[si]
            if sent[0] >= label_end:
                label_org = None
                line_start = text.rfind("\n", 0, sent[0]) + 1
                if s_orgs and (self._LIST_MARK.fullmatch(text, line_start, s_orgs[0].start) or self._GLOSSED_LABEL.fullmatch(
                        text, line_start, s_orgs[0].start)) and self._LABEL_COLON.match(text, s_orgs[0].end):
                    # ``क्यूवेंटस (Qventus): अस्पतालों के … इस कंपनी ने …``: what the paragraph's pronouns point to
                    label_org = s_orgs[0].canonical
                    line_end = text.find("\n", sent[0])
                    label_end = line_end if line_end >= 0 else len(text)
            kinds = self._kind_of_amounts(text, sent, s_amounts, s_orgs, cues)
            deal_amounts = [a for i, a in enumerate(s_amounts) if kinds[i] == "deal"]
            valuations = [a for i, a in enumerate(s_amounts) if kinds[i] == "valuation"]
            targets = [a for i, a in enumerate(s_amounts) if kinds[i] == "target"]
            loans = [a for i, a in enumerate(s_amounts) if kinds[i] == "loan"]  # (and grants)
            s_text = text[sent[0]:sent[1]]
            new: list[Deal] = []
            new_at: list[int] = []  # where each new deal's clause starts
            prev_roles: tuple[list[str], str | None] = ([], None)
            prev_verb: str | None = None
            resp = self._respectively(text, sent, deal_amounts, actors, si, s_text, topic, cues)
            deals.extend(resp)
            for clause in ([] if resp else self._clauses(text, sent, deal_amounts, cues)):
                c_span = (clause.start, clause.end)
                c_actors = _in_span(actors, actor_starts, clause.start, clause.end)
                first = c_actors[0].start if c_actors else None
                cue = self._cue(text, clause, sent[1], first, c_actors, cues=cues)
                if cue is not None and not c_actors and clause.amounts and self._THIS_DEAL_IS.search(
                        text, max(clause.start, clause.amounts[0].start - 40), clause.amounts[0].start):
                    cue = None  # ``यह निवेश करीब 3 करोड़ डॉलर का है``: no new deal, the sum of the one just told
                borrowed = False
                if cue is None and prev_verb == "acquire" and clause.amounts and prev_roles[0] \
                        and (self._AND_NEXT.match(text, clause.start) or self._AND_PRICE_FOR.match(text, clause.start)):
                    # ``bought Deci for about $300 million and OctoAI for roughly $250 million``: the same buyer
                    cue, borrowed = ("acquire", clause.start, clause.end), True
                if cue is None and prev_verb == "invest" and clause.amounts and prev_roles[0] \
                        and self._AND_SUM_IN.fullmatch(text, clause.start, clause.amounts[0].start) \
                        and self._IN_AFTER_SUM.match(text, clause.amounts[0].end):
                    # ``worth 77 billion rupees in Adani Enterprises, and 38.5 billion rupees each in …``: the same investor
                    cue, borrowed = ("invest", clause.start, clause.end), True
                if cue is None and prev_verb in ("invest", "raise") and clause.amounts and prev_roles[1] \
                        and self._FOLLOW_ON.search(text, clause.start, clause.amounts[0].start):
                    # ``invested $1 billion in OpenAI in 2019 and followed up with another $2 billion in 2021``
                    cue, borrowed = (prev_verb, clause.start, clause.end), True
                joint = False
                if cue is None and clause.amounts and (joint_at := cues.find("joint", clause.start, clause.end)) >= 0:
                    # ``क्यूएआई और ब्रुकफ़ील्ड ने … 20 अरब डॉलर के संयुक्त उपक्रम का ऐलान किया``: the partners invest
                    cue, joint = ("invest", joint_at, clause.end), True
                if cue is None:
                    self._refine_told_sum(text, clause, deals + new)
                    self._price_of_told_deal(text, clause, si, deals + new)
                    priced = self._price_for_named_firm(text, clause, si, sent, deals + new,
                                                        _in_span(actors, actor_starts, clause.start, clause.end))
                    if priced is not None:
                        new.append(priced)
                        new_at.append(clause.start)
                    continue
                if not clause.amounts and targets:
                    continue
                if not clause.amounts and any(clause.start <= a.start < clause.end for a in loans):
                    continue  # ``SBI से ₹800 करोड़ का कर्ज मिला``: a lender, no investor
                verb, cue_at, status_end = cue
                if verb == "acquire" and not clause.amounts and self._THIS_DEAL.search(text, max(clause.start, cue_at - 12), cue_at):
                    continue  # ``यह अधिग्रहण ऑटोडेस्क के लिए अहम है``, ``this acquisition gives it``: a deal told before
                status = self._status(cues, (clause.start, status_end), sent, cue_at)
                if joint and status == "completed":
                    status = "committed"  # (a joint venture announced: its partners' money is promised)
                if borrowed and new and new[-1].status != status and status == "completed":
                    status = new[-1].status  # (the verb borrowed brings its tense: ``will buy …, and … each in …``)
                if status in ("talks", "committed") and clause.amounts and self._AFTER_DONE.search(
                        text, max(clause.start, clause.amounts[0].start - 70), clause.amounts[0].start):
                    status = "completed"  # ``in talks to raise …, months after closing a record $2 billion seed round``
                contrast = max(text.rfind(w, clause.start, cue_at) for w in self.contrast_words)
                told_by = None
                if contrast > clause.start and clause.amounts and clause.amounts[0].start > contrast:
                    # ``फ़्लिपकार्ट ने निवेश की रकम नहीं बताई, लेकिन … गूगल … लगाएगा``: the roles live after ``but``;
                    # the firm that kept quiet is the one invested in
                    head = self._groups(text, clause.start, contrast, _in_span(actors, actor_starts, clause.start, contrast))
                    told_by = next((g.canonicals[0] for g in head if self._marker(g, verb) == "agent"), None)
                    clause = _Clause(contrast, clause.end, clause.amounts)
                cut = max(text.rfind(w, clause.start, cue_at) for w in self.complementizers)
                if cut > clause.start and self._REPORT_OF_ITSELF.match(text, cut):
                    cut = -1  # ``Crusoe denied the report that it was in talks to sell …``: one subject throughout
                main_agent = None
                if cut > clause.start:
                    # ``अंबानी ने घोषणा की कि गूगल जियो में … निवेश करेगा``: the verb's roles live after ``कि``
                    head = self._groups(text, clause.start, cut, _in_span(actors, actor_starts, clause.start, cut))
                    speakers = [g for g in head if not text.startswith(("-backed", "-owned", "-led", "-based"), g.end)]
                    main_agent = next((g.canonicals[0] for g in head if self._marker(g, verb) == "agent"), None) or (
                        speakers[0].canonicals[0] if speakers and text.startswith(self._SAID_THAT_EN, cut) else None)
                    # (``Peak XV-backed Bhasha Grid denied a report that …``: the backer is no speaker)
                    clause = _Clause(cut, clause.end, clause.amounts)
                # the clause's own actors: _groups keeps only those, in order
                also_acquired: list[str] = []
                investors, investee = self._roles(text, clause, _in_span(actors, actor_starts, clause.start, clause.end),
                                                  verb, cue_at, also=also_acquired)
                if verb == "raise" and investee is not None and (
                        investee in self.investor_firms or self._only_in_relative(text, cue_at, clause.end, investee, c_actors)):
                    # ``कंपनी ने … जुटाए, जिसमें लाइटस्पीड … ने भी भाग लिया``: a fund named in a round, or any firm named
                    # only in the relative clause after it, is among its backers
                    investors, investee = [*investors, investee] if investee not in investors else investors, None
                bought = self.buy.match(text, cue_at) if verb == "acquire" else None
                if verb == "acquire" and investee is None and investors \
                        and (self._PRONOUN_BOUGHT.search(text, max(clause.start, cue_at - 80), cue_at) is not None
                             or bought is not None and self._BOUGHT_THE_FIRM_EN.match(text, bought.end()) is not None):
                    # (``क्रूज़ की स्थापना … की थी और … जनरल मोटर्स ने इसे … में खरीद लिया``: the firm named before)
                    before = [m.canonical for m in c_actors if m.label == "ORG" and m.end <= cue_at
                              and m.canonical not in investors]
                    investee = before[0] if before else next((c for c in (last_subject, topic) if c is not None and c not in investors), None)
                    # (``मुंबई की क्रिकियो लैब्स की कहानी … । … इस कंपनी को नज़ारा ने … खरीदा``: the firm the last sentence opened with)
                if borrowed and investee is None:
                    # (``bought Deci for $300 million and OctoAI for $250 million``: the name after ``and``)
                    own = [m for m in c_actors if m.label == "ORG" and m.canonical not in prev_roles[0]]
                    if own:
                        investors, investee = [], own[0].canonical
                if (borrowed or verb == "acquire" and prev_verb == "acquire" and not investors) \
                        and investee is not None and investee not in prev_roles[0]:
                    investors = list(prev_roles[0])  # (``…, and last year acquired HiredScore``: the same buyer)
                if investee is None and not investors and verb == "raise" and prev_verb in ("acquire", "invest") \
                        and len(prev_roles[0]) == 1:
                    # ``Clio … had completed its acquisition of vLex and raised $500 million``: the buyer raised
                    investee = prev_roles[0][0]
                elif investee is None and not investors and prev_roles != ([], None):
                    investors, investee = list(prev_roles[0]), prev_roles[1]
                    if cues.find("status:reported_totals", *c_span) >= 0:
                        investors = []  # ``…, and has raised about $315 million in total``: all its backers
                elif investee is None and prev_roles[1] is not None:
                    investee = prev_roles[1]  # ``X ने Y में … और Z ने …``: the same investee
                coref = self._coref_subject(text, clause.start, cue_at, cues) or (
                    clause.start == sent[0] and s_text.lstrip().startswith(self.coref_opening)) or (
                    (first is None or first > cue_at) and self._BARE_SUBJECT_HI.search(text, clause.start, cue_at) is not None)
                if investee is None and not investors and main_agent and verb == "invest" \
                        and self._PRONOUN_IN.search(text, clause.start, clause.end):
                    investee = main_agent  # ``X ने खंडन किया कि Y उसकी 51 फीसदी हिस्सेदारी खरीदेगी``: X is bought into
                    coref = False
                elif investee is None and investors and main_agent and main_agent not in investors \
                        and verb in ("invest", "acquire") and self._THE_FIRM_AFTER.search(text, cue_at, clause.end):
                    investee = main_agent  # ``X denied a report that Y was in talks to acquire the startup``
                    coref = False
                if not investors and verb == "invest" and last_pair and self.both.search(text, clause.start, cue_at):
                    investors = [c for c in last_pair if c != investee]  # ``दोनों कंपनियां … निवेश करेंगी``
                elif not investors and verb in ("invest", "acquire") and coref:
                    # ``कंपनी ने घोषणा की कि वह ओपनएआई में …``: the investor last named
                    ante = main_agent or (next((b for b in (last_buyer, topic) if b and b != investee), None)
                                          if verb == "acquire" else None) or next(
                        (d.investors[0] for d in reversed(deals) if d.investors), None) or last_org
                    # (``Since then it has bought Cado Security``: a buyer is the firm the story is about)
                    if ante and ante != investee:
                        investors = [ante]
                if investee is None and told_by and verb == "invest" and told_by not in investors and investors:
                    investee = told_by
                if investee is None and verb == "invest" and investors and clause.amounts \
                        and self._IN_THE_DESCRIBED.search(text, cue_at, clause.end):
                    # ``Recursion Pharmaceuticals said on Wednesday that Nvidia has invested $50 million in the
                    # Salt Lake City-based drug developer``: the firm that told it is the one described
                    teller = next((m.canonical for m in c_actors if m.end <= cue_at and m.label == "ORG"
                                   and m.canonical not in investors and self._TELLS.match(text, m.end)), None)
                    investee = teller
                vague = bool(clause.amounts) and all(a.value is None for a in clause.amounts)
                if investee is None and main_agent and main_agent not in investors and verb == "invest" \
                        and self._PRONOUN_IN.search(text, clause.start, clause.end):
                    investee = main_agent  # ``एंथ्रोपिक ने खंडन किया कि अमेज़न उसमें … निवेश करेगा``
                if investee is None and main_agent and main_agent not in investors and main_agent not in persons \
                        and verb == "raise" and self._IT_AFTER_THAT.match(text, clause.start):
                    investee = main_agent  # ``प्लम ने उन रिपोर्टों का खंडन किया … कि वह दाई-इची लाइफ से … जुटाने जा रही है``
                if investee is None and not investors and verb == "raise" \
                        and self._sector_subject.search(text, clause.start, min(clause.end, cue_at + 40)) is not None:
                    continue  # ``भारतीय हेल्थटेक स्टार्टअप्स ने करीब 60 करोड़ डॉलर जुटाए``: a sector's total, no firm's round
                total = verb == "raise" and cues.find("status:reported_totals", *c_span) >= 0
                if investee is None and clause.amounts and cues.find("joint", *c_span) < 0 and (
                        investors or coref or total or verb == "sale" or cues.find("coref", *c_span) >= 0) \
                        and not (vague and not investors) \
                        and not (investors and verb == "invest" and self._into_place(text, clause, c_actors)):
                    # (``इस तरह कंपनी अब तक कुल … जुटा चुकी है``: a running total is the topic's)
                    # (``the sector will need hundreds of billions … in investment``: no firm, no deal)
                    in_it = self._IN_THE_COMPANY_ANY.search(text, clause.start, clause.end)
                    near = [m.canonical for m in c_actors if in_it is not None and m.end <= in_it.start()
                            and m.label == "ORG" and m.canonical not in investors and m.canonical not in self.non_parties
                            and self._BACKER_NOUN.match(text, m.end)]
                    # (``एंथ्रोपिक के सबसे बड़े समर्थक अमेज़न ने कंपनी में … निवेश``: the firm just named)
                    opener = last_subject if text.startswith(self._IT_OPENS, clause.start) or text.startswith(
                        self._IT_OPENS, sent[0]) or self._THE_DESCRIBED_OPENS.match(text, sent[0]) \
                        or self._PRONOUN_SUBJECT.search(text, clause.start, cue_at) else None
                    # (``नोशन … कंपनी रही। जुलाई 2020 में … उसने 5 करोड़ डॉलर जुटाए``: the firm the last sentence opened with)
                    startup = None
                    if self._THE_STARTUP.search(text, clause.start, cue_at):
                        startup = next((c for at, c in reversed(startups) if at < clause.start), None) or next(
                            (d.investee for d in reversed(deals) if d.investee and d.investors and d.amount is not None
                             and (self.acquire.search(d.evidence or "") or self.buy.search(d.evidence or "")) is not None), None)
                        # (``J&J would buy … Auris Health … The startup had raised $700 million``: the firm bought)
                    own = next((c for at, c in reversed(founded) if at < clause.start), None) \
                        if verb == "raise" or self._ROUND_WORD.search(text, clause.start, clause.end) is not None else None
                    # (``Foundation Capital led a $17.5 million Series A``: a round of the firm the story's founder founded)
                    # (``यह सौदा श्रीराम फाइनेंस के लिए … आया है। … MUFG ने … कंपनी में … निवेश``: the firm named earlier in the sentence)
                    before_it = next((m.canonical for m in reversed(s_orgs) if m.end <= clause.start and m.label == "ORG"
                                      and m.canonical not in investors and m.canonical not in self.non_parties), None)
                    for cand in (near[-1] if near else None, label_org, startup, opener, own, before_it, topic, last_org):
                        if cand and cand not in investors and cand not in self.investor_firms:
                            investee = cand
                            break
                unpriced_plan = verb == "raise" and status in ("talks", "denied") and valuations
                if not clause.amounts and (text.startswith(self.agent_nouns, cue_at)
                                           or text.startswith(("stake", "stakes"), cue_at)
                                           and self._HOLDS_STAKE.search(text, max(clause.start, cue_at - 40), cue_at)
                                           or investors and all(c in persons for c in investors)):
                    continue  # ``गूगल भी एंथ्रोपिक का बड़ा निवेशक है``: a standing, not an event
                if not clause.amounts and investee and not investors and verb == "raise":
                    # ``यूनिट्री ने अपना सीरीज C राउंड पूरा कर लिया है, जिसमें टेनसेंट, अलीबाबा … शामिल रहे``: unpriced,
                    # but its investors are named in a relative clause
                    probe = Deal([], investee, None, None, status)
                    self._relative_participants(text, clause.start, sent[1], probe, actors, actor_starts, cues, s_amounts)
                    investors = probe.investors
                if not clause.amounts and not (investors and investee) and not (unpriced_plan and investee):
                    continue
                if investee is None and not investors:
                    continue
                a = clause.amounts[0] if clause.amounts else None
                if investee is None and len(investors) == 2 and self._EACH_OTHER.search(text, clause.start, clause.end):
                    # ``टोयोटा और NTT ने … एक-दूसरे में करीब 200 अरब येन की हिस्सेदारी खरीदी थी``: a stake each way
                    for x, y in (investors, investors[::-1]):
                        new.append(Deal([x], y, a.value if a else None, a.currency if a and a.value is not None else None,
                                        status, sentence=si, evidence=" ".join(s_text.split())))
                        new_at.append(clause.start)
                    prev_roles, prev_verb = (investors, None), verb
                    continue
                told = next((d for d in reversed(deals + new) if d.investee == investee and d.sentence is not None
                             and si - d.sentence <= 3), None) if verb == "acquire" and a is not None \
                    and a.value is not None and (borrowed or self._PAID_FOR_IT.search(text, max(clause.start, a.start - 30), a.start)) \
                    else None
                if told is not None and told.amount is None and told.investors and investors in ([], told.investors):
                    # ``will buy Kindred Systems … It will pay $262 million for Kindred``: the price of that purchase
                    told.amount, told.currency = a.value, a.currency
                    prev_roles, prev_verb = (list(told.investors), investee), verb
                    continue
                new.append(Deal(investors, investee, a.value if a else None, a.currency if a and a.value is not None else None,
                                status, sentence=si, evidence=" ".join(s_text.split())))
                new_at.append(clause.start)
                if verb == "acquire" and self._bought_by_relative(text, clause.start, cue_at, c_actors) is not None:
                    background.add(id(new[-1]))  # (``…, जिसे एप्पल ने खरीद लिया था``: told in passing, not the topic)
                if verb == "acquire" and investors:
                    last_buyer = investors[0]
                for other in also_acquired if investors or verb == "invest" else ():
                    each = a if verb == "invest" and a is not None else None  # (the same sum in each firm)
                    new.append(Deal(list(investors), other, each.value if each else None,
                                    each.currency if each and each.value is not None else None, status,
                                    sentence=si, evidence=" ".join(s_text.split())))
                    new_at.append(clause.start)
                prev_roles = (investors, investee)
                prev_verb = verb
            if new and deals and deals[-1].sentence is not None and si - deals[-1].sentence <= 2 \
                    and self._BREAKDOWN_OPENS.match(s_text):
                # ``इसमें अदाणी एंटरप्राइजेज में ₹7,700 करोड़ … का निवेश शामिल है``: the parts of the sum just told
                for d in new:
                    if not d.investors and d.investee not in deals[-1].investors:
                        d.investors, d.status = list(deals[-1].investors), deals[-1].status
            if new and not resp:
                self._relative_participants(text, new_at[-1], sent[1], new[-1], actors, actor_starts, cues, s_amounts)
            joined: Deal | None = None  # the deal this sentence names more backers of
            if not new and deal_amounts and deals and deals[-1].amount is None and deals[-1].sentence is not None \
                    and (si - deals[-1].sentence <= 2 or si - deals[-1].sentence <= 4 and self._PRICE_OF_THE_DEAL.search(s_text)) \
                    and self.worth.search(s_text):
                # (``… सौदे की कीमत करीब $350 मिलियन … बैठती है``: the price named as such reaches further back)
                deals[-1].amount, deals[-1].currency = deal_amounts[0].value, deal_amounts[0].currency
                if deal_amounts[0].value is None:
                    deals[-1].currency = None  # ``यह सौदा $6.5 बिलियन का है``: the price of the deal just told
            elif not new and deals and deals[-1].sentence is not None and si - deals[-1].sentence <= 4 \
                    and cues.find("participation", *sent) >= 0 and not self.rivalry.search(text, *sent):
                # ``Magnetar, Altimeter Capital and Fidelity also took part.``: more investors of that round
                last = deals[-1]
                joined = last
                groups = self._groups(text, sent[0], sent[1], _in_span(actors, actor_starts, *sent))
                for g, nxt in zip(groups, [*groups[1:], None]):
                    if g.possessive or self._described_owner(g):
                        continue  # ``SoftBank's Vision Fund 2``: the fund took part
                    names = g.canonicals
                    if nxt is not None and self._OWNER_OF_NEXT.match(text, g.end, nxt.start):
                        names = names[:-1]  # ``माइक्रोसॉफ्ट के वेंचर फंड M12``: the fund took part, not its owner
                    last.investors += [c for c in names if c != last.investee and c not in last.investors
                                       and c not in self.non_parties]  # (``…, the company told TechCrunch``)
            if valuations:
                # the deal whose clause holds the valuation (``raised $200 million … that valued it at $2.1
                # billion, and has raised $315 million in total``), else the sentence's last one
                own = [d for d, at in zip(new, new_at) if at <= valuations[0].start]
                target_deal = (own[-1] if own else new[-1]) if new else (
                    deals[-1] if deals and deals[-1].sentence is not None and si - deals[-1].sentence <= 2 else None)
                if target_deal is not None and target_deal.amount is None and target_deal.investors and new \
                        and target_deal in new and (cues.find("acquire", *sent) >= 0 or self._PER_SHARE_FOR.search(text, *sent)
                                                    or self._PRICE_PER_SHARE.search(text, *sent)) \
                        and valuations[0].value is not None \
                        and self._VALUING_WHOLE.search(text, max(sent[0], valuations[0].start - 60), valuations[0].start):
                    # ``agreed to be acquired by SSW Partners … for $37 per share, valuing the company at about
                    # $4.5 billion``: what a whole company is bought for is its value
                    target_deal.amount, target_deal.currency = valuations[0].value, valuations[0].currency
                elif target_deal is not None and not new and target_deal.amount is None and target_deal.investors \
                        and target_deal.valuation is None and valuations[0].value is not None \
                        and self._DEAL_VALUES.match(text, sent[0], valuations[0].start) is not None:
                    target_deal.amount, target_deal.currency = valuations[0].value, valuations[0].currency
                elif target_deal is not None and target_deal.valuation is None:
                    target_deal.valuation = valuations[0].value
                    target_deal.valuation_currency = valuations[0].currency
            deals.extend(new)
            closed = self.deal_closed.search(text, new_at[-1] if new else sent[0], sent[1]) if (
                "clos" in s_text or "complet" in s_text or "पूरा" in s_text) else None
            if closed is not None and deals and deals[-1].status == "committed" and deals[-1].sentence is not None \
                    and si - deals[-1].sentence <= 3 and (not new or new_at[-1] < closed.start()):
                deals[-1].status = "completed"  # ``agreed to buy Raven …; the deal closed that November``
            last_named = next((d.investee for d in reversed(resp + new) if d.investee and id(d) not in background), last_named)
            s_orgs = [m for m in s_orgs if m.canonical not in self.non_parties]  # (``Sept 16 (Reuters) -``: a source)
            # the subject that opens the sentence (``London-based Tractable, co-founded by …``): ``It`` in the next
            last_subject = next((m.canonical for m in s_orgs[:1] if self._OPENS_SENTENCE.fullmatch(text, sent[0], m.start)
                                 and not new), None) if s_orgs else None
            if joined is not None:
                last_subject = joined.investee  # (``Notable Capital led, and was joined by …``: the backers are no subject)
            intro = self._INTRODUCES.match(text, sent[0]) if s_orgs and not new else None
            if intro is not None:
                # ``दूसरी कंपनी है … मैक्सिम AI (Maxim AI)। कंपनी ने …``: the firm a list introduces acts next
                last_subject = next((m.canonical for m in s_orgs if m.start >= intro.end()), last_subject)
            if s_orgs:
                last_org = s_orgs[0].canonical
                if cues.find("joint", *sent) >= 0:  # ``self.joint.search(s_text)``
                    pairs = [g.canonicals for g in self._groups(text, sent[0], sent[1], s_orgs) if len(g.canonicals) >= 2]
                    last_pair = pairs[0] if pairs else last_pair
            for m in s_orgs:
                seen_counts[m.canonical] = seen_counts.get(m.canonical, 0) + 1
            # the topic: the last investee named, unless the article names another firm far more often
            # (``कंपनी ने`` in a Cerebras story is Cerebras, though G42 was named in a deal just before)
            most = max(seen_counts, key=lambda k: (seen_counts[k], k)) if seen_counts else None
            dominant = most is not None and seen_counts[most] >= 2 * seen_counts.get(last_named or "", 0) + 1
            topic = most if dominant or not last_named else last_named
        self._denied_next(text, sentences, deals)
        # money said to be put in, promised or talked of, with no firm named to receive it, is no deal: the firm is one
        # the text names in a way not read (``Berlin's deepset … raised``); money put into a place or a field keeps its
        # deal, and so does money promised to a joint venture not yet named (``संयुक्त उद्यम … दोनों कंपनियां … निवेश करेंगी``)
        # (a government or university is no firm bought or backed: ``received a grant … from the EuroHPC Joint Undertaking``)
        return [d for d in _merge(deals, distinct=self.distinct) if d.investee not in self.non_investees
                and (d.investee is not None or d.sentence is None
                or d.status != "completed" and len(d.investors) >= 2
                and any(cues.find("joint", *sentences[i]) >= 0 for i in (d.sentence - 1, d.sentence) if i >= 0)
                or self._into_place(text, _Clause(*sentences[d.sentence], amounts_in[d.sentence]), actors))]

    # ``… reported that Discord had explored buying Voicemod … . Bosch flatly denied the report.``
    _DENIES_REPORT = rx.compile(r"\b(?:denied|denies|deny|dismissed|rejected|refuted)\b[^.;]{0,40}?\b(?:report|reports|speculation|"
                                   r"rumou?rs?|claims?|story)\b"
                                   r"|(?<![\p{L}\p{M}])(?:खबर|खबरों|ख़बर|ख़बरों|रिपोर्ट|रिपोर्टों|अटकल|अटकलों|दावे|दावों|चर्चाओं)"
                                   r"(?![\p{L}\p{M}])[^।]{0,40}?(?:खंडन|खारिज|बेबुनियाद|निराधार)")

    def _denied_next(self, text: str, sentences: list[tuple[int, int]], deals: list[Deal]) -> None:
        """A report of talks or hearsay denied in the very next sentence, which tells no deal of its own, is denied."""
        told = {d.sentence for d in deals}
        for d in deals:
            si = d.sentence
            if si is None or d.status not in ("talks", "reported") or si + 1 >= len(sentences) or si + 1 in told:
                continue
            if self._DENIES_REPORT.search(text, *sentences[si + 1]) is not None:
                d.status = "denied"


def _by_sentence(items: Sequence[_T], sentences: list[tuple[int, int]]) -> list[list[_T]]:
    """Items (with ``start``) of each sentence, in their order: one pass, not one per sentence."""
    buckets: list[list[_T]] = [[] for _ in sentences]
    starts = [s for s, _ in sentences]
    for x in items:
        i = bisect.bisect_right(starts, x.start) - 1
        if i >= 0 and x.start < sentences[i][1]:
            buckets[i].append(x)
    return buckets


def _digits(x: float | None) -> int:
    """Significant digits of a sum: 19.7 अरब has three, 20 अरब one."""
    return len(f"{x:.6g}".split("e")[0].replace(".", "").replace("-", "").strip("0")) if x else 0


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= 0.1 * max(abs(a), abs(b))  # a rounded headline: $6.6 billion ~ 7 अरब


_ROUND_NAME = rx.compile(r"(?:\b[Ss]eries|(?<![\p{L}\p{M}])सीरीज़?)[\s-]*(?:([A-K])\b|(ए|बी|सी|डी|ई|एफ|जी)(?![\p{L}\p{M}]))"
                            r"|\b([Pp]re-seed|[Ss]eed)\b|(?<![\p{L}\p{M}])(प्री-सीड|सीड)(?![\p{L}\p{M}])")
_DEVA_LETTER = {"ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G"}


def _round_names(text: str | None) -> set[str]:
    """The rounds a sentence names, as letters or SEED (``Series C``, ``सीरीज बी``, ``सीड राउंड``)."""
    out = set()
    for m in _ROUND_NAME.finditer(text or ""):
        letter, deva, seed_en, seed_hi = m.groups()
        out.add(letter or _DEVA_LETTER.get(deva or "") or ("PRE-SEED" if (seed_en or seed_hi or "").lower() in ("pre-seed", "प्री-सीड")
                                                          else "SEED"))
    return out


def _rounds_differ(x: set[str], y: set[str]) -> bool:
    """Do two deals' sentences name only different rounds (``$125 million Series B``, ``$115 million in a Series C``)?"""
    return bool(x) and bool(y) and not (x & y)


def _merge(deals: list[Deal], *, distinct: "regex.Pattern[str] | None" = None) -> list[Deal]:
    """One deal per event: a repeated or rounded figure of the same investee is the same deal.

    A promise and a payment of the same sum are two events (``$4 बिलियन तक निवेश करने का वादा`` in
    2023, ``४ अरब डॉलर का अतिरिक्त निवेश किया है`` now), unless one of them is only the headline,
    whose present tense says nothing of the status: the body's status then wins."""
    out: list[Deal] = []
    headline_only: set[int] = set()
    by_investee: dict[str | None, list[Deal]] = {}
    rounds: dict[int, set[str]] = {}  # the rounds a kept deal's sentences name, its merged twins' included
    for d in deals:
        twin = None
        d_rounds = _round_names(d.evidence)
        for o in by_investee.get(d.investee, []):
            promise_vs_payment = {o.status, d.status} == {"completed", "committed"} and id(o) not in headline_only
            another_time = distinct is not None and d.sentence != o.sentence and bool(distinct.search(d.evidence or "")) \
                or d.sentence != o.sentence and _rounds_differ(rounds[id(o)], d_rounds)
            same_money = o.currency == d.currency and _close(o.amount, d.amount) and not promise_vs_payment \
                and not another_time and not (d.sentence == o.sentence and d.amount != o.amount)
            # (``इससे पहले मई में कंपनी ने … $6 बिलियन जुटाए थे``; ``a $53 million Series A …, and a $50 million
            # seed round``: one sentence names two rounds, never one round twice)
            unpriced = (o.amount is None or d.amount is None) and (
                set(o.investors) & set(d.investors)
                or (not o.investors or not d.investors) and (o.status == d.status or id(o) in headline_only))
            if same_money or (unpriced and (o.amount is None) == (d.amount is None)):
                twin = o
                break
            if d.amount is None and unpriced and set(o.investors) & set(d.investors):
                twin = o
                break
            if o.amount is None and id(o) in headline_only and unpriced and set(o.investors) & set(d.investors):
                twin = o  # ``SoftBank, Nvidia in talks to back Skild AI``, then the body's figure
                break
            if (o.amount is None) != (d.amount is None) and sorted(o.investors) == sorted(d.investors) and o.status == d.status:
                twin = o  # ``Reliance bought Strand …``, later ``… for ₹393 crore``: the same deal, now priced
                break
            if d.amount is None and o.amount is not None and d.investors and o.status == d.status \
                    and d.sentence is not None and o.sentence is not None and 0 < d.sentence - o.sentence <= 4:
                twin = o  # ``… ने भी इस राउंड में हिस्सा लिया``: more investors of that round
                break
        if twin is None:
            out.append(d)
            rounds[id(d)] = d_rounds
            by_investee.setdefault(d.investee, []).append(d)
            if d.sentence == 0:
                headline_only.add(id(d))
            continue
        rounds[id(twin)] |= d_rounds  # (a headline's ``$300 मिलियन`` merged with the body's Series E is not the Series D)
        if id(twin) in headline_only:
            headline_only.discard(id(twin))
            if twin.status == "completed" or d.amount is not None:
                twin.status = d.status  # (but ``Panasonic to buy … for $5.6 billion`` keeps its promise against an unpriced ``is paying``)
        twin.investors += [c for c in d.investors if c not in twin.investors]
        if twin.valuation is None and d.valuation is not None:
            twin.valuation, twin.valuation_currency = d.valuation, d.valuation_currency
        if twin.amount is None and d.amount is not None:
            twin.amount, twin.currency = d.amount, d.currency
    for d in out:
        d.investors = _without_owners(d.investors)
    return _drop_unnamed_twins(out)


def _without_owners(investors: list[str]) -> list[str]:
    """``Point72`` beside ``Point72 Private Investments``, ``AMD`` beside ``AMD Ventures``: the fund invested,
    its owner (named as a word of the fund's name) is no second investor."""
    if len(investors) < 2:
        return investors
    return [c for c in investors if not any(o != c and o.startswith(c + " ") for o in investors)]


def _drop_unnamed_twins(deals: list[Deal]) -> list[Deal]:
    """A sum whose investee went unread is the same deal as that sum told with its investee by the
    same investors (``Sanofi to invest $180 million in …`` in the headline, ``Sanofi will invest $180
    million in Owkin`` in the body)."""
    named = [d for d in deals if d.investee is not None and d.amount is not None]
    out: list[Deal] = []
    for d in deals:
        twin = None
        if d.investee is None and d.amount is not None and d.investors:
            twin = next((o for o in named if o.currency == d.currency and _close(o.amount, d.amount)
                         and set(o.investors) & set(d.investors)
                         and (o.status == d.status or 0 in (o.sentence, d.sentence))), None)
        if twin is None:
            out.append(d)
        else:
            twin.investors += [c for c in d.investors if c not in twin.investors and c != twin.investee]
    return out


class RelationExtractor:
    """Typed relations from cue words between the mentions of a sentence, plus deal edges."""

    def __init__(self, *, entries: dict[str, Entry], vocabulary: dict[str, Any] | None = None) -> None:
        v = vocabulary or cues()
        self.entries = entries
        self.specs = [(r["type"], _cue_pattern(r["cues"]), r["head"], r["tail"]) for r in v["relations"]]
        self.any_cue = _any_cue(w for r in v["relations"] for w in r["cues"])
        self._cue_automaton = _CueAutomaton({str(i): r["cues"] for i, r in enumerate(v["relations"])})
        self._cue_patterns = {str(i): _any_cue(r["cues"]) for i, r in enumerate(v["relations"])}

    def __call__(self, text: str, *, sentences: list[tuple[int, int]], mentions: list[Mention],
                 deals: list[Deal]) -> list[Relation]:
        """Relations of a document, each (head, type, tail) once, in order of first evidence."""
        out: list[Relation] = []
        doc_canon = {m.canonical for m in mentions}
        self._topic = _doc_topic(mentions, deals)
        prev_subject: str | None = None
        mentions_in = _by_sentence([m for m in mentions if m.label != "MONEY"], sentences)
        cues = _CueHits(text, self._cue_patterns, self._cue_automaton)
        for si, (s0, s1) in enumerate(sentences):
            ms = mentions_in[si]
            orgs = [m for m in ms if m.label == "ORG"]
            s_text = text[s0:s1]
            present = cues.names_in(s0, s1)
            for i, (rtype, pat, head_label, _) in enumerate(self.specs):
                if str(i) not in present:
                    continue  # no word of this relation's cues in the sentence
                for cue in pat.finditer(s_text):
                    c = s0 + cue.start()
                    out += self._one(text, rtype, head_label, c, s0 + cue.end(), ms, orgs, si, prev_subject)
            for m in ms:
                e = self.entries.get(m.canonical)
                if e is not None and m.label == "PRODUCT" and e.parent and e.parent in doc_canon:
                    out.append(Relation(m.canonical, "product_of", e.parent, si))
            if orgs:
                prev_subject = orgs[0].canonical
        for d in deals:
            if d.investee and d.status in ("completed", "committed", "reported"):
                for inv in d.investors:
                    out.append(Relation(inv, "investor_in", d.investee, d.sentence))
        seen: set[tuple[str, str, str]] = set()
        uniq = []
        for r in out:
            key = (r.head, r.type, r.tail)
            if r.head != r.tail and key not in seen:
                seen.add(key)
                uniq.append(r)
        return uniq

    _COREF_BEFORE = rx.compile(r"(?:कंपनी|स्टार्टअप|फर्म)(?:\s+(?:की|के|का))?\s*$"
                                  r"|(?:the company|the startup|the firm)(?:'s|’s)?(?:\s+(?:was|is|has been|had been))?\s*$", regex.I)
    _COREF_AFTER = rx.compile(r"\s*(?:the company|the startup|the firm)\b", regex.I)
    _ITS_BEFORE = rx.compile(r"(?:\bits|उसके|इसके|उसकी|इसकी)\s*$", regex.I)

    def _company_meant(self, text: str, c0: int, c1: int, orgs: list[Mention]) -> str | None:
        """The company a founding cue is about: ``X की स्थापना``, ``Ola founder``, ``co-founded CoreWeave``,
        ``The company, co-founded by`` (the document's main company), ``X, … founded by``."""
        before = text[max(0, c0 - 24):c0]
        if self._COREF_BEFORE.search(before) or self._COREF_AFTER.match(text, c1):
            return self._topic
        gen = self._genitive_before(text, c0, orgs, reach=14)
        if gen is not None:
            return gen.canonical
        adjacent = [m for m in orgs if 0 <= c0 - m.end <= 2 or 0 <= m.start - c1 <= 2]
        if adjacent:
            return adjacent[0].canonical
        if self._ITS_BEFORE.search(before):
            first = next((m for m in orgs if m.end <= c0), None)
            return first.canonical if first else self._topic
        if rx.match(r"\s+(?:in\s+\d{4}\s+)?by\b", text[c1:c1 + 16]) or "द्वारा" in text[max(0, c0 - 20):c0]:
            first = next((m for m in orgs if m.end <= c0), None)
            if first is not None:
                return first.canonical
        return None

    def _genitive_before(self, text: str, cue_start: int, cands: list[Mention], *, reach: int = 60) -> Mention | None:
        best = None
        for m in cands:
            if m.end <= cue_start and cue_start - m.end <= reach:
                after = text[m.end:m.end + 4].lstrip(" )")
                if after.startswith(("के", "का", "की")):
                    if best is None or m.end > best.end:
                        best = m
        return best

    def _one(self, text: str, rtype: str, head_label: str, c0: int, c1: int, ms: list[Mention],
             orgs: list[Mention], si: int, prev_subject: str | None) -> list[Relation]:
        rels: list[Relation] = []
        if head_label == "PERSON":
            persons = [m for m in ms if m.label == "PERSON"]
            tail_name = self._company_meant(text, c0, c1, orgs) if rtype == "founder_of" else None
            if tail_name is not None:
                return [Relation(p.canonical, rtype, tail_name, si) for p in persons if p.canonical != tail_name]
            tail = self._genitive_before(text, c0, orgs) or _nearest(orgs, c0, c1, reach=30)
            if tail is None or not persons:
                return []
            return [Relation(p.canonical, rtype, tail.canonical, si) for p in persons]
        if rtype in ("subsidiary_of", "division_of"):
            heads = [m for m in orgs if m.start >= c1 and m.start - c1 <= 40] or \
                    [m for m in orgs if m.end <= c0 and c0 - m.end <= 40]
            for h in heads[:1]:
                e = self.entries.get(h.canonical)
                gen = self._genitive_before(text, c0, [o for o in orgs if o.canonical != h.canonical], reach=40)
                tail = gen.canonical if gen else (e.parent if e is not None and e.parent else prev_subject)
                if tail:
                    rels.append(Relation(h.canonical, rtype, tail, si))
            return rels
        if rtype == "cloud_provider_of":
            clouds = [m for m in ms if (e := self.entries.get(m.canonical)) is not None and e.kind == "cloud"]
            users = [m for m in orgs if all(m.canonical != c.canonical for c in clouds)]
            if clouds and users:
                return [Relation(clouds[0].canonical, rtype, users[0].canonical, si)]
            return []
        if rtype == "uses_chips_of":
            chips = [m for m in ms if (e := self.entries.get(m.canonical)) is not None and e.kind == "chip" and m.label == "PRODUCT"]
            makers = {self.entries[m.canonical].parent for m in chips if self.entries[m.canonical].parent}
            gen = self._genitive_before(text, c0, orgs)
            if gen is not None:
                makers.add(gen.canonical)
            users = [m for m in orgs if m.canonical not in makers and m.start < c0]
            if users and makers:
                return [Relation(users[0].canonical, rtype, mk, si) for mk in sorted(makers)]
            return []
        gen = self._genitive_before(text, c0, orgs, reach=40)
        if rtype == "customer_of":
            before = [m for m in orgs if m.end <= c0]
            if len(before) >= 2:
                head = before[-1] if gen is None or gen is not before[-1] else before[-2]
                tail = gen if gen is not None and gen is not head else next(m for m in before if m is not head)
                return [Relation(head.canonical, rtype, tail.canonical, si)]
            return []
        if rtype == "partner_of":
            near = [m for m in orgs if abs(m.start - c0) <= 80]
            names = list(dict.fromkeys(m.canonical for m in near))
            if len(names) >= 2:
                return [Relation(names[0], rtype, names[1], si)]
            return []
        if gen is not None:
            others = [m for m in orgs if m.canonical != gen.canonical]
            if others:
                head = min(others, key=lambda m: abs(m.start - c0))
                return [Relation(head.canonical, rtype, gen.canonical, si)]
        return []


def _doc_topic(mentions: list[Mention], deals: list[Deal]) -> str | None:
    """What the article is about: the most frequent investee, else the most named organisation."""
    counts: dict[str, int] = {}
    for d in deals:
        if d.investee:
            counts[d.investee] = counts.get(d.investee, 0) + 1
    if not counts:
        for m in mentions:
            if m.label == "ORG":
                counts[m.canonical] = counts.get(m.canonical, 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else None


def _nearest(cands: list[Mention], c0: int, c1: int, *, reach: int) -> Mention | None:
    best, dist = None, reach + 1
    for m in cands:
        d = c0 - m.end if m.end <= c0 else (m.start - c1 if m.start >= c1 else 0)
        if 0 <= d < dist:
            best, dist = m, d
    return best
