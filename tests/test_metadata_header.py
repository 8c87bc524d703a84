"""Header reading: bylines with a date and time, a breadcrumb before or above the headline, a
photo's copyright line, and which date wins (all texts invented)."""

from __future__ import annotations

import pytest

from briefing.clean import clean
from briefing.extract import metadata as md
from briefing.extract.metadata.byline import conversation_lead
from briefing.extract.metadata.publisher import publisher_from_interview_lead
from briefing.extract.metadata.title import headline_run_into_lead, headline_under_crumbs, without_section_kicker
from briefing.model import Document
from briefing.structure import structure

from kind_signals import release_without_signals, signals_kind_of  # noqa: F401 (a fixture)

LONG = ("Die Forscherinnen haben ein neues Verfahren entwickelt, das Messungen deutlich genauer macht. "
        "Es spart Zeit und Material. Erste Tests verliefen vielversprechend. Weitere Studien sollen folgen.")


def converted(text: str) -> Document:
    doc = Document(id="t", seed="t.txt", format="txt", raw_text=text)
    clean(doc)
    structure(doc)
    md.extract_metadata(doc)
    return doc


def test_byline_with_date_and_time_without_a_comma():
    for line in ("Von Anna Beispiel 19.06.2015, 18:05", "Von Anna Beispiel, 19.06.2015, 18:05 Uhr"):
        byline = md.parse_byline(line)
        assert (byline.authors, byline.date) == (["Anna Beispiel"], "2015-06-19"), line


def test_guest_in_conversation_with_the_interviewer():
    byline = md.parse_byline("Anna Beispiel im Gespräch mit Tim Muster | 07.03.2010")
    assert (byline.authors, byline.date, byline.interview) == (["Tim Muster"], "2010-03-07", True)
    assert md.parse_byline("Anna Beispiel in conversation with Tim Muster").authors == ["Tim Muster"]


def test_the_bylines_date_wins_over_the_pages_date_line():
    doc = converted("Donnerstag, 28. März 2024\n\nArchiv\n\nNeue Messmethode für Brücken\n\n"
                    "Von Anna Beispiel | 07.03.2010\n\n" + LONG)
    assert (doc.meta.date, doc.meta.authors) == ("2010-03-07", ["Anna Beispiel"])


def test_kicker_glued_to_the_headline_that_ends_the_breadcrumb():
    doc = converted("1. Startseite\n2. >\n3. Wissen\n4. >\n5. Warum Brücken im Winter knarren\n\n"
                    "Tag der Brücke Warum Brücken im Winter knarren\n\n" + LONG)
    assert doc.meta.title == "Warum Brücken im Winter knarren"


def test_a_breadcrumb_section_before_the_headline_is_dropped():
    assert md.tidy_title("Aktuelles › Beispiel-Institut · 30 Jahre in Musterstadt gefeiert")[0] == \
        "Beispiel-Institut · 30 Jahre in Musterstadt gefeiert"
    assert md.tidy_title("A › B")[0] == "A › B"  # too short to be a breadcrumb over a headline


def test_a_photos_copyright_over_its_caption_is_no_publisher():
    caption = "© Beispiel-Institut Drei Preise – nach 2007 und 2013 erhält das Institut den Preis zum dritten Mal."
    doc = converted("Beispiel-Institut feiert Jubiläum in Musterstadt\n\n" + LONG + "\n\n" + caption + "\n\n" + LONG)
    assert doc.meta.publisher is None
    doc = converted("Beispiel-Institut feiert Jubiläum in Musterstadt\n\n" + LONG + "\n\n© 2023 Musterverlag | Impressum\n")
    assert doc.meta.publisher == "Musterverlag"


def test_agency_dateline_closed_by_a_full_stop_and_a_lead_cut_by_a_line_break():
    doc = converted("Startseite Archiv Nachricht vom 17. November 2015\n\nUni Musterstadt erstellt einen Atlas der Mundarten\n\n"
                    "Die Darstellung der Meldungen wird verbessert. Fehler melden Sie bitte an hilfe@example.org\n\n"
                    "Musterstadt (epd). " + LONG)
    assert (doc.meta.publisher, doc.meta.kind) == ("epd", "news")
    doc = converted("Time runs short for the harbour talks\n\nNEW YORK (AP) — In just a few days, a\n\n"
                    "walkout by thousands of dock workers could bring commerce to a near standstill at every port.\n\n" + LONG)
    assert doc.meta.publisher == "AP"
    # a local 'Place (xyz).' credit that is no agency makes no publisher
    doc = converted("Uni Musterstadt erstellt einen Atlas der Mundarten\n\nMusterstadt (abc). " + LONG)
    assert doc.meta.publisher != "abc"


