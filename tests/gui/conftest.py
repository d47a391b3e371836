"""GUI fixtures: settings in a temporary folder, scripted answers to dialogs,
and a main window over a test database.

pytest-qt provides the shared QApplication (offscreen, see tests/conftest.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path, qapp):
    """Window geometry, last tab and language go to a temporary INI file."""
    QCoreApplication.setOrganizationName("csperf-tests")
    QCoreApplication.setApplicationName("csperf-tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    from csperf_desktop.gui.shell import i18n

    i18n.install(qapp, "en")
    yield tmp_path / "qsettings"
    QSettings().clear()


@pytest.fixture(scope="session", autouse=True)
def no_stray_message_boxes():
    """A background job that reports back after its test has ended (its ``answers`` gone)
    must not open a real, modal message box: that would stop the whole run. Such late
    messages are only collected."""
    from csperf_desktop.gui.shell import messages

    late: list[str] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(messages, "error", lambda parent, message, title=None: late.append(message))
        mp.setattr(messages, "info", lambda parent, message, title=None: late.append(message))
        mp.setattr(messages, "confirm", lambda parent, title, message, ok_text=None: False)
        mp.setattr(messages, "ask_text", lambda parent, title, prompt, text="": None)
        yield late


class Answers:
    """Stands in for the person in front of message boxes: records what was
    shown and gives the scripted answers."""

    def __init__(self):
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.texts: list = []  # answers for ask_text, in order (None = cancel)
        self.confirms: list[bool] = []
        self.asked: list[str] = []


@pytest.fixture
def answers(monkeypatch):
    from csperf_desktop.gui.shell import messages

    a = Answers()
    monkeypatch.setattr(messages, "error", lambda parent, message, title=None: a.errors.append(message))
    monkeypatch.setattr(messages, "info", lambda parent, message, title=None: a.infos.append(message))

    def ask_text(parent, title, prompt, text=""):
        a.asked.append(prompt)
        return a.texts.pop(0) if a.texts else None

    def confirm(parent, title, message, ok_text=None):
        a.asked.append(message)
        return a.confirms.pop(0) if a.confirms else False

    monkeypatch.setattr(messages, "ask_text", ask_text)
    monkeypatch.setattr(messages, "confirm", confirm)
    return a


@pytest.fixture
def ctx(qapp):
    from csperf_desktop.gui.shell.context import AppContext

    return AppContext()


@pytest.fixture
def make_window(qtbot, answers):
    """Build a main window over the current database (call again to "restart")."""
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.shell.main_window import MainWindow

    def make():
        window = MainWindow(AppContext())
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return make
