"""Write data/gold/anthropic_amazon_partnership_hi.json from a hand-made mention list.

The list below is the annotation (surface form, label, canonical); the script only finds
every occurrence at word boundaries, longest first, so the offsets are exact. It does not
use the pipeline.
"""

import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = "anthropic_amazon_partnership_hi"
MENTIONS = [
    ("अमेज़न वेब सर्विसेज", "ORG", "Amazon Web Services"), ("AWS", "ORG", "Amazon Web Services"),
    ("गूगल क्लाउड", "PRODUCT", "Google Cloud"), ("Annapurna Labs", "ORG", "Annapurna Labs"),
    ("डैनिएला एमोडी", "PERSON", "Daniela Amodei"), ("डारियो", "PERSON", "Dario Amodei"),
    ("Amazon", "ORG", "Amazon"), ("अमेज़न", "ORG", "Amazon"), ("एंथ्रोपिक", "ORG", "Anthropic"),
    ("माइक्रोसॉफ्ट", "ORG", "Microsoft"), ("अल्फाबेट", "ORG", "Alphabet"), ("गूगल", "ORG", "Google"),
    ("ओपनAI", "ORG", "OpenAI"), ("NVIDIA", "ORG", "NVIDIA"), ("एनवीडिया", "ORG", "NVIDIA"),
    ("चैटGPT", "PRODUCT", "ChatGPT"), ("क्लॉड", "PRODUCT", "Claude"), ("ओलंपस", "PRODUCT", "Olympus"),
    ("Olympus", "PRODUCT", "Olympus"), ("Trainium", "PRODUCT", "Trainium"), ("Inferentia", "PRODUCT", "Inferentia"),
]
AMOUNTS = [("$500 मिलियन", 5e8), ("$1.5 बिलियन", 1.5e9), ("$6.6 बिलियन", 6.6e9), ("$157 बिलियन", 1.57e11)]


def word(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def occurrences(text: str, surface: str):
    i = text.find(surface)
    while i != -1:
        j = i + len(surface)
        if (i == 0 or not word(text[i - 1])) and (j == len(text) or not word(text[j])):
            yield i, j
        i = text.find(surface, i + 1)


def main() -> None:
    text = (ROOT / "data" / "raw" / f"{DOC}.txt").read_text(encoding="utf-8")
    taken: set[int] = set()
    ents = []
    for surface, label, canonical in sorted(MENTIONS, key=lambda m: -len(m[0])):
        for s, e in occurrences(text, surface):
            if taken.isdisjoint(range(s, e)):
                taken.update(range(s, e))
                ents.append({"start": s, "end": e, "text": surface, "label": label, "canonical": canonical})
    amounts = []
    for surface, value in AMOUNTS:
        for s, e in occurrences(text, surface):
            amounts.append({"start": s, "end": e, "text": surface, "value": value, "currency": "USD",
                            "qualifier": None, "low": None})
    gold = {
        "doc_id": DOC, "lang": "hi",
        "entities": sorted(ents, key=lambda x: x["start"]),
        "amounts": sorted(amounts, key=lambda x: x["start"]),
        "deals": [
            {"investors": ["Amazon"], "investee": "Anthropic", "amount": None, "currency": None,
             "status": "completed", "valuation": None, "valuation_currency": None},
            {"investors": ["Alphabet"], "investee": "Anthropic", "amount": 5e8, "currency": "USD",
             "status": "completed", "valuation": None, "valuation_currency": None},
            {"investors": ["Alphabet"], "investee": "Anthropic", "amount": 1.5e9, "currency": "USD",
             "status": "committed", "valuation": None, "valuation_currency": None},
            {"investors": [], "investee": "OpenAI", "amount": 6.6e9, "currency": "USD",
             "status": "completed", "valuation": 1.57e11, "valuation_currency": "USD"},
        ],
        "relations": [
            {"head": h, "type": t, "tail": tl} for h, t, tl in [
                ("Dario Amodei", "founder_of", "Anthropic"), ("Daniela Amodei", "founder_of", "Anthropic"),
                ("Dario Amodei", "former_executive_of", "OpenAI"), ("Daniela Amodei", "former_executive_of", "OpenAI"),
                ("Annapurna Labs", "subsidiary_of", "Amazon"), ("Amazon Web Services", "division_of", "Amazon"),
                ("Amazon Web Services", "distributor_of", "Anthropic"), ("Anthropic", "uses_chips_of", "Amazon"),
                ("Google Cloud", "cloud_provider_of", "Anthropic"), ("Microsoft", "partner_of", "OpenAI"),
                ("Anthropic", "partner_of", "Amazon"), ("Amazon", "customer_of", "NVIDIA"),
                ("ChatGPT", "product_of", "OpenAI"), ("Claude", "product_of", "Anthropic"),
                ("Olympus", "product_of", "Amazon"), ("Trainium", "product_of", "Amazon"),
                ("Inferentia", "product_of", "Amazon"), ("Google Cloud", "product_of", "Google"),
                ("Alphabet", "investor_in", "Anthropic"), ("Amazon", "investor_in", "Anthropic"),
            ]
        ],
    }
    for x in gold["entities"] + gold["amounts"]:
        assert text[x["start"]:x["end"]] == x["text"]
    out = ROOT / "data" / "gold" / f"{DOC}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out.name, len(ents), "entities", len(amounts), "amounts")


if __name__ == "__main__":
    main()
