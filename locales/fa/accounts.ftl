# PeriLink interface text: Farsi / Persian (fa), translated from the English
# source (en): accounts (joining from an invitation, passwords, signing in with a
# code, two-factor sign-in, devices and People).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - As in main.ftl, the text speaks politely as شما. Use Persian ی and ک, and a
#   zero-width non-joiner in forms like رمزها and می‌کند.
# - "Two-factor sign-in" is "ورود دومرحله‌ای"; an "authenticator app" is
#   "برنامه‌ی احراز هویت".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = لطفاً اطلاعات را بررسی کنید و دوباره امتحان کنید.
account-error-conflict = این از قبل وجود دارد. لطفاً فهرست را ببینید.

## New passwords (joining, setting up, resetting)

password-new = رمز عبور تازه
# $count is the fewest characters a password may have.
password-rules = دست‌کم { $count } نویسه. سه یا چهار کلمه که به یاد می‌سپارید یک رمز عبور قوی می‌سازند. می‌توانید رمز را از یک برنامه‌ی مدیریت رمز بچسبانید.
password-error-short = رمز عبور باید دست‌کم { $count } نویسه داشته باشد.
password-error-long = این رمز عبور خیلی بلند است. لطفاً رمز کوتاه‌تری انتخاب کنید.
password-error-weak = این رمز عبور خیلی کوتاه است یا به‌آسانی حدس زده می‌شود. لطفاً رمز دیگری انتخاب کنید.

## Joining from an invitation

invite-accept-title = پیوستن به { -brand-name }
invite-accept-intro = شما به { -brand-name } دعوت شده‌اید. اطلاعات را بررسی کنید، سپس نام خود را بنویسید و یک رمز عبور انتخاب کنید.
invite-accept-email = ایمیل
invite-accept-role = نقش
invite-accept-organisation = سازمان
invite-accept-name = نام شما
invite-accept-name-hint = همان‌طور که همکاران و مادران می‌بینند، برای نمونه «امینه حسن، ماما».
invite-accept-submit = ساختن حساب من
invite-accept-working = در حال ساختن حساب…
invite-error-name = لطفاً نام خود را بنویسید.
invite-error-expired = این دعوت منقضی شده است: دعوت‌ها ۷۲ ساعت اعتبار دارند. از کسی که شما را دعوت کرده دعوت تازه بخواهید.
invite-error-used = از این دعوت قبلاً استفاده شده است. اگر خودتان بوده‌اید، وارد شوید.
invite-error-revoked = این دعوت پس گرفته شده است. اگر فکر می‌کنید اشتباه شده، از کسی که شما را دعوت کرده بپرسید.

## Links from emails and text messages

link-error-invalid = این پیوند کار نمی‌کند. مطمئن شوید کل پیوند را باز کرده‌اید، یا پیوند تازه بخواهید.
link-error-expired = این پیوند منقضی شده است. لطفاً پیوند تازه بخواهید.
link-error-used = از این پیوند قبلاً استفاده شده است. لطفاً پیوند تازه بخواهید، یا وارد شوید.

## A mother sets up her account

setup-title = راه‌اندازی حساب شما
setup-intro = برای حساب { -brand-name } خود یک رمز عبور انتخاب کنید. می‌توانید با کدی که به تلفنتان فرستاده می‌شود هم وارد شوید.
setup-submit = ذخیره‌ی رمز عبور
setup-working = در حال ذخیره…
setup-code-instead = همچنان می‌توانید با کدی که به تلفن یا ایمیلتان فرستاده می‌شود وارد شوید.

## Forgotten password

forgot-link = رمز عبور را فراموش کرده‌اید؟
forgot-title = بازنشانی رمز عبور
forgot-intro = ایمیل یا شماره‌ی موبایل حساب خود را بنویسید. پیوندی برایتان می‌فرستیم تا رمز عبور تازه انتخاب کنید.
forgot-contact = ایمیل یا شماره‌ی موبایل
forgot-submit = پیوند را بفرستید
forgot-sent = اگر حسابی با این ایمیل یا شماره باشد، برایش پیوندی فرستاده‌ایم. پیوند یک بار و برای مدت کوتاهی کار می‌کند.
reset-title = رمز عبور تازه انتخاب کنید
reset-intro = یک رمز عبور تازه انتخاب کنید. از همه‌ی دستگاه‌های دیگر خود خارج خواهید شد.
reset-submit = ذخیره‌ی رمز عبور تازه
reset-done = رمز عبور شما عوض شد. لطفاً با رمز عبور تازه وارد شوید.
reset-ask-again = درخواست پیوند تازه

## Signing in with a one-time code

