"""Publisher readings of session 12, each a general form (invented texts): the outlet a text's people answered ('auf
Anfrage von beispiel.de', 'mentioned to Example Dog News'); an interviewer's label spelled as a brand ('ExampleNerd:',
'beispielwelt:'); a contact block's organisation without an organisation word over its phone line; an 'About X'
heading run into its paragraph; a periodical's statement of how often it appears and who issues it; a repost's
'Erschienen: X' credit; a dateline on a line of its own with a station's call letters; an office named by its
holder's role alone ('the Mayor's Office') as no publisher; an imprint's publisher in capitals; a story signed by its
agency alone."""

from __future__ import annotations

from briefing.extract.metadata import publisher as pub
from briefing.extract.metadata import signals

from test_metadata import LONG, LONG_EN, converted  # the shared invented paragraphs and pipeline


# --- the outlet the text's people answered -------------------------------------------------------------------------


def test_outlet_asked_by_its_address():
    text = f"{LONG}\n\n„Das Geschäft zieht an“, sagt Anna Beck, Sprecherin des Verbands, auf Anfrage von musterblatt.de. {LONG}"
    assert pub.outlet_spoken_to(text) == "musterblatt.de"


def test_outlet_asked_by_its_name():
    text = f"{LONG} Das bestätigte ein Sprecher auf Nachfrage der Musterstädter Post. {LONG}"
    assert pub.outlet_spoken_to(text) == "Musterstädter Post"


def test_outlet_mentioned_to():
    text = f"{LONG_EN} Anna Beck, manager at the shelter, mentioned to Example Dog News that the kennels are full."
    assert pub.outlet_spoken_to(text) == "Example Dog News"


def test_a_parliamentary_inquiry_or_a_colleague_is_no_outlet():
    assert pub.outlet_spoken_to(f"{LONG} Das geht aus der Antwort auf eine Anfrage der Beispielpartei hervor.") is None
    assert pub.outlet_spoken_to(f"{LONG_EN} She mentioned to her colleagues that the kennels are full.") is None
    assert pub.outlet_spoken_to(f"{LONG} Die Zahl nannte er auf Anfrage des Ministeriums.") is None


# --- an interviewer's label spelled as a brand ---------------------------------------------------------------------


def test_brand_labels():
    text = "beispielwelt hat nachgefragt. beispielwelt: Wie? Anna: Gut. beispielwelt: Warum?"
    assert pub.brand_label("ExampleNerd", "")
    assert pub.brand_label("beispielwelt", text)
    assert not pub.brand_label("McBeck", "")  # a surname's prefix, no brand
    assert not pub.brand_label("MacBeck", "")
    assert not pub.brand_label("Beck", "")
    assert not pub.brand_label("frage", "frage: a? frage: b? frage: c?")  # a turn's word, no name
    assert not pub.brand_label("beispielwelt", "beispielwelt: Wie?")  # in small letters, named once only


def test_interview_asked_under_a_brand_label():
    text = (f"Interview: Wie man Rätselräume baut\n\n{LONG}\n\nExampleNerd: Wie sind Sie zu Rätselräumen gekommen?\n\n"
            f"Beck: {LONG}\n\nExampleNerd: Was kommt als Nächstes?\n\nBeck: {LONG}\n")
    assert converted(text).meta.publisher == "ExampleNerd"


# --- a contact block's organisation without an organisation word ---------------------------------------------------


def test_contact_name_over_the_phone_line():
    text = "Example Jazz Fest is back. The Example Jazz Fest grows. Tim Roth\nExample Jazz Fest\n555.123.4567\n"
    lines = ["Marketing Associate", "Example Jazz Fest", "555.123.4567", "mail@example.org"]
    assert signals._named_over_phone(lines, text) == "Example Jazz Fest"
    assert signals._named_over_phone(lines, "Example Jazz Fest\n555.123.4567") is None  # named nowhere else
    assert signals._named_over_phone(["Press Officer", "555.123.4567"], "Press Officer " * 3) is None  # a role
    assert signals._named_over_phone(["Anna Beck", "555.123.4567"], "Anna Beck " * 3) is None  # a person


def test_release_with_contact_block_and_run_in_about():
    text = (f"Example Jazz Fest to Announce Its Lineup\n\nMusterville, Calif., March 3, 2017; The Example Jazz Fest "
            f"will present its lineup. {LONG_EN}\n\nAbout Example Jazz Fest The Example Jazz Fest celebrates jazz.\n\n"
            "For more information please contact:\n\nTim Roth\nMarketing Associate\nExample Jazz Fest\n555.123.4567\n")
    assert converted(text).meta.publisher == "Example Jazz Fest"


