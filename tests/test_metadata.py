"""Unit tests of extract.metadata: one small function per field, on invented texts."""

from __future__ import annotations

import pytest

from briefing.clean import clean
from briefing.extract import metadata as md
from briefing.model import Block, Document, Removed
from briefing.structure import structure

from kind_signals import signals_kind, signals_kind_of


def make_doc(blocks: list[Block], raw: str = "", removed: list[Removed] | None = None, fmt: str = "txt") -> Document:
    lines = [b.text for b in blocks for _ in (0, 1)]  # each block a run of its own
    lines = [t if i % 2 == 0 else "" for i, t in enumerate(lines)]
    return Document(id="t", seed="t.txt", format=fmt, raw_text=raw, lines=lines, blocks=blocks,
                    removed=removed or [])


def P(text: str) -> Block:
    return Block(kind="paragraph", text=text)


def H(text: str, level: int = 2) -> Block:
    return Block(kind="heading", text=text, level=level)


def converted(text: str, **kw) -> Document:
    doc = Document(id="t", seed="t.txt", format=kw.get("fmt", "txt"), raw_text=text)
    clean(doc)
    structure(doc)
    md.extract_metadata(doc)
    return doc


LONG = ("Die Forscherinnen haben ein neues Verfahren entwickelt, das große Sprachmodelle deutlich "
        "effizienter macht. Es spart Rechenzeit und Energie. Erste Tests verliefen vielversprechend. "
        "Weitere Studien sollen folgen.")
LONG_EN = ("The researchers developed a new method that makes large language models much more efficient. "
           "It saves computing time and energy. First tests were promising. More studies will follow.")


# --- helpers ----------------------------------------------------------------------------

def test_strip_markup_removes_heading_marks_and_emphasis():
    assert md.strip_markup("### **Im Fokus: Quantencomputer**") == "Im Fokus: Quantencomputer"
    assert md.strip_markup("*Titel*") == "Titel"


def test_doubled_text_gives_the_headline_once():
    assert md.doubled_text("Neue Chips für alle Neue Chips für alle") == "Neue Chips für alle"
    assert md.doubled_text("Ein ganz normaler Satz hier") is None


# --- date -------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("30.01.2025", "2025-01-30"),
    ("17/09/2025", "2025-09-17"),
    ("09/17/2025", "2025-09-17"),  # month first when the day cannot be a month
    ("2024-11-05", "2024-11-05"),
    ("3. März 2025", "2025-03-03"),
    ("Veröffentlicht am 3. März 2025, 10:15 Uhr", "2025-03-03"),
    ("Stand: 12.03.2024", "2024-03-12"),
    ("March 5, 2025", "2025-03-05"),
    ("Published: 5 March 2025", "2025-03-05"),
    ("Mittwoch, 5. Februar 2025", "2025-02-05"),
    ("Berlin, 30.01.2025", "2025-01-30"),
    ("Oktober 2023", "2023-10"),
])
def test_parse_date_line_reads_stated_dates(line, iso):
    assert md.parse_date_line(line) == iso


@pytest.mark.parametrize("line", [
    "Die Studie erschien am 3. März 2025 in Nature und wurde viel beachtet.",
    "31.02.2025",
    "Ende Januar",
    "Seit 2023 verboten",
])
def test_parse_date_line_rejects_sentences_and_impossible_dates(line):
    assert md.parse_date_line(line) is None


def test_parse_edition_keeps_year_precision():
    assert md.parse_edition("Ausgabe 1/2025") == ("1/2025", "2025")
    assert md.parse_edition("Issue 03/2024") == ("3/2024", "2024")
    assert md.parse_edition("Ausgabe März 2025") == ("März 2025", "2025-03")
    assert md.parse_edition("Seite 1/2") is None


def test_date_from_url_path_and_timestamp():
    assert md.date_from_url("https://x.example/wp-content/uploads/2025/02/bild.jpg") == "2025-02"
    assert md.date_from_url("https://x.example/2024/11/05/artikel") == "2024-11-05"
    assert md.date_from_url("https://x.example/img/1738927887000/a.jpg") is None
    assert md.date_from_url("https://x.example/img/1738927887000/a.jpg", timestamps=True) == "2025-02-07"
    assert md.date_from_url(None) is None


def test_date_inferred_from_image_only_when_nothing_is_stated():
    doc = make_doc([Block(kind="image", text="Foto", src="https://cdn.example/uploads/2025/02/a.jpg"), P(LONG)])
    header = md.Header()
    assert md.find_stated_or_inferred_date(doc, header, None) == ("2025-02", True)
    header.date = "2025-01-30"
    assert md.find_stated_or_inferred_date(doc, header, None) == ("2025-01-30", False)


# --- url and hosts ----------------------------------------------------------------------

def test_parse_url_line():
    assert md.parse_url_line("<http://idw-online.de/de/news1>") == "http://idw-online.de/de/news1"
    assert md.parse_url_line("(example.org") == "example.org"
    assert md.parse_url_line("Das ist kein Link.") is None


def test_hosts_and_portals():
    assert md.host_of("https://www.n-tv.de/politik/x") == "n-tv.de"
    assert md.registrable_domain("edition.cnn.com") == "cnn.com"
    assert md.registrable_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert md.press_portal("idw-online.de") == "idw – Informationsdienst Wissenschaft"
    assert md.press_portal("nachrichten.idw-online.de") == "idw – Informationsdienst Wissenschaft"
    assert md.press_portal("example.com") is None


def test_find_url_prefers_header_then_source_then_footer():
    doc = make_doc([], removed=[Removed(text="footer.example", reason="footer-url"),
                                Removed(text="https://news.example/a-1", reason="source")])
    assert md.find_url(doc, md.Header()) == "https://news.example/a-1"
    assert md.find_url(doc, md.Header(url="http://portal.example/x")) == "http://portal.example/x"
    doc.removed = doc.removed[:1]
    assert md.find_url(doc, md.Header()) == "footer.example"


# --- names and authors ------------------------------------------------------------------

def test_strip_titles():
    assert md.strip_titles("Dr.-Ing. Anna Keller") == "Anna Keller"
    assert md.strip_titles("Prof. Dr. Max Roth") == "Max Roth"


@pytest.mark.parametrize(("text", "strict", "ok"), [
    ("Stefanie Beispiel", True, True),
    ("Ursula von der Leyen", False, True),
    ("JD Vance", False, True),
    ("Technische Universität Berlin", False, False),
    ("Forschungsprojekte Informationstechnik", True, False),
    ("Die wahre Ursache", False, False),
    ("Anna van den Berg", False, True),
    ("Lieblingsbücher der Bibliothekare", False, False),  # an article alone makes a phrase, no name
])
def test_is_person_name(text, strict, ok):
    assert md.is_person_name(text, strict) is ok


def test_split_authors():
    assert md.split_authors("Anna Beck und Dr. Tim Roth") == ["Anna Beck", "Tim Roth"]
    assert md.split_authors("Anna Beck, Berlin") == ["Anna Beck"]
    assert md.split_authors("der Redaktion") == []


@pytest.mark.parametrize(("line", "authors", "edition", "date"), [
    ("Ausgabe 2/2024 | Autor: Dr.-Ing. Max Muster", ["Max Muster"], "2/2024", "2024"),
    ("Von Anna Beck", ["Anna Beck"], None, None),
    ("By Jane Miller | March 5, 2025", ["Jane Miller"], None, "2025-03-05"),
    ("Anna Beck sprach mit Tim Roth", ["Anna Beck"], None, None),
    ("Mit Tim Roth sprach Anna Beck", ["Anna Beck"], None, None),
    ("Das Interview führte Anna Beck.", ["Anna Beck"], None, None),
    ("Autorin: Prof. Dr. Lea Sommer", ["Lea Sommer"], None, None),
])
def test_parse_byline(line, authors, edition, date):
    byline = md.parse_byline(line)
    assert byline is not None
    assert (byline.authors, byline.edition, byline.date) == (authors, edition, date)


@pytest.mark.parametrize("line", ["Von der Idee zum Produkt", "Was ist neu?", "Autor: unbekannt"])
def test_parse_byline_rejects_other_lines(line):
    assert md.parse_byline(line) is None


def test_agency_credit_gives_no_author():
    doc = converted(f"Neue Chips aus Europa vorgestellt\n\n{LONG}\n\n(dpa/Reuters)\n")
    assert doc.meta.authors == []


def test_interviewer_labels_as_authors_when_no_byline():
    blocks = [Block(kind="question", text="Wie geht es?", label="Anna Beck"),
              Block(kind="answer", text="Gut.", label="Tim Roth")]
    assert md.find_authors(make_doc(blocks), md.Header()) == ["Anna Beck"]


# --- header lines -----------------------------------------------------------------------

def test_kind_words():
    assert md.kind_word("Pressemitteilung") == "press_release"
    assert md.kind_word("PRESS RELEASE") == "press_release"
    assert md.kind_word("Pressemitteilung zur Tagung") is None


def test_portal_banner():
    assert md.portal_banner("Beispiel.vn - Plattform für Nachrichten") == "Beispiel.vn"
    assert md.portal_banner("Neue Chips - und was sie können") is None


def test_glued_outlet_date():
    assert md.glued_outlet_date("NewsPlusNewsPlus17/09/2025") == ("NewsPlus", "2025-09-17")
    assert md.glued_outlet_date("Tagesblatt 03.02.2025", ["www.tagesblatt.de"]) == ("Tagesblatt", "2025-02-03")
    assert md.glued_outlet_date("Berlin, 03.02.2025") is None


def test_org_and_keyword_lines():
    assert md.is_org_line("Technische Universität Berlin")
    assert md.is_org_line("Max-Planck-Institut für Intelligente Systeme")
    assert not md.is_org_line("Universität Hamburg eröffnet neues Zentrum")
    assert md.keyword_line(["Physik, Chemie", "Medizin", "überregional"]) == ["Physik", "Chemie", "Medizin"]
    assert md.keyword_line(["Ein Satz mit Punkt."]) is None


def test_looks_like_title():
    assert md.looks_like_title("Neue Chips für alle: Was Europa jetzt plant")
    assert not md.looks_like_title("Die Expertinnen:")
    assert not md.looks_like_title("Das ist ein Satz. Und noch einer. Und ein dritter Satz.")


def test_image_headline():
    image = Block(kind="image", text="Neue Chips für alle Neue Chips für alle", src="a.jpg")
    assert md.image_headline(make_doc([image]), image, []) == "Neue Chips für alle"
    caption = Block(kind="image", text="Anna Beck leitet die Gruppe für", src="a.jpg")
    assert md.image_headline(make_doc([caption]), caption, []) is None


PRESS = """Pressemitteilung

Hochschule Musterstadt

Petra Beispiel

12.03.2024

<http://idw-online.de/de/news123>

Physik, Chemie
Medizin
überregional

Musterstadt: Neues Labor für Quantenchemie eröffnet

{long}
"""


def test_press_release_header_is_read_and_removed():
    doc = converted(PRESS.format(long=LONG))
    meta = doc.meta
    assert meta.title == "Musterstadt: Neues Labor für Quantenchemie eröffnet"
    assert meta.kind == "press_release"
    assert (meta.date, meta.date_inferred) == ("2024-03-12", False)
    assert meta.authors == ["Petra Beispiel"]
    assert meta.publisher == "Hochschule Musterstadt"
    assert meta.distributor == "idw – Informationsdienst Wissenschaft"
    assert meta.url == "http://idw-online.de/de/news123"
    assert meta.keywords == ["Physik", "Chemie", "Medizin"]
    texts = " ".join(b.text for b in doc.blocks)
    assert "Pressemitteilung" not in texts and "Petra Beispiel" not in texts and "12.03.2024" not in texts
    assert doc.blocks[0].text.startswith("Die Forscherinnen")


def test_english_article_with_byline():
    text = f"# Chips for everyone\n\nBy Jane Miller | March 5, 2025\n\n{LONG_EN}\n"
    doc = converted(text)
    assert doc.meta.title == "Chips for everyone"
    assert doc.meta.authors == ["Jane Miller"]
    assert doc.meta.date == "2025-03-05"
    assert doc.meta.language == "en"
    assert all("Jane Miller" not in b.text for b in doc.blocks)


def test_interview_credit_at_the_end_is_removed():
    text = (f"Das große Gespräch über neue Chips\n\n{LONG}\n\n"
            "Magazin.de: Wie schnell sind die neuen Chips?\n\nTim Roth: Sehr schnell, sagen die Tests.\n\n"
            "Was kosten sie?\n\nNoch ist das offen.\n\nWann kommen sie?\n\nIm Herbst.\n\n"
            "Anna Beck sprach mit Tim Roth\n")
    doc = converted(text)
    assert doc.meta.authors == ["Anna Beck"]
    assert doc.meta.kind == "interview"
    assert all("sprach mit" not in b.text for b in doc.blocks)


# --- publisher and distributor ----------------------------------------------------------

def test_publisher_from_host_uses_the_printed_short_name():
    assert md.publisher_from_host("edition.example-news.com", "laut EXAMPLE-NEWS berichtet") == "EXAMPLE-NEWS"
    assert md.publisher_from_host("www.tagesblatt.de", "Der Tagesblatt meldet") == "tagesblatt.de"
    assert md.publisher_from_host("idw-online.de", "") is None


def test_publisher_from_interviewer_domain_label():
    blocks = [Block(kind="question", text="Was nun?", label="MAGAZIN.de"),
              Block(kind="answer", text="Abwarten.", label="Tim Roth")]
    doc = make_doc(blocks, raw="![Foto](https://www.magazin.de/img/1.jpg)")
    assert md.publisher_from_interviewer(doc) == "magazin.de"
    doc.raw_text = ""
    assert md.publisher_from_interviewer(doc) == "MAGAZIN.de"


def test_publisher_from_about_section_uses_the_full_name():
    blocks = [H("Über den Technik Verein"),
              P("Der Technik Verein Nord & Süd wurde 1990 gegründet. Der Technik Verein als Netzwerk hilft.")]
    assert md.publisher_from_about(make_doc(blocks)) == "Technik Verein Nord & Süd"
    assert md.publisher_from_about(make_doc([H("Über uns"), P("Wir sind klein.")])) is None


