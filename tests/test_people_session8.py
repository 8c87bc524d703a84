"""Expert detection, session 8: office words and possessives around names, the German tagger kept out of English
sentences, interviewees introduced without a label ('in our talk with X', 'Acme Radio interviews X', 'Hi X, …?'),
features that go on by the first name, idioms with 'say', crafts as professions, and an announcement whose
'that' clause names somebody else. All names and organisations are invented."""

from briefing.extract.people import extract_people
from briefing.extract.people_lexicon import is_role_word
from briefing.extract.people_names import english_sentence, find_candidates
from briefing.extract.people_roles import describe_before
from briefing.model import Block
from test_people_titles import doc_of  # blocks → a document with anchors and its raw text


def names(text):
    return [c.name for c in find_candidates(text)]


def people(*blocks, kind="news", **meta):
    return {m.name: m for m in extract_people(doc_of(*blocks, kind=kind, **meta)).people}


def indexed(found):
    return {n for n, m in found.items() if m.category in ("expert", "quoted")}


# --- names: office words, the German tagger, possessives -------------------------------------------------

def test_office_word_before_a_name_is_no_first_name():
    assert names("Westfold Rowing Union Chief Executive Tom Brenner said: “We chose well.”") == ["Tom Brenner"]
    assert names("Coach Lena Varga and her team came back as champions.") == ["Lena Varga"]
    assert names("Tom Brenner said: “We chose well.”") == ["Tom Brenner"]


def test_english_sentence_keeps_a_first_name_the_german_tagger_reads_as_a_word():
    assert english_sentence("Matt Fenwick, Westfold Scouts CEO, said: ‘Young people have lost out this year.’")
    assert not english_sentence("Matt und müde sagte der Trainer, die Saison sei zu lang.")
    assert names("Matt Fenwick, Westfold Scouts CEO, said: ‘Young people have lost out on so much this year.’") \
        == ["Matt Fenwick"]


def test_role_and_genitive_organisation_before_a_name_is_context():
    assert names("„Die Nachfrage steigt“, beschreibt der Geschäftsführer des Obstverbands Maximilian Lustig "
                 "die Entwicklung.") == ["Maximilian Lustig"]
    assert names("Die Entwicklung beschreibt der Bericht des Obstverbands Lustig Gelb ganz nüchtern.") == []


def test_possessive_ending_is_no_part_of_the_name():
    assert names("The method is an updated version of Sigmund Kessler’s trademark therapy.") == ["Sigmund Kessler"]


def test_possessor_of_a_role_held_by_a_named_person_is_an_organisation():
    text = "‘Everything was done by hand,’ explains Westmark Survey’s senior press officer Keegan Marsh."
    assert names(text) == ["Keegan Marsh"]
    assert "Keegan Marsh" in names("‘It was slow,’ says Keegan Marsh’s colleague Dana Holt.")


def test_noun_in_ship_or_ment_does_not_open_a_name():
    assert names("Senior Engineer Apprenticeship Begins in the workshops") == []
    assert names("Senior Engineer Anna Lorentz begins in the workshops") == ["Anna Lorentz"]


# --- who speaks --------------------------------------------------------------------------------------------

def test_according_to_an_organisations_person_is_attribution():
    found = people("Over a thousand people have alerted the bureau to the problem, according to WBB’s Alison "
                   "Trevane.")
    assert found["Alison Trevane"].category in ("expert", "quoted")


def test_possessor_is_not_the_speaker():
    found = people("The therapy, an updated version of Sigmund Kessler’s psychoanalysis, revolves around old "
                   "conflicts, many believed to stem from childhood.", "Dr. Ana Birk, professor of psychology at Westfold University, said the "
                   "results were clear.")
    assert not any(n.startswith("Sigmund") for n in indexed(found))
    assert "Ana Birk" in indexed(found)


def test_quote_then_verb_then_role_with_genitive_organisation_and_name():
    found = people("„Tee ist gefragter denn je, vor allem bei jungen Leuten in den Städten“, beschreibt der "
                   "Geschäftsführer des Obstverbands Maximilian Lustig die Entwicklung.", kind="press_release")
    assert found["Maximilian Lustig"].category in ("expert", "quoted")


