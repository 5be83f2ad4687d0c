# PeriLink interface text: Kurdish Sorani (ckb), Arabic script, translated
# from the English source (en): outcome reports, for coordinators.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - These screens are for coordinators and the people who fund the sessions:
#   plain, short work language is fine.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Keep the references { reports-suppressed } and { reports-hidden } as they
#   are: they show the same marks as the tables.
# - Words as in staff.ftl and referrals.ftl: "programme" بەرنامە, "venue" شوێن,
#   "referral" ڕەوانەکردن, "places" جێگە, "directory" ڕێبەر. "Probable
#   depression" is ئەگەری زۆری خەمۆکی, as in screening.ftl.
# - A count from 1 to 4 is shown as words (کەمتر لە 5) rather than "<5", so the
#   sign is not turned around in right-to-left text.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = ئەنجامەکان
reports-intro = دایکە ڕەوانەکراوەکان چۆن بوون: ئایا بینران، ئایا بەردەوام هاتن، و ئایا هەستیان بە باشتربوون کرد؟
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = بۆ پاراستنی تایبەتمەندیی دایکان، ژمارەی 1 تا 4 بەم شێوەیە پیشان دەدرێت: { reports-suppressed }، و ڕێژە یان تێکڕایەک کە لێیەوە دەرهێنرابێت پیشان نادرێت ({ reports-hidden }).
# A link back to the coordinator's main page.
reports-back = گەڕانەوە بۆ ڕێبەرەکە

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = بەروار و گرووپکردن
reports-from = لە
reports-to = تا
reports-group-by = گرووپکردن بەپێی
reports-show = پیشاندان
reports-error-dates = بەروارەکان بپشکنە: هەر یەکێکیان دەبێت ڕۆژێکی ڕاستەقینە بێت، و «لە» نابێت دوای «تا» بێت.

# What a report's rows can be.
reports-group-programme = بەرنامە
reports-group-kind = جۆری دانیشتن
reports-group-venue = شوێن
reports-group-language = زمانی دایک
reports-group-interpreter = پێویستی بە وەرگێڕ
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = هێشتا دانیشتن هەڵنەبژێردراوە
reports-interpreter-yes = پێویستی بە وەرگێڕە
reports-interpreter-no = پێویستی بە وەرگێڕ نییە
# The last row of a table: every group together.
reports-total = هەموو

## The parts of the page

reports-referrals-title = ڕەوانەکردنەکان
reports-referrals-intro = ئەو ڕەوانەکردنانەی لە نێوان ئەم بەروارانەدا کراون، و هەر یەکێکیان تا کوێ ڕۆیشتووە.
reports-funnel-chart = لە ڕەوانەکردنەوە تا تەواوکردن، هەموو ڕەوانەکردنەکان
reports-attendance-title = ئامادەبوون
reports-attendance-intro = ئەو دانیشتنانەی لە نێوان ئەم بەروارانەدا کران: کێ هات، کێ بەردەوام بوو لە هاتن، و کێ چاوەڕێی جێگەیە.
reports-screening-title = گۆڕانی نمرەی EPDS
reports-screening-intro = ئەو دایکانەی لە سەرەتای خولێکدا EPDS یان پڕکردەوە، و دووبارە لە هەفتەی 6 یان لە کۆتاییدا. نمرەی کەمتر باشترە؛ 13 یان زیاتر واتە ئەگەری زۆری خەمۆکی.
reports-screening-chart = تێکڕای نمرەی EPDS لە سەرەتا، لە هەفتەی 6 و لە کۆتاییدا
reports-equity-title = بۆ هەموو دایکێک دادپەروەرانەیە؟
reports-equity-intro = هەمان ژمارەکان بەپێی زمانی دایک و بەپێی ئەوەی پێویستی بە وەرگێڕ هەیە یان نا.
reports-records-title = تۆمارەکانی ڕەوانەکردن
reports-records-intro = ڕیزێک بۆ هەر ڕەوانەکردنێک کە لە نێوان ئەم بەروارانەدا کراوە، وەک ستانداردی زانیاریی ڕەچەتەی کۆمەڵایەتیی PRSB (Social Prescribing Information Standard) باسی دەکات، بێ ناو. بۆ سیستەمەکانی داواکارانی خزمەتگوزاری و NHS.
reports-records-csv = تۆمارەکانی ڕەوانەکردن دابگرە (CSV)
reports-records-fhir = تۆمارەکانی ڕەوانەکردن دابگرە (FHIR)
reports-downloading = فایلەکە ئامادە دەکرێت…

## Tables and charts

reports-download-csv = ئەم خشتەیە دابگرە (CSV)
reports-table-empty = لە نێوان ئەم بەروارانەدا هیچ تۆمار نەکراوە.
reports-chart-empty = لە نێوان ئەم بەروارانەدا هیچ نییە بۆ کێشان.
# Before a list of groups too small to draw.
reports-chart-not-shown = نەکێشراوە، کەمتر لە 5 دایک:
# The dashed line on the EPDS chart.
reports-chart-probable = 13: ئەگەری زۆری خەمۆکی
# The three points in time on the EPDS chart.
reports-chart-baseline = سەرەتا
reports-chart-week6 = هەفتەی 6
reports-chart-end = کۆتایی
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = بەراورد لەگەڵ
reports-follow-up-week6 = هەفتەی 6
reports-follow-up-end = کۆتایی خول
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = کەمتر لە 5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = کەمتر لە 5
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = پیشان نادرێت
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } ڕۆژ

## Column headings

reports-col-sent = ڕەوانەکراو
reports-col-accepted = وەرگیراو
reports-col-booked = جێگە گیراو
reports-col-attending = لانیکەم یەک جار هاتووە
reports-col-completed = تەواوی کردووە
reports-col-declined = ڕەتکراوە
reports-col-withdrawn = کشاوەتەوە
reports-col-did-not-attend = ئیتر نەهاتووە
reports-col-attended-percent = ڕێژەی ئەوانەی هاتن
reports-col-median-days-to-attend = ڕۆژ تا یەکەم دانیشتن (ناوەند)
reports-col-sessions-held = دانیشتنە کراوەکان
reports-col-attendances = جارەکانی ئامادەبوون
reports-col-mothers = ئەو دایکانەی هاتن
reports-col-mothers-3-plus = 3 جار یان زیاتر هاتووە
reports-col-waiting = لە لیستی چاوەڕوانیدا
reports-col-paired = دایکانی دوو جار پشکنراو
reports-col-mean-baseline = تێکڕای نمرە لە سەرەتادا
reports-col-mean-follow-up = تێکڕای نمرە دواتر
reports-col-mean-change = تێکڕای گۆڕان
reports-col-fell-4-plus = نمرە 4 یان زیاتر دابەزیوە
reports-col-fell-4-plus-percent = ڕێژەی ئەوانەی نمرەیان 4 یان زیاتر دابەزیوە
reports-col-probable-at-baseline = 13 یان زیاتر لە سەرەتادا
reports-col-left-probable = لەوانە، ئێستا لە خوار 13
reports-col-left-probable-percent = ڕێژەی ئەوانەی ئێستا لە خوار 13ن
reports-col-unvalidated = لەو جووتانە، ئەوانەی بە وەرگێڕانێکی پەسەندنەکراو وەرگیراون
