"""Expert detection that holds when a text arrives with other line breaks: a list of speakers wrapped or
joined into one line, a question and its labelled answer in one paragraph, a pull quote over its attribution."""

from briefing.extract.people import extract_people
from briefing.model import Block, Document, SourceMeta


def doc_of(*blocks, **meta):
    doc = Document(id="x", seed="x.txt", format="txt", meta=SourceMeta(**meta))
    doc.blocks = [b if isinstance(b, Block) else Block(kind="paragraph", text=b) for b in blocks]
    for i, block in enumerate(doc.blocks):
        block.anchor = f"b-{i}"
    return doc


def categories(doc):
    return {m.name: m.category for m in extract_people(doc).people}


# --- lists of speakers --------------------------------------------------------------------------

def test_speaker_lead_closing_a_block_opens_the_list_below():
    found = categories(doc_of(
        "Montag, 3. Mai 2021, 10 Uhr Rathaus Beispielstadt (Saal 2) Als Gesprächspartner stehen zur Verfügung:",
        "Wiebke Sandmann, Fachdienst Denkmalpflege, Stadt Beispielstadt",
        "Holger Brinkhaus, Stadtbaurat, Stadt Beispielstadt"))
    assert found["Wiebke Sandmann"] == "expert" and found["Holger Brinkhaus"] == "expert"


def test_speaker_list_joined_into_one_block_after_the_lead():
    found = categories(doc_of(
        "Dienstag, 4. Mai 2021, 11 Uhr Campus Als Gesprächspartner stehen zur Verfügung:",
        "Wiebke Sandmann, Fachdienst Denkmalpflege, Stadt Beispielstadt Holger Brinkhaus, Stadtbaurat, "
        "Stadt Beispielstadt Greta Olsen, Grabungsleiterin, Firma Spaten und Kelle Jonas Weber, Restaurator, "
        "Museum Beispielstadt Lea Korn, Archäologin, Landesamt Ida Berg, Vermesserin, Landesamt"))
    assert found["Wiebke Sandmann"] == "expert" and found["Ida Berg"] == "expert"


def test_invitation_fields_joined_into_one_line():
    found = categories(doc_of(
        "im: Kulturhaus Beispielstadt, Hafenweg 2 am: Freitag, 7. Mai 2021, 11.00 Uhr mit: Dr. Olaf Brenner, "
        "Koordinator des Themenjahres Wiebke Sandmann, Leiterin der Geschäftsstelle Themenjahr Sternenhimmel"))
    assert found["Wiebke Sandmann"] == "expert"


def test_wrapped_entry_keeps_the_speaker_list_open():
    found = categories(doc_of(
        "Speakers:",
        "Dr. Olaf Brenner, head of the Example Observatory in",
        "Sampletown",
        "Wiebke Sandmann, director of the Example Planetarium"))
    assert found["Wiebke Sandmann"] == "expert"


def test_sentence_after_the_list_closes_it():
    found = categories(doc_of(
        "Als Gesprächspartner stehen zur Verfügung:",
        "Dr. Olaf Brenner, Leiter der Sternwarte Beispielstadt",
        "Wir freuen uns auf Ihr Kommen.",
        "Wiebke Sandmann wohnt in Beispielstadt."))
    assert found.get("Wiebke Sandmann") != "expert"


def test_a_colon_ending_prose_is_no_speaker_lead():
    found = categories(doc_of(
        "Der Verein blickt auf ein gutes Jahr zurück und nennt die Zahlen:",
        "Wiebke Sandmann wohnt in Beispielstadt und kauft gern ein"))
    assert found.get("Wiebke Sandmann") != "expert"


# --- a question and its labelled answer in one paragraph ----------------------------------------

def test_labelled_answer_after_a_question_in_the_same_paragraph():
    found = categories(doc_of(
        "Anna Feldmann, a physician at the Example Clinic, explains what to look for.",
        "What is the difference between a cold and the flu? Dr. Feldmann: A flu starts suddenly, with a high "
        "fever and aching limbs, while a cold builds up over days.",
        kind="interview"))
    assert found["Anna Feldmann"] == "expert"


def test_german_answer_label_after_question():
    found = categories(doc_of(
        "Anfang des Jahres hat Jonas Albrecht den Beispielverband gegründet.",
        "Warum braucht es einen neuen Verband? Jonas Albrecht: Weil kleine Betriebe bisher keine Stimme haben "
        "und wir ihnen eine geben wollen.",
        kind="interview"))
    assert found["Jonas Albrecht"] == "expert"


def test_a_colon_after_a_question_is_no_answer_without_a_known_speaker():
    found = categories(doc_of(
        "Jonas Albrecht wohnt in Beispielstadt.",
        "Was bleibt zu tun? Die Liste: Dach decken, Fenster streichen und den Garten umgraben."))
    assert found.get("Jonas Albrecht") not in ("expert", "quoted")


# --- a pull quote over its attribution line -------------------------------------------------------

def test_pull_quote_with_attribution_in_the_next_block():
    found = categories(doc_of(
        "“Many species of snails are declining fast. We want to know why some of them persist.”",
        "Greta Olsen, PhD candidate",
        "Department of Biology"))
    assert found["Greta Olsen"] == "quoted"


def test_quotation_followed_by_prose_naming_someone_is_no_pull_quote():
    found = categories(doc_of(
        "“Many species of snails are declining fast. We want to know why some of them persist.”",
        "Greta Olsen visited the lake last summer and took photographs of the shore."))
    assert found.get("Greta Olsen") != "quoted"
