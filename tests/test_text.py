"""utils.text: normalisation with offsets, sentences, language, glosses."""

from __future__ import annotations

import unicodedata

import pytest

from utils import text


def test_normalise_identity_for_clean_nfc_text() -> None:
    n = text.normalise("अल्फाबेट ने एंथ्रोपिक में निवेश किया।")
    assert n.starts is None and n.text == n.raw


def test_normalise_nfd_maps_back_to_raw() -> None:
    raw = unicodedata.normalize("NFD", "क़रीब ज़्यादा café")
    n = text.normalise(raw)
    assert n.text == unicodedata.normalize("NFC", raw)
    i = n.text.index("café")
    s, e = n.to_raw(i, i + 4)
    assert raw[s:e] == unicodedata.normalize("NFD", "café")


def test_normalise_precomposed_nukta_is_decomposed_like_the_gazetteer() -> None:
    # U+095B (ज़ precomposed) → ज + ़ under NFC
    n = text.normalise("अमे\u095bन")
    assert n.text == "अमेज\u093cन"
    assert n.to_raw(0, len(n.text)) == (0, 5)


def test_normalise_drops_invisible_and_maps_spaces_and_digits() -> None:
    raw = "क्\u200dष\u00a0४,१५० करोड़\u00ad"
    n = text.normalise(raw)
    assert n.text == "क्ष 4,150 करोड़"
    s, e = n.to_raw(n.text.index("4"), n.text.index("4") + 5)
    assert raw[s:e] == "४,१५०"


def test_normalise_is_idempotent() -> None:
    raw = unicodedata.normalize("NFD", "ज़\u200cरा\u2009$५ बिलियन")
    once = text.normalise(raw).text
    assert text.normalise(once).text == once


def test_split_sentences_danda_period_and_newline() -> None:
    t = "अमेज़न ने निवेश किया। गूगल ने भी किया.\nशीर्षक बिना विराम"
    spans = text.split_sentences(t)
    assert [t[s:e] for s, e in spans] == ["अमेज़न ने निवेश किया।", "गूगल ने भी किया.", "शीर्षक बिना विराम"]


def test_split_sentences_keeps_decimals_abbreviations_and_initials() -> None:
    t = "Anthropic PBC raised $1.5 billion from Amazon.com Inc. and N. Chandrasekaran agreed. Next one."
    spans = text.split_sentences(t)
    assert [t[s:e] for s, e in spans] == [
        "Anthropic PBC raised $1.5 billion from Amazon.com Inc. and N. Chandrasekaran agreed.", "Next one."]


def test_split_sentences_glued_full_stop_inside_a_name_or_number() -> None:
    t = "बिल्डर.एआई ने २.३ अरब डॉलर जुटाए। एन.आर. नारायण मूर्ति ने निवेश किया.कंपनी खुश है।"
    assert [t[s:e] for s, e in text.split_sentences(t)] == [
        "बिल्डर.एआई ने २.३ अरब डॉलर जुटाए।", "एन.आर. नारायण मूर्ति ने निवेश किया.", "कंपनी खुश है।"]


def test_split_sentences_datelines() -> None:
    t = "नई दिल्ली। ओपनएआई ने $6.6 बिलियन जुटाए।\nSAN FRANCISCO (Reuters) - OpenAI raised $6.6 billion on Wednesday."
    got = [t[s:e] for s, e in text.split_sentences(t)]
    assert got == ["नई दिल्ली।", "ओपनएआई ने $6.6 बिलियन जुटाए।", "SAN FRANCISCO (Reuters) -",
                   "OpenAI raised $6.6 billion on Wednesday."]


def test_split_sentences_citation_marker_after_full_stop() -> None:
    t = "It raised $2 billion.[1] Then it hired."
    assert [t[s:e] for s, e in text.split_sentences(t)] == ["It raised $2 billion.[1]", "Then it hired."]


@pytest.mark.parametrize(
    ("sample", "lang"),
    [
        ("अल्फाबेट ने एंथ्रोपिक में निवेश किया है और यह बड़ा सौदा है।", "hi"),
        ("Alphabet invested $500 million in Anthropic and said the deal was done.", "en"),
        ("कंपनीने गुंतवणूक केली आहे आणि ही मोठी बातमी आहे.", "mr"),
        ("कम्पनीले लगानी गरेको छ र यो ठूलो समाचार हो।", "ne"),
        ("کمپنی نے سرمایہ کاری کی ہے اور یہ بڑی خبر ہے۔", "ur"),
        ("12345 !!!", "und"),
    ],
)
def test_detect_language_by_script_and_function_words(sample: str, lang: str) -> None:
    assert text.detect_language(sample) == lang


def test_harvest_glosses_acronym_takes_one_word_per_letter() -> None:
    gl = text.harvest_glosses("भारतीय प्रतिस्पर्धा आयोग (CCI) ने कहा कि वितरक (distributor) अहम है")
    assert [(g.native, g.latin) for g in gl] == [("भारतीय प्रतिस्पर्धा आयोग", "CCI"), ("वितरक", "distributor")]


def test_harvest_glosses_native_name_with_digits() -> None:
    gl = text.harvest_glosses("एनालिटिक्स फर्म ब्रिजआई2आई (BRIDGEi2i) का अधिग्रहण")
    assert [(g.native, g.latin) for g in gl] == [("ब्रिजआई2आई", "BRIDGEi2i")]


def test_harvest_glosses_reversed_order() -> None:
    gl = text.harvest_glosses("Trainium (ट्रेनियम) चिप")
    assert [(g.native, g.latin) for g in gl] == [("ट्रेनियम", "Trainium")]


def test_nukta_variants_fold_urdu_sounds_but_not_flapped_letters() -> None:
    assert set(text.nukta_variants("ख़रीदा")) == {"ख़रीदा", "खरीदा"}
    assert "ज़्यादा" in text.nukta_variants("ज्यादा")
    assert text.nukta_variants("बड़ा") == ["बड़ा"]  # ड़ is a letter of its own


def test_nukta_variants_write_a_first_ai_as_e() -> None:
    assert "खरीदने का एलान" in text.nukta_variants("खरीदने का ऐलान")


def test_text_stray_control_character_is_dropped_not_spaced() -> None:
    n = text.normalise("brain.\"\n\x07Warehouse robots\tmove")
    assert n.text == "brain.\"\nWarehouse robots move"
    assert n.to_raw(8, 17) == (9, 18)  # ``Warehouse`` maps past the dropped bell


@pytest.mark.parametrize("raw, clean", [("निवेश किया| कंपनी ने कहा", "निवेश किया। कंपनी ने कहा"),
                                       ("राउंड की अगुवाई की|", "राउंड की अगुवाई की।"),
                                       ("Revenue | Profit", "Revenue | Profit"), ("a|b", "a|b")])
def test_text_pipe_typed_for_a_danda_becomes_one(raw: str, clean: str) -> None:
    got = text.normalise(raw)
    assert got.text == clean and got.to_raw(0, len(got.text)) == (0, len(raw))