def test_a_caption_ending_in_a_photographer_and_agency_is_no_headline():
    assert md.looks_like_title("Das Containerschiff im Hafen (Anna Beck/dpa)") is False
    assert md.looks_like_title("Wer zahlt die Zeche? (Teil 2/3)") is True  # no agency in the brackets
    doc = converted("Das Containerschiff im Hafen (Anna Beck/dpa)\n\nMusterstadt. " + LONG)
    assert doc.meta.title is None


def test_a_logo_line_with_teasers_of_other_stories_over_the_headline():
    doc = converted("MUSTER-MAGAZIN logo Neue Studie zu Bienen Anna Beck Wie Auen Amphibien schützen Tim Roth\n\n"
                    "Neubau der Kliniken bewilligt\n\n" + LONG)
    assert doc.meta.title == "Neubau der Kliniken bewilligt"


def test_an_imprint_block_without_its_heading_gives_editors_and_authors():
    doc = converted("Jahresbericht 2015\n\n" + LONG + "\n\nRedaktion: Anna Beispiel Lektorat: Tim Muster, Ina Probe "
                    "Autoren: Lena Vogt (S. 23 – 33), Max Kern und Eva Lind (S. 40 – 48)\n\n" + LONG)
    assert doc.meta.authors == ["Anna Beispiel", "Lena Vogt", "Max Kern", "Eva Lind"]
    # one label alone is no imprint
    doc = converted("Jahresbericht 2015\n\n" + LONG + "\n\nRedaktion: Anna Beispiel und ihr Team waren vor Ort.\n\n" + LONG)
    assert doc.meta.authors == []


def test_a_dateline_with_several_places_or_after_a_caption_gives_the_date():
    doc = converted("Wie denken Bienen?\n\nBerlin | Heidelberg | Wiesbaden, 25.04.2012. " + LONG)
    assert doc.meta.date == "2012-04-25"
    doc = converted("Holz wird knapp\n\nProf. Anna Beispiel leitet das Institut. Foto: Tim Muster, Beispiel-Institut\n\n"
                    "Das Institut profitiert von der Nachfrage nach dem gewachsenen Werkstoff aus der Region und darüber hinaus\n\n"
                    "Musterstadt, 21. März 2018. " + LONG)
    assert doc.meta.date == "2018-03-21"


def test_a_shows_broadcast_date_inside_its_teaser():
    doc = converted("Brewers Share Their Tips\n\nIn May, the show visited a town that makes good beer, and the brewers "
                    "told us how they work and why the water matters so much. Show originally broadcast May 16, 2008.\n\n"
                    + LONG)
    assert doc.meta.date == "2008-05-16"


def test_an_image_file_name_is_no_headline():
    assert md.looks_like_title("PM 179 Besuch in Musterstadt (1).JPG") is False
    assert md.looks_like_title("Besuch in Musterstadt zeigt neue Wege") is True


def test_a_text_that_opens_with_an_interview_turn_has_no_headline():
    doc = converted("MAGAZIN: Sie haben selbst einen …\n\nBeispiel: … ja, mein Hund. Er kommt manchmal mit in die Klinik.\n\n"
                    "MAGAZIN: In Hunden haben Sie das Gen dann gefunden, bei Menschen aber nicht.\n\n"
                    "Beispiel: Es war das Gen für einen Rezeptor, der gerade erst entdeckt worden war.\n\n"
                    "MAGAZIN: Haben Sie je daran gedacht aufzugeben?\n\nBeispiel: Nein, nie. Die Arbeit hat mich immer gefreut.\n")
    assert doc.meta.title is None


def test_a_question_that_addresses_the_interviewee_by_name_makes_an_interview():
    lead = ("„Die Pflege ist eine eigene Wissenschaft“, fordert Professorin Anna Beispiel vom Beispiel-Institut. "
            "Darüber sprach sie im Interview mit „Pflege Heute“.")
    doc = converted("Wissenschaft stärken\n\n" + lead + "\n\nFrau Professorin Beispiel, im Jahr 2014 wurde Ihre "
                    "Abteilung gegründet. Was war damals Ihr Ziel?\nWir wollten die Versorgung verbessern. " + LONG)
    assert (doc.meta.kind, doc.meta.publisher) == ("interview", "Pflege Heute")


