"""Expert detection, session 7b: certifications in capitals after a degree ('Ph.D., CCC-SLP, professor …'), the
field of an office that is no name ('Vice President of Reef Affairs'), relatives and patients quoted as private
people, and German reported speech in the subjunctive that continues after the sentence naming its speaker. All
names and organisations are invented."""

from briefing.extract.people import extract_people
from briefing.extract.people_roles import strip_degrees
from test_people_titles import doc_of  # blocks → a document with anchors and its raw text


def people(*blocks, kind="news"):
    return {m.name: m for m in extract_people(doc_of(*blocks, kind=kind)).people}


# --- a certification in capitals after the degree -----------------------------------------------------

def test_certification_after_degree_is_no_apposition():
    assert strip_degrees(", Ph.D., CCC-SLP, professor of marine biology") == ("Ph.D., CCC-SLP",
                                                                                ", professor of marine biology")
    assert strip_degrees(", PhD, FRS, director of the institute")[0] == "PhD, FRS"
    assert strip_degrees(", PhD, NASA, Houston")[1] == ", NASA, Houston"


def test_capitals_without_degree_stay_the_apposition():
    assert strip_degrees(", CCC-SLP, professor of marine biology") == (None, ", CCC-SLP, professor of marine biology")
    assert strip_degrees(", Ph.D., NASA, Houston")[1] == ", NASA, Houston"  # before a name: an organisation


def test_professor_after_degree_and_certification_is_the_role():
    found = people('Jonas Feldmark, Ph.D., CCC-SLP, professor emeritus of marine biology, warns that "you have to '
                   'protect the reefs early because by the age of twelve the damage is done."')
    assert found["Jonas Feldmark"].category == "expert"
    assert found["Jonas Feldmark"].role.lower().startswith("professor emeritus of marine biology")


# --- the field of an office, a relative clause in an organisation's name: no person -------------------

def test_office_field_is_no_person():
    found = people('Jonas Feldmark, professor of marine biology and Vice President of Reef Affairs of the Center '
                   'for Coasts at the Westfold State University, warns that "the reefs will not recover soon."')
    assert set(found) == {"Jonas Feldmark"}
    assert found["Jonas Feldmark"].category == "expert"


def test_relative_clause_in_organisation_is_no_person():
    found = people('Mara Lindqvist, director of the Center for Children Who Stutter at Westfold University, warns '
                   'that "the early years decide how speech develops later."')
    assert set(found) == {"Mara Lindqvist"}


def test_real_names_still_found_next_to_office_words():
    found = people('Tom Relling, director of public affairs at Westfold University, said that "the campus stays '
                   'open all summer long for visitors."')
    assert "Tom Relling" in found


# --- relatives and patients speak as private people ------------------------------------------------------

def test_relative_quoted_is_not_an_expert():
    found = people('"It was red and itchy everywhere, from the face to the hands," recalls Mia\'s mother Karen Holm.',
                   'Dermatologist Dr. Paul Brandt of Eastfield College of Medicine says the condition is common.')
    assert found["Karen Holm"].category == "mentioned"
    assert found["Paul Brandt"].category == "expert"


def test_patient_quoted_is_not_an_expert():
    found = people('Karen Holm hat als tausendster Patient am Beispielklinikum eine neue Niere bekommen. '
                   '"Ich bin den Ärzten sehr dankbar", sagte Holm.')
    assert found["Karen Holm"].category == "mentioned"
    found = people('"Das hilft mir sehr", sagte Karen Holm, die Mutter eines kleinen Patienten.')
    assert found["Karen Holm"].category == "mentioned"


def test_doctor_speaking_of_patients_stays_an_expert():
    found = people('"Das Herz schlägt gut", sagte Karen Holm, Oberärztin der Beispielklinik. Ihr Patient Jonas '
                   'Brandt erholt sich.')
    assert found["Karen Holm"].category == "expert"
    found = people('"Ein großer Tag", sagte Karen Holm, Direktorin des Transplantationszentrums, über den '
                   'tausendsten Patienten.')
    assert found["Karen Holm"].category == "expert"


# --- reported speech in the subjunctive after the sentence that names the speaker --------------------------

def test_subjunctive_after_subject_is_a_statement():
    found = people('Dr. Jonas Feldmark, Hauptgeschäftsführer des Beispielverbands, ordnete die Tagung als zentrale '
                   'Plattform ein. Angesichts steigender Kosten brauche es verlässliche Rahmenbedingungen.')
    assert found["Jonas Feldmark"].category in ("quoted", "expert")
    found = people('Als weitere Ursache nannte der Vorstand der Beispielstiftung, Jonas Feldmark, den Fachkräftemangel. '
                   'Gerade für kleinere Häuser sei das eine zusätzliche Herausforderung.')
    assert found["Jonas Feldmark"].category in ("quoted", "expert")


def test_subjunctive_needs_the_person_as_subject():
    # the object of a preposition, a genitive: the subjunctive is somebody else's statement
    found = people('Das Treffen fand mit Jonas Feldmark, Geschäftsführer der Beispielbahn, statt. Es sei eine gute '
                   'Veranstaltung gewesen.')
    assert found["Jonas Feldmark"].category == "mentioned"
    found = people('So lautete das Bild des Geschäftsführers Jonas Feldmark der Beispielbahn. Es sei ein großes '
                   'Geschenk gewesen.')
    assert found.get("Jonas Feldmark") is None or found["Jonas Feldmark"].category == "mentioned"


def test_indicative_after_subject_is_no_statement():
    found = people('Jonas Feldmark, Geschäftsführer der Beispielbahn, eröffnete die Ausstellung. Die Besucher kamen '
                   'zahlreich und blieben lange.')
    assert found["Jonas Feldmark"].category == "mentioned"


def test_an_indirect_question_is_no_statement_of_the_subject_before():
    # 'ob … stecke …, will die Besucherin wissen': the subjunctive is the visitor's question, not Feldmark's word
    from briefing.extract.people_speech import _reported_on

    doc = doc_of('Jonas Feldmark, Leiter des Beispielinstituts, führt die Besucherin durch das Haus. Ach ja, und ob '
                 'die Branche tatsächlich in einer Krise stecke, will die Besucherin ja auch noch wissen.')
    extract_people(doc)
    assert not [q for q in doc.quotes if "Krise" in q.text], doc.quotes
    assert not _reported_on("Er fragt sich, ob das reiche.", [])
    assert _reported_on("Ob das reiche, sei fraglich.", [])  # a statement about a question is still one
