"""utils.report: reports/index.html and the per-article pages, built into a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from utils import extract, paths, report

SEED_DOC = "anthropic_amazon_partnership_hi"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A report over the seed and one hostile article, without executed notebooks."""
    root = tmp_path_factory.mktemp("report")
    raw, processed, reports = root / "raw", root / "processed", root / "reports"
    raw.mkdir()
    shutil.copy(paths.RAW / f"{SEED_DOC}.txt", raw)
    (raw / "evil.txt").write_text('<script>alert("x")</script> ओपनAI ने $6.6 बिलियन जुटाए।', encoding="utf-8")
    (reports / "figures").mkdir(parents=True)
    (reports / "figures" / "deal_amounts.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    t = extract.tables(extract.extract_all([raw]))
    processed.mkdir()
    for name in ("documents", "entities", "deals", "relations"):
        t[name].to_parquet(processed / f"{name}.parquet", index=False)
    report.build(raw=raw, processed=processed, reports=reports, show_progress=False)
    return reports


def test_report_index_links_articles_charts_and_deals(built: Path) -> None:
    index = (built / "index.html").read_text(encoding="utf-8")
    assert f'href="articles/{SEED_DOC}.html"' in index and 'src="figures/deal_amounts.png"' in index
    assert "USD 1.5 billion" in index and "The seed article at a glance" in index
    assert 'href="assets/sauda.css"' in index


def test_report_escapes_article_text(built: Path) -> None:
    page = (built / "articles" / "evil.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "USD 6.6 billion" in page


def test_report_article_page_highlights_every_entity(built: Path) -> None:
    page = (built / "articles" / f"{SEED_DOC}.html").read_text(encoding="utf-8")
    assert page.count('<mark class="entity') == 65 and "अमेज़न" in page and 'href="../index.html"' in page


def test_report_ships_its_devanagari_font(built: Path) -> None:
    css = (built / "assets" / "sauda.css").read_text(encoding="utf-8")
    assert "@font-face" in css and report.FONT_FILE in css
    assert (built / "assets" / report.FONT_FILE).stat().st_size > 100_000


def test_report_skips_text_of_a_changed_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("नया पाठ", encoding="utf-8")
    text, why = report.read_article(tmp_path, "a", "0" * 64)
    assert text is None and "changed" in why
    assert report.read_article(tmp_path, "missing", "")[0] is None


def test_report_converts_an_executed_notebook(tmp_path: Path) -> None:
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    nb = new_notebook(cells=[new_markdown_cell("# 01 · T\n\n**Question:** why?\n\n**Inputs:** x"),
                             new_code_cell("1", execution_count=1,
                                           outputs=[new_output("execute_result", {"text/plain": "1"}, execution_count=1)])])
    src = tmp_path / "01_t_x.ipynb"
    nbformat.write(nb, src)
    out = report.notebook_to_html(src, tmp_path / "notebooks" / "01_t_x.html")
    assert "assets/sauda.css" in out.read_text(encoding="utf-8")
    assert report.notebook_summary(src) == ("01 · T", "why?")
