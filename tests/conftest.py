"""Shared fixtures: the seed article, the compiled matchers, the seed's record."""

from __future__ import annotations

import json
from typing import Any

import pytest

from utils import entities, extract, money, paths

SEED_DOC = "anthropic_amazon_partnership_hi"


@pytest.fixture(scope="session")
def seed_raw() -> str:
    return (paths.RAW / f"{SEED_DOC}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record() -> dict[str, Any]:
    return extract.process(SEED_DOC, paths.RAW / f"{SEED_DOC}.txt")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    return json.loads((paths.GOLD / f"{SEED_DOC}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def matcher() -> entities.EntityMatcher:
    return entities.default_matcher()


@pytest.fixture(scope="session")
def money_matcher() -> money.MoneyMatcher:
    return money.default_matcher()
