"""The report: ``reports/index.html``, a static page a colleague opens without Python.

It links the executed notebooks converted to HTML (nbconvert), shows the deals table and the
charts, and gives every article a page with its entities and amounts highlighted
(``reports/articles/<doc_id>.html``). Everything comes from what the main job wrote:
``data/processed/*.parquet``, ``reports/figures/*.png``, ``reports/NN_*.ipynb``, and the raw
articles. Article text is escaped (displacy); table cells are escaped here.
Run: ``python -m utils.report`` (``make report``; ``make run`` calls it last).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import shutil
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

import pandas as pd

from utils import charts, highlight, paths, progress

FONT_FILE = "NotoSansDevanagari.ttf"
CAPTIONS = {
    "deal_amounts.png": "Deals in the seed article by amount (log scale), coloured by status; valuations set apart.",
    "network.png": "Who is tied to whom in the seed article: nodes by label, edges by relation type.",
    "mentions.png": "Entity mentions in the seed article, English name with the Devanagari form used.",
}
CSS = """@font-face {
  font-family: "Noto Sans Devanagari";
  src: local("Noto Sans Devanagari"), url("%(font)s") format("truetype");
  font-weight: 100 900;
  unicode-range: U+0900-097F, U+1CD0-1CFF, U+200C-200D, U+20B9, U+25CC, U+A8E0-A8FF;
}
:root {
  --sauda-font: "Noto Sans Devanagari", system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  --jp-ui-font-family: var(--sauda-font);
  --jp-content-font-family: var(--sauda-font);
  --jp-code-font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace, "Noto Sans Devanagari";
}
body.sauda { font-family: var(--sauda-font); color: #222; line-height: 1.5; max-width: 78em;
  margin: 1.5em auto; padding: 0 1.5em; }
