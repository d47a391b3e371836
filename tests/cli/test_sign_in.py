"""The command line signs in when the office asks for it (setting ``cli_sign_in``) or
``--user`` is given; otherwise it acts as administrator under the operating-system name."""

from __future__ import annotations

import io

import pytest

from csperf_desktop.cli import main
from csperf_desktop.office import settings
from csperf_desktop.store.models import AuditEntry, Period, User
from csperf_desktop.trust import users


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


@pytest.fixture
def accounts(db, db_location, monkeypatch):
    """boss (admin), sup (supervisor), qa1 (QA inspector), two agents; the OS user claims to be "admin"."""
    from csperf_desktop.office.staff import add_staff

    users.create_first_admin("boss", "Boss-pass-1", "老板")
    boss = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.create_user(boss, "sup", "Sup-pass-12", "supervisor", "主管")
    users.create_user(boss, "qa1", "Qa-pass-123", "qa", "质检")
    for no, name in (("A01", "甲"), ("A02", "乙")):
        add_staff(boss, employee_no=no, name=name, role="agent", team="一组", hire_date="2020-01-01")
    monkeypatch.setenv("USERNAME", "admin")
    monkeypatch.setenv("USER", "admin")
    return boss


def stdin(monkeypatch, text: str, tty: bool = False):
    stream = io.StringIO(text)
    stream.isatty = lambda: tty
    monkeypatch.setattr("sys.stdin", stream)


def publish(db_location, *extra):
    return main(["publish", "--db", db_location, "--month", "2026-09", "--anyway", "月底核对完毕", *extra])


def last_actor(action):
    return AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id.desc()).first().actor


def test_without_the_setting_the_command_line_acts_as_administrator_named_by_the_environment(accounts, db_location,
                                                                                           monkeypatch):
    stdin(monkeypatch, "")
    assert publish(db_location) == 0
    assert last_actor("publish_month") == "cli:admin"


def test_with_the_setting_a_command_without_a_user_is_refused_and_changes_nothing(accounts, db_location, monkeypatch,
                                                                                   capsys):
    settings.update_settings(accounts, {"cli_sign_in": True})
    stdin(monkeypatch, "")
    assert publish(db_location) == 2
    err = capsys.readouterr().err
    assert "要求命令行登录" in err and "--password-stdin" in err and err.count("\n") == 1
    assert Period.for_month("2026-09").status == "open"


def test_a_script_signs_in_with_the_password_on_standard_input_and_the_audit_names_the_account(accounts, db_location,
                                                                                                monkeypatch):
    settings.update_settings(accounts, {"cli_sign_in": True})
    stdin(monkeypatch, "Sup-pass-12\n")
    assert publish(db_location, "--user", "sup", "--password-stdin") == 0
    assert last_actor("publish_month") == "sup"  # not the environment's "admin"
    assert Period.for_month("2026-09").status == "published"


def test_a_wrong_password_is_refused_and_counted(accounts, db_location, monkeypatch, capsys):
    settings.update_settings(accounts, {"cli_sign_in": True})
    stdin(monkeypatch, "not-the-password\n")
    assert publish(db_location, "--user", "sup", "--password-stdin") == 2
    assert "用户名或密码不对" in capsys.readouterr().err
    assert Period.for_month("2026-09").status == "open"
    assert User.get(User.username == "sup").failed_logins == 1


def test_the_signed_in_role_applies_on_the_command_line(accounts, db_location, monkeypatch, capsys):
    settings.update_settings(accounts, {"cli_sign_in": True})
    stdin(monkeypatch, "Qa-pass-123\n")
    assert publish(db_location, "--user", "qa1", "--password-stdin") == 2
    assert "无权公示月度成绩" in capsys.readouterr().err
    assert Period.for_month("2026-09").status == "open"


def test_at_a_terminal_the_user_name_and_password_are_asked(accounts, db_location, monkeypatch):
    settings.update_settings(accounts, {"cli_sign_in": True})
    stdin(monkeypatch, "sup\n", tty=True)
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": asked.append(prompt) or "Sup-pass-12")
    assert publish(db_location) == 0
    assert asked == ["sup 的密码："] and last_actor("publish_month") == "sup"


def test_user_without_the_setting_still_signs_in(accounts, db_location, monkeypatch):
    stdin(monkeypatch, "Sup-pass-12\n")
    assert publish(db_location, "--user", "sup", "--password-stdin") == 0
    assert last_actor("publish_month") == "sup"


def test_password_stdin_needs_a_user(accounts, db_location, monkeypatch, capsys):
    stdin(monkeypatch, "Sup-pass-12\n")
    assert publish(db_location, "--password-stdin") == 2
    assert "--user" in capsys.readouterr().err


def test_only_an_administrator_decides_the_setting_and_only_with_an_administrator_account(db, admin, supervisor):
    from csperf_desktop.base.errors import PermissionDenied, ValidationError

    with pytest.raises(ValidationError, match="还没有管理员账户"):
        settings.update_settings(admin, {"cli_sign_in": True})
    users.create_first_admin("boss", "Boss-pass-1")
    with pytest.raises(PermissionDenied, match="无权管理用户"):
        settings.update_settings(supervisor, {"cli_sign_in": True})
    assert settings.update_settings(admin, {"cli_sign_in": True}).cli_sign_in is True
    settings.update_settings(supervisor, {"company_name": "新公司"})  # other settings stay the supervisor's


@pytest.mark.sqlite_only  # restoring a file: PostgreSQL restores with pg_restore
def test_with_the_setting_restoring_a_backup_needs_an_administrator_signed_in(accounts, db_location, monkeypatch,
                                                                               capsys, tmp_path):
    from csperf_desktop.store.backup import backup_sqlite
    from csperf_desktop.store.db import close_database, open_database
    from csperf_desktop.store.models import database_proxy

    settings.update_settings(accounts, {"cli_sign_in": True})
    copy = tmp_path / "copy.db"
    backup_sqlite(database_proxy.obj, copy)
    close_database()
    stdin(monkeypatch, "")
    assert main(["restore", "--db", db_location, str(copy)]) == 2
    assert "要求命令行登录" in capsys.readouterr().err
    stdin(monkeypatch, "Qa-pass-123\n")
    assert main(["restore", "--db", db_location, "--user", "qa1", "--password-stdin", str(copy)]) == 2
    assert "恢复备份" in capsys.readouterr().err
    stdin(monkeypatch, "Boss-pass-1\n")
    assert main(["restore", "--db", db_location, "--user", "boss", "--password-stdin", str(copy)]) == 0
    assert "已从" in capsys.readouterr().out
    open_database(db_location)


def test_the_database_option_holds_before_or_after_a_nested_command(accounts, db_location, monkeypatch, capsys):
    stdin(monkeypatch, "")
    assert main(["users", "--db", db_location]) == 0
    assert "boss" in capsys.readouterr().out
    # both reach this database (and its account sup, which is not locked), wherever --db stands
    assert main(["users", "--db", db_location, "unlock", "sup"]) == 2
    assert "“sup”没有被锁定" in capsys.readouterr().err
    assert main(["users", "unlock", "sup", "--db", db_location]) == 2
    assert "“sup”没有被锁定" in capsys.readouterr().err


def test_anchors_takes_the_database_before_or_after_its_sub_command(accounts, db_location, monkeypatch, capsys):
    stdin(monkeypatch, "")
    assert main(["anchors", "--db", db_location, "show"]) == 0
    first = capsys.readouterr().out
    assert main(["anchors", "show", "--db", db_location]) == 0
    assert capsys.readouterr().out == first and first.startswith("链 ")
