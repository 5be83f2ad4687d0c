# PeriLink interface text: Bengali (bn), outcome reports, for coordinators.
# Translated from the English source file (en/reports.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - These screens are for coordinators and funders, women and men. As in
#   main.ftl, the app speaks to them politely ("আপনি").
# - Words as in main.ftl and staff.ftl: রেফারেল, সেশন, প্রোগ্রাম, জায়গা
#   (venue), ডিরেক্টরি, দোভাষী, বুক করা, অপেক্ষার তালিকা (waiting list).
#   New here: উপস্থিতি (attendance), স্কোর (score), গড় (average), মধ্যমা
#   (median), অনুপাত (share), বিষণ্ণতার সম্ভাবনা বেশি (probable depression).
# - { reports-suppressed } and { reports-hidden } are other messages: keep them.
# - Numbers are written with English digits, as the app shows them.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = ফলাফল
reports-intro = রেফার করা মায়েদের কী হলো: তাঁরা কি সেশনে এলেন, নিয়মিত আসতে থাকলেন, আর আগের চেয়ে ভালো বোধ করলেন?
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = মায়েদের গোপনীয়তা রক্ষার জন্য, 1 থেকে 4 পর্যন্ত সংখ্যা { reports-suppressed } হিসেবে দেখানো হয়, আর তা থেকে হিসাব করা অনুপাত বা গড় দেখানো হয় না ({ reports-hidden })।
# A link back to the coordinator's main page.
reports-back = ডিরেক্টরিতে ফিরে যান

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = তারিখ ও ভাগ
reports-from = থেকে
reports-to = পর্যন্ত
reports-group-by = যেভাবে ভাগ করবেন
reports-show = দেখান
reports-error-dates = তারিখগুলো দেখে নিন: প্রতিটি অবশ্যই সত্যিকারের একটি দিন হতে হবে, আর “থেকে” তারিখটি “পর্যন্ত” তারিখের পরে হতে পারবে না।

# What a report's rows can be.
reports-group-programme = প্রোগ্রাম
reports-group-kind = সেশনের ধরন
reports-group-venue = জায়গা
reports-group-language = মায়ের ভাষা
reports-group-interpreter = দোভাষীর প্রয়োজন
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = এখনো কোনো সেশন বেছে নেওয়া হয়নি
reports-interpreter-yes = দোভাষী লাগবে
reports-interpreter-no = দোভাষী লাগবে না
# The last row of a table: every group together.
reports-total = সব

## The parts of the page

reports-referrals-title = রেফারেল
reports-referrals-intro = এই তারিখগুলোর মধ্যে করা রেফারেল, আর প্রতিটি কত দূর এগিয়েছে।
reports-funnel-chart = রেফারেল থেকে শেষ করা পর্যন্ত, সব রেফারেল
reports-attendance-title = উপস্থিতি
reports-attendance-intro = এই তারিখগুলোর মধ্যে যে সেশনগুলো হয়েছে: কারা এসেছেন, কারা নিয়মিত আসতে থাকলেন, আর কারা জায়গার জন্য অপেক্ষা করছেন।
reports-screening-title = EPDS স্কোরের পরিবর্তন
reports-screening-intro = যে মায়েরা কোর্সের শুরুতে এবং আবার 6 নম্বর সপ্তাহে বা শেষে EPDS পূরণ করেছেন। স্কোর কম হলে ভালো; 13 বা তার বেশি মানে বিষণ্ণতার সম্ভাবনা বেশি।
reports-screening-chart = শুরুতে, 6 নম্বর সপ্তাহে এবং শেষে গড় EPDS স্কোর
reports-equity-title = সব মায়ের জন্য কি সমান?
reports-equity-intro = একই সংখ্যাগুলো, মায়ের ভাষা অনুযায়ী এবং তাঁর দোভাষী লাগে কি না অনুযায়ী।
reports-records-title = রেফারেলের রেকর্ড
reports-records-intro = এই তারিখগুলোর মধ্যে করা প্রতিটি রেফারেলের জন্য একটি সারি, PRSB Social Prescribing Information Standard যেভাবে বলে, নাম ছাড়া। কমিশনার ও NHS সিস্টেমের জন্য।
reports-records-csv = রেফারেলের রেকর্ড ডাউনলোড করুন (CSV)
reports-records-fhir = রেফারেলের রেকর্ড ডাউনলোড করুন (FHIR)
reports-downloading = ফাইল তৈরি হচ্ছে…

## Tables and charts

reports-download-csv = এই টেবিলটি ডাউনলোড করুন (CSV)
reports-table-empty = এই তারিখগুলোর মধ্যে কিছুই রেকর্ড করা হয়নি।
reports-chart-empty = এই তারিখগুলোর মধ্যে আঁকার মতো কিছু নেই।
# Before a list of groups too small to draw.
reports-chart-not-shown = আঁকা হয়নি, 5 জনের কম মা:
# The dashed line on the EPDS chart.
reports-chart-probable = 13: বিষণ্ণতার সম্ভাবনা বেশি
# The three points in time on the EPDS chart.
reports-chart-baseline = শুরু
reports-chart-week6 = সপ্তাহ 6
reports-chart-end = শেষ
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = যার সাথে তুলনা
reports-follow-up-week6 = সপ্তাহ 6
reports-follow-up-end = কোর্সের শেষ
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = <5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = 5-এর কম
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = দেখানো হয়নি
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } দিন

## Column headings

reports-col-sent = রেফার করা হয়েছে
reports-col-accepted = গ্রহণ করা হয়েছে
reports-col-booked = বুক করা হয়েছে
reports-col-attending = অন্তত একবার এসেছেন
reports-col-completed = শেষ করেছেন
reports-col-declined = ফিরিয়ে দেওয়া হয়েছে
reports-col-withdrawn = সরে গেছেন
reports-col-did-not-attend = আসা বন্ধ করেছেন
reports-col-attended-percent = যাঁরা এসেছেন, তাঁদের অনুপাত
reports-col-median-days-to-attend = প্রথম সেশন পর্যন্ত দিন (মধ্যমা)
reports-col-sessions-held = যতগুলো সেশন হয়েছে
reports-col-attendances = মোট উপস্থিতি
reports-col-mothers = যে মায়েরা এসেছেন
reports-col-mothers-3-plus = 3 বা তার বেশি বার এসেছেন
reports-col-waiting = অপেক্ষার তালিকায়
reports-col-paired = দুবার যাচাই হওয়া মায়েরা
reports-col-mean-baseline = শুরুতে গড় স্কোর
reports-col-mean-follow-up = পরে গড় স্কোর
reports-col-mean-change = গড় পরিবর্তন
reports-col-fell-4-plus = স্কোর 4 বা তার বেশি কমেছে
reports-col-fell-4-plus-percent = যাঁদের স্কোর 4 বা তার বেশি কমেছে, তাঁদের অনুপাত
reports-col-probable-at-baseline = শুরুতে 13 বা তার বেশি
reports-col-left-probable = তাঁদের মধ্যে, এখন 13-এর কম
reports-col-left-probable-percent = এখন 13-এর কম, এমন মায়েদের অনুপাত
reports-col-unvalidated = এর মধ্যে, যাচাই না করা অনুবাদে নেওয়া
