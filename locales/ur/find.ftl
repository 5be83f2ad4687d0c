# PeriLink interface text: Urdu (ur), translated from the English source (en):
# a mother's own screens: finding sessions, a session's page, booking, making
# an account, and My sessions.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - The text speaks to the mother politely as آپ, as a woman where Urdu shows
#   it (سکتی ہیں), as main.ftl does. "Session" is نشست.
# - "Places" (how many can come) are سیٹ, so they are not mixed up with venues
#   (جگہیں) or sessions (نشستیں). "Book" is بک کرنا, "enrol" is کورس میں
#   داخلہ لینا, "waiting list" is انتظار کی فہرست.
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Urdu by the phone, such as "منگل 25 نومبر" and "10:30".
# - $price arrives written with a dot (3.50), so "£{ $price }" is kept.

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = انگریزی کی کلاسیں (ESOL)
kind-rhyme-time = بچوں کی نظموں کا وقت
kind-singing = گانے کے گروپ
kind-breastfeeding-support = بچے کو اپنا دودھ پلانے میں مدد
kind-advice = پیسے اور کام کے بارے میں مشورہ
kind-other = دوسرے گروپ

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] انگریزی
        [ar] عربی
        [pl] پولش
        [pt] پرتگالی
        [ro] رومانیائی
        [ckb] کردی سورانی
        [fa] فارسی
        [ur] اردو
        [bn] بنگالی
        [so] صومالی
        [ti] تگرینیا
        [zh-Hans] چینی
        [zh] چینی
        [prs] دری
        [ps] پشتو
        [kmr] کردی کرمانجی
        [am] امہاری
        [tr] ترکی
        [fr] فرانسیسی
        [es] ہسپانوی
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = انگریزی میں: ابھی ترجمہ نہیں ہوا

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = تلاش کے انتخاب
find-kind-label = کس قسم کی نشست؟
find-language-label = کس زبان میں؟
find-language-any = کوئی بھی زبان
find-near-label = قریب (پوسٹ کوڈ)
find-near-hint = پوسٹ کوڈ جیسے L8 1XF، یا صرف پہلا حصہ، جیسے L8۔
find-radius-label = کتنی دور تک؟
# $km is a whole number of kilometres, in the list of distances.
find-radius = { $km } کلومیٹر کے اندر
find-search = تلاش کریں
find-more-choices = مزید انتخاب
find-free-only = صرف مفت نشستیں
find-time-label = دن کا کون سا وقت؟
find-time-morning = صبح
find-time-afternoon = دوپہر
find-time-evening = شام
find-results = نشستیں
find-loading = نشستیں تلاش ہو رہی ہیں…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [one] ہمیں 1 نشست ملی۔
       *[other] ہمیں { $count } نشستیں ملیں۔
    }
find-empty = آپ کے انتخاب سے کوئی نشست نہیں ملتی۔ زیادہ فاصلہ، کوئی اور زبان یا کم انتخاب آزمائیں۔
find-clear = میرے انتخاب صاف کریں
find-loosen = { $choice } ({ $count })
find-any-time = دن کا کوئی بھی وقت
find-paid-too = ادائیگی والی نشستیں بھی
find-any-kind = کسی بھی قسم کی نشست
find-anywhere = کہیں بھی
# $place is what she typed in the postcode box.
find-error-unknown-place = ہم "{ $place }" نام کی جگہ نہیں جانتے۔ پوسٹ کوڈ دیکھیں، یا صرف پہلا حصہ آزمائیں، جیسے L8۔
# $place is what she typed in the postcode box.
find-error-bad-place = "{ $place }" پوسٹ کوڈ نہیں ہے۔ پوسٹ کوڈ جیسے L8 1XF آزمائیں، یا صرف پہلا حصہ، جیسے L8۔
find-more = مزید نشستیں دکھائیں
find-more-loading = مزید لوڈ ہو رہی ہیں…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }، { $start } سے { $end } تک
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }، { $town }
# $km is a distance such as 1.2.
find-distance = { $km } کلومیٹر دور
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = ترجمان: { $language }
find-drop-in = سیدھی آ جائیں: بکنگ کی ضرورت نہیں
find-booking = سیٹ بک کریں
find-course = کورس: ہر ہفتے کے لیے داخلہ لیں
find-full = بھر گئی ہے: آپ انتظار کی فہرست میں نام لکھوا سکتی ہیں
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [one] 1 سیٹ باقی ہے
       *[other] { $count } سیٹیں باقی ہیں
    }
