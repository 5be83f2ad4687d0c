# PeriLink interface text: Arabic (ar), Modern Standard Arabic in plain
# everyday words, translated from the English source (en): referrals, for
# referrers, hosts and mothers.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Keys starting ref- are for staff: midwives, link workers, session hosts and
#   coordinators. Staff are women and men: write with يرجى and a verbal noun,
#   or with verbal nouns alone, as in staff.ftl.
# - Keys starting myref- are read by a mother about her own referrals: short
#   sentences, everyday words, reading age about 9. They speak to her as a
#   woman, as main.ftl does. The ref-status- and ref-reason- names are shown
#   to her too, so keep them plain.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Dates ($date) arrive already written in Arabic by the phone, such as
#   "الثلاثاء 25 نوفمبر"; times ($start, $end) such as "10:30".
# - $name is a person's name; $programme and $session are names of groups, such as
#   "Singing for mums"; $venue is a place, such as "Toxteth Library".
# - Words as in main.ftl and staff.ftl: "referral" إحالة, "session" جلسة,
#   "places" مقاعد, "link worker" موظف الربط المجتمعي. The "referrer" is
#   الجهة المُحيلة, the "session team" فريق الجلسة, "consent" موافقة and a
#   "caseload" قائمة المتابعة.
# - Numbers are shown as digits, so a noun after a number follows the Arabic
#   rule for a number written in digits, as in main.ftl.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = مُرسلة
ref-status-accepted = مقبولة
ref-status-declined = مرفوضة
ref-status-booked = تم الحجز
ref-status-attending = تحضر
ref-status-completed = انتهت
ref-status-did-not-attend = غابت عن جلستين
ref-status-withdrawn = متوقفة

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = الشعور بالوحدة
ref-reason-low-mood-or-anxiety = حزن أو قلق
ref-reason-english-language = تعلّم اللغة الإنجليزية
ref-reason-infant-feeding = إطعام طفلها
ref-reason-money-housing-or-work = المال أو السكن أو العمل
ref-reason-bonding-with-baby = التقرّب من طفلها
ref-reason-other = شيء آخر
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = أسباب الإحالة

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = من الجهة المُحيلة
ref-actor-provider = من فريق الجلسة
ref-actor-mother = من الأم
ref-actor-system = من سجل الحضور
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }، { $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
        [zero] { $count } خطوة حتى الآن
        [one] خطوة واحدة حتى الآن
        [two] خطوتان حتى الآن
        [few] { $count } خطوات حتى الآن
        [many] { $count } خطوة حتى الآن
       *[other] { $count } خطوة حتى الآن
    }
