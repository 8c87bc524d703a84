"""Kind signals of session 9: who speaks (three people quoted by name, a person's age beside the name, the
outlet's reference to its own earlier report), a release's label, embargo and wire, questions answered under
a speaker's label in the same paragraph, and a signed text without other evidence. All texts are invented."""

from __future__ import annotations

from briefing.extract import metadata as md
from briefing.extract.metadata import kind as k
from briefing.model import Block, Document


def make_doc(blocks: list[Block], lines: list[str] | None = None) -> Document:
    text_lines = []
    for b in blocks:
        text_lines += [b.text, ""]
    return Document(id="t", seed="t.txt", format="txt", raw_text="", lines=(lines or []) + text_lines,
                    blocks=blocks, removed=[])


def P(text: str) -> Block:
    return Block(kind="paragraph", text=text)


def kind_of(doc: Document, header: md.Header | None = None) -> str:
    """The kind the signals vote for (`detect_kind` leaves texts without a decisive signal to the text model)."""
    from briefing.extract.metadata.kind import kind_scores, signal_kind

    return signal_kind(kind_scores(doc, header or md.Header()))


def context(doc: Document) -> k.KindContext:
    return k.KindContext(doc, md.Header())


# Nothing in it speaks for any kind: a release by `FALLBACK`.
PLAIN = ("Der Verein für Heimatkunde hat im Frühjahr seine Sammlung alter Landkarten neu geordnet. Die rund "
         "dreihundert Blätter liegen nun in säurefreien Mappen und sind nach Regionen sortiert.")
PLAIN_EN = ("The county rowing club has rebuilt its boathouse over the winter. The new racks hold twenty boats "
            "and the changing rooms have been extended.")


# --- news: who speaks ---------------------------------------------------------------------------

def test_three_people_quoted_by_name_make_news():
    doc = make_doc([P(PLAIN),
                    P("„Wir sind zufrieden“, sagt Jonas Pfeffer. Die Nachbarn sehen das anders."),
                    P("„Der Lärm ist zu viel“, meint Greta Wolkenstein, die gegenüber wohnt."),
                    P("Ortsvorsteher Bernd Kastanie sagte, man werde eine Lösung finden.")])
    assert k.speakers(context(doc)) == {"Pfeffer", "Wolkenstein", "Kastanie"}
    assert k.several_speakers(context(doc))
    assert kind_of(doc) == "news"
    # it outweighs a 'we' outside the quotations, which reported speech alone only ties
    we = make_doc([*doc.blocks, P("Wir haben mit allen gesprochen, unsere Gemeinde bleibt gespalten.")])
    assert kind_of(we) == "news"
    # a release quotes its own one or two
    two = make_doc([P(PLAIN), P("„Wir sind zufrieden“, sagt Jonas Pfeffer."),
                    P("„Das Archiv ist nun geordnet“, so Greta Wolkenstein.")])
    assert not k.several_speakers(context(two))
    assert "several_speakers" not in k.kind_evidence(context(two))["news"]


def test_age_beside_a_name_makes_news():
    doc = make_doc([P("Seit Jahren pflegt Konrad Eichelberg (64) die Obstwiese am Ortsrand. " + PLAIN)])
    assert k.age_beside_name(context(doc))
    assert kind_of(doc) == "news"
    english = make_doc([P("Harriet Lindqvist, 58, has coached the juniors since 2009. " + PLAIN_EN)])
    assert k.age_beside_name(context(english))
    # a count or a figure's number in brackets is no age
    counts = make_doc([P("Die Teilnehmerinnen (38) kamen aus dem ganzen Land, siehe Abbildung (12). " + PLAIN)])
    assert not k.age_beside_name(context(counts))
    assert kind_of(counts) == "press_release"


def test_reference_to_an_earlier_report_makes_news():
    doc = make_doc([P("Nach dem Aus der alten Halle (wir berichteten) hat der Verein eine neue Heimat gefunden. " + PLAIN)])
    assert k.reported_before(context(doc))
    assert kind_of(doc) == "news"
    english = make_doc([P("As previously reported, the club lost its boathouse in the storm. " + PLAIN_EN)])
    assert k.reported_before(context(english))
    # reporting results is no report of the outlet's own
    other = make_doc([P("Die Studie hat berichtet, dass die Karten gut erhalten sind. " + PLAIN)])
    assert not k.reported_before(context(other))


