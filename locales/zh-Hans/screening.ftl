# PeriLink interface text: Simplified Chinese (zh-Hans), screening questions,
# results and help.
# Translated from the English source file (en/screening.ftl).
# This translation awaits review by a native speaker.
#
# CLINICAL NOTE: the PHQ-9, GAD-2 and Whooley questions and answers below are our
# own faithful translations of public-domain wording, NOT validated translations.
# Before clinical use they must be replaced by the validated official Simplified
# Chinese versions (for the PHQ-9 and GAD-2, those on phqscreeners.com), word for
# word.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks to the user politely ("您"). The mother's
#   pages never show a score. Staff text suits women and men.
# - Words as in main.ftl: "wellbeing check" is "身心健康评估", "midwife" is
#   "助产士", "session" is "活动", "referral" is "转介", "coordinator" is
#   "协调员". New here: "questionnaire" is "问卷", "safety alert" is "安全警报",
#   "care team" is "医护团队", "health visitor" is "健康访视员（health visitor）",
#   "GP" is "家庭医生（GP）", "validated" is "经过验证", "possible / probable
#   depression" is "可能抑郁 / 很可能抑郁".
# - Phone numbers stay as digits.
# - Chinese has no plural forms: selectors have only the default [other] variant.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = 身心健康评估
screening-intro-epds = 10 个简短的问题，问您过去 7 天的感受。答案没有对错之分。
screening-epds-not-here = 您要的问卷暂时没有您的语言版本，这里是另一份询问相同内容的问卷。
screening-intro-phq9 = 9 个问题，问您过去 2 周的感受。
screening-intro-gad2 = 2 个问题，问您过去 2 周的担忧情况。
screening-intro-whooley = 2 个问题，问您过去一个月的感受。
screening-private = 只有您和照顾您的医护人员能看到您的回答。在您检查答案并选择发送之前，什么都不会发出去。
screening-start = 开始
# A folded list of the other questionnaires she may take instead.
screening-other = 其他问卷
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = 身心健康评估（EPDS，10 个问题）
screening-name-phq9 = 情绪问题（PHQ-9，9 个问题）
screening-name-gad2 = 担忧问题（GAD-2，2 个问题）
screening-name-whooley = 两个简短问题（Whooley）
# Above each question: "Question 3 of 10".
screening-progress = 第 { $n } 题，共 { $total } 题
screening-back = 上一步
screening-next = 下一步
screening-choose-answer = 请选择一个答案。
screening-review-title = 检查您的答案
screening-review-intro = 还没有发送任何内容。发送前，您可以修改任何答案。
screening-review-question = 第 { $n } 题
screening-not-answered = 未回答
screening-change = 修改
# For screen readers, on each "Change" button.
screening-change-label = 修改第 { $n } 题的答案
screening-send = 发送我的答案
screening-sending = 正在发送…
screening-loading-questions = 正在获取问题…
screening-try-again = 再试一次
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = EPDS 第 { $n } 题 – 未安装授权的问题原文
screening-epds-placeholder-option = 选项 { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = 来源：

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = 在过去 2 周里，您有多少时候受到以下任何问题的困扰？
screening-phq9-q1 = 做事时提不起劲或没有兴趣
screening-phq9-q2 = 感到心情低落、沮丧或绝望
screening-phq9-q3 = 入睡困难、睡不安稳或睡眠过多
screening-phq9-q4 = 感觉疲倦或没有活力
screening-phq9-q5 = 食欲不振或吃太多
screening-phq9-q6 = 觉得自己很糟——或觉得自己很失败，或让自己或家人失望
screening-phq9-q7 = 对事物专注有困难，例如阅读报纸或看电视时
screening-phq9-q8 = 动作或说话速度缓慢到别人已经察觉？或者正好相反——烦躁或坐立不安，走来走去的时候比平常多很多
screening-phq9-q9 = 有不如死掉或用某种方式伤害自己的念头
screening-gad2-stem = 在过去 2 周里，您有多少时候受到以下问题的困扰？
screening-gad2-q1 = 感觉紧张、焦虑或心神不宁
screening-gad2-q2 = 不能停止或控制担忧
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = 完全不会
screening-freq-1 = 好几天
screening-freq-2 = 一半以上的天数
screening-freq-3 = 几乎每天
screening-phq-attribution = PHQ-9 和 GAD-2：由 Robert L. Spitzer 博士、Janet B.W. Williams 博士、Kurt Kroenke 博士及其同事编制，获得辉瑞公司（Pfizer Inc.）的教育基金资助。复制、翻译、展示或分发均无需许可。

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = 在过去一个月里，您是否经常因为感到心情低落、沮丧或绝望而困扰？
screening-whooley-q2 = 在过去一个月里，您是否经常因为做事提不起劲或没有兴趣而困扰？
# The answers, in this order: "No" first.
screening-no = 否
screening-yes = 是
screening-whooley-attribution = Whooley 问题，依据英国 NICE 指南 CG192《Antenatal and postnatal mental health》（孕期和产后心理健康）的推荐。

## After she sends her answers. Never show her a score.

screening-thanks-title = 谢谢您
screening-thanks = 您的答案已保存。照顾您的医护人员可以看到。
screening-thanks-talk = 如果您觉得很难熬，随时可以和您的助产士、健康访视员（health visitor）或家庭医生（GP）谈谈。
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = 任何时候需要帮助
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = 现在再回答 10 个问题
screening-back-to-my = 前往我的活动
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = 请今天就寻求支持
screening-help-intro = 您的回答表明，您现在可能需要一些额外的支持。您并不孤单，有人可以帮助您。
screening-help-midwife = 请今天就和您的助产士或家庭医生（GP）谈谈。
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = 拨打 NHS { $number }，选择选项 { $option }，获得心理健康帮助
screening-help-999 = 紧急情况下，或者您觉得自己可能会按照伤害自己的念头去做，请拨打 { $number }
screening-help-samaritans = 免费拨打撒玛利亚会（Samaritans）电话 { $number }，白天黑夜随时都可以
screening-help-told = 我们已经通知了您的助产士和医护团队，以便他们联系您。

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = 身心健康评估
screening-staff-intro = 处理安全警报，并记录妈妈在诊所和您一起填写的问卷。

## Safety alerts: the panel on the staff pages.

alerts-title = 安全警报
alerts-intro = 请在今天跟进每一条警报，然后写下您做了什么，再关闭警报。
alerts-empty = 没有未处理的警报。
alerts-count =
    { $count ->
       *[other] { $count } 条未处理的警报
    }
alerts-reason-urgent = 已回答安全问题（有自伤念头）：当天进行安全跟进
alerts-reason-probable = 分数在“很可能抑郁”范围内：转介评估
alerts-escalated = 已上报给协调员
alerts-raised = 发出时间：{ $when }
alerts-note-label = 您做了什么？
alerts-note-hint = 例如：已给她打电话，已约好当天看家庭医生（GP）。
alerts-acknowledge = 确认
alerts-acknowledging = 正在保存…
alerts-note-needed = 确认警报前，请先写下您做了什么。
alerts-acknowledged = 已确认 { $name } 的警报。
alerts-already = 已经有人确认了这条警报。
alerts-refresh = 查看新警报
alerts-her-results = 她的结果

## Recording a questionnaire given in clinic.

screening-record-title = 记录在诊所填写的问卷
screening-find-label = 查找妈妈：姓名、电话、电子邮箱或 NHS 号码
screening-find = 查找
screening-find-none = 没有找到。您负责的妈妈可以按姓名查找；其他人需要输入完全一致的电话、电子邮箱或 NHS 号码。
# A button on each mother found.
screening-choose-mother = 选择 { $name }
screening-for = { $name } 的问卷
screening-change-mother = 选择其他人
screening-instrument-label = 问卷
screening-language-label = 她回答时使用的语言
screening-validated-yes = 这个语言版本经过验证。
screening-validated-no = 这个语言版本未经验证：解读结果时请谨慎。
screening-wording-not-installed = 该语言未安装经授权的 EPDS 文本，因此不能用该语言进行 EPDS：请选择 PHQ-9、GAD-2 或 Whooley。
screening-record-start = 开始填写问卷
screening-cancel = 取消

## The result, for staff.

screening-staff-result-title = 结果已记录
screening-staff-total = 总分 { $total }：{ $band }
screening-staff-urgent = 安全问题得分 1 分或以上：当天进行安全跟进。
screening-staff-alert = 已向她的医护团队发出安全警报。
screening-staff-anxiety = EPDS-3A 焦虑分量表：{ $score }
screening-staff-validated = 语言版本：经过验证
screening-staff-not-validated = 语言版本：未经验证
screening-record-another = 再记录一份
screening-band-none = 低于临界值
screening-band-possible = 可能抑郁
screening-band-probable = 很可能抑郁：转介评估
screening-band-mild = 轻度
screening-band-moderate = 中度
screening-band-moderately-severe = 中重度
screening-band-severe = 重度
screening-band-positive = 阳性：建议做全面评估

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = EPDS 总分变化
screening-chart-title-phq9 = PHQ-9 总分变化
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } 可能
screening-chart-line-probable = { $score } 很可能
screening-chart-line-moderate = { $score } 中度
screening-chart-line-moderately-severe = { $score } 中重度
screening-chart-summary =
    { $count ->
       *[other] 共 { $count } 个结果；最近一次：{ $date }，{ $total } 分
    }
