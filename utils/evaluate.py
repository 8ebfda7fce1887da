"""Scoring against ``data/gold/``: the same comparison the contract's scorers make.

Entities are compared as sets of (canonical, label) per document, amounts as sets of
(value, currency), deals by (investee, amount) and then investors and status.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from utils import paths

ENTITY_LABELS = ("ORG", "PERSON", "PRODUCT")


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(folder: Path | str = paths.GOLD) -> dict[str, dict[str, Any]]:
    """Every gold annotation, by doc_id."""
    out = {}
    for p in sorted(Path(folder).glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        out[g["doc_id"]] = g
    return out


def _money_key(value: float | None, currency: str | None) -> tuple[float | None, str | None]:
    return (None if value is None else round(float(value), 2), currency)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


def compare(pred: dict[str, Any], gold: dict[str, Any]) -> tuple[dict[str, Counts], list[dict[str, Any]], list[tuple[str, str]]]:
    """Counts per scored item, the list of errors, and (gold, predicted) status pairs."""
    doc = gold["doc_id"]
    counts: dict[str, Counts] = {}
    errors: list[dict[str, Any]] = []

    def tally(name: str, p: set[Any], g: set[Any], kind: str) -> None:
        counts[name] = counts.get(name, Counts()) + Counts(len(p & g), len(p - g), len(g - p))
        errors.extend({"doc_id": doc, "kind": kind, "error": "false positive", "item": str(x)} for x in sorted(p - g, key=str))
        errors.extend({"doc_id": doc, "kind": kind, "error": "missed", "item": str(x)} for x in sorted(g - p, key=str))

    for label in ENTITY_LABELS:
        p = {e["canonical"] for e in pred["entities"] if e["label"] == label}
        g = {e["canonical"] for e in gold["entities"] if e["label"] == label}
        tally(f"entity {label}", p, g, f"entity {label}")
    tally("amount", {_money_key(a["value"], a["currency"]) for a in pred["amounts"]},
          {_money_key(a["value"], a["currency"]) for a in gold["amounts"]}, "amount")

    # deals: match on investee + amount, then judge investors and status
    unmatched = list(gold["deals"])
    statuses: list[tuple[str, str]] = []
    tp = fp = 0
    inv_ok = 0
    for d in pred["deals"]:
        hit = next((g for g in unmatched if g["investee"] == d["investee"] and _close(g["amount"], d["amount"])
                    and (g["amount"] is None or g.get("currency") == d["currency"])), None)
        if hit is None:
            fp += 1
            errors.append({"doc_id": doc, "kind": "deal", "error": "false positive",
                           "item": f"{d['investors']} → {d['investee']} {d['amount']} {d['currency']} ({d['status']})"})
            continue
        unmatched.remove(hit)
        tp += 1
        statuses.append((hit["status"], d["status"]))
        if sorted(hit["investors"]) == sorted(d["investors"]):
            inv_ok += 1
        else:
            errors.append({"doc_id": doc, "kind": "deal investors", "error": "wrong",
                           "item": f"{d['investee']}: {d['investors']} ≠ gold {hit['investors']}"})
        if hit["status"] != d["status"]:
            errors.append({"doc_id": doc, "kind": "deal status", "error": "wrong",
                           "item": f"{d['investee']} {d['amount']}: {d['status']} ≠ gold {hit['status']}"})
    for g in unmatched:
        errors.append({"doc_id": doc, "kind": "deal", "error": "missed",
                       "item": f"{g['investors']} → {g['investee']} {g['amount']} {g.get('currency')} ({g['status']})"})
    counts["deal"] = Counts(tp, fp, len(unmatched))
    counts["deal investors"] = Counts(inv_ok, tp - inv_ok, tp - inv_ok)
    rel_p = {(r["head"], r["type"], r["tail"]) for r in pred["relations"]}
    rel_g = {(r["head"], r["type"], r["tail"]) for r in gold.get("relations", [])}
    tally("relation", rel_p, rel_g, "relation")
    return counts, errors, statuses


def evaluate(preds: Iterable[dict[str, Any]], golds: dict[str, dict[str, Any]]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Scores table (P/R/F1 per item), errors table, status confusion table."""
    total: dict[str, Counts] = {}
    errors: list[dict[str, Any]] = []
    statuses: list[tuple[str, str]] = []
    for pred in preds:
        gold = golds.get(pred["doc_id"])
        if gold is None:
            continue
        c, e, s = compare(pred, gold)
        for k, v in c.items():
            total[k] = total.get(k, Counts()) + v
        errors += e
        statuses += s
    ent = sum((total[f"entity {lab}"] for lab in ENTITY_LABELS if f"entity {lab}" in total), Counts())
    total["entity (all)"] = ent
    order = [f"entity {lab}" for lab in ENTITY_LABELS] + ["entity (all)", "amount", "deal", "deal investors", "relation"]
    scores = pd.DataFrame(
        [{"item": k, "tp": total[k].tp, "fp": total[k].fp, "fn": total[k].fn,
          "precision": round(total[k].precision, 3), "recall": round(total[k].recall, 3),
          "f1": round(total[k].f1, 3)} for k in order if k in total]
    ).set_index("item")
    status_names = ["completed", "committed", "talks", "reported", "denied"]
    conf = pd.DataFrame(0, index=pd.Index(status_names, name="gold"), columns=pd.Index(status_names, name="predicted"))
    for g, p in statuses:
        conf.loc[g, p] += 1
    err = pd.DataFrame(errors, columns=["doc_id", "kind", "error", "item"])
    err = err.sort_values(["doc_id", "kind", "error", "item"]).reset_index(drop=True)
    return scores, err, conf


def status_accuracy(confusion: pd.DataFrame) -> float:
    """Share of matched deals whose status is right."""
    total = int(confusion.to_numpy().sum())
    right = int(sum(confusion.loc[s, s] for s in confusion.index))
    return round(right / total, 3) if total else 1.0
