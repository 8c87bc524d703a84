"""Last extract step: front-matter values that a seed declared itself (or extraction produced)
must be of the documented form; anything else is reported with the file and dropped, so one
odd value never breaks the pages of the whole site."""

from __future__ import annotations

import re
from typing import get_args

from briefing.model import Document, Kind

ISO_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
KINDS = set(get_args(Kind))


def _one_line(value) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def validate_metadata(doc: Document) -> Document:
    meta = doc.meta
    if meta.date is not None and not ISO_PARTIAL_DATE.match(str(meta.date)):
        doc.warn(f"date {meta.date!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); left out")
        meta.date, meta.date_inferred = None, False
    if meta.date is None:
        meta.date_inferred = False
    if meta.kind is not None and meta.kind not in KINDS:
        doc.warn(f"kind {meta.kind!r} is not one of {', '.join(sorted(KINDS))}; left out")
        meta.kind = None
    if meta.language is not None and not LANGUAGE_CODE.match(str(meta.language)):
        doc.warn(f"language {meta.language!r} is not a language code such as 'de' or 'en'; left out")
        meta.language = None
    if meta.url is not None and (any(ch.isspace() for ch in str(meta.url)) or "<" in str(meta.url)
                                 or str(meta.url).lower().startswith(("javascript:", "data:"))):
        doc.warn(f"url {meta.url!r} is not a web address; left out")
        meta.url = None
    for field in ("title", "publisher", "distributor", "summary", "edition"):
        setattr(meta, field, _one_line(getattr(meta, field)))
    meta.authors = [a for a in (_one_line(a) for a in meta.authors) if a]
    meta.keywords = [k for k in (_one_line(k) for k in meta.keywords) if k]
    return doc