def test_weak_speech_verb_with_that_clause_naming_somebody_else():
    found = people("Karin Sollberg, Artistic Director of the Westfold Ballet, today announced that First Soloist "
                   "Aaron Lindqvist will dance the title role on opening night.", kind="press_release")
    assert found["Karin Sollberg"].category in ("expert", "quoted")
    # without 'that' the other person is no part of what is said: nobody is attributed
    found = people("Karin Sollberg and Aaron Lindqvist today announced the programme.", kind="press_release")
    assert "Karin Sollberg" not in indexed(found)


def test_idioms_with_say_attribute_nothing():
    found = people("Needless to say, our goalie Mia Korhonen had an amazing tournament.")
    assert "Mia Korhonen" not in indexed(found)
    found = people("Our goalie Mia Korhonen said the team was ready.")
    assert "Mia Korhonen" in indexed(found)


# --- interviews without labelled answers ------------------------------------------------------------------

QUESTIONS = ["– What does it take to be a good luthier?",
             "Patience, above all. I learnt it from my teacher over many years, and I still learn every day.",
             "– Do you play the instruments you build?",
             "Yes, every one of them, otherwise I could not hear what is wrong with them."]


def test_our_talk_with_introduces_the_interviewee():
    found = people("Old masters such as Nicolò Amati and Antonio Stradivari kept their secrets – in our talk with the "
                   "violin maker Vadim Orlov.", *QUESTIONS, kind="interview")
    assert found["Vadim Orlov"].category == "expert"


def test_x_interviews_y_introduces_the_interviewee():
    found = people("Westfold Radio Interviews Coach Lena Varga", "Lena Varga and goalkeeper Mia Korhonen came back as champions.",
                   *QUESTIONS, kind="interview")
    assert found["Lena Varga"].category == "expert"


def test_greeting_in_the_first_question_names_the_interviewee():
    blocks = ["Darts season starts this week. We went to meet Ulster's Kevin Brandt before his debut.",
              "Hi Kevin, so how do you feel about your debut? Nervous?",
              "I'm buzzing. I love playing in front of big crowds and I can't wait to get going.",
              "Is it good for you that it all starts at home?",
              "Definitely. That's where I won my first title, so it brings back great memories."]
    assert people(*blocks, kind="interview")["Kevin Brandt"].category == "expert"
    # no greeting: the interview names two people in its intro, nobody is made the interviewee
    blocks[0] = "Darts season starts this week. We went to meet Ulster's Kevin Brandt and Wales' Owen Pryce."
    blocks[1] = "So how do you feel about your debut? Nervous?"
    assert "Kevin Brandt" not in indexed(people(*blocks, kind="interview"))


# --- profiles that go on by the first name ------------------------------------------------------------------

def test_first_name_alone_refers_to_the_person_named_in_full():
    found = people("At the age of 15, Russell Brandt started in the jewelry trade with his father.",
                   "“I still have customers who tell me about the days when my father ran the store,” Russell tells.",
                   kind="article")
    assert found["Russell Brandt"].category in ("expert", "quoted")


def test_first_name_shared_by_two_people_refers_to_nobody():
    found = people("Russell Brandt and Russell Kemp started in the jewelry trade together.",
                   "“I still have customers who remember my father's store,” Russell tells.", kind="article")
    assert not indexed(found) & {"Russell Brandt", "Russell Kemp"}


# --- crafts are professions; a role adjective belongs to the role ------------------------------------------

def test_crafts_are_role_words():
    assert is_role_word("Cartographer") and is_role_word("choreographer") and is_role_word("Geigenbauerin")
    assert not is_role_word("Carpet")


def test_craft_before_the_name_presents_an_expert():
    found = people("Cartographer Chris Welland has spent six weeks drawing a map of the old city in its original "
                   "style.", kind="press_release")
    assert found["Chris Welland"].category == "expert"
    found = people("Chris Welland has spent six weeks drawing a map of the old city.", kind="press_release")
    assert "Chris Welland" not in indexed(found)


def test_capitalised_role_adjective_belongs_to_the_role():
    desc = describe_before("Westfold Rowing Union Chief Executive ")
    assert desc.role == "Chief Executive" and desc.affiliations == ["Rowing Union"]
    desc = describe_before("Westfold Rowing Union Director ")
    assert desc.role == "Director"
