"""Unit tests of the cleaning steps (small inline texts) and of `clean` on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import clean as c
from briefing.clean import clean, clean_lines, split_glued_words
from briefing.model import Removed
from briefing.read import read_seed

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run(step, text: str) -> tuple[list[str], list[Removed]]:
    removed: list[Removed] = []
    return step(text.split("\n"), removed), removed


def reasons(removed: list[Removed]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in removed:
        out.setdefault(r.reason, []).append(r.text)
    return out


# --- navigation -----------------------------------------------------------------------

def test_glued_category_words_are_navigation():
    lines, removed = run(c.drop_navigation_runs, "PolitikWirtschaftSportKultur\n\nDer Text beginnt hier.")
    assert lines == ["", "Der Text beginnt hier."]
    assert reasons(removed) == {"navigation": ["PolitikWirtschaftSportKultur"]}


def test_camel_case_product_name_is_not_navigation():
    lines, _ = run(c.drop_navigation_runs, "JavaScript\nOpenAI\nDeepSeekMoE")
    assert lines == ["JavaScript", "OpenAI", "DeepSeekMoE"]


def test_vertical_menu_list_is_navigation():
    text = "Home\nPolitics\nBusiness\nSports\n\nThe article starts with a sentence."
    lines, removed = run(c.drop_navigation_runs, text)
    assert [x for x in lines if x] == ["The article starts with a sentence."]
    assert len(reasons(removed)["navigation"]) == 4


@pytest.mark.parametrize("menu", [
    "Startseite\nAktuelles\nÜber uns\nKontakt\nSuche",
    "Home\nForschung\nLehre\nPresse\nKarriere",
    "Menu\nTopics\nEvents\nPodcasts\nSubscribe\nSign in",
    "Home\nResearch\nEducation\nNewsroom\nGive",
])
def test_menu_over_short_headline_and_byline_is_dropped_alone(menu):
    """The short lines after a menu (kicker, headline, byline) are the text's own, though they are short too."""
    text = menu + "\n\nNeue Studie zu Bienen\n\nVon Anna Beck\n\nDie Studie zeigt, dass die Völker stark sind."
    lines, removed = run(c.drop_navigation_runs, text)
    assert [x for x in lines if x] == ["Neue Studie zu Bienen", "Von Anna Beck", "Die Studie zeigt, dass die Völker stark sind."]
    assert reasons(removed)["navigation"] == menu.split("\n")


def test_menu_words_among_a_texts_short_lines_are_no_menu():
    """One or two menu words in a run of short lines (an agenda, a deck's headings) make no menu."""
    text = "Einleitung\nForschung\nErgebnisse\nAusblick\nKontakt"
    lines, removed = run(c.drop_navigation_runs, text)
    assert lines == text.split("\n") and not removed


def test_menu_goes_before_the_site_name_printed_twice():
    text = "Home\nAbout us\nContact\nSearch\n\n{ werkstatt für ideen }\nwerkstatt für ideen\n\nTitel des Beitrags\n\nText."
    removed: list[Removed] = []
    lines = [x for x in clean_lines(text, removed) if x.strip()]
    assert lines[0] == "Titel des Beitrags"
    assert reasons(removed)["site-name"] == ["werkstatt für ideen"]


@pytest.mark.parametrize("line", ["Teilen | Drucken | Mailen", "Share · Print · Email", "Facebook Twitter WhatsApp E-Mail",
                                  "Lesezeit: 3 Min.", "Reading time: 4 minutes", "5 min read"])
def test_share_bars_and_reading_times_are_dropped(line):
    lines, removed = run(c.drop_markers, f"Titel\n\n{line}\n\nDer Text beginnt.")
    assert line not in lines and reasons(removed) == {"share-cookie": [line]}


@pytest.mark.parametrize("line", ["Print this", "Teilen Sie Ihre Meinung", "Drucken und Mailen sind erlaubt.", "3 Minuten"])
def test_text_with_action_words_is_kept(line):
    lines, removed = run(c.drop_markers, line)
    assert lines == [line] and not removed


