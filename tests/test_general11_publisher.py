"""Publisher signals that read general forms (session 11): an outlet named as interviewer by its question labels or its
initials, an outlet naming itself as reporter ('(X berichtete)', 'X fragte nach', 'told X' twice), a byline's outlet or
agency, a row of labels with a release's issuer, a statement's headline, a periodical's 'Organ des …', a 'Herausgeber'
label whose value stands on the lines below, a legal name under the deck, a wire service that is no agency, a service
'provided by' an organisation, and a player's button that is no masthead. Invented texts."""

from __future__ import annotations

from briefing.extract.metadata import publisher as pub
from briefing.extract.metadata.signals import read_dateline

from test_metadata import LONG, LONG_EN, converted  # the shared invented paragraphs and pipeline


# --- the outlet as interviewer ---------------------------------------------------------------------------------


def test_outlet_label_in_words_is_an_outlet_not_a_person():
    assert pub.outlet_label("Morgenblatt am Mittwoch")
    assert pub.outlet_label("KBX Aktuell")  # a broadcaster's acronym first
    assert not pub.outlet_label("Anna Beck")
    assert not pub.outlet_label("Prof. Tim Roth")
    assert not pub.outlet_label("Unser Reporter Tim Roth")
    assert not pub.outlet_label("Frage")


def test_question_label_names_the_outlet():
    text = ("Ernte am See\n\nDie Ernte fällt gut aus, sagt die Obstbäuerin Anna Beck.\n\n"
            "KBX Aktuell: Frau Beck, wie fällt die Ernte aus?\n\nAnna Beck: Sehr gut, wir sind zufrieden. "
            f"{LONG}\n\nKBX Aktuell: Und die Preise, steigen die?\n\nAnna Beck: Ja, leicht. {LONG}\n")
    assert converted(text).meta.publisher == "KBX Aktuell"
    alone = ("Ernte am See\n\nEin Gespräch über Äpfel und Birnen.\n\nMorgenblatt am Mittwoch:\n\n"
             "Frau Beck, wie fällt die Ernte aus?\n\nAnna Beck: Sehr gut, wir sind zufrieden. "
             f"{LONG}\n\nUnd die Preise, steigen die?\n\nJa, leicht. {LONG}\n")
    assert converted(alone).meta.publisher == "Morgenblatt am Mittwoch"


def test_question_label_of_a_person_names_no_outlet():
    text = ("Ernte am See\n\nDie Ernte fällt gut aus.\n\nTim Roth: Frau Beck, wie fällt die Ernte aus?\n\n"
            f"Anna Beck: Sehr gut. {LONG}\n\nTim Roth: Und die Preise?\n\nAnna Beck: Leicht höher. {LONG}\n")
    assert converted(text).meta.publisher is None


def test_initials_label_of_an_outlet_in_capitals():
    text = ("Talking with the new chief of the example hostels\n\nQUILL POST spoke with Anna Beck about her first "
            f"months. {LONG_EN}\n\nQP: How were the first months?\n\nAB: Busy, and good. {LONG_EN}\n\n"
            f"QP: What comes next?\n\nAB: More hostels. {LONG_EN}\n")
    assert pub.initials_label_outlet(converted(text)) == "QUILL POST"
    assert converted(text).meta.publisher == "QUILL POST"
    # initials no capitals in the text spell out name no outlet
    other = text.replace("QUILL POST", "Our editor")
    assert pub.initials_label_outlet(converted(other)) is None


# --- the outlet as reporter ------------------------------------------------------------------------------------


def test_outlet_names_itself_as_reporter():
    assert pub.outlet_self_report("Die Meisterschaft fand im Mai statt (KURIER-NEWS berichtete). Dann …") == "KURIER-NEWS"
    assert pub.outlet_self_report("Wie geht es weiter? BEISPIELBLATT fragte nach.") == "BEISPIELBLATT"
    told = ('Anna Beck, 33, told Harbour Journalism: "It was great." Tim Roth told Harbour Journalism: "Fine."')
    assert pub.outlet_self_report(told) == "Harbour Journalism"


def test_self_report_needs_an_outlets_shape_and_one_name():
    assert pub.outlet_self_report('Anna Beck told Tim Roth: "Hello." Later she told Tim Roth: "Bye."') is None
    assert pub.outlet_self_report("Sie sagte es (Anna Beck berichtete) und ging.") is None
    assert pub.outlet_self_report('He told Harbour Journalism: "A." She told Harbour Journalism: "B."'
                                  " (KURIER-NEWS berichtete)") is None  # two outlets: none
    assert pub.outlet_self_report('She told Harbour Journalism: "Once."') is None  # told once


# --- a byline's outlet or agency -------------------------------------------------------------------------------


def test_byline_line_names_outlet_or_agency():
    assert pub.byline_outlet("| Anna Beck | Musterstädter Zeitung") == "Musterstädter Zeitung"
    assert pub.byline_outlet("• Tim Roth, dpa") == "dpa"
    assert pub.byline_outlet("by Harbour Magazine on March 3, 2011 at 7:12 am") == "Harbour Magazine"
    assert pub.byline_outlet("| Anna Beck | Fotografie") is None
    assert pub.byline_outlet("by Anna Beck on March 3, 2011") is None
    assert pub.byline_outlet("Musterstadt, Hauptstraße | Zeitung") is None


# --- a release's issuer in a row of labels, a statement's headline ----------------------------------------------


