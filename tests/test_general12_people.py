"""Expert detection, generalisation round 12: names that end like German nouns, places and saints before a name,
local councillors, transcripts whose labels and line breaks went astray, a lead taken out of the body, statements of
expectation and agreement, the German Konjunktiv I, and imprints that print label and name in turn. All texts,
names and organisations are invented; each rule has a negative twin where it must not fire."""

from briefing.extract.people import extract_people
from briefing.extract.people_lexicon import is_role_word
from briefing.extract.people_names import find_candidates, has_konjunktiv, plausible_surname
from briefing.extract.people_speech import _names_in
from briefing.model import Block
from test_people_session8 import indexed, people
from test_people_titles import doc_of


def names(text):
    return [c.name for c in find_candidates(text)]


def answer(label, text):
    return Block(kind="answer", label=label, text=text)


def question(label, text):
    return Block(kind="question", label=label, text=text)


# --- names ------------------------------------------------------------------------------------------------------

def test_surname_in_nis_after_a_vowel_or_n_is_a_name():
    assert plausible_surname("Dennis") and plausible_surname("Jannis") and plausible_surname("Denis")
    assert names("The chair, Robert Dennis, said it was fine.") == ["Robert Dennis"]
    # the German suffix -nis after a consonant makes a noun
    assert not plausible_surname("Ergebnis") and not plausible_surname("Zeugnis")
    assert not plausible_surname("Verhältnis")


def test_place_or_saint_before_a_pair_is_no_person():
    assert names("Wer in Halberg am Main Oskarsen sagt, meint das Museum.") == []
    assert names("The diocese confirmed that St. Ann Parish in Eastbrook will close.") == []
    assert names("Sankt Peter Ording liegt am Meer.") == []
    # English 'am' and a time before a name do not block it
    assert names("I am Peter Hollis and this is my garden.") == ["Peter Hollis"]
    assert names("Ann Parish, a nurse, said it was fine.") == ["Ann Parish"]


def test_local_councillor_is_an_office_not_a_first_name():
    assert is_role_word("Councillor") and is_role_word("Alderman")
    assert names("County Councillor Robert Dennis, executive member for roads, said: “It works.”") \
        == ["Robert Dennis"]
    found = people(Block(kind="paragraph", text="County Councillor Robert Dennis, executive member for roads, said: "
                                                "“This is excellent news for everybody who drives here.”"),
                   kind="press_release")
    assert found["Robert Dennis"].category == "quoted"


# --- transcripts ------------------------------------------------------------------------------------------------

def test_surname_label_that_could_be_a_first_name_is_the_named_person():
    blocks = [Block(kind="paragraph", text="Schülerinnen haben Christian Marko, den Bürgermeister ihres Ortes, "
                                           "interviewt."),
              answer("Marko", "Ja, weil es ein sehr spannender und abwechslungsreicher Beruf ist."),
              question("Zeitung", "Haben Sie genug Freizeit?"),
              answer("Marko", "Ich habe nicht mehr so viel Freizeit wie früher, leider."),
              question("Zeitung", "Gehen Sie gern essen?"),
              answer("Marko", "Marko: Ja.")]
    found = people(*blocks, kind="interview")
    assert "Marko" not in found
    assert "Christian Marko" in indexed(found)


def test_first_name_label_without_a_bearer_stays_a_first_name():
    blocks = [Block(kind="paragraph", text="Wir haben Christian Marko, den Bürgermeister, und Azubis gefragt."),
              answer("Jonas", "Ich habe mich nach der Schule hier beworben und es nie bereut."),
              question("Zeitung", "Und dann?"),
              answer("Jonas", "Dann kam die Prüfung, und die war schwerer als gedacht.")]
    found = people(*blocks, kind="interview")
    assert "Jonas" in found and "Christian Marko" not in indexed(found)


