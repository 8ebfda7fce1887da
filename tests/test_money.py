"""utils.money: every form Indian news writes an amount in."""

from __future__ import annotations

import pytest

from utils import money
from utils.text import normalise

CASES = [
    # (text, [(span text, value, currency, qualifier, low)])
    ("$3 बिलियन", [("$3 बिलियन", 3e9, "USD", None, None)]),
    ("$ 5 बिलियन", [("$ 5 बिलियन", 5e9, "USD", None, None)]),
    ("12 अरब डॉलर", [("12 अरब डॉलर", 12e9, "USD", None, None)]),
    ("दो अरब डॉलर", [("दो अरब डॉलर", 2e9, "USD", None, None)]),
    ("25 करोड़ डॉलर", [("25 करोड़ डॉलर", 2.5e8, "USD", None, None)]),
    ("4,150 करोड़ रुपये", [("4,150 करोड़ रुपये", 4.15e10, "INR", None, None)]),
    ("4,150 करोड़ रुपए", [("4,150 करोड़ रुपए", 4.15e10, "INR", None, None)]),
    ("₹12000 करोड़", [("₹12000 करोड़", 1.2e11, "INR", None, None)]),
    ("₹2 लाख करोड़", [("₹2 लाख करोड़", 2e12, "INR", None, None)]),
    ("900 लाख यूरो", [("900 लाख यूरो", 9e7, "EUR", None, None)]),
    ("डेढ़ ट्रिलियन डॉलर", [("डेढ़ ट्रिलियन डॉलर", 1.5e12, "USD", None, None)]),
    ("ढाई अरब डॉलर", [("ढाई अरब डॉलर", 2.5e9, "USD", None, None)]),
    ("साढ़े तीन अरब डॉलर", [("साढ़े तीन अरब डॉलर", 3.5e9, "USD", None, None)]),
    # numbers in words as Hindi speech writes them: hundreds, every cardinal, a quarter more of a scale
    ("ढाई सौ करोड़ रुपये", [("ढाई सौ करोड़ रुपये", 2.5e9, "INR", None, None)]),
    ("सवा सौ करोड़ रुपये", [("सवा सौ करोड़ रुपये", 1.25e9, "INR", None, None)]),
    ("साढ़े चार सौ करोड़ रुपये", [("साढ़े चार सौ करोड़ रुपये", 4.5e9, "INR", None, None)]),
    ("तीन सौ पचास करोड़ रुपये", [("तीन सौ पचास करोड़ रुपये", 3.5e9, "INR", None, None)]),
    ("पैंतीस करोड़ रुपये", [("पैंतीस करोड़ रुपये", 3.5e8, "INR", None, None)]),
    ("सत्तर लाख डॉलर", [("सत्तर लाख डॉलर", 7e6, "USD", None, None)]),
    ("सवा अरब डॉलर", [("सवा अरब डॉलर", 1.25e9, "USD", None, None)]),
    ("आधा अरब डॉलर", [("आधा अरब डॉलर", 5e8, "USD", None, None)]),
    ("two hundred million dollars", [("two hundred million dollars", 2e8, "USD", None, None)]),
    ("$25B", [("$25B", 2.5e10, "USD", None, None)]),
    ("$3.5-billion", [("$3.5-billion", 3.5e9, "USD", None, None)]),
    ("$2,500 million", [("$2,500 million", 2.5e9, "USD", None, None)]),
    ("Rs 2,310 crore", [("Rs 2,310 crore", 2.31e10, "INR", None, None)]),
    ("€2.4 बिलियन", [("€2.4 बिलियन", 2.4e9, "EUR", None, None)]),
    ("४ अरब डॉलर", [("4 अरब डॉलर", 4e9, "USD", None, None)]),
    ("300 से 340 अरब डॉलर", [("300 से 340 अरब डॉलर", 3.4e11, "USD", None, 3e11)]),
    ("25,000-28,000 करोड़ रुपये", [("25,000-28,000 करोड़ रुपये", 2.8e11, "INR", None, 2.5e11)]),
    # a range with the unit on both bounds is one amount; a change (from … to) and a plain ``and`` are two
    ("$100 million to $500 million", [("$100 million to $500 million", 5e8, "USD", None, 1e8)]),
    ("95 अरब स्वीडिश क्रोना", [("95 अरब स्वीडिश क्रोना", 9.5e10, "SEK", None, None)]),
    ("95 billion Swedish crowns", [("95 billion Swedish crowns", 9.5e10, "SEK", None, None)]),
    ("1.78 अरब लीरा", [("1.78 अरब लीरा", 1.78e9, "TRY", None, None)]),
    ("₦2.5 billion", [("₦2.5 billion", 2.5e9, "NGN", None, None)]),
    ("KSh4.5 billion", [("KSh4.5 billion", 4.5e9, "KES", None, None)]),
    ("5.5 अरब ब्राज़ीली रियाल", [("5.5 अरब ब्राज़ीली रियाल", 5.5e9, "BRL", None, None)]),
    ("NT$30 billion", [("NT$30 billion", 3e10, "TWD", None, None)]),
    ("between Rs 200 crore and Rs 500 crore", [("Rs 200 crore and Rs 500 crore", 5e9, "INR", None, 2e9)]),
    ("₹800 करोड़ से ₹1,000 करोड़ का फंड", [("₹800 करोड़ से ₹1,000 करोड़", 1e10, "INR", None, 8e9)]),
    ("from $5 million to $9 million", [("$5 million", 5e6, "USD", None, None), ("$9 million", 9e6, "USD", None, None)]),
    ("Rs 1,894 crore and Rs 730 crore", [("Rs 1,894 crore", 1.894e10, "INR", None, None), ("Rs 730 crore", 7.3e9, "INR", None, None)]),
    ("यह निवेश $10 बिलियन तक का होगा", [("$10 बिलियन", 1e10, "USD", "up_to", None)]),
    ("कम से कम $2 बिलियन", [("$2 बिलियन", 2e9, "USD", "at_least", None)]),
    ("लगभग 8,200 करोड़ रुपए", [("8,200 करोड़ रुपए", 8.2e10, "INR", "approx", None)]),
    ("करीब 33,000 करोड़ रुपये", [("33,000 करोड़ रुपये", 3.3e11, "INR", "approx", None)]),
    ("about $4 billion", [("$4 billion", 4e9, "USD", "approx", None)]),
    ("खरबों रुपये", [("खरबों रुपये", None, "INR", None, None)]),
    ("अरबों डॉलर", [("अरबों डॉलर", None, "USD", None, None)]),
    ("tens of millions of dollars", [("tens of millions of dollars", None, "USD", None, None)]),
    ("several hundred million euros", [("several hundred million euros", None, "EUR", None, None)]),
    ("कई अरब डॉलर", [("कई अरब डॉलर", None, "USD", None, None)]),
    ("1,00,00,000 रुपये", [("1,00,00,000 रुपये", 1e7, "INR", None, None)]),
    ("1.000.000 euros", [("1.000.000 euros", 1e6, "EUR", None, None)]),
    ("५०० मिलियन डॉलर", [("500 मिलियन डॉलर", 5e8, "USD", None, None)]),
    ("US$ 1.2bn", [("US$ 1.2bn", 1.2e9, "USD", None, None)]),
    ("करीब 170 अरब वॉन", [("170 अरब वॉन", 1.7e11, "KRW", "approx", None)]),
    ("475 billion roubles", [("475 billion roubles", 4.75e11, "RUB", None, None)]),
    ("5 अरब कनाडाई डॉलर", [("5 अरब कनाडाई डॉलर", 5e9, "CAD", None, None)]),
    ("800 million Swiss francs", [("800 million Swiss francs", 8e8, "CHF", None, None)]),
]


