"""Bad input gets a clear answer: empty, huge, mis-encoded, legacy fonts, markup, odd languages."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from utils import extract, paths, text

SCHEMA = json.loads(paths.SCHEMA.read_text(encoding="utf-8"))
DEAL_EN = "Amazon invested $4 billion in Anthropic."
DEAL_HI = "माइक्रोसॉफ्ट ने ओपनएआई में 10 अरब डॉलर का निवेश किया।"


def run_cli(*args: str) -> tuple[int, list[dict[str, Any]], str]:
    proc = subprocess.run([sys.executable, "-m", "utils.extract", *args], capture_output=True, cwd=paths.ROOT,
                          timeout=300)
    recs = [json.loads(x) for x in proc.stdout.decode("utf-8").splitlines()]
    return proc.returncode, recs, proc.stderr.decode("utf-8", "replace")


def record_of(tmp_path: Path, payload: bytes, name: str = "doc") -> dict[str, Any]:
    p = tmp_path / f"{name}.txt"
    p.write_bytes(payload)
    rec = extract.process(name, p)
    jsonschema.validate(rec, SCHEMA)
    return rec


def canon(rec: dict[str, Any]) -> list[str]:
    return [e["canonical"] for e in rec["entities"] if e["label"] != "MONEY"]


# --- empty and huge ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("payload", "note"),
    [(b"", "empty document"), (b" \n\t\r\n  ", "whitespace only"), (b"\xef\xbb\xbf", "empty document"),
     ("\u00a0\u2009\n\u3000".encode(), "whitespace only"), (b"\xff\xfe", "empty document")],
    ids=["empty", "whitespace", "lone-utf8-bom", "unicode-spaces", "lone-utf16-bom"],
)
def test_extract_empty_input_gets_a_record_with_a_warning(tmp_path: Path, payload: bytes, note: str) -> None:
    rec = record_of(tmp_path, payload)
    assert any(note in e for e in rec["errors"]) and all(e.startswith(extract.WARNING) for e in rec["errors"])
    assert not extract.failed(rec)
    assert rec["sentences"] == rec["entities"] == rec["amounts"] == rec["deals"] == []


def test_extract_cli_empty_files_exit_0(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf")
    code, recs, _ = run_cli(str(tmp_path))
    assert code == 0 and [r["doc_id"] for r in recs] == ["a", "b"]


def test_extract_ten_megabyte_single_line(tmp_path: Path) -> None:
    # 100 deal sentences in 10 MB without one newline: a run-on line must neither hang
    # (the sentence splitter cuts run-ons) nor lose the sentences in it
    filler = ("market prices held " + " " * 82) * 1010  # ~100 KB, no sentence mark
    parts = [f"{filler} Amazon invested ${i} million in Anthropic. " for i in range(1, 101)]
    line = "".join(parts)
    assert len(line) > 10_000_000 and "\n" not in line
    rec = record_of(tmp_path, line.encode())
    assert rec["errors"] == []
    assert [a["value"] for a in rec["amounts"]] == [i * 1e6 for i in range(1, 101)]
    for a in rec["amounts"]:
        assert line[a["start"]:a["end"]] == a["text"]
    assert rec["deals"] and all(d["investee"] == "Anthropic" for d in rec["deals"])
    assert max(e - s for s, e in rec["sentences"]) <= text.MAX_SENTENCE


_BIG_DOC = textwrap.dedent("""
    import json, resource, sys
    from pathlib import Path
    from utils import extract
    extract._components()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rec = extract.process("big", Path(sys.argv[1]))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"growth": (peak - base) * 1024, "amounts": rec["amounts"], "errors": rec["errors"],
                      "sha": rec["text_sha256"]}))
