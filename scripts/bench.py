"""`make bench`: sauda's corpus mode against a spaCy EntityRuler baseline, and Dask 1 vs 2 workers.

Generates reproducible synthetic corpora (utils.synthetic, fixed seed) under build/bench/, then
runs every measurement in its own subprocess (peak RSS from os.wait4) and prints medians:

    .venv/bin/python scripts/bench.py --sizes 10,100 --runs 3

Throughput is end to end (start-up, reading, extraction, writing Parquet) over the UTF-8 bytes
of the documents' texts. The baseline is what a user would otherwise reach for:
``spacy.blank("hi")`` + ``EntityRuler`` holding a phrase pattern for every alias form sauda's
own EntityMatcher generates (entity tagging only, no deals).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def spacy_child(corpus: Path) -> None:
    """The baseline: tag every document of ``corpus`` with an EntityRuler; print counts and seconds."""
    t0 = time.perf_counter()
    import spacy

    from utils import entities

    matcher = entities.default_matcher()
    patterns = []
    forms: set[str] = set()
    for key in sorted(matcher._keys):  # every alias form sauda's matcher generated (its own variants):
        for canonical, _, form in matcher._keys[key]:  # a key folds vowel length, the forms keep it
            if form.lower() not in forms:
                forms.add(form.lower())
                patterns.append({"label": matcher.by_canonical[canonical].label, "pattern": form})
    nlp = spacy.blank("hi")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(patterns)
    t1 = time.perf_counter()

    def texts() -> Any:
        with open(corpus, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)["text"]

    docs = ents = 0
    for doc in nlp.pipe(texts(), batch_size=128):
        docs += 1
        ents += len(doc.ents)
    print(json.dumps({"patterns": len(patterns), "docs": docs, "ents": ents,
                      "setup_s": t1 - t0, "run_s": time.perf_counter() - t1}))


def measure(cmd: list[str], *, log: Path, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB, largest process of the tree) of one command."""
    with open(log, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=err, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}); see {log}")
    return seconds, usage.ru_maxrss


def main() -> None:
    """Generate the corpora, run every configuration, print the table and the targets."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100", help="corpus sizes in MB of UTF-8 text (comma-separated)")
    ap.add_argument("--runs", type=int, default=3, help="runs per configuration (median reported)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workdir", default=str(ROOT / "build" / "bench"))
    ap.add_argument("--chunk-size", type=int, default=200)
    ap.add_argument("--spacy-child", metavar="CORPUS", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.spacy_child:
        spacy_child(Path(args.spacy_child))
        return
    from utils import synthetic

    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    corpora: dict[float, Any] = {}
    for mb in sizes:
        path = work / f"corpus_{mb:g}mb_seed{args.seed}.jsonl"
        stats = synthetic.corpus_stats(path) if path.exists() else synthetic.write_corpus(path, megabytes=mb, seed=args.seed)
        corpora[mb] = stats
        print(f"corpus {path.name}: {stats.documents} documents, {stats.text_bytes / 1e6:.1f} MB", flush=True)
    py = sys.executable
    out = work / "out"
    configs: list[tuple[str, float, list[str]]] = []
    for mb in sizes:
        c = str(corpora[mb].path)
        configs.append(("sauda", mb, [py, "-m", "utils.extract", "--out", str(out), "--chunk-size",
                                      str(args.chunk_size), c]))
        configs.append(("spacy", mb, [py, str(Path(__file__).resolve()), "--spacy-child", c]))
    big = max(sizes)
    for n in (1, 2):
        configs.append((f"sauda dask {n}w", big, [py, "-m", "utils.extract", "--out", str(out), "--workers", str(n),
                                                  "--chunk-size", str(args.chunk_size), str(corpora[big].path)]))
    # Start-up as a user meets it after the first run: bytecode compiled (as ``pip install`` does for a
    # package), the compiled gazetteer and regex programs in build/cache (written by that first, untimed run).
    # The cold figure, caches off, is printed beside it.
    subprocess.run([py, "-m", "compileall", "-q", str(ROOT / "utils")], cwd=ROOT, check=True)
    startup = [py, "-c", "from utils import corpus, extract; extract._components()"]
    measure(startup, log=work / "startup.log")
    start_s = statistics.median(measure(startup, log=work / "startup.log")[0] for _ in range(3))
    cold_s = measure(startup, log=work / "startup.log", env={**os.environ, "SAUDA_CACHE_DIR": ""})[0]
    rows = []
    for name, mb, cmd in configs:
        times, peaks = [], []
        for r in range(args.runs):
            shutil.rmtree(out, ignore_errors=True)
            s, kb = measure(cmd, log=work / f"{name.replace(' ', '_')}_{mb:g}.log")
            times.append(s)
            peaks.append(kb)
            print(f"  {name:16s} {mb:g} MB run {r + 1}: {s:7.2f} s, peak {kb / 1024:6.0f} MB", flush=True)
        st = corpora[mb]
        t = statistics.median(times)
        rows.append({"tool": name, "corpus_mb": mb, "docs": st.documents, "seconds": round(t, 2),
                     "mb_s": round(st.text_bytes / 1e6 / t, 2), "docs_s": round(st.documents / t, 1),
                     "peak_rss_mb": round(statistics.median(peaks) / 1024, 1), "runs": args.runs})
    shutil.rmtree(out, ignore_errors=True)

    def row(tool: str, mb: float) -> dict[str, Any]:
        return next(r for r in rows if r["tool"] == tool and r["corpus_mb"] == mb)

    print(f"\nstart-up (imports + matchers): {start_s:.2f} s (median of 3; cold, caches off: {cold_s:.2f} s)\n")
    print(f"{'tool':18s}{'corpus':>8s}{'docs':>8s}{'seconds':>9s}{'MB/s':>8s}{'docs/s':>9s}{'peak RSS MB':>13s}")
    for r in rows:
        print(f"{r['tool']:18s}{r['corpus_mb']:>6g}MB{r['docs']:>8d}{r['seconds']:>9.2f}{r['mb_s']:>8.2f}"
              f"{r['docs_s']:>9.1f}{r['peak_rss_mb']:>13.1f}")
    small = min(sizes)
    checks = []
    for mb in sizes:
        ratio = row("sauda", mb)["mb_s"] / row("spacy", mb)["mb_s"]
        checks.append((f"sauda / spaCy throughput on {mb:g} MB = {ratio:.2f} (target >= 5)", ratio >= 5))
    if big != small:
        rss = row("sauda", big)["peak_rss_mb"] / row("sauda", small)["peak_rss_mb"]
        checks.append((f"peak RSS {big:g} MB / {small:g} MB = {rss:.2f} (target <= 1.5)", rss <= 1.5))
    speedup = row("sauda dask 1w", big)["seconds"] / row("sauda dask 2w", big)["seconds"]
    checks.append((f"Dask 2 workers / 1 worker speed-up on {big:g} MB = {speedup:.2f} (target >= 1.6)", speedup >= 1.6))
    checks.append((f"start-up {start_s:.2f} s (target < 1)", start_s < 1.0))
    print()
    for text, ok in checks:
        print(f"[{'met' if ok else 'NOT met'}] {text}")
    (work / "results.json").write_text(json.dumps({"startup_s": round(start_s, 2), "startup_cold_s": round(cold_s, 2), "rows": rows,
                                                   "checks": [{"check": t, "met": ok} for t, ok in checks]},
                                                  indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