def test_surname_label_addressed_with_herr_is_a_person():
    blocks = [Block(kind="paragraph", text="Wir haben uns von Azubis und Herrn Quelling, Lehrlingswart der "
                                           "Beispiel-Innung, über den Beruf informieren lassen."),
              question("Zeitung", "Was sollten Bewerber mitbringen?"),
              answer("Quelling", "Mindestens einen guten Schulabschluss und körperliche Fitness für die Arbeit."),
              question("Zeitung", "Und die Kleidung?"),
              answer("Quelling", "Ein gepflegtes Aussehen ist wichtig, wir gehen ja immer zum Kunden.")]
    assert "Quelling" in indexed(people(*blocks, kind="interview"))


def test_surname_label_nobody_addresses_is_no_person():
    blocks = [Block(kind="paragraph", text="Wir haben Azubis über den Beruf informieren lassen."),
              question("Zeitung", "Was sollten Bewerber mitbringen?"),
              answer("Quelling", "Mindestens einen guten Schulabschluss und körperliche Fitness für die Arbeit."),
              question("Zeitung", "Und die Kleidung?"),
              answer("Quelling", "Ein gepflegtes Aussehen ist wichtig, wir gehen ja immer zum Kunden.")]
    assert "Quelling" not in people(*blocks, kind="interview")


def test_interview_partner_run_into_the_byline_is_the_first_name_only():
    assert _names_in("Mara Quist Jonah Pelling Features Editor") == ["Mara Quist"]
    assert _names_in("Mara Quist and Jonah Pelling about housing") == ["Mara Quist", "Jonah Pelling"]
    assert _names_in("dem Forscher Jonah Pelling über Bienen") == ["Jonah Pelling"]


def test_answers_of_two_speakers_run_into_one_paragraph():
    text = ("Frau Ostrow, Herr Keppler, wie kamen Sie zur Bank? Hanna Ostrow: Als Kind habe ich gerne gezählt, das "
            "Geld in der Spardose vor allem. Das war das Größte. Till Keppler: Ich stamme aus Beispielstadt, meine "
            "Mutter legte ein Sparbuch für mich an, da war ich vier.")
    found = people(Block(kind="paragraph", text="Hanna Ostrow und Till Keppler blicken zurück."),
                   Block(kind="paragraph", text=text), kind="interview")
    assert {"Hanna Ostrow", "Till Keppler"} <= indexed(found)


def test_a_name_with_a_colon_inside_an_answer_that_is_no_label_stays_in_the_answer():
    text = ("Frau Ostrow, wie kamen Sie zur Bank? Hanna Ostrow: Als Kind habe ich gerne gezählt. Mein Vorbild war "
            "damals Till Keppler: ein ruhiger Mann.")
    found = people(Block(kind="paragraph", text="Hanna Ostrow blickt zurück, auch auf Till Keppler."),
                   Block(kind="paragraph", text=text), kind="interview")
    assert "Hanna Ostrow" in indexed(found) and "Till Keppler" not in indexed(found)


# --- a lead taken out of the body -------------------------------------------------------------------------------

def test_surname_speaker_named_in_full_only_outside_the_body():
    doc = doc_of("Die Zeit ist reif für neue Regeln. „Nur so steigt das Sicherheitsniveau“, so Marbeck.",
                 kind="press_release")
    doc.raw_text = "Ein Pressegespräch nahm Präsident Gregor Marbeck zum Anlass.\n" + doc.raw_text
    assert "Gregor Marbeck" in indexed({m.name: m for m in extract_people(doc).people})


def test_surname_speaker_not_printed_in_full_stays_unnamed():
    doc = doc_of("Die Zeit ist reif für neue Regeln. „Nur so steigt das Sicherheitsniveau“, so Marbeck.",
                 kind="press_release")
    assert not any("Marbeck" in m.name and " " in m.name for m in extract_people(doc).people)


# --- statements -------------------------------------------------------------------------------------------------

