"""The pipeline; the CLI and the MkDocs plugin both call `run`.

Per seed (`convert_document`): read → clean → structure → metadata (takes the header out of
the body) → finalise (outline, anchors) → people and their quotes → the affiliation fallback
(an organisation for an indexed person the people extraction left without one) → quotes → topics
→ figures → the editor's overrides → validation. Then, over all seeds, the corpus stage (`build_corpus`):
unique ids, people merged across sources, topics, comparable figures.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from briefing.clean import clean
from briefing.config import BriefingConfig
from briefing.corpus import build_corpus
from briefing.extract.affiliations import fill_affiliations
from briefing.extract.roles import fill_roles
from briefing.extract.figures import extract_figures
from briefing.extract.metadata import apply_overrides, extract_metadata
from briefing.extract.people import extract_people
from briefing.extract.quotes import extract_quotes
from briefing.extract.topics import assign_topics
from briefing.extract.validate import validate_metadata
from briefing.model import Corpus, Diagnostic, Document
from briefing.read import UnsupportedFormat, list_seeds, read_seed
from briefing.structure import finalise, structure

log = logging.getLogger("briefing")


def convert_document(path: Path, config: BriefingConfig) -> Document:
    """One seed through every per-document stage."""
    doc = read_seed(path)
    clean(doc)
    structure(doc)
    extract_metadata(doc)
    finalise(doc)
    extract_people(doc)
    fill_affiliations(doc)
    fill_roles(doc)
    extract_quotes(doc)
    assign_topics(doc, config)
    extract_figures(doc)
    apply_overrides(doc, config.sources.get(doc.seed))
    validate_metadata(doc)
    return doc


def run(config: BriefingConfig, seeds_dir: Path | None = None,
        on_document: Callable[[str], None] | None = None) -> Corpus:
    """Convert every seed of a folder; a bad seed is reported and skipped, the rest goes on."""
    seeds_dir = Path(seeds_dir or config.seeds_dir())
    diagnostics: list[Diagnostic] = []
    if not seeds_dir.is_dir():
        diagnostics.append(Diagnostic(file=str(seeds_dir), level="error", message="seeds folder not found"))
        return build_corpus([], config, diagnostics)
    files, skipped = list_seeds(seeds_dir)
    diagnostics += [Diagnostic(file=name, message=reason) for name, reason in skipped]
    documents = []
    for path in files:
        try:
            doc = convert_document(path, config)
        except UnsupportedFormat as exc:
            diagnostics.append(Diagnostic(file=exc.file, message=exc.reason))
        except Exception as exc:  # one broken seed must not stop the site
            log.debug("conversion of %s failed", path, exc_info=True)
            diagnostics.append(Diagnostic(file=path.name, level="error",
                                          message=f"could not be converted: {type(exc).__name__}: {exc}"))
        else:
            documents.append(doc)
            diagnostics += doc.diagnostics
        if on_document:
            on_document(path.name)
    config = _with_suggested_topics(config, documents, diagnostics)
    for seed in sorted(set(config.sources) - {path.name for path in files}):
        diagnostics.append(Diagnostic(file=str(config.path or "configuration"),
                                      message=f"sources: {seed!r} is not a seed in {seeds_dir}"))
    return build_corpus(documents, config, diagnostics)


def _with_suggested_topics(config: BriefingConfig, documents: list[Document],
                           diagnostics: list[Diagnostic]) -> BriefingConfig:
    """No taxonomy configured: topics come from key phrases the sources share, and we say so."""
    if config.topics or not documents:
        return config
    from briefing.suggest import topics_or_suggestions

    specs, suggested = topics_or_suggestions(config, documents)
    if not suggested or not specs:
        return config
    config = config.model_copy(update={"topics": specs})
    for doc in documents:
        assign_topics(doc, config)
    # A phrase two sources share may still be a passing mention in each: a suggested topic no source is tagged
    # with would be an empty page.
    tagged = {hit.id for doc in documents for hit in doc.topics}
    specs = [spec for spec in specs if spec.id in tagged]
    config = config.model_copy(update={"topics": specs})
    for doc in documents:
        extract_figures(doc)
        apply_overrides(doc, config.sources.get(doc.seed))
    diagnostics.append(Diagnostic(
        file=str(config.path or "configuration"), level="info",
        message=f"no topic taxonomy configured: using {len(specs)} suggested topics "
                "(`briefing suggest-topics` writes them as YAML to edit)"))
    return config