@pytest.mark.parametrize("text, kept, dropped", [
    ("Campus Beispiel - Luftbild 2019_1240x400", [], ["Campus Beispiel - Luftbild 2019_1240x400"]),
    ("IMG_4711.jpg", [], ["IMG_4711.jpg"]),
    ("Endangered Gorilla Born at Example Zoo 1_DSC_2072", ["Endangered Gorilla Born at Example Zoo"], ["1_DSC_2072"]),
    ("Der Bildschirm hat 1920x1080 Pixel und mehr als genug Platz für alles, was man sehen will.",
     ["Der Bildschirm hat 1920x1080 Pixel und mehr als genug Platz für alles, was man sehen will."], []),
    ("Siehe https://example.org/bild_1200x800.jpg", ["Siehe https://example.org/bild_1200x800.jpg"], []),
])
def test_image_file_names_are_dropped(text, kept, dropped):
    lines, removed = run(c.drop_image_files, text)
    assert [x for x in lines if x] == kept and [r.text for r in removed] == dropped


@pytest.mark.parametrize("line", ["Quelle: Anna Beispiel / pixabay.com", "Foto: iStock / Tim Muster", "© Shutterstock"])
def test_a_stock_photo_credit_is_a_photo_credit_not_a_source(line):
    removed: list[Removed] = []
    clean_lines(f"Titel\n\n{line}\n\nDer Text beginnt hier.", removed)
    assert [r.reason for r in removed if r.text.strip("©() ") in line] in (["photo-credit"], ["footer"])
    assert not [r for r in removed if r.reason == "source"]


def test_short_heading_lines_are_not_a_menu():
    text = "Pressemitteilung\nTechnische Universität Berlin\nJane Doe"
    lines, removed = run(c.drop_navigation_runs, text)
    assert lines == text.split("\n") and not removed


def test_masthead_first_line():
    lines, removed = run(c.drop_masthead, "example.com - Die Nachrichtenseite\n\nTitel")
    assert "Titel" in lines and not any("example.com" in x for x in lines)
    assert reasons(removed) == {"masthead": ["example.com - Die Nachrichtenseite"]}
    lines, removed = run(c.drop_masthead, "Berlin - Die Stadt wächst.\n\nText")
    assert lines[0] == "Berlin - Die Stadt wächst." and not removed


# --- markers --------------------------------------------------------------------------

@pytest.mark.parametrize("line,reason", [
    ("Kurze Werbeeinblendung", "advertising"),
    ("Anzeige", "advertising"),
    ("Advertisement", "advertising"),
    ('Schaltfläche "Zurück zum Anfang"', "back-to-top"),
    ("Back to top", "back-to-top"),
    ("Kommentar (0)", "comment-counter"),
    ("12 Comments", "comment-counter"),
    ("No data", "placeholder"),
    ("Artikel teilen", "share-cookie"),
    ("Alle Cookies akzeptieren", "share-cookie"),
    ("Lesen Sie auch: Warum die Börse fällt", "related"),
    ("© 2025 Beispiel Verlag GmbH", "footer"),
    ("All rights reserved.", "footer"),
    ("Impressum | Datenschutz | Kontakt", "footer"),
    ("Besuchen Sie uns online", "footer"),
])
def test_marker_lines_are_removed(line, reason):
    lines, removed = run(c.drop_markers, f"Vorher.\n{line}\nNachher.")
    assert lines == ["Vorher.", "Nachher."]
    assert reasons(removed) == {reason: [line]}


@pytest.mark.parametrize("line", [
    "Preise gehen nach oben",          # 'nach oben' inside a sentence
    "Werbeverbot kommt",               # starts like an ad word
    "Die Anzeige wurde erstattet.",
    "Kommentare von Lesern zeigen ein gemischtes Bild.",
])
def test_ordinary_lines_stay(line):
    lines, removed = run(c.drop_markers, line)
    assert lines == [line] and not removed


def test_tag_line_becomes_keywords():
    lines, removed = run(c.extract_tag_lines, "Text.\nEtikett: ChinaDeepSeek\nTags: AI, Chips")
    assert lines == ["Text."]
    assert reasons(removed) == {"tags": ["ChinaDeepSeek", "AI, Chips"]}
    assert split_glued_words("ChinaDeepSeek") == ["China", "DeepSeek"]
    assert split_glued_words("AI, Chips") == ["AI", "Chips"]


