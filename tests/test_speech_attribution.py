"""Speech attribution: quoted experts the speech grammar used to miss (German and English), on invented text."""
from briefing.extract.people_lexicon import INTERVIEW_LINE
from briefing.extract.people_speech import _Tracker, attribute_block, find_mentions
from briefing.model import Block, Mention


def _people(*names):
    return [Mention(name=n, labels=[n.split()[-1]]) for n in names]


def speakers(text, *names):
    block = Block(kind="paragraph", text=text, anchor="b-0")
    return {s for q in attribute_block(block, _people(*names), _Tracker()) for s in q.speakers}


# --- 'Interview: X, role' names the person interviewed, not the interviewer -------------------------------------

def test_interview_line_with_a_role_names_the_interviewee():
    m = INTERVIEW_LINE.search("Interview: Anna Beispiel, Coach at Example Club")
    assert m and m.group("b") == "Anna Beispiel, Coach at Example Club" and not m.group("d")


def test_interview_credit_without_a_role_still_names_the_interviewer():
    m = INTERVIEW_LINE.search("Interview: Tim Muster")
    assert m and m.group("d") == "Tim Muster" and not m.group("b")


# --- verbs and phrases of speech -------------------------------------------------------------------------------

def test_a_complaint_with_its_content_is_speech():
    assert speakers("Anna Muster, Vorsitzende der Jury beklagt, dass es weniger Spiele geworden seien.",
                    "Anna Muster") == {"Anna Muster"}


def test_lamenting_an_injury_is_no_speech():
    assert speakers("Der Verein beklagt mit Tim Muster den zehnten Verletzten der Saison.", "Tim Muster") == set()


def test_a_concessive_clause_has_its_own_speaker():
    text = ("Die Jury habe 400 Spiele gesichtet, erzählt Tom Beispiel, auch wenn Anna Muster, Vorsitzende der "
            "Jury beklagt, dass es weniger geworden seien.")
    assert speakers(text, "Tom Beispiel", "Anna Muster") == {"Tom Beispiel", "Anna Muster"}


def test_a_promise_after_an_adverb_is_speech():
    text = "Klinikchef Prof. Anna Muster übrigens versprach den Besuchern eine Fortsetzung im nächsten Jahr."
    assert speakers(text, "Anna Muster") == {"Anna Muster"}


def test_what_a_person_says_in_an_address_or_report():
    assert speakers("In his address, Mayor Muster shared that he hoped the festival could inspire young people.",
                    "Tom Muster") == {"Tom Muster"}
    assert speakers("Schießleiter Max Muster ging in seinem Bericht auf die Rundenwettkämpfe ein.",
                    "Max Muster") == {"Max Muster"}


def test_walking_into_the_woods_is_no_report():
    assert speakers("Schießleiter Max Muster ging in den Wald und sammelte Pilze.", "Max Muster") == set()


def test_the_name_before_a_speech_phrase_is_its_subject():
    text = ("Anna Muster verwies auf eine Reichweite von 66 Prozent und zitierte den Präsidenten, Tom Beispiel, "
            "mit den Worten: „Zeitungen sind wichtig.“")
    assert speakers(text, "Anna Muster", "Tom Beispiel") == {"Anna Muster"}


def test_an_adverb_after_the_apposition():
    text = ("Member Anna Muster, in an interview with Tom Beispiel of the Example Post, also emphasized the "
            "importance of a skilled interpreter.")
    assert speakers(text, "Anna Muster", "Tom Beispiel") == {"Anna Muster"}


def test_a_conjunction_after_the_apposition_starts_another_subject():
    text = "Anna Muster, die Leiterin, und Tom Beispiel sagte nichts dazu."
    assert "Anna Muster" not in speakers(text, "Anna Muster", "Tom Beispiel")


def test_the_person_assured_or_praised_is_not_the_speaker():
    text = ("Interpreter Anna Muster, a long-time interpreter at the talks, assured Tom Beispiel that the dialect "
            "will not be a problem.")
    assert speakers(text, "Anna Muster", "Tom Beispiel") == {"Anna Muster"}
    assert speakers("Chancellor Anna Muster, a surgeon, praised Tom Beispiel for his plan.",
                    "Anna Muster", "Tom Beispiel") == {"Anna Muster"}


def test_a_name_after_said_is_still_the_speaker():
    assert speakers("“We had a good season,” said Tom Beispiel.", "Tom Beispiel") == {"Tom Beispiel"}


def test_a_person_who_reported_spoke():
    text = "Anna Muster, flight coordinator for the festival, reported pilots had prepared for a windy landing."
    assert speakers(text, "Anna Muster") == {"Anna Muster"}


def test_a_paper_that_reported_is_no_person_speaking():
    assert speakers("The Example Daily Mirror reported Thursday that Anna Muster left the board.",
                    "Anna Muster") == set()


# --- scraped text ------------------------------------------------------------------------------------------------

def test_a_name_glued_to_the_word_before_is_found():
    hits = find_mentions("Zum Schluss sagteMuster, es gehe weiter.", _people("Anna Muster"))
    assert [h[2] for h in hits] == ["Anna Muster"]


def test_a_name_inside_a_word_is_not_glued():
    assert find_mentions("Die McMuster-Filiale schloss.", _people("Anna Muster")) == []
    assert find_mentions("Das Mustermann-Haus schloss.", _people("Anna Muster")) == []


def test_a_profile_quotation_after_a_short_lead():
    block = Block(kind="paragraph", anchor="b-0",
                  text="Anna Muster ist seit 2013 Leiterin der Anstalt. Verheiratet, keine Kinder: „Wir haben "
                       "440 Gefangene und bilden auch aus.“")
    quotes = attribute_block(block, _people("Anna Muster"), _Tracker())
    assert [q.speakers for q in quotes] == [["Anna Muster"]]


def test_a_long_lead_before_the_colon_is_no_profile_line():
    block = Block(kind="paragraph", anchor="b-0",
                  text="Anna Muster ist seit 2013 Leiterin der Anstalt. Auf dem Schild am Eingang der Anstalt steht "
                       "seit Jahren: „Wir haben 440 Gefangene und bilden auch aus.“")
    assert attribute_block(block, _people("Anna Muster"), _Tracker()) == []
