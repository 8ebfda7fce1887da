"""Highlighted articles: entities and amounts marked by label, the deals beside them.

Rendering goes through spaCy's ``displacy`` in manual mode (spans in, HTML out, no model
loaded), which escapes the article text; labels, canonical names and deal cells are escaped
here or by pandas. Colours are Okabe–Ito (``utils.charts``), so readers with colour-vision
deficiency can tell the labels apart; the label is also written in each mark.
"""

from __future__ import annotations

import html
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd
from spacy import displacy

from utils import charts

LABELS: tuple[str, ...] = ("ORG", "PERSON", "PRODUCT", "MONEY")
COLOURS: dict[str, str] = {**charts.LABEL_COLOURS, "MONEY": charts.MONEY_COLOUR}
FONT_STACK = ('"Noto Sans Devanagari", "Noto Sans", "Nirmala UI", "Mangal", "Kohinoor Devanagari", '
              'system-ui, "DejaVu Sans", sans-serif')
DEAL_COLUMNS = ("investors", "investee", "amount", "status", "valuation", "evidence")

# displacy's own entity template, with a border in the label's full colour on a light tint and
# the canonical name written after the label (both filled in escaped, see ``_span``)
TEMPLATE = """<mark class="entity sauda-{label}" title="{tooltip}" style="background: {bg}; \
border: 2px solid {border}; padding: 0.2em 0.4em; margin: 0 0.15em; line-height: 1; border-radius: 0.35em;">\
{text}<span style="font-size: 0.7em; font-weight: bold; line-height: 1; border-radius: 0.35em; \
vertical-align: middle; margin-left: 0.4rem; color: #222;">{label}</span>\
<span style="font-size: 0.7em; line-height: 1; vertical-align: middle; margin-left: 0.25rem; color: #333;">\
{canonical}</span></mark>"""


def tint(colour: str, *, amount: float = 0.3) -> str:
    """A light tint of ``#rrggbb`` (``amount`` of the colour on white), for dark text on top."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * amount):02x}" for c in rgb)


def display_spans(entities: Iterable[Mapping[str, Any]], *, labels: Sequence[str] = LABELS) -> list[dict[str, Any]]:
    """Non-overlapping spans sorted by start (the longer one wins an overlap), of ``labels`` only."""
    wanted = [e for e in entities if e["label"] in labels and int(e["end"]) > int(e["start"])]
    wanted.sort(key=lambda e: (-(int(e["end"]) - int(e["start"])), int(e["start"])))
    kept: list[Mapping[str, Any]] = []
    for e in wanted:
        if all(int(e["end"]) <= int(k["start"]) or int(e["start"]) >= int(k["end"]) for k in kept):
            kept.append(e)
    return [_span(e) for e in sorted(kept, key=lambda e: int(e["start"]))]


def money_label(canonical: str) -> str:
    """An amount's canonical form made readable: ``USD 1500000000`` → ``USD 1.5 billion``; ``INR ?`` → ``INR, no figure``."""
    currency, _, value = canonical.partition(" ")
    try:
        return charts.human_amount(float(value), currency)
    except ValueError:
        return f"{currency}, no figure" if value in ("", "?") else canonical


def _span(e: Mapping[str, Any]) -> dict[str, Any]:
    canonical = "" if pd.isna(e.get("canonical")) else str(e.get("canonical", ""))
    if e["label"] == "MONEY":
        canonical = money_label(canonical)
    esc = html.escape(canonical, quote=True)
    params = {"canonical": esc, "tooltip": f"{e['label']}: {esc}", "border": COLOURS.get(e["label"], "#999999")}
    return {"start": int(e["start"]), "end": int(e["end"]), "label": e["label"], "params": params}


def render_article(text: str, entities: Iterable[Mapping[str, Any]], *, title: str | None = None,
                   lang: str | None = None, labels: Sequence[str] = LABELS) -> str:
    """The article as HTML with each entity and amount marked by label (displacy escapes the text).

    >>> "<mark" in render_article("अमेज़न ने निवेश किया", [{"start": 0, "end": 6, "label": "ORG", "canonical": "Amazon"}])
    True
    """
    doc = {"text": text, "ents": display_spans(entities, labels=labels),
           "title": html.escape(title) if title else None}
    options = {"ents": list(labels), "colors": {lbl: tint(COLOURS[lbl]) for lbl in labels}, "template": TEMPLATE}
    body = displacy.render(doc, style="ent", manual=True, page=False, jupyter=False, options=options)
    attr = f' lang="{html.escape(lang)}"' if lang in ("hi", "en") else ""
    return f'<div class="sauda-article"{attr} style="font-family: {html.escape(FONT_STACK)}; max-width: 60em;">{body}</div>'


def legend(*, labels: Sequence[str] = LABELS) -> str:
    """One mark per label, in the article's colours."""
    marks = "".join(f'<mark style="background: {tint(COLOURS[lbl])}; border: 2px solid {COLOURS[lbl]}; '
                    f'padding: 0.1em 0.4em; margin-right: 0.4em; border-radius: 0.35em;">{lbl}</mark>' for lbl in labels)
    return f'<p class="sauda-legend" style="font-size: 0.85em;">{marks}</p>'


def deals_frame(deals: pd.DataFrame | Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Deals (a ``deals`` table or the contract's list) with readable amounts, one row each."""
    df = deals.copy() if isinstance(deals, pd.DataFrame) else pd.DataFrame(list(deals))
    if df.empty:
        return pd.DataFrame(columns=list(DEAL_COLUMNS))
    df["investors"] = [("; ".join(v) if isinstance(v, (list, tuple)) else ("" if pd.isna(v) else str(v))) or "(unnamed)"
                       for v in df["investors"]]
    df["amount"] = [_money(a, c) for a, c in zip(df["amount"], df["currency"])]
    df["valuation"] = [_money(a, c, missing="") for a, c in zip(df["valuation"], df["valuation_currency"])]
    return df[list(DEAL_COLUMNS)].fillna("").reset_index(drop=True)


def _money(value: Any, currency: Any, *, missing: str = "not stated") -> str:
    if value is None or pd.isna(value):
        return missing
    return charts.human_amount(float(value), None if pd.isna(currency) else str(currency))


def deals_table(deals: pd.DataFrame | Iterable[Mapping[str, Any]], *, evidence: bool = True) -> str:
    """The deals as an escaped HTML table (or a line saying there are none)."""
    df = deals_frame(deals)
    if not evidence:
        df = df.drop(columns=["evidence"])
    if df.empty:
        return '<p class="sauda-no-deals">No deal found in this article.</p>'
    return df.to_html(index=False, escape=True, border=0, classes="sauda-deals")


def render_record(record: Mapping[str, Any], text: str, *, title: str | None = None,
                  labels: Sequence[str] = LABELS) -> str:
    """An article beside its deals: what notebooks show and what each report page holds.

    ``record`` is the contract's record of ``text`` (``utils.extract.process``).
    """
    article = render_article(text, record["entities"], title=title, lang=record.get("lang"), labels=labels)
    side = f'<div style="flex: 1 1 22em; min-width: 18em;"><h3>Deals</h3>{deals_table(record["deals"], evidence=False)}</div>'
    return (f'<div class="sauda-view" style="font-family: {html.escape(FONT_STACK)};">{legend(labels=labels)}'
            f'<div style="display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start;">'
            f'<div style="flex: 2 1 30em;">{article}</div>{side}</div></div>')
