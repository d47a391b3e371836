"""Help → User guide: the Markdown guide shipped in resources/guide, shown offline.

Entry point: ``show_help(parent=None) -> HelpWindow`` (a non-modal window,
reused while it is open). Images are looked up in resources/guide/; links to
the web are not followed — nothing is fetched from the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from . import i18n

GUIDE_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "guide"


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
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

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