find-free = مفت
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = نشست نہیں ملی
session-not-found = ہمیں یہ نشست نہیں ملی۔ ہو سکتا ہے یہ ختم ہو گئی ہو، یا اس کی تفصیلات کی جانچ ہو رہی ہو۔
session-find-others = دوسری نشستیں تلاش کریں
session-booking = بکنگ
session-drop-in = بکنگ کی ضرورت نہیں۔ بس آ جائیں!
session-course-intro = یہ ایک کورس ہے۔ ایک بار داخلہ لیں، اور ہر ہفتے آپ کی سیٹ ہوگی۔
session-book-intro = تاریخ چنیں اور اپنی سیٹ بک کریں۔
session-course-full = کورس بھر گیا ہے۔ آپ انتظار کی فہرست میں نام لکھوا سکتی ہیں، اور جب کوئی سیٹ خالی ہوگی تو ہم آپ کو بتائیں گے۔
session-date-full = اس تاریخ کی سیٹیں بھر گئی ہیں۔ آپ انتظار کی فہرست میں نام لکھوا سکتی ہیں، اور جب کوئی سیٹ خالی ہوگی تو ہم آپ کو بتائیں گے۔
session-enrol = کورس میں داخلہ لیں
session-book = بک کریں
session-join-waiting-list = انتظار کی فہرست میں نام لکھوائیں
session-account-needed = بک کرنے کے لیے آپ کو مفت اکاؤنٹ چاہیے۔ پھر ہم آپ کو یہیں واپس لے آئیں گے۔
session-booking-working = آپ کی سیٹ بک ہو رہی ہے…
# $date is a day like "Tuesday 25 November".
session-booked = { $date } کو آپ کی سیٹ بک ہو گئی ہے۔
# $date is a day like "Tuesday 25 November".
session-already-booked = { $date } کو آپ کی سیٹ پہلے سے بک ہے۔
session-enrolled = آپ کا کورس میں داخلہ ہو گیا ہے۔ وہاں ملیں گے!
session-already-enrolled = آپ کا اس کورس میں پہلے سے داخلہ ہے۔
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [one] آپ انتظار کی فہرست میں ہیں۔ اگلی باری آپ کی ہے۔
       *[other] آپ انتظار کی فہرست میں ہیں۔ آپ کا نمبر { $position } ہے۔
    }
session-see-my-sessions = میری نشستیں دیکھیں
session-book-mothers-only = صرف مائیں اپنے اکاؤنٹ سے سیٹ بک کر سکتی ہیں۔
session-book-closed = اس تاریخ کی بکنگ اب نہیں ہو سکتی۔ براہ کرم کوئی اور تاریخ چنیں۔
session-about = اس نشست کے بارے میں
session-for-whom = یہ کس کے لیے ہے؟
session-for-pregnant = حاملہ خواتین
# $min and $max are ages in whole months.
session-for-babies = { $min } سے { $max } مہینے کے بچوں والی مائیں
# $max is an age in whole months.
session-for-babies-up-to = { $max } مہینے تک کے بچوں والی مائیں
# $min is an age in whole months.
session-for-babies-from = { $min } مہینے یا اس سے بڑے بچوں والی مائیں
session-for-everyone = سب ماؤں کو خوش آمدید
session-bring = ساتھ کیا لائیں
session-languages = زبانیں
session-interpreter-note = وہاں ترجمان، یا یہ زبانیں بولنے والا مددگار موجود ہوتا ہے۔
session-when = کب
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = ہر { $weekday }، { $start } سے { $end } تک
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = ہر دوسرے { $weekday }، { $start } سے { $end } تک
# $date is a day like "Tuesday 25 November".
session-until = { $date } تک
session-next-dates = اگلی تاریخیں
session-cancelled = منسوخ: اس دن نشست نہیں ہوگی
# Beside a date she has just booked.
session-date-yours = ✓ آپ کی سیٹ بک ہے
# Beside a date whose waiting list she has just joined.
session-date-waiting = آپ انتظار کی فہرست میں ہیں
session-add-to-calendar = میرے کیلنڈر میں شامل کریں
session-where = کہاں
session-access = اندر جانا
session-step-free = سیڑھیوں کے بغیر
session-not-step-free = سیڑھیاں ہیں
session-buggy-space = بچہ گاڑی (بگی) کے لیے جگہ
session-no-buggy-space = بچہ گاڑی (بگی) کے لیے جگہ نہیں
session-baby-change = بچے کا ڈائپر بدلنے کی جگہ
session-no-baby-change = ڈائپر بدلنے کی جگہ نہیں
session-breastfeeding-welcome = اپنا دودھ پلانے والی ماؤں کو خوش آمدید
session-breastfeeding-not-said = اپنا دودھ پلانے کے بارے میں یہاں پوچھیں
session-getting-there = وہاں کیسے پہنچیں
session-map = نقشے پر دیکھیں
session-report-wrong = یہ معلومات غلط ہیں
session-report-what = کیا غلط ہے؟
session-report-reason-time = دن یا وقت
session-report-reason-place = جگہ
session-report-reason-cancelled = اب یہ نہیں ہوتی
session-report-reason-other = کچھ اور
session-report-thanks = بتانے کا شکریہ۔ ہم اس نشست کی جانچ کریں گے۔

