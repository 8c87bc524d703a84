"""The `briefing` command: convert, build, serve, check, suggest-topics, schema."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Annotated, Optional

import typer
import yaml
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from briefing import mkdocs_defaults
from briefing.config import CONFIG_FILE_NAME, BriefingConfig, ConfigError, config_json_schema, load_config
from briefing.model import Corpus
from briefing.pipeline import run
from briefing.read import list_seeds
from briefing.render.pages import render_site
from briefing.theme import STYLESHEET, stylesheet

app = typer.Typer(help="Turn a folder of sources into a searchable briefing website.", no_args_is_help=True,
                  add_completion=False)
err = Console(stderr=True, soft_wrap=True)  # messages stay one line each, for logs and grep
out = Console()

SeedsOption = Annotated[Optional[Path], typer.Option("--seeds", help="Folder of seeds (default: from the configuration, else ./seeds).")]
ConfigOption = Annotated[Optional[Path], typer.Option("--config", help=f"Editorial configuration (default: ./{CONFIG_FILE_NAME} if present).")]


def _editorial(config_file: Path | None) -> BriefingConfig:
    path = config_file or (Path(CONFIG_FILE_NAME) if Path(CONFIG_FILE_NAME).exists() else None)
    try:
        return load_config(path)
    except ConfigError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


def _seeds(seeds: Path | None, config: BriefingConfig) -> Path:
    folder = seeds.resolve() if seeds else config.seeds_dir()
    if not folder.is_dir():
        err.print(f"[red]error:[/] {folder}: seeds folder not found")
        raise typer.Exit(2)
    return folder


def _convert(config: BriefingConfig, seeds_dir: Path) -> tuple[Corpus, float]:
    files, _ = list_seeds(seeds_dir)
    start = time.perf_counter()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("converting", total=len(files))
        corpus = run(config, seeds_dir, on_document=lambda name: progress.update(task, advance=1, description=name))
    return corpus, time.perf_counter() - start


def _report(corpus: Corpus, seconds: float) -> None:
    colours = {"error": "red", "warning": "yellow", "info": "blue"}
    for d in corpus.diagnostics:
        label = "note" if d.level == "info" else d.level
        err.print(f"[{colours[d.level]}]{label}:[/] {d}", highlight=False)
    warnings = sum(1 for d in corpus.diagnostics if d.level != "info")
    out.print(f"{len(corpus.documents)} sources, {len(corpus.people)} people, "
              f"{sum(1 for t in corpus.topics if t.sources)} topics, {warnings} warnings, "
              f"{seconds:.1f} s", highlight=False)


OUTPUT_MANIFEST = ".briefing-output"  # the files `convert` wrote last time, one path a line


def write_output(out_dir: Path, files: dict[str, str], seeds_dir: Path) -> None:
    """Write generated files into a folder that is empty or was written by `convert` before.

    Never into the seeds folder or a folder of someone else's files; pages a previous run
    wrote and this one does not are removed, so no stale page survives.
    """
    out_dir, seeds_dir = out_dir.resolve(), seeds_dir.resolve()
    if out_dir == seeds_dir or seeds_dir in out_dir.parents or out_dir in seeds_dir.parents:
        raise ValueError(f"{out_dir}: the output folder must be apart from the seeds folder {seeds_dir}")
    manifest = out_dir / OUTPUT_MANIFEST
    if out_dir.exists() and any(out_dir.iterdir()) and not manifest.exists():
        raise ValueError(f"{out_dir}: not empty and not written by `briefing convert`; choose an empty folder")
    previous = set(manifest.read_text(encoding="utf-8").split()) if manifest.exists() else set()
    for stale in sorted(previous - set(files)):
        (out_dir / stale).unlink(missing_ok=True)
    for rel, content in files.items():
        target = out_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    manifest.write_text("".join(f"{rel}\n" for rel in sorted(files)), encoding="utf-8")


@app.command()
def convert(out_dir: Annotated[Path, typer.Option("--out", help="Folder to write the Markdown pages to (empty, or written by convert before).")],
            seeds: SeedsOption = None, config: ConfigOption = None) -> None:
    """Write one Markdown page per seed (YAML front matter) plus the index pages and JSON exports."""
    editorial = _editorial(config)
    seeds_dir = _seeds(seeds, editorial)
    corpus, seconds = _convert(editorial, seeds_dir)
    files = render_site(corpus, editorial)
    files[STYLESHEET] = stylesheet()
    try:
        write_output(out_dir, files, seeds_dir)
    except ValueError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    _report(corpus, seconds)


def _default_mkdocs_yml(title: str, language: str, seeds_dir: Path, editorial: Path | None,
                        docs_dir: Path) -> mkdocs_defaults.MkDocsYml:
    plugin: dict = {"seeds": str(seeds_dir)}
    if editorial:
        plugin["config"] = str(editorial.resolve())
    return mkdocs_defaults.mkdocs_yml(title, language, str(docs_dir), plugin)


@contextmanager
def _mkdocs_config_file(mkdocs_file: Path | None, seeds: Path | None, config: Path | None):
    """The mkdocs.yml to build with: the given one, ./mkdocs.yml, or defaults in a temporary folder."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    candidate = mkdocs_file or (Path("mkdocs.yml") if Path("mkdocs.yml").exists() else None)
    if candidate is not None and seeds is None and config is None:
        yield candidate.resolve(), None
        return
    editorial = _editorial(config)
    seeds_dir = _seeds(seeds, editorial)
    with tempfile.TemporaryDirectory(prefix="briefing-") as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        data = _default_mkdocs_yml(editorial.site.title, editorial.site.language, seeds_dir,
                                   editorial.path if config or editorial.path else None, docs)
        if candidate is not None:
            # Keep the project's mkdocs.yml, with the seeds or configuration given on the command line.
            data = yaml.safe_load(candidate.read_text(encoding="utf-8")) or {}
            data["docs_dir"] = str((candidate.parent / data.get("docs_dir", "docs")).resolve())
            plugins = data.get("plugins") or []
            data["plugins"] = [_with_briefing_options(p, seeds_dir, editorial.path) for p in plugins]
        path = Path(tmp) / "mkdocs.yml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        yield path, Path(tmp)


