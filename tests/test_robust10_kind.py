"""Kind signals read independently of where a copy broke or joined the lines (robustness session 10)."""

from __future__ import annotations

import pytest

from briefing.extract.metadata import kind as k
from briefing.extract.metadata.signals import _contact_line, announcing_org

from test_metadata import LONG, LONG_EN, converted


def _context(text: str) -> k.KindContext:
    doc = converted(text)
    return k.KindContext(doc, k.Header())


# --- a contact label run onto the end of the line before ---------------------------------------

@pytest.mark.parametrize("line", [
    "Foto: Die neue Halle. Quelle: Anna Roth/Beispielwerk Ansprechpartner:",
    "Pressekontakt: Anna Roth",
])
def test_contact_label_opening_or_ending_a_line(line):
    assert _contact_line(line)


@pytest.mark.parametrize("line", [
    "Die Gemeinde hält den Kontakt: jeden Montag im Rathaus.",
    "Wer Fragen hat, nimmt ansprechpartner: auf",  # not written as a label
])
def test_contact_word_inside_a_sentence_is_no_label(line):
    assert not _contact_line(line)


# --- the issuer after its release's dateline on one line --------------------------------------

def test_issuer_with_apposition_after_a_dateline_on_the_same_line():
    doc = converted("Bergfest geplant\n\nMusterstadt, Region – May 4, 2014 Example Climbing Federation, the national body for "
                    "the sport of climbing announced today that it will hold its open championship in Beispielhausen.\n\n"
                    + LONG_EN + "\n")
    assert announcing_org(doc) == "Example Climbing Federation"


def test_no_issuer_from_a_sentence_before_the_name():
    doc = converted("Bergfest geplant\n\nIn the past weeks of the season Example Climbing Federation, the national body for the "
                    "sport of climbing announced today that it will hold its open championship.\n\n" + LONG_EN + "\n")
    assert announcing_org(doc) is None


# --- a paper's bullet dateline after a subtitle run into the first paragraph ------------------

def test_bullet_dateline_run_in_after_a_subtitle():
    c = _context("Großes Fest im Hafen\n\nDer Markt findet vom 3. bis 5. Mai am Kai statt Musterstadt • Es ist das "
                 "zehnte Hafenfest mit rund 200 Ständen. " + LONG + "\n\n" + LONG + "\n")
    assert k.paper_dateline(c)


def test_bullets_of_a_menu_in_the_opening_are_no_dateline():
    c = _context("Großes Fest im Hafen\n\nDer Markt am Kai Startseite • Lokales • Sport Es ist das zehnte Hafenfest "
                 "mit rund 200 Ständen. " + LONG + "\n\n" + LONG + "\n")
    assert not k.paper_dateline(c)


# --- an answer's label at the end of its question's line --------------------------------------

_TURNS = ("Kurzes Gespräch\n\n" + LONG + "\n\n"
          "Was hat Sie an diesem Projekt am meisten überrascht?Roth:{sep}Ich hatte nicht mit so viel Zuspruch gerechnet.\n\n"
          "Wie geht es jetzt für Ihr Team weiter?Roth:{sep}Wir planen die nächste Runde im Herbst.\n")


def test_answer_label_ending_its_line():
    assert k.answered_turns(_context(_TURNS.format(sep="\n\n")))  # the answer a paragraph of its own


def test_answer_label_after_a_question_needs_a_repeated_speaker():
    text = ("Kurzes Gespräch\n\n" + LONG + "\n\nWas hat Sie überrascht?Roth:\n\nIch hatte nicht damit gerechnet.\n\n"
            "Wie geht es weiter?Beck:\n\nWir planen die nächste Runde.\n")
    assert not k.answered_turns(_context(text))


# --- Q./A. turns run into one paragraph -------------------------------------------------------

def test_marked_turns_run_into_a_paragraph():
    text = ("Ein Gespräch über Boote\n\n" + LONG_EN + "\n\nQ. When did you build your first boat? A. I was ten, and my "
            "father helped me. Q. What do you like about your work? A. I love the smell of fresh wood. Q. Where do you "
            "sail now? A. Mostly on the lake near our house.\n")
    assert k.run_in_marked_turns(_context(text))


def test_a_faq_run_into_a_paragraph_is_no_interview():
    text = ("Fragen zum Hafen\n\n" + LONG_EN + "\n\nQ. When does the harbour open? A. The harbour opens at six. "
            "Q. Where can visitors park? A. Parking is next to the gate. Q. Is there a fee? A. Entry is free.\n")
    assert not k.run_in_marked_turns(_context(text))
