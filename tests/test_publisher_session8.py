"""Publisher signals of session 8: a repost's credit line, a lead tagged with the issuer's abbreviation, readers
addressed by the site's name, a paywall offer, a lead opening with the issuer and its apposition, a paper's sign
before its date, and 'Über 500 …' as no 'About X' section. Invented texts."""

from __future__ import annotations

from briefing.extract.metadata import publisher as pub
from briefing.extract.metadata.header import read_header
from briefing.extract.metadata.signals import announcing_org
from briefing.model import Document

from test_metadata import LONG, LONG_EN, converted  # the shared invented paragraphs and pipeline


def signals_of(doc: Document) -> list[str]:
    return [s for _, _, signals in pub.publisher_candidates(doc, read_header(doc), doc.meta.url) for s in signals]


# a repost's credit line


def test_reprint_credit_names_the_first_outlet():
    assert pub.reprint_outlet("Article from the Example Valley Herald, with the kind permission of the author.") \
        == "Example Valley Herald"
    assert pub.reprint_outlet("By Anna Beck, published in the Example County Times March 30, 2014") \
        == "Example County Times"
    assert pub.reprint_outlet("Zuerst erschienen in der Musterstädter Rundschau") == "Musterstädter Rundschau"
    # a date after the name, its month in any form the project reads ('Mai', 'Sept.')
    assert pub.reprint_outlet("Zuerst erschienen in der Musterstädter Rundschau Mai 2014") == "Musterstädter Rundschau"
    assert pub.reprint_outlet("First published in the Example Post Sept. 2019") == "Example Post"
    doc = converted(f"Old bell foundry closes\n\nArticle from the Example Valley Herald, with the kind permission "
                    f"of the author, Anna Beck.\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert doc.meta.publisher == "Example Valley Herald"


def test_a_study_published_in_a_journal_is_no_credit():
    assert pub.reprint_outlet("A study published in the Journal of Example Medicine shows that …") is None
    doc = converted(f"New findings on sleep\n\n{LONG_EN} The study was published in the Example Journal "
                    f"of Sleep.\n\n{LONG_EN}\n")
    assert "from_reprint_credit" not in signals_of(doc)


# a lead tagged with the issuer's abbreviation


def test_lead_tag_spelled_out_in_the_text():
    assert pub.spelled_out("BVX", "Anna Beck, Präsidentin des Bundesverband Vereinigter Xylophonbauer, gratulierte.") \
        == "Bundesverband Vereinigter Xylophonbauer"
    assert pub.spelled_out("GEM", "the Guild of Example Makers met") == "Guild of Example Makers"
    doc = converted(f"Seminar erfolgreich beendet\n\n(BVX/5.6.2030) Mit einer Feierstunde endete das Seminar. {LONG}"
                    f"\n\nAnna Beck, Präsidentin des Bundesverband Vereinigter Xylophonbauer, gratulierte allen.\n\n{LONG}\n")
    assert "from_lead_tag" in signals_of(doc)
    assert doc.meta.publisher == "Bundesverband Vereinigter Xylophonbauer"


def test_lead_tag_without_its_words_or_of_a_portal_names_no_one():
    assert pub.spelled_out("BX", "Beispiel Xaver") is None  # two letters match too much by chance
    doc = converted(f"Seminar erfolgreich beendet\n\n(BVX/5.6.2030) Mit einer Feierstunde endete das Seminar. {LONG}"
                    f"\n\n{LONG}\n")
    assert "from_lead_tag" not in signals_of(doc)
    doc = converted(f"Seminar erfolgreich beendet\n\n(dpa) Mit einer Feierstunde endete das Seminar. {LONG}\n\n"
                    f"Der Deutsche Presse Agentur meldet es.\n\n{LONG}\n")
    assert "from_lead_tag" not in signals_of(doc)


# readers addressed by the site's name; a paywall offer


def test_readers_addressed_by_the_site_name():
    doc = converted(f"Ein Gespräch über Fotografie\n\n{LONG} Ihr lieben Beispielbild7-Leser könnt einen Katalog "
                    f"gewinnen.\n\n{LONG}\n")
    assert doc.meta.publisher == "Beispielbild7"
    doc = converted(f"Ein Gespräch über Fotografie\n\n{LONG} Viele Leser haben geschrieben.\n\n{LONG}\n")
    assert "from_readers_address" not in signals_of(doc)


def test_paywall_offer_names_the_site():
    doc = converted(f"Schornsteine gefragt wie nie\n\nPremium-Zugriff auf musterblatt.de für nur 0,99 €\n\n"
                    f"Von Anna Beck\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.publisher == "musterblatt.de"
    # access to a site without an offer is no paywall
    doc = converted(f"Schornsteine gefragt wie nie\n\n{LONG} Der Zugriff auf beispiel.de war gestört.\n\n{LONG}\n")
    assert "from_paywall" not in signals_of(doc)


# a lead opening with the issuer and an apposition that runs into the verb


def test_announcing_org_before_an_unclosed_apposition():
    doc = converted(f"Press Release\n\nEXA Climbing, the national governing body for the sport of example climbing "
                    f"announced today that it has awarded the championships to a gym. {LONG_EN}\n\n{LONG_EN}\n")
    assert announcing_org(doc) == "EXA Climbing"
    doc = converted(f"Press Release\n\nOn Monday, the board of the club announced today that it has a new gym. "
                    f"{LONG_EN}\n\n{LONG_EN}\n")
    assert announcing_org(doc) is None


# a paper's sign before its date; 'Über 500 …'


def test_paper_sign_before_its_date():
    assert pub.outlet_date_line("MSZ 08.04.2030") == "MSZ"
    assert pub.outlet_date_line("MUSTERSTADT 08.04.2030") is None  # a dateline's place
    assert pub.outlet_date_line("Musterstadt 08.04.2030") is None


def test_about_a_quantity_is_no_about_section():
    assert pub._ABOUT.match("Über 500 Menschen sind 2030 ertrunken") is None
    assert pub._ABOUT.match("Über den Beispielverband").group("name") == "Beispielverband"


# a publication's printed website names its issuer, spelled out when the text spells the acronym out


def test_host_acronym_spelled_out():
    text = "BVX-News März 2030\n\nwww.bvx.de\n\nDer BVX lädt ein. Der Bundesverband Vereinigter Xylophonbauer tagt."
    assert pub.publisher_from_host("www.bvx.de", text) == "Bundesverband Vereinigter Xylophonbauer"
    assert pub.publisher_from_host("www.bvx.de", "Der BVX lädt ein.") == "BVX"


def test_credit_request_gives_the_address_and_its_organisation():
    doc = converted(f"Pressemitteilungen\n\nBei Veröffentlichung bitten wir um die Quellenangabe \"www.xylophonverband.de\" "
                    f"und ein Belegexemplar.\n\nStarkes Jahr für Xylophone\n\nMusterstadt, 9. Juli 2030\n\n{LONG} Der "
                    f"Geschäftsführer des Xylophonverbands, Karl Muster, ist zufrieden.\n\n{LONG}\n")
    assert doc.meta.url == "www.xylophonverband.de"
    assert doc.meta.publisher == "Xylophonverband"


def test_host_name_printed_as_a_common_word_is_no_organisation():
    # 'zeit' printed as a capitalised common noun names no organisation
    assert pub._printed_form("zeitung", "Die Zeitung liegt auf dem Tisch.") is None
    assert pub._printed_form("beispielverband", "Der Vorstand des Beispielverbands tagt.") == "Beispielverband"


# a text opening with an organisation's legal name; a staff credit line; an official magazine


def test_legal_name_opening_the_text():
    doc = converted(f"Landesverband Musterland der Xylophonfreunde e.V. Aktuelle Informationen Zurück in die Zukunft\n\n"
                    f"{LONG}\n\n{LONG}\n")
    assert doc.meta.publisher == "Landesverband Musterland der Xylophonfreunde e.V."
    # a legal name later in the text does not open it
    doc = converted(f"Zurück in die Zukunft\n\n{LONG} Die Beispiel Werke GmbH spendet.\n\n{LONG}\n")
    assert "from_legal_name_first" not in signals_of(doc)


def test_staff_line_names_the_outlet():
    doc = converted(f"Example Rugby\n\nUnion unveils its vision\n\nExampleSport Staff\n\nNovember 30, 2030\n\n"
                    f"{LONG_EN}\n\n{LONG_EN}\n")
    assert doc.meta.publisher == "ExampleSport"
    doc = converted(f"Union unveils its vision\n\nOur Staff\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert "from_staff_line" not in signals_of(doc)


def test_official_magazine_names_its_organisation():
    assert pub.own_organ_org("Cover The official magazine of Example Archery GB Cover teasers", "") \
        == "Example Archery GB"
    assert pub.own_organ_org("as reported in The Journal of Example Medicine", "") is None
