"""URL and kind read independently of where a PDF tool, a hard wrap or a flattened copy broke or joined the lines
(robustness session 10)."""

from __future__ import annotations

from briefing.extract.metadata import kind as k
from briefing.extract.metadata.url import closing_source, ends_wrapped_sentence, opening_address

from test_metadata import LONG, converted


def _context(text: str) -> k.KindContext:
    return k.KindContext(converted(text), k.Header())


# --- an address that ends a wrapped sentence is no footer's address ----------------------------

def test_address_ending_a_wrapped_sentence_is_no_footer_address():
    text = (f"Neue Wege im Stadtpark\n\n{LONG}\n\nWer mehr erfahren will, findet alle Termine im Netz unter\n"
            "www.beispielverein-parkfreunde.de\n")
    assert ends_wrapped_sentence(text, "www.beispielverein-parkfreunde.de")
    assert converted(text).meta.url is None


def test_caption_credit_wrapped_before_its_address_is_no_footer_address():
    text = f"Neue Wege im Stadtpark\n\n{LONG}\n\nDer neue Rundweg im Stadtpark (Foto:\nbildarchiv-muster.de/anna)\n"
    assert ends_wrapped_sentence(text, "bildarchiv-muster.de/anna")


def test_footer_address_on_its_own_stays_the_address():
    text = (f"Neue Wege im Stadtpark\n\n{LONG}\n\nBeispielverein Parkfreunde e.V. · Lindenweg 3 · 12345 Musterstadt\n"
            "www.beispielverein-parkfreunde.de\n")
    assert not ends_wrapped_sentence(text, "www.beispielverein-parkfreunde.de")
    assert converted(text).meta.url == "www.beispielverein-parkfreunde.de"


# --- the page's address opening a flattened first line ----------------------------------------

def test_address_opening_the_first_line_before_the_headline():
    text = "https://beispielblatt.de/kultur/neue-wege-a-123.html Neue Wege im Stadtpark\n\nText."
    assert opening_address(text) == "https://beispielblatt.de/kultur/neue-wege-a-123.html"
    assert converted(text.replace("Text.", LONG)).meta.url == "https://beispielblatt.de/kultur/neue-wege-a-123.html"


def test_address_inside_the_first_line_is_no_page_address():
    assert opening_address("Neue Wege im Stadtpark, siehe https://beispielblatt.de/x\n\nText.") is None


# --- a source label and its address at the end of a flattened tail ----------------------------

def test_source_label_ending_a_closing_line():
    text = f"Neue Wege im Stadtpark\n\n{LONG}\n\nWeitere Angaben zur Meldung Quelle beispielblatt.de\n\nÄhnliche Themen"
    assert closing_source(text) == "beispielblatt.de"
    assert converted(text).meta.url == "beispielblatt.de"


def test_source_label_before_words_or_far_from_the_end_is_not_read():
    assert closing_source(f"{LONG}\n\nQuelle: Musterstädter Kurier\n") is None
    early = "Grafik Quelle beispielblatt.de\n\n" + "\n\n".join([LONG] * 10)
    assert closing_source(early) is None


# --- kind: a speech's note wrapped over a line end, an issue line on a wrapped cover -----------

def test_speech_note_wrapped_over_a_line_end():
    text = ("Grußwort zur Eröffnung\n\n- Es gilt das\ngesprochene Wort -\n\nSehr geehrte Damen und Herren, "
            + LONG)
    assert k.speech_manuscript(_context(text))


def test_speech_words_in_separate_paragraphs_are_no_note():
    text = f"Grußwort zur Eröffnung\n\nEs gilt das\n\n{LONG}\n\nWort des Tages ist gesprochen."
    assert not k.speech_manuscript(_context(text))


def test_issue_line_on_a_cover_wrapped_into_many_lines():
    cover = ("Grußwort 1 Editorial 2\nAus dem Verein 3 Termine 4 Berichte 5 Rückblick 6 Ausblick 7\nNachrufe 8 Jugend 9 Senioren 10 "
             "Kurse 11 Reisen 12 Kalender 13\nImpressum 14 Kontakt 15 Anzeigen 16 Rätsel 17 Leserbriefe 18\n"
             "Vorstand 19 Satzung 20 Mitgliedschaft 21 Förderer 22 Chronik\n23 Archiv 24 Inhalt Beispielverein "
             "Musterstadt e.V. Lindenweg\n3 Musterstadt Ausgabe 42 Juni 2019 Das Sommerfest im Stadtpark\n")
    assert k.issue_line(_context(cover + "\n" + LONG))


def test_issue_number_deep_in_the_text_is_no_issue_line():
    text = "\n\n".join([f"Neue Wege im Stadtpark\n\n{LONG}"] * 7) + "\n\nDie Ausgabe 42 Juni 2019 folgt."
    assert not k.issue_line(_context(text))
