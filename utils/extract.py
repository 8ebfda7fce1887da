"""The pipeline end to end, and its machine face: ``python -m utils.extract``.

Output follows ``../shared/contract/`` (copied to ``schema/``): one JSON object per input
document, JSON Lines on stdout, offsets into the text as decoded. Every input yields a
record; a document that cannot be read gets ``errors`` and the exit status is 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from utils import money, rx, text as text_mod
from utils.deals import Deal, DealExtractor, Relation, RelationExtractor
from utils.entities import EntityMatcher, Mention, default_matcher, plain_names, text_casing, text_full_naming, text_naming
from utils.money import Amount
from utils.text import Normalised

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"RIFF", "a RIFF (audio/video/image) file"),
    (b"OggS", "an Ogg file"),
    (b"ID3", "an MP3 file"),
)


class ReadError(Exception):
    """A document that could not be read as text; the message says why."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the pipeline found in one document (offsets into the normalised text)."""

    doc_id: str
    lang: str
    norm: Normalised
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    amounts: list[Amount]
    deals: list[Deal]
    relations: list[Relation]


@lru_cache(maxsize=1)
def _components() -> tuple[EntityMatcher, money.MoneyMatcher, DealExtractor, RelationExtractor]:
    ents = default_matcher()
    non_parties = [e.canonical for e in ents.entries if e.kind in ("regulator", "exchange", "media")]  # approve, list or report, never invest
    governments = [e.canonical for e in ents.entries if e.kind in ("government", "university")]  # fund or grant, never invested in
    media = [e.canonical for e in ents.entries if e.kind == "media"]  # report deals, yet are bought themselves
    funders = [e.canonical for e in ents.entries if e.kind in ("investor", "bank", "university")]  # raise no rounds a story tells
    built = (ents, money.default_matcher(), DealExtractor(non_parties=non_parties, non_investees=governments,
                                                          bought_media=media, investor_firms=funders),
             RelationExtractor(entries=ents.by_canonical))
    rx.freeze()  # the patterns built so far are the start-up ones: their programs go to the disk cache
    return built


def analyse(raw: str, *, doc_id: str = "stdin", lang: str = "auto") -> Analysis:
    """Run every stage on one document.

    >>> a = analyse("ओपनAI ने $6.6 बिलियन जुटाए।")
    >>> (a.deals[0].investee, a.deals[0].amount)
    ('OpenAI', 6600000000.0)
    """
    ents, moneys, dealx, relx = _components()
    norm = text_mod.normalise(raw)
    t = norm.text
    sentences = text_mod.split_sentences(t)
    mentions = ents(t, sentences=sentences)
    amounts = moneys(t)
    deals = dealx(t, sentences=sentences, mentions=mentions, amounts=amounts)
    relations = relx(t, sentences=sentences, mentions=mentions, deals=deals)
    recased = _plain_names() | text_casing(mentions, ents.by_canonical) | text_naming(mentions, ents.by_canonical) \
        | text_full_naming(mentions, ents.by_canonical)
    if recased:
        mentions, deals, relations = _renamed(recased, mentions, deals, relations)
    detected = text_mod.detect_language(t) if lang == "auto" else lang
    return Analysis(doc_id, detected, norm, sentences, mentions, amounts, deals, relations)


@lru_cache(maxsize=1)
def _plain_names() -> dict[str, str]:
    """The known firms' names the output writes without their legal form (computed once)."""
    return plain_names(_components()[0].by_canonical)


def _renamed(names: dict[str, str], mentions: list[Mention], deals: list[Deal], relations: list[Relation]
             ) -> tuple[list[Mention], list[Deal], list[Relation]]:
    """The same analysis with some canonical names replaced (``NVIDIA`` → ``Nvidia``)."""
    def n(c: str | None) -> str | None:
        return names.get(c, c) if c is not None else None
    mentions = [dataclasses.replace(m, canonical=names[m.canonical]) if m.canonical in names else m for m in mentions]
    deals = [dataclasses.replace(d, investors=[names.get(i, i) for i in d.investors], investee=n(d.investee))
             for d in deals]
    relations = [dataclasses.replace(r, head=names.get(r.head, r.head), tail=names.get(r.tail, r.tail)) for r in relations]
    return mentions, deals, relations


