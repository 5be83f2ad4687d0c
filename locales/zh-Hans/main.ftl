# PeriLink interface text: Simplified Chinese (zh-Hans).
# Translated from the English source file (en/main.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - The app speaks to the user politely ("您").
# - "Session" is "活动"; "link worker" is "社区联络员"; "rhyme time" is "儿歌时光".
# - Chinese has no plural forms: the selector in sign-in-error-throttled has
#   only the default [other] variant.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = 跳到主要内容
# The name screen readers give to the main menu.
nav-label = 主菜单
nav-home = 首页
nav-find = 查找活动
nav-sign-in = 登录
nav-sign-out = 退出登录
# Label of the menu that changes the language of the whole app.
language-picker-label = 语言
language-picker-apply = 更改
footer-text = { -brand-name } 帮助妈妈们在附近找到亲切的支持。
loading = 正在加载…

## Home page

home-title = 妈妈小组和帮助，用您的语言
home-intro = 在您附近查找英语课、儿歌时光、唱歌小组和母乳喂养支持。很多活动是免费的，您还可以带宝宝一起来。
home-find-button = 查找我附近的活动
home-staff-title = 助产士、社区联络员和活动主持人专区
home-staff-intro = 登录后，您可以转介妈妈、点名签到，或查看活动进展情况。
# $name is the signed-in person's name.
home-signed-in-as = 已登录：{ $name }
# $place is the name of a page, such as "My sessions".
home-continue = 前往“{ $place }”

## Roles, as the app names them to the person signed in

role-mother = 妈妈
role-referrer = 助产士或社区联络员
role-host = 活动主持人
role-coordinator = 协调员
role-admin = 管理员

## Each role's starting page

start-mother = 我的活动
start-referrer = 我的转介
start-host = 今日签到表
start-coordinator = 项目和报告
start-admin = 账户
start-your-details = 您的信息
start-detail-name = 姓名
start-detail-role = 角色
start-detail-job = 职位
start-detail-organisation = 机构
start-detail-email = 电子邮箱

## Find page

find-title = 查找活动

## Sign in

sign-in-title = 登录
sign-in-intro = 请使用您 { -brand-name } 账户的电子邮箱和密码。
sign-in-email = 电子邮箱
sign-in-password = 密码
sign-in-show-password = 显示密码
sign-in-submit = 登录
sign-in-working = 正在登录…
sign-in-error-credentials = 电子邮箱或密码不正确。请再试一次。
# $minutes is a whole number of minutes.
sign-in-error-throttled =
    { $minutes ->
       *[other] 尝试次数太多。请等 { $minutes } 分钟后再试。
    }
sign-in-error-missing = 请输入您的电子邮箱和密码。
sign-in-needed = 请先登录，才能查看此页面。
signed-out = 您已退出登录。

## Errors

error-network = 无法连接到 { -brand-name }。请检查您的网络，然后再试一次。
error-generic = 出了点问题。请再试一次。
error-forbidden = 您的账户无法打开此页面。
not-found-title = 找不到页面
not-found-text = 我们找不到这个页面。
not-found-home = 返回首页

## On every page: the menu's account links, and the demo's notice.
demo-banner = 这是一个使用虚构人物的演示。演示账户不需要双重验证登录；真实的工作人员账户需要。
nav-account = 我的账户
nav-people = 人员
nav-my-sessions = 我的活动
nav-check-in = 近况
nav-admin = 账户
nav-my-referrals = 我的转介
nav-register = 签到表
nav-incoming = 转介
nav-directory = 目录
nav-alerts = 安全警报
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = 星期一|星期二|星期三|星期四|星期五|星期六|星期日
date-months = 1月|2月|3月|4月|5月|6月|7月|8月|9月|10月|11月|12月
date-long = { $month }{ $day }日{ $weekday }
checkin-title = 您感觉怎么样？
checkin-intro = 几个关于过去两周的私密问题。只有您和照顾您的人能看到答案。
checkin-start = 开始

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = 请先设置双重验证登录，然后才能查看母亲们的资料。
error-totp-required = 请使用身份验证器应用中的验证码重新登录。
error-account-inactive = 此账户已被关闭。如果您认为有误，请联系协调员。

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = 快速离开
quick-exit-hint = 或按两次 Esc
neutral-name-diary = 宝宝日记
neutral-name-notes = 笔记
lock-title = 请输入 PIN 码
lock-intro = 此应用在这部手机上已锁定。请输入 PIN 码打开。
lock-pin-label = PIN 码（4 到 6 位数字）
lock-open = 打开
lock-not-a-pin = PIN 码为 4 到 6 位数字。
lock-wrong = PIN 码错误。退出登录前剩余尝试次数：{ $left }
lock-forgot = 忘记了 PIN 码？请退出登录，然后用密码或验证码重新登录。
contact-channel-text = 短信
contact-channel-email = 电子邮件
contact-channel-call = 电话
error-wording-not-installed = 此问卷没有该语言版本。请选择其他问卷。