def test_distributor_is_never_the_publisher():
    assert md.find_distributor(md.Header(banner="Portal.vn"), "https://outlet.vn/a", "Outlet") == "Portal.vn"
    assert md.find_distributor(md.Header(banner="Outlet.vn"), None, "Outlet.vn") is None
    assert md.find_distributor(md.Header(), "http://idw-online.de/de/news1", "Uni X") \
        == "idw – Informationsdienst Wissenschaft"


def test_expand_org_name_stops_at_lowercase_words():
    assert md.expand_org_name("IT Forum", "Das IT Forum Nord & Ost wurde gegründet.") == "IT Forum Nord & Ost"


# --- kind, language, summary, keywords --------------------------------------------------

def test_detect_kind_news_from_source_line():
    doc = make_doc([P(LONG)], removed=[Removed(text="news.example", reason="source")])
    assert md.detect_kind(doc, md.Header(), None, None) == "news"


def test_detect_kind_slides_from_heading_density_and_edition():
    blocks = [H("Eins"), P("kurz"), H("Zwei"), P("auch kurz"), H("Drei"), P("kurz"), P(LONG)]
    assert md.detect_kind(make_doc(blocks), md.Header(edition="1/2025"), None, None) == "slides"


def test_detect_kind_interview_from_two_labelled_speakers_without_questions():
    blocks = [P(LONG), Block(kind="answer", label="Ann Wood", text="Das war so."),
              Block(kind="answer", label="Bert Ott", text="Und das auch.")]
    assert md.detect_kind(make_doc(blocks), md.Header(), None, None) == "interview"


def test_detect_kind_leaves_a_text_without_a_decisive_signal_to_its_words(monkeypatch):
    from briefing.extract.metadata import kind as k

    monkeypatch.setattr(k, "kind_from_text", lambda body, lines: "article")
    assert md.detect_kind(make_doc([P(LONG), P(LONG)]), md.Header(), None, None) == "article"
    # weak signals alone ('Berlin (dpa) -') decide nothing; a PDF's text is slides; a kind word decides
    assert md.detect_kind(make_doc([P("Berlin (dpa) - " + LONG)]), md.Header(), None, None) == "article"
    assert md.detect_kind(make_doc([P(LONG), P(LONG)], fmt="pdf"), md.Header(), None, None) == "slides"
    assert md.detect_kind(make_doc([P(LONG)]), md.Header(kind="press_release"), None, None) == "press_release"
    monkeypatch.undo()
    column = converted(f"Kommentar\n\nDas lange Leben und seine Tücken\n\n{LONG}\n\n{LONG}")
    assert column.meta.kind == "article"


def test_detect_language():
    assert md.detect_language(LONG) == "de"
    assert md.detect_language(LONG_EN) == "en"
    assert md.detect_language("") is None


def test_summary_is_the_lead_verbatim():
    doc = make_doc([P("Kurz."), P(LONG)])
    summary = md.find_summary(doc)
    assert summary and LONG.startswith(summary)
    assert summary.count(".") <= 3


def test_keywords_from_tag_lines_split_glued_words():
    doc = make_doc([], removed=[Removed(text="ChinaDeepSeek", reason="tags")])
    assert md.find_keywords(doc, md.Header(keywords=["Physik"])) == ["Physik", "China", "DeepSeek"]


# --- entry points -----------------------------------------------------------------------

def test_declared_front_matter_wins():
    doc = make_doc([H("Ein Titel im Text"), P(LONG)])
    doc.declared = {"title": "Erklärter Titel", "date": "2024-01-01", "authors": "Anna Beck"}
    md.extract_metadata(doc)
    assert doc.meta.title == "Erklärter Titel"
    assert (doc.meta.date, doc.meta.date_inferred) == ("2024-01-01", False)
    assert doc.meta.authors == ["Anna Beck"]


def test_unknown_stays_null():
    doc = make_doc([P(LONG), P(LONG)])
    md.extract_metadata(doc)
    meta = doc.meta
    assert (meta.title, meta.date, meta.publisher, meta.url, meta.distributor) == (None, None, None, None, None)
    assert meta.authors == [] and meta.keywords == []


def test_apply_overrides_wins_and_marks_date_stated():
    from pydantic import BaseModel

    class Override(BaseModel):
        title: str | None = None
        date: str | None = None

    doc = make_doc([])
    doc.meta.date, doc.meta.date_inferred = "2025-02", True
    md.apply_overrides(doc, Override(title="T", date="2025-02-03"))
    assert (doc.meta.title, doc.meta.date, doc.meta.date_inferred) == ("T", "2025-02-03", False)


def test_kicker_over_the_headline_is_not_part_of_the_title():
    doc = converted(f"Künstliche Intelligenz\n\nWas Europa jetzt bei den Chips plant\n\n{LONG}\n")
    assert doc.meta.title == "Was Europa jetzt bei den Chips plant"
    assert doc.blocks[0].text.startswith("Die Forscherinnen")
    # A short headline with only the lead after it stays the title.
    assert converted(f"Der Chip-Schock\n\n{LONG}\n").meta.title == "Der Chip-Schock"


# --- language (stopword frequencies) ----------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    (LONG, "de"),
    (LONG_EN, "en"),
    ("Les chercheurs ont développé une méthode qui rend les modèles de langue plus efficaces. "
     "Elle économise du temps de calcul et de l'énergie pour les entreprises.", "fr"),
    ("Los investigadores desarrollaron un método que hace que los modelos sean más eficientes. "
     "Ahorra tiempo de cálculo y energía para las empresas de la región.", "es"),
    ("I ricercatori hanno sviluppato un metodo che rende i modelli della lingua più efficienti. "
     "Questo fa risparmiare tempo di calcolo e energia per le aziende.", "it"),
    ("De onderzoekers hebben een nieuwe methode ontwikkeld die de modellen veel efficiënter maakt. "
     "Het bespaart rekentijd en energie voor de bedrijven in het land.", "nl"),
])
def test_detect_language_by_stopwords(text, lang):
    assert md.detect_language(text) == lang


def test_detect_language_unclear_is_none_and_fast():
    import time

    assert md.detect_language("DeepSeek R1 GPU 2025 NVIDIA") is None
    assert md.detect_language("12 34 56") is None
    text = (LONG + " ") * 120  # ~25,000 characters
    start = time.perf_counter()
    assert md.detect_language(text) == "de"
    assert time.perf_counter() - start < 0.05


# --- dates, agencies, copyright ---------------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("Erscheinungsdatum: 02. Februar 2025", "2025-02-02"),
    ("13.12.2018 13:41", "2018-12-13"),
    ("30. Januar 2025, 04:00 Uhr", "2025-01-30"),
])
def test_parse_date_line_more_labels_and_times(line, iso):
    assert md.parse_date_line(line) == iso


def test_agency_name_and_copyright_holder():
    assert md.agency_name("dpa/lrs") == "dpa"
    assert md.agency_name("Thomson Reuters") == "Reuters"
    assert md.agency_name("HHU") is None
    assert md.copyright_holder("(c) Copyright Thomson Reuters 2025. Click For Restrictions - "
                               "https://example.com/copyright.html") == "Reuters"
    assert md.copyright_holder("© 2024 Tagesblatt GmbH. Alle Rechte vorbehalten.") == "Tagesblatt GmbH"
    assert md.copyright_holder("© 2024") is None


def test_leading_date_prefix_keeps_month_precision_and_agency_dateline():
    doc = converted(f" date 2025-01 Mainz (dpa/lrs) – {LONG}\n\n{LONG}\n")
    assert (doc.meta.date, doc.meta.date_inferred) == ("2025-01", False)
    assert doc.meta.publisher == "dpa"
    assert doc.meta.kind == "news"
    assert doc.blocks[0].text.startswith("Mainz (dpa/lrs)")


def test_leading_copyright_notice_names_the_agency():
    doc = converted(" date 2025-01 Quelle: (c) Copyright Thomson Reuters 2025. Click For Restrictions - "
                    f"https://example.com/copyright.html\n\nBerlin (Reuters) - {LONG}\n\n{LONG}\n")
    assert doc.meta.publisher == "Reuters"
    assert doc.meta.date == "2025-01"
    assert doc.meta.url is None
    assert doc.blocks[0].text.startswith("Berlin (Reuters)")


def test_dateline_without_agency_is_news_but_names_no_publisher():
    doc = converted(f"Heidelberg - {LONG}\n\n{LONG}\n")
    assert doc.meta.kind == "news"
    assert doc.meta.publisher is None
    assert md.read_dateline(make_doc([P(f"Düsseldorf, 13.12.2018 – {LONG}")])) == (False, None)


def test_byline_with_source_outlet_and_numbered_kind():
    byline = md.parse_byline("30. Januar 2025, 04:00 Uhr · Quelle: dpa")
    assert (byline.date, byline.publisher, byline.authors) == ("2025-01-30", "dpa", [])
    byline = md.parse_byline("By Jane Miller – City News")
    assert (byline.authors, byline.publisher) == (["Jane Miller"], "City News")
    byline = md.parse_byline("23.05.2023 — Pressemitteilung 24/2023Pressemitteilung 24/2023 | 23.05.2023")
    assert (byline.date, byline.kind) == ("2023-05-23", "press_release")
    assert md.parse_byline("Quelle: Wikipedia") is None
    assert md.kind_with_number("Pressemitteilung Nr. 12/2024") == "press_release"
    assert md.kind_with_number("Seite 12") is None


def test_date_and_source_line_glued_to_the_lead():
    doc = converted(f"# Neue Chips für Europa\n\n30. Januar 2025, 04:00 Uhr · Quelle: dpa\n{LONG}\n\n{LONG}\n")
    assert doc.meta.date == "2025-01-30"
    assert doc.meta.publisher == "dpa"
    assert doc.blocks[0].text.startswith("Die Forscherinnen")


def test_date_line_glued_to_the_first_paragraph():
    doc = converted(f"29.05.2024\n{LONG}\n\n{LONG}\n")
    assert doc.meta.date == "2024-05-29"
    assert doc.blocks[0].text.startswith("Die Forscherinnen")


def test_byline_line_inside_the_lead_block():
    doc = converted(f"# Chips for everyone\n\n{LONG_EN}\nText: Jane Miller\n{LONG_EN}\n")
    assert doc.meta.authors == ["Jane Miller"]
    assert all("Jane Miller" not in b.text for b in doc.blocks)


# --- titles behind site menus -----------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["Nachrichten, Termine, Experten"],
    ["select search filters", "briefings", "roundups & rapid reactions"],
    ["Home | News | Kontakt"],
    ["Start › Presse › Meldungen"],
    ["Teilen:"],
    ["AppStore"],
])
def test_is_navigation(lines):
    assert md.is_navigation(lines)


@pytest.mark.parametrize("lines", [
    ["Was Europa jetzt bei den Chips plant"],
    ["Forscher entwickeln ein neues Verfahren für schnellere Chips."],
    ["Pressemitteilung"],
])
def test_is_not_navigation(lines):
    assert not md.is_navigation(lines)


def test_portal_banner_menus_and_menu_list_before_the_title():
    text = ("idw – Informationsdienst Wissenschaft\n\nNachrichten, Termine, Experten\n\nidw-News App:\n\n"
            "- Teilen:\n- 12.03.2024 10:15\n\nNeues Labor für Quantenchemie eröffnet\n\n"
            "Dr. Petra Beispiel Stabsstelle Presse und Kommunikation\nHochschule Musterstadt\n\n"
            f"{LONG}\n\n{LONG}\n")
    meta = converted(text).meta
    assert meta.title == "Neues Labor für Quantenchemie eröffnet"
    assert meta.date == "2024-03-12"
    assert meta.authors == ["Petra Beispiel"]
    assert meta.publisher == "Hochschule Musterstadt"
    assert meta.distributor == "idw – Informationsdienst Wissenschaft"
    assert meta.kind == "press_release"


def test_english_menu_run_and_expert_reaction_release():
    text = f"home\nbriefings\nabout us\n\nexpert reaction to a new battery study\n\n{LONG_EN}\n\n{LONG_EN}\n"
    meta = converted(text).meta
    assert meta.title == "expert reaction to a new battery study"
    assert meta.kind == "press_release"


def test_kind_and_date_from_a_menu_list():
    text = f"- Interview\n- Erscheinungsdatum: 02. Februar 2025\n\nChips are the new oil, says an expert\n\n{LONG_EN}\n"
    meta = converted(text).meta
    assert (meta.kind, meta.date, meta.title) == ("interview", "2025-02-02", "Chips are the new oil, says an expert")


# --- interviews -------------------------------------------------------------------------

def test_speaker_labels_in_paragraphs():
    blocks = [P("Anna Beck (AB): Wir haben das geprüft."), P("AB: Es stimmt."), P("magazin.de: Was nun?"),
              P("Beck: Abwarten."), P("Fazit: Es bleibt offen."), P("Klar ist: nichts.")]
    labels = md.speaker_labels(make_doc(blocks))
    assert labels == [("Anna Beck", False), ("AB", False), ("magazin.de", True), ("Beck", False)]


def test_interview_from_speaker_labels_and_question_headings():
    text = (f"{LONG}\n\n## Wie schnell sind die Chips?\n\nAnna Beck: Sehr schnell, sagen die Tests.\n\n"
            "## Was kosten sie?\n\nBeck: Noch ist das offen.\n")
    assert converted(text).meta.kind == "interview"


def test_interview_from_a_question_answered_in_the_first_person():
    text = (f"# Chips for everyone\n\n{LONG_EN}\n\nCan we trust the new chips with our data?\n\n"
            "I am raising caution. Whatever you type in, they keep it.\n")
    assert converted(text).meta.kind == "interview"
    news = (f"# Chips for everyone\n\n{LONG_EN}\n\nCan we trust the new chips with our data?\n\n"
            "The company said it keeps no data, a spokesperson told reporters.\n")
    assert converted(news).meta.kind != "interview"


