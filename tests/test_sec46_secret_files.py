"""A passphrase or recovery code in a file other users of the computer can read (sec46).

`--passphrase-file`, `--new-passphrase-file` and `--recovery-code-file` took a file of any permissions: a
passphrase kept in a 0644 file (the default umask's) opened the vault to every account on the laptop, silently.
Now such a file is refused before it is read (exit 4, saying `chmod 600` and to change the secret), as ssh refuses
a private key others can read; a pipe (`/dev/stdin`, `<(…)`) is no kept file and still works.
"""

from __future__ import annotations

import json

from tt_testing import PASSPHRASE


def test_a_passphrase_file_others_can_read_is_refused_and_a_private_one_works(cli, tmp_path):
    code = json.loads(cli("vault", "init", "--json").stdout)["recovery_code"]
    no_env = {"TALKTOGETHER_PASSPHRASE": ""}
    kept = tmp_path / "pass.txt"
    kept.write_text(PASSPHRASE + "\n")
    for mode in (0o644, 0o640, 0o604, 0o620):
        kept.chmod(mode)
        got = cli("couple", "list", "--passphrase-file", str(kept), env=no_env)
        assert got.returncode == 4, (oct(mode), got.returncode, got.stderr)
        assert f"chmod 600 {kept}" in got.stderr and f"{mode:o}" in got.stderr, got.stderr
        assert "change-passphrase" in got.stderr and "Traceback" not in got.stderr
    refused = json.loads(cli("--json", "couple", "list", "--passphrase-file", str(kept), env=no_env).stdout)
    assert refused["kind"] == "BadInputFile"
    kept.chmod(0o600)
    assert cli("couple", "list", "--passphrase-file", str(kept), env=no_env).returncode == 0
    kept.chmod(0o400)
    assert cli("couple", "list", "--passphrase-file", str(kept), env=no_env).returncode == 0
    # a pipe is no file kept on disk
    piped = cli("couple", "list", "--passphrase-file", "/dev/stdin", env=no_env, input=PASSPHRASE + "\n")
    assert piped.returncode == 0, piped.stderr

    # a new passphrase or a recovery code others can read changes nothing
    new = tmp_path / "new.txt"
    new.write_text("second passphrase here")
    new.chmod(0o644)
    got = cli("vault", "change-passphrase", "--new-passphrase-file", str(new))
    assert got.returncode == 4 and "chmod 600" in got.stderr, got.stderr
    assert cli("couple", "list").returncode == 0  # the passphrase is as it was
    rec = tmp_path / "code.txt"
    rec.write_text(code)
    rec.chmod(0o644)
    new.chmod(0o600)
    got = cli("vault", "change-passphrase", "--recovery-code-file", str(rec), "--new-passphrase-file", str(new),
              env=no_env)
    assert got.returncode == 4 and "recovery code file" in got.stderr and "new-recovery-code" in got.stderr, got.stderr
    assert cli("couple", "list").returncode == 0