# --- press release: its label, its embargo, its wire ---------------------------------------------

def test_a_line_that_is_only_the_kind_word_makes_a_release():
    quoted = [P(PLAIN), P("„Wir sind zufrieden“, sagt Jonas Pfeffer. „Es hat sich gelohnt“, sagte er."),
              P("Die Arbeit sei getan, erklärte Pfeffer.")]
    doc = make_doc(quoted, lines=["· Pressemitteilung", ""])
    assert k.release_label(context(doc))
    assert kind_of(doc) == "press_release"
    without = make_doc(quoted)
    assert kind_of(without) == "news"
    # a breadcrumb that leads to the releases is a site's menu, no label of this text
    crumb = make_doc(quoted, lines=["Startseite › Aktuelles › Pressemitteilungen", ""])
    assert not k.release_label(context(crumb))


def test_embargo_makes_a_release():
    said = [P("The club said the boathouse would reopen in April, its chairman said. " + PLAIN_EN),
            P("The rowers said they were pleased.")]
    doc = make_doc(said, lines=["EMBARGOED FOR RELEASE: March 3, 2021, 9 a.m.", ""])
    assert k.embargo(context(doc))
    assert kind_of(doc) == "press_release"
    german = make_doc([P(PLAIN)], lines=["Sperrfrist: 3. März 2021, 10 Uhr", ""])
    assert k.embargo(context(german))
    assert not k.embargo(context(make_doc(said, lines=["The trade embargo was lifted in May.", ""])))
    assert kind_of(make_doc(said)) == "news"


def test_any_wire_between_slashes_is_a_release_wire():
    doc = make_doc([P("SPRINGFIELD, May 4, 2022 /Examplewire.com/ -- The county rowing club said it has rebuilt "
                      "its boathouse. " + PLAIN_EN)])
    assert k.wire_dateline(context(doc))
    # a path is no wire's dateline
    assert not k.wire_dateline(context(make_doc([P("See /news/wire/ on our site. " + PLAIN_EN)])))


# --- interview: answers run into their questions -----------------------------------------------------

def test_answers_labelled_after_their_questions_make_an_interview():
    doc = make_doc([P("Here is what the coach told us this morning."),
                    P("How did the team respond to the defeat?Hallberg: We watched the film and worked on defence "
                      "for two days. They took it seriously."),
                    P("Are you worried about the young players?Hallberg: No. They learn quickly and they listen.")])
    assert k.answered_turns(context(doc))
    assert kind_of(doc) == "interview"
    # the interviewer's label and the interviewee's, once each
    named = make_doc([P("Sophie Brandauer: Wie kamen Sie zum Geigenbau? Matthias Quellmann: Durch meinen Großvater, "
                        "der eine Werkstatt in der Altstadt hatte. Dort habe ich jeden Nachmittag verbracht.")])
    assert k.answered_turns(context(named))
    # a quoted question followed by the answer's description is a reporter's narration
    told = make_doc([P("„Warum jetzt?“ Pfeffers Antwort: Das Geld sei endlich da. " + PLAIN)])
    assert not k.answered_turns(context(told))


# --- the signed text without other evidence -----------------------------------------------------------

def test_a_byline_above_the_text_is_signed_and_a_credit_under_it_is_not():
    author = md.Header(authors=["Harriet Lindqvist"])
    long_text = PLAIN_EN + " " + PLAIN_EN
    doc = make_doc([P(long_text)], lines=["By Harriet Lindqvist", ""])
    assert k.signed_above(doc, author)
    # a contributor credited under a club's report signs no byline
    credit = make_doc([P(long_text), P("Text and photo: Harriet Lindqvist")])
    assert not k.signed_above(credit, author)
    # evidence of another kind still wins
    said = make_doc([P("The club said the boathouse would reopen, its chairman said. The rowers said they were "
                       "pleased. " + long_text)], lines=["By Harriet Lindqvist", ""])
    assert kind_of(said, author) == "news"
