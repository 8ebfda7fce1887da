"""HTML and Markdown pasted as text, and the Unicode traps of scraped Hindi news."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from utils import extract, paths, text

ARTICLES = sorted(paths.RAW.glob("*.txt"))


def record(raw: str) -> dict[str, Any]:
    rec = extract.to_record(extract.analyse(raw, doc_id="x"))
    for key in ("entities", "amounts"):
        for x in rec[key]:
            assert raw[x["start"]:x["end"]] == x["text"]
    return rec


def canon(rec: dict[str, Any]) -> list[str]:
    return [e["canonical"] for e in rec["entities"] if e["label"] != "MONEY"]


def deals(rec: dict[str, Any]) -> list[tuple]:
    return [(tuple(d["investors"]), d["investee"], d["amount"], d["currency"], d["status"]) for d in rec["deals"]]


def amounts(rec: dict[str, Any]) -> list[tuple]:
    return [(a["value"], a["currency"], a["qualifier"], a["low"]) for a in rec["amounts"]]


# --- HTML and Markdown ---------------------------------------------------------------

HTML = (
    "<!DOCTYPE html><html><head><title>Amazon invests</title>"
    "<style>.deal::after { content: 'Google $9 billion'; }</style>"
    "<script>var deal = {investor: 'Microsoft', amount: '$10 billion', investee: 'OpenAI'};</script>"
    "</head><body><p>Amazon&nbsp;invested $4&nbsp;billion in "
    "<a href=\"https://www.nvidia.com/anthropic\" title=\"Meta $1 billion\">Anthropic</a>.</p>"
    "<!-- Nvidia $2 billion --><img alt=\"Meta $1 billion\" src=\"x.png\"><br/>"
    "<p>AT&amp;T said &lt;nothing&gt;.</p></body></html>"
)


def test_markup_html_tags_scripts_and_styles_are_not_entities_or_amounts() -> None:
    rec = record(HTML)
    assert set(canon(rec)) == {"Amazon", "Anthropic", "AT&T"}  # &amp; decodes to a real name
    assert [(a["text"], a["value"]) for a in rec["amounts"]] == [("$4&nbsp;billion", 4e9)]
    assert [(d["investors"], d["investee"], d["amount"]) for d in rec["deals"]] == [(["Amazon"], "Anthropic", 4e9)]
    for e in rec["entities"]:
        assert "<" not in e["text"] and ">" not in e["text"]


def test_markup_character_references_map_back_to_the_raw_span() -> None:
    raw = "<p>&#x913;&#x92A;&#x928;&#x90F;&#x906;&#x908; &#2344;&#2375; $6.6&#x20;बिलियन जुटाए।</p>"
    rec = record(raw)
    (openai,) = [e for e in rec["entities"] if e["canonical"] == "OpenAI"]
    assert openai["text"] == "&#x913;&#x92A;&#x928;&#x90F;&#x906;&#x908;"
    assert [(a["text"], a["value"]) for a in rec["amounts"]] == [("$6.6&#x20;बिलियन", 6.6e9)]
    assert rec["deals"][0]["investee"] == "OpenAI"


def test_markup_markdown_links_code_and_images_are_blanked() -> None:
    raw = ("# OpenAI raises\n\n[Microsoft](https://www.google.com/nvidia \"Meta\") said **OpenAI** raised "
           "$6.6 billion.\n\n```\nGoogle invested $9 billion in xAI\n```\n\n"
           "![Meta logo](https://meta.com/$1-billion.png)\nUse `Nvidia $2 billion` as an example.\n")
    rec = record(raw)
    assert set(canon(rec)) == {"OpenAI", "Microsoft"}
    assert [(a["text"], a["value"]) for a in rec["amounts"]] == [("$6.6 billion", 6.6e9)]


def test_markup_taken_out_as_a_browser_would_with_offsets_kept() -> None:
    raw = "<div class='x'>गूगल ने <b>एंथ्रो</b>पिक में $2 बिलियन का निवेश किया।</div><p>दूसरा</p>"
    n = text.normalise(raw)
    assert n.text == "\nगूगल ने एंथ्रोपिक में $2 बिलियन का निवेश किया।\n\nदूसरा\n"
    i = n.text.index("गूगल")
    assert n.to_raw(i, i + 4) == (raw.index("गूगल"), raw.index("गूगल") + 4)
    rec = record(raw)
    (ant,) = [e for e in rec["entities"] if e["canonical"] == "Anthropic"]
    assert ant["text"] == "एंथ्रो</b>पिक"  # the raw span, tag and all
    assert [raw[s:e] for s, e in rec["sentences"]][-1] == "दूसरा"


@pytest.mark.parametrize("raw", ["M&A deals: 4 < 5 and 7 > 3, R&D up.", "अमेज़न ने $4 बिलियन दिए।",
                                 "see [1] and [2]: a list", "email a<b@c.d>"])
def test_markup_plain_text_is_left_alone(raw: str) -> None:
    assert not text.looks_like_markup(raw)
    assert text.normalise(raw).text == text.normalise(raw, markup=False).text


def test_markup_dev_articles_are_plain_text() -> None:
    for p in ARTICLES:
        assert not text.looks_like_markup(p.read_text(encoding="utf-8")), p.name


def test_markup_unclosed_script_blanks_to_the_end() -> None:
    rec = record("<p>Amazon invested $4 billion in Anthropic.</p><script>var x = 'Google $9 billion'")
    assert set(canon(rec)) == {"Amazon", "Anthropic"} and len(rec["amounts"]) == 1


# --- Unicode traps -------------------------------------------------------------------

@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_unicode_nfd_and_nfc_give_the_same_results(path: Any) -> None:
    raw = path.read_text(encoding="utf-8")
    nfc, nfd = record(unicodedata.normalize("NFC", raw)), record(unicodedata.normalize("NFD", raw))
    assert canon(nfd) == canon(nfc)
    assert amounts(nfd) == amounts(nfc)
    assert deals(nfd) == deals(nfc)


def _trapped(raw: str) -> str:
    """The same article as scraped badly: odd spaces, invisible joiners, soft hyphens, mixed
    digits, ``|`` for ``।`` and control characters."""
    out = []
    spaces = ["\u00a0", "\u2009", " ", "\u202f", "\x0b"]
    k = 0
    for i, ch in enumerate(raw):
        if ch == " ":
            out.append(spaces[k % len(spaces)])
            k += 1
        elif ch == "।":
            out.append("|")
        elif ch.isdigit() and ch.isascii() and k % 2:
            out.append("०१२३४५६७८९"[int(ch)])
        else:
            out.append(ch)
        if ch == "\u094d":
            out.append("\u200d" if k % 2 else "\u200c")  # joiners after a virama
        elif ch.isalpha() and ch.isascii() and i + 1 < len(raw) and raw[i + 1].isalpha() and i % 7 == 0:
            out.append("\u00ad")  # a soft hyphen inside a Latin word
        elif ch == "\n":
            out.append("\x07")  # a stray control character at a line start
    return "".join(out)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_unicode_traps_give_the_same_results(path: Any) -> None:
    raw = path.read_text(encoding="utf-8")
    trapped = _trapped(raw)
    assert trapped != raw
    clean, messy = record(raw), record(trapped)
    assert canon(messy) == canon(clean)
    assert amounts(messy) == amounts(clean)
    assert deals(messy) == deals(clean)
    assert len(messy["sentences"]) == len(clean["sentences"])


def test_unicode_devanagari_and_latin_digits_mixed_in_one_number() -> None:
    rec = record("टीसीएस ने ४,15० करोड़ रुपये का निवेश किया।")
    assert [(a["text"], a["value"]) for a in rec["amounts"]] == [("४,15० करोड़ रुपये", 4.15e10)]


def test_unicode_pipe_as_danda_splits_sentences() -> None:
    raw = "अमेज़न ने निवेश किया| गूगल ने भी किया|"
    assert [raw[s:e] for s, e in record(raw)["sentences"]] == ["अमेज़न ने निवेश किया|", "गूगल ने भी किया|"]


def test_unicode_control_characters_never_reach_the_output() -> None:
    raw = "Amazon\x00 invested\x1b[31m $4 billion\x7f in\x85 Anthropic.\x0c"
    rec = record(raw)
    assert set(canon(rec)) == {"Amazon", "Anthropic"} and amounts(rec) == [(4e9, "USD", None, None)]
    for d in rec["deals"]:
        assert all(ch.isprintable() for ch in d["evidence"])
