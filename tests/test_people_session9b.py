"""Expert index, session 9b: professors in reports, German 'role + area' office titles, shared -er plural roles."""
from briefing.extract.people import Evidence, _plural_role_before, decide_category
from briefing.extract.people_names import find_candidates
from briefing.extract.people_roles import describe_before


def test_a_professor_in_a_report_is_an_expert_without_an_affiliation():
    ev = Evidence(title=True, role=True, scholarly_role=True, professor=True, reporting=True)
    assert decide_category(ev)[0] == "expert"


def test_a_doctor_in_a_report_still_needs_an_affiliation():
    ev = Evidence(title=True, reporting=True)
    assert decide_category(ev)[0] == "mentioned"


def test_german_role_with_its_area_before_the_name():
    desc = describe_before("Die Schulung leitete Landestrainerin Nachwuchs ")
    assert desc is not None and desc.role == "Landestrainerin Nachwuchs"
    desc = describe_before("Beim Turnier sprach Verbands-Bundestrainer Technik ")
    assert desc is not None and desc.role == "Verbands-Bundestrainer Technik"


def test_no_area_without_a_role_word_before_it():
    assert describe_before("Am Samstag besuchte die Klasse Berlin ") is None


def _shared_role(text: str, name: str) -> str | None:
    cands = find_candidates(text)
    cand = next(c for c in cands if c.name == name)
    return _plural_role_before(text, cand, cands)


def test_an_er_plural_role_is_shared_by_coordinated_names():
    text = "Künftig übernehmen die neuen Landestrainer Jonas Beispielmann und Tobias Mustermeier das Team."
    assert _shared_role(text, "Tobias Mustermeier") == "Landestrainer"


def test_a_singular_article_does_not_share_the_role():
    text = "Künftig übernimmt der neue Landestrainer Jonas Beispielmann und Tobias Mustermeier hilft ihm dabei."
    assert _shared_role(text, "Tobias Mustermeier") is None
