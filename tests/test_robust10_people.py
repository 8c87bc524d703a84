"""Expert detection, robustness session 10: people found by where the text puts them, not by the first-name
gazetteer nor by the exact line breaks of a page. Every first name here is one gender-guesser does not know; all
texts, names and organisations are invented. Each rule has a negative twin where it must not fire."""

from briefing.extract.people_names import find_candidates, is_first_name
from briefing.model import Block
from test_people_session8 import indexed, people


def names(text):
    return [c.name for c in find_candidates(text)]


def test_the_first_names_are_unknown_to_the_gazetteer():
    for first in ("Wiremu", "Chidi", "Folake", "Kwabena", "Durga", "Ngozi", "Dagrun", "Amaru"):
        assert not is_first_name(first)


# --- a pair coordinated with a name -----------------------------------------------------------------------

def test_pair_coordinated_with_a_name_is_a_person():
    assert names("Das Projekt leiten Wiremu Brakelmann und Professorin Anna Sommerfeld.") \
        == ["Wiremu Brakelmann", "Anna Sommerfeld"]
    # a whole list follows from the one name in it the gazetteer knows
    assert names("Der Bericht stammt von Chidi Okonkwo, Folake Adeyemi und Markus Feldhahn.") \
        == ["Chidi Okonkwo", "Folake Adeyemi", "Markus Feldhahn"]
    assert names("The survey was written by Markus Feldhahn & Kwabena Osei-Tutu.") \
        == ["Markus Feldhahn", "Kwabena Osei-Tutu"]


def test_organisation_or_place_coordinated_with_a_name_is_no_person():
    assert names("Das sagten Anna Schmidt und Hamburg Süd gestern.") == ["Anna Schmidt"]
    assert names("Es werben Anna Schmidt und Beispiel Pharma GmbH um Kunden.") == ["Anna Schmidt"]
    # the pair is the start of a longer name after the comma: an apposition, not a list
    assert names("Anna Schmidt, Green Valley High School, Eastford") == ["Anna Schmidt"]
    # a role before the name lets the pair through only when it is a person's role
    assert names("Wir danken Stiftung Beispielwerk und Professorin Dagrun Valentin.") == ["Dagrun Valentin"]


# --- the speaker's place after a quotation ----------------------------------------------------------------

def test_subject_after_quotation_comma_and_verb_is_the_speaker():
    # (German word order: the verb before the subject; a role noun no word list knows may stand before the name)
    assert names("„Die Saison war lang“, sagt Hofverwalter Durga Wendtland. „Aber gut.“") == ["Durga Wendtland"]
    assert names("„Das lernt man nie aus“, weiß Kwabena Rothkegel.") == ["Kwabena Rothkegel"]
    assert names("„Wir haben Neuschnee“, meldet Amaru Pichlmayr von der Beispielhütte.") == ["Amaru Pichlmayr"]


def test_place_after_quotation_is_no_speaker():
    assert names("„Das ist gut“, heißt es aus Bad Homburg.") == []
    assert names("„Das ist gut“, sagte sie in Bad Homburg.") == []


def test_quotation_signed_with_a_dash():
    assert names("“Keep your tools sharp.” – Kwabena Hollister") == ["Kwabena Hollister"]
    assert names("“Keep your tools sharp.” – Acme Tools Inc.") == []


def test_name_and_comma_before_its_speech_verb():
    assert names("Chief ranger of the old park, Ngozi Pemberton, said: “It was a dry year.”") == ["Ngozi Pemberton"]
    assert names("Den Verein prägt, wie Durga Zeilinger, betont, der Zusammenhalt.") == ["Durga Zeilinger"]
    # the verb has its own subject: the pair is a place
    assert names("In Bad Homburg, sagte sie, sei alles gut.") == []


# --- a surname that speaks after a quotation --------------------------------------------------------------

def test_surname_after_quotation_and_verb_names_the_person_printed_in_full():
    found = people(Block(kind="paragraph", text="Im Verein organisierte Chidi Okonkwo die Fahrt nach Beispielstadt."),
                   Block(kind="paragraph", text="„Für viele war es die erste Reise überhaupt“, fügt Okonkwo hinzu. "
                                                "„Wir kommen wieder.“"))
    assert "Chidi Okonkwo" in indexed(found)


def test_place_after_quotation_and_verb_is_no_speaker():
    found = people(Block(kind="paragraph", text="Der Verein fuhr nach Bad Beispielstadt an die Küste."),
                   Block(kind="paragraph", text="„Für viele war es die erste Reise überhaupt“, heißt es in "
                                                "Beispielstadt. „Wir kommen wieder.“"))
    assert not any("Beispielstadt" in n for n in found)


# --- a name whose sentence goes on after a line break -----------------------------------------------------

def test_name_on_a_line_of_its_own_is_read_with_the_sentence_it_opens():
    found = people(Block(kind="heading", text="Meet the panel"),
                   Block(kind="paragraph", text="Wiremu Tallis"),
                   Block(kind="paragraph", text="is a professor of marine biology at Eastford University. He "
                                                "studies reef fish."),
                   kind="news")
    assert "Wiremu Tallis" in indexed(found)


def test_line_that_ends_a_sentence_is_not_continued():
    found = people(Block(kind="heading", text="Meet the panel"),
                   Block(kind="paragraph", text="Eastford Harbour."),
                   Block(kind="paragraph", text="is where a professor of marine biology studies reef fish."),
                   kind="news")
    assert not found


# --- interviews -------------------------------------------------------------------------------------------

def test_questions_for_a_person():
    assert names("Drei Fragen an Wiremu Kapiti") == ["Wiremu Kapiti"]
    assert names("Five questions for Durga Ramaswamy") == ["Durga Ramaswamy"]
    assert names("Drei Fragen an Deutsche Bahn") == []


def test_answer_label_of_a_transcript_labelled_by_name():
    blocks = [Block(kind="question", text="Wie kamen Sie zum Beruf?"),
              Block(kind="answer", label="Chidi Okonkwo-Brandt", text="Über meinen Onkel."),
              Block(kind="question", text="Was ist schwierig?"),
              Block(kind="answer", label="Chidi Okonkwo-Brandt", text="Die Farben."),
              Block(kind="question", text="Und für Sie?"),
              Block(kind="answer", label="Folake Marwede", text="Die Geduld.")]
    assert {"Chidi Okonkwo-Brandt", "Folake Marwede"} <= set(people(*blocks, kind="interview"))
    # without a repeated name-shaped label the single one is no name by itself
    assert "Folake Marwede" not in people(*blocks[4:], kind="interview")
