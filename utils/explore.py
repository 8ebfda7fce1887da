"""Explore one entity: its deals and its network neighbourhood, as tables and as a JupyterLab widget."""

from __future__ import annotations

from typing import Any

import pandas as pd

from utils import highlight


def investors_of(value: Any) -> list[str]:
    """``"Amazon; Google"`` → ``["Amazon", "Google"]`` (the ``deals`` table's form of investors)."""
    return [] if value is None or pd.isna(value) or value == "" else [v.strip() for v in str(value).split(";")]


def entity_deals(deals: pd.DataFrame, name: str) -> pd.DataFrame:
    """Deals where ``name`` invests or is invested in, with readable amounts, largest first."""
    hit = deals[[name == investee or name in investors_of(inv) for inv, investee in zip(deals["investors"], deals["investee"])]]
    hit = hit.assign(_order=hit["amount"].fillna(-1)).sort_values(["_order", "doc_id"], ascending=[False, True])
    table = highlight.deals_frame(hit)
    table.insert(0, "doc_id", list(hit["doc_id"]))
    return table.drop(columns=["evidence"])


def neighbours(relations: pd.DataFrame, name: str) -> pd.DataFrame:
    """Each entity tied to ``name``: the relation, its direction, and in how many articles it is stated."""
    out = relations[relations["head"] == name].assign(direction="→", other=lambda d: d["tail"])
    inc = relations[relations["tail"] == name].assign(direction="←", other=lambda d: d["head"])
    both = pd.concat([out, inc])
    if both.empty:
        return pd.DataFrame(columns=["direction", "type", "other", "articles"])
    return (both.groupby(["direction", "type", "other"])["doc_id"].nunique().rename("articles").reset_index()
            .sort_values(["articles", "direction", "type", "other"], ascending=[False, True, True, True])
            .reset_index(drop=True))


def choices(deals: pd.DataFrame, relations: pd.DataFrame) -> list[str]:
    """Every entity named in a deal or a relation, sorted."""
    names = set(deals["investee"].dropna()) | {i for v in deals["investors"] for i in investors_of(v)}
    return sorted(names | set(relations["head"]) | set(relations["tail"]))


def show(deals: pd.DataFrame, relations: pd.DataFrame, name: str) -> None:
    """Display the deals and the neighbours of ``name`` (what the widget shows for a choice)."""
    from IPython.display import display

    print(f"{name}: deals")
    display(entity_deals(deals, name))
    print(f"{name}: network neighbourhood")
    display(neighbours(relations, name))


def picker(deals: pd.DataFrame, relations: pd.DataFrame, *, value: str) -> Any:
    """A dropdown of entities; picking one shows its deals and neighbours below it (ipywidgets)."""
    import ipywidgets as widgets

    dropdown = widgets.Dropdown(options=choices(deals, relations), value=value, description="entity")
    out = widgets.interactive_output(lambda name: show(deals, relations, name), {"name": dropdown})
    return widgets.VBox([dropdown, out])
