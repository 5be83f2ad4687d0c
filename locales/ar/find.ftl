# PeriLink interface text: Arabic (ar), Modern Standard Arabic in plain
# everyday words, translated from the English source (en): a mother's own
# screens: finding sessions, a session's page, booking, making an account,
# and My sessions.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - These screens are read by a mother, so they speak to her as a woman
#   (for example "ابحثي"، "احجزي"), as main.ftl does.
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Arabic by the phone, such as "الثلاثاء 25 نوفمبر" and "10:30".
# - Words as in main.ftl and staff.ftl: "session" جلسة, "course" دورة.
#   "Places" (how many can come) are مقاعد; "book" is حجز; "enrol" is
#   التسجيل في الدورة; "waiting list" is قائمة الانتظار.
# - Numbers are shown as digits, so a noun after a number follows the Arabic
#   rule for a number written in digits, as in main.ftl. Ages in months are
#   written "العمر بالأشهر" so the noun does not change with the number.
# - $price arrives written with a dot (3.50), so "£{ $price }" is kept.

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = دروس اللغة الإنجليزية (ESOL)
kind-rhyme-time = وقت الأناشيد للأطفال
kind-singing = مجموعات الغناء
kind-breastfeeding-support = دعم الرضاعة الطبيعية
kind-advice = نصائح عن المال والعمل
kind-other = مجموعات أخرى

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] الإنجليزية
        [ar] العربية
        [pl] البولندية
        [pt] البرتغالية
        [ro] الرومانية
        [ckb] الكردية السورانية
        [fa] الفارسية
        [ur] الأردية
        [bn] البنغالية
        [so] الصومالية
        [ti] التغرينية
        [zh-Hans] الصينية
        [zh] الصينية
        [prs] الدرية
        [ps] البشتو
        [kmr] الكردية الكرمانجية
        [am] الأمهرية
        [tr] التركية
        [fr] الفرنسية
        [es] الإسبانية
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = بالإنجليزية: لم يُترجم بعد

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = خيارات البحث
find-kind-label = ما نوع الجلسة؟
find-language-label = بأي لغة؟
find-language-any = أي لغة
find-near-label = بالقرب من (الرمز البريدي)
find-near-hint = رمز بريدي مثل L8 1XF، أو الجزء الأول منه فقط، مثل L8.
find-radius-label = على أي مسافة؟
# $km is a whole number of kilometres, in the list of distances.
find-radius = ضمن { $km } كم
find-search = بحث
find-more-choices = خيارات أكثر
find-free-only = الجلسات المجانية فقط
find-time-label = في أي وقت من اليوم؟
find-time-morning = الصباح
find-time-afternoon = بعد الظهر
find-time-evening = المساء
find-results = الجلسات
find-loading = جارٍ البحث عن جلسات…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [zero] لم نجد أي جلسة.
        [one] وجدنا جلسة واحدة.
        [two] وجدنا جلستين.
        [few] وجدنا { $count } جلسات.
        [many] وجدنا { $count } جلسة.
       *[other] وجدنا { $count } جلسة.
    }
find-empty = لا توجد جلسات تناسب اختياراتك. جرّبي مسافة أكبر، أو لغة أخرى، أو خيارات أقل.
find-clear = مسح اختياراتي
find-loosen = { $choice } ({ $count })
find-any-time = أي وقت من اليوم
find-paid-too = الجلسات المدفوعة أيضًا
find-any-kind = أي نوع من الجلسات
find-anywhere = في أي مكان
# $place is what she typed in the postcode box.
find-error-unknown-place = لا نعرف المكان «{ $place }». تأكدي من الرمز البريدي، أو جرّبي الجزء الأول منه فقط، مثل L8.
# $place is what she typed in the postcode box.
find-error-bad-place = «{ $place }» ليس رمزًا بريديًا. جرّبي رمزًا بريديًا مثل L8 1XF، أو الجزء الأول منه فقط، مثل L8.
find-more = عرض جلسات أكثر
find-more-loading = جارٍ تحميل المزيد…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }، من { $start } إلى { $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }، { $town }
# $km is a distance such as 1.2.
find-distance = على بعد { $km } كم
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = مترجم: { $language }
find-drop-in = تعالي مباشرة: لا حاجة للحجز
find-booking = احجزي مقعدًا
find-course = دورة: سجّلي مرة واحدة لكل الأسابيع
find-full = ممتلئة: يمكنك الانضمام إلى قائمة الانتظار
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [zero] بقي { $count } مقعد
        [one] بقي مقعد واحد
        [two] بقي مقعدان
        [few] بقي { $count } مقاعد
        [many] بقي { $count } مقعدًا
       *[other] بقي { $count } مقعد
    }
