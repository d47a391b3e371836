"""Qt's own dialogs (file picker, standard buttons) speak Chinese with the Chinese interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from csperf_desktop.gui.shell import i18n


def test_the_file_dialog_and_standard_buttons_are_chinese(qapp, qtbot):
    i18n.install(qapp, "zh_CN")
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert not {"&Look in:", "Files of &type:", "Look in:", "Files of type:"} & labels
        assert {"查找范围(&L)：", "文件类型(&T)："} <= labels
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        texts = {b.text() for b in buttons.buttons()}
        assert texts == {"确定", "取消"}
    finally:
        i18n.install(qapp, "en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
