"""Editorial configuration (briefing.yml): defaults, a valid file, and errors that say file:line: problem."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing.config import BriefingConfig, ConfigError, config_json_schema, load_config

REPO = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str, name: str = "briefing.yml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == "\n".join(info.value.problems)
    return info.value.problems


def test_no_file_means_every_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config.site.title == "Briefing" and config.site.language == "de"
    assert config.site.hotlink_images is False
    assert config.topics == [] and config.people == {} and config.sources == {}
    assert config.topic_min_score == 2.0
    assert config.seeds_dir() == (tmp_path / "seeds").resolve()


def test_an_empty_file_is_every_default(tmp_path):
    config = load_config(write(tmp_path, "# nothing yet\n"))
    assert config.model_dump() == BriefingConfig().model_dump()


def test_a_valid_file(tmp_path):
    path = write(tmp_path, """\
site:
  title: Briefing KI
  language: en
  hotlink_images: true
seeds: quellen
topic_min_score: 3
topics:
  - id: chips
    label: {de: Chips, en: Chips and hardware}
    signals: [GPU, Nvidia]
    old_ids: [hardware]
  - id: privacy
    label: Datenschutz
people:
  Jane Doe:
    aliases: [J. Doe]
    category: expert
  Max Muster:
    exclude: true
sources:
  001_x.txt:
    date: 2025-01-30
    kind: interview
    topics: [chips]
""")
    config = load_config(path)
    assert config.path == path.resolve()
    assert config.site.title == "Briefing KI" and config.site.hotlink_images is True
    assert config.seeds_dir() == (tmp_path / "quellen").resolve()
    assert [t.id for t in config.topics] == ["chips", "privacy"]
    assert config.topics[0].label_for("en") == "Chips and hardware"
    assert config.topics[0].label_for("fr") == "Chips"
    assert config.topics[1].label_for("en") == "Datenschutz"
    assert config.people["Jane Doe"].aliases == ["J. Doe"] and config.people["Max Muster"].exclude
    override = config.sources["001_x.txt"]
    assert override.date == "2025-01-30" and override.kind == "interview" and override.topics == ["chips"]


def test_the_repository_configuration_is_valid():
    config = load_config(REPO / "briefing.yml")
    assert config.topics and len({t.id for t in config.topics}) == len(config.topics)


def test_invalid_yaml_names_file_and_line(tmp_path):
    path = write(tmp_path, "site:\n  title: Briefing\n  description: [nie geschlossen\nseeds: x\n")
    (message,) = problems(path)
    assert re.match(rf"{re.escape(str(path.resolve()))}:[3-5]: invalid YAML: ", message), message


def test_unknown_key_names_file_line_and_key(tmp_path):
    path = write(tmp_path, "site:\n  title: Briefing\n  titel: Tippfehler\n")
    (message,) = problems(path)
    assert message.startswith(f"{path.resolve()}:3: site.titel: "), message
    assert "not permitted" in message


def test_unknown_top_level_key(tmp_path):
    path = write(tmp_path, "seeds: s\nthemen:\n  - id: x\n")
    (message,) = problems(path)
    assert message.startswith(f"{path.resolve()}:2: themen: "), message


@pytest.mark.parametrize(("text", "line", "where"), [
    ("topic_min_score: viel\n", 1, "topic_min_score"),
    ("site:\n  hotlink_images: vielleicht\n", 2, "site.hotlink_images"),
    ("topics:\n  - id: chips\n    label: Chips\n    signals: 5\n", 4, "topics.0.signals"),
    ("topics:\n  - id: Chips und GPUs\n    label: Chips\n", 2, "topics.0.id"),
    ("sources:\n  a.txt:\n    kind: podcast\n", 3, "sources.a.txt.kind"),
    ("people:\n  Jane Doe:\n    category: vip\n", 3, "people.Jane Doe.category"),
])
def test_wrong_types_name_file_line_and_field(tmp_path, text, line, where):
    path = write(tmp_path, text)
    found = problems(path)
    assert any(p.startswith(f"{path.resolve()}:{line}: {where}: ") for p in found), found


def test_every_problem_is_reported(tmp_path):
    path = write(tmp_path, "site:\n  titel: x\ntopic_min_score: viel\n")
    found = problems(path)
    assert len(found) == 2, found


def test_duplicate_topic_id_names_file_and_line(tmp_path):
    path = write(tmp_path, "topics:\n  - id: chips\n    label: Chips\n  - id: privacy\n    label: P\n"
                           "  - id: chips\n    label: Noch einmal Chips\n")
    (message,) = problems(path)
    assert message.startswith(f"{path.resolve()}:6: "), message
    assert "'chips'" in message and "twice" in message


def test_old_id_clashing_with_a_topic_id(tmp_path):
    path = write(tmp_path, "topics:\n  - id: chips\n    label: Chips\n  - id: hardware\n    label: H\n"
                           "    old_ids: [chips]\n")
    (message,) = problems(path)
    assert message.startswith(f"{path.resolve()}:6: ") and "'chips'" in message, message


def test_a_list_instead_of_a_mapping(tmp_path):
    path = write(tmp_path, "- site\n- topics\n")
    (message,) = problems(path)
    assert message.startswith(f"{path.resolve()}:1: "), message


def test_missing_file(tmp_path):
    (message,) = problems(tmp_path / "fehlt.yml")
    assert "fehlt.yml" in message and "not found" in message


def test_json_schema_describes_the_options():
    schema = json.loads(config_json_schema())
    assert {"site", "seeds", "topics", "people", "sources"} <= set(schema["properties"])
    assert "path" not in schema["properties"]


def test_path_is_not_an_option(tmp_path):
    path = write(tmp_path, "seeds: s\npath: /etc\n")
    (message,) = problems(path)
    assert message.startswith(f"{path.resolve()}:2: path: "), message


def test_bad_regex_signal_and_override_date_are_named_with_their_lines(tmp_path):
    from briefing.config import ConfigError, parse_config

    text = ("topics:\n  - id: chips\n    label: Chips\n    signals: [Chip, '/[x/']\n"
            "sources:\n  a.txt:\n    date: 'Feb 2025'\n")
    with pytest.raises(ConfigError) as info:
        parse_config(text, tmp_path / "briefing.yml")
    assert any(":7: sources.a.txt.date" in p and "ISO date" in p for p in info.value.problems), info.value.problems
    text = "topics:\n  - id: chips\n    label: Chips\n    signals: [Chip, '/[x/']\n"
    with pytest.raises(ConfigError) as info:
        parse_config(text, tmp_path / "briefing.yml")
    assert info.value.problems[0].startswith(f"{tmp_path / 'briefing.yml'}:4: topics.0.signals.1: invalid regular expression")


def test_site_language_must_be_one_the_pages_speak(tmp_path):
    from briefing.config import ConfigError, parse_config

    with pytest.raises(ConfigError, match=r"briefing.yml:2: site.language"):
        parse_config("site:\n  language: fr\n", tmp_path / "briefing.yml")
