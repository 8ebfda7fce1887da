"""Write the notebooks' sources (cells without outputs); `make execute` then runs them in place.

The notebooks are the story; keeping their cells here lets a maintainer change a cell and
regenerate every notebook consistently. Run: `.venv/bin/python scripts/build_notebooks.py`.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
KERNEL = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def setup(code: str) -> nbformat.NotebookNode:
    cell = new_code_cell(code.strip())
    cell.metadata["tags"] = ["parameters"]
    return cell


def md(s: str) -> nbformat.NotebookNode:
    return new_markdown_cell(s.strip())


def code(s: str, *, tags: list[str] | None = None) -> nbformat.NotebookNode:
    cell = new_code_cell(s.strip())
    if tags:
        cell.metadata["tags"] = tags
    return cell


def nbval_ignore(cell: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A cell whose output varies (timings): nbval runs it but does not compare its output."""
    cell.metadata["tags"] = ["nbval-ignore-output"]
    return cell


COMMON = '''
import pandas as pd

from utils import {mods}, paths

SEED = 7
RAW_DIR = str(paths.RAW)
PROCESSED_DIR = str(paths.PROCESSED)
SEED_DOC = "anthropic_amazon_partnership_hi"
PROGRESS = False  # a progress bar over the articles; `make run` turns it on (bars carry timings, nbval compares)
pd.set_option("display.max_colwidth", 70)
pd.set_option("display.float_format", lambda x: f"{{x:,.0f}}" if abs(x) >= 1e3 else f"{{x:.3f}}")
'''

NB01 = [
    md("""
# 01 · Parse the articles

**Question:** once the raw articles are normalised, what are their sentences, their language,
the money amounts they state, and the bilingual glosses they give?

**Inputs:** `data/raw/*.txt` (immutable). **Outputs:** `data/processed/documents.parquet`,
`sentences.parquet`, `amounts.parquet`, `glosses.parquet`.
"""),
    setup(COMMON.format(mods="extract, money, progress, text")),
    md("## The corpus\nEvery article in `RAW_DIR`, with its detected language and size. Nothing is skipped: a file that cannot be read would show with its error."),
    code('''
records = progress.extract_all([RAW_DIR], enabled=PROGRESS)
tables = extract.tables(records)
docs = tables["documents"]
docs[["doc_id", "lang", "n_sentences", "n_amounts", "status"]]
'''),
    code('''
assert (docs["status"] == "ok").all()
assert SEED_DOC in set(docs["doc_id"])
docs["lang"].value_counts().sort_index()
'''),
    md("""
## Normalisation keeps a map back to the raw text

Normalisation composes to NFC, drops zero-width joiners, maps odd spaces and Devanagari
digits one to one. Offsets found in the normalised copy map back, so the contract's
`text[start:end]` is always the raw text.
"""),
    code('''
raw = "अमेज\\u093cन ने \\u200d४ अरब डॉलर का निवेश किया"
norm = text.normalise(raw)
start = norm.text.index("4")
print(norm.text)
print(norm.to_raw(start, start + len("4 अरब डॉलर")), repr(raw[slice(*norm.to_raw(start, start + 10))]))
assert raw[slice(*norm.to_raw(start, start + 10))] == "४ अरब डॉलर"
'''),
    md("## Sentences of the seed article\n`।`, `.`, `?`, line breaks and datelines end a sentence; `Inc.` or `1.5` do not."),
    code('''
seed_raw = (paths.RAW / f"{SEED_DOC}.txt").read_text(encoding="utf-8")
sents = tables["sentences"].query("doc_id == @SEED_DOC").copy()
sents["text"] = [seed_raw[s:e] for s, e in zip(sents["start"], sents["end"])]
print(len(sents), "sentences")
sents.head(8)[["sentence", "start", "end", "text"]]
'''),
    md("## Money amounts\nValues are in the stated currency; `qualifier` is `approx`, `up_to` or `at_least`; a range keeps its lower bound in `low`."),
    code('''
amounts = tables["amounts"]
amounts.query("doc_id == @SEED_DOC")[["text", "value", "currency", "qualifier", "low"]]
'''),
    code('''
seed_values = sorted(amounts.query("doc_id == @SEED_DOC")["value"])
assert seed_values == [5e8, 1.5e9, 6.6e9, 1.57e11]
[(a.text, a.value, a.currency) for a in money.find_amounts("₹2 लाख करोड़ और साढ़े तीन अरब डॉलर")]
'''),
    md("## Bilingual glosses\nA parenthesis after a Hindi phrase often gives its English form: the article hands us aliases."),
    code('''
glosses = pd.DataFrame(
    [{"doc_id": r["doc_id"], "native": g.native, "latin": g.latin}
     for r in records for g in text.harvest_glosses(
        (paths.RAW / f"{r['doc_id']}.txt").read_text(encoding="utf-8"))])
glosses.query("doc_id == @SEED_DOC")[["native", "latin"]]
'''),
    code('''
pairs = set(zip(glosses["native"], glosses["latin"]))
assert {("अमेज़न वेब सर्विसेज", "AWS"), ("वितरक", "distributor"), ("एमोडी", "Amodei")} <= pairs
'''),
    md("## Save the tables"),
    code('''
out = paths.PROCESSED
out.mkdir(parents=True, exist_ok=True)
for name in ("documents", "sentences", "amounts"):
    tables[name].to_parquet(out / f"{name}.parquet", index=False, compression="zstd")
glosses.to_parquet(out / "glosses.parquet", index=False, compression="zstd")
sorted(p.name for p in out.glob("*.parquet") if p.stem in {"documents", "sentences", "amounts", "glosses"})
'''),
]