@pytest.mark.parametrize(("sample", "expected"), CASES, ids=[c[0] for c in CASES])
def test_money_parses_indian_news_forms(sample: str, expected: list[tuple]) -> None:
    got = [(a.text, a.value, a.currency, a.qualifier, a.low) for a in money.find_amounts(normalise(sample).text)]
    assert got == expected


def test_money_reached_is_not_up_to() -> None:
    # "मूल्यांकन $157 बिलियन तक पहुंच गया": reached, not "up to" (seed article)
    (a,) = money.find_amounts("इसका मूल्यांकन $157 बिलियन तक पहुंच गया")
    assert (a.value, a.qualifier) == (1.57e11, None)


@pytest.mark.parametrize("sample", ["$1..5 बिलियन", "$ बिलियन", "2 अरब उपयोगकर्ता", "$1e400 billion", "कुल 500 कर्मचारी"])
def test_money_malformed_or_not_money_yields_nothing(sample: str) -> None:
    assert money.find_amounts(sample) == []


def test_money_bracketed_conversion_is_two_amounts() -> None:
    got = [(a.value, a.currency) for a in money.find_amounts("$6 बिलियन (€5.5 बिलियन)")]
    assert got == [(6e9, "USD"), (5.5e9, "EUR")]


def test_money_canonical_names_the_amount() -> None:
    (a,) = money.find_amounts("$1.5 बिलियन")
    assert a.canonical == "USD 1500000000"


