"""The held-out set (tests/fixtures/holdout/): documents never used to tune the extraction.

Only well-formedness here, no accuracy thresholds: a threshold would invite tuning on the
set, which would stop it measuring generalisation. Score it with
`.venv/bin/python scripts/evaluate.py --set holdout -v`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "tests" / "fixtures" / "holdout"
FIELDS = ("title", "date", "authors", "publisher", "url", "language", "kind")
KINDS = {"press_release", "interview", "news", "slides", "article"}


def test_holdout_gold_is_well_formed_and_every_file_exists():
    entries = yaml.safe_load((HOLDOUT / "gold.yml").read_text(encoding="utf-8"))
    assert isinstance(entries, list) and len(entries) >= 12
    files = [entry["file"] for entry in entries]
    assert len(files) == len(set(files)), "a file is annotated twice"
    on_disk = sorted(p.name for p in HOLDOUT.iterdir() if re.match(r"\d{3}_", p.name))
    assert on_disk == sorted(files), "every document annotated, no stray files"
    sources = (HOLDOUT / "SOURCES.md").read_text(encoding="utf-8")
    eval_sources = (ROOT / "tests" / "fixtures" / "eval" / "SOURCES.md").read_text(encoding="utf-8")
    eval_addresses = set(re.findall(r"https?://[^\s|]+", eval_sources))
    for entry in entries:
        where = f"holdout/gold.yml: {entry.get('file')}"
        assert (HOLDOUT / entry["file"]).is_file(), f"{where}: file missing"
        assert set(FIELDS) <= set(entry), f"{where}: missing {set(FIELDS) - set(entry)}"
        assert entry["kind"] in KINDS, where
        assert entry["language"] in ("de", "en"), where
        assert entry["title"] is None or isinstance(entry["title"], str), where
        date = entry["date"]
        assert date is None or isinstance(date, dt.date) or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(date)), where
        assert isinstance(entry["authors"], list), where
        names = set()
        for expert in entry.get("experts") or []:
            assert isinstance(expert.get("name"), str) and expert["name"].strip(), where
            assert isinstance(expert.get("quoted"), bool), f"{where}: {expert['name']}: quoted must be true/false"
            assert isinstance(expert.get("borderline", False), bool), where
            names.add(expert["name"])
        assert not names & set(entry.get("other_people") or []), f"{where}: expert and other person at once"
        row = next((line for line in sources.splitlines() if line.startswith(f"| {entry['file']} |")), None)
        assert row, f"{entry['file']} not in SOURCES.md"
        address = re.search(r"https?://[^\s|]+", row)
        assert address, f"{entry['file']}: no address in SOURCES.md"
        assert address.group(0) not in eval_addresses, f"{entry['file']}: reuses a document of the eval set"
    kinds = {entry["kind"] for entry in entries}
    assert {"press_release", "interview", "news"} <= kinds
    assert {"de", "en"} <= {entry["language"] for entry in entries}
