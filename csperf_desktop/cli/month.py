"""The month from the command line: demo, init, standings, publish, close, reopen."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .common import (
    DB, UsageError, cli_actor, command, is_open_month, month_from_args, month_not_begun, open_from_args,
)


def register(sub) -> None:
    s = sub.add_parser("demo", help="create a demo office in a new database", parents=[DB])
    s.add_argument("--force", action="store_true", help="replace the file if it exists")

    s = sub.add_parser("init", help="create an empty database: default rulebook and settings, no people", parents=[DB])
    s.add_argument("--company", help="company name printed on the bulletin and the scorecards")

    s = sub.add_parser("standings", help="a month's standings", parents=[DB])
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("publish", help="publish (lock) a month and open the appeal window", parents=[DB])
    s.add_argument("--month", required=True)
    s.add_argument("--anyway", metavar="REASON",
                   help="publish despite open checklist items (not pending proposals); the reason is audited")

    s = sub.add_parser("close", help="close a published month after its appeal window", parents=[DB])
    s.add_argument("--month", required=True)

    s = sub.add_parser("reopen", help="reopen a published or closed month (admin)", parents=[DB])
    s.add_argument("--month", required=True)
    s.add_argument("--reason", required=True)


@command("demo", "create a demo office")
def cmd_demo(args) -> int:
    from ..store.db import close_database
    from ..devtools.demo import build_demo

    target = getattr(args, "sub_db", None) or args.db
    if not target:
        raise UsageError("请用 --db 指定要创建的演示数据库文件，例如：demo --db /tmp/demo.db")
    path = Path(target)
    if path.exists():
        if not args.force:
            raise UsageError(f"文件“{path}”已存在。换一个文件名，或加 --force 覆盖。")
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    open_from_args(args, create=True)
    build_demo()
    close_database()
    print(f"演示数据库已创建：{path}")
    return 0


@command("init", "create an empty database")
def cmd_init(args) -> int:
    """A new, empty office: the default rulebook and settings, the company name if given
    (through the settings service, audited). Never touches an existing file."""
    from ..office import settings
    from ..store.db import close_database, is_postgres

    target = getattr(args, "sub_db", None) or args.db
    if not target:
        raise UsageError("请用 --db 指定要创建的数据库文件，例如：init --db /tmp/office.db")
    if is_postgres(target):
        raise UsageError("PostgreSQL 数据库不用 init：第一台连接它的电脑会自动建表。")
    path = Path(target).expanduser()
    if path.exists() or Path(str(path) + "-wal").exists():
        raise UsageError(f"文件“{path}”已存在，init 不会改动已有的文件。请换一个文件名。")
    if not path.parent.is_dir():
        raise UsageError(f"文件夹“{path.parent}”不存在。请先创建它，或换一个位置。")
    company = None
    if args.company is not None:
        company = settings.coerce("company_name", args.company)
        if not company:
            raise UsageError("--company 不能为空；不写则用默认名称，以后可在设置中修改。")
    open_from_args(args, create=True)
    try:
        if company:
            settings.update_settings(cli_actor(), {"company_name": company})
        name = settings.load().company_name
    finally:
        close_database()
    print(f"空数据库已创建：{path}（公司：{name}）。下一步：导入人员名单，或启动程序时用 --db 打开它。")
    return 0


@command("standings", "a month's standings")
def cmd_standings(args) -> int:
    from ..monthly.periods import get_period
    from ..monthly.standings import standings
    from ..base.vocab import PERIOD_STATUS, UNRANKED_ZH, revision_label, zh

    month = month_from_args(args)
    open_from_args(args)
    rows = standings(month)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return 0
    period = get_period(month)
    print(f"{month.label_zh}  状态：{zh(PERIOD_STATUS, period.status)}"
          + (f"  {revision_label(period.revision)}" if period.revision else ""))
    print(f"{'名次':>4} {'工号':<8} {'姓名':<6} {'加分':>4} {'扣分':>4} {'得分':>4}  备注")
    for r in rows:
        marks = []
        if r.award:
            marks.append(f"优秀奖 {r.award_amount}元")
        if r.warning:
            marks.append("预警")
        if r.serious:
            marks.append("严重违规")
        if not r.ranked:
            marks.insert(0, UNRANKED_ZH)
        rank = r.rank if r.ranked else "—"
        print(f"{rank:>4} {r.employee_no:<8} {r.name:<6} {r.bonus:>4} {r.deduction:>4} {r.final:>4}  {' '.join(marks)}")
    return 0


def backup_failed_after(done: str) -> int:
    """0; or, when the automatic backup after the change failed, 3 with the failure and the fix on
    stderr (the change itself stands: it was committed before the backup was taken)."""
    from ..store.backup import take_automatic_backup_failure

    failure = take_automatic_backup_failure()
    if not failure:
        return 0
    print(f"警告：{done}，但随后的自动备份失败：{failure}解决后请运行 backup --out 文件名 手动备份一次。",
          file=sys.stderr)
    return 3


@command("publish", "publish a month")
def cmd_publish(args) -> int:
    from ..base.text import fmt_local
    from ..monthly.lifecycle import publish_month
    from ..base.vocab import revision_label

    from ..monthly.month_end import checklist

    month = month_from_args(args)
    open_from_args(args)
    items = checklist(month).open_items if is_open_month(month) and not month_not_begun(month) else []
    if any(i.blocking for i in items) or (items and not (args.anyway or "").strip()):
        print(f"错误：{month.label_zh}还有 {len(items)} 项未处理，没有公示"
              "（待处理的建议请用 proposals confirm / dismiss 处理；其余各项可用 --anyway 理由 仍然公示）：",
              file=sys.stderr)
        for i in items:
            print(f"{'[阻止]' if i.blocking else '[需理由]'} {i.text}", file=sys.stderr)
        return 2
    from ..store.backup import take_automatic_backup_failure

    take_automatic_backup_failure()  # one from before this command is not this one's
    period = publish_month(cli_actor(), month, anyway=args.anyway)
    print(f"{month.label_zh}已公示（{revision_label(period.revision)}），复核申请截止：{fmt_local(period.appeal_deadline)}")
    return backup_failed_after(f"{month.label_zh}已公示，公示有效")


@command("close", "close a month")
def cmd_close(args) -> int:
    from ..monthly.lifecycle import close_month

    month = month_from_args(args)
    open_from_args(args)
    close_month(cli_actor(), month)
    print(f"{month.label_zh}已结束。")
    return 0


@command("reopen", "reopen a month")
def cmd_reopen(args) -> int:
    from ..monthly.lifecycle import reopen_month

    month = month_from_args(args)
    open_from_args(args)
    reopen_month(cli_actor(), month, args.reason)
    print(f"{month.label_zh}已重新开放。")
    return 0
