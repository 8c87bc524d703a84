"""The publisher-fallback experiment (scripts/publisher_fallback_candidates.py, scripts/publisher_fallback.py).

Every text here is invented: the candidates' sources, their features, the decision with a hand-made model (so that
the tests do not follow trained weights) and the training script's labels and threshold rule.
"""

from __future__ import annotations

import pytest

from script_module import load_script

pf = load_script("publisher_fallback_candidates")

PROSE = ("Die Forscherinnen haben ein neues Verfahren entwickelt, das die Messung deutlich genauer macht. Es spart "
         "Zeit und Material, und erste Tests verliefen vielversprechend.")
PROSE_EN = ("The researchers have developed a new method that makes the measurement much more precise. It saves time "
            "and material, and the first tests went well.")


def sources(text: str, url: str | None = None) -> dict[str, set[str]]:
    """name → the sources that found it."""
    return {name: {source for source, _ in places} for name, places in pf.collect_candidates(text, url).items()}


def found_by(text: str, source: str, url: str | None = None) -> set[str]:
    return {name for name, found in sources(text, url).items() if source in found}


# --- each source of candidates -----------------------------------------------------------------------------------

def test_a_name_on_a_line_of_its_own_and_a_lines_segment():
    assert "Beispielverband Musterland e.V." in found_by(f"Neue Wege\n\n{PROSE}\n\nBeispielverband Musterland e.V.\n",
                                                          "own_line")
    assert "Musterstädter Kurier" in found_by(f"Titel der Meldung | Musterstädter Kurier\n\n{PROSE}", "segment")
    # a sentence is no name
    assert not found_by(f"{PROSE}\n", "own_line")


def test_an_interviewers_label_over_questions_and_a_label_alone():
    interview = "Beispiel Rundschau: Wie fing alles an?\n\nAnna Beck: Mit einem Zufall.\n"
    assert found_by(interview, "question_label") == {"Beispiel Rundschau"}  # the answer's label asks nothing
    assert "Beispiel Rundschau" in found_by("Beispiel Rundschau:\nWie fing alles an?\n", "question_label")
    assert "Beispiel Rundschau" in found_by("Beispiel Rundschau:\nMit einem Zufall.\n", "label_alone")


def test_phrases_that_address_an_outlet():
    assert "Musterville Gazette" in found_by(f"{PROSE_EN} Anna Beck told the Musterville Gazette.", "cue_outlet")
    assert "Musterstädter Kurier" in found_by("Die Zahl stieg (Musterstädter Kurier berichtete) im Herbst.", "cue_outlet")
    assert "Beispiel Rundschau" in found_by("Das sagte Anna Beck gegenüber der Beispiel Rundschau.", "cue_outlet")


def test_a_datelines_tag_and_a_defined_organisation():
    assert "WXYZ" in found_by("MUSTERVILLE (WXYZ) -- The council met on Monday.", "dateline_tag")
    text = "Der Beispielverband Musterland (BVM) fordert mehr Geld. Der BVM sagt das seit Jahren."
    assert "Beispielverband Musterland" in found_by(text, "defined_full")
    assert "BVM" in found_by(text, "defined_abbr")


def test_labels_credits_and_bylines():
    assert "Musterstädter Kurier" in found_by("Quelle: Musterstädter Kurier, Ausgabe 12", "source_label")
    assert "Beispielverband Musterland e.V." in found_by("Herausgeber: Beispielverband Musterland e.V.", "imprint_label")
    assert found_by("© 2024 Beispiel Medien GmbH. Alle Rechte vorbehalten.", "copyright") == {"Beispiel Medien GmbH"}
    assert "Beispielverband Musterland" in found_by("Foto: Beispielverband Musterland", "photo_credit")
    # the byline's name ends where its capitals do ('on May 2' is no part of it)
    assert found_by("By Example Weekly on May 2, 2020", "byline") == {"Example Weekly"}


def test_a_periodicals_issuer_an_about_section_and_a_releases_label():
    assert "Example Guild" in found_by("The Newsletter of the Example Guild", "organ")
    assert "Example Guild" in found_by(f"{PROSE_EN}\n\nAbout Example Guild\n\nExample Guild is a society.", "about")
    assert "Beispiel Stiftung" in found_by(f"Pressemitteilung der Beispiel Stiftung\n\n{PROSE}", "release_label")
    assert "Example Guild" in found_by(f"Example Guild Statement on the new rules\n\n{PROSE_EN}", "release_label")


def test_a_headings_prefix_a_possessive_and_a_sign_off():
    assert "Example Guild" in found_by(f"Example Guild: a year of change\n\n{PROSE_EN}", "title_prefix")
    assert "Example Weekly" in found_by(f"Example Weekly's Guide to the Season\n\n{PROSE_EN}", "possessive")
    assert "Beispielverband Musterland" in found_by(f"{PROSE}\n\n{PROSE}\n\nAnna Beck, Beispielverband Musterland",
                                                     "sign_off")


def test_names_the_address_or_an_e_mail_domain_spells():
    assert "beispielkurier.de" in found_by("Mehr dazu auf beispielkurier.de im Netz.", "domain_in_prose")
    assert "Beispielkurier" in found_by("Der Beispielkurier berichtet.\n\nhttps://www.beispielkurier.de/artikel/1",
                                        "host_name")
    assert "Beispielkurier" in found_by("Der Beispielkurier berichtet.", "host_name", url="beispielkurier.de/artikel/1")
    assert "Example Guild" in found_by("The Example Guild invites all.\n\nContact: press@example-guild.org", "email_name")
    # by its initials: 'Beispielverband Musterland' ~ 'bm.de'
    assert "Beispielverband Musterland" in found_by("Der Beispielverband Musterland lädt ein.", "host_name",
                                                     url="https://www.bm.de/presse")


