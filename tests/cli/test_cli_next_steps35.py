"""Round 35: the command line gives its own next step. A report that stopped told the terminal to look at "the
recording's page" (the window's words), with no command to run."""

from __future__ import annotations

import json

from talktogether_desktop.storage.vault import create_vault, open_vault
from tt_overlap import ana_and_ben
from tt_testing import PASSPHRASE


def _analysed(isolated_home, cli) -> str:
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec = str(ana_and_ben(vault))
    vault.close()
    assert cli("consent", "record", "--couple", "1").returncode == 0
    assert cli("analyze", rec).returncode == 0
    return rec


def test_a_report_that_stops_gives_the_commands_to_run_not_the_windows_page(isolated_home, cli, tmp_path):
    rec = _analysed(isolated_home, cli)
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault, vault.transaction():
        stored = json.loads(vault.one("SELECT result FROM analyses")[0])
        stored["observations"] = 12345  # a stored analysis the renderer cannot draw: it stops on something unexpected
        vault.execute("UPDATE analyses SET result = ?", (json.dumps(stored),))
    got = cli("report", rec, "-o", str(tmp_path / "r.pdf"))
    assert got.returncode == 1 and "Traceback" not in got.stderr, got.stderr
    said = got.stderr.strip().splitlines()[-1]
    assert said.startswith("Error: Making the report stopped on an unexpected problem."), said
    assert "page" not in said and "window" not in said, said
    assert f"`talktogether report {rec} -o FILE.pdf`" in said and f"`talktogether analyze {rec}`" in said, said
    as_json = json.loads(cli("--json", "report", rec, "-o", str(tmp_path / "r.pdf")).stdout)
    assert as_json["kind"] == "JobFailed" and as_json["step"] == "report" and "page" not in as_json["error"]
    assert not (tmp_path / "r.pdf").exists()