""")


def test_extract_200_megabyte_document_without_many_copies(tmp_path: Path) -> None:
    # The text is a real deal sentence, 200 MB of spaces and line breaks, and another deal
    # sentence: every stage still reads all of it, but it is cheap to analyse (the money
    # grammar and the gazetteer run at ~1 MB/s on dense prose, which would take minutes),
    # so the test measures memory, not throughput. Bound: 6x the input size.
    import hashlib

    p = tmp_path / "big.txt"
    head, tail = DEAL_EN + "\n", "\n" + DEAL_HI + "\n"
    block = (" " * 1023 + "\n") * 1024  # 1 MiB
    h = hashlib.sha256()
    with open(p, "wb") as fh:
        for chunk in [head.encode()] + [block.encode()] * 200 + [tail.encode()]:
            fh.write(chunk)
            h.update(chunk)
    size = p.stat().st_size
    assert size > 200 * 2**20
    proc = subprocess.run([sys.executable, "-c", _BIG_DOC, str(p)], capture_output=True, cwd=paths.ROOT,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    out = json.loads(proc.stdout)
    assert out["errors"] == [] and out["sha"] == h.hexdigest()
    assert [a["value"] for a in out["amounts"]] == [4e9, 1e10]
    assert out["amounts"][1]["start"] > 200 * 2**20
    assert out["growth"] < 6 * size, f"peak memory grew {out['growth'] / size:.1f}x the input"


# --- encodings -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("payload", "note"),
    [(DEAL_HI.encode("utf-8"), None),
     (b"\xef\xbb\xbf" + DEAL_HI.encode("utf-8"), None),
     (DEAL_HI.encode("utf-16-le"), "UTF-16LE without a byte-order mark (guessed from where its NUL bytes are)"),
     (b"\xff\xfe" + DEAL_HI.encode("utf-16-le"), "UTF-16LE (from its byte-order mark)"),
     (b"\xfe\xff" + DEAL_HI.encode("utf-16-be"), "UTF-16BE (from its byte-order mark)"),
     (DEAL_HI.encode("utf-32"), "UTF-32LE (from its byte-order mark)"),
     (b"\x00\x00\xfe\xff" + DEAL_HI.encode("utf-32-be"), "UTF-32BE (from its byte-order mark)")],
    ids=["utf8", "utf8-bom", "utf16le-no-bom", "utf16le", "utf16be", "utf32le", "utf32be"],
)
def test_extract_unicode_encodings_are_decoded_and_named(tmp_path: Path, payload: bytes, note: str | None) -> None:
    rec = record_of(tmp_path, payload)
    assert rec["errors"] == ([] if note is None else [f"warning: encoding {note}"])
    assert rec["deals"][0]["investee"] == "OpenAI" and rec["amounts"][0]["value"] == 1e10
    raw = DEAL_HI
    assert all(raw[e["start"]:e["end"]] == e["text"] for e in rec["entities"])


def test_extract_utf16_without_bom_english(tmp_path: Path) -> None:
    rec = record_of(tmp_path, DEAL_EN.encode("utf-16-be"))
    assert rec["errors"] == ["warning: encoding UTF-16BE without a byte-order mark (guessed from where its NUL bytes are)"]
    assert rec["amounts"][0]["value"] == 4e9


def test_extract_windows_1252_english_is_detected(tmp_path: Path) -> None:
    raw = "Mistral AI\u2019s \u201cSeries C\u201d \u2014 ASML invested \u20ac1.3 billion in Mistral AI, said Soci\u00e9t\u00e9."
    rec = record_of(tmp_path, raw.encode("cp1252"))
    assert rec["errors"] == ["warning: encoding windows-1252 (not valid UTF-8; guessed from its bytes)"]
    assert not extract.failed(rec) and rec["lang"] == "en"
    assert [(a["text"], a["value"], a["currency"]) for a in rec["amounts"]] == [("\u20ac1.3 billion", 1.3e9, "EUR")]
    assert all(raw[e["start"]:e["end"]] == e["text"] for e in rec["entities"])
    assert "Mistral AI" in canon(rec) and "ASML" in canon(rec)


def test_extract_latin1_english_is_detected(tmp_path: Path) -> None:
    raw = "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale said ASML invested \u00a3500 million in Mistral AI \u00bbthis year\u00ab."
    rec = record_of(tmp_path, raw.encode("latin-1"))
    assert rec["errors"] == ["warning: encoding ISO-8859-1 (Latin-1) (not valid UTF-8; guessed from its bytes)"]
    assert [(a["text"], a["value"], a["currency"]) for a in rec["amounts"]] == [("\u00a3500 million", 5e8, "GBP")]


@pytest.mark.parametrize("payload", [DEAL_HI.encode() + b"\xe0\xa4 " + DEAL_HI.encode(),
                                     "\u201cAmazon\u201d \u2014 invested \u20ac4 billion".encode() + b"\xff",
                                     "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale".encode() + b"\xe9"],
                         ids=["hindi", "english-curly-quotes", "french"])
def test_extract_damaged_utf8_is_not_guessed_as_a_legacy_encoding(tmp_path: Path, payload: bytes) -> None:
    rec = record_of(tmp_path, payload)  # one bad byte in UTF-8 text: say so, do not read mojibake
    assert extract.failed(rec) and "not decodable as utf-8" in rec["errors"][0]


@pytest.mark.parametrize(
    ("payload", "needle"),
    [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
     (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
     (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
     (b"GIF89a\x01\x00\x01\x00", "GIF"),
     (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
     (random.Random(5).randbytes(4096), "not text")],
    ids=["pdf", "zip", "jpeg", "gif", "gzip", "random-bytes"],
)
def test_extract_non_text_bytes_get_an_error_naming_the_problem(tmp_path: Path, payload: bytes, needle: str) -> None:
    rec = record_of(tmp_path, payload)
    assert extract.failed(rec) and needle in rec["errors"][0] and rec["entities"] == []


# --- legacy Hindi fonts --------------------------------------------------------------

KRUTIDEV = ("ekbØkslkW¶V us vksiuA,vkbZ esa 10 vjc MkWyj dk fuos'k fd;k gSA Hkkjr esa ;g lcls cM+k "
            "lkSnk gS vkSj dEiuh us dgk fd bl lky vkSj fuos'k gksxkA")
CHANAKYA = "ÖæÚUÌ ×ð´ çÙßðàæ ãé¥æ ãñ ¥õÚU ·¤¢ÂÙè Ùð ·¤ãæ ç·¤ Øã âõÎæ ãñ ¥õÚU §â âæÜ ¥õÚU çÙßðàæ ãô»æÐ"


@pytest.mark.parametrize(("payload", "font"), [(KRUTIDEV.encode("cp1252"), "KrutiDev"),
                                               (KRUTIDEV.encode("utf-8"), "KrutiDev"),
                                               (CHANAKYA.encode("latin-1"), "Chanakya"),
                                               (CHANAKYA.encode("utf-8"), "Chanakya")],
                         ids=["krutidev-cp1252", "krutidev-utf8", "chanakya-latin1", "chanakya-utf8"])
def test_extract_legacy_font_is_reported_not_tagged_english(tmp_path: Path, payload: bytes, font: str) -> None:
    rec = record_of(tmp_path, payload)
    assert rec["lang"] == "hi" and extract.failed(rec)
    assert any(e.startswith("legacy font encoding") and font in e for e in rec["errors"])
    assert rec["entities"] == rec["amounts"] == rec["deals"] == []
    assert rec["text_sha256"]


def test_detect_legacy_font_leaves_unicode_and_english_alone() -> None:
    for p in sorted(paths.RAW.glob("*.txt")):
        assert text.detect_legacy_font(p.read_text(encoding="utf-8")) is None, p.name
    english = "Tell us what ls and dk mean: the DJ said that ij and gS are odd, and fd is a tag of the bl team."
    assert text.detect_legacy_font(english) is None


def test_extract_cli_legacy_font_exits_1(tmp_path: Path) -> None:
    (tmp_path / "kd.txt").write_bytes(KRUTIDEV.encode())
    code, recs, _ = run_cli(str(tmp_path / "kd.txt"))
    assert code == 1 and "KrutiDev" in recs[0]["errors"][0]


# --- mixed and other languages -------------------------------------------------------

@pytest.mark.parametrize(
    ("sample", "lang"),
    [("مائیکروسافٹ نے اوپن اے آئی میں 10 ارب ڈالر کی سرمایہ کاری کی ہے اور یہ بڑی خبر ہے۔", "ur"),
     ("मायक्रोसॉफ्टने ओपनएआयमध्ये 10 अब्ज डॉलरची गुंतवणूक केली आहे आणि ही मोठी बातमी आहे.", "mr"),
     ("माइक्रोसफ्टले ओपनएआईमा १० अर्ब डलर लगानी गरेको छ र यो ठूलो समाचार हो।", "ne"),
     ("استثمرت مايكروسوفت عشرة مليارات دولار في أوبن إيه آي.", "ar"),
     ("Amazon ने Anthropic में $4 billion का निवेश किया है।", "hi"),
     ("Заявление: Amazon инвестировал $4 млрд в Anthropic.", "ru"),
     ("亚马逊向Anthropic投资了40亿美元。", "zh"),
     ("আমাজন অ্যানথ্রপিকে ৪০০ কোটি ডলার বিনিয়োগ করেছে।", "bn")],
    ids=["urdu", "marathi", "nepali", "arabic", "hinglish", "russian", "chinese", "bengali"],
)
def test_extract_other_languages_do_not_break(tmp_path: Path, sample: str, lang: str) -> None:
    rec = record_of(tmp_path, sample.encode())
    assert rec["errors"] == [] and rec["lang"] == lang
    for e in rec["entities"]:
        assert sample[e["start"]:e["end"]] == e["text"]


# --- one record per input, exit status -----------------------------------------------

def test_extract_cli_every_input_one_record_and_exit_status(tmp_path: Path) -> None:
    files = {"a_good.txt": DEAL_EN.encode(), "b_empty.txt": b"", "c_pdf.txt": b"%PDF-1.4",
             "d_cp1252.txt": "\u201cASML\u201d invested \u20ac1 billion in Mistral AI.".encode("cp1252"),
             "e_kruti.txt": KRUTIDEV.encode(), "f_html.txt": f"<p>{DEAL_EN}</p>".encode()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    code, recs, err = run_cli(str(tmp_path), str(tmp_path / "missing.txt"), "-")
    assert code == 1 and "Traceback" not in err
    assert [r["doc_id"] for r in recs] == ["a_good", "b_empty", "c_pdf", "d_cp1252", "e_kruti", "f_html", "missing",
                                          "stdin"]
    assert [extract.failed(r) for r in recs] == [False, False, True, False, True, False, True, False]
    for r in recs:
        jsonschema.validate(r, SCHEMA)
    ok = [str(tmp_path / n) for n in ("a_good.txt", "b_empty.txt", "d_cp1252.txt", "f_html.txt")]
    assert run_cli(*ok)[0] == 0  # warnings alone do not fail a run


def test_extract_tables_status_counts_warnings_as_ok(tmp_path: Path) -> None:
    recs = [record_of(tmp_path, b"", "empty"), record_of(tmp_path, b"%PDF-1.4", "pdf")]
    docs = extract.tables(recs)["documents"]
    assert list(docs["status"]) == ["ok", "error"] and "empty document" in docs["errors"][0]
