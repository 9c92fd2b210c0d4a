"""The one settings object: defaults, the environment, values saved in the vault, one-run overrides, validation."""

from __future__ import annotations

import pytest

from talktogether_desktop.analysis.settings import AnalysisSettings
from talktogether_desktop.errors import InvalidSetting
from talktogether_desktop.pipeline.chain import analysis_parameters
from talktogether_desktop.storage.settings import Settings, from_environment, load_settings, save_settings


def test_defaults_then_environment_then_vault_then_one_run(vault, monkeypatch):
    s = load_settings(vault)
    assert (s.model, s.speech_model, s.threads, s.paper, s.initials_only, s.autolock_minutes) == \
        ("tiny.en", "tiny.en", None, "a4", False, 10)
    assert s.max_recording_s == 3 * 3600.0
    monkeypatch.setenv("TALKTOGETHER_MAX_RECORDING_HOURS", "0.5")
    assert load_settings(vault).max_recording_s == 1800.0 == from_environment().max_recording_s
    saved = save_settings(vault, {"model": "base", "cpu_threads": "2", "max_recording_hours": 1, "paper": "letter"})
    assert saved == load_settings(vault)
    assert (saved.speech_model, saved.threads, saved.max_recording_s, saved.paper) == ("base", 2, 3600.0, "letter")
    # A flag changes one run only; a folder path is the folder choice.
    once = saved.replace(model="/models/large", cpu_threads=None)
    assert (once.model, once.speech_model, once.threads) == ("folder", "/models/large", 2)
    assert load_settings(vault).model == "base"
    assert vault.one("SELECT count(*) FROM audit_log WHERE action = 'settings_change'")[0] == 4


def test_the_second_listen_is_on_by_default_and_can_be_turned_off(vault, monkeypatch):
    assert Settings().second_listen is True
    monkeypatch.delenv("TALKTOGETHER_SECOND_LISTEN", raising=False)
    assert load_settings(vault).second_listen is True
    monkeypatch.setenv("TALKTOGETHER_SECOND_LISTEN", "0")
    assert from_environment().second_listen is False
    assert save_settings(vault, {"second_listen": True}).second_listen is True  # the vault's value comes next
    assert load_settings(vault).second_listen is True


@pytest.mark.parametrize("values", [
    {"model": "large"},
    {"model": "folder", "model_dir": ""},
    {"cpu_threads": -1},
    {"paper": "a5"},
    {"autolock_minutes": 0},
    {"max_recording_hours": 0},
    {"max_recording_hours": "lots"},
    {"analysis": {"long_silence_s": [1, 2]}},
    {"no_such_setting": 1},
])
def test_a_bad_value_is_refused_and_nothing_is_saved(vault, values):
    with pytest.raises(InvalidSetting):
        save_settings(vault, values)
    assert load_settings(vault) == from_environment()


def test_analysis_parameters_override_the_engines_defaults(vault):
    save_settings(vault, {"analysis": {"long_silence_s": 2.0}})
    params = analysis_parameters(load_settings(vault))
    assert params.long_silence_s == 2.0 and params.monologue_s == AnalysisSettings().monologue_s
    with pytest.raises(InvalidSetting):
        analysis_parameters(Settings(analysis={"long_silence": 2.0}))


def test_the_older_initials_setting_still_counts(vault):
    vault.set_setting("name_display", "initials")
    assert load_settings(vault).initials_only is True


def test_the_settings_from_the_environment_do_not_load_the_vault():
    """`transcribe-file` on a short file reads its settings from the environment alone: importing the vault with them
    (sqlcipher3, the key wrapping, the keychain) cost its process about 0.1 s of CPU for nothing."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from talktogether_desktop.pipeline.file_run import transcribe_file\n"
            "from talktogether_desktop.storage.settings import from_environment\n"
            "from_environment()\n"
            "print(sorted(m for m in ('sqlcipher3', 'keyring', 'talktogether_desktop.storage.vault') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
