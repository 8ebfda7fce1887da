"""Corpus mode: ``python -m utils.extract --out DIR CORPUS...`` streams documents into Parquet.

Inputs are ``.txt`` files, folders of them, and JSON Lines files (``.jsonl``/``.ndjson``, one
``{"doc_id": …, "text": …}`` per line). Documents are cut into chunks of ``chunk_size`` in input
order; each chunk becomes one part file per table (``DIR/<table>/part-000042.parquet``), written
to a temporary name and renamed, and then a marker ``DIR/_manifest/chunk-000042.json``. A run
that stops half way is resumed (``resume=True``) by skipping the chunks that have a marker, so
no row is written twice. Nothing is held for the whole corpus: at most ``window`` chunks are in
flight. The per-chunk function :func:`extract_chunk` is the same on one process and on Dask.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from utils import extract

FORMAT_VERSION = 1
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MANIFEST = "_manifest"

_STR = pa.string()
_INT = pa.int64()
_FLOAT = pa.float64()
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([("doc_id", _STR), ("source", _STR), ("lang", _STR), ("text_sha256", _STR),
                            ("n_sentences", _INT), ("n_entities", _INT), ("n_amounts", _INT),
                            ("n_deals", _INT), ("n_relations", _INT), ("status", _STR),
                            ("errors", pa.list_(_STR))]),
    "sentences": pa.schema([("doc_id", _STR), ("sentence", _INT), ("start", _INT), ("end", _INT)]),
    "entities": pa.schema([("doc_id", _STR), ("start", _INT), ("end", _INT), ("text", _STR),
                           ("label", _STR), ("canonical", _STR)]),
    "amounts": pa.schema([("doc_id", _STR), ("start", _INT), ("end", _INT), ("text", _STR),
                          ("value", _FLOAT), ("currency", _STR), ("qualifier", _STR), ("low", _FLOAT)]),
    "deals": pa.schema([("doc_id", _STR), ("deal", _INT), ("investors", pa.list_(_STR)), ("investee", _STR),
                        ("amount", _FLOAT), ("currency", _STR), ("status", _STR), ("valuation", _FLOAT),
                        ("valuation_currency", _STR), ("sentence", _INT), ("evidence", _STR)]),
    "relations": pa.schema([("doc_id", _STR), ("head", _STR), ("type", _STR), ("tail", _STR),
                            ("sentence", _INT)]),
}
TABLES: tuple[str, ...] = tuple(SCHEMAS)


@dataclass(frozen=True, slots=True)
class Doc:
    """One input document as the client hands it out: bytes or text, or why it has neither."""

    doc_id: str
    source: str
    data: bytes | str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a corpus run did: documents and chunks written or skipped, failures, seconds."""

    documents: int
    failed: int
    chunks: int
    skipped_chunks: int
    seconds: float


# -- reading the inputs ------------------------------------------------------------------

