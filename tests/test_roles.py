"""The role fallback (extract.roles): its candidates, their phrase, the chooser and its abstention.

Every text here is invented. The chooser's tests use small hand-written models, so that they test the mechanics and
not the weights `scripts/role_fallback.py --train` happens to write; two tests read the shipped model on cases
whose signals are unmistakable.
"""

from briefing.extract import roles
from briefing.model import Block, Document, Mention, SourceMeta


def doc_of(*blocks, people=(), language="de"):
    doc = Document(id="x", seed="x.txt", format="txt", meta=SourceMeta(language=language))
    doc.blocks = [Block(kind="paragraph", text=b) for b in blocks]
    doc.people = list(people)
    return doc


def expert(name, **fields):
    return Mention(name=name, category=fields.pop("category", "expert"), labels=[name.split()[-1]], **fields)


def candidates(doc, name):
    mention = next(m for m in doc.people if m.name == name)
    return [c.text for _, c, _ in roles.scored_candidates(doc, mention, roles.text_units(doc))]


# --- candidates ---------------------------------------------------------------------------------------------------

def test_a_german_person_noun_by_its_shape_with_its_adjective():
    doc = doc_of("Der erfahrene Kesselflicker Max Muster repariert seit Jahren Töpfe.", people=[expert("Max Muster")])
    assert "erfahrene Kesselflicker" in candidates(doc, "Max Muster")


def test_an_english_person_noun_with_modifier_and_complement():
    doc = doc_of("Jane Roe is a marsh ecologist of the Example Wetland Society and walks every morning.",
                 people=[expert("Jane Roe")], language="en")
    assert "marsh ecologist of the Example Wetland Society" in candidates(doc, "Jane Roe")


def test_a_complement_names_a_field_not_a_place_or_a_time():
    doc = doc_of("Max Muster ist Professor für Beispielkunde an der Universität Nordstadt. Er war Präsident seit "
                 "2009 in Südstadt.", people=[expert("Max Muster")])
    found = candidates(doc, "Max Muster")
    assert "Professor für Beispielkunde" in found and "Präsident" in found


def test_a_weak_noun_in_its_base_form():
    assert roles.base_form("Präsidenten") == "Präsident"
    assert roles.base_form("Beispielologen") == "Beispielologe"
    assert roles.base_form("Schreiner") == "Schreiner"


def test_no_candidate_inside_a_name_nor_an_english_shape_in_german_text():
    doc = doc_of("Max Schreiner sagt seiner Nachbarin nichts.", people=[expert("Max Schreiner")])
    assert candidates(doc, "Max Schreiner") == []


def test_the_persons_own_answers_are_searched():
    doc = Document(id="x", seed="x.txt", format="txt", meta=SourceMeta(language="de"))
    doc.blocks = [Block(kind="paragraph", text="Ein Gespräch mit Max Muster über Töpfe."),
                  Block(kind="paragraph", text="Ich bin Kesselflicker seit meiner Jugend.", speakers=["Max Muster"])]
    doc.people = [expert("Max Muster")]
    assert "Kesselflicker" in candidates(doc, "Max Muster")


def test_head_class_from_the_lexicon():
    assert roles.head_class("Professorin") == "scholarly"
    assert roles.head_class("Bürgermeister") == "political"
    assert roles.head_class("Kesselflicker") == "shape"


# --- the chooser --------------------------------------------------------------------------------------------------

def test_the_chooser_takes_a_credible_candidate_and_abstains_otherwise():
    doc = doc_of("Der Kesselflicker Max Muster repariert Töpfe.", people=[expert("Max Muster")])
    roles.fill_roles(doc, {"intercept": -2.0, "threshold": 0.5, "weights": {"directly_before": 4.0}})
    assert doc.people[0].role == "Kesselflicker"
    doc = doc_of("Der Kesselflicker Max Muster repariert Töpfe.", people=[expert("Max Muster")])
    roles.fill_roles(doc, {"intercept": -2.0, "threshold": 0.9, "weights": {"directly_before": 4.0}})
    assert doc.people[0].role is None


def test_a_role_found_and_a_person_outside_the_index_are_left_alone():
    model = {"intercept": 5.0, "threshold": 0.1, "weights": {}}
    doc = doc_of("Der Kesselflicker Max Muster und die Kesselflickerin Erika Beispiel reparieren Töpfe.",
                 people=[expert("Max Muster", role="Meister"), expert("Erika Beispiel", category="mentioned")])
    roles.fill_roles(doc, model)
    assert doc.people[0].role == "Meister" and doc.people[1].role is None


# --- the shipped model --------------------------------------------------------------------------------------------

def test_shipped_model_takes_an_apposition_after_the_name():
    doc = doc_of("Das sagt Max Muster, Kesselflicker aus Nordstadt. Die Töpfe seien alt.", people=[expert("Max Muster")])
    roles.fill_roles(doc)
    assert doc.people[0].role == "Kesselflicker"


def test_shipped_model_abstains_without_a_person_noun():
    doc = doc_of("Max Muster repariert Töpfe. Das Wetter war schön.", people=[expert("Max Muster")])
    roles.fill_roles(doc)
    assert doc.people[0].role is None