# $reason is what someone wrote when they declined.
ref-move-reason = السبب: «{ $reason }»
ref-sent-on = أُرسلت في { $date }
# $text is what the mother said matters to her, in her words.
ref-what-matters = ما يهمها: «{ $text }»
# $text is the referrer's note for the care team.
ref-note = ملاحظة: { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = تحتاج إلى مترجم
ref-cancel = إلغاء
ref-working = جارٍ الإرسال…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = تغيّرت هذه الإحالة في هذه الأثناء. القائمة محدَّثة الآن: يرجى النظر فيها مرة أخرى.
ref-error-full = لا توجد مقاعد متبقية في هذا التاريخ. يرجى اختيار تاريخ آخر.
ref-error-invalid = بعض البيانات غير صحيحة. يرجى التحقق منها والمحاولة مرة أخرى.
ref-error-reason = يرجى ذكر السبب.

## A referrer's page: news, making a referral, and her caseload

ref-news-title = الجديد
ref-news-accepted = قُبلت { $name } في { $programme }.
ref-news-declined = رفض { $programme } إحالة { $name }. السبب مذكور في خطوات الإحالة أدناه.
ref-news-first-attended = حضرت { $name } في { $programme } لأول مرة.
ref-news-missed-twice = غابت { $name } عن جلستين متتاليتين في { $programme }.
ref-news-withdrawn = أوقفت { $name } إحالتها إلى { $programme }.
ref-news-booking-cancelled = ألغت { $name } حجزها في { $programme }: تحتاج الإحالة إلى موعد من جديد.
ref-attended-none = لا جلسات منذ الإحالة حتى الآن.
ref-news-alert = تنبيه سلامة بشأن { $name }: تابعيه اليوم.
ref-news-alert-escalated = لم يتابع أحد تنبيه السلامة بشأن { $name } خلال أربع ساعات، فأُرسل إلى المنسقين.
ref-news-alert-closed = صدر تنبيه سلامة وتمت متابعته منذ ذلك الحين.
ref-news-alert-open = عرض التنبيه
# When the referral a notification is about is not on this page.
ref-news-other = تغيّرت إحدى إحالاتك.
# Marks a piece of news as read, so it goes away.
ref-news-read = تم الاطلاع

ref-new-title = إحالة أم
ref-new-intro = أربع خطوات قصيرة. ما نعرفه عنها من قبل مكتوب مسبقًا.
# After sending.
ref-sent = أُرسلت الإحالة: { $name } إلى { $programme }.

# Step 1: finding or registering the mother.
ref-step-mother = 1. البحث عنها
ref-find-label = اسمها أو رقم هاتفها أو رقم NHS الخاص بها
ref-find-hint = البحث بالاسم يجد الأمهات في قائمة متابعتك. رقم الهاتف أو البريد الإلكتروني أو رقم NHS يجد أي أم نعرفها.
ref-find-submit = بحث
ref-find-none = لم يُعثر على أحد. يرجى التحقق مما كُتب، أو تسجيلها.
ref-find-results = الأمهات اللواتي عُثر عليهن
ref-choose = إحالتها
ref-register-open = تسجيل أم جديدة
ref-register-title = تسجيل أم
ref-field-given = الاسم الأول
ref-field-family = اسم العائلة (اختياري)
ref-contact-hint = رقم جوالها، أو بريدها الإلكتروني، أو كلاهما.
ref-field-phone = رقم الجوال
ref-field-email = البريد الإلكتروني
ref-field-language = اللغة التي تفضّلها
ref-language-choose = اختيار لغة
ref-language-other = لغة أخرى
ref-field-language-other = رمز اللغة
ref-language-other-hint = رمز BCP 47، مثل «ps» للبشتو أو «ti» للتغرينية.
ref-field-dialect = اللهجة (اختياري)
ref-field-interpreter = تحتاج إلى مترجم
ref-dates-hint = موعد ولادتها المتوقع، أو تاريخ ميلاد الطفل بعد أن يولد.
ref-field-due = موعد الولادة المتوقع
ref-field-born = تاريخ ميلاد الطفل
ref-field-nhs = رقم NHS (اختياري)
ref-field-postcode = الرمز البريدي (اختياري)
ref-register-submit = تسجيلها
ref-error-given = يرجى كتابة اسمها الأول.
ref-error-contact = يرجى كتابة رقم جوال أو بريد إلكتروني.
ref-error-phone = هذا ليس رقم هاتف في المملكة المتحدة.
ref-error-email = هذا ليس عنوان بريد إلكتروني.
ref-error-language = يرجى اختيار لغتها.
ref-error-nhs = هذا ليس رقم NHS. يرجى التحقق من الأرقام العشرة.
ref-error-known = نعرف من قبل أمًّا بهذا الرقم من NHS. يرجى البحث عنها بدلًا من ذلك.
ref-find-known = البحث عنها برقم NHS
# Above the mother being referred.
ref-chosen-title = إحالة
ref-undelivered-sms = لم تصل الرسالة النصية: يُرجى الاتصال بها هاتفيًا
ref-undelivered-email = لم يصل البريد الإلكتروني
ref-due-on = موعد الولادة المتوقع { $date }
ref-born-on = وُلد الطفل { $date }
# $number is an NHS number.
ref-nhs = رقم NHS { $number }
ref-change = اختيار شخص آخر

# Step 2: choosing a session.
ref-step-session = 2. اختيار جلسة
ref-kind-label = ما نوع الجلسة؟
ref-in-language = بلغتها فقط، أو مع مترجم للغتها
ref-for-stage = الجلسات المناسبة لمرحلتها فقط (الحمل، أو عمر طفلها)
ref-near-label = بالقرب من
ref-near-hint = رمزها البريدي، أو منطقة مثل L8.
ref-search = بحث
ref-sessions-empty = لا توجد جلسات مطابقة. يرجى تجربة خيارات أقل أو منطقة أوسع.
ref-error-place = هذا المكان غير معروف لدينا. يرجى تجربة رمز بريدي مثل L8 1XF، أو منطقة مثل L8.
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
# [0] is exactly zero days. The other forms follow the Arabic rule for a
# number written in digits.
ref-record =
    { $days ->
        [0] الرد عادةً خلال يوم · نسبة القبول { $percent }%
        [zero] الرد عادةً خلال { $days } يوم · نسبة القبول { $percent }%
        [one] الرد عادةً خلال يوم واحد · نسبة القبول { $percent }%
        [two] الرد عادةً خلال يومين · نسبة القبول { $percent }%
        [few] الرد عادةً خلال { $days } أيام · نسبة القبول { $percent }%
        [many] الرد عادةً خلال { $days } يومًا · نسبة القبول { $percent }%
       *[other] الرد عادةً خلال { $days } يوم · نسبة القبول { $percent }%
    }
ref-record-none = لا توجد إحالات بعد
ref-record-no-replies = لا توجد ردود بعد
ref-pick = اختيار هذه الجلسة
ref-picked = تم الاختيار

# Step 3: consent.
ref-step-consent = 3. موافقتها
ref-consent-intro = يرجى سؤالها بلغتها، واختيار ما توافق عليه فقط.
ref-scopes-label = توافق على مشاركة
ref-scope-contact-details = بيانات التواصل معها ولغتها، مع فريق الجلسة
ref-scope-referral-reasons = سبب إحالتها وما يهمها، مع فريق الجلسة
ref-scope-attendance-to-referrer = هل تحضر أم لا، معك
ref-scope-screening-to-care-team = نتائج أسئلة الاطمئنان على صحتها، مع فريق القبالة الخاص بها
ref-scope-alerts-regardless = تصل تنبيهات السلامة إلى فريق رعايتها في كل الأحوال: إذا أظهرت إجاباتها أنها قد لا تكون بأمان، يُبلَّغ الفريق فورًا.
ref-field-shared-with = المشاركة مع
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session } في { $venue }
ref-contact-label = كيف تريد أن يتم التواصل معها
ref-contact-sms = رسالة نصية
ref-contact-email = البريد الإلكتروني
ref-contact-phone = مكالمة هاتفية
ref-contact-none = لا تواصل أبدًا
ref-consent-submit = تسجيل موافقتها
# $with is who she agreed her details may be shared with.
ref-consent-done = سُجّلت الموافقة في { $date }، للمشاركة مع { $with }:
ref-consent-again = تسجيل موافقتها مرة أخرى
ref-error-scopes = يرجى اختيار شيء واحد على الأقل توافق على مشاركته.
ref-error-shared-with = يرجى ذكر من تُشارَك بياناتها معه.

