# PeriLink interface text: Urdu (ur), translated from the English source (en):
# the staff screens.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - These screens are for staff (coordinators, midwives, session hosts), so
#   words like "پروگرام" (programme), "جگہ" (venue) and "ٹرم" (term) are
#   fine; keep sentences short.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - The text speaks to the reader politely as آپ, with forms that suit women
#   and men alike (کریں, not کرتی ہیں or کرتے ہیں).
# - Words as in main.ftl: "session" نشست, "programme" پروگرام, "host" میزبان,
#   "organisation" ادارہ. A "listing" (one entry in the directory) is اندراج,
#   and "checking" it is جانچ. "Places" (how many can come) is not جگہیں or
#   نشستیں here, so it is not mixed up with venues or sessions.

## Coordinator: keeping the directory right

coord-title = ڈائریکٹری کو درست رکھیں
coord-intro = نشستیں، پروگرام اور جگہیں شامل کریں یا ان میں ترمیم کریں، اور اندراجات کی جانچ کریں۔ مائیں آپ کی تبدیلیاں فوراً دیکھ لیتی ہیں۔
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = ڈائریکٹری کے حصے
coord-tab-check = جانچ کے لیے
coord-tab-sessions = نشستیں
coord-tab-programmes = پروگرام
coord-tab-venues = جگہیں
coord-tab-organisations = ادارے

## Saving

coord-save = محفوظ کریں
coord-working = محفوظ ہو رہا ہے…
coord-saved = محفوظ ہو گیا۔ مائیں اب یہ تبدیلی دیکھ سکتی ہیں۔
coord-new = اس کے بجائے نیا شامل کریں
coord-edit = ترمیم کریں
# The first, empty choice in a drop-down list.
coord-choose = منتخب کریں…
coord-error-invalid = کچھ تفصیلات موجود نہیں یا درست نہیں ہیں۔ فارم دیکھیں اور دوبارہ کوشش کریں۔
coord-error-postcode = ہم یہ پوسٹ کوڈ نہیں پہچانتے۔ اسے دیکھیں، یا عرض بلد اور طول بلد لکھیں۔
coord-error-gone = کسی اور نے اسے بدل دیا ہے یا ہٹا دیا ہے۔ صفحہ دوبارہ لوڈ کریں اور دوبارہ کوشش کریں۔
coord-error-number = نمبر دیکھیں: صرف ہندسے لکھیں، جیسے 12 یا 53.4۔
coord-error-times = ختم ہونے کا وقت شروع ہونے کے وقت کے بعد ہونا چاہیے۔

## Listings to check

coord-stale-title = جانچ کے لیے اندراجات
coord-stale-intro = جن اندراجات کی 90 دن سے جانچ نہیں ہوئی، ان کی جانچ کا وقت ہے۔ 120 دن کے بعد مائیں انہیں نہیں دیکھ سکتیں۔ جگہ یا میزبان سے تفصیلات کی تصدیق کریں، پھر اندراج پر جانچ کا نشان لگائیں۔
coord-stale-none = پچھلے 90 دنوں میں ہر اندراج کی جانچ ہو چکی ہے۔
coord-kind-venue = جگہ
coord-kind-programme = پروگرام
coord-kind-session = نشست
# $days is a whole number of days.
# In Urdu دن is the same for one and many, so both variants match.
coord-last-checked =
    { $days ->
        [0] آج جانچ ہوئی
        [one] آخری جانچ { $days } دن پہلے
       *[other] آخری جانچ { $days } دن پہلے
    }
coord-flagged = جانچ کا وقت ہے
coord-hidden = ماؤں سے چھپا ہوا
coord-owner-you = یہ آپ کی ذمہ داری ہے
# $name is the name of the member of staff who looks after the listing.
coord-owner = ذمہ دار: { $name }
coord-mark-checked = جانچ کا نشان لگائیں
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday }، { $start } بجے، { $venue }

## Reports of wrong information

coord-reports-title = غلط معلومات کی رپورٹیں
coord-reports-none = کوئی کھلی رپورٹ نہیں ہے۔
coord-messages-title = ٹیکسٹ میسجز اور ای میلز
coord-messages-undelivered = پچھلے 7 دنوں میں نہیں پہنچے: { $count }
coord-messages-stuck = 30 منٹ سے زیادہ سے بھیجے جانے کے منتظر: { $count }
coord-report-no-note = رپورٹ کرنے والے نے نہیں بتایا کہ کیا غلط ہے۔
# $date is a date written as 2026-11-23.
coord-reported-on = رپورٹ کی تاریخ: { $date }
coord-report-open = نشست کا صفحہ دیکھیں
coord-resolve = نمٹ جانے کا نشان لگائیں

