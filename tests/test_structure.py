"""Unit tests of the structure steps (inline texts) and the gold structure of the five seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.clean import clean
from briefing.model import Block
from briefing.read import read_seed
from briefing.structure import (assign_anchors, blocks_from_lines, classify, make_lists, mark_contacts, name_line_turns,
                                normalise_outline,
                                split_runs, structure)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
LONG = "Dies ist ein langer Absatz mit genug Text, damit die Zeile davor als Überschrift gelten kann. " * 2


def blocks(text: str) -> list[Block]:
    return blocks_from_lines(text.split("\n"))


def kinds(bs: list[Block]) -> list[str]:
    return [b.kind for b in bs]


# --- runs and first reading ----------------------------------------------------------

def test_runs_split_at_blank_lines_and_cut_headings():
    runs = split_runs(["## Titel", "Text eins", "Text zwei", "", "![a](b.png)", "Unterschrift"])
    assert runs == [["## Titel"], ["Text eins", "Text zwei"], ["![a](b.png)"], ["Unterschrift"]]


def test_intro_line_before_bullets_is_its_own_run():
    runs = split_runs(["Drei Gründe:", "- eins", "- zwei", "- drei"])
    assert runs == [["Drei Gründe:"], ["- eins", "- zwei", "- drei"]]


def test_tab_table():
    item = classify(["Begriff\tBedeutung", "A\tErster", "B\tZweiter\tExtra"])
    assert item.kind == "table"
    assert item.rows == [["Begriff", "Bedeutung", ""], ["A", "Erster", ""], ["B", "Zweiter", "Extra"]]


def test_pipe_table():
    item = classify(["| Name | Wert |", "|---|---|", "| a | 1 |"])
    assert item.kind == "table" and item.rows == [["Name", "Wert"], ["a", "1"]]


def test_short_keyword_lines_are_a_list_but_wrapped_prose_is_not():
    assert classify(["Forschungsprojekte", "Informationstechnik", "überregional"]).kind == "list"
    assert classify(["Der Satz geht", "weiter und immer", "weiter bis hier."]).kind == "text"


def test_markdown_and_bold_headings():
    bs = blocks(f"## **Ein Titel**\n\n{LONG}\n\n**Fett gesetzt**\n\n{LONG}")
    assert [(b.kind, b.text) for b in bs if b.kind == "heading"] == [("heading", "Ein Titel"),
                                                                      ("heading", "Fett gesetzt")]


def test_image_keeps_alt_and_src():
    (b,) = blocks("![Ein Foto](https://example.org/a.jpg)")
    assert (b.kind, b.text, b.src) == ("image", "Ein Foto", "https://example.org/a.jpg")


def test_raw_html_stays_text():
    bs = blocks('<script>alert("x")</script>')
    assert kinds(bs) == ["paragraph"] and bs[0].text == '<script>alert("x")</script>'


# --- headings from title lines ------------------------------------------------------

@pytest.mark.parametrize("line,is_heading", [
    ("Die Reaktion der Branche", True),
    ("Chips: Mehr als nur Effizienz", True),
    ("The market reacts", True),
    ("Ein Satz mit Punkt.", False),
    ("„Das ist kein Hype“", False),
    ("Pressemitteilung", False),        # one word
    ("Die Expert*innen:", False),
])
def test_title_lines(line, is_heading):
    bs = blocks(f"{line}\n\n{LONG}")
    assert (bs[0].kind == "heading") is is_heading


# --- interviews ------------------------------------------------------------------------

def test_label_without_interview_context_is_not_a_speaker():
    bs = blocks(f"Hochschule X: Fachleute zum neuen Modell\n\n{LONG}\n\nDeepSeek: Mehr als nur Effizienz\n\n{LONG}")
    assert "answer" not in kinds(bs) and kinds(bs).count("heading") == 2


def test_numbered_questions_with_labelled_answers():
    text = ("1. Wie funktioniert das?\n\nMüller und Schmidt: Es funktioniert gut, sagen wir.\n\n"
            "Meier: Ich sehe das anders, aus drei Gründen.\n\n2. Und Europa?\n\nMeier: Europa holt auf, langsam.\n\n"
            "Weitere Informationen:\n\nE-Mail: a@b.de\n\nTel.: +49 30 1234-5 (Sekretariat)")
    bs = blocks(text)
    assert [(b.kind, b.number, b.label) for b in bs[:5]] == [
        ("question", 1, None), ("answer", None, "Müller und Schmidt"), ("answer", None, "Meier"),
        ("question", 2, None), ("answer", None, "Meier")]
    assert kinds(bs[5:]) == ["paragraph", "contact", "contact"]  # contact fields are no speakers


def test_labelled_then_unlabelled_alternation():
    lines = ["Einleitung zum Gespräch über Chips und Märkte, die viele Menschen bewegt haben."]
    lines += ["Reporterin: Haben Sie das erwartet?", "Anna Beispiel: Nein, überhaupt nicht. Es kam überraschend."]
    for k in range(5):
        lines += [f"Frage Nummer {k} an Sie, bitte sehr?", f"Antwort Nummer {k}, ausführlich erklärt."]
    lines += ["Das ist eine Feststellung ohne Fragezeichen.", "Grundsätzlich ja. Aber das ist kompliziert.",
              "Max Muster sprach mit Anna Beispiel"]
    bs = blocks("\n".join(lines))
    assert kinds(bs) == ["paragraph", "question", "answer"] + ["question", "answer"] * 6 + ["paragraph"]
    assert bs[1].label == "Reporterin"
    assert {b.label for b in bs if b.kind == "answer"} == {"Anna Beispiel"}


def test_english_q_and_a_labels():
    bs = blocks("Q: What changed this year?\n\nA: Almost everything, to be honest.\n\nQ: Why?\n\nA: Costs fell a lot.")
    assert kinds(bs) == ["question", "answer", "question", "answer"]


def test_dialogue_without_questions():
    said = "Ich halte das für eine sehr wichtige Entwicklung in der ganzen Branche, wirklich."
    bs = blocks(f"Müller: {said}\n\nSchmidt: {said}\n\nMüller: {said}\n\nSchmidt: {said}")
    assert kinds(bs) == ["answer"] * 4 and bs[1].label == "Schmidt"


def test_caption_after_image_is_not_an_answer():
    lines = ["Moderator: Was ist neu?", "Anna Beispiel: Vieles ist neu, sehr vieles.",
             "Und was bleibt?", "Wenig bleibt, fast nichts.", "![Anna Beispiel](https://x.org/a.jpg)",
             "Anna Beispiel leitet eine Forschungsgruppe.", "Wie geht es weiter?", "Das weiß niemand genau.",
             "Zusatz eins.", "Zusatz zwei.", "Zusatz drei."]
    bs = blocks("\n".join(lines))
    assert kinds(bs)[4:8] == ["image", "paragraph", "question", "answer"]


# --- lists --------------------------------------------------------------------------------

def test_short_sentence_run_between_headings_is_a_list():
    text = "## Fazit\n\nErstens ist es gut.\n\nZweitens ist es billig.\n\nDrittens ist es offen.\n\n## Weiter\n\nText."
    bs = blocks(text)
    assert kinds(bs) == ["heading", "list", "heading", "paragraph"]
    assert bs[1].items == ["Erstens ist es gut.", "Zweitens ist es billig.", "Drittens ist es offen."]


def test_short_paragraphs_followed_by_more_text_are_not_a_list():
    text = f"## Fazit\n\nErstens ist es gut.\n\nZweitens ist es billig.\n\nDrittens ist es offen.\n\n{LONG}"
    assert "list" not in kinds(blocks(text))


def test_numbered_questions_without_answers_are_a_list():
    bs = make_lists([Block(kind="question", number=1, text="Was?"), Block(kind="question", number=2, text="Wie?"),
                     Block(kind="paragraph", text="Text.")])
    assert kinds(bs) == ["list", "paragraph"] and bs[0].items == ["1. Was?", "2. Wie?"]


def test_bullets_merge_across_blank_lines():
    bs = blocks("- eins\n- zwei\n\n- drei\n- vier")
    assert kinds(bs) == ["list"] and bs[0].items == ["eins", "zwei", "drei", "vier"]


# --- outline and anchors ------------------------------------------------------------------

def test_outline_h2_h3_and_title_removed():
    bs = [Block(kind="heading", level=3, text="Titel"), Block(kind="heading", level=1, text="A"),
          Block(kind="heading", level=4, text="1. X"), Block(kind="heading", level=3, text="2. Y"),
          Block(kind="heading", level=2, text="B")]
    out = normalise_outline(bs, "Titel")
    assert [(b.text, b.level) for b in out] == [("A", 2), ("1. X", 3), ("2. Y", 3), ("B", 3)]
    gap = normalise_outline([Block(kind="heading", level=3, text="C"), Block(kind="heading", level=4, text="E"),
                             Block(kind="heading", level=1, text="D"), Block(kind="heading", level=3, text="F")], None)
    assert [b.level for b in gap] == [2, 2, 2, 3]


def test_anchors_follow_the_opening_words_not_the_position():
    first = assign_anchors([Block(kind="heading", text="Teil"), Block(kind="paragraph", text="Erster Absatz."),
                            Block(kind="paragraph", text="Zweiter Absatz.")])
    assert [b.anchor[:2] for b in first] == ["h-", "p-", "p-"]
    assert len({b.anchor for b in first}) == 3 and all(len(b.anchor) == 8 for b in first)
    # A block added in front does not move the anchors of the others.
    second = assign_anchors([Block(kind="paragraph", text="Neu davor."), Block(kind="heading", text="Teil"),
                             Block(kind="paragraph", text="Erster Absatz."), Block(kind="paragraph", text="Zweiter Absatz.")])
    assert [b.anchor for b in second[1:]] == [b.anchor for b in first]
    twice = assign_anchors([Block(kind="paragraph", text="Gleich."), Block(kind="paragraph", text="Gleich.")])
    assert twice[1].anchor == twice[0].anchor + "-2"


# --- seeds: the gold structure ------------------------------------------------------------

def seed(name: str):
    doc = read_seed(next(SEEDS.glob(f"{name}_*")))
    return structure(clean(doc))


def test_seed_000_seven_numbered_questions_and_labels():
    doc = seed("000")
    questions = [b for b in doc.blocks if b.kind == "question"]
    assert [q.number for q in questions] == [1, 2, 3, 4, 5, 6, 7]
    answers = [b for b in doc.blocks if b.kind == "answer"]
    assert {a.label for a in answers} == {"Schmitt und Feldhus", "Eberle"}
    assert len(answers) == 12
    # the title line is no answer, the contact lines are no speakers
    assert not any(b.label in ("TU Berlin", "Tel.", "E-Mail") for b in doc.blocks)
    for text in ["als Grundlage (zum Beispiel bei „DeepSeek-R1-Distill-Llama-70b“).",
                 "diese Berechnungen effizient ermöglicht."]:
        assert len([b for b in doc.blocks if text in b.text]) == 1


def test_seed_001_table_lists_headings():
    doc = seed("001")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows[0] == ["Begriff", "Bedeutung", "Eigenschaften"] and len(tables[0].rows) == 5
    lists = [b for b in doc.blocks if b.kind == "list"]
    assert lists[0].items[0] == "Was ist DeepSeek?" and len(lists[0].items) == 6
    assert any(li.items[0] == "Open-Source KI-Modelle werden immer besser und effizienter." and len(li.items) == 6
               for li in lists)
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert "Geringere Kosten" in headings and "Erfolgsrezept veröffentlicht" in headings
    assert not any("itklub.de" in b.text for b in doc.blocks)


def test_seed_002_body_has_no_portal_boilerplate():
    doc = seed("002")
    text = "\n".join(b.text for b in doc.blocks)
    for junk in ["Kommentar (0)", "No data", "Gleiches Thema", "Sa Pa", "Hoa Lu", "Politisches System",
                 "Vietnam.vn", "ChinaDeepSeek"]:
        assert junk not in text
    assert doc.blocks[0].kind == "heading"
    assert doc.blocks[0].text == "Neue Forschungsergebnisse enthüllen das Geheimnis des Erfolgs von DeepSeek"


def test_seed_003_interview():
    doc = seed("003")
    qs = [b for b in doc.blocks if b.kind == "question"]
    answers = [b for b in doc.blocks if b.kind == "answer"]
    # only the first question is labelled in the source; the interviewer asks the later ones too
    assert all(q.label == "NTV.de" for q in qs)
    assert len(qs) == 16
    assert {a.label for a in answers} == {"Jonas Geiping"}
    assert all(q.text.endswith("?") for q in qs if q is not qs[5])
    assert qs[5].text.startswith("Ein chinesisches Unternehmen")
    images = [b for b in doc.blocks if b.kind == "image"]
    assert len(images) == 2 and all(i.src.startswith("https://") for i in images)
    assert images[0].text == "China verwöhnt das KI-Geschäft: Für die US-amerikanischen Tech-Giganten starten schwere Zeiten"
    assert doc.blocks[-1].kind == "paragraph" and doc.blocks[-1].text == "Diana Dittmer sprach mit Jonas Geiping"
    text = "\n".join(b.text for b in doc.blocks)
    assert "Open-Source-KI-Modell" in text and "KI -" not in text


def test_seed_004_eight_subheadings():
    doc = seed("004")
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings[0] == "Die wahre Ursache für den DeepSeek-Hype laut KI-Experten"
    assert headings[1:] == [
        "DeepSeeks bahnbrechendes KI-Modell", "Die Reaktion der US-Tech-Giganten", "DeepSeek: Mehr als nur Effizienz",
        "Das kritische Echo der Branche", "DeepSeek und die Bedenken über Sicherheit",
        "Regierungsanfragen und das TikTok-Phänomen", "Der nachhaltige Einfluss von DeepSeek auf die Technologiebranche",
        "Die Zukunft der KI-Modelle"]
    assert not any(b.kind in ("question", "answer") for b in doc.blocks)
    text = "\n".join(b.text for b in doc.blocks)
    for junk in ["Werbeeinblendung", "Zurück zum Anfang", "Ähnliche Artikel", "ArbeitRegierung"]:
        assert junk not in text


def test_short_question_line_is_a_heading_outside_interviews_only():
    bs = blocks(f"Was bedeutet das für Europa?\n\n{LONG}")
    assert bs[0].kind == "heading"
    bs = blocks(f"1. Erste Frage?\n\nMeier: Eine Antwort, die lang genug ist.\n\nWas bedeutet das für Europa?\n\n{LONG}")
    assert bs[2].kind == "question"


def test_bold_labels_and_generic_question_label():
    text = ("**Frage:** Wie sehen Sie die Lage?\n\n**Prof. Dr. Anna Müller:** Die Lage ist ernst, aber lösbar.\n\n"
            "**Frage:** Und morgen?\n\n**Prof. Dr. Anna Müller:** Morgen wird es besser, hoffe ich.")
    bs = blocks(text)
    assert [(b.kind, b.label) for b in bs] == [("question", None), ("answer", "Prof. Dr. Anna Müller")] * 2
    assert bs[1].text == "Die Lage ist ernst, aber lösbar."


def test_short_text_saved_one_paragraph_a_line_is_split():
    text = ("Eine Überschrift ohne Punkt am Ende der Zeile\n"
            "Der Vorspann erzählt in einem Satz, worum es geht, und nennt den Ort des Geschehens.\n"
            "Der zweite Absatz beginnt hier und endet mit einem Punkt.\n"
            "Der dritte Absatz schließt den Text ab.")
    assert len(split_runs(text.split("\n"))) == 4


def test_hard_wrapped_prose_stays_one_paragraph():
    text = ("Dies ist ein Absatz, der an einer festen Breite umbrochen wurde, so wie es\n"
            "Textdateien oft tun, und dessen Zeilen deshalb mitten im Satz enden, ohne\n"
            "dass dort ein neuer Absatz beginnt. Erst hier endet er.")
    assert len(split_runs(text.split("\n"))) == 1


def test_lines_of_fields_are_split():
    text = "ort: Stadthalle, Hauptstraße 1\nzeit: Montag, 10 Uhr\nmit: Dr. Anna Beck, Leiterin des Labors"
    assert len(split_runs(text.split("\n"))) == 3


def test_interviewer_label_with_unlabelled_answers():
    bs = blocks("XY: Wie kamen Sie zur Forschung über Sprache?\n\nDurch meine Großmutter, die drei Dialekte sprach.\n\n"
                "XY: Und was reizt Sie heute daran?\n\nDie Vielfalt, die man hört, wenn man genau zuhört.")
    assert kinds(bs) == ["question", "answer", "question", "answer"]


def test_numbered_turn_prefix_and_two_interviewers_joined_by_slash():
    bs = blocks("[1] Anna Beck/Tim Roth: Sie schreiben, Geschichte sei ein Luxus. Warum?\n\n"
                "Karl Weber: Weil niemand sie zum Leben braucht, und doch will jede Gesellschaft sie haben.\n\n"
                "[2] Anna Beck/Tim Roth: Was folgt daraus für die Schule?\n\n"
                "Karl Weber: Dass wir das Fach begründen müssen, immer wieder und mit guten Argumenten.")
    assert kinds(bs) == ["question", "answer", "question", "answer"]
    assert bs[0].label == "Anna Beck/Tim Roth" and bs[1].label == "Karl Weber"


def test_outlet_in_capitals_asking_is_a_speaker_label_despite_its_field_name():
    bs = blocks("Weber: Die Akten sind verloren, vermutlich für immer, das schmerzt sehr.\n\n"
                "ZEIT: Was meinen Sie damit?\n\n"
                "Weber: Dass jedes Blatt ein Stück Leben war, das niemand mehr lesen kann.")
    assert kinds(bs)[1] == "question" and bs[1].label == "ZEIT"


def test_contact_section_lines_are_grouped_into_addresses():
    bs = blocks("Ein letzter Absatz des Textes, lang genug, um Text zu sein, und mit einem Punkt am Ende.\n\n"
                "Weitere Informationen erteilen Ihnen gern:\n\nDr. Anna Beck\n\nInstitut für Geologie\n\n"
                "E-Mail: anna.beck@example.org\n\nTel.: +49 30 1234-567\n\nTim Roth\n\nPressestelle\n\n"
                "E-Mail: presse@example.org")
    contact = [b for b in bs if b.kind == "contact"]
    assert [b.text for b in contact][:2] == ["Dr. Anna Beck", "Institut für Geologie"]
    assert [b.group for b in contact] == [0, 0, 0, 0, 1, 1, 1]
    assert bs[1].kind == "paragraph"  # the lead line stays text


def test_questions_set_in_bold_make_an_interview():
    bs = blocks("Der Klimaforscher Nils Lind leitet das Polarinstitut. Wir sprachen mit ihm über das Meereis.\n\n"
                "**Herr Lind, wie schnell schmilzt das Eis?**\n\nSchneller, als wir vor zehn Jahren dachten.\n\n"
                "**Was bedeutet das für Europa?**\n\nMehr Extremwetter, auch bei uns.")
    assert kinds(bs) == ["paragraph", "question", "answer", "question", "answer"]


def test_broadcast_transcript_labels_name_host_and_guest():
    text = ("ANNA MEYER, host:\n\nThis is the science hour. I'm Anna Meyer.\n\nToday we talk about rivers.\n\n"
            "Mr. BERND KOLB (Author, The Long River): (Speaking foreign language)\n\n"
            "MEYER: That was a recording. Joining me is Carl Ott, who studies floods.\n\n"
            "Dr. CARL OTT (Hydrologist, River Institute): Thank you, Anna. It is good to be here.\n\n"
            "MEYER: How fast do rivers change?\n\n"
            "Dr. OTT: Faster than most people think, because the banks erode every year.")
    bs = blocks(text)
    turns = [(b.kind, b.label) for b in bs if b.kind in ("question", "answer")]
    assert turns[0] == ("question", "Anna Meyer")
    assert ("question", "Anna Meyer") in turns[1:2], "the host's unlabelled paragraph continues the turn"
    assert ("answer", "Carl Ott") in turns and turns[-1] == ("answer", "Carl Ott")
    assert all(label != "Bernd Kolb" for _, label in turns), "a stage direction is no turn"
    assert bs[0].text.startswith("This is the science hour")


def test_podcast_labels_with_surname_in_capitals_are_turns():
    bs = blocks("We spoke with two economists.\n\nBetsey MILLER: Unemployment is probably near twenty percent now.\n\n"
                "That was a shock:\n\nAnn WOOD: Nobody had a table of statistics like this one before.")
    assert [(b.kind, b.label) for b in bs if b.kind == "answer"] == [("answer", "Betsey Miller"), ("answer", "Ann Wood")]


def test_one_capitalised_label_is_no_transcript():
    bs = blocks("ZEIT: Was meinen Sie zu den Zahlen der Studie?\n\nDas ist eine lange Antwort ohne Label und sie endet hier.")
    assert all(b.label != "Zeit" for b in bs)


def test_hard_wrapped_prose_without_blank_lines_becomes_paragraphs():
    text = ("Oakdale, Germany\nMay 20, 2009\nViele Gäste aus der\nBranche und der Politik folgten der Einladung von\n"
            "Muster Saaten auf das\nGelände in Oakdale. Sie wurde im Rahmen der\nVersammlung des\n"
            "Verbandes ausgesprochen.\nIn seinem Grußwort hob der Minister Tim Roth den Mut\n"
            "des Hauses hervor und wies auf die Bedeutung der Züchtung hin.\nDanach gab es Kaffee.")
    bs = blocks(text)
    paragraphs = [b.text for b in bs if b.kind == "paragraph"]
    assert "Viele Gäste aus der Branche und der Politik folgten der Einladung von Muster Saaten auf das Gelände " \
           "in Oakdale. Sie wurde im Rahmen der Versammlung des Verbandes ausgesprochen." in paragraphs
    assert any(p.startswith("In seinem Grußwort hob der Minister Tim Roth den Mut des Hauses hervor") for p in paragraphs)
    assert bs[0].text == "Oakdale, Germany", "header lines at the top stay apart"


_SAVED_PER_LINE = ("Neue Professur zum Semesterstart:\nBiofunktionalität der Lebensmittel ergänzt den Schwerpunkt [19.10.06]\n"
                   "Universität Beispielstadt stärkt ihren Forschungsschwerpunkt\n" + "Die neue Professur untersucht, wie Lebensmittel "
                   "im Körper wirken, und verbindet dazu Chemie, Medizin und Agrarwissenschaft. " * 3 + "\n"
                   "Der Rektor sagte, die Professur passe gut zum Profil der Universität und ihrer Partner in der Region.")
_FOOTER = "\n\nArtikel teilen:\nFacebook\nTwitter\n\nImpressum | Datenschutz"


@pytest.mark.parametrize("text", [_SAVED_PER_LINE, "Startseite\nKontakt\n\n" + _SAVED_PER_LINE])
def test_a_footer_set_apart_by_blank_lines_does_not_change_how_the_text_is_read(text):
    """A text saved one paragraph a line, with or without a footer after a blank line: the same paragraphs."""
    without = [b.text for b in blocks(text)][:4]
    with_footer = [b.text for b in blocks(text + _FOOTER)][:4]
    assert with_footer == without
    assert "Neue Professur zum Semesterstart:" in with_footer


def test_a_teaser_list_over_the_text_is_no_text_saved_without_blank_lines():
    """Headlines and credits of a teaser list make most of the lines but no prose: each stays a line of its own
    only by the blank-line reading, the list is not rewrapped into the article's paragraphs."""
    teasers = "\n".join(f"Studie Nummer {i} zeigt etwas Neues\nAnna Beck/Universität X" for i in range(6))
    bs = blocks(teasers + "\n\nNeubau von Kliniken bewilligt\n\nDer Minister hat die Entscheidung des Ausschusses begrüßt, "
                "der das Geld für den Neubau freigegeben hat.")
    assert "Neubau von Kliniken bewilligt" in [b.text for b in bs]


