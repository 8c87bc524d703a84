"""Title rules of session 8: furniture lines over the headline (a greeting, an embargo notice, a wire's code line,
alt texts run together, a download link), a kind word or a running number before the headline, datelines, long
lines over a heading, a list's headline over its byline, a cover's title printed again, an interview's first
question, a headline under a site's intro text. Invented texts."""

from __future__ import annotations

from briefing.extract.metadata.header import kind_prefix
from briefing.extract.metadata.header_lines import is_link_text
from briefing.extract.metadata.title import (credit_line, dateline, header_noise, interview_question,
                                             photo_caption)

from test_metadata import LONG, LONG_EN, converted  # the shared invented paragraphs and pipeline


# furniture lines: never a headline


def test_greeting_is_noise_a_headline_with_welcome_is_not():
    assert header_noise("Herzlich willkommen beim Beispielverband!")
    assert header_noise("Welcome to the Example Society website")
    assert not header_noise("Willkommen zurück, Frühling")
    assert not header_noise("Welcome home: soldiers return from the mission")


def test_embargo_notice_is_noise():
    assert header_noise("EMBARGOED FOR RELEASE: March 3, 2019 9 a.m. EST")
    assert header_noise("Sperrfrist: 12.05.2020, 10:00 Uhr")
    assert not header_noise("Embargo on exports hurts farmers")


def test_wire_code_line_is_noise():
    assert header_noise("XYZ0042 3 AB 0123 QRS007 Di, 4.Mai 2004 Wirtschaft / Handel")
    assert not header_noise("Neue Variante BA2 breitet sich aus")


def test_alt_texts_run_together_are_noise_prose_is_not():
    assert header_noise("Top Logo Example Home Example Home Example Home Banner")
    assert not header_noise("Home sweet home: why buyers want a home office")
    # prose that ends in a 'more' arrow is no breadcrumb
    assert not header_noise(LONG_EN + " Read about the study >")


def test_download_link_is_link_text_not_a_headline():
    assert is_link_text("PDF Pressemitteilung komplett")
    assert is_link_text("Download (PDF, 240 KB)")
    assert not is_link_text("Neues PDF-Format für Behörden vorgestellt")


def test_back_to_a_page_is_a_link_back_to_basics_is_a_headline():
    assert is_link_text("Back to overview")
    assert not is_link_text("Back to basics")


def test_credit_line_needs_a_production_role():
    assert credit_line("Host - Jon Beck")
    assert not credit_line("Feature Friday – Anna Beck")


def test_caption_with_initials_and_outlet_credit():
    assert photo_caption("Wanderer am Waldrand. Foto: A. Beck / Musterbote")
    assert not photo_caption("Wanderer finden neuen Weg am Waldrand")


# a kind word, a running number, a numbered question


def test_kind_prefix_before_headline():
    assert kind_prefix("Interview – Wie kommt der Klang in die Flöte?") == ("interview", "Wie kommt der Klang in die Flöte?")
    assert kind_prefix("Pressemitteilung Nr. 7/ 2019 Stadt eröffnet neue Bibliothek") == (
        "press_release", "Stadt eröffnet neue Bibliothek")
    assert kind_prefix("Interview – Anna Beck") is None  # a name, no headline after the kind word
    assert kind_prefix("Interview with Anna Beck on new flutes") is None  # no separator: one headline


