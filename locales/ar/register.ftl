# PeriLink interface text: Arabic (ar), Modern Standard Arabic in plain
# everyday words, translated from the English source (en): the register, for
# session hosts.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Session hosts (library staff, tutors, musicians, peer supporters) read these
#   on a phone, often with poor signal, while people arrive: keep them short.
# - Hosts are women and men: write with يرجى and a verbal noun, or with verbal
#   nouns alone, as in staff.ftl. The people on the register are mothers, so
#   they are spoken of as women (حاضرة، غائبة).
# - A "mark" is one tick on the register (علامة): present, absent or sent
#   apologies. The "register" is سجل الحضور.
# - "Walk-in": someone who came without booking or being referred (بدون حجز).
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Times ($time, $start, $end) arrive already written in Arabic by the
#   phone, such as "10:30".
# - Numbers are shown as digits, so a noun after a number follows the Arabic
#   rule for a number written in digits, as in main.ftl.

## The page

register-title = سجلات الحضور
register-new-referrals =
    { $count ->
        [one] إحالة جديدة واحدة بانتظار ردك
        [two] إحالتان جديدتان بانتظار ردك
        [few] { $count } إحالات جديدة بانتظار ردك
       *[other] { $count } إحالة جديدة بانتظار ردك
    }
register-intro = نقرة واحدة لكل شخص. تُحفظ العلامات على هذا الهاتف أولًا ثم تُرسَل، لذلك يمكن تسجيل الحضور بدون إشارة.
register-sign-in-needed = يرجى تسجيل الدخول لتسجيل الحضور.
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [zero] { $count } علامة محفوظة على هذا الهاتف. ستُرسل بعد تسجيل الدخول.
        [one] علامة واحدة محفوظة على هذا الهاتف. ستُرسل بعد تسجيل الدخول.
        [two] علامتان محفوظتان على هذا الهاتف. ستُرسلان بعد تسجيل الدخول.
        [few] { $count } علامات محفوظة على هذا الهاتف. ستُرسل بعد تسجيل الدخول.
        [many] { $count } علامة محفوظة على هذا الهاتف. ستُرسل بعد تسجيل الدخول.
       *[other] { $count } علامة محفوظة على هذا الهاتف. ستُرسل بعد تسجيل الدخول.
    }
register-offline-nothing = لا يوجد اتصال، ولا يوجد سجل محفوظ على هذا الهاتف بعد. يرجى فتح هذه الصفحة مرة واحدة مع اتصال، وبعدها تعمل بدون اتصال أيضًا.
# $time is when the register was saved, such as "09:15".
register-offline-saved = لا يوجد اتصال: هذا هو السجل المحفوظ على هذا الهاتف الساعة { $time }.
register-not-saved = سجل هذا اليوم غير محفوظ على هذا الهاتف. يرجى الاتصال بالإنترنت لتحميله.
register-no-sessions = لا توجد جلسات لك في هذا اليوم.

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = اختيار اليوم
# Read by screen readers on today's button.
register-today = اليوم

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = من { $start } إلى { $end }، { $venue }
register-cancelled = هذا التاريخ ملغى.
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = تم التسجيل: { $marked } من { $expected }. الحاضرات: { $present }.
register-nobody = لا يوجد أحد متوقَّع بعد. يرجى إضافة من يحضر في الأسفل.
register-replies = رسائل نصية من الأمهات عن هذا الموعد

## A person on the register

# $name is her baby's first name.
register-baby = الطفل: { $name }
register-interpreter = تحتاج إلى مترجم
# Why she is on the register.
register-because-booked = حجزت مقعدًا
register-because-enrolled = في الدورة
register-because-referred = مُحالة
register-because-walk-in = بدون حجز
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = تسجيل حضور { $name }
register-present = حاضرة
register-absent = غائبة
register-apologies = اعتذرت
register-babies = الرضّع
register-children = أطفال آخرون
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = رضيع أقل مع { $name }
register-more-babies = رضيع إضافي مع { $name }
register-fewer-children = طفل أقل مع { $name }
register-more-children = طفل إضافي مع { $name }

## Where a mark is

register-mark-waiting = بانتظار الإرسال
register-mark-sent = أُرسلت
register-mark-superseded = أُرسلت، لكن المعتمد علامة أحدث من هاتف آخر
register-mark-refused = لم تُقبل
# A button that removes a mark that was not accepted.
register-mark-discard = إزالة

## Sending

register-online = متصل
register-offline = غير متصل: العلامات محفوظة على هذا الهاتف
register-sync-none = لا توجد علامات بعد.
register-sync-all-sent = أُرسلت كل العلامات.
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [zero] { $count } علامة بانتظار الإرسال.
        [one] علامة واحدة بانتظار الإرسال.
        [two] علامتان بانتظار الإرسال.
        [few] { $count } علامات بانتظار الإرسال.
        [many] { $count } علامة بانتظار الإرسال.
       *[other] { $count } علامة بانتظار الإرسال.
    }
register-sync-sending = جارٍ الإرسال…
register-sync-offline = لا يوجد اتصال. العلامات آمنة على هذا الهاتف، وستُرسل عندما يعود الاتصال.
register-sync-sign-in = يرجى تسجيل الدخول مرة أخرى لإرسالها.
register-sync-trouble = لم يتمكن { -brand-name } من استلامها الآن. سيحاول مرة أخرى.
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [zero] لم تُقبل { $count } علامة. يرجى التحقق منها في قائمة العلامات أدناه.
        [one] لم تُقبل علامة واحدة. يرجى التحقق منها في قائمة العلامات أدناه.
        [two] لم تُقبل علامتان. يرجى التحقق منهما في قائمة العلامات أدناه.
        [few] لم تُقبل { $count } علامات. يرجى التحقق منها في قائمة العلامات أدناه.
        [many] لم تُقبل { $count } علامة. يرجى التحقق منها في قائمة العلامات أدناه.
       *[other] لم تُقبل { $count } علامة. يرجى التحقق منها في قائمة العلامات أدناه.
    }
register-sync-now = الإرسال الآن
register-storage-failed = لم يتمكن هذا الهاتف من حفظ العلامات. يرجى إبقاء هذه الصفحة مفتوحة حتى تُرسل.
# The heading of the list of the day's marks; $count is how many.
register-device-marks = العلامات على هذا الهاتف ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }. { $state }.

## Walk-ins

register-walk-in = إضافة شخص حضر بدون حجز
register-walk-in-search = البحث عنها في سجلاتك
register-walk-in-search-hint = يرجى كتابة جزء من اسمها الأول.
# $name is her first name.
register-walk-in-pick = إضافة { $name }
register-walk-in-none-found = لا يوجد أحد بهذا الاسم في سجلاتك. يرجى إنشاء سجل جديد أدناه.
register-walk-in-new = سجل جديد
register-walk-in-name = الاسم الأول
register-walk-in-phone = رقم الهاتف (إن وُجد)
register-walk-in-phone-hint = رقم بريطاني، مثل 07700 900123. يُترك فارغًا إذا لم يكن لديها رقم.
register-walk-in-language = لغتها
register-walk-in-babies = الرضّع معها
register-walk-in-children = أطفال آخرون معها
register-walk-in-add = إضافة وتسجيل الحضور
# $name is her first name.
register-walk-in-added = { $name } في السجل، ومسجّلة حاضرة.
register-walk-in-error-name = يرجى كتابة اسمها الأول.
register-walk-in-error-phone = هذا ليس رقم هاتف بريطانيًا. يرجى التحقق منه، أو تركه فارغًا.
