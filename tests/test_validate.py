"""extract/validate.py: odd front-matter values are reported with the file and left out."""

import pytest

from briefing.extract.validate import validate_metadata
from briefing.model import Document, SourceMeta


def doc(**meta) -> Document:
    d = Document(id="x", seed="x.md", format="md")
    for key, value in meta.items():
        setattr(d.meta, key, value)
    return d


@pytest.mark.parametrize("date", ["2025", "2025-02", "2025-02-28"])
def test_iso_dates_stay(date):
    assert validate_metadata(doc(date=date)).meta.date == date


@pytest.mark.parametrize("date", ["25.02.2025", "Feb 2025", "2025-13", "2025-02-30x", "<b>2025</b>"])
def test_other_dates_are_reported_and_dropped(date):
    d = validate_metadata(doc(date=date, date_inferred=True))
    assert d.meta.date is None and d.meta.date_inferred is False
    assert [str(x) for x in d.diagnostics] == [f"x.md: date {date!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); left out"]


def test_unknown_kind_language_and_script_url_are_dropped():
    d = validate_metadata(doc(kind="blog", language="<b>xx</b>", url="javascript:alert(1)"))
    assert (d.meta.kind, d.meta.language, d.meta.url) == (None, None, None)
    assert len(d.diagnostics) == 3 and all(x.file == "x.md" for x in d.diagnostics)


def test_multi_line_values_become_one_line():
    d = validate_metadata(doc(title="Zwei\nZeilen", authors=["Ann\nAutor", " "]))
    assert d.meta.title == "Zwei Zeilen" and d.meta.authors == ["Ann Autor"]
    assert isinstance(d.meta, SourceMeta)
