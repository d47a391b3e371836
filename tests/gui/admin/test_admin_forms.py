"""The administration windows are built from their Designer forms, read wholly in Chinese,
and keep a top-to-bottom tab order where code adds rows to a form (the password rows,
the generated settings) after the form was set up."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from gui_texts import english_words, visible_texts


def focus_chain(window: QWidget) -> list[str]:
    """The object names Tab walks through, in order (hidden and disabled widgets left out)."""
    names, widget = [], window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() & Qt.TabFocus and widget.isVisibleTo(window) and widget.isEnabled():
            names.append(widget.objectName() or type(widget).__name__)
        widget = widget.nextInFocusChain()
    return names


def english_left(window: QWidget) -> list[tuple[str, str]]:
    # File paths and extensions, and the example user name "admin", are not interface text.
    return [(kind, text) for kind, text in visible_texts(window)
            if english_words(re.sub(r"\S*/\S*|\.(xlsx|xls|ods|db)\b", "", text).replace("admin", ""))]


@pytest.fixture
def chinese(qapp):
    from csperf_desktop.gui.shell import i18n

    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def test_admin_windows_come_from_their_forms_and_show_no_english(qtbot, demo_db, ctx, chinese, tmp_path,
                                                                  monkeypatch):
    from csperf_desktop.gui.admin import users_dialog
    from csperf_desktop.gui.admin.audit_dialog import AuditDialog
    from csperf_desktop.gui.admin.backup_dialogs import ReadOnlyBanner, RecoveryDialog
    from csperf_desktop.gui.admin.first_run import FirstRunDialog
    from csperf_desktop.gui.admin.login import LoginDialog, _Cover
    from csperf_desktop.gui.admin.settings_dialog import SettingsDialog

    host = QWidget()
    qtbot.addWidget(host)
    windows = [FirstRunDialog(None, str(tmp_path / "new.db")),
               FirstRunDialog(None, str(tmp_path / "old.db"), existing=True),
               LoginDialog(None, "boss"), LoginDialog(None, locked_user="qa1"), AuditDialog(ctx),
               users_dialog.UsersDialog(ctx), users_dialog.AddUserDialog(ctx),
               users_dialog.PasswordDialog(ctx, ctx.actor.username), users_dialog.PasswordDialog(ctx, "qa1"),
               RecoveryDialog(str(tmp_path / "damaged.db"), "数据库文件已损坏。", None, tmp_path),
               ReadOnlyBanner("PC-01"), SettingsDialog(ctx), _Cover(host)]
    for window in windows:
        if window is not windows[-1]:
            qtbot.addWidget(window)
        assert type(window.ui).__name__.startswith("Ui_"), type(window).__name__
        assert english_left(window) == [], type(window).__name__
    assert windows[-1].ui.label.text() == "已锁定"

    # The role picker a double click opens is a form too.
    shown = []

    class Picker(users_dialog.QDialog):
        def exec(self):
            shown.append((self.windowTitle(), english_left(self), self.findChild(users_dialog.QComboBox, "role")))
            return users_dialog.QDialog.Rejected

    monkeypatch.setattr(users_dialog, "QDialog", Picker)
    users = windows[5]
    monkeypatch.setattr(users, "selected", lambda: type("U", (), {"username": "qa1", "role": "qa"})())
    users.change_role()
    assert [(title, left, combo.currentData()) for title, left, combo in shown] == [("qa1 的角色", [], "qa")]


def test_password_rows_keep_their_place_in_the_tab_order(qtbot, demo_db, ctx, tmp_path):
    from csperf_desktop.gui.admin.first_run import FirstRunDialog
    from csperf_desktop.gui.admin.users_dialog import AddUserDialog, PasswordDialog

    welcome = FirstRunDialog(None, str(tmp_path / "new.db"))
    add = AddUserDialog(ctx)
    own = PasswordDialog(ctx, ctx.actor.username)
    reset = PasswordDialog(ctx, "qa1")
    for dialog in (welcome, add, own, reset):
        qtbot.addWidget(dialog)
    assert focus_chain(welcome)[:5] == ["adminUsername", "adminDisplayName", "newPassword", "newPasswordAgain",
                                        "companyName"]
    assert focus_chain(add)[:5] == ["username", "displayName", "role", "newPassword", "newPasswordAgain"]
    assert focus_chain(own)[:3] == ["oldPassword", "newPassword", "newPasswordAgain"]
    # Resetting someone else's password asks no current password: that row is not there at all.
    assert focus_chain(reset)[:2] == ["newPassword", "newPasswordAgain"]
    assert not reset.old.isVisibleTo(reset) and reset.ui.resetNote.isVisibleTo(reset)
    assert "qa1" in reset.ui.resetNote.text()
    assert own.ui.oldPasswordLabel.isVisibleTo(own) and not own.ui.resetNote.isVisibleTo(own)


def test_settings_buttons_come_after_every_generated_field(qtbot, demo_db, ctx):
    from csperf_desktop.gui.admin.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    chain = focus_chain(dialog)
    save = dialog.buttons.button(QDialogButtonBox.Save)
    cancel = dialog.buttons.button(QDialogButtonBox.Cancel)
    save.setObjectName("save")
    cancel.setObjectName("cancel")
    chain = focus_chain(dialog)
    assert chain[-2:] == ["save", "cancel"]
    assert len(chain) > len(dialog.widgets)  # every field was walked through before them


def test_audit_detail_rows_are_sized_for_the_shown_columns(qtbot, demo_db, ctx):
    """A form's table is narrow until the window is shown; wrapped detail rows sized then would be too tall."""
    from csperf_desktop.gui.admin.audit_dialog import AuditDialog

    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.diff_view
    assert view.model().rowCount() > 3
    assert view.width() > 600
    rows = range(view.model().rowCount())
    shown = [view.rowHeight(r) for r in rows]
    view.resizeRowsToContents()  # what the columns as shown ask for
    assert shown == [view.rowHeight(r) for r in rows]
