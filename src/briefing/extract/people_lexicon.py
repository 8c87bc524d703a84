"""Generic vocabularies for finding people in German and English text.

Nothing here names a particular person, outlet or document: only titles,
speech verbs, role words, organisation words and function words.
"""

from __future__ import annotations

import re

from briefing.text import CAPTION, CAPTION_ORDER  # (re-exported: the people reader's vocabulary)

# Academic titles, longest first so "Dr.-Ing." wins over "Dr.".
# British and Australian style writes "Dr" and "Prof" without a full stop ("Dr Jane Smith", "A/Prof Li").
TITLE = (r"(?:(?:Univ\.-|Ass\.-|Assoc\.\s*)?Prof\.(?:\s*em\.)?|PD|Priv\.-Doz\.|apl\.\s*Prof\.|Jun\.-Prof\.|"
         r"Dr\.[-\s]?h\.\s*c\.(?:\s*\([^()\n]{1,40}\))?(?:\s*mult\.)?|"  # 'Dr. h.c. (Universität X)', 'Dr. h.c. mult.'
         r"Dr\.[-\s]?(?:Ing|rer\.\s*nat|phil|med|habil)\.|Dr\.|Dipl\.-[A-Z][a-z]+\.|"
         r"(?:A/|Assoc\.?\s+)?Prof(?=\s+[A-Z])|Dr(?=\s+[A-Z]))")
TITLES = rf"(?:{TITLE}\s*)+"
TITLE_RE = re.compile(TITLES)
POSTNOMINAL = re.compile(r",?\s+(?:PhD|Ph\.D\.|M\.Sc\.|MSc|MBA|MD)\b")

# Finite forms and participles of verbs that introduce speech (German, English).
SPEECH_VERBS = {
    # German
    "sagt", "sagte", "sagten", "gesagt", "sagen", "erklärt", "erklärte", "erklärten", "betont", "betonte",
    "betonten", "meint", "meinte", "meinen", "glaubt", "glaubte", "warnt", "warnte",
    "ergänzt", "ergänzte", "fügt", "fügte", "räumt", "räumte", "erwähnt", "erwähnte", "berichtet", "berichtete",
    "schreibt", "schrieb", "so", "laut", "zufolge", "kritisiert", "kritisierte", "fordert", "forderte",
    "bezeichnet", "bezeichnete", "bestätigt", "bestätigte",
    "unterstreicht", "unterstrich", "erläutert", "erläuterte", "ist überzeugt", "kommentiert", "kommentierte", "äußert", "äußerte", "antwortet", "antwortete", "argumentiert",
    "argumentierte", "prognostiziert", "prognostizierte", "vermutet", "vermutete", "rät", "riet", "mahnt", "mahnte", "ist der meinung",
    "ist der ansicht", "ist sich sicher", "geht davon aus", "sagt voraus", "sagte voraus", "stellt fest",
    "stellte fest", "resümiert", "resümierte", "formuliert", "formulierte", "lobt", "lobte", "kündigt", "kündigte",     # English
    "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "noted", "notes",
    "stressed", "argued", "argues", "warned", "warns", "believes", "believed", "wrote", "writes",
    "according", "commented", "comments", "comment", "responds", "responded", "stated", "states", "claimed", "claims", "emphasised", "emphasized",
    # recollection and concession report speech as well ('“…,” recalls X', '“…,” erzählt X')
    "recalls", "recalled", "remembers", "remembered", "recounts", "recounted", "insists", "insisted", "admits",
    "admitted", "concedes", "conceded", "acknowledges", "acknowledged", "observes", "observed", "cautions",
    "cautioned", "concludes", "concluded", "predicts", "predicted", "asserts", "asserted",
    "erzählt", "erzählte", "schildert", "schilderte", "bilanziert", "bilanzierte",
    # an appeal is a statement ('appellierte X an die Anwohner'); English 'urged' and 'announced' take the
    # person as their subject only (people_speech.WEAK_SPEECH_VERBS)
    "appelliert", "appellierte",
    # a promise, praise or an assurance is a statement ('X versprach: „…“', 'X praised the team for …',
    # 'X assured reporters that …')
    "versprach", "praised", "praises", "assured", "assures",
}


def speech_verb_pattern(*leave_out: str) -> str:
    """The one-word speech verbs as a regex alternation, longest first ('sagte' before 'sagt')."""
    return "|".join(sorted((re.escape(v) for v in SPEECH_VERBS if " " not in v and v not in leave_out),
                           key=len, reverse=True))


