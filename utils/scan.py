"""Aho-Corasick passes over a document's ASCII-lower-cased text, a window at a time.

The cue indexes of ``utils.money`` and ``utils.deals`` search a lower-cased copy of the text;
a window of ``chunk`` characters at a time keeps that copy small for a very long document.
"""

from __future__ import annotations

from typing import Any, Iterator

_ASCII_LOWER_BYTES = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


def ascii_lower(s: str) -> str:
    """A-Z lowered, nothing else (UTF-8 multi-byte sequences hold no byte in A-Z)."""
    if s.isascii():
        return s.lower()
    return s.encode("utf-8", "surrogatepass").translate(_ASCII_LOWER_BYTES).decode("utf-8", "surrogatepass")


def hits(automaton: Any, text: str, *, longest: int, chunk: int = 1 << 20) -> Iterator[tuple[int, Any]]:
    """``(end_index, value)`` of every key of ``automaton`` in ``ascii_lower(text)``, in order of end,
    as ``automaton.iter`` gives them; windows overlap by ``longest - 1`` (the longest key)."""
    if len(text) <= chunk:
        yield from automaton.iter(ascii_lower(text))
        return
    overlap = max(longest - 1, 0)
    for c0 in range(0, len(text), chunk):
        w0 = max(0, c0 - overlap)
        for end_idx, value in automaton.iter(ascii_lower(text[w0:c0 + chunk])):
            if w0 + end_idx >= c0:  # a hit ending in the overlap was the previous window's
                yield w0 + end_idx, value
