"""utils.charts: the project's Devanagari font, and the three figures."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

from utils import charts, extract  # noqa: E402


def test_charts_bring_their_own_devanagari_font() -> None:
    families = charts.setup_fonts()
    assert families[0] == "Noto Sans Devanagari"
    assert charts.font_path().is_file()
    assert charts.missing_glyphs(["अमेज़न वेब सर्विसेज", "डैनिएला एमोडी", "Anthropic → ₹"]) == []


def test_charts_figures_render_without_missing_glyph_warnings(seed_record: dict[str, Any], tmp_path: Path) -> None:
    charts.setup_fonts()
    t = extract.tables([seed_record])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figs = [charts.deal_amounts(t["deals"]), charts.network(t["relations"], t["entities"]),
                charts.mentions(t["entities"])]
        paths = [charts.save(f, tmp_path / f"f{i}.png") for i, f in enumerate(figs)]
    assert all(p.stat().st_size > 10_000 for p in paths)
    labels = [lbl.get_text() for lbl in figs[2].axes[0].get_yticklabels()]
    assert "Amazon  (अमेज़न)" in labels


def test_charts_human_amount() -> None:
    assert charts.human_amount(1.5e9, "USD") == "USD 1.5 billion"
    assert charts.human_amount(5e8, "USD") == "USD 500 million"
