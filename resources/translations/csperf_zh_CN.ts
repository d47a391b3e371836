<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>图表另存为 PNG(&amp;S)…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to {path}. Choose another folder.</source>
        <translation>图片无法写入 {path}。请选择另一个文件夹。</translation>
    </message>
    <message>
        <source>&amp;Coach this person about it…</source>
        <translation>为此扣分辅导此人(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a deduction: a coaching note is made from a deduction.</source>
        <translation>请选择一条扣分记录：辅导记录由扣分生成。</translation>
    </message>
    <message>
        <source>This deduction is voided.</source>
        <translation>这条扣分已作废。</translation>
    </message>
    <message>
        <source>Record a coaching note for this person, filled from the deduction</source>
        <translation>为此人记录一条辅导，内容按这条扣分预先填好</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About csperf</source>
        <translation>关于 csperf</translation>
    </message>
    <message>
        <source>&lt;h2&gt;csperf {version}&lt;/h2&gt;Customer-service performance appraisal for a small office: daily scoring, monthly results, appeals and the annual review.</source>
        <translation>&lt;h2&gt;csperf {version}&lt;/h2&gt;客服绩效考核：日常评分、月度成绩、复核申请和年度考核。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python} ({system})</source>
        <translation>Qt {qt}，PySide6 {pyside}，Python {python}（{system}）</translation>
    </message>
    <message>
        <source>The licence file was not found.</source>
        <translation>找不到许可证文件。</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>许可证：</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
