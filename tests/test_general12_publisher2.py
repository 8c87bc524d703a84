"""Publisher round 2 (session 12): a dateline's place is a place, not a person's title, a compound cut short ('Sport-
und …') or a headline in capitals; a masthead a flattened page ran its menu into, read before its slogan's bar.
Invented texts."""

from __future__ import annotations

from briefing.extract.metadata.header_lines import masthead_before_slogan
from briefing.extract.metadata.signals import read_dateline

from test_metadata import LONG, LONG_EN, P, converted, make_doc


# --- a dateline's place is a place ------------------------------------------------------------------------------


def test_a_title_opening_the_lead_is_no_dateline():
    for opening in ("Professor Dr. Erika Muster vom Institut für Beispielkunde", "Prof. Hans Beispiel leitet das Institut",
                    "Statement Prof. Dr. Jana Probe zur Tagung"):
        assert read_dateline(make_doc([P(f"{opening} für Werkstoffe. {LONG}")])) == (False, None)


def test_a_town_and_a_full_stop_still_open_a_dateline():
    assert read_dateline(make_doc([P(f"Musterstadt. Der Gemeinderat hat beschlossen. {LONG}")])) == (True, None)


def test_a_compound_cut_short_before_und_is_no_dateline():
    doc = make_doc([P(f"Die Sport- und Freizeitbranche: Die Zahl der Mitglieder wächst weiter. {LONG}")])
    assert read_dateline(doc) == (False, None)
    assert read_dateline(make_doc([P(f"Beispielstadt - Der Verein wächst weiter. {LONG}")])) == (True, None)


def test_a_headline_in_capitals_before_a_dash_is_no_dateline():
    doc = make_doc([P("EXAMPLE DISTILLERY RELEASES NEW OAK BOURBON AS PART OF ITS HERITAGE LINE – Example Spirits "
                      f"News. {LONG_EN}")])
    assert read_dateline(doc) == (False, None)
    assert read_dateline(make_doc([P(f"SPRINGVALE epd ■ In der Gedenkstätte beginnt die Ausstellung. {LONG}")])) \
        == (True, "epd")


# --- a masthead run into the page's menu ------------------------------------------------------------------------


def test_masthead_before_its_slogan_on_a_flattened_line():
    line = "Menü Musterländer Zeitung | Ihre Zeitung aus Nordland Anmelden Wirtschaft Hafen Neue Kräne für den Hafen"
    assert masthead_before_slogan(line) == "Musterländer Zeitung"
    assert masthead_before_slogan("Neue Regeln für die Zeitung | Musterblog") is None  # a headline's words
    assert masthead_before_slogan("Warum das Wetter kippt | Musterblog") is None
    assert masthead_before_slogan("Musterländer Zeitung") is None  # no slogan's bar


def test_flattened_masthead_names_the_publisher():
    text = ("Menü Musterländer Zeitung | Ihre Zeitung aus Nordland Anmelden Wirtschaft Neue Kräne für den Hafen "
            f"Partner im Netzwerk 11:00 24.09.2015\n\nNeue Kräne für den Hafen\n\n{LONG}\n\n{LONG}\n")
    assert converted(text).meta.publisher == "Musterländer Zeitung"


def test_review_cases_that_must_not_give_a_publisher():
    from briefing.extract.metadata.publisher import brand_label
    from briefing.extract.metadata.signals import _dateline_alone

    assert _dateline_alone("DOWNLOAD (PDF) – Die Broschüre erklärt alles.") is None
    assert _dateline_alone("MUSTERVILLE (KXYZ) -- The council met.") == "KXYZ"
    assert not brand_label("FitzGerald", "FitzGerald: Yes. FitzGerald said so. FitzGerald again.")
    assert brand_label("ExampleNerd", "")
    assert not brand_label("host", "host: Hi. The host asks. Our host is back.")


def test_times_printed_counts_whole_words_only():
    from briefing.extract.metadata.text import times_printed

    assert times_printed("BDSW", "Der BDSW fordert. BDSW-Präsident X sagt: der BDSW.") == 2
    assert times_printed("U.S.", "U.S. and US") == 1
