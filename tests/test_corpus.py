"""Across sources: one person per real person, a role per source, the editor wins."""

from briefing.config import BriefingConfig, PersonSpec
from briefing.corpus import build_corpus, name_key, slug
from briefing.model import Document, Mention, Quote


def doc(doc_id, *mentions, quotes=()):
    d = Document(id=doc_id, seed=f"{doc_id}.txt", format="txt")
    d.people = list(mentions)
    d.quotes = list(quotes)
    return d


def test_name_key_normalises_titles_initials_umlauts():
    assert name_key("J. D. Vance") == name_key("JD Vance") == name_key("Jd Vance") == "jd vance"
    assert name_key("Prof. Dr. Jürgen Müller") == name_key("Juergen Mueller")
    assert name_key("Dr.-Ing. Klara Weiß") == "klara weiss"
    assert slug("Jürgen Müller") == "juergen-mueller"


def test_one_person_with_two_roles():
    a = doc("a", Mention(name="Lea Stone", role="Ingenieurin", affiliation="Acme", category="expert"),
            quotes=[Quote(speakers=["Lea Stone"], text="x", anchor="p-1")])
    b = doc("b", Mention(name="Dr. Lea Stone", title="Dr.", role="Senior Scientist", affiliation="Acme",
                         category="quoted"))
    people = build_corpus([a, b], BriefingConfig()).people
    assert len(people) == 1
    p = people[0]
    assert p.category == "expert" and p.title == "Dr." and p.name == "Lea Stone"
    assert [(x.source, x.role) for x in p.affiliations] == [("a", "Ingenieurin"), ("b", "Senior Scientist")]
    assert p.quotes == [{"source": "a", "text": "x", "anchor": "p-1"}]


def test_shared_surname_is_not_merged_and_initial_joins_unique_name():
    a = doc("a", Mention(name="Anna Roth", category="expert"), Mention(name="Ben Roth", category="expert"))
    b = doc("b", Mention(name="L. Stone", category="expert"), Mention(name="Lea Stone", category="quoted"))
    names = sorted(p.name for p in build_corpus([a, b], BriefingConfig()).people)
    assert names == ["Anna Roth", "Ben Roth", "Lea Stone"]


def test_only_experts_and_quoted_are_indexed():
    a = doc("a", Mention(name="Rita Press", category="contact"), Mention(name="Ida Author", category="author"),
            Mention(name="Max Muster", category="mentioned"))
    assert build_corpus([a], BriefingConfig()).people == []


def test_config_wins():
    config = BriefingConfig(people={
        "Lea Stone": PersonSpec(name="Lea M. Stone", aliases=["L. Stone"], title="Prof. Dr.", category="quoted",
                                homepage="https://example.org"),
        "Ida Author": PersonSpec(category="expert"),
        "Max Muster": PersonSpec(exclude=True),
    })
    a = doc("a", Mention(name="L. Stone", category="expert"), Mention(name="Ida Author", category="author"),
            Mention(name="Max Muster", category="expert"))
    people = {p.name: p for p in build_corpus([a], config).people}
    assert set(people) == {"Lea M. Stone", "Ida Author"}
    assert people["Lea M. Stone"].category == "quoted" and people["Lea M. Stone"].title == "Prof. Dr."
    assert people["Lea M. Stone"].homepage == "https://example.org"
    assert people["Ida Author"].category == "expert"


def test_seeds_with_the_same_slug_get_distinct_ids_and_a_warning():
    from briefing.config import BriefingConfig
    from briefing.corpus import build_corpus
    from briefing.model import Document

    docs = [Document(id="a", seed="a.txt", format="txt"), Document(id="a", seed="a.md", format="md"),
            Document(id="a", seed="A.html", format="html")]
    corpus = build_corpus(docs, BriefingConfig())
    assert [(d.seed, d.id) for d in corpus.documents] == [("A.html", "a"), ("a.md", "a-2"), ("a.txt", "a-3")]
    assert [str(d) for d in corpus.diagnostics] == [
        "a.md: its page address would be the same as that of A.html; it is sources/a-2/ instead",
        "a.txt: its page address would be the same as that of A.html; it is sources/a-3/ instead"]


def test_one_slug_rule_for_every_page_address():
    from briefing.read import seed_id
    from briefing.slugs import slug

    assert slug("Jürgen Müller-Lüdenscheidt") == "juergen-mueller-luedenscheidt"
    assert slug("Ångström Straße") == "angstroem-strasse"
    assert slug("Óscar Núñez") == "oscar-nunez"
    assert seed_id("000_Übersicht.TXT") == "000-uebersicht"
    assert slug("…", fallback="topic") == "topic"


def test_an_expert_who_wrote_the_source_gets_all_its_topics():
    from briefing.config import BriefingConfig
    from briefing.corpus import build_corpus
    from briefing.model import Document, Mention, SourceMeta, TopicHit

    doc = Document(id="a", seed="a.txt", format="txt",
                   meta=SourceMeta(title="Im Fokus", authors=["Klara Stein"]),
                   people=[Mention(name="Klara Stein", category="expert")],
                   topics=[TopicHit(id="open-source", score=3, evidence=["p-1"]),
                           TopicHit(id="distillation", score=2, evidence=["p-2"])])
    corpus = build_corpus([doc], BriefingConfig(), [])
    person = next(p for p in corpus.people if p.name == "Klara Stein")
    assert sorted(person.topics) == ["distillation", "open-source"]
