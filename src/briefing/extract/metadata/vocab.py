"""Generic vocabularies for metadata extraction (no seed-specific strings).

Kind words of press releases and interviews, known press-release portals,
organisation words, academic titles and month names in German, English and
French. Extend these tables, not the rules of the `metadata` package.
"""

from __future__ import annotations

# Labels before a release's headline that announce an appointment for the press ('MEDIA ADVISORY: …',
# 'Terminhinweis: …'): a release's kind label, no part of its headline. Case-folded.
ADVISORY_LABELS = frozenset({"media advisory", "press advisory", "media alert", "news advisory", "photo advisory",
                             "medienhinweis", "terminhinweis", "presseeinladung", "medieneinladung",
                             "einladung an die medien", "presse-einladung", "termin für die medien"})

# A header line that is only one of these names the kind of the document.
KIND_WORDS: dict[str, str] = {
    "pressemitteilung": "press_release",
    "presseinformation": "press_release",
    "pressemeldung": "press_release",
    "presseinfo": "press_release",
    "pressetext": "press_release",
    "medienmitteilung": "press_release",
    "medieninformation": "press_release",
    "pm": "press_release",  # 'Aktuelles PM', the abbreviation of 'Pressemitteilung' as a section label
    "mediendienst": "press_release",
    "press release": "press_release",
    "news release": "press_release",
    "media release": "press_release",
    "communiqué de presse": "press_release",
    "communique de presse": "press_release",
    "for immediate release": "press_release",
    "zur sofortigen veröffentlichung": "press_release",
    "interview": "interview",
    "im interview": "interview",
    "im gespräch": "interview",
    "q&a": "interview",
    "nachricht": "news",
    "nachrichten": "news",
    "meldung": "news",
    "news": "news",
    # the header of an institution's list page names the kind of what it lists
    "pressemitteilungen": "press_release",
    "presseinformationen": "press_release",
    "pressemeldungen": "press_release",
    "medienmitteilungen": "press_release",
    "medieninformationen": "press_release",
    "press releases": "press_release",
    "news releases": "press_release",
    "media releases": "press_release",
    # an opinion piece, a column, an essay or a blog post
    "kommentar": "article", "kolumne": "article", "essay": "article", "meinung": "article",
    "gastbeitrag": "article", "standpunkt": "article", "leitartikel": "article", "glosse": "article",
    "column": "article", "opinion": "article", "commentary": "article", "op-ed": "article",
    "blog": "article", "blogbeitrag": "article", "blog post": "article", "guest post": "article",
    # an appointment announced to the press ('MEDIA ADVISORY', 'Terminhinweis')
    **dict.fromkeys(ADVISORY_LABELS, "press_release"),
}

# First words of a list page's header ('Aktuelle Pressemitteilungen', 'Latest press releases').
LIST_PAGE_WORDS = {"aktuelle", "aktuelles", "neueste", "neue", "alle", "unsere", "latest", "recent", "all", "our"}

# Wire services in a release's dateline: 'SPRINGFIELD, June 20, 2023 (GLOBE NEWSWIRE) --',
# 'BEISPIELSTADT, May 25, 2022 /PRNewswire/ --', '(BUSINESS WIRE) --'. Keys are case-folded, without spaces.
WIRE_SERVICES: dict[str, str] = {
    "globenewswire": "GlobeNewswire", "prnewswire": "PR Newswire", "businesswire": "Business Wire",
    "accesswire": "ACCESSWIRE", "einpresswire": "EIN Presswire", "marketwire": "Marketwire",
    "marketwired": "Marketwired", "cnw": "Cision (Newswire.ca)", "newsfile": "Newsfile",
    "prweb": "PRWeb",
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
    "fraunhofer", "helmholtz", "leibniz", "max-planck-institut", "max-planck-gesellschaft", "society", "museum",
    "federation", "kommission", "commission",
    "anstalt", "innung", "verlag",  # 'Bundesanstalt für …', 'Bäcker-Innung X', 'Musterverlag'
}
# Abbreviations that open a university's name ('TU Nordstadt', 'FH Beispielstadt', 'Uni Musterstadt'),
# as printed; an organisation word too.
UNIVERSITY_ABBREVIATIONS = ("TU", "FH", "Uni", "LMU", "RWTH", "ETH")
ORG_WORDS |= {abbr.casefold() for abbr in UNIVERSITY_ABBREVIATIONS}

# Legal forms after a company's name ('Beispiel Labs, Inc.'), case-folded. Kept apart from ORG_WORDS:
# 'se', 'co.', 's.a.' there would make ordinary words organisation words.
LEGAL_FORMS = {"inc.", "inc", "ltd.", "ltd", "llc", "l.l.c.", "corp.", "corp", "co.", "plc", "gmbh", "ag", "s.a.",
               "n.v.", "b.v.", "se", "kg", "e.v."}

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

