# PeriLink interface text: Farsi / Persian (fa), translated from the English
# source (en): a mother's own screens: finding sessions, a session's page,
# booking, making an account, and My sessions.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - The text speaks to the reader politely as شما. Use Persian ی and ک, and a
#   zero-width non-joiner in forms like جلسه‌ها and می‌کند.
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Persian by the phone, such as "سه‌شنبه ۲۵ نوامبر" and "10:30".
# - Words as in main.ftl and staff.ftl: "session" جلسه, "course" دوره.
#   "Places" (how many can come) are جا; "book" is رزرو; "enrol" is
#   ثبت‌نام در دوره; "waiting list" is فهرست انتظار.
# - In Persian the noun stays singular after a number, so plural variants
#   often match.
# - $price arrives written with a dot (3.50), so "£{ $price }" is kept.

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = کلاس‌های زبان انگلیسی (ESOL)
kind-rhyme-time = شعرهای کودکانه
kind-singing = گروه‌های آواز
kind-breastfeeding-support = کمک برای شیردهی
kind-advice = مشاوره درباره‌ی پول و کار
kind-other = گروه‌های دیگر

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] انگلیسی
        [ar] عربی
        [pl] لهستانی
        [pt] پرتغالی
        [ro] رومانیایی
        [ckb] کردی سورانی
        [fa] فارسی
        [ur] اردو
        [bn] بنگالی
        [so] سومالیایی
        [ti] تیگرینیا
        [zh-Hans] چینی
        [zh] چینی
        [prs] دری
        [ps] پشتو
        [kmr] کردی کرمانجی
        [am] امهری
        [tr] ترکی
        [fr] فرانسوی
        [es] اسپانیایی
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = به انگلیسی: هنوز ترجمه نشده است

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = گزینه‌های جستجو
find-kind-label = چه نوع جلسه‌ای؟
find-language-label = به چه زبانی؟
find-language-any = هر زبانی
find-near-label = نزدیک به (کد پستی)
find-near-hint = یک کد پستی مثل L8 1XF، یا فقط بخش اول آن، مثل L8.
find-radius-label = تا چه فاصله‌ای؟
# $km is a whole number of kilometres, in the list of distances.
find-radius = تا { $km } کیلومتر
find-search = جستجو
find-more-choices = گزینه‌های بیشتر
find-free-only = فقط جلسه‌های رایگان
find-time-label = چه ساعتی از روز؟
find-time-morning = صبح
find-time-afternoon = بعدازظهر
find-time-evening = عصر
find-results = جلسه‌ها
find-loading = در حال پیدا کردن جلسه‌ها…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [one] یک جلسه پیدا کردیم.
       *[other] { $count } جلسه پیدا کردیم.
    }
find-empty = هیچ جلسه‌ای با انتخاب‌های شما جور نیست. فاصله‌ی بیشتر، زبان دیگر یا انتخاب‌های کمتری را امتحان کنید.
find-clear = پاک کردن انتخاب‌های من
find-loosen = { $choice } ({ $count })
find-any-time = هر ساعتی از روز
find-paid-too = جلسه‌های پولی هم
find-any-kind = هر نوع جلسه‌ای
find-anywhere = هر جایی
# $place is what she typed in the postcode box.
find-error-unknown-place = جایی به نام «{ $place }» را نمی‌شناسیم. کد پستی را بررسی کنید، یا فقط بخش اول آن را امتحان کنید، مثل L8.
# $place is what she typed in the postcode box.
find-error-bad-place = «{ $place }» کد پستی نیست. یک کد پستی مثل L8 1XF، یا فقط بخش اول آن، مثل L8، را امتحان کنید.
find-more = نشان دادن جلسه‌های بیشتر
find-more-loading = در حال بارگذاری بیشتر…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }، از { $start } تا { $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }، { $town }
# $km is a distance such as 1.2.
find-distance = { $km } کیلومتر فاصله
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = مترجم: { $language }
find-drop-in = مراجعه‌ی آزاد: رزرو لازم نیست
find-booking = رزرو جا
find-course = دوره: برای همه‌ی هفته‌ها ثبت‌نام کنید
find-full = پر است: می‌توانید در فهرست انتظار بمانید
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [one] فقط یک جا مانده است
       *[other] { $count } جا مانده است
    }
