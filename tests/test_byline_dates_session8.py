"""Bylines, authors and dates of session 8: date forms ('13th August 2021', '20.Nov 2000'), a release's embargo, a
document host's upload stamp, datelines ('City, State – date', 'ABZ 08.04.2014', '(ABV/5.6.2025)'), a publication's
month, bylines naming the paper's own writer, a name line under the headline, a publication's editor field.
Invented texts."""

from __future__ import annotations

from briefing.extract.metadata import authors as au
from briefing.extract.metadata import dates as dt
from briefing.extract.metadata.byline import parse_byline
from briefing.extract.metadata.names import split_authors
from briefing.extract.metadata.records import Header
from briefing.model import Document

from test_metadata import LONG, LONG_EN, converted  # the shared invented paragraphs and pipeline


def lines_doc(*lines: str) -> Document:
    return Document(id="t", seed="t.txt", format="txt", raw_text="\n".join(lines), lines=list(lines))


# --- date forms ---------------------------------------------------------------------------


def test_day_with_ordinal_or_glued_to_its_month():
    assert dt.parse_date_line("13th August 2021") == "2021-08-13"
    assert dt.parse_date_line("Mo, 20.Nov 2000") == "2000-11-20"
    assert dt.find_date("am 2.Mai 2019")[0] == "2019-05-02"


def test_weekday_before_the_date_after_a_wires_codes():
    assert dt.date_candidates("ABC0012 4 XY 0456 QR7 Mo, 20.Nov 2000 Inland / Wirtschaft") == [(2, "2000-11-20")]
    assert dt.date_candidates("The fair will be held Monday, Nov. 20, 2000 in the hall") == [(0, "2000-11-20")]


def test_embargo_label_names_the_release_date():
    assert dt.parse_date_line("Embargoed for Release:  March 3, 2011") == "2011-03-03"
    assert dt.parse_date_line("Sperrfrist: 12.03.2020") == "2020-03-12"
    assert dt.parse_date_line("Embargo lifted on 3 May 2020 for all members") is None


def test_host_upload_stamp_is_no_date():
    assert dt.parse_date_line("Post on 18-May-2020") is None
    assert dt.date_candidates("Post on 18-May-2020") == []
    assert dt.date_candidates("07.08.2019 Aufrufe") == []
    assert dt.parse_date_line("Posted on March 3, 2020") == "2020-03-03"


def test_dateline_with_state_and_outlet_code():
    assert dt.parse_date_line("Springfield, Oregon – May 4, 2015") == "2015-05-04"
    assert dt.parse_date_line("ABZ 08.04.2014") == "2014-04-08"
    assert dt.parse_date_line("BIS 08.04.2014") is None
    assert dt.parse_date_line("Musterstadt Zeitung 08.04.2014") is None


def test_source_and_date_in_brackets_opening_the_lead():
    assert dt.date_candidates("Seminar abgeschlossen (ABV/5.6.2025) Mit einer Feier ging es zu Ende") == [(3, "2025-06-05")]
    assert dt.date_candidates("wie berichtet (ABV/5.6.2025 ergänzt) stieg die Zahl") == [(0, "2025-06-05")]


def test_place_and_date_opening_the_lead_after_the_deck():
    assert dt.date_candidates("Eine Abgabe wird empfohlen. Musterstadt, 17. März 2016. Den Traum kennt jeder") \
        == [(3, "2016-03-17")]
    assert dt.date_candidates("Er zog schließlich nach Berlin, 3. März 2016 war das.") == [(0, "2016-03-03")]


def test_lead_date_refines_the_headers_year():
    doc = converted(f"Pressemitteilung Nr. 12/2016\n\nGroßer Andrang beim Sommerfest der Beispielstadt\n\n"
                    f"Viele Gäste kamen. Beispielstadt, 17. März 2016. {LONG}\n\n{LONG}\n")
    assert doc.meta.date == "2016-03-17"
    header = Header(date="2015")
    doc = converted(f"Großer Andrang beim Sommerfest\n\nViele Gäste kamen. Beispielstadt, 17. März 2016. {LONG}\n")
    assert dt.find_stated_or_inferred_date(doc, header, None) == ("2015", False)


def test_publication_month_alone_on_a_line_or_with_its_place():
    assert dt.publication_month(lines_doc("Beispielverband", "Mitteilungen", "März 2022", LONG)) == "2022-03"
    assert dt.publication_month(lines_doc("Archiv", "August 2015", "Oktober 2015", LONG)) is None  # an archive list
    assert dt.publication_month(lines_doc("Bericht zur Lage Anna Beck Kiel, Dezember 2014 Die Wirtschaft wächst.")) \
        == "2014-12"
    assert dt.publication_month(lines_doc("The board met in Paris, March 2011 to decide.")) is None


