"""Expert detection, robustness session 10, round 3: a PDF's layout. Its lines are no sentences: a speech verb, a
title or a given name ends a line, the speaker's name opens the next, a page number stands between, list items run
into one paragraph, an answer's initials become its label. All texts, names and organisations are invented; each rule
has a negative twin where it must not fire."""

from briefing.extract.people import _read_across_breaks
from briefing.model import Block, Document
from test_people_session8 import indexed, people
from test_people_titles import doc_of


def quoted_speakers(*blocks, kind="news"):
    from briefing.extract.people import extract_people

    doc = extract_people(doc_of(*blocks, kind=kind))
    return {n for q in doc.quotes for n in q.speakers}


def read(*blocks):
    return [b.text for b in _read_across_breaks(Document(id="x", seed="x.txt", format="txt",
                                                          blocks=list(blocks)))[0].blocks]


# --- a sentence read across the line breaks a page put into it -----------------------------------------------

def test_speech_verb_and_title_before_a_break_go_with_the_name_after_it():
    blocks = (Block(kind="paragraph", text="„Die Böden trocknen schneller aus als erwartet“, sagt Prof. Dr."),
              Block(kind="paragraph", text="Anna Wendeborn, Leiterin des Beispiel-Instituts für Bodenkunde. "
                                           "Die Messreihe läuft seit zehn Jahren."))
    assert "Anna Wendeborn" in quoted_speakers(*blocks)
    assert people(*blocks)["Anna Wendeborn"].title == "Prof. Dr."


def test_running_text_cut_on_a_verb_goes_on_past_a_page_number():
    blocks = (Block(kind="paragraph", text="“The reef recovers faster where the water stays cool in summer,” said"),
              Block(kind="paragraph", text="12"),
              Block(kind="paragraph", text="Mara Quillfeldt, a marine biologist at the Example Ocean Institute."))
    assert "Mara Quillfeldt" in quoted_speakers(*blocks)


def test_given_name_ending_running_text_goes_on_with_the_surname():
    blocks = (Block(kind="paragraph", text="„Wir brauchen jetzt verlässliche Regeln für alle Betriebe“, fordert "
                                           "Verbandspräsident Jonas"),
              Block(kind="paragraph", text="Sandkuhl."))
    assert "Jonas Sandkuhl" in quoted_speakers(*blocks)


def test_ended_sentences_and_headlines_are_not_read_on():
    # a sentence that ended: the name in the next paragraph speaks no quote of the one before
    blocks = (Block(kind="paragraph", text="„Die Böden trocknen schneller aus als erwartet“, heißt es im Bericht."),
              Block(kind="paragraph", text="Anna Wendeborn, Leiterin des Instituts, stellte ihn am Montag vor."))
    assert "Anna Wendeborn" not in quoted_speakers(*blocks)
    assert len(read(*blocks)) == 2
    # a line ending on a noun (an address, an attribution under a pull quote) before a capital: no sentence cut
    assert len(read(Block(kind="paragraph", text="Mara Quillfeldt, doctoral candidate at the Department of Ocean "
                                                 "Engineering"),
                     Block(kind="paragraph", text="EXAMPLETOWN — The reef has recovered."))) == 2
    # a heading over its profile stays a heading; an invitation's fields and list items stay apart
    assert len(read(Block(kind="heading", text="Mara Quillfeldt"),
                    Block(kind="paragraph", text="is a marine biologist at the Example Ocean Institute."))) == 2
    assert len(read(Block(kind="paragraph", text="im: Beispielhalle, Hafenstraße 3 in der Altstadt von Beispielstadt"),
                    Block(kind="paragraph", text="am: Mittwoch, 10 Uhr"))) == 2
    assert len(read(Block(kind="paragraph", text="Speakers at the event will be joined by their colleagues from"),
                    Block(kind="paragraph", text="• Mara Quillfeldt, Example Ocean Institute"))) == 2


