"""The couple page's practice between sessions: the list, and its buttons in a row under both lists.

Everything a therapist does with a couple's practice is here, on the couple page: assign one, log a day, review it,
link a recording of it, the handout and the calendar file (practice_flow does the work). "Assign practice…" lived only
under More…, and a recording was linked only from its own page, so reviewing the homework meant knowing where to look.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton

from .flow_layout import FlowLayout
from .page_data import practice_days as _days

TIPS = {
    "handout_btn": "The one-page handout for the couple, for the selected practice",
    "calendar_btn": "A calendar entry (.ics) for the practice times, to add to their calendar",
    "log_btn": "Enter a day as done or not done, and what got in the way",
    "review_btn": "The review for the next session: days done, what got in the way, and whether the practice showed "
                  "in the recordings linked to it",
    "link_btn": "Link one of this couple's recordings to the selected practice, so its review and the report look for "
                "the practised behaviour in it",
}
NONE_YET = "Assign a practice first (Assign practice…)"


def add_practice_widgets(page) -> FlowLayout:
    """The practice list and buttons, as attributes of `page`; returns the row of buttons (`page.practice_tools`)."""
    page.practice = QListWidget()
    page.practice.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # done / stopped (practice_flow)
    page.practice.setAccessibleName("Practice")
    page.assign_btn = QPushButton("Assign practice…")
    page.assign_btn.setToolTip("Give the couple a small, specific practice for the weeks between sessions")
    page.assign_btn.clicked.connect(lambda _c=False: page.assign_practice_requested.emit())
    # made in the order they are shown: Tab goes along the row as it reads
    page.log_btn = QPushButton("Log a day…")
    page.review_btn = QPushButton("Review…")
    page.link_btn = QPushButton("Link a recording…")
    page.handout_btn = QPushButton("Handout (PDF)…")
    page.calendar_btn = QPushButton("Calendar file…")
    # The practice's buttons in a row under both lists: inside the practice box they took 470 px at 900x600 and left
    # the Sessions list a 100 px column ("2026-12-…" over four lines). Six of them in a row made the page wider than a
    # 1024 px window (the recordings and the last buttons beyond its edge): they wrap.
    page.practice_tools = tools = FlowLayout()  # (follow_up_flow adds its "Mark … held/done" above it)
    for b in (page.assign_btn, page.log_btn, page.review_btn, page.link_btn, page.handout_btn, page.calendar_btn):
        tools.addWidget(b)
    page.practice.itemSelectionChanged.connect(lambda: update_practice_buttons(page))
    return tools


def fill_practice(page, assignments: list[dict]) -> None:
    kept = selected_assignment(page)  # the practice the therapist was working on stays selected
    page.practice.clear()
    for a in assignments:
        size = f" · {a['minutes']} min, {a['times_per_week']}× a week" if a.get("minutes") and a.get("times_per_week") else ""
        anchor = f" · {a['anchor']}" if a.get("anchor") else ""
        done = "".join(f"\n{said[:1].upper()}{said[1:]}" for said in (a.get("adherence"), a.get("due")) if said)
        item = QListWidgetItem(f"{_days(a.get('period'))}{a.get('title', 'Practice')}{size}{anchor} · "
                               f"{a.get('status', '')}{done}")
        item.setData(Qt.ItemDataRole.UserRole, (a["id"], a.get("title") or "Practice", *(a.get("period") or ())))
        item.setData(Qt.ItemDataRole.UserRole + 1, a.get("due") or "")
        item.setData(Qt.ItemDataRole.UserRole + 2, a.get("status") or "active")  # (its menu offers a change)
        item.setToolTip(item.text())  # (whole, wherever the list cuts it)
        page.practice.addItem(item)
    if not assignments:
        page.practice.addItem("No practice assigned yet")
    else:  # else the newest: what the couple is doing now
        ids = [a["id"] for a in assignments]
        page.practice.setCurrentRow(ids.index(kept[0]) if kept and kept[0] in ids else 0)


def selected_assignment(page) -> Optional[tuple[int, str]]:
    item = page.practice.currentItem()
    data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return (int(data[0]), str(data[1])) if data else None


def selected_period(page) -> Optional[tuple[str, str]]:
    """The selected practice's first and last day (ISO dates), when known."""
    item = page.practice.currentItem()
    data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return (str(data[2]), str(data[3])) if data and len(data) >= 4 else None


def update_practice_buttons(page) -> None:
    chosen = selected_assignment(page) is not None
    recordings = page.table.rowCount() > 0
    for name, tip in TIPS.items():
        button = getattr(page, name)
        usable = chosen and (recordings or button is not page.link_btn)
        button.setEnabled(usable)
        button.setToolTip(tip if usable else NONE_YET if not chosen else "Import the couple's recording first")
