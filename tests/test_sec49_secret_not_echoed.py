"""Sec 49 (the real command line): a passphrase typed after an option by mistake is never printed back.

`--passphrase SECRET` is taken by argparse as `--passphrase-file SECRET` (an option may be shortened), and the file's
name was then printed in the error, "Could not read the passphrase file copper meadow lantern: No such file…", on
stderr, or on stdout with --json, where scripts' output is often logged: the passphrase kept in a log or a terminal's
scrollback after the command had ended."""

from __future__ import annotations

import json

import pytest

SECRET = "copper meadow lantern violin"


@pytest.mark.parametrize("option", ["--passphrase", "--passphrase-file", "--pass"])
@pytest.mark.parametrize("as_json", [False, True])
def test_a_secret_given_as_a_file_name_is_not_printed_back(cli, option, as_json):
    assert cli("vault", "init").returncode == 0
    done = cli(*(["--json"] if as_json else []), option, SECRET, "couple", "list")
    assert done.returncode == 4, (done.stdout, done.stderr)
    assert SECRET not in done.stdout and SECRET not in done.stderr
    said = json.loads(done.stdout)["error"] if as_json else done.stderr
    assert "There is no passphrase file by the name given" in said and "change it" in said, said


def test_a_recovery_code_given_as_a_file_name_is_not_printed_back(cli):
    assert cli("vault", "init").returncode == 0
    done = cli("vault", "change-passphrase", "--recovery-code", "ABCD-EFGH-IJKL-MNOP")
    assert done.returncode == 4, (done.stdout, done.stderr)
    assert "ABCD-EFGH" not in done.stdout + done.stderr
    assert "There is no recovery code file by the name given" in done.stderr


@pytest.mark.parametrize("args", [("--password", SECRET), (f"--password={SECRET}",), ("--recovery-code", SECRET),
                                  ("--passphrase-file", "pp", "--pin", SECRET)])
@pytest.mark.parametrize("as_json", [False, True])
def test_an_option_that_does_not_exist_does_not_print_the_secret_given_with_it(cli, args, as_json):
    """argparse repeats every argument it does not know ("unrecognized arguments: --password copper meadow…")."""
    done = cli(*(["--json"] if as_json else []), "couple", "list", *args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert SECRET not in done.stdout and SECRET not in done.stderr, (done.stdout, done.stderr)
    assert "unrecognized arguments: --" in done.stderr and "is not repeated here" in done.stderr


def test_other_unknown_arguments_are_still_repeated(cli):
    done = cli("couple", "list", "extra-word")
    assert done.returncode == 2 and "unrecognized arguments: extra-word" in done.stderr
