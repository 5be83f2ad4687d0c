# PeriLink interface text: Urdu (ur), translated from the English source (en):
# screening questions, results and help.
# This translation awaits review by a native speaker.
#
# CLINICAL USE: the PHQ-9, GAD-2 and Whooley questions and answers below are
# our own faithful translation of the public-domain English wording, not a
# validated translation. Validated official translations (for the PHQ-9 and
# GAD-2, those at phqscreeners.com) should replace these before clinical use.
#
# Notes for translators:
# - A mother may be worried or unwell: keep the words plain, warm and calm.
#   Text she reads speaks to her politely as آپ, as a woman where Urdu shows
#   it (سکتی ہیں), as main.ftl does.
# - Text for staff (alerts, recording a questionnaire, results, charts) suits
#   women and men alike (کریں, not کرتی ہیں or کرتے ہیں), as in staff.ftl.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Keep the short names EPDS, PHQ-9, GAD-2, Whooley, NICE and NHS as they are.
#   Phone numbers arrive as digits in $number.
# - Words that Urdu speakers in the UK use every day are kept as they are said:
#   مڈوائف, جی پی (GP), ہیلتھ وزیٹر, ڈپریشن, الرٹ.
# - Bands: "possible depression" is ڈپریشن کا امکان and "probable depression"
#   is ڈپریشن کا قوی امکان, so the two are never mixed up.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = خیریت کی جانچ
screening-intro-epds = دس چھوٹے سوال کہ پچھلے 7 دنوں میں آپ نے کیسا محسوس کیا۔ کوئی جواب صحیح یا غلط نہیں ہے۔
screening-epds-not-here = آپ کا مانگا ہوا سوالنامہ ابھی آپ کی زبان میں دستیاب نہیں، اس لیے یہ ایک اور ہے جو انہی باتوں کے بارے میں پوچھتا ہے۔
screening-intro-phq9 = نو سوال کہ پچھلے 2 ہفتوں میں آپ نے کیسا محسوس کیا۔
screening-intro-gad2 = پچھلے 2 ہفتوں میں فکر اور پریشانی کے بارے میں دو سوال۔
screening-intro-whooley = دو سوال کہ پچھلے ایک مہینے میں آپ نے کیسا محسوس کیا۔
screening-private = آپ کے جواب صرف آپ اور آپ کی دیکھ بھال کرنے والے دیکھ سکتے ہیں۔ جب تک آپ اپنے جواب دیکھ کر انہیں بھیجنے کا فیصلہ نہ کریں، کچھ نہیں بھیجا جائے گا۔
screening-start = شروع کریں
# A folded list of the other questionnaires she may take instead.
screening-other = دوسرے سوال نامے
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = خیریت کی جانچ (EPDS، 10 سوال)
screening-name-phq9 = مزاج کے سوال (PHQ-9، 9 سوال)
screening-name-gad2 = فکر کے سوال (GAD-2، 2 سوال)
screening-name-whooley = دو مختصر سوال (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = { $total } میں سے سوال { $n }
screening-back = پیچھے
screening-next = آگے
screening-choose-answer = براہ کرم ایک جواب چنیں۔
screening-review-title = اپنے جواب دیکھ لیں
screening-review-intro = ابھی کچھ نہیں بھیجا گیا۔ بھیجنے سے پہلے آپ کوئی بھی جواب بدل سکتی ہیں۔
screening-review-question = سوال { $n }
screening-not-answered = جواب نہیں دیا
screening-change = بدلیں
# For screen readers, on each "Change" button.
screening-change-label = سوال { $n } کا اپنا جواب بدلیں
screening-send = میرے جواب بھیجیں
screening-sending = بھیجا جا رہا ہے…
screening-loading-questions = سوال لائے جا رہے ہیں…
screening-try-again = دوبارہ کوشش کریں
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = EPDS سوال { $n } – لائسنس والے الفاظ انسٹال نہیں ہیں
screening-epds-placeholder-option = جواب { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = ماخذ:

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = پچھلے 2 ہفتوں میں، آپ کو ان میں سے کسی بھی مسئلے نے کتنی بار پریشان کیا؟
screening-phq9-q1 = کام کرنے میں کم دلچسپی یا کم خوشی
screening-phq9-q2 = اداس، افسردہ یا ناامید محسوس کرنا
screening-phq9-q3 = نیند آنے میں یا سوتے رہنے میں مشکل، یا بہت زیادہ سونا
screening-phq9-q4 = تھکاوٹ محسوس کرنا یا توانائی کم ہونا
screening-phq9-q5 = بھوک کم لگنا یا ضرورت سے زیادہ کھانا
screening-phq9-q6 = اپنے بارے میں برا محسوس کرنا — یا یہ کہ آپ ناکام ہیں یا آپ نے خود کو یا اپنے خاندان کو مایوس کیا ہے
screening-phq9-q7 = چیزوں پر دھیان دینے میں مشکل، جیسے اخبار پڑھنا یا ٹیلی وژن دیکھنا
screening-phq9-q8 = اتنا آہستہ چلنا پھرنا یا بولنا کہ دوسرے لوگ اسے محسوس کر سکتے تھے؟ یا اس کا الٹ — اتنی بےچینی یا بےقراری کہ آپ معمول سے بہت زیادہ ادھر ادھر چلتی پھرتی رہی ہیں
screening-phq9-q9 = یہ خیال کہ آپ کا مر جانا بہتر ہوگا، یا کسی طرح خود کو نقصان پہنچانے کے خیالات
screening-gad2-stem = پچھلے 2 ہفتوں میں، آپ کو ان مسائل نے کتنی بار پریشان کیا؟
screening-gad2-q1 = گھبراہٹ، بےچینی یا تناؤ محسوس کرنا
screening-gad2-q2 = فکر کو روک نہ پانا یا اس پر قابو نہ پانا
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = بالکل نہیں
screening-freq-1 = کئی دن
screening-freq-2 = آدھے سے زیادہ دن
screening-freq-3 = تقریباً ہر دن
screening-phq-attribution = PHQ-9 اور GAD-2: ڈاکٹر Robert L. Spitzer، ڈاکٹر Janet B.W. Williams، ڈاکٹر Kurt Kroenke اور ساتھیوں نے Pfizer Inc. کی تعلیمی گرانٹ سے تیار کیے۔ انہیں نقل کرنے، ترجمہ کرنے، دکھانے یا تقسیم کرنے کے لیے کسی اجازت کی ضرورت نہیں۔

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = پچھلے مہینے کے دوران، کیا آپ کو اکثر اداسی، افسردگی یا ناامیدی کے احساس نے پریشان کیا ہے؟
screening-whooley-q2 = پچھلے مہینے کے دوران، کیا آپ کو اکثر کام کرنے میں کم دلچسپی یا کم خوشی نے پریشان کیا ہے؟
# The answers, in this order: "No" first.
screening-no = نہیں
screening-yes = ہاں
screening-whooley-attribution = Whooley کے سوال، جیسا کہ NICE کی گائیڈ لائن CG192 میں تجویز کیا گیا ہے: حمل کے دوران اور بچے کی پیدائش کے بعد ذہنی صحت۔

## After she sends her answers. Never show her a score.

screening-thanks-title = شکریہ
screening-thanks = آپ کے جواب محفوظ ہو گئے ہیں۔ آپ کی دیکھ بھال کرنے والے انہیں دیکھ سکتے ہیں۔
screening-thanks-talk = اگر حالات مشکل لگیں تو آپ کسی بھی وقت اپنی مڈوائف، ہیلتھ وزیٹر یا جی پی سے بات کر سکتی ہیں۔
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = اگر آپ کو کسی بھی وقت مدد چاہیے
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = ابھی 10 اور سوالوں کے جواب دیں
screening-back-to-my = میری نشستوں پر جائیں
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = براہ کرم آج ہی مدد لیں
screening-help-intro = آپ کے جوابوں سے لگتا ہے کہ ابھی آپ کو کچھ اضافی مدد کی ضرورت ہو سکتی ہے۔ آپ اکیلی نہیں ہیں، اور آپ کے لیے مدد موجود ہے۔
screening-help-midwife = آج ہی اپنی مڈوائف یا جی پی سے بات کریں۔
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = NHS کو { $number } پر فون کریں اور ذہنی صحت کے لیے آپشن { $option } چنیں
screening-help-999 = ایمرجنسی میں، یا اگر آپ کو لگے کہ آپ خود کو نقصان پہنچانے کے خیالات پر عمل کر سکتی ہیں، تو { $number } پر فون کریں
screening-help-samaritans = Samaritans کو { $number } پر مفت فون کریں، کسی بھی وقت، دن ہو یا رات
screening-help-told = ہم نے آپ کی مڈوائف اور دیکھ بھال کی ٹیم کو بتا دیا ہے، تاکہ وہ آپ سے رابطہ کر سکیں۔

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = خیریت کی جانچ
screening-staff-intro = حفاظتی الرٹس پر کارروائی کریں، اور وہ سوال نامہ درج کریں جس کے جواب کوئی ماں کلینک میں آپ کے ساتھ دیتی ہے۔

## Safety alerts: the panel on the staff pages.

alerts-title = حفاظتی الرٹس
alerts-intro = ہر الرٹ پر آج ہی کارروائی کریں، پھر اسے بند کرنے کے لیے لکھیں کہ آپ نے کیا کیا۔
alerts-empty = کوئی کھلا الرٹ نہیں ہے۔
alerts-count =
    { $count ->
        [one] ایک کھلا الرٹ
       *[other] { $count } کھلے الرٹس
    }
alerts-reason-urgent = حفاظتی سوال کا جواب دیا گیا (خود کو نقصان پہنچانے کے خیالات): اسی دن حفاظتی رابطہ
alerts-reason-probable = اسکور ڈپریشن کے قوی امکان کی حد میں ہے: جائزے کے لیے ریفر کریں
alerts-escalated = منتظمین کو بھیج دیا گیا
alerts-raised = الرٹ کا وقت: { $when }
alerts-note-label = آپ نے کیا کیا؟
alerts-note-hint = مثال کے طور پر: اسے فون کیا، اسی دن جی پی سے ملاقات کا وقت لیا۔
alerts-acknowledge = تسلیم کریں
alerts-acknowledging = محفوظ ہو رہا ہے…
alerts-note-needed = الرٹ تسلیم کرنے سے پہلے لکھیں کہ آپ نے کیا کیا۔
alerts-acknowledged = { $name } کا الرٹ تسلیم کر لیا گیا۔
alerts-already = کوئی اور یہ الرٹ پہلے ہی تسلیم کر چکا ہے۔
alerts-refresh = نئے الرٹس دیکھیں
alerts-her-results = اس کے نتائج

## Recording a questionnaire given in clinic.

screening-record-title = کلینک میں دیا گیا سوال نامہ درج کریں
screening-find-label = ماں تلاش کریں: نام، فون، ای میل یا NHS نمبر
screening-find = تلاش کریں
screening-find-none = کوئی نہیں ملا۔ آپ کے کیس لوڈ کی مائیں نام سے ملتی ہیں؛ باقی سب صرف پورے فون نمبر، ای میل یا NHS نمبر سے۔
# A button on each mother found.
screening-choose-mother = { $name } کو چنیں
screening-for = { $name } کے سوال نامے
screening-change-mother = کسی اور کو چنیں
screening-instrument-label = سوال نامہ
screening-language-label = وہ کس زبان میں جواب دیتی ہے
screening-validated-yes = اس زبان کا نسخہ تصدیق شدہ ہے۔
screening-validated-no = اس زبان کا نسخہ تصدیق شدہ نہیں ہے: نتیجے کو احتیاط سے سمجھیں۔
screening-wording-not-installed = اس زبان کے لیے EPDS کی لائسنس یافتہ عبارت انسٹال نہیں، اس لیے EPDS اس میں استعمال نہیں ہو سکتا: PHQ-9، GAD-2 یا Whooley منتخب کریں۔
screening-record-start = سوال نامہ شروع کریں
screening-cancel = منسوخ کریں

## The result, for staff.

screening-staff-result-title = نتیجہ درج ہو گیا
screening-staff-total = کل { $total }: { $band }
screening-staff-urgent = حفاظتی سوال کا اسکور 1 یا زیادہ: اسی دن حفاظتی رابطہ۔
screening-staff-alert = اس کی دیکھ بھال کی ٹیم کے لیے حفاظتی الرٹ بھیجا گیا۔
screening-staff-anxiety = EPDS-3A بےچینی کا ذیلی پیمانہ: { $score }
screening-staff-validated = زبان کا نسخہ: تصدیق شدہ
screening-staff-not-validated = زبان کا نسخہ: تصدیق شدہ نہیں
screening-record-another = ایک اور درج کریں
screening-band-none = حد سے کم
screening-band-possible = ڈپریشن کا امکان
screening-band-probable = ڈپریشن کا قوی امکان: جائزے کے لیے ریفر کریں
screening-band-mild = ہلکا
screening-band-moderate = درمیانہ
screening-band-moderately-severe = کافی شدید
screening-band-severe = شدید
screening-band-positive = مثبت: مکمل جائزے کی پیشکش کریں

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = وقت کے ساتھ EPDS کا کل اسکور
screening-chart-title-phq9 = وقت کے ساتھ PHQ-9 کا کل اسکور
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } امکان
screening-chart-line-probable = { $score } قوی امکان
screening-chart-line-moderate = { $score } درمیانہ
screening-chart-line-moderately-severe = { $score } کافی شدید
screening-chart-summary =
    { $count ->
        [one] ایک نتیجہ: { $date } کو { $total }
       *[other] { $count } نتائج؛ تازہ ترین: { $date } کو { $total }
    }
screening-chart-empty = ابھی EPDS یا PHQ-9 کا کوئی نتیجہ نہیں۔
screening-chart-table = جدول کی شکل میں دکھائیں
screening-chart-date = تاریخ
screening-chart-total = کل
screening-chart-result = نتیجہ

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = آپ کو خیریت کی ایک جانچ مکمل کرنی ہے
due-screening-intro = آپ کا کورس چند مرحلوں پر سب سے پوچھتا ہے کہ وہ کیسا محسوس کر رہے ہیں۔ اس میں چند منٹ لگتے ہیں۔ آپ کے جواب صرف آپ اور آپ کی دیکھ بھال کرنے والے دیکھ سکتے ہیں۔
due-screening-point-baseline = کورس کا آغاز
due-screening-point-week6 = کورس کا چھٹا ہفتہ
due-screening-point-end = کورس کا اختتام
# $date is a date such as "Monday 14 December".
due-screening-until = براہ کرم { $date } تک مکمل کریں
due-screening-start = جانچ شروع کریں
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = طے شدہ جانچیں
schedule-empty = جن کورسز میں وہ شامل ہیں ان میں سے کسی نے جانچ طے نہیں کی۔
schedule-due-on = مقررہ تاریخ { $date }
schedule-status-upcoming = ابھی نہیں کھلی
schedule-status-due = ابھی کرنی ہے
schedule-status-done = ہو گئی
schedule-status-overdue = وقت گزر گیا
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = اسکریننگ کا شیڈول
schedule-edit-intro = اس کورس میں داخل ماؤں سے آپ کے منتخب کردہ مرحلوں پر یہ سوالنامہ مکمل کرنے کو کہا جاتا ہے، اور ہر ایک کا وقت آنے پر یاد دہانی بھیجی جاتی ہے۔
schedule-edit-instrument = سوالنامہ
schedule-edit-points = کب
schedule-edit-save = شیڈول محفوظ کریں

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = میرے چیک اِن
checkins-none = ابھی تک کوئی چیک اِن نہیں۔
checkins-intro = وہ دن جب آپ نے چیک اِن کیا۔ ہر ایک کون سا سوالنامہ تھا، یہ دیکھنے کے لیے اپنا PIN یا پاس ورڈ درج کریں۔
checkins-password-label = یا اپنا پاس ورڈ
checkins-password-wrong = یہ آپ کا پاس ورڈ نہیں ہے۔
checkins-show = کون سا، دکھائیں
screening-not-shared = اس کے سوالنامے آپ کے ساتھ شیئر نہیں کیے جاتے: اس نے انہیں اپنی نگہداشت کی ٹیم کے ساتھ شیئر کرنے کی اجازت نہیں دی، یا وہ آپ کی نگہداشت میں نہیں ہے۔ اس کے بارے میں حفاظتی الرٹ پھر بھی اس کی نگہداشت کی ٹیم تک پہنچتے ہیں۔
