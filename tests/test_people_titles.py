"""Experts found by what the text says of them, whether or not a title stands before the name and whatever the
gazetteer knows of the first name: a title given only to the surname, a contact section, a research organisation
as the apposition, a profile paragraph, a team, a group the person belongs to, an interview's labels. All texts are
invented; the negative cases (press offices, relatives, patients, places, organisations) stay out."""

from briefing.extract.people import decide_category, Evidence, extract_people
from briefing.extract.people_names import find_candidates
from briefing.model import Block, Document, SourceMeta


def doc_of(*blocks, **meta):
    doc = Document(id="x", seed="x.txt", format="txt", meta=SourceMeta(**meta))
    doc.blocks = [b if isinstance(b, Block) else Block(kind="paragraph", text=b) for b in blocks]
    for i, block in enumerate(doc.blocks):
        block.anchor = f"b-{i}"
    doc.raw_text = "\n".join(b.text or "" for b in doc.blocks)
    return doc


def people(doc):
    return {m.name: m for m in extract_people(doc).people}


def categories(doc):
    return {name: m.category for name, m in people(doc).items()}


def names(text):
    return [c.name for c in find_candidates(text)]


# --- a title given only to the surname ----------------------------------------------------------

def test_title_of_a_surname_mention_is_the_persons():
    found = people(doc_of(
        "Beispielstadt. Jonas Kettler (61) übernimmt vorübergehend die Leitung der Firma Beispiel GmbH.",
        "„Ich freue mich auf die Aufgabe“, sagte Jonas Kettler. Dr. Kettler war bis 2015 Chef des Unternehmens.",
        kind="press_release"))
    assert found["Jonas Kettler"].title == "Dr."
    assert found["Jonas Kettler"].category in ("expert", "quoted")


def test_professor_before_the_surname_in_english():
    found = people(doc_of(
        "Sam Talbot speaks with Grace Whitmore of the Example Institute, University of Eastford. In this talk, "
        "Professor Whitmore's work on medieval drama is discussed.", kind="interview"))
    assert found["Grace Whitmore"].title == "Professor"


def test_a_resident_quoted_with_an_age_stays_a_witness():
    found = categories(doc_of(
        "„Das Wasser stand bis zum Keller“, sagte Gisela Brandt (67), die seit 40 Jahren am Fluss wohnt.",
        kind="news"))
    assert found.get("Gisela Brandt") != "expert"


# --- contact and press sections -----------------------------------------------------------------

def test_contacts_under_a_lead_at_a_research_institute_without_title():
    found = categories(doc_of(
        "„Die Daten sind eindeutig“, sagt Hanne Olbrich, Direktorin des Beispiel-Instituts für Klimaforschung.",
        "Ansprechpartner am Beispiel-Institut:",
        "Ruben Falkner, E-Mail: falkner@beispiel-institut.de, Tel. 0331-123-456",
        "Pressestelle:",
        "Mara Jessen, E-Mail: presse@beispiel-institut.de, Tel. 0331-123-400",
        kind="press_release"))
    assert found["Ruben Falkner"] == "expert"
    assert found.get("Mara Jessen") not in ("expert", "quoted")


def test_press_mailbox_marks_a_press_contact():
    found = categories(doc_of(
        "Die Expertinnen:",
        "Lena Hausmann, Universität Beispielstadt, E-Mail: hausmann@uni-beispiel.de",
        "Tom Wirth, Universität Beispielstadt, E-Mail: presse@uni-beispiel.de",
        kind="press_release"))
    assert found["Lena Hausmann"] == "expert"
    assert found.get("Tom Wirth") not in ("expert", "quoted")


def test_contact_described_in_the_text_by_research_organisation():
    found = categories(doc_of(
        "Jan Reuter vom Seminar für Sprachwissenschaft der Universität Beispielstadt erhält eine Förderung.",
        "Kontakt",
        Block(kind="list", items=["Jan Reuter", "Universität Beispielstadt", "Seminar für Sprachwissenschaft"]),
        kind="press_release"))
    assert found["Jan Reuter"] == "expert"


def test_contact_named_only_as_a_town_official_stays_contact():
    found = categories(doc_of(
        "Die Stadt Beispielstadt eröffnet ein neues Bad. Jan Reuter leitet das Bürgerbüro.",
        "Kontakt",
        Block(kind="list", items=["Jan Reuter", "Stadt Beispielstadt"]),
        kind="press_release"))
    assert found.get("Jan Reuter") not in ("expert", "quoted")