# The days of the week, German and English (date lines, bylines, a headline's trailing weekday).
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Words around a date on a date line ("Veröffentlicht am", "Stand:", weekdays).
DATE_LINE_WORDS = {
    "veröffentlicht", "aktualisiert", "erstellt", "stand", "datum", "am", "vom", "um", "uhr",
    "published", "updated", "posted", "date", "on", "at", "publié", "le",
    "erscheinungsdatum", "veröffentlichungsdatum", "publikationsdatum", "publiziert", "erschienen",
    "publication", "publish", "released", "publicly",
    *WEEKDAYS,
    "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "cet", "cest", "mez", "mesz", "utc", "gmt", "pm", "am", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
    "bst",
    "update", "aktualisierung", "zuletzt", "news", "release",
}

# The words a newspaper's or magazine's name is made of ('Beispielstädter Zeitung', 'Musterville Tribune',
# 'The Example Times'): a short line of capitalised words with one of them, over the headline,
# is the outlet's masthead. Case-folded.
OUTLET_NAME_WORDS = frozenset("""
    zeitung allgemeine rundschau anzeiger kurier nachrichten tagblatt tageblatt morgenpost abendblatt
    abendzeitung echo bote merkur volksstimme tageszeitung wochenblatt wochenzeitung generalanzeiger
    general-anzeiger neueste presse post zeit spiegel stern magazin
    times tribune herald gazette journal chronicle observer guardian telegraph courier examiner
    inquirer dispatch sentinel bulletin monitor register star-ledger newspaper magazine weekly daily
    quarterly monthly review radio tv fernsehen rundfunk sun globe ledger enquirer mirror democrat
""".split())
# A newspaper's sections: printed as a kicker or a label before the headline ('Panorama: …',
# 'Studium & Wissenschaft Headline'). Case-folded; a German compound ending in one ('Seewirtschaft')
# is a section too (`section_word`).
SECTION_WORDS = frozenset("""
    nachrichten politik wirtschaft kultur sport panorama wissen wissenschaft studium bildung gesundheit
    lokales lokal region regional regionales meinung reise auto digital leben gesellschaft feuilleton
    medien forschung technik karriere finanzen deutschland welt ausland inland vermischtes
    news politics business economy culture sports science health technology tech world local opinion
    lifestyle travel education entertainment nation
""".split())
# Broadcasters name themselves with the medium first ('Radio Beispielland').
BROADCAST_WORDS = frozenset({"radio", "tv", "fernsehen", "rundfunk"})

# News agencies: a credit "(dpa)", "Berlin (Reuters) -", "Quelle: dpa", "© 2025 AFP" names the
# agency as the publisher when no outlet is stated. Keys are case-folded as printed.
AGENCIES: dict[str, str] = {
    "apa-science": "APA-Science", "dpa-afx": "dpa-AFX",  # agencies' services
    "dpa": "dpa", "deutsche presse-agentur": "dpa", "reuters": "Reuters", "thomson reuters": "Reuters",
    "afp": "AFP", "agence france-presse": "AFP", "ap": "AP", "associated press": "AP", "kna": "KNA",
    "epd": "epd", "apa": "APA", "sda": "SDA", "keystone-sda": "SDA", "dts": "dts", "ddp": "ddp",
    "sid": "SID", "ansa": "ANSA", "efe": "EFE", "upi": "UPI", "bloomberg": "Bloomberg",
    "ani": "ANI", "asian news international": "ANI", "pti": "PTI", "press trust of india": "PTI",
    "ians": "IANS", "xinhua": "Xinhua", "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap",
    "tass": "TASS", "itar-tass": "TASS", "ria novosti": "RIA Novosti", "anadolu": "Anadolu",
    "jiji": "Jiji", "jiji press": "Jiji", "aap": "AAP", "canadian press": "CP",
    "pa media": "PA", "belga": "Belga", "anp": "ANP",
    "ntb": "NTB", "ritzau": "Ritzau", "ctk": "ČTK", "pap": "PAP", "mti": "MTI",
    "europa press": "Europa Press", "lusa": "Lusa",
}

