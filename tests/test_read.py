"""Stage 1, read: one fixture per format and encoding (tests/fixtures/formats/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.read import UnsupportedFormat, decode, list_seeds, normalise_text, read_seed, seed_id

FORMATS = Path(__file__).parent / "fixtures" / "formats"
GERMAN = ("Prof. Dr. Jürgen Müller von der Universität Tübingen sagte: „Die Größe des Modells "
          "ist nicht alles.“ Kosten: 5 € – weniger als erwartet.")


def make_pdf(path: Path, pages: list[bytes], title: str | None = None, author: str | None = None) -> Path:
    """A real PDF with a text layer: one Helvetica (WinAnsi) text object per line."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    }))
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        ops = [b"BT /F1 11 Tf 14 TL 72 770 Td"]
        for line in lines.split(b"\n"):
            escaped = line.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + escaped + b") Tj T*")
        ops.append(b"ET")
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(ops))
        page[NameObject("/Contents")] = writer._add_object(stream)
    meta = {}
    if title:
        meta["/Title"] = title
    if author:
        meta["/Author"] = author
    if meta:
        writer.add_metadata(meta)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


# --- plain text and its encodings --------------------------------------------------------

@pytest.mark.parametrize("name", ["utf8.txt", "utf8_bom_crlf.txt", "utf16.txt", "cp1252.txt"])
def test_txt_encodings_decode_to_the_same_text(name):
    doc = read_seed(FORMATS / name)
    assert doc.format == "txt"
    assert doc.raw_text == "Pressemitteilung\n\n" + GERMAN + "\n"
    assert "\r" not in doc.raw_text and "\ufeff" not in doc.raw_text
    assert doc.diagnostics == []


def test_fixture_bytes_really_are_in_their_encodings():
    """Guard: the fixtures must stay what their names say (an editor may re-save them)."""
    assert (FORMATS / "utf8_bom_crlf.txt").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in (FORMATS / "utf8_bom_crlf.txt").read_bytes()
    assert (FORMATS / "utf16.txt").read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    raw = (FORMATS / "cp1252.txt").read_bytes()
    assert b"\x84" in raw and b"\x80" in raw  # „ and € in cp1252
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


def test_latin1_is_detected():
    doc = read_seed(FORMATS / "latin1.txt")
    assert doc.raw_text == "Straße und Fußgänger: Ökonomie der KI, sagte Jürgen Müller.\n"


def test_short_cp1252_is_not_taken_for_an_exotic_codepage():
    # Unrestricted detection reads these five bytes as cp1006 (Urdu).
    assert decode("Grüße".encode("cp1252")) == "Grüße"
    assert decode("Café à la carte, señor".encode("cp1252")) == "Café à la carte, señor"


def test_utf16_without_bom_is_detected():
    assert decode("Grüße aus Tübingen\n".encode("utf-16-le")) == "Grüße aus Tübingen\n"
    assert decode("Grüße aus Tübingen\n".encode("utf-16-be")) == "Grüße aus Tübingen\n"


def test_mojibake_is_repaired_and_curly_quotes_are_kept():
    doc = read_seed(FORMATS / "mojibake.txt")
    assert doc.raw_text == "Für die Universität Tübingen – „Größe“ zählt.\n"


def test_control_characters_and_bidi_overrides_are_removed():
    doc = read_seed(FORMATS / "controls.txt")
    assert doc.raw_text == "Zeile eins\nevil Text mit Nullraum und Informatik\n"
    assert not any(ch in doc.raw_text for ch in "\x00\x07\x1b\u202e\u202c\u200b\u00ad")


def test_line_ends_are_normalised():
    assert normalise_text("a\r\nb\rc\u2028d\u2029e") == "a\nb\nc\nd\n\ne"


def test_tabs_newlines_and_page_breaks_survive():
    assert normalise_text("Begriff\tBedeutung\n\f\nSeite 2") == "Begriff\tBedeutung\n\f\nSeite 2"


# --- Markdown with front matter ----------------------------------------------------------

