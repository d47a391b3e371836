"""Help → User guide: the Markdown guide shipped in resources/guide, shown offline.

Entry point: ``show_help(parent=None) -> HelpWindow`` (a non-modal window,
reused while it is open). Images are looked up in resources/guide/; links to
the web are not followed — nothing is fetched from the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from . import i18n

GUIDE_DIR = Path(__file__).resolve().parents[3] / "resources" / "guide"


def guide_file() -> Path:
    """The guide in the active language (Chinese when no other is written)."""
    if not i18n.is_chinese():
        english = GUIDE_DIR / "guide_en.md"
        if english.exists():
            return english
    return GUIDE_DIR / "guide_zh.md"


class OfflineBrowser(QTextBrowser):
    """A text browser that loads only local files."""

    def loadResource(self, kind: int, url: QUrl):
        if url.scheme() not in ("", "file", "qrc"):
            return None
        found = super().loadResource(kind, url)
        if kind == QTextDocument.ImageResource and found is not None:
            return self._fit(found)
        return found

    def _fit(self, found):
        """Screenshots are wider than the window: scale them down to its width."""
        image = found if isinstance(found, QImage) else QImage.fromData(bytes(found)) \
            if isinstance(found, (bytes, bytearray, QByteArray)) else None
        if image is None or image.isNull():
            return found
        width = max(320, self.viewport().width() - 40)
        if image.width() > width:
            image = image.scaledToWidth(width, Qt.SmoothTransformation)
        return image


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("csperf user guide"))
        self.resize(900, 760)
        self.browser = OfflineBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
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

        self.contents = QListWidget()
        self.contents.setObjectName("contents")
        self._fill_contents()
        self.contents.itemClicked.connect(self._go_to)
        self.contents.itemActivated.connect(self._go_to)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 680])

        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("find")
        self.find_edit.setPlaceholderText(self.tr("Find in the guide (Enter for the next one)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_message = QLabel()
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.find_message)

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

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