def _with_briefing_options(plugin, seeds_dir: Path, editorial: Path | None):
    if plugin == "briefing" or (isinstance(plugin, dict) and "briefing" in plugin):
        options = {"seeds": str(seeds_dir)}
        if editorial:
            options["config"] = str(editorial)
        return {"briefing": options}
    return plugin


class _LevelFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {super().format(record)}"


class _WarningCounter(logging.Handler):
    """Counts MkDocs' (and the plugin's) warnings and errors for the closing summary."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _log_mkdocs_to_stderr() -> None:
    """MkDocs' warnings (and the plugin's per-seed diagnostics) on stderr as 'warning: file: problem'.

    Without a handler, Python's last-resort handler prints them bare, with no level.
    """
    logger = logging.getLogger("mkdocs")
    if not any(isinstance(h.formatter, _LevelFormatter) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_LevelFormatter("%(message)s"))
        handler.setLevel(logging.WARNING)
        logger.addHandler(handler)


@app.command()
def build(seeds: SeedsOption = None,
          site_dir: Annotated[Path, typer.Option("--site-dir", help="Where the site is written.")] = Path("site"),
          config: ConfigOption = None,
          mkdocs_file: Annotated[Optional[Path], typer.Option("--mkdocs-file", help="mkdocs.yml to use (default: ./mkdocs.yml if present, else built-in defaults).")] = None,
          strict: Annotated[bool, typer.Option("--strict", help="Fail on any MkDocs warning.")] = False) -> None:
    """Convert the seeds and build the static site."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config as load_mkdocs_config
    from mkdocs.exceptions import MkDocsException

    start = time.perf_counter()
    site_dir = site_dir.resolve()
    _log_mkdocs_to_stderr()
    counter = _WarningCounter()
    logging.getLogger("mkdocs").addHandler(counter)
    try:
        with _mkdocs_config_file(mkdocs_file, seeds, config) as (path, _), \
                err.status("converting and building…", spinner="dots") if err.is_terminal else nullcontext():
            mk = load_mkdocs_config(str(path), site_dir=str(site_dir), strict=strict)
            mkdocs_build(mk)
    except MkDocsException as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from None
    finally:
        logging.getLogger("mkdocs").removeHandler(counter)
    corpus_summary(site_dir, time.perf_counter() - start, counter.count)


def corpus_summary(site_dir: Path, seconds: float, warnings: int = 0) -> None:
    import json

    api = site_dir / "api"
    counts = {name: len(json.loads((api / f"{name}.json").read_text(encoding="utf-8")))
              for name in ("sources", "experts", "topics") if (api / f"{name}.json").exists()}
    out.print(f"site: {site_dir} ({counts.get('sources', 0)} sources, {counts.get('experts', 0)} people, "
              f"{counts.get('topics', 0)} topics, {warnings} warnings, {seconds:.1f} s)", highlight=False)


@app.command()
def serve(seeds: SeedsOption = None, config: ConfigOption = None,
          mkdocs_file: Annotated[Optional[Path], typer.Option("--mkdocs-file")] = None,
          dev_addr: Annotated[str, typer.Option("--dev-addr")] = "127.0.0.1:8000") -> None:
    """Preview the site; reloads when a seed or the configuration changes."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    with _mkdocs_config_file(mkdocs_file, seeds, config) as (path, _):
        mkdocs_serve(config_file=str(path), dev_addr=dev_addr, livereload=True)


@app.command()
def check(seeds: SeedsOption = None, config: ConfigOption = None) -> None:
    """Validate the configuration and every seed; exit 1 on errors, 0 otherwise."""
    editorial = _editorial(config)
    corpus, seconds = _convert(editorial, _seeds(seeds, editorial))
    _report(corpus, seconds)
    try:
        render_site(corpus, editorial)  # what `build` would do with the same corpus
    except Exception as exc:
        err.print(f"[red]error:[/] the pages could not be rendered: {type(exc).__name__}: {exc}")
        raise typer.Exit(1) from None
    if any(d.level == "error" for d in corpus.diagnostics):
        raise typer.Exit(1)


@app.command("suggest-topics")
def suggest_topics(seeds: SeedsOption = None, config: ConfigOption = None,
                   out_file: Annotated[Optional[Path], typer.Option("--out", help="Write the YAML here instead of printing it.")] = None) -> None:
    """Propose a topic taxonomy from key phrases shared by several sources (YAML for the editor)."""
    from briefing.suggest import suggest_topics as suggest, suggestions_yaml

    editorial = _editorial(config)
    corpus, _ = _convert(editorial, _seeds(seeds, editorial))
    text = suggestions_yaml(suggest(corpus.documents, editorial.site.language))
    if out_file:
        if out_file.exists():
            err.print(f"[red]error:[/] {out_file} exists; not overwritten")
            raise typer.Exit(1)
        out_file.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the editorial configuration."""
    sys.stdout.write(config_json_schema())


def main() -> None:  # pragma: no cover
    app()

