"""Every path the project uses, from one place (nbval starts kernels in `notebooks/`)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT: Path = Path(__file__).resolve().parents[1]
DATA: Path = ROOT / "data"
RAW: Path = DATA / "raw"
GOLD: Path = DATA / "gold"
HOLDOUT_RAW: Path = DATA / "holdout" / "raw"  # written after the rules were frozen; never tuned on
HOLDOUT_GOLD: Path = DATA / "holdout" / "gold"
GAZETTEER: Path = DATA / "gazetteer" / "entities.csv"
NAMES: Path = DATA / "names"  # given names and surnames (Latin spelling, Devanagari forms)
CUES: Path = DATA / "cues"
PROCESSED: Path = DATA / "processed"
SCHEMA: Path = ROOT / "schema" / "extraction.schema.json"
REPORTS: Path = ROOT / "reports"
FIGURES: Path = REPORTS / "figures"
NOTEBOOKS: Path = ROOT / "notebooks"


def cache_dir() -> Path | None:
    """Where compiled data (gazetteer automaton, regex programs) is cached: ``SAUDA_CACHE_DIR``, by default
    ``build/cache``; ``SAUDA_CACHE_DIR=""`` turns caching off."""
    folder = os.environ.get("SAUDA_CACHE_DIR", str(ROOT / "build" / "cache"))
    return Path(folder) if folder else None
