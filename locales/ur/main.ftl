# PeriLink interface text: Urdu (ur), translated from the English source (en).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - The text speaks to the reader politely as آپ. "Session" is translated as
#   نشست. Words that Urdu speakers in the UK use every day (ای میل, پاس ورڈ,
#   سائن ان, مڈوائف, ریفر) are kept as they are said.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = مرکزی مواد پر جائیں
# The name screen readers give to the main menu.
nav-label = مرکزی مینو
nav-home = مرکزی صفحہ
nav-find = نشستیں تلاش کریں
nav-sign-in = سائن ان کریں
nav-sign-out = سائن آؤٹ کریں
# Label of the menu that changes the language of the whole app.
language-picker-label = زبان
language-picker-apply = تبدیل کریں
footer-text = { -brand-name } ماؤں کو ان کے قریب دوستانہ سہارا ڈھونڈنے میں مدد دیتا ہے۔
loading = لوڈ ہو رہا ہے…

## Home page

home-title = ماؤں کے لیے گروپ اور مدد، آپ کی زبان میں
home-intro = اپنے قریب انگریزی کی کلاسیں، بچوں کی نظموں کا وقت، گانے کے گروپ اور بچے کو اپنا دودھ پلانے میں مدد تلاش کریں۔ ان میں سے بہت سی مفت ہیں، اور آپ اپنے بچے کو ساتھ لا سکتی ہیں۔
home-find-button = اپنے قریب نشست تلاش کریں
home-staff-title = مڈوائف، رابطہ کار اور نشستیں چلانے والوں کے لیے
home-staff-intro = کسی ماں کو ریفر کرنے، حاضری لگانے یا یہ دیکھنے کے لیے کہ نشستیں کیسی چل رہی ہیں، سائن ان کریں۔
# $name is the signed-in person's name.
home-signed-in-as = آپ { $name } کے نام سے سائن ان ہیں
# $place is the name of a page, such as "My sessions".
home-continue = { $place } پر جائیں

## Roles, as the app names them to the person signed in

role-mother = ماں
role-referrer = مڈوائف یا رابطہ کار
role-host = نشست کے میزبان
role-coordinator = منتظم
role-admin = ایڈمنسٹریٹر

## Each role's starting page

start-mother = میری نشستیں
start-referrer = میرے ریفرل
start-host = آج کی حاضری
start-coordinator = پروگرام اور رپورٹیں
start-admin = اکاؤنٹس
start-your-details = آپ کی تفصیلات
start-detail-name = نام
start-detail-role = کردار
start-detail-job = کام
start-detail-organisation = ادارہ
start-detail-email = ای میل

## Find page

find-title = نشست تلاش کریں

## Sign in

sign-in-title = سائن ان
sign-in-intro = اپنے { -brand-name } اکاؤنٹ کا ای میل اور پاس ورڈ استعمال کریں۔
sign-in-email = ای میل
sign-in-password = پاس ورڈ
sign-in-show-password = پاس ورڈ دکھائیں
sign-in-submit = سائن ان کریں
sign-in-working = سائن ان ہو رہا ہے…
sign-in-error-credentials = یہ ای میل یا پاس ورڈ درست نہیں ہے۔ براہ کرم دوبارہ کوشش کریں۔
# $minutes is a whole number of minutes.
# In Urdu منٹ is the same for one and many, so both variants match.
sign-in-error-throttled =
    { $minutes ->
        [one] بہت زیادہ کوششیں ہو گئیں۔ براہ کرم { $minutes } منٹ انتظار کریں اور دوبارہ کوشش کریں۔
       *[other] بہت زیادہ کوششیں ہو گئیں۔ براہ کرم { $minutes } منٹ انتظار کریں اور دوبارہ کوشش کریں۔
    }
sign-in-error-missing = براہ کرم اپنا ای میل اور پاس ورڈ لکھیں۔
sign-in-needed = یہ صفحہ دیکھنے کے لیے براہ کرم سائن ان کریں۔
signed-out = آپ نے سائن آؤٹ کر دیا ہے۔

## Errors

error-network = ہم { -brand-name } تک نہیں پہنچ سکے۔ اپنا انٹرنیٹ دیکھیں اور دوبارہ کوشش کریں۔
error-generic = کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔
error-forbidden = آپ کا اکاؤنٹ یہ صفحہ نہیں کھول سکتا۔
not-found-title = صفحہ نہیں ملا
not-found-text = ہمیں یہ صفحہ نہیں ملا۔
not-found-home = مرکزی صفحے پر جائیں

## On every page: the menu's account links, and the demo's notice.
demo-banner = یہ فرضی لوگوں کے ساتھ ایک ڈیمو ہے۔ ڈیمو اکاؤنٹس کو دو مرحلہ سائن ان کی ضرورت نہیں؛ عملے کے اصل اکاؤنٹس کو ہے۔
nav-account = میرا اکاؤنٹ
nav-people = لوگ
nav-my-sessions = میری نشستیں
nav-check-in = خیریت کی جانچ
nav-admin = اکاؤنٹس
nav-my-referrals = میرے ریفرل
nav-register = حاضری کے رجسٹر
nav-incoming = ریفرل
nav-directory = ڈائریکٹری
nav-alerts = حفاظتی الرٹس
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار
date-months = جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر
date-long = { $weekday }، { $day } { $month }
checkin-title = آپ کیسا محسوس کر رہی ہیں؟
checkin-intro = پچھلے دو ہفتوں کے بارے میں چند نجی سوالات۔ جوابات صرف آپ اور آپ کی دیکھ بھال کرنے والے دیکھتے ہیں۔
checkin-start = جانچ شروع کریں

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = ماؤں کی تفصیلات دیکھنے سے پہلے دو مرحلہ سائن ان سیٹ اپ کریں۔
error-totp-required = براہ کرم تصدیقی ایپ کے کوڈ کے ساتھ دوبارہ سائن ان کریں۔
error-account-inactive = یہ اکاؤنٹ بند کر دیا گیا ہے۔ اگر آپ کے خیال میں یہ غلط ہے تو اپنے منتظم سے پوچھیں۔

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = فوراً باہر نکلیں
quick-exit-hint = یا Esc دو بار دبائیں
neutral-name-diary = بچے کی ڈائری
neutral-name-notes = نوٹس
lock-title = اپنا PIN درج کریں
lock-intro = یہ ایپ اس فون پر لاک ہے۔ اسے کھولنے کے لیے اپنا PIN درج کریں۔
lock-pin-label = PIN (4 سے 6 ہندسے)
lock-open = کھولیں
lock-not-a-pin = PIN میں 4 سے 6 ہندسے ہوتے ہیں۔
lock-wrong = غلط PIN۔ سائن آؤٹ ہونے سے پہلے باقی کوششیں: { $left }
lock-forgot = PIN بھول گئیں؟ سائن آؤٹ کریں، پھر اپنے پاس ورڈ یا کوڈ سے دوبارہ سائن ان کریں۔
contact-channel-text = ٹیکسٹ میسج
contact-channel-email = ای میل
contact-channel-call = فون کال
error-wording-not-installed = یہ سوالنامہ اس زبان میں دستیاب نہیں ہے۔ براہ کرم کوئی اور منتخب کریں۔
