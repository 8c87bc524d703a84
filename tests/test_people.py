"""People in one source: detection, labels, roles and affiliations, contact data, categories."""

from briefing.extract.people import extract_people
from briefing.extract.people_names import find_candidates
from briefing.model import Block, Document, SourceMeta


def doc_of(*blocks, **meta):
    doc = Document(id="x", seed="x.txt", format="txt", meta=SourceMeta(**meta))
    doc.blocks = [b if isinstance(b, Block) else Block(kind="paragraph", text=b) for b in blocks]
    for i, block in enumerate(doc.blocks):
        block.anchor = f"b-{i}"
    return doc


def people(doc):
    return {m.name: m for m in extract_people(doc).people}


def test_titles_gazetteer_and_context():
    names = [c.name for c in find_candidates(
        "Prof. Dr. Anna Keller und Dr.-Ing. Paul Brandt sprechen. „Gut“, sagte Durga Okonkwo, Leiterin des Labs.")]
    assert names == ["Anna Keller", "Paul Brandt", "Durga Okonkwo"]


def test_organisations_and_common_nouns_are_not_people():
    names = [c.name for c in find_candidates(
        "Das Max Planck Institute und das Allen Institute for AI. DeepSeek machte Ende Januar Schlagzeilen.")]
    assert names == []


def test_apposition_after_name_gives_role_and_affiliation():
    found = people(doc_of("„Das ist ein großer Schritt“, sagte Maria Lindqvist, Senior Research Scientist "
                          "bei Acme Robotics, einer Firma aus Lund."))
    m = found["Maria Lindqvist"]
    assert (m.role, m.affiliation, m.category) == ("Senior Research Scientist", "Acme Robotics", "expert")


def test_predicate_splits_unit_from_organisation():
    found = people(doc_of("Dr. Karl Weber ist Postdoktorand in der Vision Group des Instituts für Robotik "
                          "an der Universität Kassel. Er forscht zu Drohnen."))
    m = found["Karl Weber"]
    assert m.role == "Postdoktorand"
    assert m.affiliation == "Universität Kassel"
    assert m.unit == "Vision Group, Instituts für Robotik"


def test_role_before_name_and_executive_is_quoted():
    found = people(doc_of("Der CEO von Nordwind Energy, Jakob Hansen, sagte, das Modell sei „sehr beeindruckend "
                          "und wirklich schnell“."))
    m = found["Jakob Hansen"]
    assert (m.role, m.affiliation, m.category) == ("CEO", "Nordwind Energy", "quoted")


def test_joint_label_and_contact_block():
    doc = doc_of(
        "Dr. Lena Vogt (Gruppenleiterin) und Dr. Tom Adler (Postdoktorand) forschen im Data Lab an der TU Ilmenau.",
        Block(kind="question", number=1, text="Was sagen Sie?"),
        Block(kind="answer", label="Vogt und Adler", text="Wir sind überrascht."),
        "Weitere Informationen erteilen Ihnen gern:",
        "Dr. Lena Vogt und Dr. Tom Adler:",
        "Data Lab",
        "TU Ilmenau",
        "E-Mail: lena.vogt@tu-ilmenau.de, tom.adler@tu-ilmenau.de",
        "Tel.: +49 3677 69-1234",
    )
    found = people(doc)
    assert doc.blocks[2].speakers == ["Lena Vogt", "Tom Adler"]
    assert found["Lena Vogt"].email == "lena.vogt@tu-ilmenau.de"
    assert found["Lena Vogt"].phone == "+49 3677 69-1234"
    assert found["Tom Adler"].phone is None
    assert found["Tom Adler"].unit == "Data Lab" and found["Tom Adler"].affiliation == "TU Ilmenau"
    assert {m.category for m in found.values()} == {"expert"}


def test_author_interviewer_and_press_contact_are_not_indexed():
    doc = doc_of(
        Block(kind="question", text="Wie schätzen Sie das ein?"),
        Block(kind="answer", label="Hanna Berg", text="Das ist ein Fortschritt."),
        "Petra Lorenz sprach mit Hanna Berg",
        "Pressekontakt:",
        "Sabine Krüger",
        "E-Mail: presse@example.org",
        authors=["Petra Lorenz"],
    )
    found = people(doc)
    assert found["Hanna Berg"].category == "expert"
    assert found["Petra Lorenz"].category == "interviewer"
    assert found["Sabine Krüger"].category in ("contact", "mentioned")


# --- expert-reaction releases, inline labels, asides (eval set "Expert index") ---------------------------

def test_british_titles_without_full_stop():
    names = [(c.name, c.title) for c in find_candidates(
        "Dr Shaanan Okafor is a lecturer. Prof Aoife Brennan, Professor of Law, said: it works.")]
    assert names == [("Shaanan Okafor", "Dr"), ("Aoife Brennan", "Prof")]


def test_expert_reaction_intro_with_comma_chain():
    doc = doc_of("Dr Ciaran Dunne, Research Fellow, School of Computing, Queen’s University Belfast, said:",
                 "“The model is a direct competitor to the established language models, and cheaper.”")
    m = people(doc)["Ciaran Dunne"]
    assert (m.title, m.role, m.affiliation, m.unit, m.category) == (
        "Dr", "Research Fellow", "Queen’s University Belfast", "School of Computing", "expert")


def test_expert_reaction_is_a_sentence_run_into_the_statement():
    # the intro line ran into the statement: the possessive starts the next phrase
    m = people(doc_of("Dr Shaanan Okafor is a Senior Lecturer in the Faculty of Law at the University of Exeter "
                      "China’s new AI model is the latest move in the competition."))["Shaanan Okafor"]
    assert (m.affiliation, m.category) == ("University of Exeter", "expert")


def test_ambiguous_first_name_needs_context_and_editor_note_is_skipped():
    found = people(doc_of("Here to help is Mark Pendleton [pictured above], a professor at Florida Coastal "
                          "University and one of the top researchers."))
    m = found["Mark Pendleton"]
    assert (m.role, m.affiliation, m.category) == ("Professor", "Florida Coastal University", "expert")
    assert [c.name for c in find_candidates("Die Mark Brandenburg liegt um Berlin. Will Power ist ein Film.")] == []


def test_inline_speaker_label_with_initials():
    doc = doc_of(Block(kind="heading", text="Were you surprised by the new model?"),
                 "Hinrich Oberholz (HO): We knew that the company existed. It was quite a surprise.",
                 "Have you been able to examine the model?",
                 "HO: Everyone who sees the figures first doubts them. And that is what we did.")
    m = people(doc)["Hinrich Oberholz"]
    assert (m.affiliation, m.category) == (None, "expert")
    assert "HO" in m.labels


def test_author_who_answers_own_interview_is_the_expert():
    doc = doc_of(Block(kind="question", label="SN", text="Wie beurteilen Sie das neue Modell?"),
                 Block(kind="answer", label="Tom Kessel", text="Ich habe beide Programme getestet, beide sind gut."),
                 authors=["Tom Kessel"])
    found = people(doc)
    assert found["Tom Kessel"].category == "expert"
    assert "SN" not in found


def test_politician_aside_is_mentioned_but_a_statement_counts():
    doc = doc_of("Informatikprofessor Andreas Kühnel, Sprecher des Zentrums, stellte der Staatsministerin "
                 "Erika Wendler das Zentrum vor.",
                 "Wie es mit Frauen in der Informatik aussehe, wollte Erika Wendler wissen. „Schwierig“, so Kühnel.")
    found = people(doc)
    assert found["Erika Wendler"].category == "mentioned"
    assert found["Andreas Kühnel"].category == "expert"
    aside = people(doc_of("„Sehr schön hier“, sagte Bundesministerin Erika Wendler."))
    assert aside["Erika Wendler"].category == "mentioned"
    statement = people(doc_of("„Europa muss jetzt in eigene Rechenzentren und offene Modelle investieren“, "
                              "sagte Bundesministerin Erika Wendler."))
    assert statement["Erika Wendler"].category == "quoted"
    english = people(doc_of("“Great to be here,” said Senator John Whitfield."))
    assert english["John Whitfield"].category == "mentioned"


def test_person_named_inside_a_quoted_clause_is_not_the_speaker():
    doc = doc_of("Die Initiative - eine von Präsident Rupert Hallmann angekündigte Offensive - dürfe nicht zur "
                 "Schockstarre führen, forderte Verbandsexpertin Susanne Ohlig.")
    found = people(doc)
    assert found["Susanne Ohlig"].category in ("expert", "quoted")
    assert found["Rupert Hallmann"].category == "mentioned"


def test_organisation_is_not_a_person():
    names = [c.name for c in find_candidates(
        "Albrecht Kessler ist Informatik-Professor an der Ludwig-Maximilians-Universität München.")]
    assert names == ["Albrecht Kessler"]


def test_unit_of_a_university_and_startup_descriptor():
    m = people(doc_of("Professor Dr. Michael Wendt vom Seminar für Sprachwissenschaft der Universität Jena erhält "
                      "eine Förderung."))["Michael Wendt"]
    assert (m.unit, m.affiliation) == ("Seminar für Sprachwissenschaft", "Universität Jena")
    m = people(doc_of("Der Chef des deutschen KI-Start-ups Nordlicht Labs, Jonas Pirk, hat gewarnt, "
                      "dass Europa Modelle fehlen."))["Jonas Pirk"]
    assert (m.role, m.affiliation) == ("Chef", "Nordlicht Labs")


def test_anaphoric_organisation_is_no_affiliation():
    m = people(doc_of("Informatikprofessor Andreas Kühnel, Sprecher des Zentrums, stellte es vor."))["Andreas Kühnel"]
    assert (m.role, m.affiliation) == ("Informatikprofessor", None)


def test_defined_abbreviation_and_faculty_of_the_publisher():
    doc = doc_of("Eine Forschungsgruppe an der Heinrich-Heine-Universität Düsseldorf (HHU) startet.",
                 "„KI wird überall eine Rolle spielen“, so Prof. Dr. Klaus Pfeiler, Prorektor für Strategie der HHU.",
                 "Ko-Sprecher Prof. Dr. Martin Maurer, Dekan der Mathematisch-Naturwissenschaftlichen Fakultät, "
                 "ergänzt: „Das ist ein wichtiger Schritt für die ganze Universität.“",
                 publisher="Heinrich-Heine-Universität Düsseldorf")
    found = people(doc)
    assert (found["Klaus Pfeiler"].role, found["Klaus Pfeiler"].affiliation) == (
        "Prorektor für Strategie", "Heinrich-Heine-Universität Düsseldorf")
    m = found["Martin Maurer"]
    assert (m.unit, m.affiliation, m.category) == (
        "Mathematisch-Naturwissenschaftlichen Fakultät", "Heinrich-Heine-Universität Düsseldorf", "expert")


def test_member_of_the_management_is_a_role():
    m = people(doc_of("„Der Markt ist offen, das Rennen beginnt erst“, sagte das Mitglied der "
                      "Verbands-Geschäftsleitung, Susanne Dehring, am Dienstag."))["Susanne Dehring"]
    assert (m.role, m.category) == ("Mitglied", "quoted")


# --- held-out generalisation rules (made-up names) ---

def test_name_particles_and_multi_part_surnames():
    from briefing.extract.people_names import surname

    names = [c.name for c in find_candidates(
        "Das erklärt Henrike Lohse zu Barnstedt im Gespräch. Unterschrieben hat Karim Al Mansouri, "
        "danach sprach Greta van der Linden. Später kam Anna Wolter zu Hause an.")]
    assert names == ["Henrike Lohse zu Barnstedt", "Karim Al Mansouri", "Greta van der Linden", "Anna Wolter"]
    assert surname("Henrike Lohse zu Barnstedt") == "Lohse zu Barnstedt"
    assert surname("Greta van der Linden") == "van der Linden"
    assert surname("Karim Al Mansouri") == "Al Mansouri"


def test_unknown_first_name_after_role_word_with_arabic_surname():
    # the surname is also a first name in the gazetteer: it does not start a new name at the end of the run
    assert [c.name for c in find_candidates("nach Ansicht des Meeresforschers Qorban Karim inzwischen")] \
        == ["Qorban Karim"]


