"""Recording consent: each partner's agreement, ticked one by one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)


class ConsentDialog(QDialog):
    """Consent is recorded per partner; both boxes must be ticked to record it."""

    def __init__(self, partners: list[dict], parent=None, kept: dict | None = None):
        super().__init__(parent)
        self.setWindowTitle("Record consent")
        intro = QLabel(
            "Record that each partner agreed to having their conversations recorded, kept in this "
            "encrypted vault and analysed to prepare sessions."
        )
        intro.setWordWrap(True)
        self.boxes = [QCheckBox(f"{p['display_name']} agreed") for p in partners]
        self.retention = QComboBox()
        self.retention.addItem("Until the end of therapy", "until_discharge")
        self.retention.addItem("One year", "1_year")
        self.retention.addItem("Until they withdraw it", None)
        self.note = QLineEdit(placeholderText="Optional, e.g. 'signed form on file'")
        form = QFormLayout()
        form.addRow("Keep recordings", self.retention)
        form.addRow("Note", self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Record consent")
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for box in self.boxes:
            layout.addWidget(box)
            box.toggled.connect(self._check)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(480, 260)
        if kept:  # as it was when the vault locked (kept in memory only)
            for box, ticked in zip(self.boxes, kept["ticked"]):
                box.setChecked(ticked)
            self.retention.setCurrentIndex(kept["retention"])
            self.note.setText(kept["note"])
        self._check()

    def kept(self) -> dict:
        """What is filled in, to open it again as it was after a lock."""
        return {"ticked": [b.isChecked() for b in self.boxes], "retention": self.retention.currentIndex(),
                "note": self.note.text()}

    def _check(self) -> None:
        agreed = all(b.isChecked() for b in self.boxes)
        self.ok.setEnabled(agreed)
        self.ok.setToolTip("" if agreed else "Tick each partner who agreed first: consent is recorded for both together")

    def values(self) -> dict:
        return {"retention": self.retention.currentData(), "note": self.note.text().strip() or None}
