"""Shared fixtures: the real site, built once per test run, and a local HTTP server for it.

The build runs the CLI exactly as a user would (`briefing build --strict --site-dir …`
from the repository root). Under pytest-xdist every worker would otherwise build its own
copy; instead the first worker that needs it builds into the run's shared temporary folder
under an exclusive lock (fcntl), writes a result file, and the others reuse it.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import http.server
import json
import os
import socketserver
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
BIN = Path(sys.executable).parent  # the venv's bin folder: briefing, mkdocs, actionlint
BUILD_TIMEOUT = 600


def cli(*args: str, cwd: Path = REPO, env: dict | None = None, timeout: int = BUILD_TIMEOUT) -> subprocess.CompletedProcess:
    """Run the `briefing` command of this venv; output captured as text."""
    exe = BIN / "briefing"
    assert exe.exists(), f"{exe} is missing: install the package into the venv (make test does)"
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **(env or {})}
    return subprocess.run([str(exe), *args], cwd=cwd, env=full_env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def tree_hash(folder: Path) -> dict[str, str]:
    """{relative path: sha256} of every file below a folder."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _shared_root(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    base = tmp_path_factory.getbasetemp()
    # With xdist each worker has its own basetemp (…/popen-gw0); its parent is shared by the run.
    return base if worker_id == "master" else base.parent


@contextlib.contextmanager
def _locked(path: Path):
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def shared_once(tmp_path_factory, worker_id: str, name: str, produce) -> dict:
    """Run `produce(folder) -> dict` once per test run (across xdist workers); return its dict."""
    root = _shared_root(tmp_path_factory, worker_id)
    folder = root / name
    result_file = root / f"{name}.result.json"
    with _locked(root / f"{name}.lock"):
        if not result_file.exists():
            folder.mkdir(parents=True, exist_ok=True)
            result = produce(folder)
            result_file.write_text(json.dumps(result), encoding="utf-8")
    return json.loads(result_file.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Build:
    site: Path
    returncode: int
    stdout: str
    stderr: str
    seeds_before: dict
    seeds_after: dict

    def require_success(self) -> Path:
        assert self.returncode == 0, (
            f"`briefing build --strict` failed with exit code {self.returncode}\n"
            f"--- stdout ---\n{self.stdout}\n--- stderr ---\n{self.stderr}")
        assert (self.site / "index.html").exists(), f"no index.html in {self.site}"
        return self.site


def _build(folder: Path) -> dict:
    site = folder / "site"
    before = tree_hash(SEEDS)
    proc = cli("build", "--strict", "--site-dir", str(site))
    return {"site": str(site), "returncode": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr,
            "seeds_before": before, "seeds_after": tree_hash(SEEDS)}


@pytest.fixture(scope="session")
def build(tmp_path_factory, worker_id) -> Build:
    """The result of `briefing build --strict` of the repository's seeds (whether it worked or not)."""
    data = shared_once(tmp_path_factory, worker_id, "site-build", _build)
    return Build(site=Path(data.pop("site")), **data)


@pytest.fixture(scope="session")
def site_dir(build: Build) -> Path:
    """The built site's folder; the tests using it fail at once if the build failed."""
    return build.require_success()


def _convert(folder: Path) -> dict:
    out = folder / "docs"
    proc = cli("convert", "--out", str(out))
    return {"out": str(out), "returncode": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr}


@pytest.fixture(scope="session")
def converted(tmp_path_factory, worker_id) -> Path:
    """`briefing convert --out DIR` of the repository's seeds: the generated Markdown."""
    data = shared_once(tmp_path_factory, worker_id, "convert", _convert)
    assert data["returncode"] == 0, f"briefing convert failed:\n{data['stdout']}\n{data['stderr']}"
    return Path(data["out"])


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture(scope="session")
def site_server(site_dir: Path):
    """The built site served on 127.0.0.1 (a free port); yields the base URL ending in '/'."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def worker_id(request) -> str:
    """xdist's worker id ('gw0', …), or 'master' without xdist (xdist provides it too)."""
    return getattr(request.config, "workerinput", {}).get("workerid", "master")
