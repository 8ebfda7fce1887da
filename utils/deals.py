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
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Protocol, Sequence, TypeVar

import regex

from utils import paths
from utils.entities import Entry, Mention
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
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge between two canonical names."""

    head: str
    type: str
    tail: str
    sentence: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """The contract's form of the relation."""
        return asdict(self)


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue data of this stage (`data/cues/deals.json`)."""
    with open(paths.CUES / "deals.json", encoding="utf-8") as fh:
        return json.load(fh)


def _cue_pattern(words: Iterable[str]) -> "regex.Pattern[str]":
    """Cues matched at a left word boundary (Hindi stems and English words inflect on the right)."""
    alts = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alts})", regex.IGNORECASE)


@dataclass(slots=True)
class _Group:
    """Coordinated mentions (``सिकोइया, टाइगर ग्लोबल और लाइटस्पीड``) sharing one role."""

    canonicals: list[str]
    start: int
    end: int
    after: str = ""
    before: str = ""
    role: str | None = None


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

    def __init__(self, *, vocabulary: dict[str, Any] | None = None) -> None:
        v = vocabulary or cues()
        self.invest = _cue_pattern(v["invest_cues"])
        self.raise_ = _cue_pattern(v["raise_cues"])
        self.target = _cue_pattern(v["target_cues"])
        self.valuation = _cue_pattern(v["valuation_cues"])
        self.conversion = _cue_pattern(v["conversion_cues"])
        self.status = {k: _cue_pattern(w) for k, w in v["status_cues"].items()}
        self.inv_after = sorted(v["investor_after_hi"], key=len, reverse=True)
        self.ee_after = sorted(v["investee_after_hi"], key=len, reverse=True)
        self.gen_after = v["genitive_after_hi"]
        self.inv_before = sorted(v["investor_before_en"], key=len, reverse=True)
        self.ee_before = sorted(v["investee_before_en"], key=len, reverse=True)
        self.coref = _cue_pattern(v["coreference"]["hi"] + v["coreference"]["en"])
        self.splitters = v["clause_splitters"]

    # -- amounts: which are valuations, which restate another --------------------------
    def _kind_of_amounts(self, text: str, sent: tuple[int, int], amounts: list[Amount]) -> dict[int, str]:
        kinds: dict[int, str] = {}
        prev_end = sent[0]
        for i, a in enumerate(amounts):
            before = text[max(prev_end, a.start - 45):a.start]
            after = text[a.end:min(sent[1], a.end + 25)]
            gap = text[prev_end:a.start]
            if i > 0 and kinds.get(i - 1) != "conversion" and (
                regex.fullmatch(r"\s*[(\[]\s*(?:\p{L}+\s+){0,2}", gap)
                or self.conversion.search(gap) and len(gap) < 30
            ):
                kinds[i] = "conversion"
            elif self.valuation.search(before) or regex.match(r"\s*(?:के|की|का)?\s*(?:post-money\s+|pre-money\s+)?(?:मूल्यांकन|वैल्यूएशन|valuation)", after):
                kinds[i] = "valuation"
            elif self.target.search(text[max(sent[0], a.start - 40):a.start]) or self.target.search(after):
                kinds[i] = "target"
            else:
                kinds[i] = "deal"
            prev_end = a.end
        return kinds

    def _clauses(self, text: str, sent: tuple[int, int], amounts: list[Amount]) -> list[_Clause]:
        """Split a sentence at conjunctions so that each clause holds one amount."""
        if len(amounts) <= 1:
            return [_Clause(sent[0], sent[1], list(amounts))]
        cuts = [sent[0]]
        for a, b in zip(amounts, amounts[1:]):
            seg = text[a.end:b.start]
            best = None
            for sp in self.splitters:
                k = seg.find(sp)
                if k != -1 and (best is None or k < best):
                    best = k
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

    # -- roles ---------------------------------------------------------------------------
    def _groups(self, text: str, start: int, end: int, orgs: list[Mention]) -> list[_Group]:
        groups: list[_Group] = []
        for m in orgs:
            if not (start <= m.start < end):
                continue
            if groups:
                g = groups[-1]
                gap = text[g.end:m.start]
                if m.canonical in g.canonicals and regex.fullmatch(r"\s*[(\[\"'“‘]?\s*", gap):
                    g.end = m.end  # a gloss or repeat: ``अमेज़न वेब सर्विसेज (AWS)``
                    continue
                if regex.fullmatch(r"\s*(?:,|और|and|,\s*and|व|एवं|तथा|&)\s*", gap):
                    g.canonicals.append(m.canonical)
                    g.end = m.end
                    continue
            groups.append(_Group([m.canonical], m.start, m.end))
        for g in groups:
            g.after = " ".join(text[g.end:min(end, g.end + 40)].lstrip(" )]\"'”’").split())
            g.before = " ".join(text[max(start, g.start - 40):g.start].split()).lower()
        return groups

    def _marker(self, g: _Group, verb: str) -> str | None:
        for w in self.ee_after:
            if g.after.startswith(w + " ") or g.after == w:
                return "investee" if verb == "invest" or w == "को" else None
        for w in self.inv_after:
            if g.after.startswith(w + " ") or g.after == w:
                if w == "ने":
                    return "agent"
                if w == "से":
                    return "investor" if verb == "raise" else None
                return "investor"
        for w in self.gen_after:
            if g.after.startswith(w + " "):
                # only ``X का/के (इस) निवेश``: the genitive of the investment itself
                rest = g.after[len(w) + 1:].split()[:3]
                if any(self.invest.match(x) for x in rest):
                    return "genitive"
                return None
        for w in self.ee_before:
            if g.before.endswith(" " + w) or g.before == w:
                return "investee" if verb == "invest" else None
        for w in self.inv_before:
            if g.before.endswith(" " + w) or g.before == w:
                return "investor"
        return None

    def _roles(self, text: str, clause: _Clause, orgs: list[Mention], verb: str, cue_at: int) -> tuple[list[str], str | None]:
        groups = self._groups(text, clause.start, clause.end, orgs)
        for g in groups:
            g.role = self._marker(g, verb)
        investors: list[str] = []
        investee: str | None = None
        agents = [g for g in groups if g.role == "agent"]
        subject = agents[0] if agents else next((g for g in groups if g.role is None and g.start < cue_at), None)
        if subject is None and any(g.role == "genitive" for g in groups):
            subject = next((g for g in groups if g.role is None), None)
        if verb == "raise":
            if subject is not None:
                investee = subject.canonicals[0]
            for g in groups:
                if g.role == "investor" and g is not subject:
                    investors += g.canonicals
        else:
            ee = next((g for g in groups if g.role == "investee"), None)
            gens = [g for g in groups if g.role == "genitive"]
            if ee is not None:
                investee = ee.canonicals[0]
                inv = subject or (gens[0] if gens else None)
                if inv is not None and inv is not ee:
                    investors += inv.canonicals
            elif gens and subject is not None and subject is not gens[0]:
                # ``X के इस निवेश के साथ, Y …``: the clause's agent invested in X
                investee = gens[0].canonicals[0]
                investors += subject.canonicals
            elif subject is not None and clause.amounts:
                investors += subject.canonicals
            for g in groups:
                if g.role == "investor" and g is not subject:
                    investors += [c for c in g.canonicals if c not in investors]
        investors = [c for i, c in enumerate(investors) if c != investee and c not in investors[:i]]
        return investors, investee

    def _status(self, clause_text: str, sentence_text: str) -> str:
        for status in _STATUS_ORDER:
            pat = self.status[status]
            where = sentence_text if status in ("denied", "reported") else clause_text
            if pat.search(where):
                return status
        return "completed"

    # -- the component -----------------------------------------------------------------
    def __call__(self, text: str, *, sentences: list[tuple[int, int]], mentions: list[Mention],
                 amounts: list[Amount]) -> list[Deal]:
        """Deals of a document, one per investment event, in order of first mention."""
        orgs = [m for m in mentions if m.label == "ORG"]
        deals: list[Deal] = []
        last_org: str | None = None
        topic: str | None = None  # the last investee named, else the most named organisation so far
        seen_counts: dict[str, int] = {}
        amounts_in = _by_sentence(amounts, sentences)
        orgs_in = _by_sentence(orgs, sentences)
        last_named: str | None = None
        for si, sent in enumerate(sentences):
            s_amounts = amounts_in[si]
            s_orgs = orgs_in[si]
            kinds = self._kind_of_amounts(text, sent, s_amounts)
            deal_amounts = [a for i, a in enumerate(s_amounts) if kinds[i] == "deal"]
            valuations = [a for i, a in enumerate(s_amounts) if kinds[i] == "valuation"]
            targets = [a for i, a in enumerate(s_amounts) if kinds[i] == "target"]
            s_text = text[sent[0]:sent[1]]
            new: list[Deal] = []
            prev_roles: tuple[list[str], str | None] = ([], None)
            for clause in self._clauses(text, sent, deal_amounts):
                c_text = text[clause.start:clause.end]
                r = self.raise_.search(c_text)
                i = self.invest.search(c_text)
                if r is None and i is None:
                    continue
                if not clause.amounts and targets:
                    continue
                verb = "raise" if r is not None else "invest"
                cue_at = clause.start + (r or i).start()  # type: ignore[union-attr]
                investors, investee = self._roles(text, clause, s_orgs, verb, cue_at)
                if investee is None and not investors and prev_roles != ([], None):
                    investors, investee = list(prev_roles[0]), prev_roles[1]
                elif investee is None and prev_roles[1] is not None:
                    investee = prev_roles[1]  # ``X ने Y में … और Z ने …``: the same investee
                if investee is None and clause.amounts and (verb == "invest" and investors or self.coref.search(c_text)):
                    investee = topic if verb == "invest" and topic not in investors else (last_org or topic)
                    if investee in investors:
                        investee = None
                if not clause.amounts and not (investors and investee):
                    continue
                if investee is None and not investors:
                    continue
                a = clause.amounts[0] if clause.amounts else None
                new.append(Deal(investors, investee, a.value if a else None, a.currency if a else None,
                                self._status(c_text, s_text), sentence=si,
                                evidence=" ".join(s_text.split())))
                prev_roles = (investors, investee)
            if valuations:
                target_deal = new[-1] if new else (deals[-1] if deals and deals[-1].sentence is not None and si - deals[-1].sentence <= 2 else None)
                if target_deal is not None and target_deal.valuation is None:
                    target_deal.valuation = valuations[0].value
                    target_deal.valuation_currency = valuations[0].currency
            deals.extend(new)
            last_named = next((d.investee for d in reversed(new) if d.investee), last_named)
            if s_orgs:
                last_org = s_orgs[0].canonical
            for m in s_orgs:
                seen_counts[m.canonical] = seen_counts.get(m.canonical, 0) + 1
            topic = last_named or (max(seen_counts, key=lambda k: (seen_counts[k], k)) if seen_counts else None)
        return _merge(deals)


def _by_sentence(items: Sequence[_T], sentences: list[tuple[int, int]]) -> list[list[_T]]:
    """Items (with ``start``) of each sentence, in their order: one pass, not one per sentence."""
    buckets: list[list[_T]] = [[] for _ in sentences]
    starts = [s for s, _ in sentences]
    for x in items:
        i = bisect.bisect_right(starts, x.start) - 1
        if i >= 0 and x.start < sentences[i][1]:
            buckets[i].append(x)
    return buckets


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= 0.15 * max(abs(a), abs(b))


def _merge(deals: list[Deal]) -> list[Deal]:
    """One deal per event: a repeated or rounded figure of the same investee is the same deal."""
    out: list[Deal] = []
    by_investee: dict[str | None, list[Deal]] = {}
    for d in deals:
        twin = None
        for o in by_investee.get(d.investee, []):
            same_money = o.currency == d.currency and _close(o.amount, d.amount)
            unpriced = (o.amount is None or d.amount is None) and (
                not o.investors or not d.investors or set(o.investors) & set(d.investors))
            if same_money or (unpriced and (o.amount is None) == (d.amount is None)):
                twin = o
                break
            if d.amount is None and unpriced and set(o.investors) & set(d.investors):
                twin = o
                break
        if twin is None:
            out.append(d)
            by_investee.setdefault(d.investee, []).append(d)
            continue
        twin.investors += [c for c in d.investors if c not in twin.investors]
        if twin.valuation is None and d.valuation is not None:
            twin.valuation, twin.valuation_currency = d.valuation, d.valuation_currency
        if twin.amount is None and d.amount is not None:
            twin.amount, twin.currency = d.amount, d.currency
    return out


class RelationExtractor:
    """Typed relations from cue words between the mentions of a sentence, plus deal edges."""

    def __init__(self, *, entries: dict[str, Entry], vocabulary: dict[str, Any] | None = None) -> None:
        v = vocabulary or cues()
        self.entries = entries
        self.specs = [(r["type"], _cue_pattern(r["cues"]), r["head"], r["tail"]) for r in v["relations"]]

    def __call__(self, text: str, *, sentences: list[tuple[int, int]], mentions: list[Mention],
                 deals: list[Deal]) -> list[Relation]:
        """Relations of a document, each (head, type, tail) once, in order of first evidence."""
        out: list[Relation] = []
        doc_canon = {m.canonical for m in mentions}
        prev_subject: str | None = None
        mentions_in = _by_sentence([m for m in mentions if m.label != "MONEY"], sentences)
        for si, (s0, s1) in enumerate(sentences):
            ms = mentions_in[si]
            orgs = [m for m in ms if m.label == "ORG"]
            s_text = text[s0:s1]
            for rtype, pat, head_label, _ in self.specs:
                for cue in pat.finditer(s_text):
                    c = s0 + cue.start()
                    out += self._one(text, rtype, head_label, c, s0 + cue.end(), ms, orgs, si, prev_subject)
            for m in ms:
                e = self.entries.get(m.canonical)
                if e is not None and e.label == "PRODUCT" and e.parent and e.parent in doc_canon:
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


def _nearest(cands: list[Mention], c0: int, c1: int, *, reach: int) -> Mention | None:
    best, dist = None, reach + 1
    for m in cands:
        d = c0 - m.end if m.end <= c0 else (m.start - c1 if m.start >= c1 else 0)
        if 0 <= d < dist:
            best, dist = m, d
    return best
