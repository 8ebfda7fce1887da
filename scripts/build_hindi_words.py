"""Regenerate ``data/names/hindi_words.txt``: the commonest Hindi words that are not names.

An unknown Devanagari firm name is read back from its type word (``लिपिका लैब्स``); an everyday word
stops it (``फीसदी हिस्सा सेमीकंडक्टर`` names no firm). The list is the 5,000 most frequent Hindi words of
wordfreq 3.1.1 (Robyn Speer; data CC BY-SA 4.0), minus the given names and surnames of
``data/names/`` (``राहुल``, ``दास`` are names). wordfreq is not a dependency of sauda: install it in a
scratch environment to rebuild the file.

    pip install wordfreq==3.1.1 && python scripts/build_hindi_words.py
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Write the common Hindi words, commonest first, one per line."""
    import wordfreq

    names: set[str] = set()
    for name in ("given_names.csv", "surnames.csv"):
        with open(ROOT / "data" / "names" / name, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                names |= {unicodedata.normalize("NFC", f.strip()) for f in row["devanagari"].split("|")}
    words = [unicodedata.normalize("NFC", w) for w in wordfreq.top_n_list("hi", 5000)]
    words = [w for w in words if re.fullmatch(r"[\u0900-\u097f]+", w) and w not in names]
    (ROOT / "data" / "names" / "hindi_words.txt").write_text("\n".join(dict.fromkeys(words)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
