<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentChecksModel</name>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>抽查次数</translation>
    </message>
    <message>
        <source>With failures</source>
        <translation>有不合格项</translation>
    </message>
    <message>
        <source>Items passed</source>
        <translation>合格项目</translation>
    </message>
</context>
<context>
    <name>AnnualTab</name>
    <message>
        <source>Annual review</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Not yet available. Goals, year-end evaluation and the weighted annual result will appear here.</source>
        <translation>尚未开放。年度目标、年终评估和加权年度结果将在这里显示。</translation>
    </message>
</context>
<context>
    <name>AppealsModel</name>
    <message>
        <source>Whole score</source>
        <translation>整体得分</translation>
    </message>
    <message>
        <source>void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source> (rank {before} → {after})</source>
        <translation>（名次 {before} → {after}）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有异议的记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source> · late</source>
        <translation> · 逾期</translation>
    </message>
    <message>
        <source>rev. {n}</source>
        <translation>第 {n} 版</translation>
    </message>
</context>
<context>
    <name>AppealsTab</name>
    <message>
        <source>Re-check requests</source>
        <translation>复核申请</translation>
    </message>
    <message>
        <source>Not yet available. Recording and deciding the appeals that follow publication will appear here.</source>
        <translation>尚未开放。公示后的复核申请的登记和处理将在这里进行。</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>抽查人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>All passed</source>
        <translation>全部合格</translation>
    </message>
    <message>
        <source>Failed: {items}</source>
        <translation>不合格：{items}</translation>
    </message>
</context>
<context>
    <name>DailyTab</name>
    <message>
        <source>All areas</source>
        <translation>全部方面</translation>
    </message>
    <message>
        <source>Bonus and deduction</source>
        <translation>加分和扣分</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>全部考核方式</translation>
    </message>
    <message>
        <source>Valid and voided</source>
        <translation>有效和已作废</translation>
    </message>
    <message>
        <source>Valid only</source>
        <translation>仅有效</translation>
    </message>
    <message>
        <source>Voided only</source>
        <translation>仅已作废</translation>
    </message>
    <message>
        <source>Search name, item, reference, note</source>
        <translation>搜索姓名、项目、单号、备注</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>本月排名</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Live: updates as events are recorded (not yet published).</source>
        <translation>实时：随评分记录更新（尚未公示）。</translation>
    </message>
    <message>
        <source>As published (revision {rev}).</source>
        <translation>公示结果（第 {rev} 版）。</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>显示 {shown} / 共 {total} 条</translation>
    </message>
    <message>
        <source>Void event</source>
        <translation>作废评分记录</translation>
    </message>
    <message>
        <source>Void {code} {points} for {name} on {date}?
The row stays visible, struck through.
Reason:</source>
        <translation>作废 {name} 在 {date} 的 {code} {points}？
该行仍会显示（加删除线）。
作废理由：</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Full</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>还没有成绩</translation>
    </message>
