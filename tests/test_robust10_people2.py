"""Expert detection, robustness session 10, round 2: people found whatever the layout and the gazetteer. A month
that is also a given name, found where only a person can stand; an academic title that a wrapped line split from
its name. All texts, names and organisations are invented; each rule has a negative twin where it must not fire."""

from briefing.extract.people_names import find_candidates
from briefing.model import Block
from test_people_session8 import people


def names(text):
    return [c.name for c in find_candidates(text)]


# --- a month that is also a given name --------------------------------------------------------------------

def test_month_given_name_in_a_speakers_place_is_a_name():
    assert names("Die Wartezeiten sinken deutlich, sagt Mai Brackwede, Fachärztin für Radiologie.") \
        == ["Mai Brackwede"]
    assert names("“We were lucky with the weather,” said April Fennimore, a ranger at the park.") \
        == ["April Fennimore"]


def test_month_of_a_date_is_no_given_name():
    # no person's place around the pair
    assert names("Seit August Brackwede keine Rolle mehr spielt, ist es still.") == []
    # a date: the day's number or a preposition of time before the month
    assert names("Die Messe beginnt am 3. Mai Beispielhalle, sagt die Leiterin.") == []
    assert names("Erst im August Brackwede, der Trainer, sagte ab.") == []


# --- a title split from its name by a line break ----------------------------------------------------------

def test_title_closing_the_previous_block_belongs_to_the_name_opening_the_next():
    found = people(Block(kind="paragraph", text="Die neue Professur am Beispiel-Institut wurde besetzt mit PD Dr."),
                   Block(kind="paragraph", text="Jonas Sandkuhl. Er forscht seit Jahren zur Ernährung."),
                   kind="press_release")
    assert found["Jonas Sandkuhl"].title == "PD Dr."


def test_sentence_closing_the_previous_block_gives_no_title():
    found = people(Block(kind="paragraph", text="Die neue Professur am Beispiel-Institut wurde nun besetzt."),
                   Block(kind="paragraph", text="Jonas Sandkuhl forscht seit Jahren zur Ernährung."),
                   kind="press_release")
    assert found["Jonas Sandkuhl"].title is None
    # a title before a name inside the next block is not carried over
    found = people(Block(kind="paragraph", text="Die Professur wurde besetzt mit Dr."),
                   Block(kind="paragraph", text="Heute tagte der Senat mit Jonas Sandkuhl."), kind="press_release")
    assert found["Jonas Sandkuhl"].title is None
