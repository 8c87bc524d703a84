"""The GitHub Actions workflows are valid (actionlint) and do what the README promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def test_actionlint_passes():
    assert ACTIONLINT.exists(), f"{ACTIONLINT} missing: pip install -e '.[test]' (make test does)"
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "pages.yml"}, WORKFLOWS
    proc = subprocess.run([str(ACTIONLINT), "-no-color", *map(str, WORKFLOWS)], cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _workflow(name: str) -> dict:
    data = yaml.safe_load((REPO / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def _uses(workflow: dict) -> list[str]:
    return [step["uses"].split("@")[0] for job in workflow["jobs"].values() for step in job.get("steps", [])
            if "uses" in step]


def _runs(workflow: dict) -> str:
    return "\n".join(step.get("run", "") for job in workflow["jobs"].values() for step in job.get("steps", []))


def test_ci_runs_the_tests_on_push_and_pull_request():
    ci = _workflow("ci.yml")
    assert {"push", "pull_request"} <= set(ci["on"])
    assert {"actions/checkout", "actions/setup-python", "actions/setup-node"} <= set(_uses(ci))
    python = [s["with"]["python-version"] for j in ci["jobs"].values() for s in j["steps"]
              if s.get("uses", "").startswith("actions/setup-python")]
    assert python == ["3.11"]
    assert "bash .ci/run" in _runs(ci)


def test_pages_deploys_with_the_official_actions():
    pages = _workflow("pages.yml")
    assert {"actions/checkout", "actions/setup-python", "actions/configure-pages", "actions/upload-pages-artifact",
            "actions/deploy-pages"} <= set(_uses(pages))
    assert pages["permissions"]["pages"] == "write" and pages["permissions"]["id-token"] == "write"
    assert pages["concurrency"]["group"] == "pages"
    assert "make site" in _runs(pages)


def test_ci_script_is_strict_bash():
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash")
    assert "set -euo pipefail" in script and "make test" in script
    proc = subprocess.run(["bash", "-n", str(REPO / ".ci" / "run")], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
