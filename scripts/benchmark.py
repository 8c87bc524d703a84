"""Benchmark: conversion per stage and the whole site build on a corpus of N seeds.

    .venv/bin/python scripts/benchmark.py [--copies N] [--build]

The corpus is the bundled seeds copied N times under new file names (each copy its own
source page); people merge across copies, so the expert index stays small while source
pages and topic pages grow. Prints seconds per stage, per document, and site size.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefing import pipeline  # noqa: E402
from briefing.config import load_config  # noqa: E402

STAGES = ["read_seed", "clean", "structure", "extract_metadata", "finalise", "extract_people", "fill_affiliations",
          "fill_roles", "extract_quotes", "assign_topics", "extract_figures", "apply_overrides"]


def timed_stages() -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for name in STAGES:
        original = getattr(pipeline, name)

        def wrapper(*args, _original=original, _name=name, **kwargs):
            start = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                totals[_name] += time.perf_counter() - start

        setattr(pipeline, name, wrapper)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--build", action="store_true", help="also build the site with the CLI")
    args = parser.parse_args()
    config = load_config(ROOT / "briefing.yml")
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for i in range(args.copies):
            for seed in sorted((ROOT / "seeds").iterdir()):
                shutil.copy(seed, seeds / f"{i:04d}-{seed.name}")
        count = len(list(seeds.iterdir()))
        totals = timed_stages()
        start = time.perf_counter()
        corpus = pipeline.run(config, seeds)
        seconds = time.perf_counter() - start
        print(f"conversion: {count} seeds in {seconds:.1f} s ({1000 * seconds / count:.0f} ms per seed); "
              f"{len(corpus.people)} people, {len(corpus.topics)} topics")
        for name in STAGES:
            print(f"  {name:18s} {totals[name]:7.2f} s")
        if args.build:
            site = Path(tmp) / "site"
            start = time.perf_counter()
            subprocess.run([str(ROOT / ".venv/bin/briefing"), "build", "--seeds", str(seeds), "--config",
                            str(ROOT / "briefing.yml"), "--site-dir", str(site)], check=True, cwd=tmp,
                           capture_output=True)
            build = time.perf_counter() - start
            size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
            pages = sum(1 for _ in site.rglob("index.html"))
            print(f"build: {build:.1f} s, {pages} pages, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