def test_running_number_before_headline_is_dropped():
    doc = converted(f"#27 Anna Beck, wie klingt eine gute Flöte?\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.title == "Anna Beck, wie klingt eine gute Flöte?"


def test_numbered_question_is_an_interview_question():
    assert interview_question("> 2. How did you start building flutes?")
    assert not interview_question("10 Gründe für eine neue Flöte")


# datelines


def test_dateline_place_or_outlet_before_a_date():
    assert dateline("Springfield, Oregon – March 4, 2016") == "2016-03-04"
    assert dateline("XYZ 08.04.2014") == "2014-04-08"
    assert dateline("2nd March 2016") == "2016-03-02"
    assert dateline("Stadt feiert Jubiläum") is None


def test_dateline_heading_is_no_title():
    doc = converted(f"Press Release\n\n## Springfield, Oregon – March 4, 2016\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert doc.meta.title is None


def test_short_line_over_a_date_is_the_headline_not_a_kicker():
    doc = converted(f"Flute Makers Wanted\n\n2nd March 2016\n\nVolunteers are asked to help the workshop\n\n"
                    f"## Build a flute with us\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert doc.meta.title == "Flute Makers Wanted"


# a long line over a heading; a list's headline; a cover's title printed again


def test_long_line_over_heading_is_the_headline():
    doc = converted(f"Example Valley Flute Makers Gather for Their First Winter Workshop Day\n\n"
                    f"## Hosts Share Tips and Look Ahead to the Concert Season 2022\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert doc.meta.title == "Example Valley Flute Makers Gather for Their First Winter Workshop Day"
    doc = converted(f"Flötenbau in Musterstadt\n\n## Ein Abend für neue Flöten und alte Freunde\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.title == "Ein Abend für neue Flöten und alte Freunde"  # a short kicker stays a kicker


def test_list_headline_before_its_byline_and_date():
    doc = converted(f"- zurück\n- MUSTERSTADT\n- Zehn Chöre singen um die Wette\n- Von unserer Redakteurin Anna Beck\n"
                    f"- aktualisiert: 17.07.2013 17:28 Uhr\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.title == "Zehn Chöre singen um die Wette"


def test_cover_title_printed_again_in_the_heading():
    doc = converted(f"Flötenbau 2019/20\n\n## 1 XY ZW Flötenbau 2019/20\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.title == "Flötenbau 2019/20"


# an interview's first question; a headline under a site's intro text


def test_first_question_answered_by_a_named_speaker_is_no_title():
    doc = converted(f"## Ist Flötenbau schwierig?\n\nAnna Beck: {LONG}\n\nWie lange dauert eine Flöte?\n\n"
                    f"Karl Muster: {LONG}\n")
    assert doc.meta.title is None
    doc = converted(f"## Ist Flötenbau schwierig?\n\n{LONG}\n\n{LONG}\n")
    assert doc.meta.title == "Ist Flötenbau schwierig?"  # a question headline over its lead


def test_headline_under_site_intro_and_label():
    # (the site's intro differs from the text: a long paragraph printed twice is dropped as reprinted furniture)
    intro = LONG.replace("Die Forscherinnen", "Unsere Forscherinnen")
    doc = converted(f"{intro}\n\n{LONG}\n\nNeuigkeiten\n\n## Flötenbauer treffen sich in Musterstadt\n\n{LONG} Mehr folgt.\n")
    assert doc.meta.title == "Flötenbauer treffen sich in Musterstadt"
    doc = converted(f"{LONG}\n\n## Flötenbauer treffen sich in Musterstadt\n\n{LONG}\n")
    assert doc.meta.title is None  # a subheading after the lead, no label over it


# a short headline over its date, where the date makes the lines a press header


def test_headline_over_its_date_is_no_header_line():
    doc = converted(f"Example Walkers Wanted\n\nAugust 13, 2030\n\nVisitors on foot are asked to test the routes to every "
                    f"one of our halls\n\nWalk this way\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert doc.meta.title == "Example Walkers Wanted"
    assert doc.meta.date == "2030-08-13"


def test_an_organisation_or_blog_furniture_over_the_date_is_no_headline():
    doc = converted(f"Showing posts with label interview. Show all posts\n\n21 September 2030\n\n"
                    f"Anna Beck interviews Karl Muster\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert doc.meta.title != "Showing posts with label interview. Show all posts"
    doc = converted(f"Example University of Musterstadt\n\nAugust 13, 2030\n\nNew bridge opens\n\n{LONG_EN}\n\n{LONG_EN}\n")
    assert doc.meta.title != "Example University of Musterstadt"
