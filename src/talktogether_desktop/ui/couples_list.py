"""The searchable couples list: one query loads every row, a proxy filters as you type."""

from __future__ import annotations

import unicodedata
from typing import Optional

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from . import theme

IdRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3


def _fit_detail(fm: QFontMetrics, detail: str, width: int) -> str:
    """Shorten the partners' names, never the recording count ("2 recordin" says nothing)."""
    if fm.horizontalAdvance(detail) <= width or " · " not in detail:
        return fm.elidedText(detail, Qt.TextElideMode.ElideRight, width)
    partners, count = detail.rsplit(" · ", 1)
    room = width - fm.horizontalAdvance(" · " + count)
    if room < fm.horizontalAdvance("…") * 3:
        return fm.elidedText(count, Qt.TextElideMode.ElideRight, width)
    return fm.elidedText(partners, Qt.TextElideMode.ElideRight, room) + " · " + count


class CoupleDelegate(QStyledItemDelegate):
    """The couple's name in bold, partners and recordings underneath in a quieter colour."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        fm = option.fontMetrics
        # No width of its own: rows are as wide as the list, so text is shortened, never scrolled.
        return QSize(1, fm.height() * 2 + 14)

    def paint(self, painter: QPainter, option, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        rect = option.rect.adjusted(8, 5, -8, -5)
        half = rect.height() // 2
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        name = QFontMetrics(bold).elidedText(index.data(Qt.ItemDataRole.DisplayRole).split("\n")[0], Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.adjusted(0, 0, 0, -half), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(option.font)
        painter.setPen(pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText))
        detail = _fit_detail(option.fontMetrics, index.data(DetailRole) or "", rect.width())
        painter.drawText(rect.adjusted(0, half, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail)
        painter.restore()


class CouplesModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[dict]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            count = row.get("recordings") or 0
            rec = "no recordings" if count == 0 else f"{count} recording{'s' if count != 1 else ''}"
            partners = row.get("partner_names") or ""
            return f"{row['name']}\n{partners} · {rec}" if partners else f"{row['name']}\n{rec}"
        if role == DetailRole:
            count = row.get("recordings") or 0
            rec = "no recordings" if count == 0 else f"{count} recording{'s' if count != 1 else ''}"
            partners = row.get("partner_names") or ""
            return f"{partners} · {rec}" if partners else rec
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole of what the row may end with "…" in a narrow list
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row['name']}, {row.get('partner_names') or ''}"
        if role == IdRole:
            return row["id"]
        if role == SearchRole:
            return search_key(f"{row['name']} {row.get('partner_names') or ''}")
        return None

    def row_for_id(self, couple_id: int) -> Optional[int]:
        for i, row in enumerate(self._rows):
            if row["id"] == couple_id:
                return i
        return None


_DASHES = str.maketrans({c: " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212&·,./"})


# letters that keep no base letter apart from their mark (NFKD leaves them whole)
_OWN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
                              "ı": "i"})


def search_key(text: str) -> str:
    """What a search compares: case, dashes and accents set aside ("rivera-okafor", "Rivera–Okafor" and
    "rivera okafor" are the same; so are "zoe" and "Zoë", "sorensen" and "Sørensen", as a keyboard without
    those letters types them), spaces collapsed."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_OWN_LETTERS))
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).translate(_DASHES).split())


