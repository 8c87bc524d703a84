"""Metadata of the five bundled seeds against the editor's gold (tests/fixtures/gold_seeds.yml).

One test per (seed, field), so a regression names the seed and the field that broke.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from briefing.clean import clean
from briefing.extract.metadata import extract_metadata
from briefing.model import Document
from briefing.read import read_seed
from briefing.structure import structure

ROOT = Path(__file__).resolve().parents[1]
GOLD = yaml.safe_load((ROOT / "tests" / "fixtures" / "gold_seeds.yml").read_text(encoding="utf-8"))
FIELDS = ["title", "date", "authors", "publisher", "distributor", "url", "keywords", "language", "kind", "edition"]


@lru_cache(maxsize=None)
def converted(seed: str) -> Document:
    doc = read_seed(ROOT / "seeds" / seed)
    clean(doc)
    structure(doc)
    extract_metadata(doc)
    return doc


def expected(entry: dict, name: str):
    if name == "distributor":
        return entry.get("distributor", entry.get("platform"))
    if name == "keywords":
        return entry.get("keywords", entry.get("tags_in_text", []))
    value = entry.get(name)
    return str(value) if name in ("date", "edition") and value is not None else value


CASES = [pytest.param(entry, name, id=f"{entry['file'][:3]}-{name}") for entry in GOLD for name in FIELDS]


@pytest.mark.parametrize(("entry", "name"), CASES)
def test_gold_metadata(entry: dict, name: str) -> None:
    meta = converted(entry["file"]).meta
    want = expected(entry, name)
    got = getattr(meta, name)
    if name == "date":
        if want is None:
            # Not stated: null, or a date marked as inferred (never shown as stated).
            assert got is None or meta.date_inferred, f"date {got!r} shown as stated"
        else:
            assert (got, meta.date_inferred) == (want, False)
        return
    assert got == want


@pytest.mark.parametrize("entry", [pytest.param(e, id=e["file"][:3]) for e in GOLD])
def test_title_not_repeated_in_body(entry: dict) -> None:
    doc = converted(entry["file"])
    texts = [b.text.strip() for b in doc.blocks if b.kind in ("heading", "paragraph", "answer")]
    assert doc.meta.title not in texts
