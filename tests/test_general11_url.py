"""A PDF publication's printed website: the issuer's, not an advertiser's (`url.publication_website`)."""

from __future__ import annotations

from briefing.extract.metadata.url import publication_website
from briefing.model import Document


def doc(text: str) -> Document:
    return Document(id="t", seed="t.txt", format="txt", raw_text=text, lines=text.split("\n"))


COVER_AD = ("Mitteilungsblatt des Beispielverbands der Gartenfreunde e.V.\n"
            "Anzeige: Unser Dünger für jede Saison. Mehr unter www.gruen-duenger-muster.de\n"
            "Impressum: www.beispielverband-garten.de")


def test_an_advertisers_site_is_not_the_issuers():
    assert publication_website(doc(COVER_AD), "Beispielverband der Gartenfreunde e.V.") == "www.beispielverband-garten.de"


def test_the_issuers_initials_in_a_subdomain_name_its_site():
    text = "Jahresbericht 2001\nwww.lgx.uni-muster.de"
    assert publication_website(doc(text), "Landesamt für Geologie und Xylologie") == "www.lgx.uni-muster.de"


def test_without_a_known_issuer_the_first_site_is_taken():
    assert publication_website(doc(COVER_AD), None) == "www.gruen-duenger-muster.de"


def test_no_site_of_the_issuer_gives_none():
    text = "Anzeige: mehr unter www.gruen-duenger-muster.de"
    assert publication_website(doc(text), "Beispielverband der Gartenfreunde e.V.") is None
