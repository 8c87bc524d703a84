"""Render stage: seed text is data. Raw HTML shows as text, unsafe links are dropped, Markdown
structure the seed did not mean is neutralised, remote images are links unless hot-linking is on."""

from __future__ import annotations

import json
import re

import frontmatter
import markdown
import pytest

from briefing.config import BriefingConfig
from briefing.mkdocs_defaults import MARKDOWN_EXTENSIONS
from briefing.model import Block, Corpus, Document, Person, SourceMeta, Topic, TopicHit
from briefing.render.i18n import strings
from briefing.render.markdown import block_markdown, body_markdown, inline
from briefing.render.pages import nav, render_site

UI = strings("de")


def html_of(text: str) -> str:
    return markdown.markdown(text, extensions=list(MARKDOWN_EXTENSIONS))  # as the site renders pages


def para(text: str) -> str:
    return html_of(block_markdown(Block(kind="paragraph", text=text, anchor="p-1"), UI))


# --- inline text ---------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">',
                                 "<iframe src='https://evil.example'></iframe>", "<b>fett</b>"])
def test_raw_html_shows_as_text(raw):
    out = para(f"Vorher {raw} nachher")
    assert "<script" not in out and "<img" not in out and "<iframe" not in out and "<b>" not in out
    assert raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")[:12] in out


@pytest.mark.parametrize("link", ["[klick](javascript:alert(1))", "[klick](JavaScript:alert(1))",
                                  "[klick]( javascript:alert(1))", "[klick](data:text/html;base64,PHNjcmlwdD4=)",
                                  "[klick](vbscript:msgbox)"])
def test_unsafe_links_are_dropped_and_the_words_kept(link):
    out = para(f"Bitte {link} hier.")
    assert "<a " not in out and not re.search(r"javascript|vbscript|data:", out, re.I)
    assert "klick" in out


def test_reference_definitions_cannot_make_script_links():
    out = para("Siehe [hier][1].\n[1]: javascript:alert(1)")
    assert "<a " not in out and "javascript:alert(1)" in out  # shown as text, not a link


def test_safe_links_stay_links():
    out = para("Mehr bei [der Uni](https://www.tu.berlin/news) und [Mail](mailto:presse@example.org).")
    assert '<a href="https://www.tu.berlin/news">der Uni</a>' in out
    assert 'href="mailto:presse@example.org"' in out


def test_gender_star_is_not_emphasis():
    out = para("Expert*innen und Forscher*innen sagen das.")
    assert "<em>" not in out and "Expert*innen" in out and "Forscher*innen" in out
    assert "<em>wirklich</em>" in para("Das ist *wirklich* neu.")


def test_attribute_lists_in_text_cannot_set_attributes():
    for block in (Block(kind="paragraph", text="Absatz {: onclick=alert(1) }", anchor="p-1"),
                  Block(kind="heading", level=2, text="Titel {: onclick=alert(1) }", anchor="h-1"),
                  Block(kind="list", items=["Punkt {: onclick=alert(1) }"], anchor="l-1"),
                  Block(kind="table", rows=[["a", "b"], ["x {: onclick=alert(1) }", "y"]], anchor="t-1")):
        out = html_of(block_markdown(block, UI))
        assert "onclick=" not in out.replace("onclick=alert(1) }", ""), out
        assert f'id="{block.anchor}"' in out, out


@pytest.mark.parametrize(("text", "unwanted"), [
    ("Satz eins\n# Kein Titel", "<h1"),
    ("Erste Zeile\n---", "<h2"),
    ("Erste Zeile\n===", "<h1"),
    ("Satz\n- kein Punkt", "<li"),
    ("1. Januar 2025 war ein Montag", "<ol"),
    ("    eingerückter Text", "<code"),
    ("a | b\n--|--\nc | d", "<table"),
    ("***", "<hr"),
])
def test_text_does_not_turn_into_structure(text, unwanted):
    out = para(text)
    assert unwanted not in out, out
    assert "\\" not in out, f"a visible backslash: {out}"


