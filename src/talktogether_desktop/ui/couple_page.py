"""One couple: partners, consent, sessions, practice and recordings; drop audio files here to import."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..pipeline.formats import said_together
from ..timefmt import duration
from . import theme
from .consent_dialog import ConsentDialog  # noqa: F401 - imported from here by the consent flow
from .elided_label import ElidedLabel
from .flow_layout import FlowLayout
from .couple_practice import add_practice_widgets, fill_practice, selected_assignment, selected_period, update_practice_buttons
from .couple_notes import notes_button, show_count
from .page_data import shown_time  # (shown_time: a time kept in UTC in this computer's)
from .recording_header import ELSEWHERE_TIP
from .scrolled_page import scrolled

AUDIO_SUFFIXES = {".m4a", ".mp3", ".wav", ".opus", ".ogg", ".flac", ".aac", ".webm", ".mp4", ".oga", ".wma", ".amr"}


class _RecordingsTable(QTableWidget):
    """Asks for no more height than its minimum (three rows), so a page that scrolls in a small window lays it out
    at that and gives it the room left over, instead of scrolling for an empty table's preferred height."""

    def sizeHint(self):  # noqa: N802 - Qt API
        return QSize(super().sizeHint().width(), self.minimumHeight())


class CouplePage(QWidget):
    import_requested = Signal(list)  # file paths
    record_requested = Signal()
    consent_requested = Signal()
    process_requested = Signal(int)  # recording id
    reprocess_requested = Signal(int)  # recording id: again, with the current settings
    open_recording = Signal(int)
    add_session_requested = Signal()
    assign_practice_requested = Signal()
    withdraw_consent_requested = Signal()
    delete_requested = Signal()
    edit_requested = Signal()  # correct the couple's or partners' names, or pronouns
    delete_recording_requested = Signal(int)  # recording id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.couple_id: Optional[int] = None
        self.recordings_data: list[dict] = []
        self.has_consent = False
        self.partner_names, self.partner_list = "", []  # (said_together; the names, for the room page)
        self.title = ElidedLabel()  # a long couple's name ends with "…" (whole in its tooltip), not cut mid-letter
        self.title.setFont(theme.title_font(1.6))
        self.partners = QLabel(wordWrap=True)  # two long names wrap: one line widened the page past the window
        notes_button(self)  # (couple_notes: "Notes (2)…"; made first, so Tab reaches it before Edit…, as it reads)
        self.edit_btn = QPushButton("Edit…")
        self.edit_btn.setAccessibleName("Edit the couple's and partners' names")
        self.edit_btn.setToolTip("Correct the couple's name, a partner's name or pronouns")
        self.consent_banner = QLabel(wordWrap=True)
        self.consent_banner.setMargin(6)
        self.consent_btn = QPushButton("Record consent…")
        self.more_btn = QToolButton(text="More…", popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_btn.setAccessibleName("More actions for this couple")
        more = QMenu(self.more_btn)
        # Menu items call the signals' emit: a bare signal is not a callable slot in PySide6.
        more.addAction("Plan a session…", self.add_session_requested.emit)
        more.addAction("Assign practice…", self.assign_practice_requested.emit)  # (also a button by the practice list)
        more.addAction("Edit names…", self.edit_requested.emit)
        self.withdraw_action = more.addAction("Withdraw consent", self.withdraw_consent_requested.emit)
        more.addSeparator()
        more.addAction("Delete this couple…", self.delete_requested.emit)
        self.more_btn.setMenu(more)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.consent_banner, 1)
        banner_row.addWidget(self.consent_btn)
        banner_row.addWidget(self.more_btn)

        self.import_btn = QPushButton("Import recording…")
        self.import_btn.setProperty("primary", True)
        self.import_btn.setToolTip("Or drop audio files onto this page (Ctrl+I)")
        self.record_btn = QPushButton("Record in the room…")
        self.process_btn = QPushButton("Process selected")
        self.open_btn = QPushButton("Open")
        self.delete_rec_btn = QPushButton("Delete…")
        actions = FlowLayout()  # wraps in a narrow window; a row squeezed them until "Record in the room…" was cut
        for b in (self.import_btn, self.record_btn, self.process_btn, self.open_btn, self.delete_rec_btn):
            actions.addWidget(b)

        self.table = _RecordingsTable(0, 4)
        self.table.setHorizontalHeaderLabels(["Recorded", "Recording", "Length", "State"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # rows are chosen with the arrows; Tab goes on to the next control
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName("Recordings")
        # the table takes the room left over, down to three rows; below that the page scrolls (see `scroll`)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + 3 * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.drop_hint = QLabel("Drop audio files here to import them, or use “Import recording…”.")
        self.drop_hint.setProperty("role", "hint")

        rec_box = QGroupBox("Recordings")
        rec_layout = QVBoxLayout(rec_box)
        rec_layout.addLayout(actions)
        rec_layout.addWidget(self.table, 1)
        rec_layout.addWidget(self.drop_hint)

        self.sessions = QListWidget()
        self.sessions.setAccessibleName("Sessions")
        practice_tools = add_practice_widgets(self)  # (couple_practice: the list and its buttons)
        lists = QHBoxLayout()
        for title, widget in (("Sessions", self.sessions), ("Practice between sessions", self.practice)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            widget.setMaximumHeight(130)
            # a practice's two wrapped lines stay whole in the smallest window (the table gives way instead)
            widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
            widget.setWordWrap(True)  # long practice titles wrap instead of scrolling sideways
            widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # a practice taller than the list
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lists.addWidget(box, 0 if widget is self.sessions else 1)
        side = QVBoxLayout()
        side.addLayout(lists)
        side.addLayout(practice_tools)

        # In a small window (900x600) the page scrolls instead of squashing: the recordings table was laid over
        # the wrapped row of buttons ("Delete…" half hidden under it).
        layout, self.scroll = scrolled(self)
        layout.addWidget(self.title)
        names_row = QHBoxLayout()
        names_row.addWidget(self.partners, 1)  # the room there is (a wrapped label asks for little and wrapped early)
        names_row.addWidget(self.notes_btn)
        names_row.addWidget(self.edit_btn)
        layout.addLayout(names_row)
        layout.addLayout(banner_row)
        layout.addWidget(rec_box, 1)
        layout.addLayout(side)

        self.consent_btn.clicked.connect(self.consent_requested)
        self.edit_btn.clicked.connect(self.edit_requested)
        self.import_btn.clicked.connect(self._pick_files)
        self.record_btn.clicked.connect(self.record_requested)
        self.process_btn.clicked.connect(self._process_selected)
        self.open_btn.clicked.connect(self._open_selected)
        self.delete_rec_btn.clicked.connect(
            lambda _c=False: self.selected_recording() and self.delete_recording_requested.emit(self.selected_recording()[0]))
        erase = QAction("Delete recording", self.table, shortcut=QKeySequence.StandardKey.Delete,
                        shortcutContext=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        erase.triggered.connect(self.delete_rec_btn.click)
        self.table.addAction(erase)
        # activated: Enter, and a double-click (which also sends doubleClicked: connected to both, one double-click
        # opened the recording twice, reading it and its sound from the vault twice)
        self.table.cellActivated.connect(lambda row, _c: self._open_row(row))
        self.table.itemSelectionChanged.connect(self._update_buttons)

    # --- filling in -------------------------------------------------------------------------------
    def show_data(self, data: dict) -> None:
        couple = data["couple"]
        kept_rec = self.selected_recording() if self.couple_id == couple["id"] else None  # stays chosen on a reload
        self.couple_id = couple["id"]
        self.title.setText(couple["name"])
        names = [p["display_name"] for p in couple["partners"]]
        shown = [p["display_name"] + (f" ({p['pronouns']})" if p.get("pronouns") else "") for p in couple["partners"]]
        self.partners.setText("Partners: " + said_together(shown) if shown else "No partners recorded")
        self.partner_names = said_together(names)  # as the delete dialog names them (no pronouns)
        self.partner_list = names  # (the room page's "Make sure Ana, Ben and Chris have agreed")
        show_count(self, data.get("notes") or [])
        self.has_consent = bool(data["consent"])
        whose = f"{names[0]}'s" if len(names) == 1 else "both partners'" if len(names) == 2 else "every partner's"
        if self.has_consent:
            self.consent_banner.setText(f"Consent to record and analyse: given by every partner ({shown_time(data.get('consent_given_at'))[:10]}).")
            self.consent_banner.setProperty("role", "banner-ok")
            self.consent_btn.setVisible(False)
            self.withdraw_action.setEnabled(True)
        elif data.get("consent_withdrawn_at"):
            self.consent_banner.setText(
                f"Consent was withdrawn ({shown_time(data['consent_withdrawn_at'])[:10]}). Recordings and earlier analyses "
                f"are kept; nothing new is analysed until {whose} consent is recorded again.")
        else:
            self.consent_banner.setText(
                "Consent not recorded yet. Recordings can be imported and kept, but they are not analysed "
                f"until {whose} consent is recorded."
            )
        if not self.has_consent:
            self.consent_banner.setProperty("role", "banner-warn")
            self.consent_btn.setVisible(True)
            self.withdraw_action.setEnabled(False)
        self.consent_banner.style().unpolish(self.consent_banner)
        self.consent_banner.style().polish(self.consent_banner)

        self.recordings_data = list(data["recordings"])  # (the practice's "Link a recording…" offers them)
        self.table.setRowCount(0)
        for rec in data["recordings"]:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [shown_time(rec.get("recorded_at") or rec.get("imported_at")), rec["name"], duration(rec.get("duration_s"), none=""), rec["status_text"]]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rec["id"])
                item.setData(Qt.ItemDataRole.UserRole + 1, rec.get("status"))
                # the name whole where a small window elides it ("kitchen-talk-after…"), with any import warning
                tip = "\n".join(filter(None, [rec["name"] if col == 1 else "", rec.get("status_tip", "") if col == 3 else "",
                                               rec.get("import_warning") or ""]))
                if tip:
                    item.setToolTip(tip)
                self.table.setItem(row, col, item)
        if self.table.rowCount():  # (it jumped to the first row: "Process again" then acted on another recording)
            ids = [self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(self.table.rowCount())]
            self.table.selectRow(ids.index(kept_rec[0]) if kept_rec and kept_rec[0] in ids else 0)

        self.sessions.clear()
        for s in data["sessions"]:
            extra = f" · {s['duration_min']} min" if s.get("duration_min") else ""
            # a passed day still planned: "not marked held" (one line at 900 px), its whole sentence in the tooltip
            said = " · not marked held" if s.get("behind") else f" · {s.get('status', '')}"
            item = QListWidgetItem(f"{shown_time(s['scheduled_at'])}{extra}{said}")
            item.setData(Qt.ItemDataRole.UserRole, dict(s))
            item.setToolTip((f"{s['behind'][:1].upper()}{s['behind'][1:]}. " if s.get("behind") else "")
                            + "Double-click (or Enter) to move it, mark how it went, or remove it")
            self.sessions.addItem(item)
        if not data["sessions"]:
            self.sessions.addItem("No sessions planned")
        self._fit_sessions()
        fill_practice(self, data["assignments"])
        self._update_buttons()
        self._update_practice_buttons()

    def selected_assignment(self) -> Optional[tuple[int, str]]:
        return selected_assignment(self)

    def selected_period(self) -> Optional[tuple[str, str]]:
        """The selected practice's first and last day (ISO dates), when known."""
        return selected_period(self)

    def _fit_sessions(self) -> None:
        """Each session on one line beside the list's scroll bar, never wrapped into a narrow column."""
        lines = [self.sessions.item(i).text() for i in range(self.sessions.count())]
        self.sessions.setMinimumWidth(max(map(self.sessions.fontMetrics().horizontalAdvance, lines), default=0) + 2 * (
            self.sessions.frameWidth() + 4) + self.sessions.verticalScrollBar().sizeHint().width())

    def _update_practice_buttons(self) -> None:
        update_practice_buttons(self)

    def clear(self) -> None:
        self.couple_id = None
        self.partner_names, self.partner_list = "", []
        self.recordings_data = []
        show_count(self, [])
        for label in (self.title, self.partners, self.consent_banner):
            label.clear()
        self.table.setRowCount(0)
        self.sessions.clear()
        self.practice.clear()
        self._update_practice_buttons()

    # --- actions ----------------------------------------------------------------------------------
    def selected_recording(self) -> Optional[tuple[int, str]]:
        items = self.table.selectedItems()
        if not items:
            return None
        return int(items[0].data(Qt.ItemDataRole.UserRole)), items[0].data(Qt.ItemDataRole.UserRole + 1) or ""

    def recording_name(self, recording_id: int) -> Optional[str]:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == recording_id:
                return item.text()
        return None

    def _update_buttons(self) -> None:
        selected = self.selected_recording()
        status = selected[1] if selected else ""
        self.open_btn.setEnabled(selected is not None)
        self.open_btn.setToolTip("Open the selected recording (or double-click it)" if selected else "Select a recording first")
        self.delete_rec_btn.setEnabled(selected is not None)
        self.delete_rec_btn.setToolTip("Erase the selected recording and everything made from it (Delete)" if selected
                                       else "Select a recording first")
        busy = status in ("running", "queued", "elsewhere")
        done = status in ("analysed", "analyzed", "no_speech") or (status == "transcribed" and not self.has_consent)
        # without consent, processing an analysed recording again would drop its speakers and leave an old report
        held = status in ("analysed", "analyzed") and not self.has_consent
        self.process_btn.setEnabled(selected is not None and not busy and not held)
        if held:
            self.process_btn.setText("Process again")
            self.process_btn.setToolTip("Consent to analyse is not in force: processing again would drop the speakers "
                                        "and keep only a transcript. Record consent first.")
        elif done:
            self.process_btn.setText("Process again" if self.has_consent else "Transcribe again")
            self.process_btn.setToolTip("Process the selected recording again with the current settings "
                                        "(speech model, threads), e.g. after choosing a more accurate model.")
        else:
            self.process_btn.setText("Process selected" if self.has_consent else "Transcribe selected")
            self.process_btn.setToolTip(
                "Select a recording first" if selected is None
                else ELSEWHERE_TIP if status == "elsewhere"
                else "This recording is being processed now; see the Processing panel (Ctrl+J)" if busy
                else "" if self.has_consent
                else "Without consent only the transcript is made; the analysis waits for consent.")

    def _pick_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        patterns = " ".join(f"*{s}" for s in sorted(AUDIO_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(self, "Import recordings", "", f"Audio ({patterns});;All files (*)")
        if files:
            self.import_requested.emit(files)

    def _process_selected(self) -> None:
        selected = self.selected_recording()
        if selected and self.process_btn.text() in ("Process again", "Transcribe again"):  # anew: the words kept else
            self.reprocess_requested.emit(selected[0])
        elif selected:
            self.process_requested.emit(selected[0])

    def _open_selected(self) -> None:
        selected = self.selected_recording()
        if selected:
            self.open_recording.emit(selected[0])

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_recording.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # --- drag and drop ----------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.couple_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        files = [f for f in files if Path(f).is_file()]
        if files:
            self.import_requested.emit(files)
            event.acceptProposedAction()
