"""``users add`` refuses every argument it can before it asks for a password."""

from __future__ import annotations

import io

import pytest

from csperf_desktop.cli import main
from csperf_desktop.store.models import User
from csperf_desktop.trust import users


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


@pytest.fixture
def office(db, db_location, monkeypatch):
    users.create_first_admin("boss", "Boss-pass-1", "老板")
    boss = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.create_user(boss, "qa1", "Qa-pass-123", "qa", "质检")
    return db_location


@pytest.fixture
def terminal(monkeypatch):
    """A terminal on stdin whose password prompt must never be reached."""
    asked = []

    def getpass(prompt=""):
        asked.append(prompt)
        raise AssertionError(f"asked for a password: {prompt}")

    def attach(text=""):
        stream = io.StringIO(text)
        stream.isatty = lambda: True
        monkeypatch.setattr("sys.stdin", stream)
        return asked

    monkeypatch.setattr("getpass.getpass", getpass)
    return attach


def _refused(capsys, argv) -> str:
    capsys.readouterr()
    assert main(argv) == 2, argv
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), err
    return lines[0]


@pytest.mark.parametrize("argv, said", [
    (["carol", "--role", "boss"], "角色“boss”无效"),
    (["qa1", "--role", "qa"], "用户名“qa1”已存在"),
    (["a b!", "--role", "qa"], "用户名 2–32 位"),
    (["carol", "--role", "qa", "--display-name", "长" * 101], "显示名"),
])
def test_a_bad_argument_is_refused_before_the_password_is_asked(office, terminal, capsys, argv, said):
    asked = terminal()
    line = _refused(capsys, ["users", "add", *argv, "--db", office])
    assert said in line
    assert asked == []
    assert User.select().count() == 2


def test_an_account_without_the_right_is_refused_before_the_password_is_asked(office, terminal, capsys):
    asked = terminal("Qa-pass-123\n")
    line = _refused(capsys, ["users", "add", "carol", "--role", "qa", "--db", office,
                             "--user", "qa1", "--password-stdin"])
    assert "无权" in line and asked == []


def test_good_arguments_still_create_the_account(office, monkeypatch, capsys):
    stream = io.StringIO("Carol-pass-1\n")
    stream.isatty = lambda: False
    monkeypatch.setattr("sys.stdin", stream)
    assert main(["users", "add", "carol", "--role", "supervisor", "--new-password-stdin", "--db", office]) == 0
    assert "已创建账户“carol”" in capsys.readouterr().out
    assert users.authenticate("carol", "Carol-pass-1", users.LoginThrottle()).role == "supervisor"