NB02 = [
    md("""
# 02 · Tag the entities

**Question:** which organisations, people and products does each article name, and under
which canonical English name, whatever the script or spelling?

**Inputs:** `data/raw/*.txt`, `data/gazetteer/entities.csv`, `data/cues/entities.json`.
**Outputs:** `data/processed/entities.parquet`.
"""),
    setup(COMMON.format(mods="entities, extract, progress")),
    md("## The gazetteer\nOne row per entity, aliases in Latin and Devanagari; spelling variants are generated, not listed."),
    code('''
gaz = pd.read_csv(paths.GAZETTEER)
print(len(gaz), "entities")
gaz.groupby(["label", "kind"]).size().rename("entities").reset_index()
'''),
    code('''
sorted(entities.devanagari_variants("अमेज़न") | entities.devanagari_variants("एंथ्रोपिक"))
'''),
    md("## Tag every article\nThe matcher is an Aho-Corasick automaton over all variants, kept only at word boundaries judged by Unicode category (a vowel sign glued after `गूगल` means the word goes on)."),
    code('''
records = progress.extract_all([RAW_DIR], enabled=PROGRESS)
ents = extract.tables(records)["entities"]
ents = ents[ents["label"] != "MONEY"]
ents.groupby("label").size().rename("mentions")
'''),
    md("## The seed article: one canonical name per entity, across scripts"),
    code('''
seed = ents.query("doc_id == @SEED_DOC")
by_name = (seed.groupby(["canonical", "label"])["text"]
           .agg(mentions="size", forms=lambda s: " · ".join(sorted(set(s)))).reset_index())
by_name
'''),
    code('''
expected = {"Amazon", "Anthropic", "Microsoft", "Alphabet", "Google", "OpenAI", "NVIDIA", "Annapurna Labs",
            "Amazon Web Services", "Dario Amodei", "Daniela Amodei", "ChatGPT", "Claude", "Olympus",
            "Trainium", "Inferentia", "Google Cloud"}
assert set(by_name["canonical"]) == expected
assert not set(seed["text"]) & {"AI", "कंपनी"}
'''),
    md("## Names the gazetteer does not spell that way\nUnknown spellings are linked by fuzzy matching; names with no English form are transliterated."),
    code('''
matcher = entities.default_matcher()
links = {name: matcher.link(name) for name in ["माइक्रोसाफ़्ट", "एन्थ्रोपिक", "अमेजन", "Anthropic PBC"]}
links
'''),
    code('''
assert links["माइक्रोसाफ़्ट"] == "Microsoft" and links["अमेजन"] == "Amazon"
entities.transliterate("नवयान")
'''),
    md("## Save"),
    code('''
paths.PROCESSED.mkdir(parents=True, exist_ok=True)
extract.tables(records)["entities"].to_parquet(paths.PROCESSED / "entities.parquet", index=False, compression="zstd")
len(pd.read_parquet(paths.PROCESSED / "entities.parquet"))
'''),
]

