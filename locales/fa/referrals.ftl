# PeriLink interface text: Farsi / Persian (fa), translated from the English
# source (en): referrals, for referrers, hosts and mothers.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Keys starting ref- are for staff: midwives, link workers, session hosts and
#   coordinators. Plain, short work language is fine.
# - Keys starting myref- are read by a mother about her own referrals: short
#   sentences, everyday words, reading age about 9. The ref-status- and
#   ref-reason- names are shown to her too, so keep them plain.
# - The text speaks to the reader politely as شما. Use Persian ی and ک, and a
#   zero-width non-joiner in forms like جلسه‌ها and می‌کند.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Dates ($date) arrive already written in Persian by the phone, such as
#   "سه‌شنبه ۲۵ نوامبر"; times ($start, $end) such as "10:30".
# - $name is a person's name; $programme and $session are names of groups, such as
#   "Singing for mums"; $venue is a place, such as "Toxteth Library".
# - Words as in main.ftl and staff.ftl: "referral" ارجاع, "session" جلسه,
#   "places" جا, "link worker" کارمند رابط, "midwife" ماما. The "referrer" is
#   ارجاع‌دهنده, the "session team" تیم جلسه, "consent" رضایت.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = فرستاده شد
ref-status-accepted = پذیرفته شد
ref-status-declined = رد شد
ref-status-booked = رزرو شد
ref-status-attending = شرکت می‌کند
ref-status-completed = تمام شد
ref-status-did-not-attend = دو جلسه نیامد
ref-status-withdrawn = متوقف شد

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = احساس تنهایی
ref-reason-low-mood-or-anxiety = ناراحتی یا نگرانی
ref-reason-english-language = یادگیری زبان انگلیسی
ref-reason-infant-feeding = غذا دادن به کودک
ref-reason-money-housing-or-work = پول، مسکن یا کار
ref-reason-bonding-with-baby = پیوند با کودک
ref-reason-other = چیز دیگر
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = دلیل‌های ارجاع

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = توسط ارجاع‌دهنده
ref-actor-provider = توسط تیم جلسه
ref-actor-mother = توسط مادر
ref-actor-system = از فهرست حضور
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }، { $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
        [one] تا اینجا { $count } مرحله
       *[other] تا اینجا { $count } مرحله
    }