def test_money_matcher_is_built_from_data(money_matcher: money.MoneyMatcher) -> None:
    vocab = money.cues()
    custom = money.MoneyMatcher(vocabulary={**vocab, "currency_suffix": {**vocab["currency_suffix"], "टका": "BDT"}})
    assert [a.currency for a in custom("50 करोड़ टका")] == ["BDT"]
    assert money_matcher("50 करोड़ टका") == []


@pytest.mark.parametrize("text", [
    "अमेज़न ने ४ अरब डॉलर लगाए। फिर $1.5 बिलियन। कुल 8 अरब डॉलर",
    "।$5 बिलियन।।300 से 340 अरब डॉलर।",
    "कोई रकम नहीं। बस बातें।",
    "Amazon put in Rs. 500 crore and then $2-billion, or about ₹16,000 करोड़",
])
def test_money_danda_stretches_find_what_one_pass_finds(money_matcher: money.MoneyMatcher, text: str) -> None:
    # regression guard for the speed-up: matching stretch by stretch must equal one pass over the text
    one_pass = [money_matcher._parse(text, m) for m in money_matcher._pattern.finditer(text)]
    assert money_matcher(text) == one_pass


MALFORMED = [
    # (text, [(span text, value, currency, low)]): parsed where the meaning is clear, else no value
    ("-$5 billion का घाटा", [("-$5 billion", -5e9, "USD", None)]),
    ("−₹200 करोड़ का नुकसान", [("−₹200 करोड़", -2e9, "INR", None)]),
    ("(-$2 billion)", [("-$2 billion", -2e9, "USD", None)]),
    ("2019-$5 billion", [("$5 billion", 5e9, "USD", None)]),  # a hyphen after a year is no sign
    ("$3-$5 billion", [("$3-$5 billion", 5e9, "USD", 3e9)]),  # a range, not a negative
    ("-$3-$5 billion", [("-$3-$5 billion", None, "USD", None)]),  # a negative range: unclear
    ("$12,34 billion", [("$12,34 billion", None, "USD", None)]),  # neither Indian nor Western grouping
    ("$" + "9" * 400 + " billion", [("$" + "9" * 400 + " billion", None, "USD", None)]),  # beyond a float
    ("1" * 400 + " करोड़ रुपये", [("1" * 400 + " करोड़ रुपये", None, "INR", None)]),
    ("$1,000,000,000,000,000,000,000,000 trillion", [("$1,000,000,000,000,000,000,000,000 trillion", 1e36, "USD", None)]),
    ("1,00,00,000 रुपये", [("1,00,00,000 रुपये", 1e7, "INR", None)]),
    ("1.000.000 euros", [("1.000.000 euros", 1e6, "EUR", None)]),
    ("1.000.000,50 euros", []),  # European decimals: not guessed
    ("$५०० मिलियन", [("$500 मिलियन", 5e8, "USD", None)]),
    ("५०० मिलियन", []),  # no currency: not money
    ("$1..5 बिलियन", []),
    ("$ बिलियन", []),
]


