# PeriLink interface text: Arabic (ar), Modern Standard Arabic in plain
# everyday words, translated from the English source (en): screening
# questions, results and help.
# This translation awaits review by a native speaker.
#
# CLINICAL USE: the PHQ-9, GAD-2 and Whooley questions and answers below are
# our own faithful translation of the public-domain English wording, not a
# validated translation. Validated official translations (for the PHQ-9 and
# GAD-2, those at phqscreeners.com) should replace these before clinical use.
#
# Notes for translators:
# - A mother may be worried or unwell: keep the words plain, warm and calm.
#   Text she reads speaks to her as a woman (for example "أجيبي"), as
#   main.ftl does.
# - Text for staff (alerts, recording a questionnaire, results, charts) suits
#   both women and men: يرجى and verbal nouns, as in staff.ftl.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Keep the short names EPDS, PHQ-9, GAD-2, Whooley, NICE and NHS as they are.
#   Phone numbers arrive as digits in $number.
# - Bands: "possible depression" is احتمال اكتئاب and "probable depression"
#   is احتمال كبير للاكتئاب, so the two are never mixed up.
# - Numbers are shown as digits, so a noun after a number follows the Arabic
#   rule for a number written in digits, as in main.ftl.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = الاطمئنان على صحتك وراحتك
screening-intro-epds = عشرة أسئلة قصيرة عن شعورك خلال آخر 7 أيام. لا توجد إجابات صحيحة أو خاطئة.
screening-epds-not-here = الاستبيان الذي طلبتِه غير متوفر بلغتك بعد، فإليكِ استبياناً آخر يسأل عن الأمور نفسها.
screening-intro-phq9 = تسعة أسئلة عن شعورك خلال آخر أسبوعين.
screening-intro-gad2 = سؤالان عن القلق خلال آخر أسبوعين.
screening-intro-whooley = سؤالان عن شعورك خلال الشهر الماضي.
screening-private = لا يرى إجاباتك إلا أنتِ والأشخاص الذين يعتنون بك. لن يُرسَل شيء حتى تراجعي إجاباتك وتختاري إرسالها.
screening-start = ابدئي
# A folded list of the other questionnaires she may take instead.
screening-other = استبيانات أخرى
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = الاطمئنان على صحتك وراحتك (EPDS، 10 أسئلة)
screening-name-phq9 = أسئلة عن المزاج (PHQ-9، 9 أسئلة)
screening-name-gad2 = أسئلة عن القلق (GAD-2، سؤالان)
screening-name-whooley = سؤالان سريعان (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = السؤال { $n } من { $total }
screening-back = رجوع
screening-next = التالي
screening-choose-answer = يرجى اختيار إجابة.
screening-review-title = راجعي إجاباتك
screening-review-intro = لم يُرسَل شيء بعد. يمكنك تغيير أي إجابة قبل إرسالها.
screening-review-question = السؤال { $n }
screening-not-answered = لا توجد إجابة
screening-change = تغيير
# For screen readers, on each "Change" button.
screening-change-label = تغيير إجابتك على السؤال { $n }
screening-send = إرسال إجاباتي
screening-sending = جارٍ الإرسال…
screening-loading-questions = جارٍ تحميل الأسئلة…
screening-try-again = المحاولة مرة أخرى
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = سؤال EPDS رقم { $n } – النص المرخَّص غير مثبَّت
screening-epds-placeholder-option = الخيار { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = المصدر:

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = خلال الأسبوعين الماضيين، كم مرة عانيتِ من أيٍّ من المشاكل التالية؟
screening-phq9-q1 = قلة الاهتمام أو المتعة في القيام بالأشياء
screening-phq9-q2 = الشعور بالحزن أو الاكتئاب أو اليأس
screening-phq9-q3 = صعوبة في النوم أو في البقاء نائمة، أو النوم أكثر من اللازم
screening-phq9-q4 = الشعور بالتعب أو بقلة الطاقة
screening-phq9-q5 = ضعف الشهية أو الإفراط في الأكل
screening-phq9-q6 = الشعور بالسوء تجاه نفسك — أو أنك فاشلة، أو أنك خذلتِ نفسك أو عائلتك
screening-phq9-q7 = صعوبة في التركيز على الأشياء، مثل قراءة الجريدة أو مشاهدة التلفزيون
screening-phq9-q8 = التحرك أو الكلام ببطء شديد لدرجة أن الآخرين ربما لاحظوا ذلك؟ أو العكس — التململ وعدم الهدوء لدرجة أنك كنتِ تتحركين أكثر بكثير من المعتاد
screening-phq9-q9 = أفكار بأنه من الأفضل لو كنتِ ميتة، أو أفكار بإيذاء نفسك بطريقة ما
screening-gad2-stem = خلال الأسبوعين الماضيين، كم مرة عانيتِ من المشاكل التالية؟
screening-gad2-q1 = الشعور بالعصبية أو القلق أو التوتر
screening-gad2-q2 = عدم القدرة على إيقاف القلق أو التحكم فيه
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = أبدًا
screening-freq-1 = عدة أيام
screening-freq-2 = أكثر من نصف الأيام
screening-freq-3 = كل يوم تقريبًا
screening-phq-attribution = PHQ-9 وGAD-2: من إعداد الدكاترة Robert L. Spitzer وJanet B.W. Williams وKurt Kroenke وزملائهم، بمنحة تعليمية من Pfizer Inc. لا يلزم إذن لنسخها أو ترجمتها أو عرضها أو توزيعها.

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = خلال الشهر الماضي، هل كثيرًا ما انزعجتِ من الشعور بالحزن أو الاكتئاب أو اليأس؟
screening-whooley-q2 = خلال الشهر الماضي، هل كثيرًا ما انزعجتِ من قلة الاهتمام أو المتعة في القيام بالأشياء؟
# The answers, in this order: "No" first.
screening-no = لا
screening-yes = نعم
screening-whooley-attribution = أسئلة Whooley، كما يوصي بها دليل NICE رقم CG192: الصحة النفسية قبل الولادة وبعدها.

## After she sends her answers. Never show her a score.

screening-thanks-title = شكرًا لك
screening-thanks = حُفظت إجاباتك. يمكن للأشخاص الذين يعتنون بك رؤيتها.
screening-thanks-talk = إذا شعرتِ أن الأمور صعبة، يمكنك التحدث مع القابلة أو الزائرة الصحية أو طبيب العائلة (GP) في أي وقت.
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = إذا احتجتِ إلى مساعدة في أي وقت
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = أجيبي عن 10 أسئلة أخرى الآن
screening-back-to-my = الذهاب إلى جلساتي
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = يرجى طلب الدعم اليوم
screening-help-intro = إجاباتك تُظهر أنك قد تحتاجين إلى دعم إضافي الآن. لستِ وحدك، والمساعدة موجودة من أجلك.
screening-help-midwife = تحدثي مع القابلة أو طبيب العائلة (GP) اليوم.
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = اتصلي بـ NHS على الرقم { $number } واختاري الخيار { $option } للصحة النفسية
screening-help-999 = اتصلي بالرقم { $number } في حالة الطوارئ، أو إذا شعرتِ أنك قد تتصرفين بناءً على أفكار بإيذاء نفسك
screening-help-samaritans = اتصلي بـ Samaritans مجانًا على الرقم { $number }، في أي وقت، ليلًا أو نهارًا
screening-help-told = أخبرنا القابلة وفريق الرعاية الخاص بك، حتى يتمكنوا من التواصل معك.

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = الاطمئنان على الصحة النفسية
screening-staff-intro = متابعة تنبيهات السلامة، وتسجيل استبيان تجيب عنه الأم معك في العيادة.

## Safety alerts: the panel on the staff pages.

alerts-title = تنبيهات السلامة
alerts-intro = يرجى متابعة كل تنبيه اليوم، ثم كتابة ما تم فعله لإغلاقه.
alerts-empty = لا توجد تنبيهات مفتوحة.
alerts-count =
    { $count ->
        [zero] { $count } تنبيه مفتوح
        [one] تنبيه واحد مفتوح
        [two] تنبيهان مفتوحان
        [few] { $count } تنبيهات مفتوحة
        [many] { $count } تنبيهًا مفتوحًا
       *[other] { $count } تنبيه مفتوح
    }
alerts-reason-urgent = إجابة على سؤال السلامة (أفكار بإيذاء النفس): متابعة السلامة في اليوم نفسه
alerts-reason-probable = النتيجة في نطاق الاحتمال الكبير للاكتئاب: إحالة للتقييم
alerts-escalated = رُفع إلى المنسّقين
alerts-raised = وقت التنبيه: { $when }
alerts-note-label = ما الذي تم فعله؟
alerts-note-hint = مثلًا: اتصال هاتفي بها، وحجز موعد عند طبيب العائلة (GP) في اليوم نفسه.
alerts-acknowledge = إقرار
alerts-acknowledging = جارٍ الحفظ…
alerts-note-needed = يرجى كتابة ما تم فعله قبل الإقرار بالتنبيه.
alerts-acknowledged = تم الإقرار بتنبيه { $name }.
alerts-already = قام شخص آخر بالإقرار بهذا التنبيه من قبل.
alerts-refresh = البحث عن تنبيهات جديدة
alerts-her-results = نتائجها

## Recording a questionnaire given in clinic.

screening-record-title = تسجيل استبيان أُجري في العيادة
screening-find-label = البحث عن أم: الاسم أو الهاتف أو البريد الإلكتروني أو رقم NHS
screening-find = بحث
screening-find-none = لم يُعثر على أحد. يُبحث عن الأمهات في قائمة المتابعة بالاسم، وعن غيرهن برقم الهاتف أو البريد الإلكتروني أو رقم NHS كاملًا.
# A button on each mother found.
screening-choose-mother = اختيار { $name }
screening-for = استبيانات { $name }
screening-change-mother = اختيار شخص آخر
screening-instrument-label = الاستبيان
screening-language-label = اللغة التي تجيب بها
screening-validated-yes = هذه النسخة اللغوية معتمدة علميًا.
screening-validated-no = هذه النسخة اللغوية غير معتمدة علميًا: يرجى تفسير النتيجة بحذر.
screening-wording-not-installed = صياغة EPDS المرخّصة غير مثبّتة لهذه اللغة، فلا يمكن استخدام EPDS بها: اختاري PHQ-9 أو GAD-2 أو Whooley.
screening-record-start = بدء الاستبيان
screening-cancel = إلغاء

## The result, for staff.

screening-staff-result-title = تم تسجيل النتيجة
screening-staff-total = المجموع { $total }: { $band }
screening-staff-urgent = درجة سؤال السلامة 1 أو أكثر: متابعة السلامة في اليوم نفسه.
screening-staff-alert = أُرسل تنبيه سلامة إلى فريق رعايتها.
screening-staff-anxiety = مقياس القلق الفرعي EPDS-3A: { $score }
screening-staff-validated = النسخة اللغوية: معتمدة علميًا
screening-staff-not-validated = النسخة اللغوية: غير معتمدة علميًا
screening-record-another = تسجيل استبيان آخر
screening-band-none = أقل من الحد
screening-band-possible = احتمال اكتئاب
screening-band-probable = احتمال كبير للاكتئاب: إحالة للتقييم
screening-band-mild = خفيف
screening-band-moderate = متوسط
screening-band-moderately-severe = متوسط إلى شديد
screening-band-severe = شديد
screening-band-positive = إيجابي: عرض تقييم كامل

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = مجموع EPDS عبر الوقت
screening-chart-title-phq9 = مجموع PHQ-9 عبر الوقت
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } احتمال اكتئاب
screening-chart-line-probable = { $score } احتمال كبير
screening-chart-line-moderate = { $score } متوسط
screening-chart-line-moderately-severe = { $score } متوسط إلى شديد
screening-chart-summary =
    { $count ->
        [zero] { $count } نتيجة؛ الأخيرة { $total } في { $date }
        [one] نتيجة واحدة: { $total } في { $date }
        [two] نتيجتان؛ الأخيرة { $total } في { $date }
        [few] { $count } نتائج؛ الأخيرة { $total } في { $date }
        [many] { $count } نتيجة؛ الأخيرة { $total } في { $date }
       *[other] { $count } نتيجة؛ الأخيرة { $total } في { $date }
    }
screening-chart-empty = لا توجد نتائج EPDS أو PHQ-9 بعد.
screening-chart-table = عرض كجدول
screening-chart-date = التاريخ
screening-chart-total = المجموع
screening-chart-result = النتيجة

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = لديكِ استبيان اطمئنان لتعبئته
due-screening-intro = تسأل دورتكِ جميع المشاركات عن شعورهن في بضع مراحل. يستغرق ذلك بضع دقائق. لا يرى إجاباتكِ إلا أنتِ والأشخاص الذين يعتنون بكِ.
due-screening-point-baseline = بداية الدورة
due-screening-point-week6 = الأسبوع السادس من الدورة
due-screening-point-end = نهاية الدورة
# $date is a date such as "Monday 14 December".
due-screening-until = يُرجى تعبئته في موعد أقصاه { $date }
due-screening-start = ابدئي الاستبيان
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = الاستبيانات المجدولة
schedule-empty = لم تجدول أي دورة مسجّلة فيها استبيانًا.
schedule-due-on = موعده { $date }
schedule-status-upcoming = لم يُفتح بعد
schedule-status-due = مستحق الآن
schedule-status-done = تم
schedule-status-overdue = فات موعده
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = جدول الفحص
schedule-edit-intro = يُطلب من الأمهات المسجّلات في هذه الدورة تعبئة هذا الاستبيان في المراحل التي تختارها، ويصلهن تذكير عند حلول موعد كل منها.
schedule-edit-instrument = الاستبيان
schedule-edit-points = متى
schedule-edit-save = حفظ الجدول

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = استبياناتي
checkins-none = لا توجد استبيانات بعد.
checkins-intro = الأيام التي أجريتِ فيها استبيانًا. لمعرفة نوع كل استبيان، أدخلي رقمك السري أو كلمة المرور.
checkins-password-label = أو كلمة المرور
checkins-password-wrong = هذه ليست كلمة مرورك.
checkins-show = إظهار النوع
screening-not-shared = لا تتم مشاركة نتائج الاطمئنان الخاصة بها معك: لم توافق على مشاركتها مع فريق رعايتها، أو أنها ليست ضمن رعايتك. تنبيهات السلامة الخاصة بها تصل إلى فريق رعايتها رغم ذلك.
