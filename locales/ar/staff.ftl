# PeriLink interface text: Arabic (ar), Modern Standard Arabic in plain
# everyday words, translated from the English source (en): the staff screens.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - These screens are for staff (coordinators, midwives, session hosts), so
#   words like "برنامج" (programme), "مكان" (venue) and "الفصل" (term) are
#   fine; keep sentences short.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Staff are women and men: write without diacritics, with يرجى and a verbal
#   noun, or with verbal nouns alone (حفظ، تعديل), so the text suits both.
# - Words as in main.ftl: "session" جلسة, "programme" برنامج, "host" مقدّم
#   الجلسة, "organisation" جهة. A "listing" (one entry in the directory) is
#   عنصر, and "checking" a listing is مراجعة. "Places" (how many can come)
#   are مقاعد, so they are not mixed up with venues (أماكن).
# - Numbers are shown as digits, so a noun after a number follows the Arabic
#   rule for a number written in digits, as in main.ftl.

## Coordinator: keeping the directory right

coord-title = الحفاظ على دقة الدليل
coord-intro = إضافة الجلسات والبرامج والأماكن وتعديلها، ومراجعة عناصر الدليل. ترى الأمهات تغييراتك فورًا.
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = أقسام الدليل
coord-tab-check = للمراجعة
coord-tab-sessions = الجلسات
coord-tab-programmes = البرامج
coord-tab-venues = الأماكن
coord-tab-organisations = الجهات

## Saving

coord-save = حفظ
coord-working = جارٍ الحفظ…
coord-saved = تم الحفظ. ترى الأمهات التغيير الآن.
coord-new = إضافة عنصر جديد بدلًا من ذلك
coord-edit = تعديل
# The first, empty choice in a drop-down list.
coord-choose = اختيار…
coord-error-invalid = بعض البيانات ناقصة أو غير صحيحة. يرجى مراجعة النموذج والمحاولة مرة أخرى.
coord-error-postcode = هذا الرمز البريدي غير معروف لدينا. يرجى التحقق منه، أو إدخال خط العرض وخط الطول.
coord-error-gone = قام شخص آخر بتغيير هذا العنصر أو حذفه. يرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
coord-error-number = يرجى التحقق من الأرقام: تُكتب بالأرقام فقط، مثل 12 أو 53.4.
coord-error-times = يجب أن يكون وقت الانتهاء بعد وقت البدء.

## Listings to check

coord-stale-title = عناصر تحتاج إلى مراجعة
coord-stale-intro = العناصر التي لم تُراجَع منذ 90 يومًا تحتاج إلى مراجعة. وبعد 120 يومًا لا تعود الأمهات قادرات على رؤيتها. يرجى التأكد من التفاصيل مع المكان أو مقدّم الجلسة، ثم تأكيد المراجعة.
coord-stale-none = تمت مراجعة كل العناصر خلال آخر 90 يومًا.
coord-kind-venue = مكان
coord-kind-programme = برنامج
coord-kind-session = جلسة
# $days is a whole number of days.
# [0] is exactly zero days. The other forms follow the Arabic rule for a
# number written in digits (1 يوم is read as "one day", 2 يوم as "two days").
coord-last-checked =
    { $days ->
        [0] تمت المراجعة اليوم
        [zero] آخر مراجعة قبل { $days } يوم
        [one] آخر مراجعة قبل { $days } يوم
        [two] آخر مراجعة قبل { $days } يوم
        [few] آخر مراجعة قبل { $days } أيام
        [many] آخر مراجعة قبل { $days } يومًا
       *[other] آخر مراجعة قبل { $days } يوم
    }
coord-flagged = بحاجة إلى مراجعة
coord-hidden = مخفي عن الأمهات
coord-owner-you = هذا العنصر بإشرافك
# $name is the name of the member of staff who looks after the listing.
coord-owner = بإشراف { $name }
coord-mark-checked = تأكيد المراجعة
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday }، الساعة { $start }، { $venue }

## Reports of wrong information