# Function words for language detection: the most frequent words of each language that are
# rare in the others (a text scores the share of its tokens found in each list).
STOPWORDS: dict[str, frozenset[str]] = {
    "de": frozenset("""der die das und ist nicht ein eine einen einem einer sich mit auf für von dem den des
        zu im auch es sie er wir ich wird werden wurde hat haben sind war noch nur aber oder wie bei aus
        nach um dass kann können über vor durch mehr schon sein seine ihre ihr man diese dieser dieses
        wenn als am zum zur vom bis unter gegen sehr jetzt dann doch so was wer uns hier""".split()),
    "en": frozenset("""the and of to in is that it for on with as was are be by this an at from or have has
        not but they their which will would can been were more its also we he she you had there what
        about into than when who how our so if do does did these those such may could should""".split()),
    "fr": frozenset("""le la les et des est une un du dans que qui pour pas sur au avec ce il elle sont
        par plus ne se ses aux ou mais nous vous ont été cette être leur comme sa son lui""".split()),
    "es": frozenset("""el la los las y de del que en un una es por con para no se su al lo como más pero
        sus le ha este esta son entre cuando muy sin sobre también fue hay""".split()),
    "it": frozenset("""il lo la gli le di che è e un una per non con del della dei delle sono si nel
        nella al alla ma come anche più questo questa ha hanno essere stato""".split()),
    "nl": frozenset("""de het een en van is dat op te in niet met voor zijn er aan ook als bij door maar
        om dan wordt worden naar nog wel kan deze dit hebben heeft werd uit""".split()),
}

# Words of a press office in a contact or author line ("Anna Beck Stabsstelle Presse und
# Kommunikation", "Media contact:"): the text was issued by the organisation itself.
PRESS_OFFICE_WORDS = {
    "presse", "pressestelle", "pressesprecher", "pressesprecherin", "pressereferent", "pressereferentin",
    "kommunikation", "öffentlichkeitsarbeit", "hochschulkommunikation", "unternehmenskommunikation",
    "stabsstelle", "medienkontakt", "pressekontakt", "press", "communications", "media relations",
    "public relations", "press office", "media office", "news office",
}

# The mailbox of a press office ('presse@…', 'pressoffice@…', 'media.relations@…'): the words above written
# without spaces, and the short names a mailbox takes. Case-folded.
PRESS_MAILBOX_NAMES = frozenset({w.replace(" ", "") for w in PRESS_OFFICE_WORDS}
                                | {"media", "medien", "communication", "pr"})

# Line starts of a contact block at the end of a press release.
CONTACT_LABELS = (
    "kontakt", "pressekontakt", "medienkontakt", "ansprechpartner", "ansprechpartnerin",
    "ansprechpersonen", "ansprechperson", "pressestelle", "wissenschaftliche ansprechpartner",
    "wissenschaftlicher ansprechpartner", "media contact", "press contact", "contact", "media enquiries",
    "media inquiries", "for further information", "weitere informationen und kontakt",
)

# Title openings of releases that collect expert statements for journalists.
EXPERT_REACTION_WORDS = (
    "expert reaction", "expert reactions", "expert comment", "expert comments", "experts react",
    "rapid reaction", "expertenstimmen", "statements von expert", "stimmen aus der wissenschaft",
)

# First words of an organisation's unit after a name in a contact line.
UNIT_WORDS = {"abteilung", "referat", "dezernat", "stabsbereich", "bereich", "team", "office", "department"}

# First words of a media player's controls over a page ('Play Live Radio', 'Listen Live', 'Jetzt anhören'): a button's
# text, not a masthead, though it may hold an outlet word. Case-folded.
PLAYER_WORDS = {"play", "listen", "watch", "stream", "pause", "abspielen", "anhören", "hören", "jetzt", "live"}

# A feature's genre, printed as a label before its headline ('Reportage: …', 'Porträt : …'). Case-folded.
GENRE_LABELS = frozenset("""
    reportage porträt portrait hintergrund analyse analysis feature rezension review dossier
""".split())

# Words a newsroom's name holds besides the newspaper words ('Example News', 'Campus Journalism', 'Beispiel Aktuell'):
# too common for a masthead line alone ('Latest News' heads a section), enough in an interviewer's label. Case-folded.
NEWSROOM_WORDS = frozenset("news journalism aktuell online media medien report".split())

# The words an interview's turns are labelled with when no name is given ('Frage:', 'Antwort:', 'Interviewer:').
TURN_LABEL_WORDS = frozenset("frage antwort question answer interviewer interviewerin redaktion host moderation publikum "
                             "audience zuschauer gast guest".split())

# How often a periodical appears, in its own imprint ('erscheint monatlich bei …', 'is published quarterly by …').
PUBLICATION_FREQUENCIES_DE = tuple("""
    täglich wöchentlich monatlich zweimonatlich vierteljährlich halbjährlich jährlich quartalsweise
""".split())
PUBLICATION_FREQUENCIES_EN = tuple("""
    daily weekly biweekly fortnightly monthly bimonthly bi-monthly quarterly biannual bi-annual biannually semiannually
    annually yearly
""".split())
PUBLICATION_FREQUENCIES = frozenset(PUBLICATION_FREQUENCIES_DE + PUBLICATION_FREQUENCIES_EN)
