# PeriLink interface text: Simplified Chinese (zh-Hans), accounts: joining from
# an invitation, passwords, signing in with a code, two-factor sign-in, devices
# and People.
# Translated from the English source file (en/accounts.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks politely ("您"). "Two-factor sign-in" is
#   "双重验证登录"; an "authenticator app" is "身份验证器应用".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = 请检查信息后重试。
account-error-conflict = 该项已存在。请查看列表。

## New passwords (joining, setting up, resetting)

password-new = 新密码
# $count is the fewest characters a password may have.
password-rules = 至少 { $count } 个字符。用三四个您记得住的词组成的密码很安全。您可以从密码管理器中粘贴密码。
password-error-short = 密码至少需要 { $count } 个字符。
password-error-long = 这个密码太长了。请选择短一些的密码。
password-error-weak = 这个密码太短或太容易被猜到。请换一个。

## Joining from an invitation

invite-accept-title = 加入 { -brand-name }
invite-accept-intro = 您已受邀加入 { -brand-name }。请核对信息，然后填写您的姓名并设置密码。
invite-accept-email = 电子邮箱
invite-accept-role = 角色
invite-accept-organisation = 机构
invite-accept-name = 您的姓名
invite-accept-name-hint = 同事和母亲们会看到的名字，例如"Amina Hassan，助产士"。
invite-accept-submit = 创建我的账户
invite-accept-working = 正在创建账户…
invite-error-name = 请填写您的姓名。
invite-error-expired = 此邀请已过期：邀请的有效期为 72 小时。请让邀请您的人重新发送。
invite-error-used = 此邀请已被使用。如果是您本人使用的，请直接登录。
invite-error-revoked = 此邀请已被撤回。如果您认为有误，请联系邀请您的人。

## Links from emails and text messages

link-error-invalid = 此链接无效。请确认您打开的是完整链接，或申请新的链接。
link-error-expired = 此链接已过期。请申请新的链接。
link-error-used = 此链接已被使用。请申请新的链接，或直接登录。

## A mother sets up her account

setup-title = 设置您的账户
setup-intro = 请为您的 { -brand-name } 账户设置密码。您也可以用发送到手机的验证码登录。
setup-submit = 保存密码
setup-working = 正在保存…
setup-code-instead = 您仍然可以用发送到手机或电子邮箱的验证码登录。

## Forgotten password

forgot-link = 忘记密码？
forgot-title = 重置密码
forgot-intro = 请输入您账户的电子邮箱或手机号码。我们会发送一个链接，让您设置新密码。
forgot-contact = 电子邮箱或手机号码
forgot-submit = 发送链接
forgot-sent = 如果有账户使用该邮箱或号码，我们已向其发送链接。链接只能使用一次，且有效时间很短。
reset-title = 设置新密码
reset-intro = 请设置新密码。您在其他所有设备上都会退出登录。
reset-submit = 保存新密码
reset-done = 您的密码已更改。请用新密码登录。
reset-ask-again = 申请新的链接

## Signing in with a one-time code

code-sign-in-link = 改用验证码登录
code-sign-in-title = 用验证码登录
code-intro = 我们会向您的手机或电子邮箱发送一个 6 位数验证码。
code-contact = 手机号码或电子邮箱
code-send = 发送验证码
code-sending = 正在发送…
code-sent = 如果有账户使用该号码或邮箱，我们已向其发送验证码。验证码 10 分钟内有效。
code-label = 6 位数验证码
code-send-again = 重新发送验证码
code-use-password = 改用密码登录
code-error-contact = 请输入您的电子邮箱或手机号码。
code-error-format = 请输入 6 位数验证码。
code-error-invalid = 验证码不正确或已过期。请重试。
code-error-too-many = 错误次数太多。请申请新的验证码。

## The second step of signing in, for staff

totp-step-title = 输入安全验证码
totp-step-intro = 请打开身份验证器应用，输入它为 { -brand-name } 显示的 6 位数验证码。
totp-step-recovery-intro = 请输入您设置双重验证登录时保存的一个恢复码。每个恢复码只能使用一次。
totp-step-label = 安全验证码
totp-step-recovery-label = 恢复码
totp-step-submit = 继续
totp-step-use-recovery = 我的手机不在身边
totp-step-use-app = 使用身份验证器应用
totp-step-start-again = 重新开始
totp-step-expired = 用时太长。请重新开始登录。

## Setting up two-factor sign-in

twofa-title = 双重验证登录
twofa-intro = 由于您可以查看母亲们的健康信息，登录时需要第二个步骤：输入手机上身份验证器应用中的验证码。
twofa-required = 请现在设置双重验证登录。设置之前，您无法查看母亲们的资料。
twofa-on = 您的账户已开启双重验证登录。
twofa-not-needed = 您的账户不需要双重验证登录。
twofa-demo-exempt = 演示账户不需要双重验证登录。您仍然可以试着设置。
twofa-start = 设置双重验证登录
twofa-step-scan = 请用身份验证器应用扫描此二维码。
twofa-qr-label = 将 { -brand-name } 添加到身份验证器应用的二维码
twofa-step-key = 或者在应用中输入此密钥：
twofa-step-code = 输入应用显示的 6 位数验证码
twofa-confirm = 开启双重验证登录
twofa-confirming = 正在核对…
twofa-now-on = 双重验证登录现已开启。
twofa-recovery-title = 您的恢复码
twofa-recovery-intro = 如果您丢失了手机，每个恢复码都可以让您登录一次。请现在把它们保存在安全的地方：它们不会再次显示。
twofa-recovery-saved = 我已保存这些恢复码
twofa-continue = 继续

