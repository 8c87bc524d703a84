"""Publisher signals of session 9: a dateline of two words in capitals is no agency's credit, a release's label
naming its issuer, a text credited to a press office, an organisation's acronym banner, a legal name on a
header line of its own, a paper's short name glued to a compound of its format, a cover's masthead with its
issue, a membership body defined in a release, and two precision guards (a date after a title's bar, a
photographer's surname as 'Quelle:'). Invented texts."""

from __future__ import annotations

from briefing.extract.metadata import publisher as pub
from briefing.extract.metadata.header import read_header
from briefing.model import Document

from test_metadata import LONG, LONG_EN, converted  # the shared invented paragraphs and pipeline


def signals_of(doc: Document) -> list[str]:
    return [s for _, _, signals in pub.publisher_candidates(doc, read_header(doc), doc.meta.url) for s in signals]


def names_of(doc: Document) -> list[str]:
    return [name for name, _, _ in pub.publisher_candidates(doc, read_header(doc), doc.meta.url)]


# a dateline of two words in capitals


def test_two_word_place_in_capitals_is_no_agency():
    doc = converted(f"Harbour festival returns\n\nEAST HAVEN – The Example Harbour Trust (EHT) announced today a "
                    f"new festival for the town. {LONG_EN}\n\n{LONG_EN}\n")
    assert "HAVEN" not in names_of(doc)
    doc = converted(f"Hafenfest kehrt zurück\n\nMUSTERHAFEN epd – Das Hafenfest kehrt zurück. {LONG}\n\n{LONG}\n")
    assert doc.meta.publisher == "epd"  # a known agency without brackets still is one


# a release's label naming its issuer


def test_release_label_names_its_issuer():
    assert pub.kind_label_org("Pressemitteilung | Beispielverband der Musterbauer e.V. (BMB)") \
        == "Beispielverband der Musterbauer e.V. (BMB)"
    assert pub.kind_label_org("(Pressemitteilung Landkreis Musterland 03.02.2031)") == "Landkreis Musterland"
    doc = converted(f"Neue Ausstellung im Foyer\n\n(Pressemitteilung Landkreis Musterland 03.02.2031)\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.publisher == "Landkreis Musterland"


def test_release_label_before_a_headline_names_no_one():
    assert pub.kind_label_org("Presseinformation: Neue Funde auf dem Campus: Scherben und Münzen") is None
    assert pub.kind_label_org("Pressemitteilung Nr. 12/2031") is None
    assert pub.kind_label_org("Press release: Anna Beck joins the board") is None


# a text credited to a press office


def test_text_credited_to_a_press_office():
    doc = converted(f"Werkstatt am Dom\n\n{LONG}\n\n{LONG}\n\nText: Städtische Pressestelle\n")
    assert "from_office_credit" in signals_of(doc)
    assert doc.meta.publisher == "Städtische Pressestelle"
    doc = converted(f"Werkstatt am Dom\n\n{LONG}\n\n{LONG}\n\nText: Anna Beck\n")
    assert "from_office_credit" not in signals_of(doc)


# an organisation's acronym banner


def test_acronym_banner_named_again_and_again():
    doc = converted(f"EXV - Example World Series\n\nPress release\n\nTeam wins the opener\n\n{LONG_EN} The EXV "
                    f"congratulated the team.\n\n{LONG_EN} The EXV said so.\n\n{LONG_EN} Ask the EXV.\n")
    assert "from_acronym_banner" in signals_of(doc)
    assert doc.meta.publisher == "EXV"


def test_acronym_banner_named_once_or_a_section_label_names_no_one():
    doc = converted(f"EXV - Example World Series\n\nTeam wins the opener\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert "from_acronym_banner" not in signals_of(doc)
    doc = converted(f"NEWS - Latest stories\n\nTeam wins the opener\n\n{LONG_EN} NEWS NEWS NEWS\n\n{LONG_EN}\n")
    assert "from_acronym_banner" not in signals_of(doc)


# a legal name on a header line of its own


def test_legal_name_on_a_header_line_of_its_own():
    doc = converted(f"Premiere in Musterstadt\n\ngeschrieben von Anna Beck\n\n   Beispielbund der Kegler e.V.\n\n"
                    f"{LONG}\n\n{LONG}\n")
    assert "from_legal_name_first" in signals_of(doc)
    assert doc.meta.publisher == "Beispielbund der Kegler e.V."


def test_legal_name_inside_a_later_line_names_no_one():
    doc = converted(f"Premiere in Musterstadt\n\ngeschrieben von Anna Beck\n\nDer Beispielbund der Kegler e.V. lädt "
                    f"alle ein, die kommen wollen.\n\n{LONG}\n\n{LONG}\n")
    assert "from_legal_name_first" not in signals_of(doc)


# a paper's short name glued to a compound of its format


def test_outlet_compound_of_the_format():
    doc = converted(f"„Das Rohr findet man immer“\n\nDas MBZ-Fachgespräch „Das Rohr findet man immer“\n\n{LONG}\n\n{LONG}\n")
    assert "from_outlet_compound" in signals_of(doc)
    assert doc.meta.publisher == "MBZ"
    doc = converted(f"„Das Rohr findet man immer“\n\nDas ABC-Fachwissen ist gefragt.\n\n{LONG}\n\n{LONG}\n")
    assert "from_outlet_compound" not in signals_of(doc)


# a cover's masthead with its issue


def test_cover_masthead_with_its_issue():
    assert pub.periodical_issue("MusterDach Magazin 4-2031") == "MusterDach Magazin"
    assert pub.periodical_issue("The Example Company of Bellmakers Newsletter Number 12 MAY 2031 NEWS") \
        == "Example Company of Bellmakers"
    assert pub.periodical_issue("Unser Newsletter 3/2031") is None
    assert pub.periodical_issue("MusterDach Magazin online lesen") is None


# a membership body defined in a release


def test_membership_body_defined_with_its_abbreviation():
    text = ("Musterville, Md.—The Example Contractors Association (ECA) welcomes the new rule. The ECA has long asked "
            "for it, and the ECA will comment on it.")
    assert pub.defined_organisations(text)[0][0] == "Example Contractors Association"
    assert pub.defined_organisations("The new Example Rules (ER) apply from May; the ER are long.") == []


# precision guards


def test_date_after_a_title_bar_is_no_site():
    doc = converted(f"Catching up with a legend\n\nCatching up with a legend | November 2031\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert "from_title_suffix" not in signals_of(doc)


def test_photographer_surname_as_source_is_no_outlet():
    text = "Neue Werkstatt\n\n{0}\n\nAnna Beck in ihrer Werkstatt.\n\nQuelle: {1}\n\n{0}\n\n{0}\n"
    doc = converted(text.format(LONG, "Hammerschmidt"))
    assert "from_source_outlet" not in signals_of(doc)
    doc = converted(text.format(LONG, "Musterstädter Rundschau"))
    assert doc.meta.publisher == "Musterstädter Rundschau"