def test_a_headline_over_its_deck_in_a_text_saved_one_paragraph_a_line_stays_apart():
    """Without blank lines, a headline (no full stop) is not joined to the next line: it falls far short of the
    width of the text's lines, which are whole paragraphs. A line ending on an article or preposition, or followed
    by a line in lower case, is wrapped."""
    body = "\n".join(f"Absatz {i}: Die Forschenden haben ein neues Verfahren entwickelt, das Messungen deutlich genauer "
                     f"macht und Zeit spart, wie sie in ihrer Studie schreiben, die im Fachblatt erschienen ist und viel "
                     f"Beachtung fand" + ("." if i % 4 == 3 else ", und es geht weiter") for i in range(12))
    text = "Scientists Stumble on an Astonishing Ship Graveyard\nResearchers were out to study sea levels, find wrecks\n" + body
    paragraphs = [b.text for b in blocks(text)]
    assert paragraphs[:2] == ["Scientists Stumble on an Astonishing Ship Graveyard",
                              "Researchers were out to study sea levels, find wrecks"]
    wrapped = blocks("Kopfzeile eines Berichts\n" + "\n".join(
        ["Viele Gäste aus der", "Branche und der Politik folgten der Einladung von", "Muster Saaten auf das",
         "Gelände in Oakdale, wo sie den ganzen Tag", "blieben und sich über die neuen Sorten und", "Verfahren informierten, die",
         "dort gezeigt wurden und", "die Besucher überzeugten."]))
    assert "Viele Gäste aus der Branche und der Politik folgten der Einladung von Muster Saaten auf das Gelände" \
        in wrapped[-1].text


