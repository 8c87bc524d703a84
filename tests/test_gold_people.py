"""The expert index against the editor's gold for the bundled seeds (tests/fixtures/gold_seeds.yml).

One test per gold item: every expert found with title, role, affiliation, unit,
contact data and category; every numbered answer attributed to its speakers;
nobody from `other_people` in the index. Roles and affiliations are compared
after normalisation with rapidfuzz, so an inflection ("ehemalige CEO" /
"ehemaliger CEO") or a shorter form of the same meaning counts; a gold value the
source text itself never states (added by the editor from outside knowledge) is
not required.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from rapidfuzz import fuzz

from briefing.config import BriefingConfig
from briefing.corpus import build_corpus, name_key
from briefing.pipeline import convert_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = yaml.safe_load((Path(__file__).parent / "fixtures" / "gold_seeds.yml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def corpus():
    config = BriefingConfig()
    documents = [convert_document(SEEDS / item["file"], config) for item in GOLD]
    return build_corpus(documents, config)


def document(file: str):
    return next(d for d in corpus().documents if d.seed == file)


def mention(file: str, name: str):
    doc = document(file)
    found = [m for m in doc.people if name_key(m.name) == name_key(name)]
    assert found, f"{name} not found in {file}; people: {[m.name for m in doc.people]}"
    return found[0]


def norm(text: str) -> str:
    text = text.replace("„", "").replace("“", "").replace('"', "")
    return re.sub(r"\s+", " ", text).casefold().strip()


def similar(got: str | None, want: str) -> bool:
    if got is None:
        return False
    got, want = norm(got), norm(want)
    return fuzz.token_set_ratio(got, want) >= 85 or fuzz.partial_ratio(got, want) >= 90 \
        or fuzz.ratio(got, want) >= 85


def stated(file: str, value: str) -> bool:
    """The gold value, or something close to it, appears in the source text."""
    raw = norm(document(file).raw_text)
    return fuzz.partial_ratio(norm(value), raw) >= 90


EXPERTS = [(item["file"], expert) for item in GOLD for expert in item.get("experts", [])]
ANSWERS = [(item["file"], expert) for item in GOLD for expert in item.get("experts", []) if expert.get("answers")]
OTHERS = [(item["file"], name) for item in GOLD for name in item.get("other_people", [])]


@pytest.mark.parametrize(("file", "expert"), EXPERTS, ids=[f"{f[:3]}-{e['name']}" for f, e in EXPERTS])
def test_expert_found_and_described(file, expert):
    found = mention(file, expert["name"])
    assert found.category in (("expert", "quoted") if expert.get("borderline") else ("expert",)), found.category
    assert (found.title or None) == expert.get("title"), found.title
    if expert.get("role"):
        assert similar(found.role, expert["role"]) or any(
            similar(found.role, part) for part in expert["role"].split(";")), found.role
    if expert.get("affiliation"):
        wanted = [a.strip() for a in expert["affiliation"].split(";")]
        required = [a for a in wanted if stated(file, a)]
        for part in required:
            assert similar(found.affiliation, part), f"{found.affiliation!r} lacks {part!r}"
    if expert.get("unit"):
        for part in expert["unit"].split(", "):
            assert found.unit and similar(found.unit, part), f"{found.unit!r} lacks {part!r}"
    if expert.get("email"):
        assert found.email == expert["email"]
    if expert.get("phone"):
        assert found.phone == expert["phone"]


@pytest.mark.parametrize(("file", "expert"), EXPERTS, ids=[f"{f[:3]}-{e['name']}" for f, e in EXPERTS])
def test_expert_in_index(file, expert):
    people = {name_key(p.name): p for p in corpus().people}
    person = people.get(name_key(expert["name"]))
    assert person is not None, f"{expert['name']} missing from the index"
    assert document(file).id in person.sources
    if not expert.get("borderline"):
        assert person.category == "expert"
    if expert.get("quoted") and document(file).meta.kind != "slides":
        assert any(q["source"] == document(file).id for q in person.quotes), "no statement attributed"


def numbered_answers(file: str) -> dict[int, list[list[str]]]:
    """Question number → speakers of each answer that follows it."""
    answers: dict[int, list[list[str]]] = {}
    number = None
    for block in document(file).blocks:
        if block.kind == "question" and block.number is not None:
            number = block.number
        elif block.kind == "answer" and number is not None:
            answers.setdefault(number, []).append(block.speakers)
    return answers


@pytest.mark.parametrize(("file", "expert"), ANSWERS, ids=[f"{f[:3]}-{e['name']}" for f, e in ANSWERS])
def test_numbered_answers_attributed(file, expert):
    found = mention(file, expert["name"])
    answers = numbered_answers(file)
    got = sorted(n for n, speakers in answers.items() if any(found.name in s for s in speakers))
    assert got == sorted(expert["answers"])
    quotes = [q for q in document(file).quotes if q.kind == "answer" and found.name in q.speakers]
    assert len(quotes) == len(expert["answers"])


@pytest.mark.parametrize(("file", "name"), OTHERS, ids=[f"{f[:3]}-{n}" for f, n in OTHERS])
def test_other_people_never_indexed(file, name):
    assert name_key(name) not in {name_key(p.name) for p in corpus().people}
    for m in document(file).people:
        if name_key(m.name) == name_key(name):
            assert m.category not in ("expert", "quoted")


def test_one_person_with_a_role_per_source():
    tunstall = [p for p in corpus().people if p.name.endswith("Tunstall")]
    assert len(tunstall) == 1
    roles = {a.source[:3]: a.role for a in tunstall[0].affiliations}
    assert similar(roles.get("002"), "Machine-Learning-Ingenieur")
    assert similar(roles.get("004"), "Senior Research Scientist")
    assert all(a.affiliation == "Hugging Face" for a in tunstall[0].affiliations)


def test_index_holds_only_gold_experts():
    gold = {name_key(e["name"]) for _, e in EXPERTS}
    extra = [p.name for p in corpus().people if name_key(p.name) not in gold]
    assert not extra, extra
