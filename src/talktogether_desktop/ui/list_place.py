"""The therapist's place in a list of timed lines (the transcript), kept while the list is filled anew after a
correction: the same line selected and in view, not the list's top with nothing selected."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple, Optional

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QListWidget


class Place(NamedTuple):
    current: float  # the current line's start
    chosen: list[float]  # the selected lines' starts
    scrolled: int  # the scroll bar's value


def place_of(view: QListWidget, role) -> Optional[Place]:
    """Where the therapist is (items carry {"start", "end", …} under `role`); None with no line chosen."""
    current = view.currentItem()
    if current is None:
        return None
    chosen = [float(item.data(role)["start"]) for item in view.selectedItems()]
    return Place(float(current.data(role)["start"]), chosen, view.verticalScrollBar().value())


def row_at(spans: list[tuple[float, float]], seconds: float) -> int:
    """The row of the line (spans: each row's start and end, in order) that holds `seconds` (a line split by moving
    words keeps its first part), else the line starting nearest to it; -1 with no lines."""
    if not spans:
        return -1
    i = max(0, bisect_right([start for start, _end in spans], seconds + 1e-3) - 1)
    if spans[i][0] - 1e-3 <= seconds < spans[i][1] + 1e-3:
        return i
    return min(range(len(spans)), key=lambda k: abs(spans[k][0] - seconds))


def go_back_to(view: QListWidget, role, place: Place) -> None:
    """The same line current and selected (with the others chosen), scrolled as it was and kept in view."""
    lines = [view.item(i).data(role) for i in range(view.count())]
    spans = [(float(line["start"]), float(line["end"])) for line in lines]
    row = row_at(spans, place.current)
    if row < 0:
        return
    view.doItemsLayout()  # the wrapped lines' heights, so the old scroll position means the same place
    view.verticalScrollBar().setValue(place.scrolled)
    view.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    for seconds in place.chosen:
        view.item(row_at(spans, seconds)).setSelected(True)
    view.scrollToItem(view.item(row), QAbstractItemView.ScrollHint.EnsureVisible)