def test_tag_word_in_a_sentence_is_not_a_tag_line():
    lines, removed = run(c.extract_tag_lines, "Themen: Darüber sprachen wir lange.")
    assert lines == ["Themen: Darüber sprachen wir lange."] and not removed


# --- portal tail, sources, credits --------------------------------------------------

BODY = "Ein langer Absatz des Artikels, der wirklich etwas sagt. " * 6


def test_portal_tail_is_cut_from_related_heading():
    text = f"{BODY}\n\nGleiches Thema\n\nSchlagzeile eins\nSchlagzeile zwei\n\nPolitik\n\nWirtschaft"
    lines, removed = run(c.drop_portal_tail, text)
    assert lines == [BODY, ""]
    assert "Schlagzeile zwei" in reasons(removed)["portal-tail"]


@pytest.mark.parametrize("marker", ["Gleicher Autor", "Gleiche Rubrik", "Same category", "Details zum Artikel",
                                    "Article details"])
def test_tail_markers_of_the_same_kind_are_read_alike(marker):
    lines, removed = run(c.drop_portal_tail, f"{BODY}\n\n{marker}\n\nSchlagzeile eins")
    assert lines == [BODY, ""]


def test_tail_marker_early_in_the_document_is_not_a_tail():
    text = f"Related\n\n{BODY}"
    lines, removed = run(c.drop_portal_tail, text)
    assert lines == text.split("\n") and not removed


def test_english_tail_marker():
    lines, removed = run(c.drop_portal_tail, f"{BODY}\nYou may also like\nOther story")
    assert lines == [BODY]


def test_source_in_tail_is_kept_as_source():
    text = f"{BODY}\n\nDetails zur Meldung\nQuelle\nexample.com\n\nÄhnliche Artikel"
    lines, removed = run(c.drop_portal_tail, text)
    assert reasons(removed)["source"] == ["example.com"]


def test_source_line_value():
    lines, removed = run(c.extract_source_lines, "Text.\nQuelle: https://example.com/a\nQuelle\nwww.example.org")
    assert lines == ["Text."]
    assert reasons(removed)["source"] == ["https://example.com/a", "www.example.org"]


def test_source_word_in_prose_stays():
    lines, removed = run(c.extract_source_lines, "Quelle: ein Sprecher des Ministeriums")
    assert lines == ["Quelle: ein Sprecher des Ministeriums"] and not removed


def test_credit_lines():
    lines, removed = run(c.extract_credit_lines, "Text.\n(dpa/Reuters)\n(Foto: Jane Doe)\n(siehe oben)")
    assert lines == ["Text.", "(siehe oben)"]
    assert reasons(removed) == {"credit": ["dpa/Reuters"], "photo-credit": ["Foto: Jane Doe"]}


def test_footer_urls():
    text = "Seite eins.\nexample.org\nSeite zwei.\nexample.org\nMehr Text.\n(itklub.de\nLetzter Satz.\nwww.foo.de"
    lines, removed = run(c.drop_footer_urls, text)
    assert lines == ["Seite eins.", "Seite zwei.", "Mehr Text.", "Letzter Satz."]
    assert reasons(removed)["footer-url"] == ["example.org", "itklub.de", "www.foo.de"]


def test_single_url_inside_text_stays():
    lines, _ = run(c.drop_footer_urls, "Header\n<http://example.org/news1>\nText folgt hier.")
    assert "<http://example.org/news1>" in lines


# --- repairs ----------------------------------------------------------------------------

def test_icon_glyphs_in_headings():
    lines, _ = run(c.drop_icon_glyphs, "### © Geringere Kosten\n### (i) Erfolgsrezept\n## **★ Fazit**\n© 2025 Verlag\n\uf0b7")
    assert lines == ["### Geringere Kosten", "### Erfolgsrezept", "## **Fazit**", "© 2025 Verlag"]


