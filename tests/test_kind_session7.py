"""Kind signals of session 7: the issuer's own voice, a date line without a byline, an agency's photo,
a reporter's 'nach eigenen Angaben', a publication's issue line and page references, a speech manuscript.
All texts are invented."""

from __future__ import annotations

from briefing.extract import metadata as md
from briefing.extract.metadata import kind as k
from briefing.model import Block, Document, Removed


def make_doc(blocks: list[Block], removed: list[Removed] | None = None, fmt: str = "txt") -> Document:
    lines = []
    for b in blocks:
        lines += [b.text, ""]
    return Document(id="t", seed="t.txt", format=fmt, raw_text="", lines=lines, blocks=blocks,
                    removed=removed or [])


def P(text: str) -> Block:
    return Block(kind="paragraph", text=text)


def H(text: str) -> Block:
    return Block(kind="heading", text=text, level=2)


def kind_of(doc: Document, header: md.Header | None = None) -> str:
    """The kind the signals vote for (`detect_kind` leaves texts without a decisive signal to the text model)."""
    from briefing.extract.metadata.kind import kind_scores, signal_kind

    return signal_kind(kind_scores(doc, header or md.Header()))


PLAIN = ("Das Zentrum für Bodenkunde hat ein neues Messfeld am Stadtrand eingerichtet. Auf zwei Hektar "
         "werden dort Feuchte, Temperatur und Nährstoffe über mehrere Jahre erfasst. Die ersten Daten "
         "liegen im Herbst vor.")
# three verbs of reported speech: news by `reported_speech` alone
REPORTED = ("„Das Feld ist ein Gewinn für die Region“, sagte die Leiterin Anna Quell. Der Projektleiter "
            "erklärte, man sei mit dem Start zufrieden. Die Sprecherin betonte die gute Zusammenarbeit "
            "mit den Landwirten der Umgebung.")
REPORTED_EN = ('"The field is a gain for the region," said director Ann Quill. The project lead explained '
               "that the start went well. A spokesperson stressed the cooperation with local farmers.")


# --- own_voice ---------------------------------------------------------------------------------

def test_own_voice_makes_a_release_of_reported_speech():
    text = REPORTED + " Wir laden alle Interessierten zur Besichtigung ein. Unser Team führt über das Gelände."
    assert k.own_voice(k.KindContext(make_doc([P(text)]), md.Header()))
    assert kind_of(make_doc([P(text)])) == "press_release"


def test_own_voice_in_english():
    text = REPORTED_EN + " We invite everyone to the open day, and our staff will guide the tours."
    assert kind_of(make_doc([P(text)])) == "press_release"


def test_we_inside_quotations_is_the_speaker_s_not_the_text_s():
    text = ("„Wir sind stolz, und unser Team hat viel geleistet“, sagte die Leiterin Anna Quell. Der "
            "Projektleiter erklärte, man sei zufrieden. Die Sprecherin betonte die gute Zusammenarbeit.")
    assert not k.own_voice(k.KindContext(make_doc([P(text)]), md.Header()))
    assert kind_of(make_doc([P(text)])) == "news"


def test_a_single_we_and_the_country_us_are_no_own_voice():
    text = REPORTED_EN + " The US agency funds the work, and we know little yet."
    assert not k.own_voice(k.KindContext(make_doc([P(text)]), md.Header()))
    assert kind_of(make_doc([P(text)])) == "news"


def test_own_voice_keeps_a_publication_a_publication():
    # headings and an edition (slides 5) against an organisation's profile (release 3): the own voice
    # counts for both, the issuer's publication stays one
    blocks = [H("One"), P(PLAIN), H("Two"), P(PLAIN), H("Three"),
              P(PLAIN + " Wir danken allen Mitgliedern, unser Verein wächst."),
              P("The Soil Society is a nonprofit organization based in Exampletown.")]
    scores = k.kind_scores(make_doc(blocks), md.Header(edition="2/2021"))
    assert scores["press_release"] == 5 and scores["slides"] == 7
    assert kind_of(make_doc(blocks), md.Header(edition="2/2021")) == "slides"


# --- dated_without_byline ------------------------------------------------------------------------

def test_a_date_line_without_byline_is_a_release_s():
    doc = make_doc([P("Neues Messfeld eröffnet"), P("12.03.2019"), P(REPORTED)])
    assert kind_of(doc) == "press_release"
    doc = make_doc([P("New test field opens"), P("March 12, 2019"), P(REPORTED_EN + " " + REPORTED_EN)])
    assert kind_of(doc) == "press_release"


