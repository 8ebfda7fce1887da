"""Does a change of code keep the pipeline's output byte for byte? (speed work's safety net)

Writes ``to_record(analyse(text))`` as JSON Lines for every article of ``data/raw/``, synthetic
documents (``utils.synthetic``, fixed seed) and NFD / zero-width / CRLF variants of some of them,
then compares with a reference file made the same way from another checkout:

    # reference from main's code (git worktree add ../sauda-ref main)
    PYTHONPATH=../sauda-ref .venv/bin/python scripts/check_same_output.py --write build/same/ref.jsonl
    # this checkout, compared with it
    .venv/bin/python scripts/check_same_output.py --compare build/same/ref.jsonl

The inputs come from *this* checkout's ``data/raw`` and generator, whichever code is imported, so
both runs see the same texts when the data agree.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]


def inputs(*, n_synthetic: int, seed: int) -> Iterator[tuple[str, str]]:
    """(doc_id, text) of every input, in a fixed order."""
    from utils import synthetic

    raws = sorted((ROOT / "data" / "raw").glob("*.txt"))
    for p in raws:
        yield p.stem, p.read_text(encoding="utf-8")
    for i, p in enumerate(raws[:12]):
        t = p.read_text(encoding="utf-8")
        yield f"{p.stem}#nfd", unicodedata.normalize("NFD", t)
        yield f"{p.stem}#zw", t.replace(" ", "\u200b ", 7).replace("न", "न\u200d", 5).replace("\n", "\r\n")
        if i % 3 == 0:  # a letter that case-folds to ASCII: the matchers' exact slow paths
            yield f"{p.stem}#fold", t.replace(" ", " \u017f", 1)
    for k, doc in enumerate(synthetic.documents(seed=seed, n_docs=n_synthetic)):
        t = doc["text"]
        yield doc["doc_id"], t
        if k % 97 == 0:
            yield doc["doc_id"] + "#nfd", unicodedata.normalize("NFD", t)
        if k % 101 == 0:
            yield doc["doc_id"] + "#zw", t.replace("क", "क\u200c", 9).replace(" ", "\u00a0", 11)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", metavar="OUT", help="write the records to OUT (JSON Lines)")
    ap.add_argument("--compare", metavar="REF", help="compare with the records in REF")
    ap.add_argument("--synthetic", type=int, default=2500, help="synthetic documents (2500)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    from utils import extract

    t0 = time.perf_counter()
    lines = []
    nbytes = 0
    for doc_id, text in inputs(n_synthetic=args.synthetic, seed=args.seed):
        nbytes += len(text.encode("utf-8", "surrogatepass"))
        lines.append(json.dumps(extract.to_record(extract.analyse(text, doc_id=doc_id)), ensure_ascii=False))
    secs = time.perf_counter() - t0
    print(f"{len(lines)} documents, {nbytes / 1e6:.1f} MB in {secs:.1f} s ({nbytes / 1e6 / secs:.2f} MB/s)",
          file=sys.stderr)
    if args.write:
        Path(args.write).parent.mkdir(parents=True, exist_ok=True)
        Path(args.write).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.compare:
        ref = Path(args.compare).read_text(encoding="utf-8").splitlines()
        if len(ref) != len(lines):
            print(f"DIFFERENT: {len(ref)} reference records, {len(lines)} now", file=sys.stderr)
            return 1
        bad = [i for i, (a, b) in enumerate(zip(ref, lines)) if a != b]
        for i in bad[:5]:
            print(f"DIFFERENT: {json.loads(ref[i])['doc_id']}", file=sys.stderr)
            a, b = json.loads(ref[i]), json.loads(lines[i])
            for k in a:
                if a[k] != b[k]:
                    print(f"  {k}: ref {json.dumps(a[k], ensure_ascii=False)[:400]}\n"
                          f"  {k}: now {json.dumps(b[k], ensure_ascii=False)[:400]}", file=sys.stderr)
        if bad:
            print(f"DIFFERENT: {len(bad)} of {len(lines)} records", file=sys.stderr)
            return 1
        print(f"identical: {len(lines)} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
