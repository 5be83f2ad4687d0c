# PeriLink interface text: Simplified Chinese (zh-Hans), a mother's own screens:
# finding sessions, a session's page, booking, making an account, and My sessions.
# Translated from the English source file (en/find.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - As in main.ftl, the app speaks to the user politely ("您").
# - Words as in main.ftl and staff.ftl: "session" is "活动", "rhyme time" is
#   "儿歌时光", "book" is "预约", "a place" is "名额", "account" is "账户".
#   New here: "course" is "课程", "enrol" is "报名", "waiting list" is
#   "候补名单", "interpreter" is "口译员", "calendar" is "日历".
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Chinese by the phone, such as "11月25日星期二" and "10:30".
# - Chinese has no plural forms: selectors have the default [other] variant.
#   session-waiting and my-status-waiting also keep an exact [1] variant ("you
#   are next"), as English's [one] means there.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = 英语课（ESOL）
kind-rhyme-time = 儿歌时光
kind-singing = 唱歌小组
kind-breastfeeding-support = 母乳喂养支持
kind-advice = 钱和工作方面的咨询
kind-other = 其他小组

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] 英语
        [ar] 阿拉伯语
        [pl] 波兰语
        [pt] 葡萄牙语
        [ro] 罗马尼亚语
        [ckb] 库尔德语（索拉尼）
        [fa] 波斯语
        [ur] 乌尔都语
        [bn] 孟加拉语
        [so] 索马里语
        [ti] 提格利尼亚语
        [zh-Hans] 中文
        [zh] 中文
        [prs] 达利语
        [ps] 普什图语
        [kmr] 库尔德语（库尔曼吉）
        [am] 阿姆哈拉语
        [tr] 土耳其语
        [fr] 法语
        [es] 西班牙语
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = 英文：还没有翻译

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = 搜索条件
find-kind-label = 哪种活动？
find-language-label = 用哪种语言？
find-language-any = 任何语言
find-near-label = 附近（邮编）
find-near-hint = 邮编，例如 L8 1XF，或者只写前半部分，例如 L8。
find-radius-label = 多远？
# $km is a whole number of kilometres, in the list of distances.
find-radius = { $km } 公里以内
find-search = 搜索
find-more-choices = 更多条件
find-free-only = 只看免费活动
find-time-label = 一天中的什么时间？
find-time-morning = 上午
find-time-afternoon = 下午
find-time-evening = 晚上
find-results = 活动
find-loading = 正在查找活动…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
       *[other] 找到 { $count } 个活动。
    }
find-empty = 没有符合条件的活动。请试试更远的距离、其他语言，或者少选几个条件。
find-clear = 清除我的选择
find-loosen = { $choice } ({ $count })
find-any-time = 一天中任何时间
find-paid-too = 也看收费活动
find-any-kind = 任何种类的活动
find-anywhere = 任何地方
# $place is what she typed in the postcode box.
find-error-unknown-place = 我们不知道“{ $place }”这个地方。请检查邮编，或者只写前半部分，例如 L8。
# $place is what she typed in the postcode box.
find-error-bad-place = “{ $place }”不是邮编。请写邮编，例如 L8 1XF，或者只写前半部分，例如 L8。
find-more = 显示更多活动
find-more-loading = 正在加载更多…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }，{ $start } 到 { $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }，{ $town }
# $km is a distance such as 1.2.
find-distance = 距离 { $km } 公里
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = 口译员：{ $language }
find-drop-in = 随时来：不用预约
find-booking = 需要预约名额
find-course = 课程：报名后每周都参加
find-full = 已满：您可以加入候补名单
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
       *[other] 还剩 { $count } 个名额
    }
find-free = 免费
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = 找不到活动
session-not-found = 我们找不到这个活动。它可能已经结束，或者信息正在核实中。
session-find-others = 查找其他活动
session-booking = 预约
session-drop-in = 不用预约，直接来就行！
session-course-intro = 这是一个课程。报名一次，每周都有您的名额。
session-book-intro = 选择一个日期，预约您的名额。
session-course-full = 课程已满。您可以加入候补名单，有名额时我们会通知您。
session-date-full = 这一天已满。您可以加入候补名单，有名额时我们会通知您。
session-enrol = 报名参加课程
session-book = 预约
session-join-waiting-list = 加入候补名单
session-account-needed = 预约需要一个免费账户。之后我们会带您回到这里。
session-booking-working = 正在预约您的名额…
# $date is a day like "Tuesday 25 November".
session-booked = 您已预约 { $date } 的名额。
# $date is a day like "Tuesday 25 November".
session-already-booked = 您已经预约过 { $date } 的名额了。
session-enrolled = 您已报名参加这个课程。到时候见！
session-already-enrolled = 您已经报名参加这个课程了。
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [1] 您在候补名单上。下一个就是您。
       *[other] 您在候补名单上，排第 { $position } 位。
    }