def test_the_outlet_that_conducted_an_interview_is_its_publisher():
    answer = "I think the operas of that time were written for the singers who first performed them, not for us."
    text = ("• Exclusive Example Weekly Interview with the Music Scholar Dr. Anna Beispiel\n\n"
            "Dear readers, last Sunday in the morning Example Weekly interviewed over the phone the leading authority "
            "on early opera, Dr. Anna Beispiel, a professor of music.\n\n"
            f"Example Weekly: What drew you to these operas?\n\nAnna Beispiel: {answer}\n\n"
            f"Example Weekly: And what do singers get wrong today?\n\nAnna Beispiel: {answer}\n")
    assert publisher_from_interview_lead(converted(text)) == "Example Weekly"
    # a person who interviewed someone is no outlet
    assert publisher_from_interview_lead(converted("Anna Beispiel interviewed the mayor.\n\n" + LONG_EN)) is None


LONG_EN = ("The researchers developed a new method that makes measurements much more precise. "
           "It saves time and material. First tests were promising. More studies will follow.")


def test_a_time_before_the_date_on_a_date_line():
    doc = converted("Seismologe wider Willen\n\n11:00 24.09.2015\n\n" + LONG)
    assert doc.meta.date == "2015-09-24"


def test_a_kicker_glued_to_a_german_headline_ends_before_a_capitalised_function_word():
    assert md.tidy_title("Tag des Schlafes Für Manche ist der Mittagsschlaf tabu")[0] == "Für Manche ist der Mittagsschlaf tabu"
    assert md.tidy_title("Why Bees Die In Winter")[0] == "Why Bees Die In Winter"  # English title case
    assert md.tidy_title("Wie die Bienen überwintern")[0] == "Wie die Bienen überwintern"


def test_a_shows_lead_opening_with_its_host_names_the_author():
    lead = ("Anna Beispiel speaks with Tim Muster of the Beispiel Institute, University of Musterstadt. The institute "
            "is known for its work on early theatre, and Tim tells us how plays were put on in those days.")
    doc = converted("Episode 17: Tim Muster\n\n" + lead + "\n\n" + LONG_EN)
    assert doc.meta.authors == ["Anna Beispiel"]
    assert conversation_lead("The Beispiel Institute talks with partners in many countries about its work.") is None


def test_an_interview_credit_run_into_a_paragraph():
    doc = converted("Anna Beispiel\n\nAnna Beispiel ist unsere Forscherin des Monats. Das Gespräch führte Tim Muster. "
                    + LONG + "\n\nWas reizt Sie an der Mathematik?\n\nIch mag klare Antworten. " + LONG)
    assert doc.meta.authors == ["Tim Muster"]
    # a sentence that only mentions a conversation names no author
    doc = converted("Anna Beispiel\n\nDas Gespräch führte zu keinem Ergebnis. " + LONG)
    assert doc.meta.authors == []


def test_a_format_before_interview_with_is_no_outlet():
    doc = converted("Video Interview with Dr. Anna Beispiel\n\nWe spoke with Dr. Anna Beispiel about the harbour. "
                    + LONG_EN + "\n\nWhat drew you to harbours?\n\nI grew up by the sea and never left it. " + LONG_EN)
    assert publisher_from_interview_lead(doc) is None


def test_a_paragraph_about_a_logo_is_no_site_chrome():
    doc = converted("Das neue Logo der Stadt zeigt einen Turm und einen Fluss.\n\nEntwurf aus der Schule\n\n" + LONG)
    assert "Das neue Logo der Stadt zeigt einen Turm und einen Fluss." in [b.text for b in doc.blocks]


def test_a_documentary_aired_in_a_news_story_is_not_its_date():
    doc = converted("Harbour film wins prize\n\nThe documentary, which aired on March 3, 2019, on a regional channel, "
                    "told the story of the harbour workers and their families over three generations. " + LONG_EN)
    assert doc.meta.date is None


def test_a_news_paragraph_opening_with_a_name_is_no_interview_question():
    lead = "Mr. Beispiel, 54, said the harbour would reopen in spring, and the workers welcomed the news. " * 2
    doc = converted("Harbour to reopen\n\n" + lead + "\n\nWhat happens next?\n\n" + LONG_EN)
    assert doc.meta.kind != "interview"


