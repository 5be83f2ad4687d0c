# PeriLink interface text: Simplified Chinese (zh-Hans), the staff screens.
# Translated from the English source file (en/staff.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - These screens are for staff (coordinators, midwives, session hosts), women
#   and men. As in main.ftl, the app speaks to them politely ("您").
# - Words as in main.ftl: "session" is "活动", "programme" is "项目",
#   "venue" is "场地", "host" is "活动主持人", "organisation" is "机构",
#   "rhyme time" is "儿歌时光".
# - Words for these screens: "directory" is "目录", "listing" is "条目",
#   "check" is "核实", "term" is "学期".
# - Chinese has no plural forms: coord-last-checked keeps [0] (today) and the
#   default [other]; coord-translation-count has only [other].
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Coordinator: keeping the directory right

coord-title = 保持目录准确
coord-intro = 添加和修改活动、项目和场地，并核实条目。妈妈们会立即看到您的修改。
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = 目录的各个部分
coord-tab-check = 待核实
coord-tab-sessions = 活动
coord-tab-programmes = 项目
coord-tab-venues = 场地
coord-tab-organisations = 机构

## Saving

coord-save = 保存
coord-working = 正在保存…
coord-saved = 已保存。妈妈们现在就能看到这项修改。
coord-new = 改为添加新的一项
coord-edit = 编辑
# The first, empty choice in a drop-down list.
coord-choose = 请选择…
coord-error-invalid = 有些信息缺失或不正确。请检查表格，然后再试一次。
coord-error-postcode = 我们查不到这个邮编。请检查邮编，或者输入纬度和经度。
coord-error-gone = 其他人已经修改或删除了这项内容。请重新加载页面，然后再试一次。
coord-error-number = 请检查数字：只能输入数字，例如 12 或 53.4。
coord-error-times = 结束时间必须晚于开始时间。

## Listings to check

coord-stale-title = 待核实的条目
coord-stale-intro = 90 天没有核实的条目需要核实。超过 120 天，妈妈们就看不到这些条目了。请向场地或活动主持人核实信息，然后把条目标记为已核实。
coord-stale-none = 所有条目在过去 90 天内都已核实。
coord-kind-venue = 场地
coord-kind-programme = 项目
coord-kind-session = 活动
# $days is a whole number of days.
coord-last-checked =
    { $days ->
        [0] 今天已核实
       *[other] 上次核实：{ $days } 天前
    }
coord-flagged = 需要核实
coord-hidden = 妈妈们看不到
coord-owner-you = 由您负责
# $name is the name of the member of staff who looks after the listing.
coord-owner = 负责人：{ $name }
coord-mark-checked = 标记为已核实
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday } { $start }，{ $venue }

## Reports of wrong information

coord-reports-title = 信息有误的报告
coord-reports-none = 没有未处理的报告。
coord-messages-title = 短信和电子邮件
coord-messages-undelivered = 过去 7 天未送达：{ $count }
coord-messages-stuck = 等待发送超过 30 分钟：{ $count }
coord-report-no-note = 报告人没有说明哪里有误。
# $date is a date written as 2026-11-23.
coord-reported-on = 报告日期：{ $date }
coord-report-open = 查看活动页面
coord-resolve = 标记为已处理

## Days of the week

coord-weekday-1 = 星期一
coord-weekday-2 = 星期二
coord-weekday-3 = 星期三
coord-weekday-4 = 星期四
coord-weekday-5 = 星期五
coord-weekday-6 = 星期六
coord-weekday-7 = 星期日

## Organisations

coord-organisation-new = 添加机构
coord-organisation-edit = 修改这个机构
coord-field-name = 名称
coord-field-kind = 机构类型
coord-field-website = 网站
coord-org-kind-nhs_trust = NHS 信托
coord-org-kind-library_service = 图书馆服务
coord-org-kind-charity = 慈善机构
coord-org-kind-council = 地方政府（市政厅）
coord-org-kind-other = 其他

## Venues

