"""Experts, round 2 of session 12: a show's guest named by its episode title or notes, roles that end where the
apposition ends, a post-nominal parliamentary office, a club's '-wart' officer. Invented texts only."""

from __future__ import annotations

from briefing.extract.people_lexicon import is_role_word
from briefing.extract.people_roles import _clean_role, describe_after, is_non_expert_role
from briefing.extract.people_speech import episode_guests
from briefing.model import Block, Document, SourceMeta


def _doc(raw: str, kind: str = "interview", title: str | None = None) -> Document:
    blocks = [Block(kind="paragraph", text=p.strip(), anchor=f"p{i}")
              for i, p in enumerate(raw.split("\n\n")) if p.strip()]
    return Document(id="d", seed="d.txt", format="txt", raw_text=raw, blocks=blocks,
                    meta=SourceMeta(kind=kind, title=title or raw.splitlines()[0]))


def test_episode_title_ending_on_a_name_after_with_names_the_guest():
    raw = ("Garden Talk with Hank Hollow - Episode 31: Composting at Home with Dr. Priya Fennimore\n\n"
           "Transcript\n\nWelcome back everybody, today we talk about compost heaps and worms.")
    assert episode_guests(_doc(raw)) == ["Priya Fennimore"]


def test_german_episode_title_mit_name_names_the_guest():
    raw = "#12 Unter der Erde - mit Jorinde Kalkbrenner\n\nTranskript\n\nHeute geht es um Höhlen und Stollen."
    assert episode_guests(_doc(raw)) == ["Jorinde Kalkbrenner"]


def test_host_in_conversation_with_is_no_guest_and_news_titles_are_left_alone():
    raw = "Kulturzeit im Gespräch mit Ottokar Brenneisen\n\nTranskript\n\nGuten Abend."
    assert episode_guests(_doc(raw)) == []
    # an ordinary report that ends its headline on a name: no show page, no interview
    news = "Stadtrat stimmt ab mit Bürgermeisterin Frieda Kornblum\n\nDer Rat tagte am Montag."
    assert episode_guests(_doc(news, kind="news")) == []


def test_host_announces_the_guest_in_the_show_notes():
    raw = ("Bug Hour - Episode 4\n\nIn this episode we ramble a lot. This time we are joined by Dr. Osric Pemberley."
           "\n\nTranscript\n\nhello hello")
    assert episode_guests(_doc(raw)) == ["Osric Pemberley"]
    raw_de = "Folge 9: Bienen\n\nZu Gast: Waltraud Immenhof, Imkerin aus dem Odenwald.\n\nTranskript\n\nHallo."
    assert episode_guests(_doc(raw_de)) == ["Waltraud Immenhof"]


def test_passive_agent_role_belongs_to_the_agent():
    desc = describe_after(" was welcomed at the depot by Site Manager, Tom Quill, and met the drivers.")
    assert desc is None or not desc.role
    assert describe_after(" was the head of the depot for many years.").role


def test_role_ends_before_a_coordinated_clause():
    assert _clean_role("Inhaber und zeigt dabei seine Torten") == "Inhaber"
    assert _clean_role("gelernter Ingenieur und seit 2015 beim Landesbetrieb") == "Gelernter Ingenieur"
    # coordinated roles stay whole
    assert _clean_role("Leiter und Gründer der Firma") == "Leiter und Gründer der Firma"
    assert _clean_role("Vorsitzender und Kassenwart") == "Vorsitzender und Kassenwart"


def test_a_time_before_the_role_says_when():
    assert _clean_role("seit mehr als zehn Jahren Vorsitzender") == "Vorsitzender"
    assert _clean_role("for twelve years director of the museum") == "Director of the museum"
    assert _clean_role("unter anderem Sprecher des Vereins") == "Sprecher des Vereins"


def test_post_nominal_office_is_a_political_role():
    desc = describe_after(" MP has visited the new fire station in the town.")
    assert desc.role == "Member of Parliament"
    assert is_non_expert_role(desc.role, None)
    assert describe_after(", MdB, sagte am Rande").role == "Mitglied des Bundestages"
    # 'MPs' or a word that merely starts with the letters is no office
    assert describe_after(" MPs voted on Tuesday.") is None
    assert not is_non_expert_role("member of the board", None)


def test_club_officer_in_wart_is_a_role_word():
    assert is_role_word("Jugendwart") and is_role_word("Kassenwartin")
    assert not is_role_word("Gegenwart") and not is_role_word("Wart") and not is_role_word("Sternwarte")


def test_profile_sentence_opened_by_an_article_is_no_role():
    from briefing.extract.people import _opens_with_role
    assert not _opens_with_role("The members of the club are angry.")
    assert not _opens_with_role("Die Mitglieder sind verärgert.")
    assert _opens_with_role("Stellvertretende Direktorin des Museums")


def test_a_recipes_instruction_is_no_reported_speech():
    """'Man nehme …' is the Konjunktiv I of an instruction, not what the person named before said."""
    from briefing.extract.people_speech import _reported_on
    assert not _reported_on("Man nehme zwei Eier und rühre sie um.", [])
    assert _reported_on("Es fehle an Personal.", [])
