"""Expert detection, generalisation round 11: how any report names, spells and presents a person, in German or
English. All texts, names and organisations are invented; each rule has a negative twin where it must not fire."""

from briefing.extract.people import decide_category, Evidence
from briefing.extract.people_names import find_candidates
from briefing.extract.people_roles import describe_after, describe_apposition
from briefing.model import Block
from test_people_session8 import indexed, people


def names(text):
    return [c.name for c in find_candidates(text)]


# --- where a name starts and ends ---------------------------------------------------------------------------

def test_conjunction_opening_a_sentence_is_no_first_name():
    assert names("But Greta Morland, head of the Example Water Board, disagreed.") == ["Greta Morland"]
    assert names("When Greta Morland arrived, the hall was full.") == ["Greta Morland"]
    assert names("Greta Morland, head of the Example Water Board, disagreed.") == ["Greta Morland"]


def test_critic_before_a_name_is_no_first_name():
    assert names("Just ask our Chief Critic Lorna Pettigrew, who has seen every film.") == ["Lorna Pettigrew"]


def test_unit_after_von_der_is_no_part_of_a_titled_name():
    assert names("„Das rechnet sich“, so Dr. Janne Orbeck von der Beispiel-Rohstoffabteilung.") == ["Janne Orbeck"]
    assert names("„Das rechnet sich“, so Dr. Janne Orbeck vom Landesamt für Beispielwesen.") == ["Janne Orbeck"]
    # a surname after 'von der' stays whole
    assert names("„Das rechnet sich“, so Dr. Janne Marie von der Aue.") == ["Janne Marie von der Aue"]


def test_administrative_area_is_no_first_name():
    assert names("Rund 80 Helfer habe der Verein im Landkreis Talheim, berichtete Ole Brandner.") == ["Ole Brandner"]
    assert names("Rund 80 Helfer habe der Verein, berichtete Ole Brandner.") == ["Ole Brandner"]


# --- one person, two spellings ----------------------------------------------------------------------------------

def test_spelling_variants_of_a_first_name_are_one_person_named_as_printed_most():
    found = people(Block(kind="paragraph", text="Gemüsebauer Stefan Querbach sucht Helfer."),
                   Block(kind="paragraph", text="Auf dem Hof von Stephan Querbach klingelt das Telefon. „Wir brauchen "
                                                "jede Hand“, sagt Stephan Querbach."),
                   Block(kind="paragraph", text="Stephan Querbach hofft auf gutes Wetter."))
    assert "Stephan Querbach" in found and "Stefan Querbach" not in found


def test_different_first_names_with_one_surname_stay_two_people():
    found = people(Block(kind="paragraph", text="Stefan Querbach und Steffi Querbach führen den Hof."))
    assert {"Stefan Querbach", "Steffi Querbach"} <= set(found)


# --- a statement announced by its noun --------------------------------------------------------------------------

def test_issued_the_following_statement_announces_the_next_paragraphs():
    found = people(Block(kind="paragraph", text="The outbreak reached three more farms. Tessa Lindqvist, director "
                                                "of the Example Growers Association, issued the following statement:"),
                   Block(kind="paragraph", text="“This is a serious situation for every grower in the region, and "
                                                "we are working with the agencies around the clock.”"))
    assert "Tessa Lindqvist" in indexed(found)


def test_statement_noun_without_colon_announces_nothing():
    found = people(Block(kind="paragraph", text="The outbreak reached three more farms. Tessa Lindqvist, director "
                                                "of the Example Growers Association, issued a statement."),
                   Block(kind="paragraph", text="“This is a serious situation for every grower in the region, and "
                                                "we are working with the agencies around the clock.”"))
    assert "Tessa Lindqvist" not in indexed(found)


# --- roles and affiliations -------------------------------------------------------------------------------------

def test_role_of_an_organisation_named_after_of():
    desc = describe_after(", medical director of the North Example Ambulance Service (NEAS), said: “Fine.”")
    assert desc.affiliation == "North Example Ambulance Service (NEAS)"
    desc = describe_after(", chief nurse of the NEAS, said that the trust grew.")
    assert desc.affiliation == "NEAS"
    # a field after 'of' is no organisation
    assert describe_after(", professor of Marine Biology, said: “Fine.”").affiliation is None


def test_german_office_title_with_the_organisation_name_after_it():
    desc = describe_after(", Geschäftsführerin Quandor Westfalen, sagte sie.")
    assert (desc.role, desc.affiliation) == ("Geschäftsführerin", "Quandor Westfalen")
    desc = describe_after(", Vorsitzender Obstfreunde Talheim e.V., sagte er.")
    assert (desc.role, desc.affiliation) == ("Vorsitzender", "Obstfreunde Talheim e.V.")
    # the office's area is a common noun, no organisation
    desc = describe_after(", Leiterin Vertrieb, sagte sie.")
    assert (desc.role, desc.affiliation) == ("Leiterin Vertrieb", None)


def test_role_phrase_ends_where_the_predicate_begins():
    assert describe_after(", Head of Development presented the room with new figures.").role == "Head of Development"
    assert describe_apposition("Vereinspräsident und verwies auf die Zahlen").role == "Vereinspräsident"
    # coordinated roles stay whole
    assert describe_after(", Präsident und Geschäftsführer, sagte er.").role == "Präsident und Geschäftsführer"


# --- a quoted person with an age ----------------------------------------------------------------------------------

def test_quoted_person_with_age_and_a_role_at_an_organisation_is_a_source():
    official = Evidence(quoted=True, private=True, role=True, affiliation=True)
    assert decide_category(official)[0] in ("expert", "quoted")
    witness = Evidence(quoted=True, private=True)
    assert decide_category(witness)[0] == "mentioned"
