"""A usage error (unknown option, missing argument, bad choice) with --json anywhere on the command line is one JSON
object on stdout, the README's `{"error", "kind": "UsageError"}`, one plain line on stderr and exit 2: a program
reading the JSON is not handed argparse's usage lines. Without --json argparse's own behaviour stays."""

from __future__ import annotations

import json

import pytest

USAGE_ERRORS = [
    (("--json", "couple", "list", "--bogus"), "unrecognized arguments: --bogus"),
    (("couple", "list", "--bogus", "--json"), "unrecognized arguments: --bogus"),
    (("--json", "couple", "edit"), "the following arguments are required: couple_id"),
    (("couple", "add", "--json", "--name"), "argument --name: expected one argument"),
    (("report", "1", "-o", "x.pdf", "--mode", "weird", "--json"), "invalid choice: 'weird'"),
    (("--json", "nosuch"), "invalid choice: 'nosuch'"),
    (("--json",), "the following arguments are required: COMMAND"),
    (("--js", "couple", "list", "--bogus"), "unrecognized arguments: --bogus"),  # argparse's shortening of --json
    (("--json=yes", "couple", "list"), "argument --json: ignored explicit argument 'yes'"),
]


@pytest.mark.parametrize("args, said", USAGE_ERRORS, ids=[" ".join(a) for a, _s in USAGE_ERRORS])
def test_a_usage_error_with_json_is_one_json_object_and_exit_2(cli, args, said):
    got = cli(*args)
    assert got.returncode == 2, (got.stdout, got.stderr)
    lines = got.stdout.splitlines()
    assert len(lines) == 1, got.stdout
    error = json.loads(lines[0])
    assert set(error) == {"error", "kind"} and error["kind"] == "UsageError" and said in error["error"], error
    assert "usage:" not in got.stderr and "Traceback" not in got.stderr, got.stderr
    assert got.stderr.splitlines() == [f"Error: {error['error']}"]


def test_without_json_a_usage_error_is_argparses_own(cli):
    got = cli("couple", "list", "--bogus")
    assert got.returncode == 2 and got.stdout == ""
    assert got.stderr.startswith("usage: talktogether") and "error: unrecognized arguments: --bogus" in got.stderr


def test_json_after_the_end_of_options_is_a_word_not_the_option(cli):
    """`--` ends the options: a '--json' after it is text (here, an unknown extra argument), so argparse says it."""
    got = cli("couple", "list", "--bogus", "--", "--json")
    assert got.returncode == 2 and got.stdout == "" and got.stderr.startswith("usage: talktogether")