def test_markdown_front_matter_is_declared_metadata():
    doc = read_seed(FORMATS / "front_matter.md")
    assert doc.format == "md"
    assert doc.declared == {
        "title": "Autorentitel: DeepSeek im Gespräch",
        "date": "2025-02-03",            # a YAML date becomes an ISO string
        "authors": "Anna Beispiel",       # 'author' is read as 'authors'
        "publisher": "Beispiel-Verlag",
        "keywords": ["KI", "DeepSeek"],
    }
    assert doc.raw_text.startswith("# Eine Überschrift im Text")
    assert "---" not in doc.raw_text
    assert doc.diagnostics == []


def test_invalid_front_matter_is_reported_with_file_and_line_and_body_still_read():
    doc = read_seed(FORMATS / "bad_front_matter.md")
    assert doc.declared == {}
    assert len(doc.diagnostics) == 1
    diag = doc.diagnostics[0]
    assert diag.file == "bad_front_matter.md"
    assert diag.line == 2  # the unclosed quote of 'title: "Ein Titel'
    assert "invalid YAML" in diag.message
    assert str(diag).startswith("bad_front_matter.md:2: ")
    assert "Der Text wird trotzdem gelesen." in doc.raw_text


def test_front_matter_that_is_never_closed_is_reported(tmp_path):
    path = tmp_path / "open.md"
    path.write_text("---\ntitle: x\n\nText ohne Ende der Kopfdaten.\n", encoding="utf-8")
    doc = read_seed(path)
    assert doc.declared == {}
    assert doc.diagnostics and doc.diagnostics[0].line == 1
    assert "Text ohne Ende" in doc.raw_text


def test_front_matter_that_is_not_a_mapping_is_ignored(tmp_path):
    path = tmp_path / "list.md"
    path.write_text("---\n- a\n- b\n---\nText\n", encoding="utf-8")
    doc = read_seed(path)
    assert doc.declared == {} and doc.raw_text == "Text\n"
    assert "not a mapping" in doc.diagnostics[0].message


def test_markdown_without_front_matter_is_plain_text(tmp_path):
    path = tmp_path / "plain.md"
    path.write_text("# Titel\n\nText --- mit Strichen.\n", encoding="utf-8")
    doc = read_seed(path)
    assert doc.declared == {} and doc.raw_text == "# Titel\n\nText --- mit Strichen.\n"


# --- HTML --------------------------------------------------------------------------------

def test_html_main_text_without_navigation_and_footer():
    doc = read_seed(FORMATS / "page.html")
    assert doc.format == "html"
    text = doc.raw_text
    assert "Das chinesische Start-up DeepSeek" in text
    assert "„Die eigentliche Neuerung liegt im Training mit verstärkendem Lernen“" in text
    for boilerplate in ("Startseite", "Studium", "Impressum", "Datenschutz", "Alle Rechte vorbehalten"):
        assert boilerplate not in text


def test_html_metadata_is_declared():
    doc = read_seed(FORMATS / "page.html")
    assert doc.declared["title"] == "KI-Forschung: Was DeepSeek anders macht"
    assert doc.declared["date"] == "2025-01-30"
    assert doc.declared["authors"] == ["Erika Mustermann"]
    assert doc.declared["publisher"] == "Beispiel-Universität"
    assert doc.declared["url"] == "https://www.example.org/presse/deepseek/"
    assert doc.declared["language"] == "de"


