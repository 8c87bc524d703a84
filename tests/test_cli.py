"""The `briefing` command as a user runs it: from any folder, with or without configuration."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from conftest import REPO, SEEDS, cli

SMALL_SEED = "002_bc7bd72e0dd89d0b.txt"
SMALL_ID = "002-bc7bd72e0dd89d0b"
CONVERT_SUMMARY = re.compile(r"^(\d+) sources, \d+ people, \d+ topics, \d+ warnings, [\d.]+ s$", re.M)


@pytest.fixture
def one_seed(tmp_path):
    folder = tmp_path / "quellen"
    folder.mkdir()
    shutil.copy(SEEDS / SMALL_SEED, folder)
    return folder


@pytest.fixture
def elsewhere(tmp_path):
    """An empty working directory: no mkdocs.yml, no briefing.yml, no seeds/."""
    folder = tmp_path / "anderswo"
    folder.mkdir()
    return folder


def test_convert_writes_pages_and_exports(one_seed, elsewhere, tmp_path):
    out = tmp_path / "out"
    proc = cli("convert", "--seeds", str(one_seed), "--out", str(out), cwd=elsewhere)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for rel in ["index.md", "sources/index.md", f"sources/{SMALL_ID}.md", "experts/index.md", "topics/index.md",
                "api/sources.json", "api/experts.json", "api/topics.json", "assets/briefing/briefing.css"]:
        assert (out / rel).is_file(), rel
    assert json.loads((out / "api/sources.json").read_text(encoding="utf-8"))[0]["seed"] == SMALL_SEED
    match = CONVERT_SUMMARY.search(proc.stdout)
    assert match and match.group(1) == "1", proc.stdout
    assert list(elsewhere.iterdir()) == [], "convert wrote into the working directory"


BAD_CONFIG = "site:\n  title: Test\n  sprache: de\n"


@pytest.mark.parametrize("command", ["check", "convert", "build"])
def test_a_configuration_error_exits_non_zero_and_names_file_and_line(command, elsewhere, tmp_path):
    config = tmp_path / "briefing.yml"
    config.write_text(BAD_CONFIG, encoding="utf-8")
    seeds = tmp_path / "leer"
    seeds.mkdir()
    extra = {"convert": ["--out", str(tmp_path / "out")], "build": ["--site-dir", str(tmp_path / "site")]}
    proc = cli(command, "--config", str(config), "--seeds", str(seeds), *extra.get(command, []), cwd=elsewhere)
    assert proc.returncode != 0
    assert f"{config}:3: site.sprache" in proc.stderr.replace("\n", ""), proc.stderr
    assert not (tmp_path / "site").exists() and not (tmp_path / "out").exists()


def test_check_passes_on_a_good_configuration(tmp_path, elsewhere):
    seeds = tmp_path / "leer"
    seeds.mkdir()
    result = CliRunner().invoke(app, ["check", "--config", str(REPO / "briefing.yml"), "--seeds", str(seeds)])
    assert result.exit_code == 0, result.output
    assert CONVERT_SUMMARY.search(result.stdout), result.stdout


def test_check_fails_on_an_override_with_an_unknown_topic(tmp_path):
    seeds = tmp_path / "leer"
    seeds.mkdir()
    config = tmp_path / "briefing.yml"
    config.write_text("topics:\n  - id: chips\n    label: Chips\nsources:\n  a.txt:\n    topics: [chipz]\n",
                      encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--config", str(config), "--seeds", str(seeds)])
    assert result.exit_code == 2  # a configuration error, reported with its line
    assert "briefing.yml:6: sources.a.txt.topics: unknown topic 'chipz'" in result.output


def test_a_missing_seeds_folder_is_an_error(tmp_path, elsewhere):
    proc = cli("check", "--seeds", str(tmp_path / "gibt-es-nicht"), cwd=elsewhere)
    assert proc.returncode != 0 and "gibt-es-nicht" in proc.stderr


@pytest.mark.slow
def test_build_with_no_configuration_from_another_folder(one_seed, elsewhere, tmp_path):
    site = tmp_path / "site"
    proc = cli("build", "--strict", "--seeds", str(one_seed), "--site-dir", str(site), cwd=elsewhere)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not proc.stderr.strip(), proc.stderr
    assert (site / "index.html").is_file()
    assert (site / "sources" / SMALL_ID / "index.html").is_file()
    assert (site / "api" / "sources.json").is_file()
    assert re.search(rf"^site: {re.escape(str(site))} \(1 sources, \d+ people, \d+ topics, 0 warnings, [\d.]+ s\)$",
                     proc.stdout, re.M), proc.stdout
    assert list(elsewhere.iterdir()) == [], "build wrote into the working directory"


@pytest.mark.slow
def test_build_with_the_editorial_file_from_another_folder(one_seed, elsewhere, tmp_path):
    site = tmp_path / "site"
    proc = cli("build", "--strict", "--config", str(REPO / "briefing.yml"), "--seeds", str(one_seed),
               "--site-dir", str(site), cwd=elsewhere)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Briefing: DeepSeek" in home  # the title from briefing.yml
    topics = json.loads((site / "api" / "topics.json").read_text(encoding="utf-8"))
    assert {t["id"] for t in topics} >= {"distillation", "open-source"}


def test_schema_prints_the_configuration_schema():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "topics" in json.loads(result.stdout)["properties"]


def test_convert_never_writes_over_someone_elses_files(tmp_path):
    from briefing.cli import OUTPUT_MANIFEST, write_output

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "index.md").write_text("MINE", encoding="utf-8")
    with pytest.raises(ValueError, match="not empty and not written by"):
        write_output(mine, {"index.md": "generated"}, seeds)
    assert (mine / "index.md").read_text(encoding="utf-8") == "MINE"
    with pytest.raises(ValueError, match="apart from the seeds folder"):
        write_output(seeds / "out", {"index.md": "generated"}, seeds)
    out = tmp_path / "out"
    write_output(out, {"index.md": "a", "sources/old.md": "b"}, seeds)
    write_output(out, {"index.md": "c"}, seeds)  # a rerun replaces its own files and removes stale ones
    assert (out / "index.md").read_text(encoding="utf-8") == "c"
    assert not (out / "sources" / "old.md").exists()
    assert (out / OUTPUT_MANIFEST).read_text(encoding="utf-8") == "index.md\n"
