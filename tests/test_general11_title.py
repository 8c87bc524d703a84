"""Title, date and author readings that hold for any page of their kind (general session 11): a share bar run onto
the date line, a German letter's 'den' before the date, a date line run into the lead, a site's notice, a genre or
section label before the headline, a label line set apart by a capital I, an organisation's masthead over the
heading, a page title with its kicker, an outlet's initials as a name, a reporter with an agency."""

from pathlib import Path

from briefing.config import BriefingConfig
from briefing.extract.metadata.byline import beside_byline, parse_byline
from briefing.extract.metadata.dates import parse_date_line
from briefing.extract.metadata.names import is_person_name
from briefing.extract.metadata.title import header_noise, shorter_repeat, tidy_title
from briefing.model import Block
from briefing.pipeline import convert_document

LEAD = ("Mehr als zweihundert Gäste kamen am Wochenende in die Stadthalle, um die neue Ausstellung zu sehen. Die "
        "Veranstalter zeigten sich zufrieden und kündigten eine Fortsetzung im kommenden Jahr an.")
LEAD_EN = ("More than two hundred guests came to the town hall at the weekend to see the new exhibition. The "
           "organisers said they were pleased and announced another show for next year.")


def _meta(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return convert_document(path, BriefingConfig()).meta


def test_share_button_before_a_date_line():
    assert parse_date_line("Tweet Monday 3rd March 2031") == "2031-03-03"
    assert parse_date_line("Teilen Drucken 4. Mai 2029") == "2029-05-04"
    assert parse_date_line("Tweet about the show on 3 March 2031") is None  # words of a sentence stay unknown


def test_share_button_line_is_no_headline(tmp_path):
    meta = _meta(tmp_path, f"Latest news\n\nTweet Monday 3rd March 2031\n\nRegional Meeting Draws Record Crowd\n\n{LEAD_EN}\n")
    assert meta.title == "Regional Meeting Draws Record Crowd"
    assert meta.date == "2031-03-03"


def test_german_letter_date_with_den():
    assert parse_date_line("Mittwoch, den 14.05.2031, 10:20 Uhr") == "2031-05-14"
    assert parse_date_line("Musterstadt, den 3. Mai 2029") == "2029-05-03"
    assert parse_date_line("Treffen bis den 3. Mai 2029") is None


def test_date_line_run_into_the_lead_is_no_headline(tmp_path):
    for glue in ("\n", " "):  # the date on its own line over the lead, or run onto it by a flattened page
        text = f"Pressemitteilungen der Stadtwerke - Leitung zum Hochwasser\n\nMittwoch, den 14.05.2031, 19:16 Uhr{glue}{LEAD}\n"
        meta = _meta(tmp_path, text)
        assert meta.title != "Mittwoch, den 14.05.2031, 19:16 Uhr"
        assert meta.date == "2031-05-14"


def test_dateline_of_the_lead_stays_in_it(tmp_path):
    meta = _meta(tmp_path, f"14. Mai 2031 – Musterstadt. {LEAD}\n\nZweiter Absatz des Textes.\n")
    assert meta.title is None and meta.date == "2031-05-14"


def test_site_notices_are_header_noise():
    assert header_noise("Flag An official website of the Republic of Exampleland")
    assert header_noise("Offizielle Website der Stadt Musterstadt")
    assert header_noise("Archived Content")
    assert not header_noise("City Council Names Official Website Team Leader for Parks")
    assert not header_noise("Archived letters show a forgotten harbour")


def test_note_over_a_headline_and_its_date(tmp_path):
    text = ("Official website of the Exampleland Harbour Authority\n\nArchived Content\n\n"
            "This page is kept for reference and may be outdated.\n\nHarbour Opens Two New Piers for Ferries\n\n"
            f"Release Date:\nMarch 4, 2031\n\n{LEAD_EN}\n")
    meta = _meta(tmp_path, text)
    assert meta.title == "Harbour Opens Two New Piers for Ferries"
    assert meta.authors == []


def test_genre_and_section_labels_before_the_headline():
    assert tidy_title("Reportage : Ein Tag in der Werkstatt des Geigenbauers")[0] == "Ein Tag in der Werkstatt des Geigenbauers"
    assert tidy_title("Lokalsport Neuer Rekord beim Stadtlauf am Fluss")[0] == "Neuer Rekord beim Stadtlauf am Fluss"
    # a plain section word may open a headline; English headline case is one headline
    assert tidy_title("Sport Verein feiert sein Jubiläum")[0] == "Sport Verein feiert sein Jubiläum"
    assert tidy_title("Landespolitik im Wandel der Zeit")[0] == "Landespolitik im Wandel der Zeit"
    assert tidy_title("Trainer: Wir wollen den Titel holen")[0] == "Trainer: Wir wollen den Titel holen"


def test_label_line_set_apart_by_a_capital_i(tmp_path):
    text = (f"3 Mai I Pressemitteilung I Musterverband Deutscher Imker e.V. I\n\n"
            f"Musterverband wählt neuen Vorstand\n\n{LEAD}\n")
    meta = _meta(tmp_path, text)
    assert meta.title == "Musterverband wählt neuen Vorstand"
    assert meta.kind == "press_release"


def test_headline_with_the_pronoun_i_stays(tmp_path):
    meta = _meta(tmp_path, f"Why I Left the City and I Never Looked Back\n\n{LEAD_EN}\n")
    assert meta.title == "Why I Left the City and I Never Looked Back"


def test_organisation_over_a_heading_is_the_masthead(tmp_path):
    text = f"Bayerisches Landesamt für Umwelt und für den Naturschutz\n\n## Folge 7 - Leben am Fluss\n\n{LEAD}\n"
    assert _meta(tmp_path, text).title == "Folge 7 - Leben am Fluss"


def test_page_title_with_its_kicker_gives_the_headline():
    following = [Block(kind="paragraph", text="Musterstadt Neue Brücke über den Fluss eröffnet")]
    title = "^ Musterstadt: Neue Brücke über den Fluss eröffnet - Musterstadt - Beispielverlag"
    assert shorter_repeat(title, following) == "Neue Brücke über den Fluss eröffnet"
    other = [Block(kind="paragraph", text="Beispielstadt Neue Brücke über den Fluss eröffnet")]
    assert shorter_repeat(title, other) is None


def test_outlet_initials_are_no_person():
    assert not is_person_name("XYZ Magazine", strict=True)
    assert not is_person_name("ABR Aktuell", strict=True)
    assert is_person_name("JD Beispiel")
    byline = parse_byline("by XYZ Magazine on April 27, 2031 at 6:58 am")
    assert byline is None or byline.authors == []


def test_reporter_with_agency_credit():
    byline = parse_byline("Anna Beispiel, dpa")
    assert byline.authors == ["Anna Beispiel"] and byline.publisher == "dpa"
    assert parse_byline("Anna Beispiel (AFP)") is None  # a photo's credit as often
    assert parse_byline("Anna Beispiel, Musterstadt") is None


def test_reading_time_with_approximation_beside_a_byline():
    assert beside_byline("Lesedauer: ca. 1.5 Min.")
    assert beside_byline("Reading time: about 4 min")
    assert not beside_byline("Lesedauer: gering")