def test_interview_inside_a_press_release():
    text = (f"Pressemitteilung\n\n12.03.2024\n\nZu gut, um wahr zu sein\n\n{LONG} Ein Interview mit Anna Beck.\n\n"
            f"Frau Beck, wie schnell sind die neuen Chips?\n\n{LONG}\n")
    assert converted(text).meta.kind == "interview"


def test_own_interview_makes_the_interviewee_the_author():
    text = ("Chips sind gut genug für den Alltag\n\nHier der Originaltext meines Interviews mit der Zeitung.\n\n"
            "ZT: Wie schnell sind die Chips?\n\nTim Roth: Sehr schnell.\n\nZT: Was kosten sie?\n\n"
            "Noch ist das offen.\n\nZT: Wann kommen sie?\n\nIm Herbst.\n")
    doc = converted(text)
    assert doc.meta.authors == ["Tim Roth"]
    assert doc.meta.kind == "interview"


def test_publisher_from_interviewer_domain_printed_in_the_paragraph():
    text = (f"{LONG} Im Interview mit magazin.de erklärt sie, warum.\n\n"
            "magazin.de: Frau Beck, wie schnell sind die Chips?\n\nAnna Beck: Sehr schnell.\n\n"
            "## Und was kosten sie?\n\nBeck: Das ist offen.\n")
    meta = converted(text).meta
    assert (meta.publisher, meta.kind) == ("magazin.de", "interview")


# --- press releases ---------------------------------------------------------------------

def test_contact_block_at_the_end_names_the_publisher():
    text = f"{LONG}\n\n{LONG}\n\nWeitere Informationen:\nProf. Dr. Anna Beck\nUniversität Musterstadt\nInstitut für Chips\n"
    meta = converted(text).meta
    assert meta.publisher == "Universität Musterstadt"
    assert meta.kind == "press_release"


def test_media_contact_line_makes_a_press_release():
    text = f"# Chips for everyone\n\n{LONG_EN}\n\n{LONG_EN}\n\nMedia contact: press@example.org\n"
    assert converted(text).meta.kind == "press_release"
    assert signals_kind_of(f"# Chips for everyone\n\n{LONG_EN}\n\n{LONG_EN}\n") == "press_release"  # no evidence


def test_institutional_photo_credit_names_the_publisher():
    text = f"Chips für die Ministerin\n\n{LONG}\n\nDie Ministerin im Labor. (Bild: Anna Beck / Universität Musterstadt)\n\n{LONG}\n"
    meta = converted(text).meta
    assert (meta.publisher, meta.kind) == ("Universität Musterstadt", "press_release")
    doc = make_doc([P("Die Ministerin. (Foto: Anna Beck / dpa)")])
    assert md.institutional_photo_credit(doc) is None


def test_publisher_from_a_collated_by_statement():
    doc = make_doc([P("These comments have been collated by the Science Media Centre to provide expert views.")])
    assert md.publisher_from_statement(doc) == "Science Media Centre"
    doc = make_doc([P("Die Daten wurden vom Statistischen Amt zusammengestellt.")])
    assert md.publisher_from_statement(doc) is None


def test_defined_organisations_counts_the_abbreviation():
    text = ("Anna Beck lehrt an der Hochschule für Technik Musterstadt (HTM Musterstadt) und forscht am "
            "Institut für Chips. Die HTM Musterstadt baut aus. Die HTM Musterstadt wächst.")
    assert md.defined_organisations(text)[0] == ("Hochschule für Technik Musterstadt", 3)


def test_press_contact_line_after_the_title():
    doc = make_doc([P("Dr. Petra Beispiel Pressestelle"), P("Anna Beck Müller Meier")])
    header = md.Header()
    assert md.read_press_contact(doc, doc.blocks[0], header)
    assert header.authors == ["Petra Beispiel"] and header.press
    assert not md.read_press_contact(doc, doc.blocks[1], md.Header())


# --- held-out generalisation: kind signals ------------------------------------------------

@pytest.mark.parametrize(("line", "kind"), [
    ("Aktuelle Pressemitteilungen", "press_release"),
    ("Latest press releases", "press_release"),
    ("Pressemitteilungen", "press_release"),
    ("Aktuelle Themen", None),
    ("Unsere Forschung", None),
])
def test_kind_word_reads_a_list_page_header(line, kind):
    assert md.kind_word(line) == kind


def test_byline_reads_kind_word_and_date():
    byline = md.parse_byline("Presseinformation, 07.11.2019")
    assert (byline.kind, byline.date) == ("press_release", "2019-11-07")
    byline = md.parse_byline("Hamburg, 07.11.2019")
    assert (byline.kind, byline.date) == (None, "2019-11-07")


def test_wire_service_of_a_release_dateline():
    assert md.wire_service(make_doc([P("SEATTLE, June 20, 2023 (GLOBE NEWSWIRE) -- The Example Lab today "
                                       "announced a new director. " + LONG_EN)])) == "GlobeNewswire"
    assert md.wire_service(make_doc([P("OSLO, Norway, May 5, 2022 /PRNewswire/ -- Beispiel Robotics "
                                       "has announced a partnership. " + LONG_EN)])) == "PR Newswire"
    assert md.wire_service(make_doc([P("Berlin (Reuters) - Die Regierung plant neue Regeln. " + LONG)])) is None


def test_announcing_org_is_the_issuer():
    doc = make_doc([P("BERLIN, 3. März 2024 -- Die Beispiel Robotik GmbH gab heute bekannt, dass sie ein neues "
                      "Werk eröffnet. " + LONG)])
    assert md.announcing_org(doc) == "Beispiel Robotik GmbH"
    doc = make_doc([P("OSLO, May 5, 2022 /PRNewswire/ -- The Example Institute for Oceans (EIO)—the first "
                      "marine research institute of its kind—has announced plans for a new center. " + LONG_EN)])
    assert md.announcing_org(doc) is None  # 'has announced' only in a release
    assert md.announcing_org(doc, today_only=False) == "Example Institute for Oceans (EIO)"
    assert md.announcing_org(make_doc([P("Anna Beck today announced her retirement. " + LONG_EN)])) is None
    doc = make_doc([P("General Widgets on Monday announced the hiring of a new chief officer. " + LONG_EN)])
    assert md.announcing_org(doc) is None


def test_release_issued_through_a_wire_is_a_press_release():
    doc = converted(" date 2023-06-20 SEATTLE, June 20, 2023 (GLOBE NEWSWIRE) -- The Example Institute for "
                    "Oceans (EIO) today announced Tavia Brenner will become its new director. " + LONG_EN + "\n")
    assert doc.meta.kind == "press_release"
    assert doc.meta.publisher == "Example Institute for Oceans (EIO)"
    assert doc.meta.distributor == "GlobeNewswire"


def test_newsroom_credit_marks_news():
    assert md.newsroom_credit(make_doc([P(LONG_EN), P("(Reporting by Anna Beck; Editing by Tim Roth)")]))
    assert md.newsroom_credit(make_doc([P(LONG_EN), P("(Anna Beck reporting from Oslo, Editing by Tim Roth)")]))
    assert not md.newsroom_credit(make_doc([P(LONG_EN), P("(Foto: Anna Beck)")]))


@pytest.mark.parametrize(("text", "credit"), [
    ("Washington, June 26 (ANI): Scientists who doubt the findings have far less expertise, according to a "
     "study led by researchers of an example university.", (True, "ANI")),
    ("DULUTH, Minn. – A professor at the university is now part of research into climate change that has "
     "been published in an academic journal.", (True, None)),
    ("Paris, June 5: The summit began with a long speech by the host about the future of the region and "
     "the plans of the government.", (False, None)),
    ("HAYDEN, Idaho (AP) — Hundreds of small tremors have been recorded in the valley since the strong quake "
     "in March.", (True, "AP")),
    ("OAKLEY, Kan. (KXYZ) - Farmers met researchers at the test plots on Tuesday to talk about the harvest "
     "after the rain.", (True, "KXYZ")),
    ("LEIPZIG (np) Über vierzig Tonnen Material wurden im vergangenen Jahr in der Anlage verarbeitet, "
     "heißt es.", (True, None)),
])
def test_read_dateline_with_a_state_or_a_day(text, credit):
    assert md.read_dateline(make_doc([P(text)])) == credit


def test_a_dateline_after_the_headers_date_run_into_the_teaser():
    """The header's date and source run into the teaser ('30. Januar 2025 · Quelle: dpa Die …'): the lead after it
    still carries the dateline; a long first paragraph that is neither leaves no dateline."""
    teaser = P("30. Januar 2025, 04:00 Uhr · Quelle: dpa Forschende schauen interessiert auf das neue Modell. "
               "Hysterie sei fehl am Platz, aber Potenzial wird durchaus gesehen, sagen sie.")
    lead = P("Kaiserslautern (dpa) - Der Erfolg des neuen Modells sollte Europa zu mehr Innovation ermutigen, sagte "
             "ein Forscher am Donnerstag.")
    assert md.read_dateline(make_doc([teaser, lead])) == (True, "dpa")
    prose = P("Forschende schauen interessiert auf das neue Modell. Hysterie sei fehl am Platz, aber Potenzial wird "
              "durchaus gesehen, sagen sie, und das schon seit Jahren.")
    assert md.read_dateline(make_doc([prose, lead])) == (False, None)


@pytest.mark.parametrize(("credit", "agency"), [("ANI", "ANI"), ("Xinhua", "Xinhua"), ("PTI", "PTI"),
                                                ("Kyodo", "Kyodo"), ("Musterpost", None)])
def test_international_agencies(credit, agency):
    assert md.agency_name(credit) == agency


def test_editors_note_makes_an_interview():
    doc = make_doc([P(LONG_EN), P("This interview has been edited for length and clarity."), P(LONG_EN)])
    assert md.is_interview(doc, md.Header())
    doc = make_doc([P(LONG), P("Das Interview wurde schriftlich geführt."), P(LONG)])
    assert md.is_interview(doc, md.Header())
    doc = make_doc([P(LONG_EN), P("This report has been edited for clarity."), P(LONG_EN)])
    assert not md.is_interview(doc, md.Header())


def test_question_turn_under_an_interview_lead():
    lead = P("Potsdam (dpa) - Die Hintergründe erklärt die Forscherin Anna Beck im Interview der "
             "Deutschen Presse-Agentur. " + LONG)
    question = Block(kind="question", text="Wie heiß wird der Sommer", label="Frage")
    assert md.is_interview(make_doc([lead, question]), md.Header())
    plain = P("Potsdam (dpa) - Die Forscherin Anna Beck erklärt die Hintergründe. " + LONG)
    assert not md.is_interview(make_doc([plain, question]), md.Header())


def test_page_numbered_pdf_text_is_slides():
    long = "3 Liebe Leserin, lieber Leser, " + LONG * 2
    doc = make_doc([P("1 2020 Aus Daten wird Wissen."), P("2 IMPRESSUM Herausgeber: Klinikum Musterstadt"), P(long)])
    assert signals_kind(doc) == "slides"
    toc = make_doc([P("1 Einleitung"), P("2 Methoden"), P("3 Ergebnisse"), P(LONG)])
    assert signals_kind(toc) != "slides"


def test_dense_reported_speech_is_news():
    text = ("Forscher sehen ein steigendes Risiko extremer Wetterereignisse. „Wir beobachten eine Häufung "
            "von Rekordjahren“, sagte Anna Beck vom Wetterdienst Musterstadt bei einer Tagung. Die Meere "
            "würden wärmer, hieß es.")
    assert signals_kind(make_doc([P(text)])) == "news"
    essay = make_doc([P(LONG + " Das sagte Anna Beck.")] + [P(LONG)] * 8 + [P("So erklärte es Tim Roth. " + LONG)])
    assert signals_kind(essay) != "news", "two attributions in a long text make no news"


# --- held-out generalisation: title ---------------------------------------------------------

@pytest.mark.parametrize(("text", "question"), [
    ("Frau Beck, Sie leiten das Institut seit März. Was wollen Sie ändern?", True),
    ("Herr Roth – wie geht es weiter mit dem Projekt?", True),
    ("Sie leiten das Institut seit März. Was wollen Sie ändern?", True),
    ("Wird KI uns alle ersetzen?", False),
    ("Neue Chips für Europa", False),
])
def test_interview_question_is_no_title(text, question):
    assert md.interview_question(text) is question


def test_interview_question_at_the_top_is_not_the_title():
    doc = converted("Frau Beck, Sie sind Expertin für Meere und Seglerin. Was lernt man beim Segeln?\n\n"
                    f"Sehr viel. {LONG}\n\nWas bedeutet das für Sie?\n\nWir werden viel lernen. {LONG}\n")
    assert doc.meta.title is None


def test_repeated_headline_with_a_full_stop():
    following = [P("Größe: px"), P('Download "Aus Daten wird Wissen."')]
    assert md.repeated_headline("Aus Daten wird Wissen.", following)
    assert not md.repeated_headline("Aus Daten wird Wissen.", [P("Größe: px")])
    assert not md.repeated_headline("Das ist ein Satz. Und noch einer.", [P("Das ist ein Satz. Und noch einer.")])


def test_kicker_line_over_a_headline_heading():
    doc = converted(f"Zahl der Fälle verdoppelt - Forscher warnen\n\n## Musterforscher sieht mehr Hitzetage in "
                    f"Europa\n\nMusterstadt (AFP) - {LONG}\n")
    assert doc.meta.title == "Musterforscher sieht mehr Hitzetage in Europa"
    doc = converted(f"Pressemitteilung, 03.04.2024\n\nNeue Mensa am Campus eröffnet\n\n## Studierende freuen sich "
                    f"über mehr Plätze\n\n{LONG}\n")
    assert doc.meta.title == "Neue Mensa am Campus eröffnet"  # after a press header: title, then subtitle


def test_list_page_header_and_a_headline_over_its_lead():
    doc = converted("Aktuelle Pressemitteilungen\n\nNeue Brücke für Musterstadt: „Stahlbogen“ über dem Fluss in der "
                    "Musterstädter Altstadt Eröffnet\n\nDie Stadt Musterstadt hat am Wochenende eine neue Brücke "
                    "eröffnet, die beide Ufer des Flusses verbindet. Sie ist aus Stahl gebaut.\n\n" + LONG + "\n")
    assert doc.meta.kind == "press_release"
    assert doc.meta.title.startswith("Neue Brücke für Musterstadt")
    assert doc.meta.title.endswith("Eröffnet")