def test_year_before_season_on_a_cover():
    assert dt.publication_year(lines_doc("2017 Spring Example Archer Magazine", LONG_EN)) == "2017"


# --- bylines ------------------------------------------------------------------------------


def test_byline_published_in_an_outlet_with_its_date():
    byline = parse_byline("By Anna Beck, published in the Example Herald March 30, 2014")
    assert (byline.authors, byline.date, byline.publisher) == (["Anna Beck"], "2014-03-30", "Example Herald")


def test_byline_naming_the_papers_own_writer():
    assert parse_byline("Von unserem Redaktionsmitglied Anna Beck").authors == ["Anna Beck"]
    assert parse_byline("By our correspondent Tim Roth").authors == ["Tim Roth"]
    assert parse_byline("Von: Anna Beck").authors == ["Anna Beck"]
    assert parse_byline("Ein Gastbeitrag von Anna Beck und Tim Roth.").authors == ["Anna Beck", "Tim Roth"]
    assert parse_byline("Geführt von Anna Beck").authors == ["Anna Beck"]
    assert parse_byline("Von unserem Sportplatz") is None
    assert parse_byline("Von Montag an") is None


def test_list_of_names_with_one_unknown_given_name():
    assert split_authors("Anna Beck, Jölund Roth, Tim Muster", strict=True) == ["Anna Beck", "Jölund Roth", "Tim Muster"]
    assert split_authors("Anna Beck, Tim Roth, Leiterin Presse", strict=True) == ["Anna Beck"]


# --- authors the header walk did not read -------------------------------------------------


def test_byline_item_in_a_header_list_and_closing_byline():
    doc = converted(f"- zurück\n- MUSTERSTADT\n- Zwölf Paare tanzen um den Pokal\n- Von unserem Redaktionsmitglied "
                    f"Anna Beck\n\n{LONG}\n\n{LONG}\n")
    assert au._explicit_byline(doc) == ["Anna Beck"]
    doc = converted(f"Neue Ärztin am Klinikum\n\n{LONG}\n\n{LONG}\n\nVon Anna Beck, Reporterin der Beispiel News\n\n"
                    "Kommentare an redaktion@example.org\n")
    assert doc.meta.authors == ["Anna Beck"]
    doc = converted(f"Neue Ärztin am Klinikum\n\n{LONG}\n\n{LONG}\n\nBy 2020 the clinic had grown to 300 beds.\n")
    assert au._explicit_byline(doc) == []


def test_dateline_and_byline_opening_the_lead():
    doc = converted(f"Darts im Dorf\n\nMusterdorf - Von Anna Beck. {LONG}\n\n{LONG}\n")
    assert doc.meta.authors == ["Anna Beck"]


def test_name_line_under_the_headline():
    doc = converted(f"Pilger entdecken neue Wege\n\nAnna Beck\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.authors == ["Anna Beck"]
    # the subject of a portrait is printed again
    doc = converted(f"Pilger entdecken neue Wege\n\nAnna Beck\n\n{LONG}\n\nBeck sagt, sie wandere gern.\n")
    assert doc.meta.authors == []
    # after the teaser a name alone is a caption's or a contact's
    doc = converted(f"Pilger entdecken neue Wege\n\nEin Teaser über das Wandern, der lang genug ist, um einer zu sein, und "
                    f"der die Leser neugierig macht auf die Wege.\n\nAnna Beck\n\n{LONG}\n")
    assert doc.meta.authors == []
    # the name runs on into the next line
    doc = converted(f"Our coaches\n\nAnna Beck\n\nis a director at the Example Academy. {LONG_EN}\n")
    assert doc.meta.authors == []


def test_editor_field_of_a_publication():
    assert au._editor_field(lines_doc(f"Internet: www.example.org REDAKTION Anna Beck Gestaltung Tim Roth {LONG}")) \
        == ["Anna Beck"]
    assert au._editor_field(lines_doc("Redaktion: Dr. ANNA H. BECK Satz: Beispiel GmbH")) == ["Anna H. Beck"]
    assert au._editor_field(lines_doc(f"Letters to the Editor Anna Beck writes about the park. {LONG_EN}")) == []
    assert au._editor_field(lines_doc(f"Redaktion: Anna Beck und ihr Team waren vor Ort. {LONG}")) == []


# a site's today-line over the page


def test_today_line_gives_way_to_the_texts_own_date():
    from test_metadata import LONG, converted

    doc = converted(f"Mo, 11. Dezember 2030\n\nPositive Bilanzen\n\n10.03.2029 17:31\n\nStarkes Finale für die Saison\n\n"
                    f"{LONG}\n\n{LONG}\n")
    assert doc.meta.date == "2029-03-10"
    # alone, the weekday line is the date
    doc = converted(f"Mo, 11. Dezember 2030\n\nStarkes Finale für die Saison\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.date == "2030-12-11"