## My account: two-factor and devices

account-title = 我的账户
account-twofa-open = 双重验证登录设置
devices-title = 您在哪些设备上登录
devices-intro = 如果您看到不认识的设备，或已经丢失的设备，请让它退出登录。
devices-this = （此设备）
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $system } 上的 { $browser }
devices-unknown = 未知设备
# $when is a date and time.
devices-signed-in = 登录时间：{ $when }
devices-last-used = 最近使用：{ $when }
devices-sign-out = 让该设备退出登录
devices-signed-out = 该设备已退出登录。

## People: staff accounts, invitations and teams

people-title = 人员
people-intro = 邀请工作人员，查看谁有账户，并管理团队。
admin-intro = 最先需要您处理的事项，以及前往每项工作的入口。
admin-people-counts = 员工账户：{ $staff }。等待接受的邀请：{ $waiting }。
admin-directory-hint = 活动、项目、场地和机构，以及需要核查的内容。
admin-outcomes-hint = 谁来参加了，她们的身心状况如何变化，供资助方参考。
admin-registers-hint = 代班主持活动时进行签到。
admin-alerts-hint = 关于尚无人照顾的妈妈的未处理安全警报。
people-working = 正在保存…
people-saved = 已保存。
people-invite-title = 邀请新成员
people-invite-intro = 对方会收到一封电子邮件，其中的链接可用于设置密码。链接 72 小时内有效。
people-invite-email = 对方的工作邮箱
people-invite-role = 角色
people-invite-team = 团队
people-invite-no-team = 不加入团队
people-invite-submit = 发送邀请
people-invite-sent = 邀请已发送。
people-error-email = 请输入电子邮箱地址。
people-error-name = 请输入名称。
people-invitations-title = 邀请
people-invitations-none = 还没有邀请。
people-invitation-pending = 等待中
people-invitation-accepted = 已接受
people-invitation-revoked = 已撤回
people-invitation-expired = 已过期
# $when is a date and time.
people-invitation-expires = 链接有效期至 { $when }
people-invitation-revoke = 撤回邀请
people-invitation-revoked-note = 邀请已撤回。
people-staff-title = 工作人员账户
people-inactive = 已关闭
people-no-twofa = 尚未设置双重验证
# $teams is a list of team names.
people-teams = 团队：{ $teams }
people-no-team = 不在任何团队
people-deactivate = 关闭账户
# $name is a person's name.
people-deactivate-confirm = 要关闭 { $name } 的账户吗？对方会立即在所有设备上退出登录。
people-deactivated = 账户已关闭。
people-cancel = 取消
people-teams-title = 机构和团队
people-no-teams = 还没有团队。
people-team-name = 新团队名称
people-team-kind = 团队类型
people-team-kind-community_midwifery = 社区助产
people-team-kind-health_visiting = 健康家访
people-team-kind-link_workers = 社区联络员
people-team-kind-provider = 活动主持人
people-team-kind-other = 其他
people-team-add = 添加团队
people-add-member = 将某人加入此团队
people-choose-person = 选择一个人
people-add = 添加
people-remove = 移除
# $name is a person's name.
people-remove-member = 将 { $name } 移出此团队
people-org-new = 新机构
people-org-name = 机构名称
people-org-add = 添加机构

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = 在共用手机上
phone-intro = 这些设置只保存在这部手机上。如果别人使用这部手机，它们能帮助您不让别人知道您在这里做的事。
phone-exit-label = “快速离开”会打开
phone-exit-hint = 每个页面顶部的按钮，或按两次 Esc，会立即关闭此应用并改为打开这个页面。
phone-name-label = 这部手机上显示的名称
phone-name-hint = 浏览器标签页上的名称；如果您把应用添加到主屏幕，主屏幕上也显示此名称。
pin-title = 应用锁
pin-intro = 设置一个 4 到 6 位数字的 PIN 码。离开 5 分钟后，或再次打开应用时，会要求输入 PIN 码。PIN 码只保存在这部手机上。
pin-is-set = 这部手机已设置 PIN 码。离开 5 分钟后，或再次打开应用时，会要求输入它。
pin-new-label = 新的 PIN 码（4 到 6 位数字）
pin-again-label = 再次输入同一 PIN 码
pin-set = 设置 PIN 码
pin-change = 更改 PIN 码
pin-remove = 删除 PIN 码
pin-saved = PIN 码已设置。
pin-removed = PIN 码已删除。
pin-mismatch = 两次输入的 PIN 码不一致。
contact-title = 我们可以如何联系您
contact-intro = 请告诉我们什么时候联系您是安全的。您的助产士和联络员在给您打电话或发短信之前会看到这些。
contact-ways = 您愿意接受的联系方式
contact-days = 日期
contact-times = 时间（英国时间）
contact-from = 从
contact-until = 到
contact-save = 保存
contact-saved = 已保存。我们只会用这种方式联系您。
contact-bad-times = 开始时间必须早于结束时间。
care-team-title = 谁能查看您的记录
care-team-intro = 照护您并能查看您记录的人，以及找到您的人为什么添加了您。
care-team-none = 暂时没有。
care-team-added = 自 { $date } 起
care-team-reason = 添加您的原因：“{ $reason }”