def test_lines_that_end_sentences_stay_one_paragraph_a_line():
    text = "\n".join(f"Satz Nummer {i} ist ein ganzer Absatz mit einigen Wörtern." for i in range(12))
    assert len([b for b in blocks(text) if b.kind == "paragraph"]) == 12


def test_one_interviewer_label_carries_to_the_later_unlabelled_questions():
    bs = blocks("ZEIT: Wie schnell lernen Modelle heute?\n\nAnna Beck: Sehr schnell, das zeigen viele Studien seit Jahren.\n\n"
                "Und wie teuer ist das?\n\nEs wird billiger, weil die Chips effizienter werden und Verfahren besser.")
    assert [b.label for b in bs if b.kind == "question"] == ["ZEIT", "ZEIT"]


# --- session 4: indented turns, questions over their answers, name lines, tiles under a colon ---------

def test_an_indented_line_under_flush_lines_starts_a_paragraph():
    bs = blocks("Anna Beispiel im Gespräch mit Tim Muster | 07.03.2010\n"
                "    Tim Muster: Frau Beispiel, Ihr Urteil war deutlich. Was folgt daraus für die Politik?\n"
                "wrapped continuation stays with its turn.")
    assert [b.text for b in bs][0] == "Anna Beispiel im Gespräch mit Tim Muster | 07.03.2010"
    assert bs[1].text.endswith("wrapped continuation stays with its turn.")
    # a paragraph indented as a whole is one paragraph
    assert len(blocks("    Erste Zeile eines Absatzes, der eingerückt ist\n    und weiter geht.")) == 1


