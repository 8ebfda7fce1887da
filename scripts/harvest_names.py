"""Grow ``data/names/{given_names,surnames}.csv`` from the people of the gazetteer.

Each gazetteer person whose English name and a Devanagari alias have the same number of words gives
a given name (first word) and a surname (last word) with their Hindi spelling (``Jonas Andrulis`` /
``योनास एंड्रुलिस``): a new pair is added, a known name gains the new spelling. Names of one letter,
initials and words with digits are skipped. Run after the gazetteer grows, then
``scripts/rank_names.py`` to order the spellings.

    python scripts/harvest_names.py
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMES = ROOT / "data" / "names"
_LATIN = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_DEVA = re.compile(r"[\u0900-\u097f]+(?:-[\u0900-\u097f]+)?")


def _load(name: str) -> dict[str, list[str]]:
    with open(NAMES / name, encoding="utf-8", newline="") as fh:
        return {row["latin"]: [f for f in row["devanagari"].split("|") if f] for row in csv.DictReader(fh)}


def _save(name: str, table: dict[str, list[str]]) -> None:
    with open(NAMES / name, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["latin", "devanagari"])
        for latin, forms in table.items():
            writer.writerow([latin, "|".join(forms)])


def main() -> None:
    """Add the given names and surnames of the gazetteer's people to the name lexicon."""
    given, surnames = _load("given_names.csv"), _load("surnames.csv")
    added = 0
    with open(ROOT / "data" / "gazetteer" / "entities.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["label"] != "PERSON":
                continue
            latin = row["canonical"].split()
            if len(latin) < 2 or not all(_LATIN.fullmatch(w) for w in latin):
                continue
            for alias in row["aliases_hi"].split("|"):
                deva = unicodedata.normalize("NFC", alias).split()
                if len(deva) != len(latin) or not all(_DEVA.fullmatch(w) for w in deva):
                    continue
                for table, lat, dev in ((given, latin[0], deva[0]), (surnames, latin[-1], deva[-1])):
                    forms = table.setdefault(lat, [])
                    if dev not in forms:
                        forms.append(dev)
                        added += 1
    _save("given_names.csv", given)
    _save("surnames.csv", surnames)
    print(f"{added} spellings added; {len(given)} given names, {len(surnames)} surnames")


if __name__ == "__main__":
    main()
