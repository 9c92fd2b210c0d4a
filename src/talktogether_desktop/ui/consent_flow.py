"""Recording and withdrawing consent from the couple page; on consent, the recordings that waited for it are offered
for analysis (a mixin of CoupleFlow: it uses its window, reload_couple and process)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from ..pipeline import ops_case
from ..pipeline.reanalysis import why_analysis_behind
from ..storage import couples as couples_store
from ..storage.settings import load_settings
from . import page_data, speaker_fixes
from .consent_dialog import ConsentDialog


class ConsentFlow:
    # --- consent ---------------------------------------------------------------------------------
    def record_consent(self) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        self.w.tasks.run(lambda v: couples_store.list_partners(v, couple_id), lambda partners: self._ask_consent(couple_id, partners))

    def _ask_consent(self, couple_id: int, partners: list, kept: dict | None = None) -> None:
        dialog = ConsentDialog(partners, self.w, kept)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if dialog.property("closed_by_lock"):  # the vault locked meanwhile: opened again as it was, after unlocking
                kept = dialog.kept()
                self.w.drafts.later(lambda: self._ask_consent(couple_id, partners, kept)
                                    if self.w.couple_page.couple_id == couple_id else None)
            return
        values = dialog.values()

        def record(v):
            ops_case.record_consent(v, load_settings(v), couple_id, retention=values["retention"], note=values["note"])
            # the recordings only transcribed while consent was missing, and those changed while it was withdrawn
            # (their analysis from before the change: "Analysis behind"): their analysis can be made now
            rows = page_data.recordings_of(v, couple_id)
            return ([r for r in rows if r.get("status") == "transcribed"],
                    [r for r in rows if why_analysis_behind(v, r["id"]) == "consent"])

        self.w.tasks.run(record, self._consent_recorded)

    def _consent_recorded(self, found: tuple) -> None:
        waiting, behind = found
        self.reload_couple()
        self.w.statusBar().showMessage("Consent recorded.", 5000)
        if not waiting and not behind:
            return
        said = []
        if waiting:
            many = len(waiting) != 1
            said.append(f"{len(waiting)} recording{'s' if many else ''} of this couple {'were' if many else 'was'} only "
                        "transcribed while consent was missing.")
        if behind:
            many = len(behind) != 1
            said.append(f"{len(behind)} recording{'s' if many else ''} {'were' if many else 'was'} changed (the words "
                        f"or the speakers) while consent was withdrawn, so {'their' if many else 'its'} analysis is "
                        "from before the change.")
        answer = QMessageBox.question(self.w, "Analyse now?", " ".join(said) + " Make the analysis now?")
        if answer == QMessageBox.StandardButton.Yes:
            for rec in waiting:
                self.process(rec["id"])
            for rec in behind:  # the words and speakers as corrected, analysed again (not transcribed anew)
                self.process(rec["id"], job=speaker_fixes.analyse_again_job(rec["id"]))

    def withdraw_consent(self) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        answer = QMessageBox.question(
            self.w, "Withdraw consent?",
            "Recordings stay in the vault, but no new analysis is made until consent is recorded again.")
        if answer == QMessageBox.StandardButton.Yes:
            self.w.tasks.run(lambda v: ops_case.withdraw_consent(v, load_settings(v), couple_id),
                             lambda _n: (self.reload_couple(), self.w.statusBar().showMessage("Consent withdrawn.", 5000)))