## Days of the week

coord-weekday-1 = پیر
coord-weekday-2 = منگل
coord-weekday-3 = بدھ
coord-weekday-4 = جمعرات
coord-weekday-5 = جمعہ
coord-weekday-6 = ہفتہ
coord-weekday-7 = اتوار

## Organisations

coord-organisation-new = ادارہ شامل کریں
coord-organisation-edit = اس ادارے میں ترمیم کریں
coord-field-name = نام
coord-field-kind = ادارے کی قسم
coord-field-website = ویب سائٹ
coord-org-kind-nhs_trust = NHS ٹرسٹ
coord-org-kind-library_service = لائبریری سروس
coord-org-kind-charity = خیراتی ادارہ
coord-org-kind-council = کونسل
coord-org-kind-other = کوئی اور

## Venues

coord-venue-new = جگہ شامل کریں
coord-venue-edit = اس جگہ میں ترمیم کریں
coord-field-organisation = ادارہ
coord-field-address = پتہ
coord-field-town = شہر
coord-field-postcode = پوسٹ کوڈ
coord-field-place-hint = اگر عرض بلد اور طول بلد خالی چھوڑیں تو جگہ پوسٹ کوڈ سے ڈھونڈ لی جائے گی۔
coord-field-lat = عرض بلد
coord-field-lon = طول بلد
coord-field-step-free = سیڑھیوں کے بغیر داخلہ
coord-field-buggy-space = بچہ گاڑی (بگی) کے لیے جگہ
coord-field-baby-change = بچے کا ڈائپر بدلنے کی جگہ
coord-field-breastfeeding = اپنا دودھ پلانے والی ماؤں کو خوش آمدید
coord-field-bus-routes = قریبی بسیں

## Programmes

coord-programme-new = پروگرام شامل کریں
coord-programme-edit = اس پروگرام میں ترمیم کریں
coord-field-programme-kind = یہ کیا پیش کرتا ہے
coord-programme-kind-esol = انگریزی کی کلاسیں (ESOL)
coord-programme-kind-rhyme_time = بچوں کی نظموں کا وقت
coord-programme-kind-singing = گانے کا گروپ
coord-programme-kind-breastfeeding_support = بچے کو اپنا دودھ پلانے میں مدد
coord-programme-kind-advice = پیسے، کام اور رہائش کے بارے میں مشورہ
coord-programme-kind-other = کچھ اور
coord-field-for-pregnant = حاملہ ماؤں کے لیے بھی کھلا ہے
coord-field-baby-min = سب سے چھوٹا بچہ، مہینوں میں
coord-field-baby-max = سب سے بڑا بچہ، مہینوں میں
coord-field-cost = ہر نشست کی قیمت، پنس میں (0 کا مطلب ہے مفت)
coord-field-booking = بکنگ
coord-booking-booking = پہلے سے بکنگ ضروری ہے
coord-booking-drop_in = بغیر بکنگ، مائیں سیدھی آ سکتی ہیں
coord-field-format = یہ کیسے چلتا ہے
coord-format-course = کورس: مائیں پورے ٹرم کے لیے داخلہ لیتی ہیں
coord-format-ongoing = ہر ہفتے، ختم ہونے کی کوئی تاریخ نہیں
coord-english-words = انگریزی میں
coord-field-title = عنوان
coord-field-description = تفصیل
coord-field-what-to-bring = ساتھ کیا لانا ہے
coord-translations-title = دوسری زبانوں میں
coord-translations-intro = کوئی زبان منتخب کریں تاکہ اس زبان میں پروگرام کے الفاظ شامل کر سکیں یا بدل سکیں۔
coord-field-language = زبان
coord-save-translation = یہ زبان محفوظ کریں
# $count is how many languages the programme has words in.
coord-translation-count =
    { $count ->
        [one] { $count } زبان میں
       *[other] { $count } زبانوں میں
    }

## Sessions