def test_job_titles_are_not_names():
    names = [c.name for c in find_candidates(
        "Acme named Jo Brant its new Chief Executive Officer and hired a Chief Communications Officer.")]
    assert "Executive Officer" not in names and "Communications Officer" not in names


def test_professor_before_name_yields_to_stated_function():
    found = people(doc_of("„Wir sind froh“, sagt Professor Dr. Ulrich Bramsted, Direktor des Seeforschungsinstituts."))
    assert found["Ulrich Bramsted"].role == "Direktor"


def test_genitive_affiliation_back_to_base_form_and_spelled_out():
    from briefing.extract.people_roles import nominative_org

    assert nominative_org("Deutschen Wetterdienstes (DWD)") == "Deutscher Wetterdienst (DWD)"
    assert nominative_org("Bayerischen Landesamts für Umwelt") == "Bayerisches Landesamt für Umwelt"
    assert nominative_org("Helmholtz-Gemeinschaft") == "Helmholtz-Gemeinschaft"
    found = people(doc_of("Forscher des Nordsee-Instituts für Küstenforschung (NIK) warnen.",
                          "„Das Wasser steigt“, sagt Dr. Jonas Rieck, Direktor des Nordsee-Instituts."))
    assert found["Jonas Rieck"].affiliation == "Nordsee-Institut für Küstenforschung (NIK)"


def test_english_role_of_acronym_gives_affiliation():
    found = people(doc_of('"We are glad," said Professor Lena Ostrova, President of QZUA.'))
    assert (found["Lena Ostrova"].role, found["Lena Ostrova"].affiliation) == ("President of QZUA", "QZUA")


def test_dative_apposition_role_base_form_and_interview_partners():
    doc = doc_of("Ein Gespräch mit Konrad Vehlen, dem Vorsitzenden des Deutschen Seglerverbands, und dem Rektor "
                 "der Universität Kleinstadt, Bernhard Osterloh.",
                 Block(kind="heading", text="Herr Osterloh, wie geht es?"),
                 "Osterloh: Gut, danke der Nachfrage, wir arbeiten viel.", kind="interview")
    found = people(doc)
    assert found["Konrad Vehlen"].role == "Vorsitzender"
    assert found["Konrad Vehlen"].affiliation == "Deutscher Seglerverband"
    assert found["Konrad Vehlen"].category in ("expert", "quoted")  # introduced as interviewee, not quoted
    assert (found["Bernhard Osterloh"].role, found["Bernhard Osterloh"].affiliation) == ("Rektor", "Universität Kleinstadt")


def test_interviewee_addressed_only_by_surname_answers_unlabelled():
    from briefing.extract.quotes import extract_quotes

    doc = doc_of("Vielen Dank, das Segeln lehrt Geduld und das hilft auch in der Forschung.",
                 "Was wollen Sie anders machen?",
                 "Wir bauen die Partnerschaften aus und gründen neue Labore.", kind="interview",
                 title="Frau Brodersen, Sie leiten ein Institut. Was lernt man beim Segeln?")
    found = people(doc)
    assert found["Brodersen"].category == "expert"
    quotes = extract_quotes(doc).quotes
    assert [q.speakers for q in quotes if q.kind == "answer"] == [["Brodersen"], ["Brodersen"]]


def test_name_before_im_interview_is_the_interviewee():
    doc = doc_of("Die Hochschule Nordstadt lehrt Robotik: Wiebke Harms im Interview mit der Zeitung.",
                 "Was lernen die Studierenden?",
                 "Sie lernen Probleme zu analysieren und mit Verfahren zu lösen.", kind="interview")
    assert people(doc)["Wiebke Harms"].category in ("expert", "quoted")


def test_unquoted_company_officers_are_mentioned_ai_officer_is_expert():
    found = people(doc_of(
        "The deal was signed by Ravi Menon, General Manager Acme Gulf, and Tom Elsing, Senior Vice President and "
        "Chief Communications Officer of Acme. Acme hired Ilka Sorensen, Chief Artificial Intelligence Officer."))
    assert found["Ravi Menon"].category == "mentioned"
    assert found["Tom Elsing"].category == "mentioned"
    assert found["Ilka Sorensen"].category == "expert"


def test_age_is_not_the_apposition():
    found = people(doc_of("Acme has hired Gil Aronov, 52, a former head of robotics at Globex."))
    assert found["Gil Aronov"].role == "former head of robotics"


def test_contact_lead_names_the_organisation():
    found = people(doc_of("Forscher des Alpen-Instituts für Gletscherkunde (AIG) berichten.",
                          "Ansprechpartner am AIG: Dr. Sven Aalto, E-Mail: aalto@aig.example, Tel. 0331-12345"))
    assert found["Sven Aalto"].affiliation == "Alpen-Institut für Gletscherkunde"


# --- general rules (names, appositions in both directions, interviews) --------------------------------------


def test_middle_initial_belongs_to_the_name():
    names = [c.name for c in find_candidates("Die Zugabe von Dr. Lukas B. Hallgren, ein Spezialist. "
                                             "Später sprach Ronald T. Wexby mit uns.")]
    assert names == ["Lukas B. Hallgren", "Ronald T. Wexby"]
    # negative: a name does not end in its initial, and a plain two-word name stays as it is
    names = [c.name for c in find_candidates("Anna Keller Stabsstelle sagt nichts.")]
    assert names == ["Anna Keller"]


def test_legal_form_makes_a_company_not_a_person():
    names = [c.name for c in find_candidates("Ronald J. Vexter will join Norvik Halden, LLC as Chief Officer. "
                                             "Karl Brenner GmbH liefert. Anna Keller sagte das.")]
    assert names == ["Ronald J. Vexter", "Anna Keller"]


def test_name_placed_at_an_organisation_is_a_name():
    names = [c.name for c in find_candidates("“No doubt,” lead author, Tesfaye Worknehi of Ohio University, told AFP.")]
    assert names == ["Tesfaye Worknehi"]
    # negative: a place alone ('of Ohio') is no signal for an unknown first name
    assert [c.name for c in find_candidates("Tesfaye Worknehi of Ohio waited.")] == []


def test_postnominal_degree_and_new_position():
    found = people(doc_of("Ronald J. Vexter, Ph.D. will join Norvik Pharmaceuticals, LLC as Chief Scientific Officer.",
                          "“It works,” comments Hanna B. Olvik, Ph.D., professor of pathology at the University of "
                          "Norland M.D. Okafor Cancer Center and chair of the board."))
    assert (found["Ronald J. Vexter"].role, found["Ronald J. Vexter"].affiliation) == \
        ("Chief Scientific Officer", "Norvik Pharmaceuticals, LLC")
    assert found["Hanna B. Olvik"].role.casefold() == "professor of pathology"
    assert found["Hanna B. Olvik"].affiliation == "University of Norland M.D. Okafor Cancer Center"
    assert "Norvik Pharmaceuticals" not in found


def test_place_apposition_after_degree():
    found = people(doc_of("A paper by Tom Ravel, M.D., at Nordwick University Medical Center, says so."))
    assert found["Tom Ravel"].affiliation == "Nordwick University Medical Center"


def test_role_phrase_with_article_before_the_name():
    from briefing.extract.people_roles import describe_before

    desc = describe_before("Der ehemalige Abteilungsleiter für experimentelle Chemie an der Berliner Akademie, ")
    assert (desc.role, desc.affiliations) == ("ehemaliger Abteilungsleiter für experimentelle Chemie",
                                              ["Berliner Akademie"])
    assert describe_before("Das wirkt, so der Projektleiter, ").role == "Projektleiter"
    # a feminine role keeps its form; a phrase without a role word is no description
    assert describe_before("Die ehemalige Leiterin des Labors am Institut für Chemie, ").role.startswith("ehemalige Leiterin")
    assert describe_before("Das sagt der Bericht aus dem Jahr 2020, ") is None


def test_coordinated_roles_and_form_of_address_before_the_name():
    found = people(doc_of("“I am pleased,” commented NordCorp President and CEO, Mr. Gerd Valtin."))
    assert (found["Gerd Valtin"].role, found["Gerd Valtin"].affiliation) == ("President and CEO", "NordCorp")


def test_als_role_and_self_introduction():
    found = people(doc_of("Dabei sieht Jens Norwald als Forscher am Leibniz Institut für Moorforschung gute Chancen.",
                          "Mein Name ist Lena Ostrup und ich bin Doktorandin am Lehrstuhl für Statistik hier an der "
                          "Universität Nordheim."))
    assert (found["Jens Norwald"].role, found["Jens Norwald"].affiliation) == \
        ("Forscher", "Leibniz Institut für Moorforschung")
    lena = found["Lena Ostrup"]
    assert (lena.role, lena.unit, lena.affiliation) == ("Doktorandin", "Lehrstuhl für Statistik", "Universität Nordheim")


def test_units_named_before_the_university():
    from briefing.extract.people_roles import parse_chain

    assert parse_chain("Oberarzt an der Medizinischen Klinik II der Universität Nordheim") == \
        ("Oberarzt", ["Medizinischen Klinik II"], ["Universität Nordheim"])
    # negative: two places joined by 'und' stay two affiliations
    assert parse_chain("Forscher am Nordlicht Lab und an der Universität Nordheim")[2] == \
        ["Nordlicht Lab", "Universität Nordheim"]


def test_declined_adjective_of_an_organisation_back_to_base_form():
    from briefing.extract.people_roles import nominative_org

    assert nominative_org("Medizinischen Hochschule") == "Medizinische Hochschule"
    assert nominative_org("Deutschen Moorzentrum") == "Deutsches Moorzentrum"
    assert nominative_org("Freien Akademie Nordheim") == "Freie Akademie Nordheim"
    # negative: a place name ending in -en is no adjective; a name without a known head is unchanged
    assert nominative_org("Essen Klinikum") == "Essen Klinikum"
    assert nominative_org("Vereinten Nationen") == "Vereinten Nationen"


def test_profession_nouns_by_their_field_are_roles():
    from briefing.extract.people_lexicon import is_role_word

    assert all(is_role_word(w) for w in ("Oberarzt", "Geochemiker", "Neurologin", "pharmacologist", "Staatsrätin"))
    assert not any(is_role_word(w) for w in ("Dialog", "Arztpraxis", "Chemie"))


def test_honorary_doctorate_with_its_university_is_part_of_the_title():
    found = people(doc_of("„Wir gratulieren“, sagt Professorin Dr. Dr. h.c. (Kyoto) Karla Nordmann, Rektorin der "
                          "Universität Nordheim."))
    karla = found["Karla Nordmann"]
    assert karla.title == "Professorin Dr. Dr. h.c. (Kyoto)"  # the professor word before a title belongs to it
    assert (karla.role, karla.affiliation, karla.category) == ("Rektorin", "Universität Nordheim", "expert")


def test_interview_with_title_and_surname_the_later_of_two_interviews():
    doc = doc_of("My first interview with Dr. Halvorsen can be read below. My second interview was with Dr. Quist, "
                 "who studies seals.",
                 Block(kind="question", text="What advice would you give? Stay focused on your goal."),
                 kind="interview")
    found = people(doc)
    assert found["Quist"].category == "expert"
    assert "Halvorsen" not in found or found["Halvorsen"].category == "mentioned"


def test_self_introduction_names_the_interviewee_and_titled_bystanders_are_mentioned():
    doc = doc_of("Hallo, stellen Sie sich bitte kurz vor.",
                 "Mein Name ist Jonas Fehrland, ich bin 50 Jahre alt und komme aus Kiel.",
                 "Ich arbeite im Projekt unter der Leitung von Dr. Stefan Quarre.",
                 "Wie sind Sie zur Forschung gekommen?",
                 "Über Umwege, wie so viele in meinem Fach.", kind="interview")
    found = people(doc)
    assert found["Jonas Fehrland"].category == "expert"
    assert found["Stefan Quarre"].category == "mentioned"


