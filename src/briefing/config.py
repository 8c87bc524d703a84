"""Editorial configuration: one YAML file (`briefing.yml`), validated by pydantic.

Everything an editor decides lives here: site title and language, the topic
taxonomy, people to alias, merge, rename, exclude or annotate, and per-source
overrides that win over extraction. An error names the file, the line and the
problem.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic.json_schema import SkipJsonSchema

from briefing.model import Kind

CONFIG_FILE_NAME = "briefing.yml"


class ConfigError(Exception):
    """The editorial configuration is invalid; `str()` says file:line: problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SiteOptions(Strict):
    title: str = "Briefing"
    language: Literal["de", "en"] = "de"  # UI language of the generated pages
    description: str | None = None  # the paragraph on the home page: what the collection covers
    hotlink_images: bool = False  # true: show remote images; false: a captioned link (no third-party request)


class TopicSpec(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    label: dict[str, str] | str
    description: str | None = None
    signals: list[str] = Field(default_factory=list)  # words and phrases that signal it (matched on lemmas)
    old_ids: list[str] = Field(default_factory=list)  # earlier ids that must keep working

    def label_for(self, language: str) -> str:
        if isinstance(self.label, str):
            return self.label
        return self.label.get(language) or next(iter(self.label.values()))


class PersonSpec(Strict):
    """What the editor says about one person; keyed by the name as extracted."""

    name: str | None = None  # rename to this
    aliases: list[str] = Field(default_factory=list)  # other spellings that are the same person
    exclude: bool = False  # never show in the index
    category: Literal["expert", "quoted"] | None = None
    title: str | None = None
    homepage: str | None = None
    orcid: str | None = None
    note: str | None = None
    old_ids: list[str] = Field(default_factory=list)  # earlier page ids that must keep working


class SourceOverride(Strict):
    """Per-source fields that win over every extracted value."""

    title: str | None = None
    date: str | None = None
    authors: list[str] | None = None
    publisher: str | None = None
    distributor: str | None = None
    url: str | None = None
    language: str | None = None
    kind: Kind | None = None
    summary: str | None = None
    keywords: list[str] | None = None
    topics: list[str] | None = None
    old_ids: list[str] = Field(default_factory=list)  # earlier page ids that must keep working

    @field_validator("date", mode="before")
    @classmethod
    def date_as_text(cls, value: Any) -> Any:
        # YAML reads 2025-01-30 as a date object; the model keeps ISO text.
        value = value.isoformat() if hasattr(value, "isoformat") else value
        if isinstance(value, int):
            value = str(value)  # a bare year
        if isinstance(value, str) and not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value):
            raise ValueError("must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
        return value


class BriefingConfig(Strict):
    site: SiteOptions = Field(default_factory=SiteOptions)
    seeds: str = "seeds"  # folder of seeds, relative to the configuration file
    topic_min_score: float = 2.0  # evidence needed before a topic is assigned
    topics: list[TopicSpec] = Field(default_factory=list)
    people: dict[str, PersonSpec] = Field(default_factory=dict)
    sources: dict[str, SourceOverride] = Field(default_factory=dict)  # keyed by seed file name

    # Where it was read from (not part of the file).
    path: SkipJsonSchema[Path | None] = Field(default=None, exclude=True)

    def seeds_dir(self) -> Path:
        base = self.path.parent if self.path else Path.cwd()
        return (base / self.seeds).resolve()


def _line_index(node: yaml.Node, path: tuple = ()) -> dict[tuple, int]:
    """Map every key path in a YAML document to its 1-based line number."""
    lines = {path: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines.update(_line_index(value, path + (key.value,)))
            # The key's own line, not where its value starts (a nested mapping begins a line later).
            lines[path + (key.value,)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines.update(_line_index(item, path + (i,)))
    return lines


def _nearest_line(lines: dict[tuple, int], loc: tuple) -> int | None:
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get(())


def parse_config(text: str, path: Path) -> BriefingConfig:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError([f"{path}{line}: invalid YAML: {problem}"]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([f"{path}:1: the configuration must be a mapping of options"])
    lines = _line_index(node) if node is not None else {}
    if "path" in data:  # set by the loader, never by the file
        raise ConfigError([f"{path}:{lines.get(('path',), 1)}: path: Extra inputs are not permitted"])
    try:
        config = BriefingConfig.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(str(p) if not isinstance(p, int) else p for p in err["loc"])
            line = _nearest_line(lines, loc)
            where = ".".join(str(p) for p in loc) or "(top)"
            problems.append(f"{path}:{line}: {where}: {err['msg']}")
        raise ConfigError(problems) from None
    config.path = path
    _check_topics(config, lines)
    return config


def _check_topics(config: BriefingConfig, lines: dict[tuple, int]) -> None:
    seen: set[str] = set()
    problems = []
    for i, topic in enumerate(config.topics):
        for key, topic_id in [("id", topic.id), *(("old_ids", old) for old in topic.old_ids)]:
            if topic_id in seen:
                line = _nearest_line(lines, ("topics", i, key))
                problems.append(f"{config.path}:{line}: topics.{i}.{key}: topic id {topic_id!r} is used twice")
            seen.add(topic_id)
    known = {topic.id for topic in config.topics}
    for i, topic in enumerate(config.topics):
        for j, signal in enumerate(topic.signals):
            if len(signal) > 2 and signal.startswith("/") and signal.endswith("/"):
                try:
                    re.compile(signal[1:-1])
                except re.error as exc:
                    line = _nearest_line(lines, ("topics", i, "signals", j))
                    problems.append(f"{config.path}:{line}: topics.{i}.signals.{j}: invalid regular expression: {exc}")
    for seed, override in config.sources.items():
        for j, topic_id in enumerate(override.topics or []):
            if topic_id not in known:
                line = _nearest_line(lines, ("sources", seed, "topics", j))
                problems.append(f"{config.path}:{line}: sources.{seed}.topics: unknown topic {topic_id!r}")
    if problems:
        raise ConfigError(problems)


def load_config(path: Path | None) -> BriefingConfig:
    """Load the editorial configuration; no file means every default."""
    if path is None:
        return BriefingConfig()
    path = Path(path)
    if not path.exists():
        raise ConfigError([f"{path}: configuration file not found"])
    return parse_config(path.read_text(encoding="utf-8"), path.resolve())


def find_config(start: Path) -> Path | None:
    candidate = start / CONFIG_FILE_NAME
    return candidate if candidate.exists() else None


def config_json_schema() -> str:
    return json.dumps(BriefingConfig.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