coord-reports-title = بلاغات عن معلومات خاطئة
coord-reports-none = لا توجد بلاغات مفتوحة.
coord-messages-title = الرسائل النصية والبريد الإلكتروني
coord-messages-undelivered = لم تصل خلال آخر 7 أيام: { $count }
coord-messages-stuck = تنتظر الإرسال منذ أكثر من 30 دقيقة: { $count }
coord-report-no-note = لم يُذكر ما هو الخطأ.
# $date is a date written as 2026-11-23.
coord-reported-on = تاريخ البلاغ: { $date }
coord-report-open = عرض صفحة الجلسة
coord-resolve = تأكيد معالجة البلاغ

## Days of the week

coord-weekday-1 = الاثنين
coord-weekday-2 = الثلاثاء
coord-weekday-3 = الأربعاء
coord-weekday-4 = الخميس
coord-weekday-5 = الجمعة
coord-weekday-6 = السبت
coord-weekday-7 = الأحد

## Organisations

coord-organisation-new = إضافة جهة
coord-organisation-edit = تعديل هذه الجهة
coord-field-name = الاسم
coord-field-kind = نوع الجهة
coord-field-website = الموقع الإلكتروني
coord-org-kind-nhs_trust = مؤسسة صحية تابعة لـ NHS
coord-org-kind-library_service = خدمة المكتبات
coord-org-kind-charity = جمعية خيرية
coord-org-kind-council = مجلس محلي
coord-org-kind-other = جهة أخرى

## Venues

coord-venue-new = إضافة مكان
coord-venue-edit = تعديل هذا المكان
coord-field-organisation = الجهة
coord-field-address = العنوان
coord-field-town = المدينة
coord-field-postcode = الرمز البريدي
coord-field-place-hint = عند ترك خط العرض وخط الطول فارغين، يُحدَّد المكان من الرمز البريدي.
coord-field-lat = خط العرض
coord-field-lon = خط الطول
coord-field-step-free = مدخل بدون درج
coord-field-buggy-space = مكان لعربات الأطفال
coord-field-baby-change = مكان لتغيير الحفاضات
coord-field-breastfeeding = الرضاعة الطبيعية مرحَّب بها
coord-field-bus-routes = حافلات قريبة

## Programmes

coord-programme-new = إضافة برنامج
coord-programme-edit = تعديل هذا البرنامج
coord-field-programme-kind = ما يقدّمه
coord-programme-kind-esol = دروس اللغة الإنجليزية (ESOL)
coord-programme-kind-rhyme_time = وقت الأناشيد للأطفال
coord-programme-kind-singing = مجموعة غناء
coord-programme-kind-breastfeeding_support = دعم الرضاعة الطبيعية
coord-programme-kind-advice = نصائح عن المال والعمل والسكن
coord-programme-kind-other = شيء آخر
coord-field-for-pregnant = متاح للأمهات الحوامل
coord-field-baby-min = أصغر عمر للطفل، بالأشهر
coord-field-baby-max = أكبر عمر للطفل، بالأشهر
coord-field-cost = سعر الجلسة، بالبنس (0 يعني مجانًا)
coord-field-booking = الحجز
coord-booking-booking = يلزم حجز مقعد
coord-booking-drop_in = حضور مباشر، بدون حجز
coord-field-format = طريقة سير البرنامج
coord-format-course = دورة: تسجّل الأمهات للفصل كله
coord-format-ongoing = أسبوعًا بعد أسبوع، بلا نهاية
coord-english-words = باللغة الإنجليزية
coord-field-title = العنوان
coord-field-description = الوصف
coord-field-what-to-bring = ما يجب إحضاره
coord-translations-title = بلغات أخرى
coord-translations-intro = يرجى اختيار لغة لإضافة نص البرنامج بها أو تعديله.
coord-field-language = اللغة
coord-save-translation = حفظ هذه اللغة
# $count is how many languages the programme has words in.
coord-translation-count =
    { $count ->
        [zero] في { $count } لغة
        [one] في { $count } لغة
        [two] في { $count } لغة
        [few] في { $count } لغات
        [many] في { $count } لغة
       *[other] في { $count } لغة
    }