# --- the apposition, the profile, the team, the group ------------------------------------------

def test_research_organisation_as_apposition_in_a_report():
    found = categories(doc_of(
        "Zusammen mit Petra Lindner, Beispiel-Institut für Materialforschung, und Ole Brandt, TU Beispielstadt, "
        "präsentierte der Verband die nächsten Veranstaltungen.", kind="news"))
    assert found["Petra Lindner"] == "expert" and found["Ole Brandt"] == "expert"


def test_company_apposition_in_a_report_is_not_expertise():
    found = categories(doc_of(
        "Zusammen mit Petra Lindner, Beispiel Logistik GmbH, präsentierte der Verband die Messe.", kind="news"))
    assert found.get("Petra Lindner") != "expert"


def test_profile_paragraph_opening_with_the_bare_name():
    found = categories(doc_of(
        "Sprechstunde am Telefon",
        "Privatdozent (PD) Lukas Engel ist seit 2007 Chefarzt der Klinik für Kardiologie.", kind="news"))
    assert found["Lukas Engel"] == "expert"


def test_programme_heading_with_the_speaker_and_a_role_with_an_adjective():
    found = categories(doc_of(
        Block(kind="heading", text="Was hilft bei trockenen Augen? Maren Vogt"),
        "Stellvertretende Klinikdirektorin; Leiterin der Sektion Hornhaut, Universitätsklinikum Beispielstadt",
        kind="press_release"))
    assert found["Maren Vogt"] in ("expert", "quoted")


def test_head_in_parenthesis_after_the_clinic():
    found = people(doc_of(
        "Das Zentrum in der Neurologischen Klinik des Universitätsklinikums Beispielstadt (Direktor Bernd Kohl) "
        "ist eines von vier Zentren.", kind="press_release"))
    assert found["Bernd Kohl"].role == "Direktor" and found["Bernd Kohl"].category == "expert"


def test_role_before_the_name_without_title():
    found = people(doc_of(
        "„Wir prüfen fast alles“, beschreibt der Leiter des Versuchsgutes Klaus Brenner die Arbeit.",
        kind="press_release"))
    assert found["Klaus Brenner"].role and found["Klaus Brenner"].role.startswith("Leiter")


def test_member_of_a_group_of_researchers():
    found = categories(doc_of(
        "Damit haben sich Wissenschaftlerinnen und Wissenschaftler von drei Universitäten, darunter auch "
        "Jonas Albers von der Universität Beispielstadt, beschäftigt.",
        "Kontakt",
        Block(kind="list", items=["Jonas Albers", "Universität Beispielstadt"]),
        kind="press_release"))
    assert found["Jonas Albers"] == "expert"


def test_member_of_a_group_of_patients_stays_out():
    found = categories(doc_of(
        "Viele Patientinnen und Patienten, darunter auch Jonas Albers aus Beispielstadt, warten auf Termine.",
        kind="news"))
    assert found.get("Jonas Albers") not in ("expert", "quoted")


def test_subject_of_a_verb_of_research():
    found = categories(doc_of(
        "Die Universität Beispielstadt zeichnet zwei Forschende aus.",
        "Tobias Lenz forscht zur Zwangsstörung und erhält dafür den Preis der Universität Beispielstadt.",
        kind="press_release"))
    assert found["Tobias Lenz"] == "expert"


def test_head_of_the_team_that_invented_it():
    found = categories(doc_of(
        "The enzyme, invented at the Example Institute of Microbial Technology by Girish Tamhane and his team, "
        "dissolves clots.", kind="press_release"))
    assert found["Girish Tamhane"] == "expert"


def test_and_her_team_needs_a_research_context():
    assert not decide_category(Evidence(team_lead=False))[0] == "expert"
    found = categories(doc_of("The cake was baked by Ngozi Hale and her team for the village fair.", kind="news"))
    assert found.get("Ngozi Hale") != "expert"


# --- names the gazetteer does not know ----------------------------------------------------------

def test_middle_initial_makes_an_ambiguous_word_a_first_name():
    assert names("The company announced the addition of Mark A. Bossard, a specialist in drug discovery.") \
        == ["Mark A. Bossard"]
    assert names("Der Preis betrug 5 Mark A. Meier zahlte.") == []