# --- held-out generalisation: date ---------------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("04.07.2015 UPDATE: 04.07.2015 16:01 Uhr 1 Minute, 28 Sekunden", "2015-07-04"),
    ("12.03.2024 · 4 min read", "2024-03-12"),
    ("12.03.2024 und 13.03.2024", None),
])
def test_date_line_with_update_and_reading_time(line, iso):
    assert md.parse_date_line(line) == iso


@pytest.mark.parametrize(("line", "credit"), [
    ("Aus Natur und Technik 07/2013", ("Natur und Technik", "2013-07")),
    ("From Science Monthly Issue 3/2020", ("Science Monthly", "2020")),
    ("Aus dem Leben gegriffen 2013", None),
    ("Aus Berlin berichtet Anna Beck", None),
])
def test_magazine_credit(line, credit):
    from briefing.extract.metadata.dates import parse_magazine_credit

    assert parse_magazine_credit(line) == credit


def test_magazine_credit_in_the_body_gives_publisher_and_date():
    doc = converted(f"## Ethik in der Forschung\n\n{LONG}\n\nAus Natur und Technik 07/2013\n\n{LONG}\n")
    assert (doc.meta.publisher, doc.meta.date) == ("Natur und Technik", "2013-07")


def test_report_year_of_a_report_that_speaks_of_itself():
    from briefing.extract.metadata.dates import report_year

    doc = make_doc([P("Liebe Leser, der Jahresbericht 2012 des Klinikums Musterstadt zeigt, was wir in diesem "
                      "Jahresbericht erreicht haben.")])
    assert report_year(doc) == "2012"
    news = make_doc([P("Laut Geschäftsbericht 2023 ist der Umsatz gestiegen, sagte Anna Beck.")])
    assert report_year(news) is None


# --- held-out generalisation: url, publisher, authors ------------------------------------------

def test_link_glued_to_a_paragraph_is_not_the_url():
    doc = converted(f"## Preis für Klimarat\n\n{LONG}\n\nWeitere Informationen auf der Webseite der Stiftung\n"
                    "http://beispiel-stiftung.org/preis2007.html\n\nPressestelle:\n\nAnna Beck, Tel. 0331 288\n")
    assert doc.meta.url is None
    assert doc.meta.publisher != "beispiel-stiftung.org"
    doc = converted(f"<https://www.beispiel.de/news/42>\n\n## Preis für Klimarat\n\n{LONG}\n")
    assert doc.meta.url == "https://www.beispiel.de/news/42"


@pytest.mark.parametrize(("words", "name"), [
    ("Zahlreiche Forscher des Musterstadt-Instituts für Meeresforschung", "Musterstadt-Institut für Meeresforschung"),
    ("Die Frauenklinik des Klinikums Musterstadt", "Frauenklinik des Klinikums Musterstadt"),
    ("Geschäftsführung der Beispiel GmbH", "Beispiel GmbH"),
    ("Technische Universität Musterstadt", "Technische Universität Musterstadt"),
    ("Anna Beck", None),
])
def test_org_name_in_a_run(words, name):
    from briefing.extract.metadata.names import org_name

    assert org_name(words.split()) == name


def test_defined_organisation_in_the_genitive():
    text = "Forscher des Musterstadt-Instituts für Meeresforschung (MIM) sind beteiligt. Kontakt am MIM."
    assert md.defined_organisations(text)[0] == ("Musterstadt-Institut für Meeresforschung", 2)


def test_most_named_organisation():
    from briefing.extract.metadata.publisher import most_named_organisation

    lead = "Die Augenklinik des Klinikums Musterstadt bietet jetzt neue Sprechstunden an."
    text = lead + "\nDas sagt Anna Beck, Pflegeleiterin am Klinikum Musterstadt. Die Klinik freut sich."
    assert most_named_organisation(text, lead) == "Klinikum Musterstadt"
    assert most_named_organisation(text, "Neue Sprechstunden für alle.") is None  # not in the lead
    once = "Das sagt Anna Beck vom Klinikum Musterstadt. Tim Roth von der Universität Nordstadt stimmt zu."
    assert most_named_organisation(once, once) is None


def test_company_press_information_names_its_company():
    doc = converted("Presseinformation, 07.11.2019\n\nNeuer Chef bei Beispiel\n\nMusterstadt. Anna Beck übernimmt die "
                    "Geschäftsführung der Beispiel GmbH. Sie folgt auf Tim Roth, der die Beispiel GmbH seit 2010 "
                    "führte.\n\n" + LONG + "\n")
    assert (doc.meta.kind, doc.meta.date, doc.meta.publisher) == ("press_release", "2019-11-07", "Beispiel GmbH")


def test_publisher_from_an_interview_lead():
    from briefing.extract.metadata.publisher import publisher_from_interview_lead

    doc = make_doc([P("Warum die Hochschule einen neuen Studiengang anbietet, erklärt Anna Beck im Interview mit "
                      "der Morgenpost.")])
    assert publisher_from_interview_lead(doc) == "Morgenpost"
    doc = make_doc([P("Warum, erklärt die Hochschule im Interview mit Anna Beck.")])
    assert publisher_from_interview_lead(doc) is None


def test_imprint_gives_publisher_and_editor_not_photographers():
    doc = make_doc([P("Aus Daten wird Wissen."),
                    P("2 IMPRESSUM Herausgeber: Der Vorstand des Klinikums Musterstadt Konzept/Redaktion: Agentur "
                      "Blau GmbH, Berlin Petra Beispiel, Stabsstelle Presse Fotografien: Tim Roth, Lena Weber "
                      "Bezugsadresse: Klinikum Musterstadt, Hauptstraße 1")])
    assert md.imprint_publisher(doc) == "Klinikum Musterstadt"
    assert md.imprint_authors(doc) == ["Petra Beispiel"]
    assert md.find_authors(doc, md.Header()) == ["Petra Beispiel"]
    plain = make_doc([P("Herausgeber: Klinikum Musterstadt"), P(LONG)])
    assert md.imprint_publisher(plain) is None and md.imprint_authors(plain) == []


def test_byline_with_an_unknown_given_name_printed_again():
    document = "By Zorwin Hale\nAcme said on Monday ...\n(Zorwin Hale reporting from Oslo, Editing by Tim Roth)"
    assert md.parse_byline("By Zorwin Hale", document).authors == ["Zorwin Hale"]
    # alone on its line, a byline names its author whatever the name list knows (session 6: a gazetteer alone is not
    # enough); a header's words after 'By' name no one
    assert md.parse_byline("By Zorwin Hale").authors == ["Zorwin Hale"]
    assert md.parse_byline("By Staff Writer") is None


# --- general rules (scored header date, issuer line, labels, headline case, credits) ---------------

def test_split_runs_one_paragraph_a_line_in_a_short_text():
    from briefing.structure import split_runs

    long = "Ein langer Absatz über ein erfundenes Projekt der Beispiel-Stiftung. " * 4
    lines = ["Kurzer Titel", long, long + "Zwei.", ""]  # a trailing blank line does not count
    assert len(split_runs(lines)) == 3
    wrapped = ["Ein hart umbrochener Absatz", "geht hier weiter", "und endet hier.", ""]
    assert len(split_runs(wrapped)) == 1


@pytest.mark.parametrize("line, iso", [
    ("Presseinformation der Beispiel-Stiftung vom 05.02.2020", "2020-02-05"),
    ("Veröffentlicht am 09.10.2018", "2018-10-09"),
    ("Springfield, IL – June 3, 2021 – Acme Widgets Inc. today presented a new widget to the press.", "2021-06-03"),
    ("05.06.202309:30 UhrWissenschaft, Kultur Bild: Ein Bild", "2023-06-05"),
])
def test_date_candidates_scores_labelled_and_leading_dates(line, iso):
    from briefing.extract.metadata.dates import date_candidates

    assert (3, iso) in date_candidates(line)


def test_header_zone_date_ignores_dates_in_prose():
    from briefing.extract.metadata.dates import header_zone_date

    prose = P("Die Studie der Beispiel-Universität begann am 12.03.2019 und lief zwei Jahre, " + LONG)
    assert header_zone_date(make_doc([P("Ein erfundener Titel"), prose])) is None
    dated = make_doc([P("Ein erfundener Titel"), Block(kind="list", items=["Veröffentlicht am 09.10.2018", "Foto"]),
                      prose])
    assert header_zone_date(dated) == "2018-10-09"


@pytest.mark.parametrize("line, iso", [
    ("Teilen:  22.07.2011 08:59", "2011-07-22"),
    ("Pressemitteilung Nr. 92/2011 4. April 2011 Heidelberger Forschende laden in die Kirche ein, wo sie erzählen.", "2011-04-04"),
    ("• Von Anna Beck   • 20. Aug. 2022 | 14:57 Uhr", "2022-08-20"),
    ("Die Suche nach neuem Material Source : Beispiel Journal Publication date : 11/10/2015 Das Forschungszentrum …", "2015-10-11"),
])
def test_a_date_run_into_header_fields_is_the_texts_own(line, iso):
    """Header fields joined into one line with the date (a flattened page): a date after a few capitalised
    words, numbers and marks, or after a publication label with no sentence before it."""
    from briefing.extract.metadata.dates import date_candidates

    assert (2, iso) in date_candidates(line) or (3, iso) in date_candidates(line)


@pytest.mark.parametrize("line", [
    "Am 5. Dezember 2004 bebte bei Waldkirch die Erde, wie die Forschenden der Universität berichten, die seit Jahren "
    "jedes Nachbeben in der Region messen und ihre Daten mit den Diensten der Nachbarländer teilen.",  # (a short line's 'Am' is a label)
    "Since March 3, 2020 the institute has measured every aftershock in the region, its director said.",
    "Die Forschenden haben viel gemessen. Die Tagung 12. Mai 2019 brachte neue Ergebnisse für alle.",
])
def test_a_date_in_a_sentence_is_no_header_field(line):
    from briefing.extract.metadata.dates import date_candidates

    assert all(score == 0 for score, _ in date_candidates(line))


def test_byline_reads_a_time_after_the_date_but_not_alone():
    assert md.parse_byline("Dienstag, 04.05.2021 | 09:30").date == "2021-05-04"
    assert md.parse_byline("Tuesday, 4 May 2021 | 9:30 am").date == "2021-05-04"
    assert md.parse_byline("09:30") is None


def test_issuer_line():
    from briefing.extract.metadata.header_lines import issuer_line

    assert issuer_line("Presseinformation (Reihe Kompakt) der Beispiel-Gesellschaft vom 03.01.2019") == \
        ("press_release", "Beispiel-Gesellschaft", "2019-01-03")
    assert issuer_line("Press release of the Example Institute, 4 May 2021") == \
        ("press_release", "Example Institute", "2021-05-04")
    assert issuer_line("Pressemitteilung der Musterstadtwerke") == ("press_release", "Musterstadtwerke", None)
    assert issuer_line("Bericht der Kommission vom 03.01.2019") is None  # no kind word
    assert issuer_line("Pressemitteilung der Stadt vom gestrigen Abend") is None  # no date after 'vom'


def test_issuer_heading_under_a_headline_gives_title_publisher_date_kind():
    doc = make_doc([P("Ein Rucksack voller Ideen"),
                    H("Presseinformation der Beispiel-Stiftung vom 05.02.2020"), P(LONG)])
    header = md.read_header(doc)
    assert header.title == "Ein Rucksack voller Ideen"
    assert (header.publisher, header.date, header.kind) == ("Beispiel-Stiftung", "2020-02-05", "press_release")


def test_document_label_and_headline_case():
    from briefing.extract.metadata.title import document_label, headline_case

    assert document_label("EXHIBIT 99.1") and document_label("Anlage 3")
    assert not document_label("Anlage zum Bericht") and not document_label("Top 10 Tipps")
    assert headline_case("Acme Expands Its Research Team with New Appointment.")
    assert not headline_case("Die Firma erweitert ihr Forschungsteam mit einer neuen Berufung.")
    assert md.looks_like_title("Acme Expands Its Research Team with New Appointment.")
    assert not md.looks_like_title("Acme expands its research team with a new appointment.")
    doc = make_doc([P("EXHIBIT 10.2"), P("Acme Expands Its Research Team with New Appointment."), P(LONG_EN)])
    assert md.read_header(doc).title == "Acme Expands Its Research Team with New Appointment."


def test_announcing_org_drops_listing_codes_keeps_legal_form():
    doc = make_doc([P("Springfield, IL – June 3, 2021 – Acme Widgets, Inc. (OTCBB: ACWI) (FWB: X1Y), today "
                      "announced a new widget. " + LONG_EN)])
    assert md.announcing_org(doc) == "Acme Widgets, Inc."
    doc = make_doc([P("Acme Widgets, a maker of widgets, today announced a new widget. " + LONG_EN)])
    assert md.announcing_org(doc) != "Acme Widgets, Inc."


def test_agency_credit_from_lead_credit_and_told_agency():
    assert md.agency_credit(make_doc([P("Ein Titel"), P("(xyz) " + LONG)])) == "xyz"
    assert md.agency_credit(make_doc([P("(xyz) zu kurz")])) is None
    told = P("“We are sure of it,” said lead author Anna Example of Example University, told Reuters. " + LONG_EN)
    assert md.agency_credit(make_doc([told])) == "Reuters"
    mixed = P("Anna Example told Reuters. Ben Sample told AFP. " + LONG_EN)
    assert md.agency_credit(make_doc([mixed])) is None
    assert md.agency_credit(make_doc([P("She told Example Weekly about it. " + LONG_EN)])) is None


# --- scored choosers: kind and publisher ----------------------------------------------------

