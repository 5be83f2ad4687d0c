# PeriLink's text messages and emails: Chinese (Simplified) (zh-Hans), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = 您受邀使用 PeriLink。请在 72 小时内设置密码：{ $link }
msg-account-setup = PeriLink 已为您准备好。请在 7 天内设置密码：{ $link }
msg-password-reset = 要设置新的 PeriLink 密码，请在一小时内打开：{ $link }
msg-login-code = 您的 PeriLink 验证码是 { $code }，10 分钟内有效。请勿告诉他人。
msg-account-exists = 有人想用这个号码或邮箱新建 PeriLink 账户。您已经有账户了：请登录，或申请新密码。
msg-waiting-list-promoted = 有一个名额空出来给您了。请打开 PeriLink 查看。
msg-referral-accepted = 您获得了一个名额。请打开 PeriLink 查看。
msg-referral-booked = 您的名额已预订。请打开 PeriLink 查看时间和地点。
msg-screening-due = PeriLink 里有几个问题在等您。有几分钟空闲时请打开应用。
msg-session-reminder = PeriLink：明天 { $time }，{ $place }。如不能来，请回复 2。
msg-session-date-cancelled = 您预订的一个日期已取消。请打开 PeriLink 查看。
msg-news = PeriLink 里有您的新消息。
msg-email-subject = 来自 PeriLink 的消息
