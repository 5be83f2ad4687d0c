# PeriLink interface text: Urdu (ur), translated from the English source (en):
# referrals, for referrers, hosts and mothers.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Keys starting ref- are for staff: midwives, link workers, session hosts and
#   coordinators. Plain, short work language is fine, with forms that suit
#   women and men alike (کریں, not کرتی ہیں or کرتے ہیں), as in staff.ftl.
# - Keys starting myref- are read by a mother about her own referrals: short
#   sentences, everyday words, reading age about 9. She is spoken to as آپ, as a
#   woman where Urdu shows it, as main.ftl does. The ref-status- and
#   ref-reason- names are shown to her too, so keep them plain.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Dates ($date) arrive already written in Urdu by the phone, such as
#   "منگل 25 نومبر"; times ($start, $end) such as "10:30".
# - $name is a person's name; $programme and $session are names of groups, such as
#   "Singing for mums"; $venue is a place, such as "Toxteth Library".
# - Words as in main.ftl and staff.ftl: "referral" ریفرل, "refer" ریفر کرنا,
#   "session" نشست, "midwife" مڈوائف, "link worker" رابطہ کار, "places" سیٹ.
#   The "referrer" is ریفر کرنے والے, the "session team" نشست کی ٹیم,
#   "consent" رضامندی.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = بھیجا گیا
ref-status-accepted = منظور
ref-status-declined = نامنظور
ref-status-booked = بک ہو گیا
ref-status-attending = جا رہی ہیں
ref-status-completed = مکمل
ref-status-did-not-attend = دو نشستیں چھوٹ گئیں
ref-status-withdrawn = روک دیا گیا

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = تنہائی محسوس کرنا
ref-reason-low-mood-or-anxiety = اداسی یا فکر
ref-reason-english-language = انگریزی سیکھنا
ref-reason-infant-feeding = بچے کو دودھ پلانا اور کھلانا
ref-reason-money-housing-or-work = پیسہ، رہائش یا کام
ref-reason-bonding-with-baby = بچے سے لگاؤ اور تعلق
ref-reason-other = کچھ اور
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = ریفرل کی وجوہات

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = ریفر کرنے والے کی طرف سے
ref-actor-provider = نشست کی ٹیم کی طرف سے
ref-actor-mother = ماں کی طرف سے
ref-actor-system = حاضری کے رجسٹر سے
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }، { $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
        [one] اب تک { $count } مرحلہ
       *[other] اب تک { $count } مراحل
    }