def test_kind_interview_needs_more_than_an_interview_phrase():
    """'sagt im Interview mit der Zeitung' and a reader's question in a teaser list make no interview."""
    lead = P("Der Neurologe Tim Roth sagt im Interview mit der „Tagespost“, die Studie sei zu klein. " + LONG)
    teaser = P("Sollte ich mich nochmal impfen lassen?")
    doc = make_doc([lead, teaser, P("Neun Obstsorten, die wenig Zucker enthalten und trotzdem schmecken.")])
    assert not md.is_interview(doc, md.Header())
    assert md.detect_kind(doc, md.Header(), None, None) != "interview"


@pytest.mark.parametrize("question", ["Was sind Ihre Forschungsinteressen?", "What made you study the oceans?",
                                      "Frau Beck, wie kam es zu dem Projekt?"])
def test_kind_interview_from_a_question_to_the_interviewee(question):
    lead = P("Im Interview erzählt die Forscherin Anna Beck von ihrer Arbeit. " + LONG)
    doc = make_doc([lead, P(question), P(LONG)])
    assert md.detect_kind(doc, md.Header(), None, None) == "interview"


def test_kind_interview_outweighs_a_press_release():
    questions = [Block(kind="question", text=f"Frage {n}: Wie geht es weiter?", label="Frage") for n in range(3)]
    answers = [Block(kind="answer", text=LONG) for _ in range(3)]
    blocks = [b for pair in zip(questions, answers) for b in pair]
    assert md.detect_kind(make_doc(blocks), md.Header(kind="press_release", press=True), None, None) == "interview"


def test_kind_scores_add_evidence_and_weak_evidence_is_an_article():
    from briefing.extract.metadata.kind import kind_scores

    doc = make_doc([P("Berlin (dpa) - " + LONG), P(LONG)])
    scores = kind_scores(doc, md.Header())
    assert max(scores, key=scores.get) == "news"
    assert signals_kind(doc) == "news"
    essay = make_doc([P(LONG_EN), P(LONG_EN + " Anna Beck said so.")])
    assert signals_kind(essay) != "news"


def test_kind_word_of_the_header_decides_against_weak_news_signals():
    doc = make_doc([P(LONG + " „Das ist gut“, sagte Anna Beck. Tim Roth sagte: „Ja.“ Es hieß, man warte.")])
    assert md.detect_kind(doc, md.Header(kind="press_release"), None, None) == "press_release"


def test_publisher_candidates_combine_equal_names():
    from briefing.extract.metadata.publisher import _same_publisher

    assert _same_publisher("The Allen Institute for Artificial Intelligence",
                           "Allen Institute for Artificial Intelligence (AI2)")
    assert _same_publisher("Universität Tübingen", "Eberhard Karls Universität Tübingen")
    assert _same_publisher("dpa", "dpa/lrs")
    assert not _same_publisher("Universität Tübingen", "Universität Mainz")


def test_publisher_strong_signal_wins_over_weak_ones():
    header = md.Header(publisher="Technische Universität Berlin")
    doc = make_doc([P(LONG), P("Prof. Dr. Anna Beck"), P("Universität Musterstadt")])
    assert md.find_publisher(doc, header, "https://www.example.org/news/1") == "Technische Universität Berlin"


def test_publisher_tie_between_weak_candidates_is_no_answer(monkeypatch):
    from briefing.extract.metadata import publisher as pub

    monkeypatch.setattr(pub, "SIGNALS", [(lambda c: "Institut für Beispiele", 3), (lambda c: "Acme Holding", 3)])
    assert pub.find_publisher(make_doc([P(LONG)]), md.Header(), None) is None
    monkeypatch.setattr(pub, "SIGNALS", [(lambda c: "Institut für Beispiele", 3), (lambda c: "Institut für Beispiele", 3),
                                         (lambda c: "Acme Holding", 3)])
    assert pub.find_publisher(make_doc([P(LONG)]), md.Header(), None) == "Institut für Beispiele"
    monkeypatch.setattr(pub, "SIGNALS", [(lambda c: "Acme Holding", 2)])
    assert pub.find_publisher(make_doc([P(LONG)]), md.Header(), None) is None  # below the threshold


@pytest.mark.parametrize(("line", "site"), [
    ("t-online.de ist ein Angebot der Ströer Content Group", "t-online.de"),
    ("... beispiel-news.de ist ein Portal der Musterverlag GmbH", "beispiel-news.de"),
    ("example-news.com is a service of Example Media Inc.", "example-news.com"),
])
def test_publisher_from_a_sites_statement_about_itself(line, site):
    doc = make_doc([P("Startseite"), P(line), P(LONG)])
    assert md.find_publisher(doc, md.Header(), None) == site


def test_no_site_statement_in_prose():
    doc = make_doc([P("Die Seite beispiel.de ist ein Angebot, das viele nutzen. " + LONG)])
    from briefing.extract.metadata.publisher import PublisherContext, from_site_statement

    assert from_site_statement(PublisherContext(doc, md.Header(), None)) is None


def test_portal_name_broken_over_two_lines():
    assert md.is_portal_name("idw - Informationsdienst") == "idw – Informationsdienst Wissenschaft"
    assert md.is_portal_name("idw") is None
    assert md.is_portal_name("Informationen") is None


# --- rules added in session 2 (each with invented texts) -----------------------------------

def test_photo_caption_over_the_headline_is_no_title():
    doc = converted("Der neue Turm im Abendlicht. Foto: Pressestelle ©\n\nStadt bekommt ein Observatorium\n\n"
                    "[12.05.2019] " + LONG)
    assert doc.meta.title == "Stadt bekommt ein Observatorium"
    assert doc.meta.date == "2019-05-12"  # a date in brackets opening the lead


def test_link_text_is_no_title_and_abbreviations_end_no_sentence():
    doc = converted("Kurz gefragt... bei Prof. Dr. Eva Linde\n\nMai 2021\n\nMehr zum Projekt\n\n"
                    "Zum Newsletter 3 | 2021\n\n" + LONG)
    assert doc.meta.title == "Kurz gefragt... bei Prof. Dr. Eva Linde"
    assert md.looks_like_title("Ein Gespräch mit Prof. Dr. Eva Linde über Sterne")


def test_a_later_header_date_refines_a_year_of_a_release_number():
    doc = converted("Pressemitteilung Nr. 17/2014\n3. März 2014\nNeue Messstation am Hafen eröffnet\n\n" + LONG)
    assert doc.meta.date == "2014-03-03"
    header = md.Header(date="2014")
    header.take_date("2013-05-01")  # another year: the first date read stays
    assert header.date == "2014"


def test_byline_after_a_section_word_resolves_surnames_printed_in_full():
    raw = "Anna Beck/Tim Roth: Frage?\nKarl Weber: Antwort."
    byline = md.parse_byline("Stimmen | | von Beck/Roth", raw)
    assert byline is not None and byline.authors == ["Anna Beck", "Tim Roth"]
    assert md.parse_byline("Stimmen | | von Unbekannt/Niemand", raw) is None


def test_staff_byline_names_the_outlet_and_makes_news():
    doc = converted("Divers Find Old Harbour Wall\n\nA dig turned up more than expected\nBy Anna Beck,  Coastline Staff\n"
                    "Posted Mar 3, 2021 9:15 AM EST\n\n" + LONG_EN + ' "It is remarkable," says Beck.')
    assert doc.meta.authors == ["Anna Beck"]
    assert doc.meta.publisher == "Coastline"
    assert doc.meta.date == "2021-03-03"
    assert doc.meta.kind == "news"


def test_newspaper_masthead_and_capitals_dateline():
    doc = converted("Nordstädter Zeitung\n\nEin seltener Fund im Moor\n\nHAMBURG (xy) " + LONG + " " + LONG)
    assert doc.meta.publisher == "Nordstädter Zeitung"
    assert doc.meta.title == "Ein seltener Fund im Moor"
    assert signals_kind_of("Nordstädter Zeitung\n\nEin seltener Fund im Moor\n\nHAMBURG (xy) " + LONG + " " + LONG) == "news"
    assert md.outlet_masthead("Star Tribune") and not md.outlet_masthead("Neue Zeitung für alle.")


def test_outlet_in_capitals_as_interviewer_is_the_publisher_but_an_acronym_is_not():
    qa = ("Weber: Die Akten sind verloren, vermutlich für immer, das schmerzt sehr.\n\n{0}: Was meinen Sie damit?\n\n"
          "Weber: Dass jedes Blatt ein Stück Leben war, das niemand mehr lesen kann.\n\n{0}: Und nun?\n\n"
          "Weber: Nun beginnt die mühsame Arbeit des Sortierens, Blatt für Blatt.")
    assert converted(qa.format("STERN")).meta.publisher == "STERN"
    assert converted(qa.format("AB")).meta.publisher is None


def test_site_name_over_the_page_is_the_publisher():
    doc = converted("{ werkstatt für ideen }\n\nwerkstatt für ideen\n\nWarum wir Geschichte brauchen\n\n" + LONG)
    assert doc.meta.publisher == "werkstatt für ideen"
    assert doc.meta.title == "Warum wir Geschichte brauchen"


def test_site_name_printed_twice_is_the_headers_site_name():
    from briefing.extract.metadata.publisher import site_name_printed_twice

    assert site_name_printed_twice(md.Header(site_name="werkstatt für ideen")) == "werkstatt für ideen"
    assert site_name_printed_twice(md.Header()) is None


def test_logo_alt_text_names_the_site_but_not_a_person():
    from briefing.extract.metadata.publisher import logo_alt_text

    assert logo_alt_text("Example Daily logo") == "Example Daily"
    assert logo_alt_text("EXD Logo") == "EXD"
    assert logo_alt_text("Anna Beispiel logo") is None  # a person's name
    assert logo_alt_text("Das neue logo der Stadt") is None


def test_news_masthead_names_the_organisation():
    from briefing.extract.metadata.publisher import news_masthead

    assert news_masthead("Musterstadt University News") == "Musterstadt University"
    assert news_masthead("Hochschule Beispielstadt Presse") == "Hochschule Beispielstadt"
    assert news_masthead("Neues aus der Nachbarschaft News") is None  # no organisation


def test_site_name_readings_are_tried_in_order():
    from briefing.extract.metadata.publisher import PublisherContext, from_site_name

    lines = ["Musterstadt University News", "Example Daily logo", "Beispielstädter Zeitung", "Eine Überschrift"]
    doc = make_doc([P(line) for line in lines] + [P(LONG)])
    # the name printed twice first; then line by line a masthead or a logo; the news masthead last
    assert from_site_name(PublisherContext(doc, md.Header(site_name="Musterverlag"), None)) == "Musterverlag"
    assert from_site_name(PublisherContext(doc, md.Header(), None)) == "Example Daily"
    doc = make_doc([P(line) for line in [lines[0], lines[3]]] + [P(LONG)])
    assert from_site_name(PublisherContext(doc, md.Header(), None)) == "Musterstadt University"


def test_press_officer_and_organisation_as_two_short_lines_after_the_title():
    doc = converted("idw – Informationsdienst Wissenschaft\n\n02.12.2009 09:40\n\nEinladung zum Tag der offenen Tür\n\n"
                    "Marlen Kopp Presse- und Öffentlichkeitsarbeit\nInstitut für Meeresbiologie\n\n" + LONG)
    assert doc.meta.authors == ["Marlen Kopp"]
    assert doc.meta.publisher == "Institut für Meeresbiologie"


def test_a_publication_cover_gives_title_year_and_kind():
    doc = converted("Kommentare\n\nBeschreibung\n\nT Ä T I G K E I T S B E R I C H T | A C T I V I T Y R E P O R T 2 0 18 "
                    "Impressum Herausgeber Beispielverein e.V.\n\n" + LONG)
    assert (doc.meta.title, doc.meta.date, doc.meta.kind) == ("Tätigkeitsbericht 2018", "2018", "slides")
    assert md.cover_title(["Jahrbuch 2016 /Yearbook 2016 2 Inhalt Content"]) == ("Jahrbuch 2016", "2016")
    assert md.cover_title(["Der Jahresbericht 2016 erscheint im Mai."]) is None


def test_portal_teaser_before_its_lead_gives_the_headline():
    lead = ("Zwei junge Forscherinnen der Hochschule Nord sind heute mit dem Preis für Meereskunde ausgezeichnet "
            "worden, der seit 1950 vergeben wird.")
    doc = converted(f"Preis für Meereskunde verliehen: {lead}\n\n{lead} Die Jury lobte die Arbeiten.\n\n" + LONG)
    assert doc.meta.title == "Preis für Meereskunde verliehen"
    assert doc.blocks[0].text.startswith("Zwei junge Forscherinnen")


def test_contact_unit_inside_a_university_gives_the_university():
    text = ("Sternstunden am Mittag\n\nPressemitteilung Nr. 12/2015\n4. Mai 2015\n\n" + LONG +
            " Den ersten Vortrag hält Prof. Dr. Uta Rehm vom Institut für Geophysik der Universität Nordstadt.\n\n"
            "Kontakt:\nProf. Dr. Uta Rehm\nInstitut für Geophysik\nTelefon (0123) 45-678\n")
    doc = converted(text)
    assert doc.meta.publisher == "Universität Nordstadt"
    assert md.contact_block_org(doc) == "Universität Nordstadt"


def test_a_joint_announcement_names_no_single_issuer():
    doc = converted("Acme Buys Patent\n\n(Boston) — Nordwind University and Boston software firm Acme today announced "
                    "an agreement on a patent. " + LONG_EN)
    assert md.announcing_org(doc) is None


@pytest.mark.parametrize("line,iso", [("NEWS RELEASE 12-MAR-2021", "2021-03-12"), ("2021/03/12", "2021-03-12")])
def test_more_date_formats(line, iso):
    assert md.parse_date_line(line) == iso


def test_byline_and_date_as_two_short_lines_and_a_date_with_its_byline_in_one():
    doc = converted("Moore speichern mehr als gedacht\n\nVon Anna Beck\n15.06.2022, 10:15 Uhr\n\n" + LONG)
    assert (doc.meta.authors, doc.meta.date) == (["Anna Beck"], "2022-06-15")
    byline = md.parse_byline("Posted on March 12, 2021 by Anna Beck")
    assert (byline.authors, byline.date) == (["Anna Beck"], "2021-03-12")


