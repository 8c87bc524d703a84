"""Kind signals of session 7b: an outlet's page furniture (news), a narrator in the first person singular
and English quotes attributed with 'says' only (article). All texts are invented."""

from __future__ import annotations

import pytest

from briefing.extract import metadata as md
from briefing.extract.metadata import kind as k
from briefing.model import Block, Document, Removed


def make_doc(blocks: list[Block], removed: list[Removed] | None = None, extra_lines: list[str] | None = None) -> Document:
    lines = []
    for b in blocks:
        lines += [b.text, ""]
    lines += extra_lines or []
    return Document(id="t", seed="t.txt", format="txt", raw_text="", lines=lines, blocks=blocks,
                    removed=removed or [])


def P(text: str) -> Block:
    return Block(kind="paragraph", text=text)


def kind_of(doc: Document) -> str:
    """The kind the signals vote for (`detect_kind` leaves texts without a decisive signal to the text model)."""
    from briefing.extract.metadata.kind import kind_scores, signal_kind

    return signal_kind(kind_scores(doc, md.Header()))


def ctx(doc: Document) -> k.KindContext:
    return k.KindContext(doc, md.Header())


def without(signal):
    """FEATURES without one signal, to show the test needs it."""
    return [f for f in k.FEATURES if f[0] is not signal]


PLAIN = ("Die Gemeinde Birkental hat einen neuen Spielplatz am Weiher eröffnet. Auf einem halben Hektar stehen "
         "Schaukeln, ein Kletterturm und eine Wasserrinne. Die Anlage kostete rund 80.000 Euro.")


# --- outlet_chrome -------------------------------------------------------------------------------

@pytest.mark.parametrize("furniture", ["Diesen Artikel teilen", "showPaywall:", "isSubscriber:",
                                       "Nur für Abonnenten", "Subscribe to Valleytown News"])
def test_outlet_chrome_makes_news(furniture, monkeypatch):
    doc = make_doc([P(PLAIN)], extra_lines=[furniture])
    assert k.outlet_chrome(ctx(doc))
    assert kind_of(doc) == "news"
    monkeypatch.setattr(k, "FEATURES", without(k.outlet_chrome))
    assert kind_of(doc) == "press_release"


def test_outlet_chrome_in_removed_lines():
    doc = make_doc([P(PLAIN)], removed=[Removed(reason="nav", text="Diesen Artikel merken")])
    assert k.outlet_chrome(ctx(doc))


@pytest.mark.parametrize("line", ["Seite teilen", "Zum Newsletter anmelden", "Subscribe to our podcast",
                                  "Alle Artikel im Überblick"])
def test_an_organisation_s_page_is_no_outlet(line):
    doc = make_doc([P(PLAIN)], extra_lines=[line])
    assert not k.outlet_chrome(ctx(doc))
    assert kind_of(doc) == "press_release"


# --- narrator ------------------------------------------------------------------------------------

ESSAY = ("Seit zwanzig Jahren gehe ich jeden Morgen am Weiher vorbei. Mein Hund kennt jeden Baum, und ich "
         "frage mich, warum die Gemeinde erst jetzt an die Kinder denkt. " + PLAIN)
BLOG = ("I have walked past the pond every morning for twenty years. My dog knows every tree, and I wonder "
        "why the town only now thinks of its children. The new playground has swings and a climbing tower.")


@pytest.mark.parametrize("text", [ESSAY, BLOG])
def test_narrator_makes_an_article(text, monkeypatch):
    doc = make_doc([P(text)])
    assert k.narrator(ctx(doc))
    assert kind_of(doc) == "article"
    monkeypatch.setattr(k, "FEATURES", without(k.narrator))
    assert kind_of(doc) == "press_release"


def test_i_inside_quotations_is_the_speaker_s():
    text = PLAIN + (" „Ich habe mich sehr gefreut, mein Enkel spielt hier jeden Tag“, sagte eine Anwohnerin. "
                    "Der Bürgermeister erklärte, man plane weitere Anlagen. Die Sprecherin betonte die Mithilfe "
                    "der Vereine.")
    doc = make_doc([P(text)])
    assert not k.narrator(ctx(doc))
    assert kind_of(doc) == "news"


def test_a_single_i_is_no_narrator():
    doc = make_doc([P(PLAIN + " Ich wünsche allen viel Spaß.")])
    assert not k.narrator(ctx(doc))


# --- says_not_said -------------------------------------------------------------------------------

FEATURE = ('Young players bump their heads more often than anyone notices. "The brain is most vulnerable '
           'between ten and eighteen," says Dr. Ann Morrow, a physician in Valleytown. "Coaches need to '
           'know the signs," says Tom Reed, who trains volunteers for the county league. ' +
           "Most injuries happen in practice rather than in games, when nobody keeps an eye on the sidelines. " * 8)


def test_says_only_makes_an_article(monkeypatch):
    doc = make_doc([P(FEATURE)])
    assert k.says_not_said(ctx(doc))
    assert kind_of(doc) == "article"
    monkeypatch.setattr(k, "FEATURES", without(k.says_not_said))
    assert kind_of(doc) != "article"


def test_said_beside_says_is_no_feature():
    doc = make_doc([P(FEATURE + ' "We will add a second field," said the mayor.')])
    assert not k.says_not_said(ctx(doc))
    assert kind_of(doc) != "article"


def test_a_single_says_is_no_feature():
    doc = make_doc([P('"The field is ready," says the mayor. ' + PLAIN)])
    assert not k.says_not_said(ctx(doc))