NB03 = [
    md("""
# 03 · Extract the deals

**Question:** who invested in whom, how much, how sure is it (completed, committed, talks,
reported, denied), at which valuation, and which other ties do the articles state?

**Inputs:** `data/raw/*.txt`, `data/cues/deals.json`, `data/gold/*.json`.
**Outputs:** `data/processed/deals.parquet`, `data/processed/relations.parquet`.
"""),
    setup(COMMON.format(mods="evaluate, explore, extract, highlight, progress").replace(
        "import pandas as pd\n", "from pathlib import Path\n\nimport pandas as pd\nfrom IPython.display import HTML\n")
        + 'ENTITY = "Anthropic"  # the entity the explorer shows first\n'),
    md("## Deals of every article"),
    code('''
records = progress.extract_all([RAW_DIR], enabled=PROGRESS)
tables = extract.tables(records)
deals = tables["deals"]
deals[["doc_id", "investors", "investee", "amount", "currency", "status", "valuation"]].head(20)
'''),
    md("## The seed article\nAmazon's stake in Anthropic is stated without an amount: it stays `NaN`, never guessed. Alphabet's $1.5 billion is only promised (`वादा`)."),
    code('''
seed_deals = deals.query("doc_id == @SEED_DOC")
seed_deals[["investors", "investee", "amount", "status", "valuation", "evidence"]]
'''),
    code('''
got = {(d.investors, d.investee, None if pd.isna(d.amount) else d.amount, d.status)
       for d in seed_deals.itertuples()}
assert got == {("Amazon", "Anthropic", None, "completed"), ("Alphabet", "Anthropic", 5e8, "completed"),
               ("Alphabet", "Anthropic", 1.5e9, "committed"), ("", "OpenAI", 6.6e9, "completed")}
'''),
    md("""
## The seed article, highlighted

Organisations, people, products and amounts marked by label (spaCy's `displacy` in manual mode:
our spans, no model; the text is escaped), each with its canonical name; the deals beside it.
The report (`make run` → `reports/index.html`) has such a page for every article.
"""),
    code('''
seed_record = next(r for r in records if r["doc_id"] == SEED_DOC)
seed_text = (Path(RAW_DIR) / f"{SEED_DOC}.txt").read_text(encoding="utf-8")
view = highlight.render_record(seed_record, seed_text, title="Amazon's bet on Anthropic (seed article)")
assert view.count('<mark class="entity') == len(seed_record["entities"]) and "<script" not in view
HTML(view)
'''),
    md("## Relations"),
    code('''
rel = tables["relations"]
rel.query("doc_id == @SEED_DOC")[["head", "type", "tail", "sentence"]]
'''),
    md("""
## Explore an entity

In JupyterLab, pick an entity to see its deals over all articles and its network neighbourhood.
The widget's output is not compared by nbval; the cell after it prints the same view for
`ENTITY`, so the committed notebook shows it too.
"""),
    code('''
explore.picker(deals, rel, value=ENTITY)
''', tags=["nbval-ignore-output"]),
    code('''
explore.show(deals, rel, ENTITY)
assert {"Amazon", "Alphabet", "Claude"} <= set(explore.neighbours(rel, ENTITY)["other"])
'''),
    md("## Against the hand annotation\nPrecision and recall of the seed article against `data/gold/` (entities by canonical name and label, amounts by value and currency, deals by investee and amount)."),
    code('''
gold = evaluate.load_gold()
scores, errors, confusion = evaluate.evaluate([r for r in records if r["doc_id"] == SEED_DOC], gold)
scores
'''),
    code('''
assert scores.loc["entity (all)", "f1"] >= 0.9 and scores.loc["amount", "f1"] == 1.0
assert scores.loc["deal", "f1"] == 1.0
errors
'''),
    md("## Save"),
    code('''
for name in ("deals", "relations"):
    tables[name].to_parquet(paths.PROCESSED / f"{name}.parquet", index=False, compression="zstd")
{name: len(tables[name]) for name in ("deals", "relations")}
'''),
]