find-free = رایگان
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = جلسه پیدا نشد
session-not-found = نتوانستیم این جلسه را پیدا کنیم. شاید تمام شده باشد، یا جزئیات آن در حال بررسی است.
session-find-others = پیدا کردن جلسه‌های دیگر
session-booking = رزرو
session-drop-in = رزرو لازم نیست. فقط بیایید!
session-course-intro = این یک دوره است. یک بار ثبت‌نام کنید، و هر هفته جا دارید.
session-book-intro = یک تاریخ را انتخاب کنید و جای خود را رزرو کنید.
session-course-full = این دوره پر است. می‌توانید در فهرست انتظار بمانید، و وقتی جایی خالی شد به شما خبر می‌دهیم.
session-date-full = این تاریخ پر است. می‌توانید در فهرست انتظار بمانید، و وقتی جایی خالی شد به شما خبر می‌دهیم.
session-enrol = ثبت‌نام در دوره
session-book = رزرو
session-join-waiting-list = رفتن به فهرست انتظار
session-account-needed = برای رزرو، به یک حساب رایگان نیاز دارید. بعد شما را به همین‌جا برمی‌گردانیم.
session-booking-working = در حال رزرو جای شما…
# $date is a day like "Tuesday 25 November".
session-booked = شما برای { $date } جا دارید.
# $date is a day like "Tuesday 25 November".
session-already-booked = شما از قبل برای { $date } جا دارید.
session-enrolled = در دوره ثبت‌نام شدید. آنجا می‌بینیمتان!
session-already-enrolled = شما از قبل در این دوره ثبت‌نام کرده‌اید.
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [one] شما در فهرست انتظار هستید. نفر بعدی شما هستید.
       *[other] شما در فهرست انتظار هستید. شما نفر { $position } هستید.
    }
