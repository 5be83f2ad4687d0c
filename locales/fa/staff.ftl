# PeriLink interface text: Farsi / Persian (fa), translated from the English
# source (en): the staff screens.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - These screens are for staff (coordinators, midwives, session hosts), so
#   words like "برنامه" (programme), "مکان" (venue) and "ترم" (term) are
#   fine; keep sentences short.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - The text speaks to the reader politely as شما. Use Persian ی and ک, and a
#   zero-width non-joiner in forms like جلسه‌ها and می‌کند.
# - Words as in main.ftl: "session" جلسه, "programme" برنامه, "host"
#   برگزارکننده, "organisation" سازمان. A "listing" (one entry in the
#   directory) is مورد, and "checking" it is بررسی.

## Coordinator: keeping the directory right

coord-title = درست نگه داشتن فهرست
coord-intro = جلسه‌ها، برنامه‌ها و مکان‌ها را اضافه یا ویرایش کنید و موردهای فهرست را بررسی کنید. مادران تغییرهای شما را فوراً می‌بینند.
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = بخش‌های فهرست
coord-tab-check = برای بررسی
coord-tab-sessions = جلسه‌ها
coord-tab-programmes = برنامه‌ها
coord-tab-venues = مکان‌ها
coord-tab-organisations = سازمان‌ها

## Saving

coord-save = ذخیره
coord-working = در حال ذخیره…
coord-saved = ذخیره شد. مادران اکنون تغییر را می‌بینند.
coord-new = به‌جای این، یک مورد تازه اضافه کنید
coord-edit = ویرایش
# The first, empty choice in a drop-down list.
coord-choose = انتخاب کنید…
coord-error-invalid = بعضی از اطلاعات ناقص یا نادرست است. فرم را بررسی کنید و دوباره امتحان کنید.
coord-error-postcode = این کد پستی را نمی‌شناسیم. آن را بررسی کنید، یا عرض و طول جغرافیایی را وارد کنید.
coord-error-gone = کس دیگری این مورد را تغییر داده یا حذف کرده است. صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید.
coord-error-number = عددها را بررسی کنید: فقط رقم بنویسید، مثل 12 یا 53.4.
coord-error-times = ساعت پایان باید بعد از ساعت شروع باشد.

## Listings to check

coord-stale-title = موردهایی که باید بررسی شوند
coord-stale-intro = موردهایی که 90 روز بررسی نشده‌اند، باید بررسی شوند. بعد از 120 روز، مادران دیگر آن‌ها را نمی‌بینند. جزئیات را با مکان یا برگزارکننده بررسی کنید، سپس بررسی مورد را ثبت کنید.
coord-stale-none = همه‌ی موردها در 90 روز گذشته بررسی شده‌اند.
coord-kind-venue = مکان
coord-kind-programme = برنامه
coord-kind-session = جلسه
# $days is a whole number of days.
# In Persian the noun stays singular after a number, so both variants match.
coord-last-checked =
    { $days ->
        [0] امروز بررسی شد
        [one] آخرین بررسی: { $days } روز پیش
       *[other] آخرین بررسی: { $days } روز پیش
    }
coord-flagged = باید بررسی شود
coord-hidden = از دید مادران پنهان است
coord-owner-you = مسئول این مورد شما هستید
# $name is the name of the member of staff who looks after the listing.
coord-owner = مسئول: { $name }
coord-mark-checked = ثبت بررسی
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday }، ساعت { $start }، { $venue }

## Reports of wrong information

coord-reports-title = گزارش‌های اطلاعات نادرست
coord-reports-none = هیچ گزارشی باز نیست.
coord-messages-title = پیامک‌ها و ایمیل‌ها
coord-messages-undelivered = در ۷ روز گذشته نرسیده: { $count }
coord-messages-stuck = بیش از ۳۰ دقیقه در انتظار ارسال: { $count }
coord-report-no-note = گزارش‌دهنده نگفته است چه چیزی نادرست است.
# $date is a date written as 2026-11-23.
coord-reported-on = تاریخ گزارش: { $date }
coord-report-open = دیدن صفحه‌ی جلسه
coord-resolve = ثبت رسیدگی

