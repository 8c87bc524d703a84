"""Expert detection, generalisation round 11 (third part): who asks in a talk or a transcript, names that run into
a credit label, roles named by a trade's compound or an English office title, and organisations whose legal form
has full stops. All texts, names and organisations are invented; each rule has a negative twin where it must not
fire."""

from briefing.extract.people import decide_category, Evidence
from briefing.extract.people_lexicon import is_trade_compound
from briefing.extract.people_roles import describe_after, describe_apposition, describe_before, trim_org
from briefing.model import Block
from test_people_session8 import indexed, people


def found(*texts, kind="news"):
    return indexed(people(*(Block(kind="paragraph", text=t) for t in texts), kind=kind))


# --- the host of a talk: 'X, Apposition, im Sender-Gespräch mit Y' -------------------------------------------------

def test_host_after_a_named_guest_with_apposition_and_a_programme_compound():
    text = ("Warum die Ernte besser ausfällt, erklärt Lutz Ermerding, Leiter des Beispielzentrums Obstbau in Nordtal, "
            "im NRF-Abend-Gespräch mit Selma Quast.")
    got = people(Block(kind="paragraph", text=text), kind="interview")
    assert got["Selma Quast"].category == "interviewer"
    # without a name before it, the person after 'im Gespräch mit' is the one interviewed, not the host
    text = "Im Gespräch mit Selma Quast geht es um die Ernte am See und die Preise im Herbst."
    got = people(Block(kind="paragraph", text=text), kind="interview")
    assert got["Selma Quast"].category != "interviewer"


# --- a transcript: the speaker who addresses the other by name asks ------------------------------------------------

def _transcript(first_turn: str):
    return people(Block(kind="answer", label="Selma Quast", text=first_turn),
                  Block(kind="answer", label="Lutz Ermerding", text="Gern, ich freue mich auf das Gespräch heute."),
                  Block(kind="answer", label="Selma Quast", text="Wie kamen Sie zu diesem ungewöhnlichen Beruf?"),
                  Block(kind="answer", label="Lutz Ermerding", text="Über einen Zufall in der Ausbildung damals."),
                  kind="interview")


def test_labelled_speaker_who_greets_the_other_by_name_is_the_interviewer():
    got = _transcript("Hallo Herr Ermerding, schön, dass Sie sich heute Zeit für uns nehmen.")
    assert got["Selma Quast"].category == "interviewer"
    assert got["Lutz Ermerding"].category in ("expert", "quoted")


def test_labelled_speakers_without_an_address_both_answer():
    got = _transcript("Schön, dass wir heute über das Handwerk und die Ausbildung sprechen können.")
    assert got["Selma Quast"].category != "interviewer"


# --- a credit label is no part of a name ---------------------------------------------------------------------------

def test_credit_label_after_a_title_is_no_surname():
    got = people(Block(kind="paragraph", text="Florentine"), Block(kind="paragraph", text="Regie: Ansgar Pohlmann"),
                 Block(kind="paragraph", text="Madison Kamera: Britta Saalfeld"), kind="press_release")
    assert set(got) == {"Ansgar Pohlmann", "Britta Saalfeld"}
    # a surname that is no credit label stays
    assert "Florentine Haller" in people(Block(kind="paragraph", text="Florentine Haller: Regie führte sie selbst."))


# --- German compounds of trades and offices before a name ----------------------------------------------------------

def test_trade_compounds():
    for word in ("Klavierbauer", "Zollbeamtin", "Landesinnungsmeister", "Wachszieherin", "Gerätewart", "Pferdezüchter"):
        assert is_trade_compound(word), word
    for word in ("Bauer", "Meister", "Weltmeister", "Vereinsmeisterin", "Postbote", "Klavier"):
        assert not is_trade_compound(word), word


def test_trade_compound_before_a_name_is_the_role():
    assert describe_before("„Das kommt aus Übersee“, sagt Zollbeamter").role == "Zollbeamter"
    assert describe_before("erklärt Klavierbauerin").role == "Klavierbauerin"
    # a surname of the name before it, or a sports title, is no role
    assert describe_before("gemeinsam mit Anna Neubauer") is None
    assert describe_before("sagt Weltmeister") is None


def test_quoted_person_with_a_trade_role_is_no_lay_witness():
    got = found("„Das riecht man sofort“, sagt Zollbeamter Lars Quendt nach einem Blick auf das Paket.")
    assert "Lars Quendt" in got
    # a lay role stays a witness
    assert "Lars Quendt" not in found("„Das riecht man sofort“, sagt Anwohner Lars Quendt nach einem Blick.")
    assert decide_category(Evidence(quoted=True, role=True, trade=True))[0] == "quoted"
    assert decide_category(Evidence(quoted=True, role=True))[0] == "mentioned"


# --- English office titles and craft titles before a name -----------------------------------------------------------

def test_english_office_field_and_craft_title_belong_to_the_role():
    assert describe_before("said Port Director").role == "Port Director"
    assert describe_before("said Port Director").affiliations == []
    assert describe_before("according to Medical Director").role == "Medical Director"
    assert describe_before("said Master Distiller").role == "Master Distiller"
    # an organisation's name before the role stays the organisation
    desc = describe_before("said Westbrook Director")
    assert desc.role == "Director" and desc.affiliations == ["Westbrook"]


# --- legal forms with full stops stay whole -------------------------------------------------------------------------

def test_legal_form_with_full_stops_stays_in_the_organisation():
    desc = describe_after(", Vorsitzender Beispielregion Nordtal e. V., sagte")
    assert desc.role == "Vorsitzender" and desc.affiliations == ["Beispielregion Nordtal e. V."]
    desc = describe_apposition("Vorsitzender Beispielregion Nordtal e. V.")
    assert desc.role == "Vorsitzender" and desc.affiliations == ["Beispielregion Nordtal e. V."]
    assert trim_org("Beispielverein Nordtal e.V.") == "Beispielverein Nordtal e.V."
    assert trim_org("Westbrook Tools Inc.") == "Westbrook Tools Inc."
    assert trim_org("Muster Bau GmbH & Co. KG") == "Muster Bau GmbH & Co. KG"
    # a sentence's full stop after an organisation is no part of it
    assert trim_org("Universität Nordtal.") == "Universität Nordtal"
    assert trim_org("NTZ.") == "NTZ"
