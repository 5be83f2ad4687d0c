# PeriLink interface text: Farsi / Persian (fa), translated from the English
# source (en): the register, for session hosts.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Session hosts (library staff, tutors, musicians, peer supporters) read these
#   on a phone, often with poor signal, while people arrive: keep them short.
# - The text speaks to the reader politely as شما. Use Persian ی and ک, and a
#   zero-width non-joiner in forms like جلسه‌ها and می‌کند.
# - The "register" is فهرست حضور, as in main.ftl. A "mark" is one tick on the
#   register (علامت): present, absent or sent apologies.
# - "Walk-in": someone who came without booking or being referred (بدون رزرو).
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Times ($time, $start, $end) arrive already written in Persian by the
#   phone, such as "10:30".
# - In Persian the noun stays singular after a number, so plural variants
#   often match.

## The page

register-title = فهرست‌های حضور
register-new-referrals =
    { $count ->
       *[other] { $count } ارجاع تازه در انتظار پاسخ
    }
register-intro = برای هر نفر یک بار بزنید. علامت‌ها اول روی همین گوشی ذخیره می‌شوند و بعد فرستاده می‌شوند، پس بدون آنتن هم می‌توانید حضور و غیاب کنید.
register-sign-in-needed = برای حضور و غیاب، لطفاً وارد شوید.
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [one] { $count } علامت روی این گوشی ذخیره شده است. بعد از ورود شما فرستاده می‌شود.
       *[other] { $count } علامت روی این گوشی ذخیره شده است. بعد از ورود شما فرستاده می‌شوند.
    }
register-offline-nothing = اتصال نیست، و هنوز هیچ فهرست حضوری روی این گوشی ذخیره نشده است. یک بار این صفحه را با اتصال باز کنید، بعد بدون اتصال هم کار می‌کند.
# $time is when the register was saved, such as "09:15".
register-offline-saved = اتصال نیست: این فهرست حضوری است که ساعت { $time } روی این گوشی ذخیره شده است.
register-not-saved = فهرست حضور این روز روی این گوشی ذخیره نشده است. برای بارگذاری آن به اینترنت وصل شوید.
register-no-sessions = در این روز جلسه‌ای ندارید.

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = روز
# Read by screen readers on today's button.
register-today = امروز

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = از { $start } تا { $end }، { $venue }
register-cancelled = این تاریخ لغو شده است.
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = علامت‌خورده: { $marked } از { $expected }. حاضر: { $present }.
register-nobody = هنوز کسی در فهرست نیست. کسانی را که می‌آیند در پایین اضافه کنید.
register-replies = پیامک‌های مادران دربارهٔ این تاریخ

## A person on the register

# $name is her baby's first name.
register-baby = کودک: { $name }
register-interpreter = به مترجم نیاز دارد
# Why she is on the register.
register-because-booked = رزرو کرده
register-because-enrolled = در دوره
register-because-referred = ارجاع‌شده
register-because-walk-in = بدون رزرو
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = علامت برای { $name }
register-present = حاضر
register-absent = غایب
register-apologies = خبر داده نمی‌آید
register-babies = نوزادها
register-children = بچه‌های دیگر
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = یک نوزاد کمتر همراه { $name }
register-more-babies = یک نوزاد بیشتر همراه { $name }
register-fewer-children = یک بچه‌ی کمتر همراه { $name }
register-more-children = یک بچه‌ی بیشتر همراه { $name }

## Where a mark is

register-mark-waiting = منتظر فرستادن
register-mark-sent = فرستاده شد
register-mark-superseded = فرستاده شد، اما علامت تازه‌تری از گوشی دیگر حساب می‌شود
register-mark-refused = پذیرفته نشد
# A button that removes a mark that was not accepted.
register-mark-discard = حذف

## Sending

register-online = آنلاین
register-offline = آفلاین: علامت‌ها روی این گوشی می‌مانند
register-sync-none = هنوز علامتی نیست.
register-sync-all-sent = همه‌ی علامت‌ها فرستاده شدند.
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [one] { $count } علامت منتظر فرستادن است.
       *[other] { $count } علامت منتظر فرستادن است.
    }
register-sync-sending = در حال فرستادن…
register-sync-offline = اتصال نیست. علامت‌ها روی این گوشی در امان هستند و وقتی اتصال برگردد فرستاده می‌شوند.
register-sync-sign-in = برای فرستادن آن‌ها دوباره وارد شوید.
register-sync-trouble = { -brand-name } فعلاً نتوانست آن‌ها را بگیرد. دوباره امتحان می‌کند.
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [one] { $count } علامت پذیرفته نشد. آن را در فهرست علامت‌ها در پایین بررسی کنید.
       *[other] { $count } علامت پذیرفته نشد. آن‌ها را در فهرست علامت‌ها در پایین بررسی کنید.
    }
register-sync-now = همین حالا بفرستید
register-storage-failed = این گوشی نتوانست علامت‌ها را ذخیره کند. این صفحه را باز نگه دارید تا فرستاده شوند.
# The heading of the list of the day's marks; $count is how many.
register-device-marks = علامت‌های روی این گوشی ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }. { $state }.

## Walk-ins

register-walk-in = افزودن کسی که بدون رزرو آمده است
register-walk-in-search = او را در فهرست‌های حضور خود پیدا کنید
register-walk-in-search-hint = بخشی از نام او را بنویسید.
# $name is her first name.
register-walk-in-pick = افزودن { $name }
register-walk-in-none-found = در فهرست‌های حضور شما کسی با این نام نیست. در پایین یک پرونده‌ی تازه بسازید.
register-walk-in-new = پرونده‌ی تازه
register-walk-in-name = نام
register-walk-in-phone = شماره‌ی تلفن (اگر دارد)
register-walk-in-phone-hint = یک شماره‌ی بریتانیا، مثل 07700 900123. اگر ندارد، خالی بگذارید.
register-walk-in-language = زبان او
register-walk-in-babies = نوزادهای همراه او
register-walk-in-children = بچه‌های دیگر همراه او
register-walk-in-add = افزودن و زدن علامت حاضر
# $name is her first name.
register-walk-in-added = { $name } در فهرست حضور است، با علامت حاضر.
register-walk-in-error-name = نام او را بنویسید.
register-walk-in-error-phone = این شماره‌ی تلفن بریتانیا نیست. آن را بررسی کنید، یا خالی بگذارید.