def test_heading_the_layout_cut_on_an_article_is_read_with_the_paragraph():
    assert read(Block(kind="heading", text="Dr. Lena Hartwich, Direktorin des Beispiel-Verbands, ordnete die"),
                Block(kind="paragraph", text="Tagung als wichtige Plattform ein.")) \
        == ["Dr. Lena Hartwich, Direktorin des Beispiel-Verbands, ordnete die Tagung als wichtige Plattform ein."]
    # a headline that ends on a noun is a headline
    assert len(read(Block(kind="heading", text="Neue Regeln für die Tagung"),
                    Block(kind="paragraph", text="Tagung als Plattform: Dr. Lena Hartwich stellte sie vor."))) == 2


# --- answers whose label a line break made their own: initials -----------------------------------------------

def test_initials_labelling_answers_stand_for_the_person_they_spell():
    found = people(Block(kind="paragraph", text="We talked to Mara Quillfeldt about her work on coral reefs."),
                   Block(kind="question", label="EM", text="How did you start?"),
                   Block(kind="answer", label="MQ", text="I started diving at the age of twelve and never stopped."),
                   Block(kind="question", label="EM", text="What comes next?"),
                   Block(kind="answer", label="MQ", text="A survey of the northern reefs, with a team of six."),
                   kind="interview")
    assert "Mara Quillfeldt" in indexed(found)


def test_initials_that_spell_nobody_name_nobody():
    found = people(Block(kind="paragraph", text="We talked to Mara Quillfeldt about her work on coral reefs."),
                   Block(kind="question", label="EM", text="How did you start?"),
                   Block(kind="answer", label="TK", text="I started diving at the age of twelve and never stopped."),
                   Block(kind="question", label="EM", text="What comes next?"),
                   Block(kind="answer", label="TK", text="A survey of the northern reefs, with a team of six."),
                   kind="interview")
    assert "Mara Quillfeldt" not in indexed(found)


# --- a speaker list whose entry a page wrapped onto a heading-like line ---------------------------------------

def test_speaker_list_goes_on_past_an_entry_wrapped_onto_a_heading():
    found = people(Block(kind="paragraph", text="mit: Dr. Ole Brandtner, Koordinator der Tagung"),
                   Block(kind="paragraph", text="Prof. Dr. Wiebke Sandkuhl, Leiterin des Planetariums"),
                   Block(kind="heading", text="Beispielstadt, Vorstand der Gesellschaft"),
                   Block(kind="paragraph", text="Jana Oltrogge, Geschäftsführerin der Beispielhallen GmbH"),
                   kind="press_release")
    assert "Jana Oltrogge" in indexed(found)


def test_speaker_list_ends_at_a_heading_that_is_a_headline():
    found = people(Block(kind="paragraph", text="mit: Dr. Ole Brandtner, Koordinator der Tagung"),
                   Block(kind="paragraph", text="Prof. Dr. Wiebke Sandkuhl, Leiterin des Planetariums."),
                   Block(kind="heading", text="Beispielstadt feiert ihr Jubiläum"),
                   Block(kind="paragraph", text="Jana Oltrogge, Geschäftsführerin der Beispielhallen GmbH"),
                   kind="press_release")
    assert "Jana Oltrogge" not in indexed(found)


# --- list items a copy ran into one paragraph -----------------------------------------------------------------

_ITEMS = ("• Associate Professor Mara Quillfeldt, PhD, Ocean Engineering, will study reef recovery. "
          "• Assistant Professor Dr. Ole Brandtner, MD, Internal Medicine, will study sleep in shift workers. "
          "• Senior Lecturer Jana Oltrogge and Professor Tom Wendeborn, PhD, Linguistics, will study dialects. "
          "• Professor Lena Hartwich and Dr. Piet Sandkuhl, Geography, will map the river banks.")


def test_bullets_run_into_one_paragraph_are_items_of_their_own():
    found = people(Block(kind="paragraph", text="Projects:"), Block(kind="paragraph", text=_ITEMS),
                   kind="press_release")
    assert {"Mara Quillfeldt", "Ole Brandtner"} <= indexed(found)


def test_one_sentence_naming_many_people_is_still_a_list():
    text = ("The jury: Professor Mara Quillfeldt, Dr. Ole Brandtner, Professor Jana Oltrogge, Dr. Tom Wendeborn, "
            "Professor Lena Hartwich and Dr. Piet Sandkuhl.")
    found = people(Block(kind="paragraph", text=text), kind="press_release")
    assert "Mara Quillfeldt" not in indexed(found)
