"""The affiliation fallback (extract.affiliations): its organisation candidates, the chooser and its abstention.

Every text here is invented. The chooser's tests use small hand-written models, so that they test the mechanics and
not the weights `scripts/affiliation_fallback.py --train` happens to write; two tests read the shipped model on
cases whose signals are unmistakable (a retrained model that fails them has lost what it is for).
"""

from briefing.extract import affiliations as aff
from briefing.extract.linear_model import best_above
from briefing.model import Block, Document, Mention, Quote, SourceMeta


def doc_of(*blocks, people=(), quotes=(), **meta):
    doc = Document(id="x", seed="x.txt", format="txt", meta=SourceMeta(**meta))
    doc.blocks = [b if isinstance(b, Block) else Block(kind="paragraph", text=b) for b in blocks]
    doc.people = list(people)
    doc.quotes = list(quotes)
    return doc


def expert(name, **fields):
    return Mention(name=name, category=fields.pop("category", "expert"), labels=[name.split()[-1]], **fields)


def labels(doc):
    return {c.label for c in aff.organisation_candidates(doc)}


def candidate(doc, label):
    return next(c for c in aff.organisation_candidates(doc) if c.label == label)


# --- candidates ---------------------------------------------------------------------------------------------------

def test_german_head_word_phrase_in_its_base_form():
    doc = doc_of("Max Muster hat den Vorstand des Deutschen Beispielverbandes verlassen.",
                 people=[expert("Max Muster")])
    assert labels(doc) == {"Deutscher Beispielverband"}
    assert candidate(doc, "Deutscher Beispielverband").head == "association"


def test_head_word_with_complement_and_place():
    doc = doc_of("Sie forscht am Institut für Angewandte Beispielkunde. Er arbeitet im Klinikum Nordstadt.",
                 "He teaches at the University of Exampleton and at Northtown General Hospital.")
    assert labels(doc) == {"Institut für Angewandte Beispielkunde", "Klinikum Nordstadt", "University of Exampleton",
                           "Northtown General Hospital"}


def test_a_sites_about_heading_is_no_part_of_the_name():
    # "About Example Garden Association", a site's section heading: the organisation is the association
    doc = doc_of("Tim Muster is the director of the association.",
                 "About Example Garden Association\nThe Example Garden Association promotes gardening in the region.",
                 people=[expert("Tim Muster")])
    assert labels(doc) == {"Example Garden Association"}


def test_a_head_word_alone_plural_or_generic_is_no_candidate():
    doc = doc_of("Der Verband begrüßt die Mitgliedsinnungen. The university said so. Das Institut schweigt.")
    assert labels(doc) == set()


def test_legal_form_names_a_company():
    doc = doc_of("Die Musterfirma Beispiel GmbH stellt Schrauben her; die Beispielfreunde e.V. helfen.")
    found = {c.label: c for c in aff.organisation_candidates(doc)}
    assert "Musterfirma Beispiel GmbH" in found and "legal" in found["Musterfirma Beispiel GmbH"].sources
    assert "Beispielfreunde e.V." in found


def test_defined_abbreviation_joins_its_long_form_and_later_uses():
    doc = doc_of("Der Bundesverband Beispielhafter Testgeräte (BBT) tagt.", "Die BBT fordert mehr Geld.")
    cand = candidate(doc, "Bundesverband Beispielhafter Testgeräte (BBT)")
    assert cand.acronym == "BBT" and "defined" in cand.sources
    assert len(cand.occurrences) == 2


def test_abbreviation_before_its_long_form_and_undefined_abbreviation():
    doc = doc_of("The EXA (Example Xylophone Association) met. Later the QRZ issued a statement.")
    assert labels(doc) == {"Example Xylophone Association (EXA)", "QRZ"}
    assert "acronym_only" in candidate(doc, "QRZ").sources


def test_no_abbreviation_from_degrees_offices_or_a_persons_initials():
    doc = doc_of("Jane Q. Roe, PhD, met the CEO and the MP. JQR signed.", people=[expert("Jane Q. Roe")])
    assert labels(doc) == set()


def test_publisher_is_a_candidate_merged_with_the_text():
    doc = doc_of("Die Beispiel-Akademie lädt ein.", publisher="Beispiel-Akademie", kind="press_release")
    cand = candidate(doc, "Beispiel-Akademie")
    assert {"publisher", "head"} <= cand.sources
    assert labels(doc_of("Ein Text ohne Namen.", publisher="Beispielhaus Verlag")) == {"Beispielhaus Verlag"}


def test_headline_in_title_case_gives_no_head_phrase():
    doc = doc_of(Block(kind="heading", text="Mayor Praises New Example Council Budget Plan"))
    assert labels(doc) == set()


def test_base_form():
    assert aff.base_form("des Deutschen Beispielverbandes") == "Deutscher Beispielverband"
    assert aff.base_form("der Westdeutschen Beispiel-Akademie") == "Westdeutsche Beispiel-Akademie"
    assert aff.base_form("dem Technischen Beispielinstitut") == "Technisches Beispielinstitut"
    assert aff.base_form("des Nordstädter Beispielvereins") == "Nordstädter Beispielverein"  # a place adjective stays
    assert aff.base_form("Example University.") == "Example University"