def test_expectation_agreement_and_appeal_are_statements():
    found = people(Block(kind="paragraph", text="Mehr als 500 Räume gibt es. Ole Brandner, Betreiber einer "
                                                "Beispiel-Website, rechnet damit, dass es bald doppelt so viele sind."))
    assert "Ole Brandner" in indexed(found)
    found = people(Block(kind="paragraph", text="Tessa Lindqvist, founder of the Example Pet Foundation, agreed in "
                                                "a recent post that inflation is filling the shelters."))
    assert "Tessa Lindqvist" in indexed(found)
    found = people(Block(kind="paragraph", text="Bürgermeister Ole Brandner hat die Bürger aufgerufen, sich an der "
                                                "Zählung zu beteiligen."), kind="press_release")
    assert "Ole Brandner" in indexed(found)


def test_agreeing_to_do_something_is_no_statement():
    found = people(Block(kind="paragraph", text="Tessa Lindqvist, founder of the Example Pet Foundation, agreed to "
                                                "pay for the new kennels."))
    assert "Tessa Lindqvist" not in indexed(found)
    found = people(Block(kind="paragraph", text="Ole Brandner rechnet die Kosten nach."))
    assert "Ole Brandner" not in indexed(found)


def test_konjunktiv_i_of_any_verb_marks_reported_speech():
    assert has_konjunktiv("Bei Schülern kombiniere sich der Stress mit der Prüfung.")
    assert has_konjunktiv("Das Angebot wechsele mit der Saison.")
    assert not has_konjunktiv("Bei Schülern kombiniert sich der Stress mit der Prüfung.")
    assert not has_konjunktiv("Europe can still play a leading role in the race.")
    text = ("Ole Brandner, Fahrlehrer und Inhaber einer Fahrschule, sieht viele Gründe. Bei Schülern kombiniere sich "
            "der Lernstress mit den Prüfungen der Schule: „Früher lag das nicht so dicht zusammen.“")
    assert "Ole Brandner" in indexed(people(Block(kind="paragraph", text=text), kind="press_release"))


def test_indicative_after_a_person_reports_nothing():
    text = ("Ole Brandner, Fahrlehrer und Inhaber einer Fahrschule, hat viel zu tun. Bei Schülern kombiniert sich "
            "der Lernstress mit den Prüfungen der Schule: „Früher lag das nicht so dicht zusammen.“")
    assert "Ole Brandner" not in indexed(people(Block(kind="paragraph", text=text), kind="press_release"))


# --- imprints ---------------------------------------------------------------------------------------------------

def test_imprint_printing_label_and_name_in_turn_presents_nobody():
    blocks = ["■ Chefredakteurin", "Marta Kulessa", "■ Chief Editor", "Frank Odeland", "■ Anzeigen", "Agi Pellwitz"]
    found = people(*[Block(kind="paragraph", text=t) for t in blocks], kind="slides")
    assert not indexed(found)


def test_name_line_over_its_role_paragraph_is_still_a_profile():
    blocks = [Block(kind="paragraph", text="Ansprechpartnerin:"), Block(kind="paragraph", text="Marta Kulessa"),
              Block(kind="paragraph", text="Leiterin des Instituts für Beispielforschung. Professorin für Bodenkunde.")]
    assert "Marta Kulessa" in indexed(people(*blocks, kind="press_release"))


def test_a_list_printing_the_name_first_keeps_each_label_with_the_name_above():
    """'Name' / 'Leiterin des Instituts …' / 'Name' / 'Pressesprecher': no imprint order, the label below is the role."""
    from briefing.extract.people import _label_of_next_name
    from briefing.model import Document

    blocks = ["Marta Kulessa", "Leiterin des Instituts für Beispielforschung", "Frank Odeland", "Pressesprecher"]
    doc = Document(id="x", seed="x.txt", format="txt", blocks=[Block(kind="paragraph", text=t) for t in blocks])
    assert not _label_of_next_name(doc, 1)
    imprint = ["Chefredakteurin", "Marta Kulessa", "Chief Editor", "Frank Odeland"]
    doc = Document(id="x", seed="x.txt", format="txt", blocks=[Block(kind="paragraph", text=t) for t in imprint])
    assert _label_of_next_name(doc, 2)