def test_ordinary_text_is_unchanged():
    assert inline("Die Kosten lagen bei 5,6 Mio. US-Dollar (laut DeepSeek).") == \
        "Die Kosten lagen bei 5,6 Mio. US-Dollar (laut DeepSeek)."


# --- images ----------------------------------------------------------------------------------

IMAGE = Block(kind="image", text="Grafik: Kosten", src="https://cdn.example.org/kosten.png", anchor="i-1")


def test_remote_image_becomes_a_captioned_link():
    md = block_markdown(IMAGE, UI)
    out = html_of(md)
    assert "<img" not in out
    assert '<a href="https://cdn.example.org/kosten.png">Grafik: Kosten</a>' in out
    assert 'id="i-1"' in out and UI["image"] in out


def test_remote_image_is_shown_when_hotlinking_is_allowed():
    out = html_of(block_markdown(IMAGE, UI, hotlink_images=True))
    assert '<img alt="Grafik: Kosten" src="https://cdn.example.org/kosten.png"' in out


def test_image_with_a_script_address_is_no_image_and_no_link():
    block = Block(kind="image", text="x", src="javascript:alert(1)", anchor="i-2")
    for hotlink in (False, True):
        out = html_of(block_markdown(block, UI, hotlink))
        assert "<img" not in out and "<a " not in out and "javascript" not in out


def test_images_inside_text_keep_only_their_words():
    out = para("Wie die ![Grafik](https://tracker.example/p.png) zeigt")
    assert "<img" not in out and "tracker.example" not in out and "Grafik" in out


# --- whole pages -------------------------------------------------------------------------------

EVIL = '<script>alert("x")</script>'


def hostile_corpus() -> Corpus:
    doc = Document(
        id="001-boese", seed="001_boese.txt", format="txt",
        meta=SourceMeta(title=f"Titel {EVIL}", date="2025-02", authors=[f"Eve {EVIL}"], publisher="Verlag | Haus",
                        url="https://example.org/a", language="de", kind="news", summary=f"Kurz {EVIL}"),
        blocks=[Block(kind="heading", level=2, text=f"Kapitel {EVIL}", anchor="h-1"),
                Block(kind="paragraph", text=f"Text {EVIL} [x](javascript:alert(1))", anchor="p-1"),
                Block(kind="answer", label="Eve", text=f"Antwort {EVIL}", anchor="a-1", speakers=["Eve Böse"])],
        topics=[TopicHit(id="chips", score=3, evidence=["p-1"])])
    person = Person(id="eve-bose", name=f"Eve {EVIL}", title="Dr.", category="expert", sources=["001-boese"],
                    topics=["chips"], quotes=[{"source": "001-boese", "text": f"Zitat {EVIL}", "anchor": "a-1"}])
    topic = Topic(id="chips", label=f"Chips {EVIL}", sources=["001-boese"], experts=["eve-bose"])
    return Corpus(documents=[doc], people=[person], topics=[topic])


def test_no_generated_page_carries_markup_from_the_data():
    files = render_site(hostile_corpus(), BriefingConfig())
    pages = {path: text for path, text in files.items() if path.endswith(".md")}
    assert {"index.md", "sources/001-boese.md", "experts/eve-bose.md", "topics/chips.md"} <= set(pages)
    for path, text in pages.items():
        body = frontmatter.loads(text).content
        out = html_of(body)
        assert "<script" not in out, f"{path}: {out}"
        assert "javascript:" not in out, path