# $reason is what someone wrote when they declined.
ref-move-reason = دلیل: «{ $reason }»
ref-sent-on = فرستاده‌شده در { $date }
# $text is what the mother said matters to her, in her words.
ref-what-matters = آنچه برای او مهم است: «{ $text }»
# $text is the referrer's note for the care team.
ref-note = یادداشت: { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = به مترجم نیاز دارد
ref-cancel = لغو
ref-working = در حال فرستادن…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = این ارجاع در این فاصله تغییر کرد. فهرست اکنون به‌روز است: لطفاً دوباره نگاه کنید.
ref-error-full = در آن تاریخ جایی نمانده است. لطفاً تاریخ دیگری انتخاب کنید.
ref-error-invalid = بعضی از جزئیات درست نیست. لطفاً آن‌ها را بررسی کنید و دوباره امتحان کنید.
ref-error-reason = لطفاً دلیل را بگویید.

## A referrer's page: news, making a referral, and her caseload

ref-news-title = تازه‌ها
ref-news-accepted = { $programme } ارجاع { $name } را پذیرفت.
ref-news-declined = { $programme } ارجاع { $name } را رد کرد. دلیل آن در مرحله‌های زیر آمده است.
ref-news-first-attended = { $name } برای اولین بار به { $programme } رفت.
ref-news-missed-twice = { $name } دو جلسه‌ی پشت سر هم از { $programme } را نیامده است.
ref-news-withdrawn = { $name } ارجاع خود به { $programme } را متوقف کرد.
ref-news-booking-cancelled = { $name } رزرو خود در { $programme } را لغو کرد: ارجاع دوباره به یک تاریخ نیاز دارد.
ref-attended-none = هنوز از زمان ارجاع جلسه‌ای برگزار نشده است.
ref-news-alert = هشدار ایمنی برای { $name }: امروز پیگیری کنید.
ref-news-alert-escalated = هیچ‌کس ظرف چهار ساعت به هشدار ایمنی { $name } رسیدگی نکرد: برای هماهنگ‌کنندگان فرستاده شد.
ref-news-alert-closed = یک هشدار ایمنی صادر شد و پس از آن رسیدگی شده است.
ref-news-alert-open = دیدن هشدار
# When the referral a notification is about is not on this page.
ref-news-other = یکی از ارجاع‌های شما تغییر کرد.
# Marks a piece of news as read, so it goes away.
ref-news-read = دیدم

ref-new-title = ارجاع دادن
ref-new-intro = چهار مرحله‌ی کوتاه. آنچه از قبل درباره‌ی او می‌دانیم برایتان پر شده است.
# After sending.
ref-sent = ارجاع فرستاده شد: { $name } به { $programme }.

# Step 1: finding or registering the mother.
ref-step-mother = 1. پیدا کردن مادر
ref-find-label = نام، شماره‌ی تلفن یا شماره‌ی NHS او
ref-find-hint = با نام، مادرانی پیدا می‌شوند که زیر نظر شما هستند. با تلفن، ایمیل یا شماره‌ی NHS، هر کسی که می‌شناسیم پیدا می‌شود.
ref-find-submit = جستجو
ref-find-none = کسی پیدا نشد. آنچه نوشتید را بررسی کنید، یا او را ثبت کنید.
ref-find-results = مادران پیداشده
ref-choose = ارجاع او
ref-register-open = ثبت مادر تازه
ref-register-title = ثبت مادر
ref-field-given = نام
ref-field-family = نام خانوادگی (اختیاری)
ref-contact-hint = شماره‌ی موبایل، ایمیل، یا هر دو را بنویسید.
ref-field-phone = شماره‌ی موبایل
ref-field-email = ایمیل
ref-field-language = زبانی که ترجیح می‌دهد
ref-language-choose = یک زبان انتخاب کنید
ref-language-other = زبان دیگر
ref-field-language-other = کد زبان
ref-language-other-hint = یک کد BCP 47، مثل «ps» برای پشتو یا «ti» برای تیگرینیا.
ref-field-dialect = گویش (اختیاری)
ref-field-interpreter = به مترجم نیاز دارد
ref-dates-hint = تاریخ زایمان او را بنویسید، یا بعد از به دنیا آمدن کودک، تاریخ تولد کودک را.
ref-field-due = تاریخ زایمان
ref-field-born = تاریخ تولد کودک
ref-field-nhs = شماره‌ی NHS (اختیاری)
ref-field-postcode = کد پستی (اختیاری)
ref-register-submit = ثبت او
ref-error-given = لطفاً نام او را بنویسید.
ref-error-contact = لطفاً یک شماره‌ی موبایل یا ایمیل بنویسید.
ref-error-phone = این شماره‌ی تلفن بریتانیا نیست.
ref-error-email = این نشانی ایمیل نیست.
ref-error-language = لطفاً زبان او را انتخاب کنید.
ref-error-nhs = این شماره‌ی NHS نیست. ده رقم را بررسی کنید.
ref-error-known = مادری با این شماره‌ی NHS را از قبل می‌شناسیم. به‌جای ثبت، او را پیدا کنید.
ref-find-known = پیدا کردن او با شماره‌ی NHS
# Above the mother being referred.
ref-chosen-title = ارجاع برای
ref-undelivered-sms = پیامک نرسید: با او تماس تلفنی بگیرید
ref-undelivered-email = ایمیل نرسید
ref-due-on = تاریخ زایمان: { $date }
ref-born-on = تولد کودک: { $date }
# $number is an NHS number.
ref-nhs = شماره‌ی NHS: { $number }
ref-change = انتخاب کس دیگر

# Step 2: choosing a session.
ref-step-session = 2. انتخاب جلسه
ref-kind-label = چه نوع جلسه‌ای؟
ref-in-language = فقط به زبان او، یا با مترجم برای زبان او
ref-for-stage = فقط جلسه‌های مناسب وضعیت او (بارداری، یا سن کودکش)
ref-near-label = نزدیک به
ref-near-hint = کد پستی او، یا منطقه‌ای مثل L8.
ref-search = جستجو
ref-sessions-empty = هیچ جلسه‌ای جور نیست. انتخاب‌های کمتر یا منطقه‌ی بزرگ‌تری را امتحان کنید.
ref-error-place = این مکان را نمی‌شناسیم. یک کد پستی مثل L8 1XF، یا منطقه‌ای مثل L8 را امتحان کنید.
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
# In Persian the noun stays singular after a number, so both variants match.
ref-record =
    { $days ->
        [0] معمولاً ظرف یک روز جواب می‌دهد · { $percent }% پذیرفته شده
        [one] معمولاً ظرف { $days } روز جواب می‌دهد · { $percent }% پذیرفته شده
       *[other] معمولاً ظرف { $days } روز جواب می‌دهد · { $percent }% پذیرفته شده
    }
ref-record-none = هنوز ارجاعی نبوده است
ref-record-no-replies = هنوز جوابی نداده است
ref-pick = انتخاب این جلسه
ref-picked = انتخاب شد

# Step 3: consent.
ref-step-consent = 3. رضایت او
ref-consent-intro = از او، به زبان خودش، بپرسید. فقط چیزهایی را علامت بزنید که با آن‌ها موافق است.
ref-scopes-label = او با در میان گذاشتن این‌ها موافق است
ref-scope-contact-details = راه‌های تماس با او و زبانش، با تیم جلسه
ref-scope-referral-reasons = دلیل ارجاع و آنچه برایش مهم است، با تیم جلسه
ref-scope-attendance-to-referrer = اینکه به جلسه می‌رود یا نه، با شما
ref-scope-screening-to-care-team = نتیجه‌ی بررسی‌های حال و سلامت او، با تیم مامایی او
ref-scope-alerts-regardless = هشدارهای ایمنی در هر حال به تیم مراقبت او می‌رسد: اگر پاسخ‌هایش نشان دهد ممکن است در امان نباشد، فوراً به تیم خبر داده می‌شود.
ref-field-shared-with = در میان گذاشتن با
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session } در { $venue }
ref-contact-label = چطور می‌خواهد با او تماس بگیرند
ref-contact-sms = پیامک
ref-contact-email = ایمیل
ref-contact-phone = تماس تلفنی
ref-contact-none = اصلاً تماس نگیرند
ref-consent-submit = ثبت رضایت او
# $with is who she agreed her details may be shared with.
ref-consent-done = رضایت در { $date } ثبت شد، برای در میان گذاشتن با { $with }:
ref-consent-again = ثبت دوباره‌ی رضایت او
ref-error-scopes = دست‌کم یک چیز را که با در میان گذاشتنش موافق است علامت بزنید.
ref-error-shared-with = بنویسید اطلاعات او با چه کسی در میان گذاشته می‌شود.

