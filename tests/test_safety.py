"""Data never executes: no eval or pickle, no network, no paths followed outside what was asked."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from utils import paths

DEAL_EN = "Amazon invested $4 billion in Anthropic."


def run_cli(*args: str) -> tuple[int, list[dict[str, Any]], bytes]:
    proc = subprocess.run([sys.executable, "-m", "utils.extract", *args], capture_output=True, cwd=paths.ROOT,
                          timeout=300)
    return proc.returncode, [json.loads(x) for x in proc.stdout.decode().splitlines()], proc.stdout


def test_safety_no_eval_exec_pickle_or_network_code_in_utils() -> None:
    banned = re.compile(r"\b(?:eval|exec|__import__)\s*\(|\bpickle\b|\bmarshal\b|\bshelve\b|\bdill\b|yaml\.load\("
                        r"|\bos\.system\b|\bsubprocess\b|\bsocket\b|\burllib\b|\brequests\b|\bhttp\.client\b")
    hits = []
    for p in sorted(paths.ROOT.joinpath("utils").glob("*.py")):
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if banned.search(line.split("#")[0]):
                hits.append(f"{p.name}:{n}: {line.strip()}")
    assert hits == []


_NO_NETWORK = textwrap.dedent("""
    import atexit, runpy, socket, sys
    attempts = []
    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(("socket", args))
            raise OSError("network access attempted")
    def refuse(*args, **kwargs):
        attempts.append(("call", args))
        raise OSError("network access attempted")
    socket.socket = NoSocket
    socket.create_connection = socket.getaddrinfo = socket.gethostbyname = socket.socketpair = refuse
    atexit.register(lambda: print(f"network attempts: {len(attempts)}", file=sys.stderr))
    sys.argv = ["utils.extract", *sys.argv[1:]]
    runpy.run_module("utils.extract", run_name="__main__", alter_sys=True)
""")


def test_safety_pipeline_runs_with_sockets_disabled() -> None:
    proc = subprocess.run([sys.executable, "-c", _NO_NETWORK, str(paths.RAW)], capture_output=True,
                          cwd=paths.ROOT, timeout=300)
    err = proc.stderr.decode()
    assert proc.returncode == 0, err[-2000:]
    assert "network attempts: 0" in err
    recs = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert len(recs) == len(list(paths.RAW.glob("*.txt"))) and all(r["errors"] == [] for r in recs)


@pytest.mark.skipif(not hasattr(os, "symlink") or not hasattr(os, "mkfifo"), reason="needs symlinks and FIFOs")
def test_safety_folder_entries_never_followed_outside(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("Google invested $9 billion in Sarvam AI.", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(DEAL_EN, encoding="utf-8")
    (folder / "alias.txt").symlink_to(folder / "a.txt")  # inside the folder: read
    (folder / "link.txt").symlink_to(secret)  # absolute, outside: refused
    (folder / "updir.txt").symlink_to(Path("..") / "outside" / "secret.txt")  # relative, outside: refused
    (folder / "sub.txt").mkdir()  # a folder named like a document
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    code, recs, stdout = run_cli(str(folder))
    assert code == 1
    assert [r["doc_id"] for r in recs] == ["a", "alias", "link", "pipe", "sub", "updir"]
    by_id = {r["doc_id"]: r for r in recs}
    assert by_id["a"]["errors"] == by_id["alias"]["errors"] == [] and by_id["alias"]["amounts"]
    for doc in ("link", "updir"):
        assert by_id[doc]["errors"][0].startswith("not followed") and by_id[doc]["entities"] == []
    for doc in ("pipe", "sub"):
        assert by_id[doc]["errors"][0].startswith("not a regular file")
    assert b"Sarvam" not in stdout and b"Google" not in stdout


def test_safety_symlink_named_on_the_command_line_is_what_was_asked(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(DEAL_EN, encoding="utf-8")
    (tmp_path / "named.txt").symlink_to(target)
    code, recs, _ = run_cli(str(tmp_path / "named.txt"))
    assert code == 0 and recs[0]["amounts"][0]["value"] == 4e9


def test_safety_text_that_looks_like_code_stays_text(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    doc = tmp_path / "code.txt"
    doc.write_text(f"__import__('os').system('touch {marker}') {{{{7*7}}}} ${{{{7*7}}}} %s %(x)s "
                   "<script>alert(1)</script> `touch x` $(touch x) " + DEAL_EN, encoding="utf-8")
    code, recs, _ = run_cli(str(doc))
    assert code == 0 and not marker.exists() and recs[0]["amounts"][0]["value"] == 4e9