@pytest.mark.parametrize(("sample", "expected"), MALFORMED, ids=[c[0][:40] for c in MALFORMED])
def test_money_malformed_parsed_only_where_clear(sample: str, expected: list[tuple]) -> None:
    got = [(a.text, a.value, a.currency, a.low) for a in money.find_amounts(normalise(sample).text)]
    assert got == expected


def test_money_never_infinite_or_nan() -> None:
    import math

    for sample in ["$" + "9" * 309 + " trillion", "9" * 300 + " लाख करोड़ डॉलर", "$1e308 billion",
                   "$" + "9" * 20 + "." + "9" * 400 + " billion", "$inf billion", "$nan billion"]:
        for a in money.find_amounts(normalise(sample).text):
            assert a.value is None or math.isfinite(a.value)
            assert a.low is None or math.isfinite(a.low)


@pytest.mark.parametrize("text", ["among the angel investors. A second round", "The investors 5 million were"])
def test_money_currency_prefix_needs_a_word_boundary(text: str) -> None:
    assert money.default_matcher()(text) == []


def test_money_wire_abbreviation_bln() -> None:
    assert [a.value for a in money.default_matcher()("Qualcomm to buy Alphawave for $2.4 bln")] == [2.4e9]


@pytest.mark.parametrize("text, currency", [("मूल्य 5.5 अरब ब्राज़ीली रियाल है। कंपनी ने 1.8 अरब रियाल जुटाए।", "BRL"),
                                            ("अरामको ने 5 अरब रियाल लगाए।", "SAR"),
                                            ("QIA put 2 billion Qatari riyals in, then 3 billion riyals more.", "QAR"),
                                            ("20 अरब सऊदी रियाल और 5 अरब कतरी रियाल, फिर 3 अरब रियाल।", "SAR")])
def test_money_bare_shared_currency_takes_the_country_the_text_named(text: str, currency: str) -> None:
    assert money.find_amounts(text)[-1].currency == currency


def test_money_a_currency_code_that_is_a_word_needs_its_case() -> None:
    assert money.find_amounts("We will try 5 times to raise.") == []


@pytest.mark.parametrize(("text", "value"), [("at Dh1.35 each", 1.35), ("a market value of Dh9.45 billion", 9.45e9),
                                             ("raised Dhs 50 million", 5e7)])
def test_money_gulf_dirham_prefix(text: str, value: float) -> None:
    got = [(a.value, a.currency) for a in money.default_matcher()(text)]
    assert got == [(value, "AED")]


@pytest.mark.parametrize(("text", "want"), [
    ("GoTo ने 15.8 ट्रिलियन रुपिया जुटाए", [(1.58e13, "IDR")]),
    ("करीब 8.8 अरब बाट", [(8.8e9, "THB")]),
    ("लगभग 20.8 करोड़ रिंगित", [(2.08e8, "MYR")]),
    ("1,000 करोड़ फिलीपीन पेसो और फिर 22 अरब पेसो", [(1e10, "PHP"), (2.2e10, "PHP")]),
    ("वह बाट जोह रहा है", []),
])
def test_money_southeast_asian_currencies_in_hindi(text: str, want: list[tuple[float, str]]) -> None:
    assert [(a.value, a.currency) for a in money.default_matcher()(text)] == want
