"""Stage 5, charts: deal amounts, the partnership network, entity mentions.

The Devanagari font comes with the project (the ``fontpkg-noto-sans-devanagari`` wheel,
OFL), registered with matplotlib at import of :func:`setup_fonts`; ``font.family`` is a
list so Latin glyphs fall back per character. matplotlib ≥ 3.11 shapes Devanagari.
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

# Okabe–Ito: a palette readers with colour-vision deficiency can tell apart
PALETTE = {"completed": "#009E73", "committed": "#0072B2", "talks": "#E69F00", "reported": "#CC79A7",
           "denied": "#D55E00", "valuation": "#999999"}
LABEL_COLOURS = {"ORG": "#0072B2", "PERSON": "#E69F00", "PRODUCT": "#009E73"}
RELATION_STYLES = {"investor_in": "-", "partner_of": "--", "product_of": ":", "founder_of": "-.",
                   "former_executive_of": "-."}
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


def deal_amounts(deals: pd.DataFrame, *, title: str = "AI deals by amount") -> Figure:
    """Horizontal bars, investor → investee, log scale, coloured by status; valuations apart.

    ``deals`` has the columns of ``data/processed/deals.csv``; rows without an amount are
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
    ax.set_yticks(range(len(priced)), priced["pair"] + "  (" + priced["currency"].fillna("") + ")")
    ax.set_xscale("log")
    for i, row in priced.iterrows():
        ax.text(row["amount"] * 1.08, i, human_amount(row["amount"], row["currency"]), va="center", fontsize=8)
    if len(priced):
        ax.set_xlim(priced["amount"].min() / 3, priced["amount"].max() * 12)
    ax.set_xlabel("amount in the stated currency (log scale)")
    ax.set_title(title)
    ax.legend(handles=[Patch(color=PALETTE[s], label=s) for s in ("completed", "committed", "talks", "reported", "denied")
                       if s in set(priced["status"])], title="status", loc="lower right", fontsize=8)
    ax2.barh(range(len(vals)), vals["valuation"], color=PALETTE["valuation"])
    ax2.set_yticks(range(len(vals)), vals["investee"].fillna("?"))
    ax2.set_xscale("log")
    for i, (_, row) in enumerate(vals.iterrows()):
        ax2.text(row["valuation"] * 1.08, i, human_amount(row["valuation"], row["valuation_currency"]),
                 va="center", ha="left", fontsize=8)
    if len(vals):
        ax2.set_xlim(vals["valuation"].min() / 3, vals["valuation"].max() * 30)
    ax2.set_title("valuations (set apart)")
    ax2.set_xlabel("valuation (log scale)")
    if len(unpriced):
        note = "amount not stated: " + "; ".join(unpriced["pair"] + " (" + unpriced["status"] + ")")
        fig.text(0.01, -0.02, note, fontsize=8, ha="left", va="top")
    fig.text(0.99, -0.02, "source: sauda extraction of data/raw/", fontsize=7, ha="right", va="top", color="#555")
    return fig


def network(relations: pd.DataFrame, entities: pd.DataFrame, *, seed: int = 7,
            title: str = "Who is tied to whom") -> Figure:
    """The relation network: nodes coloured by label, edges styled by relation type."""
    labels = (entities[entities["label"] != "MONEY"].groupby("canonical")["label"]
              .agg(lambda s: s.mode().iloc[0]).to_dict())
    g = nx.MultiDiGraph()
    for _, r in relations.sort_values(["head", "type", "tail"]).iterrows():
        g.add_edge(r["head"], r["tail"], type=r["type"])
    fig, ax = plt.subplots(figsize=(11, 8), layout="constrained")
    if g.number_of_nodes() == 0:
        ax.set_axis_off()
        ax.set_title(title + " (no relations)")
        return fig
    nodes = sorted(g.nodes)
    pos = nx.spring_layout(nx.Graph(g.to_undirected()).subgraph(nodes), seed=seed, k=1.6 / math.sqrt(len(nodes)))
    types = sorted({d["type"] for _, _, d in g.edges(data=True)})
    cmap = plt.get_cmap("tab20")
    colours = {t: cmap(i % 20) for i, t in enumerate(types)}
    for t in types:
        edges = sorted((u, v) for u, v, d in g.edges(data=True) if d["type"] == t)
        nx.draw_networkx_edges(g, pos, edgelist=edges, ax=ax, edge_color=[colours[t]], style=RELATION_STYLES.get(t, "-"),
                               arrows=True, arrowsize=12, width=1.6, connectionstyle="arc3,rad=0.08",
                               node_size=900)
    nx.draw_networkx_nodes(g, pos, nodelist=nodes, ax=ax, node_size=900,
                           node_color=[LABEL_COLOURS.get(labels.get(n, "ORG"), "#999") for n in nodes], alpha=0.9)
    nx.draw_networkx_labels(g, pos, ax=ax, font_size=8, font_family=matplotlib.rcParams["font.family"])
    ax.legend(handles=[Line2D([0], [0], color=colours[t], ls=RELATION_STYLES.get(t, "-"), label=t) for t in types]
              + [Patch(color=c, label=lbl) for lbl, c in LABEL_COLOURS.items()],
              loc="upper left", fontsize=8, ncol=2, title="edges: relation · nodes: label")
    ax.set_title(title)
    ax.set_axis_off()
    return fig


def mentions(entities: pd.DataFrame, *, top: int = 20, title: str = "Entity mentions") -> Figure:
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
    ax.set_xlabel("mentions")
    ax.set_title(title)
    ax.legend(handles=[Patch(color=c, label=lbl) for lbl, c in LABEL_COLOURS.items()], loc="lower right", fontsize=8)
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
