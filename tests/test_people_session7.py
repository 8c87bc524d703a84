"""Expert detection on layouts the earlier rules did not cover: answer labels that are a surname in capitals or a
first name alone, a post of several interviews opened by names in capitals, the speaker of a manuscript
('Statement Prof. Dr. X'), a show's host who introduces themselves, and a profile whose sentence the name over it
opens ('X' / 'is a director at …'). All names and organisations are invented."""

from briefing.extract.people import extract_people
from briefing.model import Block, Document, SourceMeta


def doc_of(*blocks, raw: str = "", **meta):
    doc = Document(id="x", seed="x.txt", format="txt", meta=SourceMeta(**meta))
    doc.blocks = [b if isinstance(b, Block) else Block(kind="paragraph", text=b) for b in blocks]
    for i, block in enumerate(doc.blocks):
        block.anchor = f"b-{i}"
    doc.raw_text = raw or "\n".join(b.text or "" for b in doc.blocks)
    return doc


def people(doc):
    return {m.name: m for m in extract_people(doc).people}


def categories(doc):
    return {name: m.category for name, m in people(doc).items()}


def q(label, text):
    return Block(kind="question", label=label, text=text)


def a(label, text):
    return Block(kind="answer", label=label, text=text)


# --- answer labels: a surname in capitals, a first name alone --------------------------------------

_CAPITALS_RAW = """PAINTERS

GRETA OLSVIK, painter, "Blue Hours"
BRANDT: When did you start to paint?
OLSVIK: I was six years old and my aunt gave me a box of colours. I never stopped since then.
BRANDT: What do you paint?
OLSVIK: Mostly the sea and the harbour in the morning light, over and over again.

JONAS FELDHAHN, sculptor, "Stone"
BRANDT: Why stone?
FELDHAHN: Because it resists me, and I like a material that talks back to the hand.

MARTA KOLBE, illustrator, "Tiny Worlds"
BRANDT: How did you start?"""


def _capitals_doc():
    return doc_of(
        q("BRANDT", "When did you start to paint?"),
        a("OLSVIK", "I was six years old and my aunt gave me a box of colours. I never stopped since then."),
        q("BRANDT", "What do you paint?"),
        a("OLSVIK", "Mostly the sea and the harbour in the morning light, over and over again."),
        Block(kind="heading", text='JONAS FELDHAHN, sculptor, "Stone"'),
        q("BRANDT", "Why stone?"),
        a("FELDHAHN", "Because it resists me, and I like a material that talks back to the hand."),
        Block(kind="paragraph", text='MARTA KOLBE, illustrator, "Tiny Worlds" BRANDT: How did you start?'),
        raw=_CAPITALS_RAW, kind="interview")


def test_a_capital_surname_label_resolves_to_the_name_printed_in_capitals():
    found = people(_capitals_doc())
    assert found["Greta Olsvik"].category == "expert"
    assert found["Jonas Feldhahn"].category == "expert"
    assert found["Greta Olsvik"].role == "painter"


def test_a_capital_label_without_a_known_first_name_before_it_stays_unresolved():
    raw = "THE HARBOUR, a place\nBRANDT: Why?\nHARBOUR: Because the boats come in every morning and leave at night."
    found = categories(doc_of(q("BRANDT", "Why?"),
                              a("HARBOUR", "Because the boats come in every morning and leave at night."),
                              raw=raw, kind="interview"))
    assert not any("Harbour" in name for name in found)


def test_every_capital_name_line_of_such_a_post_presents_a_partner():
    found = categories(_capitals_doc())
    assert found.get("Marta Kolbe") == "expert"


def test_capital_name_lines_alone_present_nobody():
    raw = "MARTA KOLBE, illustrator, Tiny Worlds\nThe exhibition opens on Monday in the town hall."
    found = categories(doc_of("MARTA KOLBE, illustrator, Tiny Worlds",
                              "The exhibition opens on Monday in the town hall.", raw=raw))
    assert found.get("Marta Kolbe") != "expert"


def test_a_first_name_labelling_several_answers_is_the_interviewee():
    found = categories(doc_of(
        "Worum es im Training geht, darüber spricht Annika im Interview.",
        q(None, "Was trainierst du am liebsten?"),
        a("Annika", "Die Rückhand, weil man dort am meisten Spielraum für neue Ideen hat."),
        q(None, "Und was gar nicht?"),
        a("Annika", "Lange Läufe im Winter, die sind mir immer zu kalt und zu dunkel."),
        kind="interview"))
    assert found.get("Annika") == "expert"


def test_a_first_name_labelling_one_answer_is_no_person():
    found = categories(doc_of(
        q(None, "Was trainierst du am liebsten?"),
        a("Annika", "Die Rückhand, weil man dort am meisten Spielraum für neue Ideen hat."),
        kind="interview"))
    assert "Annika" not in found


def test_a_first_name_label_belongs_to_the_one_person_with_that_first_name():
    found = categories(doc_of(
        "Annika Brenneke spielt seit zehn Jahren in der Bundesliga, Tobias Rehm trainiert sie.",
        q(None, "Was trainierst du am liebsten?"),
        a("Annika", "Die Rückhand, weil man dort am meisten Spielraum für neue Ideen hat."),
        q(None, "Und was gar nicht?"),
        a("Annika", "Lange Läufe im Winter, die sind mir immer zu kalt und zu dunkel."),
        kind="interview"))
    assert found.get("Annika Brenneke") == "expert" and "Annika" not in found


# --- the speaker of a manuscript ------------------------------------------------------------------