def test_own_press_release_experts_belong_to_the_publisher():
    doc = doc_of("Die Universität Nordheim verleiht den Preis an Prof. Dr. Ida Wendt. Den Festvortrag hielt "
                 "Jan Ovell, General Manager von NordCorp.", kind="press_release", publisher="Universität Nordheim")
    found = people(doc)
    assert found["Ida Wendt"].affiliation == "Universität Nordheim"
    assert found["Jan Ovell"].affiliation != "Universität Nordheim"  # a company's manager is a guest
    # negative: the rule is only for a research organisation's own press release
    doc = doc_of("Prof. Dr. Ida Wendt erhält den Preis.", kind="news", publisher="Nordheimer Tagblatt")
    assert people(doc)["Ida Wendt"].affiliation is None


def test_scientific_contact_who_is_the_subject_is_an_expert():
    doc = doc_of("Prof. Dr. Ole Brandvik vom Seminar für Phonetik der Universität Nordheim erhält eine Förderung.",
                 "Weitere Informationen:",
                 "Prof. Dr. Ole Brandvik",
                 "Universität Nordheim",
                 "Pressestelle: Dr. Maren Sulk",
                 kind="press_release")
    found = people(doc)
    assert found["Ole Brandvik"].category == "expert"


# --- The category decision (extract.people.decide_category): who enters the expert index, and why ---------------

from briefing.extract.people import Evidence, decide_category, explain_people  # noqa: E402


def categories(doc):
    return {m.name: m.category for m in extract_people(doc).people}


def test_decide_category_needs_positive_evidence():
    assert decide_category(Evidence())[0] == "mentioned"
    assert decide_category(Evidence(quoted=True))[0] == "quoted"
    assert decide_category(Evidence(quoted=True, title=True))[0] == "expert"
    assert decide_category(Evidence(quoted=True, non_expert_role=True, title=True))[0] == "quoted"
    assert decide_category(Evidence(title=True, affiliation=True))[0] == "expert"
    # negative evidence wins over a title when nobody speaks
    for flag in ("caption_only", "list_only", "historical", "non_expert_role", "corporate_office", "byline"):
        category, reason = decide_category(Evidence(title=True, affiliation=True, **{flag: True}))
        assert category not in ("expert", "quoted"), (flag, reason)
    assert decide_category(Evidence(press_contact=True, title=True))[0] == "contact"
    assert decide_category(Evidence(interviewer=True, quoted=True))[0] == "interviewer"
    assert decide_category(Evidence(title=True, reporting=True))[0] == "mentioned"
    assert decide_category(Evidence(title=True, affiliation=True, reporting=True))[0] == "expert"


def test_explain_people_gives_the_reason_and_leaves_the_document_alone():
    doc = doc_of("„Wir sind sehr zufrieden mit dem Ergebnis“, sagte Prof. Dr. Anna Keller von der Universität Nordheim.",
                 "Foto: Dr. Tilo Brecht")
    reasons = explain_people(doc)
    assert reasons["Anna Keller"][0] == "expert" and "quoted" in reasons["Anna Keller"][1]
    assert reasons["Tilo Brecht"][0] == "mentioned" and "caption" in reasons["Tilo Brecht"][1]
    assert doc.people == [] and doc.quotes == []


def test_names_in_captions_are_never_indexed():
    de = categories(doc_of("Die Universität Nordheim eröffnet ein neues Labor für Robotik.",
                           "Prof. Dr. Gesa Lindqvist bei der Eröffnung des Labors (Foto: Universität Nordheim)",
                           kind="press_release"))
    assert de["Gesa Lindqvist"] == "mentioned"
    en = categories(doc_of("Acme University opens a robotics lab.",
                           "Pictured: Dr. Olivia Grant, professor of robotics at Acme University.",
                           Block(kind="image", text="Dr. Henry Walcott at the opening", src="x.jpg"),
                           kind="press_release"))
    assert en["Olivia Grant"] == "mentioned"
    assert en.get("Henry Walcott", "mentioned") == "mentioned"
    # a caption does not undo a statement elsewhere in the text
    quoted = categories(doc_of("„Das Labor ist ein großer Schritt für uns“, sagte Prof. Dr. Gesa Lindqvist.",
                               "Foto: Prof. Dr. Gesa Lindqvist (Bild: Universität Nordheim)", kind="press_release"))
    assert quoted["Gesa Lindqvist"] == "expert"


def test_long_lists_of_names_are_not_presented_experts():
    de = categories(doc_of(
        "Zur Jury gehörten Prof. Dr. Anton Brehm, Dr. Carla Duve, Prof. Dr. Emil Faber, Dr. Greta Hausmann, "
        "Dr. Ida Jansen, Prof. Dr. Karl Lorenz und Dr. Mia Nowak.", kind="press_release"))
    assert set(de.values()) == {"mentioned"}
    en = categories(doc_of(
        "The study was written by Dr. Alice Barker, Dr. Colin Dunn, Dr. Emma Frost, Dr. George Hale, "
        "Dr. Irene Judd, Dr. Kevin Lowe and Dr. Maria Noble.", kind="press_release"))
    assert set(en.values()) == {"mentioned"}
    # three prize winners named with their titles in a press release are presented (gold convention)
    few = categories(doc_of("Den Preis teilen sich Dr. Anton Brehm, Dr. Carla Duve sowie Prof. Dr. Emil Faber.",
                            kind="press_release"))
    assert set(few.values()) == {"expert"}


def test_press_and_media_contacts_are_never_indexed():
    de = categories(doc_of("Prof. Dr. Lea Sommer erforscht an der Universität Nordheim den Schlaf.",
                           "Pressekontakt:",
                           "Dr. Jonas Riedel",
                           "Stabsstelle Presse und Kommunikation, Universität Nordheim",
                           "presse@uni-nordheim.de",
                           kind="press_release"))
    assert de["Lea Sommer"] == "expert"
    assert de["Jonas Riedel"] == "contact"
    en = categories(doc_of("Dr. Ruth Baxter, a marine biologist at Acme University, studies coral reefs.",
                           "Media contact:",
                           "Dr. Neil Porter, Media Relations, Acme University",
                           "neil.porter@acme.edu",
                           kind="press_release"))
    assert en["Ruth Baxter"] == "expert"
    assert en["Neil Porter"] == "contact"


def test_office_holders_mentioned_without_a_statement_are_not_indexed():
    de = categories(doc_of("Der Vorstandsvorsitzende Dr. Hubert Lanz eröffnete die Tagung, an der auch "
                           "Staatssekretärin Dr. Ines Vogt teilnahm.", kind="press_release"))
    assert de == {"Hubert Lanz": "mentioned", "Ines Vogt": "mentioned"}
    en = categories(doc_of("The agreement was signed by Dr. Peter Feldman, CEO of Acme Corp.", kind="press_release"))
    assert en["Peter Feldman"] == "mentioned"
    # with a statement of their own, an executive is quoted (borderline), not an expert
    said = categories(doc_of("„Wir investieren zehn Millionen Euro in die neue Fabrik“, sagte der "
                             "Vorstandsvorsitzende Dr. Hubert Lanz.", kind="press_release"))
    assert said["Hubert Lanz"] == "quoted"


def test_historical_figures_without_a_quote_are_not_indexed():
    de = categories(doc_of("Die Methode geht auf Prof. Dr. Wilhelm Ostermann (1871–1932) zurück, der an der "
                           "Universität Nordheim lehrte.", kind="press_release"))
    assert de["Wilhelm Ostermann"] == "mentioned"
    en = categories(doc_of("The approach builds on the work of the late Dr. Harold Pennington, a physicist at "
                           "Acme University.", kind="press_release"))
    assert en["Harold Pennington"] == "mentioned"


def test_people_named_in_passing_in_news_need_a_presenting_apposition():
    news = categories(doc_of("Das Projekt steht unter der Leitung von Dr. Stefan Lohberg. Es läuft drei Jahre.",
                             kind="news"))
    assert news["Stefan Lohberg"] == "mentioned"
    presented = categories(doc_of("Dr. Stefan Lohberg, Biologe an der Universität Nordheim, leitet das Projekt.",
                                  kind="news"))
    assert presented["Stefan Lohberg"] == "expert"


def test_ambiguous_attribution_gives_no_quote():
    # two people and no speech verb next to either
    de = extract_people(doc_of("Laut dem gemeinsamen Bericht der Forschungsgruppen um Jana Roth und Eva Lindner "
                               "ist der Effekt gering.", kind="news"))
    assert de.quotes == [] and {m.category for m in de.people} == {"mentioned"}
    en = extract_people(doc_of("According to the joint report of the teams around Jane Rowe and Emma Lind, "
                               "the effect is small.", kind="news"))
    assert en.quotes == [] and {m.category for m in en.people} == {"mentioned"}
    # a pronoun that fits two people of the same sentence
    pron = extract_people(doc_of("Anna Roth traf Eva Lindner in Berlin. „Wir brauchen mehr Daten für die Studie“, "
                                 "sagte sie.", kind="news"))
    assert pron.quotes == [] and {m.category for m in pron.people} == {"mentioned"}
    # unambiguous: the speech verb next to one of two names
    clear = extract_people(doc_of("Anna Roth traf Eva Lindner in Berlin, sagte Eva Lindner, es sei ein gutes "
                                  "Gespräch gewesen.", kind="news"))
    assert {q.speakers[0] for q in clear.quotes} == {"Eva Lindner"}


def test_unambiguous_attribution_forms_count_as_quoted():
    role_ref = categories(doc_of("Das Medikament soll weniger Nebenwirkungen haben, so der Projektleiter, "
                                 "Dr. Martin Kessler.", kind="news"))
    assert role_ref["Martin Kessler"] == "expert"
    laut = categories(doc_of("Laut Gerda Pohl ist das Verfahren sicher.", kind="news"))
    assert laut["Gerda Pohl"] == "quoted"
    called = categories(doc_of("Bart Heering, professor of AI at Acme University, likewise called the model "
                               "a ‘normal step’ in technology.", kind="news"))
    assert called["Bart Heering"] == "expert"
    # "called" is no speech verb when the person is not its subject
    company = categories(doc_of("They founded a start-up called Nimbus with Bart Heering in 2020.", kind="news"))
    assert company.get("Bart Heering", "mentioned") == "mentioned"


def test_author_of_a_foreword_speaks_in_the_source():
    found = categories(doc_of("Inhalt 4/5 Vorwort/Foreword Prof. Dr.-Ing. Erik Sandmann, Präsident der "
                              "Nordheim-Gesellschaft 10/11 Forschung im Überblick", kind="article"))
    assert found["Erik Sandmann"] in ("expert", "quoted")


def test_editors_and_bylines_are_never_indexed():
    found = categories(doc_of("Redaktion: Dr. Paula Renz",
                              "„Der Effekt ist größer als gedacht“, sagte Prof. Dr. Tim Aldag von der "
                              "Universität Nordheim.", kind="news"))
    assert found["Tim Aldag"] == "expert"
    assert found["Paula Renz"] == "author"


def test_laut_or_according_to_needs_the_person_as_the_source():
    study = extract_people(doc_of("Laut einer neuen Studie der Arbeitsgruppe um Jana Roth ist der Effekt gering.",
                                  kind="news"))
    assert study.quotes == []
    direct = extract_people(doc_of("Laut der Biologin Jana Roth ist der Effekt gering.", kind="news"))
    assert [q.speakers for q in direct.quotes] == [["Jana Roth"]]
    zufolge = extract_people(doc_of("Jana Roth zufolge ist der Effekt gering.", kind="news"))
    assert [q.speakers for q in zufolge.quotes] == [["Jana Roth"]]
    en = extract_people(doc_of("According to Jane Rowe, the effect is small.", kind="news"))
    assert [q.speakers for q in en.quotes] == [["Jane Rowe"]]


# --- rules added in session 2 (invented texts) ---------------------------------------------

def test_speakers_listed_after_a_lead_label_are_presented():
    found = people(doc_of(
        "Wir laden Sie zu unserer Pressekonferenz ein:",
        "mit: Dr. Ada Winter, Koordinatorin des Jubiläumsjahres",
        "Bruno Keller, Leiter der Geschäftsstelle des Festivals",
        "Carla Mertens, Geschäftsführerin der Hafenhalle Nord GmbH",
        "Wir freuen uns auf Ihr Kommen."))
    assert found["Ada Winter"].category == "expert"
    assert found["Bruno Keller"].category in ("expert", "quoted")
    assert found["Carla Mertens"].category in ("expert", "quoted")