def to_record(a: Analysis, *, errors: Sequence[str] = ()) -> dict[str, Any]:
    """The contract's record of an analysis: offsets mapped back to the raw text."""
    raw = a.norm.raw
    aligned = a.norm.starts is None or a.norm.ends is None  # offsets are the raw text's already (see Normalised.to_raw)
    span = a.norm.to_raw

    entities: list[dict[str, Any]] = []
    for m in a.mentions:
        s, e = (m.start, m.end) if aligned else span(m.start, m.end)
        entities.append({"start": s, "end": e, "text": raw[s:e], "label": m.label, "canonical": m.canonical})
    amounts = []
    for am in a.amounts:
        s, e = (am.start, am.end) if aligned else span(am.start, am.end)
        amounts.append({"start": s, "end": e, "text": raw[s:e], "value": am.value, "currency": am.currency,
                        "qualifier": am.qualifier, "low": am.low})
        entities.append({"start": s, "end": e, "text": raw[s:e], "label": "MONEY", "canonical": am.canonical})
    entities.sort(key=lambda x: (x["start"], x["end"], x["label"]))
    return {
        "doc_id": a.doc_id,
        "lang": a.lang,
        "text_sha256": text_sha256(raw),
        "sentences": [[s, e] for s, e in a.sentences] if aligned else [list(span(s, e)) for s, e in a.sentences],
        "entities": entities,
        "amounts": amounts,
        "deals": [d.as_dict() for d in a.deals],
        "relations": [r.as_dict() for r in a.relations],
        "errors": list(errors),
    }


