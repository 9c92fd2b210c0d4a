"""The analysis, interactive: safety first, the escalation timeline, key moments to hear, what each partner reached for."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..pipeline.formats import (against_bid_text, safety_kind, safety_prompt_text, speaker_warnings, speakers_set_by_hand,
                                stood_out_text, turned_toward_figure, unread_reply_text, unsure_words, who_unsure)
from ..quote_times import retimed
from .player_bar import clock
from .timeline import EscalationTimeline

DISCLAIMER = ("These observations support your clinical judgement; they are not a diagnosis. "
              "Click any moment or time to hear it.")
TimeRole = Qt.ItemDataRole.UserRole + 1
SHOWN = 6  # needs and bids listed per partner; more are counted ("6 shown of 9"), as the Figures count them all
RESPONSE_TEXT = {"toward": "{other} turned toward it", "away": "{other} did not take it up",
                 "recording_ended": "the recording ends before a reply"}


def _response_text(item: dict, other: str) -> str:
    """How the bid was met, in the report's words with who replied (reports.text.against_phrase: walk50a's window said
    "(met with pushback)" where the PDF said "Calum answered with coercive control: monitoring")."""
    if item.get("response") == "unclear":  # (the kind found: walk49a, "after a threat" after isolation alone)
        return unread_reply_text(item)
    if item.get("response") == "against":
        return against_bid_text(str(item.get("response_reason") or ""), other)
    return RESPONSE_TEXT.get(item.get("response"), item.get("response") or "").replace("{other}", other)


class _MomentsList(QListWidget):
    """The key moments, as tall as their wrapped lines at the width the list has now: fitted once, at the width it had
    when the analysis was shown, a window made narrower (1280 to 1024) hid the end of a moment's words ("… Low
    confidence: check the recording.") under the list's edge, with no scroll bar to reach it."""

    def fit(self) -> None:
        self.doItemsLayout()  # (each item laid out wrapped at this width: sizeHintForRow does not wrap)
        rows = sum(self.visualItemRect(self.item(i)).height() for i in range(self.count()))
        self.setFixedHeight(min(280, max(48, rows + 2 * self.frameWidth() + 8)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            QTimer.singleShot(0, self, self.fit)  # (after this resize: a height set within it left the viewport as it was)


class AnalysisView(QScrollArea):
    play_at = Signal(float, float)  # start, end

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName("Analysis")
        body = QWidget()
        self.setWidget(body)
        self.safety = QLabel(wordWrap=True)
        self.safety.setProperty("role", "safety")
        self.safety.setTextFormat(Qt.TextFormat.RichText)
        self.listen = QLabel(wordWrap=True)
        self.listen.setProperty("role", "banner-warn")
        self.listen.setTextFormat(Qt.TextFormat.RichText)
        # (no accessible name: a label's name is all a screen reader says of it, and one set here ("Possible safety
        # language to listen to") hid the lines themselves; unset, the name is the text, which says what it is first)
        # the speaker finder's doubt ("sounds like fewer than 2 voices"), as `analyze` prints it: answered once every
        # line's speaker was set by hand (pipeline.formats.speaker_warnings)
        self.voices = QLabel(wordWrap=True)
        self.disclaimer = QLabel(DISCLAIMER, wordWrap=True)
        self.disclaimer.setProperty("role", "disclaimer")
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.timeline = EscalationTimeline()
        self.moments = _MomentsList()
        self.moments.setAccessibleName("Key moments")
        self.moments.setWordWrap(True)
        self.figures = QGridLayout()
        self.reaching = QLabel(wordWrap=True)
        self.reaching.setTextFormat(Qt.TextFormat.RichText)
        self.reaching.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty = QLabel("This recording has not been analysed yet. Process it from the couple page.", wordWrap=True)
        self.empty.setProperty("role", "hint")

        layout = QVBoxLayout(body)
        layout.addWidget(self.safety)
        layout.addWidget(self.listen)
        layout.addWidget(self.voices)
        layout.addWidget(self.disclaimer)
        layout.addWidget(self.empty)
        layout.addWidget(self.summary)
        tbox = QGroupBox("How the conversation moved (shaded: key moments; red: safety language)")
        QVBoxLayout(tbox).addWidget(self.timeline)
        layout.addWidget(tbox)
        mbox = QGroupBox("Key moments (click to hear)")
        QVBoxLayout(mbox).addWidget(self.moments)
        layout.addWidget(mbox)
        rbox = QGroupBox("What each partner was reaching for")
        QVBoxLayout(rbox).addWidget(self.reaching)
        layout.addWidget(rbox)
        fbox = QGroupBox("Figures")
        fbox.setLayout(self.figures)
        layout.addWidget(fbox)
        layout.addStretch(1)
        self._boxes = [tbox, mbox, rbox, fbox]

        self.timeline.moment_clicked.connect(lambda t: self.play_at.emit(t, t + 15.0))
        for label in (self.safety, self.listen, self.reaching):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.linkActivated.connect(self._link)
        self.moments.itemClicked.connect(self._moment)
        self.moments.itemActivated.connect(self._moment)
        self.clear()

    def _link(self, href: str) -> None:
        if href.startswith("t:"):
            t = float(href[2:])
            self.play_at.emit(t, t + 8.0)

    def _moment(self, item: QListWidgetItem) -> None:
        start, end = item.data(TimeRole)
        self.play_at.emit(float(start), float(end))

    def set_analysis(self, analysis: dict | None, names: dict[str, str]) -> None:
        self.clear()
        if not analysis:
            return
        analysis = retimed(analysis)  # (a quoted line at the second it begins: the transcript's, the report's)
        self.empty.setVisible(False)
        for box in self._boxes:
            box.setVisible(True)
        n = lambda s: names.get(s) or s or "someone"  # noqa: E731
        flags = analysis.get("safety_flags") or []
        rows = lambda fs, note: "".join(  # noqa: E731
            f"<li>{_time_link(f['t'])}: {html.escape(n(f.get('speaker')))} said “{html.escape(f.get('quote', ''))}” "
            f"({html.escape(safety_kind(f))}{note(f)})</li>" for f in fs)  # "possible self-harm" as the report says
        heard = [f for f in flags if not f.get("listen_only")]
        listen = [f for f in flags if f.get("listen_only")]
        prompt = safety_prompt_text(analysis)  # the report's risk box, in its words
        said = [f"<p><b>{html.escape(prompt)}</b></p>"] if prompt else []
        if heard:
            checked = lambda f: "; check the recording" if f.get("check_recording") else ""  # noqa: E731
            said.append("<b>Safety: please review first.</b> Language of threat, fear or harm was heard:"
                        f"<ul>{rows(heard, checked)}</ul>")
        if said:
            self.safety.setText("".join(said))
            self.safety.setVisible(True)
        if listen:
            self.listen.setText("<b>Possibly safety language: please listen.</b> These lines were read by their meaning, "
                                "with no listed phrase; they may be nothing. Listen to each before you decide:"
                                f"<ul>{rows(listen, lambda f: '')}</ul>")
            self.listen.setVisible(True)
        voices = speaker_warnings(analysis)
        if voices:
            self.voices.setText("Speakers: " + " ".join(voices))
            self.voices.setProperty("role", "hint" if speakers_set_by_hand(analysis) else "banner-warn")
            self.voices.style().unpolish(self.voices)
            self.voices.style().polish(self.voices)
            self.voices.setVisible(True)
        # as the report's "What stood out" says them; the risk prompt is the box above, as on the report's page
        obs = [o for o in analysis.get("observations") or [] if isinstance(o, dict) and o.get("kind") != "safety_prompt"]
        if obs:
            self.summary.setText("<b>At a glance</b><ul>" + "".join(
                f"<li>{html.escape(stood_out_text(o, analysis))}</li>" for o in obs[:5]) + "</ul>")
        self.timeline.set_analysis(analysis)
        for p in analysis.get("escalation_points") or []:
            signals = ", ".join(p.get("signals") or [])
            # (on a line marked "speaker unsure" no one is named, as the report's Key moment says it: walk40n)
            who = "Who said it is unsure" if who_unsure(analysis, p.get("quote_t", p["start"])) else \
                n(p.get("quote_by") or p.get("led_by"))
            quote = f" {who}: “{p['quote']}”" if p.get("quote") else ""
            # how sure, as the report's Key moment says it ("How sure: low: check the recording"): it read as sure here
            sure = " Low confidence: check the recording." if p.get("confidence") == "low" else ""
            item = QListWidgetItem(f"{clock(p['start'])}–{clock(p['end'])}  It heated up ({signals}).{quote}{sure}")
            item.setData(TimeRole, (p.get("quote_t", p["start"]), p["end"]))
            self.moments.addItem(item)
        if self.moments.count() == 0:
            self.moments.addItem("No moments where the conversation clearly heated up.")
        self.moments.fit()
        self.reaching.setText(_reaching_html(analysis.get("reaching_for") or {}, n,
                                             [str(x.get("id")) for x in analysis.get("speakers") or []]))
        self._figures(analysis, n)
        # each recording opens at the top, where the safety box is (walk48a: Owen and Marcus's analysis opened scrolled
        # as far down as the recording seen before, the red box out of view)
        self.verticalScrollBar().setValue(0)

    def _figures(self, analysis: dict, n) -> None:
        speakers = analysis.get("speakers") or []
        rows = [
            ("Share of talk", lambda s: f"{round(100 * (s.get('talk_share') or 0))}%"),
            ("Turns", lambda s: str(s.get("turns", ""))),
            ("Interruptions made", lambda s: str(s.get("interruptions_made", 0))),
            ("Typical reply gap", lambda s: f"{s['median_response_latency_s']:.1f} s" if s.get("median_response_latency_s") is not None else "–"),
            ("Repair attempts", lambda s: str(s.get("repair_attempts", 0))),
            ("Needs and bids", lambda s: str(s.get("needs_and_bids", 0))),
            ("Turned toward the other's bids", lambda s: turned_toward_figure(s, analysis, n(s.get("id")))),  # (none beside control)
        ]
        for col, s in enumerate(speakers, start=1):
            head = QLabel(f"<b>{html.escape(n(s.get('id')))}</b>", wordWrap=True)  # a long name wraps, not wider
            self.figures.addWidget(head, 0, col)
        for r, (label, fn) in enumerate(rows, start=1):
            self.figures.addWidget(QLabel(label), r, 0)
            for col, s in enumerate(speakers, start=1):
                self.figures.addWidget(QLabel(fn(s), wordWrap=True), r, col)

    def clear(self) -> None:
        for label in (self.safety, self.listen, self.voices):
            label.clear()
            label.setVisible(False)
        self.summary.clear()
        self.timeline.clear()
        self.moments.clear()
        self.reaching.clear()
        while self.figures.count():
            w = self.figures.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self.empty.setVisible(True)
        for box in self._boxes:
            box.setVisible(False)


def _time_link(t: float) -> str:
    """A time the therapist can click to hear (handled by AnalysisView._link)."""
    return f"<a href='t:{float(t):.2f}'>{clock(t)}</a>"


def _reaching_html(reaching: dict, n, ids=()) -> str:
    if not reaching:
        return "No clear needs or bids were found in the words."
    parts = []
    for speaker, items in reaching.items():
        other = n(next((s for s in ids if s != speaker), None)) if len(ids) == 2 else "the other partner"
        rows = "".join(
            f"<li>{_time_link(i['t'])} {html.escape(i.get('label', ''))}: {_quoted(i)} "
            f"({html.escape(_response_text(i, other), quote=False)})</li>" for i in items[:SHOWN])
        shown = f" ({SHOWN} shown of {len(items)})" if len(items) > SHOWN else ""  # as the report says its count
        parts.append(f"<b>{html.escape(n(speaker))}</b> may have been reaching for{shown}:<ul>{rows}</ul>")
    return "".join(parts)


def _quoted(item: dict) -> str:
    """A need or bid's words; one read with low confidence is not quoted as if heard clearly, as on the report
    ("(words unsure: check the recording)" in place of the quote)."""
    if item.get("confidence") == "low":
        return f"({html.escape(unsure_words(item))}: check the recording)"
    return f"“{html.escape(item.get('quote', ''))}”"