def test_an_organisation_in_the_genitive_is_no_person():
    names = [c.name for c in find_candidates("Prof. Dr. Ada Winter, Leiterin des Nord-Planetariums Kiel, sprach.")]
    assert names == ["Ada Winter"]


def test_the_pair_before_von_is_the_person_not_the_organisation_after_it():
    text = "Bela Horvath von Vogelschutz Nordland bezeichnete den Plan als „gute Sache“, sagte er."
    assert [c.name for c in find_candidates(text)] == ["Bela Horvath"]
    text = "Die Forscherin Bela Horvath von Vogelschutz Nordland lobte den Plan."
    assert [c.name for c in find_candidates(text)] == ["Bela Horvath"]


def test_unlabelled_answers_belong_to_the_one_interviewee_the_lead_names():
    doc = doc_of("Die Sprachforscherin Wilma Ostrander spricht im Interview über Mundart und Heimat.",
                 Block(kind="question", label="XY", text="Was ist Ihre Muttersprache?"),
                 Block(kind="answer", text="Meine Muttersprache ist ein Dialekt aus dem Süden des Landes."),
                 kind="interview")
    m = people(doc)["Wilma Ostrander"]
    assert m.category == "expert"
    assert doc.blocks[2].speakers == ["Wilma Ostrander"]


def test_english_role_before_the_name_and_organisation_inside_the_role_phrase():
    found = people(doc_of('The dig, led by marine archaeologist Ruth Calder of the University of Leeds, found '
                          'more. "It is remarkable," says Calder.',
                          '"We will grow," said Dr. Owen Pike, Nordwind co-founder and CEO.',
                          '"A good year," said Mara Quist, Ph.D., vice president of lab services for Acme.'))
    assert (found["Ruth Calder"].role, found["Ruth Calder"].affiliation) == (
        "marine archaeologist", "University of Leeds")
    assert (found["Owen Pike"].role, found["Owen Pike"].affiliation) == ("co-founder and CEO", "Nordwind")
    assert (found["Mara Quist"].affiliation, found["Mara Quist"].role) == ("Acme", "Vice president of lab services")


def test_membership_yields_to_a_role_and_time_and_origin_are_no_part_of_a_role():
    found = people(doc_of("Im Januar trat die Sprachforscherin Prof. Dr. Ida Brandt ihre Professur an. "
                          "Ida Brandt ist seit 2019 Mitglied der Akademie Nord.",
                          "Das sagte Olav Lindqvist, der aus Schweden stammende neue Professor an der Uni Kiel."))
    assert found["Ida Brandt"].role == "Sprachforscherin"
    assert found["Olav Lindqvist"].role == "neuer Professor"
    assert found["Olav Lindqvist"].affiliation == "Universität Kiel"


def test_a_role_reference_after_the_quote_describes_the_speaker():
    found = people(doc_of('Die Lage ist nach Ansicht des Meeresforschers Jens Olbrich ernst. "Das ist nicht mehr '
                          'normal", sagte der Experte des Nordsee-Instituts für Küstenforschung der Zeitung.'))
    assert (found["Jens Olbrich"].role, found["Jens Olbrich"].affiliation) == (
        "Meeresforscher", "Nordsee-Institut für Küstenforschung")


def test_the_outlet_told_is_no_affiliation_and_an_institute_name_is_no_person():
    found = people(doc_of('"Wir haben das unterschätzt", sagte der Moorforscher Jens Olbrich der Deutschen '
                          'Presse-Agentur.', "Dr. Aisha Karim studies memory at the Institute for Brain Research."))
    assert (found["Jens Olbrich"].role, found["Jens Olbrich"].affiliation) == ("Moorforscher", None)
    assert "Brain Research" not in found
    assert found["Aisha Karim"].affiliation == "Institute for Brain Research"


def test_the_one_person_an_interview_introduces_answers_generic_a_labels():
    doc = doc_of("Neuroscientist Dr. Aisha Karim studies sleep. We spoke with her about her findings.",
                 Block(kind="question", text="Why do we need sleep?"),
                 Block(kind="answer", text="During sleep the brain replays what we learned during the day."),
                 kind="interview")
    assert people(doc)["Aisha Karim"].category == "expert"
    assert doc.blocks[2].speakers == ["Aisha Karim"]


def test_back_reference_to_the_university_and_a_colleague_share_the_named_organisation():
    found = people(doc_of("Scientists at the University of Eastford say cats purr using a fold in the larynx.",
                          '"The purr needs no brain," said Christian Herbst, a voice scientist at the university. '
                          "His colleague, Dr. Sara Malik, added that it could help treat voice disorders."))
    assert (found["Christian Herbst"].role, found["Christian Herbst"].affiliation) == (
        "Voice scientist", "University of Eastford")
    assert found["Sara Malik"].affiliation == "University of Eastford"


def test_a_private_person_quoted_with_an_age_is_a_witness_not_an_expert():
    found = people(doc_of('"Das Wasser stand bis zur Decke", sagte Gisela Brandt (67), deren Keller vollgelaufen war.',
                          '"It was loud," said Luis Aranda, 34, a roofer from Pueblo.'))
    assert found["Gisela Brandt"].category == "mentioned"
    assert found["Luis Aranda"].category == "mentioned"


def test_name_boundaries_and_speech_after_medical_titles():
    names = [c.name for c in find_candidates("Das sagte Dr. Carla Nunes von der Katholischen Hochschule. "
                                             "Nach Angaben von Svenja Arndt ist es so. Dr. Ursula von der Leyen kam.")]
    assert names == ["Carla Nunes", "Svenja Arndt", "Ursula von der Leyen"]
    found = people(doc_of("„Damit helfen wir schneller“, erklärt Chefarzt PD Dr. med. Ulrich Haarmann, Direktor "
                          "der Klinik für Kardiologie.",
                          "Präsidentin Prof. Dr. Ute Kranich sprach von einem „wichtigen Signal für die Region“."))
    assert found["Ulrich Haarmann"].category == "expert"
    assert found["Ute Kranich"].category in ("expert", "quoted")


def test_a_historical_figure_quoted_from_long_ago_is_no_source():
    found = people(doc_of('The explorer Captain Elias Harrow, who charted the bay in 1792, described "forests '
                          'beneath the water so dense that no boat could pass".'))
    assert found["Elias Harrow"].category == "mentioned"


def test_people_available_for_interviews_are_presented_even_without_a_role_word():
    found = people(doc_of("Als Gesprächspartner stehen zur Verfügung:",
                          "Prof. Dr. Ada Winter, Vizepräsidentin der Universität Nordstadt",
                          "Bruno Keller, Fachdienst Denkmalschutz, Stadt Nordstadt",
                          "Carla Mertens, Stadtbaurätin, Stadt Nordstadt"))
    assert {n: m.category for n, m in found.items()} == {
        "Ada Winter": found["Ada Winter"].category, "Bruno Keller": "expert", "Carla Mertens": "expert"}
    assert found["Ada Winter"].category in ("expert", "quoted")


def test_a_phrase_quoted_inside_reported_speech_keeps_the_whole_statement():
    found = people(doc_of("Die Ausstellung solle aus dem „Ort der Schande“ eine Stätte des Gedenkens machen, sagte "
                          "Außenminister Frank Roth (SPD) beim Festakt."))
    assert found["Frank Roth"].category == "quoted"


def test_separable_speech_verbs_report_a_greeting():
    found = people(doc_of("In seinem Grußwort hob der Landesminister Bernd Kowalczyk die Rolle der Forschung hervor "
                          "und wies auf die wachsende Bedeutung der Züchtung für die Landwirtschaft der Zukunft hin."))
    assert found["Bernd Kowalczyk"].category == "quoted"
    found = people(doc_of("Wie Kanzlerin Petra Wolkenstein darstellte, gehört die Physik seit jeher zu den "
                          "Gründungsfächern der Hochschule."))
    assert found["Petra Wolkenstein"].category == "quoted"


def test_austrian_wissenschafter_is_a_scholarly_role():
    found = people(doc_of("Der Körper könne als Werkzeug dienen, sagt die Neurowissenschafterin Edda Pfeifhofer.",
                          kind="news"))
    m = found["Edda Pfeifhofer"]
    assert (m.role, m.category) == ("Neurowissenschafterin", "expert")


def test_so_with_an_adjective_before_the_role_word_attributes_the_statement():
    found = people(doc_of("Etwa ein Drittel gilt als übergewichtig, so die Grazer Kinderärztin Olga Hammerschmid.",
                          kind="news"))
    assert found["Olga Hammerschmid"].category == "expert"


def test_an_inline_label_that_only_asks_is_the_interviewer():
    found = people(doc_of(
        "Ein Gespräch mit Herrn Professor Dr. Rupert Vollhaber",
        "Das Gespräch fand im Arbeitszimmer von Konrad Lindemeier statt.",
        "Lindemeier: Lieber Herr Vollhaber, vielen Dank für Ihre Zeit! Warum haben Sie Chemie studiert?",
        "Das hatte viele Gründe, vor allem die Neugier und einen sehr guten Lehrer am Gymnasium.",
        kind="interview"))
    assert found["Konrad Lindemeier"].category == "interviewer"
    assert found["Rupert Vollhaber"].category == "expert"


def test_professor_before_a_title_belongs_to_the_title():
    found = people(doc_of("Das Team um die Professorinnen Dr. Greta Almsick und Dr. Hanne Trübe vom Fachgebiet "
                          "Phonetik führt eine Studie durch."))
    for name in ("Greta Almsick", "Hanne Trübe"):
        assert (found[name].title, found[name].role, found[name].unit) == ("Professorin Dr.", None, "Fachgebiet Phonetik")
    found = people(doc_of("Ein Gespräch mit Herrn Professor Dr. Rupert Vollhaber über Chemie."))
    assert (found["Rupert Vollhaber"].title, found["Rupert Vollhaber"].role) == ("Professor Dr.", None)


def test_an_expert_without_organisation_belongs_to_the_one_university_named():
    found = people(doc_of(
        "The following experts in Eastford State University’s Materials Laboratory are available to discuss "
        "corrosion.",
        "Nadia Orlov, associate chemical engineering professor, can talk about corrosion of steel."))
    assert found["Nadia Orlov"].affiliation == "Eastford State University"
    found = people(doc_of(
        "The following experts from Eastford State University and Westbrook University are available.",
        "Nadia Orlov, associate chemical engineering professor, can talk about corrosion of steel."))
    assert found["Nadia Orlov"].affiliation is None  # two universities: no guess


def test_role_phrase_right_before_a_titled_name():
    found = people(doc_of("„Wir prüfen fast alles“, beschreibt der Leiter des Obsthofes Prof. Jens Kalbitz die "
                          "Arbeit dort."))
    assert found["Jens Kalbitz"].role == "Leiter des Obsthofes"


def test_organisation_before_a_role_with_rank_adjectives():
    found = people(doc_of("“It is an important addition,” said Mara Quist, ACME executive director and CEO."))
    m = found["Mara Quist"]
    assert (m.role, m.affiliation) == ("executive director and CEO", "ACME")


def test_a_colon_ends_an_organisation_name():
    found = people(doc_of("Die These von Egon Wiltberger, einem Forscher an der Eastford University: Er stellte "
                          "die Gegenthese auf."))
    assert found["Egon Wiltberger"].affiliation == "Eastford University"


def test_a_pronoun_predicate_after_the_name_gives_role_and_affiliation():
    found = people(doc_of(
        "Joining me to talk about this is Terry Oakhurst. He's coordinator of data services in the Social "
        "Sciences Division, and co-director of the archive program at the National Research Council in Ottawa."))
    m = found["Terry Oakhurst"]
    assert m.role == "Coordinator of data services in the Social Sciences Division"
    assert m.affiliation == "National Research Council"
    assert "Sciences Division" not in found


def test_answer_labels_shaped_like_names_are_people_in_a_transcript():
    doc = doc_of("We speak with two economists about jobs.",
                 Block(kind="answer", label="Abigail Wozniak", text="The true rate is probably higher right now."),
                 Block(kind="answer", label="Zorba Quillfeather", text="Nobody was prepared for this at all."),
                 kind="interview")
    found = people(doc)
    assert found["Zorba Quillfeather"].category == "expert"


