# PeriLink interface text: Simplified Chinese (zh-Hans), the register, for
# session hosts.
# Translated from the English source file (en/register.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - Session hosts (library staff, tutors, musicians, peer supporters), women and
#   men, read these on a phone, often with poor signal, while people arrive:
#   keep them short. As in main.ftl, the app speaks politely ("您").
# - Words as in main.ftl and staff.ftl: "register" is "签到表", "take the
#   register" is "点名签到", "session" is "活动", "book" is "预约", "referral"
#   is "转介". New here: "mark" (one tick on the register) is "签到记录" or
#   "记录", "present / absent / sent apologies" is "到场 / 缺席 / 已请假",
#   "walk-in" is "未预约直接来", "connection" is "网络连接".
# - Times ($time, $start, $end) arrive already written by the phone, such as
#   "10:30".
# - Chinese has no plural forms: selectors have only the default [other] variant.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The page

register-title = 签到表
register-new-referrals =
    { $count ->
       *[other] { $count } 条新转介等待回复
    }
register-intro = 每个人点一下。签到记录会先保存在这部手机上，然后再发送，所以没有信号也能点名签到。
register-sign-in-needed = 请先登录，才能点名签到。
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
       *[other] 这部手机上保存了 { $count } 条签到记录。您登录后就会发送。
    }
register-offline-nothing = 没有网络连接，这部手机上也还没有保存签到表。请在有网络时打开一次这个页面，之后没有网络也能用。
# $time is when the register was saved, such as "09:15".
register-offline-saved = 没有网络连接：这是 { $time } 保存在这部手机上的签到表。
register-not-saved = 这一天的签到表没有保存在这部手机上。请连接网络来加载。
register-no-sessions = 您这一天没有活动。

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = 日期
# Read by screen readers on today's button.
register-today = 今天

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = { $start } 到 { $end }，{ $venue }
register-cancelled = 这一天的活动已取消。
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = 已记录：{ $expected } 人中的 { $marked } 人。到场：{ $present } 人。
register-nobody = 还没有预计要来的人。请在下面添加来的人。
register-replies = 妈妈们关于这一天发来的短信

## A person on the register

# $name is her baby's first name.
register-baby = 宝宝：{ $name }
register-interpreter = 需要口译员
# Why she is on the register.
register-because-booked = 已预约
register-because-enrolled = 已报名课程
register-because-referred = 转介来的
register-because-walk-in = 未预约直接来
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = 为 { $name } 签到
register-present = 到场
register-absent = 缺席
register-apologies = 已请假
register-babies = 宝宝
register-children = 其他孩子
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = { $name } 带的宝宝减一个
register-more-babies = { $name } 带的宝宝加一个
register-fewer-children = { $name } 带的孩子减一个
register-more-children = { $name } 带的孩子加一个

## Where a mark is

register-mark-waiting = 等待发送
register-mark-sent = 已发送
register-mark-superseded = 已发送，但以另一部手机之后的记录为准
register-mark-refused = 未被接受
# A button that removes a mark that was not accepted.
register-mark-discard = 删除

## Sending

register-online = 在线
register-offline = 离线：签到记录保存在这部手机上
register-sync-none = 还没有签到记录。
register-sync-all-sent = 所有签到记录都已发送。
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
       *[other] { $count } 条记录等待发送。
    }
register-sync-sending = 正在发送…
register-sync-offline = 没有网络连接。记录安全地保存在这部手机上，恢复连接后会发送。
register-sync-sign-in = 请重新登录来发送这些记录。
register-sync-trouble = { -brand-name } 暂时无法接收这些记录。稍后会再试。
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
       *[other] { $count } 条记录未被接受。请在下面的记录列表中检查。
    }
register-sync-now = 立即发送
register-storage-failed = 这部手机无法保存签到记录。请让这个页面一直开着，直到记录发送完成。
# The heading of the list of the day's marks; $count is how many.
register-device-marks = 这部手机上的记录（{ $count }）
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }：{ $mark }。{ $state }。

## Walk-ins

register-walk-in = 添加未预约直接来的人
register-walk-in-search = 在您的签到表中查找她
register-walk-in-search-hint = 输入她名字的一部分。
# $name is her first name.
register-walk-in-pick = 添加 { $name }
register-walk-in-none-found = 您的签到表里没有叫这个名字的人。请在下面新建记录。
register-walk-in-new = 新建记录
register-walk-in-name = 名字
register-walk-in-phone = 电话号码（如果有）
register-walk-in-phone-hint = 英国号码，例如 07700 900123。如果她没有，请留空。
register-walk-in-language = 她的语言
register-walk-in-babies = 她带的宝宝
register-walk-in-children = 她带的其他孩子
register-walk-in-add = 添加并标记为到场
# $name is her first name.
register-walk-in-added = { $name } 已加入签到表，标记为到场。
register-walk-in-error-name = 请输入她的名字。
register-walk-in-error-phone = 这不是英国电话号码。请检查，或者留空。
