# PeriLink interface text: Urdu (ur), translated from the English source (en):
# outcome reports, for coordinators.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - These screens are for coordinators and the people who fund the sessions:
#   plain, short work language is fine, with forms that suit women and men
#   alike (کریں, not کرتی ہیں or کرتے ہیں), as in staff.ftl.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Keep the references { reports-suppressed } and { reports-hidden } as they
#   are: they show the same marks as the tables.
# - Words as in staff.ftl and referrals.ftl: "programme" پروگرام, "venue" جگہ,
#   "referral" ریفرل, "places" سیٹ, "directory" ڈائریکٹری. "Probable
#   depression" is ڈپریشن کا قوی امکان, as in screening.ftl.
# - A count from 1 to 4 is shown as words (5 سے کم) rather than "<5", so the
#   sign is not turned around in right-to-left text.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = نتائج
reports-intro = ریفر کی گئی ماؤں کا کیا بنا: کیا انہیں دیکھا گیا، کیا وہ آتی رہیں، اور کیا وہ بہتر محسوس کرنے لگیں؟
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = ماؤں کی پرائیویسی کی حفاظت کے لیے، 1 سے 4 تک کی تعداد { reports-suppressed } لکھی جاتی ہے، اور اس سے نکالا گیا تناسب یا اوسط نہیں دکھایا جاتا ({ reports-hidden })۔
# A link back to the coordinator's main page.
reports-back = ڈائریکٹری پر واپس جائیں

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = تاریخیں اور گروپ بندی
reports-from = سے
reports-to = تک
reports-group-by = گروپ بندی
reports-show = دکھائیں
reports-error-dates = تاریخیں دیکھیں: ہر ایک اصل دن ہونا چاہیے، اور "سے" والی تاریخ "تک" والی تاریخ کے بعد نہیں ہونی چاہیے۔

# What a report's rows can be.
reports-group-programme = پروگرام
reports-group-kind = نشست کی قسم
reports-group-venue = جگہ
reports-group-language = ماں کی زبان
reports-group-interpreter = ترجمان کی ضرورت
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = ابھی کوئی نشست نہیں چنی گئی
reports-interpreter-yes = ترجمان کی ضرورت ہے
reports-interpreter-no = ترجمان کی ضرورت نہیں
# The last row of a table: every group together.
reports-total = سب

## The parts of the page

reports-referrals-title = ریفرل
reports-referrals-intro = ان تاریخوں کے درمیان کیے گئے ریفرل، اور ہر ایک کہاں تک پہنچا۔
reports-funnel-chart = ریفرل سے مکمل ہونے تک، تمام ریفرل
reports-attendance-title = حاضری
reports-attendance-intro = ان تاریخوں کے درمیان ہونے والی نشستیں: کون آیا، کون آتا رہا، اور کون سیٹ کے انتظار میں ہے۔
reports-screening-title = EPDS اسکور میں تبدیلی
reports-screening-intro = وہ مائیں جنہوں نے کورس کے شروع میں EPDS بھرا اور پھر ہفتہ 6 میں یا آخر میں دوبارہ۔ کم اسکور بہتر ہے؛ 13 یا زیادہ کا مطلب ہے ڈپریشن کا قوی امکان۔
reports-screening-chart = شروع میں، ہفتہ 6 میں اور آخر میں EPDS کا اوسط اسکور
reports-equity-title = کیا ہر ماں کے لیے منصفانہ ہے؟
reports-equity-intro = یہی اعداد، ماں کی زبان کے لحاظ سے اور اس لحاظ سے کہ اسے ترجمان کی ضرورت ہے یا نہیں۔
reports-records-title = ریفرل کے ریکارڈ
reports-records-intro = ان تاریخوں کے درمیان کیے گئے ہر ریفرل کے لیے ایک قطار، جیسا کہ PRSB کا سوشل پریسکرائبنگ انفارمیشن اسٹینڈرڈ (Social Prescribing Information Standard) بیان کرتا ہے، ناموں کے بغیر۔ کمشنرز اور NHS کے سسٹمز کے لیے۔
reports-records-csv = ریفرل کے ریکارڈ ڈاؤن لوڈ کریں (CSV)
reports-records-fhir = ریفرل کے ریکارڈ ڈاؤن لوڈ کریں (FHIR)
reports-downloading = فائل تیار ہو رہی ہے…

## Tables and charts

reports-download-csv = یہ جدول ڈاؤن لوڈ کریں (CSV)
reports-table-empty = ان تاریخوں کے درمیان کچھ درج نہیں ہوا۔
reports-chart-empty = ان تاریخوں کے درمیان بنانے کے لیے کچھ نہیں۔
# Before a list of groups too small to draw.
reports-chart-not-shown = نہیں بنایا گیا، 5 سے کم مائیں:
# The dashed line on the EPDS chart.
reports-chart-probable = 13: ڈپریشن کا قوی امکان
# The three points in time on the EPDS chart.
reports-chart-baseline = شروع
reports-chart-week6 = ہفتہ 6
reports-chart-end = آخر
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = موازنہ
reports-follow-up-week6 = ہفتہ 6
reports-follow-up-end = کورس کا آخر
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = 5 سے کم
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = 5 سے کم
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = نہیں دکھایا گیا
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } دن

## Column headings

reports-col-sent = ریفر کی گئیں
reports-col-accepted = منظور
reports-col-booked = بک
reports-col-attending = کم از کم ایک بار آئیں
reports-col-completed = مکمل کیا
reports-col-declined = نامنظور
reports-col-withdrawn = پیچھے ہٹ گئیں
reports-col-did-not-attend = آنا چھوڑ دیا
reports-col-attended-percent = آنے والوں کا تناسب
reports-col-median-days-to-attend = پہلی نشست تک دن (میڈین)
reports-col-sessions-held = ہونے والی نشستیں
reports-col-attendances = حاضریاں
reports-col-mothers = آنے والی مائیں
reports-col-mothers-3-plus = 3 یا زیادہ بار آئیں
reports-col-waiting = انتظار کی فہرست میں
reports-col-paired = دو بار جانچ والی مائیں
reports-col-mean-baseline = شروع میں اوسط اسکور
reports-col-mean-follow-up = بعد میں اوسط اسکور
reports-col-mean-change = اوسط تبدیلی
reports-col-fell-4-plus = اسکور 4 یا زیادہ کم ہوا
reports-col-fell-4-plus-percent = جن کا اسکور 4 یا زیادہ کم ہوا، ان کا تناسب
reports-col-probable-at-baseline = شروع میں 13 یا زیادہ
reports-col-left-probable = ان میں سے، اب 13 سے کم
reports-col-left-probable-percent = اب 13 سے کم والوں کا تناسب
reports-col-unvalidated = ان جوڑوں میں سے، غیر توثیق شدہ ترجمے میں لیے گئے
