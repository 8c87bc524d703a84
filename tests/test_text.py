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