# Step 4: why, and sending.
ref-step-send = 4. سبب إحالتها
ref-field-what-matters = ما يهمها، بكلماتها
ref-field-note = ملاحظة لفريق رعايتها (اختياري)
ref-note-hint = مقدّمو الجلسات لا يرون هذه الملاحظة أبدًا.
ref-send = إرسال الإحالة
ref-error-no-session = يرجى اختيار جلسة أولًا (الخطوة 2).
ref-error-no-consent = يرجى تسجيل موافقتها أولًا (الخطوة 3).
ref-error-no-reason = يرجى اختيار سبب واحد على الأقل.
ref-error-consent-required = موافقتها لم تعد مسجّلة. يرجى تسجيلها مرة أخرى، ثم الإرسال.

ref-caseload-title = قائمة متابعتي
ref-caseload-empty = لا توجد إحالات بعد. ستظهر إحالاتك هنا.
ref-refer-again = إحالتها مرة أخرى

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = الإحالات إلى جلساتك
ref-incoming-intro = أمهات أحالتهن القابلات وموظفو الربط المجتمعي. يرجى الرد قريبًا: تُبلَّغ الجهة المُحيلة فورًا.
ref-incoming-new = بانتظار ردك
ref-incoming-to-book = مقبولة: يرجى حجز موعد لها
ref-incoming-others = المحجوزة والأقدم
ref-incoming-none = لا شيء حاليًا.
# $name is the referrer's name.
ref-referred-by = الإحالة من { $name }، { $date }
ref-accept = قبول
ref-decline = رفض
ref-book = حجز موعد
ref-decline-question = ما سبب الرفض؟ ستراه الجهة المُحيلة.
ref-decline-preset-full = المجموعة ممتلئة.
ref-decline-preset-unsuitable = المجموعة لا تناسبها.
ref-decline-preset-no-contact = لم نتمكن من الوصول إليها.
ref-decline-confirm = رفض الإحالة
ref-choose-date = اختيار موعد لها
# $venue is the place; $start and $end times.
ref-session-at = { $venue }، من { $start } إلى { $end }
ref-no-dates = لا توجد مواعيد فيها مقاعد متبقية.
# After a reply. $name is the mother's first name.
ref-accepted = تم قبول { $name }. يرجى الآن حجز موعد لها.
ref-declined = تم رفض إحالة { $name }. أُبلغت الجهة المُحيلة.
ref-booked = تم حجز موعد لـ { $name } يوم { $date }.

