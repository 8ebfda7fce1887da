"""data/gold: every annotation is well formed and its offsets point into the raw article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from utils import paths

GOLD = sorted(paths.GOLD.glob("*.json"))
STATUSES = {"completed", "committed", "talks", "reported", "denied"}


def test_gold_has_the_seed_and_a_development_set() -> None:
    langs = [json.loads(p.read_text(encoding="utf-8"))["lang"] for p in GOLD]
    assert len(GOLD) >= 21 and langs.count("hi") >= 13 and langs.count("en") >= 8


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_offsets_and_enums(path: Path) -> None:
    g = json.loads(path.read_text(encoding="utf-8"))
    raw = (paths.RAW / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
    for x in g["entities"] + g["amounts"]:
        assert raw[x["start"]:x["end"]] == x["text"]
    assert {e["label"] for e in g["entities"]} <= {"ORG", "PERSON", "PRODUCT"}
    assert {d["status"] for d in g["deals"]} <= STATUSES
    names = {e["canonical"] for e in g["entities"]}
    for d in g["deals"]:
        assert set(d["investors"]) <= names and (d["investee"] is None or d["investee"] in names)