# Phrases checked on the lowercased clause.
SPEECH_PHRASES = re.compile(
    r"\b(ist der meinung|ist der ansicht|ist überzeugt|sind überzeugt|geht davon aus|according to|"
    r"sprach(?:en)? von|spricht von|sprechen von|spoke of|erinnert sich|erinnerte sich|points? out|pointed out|"
    r"zufolge|räumte? (?:\w+ )?ein|gibt zu bedenken|gab zu bedenken|fügte? (?:\w+ )*?hinzu|"
    r"teilte? (?:\w+ )*?mit\b|"
    # 'X verwies auf eine Reichweite von …': pointing to facts is a statement
    r"\b(?:verwies|verwiesen|verweist|verweisen) (?:[\w-]+ ){0,3}?auf\b|"
    # separable verbs of reported speech: 'hob … hervor', 'wies … hin', 'stellte … dar'
    r"\b(?:hob|hoben|hebt|heben) (?:[\w-]+ ){1,12}?hervor\b|\b(?:wies|wiesen|weist) (?:[\w-]+ ){0,12}?hin\b|"
    r"\b(?:stellte|stellten) (?:[\w-]+ ){0,3}?dar\b|\bdar(?:stellte|stellten|gestellt hat)\b|"
    # 'stellt der Leiter des Fachbereichs …, X, heraus', 'machte X deutlich'
    r"\b(?:stellt|stellte|stellen|stellten) (?:[\w-]+,? ){1,14}?heraus\b|"
    r"\b(?:macht|machte|machen|machten) (?:[\w-]+,? ){0,8}?deutlich\b|"
    # 'führte in seiner Stellungnahme aus, …' (not 'führte die Arbeiten aus.'); 'X estimates that …'
    r"\b(?:führt|führte|führten) (?:[\w-]+ ){0,6}?aus\s*[,:]|\bestimate[sd]? that\b|\bschätzte?n?,? dass\b|"
    # an expectation, agreement or appeal stated: 'rechnet damit, dass …', 'agreed in a blog that …', 'noting that …',
    # 'haben die Bevölkerung aufgerufen, sich … zu beteiligen'
    r"\brechnet(?:e|en)? (?:[\w-]+ ){0,3}?damit,? dass\b|\bagree[sd]? (?:[\w-]+ ){0,6}?that\b|\bnoting that\b|"
    r"\baufgerufen,|\b(?:ruft|rief|rufen|riefen) (?:[\w-]+ ){1,8}?auf, |"
    # 'X shared that …'; what a person says in their address, report or speech ('In his address, X …', 'ging in
    # seinem Bericht auf … ein', 'dankte eingangs seines Berichtes …')
    # a complaint with its content ('X beklagt, dass …'; not 'beklagt den zehnten Verletzten')
    r"\bbeklagt(?:e|en)?(?:,? (?:dass|daß)\b|:)|"
    r"\bshared that\b|\b(?:in|eingangs|zu beginn|am ende) (?:seine[mrs]?|ihre[mrs]?|his|her) (?:[\w-]+ )?"
    r"(?:bericht(?:e?s)?|jahresbericht(?:e?s)?|rede|ansprache|grußworte?s?|festrede|address|speech|remarks|keynote)\b)",
    re.I)

# Words that make a capitalised word a role (matched inside German compounds).
RESEARCH_ROLE_STEMS = (
    "forscher", "forscherin", "professor", "postdoktorand", "doktorand", "postdoc", "wissenschaftler",
    "wissenschafter",  # Austrian form ('Neurowissenschafterin')
    "ingenieur", "informatiker", "physiker", "mathematiker", "ökonom", "soziologe", "soziologin", "psycholog",
    "analyst", "experte", "expertin", "leiter", "leiterin", "direktor", "direktorin", "dozent", "dozentin",
    "lehrstuhlinhaber", "juniorprofessor", "gruppenleiter", "fellow", "scientist", "researcher",
    "engineer", "professor", "lecturer", "analyst", "head", "lead", "director", "mitarbeiter", "mitarbeiterin",
    "berater", "beraterin", "sachverständig", "gutachter", "ethiker", "jurist", "juristin", "entwickler",
    "entwicklerin", "developer", "ansprechpartner", "ansprechpartnerin", "koordinator", "koordinatorin", "coordinator",
    "referent", "referentin", "spezialist", "spezialistin", "specialist", "manager", "managerin",
    "vice president", "general manager", "chief", "cto", "cso", "architekt", "architect", "kurator",
    # professions named by their field ("Neurologe", "Geochemiker", "Oberarzt", "pharmacologist")
    "ologe", "ologin", "ologist", "chemiker", "chemist", "arzt", "ärztin", "mediziner", "physician",
    # more professions of expertise ("Historiker", "Physiotherapeut", "graduate student", "doctoral candidate")
    "historiker", "historian", "therapeut", "therapist", "graduate student", "phd student", "doctoral candidate",
    "doctoral student", "statistiker", "statistician", "economist", "geograph", "geograf", "archäolog", "archaeolog", "biolog",
    "epidemiolog", "pharmazeut", "pharmacist", "veterinär", "tierarzt", "psychiater", "psychiatrist",
    "faculty member",  # a university teacher ('both faculty members in the School of …')
    # keepers of collections and objects ('Restauratorin', 'conservator')
    "restaurator", "restorer", "konservator", "conservator", "curator",
    # 'geophysicist', 'astrophysicist'; keepers of archives ('Stadtarchivar', 'archivist')
    "physicist", "archivar", "archivist",
    # scholars of a field of law ('Verfassungsrechtler', 'Völkerrechtlerin')
    "rechtler",
)
# Masters of a craft or an art, presented in their profession ('Cartographer X has spent six weeks …', 'der
# Geigenbauer X'): the profession is their expertise.
CRAFT_STEMS = ("designer", "designerin", "choreographer", "choreograph", "choreograf", "cartographer", "kartograph", "kartograf",
               "goldschmied", "goldsmith", "silberschmied", "silversmith", "geigenbauer", "luthier", "uhrmacher",
               "watchmaker", "orgelbauer", "instrumentenbauer",
               # smiths and stonemasons; not the bare words that are common surnames ('Smith', 'Schmied',
               # 'Steinmetz'), nor 'meister' ('Bürgermeister', 'Weltmeister')
               "blacksmith", "kunstschmied", "hufschmied", "schmiedemeister", "steinmetzmeister", "stonemason")
