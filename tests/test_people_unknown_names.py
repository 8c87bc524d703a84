"""People found by what the text says of them, not by the first-name gazetteer.

Every first name here is one gender-guesser does not know ('Durga', 'Chidi', 'Ngozi', 'Wiremu', ...); the texts
are invented. Each positive case has negative twins: organisations, places, relatives and common nouns in the same
positions must not become people.
"""

from __future__ import annotations

import pytest

from briefing.extract.people_lexicon import is_person_noun
from briefing.extract.people_names import find_candidates, is_first_name


def names(text: str) -> list[str]:
    return [c.name for c in find_candidates(text)]


def test_the_first_names_are_unknown_to_the_gazetteer():
    for first in ("Durga", "Chidi", "Ngozi", "Wiremu", "Thandiwe", "Folake", "Kwabena", "Olusegun", "Amaru"):
        assert not is_first_name(first)


@pytest.mark.parametrize("text, name", [
    # German: a role phrase with an article and a comma before the name
    ("Der Chef von Beispielwerk Digital, Wiremu Quandtke, nannte den Hype übertrieben.", "Wiremu Quandtke"),
    ("Glückwünsche kamen vom neuen Ministerpräsidenten, Thandiwe Wellbrock.", "Thandiwe Wellbrock"),
    ("Das sagte die Dortmunder Professorin für Pädagogik, Ngozi Feldhaus, am Montag.", "Ngozi Feldhaus"),
    ("Die Zeitung sprach mit dem stellvertretenden Leiter des Instituts für Ostseefischerei, Chidi Krummhörn, "
     "über den Dorsch.", "Chidi Krummhörn"),
    # German: a role for a field without a comma, a person noun right before the name
    ("Der Minister für Wissenschaft und Kultur Thandiwe Strathaus hat den Neubau bewilligt.", "Thandiwe Strathaus"),
    ("Die Wirtschaftsweise Chidi Schnitzler hält das Rennen für offen.", "Chidi Schnitzler"),
    ("Winzer und Weinbautechniker Durga Gaißer (28) führt das Weingut.", "Durga Gaißer"),
    # German: speech verbs with a description; surnames the tagger takes for adjectives
    ("„Wir kommen zu spät“, sagt VCD-Landeschef Folake Lieb.", "Folake Lieb"),
    ("Es fehle an Nachwuchs, so Amaru Lang (Beispielstadt).", "Amaru Lang"),
    ("„Das ist ein Erfolg“, sagte der Vorstandsvorsitzende Folake Wittstock in Beispielhausen.", "Folake Wittstock"),
    ("Bei Ruhe sieht Folake Gerlitz als Forscher am Beispiel-Institut gute Chancen.", "Folake Gerlitz"),
    # German: a predicate or the next sentence's pronoun names the role; an age and a verb after the name
    ("Olusegun Kaiser ist an der Fakultät 7 der Universität Beispielstadt Juniorprofessorin für Ernährung.",
     "Olusegun Kaiser"),
    ("Wie lernt man richtig? Kalinda Faust-Bühnert kennt Antworten. Sie ist Professorin für Psychologie.",
     "Kalinda Faust-Bühnert"),
    ("Kalinda Gruber, 27, promoviert in Geschichte an der Universität Beispielstadt.", "Kalinda Gruber"),
    ("„Wir setzen auf Tempo“, sagt Wiremu von Wagner, Pressesprecher der Beispiel Telekom.", "Wiremu von Wagner"),
    ("Im Gespräch mit Ngozi Messerschmidt geht es um Promotionen.", "Ngozi Messerschmidt"),
    ("Mein Name ist Wiremu Wernicke, ich bin 59 Jahre alt.", "Wiremu Wernicke"),
    # three-part names whose middle part the gazetteer knows
    ("In Abusir hat Doktor Thandiwe Ismail Halim vom Lehrstuhl für Ägyptologie acht Kammern gefunden.",
     "Thandiwe Ismail Halim"),
    # English
    ("“We value the partners here,” says Dagrun Vegard Nyseth, managing director of Example Robotics.",
     "Dagrun Vegard Nyseth"),
    ("Wiremu van de Lindholm, associate civil engineering professor, can talk about bridges.", "Wiremu van de Lindholm"),
    ("The fair was a success, said longtime dealer Kwabena Garrison, who led the funding campaign.", "Kwabena Garrison"),
    ("The ceremony featured a speech by U.S. Rep. Dagrun Shea-Porterfield and others.", "Dagrun Shea-Porterfield"),
    ("According to a paper by Thandiwe Stameyer, M.D., at Example Medical Center, the era is over.",
     "Thandiwe Stameyer"),
    ("Among the pioneers who will speak are Wiremu Townsend, who won the prize in 1964.", "Wiremu Townsend"),
    ("Joining me is Olusegun Langdon. He's coordinator of cyberinfrastructure in the division.", "Olusegun Langdon"),
    ("“A hugely valuable site,” Kwabena Robertson, leader of the excavation, said.", "Kwabena Robertson"),
])
def test_a_person_is_found_by_the_position_of_the_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, wrong", [
    # organisations and places in the same positions
    ("Der Minister für Wissenschaft und Kultur Thandiwe Strathaus hat den Neubau bewilligt.", "Kultur Thandiwe"),
    ("Guests: Ngozi Beispiel, Director of Medication Use Quality Improvement, Example Society.", "Quality Improvement"),
    ("Die Firma Acme Beispiel hat einen neuen Chef bekommen. Er ist Professor.", "Acme Beispiel"),
    ("Im Landkreis Hamburg Jonas Muster, der Leiter des Amts, sagte das.", "Hamburg Jonas Muster"),
    ("Er kam mit dem Direktor des Beispiel-Instituts, Zentrum Nord, zusammen.", "Zentrum Nord"),
    # relatives named by a kinship word, children by their age
    ("Von links: Chidi Beispiel mit seinem Sohn Nicklas (15), der Oberarzt Dr. Jonas Muster.", "Sohn Nicklas"),
    # headline fragments: a genitive noun before an unknown first name
    ("Zimmerer-Innung feiert: Preis des Jung-Zimmerers Amaru Stein aus Beispielhausen", "Jung-Zimmerers Amaru"),
    # an age apposition of a child, a common noun after a speech verb
    ("Die Kinder Kalinda Beispiel (12) und Folake Muster (9) spielen.", "Kalinda Beispiel"),
    ("„Das Ende naht“, sagte Anfang Januar ein Sprecher.", "Anfang Januar"),
    ("Mehr Informationen gibt es beim Interview mit Beispiel Radio am Montag.", "Beispiel Radio"),
])
def test_no_person_from_organisations_places_relatives_or_fragments(text, wrong):
    assert wrong not in names(text)


def test_person_nouns_that_are_also_surnames_count_only_in_compounds():
    assert is_person_noun("Weinbautechniker") and is_person_noun("Hobbyfischer") and is_person_noun("Lektorin")
    assert is_person_noun("Ministerpräsidenten") and is_person_noun("Wirtschaftsweise")
    assert not is_person_noun("Fischer") and not is_person_noun("Richter")
    assert not is_person_noun("Fischerei") and not is_person_noun("Teams")


@pytest.mark.parametrize("text", [
    "Muster erwähnte während des Gewinnaufrufs von Nordwind, dass Beispiel Copilot+ PCs die Modelle lokal ausführen.",
])
def test_a_pair_right_after_an_article_is_a_noun_phrase_not_a_name(text):
    assert not [n for n in names(text) if n.startswith(("Gewinnaufrufs", "Jahresversammlung"))]


def test_a_name_after_an_article_and_a_role_noun_is_still_found():
    assert "Chidi Muster" in names("Das sagte der Forscher Chidi Muster am Montag in Beispielstadt.")
