"""Versioned schema migrations, applied in order at start-up.

A new database is created at the latest version in one transaction. An
existing one older than the program is first backed up (SQLite online backup
API, next to the file), then migrated one step per transaction. A database
newer than the program is refused.
"""

from __future__ import annotations

from pathlib import Path

import peewee as pw

from . import clock
from .errors import DatabaseError, SchemaTooNew


def _step_1_initial(database: pw.Database) -> None:
    from . import models
    from .rulebook import seed_rules
    from .spotchecks import seed_checklist
    from .annual.templates import seed_templates

    database.create_tables(models.ALL_MODELS)
    seed_rules(models.Rule)
    seed_checklist(models.ChecklistItem)
    seed_templates(models.AnnualTemplate)


# (version, description, function). Append new steps; never edit a released one.
MIGRATIONS: list[tuple[int, str, callable]] = [
    (1, "initial schema and default rulebook", _step_1_initial),
]

LATEST = MIGRATIONS[-1][0]


def current_version(database: pw.Database) -> int:
    """0 for an empty database; raises for a database that is not csperf's."""
    tables = set(database.get_tables())
    if "schema_version" not in tables:
        if tables:
            raise DatabaseError(
                "这个数据库不是 csperf 创建的（没有版本表）。请选择 csperf 的数据库文件，或新建一个。"
            )
        return 0
    row = database.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(database: pw.Database, *, backup_before_migrate: bool = True) -> int:
    """Bring the schema to LATEST; return the version found before."""
    from .models import SchemaVersion

    found = current_version(database)
    if found > LATEST:
        raise SchemaTooNew(
            f"这个数据库由较新版本的 csperf 创建（数据库版本 {found}，本程序支持到 {LATEST}）。"
            "请升级 csperf 后再打开。"
        )
    if found == LATEST:
        return found
    if found > 0 and backup_before_migrate and isinstance(database, pw.SqliteDatabase):
        _backup_before(database, found)
    for version, _desc, step in MIGRATIONS:
        if version <= found:
            continue
        with database.atomic():
            step(database)
            SchemaVersion.create(version=version, applied_at=clock.now_utc())
    return found


def _backup_before(database: pw.SqliteDatabase, version: int) -> Path | None:
    from .backup import backup_sqlite, timestamped_name

    if database.database == ":memory:":
        return None
    src = Path(database.database)
    dest = src.with_name(f"{src.stem}-before-v{version + 1}-" + timestamped_name("backup"))
    return backup_sqlite(database, dest)