## Sessions

coord-session-new = إضافة جلسة
coord-session-edit = تعديل هذه الجلسة
coord-field-programme = البرنامج
coord-field-venue = المكان
coord-field-host = مقدّم الجلسة
coord-field-frequency = التكرار
coord-frequency-weekly = كل أسبوع
coord-frequency-fortnightly = كل أسبوعين
coord-field-weekday = اليوم
coord-field-start = وقت البدء
coord-field-end = وقت الانتهاء
coord-field-starts-on = أول يوم في الفصل
coord-field-ends-on = آخر يوم في الفصل
coord-field-ends-on-hint = يُترك فارغًا إذا كانت الجلسة مستمرة.
coord-field-capacity = عدد المقاعد
coord-field-capacity-hint = يُترك فارغًا إذا لم يكن هناك حد.
coord-field-languages = لغات الجلسة
coord-field-interpreter-languages = اللغات التي يغطيها مترجم أو مساعد يتكلم لغتين
coord-field-cancelled = تواريخ لا تُقام فيها الجلسة
coord-field-cancel-date = تاريخ آخر لا تُقام فيه الجلسة
coord-add-date = إضافة هذا التاريخ
coord-no-cancelled = لا توجد تواريخ ملغاة.
coord-remove = إزالة
# $date is a date written as 2026-12-25.
coord-remove-date = إزالة { $date }
coord-session-words-title = عنوان خاص بالجلسة
coord-session-words-intro = يمكن أن يكون للجلسة عنوان خاص بها، مثل «وقت الأناشيد بالعربية والإنجليزية». يُترك فارغًا لاستخدام عنوان البرنامج.

## القوائم من أدلة أخرى (موجزات Open Referral UK)