screening-chart-empty = 还没有 EPDS 或 PHQ-9 结果。
screening-chart-table = 以表格显示
screening-chart-date = 日期
screening-chart-total = 总分
screening-chart-result = 结果

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = 您有一项身心健康评估要完成
due-screening-intro = 您的课程会在几个时间点询问每位学员的感受。只需几分钟。只有您和照顾您的医护人员能看到您的回答。
due-screening-point-baseline = 课程开始时
due-screening-point-week6 = 课程第 6 周
due-screening-point-end = 课程结束时
# $date is a date such as "Monday 14 December".
due-screening-until = 请在 { $date } 前完成
due-screening-start = 开始评估
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = 已安排的评估
schedule-empty = 她参加的课程都没有安排评估。
schedule-due-on = 预定日期 { $date }
schedule-status-upcoming = 尚未开放
schedule-status-due = 现在可做
schedule-status-done = 已完成
schedule-status-overdue = 已逾期
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = 筛查安排
schedule-edit-intro = 报名本课程的妈妈们会在您勾选的时间点被邀请填写这份问卷，每项到期时都会收到提醒。
schedule-edit-instrument = 问卷
schedule-edit-points = 时间
schedule-edit-save = 保存安排

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = 我的问卷
checkins-none = 还没有问卷记录。
checkins-intro = 您做过问卷的日期。要查看每次是哪份问卷，请输入 PIN 码或密码。
checkins-password-label = 或输入您的密码
checkins-password-wrong = 这不是您的密码。
checkins-show = 显示是哪份
screening-not-shared = 她的问卷结果未与您共享：她没有同意与她的护理团队共享，或者她不在您的护理之下。关于她的安全警报仍会发送给她的护理团队。
