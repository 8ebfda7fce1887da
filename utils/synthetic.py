"""A reproducible synthetic corpus for benchmarks and scale-out tests, made from the project's own data.

Each document mixes a run of sentences from one development article (``data/raw/``) with deal
sentences from ``data/templates/synthetic.json`` whose slots are filled from the gazetteer and
with generated amounts, until it reaches a few KB. The same seed gives the same bytes.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from utils import paths, text

TEMPLATES: Path = paths.DATA / "templates" / "synthetic.json"


@dataclass(frozen=True, slots=True)
class CorpusStats:
    """What :func:`write_corpus` wrote."""

    path: Path
    documents: int
    text_bytes: int


@lru_cache(maxsize=1)
def _material() -> dict[str, Any]:
    """Sentences of the development articles by language, templates, and names to fill them."""
    sents: dict[str, list[list[str]]] = {"hi": [], "en": []}
    for p in sorted(paths.RAW.glob("*.txt")):
        raw = p.read_text(encoding="utf-8")
        norm = text.normalise(raw).text
        lang = "en" if text.detect_language(norm) == "en" else "hi"
        sents[lang].append([" ".join(norm[s:e].split()) for s, e in text.split_sentences(norm)])
    tpl = json.loads(TEMPLATES.read_text(encoding="utf-8"))
    orgs: dict[str, list[str]] = {"hi": [], "en": []}
    persons: dict[str, list[str]] = {"hi": [], "en": []}
    with open(paths.GAZETTEER, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            target = orgs if row["label"] == "ORG" else persons if row["label"] == "PERSON" else None
            if target is None:
                continue
            target["en"].append(row["canonical"])
            hi = [a.strip() for a in (row.get("aliases_hi") or "").split("|") if a.strip()]
            target["hi"].append(hi[0] if hi else row["canonical"])
    return {"sentences": sents, "templates": tpl, "orgs": orgs, "persons": persons}


def _amount(rng: random.Random, lang: str, forms: list[str]) -> str:
    n = rng.choice([rng.randint(1, 99), round(rng.uniform(1, 20), 1), rng.randint(100, 9000)])
    return rng.choice(forms).format(n=f"{n:,}" if isinstance(n, int) and n >= 1000 else n)


def documents(*, seed: int, n_docs: int | None = None, min_bytes: int = 2000,
              max_bytes: int = 6000) -> Iterator[dict[str, str]]:
    """``{"doc_id", "text"}`` records, endless unless ``n_docs`` is given; ~70 % Hindi."""
    m = _material()
    rng = random.Random(seed)
    i = 0
    while n_docs is None or i < n_docs:
        lang = "hi" if rng.random() < 0.7 else "en"
        article = rng.choice(m["sentences"][lang])
        target = rng.randint(min_bytes, max_bytes)
        pos = rng.randrange(len(article))
        parts: list[str] = []
        size = 0
        while size < target:
            if rng.random() < 0.3:
                investor, investee = rng.sample(m["orgs"][lang], 2)
                s = rng.choice(m["templates"][lang]).format(
                    investor=investor, investee=investee, person=rng.choice(m["persons"][lang]),
                    amount=_amount(rng, lang, m["templates"]["amounts"][lang]))
            else:
                s = article[pos % len(article)]
                pos += 1
            parts.append(s)
            size += len(s.encode("utf-8")) + 1
            if rng.random() < 0.2:
                parts.append("\n")
        body = " ".join(parts).replace(" \n ", "\n")
        yield {"doc_id": f"syn-{seed}-{i:07d}", "text": body}
        i += 1


def write_corpus(path: str | Path, *, megabytes: float, seed: int = 7) -> CorpusStats:
    """Write JSON Lines of synthetic documents until their texts hold ``megabytes`` MB of UTF-8."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    goal = int(megabytes * 1_000_000)
    n = total = 0
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for doc in documents(seed=seed):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
            total += len(doc["text"].encode("utf-8"))
            if total >= goal:
                break
    tmp.replace(path)
    return CorpusStats(path, n, total)


def corpus_stats(path: str | Path) -> CorpusStats:
    """Documents and UTF-8 text bytes of a JSON Lines corpus."""
    n = total = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                n += 1
                total += len(json.loads(line)["text"].encode("utf-8"))
    return CorpusStats(Path(path), n, total)
