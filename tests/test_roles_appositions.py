"""Role and affiliation read from appositions and predicates (invented text only)."""

from briefing.extract.people_roles import describe_after


def _read(text):
    d = describe_after(text)
    return d and (d.role, d.affiliation)


def test_guild_master_and_guild_are_role_and_organisation():
    assert _read(", Obermeister der Nordtaler Innung. In der Stadt gibt es …") == ("Obermeister", "Nordtaler Innung")
    assert _read(", Obermeister der Dachdeckerinnung Talkreis, sagte …") == ("Obermeister", "Dachdeckerinnung Talkreis")


def test_champion_is_no_guild_master():
    assert describe_after(", Weltmeister im Kugelstoßen, sagte …") is None


def test_english_role_of_a_titled_name_or_an_office_of_a_name():
    assert _read(", Artistic Director of The Sample Opera of Borduria, today announced")[1] == "The Sample Opera of Borduria"
    assert _read(", Chairperson of Sample Rowing, said") == ("Chairperson of Sample Rowing", "Sample Rowing")
    assert _read(" is the president and founder of Sample Cidery here in Greenville.")[1] == "Sample Cidery"


def test_field_of_study_after_of_is_no_organisation():
    assert _read(", Professor of Marine Biology, said") == ("Professor of Marine Biology", None)
    assert _read(", Professor of The History of Science, said")[1] is None  # a professorship names a field
    assert _read(", Vice President of The Global Markets, said")[1] is None  # 'The' before a field word


def test_german_genitive_attribute_belongs_to_the_name():
    assert _read(" vom Bundesverband des Muster-Großhandels (BMG). Deutlich …") == (
        None, "Bundesverband des Muster-Großhandels (BMG)")
    assert _read(" vom Fachverband geprüfter Gerätewarte. Der …") == (None, "Fachverband geprüfter Gerätewarte")
    assert _read(", Geschäftsführer des Verbandes der erfundenen Industrie (VEI), sagte") == (
        "Geschäftsführer", "Verband der erfundenen Industrie (VEI)")


def test_genitive_of_another_organisation_is_not_merged():
    # 'Institut der Universität X': the institute is a unit of the university, no one name
    desc = describe_after(", Direktor des Instituts der Universität Nordtal, sagte")
    assert desc.affiliations != ["Institut der Universität Nordtal"]


def test_ordinal_office_and_founding_participle_before_a_quoted_name():
    assert _read(", 1. Vorsitzender des 1968 gegründeten „Schachclub Nordtal“. „Mein …") == (
        "1. Vorsitzender", "Schachclub Nordtal")


def test_number_at_sentence_end_is_no_ordinal():
    assert "Verein" not in str(_read(", Leiter der Gruppe 12. Der Verein tagt …"))


def test_sentence_full_stop_is_cut_from_the_organisation():
    assert _read(" ist Anstaltsleiter in der Justizvollzugsanstalt Nordtal I. Und wir …") == (
        "Anstaltsleiter", "Justizvollzugsanstalt Nordtal I")
    assert _read(", Vorsitzender des Beispielvereins Nordtal e. V. Und wir …")[1].endswith("e. V.")


def test_last_holder_of_an_office_in_base_form():
    assert _read(", der letzte Obermeister der Bäcker-Innung Nordtal, sagt") == (
        "letzter Obermeister", "Bäcker-Innung Nordtal")


def test_next_person_of_a_caption_list_is_no_apposition():
    assert describe_after(", Lehrling Jonas Feldmann und Obermeister Karl Steinhauer.") is None
    assert _read(", Obermeister der Innung Nordtal und Umgebung, sagte")[0] == "Obermeister"
