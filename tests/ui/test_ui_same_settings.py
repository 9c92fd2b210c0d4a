"""The window and the CLI process a recording with the same settings: the model chosen in Settings
is the one both use (before, `talktogether transcribe` fell back to tiny.en whatever the vault said)."""

from __future__ import annotations

import json

import pytest

from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.storage import couples, jobs, transcripts
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from tt_speech import speak
from tt_testing import PASSPHRASE

from .uihelp import open_couple, settle, unlock, wait_jobs_done

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _model_of(data_dir, recording_id: int) -> str:
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        return transcripts.load_transcript(vault, recording_id)["model"]


def test_the_model_chosen_in_settings_is_used_by_the_window_and_the_cli(qtbot, open_window, fresh_vault_dir,
                                                                        cli, tmp_path):
    clips = [speak(text, tmp_path / f"clip{i}.wav") for i, text in enumerate([
        "We agreed to talk for ten minutes after dinner.",
        "Can we plan a walk on Sunday morning?",
        "I felt alone when you worked on Saturday.",
    ])]
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples.add_couple(vault, "Moreau", ["Camille", "Léa"])
        first = ops_recordings.import_file(vault, load_settings(vault), couple_id, clips[0]).id
        assert load_settings(vault).model == "tiny.en"

    # The therapist picks the base model in Settings and saves.
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    window.act_settings.trigger()
    settle(qtbot, window)
    page = window.settings_page
    index = page.model.findData("base")
    assert index >= 0, "the base model (the base-model extra) is installed for the tests"
    page.model.setCurrentIndex(index)
    with qtbot.waitSignal(page.saved, timeout=20000):
        page.save_btn.click()

    # The window processes the recording with it: the couple page's own button.
    open_couple(qtbot, window, couple_id)
    assert window.couple_page.selected_recording()[0] == first
    window.couple_page.process_btn.click()
    assert window.jobs.active()
    wait_jobs_done(qtbot, window, timeout_ms=300000)
    window.vault_flow.lock()
    settle(qtbot, window)
    assert _model_of(fresh_vault_dir, first) == "base"

    # The CLI, given no --model, uses the same setting: transcribing a stored recording ...
    done = cli("--data-dir", str(fresh_vault_dir), "transcribe", str(first), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["model"] == "base"
    # ... and processing a newly imported one.
    done = cli("--data-dir", str(fresh_vault_dir), "import", "--couple", str(couple_id), str(clips[1]), "--json")
    assert done.returncode == 0, done.stderr
    second = json.loads(done.stdout)["id"]
    assert _model_of(fresh_vault_dir, second) == "base"
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert {j["params"]["model"] for j in jobs.list_jobs(vault)} == {"base"}

    # A flag still overrides the setting for one run, and only for that run.
    done = cli("--data-dir", str(fresh_vault_dir), "import", "--couple", str(couple_id), str(clips[2]),
               "--model", "tiny.en", "--json")
    assert done.returncode == 0, done.stderr
    assert _model_of(fresh_vault_dir, json.loads(done.stdout)["id"]) == "tiny.en"
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert load_settings(vault).model == "base"