## Days of the week

coord-weekday-1 = دوشنبه
coord-weekday-2 = سه‌شنبه
coord-weekday-3 = چهارشنبه
coord-weekday-4 = پنجشنبه
coord-weekday-5 = جمعه
coord-weekday-6 = شنبه
coord-weekday-7 = یکشنبه

## Organisations

coord-organisation-new = افزودن سازمان
coord-organisation-edit = ویرایش این سازمان
coord-field-name = نام
coord-field-kind = نوع سازمان
coord-field-website = وب‌سایت
coord-org-kind-nhs_trust = مؤسسه‌ی درمانی NHS
coord-org-kind-library_service = خدمات کتابخانه
coord-org-kind-charity = خیریه
coord-org-kind-council = شورای محلی
coord-org-kind-other = غیره

## Venues

coord-venue-new = افزودن مکان
coord-venue-edit = ویرایش این مکان
coord-field-organisation = سازمان
coord-field-address = نشانی
coord-field-town = شهر
coord-field-postcode = کد پستی
coord-field-place-hint = اگر عرض و طول جغرافیایی را خالی بگذارید، مکان از روی کد پستی پیدا می‌شود.
coord-field-lat = عرض جغرافیایی
coord-field-lon = طول جغرافیایی
coord-field-step-free = ورودی بدون پله
coord-field-buggy-space = جا برای کالسکه
coord-field-baby-change = جای تعویض پوشک
coord-field-breastfeeding = شیردهی در اینجا پذیرفته است
coord-field-bus-routes = اتوبوس‌های نزدیک

## Programmes

coord-programme-new = افزودن برنامه
coord-programme-edit = ویرایش این برنامه
coord-field-programme-kind = چه چیزی ارائه می‌دهد
coord-programme-kind-esol = کلاس‌های زبان انگلیسی (ESOL)
coord-programme-kind-rhyme_time = شعرهای کودکانه
coord-programme-kind-singing = گروه آواز
coord-programme-kind-breastfeeding_support = کمک برای شیردهی
coord-programme-kind-advice = مشاوره درباره‌ی پول، کار و مسکن
coord-programme-kind-other = چیز دیگر
coord-field-for-pregnant = برای مادران باردار هم باز است
coord-field-baby-min = کمترین سن کودک، به ماه
coord-field-baby-max = بیشترین سن کودک، به ماه
coord-field-cost = قیمت هر جلسه، به پنس (0 یعنی رایگان)
coord-field-booking = رزرو
coord-booking-booking = جا باید رزرو شود
coord-booking-drop_in = مراجعه‌ی آزاد، بدون رزرو
coord-field-format = شیوه‌ی برگزاری
coord-format-course = دوره: مادران برای کل ترم ثبت‌نام می‌کنند
coord-format-ongoing = هفته به هفته، بدون پایان
coord-english-words = به انگلیسی
coord-field-title = عنوان
coord-field-description = توضیحات
coord-field-what-to-bring = چه چیزی همراه بیاورند
coord-translations-title = به زبان‌های دیگر
coord-translations-intro = یک زبان را انتخاب کنید تا متن برنامه را به آن زبان اضافه یا ویرایش کنید.
coord-field-language = زبان
coord-save-translation = ذخیره‌ی این زبان
# $count is how many languages the programme has words in.
# In Persian the noun stays singular after a number, so both variants match.
coord-translation-count =
    { $count ->
        [one] به { $count } زبان
       *[other] به { $count } زبان
    }

## Sessions

