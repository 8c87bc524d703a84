"""Kind signals that generalise (session 11): how a release, a newspaper story, an author's piece, an interview and a
publication's text are written or laid out, whatever the document. All texts are invented."""

from __future__ import annotations

from briefing.extract import metadata as md
from briefing.extract.metadata import kind as k
from briefing.model import Block, Document, Removed

from test_metadata import converted


def make_doc(blocks: list[Block], lines: list[str] | None = None, fmt: str = "txt") -> Document:
    if lines is None:
        lines = []
        for b in blocks:
            lines += [b.text, ""]
    return Document(id="t", seed="t.txt", format=fmt, raw_text="", lines=lines, blocks=blocks, removed=[])


def P(text: str) -> Block:
    return Block(kind="paragraph", text=text)


def ctx(*texts: str, header: md.Header | None = None, lines: list[str] | None = None) -> k.KindContext:
    return k.KindContext(make_doc([P(t) for t in texts], lines), header or md.Header())


def kind_of(*texts: str, header: md.Header | None = None, lines: list[str] | None = None) -> str:
    """The kind the signals vote for (`detect_kind` leaves texts without a decisive signal to the text model)."""
    from briefing.extract.metadata.kind import kind_scores, signal_kind

    return signal_kind(kind_scores(make_doc([P(t) for t in texts], lines), header or md.Header()))


FILLER_EN = ("The new hall has room for two hundred visitors and a small stage. It will open in the spring after two "
             "years of building work on the old market square.")
FILLER_DE = ("Die neue Halle bietet Platz für zweihundert Besucher und eine kleine Bühne. Sie wird im Frühjahr nach zwei "
             "Jahren Bauzeit am alten Marktplatz eröffnet.")


# --- a site's 'News' label is a section, not the genre -----------------------------------------

def test_news_section_label_casts_no_vote():
    header = md.Header(kind="news")
    assert k.kind_scores(make_doc([P(FILLER_EN)]), header)["news"] == 0


def test_release_kind_word_still_votes():
    header = md.Header(kind="press_release")
    assert k.kind_scores(make_doc([P(FILLER_EN)]), header)["press_release"] >= 10


# --- a reporter's byline over reported speech --------------------------------------------------

REPORTED = ("Farmers across the valley are cheering as the price of barley keeps climbing this season. "
            "\"It is the best year I remember,\" said Tom Reeve, who farms near the river. "
            "Contractor Lisa Marsh said the demand meant she was busier than usual. "
            "\"We have been flat out since March,\" she said.")


def test_signed_report_is_news():
    header = md.Header(authors=["Karen Blythe"])
    lines = ["By Karen Blythe", "", REPORTED, "", FILLER_EN]
    assert k.signed_report(ctx(REPORTED, FILLER_EN, header=header, lines=lines))


def test_reported_speech_without_a_byline_is_no_signed_report():
    lines = [REPORTED, "", FILLER_EN]
    assert not k.signed_report(ctx(REPORTED, FILLER_EN, lines=lines))


def test_signed_text_without_reported_speech_is_no_signed_report():
    header = md.Header(authors=["Karen Blythe"])
    lines = ["By Karen Blythe", "", FILLER_EN]
    assert not k.signed_report(ctx(FILLER_EN, header=header, lines=lines))


# --- an author telling their own experience ------------------------------------------------------

STORY = ("Last month I visited a small club of model railway builders, and I was struck by how different each layout "
         "was. In all my years of visiting clubs I have never seen two alike, and my own layout looks like none of them.")


def test_author_speaking_as_i_is_a_storyteller():
    assert k.storyteller(ctx(STORY, FILLER_EN))


def test_i_inside_a_quotation_carried_over_paragraphs_is_no_storyteller():
    quote = ("“I have run this club for twenty years and I have never seen such a season. My members and I built "
             "three new layouts, and I expect more next year.")
    assert k.unquoted(quote).strip() == ""
    assert not k.storyteller(ctx(quote, "“I think the hall will help us,” said Tom Reeve. " + FILLER_EN))


def test_i_in_short_teasers_is_no_storyteller():
    teasers = ["My booster was six months ago: should I get another one?", "I sleep badly: what can I do?"]
    assert not k.storyteller(ctx(FILLER_EN, *teasers))


