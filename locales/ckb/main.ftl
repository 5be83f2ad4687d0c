# PeriLink interface text: Kurdish Sorani (ckb), Arabic script, translated
# from the English source (en).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - "Session" is translated as دانیشتن; "midwife" as مامان.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = بازدان بۆ ناوەڕۆکی سەرەکی
# The name screen readers give to the main menu.
nav-label = لیستی سەرەکی
nav-home = سەرەتا
nav-find = دۆزینەوەی دانیشتن
nav-sign-in = چوونەژوورەوە
nav-sign-out = چوونەدەرەوە
# Label of the menu that changes the language of the whole app.
language-picker-label = زمان
language-picker-apply = گۆڕین
footer-text = { -brand-name } یارمەتی دایکان دەدات بۆ ئەوەی پشتگیریی دۆستانە لە نزیک خۆیان بدۆزنەوە.
loading = بار دەکرێت…

## Home page

home-title = گرووپ و یارمەتی بۆ دایکان، بە زمانی خۆت
home-intro = وانەی زمانی ئینگلیزی، کاتی هۆنراوەی منداڵان، گرووپی گۆرانی و پشتگیریی شیرپێدان لە نزیک خۆت بدۆزەرەوە. زۆریان بێبەرامبەرن، و دەتوانیت کۆرپەکەت لەگەڵ خۆت بهێنیت.
home-find-button = دانیشتنێک لە نزیک خۆم بدۆزەرەوە
home-staff-title = بۆ مامانەکان، کارمەندانی پەیوەندی و پێشکەشکارانی دانیشتن
home-staff-intro = بچۆ ژوورەوە بۆ ئەوەی دایکێک ڕەوانە بکەیت، ئامادەبوون تۆمار بکەیت، یان ببینیت دانیشتنەکان چۆن بەڕێوە دەچن.
# $name is the signed-in person's name.
home-signed-in-as = وەک { $name } چوویتە ژوورەوە
# $place is the name of a page, such as "My sessions".
home-continue = بڕۆ بۆ { $place }

## Roles, as the app names them to the person signed in

role-mother = دایک
role-referrer = مامان یان کارمەندی پەیوەندی
role-host = پێشکەشکاری دانیشتن
role-coordinator = ڕێکخەر
role-admin = بەڕێوەبەر

## Each role's starting page

start-mother = دانیشتنەکانم
start-referrer = ڕەوانەکردنەکانم
start-host = تۆماری ئامادەبوونی ئەمڕۆ
start-coordinator = بەرنامەکان و ڕاپۆرتەکان
start-admin = هەژمارەکان
start-your-details = زانیارییەکانت
start-detail-name = ناو
start-detail-role = ڕۆڵ
start-detail-job = کار
start-detail-organisation = دامەزراوە
start-detail-email = ئیمەیڵ

## Find page

find-title = دۆزینەوەی دانیشتن

## Sign in

sign-in-title = چوونەژوورەوە
sign-in-intro = ئیمەیڵ و وشەی نهێنیی هەژمارەکەت لە { -brand-name } بەکاربهێنە.
sign-in-email = ئیمەیڵ
sign-in-password = وشەی نهێنی
sign-in-show-password = وشەی نهێنی پیشان بدە
sign-in-submit = چوونەژوورەوە
sign-in-working = دەچیتە ژوورەوە…
sign-in-error-credentials = ئەو ئیمەیڵە یان وشەی نهێنییە ڕاست نییە. تکایە دووبارە هەوڵ بدەرەوە.
# $minutes is a whole number of minutes.
# In Sorani the noun stays singular after a number, so both variants match.
sign-in-error-throttled =
    { $minutes ->
        [one] زۆر جار هەوڵت داوە. تکایە { $minutes } خولەک چاوەڕێ بکە و دووبارە هەوڵ بدەرەوە.
       *[other] زۆر جار هەوڵت داوە. تکایە { $minutes } خولەک چاوەڕێ بکە و دووبارە هەوڵ بدەرەوە.
    }