def test_a_question_line_over_its_answer_is_split_off():
    answer = "Das hängt vom Alter ab. Kinder brauchen mehr Schlaf als Erwachsene, ältere Menschen weniger."
    bs = blocks(f"Wie viel Schlaf ist gesund?\n{answer}\n\nUnd im Alter?\nIch rate meinen Patienten zu Geduld. {answer}")
    assert [b.text for b in bs] == ["Wie viel Schlaf ist gesund?", answer, "Und im Alter?",
                                    f"Ich rate meinen Patienten zu Geduld. {answer}"]
    # a wrapped line that happens to end in '?' is not a question over a longer answer
    assert len(blocks("Was tun?\nwenig.")) == 1


def test_feature_tiles_under_a_lead_ending_in_a_colon_become_sub_headings():
    tile = "Ein kurzer Text zu diesem Punkt, der ihn in zwei Sätzen erklärt. Mehr steht hier nicht."
    bs = [Block(kind="heading", level=2, text="Was macht das Modell besonders?"),
          Block(kind="paragraph", text="Einige der Gründe für den Erfolg:"),
          Block(kind="heading", level=2, text="Geringere Kosten"), Block(kind="paragraph", text=tile),
          Block(kind="heading", level=2, text="Offene Gewichte"), Block(kind="paragraph", text=tile),
          Block(kind="heading", level=2, text="Wie ist es aufgebaut?"), Block(kind="paragraph", text=tile)]
    out = normalise_outline(bs, None)
    assert [b.level for b in out if b.kind == "heading"] == [2, 3, 3, 2]
    # without the announcing colon the headings stay sections
    bs[1].text = "Einige der Gründe für den Erfolg."
    for b in bs:
        if b.kind == "heading":
            b.level = 2
    assert [b.level for b in normalise_outline(bs, None) if b.kind == "heading"] == [2, 2, 2, 2]


