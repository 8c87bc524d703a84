"""Quotes: direct, indirect and answers, each with speakers and the anchor of its block."""

from briefing.extract.people import extract_people
from briefing.extract.quotes import extract_quotes, resolve_label
from briefing.model import Block, Document


def run(*texts):
    doc = Document(id="x", seed="x.txt", format="txt")
    doc.blocks = [t if isinstance(t, Block) else Block(kind="paragraph", text=t) for t in texts]
    for i, block in enumerate(doc.blocks):
        block.anchor = f"b-{i}"
    extract_people(doc)
    extract_quotes(doc)
    return doc


def test_direct_quote_after_and_before_speaker():
    doc = run("„Das ist kein Hype, sondern echter Fortschritt“, sagte Oren Lindgren, Forscher am Nordic AI Lab. "
              "„Die Welt dreht sich schnell.“",
              "Später betonte Lindgren: „Wir stehen erst am Anfang der Entwicklung.“")
    quotes = [(q.speakers, q.kind, q.anchor) for q in doc.quotes]
    assert quotes == [(["Oren Lindgren"], "direct", "b-0"), (["Oren Lindgren"], "direct", "b-0"),
                      (["Oren Lindgren"], "direct", "b-1")]


def test_so_surname_and_pronoun():
    doc = run("Die Professorin Clara Sommer von der Universität Bonn sprach auf der Konferenz.",
              "„Das Modell ist das Smartphone der Sprachmodelle“, so Sommer.",
              "„Wir prüfen das genau und zeitnah“, sagte sie.")
    assert [q.speakers for q in doc.quotes] == [["Clara Sommer"], ["Clara Sommer"]]


def test_indirect_speech():
    doc = run("Lukas Brenner, ein Ingenieur bei Polar Systems, sagte, dies sei ein wichtiger Präzedenzfall.")
    assert doc.quotes[0].kind == "indirect" and doc.quotes[0].speakers == ["Lukas Brenner"]


def test_two_speakers_in_one_sentence():
    doc = run("Microsoft CEO Anton Weiss sagte, dass es „reale Innovationen“ gebe, während der CEO von Pear, "
              "Tim Roth, während des Aufrufs betonte, dass „Effizienz etwas sehr Positives ist“.")
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert direct[0].speakers == ["Tim Roth"]
    assert any(q.speakers == ["Anton Weiss"] for q in doc.quotes)


def test_joint_answer_resolves_both_names():
    doc = run("Dr. Eva Maier und Dr. Jan Lukas Roth forschen an der Universität Jena.",
              Block(kind="question", number=1, text="Frage?"),
              Block(kind="answer", label="Maier und Roth", text="Antwort."))
    assert resolve_label("Maier und Roth", doc) == ["Eva Maier", "Jan Lukas Roth"]
    assert doc.quotes[-1].speakers == ["Eva Maier", "Jan Lukas Roth"] and doc.quotes[-1].kind == "answer"


def test_quote_after_a_full_stop_starts_a_new_sentence():
    doc = run("Wie es um Frauen in der Informatik stehe, wollte Staatsministerin Erika Wendler wissen. "
              "„Schwierig ist das, sehr schwierig“, so Professor Andreas Kühnel.")
    assert [(q.speakers, q.text) for q in doc.quotes] == [(["Andreas Kühnel"], "Schwierig ist das, sehr schwierig")]


def test_role_reference_after_speech_verb():
    doc = run("Die Ökonomin Monika Brandl sieht das ähnlich. „Das könnte eine Chance für Europa sein“, "
              "sagte die Vorsitzende des Sachverständigenrates.")
    assert [q.speakers for q in doc.quotes] == [["Monika Brandl"]]


def test_statement_announced_by_said_colon_goes_to_the_speaker():
    doc = run("Prof Aoife Brennan, Professor of Law, Trinity College Dublin, comments:",
              "“The release is a welcome and disruptive step for the whole field of AI.”",
              "“Regulators will need time to catch up.”",
              Block(kind="heading", text="Other news"),
              "“Unrelated text in quotes that nobody said here.”")
    assert [(q.speakers, q.anchor) for q in doc.quotes] == [(["Aoife Brennan"], "b-1"), (["Aoife Brennan"], "b-2")]


def test_intro_without_statement_still_counts():
    doc = run("Dr Ciaran Dunne, Research Fellow, University of Galway, said:")
    assert [q.speakers for q in doc.quotes] == [["Ciaran Dunne"]]


def test_inline_label_paragraphs_are_answers():
    doc = run("Hinrich Oberholz (HO): We knew that the company existed, but it was a surprise.",
              "HO: Everyone who sees the figures first doubts them.")
    assert [(q.speakers, q.kind, q.text[:10]) for q in doc.quotes] == [
        (["Hinrich Oberholz"], "answer", "We knew th"), (["Hinrich Oberholz"], "answer", "Everyone w")]