def test_hyphen_spacing():
    lines, _ = run(c.fix_hyphen_spacing,
                   "Das KI -Geschäft\nein Open -Source -KI -Modell\nUS -amerikanische Firmen\n"
                   "Preis - Leistung\nuse the flag -v here\nwell -known")
    assert lines == ["Das KI-Geschäft", "ein Open-Source-KI-Modell", "US-amerikanische Firmen",
                     "Preis - Leistung", "use the flag -v here", "well -known"]


def test_line_end_hyphenation():
    lines, _ = run(c.join_line_end_hyphenation, "die Informations-\nverarbeitung läuft\nForschungs-\nund Lehre")
    assert lines == ["die Informationsverarbeitung läuft", "Forschungs- und Lehre"]


def test_page_break_joins_lower_case_continuation():
    prev = "Die Modelle dienen anderen Modellen als Grundlage und werden dafür von vielen Gruppen genutzt, etwa als Grundlage"
    lines, _ = run(c.join_page_breaks, f"{prev}\n\n\f\n(zum Beispiel bei X). Weiter.\n\nNeuer Absatz.")
    assert lines[0] == prev + " (zum Beispiel bei X). Weiter."
    assert "Neuer Absatz." in lines


def test_page_break_joins_capitalised_prose_but_not_headings():
    prev = "Ein langer Satz über die Entwicklung großer Sprachmodelle, der am Seitenende einfach abbricht und die"
    nxt = "Berechnungen effizient ermöglicht, wie viele Fachleute sagen und wie es auch im Bericht steht."
    lines, _ = run(c.join_page_breaks, f"{prev}\n\n{nxt}")
    assert lines == [f"{prev} {nxt}"]
    lines, _ = run(c.join_page_breaks, f"{prev}\n\nNeue Überschrift\n\nText.")
    assert lines[0] == prev and "Neue Überschrift" in lines


def test_page_break_does_not_join_a_notice_to_a_dateline():
    notice = "Die Darstellung der Archivmeldungen wird verbessert. Fehler melden Sie bitte an hilfe@example.org"
    lead = "Musterstadt (epd). Forscher der Universität Musterstadt arbeiten an einem Atlas der Mundarten des Landes."
    lines, _ = run(c.join_page_breaks, f"{notice}\n\n{lead}")
    assert lines[0] == notice and lead in lines
    prev = "Ein langer Satz über die Entwicklung großer Sprachmodelle, der am Seitenende einfach abbricht und die"
    lines, _ = run(c.join_page_breaks, f"{prev}\n\nBERLIN (dpa) - Die Forscher der Universität Musterstadt arbeiten weiter an dem Projekt.")
    assert lines[0] == prev


def test_finished_paragraph_is_not_joined():
    prev = "Dieser Absatz ist zu Ende und hat einen Punkt am Schluss, wie es sich für einen Absatz gehört."
    lines, _ = run(c.join_page_breaks, f"{prev}\n\nund ein neuer Absatz beginnt klein.")
    assert lines[0] == prev


def test_repeated_lines_once():
    img = "![Bild](https://example.org/a.jpg)"
    lines, removed = run(c.collapse_repeated_lines, f"{img}\n{img}\nText\n\nText\nNo no")
    assert lines == [img, "Text", "", "No no"]
    assert reasons(removed)["repeated"] == [img, "Text"]


def test_doubled_alt_text():
    lines, _ = run(c.collapse_doubled_text, "![Titel der Seite Titel der Seite](https://x.org/a.jpg)")
    assert lines == ["![Titel der Seite](https://x.org/a.jpg)"]


def test_clean_lines_chain_english():
    text = ("HomeWorldBusinessTechnology\n\nA headline about chips\n\nAdvertisement\n\n"
            + "Chip makers sold more than ever this quarter, analysts said on Monday. " * 3
            + "\n\nRelated articles\n\nAnother story\n\nBack to top")
    removed: list[Removed] = []
    lines = [x for x in clean_lines(text, removed) if x]
    assert lines[0] == "A headline about chips" and len(lines) == 2
    assert {"navigation", "advertising", "portal-tail"} <= {r.reason for r in removed}


# --- seeds --------------------------------------------------------------------------------

def cleaned(name: str):
    doc = read_seed(next(SEEDS.glob(f"{name}_*")))
    return clean(doc)


