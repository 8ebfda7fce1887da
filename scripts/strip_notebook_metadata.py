"""Strip only volatile metadata from notebooks (timings, papermill run data); keep outputs,
execution counts and the kernelspec, which nbval needs."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

VOLATILE_CELL_KEYS = ("execution", "papermill", "collapsed", "scrolled")


def strip(path: Path) -> bool:
    nb = nbformat.read(path, as_version=4)
    before = nbformat.writes(nb)
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        for key in VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
        for out in cell.get("outputs", []):
            # a widget's view carries a random model id; its text/plain stand-in stays
            out.get("data", {}).pop("application/vnd.jupyter.widget-view+json", None)
    after = nbformat.writes(nb)
    if after != before:
        path.write_text(after + ("" if after.endswith("\n") else "\n"), encoding="utf-8")
        return True
    return False


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(("stripped " if strip(Path(arg)) else "clean    ") + arg)
