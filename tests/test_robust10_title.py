"""Title robustness: a headline run into its lead on one line (a flattened page) is still found."""

from briefing.extract.metadata.title import headline_run_into_lead

LEAD = ("More than forty volunteers from the coastal town will count the birds on the island this spring, "
        "the organisers said on Tuesday.")


def test_english_headline_case_before_a_sentence_case_lead():
    text = "Volunteers to Count Rare Seabirds on Northern Island " + LEAD
    assert headline_run_into_lead(text) == ("Volunteers to Count Rare Seabirds on Northern Island", LEAD)


def test_no_cut_inside_a_lead_that_opens_on_a_name():
    # the words before the first small word are a name ('The Coastal Bird Society'), not a sentence's opening
    text = ("Volunteers to Count Rare Seabirds on Northern Island The Coastal Bird Society announced that more "
            "than forty volunteers will count the birds on the island this spring, its chair said on Tuesday.")
    assert headline_run_into_lead(text) is None


def test_no_cut_in_a_sentence_case_paragraph():
    text = ("The volunteers of the coastal town counted the birds on the island this spring and found more nests "
            "than in any year before, the organisers said on Tuesday evening.")
    assert headline_run_into_lead(text) is None


def test_an_abbreviation_point_ends_no_sentence_inside_the_headline():
    lead = ("BEISPIELSTADT – The league announced today a new award for a youth coach who makes a positive "
            "impact on the children of the region.")
    text = "League names first Jr. Coach of the Year award " + lead
    assert headline_run_into_lead(text) == ("League names first Jr. Coach of the Year award", lead)


def test_place_dateline_with_a_dash_opens_the_lead():
    lead = ("Musterstadt, Beispieldorf. – Eine rasche Umsetzung der Strategie fordert der Verband, "
            "der am Mittwoch in der Halle seine Bilanz für das vergangene Jahr vorgestellt hat.")
    text = "Verband lädt zur Jahrespressekonferenz " + lead
    assert headline_run_into_lead(text) == ("Verband lädt zur Jahrespressekonferenz", lead)


def test_a_dash_inside_a_sentence_is_no_dateline():
    text = ("Der Verband lädt zur Konferenz in Musterstadt – ein Treffen, das in der Halle stattfindet und bei dem "
            "die Mitglieder über die Bilanz des vergangenen Jahres sprechen werden.")
    assert headline_run_into_lead(text) is None


# --- a scraper's date prefix opens the text even under a site's breadcrumb --------------------------------

from test_metadata import LONG, converted  # noqa: E402

_PREFIXED = " date 2031-05 Quelle: Beispielagentur\n\n" + LONG + "\n\n" + LONG + "\n"


def test_date_prefix_read_under_a_breadcrumb():
    doc = converted("Verein › Neuigkeiten › Berichte\n\n" + _PREFIXED)
    assert doc.meta.date == "2031-05"


def test_date_prefix_read_on_the_first_line():
    assert converted(_PREFIXED).meta.date == "2031-05"


def test_date_prefix_under_a_paragraph_of_text_is_not_the_texts_opening():
    doc = converted(LONG + "\n\n" + _PREFIXED)
    assert doc.meta.date != "2031-05"


def test_no_headline_cut_inside_an_open_quotation():
    text = ("\"As chair, I accept Mr. Beck’s decision to retire effective March 31, 2031. I thank him for the "
            "years of service he has given to the harbour board and to the town.\" The board meets on Monday.")
    assert headline_run_into_lead(text) is None