def test_seed_002_boilerplate_and_tags():
    doc = cleaned("002")
    body = "\n".join(doc.lines)
    for junk in ["Kommentar (0)", "No data", "Gleiches Thema", "Die bezaubernde Schönheit von Sa Pa",
                 "Einsäulenpagode von Hoa Lu", "Politisches System", "Etikett"]:
        assert junk not in body
    r = reasons(doc.removed)
    assert split_glued_words(r["tags"][0]) == ["China", "DeepSeek"]
    assert r["source"] == ["https://www.vietnamplus.vn/nghien-cuu-moi-tiet-lo-bi-quyet-thanh-cong-cua-deepseek-post1062474.vnp"]
    assert "Laut Herrn Tunstall" in body


def test_seed_004_boilerplate():
    doc = cleaned("004")
    body = "\n".join(doc.lines)
    for junk in ["ArbeitRegierungTechnologieVerbraucherWelt", "Kurze Werbeeinblendung",
                 'Schaltfläche "Zurück zum Anfang"', "Ähnliche Artikel"]:
        assert junk not in body
    assert reasons(doc.removed)["source"] == ["edition.cnn.com"]


def test_seed_001_artifacts():
    body = "\n".join(cleaned("001").lines)
    assert "### Geringere Kosten" in body and "©" not in body
    assert "### Erfolgsrezept veröffentlicht" in body and "(i)" not in body
    assert "itklub.de" not in body
    assert "Begriff\tBedeutung\tEigenschaften" in body


def test_seed_003_spacing_and_duplicates():
    doc = cleaned("003")
    body = "\n".join(doc.lines)
    for bad in ["KI -Geschäft", "Open -Source -KI -Modell", "Deepseek -Modell", " -"]:
        assert bad not in body
    assert "Open-Source-KI-Modell" in body and "KI-Geschäft" in body
    images = [x for x in doc.lines if x.startswith("![")]
    assert len(images) == len(set(images)) == 2


@pytest.mark.parametrize("line", ["Zum Hauptinhalt springen", "Direkt zum Inhalt", "Skip to main content",
                                  "Zur Navigation springen", "Jump to content", "1. Zum Inhalt springen",
                                  "3. Zu weiteren Angeboten der XY springen", "2. Skip to navigation"])
def test_skip_links_are_navigation(line):
    lines, removed = run(c.drop_markers, f"{line}\nEin Satz des Artikels.")
    assert lines == ["Ein Satz des Artikels."]
    assert removed[0].reason == "navigation"


def test_site_name_printed_as_logo_and_text_is_read_not_kept():
    lines, removed = run(c.drop_site_name, "[ werkstatt für ideen ]\nwerkstatt für ideen\n\nDie Überschrift des Beitrags")
    assert "werkstatt für ideen" not in "\n".join(lines)
    assert [(r.text, r.reason) for r in removed] == [("werkstatt für ideen", "site-name")]


@pytest.mark.parametrize("text", ["• none\n• none\nText", "Kapitel\nKapitel\nText",
                                  "Ein ganzer Satz steht hier.\nEin ganzer Satz steht hier.\nText"])
def test_site_name_needs_two_different_spellings_of_a_short_name(text):
    lines, removed = run(c.drop_site_name, text)
    assert not removed and lines == text.split("\n")


def test_letter_spaced_cover_words_are_joined():
    lines, _ = run(c.join_letter_spacing, "2 0 1 3\nJ A H R E S B E R I C H T | A N N UA L R E P O R T 2 0 13\n"
                                          "Er ist so da, wo es um uns geht.")
    assert lines == ["2013", "JAHRESBERICHT | ANNUALREPORT 2013", "Er ist so da, wo es um uns geht."]


def test_words_split_inside_a_line_are_joined_when_the_dictionary_knows_the_word():
    lines, _ = run(c.join_split_words, "das au- **Bergewöhnliche Modell**\nInformations- verarbeitung\n"
                                       "Forschungs- und Lehre\nNord- Süd\nBatterie- Exponate")
    assert lines == ["das **außergewöhnliche Modell**", "Informationsverarbeitung", "Forschungs- und Lehre",
                     "Nord- Süd", "Batterie- Exponate"]


