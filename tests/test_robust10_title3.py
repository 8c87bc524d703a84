"""Layout robustness: a text hard-wrapped at a fixed width is split into paragraphs where a line ended by choice
(the next word would have fitted), so a headline over its lead stays a line of its own."""

import textwrap

from briefing.structure import greedy_width, split_runs

_HEADLINE = "Neue Messstation am Nordhang liefert erste Daten zum Hangrutsch"
_LEAD = ("Seit dem Frühjahr misst eine kleine Station am Nordhang über dem Dorf, wie schnell sich der Boden bewegt, "
         "und die ersten Werte überraschen die Fachleute vom geologischen Dienst des Landes. Der Hang rutscht im "
         "Mittel um wenige Millimeter in der Woche, nach starkem Regen aber deutlich schneller, und die Gemeinde "
         "prüft deshalb, ob die Straße am Hangfuß im Herbst gesperrt werden muss, solange die Messungen laufen.")
_SECOND = ("Die Station besteht aus einem Neigungsmesser, einem Regenmesser und einer kleinen Funkantenne, die die "
           "Werte jede Stunde an das Rechenzentrum in der Kreisstadt schickt, wo sie ausgewertet und mit den Daten "
           "der Satelliten verglichen werden, die den Hang aus der Umlaufbahn beobachten.")


def _wrapped(width: int) -> list[str]:
    lines = [_HEADLINE]
    for paragraph in (_LEAD, _SECOND):
        lines += textwrap.wrap(paragraph, width)
    return lines


def test_width_of_a_text_wrapped_at_a_fixed_width():
    assert greedy_width(_wrapped(72)) in range(66, 73)


def test_headline_over_a_wrapped_lead_stays_apart():
    runs = split_runs(_wrapped(72))
    assert runs[0] == [_HEADLINE]
    assert " ".join(runs[1]) == _LEAD  # the lead's lines are one paragraph, up to its end
    assert " ".join(runs[2]) == _SECOND


def test_headline_wrapped_over_two_lines_is_read_as_one():
    headline = "Neue Messstation am Nordhang liefert erste Daten zum Hangrutsch über dem kleinen Dorf am Fluss"
    lines = textwrap.wrap(headline, 72) + textwrap.wrap(_LEAD, 72)
    runs = split_runs(lines)
    assert " ".join(runs[0]).startswith(headline)


def test_lines_saved_one_paragraph_each_are_not_taken_for_a_wrapped_text():
    # lines of any length that end where a sentence goes on: no width agrees with them
    lines = ["Kurzer Titel über einer Meldung aus der", "stadt und dem ganzen umland, das heute wieder",
             "neue Zahlen bekommt, die die", "verwaltung am morgen vorgelegt hat und die der",
             "rat am abend beraten will, bevor die", "bürger im nächsten monat dazu gehört werden"]
    assert greedy_width(lines) is None


def test_proportional_lines_are_not_taken_for_a_fixed_width():
    # a PDF's justified lines: a line ending inside a sentence over a capitalised word that would have fitted
    lines = ["Die Forscher wollen das im Labor geglückte", "Verfahren an weiteren Zellen prüfen und",
             "dabei auch die Kosten senken, die bislang", "sehr hoch sind und viele Labore", "Verfahren",
             "abschrecken, solange das Geld knapp", "bleibt und die Förderung nur", "Projekte unterstützt",
             "die schon laufen und", "Ergebnisse zeigen"]
    assert greedy_width(lines) is None
