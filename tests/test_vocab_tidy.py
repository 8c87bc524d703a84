"""The shared helpers and vocabularies the duplicated word lists were folded into."""

import re

from briefing.extract.metadata.text import alternation, times_printed
from briefing.extract.metadata.vocab import ADVISORY_LABELS, KIND_WORDS, PRESS_MAILBOX_NAMES
from briefing.extract.topics import lemma


def test_alternation_matches_the_longest_word_first():
    assert alternation(["press", "presse", "bi-monthly"]) == r"bi\-monthly|presse|press"
    assert re.match(rf"(?:{alternation(['press', 'presse'])})", "presse@").group() == "presse"


def test_times_printed_in_compounds_counts_a_hyphenated_name_too():
    text = "Anna Muster-Beispiel schreibt. Text: Anna Muster"
    assert times_printed("Anna Muster", text) == 1
    assert times_printed("Anna Muster", text, in_compounds=True) == 2
    assert times_printed("Muster", "Mustermann Muster", in_compounds=True) == 1


def test_lemma_of_a_word_in_capitals_only_with_capitals():
    assert lemma("HÄUSER", "de") == "haus"
    assert lemma("HÄUSER", "de", capitals=False) == "häuser"


def test_advisory_labels_are_kind_words_and_mailboxes_press_office_words():
    assert all(KIND_WORDS[label] == "press_release" for label in ADVISORY_LABELS)
    assert {"pressoffice", "mediarelations", "presse", "pr"} <= PRESS_MAILBOX_NAMES