def test_a_news_sites_kicker_line_over_its_breadcrumb_both_ending_in_the_headline():
    header = ("Menü\nBeispielstädter Zeitung | Ihre Zeitung aus Musterland\nAnmelden\n"
              "Hafenwirtschaft Neue Kräne für den Hafen: Umschlag soll wachsen\n"
              "Nachrichten Wirtschaft Hafenwirtschaft Neue Kräne für den Hafen: Umschlag soll wachsen\n"
              "Partner im Netzwerk\n11:00 24.09.2015\n\n")
    doc = converted(header + LONG)
    assert (doc.meta.title, doc.meta.date) == ("Neue Kräne für den Hafen: Umschlag soll wachsen", "2015-09-24")
    assert without_section_kicker("Studium & Wissenschaft Forscher wider Willen") == "Forscher wider Willen"
    # no section word before the headline: nothing is cut
    assert without_section_kicker("Neue Kräne für den Hafen") == "Neue Kräne für den Hafen"
    # two lines that merely end alike are no kicker and breadcrumb
    assert headline_under_crumbs(["Ein Tag", "Noch ein Tag"]) is None


def test_a_sections_label_before_the_headline_is_dropped():
    assert md.tidy_title("Panorama: Zwei Forschungssatelliten gestartet")[0] == "Zwei Forschungssatelliten gestartet"
    # a label that is no newspaper section stays: it belongs to the headline
    assert md.tidy_title("Hafen: Zwei Kräne gehen in Betrieb")[0] == "Hafen: Zwei Kräne gehen in Betrieb"


def test_the_pages_address_as_its_first_line_is_its_url():
    doc = converted("https://example.org/wissen/neue-messmethode-a-123.html\nGedanken über Brücken\n\n"
                    "Neue Messmethode für Brücken\n\n" + LONG)
    assert doc.meta.url == "https://example.org/wissen/neue-messmethode-a-123.html"
    assert doc.meta.publisher is None  # the address alone names no issuer
    doc = converted("https://example.org/wissen/neue-messmethode-a-123.html\nNeue Messmethode für Brücken\n\n"
                    + LONG + "\n\nMehr Wissen täglich auf example.org")
    assert doc.meta.publisher == "example.org"  # the site names itself in the text


def test_an_address_on_its_own_line_after_the_lead_is_a_link_of_the_text(release_without_signals):
    """The event's or the attachment's address under the first paragraphs is no address of the page; over the
    text, between headline and lead, it is."""
    doc = converted("Tag der Höhlen beschlossen\n\n" + LONG + " " + LONG + "\n\nFotolink zur Pressemitteilung\n\nwww.tag-der-hoehlen.example\n\n" + LONG)
    assert doc.meta.url is None
    doc = converted("Tag der Höhlen beschlossen\n\nwww.verband.example/presse/hoehlen\n\n" + LONG)
    assert doc.meta.url == "www.verband.example/presse/hoehlen"


@pytest.mark.parametrize("caption", ["Das Gebäude des Instituts am Abend. Foto: Lena Beispiel / Bildagentur",
                                     "Der Rektor beim Anstich. (Foto: Anna Muster)"])
def test_a_photo_caption_under_a_short_headline_leaves_it_the_headline(caption):
    """A short headline over a photo's caption (set as a heading or not) is no kicker of the caption, nor of a
    subheading after the lead."""
    doc = converted(f"Erst-Ausschank von Campus-Bier\n\n## {caption}\n\n{LONG} {LONG}\n\nDer Rektor stellt sich vor\n\n{LONG}")
    assert doc.meta.title == "Erst-Ausschank von Campus-Bier"
    doc = converted(f"Ein Genuss\n\n{caption}\n\n{LONG} {LONG}\n\nLambert Beispiel stellt sich vor\n\n{LONG}")
    assert doc.meta.title == "Ein Genuss"


@pytest.mark.parametrize("line, authors", [
    ("Von Ifeoma Aksoy", ["Ifeoma Aksoy"]),
    ("By Durga Kwon, science and technology reporter", ["Durga Kwon"]),
    ("By Chidi Shannon & Kalinda D Richardson", ["Chidi Shannon", "Kalinda D. Richardson"]),
    ("By Staff Writer", None),
    ("Von Montag bis Freitag", None),
    ("By Associated Press", None),
])
def test_a_byline_names_a_person_whose_given_name_the_list_does_not_know(line, authors):
    byline = md.parse_byline(line)
    assert (byline.authors if byline else None) == authors


