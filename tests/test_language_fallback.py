"""A text whose body holds too few function words (a deck of lists and figures) still gets its language from the
whole text. Invented texts."""

from __future__ import annotations

from briefing.extract.metadata.language import detect_language

from test_metadata import converted

DECK = ("Jahresbericht 2030\n\n• Mitglieder und Vereine im Land\n• Finanzen der Geschäftsstelle\n"
        "• Ausblick auf die Saison und die Termine\n• Berichte der Ausschüsse\n\n"
        "Umsatz 12 Mio. Euro\n\nMitglieder 4.500\n\nVereine 120\n")


def test_deck_of_lists_gets_its_language_from_the_whole_text():
    doc = converted(DECK)
    assert doc.meta.language == "de"


def test_the_whole_text_needs_a_clear_lead():
    assert detect_language("Umsatz 12 Mio. Euro Mitglieder 4.500 Vereine 120", min_share=0.03) is None
    assert detect_language("the und the und", min_share=0.03) is None  # a tie is no answer