def test_a_date_line_beside_a_byline_is_a_newspaper_s():
    doc = make_doc([P("Neues Messfeld eröffnet"), P("12.03.2019"), P(REPORTED)])
    assert kind_of(doc, md.Header(authors=["Tom Beispiel"])) == "news"


def test_a_date_inside_a_sentence_is_no_date_line():
    doc = make_doc([P("Neues Messfeld eröffnet"), P("Am 12.03.2019 wurde das Feld eröffnet."), P(REPORTED)])
    assert kind_of(doc) == "news"


# --- agency_photo --------------------------------------------------------------------------------

def test_an_agency_photo_makes_news():
    assert kind_of(make_doc([P("Foto: picture alliance/dpa/Tom Beispiel"), P(PLAIN)])) == "news"
    assert kind_of(make_doc([P(PLAIN), P("Photo: AFP / Ann Example")])) == "news"
    removed = [Removed(text="© Getty Images", reason="footer")]
    assert kind_of(make_doc([P(PLAIN)], removed=removed)) == "news"


def test_an_organisation_s_own_photo_is_no_agency_photo():
    assert kind_of(make_doc([P("Foto: Zentrum für Bodenkunde / Tom Beispiel"), P(PLAIN)])) == "press_release"
    assert kind_of(make_doc([P("Fotos: Apfelbaum"), P(PLAIN)])) == "press_release"
    # an agency named in the text, not in a credit
    assert not k.agency_photo(k.KindContext(make_doc([P(PLAIN + " Die dpa berichtete zuerst.")]), md.Header()))


# --- reported_release: 'nach eigenen Angaben' ----------------------------------------------------

def test_nach_eigenen_angaben_is_a_reporter_s_reserve():
    text = PLAIN + " Das Zentrum beschäftigt nach eigenen Angaben rund 80 Menschen."
    assert kind_of(make_doc([P(text)])) == "news"
    assert kind_of(make_doc([P(PLAIN + " Das Zentrum beschäftigt rund 80 Menschen.")])) == "press_release"


# --- slides: issue line, page references, speech manuscript --------------------------------------

def test_an_issue_line_at_the_top_is_a_publication_s():
    assert kind_of(make_doc([P("Mitgliederbrief | Ausgabe Nr. 7 | März 2021"), P(PLAIN)])) == "slides"
    assert kind_of(make_doc([P("The Garden Letter ISSUE 12 SPRING 2020"), P(REPORTED_EN)])) == "slides"


def test_a_release_number_or_a_late_issue_is_no_issue_line():
    assert kind_of(make_doc([P("Pressemitteilung Nr. 12/2021"), P(PLAIN)])) == "press_release"
    mentioned = P("Die Studie erscheint in Heft 3 der Zeitschrift für Bodenkunde.")
    assert not k.issue_line(k.KindContext(make_doc([mentioned, P(PLAIN)]), md.Header()))
    late = [P(PLAIN)] * 6 + [P("Mehr dazu in Ausgabe 3, März 2021.")]
    assert not k.issue_line(k.KindContext(make_doc(late), md.Header()))


def test_page_references_run_together_are_contents():
    contents = P("Neues vom Vorstand S. 2 Termine im Frühjahr S. 4 Aus den Gruppen S. 6 Rätsel S. 8")
    assert kind_of(make_doc([contents, P(PLAIN)])) == "slides"


def test_a_page_reference_or_two_are_no_contents():
    assert kind_of(make_doc([P(PLAIN + " Details siehe S. 4 und Seite 7 des Berichts.")])) == "press_release"


def test_a_speech_manuscript_is_a_statement_document():
    text = "Es gilt das gesprochene Wort. Sehr geehrte Damen und Herren, " + REPORTED
    assert kind_of(make_doc([P("Statement zur Eröffnung"), P(text)])) == "slides"
    text = "Check against delivery. Ladies and gentlemen, " + REPORTED_EN
    assert kind_of(make_doc([P("Remarks at the opening"), P(text)])) == "slides"


def test_a_speech_reported_is_no_manuscript():
    text = "In ihrer Rede vor den Gästen sprach sie über den Boden. " + REPORTED
    assert kind_of(make_doc([P(text)])) == "news"