def test_a_quoted_surname_names_the_person_introduced_before():
    found = people(doc_of(
        "Brankovo Milenkovic hosted the field day and said the moisture was on everybody's mind.",
        "\"The rain is really good on the cool season crop,\" said Milenkovic , \"but soy beans suffer.\"",
        kind="news"))
    assert found["Brankovo Milenkovic"].category in ("expert", "quoted")


def test_a_farmer_quoted_is_a_witness():
    found = people(doc_of("Roland Ashcombe is a Nebraska wheat farmer and said all of the rain will be good for "
                          "the wheat.", kind="news"))
    assert found["Roland Ashcombe"].category == "mentioned"


def test_people_listed_with_their_fields_as_new_professors_are_presented():
    found = people(doc_of(
        "Die Neuen am Zentrum für Sportwissenschaft (von links): Jens Ahlgrimm (Sportökonomie), Othmar Quendler "
        "(Exercise Physiology) und Till Brückl (Sportökologie). Drei neue Professoren stehen für die Forschung.",
        "Die Universität Eastford profitiert davon."))
    for name, field_ in (("Jens Ahlgrimm", "Sportökonomie"), ("Othmar Quendler", "Exercise Physiology"),
                         ("Till Brückl", "Sportökologie")):
        assert (found[name].category, found[name].role) == ("expert", f"Professor, {field_}")
        assert found[name].affiliation == "Universität Eastford"


def test_a_british_honour_after_the_title_is_no_part_of_the_name():
    cands = find_candidates("Prof. Dame Helen Marsh – Professor of Ageing")
    assert [(c.name, c.title) for c in cands] == [("Helen Marsh", "Prof. Dame")]


def test_an_article_and_a_noun_after_a_titled_name_are_its_object():
    cands = find_candidates("„Gut so“, bringt Dekan Prof. Dr. Uwe Tannert das Problem auf den Punkt.")
    assert [c.name for c in cands] == ["Uwe Tannert"]


def test_a_quotation_then_comma_and_any_verb_attributes_it_to_the_name_after():
    found = people(doc_of("Die Stelle wurde mit Dr. Ina Roloff besetzt.„Wir wollen verstehen, wie Nahrung wirkt“, "
                          "bringt Rektor Prof. Dr. Uwe Tannert das Ziel auf den Punkt."))
    assert found["Uwe Tannert"].category == "quoted"


def test_a_shows_credit_lines_name_staff_not_experts():
    found = people(doc_of("Host - Tom Berring", "Co-Host - Dr. Alice Namberg",
                          "The clinic announced a new wing for its animal hospital."))
    assert found["Alice Namberg"].category == "mentioned"


def test_people_in_a_publications_imprint_are_not_experts():
    imprint = ("QUARTERLY REVIEW is published twice a year by the College of Forestry. Dean Dr. Peter Holloway "
               "Associate Dean Dr. Maria Quentin Editor Sarah Lindgren Photography Tom Baxter Graphic Design Ann Fell")
    found = people(doc_of(imprint, "New trees grow faster on the campus.", kind="slides"))
    assert found["Peter Holloway"].category == "mentioned"
    assert found["Maria Quentin"].category == "mentioned"


def test_a_couple_quoted_on_their_gift_are_witnesses():
    found = people(doc_of('"We have supported the hospital for years," said Mary and Joseph Tallow. '
                          '"We are proud to help."'))
    assert found["Joseph Tallow"].category == "mentioned"


def test_a_statement_in_the_past_dated_long_ago_is_historical():
    found = people(doc_of("Damals ging es um eine Reform, die 1911 beschlossen wurde.",
                          "Arzt Hinrich Olderog, Vorsitzender des Verbandes, schrieb in der ersten Nummer „Zur Lage“ "
                          "und verdammte die Pläne."))
    assert found["Hinrich Olderog"].category == "mentioned"


def test_in_the_school_gives_the_affiliation_of_a_faculty_member():
    found = people(doc_of("Tilda Bramsen and Oskar Wendt, both faculty members in the Tallis School of Dentistry, "
                          "study bone growth.", kind="press_release"))
    m = found["Oskar Wendt"]
    assert (m.role, m.affiliation, m.category) == ("Faculty member", "Tallis School of Dentistry", "expert")


def test_stellt_heraus_reports_speech_and_the_unit_stays_in_the_role():
    found = people(doc_of("„Der Kreis hat viel Grundwasser für alle“, stellt der Leiter des Fachbereichs "
                          "„Wasser und Boden“ im Landratsamt Seeburg, Holger Wiemann, heraus."))
    m = found["Holger Wiemann"]
    assert m.category in ("expert", "quoted")
    assert (m.role, m.affiliation) == ("Leiter des Fachbereichs „Wasser und Boden“", "Landratsamt Seeburg")


def test_an_organisation_alone_between_commas_is_the_affiliation():
    found = people(doc_of("“The levels are still low,” said Mark Tolliver, University of Westland, “and safe.”"))
    assert found["Mark Tolliver"].affiliation == "University of Westland"


def test_a_surname_in_ung_with_no_verb_under_it_is_a_name():
    names = [c.name for c in find_candidates(
        "Professorin Gabriele Hartung, Leiterin der Fachrichtung Chemie, erläutert den Zweck des Labors.")]
    assert names == ["Gabriele Hartung"]


def test_a_direktor_is_no_rector():
    found = people(doc_of("Dr. Karl Wendt, Museumsdirektor, führte durch die neue Ausstellung über Fossilien."))
    assert found["Karl Wendt"].category == "expert"


def test_recalls_reports_speech():
    found = people(doc_of("Seated on a hillside, Russell Dowling lit a cigarette.",
                          "“I sat down and thought about it. This might be the one,” recalls Dowling."))
    assert found["Russell Dowling"].category in ("expert", "quoted")


def test_the_name_before_its_apposition_speaks_whatever_the_apposition_names():
    found = people(doc_of("Tim Rowe, chief strategy officer of Grace Lee Family of Companies, said, “We have been "
                          "recycling waste for decades.”"))
    assert found["Tim Rowe"].category in ("expert", "quoted")


def test_an_office_of_a_capitalised_name_gives_the_affiliation():
    found = people(doc_of("“This milestone matters to us,” says Per Olsen, managing director of Nordwind Robotics."))
    assert found["Per Olsen"].affiliation == "Nordwind Robotics"


def test_a_name_found_by_context_that_opens_an_affiliation_is_that_organisation():
    found = people(doc_of("Arcton Recovery says it expects to recycle 15 million pounds of plastic a year.",
                          "“It will create jobs,” says John Roe, founder and CEO of Arcton Recovery."))
    assert "Arcton Recovery" not in found and found["John Roe"].affiliation == "Arcton Recovery"


def test_the_speaker_of_a_talk_is_presented():
    found = people(doc_of("Die Feier wurde durch einen Vortrag von Dr. Petra Ulm, Restauratorin, abgerundet.",
                          "The ceremony featured presentations by U.S. Rep. Carla Moreno and representatives of "
                          "Sen. Kelly Marsh.", kind="news"))
    assert found["Petra Ulm"].category == "expert" and found["Petra Ulm"].role == "Restauratorin"
    assert found["Carla Moreno"].category in ("expert", "quoted")
    assert found["Kelly Marsh"].category == "mentioned"


def test_a_role_word_and_a_bare_surname_that_speak_are_a_person():
    found = people(doc_of("Das Labor ist groß. LKA-Präsident Huberts: „Wir wollen den hohen Standard erhalten "
                          "und ausbauen.“", kind="news"))
    assert found["Huberts"].category == "quoted" and found["Huberts"].role == "LKA-Präsident"


def test_an_author_line_followed_by_a_research_organisation_presents_the_authors():
    found = people(doc_of("1 Patterns of Coastal Travel Maria Lindqvist, Peter Brandt & Anna Keller Northern Marine "
                          "Research Centre & Southern University Established under a programme.", kind="slides",
                          language="en"))
    assert {found[n].category for n in ("Maria Lindqvist", "Peter Brandt", "Anna Keller")} == {"expert"}
    assert found["Anna Keller"].affiliation == "Northern Marine Research Centre"


def test_a_long_institute_apposition_names_its_university():
    found = people(doc_of("Zusammen mit Prof. Dr. Karim Haddad, ITX Institut für Textilmaschinen und Textile "
                          "Hochleistungswerkstoffe an der TU Kassel, präsentierte sie die Tagung."))
    m = found["Karim Haddad"]
    assert (m.affiliation, m.unit) == ("TU Kassel", "ITX Institut für Textilmaschinen und Textile Hochleistungswerkstoffe")


def test_a_caption_run_into_a_paragraph_names_no_experts():
    found = people(doc_of("Die Gäste informierten sich bei einer Gesprächsrunde. Von links: Eva Brandt, Dr. Tom Keller, "
                          "Oberarzt der Kinderklinik am Klinikum Nordstadt, und Jana Roth. Das Fest dauerte bis zum "
                          "Abend und die Gäste blieben lange.", kind="press_release"))
    assert found["Tom Keller"].category == "mentioned"


def test_a_paragraph_opening_with_a_titled_physician_presents_him():
    found = people(doc_of("Die Herztage fallen aus.", "Privatdozent (PD) Dr. Karl Wendt ist seit März 2007 Chefarzt "
                          "der Klinik.", kind="news"))
    assert found["Karl Wendt"].category == "expert"


def test_a_kuratorium_in_the_genitive_is_named_in_the_nominative():
    found = people(doc_of("Dr. Klaus Brandt, Geschäftsführer des Forschungskuratoriums Textil, wies auf die "
                          "Bedeutung der Förderung hin."))
    assert found["Klaus Brandt"].affiliation == "Forschungskuratorium Textil"


def test_a_role_cut_off_after_its_article_ends_before_it():
    found = people(doc_of("Die Herztage fallen aus.", "Dr. Karl Wendt ist seit März 2007 Chefarzt der"))
    assert found["Karl Wendt"].role == "Chefarzt"


def test_a_name_line_with_role_and_an_acronym_body_gives_the_affiliation():
    found = people(doc_of("Die Abteilung ist groß.", Block(kind="heading", text="Dr. Hartmut Kleiber, Biologiedirektor, "
                                                                                 "LKA Nordland"),
                          "Wegen dieser Entwicklungen wird der Stand bewertet.", kind="article"))
    assert found["Hartmut Kleiber"].affiliation == "LKA Nordland"


def test_a_predicate_after_the_surname_gives_the_role():
    found = people(doc_of("Prof. Dr. Felix Amann von der Hochschule Nord war als Experte eingeladen.",
                          "Amann ist Dekan des Fachbereichs „Tourismus“ sowie Studiengangsleiter."))
    assert (found["Felix Amann"].role, found["Felix Amann"].affiliation) == ("Dekan", "Hochschule Nord")


def test_urged_with_the_person_as_subject_reports_speech():
    found = people(doc_of("Meanwhile the county warned of new cases.",
                          "Delphine Marrow, chief health officer for the Eastvale Health District, urged people "
                          "with symptoms to call their doctors.", kind="news"))
    m = found["Delphine Marrow"]
    assert m.category in ("expert", "quoted")
    assert (m.role, m.affiliation) == ("Chief health officer", "Eastvale Health District")


def test_urged_with_the_person_as_object_is_no_statement():
    found = people(doc_of("The board urged Tobias Wrenfield to resign after the audit.", kind="news"))
    assert found["Tobias Wrenfield"].category == "mentioned"


def test_a_governor_who_announced_on_a_weekday_is_quoted():
    found = people(doc_of("Governor Ellery Sandquist on Friday announced a new collaboration with the college to "
                          "recycle glass.", kind="news"))
    assert found["Ellery Sandquist"].category == "quoted"


def test_a_place_named_like_a_person_is_no_person():
    names = [c.name for c in find_candidates("She said she visited Monument Valley, Bryce Canyon and Carson City.")]
    assert names == []


def test_a_student_quoted_is_a_participant_not_an_expert():
    found = people(doc_of("Die Hochschule hat ein eigenes Bier gebraut.",
                          "„Das war eine gute Idee“, meint Master-Student Jorin Feldkamp.", kind="news"))
    assert found["Jorin Feldkamp"].category == "mentioned"