RESEARCH_ROLE_STEMS += CRAFT_STEMS
# Coaches teach a sport: presented as 'Bundestrainer X', 'head coach X' they are its experts; but no research
# role (a team around a coach is no research team), and only where the text does not name them as a team's head.
COACH_STEMS = ("trainer", "trainerin", "coach")
# Lay roles: a person quoted in this capacity is a witness, not an expert ('a wheat farmer', 'Landwirtin X');
# only words that are no very common surnames ('Bauer', 'Fischer' are; 'Schüler', 'Farmer' are surnames too, see
# SURNAME_HOMONYMS).
LAY_ROLE_STEMS = ("farmer", "landwirt", "landwirtin", "rancher", "anwohner", "anwohnerin",
                  # students and pupils speak as participants ('meint Master-Student X'); doctoral and graduate
                  # students are researchers (RESEARCH_ROLE_STEMS, checked first)
                  "student", "studentin", "schüler", "schülerin", "pupil", "undergraduate",
                  # residents and eyewitnesses ('Resident Jane Example captured footage', 'Bewohnerin X')
                  "resident", "bewohner", "bewohnerin", "einwohner", "einwohnerin", "eyewitness", "augenzeuge",
                  "augenzeugin")
# Roles that are themselves scholarly expertise (not leadership or management in general).
SCHOLARLY_ROLE_STEMS = (
    "forscher", "forscherin", "professor", "postdoktorand", "doktorand", "postdoc", "wissenschaftler",
    "wissenschafter", "physiker", "mathematiker", "informatiker", "ökonom", "soziologe", "soziologin", "psycholog", "dozent",
    "dozentin", "lehrstuhlinhaber", "juniorprofessor", "gruppenleiter", "fellow", "scientist", "researcher",
    "lecturer", "ethiker", "ologe", "ologin", "ologist", "chemiker", "chemist", "arzt", "ärztin", "mediziner",
    "physician", "sachverständig", "gutachter", "experte", "expertin", "expert", "historiker", "historian",
    "economist", "statistiker", "statistician", "doctoral candidate", "graduate student", "phd student", "doctoral student",
    "faculty member", "rechtler",
)
# Professions of expertise that are no scholarly role ('Bauingenieur', 'structural engineer', 'Architektin'): a
# person the text presents in such a profession (the role word before the name, or with a research organisation)
# is its expert; lay roles, journalists and managers are not professions of expertise.
PROFESSION_STEMS = (
    "ingenieur", "engineer", "architekt", "architect", "entwickler", "developer", "analyst", "spezialist",
    "specialist", "therapeut", "therapist", "pharmazeut", "pharmacist", "veterinär", "tierarzt", "psychiater",
    "psychiatrist", "kurator", "curator", "restaurator", "restorer", "konservator", "conservator", "archivar",
    "archivist", "geograph", "geograf", "archäolog", "archaeolog", "biolog", "epidemiolog", "physicist",
) + CRAFT_STEMS
# Heads of research units ('Leiterin der Arbeitsgruppe …', 'head of the … Lab'): the unit words that are research
# by themselves, and those that are research only at a research organisation ('Arbeitsgruppe' in a ministry is not).
HEAD_STEMS = ("leiter", "leiterin", "head", "lead", "director", "direktor", "direktorin")
RESEARCH_UNIT = re.compile(r"(?i)(?:forschungs|nachwuchs)gruppe|\blab\b|laborator|\blabor\b|lehrstuhl|"
                           r"research\s+(?:group|team|unit|lab)|fachgebiet|forschungsbereich")
ANY_RESEARCH_UNIT = re.compile(r"(?i)arbeitsgruppe|gruppe\b|group\b|team\b|abteilung|department|\bunit\b|klinik\b|clinic\b")
EXECUTIVE_ROLE_STEMS = (
    "ceo", "chef", "chefin", "gründer", "gründerin", "founder", "mitgründer", "co-founder", "besitzer",
    "besitzerin", "eigentümer", "eigentümerin", "inhaber", "inhaberin", "owner", "vorstand", "vorständin",
    "vorsitzende", "vorsitzender", "chairman", "chairwoman", "präsident", "präsidentin", "president",
    "geschäftsführer", "geschäftsführerin", "konzernchef", "unternehmenschef", "aufsichtsrat",
    "sprecher", "sprecherin", "spokesperson", "spokesman", "spokeswoman",
)
POLITICAL_ROLE_STEMS = (
    "minister", "ministerin", "kanzler", "kanzlerin", "senator", "senatorin", "abgeordnete", "abgeordneter",
    "bürgermeister", "bürgermeisterin", "vizepräsident", "vizepräsidentin", "staatssekretär",
    "staatssekretärin", "kommissar", "kommissarin", "gouverneur", "politiker", "politikerin", "premier",
    "regierungschef", "regierungschefin", "senator", "congressman", "congresswoman", "secretary",
    "governor", "mayor", "prime minister", "parteichef", "fraktionschef", "staatsrat", "staatsrätin",
    # members of a local council ('County Councillor X', 'Alderman X')
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman",
)
# Academic leadership and public officials: quoted in that capacity (experts when a research body is named).
EXECUTIVE_ROLE_STEMS += ("rektor", "rektorin", "dekan", "dekanin", "dean", "provost", "beauftragte", "beauftragter",
                         "commissioner")
# Company offices: a holder named but not quoted ("delivered remarks", "signed the agreement") is mentioned,
# unless the office is itself one of expertise (CORPORATE_EXPERTISE: "Chief AI Officer", "Chief Scientist").
EXECUTIVE_ROLE_STEMS += ("officer", "executive")  # 'Chief Executive', 'Executive Director'
CORPORATE_ROLE_STEMS = ("manager", "managerin", "vice president", "officer", "chief", "president", "präsident",
                        "präsidentin", "vorstand", "geschäftsführer", "geschäftsführerin", "ceo", "chairman",
                        "chairwoman", "vorsitzende", "vorsitzender")