def test_a_publisher_in_capitals_is_spelt_as_the_text_spells_it():
    doc = converted("Tiny fossils reveal how reefs recovered\n\nNEWS RELEASE 12-MAR-2021\n\nNORTHFIELD UNIVERSITY\n\n"
                    "Northfield, MN — Reefs recovered fast, a new study led by Northfield University finds. "
                    + LONG_EN + " Northfield University said so.")
    assert doc.meta.publisher == "Northfield University"


def test_byline_in_capitals_and_a_short_lead_with_an_agency_dateline():
    doc = converted("Scientists warn of faster glacier melt\n\nBy ANNA BECK Associated Press\n\n"
                    "WASHINGTON (AP) — Glaciers in the Alps are melting twice as fast as two decades ago.\n\n" + LONG_EN)
    assert (doc.meta.title, doc.meta.authors, doc.meta.publisher) == (
        "Scientists warn of faster glacier melt", ["Anna Beck"], "AP")


def test_contact_unit_of_a_tu_gives_the_tu():
    text = ("Neue Methode macht Stahl leichter\n\nPressemitteilung 45/2021 | 03.05.2021\n\n" + LONG +
            " Das erklärt Prof. Dr. Jana Wolff vom Institut für Werkstofftechnik der TU Nordstadt.\n\n"
            "Kontakt:\nProf. Dr. Jana Wolff\nInstitut für Werkstofftechnik\nTel.: 0123 456-789\n")
    assert converted(text).meta.publisher == "TU Nordstadt"


def test_kicker_in_the_headline_block_breadcrumbs_and_site_headers_are_no_title():
    assert converted("Hochwasserschutz\nNach der Flut: Wie sich Dörfer wappnen\n\n" + LONG).meta.title == \
        "Nach der Flut: Wie sich Dörfer wappnen"
    assert converted("Sie sind hier: Home > Digital > Smartphone >\n\nLaborantin fälschte Studien\n\n" + LONG
                     ).meta.title == "Laborantin fälschte Studien"
    assert converted("University of Ashcombe | News Office\n\nBridge sensors warn of cracks early\n\n" + LONG_EN
                     ).meta.title == "Bridge sensors warn of cracks early"


def test_copyright_footer_reading_time_and_photo_credit_beside_the_byline():
    doc = converted("Moore speichern mehr als gedacht\n\nVon Henrike Scholl\n21.06.2023, 18:45 Uhr\nLesezeit 3 Min.\n\n"
                    + LONG + "\n\n© Taunusbote 2023 | Impressum\n")
    assert (doc.meta.authors, doc.meta.date, doc.meta.publisher) == (["Henrike Scholl"], "2023-06-21", "Taunusbote")
    assert md.parse_byline("Text: Judith Kämmerer   Fotos: Benedikt Salm").authors == ["Judith Kämmerer"]
    assert md.parse_byline("Ein Interview von Jan Pieper und Mira Osterkamp").authors == ["Jan Pieper", "Mira Osterkamp"]


def test_headline_over_its_deck_and_a_headline_at_the_end_of_short_header_lines():
    doc = converted("Acme Robotics Receives Clearance for Tactile Feedback System in Surgery\n\n"
                    "Module gives surgeons a sense of touch\n\n" + LONG_EN)
    assert doc.meta.title == "Acme Robotics Receives Clearance for Tactile Feedback System in Surgery"
    doc = converted("Rheintal-Zeitung\nNachrichten > Wissen > Klima\nGletscherschmelze\n"
                    "Alpengletscher verlieren Rekordmenge an Eis\n\nStand: 14.08.2023, 06:30 Uhr\n\n"
                    "Der Gletscher im August. Foto: Anna Beck/dpa\n\n" + LONG)
    assert doc.meta.title == "Alpengletscher verlieren Rekordmenge an Eis"
    doc = converted("Gesellschaft\nSoziologin über Einsamkeit\n»Einsamkeit ist kein Problem alter Menschen allein«\n\n"
                    + LONG)
    assert doc.meta.title == "»Einsamkeit ist kein Problem alter Menschen allein«"


def test_contact_section_with_a_second_lead_gives_the_university_and_no_expert():
    from briefing.extract.people import extract_people

    text = (f"{LONG}\n\nKontakt:\nProf. Dr. Anna Loibl\nInstitut für Hydrogeologie\nUniversität Hohenbrück\n"
            "E-Mail: anna.loibl@example.org\n\nPressekontakt:\nDr. Katrin Wessely\nStabsstelle Kommunikation\n"
            "presse@example.org\n\nSeite drucken | Seite teilen\n")
    doc = converted(text)
    assert doc.meta.publisher == "Universität Hohenbrück"
    from briefing.structure import finalise
    finalise(doc)
    people = {m.name: m for m in extract_people(doc).people}
    assert people["Katrin Wessely"].category == "contact"
    assert [b.text for b in doc.blocks if b.kind == "contact"][-1] == "presse@example.org"


def test_a_service_the_text_names_as_distributing_it():
    doc = converted("Solarmodul erreicht Rekord\n\n" + LONG + " Die Acme Solar AG teilte das heute mit.\n\n"
                    "Originaltext: Acme Solar AG, übermittelt durch news aktuell\n")
    assert doc.meta.distributor == "news aktuell"


def test_kind_label_before_the_headline_local_dateline_and_bylines_with_dash_or_date():
    doc = converted("Presseinformation: Grabung auf dem Campus abgeschlossen\n\nNr. 213/2011 - 06.10.2011\n\n" + LONG)
    assert (doc.meta.title, doc.meta.kind, doc.meta.date) == (
        "Grabung auf dem Campus abgeschlossen", "press_release", "2011-10-06")
    assert md.parse_byline("- Von Casjen Carl").authors == ["Casjen Carl"]
    byline = md.parse_byline("Von Ingeborg Obi-Preuß, 10.03.2013.")
    assert (byline.authors, byline.date) == (["Ingeborg Obi-Preuß"], "2013-03-10")
    assert md.outlet_masthead("Thüringer Allgemeine (Apolda)") == "Thüringer Allgemeine"
    doc = converted("Ass für Medizintechnik\n\nErfurt. " + LONG + " " + LONG)
    assert doc.meta.kind == "news"
    doc = converted("Dauerschau eröffnet\n\nFLOSSENBÜRG epd ■ " + LONG + " " + LONG)
    assert (doc.meta.kind, doc.meta.publisher) == ("news", "epd")


@pytest.mark.parametrize("tail", ["Originalpublikation:\nBeck, A. (2023): Seegras. Marine Letters 4.",
                                  "Media Contact:\nAnna Beck\nanna.beck@example.org", "###"])
def test_what_only_a_release_carries_makes_a_press_release(tail):
    doc = converted("Seegras speichert Kohlenstoff\n\n" + LONG + "\n\n" + tail + "\n")
    assert doc.meta.kind == "press_release"


def test_long_copyright_footer_broadcaster_masthead_and_organisation_over_its_breadcrumb():
    doc = converted("Passkeys ersetzen Passwörter\n\n" + LONG +
                    "\n\n© 2023 Digitalpuls Medien GmbH | Impressum | Datenschutz | AGB | Cookie-Einstellungen\n")
    assert doc.meta.publisher == "Digitalpuls Medien GmbH"
    assert md.outlet_masthead("Radio Weserland") == "Radio Weserland"
    assert md.outlet_masthead("Civic Tech Quarterly") == "Civic Tech Quarterly"
    doc = converted("Hochschule Rheinfeld-Ost\nHochschule > Aktuelles > Pressemitteilungen\n\n"
                    "Pressemitteilung Nr. 23 vom 8. Februar 2021\n\nLand fördert Labor für Pflegeroboter\n\n" + LONG)
    assert doc.meta.publisher == "Hochschule Rheinfeld-Ost"


# --- kind: general signals of a release and of a PDF's text (session 3) --------------------

@pytest.mark.parametrize("text", [
    "Note to Editors: The following researchers of the laboratory can comment on the collapse of the old bridge.",
    "Prof. Dr. Anna Beck und Dr. Tim Roth stehen am Montag für Interviews zur Verfügung, sagte die Sprecherin.",
    "Tim Roth, associate professor of civil engineering, can talk about the safety of old bridges and load tests.",
])
def test_detect_kind_release_from_a_note_to_editors_or_an_expert_offer(text):
    doc = make_doc([P(text), P(LONG_EN if text.isascii() else LONG)])
    assert md.detect_kind(doc, md.Header(), None, None) == "press_release"


def test_detect_kind_release_from_an_organisation_profile_at_the_end():
    doc = make_doc([P(LONG), P(LONG), P("Muster Saaten ist ein mittelständisches Züchtungsunternehmen mit einer "
                                        "über hundertjährigen Geschichte und Sitz in Norddeutschland.")])
    assert signals_kind(doc) == "press_release"
    pdf = make_doc(doc.blocks, fmt="pdf")
    assert md.detect_kind(pdf, md.Header(), None, None) == "slides", "a brochure's profile proves nothing"


@pytest.mark.parametrize("lead", [
    f"13. September 2016 – Düsseldorf. {LONG}",
    f"May 20, 2009 - Springfield, Illinois: {LONG_EN}",
])
def test_detect_kind_release_from_its_opening_date_and_place(lead):
    assert signals_kind(make_doc([P(lead)])) == "press_release"


def test_detect_kind_release_from_a_place_line_over_a_date_line():
    doc = make_doc([P("Oakdale, Germany"), P("May 20, 2009"), P(LONG_EN)])
    assert signals_kind(doc) == "press_release"


@pytest.mark.parametrize("marker", ["Transkript", "Page content transcription", "Ab Seite anzeigen:",
                                    "C M Y CM MY CY CMY K", "Start display at page:", "Total Page:16",
                                    "Transcript of A Year of Change", "Date post: 05-Jan-2017"])
def test_detect_kind_slides_from_a_document_host_or_printer_marks(marker):
    # the cleaner takes the host's controls out (`clean.drop_document_host_lines`); the kind reads what it removed
    assert converted(f"{marker}\n\n{LONG}").meta.kind == "slides"


def test_ampersand_inside_a_name_is_no_joint_announcement():
    doc = make_doc([P("The Anna & Bert Ott Animal Center, the largest animal hospital of the region, announced today "
                      "that it has reached the goal of its campaign.")])
    assert md.announcing_org(doc) == "Anna & Bert Ott Animal Center"
    joint = make_doc([P("Muster Labs and Beispiel Institute today announced a new partnership for research on soil.")])
    assert md.announcing_org(joint) is None


@pytest.mark.parametrize(("line", "noise"), [
    ("- Press Release Distribution", True), ("• Keine Ergebnisse gefunden", True),
    ("Portal → WISSEN → NATUR → TIERE", True), ("C M Y CM MY CY CMY K", True),
    ("- Von Anna Beck", False), ("Wie KI uns allen hilft", False), ("Neue Studie zu Bienen", False),
])
def test_header_noise_over_the_headline(line, noise):
    assert md.header_noise(line) is noise


def test_credits_and_bylines_over_or_under_the_headline_are_no_title():
    assert md.credit_line("Host - Jon Beck") and md.credit_line("Co-Host – Dr. Ann Roth")
    assert not md.credit_line("Bienen - Neue Studie zeigt Wirkung")
    doc = converted("Host - Jon Beck\n\nProducer - Ann Roth\n\nCity Clinic Reaches Its Campaign Goal\n\n"
                    "By Oliver Shannon & Connor D Richardson\n\n" + LONG_EN)
    assert doc.meta.title == "City Clinic Reaches Its Campaign Goal"
    assert doc.meta.authors == ["Oliver Shannon", "Connor D. Richardson"]


def test_byline_with_the_authors_job_outlet_and_issue():
    byline = md.parse_byline("Article by Dan Brook, Senior Editor, Forest Trade Monthly April 2024")
    assert (byline.authors, byline.publisher, byline.date) == (["Dan Brook"], "Forest Trade Monthly", "2024-04")


def test_headline_under_a_colon_kicker_with_a_list_date_and_a_section_after_a_bar():
    doc = converted("Neue Professur zum Semesterstart:\n\n"
                    "Neue Professur für Lebensmittel stärkt die Forschung der Hochschule [19.10.06]\n\n" + LONG)
    assert (doc.meta.title, doc.meta.date) == ("Neue Professur für Lebensmittel stärkt die Forschung der Hochschule",
                                               "2006-10-19")
    assert md.tidy_title("Levels rise again but a lot to catch up | New") == ("Levels rise again but a lot to catch up", None)
    assert md.tidy_title("Bienen | Neu") == ("Bienen | Neu", None), "a short title keeps its bar"


def test_summary_is_no_stage_direction_of_a_transcript():
    doc = make_doc([P("Mr. ANN BECK (Author of a long book about rivers and the people who live on their banks): "
                      "(Speaking foreign language)"), P(LONG)])
    assert md.find_summary(doc).startswith(LONG[:40])


@pytest.mark.parametrize(("line", "title"), [
    ("journal Reports \"An interview with the author\"", False), ("4711 märz–april 2010 5. jahrgang", False),
    ("Viele Gäste aus der", False), ("expert reaction to a new study on sleep", True),
])
def test_label_issue_lines_and_cut_lines_are_no_headline(line, title):
    assert md.looks_like_title(line) is title


def test_the_headline_printed_again_without_its_label_and_addition():
    doc = converted("RUBRIK/12: Warum singen Menschen überhaupt? - Gespräch mit Anna Beck (Uni Musterstadt)\n\n"
                    "Warum singen Menschen überhaupt?\n\n" + LONG)
    assert doc.meta.title == "Warum singen Menschen überhaupt?"
    assert all(b.text != "Warum singen Menschen überhaupt?" for b in doc.blocks), "the repeat is no body heading"


@pytest.mark.parametrize(("title", "kicker"), [
    ("Universität Musterstadt Alles rund um den Sport", "Universität Musterstadt"),
    ("Neustadt/Altdorf Das Leiden der Pendler", "Neustadt/Altdorf"),
    ("Universität Musterstadt eröffnet ein neues Zentrum", None),
    ("Harvard University Researchers Find New Species", None),
])
def test_kicker_glued_before_a_german_headline(title, kicker):
    assert md.glued_kicker(title) == kicker