# $reason is what someone wrote when they declined.
ref-move-reason = وجہ: "{ $reason }"
ref-sent-on = { $date } کو بھیجا گیا
# $text is what the mother said matters to her, in her words.
ref-what-matters = اس کے لیے کیا اہم ہے: "{ $text }"
# $text is the referrer's note for the care team.
ref-note = نوٹ: { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = ترجمان کی ضرورت ہے
ref-cancel = منسوخ کریں
ref-working = بھیجا جا رہا ہے…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = اس دوران یہ ریفرل بدل گیا۔ فہرست اب تازہ ہے: براہ کرم دوبارہ دیکھیں۔
ref-error-full = اس تاریخ کو کوئی سیٹ باقی نہیں۔ براہ کرم کوئی اور تاریخ چنیں۔
ref-error-invalid = کچھ تفصیلات درست نہیں ہیں۔ براہ کرم انہیں دیکھیں اور دوبارہ کوشش کریں۔
ref-error-reason = براہ کرم وجہ بتائیں۔

## A referrer's page: news, making a referral, and her caseload

ref-news-title = نیا کیا ہے
ref-news-accepted = { $programme } نے { $name } کو قبول کر لیا۔
ref-news-declined = { $programme } نے { $name } کا ریفرل نامنظور کر دیا۔ وجہ نیچے اس کے مراحل میں ہے۔
ref-news-first-attended = { $name } پہلی بار { $programme } میں گئیں۔
ref-news-missed-twice = { $name } لگاتار دو بار { $programme } کی نشست میں نہیں آئیں۔
ref-news-withdrawn = { $name } نے { $programme } کے لیے اپنا ریفرل روک دیا۔
ref-news-booking-cancelled = { $name } نے { $programme } میں اپنی بکنگ منسوخ کر دی: ریفرل کو دوبارہ تاریخ درکار ہے۔
ref-attended-none = ریفرل کے بعد سے ابھی تک کوئی نشست نہیں ہوئی۔
ref-news-alert = { $name } کے لیے حفاظتی الرٹ: آج ہی اس پر کارروائی کریں۔
ref-news-alert-escalated = چار گھنٹوں میں کسی نے { $name } کے حفاظتی الرٹ پر کارروائی نہیں کی: یہ کوآرڈینیٹرز کو بھیج دیا گیا ہے۔
ref-news-alert-closed = ایک حفاظتی الرٹ آیا تھا اور اس پر کارروائی ہو چکی ہے۔
ref-news-alert-open = الرٹ دیکھیں
# When the referral a notification is about is not on this page.
ref-news-other = آپ کا ایک ریفرل بدل گیا ہے۔
# Marks a piece of news as read, so it goes away.
ref-news-read = ٹھیک ہے

ref-new-title = ریفرل کریں
ref-new-intro = چار چھوٹے مرحلے۔ جو کچھ ہم اس کے بارے میں پہلے سے جانتے ہیں وہ آپ کے لیے بھر دیا گیا ہے۔
# After sending.
ref-sent = ریفرل بھیج دیا گیا: { $name }، { $programme } کے لیے۔

# Step 1: finding or registering the mother.
ref-step-mother = 1. ماں کو تلاش کریں
ref-find-label = اس کا نام، فون نمبر یا NHS نمبر
ref-find-hint = نام سے آپ کے کیس لوڈ کی مائیں ملتی ہیں۔ فون، ای میل یا NHS نمبر سے ہر وہ ماں ملتی ہے جسے ہم جانتے ہیں۔
ref-find-submit = تلاش کریں
ref-find-none = کوئی نہیں ملا۔ جو لکھا ہے اسے دیکھیں، یا اس کا اندراج کریں۔
ref-find-results = ملنے والی مائیں
ref-choose = اسے ریفر کریں
ref-register-open = نئی ماں کا اندراج کریں
ref-register-title = ماں کا اندراج
ref-field-given = پہلا نام
ref-field-family = خاندانی نام (اختیاری)
ref-contact-hint = اس کا موبائل نمبر، ای میل، یا دونوں لکھیں۔
ref-field-phone = موبائل نمبر
ref-field-email = ای میل
ref-field-language = اس کی پسندیدہ زبان
ref-language-choose = زبان چنیں
ref-language-other = کوئی اور زبان
ref-field-language-other = زبان کا کوڈ
ref-language-other-hint = BCP 47 کوڈ، جیسے پشتو کے لیے "ps" یا تگرینیا کے لیے "ti"۔
ref-field-dialect = بولی (اختیاری)
ref-field-interpreter = اسے ترجمان کی ضرورت ہے
ref-dates-hint = اس کی ڈیلیوری کی متوقع تاریخ لکھیں، یا بچہ پیدا ہونے کے بعد بچے کی تاریخ پیدائش۔
ref-field-due = ڈیلیوری کی متوقع تاریخ
ref-field-born = بچے کی تاریخ پیدائش
ref-field-nhs = NHS نمبر (اختیاری)
ref-field-postcode = پوسٹ کوڈ (اختیاری)
ref-register-submit = اندراج کریں
ref-error-given = براہ کرم اس کا پہلا نام لکھیں۔
ref-error-contact = براہ کرم موبائل نمبر یا ای میل لکھیں۔
ref-error-phone = یہ برطانیہ کا فون نمبر نہیں ہے۔
ref-error-email = یہ ای میل ایڈریس نہیں ہے۔
ref-error-language = براہ کرم اس کی زبان چنیں۔
ref-error-nhs = یہ NHS نمبر نہیں ہے۔ دس ہندسے دیکھیں۔
ref-error-known = ہم اس NHS نمبر والی ایک ماں کو پہلے سے جانتے ہیں۔ اس کے بجائے اسے تلاش کریں۔
ref-find-known = اسے NHS نمبر سے تلاش کریں
# Above the mother being referred.
ref-chosen-title = ریفر کی جا رہی ہیں
ref-undelivered-sms = ٹیکسٹ میسج نہیں پہنچا: انہیں فون کریں
ref-undelivered-email = ای میل نہیں پہنچی
ref-due-on = متوقع ڈیلیوری { $date }
ref-born-on = بچے کی پیدائش { $date }
# $number is an NHS number.
ref-nhs = NHS نمبر { $number }
ref-change = کسی اور کو چنیں

# Step 2: choosing a session.
ref-step-session = 2. نشست چنیں
ref-kind-label = کس قسم کی نشست؟
ref-in-language = صرف اس کی زبان میں، یا اس کی زبان کے ترجمان کے ساتھ
ref-for-stage = صرف اس کے مرحلے کی نشستیں (حمل، یا بچے کی عمر)
ref-near-label = قریب
ref-near-hint = اس کا پوسٹ کوڈ، یا کوئی علاقہ جیسے L8۔
ref-search = تلاش کریں
ref-sessions-empty = کوئی نشست نہیں ملتی۔ کم انتخاب یا بڑا علاقہ آزمائیں۔
ref-error-place = ہم یہ جگہ نہیں جانتے۔ پوسٹ کوڈ جیسے L8 1XF، یا علاقہ جیسے L8 آزمائیں۔
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
# In Urdu دن is the same for one and many, so both variants match.
ref-record =
    { $days ->
        [0] عام طور پر ایک دن کے اندر جواب · { $percent }% منظور
        [one] عام طور پر { $days } دن کے اندر جواب · { $percent }% منظور
       *[other] عام طور پر { $days } دن کے اندر جواب · { $percent }% منظور
    }
ref-record-none = ابھی کوئی ریفرل نہیں
ref-record-no-replies = ابھی کوئی جواب نہیں
ref-pick = یہ نشست چنیں
ref-picked = چن لی گئی

# Step 3: consent.
ref-step-consent = 3. اس کی رضامندی
ref-consent-intro = اس سے اس کی زبان میں پوچھیں۔ صرف ان باتوں پر نشان لگائیں جن پر وہ راضی ہے۔
ref-scopes-label = وہ یہ معلومات دینے پر راضی ہے
ref-scope-contact-details = اس سے رابطے کی تفصیلات اور زبان، نشست کی ٹیم کو
ref-scope-referral-reasons = اسے کیوں ریفر کیا گیا اور اس کے لیے کیا اہم ہے، نشست کی ٹیم کو
ref-scope-attendance-to-referrer = وہ جاتی ہے یا نہیں، آپ کو
ref-scope-screening-to-care-team = اس کی خیریت کی جانچ کے نتائج، اس کی مڈوائف کی ٹیم کو
ref-scope-alerts-regardless = حفاظتی الرٹ ہر حال میں اس کی نگہداشت کی ٹیم تک پہنچتے ہیں: اگر اس کے جوابات سے لگے کہ وہ محفوظ نہیں ہو سکتی تو ٹیم کو فوراً بتایا جاتا ہے۔
ref-field-shared-with = کس کو دی جائیں گی
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session }، { $venue } میں
ref-contact-label = وہ کس طرح رابطہ چاہتی ہے
ref-contact-sms = ٹیکسٹ میسج
ref-contact-email = ای میل
ref-contact-phone = فون کال
ref-contact-none = بالکل رابطہ نہ کیا جائے
ref-consent-submit = اس کی رضامندی درج کریں
# $with is who she agreed her details may be shared with.
ref-consent-done = رضامندی { $date } کو درج ہوئی، { $with } کو یہ دینے کے لیے:
ref-consent-again = اس کی رضامندی دوبارہ درج کریں
ref-error-scopes = کم از کم ایک چیز پر نشان لگائیں جس کے دینے پر وہ راضی ہے۔
ref-error-shared-with = بتائیں کہ اس کی تفصیلات کس کو دی جا رہی ہیں۔

