"""utils.highlight: articles rendered with displacy in manual mode, deals beside, text escaped."""

from __future__ import annotations

from typing import Any

import pandas as pd

from utils import highlight


def test_highlight_escapes_article_text() -> None:
    text = 'अमेज़न <script>alert("x")</script> & OpenAI'
    ents = [{"start": 0, "end": 6, "label": "ORG", "canonical": "Amazon"},
            {"start": len(text) - 6, "end": len(text), "label": "ORG", "canonical": "OpenAI"}]
    out = highlight.render_article(text, ents)
    assert "<script>" not in out and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    assert " &amp; " in out


def test_highlight_escapes_canonical_names_and_titles() -> None:
    out = highlight.render_article("AT&T बोली", [{"start": 0, "end": 4, "label": "ORG", "canonical": '<b>"AT&T"</b>'}],
                                   title="<i>t</i>")
    assert "<b>" not in out and "<i>" not in out and "&lt;b&gt;&quot;AT&amp;T&quot;&lt;/b&gt;" in out


def test_highlight_marks_each_entity_with_its_label_and_colour(seed_record: dict[str, Any], seed_raw: str) -> None:
    out = highlight.render_article(seed_raw, seed_record["entities"])
    assert out.count('<mark class="entity') == len(seed_record["entities"])
    for label in ("ORG", "PERSON", "PRODUCT", "MONEY"):
        assert f"sauda-{label}" in out and highlight.COLOURS[label] in out
    assert "अमेज़न" in out and "Noto Sans Devanagari" in out


def test_highlight_overlapping_spans_keep_the_longer_one() -> None:
    ents = [{"start": 0, "end": 6, "label": "ORG", "canonical": "Amazon"},
            {"start": 0, "end": 19, "label": "ORG", "canonical": "Amazon Web Services"},
            {"start": 20, "end": 24, "label": "PERSON", "canonical": "X"}]
    spans = highlight.display_spans(ents)
    assert [(s["start"], s["end"]) for s in spans] == [(0, 19), (20, 24)]


def test_highlight_record_lists_deals_beside_the_text(seed_record: dict[str, Any], seed_raw: str) -> None:
    out = highlight.render_record(seed_record, seed_raw)
    assert "<table" in out and "USD 1.5 billion" in out and "not stated" in out and "committed" in out


def test_highlight_deals_frame_reads_both_contract_lists_and_csv_rows(seed_record: dict[str, Any]) -> None:
    from_contract = highlight.deals_frame(seed_record["deals"])
    rows = pd.DataFrame([{**d, "investors": "; ".join(d["investors"])} for d in seed_record["deals"]])
    assert from_contract.equals(highlight.deals_frame(rows))
    assert set(from_contract["investors"]) == {"Amazon", "Alphabet", "(unnamed)"}


def test_highlight_tint_is_lighter_than_the_colour() -> None:
    assert highlight.tint("#0072B2", amount=1.0) == "#0072b2"
    assert highlight.tint("#000000", amount=0.0) == "#ffffff"


def test_highlight_money_label_reads_like_the_charts() -> None:
    assert highlight.money_label("USD 1500000000") == "USD 1.5 billion"
    assert highlight.money_label("INR ?") == "INR, no figure"
