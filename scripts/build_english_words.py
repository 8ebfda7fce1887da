"""Regenerate ``data/names/english_words.txt``: the most frequent English words, commonest first.

The list comes from wordfreq 3.1.1 (Robyn Speer; data CC BY-SA 4.0), which is not a dependency
of sauda: install it in a scratch environment to rebuild the file.

    pip install wordfreq==3.1.1 && python scripts/build_english_words.py
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Write the 40,000 most frequent English words that are three or more plain letters."""
    import wordfreq

    words = [w for w in wordfreq.top_n_list("en", 40000) if re.fullmatch(r"[a-z]{3,}", w)]
    (ROOT / "data" / "names" / "english_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
