"""Stage 1, read: a seed file becomes a `Document` with decoded text.

Formats: .txt, .md (its front matter is the author's metadata), .html/.htm
(main text and metadata by trafilatura), .pdf (pypdf). Seeds are only read,
never written.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from pathlib import Path

import ftfy
import yaml
from charset_normalizer import from_bytes

from briefing.model import Document
from briefing.slugs import slug

SUPPORTED = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}

# Bidi overrides and isolates can make text read differently from what it is.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)


class UnsupportedFormat(Exception):
    """A seed this reader cannot convert; `reason` says why, without the file name."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file, self.reason = file, reason


def seed_id(file_name: str) -> str:
    """Stable URL slug from a seed's file name (never from its title)."""
    return slug(Path(file_name).stem, fallback="source")


# Encodings tried for bytes that are not UTF-8. Detection is restricted to Western
# encodings: on short German texts an unrestricted guess picks e.g. cp1006 (Urdu).
_LEGACY = ["cp1252", "latin_1", "iso8859_15"]


def decode(data: bytes) -> str:
    """Bytes of unknown encoding → clean Unicode text.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM when every other
    byte is NUL, else cp1252 / latin-1 as charset-normalizer detects them.
    """
    return normalise_text(_decode_bytes(data))


def _decode_bytes(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    bare_utf16 = _bare_utf16(data)
    if bare_utf16:
        return data.decode(bare_utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def _bare_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'-be' for UTF-16 without a BOM (mostly-Latin text: every other byte NUL)."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


# Invisible characters that only get in the way of reading and searching: byte-order
# marks inside the text, zero-width spaces, soft hyphens, directional marks.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u00ad\u200e\u200f\u061c"), None)
_LINE_BREAKS = {ord("\u2028"): "\n", ord("\u2029"): "\n\n", ord("\x0b"): "\n"}


# What ftfy leaves: UTF-8 punctuation (E2 80 xx: ‘ ’ “ ” – — …) read through two different
# single-byte code pages in one text, e.g. "ā€˜" (E2 via cp1257, 98 via cp1252).
_MOJIBAKE_PUNCT = re.compile("[\u00e2\u0101]\u20ac(.)")


def _fix_punct(match: re.Match) -> str:
    for codepage in ("cp1252", "cp1257"):
        try:
            char = (b"\xe2\x80" + match.group(1).encode(codepage)).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if unicodedata.category(char).startswith("P"):
            return char
    return match.group(0)


def normalise_text(text: str) -> str:
    """Repair mojibake (ftfy; curly quotes kept), normalise line ends to \\n, and drop NUL,
    control characters, bidi overrides and other invisible characters. Tabs, newlines
    and form feeds (page breaks, which `clean` uses) stay."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=False)
    text = _MOJIBAKE_PUNCT.sub(_fix_punct, text)
    text = text.translate(_LINE_BREAKS).translate(_BIDI).translate(_INVISIBLE)
    return "".join(ch for ch in text if ch in "\t\n\f" or unicodedata.category(ch) != "Cc")


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S | re.M)
# Keys an author may use for the fields the pipeline knows.
_KEY_ALIASES = {"author": "authors", "autor": "authors", "autoren": "authors", "tags": "keywords",
                "titel": "title", "datum": "date", "source": "url", "link": "url", "lang": "language"}


def _split_front_matter(text: str, doc: Document) -> str:
    """Take the YAML front matter of a Markdown file into `doc.declared`; return the body.

    Invalid YAML is reported with its line in the file, and the body is still converted.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        if re.match(r"---[ \t]*\n", text):
            doc.warn("front matter opened with '---' is never closed; read as plain text", 1)
        return text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        # Point at where the broken construct starts (an unclosed quote or bracket) if YAML
        # says so, else where it noticed the problem. +1 for the opening '---', +1 for 1-based.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else None
        what = "; ".join(str(p) for p in (getattr(exc, "context", None), getattr(exc, "problem", None)) if p)
        doc.warn(f"invalid YAML front matter ({what or str(exc).splitlines()[0]}); "
                 "metadata ignored, body converted as text", line)
        return text[match.end():]
    if isinstance(data, dict):
        declared = {}
        for key, value in data.items():
            key = str(key).strip().lower()
            key = _KEY_ALIASES.get(key, key)
            if value is None or value == "" or value == []:
                continue
            if isinstance(value, (dt.date, dt.datetime)):
                value = value.isoformat()[:10]
            declared[key] = value
        doc.declared = declared
    elif data is not None:
        doc.warn("front matter is not a mapping of keys to values; ignored", 2)
    return text[match.end():]


def _html_charset(data: bytes) -> str | None:
    """The encoding an HTML file declares in its first bytes, if Python knows it."""
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _html_lang(html: str) -> str | None:
    match = re.search(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})\b", html[:4096], re.I)
    return match.group(1).lower() if match else None


def _decode_html(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        charset = _html_charset(data)
        if charset and charset not in ("utf-8", "utf-16", "utf-32"):
            return normalise_text(data.decode("cp1252" if charset == "iso8859-1" else charset, errors="replace"))
    return decode(data)


def _read_html(data: bytes, doc: Document) -> str:
    """Main text (as Markdown) and metadata of a web page, by trafilatura, offline."""
    import trafilatura

    html = _decode_html(data)
    text = trafilatura.extract(html, output_format="markdown", include_comments=False,
                               include_tables=True, include_images=False, deduplicate=True,
                               favor_recall=True)
    if not text:  # a page too small for the main-text heuristics: keep all its text
        text = trafilatura.html2txt(html)
    # Not the extensive search: a date guessed from anywhere in the page is not a stated date.
    meta = trafilatura.extract_metadata(html, extensive=False,
                                        date_config={"extensive_search": False, "original_date": True})
    if meta is not None:
        declared = {
            "title": meta.title, "date": meta.date, "publisher": meta.sitename,
            "url": meta.url, "language": meta.language or _html_lang(html), "summary": meta.description,
        }
        if meta.author:
            declared["authors"] = [a.strip() for a in meta.author.split(";") if a.strip()]
        if meta.tags:
            declared["keywords"] = list(meta.tags)
        doc.declared = {k: v.strip() if isinstance(v, str) else v for k, v in declared.items() if v}
    if not text or not text.strip():
        doc.warn("no main text found in the HTML")
        return ""
    return normalise_text(text)


# PDF producers put file names and placeholders into the title field.
_JUNK_PDF_TITLE = re.compile(r"^(untitled|unbenannt|microsoft (word|powerpoint) - .*|.*\.(docx?|pptx?|odt|indd|pdf|tex))$", re.I)


def _read_pdf(path: Path, doc: Document) -> str:
    """Text of every page, pages separated by a form feed; title and author from the PDF info."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            doc.warn("encrypted PDF; text could not be read")
            return ""
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except (PdfReadError, ValueError, OSError, KeyError, TypeError) as exc:
        doc.warn(f"unreadable PDF: {exc}")
        return ""
    title = str(info.get("/Title") or "").strip()
    if title and not _JUNK_PDF_TITLE.match(title):
        doc.declared["title"] = title
    author = str(info.get("/Author") or "").strip()
    if author:
        doc.declared["authors"] = [a.strip() for a in re.split(r";|\band\b|\bund\b", author) if a.strip()]
    if not any(p.strip() for p in pages):
        doc.warn("the PDF has no text layer (scanned?); nothing to convert")
    # A form feed marks each page break so that clean can rejoin split paragraphs.
    text = normalise_text("\n\f\n".join(p.strip("\n") for p in pages))
    return re.sub(r"\n{3,}", "\n\n", text)


def read_seed(path: Path) -> Document:
    """Read one seed. Raises UnsupportedFormat for files of another kind."""
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedFormat(path.name, f"unsupported file type {path.suffix or '(none)'!r}; skipped")
    doc = Document(id=seed_id(path.name), seed=path.name, format=fmt)
    data = path.read_bytes()
    if fmt == "pdf":
        text = _read_pdf(path, doc)
    elif fmt == "html":
        text = _read_html(data, doc)
    else:
        text = decode(data)
        if not looks_like_text(text):
            raise UnsupportedFormat(path.name, "not readable text (binary data or an unknown encoding); skipped")
        if fmt == "md":
            text = _split_front_matter(text, doc)
    if not text.strip():
        doc.warn("no text in this file")
    doc.raw_text = text
    return doc


def looks_like_text(text: str, sample: int = 20000) -> bool:
    """Text of a natural language is mostly letters, digits, spaces and common punctuation;
    binary data decoded as cp1252 is not (about half of it is symbols)."""
    chunk = text[:sample]
    if not chunk.strip():
        return True  # empty files are reported as "no text" instead
    readable = sum(1 for ch in chunk if ch.isalnum() or ch.isspace() or ch in ".,;:!?-–—'\"„“”‚‘’«»()[]/&%*#+@_")
    return readable / len(chunk) >= 0.85


def list_seeds(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Seed files in a folder, sorted; and (file name, reason) for files that are skipped."""
    files, skipped = [], []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix.lower() in SUPPORTED:
            files.append(path)
        else:
            skipped.append((path.name, f"unsupported file type {path.suffix or '(none)'!r}; skipped"))
    return files, skipped
