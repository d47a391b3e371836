"""Screenshots of the demo office at 1366×768: each tab and the main dialogs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR [--lang zh_CN|en]

Runs on a fresh demo database in a temporary folder, with settings kept in
that folder too (the user's own settings are not touched).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WIDTH, HEIGHT = 1366, 768


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="folder for the PNG files")
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="csperf-shots-"))
    os.environ["CSPERF_DATA_DIR"] = str(work / "data")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from csperf_desktop.gui import app as gui_app
    from csperf_desktop.gui import i18n

    app = gui_app.make_application()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(work / "settings"))
    i18n.install(app, args.lang)
    gui_app.apply_look(app)
    gui_app.prepare_demo_database()

    from csperf_desktop.gui.context import AppContext
    from csperf_desktop.gui.main_window import MainWindow
    from csperf_desktop.gui.publish_dialog import PublishDialog
    from csperf_desktop.gui.rulebook_dialog import RuleDialog, RulebookDialog
    from csperf_desktop.gui.settings_dialog import SettingsDialog
    from csperf_desktop.gui.staff_tab import StaffDialog
    from csperf_desktop.models import Rule, Staff

    ctx = AppContext()
    ctx.database_location = "demo.db"
    window = MainWindow(ctx)
    window.resize(WIDTH, HEIGHT)
    window.show()

    def settle():
        for _ in range(5):
            app.processEvents()

    def shot(widget, name):
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    names = ["staff", "daily", "exams", "appeals", "annual"]
    for index, name in enumerate(names):
        window.ui.tabs.setCurrentIndex(index)
        if name == "staff":
            window.staff_tab.table.selectRow(2)
        if name == "daily":
            # A typed entry in progress, as the supervisor sees it mid-series.
            strip = window.daily_tab.entry
            strip.staff_picker.setEditText("KF003")
            strip.staff_picker.commit_text()
            strip.rule_picker.setEditText("D04")
            strip.rule_picker.commit_text()
            strip.order_amount.setText("1200")
        shot(window, f"tab_{index + 1}_{name}")
        if name == "daily":
            strip.points.setValue(9)  # outside D04's range: refused on the spot
            shot(window, "tab_2_daily_out_of_range")
            strip.points.setValue(1)

    # The previous month, published (appeal window open): editing disabled.
    window.ui.tabs.setCurrentIndex(1)
    ctx.set_month(ctx.month.prev())
    shot(window, "tab_2_daily_published_month")
    # Two months back: closed, with the demo's weakest agent flagged for the warning.
    ctx.set_month(ctx.month.prev())
    shot(window, "tab_2_daily_closed_month")
    ctx.set_month(ctx.month.next().next())

    dialogs = [
        ("dialog_staff_add", lambda: StaffDialog(ctx, None, window)),
        ("dialog_staff_edit", lambda: StaffDialog(ctx, Staff.get(Staff.employee_no == "KF003"), window)),
        ("dialog_rulebook", lambda: RulebookDialog(ctx, window)),
        ("dialog_rule_edit", lambda: RuleDialog(ctx, Rule.get(Rule.code == "D04"), window)),
        ("dialog_settings", lambda: SettingsDialog(ctx, window)),
        ("dialog_publish", lambda: PublishDialog(ctx, ctx.month, window)),
    ]
    for name, make in dialogs:
        dialog = make()
        dialog.show()
        shot(dialog, name)
        if name == "dialog_staff_add":
            # What a mistake looks like: the message sits beside the field.
            dialog.ui.employee_noEdit.setText("KF001")
            dialog.ui.nameEdit.setText("新同事")
            dialog.save()
            shot(dialog, "dialog_staff_add_error")
        dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
