"""utils.rx: compiled patterns cached per process, and their programs cached on disk for start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

from utils import paths, rx

PATTERNS = [
    (r"(?<![\p{L}\p{M}])(?:निवेश\ किया|invested|जुटाए)", regex.IGNORECASE),
    (r"(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<unit>करोड़|अरब|billion)\b", 0),
    (r"(?:^|[.,;:]\s*)(?:it|the company)\b", regex.IGNORECASE | regex.MULTILINE),
    (r"[\p{L}\p{M}]+(?=\s+ने\s)", 0),
]
TEXT = "अल्फाबेट ने एंथ्रोपिक में निवेश किया। It INVESTED 500 करोड़ more; the company raised 2.5 billion."


@pytest.fixture
def fresh_rx(monkeypatch: Any, tmp_path: Path) -> Path:
    """rx with an empty process cache, recording, and its disk cache in ``tmp_path``."""
    monkeypatch.setenv("SAUDA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_CACHE", {})
    monkeypatch.setattr(rx, "_programs", None)
    monkeypatch.setattr(rx, "_used", {})
    monkeypatch.setattr(rx, "_recording", True)
    monkeypatch.setattr(rx, "_changed", False)
    return tmp_path


def _behaviour(p: "regex.Pattern[str]") -> tuple[Any, ...]:
    return (p.pattern, p.flags, p.groups, dict(p.groupindex),
            [(m.span(), m.groupdict()) for m in p.finditer(TEXT)])


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_rx_program_from_disk_compiles_the_same_pattern(pattern: str, flags: int) -> None:
    recorder = rx._Recorder(rx._regex_main._regex, pattern)
    rx._regex_main._regex = recorder
    try:
        fresh = regex.compile(pattern, flags, cache_pattern=False)
    finally:
        rx._regex_main._regex = recorder.engine
    assert recorder.args is not None
    program = json.loads(json.dumps(rx._program(recorder.args)))  # as written to and read from the file
    rebuilt = rx._from_program(pattern, program)
    assert _behaviour(rebuilt) == _behaviour(fresh)
    assert _behaviour(fresh)[-1]  # the text exercises the pattern


def test_rx_freeze_writes_the_start_up_programs_and_the_next_process_reads_them(fresh_rx: Path) -> None:
    compiled = [rx.compile(p, f) for p, f in PATTERNS]
    assert rx.programs_file() is not None and not rx.programs_file().exists()
    rx.freeze()
    data = json.loads(rx.programs_file().read_text(encoding="utf-8"))
    assert sorted(data["programs"]) == sorted(f"{int(f)}:{p}" for p, f in PATTERNS)
    rx.compile(r"after\s+start-up", 0)  # built from the text later: not recorded
    assert "0:after\\s+start-up" not in rx._used
    # a new process: every program comes from the file, none is compiled again
    rx._CACHE.clear()
    rx._programs, rx._used, rx._recording = None, {}, True
    before = rx.programs_file().stat().st_mtime_ns
    again = [rx.compile(p, f) for p, f in PATTERNS]
    assert not rx._changed
    rx.freeze()
    assert rx.programs_file().stat().st_mtime_ns == before
    assert [_behaviour(p) for p in again] == [_behaviour(p) for p in compiled]


def test_rx_unreadable_or_refused_cache_compiles_as_usual(fresh_rx: Path) -> None:
    path = rx.programs_file()
    assert path is not None
    path.write_text('{"format": 1, "regex": "%s", "programs": {"0:ab+": [0, [1, 2, 3]' % regex.__version__,
                    encoding="utf-8")  # truncated
    assert rx.compile("ab+").findall("abbb ab") == ["abbb", "ab"]
    rx._CACHE.clear()
    rx._programs = {"0:ab+": ["not", "a", "program"]}  # one the engine refuses
    assert rx.compile("ab+").findall("abbb ab") == ["abbb", "ab"]


def test_rx_start_up_patterns_are_the_same_in_every_process(tmp_path: Path) -> None:
    """Patterns built from sets of cue words must not depend on string hashing, or every process would
    miss the disk cache and compile them again."""
    code = ("from utils import extract, rx\nextract._components()\n"
            "print(len(rx._used), rx.programs_file().stat().st_mtime_ns)\n")
    outs = []
    for seed in ("1", "2", "3"):  # (the first also compiles the gazetteer, with patterns of its own)
        env = {**os.environ, "PYTHONHASHSEED": seed, "SAUDA_CACHE_DIR": str(tmp_path)}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                             cwd=str(paths.ROOT), timeout=300)
        outs.append(out.stdout.split())
    assert int(outs[1][0]) > 200
    assert outs[1] == outs[2]  # same patterns, all read from the file, which the third process left alone


def test_rx_cached_start_up_gives_the_same_extraction(seed_raw: str, tmp_path: Path) -> None:
    outs = []
    for cache in ("", str(tmp_path), str(tmp_path)):  # caches off; written; read
        env = {**os.environ, "SAUDA_CACHE_DIR": cache}
        out = subprocess.run([sys.executable, "-m", "utils.extract", "-"], input=seed_raw.encode(), env=env,
                             capture_output=True, check=True, cwd=str(paths.ROOT), timeout=300)
        outs.append(out.stdout)
    assert list(tmp_path.glob("regex-*.json")) and list(tmp_path.glob("gazetteer-*.aho"))
    assert outs[0] == outs[1] == outs[2] and json.loads(outs[0])["deals"]


def test_rx_recording_stops_in_a_process_that_never_freezes(fresh_rx: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(rx, "_MAX_RECORDED", 2)
    for k in range(5):  # patterns built from the text, e.g. escaped names, in a matcher used without extract
        assert rx.compile(f"name{k}\\b").search(f"a name{k} b")
    assert len(rx._used) == 2 and not rx._recording
