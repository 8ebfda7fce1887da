"""Shared fixtures: the seed article, the compiled matchers, the seed's record."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from utils import entities, extract, money, paths

SEED_DOC = "anthropic_amazon_partnership_hi"

# property-based tests: a moderate budget in CI, more with HYPOTHESIS_PROFILE=long
settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


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
