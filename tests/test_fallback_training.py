"""The training shared by the learned fallback steps (scripts/fallback_training.py): the step's code is read from
this repository by path, and the `briefing` on PYTHONPATH is left as it was (older code converts held-out sets)."""

from __future__ import annotations

import sys

import briefing.extract as package

from script_module import SCRIPTS, load_script


def test_the_step_is_read_by_path_and_briefing_is_left_as_it_was():
    training = load_script("role_fallback").training  # (imported as the scripts import it)
    names = ["linear_model", "people_lexicon", "affiliations", "roles"]
    modules_before = {n: sys.modules.get(f"briefing.extract.{n}") for n in names}
    attributes_before = {n: getattr(package, n, None) for n in names}

    roles = training.load_step("test_fallback", names)

    assert roles.__file__ == str(SCRIPTS.parent / "src/briefing/extract/roles.py")
    # the step uses the helpers read with it, not those on PYTHONPATH
    assert roles.text_units.__module__ == "test_fallback_affiliations"
    assert roles.probability.__module__ == "test_fallback_linear_model"
    assert {n: sys.modules.get(f"briefing.extract.{n}") for n in names} == modules_before
    assert {n: getattr(package, n, None) for n in names} == attributes_before
