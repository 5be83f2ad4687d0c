# PeriLink's text messages and emails: Farsi (fa), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = به PeriLink دعوت شده‌اید. ظرف ۷۲ ساعت رمز عبور بگذارید: { $link }
msg-account-setup = PeriLink آماده است. ظرف ۷ روز رمز عبور بگذارید: { $link }
msg-password-reset = رمز تازه PeriLink؟ ظرف یک ساعت باز کنید: { $link }
msg-login-code = کد PeriLink شما { $code } است. ۱۰ دقیقه اعتبار دارد. آن را به کسی ندهید.
msg-account-exists = کسی خواست با این شماره یا ایمیل حساب تازه‌ای در PeriLink بسازد. شما حساب دارید: وارد شوید یا رمز تازه بخواهید.
msg-waiting-list-promoted = جایی برای شما خالی شد. PeriLink را باز کنید تا ببینید.
msg-referral-accepted = جایی به شما پیشنهاد شده است. PeriLink را باز کنید تا ببینید.
msg-referral-booked = جای شما رزرو شد. PeriLink را باز کنید تا زمان و مکان را ببینید.
msg-screening-due = چند پرسش در PeriLink منتظر شماست. هر وقت چند دقیقه وقت داشتید برنامه را باز کنید.
msg-session-reminder = PeriLink: فردا ساعت { $time }، { $place }. اگر نمی‌توانید بیایید، ۲ را بفرستید.
msg-session-date-cancelled = تاریخی که رزرو کرده بودید لغو شد. برای دیدن آن PeriLink را باز کنید.
msg-news = خبر تازه‌ای در PeriLink دارید.
msg-email-subject = پیامی از PeriLink
