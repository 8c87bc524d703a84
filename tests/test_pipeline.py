"""The pipeline as a whole: stage order, bad seeds, taxonomy fallback (pipeline.py)."""

import shutil
from pathlib import Path

import pytest

from briefing.config import BriefingConfig, load_config
from briefing.pipeline import run

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus_without_taxonomy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder)
    return run(BriefingConfig(), folder)


def test_without_a_taxonomy_suggested_topics_are_used_and_said(corpus_without_taxonomy):
    corpus = corpus_without_taxonomy
    notes = [d for d in corpus.diagnostics if d.level == "info"]
    assert len(notes) == 1 and "suggested topics" in notes[0].message
    assert corpus.topics, "suggested topics must reach the corpus"
    assert all(t.sources for t in corpus.topics if t.id in {h.id for d in corpus.documents for h in d.topics})
    assert any(doc.topics for doc in corpus.documents)


def test_a_seed_that_breaks_a_stage_is_reported_and_the_rest_converted(tmp_path, monkeypatch):
    for seed in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(seed, tmp_path)
    import briefing.pipeline as pipeline

    original = pipeline.extract_people

    def fail_on_first(doc):
        if doc.seed.startswith("000"):
            raise ValueError("boom")
        return original(doc)

    monkeypatch.setattr(pipeline, "extract_people", fail_on_first)
    corpus = run(load_config(Path(__file__).parent.parent / "briefing.yml"), tmp_path)
    assert [d.seed for d in corpus.documents] == ["001_aa8adaefc5c909ae.txt"]
    errors = [str(d) for d in corpus.diagnostics if d.level == "error"]
    assert errors == ["000_d47760217372a6ea.txt: could not be converted: ValueError: boom"]


def test_missing_seeds_folder_is_an_error(tmp_path):
    corpus = run(BriefingConfig(), tmp_path / "nope")
    assert corpus.documents == [] and corpus.diagnostics[0].level == "error"
    assert "seeds folder not found" in corpus.diagnostics[0].message


def test_a_suggested_topic_no_source_is_tagged_with_is_left_out(tmp_path, monkeypatch):
    """Two sources may share a phrase in passing: a suggested topic without a tagged source would be an empty page."""
    from briefing.config import TopicSpec
    import briefing.suggest as suggest

    for seed in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(seed, tmp_path)
    specs = [TopicSpec(id="deepseek", label={"de": "DeepSeek"}, signals=["DeepSeek"]),
             TopicSpec(id="kuerbis", label={"de": "Kürbis"}, signals=["Kürbissuppe"])]
    monkeypatch.setattr(suggest, "topics_or_suggestions", lambda config, documents: (specs, True))
    corpus = run(BriefingConfig(), tmp_path)
    assert [t.id for t in corpus.topics] == ["deepseek"]
    assert all(t.sources for t in corpus.topics)
