"""Session 9 rules for the title, date and authors fields, on invented text."""

from __future__ import annotations

from briefing.extract.metadata.header import read_header
from briefing.extract.metadata.byline import parse_byline, parse_interview_credit
from briefing.extract.metadata.dates import date_candidates
from briefing.extract.metadata.title import periodical_name, tidy_title, trailing_byline
from briefing.model import Block, Document


def _doc(*blocks: tuple[str, str]) -> Document:
    raw = "\n\n".join(text for _, text in blocks)
    return Document(id="x", seed="x.txt", format="txt", raw_text=raw, lines=raw.split("\n"),
                    blocks=[Block(kind=kind, text=text) for kind, text in blocks])


_LEAD = ("Die Stadt hat am Montag die neue Halle an der Ringstraße eröffnet. Mehr als zweihundert Gäste kamen zur "
         "Feier, darunter der Bürgermeister und die Vertreter der Vereine, die die Halle künftig nutzen werden.")


def test_date_glued_to_headline_is_cut_off():
    assert tidy_title("Neue Sporthalle an der Ringstraße eröffnet28. September 2012") == \
        ("Neue Sporthalle an der Ringstraße eröffnet", "28. September 2012")
    # a number that belongs to the headline, after a space, stays
    assert tidy_title("Ausstellung zeigt Werke aus 2012")[0] == "Ausstellung zeigt Werke aus 2012"


def test_byline_label_run_onto_headline():
    title, byline = trailing_byline("Neue Sporthalle an der Ringstraße eröffnet geschrieben von  Anna Beck")
    assert title == "Neue Sporthalle an der Ringstraße eröffnet" and byline.authors == ["Anna Beck"]
    assert parse_byline("Geschrieben von Tim Roth").authors == ["Tim Roth"]
    # a bare 'von' names a work's maker inside a headline
    assert trailing_byline("Neuer Roman von Anna Beck erschienen") is None


def test_periodical_cover_line_gives_name_and_date():
    assert periodical_name("HARBOUR NEWS Volume 7, Issue 2 | March 2021") == ("HARBOUR NEWS", "March 2021")
    assert periodical_name("Volume of river traffic doubles in March") is None


def test_journalist_partner_is_the_interviewer():
    assert parse_interview_credit("Zwei Trainer sprechen mit Redakteur Tim Roth über ihre Saison") == ["Tim Roth"]
    assert parse_interview_credit("Anna Beck sprach mit Tim Roth") == ["Anna Beck"]


def test_interview_label_names_the_interviewee():
    # 'Interview: X, role' names who is interviewed; 'Interview: X' alone or 'Interview by X' who asks
    byline = parse_byline("Interview: Anna Beck, Harbour Master")
    assert not (byline and byline.authors)
    assert parse_byline("Interview: Anna Beck").authors == ["Anna Beck"]
    assert parse_byline("Interview by Anna Beck").authors == ["Anna Beck"]


def test_date_in_brackets_after_release_kind():
    assert (3, "2004-03-07") in date_candidates("Harbour Board Opens New Pier (Press Release, March 7 2004) The board today said")
    assert (3, "2004-03-07") not in date_candidates("The pier was opened on a sunny day (March 7 2004) after years of work")


def test_outlet_staff_line_is_no_headline():
    doc = _doc(("paragraph", "The Harbour Gazette"), ("list", ""), ("heading", "Gazette Staff"), ("paragraph", _LEAD))
    doc.blocks[1] = Block(kind="list", items=["LOCAL NEWS", "Pier reopens after two years of repairs"])
    assert read_header(doc).title == "Pier reopens after two years of repairs"
    # a staff heading that names no outlet of the page is a heading like any other
    other = _doc(("heading", "Medical Staff Honoured for Rescue Work"), ("paragraph", _LEAD))
    assert read_header(other).title == "Medical Staff Honoured for Rescue Work"


def test_headline_over_its_date_under_site_chrome():
    chrome = ("Our association represents more than four thousand member companies across the country. We speak "
              "for the industry in talks with lawmakers, train apprentices and publish guidance on safe work at height.")
    doc = _doc(("paragraph", chrome), ("paragraph", "News"),
               ("paragraph", "Harbour Board Approves Plan for a New Ferry Terminal"), ("heading", "Jun 5, 2019"),
               ("paragraph", "Portside, Md.—The harbour board has approved the plan for a new ferry terminal. " * 3))
    assert read_header(doc).title == "Harbour Board Approves Plan for a New Ferry Terminal"
    # no date under the line: nothing is taken
    doc = _doc(("paragraph", chrome), ("paragraph", "News"),
               ("paragraph", "Harbour Board Approves Plan for a New Ferry Terminal"),
               ("paragraph", "Portside, Md.—The harbour board has approved the plan for a new ferry terminal. " * 3))
    assert read_header(doc).title is None


def test_standfirst_ending_in_reporter():
    doc = _doc(("heading", "A new pier for the harbour"), ("paragraph", "3 March 2014"),
               ("paragraph", "The harbour board has approved a new pier that will double the number of ferries. "
                             "Anna Beck reports"),
               ("paragraph", _LEAD))
    assert read_header(doc).authors == ["Anna Beck"]
    doc = _doc(("heading", "A new pier for the harbour"), ("paragraph", "3 March 2014"),
               ("paragraph", "The harbour board has approved a new pier. Anna Beck reports that it will open in May."),
               ("paragraph", _LEAD))
    assert read_header(doc).authors == []


def test_named_question_opens_the_interview():
    doc = _doc(("paragraph", "Interviews"))
    doc.blocks.append(Block(kind="question", label="Nina", text="So what is the best part of being a coach?"))
    doc.blocks.append(Block(kind="answer", text=_LEAD))
    assert read_header(doc).title is None


def test_interview_kind_word_stays_before_a_name():
    doc = _doc(("heading", "Interview: Anna Beck, Harbour Master"), ("paragraph", _LEAD))
    assert read_header(doc).title == "Interview: Anna Beck, Harbour Master"
    doc = _doc(("heading", "Interview: Wie der Hafen wachsen soll"), ("paragraph", _LEAD))
    assert read_header(doc).title == "Wie der Hafen wachsen soll"
