"""Fix 47w: a recording another command or window is processing now is not processed a second time at once.

`talktogether analyze ID` (and the window's Process) started a second processing of a recording that `import` was still
processing in its own process: two transcriptions of one recording, each writing its words over the other's. The
stored job running in a live process is now respected: exit 2, said in one line, nothing changed; `recording list`
says "being processed"."""

from __future__ import annotations

import json
import subprocess
import sys

from talktogether_desktop.storage import couples
from talktogether_desktop.storage import jobs as jobs_store
from talktogether_desktop.storage.vault import create_vault
from tt_testing import PASSPHRASE


def test_a_recording_processed_by_another_command_is_not_processed_again_at_once(isolated_home, cli):
    from tt_overlap import ana_and_ben

    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec_id = ana_and_ben(vault)
    couple_id = couples.list_couples(vault)[0]["id"]
    couples.record_consent(vault, couple_id)
    job = jobs_store.create_job(vault, "process", rec_id, {"steps": ["transcribe", "diarize", "analyse"]})
    jobs_store.start_job(vault, job)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])  # the import, still processing
    try:
        vault.execute("UPDATE jobs SET pid = ? WHERE id = ?", (other.pid, job))
        vault.close()
        refused = cli("analyze", str(rec_id))
        assert refused.returncode == 2, (refused.returncode, refused.stdout, refused.stderr)
        assert ("is being processed now by another command or window on this computer; let it "
                "finish first.") in refused.stderr, refused.stderr
        assert f"Recording {rec_id}" not in refused.stderr  # (fix49w: by its day and name, never its vault number)
        assert "Traceback" not in refused.stderr
        listed = cli("--json", "recording", "list", "--couple", str(couple_id))
        assert json.loads(listed.stdout)[0]["shown_status"] == "elsewhere"
        assert "being processed" in cli("recording", "list", "--couple", str(couple_id)).stdout
    finally:
        other.kill()
        other.wait()
    listed = cli("--json", "recording", "list", "--couple", str(couple_id))
    assert json.loads(listed.stdout)[0]["shown_status"] != "elsewhere"  # its process is gone
