"""Publisher signals of session 9b: the outlet the text's people spoke to, an original-text-service dateline
('(ots) -') making a text a release, an organisation defining itself as the lead's subject, a release's closing
'For more information about X' pointer, and an interviewer's label of two words in capitals. Invented texts."""

from __future__ import annotations

from briefing.extract.metadata import publisher as pub
from briefing.extract.metadata.header import read_header
from briefing.model import Document

from test_metadata import LONG, LONG_EN, converted  # the shared invented paragraphs and pipeline


def signals_of(doc: Document) -> list[str]:
    return [s for _, _, signals in pub.publisher_candidates(doc, read_header(doc), doc.meta.url) for s in signals]


def names_of(doc: Document) -> list[str]:
    return [name for name, _, _ in pub.publisher_candidates(doc, read_header(doc), doc.meta.url)]


# the outlet the text's people spoke to


def test_outlet_spoken_to_names_the_outlet():
    assert pub.outlet_spoken_to("„Wir sind bereit“, sagt Anna Beck gegenüber der Beispiel-Post. Dann ging es los.") \
        == "Beispiel-Post"
    assert pub.outlet_spoken_to("„Es war knapp“, sagte Tim Roth, Präsident des Vereins, im Musterfunk.") == "Musterfunk"
    assert pub.outlet_spoken_to("MUSTERSPORT mit einem Bericht. „Gut so“, sagt Anna Beck zu MUSTERSPORT.") \
        == "MUSTERSPORT"
    assert pub.outlet_spoken_to("'We were ready,' the coach told the Example Times on Monday.") == "Example Times"


def test_outlet_spoken_to_needs_an_outlet():
    # a generic word, a person, an acronym printed once, an organisation in a room: no outlet
    assert pub.outlet_spoken_to("„Gut so“, sagte sie der Zeitung.") is None
    assert pub.outlet_spoken_to("„Gut so“, sagte sie zu Anna Beck.") is None
    assert pub.outlet_spoken_to("„Gut so“, sagte er gegenüber der UEFA und zu MUSTERBUND.") is None
    assert pub.outlet_spoken_to("„Gut so“, sagte er im Rathaus.") is None
    # two outlets: a text quoting what others were told names none of its own
    assert pub.outlet_spoken_to("He told the Example Times. She told the Sample Herald.") is None


def test_outlet_spoken_to_is_a_signal():
    doc = converted(f"Nachwuchs im Aufwind\n\n{LONG} „Wir sind zufrieden“, sagt Anna Beck gegenüber der "
                    f"Musterstädter Rundschau.\n\n{LONG}\n")
    assert "from_outlet_spoken_to" in signals_of(doc)
    assert doc.meta.publisher == "Musterstädter Rundschau"


# an original-text-service dateline


def test_ots_dateline_makes_a_release():
    text = (f"Vorschläge zur Krise\n\nMusterstadt (ots) - {LONG} Daher wendet sich der Beispielverband der "
            f"Musterindustrie (BVM) an die Politik.\n\n{LONG} Der BVM fordert mehr Tempo.\n")
    assert "from_defined_organisation" in signals_of(converted(text))
    plain = text.replace("Musterstadt (ots) - ", "Musterstadt - ")
    assert "from_defined_organisation" not in signals_of(converted(plain))


# an organisation defining itself as the lead's subject


def test_lead_defined_organisation():
    doc = converted(f"New apprenticeship rules\n\nMusterville, Md.—The Example Contractors Association (ECA) commends "
                    f"the decision of the ministry. {LONG_EN}\n\nECA has worked for years on this. {LONG_EN}\n")
    assert "from_lead_defined_organisation" in signals_of(doc)
    assert doc.meta.publisher == "Example Contractors Association"


def test_lead_defined_organisation_must_open_the_lead():
    # defined later in the lead, or without the article of a subject: what the text reports on
    doc = converted(f"New apprenticeship rules\n\nThe ministry decided on new rules, and the Example Contractors "
                    f"Association (ECA) welcomed them. {LONG_EN}\n\nECA has worked for years on this. {LONG_EN}\n")
    assert "from_lead_defined_organisation" not in signals_of(doc)
    doc = converted(f"Neue Forscher\n\nAm Beispielzentrum für Sportwissenschaft (BZS) sind zehn Bereiche angeschlossen. "
                    f"{LONG}\n\nDas BZS wächst. {LONG}\n")
    assert "from_lead_defined_organisation" not in signals_of(doc)


def test_lead_defined_organisation_not_in_an_interview():
    # an interview's lead introduces the interviewee's institute; the outlet that asks is the publisher
    doc = converted(f"Wissenschaft stärken\n\nDas Institut für Beispielforschung (IBF) der Universität Musterstadt "
                    f"untersucht seit Jahren die Pflege. {LONG}\n\nBeispielblatt: Wie geht es weiter?\n\n"
                    f"Anna Beck: Wir forschen weiter an der Pflege und ihren Berufen. {LONG}\n\n"
                    f"Beispielblatt: Was wünschen Sie sich?\n\nAnna Beck: Mehr Zeit für die Forschung am IBF. {LONG}\n")
    assert doc.meta.kind == "interview"
    assert "from_lead_defined_organisation" not in signals_of(doc)


# a release's closing pointer to its issuer


def test_more_about_names_the_issuer():
    doc = converted(f"Student finds a flaw\n\n{LONG_EN}\n\n{LONG_EN}\n\nFor more information about Example State "
                    f"University, see http://www.example.edu/.\n")
    assert "from_more_about" in signals_of(doc)
    assert doc.meta.publisher == "Example State University"
    doc = converted(f"Harbour festival returns\n\n{LONG_EN}\n\n{LONG_EN}\n\nFor more information about the Harbour "
                    f"Festival, visit http://www.example.org/.\n")
    assert "from_more_about" not in signals_of(doc)  # an event, not an organisation


# an interviewer's label of two words in capitals


def test_interviewer_label_of_two_words_in_capitals(monkeypatch):
    doc = converted(f"Interview: Geduld hilft\n\n{LONG}\n")
    monkeypatch.setattr(pub, "speaker_labels", lambda d: [])
    monkeypatch.setattr(pub, "question_labels", lambda d: ["BEISPIEL AKTUELL"])
    assert pub.publisher_from_interviewer(doc) == "BEISPIEL AKTUELL"
    monkeypatch.setattr(pub, "question_labels", lambda d: ["ANNA BECK"])
    assert pub.publisher_from_interviewer(doc) is None  # a person's name in capitals
