"""Corpus mode: Parquet tables per chunk, resumable, identical on one process and on Dask."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from utils import corpus, extract, paths, synthetic

SEED_FILE = paths.RAW / "anthropic_amazon_partnership_hi.txt"


def tree_bytes(out: Path) -> dict[str, bytes]:
    """Every table part file of a run, by relative path."""
    return {str(p.relative_to(out)): p.read_bytes() for name in corpus.TABLES for p in sorted((out / name).glob("*"))}


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "synthetic.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for doc in synthetic.documents(seed=3, n_docs=48, min_bytes=600, max_bytes=1500):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reference")
    corpus.run([small_corpus], out=out, chunk_size=8, progress=False)
    return out


def test_corpus_tables_hold_the_contract_records(tmp_path: Path) -> None:
    corpus.run([SEED_FILE, paths.RAW / "en_02_databricks.txt"], out=tmp_path, chunk_size=1, progress=False)
    recs = [extract.process(d, p) for d, p in extract.iter_inputs([str(SEED_FILE), str(paths.RAW / "en_02_databricks.txt")])]
    docs = corpus.read_table(tmp_path, "documents")
    assert list(docs["doc_id"]) == [r["doc_id"] for r in recs] and set(docs["status"]) == {"ok"}
    ents = corpus.read_table(tmp_path, "entities")
    assert list(ents["text"]) == [e["text"] for r in recs for e in r["entities"]]
    deals = corpus.read_table(tmp_path, "deals")
    assert [list(x) for x in deals["investors"]] == [d["investors"] for r in recs for d in r["deals"]]
    assert len(corpus.read_table(tmp_path, "relations")) == sum(len(r["relations"]) for r in recs)


def test_corpus_same_run_twice_is_byte_identical(small_corpus: Path, reference: Path, tmp_path: Path) -> None:
    corpus.run([small_corpus], out=tmp_path, chunk_size=8, progress=False)
    again = tree_bytes(tmp_path)
    assert again == tree_bytes(reference) and len(again) == 6 * 6


def test_corpus_resume_after_interruption_duplicates_nothing(small_corpus: Path, reference: Path, tmp_path: Path) -> None:
    first = corpus.run([small_corpus], out=tmp_path, chunk_size=8, progress=False, stop_after=2)
    assert first.chunks == 2 and len(corpus.read_table(tmp_path, "documents")) == 16
    # a crash while chunk 2 was being written: one table's part file and a temp file, no marker
    (tmp_path / "entities" / corpus.part_name(2)).write_bytes((reference / "entities" / corpus.part_name(0)).read_bytes())
    (tmp_path / "deals" / ".part-000002.parquet.tmp-1").write_bytes(b"half")
    second = corpus.run([small_corpus], out=tmp_path, chunk_size=8, progress=False, resume=True)
    assert (second.chunks, second.skipped_chunks, second.documents) == (4, 2, 48)
    assert tree_bytes(tmp_path) == tree_bytes(reference)
    docs = corpus.read_table(tmp_path, "documents")
    assert docs["doc_id"].is_unique and len(docs) == 48


def test_corpus_resume_refuses_other_options(small_corpus: Path, tmp_path: Path) -> None:
    corpus.run([small_corpus], out=tmp_path, chunk_size=8, progress=False, stop_after=1)
    with pytest.raises(SystemExit, match="cannot resume"):
        corpus.run([small_corpus], out=tmp_path, chunk_size=5, progress=False, resume=True)


def test_corpus_refuses_a_foreign_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(SystemExit, match="not empty"):
        corpus.run([SEED_FILE], out=tmp_path, progress=False)
    assert (tmp_path / "notes.txt").exists()


def test_corpus_dask_tables_identical_to_single_process(small_corpus: Path, reference: Path, tmp_path: Path) -> None:
    summary = corpus.run([small_corpus], out=tmp_path, chunk_size=8, progress=False, workers=2, window=3)
    assert summary.documents == 48 and summary.failed == 0
    assert tree_bytes(tmp_path) == tree_bytes(reference)


def test_corpus_cli_bad_inputs_are_documents_and_exit_1(tmp_path: Path) -> None:
    jl = tmp_path / "news.jsonl"
    jl.write_text(json.dumps({"doc_id": "ok1", "text": "Amazon invested $4 billion in Anthropic."}) + "\n"
                  + "{not json\n" + json.dumps({"doc_id": "notext"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "utils.extract", "--out", str(out), str(jl), str(tmp_path / "nope.txt")],
                          capture_output=True, cwd=paths.ROOT, timeout=120)
    assert proc.returncode == 1 and proc.stdout == b"" and b"Traceback" not in proc.stderr
    docs = corpus.read_table(out, "documents")
    assert list(docs["doc_id"]) == ["ok1", "news:2", "notext", "nope"]
    assert list(docs["status"]) == ["ok", "error", "error", "error"]
    assert "no such file" in docs["errors"].iloc[3][0]
    assert list(corpus.read_table(out, "deals")["investee"]) == ["Anthropic"]


def test_corpus_cli_options_need_out() -> None:
    proc = subprocess.run([sys.executable, "-m", "utils.extract", "--workers", "2", str(SEED_FILE)],
                          capture_output=True, cwd=paths.ROOT, timeout=60)
    assert proc.returncode == 2 and b"need --out" in proc.stderr and proc.stdout == b""


def test_synthetic_corpus_is_reproducible(tmp_path: Path) -> None:
    a = synthetic.write_corpus(tmp_path / "a.jsonl", megabytes=0.2, seed=11)
    b = synthetic.write_corpus(tmp_path / "b.jsonl", megabytes=0.2, seed=11)
    c = synthetic.write_corpus(tmp_path / "c.jsonl", megabytes=0.2, seed=12)
    assert a.path.read_bytes() == b.path.read_bytes() != c.path.read_bytes()
    assert a.text_bytes >= 200_000 and synthetic.corpus_stats(a.path) == a
