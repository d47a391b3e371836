"""Preview and print: the PDF the program wrote is what reaches the printer, page for page."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from csperf_desktop.base.months import Month
from csperf_desktop.gui.printing import pdf_preview, printing
from csperf_desktop.gui.shell import filework, messages
from csperf_desktop.reports.bulletin import write_bulletin
from csperf_desktop.reports.scorecard import write_scorecards

SEP = Month(2026, 9)


def dark_share(pdf_path, index=0) -> float:
    page = pdfium.PdfDocument(str(pdf_path))[index]
    image = page.render(scale=30 / 72).to_pil().convert("L")
    histogram = image.histogram()  # 256 grey levels
    return sum(histogram[:128]) / sum(histogram)


def test_printing_draws_every_page_of_the_file_on_its_paper(qapp, demo_db, tmp_path):
    cards = write_scorecards(SEP, tmp_path / "cards.pdf")[0]
    pages = pdf_preview.PdfPages(cards)
    printer = pdf_preview.make_printer(pages)
    assert printer.pageLayout().pageSize().id() == pdf_preview.QPageSize.A4
    assert printer.pageLayout().orientation() == QPageLayout.Portrait
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    drawn = pdf_preview.print_pdf(printer, pages, dpi=60)
    assert drawn == len(pages) >= 12
    printed = pdfium.PdfDocument(str(tmp_path / "printed.pdf"))
    assert len(printed) == len(pages)
    # the same page, not a blank one: as much ink, less the margin the printer keeps around it
    assert 0.5 < dark_share(tmp_path / "printed.pdf") / dark_share(cards) < 1.05
    pages.close()


def test_a_landscape_a3_bulletin_keeps_its_paper_and_the_chosen_page_range(qapp, demo_db, tmp_path):
    from csperf_desktop.reports.bulletin import BulletinOptions

    out = write_bulletin(SEP, tmp_path / "b.pdf", BulletinOptions(paper="A3", landscape=True))
    pages = pdf_preview.PdfPages(out)
    printer = pdf_preview.make_printer(pages)
    assert printer.pageLayout().pageSize().id() == pdf_preview.QPageSize.A3
    assert printer.pageLayout().orientation() == QPageLayout.Landscape
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "one.pdf"))
    printer.setFromTo(1, 1)
    assert pdf_preview.print_pdf(printer, pages, dpi=40) == 1
    pages.close()


def test_the_preview_shows_every_page(qapp, qtbot, demo_db, tmp_path):
    cards = write_scorecards(SEP, tmp_path / "cards.pdf")[0]
    pages = pdf_preview.PdfPages(cards)
    dialog = pdf_preview.preview_dialog(None, pages)
    qtbot.addWidget(dialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == len(pages)
    pages.close()


def test_a_file_that_cannot_be_read_is_named_not_a_traceback(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, message, title=None: shown.append(message))
    bad = tmp_path / "不是PDF.pdf"
    bad.write_text("hello", encoding="utf-8")
    assert pdf_preview.preview_and_print(None, bad) is False
    assert shown and "不是PDF.pdf" in shown[0]


def test_the_message_after_printing_offers_the_preview(qapp, monkeypatch, tmp_path):
    offered = {}
    monkeypatch.setattr(filework, "offer_open", lambda parent, message, file, folder, title=None, preview=None:
                        offered.update(preview=preview) or "")
    printing._done(None, "ok", tmp_path / "a.pdf", tmp_path)
    assert callable(offered["preview"])
    printing._done(None, "ok", None, tmp_path)  # a folder of files: nothing single to preview
    assert offered["preview"] is None
