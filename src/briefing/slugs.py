"""URL slugs: one rule for every page address (sources, people, topics)."""

from __future__ import annotations

import re
import unicodedata

# German transliteration first ("Müller" → "mueller", as Germans write it without umlauts),
# then any other accent is dropped ("Ångström" → "angstrom").
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS"})


def slug(text: str, fallback: str = "x") -> str:
    text = unicodedata.normalize("NFC", text).translate(_GERMAN)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or fallback
