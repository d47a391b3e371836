"""Signing in, the idle lock, the audit viewer and its verify, checking a printout,
restore and start-up recovery — driven as a person would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from csperf_desktop.trust.auth import Actor


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    from csperf_desktop.trust import users

    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


@pytest.fixture
def accounts(db):
    """An administrator "boss" and a QA inspector "qa1" in a fresh database."""
    from csperf_desktop.trust import users

    users.create_first_admin("boss", "Boss-pass-1", "老板")
    boss = Actor("boss", "admin", "老板")
    users.create_user(boss, "qa1", "Qa-pass-123", "qa", "质检小王")
    return boss


def sign_in_with(qtbot, dialog, username, password):
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.LeftButton)


# ------------------------------------------------------------------ login


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(qtbot, accounts):
    from csperf_desktop.gui.admin.login import LoginDialog
    from csperf_desktop.trust.users import LoginThrottle

    dialog = LoginDialog(throttle=LoginThrottle())
    qtbot.addWidget(dialog)
    sign_in_with(qtbot, dialog, "qa1", "not-the-password")
    wrong_password = dialog.message.text()
    assert dialog.actor is None and dialog.result() != QDialog.Accepted
    assert "Wrong user name or password" in wrong_password
    assert dialog.password.text() == ""
    sign_in_with(qtbot, dialog, "nobody", "not-the-password")
    assert dialog.message.text() == wrong_password  # an unknown user reads the same


def test_right_password_returns_the_actor_with_its_role(qtbot, accounts):
    from csperf_desktop.gui.admin.login import LoginDialog
    from csperf_desktop.trust.users import LoginThrottle

    dialog = LoginDialog(throttle=LoginThrottle())
    qtbot.addWidget(dialog)
    sign_in_with(qtbot, dialog, "qa1", "Qa-pass-123")
    assert dialog.result() == QDialog.Accepted
    assert dialog.actor == Actor("qa1", "qa", "质检小王")


def test_sign_in_fills_in_the_last_user_name_but_never_the_password(qtbot, accounts):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from csperf_desktop.gui.admin.login import sign_in

    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.username.text(), dialog.password.text()))
        dialog.username.setText("qa1")
        dialog.password.setText("Qa-pass-123")
        dialog.try_sign_in()

    QTimer.singleShot(0, answer)
    assert sign_in() == Actor("qa1", "qa", "质检小王")

    def cancel():
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.username.text(), dialog.password.text()))
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert sign_in() is None
    assert seen == [("", ""), ("qa1", "")]


def test_repeated_failures_show_the_wait_and_block_the_button(qtbot, accounts):
    from csperf_desktop.gui.admin.login import LoginDialog
    from csperf_desktop.trust.users import LoginThrottle

    dialog = LoginDialog(throttle=LoginThrottle())
    qtbot.addWidget(dialog)
    for _ in range(4):
        sign_in_with(qtbot, dialog, "boss", "guess-guess")
    assert "try again in" in dialog.message.text()
    assert not dialog.sign_in_button.isEnabled()
    dialog.password.setText("Boss-pass-1")
    dialog.try_sign_in()  # even the right password waits
    assert dialog.actor is None


def test_a_disabled_account_cannot_sign_in(qtbot, accounts):
    from csperf_desktop.trust import users
    from csperf_desktop.gui.admin.login import LoginDialog

    users.set_active(accounts, "qa1", False)
    dialog = LoginDialog(throttle=users.LoginThrottle())
    qtbot.addWidget(dialog)
    sign_in_with(qtbot, dialog, "qa1", "Qa-pass-123")
    assert dialog.actor is None and "Wrong user name or password" in dialog.message.text()


# ------------------------------------------------------------------ idle lock


@pytest.fixture
def lock_window(qtbot, accounts):
    from PySide6.QtWidgets import QMainWindow

    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.admin.login import IdleLock

    ctx = AppContext(Actor("boss", "admin", "老板"))
    window = QMainWindow()
    window.resize(800, 500)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(ctx, window, minutes=1)
    yield ctx, window, lock
    if lock.dialog is not None:
        lock.dialog.deleteLater()


def test_idle_lock_locks_after_the_timeout_and_unlocks_with_the_password(qtbot, lock_window):
    ctx, window, lock = lock_window
    lock.check_idle()
    assert not lock.is_locked  # a minute has not passed
    lock.last_input -= 61
    lock.check_idle()
    assert lock.is_locked
    assert lock.covers and lock.covers[0].isVisible()
    assert lock.covers[0].geometry() == window.rect()
    assert lock.dialog.username.text() == "boss" and lock.dialog.username.isReadOnly()

    qtbot.keyClick(lock.dialog, Qt.Key_Escape)  # Escape does not get past the lock
    assert lock.is_locked and lock.dialog.isVisible()
    lock.dialog.password.setText("wrong-password")
    lock.dialog.try_sign_in()
    assert lock.is_locked
    lock.dialog.password.setText("Boss-pass-1")
    with qtbot.waitSignal(lock.unlocked, timeout=2000):
        qtbot.mouseClick(lock.dialog.sign_in_button, Qt.LeftButton)
    assert not lock.is_locked and ctx.actor.username == "boss"
    assert lock.covers == []
    qtbot.waitUntil(lambda: not [w for w in window.children() if w.objectName() == "lockCover"], timeout=2000)


def test_switch_user_on_the_lock_signs_in_someone_else(qtbot, lock_window):
    ctx, window, lock = lock_window
    lock.lock()
    qtbot.mouseClick(lock.dialog.switch_button, Qt.LeftButton)
    assert not lock.dialog.username.isReadOnly()
    with qtbot.waitSignal(lock.user_switched, timeout=2000) as switched:
        sign_in_with(qtbot, lock.dialog, "qa1", "Qa-pass-123")
    assert switched.args[0].role == "qa"
    assert ctx.actor == Actor("qa1", "qa", "质检小王")
    assert not ctx.can("publish")


def test_in_a_read_only_session_whoever_unlocks_stays_a_viewer(qtbot, lock_window):
    from csperf_desktop.gui.admin.login import IdleLock

    ctx, window, lock = lock_window
    ctx.actor = Actor("boss", "viewer", "老板")
    read_only_lock = IdleLock(ctx, window, minutes=1, read_only=True)
    read_only_lock.lock()
    sign_in_with(qtbot, read_only_lock.dialog, "boss", "Boss-pass-1")
    assert not read_only_lock.is_locked
    assert ctx.actor.role == "viewer"


def test_no_lock_when_the_setting_is_zero(qtbot, lock_window):
    ctx, window, lock = lock_window
    lock.minutes = 0
    lock.last_input -= 10_000
    lock.check_idle()
    assert not lock.is_locked


# ------------------------------------------------------------------ users


def test_admin_adds_a_user_who_can_then_sign_in(qtbot, accounts, answers):
    from csperf_desktop.trust import users
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.admin.users_dialog import AddUserDialog, UsersDialog

    ctx = AppContext(accounts)
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    assert [u.username for u in dialog.model.rows] == ["boss", "qa1"]
    add = AddUserDialog(ctx, dialog)
    qtbot.addWidget(add)
    add.username.setText("viewer1")
    add.role.setCurrentIndex(add.role.findData("viewer"))
    add.password.first.setText("Look-only-9")
    add.password.second.setText("Look-only-9")
    add.save()
    assert add.result() == QDialog.Accepted
    assert "viewer1" in [u.username for u in dialog.model.rows]
    assert users.authenticate("viewer1", "Look-only-9", users.LoginThrottle()).role == "viewer"

    # Disable (never delete): the row stays, sign-in is refused.
    dialog.view.selectRow([u.username for u in dialog.model.rows].index("viewer1"))
    answers.confirms.append(True)
    dialog.toggle_active()
    row = next(u for u in dialog.model.rows if u.username == "viewer1")
    assert row.active is False
    with pytest.raises(Exception):
        users.authenticate("viewer1", "Look-only-9", users.LoginThrottle())


def test_the_last_admin_cannot_be_demoted_and_the_refusal_is_shown(qtbot, accounts, answers):
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.admin.users_dialog import UsersDialog

    ctx = AppContext(accounts)
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_role("boss", "viewer")
    assert answers.errors and "唯一的管理员" in answers.errors[0]


def test_a_non_admin_only_changes_their_own_password(qtbot, accounts, answers):
    from csperf_desktop.trust import users
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.admin.users_dialog import PasswordDialog, UsersDialog

    ctx = AppContext(Actor("qa1", "qa", "质检小王"))
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled() and dialog.own_button.isEnabled()
    change = PasswordDialog(ctx, "qa1", dialog)
    qtbot.addWidget(change)
    change.old.setText("wrong-old-pass")
    change.password.first.setText("New-pass-456")
    change.password.second.setText("New-pass-456")
    change.save()
    assert change.result() != QDialog.Accepted and "原密码" in change.bottom_error.text()
    change.old.setText("Qa-pass-123")
    change.save()
    assert change.result() == QDialog.Accepted
    assert users.authenticate("qa1", "New-pass-456", users.LoginThrottle()).role == "qa"


# ------------------------------------------------------------------ audit viewer


def test_audit_dialog_lists_entries_and_filters_by_agent(qtbot, office, supervisor, ctx):
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.gui.admin.audit_dialog import AuditDialog, AuditModel
    from csperf_desktop.store.models import AuditEntry

    add_event(supervisor, office["A01"], "D04", "2026-10-12", 2, 1, "supervision", "DD1", "错别字")
    add_event(supervisor, office["A02"], "B01", "2026-10-13", 1, 1, "supervision", "", "")
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == AuditEntry.select().count()
    assert dialog.model.rows[0].action == "add_event"  # newest first

    dialog.select_agent(office["A01"].id)
    assert dialog.model.rowCount() >= 1
    assert all(e.staff_id == office["A01"].id for e in dialog.model.rows)
    agent_cells = {dialog.model.index(r, AuditModel.AGENT).data() for r in range(dialog.model.rowCount())}
    assert agent_cells == {"A01 甲"}
    # The chosen entry's values, side by side with readable field names.
    event_row = next(r for r, e in enumerate(dialog.model.rows) if e.action == "add_event")
    dialog.view.selectRow(event_row)
    fields = {dialog.diff.index(r, 0).data(): dialog.diff.index(r, 2).data() for r in range(dialog.diff.rowCount())}
    assert fields["Points"] == "-2" or fields["Points"] == "2"
    assert fields["Person"] == "A01 甲" and fields["Method"] == "Supervision"

    dialog.text.setText("DD1")
    dialog.refresh()
    assert dialog.model.rowCount() == 1


def test_verify_reports_an_edited_audit_row(qtbot, office, supervisor, ctx, db):
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.gui.admin.audit_dialog import AuditDialog

    add_event(supervisor, office["A01"], "D04", "2026-10-12", 2, 1, "supervision", "", "")
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.verify_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.verify_job.done, timeout=10000)
    assert dialog.verify_result.text().startswith("All holds")

    # Someone edits the trail behind the program's back.
    con = sqlite3.connect(db.database)
    target = con.execute("SELECT id FROM audit_entry WHERE action='add_staff' ORDER BY id LIMIT 1").fetchone()[0]
    con.execute("UPDATE audit_entry SET actor='someone' WHERE id=?", (target,))
    con.commit()
    con.close()
    qtbot.mouseClick(dialog.verify_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.verify_job.done, timeout=10000)
    assert dialog.verify_result.text().startswith("Problem found")
    assert f"#{target}" in dialog.verify_result.text()


# ------------------------------------------------------------------ check a printout


def test_check_printout_matches_current_and_earlier_revisions_and_refuses_a_wrong_one(qtbot, office, admin, ctx):
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.gui.printing.check_printout import CheckPrintoutDialog
    from csperf_desktop.store.models import Period
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month, reopen_month

    september = Month.parse("2026-09")
    add_event(admin, office["A01"], "D04", "2026-09-12", 2, 1, "supervision", "", "")
    first = publish_month(admin, september).fingerprint
    reopen_month(admin, september, "漏记一条")
    add_event(admin, office["A02"], "D04", "2026-09-14", 3, 1, "supervision", "", "")
    second = publish_month(admin, september).fingerprint
    assert first != second and Period.get(Period.month == "2026-09").revision == 2

    ctx.set_month(september)
    dialog = CheckPrintoutDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.month.currentData() == "2026-09"

    spaced = " ".join(second[i:i + 4] for i in range(0, 12, 4)).lower()  # case and spaces do not matter
    qtbot.keyClicks(dialog.fingerprint, spaced)
    found = dialog.check()
    assert found.kind == "current" and found.revision.number == 2
    assert "Matches" in dialog.result_label.text() and "revision 2" in dialog.result_label.text()

    dialog.fingerprint.setText(first)
    found = dialog.check()
    assert found.kind == "earlier" and found.revision.number == 1 and found.current == 2
    assert "Out of date" in dialog.result_label.text() and "revision 1" in dialog.result_label.text()

    dialog.fingerprint.setText("0123456789AB")
    assert dialog.check().kind == "none"
    assert "No match" in dialog.result_label.text()


def test_a_printout_of_results_changed_behind_the_programs_back_is_not_confirmed(qtbot, office, admin, ctx, db):
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.gui.printing.check_printout import match_printout
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month

    september = Month.parse("2026-09")
    add_event(admin, office["A01"], "D04", "2026-09-12", 2, 1, "supervision", "", "")
    printed = publish_month(admin, september).fingerprint
    assert match_printout(september, printed).kind == "current"

    con = sqlite3.connect(db.database)
    con.execute("UPDATE monthly_result SET final = final + 5 WHERE month='2026-09' AND employee_no='A01'")
    con.commit()
    con.close()
    assert match_printout(september, printed).kind == "altered"

    # Forging the period's copy of the fingerprint does not help: the audit trail holds the published one.
    con = sqlite3.connect(db.database)
    con.execute("UPDATE period SET fingerprint='0123456789AB' WHERE month='2026-09'")
    con.commit()
    con.close()
    assert match_printout(september, "0123456789AB").kind == "none"


# ------------------------------------------------------------------ restore and recovery


def test_restore_through_the_dialog_function_keeps_a_safety_copy(qtbot, office, admin, db, answers):
    from csperf_desktop.store import backup
    from csperf_desktop.gui.admin.backup_dialogs import restore_from_file
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.store.models import Staff
    from csperf_desktop.office.staff import add_staff

    saved = backup.backup_sqlite(db, Path(db.database).with_name("saved.db"))
    add_staff(admin, employee_no="A09", name="后来", role="agent", team="一组", hire_date="2026-01-01")
    assert Staff.select().count() == 6

    ctx = AppContext(admin)
    ctx.database_location = db.database
    changed = []
    ctx.changed.connect(changed.append)
    answers.confirms.append(True)
    safety = restore_from_file(ctx, None, str(saved))
    assert "5 people" in answers.asked[0]  # the checked summary was shown before confirming
    assert safety is not None and safety.exists()
    assert Staff.select().count() == 5  # the restored database is open again
    assert "database" in changed
    assert str(safety) in answers.infos[-1]
    # The safety copy is the database as it was before: six people.
    con = sqlite3.connect(safety)
    assert con.execute("SELECT COUNT(*) FROM staff").fetchone()[0] == 6
    con.close()


def test_after_restoring_a_database_without_my_account_i_sign_in_again(qtbot, accounts, db, answers,
                                                                       monkeypatch, tmp_path):
    from csperf_desktop.store import backup
    from csperf_desktop.trust import users
    from csperf_desktop.gui.admin import login
    from csperf_desktop.gui.admin.backup_dialogs import restore_database
    from csperf_desktop.gui.shell.context import AppContext

    saved = backup.backup_sqlite(db, tmp_path / "before-new-admin.db")
    users.create_user(accounts, "boss2", "Boss2-pass-1", "admin")
    ctx = AppContext(Actor("boss2", "admin"))
    ctx.database_location = db.database
    asked = []
    monkeypatch.setattr(login, "sign_in", lambda parent=None, username="": asked.append(1))  # cancelled
    assert restore_database(ctx, None, str(saved)) is not None
    assert asked == [1]
    assert ctx.actor == Actor("boss2", "viewer")  # not signed in again: may look, not change
    assert not ctx.can("restore")


def test_restore_needs_an_administrator(qtbot, office, supervisor, db, answers):
    from csperf_desktop.gui.admin.backup_dialogs import restore_from_file
    from csperf_desktop.gui.shell.context import AppContext

    ctx = AppContext(supervisor)
    ctx.database_location = db.database
    assert restore_from_file(ctx, None, db.database) is None
    assert answers.errors


def test_recovery_dialog_restores_the_latest_good_backup_into_a_new_file(qtbot, tmp_path, office, db):
    from csperf_desktop.office import settings
    from csperf_desktop.store.db import close_database, open_database
    from csperf_desktop.base.errors import DatabaseError
    from csperf_desktop.gui.admin.backup_dialogs import RecoveryDialog
    from csperf_desktop.store.models import Staff

    made = settings.automatic_backup(db, "daily")
    assert made is not None
    location = db.database
    close_database()
    damaged = Path(location)
    for extra in (damaged.with_name(damaged.name + "-wal"), damaged.with_name(damaged.name + "-shm")):
        extra.unlink(missing_ok=True)
    garbage = b"this is not a database at all" * 100
    damaged.write_bytes(garbage)
    with pytest.raises(DatabaseError) as failure:
        open_database(location)

    dialog = RecoveryDialog(location, failure.value.message)
    qtbot.addWidget(dialog)
    assert dialog.good == made and dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted, dialog.message.text()
    new = Path(dialog.location)
    assert new != damaged and new.parent == damaged.parent and new.exists()
    assert damaged.read_bytes() == garbage  # the damaged file is never overwritten
    assert Staff.select().count() == 5  # the restored copy is open


def test_recovery_without_a_backup_offers_another_file(qtbot, tmp_path, db):
    from csperf_desktop.gui.admin.backup_dialogs import RecoveryDialog

    foreign = tmp_path / "foreign.db"
    foreign.write_bytes(b"not sqlite")
    dialog = RecoveryDialog(str(foreign), "不是 csperf 数据库", backups_folder=tmp_path / "empty")
    qtbot.addWidget(dialog)
    assert dialog.good is None and not dialog.restore_button.isEnabled()
    dialog.open_other(str(foreign))
    assert dialog.result() != QDialog.Accepted and dialog.message.text()
    dialog.open_other(db.database)
    assert dialog.result() == QDialog.Accepted and dialog.location == db.database


def test_read_only_banner_names_the_holder(qtbot, tmp_path):
    from csperf_desktop.gui.admin.backup_dialogs import read_only_banner
    from csperf_desktop.store.instance_lock import InstanceLock

    first = InstanceLock(tmp_path / "x.db")
    assert first.acquire()
    try:
        second = InstanceLock(tmp_path / "x.db")
        assert not second.acquire()
        banner = read_only_banner(second)
        qtbot.addWidget(banner)
        assert "read-only" in banner.label.text() and "进程" in banner.label.text()
    finally:
        first.release()


# ------------------------------------------------------------------ help, about, Chinese


def test_help_window_shows_the_guide_with_contents_find_and_local_images_only(qtbot, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QImage, QTextDocument

    from csperf_desktop.gui.shell.help_window import GUIDE_DIR, HelpWindow, guide_file

    assert guide_file() == GUIDE_DIR / "guide_zh.md"
    (tmp_path / "images").mkdir()
    image = QImage(3000, 200, QImage.Format_RGB32)  # wider than the window
    image.fill(QColor("#336699"))
    image.save(str(tmp_path / "images" / "shot.png"))
    guide = tmp_path / "guide_zh.md"
    guide.write_text("# csperf 用户指南\n\n## 1. 第一次使用\n\n创建管理员。\n\n![窗口](images/shot.png)\n\n"
                     "## 2. 备份\n\n每天自动备份。\n\n[网站](https://example.com/)\n", encoding="utf-8")
    window = HelpWindow(path=guide)
    qtbot.addWidget(window)
    assert "创建管理员" in window.browser.toPlainText()
    headings = [window.contents.item(i).text().strip() for i in range(window.contents.count())]
    assert headings == ["csperf 用户指南", "1. 第一次使用", "2. 备份"]
    window.find_edit.setText("自动备份")
    assert window.find_next() and window.browser.textCursor().selectedText() == "自动备份"
    window.find_edit.setText("没有这段文字")
    assert not window.find_next() and window.find_message.text()

    assert window.images() == ["images/shot.png"]
    shown = window.browser.loadResource(QTextDocument.ImageResource, QUrl("images/shot.png"))
    assert isinstance(shown, QImage) and 0 < shown.width() < window.width()
    assert window.browser.loadResource(QTextDocument.ImageResource, QUrl("https://example.com/x.png")) is None


def test_about_dialog_names_the_database_and_the_licences(qtbot, ctx):
    from csperf_desktop.gui.shell.about_dialog import AboutDialog

    ctx.database_location = "/data/kefu.db"
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.database_label.text() == "/data/kefu.db"
    assert "PySide6" in dialog.licences.toPlainText() and "LGPL" in dialog.licences.toPlainText()


def test_chinese_trust_dialogs_have_no_untranslated_english(qtbot, qapp, accounts, office, admin):
    from csperf_desktop.gui.shell import i18n
    from csperf_desktop.gui.shell.about_dialog import AboutDialog
    from csperf_desktop.gui.admin.audit_dialog import AuditDialog
    from csperf_desktop.gui.admin.backup_dialogs import ReadOnlyBanner, RecoveryDialog
    from csperf_desktop.gui.printing.check_printout import CheckPrintoutDialog
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.admin.first_run import FirstRunDialog
    from csperf_desktop.gui.shell.help_window import HelpWindow
    from csperf_desktop.gui.admin.login import LoginDialog
    from csperf_desktop.gui.admin.users_dialog import AddUserDialog, PasswordDialog, UsersDialog

    from gui_texts import english_words, visible_texts

    i18n.install(qapp, "zh_CN")
    try:
        ctx = AppContext(accounts)
        ctx.database_location = "/data/kefu.db"
        dialogs = [LoginDialog(), LoginDialog(locked_user="王主管"), FirstRunDialog(), UsersDialog(ctx),
                   AddUserDialog(ctx), PasswordDialog(ctx, "boss"), PasswordDialog(ctx, "qa1"), AuditDialog(ctx),
                   CheckPrintoutDialog(ctx), RecoveryDialog("/tmp/x.db", "损坏"), ReadOnlyBanner("PC-1（进程 42）"),
                   HelpWindow(), AboutDialog(ctx)]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            leftovers = [(type(dialog).__name__, kind, text) for kind, text in visible_texts(dialog)
                         if set(english_words(text)) - PRODUCT_NAMES and not _is_data(text)]
            assert leftovers == []
    finally:
        i18n.install(qapp, "en")


PRODUCT_NAMES = {"Excel", "xlsx", "xls", "ods", "PostgreSQL", "admin", "sup", "boss", "setup"}  # names; user names are data


def _is_data(text: str) -> bool:
    """Paths and version strings are data, not interface text."""
    return "/" in text or "\\" in text or "Qt " in text or "PySide6" in text


def test_back_up_now_writes_a_checked_copy_and_says_where(qtbot, office, supervisor, db, answers, tmp_path):
    from csperf_desktop.store import backup
    from csperf_desktop.gui.admin.backup_dialogs import back_up_now
    from csperf_desktop.gui.shell.context import AppContext

    ctx = AppContext(supervisor)
    ctx.database_location = db.database
    dest = tmp_path / "by-hand.db"
    op = back_up_now(ctx, None, dest=str(dest))
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert op.error is None
    assert backup.check_backup_file(dest)["staff"] == 5
    assert str(dest) in answers.infos[-1]


def test_a_viewer_cannot_back_up(qtbot, office, viewer, db, answers, tmp_path):
    from csperf_desktop.gui.admin.backup_dialogs import back_up_now
    from csperf_desktop.gui.shell.context import AppContext

    ctx = AppContext(viewer)
    ctx.database_location = db.database
    op = back_up_now(ctx, None, dest=str(tmp_path / "no.db"))
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert op.error is not None and answers.errors
    assert not (tmp_path / "no.db").exists()


def test_every_audit_action_the_core_writes_has_a_readable_label():
    import re

    from csperf_desktop.gui.admin.audit_dialog import ACTIONS

    core = Path(__file__).resolve().parents[3] / "csperf_desktop"
    patterns = [r'tx\.audit\(\s*"([a-z_]+)"', r'tx\.audit\(\s*"[a-z_]+" if [^"]+ else "([a-z_]+)"',
                r'audit\.record\(\s*\w+,\s*"([a-z_]+)"', r'audit\.record\(\s*\w+,\s*"[a-z_]+" if \w+ else "([a-z_]+)"',
                r'_save\(tx, \w+, \w+, "([a-z_]+)"']
    found = set()
    for source in core.rglob("*.py"):
        if "gui" in source.parts:
            continue
        text = source.read_text(encoding="utf-8")
        for pattern in patterns:
            found.update(re.findall(pattern, text))
    assert {"add_event", "disable_user", "reset_password", "save_ratings"} <= found  # the patterns still match
    assert sorted(found - set(ACTIONS)) == []


def test_every_figure_and_staff_field_has_a_readable_label_in_the_audit_viewer(qapp):
    from csperf_desktop.monthly import figures
    from csperf_desktop.office import staff
    from csperf_desktop.gui.admin.audit_dialog import field_label

    for key in list(figures.FIELDS) + list(staff.FIELDS):
        assert field_label(key) != key, key


def test_an_unreachable_shared_database_offers_no_restore(qtbot, tmp_path):
    from csperf_desktop.gui.admin.backup_dialogs import RecoveryDialog

    dialog = RecoveryDialog("postgresql://kefu@server/csperf", "无法连接 PostgreSQL 数据库")
    qtbot.addWidget(dialog)
    assert dialog.good is None and not dialog.restore_button.isEnabled()
    assert "server" in dialog.advice.text()
