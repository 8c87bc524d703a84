"""Title robust to joined lines: a numbered menu run onto one line, a name and a date run into one heading."""

from briefing.extract.metadata.title import header_noise, name_then_date, title_follows
from briefing.model import Block


def test_numbered_items_run_together_are_navigation():
    assert header_noise("1. Startseite 2. Nachrichten 3. Umwelt & Natur 4. Neue Vögel am Weiher gezählt")
    assert header_noise("1. Skip to content 2. Skip to main menu 3. More from the Example Herald Science")


def test_a_headline_with_numbers_is_no_navigation():
    assert not header_noise("10. Marathon am Stausee: 3. Platz für Läuferin aus Beispielstadt")
    assert not header_noise("1. FC Musterstadt gewinnt das Derby gegen den SV Beispiel")
    assert not header_noise("1. Startseite 3. Umwelt 2. Nachrichten")  # not counted in order


def test_name_then_date():
    assert name_then_date("Jana Beispiel 4. März 2019")
    assert name_then_date("Tom Muster March 4, 2019 10:15")
    assert not name_then_date("Neue Brücke eröffnet 4. März 2019")
    assert not name_then_date("Jana Beispiel")


def test_headline_over_a_name_and_date_heading_is_no_kicker():
    under = [Block(kind="heading", text="Jana Beispiel 4. März 2019"),
             Block(kind="paragraph", text="Die Stadt zählt mehr Vögel am Weiher als im Vorjahr."),
             Block(kind="paragraph", text="Neue Zählung zeigt seltene Arten am Weiher")]
    assert not title_follows(under)
    under[0] = Block(kind="heading", text="Neue Vögel am Weiher gezählt")
    assert title_follows(under)
