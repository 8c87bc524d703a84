"""Title robustness, session 10: the headline is found however the header's lines are separated, and when a photo's
caption stands under it. All texts are invented; each rule has a negative twin where it must not fire."""

from briefing.clean import clean
from briefing.extract.metadata.header import find_title
from briefing.read import read_seed
from briefing.structure import structure

LEAD = ("Mehr als vierzig Freiwillige aus der Küstenstadt zählen in diesem Frühjahr die Vögel auf der Insel. Die "
        "Zählung beginnt im April und endet im Juni, wie die Veranstalter am Dienstag mitteilten. Erwartet werden "
        "auch Gäste aus den Nachbarorten, die beim Zählen helfen wollen.")
BODY = ("Die Ergebnisse sollen im Herbst vorgestellt werden. Der Verein hofft auf mehr Brutpaare als im Vorjahr, "
        "weil die Winter milder geworden sind und die Insel seit zwei Jahren für Besucher gesperrt ist.")
CHROME = ("Auf dieser Seite finden Sie alle Nachrichten des Vereins, seine Termine und Berichte aus den Gruppen, dazu "
          "Hinweise zur Mitgliedschaft und zu den Kursen im Winterhalbjahr, die jedes Jahr angeboten werden.")
CAPTION = "Die Insel im Morgenlicht. Foto: Jana Muster / Bildarchiv"


def doc_of(tmp_path, text):
    path = tmp_path / "seite.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_seed(path)
    clean(doc)
    structure(doc)
    return doc


def title_of(tmp_path, text):
    return find_title(doc_of(tmp_path, text))


# --- a photo's caption under the headline --------------------------------------------------------------------

def test_caption_is_no_heading_and_the_headline_over_it_is(tmp_path):
    doc = doc_of(tmp_path, f"Freiwillige zählen Seevögel auf der Insel\n\n{CAPTION}\n\n{LEAD}\n\n{BODY}\n")
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds[CAPTION] == "paragraph"
    assert kinds["Freiwillige zählen Seevögel auf der Insel"] == "heading"
    assert find_title(doc) == "Freiwillige zählen Seevögel auf der Insel"


def test_short_line_over_another_short_line_stays_a_paragraph(tmp_path):
    # no caption between: the line under the short line is no body text, the short line heads nothing
    doc = doc_of(tmp_path, f"Freiwillige zählen Seevögel auf der Insel\n\nDie Insel im Morgenlicht\n\n{LEAD}\n")
    assert [b.kind for b in doc.blocks][0] == "paragraph"


def test_headline_under_its_section_label_over_a_caption(tmp_path):
    text = f"{CHROME}\n\nAktuelles\n\nFreiwillige zählen Seevögel auf der Insel\n\n{CAPTION}\n\n{LEAD}\n\n{BODY}\n"
    assert title_of(tmp_path, text) == "Freiwillige zählen Seevögel auf der Insel"


def test_long_headline_over_a_caption_and_its_date(tmp_path):
    headline = ("Der Verein der Vogelfreunde ruft alle Freiwilligen der Küstenstadt zur großen Zählung der "
                "Seevögel auf der Insel auf")
    text = f"{CHROME}\n\nAktuelles\n\n{headline}\n\n{CAPTION}\n\n9. Juli 2030\n\n{LEAD}\n\n{BODY}\n"
    assert title_of(tmp_path, text) == headline


# --- kicker lines and the date over the headline, in one block -------------------------------------------------

def test_kicker_over_the_date_over_the_headline_in_one_block(tmp_path):
    text = f"Vereinsnachrichten\n9. Juli 2030\nFreiwillige zählen Seevögel auf der Insel\n\n{LEAD}\n\n{BODY}\n"
    assert title_of(tmp_path, text) == "Freiwillige zählen Seevögel auf der Insel"


def test_last_line_of_a_header_block_is_the_headline_under_its_kicker(tmp_path):
    text = ("KÜSTENSTADT > LOKALES\nEin Bericht aus der Arbeit des Vereins\n"
            f"Hundert Jahre Vogelfreunde feiern ihr Jubiläum im Stadtpark\n\n{LEAD}\n\n{BODY}\n")
    assert title_of(tmp_path, text) == "Hundert Jahre Vogelfreunde feiern ihr Jubiläum im Stadtpark"


def test_headline_in_headline_case_over_its_deck_stays_the_headline(tmp_path):
    # an English headline in headline case over a deck in sentence case: the deck is no headline
    lead = ("More than forty volunteers from the coastal town will count the birds on the island this spring, "
            "the organisers said on Tuesday. The count begins in April and ends in June, and guests from the "
            "neighbouring villages are expected to help.")
    text = ("Coastal Life\nVolunteers Count Rare Seabirds on the Northern Island\n"
            f"Researchers call for a larger survey of the coast next year\n\n{lead}\n")
    assert title_of(tmp_path, text) == "Volunteers Count Rare Seabirds on the Northern Island"


# --- the headline over its deck over the date, each a paragraph --------------------------------------------------

def test_headline_over_its_deck_over_the_date(tmp_path):
    text = (f"{CHROME}\n\nFreiwillige zählen Seevögel auf der Insel\n\nDie Zählung beginnt schon im April\n\n"
            f"Küstenstadt, 9. Juli 2030\n\n{LEAD}\n\n{BODY}\n")
    assert title_of(tmp_path, text) == "Freiwillige zählen Seevögel auf der Insel"


def test_short_kicker_over_the_headline_over_the_date_is_no_headline(tmp_path):
    text = (f"{CHROME}\n\nVogelschutz\n\nFreiwillige zählen Seevögel auf der Insel\n\n"
            f"Küstenstadt, 9. Juli 2030\n\n{LEAD}\n\n{BODY}\n")
    assert title_of(tmp_path, text) == "Freiwillige zählen Seevögel auf der Insel"
