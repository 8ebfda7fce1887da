"""``regex``'s module-level functions with a plain dict cache of compiled patterns.

``regex.search(pattern, text)`` looks its pattern up in regex's own cache on every call, which
costs more than the search itself for the short patterns the rules use in their hot loops (flag
enums, argument checks). These functions take the same arguments and give the same results.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

import regex

_CACHE: dict[tuple[str, int], "regex.Pattern[str]"] = {}


def compile(pattern: str, flags: int = 0) -> "regex.Pattern[str]":  # noqa: A001 - mirrors regex.compile
    """The compiled pattern, built once per process."""
    key = (pattern, int(flags))
    p = _CACHE.get(key)
    if p is None:
        if len(_CACHE) >= 4096:  # escaped names (``regex.escape(surname)``) could grow it without end
            _CACHE.clear()
        p = _CACHE[key] = regex.compile(pattern, flags)
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
