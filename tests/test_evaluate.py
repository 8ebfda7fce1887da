"""utils.evaluate: the scores notebook 03 and 05 show."""

from __future__ import annotations

import copy
from typing import Any

from utils import evaluate


def test_evaluate_counts_precision_recall_f1() -> None:
    c = evaluate.Counts(tp=3, fp=1, fn=2)
    assert (c.precision, c.recall, round(c.f1, 4)) == (0.75, 0.6, 0.6667)
    assert evaluate.Counts().f1 == 1.0 or evaluate.Counts().f1 == 0.0


def test_evaluate_gold_against_itself_is_perfect(seed_gold: dict[str, Any]) -> None:
    scores, errors, conf = evaluate.evaluate([seed_gold], {seed_gold["doc_id"]: seed_gold})
    assert (scores["f1"] == 1.0).all() and errors.empty
    assert evaluate.status_accuracy(conf) == 1.0


def test_evaluate_reports_a_missed_deal_and_a_wrong_status(seed_gold: dict[str, Any]) -> None:
    pred = copy.deepcopy(seed_gold)
    pred["deals"] = pred["deals"][1:]
    pred["deals"][0]["status"] = "talks"
    scores, errors, conf = evaluate.evaluate([pred], {seed_gold["doc_id"]: seed_gold})
    assert scores.loc["deal", "fn"] == 1 and scores.loc["deal", "fp"] == 0
    assert set(errors["kind"]) == {"deal", "deal status"}
    assert conf.loc["completed", "talks"] == 1
