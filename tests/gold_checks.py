"""The shape every gold annotation has (seeds, eval and held-out sets), checked in one place."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

FIELDS = ("title", "date", "authors", "publisher", "url", "language", "kind")
KINDS = {"press_release", "interview", "news", "slides", "article"}


def assert_gold_entry(entry: dict, folder: Path, where: str) -> None:
    assert (folder / entry["file"]).is_file(), f"{where}: file missing"
    assert (folder / entry["file"]).read_bytes().strip(), f"{where}: empty document"
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
    others = set(entry.get("other_people") or [])
    assert not names & others, f"{where}: {names & others} both expert and other person"
