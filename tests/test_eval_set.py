"""The evaluation set (tests/fixtures/eval/) and scripts/evaluate.py.

No accuracy thresholds here: extraction is still being improved. These tests check that
the gold annotations are well-formed, that every annotated file exists and has a recorded
source, and that the evaluation script runs and reports every field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from gold_checks import FIELDS, assert_gold_entry

from script_module import load_script

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "fixtures" / "eval"
SEEDS_GOLD = ROOT / "tests" / "fixtures" / "gold_seeds.yml"
SCRIPT = ROOT / "scripts" / "evaluate.py"


def load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def evaluate_module():
    return load_script("evaluate")


@pytest.fixture(scope="module")
def eval_gold() -> list[dict]:
    return load(EVAL / "gold.yml")


def test_eval_set_has_at_least_twelve_documents_in_both_languages(eval_gold):
    assert len(eval_gold) >= 12
    languages = {entry["language"] for entry in eval_gold}
    assert {"de", "en"} <= languages
    assert {"press_release", "interview", "news"} <= {entry["kind"] for entry in eval_gold}


@pytest.mark.parametrize("gold_path,folder", [(EVAL / "gold.yml", EVAL), (SEEDS_GOLD, ROOT / "seeds")])
def test_gold_is_well_formed_and_every_file_exists(gold_path, folder):
    entries = load(gold_path)
    assert isinstance(entries, list) and entries
    files = [entry["file"] for entry in entries]
    assert len(files) == len(set(files)), "a file is annotated twice"
    for entry in entries:
        assert_gold_entry(entry, folder, f"{gold_path.name}: {entry.get('file')}")


def test_every_eval_document_has_a_recorded_source(eval_gold):
    sources = (EVAL / "SOURCES.md").read_text(encoding="utf-8")
    on_disk = sorted(p.name for p in EVAL.iterdir() if re.match(r"\d{3}_", p.name))
    assert on_disk == sorted(entry["file"] for entry in eval_gold), "every document annotated, no stray files"
    for name in on_disk:
        row = next((line for line in sources.splitlines() if line.startswith(f"| {name} |")), None)
        assert row, f"{name} not in SOURCES.md"
        assert re.search(r"https?://\S+", row), f"{name}: no address in SOURCES.md"


def test_normalisation_of_comparisons():
    ev = evaluate_module()
    assert ev.field_match("title", "„DeepSeek ist gut genug für den Hausgebrauch“",
                          "DeepSeek ist  gut genug für den Hausgebrauch")
    assert ev.field_match("url", "http://idw-online.de/de/news846599", "https://www.idw-online.de/de/news846599/")
    assert ev.field_match("date", dt.date(2025, 1, 30), "2025-01-30")
    assert not ev.field_match("date", "2025", "2025-01-30")
    assert ev.field_match("authors", ["Dr. Arne Claussen"], ["Arne Claussen"])
    assert ev.field_match("publisher", "dpa", "dpa/lrs")
    assert not ev.field_match("publisher", "dpa", "Deutsche Bahn")
    assert ev.field_match("publisher", None, None) and not ev.field_match("publisher", None, "CNN")
    assert ev.norm_name("Prof. Dr. Jürgen  Müller") == ev.norm_name("jürgen müller")


@pytest.fixture(scope="module")
def json_run():
    proc = subprocess.run([sys.executable, str(SCRIPT), "--set", "all", "--json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def test_evaluate_reports_every_field_and_expert_scores(json_run, eval_gold):
    sets = {result["set"]: result for result in json_run["sets"]}
    assert set(sets) == {"seeds", "eval"}
    assert sets["eval"]["documents"] == len(eval_gold)
    for result in [*sets.values(), json_run["all"]]:
        for field in FIELDS:
            stats = result["fields"][field]
            assert 0.0 <= stats["accuracy"] <= 1.0
            assert stats["total"] == result["documents"]
        experts = result["experts"]
        assert {"precision", "recall", "f1", "tp", "fp", "fn"} <= set(experts)
        assert experts["tp"] + experts["fn"] > 0


def test_evaluate_prints_per_field_numbers(json_run, capsys):
    ev = evaluate_module()
    for result in json_run["sets"]:
        ev.print_report(result, verbose=True)
    ev.print_report(json_run["all"], verbose=False)
    out = capsys.readouterr().out
    for field in FIELDS:
        assert re.search(rf"^\s+{field}\s+\d+\.\d%\s+\(\d+/\d+\)$", out, re.M), f"no line for {field}"
    assert re.search(r"experts\s+precision\s+\d+\.\d%\s+recall\s+\d+\.\d%", out)
    assert "== seeds" in out and "== eval" in out and "== all" in out


def test_sealed_sets_are_read_from_their_status_and_give_pooled_figures_only(capsys):
    ev = evaluate_module()
    sealed = ev.GROUPS["sealed"]()
    tuned = ev.GROUPS["tuned"]()
    assert sealed and "seeds" in tuned and "eval" in tuned and not set(sealed) & set(tuned)
    assert set(sealed) | set(tuned) == set(ev.SETS)
    for name in sealed:
        assert "**Status: sealed" in (ev.SETS[name][1] / "SOURCES.md").read_text(encoding="utf-8")
    # no mismatch of a sealed set is ever printed
    with pytest.raises(SystemExit):
        ev.main(["--set", sealed[0], "-v"])
    with pytest.raises(SystemExit):
        ev.main(["--set", "sealed", "--json"])
    assert "sealed" in capsys.readouterr().err


def test_the_error_profile_counts_errors_by_type_without_naming_a_document(capsys):
    ev = evaluate_module()
    fields = {
        "title": {"mismatches": [{"file": "a.txt", "gold": "T", "found": None},
                                 {"file": "b.txt", "gold": None, "found": "X"},
                                 {"file": "c.txt", "gold": "T", "found": "U"}]},
        "kind": {"mismatches": [{"file": "a.txt", "gold": "news", "found": "press_release"},
                                {"file": "b.txt", "gold": "news", "found": "press_release"}]},
    }
    profile = ev.error_profile(fields, {"quoted": 2, "presented": 1, "borderline": 0})
    assert profile["fields"]["title"] == {"missing": 1, "extra": 1, "wrong": 1}
    assert profile["kind_confusion"] == {"news -> press_release": 2}
    merged = ev.merge_profiles([profile, profile])
    assert merged["fields"]["title"] == {"missing": 2, "extra": 2, "wrong": 2}
    assert merged["missed_experts"]["quoted"] == 4
    ev.print_profile(merged)
    out = capsys.readouterr().out
    assert "title 2/2/2" in out and ".txt" not in out


def test_pooled_figures_add_up_role_and_affiliation_counts():
    ev = evaluate_module()

    def result(role, affiliation):
        fields = {f: {"correct": 1, "total": 2} for f in ev.FIELDS}
        return {"documents": 2, "fields": fields, "profile": ev.error_profile({}, {}),
                "experts": {"tp": 1, "fp": 0, "fn": 1, "other_people_indexed": 0},
                "roles": {"role": role, "affiliation": affiliation, "mismatches": [{"file": "a.txt"}]}}

    pooled = ev.combine([result([1, 2], [0, 2]), result([3, 3], [2, 3])])
    # counts only: a pooled (sealed) figure names no document
    assert pooled["roles"] == {"role": [4, 5], "affiliation": [2, 5], "mismatches": []}
