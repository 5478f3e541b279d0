"""Detector settings: defaults validate, overrides merge, bad settings are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from lossmon.server.detectors.replay import replay_file
from lossmon.server.detectors.settings import (
    RENAMED,
    SPEC,
    SettingsError,
    markdown_table,
    validate_settings,
)


def test_defaults_validate_and_cover_every_detector() -> None:
    merged = validate_settings({})
    assert set(merged) == set(SPEC)
    assert merged["stale"]["min_seconds"] == 600
    assert merged["stale"]["interval_multiple"] == 20


def test_override_merges_onto_defaults() -> None:
    merged = validate_settings({"plateau": {"patience": 3, "mode": "max"}})
    assert merged["plateau"]["patience"] == 3
    assert merged["plateau"]["mode"] == "max"
    assert merged["plateau"]["threshold_mode"] == "rel"  # untouched default
    assert merged["divergence"] == validate_settings()["divergence"]


@pytest.mark.parametrize(
    ("partial", "path", "fragment"),
    [
        ({"plateau": {"patience": -1}}, "plateau.patience", "integer >= 0"),
        ({"plateau": {"patience": 1.5}}, "plateau.patience", "integer"),
        ({"plateau": {"patience": True}}, "plateau.patience", "integer"),
        ({"plateau": {"mode": "up"}}, "plateau.mode", "one of min, max"),
        ({"plateau": {"threshold_mode": "pct"}}, "plateau.threshold_mode", "rel, abs"),
        ({"plateau": {"bogus": 1}}, "plateau.bogus", "unknown setting"),
        ({"nope": {}}, "nope", "unknown detector"),
        ({"spike": 3}, "spike", "object"),
        ({"divergence": {"rise_factor": 1.0}}, "divergence.rise_factor", "> 1"),
        (
            {"divergence": {"divergence_threshold": "high"}},
            "divergence.divergence_threshold",
            "number",
        ),
        ({"divergence": {"check_finite": 1}}, "divergence.check_finite", "true or false"),
        ({"spike": {"z_threshold": float("nan")}}, "spike.z_threshold", "finite"),
        (
            {"spike": {"min_points": 500, "window_points": 100}},
            "spike.min_points",
            "<= window_points",
        ),
        ({"divergence": {"window": 11}}, "divergence.window", "use divergence.window_steps"),
        ({"spike": {"short_window": 3}}, "spike.short_window", "use spike.short_window_steps"),
        ({"regularization": {"max_share": 1.5}}, "regularization.max_share", "<= 1"),
        ({"stale": {"min_seconds": -5}}, "stale.min_seconds", ">= 0"),
    ],
)
def test_bad_settings_are_named(partial: dict, path: str, fragment: str) -> None:
    with pytest.raises(SettingsError) as err:
        validate_settings(partial)
    assert err.value.path == path
    assert fragment in str(err.value)
    assert str(err.value).startswith(path + ":")


@pytest.mark.parametrize(
    ("partial", "path", "value"),
    [
        (
            {"divergence": {"divergence_threshold": None}},
            ("divergence", "divergence_threshold"),
            None,
        ),
        (
            {"divergence": {"divergence_threshold": 10}},
            ("divergence", "divergence_threshold"),
            10.0,
        ),
        ({"plateau": {"threshold": 0}}, ("plateau", "threshold"), 0.0),
        ({"overfitting": {"patience": 1}}, ("overfitting", "patience"), 1),
    ],
)
def test_good_values_are_normalised(partial: dict, path: tuple[str, str], value: object) -> None:
    assert validate_settings(partial)[path[0]][path[1]] == value


def test_markdown_table_documents_every_setting() -> None:
    table = markdown_table()
    assert table.startswith("| setting | default | meaning |")
    for det, spec in SPEC.items():
        for key, setting in spec.items():
            assert f"| `{det}.{key}` |" in table
            assert setting.doc
    for line in table.splitlines():
        assert line.replace("\\|", "").count("|") == 4, line


def test_the_readme_lists_every_setting_as_the_code_has_it() -> None:
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text()
    assert markdown_table() in readme


@pytest.mark.parametrize(("old", "new"), sorted(RENAMED.items()))
def test_a_renamed_setting_is_refused_naming_the_new_one(old: str, new: str) -> None:
    detector, key = old.split(".")
    with pytest.raises(SettingsError) as caught:
        validate_settings({detector: {key: 1}})
    assert caught.value.path == old and new in caught.value.message


def _extremes() -> list[tuple[str, str, int | float]]:
    """Every numeric setting at each end of what the settings accept, and far above its
    default where that is accepted too: (detector, name, value)."""
    cases: list[tuple[str, str, int | float]] = []
    for detector, spec in SPEC.items():
        for name, setting in spec.items():
            if setting.kind not in ("int", "float", "float?"):
                continue
            ends = [setting.minimum, setting.maximum]
            if setting.above is not None:
                ends.append(setting.above + (1 if setting.kind == "int" else 1e-9))
            ends.append((setting.default or 1) * 1000)
            cast = int if setting.kind == "int" else float
            cases += [(detector, name, cast(v)) for v in ends if v is not None]
    return [case for case in cases if _accepted(*case)]


def _accepted(detector: str, name: str, value: float) -> bool:
    try:
        validate_settings({detector: {name: value}})
    except SettingsError:
        return False  # beyond its range, or against another setting (min_points > window)
    return True


#: Held-out runs of every shape the rules branch on: per-step and per-epoch, train-only and
#: validation-only, near 0, negative (a cross-entropy below 0), of both signs (centred on 0),
#: NaN, flat, diverged, overfit, stalled, spiking.
_SHAPES = ["xxc01_ansstall", "xxh06_crazyexp", "xyn01_titanicnan", "xyn03_hairdice",
           "xxz05_pinnspiky", "xwn02_textcls", "xyl02_treesine", "mf01_saqibneg",
           "xrw01_hacksin", "xwr05_cityscapes", "xyk01_wheelppo"]  # fmt: skip


@pytest.mark.parametrize(("detector", "name", "value"), _extremes())
def test_every_accepted_setting_value_judges_a_run_without_raising(
    detector: str, name: str, value: float
) -> None:
    """A value the settings accept never takes the run's evaluation down (stall_min_progress
    0 divided by zero in the stall rule)."""
    holdout = Path(__file__).resolve().parents[2] / "data" / "curves" / "holdout"
    for stem in _SHAPES:
        replay_file(holdout / f"{stem}.csv", {detector: {name: value}})