coord-venue-new = 添加场地
coord-venue-edit = 修改这个场地
coord-field-organisation = 机构
coord-field-address = 地址
coord-field-town = 城镇
coord-field-postcode = 邮编
coord-field-place-hint = 纬度和经度留空，系统会根据邮编找到位置。
coord-field-lat = 纬度
coord-field-lon = 经度
coord-field-step-free = 无台阶出入
coord-field-buggy-space = 可停放婴儿车
coord-field-baby-change = 有换尿布的地方
coord-field-breastfeeding = 欢迎母乳喂养
coord-field-bus-routes = 附近的公交车

## Programmes

coord-programme-new = 添加项目
coord-programme-edit = 修改这个项目
coord-field-programme-kind = 提供什么
coord-programme-kind-esol = 英语课（ESOL）
coord-programme-kind-rhyme_time = 儿歌时光
coord-programme-kind-singing = 唱歌小组
coord-programme-kind-breastfeeding_support = 母乳喂养支持
coord-programme-kind-advice = 钱、工作和住房方面的咨询
coord-programme-kind-other = 其他
coord-field-for-pregnant = 孕期妈妈可以参加
coord-field-baby-min = 宝宝最小月龄（月）
coord-field-baby-max = 宝宝最大月龄（月）
coord-field-cost = 每次活动的价格，单位是便士（0 表示免费）
coord-field-booking = 预约
coord-booking-booking = 需要预约名额
coord-booking-drop_in = 随时来，不用预约
coord-field-format = 活动形式
coord-format-course = 课程：妈妈们报名参加整个学期
coord-format-ongoing = 每周进行，没有结束日期
coord-english-words = 英文内容
coord-field-title = 标题
coord-field-description = 介绍
coord-field-what-to-bring = 需要带什么
coord-translations-title = 其他语言
coord-translations-intro = 选择一种语言，添加或修改这个项目在该语言中的文字。
coord-field-language = 语言
coord-save-translation = 保存这种语言的文字
# $count is how many languages the programme has words in.
coord-translation-count =
    { $count ->
       *[other] 有 { $count } 种语言
    }

## Sessions

coord-session-new = 添加活动
coord-session-edit = 修改这个活动
coord-field-programme = 项目
coord-field-venue = 场地
coord-field-host = 活动主持人
coord-field-frequency = 多久一次
coord-frequency-weekly = 每周一次
coord-frequency-fortnightly = 每两周一次
coord-field-weekday = 星期几
coord-field-start = 开始时间
coord-field-end = 结束时间
coord-field-starts-on = 学期第一天
coord-field-ends-on = 学期最后一天
coord-field-ends-on-hint = 如果活动一直进行，请留空。
coord-field-capacity = 名额
coord-field-capacity-hint = 不限名额请留空。
coord-field-languages = 活动使用的语言
coord-field-interpreter-languages = 口译员或双语助手能讲的语言
coord-field-cancelled = 停办的日期
coord-field-cancel-date = 再加一个停办日期
coord-add-date = 添加这个日期
coord-no-cancelled = 没有停办的日期。
coord-remove = 删除
# $date is a date written as 2026-12-25.
coord-remove-date = 删除 { $date }
coord-session-words-title = 活动自己的标题
coord-session-words-intro = 活动可以有自己的标题，例如“阿拉伯语和英语儿歌时光”。留空则使用项目的标题。

## 来自其他目录的条目（Open Referral UK 数据源）

