"""Title, date and author readings that hold for any document of their kind (general session 11, round 2): a
periodical's issue line gives the issue's date and its running head the periodical's name, a news list's date line
ends a contact section printed over a release, a redistributor's notice names the issuer's day, the partner of an
outlet's conversation is its interviewer, an author label may name the surname alone."""

from briefing.extract.metadata.byline import parse_byline
from briefing.extract.metadata.dates import has_issue_line

from test_general11_title import LEAD, LEAD_EN, _meta


# A cover run together by a PDF host: the issue line, the cover lines, the contents, a running head on page 3.
COVER_DE = ("Zeitschrift des Deutschen Beispielverbands e.V. | ISSN 1234- 5678 | 41. Jahrgang | März 2031 "
            "KLANGBOGENMagazin Rückblick auf die Saison Die Sieger der Landesmeisterschaft im Überblick "
            "Klangbogen Magazin | März 2031 Inhalt 3 Editorial 4 Aktuelles 8 Porträt 12 Termine\n\n" + LEAD + "\n")


def test_cover_issue_line_gives_the_month_and_running_head_the_name(tmp_path):
    meta = _meta(tmp_path, COVER_DE)
    assert meta.date == "2031-03"
    assert meta.title == "Klangbogen Magazin"


def test_cover_issue_line_read_the_same_on_separate_lines(tmp_path):
    # (the same cover as a tool that keeps the layout's lines delivers it)
    meta = _meta(tmp_path, COVER_DE.replace(" | ", "\n").replace(" Inhalt", "\nInhalt"))
    assert meta.date == "2031-03"


def test_numbered_issue_gives_the_year_and_two_months_give_the_year(tmp_path):
    text = ("Musterwind\nAusgabe 3/2029 (Mai/Juni) · EUR 6,00 · ISSN 9876-5432\n\nPORTRÄT\nDie Geige im Wandel\n\n"
            f"{LEAD}\n\nmusterwind · Mai/Juni 2029 14\n\nmusterwind erscheint sechsmal im Jahr.\n")
    meta = _meta(tmp_path, text)
    assert meta.date == "2029"
    assert meta.title == "musterwind"


def test_english_issue_number_with_months_and_day():
    assert has_issue_line("The Example Newsletter NUMBER 44 MAY/JUNE 2027 Founded 1911")
    assert has_issue_line("Ausgabe Nr. 7, 5. Mai 2026 INHALT")
    assert not has_issue_line("Im März 2031 eröffnete die Halle; die Ausgabe der Karten beginnt um neun Uhr.")


def test_issue_date_reads_day_and_month(tmp_path):
    meta = _meta(tmp_path, f"Verbandsbrief\n\nAusgabe Nr. 7, 5. Mai 2026 INHALT\n\n{LEAD}\n")
    assert meta.date == "2026-05-05"
    meta = _meta(tmp_path, f"Example Quarterly\n\nWinter/ Spring 2024 Volume 9, Number 2 Inside this Issue\n\n{LEAD_EN}\n")
    assert meta.date == "2024"


def test_month_in_prose_is_no_issue_date(tmp_path):
    meta = _meta(tmp_path, f"Neue Halle eröffnet\n\nIm März 2031 eröffnete die neue Halle. {LEAD}\n")
    assert meta.date is None


def test_running_head_name_must_recur(tmp_path):
    # a name beside an issue's date printed once only is no masthead: the headline stays
    text = f"Neue Wege im Verband\n\nAusgabe 2/2030 des Verbandsbriefs liegt vor.\n\n{LEAD}\n"
    assert _meta(tmp_path, text).title == "Neue Wege im Verband"


def test_date_line_ends_a_contact_section_over_the_headline(tmp_path):
    text = ("Pressekontakt\n\nBeispielverband e.V.\n\nAnna Muster\n\nTel.: +49 30 1234 5678\n\n"
            "E-Mail: presse@beispielverband.example\n\nTim Probst\n\nLeiter Kommunikation\n\nTel.: +49 30 1234 5679\n\n"
            "E-Mail: probst@beispielverband.example\n\nzurück zur Übersicht\n\n12.05.2031 - Beispielpokal\n\n"
            f"Beispielpokal startet in die neue Saison\n\n{LEAD}\n")
    meta = _meta(tmp_path, text)
    assert meta.date == "2031-05-12"
    assert meta.title == "Beispielpokal startet in die neue Saison"


def test_redistributor_notice_gives_the_issuers_day(tmp_path):
    places = ("Nord", "Süd", "Ost", "West", "Mitte", "Hafen", "Altstadt", "Neustadt", "Bahnhof")
    body = "\n\n".join(f"Im Stadtteil {p} war es ähnlich. {LEAD}" for p in places)  # the notice far below the header
    body_en = "\n\n".join(f"The {p} district saw much the same. {LEAD_EN}" for p in places)
    text = (f"Neue Halle für den Verein\n\n{body}\n\nBeispiel AG veröffentlichte diesen Inhalt am 04 Juli 2029 und ist "
            "allein verantwortlich für die darin enthaltenen Informationen.\n")
    assert _meta(tmp_path, text).date == "2029-07-04"
    text = f"New Hall Opens\n\n{body_en}\n\nExample Inc. published this content on 12 March 2028 and is solely responsible.\n"
    assert _meta(tmp_path, text).date == "2028-03-12"
    # a text only published on a day it mentions is no redistributor's notice
    text = f"New Hall Opens\n\n{body_en}\n\nThe report was published on 12 March 2028.\n"
    assert _meta(tmp_path, text).date is None


def test_partner_of_an_outlets_conversation_is_the_interviewer(tmp_path):
    text = ("Warum die Ernte besser ausfällt\n\nDie Ernte fällt in diesem Jahr kleiner aus als erwartet. Warum es am See "
            "etwas besser aussieht, erklärt Anna Beispiel, Leiterin des Obstbauzentrums, im Beispielradio-Gespräch mit "
            f"Tim Probst.\n\n{LEAD}\n")
    assert _meta(tmp_path, text).authors == ["Tim Probst"]
    # the person spoken with opens the sentence: no speaker before, no interviewer named
    text = (f"Neue Halle eröffnet\n\n{LEAD}\n\nIm Gespräch mit Tim Probst ging es um die Zukunft der Halle.\n")
    assert _meta(tmp_path, text).authors == []


def test_author_label_with_a_surname_alone():
    assert parse_byline("Autor: Probstmann").authors == ["Probstmann"]
    assert parse_byline("Author: Admin") is None
    assert parse_byline("Autor: Redaktion") is None
    assert parse_byline("Autor: unbekannt") is None  # a word in lower case names no one