# --- publisher: what a repost, a periodical, a wire release and an authority print (session 3) --

@pytest.mark.parametrize(("text", "publisher"), [
    (f"Die Suche nach neuem Stoff\n\nSource : Muster Journal\n\n{LONG}", "Muster Journal"),
    (f"Menü\nMusterstädter Allgemeine | Ihre Zeitung aus der Region\nAnmelden\n\n{LONG}", "Musterstädter Allgemeine"),
    (f"A 2510 Muster Ärzteblatt\n\n|\n\nJg. 107\n\n|\n\nHeft 50\n\nSeriös und lebendig\n\n{LONG}", "Muster Ärzteblatt"),
    (f"Trinkwasser ist kostbar\n\nLandratsamt Musterkreis informiert zum Wassertag über den Schutz des Wassers. "
     f"{LONG}", "Landratsamt Musterkreis"),
    (f"OAKDALE, Mich., Oct. 27, 2025 (GLOBE NEWSWIRE) -- Acme Robotics, the maker of small arms, has appointed a "
     f"new chief officer. {LONG_EN}", "Acme Robotics"),
    (f"Bewegung hilft dem Gehirn\n\n27.02.2017\n\nVon Anna Beck / APA-Science\n\n{LONG}", "APA-Science"),
])
def test_publisher_from_source_masthead_issue_line_authority_wire_lead_and_byline(text, publisher):
    assert converted(text).meta.publisher == publisher


def test_wire_lead_that_opens_with_a_phrase_names_no_issuer():
    doc = converted(f"OAKDALE, Mich., Oct. 27, 2025 (GLOBE NEWSWIRE) -- In a move that strengthens the group, "
                    f"the organisation has appointed a new chief officer. {LONG_EN}")
    assert doc.meta.publisher is None


def test_an_office_is_an_organisation_and_an_agency_service_an_agency():
    from briefing.extract.metadata.names import org_word

    assert org_word("Landratsamt") and org_word("Gesundheitsamt") and not org_word("insgesamt")
    assert md.agency_name("APA-Science") == "APA-Science" and md.agency_name("AFP-Korrespondent") is None


def test_headline_wrapped_after_a_short_first_line_is_no_kicker():
    doc = converted(f"Marketing, fashion, technology\nto blend at the trade fair\n\n{LONG_EN}")
    assert doc.meta.title == "Marketing, fashion, technology to blend at the trade fair"


@pytest.mark.parametrize(("title", "tidy"), [
    ("• Exclusive Interview with the Scholar Dr. Ann Roth", "Exclusive Interview with the Scholar Dr. Ann Roth"),
    ("TelefonsprechstundeKardiologen beantworten Fragen rund ums Herz", "Kardiologen beantworten Fragen rund ums Herz"),
    ("DeepSeek beantwortet Fragen", "DeepSeek beantwortet Fragen"),
    ("A Year of Many AccomplishmentsAnna Beck, Member", "A Year of Many Accomplishments"),
    ("Wie LinkedIn und PowerPoint helfen", "Wie LinkedIn und PowerPoint helfen"),
])
def test_leading_bullet_and_kicker_glued_without_a_space(title, tidy):
    assert md.tidy_title(title)[0] == tidy


def test_a_title_or_lead_announcing_a_conversation_makes_an_interview():
    doc = converted(f"Exclusive Interview with the Historian Dr. Ann Roth\n\n{LONG_EN}\n\n{LONG_EN}")
    assert doc.meta.kind == "interview"
    doc = converted(f"Ann Beck speaks with Tim Roth of the Example Institute about old theatres.\n\n{LONG_EN}")
    assert doc.meta.kind == "interview" and doc.meta.authors == ["Ann Beck"]
    doc = converted(f"Drug Shortages\n\nHost: Ann Beck. Guests: Dr. Tim Roth, pharmacist, Example Hospital.\n\n{LONG_EN}")
    assert doc.meta.kind == "interview"


def test_pm_section_label_names_a_release():
    assert md.kind_word("Aktuelles PM") == "press_release"


@pytest.mark.parametrize(("text", "publisher"), [
    (f"NPR logo\n\nBrewers share their tips\n\n{LONG_EN}", "NPR"),
    (f"Example University News\n\nExample University opens a glass centre\n\n{LONG_EN}", "Example University"),
    (f"Measles cases rise\n\nJun 8, 2011 (Health Wire News) – {LONG_EN}", "Health Wire News"),
    (f"Heft 01/2013 - Deutsches Zentrum für Musterfragen\n\n{LONG}", "Deutsches Zentrum für Musterfragen"),
    (f"Pflege stärken\n\n„Pflege ist eine Wissenschaft“, sagt Anna Beck im Interview mit „Pflege Monitor“.\n\n"
     f"Frage: Was muss sich ändern, Frau Beck?\n\nAnna Beck: Wir brauchen mehr Forschung in der Pflege, sagen alle.\n\n"
     f"Frage: Und wie kommen wir dahin?\n\nAnna Beck: Mit Geld und Geduld, das dauert sicher noch Jahre.", "Pflege Monitor"),
    (f"RATGEBER/060: Besser lernen (Geist und Gehirn)\n\n{LONG}", "Geist und Gehirn"),
])
def test_publisher_from_logo_news_masthead_date_credit_issue_interview_and_series(text, publisher):
    assert converted(text).meta.publisher == publisher


def test_series_label_and_source_leave_the_headline_and_a_bare_org_word_names_no_publisher():
    assert md.tidy_title("RATGEBER/060: Besser lernen (Geist und Gehirn)")[0] == "Besser lernen"
    assert md.tidy_title("Podcast (Ep. 421)")[0] == "Podcast (Ep. 421)"
    from briefing.extract.metadata.publisher import _generic

    assert _generic("Center") and _generic("Inc.") and not _generic("Fraunhofer-Gesellschaft")


def test_date_in_brackets_after_the_dateline_place_and_a_broadcast_date():
    assert converted(f"ALFRED, NY (Jan. 25, 2021)—{LONG_EN}").meta.date == "2021-01-25"
    assert converted(f"Brewers share tips\n\nOriginally broadcast May 16, 2008.\n\n{LONG_EN}").meta.date == "2008-05-16"


def test_player_buttons_are_no_headline():
    assert md.is_link_text("Listen Now") and md.is_link_text("• Transcript") and not md.is_link_text("Listen to the sea")


def test_headline_run_into_the_teaser_and_repeated_as_heading():
    doc = converted("Brewers Share Tips Of The Trade In May, the show visited the region and its brewers.\n\n"
                    f"Brewers Share Tips Of The Trade\n\n{LONG_EN}")
    assert doc.meta.title == "Brewers Share Tips Of The Trade"
    assert doc.blocks[0].text.startswith("In May, the show visited")


def test_a_player_button_under_the_headline_is_no_title_below_it():
    doc = converted(f"Drug Shortages\n\nListen Now\n\n{LONG_EN}")
    assert doc.meta.title == "Drug Shortages"


@pytest.mark.parametrize(("cover", "year"), [
    ("2010 Annual Report Example Power Cooperative", "2010"), ("Winter/ Spring 1999 Volume 16, Number 1", "1999"),
    ("63280 oktober–dezember 2006___4 4. jahrgang", "2006"), ("Heft 01, Januar / Februar 2013", None),
])
def test_a_publications_issue_year_on_its_cover(cover, year):
    from briefing.extract.metadata.dates import publication_year

    assert publication_year(make_doc([P(cover), P(LONG)])) == year


def test_review_cases_headings_in_capitals_outlines_camel_names_and_particles():
    bs = __import__("briefing.structure", fromlist=["x"]).blocks_from_lines(
        f"{LONG_EN}\n\nMEDIA CONTACT: Ann Beck, press office, phone 555 1234.\n\nABOUT ACME CORP: Acme makes robots.".split("\n"))
    assert not any(b.kind == "answer" for b in bs)
    from briefing.clean import drop_counter_tiles

    outline = [LONG] * 6 + ["1", "Einleitung", "2", "Methoden", "Kontakt"]
    assert drop_counter_tiles(outline, []) == outline
    assert md.tidy_title("Dresdner UniversitätsJournal erscheint monatlich")[0] == "Dresdner UniversitätsJournal erscheint monatlich"
    assert md.looks_like_title("de Maizière warnt vor neuen Risiken")


@pytest.mark.parametrize("line", [
    "Anna Beispiel Presse- und Öffentlichkeitsarbeit Universität Beispielstadt",
    "Dr. Anna Beispiel Pressestelle Technische Universität Beispielstadt",
])
def test_press_contact_line_with_its_organisation_on_the_same_line(line):
    """Name, press office and organisation run into one line (a flattened page): the officer is the author, the
    organisation the publisher."""
    from briefing.extract.metadata.header import read_press_contact
    from briefing.extract.metadata.records import Header

    header = Header()
    assert read_press_contact(make_doc([P(line)]), P(line), header)
    assert header.authors == ["Anna Beispiel"]
    assert header.publisher.endswith("Universität Beispielstadt") and "Presse" not in header.publisher


def test_headline_ending_in_a_german_verb_particle():
    assert md.looks_like_title("Europäischer Herztag: Kardiologie am Klinikum Musterstadt ruft zu regelmäßigen Untersuchungen auf")
    assert md.looks_like_title("Beispielstadt kündigt neue Regeln für Feuerwerk an")
    # a cut line: it ends on an article, or no finite verb stands before the preposition
    assert not md.looks_like_title("Viele Gäste aus der")
    assert not md.looks_like_title("Die Stadt Musterstadt setzt auf")
    assert not md.looks_like_title("Forscher der Universität Musterstadt blicken mit Sorge auf")


def test_a_short_headline_over_its_date_and_byline_set_as_headings_is_the_title():
    # 'They Got Game' / 'June 5, 2018' / deck / 'By …': the date and byline headings are no headline that
    # would make the short line over them a kicker
    text = ("Row Row Row\n\nJune 5, 2018\n\nMore than sixty colleges have formed rowing programs, most in the last "
            "year. How do the boats fit in an athletic department? And what is involved in their oversight?\n\n\n"
            "By Anna Beck & Tim Roth\n\n\nAnna Beck is an Associate Editor and Tim Roth is an Assistant Editor at "
            "Example Management. They can be reached at: and\n\n\n\n" + LONG_EN + "\n\n" + LONG_EN + "\n")
    doc = converted(text)
    assert doc.meta.title == "Row Row Row"
    assert doc.meta.date == "2018-06-05"


def test_a_datelines_place_over_its_date_is_no_headline():
    text = ("Beispielstadt, Germany\nMay 20, 2009\nViele Vertreter aus der\nSaatgutbranche und der Politik folgten der "
            "Einladung von\nMuster Seeds auf\ndas\nBetriebsgelände in Musterdorf. Sie wurde im Rahmen der\n"
            "Mitgliederversammlung des\nBundesverbandes ausgesprochen.\nIn seinem Grußwort hob der Minister den "
            "Unternehmergeist\ndes Hauses hervor und wies auf die wachsende\nBedeutung der Züchtung für die\n"
            "Landwirtschaft in der Zukunft hin. Die Züchtung ist eine\ninnovative Branche, die Landwirten und der "
            "Bevölkerung\neinen großen Nutzen bringt.\n")
    doc = converted(text)
    assert doc.meta.title != "Beispielstadt, Germany"
    assert doc.meta.date == "2009-05-20"


def test_org_lines_of_institutes_guilds_and_publishing_houses():
    assert md.is_org_line("Bundesanstalt für Beispielforschung und -prüfung (BBP)")  # a compound cut before 'und'
    assert md.is_org_line("Bäcker-Innung Musterstadt")
    assert md.is_org_line("Musterverlag")
    assert not md.is_org_line("Forschung und -prüfung")
    assert not md.is_org_line("Bundesanstalt prüft neue Feuerwerkskörper")


def test_press_officer_over_an_institute_names_the_publisher():
    text = ("Kein Feuerwerk ohne Prüfzeichen\n\nDr. Anna Beck Referat Kommunikation, Marketing\n"
            "Bundesanstalt für Beispielforschung und -prüfung (BBP)\n\n" + LONG + "\n\n" + LONG + "\n")
    doc = converted(text)
    assert doc.meta.publisher == "Bundesanstalt für Beispielforschung und -prüfung (BBP)"


def test_a_sun_or_globe_masthead_is_an_outlet():
    assert md.outlet_masthead("Musterville Sun") == "Musterville Sun"
    assert md.outlet_masthead("The Beispiel Globe") == "The Beispiel Globe"
    assert md.outlet_masthead("Sun Valley") is None  # the newspaper word must follow the place


def test_a_sites_offer_line_names_its_operator():
    text = "Ein Angebot des medienhaus muster\n\nGestüt wirbt mit Pferden\n\n" + LONG + "\n\n" + LONG + "\n"
    assert converted(text).meta.publisher == "medienhaus muster"
    text = "A service of the Example Press Group\n\nStud farm shows its horses\n\n" + LONG_EN + "\n\n" + LONG_EN + "\n"
    assert converted(text).meta.publisher == "Example Press Group"


def test_an_authors_note_names_the_outlet():
    note = ("Anna Beck is an Associate Editor and Tim Roth is an Assistant Editor at Example Management. "
            "They can be reached at the office.")
    text = "They Got Game\n\nBy Anna Beck & Tim Roth\n\n" + note + "\n\n" + LONG_EN + "\n\n" + LONG_EN + "\n"
    assert converted(text).meta.publisher == "Example Management"
    note_de = "Anna Beck ist Redakteurin bei der Musterstädter Rundschau."
    text = "Zirkus in der Stadt\n\nVon Anna Beck\n\n" + LONG + "\n\n" + LONG + "\n\n" + note_de + "\n"
    assert converted(text).meta.publisher == "Musterstädter Rundschau"
    # a person after 'at' is no outlet
    text = "Zirkus\n\n" + LONG_EN + " Anna Beck is a writer with Tim Roth.\n\n" + LONG_EN + "\n"
    assert converted(text).meta.publisher is None