def test_guests_after_the_hosts_sentence_are_presented_and_the_host_asks():
    doc = doc_of(
        "Host: Corbin Halverd. Guests: Dr. Imre Valdano, cardiac anesthesiologist, Westbrook Clinic Foundation; "
        "Oona Brackett, Director of Medication Safety, American Society of Hospital Pharmacists",
        "Corbin Halverd: Drug shortages are surprisingly common.",
        kind="interview")
    found = people(doc)
    assert found["Corbin Halverd"].category == "interviewer"
    assert found["Oona Brackett"].category == "expert"
    assert found["Oona Brackett"].affiliation == "American Society of Hospital Pharmacists"
    assert found["Imre Valdano"].affiliation == "Westbrook Clinic Foundation"


def test_a_label_misspelling_the_first_name_by_one_letter_is_the_same_person():
    doc = doc_of("Guests: Dr. Yorick Tamberlane, pediatric oncologist, Eastford University",
                 "Dr. Yorack Tamberlane: These shortages have been going on for ten years.", kind="interview")
    assert set(people(doc)) == {"Yorick Tamberlane"}


def test_a_plural_role_before_coordinated_names_gives_each_the_role():
    found = people(doc_of("Das Projekt wurde initiiert durch die Professoren Anselm Gräwe und Bodo Kirchtal "
                          "sowie Professorin Ilka Wennemar.", kind="press_release"))
    assert [found[n].role for n in ("Anselm Gräwe", "Bodo Kirchtal", "Ilka Wennemar")] == \
        ["Professor", "Professor", "Professorin"]


def test_a_nickname_in_quotation_marks_is_no_part_of_the_name():
    text = 'Robert T. "Wes" Hallander of Ridgeton found the flaw.'
    cands = find_candidates(text)
    assert [c.name for c in cands] == ["Robert T. Hallander"]
    assert text[cands[0].start:cands[0].end] == 'Robert T. "Wes" Hallander'


# --- role and affiliation: further appositions, predicates and late descriptions ---

def _describe_text(text: str):
    from briefing.extract.people import _describe

    cand = find_candidates(text)[0]
    return _describe(text, cand.start, cand.end)


def test_adverb_before_predicate_is_no_part_of_the_role():
    desc = _describe_text("Prof. Dr. Jonas Wendel ist zudem Experte für Bodenkunde.")
    assert desc.role == "Experte für Bodenkunde"


def test_adverb_before_place_apposition_and_acronym_organisation():
    desc = _describe_text("Zum Team gehört Dr. Mira Solberg, ebenfalls vom ZKF, die am Bericht mitgearbeitet hat.")
    assert desc.affiliations == ["ZKF"]


def test_unit_then_organisation_after_von_der():
    desc = _describe_text("In Assuan hat Dr. Karim Haddad vom Lehrstuhl für Geologie von der Universität Nordstadt "
                          "neue Proben genommen.")
    assert (desc.units, desc.affiliations) == (["Lehrstuhl für Geologie"], ["Universität Nordstadt"])


def test_adjective_between_connector_and_organisation_head():
    desc = _describe_text("Das hat Prof. Lena Hartwig, die Chefin des privaten Instituts für Glastechnik Nordstadt, "
                          "erklärt.")
    assert (desc.role, desc.affiliations) == ("Chefin", ["Instituts für Glastechnik Nordstadt"])


def test_english_with_the_organisation():
    desc = _describe_text("Mara Olsen, a geophysicist with the Northfield Volcano Observatory, said the flow slowed.")
    assert (desc.role, desc.affiliations) == ("Geophysicist", ["Northfield Volcano Observatory"])


def test_clause_after_comma_is_no_apposition():
    desc = _describe_text("Die Sprecherin, Professorin Edda Brunnhuber, konnte zu dem Treffen 30 Experten begrüßen.")
    assert desc is None or desc.role != "Konnte zu dem Treffen 30 Experten begrüßen"


def test_dash_sets_off_an_apposition():
    desc = _describe_text("Prof. Dr. Helena Marsh – Professor of Coastal Ecology; Chair of Marine Studies")
    assert desc.role == "Professor of Coastal Ecology"


def test_accusative_role_after_als_in_base_form():
    desc = _describe_text("Der Direktor hieß Privatdozent Dr. Tomas Reiner als neuen Chefarzt der Klinik für "
                          "Neurologie willkommen.")
    assert desc.role == "neuer Chefarzt"


def test_acronym_led_part_before_speech_verb_is_the_organisation():
    desc = _describe_text("Omar Haddad, Regional Director, ACME Northern Europe, said: \"We will grow.\"")
    assert desc.affiliations == ["ACME Northern Europe"]


def test_uni_in_a_second_affiliation_spelled_out():
    found = people(doc_of("„Wir beringen Vögel“, so deren Leiter Prof. Dr. Lorenzo Bellini, Professor an der "
                          "Technischen Universität Nordstadt und der Uni Nordstadt."))
    assert found["Lorenzo Bellini"].affiliation.split("; ")[-1] == "Universität Nordstadt"


def test_role_phrase_before_professor_word_and_name():
    found = people(doc_of("Die Leiterin des Fachgebiets Keramische Werkstoffe, Professorin Dr. Edda Brunnhuber, "
                          "begrüßte 30 Gäste. „Glas ist ein erstaunlicher Werkstoff“, sagte Brunnhuber."))
    assert found["Edda Brunnhuber"].role == "Leiterin"


def test_role_phrase_opening_the_next_sentence():
    found = people(doc_of("„Die Netze sind verwundbar“, sagte Dr. Harald Vinterberg. Der Gründer von Securanet "
                          "warnt seit Jahren vor Angriffen."))
    m = found["Harald Vinterberg"]
    assert (m.role, m.affiliation) == ("Gründer", "Securanet")


def test_archivist_is_a_role_word():
    desc = _describe_text("Immer neue Orte hätten sich angeboten, berichtet Stadtarchivar Gernot Maierhofer.")
    assert desc.role == "Stadtarchivar"


# Review findings (each made of invented names, organisations and text)


def quotes_of(doc):
    return [(q.speakers, q.text) for q in extract_people(doc).quotes]


# a. a number from 1000 to 1999 is a year only in a year context


def test_a_count_of_staff_or_money_does_not_date_a_statement():
    found = people(doc_of("„Wir wachsen weiter“, sagte Dr. Anna Beispiel, Leiterin der Beispiel GmbH mit "
                          "1200 Mitarbeitern."))
    assert found["Anna Beispiel"].category in ("expert", "quoted")
    found = people(doc_of("Damals kostete ein Kurs 1500 Euro.",
                          "„Das Angebot war zu teuer“, sagte Dr. Jonas Muster vom Beispiel-Institut."))
    assert found["Jonas Muster"].category in ("expert", "quoted")
    found = people(doc_of("“We doubled the output,” said Dr. Mara Example, who leads 1400 employees at Acme Labs."))
    assert found["Mara Example"].category in ("expert", "quoted")


def test_a_a_year_still_dates_a_statement():
    found = people(doc_of("Im Jahr 1792 erreichte das Schiff die Bucht.",
                          "„Das Land ist fruchtbar“, schrieb Kapitän Johann Beispiel damals im Jahr 1792 in sein Logbuch."))
    assert found["Johann Beispiel"].category == "mentioned"
    found = people(doc_of("„Die Stadt wächst“, sagte Bürgermeister Anton Muster 1848 vor dem Rat."))
    assert found["Anton Muster"].category == "mentioned"
    found = people(doc_of("“The river is navigable,” Captain John Example wrote in 1792."))
    assert found["John Example"].category == "mentioned"


# b. a name after a conjunction is not the subject of the speech verb


def test_b_name_after_and_does_not_take_the_quote():
    doc = doc_of("Dr. Anna Beispiel leitet das Labor am Beispiel-Institut.",
                 "„Das Verfahren ist noch nicht ausgereift“, sagte sie und Jonas Muster nickte.")
    assert quotes_of(doc) == [(["Anna Beispiel"], "Das Verfahren ist noch nicht ausgereift")]
    doc = doc_of("“We will rebuild the bridge before winter,” said the mayor and John Example left the room.")
    assert all(speakers != ["John Example"] for speakers, _text in quotes_of(doc))
    assert "John Example" not in {n for n, m in people(doc).items() if m.category in ("expert", "quoted")}


def test_b_joint_and_single_speakers_stay():
    doc = doc_of("„Das Verfahren ist ausgereift“, sagte Jonas Muster vom Beispiel-Institut.")
    assert quotes_of(doc) == [(["Jonas Muster"], "Das Verfahren ist ausgereift")]
    doc = doc_of("„Das Verfahren ist ausgereift“, sagen Anna Beispiel und Jonas Muster.")
    assert quotes_of(doc) == [(["Anna Beispiel", "Jonas Muster"], "Das Verfahren ist ausgereift")]


# c. role and place words that are also surnames


def test_c_lay_role_word_as_surname():
    assert [c.name for c in find_candidates("„Die Proben sind eindeutig“, sagte Prof. Anna Schüler von der "
                                            "Universität Beispielstadt.")] == ["Anna Schüler"]
    for name, text in (
            ("Anna Schüler", "Anna Schüler, Professorin für Geologie an der Universität Beispielstadt, sagte: „Die "
                             "Proben sind eindeutig.“"),
            ("Martin Farmer", "Martin Farmer, a soil chemist at the University of Eastford, said the harvest was poor.")):
        assert people(doc_of(text))[name].category == "expert"


def test_c_lay_role_word_still_a_role():
    found = people(doc_of("„Wir lernen hier viel“, meint Schülerin Lea Beispiel."))
    assert found["Lea Beispiel"].role == "Schülerin"
    assert found["Lea Beispiel"].category == "mentioned"
    found = people(doc_of("“The rain came too late,” said wheat farmer Tom Example."))
    assert found["Tom Example"].category == "mentioned"


def test_c_place_word_as_surname():
    assert [c.name for c in find_candidates("“The samples are clear,” said Dr. Jane Lake, a hydrologist at the "
                                            "Beispiel Institute.")] == ["Jane Lake"]
    found = people(doc_of("Jane Lake, a hydrologist at the Beispiel Institute, said the samples were clear."))
    assert found["Jane Lake"].category == "expert"
    assert [c.name for c in find_candidates("Visitors come to Bryce Canyon, Carson City and Virginia Beach every "
                                            "summer.")] == []


# d. an agency or outlet after a speech verb is no person


def test_d_agency_after_speech_verb_is_no_surname():
    doc = doc_of("Die Zahlen stammen von Thomson Reuters.",
                 "„Wir haben nichts gefunden“, sagte der Sprecher Reuters.",
                 "Anna Beispiel von der Universität Nordstadt sah es anders.")
    assert "Thomson Reuters" not in people(doc)
    doc = doc_of("The figures came from Thomson Reuters.",
                 "“We found nothing,” the spokesman told Reuters.")
    assert "Thomson Reuters" not in people(doc)


def test_d_surname_after_speech_verb_still_found():
    doc = doc_of("Strahko Beispielovic runs the test farm near Eastford.",
                 "“The soil recovered within a year,” said Beispielovic.")
    assert people(doc)["Strahko Beispielovic"].category in ("expert", "quoted")


# e. one public gender check


def test_e_gender_fits_is_public_and_shared():
    from briefing.extract import people as people_module, people_speech
    from briefing.extract.people_names import gender_fits

    assert gender_fits("sie", "Anna Beispiel") and gender_fits("she", "Anna Beispiel")
    assert not gender_fits("er", "Anna Beispiel") and gender_fits("he", "Jonas Muster")
    assert people_module.gender_fits is gender_fits and people_speech.gender_fits is gender_fits


# f. board chairs


