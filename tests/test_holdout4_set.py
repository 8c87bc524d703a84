"""The fourth held-out set (tests/fixtures/holdout4/): documents never used to tune the extraction.

Only well-formedness here, no accuracy thresholds: a threshold would invite tuning on the
set, which would stop it measuring generalisation. Score it with
`.venv/bin/python scripts/evaluate.py --set holdout4 -v`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
HOLDOUT4 = FIXTURES / "holdout4"
FIELDS = ("title", "date", "authors", "publisher", "url", "language", "kind")
KINDS = {"press_release", "interview", "news", "slides", "article"}
ADDRESS = re.compile(r"https?://[^\s|]+")


def _entries() -> list[dict]:
    entries = yaml.safe_load((HOLDOUT4 / "gold.yml").read_text(encoding="utf-8"))
    assert isinstance(entries, list)
    return entries


def _addresses(folder: Path) -> dict[str, str]:
    """file -> address, from the table rows of a set's SOURCES.md."""
    found = {}
    for line in (folder / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        row = re.match(r"\| (\d{3}_[^ |]+) \|", line)
        if row:
            address = ADDRESS.search(line)
            assert address, f"{folder.name}/SOURCES.md: {row.group(1)} has no address"
            found[row.group(1)] = address.group(0)
    return found


def _key(address: str) -> str:
    """An address without scheme, "www." / "m." and trailing slash, so that variants of one page compare equal."""
    address = re.sub(r"^https?://", "", address.strip().lower())
    address = re.sub(r"^(www\.|m\.)", "", address)
    return address.rstrip("/")


def test_holdout4_gold_is_well_formed_and_every_file_exists():
    entries = _entries()
    assert len(entries) >= 15
    files = [entry["file"] for entry in entries]
    assert len(files) == len(set(files)), "a file is annotated twice"
    on_disk = sorted(p.name for p in HOLDOUT4.iterdir() if re.match(r"\d{3}_", p.name))
    assert on_disk == sorted(files), "every document annotated, no stray files"
    for entry in entries:
        where = f"holdout4/gold.yml: {entry.get('file')}"
        path = HOLDOUT4 / entry["file"]
        assert path.is_file(), f"{where}: file missing"
        assert path.read_text(encoding="utf-8").strip(), f"{where}: empty document"
        assert set(FIELDS) <= set(entry), f"{where}: missing {set(FIELDS) - set(entry)}"
        assert entry["kind"] in KINDS, where
        assert entry["language"] in ("de", "en"), where
        assert entry["title"] is None or isinstance(entry["title"], str), where
        date = entry["date"]
        assert date is None or isinstance(date, dt.date) or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(date)), where
        assert isinstance(entry["authors"], list), where
        assert isinstance(entry.get("experts") or [], list), where
        assert isinstance(entry.get("other_people") or [], list), where
        names = set()
        for expert in entry.get("experts") or []:
            assert isinstance(expert.get("name"), str) and expert["name"].strip(), where
            assert isinstance(expert.get("quoted"), bool), f"{where}: {expert['name']}: quoted must be true/false"
            assert isinstance(expert.get("borderline", False), bool), where
            names.add(expert["name"])
        assert not names & set(entry.get("other_people") or []), f"{where}: expert and other person at once"


def test_holdout4_sources_list_every_document():
    addresses = _addresses(HOLDOUT4)
    assert sorted(addresses) == sorted(entry["file"] for entry in _entries())
    sources = (HOLDOUT4 / "SOURCES.md").read_text(encoding="utf-8")
    assert "never used to tune" in sources


def test_no_address_repeats_across_eval_holdout_holdout2_holdout3_and_holdout4():
    seen: dict[str, str] = {}
    folders = (FIXTURES / "eval", FIXTURES / "holdout", FIXTURES / "holdout2", FIXTURES / "holdout3", HOLDOUT4)
    for folder in folders:
        for file, address in _addresses(folder).items():
            key = _key(address)
            where = f"{folder.name}/{file}"
            assert key not in seen, f"{where} reuses the address of {seen[key]}: {address}"
            seen[key] = where


def test_holdout4_mix_of_kinds_and_languages():
    entries = _entries()
    kinds = [entry["kind"] for entry in entries]
    languages = [entry["language"] for entry in entries]
    assert kinds.count("press_release") >= 5
    assert kinds.count("interview") >= 4
    assert kinds.count("news") >= 5
    assert languages.count("en") >= 4
    assert languages.count("de") > languages.count("en"), "German majority"