def test_storyteller_outweighs_an_organisations_we():
    text = STORY + " That is why our club is open to everyone, and we welcome new members."
    assert kind_of(text, FILLER_EN) == "article"


# --- an interview announced as a counted set of questions -----------------------------------------

def test_counted_questions_for_a_person_announce_an_interview():
    header = md.Header(title="Seven Questions for Sculptor Mara Lind")
    assert k.announced_conversation(ctx(FILLER_EN, header=header))
    assert k.announced_conversation(ctx("Drei Fragen an Dr. Jonas Weber", FILLER_DE))


def test_questions_to_an_institution_announce_no_interview():
    assert not k.announced_conversation(ctx("Fünf Fragen an die neue Landesregierung", FILLER_DE))
    assert not k.announced_conversation(ctx(FILLER_EN, header=md.Header(title="The questions for the city council")))


# --- the release's kind word as one field of a label line ------------------------------------------

def test_release_word_in_a_label_line():
    lines = ["4 Mai I Pressemitteilung I Landesverband der Imker e.V. I", "", "Imker zufrieden", "", FILLER_DE]
    assert k.release_label(ctx(FILLER_DE, lines=lines))
    lines = ["12.03.2021 | Press Release | Example Rowing Union", "", FILLER_EN]
    assert k.release_label(ctx(FILLER_EN, lines=lines))


def test_plural_section_in_a_menu_is_no_release_label():
    lines = ["Startseite | Verband | Pressemitteilungen | Kontakt", "", FILLER_DE]
    assert not k.release_label(ctx(FILLER_DE, lines=lines))
    lines = ["Die Pressemitteilung des Verbands kam am Abend.", "", FILLER_DE]
    assert not k.release_label(ctx(FILLER_DE, lines=lines))


# --- the issuer's leave to reprint ------------------------------------------------------------

def test_leave_to_reprint_is_a_release():
    assert k.reprint_leave(ctx(FILLER_DE, lines=["Abdruck honorarfrei, Belegexemplar erbeten.", "", FILLER_DE]))
    assert k.reprint_leave(ctx(FILLER_EN, lines=["Photos free for editorial use.", "", FILLER_EN]))
    assert kind_of("Gestern wurde der Preis verliehen. " + FILLER_DE,
                   lines=["Veröffentlichung honorarfrei", "", FILLER_DE]) == "press_release"


def test_a_fee_is_no_leave_to_reprint():
    assert not k.reprint_leave(ctx(FILLER_DE, lines=["Das Honorar der Fotografin wurde erhöht.", "", FILLER_DE]))
    assert not k.reprint_leave(ctx(FILLER_EN, lines=["The hall is free for use by local clubs.", "", FILLER_EN]))


# --- a release wire in a dateline's agency place --------------------------------------------------

WIRE_LEAD = ("MUSTERVILLE, Ohio (PRWEB) March 03, 2019 -- The Example Growers Association has named a new director "
             "who will lead its work on water quality across the state.")
AGENCY_LEAD = ("BEISPIELSTADT (dpa) - Der Verband der Obstbauern hat einen neuen Direktor gewählt, der die Arbeit für "
               "sauberes Wasser im ganzen Land leiten soll.")


def test_release_wire_in_the_dateline_is_a_release():
    c = ctx(WIRE_LEAD, FILLER_EN)
    assert k.wire_dateline(c)
    assert not k.news_dateline(c) and not k.agency_named(c)


def test_news_agency_in_the_dateline_stays_news():
    c = ctx(AGENCY_LEAD, FILLER_DE)
    assert not k.wire_dateline(c)
    assert k.news_dateline(c) and k.agency_named(c)


# --- a paywall ---------------------------------------------------------------------------------

def test_paywall_notice_is_an_outlet():
    lines = ["Um diesen Beitrag vollständig zu lesen, benötigen Sie ein Digital-Abo.", "", FILLER_DE]
    assert k.outlet_chrome(ctx(FILLER_DE, lines=lines))
    lines = ["This story is available to subscribers only.", "", FILLER_EN]
    assert k.outlet_chrome(ctx(FILLER_EN, lines=lines))


