"""Expert detection, session 9: coaches and smiths presented in their profession, churches named after their town
are no people, and a newspaper writer's short sign after the name. All names and organisations are invented."""

from briefing.extract.people_lexicon import is_role_word
from briefing.model import Block
from test_people_session8 import indexed, names, people  # candidate names, mentions by name, the indexed ones


# --- coaches and smiths are professions --------------------------------------------------------------------

def test_coaches_and_smiths_are_role_words_but_not_their_surname_homonyms():
    assert is_role_word("Bundestrainerin") and is_role_word("coach") and is_role_word("blacksmith")
    assert is_role_word("Kunstschmied") and is_role_word("stonemason")
    # 'Smith', 'Schmied' and 'Steinmetz' are common surnames: they stay names
    assert not is_role_word("Smith") and not is_role_word("Schmied") and not is_role_word("Steinmetz")
    assert names("Yesterday Chris Smith and Lena Schmied visited the workshop.") == ["Chris Smith", "Lena Schmied"]


def test_coach_before_the_name_presents_an_expert():
    found = people("Head coach Marta Vellin has built the junior squad of the Westfold club over six years.",
                   kind="press_release")
    assert found["Marta Vellin"].category == "expert"
    found = people("Marta Vellin has built the junior squad of the Westfold club over six years.",
                   kind="press_release")
    assert "Marta Vellin" not in indexed(found)


def test_smith_before_the_name_presents_an_expert():
    found = people("Am Nachmittag zeigte Kunstschmied Olaf Brenning am offenen Feuer, wie ein Hufeisen entsteht.",
                   kind="press_release")
    assert found["Olaf Brenning"].category == "expert"
    found = people("Am Nachmittag zeigte Olaf Brenning am offenen Feuer, wie ein Hufeisen entsteht.",
                   kind="press_release")
    assert "Olaf Brenning" not in indexed(found)


# --- churches named after their town -----------------------------------------------------------------------

def test_church_named_after_its_town_is_no_person():
    assert names("Chester Minster announces a new apprenticeship, and Lincoln Cathedral celebrates its masons.") == []
    assert names("Jane Abbott said the new roof was finished.") == ["Jane Abbott"]


# --- a writer's short sign ---------------------------------------------------------------------------------

def test_name_with_its_own_short_sign_is_the_writer():
    sign = Block(kind="paragraph", text="Kultur/Handwerk: Jana Beispiel (jb)")
    quote = Block(kind="paragraph", text="„Wir nähen jedes Stück von Hand“, sagt Jana Beispiel.")
    found = people(sign, quote)
    assert found["Jana Beispiel"].category not in ("expert", "quoted")
    # a parenthesis that is not her sign (a party, another's letters) changes nothing
    other = Block(kind="paragraph", text="Kultur/Handwerk: Jana Beispiel (spd)")
    found = people(other, quote)
    assert found["Jana Beispiel"].category in ("expert", "quoted")


def test_coach_named_as_a_teams_head_is_the_teams_news():
    found = people("The team led by coach Marta Vellin won the regional final on Sunday.", kind="press_release")
    assert "Marta Vellin" not in indexed(found)
    found = people("Coach Marta Vellin has trained the regional squad in the new hall since May.", kind="press_release")
    assert "Marta Vellin" in indexed(found)


def test_quoted_coach_without_an_organisation_is_no_lay_witness():
    found = people("„Die Mannschaft hat heute klug gespielt“, sagte Trainerin Marta Vellin nach dem Spiel.")
    assert found["Marta Vellin"].category == "expert"