def test_label_row_with_date_and_issuer():
    assert pub.label_row_org("12 Mär I Pressemitteilung I Beispielverband Deutscher Musterbauer e.V. I") \
        == "Beispielverband Deutscher Musterbauer e.V."
    assert pub.label_row_org("04.07.2019 | Pressemitteilung | Beispiel-Gesellschaft für Musterkunde") \
        == "Beispiel-Gesellschaft für Musterkunde"
    assert pub.label_row_org("Pressemitteilung | Neue Funde auf dem Campus") is None  # a headline, no issuer
    assert pub.label_row_org("I think I know what I want") is None


def test_statement_headline_names_its_organisation():
    assert pub.statement_title_org("Example Growers Association Statement: Frost Hits the Orchards", "") \
        == "Example Growers Association"
    assert pub.statement_title_org("Statement from the Example Society on the New Rules", "") == "Example Society"
    assert pub.statement_title_org("Anna Beck Statement: I Resign", "") is None
    assert pub.statement_title_org("Statement of Intent", "") is None


# --- a periodical's publisher -----------------------------------------------------------------------------------


def test_organ_of_an_association():
    assert pub.own_organ_org("Zeitschrift für Musterkunde Organ des Verbandes Deutscher Musterzüchter e.V. Musterstadt",
                             "") == "Verband Deutscher Musterzüchter e.V."
    assert pub.own_organ_org("Ein Organ des Körpers", "") is None


def test_periodical_subtitle_is_no_legal_name_line():
    text = (f"Zeitschrift des Deutschen Musterspiel-Verbands e.V.\n\nAusgabe Mai\n\n{LONG}\n\n{LONG}\n")
    assert converted(text).meta.publisher == "Deutscher Musterspiel-Verband e.V."


def test_publisher_label_with_its_value_on_the_lines_below():
    text = (f"Mitteilungen Nr. 3\n\n{LONG}\n\n{LONG}\n\nHerausgeber\n\nDer Landesbeauftragte für Musterland der\n\n"
            "Bundesanstalt für Beispielwesen\n\nMusterallee 11\n\n12345 Musterstadt\n\nRedaktion\n\nAnna Beck\n")
    assert converted(text).meta.publisher == "Der Landesbeauftragte für Musterland der Bundesanstalt für Beispielwesen"
    joined = text.replace("\n\n", " ")
    assert pub._before_address("Beispielverband e.V. Musterweg 12 12345 Musterstadt") == "Beispielverband e.V."
    assert "Musterallee" not in (converted(joined).meta.publisher or "")


def test_legal_name_under_a_long_deck():
    text = ("Die Saison ist eröffnet\n\nDie Obstbauern am See haben gemeinsam mit der Ministerin die diesjährige "
            "Apfelsaison am Ufer eröffnet.\n\nObst vom Musterland Marketing GmbH\n\n"
            f"{LONG}\n\n{LONG}\n")
    assert converted(text).meta.publisher == "Obst vom Musterland Marketing GmbH"
    prose = text.replace("Obst vom Musterland Marketing GmbH\n\n", f"{LONG}\n\n{LONG}\n\nObst vom Musterland Marketing GmbH\n\n")
    assert converted(prose).meta.publisher is None  # under the prose: a contact's name


# --- precision guards -------------------------------------------------------------------------------------------


def test_wire_service_in_a_dateline_is_no_agency():
    text = (f"Example Growers Association Statement: Frost Hits the Orchards\n\nSPRINGVALE, Iowa (PRWEB) May 03, 2016 -- "
            f"The Example Growers Association has learned of frost damage. {LONG_EN}\n\n{LONG_EN}\n")
    doc = converted(text)
    assert read_dateline(doc)[1] is None
    assert doc.meta.publisher == "Example Growers Association"
    agency = converted(f"Frost hits\n\nSPRINGVALE, Iowa (AP) — Frost hit the orchards. {LONG_EN}\n\n{LONG_EN}\n")
    assert agency.meta.publisher == "AP"


def test_a_service_provided_by_an_organisation_issues_no_text():
    text = (f"Balloon festival\n\nThe festival was held again. {LONG_EN} In addition, glider rides provided by Example "
            f"Soaring Club were offered.\n\n{LONG_EN}\n")
    assert converted(text).meta.publisher is None
    issued = (f"Expert comments\n\nThese comments were provided by the Example Science Media Centre. {LONG_EN}\n\n"
              f"{LONG_EN}\n")
    assert converted(issued).meta.publisher == "Example Science Media Centre"


def test_player_button_is_no_masthead():
    text = (f"News and Culture for the Example Valley\n\nPlay Live Radio\n\nNext Up:\n\nFrost hits the orchards\n\n"
            f"{LONG_EN}\n\n{LONG_EN}\n")
    assert converted(text).meta.publisher is None
    masthead = text.replace("Play Live Radio", "Example Valley Radio")
    assert converted(masthead).meta.publisher == "Example Valley Radio"


def test_a_person_with_a_given_name_the_list_does_not_know_is_no_outlet_label():
    """'Ngozi Beispiel:' asks the questions as a person: two capitalised words alone name no outlet, and a role word
    ('CEO X Y', 'Unser Redaktionsmitglied X Y') makes the label a person's whatever the given name."""
    assert not pub.outlet_label("Ngozi Beispiel")
    assert not pub.outlet_label("CEO Ngozi Beispiel")
    assert not pub.outlet_label("Unser Redaktionsmitglied Folami Muster")
    assert pub.outlet_label("Beispiel Aktuell") and pub.outlet_label("Welt am Beispieltag")
