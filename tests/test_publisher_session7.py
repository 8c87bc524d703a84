"""Publisher signals of session 7: an outlet's short name glued to its interview or staff, a newsletter's signup
line, a press office, an outlet beside the date, a report's title, a periodical's 'Magazin des …'. Invented texts."""

from __future__ import annotations

from briefing.extract.metadata import publisher as pub
from briefing.extract.metadata.header import read_header
from briefing.model import Document

from test_metadata import LONG, LONG_EN, converted  # the shared invented paragraphs and pipeline


def signals_of(doc: Document) -> list[str]:
    return [s for _, _, signals in pub.publisher_candidates(doc, read_header(doc), doc.meta.url) for s in signals]


# an outlet's short name glued to its interview or its staff


def test_outlet_compound_names_the_paper():
    doc = converted(f"Von Anna Beck\n\nMusterstadt. {LONG} Was heute möglich ist, erklärt Prof. Karl Muster im "
                    f"QZ-Gespräch.\n\nHerr Muster, was hat sich verändert?\n\n{LONG}\n")
    assert doc.meta.publisher == "QZ"
    doc = converted(f"Wer forscht woran?\n\nQZ-Redakteurin Eva Probe sprach mit Karl Muster.\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.publisher == "QZ"


def test_outlet_compound_needs_capitals_and_a_newsroom_word():
    doc = converted(f"Von Anna Beck\n\nMusterstadt. {LONG} Das sagte Karl Muster im dpa-Gespräch.\n\n{LONG}\n")
    assert "from_outlet_compound" not in signals_of(doc)
    doc = converted(f"Neue Werkstatt eröffnet\n\nDie QZ-Werkstatt öffnet am Montag. {LONG}\n\n{LONG}\n")
    assert "from_outlet_compound" not in signals_of(doc)


# a newsletter's signup line


def test_newsletter_signup_names_the_site():
    doc = converted(f"Neue Chips für Europa\n\n{LONG}\n\n{LONG}\n\nDer Beispiel24 Newsletter informiert Sie "
                    "jeden Morgen über das Wichtigste – direkt in Ihr Postfach. Hier geht's zur Anmeldung!\n")
    assert doc.meta.publisher == "Beispiel24"


def test_newsletter_without_signup_names_no_one():
    assert pub._NEWSLETTER.search("Der Beispiel24 Newsletter erschien gestern zum ersten Mal.") is None
    doc = converted(f"Neue Chips für Europa\n\n{LONG}\n\nDer Newsletter informiert Sie jeden Morgen.\n\n{LONG}\n")
    assert "from_newsletter" not in signals_of(doc)


# a press office


def test_press_office_after_its_officer():
    assert pub.press_office_org("Eva Probe, Pressestelle BGX, Musterstadt") == "BGX"
    assert pub.press_office_org("Pressestelle der Beispiel-Gesellschaft") == "Beispiel-Gesellschaft"
    doc = converted(f"Tagung 2030 online\n\n{LONG}\n\n{LONG}\n\nKontakt für Journalisten:\n"
                    "Eva Probe, Pressestelle BGX, Musterstadt\n")
    assert doc.meta.publisher == "BGX"


def test_press_office_not_a_person_or_a_phone():
    assert pub.press_office_org("Pressestelle Anna Beck") is None
    assert pub.press_office_org("Pressestelle, Telefon 0123 45678") is None
    assert pub.press_office_org("Die Pressestellen der Parteien lesen Zeitung.") is None


# an outlet beside the date


def test_outlet_date_line():
    assert pub.outlet_date_line("ExampleChem - Jun 9, 2011") == "ExampleChem"
    assert pub.outlet_date_line("04.04.2017, beispielzeit") == "beispielzeit"
    doc = converted(f"Neue Chips für Europa\n\n04.04.2017, beispielzeit\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.publisher == "beispielzeit"


def test_outlet_date_line_is_no_dateline_or_byline():
    assert pub.outlet_date_line("MUSTERSTADT - Jun 9, 2011") is None
    assert pub.outlet_date_line("Anna Beck - 4. April 2017") is None
    assert pub.outlet_date_line("Aktualisiert: 04.04.2017") is None
    assert pub.outlet_date_line("04.04.2017") is None
    doc = converted(f"Neue Chips für Europa\n\nAnna Beck - 4. April 2017\n\n{LONG}\n\n{LONG}\n")
    assert "from_outlet_date_line" not in signals_of(doc)


# a report's title


def test_report_title_names_its_issuer():
    text = "Musterland Water Board's 2019 Annual Report\n\nThe Musterland Water Board thanks its members."
    assert pub.report_title_issuer("Musterland Water Board's 2019 Annual Report", text) == "Musterland Water Board"
    text = "2015 Annual Report Example Grid Power Cooperative\n\n3 Example Grid Power Cooperative"
    assert pub.report_title_issuer("2015 Annual Report Example Grid Power Cooperative", text) \
        == "Example Grid Power Cooperative"
    assert pub.report_title_issuer("Nordische Beispielgemeinschaft Jahresbericht 2015", "Nordische Beispielgemeinschaft "
                                   * 2) == "Nordische Beispielgemeinschaft"
    assert pub.report_title_issuer("Nordisches Beispielinstitut Jahresbericht 2015", "") == "Nordisches Beispielinstitut"
    doc = converted(f"Musterland Water Board's 2019 Annual Report\n\n{LONG_EN} The Musterland Water Board "
                    f"grew.\n\n{LONG_EN}\n")
    assert doc.meta.publisher == "Musterland Water Board"


def test_report_title_without_a_name():
    assert pub.report_title_issuer("Jahresbericht 2015 Aufgaben und Ergebnisse", "Aufgaben und Ergebnisse " * 3) is None
    assert pub.report_title_issuer("Annual Report Example Grid Cooperative", "Example Grid Cooperative " * 3) is None
    assert pub.report_title_issuer("Anna Beck Jahresbericht 2015", "Anna Beck " * 3) is None
    doc = converted(f"Our Annual Report\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert "from_report_title" not in signals_of(doc)


# a periodical's 'Magazin des …'


def test_own_organ_in_the_nominative():
    body = "Beispielstädter Schachverband\n\nDas Magazin des Beispielstädter Schachverbandes"
    assert pub.own_organ_org("Das Magazin des Beispielstädter Schachverbandes", body) == "Beispielstädter Schachverband"
    assert pub.own_organ_org("DAS MAGAZIN DES NORDISCHEN KLANGRATS", "") == "NORDISCHER KLANGRAT"
    assert pub.own_organ_org("The Newsletter of the Example Lantern Society", "") == "Example Lantern Society"
    doc = converted(f"Heft 3/2014\n\nDas Magazin des Beispielstädter Schachverbandes\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.publisher == "Beispielstädter Schachverband"


def test_own_organ_not_a_word_alone_or_another_paper():
    assert pub.own_organ_org("The Newsletter of the Guild", "") is None
    assert pub.own_organ_org("Das Magazin berichtet über den Beispielverband", "") is None
    assert pub.own_organ_org("The Newsletter of the Lantern SOCIETY ISSUE", "") is None