NB04 = [
    md("""
# 04 · Chart the deals

**Question:** at a glance, which deals are largest and how sure are they, who is tied to
whom, and which names the coverage talks about most?

**Inputs:** `data/processed/deals.parquet`, `relations.parquet`, `entities.parquet` (from notebooks 02–03).
**Outputs:** `reports/figures/deal_amounts.png`, `network.png`, `mentions.png`.
"""),
    setup('''
from pathlib import Path

import pandas as pd

from utils import charts, paths

SEED = 7
PROCESSED_DIR = str(paths.PROCESSED)
FIGURES_DIR = str(paths.FIGURES)
SEED_DOC = "anthropic_amazon_partnership_hi"
FAMILIES = charts.setup_fonts()
pd.set_option("display.float_format", lambda x: f"{x:,.0f}" if abs(x) >= 1e3 else f"{x:.3f}")
'''),
    code('''
deals = pd.read_parquet(f"{PROCESSED_DIR}/deals.parquet")
relations = pd.read_parquet(f"{PROCESSED_DIR}/relations.parquet")
entities = pd.read_parquet(f"{PROCESSED_DIR}/entities.parquet")
FAMILIES, len(deals), len(relations), len(entities)
'''),
    md("## Deal amounts\nLog scale, coloured by status; valuations are set apart on the right, and deals whose amount the text does not state are listed under the chart."),
    code('''
fig = charts.deal_amounts(deals.query("doc_id == @SEED_DOC"), title="Deals in the seed article")
charts.save(fig, Path(FIGURES_DIR) / "deal_amounts.png").name
'''),
    md("## The partnership network\nNodes by label, edges by relation type; the layout is seeded so the picture is the same each run."),
    code('''
fig = charts.network(relations.query("doc_id == @SEED_DOC"), entities.query("doc_id == @SEED_DOC"), seed=SEED)
charts.save(fig, Path(FIGURES_DIR) / "network.png").name
'''),
    md("## Entity mentions\nEach canonical name with the Devanagari form the article used most."),
    code('''
fig = charts.mentions(entities.query("doc_id == @SEED_DOC"), title="Entity mentions in the seed article")
charts.save(fig, Path(FIGURES_DIR) / "mentions.png").name
'''),
    md("## Every glyph has a font\nNo Devanagari character falls back to an empty box."),
    code('''
missing = charts.missing_glyphs(list(entities["text"]) + list(deals["investee"].dropna()))
pngs = sorted(p.name for p in Path(FIGURES_DIR).glob("*.png"))
assert missing == [] and {"deal_amounts.png", "network.png", "mentions.png"} <= set(pngs)
pngs
'''),
]

