"""Preview a printout and send it to the office printer, from the PDF the program wrote.

The PDF stays the source of truth: its pages are rendered by PDFium (``pypdfium2``) at
the printer's resolution and drawn on Qt's printer, so what comes out of the printer is
what the file holds. Qt's own preview window shows the pages; its print button opens
the system's print dialog (printer, copies, paper size, pages).

    preview_and_print(parent, path)   # the preview window, with its print button
    print_pdf(printer, path)          # draw the file's pages on a QPrinter
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter

MAX_DPI = 300  # a finer raster only makes printing slower; 300 dpi is what office printers resolve
PREVIEW_DPI = 110


class PdfPages:
    """The pages of a PDF file, rendered on demand."""

    def __init__(self, path: Path):
        import pypdfium2 as pdfium  # loaded on first preview, not at start-up

        self.path = Path(path)
        self.document = pdfium.PdfDocument(str(self.path))

    def __len__(self) -> int:
        return len(self.document)

    def size_pt(self, index: int) -> tuple[float, float]:
        return self.document[index].get_size()

    def image(self, index: int, dpi: float) -> QImage:
        """Page ``index`` as an RGB image at ``dpi`` (white paper)."""
        bitmap = self.document[index].render(scale=dpi / 72)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format_BGR888)
        return image.copy()  # detached from PDFium's buffer, which is freed with the bitmap

    def close(self) -> None:
        self.document.close()


def page_layout(pages: PdfPages) -> QPageLayout:
    """The paper of the PDF's first page (A3, A4, portrait or landscape) for the printer to start from."""
    width, height = pages.size_pt(0)
    portrait = QSizeF(min(width, height), max(width, height))
    size = QPageSize(portrait, QPageSize.Point, "", QPageSize.FuzzyMatch)
    orientation = QPageLayout.Landscape if width > height else QPageLayout.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def print_pdf(printer, pages: PdfPages, dpi: float | None = None) -> int:
    """Draw every page (or the range chosen in the print dialog) on ``printer``, each fitted
    to the printable area without distortion and centred. Returns the pages drawn."""
    first, last = printer.fromPage(), printer.toPage()
    indexes = range(len(pages)) if first == 0 else range(first - 1, min(last, len(pages)))
    if dpi is None:  # the preview records the drawing to show on screen: a screen's raster will do
        preview = printer.paintEngine() is not None and printer.paintEngine().type() == QPaintEngine.Picture
        dpi = PREVIEW_DPI if preview else min(printer.resolution(), MAX_DPI)
    resolution = dpi
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    drawn = 0
    try:
        for n, index in enumerate(indexes):
            if n:
                printer.newPage()
            image = pages.image(index, resolution)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
            painter.drawImage(target, image)
            drawn += 1
    finally:
        painter.end()
    return drawn


def make_printer(pages: PdfPages):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.HighResolution)
    printer.setPageLayout(page_layout(pages))
    printer.setFullPage(False)
    printer.setDocName(pages.path.stem)
    return printer


def preview_dialog(parent, pages: PdfPages):
    """Qt's print preview of ``pages`` (not shown yet): zoom, page through, and its print button."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = make_printer(pages)
    dialog = QPrintPreviewDialog(printer, parent)
    title = QCoreApplication.translate("pdf_preview", "Preview and print — {name}")
    dialog.setWindowTitle(title.format(name=pages.path.name))
    dialog.paintRequested.connect(lambda target: print_pdf(target, pages))
    dialog.resize(1000, 800)
    dialog.printer = printer  # kept alive with the dialog
    return dialog


def preview_and_print(parent, path: Path) -> bool:
    """Open the preview of the PDF at ``path``; returns False (with a message) when it cannot be read."""
    from ..shell import messages

    try:
        pages = PdfPages(path)
    except Exception as exc:  # a file removed or damaged since it was written: say so, never a traceback
        text = QCoreApplication.translate("pdf_preview", "“{name}” cannot be opened for printing: {error}")
        messages.error(parent, text.format(name=Path(path).name, error=exc))
        return False
    try:
        preview_dialog(parent, pages).exec()
    finally:
        pages.close()
    return True
