"""environment.yml (conda) and pyproject.toml (pip) list the same packages."""

from __future__ import annotations

import re
import tomllib

from utils import paths


def _name(spec: str) -> str:
    return re.split(r"[<>=!~ \[;]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_and_pyproject_list_the_same_packages() -> None:
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pip_names = {_name(s) for s in project["dependencies"]}
    for extra in project["optional-dependencies"].values():  # dev, fuzz
        pip_names |= {_name(s) for s in extra}
    conda_names = set()
    for line in (paths.ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s+-\s+([^#\s][^#]*?)\s*(?:#.*)?$", line)
        if m and not m.group(1).startswith(("-e", "pip:")) and m.group(1) not in ("pip", "conda-forge"):
            conda_names.add(_name(m.group(1)))
    conda_names -= {"python", "pip"}
    assert conda_names == pip_names


def test_environment_every_dependency_has_a_lower_bound_and_a_reason() -> None:
    text = (paths.ROOT / "pyproject.toml").read_text(encoding="utf-8")
    deps = re.findall(r'^\s+"([^"]+)",\s*(#.*)?$', text, flags=re.M)
    assert deps
    for spec, comment in deps:
        assert ">=" in spec and comment, spec