CORPORATE_EXPERTISE = re.compile(r"\b(?:ai|ki|artificial intelligence|künstliche\w* intelligenz|research\w*|scien\w*|"
                                 r"technolog\w*|data|forschung\w*|wissenschaft\w*|technik|medical|medizin\w*)\b", re.I)
# The chair of a company's or a foundation's board is an executive ('Board Chair', 'Chair of the Board'; German
# 'Vorstandsvorsitzende', 'Aufsichtsratsvorsitzender' end in 'vorsitzende'); a chair alone may be a professorship.
BOARD_CHAIR = re.compile(r"\b(?:board\s+chair(?:man|woman|person)?|chair(?:man|woman|person)?\s+of\s+the\s+"
                         r"(?:board|supervisory\s+board|trustees|board\s+of\s+(?:directors|trustees)))\b", re.I)
EXECUTIVE_ROLE_STEMS += ("chairperson",)
# The elected head of a craft guild ('Obermeister der Malerinnung', 'Landesinnungsmeister'): an office, like a chair's
EXECUTIVE_ROLE_STEMS += ("obermeister", "innungsmeister")
CORPORATE_ROLE_STEMS += ("chairperson", "board chair", "chair of the board")
# A parliament's member is a politician; the letters printed after the name say so ('Jane Roe MP', 'Max Muster MdB').
POST_NOMINAL_OFFICES = {
    "MP": "Member of Parliament", "MEP": "Member of the European Parliament", "MSP": "Member of the Scottish Parliament",
    "MdB": "Mitglied des Bundestages", "MdL": "Mitglied des Landtages", "MdEP": "Mitglied des Europäischen Parlaments",
    "MdA": "Mitglied des Abgeordnetenhauses",
}
POLITICAL_ROLE_STEMS += ("member of parliament", "member of the european parliament", "member of the scottish parliament",
                         "mitglied des bundestag", "mitglied des landtag", "mitglied des europäischen parlament",
                         "mitglied des abgeordnetenhaus")
# Role words that say nothing about expertise ("das Mitglied der Geschäftsleitung", "a member of", "Chair of X").
NEUTRAL_ROLE_STEMS = ("mitglied", "member", "chair")
ROLE_STEMS = RESEARCH_ROLE_STEMS + EXECUTIVE_ROLE_STEMS + POLITICAL_ROLE_STEMS + NEUTRAL_ROLE_STEMS + LAY_ROLE_STEMS \
    + COACH_STEMS
# Executive or political roles whose holders are "quoted", not "expert" (a head of a research body is an expert).
NON_EXPERT_STEMS = EXECUTIVE_ROLE_STEMS + POLITICAL_ROLE_STEMS
# Role words that mark somebody who is not a source of expertise in this text.
# Press officers among them: one quoted on the subject speaks for the organisation (a spokesperson), not as a writer.
PRESS_OFFICER_STEMS = ("pressesprecher", "pressesprecherin", "pressereferent", "pressereferentin", "pressestelle")
# The others: journalists, who may sign a text (a headline's trailing byline, `title.trailing_byline`).
NEWSROOM_STEMS = ("journalist", "journalistin", "redakteur", "redakteurin", "reporter", "reporterin",
                  "korrespondent", "korrespondentin", "moderator", "moderatorin")
JOURNALIST_STEMS = NEWSROOM_STEMS + PRESS_OFFICER_STEMS

# Words that mark an organisation or a unit inside one.
ORG_WORDS = {
    "institut", "institute", "universität", "university", "université", "universidad", "hochschule",
    "college", "school", "akademie", "academy", "gesellschaft", "society", "stiftung", "foundation",
    "zentrum", "center", "centre", "verband", "association", "verein", "gmbh", "ag", "inc", "inc.", "ltd",
    "llc", "corp", "corporation", "company", "group", "gruppe", "lab", "labs", "labor", "laboratory",
    "laboratorium", "klinik", "klinikum", "clinic", "hospital", "charité", "ministerium", "ministry",
    "department", "division", "abteilung", "fakultät", "faculty", "fachbereich", "fachgebiet", "lehrstuhl", "chair",
    "team", "agentur", "agency", "amt", "bundesamt", "behörde", "office", "council", "rat", "kommission",
    "commission", "parlament", "regierung", "government", "bank", "börse", "museum", "bibliothek",
    "klub", "club", "netzwerk", "network", "initiative", "programm", "program", "projekt", "project",
    "consortium", "konsortium", "partei", "party", "times", "post", "news", "press", "journal", "zeitung",
    "magazin", "magazine", "tv", "radio", "street", "valley", "state", "states", "award", "preis", "prize",
    # plural nouns of company names ("Acme Pharmaceuticals", "Nordwind Technologies")
    "pharmaceuticals", "pharma", "technologies", "therapeutics", "biosciences", "biotech", "solutions",
    "systems", "industries", "holdings", "partners", "ventures", "enterprises",
    # places of science and culture
    "planetarium", "sternwarte", "observatorium", "observatory", "archiv", "archive", "theater", "theatre",
    # public bodies named by what they provide or govern ('Example Ambulance Service', 'Example Port Authority')
    "service", "federation", "authority", "bureau",
    # a craft guild ('Musterstädter Innung', 'Bäcker-Innung')
    "innung",
}


def is_org_part(word: str) -> bool:
    """'Planetariums', 'Instituts': a word (or its genitive) that names an organisation."""
    low = word.casefold().strip(".,")
    return low in ORG_WORDS or (low.endswith("s") and low[:-1] in ORG_WORDS)