## A mother's own referrals

myref-title = إحالاتي
myref-intro = مجموعات ترى القابلة أو موظف الربط المجتمعي أنها قد تساعدك.
myref-empty = ليست لديك إحالات.
# $name is the midwife's or link worker's name.
myref-from = من { $name }، { $date }
myref-accept = نعم، أريد الذهاب
myref-decline = لا، شكرًا
myref-decline-question = لماذا لا؟ سترى القابلة إجابتك.
myref-reason-time = الوقت لا يناسبني.
myref-reason-far = المكان بعيد جدًا عني.
myref-reason-not-now = لا أحتاجها الآن.
myref-withdraw = إيقاف هذه الإحالة
myref-confirm-withdraw = هل أنتِ متأكدة؟ إذا كان لديك مقعد، ستفقدينه.
myref-withdraw-yes = نعم، إيقافها
myref-keep = لا، أريد إبقاءها
myref-accepted = شكرًا لك. ستتواصل معك المجموعة.
myref-declined = شكرًا لأنك أخبرتنا.
myref-withdrawn = أوقفتِ هذه الإحالة.

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = آخر حضور: { $date }
ref-caseload-no-consent = لم تُسجَّل موافقة بعد
ref-caseload-not-referred = لم تتم إحالتها بعد.
ref-refer-her = إحالتها
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
        [zero] لم تحضر أي جلسة من أصل { $count }
        [one] حضرت جلسة واحدة من أصل { $count }
        [two] حضرت جلستين من أصل { $count }
        [few] حضرت { $came } جلسات من أصل { $count }
        [many] حضرت { $came } جلسةً من أصل { $count }
       *[other] حضرت { $came } جلسة من أصل { $count }
    }
ref-attended-present = { $date }: حضرت
ref-attended-absent = { $date }: غابت
ref-attended-apologies = { $date }: اعتذرت
ref-withdraw = إيقاف الإحالة نيابةً عنها
ref-withdraw-confirm = إيقاف هذه الإحالة؟ يرجى القيام بذلك فقط إذا طلبت هي ذلك.
ref-withdraw-yes = نعم، إيقافها
ref-withdraw-keep = لا، إبقاء الإحالة
ref-withdrawn-for-her = أُوقفت الإحالة.

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = كيف ومتى تقول إن التواصل معها آمن
contact-notice-ways = فقط عبر { $ways }، في { $days }، { $times } (بتوقيت المملكة المتحدة).
contact-notice-never = أبدًا عبر { $ways }.
contact-notice-none = تطلب عدم التواصل معها إطلاقًا.
ref-hint-title = معروفة لدى PeriLink، وليست ضمن رعايتك
ref-hint-intro = يظهر فقط أنها موجودة. أضيفيها إلى رعايتك لرؤية سجلها: سترى أنكِ فعلتِ ذلك ولماذا.
ref-hint-due = موعد الولادة { $month }
ref-hint-born = وُلد الطفل { $month }
ref-hint-reason-label = لماذا تضيفينها إلى رعايتك
ref-hint-reason-needed = اكتبي سبب إضافتها: ستراه.
ref-hint-add = إضافة إلى قائمة رعايتي