def text_sha256(raw: str, *, chunk: int = 1 << 20) -> str:
    """SHA-256 of the text's UTF-8 bytes, encoded a chunk at a time (no full copy of a big text)."""
    h = hashlib.sha256()
    for i in range(0, len(raw), chunk):
        h.update(raw[i:i + chunk].encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def error_record(doc_id: str, message: str) -> dict[str, Any]:
    """The record of a document that could not be read: why, and nothing else."""
    return {"doc_id": doc_id, "lang": "und", "text_sha256": "", "sentences": [], "entities": [],
            "amounts": [], "deals": [], "relations": [], "errors": [message]}


WARNING = "warning: "  # an entry of ``errors`` with this prefix informs; it does not fail the document

_BOMS = (  # longest first: a UTF-32-LE mark starts like a UTF-16-LE one
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_ENCODING_NOTES = {
    "utf-32-be": "encoding UTF-32BE (from its byte-order mark)",
    "utf-32-le": "encoding UTF-32LE (from its byte-order mark)",
    "utf-16-le": "encoding UTF-16LE (from its byte-order mark)",
    "utf-16-be": "encoding UTF-16BE (from its byte-order mark)",
    "utf-16-le-guessed": "encoding UTF-16LE without a byte-order mark (guessed from where its NUL bytes are)",
    "utf-16-be-guessed": "encoding UTF-16BE without a byte-order mark (guessed from where its NUL bytes are)",
    "cp1252": "encoding windows-1252 (not valid UTF-8; guessed from its bytes)",
    "latin-1": "encoding ISO-8859-1 (Latin-1) (not valid UTF-8; guessed from its bytes)",
}
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = bytes(range(0x80, 0x100))
_C1 = bytes(range(0x80, 0xA0))


def encoding_warning(encoding: str) -> str | None:
    """The record's note on the encoding :func:`decode` used; ``None`` for UTF-8 (the contract's)."""
    note = _ENCODING_NOTES.get(encoding)
    return WARNING + note if note else None


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding used; :class:`ReadError` when they are not text.

    A byte-order mark decides; then UTF-8; then UTF-16 without a mark, told by its NUL
    bytes; then, for text with no valid UTF-8 sequence, windows-1252 or ISO-8859-1.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(memoryview(data)[len(bom):], encoding), encoding
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ReadError(f"not text: looks like {what}")
    if b"\x00" in data[:8192]:
        guessed = _utf16_without_bom(data)
        if guessed is None:
            raise ReadError("not text: contains NUL bytes (binary data)")
        return guessed
    try:
        return str(data, "utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        guessed = _single_byte(data)
        if guessed is None:
            raise ReadError(f"not decodable as utf-8: {exc.reason} at byte {exc.start}") from None
        return guessed


def _strict(data: bytes | memoryview, encoding: str) -> str:
    try:
        return str(data, encoding.removesuffix("-sig"))
    except UnicodeDecodeError as exc:
        raise ReadError(f"not decodable as {encoding}: {exc.reason} at byte {exc.start}") from None


def _looks_like_text(text: str) -> bool:
    """Few control characters and mostly printable: what a decoded article looks like."""
    sample = text[:65536]
    if not sample:
        return True
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f") or "\x7f" <= ch < "\xa0")
    return controls * 200 <= len(sample)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text with no byte-order mark: NUL bytes on one side of each pair only."""
    head = data[:8192]
    if len(data) % 2 or len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    for nul_side, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if other == 0 and nul_side * 5 >= len(head) // 2:
            try:
                text = str(data, encoding)
            except UnicodeDecodeError:
                return None
            return (text, encoding + "-guessed") if _looks_like_text(text) else None
    return None


def _single_byte(data: bytes) -> tuple[str, str] | None:
    """Windows-1252 or ISO-8859-1 text; ``None`` when the bytes are damaged UTF-8 or not text."""
    sample = data[:65536]
    in_sequences = sum(map(len, _UTF8_SEQUENCE.findall(sample)))
    high = len(sample) - len(sample.translate(None, _HIGH))
    if in_sequences * 2 >= high:  # mostly well-formed UTF-8 sequences: damaged UTF-8, not a legacy encoding
        return None
    has_c1 = len(data.translate(None, _C1)) < len(data)
    try:
        text, encoding = (str(data, "cp1252"), "cp1252") if has_c1 else (str(data, "latin-1"), "latin-1")
    except UnicodeDecodeError:  # bytes windows-1252 leaves undefined: only Latin-1 reads them
        text, encoding = str(data, "latin-1"), "latin-1"
    return (text, encoding) if _looks_like_text(text) else None


def doc_id_of(path: Path) -> str:
    """``data/raw/x.txt`` → ``x``."""
    return path.name[:-4] if path.name.endswith(".txt") else path.name


@dataclass(frozen=True, slots=True)
class Refused:
    """A folder entry that is not read, and why (a symlink out of the folder, not a file)."""

    path: Path
    reason: str


def iter_inputs(args: Iterable[str]) -> Iterator[tuple[str, Path | Refused | None]]:
    """(doc_id, path) for each document asked for; a folder means its ``*.txt`` files, sorted.

    A folder's entries are never followed outside it: a symlink pointing out of the folder,
    or an entry that is not a regular file, comes as :class:`Refused` (it still gets a record).
    """
    for arg in args:
        if arg == "-":
            yield "stdin", None
            continue
        p = Path(arg)
        if p.is_dir():
            root = p.resolve()
            for child in sorted(p.glob("*.txt"), key=lambda q: q.name):
                target = child.resolve()
                if not target.is_relative_to(root):
                    yield doc_id_of(child), Refused(child, f"not followed: {child} points outside {p}")
                elif not target.is_file():
                    yield doc_id_of(child), Refused(child, f"not a regular file: {child}")
                else:
                    yield doc_id_of(child), child
        else:
            yield doc_id_of(p), p


def read_text(path: Path | None, *, stdin: Any = None) -> tuple[str, str]:
    """The decoded text of a file (``None``: standard input) and its encoding; the bytes are not kept."""
    if path is None:
        data = (stdin or sys.stdin.buffer).read()
    else:
        if not path.exists():
            raise ReadError(f"no such file: {path}")
        if not path.is_file():
            raise ReadError(f"not a regular file: {path}")
        data = path.read_bytes()
    return decode(data)


def failed(record: dict[str, Any]) -> bool:
    """Did the document fail? Any entry of ``errors`` that is not a warning says so."""
    return any(not e.startswith(WARNING) for e in record["errors"])


def process(doc_id: str, path: Path | Refused | None, *, lang: str = "auto", stdin: Any = None) -> dict[str, Any]:
    """One record for one input, never an exception for bad input."""
    if isinstance(path, Refused):
        return error_record(doc_id, path.reason)
    try:
        raw, encoding = read_text(path, stdin=stdin)
    except ReadError as exc:
        return error_record(doc_id, str(exc))
    except OSError as exc:
        return error_record(doc_id, f"cannot read: {exc.strerror or exc}")
    return process_text(doc_id, raw, encoding=encoding, lang=lang)


def process_data(doc_id: str, data: bytes | str, *, lang: str = "auto") -> dict[str, Any]:
    """One record for a document's bytes (decoded here) or text, never an exception (corpus mode)."""
    if isinstance(data, str):
        return process_text(doc_id, data, encoding="utf-8", lang=lang)
    try:
        raw, encoding = decode(data)
    except ReadError as exc:
        return error_record(doc_id, str(exc))
    return process_text(doc_id, raw, encoding=encoding, lang=lang)


def process_text(doc_id: str, raw: str, *, encoding: str, lang: str = "auto") -> dict[str, Any]:
    """One record for a decoded document: warnings for its encoding or emptiness, legacy fonts refused."""
    notes = [n for n in (encoding_warning(encoding),) if n]
    if not raw or raw.isspace():
        notes.append(WARNING + ("empty document" if not raw else "empty document (whitespace only)"))
    font = text_mod.detect_legacy_font(raw)
    if font is not None:
        rec = error_record(doc_id, f"legacy font encoding: the text looks like Hindi typed in the {font} font "
                                   "(ASCII that shows as Devanagari only in that font); convert it to Unicode first")
        return {**rec, "lang": "hi", "text_sha256": text_sha256(raw), "errors": notes + rec["errors"]}
    try:
        return to_record(analyse(raw, doc_id=doc_id, lang=lang), errors=notes)
    except Exception as exc:  # a bug must not cost the other documents their records
        return error_record(doc_id, f"internal error: {type(exc).__name__}: {exc}")


def extract_all(inputs: Iterable[str | Path], *, lang: str = "auto") -> list[dict[str, Any]]:
    """Records for files and folders, in the order asked (what the notebooks use)."""
    return [process(doc_id, path, lang=lang) for doc_id, path in iter_inputs(str(p) for p in inputs)]


TABLE_COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "lang", "text_sha256", "n_sentences", "n_entities", "n_amounts", "n_deals",
                  "n_relations", "status", "errors"],
    "sentences": ["doc_id", "sentence", "start", "end"],
    "entities": ["doc_id", "start", "end", "text", "label", "canonical"],
    "amounts": ["doc_id", "start", "end", "text", "value", "currency", "qualifier", "low"],
    "deals": ["doc_id", "deal", "investors", "investee", "amount", "currency", "status", "valuation",
              "valuation_currency", "sentence", "evidence"],
    "relations": ["doc_id", "head", "type", "tail", "sentence"],
}


def tables(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The records as six pandas tables keyed by ``doc_id`` (investors joined by ``; ``)."""
    import pandas as pd

    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in TABLE_COLUMNS}
    for r in records:
        d = r["doc_id"]
        rows["documents"].append({
            "doc_id": d, "lang": r["lang"], "text_sha256": r["text_sha256"], "n_sentences": len(r["sentences"]),
            "n_entities": len(r["entities"]), "n_amounts": len(r["amounts"]), "n_deals": len(r["deals"]),
            "n_relations": len(r["relations"]), "status": "error" if failed(r) else "ok",
            "errors": "; ".join(r["errors"])})
        rows["sentences"] += [{"doc_id": d, "sentence": i, "start": s, "end": e} for i, (s, e) in enumerate(r["sentences"])]
        rows["entities"] += [{"doc_id": d, **e} for e in r["entities"]]
        rows["amounts"] += [{"doc_id": d, **a} for a in r["amounts"]]
        rows["deals"] += [{"doc_id": d, "deal": i, **x, "investors": "; ".join(x["investors"])}
                          for i, x in enumerate(r["deals"])]
        rows["relations"] += [{"doc_id": d, **x} for x in r["relations"]]
    out = {}
    for name, cols in TABLE_COLUMNS.items():
        df = pd.DataFrame(rows[name], columns=cols)
        for c in ("value", "low", "amount", "valuation"):
            if c in df:
                df[c] = df[c].astype("float64")
        for c in ("sentence",):
            if c in df:
                df[c] = df[c].astype("Int64")
        out[name] = df
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: JSON Lines on stdout (or Parquet tables with --out), exit status 1 if any document failed."""
    ap = argparse.ArgumentParser(prog="python -m utils.extract",
                                 description="Extract entities, amounts, deals and relations (JSON Lines).")
    ap.add_argument("--lang", choices=("auto", "hi", "en"), default="auto")
    ap.add_argument("paths", nargs="+", metavar="PATH",
                    help="a .txt file, a folder of them, or - for stdin; with --out also .jsonl files")
    corpus_mode = ap.add_argument_group("corpus mode (Parquet tables instead of JSON Lines)")
    corpus_mode.add_argument("--out", metavar="DIR", help="write Parquet tables to DIR, chunk by chunk")
    corpus_mode.add_argument("--resume", action="store_true", help="skip the chunks an interrupted run finished")
    corpus_mode.add_argument("--chunk-size", type=int, default=200, metavar="N", help="documents per chunk (200)")
    corpus_mode.add_argument("--workers", type=int, default=0, metavar="N",
                             help="run on a Dask LocalCluster of N worker processes")
    corpus_mode.add_argument("--scheduler", metavar="ADDRESS", help="run on an existing Dask cluster (tcp://host:8786)")
    args = ap.parse_args(argv)
    if args.out is not None:
        if "-" in args.paths:
            ap.error("corpus mode reads files, folders and JSON Lines, not standard input")
        if args.chunk_size < 1 or args.workers < 0:
            ap.error("--chunk-size must be at least 1 and --workers at least 0")
        from utils import corpus

        return corpus.main(args)
    if args.workers or args.scheduler or args.resume:
        ap.error("--workers, --scheduler and --resume need --out DIR")
    any_failed = False
    out = sys.stdout
    for doc_id, path in iter_inputs(args.paths):
        rec = process(doc_id, path, lang=args.lang)
        any_failed |= failed(rec)
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if any_failed else 0


if __name__ == "__main__":
    sys.exit(main())
