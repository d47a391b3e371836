"""The exam bank on the command line.

    exam-bank import FILE.xlsx [--dry-run]      all or nothing; problems by row and column
    exam-bank export --out FILE.xlsx            the whole bank (re-importable: 编号 updates)
    exam-bank template --out FILE.xlsx          an empty template with two examples
    exam-bank list [--json]
    exam draw --exam ID --count N [--seed S] [--avoid-months 3] [--area orders,after_sales,daily]
    exam compose --exam ID --questions 3,8,12 [--seed S]
    exam paper --exam ID --out FILE.pdf [--version A|B] [--part paper|sheet|key|all]
    exam answers-template --exam ID --out FILE.xlsx
    exam answers --exam ID FILE.xlsx            marked answers → the exam's results
    exam answers-clear --exam ID                delete the marked answers (to change the paper)
    exam analysis --exam ID [--json]
    exam coach --exam ID --staff KF001          a coaching note on the person's weak topics
"""

from __future__ import annotations

import json

from .common import DB, Parser, UsageError, cli_actor, command, open_from_args, whole_number

EXAM_ACTIONS = ("draw", "compose", "paper", "answers-template", "answers", "answers-clear", "analysis", "coach")


def register(sub) -> None:
    p = sub.add_parser("exam-bank", help="the exam question bank: import, export, template, list")
    acts = p.add_subparsers(dest="action", parser_class=Parser, required=True)
    s = acts.add_parser("import", help="import questions from Excel (all or nothing)", parents=[DB])
    s.add_argument("file")
    s.add_argument("--dry-run", dest="dry_run", action="store_true", help="check only, write nothing")
    s = acts.add_parser("export", help="the whole bank as an Excel workbook", parents=[DB])
    s.add_argument("--out", required=True)
    s = acts.add_parser("template", help="an empty bank template", parents=[DB])
    s.add_argument("--out", required=True)
    s = acts.add_parser("list", help="list the bank's questions", parents=[DB])
    s.add_argument("--json", action="store_true")


def add_exam_actions(acts) -> None:
    """The bank's actions of the ``exam`` command (which also adds, enters results and shows stats)."""
    s = acts.add_parser("draw", help="draw a balanced paper from the bank and save versions A and B", parents=[DB])
    s.add_argument("--exam", required=True, type=whole_number)
    s.add_argument("--count", required=True, type=whole_number, help="number of questions")
    s.add_argument("--seed", type=whole_number, default=1, help="the same seed gives the same paper")
    s.add_argument("--avoid-months", dest="avoid_months", type=whole_number, default=3,
                   help="leave out questions used in the last N months (0: none left out)")
    s.add_argument("--area", default="", help="only these areas, comma separated (orders, after_sales, daily or 接单, 售后, 日常工作)")
    s = acts.add_parser("compose", help="save a paper of questions picked by hand (versions A and B)", parents=[DB])
    s.add_argument("--exam", required=True, type=whole_number)
    s.add_argument("--questions", required=True, help="question numbers in the bank, comma separated")
    s.add_argument("--seed", type=whole_number, default=1)
    s = acts.add_parser("paper", help="print the paper, the answer sheet or the key (A4 PDF)", parents=[DB])
    s.add_argument("--exam", required=True, type=whole_number)
    s.add_argument("--out", required=True)
    s.add_argument("--version", default="A", help="A or B")
    s.add_argument("--part", default="paper", help="paper | sheet | key | all")
    s = acts.add_parser("answers-template", help="an Excel grid to type the answers into", parents=[DB])
    s.add_argument("--exam", required=True, type=whole_number)
    s.add_argument("--out", required=True)
    s = acts.add_parser("answers", help="import marked answers; the totals become the exam's results", parents=[DB])
    s.add_argument("--exam", required=True, type=whole_number)
    s.add_argument("file")
    s = acts.add_parser("answers-clear", help="delete the exam's marked answers (the results stay)", parents=[DB])
    s.add_argument("--exam", required=True, type=whole_number)
    s = acts.add_parser("analysis", help="item analysis: difficulty, discrimination, flags, weak topics",
                        parents=[DB])
    s.add_argument("--exam", required=True, type=whole_number)
    s.add_argument("--json", action="store_true")
    s = acts.add_parser("coach", help="record a coaching note on a person's weak topics in a marked exam",
                        parents=[DB])
    s.add_argument("--exam", required=True, type=whole_number)
    s.add_argument("--staff", required=True, help="employee number")


def _ids(text: str) -> list[int]:
    out = []
    for part in (text or "").replace("，", ",").split(","):
        part = part.strip().lstrip("#")
        if not part:
            continue
        try:
            out.append(whole_number(part))
        except Exception:
            raise UsageError(f"--questions 中的“{part}”不是题号：请写题库编号，用逗号隔开，例如 3,8,12") from None
    return out


