"""``regex``'s module-level functions with a plain dict cache of compiled patterns, and a disk cache of
the programs the start-up patterns compile to.

``regex.search(pattern, text)`` looks its pattern up in regex's own cache on every call, which
costs more than the search itself for the short patterns the rules use in their hot loops (flag
enums, argument checks). These functions take the same arguments and give the same results.

``regex`` parses a pattern in Python before its C engine gets the program (a list of ints): for the
300-odd patterns the rules build at start-up (cue alternations of hundreds of words among them) that
takes 0.3-0.5 s, more than anything else at start-up. The program depends only on the pattern, its
flags and the regex and Python versions, so it is cached on disk like the gazetteer's automaton: a JSON
file (numbers and text; nothing in it executes) keyed by those versions, holding the programs of the
patterns compiled before :func:`freeze`. Any file that is missing, unreadable or refused by the engine
just means compiling as usual.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Iterator

import regex
from regex import _main as _regex_main  # the engine's entry point, ``_regex.compile``, is private

from utils import paths

_CACHE: dict[tuple[str, int], "regex.Pattern[str]"] = {}
_FORMAT = 1
_MAX_RECORDED = 2048  # start-up builds some 320 patterns; beyond this they are the text's own (escaped names)

_LOCK = threading.RLock()
_programs: dict[str, list[Any]] | None = None  # "flags:pattern" -> program, loaded on first use
_used: dict[str, list[Any]] = {}  # the programs of this process's start-up patterns
_recording = True
_changed = False


def programs_file() -> Path | None:
    """The disk cache of compiled programs for this regex and Python (``None``: caching is off)."""
    folder = paths.cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256("\x00".join((regex.__version__, sys.version, str(int(regex.DEFAULT_VERSION)),
                                    str(_FORMAT))).encode()).hexdigest()[:16]
    return folder / f"regex-{h}.json"


def _load() -> dict[str, list[Any]]:
    """The cached programs, or none if the file is missing or not ours."""
    path = programs_file()
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT or data.get("regex") != regex.__version__:
            return {}
        programs = data["programs"]
        return programs if isinstance(programs, dict) else {}
    except (OSError, ValueError, KeyError, AttributeError):
        return {}


class _Recorder:
    """Stands in for the engine module while one pattern compiles, to keep the program it is given."""

    def __init__(self, engine: Any, pattern: str) -> None:
        self.engine = engine
        self.pattern = pattern
        self.args: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    def compile(self, *args: Any) -> Any:  # noqa: A003 - the engine's name
        if args and args[0] == self.pattern:  # (not a pattern another thread compiles meanwhile)
            self.args = args
        return self.engine.compile(*args)


def _program(args: tuple[Any, ...]) -> list[Any] | None:
    """The engine's arguments as JSON values (``None`` for a pattern with named lists, which are not cached)."""
    (_pattern, flags, code, group_index, index_group, named_lists, named_list_indexes, req_offset, req_chars,
     req_flags, group_count) = args
    if named_lists or named_list_indexes:
        return None
    return [flags, list(code), dict(group_index), sorted(index_group.items()), req_offset,
            None if req_chars is None else list(req_chars), req_flags, group_count]


def _from_program(pattern: str, program: list[Any]) -> "regex.Pattern[str]":
    """The compiled pattern, straight from its cached program."""
    flags, code, group_index, index_group, req_offset, req_chars, req_flags, group_count = program
    return _regex_main._regex.compile(pattern, flags, code, group_index, {int(k): v for k, v in index_group},
                                      {}, [], req_offset, None if req_chars is None else tuple(req_chars),
                                      req_flags, group_count)


def _build(pattern: str, flags: int) -> "regex.Pattern[str]":
    """Compile, from the disk cache when the pattern's program is there; keep the program while recording."""
    global _programs, _changed, _recording
    if not _recording:
        return regex.compile(pattern, flags)
    with _LOCK:
        if _programs is None:
            _programs = _load()
        key = f"{flags}:{pattern}"
        program = _programs.get(key)
        if program is not None:
            try:
                compiled = _from_program(pattern, program)
                _used[key] = program
                return compiled
            except Exception:  # a program this engine refuses: compile it again
                _programs.pop(key, None)
        recorder = _Recorder(_regex_main._regex, pattern)
        _regex_main._regex = recorder
        try:
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _regex_main._regex = recorder.engine
        program = _program(recorder.args) if recorder.args is not None else None
        if len(_used) >= _MAX_RECORDED:  # a process that never calls freeze (a matcher used alone): stop keeping
            _recording = False
        elif program is not None:
            _used[key] = program
            _changed = True
        return compiled


def freeze() -> None:
    """Start-up is over: if some of its patterns were not in the disk cache, write the programs of all of
    them there; then stop recording (patterns built later, from the text, are compiled as usual)."""
    global _recording, _changed
    with _LOCK:
        if not _recording:
            return
        _recording = False
        path = programs_file()
        if path is None or not _changed:  # (programs in the file that this start-up did not use stay until then)
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"format": _FORMAT, "regex": regex.__version__, "programs": _used},
                                      ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:  # a read-only place just means no cache
            pass
        _changed = False


def compile(pattern: str, flags: int = 0) -> "regex.Pattern[str]":  # noqa: A001 - mirrors regex.compile
    """The compiled pattern, built once per process."""
    key = (pattern, int(flags))
    p = _CACHE.get(key)
    if p is None:
        if len(_CACHE) >= 4096:  # escaped names (``regex.escape(surname)``) could grow it without end
            _CACHE.clear()
        p = _CACHE[key] = _build(pattern, int(flags))
    return p


def search(pattern: str, string: str, flags: int = 0) -> "regex.Match[str] | None":
    """``regex.search``."""
    return compile(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> "regex.Match[str] | None":
    """``regex.match``."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> "regex.Match[str] | None":
    """``regex.fullmatch``."""
    return compile(pattern, flags).fullmatch(string)


def sub(pattern: str, repl: str | Callable[[Any], str], string: str, flags: int = 0) -> str:
    """``regex.sub``."""
    return compile(pattern, flags).sub(repl, string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator["regex.Match[str]"]:
    """``regex.finditer``."""
    return compile(pattern, flags).finditer(string)
