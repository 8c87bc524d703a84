"""Kind signals that generalise (session 12): a podcast episode's transcript, a release service's credit, a press office's
mailbox, an outlet presenting its newsroom, a metered paywall, a newspaper clipping's note, a print page's running foot,
a reporter's rhetorical question. All texts are invented."""

from __future__ import annotations

from briefing.extract import metadata as md
from briefing.extract.metadata import kind as k
from briefing.model import Block, Document, Removed

from test_metadata import converted


def make_doc(blocks: list[Block], lines: list[str] | None = None, removed: list[Removed] | None = None) -> Document:
    if lines is None:
        lines = []
        for b in blocks:
            lines += [b.text, ""]
    return Document(id="t", seed="t.txt", format="txt", raw_text="", lines=lines, blocks=blocks, removed=removed or [])


def P(text: str) -> Block:
    return Block(kind="paragraph", text=text)


def ctx(*texts: str, lines: list[str] | None = None, removed: list[Removed] | None = None) -> k.KindContext:
    return k.KindContext(make_doc([P(t) for t in texts], lines, removed), md.Header())


FILLER_EN = ("The new hall has room for two hundred visitors and a small stage. It will open in the spring after two "
             "years of building work on the old market square.")
FILLER_DE = ("Die neue Halle bietet Platz für zweihundert Besucher und eine kleine Bühne. Sie wird im Frühjahr nach zwei "
             "Jahren Bauzeit am alten Marktplatz eröffnet.")


# --- a podcast episode with its transcript is an interview ----------------------------------------

PODCAST_EN = """Garden Talk - Episode 14: MOSSES with Tim Roth
Episode Date: March 3, 2021. In this episode the moss expert Tim Roth explains why lawns turn green in winter. Show notes and links below.
Transcript
Hello and welcome, it is me again. So, mosses. Let us talk about them,
they grow everywhere and nobody notices them at all.
Okay, listen, we will get to the science in a minute, I promise.
"""

PODCAST_DE = """#31 Im Keller des Museums - mit Anna Beck
02.05.2022 64 min
Zusammenfassung & Show Notes
In dieser Folge sprechen wir mit Anna Beck über die Sammlung im Keller.
Transkript
Wer an ein Museum denkt,
denkt selten an den Keller.
Anna Beck ist heute da,
herzlich willkommen.
Danke für die Einladung.
"""


def test_episode_transcript_reads_a_podcast_page_in_both_languages():
    for text in (PODCAST_EN, PODCAST_DE):
        assert converted(text).meta.kind == "interview"


def test_episode_transcript_survives_joined_lines():
    joined = " ".join(PODCAST_EN.split("\n"))
    assert k.episode_transcript(ctx(joined, lines=[joined]))


def test_transcript_label_without_an_episode_is_no_interview():
    # a document host's transcript of a PDF names no episode
    lines = ["Transkript", "Jahresbericht 2019", FILLER_DE]
    assert not k.episode_transcript(ctx(FILLER_DE, lines=lines))
    # an episode mentioned without a transcript neither
    assert not k.episode_transcript(ctx("The second episode of the series airs on Friday. " + FILLER_EN))
    # a report's sentence that names a transcript and a podcast is no episode page
    report = "Das Transkript der Sitzung liegt vor. Der Rat will unseren Podcast fördern. " + FILLER_DE
    assert not k.episode_transcript(ctx(report, lines=[report]))
    assert converted("Rat streitet über Podcast\n\n" + report + "\n").meta.kind != "interview"


# --- news aktuell's original-text service carries releases --------------------------------------

def test_ots_credit_is_a_release_wire():
    lines = ["Beispielstadt (ots)", "", FILLER_DE]
    assert k.wire_dateline(ctx(FILLER_DE, lines=lines))
    assert k.wire_dateline(ctx("Beispielstadt (ots) - " + FILLER_DE))


def test_other_credits_are_no_release_wire():
    assert not k.wire_dateline(ctx("Beispielstadt (dpa) - " + FILLER_DE))
    assert not k.wire_dateline(ctx("Die Spots (Werbefilme) laufen ab Mai. " + FILLER_DE))


# --- a press office's mailbox ---------------------------------------------------------------------

def test_press_mailbox_is_a_release_contact():
    assert k.press_mailbox(ctx(FILLER_DE, "Rückfragen: Telefon 0123 45678, E-Mail: presse@beispielamt.de"))
    assert k.press_mailbox(ctx(FILLER_EN, "Questions: media.relations@example-college.edu"))