def test_html_in_cp1252_uses_its_declared_charset(tmp_path):
    html = (FORMATS / "page.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1252"')
    path = tmp_path / "alt.htm"
    path.write_bytes(html.encode("cp1252"))
    doc = read_seed(path)
    assert "„Die eigentliche Neuerung" in doc.raw_text and "überrascht" in doc.raw_text


def test_tiny_html_keeps_its_text(tmp_path):
    path = tmp_path / "tiny.html"
    path.write_text("<html><body><p>Kurz: Prof. Dr. Jana Beispiel sagte etwas.</p></body></html>", encoding="utf-8")
    doc = read_seed(path)
    assert "Jana Beispiel" in doc.raw_text


# --- PDF ---------------------------------------------------------------------------------

def test_pdf_text_pages_and_metadata(tmp_path):
    path = make_pdf(tmp_path / "folien.pdf", [
        "Im Fokus: DeepSeek\nDie Universität prüft das Modell.".encode("cp1252"),
        "Seite zwei: Größe und Kosten – 5 €".encode("cp1252"),
    ], title="Im Fokus: DeepSeek", author="Klaus Beispiel")
    doc = read_seed(path)
    assert doc.format == "pdf"
    assert "Im Fokus: DeepSeek" in doc.raw_text
    assert "Die Universität prüft das Modell." in doc.raw_text
    assert "Seite zwei: Größe und Kosten – 5 €" in doc.raw_text
    assert doc.raw_text.count("\f") == 1  # one page break, marked for clean
    assert doc.raw_text.index("Universität") < doc.raw_text.index("\f") < doc.raw_text.index("Seite zwei")
    assert doc.declared == {"title": "Im Fokus: DeepSeek", "authors": ["Klaus Beispiel"]}
    assert doc.diagnostics == []


def test_pdf_file_name_title_is_not_declared(tmp_path):
    path = make_pdf(tmp_path / "x.pdf", [b"Text"], title="Microsoft Word - Entwurf_v3.docx")
    assert "title" not in read_seed(path).declared


def test_broken_pdf_is_reported_not_raised(tmp_path):
    path = tmp_path / "kaputt.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not a pdf at all")
    doc = read_seed(path)
    assert doc.raw_text == ""
    assert doc.diagnostics


def test_pdf_without_text_layer_is_reported(tmp_path):
    path = make_pdf(tmp_path / "scan.pdf", [b""])
    doc = read_seed(path)
    assert doc.raw_text.strip() == ""
    assert any("no text" in d.message for d in doc.diagnostics)


# --- other files -------------------------------------------------------------------------

def test_unsupported_format_raises():
    with pytest.raises(UnsupportedFormat, match="notes.docx"):
        read_seed(FORMATS / "notes.docx")


def test_list_seeds_skips_and_reports_other_files(tmp_path):
    for name in ("b.txt", "a.md", "c.PDF", "d.htm", "e.html", "f.docx", "g", ".hidden.txt"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    files, skipped = list_seeds(tmp_path)
    assert [p.name for p in files] == ["a.md", "b.txt", "c.PDF", "d.htm", "e.html"]
    assert skipped == [("f.docx", "unsupported file type '.docx'; skipped"), ("g", "unsupported file type '(none)'; skipped")]


def test_empty_file_is_reported(tmp_path):
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    doc = read_seed(path)
    assert doc.raw_text == "" and doc.diagnostics[0].message == "no text in this file"


def test_seed_id_is_a_stable_slug_of_the_file_name():
    assert seed_id("000_d47760217372a6ea.txt") == "000-d47760217372a6ea"
    assert seed_id("Über KI – Interview.PDF") == "ueber-ki-interview"
    assert seed_id("!!!.txt") == "source"


def test_mojibake_from_two_code_pages_is_repaired():
    # As stored from a scraped repost (tests/fixtures/eval/013_…): ftfy alone leaves "ā€˜".
    assert (normalise_text("DeepSeekā€™s debut a ā€˜Sputnik moment for AI.ā€™")
            == "DeepSeek’s debut a ‘Sputnik moment for AI.’")
    assert normalise_text("Preis: 5 â‚¬") == "Preis: 5 €"


def test_binary_data_is_reported_not_converted(tmp_path):
    import random

    from briefing.read import UnsupportedFormat, looks_like_text, read_seed

    junk = tmp_path / "junk.txt"
    junk.write_bytes(random.Random(7).randbytes(3000))
    with pytest.raises(UnsupportedFormat, match="junk.txt: not readable text"):
        read_seed(junk)
    assert looks_like_text("Die Expert*innen der TU Berlin (BIFOLD) sagten: „DeepSeek – 5,6 Mio. $?“")