def test_f_board_chair_is_a_role():
    found = people(doc_of("“We will expand,” said Jane Example, Board Chair of Beispiel Holdings."))
    assert found["Jane Example"].role and "Board Chair" in found["Jane Example"].role
    assert found["Jane Example"].category == "quoted"
    found = people(doc_of("“We will expand,” said Jane Example, Chair of the Board of Beispiel Holdings."))
    assert found["Jane Example"].role and found["Jane Example"].role.startswith("Chair of the Board")
    assert found["Jane Example"].category == "quoted"
    found = people(doc_of("„Wir wachsen“, sagte Anna Beispiel, Vorstandsvorsitzende der Beispiel AG."))
    assert (found["Anna Beispiel"].role, found["Anna Beispiel"].category) == ("Vorstandsvorsitzende", "quoted")
    found = people(doc_of("„Wir wachsen“, sagte Jonas Beispiel, Aufsichtsratsvorsitzender der Beispiel AG."))
    assert (found["Jonas Beispiel"].role, found["Jonas Beispiel"].category) == ("Aufsichtsratsvorsitzender", "quoted")


def test_f_board_chair_unquoted_is_an_office_holder():
    found = people(doc_of("The plan was approved by Jane Example, Board Chair of Beispiel Holdings, in May."))
    assert found["Jane Example"].category == "mentioned"


def test_fields_coordinated_after_an_organisation_word_are_no_name():
    # the last field of 'Department of A, B, and C' is part of the department's name
    text = ("Noor is chair of the Department of Botany, Tidal Ecology, and Coastal Geology at Eastford University. "
            "Sie leitet das Institut für Physik und Angewandte Optik an der Hochschule Nordstadt.")
    assert [c.name for c in find_candidates(text)] == []
    # negative: a full name with a known first name after an institute and 'und' stays a name
    assert [c.name for c in find_candidates("Das Institut für Physik und Anna Keller, Professorin, forschen.")] \
        == ["Anna Keller"]


def test_name_in_conversation_with_host_makes_the_host_the_interviewer():
    turns = [("question", "Tiberius Falkenrath", "Frau Ostrander, wie sehen Sie das Urteil?"),
             ("answer", "Kornelia Ostrander", "Ich halte es für richtig und gut begründet.")]
    found = people(doc_of("Kornelia Ostrander im Gespräch mit Tiberius Falkenrath | 04.05.2011",
                          *(Block(kind=k, label=who, text=said) for k, who, said in turns), kind="interview"))
    assert [found[who].category for _k, who, _said in turns] in (["interviewer", "expert"],
                                                                  ["interviewer", "quoted"])
    # negative: 'Ein Gespräch mit X' still introduces X as the interviewee
    found = people(doc_of("Ein Gespräch mit Tiberius Falkenrath über Deiche.",
                          Block(kind="question", text="Wie hoch muss ein Deich sein?"),
                          Block(kind="answer", text="Das hängt vom Wasserstand und vom Boden ab."), kind="interview"))
    assert found["Tiberius Falkenrath"].category != "interviewer"


def test_late_spouse_after_possessive_is_historical():
    found = people(doc_of("Among the pioneers and experts who will speak at the Eastford event are Orla Vantreight, "
                          "who built the first tide gauge, and Mirela Dunstan, whose late husband, Ambrose Dunstan, "
                          "designed the first wave tank at Beispiel Labs."))
    # the late husband is historical; the announced speakers ('who will speak … are A and B') are presented
    assert {n: m.category for n, m in found.items()} == {
        "Orla Vantreight": "expert", "Mirela Dunstan": "expert", "Ambrose Dunstan": "mentioned"}


def _expert_only_with_cue(name: str, with_cue: list[str], without_cue: list[str]) -> None:
    """The person is an expert where the cue stands, and only mentioned in the same text without it."""
    assert people(doc_of(*with_cue))[name].category == "expert"
    assert people(doc_of(*without_cue))[name].category == "mentioned"


def test_announced_speakers_in_german_and_negative_without_cue():
    _expert_only_with_cue("Hedwig Sommerfeld",
                          ["Zu den Referentinnen gehören Hedwig Sommerfeld und Margarete Quandt-Lorenz."],
                          ["Gestern besuchten Hedwig Sommerfeld und Margarete Quandt-Lorenz die Tagung."])


def test_speech_list_split_by_semicolons_names_each_speaker():
    doc = doc_of("The event included speeches by Nobel laureates Rasmus Ellingboe, professor emeritus at Eastford "
                 "University, who spoke on \"Waves: Past and Future\"; Corvin Ashdown of the University of Nordland; "
                 "and Tobiah Wrenfield of Beispiel State University.")
    found = people(doc)
    assert found["Corvin Ashdown"].category == "expert"
    assert found["Tobiah Wrenfield"].category == "expert"
    assert found["Tobiah Wrenfield"].affiliation == "Beispiel State University"
    # negative: semicolons without a talk cue name no speakers
    found = people(doc_of("The harbour was busy; Corvin Ashdown of the University of Nordland; and Tobiah Wrenfield "
                          "of Beispiel State University were there."))
    assert found["Tobiah Wrenfield"].category == "mentioned"


def test_possessive_role_and_comma_before_initials_name_and_its_organisation():
    doc = doc_of("The school is the result of years of work by NORVEX and its director, K.T. Vandermeulen, to "
                 "recruit students. \"It is a big step,\" said Vandermeulen.")
    m = people(doc)["K.T. Vandermeulen"]
    assert (m.role, m.affiliation, m.category) == ("director", "NORVEX", "expert")


def test_office_of_organisation_with_abbreviation_in_parentheses():
    doc = doc_of("“Tides matter,” says Wilhelmina Strand, CEO of the Beispiel Harbour Society (BHS), a member group.")
    m = people(doc)["Wilhelmina Strand"]
    assert m.affiliation == "Beispiel Harbour Society (BHS)"


def test_court_in_the_genitive_is_named_in_its_base_form():
    from briefing.extract.people_roles import nominative_org
    assert nominative_org("Oberlandesgerichts Beispielstadt") == "Oberlandesgericht Beispielstadt"
    assert nominative_org("Europäischen Gerichtshofs") == "Europäischer Gerichtshof"


def test_scholar_of_a_field_of_law_is_a_scholarly_role():
    doc = doc_of("In ihr kommt der Verfassungsrechtler Gereon Wallbrecht zu dem Schluss, dass das Gesetz hält.",
                 "Die Studie wurde an der Universität Nordstadt erstellt.")
    m = people(doc)["Gereon Wallbrecht"]
    assert (m.role, m.category) == ("Verfassungsrechtler", "expert")


def test_guest_of_a_show_episode_is_interviewed():
    # negative: 'joined by' outside a show's opening introduces no guest
    _expert_only_with_cue("Ottokar Brenneis",
                          ['In this episode of "Harbour Talk...", Maren is joined by Ottokar Brenneis.',
                           "Maren Albescu Thank you for being here. Ottokar Brenneis Thanks."],
                          ["The minister was joined by Ottokar Brenneis at the opening of the new pier."])


def test_names_that_treat_a_titled_study_are_its_authors():
    doc = doc_of("Heft 02 Wattenmeer Henrike Sollwedel, Tarvik Quaddelmann und Frauke Ostendarp widmen sich der "
                 "„Salzwiese im Wandel – eine Langzeitbeobachtung“. Gesine Thorbrügge und Malte Riebeling behandeln "
                 "eine Studie zum Vogelzug.", language="de")
    found = people(doc)
    for name in ("Henrike Sollwedel", "Tarvik Quaddelmann", "Frauke Ostendarp", "Gesine Thorbrügge",
                 "Malte Riebeling"):
        assert found[name].category == "expert" and found[name].role == "Autor"
    # negative: the same verb without a title or a study treats no contribution
    found = people(doc_of("Gesine Thorbrügge und Malte Riebeling behandeln ihre Hunde gut.", language="de"))
    assert found["Gesine Thorbrügge"].category == "mentioned"