@pytest.mark.parametrize("dateline", ["PHILADELPHIA - March 4, 2014", "## BEISPIELSTADT - March 4, 2014"])
def test_a_dateline_under_the_headline_is_its_date_not_its_title(dateline):
    doc = converted(f"Local doctor finds underlying cause of eczema\n\n{dateline}\n\n{LONG_EN}\n\nContact: press@example.org")
    assert (doc.meta.title, doc.meta.date) == ("Local doctor finds underlying cause of eczema", "2014-03-04")


def test_a_name_run_into_its_date_is_a_byline():
    byline = md.parse_byline("Anna Beispiel13.04.2013")
    assert (byline.authors, byline.date) == (["Anna Beispiel"], "2013-04-13")
    assert md.parse_byline("Stadtwerke2013") is None
    assert md.parse_byline("Interview von Tim Muster").authors == ["Tim Muster"]


def test_a_news_desks_press_contact_names_the_publisher():
    doc = converted("Forscher wollen Verfahren wiederholen\n\n" + LONG + "\nPressekontakt:\nBeispielstädter Stadt-Anzeiger\n"
                    "Newsdesk\nTelefon: 0221 000 000\n")
    assert doc.meta.publisher == "Beispielstädter Stadt-Anzeiger"


def test_an_organisation_pleased_to_announce_is_the_issuer():
    lead = ("The Musterville Zoological Society, which operates Musterville Zoo, is happy to announce the birth "
            "of a male gorilla on September 23. " + LONG_EN)
    doc = converted("Gorilla Born at Musterville Zoo\n\n" + lead)
    assert doc.meta.publisher == "Musterville Zoological Society"


def test_a_services_name_before_a_releases_dateline_and_date():
    doc = converted("Peanut study results\n\nNewswire — MUSTERVILLE HEIGHTS, IL - February 23, 2015 - A new study "
                    "released today discloses findings about early introduction of peanuts. " + LONG_EN)
    assert doc.meta.date == "2015-02-23"


def test_a_volume_and_year_on_a_magazines_cover():
    doc = converted("7. JAHRGANG · 2013 · HEFT 2\n\nNACHRICHTENBLATT DES BEISPIELVEREINS\n\n" + LONG)
    assert doc.meta.date == "2013"


def test_an_outlets_credit_opening_a_reposted_story():
    doc = converted("Strikes Are Surging\n\n(The Musterville Post) —\nA worker pickets outside the plant.\n\n" + LONG_EN)
    assert doc.meta.publisher == "The Musterville Post"
    # a credit in brackets that names no outlet is none
    doc = converted("Strikes Are Surging\n\n(Anna Beispiel) —\nA worker pickets outside the plant.\n\n" + LONG_EN)
    assert doc.meta.publisher is None


def test_an_interview_given_to_a_site_named_like_its_address():
    doc = converted("Wie werde ich Weinkenner?\n\nWinzer Tim Muster erzählt im Gespräch mit beispiel-news, was einen "
                    "guten Wein ausmacht.\n\nWoher kommt Ihre Leidenschaft für Wein?\n\nIch bin im Weingut aufgewachsen. "
                    + LONG + "\n\nWie lagern Sie Wein?\n\nIch lagere ihn kühl und dunkel. " + LONG)
    assert doc.meta.publisher == "beispiel-news"


def test_a_table_of_contents_makes_slides():
    contents = ("WOHNEN AN DER GRENZE – NEUES ZUM KASTELL VON MUSTERDORF Seite 6\n\n"
                "EIN ÜBUNGSLAGER IM HOCHWALD BEI BEISPIELHAUSEN Seite 10\n\n"
                "DAS NORDTOR VON KASTELL BEISPIEL Seite 14\n\n")
    doc = converted("NACHRICHTENBLATT DES BEISPIELVEREINS\n\nINHALT\n\n" + contents + LONG)
    assert doc.meta.kind == "slides"
    # two page references in a release are no table of contents
    doc = converted("Neue Messmethode für Brücken\n\n" + LONG + " Mehr dazu auf Seite 6.\n\nDas Heft, Seite 10\n\n"
                    + LONG)
    assert doc.meta.kind != "slides"