NB05 = [
    md("""
# 05 · Evaluate the extraction

**Question:** how well does sauda read the whole development set: precision, recall and F1
per label for entities, amounts and deals, status confusion, and every single error?

**Inputs:** `data/raw/*.txt`, `data/gold/*.json`, `data/holdout/{raw,gold}/`.
**Outputs:** `data/processed/scores.csv`, `errors.csv`, `scores_holdout.csv`, `errors_holdout.csv`.
"""),
    setup(COMMON.format(mods="evaluate, progress") + '''
HOLDOUT_RAW_DIR = str(paths.HOLDOUT_RAW)
HOLDOUT_GOLD_DIR = str(paths.HOLDOUT_GOLD)
'''),
    code('''
gold = evaluate.load_gold()
records = [r for r in progress.extract_all([RAW_DIR], enabled=PROGRESS) if r["doc_id"] in gold]
scores, errors, confusion = evaluate.evaluate(records, gold)
print(len(records), "annotated articles;", sum(len(g["deals"]) for g in gold.values()), "gold deals")
scores
'''),
    md("## Status of matched deals\nRows are the annotation, columns the prediction."),
    code('''
print("status accuracy:", evaluate.status_accuracy(confusion))
confusion
'''),
    md("## Per language"),
    code('''
by_lang = {}
for lang in sorted({g["lang"] for g in gold.values()}):
    s, _, _ = evaluate.evaluate([r for r in records if gold[r["doc_id"]]["lang"] == lang], gold)
    by_lang[lang] = s["f1"]
pd.DataFrame(by_lang)
'''),
    md("## Every error\nA reader sees where it fails: false positives, misses, wrong investors and wrong statuses."),
    code('''
errors.groupby(["kind", "error"]).size().rename("n").reset_index()
'''),
    code('''
pd.set_option("display.max_rows", 400)
errors
'''),
    code('''
paths.PROCESSED.mkdir(parents=True, exist_ok=True)
scores.to_csv(paths.PROCESSED / "scores.csv")
errors.to_csv(paths.PROCESSED / "errors.csv", index=False)
assert scores.loc["amount", "f1"] > 0.5 and scores.loc["entity (all)", "f1"] > 0.5
'''),
    md("""
## The held-out set

The development set above is where the rules and the gazetteer were tuned, so its scores
flatter the pipeline. `data/holdout/` holds articles written and annotated *after* the rules
were frozen, by an annotator who never saw the code, the gazetteer or the cue lists: they
estimate how sauda reads articles it has never seen.
"""),
    code('''
held_gold = evaluate.load_gold(HOLDOUT_GOLD_DIR)
held = [r for r in progress.extract_all([HOLDOUT_RAW_DIR], enabled=PROGRESS) if r["doc_id"] in held_gold]
held_scores, held_errors, held_conf = evaluate.evaluate(held, held_gold)
print(len(held), "held-out articles; status accuracy", evaluate.status_accuracy(held_conf))
held_scores
'''),
    code('''
held_errors.groupby(["kind", "error"]).size().rename("n").reset_index()
'''),
    code('''
held_scores.to_csv(paths.PROCESSED / "scores_holdout.csv")
held_errors.to_csv(paths.PROCESSED / "errors_holdout.csv", index=False)
assert len(held) == len(held_gold) and held_scores.loc["amount", "f1"] > 0.5
'''),
]