def test_source_page_front_matter_and_exports():
    files = render_site(hostile_corpus(), BriefingConfig())
    post = frontmatter.loads(files["sources/001-boese.md"])
    assert post["title"] == f"Titel {EVIL}"  # the data itself, for MkDocs to escape
    assert post["seed"] == "001_boese.txt" and post["topics"] == ["chips"] and post["date"] == "2025-02"
    sources = json.loads(files["api/sources.json"])
    assert sources[0]["path"] == "sources/001-boese/" and sources[0]["people"] == ["eve-bose"]
    experts = json.loads(files["api/experts.json"])
    assert experts[0]["quotes"][0]["anchor"] == "a-1"


def test_render_is_deterministic():
    assert render_site(hostile_corpus(), BriefingConfig()) == render_site(hostile_corpus(), BriefingConfig())


def test_nav_lists_only_index_pages():
    entries = [next(iter(item.values())) for item in nav(BriefingConfig())]
    assert entries[0] == "index.md"
    assert all(e.endswith("index.md") or e == "tags.md" for e in entries), entries


def test_body_joins_blocks_with_blank_lines():
    blocks = [Block(kind="paragraph", text="Eins", anchor="p-1"), Block(kind="paragraph", text="Zwei", anchor="p-2")]
    out = html_of(body_markdown(blocks, UI))
    assert out.count("<p") == 2 and 'id="p-1"' in out and 'id="p-2"' in out


def test_numbered_questions_open_a_section_below_the_current_heading():
    from briefing.model import Block
    from briefing.render.i18n import strings
    from briefing.render.markdown import body_markdown

    blocks = [Block(kind="paragraph", text="Intro", anchor="p-1"),
              Block(kind="question", number=1, text="Warum?", anchor="q-1"),
              Block(kind="heading", level=2, text="Teil", anchor="h-1"),
              Block(kind="question", number=2, text="Wie?", anchor="q-2")]
    lines = [line for line in body_markdown(blocks, strings("de")).splitlines() if line.startswith("#")]
    assert lines[0].startswith("## 1. Warum?")  # no H3 straight after the H1
    assert lines[2].startswith("### 2. Wie?")


def test_amounts_are_formatted_per_language():
    from briefing.render.pages import format_amount

    assert format_amount(5.6e6, "USD", "de") == "5,6 Mio. USD"
    assert format_amount(294000, "USD", "de") == "294.000 USD"
    assert format_amount(2.28e11, "USD", "en") == "228 billion USD"
    assert format_amount(1500, "GPUs", "en") == "1,500 GPUs"


def test_link_labels_cannot_be_closed_by_a_title():
    from briefing.render.markdown import link_label

    label = link_label("Antwort] hier [x](javascript:alert(1)) \\ Expert*innen <b>")
    assert "]" not in label and "[" not in label and "\\ " not in label
    assert "<b>" not in label and "Expert\\*innen" in label


def test_contact_addresses_render_with_line_breaks_and_mailto_links():
    from briefing.model import Block
    from briefing.render.i18n import strings
    from briefing.render.markdown import body_markdown

    lines = [Block(kind="contact", text=t, group=g, anchor=f"c-{i}")
             for i, (t, g) in enumerate([("Dr. Anna Beck", 0), ("E-Mail: anna.beck@example.org", 0),
                                         ("Tim Roth", 1)])]
    md = body_markdown(lines, strings("de"))
    assert md == ("Dr. Anna Beck  \nE-Mail: [anna.beck@example.org](mailto:anna.beck@example.org)\n"
                  "{: #c-0 .briefing-contact }\n\nTim Roth\n{: #c-2 .briefing-contact }")


# --- presentation: lead, people groups, quotes, matrix -------------------------------------

LEAD = "DeepSeek hat ein **offenes** Modell vorgestellt. Es war billig."


