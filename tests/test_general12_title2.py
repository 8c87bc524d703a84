"""Title trims, a small-letter interviewer label and a stop after a cut link (general rules, invented text)."""

from briefing.clean import join_space_before_stop
from briefing.extract.metadata.title import episode_after_show, full_title_of_cut, kicker_before_sentence
from briefing.structure import blocks_from_lines


def test_german_kicker_without_verb_before_the_headline_sentence_is_cut():
    assert kicker_before_sentence("Neue Tarife Stadtwerke wollen ihre Preise senken") == "Stadtwerke wollen ihre Preise senken"
    assert kicker_before_sentence("Rekord beim Sommerfest Chor feiert seinen Jubiläumstag") \
        == "Chor feiert seinen Jubiläumstag"


def test_no_kicker_cut_in_a_plain_sentence_an_organisation_or_before_a_name():
    assert kicker_before_sentence("Stadtwerke wollen ihre Preise senken") is None
    assert kicker_before_sentence("Deutsche Krebs Gesellschaft lädt zur Jahrestagung") is None
    assert kicker_before_sentence("Bürgermeister Hansen will neue Schule bauen") is None


def test_episode_title_after_a_show_named_again_on_the_page():
    text = ("Garden Talk with Mia Roe - Episode 7: Why bees need clover fields\nEpisode Date: May 1, 2020\n"
            "Welcome to another episode of Garden Talk. Support Garden Talk on our website.\n")
    assert episode_after_show("Garden Talk with Mia Roe - Episode 7: Why bees need clover fields", text) \
        == "Episode 7: Why bees need clover fields"


def test_topic_before_a_dash_is_no_show():
    text = "Trinkwasser - unser wichtigstes Gut\nTrinkwasser ist knapp. Trinkwasser kostet Geld.\n"
    assert episode_after_show("Trinkwasser - unser wichtigstes Gut", text) is None


def test_cut_title_completed_from_a_joined_or_wrapped_copy():
    lines = ["Bericht über die Lage der Vereine ... - Portal", "", "12 Seiten 300 Ansichten Bericht über die Lage der "
             "Vereine und Verbän-", "de im Land"]
    assert full_title_of_cut("Bericht über die Lage der Vereine ... - Portal", lines) \
        == "Bericht über die Lage der Vereine und Verbände im Land"
    assert full_title_of_cut("Bericht über die Lage der Vereine ... - Portal", lines[:1]) is None


def test_small_letter_outlet_labels_every_question():
    lines = ["beispielblog: Wie sind Sie zu dem Beruf gekommen?", "", "Krause: Über ein Praktikum in der Schulzeit.", "",
             "beispielblog: Was gefällt Ihnen daran?", "", "Krause: Die Arbeit mit den Menschen jeden Tag."]
    blocks = blocks_from_lines(lines)
    questions = [b for b in blocks if b.kind == "question"]
    assert [b.label for b in questions] == ["beispielblog", "beispielblog"]
    assert questions[0].text.startswith("Wie sind")


def test_one_small_letter_label_is_no_interviewer():
    blocks = blocks_from_lines(["hinweis: Ist das so?", "", "Die Antwort folgt im Text."])
    assert all(b.kind != "question" for b in blocks)


def test_space_before_stop_after_a_cut_link_is_joined():
    assert join_space_before_stop(["in 40 Städten . Mehr zählt Beispiel.de , sagt sie"], []) \
        == ["in 40 Städten. Mehr zählt Beispiel.de, sagt sie"]
    assert join_space_before_stop(["Vorwort . . . . 4", "Das zeigt . . . hier", "1 , 5 Prozent", "z. B. so"], []) \
        == ["Vorwort . . . . 4", "Das zeigt . . . hier", "1 , 5 Prozent", "z. B. so"]


def test_no_kicker_cut_after_a_counted_measure():
    assert kicker_before_sentence("Hundert Jahre Gartenfreunde feiern ihr Fest am See") is None
