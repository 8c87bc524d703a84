"""Kind signals of session 9b: an institution's full academic titles, a local paper's dateline (with its bullet or its
reporter), a daily paper's 'yesterday', a person called by their age. All texts are invented."""

from __future__ import annotations

from briefing.extract import metadata as md
from briefing.extract.metadata import kind as k
from briefing.model import Block, Document


def make_doc(blocks: list[Block]) -> Document:
    lines = []
    for b in blocks:
        lines += [b.text, ""]
    return Document(id="t", seed="t.txt", format="txt", raw_text="", lines=lines, blocks=blocks, removed=[])


def P(text: str) -> Block:
    return Block(kind="paragraph", text=text)


def kind_of(doc: Document) -> str:
    """The kind the signals vote for (`detect_kind` leaves texts without a decisive signal to the text model)."""
    from briefing.extract.metadata.kind import kind_scores, signal_kind

    return signal_kind(kind_scores(doc, md.Header()))


def ctx(*texts: str) -> k.KindContext:
    return k.KindContext(make_doc([P(t) for t in texts]), md.Header())


PLAIN = ("Das Zentrum für Bodenkunde hat ein neues Messfeld am Stadtrand eingerichtet. Auf zwei Hektar "
         "werden dort Feuchte, Temperatur und Nährstoffe über mehrere Jahre erfasst. Die ersten Daten "
         "liegen im Herbst vor.")
# three verbs of reported speech: news by `reported_speech` alone
REPORTED = ("„Das Feld ist ein Gewinn für die Region“, sagte die Leiterin Anna Quell. Der Projektleiter "
            "erklärte, man sei mit dem Start zufrieden. Die Sprecherin betonte die gute Zusammenarbeit "
            "mit den Landwirten der Umgebung.")


# --- full_titles ---------------------------------------------------------------------------------

def test_full_academic_titles_make_a_release_of_reported_speech():
    assert kind_of(make_doc([P(PLAIN), P(REPORTED)])) == "news"
    titled = REPORTED.replace("die Leiterin Anna Quell", "die Leiterin Prof. Dr. Anna Quell")
    assert kind_of(make_doc([P(PLAIN), P(titled)])) == "press_release"


def test_full_titles_in_english():
    assert k.full_titles(ctx("The grant was awarded to Ann Quill, Ph.D., of the soil institute."))
    assert k.full_titles(ctx("Tim Rowe, M.D., leads the new clinic."))


def test_a_plain_doctor_or_professor_is_no_full_title():
    assert not k.full_titles(ctx("Dr. Anna Quell und Professor Tim Rohde stellten das Messfeld vor."))


# --- paper_dateline --------------------------------------------------------------------------------

def test_a_bullet_dateline_makes_news():
    assert kind_of(make_doc([P(PLAIN)])) == "press_release"
    assert kind_of(make_doc([P("FELDHAUSEN ▪ " + PLAIN)])) == "news"
    assert kind_of(make_doc([P("Feldhausen • " + PLAIN)])) == "news"


def test_a_dateline_with_the_reporter_after_a_caption_makes_news():
    # a caption long enough to be taken for the lead, where the agency dateline is looked for
    caption = P("Die Mitglieder des Vereins vor dem neuen Messfeld am Stadtrand, von links nach rechts aufgestellt: "
                "Anna Quell, Tim Rohde und Eva Sommer mit den ersten Sensoren.")
    assert kind_of(make_doc([caption, P("Feldhausen - Von Tim Rohde. " + PLAIN)])) == "news"


def test_a_bullet_list_or_a_later_bullet_is_no_dateline():
    assert not k.paper_dateline(ctx("• Feuchte und Temperatur werden erfasst.", PLAIN))
    assert not k.paper_dateline(ctx(PLAIN, PLAIN, PLAIN, "FELDHAUSEN ▪ " + PLAIN))
    assert not k.paper_dateline(ctx("Feldhausen - Das neue Messfeld ist eröffnet. " + PLAIN))


# --- day_after ---------------------------------------------------------------------------------

def test_yesterday_makes_news():
    assert kind_of(make_doc([P(PLAIN + " Gestern wurde es eröffnet.")])) == "news"
    assert kind_of(make_doc([P("The institute opened its new field yesterday on the edge of town. It covers two "
                               "hectares and will record moisture for years.")])) == "news"


def test_yesterday_inside_a_quotation_is_no_day_after():
    assert not k.day_after(ctx(PLAIN + " „Gestern haben wir die ersten Sensoren gesetzt“, so das Team."))
    assert kind_of(make_doc([P(PLAIN + " Heute wurde es eröffnet.")])) == "press_release"


# --- age_beside_name: called by the age ----------------------------------------------------------

def test_a_person_called_by_age_is_the_press_s_way():
    assert k.age_beside_name(ctx("Tim Rohde betreut das Feld. Der 42-Jährige misst jeden Morgen."))
    assert k.age_beside_name(ctx("Ann Quill runs the field, and the 42-year-old measures every morning."))
    assert not k.age_beside_name(ctx("Das Institut feiert sein 42-jähriges Bestehen mit einem Messfeld."))