UNIT_WORDS = ("gruppe", "group", "lab", "labor", "laboratory", "lehrstuhl", "chair", "abteilung",
              "department", "fachgebiet", "fachbereich", "fakultät", "faculty", "team", "arbeitsgruppe",
              "forschungsgruppe", "nachwuchsgruppe", "einrichtung", "unit", "sekretariat", "cluster", "programm")
# An organisation on its own, at the top: the affiliation.
TOP_ORG_WORDS = ("universität", "university", "hochschule", "tu ", "uni ", "gmbh", "ag", "inc", "ltd",
                 "institut", "institute", "charité", "klinikum", "stiftung", "foundation", "gesellschaft")
RESEARCH_ORG_WORDS = ("institut", "institute", "universität", "university", "hochschule", "lab", "labor",
                      "forschung", "research", "akademie", "academy", "college", "school", "zentrum", "center",
                      "centre", "fraunhofer", "helmholtz", "leibniz", "planck")

# Articles, pronouns, prepositions and conjunctions of German and English: never a verb after '„…“,', never the
# first word of an organisation's name, and a capitalised one ends the name ('… Systems Im Gespräch').
FUNCTION_WORDS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder", "aber",
    "doch", "denn", "obwohl", "wenn", "als", "während", "nachdem", "weil", "da", "dass", "so", "wie", "was", "wer",
    "auch", "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "laut", "nach", "vor", "seit", "zu", "zum",
    "zur", "für", "von", "vom", "über", "unter", "sein", "seine", "ihr", "ihre", "unser", "unsere", "dieser", "diese",
    "dieses",
    "the", "a", "an", "and", "or", "but", "while", "although", "when", "as", "because", "also", "which", "who", "that",
    "of", "for", "with", "to", "by", "from", "at", "on", "his", "her", "its", "their", "our",
})


# Capitalised words that start sentences or name things but are never a first name.
NOT_FIRST = {
    "die", "der", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und",
    "oder", "aber", "doch", "so", "man", "sie", "er", "es", "wir", "ihr", "ich", "du", "bei", "mit",
    "von", "vom", "zu", "zum", "zur", "im", "in", "an", "am", "auf", "aus", "für", "über", "unter", "nach",
    "vor", "seit", "laut", "dank", "dass", "ja", "nein", "nicht", "solange", "wenn", "will", "also", "art",
    "general", "vice", "senior", "junior", "chief", "mark", "the", "a", "an", "of", "and", "for", "on",
    "this", "that", "these", "those", "it", "he", "she", "they", "we", "you", "his", "her", "its", "our",
    "their", "not", "as", "at", "by", "to", "from", "with", "paris", "berlin", "london", "china", "europa",
    "europe", "amerika", "america", "hoi", "ho", "sa", "san", "santa", "saint", "st", "new", "los", "las",
    "neue", "neuer", "neues", "alle", "jeder", "jede", "viele", "einige", "unser", "unsere", "herr", "frau",
    "herrn", "mr", "mrs", "ms", "dr", "prof", "sehr", "eine", "kurz", "dies", "diese", "dieser", "dieses",
    "mehr", "hier", "dann", "hat", "ist", "sind", "war", "wird", "werden", "kann", "können", "online",
    "bild", "foto", "quelle", "autor", "autorin", "kontakt", "tel", "fax", "mail", "mobil", "web",
    # office words printed capitalised before a name ('Chief Executive Jane Roe', 'Deputy Jane Roe', 'Coach Jo'),
    # never a first name
    "executive", "deputy", "coach",
    # greetings that open a question ('Hi Anna, …?')
    "hi", "hello", "hey", "hallo",
    # administrative areas before a place's name ('im Landkreis Beispielstadt')
    "landkreis", "kreis", "bezirk", "gemeinde", "stadt", "bundesland", "kanton", "provinz", "regierungsbezirk",
}
# First names that are also common words ("Mark" the currency, "Will", "Art"): a name only with a context
# signal (a role apposition, a title, a speech verb) around it. Months that are also given names ('Mai', 'April')
# likewise: a date never stands between a speech verb and a role apposition.
AMBIGUOUS_FIRST = {"mark", "will", "art", "april", "mai", "june", "august"}
# Capitalised words that never belong to a person's name.
NOT_NAME = ORG_WORDS | NOT_FIRST | {
    "ki", "ai", "app", "modell", "model", "models", "chips", "chip", "code", "open", "source", "daten",
    "copilot", "windows", "pcs", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "january", "february", "march", "june", "july", "october",
    "december", "ende", "anfang", "mitte", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mehr", "als", "nur", "auch", "noch", "wie", "was", "wer", "warum",
    "graphic",  # 'Graphic Design' (IMPRINT_WORDS below)
    "affairs", "relations",  # 'Vice President of Clinical Affairs', 'Director of Public Relations': an office's field
    "who",  # "Center for Children Who Stutter": a relative clause in a name of an organisation
}
# Places whose first word is a first name ('Lewis Canyon', 'Morgan County', 'Carson City'): never a name's last word.
PLACE_WORDS = {"canyon", "creek", "county", "city", "island", "islands", "mountain", "mountains", "falls", "springs",
               "harbor", "harbour", "peninsula", "desert", "river", "beach", "lake",
               "estates",  # a housing subdivision ('Example Estates')
               # churches named after their town ('Exeter Cathedral', 'Beverley Minster'); not 'Church', a surname
               "cathedral", "minster", "abbey", "kathedrale"}