session-see-my-sessions = 查看我的活动
session-book-mothers-only = 只有妈妈才能用自己的账户预约名额。
session-book-closed = 这一天已经不能预约了。请选择其他日期。
session-about = 关于这个活动
session-for-whom = 适合谁参加？
session-for-pregnant = 孕期妈妈
# $min and $max are ages in whole months.
session-for-babies = 宝宝 { $min } 到 { $max } 个月大的妈妈
# $max is an age in whole months.
session-for-babies-up-to = 宝宝 { $max } 个月大以内的妈妈
# $min is an age in whole months.
session-for-babies-from = 宝宝 { $min } 个月大以上的妈妈
session-for-everyone = 欢迎所有妈妈
session-bring = 需要带什么
session-languages = 语言
session-interpreter-note = 现场有会说这些语言的口译员或助手。
session-when = 时间
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = 每{ $weekday }，{ $start } 到 { $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = 隔周{ $weekday }，{ $start } 到 { $end }
# $date is a day like "Tuesday 25 November".
session-until = 到 { $date } 为止
session-next-dates = 接下来的日期
session-cancelled = 已取消：这天没有活动
# Beside a date she has just booked.
session-date-yours = ✓ 您有名额
# Beside a date whose waiting list she has just joined.
session-date-waiting = 您在候补名单上
session-add-to-calendar = 添加到我的日历
session-where = 地点
session-access = 进出
session-step-free = 无台阶：不用爬楼梯
session-not-step-free = 有台阶
session-buggy-space = 可停放婴儿车
session-no-buggy-space = 不能停放婴儿车
session-baby-change = 有换尿布的地方
session-no-baby-change = 没有换尿布的地方
session-breastfeeding-welcome = 欢迎母乳喂养
session-breastfeeding-not-said = 母乳喂养的情况请到现场问一下
session-getting-there = 怎么去
session-map = 在地图上查看
session-report-wrong = 这些信息有误
session-report-what = 哪里有误？
session-report-reason-time = 日期或时间
session-report-reason-place = 地点
session-report-reason-cancelled = 已停办
session-report-reason-other = 其他
session-report-thanks = 谢谢您告诉我们。我们会核实这个活动。

## Make an account (sign up)

sign-up-title = 免费注册账户
sign-up-intro = 有了账户，您就可以预约名额，查看您的活动。
sign-up-name = 您的名字
sign-up-contact = 手机号码或电子邮箱
sign-up-contact-hint = 您用它来登录。我们不会把它给别人。
sign-up-language = 您的语言
sign-up-password = 设置密码
# $count is the fewest characters a password may have.
sign-up-password-hint = 至少 { $count } 个字母、数字或符号。
sign-up-submit = 创建我的账户
sign-up-working = 正在创建您的账户…
sign-up-error-name = 请写上您的名字。
sign-up-error-contact = 请写上您的手机号码或电子邮箱。
sign-up-error-phone = 这个手机号码好像不对。请这样写：07700 900123。
sign-up-error-email = 这个电子邮箱好像不对。请检查一下。
sign-up-error-password = 密码太短了。请至少用 8 个字母、数字或符号。
sign-up-error-invalid = 有些地方不对。请检查您写的内容。
sign-up-have-account = 已经有账户了？
sign-up-continue = 继续
sign-up-code-sent = 我们已向 { $contact } 发送了一条消息。请在这里输入消息中的 6 位验证码。如果消息说您已经有账户，请直接登录。
sign-up-demo-code = 这是演示版，不会真的发送消息。您的验证码是 { $code }。
sign-up-change = 修改我的信息
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = 第一次用 { -brand-name }？
sign-in-make-account = 免费注册账户
home-new-here = 您是妈妈吗？免费注册账户，就可以预约活动。

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = 您的名额、课程和候补名单。
my-sign-in-needed = 请登录或免费注册账户，查看您的活动。
my-empty = 您还没有预约任何活动。
my-find = 查找活动
my-status-booked = 已预约
my-status-enrolled = 已报名课程
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [1] 候补名单：下一个就是您
       *[other] 候补名单：第 { $position } 位
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = 下一次：{ $date }，{ $start } 到 { $end }
# When there is no date to show. $start and $end are times.
my-times = { $start } 到 { $end }
my-cancel = 取消我的名额
my-leave-waiting = 退出候补名单
my-cancel-confirm = 您确定吗？您的名额可能会被别人拿走。
my-cancel-yes = 是的，取消
my-cancel-no = 不，保留
my-cancelled = 好了。您的名额已取消。
my-calendar-title = 您的日历
my-calendar-intro = 把您的活动放进手机日历。新的预约会自动出现在日历里。
my-calendar-get = 把我的活动添加到日历
my-calendar-subscribe = 在我的日历中打开
my-calendar-download = 下载日历文件

## My sessions: what she went to.
my-history-title = 您参加过的活动
my-history-empty = 这里还没有内容。您参加活动后，会显示在这里。
my-history-present = 已参加
my-history-absent = 缺席
my-history-apologies = 您说过不能来