def test_a_reporters_mailbox_is_no_press_office():
    assert not k.press_mailbox(ctx(FILLER_DE, "Hinweise an die Redaktion: redaktion@beispielbote.de"))
    assert not k.press_mailbox(ctx(FILLER_EN, "Write to anna.beck@example-daily.com"))


# --- an outlet presenting its newsroom ------------------------------------------------------------

def test_outlet_presenting_its_newsroom_is_news():
    lines = ["Mehr als 80 Journalistinnen und Journalisten berichten rund um die Uhr für Sie aus der Region.",
             FILLER_DE]
    assert k.own_newsroom(ctx(FILLER_DE, lines=lines))
    assert k.own_newsroom(ctx(FILLER_DE, lines=["Von unserem Redaktionsmitglied Anna Beck", FILLER_DE]))
    assert k.own_newsroom(ctx(FILLER_EN, lines=["Our journalists cover the county every day.", FILLER_EN]))


def test_journalists_in_the_story_or_a_quote_are_no_newsroom():
    assert not k.own_newsroom(ctx("Die Jury besteht aus Journalisten und Forschenden. " + FILLER_DE))
    quoted = '"Our reporters were the first on the scene," said the editor of another paper. ' + FILLER_EN
    assert not k.own_newsroom(ctx(quoted))


# --- a metered paywall ----------------------------------------------------------------------------

def test_metered_paywall_is_outlet_chrome():
    assert k.outlet_chrome(ctx(FILLER_EN, lines=["Welcome guest, you have 2 views left. Register | Sign In", FILLER_EN]))
    assert k.outlet_chrome(ctx(FILLER_DE, lines=["Sie können noch 3 kostenlose Artikel lesen.", FILLER_DE]))


def test_numbers_left_over_are_no_paywall():
    assert not k.outlet_chrome(ctx("Only 3 tickets left for the concert on Friday. " + FILLER_EN))


# --- a newspaper clipping's note ------------------------------------------------------------------

def test_clipping_reference_is_news_and_no_issue():
    lines = ["Busy days for the couriers", "", "Von Anna Beck", FILLER_DE, "Erschienen: Musterstädter Wochenblatt, Ausgabe 12 2019"]
    c = ctx(FILLER_DE, "Erschienen: Musterstädter Wochenblatt, Ausgabe 12 2019", lines=lines)
    assert k.clipping_reference(c)
    assert not k.issue_line(c)
    assert k.clipping_reference(ctx(FILLER_EN, lines=["By Anna Beck, published in the Example Times May 2, 2015", FILLER_EN]))


def test_publication_in_a_journal_is_no_clipping():
    sentence = "The results were published in the Journal of Example Studies. " + FILLER_EN
    assert not k.clipping_reference(ctx(sentence))
    assert not k.clipping_reference(ctx(FILLER_EN, lines=["Published in the Journal of Example Studies", FILLER_EN]))
    assert not k.clipping_reference(ctx("Das Buch ist im Beispiel Verlag erschienen. " + FILLER_DE))


# --- a print page's running foot ------------------------------------------------------------------

def test_running_foot_is_a_print_page():
    assert k.page_references(ctx(FILLER_DE, lines=["Seite 2 | Beispielverein | Jahresbericht 2018 Weitere Zahlen", FILLER_DE]))
    assert k.page_references(ctx(FILLER_EN, lines=["| Annual Review 2020 | Page 14", FILLER_EN]))


def test_single_page_mention_is_no_running_foot():
    assert not k.page_references(ctx("Mehr dazu auf Seite 2 des Programms. " + FILLER_DE))
    assert not k.page_references(ctx(FILLER_EN, lines=["Home | News | Page 2", FILLER_EN]))


# --- a reporter's rhetorical question is no interviewer's ------------------------------------------

def test_question_closing_an_attributed_quote_is_no_interview_turn():
    question = Block(kind="paragraph", text='“Every shelter is full this summer,” said Beck. So what is behind it?')
    answer = P("In a word, money. Rents are rising and many owners have to move into flats where dogs are not allowed.")
    doc = make_doc([P(FILLER_EN), question, answer])
    assert md.detect_kind(doc, md.Header(), None, None) != "interview"
    assert not k._question_block(question)


def test_interviewers_question_stays_a_turn():
    assert k._question_block(Block(kind="paragraph", text="Frau Beck, was sagen Sie zu den neuen Zahlen?"))
    assert k._question_block(Block(kind="paragraph", text='What did you mean by "a quiet revolution"?'))