def test_organisations_in_the_first_lines_and_named_often():
    assert "Beispiel Stiftung" in found_by(f"{PROSE} Die Beispiel Stiftung hilft.", "head_name")
    later = "\n\n".join([f"Erste Zeile\n\n{PROSE}"] + [PROSE] * 5)
    text = f"{later}\n\nDie Beispiel Stiftung hilft. Die Beispiel Stiftung plant. Die Beispiel Stiftung lädt ein."
    assert "Beispiel Stiftung" in found_by(text, "named_often")


def test_distributors_single_generic_words_and_sentence_runs_are_no_candidates():
    assert not sources("Musterstadt, May 2, 2023 (GLOBE NEWSWIRE) -- Example Labs announced a product.").get(
        "GLOBE NEWSWIRE")
    assert sources("Anna Beck\n\nVerband\n\nNews\n").keys() == {"Anna Beck"}
    # a run of capitals stops at a sentence's end, not at an initial or a legal form
    assert pf.tidy_name("Zeit und Material. Erste Tests") == "Zeit und Material"
    assert pf.tidy_name("U.S. Example Protection Agency") == "U.S. Example Protection Agency"
    assert pf.tidy_name("■ Beispiel Verlags GmbH I") == "Beispiel Verlags GmbH"


# --- features ----------------------------------------------------------------------------------------------------

def test_features_say_where_how_often_and_of_what_form():
    text = f"Beispielverband Musterland e.V.\n\n{PROSE}\n\nDer Beispielverband Musterland e.V. lädt ein."
    features = dict(pf.document_candidates(text))["Beispielverband Musterland e.V."]
    assert features["src:own_line"] == features["head:own_line"] == features["pos:first_line"] == 1.0
    assert features["form:org_word"] == features["form:legal"] == features["own_line&org_word"] == 1.0
    assert features["printed"] == pytest.approx(pf.math.log1p(2))
    assert "form:person" not in features
    assert pf._person_like("Anna Beck") and not pf._person_like("Beispiel Stiftung")
    assert pf.has_org_word("Landesbeispielkammer")  # a compound ending in an organisation's word


# --- the decision ------------------------------------------------------------------------------------------------

MODEL = {"intercept": -3.0, "threshold": 0.5,
         "weights": {"src:question_label": 2.0, "form:outlet_word": 2.0, "form:person": -4.0}}


def test_the_best_candidate_over_the_threshold_is_taken():
    interview = f"Beispiel Rundschau: Wie fing alles an?\n\nAnna Beck: {PROSE}\n\nBeispiel Rundschau: Und dann?\n"
    ranked = pf.rank_candidates(interview, MODEL)
    assert ranked[0][0] == "Beispiel Rundschau" and ranked[0][1] > 0.5
    assert pf.fallback_publisher(interview, MODEL) == "Beispiel Rundschau"


def test_abstains_when_no_candidate_is_credible():
    assert pf.fallback_publisher(f"Neue Wege im Park\n\n{PROSE}\n", MODEL) is None  # candidates, all weak
    assert pf.fallback_publisher(PROSE.lower(), MODEL) is None  # no candidate at all


# --- the training script -----------------------------------------------------------------------------------------

def test_training_labels_are_the_gold_give_or_take_one_word_or_its_abbreviation():
    script = load_script("publisher_fallback")
    assert script.right("Beispielverband Musterland e.V.", "Beispielverband Musterland")
    assert script.right("Beispielverband Musterland (BVM)", "BVM")
    assert not script.right("Example", "Example Magazin 2/2019 Attraktive Rabatte")  # contains it, is no name
    assert not script.right(None, "Example Guild")


def test_the_threshold_is_the_lowest_step_whose_proposals_gain_more_than_they_cost():
    script = load_script("publisher_fallback")
    gold, null = {"gold": "Example Guild"}, {"gold": None}
    scored = ([(null, "Example Guild", 0.25)] * 3 + [(gold, "Example Guild", 0.25)]  # 0.2-0.3: one right, three cost
              + [(gold, "Example Guild", 0.35)] * 2 + [(null, "Example Guild", 0.36)]  # 0.3-0.4: two right, one cost
              + [(gold, "Example Guild", 0.75)])
    assert script.choose_threshold(scored) == 0.3


def test_training_refuses_to_hold_out_a_set_that_is_not_tuned():
    script = load_script("publisher_fallback")
    with pytest.raises(SystemExit):
        script.main(["--hold-out", "no-such-set"])


def test_where_a_gold_publisher_is_printed():
    script = load_script("publisher_fallback")
    text = f"Beispiel Rundschau: Wie fing alles an?\n\n{PROSE}\n\n© 2024 Beispiel Rundschau\n"
    places = script.places_of("Beispiel Rundschau", text, "https://www.beispiel-rundschau.de/x")
    assert {"interviewer's label ('X: …?')", "copyright line", "first 5 lines",
            "an address's host spells it"} <= places
    assert script.places_of("Beispiel Rundschau", PROSE, None) == {"not printed as annotated (inflected, or absent)"}