def test_speaker_names_on_their_own_lines_label_the_turns():
    lines = ["Anna Beispiel", "Welcome to the show, Tim. Tell us how you came to study old harbours?",
             "Tim Muster", "Thank you, Anna. It is great to be here with you today.",
             "Anna Beispiel", "So where did it all begin for you, and why the harbours?",
             "Tim Muster", "I started as a sailor and then went back to university to study history."]
    bs = blocks("\n".join(lines))
    assert [(b.kind, b.label) for b in bs][-2:] == [("question", "Anna Beispiel"), ("answer", "Tim Muster")]
    # one name over one paragraph is a heading or a caption, not a transcript
    assert name_line_turns(["Anna Beispiel", "A long paragraph about her work follows here."]) == \
        ["Anna Beispiel", "A long paragraph about her work follows here."]


def test_contact_lines_at_the_top_of_a_release_end_before_its_headline():
    lead = "After three long years of watching his friends pull all-nighters, a student began to wonder. " * 3
    bs = mark_contacts([Block(kind="paragraph", text="CONTACT: Anna Beispiel"),
                        Block(kind="paragraph", text="anna@example.org"),
                        Block(kind="paragraph", text="Lack of Sleep Impacts Some Students, But Others Unaffected"),
                        Block(kind="heading", level=2, text="A student studied sleeping patterns"),
                        Block(kind="paragraph", text=lead)])
    assert [b.kind for b in bs] == ["paragraph", "contact", "paragraph", "heading", "paragraph"]


