"""Help → User guide: the Markdown guide shipped in resources/guide, shown offline.

Entry point: ``show_help(parent=None) -> HelpWindow`` (a non-modal window,
reused while it is open). Images are looked up in resources/guide/; links to
the web are not followed — nothing is fetched from the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from . import i18n
from ..forms.ui_help_window import Ui_HelpWindow

GUIDE_DIR = Path(__file__).resolve().parents[3] / "resources" / "guide"


def guide_file() -> Path:
    """The guide in the active language (Chinese when no other is written)."""
    if not i18n.is_chinese():
        english = GUIDE_DIR / "guide_en.md"
        if english.exists():
            return english
    return GUIDE_DIR / "guide_zh.md"


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.ui = Ui_HelpWindow()
        self.ui.setupUi(self)
        self.browser = self.ui.guide
        path = path or guide_file()
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.anchorClicked.connect(self._anchor)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.document().setDefaultStyleSheet("h1, h2, h3 { color: #1f3b63; } code { background: #f1f3f6; }")
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr("The user guide was not found at {path}.").format(path=path)
        self.browser.setMarkdown(text)

        self.contents = self.ui.contents
        self._fill_contents()
        self.contents.itemClicked.connect(self._go_to)
        self.contents.itemActivated.connect(self._go_to)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([220, 680])

        self.find_edit = self.ui.find
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_message = self.ui.findMessage
        self.ui.buttons.rejected.connect(self.close)

    def _fill_contents(self) -> None:
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in (1, 2, 3) and block.text().strip():
                item = QListWidgetItem(("    " * max(0, level - 2)) + block.text().strip())
                item.setData(Qt.UserRole, block.position())
                if level == 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.contents.addItem(item)
            block = block.next()

    def _go_to(self, item: QListWidgetItem) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(int(item.data(Qt.UserRole)))
        # Put the heading at the top: scroll to the end first, then back to it.
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()

    def find_next(self) -> bool:
        """Select the next place the text appears, from the top again after the last one."""
        text = self.find_edit.text().strip()
        self.find_message.clear()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self.browser.moveCursor(QTextCursor.Start)
        if self.browser.find(text):
            return True
        self.find_message.setText(self.tr("Not found."))
        return False

    def _anchor(self, url: QUrl) -> None:
        # In-page anchors scroll; web links are not opened (no network).
        if url.hasFragment() and url.scheme() in ("", "file"):
            self.browser.scrollToAnchor(url.fragment())

    def images(self) -> list[str]:
        """The image names the guide refers to (for tests and the screenshot script)."""
        import re

        return re.findall(r"!\[[^\]]*\]\(([^)\s]+)", self.browser.toMarkdown(QTextDocument.MarkdownDialectGitHub))


_open: HelpWindow | None = None


def show_help(parent: QWidget | None = None) -> HelpWindow:
    global _open
    if _open is None or not _open.isVisible():
        _open = HelpWindow(parent)
    _open.show()
    _open.raise_()
    _open.activateWindow()
    return _open