## Make an account (sign up)

sign-up-title = مفت اکاؤنٹ بنائیں
sign-up-intro = اکاؤنٹ سے آپ سیٹیں بک کر سکتی ہیں اور اپنی نشستیں دیکھ سکتی ہیں۔
sign-up-name = آپ کا نام
sign-up-contact = موبائل نمبر یا ای میل
sign-up-contact-hint = آپ اسی سے سائن ان کریں گی۔ ہم یہ کسی کو نہیں دیتے۔
sign-up-language = آپ کی زبان
sign-up-password = پاس ورڈ چنیں
# $count is the fewest characters a password may have.
sign-up-password-hint = کم از کم { $count } حروف، ہندسے یا نشان۔
sign-up-submit = میرا اکاؤنٹ بنائیں
sign-up-working = آپ کا اکاؤنٹ بن رہا ہے…
sign-up-error-name = براہ کرم اپنا نام لکھیں۔
sign-up-error-contact = براہ کرم اپنا موبائل نمبر یا ای میل لکھیں۔
sign-up-error-phone = یہ موبائل نمبر درست نہیں لگتا۔ اسے ایسے لکھیں: 07700 900123۔
sign-up-error-email = یہ ای میل درست نہیں لگتی۔ براہ کرم اسے دیکھیں۔
sign-up-error-password = آپ کا پاس ورڈ بہت چھوٹا ہے۔ براہ کرم کم از کم 8 حروف، ہندسے یا نشان استعمال کریں۔
sign-up-error-invalid = کچھ ٹھیک نہیں ہے۔ براہ کرم جو لکھا ہے اسے دیکھیں۔
sign-up-have-account = پہلے سے اکاؤنٹ ہے؟
sign-up-continue = آگے چلیں
sign-up-code-sent = ہم نے { $contact } پر ایک پیغام بھیجا ہے۔ اس میں موجود 6 ہندسوں کا کوڈ یہاں لکھیں۔ اگر پیغام کہے کہ آپ کا اکاؤنٹ پہلے سے ہے، تو براہ کرم سائن ان کریں۔
sign-up-demo-code = یہ ڈیمو ہے، اس لیے کوئی پیغام واقعی نہیں بھیجا جاتا۔ آپ کا کوڈ { $code } ہے۔
sign-up-change = میری تفصیلات بدلیں
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = { -brand-name } پر نئی ہیں؟
sign-in-make-account = مفت اکاؤنٹ بنائیں
home-new-here = کیا آپ ماں ہیں؟ نشستیں بک کرنے کے لیے مفت اکاؤنٹ بنائیں۔

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = آپ کی سیٹیں، کورس اور انتظار کی فہرستیں۔
my-sign-in-needed = اپنی نشستیں دیکھنے کے لیے سائن ان کریں، یا مفت اکاؤنٹ بنائیں۔
my-empty = آپ نے ابھی کچھ بک نہیں کیا۔
my-find = نشست تلاش کریں
my-status-booked = بک ہے
my-status-enrolled = کورس میں داخلہ ہے
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [one] انتظار کی فہرست: اگلی باری آپ کی ہے
       *[other] انتظار کی فہرست: نمبر { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = اگلی: { $date }، { $start } سے { $end } تک
# When there is no date to show. $start and $end are times.
my-times = { $start } سے { $end } تک
my-cancel = میری سیٹ منسوخ کریں
my-leave-waiting = انتظار کی فہرست سے نام ہٹائیں
my-cancel-confirm = کیا آپ کو یقین ہے؟ آپ کی سیٹ کسی اور کو مل سکتی ہے۔
my-cancel-yes = ہاں، منسوخ کریں
my-cancel-no = نہیں، رہنے دیں
my-cancelled = ہو گیا۔ آپ کی سیٹ منسوخ ہو گئی ہے۔
my-calendar-title = آپ کا کیلنڈر
my-calendar-intro = اپنی نشستیں اپنے فون کے کیلنڈر میں ڈالیں۔ نئی بکنگ وہاں خود ہی آ جائے گی۔
my-calendar-get = میری نشستیں میرے کیلنڈر میں شامل کریں
my-calendar-subscribe = میرے کیلنڈر میں کھولیں
my-calendar-download = کیلنڈر کی فائل ڈاؤن لوڈ کریں

## My sessions: what she went to.
my-history-title = وہ نشستیں جن میں آپ گئیں
my-history-empty = ابھی یہاں کچھ نہیں۔ کسی نشست میں جانے کے بعد وہ یہاں نظر آئے گی۔
my-history-present = آپ گئیں
my-history-absent = چھوٹ گئی
my-history-apologies = آپ نے بتایا تھا کہ آپ نہیں آ سکتیں
