# PeriLink interface text: Simplified Chinese (zh-Hans), referrals, for
# referrers, hosts and mothers.
# Translated from the English source file (en/referrals.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - Keys starting ref- are for staff (midwives, link workers, session hosts and
#   coordinators), women and men; keys starting myref- are read by a mother
#   about her own referrals, and so are the ref-status- and ref-reason- names:
#   short sentences, everyday words. As in main.ftl, the app speaks politely ("您").
# - Words as in main.ftl and staff.ftl: "referral" is "转介", "session" is
#   "活动", "midwife" is "助产士", "link worker" is "社区联络员", "host" is
#   "活动主持人", "register" (of attendance) is "签到表", "book" is "预约",
#   "a place" is "名额", "wellbeing check" is "身心健康评估". New here:
#   "referrer" is "转介人", "session team" is "活动团队", "care team" is
#   "医护团队", "caseload" is "我负责的妈妈", "consent" is "同意", "decline" is
#   "婉拒", "register a person" is "登记", "optional" is "选填".
# - Dates ($date) arrive already written in Chinese by the phone, such as
#   "11月25日星期二"; times ($start, $end) such as "10:30".
# - Chinese has no plural forms: ref-record keeps [0] (within a day) and the
#   default [other]; ref-moves has only [other].
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = 已发送
ref-status-accepted = 已接受
ref-status-declined = 已婉拒
ref-status-booked = 已预约
ref-status-attending = 正在参加
ref-status-completed = 已完成
ref-status-did-not-attend = 缺席了两次活动
ref-status-withdrawn = 已停止

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = 感到孤单
ref-reason-low-mood-or-anxiety = 心情低落或担忧
ref-reason-english-language = 学英语
ref-reason-infant-feeding = 喂养宝宝
ref-reason-money-housing-or-work = 钱、住房或工作
ref-reason-bonding-with-baby = 和宝宝建立亲密关系
ref-reason-other = 其他
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = 转介原因

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = 由转介人操作
ref-actor-provider = 由活动团队操作
ref-actor-mother = 由妈妈操作
ref-actor-system = 来自签到表
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }：{ $date }，{ $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
       *[other] 目前共 { $count } 步
    }
# $reason is what someone wrote when they declined.
ref-move-reason = 原因：“{ $reason }”
ref-sent-on = 发送日期：{ $date }
# $text is what the mother said matters to her, in her words.
ref-what-matters = 对她重要的事：“{ $text }”
# $text is the referrer's note for the care team.
ref-note = 备注：{ $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language }（{ $dialect }）
ref-interpreter-needed = 需要口译员
ref-cancel = 取消
ref-working = 正在发送…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = 这期间这个转介有了变化。列表现在已经更新：请再看一下。
ref-error-full = 那天已经没有名额了。请选择其他日期。
ref-error-invalid = 有些信息不对。请检查后再试一次。
ref-error-reason = 请说明原因。

## A referrer's page: news, making a referral, and her caseload

ref-news-title = 最新消息
ref-news-accepted = { $programme } 已接受 { $name }。
ref-news-declined = { $programme } 婉拒了对 { $name } 的转介。原因见下方她的步骤记录。
ref-news-first-attended = { $name } 第一次参加了 { $programme }。
ref-news-missed-twice = { $name } 连续两次没有参加 { $programme } 的活动。
ref-news-withdrawn = { $name } 停止了她到 { $programme } 的转介。
ref-news-booking-cancelled = { $name } 取消了 { $programme } 的预约：该转介需要重新安排日期。
ref-attended-none = 自转介以来尚无活动。
ref-news-alert = 关于 { $name } 的安全警报：请今天跟进。
ref-news-alert-escalated = 四小时内无人处理 { $name } 的安全警报：已转给协调员。
ref-news-alert-closed = 曾发出一条安全警报，现已有人处理。
ref-news-alert-open = 查看警报
# When the referral a notification is about is not on this page.
ref-news-other = 您的一个转介有了变化。
# Marks a piece of news as read, so it goes away.
ref-news-read = 知道了

ref-new-title = 发起转介
ref-new-intro = 只有四个简单步骤。我们已经知道的她的信息会为您自动填好。
# After sending.
ref-sent = 转介已发送：{ $name } 转介到 { $programme }。

