"""Progress bars for long work: a widget in JupyterLab, a line on stderr in a terminal (tqdm.auto)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator, TypeVar

from tqdm.auto import tqdm

T = TypeVar("T")


def track(items: Iterable[T], *, enabled: bool = True, desc: str = "", total: int | None = None) -> Iterator[T]:
    """``items`` with a progress bar when ``enabled`` (notebooks pass their ``PROGRESS`` parameter).

    Notebooks keep ``PROGRESS = False`` for their committed runs: a bar carries timings, and
    nbval compares every output. ``make run`` turns it on.
    """
    if not enabled:
        yield from items
        return
    yield from tqdm(items, desc=desc, total=total, unit="doc", dynamic_ncols=True)


def extract_all(inputs: Iterable[str | Path], *, enabled: bool = True, lang: str = "auto") -> list[dict[str, Any]]:
    """``utils.extract.extract_all`` with a bar over the documents (same records, same order)."""
    from utils import extract

    items = list(extract.iter_inputs(str(p) for p in inputs))
    return [extract.process(doc_id, path, lang=lang)
            for doc_id, path in track(items, enabled=enabled, desc="articles", total=len(items))]