def briefing_corpus(summary: str = LEAD) -> Corpus:
    """A source whose lead is its summary, one expert and one person quoted from business, both
    with two quotes from that source on one topic."""
    blocks = [Block(kind="heading", level=2, text="Worum es geht", anchor="h-1"),
              Block(kind="paragraph", text="DeepSeek hat ein *offenes*\nModell vorgestellt. Es war billig. Mehr.",
                    anchor="p-1"),
              Block(kind="answer", label="Beck", text="Das Modell ist offen.", anchor="a-1", speakers=["Anna Beck"]),
              Block(kind="answer", label="Beck", text="Und es war billig.", anchor="a-2", speakers=["Anna Beck"]),
              Block(kind="paragraph", text="Tim Cook sagte, Innovation senke Kosten.", anchor="p-2")]
    doc = Document(id="001-lead", seed="001_lead.txt", format="txt", blocks=blocks,
                   meta=SourceMeta(title="Offenes Modell", date="2025-01-30", summary=summary, kind="news"),
                   topics=[TopicHit(id="open-source", score=3, evidence=["p-1", "a-1", "a-2", "p-2"])])
    expert = Person(id="anna-beck", name="Anna Beck", category="expert", sources=["001-lead"], topics=["open-source"],
                    quotes=[{"source": "001-lead", "text": "Das Modell ist offen.", "anchor": "a-1"},
                            {"source": "001-lead", "text": "Und es war billig.", "anchor": "a-2"}])
    quoted = Person(id="tim-cook", name="Tim Cook", category="quoted", sources=["001-lead"], topics=["open-source"],
                    quotes=[{"source": "001-lead", "text": "Innovation senkt Kosten.", "anchor": "p-2"}])
    topic = Topic(id="open-source", label="Offene Modelle", sources=["001-lead"], experts=["tim-cook", "anna-beck"])
    return Corpus(documents=[doc], people=[quoted, expert], topics=[topic])


def page_html(files: dict, path: str) -> str:
    return html_of(frontmatter.loads(files[path]).content)


def meta_box(html: str) -> str:
    return re.search(r'<div class="briefing-meta">(.*?)</div>', html, re.S).group(1)


def test_summary_box_is_left_out_when_the_body_opens_with_the_summary():
    files = render_site(briefing_corpus(), BriefingConfig())
    assert "<blockquote>" not in meta_box(page_html(files, "sources/001-lead.md"))
    post = frontmatter.loads(files["sources/001-lead.md"])
    assert post["summary"] == LEAD and post["description"] == LEAD  # still the page's description


def test_summary_box_stays_when_the_summary_is_not_the_lead():
    own = "Ein chinesisches Labor zeigt ein offenes Modell."
    box = meta_box(page_html(render_site(briefing_corpus(own), BriefingConfig()), "sources/001-lead.md"))
    assert "<blockquote>" in box and own in box


def section(html: str, heading: str) -> str:
    """The HTML between the <h2> that reads `heading` and the next <h2>."""
    match = re.search(rf"<h2[^>]*>{re.escape(heading)}</h2>(.*?)(?=<h2|$)", html, re.S)
    assert match, f"no section {heading!r} in {html[:2000]}"
    return match.group(1)


@pytest.mark.parametrize("language", ["de", "en"])
def test_home_and_topic_pages_list_quoted_people_apart_from_the_experts(language):
    ui = strings(language)
    files = render_site(briefing_corpus(), BriefingConfig(site={"language": language}))
    for path, experts_heading in (("index.md", ui["experts"]), ("topics/open-source.md", ui["experts_on_topic"])):
        html = page_html(files, path)
        experts, quoted = section(html, experts_heading), section(html, ui["quoted_section"])
        assert "Anna Beck" in experts and "Tim Cook" not in experts, path
        assert "Tim Cook" in quoted and "Anna Beck" not in quoted, path
    assert ui["quoted_section"] != ui["experts"]


def test_home_page_without_quoted_people_has_no_empty_group():
    corpus = briefing_corpus()
    corpus.people = [p for p in corpus.people if p.category == "expert"]
    corpus.topics[0].experts = ["anna-beck"]
    files = render_site(corpus, BriefingConfig())
    for path in ("index.md", "topics/open-source.md"):
        assert UI["quoted_section"] not in page_html(files, path), path


