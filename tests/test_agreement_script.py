"""scripts/agreement.py and the second reader's blind annotation (tests/fixtures/second_reader/)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from script_module import load_script

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "tests/fixtures/second_reader/gold.yml"


def agreement_module():
    return load_script("agreement")


def test_the_second_reading_names_tuned_documents_with_every_field():
    ag = agreement_module()
    second = yaml.safe_load(SECOND.read_text(encoding="utf-8"))
    assert len(second) >= 40
    for entry in second:
        assert (ROOT / entry["file"]).is_file(), entry["file"]
        assert set(ag.ev.FIELDS) <= set(entry), entry["file"]
        ag.first_reading(entry["file"])  # in a tuned set, with a gold entry


def test_a_reading_agrees_with_itself_and_a_changed_field_is_a_disagreement():
    ag = agreement_module()
    path = "tests/fixtures/eval/" + ag.ev.load_gold(ag.ev.SETS["eval"][0])[0]["file"]
    first = ag.first_reading(path)
    same = ag.agreement([first | {"file": path}])
    assert all(s["agree"] == s["total"] == 1 for s in same["fields"].values())
    assert same["experts"]["fp"] == same["experts"]["fn"] == 0
    changed = ag.agreement([first | {"file": path, "title": "Another headline", "experts": []}])
    assert changed["fields"]["title"]["agree"] == 0 and changed["fields"]["date"]["agree"] == 1
    assert changed["experts"]["fn"] == len(first.get("experts") or [])


def test_documents_of_sealed_sets_are_refused():
    ag = agreement_module()
    sealed = ag.ev.GROUPS["sealed"]()
    assert sealed
    with pytest.raises(SystemExit, match="sealed"):
        ag.first_reading(f"tests/fixtures/{sealed[0]}/001_any.txt")