NOT_NAME |= PLACE_WORDS
# Lay-role and place words that are also common surnames ('Prof. Anna Schüler', 'Jane Lake, a hydrologist'): after a
# first name they are the surname where a title or the context (an apposition, a speech verb) marks a person.
SURNAME_HOMONYMS = {"schüler", "farmer", "lake", "beach"}
HONORIFIC = r"(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?)"
# British honours before a name ('Prof. Dame Anna Example', 'Sir John Example'): part of the title, not the name.
HONOUR = r"(?:Dame|Sir)"

# Headings or lead-ins of contact blocks.
CONTACT_LEAD = re.compile(
    r"^(?:weitere informationen|für (?:weitere )?(?:fragen|rückfragen)|kontakt|ansprechpartner(?:in|innen)?|"
    r"pressekontakt|medienkontakt|wissenschaftliche ansprechpartner|rückfragen|contact|media contact|"
    r"press contact|media inquiries|media enquiries|media relations|presse\s*:|press\s*:|"
    r"for further information)", re.I)
PRESS_CONTACT = re.compile(r"\b(?:pressekontakt|pressestelle|medienkontakt|press office|media contact|press contact|"
                           r"media relations|public relations|media inquir|media enquir|press inquir|presseanfragen|"
                           r"pressebüro|pressereferat|kommunikation und marketing|"
                           r"stabsstelle presse|presse und kommunikation|unternehmenskommunikation|hochschulkommunikation|"
                           r"pressesprecher|pressereferent)", re.I)
EXPERT_LEAD = re.compile(r"^(?:die |unsere )?(?:expert(?:\*|:|/|_)?innen|experten|expertinnen|experts|"
                         r"die gesprächspartner|ansprechpartner(?:innen)?)\b", re.I)
# The label of a list of speakers or panellists: 'mit: Dr. X, …', 'Referenten: …', 'Speakers: …'.
SPEAKER_LEAD = re.compile(r"^(?:mit|with|referent(?:en|innen|\*innen|:innen)?|redner(?:innen)?|sprecher(?:innen)?|"
                          r"speakers?|panel(?:ists?)?|(?:auf dem )?podium|es sprechen|gäste|guests|"
                          r"teilnehmer(?:innen)?|gesprächspartner(?:innen)?)\s*:\s*|"
                          # 'Als Gesprächspartner stehen zur Verfügung:', 'Available for interviews:'
                          r"^[^.:]{0,60}\b(?:gesprächspartner\w*|stehen\s+(?:ihnen\s+)?zur\s+verfügung|"
                          r"available\s+for\s+(?:interviews?|comment))\b[^.:]{0,30}:\s*", re.I)
# The label of a show's host or a talk's moderator inside a text: 'Host: X. Guests: …', 'Moderation: X'.
# Who hosts a show or moderates a talk, as its credits or a transcript label it.
HOST_WORDS = ("Host", "Hosts", "Moderator", "Moderatorin", "Moderation")
_HOST_LABELS = HOST_WORDS + ("Presenter", "Presenters", "Interviewer", "Interviewerin", "Gastgeber", "Gastgeberin")
HOST_LEAD = re.compile(r"(?:^|(?<=[.;!?])\s+|(?<=\n))(?:Co-)?(?:" + "|".join(
    sorted({v for w in _HOST_LABELS for v in (w, w.lower(), w.upper())}, key=len, reverse=True)) + r")\s*:\s*$")
# A talk and its speaker: 'ein Vortrag von Dr. X', 'Festvortrag des Historikers X', 'presentations by Rep. X',
# 'a keynote by X' (titles, abbreviations and role words may stand between the cue and the name).
TALK_BY = re.compile(r"\b(?:(?:Fest|Gast|Impuls|Haupt|Fach|Abend|Eröffnungs)?[Vv]ortrag(?:s|es)?|[Vv]orträge|"
                     r"Referat(?:s|es)?|Keynote|keynotes?|talks?|lectures?|presentations?|speech(?:es)?)\s+"
                     r"(?:von|vom|by|des|der|from)\s+(?P<between>(?:\S+\s+){0,4}?)$")
# Credit labels of a show or a publication's imprint: 'Co-Host - Dr. X', 'Producer: X', 'Editor X', 'Redaktion: X'.
# A name after one is a member of the staff, not a source.
# The staff of a publication's imprint, run together with the names in a PDF ('Dr. X Y Editor Z Photography …').
IMPRINT_WORDS = ("Producer", "Editor", "Photography", "Design", "Layout")
NOT_NAME |= {w.casefold() for w in IMPRINT_WORDS}
CREDIT_LABEL = (r"(?:(?:Co-|Executive\s+|Network\s+|Associate\s+|Managing\s+|Senior\s+|Art\s+|Graphic\s+)?(?:"
                + "|".join(HOST_WORDS + IMPRINT_WORDS) + "|"
                r"Producers|Editors|Editor-in-Chief|"
                r"Photographer|Photos|Designer|Illustration|Illustrations|Director|"
                r"Redaktion|Chefredaktion|Chefredakteur|Chefredakteurin|Herausgeber|Herausgeberin|Gestaltung|Satz|"
                r"Fotografie|Fotos|Kamera|Schnitt|Regie|Produktion|Produzent|Produzentin|Lektorat|Grafik))")
# What marks a publication's imprint besides its credit labels.
IMPRINT_MARK = re.compile(r"\b(?:Impressum|Imprint|Masthead|Editorial Office|is published|published by|"
                          r"Herausgeber|Herausgegeben|erscheint|V\.i\.S\.d\.P\.)")