code-sign-in-link = ورود با کد
code-sign-in-title = ورود با کد
code-intro = یک کد ۶ رقمی به موبایل یا ایمیل شما می‌فرستیم.
code-contact = شماره‌ی موبایل یا ایمیل
code-send = کد را بفرستید
code-sending = در حال فرستادن…
code-sent = اگر حسابی با این شماره یا ایمیل باشد، برایش کدی فرستاده‌ایم. کد ۱۰ دقیقه کار می‌کند.
code-label = کد ۶ رقمی
code-send-again = فرستادن کد تازه
code-use-password = ورود با رمز عبور
code-error-contact = لطفاً ایمیل یا شماره‌ی موبایل خود را بنویسید.
code-error-format = لطفاً ۶ رقم کد را بنویسید.
code-error-invalid = این کد درست نیست یا منقضی شده است. لطفاً دوباره امتحان کنید.
code-error-too-many = تلاش‌های نادرست زیاد بود. لطفاً کد تازه بخواهید.

## The second step of signing in, for staff

totp-step-title = کد امنیتی را وارد کنید
totp-step-intro = برنامه‌ی احراز هویت را باز کنید و کد ۶ رقمی‌ای را که برای { -brand-name } نشان می‌دهد بنویسید.
totp-step-recovery-intro = یکی از کدهای بازیابی را که هنگام راه‌اندازی ورود دومرحله‌ای ذخیره کردید بنویسید. هر کد یک بار کار می‌کند.
totp-step-label = کد امنیتی
totp-step-recovery-label = کد بازیابی
totp-step-submit = ادامه
totp-step-use-recovery = تلفنم همراهم نیست
totp-step-use-app = استفاده از برنامه‌ی احراز هویت
totp-step-start-again = شروع دوباره
totp-step-expired = زمان زیادی گذشت. لطفاً دوباره شروع کنید و وارد شوید.

## Setting up two-factor sign-in

twofa-title = ورود دومرحله‌ای
twofa-intro = چون اطلاعات سلامت مادران را می‌بینید، هنگام ورود به مرحله‌ی دوم نیاز دارید: کدی از برنامه‌ی احراز هویت روی تلفنتان.
twofa-required = لطفاً همین حالا ورود دومرحله‌ای را راه‌اندازی کنید. تا آن زمان نمی‌توانید اطلاعات مادران را ببینید.
twofa-on = ورود دومرحله‌ای برای حساب شما روشن است.
twofa-not-needed = حساب شما به ورود دومرحله‌ای نیاز ندارد.
twofa-demo-exempt = حساب‌های نمایشی به ورود دومرحله‌ای نیاز ندارند. با این حال می‌توانید راه‌اندازی آن را امتحان کنید.
twofa-start = راه‌اندازی ورود دومرحله‌ای
twofa-step-scan = این کد QR را با برنامه‌ی احراز هویت اسکن کنید.
twofa-qr-label = کد QR که { -brand-name } را به برنامه‌ی احراز هویت اضافه می‌کند
twofa-step-key = یا این کلید را در برنامه بنویسید:
twofa-step-code = کد ۶ رقمی‌ای که برنامه نشان می‌دهد
twofa-confirm = روشن کردن ورود دومرحله‌ای
twofa-confirming = در حال بررسی…
twofa-now-on = ورود دومرحله‌ای اکنون روشن است.
twofa-recovery-title = کدهای بازیابی شما
twofa-recovery-intro = اگر تلفنتان گم شود، هر یک از این کدها اجازه می‌دهد یک بار وارد شوید. همین حالا آن‌ها را جای امنی ذخیره کنید: دوباره نشان داده نمی‌شوند.
twofa-recovery-saved = این کدها را ذخیره کردم
twofa-continue = ادامه

## My account: two-factor and devices

account-title = حساب من
account-twofa-open = تنظیمات ورود دومرحله‌ای
devices-title = جاهایی که وارد شده‌اید
devices-intro = اگر دستگاهی می‌بینید که نمی‌شناسید، یا گمش کرده‌اید، آن را خارج کنید.
devices-this = (همین دستگاه)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $browser } روی { $system }
devices-unknown = دستگاه ناشناخته
# $when is a date and time.
devices-signed-in = ورود: { $when }
devices-last-used = آخرین استفاده: { $when }
devices-sign-out = خارج کردن آن دستگاه
devices-signed-out = آن دستگاه خارج شد.

## People: staff accounts, invitations and teams

