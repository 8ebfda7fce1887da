"""utils.deals: roles, amounts, statuses, valuations and relations."""

from __future__ import annotations

from typing import Any

import pytest

from utils.extract import analyse


def _deals(t: str) -> list[tuple[Any, ...]]:
    return [(tuple(d.investors), d.investee, d.amount, d.currency, d.status, d.valuation) for d in analyse(t).deals]


def test_deals_seed_matches_gold(seed_record: dict[str, Any], seed_gold: dict[str, Any]) -> None:
    key = lambda d: (tuple(sorted(d["investors"])), d["investee"], d["amount"], d["status"], d["valuation"])  # noqa: E731
    assert sorted(map(key, seed_record["deals"]), key=str) == sorted(map(key, seed_gold["deals"]), key=str)


def test_deals_unstated_amount_is_null_never_guessed(seed_record: dict[str, Any]) -> None:
    amazon = [d for d in seed_record["deals"] if d["investors"] == ["Amazon"]]
    assert len(amazon) == 1 and amazon[0]["amount"] is None and amazon[0]["currency"] is None


def test_deals_hindi_invest_pattern_ne_and_men() -> None:
    assert _deals("माइक्रोसॉफ्ट ने ओपनएआई में 10 अरब डॉलर का निवेश किया।") == [
        (("Microsoft",), "OpenAI", 1e10, "USD", "completed", None)]


def test_deals_promise_is_committed_in_its_own_clause() -> None:
    got = _deals("अल्फाबेट ने एंथ्रोपिक में $500 मिलियन का निवेश किया था और भविष्य में $1.5 बिलियन और निवेश करने का वादा किया था।")
    assert [(d[2], d[4]) for d in got] == [(5e8, "completed"), (1.5e9, "committed")]
    assert all(d[:2] == (("Alphabet",), "Anthropic") for d in got)


def test_deals_raise_with_several_investors_and_valuation() -> None:
    got = _deals("सर्वम एआई ने लाइटस्पीड, पीक XV और खोसला वेंचर्स से $41 मिलियन जुटाए, जिससे उसका मूल्यांकन $200 मिलियन हो गया।")
    assert len(got) == 1
    inv, ee, amount, cur, status, valuation = got[0]
    assert ee == "Sarvam AI" and amount == 4.1e7 and status == "completed" and valuation == 2e8
    assert set(inv) == {"Lightspeed Venture Partners", "Peak XV Partners", "Khosla Ventures"}


def test_deals_english_led_by_round() -> None:
    got = _deals("OpenAI raised $6.6 billion in a round led by Thrive Capital at a valuation of $157 billion.")
    assert got == [(("Thrive Capital",), "OpenAI", 6.6e9, "USD", "completed", 1.57e11)]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("अमेज़न एंथ्रोपिक में $4 बिलियन का निवेश करेगा।", "committed"),
        ("एनवीडिया, एक्सएआई में $2 बिलियन निवेश करने के लिए बातचीत कर रहा है।", "talks"),
        ("सूत्रों के मुताबिक माइक्रोसॉफ्ट ने ओपनएआई में $10 बिलियन का निवेश किया।", "reported"),
        ("Microsoft denied the report that it would invest $5 billion in Mistral AI.", "denied"),
        ("Amazon agreed to invest up to $4 billion in Anthropic.", "committed"),
        ("Google is in talks to invest $2 billion in Anthropic.", "talks"),
    ],
)
def test_deals_status_cues(sentence: str, status: str) -> None:
    got = _deals(sentence)
    assert len(got) == 1 and got[0][4] == status


def test_deals_conversion_in_brackets_is_one_deal() -> None:
    got = _deals("मिस्ट्रल एआई ने $6 बिलियन (€5.5 बिलियन) जुटाए।")
    assert [(d[1], d[2], d[3]) for d in got] == [("Mistral AI", 6e9, "USD")]


def test_deals_yani_conversion_is_one_deal() -> None:
    got = _deals("गूगल ने रिलायंस जियो में 4.5 अरब डॉलर यानी करीब 33,737 करोड़ रुपये का निवेश किया।")
    assert [(d[2], d[3]) for d in got] == [(4.5e9, "USD")]


def test_deals_fundraising_target_is_not_a_deal() -> None:
    assert _deals("Krutrim is aiming to raise $700 million.") == []


def test_deals_coreference_company_to_last_named() -> None:
    got = _deals("कोहेयर एक कनाडाई स्टार्टअप है। कंपनी ने $500 मिलियन जुटाए।")
    assert [(d[1], d[2]) for d in got] == [("Cohere", 5e8)]


def test_relations_seed_cover_gold(seed_record: dict[str, Any], seed_gold: dict[str, Any]) -> None:
    got = {(r["head"], r["type"], r["tail"]) for r in seed_record["relations"]}
    want = {(r["head"], r["type"], r["tail"]) for r in seed_gold["relations"]}
    assert want <= got
    assert len(got - want) <= 2


def test_in_span_bisects_sorted_and_scans_unsorted() -> None:
    from utils.deals import _in_span, _starts
    from utils.entities import Mention

    items = [Mention(s, s + 1, "x", "ORG", "X") for s in (0, 3, 3, 7, 9)]
    assert _in_span(items, _starts(items), 3, 8) == items[1:4]
    shuffled = [items[3], items[0], items[1]]
    assert _starts(shuffled) is None and _in_span(shuffled, None, 3, 8) == [items[3], items[1]]