@command("exam-bank", "the exam question bank")
def cmd_exam_bank(args) -> int:
    from ..exambank import bank
    from ..excel import exambank_io as io

    open_from_args(args)
    if args.action == "import":
        added, updated = io.import_bank(cli_actor(), args.file, dry_run=args.dry_run)
        verb = "检查通过，可以导入" if args.dry_run else "已导入"
        print(f"{verb}：新增 {added} 题，修改 {updated} 题。")
        return 0
    if args.action in ("export", "template"):
        path = io.export_bank(args.out) if args.action == "export" else io.save_bank_template(args.out)
        print(f"已保存：{path}")
        return 0
    rows = bank.questions()
    if args.json:
        print(json.dumps([{"id": r.id, "area": r.area, "topic": r.topic, "type": r.qtype, "text": r.text,
                           "options": list(r.options), "answer": r.answer, "points": r.points,
                           "difficulty": r.difficulty, "last_used": r.last_used.isoformat() if r.last_used else None,
                           "active": r.active} for r in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("题库是空的。用 exam-bank template --out 模板.xlsx 取得模板，填好后 exam-bank import。")
    for r in rows:
        off = "" if r.active else " [停用]"
        print(f"#{r.id} {r.area_zh}/{r.topic or '—'} {r.type_zh} {r.points}分 {r.difficulty_zh}{off}：{r.text[:40]}")
    return 0


def run_exam_action(args) -> int:
    from ..exambank import analysis, papers
    from ..exambank.bank import area_zh
    from ..monthly.exams import find_exam

    open_from_args(args)
    actor = cli_actor()
    if args.action in ("draw", "compose"):
        if args.action == "draw":
            areas = [a.strip() for a in args.area.replace("，", ",").split(",") if a.strip()] or None
            ids = papers.draw_for_exam(args.exam, args.count, args.seed, args.avoid_months, areas)
        else:
            ids = _ids(args.questions)
        a, _b = papers.save_paper(actor, args.exam, ids, seed=args.seed)
        s = papers.summary(a.items)
        exam = find_exam(args.exam)
        print(f"考试 #{exam.id}“{exam.title}”已组卷（A、B 两卷）：{s.questions} 题，共 {s.total} 分"
              f"（满分 {exam.full_marks}，及格 {exam.pass_mark}）")
        print("题号：" + ",".join(str(i) for i in ids))
        return 0
    if args.action == "paper":
        from ..reports.exam_paper import write_exam_pdf

        path = write_exam_pdf(args.exam, args.out, args.version, args.part)
        print(f"已保存：{path}")
        return 0
    if args.action == "answers-template":
        from ..excel import exambank_io as io

        print(f"已保存：{io.save_answer_template(args.exam, args.out)}")
        return 0
    if args.action == "answers":
        from ..excel import exambank_io as io
        from ..monthly.exams import is_full_marks, exam_results

        rows = io.import_answers(actor, args.exam, args.file)
        full = [r.staff.name for r in exam_results(args.exam) if is_full_marks(r)]
        print(f"已录入 {len(rows)} 人的答卷，成绩已记入本次考试。")
        if full:
            print(f"满分 {len(full)} 人（{'、'.join(full)}）：已生成 B02 加分建议，请在“加分建议”中确认。")
        return 0
    if args.action == "answers-clear":
        from ..exambank.marking import clear_answers

        print(f"已清除 {clear_answers(actor, args.exam)} 人的答卷；已记入的成绩保留。")
        return 0
    if args.action == "coach":
        from ..annual.exam_topics import start_coaching_note

        n = start_coaching_note(actor, args.staff, args.exam)
        print(f"已记录 {n.staff.name} 的辅导记录（{n.date:%Y-%m-%d}）：{n.topic}")
        return 0
    a = analysis.analyse(args.exam)
    if args.json:
        print(json.dumps(a.as_json(), ensure_ascii=False, indent=1))
        return 0
    print(f"#{a.exam_id} {a.title}：{a.people} 人的答卷")
    for i in a.items:
        d = "—" if i.difficulty is None else f"{i.difficulty:.2f}"
        disc = f"{i.discrimination:.2f}" if i.discrimination is not None else f"无法计算（{i.note}）"
        opts = "  选项 " + " ".join(f"{k}:{n}" for k, n in i.options.items()) if i.options else ""
        flags = "  ⚑ " + "、".join(i.flags_zh()) if i.flags else ""
        print(f"  第{i.position}题 #{i.id} {area_zh(i.area)}·{i.topic or '—'}  难度 {d}  区分度 {disc}{opts}{flags}")
    if a.weak_teams:
        print("团队薄弱知识点：" + "；".join(f"{w.who} {w.area}·{w.topic} {w.share:.0%}" for w in a.weak_teams))
    if a.weak_people:
        print("个人薄弱知识点：" + "；".join(f"{w.name} {w.area}·{w.topic} {w.share:.0%}" for w in a.weak_people))
    return 0
