"""The notebooks follow the conventions nbval and readers rely on (checked before nbval runs them)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from utils import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))


def test_notebooks_exist_in_order() -> None:
    names = [p.stem for p in NOTEBOOKS]
    assert names[:4] == ["01_parse_articles", "02_tag_entities", "03_extract_deals", "04_chart_deals"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_conventions(path: Path) -> None:
    assert re.fullmatch(r"\d\d_[a-z]+_[a-z_]+\.ipynb", path.name)
    nb = json.loads(path.read_text(encoding="utf-8"))
    first, second = nb["cells"][0], nb["cells"][1]
    head = "".join(first["source"])
    assert first["cell_type"] == "markdown" and head.startswith("# ")
    assert "**Question:**" in head and "**Inputs:**" in head and "**Outputs:**" in head
    assert second["cell_type"] == "code" and "parameters" in second["metadata"].get("tags", [])
    setup = "".join(second["source"])
    assert "SEED = " in setup and re.search(r"^[A-Z_]+ = ", setup, flags=re.M)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_executed_in_order_without_errors(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    assert not [o for c in code for o in c["outputs"] if o["output_type"] == "error"]
    for c in code:
        src = "".join(c["source"])
        assert "sys.path" not in src and "import *" not in src
        assert len(src.splitlines()) <= 15


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_holds_no_machine_paths(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert str(paths.ROOT) not in text and str(Path.home()) + "/" not in text