# Step 1: finding or registering the mother.
ref-step-mother = 1. 找到她
ref-find-label = 她的姓名、电话号码或 NHS 号码
ref-find-hint = 按姓名可以找到您负责的妈妈。按电话、电子邮箱或 NHS 号码可以找到我们系统里的任何人。
ref-find-submit = 查找
ref-find-none = 没有找到。请检查您输入的内容，或者为她登记。
ref-find-results = 找到的妈妈
ref-choose = 转介她
ref-register-open = 登记新妈妈
ref-register-title = 登记妈妈
ref-field-given = 名字
ref-field-family = 姓氏（选填）
ref-contact-hint = 请提供她的手机号码或电子邮箱，也可以两者都提供。
ref-field-phone = 手机号码
ref-field-email = 电子邮箱
ref-field-language = 她喜欢用的语言
ref-language-choose = 选择语言
ref-language-other = 其他语言
ref-field-language-other = 语言代码
ref-language-other-hint = BCP 47 代码，例如普什图语是“ps”，提格利尼亚语是“ti”。
ref-field-dialect = 方言（选填）
ref-field-interpreter = 她需要口译员
ref-dates-hint = 请提供她的预产期；宝宝出生后，请提供宝宝的出生日期。
ref-field-due = 预产期
ref-field-born = 宝宝的出生日期
ref-field-nhs = NHS 号码（选填）
ref-field-postcode = 邮编（选填）
ref-register-submit = 为她登记
ref-error-given = 请填写她的名字。
ref-error-contact = 请提供手机号码或电子邮箱。
ref-error-phone = 这不是英国的电话号码。
ref-error-email = 这不是电子邮箱地址。
ref-error-language = 请选择她的语言。
ref-error-nhs = 这不是 NHS 号码。请检查这十位数字。
ref-error-known = 已经有一位妈妈使用这个 NHS 号码。请改为查找她。
ref-find-known = 按 NHS 号码查找她
# Above the mother being referred.
ref-chosen-title = 正在转介
ref-undelivered-sms = 短信未送达：请给她打电话
ref-undelivered-email = 电子邮件未送达
ref-due-on = 预产期：{ $date }
ref-born-on = 宝宝出生：{ $date }
# $number is an NHS number.
ref-nhs = NHS 号码 { $number }
ref-change = 选择其他人

# Step 2: choosing a session.
ref-step-session = 2. 选择活动
ref-kind-label = 哪种活动？
ref-in-language = 只看用她的语言进行、或有她的语言口译员的活动
ref-for-stage = 只看适合她目前阶段的活动（怀孕中，或按宝宝的月龄）
ref-near-label = 附近
ref-near-hint = 她的邮编，或者一个区域，例如 L8。
ref-search = 搜索
ref-sessions-empty = 没有符合的活动。请少选几个条件，或扩大区域。
ref-error-place = 我们不知道这个地方。请试试邮编，例如 L8 1XF，或者一个区域，例如 L8。
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
ref-record =
    { $days ->
        [0] 通常一天内回复 · 接受率 { $percent }%
       *[other] 通常 { $days } 天内回复 · 接受率 { $percent }%
    }
ref-record-none = 还没有转介
ref-record-no-replies = 还没有回复
ref-pick = 选择这个活动
ref-picked = 已选择

# Step 3: consent.
ref-step-consent = 3. 她的同意
ref-consent-intro = 用她的语言问她。只勾选她同意的内容。
ref-scopes-label = 她同意分享
ref-scope-contact-details = 她的联系方式和语言，分享给活动团队
ref-scope-referral-reasons = 转介她的原因和对她重要的事，分享给活动团队
ref-scope-attendance-to-referrer = 她是否参加，分享给您
ref-scope-screening-to-care-team = 她的身心健康评估结果，分享给她的助产团队
ref-scope-alerts-regardless = 无论是否勾选，安全警报都会发给她的护理团队：如果她的回答显示她可能不安全，团队会立即得到通知。
ref-field-shared-with = 分享对象
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $venue } 的 { $session }
ref-contact-label = 她希望怎样被联系
ref-contact-sms = 短信
ref-contact-email = 电子邮件
ref-contact-phone = 打电话
ref-contact-none = 不要联系
ref-consent-submit = 记录她的同意
# $with is who she agreed her details may be shared with.
ref-consent-done = { $date } 已记录同意，分享给 { $with }：
ref-consent-again = 重新记录她的同意
ref-error-scopes = 请至少勾选一项她同意分享的内容。
ref-error-shared-with = 请写明她的信息分享给谁。