def test_about_run_in_needs_the_name_again():
    assert pub._ABOUT_RUN_IN.match("About Example Jazz Fest The Example Jazz Fest celebrates jazz.").group("name") \
        == "Example Jazz Fest"
    assert pub._ABOUT_RUN_IN.match("About 500 people came to the Example Jazz Fest.") is None


# --- a periodical's statement of how often it appears -------------------------------------------------------------


def test_periodical_published_by():
    text = "EXAMPLE REVIEW is published twice a year by the College of Examples, University of Musterville Around"
    assert pub.publication_statement_org(text) == "College of Examples"
    assert pub.publication_statement_org("erscheint 12 x jährlich bei\n\n■ Beispiel Verlags GmbH\n\nMusterweg 3") \
        == "Beispiel Verlags GmbH"
    assert pub.publication_statement_org("Das Heft erscheint monatlich im Musterverlag.") == "Musterverlag"
    assert pub.publication_statement_org("is published quarterly by the College of\nExamples, Musterville") \
        == "College of Examples"  # wrapped by a PDF's line


def test_no_frequency_no_statement():
    assert pub.publication_statement_org("The index is published by the Example Institute.") is None
    assert pub.publication_statement_org("Der Roman erscheint am 3. März im Musterverlag.") is None
    assert pub.publication_statement_org("Das Heft erscheint monatlich bei Anna Beck.") is None  # a person


# --- a repost's credit with its label --------------------------------------------------------------------------------


def test_erschienen_label():
    assert pub.reprint_outlet("Erschienen: Wochenpost Musterstadt, Ausgabe 51 2014") == "Wochenpost Musterstadt"
    assert pub.reprint_outlet("Erschienen in: Beispielblatt, 3. Mai 2014") == "Beispielblatt"
    assert pub.reprint_outlet("Veröffentlicht: 12.03.2019") is None  # a date's label


def test_erschienen_as_the_last_line():
    text = f"Weihnachtsstress für Boten\n\nVon Anna Beck\n\n{LONG}\n\n{LONG}\n\nErschienen: Wochenpost Musterstadt, Ausgabe 51\n"
    assert converted(text).meta.publisher == "Wochenpost Musterstadt"


# --- a dateline the lead does not open ---------------------------------------------------------------------------------


def test_dateline_alone_with_call_letters():
    assert signals._dateline_alone("Headline\nKXYZ\nMUSTERVILLE (KXYZ) --\nThe city council voted.\n") == "KXYZ"
    assert signals._dateline_alone("MUSTERVILLE (AP) —\nThe city council voted.\n") == "AP"
    assert signals._dateline_alone("HEADLINE KXYZ June 1, 2014 [with video] MUSTERVILLE (KXYZ) -- The council voted.") \
        == "KXYZ"  # run into the header's lines
    assert signals._dateline_alone("MUSTERVILLE (PRWEB) -- The council voted.") is None  # a release wire's tag
    assert signals._dateline_alone("The vote (ABC) is due. Nothing more.") is None  # no place in capitals, no dash
    assert signals._dateline_alone("Musterville (xy) --\nThe city council voted.\n") is None  # a correspondent's code


# --- an office named by its holder's role -----------------------------------------------------------------------------


def test_role_office_is_generic():
    assert pub._generic("Mayor’s Office")
    assert pub._generic("Governor's Office")
    assert not pub._generic("Example Office")
    assert not pub._generic("Beck's Office Supplies")


# --- an imprint's publisher in capitals ------------------------------------------------------------------------------


def test_publisher_label_in_capitals():
    text = (f"BEISPIELCURLING MAGAZIN 2/2019\n\n{LONG}\n\nIMPRESSUM Nr. 2 / 2019 Herausgeber: BEISPIELCURLING, Haus "
            f"des Sports, Musterweg 27\n\n{LONG}\n")
    assert converted(text).meta.publisher == "BEISPIELCURLING"


def test_publisher_label_in_capitals_must_be_printed_again():
    assert not pub._caps_name("BEISPIELCURLING", "Herausgeber: BEISPIELCURLING")
    assert not pub._caps_name("ANNA BECK", "ANNA BECK ANNA BECK")


# --- a story signed by its agency alone ---------------------------------------------------------------------------------


def test_agency_byline():
    assert pub.byline_outlet("Associated Press by Associated Press") == "Associated Press"
    assert pub.byline_outlet("By Associated Press") == "Associated Press"
    assert pub.byline_outlet("By Anna Beck") is None


def test_photo_credit_is_no_agency_byline():
    assert pub.agency_byline("© Bildagentur/dpa") is None
    assert pub.agency_byline("Foto: Anna Beck/dpa") is None
    assert pub.agency_byline("dpa") is None  # no byline's 'by'
    assert pub.agency_byline("Von dpa") == "dpa"