def test_a_contact_line_set_as_a_heading_is_no_headline():
    doc = converted("Friday, December 20, 2013\n\n# Contact: Anna Beispiel, Corporate Communications\n\n" + LONG_EN)
    assert doc.meta.title is None and doc.meta.date == "2013-12-20"


def test_a_deck_ending_in_a_quoted_sentence_is_no_headline():
    assert not md.looks_like_title("Die Muschel breitet sich aus. Eine Studie stellt klar: „Wir werden sie nicht los.“")
    assert md.looks_like_title("„Wir werden sie nicht mehr los“")


def test_a_footers_social_network_profile_is_not_the_texts_address():
    doc = converted("Netz verbessert\n\n" + LONG + "\n\nBeispiel AG\nUnternehmenskommunikation\n"
                    "www.facebook.com/beispielag\n")
    assert doc.meta.url is None


def test_the_organisation_over_its_press_office_is_the_publisher():
    doc = converted("Netz im Landkreis verbessert\n\n" + LONG + "\n\nBeispiel AG\nUnternehmenskommunikation\n"
                    "Anna Beispiel, Pressesprecherin\nTel.: 0171-000000\n")
    assert doc.meta.publisher == "Beispiel AG"
    # an organisation named over an ordinary line is no issuer
    doc = converted("Netz im Landkreis verbessert\n\n" + LONG + "\n\nBeispiel AG\nMusterstraße 1\n")
    assert doc.meta.publisher is None


def test_a_browser_titles_site_name_after_the_headline():
    doc = converted("Zurück zur Startseite\n\nKampf gegen Krankenhauskeime | BSP24\n\nKampf gegen Krankenhauskeime\n\n"
                    + LONG)
    assert (doc.meta.title, doc.meta.publisher) == ("Kampf gegen Krankenhauskeime", "BSP24")
    # a label after the bar ('| New', '| Wissen') names no site
    doc = converted("Levels on an upward trend | New\n\n" + LONG_EN)
    assert doc.meta.publisher is None


def test_a_blogs_byline_with_its_date():
    for line in ("by Anna Beispiel on March 18, 2016", "Von Anna Beispiel am 18.03.2016"):
        byline = md.parse_byline(line)
        assert (byline.authors, byline.date) == (["Anna Beispiel"], "2016-03-18"), line
    assert md.parse_byline("by the sea on March 18, 2016") is None


def test_a_heading_with_an_indefinite_article_is_no_masthead():
    assert md.outlet_masthead("A Quick Review") is None
    assert md.outlet_masthead("The Musterville Review") == "The Musterville Review"


def test_a_release_date_label_makes_a_press_release():
    doc = converted("Some mussels endure\n\nRelease Date: November 12, 2018 This content is archived.\n\n"
                    "“We would like to know how certain species persist,” said Anna Beispiel, a doctoral student. "
                    "“Some are declining,” said Tim Muster. “We keep counting,” she said. " + LONG_EN)
    assert doc.meta.kind == "press_release"  # three reported statements alone would make news


def test_a_paper_that_names_itself_as_the_one_spoken_to_is_news():
    doc = converted("Muschel breitet sich aus\n\n" + LONG + " Man finde kaum noch freien Seeboden, sagte der Biologe "
                    "Tim Muster unserer Zeitung.\n\n" + LONG)
    assert doc.meta.kind == "news"
    assert signals_kind_of("Muschel breitet sich aus\n\n" + LONG + " Die Zeitung des Vereins erscheint monatlich.\n\n"
                           + LONG) != "news"


@pytest.mark.parametrize("sentence", [
    "Die Grabung beginnt im Mai, teilte die Universität Beispielstadt am Montag mit.",
    "Das geht aus einer Pressemitteilung hervor; laut einer Pressemitteilung sind drei Teams beteiligt.",
    "The dig begins in May, the university said in a statement on Monday.",
    "Three teams are involved, according to a news release from the university.",
])
def test_a_text_that_reports_an_announcement_is_news(sentence):
    assert signals_kind_of("Grabung auf dem Campus\n\n" + sentence + " " + LONG) == "news"


def test_a_release_that_announces_something_itself_is_no_news_for_it():
    assert signals_kind_of("Grabung auf dem Campus\n\nDie Universität Beispielstadt teilt Neues zur Grabung: " + LONG) \
        == "press_release"


