"""A recovery code that was made but never shown (its command was killed first) is said at every open, in the CLI
and to the window, until a new one has been shown: the therapist is never left without a working code unknowingly."""

from __future__ import annotations

import os
import subprocess
import sys

from talktogether_desktop.pipeline.ops_vault import open_notices
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE, REPO

NEW = "lantern river cello oats"

# The CLI killed at the worst moment: the key file holds the new recovery code, which was never printed.
KILLED_REKEY = (
    "import os, sys\n"
    "from talktogether_desktop.storage import keys\n"
    "keys._reencrypt = lambda conn, key: os._exit(9)\n"
    "from talktogether_desktop.cli.main import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _kill_a_rekey(cli_env: dict) -> subprocess.CompletedProcess:
    env = dict(os.environ, **cli_env, TALKTOGETHER_NEW_PASSPHRASE=NEW)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])
    return subprocess.run([sys.executable, "-c", KILLED_REKEY, "--json", "vault", "change-passphrase", "--rekey"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_a_rekey_killed_before_its_code_was_printed_is_said_at_every_open_until_a_new_code(cli, isolated_home):
    made = cli("--json", "vault", "init")
    assert made.returncode == 0, made.stderr
    env = {"TALKTOGETHER_HOME": str(isolated_home), "TALKTOGETHER_PASSPHRASE": PASSPHRASE}
    killed = _kill_a_rekey(env)
    assert killed.returncode == 9 and "recovery_code" not in killed.stdout

    first = cli("couple", "list", env={"TALKTOGETHER_PASSPHRASE": NEW})  # finishes the re-key
    assert first.returncode == 0, first.stderr
    assert "recovery code was never shown" in first.stderr and "vault new-recovery-code" in first.stderr
    again = cli("couple", "list", env={"TALKTOGETHER_PASSPHRASE": NEW})
    assert "vault new-recovery-code" in again.stderr  # said until it is done

    fresh = cli("--json", "vault", "new-recovery-code", env={"TALKTOGETHER_PASSPHRASE": NEW})
    assert fresh.returncode == 0 and "recovery_code" in fresh.stdout
    assert "never shown" not in fresh.stderr
    quiet = cli("couple", "list", env={"TALKTOGETHER_PASSPHRASE": NEW})
    assert quiet.returncode == 0 and "never shown" not in quiet.stderr


def test_the_window_is_told_through_the_open_notices(vault):
    folder = vault.data_dir
    assert open_notices(vault) == []
    code = vault.replace_recovery_code()  # as if the window or command were stopped before showing it
    vault.close()
    with open_vault(folder, recovery_code=code) as again:
        assert "new-recovery-code" in open_notices(again)[0]
        again.recovery_code_shown()
    with open_vault(folder, passphrase=PASSPHRASE) as again:
        assert open_notices(again) == []


def test_init_and_a_printed_rekey_leave_no_notice(cli):
    assert cli("vault", "init").returncode == 0
    first = cli("couple", "list")
    assert first.returncode == 0 and "never shown" not in first.stderr
    rekeyed = cli("vault", "change-passphrase", "--rekey", env={"TALKTOGETHER_NEW_PASSPHRASE": NEW})
    assert rekeyed.returncode == 0 and "NEW recovery code" in rekeyed.stdout
    after = cli("couple", "list", env={"TALKTOGETHER_PASSPHRASE": NEW})
    assert after.returncode == 0 and "never shown" not in after.stderr
