"""The window: first run or unlock, then couples on the left and the chosen page on the right.

The window only arranges screens and routes requests; the work is done by `vault_flow` (unlock,
create, lock), `couple_flow` (couples, consent, import, processing) and the pages themselves, all
through the task manager.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .. import paths
from ..storage import keychain
from .clipboard_guard import ClipboardGuard
from .couple_page import CouplePage
from .couples_list import CouplesPanel
from .errors import ErrorPresenter
from .idle_lock import IdleLock
from .lock_drafts import LockDrafts
from .jobrunner import JobRunner
from .jobs_panel import JobsPanel
from .recording_page import RecordingPage
from .room_page import RoomPage
from .settings_page import SettingsPage
from .taskman import TaskManager
from .vault_pages import CreateVaultPage, UnlockPage


class MainWindow(QMainWindow):
    locked_changed = Signal(bool)

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle("TalkTogether")
        icon = paths.resource("icons", "talktogether.png")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.resize(1280, 820)
        self.setMinimumSize(900, 600)
        self.errors = ErrorPresenter(self, status=lambda text: self.statusBar().showMessage(text, 8000))
        self.tasks = TaskManager(self.errors.show, self)
        self.jobs = JobRunner(self)
        self.idle = IdleLock(10, self)
        self.drafts = LockDrafts(self)  # what was typed when the vault locked, in memory only
        self.clipboard = ClipboardGuard(self)  # what was copied out: marked secret, gone at the lock and the close
        self.unlocked = False

        # --- screens --------------------------------------------------------------------------
        self.root = QStackedWidget()
        self.create_page = CreateVaultPage(str(self.data_dir))
        self.unlock_page = UnlockPage(keychain_secure=_keychain_secure())
        self.couples = CouplesPanel()
        self.couple_page = CouplePage()
        self.recording_page = RecordingPage(self.tasks, self.jobs, self.errors)
        self.recording_page.transcript.keep_draft = self.drafts.later
        self.recording_page.keep_draft = self.drafts.later  # (names being given to the voices)
        self.room_page = RoomPage(self.tasks, self.errors)
        self.settings_page = SettingsPage(self.tasks, self.errors, self.data_dir)
        self.welcome = QLabel(
            "<p style='font-size:large'>Choose a couple on the left, or add a new one.</p>"
            "<p>Ctrl+N new couple · Ctrl+F search · Ctrl+I import a recording<br>"
            "Ctrl+Comma settings · Ctrl+J processing · Ctrl+L lock now</p>"
        )
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setProperty("role", "hint")
        self.content = QStackedWidget()
        for page in (self.welcome, self.couple_page, self.recording_page, self.room_page, self.settings_page):
            self.content.addWidget(page)
        # in the smallest window (900 px) the page keeps the room it needs and the list gives way down to its minimum
        self.content.setMinimumWidth(740)
        self.workspace = QSplitter()
        self.workspace.addWidget(self.couples)
        self.workspace.addWidget(self.content)
        self.workspace.setStretchFactor(0, 0)  # a smaller window takes the room from the page, not the list
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setCollapsible(0, False)
        self.workspace.setSizes([300, 980])
        for page in (self.create_page, self.unlock_page, self.workspace):
            self.root.addWidget(page)
        self.setCentralWidget(self.root)

        self.jobs_panel = JobsPanel(self.jobs)
        self.jobs_dock = QDockWidget("Processing", self)
        self.jobs_dock.setObjectName("jobs")
        self.jobs_dock.setWidget(self.jobs_panel)
        self.jobs_panel.setMaximumHeight(180)
        self.jobs_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_dock)
        from .busy_indicator import BusyIndicator

        self.busy = BusyIndicator(self.tasks, self)
        from .room_indicator import RecordingIndicator

        self.recording_indicator = RecordingIndicator(self)  # a room recording is never running unseen
        self._build_actions()

        from .couple_flow import CoupleFlow
        from .vault_flow import VaultFlow

        self.vault_flow = VaultFlow(self)
        self.couple_flow = CoupleFlow(self)
        self.idle.idle.connect(self._idle)
        self.settings_page.saved.connect(lambda values: self.idle.set_minutes(values["autolock_minutes"]))
        QApplication.instance().installEventFilter(self.idle)
        self.set_locked(True)

    # --- actions and shortcuts ---------------------------------------------------------------------
    def _build_actions(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.toolbar = bar

        def action(text: str, shortcut, slot, fallback: str = "") -> QAction:
            act = QAction(text, self)
            act.setShortcutVisibleInContextMenu(True)  # each menu shows its keys, on every platform
            if shortcut and QKeySequence(shortcut).isEmpty():  # a standard key this platform leaves empty (Quit)
                shortcut = fallback
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_couples = action("Couples", "Ctrl+1", self.show_couples)
        self.act_new = action("New couple", QKeySequence.StandardKey.New, lambda: self.couple_flow.add_couple())
        self.act_import = action("Import recording", "Ctrl+I", lambda: self.couple_flow.pick_and_import())
        self.act_search = action("Search", QKeySequence.StandardKey.Find, self._focus_search)
        self.act_settings = action("Settings", "Ctrl+,", self.show_settings)
        self.act_jobs = self.jobs_dock.toggleViewAction()
        self.act_jobs.setText("Processing")
        self.act_jobs.setShortcut(QKeySequence("Ctrl+J"))
        self.act_jobs.setShortcutVisibleInContextMenu(True)
        self.act_lock = action("Lock now", "Ctrl+L", lambda: self.vault_flow.lock())
        self.act_back = action("Back", QKeySequence.StandardKey.Back, self.go_back)
        self.act_next_tab = action("Next tab", "Ctrl+Tab", lambda: self._step_tab(1))
        self.act_prev_tab = action("Previous tab", "Ctrl+Shift+Tab", lambda: self._step_tab(-1))
        self.act_quit = action("Quit", QKeySequence.StandardKey.Quit, self.close, fallback="Ctrl+Q")
        self.act_play = action("Play or pause", None, lambda: self.recording_page.toggle_playback())
        self.act_play.setShortcut(QKeySequence())  # the recording page owns Space / Ctrl+Space
        self.act_play.setText("Play or pause\tSpace")
        self.act_about = action("About TalkTogether", None, self.show_about)
        self.act_keys = action("Keyboard shortcuts", None, self.show_shortcuts)
        for page in (self.recording_page, self.room_page):  # Escape goes back to the couple, as Alt+Left does
            esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), page)
            esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # (a keyword context is dropped by PySide6)
            esc.activated.connect(self.go_back)
        for act in (self.act_couples, self.act_new, self.act_settings, self.act_jobs):
            bar.addAction(act)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy())
        bar.addWidget(spacer)
        bar.addAction(self.act_lock)
        menus = self.menuBar()
        for title, acts in (
            ("&File", [self.act_new, self.act_import, None, self.act_lock, None, self.act_quit]),
            ("&Edit", [self.act_search, None, self.act_settings]),
            ("&View", [self.act_couples, self.act_jobs, None, self.act_back, self.act_next_tab, self.act_prev_tab,
                       None, self.act_play]),
            ("&Help", [self.act_keys, self.act_about]),
        ):
            menu = menus.addMenu(title)
            for act in acts:
                menu.addSeparator() if act is None else menu.addAction(act)
        self.unlocked_actions = [self.act_couples, self.act_new, self.act_import, self.act_search,
                                 self.act_settings, self.act_jobs, self.act_lock, self.act_back]
        # a recording's own actions: elsewhere Play started the sound of the recording last opened (of a couple
        # since erased, too) with no player in sight, and the tab keys did nothing
        self.recording_actions = {act: act.toolTip() for act in (self.act_next_tab, self.act_prev_tab, self.act_play)}
        self.content.currentChanged.connect(lambda _i: self._recording_actions())
        for menu in menus.findChildren(QMenu):
            menu.setToolTipsVisible(True)  # why an item is greyed out

    def _recording_actions(self) -> None:
        on = self.unlocked and self.content.currentWidget() is self.recording_page
        for act, tip in self.recording_actions.items():
            act.setEnabled(on)
            act.setToolTip(tip if on else "Open a recording first: this acts on the recording shown")

    def _step_tab(self, step: int) -> None:
        """Ctrl+Tab moves through the recording's tabs wherever the focus is on the page."""
        if self.content.currentWidget() is self.recording_page:
            tabs = self.recording_page.tabs
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def show_about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self).exec()

    def show_shortcuts(self) -> None:
        from .about import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def _idle(self) -> None:
        """No activity for the set minutes: lock, except while a session is being recorded in the room (nobody
        touches the computer then; locking cut the recording off at the tenth minute)."""
        if self.room_page.recording:
            self.idle.arm()
        else:
            self.vault_flow.lock(reason="Locked after a period of no activity.")

    # --- navigation ----------------------------------------------------------------------------------
    def set_locked(self, locked: bool) -> None:
        if locked and self.unlocked:  # the Processing panel closed (Ctrl+J) stays closed after unlocking: it came back
            self._jobs_shown = self.jobs_dock.isVisible()  # each time, as if the choice had not been made
        self.unlocked = not locked
        for act in self.unlocked_actions:
            act.setEnabled(not locked)
        self._recording_actions()
        self.toolbar.setVisible(not locked)
        self.jobs_dock.setVisible(not locked and (getattr(self, "_jobs_shown", True) or bool(self.jobs.active())))
        if locked:
            self.idle.disarm()
        else:
            self.idle.arm()
        self.locked_changed.emit(locked)

    def show_screen(self, widget: QWidget) -> None:
        self.root.setCurrentWidget(widget)

    def show_content(self, page: QWidget) -> bool:
        """Show a page; False when the therapist chose to stay (unsaved settings)."""
        if (self.content.currentWidget() is self.settings_page and page is not self.settings_page
                and self.unlocked and not self.settings_page.confirm_leave()):
            return False
        if (self.content.currentWidget() is self.recording_page and page is not self.recording_page
                and self.unlocked and not self.recording_page.confirm_leave()):
            return False
        self.root.setCurrentWidget(self.workspace)
        if self.content.currentWidget() is self.recording_page and page is not self.recording_page:
            self.recording_page.stop_playback()
        self.content.setCurrentWidget(page)
        return True

    def show_couples(self) -> None:
        if self.couple_page.couple_id is not None:
            if self.show_content(self.couple_page):  # as it is now: a recording linked to a practice meanwhile (on
                self.couple_flow.reload_couple()     # its page) still counted in the practice's line
        else:
            self.show_content(self.welcome)
        self.couples.view.setFocus()

    def show_settings(self) -> None:
        came_from = self.content.currentWidget()
        self.settings_page.reload()
        if self.show_content(self.settings_page) and came_from is not self.settings_page:
            self._before_settings = came_from  # Back returns there (it went to the couple's page from a recording)

    def go_back(self) -> None:
        current = self.content.currentWidget()
        before = getattr(self, "_before_settings", None)
        if (current is self.settings_page and before is self.recording_page
                and self.recording_page.recording_id is not None):
            self.show_content(self.recording_page)
            return
        if current in (self.recording_page, self.room_page, self.settings_page) and self.couple_page.couple_id is not None:
            self.couple_flow.open_couple(self.couple_page.couple_id)
        else:
            self.show_couples()

    def _focus_search(self) -> None:
        page = self.content.currentWidget()
        self.show_content(page)
        # on a recording, Ctrl+F searches its transcript; elsewhere, the couples (and on a recording with no transcript
        # yet: its search box is greyed out, and Ctrl+F did nothing)
        on_transcript = page is self.recording_page and self.recording_page.transcript.search.isEnabled()
        box = self.recording_page.transcript.search if on_transcript else self.couples.search
        if box is self.recording_page.transcript.search:
            self.recording_page.tabs.setCurrentWidget(self.recording_page.transcript)
        box.setFocus()
        box.selectAll()

    def clear_client_details(self) -> None:
        """Every widget that can show a client detail forgets it."""
        self.errors.close_all()
        for page in (self.couples, self.couple_page, self.recording_page, self.room_page, self.settings_page, self.jobs_panel):
            page.clear()
        self.content.setCurrentWidget(self.welcome)
        self.statusBar().clearMessage()
        self.clipboard.forget()
        for widget in QApplication.topLevelWidgets():
            if getattr(widget, "goes_on_behind_lock", False):
                continue  # a backup's or an import's box: closing it would cancel it (the lock hides it)
            if widget is not self and widget.isVisible() and widget.isWindow():
                widget.setProperty("closed_by_lock", True)  # its flow may keep what was filled in (self.drafts)
                widget.close()  # dialogs (new couple, consent, recovery code, file pickers)

    def where_you_are(self):
        """What the therapist was looking at, to return to it after unlocking."""
        page = self.content.currentWidget()
        if page is self.recording_page and self.recording_page.recording_id is not None:
            return ("recording", self.couple_page.couple_id, self.recording_page.recording_id)
        if page is self.couple_page and self.couple_page.couple_id is not None:
            return ("couple", self.couple_page.couple_id, None)
        if page is self.settings_page:  # (and the couple open behind them, for Back)
            return ("settings", self.couple_page.couple_id, None)
        return None

    def end_now(self) -> None:
        """Asked to end from outside (a logout, a shutdown: ui/termination.py): as Quit, without questions, since nobody
        may be there to answer them; a recording in the room is saved into the vault first."""
        self.ending = True
        self.close()
        QApplication.quit()  # also when a dialog's own loop is running

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        ending = getattr(self, "ending", False)
        page = self.content.currentWidget() if self.unlocked and not ending else None  # what was typed is asked about
        if page in (self.recording_page, self.settings_page) and not page.confirm_leave():
            event.ignore()
            return
        if not self.unlocked and not ending and not self.drafts.quit_anyway():  # typed before a lock: in memory only
            event.ignore()
            return
        now = getattr(self, "quitting_now", False)  # "Quit now" (ui/quitting.py): the step under way is not waited for
        if not ending and not now and not self.jobs.stopped() and (self.jobs.quitting or self.jobs.active()):
            from PySide6.QtWidgets import QMessageBox

            from .quitting import close_when_stopped

            event.ignore()
            if self.jobs.quitting:  # asked already: the window closes once the step under way has stopped
                return
            if self.unlocked and QMessageBox.question(
                    self, "Stop processing and quit?", QUIT_WHILE_PROCESSING,
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return
            close_when_stopped(self)  # (closed under a step still running, the job signalled a window gone)
            return
        from .quitting_vault_work import close_when_finished, stop_all, vault_work_under_way

        works = [] if now else vault_work_under_way(self)  # a backup or an import going on behind the lock screen
        if works and not ending:
            event.ignore()
            close_when_finished(self, works)  # said, with Stop and quit; it closes by itself once done
            return
        stop_all(works)  # ended from outside: stopped safely, and the close waits only for that
        self.unlocked = False  # late job results are not shown any more
        self.busy.hide()
        self.idle.disarm()
        self.recording_page.stop_playback()
        self.room_page.clear()
        self.jobs.shutdown(timeout=0 if now else 20)
        self.tasks.shutdown()
        self.clipboard.forget()  # before Qt hands what the app owns to the desktop's clipboard manager
        super().closeEvent(event)


# what really happens: the steps already finished are kept, and the step that was running is done again from its start
# (a half-made transcript is not kept: pipeline.process resumes from the first unfinished step)
QUIT_WHILE_PROCESSING = (
    "A recording is still being processed. If you quit now, processing stops. The next time you unlock, it starts "
    "again by itself: the steps already finished are kept, and the step that was under way (such as the transcript) "
    "is done again from the beginning.")


def _keychain_secure() -> bool:
    try:
        return keychain.is_secure()
    except Exception:  # a broken keyring simply means "cannot remember"
        return False