# Step 4: why, and sending.
ref-step-send = 4. اسے کیوں ریفر کریں
ref-field-what-matters = اس کے لیے کیا اہم ہے، اس کے اپنے الفاظ میں
ref-field-note = اس کی دیکھ بھال کی ٹیم کے لیے نوٹ (اختیاری)
ref-note-hint = نشست کے میزبان یہ نوٹ کبھی نہیں دیکھتے۔
ref-send = ریفرل بھیجیں
ref-error-no-session = پہلے نشست چنیں (مرحلہ 2)۔
ref-error-no-consent = پہلے اس کی رضامندی درج کریں (مرحلہ 3)۔
ref-error-no-reason = کم از کم ایک وجہ پر نشان لگائیں۔
ref-error-consent-required = اس کی رضامندی اب درج نہیں ہے۔ اسے دوبارہ درج کریں، پھر بھیجیں۔

ref-caseload-title = میرا کیس لوڈ
ref-caseload-empty = آپ نے ابھی کسی کو ریفر نہیں کیا۔ آپ کے ریفرل یہاں نظر آئیں گے۔
ref-refer-again = اسے دوبارہ ریفر کریں

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = آپ کی نشستوں کے لیے ریفرل
ref-incoming-intro = وہ مائیں جنہیں مڈوائف اور رابطہ کاروں نے ریفر کیا ہے۔ براہ کرم جلد جواب دیں: ریفر کرنے والے کو فوراً بتا دیا جاتا ہے۔
ref-incoming-new = آپ کے جواب کا انتظار
ref-incoming-to-book = منظور: اس کے لیے تاریخ بک کریں
ref-incoming-others = بک شدہ اور پرانے
ref-incoming-none = اس وقت کوئی نہیں۔
# $name is the referrer's name.
ref-referred-by = { $name } نے ریفر کیا، { $date }
ref-accept = منظور کریں
ref-decline = نامنظور کریں
ref-book = تاریخ بک کریں
ref-decline-question = نامنظور کرنے کی وجہ کیا ہے؟ ریفر کرنے والے یہ دیکھیں گے۔
ref-decline-preset-full = گروپ بھر گیا ہے۔
ref-decline-preset-unsuitable = یہ گروپ اس کے لیے مناسب نہیں۔
ref-decline-preset-no-contact = ہم اس سے رابطہ نہیں کر سکے۔
ref-decline-confirm = ریفرل نامنظور کریں
ref-choose-date = اس کے لیے تاریخ چنیں
# $venue is the place; $start and $end times.
ref-session-at = { $venue }، { $start } سے { $end } تک
ref-no-dates = کسی تاریخ پر سیٹ باقی نہیں۔
# After a reply. $name is the mother's first name.
ref-accepted = { $name } کا ریفرل منظور ہو گیا۔ اب اس کے لیے تاریخ بک کریں۔
ref-declined = { $name } کا ریفرل نامنظور ہو گیا۔ ریفر کرنے والے کو بتا دیا گیا ہے۔
ref-booked = { $name } کی سیٹ { $date } کے لیے بک ہو گئی۔

