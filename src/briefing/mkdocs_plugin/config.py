"""Typed options of the `briefing` MkDocs plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class BriefingPluginConfig(Config):
    # Editorial configuration (briefing.yml); relative to mkdocs.yml. Empty: use
    # briefing.yml beside mkdocs.yml if there is one, else every default.
    config = c.Optional(c.Type(str))
    # Seeds folder; wins over `seeds:` of the editorial configuration.
    seeds = c.Optional(c.Type(str))
    # Set the short navigation when mkdocs.yml has no `nav`.
    nav = c.Type(bool, default=True)