def test_a_headline_over_a_paragraph_saved_as_one_long_line_is_split_off():
    lead = "News media keep redesigning the way they spread their stories, and they are always seeking attention. " * 3
    bs = blocks(f"What Scares Food Scientists? Headline Writers\n{lead.strip()}")
    assert [b.kind for b in bs] == ["heading", "paragraph"]
    # hard-wrapped prose keeps its lines together
    assert len(blocks("Die Forscher haben in vielen Jahren\nein neues Verfahren entwickelt.")) == 1


def test_a_line_saved_as_a_paragraph_is_never_joined_to_the_line_over_it():
    # few blank lines and contact lines at the end: the text reads as hard-wrapped, but a 300-character
    # line is a paragraph of its own, so the headline over it stays apart
    lead = "Die Versorgung im Landkreis hat sich deutlich verbessert, weil ein Standort erweitert wurde. " * 4
    lines = ["Netz im Landkreis Musterstadt deutlich verbessert", lead.strip(), "Status und Ausblick",
             "Weitere Informationen", "Beispiel AG", "Unternehmenskommunikation", "Anna Beispiel, Pressesprecherin",
             "Tel.: 0171-000000", "E-Mail: anna@example.org", "Weitere Informationen für Medien"]
    blocks = blocks_from_lines(lines)
    assert blocks[0].text == "Netz im Landkreis Musterstadt deutlich verbessert"
    # hard-wrapped prose is still joined
    wrapped = blocks_from_lines(["Die Forscherinnen haben ein neues Verfahren", "entwickelt, das Messungen genauer",
                                 "macht und Zeit spart."] + lines[2:])
    assert wrapped[0].text.startswith("Die Forscherinnen haben ein neues Verfahren entwickelt")