## A mother's own referrals

myref-title = میرے ریفرل
myref-intro = وہ گروپ جن کے بارے میں آپ کی مڈوائف یا رابطہ کار کا خیال ہے کہ وہ آپ کی مدد کر سکتے ہیں۔
myref-empty = آپ کا کوئی ریفرل نہیں ہے۔
# $name is the midwife's or link worker's name.
myref-from = { $name } کی طرف سے، { $date }
myref-accept = ہاں، میں جانا چاہتی ہوں
myref-decline = نہیں، شکریہ
myref-decline-question = کیوں نہیں؟ آپ کی مڈوائف آپ کا جواب دیکھیں گی۔
myref-reason-time = یہ وقت میرے لیے ٹھیک نہیں۔
myref-reason-far = یہ میرے لیے بہت دور ہے۔
myref-reason-not-now = مجھے ابھی اس کی ضرورت نہیں۔
myref-withdraw = یہ ریفرل روک دیں
myref-confirm-withdraw = کیا آپ کو یقین ہے؟ اگر آپ کی سیٹ بک ہے تو وہ ختم ہو جائے گی۔
myref-withdraw-yes = ہاں، روک دیں
myref-keep = نہیں، رہنے دیں
myref-accepted = شکریہ۔ گروپ آپ سے رابطہ کرے گا۔
myref-declined = بتانے کا شکریہ۔
myref-withdrawn = آپ نے یہ ریفرل روک دیا ہے۔

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = آخری بار آئیں: { $date }
ref-caseload-no-consent = ابھی کوئی رضامندی درج نہیں
ref-caseload-not-referred = ابھی ریفر نہیں کیا گیا۔
ref-refer-her = اسے ریفر کریں
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
        [one] { $count } میں سے { $came } نشست میں آئیں
       *[other] { $count } میں سے { $came } نشستوں میں آئیں
    }
ref-attended-present = { $date }: آئیں
ref-attended-absent = { $date }: نہیں آئیں
ref-attended-apologies = { $date }: معذرت بھیجی
ref-withdraw = اس کی طرف سے ریفرل روک دیں
ref-withdraw-confirm = یہ ریفرل روک دیں؟ ایسا صرف تب کریں جب اس نے خود آپ سے کہا ہو۔
ref-withdraw-yes = ہاں، روک دیں
ref-withdraw-keep = نہیں، رہنے دیں
ref-withdrawn-for-her = ریفرل روک دیا گیا ہے۔

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = ان کے مطابق ان سے کیسے اور کب رابطہ محفوظ ہے
contact-notice-ways = صرف { $ways } کے ذریعے، { $days } کو، { $times } (برطانیہ کا وقت)۔
contact-notice-never = کبھی بھی { $ways } کے ذریعے نہیں۔
contact-notice-none = وہ چاہتی ہیں کہ ان سے بالکل رابطہ نہ کیا جائے۔
ref-hint-title = PeriLink میں معلوم ہے، آپ کی نگہداشت میں نہیں
ref-hint-intro = صرف یہ دکھایا جاتا ہے کہ وہ موجود ہے۔ اس کا ریکارڈ دیکھنے کے لیے اسے اپنی نگہداشت میں لیں: وہ دیکھے گی کہ آپ نے ایسا کیا اور کیوں۔
ref-hint-due = متوقع ولادت { $month }
ref-hint-born = بچہ پیدا ہوا { $month }
ref-hint-reason-label = آپ اسے نگہداشت میں کیوں لے رہی ہیں
ref-hint-reason-needed = بتائیں کہ آپ اسے نگہداشت میں کیوں لے رہی ہیں: وہ اسے دیکھے گی۔
ref-hint-add = میری نگہداشت کی فہرست میں شامل کریں
