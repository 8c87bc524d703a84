"""Publisher signals of session 11, round 2, each a general form (invented texts): a masthead line without an outlet
word, backed by a credit, a printed website, a repetition or an issue line; an issuer line's organisation ending at a
spaced dash; an organisation opening the lead with the acronym its initials spell, in a text that speaks as 'we'; a
release's sign-off 'Person, ORG'; the organisation a text writes as 'we' ('our researchers' … 'X researchers');
an imprint's 'Herausgeber' label run into a PDF's line; a website named by a compound name's initials."""

from __future__ import annotations

from briefing.extract.metadata import publisher as pub
from briefing.extract.metadata.header_lines import issuer_line
from briefing.extract.metadata.url import _site_of

from test_metadata import LONG, LONG_EN, converted  # the shared invented paragraphs and pipeline


# --- a masthead line without an outlet word ----------------------------------------------------------------------


def test_name_line_is_a_name_alone():
    assert pub._name_line("Beispiel Rural")
    assert pub._name_line("Die Musterländische")
    assert pub._name_line("musterwinds")  # a periodical's name in small letters
    assert pub._name_line("Ministerium für Beispielfragen und für den Musterschutz")
    assert not pub._name_line("Anna Beck")
    assert not pub._name_line("Beispielverband Press Release")  # a label naming the kind
    assert not pub._name_line("Zurück zur Startseite")  # a link's text
    assert not pub._name_line("Ernte fällt gut aus")  # a headline in small letters
    assert not pub._name_line("Ausgabe 2/2016")


def test_masthead_backed_by_a_photo_credit():
    text = (f"Die Musterländische\n\nErnte am See beginnt früh\n\nFoto: Die Musterländische\n\n{LONG}\n")
    assert pub.masthead_line(text.splitlines(), "Ernte am See beginnt früh", text) == "Die Musterländische"


def test_masthead_backed_by_its_initials_in_a_photo_credit():
    text = f"KBX Rural\n\nWheat prices climb again\n\nBy Tom Reed\n\nKBX: Anna Beck\n\n{LONG_EN}\n"
    assert pub.masthead_line(text.splitlines(), "Wheat prices climb again", text) == "KBX Rural"


def test_organisation_over_the_headline_is_the_masthead():
    text = f"Audio\n\nMinisterium für Beispielfragen\n\nFolge 3 - Der Hafen\n\n{LONG}\n"
    assert pub.masthead_line(text.splitlines(), "Folge 3 - Der Hafen", text) == "Ministerium für Beispielfragen"


def test_one_word_periodical_over_its_issue_line():
    text = f"musterwinds\nAusgabe 3/2019 (Mai/Juni)\n{LONG}\nmusterwinds · Mai/Juni 2019\n"
    assert pub.masthead_line(text.splitlines(), None, text) == "musterwinds"
    text_site = f"Heft über Bläser\nmusterwinds.de\nmusterwinds\n{LONG}\n"
    assert pub.masthead_line(text_site.splitlines(), "Heft über Bläser", text_site) == "musterwinds"


def test_unbacked_name_line_is_no_masthead():
    # printed once, credited nowhere: a kicker or a place, not the outlet
    text = f"Beispieltal Nord\n\nErnte am See beginnt früh\n\n{LONG}\n"
    assert pub.masthead_line(text.splitlines(), "Ernte am See beginnt früh", text) is None
    # one word printed twice over the headline: a section's or a region's label
    text = f"Bayernland\n\nBayernland\n\nErnte am See beginnt früh\n\n{LONG}\n"
    assert pub.masthead_line(text.splitlines(), "Ernte am See beginnt früh", text) is None
    # a name line after the headline backed only by being an organisation: the text's subject
    text = f"Ernte am See beginnt früh\n\nUniversität Beispielstadt\n\n{LONG}\n"
    assert pub.masthead_line(text.splitlines(), "Ernte am See beginnt früh", text) is None


def test_masthead_publisher_end_to_end():
    doc = converted(f"Die Musterländische\n\nErnte am See beginnt früh\n\nVon Tim Roth\n\n{LONG}\n\n"
                    f"Die Obstbauern ernten. Foto: Anna Beck Foto: Die Musterländische\n\n{LONG}\n")
    assert doc.meta.publisher == "Die Musterländische"


# --- an issuer line's organisation ends at a spaced dash ----------------------------------------------------------


