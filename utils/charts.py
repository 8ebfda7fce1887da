"""Stage 5, charts: deal amounts, the partnership network, entity mentions.

The Devanagari font comes with the project (the ``fontpkg-noto-sans-devanagari`` wheel,
OFL), registered with matplotlib at import of :func:`setup_fonts`; ``font.family`` is a
list so Latin glyphs fall back per character. matplotlib ≥ 3.11 shapes Devanagari.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from matplotlib import font_manager, ticker
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

# Okabe–Ito: a palette readers with colour-vision deficiency can tell apart
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
PALETTE = {"completed": "#009E73", "committed": "#0072B2", "talks": "#E69F00", "reported": "#CC79A7",
           "denied": "#D55E00", "valuation": "#999999"}
LABEL_COLOURS = {"ORG": "#0072B2", "PERSON": "#E69F00", "PRODUCT": "#009E73"}
MONEY_COLOUR = "#CC79A7"
LINE_STYLES = ("-", "--", ":", "-.")
SOURCE = "Source: sauda's extraction of the articles in data/raw/"
DEVANAGARI_FAMILY = "Noto Sans Devanagari"
SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))


def font_path() -> Path:
    """The Devanagari font file the project brings."""
    import fontpkg_noto_sans_devanagari as pkg

    return next(pkg.ROOT.glob("files/*.ttf"))


def setup_fonts() -> list[str]:
    """Register the project's Devanagari font and make it the first family; returns the list."""
    path = font_path()
    if not any(f.fname == str(path) for f in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(str(path))
    families = [DEVANAGARI_FAMILY, "DejaVu Sans"]
    matplotlib.rcParams["font.family"] = families
    matplotlib.rcParams["axes.unicode_minus"] = False
    return families


def human_amount(value: float, currency: str | None) -> str:
    """``1.5e9, USD`` → ``USD 1.5 billion``."""
    for factor, word in SCALE_WORDS:
        if abs(value) >= factor:
            return f"{currency or ''} {value / factor:g} {word}".strip()
    return f"{currency or ''} {value:g}".strip()


def scale_of(value: float) -> tuple[float, str]:
    """The scale word for an axis whose largest value is ``value``: ``6.6e9`` → ``(1e9, "billion")``."""
    for factor, word in SCALE_WORDS:
        if abs(value) >= factor:
            return factor, word
    return 1.0, ""


def _money_axis(axis: Any, values: pd.Series, currencies: pd.Series, *, what: str) -> str:
    """Log-scale money axis with ticks in the scale word of its largest value; returns the axis label."""
    factor, word = scale_of(float(values.max())) if len(values) else (1.0, "")
    axis.set_major_locator(ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    axis.set_major_formatter(ticker.FuncFormatter(lambda v, _: f"{v / factor:g}"))
    axis.set_minor_formatter(ticker.NullFormatter())
    cur = sorted(set(currencies.dropna()))
    unit = f"{cur[0]} {word}".strip() if len(cur) == 1 else f"{word} in the stated currency".strip()
    return f"{what}, {unit} (log scale)"


def deal_amounts(deals: pd.DataFrame, *, title: str = "AI deals by amount", source: str = SOURCE) -> Figure:
    """Horizontal bars, investor → investee, log scale, coloured by status; valuations apart.

    ``deals`` has the columns of ``data/processed/deals.parquet``; rows without an amount are
    listed as text under the chart (never guessed).
    """
    df = deals.copy()
    df["investors"] = df["investors"].fillna("").replace("", "(unnamed)")
    df["pair"] = df["investors"].str.replace("; ", ", ") + " → " + df["investee"].fillna("?")
    priced = df[df["amount"].notna()].sort_values(["amount", "pair"]).reset_index(drop=True)
    unpriced = df[df["amount"].isna()]
    vals = df[df["valuation"].notna()]
    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(11, 1.2 + 0.55 * max(len(priced), 2)),
                                  gridspec_kw={"width_ratios": [3, 1.3]}, layout="constrained")
    ax.barh(range(len(priced)), priced["amount"], color=[PALETTE.get(s, "#666") for s in priced["status"]])
    one_currency = priced["currency"].nunique(dropna=False) <= 1
    ax.set_yticks(range(len(priced)), priced["pair"] if one_currency
                  else priced["pair"] + "  (" + priced["currency"].fillna("?") + ")")
    ax.set_xscale("log")
    for i, row in priced.iterrows():
        ax.text(row["amount"] * 1.08, i, human_amount(row["amount"], row["currency"]), va="center", fontsize=8)
    if len(priced):
        ax.set_xlim(priced["amount"].min() / 3, priced["amount"].max() * 12)
    ax.set_xlabel(_money_axis(ax.xaxis, priced["amount"], priced["currency"], what="amount"))
    ax.set_title(title, loc="left", fontsize=13)
    ax.legend(handles=[Patch(color=PALETTE[s], label=s) for s in ("completed", "committed", "talks", "reported", "denied")
                       if s in set(priced["status"])], title="status", loc="lower right", fontsize=8)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax2.barh(range(len(vals)), vals["valuation"], color=PALETTE["valuation"])
    ax2.set_yticks(range(len(vals)), vals["investee"].fillna("?"))
    ax2.set_xscale("log")
    for i, (_, row) in enumerate(vals.iterrows()):
        ax2.text(row["valuation"] * 1.08, i, human_amount(row["valuation"], row["valuation_currency"]),
                 va="center", ha="left", fontsize=8)
    if len(vals):
        ax2.set_xlim(vals["valuation"].min() / 3, vals["valuation"].max() * 30)
    ax2.set_title("valuations (set apart)")
    ax2.set_xlabel(_money_axis(ax2.xaxis, vals["valuation"], vals["valuation_currency"], what="valuation")
                   if len(vals) else "valuation")
    if not len(vals):
        ax2.set_yticks([])
        ax2.text(0.5, 0.5, "no valuation stated", ha="center", va="center", transform=ax2.transAxes, fontsize=8)
    if len(unpriced):
        note = "amount not stated: " + "; ".join(unpriced["pair"] + " (" + unpriced["status"] + ")")
        fig.text(0.01, -0.02, note, fontsize=8, ha="left", va="top")
    fig.text(0.99, -0.02, source, fontsize=7, ha="right", va="top", color="#555")
    return fig


def devanagari_forms(entities: pd.DataFrame) -> dict[str, str]:
    """The Devanagari form each canonical name is written in most often (ties: the first sorted)."""
    df = entities[entities["text"].astype(str).str.contains(r"[\u0900-\u097F]", regex=True)]
    return {name: sorted(g.value_counts().pipe(lambda c: c[c == c.max()]).index)[0]
            for name, g in df.groupby("canonical")["text"]}


def relation_styles(types: list[str]) -> dict[str, tuple[str, str]]:
    """A colour-blind-safe (colour, line style) pair per relation type, distinct for up to 28 types.

    ``investor_in`` is always solid vermilion; the others take Okabe–Ito colours in sorted order
    (yellow left out: too pale on white), the line style changing once the colours run out.
    """
    colours = [c for c in OKABE_ITO if c not in ("#F0E442", "#D55E00")]
    others = sorted(t for t in set(types) if t != "investor_in")
    styles = {t: (colours[i % len(colours)], LINE_STYLES[(i // len(colours) + 1) % len(LINE_STYLES)])
              for i, t in enumerate(others)}
    return ({"investor_in": ("#D55E00", "-")} if "investor_in" in types else {}) | styles


def network(relations: pd.DataFrame, entities: pd.DataFrame, *, seed: int = 7,
            title: str = "Who is tied to whom", source: str = SOURCE) -> Figure:
    """The relation network: nodes coloured by label and named in English and Devanagari, edges styled by type."""
    ents = entities[entities["label"] != "MONEY"]
    labels = ents.groupby("canonical")["label"].agg(lambda s: s.mode().iloc[0]).to_dict()
    deva = devanagari_forms(ents)
    g = nx.MultiDiGraph()
    for _, r in relations.sort_values(["head", "type", "tail"]).iterrows():
        g.add_edge(r["head"], r["tail"], type=r["type"])
    fig, ax = plt.subplots(figsize=(13, 8.5), layout="constrained")
    if g.number_of_nodes() == 0:
        ax.set_axis_off()
        ax.set_title(title + " (no relations)")
        return fig
    nodes = sorted(g.nodes)
    pos = nx.spring_layout(nx.Graph(g.to_undirected()).subgraph(nodes), seed=seed, k=2.2 / math.sqrt(len(nodes)))
    styles = relation_styles(sorted({d["type"] for _, _, d in g.edges(data=True)}))
    for t, (colour, ls) in styles.items():
        edges = sorted((u, v) for u, v, d in g.edges(data=True) if d["type"] == t)
        nx.draw_networkx_edges(g, pos, edgelist=edges, ax=ax, edge_color=[colour], style=ls, arrows=True,
                               arrowsize=12, width=3.0 if t == "investor_in" else 1.6, connectionstyle="arc3,rad=0.08", node_size=700)
    nx.draw_networkx_nodes(g, pos, nodelist=nodes, ax=ax, node_size=700,
                           node_color=[LABEL_COLOURS.get(labels.get(n, "ORG"), "#999") for n in nodes], alpha=0.9)
    names = {n: f"{n}\n{deva[n]}" if n in deva and deva[n] != n else n for n in nodes}
    for n, (x, y) in pos.items():
        ax.annotate(names[n], (x, y), xytext=(0, -16), textcoords="offset points", ha="center", va="top",
                    fontsize=8, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
    ax.legend(handles=[Line2D([0], [0], color=c, ls=ls, lw=1.8, label=t) for t, (c, ls) in styles.items()]
              + [Patch(color=c, label=lbl) for lbl, c in LABEL_COLOURS.items()],
              loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, title="edges: relation\nnodes: label")
    ax.set_title(title, loc="left", fontsize=13)
    ax.margins(0.08)
    ax.set_axis_off()
    fig.text(0.99, 0.0, source, fontsize=7, ha="right", va="top", color="#555")
    return fig


def mentions(entities: pd.DataFrame, *, top: int = 20, title: str = "Entity mentions",
             source: str = SOURCE) -> Figure:
    """Mentions per canonical name, with the most frequent Devanagari form beside the English one."""
    df = entities[entities["label"] != "MONEY"].copy()
    df["deva"] = df["text"].where(df["text"].str.contains(r"[\u0900-\u097F]", regex=True))
    agg = (df.groupby(["canonical", "label"])
           .agg(n=("text", "size"), deva=("deva", lambda s: s.dropna().mode().iloc[0] if s.notna().any() else ""))
           .reset_index().sort_values(["n", "canonical"], ascending=[False, True]).head(top)
           .iloc[::-1].reset_index(drop=True))
    names = agg["canonical"] + agg["deva"].map(lambda d: f"  ({d})" if d else "")
    fig, ax = plt.subplots(figsize=(9, 1 + 0.38 * max(len(agg), 2)), layout="constrained")
    ax.barh(range(len(agg)), agg["n"], color=[LABEL_COLOURS.get(lbl, "#999") for lbl in agg["label"]])
    ax.set_yticks(range(len(agg)), names)
    for i, n in enumerate(agg["n"]):
        ax.text(n + 0.2, i, str(n), va="center", fontsize=8)
    ax.set_xlabel("mentions (count)")
    ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    ax.set_title(title, loc="left", fontsize=13)
    ax.legend(handles=[Patch(color=c, label=lbl) for lbl, c in LABEL_COLOURS.items()], loc="lower right",
              fontsize=8, title="label")
    fig.text(0.99, 0.0, source, fontsize=7, ha="right", va="top", color="#555")
    return fig


def save(fig: Figure, path: Path, *, dpi: int = 120) -> Path:
    """Save a figure as PNG (no timestamp metadata) and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    return path


def missing_glyphs(texts: list[str]) -> list[str]:
    """Characters of ``texts`` that no configured font can draw (should be empty)."""
    from matplotlib.ft2font import FT2Font

    fonts = [FT2Font(font_manager.findfont(font_manager.FontProperties(family=f), fallback_to_default=False))
             for f in matplotlib.rcParams["font.family"]]
    missing = set()
    for t in texts:
        for ch in t:
            if ch.isspace():
                continue
            if all(f.get_char_index(ord(ch)) == 0 for f in fonts):
                missing.add(ch)
    return sorted(missing)