find-free = مجانًا
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = لم نجد الجلسة
session-not-found = لم نتمكن من العثور على هذه الجلسة. ربما انتهت، أو أن تفاصيلها قيد المراجعة.
session-find-others = ابحثي عن جلسات أخرى
session-booking = الحجز
session-drop-in = لا حاجة للحجز. تعالي فقط!
session-course-intro = هذه دورة. سجّلي مرة واحدة، ويكون لك مقعد كل أسبوع.
session-book-intro = اختاري تاريخًا واحجزي مقعدك.
session-course-full = الدورة ممتلئة. يمكنك الانضمام إلى قائمة الانتظار، وسنخبرك عندما يصبح هناك مقعد فارغ.
session-date-full = هذا التاريخ ممتلئ. يمكنك الانضمام إلى قائمة الانتظار، وسنخبرك عندما يصبح هناك مقعد فارغ.
session-enrol = التسجيل في الدورة
session-book = احجزي
session-join-waiting-list = الانضمام إلى قائمة الانتظار
session-account-needed = للحجز تحتاجين إلى حساب مجاني. بعد ذلك سنعيدك إلى هذه الصفحة.
session-booking-working = جارٍ حجز مقعدك…
# $date is a day like "Tuesday 25 November".
session-booked = لديك مقعد يوم { $date }.
# $date is a day like "Tuesday 25 November".
session-already-booked = لديك مقعد من قبل يوم { $date }.
session-enrolled = تم تسجيلك في الدورة. نراك هناك!
session-already-enrolled = أنتِ مسجّلة من قبل في هذه الدورة.
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [zero] أنتِ في قائمة الانتظار. رقمك { $position }.
        [one] أنتِ في قائمة الانتظار. أنتِ التالية.
        [two] أنتِ في قائمة الانتظار. رقمك { $position }.
        [few] أنتِ في قائمة الانتظار. رقمك { $position }.
        [many] أنتِ في قائمة الانتظار. رقمك { $position }.
       *[other] أنتِ في قائمة الانتظار. رقمك { $position }.
    }
