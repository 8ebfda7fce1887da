"""Property-based tests over arbitrary Unicode: extract never raises, spans index the text,
output is deterministic, normalisation is idempotent (hypothesis; budget in conftest.py)."""

from __future__ import annotations

import io
import json
import math
import os
import subprocess
import sys
from typing import Any

import jsonschema
from hypothesis import given, strategies as st

from utils import extract, paths, text

SCHEMA = json.loads(paths.SCHEMA.read_text(encoding="utf-8"))

# pieces that reach the interesting code: names, postpositions, money, markup, invisible
# characters, nukta letters in both forms, legacy-font words, signs
TOKENS = [
    "अमेज़न", "अमे\u095bन", "ने", "एंथ्रोपिक", "ओपनAI", "ओपनएआई", "में", "से", "को", "का", "और", "निवेश", "किया",
    "जुटाए", "लगभग", "तक", "करीब", "$", "₹", "€", "4", "४", "1,00,00,000", "1.000.000", "12,34", "..", ".",
    ",", "-", "−", "बिलियन", "अरब", "करोड़", "लाख करोड़", "रुपये", "डॉलर", "अरबों", "साढ़े", "तीन", "।", "|",
    " ", "\n", "\t", "Amazon", "invested", "billion", "in", "Anthropic", "Google", "led by", "raised", "(", ")",
    "<p>", "</p>", "<b>", "<script>", "</script>", "<!--", "-->", "&nbsp;", "&#x915;", "&#2344;", "&amp;",
    "&lt;", "[", "](", "```", "`", "\u200d", "\u200c", "\u00ad", "\u00a0", "\u2009", "\u093c", "e\u0301",
    "\x00", "\x07", "\ufeff", "Hkkjr", "gS", "esa", "\"", "'", "\U0001f600", "\u0600", "ٹ", "\U000e0001",
]
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(TOKENS), max_size=80).map("".join),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=50).map("".join),
)


def check(raw: str, rec: dict[str, Any]) -> None:
    jsonschema.validate(rec, SCHEMA)
    json.dumps(rec, allow_nan=False)
    for key in ("entities", "amounts"):
        for x in rec[key]:
            assert 0 <= x["start"] <= x["end"] <= len(raw)
            assert raw[x["start"]:x["end"]] == x["text"]
    for s, e in rec["sentences"]:
        assert 0 <= s < e <= len(raw)
    for a in rec["amounts"]:
        assert all(v is None or math.isfinite(v) for v in (a["value"], a["low"]))


@given(TEXTS)
def test_extract_never_raises_and_spans_index_the_text(raw: str) -> None:
    check(raw, extract.to_record(extract.analyse(raw)))


@given(TEXTS)
def test_extract_output_is_deterministic(raw: str) -> None:
    assert extract.to_record(extract.analyse(raw)) == extract.to_record(extract.analyse(raw))


@given(st.binary(max_size=600) | TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_extract_process_any_bytes_gives_one_record(data: bytes) -> None:
    rec = extract.process("x", None, stdin=io.BytesIO(data))
    jsonschema.validate(rec, SCHEMA)
    json.dumps(rec, allow_nan=False)


@given(TEXTS)
def test_normalise_is_idempotent(raw: str) -> None:
    # character normalisation; markup is decoded once by design (``&amp;lt;`` is the text ``&lt;``)
    once = text.normalise(raw, markup=False).text
    assert text.normalise(once, markup=False).text == once


@given(TEXTS)
def test_normalise_offset_map_is_in_bounds_and_ordered(raw: str) -> None:
    n = text.normalise(raw)
    if n.starts is None:
        assert len(n.text) == len(raw)
        return
    assert len(n.starts) == len(n.ends) == len(n.text)
    prev = 0
    for s, e in zip(n.starts, n.ends):
        assert prev <= s < e <= len(raw)
        prev = s


def test_extract_deterministic_across_processes_and_hash_seeds(tmp_path: Any) -> None:
    doc = tmp_path / "messy.txt"
    doc.write_text("<p>अमे\u095bन&nbsp;ने</p> एंथ्रोपिक में $४ बिलियन| Google, Microsoft और Nvidia ने OpenAI में "
                   "$6.6 billion लगाए। " * 20, encoding="utf-8")
    outs = set()
    for seed in ("0", "1", "12345"):
        proc = subprocess.run([sys.executable, "-m", "utils.extract", str(doc)], capture_output=True,
                              cwd=paths.ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120)
        outs.add(proc.stdout)
    assert len(outs) == 1 and b"OpenAI" in outs.pop()


_GLOSSY = st.lists(st.sampled_from(["अमेज़न", "वेब", " ", "-", "(", ")", "AWS", "Nod.ai", "x", "'", "\n", "सेवा", "A B"]),
                   max_size=60).map("".join)


@given(_GLOSSY)
def test_glosses_read_back_from_the_bracket_find_what_a_full_scan_finds(t: str) -> None:
    import regex
    from utils.text import _LATIN_BEFORE, _LATIN_IN_BRACKETS, _NATIVE_BEFORE, _NATIVE_IN_BRACKETS, _around_brackets
    for inside, before in ((_LATIN_IN_BRACKETS, _NATIVE_BEFORE), (_NATIVE_IN_BRACKETS, _LATIN_BEFORE)):
        # the same gloss as one forward pattern, scanned at every position of the text
        full = regex.compile(before.pattern + inside.pattern)
        want = [(m.start(), m.end()) for m in full.finditer(t)]
        assert [(b.start(), i.end()) for b, i in _around_brackets(inside, before, t)] == want