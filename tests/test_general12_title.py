"""General title, date and author readings drawn from unseen documents (invented texts only)."""

from __future__ import annotations

from briefing.extract.metadata.byline import parse_byline
from briefing.extract.metadata.dates import find_date
from briefing.extract.metadata.names import split_authors
from briefing.extract.metadata.title import (
    full_title_of_cut,
    header_noise,
    kicker_before,
    kicker_shown_by_copy,
    photo_caption,
    quote_after_kicker,
    tidy_title,
    trailing_byline,
)
from briefing.model import Block


def test_picture_credit_is_a_caption():
    assert photo_caption("Graphic by Tom Example")
    assert photo_caption("Illustration courtesy of Example Studio")
    assert not photo_caption("Graphic novels by young authors win the city prize")


def test_site_chrome_lines_are_header_noise():
    assert header_noise("Example Valley Trust logo")
    assert header_noise("View More In This Section")
    assert header_noise("SPRINGFIELD (WXYZ) --")
    assert header_noise("All Sections Welcome guest, you have 2 views left. Register | Sign In")
    assert not header_noise("Council unveils new city logo design for the harbour")
    assert not header_noise("SPRINGFIELD (WXYZ) -- The council voted on Monday")
    assert not header_noise("How to register a new club in the city")


def test_german_question_word_starts_the_headline():
    assert tidy_title("Die Sommerserie im Test Warum Minigolf wieder Freunde findet")[0] == \
        "Warum Minigolf wieder Freunde findet"
    assert tidy_title("Why Minigolf Finds Friends Again")[0] == "Why Minigolf Finds Friends Again"


def test_quotation_after_a_german_kicker():
    assert quote_after_kicker('Besuch beim Hafenamt "Bei Sturm wird es hier richtig laut"') == \
        '"Bei Sturm wird es hier richtig laut"'
    assert quote_after_kicker('Bürgermeisterin warnt "Wir haben kein Geld mehr"') is None  # a verb keeps its quote
    assert quote_after_kicker('Mayor Vows "We Will Rebuild The Pier"') is None  # English, no German sentence


def test_colon_in_another_copy_marks_the_kicker():
    lines = ["Start > Region > Hafen, Kai, Fähre: Neue Fähre fährt ab Juni zweimal täglich"]
    assert kicker_shown_by_copy("Hafen, Kai, Fähre Neue Fähre fährt ab Juni zweimal täglich", lines) == \
        "Neue Fähre fährt ab Juni zweimal täglich"
    assert kicker_shown_by_copy("Neue Fähre fährt ab Juni zweimal täglich", lines) is None


def test_cut_title_is_read_in_full():
    lines = ["Leitfaden für Vereine und Initiativen ... - Beispielportal", "",
             "Leitfaden für Vereine und Initiativen im ländlichen Raum"]
    assert full_title_of_cut(lines[0], lines) == "Leitfaden für Vereine und Initiativen im ländlichen Raum"
    assert full_title_of_cut("Leitfaden für Vereine und Initiativen", lines) is None
    assert tidy_title("Leitfaden für Vereine und Initiativen ... - Beispielportal")[0] == \
        "Leitfaden für Vereine und Initiativen"


def test_name_and_job_run_onto_the_headline():
    title, byline = trailing_byline("Talking harbours with Tom Example Jane Sample Features Editor")
    assert title == "Talking harbours with Tom Example"
    assert byline.authors == ["Jane Sample"]
    assert trailing_byline("A Day with the Night Editor") is None


def test_outlet_heading_under_a_sentence_case_headline():
    line = Block(kind="paragraph", text="Small shops battle rising city rents")
    outlet = Block(kind="heading", text="Springfield County Evening Courier")
    assert not kicker_before(line, [outlet])
    kicker = Block(kind="paragraph", text="Old town retail")
    headline = Block(kind="heading", text="Small shops fight rising rents in the old town")
    assert kicker_before(kicker, [headline])


def test_month_day_full_stop_year():
    assert find_date("March 14. 2019 9:05AM A ferry leaves the harbour")[0] == "2019-03-14"
    assert find_date("Platz 14. 2019 war es anders") is None


def test_names_before_a_newsroom():
    assert parse_byline("Von Anna Beck und Tim Roth, NDR").authors == ["Anna Beck", "Tim Roth"]
    assert split_authors("Anna Beck und Tim Roth, Hamburg", strict=True) == ["Anna Beck", "Tim Roth"]
    assert split_authors("Anna Beck und Tim Roth, Jana Muster", strict=True) == ["Anna Beck", "Tim Roth", "Jana Muster"]


def test_review_cases_that_must_not_fire():
    """Headlines that look like the chrome the readers above remove."""
    assert not photo_caption("Images by Webb telescope reveal new galaxies")
    assert not header_noise("Show more compassion, Pope urges bishops")
    assert quote_after_kicker('Museum zeigt Ausstellung „Die Welt der Dinosaurier im Wandel“') is None


def test_account_bar_check_is_fast_on_long_lines():
    """Twelve account links with wide gaps once took seconds (nested optional separators backtracked)."""
    import time

    start = time.perf_counter()
    header_noise(" ".join(["Login   Register  "] * 12) + " x")
    assert time.perf_counter() - start < 0.5