coord-session-new = نشست شامل کریں
coord-session-edit = اس نشست میں ترمیم کریں
coord-field-programme = پروگرام
coord-field-venue = جگہ
coord-field-host = میزبان
coord-field-frequency = کتنی بار
coord-frequency-weekly = ہر ہفتے
coord-frequency-fortnightly = ہر دو ہفتے بعد
coord-field-weekday = دن
coord-field-start = شروع ہونے کا وقت
coord-field-end = ختم ہونے کا وقت
coord-field-starts-on = ٹرم کا پہلا دن
coord-field-ends-on = ٹرم کا آخری دن
coord-field-ends-on-hint = جو نشست چلتی رہتی ہے، اس کے لیے خالی چھوڑ دیں۔
coord-field-capacity = زیادہ سے زیادہ تعداد
coord-field-capacity-hint = کوئی حد نہ ہو تو خالی چھوڑ دیں۔
coord-field-languages = نشست کن زبانوں میں ہوتی ہے
coord-field-interpreter-languages = وہ زبانیں جو ترجمان یا دو زبانیں بولنے والا مددگار بولتا ہے
coord-field-cancelled = وہ تاریخیں جب نشست نہیں ہوتی
coord-field-cancel-date = ایک اور تاریخ جب نشست نہیں ہوتی
coord-add-date = یہ تاریخ شامل کریں
coord-no-cancelled = کوئی تاریخ منسوخ نہیں ہے۔
coord-remove = ہٹائیں
# $date is a date written as 2026-12-25.
coord-remove-date = { $date } ہٹائیں
coord-session-words-title = نشست کا اپنا عنوان
coord-session-words-intro = کسی نشست کا اپنا عنوان ہو سکتا ہے، جیسے "عربی اور انگریزی میں بچوں کی نظموں کا وقت"۔ پروگرام کا عنوان استعمال کرنے کے لیے اسے خالی چھوڑ دیں۔

## دوسری ڈائریکٹریوں سے فہرستیں (Open Referral UK فیڈز)

feeds-title = دوسری ڈائریکٹریوں سے فہرستیں
feeds-back = ڈائریکٹری پر واپس
feeds-intro = PeriLink کسی ایسی دوسری ڈائریکٹری سے سیشن کاپی کر سکتا ہے جو Open Referral UK میں شائع کرتی ہو، تاکہ آپ کو انہیں دوبارہ نہ لکھنا پڑے۔ یہ ہر فیڈ کو روزانہ پڑھتا ہے۔ اگر آپ یہاں کاپی شدہ فہرست بدلیں تو فیڈ کی بعد کی تبدیلیاں آپ کی منظوری کا انتظار کرتی ہیں۔
feeds-add-title = فیڈ شامل کریں
feeds-field-url = فیڈ کا پتہ
feeds-field-url-hint = وہ پتہ جس کے تحت اس کی خدمات درج ہیں، جیسے https://example.org/openreferral
feeds-field-take = کون سی خدمات کاپی کرنی ہیں
feeds-take-all = سب
feeds-take-taxonomy_term = جو ایک زمرے میں ہوں
feeds-take-text = جن میں کچھ الفاظ ہوں
feeds-field-take-value = زمرے کی شناخت، یا الفاظ
feeds-add = فیڈ شامل کریں
feeds-list-title = آپ کی فیڈز
feeds-none = آپ نے ابھی کوئی فیڈ شامل نہیں کی۔
feeds-counts = فہرستیں: { $services }۔ آپ کی منتظر: { $waiting }۔ اب فیڈ میں نہیں: { $gone }۔
feeds-never-read = ابھی پڑھی نہیں گئی۔ شامل کرنے کے ایک منٹ کے اندر پڑھی جاتی ہے۔
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = آخری بار پڑھی گئی { $when }۔
feeds-run-done = نئی: { $created }۔ تازہ کی گئیں: { $updated }۔ آپ کی منتظر: { $waiting }۔ اب فیڈ میں نہیں: { $gone }۔ کاپی نہ ہو سکیں: { $skipped }۔
feeds-problem-unreachable = کچھ نہیں بدلا۔ PeriLink فیڈ تک نہیں پہنچ سکا، یا جواب میں بہت دیر لگی۔ پتہ چیک کریں۔
feeds-problem-server-error = کچھ نہیں بدلا۔ فیڈ نے غلطی کے ساتھ جواب دیا۔ پتہ چیک کریں، یا اگلی بار پڑھے جانے کا انتظار کریں۔
feeds-problem-not-json = کچھ نہیں بدلا۔ یہ پتہ ویب صفحہ بھیجتا ہے، فیڈ نہیں۔ پتہ چیک کریں۔
feeds-problem-wrong-schema = کچھ نہیں بدلا۔ فیڈ Open Referral UK ورژن 3 کی شکل میں نہیں ہے۔
feeds-problem-endless-pages = کچھ نہیں بدلا۔ فیڈ کے صفحے ختم ہی نہیں ہوتے۔ فیڈ چلانے والے کو بتائیں۔
feeds-problem-too-big = کچھ نہیں بدلا۔ فیڈ اتنی بڑی ہے کہ PeriLink اسے کاپی نہیں کر سکتا۔
feeds-error-address-refused = PeriLink صرف عوامی انٹرنیٹ سے فیڈ پڑھتا ہے۔ یہ پتہ کسی نجی یا مقامی نیٹ ورک پر ہے۔
feeds-error-busy = یہ فیڈ ابھی پڑھی جا رہی ہے۔ ایک منٹ انتظار کریں، پھر دوبارہ دیکھیں۔
feeds-details = کیا ہوا، تفصیل سے (انگریزی میں)
feeds-read-now = ابھی پڑھیں
feeds-reading = پڑھ رہا ہے…
feeds-show-listings = اس کی فہرستیں
feeds-no-listings = اس فیڈ سے ابھی کچھ کاپی نہیں ہوا۔
feeds-side-title = عنوان
feeds-side-description = تفصیل
feeds-side-mine = آپ کا موجودہ
feeds-side-theirs = فیڈ کی تبدیلی
feeds-approve = فیڈ کی تبدیلی استعمال کریں
feeds-reject = اپنا رکھیں
feeds-waiting = آپ کی منتظر
feeds-gone = اب فیڈ میں نہیں
feeds-edited-here = یہاں بدلا گیا
feeds-duplicates-count = ان فہرستوں جیسی لگتی ہیں جو آپ کے پاس پہلے سے ہیں: { $count }۔ فیصلہ کرنے کے لیے فیڈ کی فہرستیں کھولیں۔
feeds-duplicates-title = کیا آپ انہیں پہلے سے درج کرتی ہیں؟
feeds-duplicates-intro = فیڈ کے یہ سیشن ان سیشنز جیسے لگتے ہیں جو آپ پہلے سے درج کرتی ہیں: وہی جگہ، وہی دن اور وقت، اور ملتا جلتا نام۔ جب تک آپ فیصلہ نہ کریں، یہ کاپی نہیں کیے جاتے۔
feeds-duplicate-mine = آپ کی
feeds-duplicate-theirs = فیڈ کی
feeds-duplicate-link = ایک ہی ہیں — انہیں جوڑ دیں
feeds-duplicate-separate = مختلف ہیں — دونوں درج کریں
feeds-error-decided = اس کا فیصلہ پہلے ہی ہو چکا ہے۔ فیڈ کی فہرستیں دوبارہ دیکھیں۔

