"""The held-out sets (tests/fixtures/holdout*/): real documents with gold annotations.

`holdout` was used to tune in a second round, `holdout2` in later rounds, `holdout3` and (late)
`holdout4` in session 2, `holdout5`, `holdout6`, `holdout8` and `holdout9` in session 3, `holdout7` in session 4,
`holdout10` and `holdout11` in session 5; `holdout12` to `holdout15` are sealed: measured, never tuned on. Only well-formedness here, no accuracy thresholds: a threshold would invite
tuning on a set, which would stop it measuring generalisation. Score a set with
`.venv/bin/python scripts/evaluate.py --set NAME -v`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from gold_checks import assert_gold_entry

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SETS = ("holdout", *(f"holdout{n}" for n in range(2, 100) if (FIXTURES / f"holdout{n}").is_dir()))
ADDRESS = re.compile(r"https?://[^\s|]+")


def entries(name: str) -> list[dict]:
    data = yaml.safe_load((FIXTURES / name / "gold.yml").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def addresses(folder: Path) -> dict[str, str]:
    """file -> address, from the table rows of a set's SOURCES.md."""
    found = {}
    for line in (folder / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        row = re.match(r"\| (\d{3}_[^ |]+) \|", line)
        if row:
            address = ADDRESS.search(line)
            assert address, f"{folder.name}/SOURCES.md: {row.group(1)} has no address"
            found[row.group(1)] = address.group(0)
    return found


def address_key(address: str) -> str:
    """An address without scheme, "www." / "m." and trailing slash, so variants of one page compare equal."""
    address = re.sub(r"^https?://", "", address.strip().lower())
    return re.sub(r"^(www\.|m\.)", "", address).rstrip("/")


@pytest.mark.parametrize("name", SETS)
def test_gold_is_well_formed_and_every_file_exists(name):
    folder, gold = FIXTURES / name, entries(name)
    assert len(gold) >= 12
    files = [entry["file"] for entry in gold]
    assert len(files) == len(set(files)), "a file is annotated twice"
    on_disk = sorted(p.name for p in folder.iterdir() if re.match(r"\d{3}_", p.name))
    assert on_disk == sorted(files), "every document annotated, no stray files"
    for entry in gold:
        assert_gold_entry(entry, folder, f"{name}/gold.yml: {entry.get('file')}")


@pytest.mark.parametrize("name", SETS)
def test_sources_name_every_document(name):
    assert sorted(addresses(FIXTURES / name)) == sorted(entry["file"] for entry in entries(name))


@pytest.mark.parametrize("name", SETS)
def test_mix_of_kinds_and_languages(name):
    kinds = [entry["kind"] for entry in entries(name)]
    languages = [entry["language"] for entry in entries(name)]
    assert kinds.count("press_release") >= 5 and kinds.count("interview") >= 4 and kinds.count("news") >= 5
    assert languages.count("en") >= 4
    assert languages.count("de") > languages.count("en"), "German majority"


def test_no_document_repeats_across_the_evaluation_sets():
    seen: dict[str, str] = {}
    for name in ("eval", *SETS):
        for file, address in addresses(FIXTURES / name).items():
            key, where = address_key(address), f"{name}/{file}"
            assert key not in seen, f"{where} reuses the address of {seen[key]}: {address}"
            seen[key] = where
