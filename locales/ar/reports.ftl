# PeriLink interface text: Arabic (ar), Modern Standard Arabic in plain
# everyday words, translated from the English source (en): outcome reports,
# for coordinators.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - These screens are for coordinators and the people who fund the sessions:
#   plain, short work language is fine. They are women and men: write with
#   يرجى and a verbal noun, or with verbal nouns alone, as in staff.ftl.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Keep the references { reports-suppressed } and { reports-hidden } as they
#   are: they show the same marks as the tables.
# - Words as in staff.ftl and referrals.ftl: "programme" برنامج, "venue" مكان,
#   "referral" إحالة, "places" مقاعد. "Probable depression" is احتمال كبير
#   للاكتئاب, as in screening.ftl.
# - A count from 1 to 4 is shown as words (أقل من 5) rather than "<5", so the
#   sign is not turned around in right-to-left text.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = النتائج
reports-intro = كيف كان حال الأمهات المُحالات: هل تمت رؤيتهن، وهل استمررن بالحضور، وهل شعرن بتحسّن؟
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = لحماية خصوصية الأمهات، يظهر العدد من 1 إلى 4 هكذا: { reports-suppressed }، ولا تظهر النسبة أو المتوسط المحسوب منه ({ reports-hidden }).
# A link back to the coordinator's main page.
reports-back = العودة إلى الدليل

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = التواريخ والتجميع
reports-from = من
reports-to = إلى
reports-group-by = التجميع حسب
reports-show = عرض
reports-error-dates = يرجى التحقق من التواريخ: يجب أن يكون كل تاريخ يومًا حقيقيًا، وألا يكون «من» بعد «إلى».

# What a report's rows can be.
reports-group-programme = البرنامج
reports-group-kind = نوع الجلسة
reports-group-venue = المكان
reports-group-language = لغة الأم
reports-group-interpreter = الحاجة إلى مترجم
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = لم تُختر جلسة بعد
reports-interpreter-yes = تحتاج إلى مترجم
reports-interpreter-no = لا تحتاج إلى مترجم
# The last row of a table: every group together.
reports-total = الكل

## The parts of the page

reports-referrals-title = الإحالات
reports-referrals-intro = الإحالات التي تمت بين هذين التاريخين، وإلى أين وصلت كل منها.
reports-funnel-chart = من الإحالة إلى الإنهاء، كل الإحالات
reports-attendance-title = الحضور
reports-attendance-intro = الجلسات التي أُقيمت بين هذين التاريخين: من حضر، ومن استمر بالحضور، ومن ينتظر مقعدًا.
reports-screening-title = التغيّر في درجة EPDS
reports-screening-intro = الأمهات اللواتي أجبن عن EPDS في بداية الدورة، ثم مرة أخرى في الأسبوع 6 أو في النهاية. الدرجة الأقل أفضل؛ و13 أو أكثر تعني احتمالًا كبيرًا للاكتئاب.
reports-screening-chart = متوسط درجة EPDS في البداية، وفي الأسبوع 6، وفي النهاية
reports-equity-title = هل هي عادلة لكل أم؟
reports-equity-intro = الأرقام نفسها حسب لغة الأم، وحسب حاجتها إلى مترجم.
reports-records-title = سجلات الإحالات
reports-records-intro = صف واحد لكل إحالة تمت بين هذين التاريخين، كما يصفه معيار PRSB لمعلومات الوصفات الاجتماعية (Social Prescribing Information Standard)، بدون أسماء. لأنظمة جهات التمويل وأنظمة NHS.
reports-records-csv = تنزيل سجلات الإحالات (CSV)
reports-records-fhir = تنزيل سجلات الإحالات (FHIR)
reports-downloading = جارٍ تجهيز الملف…

## Tables and charts

reports-download-csv = تنزيل هذا الجدول (CSV)
reports-table-empty = لا يوجد شيء مسجّل بين هذين التاريخين.
reports-chart-empty = لا يوجد شيء للرسم بين هذين التاريخين.
# Before a list of groups too small to draw.
reports-chart-not-shown = لم تُرسم، أقل من 5 أمهات:
# The dashed line on the EPDS chart.
reports-chart-probable = 13: احتمال كبير للاكتئاب
# The three points in time on the EPDS chart.
reports-chart-baseline = البداية
reports-chart-week6 = الأسبوع 6
reports-chart-end = النهاية
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = مقارنةً بـ
reports-follow-up-week6 = الأسبوع 6
reports-follow-up-end = نهاية الدورة
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = أقل من 5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = أقل من 5
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = غير معروض
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } يوم

## Column headings

reports-col-sent = المُحالات
reports-col-accepted = المقبولة
reports-col-booked = المحجوزة
reports-col-attending = حضرت مرة على الأقل
reports-col-completed = أنهت
reports-col-declined = المرفوضة
reports-col-withdrawn = انسحبت
reports-col-did-not-attend = توقفت عن الحضور
reports-col-attended-percent = نسبة من حضرن
reports-col-median-days-to-attend = الأيام حتى أول جلسة (الوسيط)
reports-col-sessions-held = الجلسات المُقامة
reports-col-attendances = مرات الحضور
reports-col-mothers = الأمهات اللواتي حضرن
reports-col-mothers-3-plus = حضرن 3 مرات أو أكثر
reports-col-waiting = في قائمة الانتظار
reports-col-paired = أمهات أجبن مرتين
reports-col-mean-baseline = متوسط الدرجة في البداية
reports-col-mean-follow-up = متوسط الدرجة لاحقًا
reports-col-mean-change = متوسط التغيّر
reports-col-fell-4-plus = انخفضت الدرجة 4 أو أكثر
reports-col-fell-4-plus-percent = نسبة من انخفضت درجتهن 4 أو أكثر
reports-col-probable-at-baseline = 13 أو أكثر في البداية
reports-col-left-probable = منهن، أقل من 13 الآن
reports-col-left-probable-percent = نسبة من أصبحن أقل من 13
reports-col-unvalidated = من الأزواج، ما أُخذ بترجمة غير معتمدة