def test_a_papers_short_name_as_the_interviewers_label():
    text = ("Die Auflagen sind extrem\n\nMZ-INTERVIEW mit Juniorchef Tim Roth über die Welt des Zirkus.\n\n"
            "MZ: Herr Roth, wie viele Tiere haben Sie?\n\nRoth: Wir haben zwanzig Pferde und zwei Kamele, und sie "
            "reisen alle mit uns durch das ganze Land.\n\nMZ: Und die Kosten?\n\nRoth: Die steigen jedes Jahr, vor "
            "allem für Futter und Diesel, sagen wir.\n")
    assert converted(text).meta.publisher == "MZ"
    # two capitals as a label without the paper's 'MZ-Interview' are a person's initials
    assert converted(text.replace("MZ-INTERVIEW mit", "Gespräch mit")).meta.publisher != "MZ"


def test_published_by_in_german():
    text = "Übersetzen in die Zukunft\n\n" + LONG + "\n\nVerlegt vom Bundesverband der Beispielübersetzer e.V. (BBÜ).\n"
    assert converted(text).meta.publisher == "Bundesverband der Beispielübersetzer e.V. (BBÜ)"


def test_a_lead_opening_with_the_outlet_and_its_date_names_the_publisher():
    lead = "Musterstädter Nachrichten (24.03.10) -Die Briefmarkensammler freuen sich über neue Mitglieder. " + LONG
    assert converted("Das Sammeln entdeckt\n\n" + lead + "\n\n" + LONG + "\n").meta.publisher == "Musterstädter Nachrichten"
    # a dateline's place with the date names no publisher
    lead = "Musterstadt Nord (24.03.10) - Die Briefmarkensammler freuen sich über neue Mitglieder. " + LONG
    assert converted("Das Sammeln entdeckt\n\n" + lead + "\n\n" + LONG + "\n").meta.publisher is None


def test_prompts_to_the_video_and_legends_are_no_headlines():
    assert md.is_link_text("Watch the video version of this interview")
    assert md.is_link_text("Video jetzt ansehen")
    assert not md.is_link_text("Watch the clouds roll by over Musterstadt")
    assert not md.looks_like_title("RS = Anna Beck (interviewer) TR = Dr. Tim Roth (interviewee)")


def test_a_staff_byline_names_the_outlet_and_no_author():
    b = md.parse_byline("| By Example Tennis Magazine Staff")
    assert b is not None and b.authors == [] and b.publisher == "Example Tennis Magazine"
    b = md.parse_byline("Von der Musterblatt-Redaktion")
    assert b is not None and b.authors == [] and b.publisher == "Musterblatt"
    assert md.parse_byline("By Anna Beck").authors == ["Anna Beck"]


def test_a_name_over_a_date_under_the_headline_is_the_byline():
    text = "Winterhilfe für Obdachlose\n\nAnna Beck\n7. Dezember 2016\n\n" + LONG + "\n\n" + LONG + "\n"
    doc = converted(text)
    assert doc.meta.authors == ["Anna Beck"] and doc.meta.date == "2016-12-07"
    # a place over the date is no author
    doc = converted(text.replace("Anna Beck\n", "Beispielstadt Nord\n"))
    assert doc.meta.authors == []


def test_a_kicker_glued_before_a_headline_opening_with_den_or_fuer():
    assert md.tidy_title("Neue Bestattungstrends Den letzten Abgang individuell gestalten")[0] == \
        "Den letzten Abgang individuell gestalten"
    assert md.tidy_title("Tag der Pflege Für viele ein harter Beruf")[0] == "Für viele ein harter Beruf"
    # English title case keeps its words ('Die' is English too; 'Den' needs a German headline after it)
    assert md.tidy_title("Why Stars Die Young in Crowded Clusters")[0] == "Why Stars Die Young in Crowded Clusters"


def test_an_operator_line_over_the_headline_is_no_headline():
    text = "Ein Angebot des medienhaus muster\n\nGestüt wirbt mit Elitepferden\n\n" + LONG + "\n\n" + LONG + "\n"
    doc = converted(text)
    assert doc.meta.title == "Gestüt wirbt mit Elitepferden" and doc.meta.publisher == "medienhaus muster"


def test_a_caption_over_the_headline_is_skipped_not_taken_as_the_lead():
    text = ("Nicht nur auf dem Musterberg gehört Feuerwerk am 31. Dezember dazu.\n\n## Feuerwerk: Der Böller-Verkauf "
            "beginnt\n\nSilvester lässt die Kassen knallen: Die Kunden wollen neue Produkte.\n\n" + LONG + "\n\n" + LONG + "\n")
    assert converted(text).meta.title == "Feuerwerk: Der Böller-Verkauf beginnt"
    # a lead of three sentences over a subheading is the text, and the subheading no headline
    lead = "Die Stadt plant neue Regeln. Sie gelten ab Mai. Viele Händler sind dagegen."
    text = lead + "\n\n## Was sich ändert\n\n" + LONG + "\n\n" + LONG + "\n"
    assert converted(text).meta.title is None


def test_a_numbered_issue_with_its_day():
    assert md.parse_edition("Ausgabe Nr. 13, 3. April 2017") == ("Ausgabe Nr. 13", "2017-04-03")
    assert md.parse_edition("Issue No. 87, March 4, 2020") == ("Issue No. 87", "2020-03-04")
    assert md.parse_edition("Heft 3 vom 12.05.2019") == ("Heft 3", "2019-05-12")
    assert md.parse_edition("Ausgabe 13 der Reihe") is None
    assert md.parse_edition("Ausgabe 1/2025") == ("1/2025", "2025")


def test_a_bylines_update_time_does_not_replace_its_date():
    assert md.parse_byline("Posted 2/25/2003 5:34 PM Updated 2/26/2003 12:20 AM").date == "2003-02-25"
    b = md.parse_byline("Von Anna Beck | 12.03.2020 | Aktualisiert am 13.03.2020")
    assert b.date == "2020-03-12" and b.authors == ["Anna Beck"]
    assert md.parse_byline("Von Anna Beck | Aktualisiert am 13.03.2020").date == "2020-03-13"


def test_a_menu_label_with_empty_cells_is_header_noise():
    assert md.header_noise("Classifieds:   |   |   |")
    assert not md.header_noise("Classifieds: Cars | Homes | Jobs and more for everyone")
    text = ("Anzeigen:   |   |   | \nPosted 2/25/2003 5:34 PM     Updated 2/26/2003 12:20 AM\n\n"
            "Golf is a matter of physics\n\n" + LONG_EN + "\n\n" + LONG_EN + "\n")
    doc = converted(text)
    assert doc.meta.date == "2003-02-25" and doc.meta.title == "Golf is a matter of physics"


def test_text_and_photo_label_names_the_author():
    text = "Uhrmacher treffen sich\n\n" + LONG + "\n\n" + LONG + "\n\nText und Bild: Anna Beck\n"
    assert converted(text).meta.authors == ["Anna Beck"]
    assert md.parse_byline("Text & Fotos: Anna Beck").authors == ["Anna Beck"]


def test_a_byline_at_the_end_of_the_teaser():
    teaser = "Nach 111 Jahren schließt die letzte Bäckerei im Ort, deren Brote seit 1908 über die Theke gingen. Von Anna Beck"
    text = "Bäcker schließt nach 111 Jahren\n\n" + teaser + "\n\n" + LONG + "\n\n" + LONG + "\n"
    doc = converted(text)
    assert doc.meta.authors == ["Anna Beck"]
    assert not any("Von Anna Beck" in b.text for b in doc.blocks)
    # the page-break join keeps the byline off the paragraph after it
    lines, _ = run_clean_join(teaser + "\n\n" + LONG)
    assert lines[0] == teaser


def run_clean_join(text):
    from briefing.clean import join_page_breaks
    removed = []
    return join_page_breaks(text.split("\n"), removed), removed


def test_a_name_alone_under_the_teaser_is_no_byline():
    # names alone on a line are a press contact's, a teaser list's authors, a caption's: only 'Von', a label or a date
    # beside the name make a byline
    teaser = ("Ob im Wald, auf der Wiese oder auf hoher See - neue Bestattungstrends lassen viele Unternehmen umdenken, "
              "und auch die Konkurrenz in der Branche wächst, vor allem bei den Discountern im Netz.")
    text = "Den letzten Abgang gestalten\n\n" + teaser + "\n\nAnna Beck\n\n" + LONG + "\n\n" + LONG + "\n"
    assert converted(text).meta.authors == []


def test_the_papers_reporter_who_spoke_with_the_interviewee_is_the_author():
    text = ("Die Auflagen sind extrem\n\nMUSTERSTADT. Der Zirkus ist in der Stadt. MZ-Mitarbeiter Anna Beck sprach mit "
            "Tim Roth, Juniorchef des Circus Roth, der seit Jahren durch das Land reist.\n\n" + LONG + "\n\n" + LONG + "\n")
    assert converted(text).meta.authors == ["Anna Beck"]


def test_a_phone_number_is_no_headline_and_an_english_headline_keeps_its_organisation():
    assert not md.looks_like_title("(703) 555-0100, ext. 3007")
    assert md.tidy_title("Example Translators Association Members in The Daily Example")[0] == \
        "Example Translators Association Members in The Daily Example"
    assert md.tidy_title("Universität Musterstadt Alles rund um den Sport")[0] == "Alles rund um den Sport"


def test_site_tools_and_a_press_contact_over_the_headline():
    text = ("EXA\n\n- Find a Translator or Interpreter\n- Search for:\n\nFor Immediate Release\n\n"
            "Contact: Anna Beck\nEditor, The Example Chronicle\n(703) 555-0100, ext. 3007\nanna@example.org\n\n"
            "## Example Association Members in The Daily Example\n\n" + LONG_EN + "\n\n" + LONG_EN + "\n")
    assert converted(text).meta.title == "Example Association Members in The Daily Example"


def test_widget_labels_over_the_headline_are_header_noise():
    for label in ("Top 5 der Woche", "Meistgelesen", "Related articles", "Ähnliche Artikel", "Most popular"):
        assert md.header_noise(label), label
    assert not md.header_noise("Top-Forscher warnen vor Hitze")
    text = ("Freitag, 24. Januar 2025\n\nTop 5 der Woche\n\nÄhnlich\n\nDr. Anna Beck amtiert als Präsidentin des "
            "Beispielkongresses 2024\n\n" + LONG + "\n\n" + LONG + "\n")
    assert converted(text).meta.title == "Dr. Anna Beck amtiert als Präsidentin des Beispielkongresses 2024"


def test_a_breadcrumb_over_the_date_stands_before_a_short_headline():
    text = ("Home News Interview Teil 1\nDienstag, 08 November 2011 07:07\n\nInterview Teil 1\n\nAutor: \n"
            "Bewerte diesen Beitrag\n(0 Bewertungen)\n\n" + LONG + "\n\n" + LONG + "\n")
    doc = converted(text)
    assert doc.meta.title == "Interview Teil 1" and doc.meta.date == "2011-11-08"


def test_a_numbered_breadcrumb_ending_in_the_headline():
    text = ("1. Home\n  2. |\n  3. Podcast\n  4. |\n  5. Episode 12: A Patient Story with Anna\n\n" + LONG_EN + "\n\n"
            "Transcript\n\n" + LONG_EN + "\n")
    assert converted(text).meta.title == "Episode 12: A Patient Story with Anna"


def test_a_name_over_a_date_with_a_given_name_the_name_list_does_not_know():
    text = "Winterhilfe für Obdachlose\n\nIfeoma Aksoy\n7. Dezember 2016\n\n" + LONG + "\n\n" + LONG + "\n"
    assert converted(text).meta.authors == ["Ifeoma Aksoy"]
    # two nouns are no name, known given name or not
    text = "Winterhilfe für Obdachlose\n\nEisbären-Zwillinge Geburtstag\n7. Dezember 2016\n\n" + LONG + "\n\n" + LONG + "\n"
    assert converted(text).meta.authors == []


def test_a_publications_address_is_the_first_website_it_prints():
    cover = ("Jahresbericht 2015\n\nBeispiel-Gemeinschaft\n\nwww.beispiel-gemeinschaft.de\n\n" + LONG + "\n\n"
             "Anzeige: Druckerei Muster, www.druckerei-muster.de\n")
    doc = Document(id="t", seed="t.md", format="md", raw_text=cover, declared={"kind": "slides"})
    clean(doc)
    structure(doc)
    md.extract_metadata(doc)
    assert doc.meta.url == "www.beispiel-gemeinschaft.de"
    # a news text's printed website is a link of the text, not its address
    news = Document(id="t", seed="t.md", format="md", declared={"kind": "news"},
                    raw_text="Neue Regeln\n\n" + LONG + " Mehr unter www.beispiel-gemeinschaft.de\n\n" + LONG + "\n")
    clean(news)
    structure(news)
    md.extract_metadata(news)
    assert news.meta.url is None


def test_a_byline_glued_to_the_first_sentence_is_cut_off():
    text = ("The Circus\n\nBy Anna BeckThe Musterville Brothers Circus is the oldest entertainment attraction of the "
            "country. It has been a family tradition for many years.\n\n" + LONG_EN + "\n")
    doc = converted(text)
    assert doc.meta.authors == ["Anna Beck"] and doc.meta.title == "The Circus"
    assert doc.blocks[0].text.startswith("The Musterville Brothers Circus")
    assert not md.is_person_name("The Circus", strict=True)  # gender lists hold 'The' as a given name


def test_a_transcripts_legend_marks_the_interviewer():
    text = ("Autism and friendship\n\nRS = Anna Beck (interviewer)\nTR = Dr. Tim Roth (interviewee)\n\n"
            "RS: How did you start?\n\nTR: " + LONG_EN + "\n\nRS: And then?\n\nTR: " + LONG_EN + "\n")
    assert converted(text).meta.authors == ["Anna Beck"]


def test_the_editor_of_a_book_names_no_outlet():
    text = "Verdi\n\n" + LONG_EN + "\n\nDr. Tim Roth is the general editor of The Works of Example Composer.\n\n" + LONG_EN + "\n"
    assert converted(text).meta.publisher is None
