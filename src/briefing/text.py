"""Text helpers shared by the stages: quotations, sentences, emphasis and doubled text.

One sentence splitter for the whole pipeline, so that a title, a summary and a quote agree on
where a sentence ends: a full stop after an abbreviation, a title or an initial ("Prof. Dr.",
"J. D.", "z.B.") or inside quotation marks ends none.
"""

from __future__ import annotations

import re

# Photo captions and credits ('Foto: Anna Beck', '(Bild: Agentur)', 'v.l.n.r.', '©'): structure keeps them from
# heading a text, the title reader skips them, and a name there is a picture's subject or photographer, never a source.
# The opening of a group photo's caption: 'v.l.n.r.', 'von links', 'from left', 'left to right'.
CAPTION_ORDER = r"\(?(?:v\.\s?l\.(?:\s?n\.\s?r\.)?|von links|von rechts|from left|l\.\s?to\s?r\.|left to right)\b"
CAPTION = re.compile(
    r"^\s*(?:\[?(?:Foto|Fotos|Bild|Bilder|Bildquelle|Bildnachweis|Abbildung|Abb\.|Photo|Photos|Image|Picture|"
    rf"Pictured|Credit|Photo credit|Copyright)\b\s*[:(]|{CAPTION_ORDER})|"
    r"[(\[]\s*(?:Foto|Bild|Photo|Image|Credit|Bildquelle)\s*:|©|\(c\)\s|\bBildunterschrift\b|"
    r"^\s*(?:Porträt|Portrait|Profil|Profile)?(?:foto|bild|photo|picture|aufnahme)\s+(?:von|of)\s|"
    r"\b(?:Foto|Fotos|Bild|Photo|Photos|Credit)\s*:\s*[^.:]{2,60}$", re.I)


# A quotation in any of the marks German and English texts use: „…“, »…«, «…», “…”, "…", ‚…‘,
# and a quotation opened after a colon that runs to the end of the text.
QUOTATION = re.compile(r"„(?P<a>[^“”\"„]{2,}?)[“”\"]|»(?P<b>[^«»]{2,}?)«|«(?P<c>[^«»]{2,}?)»|“(?P<d>[^“”]{2,}?)”|"
                       r"(?<![\w])\"(?P<e>[^\"]{2,}?)\"|‚(?P<f>[^‚‘’]{2,}?)[‘’]|"
                       r"(?<=:\s)„(?P<g>[^“”\"„]{12,})$")
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"“”»«'’)]*\s+(?=[A-ZÄÖÜ0-9„»\"“‚(_])|(?<=[“»\"])\s+(?=[„»\"“])|\n+|"
                       r"(?<=_)\s+(?=[A-ZÄÖÜ])")
# Before a full stop that ends no sentence: an initial, a title, an abbreviation, an ordinal ('30. Januar').
_ABBREVIATION_BEFORE = re.compile(r"(?:\b[A-Z]|\b[a-z]|Dr|Prof|Ing|bzw|ca|Nr|St|vgl|z\.B|h\.c|Mr|Mrs|Ms|Jr|Sr|Dipl|"
                                  r"Univ|Hon|Inc|Co|Ltd|vs|No|Mio|Mrd|Tsd|usw|etc|u\.a|d\.h|z\.T|ggf|evtl|Jan|Feb|"
                                  r"Abb|med|rer|nat|phil|jur|oec|habil|dent|vet|pol|theol|Priv|Doz|(?<![\d.,])\d{1,2})\.$")


# Words no line or sentence stops on unless it goes on: articles, prepositions, conjunctions (German and
# English). `structure` joins hard-wrapped lines after them; `clean` keeps a headline open on one from a page break.
OPEN_END_WORDS = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und",
                  "oder", "sowie", "von", "vom", "zu", "zum", "zur", "mit", "auf", "aus", "in", "im", "an", "am", "für",
                  "über", "bei", "nach", "durch", "gegen", "um", "als", "wie", "dass", "the", "a", "an", "of", "and", "or",
                  "to", "on", "at", "for", "with", "by", "from", "into", "that", "as")


def mask_quotations(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text with every quotation replaced by '_' (same length), and the quotations as
    (start, end, inner text)."""
    spans = []
    masked = list(text)
    for m in QUOTATION.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        spans.append((m.start(), m.end(), inner.strip()))
        for i in range(m.start(), m.end()):
            masked[i] = "_"
    return "".join(masked), spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence."""
    masked, _ = mask_quotations(text)
    out, start = [], 0
    # (a quotation after a full stop, masked as "_", starts a sentence too: "… wissen. „Schwierig“, so X.")
    for m in _BOUNDARY.finditer(masked):
        if _ABBREVIATION_BEFORE.search(masked[max(0, m.start() - 6):m.start()]):
            continue
        if masked[m.start() - 1] == "_" and text[max(0, m.start() - 2)] not in ".!?…":
            continue  # after a quotation only when it closed with its own full stop ('… gut.“ Dann …')
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def split_sentences(text: str) -> list[str]:
    """The sentences of a text, stripped."""
    return [text[s:e].strip() for s, e in sentence_spans(text)]


def strip_emphasis(text: str) -> str:
    """'**_Titel_**' → 'Titel': the Markdown emphasis around a whole text, however deep."""
    text = text.strip()
    while re.fullmatch(r"(\*\*|__)(.+)\1", text) or re.fullmatch(r"([*_])(.+)\1", text):
        text = re.sub(r"^(\*\*|__|[*_])(.+)\1$", r"\2", text).strip()
    return text


def doubled_text(text: str, min_words: int = 4) -> str | None:
    """A text that says the same words twice ('Titel der Seite Titel der Seite', an image's alt
    and title text scraped together) → the words once, else None.

    min_words: how many words the doubled text must have at least.
    """
    words = text.split()
    n = len(words)
    if n >= min_words and n % 2 == 0 and words[: n // 2] == words[n // 2:]:
        return " ".join(words[: n // 2])
    return None


LANGUAGES = ("de", "en")


def supported_language(language: str | None, default: str = "de") -> str:
    """The document's language where the lemmatiser and stopword lists know it, else the default."""
    return language if language in LANGUAGES else default
