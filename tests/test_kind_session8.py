"""Kind signals of session 8: a publication's apparatus (an editor's letter, imprint lines, the rhythm it
appears in), its issue in a removed running head, a print jump line, a byline naming the genre, and more
furniture of a news outlet's page. All texts are invented."""

from __future__ import annotations

from briefing.extract import metadata as md
from briefing.extract.metadata import kind as k
from briefing.model import Block, Document, Removed


def make_doc(blocks: list[Block], removed: list[Removed] | None = None, lines: list[str] | None = None) -> Document:
    text_lines = []
    for b in blocks:
        text_lines += [b.text, ""]
    return Document(id="t", seed="t.txt", format="txt", raw_text="", lines=(lines or []) + text_lines,
                    blocks=blocks, removed=removed or [])


def P(text: str) -> Block:
    return Block(kind="paragraph", text=text)


def kind_of(doc: Document) -> str:
    """The kind the signals vote for (`detect_kind` leaves texts without a decisive signal to the text model)."""
    from briefing.extract.metadata.kind import kind_scores, signal_kind

    return signal_kind(kind_scores(doc, md.Header()))


def context(doc: Document) -> k.KindContext:
    return k.KindContext(doc, md.Header())


# Nothing in it speaks for any kind: a release by `FALLBACK`.
PLAIN = ("Der Verein für Heimatkunde hat im Frühjahr seine Sammlung alter Landkarten neu geordnet. Die rund "
         "dreihundert Blätter liegen nun in säurefreien Mappen und sind nach Regionen sortiert. Besucher können "
         "die Karten an jedem ersten Samstag im Monat ansehen.")
PLAIN_EN = ("The county rowing club has rebuilt its boathouse over the winter. The new racks hold twenty boats "
            "and the changing rooms have been extended. Members can use the building again from April onwards.")


# --- a publication's apparatus ----------------------------------------------------------------

def test_editors_letter_and_contents_make_a_publication():
    doc = make_doc([P("Editor's letter Welcome to the spring issue. " + PLAIN_EN),
                    P("Contents 4 News 12 Club visits 20 Coaching corner"), P(PLAIN_EN)])
    assert k.publication_apparatus(context(doc))
    assert kind_of(doc) == "slides"
    # contents alone are one part of the apparatus only
    alone = make_doc([P("Contents 4 News 12 Club visits 20 Coaching corner"), P(PLAIN_EN)])
    assert not k.publication_apparatus(context(alone))


def test_imprint_lines_and_rhythm_make_a_publication():
    doc = make_doc([P("Das Mitteilungsblatt erscheint vierteljährlich für alle Mitglieder. Herausgeber: Verband der "
                      "Beispielgärtner e.V., Redaktionsschluss für die nächste Ausgabe ist der 1. März."), P(PLAIN)])
    assert k.publication_apparatus(context(doc))
    assert kind_of(doc) == "slides"
    english = make_doc([P("The Beacon is a quarterly magazine sent to every member. Typeset by Example Print Ltd. "
                          + PLAIN_EN)])
    assert k.publication_apparatus(context(english))


def test_one_imprint_line_or_a_yearly_event_is_no_publication():
    # a release that names its issuer, and a text about an event held every year
    release = make_doc([P("Herausgeber: Stadtwerke Beispielstadt. " + PLAIN),
                        P("Das Sommerfest findet jährlich statt und erscheint im Kalender der Stadt.")])
    assert not k.publication_apparatus(context(release))
    assert kind_of(release) == "press_release"


def test_issue_in_a_removed_running_head():
    head = Removed(text="The Club Bulletin Issue 12 | Page 6", reason="running-head")
    doc = make_doc([P(PLAIN_EN), P(PLAIN_EN)], removed=[head])
    assert k.issue_line(context(doc))
    assert kind_of(doc) == "slides"
    # a running head without an issue ('Chapter 2') says nothing of one
    chapter = make_doc([P(PLAIN_EN)], removed=[Removed(text="Chapter 2", reason="running-head")])
    assert not k.issue_line(context(chapter))


def test_jump_line_of_a_print_page():
    doc = make_doc([P(PLAIN_EN + " The work was funded by members' donations (continued on page 3)"), P(PLAIN_EN)])
    assert k.page_references(context(doc))
    assert kind_of(doc) == "slides"
    german = make_doc([P(PLAIN + " Fortsetzung auf Seite 5")])
    assert k.page_references(context(german))
    # a page of a report cited in a release is no jump line
    cited = make_doc([P(PLAIN_EN + " The report's findings on page 3 show a rise in membership.")])
    assert not k.page_references(context(cited))
    assert kind_of(cited) == "press_release"


# --- an article: the byline names the genre ------------------------------------------------------

def test_genre_byline_makes_an_article():
    doc = make_doc([P("Ein Gastbeitrag von Lena Mustermann und Jonas Beispiel."), P(PLAIN), P(PLAIN)])
    assert k.genre_byline(context(doc))
    assert kind_of(doc) == "article"
    english = make_doc([P("A guest column by Sam Example"), P(PLAIN_EN)])
    assert kind_of(english) == "article"


def test_genre_word_inside_a_sentence_is_no_byline():
    doc = make_doc([P("Der Kommentar von Bürgermeisterin Muster zum Haushalt wurde im Rat diskutiert. " + PLAIN),
                    P(PLAIN)])
    assert not k.genre_byline(context(doc))
    assert kind_of(doc) == "press_release"


# --- news: an outlet's page furniture -----------------------------------------------------------------

def test_old_story_warning_and_photographer_for_the_paper_are_outlet_furniture():
    old = make_doc([P(PLAIN_EN)], lines=["This article is more than 5 years old", ""])
    assert k.outlet_chrome(context(old))
    assert kind_of(old) == "news"
    photo = make_doc([P(PLAIN_EN)], lines=["The new boathouse. Photograph: Sam Example for the Observer", ""])
    assert kind_of(photo) == "news"


def test_institutional_furniture_is_no_outlet():
    # a release's own photo credit, a reading time and a menu: any site's template carries them
    doc = make_doc([P("This article is about our new boathouse. " + PLAIN_EN)],
                   lines=["Reading time: 3 min", "Lesezeit: 3 Min.", "Politik", "Lokales", "",
                          "Photo: Sam Example / County Rowing Club", ""])
    assert not k.outlet_chrome(context(doc))
    assert kind_of(doc) == "press_release"