def test_running_heads_page_marks_and_cookie_banners_are_dropped():
    text = ("Outlook 2021   Page 1 of 6\nErster Satz.\nOutlook 2021   Page 2 of 6\nJahresbericht · Institut X   3\n"
            "Zweiter Satz.\nJahresbericht · Institut X   4\nDie Kosten stiegen 2019 auf 12")
    lines, removed = run(c.drop_running_heads, text)
    assert lines == ["Erster Satz.", "Zweiter Satz.", "Die Kosten stiegen 2019 auf 12"]
    assert {r.reason for r in removed} == {"running-head"}
    lines, removed = run(c.drop_markers, "We use cookies to personalise content. Accept all cookies | Manage preferences")
    assert lines == [] and removed[0].reason == "share-cookie"


def test_counter_tiles_of_a_web_page_are_dropped():
    from briefing.clean import drop_counter_tiles

    body = [f"Absatz {i} mit viel Text über das Thema und seine Folgen." for i in range(6)]
    tiles = ["90+", "Mitglieder", "15+", "Veranstaltungen pro Jahr", "Expertengruppen"]
    removed = []
    assert drop_counter_tiles(body + tiles, removed) == body
    assert [r.reason for r in removed] == ["counter-tiles"] * 5
    one = body + ["2024", "Gegründet"]  # a single figure and label is no tile run
    assert drop_counter_tiles(one, []) == one


def test_html_residue_of_a_scraped_page_goes_and_broken_lines_run_on():
    from briefing.clean import drop_markup_residue

    lines = ["informationsdienst<br />", "", "altersfragen<br />", "", "<strong>Heft</strong> <strong>01</strong>, 2<strong>01</strong>3<br />",
             "", "Elmar<br />", "", "Brähler und Anna Beck", "", "Ein Absatz."]
    assert drop_markup_residue(lines, []) == ["informationsdienst", "altersfragen", "Heft 01, 2013", "Elmar",
                                               "Brähler und Anna Beck", "", "Ein Absatz."]
    example = ["Mit <br> bricht man eine Zeile um.", "", "Ein Absatz."]
    assert drop_markup_residue(example, []) == example


def test_document_host_controls_are_removed_and_recorded():
    lines, removed = run(c.drop_document_host_lines,
                         'Transkript\nJahresbericht 2013\nAb Seite anzeigen:\nDownload "Jahresbericht 2013"\nText des Berichts.')
    assert lines == ["Jahresbericht 2013", "Text des Berichts."]
    assert [r.reason for r in removed] == ["document-host"] * 3
    # far down the text the same word is the text's own
    paragraph = "Ein Absatz des Berichts, so lang wie ein Absatz eines Berichts eben ist, mit seinem Satzende."
    lines, removed = run(c.drop_document_host_lines, "\n".join([paragraph] * 45 + ["Transkript"]))
    assert lines[-1] == "Transkript" and not removed
    # a cover run into one long line that a tool wrapped into many short ones: the controls under it are the host's
    cover = "\n".join(["Beispielblatt Nr. 3 Inhalt Vorwort ........ 2 Bericht ........ 4"] * 45)
    lines, removed = run(c.drop_document_host_lines, cover + "\nPage 1: Beispielblatt Nr. 3\nText des Berichts.")
    assert [r.text for r in removed] == ["Page 1: Beispielblatt Nr. 3"]


def test_podcast_player_buttons_are_removed():
    text = ("Listen now (01:03:32)\nOr on your favorite platform:\nListen on Apple PodcastsListen on Spotify\n"
            "Jetzt anhören\nIn this episode we listen now to what the guest says about the harbour.")
    lines, removed = run(c.drop_markers, text)
    assert lines == ["In this episode we listen now to what the guest says about the harbour."]
    assert {r.reason for r in removed} == {"share-cookie"}