feeds-title = 来自其他目录的条目
feeds-back = 返回目录
feeds-intro = PeriLink 可以从以 Open Referral UK 格式发布的其他目录复制活动，您无需重新输入。它每天读取每个数据源。如果您在这里修改了复制来的条目，数据源之后对它的更改会等待您批准。
feeds-add-title = 添加数据源
feeds-field-url = 数据源地址
feeds-field-url-hint = 列出其服务的地址，例如 https://example.org/openreferral
feeds-field-take = 复制哪些服务
feeds-take-all = 全部
feeds-take-taxonomy_term = 某一类别中的
feeds-take-text = 提到某些词语的
feeds-field-take-value = 类别编号，或词语
feeds-add = 添加数据源
feeds-list-title = 您的数据源
feeds-none = 您还没有添加数据源。
feeds-counts = 条目：{ $services }。等待您处理：{ $waiting }。已不在数据源中：{ $gone }。
feeds-never-read = 尚未读取。添加后一分钟内会读取。
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = 上次读取：{ $when }。
feeds-run-done = 新增：{ $created }。已更新：{ $updated }。等待您处理：{ $waiting }。已不在数据源中：{ $gone }。无法复制：{ $skipped }。
feeds-problem-unreachable = 没有任何更改。PeriLink 无法连接到数据源，或其回复太慢。请检查地址。
feeds-problem-server-error = 没有任何更改。数据源返回了错误。请检查地址，或等待下次读取。
feeds-problem-not-json = 没有任何更改。这个地址发送的是网页，不是数据源。请检查地址。
feeds-problem-wrong-schema = 没有任何更改。该数据源不是 Open Referral UK 第 3 版格式。
feeds-problem-endless-pages = 没有任何更改。该数据源的页面永无止境。请告知数据源的管理者。
feeds-problem-too-big = 没有任何更改。该数据源太大，PeriLink 无法复制。
feeds-error-address-refused = PeriLink 只读取公共互联网上的数据源。此地址位于私有或本地网络。
feeds-error-busy = 此数据源正在读取中。请等一分钟再看。
feeds-details = 详细经过（英文）
feeds-read-now = 立即读取
feeds-reading = 正在读取…
feeds-show-listings = 其条目
feeds-no-listings = 尚未从该数据源复制任何内容。
feeds-side-title = 标题
feeds-side-description = 说明
feeds-side-mine = 您现在的版本
feeds-side-theirs = 数据源的更改
feeds-approve = 采用数据源的更改
feeds-reject = 保留您的版本
feeds-waiting = 等待您处理
feeds-gone = 已不在数据源中
feeds-edited-here = 已在此修改
feeds-duplicates-count = 看起来与您已有的条目相同：{ $count }。打开该订阅源的条目来决定。
feeds-duplicates-title = 这些您已经列出了吗？
feeds-duplicates-intro = 订阅源中的这些活动看起来与您已列出的活动相同：地点相同、日期和时间相同、名称相似。在您决定之前不会复制。
feeds-duplicate-mine = 您的
feeds-duplicate-theirs = 订阅源的
feeds-duplicate-link = 是同一个——将它们关联
feeds-duplicate-separate = 不同——两个都列出
feeds-error-decided = 此事已经决定。请重新查看订阅源的条目。

## A session's dates from a partner's calendar (.ics)

calendar-title = 来自日历的日期
calendar-intro = 如果合作方（例如图书馆或儿童中心）把本活动的日期记在日历中，PeriLink 可以每天从中读取。被取消的活动会取消该日期，并通知已预订的妈妈。
calendar-url = 从日历（.ics）地址获取日期
calendar-words = 只取标题含有这些词的活动
calendar-words-hint = 留空则获取日历中的所有活动。
calendar-save = 保存日历地址
calendar-read-now = 立即读取
calendar-never-read = 尚未读取。保存后一分钟内读取。
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = 上次读取：{ $when }。
calendar-read-done = 未来一年的日期：{ $dates }。新增：{ $added }。取消：{ $cancelled }。已通知的妈妈：{ $told }。
calendar-problem-unreachable = 没有任何更改。PeriLink 无法连接到日历，或其回复太慢。请检查地址。
calendar-problem-server-error = 没有任何更改。日历地址返回了错误。请检查地址，或等待下次读取。
calendar-problem-not-calendar = 没有任何更改。此地址发送的不是 PeriLink 能读取的日历。请检查地址。
calendar-problem-no-events = 没有任何更改。日历中没有活动，或没有标题含有这些词的活动。
calendar-problem-too-big = 没有任何更改。日历太大，PeriLink 无法读取。
