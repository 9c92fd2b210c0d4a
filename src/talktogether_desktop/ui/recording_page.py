"""One recording: player, waveform lanes, transcript with speaker fixes, analysis, report and notes."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ..errors import NotFound
from ..pipeline import ops_case, ops_practice, ops_reports, ops_transcript
from ..storage.settings import load_settings
from . import recording_data, speaker_fixes, theme
from .analysis_view import AnalysisView
from .elided_label import ElidedLabel
from .notes_tab import NotesTab
from .page_data import recording_name, shown_time
from .corrections_dialog import CorrectionsDialog, describe_changes
from .player_bar import PlayerBar
from .rename_dialog import RenameDialog, rename_voices  # noqa: F401 - (tests take the dialog from here)
from .practice_link import NOT_PRACTICE, PracticeLink
from .recording_header import CHANGE_STOPPED, LOOK_FIRST, LOOK_HERE_TIP, header_and_banner, lines_to_look_first, why_no_analysis
from .scrolled_page import LeastTabs, scrolled
from .report_making import REPORT_WAITS, change_done, make_report
from .report_preview import ReportPreview
from .transcript_view import TranscriptView
from .waveform import WaveformWidget
from .word_dialogs import replacing_other_words_confirmed


CUT_SHORT_LINE = ("The end of this recording is missing (the file was cut short), so the transcript, analysis and "
                  "report cover only what is there.")


# as `recording show` says it: processed, and nothing to process again (it said "Process the recording")
NO_SPEECH = "No speech found: the recording holds sound but no recognisable words."

class RecordingPage(QWidget):
    back_requested = Signal()
    loaded = Signal(int)
    gone = Signal(int)  # the recording shown (or being opened) is no longer in the vault: erased elsewhere
    report_ready = Signal()

    def __init__(self, tasks, jobs, errors, parent=None):
        super().__init__(parent)
        self.tasks, self.jobs, self.errors = tasks, jobs, errors
        self.recording_id: Optional[int] = None
        self.data: Optional[dict] = None
        back = QPushButton("← Couple")
        back.setToolTip("Back to the couple (Alt+Left or Escape)")
        back.setAccessibleName("Back to the couple")  # not "leftwards arrow Couple"
        # couple · file · date: in a narrow window the couple's name gives way (it is on the left and on "← Couple"),
        # whole in its tooltip; shortened in the middle, "Okafor and Lind ·….m4a · 2026-12-06" named no recording
        self.title = ElidedLabel(mode=Qt.TextElideMode.ElideLeft)
        self.title.setFont(theme.title_font(1.3))
        self.state = QLabel()
        self.state.setProperty("role", "hint")
        head = QHBoxLayout()
        head.addWidget(back)
        head.addWidget(self.title, 1)
        head.addWidget(self.state)
        # a recording imported although its end is missing says so here, not only in the couple's list
        self.cut_short = QLabel(CUT_SHORT_LINE, wordWrap=True, objectName="cut-short")
        self.banner = QLabel(wordWrap=True)
        self.banner.setProperty("role", "banner-warn")
        self.banner.linkActivated.connect(lambda _l: self._submit_fix("Making the analysis again",
                                                                      speaker_fixes.analyse_again_job(self.recording_id)))
        self.practice = PracticeLink()
        self.player = PlayerBar()
        self.waveform = WaveformWidget()
        self.transcript = TranscriptView()
        self.analysis = AnalysisView()
        self.report = ReportPreview()
        self.notes_tab = NotesTab()
        self.notes, self.note_edit, self.note_btn = self.notes_tab.list, self.notes_tab.edit, self.notes_tab.add_btn
        self.tabs = LeastTabs()
        self.tabs.addTab(self.transcript, "Transcript")
        self.tabs.addTab(self.analysis, "Analysis")
        self.tabs.addTab(self.report, "Report")
        self.tabs.addTab(self.notes_tab, "Notes")
        self.tabs.tabBar().setAccessibleName("Views of the recording")
        # In a small window (900x600) with its notes shown (cut short, no consent) the page scrolls: squashed, the
        # transcript's buttons lay outside the tab and the list kept one line.
        layout, self.scroll = scrolled(self)
        layout.addLayout(head)
        layout.addWidget(self.cut_short)
        layout.addWidget(self.banner)
        layout.addWidget(self.practice)
        layout.addWidget(self.player)
        layout.addWidget(self.waveform)
        layout.addWidget(self.tabs, 1)
        back.clicked.connect(self.back_requested)
        self.player.position_changed.connect(self._position)
        self.waveform.seek_requested.connect(self.player.seek)
        self.transcript.play_from.connect(lambda s, e: self.player.play(s))
        self.transcript.line_chosen.connect(self._line_chosen)
        self.analysis.play_at.connect(lambda s, e: self.player.play(max(0.0, s - 1.0), e + 1.0))
        self.transcript.rename_requested.connect(self._rename)
        self.transcript.swap_requested.connect(lambda: self._fix("swap"))
        self.transcript.reassign_requested.connect(lambda s, e, label: self._fix("reassign", start=s, end=e, speaker=label))
        self.transcript.correct_requested.connect(self._correct_line)
        self.transcript.word_edit_requested.connect(
            lambda s, e, text: self._submit_fix("Correcting a word", speaker_fixes.correct_job(
                self.recording_id, "word", s, e, text)) if self.recording_id is not None else None)
        self.transcript.words_move_requested.connect(
            lambda label, runs: self._submit_fix("Moving words to the other speaker", speaker_fixes.move_words_job(
                self.recording_id, label, runs)) if self.recording_id is not None else None)
        self.transcript.undo_requested.connect(lambda: self._submit_fix(
            "Taking back a correction", speaker_fixes.undo_job(self.recording_id)) if self.recording_id is not None else None)
        self.transcript.corrections_requested.connect(self._show_corrections)
        undo = QAction("Undo correction", self, shortcut=QKeySequence.StandardKey.Undo,
                       shortcutContext=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(lambda: self.transcript.undo_btn.isEnabled() and self.transcript.undo_btn.click())
        self.addAction(undo)
        self.report.generate_requested.connect(self.make_report)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.report.exported.connect(lambda p: self.errors._status and self.errors._status(f"Report exported to {p}."))
        self.report.exported.connect(lambda _path: self._audit_disclosure("export"))
        self.report.printed.connect(lambda: self._audit_disclosure("print"))
        self.report.export_failed.connect(self.errors.show)
        self.note_btn.clicked.connect(self._add_note)
        self.notes_tab.time_chosen.connect(self._line_chosen)  # a note's time, as a transcript line's
        self.notes_tab.play_from.connect(lambda s: self.player.play(s))
        self.note_edit.textChanged.connect(self._note_ready)
        self.practice.link_requested.connect(self._link)
        self.play_action = QAction("Play or pause", self)
        self.play_action.setShortcuts([QKeySequence("Ctrl+Space")])
        self.play_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.play_action.triggered.connect(self.toggle_playback)
        self.addAction(self.play_action)
        for view in (self.transcript.list, self.analysis, self.analysis.moments, self.analysis.timeline,
                     self.waveform, self.report.scroll, self.notes, self.tabs.tabBar()):
            view.installEventFilter(self)
        self.clear()

    # --- loading ----------------------------------------------------------------------------------------
    def load(self, recording_id: int, look_first: bool = True) -> None:
        self.clear()
        self.recording_id, self.look_first = recording_id, look_first
        self.state.setText("Opening…")
        self.tasks.run(lambda v: recording_data.recording_page(v, recording_id), self._show,
                       lambda exc: self.not_opened(recording_id, exc))

    def reload(self) -> None:
        if self.recording_id is not None:
            rid = self.recording_id
            self.tasks.run(lambda v: recording_data.recording_page(v, rid), lambda d: self._show(d, keep_audio=True),
                           lambda exc: self.not_opened(rid, exc))

    def not_opened(self, recording_id: int, exc: BaseException) -> None:
        """A recording erased meanwhile (by a command, another window) leaves its page (it said "Opening…" for good
        after an unlock, or "Not found. 'Make a new report' tries again." on a page that still read "Ready")."""
        if recording_id != self.recording_id:
            return
        if isinstance(exc, NotFound):
            self.clear()
            self.gone.emit(recording_id)
            return
        self.state.setText("Not opened")
        self.errors.show(exc)

    def _show(self, data: dict, keep_audio: bool = False) -> None:
        if data["recording"]["id"] != self.recording_id:
            return
        self.data = data
        rec, couple = data["recording"], data["couple"]
        name = recording_name(rec)
        when = shown_time(rec.get("recorded_at") or rec.get("imported_at"))[:10]  # this computer's day, not UTC's
        self.title.setText(f"{couple['name']} · {name} · {when}")
        self.cut_short.setVisible(bool(rec.get("import_warning")))
        self.cut_short.setToolTip(rec.get("import_warning") or "")  # what was found: how much could be read
        job_state = self.jobs.state_of(rec["id"])
        busy = job_state is not None
        state, banner = header_and_banner(data, job_state)
        self.made_again = ""
        # lines to listen to first: the header says so as the list does ("Ready" alone read as nothing to see), and a
        # recording opened from the list opens where they are listed first, not on its transcript
        look = lines_to_look_first(data["analysis"]) and not busy
        self.state.setText(state + (LOOK_FIRST if look else ""))
        self.state.setToolTip(LOOK_HERE_TIP if look else "")
        if look and getattr(self, "look_first", False) and self.tabs.currentWidget() in (self.transcript, self.notes_tab):
            self.tabs.setCurrentWidget(self.analysis)
        self.look_first = False
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        if not keep_audio or self.player.player is None:
            self.player.set_audio(data["samples"], data["sample_rate"])
            self.waveform.set_audio(data["samples"], data["sample_rate"])
        data["samples"] = None  # the player holds the only copy
        lanes = list(data["speakers"].items()) or [("", "Audio")]
        self.waveform.set_speakers(lanes, data["lines"])
        self.waveform.set_marks([f["t"] for f in (data["analysis"] or {}).get("safety_flags") or []])
        empty = "" if data["lines"] else (f"{self.state.text()} The transcript appears here when it is done." if busy
                                          else NO_SPEECH if rec.get("status") == "no_speech"  # (it was processed)
                                          else "No transcript yet. Process the recording from the couple page.")
        self.transcript.set_lines(data["lines"], data["speakers"], empty, keep_place=keep_audio,
                                  partners=[p["display_name"] for p in couple.get("partners") or []])
        self.transcript.set_name_sources(data.get("sources") or {})
        fixes = data.get("speaker_fixes") or []  # naming a voice is no correction (the CLI's count): listed, not counted
        self.transcript.set_corrections(data.get("corrections") or [], sum(f.get("kind") != "rename" for f in fixes), len(fixes))
        if busy:  # Undo waits for the change under way (pressed twice, the second found nothing: "Not found")
            self.transcript.hold_undo()
        no_analysis, no_report = why_no_analysis(data, job_state)
        self.analysis.empty.setText(no_analysis)
        self.analysis.set_analysis(data["analysis"], data["all_names"])
        withdrawn = not data["consent"] and bool(data.get("consent_withdrawn_at"))
        self.reportable = data["analysis"] is not None and not withdrawn  # as `report` refuses after a withdrawal
        self.report.allow_generate(self.reportable, busy)  # no version to choose before there is a report
        if data["analysis"] is None:
            self.report.set_unavailable(no_report)
        elif withdrawn:
            self.report.set_unavailable("Consent was withdrawn, so no report is made from this recording until "
                                        "consent is recorded again on the couple page.")
        else:
            if keep_audio:
                self.report.clear()  # the analysis may have changed (a speaker fix): show it afresh
            self._tab_changed(self.tabs.currentIndex())  # a recording may open on the Report tab
        self.practice.show_link(rec.get("assignment_id"), data.get("assignments") or [], data.get("practice_outside"),
                                data.get("practised"), made=when)
        self.notes_tab.show_notes(data["notes"])
        self._note_ready()
        self.loaded.emit(rec["id"])

    def job_finished(self, result) -> None:
        note = result.get("voice_sample_note") if isinstance(result, dict) else None
        if note and self.errors._status:  # the name was kept; only the voice sample was not
            self.errors._status(f"Named. {note}")
        change_done(self, result)  # (report_making: its "… once the change … is done…" is not left up after it)
        if self.recording_id is not None and self.isVisible():
            self.reload()

    # --- speaker fixes ---------------------------------------------------------------------------------
    def _rename(self) -> None:
        rename_voices(self)  # (what was chosen survives a lock: self.keep_draft)

    def _fix(self, kind: str, **params) -> None:
        if self.recording_id is None or not self.data:
            return
        if kind == "swap":
            labels = list(self.data["speakers"])[:2]
            if len(labels) < 2:
                return
            params = {"a": labels[0], "b": labels[1]}
        self._submit_fix("Fixing speakers", speaker_fixes.fix_job(self.recording_id, kind, params))

    def _correct_line(self, start: float, end: float, text: str) -> None:
        """The line as the therapist wrote it; words the other partner said in its time are named and asked about
        first (`transcript correct --line` refuses them without --replace-other-speaker), never taken silently."""
        rid = self.recording_id

        def asked(preview: dict) -> None:
            if rid == self.recording_id and replacing_other_words_confirmed(self, preview):
                self._submit_fix("Correcting the transcript", speaker_fixes.correct_job(
                    rid, "line", start, end, text, preview["other_speaker_words_replaced"]))

        if rid is not None:
            self.tasks.run(lambda v: ops_transcript.preview_correction(v, rid, "line", start, end, text), asked)

    def _show_corrections(self) -> None:
        """The therapist's changes, listed; one word or line correction may be taken back from the list."""
        if self.recording_id is None or not self.data:
            return
        rows = describe_changes(self.data.get("corrections") or [], self.data.get("speaker_fixes") or [],
                                self.data.get("all_names") or {}, self.data["couple"].get("partners") or [])
        dialog = CorrectionsDialog(rows, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_id is not None:
            self._submit_fix("Taking back a correction", speaker_fixes.undo_job(self.recording_id, dialog.chosen_id))

    def _submit_fix(self, label: str, fn) -> None:
        self.state.setText("Updating speakers…" if "speaker" in label or "voice" in label else "Updating the transcript…")
        self.transcript.hold_undo()
        self.report.allow_generate(getattr(self, "reportable", False), waiting=True)  # not built on the old reading
        if self.report.page_count:  # the report shown is from before this change: not left up as if current
            self.report.set_unavailable(REPORT_WAITS)
        if self.data is not None:  # nor the analysis, without a word (until the change's reload); shown away from the
            self.made_again = header_and_banner(self.data, "queued")[1]  # transcript, whose place it would shift
            self._show_made_again()
        if self.errors._status:
            self._fix_said = (f"{label}… {REPORT_WAITS}", label)
            self.errors._status(self._fix_said[0])
        rec = (self.data or {}).get("recording") or {}
        name = recording_name(rec) if rec else "The recording"
        couple = ((self.data or {}).get("couple") or {}).get("name")  # the jobs panel names it (couple · file)
        self.jobs.submit(f"{couple} · {name}: {label.lower()}" if couple else f"{name}: {label.lower()}", fn,
                         self.recording_id, stopped=CHANGE_STOPPED)

    # --- report ------------------------------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        """Opening the Report tab shows the report at once (the stored one while it is current)."""
        self._show_made_again()
        if (self.tabs.currentWidget() is self.report and self.report.page_count == 0 and self.data
                and getattr(self, "reportable", False)):
            if self.jobs.is_busy_with(self.recording_id):  # made once the change under way is done (its reload)
                self.report.set_unavailable(REPORT_WAITS)
                return
            self.make_report(fresh=False)

    def _show_made_again(self) -> None:
        if getattr(self, "made_again", ""):
            self.banner.setText(self.made_again)
            self.banner.setVisible(self.tabs.currentWidget() is not self.transcript)

    def make_report(self, fresh: bool = True) -> None:
        make_report(self, fresh)  # (report_making: the report of the version chosen, made or opened off the GUI thread)

    # --- notes ------------------------------------------------------------------------------------------
    def _link(self, assignment_id: int) -> None:
        rid, chosen = self.recording_id, None if assignment_id == NOT_PRACTICE else assignment_id
        if rid is not None:
            # made after the practice's days: linked, but said so (the pipeline's sentence), also on the page
            self.tasks.run(lambda v: ops_practice.link_recording(v, load_settings(v), rid, chosen), lambda r: (
                self.reload(), self.errors._status and self.errors._status(
                    " ".join(filter(None, ["Linked to the practice." if chosen is not None
                                           else "No longer linked to a practice.", r.get("outside")])))))

    def _note_ready(self) -> None:
        """The button adds a note only once there is one to add (it did nothing, silently, on an empty box)."""
        ready = bool(self.note_edit.toPlainText().strip()) and self.data is not None
        self.note_btn.setEnabled(ready)
        self.note_btn.setToolTip("Keep the note with this recording, at the playhead's time" if ready
                                 else "Type the note in the box above first")

    def _add_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if not text or not self.data:
            return
        couple_id, rid, t = self.data["couple"]["id"], self.recording_id, self.player.position()
        self.tasks.run(lambda v: ops_case.add_note(v, load_settings(v), couple_id, text, recording_id=rid, t=t),
                       lambda _id: (self.note_edit.clear(), self.reload()))

    def confirm_leave(self) -> bool:
        """A note typed but not added is added, thrown away or kept on the page: the therapist says which."""
        return self.data is None or self.notes_tab.confirm_leave(self._add_note)

    # --- playback -----------------------------------------------------------------------------------------
    def _position(self, seconds: float) -> None:
        self.waveform.set_position(seconds)
        self.analysis.timeline.set_position(seconds)
        playing = self.player.player is not None and self.player.player.playing
        self.transcript.mark_playing(seconds if playing else None)

    def _line_chosen(self, start: float) -> None:
        """A click on a line only selects it (client audio must not start aloud); the playhead moves there while
        nothing plays, so Play or Space starts from the chosen line."""
        if self.player.player is not None and not self.player.player.playing:
            self.player.seek(start)

    def toggle_playback(self) -> None:
        self.player.toggle()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """Space (and Ctrl+Space) play or pause while the transcript, analysis or waveform has the focus (item views
        would otherwise take Space for selecting and swallow the shortcut)."""
        from PySide6.QtCore import QEvent, Qt

        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and event.key() == Qt.Key.Key_Space:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if watched is self.analysis.timeline and mods == Qt.KeyboardModifier.NoModifier:
                return super().eventFilter(watched, event)  # Space there plays the chosen moment, as a click does
            if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # deliver it here as a key press, not to another shortcut
                else:
                    self.toggle_playback()
                return True
        return super().eventFilter(watched, event)

    def stop_playback(self) -> None:
        self.player.pause()

    def _audit_disclosure(self, action: str) -> None:
        """The report left the vault from the window: audited as the command line's `report -o` is."""
        report_id = self.report.report_id
        if report_id is not None:
            self.tasks.run(lambda vault: ops_reports.record_disclosure(vault, report_id, action))

    def clear(self) -> None:
        self.recording_id = None
        self.data = None
        self.player.clear()
        self.waveform.clear()
        self.transcript.clear()
        self.analysis.clear()
        self.report.clear()
        self.notes_tab.show_notes([], loaded=False)
        self.note_edit.clear()
        self._note_ready()
        self.title.clear()
        self.state.clear()
        self.banner.clear()
        self.banner.setVisible(False)
        self.cut_short.setVisible(False)
        self.practice.show_link(None, [])