def test_consecutive_quotes_from_one_source_stay_separate_blocks():
    files = render_site(briefing_corpus(), BriefingConfig())
    quotes = re.findall(r"<blockquote>(.*?)</blockquote>", section(page_html(files, "experts/anna-beck.md"),
                                                                   UI["quotes"]), re.S)
    assert len(quotes) == 2, quotes
    for quote, (text, anchor) in zip(quotes, [("Das Modell ist offen.", "a-1"), ("Und es war billig.", "a-2")]):
        assert text in quote and f'href="../sources/001-lead.md#{anchor}"' in quote, quote
    topic = page_html(files, "topics/open-source.md")
    statements = re.findall(r"<blockquote>", section(topic, UI["statements_on_topic"]))
    passages = re.findall(r"<blockquote>", section(topic, UI["key_passages"]))
    assert len(statements) == 3 and len(passages) == 4, topic


@pytest.mark.parametrize(("language", "one", "two"), [("de", "1 Quelle", "2 Quellen"),
                                                      ("en", "1 source", "2 sources")])
def test_matrix_cells_count_sources_in_singular_and_plural(language, one, two):
    from briefing.render.charts import matrix_table
    from briefing.render.i18n import count_sources

    ui = strings(language)
    assert (count_sources(1, ui), count_sources(2, ui)) == (one, two)
    corpus = briefing_corpus()
    corpus.people[1].sources.append("002-more")
    corpus.topics[0].sources.append("002-more")
    table = matrix_table(corpus.people, corpus.topics, "Matrix", lambda n: count_sources(n, ui))
    assert f'title="{one}"' in table and f'title="{two}"' in table and "(n)" not in table and "(s)" not in table
    home = render_site(briefing_corpus(), BriefingConfig(site={"language": language}))["index.md"]
    assert f'title="{one}"' in home


def test_matrix_has_one_scroll_box_and_lists_experts_first():
    from briefing.render.charts import matrix_table

    table = matrix_table(briefing_corpus().people, briefing_corpus().topics, "Matrix", str)
    # The theme wraps every table without a class in a scroll box of its own; nested in ours,
    # the outer one clipped the last column.
    assert table.startswith('<div class="briefing-matrix"><table class="')
    assert table.count("<div") == 1
    assert table.index("Anna Beck") < table.index("Tim Cook")


def test_a_hosts_statement_is_named_and_a_question_is_called_one():
    statement = block_markdown(Block(kind="question", label="Ann Beck", text="Welcome to the show.", anchor="q-1"), UI)
    assert statement.startswith("**Ann Beck:** *Welcome to the show.*") and UI["question"] not in statement
    question = block_markdown(Block(kind="question", label="Ann Beck", text="How fast?", anchor="q-2"), UI)
    assert question.startswith(f"**{UI['question']}** – Ann Beck: *How fast?*")


@pytest.mark.parametrize("language", ["de", "en"])
def test_expert_index_lists_people_without_organisation_after_the_organisations(language):
    from briefing.model import Affiliation

    ui = strings(language)
    corpus = briefing_corpus()
    for name, org in (("Zora Zeller", "Zentrum für Beispielforschung"), ("Paul Acker", "Akademie der Beispiele")):
        corpus.people.append(Person(id=name.lower().replace(" ", "-"), name=name, category="expert",
                                    sources=["001-lead"], affiliations=[Affiliation(source="001-lead", affiliation=org)]))
    # 'ohne Organisation' / 'no organisation' sorts among the names alphabetically; it belongs at the end
    html = page_html(render_site(corpus, BriefingConfig(site={"language": language})), "experts/index.md")
    experts = section(html, ui["experts_section"]) if ui["experts_section"] != ui["experts"] else html
    headings = re.findall(r"<h3[^>]*>(.*?)</h3>", experts)
    assert headings[:3] == ["Akademie der Beispiele", "Zentrum für Beispielforschung", ui["other_organisation"]], headings