people-title = افراد
people-intro = کارکنان را دعوت کنید، ببینید چه کسی حساب دارد، و تیم‌ها را سامان دهید.
admin-intro = آنچه اول به شما نیاز دارد، و راه رسیدن به هر یک از کارهایتان.
admin-people-counts = حساب‌های کارکنان: { $staff }. دعوت‌های در انتظار پذیرش: { $waiting }.
admin-directory-hint = جلسه‌ها، برنامه‌ها، مکان‌ها و سازمان‌ها، و آنچه باید بررسی شود.
admin-outcomes-hint = چه کسانی آمدند و حالشان چگونه تغییر کرد، برای تأمین‌کنندگان مالی.
admin-registers-hint = وقتی جای کسی در جلسه‌ای هستید، حضور را ثبت کنید.
admin-alerts-hint = هشدارهای ایمنی باز درباره مادرانی که هنوز کسی از آن‌ها مراقبت نمی‌کند.
people-working = در حال ذخیره…
people-saved = ذخیره شد.
people-invite-title = دعوت از یک نفر
people-invite-intro = ایمیلی با پیوندی برای انتخاب رمز عبور دریافت می‌کند. پیوند ۷۲ ساعت اعتبار دارد.
people-invite-email = ایمیل کاری
people-invite-role = نقش
people-invite-team = تیم
people-invite-no-team = بدون تیم
people-invite-submit = فرستادن دعوت
people-invite-sent = دعوت فرستاده شد.
people-error-email = لطفاً یک نشانی ایمیل بنویسید.
people-error-name = لطفاً یک نام بنویسید.
people-invitations-title = دعوت‌ها
people-invitations-none = هنوز دعوتی نیست.
people-invitation-pending = در انتظار
people-invitation-accepted = پذیرفته شده
people-invitation-revoked = پس گرفته شده
people-invitation-expired = منقضی شده
# $when is a date and time.
people-invitation-expires = پیوند تا { $when } کار می‌کند
people-invitation-revoke = پس گرفتن دعوت
people-invitation-revoked-note = دعوت پس گرفته شد.
people-staff-title = حساب‌های کارکنان
people-inactive = بسته
people-no-twofa = هنوز بدون ورود دومرحله‌ای
# $teams is a list of team names.
people-teams = تیم‌ها: { $teams }
people-no-team = در هیچ تیمی نیست
people-deactivate = بستن حساب
# $name is a person's name.
people-deactivate-confirm = حساب { $name } بسته شود؟ او بی‌درنگ از همه‌جا خارج می‌شود.
people-deactivated = حساب بسته شد.
people-cancel = انصراف
people-teams-title = سازمان‌ها و تیم‌ها
people-no-teams = هنوز تیمی نیست.
people-team-name = نام تیم تازه
people-team-kind = نوع تیم
people-team-kind-community_midwifery = مامایی محلی
people-team-kind-health_visiting = مراقبت سلامت در خانه
people-team-kind-link_workers = کارمندان رابط
people-team-kind-provider = برگزارکنندگان جلسه‌ها
people-team-kind-other = غیره
people-team-add = افزودن تیم
people-add-member = افزودن کسی به این تیم
people-choose-person = یک نفر را انتخاب کنید
people-add = افزودن
people-remove = برداشتن
# $name is a person's name.
people-remove-member = برداشتن { $name } از این تیم
people-org-new = سازمان تازه
people-org-name = نام سازمان
people-org-add = افزودن سازمان

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = روی گوشی مشترک
phone-intro = این تنظیمات فقط روی این گوشی می‌ماند. اگر کس دیگری از گوشی استفاده کند، کمک می‌کند کارهایی که اینجا انجام می‌دهید پیش خودتان بماند.
phone-exit-label = «خروج سریع» این را باز می‌کند
phone-exit-hint = دکمه بالای هر صفحه، یا دو بار زدن Esc، این برنامه را فوراً می‌بندد و به جای آن این صفحه را باز می‌کند.
phone-name-label = نامی که روی این گوشی نشان داده می‌شود
phone-name-hint = نام روی زبانه مرورگر، و روی صفحه اصلی اگر برنامه را به آن اضافه کنید.
pin-title = قفل برنامه
pin-intro = یک رمز PIN از ۴ تا ۶ رقم بگذارید. پس از ۵ دقیقه دوری، یا وقتی برنامه را دوباره باز می‌کنید، رمز را می‌خواهد. فقط روی این گوشی می‌ماند.
pin-is-set = یک رمز PIN روی این گوشی گذاشته شده است. پس از ۵ دقیقه دوری، یا وقتی برنامه را دوباره باز می‌کنید، آن را می‌خواهد.
pin-new-label = رمز PIN جدید (۴ تا ۶ رقم)
pin-again-label = همان رمز PIN دوباره
pin-set = گذاشتن رمز PIN
pin-change = تغییر رمز PIN
pin-remove = حذف رمز PIN
pin-saved = رمز PIN شما گذاشته شد.
pin-removed = رمز PIN شما حذف شد.
pin-mismatch = دو رمز PIN یکسان نیستند.
contact-title = چگونه می‌توانیم با شما تماس بگیریم
contact-intro = به ما بگویید چه زمانی تماس با شما امن است. ماما و مددکار پیوند شما پیش از تماس یا فرستادن پیام این را می‌بینند.
contact-ways = راه‌هایی که برای تماس با شما مناسب است
contact-days = روزها
contact-times = ساعت‌ها (به وقت بریتانیا)
contact-from = از
contact-until = تا
contact-save = ذخیره
contact-saved = ذخیره شد. فقط از این راه با شما تماس می‌گیریم.
contact-bad-times = زمان شروع باید پیش از زمان پایان باشد.
care-team-title = چه کسی می‌تواند پرونده شما را ببیند
care-team-intro = کسانی که از شما مراقبت می‌کنند و می‌توانند پرونده‌تان را ببینند، و اینکه چرا کسی که شما را پیدا کرد شما را اضافه کرد.
care-team-none = هنوز کسی نیست.
care-team-added = از { $date }
care-team-reason = چرا شما را اضافه کردند: «{ $reason }»