NB06 = [
    md("""
# 06 · Scale out

**Question:** how does sauda read a whole corpus: in bounded memory, chunk by chunk into Parquet
tables, on one process or on a Dask cluster with the same result, and where does its time go?

**Inputs:** a synthetic corpus made from `data/raw/*.txt` and `data/templates/synthetic.json`
(written to `data/synthetic/`). **Outputs:** Parquet tables in `data/processed/corpus/single/`
and `data/processed/corpus/dask/`.
"""),
    setup('''
import pandas as pd

from utils import corpus, paths, synthetic

SEED = 7
CORPUS_MB = 0.5
CHUNK_SIZE = 25
WORKERS = 2
CORPUS_PATH = str(paths.DATA / "synthetic" / "scale_out.jsonl")
OUT_DIR = str(paths.PROCESSED / "corpus")
pd.set_option("display.float_format", lambda x: f"{x:.3f}")
'''),
    md("## A synthetic corpus\nDocuments of a few KB mixing runs of sentences from the development articles with deal sentences from templates; the same seed gives the same bytes (`make bench` uses the same generator at 10 and 100 MB)."),
    code('''
stats = synthetic.write_corpus(CORPUS_PATH, megabytes=CORPUS_MB, seed=SEED)
print(stats.documents, "documents,", stats.text_bytes, "bytes of UTF-8 text")
assert stats.text_bytes >= CORPUS_MB * 1e6
'''),
    md("## One process\n`corpus.run` is what `python -m utils.extract --out DIR CORPUS` calls: chunks of `CHUNK_SIZE` documents, one Parquet part file per table and chunk, each written under a temporary name and renamed, then a marker so that `--resume` can skip finished chunks."),
    nbval_ignore(code('''
single = corpus.run([CORPUS_PATH], out=f"{OUT_DIR}/single", chunk_size=CHUNK_SIZE, progress=False)
single
''')),
    code('''
sizes = {name: len(corpus.read_table(f"{OUT_DIR}/single", name)) for name in corpus.TABLES}
docs = corpus.read_table(f"{OUT_DIR}/single", "documents")
assert sizes["documents"] == stats.documents and (docs["status"] == "ok").all()
sizes
'''),
    code('''
corpus.read_table(f"{OUT_DIR}/single", "deals")[["doc_id", "investors", "investee", "amount", "currency", "status"]].head(8)
'''),
    md("## On Dask\nThe same per-chunk function runs on a `LocalCluster` of `WORKERS` processes (one thread each); at most a few chunks are in flight and results are written back in chunk order. `--scheduler tcp://host:8786` sends the same work to an existing cluster."),
    nbval_ignore(code('''
on_dask = corpus.run([CORPUS_PATH], out=f"{OUT_DIR}/dask", chunk_size=CHUNK_SIZE, progress=False, workers=WORKERS)
on_dask
''')),
    md("The tables are byte for byte the same as the single-process run's:"),
    code('''
same = corpus.tables_digest(f"{OUT_DIR}/single") == corpus.tables_digest(f"{OUT_DIR}/dask")
assert same and on_dask.documents == single.documents == stats.documents
same
'''),
    md("## Throughput\nOn a corpus this small the cluster's start-up (a few seconds) dominates; `make bench` measures 10 and 100 MB, where two workers pay off."),
    nbval_ignore(code('''
runs = {"one process": single, f"Dask, {WORKERS} workers": on_dask}
pd.DataFrame({name: {"seconds": r.seconds, "MB/s": stats.text_bytes / 1e6 / r.seconds,
                     "docs/s": r.documents / r.seconds} for name, r in runs.items()}).T
''')),
    md("## Where the time goes\nSeconds per stage over the first 100 documents, one process. Entity tagging, money matching and the deal and relation rules share most of it; normalisation is cheap because clean NFC text takes a fast path."),
    nbval_ignore(code('''
texts = [d["text"] for d in synthetic.documents(seed=SEED, n_docs=100)]
spent = pd.Series(corpus.stage_seconds(texts), name="seconds").sort_values(ascending=False)
pd.DataFrame({"seconds": spent, "share": spent / spent.sum()})
''')),
    code('''
assert set(spent.index) == {"normalise", "sentences", "entities", "amounts", "deals", "relations", "language", "record"}
sorted(spent.index)
'''),
]


def main() -> None:
    books = {"01_parse_articles": NB01, "02_tag_entities": NB02, "03_extract_deals": NB03,
             "04_chart_deals": NB04, "05_evaluate_extraction": NB05, "06_scale_out": NB06}
    for name, cells in books.items():
        for i, cell in enumerate(cells):
            cell.id = f"{name[:2]}-{i:02d}"  # stable ids: regenerating does not churn every cell
        nb = new_notebook(cells=cells, metadata={"kernelspec": KERNEL, "language_info": {"name": "python"}})
        nbformat.write(nb, ROOT / "notebooks" / f"{name}.ipynb")
        print("wrote", name)


if __name__ == "__main__":
    main()