feeds-title = قوائم من أدلة أخرى
feeds-back = العودة إلى الدليل
feeds-intro = يمكن لـ PeriLink نسخ الجلسات من دليل آخر ينشر بصيغة Open Referral UK، فلا تكتبينها مرة أخرى. يقرأ كل موجز كل يوم. إذا غيّرتِ قائمة منسوخة هنا، تنتظر تغييرات الموجز اللاحقة عليها موافقتك.
feeds-add-title = إضافة موجز
feeds-field-url = عنوان الموجز
feeds-field-url-hint = العنوان الذي تُدرج تحته خدماته، مثل https://example.org/openreferral
feeds-field-take = أي الخدمات تُنسخ
feeds-take-all = كلها
feeds-take-taxonomy_term = التي في فئة واحدة
feeds-take-text = التي تذكر كلمات معينة
feeds-field-take-value = معرّف الفئة، أو الكلمات
feeds-add = إضافة الموجز
feeds-list-title = موجزاتك
feeds-none = لم تضيفي أي موجز بعد.
feeds-counts = القوائم: { $services }. بانتظارك: { $waiting }. لم تعد في الموجز: { $gone }.
feeds-never-read = لم يُقرأ بعد. يُقرأ خلال دقيقة من إضافته.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = آخر قراءة { $when }.
feeds-run-done = جديدة: { $created }. محدّثة: { $updated }. بانتظارك: { $waiting }. لم تعد في الموجز: { $gone }. تعذّر نسخها: { $skipped }.
feeds-problem-unreachable = لم يتغير شيء. لم يتمكن PeriLink من الوصول إلى الموجز، أو تأخر كثيرًا في الرد. تحققي من العنوان.
feeds-problem-server-error = لم يتغير شيء. ردّ الموجز بخطأ. تحققي من العنوان، أو انتظري القراءة التالية.
feeds-problem-not-json = لم يتغير شيء. هذا العنوان يرسل صفحة ويب، لا موجزًا. تحققي من العنوان.
feeds-problem-wrong-schema = لم يتغير شيء. الموجز ليس بصيغة Open Referral UK الإصدار 3.
feeds-problem-endless-pages = لم يتغير شيء. صفحات الموجز لا تنتهي. أخبري من يدير الموجز.
feeds-problem-too-big = لم يتغير شيء. الموجز أكبر من أن ينسخه PeriLink.
feeds-error-address-refused = يقرأ PeriLink الموجزات من الإنترنت العام فقط. هذا العنوان على شبكة خاصة أو محلية.
feeds-error-busy = تتم قراءة هذا الموجز الآن. انتظر دقيقة، ثم انظر مرة أخرى.
feeds-details = ما حدث بالتفصيل (بالإنجليزية)
feeds-read-now = اقرئيه الآن
feeds-reading = جارٍ القراءة…
feeds-show-listings = قوائمه
feeds-no-listings = لم يُنسخ شيء من هذا الموجز بعد.
feeds-side-title = العنوان
feeds-side-description = الوصف
feeds-side-mine = نسختك الآن
feeds-side-theirs = تغيير الموجز
feeds-approve = استخدمي تغيير الموجز
feeds-reject = أبقي نسختك
feeds-waiting = بانتظارك
feeds-gone = لم يعد في الموجز
feeds-edited-here = تم تغييره هنا
feeds-duplicates-count = تبدو مثل قوائم لديكِ بالفعل: { $count }. افتحي قوائم الموجز لتقرّري.
feeds-duplicates-title = هل تعرضين هذه بالفعل؟
feeds-duplicates-intro = تبدو هذه الجلسات من الموجز مثل جلسات تعرضينها بالفعل: المكان نفسه، واليوم والوقت نفسهما، واسم مشابه. لن تُنسخ حتى تقرّري.
feeds-duplicate-mine = قائمتك
feeds-duplicate-theirs = قائمة الموجز
feeds-duplicate-link = هي نفسها — اربطيهما
feeds-duplicate-separate = مختلفة — اعرضي الاثنتين
feeds-error-decided = تم اتخاذ القرار في هذا بالفعل. انظري إلى قوائم الموجز مرة أخرى.

## A session's dates from a partner's calendar (.ics)

calendar-title = مواعيد من تقويم
calendar-intro = إذا كان شريك، مثل مكتبة أو مركز أطفال، يحفظ مواعيد هذه الجلسة في تقويم، يستطيع PeriLink أن يأخذها منه كل يوم. الحدث الملغى يلغي موعده، وتُبلَّغ الأمهات اللواتي حجزنه.
calendar-url = خذي المواعيد من عنوان تقويم (.ics)
calendar-words = فقط الأحداث التي يحتوي عنوانها على هذه الكلمات
calendar-words-hint = اتركيه فارغًا لأخذ كل أحداث التقويم.
calendar-save = احفظي عنوان التقويم
calendar-read-now = اقرئيه الآن
calendar-never-read = لم يُقرأ بعد. يُقرأ خلال دقيقة من حفظه.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = آخر قراءة { $when }.
calendar-read-done = المواعيد في السنة القادمة: { $dates }. أُضيف: { $added }. أُلغي: { $cancelled }. أمهات تم إبلاغهن: { $told }.
calendar-problem-unreachable = لم يتغير شيء. لم يتمكن PeriLink من الوصول إلى التقويم، أو تأخر كثيرًا في الرد. تحققي من العنوان.
calendar-problem-server-error = لم يتغير شيء. ردّ عنوان التقويم بخطأ. تحققي من العنوان، أو انتظري القراءة التالية.
calendar-problem-not-calendar = لم يتغير شيء. هذا العنوان لا يرسل تقويمًا يستطيع PeriLink قراءته. تحققي من العنوان.
calendar-problem-no-events = لم يتغير شيء. لا يحتوي التقويم على أحداث، أو لا يوجد حدث بهذه الكلمات في عنوانه.
calendar-problem-too-big = لم يتغير شيء. التقويم أكبر من أن يقرأه PeriLink.
