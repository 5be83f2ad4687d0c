# PeriLink interface text: Arabic (ar), Modern Standard Arabic in plain
# everyday words, translated from the English source (en).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - Text a mother reads may speak to her as a woman (for example "ابحثي").
#   Text that staff also read is written without diacritics or with verbal
#   nouns, so it suits both women and men.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = الانتقال إلى المحتوى الرئيسي
# The name screen readers give to the main menu.
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-find = البحث عن جلسات
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
# Label of the menu that changes the language of the whole app.
language-picker-label = اللغة
language-picker-apply = تغيير
footer-text = يساعد { -brand-name } الأمهات على إيجاد دعم ودود قريب منهن.
loading = جارٍ التحميل…

## Home page

home-title = مجموعات ومساعدة للأمهات، بلغتك
home-intro = ابحثي عن دروس اللغة الإنجليزية، ووقت الأناشيد للأطفال، ومجموعات الغناء، ودعم الرضاعة الطبيعية قريبًا منك. كثير منها مجاني، ويمكنك إحضار طفلك معك.
home-find-button = ابحثي عن جلسة قريبة مني
home-staff-title = للقابلات وموظفي الربط المجتمعي ومقدّمي الجلسات
home-staff-intro = سجّلوا الدخول لإحالة أم، أو لتسجيل الحضور، أو لمعرفة سير الجلسات.
# $name is the signed-in person's name.
home-signed-in-as = تم تسجيل الدخول باسم { $name }
# $place is the name of a page, such as "My sessions".
home-continue = الانتقال إلى { $place }

## Roles, as the app names them to the person signed in

role-mother = أم
role-referrer = قابلة أو موظف ربط مجتمعي
role-host = مقدّم الجلسة
role-coordinator = منسّق
role-admin = مسؤول النظام

## Each role's starting page

start-mother = جلساتي
start-referrer = إحالاتي
start-host = سجلات حضور اليوم
start-coordinator = البرامج والتقارير
start-admin = الحسابات
start-your-details = بياناتك
start-detail-name = الاسم
start-detail-role = الدور
start-detail-job = الوظيفة
start-detail-organisation = الجهة
start-detail-email = البريد الإلكتروني

## Find page

find-title = البحث عن جلسة

## Sign in

sign-in-title = تسجيل الدخول
sign-in-intro = يرجى استخدام البريد الإلكتروني وكلمة المرور الخاصين بحسابك في { -brand-name }.
sign-in-email = البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-show-password = إظهار كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-working = جارٍ تسجيل الدخول…
sign-in-error-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة. يرجى المحاولة مرة أخرى.
# $minutes is a whole number of minutes.
# The number is shown as digits, so the noun form follows the Arabic rule
# for a number written in digits (1 دقيقة is read as "one minute").
sign-in-error-throttled =
    { $minutes ->
        [zero] محاولات كثيرة. يرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
        [one] محاولات كثيرة. يرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
        [two] محاولات كثيرة. يرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
        [few] محاولات كثيرة. يرجى الانتظار { $minutes } دقائق ثم المحاولة مرة أخرى.
        [many] محاولات كثيرة. يرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
       *[other] محاولات كثيرة. يرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
    }
sign-in-error-missing = يرجى إدخال بريدك الإلكتروني وكلمة المرور.
sign-in-needed = يرجى تسجيل الدخول لرؤية هذه الصفحة.
signed-out = تم تسجيل خروجك.

## Errors

error-network = لم نتمكن من الوصول إلى { -brand-name }. يرجى التحقق من اتصال الإنترنت والمحاولة مرة أخرى.
error-generic = حدث خطأ ما. يرجى المحاولة مرة أخرى.
error-forbidden = لا يمكن لحسابك فتح هذه الصفحة.
not-found-title = الصفحة غير موجودة
not-found-text = لم نتمكن من العثور على هذه الصفحة.
not-found-home = الانتقال إلى الصفحة الرئيسية

## On every page: the menu's account links, and the demo's notice.
demo-banner = هذه نسخة تجريبية بأشخاص غير حقيقيين. الحسابات التجريبية لا تحتاج إلى التحقق بخطوتين، أما حسابات الموظفين الحقيقية فتحتاج إليه.
nav-account = حسابي
nav-people = الأشخاص
nav-my-sessions = جلساتي
nav-check-in = الاطمئنان على حالك
nav-admin = الحسابات
nav-my-referrals = إحالاتي
nav-register = سجلات الحضور
nav-incoming = الإحالات
nav-directory = الدليل
nav-alerts = تنبيهات السلامة
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد
date-months = يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر
date-long = { $weekday } { $day } { $month }
checkin-title = كيف تشعرين؟
checkin-intro = بضعة أسئلة خاصة عن الأسبوعين الماضيين. لا يرى الإجابات إلا أنتِ ومن يعتنون بك.
checkin-start = ابدئي الاستبيان

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = يرجى إعداد التحقق بخطوتين قبل الاطلاع على بيانات الأمهات.
error-totp-required = يرجى تسجيل الدخول من جديد بالرمز الظاهر في تطبيق المصادقة.
error-account-inactive = تم إغلاق هذا الحساب. يرجى التواصل مع المنسّق عند الاعتقاد بوجود خطأ.

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = مغادرة سريعة
quick-exit-hint = أو اضغطي Esc مرتين
neutral-name-diary = مذكرات الطفل
neutral-name-notes = ملاحظات
lock-title = أدخلي رقمك السري
lock-intro = هذا التطبيق مقفل على هذا الهاتف. أدخلي رقمك السري لفتحه.
lock-pin-label = الرقم السري (من 4 إلى 6 أرقام)
lock-open = فتح
lock-not-a-pin = الرقم السري من 4 إلى 6 أرقام.
lock-wrong = رقم سري خاطئ. المحاولات المتبقية قبل تسجيل خروجك: { $left }
lock-forgot = نسيتِ رقمك السري؟ سجّلي الخروج، ثم سجّلي الدخول من جديد بكلمة المرور أو برمز.
contact-channel-text = رسالة نصية
contact-channel-email = بريد إلكتروني
contact-channel-call = مكالمة هاتفية
error-wording-not-installed = هذا الاستبيان غير متوفر بهذه اللغة. يُرجى اختيار استبيان آخر.