# Photo captions and credits (`briefing.text.CAPTION`): a name there is a picture's subject or its photographer,
# never a source.
# A sentence that opens like a caption ('Von links: A, B und C.', 'Foto: …') inside a longer text.
CAPTION_OPENING = re.compile(rf"^\s*(?:{CAPTION_ORDER}|(?:Foto|Bild|Photo|Pictured)\s*:)", re.I)
# A person of the past, named with life dates or as deceased: "(1912–1954)", "(† 2001)", "der verstorbene", "the late".
HISTORICAL = re.compile(r"^\s*\((?:\*\s*)?\d{3,4}\s*[-–—]\s*(?:†\s*)?\d{2,4}\)|^\s*\(\s*(?:†|gest\.|died|d\.)\s*\d|"
                        # 'X, who charted the bay in 1792', 'X, der 1848 …': a relative clause set before 1900
                        r"^\s*,\s*(?:who|der|die|welcher|welche)\b[^.;]{0,80}?\b(?P<year>1[0-8]\d\d)\b")
# The verbs that end the introduction of an expert's statement ('Dr X, Research Fellow, University of Y, said:').
INTRO_VERBS = (r"said|says|comments?|commented|adds|added|explains|writes|noted|responds|sagte?|sagt|erklärte?|"
               r"kommentiert|kommentierte|meint|meinte|schreibt")
# Speech verbs in the past tense: a statement reported as made back then.
PAST_SPEECH_VERBS = {"sagte", "sagten", "erklärte", "erklärten", "betonte", "betonten", "meinte", "glaubte", "warnte",
                     "schrieb", "schrieben", "berichtete", "forderte", "kritisierte", "bezeichnete", "äußerte",
                     "said", "told", "wrote", "explained", "stressed", "argued", "warned", "believed", "claimed",
                     "stated", "noted", "commented"}
# The year before which a statement belongs to history, not to the sources of a present-day text.
HISTORY_YEAR = 1920
# An age right after a name: 'Gisela Muster (67)', 'Luis Example, 34, …' (the comma after it stays).
AGE_AFTER_NAME = re.compile(r"\s*(?:,\s*\d{1,3}\s*(?=,)|\(\d{1,3}\))")
# 'her late husband, X', 'ihr verstorbener Mann, X': the apposition's comma may stand before the name
HISTORICAL_BEFORE = re.compile(r"(?:\b(?:verstorbenen?|verstorbener|the late)\s+(?:[\w.-]+\s+){0,2}|"
                               r"\b(?:whose|his|her|their|my|our)\s+late\s+[a-z]+,?\s+|"
                               r"\b(?:verstorbenen?|verstorbener)\s+[\w-]+,\s+)$", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+|\b0)\d[\d\s/()-]{6,}\d")
# Bylines: "Autor: X", "Von X", "By X", "Text: X", "X sprach mit Y", "Das Interview führte X".
AUTHOR_LEAD = re.compile(r"(?:^|\|\s*)(?:Autor(?:in|en)?|Author|Text|Von|By|Redaktion)\s*:?\s+")
INTERVIEW_LINE = re.compile(
    r"(?:(?P<a>[^.?!]{3,60}?)\s+(?:sprach|spricht|sprachen) mit\s+|^interview\s*:\s*(?=[^.?!,]{3,60},))"
    r"(?P<b>[^.?!]{3,60})$|"
    r"(?:das )?(?:interview|gespräch) führte\s+(?P<c>[^.?!]{3,60})$|"
    r"^(?:interview\s*:(?![^.?!,]{3,60},)|(?:fragen|interviewed by)\s*:)\s*(?P<d>[^.?!]{3,60})$", re.I)
# ('Interview: Anna Beck, Coach at Example Club' names the person interviewed, with a role, not a credit)


def has_stem(text: str, stems) -> bool:
    low = text.casefold()
    return any(re.search(rf"(?:^|[\s-]|\w){re.escape(s)}(?:in|innen|en|e|s|n)?\b", low) for s in stems)


# a German club's or guild's officer is named by a compound in '-wart' (keeper of the youth, the cash, the trainees)
_CLUB_OFFICE = re.compile(r"[a-zäöüß-]{3,}wart(?:in|innen)?")


def is_role_word(word: str) -> bool:
    """'Forschungsgruppenleiterin', 'CEO', 'Machine-Learning-Ingenieur' are role words."""
    low = word.casefold().strip(",.;:()")
    if re.fullmatch(r"[a-z]+-general", low):
        return True  # 'Director-General', 'Secretary-General', 'Attorney-General': an office, no first name
    if _CLUB_OFFICE.fullmatch(low) and low != "gegenwart":
        return True  # 'Jugendwart', 'Kassenwartin', 'Lehrlingswart': a club's or guild's office
    return any(low == s or low.endswith(s) or low.endswith(s + "in") or low.endswith(s + "innen")
               or (len(s) > 3 and low.endswith(s + "s")) or (s.endswith("e") and low.endswith(s + "n"))
               for s in ROLE_STEMS + JOURNALIST_STEMS)


def singular(word: str, endings: tuple[tuple[str, str], ...], role: bool = True, shortest: int = 1) -> str | None:
    """The word with the first of `endings` (ending, replacement) it ends in replaced: 'Professorinnen' →
    'Professorin', 'Klimaforschers' → 'Klimaforscher', 'researchers' → 'researcher'. With `role`, only a base of
    `shortest` letters or more that is a role word counts (the next ending is tried); None when none fits."""
    for ending, replacement in endings:
        if not word.endswith(ending):
            continue
        base = word[:-len(ending)] + replacement
        if not role:
            return base
        if len(base) >= shortest and is_role_word(base):
            return base
    return None


