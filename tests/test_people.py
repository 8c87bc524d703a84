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