body.sauda h1 { margin-bottom: 0.2em; }
body.sauda .lead { color: #444; margin-top: 0; }
body.sauda table { border-collapse: collapse; font-size: 0.9em; margin: 0.5em 0 1.5em; }
body.sauda th, body.sauda td { border-bottom: 1px solid #ddd; padding: 0.3em 0.6em; text-align: left;
  vertical-align: top; }
body.sauda th { background: #f3f3f3; }
body.sauda figure { margin: 1em 0 2em; }
body.sauda figure img { max-width: 100%%; border: 1px solid #eee; }
body.sauda figcaption { color: #555; font-size: 0.9em; }
body.sauda nav a { margin-right: 1em; }
body.sauda .note { color: #555; font-size: 0.85em; }
"""


def esc(value: Any) -> str:
    """A table cell as escaped text (missing values are empty)."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def table(df: pd.DataFrame, *, links: dict[str, Callable[[Any], str]] | None = None) -> str:
    """An HTML table whose cells are escaped; ``links`` maps a column to the href of its cells."""
    links = links or {}
    head = "".join(f"<th>{esc(c)}</th>" for c in df.columns)
    rows = []
    for rec in df.itertuples(index=False):
        cells = []
        for col, val in zip(df.columns, rec):
            text = esc(val)
            cells.append(f'<td><a href="{html.escape(links[col](val))}">{text}</a></td>' if col in links and text
                         else f"<td>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def page(title: str, body: str, *, root: str = "") -> str:
    """A whole HTML page with the report's stylesheet (``root`` is the way back to ``reports/``)."""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{html.escape(title)}</title>\n'
            f'<link rel="stylesheet" href="{root}assets/sauda.css">\n</head>\n<body class="sauda">\n{body}\n</body>\n</html>\n')


def write_assets(reports: Path) -> Path:
    """The stylesheet and the Devanagari font beside it (``reports/assets/``), so the page needs no system font."""
    assets = reports / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(charts.font_path(), assets / FONT_FILE)
    (assets / "sauda.css").write_text(CSS % {"font": FONT_FILE}, encoding="utf-8")
    return assets


def notebook_summary(ipynb: Path) -> tuple[str, str]:
    """The title and the question of a notebook (its first cell)."""
    nb = json.loads(ipynb.read_text(encoding="utf-8"))
    lines = "".join(nb["cells"][0]["source"]).splitlines() if nb["cells"] else []
    title = next((ln[2:].strip() for ln in lines if ln.startswith("# ")), ipynb.stem)
    text = " ".join(lines)
    question = text.split("**Question:**", 1)[1].split("**Inputs:**", 1)[0].strip() if "**Question:**" in text else ""
    return title, question


def notebook_to_html(ipynb: Path, out: Path, *, root: str = "../") -> Path:
    """An executed notebook as a static HTML page (nbconvert's lab template) that uses the report's fonts."""
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter(template_name="lab").from_filename(str(ipynb))
    link = f'<link rel="stylesheet" href="{root}assets/sauda.css">\n'
    body = body.replace("</head>", link + "</head>", 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(body, encoding="utf-8")
    return out


def read_tables(processed: Path) -> dict[str, pd.DataFrame]:
    """The main job's tables (``documents``, ``entities``, ``deals``, ``relations``), from Parquet."""
    return {name: pd.read_parquet(processed / f"{name}.parquet")
            for name in ("documents", "entities", "deals", "relations")}


def read_article(raw: Path, doc_id: str, sha256: str) -> tuple[str | None, str]:
    """The article's text, or ``None`` and why (missing file, or changed since the tables were made)."""
    from utils import extract

    path = raw / f"{doc_id}.txt"
    if not path.is_file():
        return None, f"{path.name} is not in the raw folder"
    try:
        text, _ = extract.decode(path.read_bytes())
    except extract.ReadError as exc:
        return None, str(exc)
    if sha256 and hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != sha256:
        return None, "the file changed after the tables were made: run `make run` again"
    return text, ""


def article_page(doc: Any, text: str | None, why: str, t: dict[str, pd.DataFrame]) -> str:
    """One article: highlighted text with its deals beside it, then its relations."""
    d = doc.doc_id
    ents = t["entities"][t["entities"]["doc_id"] == d]
    deals = t["deals"][t["deals"]["doc_id"] == d]
    rels = t["relations"][t["relations"]["doc_id"] == d][["head", "type", "tail", "sentence"]]
    record = {"entities": ents.to_dict("records"), "deals": deals, "lang": doc.lang}
    view = (highlight.render_record(record, text) if text is not None
            else f'<p class="note">Text not shown: {esc(why)}.</p>{highlight.deals_table(deals)}')
    meta = (f"language {esc(doc.lang)} · {int(doc.n_sentences)} sentences · {int(doc.n_entities)} entities and "
            f"amounts · {int(doc.n_deals)} deals · {int(doc.n_relations)} relations")
    errors = f'<p class="note">Errors: {esc(doc.errors)}</p>' if doc.status != "ok" else ""
    evidence = (f"<h2>Deals and the sentences that state them</h2>\n{highlight.deals_table(deals)}"
                if text is not None and len(deals) else "")
    body = (f'<nav><a href="../index.html">← report</a></nav>\n<h1>{esc(d)}</h1>\n<p class="lead">{meta}</p>{errors}\n'
            f"{view}\n{evidence}\n<h2>Relations</h2>\n{table(rels) if len(rels) else '<p>None found.</p>'}")
    return page(d, body, root="../")


def index_page(t: dict[str, pd.DataFrame], *, figures: list[str], notebooks: list[tuple[str, str, str]],
               seed: str) -> str:
    """The front page: the seed article's deals, the charts, every deal, every article, the notebooks."""
    docs, deals = t["documents"], t["deals"]
    art = lambda d: f"articles/{d}.html"  # noqa: E731
    all_deals = highlight.deals_frame(deals).drop(columns=["evidence"])
    all_deals.insert(0, "doc_id", list(deals["doc_id"]))
    seed_deals = deals[deals["doc_id"] == seed]
    arts = docs[["doc_id", "lang", "n_sentences", "n_entities", "n_deals", "n_relations", "status"]]
    figs = "".join(f'<figure><img src="figures/{html.escape(f)}" alt="{esc(CAPTIONS.get(f, f))}">'
                   f"<figcaption>{esc(CAPTIONS.get(f, f))}</figcaption></figure>" for f in figures)
    nbs = "".join(f'<li><a href="{html.escape(href)}">{esc(title)}</a> — {esc(q)}</li>' for href, title, q in notebooks)
    seed_part = (f'<h2>The seed article at a glance</h2>\n<p><a href="{art(seed)}">{esc(seed)}</a>, highlighted '
                 f"— {len(seed_deals)} deals:</p>\n{highlight.deals_table(seed_deals)}" if seed in set(docs["doc_id"]) else "")
    body = f"""<h1>sauda · सौदा — AI deals in Hindi and English news</h1>
<p class="lead">{len(docs)} articles, {len(deals)} deals, {len(t["relations"])} relations, extracted by rules
(no model) from <code>data/raw/</code>. Each article has a page with its organisations, people, products and
amounts highlighted and its deals beside it.</p>
<nav><a href="#charts">charts</a><a href="#deals">all deals</a><a href="#articles">articles</a>
<a href="#notebooks">notebooks</a></nav>
{seed_part}
<h2 id="charts">Charts</h2>\n{figs or '<p>No figure yet: run <code>make run</code>.</p>'}
<h2 id="deals">All deals</h2>
<p class="note">Amounts in the currency the article states; “not stated” means the article gives no figure (never
guessed). Status: completed, committed, talks, reported or denied.</p>
{table(all_deals, links={"doc_id": art})}
<h2 id="articles">Articles</h2>\n{table(arts, links={"doc_id": art})}
<h2 id="notebooks">Notebooks, as executed by the main job</h2>\n<ul>{nbs or '<li>None converted yet.</li>'}</ul>
<p class="note">Made by <code>make run</code>: papermill runs the notebooks, nbconvert turns them into HTML,
<code>python -m utils.report</code> writes this page. Source: the articles in <code>data/raw/</code>.</p>"""
    return page("sauda report", body)


def build(*, raw: Path = paths.RAW, processed: Path = paths.PROCESSED, reports: Path = paths.REPORTS,
          seed: str = "anthropic_amazon_partnership_hi", show_progress: bool = True) -> Path:
    """Write ``reports/index.html``, ``reports/articles/*.html``, ``reports/notebooks/*.html``; return the index."""
    t = read_tables(processed)
    write_assets(reports)
    executed = sorted(reports.glob("[0-9][0-9]_*.ipynb"))
    notebooks = []
    for ipynb in progress.track(executed, enabled=show_progress, desc="notebooks → HTML"):
        notebook_to_html(ipynb, reports / "notebooks" / f"{ipynb.stem}.html")
        notebooks.append((f"notebooks/{ipynb.stem}.html", *notebook_summary(ipynb)))
    (reports / "articles").mkdir(parents=True, exist_ok=True)
    docs = list(t["documents"].itertuples(index=False))
    for doc in progress.track(docs, enabled=show_progress, desc="article pages"):
        text, why = read_article(raw, doc.doc_id, doc.text_sha256 or "")
        (reports / "articles" / f"{doc.doc_id}.html").write_text(article_page(doc, text, why, t), encoding="utf-8")
    figures = sorted(p.name for p in (reports / "figures").glob("*.png"))
    index = reports / "index.html"
    index.write_text(index_page(t, figures=figures, notebooks=notebooks, seed=seed), encoding="utf-8")
    return index


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build the report and print where it is."""
    ap = argparse.ArgumentParser(prog="python -m utils.report", description="Write reports/index.html.")
    ap.add_argument("--raw", type=Path, default=paths.RAW, help="the articles the tables were made from")
    ap.add_argument("--processed", type=Path, default=paths.PROCESSED, help="the main job's tables")
    ap.add_argument("--reports", type=Path, default=paths.REPORTS, help="where executed notebooks and figures are")
    ap.add_argument("--no-progress", action="store_true", help="no progress bars on stderr")
    args = ap.parse_args(argv)
    index = build(raw=args.raw, processed=args.processed, reports=args.reports, show_progress=not args.no_progress)
    print(f"report: {index}  (open it in a browser)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
