"""Authors and publisher read whatever the layout: a byline's, a speaker label's or an editor field's structure says
its words are a name, so a given name the name list does not know still makes one; a contact block whose fields a copy
ran into one line is read field by field. Invented texts."""

from __future__ import annotations

import pytest

from briefing.extract.metadata import authors as au
from briefing.extract.metadata import publisher as pub
from briefing.extract.metadata.byline import conversation_lead, parse_byline, parse_interview_credit
from briefing.extract.metadata.names import placed_person_name, split_placed_authors, unlabelled_person_name
from briefing.extract.metadata.signals import contact_block_org, contact_fields

from test_metadata import LONG, LONG_EN, converted


# --- names whose place says they are names ----------------------------------------------------

@pytest.mark.parametrize("name", ["Ifeoma Aksoy", "Kwabena Musterle", "Anna Beck"])
def test_a_placed_name_needs_no_known_given_name(name):
    assert placed_person_name(name)


@pytest.mark.parametrize("words", ["Staff Writer", "Drei Fachtrainer", "Herr Aksoy", "Januar Musterle"])
def test_header_role_and_date_words_are_no_placed_name(words):
    assert not placed_person_name(words)


def test_an_unlabelled_name_needs_a_known_or_proper_given_name():
    assert unlabelled_person_name("Ifeoma Aksoy")
    assert not unlabelled_person_name("Stabsstelle Recht")  # an office in an imprint's field
    assert not unlabelled_person_name("Bad Musterbrunn")  # a spa town under a headline


def test_split_placed_authors_takes_all_names_or_none():
    assert split_placed_authors("Ifeoma Aksoy und Tim Roth") == ["Ifeoma Aksoy", "Tim Roth"]
    assert split_placed_authors("Staff Writer") == []


# --- bylines -----------------------------------------------------------------------------------

def test_byline_with_an_agency_after_a_slash_and_an_unknown_given_name():
    byline = parse_byline("Von Ifeoma Aksoy / APA-Science")
    assert byline.authors == ["Ifeoma Aksoy"] and byline.publisher == "APA-Science"


def test_byline_with_an_agency_after_a_slash_needs_a_name():
    byline = parse_byline("Von Staff Writer / APA-Science")
    assert byline is None or not byline.authors


def test_surnames_of_a_byline_found_with_unknown_given_names():
    document = "Ein Gespräch mit Ifeoma Aksoy und Kwabena Musterle über das Archiv. Aksoy fragt, Musterle antwortet."
    assert parse_byline("von Aksoy/Musterle", document).authors == ["Ifeoma Aksoy", "Kwabena Musterle"]


def test_surnames_of_a_byline_printed_after_other_words_stay_unresolved():
    document = "Der Bericht nennt Laut Aksoy und Kollegin Musterle."
    assert parse_byline("von Aksoy/Musterle", document) is None


def test_conversation_lead_with_an_unknown_given_name():
    assert conversation_lead("Kwabena Musterle speaks with Anna Beck of the Example Institute about tides.") \
        == ["Kwabena Musterle"]
    assert conversation_lead("Staff Writer speaks with Anna Beck of the Example Institute about tides.") is None


def test_journalist_partner_with_an_unknown_given_name():
    credit = "Drei Fachtrainer sprechen mit MZ-Redakteur Ifeoma Aksoy über Ausdauer und Teamgeist."
    assert parse_interview_credit(credit) == ["Ifeoma Aksoy"]


# --- labels and fields -------------------------------------------------------------------------

def test_speaker_labels_with_unknown_given_names_are_persons():
    assert au._persons(["Ifeoma Aksoy", "Stabsstelle Presse", "Frage"]) == ["Ifeoma Aksoy"]


def test_editor_field_with_an_unknown_given_name():
    doc = converted("JAHRESBERICHT 2020\n\nREDAKTION Ifeoma Aksoy Gestaltung Musterbüro Nord\n\n" + LONG + "\n")
    assert au._editor_field(doc) == ["Ifeoma Aksoy"]


def test_editor_field_after_a_sentence_word_is_no_byline():
    doc = converted("JAHRESBERICHT 2020\n\nWir danken der Redaktion Ifeoma Aksoy Gestaltung.\n\n" + LONG + "\n")
    assert au._editor_field(doc) == []


# --- a contact block run into one line ---------------------------------------------------------

def test_contact_fields_of_a_joined_block():
    line = "Prof. Dr. Anna Beck Universität Beispielstadt Institut für Musterkunde Tel.: 0123 4567"
    assert contact_fields(line) == ["Prof. Dr. Anna Beck", "Universität Beispielstadt", "Institut für Musterkunde",
                                    "Tel.: 0123 4567"]


def test_a_sentence_is_one_field():
    line = "Anna Beck leitet seit Jahren die Universität Beispielstadt und forscht zu Musterkunde."
    assert contact_fields(line) == [line]


@pytest.mark.parametrize("block", [
    "Beispiel Werke GmbH\nUnternehmenskommunikation\nAnna Beck, Pressesprecherin\nTel.: 0123 4567\n",
    "Beispiel Werke GmbH Unternehmenskommunikation Anna Beck, Pressesprecherin Tel.: 0123 4567\n",
])
def test_contact_block_on_its_lines_or_run_into_one(block):
    doc = converted("Neues Werk eröffnet\n\n" + LONG + "\n\n" + block)
    assert contact_block_org(doc) == "Beispiel Werke GmbH"


def test_contact_block_of_a_name_and_its_organisation_run_into_one_line():
    doc = converted("New lab opens\n\n" + LONG_EN + "\n\nDr. Anna Beck Example University Department of Tides "
                    "Phone: 0123 4567\n")
    assert "Example University" in pub.from_contact_block(pub.PublisherContext(doc, None, None))


def test_a_run_of_names_and_organisations_without_a_contact_mark_is_not_split():
    # a title page's authors and institute, no phone, mail or press office: not a contact block
    doc = converted("New lab opens\n\n" + LONG_EN + "\n\nDr. Anna Beck Example University Department of Tides\n")
    assert contact_block_org(doc) is None


def test_a_closing_sentence_naming_an_organisation_is_no_contact_block():
    doc = converted("New lab opens\n\n" + LONG_EN + "\n\nAnna Beck thanked the Example University for its support.\n")
    assert contact_block_org(doc) is None
