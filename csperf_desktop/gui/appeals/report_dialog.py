"""The supervisor's self-check report on appeals: received, upheld rate, rules overturned."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ...monthly import appeals as appeals_service
from ...base.months import Month
from ..shell import i18n
from ..forms.ui_appeal_report_dialog import Ui_AppealReportDialog
from .record_dialog import published_months


class AppealReportDialog(QDialog):
    """Appeals received, upheld rate and the rules most often overturned, per month or per year."""

    def __init__(self, ctx, month: Month | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = u = Ui_AppealReportDialog()
        u.setupUi(self)
        self.scope, self.month, self.year, self.view = u.scope, u.month, u.year, u.view
        self.scope.addItem(self.tr("Month"), "month")
        self.scope.addItem(self.tr("Year"), "year")
        for m in published_months() or [ctx.month]:
            self.month.addItem(i18n.month_label(m), m.key)
        if month is not None and self.month.findData(month.key) >= 0:
            self.month.setCurrentIndex(self.month.findData(month.key))
        self.year.setValue((month or ctx.month).year)
        u.buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        u.buttons.rejected.connect(self.reject)
        self.scope.currentIndexChanged.connect(self.load)
        self.month.currentIndexChanged.connect(self.load)
        self.year.valueChanged.connect(self.load)
        self.load()
        self.resize(620, 560)

    def load(self, *_):
        by_year = self.scope.currentData() == "year"
        self.month.setVisible(not by_year)
        self.year.setVisible(by_year)
        if by_year:
            report = appeals_service.appeal_report(year=self.year.value())
            label = str(self.year.value())
        else:
            m = Month.parse(self.month.currentData())
            report = appeals_service.appeal_report(month=m)
            label = i18n.month_label(m)
        self.view.setHtml(self.report_html(report, label))

    def report_html(self, r, label: str) -> str:
        e = html.escape
        rate = "—" if r.upheld_rate is None else f"{100 * r.upheld_rate:.0f}%"
        title = self.tr("Appeals self-check: {label}").format(label=label)
        none = self.tr("none")
        out = [f"<h3>{e(title)}</h3>", "<table cellpadding=3>"]
        rows = [(self.tr("Appeals received"), str(r.received)),
                (self.tr("Accepted late"), str(r.late_accepted)),
                (self.tr("Decided on the merits"), str(r.decided)),
                (self.tr("Upheld or partly upheld"), f"{r.upheld} ({rate})")]
        for code in appeals_service.STATUS:
            rows.append(("· " + i18n.label(appeals_service.STATUS, code), str(r.by_status.get(code, 0))))
        out += [f"<tr><td>{e(k)}</td><td align=right><b>{e(v)}</b></td></tr>" for k, v in rows]
        out.append("</table>")
        out.append(f"<h4>" + e(self.tr("By category")) + f"</h4><ul>")
        cats = sorted(r.by_category.items(), key=lambda kv: -kv[1])
        out += [f"<li>{e(i18n.label(appeals_service.CATEGORIES, c))}: {n}</li>" for c, n in cats] or [f"<li>{e(none)}</li>"]
        out.append("</ul>")
        out.append(f"<h4>" + e(self.tr("Rules most often overturned")) + f"</h4>")
        if r.overturned_rules:
            times = self.tr("{n} times")
            out.append("<ol>" + "".join(f"<li>{e(c)} {e(n)} — {e(times.format(n=k))}</li>"
                                        for c, n, k in r.overturned_rules) + "</ol>")
            hint = self.tr("A rule overturned again and again may be unclear: consider rewording it in the rulebook.")
            out.append(f"<p style='color:#7a4b00'>{e(hint)}</p>")
        else:
            out.append(f"<p>" + e(self.tr("No rule was overturned.")) + f"</p>")
        out.append(f"<h4>" + e(self.tr("Appeals per person")) + f"</h4><ul>")
        out += [f"<li>{e(no)} {e(name)}: {n}</li>" for no, name, n in r.by_agent] or [f"<li>{e(none)}</li>"]
        out.append("</ul>")
        return "".join(out)
