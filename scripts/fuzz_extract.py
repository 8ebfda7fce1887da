"""Fuzz ``utils.extract`` with atheris (coverage-guided) for a fixed time: ``make fuzz``.

Every input is fed twice: as the bytes of a file (decoding, legacy fonts, the whole record)
and as text (normalisation, markup, money, entities, deals). A failure is an exception, a
span that does not index the text, a value that is not finite, or output that is not
deterministic. Prints how many inputs were tried and every failure; exit status 1 if any.

    python scripts/fuzz_extract.py --seconds 600
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def check_record(raw: str | None, rec: dict[str, Any]) -> None:
    """The invariants every record keeps (``raw`` is the decoded text when known)."""
    json.dumps(rec, ensure_ascii=False, allow_nan=False)  # no NaN or infinity, ever
    assert isinstance(rec["errors"], list) and all(isinstance(e, str) for e in rec["errors"])
    if raw is None:
        return
    for key in ("entities", "amounts"):
        for x in rec[key]:
            assert 0 <= x["start"] <= x["end"] <= len(raw), (key, x)
            assert raw[x["start"]:x["end"]] == x["text"], (key, x)
    for s, e in rec["sentences"]:
        assert 0 <= s < e <= len(raw), (s, e)
    for a in rec["amounts"]:
        for v in (a["value"], a["low"]):
            assert v is None or math.isfinite(v), a


def one_input(data: bytes) -> None:
    """What the fuzzer runs on each input (raises on a failure)."""
    from utils import extract, text

    rec = extract.process("fuzz", None, stdin=io.BytesIO(data))
    try:
        raw, _ = extract.decode(data)
    except extract.ReadError:
        raw = None
    if raw is not None and text.detect_legacy_font(raw) is not None:
        raw = None  # a legacy-font record has no spans to check
    check_record(raw, rec)
    assert rec == extract.process("fuzz", None, stdin=io.BytesIO(data)), "not deterministic"
    as_text = data.decode("utf-8", "replace")
    rec2 = extract.to_record(extract.analyse(as_text, doc_id="fuzz"))
    check_record(as_text, rec2)
    once = text.normalise(as_text, markup=False).text
    assert text.normalise(once, markup=False).text == once, "normalisation not idempotent"


def child(seconds: int, corpus: Path) -> None:
    """The atheris process: instrument the pipeline, then fuzz until the time is up."""
    import atheris

    with atheris.instrument_imports(include=["utils"]):
        from utils import deals, entities, extract, money, text  # noqa: F401

    extract._components()  # build the gazetteer once, before the clock matters

    def test_one_input(data: bytes) -> None:
        one_input(data)

    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}", "-max_len=4096", "-timeout=60",
                   "-print_final_stats=1", str(corpus)], test_one_input)
    atheris.Fuzz()


def seed_corpus(where: Path) -> None:
    """Start from the development articles and a few bad inputs (copied: data/raw stays untouched)."""
    for p in sorted((ROOT / "data" / "raw").glob("*.txt")):
        shutil.copy(p, where / p.name)
    seeds = {
        "html.txt": "<p>Amazon ने <b>Anthropic</b> में $4&nbsp;बिलियन</p><script>x='$5 billion'</script>".encode(),
        "md.txt": b"[OpenAI](https://openai.com) raised **$6.6 billion** ```\n$1 trillion\n```",
        "krutidev.txt": "Hkkjr esa fuos'k gqvk gS vkSj dEiuh us dgk fd ;g cM+k gSA".encode(),
        "cp1252.txt": "Soci\u00e9t\u00e9 \u201cG\u00e9n\u00e9rale\u201d invested \u20ac5 million".encode("cp1252"),
        "utf16.txt": "ओपनएआई ने $6.6 बिलियन जुटाए।".encode("utf-16"),
        "money.txt": "-$5 billion, $1..5 बिलियन, 1,00,00,000 रुपये, 1.000.000 euros, $12,34 bn".encode(),
    }
    for name, data in seeds.items():
        (where / name).write_bytes(data)


def main() -> int:
    """Run the fuzzer in a child process and summarise what libFuzzer reports."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=int(os.environ.get("FUZZ_SECONDS", "600")))
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.seconds, args.corpus)
        return 0
    with tempfile.TemporaryDirectory(prefix="sauda-fuzz-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        seed_corpus(corpus)
        t0 = time.monotonic()
        proc = subprocess.run([sys.executable, __file__, "--child", "--seconds", str(args.seconds),
                               "--corpus", str(corpus)], cwd=tmp, capture_output=True, text=True,
                              errors="replace")
        elapsed = time.monotonic() - t0
        log = proc.stderr
        crashes = sorted(Path(tmp).glob("crash-*")) + sorted(Path(tmp).glob("timeout-*"))
        kept = ROOT / "reports" / "fuzz"
        for c in crashes:
            kept.mkdir(parents=True, exist_ok=True)
            shutil.copy(c, kept / c.name)
    runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", log) or re.findall(r"Done (\d+) runs", log)
    tried = int(runs[-1]) if runs else None
    failures = [line for line in log.splitlines() if "Uncaught Python exception" in line or "==ERROR" in line]
    print(f"fuzz: {tried if tried is not None else '?'} inputs tried in {elapsed:.0f} s "
          f"(asked for {args.seconds} s); failures: {len(failures) or len(crashes)}")
    if proc.returncode != 0 or failures or crashes:
        print(log[-6000:])
        for c in crashes:
            print(f"failing input kept in reports/fuzz/{c.name}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