def test_a_release_services_subscription_is_no_paywall():
    lines = ["Beispieldienst-Abo", "", "Newsletter abonnieren", "", FILLER_DE]
    assert not k.outlet_chrome(ctx(FILLER_DE, lines=lines))


# --- a German paper's place-and-full-stop dateline -----------------------------------------------

def test_place_and_full_stop_open_the_lead():
    assert k.paper_dateline(ctx("Musterhausen. Motoren brummen, es riecht nach Öl. " + FILLER_DE))
    assert k.paper_dateline(ctx("Bad Beispielbrunn. Der Gemeinderat hat getagt. " + FILLER_DE))


def test_title_or_sentence_opening_is_no_place_dateline():
    assert not k.paper_dateline(ctx("Prof. Weber leitet das Projekt seit drei Jahren. " + FILLER_DE))
    assert not k.paper_dateline(ctx("Die Halle ist fertig. " + FILLER_DE))


# --- ages beside the names ------------------------------------------------------------------------

def test_ages_of_several_people_even_after_a_glued_heading():
    text = ("Ich liebe meinen BerufKarla Neumeier (48), Leiterin der Stadtbücherei. Auch Bernd Kollwitz (61) "
            "ist seit Jahren dabei. " + FILLER_DE)
    c = ctx(text)
    assert k.age_beside_name(c) and k.ages_of_several(c)


def test_one_age_or_a_count_is_not_several():
    assert not k.ages_of_several(ctx("Karla Neumeier (48) leitet die Bücherei. Die Teilnehmer (38) kamen. " + FILLER_DE))


# --- a byline naming the reporter's paper ----------------------------------------------------------

def test_byline_with_the_papers_name():
    lines = ["Neues Museum eröffnet", "", "| Greta Lanz | Beispieltaler Zeitung", "", FILLER_DE]
    assert k.outlet_byline(ctx(FILLER_DE, lines=lines))


def test_masthead_alone_is_no_byline():
    lines = ["Neues Museum eröffnet", "", "Beispieltaler Zeitung", "", "Greta Lanz", "", FILLER_DE]
    assert not k.outlet_byline(ctx(FILLER_DE, lines=lines))


# --- a publication's apparatus and a print file's slug ------------------------------------------

def test_issn_with_hyphen_and_second_salutation_are_apparatus():
    lines = ["ISSN-1234-5678 12. Jahrgang", "", "Liebe Mitglieder,", "liebe Leserinnen und Leser,", "", FILLER_DE]
    assert k.publication_apparatus(ctx(FILLER_DE, lines=lines))


def test_a_single_part_is_no_apparatus():
    lines = ["ISSN-1234-5678", "", FILLER_DE]
    assert not k.publication_apparatus(ctx(FILLER_DE, lines=lines))


def test_print_slug_line_is_a_printers_mark():
    lines = ["heft_07_U1.pdf; s1; (210.00 x 297.00 mm); 03.Mar 2021 10:15:02; PDF-CMYK", "", FILLER_DE]
    assert k.printer_marks(ctx(FILLER_DE, lines=lines))


def test_pdf_link_or_dimensions_alone_are_no_slug():
    lines = ["Download: programm.pdf", "", "Die Bühne misst 400 x 600 mm.", "", FILLER_DE]
    assert not k.printer_marks(ctx(FILLER_DE, lines=lines))


# --- end to end ------------------------------------------------------------------------------------

def test_label_line_release_end_to_end():
    doc = converted("7 Jun I Pressemitteilung I Landesverband der Imker e.V. I\n\nImker zufrieden mit der Saison\n\n"
                    "Die Imker im Land blicken auf ein gutes Jahr zurück. „Die Ernte war gut“, sagte der "
                    "Vorsitzende Karl Imberg. Die Preise seien stabil, betonte er. Der Honig sei sehr mild, erklärte "
                    "die Züchterin Lena Hof. " + FILLER_DE + "\n")
    assert doc.meta.kind == "press_release"


def test_removed_item_text_is_read_for_reprint_leave():
    doc = make_doc([P(FILLER_DE)])
    doc.removed = [Removed(text="Abdruck honorarfrei", reason="boilerplate")]
    assert k.reprint_leave(k.KindContext(doc, md.Header()))
