"""Correcting a couple's names: the couple's name, each partner's name and pronouns, from the couple page."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ..pipeline import ops_case
from ..storage import couples as couples_store
from ..storage.settings import load_settings
from .couples_list import same_name_warning, same_named


class EditCoupleDialog(QDialog):
    """The names as they are now, filled in; a name left empty is said at once and cannot be saved."""

    def __init__(self, couple: dict, parent=None, existing: Optional[list[dict]] = None):
        super().__init__(parent)
        self.setWindowTitle("Edit names")
        self.couple_id = int(couple["id"])
        # the other couples: the same name as another is said, as when adding a couple (not as this couple's own)
        self._existing = [row for row in (existing or []) if row.get("id") != self.couple_id]
        self.name = QLineEdit(couple["name"])
        self.name.setAccessibleName("Couple's name")
        form = QFormLayout()
        form.addRow("Couple", self.name)
        self.partner_fields: list[tuple[int, QLineEdit, QLineEdit]] = []
        for n, partner in enumerate(couple["partners"], start=1):
            name = QLineEdit(partner["display_name"])
            name.setAccessibleName(f"Partner {n}'s name")
            pronouns = QLineEdit(partner.get("pronouns") or "", placeholderText="e.g. she/her, he/him, they/them")
            pronouns.setAccessibleName(f"Partner {n}'s pronouns")
            form.addRow(f"Partner {n}", name)
            form.addRow("Pronouns", pronouns)
            self.partner_fields.append((int(partner["id"]), name, pronouns))
        self.problem = QLabel(wordWrap=True)
        self.problem.setProperty("role", "banner-warn")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Save")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for field in (self.name, *(f[1] for f in self.partner_fields)):
            field.textChanged.connect(self._check)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(460, 120 + 60 * len(self.partner_fields))
        self._check()

    def _check(self) -> None:
        empty = not self.name.text().strip() or any(not f[1].text().strip() for f in self.partner_fields)
        same = [] if empty else same_named(self._existing, self.name.text())
        if empty:
            text = "A name cannot be left empty: give the couple's name and each partner's name."
        else:
            text = same_name_warning(same)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.ok.setEnabled(not empty)
        self.ok.setText("Save anyway" if same else "Save")

    def fields(self) -> list[QLineEdit]:
        return [self.name, *(field for _pid, name, pron in self.partner_fields for field in (name, pron))]

    def values(self) -> tuple[str, dict[int, str], dict[int, str]]:
        """The couple's name, and each partner's name and pronouns by partner id."""
        names = {pid: name.text().strip() for pid, name, _p in self.partner_fields}
        pronouns = {pid: pron.text().strip() for pid, _n, pron in self.partner_fields}
        return self.name.text().strip(), names, pronouns


class EditCoupleFlow:
    """A mixin of CoupleFlow (it uses its window, refresh_couples and reload_couple)."""

    def edit_couple(self) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is not None:  # the names as stored now, not as the page last painted them
            self.w.tasks.run(lambda v: couples_store.get_couple(v, couple_id), self._ask_names)

    def _ask_names(self, couple: dict, typed: Optional[list[str]] = None) -> None:
        dialog = EditCoupleDialog(couple, self.w, existing=self.w.couples.model.rows())
        for field, text in zip(dialog.fields(), typed or []):
            field.setText(text)  # (what was typed when the vault locked)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if dialog.property("closed_by_lock"):  # the vault locked meanwhile: opened again as it was, after unlocking
                kept = [field.text() for field in dialog.fields()]
                self.w.drafts.later(lambda: self._ask_names(couple, kept)
                                    if self.w.couple_page.couple_id == int(couple["id"]) else None)
            return
        name, partners, pronouns = dialog.values()
        couple_id = int(couple["id"])
        if (name, partners, pronouns) == (couple["name"], {int(p["id"]): p["display_name"] for p in couple["partners"]},
                                          {int(p["id"]): p.get("pronouns") or "" for p in couple["partners"]}):
            self.w.statusBar().showMessage("Nothing was changed: the names are as they were.", 6000)
            return

        def saved(_couple):
            table = self.w.couple_page.table  # their recordings, while their page is the one shown
            theirs = {int(table.item(row, 0).data(Qt.ItemDataRole.UserRole)) for row in range(table.rowCount())
                      } if self.w.couple_page.couple_id == couple_id else set()
            self.w.jobs_panel.couple_renamed(theirs, couple["name"], name)
            self.refresh_couples(select_id=couple_id)
            self.reload_couple()
            self.w.statusBar().showMessage("Names saved.", 6000)

        self.w.tasks.run(lambda v: ops_case.edit_couple(v, load_settings(v), couple_id, name, partners, pronouns), saved)