def _jsonl_docs(path: Path) -> Iterator[Doc | tuple[str, str, Path]]:
    stem = path.name.rsplit(".", 1)[0]
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Doc(stem, str(path), error=f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            fallback = f"{stem}:{lineno}"
            try:
                obj = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as exc:
                yield Doc(fallback, where, error=f"not a JSON Lines record: {exc}")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                doc_id = obj.get("doc_id") if isinstance(obj, dict) and isinstance(obj.get("doc_id"), str) else fallback
                yield Doc(doc_id, where, error="record without a string 'text'")
                continue
            doc_id = obj.get("doc_id")
            yield Doc(doc_id if isinstance(doc_id, str) and doc_id else fallback, where, data=obj["text"])


def iter_sources(inputs: Iterable[str | Path]) -> Iterator[Doc | tuple[str, str, Path]]:
    """Documents in input order: ``Doc`` for JSON Lines records, ``(doc_id, source, path)`` for files.

    Files are only listed here; :func:`load` reads them, so skipped chunks cost no reading.
    """
    for arg in inputs:
        p = Path(arg)
        if p.is_dir():
            for child in sorted(p.glob("*.txt"), key=lambda q: q.name):
                if child.is_file():
                    yield extract.doc_id_of(child), str(child), child
        elif p.suffix.lower() in JSONL_SUFFIXES and p.is_file():
            yield from _jsonl_docs(p)
        else:
            yield extract.doc_id_of(p), str(p), p


def load(item: Doc | tuple[str, str, Path]) -> Doc:
    """A listed input with its bytes read (or the reason it cannot be)."""
    if isinstance(item, Doc):
        return item
    doc_id, source, path = item
    try:
        if not path.exists():
            return Doc(doc_id, source, error=f"no such file: {path}")
        if not path.is_file():
            return Doc(doc_id, source, error=f"not a regular file: {path}")
        return Doc(doc_id, source, data=path.read_bytes())
    except OSError as exc:
        return Doc(doc_id, source, error=f"cannot read: {exc.strerror or exc}")


def _id_of(item: Doc | tuple[str, str, Path]) -> str:
    return item.doc_id if isinstance(item, Doc) else item[0]


def chunked(items: Iterable[Any], *, size: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


# -- one chunk: documents to tables (runs on a worker under Dask) -----------------------

def rows_of(record: dict[str, Any], *, source: str) -> dict[str, list[dict[str, Any]]]:
    """The rows one contract record adds to each table."""
    d = record["doc_id"]
    return {
        "documents": [{
            "doc_id": d, "source": source, "lang": record["lang"], "text_sha256": record["text_sha256"],
            "n_sentences": len(record["sentences"]), "n_entities": len(record["entities"]),
            "n_amounts": len(record["amounts"]), "n_deals": len(record["deals"]),
            "n_relations": len(record["relations"]), "status": "error" if extract.failed(record) else "ok",
            "errors": list(record["errors"])}],
        "sentences": [{"doc_id": d, "sentence": i, "start": s, "end": e}
                      for i, (s, e) in enumerate(record["sentences"])],
        "entities": [{"doc_id": d, **e} for e in record["entities"]],
        "amounts": [{"doc_id": d, **a} for a in record["amounts"]],
        "deals": [{"doc_id": d, "deal": i, **x} for i, x in enumerate(record["deals"])],
        "relations": [{"doc_id": d, **x} for x in record["relations"]],
    }


def extract_chunk(docs: Sequence[Doc], *, lang: str = "auto") -> dict[str, pa.Table]:
    """Every table's rows for a chunk of documents, in document order."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for doc in docs:
        if doc.error is not None or doc.data is None:
            rec = extract.error_record(doc.doc_id, doc.error or "no text")
        else:
            rec = extract.process_data(doc.doc_id, doc.data, lang=lang)
        for name, r in rows_of(rec, source=doc.source).items():
            rows[name] += r
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in TABLES}


# -- the output folder ------------------------------------------------------------------

def part_name(chunk: int) -> str:
    """``part-000042.parquet``: zero-padded, so names sort in chunk order."""
    return f"part-{chunk:06d}.parquet"


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write_chunk(out: Path, chunk: int, tables: dict[str, pa.Table], *, first: str, last: str) -> int:
    """Write a chunk's part files (temp + rename), then its marker; the number of failed documents."""
    for name in TABLES:
        folder = out / name
        path = folder / part_name(chunk)
        tmp = folder / f".{path.name}.tmp-{os.getpid()}"
        pq.write_table(tables[name], tmp, compression="zstd")
        os.replace(tmp, path)
    docs = tables["documents"]
    failed = sum(1 for s in docs.column("status").to_pylist() if s != "ok")
    marker = {"chunk": chunk, "documents": docs.num_rows, "failed": failed, "first": first, "last": last}
    _atomic_write_bytes(out / MANIFEST / f"chunk-{chunk:06d}.json", json.dumps(marker, sort_keys=True).encode())
    return failed


def _prepare(out: Path, config: dict[str, Any], *, resume: bool) -> dict[int, dict[str, Any]]:
    """Make the folders; on resume the markers of finished chunks, else a clean slate."""
    manifest = out / MANIFEST
    run_file = manifest / "run.json"
    if out.exists() and any(out.iterdir()) and not run_file.exists():
        raise SystemExit(f"{out} is not empty and holds no sauda corpus run; choose another --out")
    for name in TABLES:
        (out / name).mkdir(parents=True, exist_ok=True)
        for tmp in (out / name).glob(".part-*.tmp-*"):
            tmp.unlink()
    manifest.mkdir(parents=True, exist_ok=True)
    done: dict[int, dict[str, Any]] = {}
    if resume and run_file.exists():
        previous = json.loads(run_file.read_text(encoding="utf-8"))
        if previous != config:
            raise SystemExit(f"cannot resume: {out} was written with other inputs or options ({previous})")
        for m in manifest.glob("chunk-*.json"):
            marker = json.loads(m.read_text(encoding="utf-8"))
            done[marker["chunk"]] = marker
    else:
        for m in manifest.glob("chunk-*.json"):
            m.unlink()
        for name in TABLES:
            for part in (out / name).glob("part-*.parquet"):
                part.unlink()
    _atomic_write_bytes(run_file, json.dumps(config, sort_keys=True, ensure_ascii=False).encode())
    return done


# -- running: one process, or a Dask cluster -------------------------------------------

def _progress(*, enabled: bool | None) -> Any:
    from tqdm import tqdm

    on = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(unit="doc", file=sys.stderr, disable=not on, dynamic_ncols=True)


def _pending(chunks: Iterable[list[Any]], done: dict[int, dict[str, Any]],
             skipped: list[int]) -> Iterator[tuple[int, list[Doc]]]:
    """(chunk number, loaded documents) of the chunks still to do; checks finished ones still match."""
    for k, items in enumerate(chunks):
        if k in done:
            marker = done[k]
            if (marker["first"], marker["last"], marker["documents"]) != (_id_of(items[0]), _id_of(items[-1]), len(items)):
                raise SystemExit(f"cannot resume: chunk {k} no longer holds the same documents")
            skipped.append(k)
            continue
        yield k, [load(x) for x in items]


def run(inputs: Sequence[str | Path], *, out: str | Path, lang: str = "auto", chunk_size: int = 200,
        resume: bool = False, workers: int = 0, scheduler: str | None = None, window: int | None = None,
        progress: bool | None = None, stop_after: int | None = None) -> RunSummary:
    """Extract a corpus into Parquet tables under ``out``; ``workers``/``scheduler`` use Dask.

    ``stop_after`` ends the run after writing that many chunks (how the tests simulate an
    interruption).
    """
    t0 = time.perf_counter()
    out = Path(out)
    config = {"format": FORMAT_VERSION, "inputs": [str(p) for p in inputs], "chunk_size": chunk_size, "lang": lang}
    done = _prepare(out, config, resume=resume)
    skipped: list[int] = []
    todo = _pending(chunked(iter_sources(inputs), size=chunk_size), done, skipped)
    written = failed = docs = 0
    bar = _progress(enabled=progress)
    try:
        if workers or scheduler:
            results = _dask_results(todo, lang=lang, workers=workers, scheduler=scheduler, window=window)
        else:
            results = ((k, extract_chunk(chunk, lang=lang), chunk) for k, chunk in todo)
        for k, tables, chunk in results:
            failed += write_chunk(out, k, tables, first=chunk[0].doc_id, last=chunk[-1].doc_id)
            docs += len(chunk)
            written += 1
            bar.update(len(chunk))
            if stop_after is not None and written >= stop_after:
                break
    finally:
        bar.close()
        close = getattr(todo, "close", None)
        if close is not None:
            close()
    for k in skipped:
        failed += done[k]["failed"]
        docs += done[k]["documents"]
    return RunSummary(docs, failed, written, len(skipped), time.perf_counter() - t0)


def _dask_results(todo: Iterator[tuple[int, list[Doc]]], *, lang: str, workers: int, scheduler: str | None,
                  window: int | None) -> Iterator[tuple[int, dict[str, pa.Table], list[Doc]]]:
    """Chunks run on Dask, at most ``window`` in flight, yielded back in chunk order."""
    import logging

    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        n = max(1, len(client.scheduler_info().get("workers", {})) or workers or 1)
        limit = window or 2 * n + 1
        waiting: dict[Any, tuple[int, list[Doc]]] = {}
        ready: dict[int, tuple[dict[str, pa.Table], list[Doc]]] = {}
        order: list[int] = []  # chunk numbers in flight, in input order
        ac = as_completed()

        def submit() -> None:
            while len(waiting) + len(ready) < limit:
                item = next(todo, None)
                if item is None:
                    return
                k, chunk = item
                fut = client.submit(extract_chunk, chunk, lang=lang, pure=False)
                waiting[fut] = (k, chunk)
                order.append(k)
                ac.add(fut)

        submit()
        while waiting:
            fut = next(ac)
            k, chunk = waiting.pop(fut)
            ready[k] = (fut.result(), chunk)
            fut.release()
            while order and order[0] in ready:
                k0 = order.pop(0)
                tables, chunk0 = ready.pop(k0)
                yield k0, tables, chunk0
            submit()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# -- reading the tables back --------------------------------------------------------------

def read_table(out: str | Path, name: str) -> Any:
    """One table of a corpus run as a pandas DataFrame, in chunk order."""
    parts = sorted((Path(out) / name).glob("part-*.parquet"))
    if not parts:
        return SCHEMAS[name].empty_table().to_pandas()
    return pa.concat_tables([pq.read_table(p) for p in parts]).to_pandas()


def main(args: Any, *, report: Callable[[str], None] | None = None) -> int:
    """Corpus mode of the command line: exit status 1 if any document failed."""
    say = report or (lambda s: print(s, file=sys.stderr))
    summary = run(args.paths, out=args.out, lang=args.lang, chunk_size=args.chunk_size, resume=args.resume,
                  workers=args.workers, scheduler=args.scheduler)
    say(f"{summary.documents} documents ({summary.failed} failed) in {summary.chunks} chunks written, "
        f"{summary.skipped_chunks} already done, {summary.seconds:.1f} s -> {args.out}")
    return 1 if summary.failed else 0


def tables_digest(out: str | Path) -> dict[str, str]:
    """SHA-256 of each table's part files, in order: equal digests mean byte-identical tables."""
    import hashlib

    digests = {}
    for name in TABLES:
        h = hashlib.sha256()
        for p in sorted((Path(out) / name).glob("part-*.parquet")):
            h.update(p.read_bytes())
        digests[name] = h.hexdigest()
    return digests


def stage_seconds(texts: Iterable[str], *, lang: str = "auto") -> dict[str, float]:
    """Seconds spent in each stage of :func:`utils.extract.analyse` over ``texts`` (where the time goes)."""
    from utils import text as text_mod

    ents, moneys, dealx, relx = extract._components()
    spent = dict.fromkeys(("normalise", "sentences", "entities", "amounts", "deals", "relations", "language",
                           "record"), 0.0)
    for raw in texts:
        clock = time.perf_counter()

        def tick(stage: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            spent[stage] += now - clock
            clock = now

        norm = text_mod.normalise(raw)
        tick("normalise")
        t = norm.text
        sents = text_mod.split_sentences(t)
        tick("sentences")
        mentions = ents(t, sentences=sents)
        tick("entities")
        amounts = moneys(t)
        tick("amounts")
        deals = dealx(t, sentences=sents, mentions=mentions, amounts=amounts)
        tick("deals")
        relations = relx(t, sentences=sents, mentions=mentions, deals=deals)
        tick("relations")
        detected = text_mod.detect_language(t) if lang == "auto" else lang
        tick("language")
        extract.to_record(extract.Analysis("x", detected, norm, sents, mentions, amounts, deals, relations))
        tick("record")
    return spent