session-see-my-sessions = عرض جلساتي
session-book-mothers-only = الأمهات فقط يمكنهن حجز المقاعد بحسابهن الخاص.
session-book-closed = لم يعد الحجز ممكنًا في هذا التاريخ. يرجى اختيار تاريخ آخر.
session-about = عن هذه الجلسة
session-for-whom = لمن هذه الجلسة؟
session-for-pregnant = النساء الحوامل
# $min and $max are ages in whole months.
session-for-babies = الأمهات مع أطفالهن، العمر بالأشهر: من { $min } إلى { $max }
# $max is an age in whole months.
session-for-babies-up-to = الأمهات مع أطفالهن، العمر بالأشهر: حتى { $max }
# $min is an age in whole months.
session-for-babies-from = الأمهات مع أطفالهن، العمر بالأشهر: من { $min } وما فوق
session-for-everyone = كل الأمهات مرحَّب بهن
session-bring = ما تحضرينه معك
session-languages = اللغات
session-interpreter-note = يوجد مترجم، أو مساعد يتكلم هذه اللغات.
session-when = متى
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = كل { $weekday }، من { $start } إلى { $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = يوم { $weekday } كل أسبوعين، من { $start } إلى { $end }
# $date is a day like "Tuesday 25 November".
session-until = حتى { $date }
session-next-dates = التواريخ القادمة
session-cancelled = ملغاة: لا توجد جلسة في هذا اليوم
# Beside a date she has just booked.
session-date-yours = ✓ لديك مقعد
# Beside a date whose waiting list she has just joined.
session-date-waiting = أنتِ في قائمة الانتظار
session-add-to-calendar = إضافة إلى تقويمي
session-where = أين
session-access = الدخول إلى المكان
session-step-free = بدون درج
session-not-step-free = يوجد درج
session-buggy-space = مكان لعربات الأطفال
session-no-buggy-space = لا يوجد مكان لعربات الأطفال
session-baby-change = مكان لتغيير الحفاضات
session-no-baby-change = لا يوجد مكان لتغيير الحفاضات
session-breastfeeding-welcome = الرضاعة الطبيعية مرحَّب بها
session-breastfeeding-not-said = اسألي هنا عن الرضاعة الطبيعية
session-getting-there = كيف تصلين إلى هناك
session-map = عرض المكان على الخريطة
session-report-wrong = هذه المعلومات خاطئة
session-report-what = ما الخطأ؟
session-report-reason-time = اليوم أو الوقت
session-report-reason-place = المكان
session-report-reason-cancelled = لم تعد تُقام
session-report-reason-other = شيء آخر
session-report-thanks = شكرًا لأنك أخبرتنا. سنراجع هذه الجلسة.

## Make an account (sign up)

sign-up-title = إنشاء حساب مجاني
sign-up-intro = بالحساب يمكنك حجز المقاعد ورؤية جلساتك.
sign-up-name = اسمك
sign-up-contact = رقم الجوال أو البريد الإلكتروني
sign-up-contact-hint = تسجّلين الدخول به. لا نعطيه لأحد.
sign-up-language = لغتك
sign-up-password = اختاري كلمة مرور
# $count is the fewest characters a password may have.
sign-up-password-hint = حروف أو أرقام أو رموز، { $count } على الأقل.
sign-up-submit = إنشاء حسابي
sign-up-working = جارٍ إنشاء حسابك…
sign-up-error-name = يرجى كتابة اسمك.
sign-up-error-contact = يرجى كتابة رقم جوالك أو بريدك الإلكتروني.
sign-up-error-phone = رقم الجوال هذا لا يبدو صحيحًا. اكتبيه هكذا: 07700 900123.
sign-up-error-email = هذا البريد الإلكتروني لا يبدو صحيحًا. يرجى التحقق منه.
sign-up-error-password = كلمة المرور قصيرة جدًا. يرجى استخدام 8 حروف أو أرقام أو رموز على الأقل.
sign-up-error-invalid = هناك شيء غير صحيح. يرجى التحقق مما كتبتِه.
sign-up-have-account = لديك حساب من قبل؟
sign-up-continue = متابعة
sign-up-code-sent = أرسلنا رسالة إلى { $contact }. اكتبي هنا الرمز المكوّن من ٦ أرقام الموجود فيها. إذا قالت الرسالة إن لديكِ حساباً بالفعل، فسجّلي الدخول بدلاً من ذلك.
sign-up-demo-code = هذه نسخة تجريبية، لذلك لا تُرسَل أي رسالة فعلاً. رمزكِ هو { $code }.
sign-up-change = تغيير بياناتي
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = جديدة على { -brand-name }؟
sign-in-make-account = إنشاء حساب مجاني
home-new-here = هل أنتِ أم؟ أنشئي حسابًا مجانيًا لحجز الجلسات.

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = مقاعدك ودوراتك وقوائم الانتظار.
my-sign-in-needed = سجّلي الدخول، أو أنشئي حسابًا مجانيًا، لرؤية جلساتك.
my-empty = لم تحجزي أي شيء بعد.
my-find = ابحثي عن جلسة
my-status-booked = محجوز
my-status-enrolled = مسجّلة في الدورة
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [zero] قائمة الانتظار: رقمك { $position }
        [one] قائمة الانتظار: أنتِ التالية
        [two] قائمة الانتظار: رقمك { $position }
        [few] قائمة الانتظار: رقمك { $position }
        [many] قائمة الانتظار: رقمك { $position }
       *[other] قائمة الانتظار: رقمك { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = الموعد القادم: { $date }، من { $start } إلى { $end }
# When there is no date to show. $start and $end are times.
my-times = من { $start } إلى { $end }
my-cancel = إلغاء مقعدي
my-leave-waiting = الخروج من قائمة الانتظار
my-cancel-confirm = هل أنتِ متأكدة؟ قد تأخذ أم أخرى مقعدك.
my-cancel-yes = نعم، إلغاء
my-cancel-no = لا، أريد الاحتفاظ به
my-cancelled = تم. أُلغي مقعدك.
my-calendar-title = تقويمك
my-calendar-intro = ضعي جلساتك في تقويم هاتفك. الحجوزات الجديدة تظهر فيه وحدها.
my-calendar-get = إضافة جلساتي إلى تقويمي
my-calendar-subscribe = فتح في تقويمي
my-calendar-download = تنزيل ملف التقويم

## My sessions: what she went to.
my-history-title = الجلسات التي حضرتِها
my-history-empty = لا شيء هنا بعد. بعد أن تحضري جلسة، ستظهر هنا.
my-history-present = حضرتِ
my-history-absent = لم تحضري
my-history-apologies = قلتِ إنك لا تستطيعين الحضور