def test_pair_of_unknown_names_both_of_an_organisation():
    assert names("The report quotes Wiremu Hollis and Dagrun Pratt, both of Eastford State University, at length.") \
        == ["Wiremu Hollis", "Dagrun Pratt"]
    assert names("Laut Ngozi Beck und Chidi Muster, beide Professorinnen am Beispiel-Institut, steigt der Pegel.") \
        == ["Ngozi Beck", "Chidi Muster"]


def test_pair_of_unknown_names_both_patients_stays_out():
    assert names("Gestern kamen Ngozi Beck und Chidi Muster, beide Patienten der Klinik, zu Besuch.") == []


def test_pair_of_unknown_names_both_of_a_place_stays_out():
    assert names("Ngozi Beck and Chidi Muster, both of Eastford, came along.") == []


def test_unknown_first_name_with_a_long_predicate():
    assert names("Olusegun Kramer ist an der Fakultät 7 der Universität Beispielstadt am Campus Nord "
                 "Juniorprofessorin für Public Health Nutrition.") == ["Olusegun Kramer"]


def test_unknown_names_listed_with_fields_under_a_group_noun():
    found = categories(doc_of(
        "Drei der vier neuen Professoren am Zentrum (von links): Folake Ströhm (Sportmanagement), "
        "Olusegun Maser (Exercise Physiology) und Kwabena Steinert (Sportökologie)", kind="press_release"))
    assert found["Folake Ströhm"] == "expert" and found["Kwabena Steinert"] == "expert"


def test_interview_with_an_unknown_first_name_in_the_header():
    found = categories(doc_of(
        "Interview mit Olusegun Rehmer (TU Beispielstadt)",
        Block(kind="question", label="UJ", text="Womit beschäftigen Sie sich?"),
        Block(kind="answer", label="Olusegun Rehmer", text="Mit der Kognition der Musik und ihrer Geschichte."),
        kind="interview"))
    assert found["Olusegun Rehmer"] == "expert"


def test_interview_heading_with_a_role_after_the_name_picks_no_adjective():
    found = categories(doc_of(
        "Exclusive Interview with Italian Opera scholar Dr. Philip Gosse",
        Block(kind="question", label="Q", text="How did you start?"),
        Block(kind="answer", label="Philip Gosse", text="With Rossini, a long time ago, in Chicago."),
        kind="interview"))
    assert found.get("Italian Opera") not in ("expert", "quoted") and found["Philip Gosse"] == "expert"


def test_self_introduction_with_an_unknown_first_name():
    found = categories(doc_of(
        "Hallo Herr Prof. Dr. Wendel. Stellen Sie sich bitte kurz vor.",
        "Mein Name ist Wiremu Wendel, ich bin 59 Jahre alt und komme aus Flensburg.",
        "Ich habe in Kiel Medizin studiert und leite heute ein Klinikum.", kind="interview"))
    assert found["Wiremu Wendel"] == "expert"


def test_inline_labels_with_an_unknown_first_name_and_surname_labels():
    found = categories(doc_of(
        "Anfang des Jahres hat Nkechi Schmitz einen Verband gegründet. Wir haben nachgehakt.",
        "Nkechi Schmitz: Der Verband ergänzt die bestehenden Angebote für kleine Firmen.",
        "Warum ein neuer Verband?",
        "Schmitz: Weil kleine Firmen andere Fragen haben als große Konzerne.", kind="interview"))
    assert found["Nkechi Schmitz"] in ("expert", "quoted")


def test_inline_label_with_an_abbreviation_used_later():
    found = categories(doc_of(
        "Founder Kalinda Wen has created a sensation with the new model.",
        "Thandiwe Usko (HU): We knew that the company existed, but nobody expected this.",
        "Have you examined the model?",
        "HU: Everyone who sees the figures first doubts them, and so did we.", kind="interview"))
    assert found["Thandiwe Usko"] in ("expert", "quoted")
    assert found.get("Kalinda Wen") != "expert"


def test_answer_label_with_initials_for_the_later_answers():
    found = categories(doc_of(
        Block(kind="question", label="E Magazine", text="How do you know a reef recovers?"),
        Block(kind="answer", label="Ngozi D. Rotham", text="You need to visit a system over time, for years."),
        Block(kind="question", label="E", text="Why do some reefs fail?"),
        Block(kind="answer", label="R.D.R.", text="It is death by a thousand cuts, one stressor after another."),
        kind="interview"))
    assert found["Ngozi D. Rotham"] == "expert"