</context>
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
        <translation>项目合格率</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>The one-page management summary of the last month of the range, as PDF</source>
        <translation>范围最后一个月的一页月度管理摘要（PDF）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>All months together</source>
        <translation>全部月份合计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Grader (who recorded)</source>
        <translation>评分人（记录人）</translation>
    </message>
    <message>
        <source>Evidence method</source>
        <translation>考核方式</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) before</source>
        <translation>
            <numerusform>%n 个月前</numerusform>
        </translation>
    </message>
    <message>
        <source>Most improved</source>
        <translation>进步之星（进步最多）</translation>
    </message>
    <message>
        <source>Fell most</source>
        <translation>退步最多</translation>
    </message>
    <message>
        <source>Analysis — {company}</source>
        <translation>分析 — {company}</translation>
    </message>
    <message>
        <source>{people} people · {published} of {months} months published</source>
        <translation>{people} 人 · {months} 个月中 {published} 个月已公示</translation>
    </message>
    <message>
        <source>(not published)</source>
        <translation>（未公示）</translation>
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
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Warning month: last place two months in a row and below the threshold</source>
        <translation>预警月：连续两个月最后一名且低于预警分数</translation>
    </message>
    <message>
        <source>Final scores of published months (an open or reopened month shows none). Colour: red below 60, yellow about 75, green towards 100. White on red with “!”: a warning month ({n} in the range). Click a column title to sort.</source>
        <translation>已公示月份的最终得分（进行中或重新打开的月份不显示）。颜色：60 分以下为红，75 分左右为黄，越接近 100 越绿。红底白字带“!”：预警月（范围内 {n} 个）。点击列标题排序。</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>组平均</translation>
    </message>
    <message>
        <source>Office average</source>
        <translation>全部门平均</translation>
    </message>
    <message>
        <source>Team&apos;s place</source>
        <translation>组排名</translation>
    </message>
    <message>
        <source>People ranked</source>
        <translation>参与排名人数</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>{area} (average)</source>
        <translation>{area}（平均）</translation>
    </message>
    <message>
        <source>Bonus events</source>
        <translation>加分次数</translation>
    </message>
    <message>
        <source>Deduction events</source>
        <translation>扣分次数</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警人数</translation>
    </message>
    <message>
        <source>{team} average</source>
        <translation>{team}平均</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Deduction points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>不参与排名</translation>
    </message>
    <message>
        <source>Grader</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>细则</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>this quarter ({first} to {last})</source>
        <translation>本季度（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>last quarter ({first} to {last})</source>
        <translation>上季度（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>Top deductions of {this} against {last}:</source>
        <translation>{this}扣分最多的细则，与{last}对比：</translation>
    </message>
    <message>
        <source>Events this quarter</source>
        <translation>本季度次数</translation>
    </message>
    <message>
        <source>Points this quarter</source>
        <translation>本季度分值</translation>
    </message>
    <message>
        <source>Events last quarter</source>
        <translation>上季度次数</translation>
    </message>
    <message>
        <source>Points last quarter</source>
        <translation>上季度分值</translation>
    </message>
    <message>
        <source>Change in points</source>
        <translation>分值变化</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Active rules never used in the range: {rules}</source>
        <translation>范围内从未使用的启用细则：{rules}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>对比月份</translation>
    </message>
    <message>
        <source>Score before</source>
        <translation>当时得分</translation>
    </message>
    <message>
        <source>After</source>
        <translation>最近月份</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>最近得分</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Most improved — needs two published months {n} apart</source>
        <translation>进步之星 — 需要相隔 {n} 个月的两个已公示月份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>辅导主题</translation>
    </message>
    <message>
        <source>Coached by</source>
        <translation>辅导人</translation>
    </message>
    <message>
        <source>Average before</source>
        <translation>辅导前平均</translation>
    </message>
    <message>
        <source>Months before</source>
        <translation>辅导前月数</translation>
    </message>
    <message>
        <source>Average after</source>
        <translation>辅导后平均</translation>
    </message>
    <message>
        <source>Months after</source>
        <translation>辅导后月数</translation>
    </message>
    <message>
        <source>Coaching notes dated in the range, each beside the person&apos;s published average of up to three months before the note&apos;s month and of the months after it, to the end of the range.</source>
        <translation>范围内的辅导记录，每条旁边是此人辅导当月之前最多三个月的已公示平均分，以及辅导之后各月（到范围结束）的平均分。</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>细则分析</translation>
    </message>
    <message>
        <source>Top deductions</source>
        <translation>扣分最多</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Management summary — {month}</source>
        <translation>月度管理摘要 — {month}</translation>
    </message>
    <message>
        <source>{month}_management_summary.pdf</source>
        <translation>{month}_月度管理摘要.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Management summary written to “{name}”.</source>
        <translation>月度管理摘要已写入“{name}”。</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Printing the management summary…</source>
        <translation>正在打印月度管理摘要…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Last 12 months</source>
        <translation>最近 12 个月(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Heat map</source>
        <translation>热力图(&amp;H)</translation>
    </message>
    <message>
        <source>Management &amp;summary (PDF)…</source>
        <translation>月度管理摘要(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>趋势(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>细则分析(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Movers</source>
        <translation>进步之星(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>对比(&amp;C)：</translation>
    </message>
    <message>
        <source>Most improved (进步之星)</source>
        <translation>进步之星（进步最多）</translation>
    </message>
    <message>
        <source>C&amp;oaching</source>
        <translation>辅导(&amp;O)</translation>
    </message>
</context>
<context>
    <name>AnnualModels</name>
    <message>
        <source>Provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Final result</source>
        <translation>定稿</translation>
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
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>{n} of 12 months counted</source>
        <translation>计入 {n}/12 个月</translation>
    </message>
    <message>
        <source>Provisional: {why}</source>
        <translation>暂定：{why}</translation>
    </message>
    <message>
        <source>Dimension / indicator</source>
        <translation>维度 / 指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>主管评议</translation>
    </message>
    <message>
        <source>A comment is required for ratings 1, 2 and 5: say what it is based on.</source>
        <translation>评为 1、2、5 分时必须填写评语，说明依据。</translation>
    </message>
    <message>
        <source>Rating 1–5 (1 poor, 3 meets expectations, 5 outstanding); ratings 1, 2 and 5 need a comment.</source>
        <translation>评分 1–5（1 差，3 达到要求，5 卓越）；评 1、2、5 分须填写评语。</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>关联指标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>辅导内容</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Monthly avg.</source>
        <translation>月度均分</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>年终评价</translation>
    </message>
    <message>
        <source>New rank</source>
        <translation>新名次</translation>
    </message>
    <message>
        <source>Rank now</source>
        <translation>现名次</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Final now</source>
        <translation>现总分</translation>
    </message>
    <message>
        <source>New final</source>
        <translation>新总分</translation>
    </message>
    <message>
        <source>Grade now</source>
        <translation>现等级</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>新等级</translation>
    </message>
</context>
<context>
    <name>AnnualPrintDialog</name>
    <message>
        <source>Print all annual reviews — {year}</source>
        <translation>打印全部年度考核报告 — {year}年</translation>
    </message>
    <message>
        <source>The annual review reports of the {n} people employed in {year}. Reviews not signed off yet are printed with their current figures, marked “未签字”.</source>
        <translation>{year}年在职的 {n} 人的年度考核报告。尚未签字的考核按当前数据打印，并标注“未签字”。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>All in one PDF (a new page per person)</source>
        <translation>全部合成一个 PDF（每人另起一页）</translation>
    </message>
    <message>
        <source>One PDF per person, into a folder</source>
        <translation>每人一个 PDF，保存到文件夹</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3（297 × 420 毫米）</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>AnnualTab</name>
    <message>
        <source>&amp;Templates…</source>
        <translation>考核模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print this review…</source>
        <translation>打印本人考核(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;all reviews…</source>
        <translation>打印全部考核(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Team comparison</source>
        <translation>团队对比</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>权重模拟</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>签字确认(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Self-review &amp;&amp; interview</source>
        <translation>自评与面谈</translation>
    </message>
    <message>
        <source>Goals &amp;&amp; coaching</source>
        <translation>目标与辅导</translation>
    </message>
    <message>
        <source>The supervisor&apos;s overall comment on the year</source>
        <translation>主管对全年表现的总体评语</translation>
    </message>
    <message>
        <source>Sa&amp;ve evaluation</source>
        <translation>保存评价(&amp;V)</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;comment:</source>
        <translation>主管评语(&amp;C)：</translation>
    </message>
    <message>
        <source>The person&apos;s own summary of the year and self-assessment</source>
        <translation>员工本人的年度工作总结与自评</translation>
    </message>
    <message>
        <source>Save se&amp;lf-review</source>
        <translation>保存自评(&amp;L)</translation>
    </message>
    <message>
        <source>Self-review</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>e.g. 张晓梅, supervisor 孙丽华</source>
        <translation>例如：张晓梅、主管孙丽华</translation>
    </message>
    <message>
        <source>What was discussed; the person&apos;s view of the result</source>
        <translation>面谈内容；员工对考核结果的意见</translation>
    </message>
    <message>
        <source>Agreed development plan for next year</source>
        <translation>双方商定的下一年度发展计划</translation>
    </message>
    <message>
        <source>&amp;Record interview</source>
        <translation>记录面谈(&amp;R)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>绩效面谈</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参加人员(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>面谈纪要(&amp;U)：</translation>
    </message>
    <message>
        <source>Development &amp;plan:</source>
        <translation>发展计划(&amp;P)：</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>添加目标(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Add coaching &amp;note…</source>
        <translation>添加辅导记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>删除(&amp;T)</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it; a dimension the person&apos;s template does not have shows —.</source>
        <translation>点击列标题按该列排序；本人模板中没有的维度显示为 —。</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>NOT SAVED — a simulation only. Templates and results are unchanged; change the weights for real in Templates…</source>
        <translation>未保存 — 仅为模拟。考核模板和结果都没有改变；要真正修改权重，请在“考核模板…”中修改。</translation>
    </message>
    <message>
        <source>Dimension weights</source>
        <translation>维度权重</translation>
    </message>
    <message>
        <source>Back to the &amp;template&apos;s weights</source>
        <translation>恢复模板权重(&amp;T)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>Monthly average in the final score:</source>
        <translation>月度均分在总分中的占比：</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import a roster from Excel…</source>
        <translation>从 Excel 导入人员名单(&amp;I)…</translation>
    </message>
    <message>
        <source>Nobody on the staff list was employed in {year}. Choose another year above, or add the people who worked in {year}.</source>
        <translation>人员名单中没有人在 {year} 年在职。请在上方选择其他年份，或添加 {year} 年在职的人员。</translation>
    </message>
    <message>
        <source>No one to review yet: the office has no staff. Add your people, or import a roster from Excel; each person&apos;s annual review, goals and coaching notes then appear here.</source>
        <translation>还没有可以考核的人：办公室里还没有人员。请添加人员，或从 Excel 导入人员名单；之后每个人的年度考核、目标和辅导记录都会显示在这里。</translation>
    </message>
    <message>
        <source>{n} people employed in {year} · {signed} signed off · {pending} provisional</source>
        <translation>{year}年在职 {n} 人 · 已签字 {signed} 人 · 暂定 {pending} 人</translation>
    </message>
    <message>
        <source>Distribution check: {warning}</source>
        <translation>等级分布检查：{warning}</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>未选择人员</translation>
    </message>
    <message>
        <source>{n} of 12 months counted ({span})</source>
        <translation>计入 {n}/12 个月（{span}）</translation>
    </message>
    <message>
        <source>no month counted yet</source>
        <translation>尚无计入的月份</translation>
    </message>
    <message>
        <source>totals and their targets pro-rated by {n}/12</source>
        <translation>累计类指标及其目标按 {n}/12 折算</translation>
    </message>
    <message>
        <source>{n} months not yet published, not counted</source>
        <translation>{n} 个月尚未公示，未计入</translation>
    </message>
    <message>
        <source>{name}, version {v}</source>
        <translation>{name}，第 {v} 版</translation>
    </message>
    <message>
        <source>Monthly average &lt;b&gt;{m}&lt;/b&gt; × {mw:g} % + evaluation &lt;b&gt;{e}&lt;/b&gt; × {ew:g} % = final &lt;b&gt;{f}&lt;/b&gt; · grade &lt;b&gt;{g}&lt;/b&gt;</source>
        <translation>月度均分 &lt;b&gt;{m}&lt;/b&gt; × {mw:g}% + 年终评价 &lt;b&gt;{e}&lt;/b&gt; × {ew:g}% = 总分 &lt;b&gt;{f}&lt;/b&gt; · 等级 &lt;b&gt;{g}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>rank {rank} of {count}</source>
        <translation>第 {rank} 名 / 共 {count} 人</translation>
    </message>
    <message>
        <source>Provisional result: {why}</source>
        <translation>暂定结果：{why}</translation>
    </message>
    <message>
        <source>monthly scores</source>
        <translation>月度得分</translation>
    </message>
    <message>
        <source>Provisional — still without a score: {missing}</source>
        <translation>暂定结果 — 以下尚无得分：{missing}</translation>
    </message>
    <message>
        <source>Signed off {time} by {who}. The review is locked and can no longer be changed; an administrator can unlock it with a reason.</source>
        <translation>已于 {time} 由 {who} 签字。考核已锁定，不能再修改；如需更改，由管理员说明原因后解锁。</translation>
    </message>
    <message>
        <source>The review of {name} has changes that are not saved. Discard them?</source>
        <translation>{name} 的考核有未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>请先在列表中选择一个人。</translation>
    </message>
    <message>
        <source>Reopen the signed-off review (administrators only, with a reason).</source>
        <translation>重新打开已签字的考核（仅管理员，需说明原因）。</translation>
    </message>
    <message>
        <source>Only an administrator can unlock a signed-off review.</source>
        <translation>只有管理员可以解锁已签字的考核。</translation>
    </message>
    <message>
        <source>The evaluation has changes that are not saved. Save the evaluation first, then sign off.</source>
        <translation>评价有未保存的修改。请先保存评价，再签字。</translation>
    </message>
    <message>
        <source>Sign off the {year} annual review of {name}: final {final}, grade {grade}?

The review is then locked. Changing it afterwards needs an administrator and a reason.</source>
        <translation>确认签字 {name} 的 {year} 年度考核：总分 {final}，等级 {grade}？

签字后考核将锁定。之后如需更改，须由管理员说明原因解锁。</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <source>Unlock review</source>
        <translation>解锁考核</translation>
    </message>
    <message>
        <source>Why must the signed-off review of {name} be changed? The reason is kept in the audit log.</source>
        <translation>为什么要更改 {name} 已签字的考核？原因会记入审计日志。</translation>
    </message>
    <message>
        <source>Goals for {year}</source>
        <translation>{year}年度目标</translation>
    </message>
    <message>
        <source>Goals for {year} (next year)</source>
        <translation>{year}年度目标（下一年）</translation>
    </message>
    <message>
        <source>weights add up to {total} %</source>
        <translation>权重合计 {total}%</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Delete the goal “{title}”?</source>
        <translation>删除目标“{title}”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete coaching note</source>
        <translation>删除辅导记录</translation>
    </message>
    <message>
        <source>Delete the coaching note of {date} “{topic}”?</source>
        <translation>删除 {date} 的辅导记录“{topic}”？</translation>
    </message>
    <message>
        <source>Total of the dimensions: {t}</source>
        <translation>维度权重合计：{t}</translation>
    </message>
    <message>
        <source>Fix the weights to see the ranks.</source>
        <translation>请先修正权重，再查看名次。</translation>
    </message>
    <message>
        <source>{role}: {moved} of {n} would change rank, {regraded} would change grade.</source>
        <translation>{role}：{n} 人中有 {moved} 人名次会变化，{regraded} 人等级会变化。</translation>
    </message>
    <message>
        <source>Distribution check: “{grade}” would be {share:.0f} % ({n} of {total}), above the {limit} % set.</source>
        <translation>等级分布检查：按此权重“{grade}”将占 {share:.0f}%（{n}/{total} 人），超过设定的 {limit}%。</translation>
    </message>
</context>
<context>
    <name>AppealReportDialog</name>
    <message>
        <source>Appeals self-check</source>
        <translation>复核申请自查</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Report for:</source>
        <translation>统计范围：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Appeals self-check: {label}</source>
        <translation>复核申请自查：{label}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Appeals received</source>
        <translation>收到申请</translation>
    </message>
    <message>
        <source>Accepted late</source>
        <translation>逾期受理</translation>
    </message>
    <message>
        <source>Decided on the merits</source>
        <translation>已实质处理（不含撤回）</translation>
    </message>
    <message>
        <source>Upheld or partly upheld</source>
        <translation>成立或部分成立</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按申请类别</translation>
    </message>
    <message>
        <source>Rules most often overturned</source>
        <translation>最常被推翻的考核条款</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} 次</translation>
    </message>
    <message>
        <source>A rule overturned again and again may be unclear: consider rewording it in the rulebook.</source>
        <translation>一条条款屡被推翻，可能是表述不清：请考虑在考核细则中修改措辞。</translation>
    </message>
    <message>
        <source>No rule was overturned.</source>
        <translation>没有条款被推翻。</translation>
    </message>
    <message>
        <source>Appeals per person</source>
        <translation>各人申请数</translation>
    </message>
</context>
<context>
    <name>AppealWindow</name>
    <message>
        <source>{month} is not published yet.</source>
        <translation>{month}尚未公示。</translation>
    </message>
    <message>
        <source>Appeals for {month} closed at {deadline}.</source>
        <translation>{month}的复核申请已于 {deadline} 截止。</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>Appeals for {month} close at {deadline} ({left} left).</source>
        <translation>{month}的复核申请截止：{deadline}（还剩 {left}）。</translation>
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
        <translation>编号</translation>
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
        <translation>复核项目</translation>
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
</context>
<context>
    <name>AppealsTab</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Record appeal…</source>
        <translation>登记复核申请(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>处理(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Self-check…</source>
        <translation>自查报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>复核申请</translation>
    </message>
    <message>
        <source>This person&apos;s appeals</source>
        <translation>此人的复核申请</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>{n} appeals shown, {pending} pending</source>
        <translation>显示 {n} 份申请，{pending} 份待处理</translation>
    </message>
    <message>
        <source>{n} pending: the month cannot be closed until every appeal is decided.</source>
        <translation>{n} 份待处理：全部处理完之前不能结束该月。</translation>
    </message>
    <message>
        <source>No published month is waiting for appeals.</source>
        <translation>目前没有处于复核期的已公示月份。</translation>
    </message>
    <message>
        <source>Appeals of {name}</source>
        <translation>{name}的复核申请</translation>
    </message>
    <message>
        <source>Select an appeal to see it here.</source>
        <translation>选择一份申请，在此查看详情。</translation>
    </message>
    <message>
        <source>Received {when} · {category}</source>
        <translation>收到于 {when} · {category}</translation>
    </message>
    <message>
        <source>Accepted late: {reason}</source>
        <translation>逾期受理：{reason}</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>申请理由：</translation>
    </message>
    <message>
        <source> (asks for {points})</source>
        <translation>（申请改为 {points}）</translation>
    </message>
    <message>
        <source>{points}, upheld</source>
        <translation>{points}（成立）</translation>
    </message>
    <message>
        <source>voided, upheld</source>
        <translation>作废（成立）</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>（维持）</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>复核项目：</translation>
    </message>
    <message>
        <source>Decided {when} by {who}.</source>
        <translation>{who} 于 {when} 处理。</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>处理理由：</translation>
    </message>
    <message>
        <source>Score {change}; the month is now {version}.</source>
        <translation>得分 {change}；本月成绩现为{version}。</translation>
    </message>
    <message>
        <source>No month is published now: appeals are recorded against a published month, within its appeal period.</source>
        <translation>现在没有已公示的月份：复核申请要针对已公示的月份，在复核期内登记。</translation>
    </message>
    <message>
        <source>Select a pending appeal.</source>
        <translation>请选择一份待处理的申请。</translation>
    </message>
    <message>
        <source>No appeal matches the filters above.</source>
        <translation>没有符合筛选条件的复核申请。</translation>
    </message>
    <message>
        <source>No appeals yet. After a month is published, the appeals people hand in within its appeal period are recorded here and decided item by item.</source>
        <translation>还没有复核申请。某月公示后，员工在复核期内提出的申请在这里登记，并逐项作出决定。</translation>
    </message>
    <message>
        <source>No appeals in this period. Record one with the button above when someone hands it in.</source>
        <translation>这段时间没有复核申请。有人提出时，用上方的按钮登记。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation>日期从</translation>
    </message>
    <message>
        <source>a name, order no., reason…</source>
        <translation>姓名、单号、理由……</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <source>Verify the database</source>
        <translation>校验数据库</translation>
    </message>
    <message>
        <source>Checks the database file, that no audit entry was changed or removed, and that score events and published results match it.</source>
        <translation>检查数据库文件是否完好、审计记录有没有被改动或删除，以及评分记录和公示结果是否与审计记录一致。</translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>（所有人）</translation>
    </message>
    <message>
        <source>(any action)</source>
        <translation>（所有操作）</translation>
    </message>
    <message>
        <source>(any agent)</source>
        <translation>（所有员工）</translation>
    </message>
    <message>
        <source>The newest {n} entries that match are shown; narrow the filters to see older ones.</source>
        <translation>只显示符合条件的最新 {n} 条；缩小筛选范围可以看到更早的记录。</translation>
    </message>
    <message>
        <source>{n} entries, newest first.</source>
        <translation>共 {n} 条，最新的在前。</translation>
    </message>
    <message>
        <source>#{id} · {time} · {who} · {action}</source>
        <translation>#{id} · {time} · {who} · {action}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>No values were recorded with this entry.</source>
        <translation>这条记录没有保存修改前后的内容。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查……</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>无法完成检查：{error}</translation>
    </message>
    <message>
        <source>Problem found: {problem}</source>
        <translation>发现问题：{problem}</translation>
    </message>
    <message>
        <source>({n} more problem(s).)</source>
        <translation>（另有 {n} 处问题。）</translation>
    </message>
    <message>
        <source>All holds: the database file is intact, the {n} audit entries are unbroken, and score events and published results match them.</source>
        <translation>全部正常：数据库文件完好，{n} 条审计记录环环相扣，评分记录和公示结果与审计记录一致。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>BatchEventDialog</name>
    <message>
        <source>All teams</source>
        <translation>全部组别</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>已选 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n event(s)</source>
        <translation>
            <numerusform>记录 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Tick at least one person.</source>
        <translation>请至少勾选一个人。</translation>
    </message>
    <message>
        <source>Choose the rule: type its code or part of its name.</source>
        <translation>请选择考核项目：输入代码或项目名称的一部分。</translation>
    </message>
    <message>
        <source>Record for several people</source>
        <translation>批量记录评分</translation>
    </message>
    <message>
        <source>One event for each person ticked: a team bonus, or a meeting everyone missed. Each person&apos;s event is checked and audited on its own; if one is refused, none is recorded.</source>
        <translation>为勾选的每个人各记一条评分：例如全组加分，或全员缺席的例会。每个人的记录分别检查、分别记入审计；只要有一人不能记录，就一条也不记。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Find by no. or name</source>
        <translation>按工号或姓名查找</translation>
    </message>
    <message>
        <source>Show one team only</source>
        <translation>只显示一个组</translation>
    </message>
    <message>
        <source>Tick all &amp;shown</source>
        <translation>勾选显示的全部(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除勾选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>考核项目(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>分值(&amp;P)：</translation>
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
        <source>R&amp;eference:</source>
        <translation>单号(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Why: shown on every person&apos;s scorecard</source>
        <translation>原因：会显示在每个人的考核卡上</translation>
    </message>
</context>
<context>
    <name>BulletinOptionsDialog</name>
    <message>
        <source>Print bulletin — {month}</source>
        <translation>打印考核公示 — {month}</translation>
    </message>
    <message>
        <source>{month} is not published yet. This prints a DRAFT from the current scores, marked “草稿” on every page, without an appeal deadline. Do not post it on the wall; publish the month first.</source>
        <translation>{month}尚未公示。这次打印的是按当前分数生成的草稿，每页都标有“草稿”，没有复核截止时间。请勿张贴；正式张贴前请先公示本月。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Names on the wall</source>
        <translation>姓名显示方式</translation>
    </message>
    <message>
        <source>Full name (张晓梅)</source>
        <translation>显示全名（张晓梅）</translation>
    </message>
    <message>
        <source>Surname + 某 (张某)</source>
        <translation>姓氏+某（张某）</translation>
    </message>
    <message>
        <source>Employee no. only (KF001)</source>
        <translation>仅显示工号（KF001）</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Mark warnings with ※ (switch off for the wall)</source>
        <translation>用 ※ 标出预警（张贴时可关闭）</translation>
    </message>
    <message>
        <source>Bar chart of the scores</source>
        <translation>得分柱状图</translation>
    </message>
    <message>
        <source>Print &amp;draft…</source>
        <translation>打印草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>CalibrationSessionDialog</name>
    <message>
        <source>New calibration session</source>
        <translation>新建校准会话</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Conversations:</source>
        <translation>会话单号(&amp;C)：</translation>
    </message>
    <message>
        <source>One ticket or order number a line</source>
        <translation>每行一个工单号或订单号</translation>
    </message>
    <message>
        <source>&amp;Graders:</source>
        <translation>评分人(&amp;G)：</translation>
    </message>
    <message>
        <source>One name a line: the supervisor, team leads, quality inspectors</source>
        <translation>每行一个姓名：主管、组长、质检专员</translation>
    </message>
</context>
<context>
    <name>CalibrationWindow</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type 1 or Y for pass, 0 or N for fail, Delete to clear; the cursor moves on to the next item. Only this grader&apos;s own ratings are shown while the session is open.</source>
        <translation>输入 1 或 Y 表示通过，0 或 N 表示不通过，Delete 清除；光标随后移到下一项。会话进行中只显示本评分人自己的评分。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>The report opens when the session is closed: until then the graders do not see each other&apos;s ratings.</source>
        <translation>会话结束后才能看报告：在此之前评分人互相看不到对方的评分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{ref}&lt;/b&gt; · {code} {text}</source>
        <translation>&lt;b&gt;{ref}&lt;/b&gt; · {code} {text}</translation>
    </message>
    <message>
        <source>{done} of {total} rated</source>
        <translation>已评 {done} / {total}</translation>
    </message>
    <message>
        <source>{name}: {done} of {total}</source>
        <translation>{name}：{done} / {total}</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Close “{title}”? The ratings are then frozen and the report opens.

{lines}</source>
        <translation>结束“{title}”？结束后评分冻结，并可查看报告。

{lines}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}: cannot be computed.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;{name}：无法计算。&lt;/b&gt;{why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} = {value:.3f} — {reading}&lt;/b&gt; ({convs} conversations, {graders} graders, {units} items rated by all; overall agreement {agreement})</source>
        <translation>&lt;b&gt;{name} = {value:.3f} — {reading}&lt;/b&gt;（{convs} 个会话，{graders} 位评分人，按 {units} 个所有人都评过的项目计算；总体一致率 {agreement}）</translation>
    </message>
    <message>
        <source>Most disagreed: {items}</source>
        <translation>分歧最大：{items}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>全体一致</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>more lenient</source>
        <translation>偏宽</translation>
    </message>
    <message>
        <source>stricter</source>
        <translation>偏严</translation>
    </message>
    <message>
        <source>as the consensus</source>
        <translation>与共识一致</translation>
    </message>
    <message>
        <source>Grader</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>No calibration session yet. Choose “New session…” below, list a few conversations (ticket or order numbers) and two or more graders — the supervisor, team leads, quality inspectors. Each grader rates them here without seeing the others; closing the session opens the report: how far the graders agree, item by item and over time.</source>
        <translation>还没有校准会话。点下面的“新建会话…”，填几个要校准的会话（工单号或订单号）和两位以上的评分人——主管、组长、质检专员。每位评分人在这里各自打分，互相看不到；结束会话后打开报告：评分人之间一致到什么程度，逐项列出，并能看历次的变化。</translation>
    </message>
    <message>
        <source>See this grader&apos;s everyday spot checks</source>
        <translation>查看该评分人的日常抽查</translation>
    </message>
    <message>
        <source>Right-click a grader to see the everyday spot checks they made.</source>
        <translation>右键单击评分人，可查看其日常抽查。</translation>
    </message>
    <message>
        <source>Show &amp;every grader</source>
        <translation>显示全部抽查人(&amp;E)</translation>
    </message>
    <message>
        <source>Spot checks {first} to {last}, per grader (the spot check&apos;s grader): deductions proposed per check. A grader far above or below the others is worth a look at the next calibration.</source>
        <translation>{first} 至 {last} 的日常抽查，按抽查人统计每次抽查建议的扣分数。明显高于或低于其他人的抽查人，值得在下次校准时留意。</translation>
    </message>
    <message>
        <source>No spot checks from {first} to {last}. Spot checks are recorded on the daily scoring tab with “Spot check…”; once there are some, this tab compares the graders who made them.</source>
        <translation>{first} 至 {last} 没有日常抽查。抽查在“日常评分”页用“随机抽查…”录入；有了抽查记录后，这里会比较各抽查人的尺度。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>抽查次数</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>建议扣分</translation>
    </message>
    <message>
        <source>Only {name}&apos;s spot checks, beside everyone&apos;s.</source>
        <translation>只显示 {name} 的抽查，旁边是全体的数字。</translation>
    </message>
    <message>
        <source>{name} made no everyday spot checks from {first} to {last}; everyone&apos;s are shown below for comparison.</source>
        <translation>{name} 在 {first} 至 {last} 没有日常抽查记录；下面列出全体的数字供对照。</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>宽严度</translation>
    </message>
    <message>
        <source>Leaning</source>
        <translation>倾向</translation>
    </message>
    <message>
        <source>Agreement with consensus</source>
        <translation>与共识一致</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>漏评</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Conversations × graders</source>
        <translation>会话 × 评分人</translation>
    </message>
    <message>
        <source>The grader&apos;s fails minus the consensus&apos; fails over the same items: negative is more lenient than the group, positive stricter.</source>
        <translation>评分人判“不通过”的次数减去共识的“不通过”次数（同一批项目）：负数比大家宽松，正数比大家严格。</translation>
    </message>
    <message>
        <source>Share of the items with a majority where the grader gave the majority&apos;s verdict.</source>
        <translation>在有多数意见的项目中，评分人与多数意见相同的比例。</translation>
    </message>
    <message>
        <source>Items the grader left unrated.</source>
        <translation>评分人没有评的项目数。</translation>
    </message>
    <message>
        <source>agreement is improving</source>
        <translation>一致性在提高</translation>
    </message>
    <message>
        <source>agreement is falling</source>
        <translation>一致性在下降</translation>
    </message>
    <message>
        <source>agreement is steady</source>
        <translation>一致性保持平稳</translation>
    </message>
    <message>
        <source>Sessions over time: kappa {course} — {word}</source>
        <translation>历次校准：kappa {course}，{word}</translation>
    </message>
    <message>
        <source>Print the calibration report</source>
        <translation>打印校准报告</translation>
    </message>
    <message>
        <source>calibration_{id}.pdf</source>
        <translation>校准报告_{id}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Calibration report written to “{name}”.</source>
        <translation>校准报告已保存为“{name}”。</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Printing the calibration report…</source>
        <translation>正在打印校准报告…</translation>
    </message>
    <message>
        <source>Save the calibration template</source>
        <translation>保存校准评分模板</translation>
    </message>
    <message>
        <source>calibration_{id}.xlsx</source>
        <translation>校准评分_{id}.xlsx</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template written to “{name}”.</source>
        <translation>模板已保存为“{name}”。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Import calibration ratings</source>
        <translation>导入校准评分</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>没有导入</translation>
    </message>
    <message>
        <source>Calibration sessions</source>
        <translation>评分校准</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>校准会话</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>新建会话(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;lose session…</source>
        <translation>结束会话(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Excel &amp;template…</source>
        <translation>Excel 模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Enter ratings</source>
        <translation>录入评分(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Grader:</source>
        <translation>评分人(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>Agreement per checklist item (least agreed first)</source>
        <translation>各检查项目的一致率（最不一致的在前）</translation>
    </message>
    <message>
        <source>Graders against the consensus</source>
        <translation>评分人与共识的比较</translation>
    </message>
    <message>
        <source>Sessions over time</source>
        <translation>历次校准</translation>
    </message>
    <message>
        <source>Everyday &amp;spot checks</source>
        <translation>日常抽查(&amp;S)</translation>
    </message>
    <message>
        <source>Fail rate per checklist item</source>
        <translation>各检查项目的不通过率</translation>
    </message>
</context>
<context>
    <name>CheckPrintoutDialog</name>
    <message>
        <source>Check a printout</source>
        <translation>核对打印件</translation>
    </message>
    <message>
        <source>Bulletins and scorecards print a fingerprint of the published results at the foot of each page, e.g. “3F9A0C127B4E”. Type it here to see whether the paper matches the database.</source>
        <translation>考核公示和个人考核卡每页底部印有公示结果的指纹，例如“公示指纹 3F9A0C127B4E”。在这里输入，即可核对纸面内容是否与数据库一致。</translation>
    </message>
    <message>
        <source>12 letters and digits, as printed</source>
        <translation>12 位字母和数字，照纸上填写</translation>
    </message>
    <message>
        <source>Month on the paper:</source>
        <translation>纸上的月份：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>公示指纹：</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>No month has been published yet, so no printout can match.</source>
        <translation>还没有公示过任何月份，没有可以核对的打印件。</translation>
    </message>
    <message>
        <source>Type the fingerprint printed at the foot of the page.</source>
        <translation>请输入页面底部印的公示指纹。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Matches.&lt;/b&gt; This is revision {rev} of {month}, published on {time} by {who} — the results now in force.</source>
        <translation>&lt;b&gt;一致。&lt;/b&gt;这是{month}第 {rev} 版公示结果，由 {who} 于 {time} 公示，是现行有效的结果。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date.&lt;/b&gt; This matches revision {rev} of {month}, published on {time} by {who}, which was later replaced: revision {current} is now in force. Print the current bulletin again.</source>
        <translation>&lt;b&gt;已过期。&lt;/b&gt;这与{month}第 {rev} 版公示结果一致（{who} 于 {time} 公示），但该版本后来已被替换，现行的是第 {current} 版。请重新打印当前的考核公示。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Matches what was published, but the database was changed since.&lt;/b&gt; The paper is revision {rev} of {month} as published on {time}; the results stored now no longer produce this fingerprint — they were changed behind the program&apos;s back. Run Verify in the audit trail and restore a backup.</source>
        <translation>&lt;b&gt;与公示时一致，但数据库之后被改动过。&lt;/b&gt;这份纸面材料是{month}第 {rev} 版公示结果（{time} 公示）；数据库中现存的结果已算不出这个指纹——它们被绕过程序改动过。请在审计记录中运行“校验数据库”，并从备份恢复。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No match.&lt;/b&gt; {month} has not been published.</source>
        <translation>&lt;b&gt;不一致。&lt;/b&gt;{month}还没有公示。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No match.&lt;/b&gt; The fingerprint matches no revision of {month}. Check that it was typed correctly and the month is right; otherwise the paper was not printed from these results.</source>
        <translation>&lt;b&gt;不一致。&lt;/b&gt;这个指纹与{month}的任何一版公示结果都不符。请检查是否输错、月份是否选对；如果都没错，这份纸面材料就不是根据这些结果打印的。</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Spot-check checklist</source>
        <translation>随机抽查检查项目</translation>
    </message>
    <message>
        <source>Changes apply to new spot checks; checks already recorded keep the items they had.</source>
        <translation>修改只影响以后的抽查；已记录的抽查保留当时的检查项目。</translation>
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
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ChecklistItemDialog</name>
    <message>
        <source>Edit checklist item</source>
        <translation>编辑检查项目</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>新增检查项目</translation>
    </message>
    <message>
        <source>No deduction</source>
        <translation>不扣分</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>类别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>检查项目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Deduction if failed:</source>
        <translation>不合格时扣分(&amp;D)：</translation>
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
    <name>ChecklistModel</name>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Deduction if failed</source>
        <translation>不合格时扣分</translation>
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
        <translation>结果</translation>
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
    <name>CoachingNoteDialog</name>
    <message>
        <source>Edit coaching note</source>
        <translation>编辑辅导记录</translation>
    </message>
    <message>
        <source>Add coaching note</source>
        <translation>添加辅导记录</translation>
    </message>
    <message>
        <source>e.g. Handling repeat complaints</source>
        <translation>例如：重复投诉的处理</translation>
    </message>
    <message>
        <source>What was discussed and agreed</source>
        <translation>辅导内容与约定的改进点</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>内容(&amp;N)：</translation>
    </message>
    <message>
        <source>F&amp;ollow-up:</source>
        <translation>跟进(&amp;O)：</translation>
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
        <source>Spot check…</source>
        <translation>随机抽查…</translation>
    </message>
    <message>
        <source>Check one conversation or ticket against the service code; failed items propose their deduction for you to confirm.</source>
        <translation>按服务规范检查一次对话或工单；不合格项会建议相应扣分，由您确认后记入。</translation>
    </message>
    <message>
        <source>Spot checks of the month…</source>
        <translation>本月抽查情况…</translation>
    </message>
    <message>
        <source>Calibration sessions…</source>
        <translation>评分校准…</translation>
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
        <source>&amp;Team:</source>
        <translation>组别(&amp;T)：</translation>
    </message>
    <message>
        <source>Show one team&apos;s standings, with its average beside the office&apos;s</source>
        <translation>只看一个组的排名，并与全体平均分比较</translation>
    </message>
    <message>
        <source>Double-click a person to list only their events.</source>
        <translation>双击某人，只列出此人的评分记录。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Show this person&apos;s &amp;events</source>
        <translation>只看此人的评分记录(&amp;E)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Loading {n} events…</source>
        <translation>正在读取 {n} 条评分记录…</translation>
    </message>
    <message>
        <source>Loading {month}…</source>
        <translation>正在读取{month}…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部组别</translation>
    </message>
    <message>
        <source>Live: updates as events are recorded (not yet published).</source>
        <translation>实时：随评分记录更新（尚未公示）。</translation>
    </message>
    <message>
        <source>As published: {version}.</source>
        <translation>公示结果：{version}。</translation>
    </message>
    <message>
        <source>Office average {avg:.1f} ({n} ranked)</source>
        <translation>全体平均 {avg:.1f} 分（{n} 人参与排名）</translation>
    </message>
    <message>
        <source>{team} average {avg:.1f} ({diff:+.1f} against the office) · </source>
        <translation>{team}平均 {avg:.1f} 分（比全体 {diff:+.1f}）· </translation>
    </message>
    <message>
        <source>No one is on the staff list yet: add people on the Staff tab (or import a roster from Excel) before recording events.</source>
        <translation>还没有人员：请先在“人员”页添加人员（或从 Excel 导入人员名单），再记录评分。</translation>
    </message>
    <message>
        <source>No event matches the filters above.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>No events were recorded in {month}.</source>
        <translation>{month}没有评分记录。</translation>
    </message>
    <message>
        <source>No events in {month} yet. Type an employee no. or name and a rule code in the strip above and press Enter (Ctrl+N brings you back to it).</source>
        <translation>{month}还没有评分记录。在上方录入栏输入工号或姓名、项目代码，按回车保存（Ctrl+N 回到录入栏）。</translation>
    </message>
    <message>
        <source>The standings list everyone employed in the month, once people are added.</source>
        <translation>添加人员后，这里列出本月在职的每个人的得分和名次。</translation>
    </message>
    <message>
        <source>No one in this team was employed in the month.</source>
        <translation>这个组本月没有在职人员。</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>显示 {shown} / 共 {total} 条</translation>
    </message>
    <message>
        <source>shown: {bonus} / {deduction}, net {net}</source>
        <translation>合计 {net}（加 {bonus}，扣 {deduction}）</translation>
    </message>
    <message>
        <source>This event is already voided.</source>
        <translation>这条记录已经作废。</translation>
    </message>
    <message>
        <source>Void the selected event, with a reason (Delete)</source>
        <translation>作废选中的记录，需填写理由（Delete 键）</translation>
    </message>
    <message>
        <source>Only a voided event can be restored.</source>
        <translation>只有已作废的记录才能恢复。</translation>
    </message>
    <message>
        <source>Count the voided event again, with a reason</source>
        <translation>让已作废的记录重新计分（需说明理由）</translation>
    </message>
    <message>
        <source>Restore event</source>
        <translation>恢复评分记录</translation>
    </message>
    <message>
        <source>Count {code} {points} for {name} on {date} again?
It was voided: {why}
Reason for restoring:</source>
        <translation>恢复 {name} {date} 的 {code} {points}，重新计分？
作废理由：{why}
恢复理由：</translation>
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
    <name>DecideDialog</name>
    <message>
        <source>same rule</source>
        <translation>原考核项目</translation>
    </message>
    <message>
        <source>When the wrong rule was applied, choose the right one; the points are the new total.</source>
        <translation>适用条款有误时，选择正确的考核项目；分值为更正后的分值。</translation>
    </message>
    <message>
        <source>Void the event</source>
        <translation>作废该记录</translation>
    </message>
    <message>
        <source>Change points to</source>
        <translation>分值改为</translation>
    </message>
    <message>
        <source>Keep as recorded</source>
        <translation>维持原记录</translation>
    </message>
    <message>
        <source>Decide appeal #{id}</source>
        <translation>处理复核申请 #{id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({no}) · {month} · received {received} · {category}&lt;br&gt;Reason: {reason}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;（{no}）· {month} · 收到于 {received} · {category}&lt;br&gt;申请理由：{reason}</translation>
    </message>
    <message>
        <source>&amp;Upheld</source>
        <translation>成立(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Partly upheld</source>
        <translation>部分成立(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source> (asks for {points})</source>
        <translation>（申请改为 {points}）</translation>
    </message>
    <message>
        <source>Disputed events</source>
        <translation>申请复核的评分记录</translation>
    </message>
    <message>
        <source>The whole score: choose the events to correct</source>
        <translation>对整体成绩的申请：请选择要更正的评分记录</translation>
    </message>
    <message>
        <source>Required when rejected or partly upheld</source>
        <translation>驳回或部分成立时必须填写</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>确认处理(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Upheld or partly upheld: the month is re-issued as a new revision, re-ranked, and its bulletin is marked for reprint. Earlier revisions are kept.</source>
        <translation>成立或部分成立时，本月成绩将重新生成一个修订版并重新排名，公示表标记为需重新打印；之前的版本都会保留。</translation>
    </message>
    <message>
        <source>Reason for the decision:</source>
        <translation>处理理由：</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
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
        <source>R&amp;ule:</source>
        <translation>项目(&amp;U)：</translation>
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
        <source>Sa&amp;ve (Enter)</source>
        <translation>保存 (回车)(&amp;V)</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>人员(&amp;E)：</translation>
    </message>
    <message>
        <source>Po&amp;ints:</source>
        <translation>分值(&amp;I)：</translation>
    </message>
    <message>
        <source>Meth&amp;od:</source>
        <translation>考核方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Refe&amp;rence:</source>
        <translation>单号(&amp;R)：</translation>
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
    <message>
        <source>gift {tier} owed</source>
        <translation>应送赠品{tier}</translation>
    </message>
</context>
<context>
    <name>EventPickModel</name>
    <message>
        <source>Disputed</source>
        <translation>申请复核</translation>
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
        <source>Gift {tier} · {amount}</source>
        <translation>赠品{tier} · {amount}</translation>
    </message>
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
        <source>Order / gift</source>
        <translation>订单/赠品</translation>
    </message>
    <message>
        <source>Voided / restored</source>
        <translation>作废 / 恢复</translation>
    </message>
    <message>
        <source>Restored: {reason}</source>
        <translation>已恢复：{reason}</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
</context>
<context>
    <name>ExamAnalysisDialog</name>
    <message>
        <source>Item analysis: {title}</source>
        <translation>试题分析：{title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · {people} people marked · {n} questions, {flagged} to revise. Difficulty is the share of the points earned (above 0.9 too easy, below 0.3 too hard); discrimination compares the best and the weakest 27 % (below 0.2 low, below 0 the weaker did better). A question everyone got right has no discrimination.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · 已阅卷 {people} 人 · 共 {n} 题，{flagged} 题需修改。难度 = 平均得分率（高于 0.9 太容易，低于 0.3 太难）；区分度 = 总分前 27 % 与后 27 % 的得分率之差（低于 0.2 偏低，低于 0 说明成绩差的人反而答得好）。所有人都答对的题没有区分度。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Select a person&apos;s weak topic below.</source>
        <translation>请先在下方选中某个人的薄弱知识点。</translation>
    </message>
    <message>
        <source>Coaching note recorded for {name}: {topic}</source>
        <translation>已为 {name} 记录辅导：{topic}</translation>
    </message>
    <message>
        <source>Weak topics (less than 60 % of the points earned):</source>
        <translation>薄弱知识点（得分率低于 60 %）：</translation>
    </message>
    <message>
        <source>Start a &amp;coaching note for this person</source>
        <translation>为此人记录辅导(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ExamBank</name>
    <message>
        <source>Orders</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Daily work</source>
        <translation>日常工作</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>填空</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>简答</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>易</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>难</translation>
    </message>
    <message>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <source>(model answer)</source>
        <translation>（见参考答案）</translation>
    </message>
</context>
<context>
    <name>ExamBankDialog</name>
    <message>
        <source>Question bank</source>
        <translation>题库</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{shown} of {total} questions</source>
        <translation>显示 {shown} / 共 {total} 题</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复使用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>删除题目</translation>
    </message>
    <message>
        <source>Delete question {no}?</source>
        <translation>删除第 {no} 题？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import the question bank</source>
        <translation>导入题库</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods)</source>
        <translation>表格文件 (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>{added} questions added, {updated} changed.</source>
        <translation>新增 {added} 题，修改 {updated} 题。</translation>
    </message>
    <message>
        <source>Export the question bank</source>
        <translation>导出题库</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Search question, topic or number</source>
        <translation>搜索题目、知识点或编号</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;New question…</source>
        <translation>新增题目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
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
        <source>Results entered</source>
        <translation>已录成绩</translation>
    </message>
    <message>
        <source>Results entered (absences included) of the people employed on the exam date</source>
        <translation>已录入的成绩（含缺考）/ 考试当天在职的人数</translation>
    </message>
</context>
<context>
    <name>ExamMarkingDialog</name>
    <message>
        <source>Mark answers: {title}</source>
        <translation>阅卷：{title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · full marks {full}. Type each person&apos;s answers as written on their paper: a letter for single choice and true/false (T/F, 1/0) moves on at once; multiple choice (ACD), fill-in (the words, or + / -) and short answers (points) end with Enter. Green: right; grey: wrong; red: cannot be read (see its tooltip).</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · 满分 {full}。按每人试卷上写的答案录入：单选、判断题按一个键（字母，T/F 或 1/0）即跳到下一题；多选（几个字母，如 AC）、填空（所写文字，或 + / -）和简答（得分）按回车结束。绿色为对，灰色为错，红色为无法识别（鼠标停留可看原因）。</translation>
    </message>
    <message>
        <source>Delete the marked answers, e.g. to change the paper. The results already entered stay.</source>
        <translation>删除已录入的答卷（例如要换试卷时）。已记入的成绩保留。</translation>
    </message>
    <message>
        <source>Read the answers typed into the exported grid; all or nothing, every problem named by row.</source>
        <translation>读取在导出的答卷表中填写的答案；要么全部导入，要么一行也不导入，每个问题都会指出行号。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{typed} of {n} people entered, {unsaved} not saved yet</source>
        <translation>已录入 {typed} / {n} 人，{unsaved} 人尚未保存</translation>
    </message>
    <message>
        <source>Nothing saved. Correct the red cells first:</source>
        <translation>没有保存。请先改正红色的格子：</translation>
    </message>
    <message>
        <source>No answers typed yet.</source>
        <translation>还没有录入答案。</translation>
    </message>
    <message>
        <source>Saved: {n} people marked; their totals are the exam&apos;s results.</source>
        <translation>已保存：{n} 人已阅卷，总分已记为本次考试成绩。</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>清除答卷</translation>
    </message>
    <message>
        <source>Delete every marked answer of this exam? The results already entered stay until answers are entered again.</source>
        <translation>删除本次考试的全部答卷？已记入的成绩保留，重新阅卷后更新。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Save the answer grid</source>
        <translation>保存答卷表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Import the answers</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods)</source>
        <translation>表格文件 (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>&amp;Mark and enter the results</source>
        <translation>阅卷并记入成绩(&amp;M)</translation>
    </message>
    <message>
        <source>Grid to &amp;Excel…</source>
        <translation>导出答卷表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>C&amp;lear the answers…</source>
        <translation>清除答卷(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>ExamPaperDialog</name>
    <message>
        <source>Paper of {title}</source>
        <translation>组卷：{title}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{n} questions, {total} points ({areas})</source>
        <translation>{n} 题，共 {total} 分（{areas}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · {date} · full marks {full}. Draw a balanced paper (by area, topic and difficulty) or add questions by hand; saving makes versions A and B with the questions and options shuffled, and sets the exam&apos;s full marks to the paper&apos;s total.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · {date} · 满分 {full}。可按领域、知识点和难度均衡抽题，也可手工选题；保存时生成题目和选项顺序各不相同的 A、B 两卷，并把考试满分设为试卷总分。</translation>
    </message>
    <message>
        <source>Save the paper first.</source>
        <translation>请先保存试卷。</translation>
    </message>
    <message>
        <source>Save the printout</source>
        <translation>保存打印文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>题数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Skip questions used in the last (months):</source>
        <translation>避开最近几个月用过的题（月）：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Draw a balanced paper</source>
        <translation>均衡抽题(&amp;D)</translation>
    </message>
    <message>
        <source>Bank (double-click to add)</source>
        <translation>题库（双击加入试卷）</translation>
    </message>
    <message>
        <source>&amp;Add to paper →</source>
        <translation>加入试卷(&amp;A) →</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>试卷</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← 移出(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save paper (versions A and B)</source>
        <translation>保存试卷（A、B 卷）(&amp;S)</translation>
    </message>
    <message>
        <source>Print paper &amp;A…</source>
        <translation>打印 A 卷(&amp;A)…</translation>
    </message>
    <message>
        <source>Print paper &amp;B…</source>
        <translation>打印 B 卷(&amp;B)…</translation>
    </message>
    <message>
        <source>Print answer &amp;sheet…</source>
        <translation>打印答题卡(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the &amp;key…</source>
        <translation>打印答案(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>ExamQuestionDialog</name>
    <message>
        <source>&amp;Area:</source>
        <translation>领域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>知识点(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>题型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>题目(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>选项(&amp;O)：</translation>
    </message>
    <message>
        <source>One option a line: the first is A, the second B …</source>
        <translation>每行一个选项：第一行是 A，第二行是 B……</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>答案(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Model answer:</source>
        <translation>参考答案(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>分值(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>难度(&amp;D)：</translation>
    </message>
    <message>
        <source>In use (drawn for new papers)</source>
        <translation>启用（新试卷可抽到）</translation>
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
        <source>Absent:</source>
        <translation>缺考：</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>平均分：</translation>
    </message>
    <message>
        <source>Entered:</source>
        <translation>已录入：</translation>
    </message>
    <message>
        <source>Question &amp;bank…</source>
        <translation>题库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Paper…</source>
        <translation>组卷与打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Mark answers…</source>
        <translation>阅卷(&amp;M)…</translation>
    </message>
    <message>
        <source>Item a&amp;nalysis…</source>
        <translation>试题分析(&amp;N)…</translation>
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
        <source>Confirm &amp;selected</source>
        <translation>确认所选(&amp;S)</translation>
    </message>
    <message>
        <source>Confirm a&amp;ll</source>
        <translation>全部确认(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>驳回(&amp;D)…</translation>
    </message>
    <message>
        <source>Do not record the selected proposals; a reason is asked for.</source>
        <translation>不记录所选的建议，需要填写理由。</translation>
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
        <source>Dismiss proposals</source>
        <translation>驳回建议</translation>
    </message>
    <message>
        <source>Why are these {n} proposals not recorded? The reason is kept with the month.</source>
        <translation>为什么不记录这 {n} 条建议？理由随本月保存。</translation>
    </message>
    <message>
        <source>Score distribution (% of full marks):</source>
        <translation>成绩分布（占满分的百分比）：</translation>
    </message>
    <message>
        <source>&amp;Add an exam…</source>
        <translation>添加考试(&amp;A)…</translation>
    </message>
    <message>
        <source>No exam in {month} yet. Add the month&apos;s skills exam, then enter everyone&apos;s results in the grid on the right.</source>
        <translation>{month}还没有考试。先添加本月的技能考试，再在右侧表格中录入每个人的成绩。</translation>
    </message>
    <message>
        <source>{entered} ({sat} sat the exam)</source>
        <translation>{entered} 人（参考 {sat} 人）</translation>
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
    <message>
        <source>Compose the exam&apos;s paper first (Paper…).</source>
        <translation>请先组卷（组卷与打印…）。</translation>
    </message>
    <message>
        <source>Mark the answers first (Mark answers…).</source>
        <translation>请先阅卷（阅卷…）。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to csperf</source>
        <translation>欢迎使用 csperf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; csperf keeps the monthly appraisal of your customer-service team: daily bonus and deduction points, monthly results, appeals and the annual review. Three steps set it up.</source>
        <translation>&lt;b&gt;欢迎！&lt;/b&gt;csperf 管理客服团队的绩效考核：日常加分扣分、月度成绩、复核申请和年度考核。只需三步即可开始。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no user account yet.&lt;/b&gt; Create the administrator who will manage it.</source>
        <translation>&lt;b&gt;这个数据库还没有用户账户。&lt;/b&gt;请创建负责管理它的管理员。</translation>
    </message>
    <message>
        <source>1. Administrator account</source>
        <translation>1. 管理员账户</translation>
    </message>
    <message>
        <source>e.g. admin or your name</source>
        <translation>例如 admin 或您的名字</translation>
    </message>
    <message>
        <source>optional: shown in the audit trail</source>
        <translation>可选：显示在审计记录中</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>2. Company and data</source>
        <translation>2. 公司和数据</translation>
    </message>
    <message>
        <source>printed on the bulletin and the scorecards</source>
        <translation>印在考核公示和个人考核卡上</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <source>The data stays on this PC in this file. Automatic backups go to {folder}.</source>
        <translation>数据保存在本机的这个文件里。自动备份保存在 {folder}。</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <source>3. Start with</source>
        <translation>3. 开始方式</translation>
    </message>
    <message>
        <source>The demo office — 12 people and two years of records, to try everything out</source>
        <translation>演示数据——12 名员工、两年的记录，先熟悉各项功能</translation>
    </message>
    <message>
        <source>An empty office — add your people yourself</source>
        <translation>空白办公室——自己添加人员</translation>
    </message>
    <message>
        <source>Import the staff roster from an Excel file</source>
        <translation>从 Excel 文件导入人员名单</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件……</translation>
    </message>
    <message>
        <source>Save a blank roster template…</source>
        <translation>保存空白名单模板……</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Where to keep the data</source>
        <translation>数据保存位置</translation>
    </message>
    <message>
        <source>csperf database (*.db)</source>
        <translation>csperf 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Staff roster</source>
        <translation>人员名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the roster template</source>
        <translation>保存人员名单模板</translation>
    </message>
    <message>
        <source>the roster workbook (.xlsx, .xls or .ods)</source>
        <translation>人员名单表格（.xlsx、.xls 或 .ods）</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods)</source>
        <translation>表格文件 (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>staff roster.xlsx</source>
        <translation>人员名单.xlsx</translation>
    </message>
    <message>
        <source>Type a user name for the administrator.</source>
        <translation>请输入管理员的用户名。</translation>
    </message>
    <message>
        <source>Type the company name.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <source>Choose where to keep the data.</source>
        <translation>请选择数据保存位置。</translation>
    </message>
    <message>
        <source>That is a folder; choose a file name such as csperf.db.</source>
        <translation>这是一个文件夹，请输入文件名，例如 csperf.db。</translation>
    </message>
    <message>
        <source>A file already exists there. Choose another name, or cancel and open that database instead.</source>
        <translation>该位置已有文件。请换一个文件名，或取消后直接打开那个数据库。</translation>
    </message>
    <message>
        <source>Choose the roster workbook, or start with an empty office.</source>
        <translation>请选择人员名单工作簿，或改为从空白办公室开始。</translation>
    </message>
    <message>
        <source>Setting up… (the demo office takes a few seconds)</source>
        <translation>正在设置……（演示数据需要几秒钟）</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>正在设置……</translation>
    </message>
    <message>
        <source>The roster has {n} problem(s); nothing was imported. Fix them in Excel and press Start again.</source>
        <translation>人员名单有 {n} 处问题，没有导入任何数据。请在 Excel 中改正后再次点击“开始”。</translation>
    </message>
</context>
<context>
    <name>GiftsDialog</name>
    <message>
        <source>Order gifts — {month}</source>
        <translation>赠品发放 — {month}</translation>
    </message>
    <message>
        <source>All gifts</source>
        <translation>全部赠品</translation>
    </message>
    <message>
        <source>Not yet given</source>
        <translation>未发放</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <source>&amp;Mark as given</source>
        <translation>标记已发放(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Undo given…</source>
        <translation>撤销发放(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Print list (PDF)…</source>
        <translation>打印清单 (PDF)(&amp;P)…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Given &amp;on:</source>
        <translation>发放日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{month}: {n} gifts (A {a}, B {b}, C {c}); {pending} not yet given.</source>
        <translation>{month}：赠品 {n} 份（A {a}，B {b}，C {c}），未发放 {pending} 份。</translation>
    </message>
    <message>
        <source>Undo given</source>
        <translation>撤销发放</translation>
    </message>
    <message>
        <source>Take back the handout record of {n} gift(s)? The audit trail keeps it.
Reason:</source>
        <translation>撤销 {n} 份赠品的发放登记？审计记录会保留。
理由：</translation>
    </message>
    <message>
        <source>{month}_gift_list.pdf</source>
        <translation>{month}_赠品发放清单.pdf</translation>
    </message>
    <message>
        <source>Print the gift list — {month}</source>
        <translation>打印赠品发放清单 — {month}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Gift list written to “{name}”.</source>
        <translation>赠品发放清单已写入“{name}”。</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Printing the gift list…</source>
        <translation>正在打印赠品发放清单…</translation>
    </message>
</context>
<context>
    <name>GiftsModel</name>
    <message>
        <source>Event</source>
        <translation>记录号</translation>
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
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>发放情况</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未发放</translation>
    </message>
    <message>
        <source>Given {date} · {by}</source>
        <translation>已发放 {date} · {by}</translation>
    </message>
    <message>
        <source>Gift {tier}</source>
        <translation>赠品{tier}</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>Add goal for {year}</source>
        <translation>添加{year}年度目标</translation>
    </message>
    <message>
        <source>e.g. Raise CSAT to 96 %</source>
        <translation>例如：客户满意度提升到 96%</translation>
    </message>
    <message>
        <source>(none — a goal of its own)</source>
        <translation>（不关联 — 独立目标）</translation>
    </message>
    <message>
        <source>optional, a number</source>
        <translation>可选，填数字</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>关联指标(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>A goal linked to an indicator replaces the template&apos;s target for this person.</source>
        <translation>关联了指标的目标，会替代模板中该指标对此人的目标值。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>csperf user guide</source>
        <translation>csperf 用户指南</translation>
    </message>
    <message>
        <source>The user guide was not found at {path}.</source>
        <translation>在 {path} 找不到用户指南。</translation>
    </message>
    <message>
        <source>Find in the guide (Enter for the next one)</source>
        <translation>在指南中查找（按 Enter 找下一处）</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>没有找到。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {kind} — {file}</source>
        <translation>导入{kind} — {file}</translation>
    </message>
    <message>
        <source>“{file}” has {n} problem(s). Nothing will be imported: correct them in the workbook and import it again. “Save a marked copy” writes the workbook with each problem cell in red and a comment.</source>
        <translation>“{file}”有 {n} 处问题，不会导入任何数据：请在工作簿中改正后重新导入。“另存标注副本”会把每个有问题的单元格标成红色并附上批注。</translation>
    </message>
    <message>
        <source>&amp;Save a marked copy…</source>
        <translation>另存标注副本(&amp;S)…</translation>
    </message>
    <message>
        <source>{rows} row(s) read from “{file}”: {adds} to add, {changes} to change, {same} already the same (skipped).</source>
        <translation>从“{file}”读取 {rows} 行：新增 {adds} 条，更新 {changes} 条，{same} 条与现有数据相同（跳过）。</translation>
    </message>
    <message>
        <source>Changed rows overwrite what csperf holds now; you will be asked to confirm.</source>
        <translation>更新的行会覆盖系统中现有的数据，导入前会请您确认。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有需要导入的数据。</translation>
    </message>
    <message>
        <source>&amp;Import {n} row(s)</source>
        <translation>导入 {n} 行(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>too easy</source>
        <translation>太容易</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>太难</translation>
    </message>
    <message>
        <source>negative discrimination</source>
        <translation>区分度为负</translation>
    </message>
    <message>
        <source>low discrimination</source>
        <translation>区分度低</translation>
    </message>
    <message>
        <source>distractor nobody chose</source>
        <translation>有无人选的干扰项</translation>
    </message>
    <message>
        <source>#</source>
        <translation>题号</translation>
    </message>
    <message>
        <source>Bank no.</source>
        <translation>题库编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>作答人数</translation>
    </message>
    <message>
        <source>Difficulty (share right)</source>
        <translation>难度（得分率）</translation>
    </message>
    <message>
        <source>Discrimination (27 %)</source>
        <translation>区分度（27 %）</translation>
    </message>
    <message>
        <source>Point-biserial</source>
        <translation>点二列相关</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>各选项人数</translation>
    </message>
    <message>
        <source>To revise</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>无法计算</translation>
    </message>
</context>
<context>
    <name>ItemStatsModel</name>
    <message>
        <source>Section</source>
        <translation>类别</translation>
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
        <translation>不合格</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切换用户……</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>csperf is locked</source>
        <translation>csperf 已锁定</translation>
    </message>
    <message>
        <source>The window was locked after a time without use. Type the password of {user} to go on.</source>
        <translation>一段时间没有操作，窗口已锁定。请输入 {user} 的密码继续。</translation>
    </message>
    <message>
        <source>Sign in to csperf</source>
        <translation>登录 csperf</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>请输入用户名和密码登录。</translation>
    </message>
    <message>
        <source>Sign in as another user. What you were doing stays open.</source>
        <translation>以其他用户身份登录。正在进行的工作保持打开。</translation>
    </message>
    <message>
        <source>Too many failed attempts. You can try again in {n} s.</source>
        <translation>失败次数过多，请 {n} 秒后再试。</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. An administrator can unlock it under Settings → Users and roles.</source>
        <translation>这个账户因多次密码错误已被锁定。请管理员在“设置 → 用户和角色”中解锁。</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>用户名或密码不对，或账户已停用。</translation>
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
        <source>Updated with changes made elsewhere.</source>
        <translation>已更新：其他电脑或用户刚做了修改。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>bulletin needs reprinting</source>
        <translation>考核公示需重新打印</translation>
    </message>
    <message>
        <source>reopened after {version}</source>
        <translation>{version}公示后重新开放</translation>
    </message>
    <message>
        <source>Published · {version} · appeals until {deadline}</source>
        <translation>已公示 · {version} · 复核申请截止 {deadline}</translation>
    </message>
    <message>
        <source>Closed · {version}</source>
        <translation>已结束 · {version}</translation>
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
        <source>The month has not begun.</source>
        <translation>这个月还没有开始。</translation>
    </message>
    <message>
        <source>The month is open.</source>
        <translation>本月仍在进行中。</translation>
    </message>
    <message>
        <source>{n} items open</source>
        <translation>{n} 项待处理</translation>
    </message>
    <message>
        <source>The appeal window is open until {deadline}; the month can be closed after it.</source>
        <translation>复核申请期到 {deadline} 才结束，期满后才能结束本月。</translation>
    </message>
    <message>
        <source>Appeals still pending: {n}. Decide or withdraw them before closing the month.</source>
        <translation>还有 {n} 份复核申请待处理，全部处理或撤回后才能结束本月。</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Spot check…</source>
        <translation>随机抽查(&amp;S)…</translation>
    </message>
    <message>
        <source>Spot checks of the &amp;month…</source>
        <translation>本月抽查情况(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Calibration sessions…</source>
        <translation>评分校准(&amp;C)…</translation>
    </message>
    <message>
        <source>Order &amp;gifts of the month…</source>
        <translation>本月赠品发放(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Analysis over months…</source>
        <translation>多月分析(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>用户和角色(&amp;U)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>审计记录(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Verify the database…</source>
        <translation>校验数据库(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Check a printout…</source>
        <translation>核对打印件(&amp;C)…</translation>
    </message>
    <message>
        <source>Only an administrator manages users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户和角色</translation>
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
        <source>P&amp;revious month</source>
        <translation>上个月(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>下个月(&amp;N)</translation>
    </message>
    <message>
        <source>Record for &amp;several people…</source>
        <translation>批量记录评分(&amp;S)…</translation>
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
        <translation>打印考核公示(&amp;B)…</translation>
    </message>
    <message>
        <source>Print &amp;scorecards…</source>
        <translation>打印全部个人考核卡(&amp;S)…</translation>
    </message>
    <message>
        <source>Print selected &amp;agent&apos;s scorecard…</source>
        <translation>打印所选人员的个人考核卡(&amp;A)…</translation>
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
    <name>MarkingModel</name>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>{type}, {points} points — type {accepts}</source>
        <translation>{type}，{points} 分 —— 输入 {accepts}</translation>
    </message>
    <message>
        <source>{marks:g} of {points} points</source>
        <translation>得 {marks:g} / {points} 分</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Type the password again.</source>
        <translation>请再输入一次密码。</translation>
    </message>
    <message>
        <source>At least {n} characters; letters and digits.</source>
        <translation>至少 {n} 位，包含字母和数字。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation>重置 {user} 的密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>Give the new password to {user} in person; they can change it afterwards under Change my password.</source>
        <translation>请当面把新密码告诉 {user}；之后可以在“修改我的密码”里自行修改。</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
</context>
<context>
    <name>PickModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
</context>
<context>
    <name>PlannedRowsModel</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Who / what</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>填写的值</translation>
    </message>
    <message>
        <source>What is wrong / expected</source>
        <translation>问题 / 应填写</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Proposed points to confirm</source>
        <translation>待确认的建议加扣分</translation>
    </message>
    <message>
        <source>The imported data supports these points. Confirming records them as events of their month; you can also confirm them later in the Exams tab.</source>
        <translation>导入的数据支持以下加扣分。确认后记为所属月份的评分记录；也可以稍后在“考试”页确认。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Confirm all {n}</source>
        <translation>全部确认（{n} 条）(&amp;C)</translation>
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
        <source>Publishing locks {month}: no event can be added or voided afterwards, the results below are kept as revision 1, and the appeal window opens until {deadline}. Check the ranking before you go on.</source>
        <translation>公示后{month}将被锁定：不能再添加或作废评分记录，下面的结果作为第 1 版保存，复核申请期到 {deadline} 截止。请先核对排名再继续。</translation>
    </message>
    <message>
        <source>required while the items above are open</source>
        <translation>上面还有未完成的事项时必须填写</translation>
    </message>
    <message>
        <source>{n} people ranked.</source>
        <translation>共 {n} 人参加排名。</translation>
    </message>
    <message>
        <source>Not ranked (role): {names}.</source>
        <translation>不参与排名（岗位）：{names}。</translation>
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
        <source>Before publishing: nothing is open.</source>
        <translation>公示前检查：没有待处理的事项。</translation>
    </message>
    <message>
        <source>Before publishing: {n} open items.</source>
        <translation>公示前检查：还有 {n} 项待处理。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>{n} proposals are pending: confirm or dismiss each of them first.</source>
        <translation>还有 {n} 条建议待处理：请先逐条确认或驳回。</translation>
    </message>
    <message>
        <source>Some items are still open: settle them, or give a reason to publish anyway.</source>
        <translation>还有未完成的事项：请先处理，或填写仍要公示的理由。</translation>
    </message>
    <message>
        <source>Dismiss proposal</source>
        <translation>驳回建议</translation>
    </message>
    <message>
        <source>Why is this proposal not recorded? The reason is kept with the month.</source>
        <translation>为什么不记录这条建议？理由随本月保存。</translation>
    </message>
    <message>
        <source>&amp;Publish and lock</source>
        <translation>公示并锁定(&amp;P)</translation>
    </message>
    <message>
        <source>Publish the month</source>
        <translation>公示月度成绩</translation>
    </message>
    <message>
        <source>Before publishing</source>
        <translation>公示前检查</translation>
    </message>
    <message>
        <source>Reason to publish anyway:</source>
        <translation>仍要公示的理由：</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation>编辑题目</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新增题目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>One letter, e.g. B</source>
        <translation>一个字母，例如 B</translation>
    </message>
    <message>
        <source>Two or more letters, e.g. ACD</source>
        <translation>两个以上字母连写，例如 AC</translation>
    </message>
    <message>
        <source>T (true) or F (false)</source>
        <translation>T（对）或 F（错）</translation>
    </message>
    <message>
        <source>Accepted answers, separated by |</source>
        <translation>可接受的答案，用 | 隔开</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Opened read-only:&lt;/b&gt; this database is in use on {holder}. You can look and print; to make changes, close the program there and start this one again.</source>
        <translation>&lt;b&gt;以只读方式打开：&lt;/b&gt;这个数据库正在 {holder} 上使用。您可以查看和打印；如需修改，请先关闭那边的程序，再重新启动本程序。</translation>
    </message>
</context>
<context>
    <name>RecordAppealDialog</name>
    <message>
        <source>Record an appeal</source>
        <translation>登记复核申请</translation>
    </message>
    <message>
        <source>No. or name</source>
        <translation>工号或姓名</translation>
    </message>
    <message>
        <source>Particular events</source>
        <translation>具体评分记录</translation>
    </message>
    <message>
        <source>The whole score</source>
        <translation>整体成绩</translation>
    </message>
    <message>
        <source>In the person&apos;s words: what is wrong and why</source>
        <translation>按申请人的说法：哪里有误、为什么</translation>
    </message>
    <message>
        <source>Why the late appeal is accepted</source>
        <translation>为什么受理这份逾期申请</translation>
    </message>
    <message>
        <source>Accept late, &amp;reason:</source>
        <translation>逾期受理理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Disputes:</source>
        <translation>申请复核：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E)：</translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation>收到时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Record appeal</source>
        <translation>登记申请(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No month is published and open for appeals.</source>
        <translation>没有已公示且可申请复核的月份。</translation>
    </message>
    <message>
        <source>Choose the person: type an employee no. or a name.</source>
        <translation>请选择人员：输入工号或姓名。</translation>
    </message>
    <message>
        <source>Tick the disputed events, or choose “The whole score”.</source>
        <translation>请勾选申请复核的评分记录，或选择“整体成绩”。</translation>
    </message>
    <message>
        <source>&amp;Accept late</source>
        <translation>逾期受理(&amp;A)</translation>
    </message>
    <message>
        <source>As an administrator you may accept it: type the reason and press Accept late.</source>
        <translation>您是管理员，可以受理：请填写理由，然后点“逾期受理”。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The latest good backup is:
{about}

Restoring copies it into a new file next to the damaged one; the damaged file is left as it is, for a specialist to look at.</source>
        <translation>最近的完好备份：
{about}

恢复时会把它复制为损坏文件旁边的一个新文件；损坏的文件保持原样，留给专业人员检查。</translation>
    </message>
    <message>
        <source>The shared database could not be reached. Check the network and the database server, then start the program again; or open a database file.</source>
        <translation>无法连接共享数据库。请检查网络和数据库服务器，然后重新启动程序；也可以打开一个数据库文件。</translation>
    </message>
    <message>
        <source>No good automatic backup was found in {folder}. Open another database file (for example a backup you made yourself), or quit.</source>
        <translation>在 {folder} 中没有找到完好的自动备份。请打开另一个数据库文件（例如您自己做的备份），或退出。</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>打开其他文件……</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>csperf database (*.db);;All files (*)</source>
        <translation>csperf 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>That is the file that cannot be opened. Choose another one.</source>
        <translation>这正是无法打开的那个文件，请选择其他文件。</translation>
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
    <name>ScorecardsDialog</name>
    <message>
        <source>Print scorecards — {month}</source>
        <translation>打印个人考核卡 — {month}</translation>
    </message>
    <message>
        <source>Scorecards of the {n} people with a result in {month}, for the review meetings.</source>
        <translation>{month}有考核结果的 {n} 人的个人考核卡，供面谈使用。</translation>
    </message>
    <message>
        <source>{month} is not published yet: every card is marked as a draft and its scores may still change.</source>
        <translation>{month}尚未公示：每张考核卡都标为草稿，分数可能还会变动。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出方式</translation>
    </message>
    <message>
        <source>All in one PDF (a new page per person)</source>
        <translation>全部合成一个 PDF（每人另起一页）</translation>
    </message>
    <message>
        <source>One PDF per person, into a folder</source>
        <translation>每人一个 PDF，保存到文件夹</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>12-month trend chart</source>
        <translation>近 12 个月得分走势图</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Calibration {date}</source>
        <translation>评分校准 {date}</translation>
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
        <source>Checklist</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>&lt;b&gt;Section&lt;/b&gt;</source>
        <translation>&lt;b&gt;类别&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item&lt;/b&gt;</source>
        <translation>&lt;b&gt;项目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note&lt;/b&gt;</source>
        <translation>&lt;b&gt;备注&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;If failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;不合格时&lt;/b&gt;</translation>
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
        <source>&amp;Dismiss…</source>
        <translation>驳回(&amp;D)…</translation>
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
    <message>
        <source>Dismissed: {items}. Reason: {reason}</source>
        <translation>已驳回：{items}。理由：{reason}</translation>
    </message>
    <message>
        <source>Dismiss deductions</source>
        <translation>驳回扣分建议</translation>
    </message>
    <message>
        <source>Why are these {n} proposed deductions not recorded? The reason is kept with the month.</source>
        <translation>为什么不记录这 {n} 条建议扣分？理由随本月保存。</translation>
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
        <source>&amp;Checklist…</source>
        <translation>检查项目(&amp;C)…</translation>
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
        <source>C&amp;alibration…</source>
        <translation>评分校准(&amp;A)…</translation>
    </message>
    <message>
        <source>Calibration sessions: several graders score the same conversations on their own, then see how far they agree.</source>
        <translation>评分校准：几位评分人各自为同样的会话打分，再看彼此一致到什么程度。</translation>
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
        <source>Dismiss proposed deductions ({n})…</source>
        <translation>驳回建议扣分（{n}）…</translation>
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
        <source>&amp;Add a person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import a roster from Excel…</source>
        <translation>从 Excel 导入人员名单(&amp;I)…</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>标记为离职(&amp;L)…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部组别</translation>
    </message>
    <message>
        <source>No one matches the filters above.</source>
        <translation>没有符合筛选条件的人员。</translation>
    </message>
    <message>
        <source>No one is on the staff list yet. Add people one by one, or import the roster from an Excel sheet (a template is under File → Save import template).</source>
        <translation>还没有人员。可以逐个添加，也可以从 Excel 导入人员名单（模板见 文件 → 保存导入模板 → 人员名单）。</translation>
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
        <source>Not ranked</source>
        <translation>不参与排名</translation>
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
        <source>Notes</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>vs last month (pts)</source>
        <translation>较上月(分)</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>不参与排名</translation>
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
        <source>Not ranked: the role {role} is not among the ranked roles (Settings). The score counts; no rank, award or warning.</source>
        <translation>不参与排名：岗位“{role}”不在参与排名的岗位之中（见设置）。得分照常计算，但没有名次，不评优秀奖，也不作预警。</translation>
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
    <name>TableBehaviour</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation>复制整张表(&amp;W)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Annual review templates</source>
        <translation>年度考核模板</translation>
    </message>
    <message>
        <source>Dimension / indicator</source>
        <translation>维度 / 指标</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>评分方向</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Zero at</source>
        <translation>零分值</translation>
    </message>
    <message>
        <source>Upper target</source>
        <translation>目标上限</translation>
    </message>
    <message>
        <source>Upper zero at</source>
        <translation>上限零分值</translation>
    </message>
    <message>
        <source>Bonus rule</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Dimension weights add up to 100 %, and so do the indicator weights within each dimension. Data indicators score 100 at the target and 0 at the zero point (a band: between the lower and upper target); judged indicators are rated 1–5 by the supervisor.</source>
        <translation>双击单元格进行修改。各维度权重之和为 100%，每个维度内各指标权重之和也为 100%。数据指标达到目标值得 100 分、到零分值得 0 分（区间最佳：在目标下限与上限之间得满分）；评议指标由主管按 1–5 分评定。</translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation>添加维度(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>添加指标(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>QA inspectors use the agent template (version {v}) until one of their own is saved here. Saving creates the QA template.</source>
        <translation>质检专员在保存自己的模板之前使用客服模板（第 {v} 版）。在此保存即建立质检专员模板。</translation>
    </message>
    <message>
        <source>Built-in default, not saved yet.</source>
        <translation>内置默认模板，尚未保存。</translation>
    </message>
    <message>
        <source>Version {v}.</source>
        <translation>第 {v} 版。</translation>
    </message>
    <message>
        <source>Version {v} is used by a signed-off review and is frozen. Saving keeps it unchanged for those reviews and creates version {n}.</source>
        <translation>第 {v} 版已被签字的考核使用，已冻结。保存时这些考核仍使用原版本，修改将另存为第 {n} 版。</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>新维度</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>Select the dimension the indicator belongs to.</source>
        <translation>请先选择指标所属的维度。</translation>
    </message>
    <message>
        <source>Dimensions: {total:g} %</source>
        <translation>维度：{total:g}%</translation>
    </message>
    <message>
        <source>Weight totals (each must be 100 %):</source>
        <translation>权重合计（每项都应为 100%）：</translation>
    </message>
    <message>
        <source>Saved as a new version {v}. Reviews already signed off keep version {old}.</source>
        <translation>已另存为新的第 {v} 版。已签字的考核仍使用第 {old} 版。</translation>
    </message>
    <message>
        <source>Template saved (version {v}).</source>
        <translation>模板已保存（第 {v} 版）。</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>模板已保存</translation>
    </message>
</context>
<context>
    <name>UserRoleDialog</name>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户……</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色……</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码……</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码……</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Accounts are never deleted: a disabled account cannot sign in, and the audit trail keeps its name.</source>
        <translation>账户不会被删除：停用的账户不能登录，审计记录中仍保留其名字。</translation>
    </message>
    <message>
        <source>Only an administrator manages accounts. You can change your own password.</source>
        <translation>只有管理员可以管理账户。您可以修改自己的密码。</translation>
    </message>
    <message>
        <source>Role of {user}</source>
        <translation>{user} 的角色</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Disable {user}? They can no longer sign in; their entries stay in the audit trail. You can enable the account again later.</source>
        <translation>停用 {user}？停用后不能再登录，其操作仍保留在审计记录中。以后可以重新启用。</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Locked (wrong passwords)</source>
        <translation>已锁定（密码错误过多）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>WeakModel</name>
    <message>
        <source>Team or person</source>
        <translation>团队或个人</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>_TabPlaceholder</name>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
</context>
<context>
    <name>annual_dialogs</name>
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
    <name>annual_printing</name>
    <message>
        <source>File in use</source>
        <translation>文件被占用</translation>
    </message>
    <message>
        <source>Save as “{name}”</source>
        <translation>另存为“{name}”</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>请先在列表中选择一个人。</translation>
    </message>
    <message>
        <source>Print review</source>
        <translation>打印考核</translation>
    </message>
    <message>
        <source>Save the annual review of {name} as PDF</source>
        <translation>将 {name} 的年度考核报告保存为 PDF</translation>
    </message>
    <message>
        <source>Folder for the annual reviews (one PDF per person)</source>
        <translation>年度考核报告的保存文件夹（每人一个 PDF）</translation>
    </message>
    <message>
        <source>{year}_annual_reviews.pdf</source>
        <translation>{year}_年度考核报告.pdf</translation>
    </message>
    <message>
        <source>Save the annual reviews as PDF</source>
        <translation>将年度考核报告保存为 PDF</translation>
    </message>
    <message>
        <source>Laying out review {done} of {total}…</source>
        <translation>正在排版第 {done}/{total} 份考核报告…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>{n} annual reviews for {year} were saved in the folder “{folder}”.</source>
        <translation>{year}年度的 {n} 份考核报告已保存到文件夹“{folder}”。</translation>
    </message>
    <message>
        <source>The annual review of {name} for {year} was saved as “{file}”.</source>
        <translation>{name} 的{year}年度考核报告已保存为“{file}”。</translation>
    </message>
    <message>
        <source>The annual reviews for {year} were saved as “{file}”.</source>
        <translation>{year}年度考核报告已保存为“{file}”。</translation>
    </message>
    <message>
        <source>Printing was stopped. Reports already saved in the folder stay there.</source>
        <translation>已停止打印。已保存到文件夹中的报告仍保留。</translation>
    </message>
    <message>
        <source>Printing was stopped; nothing was saved.</source>
        <translation>已停止打印，没有保存任何文件。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing annual reviews…</source>
        <translation>正在打印年度考核报告…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Preparing the demo office…</source>
        <translation>正在准备演示数据…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Score event recorded</source>
        <translation>记录评分</translation>
    </message>
    <message>
        <source>Gift handed over</source>
        <translation>赠品已发放</translation>
    </message>
    <message>
        <source>Gift handout taken back</source>
        <translation>撤销赠品发放</translation>
    </message>
    <message>
        <source>Score event voided</source>
        <translation>作废评分</translation>
    </message>
    <message>
        <source>Voided score event restored</source>
        <translation>已作废的评分记录已恢复</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>修改人员</translation>
    </message>
    <message>
        <source>Person left</source>
        <translation>人员离职</translation>
    </message>
    <message>
        <source>Person back</source>
        <translation>人员复职</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Rule added</source>
        <translation>添加细则</translation>
    </message>
    <message>
        <source>Rule changed</source>
        <translation>修改细则</translation>
    </message>
    <message>
        <source>Rule enabled</source>
        <translation>启用细则</translation>
    </message>
    <message>
        <source>Rule disabled</source>
        <translation>停用细则</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Month published</source>
        <translation>公示月度成绩</translation>
    </message>
    <message>
        <source>Results revised</source>
        <translation>修订公示结果</translation>
    </message>
    <message>
        <source>Month closed</source>
        <translation>结束月份</translation>
    </message>
    <message>
        <source>Proposal dismissed</source>
        <translation>驳回建议</translation>
    </message>
    <message>
        <source>Dismissed proposal restored</source>
        <translation>恢复已驳回的建议</translation>
    </message>
    <message>
        <source>Month reopened</source>
        <translation>重新开放月份</translation>
    </message>
    <message>
        <source>Monthly figures saved</source>
        <translation>保存月度数据</translation>
    </message>
    <message>
        <source>Excel import</source>
        <translation>Excel 导入</translation>
    </message>
    <message>
        <source>Appeal recorded</source>
        <translation>登记复核申请</translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation>处理复核申请</translation>
    </message>
    <message>
        <source>Exam added</source>
        <translation>添加考试</translation>
    </message>
    <message>
        <source>Exam changed</source>
        <translation>修改考试</translation>
    </message>
    <message>
        <source>Exam deleted</source>
        <translation>删除考试</translation>
    </message>
    <message>
        <source>Exam result entered</source>
        <translation>录入考试成绩</translation>
    </message>
    <message>
        <source>Exam result changed</source>
        <translation>修改考试成绩</translation>
    </message>
    <message>
        <source>Exam result deleted</source>
        <translation>删除考试成绩</translation>
    </message>
    <message>
        <source>Question added to the bank</source>
        <translation>新增题库题目</translation>
    </message>
    <message>
        <source>Calibration session created</source>
        <translation>新建评分校准</translation>
    </message>
    <message>
        <source>Calibration ratings entered</source>
        <translation>录入校准评分</translation>
    </message>
    <message>
        <source>Calibration session closed</source>
        <translation>结束评分校准</translation>
    </message>
    <message>
        <source>Bank question changed</source>
        <translation>修改题库题目</translation>
    </message>
    <message>
        <source>Bank question deleted</source>
        <translation>删除题库题目</translation>
    </message>
    <message>
        <source>Exam paper saved</source>
        <translation>保存试卷</translation>
    </message>
    <message>
        <source>Exam paper replaced</source>
        <translation>替换试卷</translation>
    </message>
    <message>
        <source>Exam answers marked</source>
        <translation>阅卷录入答案</translation>
    </message>
    <message>
        <source>Exam answers cleared</source>
        <translation>清除答卷</translation>
    </message>
    <message>
        <source>Spot check recorded</source>
        <translation>记录抽查</translation>
    </message>
    <message>
        <source>Spot check voided</source>
        <translation>作废抽查</translation>
    </message>
    <message>
        <source>Checklist item added</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>Checklist item changed</source>
        <translation>修改检查项</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>User role changed</source>
        <translation>更改用户角色</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Account locked (wrong passwords)</source>
        <translation>账户锁定（密码错误过多）</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>账户解锁</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>修改自己的密码</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Annual template saved</source>
        <translation>保存年度考核模板</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Coaching note added</source>
        <translation>添加辅导记录</translation>
    </message>
    <message>
        <source>Coaching note changed</source>
        <translation>修改辅导记录</translation>
    </message>
    <message>
        <source>Coaching note deleted</source>
        <translation>删除辅导记录</translation>
    </message>
    <message>
        <source>Annual review signed off</source>
        <translation>年度考核签字确认</translation>
    </message>
    <message>
        <source>Self-review saved</source>
        <translation>保存自评</translation>
    </message>
    <message>
        <source>Ratings saved</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <source>Review interview recorded</source>
        <translation>记录考核面谈</translation>
    </message>
    <message>
        <source>Signed review unlocked</source>
        <translation>解锁已签字的年度考核</translation>
    </message>
    <message>
        <source>Annual template fixed for the year</source>
        <translation>固定本年度考核模板</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>考核方式</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Gift owed</source>
        <translation>应送赠品</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>作废理由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Corrects event</source>
        <translation>更正的记录</translation>
    </message>
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
        <source>Active</source>
        <translation>在职</translation>
    </message>
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
        <source>Minimum points</source>
        <translation>最低分值</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>最高分值</translation>
    </message>
    <message>
        <source>Default points</source>
        <translation>默认分值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计分单位</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重违规</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Appeals until</source>
        <translation>复核截止</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>公示指纹</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Self-review</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>主管评语</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>面谈日期</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>客户满意度(%)</translation>
    </message>
    <message>
        <source>Average response time (s)</source>
        <translation>平均响应时长(秒)</translation>
    </message>
    <message>
        <source>Average handling time (s)</source>
        <translation>平均处理时长(秒)</translation>
    </message>
    <message>
        <source>First-contact resolution (%)</source>
        <translation>一次性解决率(%)</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>接待量</translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation>销售额(元)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>迟到次数</translation>
    </message>
    <message>
        <source>Early leaves</source>
        <translation>早退次数</translation>
    </message>
    <message>
        <source>Absence days</source>
        <translation>缺勤天数</translation>
    </message>
    <message>
        <source>Interview attendees</source>
        <translation>面谈参加人</translation>
    </message>
    <message>
        <source>Interview summary</source>
        <translation>面谈纪要</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>发展计划</translation>
    </message>
    <message>
        <source>Signed off at</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Whole score</source>
        <translation>针对整月成绩</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Reason for accepting late</source>
        <translation>逾期受理理由</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>处理理由</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格分</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Rule code</source>
        <translation>关联扣分项</translation>
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
        <source>Failed items</source>
        <translation>未通过项目</translation>
    </message>
    <message>
        <source>Score event</source>
        <translation>评分记录</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>月度数据</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>复核申请</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Order gift of event</source>
        <translation>评分记录的赠品</translation>
    </message>
    <message>
        <source>Exam result</source>
        <translation>考试成绩</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Points per time</source>
        <translation>每次分值</translation>
    </message>
    <message>
        <source>Digest of the published results</source>
        <translation>公示结果摘要</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Option order</source>
        <translation>选项顺序</translation>
    </message>
    <message>
        <source>Answers written</source>
        <translation>所答内容</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Fixed for the year</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Corrected event</source>
        <translation>更正后的记录</translation>
    </message>
    <message>
        <source>New points</source>
        <translation>新分值</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Points asked for</source>
        <translation>申请的分值</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Graders</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Grader</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>评分结论</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>作废人</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Published anyway because</source>
        <translation>仍要公示的理由</translation>
    </message>
    <message>
        <source>Open items at publishing</source>
        <translation>公示时的未完成事项</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Bank question</source>
        <translation>题库题目</translation>
    </message>
    <message>
        <source>Exam paper</source>
        <translation>试卷</translation>
    </message>
    <message>
        <source>Exam answers</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation>评分校准</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Annual template</source>
        <translation>年度考核模板</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>User role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>账户启用</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>首次设置</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>PostgreSQL backup (*.dump);;Excel workbook (*.xlsx)</source>
        <translation>PostgreSQL 备份 (*.dump);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>csperf database (*.db)</source>
        <translation>csperf 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Backup written to:
{path}</source>
        <translation>备份已保存到：
{path}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <source>{name}
saved {time}; {staff} people, {events} score events; schema version {version}.</source>
        <translation>{name}
保存于 {time}；{staff} 名人员，{events} 条评分记录；数据结构版本 {version}。</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is restored on the server with pg_restore (see the user guide, “Moving to a shared database”).</source>
        <translation>共享的 PostgreSQL 数据库要在服务器上用 pg_restore 恢复（见用户指南“改用共享数据库”）。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring a backup needs the administrator role.</source>
        <translation>恢复备份需要管理员角色。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>csperf database (*.db);;All files (*)</source>
        <translation>csperf 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The backup checks out:

{about}

Restoring replaces everything in the database now open with this backup. The current database is kept as a safety copy first.</source>
        <translation>备份文件检查通过：

{about}

恢复会用这个备份替换当前打开的数据库中的全部内容。替换前，当前数据库会先另存一份安全副本。</translation>
    </message>
    <message>
        <source>The backup was restored.

The database as it was before is kept at:
{path}</source>
        <translation>备份已恢复。

恢复前的数据库保存在：
{path}</translation>
    </message>
    <message>
        <source>Your account is not the same in the restored database. Please sign in again.</source>
        <translation>在恢复的数据库中，您的账户与之前不同。请重新登录。</translation>
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
    <name>excel</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Staff roster</source>
        <translation>人员名单</translation>
    </message>
    <message>
        <source>Scoring events</source>
        <translation>评分记录</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>月度数据</translation>
    </message>
    <message>
        <source>Exam results</source>
        <translation>考试成绩</translation>
    </message>
    <message>
        <source>Annual review (ratings, interview, sign-off)</source>
        <translation>年度考核（评分、面谈、签字）</translation>
    </message>
    <message>
        <source>Month results</source>
        <translation>月度结果</translation>
    </message>
    <message>
        <source>Event log of the month</source>
        <translation>本月评分记录</translation>
    </message>
    <message>
        <source>Exam results of the month</source>
        <translation>本月考试成绩</translation>
    </message>
    <message>
        <source>Appeals of the month</source>
        <translation>本月复核申请</translation>
    </message>
    <message>
        <source>Order gifts of the month</source>
        <translation>本月赠品发放清单</translation>
    </message>
    <message>
        <source>Everything (archive of all tables)</source>
        <translation>全部数据（所有表的归档）</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xls *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{month}_results.xlsx</source>
        <translation>{month}_月度结果.xlsx</translation>
    </message>
    <message>
        <source>{month}_events.xlsx</source>
        <translation>{month}_评分记录.xlsx</translation>
    </message>
    <message>
        <source>{month}_figures.xlsx</source>
        <translation>{month}_月度数据.xlsx</translation>
    </message>
    <message>
        <source>{month}_exams.xlsx</source>
        <translation>{month}_考试成绩.xlsx</translation>
    </message>
    <message>
        <source>{month}_appeals.xlsx</source>
        <translation>{month}_复核申请.xlsx</translation>
    </message>
    <message>
        <source>{month}_gifts.xlsx</source>
        <translation>{month}_赠品.xlsx</translation>
    </message>
    <message>
        <source>staff_{date}.xlsx</source>
        <translation>人员名单_{date}.xlsx</translation>
    </message>
    <message>
        <source>csperf_archive_{date}.xlsx</source>
        <translation>csperf_全部数据_{date}.xlsx</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Review year:</source>
        <translation>考核年度：</translation>
    </message>
    <message>
        <source>Save the {kind} import template</source>
        <translation>保存{kind}导入模板</translation>
    </message>
    <message>
        <source>{kind} template.xlsx</source>
        <translation>{kind}导入模板.xlsx</translation>
    </message>
    <message>
        <source>The {kind} template was saved as “{name}”. Fill it in (the notes sheet explains each column) and import it with File → Import from Excel.</source>
        <translation>{kind}导入模板已保存为“{name}”。请照着填写（“填写说明”工作表解释了每一列），再用“文件 → 从 Excel 导入”导入。</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>模板已保存</translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation>正在保存模板…</translation>
    </message>
    <message>
        <source>Import {kind}</source>
        <translation>导入{kind}</translation>
    </message>
    <message>
        <source>Import {kind} from Excel</source>
        <translation>从 Excel 导入{kind}</translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation>正在读取“{name}”…</translation>
    </message>
    <message>
        <source>{n} row(s) replace figures imported before (for example row {row}: {label}). Replace them with the values in this file?</source>
        <translation>有 {n} 行会替换之前导入的月度数据（例如第 {row} 行：{label}）。要用这个文件中的数值替换吗？</translation>
    </message>
    <message>
        <source>{n} row(s) change data csperf already holds (for example row {row}: {label}). Update them?</source>
        <translation>有 {n} 行会更改系统中已有的数据（例如第 {row} 行：{label}）。要更新吗？</translation>
    </message>
    <message>
        <source>Update existing data?</source>
        <translation>更新已有数据？</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>_marked</source>
        <translation>_已标注问题</translation>
    </message>
    <message>
        <source>Save a copy with the problems marked</source>
        <translation>另存标出问题的副本</translation>
    </message>
    <message>
        <source>Choose another name: the original workbook is kept as it is.</source>
        <translation>请换一个文件名：原工作簿保持不变。</translation>
    </message>
    <message>
        <source>The marked copy was saved as “{name}”: the problem cells are red, each with a comment saying what to correct.</source>
        <translation>标注副本已保存为“{name}”：有问题的单元格标成红色，每个都附有批注说明如何改正。</translation>
    </message>
    <message>
        <source>Marked copy saved</source>
        <translation>标注副本已保存</translation>
    </message>
    <message>
        <source>Saving the marked copy…</source>
        <translation>正在保存标注副本…</translation>
    </message>
    <message>
        <source>{kind} imported from “{file}”: {added} added, {changed} updated, {same} unchanged.</source>
        <translation>已从“{file}”导入{kind}：新增 {added} 条，更新 {changed} 条，{same} 条未变。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>导入已停止，没有写入任何数据。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing {kind}…</source>
        <translation>正在导入{kind}…</translation>
    </message>
    <message>
        <source>Export {what} — {month}</source>
        <translation>导出{what} — {month}</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>导出{what}</translation>
    </message>
    <message>
        <source>{what} exported to “{name}”.</source>
        <translation>{what}已导出到“{name}”。</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Exporting {what}…</source>
        <translation>正在导出{what}…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel</source>
        <translation>从 Excel 导入(&amp;I)</translation>
    </message>
    <message>
        <source>Save import &amp;template</source>
        <translation>保存导入模板(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel</source>
        <translation>导出到 Excel(&amp;E)</translation>
    </message>
</context>
<context>
    <name>filework</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No program is set up to open “{name}”.</source>
        <translation>系统中没有可以打开“{name}”的程序。</translation>
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
    <name>operations</name>
    <message>
        <source>Saved, with a warning</source>
        <translation>已保存，但有提醒</translation>
    </message>
</context>
<context>
    <name>password</name>
    <message>
        <source>At least {n} characters ({have} so far).</source>
        <translation>至少 {n} 位（现在 {have} 位）。</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>最多 200 位。</translation>
    </message>
    <message>
        <source>Too simple: mix letters and digits.</source>
        <translation>太简单了：请混合使用字母和数字。</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>密码强度：强。</translation>
    </message>
    <message>
        <source>Acceptable. Longer, with letters, digits and signs, is stronger.</source>
        <translation>可以使用。更长并混合字母、数字和符号会更安全。</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <source>Preview and print — {name}</source>
        <translation>预览并打印 — {name}</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened for printing: {error}</source>
        <translation>无法打开“{name}”进行打印：{error}</translation>
    </message>
</context>
<context>
    <name>print_dialogs</name>
    <message>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3（297 × 420 毫米）</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>{month} has not begun yet; there are no results to print.</source>
        <translation>{month}还没有开始，没有可打印的考核结果。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Font: {warning}</source>
        <translation>字体：{warning}</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>文件正在使用</translation>
    </message>
    <message>
        <source>Save as “{name}”</source>
        <translation>另存为“{name}”</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印完成</translation>
    </message>
    <message>
        <source>{month}_bulletin_draft.pdf</source>
        <translation>{month}_考核公示_草稿.pdf</translation>
    </message>
    <message>
        <source>{month}_bulletin.pdf</source>
        <translation>{month}_考核公示.pdf</translation>
    </message>
    <message>
        <source>Save the bulletin as PDF</source>
        <translation>将考核公示保存为 PDF</translation>
    </message>
    <message>
        <source>The DRAFT bulletin for {month} was saved as “{name}”. It is not for the wall.</source>
        <translation>{month}考核公示草稿已保存为“{name}”。草稿不能张贴。</translation>
    </message>
    <message>
        <source>The bulletin for {month} was saved as “{name}”.</source>
        <translation>{month}考核公示已保存为“{name}”。</translation>
    </message>
    <message>
        <source>Printing the bulletin…</source>
        <translation>正在生成考核公示…</translation>
    </message>
    <message>
        <source>{month}_scorecards.pdf</source>
        <translation>{month}_个人考核卡.pdf</translation>
    </message>
    <message>
        <source>Folder for the scorecards (one PDF per person)</source>
        <translation>选择保存考核卡的文件夹（每人一个 PDF）</translation>
    </message>
    <message>
        <source>Save the scorecards as PDF</source>
        <translation>将个人考核卡保存为 PDF</translation>
    </message>
    <message>
        <source>Select a person in the Staff tab first, then print their scorecard.</source>
        <translation>请先在“人员”页选中一个人，再打印其考核卡。</translation>
    </message>
    <message>
        <source>Print scorecard</source>
        <translation>打印考核卡</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>此人员已不存在。</translation>
    </message>
    <message>
        <source>Save the scorecard of {name} as PDF</source>
        <translation>将{name}的考核卡保存为 PDF</translation>
    </message>
    <message>
        <source>Laying out scorecard {done} of {total}…</source>
        <translation>正在排版第 {done} / {total} 张考核卡…</translation>
    </message>
    <message>
        <source>{n} scorecards for {month} were saved in the folder “{folder}”.</source>
        <translation>{month}的 {n} 张考核卡已保存到文件夹“{folder}”。</translation>
    </message>
    <message>
        <source>The scorecard of {name} for {month} was saved as “{file}”.</source>
        <translation>{name}{month}的考核卡已保存为“{file}”。</translation>
    </message>
    <message>
        <source>The scorecards for {month} were saved as “{file}”.</source>
        <translation>{month}的个人考核卡已保存为“{file}”。</translation>
    </message>
    <message>
        <source>Printing was stopped. Cards already saved in the folder stay there.</source>
        <translation>打印已停止。已保存到文件夹中的考核卡会保留。</translation>
    </message>
    <message>
        <source>Printing was stopped; nothing was saved.</source>
        <translation>打印已停止，没有保存任何文件。</translation>
    </message>
    <message>
        <source>Printing scorecards…</source>
        <translation>正在生成个人考核卡…</translation>
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
        <source>Appeal window counted in</source>
        <translation>复核申请期计算单位</translation>
    </message>
    <message>
        <source>Appeal window after publication (working days)</source>
        <translation>公示后复核申请期（工作日）</translation>
    </message>
    <message>
        <source>Appeal window after publication (hours)</source>
        <translation>公示后复核申请期（小时）</translation>
    </message>
    <message>
        <source>Extra days off (dates, comma separated)</source>
        <translation>额外休息日（日期，用逗号隔开）</translation>
    </message>
    <message>
        <source>Extra working days (dates, comma separated)</source>
        <translation>额外工作日（日期，用逗号隔开）</translation>
    </message>
    <message>
        <source>e.g. 2026-12-31, 2027-01-04; not counted as working days for the appeal window</source>
        <translation>例如 2026-12-31, 2027-01-04；计算复核申请期时不算工作日</translation>
    </message>
    <message>
        <source>e.g. a Saturday the office works; counted as working days for the appeal window</source>
        <translation>例如公司上班的周六；计算复核申请期时算作工作日</translation>
    </message>
    <message>
        <source>Appeals per agent per month (0 = no limit)</source>
        <translation>每人每月复核申请次数（0 = 不限）</translation>
    </message>
    <message>
        <source>Appeals go to (person, place, how)</source>
        <translation>复核申请受理人（人员、地点、方式）</translation>
    </message>
    <message>
        <source>who receives appeals, where and how; printed on the bulletin (empty = the supervisor)</source>
        <translation>向谁、在哪里、以什么方式提出复核；印在公示上（留空 = 考核主管）</translation>
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
        <source>Command line: require a user name and password</source>
        <translation>命令行：要求输入用户名和密码</translation>
    </message>
    <message>
        <source>without it, commands act as administrator; whoever runs them can also edit the file</source>
        <translation>不勾选时，命令行以管理员身份运行；能运行命令的人也能直接改动数据库文件</translation>
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
        <source>Roles ranked on the bulletin (award and warning)</source>
        <translation>参与排名的岗位（评优秀奖和预警）</translation>
    </message>
    <message>
        <source>the others keep their score, without rank, award or warning</source>
        <translation>其他岗位照常计分，但不排名、不评奖、不预警</translation>
    </message>
    <message>
        <source>Bulletin: list the people not ranked in their own section</source>
        <translation>公示表：另列“不参与排名”人员</translation>
    </message>
    <message>
        <source>Bulletin: mark the people with a warning (※)</source>
        <translation>公示表：标出预警人员（※）</translation>
    </message>
    <message>
        <source>off by default: a warning is private; it is always printed on the person&apos;s own scorecard</source>
        <translation>默认不标出：预警属于个人信息；本人的考核卡上始终印出预警</translation>
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
        <source>Who is ranked</source>
        <translation>参与排名</translation>
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
<context>
    <name>startup</name>
    <message>
        <source>No user account</source>
        <translation>没有用户账户</translation>
    </message>
    <message>
        <source>This database has no user account yet, and it is in use on {holder}. Create the administrator there first.</source>
        <translation>这个数据库还没有用户账户，而且正在 {holder} 上使用。请先在那台电脑上创建管理员。</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>Administrator: everything, also users, reopening months, restoring backups.</source>
        <translation>管理员：所有功能，包括管理用户、重新开放月份和恢复备份。</translation>
    </message>
    <message>
        <source>Supervisor: scoring, staff, rules, publishing, appeals, annual review.</source>
        <translation>主管：日常评分、人员、细则、公示、复核申请和年度考核。</translation>
    </message>
    <message>
        <source>QA inspector: records events and spot checks; no publishing or appeals.</source>
        <translation>质检专员：记录评分和抽查；不能公示、重新开放月份或处理复核申请。</translation>
    </message>
    <message>
        <source>Viewer: reads and prints, changes nothing.</source>
        <translation>只读：查看和打印，不能修改。</translation>
    </message>
</context>
</TS>
