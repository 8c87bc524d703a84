"""The MkDocs settings a briefing site is built with, in one place.

- `briefing build` with no mkdocs.yml writes `mkdocs_yml(...)` (cli.py);
- the `briefing` plugin adds `MARKDOWN_EXTENSIONS` with their `markdown_extension_configs(language)`,
  and the `EXTRA` settings, to any configuration that lacks them (theme/__init__.py: apply_theme);
- the project's own mkdocs.yml is the user's file and may say more, but where it states one
  of these settings it states the same value (tests/test_site.py checks that they agree).

No MkDocs import here: the CLI reads this module at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, TypedDict, Union

THEME_NAME: Final = "material"
# No Google Fonts: the site makes no third-party request.
THEME_FONT: Final = False
THEME_FEATURES: Final[tuple[str, ...]] = ("navigation.top", "search.highlight")
USE_DIRECTORY_URLS: Final = True  # page URLs are folders: sources/<id>/ (render/paths.py)

MARKDOWN_EXTENSIONS: Final[tuple[str, ...]] = ("attr_list", "md_in_html", "tables", "admonition",
                                               "pymdownx.details", "toc")

# The tooltip of a heading's "¶" anchor (toc's `permalink_title`) in the site's language.
PERMALINK_TITLES: Final[Mapping[str, str]] = {"de": "Dauerhafter Link", "en": "Permanent link"}

# `extra:` settings. No "Made with Material for MkDocs" in the footer: an English line on
# every page, whatever the site's language.
EXTRA: Final[Mapping[str, object]] = {"generator": False}

VALIDATION: Final[Mapping[str, str]] = {"omitted_files": "info", "unrecognized_links": "warn", "anchors": "warn"}


def markdown_extension_configs(language: str) -> dict[str, dict[str, object]]:
    """Options of the `MARKDOWN_EXTENSIONS` that need any, for a site in `language`."""
    title = PERMALINK_TITLES.get(language, PERMALINK_TITLES["en"])
    return {"toc": {"permalink": True, "permalink_title": title}}


class Toggle(TypedDict):
    icon: str
    name: str


class PaletteScheme(TypedDict):
    media: str
    scheme: str
    toggle: Toggle


class Theme(TypedDict):
    name: str
    language: str
    font: bool
    features: list[str]
    palette: list[PaletteScheme]


# An entry of `plugins:`: a bare name, or {name: options}.
PluginEntry = Union[str, dict[str, dict[str, str]]]


class MkDocsYml(TypedDict):
    site_name: str
    docs_dir: str
    use_directory_urls: bool
    theme: Theme
    plugins: list[PluginEntry]
    validation: dict[str, str]
    extra: dict[str, object]


# The switch's tooltips in the site's language: (to dark, to light).
TOGGLE_NAMES: Final[Mapping[str, tuple[str, str]]] = {"de": ("Dunkles Farbschema", "Helles Farbschema"),
                                                      "en": ("Dark mode", "Light mode")}


def palette(language: str) -> list[PaletteScheme]:
    """Light and dark scheme, following the reader's system setting, with a switch."""
    to_dark, to_light = TOGGLE_NAMES.get(language, TOGGLE_NAMES["en"])
    return [{"media": "(prefers-color-scheme: light)", "scheme": "default",
             "toggle": {"icon": "material/brightness-7", "name": to_dark}},
            {"media": "(prefers-color-scheme: dark)", "scheme": "slate",
             "toggle": {"icon": "material/brightness-4", "name": to_light}}]


def theme(language: str) -> Theme:
    return {"name": THEME_NAME, "language": language, "font": THEME_FONT,
            "features": list(THEME_FEATURES), "palette": palette(language)}


def plugins(language: str, briefing: dict[str, str]) -> list[PluginEntry]:
    """Search in the site's language, the `briefing` plugin with its options, tags."""
    return [{"search": {"lang": language}}, {"briefing": briefing}, "tags"]


def mkdocs_yml(site_name: str, language: str, docs_dir: str, briefing: dict[str, str]) -> MkDocsYml:
    """A complete mkdocs.yml (as data) for a project that has none.

    Every call builds new lists and dicts, so YAML written from it has no anchors and aliases.
    """
    return {"site_name": site_name, "docs_dir": docs_dir, "use_directory_urls": USE_DIRECTORY_URLS,
            "theme": theme(language), "plugins": plugins(language, briefing), "validation": dict(VALIDATION),
            "extra": dict(EXTRA)}
