"""A demo vault made through the operations: a few couples and the bundled demo conversation, processed.

Used by `--screenshots` and the UI tests. Qt-free. The names are invented; the voices are synthetic.
"""

from __future__ import annotations

import sys
from pathlib import Path
from ..pipeline.ops_demo import DEMO_COUPLE, DEMO_PARTNERS, DemoIds, fill_demo_vault
from ..storage import vault as vault_store
from ..storage.settings import load_settings

__all__ = ["DEMO_COUPLE", "DEMO_PARTNERS", "DemoIds", "make_demo_vault", "stderr_progress"]

_last_message = [""]


def stderr_progress(fraction: float, message: str = "") -> None:
    """One line per step, not per tick."""
    if message != _last_message[0]:
        _last_message[0] = message
        print(f"  {fraction * 100:5.1f}%  {message}", file=sys.stderr, flush=True)


def make_demo_vault(data_dir: Path, passphrase: str, process: bool = True, progress=None) -> DemoIds:
    vault, _code = vault_store.create_vault(data_dir, passphrase)
    vault.recovery_code_shown()  # a throwaway vault: nobody needs its code
    try:
        return fill_demo_vault(vault, load_settings(vault), process, progress)
    finally:
        vault.close()