# Nouns that describe a person without saying what they are an expert in ('Winzer', 'longtime dealer', 'the
# Wirtschaftsweise', 'Lektorin', 'Stadtbaurat'): before or after a name-shaped pair they show that the pair names
# a person, whether or not the gazetteer knows the first name. They do not feed the categories (ROLE_STEMS do).
PERSON_NOUN_STEMS = (
    "wirtschaftsweise", "techniker", "technician", "winzer", "meister", "lektor", "autor", "author", "leader",
    "dealer", "trainer", "fachkraft", "baurat", "stadtrat", "landrat", "gast", "guest", "kollege", "kollegin",
    "colleague", "behaviourist", "behaviorist", "pionier", "pioneer", "vertreter", "representative", "mitbegründer",
    "gründungsmitglied", "pfarrer", "pastor", "bischof", "bishop", "richter", "judge", "anwalt", "anwältin",
    "lawyer", "attorney", "lehrer", "teacher", "trainerin", "coach", "künstler", "artist", "musiker", "musician",
    "schriftsteller", "writer", "unternehmer", "entrepreneur", "investor", "aktivist", "activist", "sänger",
    "singer", "pilot", "astronaut", "kapitän", "captain", "hebamme", "pfleger", "nurse", "landwirt", "imker",
    "förster", "jäger", "fischer", "zimmerer", "handwerker", "obmann", "vorsitz", "kurator", "curator",
    "archäolog", "archaeolog", "archeolog", "denkmalpfleger", "intendant", "regisseur", "director", "dirigent",
    "rabbi", "doktor", "imam", "priest", "priester", "abgeordnet", "senior fellow", "veteran",
    "critic", "kritiker",
)
SURNAME_NOUNS = {"fischer", "richter", "jäger", "meister", "pilot", "förster", "lehrer", "pfarrer", "winzer", "zimmerer",
                 "imker", "vertreter", "gast", "pastor", "judge", "pioneer", "captain", "director"}
# Weak nouns inflected with '-en' ('dem Präsidenten', 'des Doktoranden', 'den Assistenten').
WEAK_NOUN_ENDINGS = ("präsident", "doktorand", "assistent", "student", "dozent", "referent", "absolvent", "agent",
                     "soziolog", "psycholog", "ökonom", "astronom", "architekt", "journalist", "spezialist", "experte")


def is_person_noun(word: str) -> bool:
    """A role word, or another noun that only a person is ('Winzer', 'Lektorin', 'Ministerpräsidenten')."""
    if is_role_word(word):
        return True
    low = word.casefold().strip(",;:()")
    if any(low.endswith(s + "en") for s in WEAK_NOUN_ENDINGS):
        return True
    if low in SURNAME_NOUNS:  # 'Fischer', 'Richter' alone are as often surnames; 'Hobbyfischer' is not
        return False
    if _CLUB_OFFICE.fullmatch(low) and low != "gegenwart":
        return True  # 'Jugendwart', 'Kassenwartin', 'Lehrlingswart': a club's or guild's office
    return any(low == s or low.endswith(s) or low.endswith(s + "in") or low.endswith(s + "innen")
               or low.endswith(s + "s") or low.endswith(s + "e") or low.endswith(s + "en") for s in PERSON_NOUN_STEMS)


# The German labels of a film's or a publication's credits ('Regie: X', 'Kamera: Y') are never part of a name, even
# where a title on the line above runs into one ('Madison' over 'Regie: …' read as one line). Not 'Schnitt' or
# 'Satz', which are surnames as well.
CREDIT_WORDS = ("regie", "kamera", "produktion", "gestaltung", "lektorat", "grafik", "fotografie", "redaktion",
                "chefredaktion", "drehbuch")
NOT_NAME |= set(CREDIT_WORDS)

# Heads of German compounds that name a trade or an office ('Klavierbauer', 'Zollbeamter', 'Obermeister',
# 'Wachszieherin', 'Gestütsführer', 'Gerätewart'): right before a name such a compound is the person's role, one the
# role words (ROLE_STEMS) do not list. Only as the head of a compound: alone, 'Bauer' and 'Meister' are surnames.
TRADE_HEADS = ("bauer", "beamter", "beamtin", "beamte", "meister", "zieher", "macher", "händler", "züchter", "wart",
               "führer", "schmied", "gießer", "pfleger", "gärtner", "techniker", "brauer", "kehrer", "feger",
               "decker", "drechsler", "wirt")
# '-meister' after these is a sports title, not a craft ('Weltmeister', 'Vereinsmeisterin', 'Juniorenweltmeister')
CHAMPION_PREFIXES = ("welt", "europa", "vize", "landes", "bundes", "kreis", "bezirks", "stadt", "vereins", "club",
                     "klub", "rekord", "olympia", "staats", "hallen", "jugend", "junioren", "gesamt")


def is_trade_compound(word: str) -> bool:
    """'Klavierbauer', 'Zollbeamtin', 'Landesinnungsmeister', 'Kerzenmacherinnen': a capitalised German compound whose
    head names a trade or an office (not 'Bauer', nor 'Weltmeister')."""
    if not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*", word):
        return False
    low = word.casefold()
    for head in TRADE_HEADS:
        m = re.search(rf"(?P<prefix>[a-zäöüß-]{{3,}}?)-?{head}(?:in|innen|n|s)?$", low)
        if m and not (head == "meister" and m.group("prefix").rstrip("-").endswith(CHAMPION_PREFIXES)):
            return True
    return False


# English craft titles: 'Master' before a capitalised trade ('Master Distiller', 'Master Mason', 'Master Brewer').
MASTER_TITLE = re.compile(r"\bMaster\s+[A-Z][a-z]{3,}\b")
