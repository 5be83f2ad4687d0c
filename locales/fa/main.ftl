# PeriLink interface text: Farsi / Persian (fa), translated from the English
# source (en).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - The text speaks to the reader politely as شما. Use Persian ی and ک, and a
#   zero-width non-joiner in forms like جلسه‌ها and می‌کند.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = رفتن به محتوای اصلی
# The name screen readers give to the main menu.
nav-label = منوی اصلی
nav-home = خانه
nav-find = پیدا کردن جلسه‌ها
nav-sign-in = ورود
nav-sign-out = خروج
# Label of the menu that changes the language of the whole app.
language-picker-label = زبان
language-picker-apply = تغییر
footer-text = { -brand-name } به مادران کمک می‌کند تا در نزدیکی خود، حمایت دوستانه پیدا کنند.
loading = در حال بارگذاری…

## Home page

home-title = گروه‌ها و کمک برای مادران، به زبان شما
home-intro = کلاس‌های زبان انگلیسی، جلسه‌های شعرهای کودکانه، گروه‌های آواز و کمک برای شیردهی را در نزدیکی خود پیدا کنید. خیلی از آن‌ها رایگان هستند و می‌توانید کودکتان را هم با خود بیاورید.
home-find-button = پیدا کردن جلسه‌ای نزدیک من
home-staff-title = برای ماماها، کارکنان رابط و برگزارکنندگان جلسه‌ها
home-staff-intro = برای ارجاع یک مادر، ثبت حضور و غیاب یا دیدن روند جلسه‌ها وارد شوید.
# $name is the signed-in person's name.
home-signed-in-as = با نام { $name } وارد شده‌اید
# $place is the name of a page, such as "My sessions".
home-continue = رفتن به { $place }

## Roles, as the app names them to the person signed in

role-mother = مادر
role-referrer = ماما یا کارمند رابط
role-host = برگزارکننده‌ی جلسه
role-coordinator = هماهنگ‌کننده
role-admin = مدیر سیستم

## Each role's starting page

start-mother = جلسه‌های من
start-referrer = ارجاع‌های من
start-host = فهرست حضور امروز
start-coordinator = برنامه‌ها و گزارش‌ها
start-admin = حساب‌ها
start-your-details = مشخصات شما
start-detail-name = نام
start-detail-role = نقش
start-detail-job = شغل
start-detail-organisation = سازمان
start-detail-email = ایمیل

## Find page

find-title = پیدا کردن جلسه

## Sign in

sign-in-title = ورود
sign-in-intro = ایمیل و رمز عبور حساب { -brand-name } خود را وارد کنید.
sign-in-email = ایمیل
sign-in-password = رمز عبور
sign-in-show-password = نشان دادن رمز عبور
sign-in-submit = ورود
sign-in-working = در حال ورود…
sign-in-error-credentials = ایمیل یا رمز عبور درست نیست. لطفاً دوباره امتحان کنید.
# $minutes is a whole number of minutes.
# In Persian the noun stays singular after a number, so both variants match.
sign-in-error-throttled =
    { $minutes ->
        [one] تعداد تلاش‌ها زیاد بود. لطفاً { $minutes } دقیقه صبر کنید و دوباره امتحان کنید.
       *[other] تعداد تلاش‌ها زیاد بود. لطفاً { $minutes } دقیقه صبر کنید و دوباره امتحان کنید.
    }
sign-in-error-missing = لطفاً ایمیل و رمز عبور خود را وارد کنید.
sign-in-needed = برای دیدن این صفحه، لطفاً وارد شوید.
signed-out = از حساب خود خارج شدید.

## Errors

error-network = نتوانستیم به { -brand-name } وصل شویم. اینترنت خود را بررسی کنید و دوباره امتحان کنید.
error-generic = مشکلی پیش آمد. لطفاً دوباره امتحان کنید.
error-forbidden = حساب شما اجازه‌ی باز کردن این صفحه را ندارد.
not-found-title = صفحه پیدا نشد
not-found-text = نتوانستیم این صفحه را پیدا کنیم.
not-found-home = رفتن به صفحه‌ی اصلی

## On every page: the menu's account links, and the demo's notice.
demo-banner = این یک نسخه‌ی نمایشی با افراد ساختگی است. حساب‌های نمایشی به ورود دومرحله‌ای نیاز ندارند؛ حساب‌های واقعی کارکنان نیاز دارند.
nav-account = حساب من
nav-people = افراد
nav-my-sessions = جلسه‌های من
nav-check-in = بررسی حال
nav-admin = حساب‌ها
nav-my-referrals = ارجاع‌های من
nav-register = فهرست‌های حضور
nav-incoming = ارجاع‌ها
nav-directory = فهرست خدمات
nav-alerts = هشدارهای ایمنی
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه|شنبه|یکشنبه
date-months = ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر
date-long = { $weekday } { $day } { $month }
checkin-title = حالتان چطور است؟
checkin-intro = چند پرسش خصوصی درباره دو هفته گذشته. فقط شما و کسانی که از شما مراقبت می‌کنند پاسخ‌ها را می‌بینند.
checkin-start = شروع بررسی

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = پیش از دیدن اطلاعات مادران، ورود دومرحله‌ای را راه‌اندازی کنید.
error-totp-required = لطفاً دوباره با کد برنامه‌ی احراز هویت وارد شوید.
error-account-inactive = این حساب بسته شده است. اگر فکر می‌کنید اشتباه شده، از هماهنگ‌کننده بپرسید.

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = خروج سریع
quick-exit-hint = یا دو بار Esc را بزنید
neutral-name-diary = دفترچه نوزاد
neutral-name-notes = یادداشت‌ها
lock-title = رمز PIN خود را وارد کنید
lock-intro = این برنامه روی این گوشی قفل است. برای باز کردن آن رمز PIN خود را وارد کنید.
lock-pin-label = رمز PIN (۴ تا ۶ رقم)
lock-open = باز کردن
lock-not-a-pin = رمز PIN بین ۴ تا ۶ رقم است.
lock-wrong = رمز PIN اشتباه است. تلاش‌های باقی‌مانده پیش از خروج از حساب: { $left }
lock-forgot = رمز PIN خود را فراموش کرده‌اید؟ از حساب خارج شوید، سپس با گذرواژه یا یک کد دوباره وارد شوید.
contact-channel-text = پیامک
contact-channel-email = ایمیل
contact-channel-call = تماس تلفنی
error-wording-not-installed = این پرسشنامه به این زبان در دسترس نیست. لطفاً پرسشنامه دیگری انتخاب کنید.
