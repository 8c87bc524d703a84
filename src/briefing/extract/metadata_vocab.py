"""Generic vocabularies for metadata extraction (no seed-specific strings).

Kind words of press releases and interviews, known press-release portals,
organisation words, academic titles and month names in German, English and
French. Extend these tables, not the rules in `metadata.py`.
"""

from __future__ import annotations

# A header line that is only one of these names the kind of the document.
KIND_WORDS: dict[str, str] = {
    "pressemitteilung": "press_release",
    "presseinformation": "press_release",
    "pressemeldung": "press_release",
    "presseinfo": "press_release",
    "pressetext": "press_release",
    "medienmitteilung": "press_release",
    "medieninformation": "press_release",
    "mediendienst": "press_release",
    "press release": "press_release",
    "news release": "press_release",
    "media release": "press_release",
    "communiqué de presse": "press_release",
    "communique de presse": "press_release",
    "interview": "interview",
    "im interview": "interview",
    "im gespräch": "interview",
    "q&a": "interview",
    "nachricht": "news",
    "nachrichten": "news",
    "meldung": "news",
    "news": "news",
}

# Press-release portals: they distribute what an organisation issues.
PRESS_PORTALS: dict[str, str] = {
    "idw-online.de": "idw – Informationsdienst Wissenschaft",
    "nachrichten.idw-online.de": "idw – Informationsdienst Wissenschaft",
    "informationsdienst-wissenschaft.de": "idw – Informationsdienst Wissenschaft",
    "presseportal.de": "Presseportal (news aktuell)",
    "presseportal.ch": "Presseportal (news aktuell)",
    "ots.at": "APA-OTS",
    "pressebox.de": "PresseBox",
    "openpr.de": "openPR",
    "pr-gateway.de": "PR-Gateway",
    "prnewswire.com": "PR Newswire",
    "prnewswire.co.uk": "PR Newswire",
    "businesswire.com": "Business Wire",
    "globenewswire.com": "GlobeNewswire",
    "newswire.ca": "Cision (Newswire.ca)",
    "eurekalert.org": "EurekAlert!",
    "alphagalileo.org": "AlphaGalileo",
    "einpresswire.com": "EIN Presswire",
    "accesswire.com": "ACCESSWIRE",
    "pressat.co.uk": "Pressat",
}

# Distribution scope words of press portals ("überregional"): not keywords.
SCOPE_WORDS = {"überregional", "regional", "international", "national", "bundesweit"}

# A token that marks a line as the name of an organisation.
ORG_WORDS = {
    "universität", "university", "universidad", "université", "universita", "hochschule", "fachhochschule",
    "institut", "institute", "institution", "klinikum", "klinik", "universitätsklinikum", "hospital",
    "gmbh", "ag", "kg", "e.v.", "ev", "ggmbh", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp",
    "corp.", "corporation", "company", "gesellschaft", "stiftung", "foundation", "zentrum", "center",
    "centre", "akademie", "academy", "ministerium", "ministry", "bundesministerium", "verband",
    "association", "agentur", "agency", "behörde", "bundesamt", "amt", "college", "school", "laboratory",
    "labor", "forschungszentrum", "verein", "klub", "club", "netzwerk", "network", "council", "rat",
    "kammer", "chamber", "group", "gruppe", "konzern", "bank", "office", "department", "senat",
    "fraunhofer", "helmholtz", "leibniz", "max-planck-institut", "max-planck-gesellschaft",
}

# Academic and professional titles stripped from author names.
ACADEMIC_TITLES = (
    r"Prof\.|Professor(?:in)?|Dr\.-Ing\.|Dr\.\s?rer\.\s?nat\.|Dr\.\s?med\.|Dr\.\s?phil\.|Dr\.\s?h\.\s?c\.|"
    r"Dr\.|PD|Priv\.-Doz\.|Dipl\.-[A-Za-zä]+\.|Dipl\.|Mag\.|M\.\s?Sc\.|B\.\s?Sc\.|M\.\s?A\.|B\.\s?A\.|"
    r"MBA|LL\.\s?M\.|Ph\.\s?D\.?|PhD|Ing\.|Hon\.|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau"
)

# Name particles that may stand in lower case inside a person's name.
NAME_PARTICLES = {"von", "van", "de", "der", "den", "da", "di", "du", "zu", "vom", "zur", "del", "la", "le", "ter"}

MONTHS: dict[str, int] = {
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "jan": 1, "feb": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dez": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "december": 12, "mar": 3, "oct": 10, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}

# Words around a date on a date line ("Veröffentlicht am", "Stand:", weekdays).
DATE_LINE_WORDS = {
    "veröffentlicht", "aktualisiert", "erstellt", "stand", "datum", "am", "vom", "um", "uhr",
    "published", "updated", "posted", "date", "on", "at", "publié", "le",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "cet", "cest", "mez", "mesz", "utc", "gmt", "pm", "am",
}
