"""The shared sentence splitter (`briefing.text`)."""

from briefing.text import mask_quotations, split_sentences


def test_titles_initials_and_abbreviations_end_no_sentence():
    assert split_sentences("Kurz gefragt bei Prof. Dr. Eva Linde. Sie forscht z.B. an Sternen.") == [
        "Kurz gefragt bei Prof. Dr. Eva Linde.", "Sie forscht z.B. an Sternen."]
    assert split_sentences("J. D. Miller said so. Then he left.") == ["J. D. Miller said so.", "Then he left."]


def test_a_full_stop_inside_quotation_marks_ends_no_sentence():
    text = "Sie sagte: „Das ist neu. Und gut.“ Dann ging sie."
    assert split_sentences(text) == ["Sie sagte: „Das ist neu. Und gut.“", "Dann ging sie."]
    masked, spans = mask_quotations(text)
    assert len(masked) == len(text) and spans[0][2] == "Das ist neu. Und gut."


def test_strip_emphasis_removes_nested_emphasis_around_the_whole_text():
    from briefing.text import strip_emphasis

    assert strip_emphasis(" **_Titel der Seite_** ") == "Titel der Seite"
    assert strip_emphasis("**fett** und normal") == "**fett** und normal"


def test_doubled_text_gives_the_words_once():
    from briefing.text import doubled_text

    assert doubled_text("Neue Brücke eröffnet Neue Brücke eröffnet") == "Neue Brücke eröffnet"
    assert doubled_text("Musterverlag Musterverlag") is None  # fewer than four words
    assert doubled_text("Musterverlag Musterverlag", min_words=2) == "Musterverlag"
