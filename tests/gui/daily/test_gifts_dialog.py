"""Order gifts in the window: recorded from the entry strip, listed and marked given."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from csperf_desktop.monthly import gifts
from csperf_desktop.monthly.events import add_event
from csperf_desktop.gui.daily.daily_models import EventsModel
from csperf_desktop.store.models import AuditEntry, GiftHandout, ScoreEvent
from csperf_desktop.base.months import Month


def test_the_entry_strip_saves_the_amount_and_the_list_shows_the_gift(qtbot, office, make_window):
    window = make_window()
    window.ui.tabs.setCurrentIndex(1)
    tab = window.daily_tab
    strip = tab.entry
    qtbot.keyClicks(strip.staff_picker.lineEdit(), "a02")
    qtbot.keyClick(strip.staff_picker.lineEdit(), Qt.Key_Tab)
    qtbot.keyClicks(strip.rule_picker.lineEdit(), "B04")
    qtbot.keyClick(strip.rule_picker.lineEdit(), Qt.Key_Tab)
    strip.order_amount.setText("1288.5")
    qtbot.keyClick(strip.order_amount, Qt.Key_Return)
    ev = ScoreEvent.get()
    assert (ev.order_amount, ev.gift_tier) == (1288.5, "B")
    assert "B" in strip.message.text()
    assert strip.order_amount.text() == ""  # the next entry starts without an amount
    row = tab.model.row_of(ev.id)
    assert tab.model.data(tab.model.index(row, EventsModel.GIFT)) == "Gift B · 1,288.50"


def test_a_wrong_amount_is_named_next_to_the_field(qtbot, office, make_window):
    window = make_window()
    strip = window.daily_tab.entry
    qtbot.keyClicks(strip.staff_picker.lineEdit(), "a02")
    qtbot.keyClick(strip.staff_picker.lineEdit(), Qt.Key_Tab)
    qtbot.keyClicks(strip.rule_picker.lineEdit(), "B04")
    qtbot.keyClick(strip.rule_picker.lineEdit(), Qt.Key_Tab)
    strip.order_amount.setValidator(None)  # a pasted value the validator let through
    strip.order_amount.setText("12.345")
    strip.save()
    assert ScoreEvent.select().count() == 0
    assert "订单金额" in strip.message.text()


def _select(dialog, event_id):
    model, view = dialog.model, dialog.table
    row = next(i for i, g in enumerate(model.rows) if g.event_id == event_id)
    view.selectionModel().select(model.index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)


def test_the_gift_dialog_lists_the_month_and_marks_a_gift_given(qtbot, office, supervisor, make_window, tmp_path):
    from csperf_desktop.gui.daily.gifts_dialog import GiftsDialog, GiftsModel

    a = add_event(supervisor, "A01", "B04", "2026-10-03", reference="DD1", order_amount=800)
    b = add_event(supervisor, "A03", "B04", "2026-10-08", reference="DD2", order_amount=2600)
    window = make_window()
    dialog = GiftsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert [g.event_id for g in dialog.model.rows] == [a.id, b.id]
    assert dialog.model.data(dialog.model.index(1, GiftsModel.TIER)) == "Gift C"
    assert "2 gifts" in dialog.summary.text() and "2 not yet given" in dialog.summary.text()
    assert not dialog.mark_button.isEnabled()

    _select(dialog, a.id)
    assert dialog.mark_button.isEnabled() and not dialog.unmark_button.isEnabled()
    dialog.note.setText("前台领取")
    qtbot.mouseClick(dialog.mark_button, Qt.LeftButton)
    handout = GiftHandout.get(GiftHandout.event == a.id)
    assert (str(handout.given_on), handout.note) == ("2026-10-20", "前台领取")
    assert AuditEntry.select().where(AuditEntry.action == "give_gift").count() == 1
    row = next(i for i, g in enumerate(dialog.model.rows) if g.event_id == a.id)
    assert dialog.model.data(dialog.model.index(row, GiftsModel.GIVEN), Qt.CheckStateRole) == Qt.Checked
    assert dialog.model.data(dialog.model.index(row, GiftsModel.GIVEN)).startswith("Given 2026-10-20")

    dialog.filter.setCurrentIndex(dialog.filter.findData(False))
    assert [g.event_id for g in dialog.model.rows] == [b.id]
    dialog.filter.setCurrentIndex(dialog.filter.findData(True))
    assert [g.event_id for g in dialog.model.rows] == [a.id]
    dialog.resize(900, 420)
    dialog.filter.setCurrentIndex(0)
    dialog.grab().save(str(tmp_path / "gifts-dialog.png"))


def test_undo_given_asks_a_reason(qtbot, office, supervisor, make_window, answers):
    from csperf_desktop.gui.daily.gifts_dialog import GiftsDialog

    a = add_event(supervisor, "A01", "B04", "2026-10-03", order_amount=800)
    gifts.mark_given(supervisor, [a.id])
    window = make_window()
    dialog = GiftsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    _select(dialog, a.id)
    assert dialog.unmark_button.isEnabled()
    answers.texts.append("登记错了")
    dialog.unmark_selected()
    assert GiftHandout.select().count() == 0
    assert AuditEntry.get(AuditEntry.action == "ungive_gift").reason == "登记错了"
    assert not gifts.gifts_for_month(Month(2026, 10))[0].given


def test_the_month_menu_opens_the_gift_list(qtbot, office, make_window, monkeypatch):
    from csperf_desktop.gui.daily import gifts_dialog

    opened = []
    monkeypatch.setattr(gifts_dialog, "open_gifts", lambda ctx, parent: opened.append(ctx.month))
    window = make_window()
    action = next(a for a in window.ui.menuMonth.actions() if a.text() == "Order &gifts of the month…")
    action.trigger()
    assert opened == [Month(2026, 10)]


def test_the_dialog_prints_the_list(qtbot, office, supervisor, make_window, monkeypatch, tmp_path):
    from csperf_desktop.gui.shell import filework
    from csperf_desktop.gui.daily.gifts_dialog import GiftsDialog

    add_event(supervisor, "A01", "B04", "2026-10-03", order_amount=800)
    target = tmp_path / "gifts.pdf"
    monkeypatch.setattr(filework, "ask_save_path", lambda *a, **k: target)
    monkeypatch.setattr(filework, "offer_open", lambda *a, **k: "")
    window = make_window()
    dialog = GiftsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    task = dialog.print_list()
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert task.ok and target.exists()
