# PeriLink interface text: Farsi / Persian (fa), translated from the English
# source (en): outcome reports, for coordinators.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - These screens are for coordinators and the people who fund the sessions:
#   plain, short work language is fine.
# - The text speaks to the reader politely as شما. Use Persian ی and ک, and a
#   zero-width non-joiner in forms like جلسه‌ها and می‌کند.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Keep the references { reports-suppressed } and { reports-hidden } as they
#   are: they show the same marks as the tables.
# - Words as in staff.ftl and referrals.ftl: "programme" برنامه, "venue" مکان,
#   "referral" ارجاع, "places" جا. "Probable depression" is احتمال زیاد
#   افسردگی, as in screening.ftl.
# - A count from 1 to 4 is shown as words (کمتر از 5) rather than "<5", so the
#   sign is not turned around in right-to-left text.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = نتیجه‌ها
reports-intro = مادران ارجاع‌شده چه وضعی داشتند: آیا دیده شدند، آیا به آمدن ادامه دادند، و آیا حالشان بهتر شد؟
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = برای حفظ حریم خصوصی مادران، تعداد 1 تا 4 به شکل { reports-suppressed } نشان داده می‌شود، و سهم یا میانگینی که از آن حساب شود نشان داده نمی‌شود ({ reports-hidden }).
# A link back to the coordinator's main page.
reports-back = بازگشت به فهرست

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = تاریخ‌ها و گروه‌بندی
reports-from = از
reports-to = تا
reports-group-by = گروه‌بندی بر اساس
reports-show = نشان دادن
reports-error-dates = تاریخ‌ها را بررسی کنید: هر کدام باید یک روز واقعی باشد، و «از» نباید بعد از «تا» باشد.

# What a report's rows can be.
reports-group-programme = برنامه
reports-group-kind = نوع جلسه
reports-group-venue = مکان
reports-group-language = زبان مادر
reports-group-interpreter = نیاز به مترجم
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = هنوز جلسه‌ای انتخاب نشده
reports-interpreter-yes = به مترجم نیاز دارد
reports-interpreter-no = به مترجم نیاز ندارد
# The last row of a table: every group together.
reports-total = همه

## The parts of the page

reports-referrals-title = ارجاع‌ها
reports-referrals-intro = ارجاع‌هایی که بین این تاریخ‌ها انجام شده‌اند، و اینکه هر کدام تا کجا پیش رفته است.
reports-funnel-chart = از ارجاع تا پایان، همه‌ی ارجاع‌ها
reports-attendance-title = حضور
reports-attendance-intro = جلسه‌هایی که بین این تاریخ‌ها برگزار شده‌اند: چه کسانی آمدند، چه کسانی به آمدن ادامه دادند، و چه کسانی منتظر جا هستند.
reports-screening-title = تغییر نمره‌ی EPDS
reports-screening-intro = مادرانی که EPDS را در شروع دوره و دوباره در هفته‌ی 6 یا در پایان پر کرده‌اند. نمره‌ی کمتر بهتر است؛ 13 یا بیشتر یعنی احتمال زیاد افسردگی.
reports-screening-chart = میانگین نمره‌ی EPDS در شروع، در هفته‌ی 6 و در پایان
reports-equity-title = برای همه‌ی مادران منصفانه است؟
reports-equity-intro = همین عددها بر اساس زبان مادر و اینکه به مترجم نیاز دارد یا نه.
reports-records-title = سوابق ارجاع
reports-records-intro = یک ردیف برای هر ارجاعی که بین این تاریخ‌ها انجام شده، طبق استاندارد اطلاعات نسخه‌ی اجتماعی PRSB (Social Prescribing Information Standard)، بدون نام. برای سیستم‌های سفارش‌دهندگان خدمات و NHS.
reports-records-csv = دانلود سوابق ارجاع (CSV)
reports-records-fhir = دانلود سوابق ارجاع (FHIR)
reports-downloading = در حال آماده کردن فایل…

## Tables and charts

reports-download-csv = دانلود این جدول (CSV)
reports-table-empty = بین این تاریخ‌ها چیزی ثبت نشده است.
reports-chart-empty = بین این تاریخ‌ها چیزی برای رسم نیست.
# Before a list of groups too small to draw.
reports-chart-not-shown = رسم نشده، کمتر از 5 مادر:
# The dashed line on the EPDS chart.
reports-chart-probable = 13: احتمال زیاد افسردگی
# The three points in time on the EPDS chart.
reports-chart-baseline = شروع
reports-chart-week6 = هفته‌ی 6
reports-chart-end = پایان
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = در مقایسه با
reports-follow-up-week6 = هفته‌ی 6
reports-follow-up-end = پایان دوره
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = کمتر از 5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = کمتر از 5
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = نشان داده نمی‌شود
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } روز

## Column headings

reports-col-sent = ارجاع‌شده
reports-col-accepted = پذیرفته‌شده
reports-col-booked = رزروشده
reports-col-attending = دست‌کم یک بار آمده
reports-col-completed = تمام‌کرده
reports-col-declined = ردشده
reports-col-withdrawn = کنار کشیده
reports-col-did-not-attend = دیگر نیامده
reports-col-attended-percent = سهم کسانی که آمدند
reports-col-median-days-to-attend = روزها تا اولین جلسه (میانه)
reports-col-sessions-held = جلسه‌های برگزارشده
reports-col-attendances = دفعات حضور
reports-col-mothers = مادرانی که آمدند
reports-col-mothers-3-plus = 3 بار یا بیشتر آمده
reports-col-waiting = در فهرست انتظار
reports-col-paired = مادرانی که دو بار بررسی شدند
reports-col-mean-baseline = میانگین نمره در شروع
reports-col-mean-follow-up = میانگین نمره در ادامه
reports-col-mean-change = میانگین تغییر
reports-col-fell-4-plus = نمره 4 یا بیشتر پایین آمده
reports-col-fell-4-plus-percent = سهم کسانی که نمره‌شان 4 یا بیشتر پایین آمده
reports-col-probable-at-baseline = 13 یا بیشتر در شروع
reports-col-left-probable = از این‌ها، اکنون زیر 13
reports-col-left-probable-percent = سهم کسانی که اکنون زیر 13 هستند
reports-col-unvalidated = از این جفت‌ها، آن‌هایی که با ترجمه‌ای تأییدنشده گرفته شده‌اند