coord-session-new = افزودن جلسه
coord-session-edit = ویرایش این جلسه
coord-field-programme = برنامه
coord-field-venue = مکان
coord-field-host = برگزارکننده
coord-field-frequency = هر چند وقت یک بار
coord-frequency-weekly = هر هفته
coord-frequency-fortnightly = هر دو هفته یک بار
coord-field-weekday = روز
coord-field-start = ساعت شروع
coord-field-end = ساعت پایان
coord-field-starts-on = اولین روز ترم
coord-field-ends-on = آخرین روز ترم
coord-field-ends-on-hint = برای جلسه‌ای که ادامه دارد، خالی بگذارید.
coord-field-capacity = تعداد جا
coord-field-capacity-hint = اگر محدودیتی نیست، خالی بگذارید.
coord-field-languages = زبان‌هایی که جلسه به آن‌ها برگزار می‌شود
coord-field-interpreter-languages = زبان‌هایی که مترجم یا کمک‌کننده‌ی دوزبانه پوشش می‌دهد
coord-field-cancelled = تاریخ‌هایی که جلسه برگزار نمی‌شود
coord-field-cancel-date = تاریخ دیگری که جلسه برگزار نمی‌شود
coord-add-date = افزودن این تاریخ
coord-no-cancelled = هیچ تاریخی لغو نشده است.
coord-remove = حذف
# $date is a date written as 2026-12-25.
coord-remove-date = حذف { $date }
coord-session-words-title = عنوان خود جلسه
coord-session-words-intro = هر جلسه می‌تواند عنوان خودش را داشته باشد، مثل «شعرهای کودکانه به عربی و انگلیسی». اگر خالی بگذارید، عنوان برنامه نشان داده می‌شود.

## فهرست‌ها از راهنماهای دیگر (فیدهای Open Referral UK)

feeds-title = فهرست‌ها از راهنماهای دیگر
feeds-back = بازگشت به راهنما
feeds-intro = PeriLink می‌تواند جلسه‌ها را از راهنمای دیگری که در قالب Open Referral UK منتشر می‌کند کپی کند تا دوباره آن‌ها را ننویسید. هر فید را هر روز می‌خواند. اگر فهرست کپی‌شده‌ای را اینجا تغییر دهید، تغییرهای بعدی فید منتظر تأیید شما می‌مانند.
feeds-add-title = افزودن فید
feeds-field-url = نشانی فید
feeds-field-url-hint = نشانی‌ای که خدماتش زیر آن فهرست شده‌اند، مانند https://example.org/openreferral
feeds-field-take = کدام خدمات کپی شوند
feeds-take-all = همه
feeds-take-taxonomy_term = آن‌هایی که در یک دسته‌اند
feeds-take-text = آن‌هایی که واژه‌های خاصی دارند
feeds-field-take-value = شناسهٔ دسته، یا واژه‌ها
feeds-add = افزودن فید
feeds-list-title = فیدهای شما
feeds-none = هنوز هیچ فیدی نیفزوده‌اید.
feeds-counts = فهرست‌ها: { $services }. منتظر شما: { $waiting }. دیگر در فید نیستند: { $gone }.
feeds-never-read = هنوز خوانده نشده. ظرف یک دقیقه پس از افزودن خوانده می‌شود.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = آخرین خواندن { $when }.
feeds-run-done = تازه: { $created }. به‌روزشده: { $updated }. منتظر شما: { $waiting }. دیگر در فید نیستند: { $gone }. کپی نشدند: { $skipped }.
feeds-problem-unreachable = چیزی تغییر نکرد. PeriLink نتوانست به فید برسد، یا پاسخ آن بیش از حد طول کشید. نشانی را بررسی کنید.
feeds-problem-server-error = چیزی تغییر نکرد. فید با خطا پاسخ داد. نشانی را بررسی کنید، یا منتظر خواندن بعدی بمانید.
feeds-problem-not-json = چیزی تغییر نکرد. این نشانی یک صفحهٔ وب می‌فرستد، نه فید. نشانی را بررسی کنید.
feeds-problem-wrong-schema = چیزی تغییر نکرد. فید در قالب Open Referral UK نسخهٔ ۳ نیست.
feeds-problem-endless-pages = چیزی تغییر نکرد. صفحه‌های فید تمامی ندارند. به گردانندهٔ فید خبر دهید.
feeds-problem-too-big = چیزی تغییر نکرد. فید برای کپی شدن در PeriLink بیش از حد بزرگ است.
feeds-error-address-refused = PeriLink فقط فیدهای اینترنت عمومی را می‌خواند. این نشانی در یک شبکهٔ خصوصی یا محلی است.
feeds-error-busy = این فید هم‌اکنون در حال خوانده شدن است. یک دقیقه صبر کنید، سپس دوباره نگاه کنید.
feeds-details = آنچه رخ داد، با جزئیات (به انگلیسی)
feeds-read-now = همین حالا بخوان
feeds-reading = در حال خواندن…
feeds-show-listings = فهرست‌هایش
feeds-no-listings = هنوز چیزی از این فید کپی نشده است.
feeds-side-title = عنوان
feeds-side-description = شرح
feeds-side-mine = نسخهٔ کنونی شما
feeds-side-theirs = تغییر فید
feeds-approve = تغییر فید را به کار ببر
feeds-reject = نسخهٔ خودتان را نگه دارید
feeds-waiting = منتظر شما
feeds-gone = دیگر در فید نیست
feeds-edited-here = اینجا تغییر کرده
feeds-duplicates-count = شبیه فهرست‌هایی هستند که از قبل دارید: { $count }. برای تصمیم‌گیری، فهرست‌های این فید را باز کنید.
feeds-duplicates-title = آیا این‌ها را از قبل فهرست کرده‌اید؟
feeds-duplicates-intro = این جلسه‌های فید شبیه جلسه‌هایی هستند که از قبل فهرست کرده‌اید: همان مکان، همان روز و ساعت، و نامی مشابه. تا شما تصمیم نگیرید کپی نمی‌شوند.
feeds-duplicate-mine = مال شما
feeds-duplicate-theirs = مال فید
feeds-duplicate-link = یکی هستند — پیوندشان بده
feeds-duplicate-separate = متفاوت‌اند — هر دو را فهرست کن
feeds-error-decided = درباره این از قبل تصمیم گرفته شده است. دوباره به فهرست‌های فید نگاه کنید.

