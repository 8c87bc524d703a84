"""Stage 1, read: a seed file becomes a `Document` with decoded text.

Formats: .txt, .md (its front matter is the author's metadata), .html/.htm
(main text and metadata by trafilatura), .pdf (pypdf). Seeds are only read,
never written.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import ftfy
import yaml
from charset_normalizer import from_bytes

from briefing.model import Document

SUPPORTED = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}

# Bidi overrides and isolates can make text read differently from what it is.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)


class UnsupportedFormat(Exception):
    pass


def seed_id(file_name: str) -> str:
    """Stable URL slug from a seed's file name (never from its title)."""
    stem = Path(file_name).stem.lower()
    slug = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")
    return slug or "source"


def decode(data: bytes) -> str:
    """Bytes of unknown encoding → clean Unicode text."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            best = from_bytes(data).best()
            text = str(best) if best is not None else data.decode("cp1252", errors="replace")
    return normalise_text(text)


def normalise_text(text: str) -> str:
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_BIDI)
    # Control characters other than tab and newline carry nothing readable.
    return "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) != "Cc")


def _split_front_matter(text: str, doc: Document) -> str:
    match = re.match(r"^---\n(.*?)\n---\n?", text, re.S)
    if not match:
        return text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else None  # +1 for the opening '---', +1 for 1-based
        doc.warn(f"invalid YAML front matter ({getattr(exc, 'problem', exc)}); converted as plain text", line)
        return text[match.end():]
    if isinstance(data, dict):
        doc.declared = {str(k): v for k, v in data.items() if v is not None}
    elif data is not None:
        doc.warn("front matter is not a mapping; ignored", 2)
    return text[match.end():]


def _read_html(data: bytes, doc: Document) -> str:
    import trafilatura

    html = decode(data)
    text = trafilatura.extract(html, output_format="markdown", include_comments=False,
                               include_tables=True, include_images=False, deduplicate=True)
    meta = trafilatura.extract_metadata(html)
    if meta is not None:
        declared = {
            "title": meta.title, "date": meta.date, "publisher": meta.sitename,
            "url": meta.url, "language": getattr(meta, "language", None),
        }
        if meta.author:
            declared["authors"] = [a.strip() for a in meta.author.split(";") if a.strip()]
        doc.declared = {k: v for k, v in declared.items() if v}
    if not text:
        doc.warn("no main text found in the HTML")
        return ""
    return normalise_text(text)


def _read_pdf(path: Path, doc: Document) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, OSError) as exc:
        doc.warn(f"unreadable PDF: {exc}")
        return ""
    info = reader.metadata or {}
    title = info.get("/Title")
    if title and str(title).strip():
        doc.declared["title"] = str(title).strip()
    author = info.get("/Author")
    if author and str(author).strip():
        doc.declared["authors"] = [str(author).strip()]
    # A form feed marks each page break so that clean can rejoin split paragraphs.
    return normalise_text("\n\f\n".join(pages)).replace("\n\n\n", "\n\n")


def read_seed(path: Path) -> Document:
    """Read one seed. Raises UnsupportedFormat for files of another kind."""
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedFormat(f"{path.name}: unsupported file type {path.suffix or '(none)'!r}; skipped")
    doc = Document(id=seed_id(path.name), seed=path.name, format=fmt)
    data = path.read_bytes()
    if fmt == "pdf":
        text = _read_pdf(path, doc)
    elif fmt == "html":
        text = _read_html(data, doc)
    else:
        text = decode(data)
        if fmt == "md":
            text = _split_front_matter(text, doc)
    if not text.strip():
        doc.warn("no text in this file")
    doc.raw_text = text
    return doc


def list_seeds(folder: Path) -> tuple[list[Path], list[str]]:
    """Seed files in a folder, sorted; and messages for files that are skipped."""
    files, skipped = [], []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix.lower() in SUPPORTED:
            files.append(path)
        else:
            skipped.append(f"{path.name}: unsupported file type {path.suffix or '(none)'!r}; skipped")
    return files, skipped
