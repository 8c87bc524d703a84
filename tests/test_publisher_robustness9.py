"""Publisher signals read from 'the first lines' count from where the text begins, after a site's menu or breadcrumb;
a press office's closing credit run into the next label still counts. Invented texts."""

from __future__ import annotations

import pytest

from briefing.extract.metadata import publisher as pub

from test_metadata import LONG, LONG_EN, converted
from test_publisher_session9b import names_of, signals_of

_MENU_EN = "Home\nNews\nAbout us\nContact\nSearch\n\n"
_MENU_MIXED = "World\nU.S.\nPolitics\nBusiness\nOpinion\nHealth\n\n"  # items clean does not know among those it does
_CRUMB_EN = "Home › News › Press releases\n\n"
_MENU_DE = "Startseite\nAktuelles\nÜber uns\nKontakt\nSuche\n\n"
_CRUMB_DE = "Startseite › Aktuelles › Pressemitteilungen\n\n"

_BANNER = ("EXQ - Example Quilting League\n\nRegional final moves to the harbour hall\n\n"
           "The EXQ board met on Monday. " + LONG_EN + "\n\nThe EXQ thanks all volunteers. The EXQ final starts at noon.\n")
_LETTERHEAD = "Musterhilfe Nord e.V. Gemeinsam für das Viertel\n\nNeue Beratungsstelle eröffnet\n\n" + LONG + "\n"


@pytest.mark.parametrize("before", ["", _MENU_EN, _MENU_MIXED, _CRUMB_EN])
def test_acronym_banner_under_a_menu(before):
    doc = converted(before + _BANNER)
    assert "from_acronym_banner" in signals_of(doc) and "EXQ" in names_of(doc)


@pytest.mark.parametrize("before", ["", _MENU_DE, _CRUMB_DE])
def test_legal_name_opening_the_text_under_a_menu(before):
    doc = converted(before + _LETTERHEAD)
    assert "from_legal_name_first" in signals_of(doc) and "Musterhilfe Nord e.V." in names_of(doc)


def test_a_text_of_short_lines_is_not_taken_for_a_menu():
    # a run with no menu word stays the text's own
    doc = converted("Musterhilfe Nord e.V. Gemeinsam\nfür das Viertel\n\n" + LONG + "\n")
    assert pub._from_text_start(doc.raw_text.splitlines(), doc)[0].startswith("Musterhilfe")


@pytest.mark.parametrize("ending", ["Text: Städtische Pressestelle\n",
                                    "Text: Städtische Pressestelle Kontakt: presse@example.org\n"])
def test_office_credit_alone_or_run_into_the_next_label(ending):
    doc = converted("Neue Radwege in der Altstadt\n\n" + LONG + "\n\n" + ending)
    assert pub.from_office_credit(pub.PublisherContext(doc, None, None)) == "Städtische Pressestelle"


def test_office_credit_needs_a_label_after_it():
    doc = converted("Neue Radwege in der Altstadt\n\n" + LONG + "\n\nText: Städtische Pressestelle und Anna Beck\n")
    assert pub.from_office_credit(pub.PublisherContext(doc, None, None)) is None