# Step 4: why, and sending.
ref-step-send = 4. دلیل ارجاع
ref-field-what-matters = آنچه برای او مهم است، با حرف‌های خودش
ref-field-note = یادداشت برای تیم مراقبت او (اختیاری)
ref-note-hint = برگزارکنندگان جلسه هرگز این یادداشت را نمی‌بینند.
ref-send = فرستادن ارجاع
ref-error-no-session = اول یک جلسه انتخاب کنید (مرحله‌ی 2).
ref-error-no-consent = اول رضایت او را ثبت کنید (مرحله‌ی 3).
ref-error-no-reason = دست‌کم یک دلیل را علامت بزنید.
ref-error-consent-required = رضایت او دیگر ثبت نیست. دوباره آن را ثبت کنید، سپس بفرستید.

ref-caseload-title = مادران زیر نظر من
ref-caseload-empty = هنوز کسی را ارجاع نداده‌اید. ارجاع‌های شما اینجا نشان داده می‌شوند.
ref-refer-again = ارجاع دوباره‌ی او

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = ارجاع‌ها به جلسه‌های شما
ref-incoming-intro = مادرانی که ماماها و کارکنان رابط ارجاع داده‌اند. لطفاً زود جواب دهید: ارجاع‌دهنده فوراً باخبر می‌شود.
ref-incoming-new = منتظر جواب شما
ref-incoming-to-book = پذیرفته شد: برای او تاریخی رزرو کنید
ref-incoming-others = رزروشده و قدیمی‌تر
ref-incoming-none = فعلاً هیچ.
# $name is the referrer's name.
ref-referred-by = ارجاع از { $name }، { $date }
ref-accept = پذیرفتن
ref-decline = رد کردن
ref-book = رزرو تاریخ
ref-decline-question = چرا رد می‌کنید؟ ارجاع‌دهنده این را می‌بیند.
ref-decline-preset-full = گروه پر است.
ref-decline-preset-unsuitable = گروه برای او مناسب نیست.
ref-decline-preset-no-contact = نتوانستیم با او تماس بگیریم.
ref-decline-confirm = رد کردن ارجاع
ref-choose-date = برای او تاریخی انتخاب کنید
# $venue is the place; $start and $end times.
ref-session-at = { $venue }، از { $start } تا { $end }
ref-no-dates = هیچ تاریخی با جای خالی نیست.
# After a reply. $name is the mother's first name.
ref-accepted = { $name } را پذیرفتید. حالا برای او تاریخی رزرو کنید.
ref-declined = ارجاع { $name } را رد کردید. به ارجاع‌دهنده خبر داده شد.
ref-booked = برای { $name } در { $date } جا رزرو شد.

