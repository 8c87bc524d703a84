"""MkDocs events only: a thin adapter that runs the pipeline and adds its pages to the build."""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from briefing.config import CONFIG_FILE_NAME, BriefingConfig, ConfigError, load_config
from briefing.mkdocs_plugin.config import BriefingPluginConfig
from briefing.pipeline import run
from briefing.render.pages import nav, render_site
from briefing.theme import STYLESHEET, apply_theme, stylesheet

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingPlugin(BasePlugin[BriefingPluginConfig]):
    def __init__(self):
        self.editorial: BriefingConfig | None = None
        self.editorial_path: Path | None = None
        self.seeds_dir: Path | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        if self.config.config:
            self.editorial_path = (base / self.config.config).resolve()
        elif (base / CONFIG_FILE_NAME).exists():
            self.editorial_path = (base / CONFIG_FILE_NAME).resolve()
        try:
            self.editorial = load_config(self.editorial_path)
        except ConfigError as exc:
            raise PluginError(f"briefing: invalid editorial configuration:\n{exc}") from None
        if self.config.seeds:
            self.seeds_dir = (base / self.config.seeds).resolve()
        elif self.editorial_path:
            self.seeds_dir = self.editorial.seeds_dir()
        else:
            self.seeds_dir = (base / self.editorial.seeds).resolve()
        if self.config.nav and not config.nav:
            config.nav = nav(self.editorial)
        apply_theme(config)
        # MkDocs stamps the build day into sitemap.xml.gz (and each page's unused update date) unless
        # SOURCE_DATE_EPOCH is set: the same seeds must give the same files on any day.
        os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        corpus = run(self.editorial, self.seeds_dir)
        for diagnostic in corpus.diagnostics:
            {"error": log.error, "warning": log.warning}.get(diagnostic.level, log.info)(str(diagnostic))
        generated = render_site(corpus, self.editorial, config.site_url)
        generated[STYLESHEET] = stylesheet()
        for path, content in generated.items():
            if files.get_file_from_path(path) is not None:
                # The user's own file wins; we never overwrite what someone wrote.
                log.info("briefing: docs/%s exists, so the generated page of that path is not used", path)
                continue
            # Individual source, person and topic pages are reached from the index pages,
            # not the sidebar (a nav listing every page grows the site with the square of the corpus).
            inclusion = InclusionLevel.NOT_IN_NAV if path.count("/") == 1 and not path.endswith(
                ("/index.md", ".json", ".css")) else InclusionLevel.UNDEFINED
            files.append(File.generated(config, path, content=content, inclusion=inclusion))
        return files

    def on_page_markdown(self, markdown: str, *, page, config: MkDocsConfig, files: Files) -> str:
        # The front matter of a generated page is seed data, and the theme prints page.title and
        # page.meta.description unescaped (<title>, the header, <meta name="description">).
        if page.file.generated_by == "briefing":
            for key, quote in (("title", False), ("description", True)):
                if isinstance(page.meta.get(key), str):
                    page.meta[key] = html.escape(page.meta[key], quote=quote)
        return markdown

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        if self.seeds_dir:
            server.watch(str(self.seeds_dir))
        if self.editorial_path:
            server.watch(str(self.editorial_path))
        return server
