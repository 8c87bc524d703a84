"""scripts/robustness.py: each perturbation keeps what a reader learns (the words, the front matter) and
changes only the form it names; the script refuses sealed sets."""

from __future__ import annotations

import re

import pytest

from script_module import load_script

robustness = load_script("robustness")

TEXT = ("Neue Studie zu Bienen\n\nVon Anna Beck\n12. März 2024\n\n"
        "„Die Völker sind stark“, sagte **Prof. Dr. Tim Roth** von der Universität Beispielstadt, die seit Jahren "
        "Bienenvölker in drei Regionen beobachtet und deren Verluste über jeden Winter zählt.\n\n"
        "## Ergebnisse\n\nDie Forschenden fanden weniger Verluste als erwartet.\n")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


ADDING = ("pdf_pages", "site_menu", "site_footer", "breadcrumb", "header_chrome", "photo_caption", "date_reformatted",
          "unknown_first_names", "no_titles")


@pytest.mark.parametrize("name", [n for n in robustness.PERTURBATIONS if n not in ADDING])
def test_perturbation_keeps_the_words(name):
    assert _words(robustness.perturb(TEXT, name, "de")) == _words(TEXT)


def test_menu_and_footer_are_added_in_the_documents_language():
    menu, footer = robustness.perturb(TEXT, "site_menu", "de"), robustness.perturb(TEXT, "site_footer", "de")
    assert menu.endswith("\n\n" + TEXT) and menu.split("\n")[0] in ("Startseite", "Home", "Politik", "Menü")
    assert footer.startswith(TEXT.rstrip()) and footer.rstrip().endswith("Impressum | Datenschutz | Cookie-Einstellungen")
    assert robustness.perturb(TEXT, "site_menu", "en").split("\n")[0] in ("Home", "World", "Menu")
    menus = {robustness.perturb(TEXT + "x" * n, "site_menu", "de").split("\n")[0] for n in range(20)}
    assert len(menus) > 1  # the menu varies with the document


def test_each_perturbation_changes_only_its_form():
    p = robustness.perturb
    assert "\n\n" not in p(TEXT, "single_newlines", "de")
    assert "Von Anna Beck\n\n12. März 2024" in p(TEXT, "blank_between_lines", "de")
    assert "Von Anna Beck 12. März 2024" in p(TEXT, "joined_lines", "de")
    qa = "Wie geht es den Bienen?\nGut, sagt die Forscherin.\nUnd im Winter?\nAuch gut."
    assert p(qa, "joined_lines", "de").strip() == qa  # where a sentence ends, the lines stay apart
    assert max(map(len, p(TEXT, "hard_wrapped", "de").split("\n"))) <= 72
    assert "**" not in p(TEXT, "no_markup", "de") and "## " not in p(TEXT, "no_markup", "de")
    assert "\r\n" in p(TEXT, "crlf_trailing", "de") and "Dr.\u00a0Tim" in p(TEXT, "crlf_trailing", "de")
    assert '"Die Völker sind stark"' in p(TEXT, "straight_quotes", "de")


def test_pdf_pages_hyphenates_line_ends_and_numbers_pages():
    long = " ".join(f"Befund {i * 7}: Die Forschungsergebnisse der Arbeitsgruppe zeigen Wirkungen." for i in range(100))
    pdf = robustness.perturb(long, "pdf_pages", "de")
    lines = pdf.split("\n")
    assert max(map(len, lines)) <= 64
    assert any(re.search(r"[a-zäöüß]-$", line) for line in lines)  # a word split at a line's end
    assert "\n\n1\n\n" in pdf and "\n\n2\n\n" in pdf  # the page numbers, on lines of their own
    unsplit = re.sub(r"-\n", "", re.sub(r"\n\n\d+\n\n", "\n", pdf))
    assert _words(unsplit) == _words(long)  # nothing else changed
    assert robustness.perturb(TEXT, "pdf_pages", "de").startswith("Neue Studie zu Bienen\n\nVon Anna Beck\n")