def test_statements_are_attributed_once_and_the_categories_rest_on_the_kept_quotes(monkeypatch):
    from briefing.extract import people as people_module
    from briefing.extract import people_speech

    calls = []
    real = people_speech.attribute

    def counting(doc, people):
        calls.append(len(people))
        return real(doc, people)

    monkeypatch.setattr(people_speech, "attribute", counting)
    monkeypatch.setattr(people_module, "attribute", counting)
    doc = run("„Das Verfahren ist robust und gut getestet“, sagte Ylva Brenning, Forscherin am Nordlicht Lab.",
              "„Das Verfahren ist robust und gut getestet“, sagte Ylva Brenning, Forscherin am Nordlicht Lab.")
    assert len(calls) == 1  # extract_quotes keeps the attribution extract_people made
    experts = {m.name for m in doc.people if m.category in ("expert", "quoted")}
    assert experts == {"Ylva Brenning"}
    # every expert who counts as one because of a statement has that statement among the quotes
    assert {n for q in doc.quotes for n in q.speakers} == experts
    assert len(doc.quotes) == 2  # one per block: the same text in another block is another quote


def test_extract_quotes_does_not_attribute_again_nor_touch_blocks():
    doc = Document(id="x", seed="x.txt", format="txt")
    doc.blocks = [Block(kind="answer", label="Anna Keller", text="Das ist eine lange Antwort mit vielen Wörtern.")]
    extract_quotes(doc)  # without extract_people there is no attribution to keep
    assert doc.quotes == [] and doc.blocks[0].speakers == []


def test_ambiguous_attribution_stores_no_quote():
    # two people in the clause, neither next to the speech verb
    doc = run("Im Bericht der Teams um Greta Olsen und Maja Falk, die gestern tagten, heißt es laut Protokoll, "
              "das Verfahren sei sicher.")
    assert doc.quotes == []
    # a pronoun that fits two women named in the same sentence
    doc = run("Greta Olsen und Maja Falk stellten die Studie vor.", "„Die Daten sind eindeutig und belastbar“, sagte sie.")
    assert doc.quotes == []
    # the speaker of the previous sentence is the one the pronoun refers back to
    doc = run("„Wir haben lange gesucht und endlich gefunden“, sagte Greta Olsen neben Maja Falk.",
              "„Die Daten sind eindeutig und belastbar“, sagte sie.")
    assert [q.speakers for q in doc.quotes] == [["Greta Olsen"], ["Greta Olsen"]]


def test_english_pronoun_ambiguity_and_role_reference():
    doc = run("Oliver Grant met Henry Moss in London.", "\"We need far more data before we decide,\" he said.")
    assert doc.quotes == []
    doc = run("Das Projekt läuft seit 2020.",
              "Das Medikament soll weniger Nebenwirkungen haben, so die Projektleiterin, Dr. Ilse Kramer.")
    assert [q.speakers for q in doc.quotes] == [["Ilse Kramer"]]


def test_joint_speakers_joined_by_und_and():
    doc = run("„Wir müssen weiter in die Grundlagenforschung investieren“, sagen Prof. Dr. Lena Albers und "
              "Dr. Moritz Kessel vom Institut für Polarforschung.")
    assert [q.speakers for q in doc.quotes] == [["Lena Albers", "Moritz Kessel"]]
    doc = run('"The models will keep getting cheaper to train," said Dr Nora Pike and Professor Evan Hale of '
              "the University of Westbridge.")
    assert [q.speakers for q in doc.quotes] == [["Nora Pike", "Evan Hale"]]


def test_two_people_without_coordination_stay_ambiguous():
    # neither is next to the verb as a pair, nor alone: no attribution
    doc = run("Dr. Lena Albers traf Dr. Moritz Kessel in Bremen. „Wir müssen weiter forschen und investieren“, "
              "hieß es danach von beiden Seiten.")
    assert doc.quotes == []


def test_colon_intro_with_cut_quotation():
    doc = run("Ko-Sprecherin Prof. Dr. Hanna Velden, Dekanin der Fakultät: „Unser Ziel ist die Anwendung der "
              "Methoden in allen Fakultäten. Mit der neuen Gruppe wollen wir")
    assert [q.speakers for q in doc.quotes] == [["Hanna Velden"]]
    assert doc.quotes[0].text.startswith("Unser Ziel ist")


def test_h_c_title_does_not_end_the_sentence():
    doc = run("„Ich gratuliere den beiden Forschern herzlich zu ihrer Auszeichnung“, sagt Professorin Dr. Dr. h.c. "
              "(Kyoto) Ilse Marwitz, Rektorin der Universität Nordstadt.")
    assert [q.speakers for q in doc.quotes] == [["Ilse Marwitz"]]


def test_question_block_holding_the_answer():
    doc = Document(id="x", seed="x.txt", format="txt")
    doc.meta.kind = "interview"
    doc.blocks = [Block(kind="paragraph", text="My second interview was with Dr. Tessa Grove, who studies whales."),
                  Block(kind="question", text="What advice would you give readers who want to study the ocean? "
                                              "Stay focused on your goal and take every chance to get out on a boat."),
                  Block(kind="question", text="How long is a typical day in the field?")]
    for i, block in enumerate(doc.blocks):
        block.anchor = f"b-{i}"
    extract_people(doc)
    extract_quotes(doc)
    assert [(q.speakers, q.kind, q.anchor) for q in doc.quotes] == [(["Tessa Grove"], "answer", "b-1")]
