"""Order ``data/names/{given_names,surnames}.csv`` commonest spelling first.

Several English spellings can share a Devanagari form (``अय्यर`` is Iyer or Aiyar, ``सहगल`` is
Sehgal or Sahgal). The lexicon gives a Devanagari name the first spelling it reads, so the rows are
ordered by how often English text uses each spelling (wordfreq 3.1.1 Zipf frequency, highest first;
ties alphabetical). wordfreq is not a dependency of sauda: install it in a scratch environment.

    pip install wordfreq==3.1.1 && python scripts/rank_names.py
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Rewrite both name files, commonest spelling first."""
    import wordfreq

    for name in ("given_names.csv", "surnames.csv"):
        path = ROOT / "data" / "names" / name
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        rows.sort(key=lambda r: (-wordfreq.zipf_frequency(r["latin"], "en"), r["latin"].lower()))
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=["latin", "devanagari"], lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)


if __name__ == "__main__":
    main()
