"""Expert detection, generalisation round 11 (second part): how reports attribute statements to office holders and
other sources, in German or English. All texts, names and organisations are invented; each rule has a negative twin
where it must not fire."""

from briefing.extract.people import decide_category, Evidence
from briefing.model import Block
from test_people_session8 import indexed, people


def found(*texts):
    return indexed(people(*(Block(kind="paragraph", text=t) for t in texts)))


# --- a quotation whose comma stands inside its closing mark ------------------------------------------------------

def test_comma_inside_the_closing_mark_then_any_verb_and_the_name_attributes_the_quotation():
    assert "Jens Molter" in found("„Das Jahr war gut für uns alle,“ freute sich Jens Molter, der den Verein leitet.")
    assert "Greta Holm" in found("“The season went well for all of us,” beamed Greta Holm after the final race.")
    # the name is not the subject right after the verb
    assert "Jens Molter" not in found("„Das Jahr war gut für uns alle,“ stand auf dem Plakat neben Jens Molter.")


# --- a sentence that is one quotation, after a sentence about one person ----------------------------------------

def test_quotation_alone_after_a_sentence_with_its_speaker_as_subject():
    assert "Jens Molter" in found("Sehr erfreut zeigte sich der Vorsitzende Jens Molter über die Saison. "
                                  "„Das Jahr war gut für uns alle und für die Jugend.“")
    assert "Greta Holm" in found("Greta Holm, chair of the Example Board, describes the decision. "
                                 "“It gives the sport a clear set of rules.”")


def test_quotation_alone_after_a_sentence_with_the_person_as_object_is_not_theirs():
    assert "Jens Molter" not in found("Der Verein dankte Jens Molter für die Arbeit. "
                                      "„Ohne ihn wäre das alles nicht gegangen.“")


# --- verbs and phrases of reported speech ------------------------------------------------------------------------

def test_separable_and_estimating_verbs_report_speech():
    assert "Jens Molter" in found("Der Gutachter Jens Molter führte in seiner Stellungnahme aus, der Weg sei richtig.")
    assert "Greta Holm" in found("Union President Greta Holm estimates that the trade will need 9,000 workers.")
    assert "Jens Molter" in found("Der Obmann Jens Molter machte deutlich, dass die Regeln gelten.")
    # 'führte … aus' without a comma: carried out, not said
    assert "Jens Molter" not in found("Der Maler Jens Molter führte die Arbeiten im Sommer aus.")


# --- several people as the subject of one statement ---------------------------------------------------------------

def test_people_listed_as_the_subject_of_a_speech_predicate_all_speak():
    got = found("Dr. Jens Molter, Leiter der Beispielwacht Nord, sein Stellvertreter Uwe Karsten und Geschäftsführer "
                "Timo Berghoff haben in der Versammlung über steigende Unfallzahlen berichtet.")
    assert {"Uwe Karsten", "Timo Berghoff"} <= got
    got = found("Jens Molter, Obermeister der Beispiel-Innung, und sein Kollege der Innung Nordtal, Uwe Karsten, "
                "moderierten und machten deutlich, dass man zusammengerückt sei.")
    assert {"Jens Molter", "Uwe Karsten"} <= got


def test_people_listed_before_a_predicate_without_speech_do_not_speak():
    got = found("Die Gäste Jens Molter, Uwe Karsten und Timo Berghoff hörten zu, als der Redner sagte, es sei spät.")
    assert not got & {"Jens Molter", "Uwe Karsten", "Timo Berghoff"}


# --- an office or a profession before the name is no lay witness ---------------------------------------------------

def test_quoted_office_holder_or_professional_without_organisation_is_no_lay_witness():
    assert decide_category(Evidence(quoted=True, role=True, corporate_office=True))[0] == "quoted"
    assert decide_category(Evidence(quoted=True, role=True, profession=True))[0] == "quoted"
    # a resident or farmer quoted without an organisation stays a witness
    assert decide_category(Evidence(quoted=True, role=True))[0] == "mentioned"
    assert "Jutta Molter" not in found("„Es war sehr laut in der Nacht“, sagte Anwohnerin Jutta Molter.")