# Step 4: why, and sending.
ref-step-send = 4. 转介原因
ref-field-what-matters = 对她重要的事（用她自己的话）
ref-field-note = 给她的医护团队的备注（选填）
ref-note-hint = 活动主持人永远看不到这条备注。
ref-send = 发送转介
ref-error-no-session = 请先选择活动（第 2 步）。
ref-error-no-consent = 请先记录她的同意（第 3 步）。
ref-error-no-reason = 请至少勾选一个原因。
ref-error-consent-required = 她的同意已不在记录中。请重新记录，然后再发送。

ref-caseload-title = 我负责的妈妈
ref-caseload-empty = 您还没有转介任何人。您的转介会列在这里。
ref-refer-again = 再次转介她

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = 转介到您活动的妈妈
ref-incoming-intro = 助产士和社区联络员转介来的妈妈。请尽快回复：转介人会马上收到通知。
ref-incoming-new = 等待您回复
ref-incoming-to-book = 已接受：请为她预约日期
ref-incoming-others = 已预约及更早的转介
ref-incoming-none = 目前没有。
# $name is the referrer's name.
ref-referred-by = 转介人：{ $name }，{ $date }
ref-accept = 接受
ref-decline = 婉拒
ref-book = 预约日期
ref-decline-question = 为什么婉拒？转介人会看到这个原因。
ref-decline-preset-full = 小组已满。
ref-decline-preset-unsuitable = 这个小组不适合她。
ref-decline-preset-no-contact = 我们联系不上她。
ref-decline-confirm = 婉拒这个转介
ref-choose-date = 为她选择日期
# $venue is the place; $start and $end times.
ref-session-at = { $venue }，{ $start } 到 { $end }
ref-no-dates = 没有还剩名额的日期。
# After a reply. $name is the mother's first name.
ref-accepted = 您已接受 { $name }。现在请为她预约日期。
ref-declined = 您已婉拒对 { $name } 的转介。转介人已收到通知。
ref-booked = 已为 { $name } 预约 { $date }。

## A mother's own referrals

myref-title = 我的转介
myref-intro = 您的助产士或社区联络员认为对您有帮助的小组。
myref-empty = 您还没有转介。
# $name is the midwife's or link worker's name.
myref-from = 来自 { $name }，{ $date }
myref-accept = 好的，我想去
myref-decline = 不用了，谢谢
myref-decline-question = 为什么不去？您的助产士会看到您的回答。
myref-reason-time = 时间不适合我。
myref-reason-far = 对我来说太远了。
myref-reason-not-now = 我现在不需要。
myref-withdraw = 停止这个转介
myref-confirm-withdraw = 您确定吗？如果您已经有名额，名额会被取消。
myref-withdraw-yes = 是的，停止
myref-keep = 不，保留
myref-accepted = 谢谢您。小组会联系您。
myref-declined = 谢谢您告诉我们。
myref-withdrawn = 您已停止这个转介。

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = 最近一次参加：{ $date }
ref-caseload-no-consent = 尚未记录同意
ref-caseload-not-referred = 尚未转介。
ref-refer-her = 转介她
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
       *[other] { $count } 次活动中参加了 { $came } 次
    }
ref-attended-present = { $date }：到场
ref-attended-absent = { $date }：缺席
ref-attended-apologies = { $date }：已请假
ref-withdraw = 代她停止转介
ref-withdraw-confirm = 停止这个转介吗？只有在她本人要求时才这样做。
ref-withdraw-yes = 是的，停止
ref-withdraw-keep = 不，保留
ref-withdrawn-for-her = 转介已停止。

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = 她表示何时以及如何联系她是安全的
contact-notice-ways = 仅限{ $ways }，{ $days }，{ $times }（英国时间）。
contact-notice-never = 绝不使用{ $ways }。
contact-notice-none = 她要求完全不要联系她。
ref-hint-title = PeriLink 中有她的记录，但不在您的照护范围内
ref-hint-intro = 只显示她存在。将她加入您的照护名单后才能查看她的记录：她会看到您这样做了以及原因。
ref-hint-due = 预产期 { $month }
ref-hint-born = 宝宝出生于 { $month }
ref-hint-reason-label = 您为什么将她加入照护名单
ref-hint-reason-needed = 请说明您为什么将她加入照护名单：她会看到。
ref-hint-add = 加入我的照护名单