def test_front_matter_is_kept_as_written():
    text = "---\ntitle: Eigener Titel\nauthors:\n  - Anna Beck\n---\n" + TEXT
    for name in robustness.PERTURBATIONS:
        assert robustness.perturb(text, name, "de").startswith("---\ntitle: Eigener Titel\nauthors:\n  - Anna Beck\n---\n")


def test_sealed_sets_are_refused(monkeypatch):
    monkeypatch.setitem(robustness.evaluate.GROUPS, "tuned", lambda: ["seeds"])
    with pytest.raises(SystemExit):
        robustness.main(["--set", "holdout14"])


GOLD = {"language": "de", "title": "Neue Studie zu Bienen", "date": "2024-03-12"}


def test_header_chrome_and_caption_go_under_the_headline():
    for name, line in (("header_chrome", "Teilen | Drucken | Mailen"), ("photo_caption", "Foto: Lena Beispiel")):
        lines = robustness.perturb(TEXT, name, GOLD).split("\n")
        assert lines[0] == "Neue Studie zu Bienen" and any(line in x for x in lines[1:4]), name
    assert robustness.perturb(TEXT, "header_chrome", {"language": "de", "title": None}) == TEXT
    assert robustness.perturb(TEXT, "breadcrumb", GOLD).startswith("Startseite › Aktuelles")


@pytest.mark.parametrize("printed, other", [
    ("12. März 2024", "12.03.2024"), ("12.03.2024", "12. März 2024"), ("March 12, 2024", "12 March 2024"),
    ("12 March 2024", "March 12, 2024"), ("2024-03-12", "12. März 2024"),
])
def test_the_gold_date_is_printed_in_another_form(printed, other):
    text = f"Neue Studie zu Bienen\n\nVon Anna Beck, {printed}\n\nDer Text."
    assert robustness.perturb(text, "date_reformatted", GOLD) == text.replace(printed, other)
    assert robustness.perturb(text, "date_reformatted", {**GOLD, "date": "2024-03"}) == text  # month precision: kept


def test_people_get_first_names_the_gazetteer_does_not_know():
    from briefing.extract.metadata.names import known_first_name

    gold = {"language": "en", "experts": [{"name": "Lewis Tunstall"}, {"name": "Mark A. Bossie"}], "authors": ["Anna Beck"]}
    text = "By Anna Beck\n\nLewis Tunstall, a scientist, said so. Tunstall added more. Mark A. Bossie agreed; Mark is a word."
    new, renames = robustness.perturb_with_renames(text, "unknown_first_names", gold)
    assert set(renames) == {"Lewis Tunstall", "Mark A. Bossie", "Anna Beck"}
    assert all(not known_first_name(n.split()[0]) for n in renames.values())
    assert "Tunstall added more" in new and "Mark is a word" in new  # only whole names are renamed
    assert renames["Lewis Tunstall"] in new and "Lewis" not in new
    renamed = robustness.renamed_gold(gold, renames)
    assert renamed["experts"][0]["name"] == renames["Lewis Tunstall"] and renamed["authors"] == [renames["Anna Beck"]]


def test_titles_before_the_golds_people_are_dropped():
    gold = {"language": "de", "experts": [{"name": "Tim Roth"}], "authors": ["Anna Beck"]}
    text = "Von Dr. Anna Beck\n\n„Gut“, sagte Prof. Dr. Tim Roth. Frau Dr. Lisa Muster und Herr Roth stimmten zu."
    assert robustness.perturb(text, "no_titles", gold) == \
        "Von Anna Beck\n\n„Gut“, sagte Tim Roth. Frau Dr. Lisa Muster und Herr Roth stimmten zu."
    # a title inside a compound is no title ('Germanistik-Professor Tim Roth')
    assert robustness.perturb("Germanistik-Professor Tim Roth sagte das.", "no_titles", gold) == "Germanistik-Professor Tim Roth sagte das."