## A session's dates from a partner's calendar (.ics)

calendar-title = تاریخ‌ها از یک تقویم
calendar-intro = اگر یک همکار، مانند کتابخانه یا مرکز کودکان، تاریخ‌های این جلسه را در یک تقویم نگه می‌دارد، PeriLink می‌تواند هر روز آن‌ها را از آن بگیرد. رویداد لغوشده تاریخ خود را لغو می‌کند و به مادرانی که آن را رزرو کرده‌اند خبر داده می‌شود.
calendar-url = تاریخ‌ها را از نشانی یک تقویم (.ics) بگیر
calendar-words = فقط رویدادهایی که عنوانشان این کلمه‌ها را دارد
calendar-words-hint = برای گرفتن همهٔ رویدادهای تقویم خالی بگذارید.
calendar-save = نشانی تقویم را ذخیره کن
calendar-read-now = همین حالا بخوان
calendar-never-read = هنوز خوانده نشده. ظرف یک دقیقه پس از ذخیره خوانده می‌شود.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = آخرین خواندن { $when }.
calendar-read-done = تاریخ‌ها در سال پیش رو: { $dates }. اضافه‌شده: { $added }. لغوشده: { $cancelled }. مادرانی که خبر گرفتند: { $told }.
calendar-problem-unreachable = چیزی تغییر نکرد. PeriLink نتوانست به تقویم برسد، یا پاسخ آن بیش از حد طول کشید. نشانی را بررسی کنید.
calendar-problem-server-error = چیزی تغییر نکرد. نشانی تقویم با خطا پاسخ داد. نشانی را بررسی کنید، یا منتظر خواندن بعدی بمانید.
calendar-problem-not-calendar = چیزی تغییر نکرد. این نشانی تقویمی نمی‌فرستد که PeriLink بتواند بخواند. نشانی را بررسی کنید.
calendar-problem-no-events = چیزی تغییر نکرد. تقویم رویدادی ندارد، یا هیچ رویدادی این کلمه‌ها را در عنوانش ندارد.
calendar-problem-too-big = چیزی تغییر نکرد. تقویم برای خواندن PeriLink بیش از حد بزرگ است.
