"""The kind the signals vote for, for tests of the signals: `detect_kind` leaves a text without a decisive signal
to the text model, so a test of one weak signal asks the signals themselves."""

from __future__ import annotations

import pytest

from briefing.clean import clean
from briefing.extract import metadata as md
from briefing.extract.metadata import kind as k
from briefing.model import Document
from briefing.structure import structure


def signals_kind(doc: Document, header: md.Header | None = None) -> str:
    """The signals' kind of a made document."""
    return k.signal_kind(k.kind_scores(doc, header or md.Header()))


def signals_kind_of(text: str) -> str:
    """The signals' kind of a text converted as the site converts it, at the moment the kind is decided."""
    seen = {}

    def signals(doc, header, url, distributor):
        seen["kind"] = k.signal_kind(k.kind_scores(doc, header, url, distributor))
        return seen["kind"]

    doc = Document(id="t", seed="t.txt", format="txt", raw_text=text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(md, "detect_kind", signals)
        clean(doc)
        structure(doc)
        md.extract_metadata(doc)
    return seen["kind"]


@pytest.fixture
def release_without_signals(monkeypatch):
    """For tests of other fields on an invented text without a decisive kind signal: the text model's answer for
    such a text is no part of what they test, so it gives the former default, a press release."""
    monkeypatch.setattr(k, "kind_from_text", lambda body, lines: "press_release")
