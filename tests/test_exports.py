"""JSON exports, feed, CSV and redirects for wikis and other tools (render/exports.py)."""

import csv
import io
import json
import xml.etree.ElementTree as ET

from briefing.config import BriefingConfig, PersonSpec, SourceOverride, TopicSpec
from briefing.model import Affiliation, Corpus, Document, Person, SourceMeta, Topic, TopicHit
from briefing.render.exports import (api_experts, api_sources, api_topics, experts_csv, redirect_page, redirects,
                                     rss_feed)
from briefing.render.pages import render_site


def corpus() -> Corpus:
    docs = [
        Document(id="a", seed="a.txt", format="txt",
                 meta=SourceMeta(title="Erste <Quelle>", date="2025-01-30", summary="Kurz.", authors=["Ann Autor"]),
                 topics=[TopicHit(id="distillation", score=3), TopicHit(id="not-configured", score=2)]),
        Document(id="b", seed="b.txt", format="txt", meta=SourceMeta(title="Zweite", date="2025")),
    ]
    people = [Person(id="vera-schmitt", name="Vera Schmitt", title="Dr.", category="expert",
                     affiliations=[Affiliation(source="a", role="Leiterin", affiliation="TU Berlin")],
                     sources=["a"], email="v@example.org")]
    topics = [Topic(id="distillation", label="Destillation", sources=["a"], experts=["vera-schmitt"])]
    return Corpus(documents=docs, people=people, topics=topics)


def test_json_exports_list_every_item_with_its_page_and_links():
    sources = api_sources(corpus())
    assert [s["id"] for s in sources] == ["a", "b"]
    assert sources[0]["topics"] == ["distillation"]  # hits of topics the corpus does not have stay out
    assert sources[0]["people"] == ["vera-schmitt"] and sources[1]["people"] == []
    assert sources[0]["path"] == "sources/a/"
    experts = api_experts(corpus())
    assert experts[0]["affiliations"] == [{"source": "a", "role": "Leiterin", "affiliation": "TU Berlin"}]
    assert experts[0]["path"] == "experts/vera-schmitt/"
    assert api_topics(corpus()) == [{"id": "distillation", "label": "Destillation", "sources": ["a"],
                                     "experts": ["vera-schmitt"], "path": "topics/distillation/"}]
    files = render_site(corpus(), BriefingConfig())
    assert json.loads(files["api/sources.json"]) == sources
    assert files["api/topics.json"].endswith("\n") and "Destillation" in files["api/topics.json"]


def test_rss_feed_is_valid_xml_with_one_item_per_source():
    root = ET.fromstring(rss_feed(corpus(), "Briefing", "", "https://example.org/b"))
    items = root.findall("./channel/item")
    assert [i.findtext("title") for i in items] == ["Erste <Quelle>", "Zweite"]
    assert items[0].findtext("link") == "https://example.org/b/sources/a/"
    assert items[0].findtext("pubDate") == "Thu, 30 Jan 2025 00:00:00 +0000"
    assert items[1].find("pubDate") is None  # a year alone is no RSS date


def test_experts_csv_has_a_row_per_person_with_roles_and_sources():
    rows = list(csv.DictReader(io.StringIO(experts_csv(corpus()))))
    assert rows == [{"id": "vera-schmitt", "name": "Vera Schmitt", "title": "Dr.", "category": "expert",
                     "roles": "Leiterin, TU Berlin [a]", "sources": "a", "topics": "", "quotes": "0",
                     "email": "v@example.org", "phone": "", "path": "experts/vera-schmitt/"}]


def test_renamed_ids_get_redirect_pages():
    config = BriefingConfig(
        topics=[TopicSpec(id="distillation", label="Destillation", old_ids=["distill"])],
        people={"Vera Schmitt": PersonSpec(old_ids=["v-schmitt"])},
        sources={"b.txt": SourceOverride(old_ids=["old-b"])},
    )
    assert redirects(corpus(), config) == [("experts", "v-schmitt", "vera-schmitt"),
                                           ("sources", "old-b", "b"), ("topics", "distill", "distillation")]
    files = render_site(corpus(), config)
    assert 'url=../distillation/' in files["topics/distill/index.html"]
    assert "<script" not in redirect_page("../x/")
