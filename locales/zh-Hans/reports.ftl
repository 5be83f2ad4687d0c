# PeriLink interface text: Simplified Chinese (zh-Hans), outcome reports, for
# coordinators.
# Translated from the English source file (en/reports.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - These screens are for coordinators and funders, women and men. As in
#   main.ftl, the app speaks to them politely ("您").
# - Words as in main.ftl, staff.ftl and referrals.ftl: "referral" is "转介",
#   "session" is "活动", "programme" is "项目", "venue" is "场地", "directory"
#   is "目录", "interpreter" is "口译员", "waiting list" is "候补名单". New
#   here: "outcomes" is "成效", "attendance" is "出席情况", "score" is "分数",
#   "average" is "平均", "median" is "中位数", "share" is "比例", "probable
#   depression" is "很可能抑郁".
# - { reports-suppressed } and { reports-hidden } are other messages: keep them.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = 成效
reports-intro = 被转介的妈妈情况如何：她们来参加了吗？有没有坚持来？感觉有没有变好？
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = 为了保护妈妈们的隐私，1 到 4 的数字显示为 { reports-suppressed }，由此算出的比例或平均值不显示（{ reports-hidden }）。
# A link back to the coordinator's main page.
reports-back = 返回目录

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = 日期和分组
reports-from = 从
reports-to = 到
reports-group-by = 分组方式
reports-show = 显示
reports-error-dates = 请检查日期：每个日期都必须是真实存在的日子，而且“从”不能晚于“到”。

# What a report's rows can be.
reports-group-programme = 项目
reports-group-kind = 活动类型
reports-group-venue = 场地
reports-group-language = 妈妈的语言
reports-group-interpreter = 是否需要口译员
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = 尚未选择活动
reports-interpreter-yes = 需要口译员
reports-interpreter-no = 不需要口译员
# The last row of a table: every group together.
reports-total = 全部

## The parts of the page

reports-referrals-title = 转介
reports-referrals-intro = 在这段日期内发起的转介，以及每个转介进行到了哪一步。
reports-funnel-chart = 从转介到完成：所有转介
reports-attendance-title = 出席情况
reports-attendance-intro = 在这段日期内举办的活动：谁来了，谁坚持来，谁在等名额。
reports-screening-title = EPDS 分数变化
reports-screening-intro = 在课程开始时填写过 EPDS、并在第 6 周或结束时再次填写的妈妈。分数越低越好；13 分或以上表示很可能抑郁。
reports-screening-chart = 开始时、第 6 周和结束时的 EPDS 平均分
reports-equity-title = 对每位妈妈都公平吗？
reports-equity-intro = 同样的数据，按妈妈的语言以及她是否需要口译员分组。
reports-records-title = 转介记录
reports-records-intro = 这段日期内发起的每个转介占一行，格式按照 PRSB 社会处方信息标准（Social Prescribing Information Standard），不含姓名。供服务委托方和 NHS 系统使用。
reports-records-csv = 下载转介记录（CSV）
reports-records-fhir = 下载转介记录（FHIR）
reports-downloading = 正在准备文件…

## Tables and charts

reports-download-csv = 下载这个表格（CSV）
reports-table-empty = 这段日期内没有记录。
reports-chart-empty = 这段日期内没有可以画图的数据。
# Before a list of groups too small to draw.
reports-chart-not-shown = 未画出，少于 5 位妈妈：
# The dashed line on the EPDS chart.
reports-chart-probable = 13：很可能抑郁
# The three points in time on the EPDS chart.
reports-chart-baseline = 开始
reports-chart-week6 = 第 6 周
reports-chart-end = 结束
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = 对比时间点
reports-follow-up-week6 = 第 6 周
reports-follow-up-end = 课程结束
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = <5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = 少于 5
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = 不显示
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } 天

## Column headings

reports-col-sent = 已转介
reports-col-accepted = 已接受
reports-col-booked = 已预约
reports-col-attending = 至少来过一次
reports-col-completed = 已完成
reports-col-declined = 已婉拒
reports-col-withdrawn = 已退出
reports-col-did-not-attend = 不再来了
reports-col-attended-percent = 来参加的比例
reports-col-median-days-to-attend = 到第一次活动的天数（中位数）
reports-col-sessions-held = 举办的活动次数
reports-col-attendances = 出席人次
reports-col-mothers = 来参加的妈妈
reports-col-mothers-3-plus = 来了 3 次或以上
reports-col-waiting = 在候补名单上
reports-col-paired = 评估过两次的妈妈
reports-col-mean-baseline = 开始时的平均分
reports-col-mean-follow-up = 之后的平均分
reports-col-mean-change = 平均变化
reports-col-fell-4-plus = 分数下降 4 分或以上
reports-col-fell-4-plus-percent = 分数下降 4 分或以上的比例
reports-col-probable-at-baseline = 开始时 13 分或以上
reports-col-left-probable = 其中现在低于 13 分
reports-col-left-probable-percent = 现在低于 13 分的比例
reports-col-unvalidated = 其中使用未经验证译本完成的配对