def test_a_statement_opening_with_a_name_presents_its_speaker():
    found = categories(doc_of(
        "Statement Prof. Dr. Hedda Wilmsen Pressekonferenz zur Vorstellung des Jahresberichts am 3. Mai 2019 in "
        "Beispielstadt - Es gilt das gesprochene Wort - Sehr geehrte Damen und Herren, die Zahl der Fälle ist "
        "im vergangenen Jahr deutlich gestiegen.", kind="news"))
    assert found["Hedda Wilmsen"] == "expert"


def test_a_name_later_in_a_statement_is_not_its_speaker():
    found = categories(doc_of(
        "Statement zur Pressekonferenz am 3. Mai 2019 in Beispielstadt. Das Foto zeigt Hedda Wilmsen beim "
        "Rundgang durch die neue Halle.", kind="news"))
    assert found.get("Hedda Wilmsen") != "expert"


def test_statement_opening_pattern():
    from briefing.extract.people import _STATEMENT_OPENING
    assert _STATEMENT_OPENING.fullmatch("Statement Prof. Dr. ")
    assert _STATEMENT_OPENING.fullmatch("Redemanuskript von ")
    assert _STATEMENT_OPENING.fullmatch("Prepared remarks of ")
    assert not _STATEMENT_OPENING.fullmatch("Statement zur Pressekonferenz. Wie ")
    assert not _STATEMENT_OPENING.fullmatch("Das Foto zeigt ")


# --- a show's host introduces themselves ------------------------------------------------------------

def test_a_host_who_introduces_themselves_is_the_interviewer():
    found = categories(doc_of(
        "Welcome to Sugar Talk, a podcast for people who want to learn more about metabolism. I'm your host, "
        "Dr. Tilda Marsh at Eastford University.",
        "Today we welcome Dr. Owen Kirkby, an Associate Professor of Medicine at Eastford University.",
        "Owen Kirkby: Thanks, Tilda. We will talk about sensors that measure glucose all day long.",
        kind="interview"))
    assert found["Tilda Marsh"] == "interviewer"
    assert found["Owen Kirkby"] == "expert"


def test_a_host_after_the_name_is_the_interviewer():
    found = categories(doc_of(
        "Hallo und herzlich willkommen! Ich bin Tilda Marsch, eure Moderatorin, und heute spreche ich mit "
        "Prof. Dr. Owen Kirchberg von der Universität Beispielstadt über Zucker.", kind="interview"))
    assert found["Tilda Marsch"] == "interviewer"


def test_a_guest_who_says_who_they_are_is_no_host():
    found = categories(doc_of(
        "I'm Dr. Tilda Marsh, a professor of medicine at Eastford University, and I study how sensors measure "
        "glucose.", kind="interview"))
    assert found.get("Tilda Marsh") != "interviewer"


# --- a profile whose sentence the name opens ----------------------------------------------------------

def test_a_name_over_a_continued_sentence_is_a_profile():
    found = people(doc_of(
        "Meet the participants…",
        Block(kind="heading", text="Rafael Montoya"),
        "is a director at the Eastford Rowing Academy. He has coached several national teams.",
        Block(kind="heading", text="Ilan Brook"),
        "is a former national team rower and two-time Olympian who competed from 1983 to 1995.",
        kind="news"))
    assert found["Rafael Montoya"].category == "expert"
    assert found["Rafael Montoya"].role == "Director"
    assert found["Ilan Brook"].category == "expert"


def test_a_name_over_an_unrelated_paragraph_is_no_profile():
    found = categories(doc_of(
        Block(kind="heading", text="Rafael Montoya"),
        "The academy opens its new boathouse on Monday.",
        kind="news"))
    assert found.get("Rafael Montoya") != "expert"


# --- initials that label the answers after the questions ---------------------------------------------

_ANSWERS = ("EW: Why did you start? NQ: I started because the old baker retired and nobody wanted to take over the "
            "ovens.",
            "EW: What does a day look like? NQ: It starts at four in the morning with the sourdough and ends at noon.")


def test_initials_after_questions_stand_for_the_person_they_spell():
    found = categories(doc_of(
        "Nora Quist has been baking in Eastford for twelve years. Her colleague Nils Brandt does the books.",
        *_ANSWERS, kind="interview"))
    assert found["Nora Quist"] == "expert" and found["Nils Brandt"] != "expert"


def test_initials_used_once_stay_unresolved():
    found = categories(doc_of(
        "Nora Quist has been baking in Eastford for twelve years. Her colleague Nils Brandt does the books.",
        _ANSWERS[0], kind="interview"))
    assert found.get("Nora Quist") != "expert"


def test_initials_spelling_two_people_stay_unresolved():
    found = categories(doc_of(
        "Nora Quist has been baking in Eastford for twelve years. Her colleague Nils Quade does the books.",
        *_ANSWERS, kind="interview"))
    assert found.get("Nora Quist") != "expert" and found.get("Nils Quade") != "expert"


def test_a_capital_partner_line_vouches_for_a_given_name_the_name_list_does_not_know():
    raw = _CAPITALS_RAW.replace("GRETA OLSVIK", "CHIDI OLSVIK").replace("JONAS FELDHAHN", "IFEOMA FELDHAHN")
    doc = _capitals_doc()
    doc.raw_text = raw
    doc.blocks[4].text = doc.blocks[4].text.replace("JONAS FELDHAHN", "IFEOMA FELDHAHN")
    found = people(doc)
    assert found["Chidi Olsvik"].category == "expert" and found["Chidi Olsvik"].role == "painter"
    assert found["Ifeoma Feldhahn"].category == "expert"
