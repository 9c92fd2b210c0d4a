"""How the couples list holds up with 500 couples and 10,000 recordings (prints figures).

Makes a vault in a temporary folder (500 couples through the core; 10,000 recording rows inserted
directly, since only the rows matter to the list), opens the real window offscreen, and times:
window shown, unlock to list filled, each search keystroke, scrolling the list, opening a couple.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_couples.py
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

COUPLES = 500
RECORDINGS = 10_000
PASSPHRASE = "benchmark passphrase"
FIRST = ["Ada", "Ben", "Cleo", "Dev", "Elif", "Farah", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lena", "Mo", "Nia", "Oren", "Pia"]
LAST = ["Alvarez", "Brennan", "Chen", "Diallo", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jansen", "Kowalski", "Larsen"]


def make_vault(folder: Path) -> None:
    from talktogether_desktop.storage import couples
    from talktogether_desktop.storage.vault import create_vault, now_iso

    rng = random.Random(7)
    vault, _code = create_vault(folder, PASSPHRASE)
    ids = []
    with vault.transaction():
        for i in range(COUPLES):
            name = f"{rng.choice(LAST)}-{i:03d}"
            ids.append(couples.add_couple(vault, name, [rng.choice(FIRST), rng.choice(FIRST)]))
    rows = []
    for n in range(RECORDINGS):
        rows.append((rng.choice(ids), f"{n:064x}", f"practice-{n}.m4a", "mp4", "aac", 1_000_000, 600.0, 1, 48000,
                     now_iso(), now_iso(), "import", rng.choice(["imported", "transcribed", "analysed"])))
    with vault.transaction():
        vault.conn.executemany(
            """INSERT INTO recordings (couple_id, sha256, original_name, container, codec, size_bytes, duration_s,
                   channels, sample_rate, recorded_at, imported_at, source, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            rows,
        )
    vault.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from talktogether_desktop.ui.app import make_app
    from talktogether_desktop.ui.main_window import MainWindow

    home = Path(tempfile.mkdtemp(prefix="tt-bench-ui-"))
    try:
        t0 = time.perf_counter()
        make_vault(home / "vault")
        print(f"made vault: {COUPLES} couples, {RECORDINGS} recordings in {time.perf_counter() - t0:.1f} s")
        app = make_app([sys.argv[0]])

        def pump_until(cond, timeout=60.0):
            end = time.perf_counter() + timeout
            while time.perf_counter() < end:
                app.processEvents()
                if cond():
                    return
                time.sleep(0.001)
            raise TimeoutError

        t0 = time.perf_counter()
        window = MainWindow(home / "vault")
        window.resize(1280, 820)
        window.show()
        window.vault_flow.start()
        app.processEvents()
        print(f"window shown: {(time.perf_counter() - t0) * 1000:.0f} ms after creating it")

        window.unlock_page.secret.setText(PASSPHRASE)
        t0 = time.perf_counter()
        window.unlock_page.unlock_btn.click()
        pump_until(lambda: window.couples.model.rowCount() == COUPLES)
        print(f"unlock to a filled list of {COUPLES} couples: {(time.perf_counter() - t0) * 1000:.0f} ms "
              "(includes key derivation)")

        t0 = time.perf_counter()
        window.couple_flow.refresh_couples()
        pump_until(lambda: window.tasks.is_idle())
        print(f"reload the list (one query, {RECORDINGS} recordings counted): {(time.perf_counter() - t0) * 1000:.0f} ms")

        times = []
        for text in ["A", "Al", "Alv", "Alva", "", "Ch", "Che", "Chen-1", "", "Lena", ""]:
            t0 = time.perf_counter()
            window.couples.search.setText(text)
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
        print(f"search keystroke to repainted list: median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms")

        view = window.couples.view
        bar = view.verticalScrollBar()
        t0 = time.perf_counter()
        steps = 0
        for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
            bar.setValue(value)
            view.viewport().repaint()
            steps += 1
        per = (time.perf_counter() - t0) * 1000 / max(steps, 1)
        print(f"scrolling the whole list: {steps} pages, {per:.1f} ms per page")

        busiest = window.tasks.run(lambda v: v.one(
            "SELECT couple_id, count(*) FROM recordings GROUP BY couple_id ORDER BY 2 DESC LIMIT 1")).result()
        t0 = time.perf_counter()
        window.couple_flow.open_couple(busiest[0])
        pump_until(lambda: window.couple_page.couple_id == busiest[0] and window.tasks.is_idle())
        print(f"open a couple page with {busiest[1]} recordings: {(time.perf_counter() - t0) * 1000:.0f} ms")

        # Responsiveness while the vault thread is busy: the GUI thread keeps turning.
        gaps = []
        window.tasks.run(lambda v: time.sleep(1.0))
        last = time.perf_counter()
        end = last + 1.0
        while time.perf_counter() < end:
            app.processEvents()
            now = time.perf_counter()
            gaps.append((now - last) * 1000)
            last = now
        print(f"GUI loop while the vault thread works 1 s: longest stall {max(gaps):.1f} ms")
        window.close()
        QApplication.processEvents()
        return 0
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
