"""Printed papers as PDF (ReportLab): the monthly wall bulletin, the individual
scorecards and — to come — the annual review report. No Qt here: the GUI calls
``write_bulletin`` / ``write_scorecards`` (in a worker thread with the progress
callback) and shows ``font_warning()`` when it is not None.
"""
