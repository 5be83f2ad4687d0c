# PeriLink interface text: Bengali (bn), screening questions, results and help.
# Translated from the English source file (en/screening.ftl).
# This translation awaits review by a native speaker.
#
# CLINICAL NOTE: the PHQ-9, GAD-2 and Whooley questions and answers below are our
# own faithful translations of public-domain wording, NOT validated translations.
# Before clinical use they must be replaced by validated official Bengali
# versions (for the PHQ-9 and GAD-2, those on phqscreeners.com), word for word.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks to the user politely ("আপনি"). The mother's
#   pages never show a score. Staff text suits women and men.
# - Words as in main.ftl: সুস্থতা যাচাই (wellbeing check), মিডওয়াইফ (midwife),
#   সেশন (session), রেফার (refer), সমন্বয়কারী (coordinator). New here:
#   প্রশ্নমালা (questionnaire), হেলথ ভিজিটর (health visitor), জিপি (GP),
#   নিরাপত্তা সতর্কতা (safety alert), যত্নকারী দল (care team), যাচাইকৃত
#   (validated), বিষণ্ণতা (depression), দুশ্চিন্তা (worry).
# - Phone numbers stay as digits. Numbers are written with English digits, as
#   the app shows them. Bengali's [one] form is also used for 0, so it keeps
#   { $count } rather than "one".
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = সুস্থতা যাচাই
screening-intro-epds = গত 7 দিনে আপনার কেমন লেগেছে, তা নিয়ে দশটি ছোট প্রশ্ন। কোনো উত্তরই ঠিক বা ভুল নয়।
screening-epds-not-here = আপনি যে প্রশ্নমালা চেয়েছেন তা এখনো আপনার ভাষায় নেই, তাই একই বিষয়ে জিজ্ঞেস করে এমন আরেকটি দেওয়া হলো।
screening-intro-phq9 = গত 2 সপ্তাহে আপনার কেমন লেগেছে, তা নিয়ে নয়টি প্রশ্ন।
screening-intro-gad2 = গত 2 সপ্তাহের দুশ্চিন্তা নিয়ে দুটি প্রশ্ন।
screening-intro-whooley = গত এক মাসে আপনার কেমন লেগেছে, তা নিয়ে দুটি প্রশ্ন।
screening-private = আপনার উত্তর শুধু আপনি আর যাঁরা আপনার যত্ন নেন তাঁরা দেখতে পারেন। আপনি উত্তরগুলো দেখে নিয়ে পাঠাতে না চাওয়া পর্যন্ত কিছুই পাঠানো হবে না।
screening-start = শুরু করুন
# A folded list of the other questionnaires she may take instead.
screening-other = অন্য প্রশ্নমালা
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = সুস্থতা যাচাই (EPDS, 10টি প্রশ্ন)
screening-name-phq9 = মন-মেজাজের প্রশ্ন (PHQ-9, 9টি প্রশ্ন)
screening-name-gad2 = দুশ্চিন্তার প্রশ্ন (GAD-2, 2টি প্রশ্ন)
screening-name-whooley = দুটি ছোট প্রশ্ন (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = প্রশ্ন { $n }, মোট { $total }টির মধ্যে
screening-back = পেছনে যান
screening-next = পরের প্রশ্ন
screening-choose-answer = অনুগ্রহ করে একটি উত্তর বেছে নিন।
screening-review-title = আপনার উত্তরগুলো দেখে নিন
screening-review-intro = এখনো কিছু পাঠানো হয়নি। পাঠানোর আগে আপনি যেকোনো উত্তর বদলাতে পারেন।
screening-review-question = প্রশ্ন { $n }
screening-not-answered = উত্তর দেওয়া হয়নি
screening-change = বদলান
# For screen readers, on each "Change" button.
screening-change-label = { $n } নম্বর প্রশ্নের উত্তর বদলান
screening-send = আমার উত্তর পাঠান
screening-sending = পাঠানো হচ্ছে…
screening-loading-questions = প্রশ্নগুলো আনা হচ্ছে…
screening-try-again = আবার চেষ্টা করুন
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = EPDS প্রশ্ন { $n } – লাইসেন্স করা লেখা ইনস্টল করা নেই
screening-epds-placeholder-option = বিকল্প { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = সূত্র:

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = গত 2 সপ্তাহে, নিচের কোনো সমস্যায় আপনি কত ঘন ঘন কষ্ট পেয়েছেন?
screening-phq9-q1 = কোনো কাজ করতে আগ্রহ বা আনন্দ কম পাওয়া
screening-phq9-q2 = মন খারাপ লাগা, বিষণ্ণ বা হতাশ বোধ করা
screening-phq9-q3 = ঘুম আসতে বা ঘুম ধরে রাখতে সমস্যা, অথবা খুব বেশি ঘুমানো
screening-phq9-q4 = ক্লান্ত লাগা বা শরীরে শক্তি কম থাকা
screening-phq9-q5 = খিদে কম হওয়া বা বেশি খাওয়া
screening-phq9-q6 = নিজের সম্পর্কে খারাপ লাগা — অথবা মনে হওয়া যে আপনি ব্যর্থ, বা আপনি নিজেকে বা আপনার পরিবারকে হতাশ করেছেন
screening-phq9-q7 = কোনো কিছুতে মন দিতে সমস্যা, যেমন খবরের কাগজ পড়া বা টেলিভিশন দেখার সময়
screening-phq9-q8 = এত ধীরে চলাফেরা করা বা কথা বলা যে অন্যরা তা লক্ষ করে থাকতে পারেন? অথবা উল্টোটা — এত অস্থির বা ছটফটে থাকা যে আপনি স্বাভাবিকের চেয়ে অনেক বেশি নড়াচড়া করছেন
screening-phq9-q9 = মনে হওয়া যে আপনি মরে গেলেই ভালো হতো, অথবা কোনোভাবে নিজেকে আঘাত করার চিন্তা
screening-gad2-stem = গত 2 সপ্তাহে, নিচের সমস্যাগুলোতে আপনি কত ঘন ঘন কষ্ট পেয়েছেন?
screening-gad2-q1 = নার্ভাস, উদ্বিগ্ন বা অস্থির বোধ করা
screening-gad2-q2 = দুশ্চিন্তা থামাতে বা নিয়ন্ত্রণ করতে না পারা
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = একদম না
screening-freq-1 = কয়েক দিন
screening-freq-2 = অর্ধেকের বেশি দিন
screening-freq-3 = প্রায় প্রতিদিন
screening-phq-attribution = PHQ-9 ও GAD-2: Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke এবং তাঁদের সহকর্মীরা Pfizer Inc.-এর একটি শিক্ষা-অনুদানের সাহায্যে তৈরি করেছেন। নকল, অনুবাদ, প্রদর্শন বা বিতরণ করতে কোনো অনুমতি লাগে না।

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = গত এক মাসে, মন খারাপ, বিষণ্ণ বা হতাশ লাগায় আপনি কি প্রায়ই কষ্ট পেয়েছেন?
screening-whooley-q2 = গত এক মাসে, কোনো কাজ করতে আগ্রহ বা আনন্দ কম পাওয়ায় আপনি কি প্রায়ই কষ্ট পেয়েছেন?
# The answers, in this order: "No" first.
screening-no = না
screening-yes = হ্যাঁ
screening-whooley-attribution = Whooley প্রশ্ন, NICE নির্দেশিকা CG192 (Antenatal and postnatal mental health, গর্ভাবস্থায় ও প্রসবের পরে মানসিক স্বাস্থ্য)-এর সুপারিশ অনুযায়ী।

## After she sends her answers. Never show her a score.

screening-thanks-title = ধন্যবাদ
screening-thanks = আপনার উত্তর সেভ হয়েছে। যাঁরা আপনার যত্ন নেন, তাঁরা এগুলো দেখতে পারবেন।
screening-thanks-talk = সবকিছু কঠিন লাগলে, যেকোনো সময় আপনার মিডওয়াইফ, হেলথ ভিজিটর বা জিপি (GP)-র সাথে কথা বলতে পারেন।
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = যেকোনো সময় সাহায্য লাগলে
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = এখন আরও 10টি প্রশ্নের উত্তর দিন
screening-back-to-my = আমার সেশনগুলোতে যান
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = অনুগ্রহ করে আজই সাহায্য নিন
screening-help-intro = আপনার উত্তর দেখে মনে হচ্ছে, এখন আপনার একটু বেশি সাহায্য দরকার হতে পারে। আপনি একা নন, আপনার জন্য সাহায্য আছে।
screening-help-midwife = আজই আপনার মিডওয়াইফ বা জিপি (GP)-র সাথে কথা বলুন।
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = NHS { $number }-এ ফোন করুন, আর মানসিক স্বাস্থ্যের জন্য { $option } নম্বর বেছে নিন
screening-help-999 = জরুরি অবস্থায়, অথবা নিজের ক্ষতি করার চিন্তা থেকে কিছু করে ফেলতে পারেন বলে মনে হলে, { $number }-এ ফোন করুন
screening-help-samaritans = Samaritans-কে বিনামূল্যে { $number }-এ ফোন করুন, দিনে বা রাতে যেকোনো সময়
screening-help-told = আমরা আপনার মিডওয়াইফ ও যত্নকারী দলকে জানিয়েছি, যাতে তাঁরা আপনার সাথে যোগাযোগ করতে পারেন।

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = সুস্থতা যাচাই
screening-staff-intro = নিরাপত্তা সতর্কতার বিষয়ে ব্যবস্থা নিন, আর ক্লিনিকে কোনো মা আপনার সাথে বসে যে প্রশ্নমালার উত্তর দেন তা রেকর্ড করুন।

## Safety alerts: the panel on the staff pages.

alerts-title = নিরাপত্তা সতর্কতা
alerts-intro = প্রতিটি সতর্কতার বিষয়ে আজই ব্যবস্থা নিন, তারপর আপনি কী করেছেন তা লিখে সতর্কতাটি বন্ধ করুন।
alerts-empty = খোলা কোনো সতর্কতা নেই।
alerts-count =
    { $count ->
        [one] { $count }টি খোলা সতর্কতা
       *[other] { $count }টি খোলা সতর্কতা
    }
alerts-reason-urgent = নিরাপত্তা প্রশ্নের উত্তর দেওয়া হয়েছে (নিজের ক্ষতির চিন্তা): একই দিনে নিরাপত্তা ফলো-আপ
alerts-reason-probable = স্কোর “বিষণ্ণতার সম্ভাবনা বেশি” সীমায়: মূল্যায়নের জন্য রেফার করুন
alerts-escalated = সমন্বয়কারীদের কাছে পাঠানো হয়েছে
alerts-raised = সতর্কতা তৈরি হয়েছে: { $when }
alerts-note-label = আপনি কী করেছেন?
alerts-note-hint = যেমন: তাঁকে ফোন করেছি, একই দিনে জিপির অ্যাপয়েন্টমেন্ট করা হয়েছে।
alerts-acknowledge = দেখা হয়েছে বলে চিহ্নিত করুন
alerts-acknowledging = সেভ হচ্ছে…
alerts-note-needed = সতর্কতাটি চিহ্নিত করার আগে আপনি কী করেছেন তা লিখুন।
alerts-acknowledged = { $name }-এর সতর্কতা দেখা হয়েছে বলে চিহ্নিত হলো।
alerts-already = অন্য কেউ আগেই এই সতর্কতাটি দেখা হয়েছে বলে চিহ্নিত করেছেন।
alerts-refresh = নতুন সতর্কতা আছে কি না দেখুন
alerts-her-results = তাঁর ফলাফল

## Recording a questionnaire given in clinic.

screening-record-title = ক্লিনিকে দেওয়া একটি প্রশ্নমালা রেকর্ড করুন
screening-find-label = একজন মাকে খুঁজুন: নাম, ফোন, ইমেইল বা NHS নম্বর
screening-find = খুঁজুন
screening-find-none = কাউকে পাওয়া যায়নি। আপনার দায়িত্বে থাকা মায়েদের নাম দিয়ে খোঁজা যায়; অন্য সবাইকে শুধু হুবহু ফোন, ইমেইল বা NHS নম্বর দিয়ে।
# A button on each mother found.
screening-choose-mother = { $name }-কে বেছে নিন
screening-for = { $name }-এর জন্য প্রশ্নমালা
screening-change-mother = অন্য কাউকে বেছে নিন
screening-instrument-label = প্রশ্নমালা
screening-language-label = তিনি যে ভাষায় উত্তর দেন
screening-validated-yes = এই ভাষার সংস্করণটি যাচাইকৃত (validated)।
screening-validated-no = এই ভাষার সংস্করণটি যাচাইকৃত নয়: ফলাফল সাবধানে বিচার করুন।
screening-wording-not-installed = এই ভাষার জন্য লাইসেন্সকৃত EPDS শব্দাবলি ইনস্টল করা নেই, তাই এই ভাষায় EPDS ব্যবহার করা যাবে না: PHQ-9, GAD-2 বা Whooley বেছে নিন।
screening-record-start = প্রশ্নমালা শুরু করুন
screening-cancel = বাতিল করুন

## The result, for staff.

screening-staff-result-title = ফলাফল রেকর্ড হয়েছে
screening-staff-total = মোট { $total }: { $band }
screening-staff-urgent = নিরাপত্তা প্রশ্নে স্কোর 1 বা তার বেশি: একই দিনে নিরাপত্তা ফলো-আপ।
screening-staff-alert = তাঁর যত্নকারী দলের জন্য একটি নিরাপত্তা সতর্কতা তৈরি হয়েছে।
screening-staff-anxiety = EPDS-3A উদ্বেগ উপ-স্কেল: { $score }
screening-staff-validated = ভাষার সংস্করণ: যাচাইকৃত
screening-staff-not-validated = ভাষার সংস্করণ: যাচাইকৃত নয়
screening-record-another = আরেকটি রেকর্ড করুন
screening-band-none = সীমার নিচে
screening-band-possible = বিষণ্ণতা থাকতে পারে
screening-band-probable = বিষণ্ণতার সম্ভাবনা বেশি: মূল্যায়নের জন্য রেফার করুন
screening-band-mild = মৃদু
screening-band-moderate = মাঝারি
screening-band-moderately-severe = মাঝারি থেকে গুরুতর
screening-band-severe = গুরুতর
screening-band-positive = পজিটিভ: পূর্ণ মূল্যায়নের প্রস্তাব দিন

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = সময়ের সাথে EPDS মোট স্কোর
screening-chart-title-phq9 = সময়ের সাথে PHQ-9 মোট স্কোর
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } থাকতে পারে
screening-chart-line-probable = { $score } সম্ভাবনা বেশি
screening-chart-line-moderate = { $score } মাঝারি
screening-chart-line-moderately-severe = { $score } মাঝারি থেকে গুরুতর
screening-chart-summary =
    { $count ->
        [one] { $count }টি ফলাফল: { $date } তারিখে { $total }
       *[other] { $count }টি ফলাফল; সর্বশেষটি { $date } তারিখে { $total }
    }
screening-chart-empty = এখনো কোনো EPDS বা PHQ-9 ফলাফল নেই।
screening-chart-table = টেবিল হিসেবে দেখান
screening-chart-date = তারিখ
screening-chart-total = মোট
screening-chart-result = ফলাফল

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = আপনার একটি সুস্থতা যাচাই করার আছে
due-screening-intro = আপনার কোর্স কয়েকটি সময়ে সবাইকে জিজ্ঞেস করে তাঁরা কেমন বোধ করছেন। এতে কয়েক মিনিট লাগে। আপনার উত্তর শুধু আপনি আর যাঁরা আপনার যত্ন নেন তাঁরা দেখতে পারেন।
due-screening-point-baseline = কোর্সের শুরু
due-screening-point-week6 = কোর্সের ৬ষ্ঠ সপ্তাহ
due-screening-point-end = কোর্সের শেষ
# $date is a date such as "Monday 14 December".
due-screening-until = অনুগ্রহ করে { $date } তারিখের মধ্যে করুন
due-screening-start = যাচাই শুরু করুন
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = নির্ধারিত সুস্থতা যাচাই
schedule-empty = তিনি যে কোর্সে আছেন, তার কোনোটিতে যাচাই নির্ধারিত নেই।
schedule-due-on = নির্ধারিত তারিখ { $date }
schedule-status-upcoming = এখনও খোলেনি
schedule-status-due = এখন করার সময়
schedule-status-done = করা হয়েছে
schedule-status-overdue = সময় পেরিয়ে গেছে
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = স্ক্রিনিংয়ের সময়সূচি
schedule-edit-intro = এই কোর্সে নাম লেখানো মায়েদের আপনার টিক দেওয়া সময়গুলোতে এই প্রশ্নমালা পূরণ করতে বলা হবে, আর প্রতিটির সময় হলে মনে করিয়ে দেওয়া হবে।
schedule-edit-instrument = প্রশ্নমালা
schedule-edit-points = কখন
schedule-edit-save = সময়সূচি সেভ করুন

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = আমার চেক-ইন
checkins-none = এখনও কোনো চেক-ইন নেই।
checkins-intro = যেসব দিনে আপনি চেক-ইন করেছেন। কোনটি কোন প্রশ্নমালা ছিল দেখতে আপনার পিন বা পাসওয়ার্ড দিন।
checkins-password-label = অথবা আপনার পাসওয়ার্ড
checkins-password-wrong = এটি আপনার পাসওয়ার্ড নয়।
checkins-show = কোনটি দেখান
screening-not-shared = তাঁর প্রশ্নোত্তর আপনার সাথে শেয়ার করা হয় না: তিনি তাঁর যত্ন দলের সাথে সেগুলো শেয়ার করতে রাজি হননি, অথবা তিনি আপনার যত্নে নেই। তাঁর বিষয়ে নিরাপত্তা সতর্কতা তবুও তাঁর যত্ন দলের কাছে পৌঁছায়।
