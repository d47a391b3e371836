"""A calibration session filled from a compact table, for the report, window and import tests."""

from __future__ import annotations

from csperf_desktop.insight.calibration_sessions import close_session, create_session, rate

# Three graders, two conversations, the 12-line default checklist: P pass, F fail, . not rated.
SHEET = {
    "孙丽华": {"TK-1": "PPPPFPPPPPPP", "TK-2": "PPPFPPPPPPPP"},
    "王芳": {"TK-1": "PPPPFPPPPPPP", "TK-2": "PPPFPPPPPPFP"},
    "李强": {"TK-1": "PPPPPPPPPPPP", "TK-2": "PPPPPPPPPPP."},
}


def make_session(actor, sheet=SHEET, *, title="十月校准", date="2026-10-15", close=True):
    refs = list(next(iter(sheet.values())))
    s = create_session(actor, title, date, refs, list(sheet))
    codes = [it["code"] for it in s.items]
    for grader, rows in sheet.items():
        rate(actor, s.id, grader, {(ref, codes[n]): {"P": "1", "F": "0"}[x]
                                   for ref, letters in rows.items() for n, x in enumerate(letters) if x != "."})
    if close:
        close_session(actor, s.id)
    return s