def test_a_short_quoted_sentence_between_paragraphs_is_no_heading():
    bs = blocks(LONG + "\n\nAnna Beispiel sagt: „Das Verfahren ist deutlich genauer.“\n\n" + LONG)
    assert bs[1].kind == "paragraph"
    # a headline with a quoted title stays a heading
    bs = blocks("Ausstellung „Brücken der Stadt“ eröffnet\n\n" + LONG)
    assert bs[0].kind == "heading"


# --- a headline wrapped onto a second line in small letters ----------------------------------

@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_headline_wrapped_onto_a_line_in_small_letters_is_one_heading(sep):
    for first, second in (("Marketing, fashion, technology", "to blend at the autumn fair"),
                          ("Neue Wege für", "bessere Brücken in der Stadt")):
        bs = blocks(first + sep + second + "\n\n" + LONG)
        assert (bs[0].kind, bs[0].text) == ("heading", f"{first} {second}"), sep


def test_a_byline_or_a_sentence_under_a_headline_stays_apart():
    bs = blocks("Neue Wege für bessere Brücken\n\nvon Anna Beispiel\n\n" + LONG)
    assert [b.text for b in bs[:2]] == ["Neue Wege für bessere Brücken", "von Anna Beispiel"]
    bs = blocks("Neue Brücke eröffnet.\n\nauch in diesem Jahr\n\n" + LONG)  # the first line ends a sentence
    assert bs[0].text == "Neue Brücke eröffnet."
    bs = blocks("Acme opens a lab\n\nupdated 3 May 2021\n\n" + LONG)
    assert bs[0].text == "Acme opens a lab"
