"""A text browser that shows local documents only: nothing is fetched from the network."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser


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