_QUESTIONS = ["Wie steht es um den Bestand?", "Wie messen Sie das?", "Gibt es Anzeichen einer Erholung?",
              "Was raten Sie der Politik?"]
_ANSWER = "Das hängt von der Region ab, und wir sehen große Unterschiede zwischen den Beständen im Westen und Osten."
_INTRO = "Dorsch in Gefahr\n\nDer Fischereibiologe Tim Muster vom Beispiel-Institut erklärt, warum der Dorsch bedroht ist.\n\n"


def test_questions_run_into_first_person_answers_make_an_interview():
    doc = converted(_INTRO + "\n\n".join(f"{q} {_ANSWER}" for q in _QUESTIONS))
    assert doc.meta.kind == "interview"
    # a guide's questions to its readers, answered by others, are no interview
    guide = "Experten raten, die Kinder früh einzubeziehen und sich beraten zu lassen, bevor man entscheidet."
    assert signals_kind_of(_INTRO + "\n\n".join(f"{q} {guide}" for q in _QUESTIONS)) != "interview"


def test_numbered_questions_to_one_interviewee_make_an_interview():
    # (each answer its own: a long paragraph printed twice is dropped as reprinted furniture)
    doc = converted(_INTRO + "\n\n".join(f"{n}. {q}\n\n{_ANSWER} Das ist Punkt {n}." for n, q in enumerate(_QUESTIONS, 1)))
    assert doc.meta.kind == "interview"
    # numbered questions answered under the experts' names are a release's FAQ
    faq = "\n\n".join(f"{n}. {q}\n\nAnna Beispiel: {_ANSWER} Punkt {n}.\n\nTim Muster: {_ANSWER} Frage {n}."
                        for n, q in enumerate(_QUESTIONS, 1))
    doc = converted(_INTRO + faq)
    assert doc.meta.kind != "interview"


def test_a_publications_apparatus_makes_slides():
    doc = converted("Beispielblatt\n\n7. Jahrgang\n\nLiebe Leserinnen und Leser,\n\n" + LONG + "\n\n" + LONG)
    assert doc.meta.kind == "slides"
    # one part alone (an issue number in a release) is no publication
    assert signals_kind_of("Neue Messmethode für Brücken\n\n" + LONG + " Das Verfahren erscheint in Heft 3 der "
                           "Zeitschrift.") != "slides"


@pytest.mark.parametrize("header, text", [
    ("Berlin, den 12.03.2019.", LONG),  # a letter's place and date opening the lead
    ("Nr. 45/2019 vom 12. März 2019", LONG),  # the number and its day: the day wins
    ("Beispielstädter Zeitung | 12.03.2019", LONG),  # a newspaper's name by its date
    ("FOR IMMEDIATE RELEASE: March 12, 2019", LONG_EN),  # a release's kind line with its date
])
def test_date_lines_of_common_forms(header, text):
    title = "Neue Messmethode für Brücken" if text is LONG else "New method to measure bridges"
    assert converted(f"{title}\n\n{header}\n\n{text}").meta.date == "2019-03-12"


@pytest.mark.parametrize("byline", ["Ein Beitrag von Anna Beispiel", "Words: Anna Beispiel", "Posted by Anna Beispiel"])
def test_bylines_of_common_forms(byline):
    assert md.parse_byline(byline).authors == ["Anna Beispiel"]


def test_a_name_or_place_by_a_date_is_no_byline():
    # a name without 'von'/'by' or a label may be a caption's or a commenter's: no author
    for line in ("Musterstadt | 12.03.2019", "Anna Beispiel | 12.03.2019"):
        byline = md.parse_byline(line)
        assert byline is None or byline.authors == [], line


_T = "Neue Messmethode für Brücken\n\n"


@pytest.mark.parametrize("text", [
    _T + LONG + "\n\nHerausgeber: Universität Musterstadt",
    _T + LONG + "\n\nÜber die Universität Musterstadt\n\nDie Universität Musterstadt ist eine der ältesten Hochschulen.",
    _T + LONG + "\n\nPressestelle der Universität Musterstadt\nTel. 0123 456",
    _T + "Die Universität Musterstadt teilt mit, dass ein neues Verfahren entwickelt wurde. " + LONG,
    _T + "Medieninformation Nr. 12/2019 der Universität Musterstadt\n\n" + LONG,
    _T + LONG + "\n\nEine Pressemitteilung der Universität Musterstadt",
])
def test_the_issuer_named_in_common_forms(text):
    assert converted(text).meta.publisher == "Universität Musterstadt"


