"""Theme adjustments the plugin applies: template overrides, a stylesheet, the Markdown
extensions the pages need and the `extra:` settings (briefing.mkdocs_defaults).

They live in the package so that a project with no files of its own (the
zero-configuration `briefing build`) gets them too.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from briefing.mkdocs_defaults import EXTRA, MARKDOWN_EXTENSIONS, markdown_extension_configs

HERE = Path(__file__).parent
OVERRIDES = HERE / "overrides"
STYLESHEET = "assets/briefing/briefing.css"


def stylesheet() -> str:
    return (HERE / STYLESHEET).read_text(encoding="utf-8")


def apply_theme(config: MkDocsConfig) -> None:
    dirs = config.theme.dirs
    if str(OVERRIDES) not in dirs:
        # After the user's custom_dir (if any), before the theme's own templates.
        position = 1 if config.theme.custom_dir else 0
        dirs.insert(position, str(OVERRIDES))
    if STYLESHEET not in [str(x) for x in config.extra_css]:
        config.extra_css.append(STYLESHEET)
    for extension in MARKDOWN_EXTENSIONS:
        if extension not in config.markdown_extensions:
            config.markdown_extensions.append(extension)
    for extension, options in markdown_extension_configs(config.theme.get("language") or "en").items():
        for key, value in options.items():
            config.mdx_configs.setdefault(extension, {}).setdefault(key, value)
    for key, value in EXTRA.items():
        config.extra.setdefault(key, value)
