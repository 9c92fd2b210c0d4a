"""Help > About: the version, and the licences of the models and fonts that ship inside the app."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from .. import __version__, paths

# What is bundled, who made it, and under which licence (the full texts ship beside the files).
BUNDLED = [
    ("Speech model: Whisper tiny.en", "OpenAI; converted to CTranslate2 for faster-whisper by SYSTRAN",
     "MIT License", None),
    ("Voice activity model: Silero VAD (shipped with faster-whisper)", "Silero Team", "MIT License", None),
    ("Voice encoder: Resemblyzer GE2E, converted to ONNX", "Corentin Jemine / Resemble AI",
     "Apache License 2.0", ("models", "LICENSE-resemblyzer.txt")),
    ("Report font: Liberation Sans 2.1.5", "Red Hat, Inc.; Google Corporation",
     "SIL Open Font License 1.1", ("fonts", "LICENSE")),
]


def about_html() -> str:
    rows = []
    for what, who, licence, text in BUNDLED:
        where = ""
        if text is not None:
            path = paths.resource(*text)
            where = f"<br><small>Full text: {html.escape(str(path))}</small>"
        rows.append(f"<li><b>{html.escape(what)}</b><br>{html.escape(who)} · {html.escape(licence)}{where}</li>")
    return (
        f"<h2>TalkTogether {html.escape(__version__)}</h2>"
        "<p>Conversation analysis to prepare couples sessions. Everything stays on this computer, "
        "encrypted; nothing is sent anywhere.</p>"
        "<p>The observations support your clinical judgement; they are not a diagnosis.</p>"
        "<h3>Bundled models and fonts</h3><ul>" + "".join(rows) + "</ul>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("About TalkTogether")
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 460)


class ShortcutsDialog(QDialog):
    """Every menu shortcut in one list, read from the menus themselves so it cannot go stale."""

    def __init__(self, menubar, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = []
        for menu_action in menubar.actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            for act in menu.actions():
                keys = ", ".join(k.toString() for k in act.shortcuts())
                if keys:
                    rows.append(f"<tr><td>{html.escape(act.text().replace('&', ''))}</td><td><b>{html.escape(keys)}</b></td></tr>")
        # Keys that belong to one list or page, not to a menu.
        for what, keys in (("Back to the couple (in a recording)", "Escape"),
                           ("Play or pause (in a recording)", "Space, Ctrl+Space"),
                           ("Open the selected couple, recording or session", "Enter"),
                           ("Delete the selected recording (on the couple page)", "Delete"),
                           ("Undo a transcript correction (in a recording)", "Ctrl+Z"),
                           ("Choose a key moment on the escalation chart (Tab to it)", "Left, Right, Home, End"),
                           ("Hear the chosen key moment", "Enter, Space")):
            rows.append(f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>")
        self.text = "\n".join(rows)
        label = QLabel("<table cellspacing=6>" + "".join(rows) + "</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