def test_a_label_or_line_naming_no_organisation_gives_no_publisher():
    assert converted(_T + LONG + "\n\nHerausgeber: Anna Beispiel").meta.publisher is None
    assert converted(_T + LONG + "\n\nÜber die Autorin\n\nAnna Beispiel schreibt über Brücken.").meta.publisher is None


def test_a_statement_introduced_by_a_colon_in_a_short_paragraph_is_attributed():
    from briefing.extract.people import extract_people
    for line in ("Die Bauingenieurin Anna Beispiel erklärt: „Das Verfahren ist deutlich genauer.“",
                 "Engineer Anna Beispiel explained: “The method is much more precise.”"):
        doc = converted("Neue Messmethode für Brücken\n\n" + LONG + "\n\n" + line + "\n\n" + LONG)
        extract_people(doc)
        assert {p.name: p.category for p in doc.people}.get("Anna Beispiel") in ("expert", "quoted"), line


def test_a_browser_titles_organisation_after_the_headline_is_cut():
    assert md.tidy_title("Neue Messmethode macht Brücken sicherer | Universität Musterstadt")[0] == \
        "Neue Messmethode macht Brücken sicherer"
    assert md.tidy_title("New method makes bridges safer - Musterville University")[0] == "New method makes bridges safer"
    # a headline's own second part stays
    assert md.tidy_title("Brücken im Test – Was das neue Verfahren kann")[0] == "Brücken im Test – Was das neue Verfahren kann"


# --- a headline run into the lead on one line (a flattened page) ---------------------------------

@pytest.mark.parametrize("text, title", [
    ("Neue Brücke in Musterstadt eröffnet Die Stadt hat am Montag die neue Brücke über den Fluss freigegeben, "
     "nach drei Jahren Bauzeit und vielen Verzögerungen bei den Arbeiten.", "Neue Brücke in Musterstadt eröffnet"),
    ("Acme Opens a Research Lab in Europe BEISPIELSTADT, Calif.--(WIRE)--Acme Inc. today announced it has opened "
     "a new research laboratory in the city, its first outside the country.", "Acme Opens a Research Lab in Europe"),
    ("Neue Ausstellung im Museum Musterstadt Sonntag, 17. April 2011, 13:29 Uhr Musterstadt (dpa) - Im Museum ist "
     "am Sonntag eine Ausstellung eröffnet worden, die lange vorbereitet wurde.", "Neue Ausstellung im Museum Musterstadt"),
])
def test_a_headline_run_into_the_lead(text, title):
    doc = converted(text + "\n\n" + LONG)
    assert doc.meta.title == title
    assert doc.blocks[0].kind == "paragraph" and not doc.blocks[0].text.startswith(title)


@pytest.mark.parametrize("text", [
    # a lead without a headline; an English sentence that lacks its full stop; a sentence before the cut
    "Die Stadt hat am Montag die neue Brücke über den Fluss freigegeben. Die Bauzeit betrug drei Jahre, und es gab "
    "viele Verzögerungen bei den Arbeiten am Ufer und an den Pfeilern der Brücke.",
    "The city opened the new bridge on Monday after three years of work In the end the costs were higher than "
    "planned, and the opening was delayed twice by the winter.",
    "Newswire — BEISPIELSTADT, IL - February 23, 2015 - A new study released today discloses findings that have "
    "been awaited by allergists across the country for many years.",
    "Am Montag wurde eröffnet. Neue Brücke in Musterstadt Die Stadt hat am Montag die Brücke über den Fluss "
    "freigegeben, nach drei Jahren Bauzeit und vielen Verzögerungen.",
])
def test_a_lead_without_a_run_in_headline_gives_none(text):
    assert headline_run_into_lead(text) is None


def test_a_colon_kicker_over_a_headline_run_into_its_lead():
    doc = converted("Neue Professur zum Semesterstart:\n\nBiofunktionalität ergänzt den Schwerpunkt der "
                    "Ernährungswissenschaft [19.10.06] Universität Musterstadt stärkt ihren Forschungsschwerpunkt mit "
                    "einer siebten Professur, die im Herbst beginnt.\n\n" + LONG)
    assert doc.meta.title == "Biofunktionalität ergänzt den Schwerpunkt der Ernährungswissenschaft"