class _CoupleFilter(QSortFilterProxyModel):
    """Every typed word must appear in the couple's name or a partner's, in any order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._words = search_key(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = search_key(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt API
        key = self.sourceModel().index(row, 0, parent).data(SearchRole) or ""
        return all(word in key for word in self._words)


def _search_proxy(parent) -> QSortFilterProxyModel:
    """Filters on the name and partners as you type; Qt does the matching, no query per key."""
    return _CoupleFilter(parent)


class CouplesPanel(QWidget):
    couple_selected = Signal(int)
    add_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel("Couples")
        title.setFont(theme.title_font(1.3))
        self.search = QLineEdit(placeholderText="Search (Ctrl+F)", clearButtonEnabled=True)
        self.search.setAccessibleName("Search couples")
        self.search.setToolTip("Search couples or partners by name (Ctrl+F)")
        self.model = CouplesModel(self)
        self.proxy = _search_proxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)  # keeps thousands of rows cheap to lay out
        self.view.setAlternatingRowColors(True)
        self.view.setItemDelegate(CoupleDelegate(self.view))
        self.view.setAccessibleName("Couples")
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a narrow window elides
        self.add_btn = QPushButton("New couple…")
        self.empty = QLabel("No couples yet. Add one with “New couple…”.", wordWrap=True)
        self.empty.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addWidget(self.add_btn)
        row.addStretch(1)
        layout.addLayout(row)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._open_first)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.add_btn.clicked.connect(self.add_requested)

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._say_if_empty()

    def _say_if_empty(self) -> None:
        query = self.search.text().strip()
        if self.model.rowCount() and query and not self.proxy.rowCount():
            self.empty.setText(f"No couple matches “{query}”.")
        else:
            self.empty.setText("No couples yet. Add one with “New couple…”.")
        self.empty.setVisible(not self.proxy.rowCount())

    def set_rows(self, rows: list[dict], select_id: Optional[int] = None) -> None:
        self.model.set_rows(rows)
        self._say_if_empty()
        if select_id is not None:
            self.select(select_id)

    def select(self, couple_id: int) -> None:
        row = self.model.row_for_id(couple_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.setCurrentIndex(index)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.couple_selected.emit(int(index.data(IdRole)))

    def _open_first(self) -> None:
        index = self.proxy.index(0, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self._activated(index)
            self.view.setFocus()

    def clear(self) -> None:
        self.search.clear()
        self.model.clear()


class NewCoupleDialog(QDialog):
    def __init__(self, parent=None, existing: Optional[list[dict]] = None, typed: Optional[list[str]] = None):
        super().__init__(parent)
        self.setWindowTitle("New couple")
        self._existing = list(existing or [])  # the couples already in the vault: a same name is said at once
        self.name = QLineEdit(placeholderText="e.g. the family name or initials")
        self.partner1 = QLineEdit(placeholderText="First partner's name")
        self.partner2 = QLineEdit(placeholderText="Second partner's name")
        form = QFormLayout()
        form.addRow("Couple", self.name)
        form.addRow("Partner 1", self.partner1)
        form.addRow("Partner 2", self.partner2)
        self.same_name = QLabel(wordWrap=True)
        self.same_name.setProperty("role", "banner-warn")
        self.same_name.setTextFormat(Qt.TextFormat.PlainText)
        self.same_name.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Add couple")
        self.ok.setEnabled(False)
        self.ok.setToolTip("Give the couple's name and the first partner's name first")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.same_name)
        layout.addWidget(buttons)
        for field in (self.name, self.partner1):
            field.textChanged.connect(self._check)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(460, 200)
        for field, text in zip((self.name, self.partner1, self.partner2), typed or []):
            field.setText(text)  # (what was typed when the vault locked)

    def typed(self) -> list[str]:
        return [field.text() for field in (self.name, self.partner1, self.partner2)]

    def _check(self) -> None:
        named = bool(self.name.text().strip() and self.partner1.text().strip())
        self.ok.setEnabled(named)
        self.ok.setToolTip("" if named else "Give the couple's name and the first partner's name first")
        same = same_named(self._existing, self.name.text())
        self.same_name.setText(same_name_warning(same))
        self.same_name.setVisible(bool(same))
        self.ok.setText("Add anyway" if same else "Add couple")

    def values(self) -> tuple[str, list[str]]:
        partners = [p.text().strip() for p in (self.partner1, self.partner2) if p.text().strip()]
        return self.name.text().strip(), partners


def same_named(rows: list[dict], name: str) -> list[dict]:
    """The couples whose name is this one, as the search compares names (case, dashes and accents set aside)."""
    key = search_key(name)
    return [row for row in rows if key and search_key(row.get("name") or "") == key]


def same_name_warning(same: list[dict]) -> str:
    """Two files under one name are easily mixed up (a recording imported into the wrong couple): said, not refused."""
    if not same:
        return ""
    who = "; ".join(f"{row['name']}" + (f" ({row['partner_names']})" if row.get("partner_names") else "")
                    for row in same)
    there = "A couple with this name is" if len(same) == 1 else f"{len(same)} couples with this name are"
    return (f"{there} already in the list: {who}. Two couples with the same name are easily mixed up. "
            "Change the name (add initials or first names), or add this couple anyway.")