def test_issuer_line_stops_at_a_spaced_dash():
    assert issuer_line("Pressemitteilungen der Beispielwacht - Leitung zur Sturmlage")[1] == "Beispielwacht"
    assert issuer_line("Pressemitteilung der Muster-Gesellschaft")[1] == "Muster-Gesellschaft"  # a hyphen is no dash


# --- an organisation defining its acronym in the lead, speaking as 'we' ------------------------------------------


def test_spells_acronym():
    assert pub.spells_acronym("EBW", "Example Border Watch")
    assert pub.spells_acronym("EBW", "U.S. Example Border Watch")
    assert not pub.spells_acronym("EBW", "Example River Authority")


def test_lead_acronym_with_we_voice():
    lead = ("Musterville, Texas - Example Border Watch (EBW) officers working at the ports recorded 40 seizures "
            "this week. EBW officers intercepted smugglers.")
    text = f"{lead}\n\n\"Our officers remain vigilant,\" said Tom Reed. EBW specialists made nine seizures."
    assert pub.lead_acronym_voice([lead], text) == "Example Border Watch (EBW)"
    assert pub.lead_acronym_voice([lead], text.replace("Our officers", "The officers")) is None  # no 'we'
    other = lead.replace("(EBW)", "(XYZ)").replace("EBW", "XYZ")
    assert pub.lead_acronym_voice([other], text.replace("EBW", "XYZ")) is None  # initials spell no acronym


# --- a release's sign-off -------------------------------------------------------------------------------------------


def test_sign_off_names_the_organisation():
    text = f"BMVX Wettbewerb am See\n\n{LONG}\n\nWir sind gespannt!\n\nAnna Beck, BMVX\n"
    assert pub.sign_off_org(text.splitlines(), text) == "BMVX"
    text = f"Wettbewerb am See\n\n{LONG}\n\nAnna Beck, Beispielverband e.V.\n"
    assert pub.sign_off_org(text.splitlines(), text) == "Beispielverband e.V."


def test_sign_off_with_a_role_or_an_unnamed_acronym_is_no_organisation():
    text = f"Our CEO speaks\n\n{LONG_EN}\n\nAnna Beck, CEO\n"
    assert pub.sign_off_org(text.splitlines(), text) is None  # a role
    text = f"Wettbewerb am See\n\n{LONG}\n\nAnna Beck, QRZ\n"
    assert pub.sign_off_org(text.splitlines(), text) is None  # named nowhere else


# --- the organisation a text writes as 'we' -------------------------------------------------------------------------


def test_we_voice_names_its_organisation():
    text = ("Our researchers study river fish. We found that Northfield University researchers were first "
            "to count them. We will go on.")
    assert pub.we_voice_org(text) == "Northfield University"
    text = "Last weekend some of the Beispielwerk crew travelled north. We met old friends. We enjoyed it."
    assert pub.we_voice_org(text) == "Beispielwerk"


def test_we_voice_needs_we_outside_quotes_and_a_shared_noun():
    quoted = ('"Our researchers study river fish," said Tom Reed. "We are proud." '
              "Northfield University researchers were first.")
    assert pub.we_voice_org(quoted) is None  # the 'we' is a speaker's
    text = "Our membership grew. We are proud of Northfield University membership. We go on."
    assert pub.we_voice_org(text) is None  # no plural: not the people it has


# --- an imprint run into a PDF line ---------------------------------------------------------------------------------


def test_inline_publisher_label_after_the_imprint_heading():
    line = ("J A H R E S B E R I C H T 2019 Impressum Imprint Herausgeber Beispiel-Gesellschaft zur Förderung "
            "der Musterkunde e.V. Publisher Example Society Musterweg 8, 12345 Musterstadt")
    doc = converted(f"Jahresbericht 2019\n\n{line}\n\n{LONG}\n")
    assert pub.from_publisher_label(pub.PublisherContext(doc, pub.Header(), None)) == \
        "Beispiel-Gesellschaft zur Förderung der Musterkunde e.V."


def test_inline_herausgeber_without_heading_or_colon_is_no_label():
    doc = converted(f"Jahresbericht 2019\n\nDer Herausgeber Beispiel-Gesellschaft e.V. lobt die Arbeit. {LONG}\n")
    assert pub.from_publisher_label(pub.PublisherContext(doc, pub.Header(), None)) is None


# --- a website named by a compound name's initials ------------------------------------------------------------------


def test_site_named_by_compound_initials():
    assert _site_of("www.mbg.de", "Muster-Beispiel-Gesellschaft für Musterkunde e.V.")
    assert not _site_of("www.xyz.de", "Muster-Beispiel-Gesellschaft für Musterkunde e.V.")