def test_document_host_controls_in_other_languages_and_its_breadcrumb():
    lines, removed = run(c.drop_document_host_lines, "+ All Categories\nHome > Documents > Jahresbericht 2013\n"
                         "Transcrição\nJahresbericht 2013\nText des Berichts.")
    assert lines == ["Jahresbericht 2013", "Text des Berichts."]
    assert [r.reason for r in removed] == ["document-host"] * 3
    # a breadcrumb of another kind stays for the cleaner's other steps
    lines, _ = run(c.drop_document_host_lines, "Home > News > Jahresbericht 2013\nText.")
    assert lines[0] == "Home > News > Jahresbericht 2013"


def test_page_break_never_joins_the_texts_first_line():
    # A headline over an image's alt text in small letters and a teaser: no page break falls in a text's first line.
    headline = "Musterstadt University Launches Rowing Program, the State's First Public University Team for Rowing"
    text = f"{headline}\n\na person rowing on a lake\n\nThough the university already has a club, the program puts money behind it."
    lines, _ = run(c.join_page_breaks, text)
    assert lines[0] == headline and "a person rowing on a lake" in lines
    # the same line after the text's prose has begun is a paragraph cut by a page break
    prose = "A paragraph of the text that runs long enough to be prose, as every page of a report has one, and ends here."
    lines, _ = run(c.join_page_breaks, f"{prose} {prose}\n\n{headline}\n\nand it goes on here in small letters.")
    assert f"{headline} and it goes on here in small letters." in lines
    # a first line that ends a sentence was never open to a join
    prev = "Ein langer erster Satz über die Entwicklung großer Sprachmodelle, der am Seitenende einfach abbricht und die"
    lines, _ = run(c.join_page_breaks, f"{prev}. Und noch einer, der am Seitenende abbricht, weil die\n\nhier endet die Seite und es geht weiter.")
    assert len([x for x in lines if x.strip()]) == 1


@pytest.mark.parametrize("line", ["1. Zum Beispiel springen wir", "Zu weiteren Fragen springen wir gleich"])
def test_lines_about_jumping_are_no_skip_links(line):
    lines, _ = run(c.drop_markers, f"{line}\nEin Satz des Artikels.")
    assert line in lines


def test_page_break_never_joins_a_headline_under_short_header_lines():
    headline = "Musterstadt University Launches Rowing Program, the State's First Public University Team for Rowing"
    text = f"Home > News > Sport\n\n{headline}\n\na person rowing on a lake\n\nThough the university has a club, it pays."
    lines, _ = run(c.join_page_breaks, text)
    assert headline in lines and "a person rowing on a lake" in lines


CAPTION = "Die Vorsitzende Anna Beispiel zeigt den neuen Vereinsraum im Musterhaus. Foto: Tim Roth, Musterverein"


def test_a_long_line_printed_again_further_down_appears_once():
    """An image's caption printed under each copy of the image is furniture, kept where it first stood."""
    lines = [CAPTION, "", "Der Verein hat neue Räume bezogen.", "", CAPTION, "", "Ende."]
    removed: list = []
    out = c.drop_reprinted_paragraphs(lines, removed)
    assert out.count(CAPTION) == 1 and out.index(CAPTION) == 0
    assert [r.reason for r in removed] == ["repeated"]


def test_a_short_line_may_repeat():
    """'Frage:' or a short refrain is said twice on purpose: only a long line counts as reprinted."""
    lines = ["Ja, das stimmt.", "Und dann?", "Ja, das stimmt."]
    assert c.drop_reprinted_paragraphs(lines, []) == lines


def test_a_reprinted_captions_name_line_goes_with_it():
    """'Anna Beispiel' over her caption's sentence, printed twice: both lines once; a different line above stays."""
    lines = ["Von Tim Roth", "Anna Beispiel", CAPTION, "", "Text.", "", "Zwischentitel", "", "Anna Beispiel", CAPTION]
    removed: list = []
    out = c.drop_reprinted_paragraphs(lines, removed)
    assert out == ["Von Tim Roth", "Anna Beispiel", CAPTION, "", "Text.", "", "Zwischentitel", ""]
    assert len(removed) == 2
    other = ["Anna Beispiel", CAPTION, "", "Tim Roth", CAPTION]
    assert c.drop_reprinted_paragraphs(other, []) == ["Anna Beispiel", CAPTION, "", "Tim Roth"]