</context>
<context>
    <name>EntryStrip</name>
    <message>
        <source>Record an event</source>
        <translation>记录评分</translation>
    </message>
    <message>
        <source>No. or name</source>
        <translation>工号或姓名</translation>
    </message>
    <message>
        <source>Code or item</source>
        <translation>代码或项目名称</translation>
    </message>
    <message>
        <source>Order or ticket no.</source>
        <translation>订单号或工单号</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>事情经过（可不填）</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>保存 (回车)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>项目(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>分值(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>次数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>考核方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>单号(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Order &amp;amount:</source>
        <translation>订单金额(&amp;A)：</translation>
    </message>
    <message>
        <source>{area} · {kind} {range} {unit}</source>
        <translation>{area} · {kind} {range} 分（{unit}）</translation>
    </message>
    <message>
        <source>Gift tiers: A ≥ {a}, B ≥ {b}, C ≥ {c}</source>
        <translation>礼品档位：A ≥ {a}，B ≥ {b}，C ≥ {c} 元</translation>
    </message>
    <message>
        <source>Gift {tier}</source>
        <translation>赠送 {tier} 类礼品</translation>
    </message>
    <message>
        <source>No gift (below {a})</source>
        <translation>无礼品（不足 {a} 元）</translation>
    </message>
    <message>
        <source>Choose the person: type an employee no. or a name.</source>
        <translation>请选择人员：输入工号或姓名。</translation>
    </message>
    <message>
        <source>Choose the rule: type its code or part of its name.</source>
        <translation>请选择考核项目：输入代码或项目名称的一部分。</translation>
    </message>
    <message>
        <source>Saved: {who} · {code} {points}</source>
        <translation>已保存：{who} · {code} {points}</translation>
    </message>
</context>
<context>
    <name>EventPickModel</name>
    <message>
        <source>Disputed</source>
        <translation>有异议的记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>申请改为</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Optional: the points the person thinks right</source>
        <translation>可不填：申请人认为合理的分值</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <source>Edit exam</source>
        <translation>编辑考试</translation>
    </message>
    <message>
        <source>Add exam</source>
        <translation>新增考试</translation>
    </message>
    <message>
        <source>e.g. Product knowledge, October</source>
        <translation>例如：10月产品知识</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>考试名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>考核方面(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Full marks:</source>
        <translation>满分(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Pass mark:</source>
        <translation>及格分(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExamGridModel</name>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不及格</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <source>0 to {full}; type 缺考 (or A) when absent. Enter moves down.</source>
        <translation>0 到 {full} 分；缺考请输入“缺考”（或 A）。回车移到下一行。</translation>
    </message>
</context>
<context>
    <name>ExamHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>考核方面</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不及格</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺考</translation>
    </message>
</context>
<context>
    <name>ExamListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>考核方面</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>及格分</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成绩</translation>
    </message>
</context>
<context>
    <name>ExamsTab</name>
    <message>
        <source>&amp;Add exam…</source>
        <translation>新增考试(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Exams this month</source>
        <translation>本月考试</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Sat:</source>
        <translation>参考：</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>缺考：</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>平均分：</translation>
    </message>
    <message>
        <source>Median:</source>
        <translation>中位数：</translation>
    </message>
    <message>
        <source>Highest / lowest:</source>
        <translation>最高 / 最低：</translation>
    </message>
    <message>
        <source>Pass rate:</source>
        <translation>及格率：</translation>
    </message>
    <message>
        <source>Full marks:</source>
        <translation>满分人数：</translation>
    </message>
    <message>
        <source>Score distribution (share of full marks):</source>
        <translation>成绩分布（占满分的比例）：</translation>
    </message>
    <message>
        <source>Confirm &amp;selected</source>
        <translation>确认所选(&amp;S)</translation>
    </message>
    <message>
        <source>Confirm a&amp;ll</source>
        <translation>全部确认(&amp;L)</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Proposed points to confirm</source>
        <translation>待确认的建议加扣分</translation>
    </message>
    <message>
        <source>Exam history of a person</source>
        <translation>个人考试记录</translation>
    </message>
    <message>
        <source>The exam is on {date}; results can be entered once it has been held.</source>
        <translation>考试日期为 {date}；考试举行后才能录入成绩。</translation>
    </message>
    <message>
        <source>No exam this month yet. Add one to enter results.</source>
        <translation>本月还没有考试。请先新增考试再录入成绩。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · {date} · full marks {full}, pass mark {pass_mark}. Type a score and press Enter; type 缺考 or A for absent.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · {date} · 满分 {full}，及格分 {pass_mark}。输入成绩后按回车；缺考请输入“缺考”或 A。</translation>
    </message>
    <message>
        <source>{sat} of {entered} entered</source>
        <translation>已录入 {entered} 人，其中参考 {sat} 人</translation>
    </message>
    <message>
        <source>{rate} ({passed} passed)</source>
        <translation>{rate}（{passed} 人及格）</translation>
    </message>
    <message>
        <source>{n} proposed from the data (exam full marks, spot checks, monthly figures). Nothing counts until confirmed; confirming twice adds nothing.</source>
        <translation>根据数据（考试满分、随机抽查、月度数据）提出 {n} 条建议。确认后才计分；重复确认不会重复加分。</translation>
    </message>
    <message>
        <source>Nothing waiting for confirmation in this month.</source>
        <translation>本月没有待确认的建议。</translation>
    </message>
    <message>
        <source>Proposed points to confirm ({n})</source>
        <translation>待确认的建议加扣分（{n}）</translation>
    </message>
    <message>
        <source>{year}: {n} exams, average {avg} of full marks</source>
        <translation>{year} 年：{n} 次考试，平均得分为满分的 {avg}</translation>
    </message>
    <message>
        <source>Choose an exam first.</source>
        <translation>请先选择一场考试。</translation>
    </message>
    <message>
        <source>{name} ({no}): {message}</source>
        <translation>{name}（{no}）：{message}</translation>
    </message>
    <message>
        <source>Delete exam</source>
        <translation>删除考试</translation>
    </message>
    <message>
        <source>Delete the exam “{title}” of {date}?</source>
        <translation>删除 {date} 的考试“{title}”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ItemStatsModel</name>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>抽查数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不及格</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+PgUp)</source>
        <translation>上个月 (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next month (Ctrl+PgDown)</source>
        <translation>下个月 (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>reopened after revision {rev}</source>
        <translation>第 {rev} 版公示后重新开放</translation>
    </message>
    <message>
        <source>Published (revision {rev}) · appeals until {deadline}</source>
        <translation>已公示（第 {rev} 版）· 复核申请截止 {deadline}</translation>
    </message>
    <message>
        <source>bulletin needs reprinting</source>
        <translation>板报需重新打印</translation>
    </message>
    <message>
        <source>Closed (revision {rev})</source>
        <translation>已结束（第 {rev} 版）</translation>
    </message>
    <message>
        <source>{company} — {month} — Customer-service performance</source>
        <translation>{company} — {month} — 客服绩效考核</translation>
    </message>
    <message>
        <source>Only an open month that has begun can be published.</source>
        <translation>只能公示已经开始且仍在进行中的月份。</translation>
    </message>
    <message>
        <source>Only a published month can be closed.</source>
        <translation>只能结束已公示的月份。</translation>
    </message>
    <message>
        <source>Reopening needs the administrator role and a published or closed month.</source>
        <translation>重新开放需要管理员权限，且该月已公示或已结束。</translation>
    </message>
    <message>
        <source>The month is open.</source>
        <translation>本月仍在进行中。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>csperf database (*.db);;All files (*)</source>
        <translation>csperf 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>csperf database (*.db)</source>
        <translation>csperf 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backup written to:
{path}</source>
        <translation>备份已写入：
{path}</translation>
    </message>
    <message>
        <source>Publishing {month}…</source>
        <translation>正在公示{month}…</translation>
    </message>
    <message>
        <source>{month} published; appeals until {deadline}.</source>
        <translation>{month}已公示，复核申请截止 {deadline}。</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>结束本月</translation>
    </message>
    <message>
        <source>Close {month}? Its results become final; only an administrator can reopen it.</source>
        <translation>结束{month}？结束后成绩即为最终结果，只有管理员可以重新开放。</translation>
    </message>
    <message>
        <source>Reopen month</source>
        <translation>重新开放月份</translation>
    </message>
    <message>
        <source>Reopen {month} for changes? Earlier published revisions are kept.
Reason (required, recorded in the audit trail):</source>
        <translation>重新开放{month}以便修改？之前公示的各版本都会保留。
理由（必填，记入审计记录）：</translation>
    </message>
    <message>
        <source>The language changes the next time the program starts.</source>
        <translation>界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The user guide is not yet available.

Quick start: in Daily scoring, type a person&apos;s number or name, Tab, a rule code, Tab, the points, then Enter.</source>
        <translation>用户手册尚未提供。

快速上手：在“日常评分”中输入工号或姓名，按 Tab，输入项目代码，按 Tab，填写分值，再按回车保存。</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>csperf {version}
Customer-service performance appraisal for a small office.
Database: {db}</source>
        <translation>csperf {version}
客服绩效考核——小型客服部门的绩效管理工具。
数据库：{db}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Customer-service performance</source>
        <translation>客服绩效考核</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Daily scoring</source>
        <translation>日常评分</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>复核申诉</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>公示(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close month…</source>
        <translation>结束本月(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新开放(&amp;R)…</translation>
    </message>
    <message>
        <source>Print &amp;bulletin…</source>
        <translation>打印板报(&amp;B)…</translation>
    </message>
    <message>
        <source>Print &amp;scorecards…</source>
        <translation>打印全部成绩单(&amp;S)…</translation>
    </message>
    <message>
        <source>Print selected &amp;agent&apos;s scorecard…</source>
        <translation>打印所选人员的成绩单(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rulebook…</source>
        <translation>考核细则(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Scoring settings…</source>
        <translation>评分设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English（英语）</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>Only a supervisor or an administrator confirms proposed points.</source>
        <translation>只有主管或管理员可以确认建议的加扣分。</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>随机抽查</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>月度数据</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish {month}</source>
        <translation>公示{month}</translation>
    </message>
    <message>
        <source>Publishing locks {month}: no event can be added or voided afterwards, the results below are kept as revision 1, and the appeal window of {hours} hours opens. Check the ranking before you go on.</source>
        <translation>公示后{month}将被锁定：不能再添加或作废评分记录，下面的结果作为第 1 版保存，并开始 {hours} 小时的复核申请期。请先核对排名再继续。</translation>
    </message>
    <message>
        <source>{n} people ranked.</source>
        <translation>共 {n} 人参加排名。</translation>
    </message>
    <message>
        <source>Excellence award: {names}.</source>
        <translation>优秀奖：{names} 元。</translation>
    </message>
    <message>
        <source>Warning: {names}.</source>
        <translation>预警：{names}。</translation>
    </message>
    <message>
        <source>&amp;Publish and lock</source>
        <translation>公示并锁定(&amp;P)</translation>
    </message>
    <message>
        <source>Publish the month</source>
        <translation>公示月度成绩</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Edit rule</source>
        <translation>编辑考核项目</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>新增考核项目</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>项目名称(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>考核方面(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>计分单位(&amp;U)：</translation>
    </message>
    <message>
        <source>M&amp;inimum points:</source>
        <translation>最低分(&amp;I)：</translation>
    </message>
    <message>
        <source>M&amp;aximum points:</source>
        <translation>最高分(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Default points:</source>
        <translation>默认分(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Serious:</source>
        <translation>严重违规(&amp;S)：</translation>
    </message>
    <message>
        <source>Flag on the standings (serious violation)</source>
        <translation>在排名中标记（严重违规）</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>RulebookDialog</name>
    <message>
        <source>Rulebook</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <source>Editing a rule never changes events already recorded: each event keeps its own points, code and name.</source>
        <translation>修改考核项目不会改变已记录的评分：每条记录都保留记录时的分值、代码和名称。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>考核方面</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>分值范围</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认分</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计分单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source> · serious</source>
        <translation> · 严重违规</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Scoring settings</source>
        <translation>评分设置</translation>
    </message>
</context>
<context>
    <name>SpotCheckDialog</name>
    <message>
        <source>Spot check</source>
        <translation>随机抽查</translation>
    </message>
    <message>
        <source>No. or name</source>
        <translation>工号或姓名</translation>
    </message>
    <message>
        <source>Conversation, order or ticket no.</source>
        <translation>会话号、订单号或工单号</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>单号(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Checked &amp;by:</source>
        <translation>抽查人(&amp;B)：</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>If failed</source>
        <translation>不合格时</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Overall remark (optional)</source>
        <translation>总体评语（可不填）</translation>
    </message>
    <message>
        <source>Proposed deductions</source>
        <translation>建议扣分</translation>
    </message>
    <message>
        <source>&amp;Confirm deductions</source>
        <translation>确认扣分(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save check</source>
        <translation>保存抽查(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next check</source>
        <translation>下一次抽查(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the person: type an employee no. or a name.</source>
        <translation>请选择人员：输入工号或姓名。</translation>
    </message>
    <message>
        <source>Say what was wrong for a failed item: {item}.</source>
        <translation>请填写不合格项目的问题：{item}。</translation>
    </message>
    <message>
        <source>Saved. Use Next check for another one.</source>
        <translation>已保存。点“下一次抽查”继续。</translation>
    </message>
    <message>
        <source>Saved: every item passed.</source>
        <translation>已保存：全部项目合格。</translation>
    </message>
    <message>
        <source>Saved: {n} item(s) failed.</source>
        <translation>已保存：{n} 个项目不合格。</translation>
    </message>
    <message>
        <source>No deduction to confirm (the failed items have no linked rule, or it is already recorded).</source>
        <translation>没有需要确认的扣分（不合格项目未关联考核项目，或已经记录）。</translation>
    </message>
    <message>
        <source>A supervisor confirms these in the Exams tab (proposed points) or in the month&apos;s spot checks.</source>
        <translation>由主管在“考试”页的建议加扣分或本月抽查中确认。</translation>
    </message>
    <message>
        <source>Recorded: {items}.</source>
        <translation>已记录：{items}。</translation>
    </message>
</context>
<context>
    <name>SpotCheckMonthDialog</name>
    <message>
        <source>Spot checks — {month}</source>
        <translation>随机抽查 — {month}</translation>
    </message>
    <message>
        <source>&amp;New spot check…</source>
        <translation>新建抽查(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>Pass rate per item</source>
        <translation>各项目合格率</translation>
    </message>
    <message>
        <source>Checks this month</source>
        <translation>本月抽查</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{month}: {checks} checks of {people} people; {rate} of checked items passed.</source>
        <translation>{month}：抽查 {checks} 次，涉及 {people} 人；抽查项目合格率 {rate}。</translation>
    </message>
    <message>
        <source>Confirm proposed deductions ({n})</source>
        <translation>确认建议扣分（{n}）</translation>
    </message>
    <message>
        <source>Void spot check</source>
        <translation>作废抽查记录</translation>
    </message>
    <message>
        <source>Void the spot check of {name} on {date}? Deductions confirmed from it are voided too.
Reason:</source>
        <translation>作废 {name} 在 {date} 的抽查记录？由此确认的扣分也会一并作废。
理由：</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Employee &amp;no.:</source>
        <translation>工号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>组别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Hire date:</source>
        <translation>入职日期(&amp;H)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2026-10-03</translation>
    </message>
    <message>
        <source>&amp;Leave date:</source>
        <translation>离职日期(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Search by no., name, team or note</source>
        <translation>按工号、姓名、组别或备注搜索</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>恢复在职(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>组别：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Month summary</source>
        <translation>本月概况</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>得分：</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>名次：</translation>
    </message>
    <message>
        <source>Bonus:</source>
        <translation>加分：</translation>
    </message>
    <message>
        <source>Deductions:</source>
        <translation>扣分：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部组别</translation>
    </message>
    <message>
        <source>Not employed in this month.</source>
        <translation>本月不在职。</translation>
    </message>
    <message>
        <source>{rank} of {count}</source>
        <translation>第 {rank} 名（共 {count} 人）</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>{name} leaves the office; the history is kept.
Leave date (YYYY-MM-DD, empty = today):</source>
        <translation>{name} 离职，历史记录全部保留。
离职日期（如 2026-10-31，留空为今天）：</translation>
    </message>
    <message>
        <source>{name} already has scoring history, so the record cannot be deleted. Use Deactivate instead: past months stay intact.</source>
        <translation>{name} 已有评分记录，不能删除。请改用“停用”：以往各月的记录保持不变。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {name} ({no})? Nothing has been recorded for this person.</source>
        <translation>删除 {name}（{no}）？此人还没有任何评分记录。</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>+/−</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Award {amount}</source>
        <translation>优秀奖 {amount} 元</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重违规</translation>
    </message>
    <message>
        <source>Last place two months running with a score below the threshold: the company may act (the program only flags it).</source>
        <translation>连续两个月排名最后且得分低于预警线：公司可按规定处理（本程序只做标记）。</translation>
    </message>
    <message>
        <source>A serious violation was recorded this month.</source>
        <translation>本月记录了严重违规。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>{month} is published (appeals until {deadline}); it can no longer be edited. Corrections go through an appeal, or an administrator reopens the month.</source>
        <translation>{month}已公示（复核申请截止 {deadline}），不能再修改。如需更正，请通过复核申请处理，或由管理员重新开放该月。</translation>
    </message>
    <message>
        <source>{month} is closed; it can no longer be edited. An administrator can reopen it with a reason.</source>
        <translation>{month}已结束，不能再修改。管理员可填写理由后重新开放。</translation>
    </message>
    <message>
        <source>{month} has not begun yet.</source>
        <translation>{month}还没有开始。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Pass</source>
        <translation>及格分</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>What was wrong</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <source>proposes {code} −{points}</source>
        <translation>建议 {code} −{points}</translation>
    </message>
    <message>
        <source>no deduction</source>
        <translation>不扣分</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside the program. Your saved data is safe; the last action may not have been completed.</source>
        <translation>程序内部出错。已保存的数据是安全的，但刚才的操作可能没有完成。</translation>
    </message>
    <message>
        <source>The details were written to:
{path}
Please send this file to whoever looks after the program.</source>
        <translation>详细信息已写入：
{path}
请把这个文件发给负责维护本程序的人员。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printing is not yet available.</source>
        <translation>打印功能尚未开放。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Supervisor name (signature line)</source>
        <translation>主管姓名（签字栏）</translation>
    </message>
    <message>
        <source>Monthly base score</source>
        <translation>每月基础分</translation>
    </message>
    <message>
        <source>Monthly maximum score</source>
        <translation>每月满分</translation>
    </message>
    <message>
        <source>Monthly minimum score</source>
        <translation>每月最低分</translation>
    </message>
    <message>
        <source>Excellence award goes to</source>
        <translation>优秀奖发给</translation>
    </message>
    <message>
        <source>Excellence award amount (yuan)</source>
        <translation>优秀奖金额（元）</translation>
    </message>
    <message>
        <source>When the award is tied</source>
        <translation>优秀奖并列时</translation>
    </message>
    <message>
        <source>Minimum score for the sales award mode</source>
        <translation>按销售额评奖时的最低得分</translation>
    </message>
    <message>
        <source>Appeal window after publication (hours)</source>
        <translation>公示后复核申请期（小时）</translation>
    </message>
    <message>
        <source>Appeals per agent per month (0 = no limit)</source>
        <translation>每人每月复核申请次数（0 = 不限）</translation>
    </message>
    <message>
        <source>Warning: score below</source>
        <translation>预警线：得分低于</translation>
    </message>
    <message>
        <source>Warning needs both months below the threshold</source>
        <translation>预警要求连续两个月都低于预警线</translation>
    </message>
    <message>
        <source>Customer satisfaction for the B06 bonus (%)</source>
        <translation>B06 加分所需客户满意度（%）</translation>
    </message>
    <message>
        <source>Order amount for gift A (yuan)</source>
        <translation>A 类礼品的订单金额（元）</translation>
    </message>
    <message>
        <source>Order amount for gift B (yuan)</source>
        <translation>B 类礼品的订单金额（元）</translation>
    </message>
    <message>
        <source>Order amount for gift C (yuan)</source>
        <translation>C 类礼品的订单金额（元）</translation>
    </message>
    <message>
        <source>Backup folder (empty = the data folder&apos;s backups)</source>
        <translation>备份文件夹（留空 = 数据文件夹下的默认备份位置）</translation>
    </message>
    <message>
        <source>Automatic backups kept: last N days</source>
        <translation>自动备份保留：最近 N 天</translation>
    </message>
    <message>
        <source>Automatic backups kept: last N months</source>
        <translation>自动备份保留：最近 N 个月</translation>
    </message>
    <message>
        <source>Lock the window after idle minutes (0 = never)</source>
        <translation>空闲多少分钟后锁定窗口（0 = 不锁定）</translation>
    </message>
    <message>
        <source>Font file or folder for printed PDFs (empty = automatic)</source>
        <translation>打印 PDF 用的字体文件或文件夹（留空 = 自动）</translation>
    </message>
    <message>
        <source>TrueType .ttf/.ttc, e.g. C:\Windows\Fonts\msyh.ttc; .otf (CFF) fonts cannot be used</source>
        <translation>TrueType 字体 .ttf/.ttc，例如 C:\Windows\Fonts\msyh.ttc；不能使用 .otf（CFF）字体</translation>
    </message>
    <message>
        <source>Annual result: weight of the monthly average (%)</source>
        <translation>年度结果中月度平均分的权重（%）</translation>
    </message>
    <message>
        <source>the rest is the weighted year-end evaluation</source>
        <translation>其余部分为加权的年终评估</translation>
    </message>
    <message>
        <source>Annual grades (name:minimum score, highest first)</source>
        <translation>年度等级（名称:最低分，从高到低）</translation>
    </message>
    <message>
        <source>Annual judged ratings 1-5 as points</source>
        <translation>年度评价 1–5 级对应的分数</translation>
    </message>
    <message>
        <source>Warn when more than N % are graded excellent (0 = off)</source>
        <translation>优秀比例超过 N% 时提醒（0 = 不提醒）</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>部门信息</translation>
    </message>
    <message>
        <source>Monthly score</source>
        <translation>月度积分</translation>
    </message>
    <message>
        <source>Excellence award</source>
        <translation>优秀奖</translation>
    </message>
    <message>
        <source>Appeals and warnings</source>
        <translation>复核申请与预警</translation>
    </message>
    <message>
        <source>Order gifts</source>
        <translation>订单礼品</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Backups, security and printing</source>
        <translation>备份、安全与打印</translation>
    </message>
    <message>
        <source>Share the amount equally</source>
        <translation>平分奖金</translation>
    </message>
    <message>
        <source>Pay the full amount to each</source>
        <translation>每人全额发放</translation>
    </message>
</context>
</TS>