## A session's dates from a partner's calendar (.ics)

calendar-title = کیلنڈر سے تاریخیں
calendar-intro = اگر کوئی شراکت دار، جیسے لائبریری یا بچوں کا مرکز، اس سیشن کی تاریخیں کسی کیلنڈر میں رکھتا ہے، تو PeriLink ہر روز انہیں وہاں سے لے سکتا ہے۔ منسوخ شدہ ایونٹ اپنی تاریخ منسوخ کر دیتا ہے، اور جن ماؤں نے اسے بک کیا تھا انہیں بتایا جاتا ہے۔
calendar-url = کیلنڈر (.ics) کے پتے سے تاریخیں لیں
calendar-words = صرف وہ ایونٹس جن کے عنوان میں یہ الفاظ ہوں
calendar-words-hint = کیلنڈر کے سارے ایونٹس لینے کے لیے خالی چھوڑ دیں۔
calendar-save = کیلنڈر کا پتہ محفوظ کریں
calendar-read-now = ابھی پڑھیں
calendar-never-read = ابھی نہیں پڑھا گیا۔ محفوظ کرنے کے ایک منٹ کے اندر پڑھا جاتا ہے۔
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = آخری بار پڑھا گیا { $when }۔
calendar-read-done = اگلے سال کی تاریخیں: { $dates }۔ شامل کی گئیں: { $added }۔ منسوخ کی گئیں: { $cancelled }۔ جن ماؤں کو بتایا گیا: { $told }۔
calendar-problem-unreachable = کچھ نہیں بدلا۔ PeriLink کیلنڈر تک نہیں پہنچ سکا، یا جواب میں بہت دیر لگی۔ پتہ چیک کریں۔
calendar-problem-server-error = کچھ نہیں بدلا۔ کیلنڈر کے پتے نے غلطی کے ساتھ جواب دیا۔ پتہ چیک کریں، یا اگلی بار پڑھنے کا انتظار کریں۔
calendar-problem-not-calendar = کچھ نہیں بدلا۔ یہ پتہ ایسا کیلنڈر نہیں بھیجتا جسے PeriLink پڑھ سکے۔ پتہ چیک کریں۔
calendar-problem-no-events = کچھ نہیں بدلا۔ کیلنڈر میں کوئی ایونٹ نہیں، یا کسی کے عنوان میں یہ الفاظ نہیں ہیں۔
calendar-problem-too-big = کچھ نہیں بدلا۔ کیلنڈر PeriLink کے پڑھنے کے لیے بہت بڑا ہے۔