## A mother's own referrals

myref-title = ارجاع‌های من
myref-intro = گروه‌هایی که ماما یا کارمند رابط شما فکر می‌کند می‌توانند به شما کمک کنند.
myref-empty = هیچ ارجاعی ندارید.
# $name is the midwife's or link worker's name.
myref-from = از طرف { $name }، { $date }
myref-accept = بله، دوست دارم بروم
myref-decline = نه، ممنون
myref-decline-question = چرا نه؟ مامای شما جوابتان را می‌بیند.
myref-reason-time = زمانش برایم مناسب نیست.
myref-reason-far = برایم خیلی دور است.
myref-reason-not-now = الان به آن نیاز ندارم.
myref-withdraw = متوقف کردن این ارجاع
myref-confirm-withdraw = مطمئن هستید؟ اگر جا دارید، آن را از دست می‌دهید.
myref-withdraw-yes = بله، متوقف شود
myref-keep = نه، بماند
myref-accepted = متشکریم. گروه با شما تماس می‌گیرد.
myref-declined = از اینکه به ما گفتید متشکریم.
myref-withdrawn = این ارجاع را متوقف کردید.

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = آخرین بار آمد: { $date }
ref-caseload-no-consent = هنوز رضایتی ثبت نشده
ref-caseload-not-referred = هنوز ارجاع داده نشده.
ref-refer-her = ارجاع او
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
        [one] به { $came } جلسه از { $count } جلسه آمد
       *[other] به { $came } جلسه از { $count } جلسه آمد
    }
ref-attended-present = { $date }: آمد
ref-attended-absent = { $date }: نیامد
ref-attended-apologies = { $date }: خبر داد نمی‌آید
ref-withdraw = متوقف کردن از طرف او
ref-withdraw-confirm = این ارجاع متوقف شود؟ فقط وقتی این کار را بکنید که خودش از شما خواسته باشد.
ref-withdraw-yes = بله، متوقف شود
ref-withdraw-keep = نه، بماند
ref-withdrawn-for-her = ارجاع متوقف شد.

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = به گفته خودش، چگونه و چه زمانی تماس با او امن است
contact-notice-ways = فقط از راه { $ways }، در { $days }، { $times } (به وقت بریتانیا).
contact-notice-never = هرگز از راه { $ways }.
contact-notice-none = درخواست کرده است که اصلاً با او تماس گرفته نشود.
ref-hint-title = در PeriLink شناخته‌شده است، تحت مراقبت شما نیست
ref-hint-intro = فقط وجود او نشان داده می‌شود. برای دیدن پرونده‌اش او را تحت مراقبت بگیرید: او خواهد دید که این کار را کردید و چرا.
ref-hint-due = موعد زایمان { $month }
ref-hint-born = تولد نوزاد { $month }
ref-hint-reason-label = چرا او را تحت مراقبت می‌گیرید
ref-hint-reason-needed = بنویسید چرا او را تحت مراقبت می‌گیرید: او آن را می‌بیند.
ref-hint-add = افزودن به فهرست مراقبت من
