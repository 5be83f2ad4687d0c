# PeriLink interface text: Farsi / Persian (fa), translated from the English
# source (en): screening questions, results and help.
# This translation awaits review by a native speaker.
#
# CLINICAL USE: the PHQ-9, GAD-2 and Whooley questions and answers below are
# our own faithful translation of the public-domain English wording, not a
# validated translation. Validated official translations (for the PHQ-9 and
# GAD-2, those at phqscreeners.com) should replace these before clinical use.
#
# Notes for translators:
# - A mother may be worried or unwell: keep the words plain, warm and calm.
# - The text speaks to the reader politely as شما. Use Persian ی and ک, and a
#   zero-width non-joiner in forms like جلسه‌ها and می‌کند.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Keep the short names EPDS, PHQ-9, GAD-2, Whooley, NICE and NHS as they are.
#   Phone numbers arrive as digits in $number.
# - Bands: "possible depression" is احتمال افسردگی and "probable depression"
#   is احتمال زیاد افسردگی, so the two are never mixed up.
# - "Midwife" is ماما, "GP" پزشک خانواده (GP), "health visitor" مراقب سلامت.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = بررسی حال و سلامت
screening-intro-epds = ده سؤال کوتاه درباره‌ی حال شما در 7 روز گذشته. جواب درست یا غلط وجود ندارد.
screening-epds-not-here = پرسشنامه‌ای که خواستید هنوز به زبان شما در دسترس نیست، پس این پرسشنامه دیگری است که درباره همان چیزها می‌پرسد.
screening-intro-phq9 = نه سؤال درباره‌ی حال شما در 2 هفته‌ی گذشته.
screening-intro-gad2 = دو سؤال درباره‌ی نگرانی در 2 هفته‌ی گذشته.
screening-intro-whooley = دو سؤال درباره‌ی حال شما در یک ماه گذشته.
screening-private = فقط شما و کسانی که از شما مراقبت می‌کنند جواب‌هایتان را می‌بینند. تا وقتی جواب‌ها را بررسی نکنید و خودتان فرستادن را انتخاب نکنید، چیزی فرستاده نمی‌شود.
screening-start = شروع
# A folded list of the other questionnaires she may take instead.
screening-other = پرسشنامه‌های دیگر
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = بررسی حال و سلامت (EPDS، 10 سؤال)
screening-name-phq9 = سؤال‌های حال و خلق (PHQ-9، 9 سؤال)
screening-name-gad2 = سؤال‌های نگرانی (GAD-2، 2 سؤال)
screening-name-whooley = دو سؤال کوتاه (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = سؤال { $n } از { $total }
screening-back = قبلی
screening-next = بعدی
screening-choose-answer = لطفاً یک جواب را انتخاب کنید.
screening-review-title = جواب‌های خود را بررسی کنید
screening-review-intro = هنوز چیزی فرستاده نشده است. پیش از فرستادن می‌توانید هر جوابی را تغییر دهید.
screening-review-question = سؤال { $n }
screening-not-answered = بی‌جواب
screening-change = تغییر
# For screen readers, on each "Change" button.
screening-change-label = تغییر جواب شما به سؤال { $n }
screening-send = فرستادن جواب‌های من
screening-sending = در حال فرستادن…
screening-loading-questions = در حال آوردن سؤال‌ها…
screening-try-again = دوباره امتحان کنید
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = سؤال { $n } از EPDS – متن دارای مجوز نصب نشده است
screening-epds-placeholder-option = گزینه‌ی { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = منبع:

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = در 2 هفته‌ی گذشته، چند وقت یک بار هر یک از مشکلات زیر آزارتان داده است؟
screening-phq9-q1 = علاقه یا لذت کم به انجام کارها
screening-phq9-q2 = احساس غمگینی، افسردگی یا ناامیدی
screening-phq9-q3 = مشکل در به خواب رفتن یا در خواب ماندن، یا خوابیدن بیش از حد
screening-phq9-q4 = احساس خستگی یا کم‌انرژی بودن
screening-phq9-q5 = کم‌اشتهایی یا پرخوری
screening-phq9-q6 = احساس بد درباره‌ی خودتان — یا اینکه آدم شکست‌خورده‌ای هستید یا خودتان یا خانواده‌تان را ناامید کرده‌اید
screening-phq9-q7 = مشکل در تمرکز روی کارها، مثل خواندن روزنامه یا تماشای تلویزیون
screening-phq9-q8 = آن‌قدر آهسته حرکت کردن یا حرف زدن که دیگران هم می‌توانستند متوجه شوند؟ یا برعکس — آن‌قدر بی‌قرار و ناآرام بودن که خیلی بیشتر از معمول این طرف و آن طرف رفته‌اید
screening-phq9-q9 = فکر اینکه بهتر بود مرده بودید، یا فکر اینکه به نوعی به خودتان آسیب بزنید
screening-gad2-stem = در 2 هفته‌ی گذشته، چند وقت یک بار مشکلات زیر آزارتان داده است؟
screening-gad2-q1 = احساس عصبی بودن، اضطراب یا تنش
screening-gad2-q2 = نتوانستن در متوقف کردن یا کنترل نگرانی
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = اصلاً
screening-freq-1 = چند روز
screening-freq-2 = بیشتر از نیمی از روزها
screening-freq-3 = تقریباً هر روز
screening-phq-attribution = PHQ-9 و GAD-2: ساخته‌ی دکتر Robert L. Spitzer، دکتر Janet B.W. Williams، دکتر Kurt Kroenke و همکاران، با کمک‌هزینه‌ی آموزشی از Pfizer Inc. برای تکثیر، ترجمه، نمایش یا توزیع آن‌ها اجازه لازم نیست.

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = در یک ماه گذشته، آیا بارها احساس غمگینی، افسردگی یا ناامیدی آزارتان داده است؟
screening-whooley-q2 = در یک ماه گذشته، آیا بارها کم بودن علاقه یا لذت به انجام کارها آزارتان داده است؟
# The answers, in this order: "No" first.
screening-no = نه
screening-yes = بله
screening-whooley-attribution = سؤال‌های Whooley، طبق توصیه‌ی راهنمای NICE شماره‌ی CG192، سلامت روان پیش و پس از زایمان.

## After she sends her answers. Never show her a score.

screening-thanks-title = متشکریم
screening-thanks = جواب‌های شما ذخیره شد. کسانی که از شما مراقبت می‌کنند می‌توانند آن‌ها را ببینند.
screening-thanks-talk = اگر کارها سخت به نظر می‌رسد، هر وقت بخواهید می‌توانید با ماما، مراقب سلامت یا پزشک خانواده (GP) خود صحبت کنید.
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = اگر هر وقت به کمک نیاز داشتید
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = همین حالا به 10 سؤال دیگر جواب دهید
screening-back-to-my = رفتن به جلسه‌های من
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = لطفاً همین امروز کمک بگیرید
screening-help-intro = جواب‌های شما نشان می‌دهد که شاید همین حالا به کمک بیشتری نیاز داشته باشید. شما تنها نیستید و کمک برای شما هست.
screening-help-midwife = همین امروز با ماما یا پزشک خانواده (GP) خود صحبت کنید.
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = با NHS به شماره‌ی { $number } تماس بگیرید و برای سلامت روان گزینه‌ی { $option } را انتخاب کنید
screening-help-999 = در شرایط اضطراری، یا اگر حس می‌کنید ممکن است به فکر آسیب زدن به خودتان عمل کنید، با { $number } تماس بگیرید
screening-help-samaritans = با Samaritans به شماره‌ی { $number } به‌طور رایگان تماس بگیرید، هر ساعت از شبانه‌روز
screening-help-told = به ماما و تیم مراقبت شما خبر داده‌ایم تا بتوانند با شما تماس بگیرند.

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = بررسی‌های حال و سلامت
screening-staff-intro = به هشدارهای ایمنی رسیدگی کنید، و پرسشنامه‌ای را که مادری در درمانگاه همراه شما پر می‌کند ثبت کنید.

## Safety alerts: the panel on the staff pages.

alerts-title = هشدارهای ایمنی
alerts-intro = هر هشدار را همین امروز پیگیری کنید، سپس برای بستن آن بنویسید چه کردید.
alerts-empty = هیچ هشدار بازی نیست.
alerts-count =
    { $count ->
        [one] یک هشدار باز
       *[other] { $count } هشدار باز
    }
alerts-reason-urgent = به سؤال ایمنی جواب داده شده (فکر آسیب به خود): پیگیری ایمنی در همان روز
alerts-reason-probable = نمره در محدوده‌ی احتمال زیاد افسردگی: برای ارزیابی ارجاع دهید
alerts-escalated = به هماهنگ‌کننده‌ها سپرده شد
alerts-raised = زمان هشدار: { $when }
alerts-note-label = چه کردید؟
alerts-note-hint = برای مثال: به او تلفن شد، برای همان روز وقت پزشک خانواده (GP) گرفته شد.
alerts-acknowledge = تأیید رسیدگی
alerts-acknowledging = در حال ذخیره…
alerts-note-needed = پیش از تأیید هشدار، بنویسید چه کردید.
alerts-acknowledged = هشدار { $name } تأیید شد.
alerts-already = کس دیگری پیش‌تر این هشدار را تأیید کرده است.
alerts-refresh = دیدن هشدارهای تازه
alerts-her-results = نتیجه‌های او

## Recording a questionnaire given in clinic.

screening-record-title = ثبت پرسشنامه‌ای که در درمانگاه پر شده است
screening-find-label = پیدا کردن مادر: نام، تلفن، ایمیل یا شماره‌ی NHS
screening-find = جستجو
screening-find-none = کسی پیدا نشد. مادرانی که زیر نظر شما هستند با نام پیدا می‌شوند؛ بقیه فقط با تلفن، ایمیل یا شماره‌ی NHS کامل.
# A button on each mother found.
screening-choose-mother = انتخاب { $name }
screening-for = پرسشنامه‌های { $name }
screening-change-mother = انتخاب کس دیگر
screening-instrument-label = پرسشنامه
screening-language-label = زبانی که مادر به آن جواب می‌دهد
screening-validated-yes = این نسخه‌ی زبانی اعتبارسنجی شده است.
screening-validated-no = این نسخه‌ی زبانی اعتبارسنجی نشده است: نتیجه را با احتیاط تفسیر کنید.
screening-wording-not-installed = متن دارای مجوز EPDS برای این زبان نصب نشده است، پس EPDS را نمی‌توان به این زبان به کار برد: PHQ-9، GAD-2 یا Whooley را انتخاب کنید.
screening-record-start = شروع پرسشنامه
screening-cancel = لغو

## The result, for staff.

screening-staff-result-title = نتیجه ثبت شد
screening-staff-total = جمع { $total }: { $band }
screening-staff-urgent = نمره‌ی سؤال ایمنی 1 یا بیشتر: پیگیری ایمنی در همان روز.
screening-staff-alert = یک هشدار ایمنی برای تیم مراقبت او فرستاده شد.
screening-staff-anxiety = زیرمقیاس اضطراب EPDS-3A: { $score }
screening-staff-validated = نسخه‌ی زبانی: اعتبارسنجی شده
screening-staff-not-validated = نسخه‌ی زبانی: اعتبارسنجی نشده
screening-record-another = ثبت پرسشنامه‌ی دیگر
screening-band-none = زیر آستانه
screening-band-possible = احتمال افسردگی
screening-band-probable = احتمال زیاد افسردگی: برای ارزیابی ارجاع دهید
screening-band-mild = خفیف
screening-band-moderate = متوسط
screening-band-moderately-severe = نسبتاً شدید
screening-band-severe = شدید
screening-band-positive = مثبت: ارزیابی کامل را پیشنهاد دهید

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = جمع نمره‌های EPDS در طول زمان
screening-chart-title-phq9 = جمع نمره‌های PHQ-9 در طول زمان
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } احتمال افسردگی
screening-chart-line-probable = { $score } احتمال زیاد
screening-chart-line-moderate = { $score } متوسط
screening-chart-line-moderately-severe = { $score } نسبتاً شدید
screening-chart-summary =
    { $count ->
        [one] یک نتیجه: { $total } در { $date }
       *[other] { $count } نتیجه؛ آخرین: { $total } در { $date }
    }
screening-chart-empty = هنوز نتیجه‌ای از EPDS یا PHQ-9 نیست.
screening-chart-table = نشان دادن به شکل جدول
screening-chart-date = تاریخ
screening-chart-total = جمع
screening-chart-result = نتیجه

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = یک بررسی حال و سلامت دارید که باید انجام دهید
due-screening-intro = دوره‌ی شما در چند مرحله از همه می‌پرسد حالشان چطور است. چند دقیقه طول می‌کشد. فقط شما و کسانی که از شما مراقبت می‌کنند جواب‌هایتان را می‌بینند.
due-screening-point-baseline = شروع دوره
due-screening-point-week6 = هفته‌ی ششم دوره
due-screening-point-end = پایان دوره
# $date is a date such as "Monday 14 December".
due-screening-until = لطفاً تا { $date } انجامش دهید
due-screening-start = انجام بررسی
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = بررسی‌های برنامه‌ریزی‌شده
schedule-empty = هیچ‌کدام از دوره‌های او بررسی‌ای برنامه‌ریزی نکرده است.
schedule-due-on = موعد { $date }
schedule-status-upcoming = هنوز باز نشده
schedule-status-due = اکنون موعد آن است
schedule-status-done = انجام شد
schedule-status-overdue = موعدش گذشته
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = برنامه‌ی غربالگری
schedule-edit-intro = از مادرانی که در این دوره ثبت‌نام کرده‌اند خواسته می‌شود این پرسشنامه را در مرحله‌هایی که علامت می‌زنید پر کنند، و وقتی موعد هر کدام برسد به آن‌ها یادآوری می‌شود.
schedule-edit-instrument = پرسشنامه
schedule-edit-points = چه زمانی
schedule-edit-save = ذخیره‌ی برنامه

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = بررسی‌های من
checkins-none = هنوز بررسی‌ای انجام نشده است.
checkins-intro = روزهایی که بررسی انجام دادید. برای دیدن اینکه هر کدام کدام پرسشنامه بود، رمز PIN یا رمز عبور خود را وارد کنید.
checkins-password-label = یا رمز عبورتان
checkins-password-wrong = این رمز عبور شما نیست.
checkins-show = نشان دادن نوع
screening-not-shared = نتایج پرسش‌نامه‌های او با شما به اشتراک گذاشته نمی‌شود: او موافقت نکرده آن‌ها را با تیم مراقبتش به اشتراک بگذارد، یا تحت مراقبت شما نیست. هشدارهای ایمنی درباره او همچنان به تیم مراقبتش می‌رسد.
