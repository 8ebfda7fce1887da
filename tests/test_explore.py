"""utils.explore: an entity's deals and network neighbourhood."""

from __future__ import annotations

from typing import Any

from utils import explore, extract


def test_explore_entity_deals_include_investee_and_investor_sides(seed_record: dict[str, Any]) -> None:
    t = extract.tables([seed_record])
    assert len(explore.entity_deals(t["deals"], "Anthropic")) == 3
    assert list(explore.entity_deals(t["deals"], "Alphabet")["amount"]) == ["USD 1.5 billion", "USD 500 million"]


def test_explore_neighbours_have_directions(seed_record: dict[str, Any]) -> None:
    t = extract.tables([seed_record])
    nb = explore.neighbours(t["relations"], "Anthropic")
    assert ("←", "investor_in", "Alphabet") in set(zip(nb["direction"], nb["type"], nb["other"]))
    assert explore.neighbours(t["relations"], "Nobody").empty


def test_explore_picker_is_a_dropdown_of_every_entity(seed_record: dict[str, Any]) -> None:
    t = extract.tables([seed_record])
    box = explore.picker(t["deals"], t["relations"], value="Anthropic")
    dropdown = box.children[0]
    assert dropdown.value == "Anthropic" and list(dropdown.options) == explore.choices(t["deals"], t["relations"])