def test_email_domain_matches_abbreviation_or_name():
    cand = aff.Candidate(key=aff.name_key("Beispielverband Nord"), name="Beispielverband Nord", acronym="BVN")
    assert aff._email_match("bvn.de", cand)
    assert aff._email_match("beispielverband-nord.example", cand)
    assert not aff._email_match("example.org", cand)


# --- features -----------------------------------------------------------------------------------------------------

def features(doc, name, label):
    mention = next(m for m in doc.people if m.name == name)
    units = aff.text_units(doc)
    cands = aff.organisation_candidates(doc, units)
    return next(f for _, c, f in aff.scored_candidates(doc, mention, units, cands) if c.label == label)


def test_role_phrase_governs_the_organisation_in_the_same_sentence():
    doc = doc_of("Max Muster, Präsident des Beispielvereins Nordstadt, sagte das.", people=[expert("Max Muster")])
    f = features(doc, "Max Muster", "Beispielverein Nordstadt")
    assert f["same_sentence"] and f["governed"] and f["nearest"] and f["after"]


def test_organisation_elsewhere_and_the_persons_own_words():
    doc = doc_of(Block(kind="paragraph", text="Die Beispielstiftung Süd feiert Geburtstag."),
                 Block(kind="answer", label="Muster", text="Wir als Beispielstiftung Süd helfen.",
                       speakers=["Max Muster"]),
                 Block(kind="paragraph", text="Max Muster lacht."), people=[expert("Max Muster")])
    f = features(doc, "Max Muster", "Beispielstiftung Süd")
    assert f["own_answer"] and f["own_we"] and not f["same_sentence"]


def test_role_that_names_the_organisation():
    doc = doc_of("BVN-Präsident Max Muster und der Beispielverband Nord (BVN) luden ein.",
                 people=[expert("Max Muster", role="BVN-Präsident")])
    assert features(doc, "Max Muster", "Beispielverband Nord (BVN)")["role_names"]


# --- chooser and abstention ---------------------------------------------------------------------------------------

NEAR_MODEL = {"intercept": -2.0, "threshold": 0.5, "weights": {"same_sentence": 1.5, "governed": 2.0}}


def test_chooser_takes_the_governed_candidate_over_a_distant_one():
    doc = doc_of("Die Beispielakademie Ost richtet das Treffen aus.",
                 "Max Muster, Leiter des Beispielinstituts West, hielt den Vortrag.", people=[expert("Max Muster")])
    aff.fill_affiliations(doc, NEAR_MODEL)
    assert doc.people[0].affiliation == "Beispielinstitut West"


def test_choice_abstains_below_the_threshold():
    cand = aff.Candidate(key=("beispiel",), name="Beispiel")
    assert best_above([(0.7, cand, {})], 0.5) is cand
    assert best_above([(0.4, cand, {})], 0.5) is None
    assert best_above([], 0.5) is None


def test_abstains_when_nothing_links_the_person_to_an_organisation():
    doc = doc_of("Die Beispielakademie Ost richtet das Treffen aus.", "Max Muster mag Blumen.",
                 people=[expert("Max Muster")])
    aff.fill_affiliations(doc, NEAR_MODEL)
    assert doc.people[0].affiliation is None


def test_only_indexed_people_without_affiliation_are_filled():
    people = [expert("Max Muster", affiliation="Eigene Firma"), expert("Erika Beispiel", category="mentioned")]
    doc = doc_of("Max Muster und Erika Beispiel, Leiterin des Beispielinstituts West, kamen.", people=people)
    aff.fill_affiliations(doc, NEAR_MODEL)
    assert [m.affiliation for m in doc.people] == ["Eigene Firma", None]


def test_every_choice_is_made_before_any_is_filled_in():
    """A person filled in first must not change the features of the next (the model was trained on the document
    as the extraction left it)."""
    model = {"intercept": -1.0, "threshold": 0.5, "weights": {"other_has_it": 3.0}}
    doc = doc_of("Max Muster und Erika Beispiel besuchten die Beispielakademie Ost.",
                 people=[expert("Max Muster"), expert("Erika Beispiel")])
    aff.fill_affiliations(doc, model)
    assert [m.affiliation for m in doc.people] == [None, None]


# --- the shipped model --------------------------------------------------------------------------------------------

def test_shipped_model_fills_a_governed_organisation():
    doc = doc_of("Max Muster, Vorsitzender des Beispielvereins Nordstadt, warnte vor den Folgen.",
                 people=[expert("Max Muster", category="quoted")], language="de", kind="news")
    aff.fill_affiliations(doc)
    assert doc.people[0].affiliation == "Beispielverein Nordstadt"


def test_shipped_model_abstains_without_any_organisation_link():
    doc = doc_of("Die Beispielwerke GmbH bauen Pumpen.", "Erika Beispiel mag Blumen. Sie sprach über ihren Garten.",
                 people=[expert("Erika Beispiel", category="quoted")],
                 quotes=[Quote(speakers=["Erika Beispiel"], text="Blumen sind schön", anchor="b-1")],
                 language="de", kind="news")
    aff.fill_affiliations(doc)
    assert doc.people[0].affiliation is None
    model = aff.load_model()
    assert 0 < model["threshold"] < 1 and model["weights"]
