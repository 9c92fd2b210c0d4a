"""Assign one small, specific practice from the template library (the core builds and checks it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from typing import Optional

from ..pipeline.ops_practice import check_draft, draft_assignment, recorded_at_home, templates
from .errors import message_for
from .settings_page import plural_suffix


class PracticeDialog(QDialog):
    def __init__(self, parent=None, initial: Optional[dict] = None):
        super().__init__(parent)
        self.setWindowTitle("Assign practice")
        self.templates = templates()
        self.template = QComboBox()
        for t in self.templates:
            # which ones the couple records at home (after safety language the therapist is asked about those)
            recorded = recorded_at_home(draft_assignment(t.name))
            self.template.addItem(f"{t.title} · recorded at home" if recorded else t.title, t.name)
        self.summary = QLabel(wordWrap=True)
        self.summary.setProperty("role", "hint")
        self.anchor = QLineEdit(placeholderText="An existing habit, e.g. 'after dinner on Sunday'")
        self.minutes = QSpinBox(minimum=2, maximum=90)
        self.per_week = QSpinBox(minimum=1, maximum=7)
        plural_suffix(self.minutes, "minute", "minutes")
        plural_suffix(self.per_week, "time a week", "times a week")
        self.findings = QLabel(wordWrap=True)
        form = QFormLayout()
        form.addRow("Practice", self.template)
        form.addRow("", self.summary)
        form.addRow("Anchored to", self.anchor)
        form.addRow("Length", self.minutes)
        form.addRow("How often", self.per_week)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Assign")
        intro = QLabel("One small, specific practice a week, anchored to something the couple already does, "
                       "works better than an ambitious plan. It is reviewed together next session.")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.findings)
        layout.addWidget(buttons)
        self.template.currentIndexChanged.connect(self._template_changed)
        for w in (self.anchor,):
            w.textChanged.connect(self._check)
        self.minutes.valueChanged.connect(self._check)
        self.per_week.valueChanged.connect(self._check)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(560, 360)
        self._template_changed()
        if initial:  # the same choices again (the therapist went back from the safety question)
            self.template.setCurrentIndex(max(0, self.template.findData(initial.get("template"))))
            self.anchor.setText(initial.get("anchor") or "")
            self.minutes.setValue(int(initial.get("minutes") or self.minutes.value()))
            self.per_week.setValue(int(initial.get("times_per_week") or self.per_week.value()))

    def choices(self) -> dict:
        return {"template": self.template.currentData(), "anchor": self.anchor.text(), "minutes": self.minutes.value(),
                "times_per_week": self.per_week.value()}

    def _template_changed(self) -> None:
        t = self.templates[self.template.currentIndex()] if self.templates else None
        if t is None:
            self.ok.setEnabled(False)
            return
        self.summary.setText(t.summary)
        typed = self.anchor.text().strip() not in ("", getattr(self, "_suggested", ""))
        if not typed:  # an anchor the therapist typed stays when another practice is chosen (it was replaced)
            self.anchor.setText(t.anchor)
        self._suggested = t.anchor.strip()
        self.minutes.setValue(int(t.minutes))
        self.per_week.setValue(int(t.times_per_week))
        self._check()

    def assignment(self):
        return draft_assignment(self.template.currentData(), anchor=self.anchor.text().strip(),  # cleared: unanchored, said so
                                minutes=self.minutes.value(), times_per_week=self.per_week.value())

    def _check(self) -> None:
        try:
            findings = check_draft(self.assignment())
        except Exception as exc:  # a template file the core could not read
            self.findings.setText(message_for(exc).text)  # plain words, never the exception's own text
            self.ok.setEnabled(False)
            return
        self.ok.setEnabled(True)
        if findings:
            self.findings.setText("To make it easier to do: " + " ".join(f.suggestion for f in findings[:2]))
        else:
            self.findings.setText("Specific, small and anchored: good.")


class SafetyConfirmDialog(QDialog):
    """Recorded practice at home after recent safety language: the therapist decides, with a reason."""

    def __init__(self, message: str, parent=None):
        from PySide6.QtWidgets import QPlainTextEdit

        super().__init__(parent)
        self.setWindowTitle("Practice after safety flags")
        text = QLabel(message + "\n\nYour reason is kept with the assignment (in the vault, never on the "
                      "couple's handout) and the decision is recorded in the audit log.", wordWrap=True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText("Why it is safe to give this practice now")
        self.reason.setAccessibleName("Reason")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Give it anyway")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Back to the practice")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.reason.textChanged.connect(lambda: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.reason.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    def value(self) -> str:
        return self.reason.toPlainText().strip()