def test_conversation_line_read_as_byline_still_names_the_interviewer():
    from briefing.pipeline import convert_document
    from briefing.config import BriefingConfig
    import tempfile
    from pathlib import Path

    text = ("Urteil mit Augenmaß\n\nDer Präsident des Beispielgerichts, Kornelia Ostrander, sieht keinen Widerspruch.\n\n"
            "Kornelia Ostrander im Gespräch mit Tiberius Falkenrath | 04.05.2011\n"
            "    Tiberius Falkenrath: Frau Präsidentin, Ihr letztes Urteil war deutlich. Wie sehen Sie es heute?\n\n"
            "    Kornelia Ostrander: Ich halte es für richtig und gut begründet, und ich würde es wieder so fällen.\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.txt"
        path.write_text(text, encoding="utf-8")
        doc = convert_document(path, BriefingConfig())
    assert doc.meta.authors == ["Tiberius Falkenrath"]
    assert {p.name: p.category for p in doc.people}["Tiberius Falkenrath"] == "interviewer"


def test_a_byline_author_who_speaks_while_others_answer_is_the_author():
    ev = Evidence(quoted=True, byline=True, others_speak=True)
    assert decide_category(ev)[0] == "author"
    # with a role of expertise the author is a source (a guest author quoting others too)
    assert decide_category(Evidence(quoted=True, byline=True, others_speak=True, title=True, research_role=True))[0] == "expert"


def test_office_abbreviation_before_a_name_is_no_initial():
    # 'RP' (an office in two capitals) before a first name and a surname is not part of the name, and the office
    # with the surname alone is the same person
    doc = doc_of("Regierungspräsidentin Dr. Helga Brommeling besucht die Firma Zanotex.",
                 "„Die Region ist stark“, sagt RP Helga Brommeling beim Rundgang. „Wir müssen mehr darüber reden“, "
                 "sagt RP Brommeling.")
    found = people(doc)
    assert [n for n in found if "Brommeling" in n] == ["Helga Brommeling"]
    assert found["Helga Brommeling"].category == "quoted"
    assert [c.name for c in find_candidates("sagt OB Jonas Feldbrink heute")] == ["Jonas Feldbrink"]


def test_resident_quoted_as_a_witness_is_not_indexed():
    found = people(doc_of("Resident Tobin Varga filmed the flood, a scene he described as \"a wall of mud.\"",
                          "\"It sounded like a train coming down the valley,\" he told a local station."))
    assert found["Tobin Varga"].category == "mentioned"


def test_name_in_the_that_clause_of_a_speech_verb_is_not_the_speaker():
    found = people(doc_of("Kelvora Pharma hat Ilse Morrenkamp zur Forschungsleiterin ernannt.",
                          "Kelvora fügte hinzu, dass Morrenkamp eine erfahrene Ärztin mit 20 Jahren Erfahrung ist."))
    assert found["Ilse Morrenkamp"].category not in ("expert", "quoted")


def test_opening_pronoun_and_pointing_to_facts_are_statements():
    # 'Er betonte …' at a sentence's start resolves to the person just named; 'verwies auf …' reports speech
    found = people(doc_of("Grüße kamen vom Landrat, Henrik Ostwald. Er betonte die Bedeutung der Zeitung und lobte "
                          "die Investition als „mutigen Schritt für die ganze Region“.",
                          "Verlagschefin Marlene Quast verwies auf eine Reichweite der Tageszeitungen von 60 Prozent."))
    assert (found["Henrik Ostwald"].category, found["Marlene Quast"].category) == ("quoted", "quoted")


def test_housing_estate_is_no_person():
    assert [c.name for c in find_candidates("Steam poured out of a crack in Maile Estates, which is near the town of Orvado.")] == []


def test_an_address_without_a_question_mark_names_the_interviewee_printed_in_full_elsewhere():
    top = "Anna BeispielAnna Beispiel, Foto: Tim MusterAnna Beispiel ist unsere Forscherin des Monats."
    doc = doc_of(top, "Liebe Frau Beispiel, zunächst würde mich interessieren, wie Sie zur Mathematik gefunden haben.",
                 "Mein Lehrer Karl Probe hat mir früh das Bruchrechnen gezeigt, und ich war sofort begeistert davon.",
                 kind="interview")
    doc.raw_text = "\n\n".join(b.text for b in doc.blocks)
    found = people(doc)
    assert found["Anna Beispiel"].category == "expert"
    assert found["Karl Probe"].category not in ("expert", "quoted")


def test_nickname_in_parentheses_is_no_part_of_the_name():
    names = [(c.name, c.title) for c in find_candidates(
        "Dr. Hannes (Hanni) Beispiel, Leiter der Bergrettung Nordtal, sprach. Die Partei (Mitte) Nord und "
        "Tim (SPD) Muster.")]
    assert ("Hannes Beispiel", "Dr.") in names
    assert not any("Mitte" in n or "SPD" in n for n, _ in names)


def test_genitive_of_a_named_person_is_the_same_person():
    found = people(doc_of("Anna Beispiel ist Hygiene-Fachkraft am Kreiskrankenhaus Nordtal.",
                          "Vier Jahre hat Anna Beispiels Ausbildung gedauert. „Mein Alltag ist sehr vielfältig“, sagt sie."))
    assert "Anna Beispiels" not in found and found["Anna Beispiel"].category in ("expert", "quoted")
    # the genitive read first: the person keeps the name without the ending
    first = people(doc_of("Nach Tim Musters Einschätzung wächst der Markt. „Wir sind zufrieden“, sagte Tim Muster, "
                          "Leiter des Beispiel-Verlags."))
    assert "Tim Musters" not in first and first["Tim Muster"].category in ("expert", "quoted")
    # a different surname that only ends in -s stays a different person
    two = people(doc_of("Anna Peter sprach mit Anna Peters über den Plan des Vereins."))
    assert {"Anna Peter", "Anna Peters"} <= set(two)


def test_quoted_press_spokesman_is_a_source_not_a_writer():
    quoted = people(doc_of("„Der Bedarf steigt jedes Jahr um ein Drittel“, sagt Tim Muster, Pressesprecher der "
                           "Beispiel Netz AG."))
    assert quoted["Tim Muster"].category in ("expert", "quoted")
    # only named as the press contact: not indexed
    contact = people(doc_of("Die Beispiel Netz AG baut 30 neue Masten im Landkreis.",
                            "Tim Muster, Pressesprecher der Beispiel Netz AG, Tel. 0171 1234567"))
    assert contact["Tim Muster"].category not in ("expert", "quoted")


def test_second_role_joined_by_und_before_the_name_is_the_same_speaker():
    found = people(doc_of("Kaum ein Stein sei noch frei, sagte der Schweizer Biologe und Muschelspezialist "
                          "Anna Beispiel der Zeitung."))
    assert found["Anna Beispiel"].category in ("expert", "quoted")
    # 'said the director and X left': the verb has its own subject, the name begins another clause
    other = people(doc_of("„Wir eröffnen im Mai“, sagte der Direktor und Tim Muster nickte."))
    assert other.get("Tim Muster") is None or other["Tim Muster"].category not in ("expert", "quoted")


def test_typographic_quotation_closed_by_a_straight_mark():
    from briefing.extract.people_speech import close_mixed_quotes

    found = people(doc_of("“Cocoa is at the heart of our business and we care deeply about it,\" said Tim Muster, "
                          "President and Chief Executive Officer, Example Foods.\n\"Through our plan we take "
                          "measurable steps for farming communities."))
    assert found["Tim Muster"].category in ("expert", "quoted")
    # a straight pair inside a typographic quotation stays as it is
    text = "“She called it \"a start\" and left,” he said."
    assert close_mixed_quotes(text) == text


def test_pull_quote_with_attribution_line():
    from briefing.extract.quotes import extract_quotes

    doc = doc_of("Anna Beispiel stands in front of the flume.",
                 "“Many species are endangered. We’d like to know why some persist and others struggle.” "
                 "Anna Beispiel, PhD candidate Department of Example Engineering",
                 "The team studied two creeks over a decade.")
    assert people(doc)["Anna Beispiel"].category in ("expert", "quoted")
    assert any(q.speakers == ["Anna Beispiel"] for q in extract_quotes(doc).quotes)
    # running prose: the quotation ends in a comma and the name is the subject of what follows
    prose = people(doc_of("Tim Muster was there.", "“We will see what happens next,” Tim Muster left the hall."))
    assert prose["Tim Muster"].category not in ("expert", "quoted")


def test_label_on_a_line_of_its_own_gives_the_next_paragraph():
    doc = doc_of("Tim Muster ist Chefarzt an der Beispielklinik Nordtal.",
                 "1. Verletzen sich Profis häufiger als früher?",
                 "Tim Muster:",
                 "Leider ja. Die Belastung ist hoch, und die Pausen sind kurz geworden.",
                 "2. Was hilft?",
                 "Muster:",
                 "Gute Rehabilitation und Geduld, vor allem nach schweren Verletzungen.", kind="interview")
    assert people(doc)["Tim Muster"].category in ("expert", "quoted")
    # a contact line after a name label is no answer
    contact = doc_of("Die Beispielklinik Nordtal eröffnet eine neue Station.", "Anna Beispiel:",
                     "Tel. 0123 456789, E-Mail anna@example.org, Zimmer 12 im Erdgeschoss")
    assert people(contact)["Anna Beispiel"].category not in ("expert", "quoted")


def test_inverted_quotation_with_role_of_an_organisation_before_the_name():
    found = people(doc_of("„Das war ein Bilderbuchstart“, schwärmte der Sprecher des Beispiel-Zentrums für "
                          "Raumfahrt (BZR), Tim Muster."))
    assert found["Tim Muster"].category in ("expert", "quoted")
    # a second person before the name: no attribution by position
    two = people(doc_of("„Das war knapp“, lachte der Freund des Piloten Karl Probe, Tim Muster."))
    assert two["Tim Muster"].category not in ("expert", "quoted")


def test_sole_author_of_a_first_person_column_who_states_an_expert_office():
    text = ("Seit 2001 bin ich nicht nur Zoodirektor im Tierpark Nordtal, sondern auch dessen Geschäftsführer. "
            "Die Arbeit hat sich stark verändert.")
    found = people(doc_of(text, authors=["Anna Beispiel"]))
    assert found["Anna Beispiel"].category == "expert" and found["Anna Beispiel"].role == "Zoodirektor"
    # a journalist's byline over a report in which a quoted person speaks in the first person
    report = people(doc_of("„Ich bin Zoodirektor im Tierpark Nordtal“, sagt Tim Muster.", authors=["Anna Beispiel"]))
    assert report["Anna Beispiel"].category not in ("expert", "quoted")
    # denying the office, or naming a lay role, presents no expertise
    lay = people(doc_of("Ich bin kein Zoodirektor, ich bin nur Besucher im Tierpark Nordtal.", authors=["Anna Beispiel"]))
    assert lay["Anna Beispiel"].category not in ("expert", "quoted")


def test_age_between_commas_then_a_predicate_gives_the_role():
    from briefing.extract.people_roles import describe_after

    assert describe_after(", 44, ist Chefarzt an der Beispielklinik Nordtal.").role == "Chefarzt"
    # an apposition after the age stays an apposition
    assert describe_after(", 44, Vorsitzender des Beispielvereins").role == "Vorsitzender"


def test_names_with_nordic_and_central_european_capitals():
    names = [c.name for c in find_candidates("„Gut“, sagt Anna Ødegaard. „Ja“, sagt Åsa Larsson. „Nein“, sagt Ana Kožić.")]
    assert names == ["Anna Ødegaard", "Åsa Larsson", "Ana Kožić"]


def test_profession_of_expertise_before_the_name_presents_an_expert():
    de = categories(doc_of("Der Bauingenieur Tim Muster untersucht seit Jahren Brücken.", kind="press_release"))
    assert de["Tim Muster"] == "expert"
    en = categories(doc_of("Structural engineer Anna Beispiel has studied bridges for 20 years.", kind="press_release"))
    assert en["Anna Beispiel"] == "expert"
    # with a research organisation, a profession in the apposition presents the expert, in news too
    led = categories(doc_of("The study was led by Anna Beispiel, an engineer at the Example Institute.", kind="news"))
    assert led["Anna Beispiel"] == "expert"
    # lay roles, offices, journalists and people named without a role are no experts
    for text in ("Die Patientin Anna Beispiel wurde im Klinikum Musterstadt behandelt.",
                 "Der Anwohner Tim Muster beobachtet die Brücke seit Jahren.",
                 "Bürgermeisterin Anna Beispiel eröffnete die Brücke.",
                 "Die Mutter Anna Beispiel besuchte die Brücke.",
                 "Resident Tim Muster has lived near the bridge for 20 years.",
                 "Mayor Anna Beispiel opened the bridge.",
                 "Visitor Anna Beispiel liked the bridge.",
                 "The fan Tim Muster watched the match."):
        assert set(categories(doc_of(text, kind="press_release")).values()) == {"mentioned"}, text
    for text in ("Reporter Tim Muster hat die Brücke besucht.", "Die Journalistin Anna Beispiel untersucht Brücken."):
        assert "expert" not in categories(doc_of(text, kind="press_release")).values(), text
    # news name people in passing: a profession without an organisation does not present an expert there
    news = categories(doc_of("Der Bauingenieur Tim Muster untersucht seit Jahren Brücken.", kind="news"))
    assert news["Tim Muster"] == "mentioned"


def test_head_of_a_research_team_is_presented_as_expert():
    de = categories(doc_of("Entwickelt hat das Verfahren ein Team um Anna Beispiel von der Universität Musterstadt.",
                           kind="press_release"))
    assert de["Anna Beispiel"] == "expert"
    bio = categories(doc_of("Ein Forschungsteam um die Biologin Anna Beispiel hat das Verfahren getestet.",
                            kind="press_release"))
    assert bio["Anna Beispiel"] == "expert"
    # a sports team, a team around a coach, a team of no research
    for text in ("Ein Team um den Trainer Tim Muster hat eine neue Methode entwickelt.",
                 "Das Team um Tim Muster gewann das Finale.",
                 "The team led by coach Tim Muster won the final."):
        assert set(categories(doc_of(text, kind="press_release")).values()) == {"mentioned"}, text


def test_head_of_a_research_unit_is_presented_as_expert():
    found = people(doc_of("Anna Beispiel ist Leiterin der Arbeitsgruppe Baustatik am Beispiel-Institut.",
                          kind="press_release"))
    assert found["Anna Beispiel"].category == "expert" and "Arbeitsgruppe Baustatik" not in found
    # the head of a sales department is no expert
    sales = categories(doc_of("Tim Muster ist Leiter der Abteilung Vertrieb bei der Beispiel GmbH.",
                              kind="press_release"))
    assert sales["Tim Muster"] == "mentioned"


def test_author_of_the_study_with_colleagues_or_published():
    de = categories(doc_of("Die Studie von Anna Beispiel und Kollegen erscheint im Fachjournal Beispiel.",
                           kind="press_release"))
    assert de["Anna Beispiel"] == "expert"
    en = categories(doc_of("A paper by Tim Muster et al. appeared in the journal Example.", kind="press_release"))
    assert en["Tim Muster"] == "expert"
    assert categories(doc_of("Die Studie von 2019 zeigte ähnliche Ergebnisse.", kind="press_release")) == {}
    visit = categories(doc_of("Der Besuch von Tim Muster und Kollegen fiel kurz aus.", kind="press_release"))
    assert visit["Tim Muster"] == "mentioned"
    mayor = categories(doc_of("Die Studie von Bürgermeister Tim Muster und Kollegen erscheint im Fachjournal Beispiel.",
                              kind="press_release"))
    assert mayor["Tim Muster"] == "mentioned"


def test_unknown_first_name_with_a_role_predicate_or_co_authors():
    names = [c.name for c in find_candidates("Kwame Mensah ist Leiterin der Arbeitsgruppe Baustatik am Institut.")]
    assert names == ["Kwame Mensah"]
    names = [c.name for c in find_candidates("Kwame Mensah is an associate professor of civil engineering.")]
    assert names == ["Kwame Mensah"]
    names = [c.name for c in find_candidates("Die Studie von Kwame Mensah und Kollegen erscheint bald.")]
    assert names == ["Kwame Mensah"]
    # no role in the predicate, no co-authors: an unknown first name stays unknown
    assert find_candidates("Kwame Mensah ist Fan des Vereins.") == []
    assert find_candidates("Kwame Mensah und Freunde feierten.") == []
    assert find_candidates("Sie leitet die Arbeitsgruppe Baustatik.") == []


def test_an_office_ending_in_general_is_no_part_of_the_name():
    ppl = people(doc_of("“As we launch the assembly phase,” said EXF Director-General Bernard Example in his address. "
                        "“This is a great day,” said Secretary-General Anna Beck."))
    assert "Bernard Example" in ppl and "Director-General Bernard Example" not in ppl
    assert "Anna Beck" in ppl
