"""Record in the room: pick the microphone, watch the level, pause, stop; kept in the vault as it records (every
`ops_room.KEEP_EVERY_S`, so a crash loses only the last seconds) and made a recording at Stop and save."""

from __future__ import annotations

import logging
import os
import time
from typing import Optional

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..pipeline import ops_recordings, ops_room, ops_sound
from ..pipeline.formats import said_together
from ..storage.settings import load_settings
from . import theme
from .player_bar import clock, whole_length

log = logging.getLogger(__name__)

# A file to feed in as the "microphone" where there is none (demos, tests, servers).
ENV_FEED = "TALKTOGETHER_TEST_INPUT"


def save_recording(vault, couple_id: int, samples, rate: int) -> int:
    """Encode in memory and store in the vault in one transaction (encrypted; no temporary file)."""
    return ops_recordings.save_room_recording(vault, load_settings(vault), couple_id, samples, rate)


class RoomPage(QWidget):
    saved = Signal(int)  # recording id
    back_requested = Signal()

    def __init__(self, tasks, errors, parent=None):
        super().__init__(parent)
        self.tasks, self.errors = tasks, errors
        self.couple_id: Optional[int] = None
        self.recorder: Optional[ops_sound.Recorder] = None
        self.keeper: Optional[ops_room.TakeKeeper] = None  # the recording's take in the vault
        self._kept_at = 0.0  # when the sound was last handed to the vault
        self.feed_factory = None  # tests: callable() -> Recorder (file-fed input stream)
        self.title = QLabel("Record in the room")
        self.title.setFont(theme.title_font(1.6))
        back = QPushButton("← Couple")  # the way back, as on a recording's page (it kept recording behind it)
        back.setToolTip("Back to the couple (Alt+Left or Escape); a recording under way goes on until you stop it")
        back.setAccessibleName("Back to the couple")
        back.clicked.connect(self.back_requested)
        head = QHBoxLayout()
        head.addWidget(back)
        head.addWidget(self.title, 1)
        self.who = QLabel()
        self.note = note = QLabel(_note([]))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        self.device = QComboBox()
        self.device.setAccessibleName("Microphone")
        self.meter = QProgressBar(minimum=-60, maximum=0, textVisible=False)
        self.meter.setAccessibleName("Input level")
        self.meter.setValue(-60)  # empty until it records (unset, the style drew it full)
        self.elapsed = QLabel("0:00")
        self.start_btn = QPushButton("Start recording")
        self.start_btn.setProperty("primary", True)
        self.pause_btn = QPushButton("Pause")
        self.stop_btn = QPushButton("Stop and save")
        self.cancel_btn = QPushButton("Discard")
        self.status = QLabel("")
        self.status.setWordWrap(True)
        # the note promises the sound goes into the vault as it records: when it does not, said, never only logged
        self.not_kept = QLabel(wordWrap=True)
        self.not_kept.setProperty("role", "banner-warn")
        self.not_kept.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel("Microphone"))
        row.addWidget(self.device, 1)
        level = QHBoxLayout()
        level.addWidget(QLabel("Level"))
        level.addWidget(self.meter, 1)
        level.addWidget(self.elapsed)
        buttons = QHBoxLayout()
        for b in (self.start_btn, self.pause_btn, self.stop_btn, self.cancel_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        for w in (self.who, note):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addLayout(level)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.not_kept)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self.start_btn.clicked.connect(self.start)
        self.pause_btn.clicked.connect(self.toggle_pause)
        self.stop_btn.clicked.connect(self.stop_and_save)
        self.cancel_btn.clicked.connect(self._discard_asked)
        self._buttons(False)

    @property
    def recording(self) -> bool:
        return self.recorder is not None

    def start_for(self, couple_id: int, couple_name: str, partners: Optional[list[str]] = None) -> None:
        """`partners`: their names, for "Make sure Ana, Ben and Chris have agreed" (never "both" for three)."""
        if self.recorder is not None:  # back to the recording under way: it goes on (it was discarded without a word)
            if couple_id != self.couple_id:
                self.status.setText("Recording… This recording is for the couple named above: stop and save it "
                                    "before recording another couple.")
            return
        self.discard()  # the level and time of an earlier recording start again from nothing
        self.couple_id = couple_id
        self.who.setText(f"For: {couple_name}")
        self.note.setText(_note(partners or []))
        self.device.clear()
        for dev in ops_sound.microphones():
            self.device.addItem(dev.name, dev)
        feed = os.environ.get(ENV_FEED)
        if feed or self.feed_factory is not None:
            self.device.addItem("Test input from a file", "file")
        self.device.setPlaceholderText("" if self.device.count() else "No microphone found")
        self.device.setEnabled(self.device.count() > 0)
        if self.device.count() == 0:
            self.status.setText("No microphone was found. Connect one and open this page again.")
        else:
            self.status.setText("")
        self.start_btn.setEnabled(self.device.count() > 0)
        self.start_btn.setToolTip("" if self.device.count() else
                                  "No microphone was found: connect one and open this page again.")

    def _make_recorder(self) -> ops_sound.Recorder:
        choice = self.device.currentData()
        if choice == "file":
            if self.feed_factory is not None:
                return self.feed_factory()
            return ops_sound.open_file_as_microphone(os.environ[ENV_FEED])
        assert isinstance(choice, ops_sound.InputDevice)
        return ops_sound.open_microphone(choice)

    def start(self) -> None:
        try:
            self.recorder = self._make_recorder()
            self.recorder.start()
        except Exception as exc:  # a device that vanished or refuses the format ("Something went wrong" said nothing)
            self.recorder = None
            log.warning("The microphone could not be opened: %s", type(exc).__name__)
            self.status.setText(f"The microphone “{self.device.currentText()}” could not be opened (was it unplugged, "
                                "or is another program using it?). Nothing was recorded. Connect it, or choose another, "
                                "and press “Start recording” again.")
            return
        self.keeper = keeper = ops_room.TakeKeeper(self.couple_id, self.recorder.rate)
        self.not_kept.hide()
        self.tasks.run(keeper.begin, on_error=lambda exc: self._not_kept(keeper, exc))
        self._kept_at = time.monotonic()
        self._buttons(True)
        self.status.setText("Recording…")
        self._timer.start()

    def _keep_as_it_goes(self) -> None:
        """Every few seconds, the newest sound into the vault (its own transaction on the vault thread, after the take
        was begun there); while paused, an empty block says the recording is still alive."""
        if self.recorder is None or self.keeper is None or time.monotonic() - self._kept_at < ops_room.KEEP_EVERY_S:
            return
        self._kept_at = time.monotonic()
        keeper, sound = self.keeper, self.recorder.unkept()
        self.tasks.run(lambda v: keeper.keep(v, sound),
                       lambda kept: None if kept else self._not_kept(keeper, None),
                       lambda exc: self._not_kept(keeper, exc))

    def _not_kept(self, keeper: ops_room.TakeKeeper, exc: Optional[BaseException]) -> None:
        """The sound could not go into the vault as it records (`exc`: the vault refused the write, busy or full; None:
        the take is gone, its couple erased in another window or by a command)."""
        if keeper is not self.keeper:  # an earlier recording's late answer
            return
        if exc is not None:
            log.warning("The recording could not be kept in the vault as it goes: %s", type(exc).__name__)
            self.not_kept.setText(NOT_KEPT)
        else:
            self.not_kept.setText(COUPLE_GONE)
        self.not_kept.show()

    def toggle_pause(self) -> None:
        if self.recorder is None:
            return
        if self.recorder.paused:
            self.recorder.resume()
            self.pause_btn.setText("Pause")
            self.status.setText("Recording…")
        else:
            self.recorder.pause()
            self.pause_btn.setText("Resume")
            self.status.setText("Paused")

    def stop_and_save(self) -> None:
        if self.recorder is None or self.couple_id is None:
            return
        rate = self.recorder.rate
        samples = self.recorder.stop()
        keeper, self.recorder, self.keeper = self.keeper, None, None
        self._timer.stop()
        self._buttons(False)
        if samples.size < rate:  # under a second: nothing worth keeping
            self.status.setText("The recording was too short to keep.")
            if keeper is not None:
                self.tasks.run(keeper.discard)
            return
        self.status.setText("Saving into the vault…")
        couple_id = self.couple_id

        def done(recording_id):
            if recording_id is None:  # its couple was erased meanwhile
                self.status.setText("Not saved: the couple is no longer in the vault.")
                return
            self.not_kept.hide()  # all of it is in the vault now
            self.status.setText(f"Saved ({whole_length(samples.size / rate)}).")
            self.saved.emit(recording_id)

        if keeper is None:
            self.tasks.run(lambda v: save_recording(v, couple_id, samples, rate), done)
        else:  # the take kept so far becomes the recording, in one transaction
            self.tasks.run(lambda v: keeper.save(v, load_settings(v), samples), done)

    def _discard_asked(self) -> None:
        """Discard, next to "Stop and save", threw a whole session's recording away at one click: it asks first."""
        if self.recorder is None:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "Discard this recording?",
                          f"What was recorded so far ({whole_length(self.recorder.elapsed_s)}) is thrown away and not "
                          "kept anywhere. To keep it, choose “Stop and save”.", parent=self)
        drop = box.addButton("Discard the recording", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton("Keep recording", QMessageBox.ButtonRole.RejectRole))  # Enter keeps it
        box.exec()
        if box.clickedButton() is drop:
            self.discard()
            self.status.setText("Discarded: nothing was kept.")

    def discard(self) -> None:
        self.not_kept.hide()
        if self.recorder is not None:
            self.recorder.discard()
            self.recorder = None
        if self.keeper is not None:  # what was kept of it in the vault goes too
            self.tasks.run(self.keeper.discard)
            self.keeper = None
        self._timer.stop()
        self._buttons(False)
        self.meter.setValue(-60)
        self.elapsed.setText("0:00")

    def _buttons(self, recording: bool) -> None:
        self.start_btn.setEnabled(not recording and self.device.count() > 0)
        self.device.setEnabled(not recording and self.device.count() > 0)  # an empty list to open was a dead control
        for b in (self.pause_btn, self.stop_btn, self.cancel_btn):
            b.setEnabled(recording)
            b.setToolTip("" if recording else "Start recording first")  # greyed, it says why
        self.pause_btn.setText("Pause")

    def _tick(self) -> None:
        self._keep_as_it_goes()
        if self.recorder is not None:
            self.meter.setValue(int(max(-60, min(0, self.recorder.level_dbfs))))
            self.elapsed.setText(clock(self.recorder.elapsed_s))
            if self.recorder.lost and self.pause_btn.isEnabled():  # it said "Recording…" while nothing came any more
                self.meter.setValue(-60)
                self.pause_btn.setEnabled(False)
                self.pause_btn.setToolTip(LOST)
                self.status.setText(f"{LOST} What was recorded until {clock(self.recorder.elapsed_s)} is kept: "
                                    "choose “Stop and save” to save it into the vault.")

    def clear(self) -> None:
        """On lock or quit: a recording under way is stopped and saved into the vault first (the vault closes only
        after queued work), never thrown away; the page then forgets the couple."""
        if self.recorder is not None:
            self.stop_and_save()
        self.discard()
        self.couple_id = None
        self.who.clear()
        self.note.setText(_note([]))  # (no partner's name left in a locked window)
        self.status.clear()


LOST = "The microphone stopped sending sound (was it unplugged?)."
NOT_KEPT = ("The recording could not be put into the vault as it records (the vault could not be written to just then): "
            "part of it is held only in this window's memory, so a crash or a power cut now could lose it. “Stop and "
            "save” still saves all of it.")
COUPLE_GONE = ("This couple is no longer in the vault (erased here or in another window): the recording cannot be "
               "saved. Stop it with “Discard”.")


def _note(partners: list[str]) -> str:
    agreed = (f"{said_together(partners)} {'has' if len(partners) == 1 else 'have'} agreed" if partners
              else "every partner has agreed")
    return (f"Make sure {agreed}. The recording goes into the encrypted vault as it records, every "
            f"{ops_room.KEEP_EVERY_S:.0f} seconds, and becomes one of the couple's recordings when you choose Stop "
            "and save (locking, quitting or shutting the computer down saves it too). After a crash or a power cut, "
            "what was recorded until then is offered back when the vault is next unlocked. "
            "While it records, the window does not lock itself after a time with no activity.")