sign-in-error-missing = تکایە ئیمەیڵ و وشەی نهێنییەکەت بنووسە.
sign-in-needed = تکایە بچۆ ژوورەوە بۆ بینینی ئەم پەڕەیە.
signed-out = لە هەژمارەکەت چوویتە دەرەوە.

## Errors

error-network = نەمانتوانی بگەینە { -brand-name }. ئینتەرنێتەکەت بپشکنە و دووبارە هەوڵ بدەرەوە.
error-generic = هەڵەیەک ڕوویدا. تکایە دووبارە هەوڵ بدەرەوە.
error-forbidden = هەژمارەکەت ناتوانێت ئەم پەڕەیە بکاتەوە.
not-found-title = پەڕەکە نەدۆزرایەوە
not-found-text = نەمانتوانی ئەو پەڕەیە بدۆزینەوە.
not-found-home = بڕۆ بۆ پەڕەی سەرەکی

## On every page: the menu's account links, and the demo's notice.
demo-banner = ئەمە نموونەیەکی تاقیکارییە بە کەسانی دروستکراو. هەژمارە تاقیکارییەکان پێویستیان بە چوونەژوورەوەی دوو هەنگاوی نییە؛ هەژمارە ڕاستەقینەکانی کارمەندان پێویستیانە.
nav-account = هەژمارەکەم
nav-people = کەسەکان
nav-my-sessions = دانیشتنەکانم
nav-check-in = چۆنیت
nav-admin = هەژمارەکان
nav-my-referrals = ڕەوانەکردنەکانم
nav-register = تۆمارەکانی ئامادەبوون
nav-incoming = ڕەوانەکردنەکان
nav-directory = ڕێبەر
nav-alerts = ئاگادارکردنەوەکانی سەلامەتی
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = دووشەممە|سێشەممە|چوارشەممە|پێنجشەممە|هەینی|شەممە|یەکشەممە
date-months = کانوونی دووەم|شوبات|ئازار|نیسان|ئایار|حوزەیران|تەممووز|ئاب|ئەیلوول|تشرینی یەکەم|تشرینی دووەم|کانوونی یەکەم
date-long = { $weekday } { $day }ی { $month }
checkin-title = هەستت چۆنە؟
checkin-intro = چەند پرسیارێکی تایبەت دەربارەی دوو هەفتەی ڕابردوو. تەنها خۆت و ئەوانەی چاودێریت دەکەن وەڵامەکان دەبینن.
checkin-start = دەستپێکردنی پشکنین

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = پێش بینینی زانیاریی دایکان، چوونەژوورەوەی دوو هەنگاوی ڕێک بخە.
error-totp-required = تکایە دووبارە بە کۆدی ئەپی پشتڕاستکردنەوە بچۆ ژوورەوە.
error-account-inactive = ئەم هەژمارە داخراوە. ئەگەر پێت وایە هەڵەیە، لە ڕێکخەرەکەت بپرسە.

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = بە خێرایی دەرچوون
quick-exit-hint = یان دوو جار Esc دابگرە
neutral-name-diary = یاداشتی منداڵ
neutral-name-notes = تێبینییەکان
lock-title = PIN ەکەت بنووسە
lock-intro = ئەم ئەپە لەسەر ئەم مۆبایلە داخراوە. بۆ کردنەوەی PIN ەکەت بنووسە.
lock-pin-label = PIN (٤ بۆ ٦ ژمارە)
lock-open = کردنەوە
lock-not-a-pin = PIN لە ٤ بۆ ٦ ژمارە پێکدێت.
lock-wrong = PIN هەڵەیە. هەوڵی ماوە پێش ئەوەی بچیتە دەرەوە: { $left }
lock-forgot = PIN ەکەت لەبیر چووە؟ بچۆ دەرەوە، پاشان بە وشەی نهێنی یان کۆدێک دووبارە بچۆ ژوورەوە.
contact-channel-text = نامەی کورت
contact-channel-email = ئیمەیڵ
contact-channel-call = پەیوەندی تەلەفۆنی
error-wording-not-installed = ئەم پرسیارنامەیە بەم زمانە بەردەست نییە. تکایە یەکێکی تر هەڵبژێرە.
