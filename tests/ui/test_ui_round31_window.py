"""Round 31's window fixes: a failed export says so, naming keeps going without a voice sample, layouts at 900x600."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

pytestmark = pytest.mark.gui


def _open_report(qtbot, window):
    page = window.recording_page
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        page.tabs.setCurrentWidget(page.report)
    return page.report


def _visible_boxes():
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.parametrize("where", ["/proc/report.pdf", "inside-a-file"])
def test_a_report_exported_where_it_cannot_be_written_says_so_and_leaves_nothing(
        qtbot, demo_window, tmp_path, monkeypatch, where):
    window, _ids = demo_window
    report = _open_report(qtbot, window)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = where if where.startswith("/") else str(blocker / "report.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target, ""))
    qtbot.mouseClick(report.export_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_visible_boxes()), timeout=5000)
    box = _visible_boxes()[-1]
    assert "not saved" in box.text()
    assert f"could not be saved to {target}" in box.informativeText()
    assert "Choose another folder." in box.informativeText()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []
    box.close()


def test_a_report_export_that_fails_midway_leaves_the_earlier_file_whole(qtbot, demo_window, tmp_path, monkeypatch):
    from talktogether_desktop import paths

    window, _ids = demo_window
    report = _open_report(qtbot, window)
    (tmp_path / "out").mkdir()
    earlier = tmp_path / "out" / "report.pdf"
    earlier.write_bytes(b"%PDF earlier export")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(paths.os, "fsync", full_disk)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(earlier), ""))
    qtbot.mouseClick(report.export_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_visible_boxes()), timeout=5000)
    assert "No space left on device" in _visible_boxes()[-1].informativeText()
    assert earlier.read_bytes() == b"%PDF earlier export"
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["report.pdf"]
    _visible_boxes()[-1].close()
