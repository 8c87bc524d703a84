"""Title rules of session 9b: a deck split by a colon under the headline, a rubric in capitals before a quotation."""

from briefing.extract.metadata.title import kicker_before, quote_after_rubric
from briefing.model import Block


def _blocks(*pairs):
    return [Block(kind=kind, text=text) for kind, text in pairs]


def test_line_over_a_deck_with_a_colon_is_the_headline():
    line, heading = _blocks(("paragraph", "Gardeners plant a thousand new trees"),
                            ("heading", "Volunteers call for more help: every street should get shade by 2030"))
    assert not kicker_before(line, [heading])


def test_label_over_a_headline_without_colon_stays_a_kicker():
    line, heading = _blocks(("paragraph", "Neues aus dem Stadtpark"),
                            ("heading", "Gärtner pflanzen tausend neue Bäume im Norden"))
    assert kicker_before(line, [heading])


def test_short_kicker_over_a_colon_heading_stays_a_kicker():
    line, heading = _blocks(("paragraph", "Aus dem Stadtpark"),
                            ("heading", "Neue Bäume: Gärtner pflanzen tausend Linden im Norden"))
    assert kicker_before(line, [heading])


def test_rubric_in_capitals_before_a_quotation_is_dropped():
    assert quote_after_rubric('NACHGEFRAGT: „Wir pflanzen jedes Jahr neue Bäume“') == "„Wir pflanzen jedes Jahr neue Bäume“"
    assert quote_after_rubric('KURZ GEFRAGT . . .: "Der Park braucht mehr Schatten"') == '"Der Park braucht mehr Schatten"'


def test_topic_or_short_subject_before_a_quotation_stays():
    assert quote_after_rubric("Stadtpark: „Wir pflanzen jedes Jahr neue Bäume“") is None  # a topic in ordinary case
    assert quote_after_rubric("UN: „Wir pflanzen jedes Jahr neue Bäume“") is None  # a short subject in capitals
    assert quote_after_rubric("INTERVIEW: „Wir pflanzen jedes Jahr neue Bäume“") is None  # a kind word, read elsewhere
    assert quote_after_rubric("NACHGEFRAGT: „Wir pflanzen“ sagt der Gärtner") is None  # more than the quotation