session-see-my-sessions = دیدن جلسه‌های من
session-book-mothers-only = فقط مادران می‌توانند با حساب خودشان جا رزرو کنند.
session-book-closed = این تاریخ دیگر رزرو نمی‌شود. لطفاً تاریخ دیگری انتخاب کنید.
session-about = درباره‌ی این جلسه
session-for-whom = برای چه کسانی است؟
session-for-pregnant = زنان باردار
# $min and $max are ages in whole months.
session-for-babies = مادرانی که کودک { $min } تا { $max } ماهه دارند
# $max is an age in whole months.
session-for-babies-up-to = مادرانی که کودک تا { $max } ماهه دارند
# $min is an age in whole months.
session-for-babies-from = مادرانی که کودک { $min } ماهه یا بزرگ‌تر دارند
session-for-everyone = همه‌ی مادران خوش آمدند
session-bring = چه چیزی همراه بیاورید
session-languages = زبان‌ها
session-interpreter-note = یک مترجم، یا کمک‌کننده‌ای که این زبان‌ها را بلد است، آنجا هست.
session-when = زمان
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = هر { $weekday }، از { $start } تا { $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = یک { $weekday } در میان، از { $start } تا { $end }
# $date is a day like "Tuesday 25 November".
session-until = تا { $date }
session-next-dates = تاریخ‌های بعدی
session-cancelled = لغو شده: این روز جلسه نیست
# Beside a date she has just booked.
session-date-yours = ✓ شما جا دارید
# Beside a date whose waiting list she has just joined.
session-date-waiting = شما در فهرست انتظار هستید
session-add-to-calendar = افزودن به تقویم من
session-where = مکان
session-access = راه ورود
session-step-free = بدون پله
session-not-step-free = پله دارد
session-buggy-space = جا برای کالسکه
session-no-buggy-space = جا برای کالسکه نیست
session-baby-change = جای تعویض پوشک
session-no-baby-change = جای تعویض پوشک نیست
session-breastfeeding-welcome = شیردهی در اینجا پذیرفته است
session-breastfeeding-not-said = درباره‌ی شیردهی همین‌جا بپرسید
session-getting-there = چطور به آنجا بروید
session-map = دیدن روی نقشه
session-report-wrong = این اطلاعات درست نیست
session-report-what = چه چیزی نادرست است؟
session-report-reason-time = روز یا ساعت
session-report-reason-place = مکان
session-report-reason-cancelled = دیگر برگزار نمی‌شود
session-report-reason-other = چیز دیگری
session-report-thanks = از اینکه به ما گفتید متشکریم. این جلسه را بررسی می‌کنیم.

## Make an account (sign up)

sign-up-title = ساختن حساب رایگان
sign-up-intro = با یک حساب می‌توانید جا رزرو کنید و جلسه‌های خود را ببینید.
sign-up-name = نام شما
sign-up-contact = شماره‌ی موبایل یا ایمیل
sign-up-contact-hint = با این وارد می‌شوید. آن را به کسی نمی‌دهیم.
sign-up-language = زبان شما
sign-up-password = یک رمز عبور انتخاب کنید
# $count is the fewest characters a password may have.
sign-up-password-hint = دست‌کم { $count } حرف، عدد یا نشانه.
sign-up-submit = ساختن حساب من
sign-up-working = در حال ساختن حساب شما…
sign-up-error-name = لطفاً نام خود را بنویسید.
sign-up-error-contact = لطفاً شماره‌ی موبایل یا ایمیل خود را بنویسید.
sign-up-error-phone = این شماره‌ی موبایل درست به نظر نمی‌رسد. آن را این‌طور بنویسید: 07700 900123.
sign-up-error-email = این ایمیل درست به نظر نمی‌رسد. لطفاً آن را بررسی کنید.
sign-up-error-password = رمز عبور شما خیلی کوتاه است. لطفاً دست‌کم 8 حرف، عدد یا نشانه بنویسید.
sign-up-error-invalid = چیزی درست نیست. لطفاً آنچه نوشتید را بررسی کنید.
sign-up-have-account = از قبل حساب دارید؟
sign-up-continue = ادامه
sign-up-code-sent = پیامی به { $contact } فرستادیم. کد ۶ رقمی آن را اینجا بنویسید. اگر پیام می‌گوید که حساب دارید، لطفاً به جای آن وارد شوید.
sign-up-demo-code = این نسخهٔ نمایشی است، پس هیچ پیامی واقعاً فرستاده نمی‌شود. کد شما { $code } است.
sign-up-change = تغییر اطلاعاتم
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = در { -brand-name } تازه‌وارد هستید؟
sign-in-make-account = ساختن حساب رایگان
home-new-here = مادر هستید؟ برای رزرو جلسه‌ها یک حساب رایگان بسازید.

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = جاها، دوره‌ها و فهرست‌های انتظار شما.
my-sign-in-needed = برای دیدن جلسه‌های خود وارد شوید، یا یک حساب رایگان بسازید.
my-empty = هنوز چیزی رزرو نکرده‌اید.
my-find = پیدا کردن جلسه
my-status-booked = رزرو شده
my-status-enrolled = ثبت‌نام در دوره
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [one] فهرست انتظار: نفر بعدی شما هستید
       *[other] فهرست انتظار: نفر { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = جلسه‌ی بعدی: { $date }، از { $start } تا { $end }
# When there is no date to show. $start and $end are times.
my-times = از { $start } تا { $end }
my-cancel = لغو جای من
my-leave-waiting = بیرون آمدن از فهرست انتظار
my-cancel-confirm = مطمئن هستید؟ ممکن است کس دیگری جای شما را بگیرد.
my-cancel-yes = بله، لغو شود
my-cancel-no = نه، نگهش می‌دارم
my-cancelled = انجام شد. جای شما لغو شد.
my-calendar-title = تقویم شما
my-calendar-intro = جلسه‌های خود را در تقویم گوشی‌تان بگذارید. رزروهای تازه خودشان آنجا نشان داده می‌شوند.
my-calendar-get = افزودن جلسه‌های من به تقویمم
my-calendar-subscribe = باز کردن در تقویم من
my-calendar-download = دانلود فایل تقویم

## My sessions: what she went to.
my-history-title = جلسه‌هایی که رفتید
my-history-empty = هنوز چیزی اینجا نیست. بعد از اینکه به جلسه‌ای بروید، اینجا نشان داده می‌شود.
my-history-present = رفتید
my-history-absent = نرفتید
my-history-apologies = گفتید نمی‌توانید بیایید
