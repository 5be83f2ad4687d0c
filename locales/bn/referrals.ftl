# PeriLink interface text: Bengali (bn), referrals, for referrers, hosts and
# mothers.
# Translated from the English source file (en/referrals.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - Keys starting ref- are for staff (midwives, link workers, session hosts and
#   coordinators), women and men; keys starting myref- are read by a mother about
#   her own referrals, and so are the ref-status- and ref-reason- names: short
#   sentences, everyday words. As in main.ftl, the app speaks politely ("আপনি"),
#   and speaks of the mother respectfully (তিনি, তাঁর, তাঁকে).
# - Words as in main.ftl and staff.ftl: রেফার, রেফারেল (refer, referral),
#   মিডওয়াইফ, লিংক ওয়ার্কার, সেশন, সেশন পরিচালক (host), হাজিরা খাতা
#   (register), বুক করুন (book), জায়গা (a place, and a venue), সুস্থতা যাচাই
#   (wellbeing check). New here: রেফারকারী (referrer), সেশন টিম (session
#   team), যত্নকারী দল (care team), আমার দায়িত্বে থাকা মায়েরা (caseload),
#   সম্মতি (consent), শেয়ার করা (share), নিবন্ধন (register a person),
#   ফিরিয়ে দেওয়া (decline), দোভাষী (interpreter).
# - Dates ($date) arrive already written in Bengali by the phone, such as
#   "মঙ্গলবার 25 নভেম্বর"; times ($start, $end) such as "10:30".
# - Numbers are written with English digits, as the app shows them.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = পাঠানো হয়েছে
ref-status-accepted = গ্রহণ করা হয়েছে
ref-status-declined = ফিরিয়ে দেওয়া হয়েছে
ref-status-booked = বুক করা হয়েছে
ref-status-attending = যাচ্ছেন
ref-status-completed = শেষ হয়েছে
ref-status-did-not-attend = পরপর দুটি সেশনে আসেননি
ref-status-withdrawn = বন্ধ করা হয়েছে

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = একা লাগা
ref-reason-low-mood-or-anxiety = মন খারাপ বা দুশ্চিন্তা
ref-reason-english-language = ইংরেজি শেখা
ref-reason-infant-feeding = শিশুকে খাওয়ানো
ref-reason-money-housing-or-work = টাকা-পয়সা, বাসা বা কাজ
ref-reason-bonding-with-baby = শিশুর সাথে মায়ার বাঁধন গড়া
ref-reason-other = অন্য কিছু
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = রেফারেলের কারণ

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = রেফারকারীর দ্বারা
ref-actor-provider = সেশন টিমের দ্বারা
ref-actor-mother = মায়ের দ্বারা
ref-actor-system = হাজিরা খাতা থেকে
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }, { $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
        [one] এ পর্যন্ত { $count }টি ধাপ
       *[other] এ পর্যন্ত { $count }টি ধাপ
    }
# $reason is what someone wrote when they declined.
ref-move-reason = কারণ: “{ $reason }”
ref-sent-on = { $date } তারিখে পাঠানো হয়েছে
# $text is what the mother said matters to her, in her words.
ref-what-matters = তাঁর কাছে যা গুরুত্বপূর্ণ: “{ $text }”
# $text is the referrer's note for the care team.
ref-note = নোট: { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = দোভাষী লাগবে
ref-cancel = বাতিল করুন
ref-working = পাঠানো হচ্ছে…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = এর মধ্যে এই রেফারেলটি বদলে গেছে। তালিকাটি এখন হালনাগাদ করা হয়েছে: অনুগ্রহ করে আবার দেখুন।
ref-error-full = ওই তারিখে আর কোনো জায়গা নেই। অনুগ্রহ করে অন্য একটি তারিখ বেছে নিন।
ref-error-invalid = কিছু তথ্য ঠিক নেই। অনুগ্রহ করে দেখে নিয়ে আবার চেষ্টা করুন।
ref-error-reason = অনুগ্রহ করে কারণটি লিখুন।

## A referrer's page: news, making a referral, and her caseload

ref-news-title = নতুন খবর
ref-news-accepted = { $programme } { $name }-কে গ্রহণ করেছে।
ref-news-declined = { $programme } { $name }-এর রেফারেল ফিরিয়ে দিয়েছে। কারণটি নিচে তাঁর ধাপগুলোতে আছে।
ref-news-first-attended = { $name } প্রথমবার { $programme }-এ গিয়েছেন।
ref-news-missed-twice = { $name } পরপর দুবার { $programme }-এর সেশনে যাননি।
ref-news-withdrawn = { $name } { $programme }-এ তাঁর রেফারেল বন্ধ করেছেন।
ref-news-booking-cancelled = { $name } { $programme }-এ তার বুকিং বাতিল করেছেন: রেফারেলের জন্য আবার একটি তারিখ দরকার।
ref-attended-none = রেফারেলের পর এখনো কোনো সেশন হয়নি।
ref-news-alert = { $name }-এর জন্য নিরাপত্তা সতর্কতা: আজই খোঁজ নিন।
ref-news-alert-escalated = চার ঘণ্টার মধ্যে { $name }-এর নিরাপত্তা সতর্কতায় কেউ ব্যবস্থা নেয়নি: এটি সমন্বয়কারীদের কাছে গেছে।
ref-news-alert-closed = একটি নিরাপত্তা সতর্কতা উঠেছিল এবং পরে তাতে ব্যবস্থা নেওয়া হয়েছে।
ref-news-alert-open = সতর্কতা দেখুন
# When the referral a notification is about is not on this page.
ref-news-other = আপনার একটি রেফারেলে পরিবর্তন হয়েছে।
# Marks a piece of news as read, so it goes away.
ref-news-read = বুঝেছি

ref-new-title = একটি রেফারেল করুন
ref-new-intro = চারটি ছোট ধাপ। তাঁর সম্পর্কে আমরা যা আগে থেকেই জানি, তা আপনার জন্য লিখে দেওয়া থাকবে।
# After sending.
ref-sent = রেফারেল পাঠানো হয়েছে: { $name }, { $programme }-এ।

# Step 1: finding or registering the mother.
ref-step-mother = 1. তাঁকে খুঁজুন
ref-find-label = তাঁর নাম, ফোন নম্বর বা NHS নম্বর
ref-find-hint = নাম দিয়ে আপনার দায়িত্বে থাকা মায়েদের পাওয়া যায়। ফোন, ইমেইল বা NHS নম্বর দিয়ে আমাদের জানা যেকোনো মাকে পাওয়া যায়।
ref-find-submit = খুঁজুন
ref-find-none = কাউকে পাওয়া যায়নি। যা লিখেছেন তা দেখে নিন, অথবা তাঁকে নিবন্ধন করুন।
ref-find-results = যে মায়েদের পাওয়া গেছে
ref-choose = তাঁকে রেফার করুন
ref-register-open = নতুন একজন মাকে নিবন্ধন করুন
ref-register-title = একজন মাকে নিবন্ধন করুন
ref-field-given = নামের প্রথম অংশ
ref-field-family = পারিবারিক নাম (ঐচ্ছিক)
ref-contact-hint = তাঁর মোবাইল নম্বর, ইমেইল, বা দুটোই দিন।
ref-field-phone = মোবাইল নম্বর
ref-field-email = ইমেইল
ref-field-language = তিনি যে ভাষা পছন্দ করেন
ref-language-choose = একটি ভাষা বেছে নিন
ref-language-other = অন্য কোনো ভাষা
ref-field-language-other = ভাষার কোড
ref-language-other-hint = একটি BCP 47 কোড, যেমন পশতুর জন্য “ps” বা তিগরিনিয়ার জন্য “ti”।
ref-field-dialect = উপভাষা (ঐচ্ছিক)
ref-field-interpreter = তাঁর দোভাষী লাগবে
ref-dates-hint = তাঁর প্রসবের সম্ভাব্য তারিখ দিন, অথবা শিশুর জন্মের পরে শিশুর জন্মতারিখ দিন।
ref-field-due = প্রসবের সম্ভাব্য তারিখ
ref-field-born = শিশুর জন্মতারিখ
ref-field-nhs = NHS নম্বর (ঐচ্ছিক)
ref-field-postcode = পোস্টকোড (ঐচ্ছিক)
ref-register-submit = তাঁকে নিবন্ধন করুন
ref-error-given = অনুগ্রহ করে তাঁর নামের প্রথম অংশ দিন।
ref-error-contact = অনুগ্রহ করে একটি মোবাইল নম্বর বা ইমেইল দিন।
ref-error-phone = এটি যুক্তরাজ্যের (UK) ফোন নম্বর নয়।
ref-error-email = এটি কোনো ইমেইল ঠিকানা নয়।
ref-error-language = অনুগ্রহ করে তাঁর ভাষা বেছে নিন।
ref-error-nhs = এটি NHS নম্বর নয়। দশটি অঙ্ক দেখে নিন।
ref-error-known = এই NHS নম্বরের একজন মা আমাদের কাছে আগে থেকেই আছেন। নতুন করে নিবন্ধন না করে তাঁকে খুঁজুন।
ref-find-known = NHS নম্বর দিয়ে তাঁকে খুঁজুন
# Above the mother being referred.
ref-chosen-title = যাঁকে রেফার করছেন
ref-undelivered-sms = টেক্সট মেসেজ পৌঁছায়নি: তাঁকে ফোন করুন
ref-undelivered-email = ইমেল পৌঁছায়নি
ref-due-on = প্রসবের সম্ভাব্য তারিখ: { $date }
ref-born-on = শিশুর জন্ম: { $date }
# $number is an NHS number.
ref-nhs = NHS নম্বর { $number }
ref-change = অন্য কাউকে বেছে নিন

# Step 2: choosing a session.
ref-step-session = 2. একটি সেশন বেছে নিন
ref-kind-label = কোন ধরনের সেশন?
ref-in-language = শুধু তাঁর ভাষায়, অথবা তাঁর ভাষার দোভাষীসহ
ref-for-stage = শুধু তাঁর অবস্থার উপযোগী সেশন (গর্ভবতী, বা শিশুর বয়স অনুযায়ী)
ref-near-label = কাছাকাছি
ref-near-hint = তাঁর পোস্টকোড, অথবা L8-এর মতো একটি এলাকা।
ref-search = খুঁজুন
ref-sessions-empty = কোনো সেশন মেলেনি। কম পছন্দ বা আরও বড় এলাকা দিয়ে চেষ্টা করুন।
ref-error-place = ওই জায়গাটি আমাদের জানা নেই। L8 1XF-এর মতো পোস্টকোড, অথবা L8-এর মতো এলাকা দিয়ে চেষ্টা করুন।
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
ref-record =
    { $days ->
        [0] সাধারণত এক দিনের মধ্যে উত্তর দেয় · { $percent }% গ্রহণ করা হয়
        [one] সাধারণত { $days } দিনের মধ্যে উত্তর দেয় · { $percent }% গ্রহণ করা হয়
       *[other] সাধারণত { $days } দিনের মধ্যে উত্তর দেয় · { $percent }% গ্রহণ করা হয়
    }
ref-record-none = এখনো কোনো রেফারেল নেই
ref-record-no-replies = এখনো কোনো উত্তর নেই
ref-pick = এই সেশনটি বেছে নিন
ref-picked = বেছে নেওয়া হয়েছে

# Step 3: consent.
ref-step-consent = 3. তাঁর সম্মতি
ref-consent-intro = তাঁর ভাষায় তাঁকে জিজ্ঞেস করুন। তিনি যেগুলোতে রাজি, শুধু সেগুলোতেই টিক দিন।
ref-scopes-label = তিনি যা শেয়ার করতে রাজি
ref-scope-contact-details = তাঁর যোগাযোগের তথ্য ও ভাষা, সেশন টিমের সাথে
ref-scope-referral-reasons = কেন তাঁকে রেফার করা হচ্ছে এবং তাঁর কাছে কী গুরুত্বপূর্ণ, সেশন টিমের সাথে
ref-scope-attendance-to-referrer = তিনি সেশনে যাচ্ছেন কি না, আপনার সাথে
ref-scope-screening-to-care-team = তাঁর সুস্থতা যাচাইয়ের ফলাফল, তাঁর মিডওয়াইফ টিমের সাথে
ref-scope-alerts-regardless = নিরাপত্তা সতর্কতা সবসময় তাঁর কেয়ার টিমের কাছে পৌঁছায়: তাঁর উত্তরে তিনি নিরাপদ নাও থাকতে পারেন বোঝা গেলে টিমকে সঙ্গে সঙ্গে জানানো হয়।
ref-field-shared-with = যাঁদের সাথে শেয়ার করা হবে
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session }, { $venue }
ref-contact-label = তিনি কীভাবে যোগাযোগ চান
ref-contact-sms = টেক্সট মেসেজ
ref-contact-email = ইমেইল
ref-contact-phone = ফোন কল
ref-contact-none = একেবারেই না
ref-consent-submit = তাঁর সম্মতি রেকর্ড করুন
# $with is who she agreed her details may be shared with.
ref-consent-done = { $date } তারিখে সম্মতি রেকর্ড করা হয়েছে, { $with }-এর সাথে শেয়ার করার জন্য:
ref-consent-again = আবার তাঁর সম্মতি রেকর্ড করুন
ref-error-scopes = তিনি শেয়ার করতে রাজি এমন অন্তত একটি জিনিসে টিক দিন।
ref-error-shared-with = তাঁর তথ্য কাদের সাথে শেয়ার করা হবে, তা লিখুন।

# Step 4: why, and sending.
ref-step-send = 4. কেন তাঁকে রেফার করছেন
ref-field-what-matters = তাঁর কাছে কী গুরুত্বপূর্ণ, তাঁর নিজের কথায়
ref-field-note = তাঁর যত্নকারী দলের জন্য নোট (ঐচ্ছিক)
ref-note-hint = সেশন পরিচালকেরা এই নোট কখনো দেখেন না।
ref-send = রেফারেল পাঠান
ref-error-no-session = আগে একটি সেশন বেছে নিন (ধাপ 2)।
ref-error-no-consent = আগে তাঁর সম্মতি রেকর্ড করুন (ধাপ 3)।
ref-error-no-reason = অন্তত একটি কারণে টিক দিন।
ref-error-consent-required = তাঁর সম্মতি আর রেকর্ড করা নেই। আবার রেকর্ড করুন, তারপর পাঠান।

ref-caseload-title = আমার দায়িত্বে থাকা মায়েরা
ref-caseload-empty = আপনি এখনো কাউকে রেফার করেননি। আপনার রেফারেলগুলো এখানে দেখা যাবে।
ref-refer-again = তাঁকে আবার রেফার করুন

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = আপনার সেশনের জন্য রেফারেল
ref-incoming-intro = মিডওয়াইফ ও লিংক ওয়ার্কাররা যে মায়েদের রেফার করেছেন। অনুগ্রহ করে তাড়াতাড়ি উত্তর দিন: রেফারকারী সঙ্গে সঙ্গে জানতে পারেন।
ref-incoming-new = আপনার উত্তরের অপেক্ষায়
ref-incoming-to-book = গ্রহণ করা হয়েছে: তাঁর জন্য একটি তারিখ বুক করুন
ref-incoming-others = বুক করা ও আগের রেফারেল
ref-incoming-none = এই মুহূর্তে কিছু নেই।
# $name is the referrer's name.
ref-referred-by = রেফার করেছেন { $name }, { $date }
ref-accept = গ্রহণ করুন
ref-decline = ফিরিয়ে দিন
ref-book = একটি তারিখ বুক করুন
ref-decline-question = কেন ফিরিয়ে দিচ্ছেন? রেফারকারী এটি দেখতে পাবেন।
ref-decline-preset-full = দলে আর জায়গা নেই।
ref-decline-preset-unsuitable = দলটি তাঁর জন্য উপযুক্ত নয়।
ref-decline-preset-no-contact = আমরা তাঁর সাথে যোগাযোগ করতে পারিনি।
ref-decline-confirm = রেফারেলটি ফিরিয়ে দিন
ref-choose-date = তাঁর জন্য একটি তারিখ বেছে নিন
# $venue is the place; $start and $end times.
ref-session-at = { $venue }, { $start } থেকে { $end }
ref-no-dates = জায়গা খালি আছে এমন কোনো তারিখ নেই।
# After a reply. $name is the mother's first name.
ref-accepted = আপনি { $name }-কে গ্রহণ করেছেন। এখন তাঁর জন্য একটি তারিখ বুক করুন।
ref-declined = আপনি { $name }-এর রেফারেল ফিরিয়ে দিয়েছেন। রেফারকারীকে জানানো হয়েছে।
ref-booked = { $date } তারিখে { $name }-এর জায়গা বুক করা হয়েছে।

## A mother's own referrals

myref-title = আমার রেফারেল
myref-intro = যে দলগুলো আপনার উপকারে আসতে পারে বলে আপনার মিডওয়াইফ বা লিংক ওয়ার্কার মনে করেন।
myref-empty = আপনার কোনো রেফারেল নেই।
# $name is the midwife's or link worker's name.
myref-from = { $name }-এর কাছ থেকে, { $date }
myref-accept = হ্যাঁ, আমি যেতে চাই
myref-decline = না, ধন্যবাদ
myref-decline-question = কেন না? আপনার মিডওয়াইফ আপনার উত্তর দেখতে পাবেন।
myref-reason-time = সময়টা আমার জন্য সুবিধার নয়।
myref-reason-far = জায়গাটা আমার জন্য অনেক দূরে।
myref-reason-not-now = এখন আমার এটা দরকার নেই।
myref-withdraw = এই রেফারেল বন্ধ করুন
myref-confirm-withdraw = আপনি কি নিশ্চিত? আপনার জায়গা বুক করা থাকলে, সেটি আর থাকবে না।
myref-withdraw-yes = হ্যাঁ, বন্ধ করুন
myref-keep = না, রেখে দিন
myref-accepted = ধন্যবাদ। দলটি আপনার সাথে যোগাযোগ করবে।
myref-declined = আমাদের জানানোর জন্য ধন্যবাদ।
myref-withdrawn = আপনি এই রেফারেলটি বন্ধ করেছেন।

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = শেষবার এসেছিলেন: { $date }
ref-caseload-no-consent = এখনো কোনো সম্মতি রেকর্ড করা হয়নি
ref-caseload-not-referred = এখনো রেফার করা হয়নি।
ref-refer-her = তাঁকে রেফার করুন
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
        [one] { $count }টির মধ্যে { $came }টি সেশনে এসেছেন
       *[other] { $count }টির মধ্যে { $came }টি সেশনে এসেছেন
    }
ref-attended-present = { $date }: এসেছিলেন
ref-attended-absent = { $date }: আসেননি
ref-attended-apologies = { $date }: আসতে পারবেন না বলে জানিয়েছিলেন
ref-withdraw = তাঁর পক্ষ থেকে রেফারেল বন্ধ করুন
ref-withdraw-confirm = এই রেফারেলটি বন্ধ করবেন? শুধু তিনি নিজে বলে থাকলেই এটি করুন।
ref-withdraw-yes = হ্যাঁ, বন্ধ করুন
ref-withdraw-keep = না, রেখে দিন
ref-withdrawn-for-her = রেফারেলটি বন্ধ করা হয়েছে।

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = তাঁর সঙ্গে কীভাবে ও কখন যোগাযোগ নিরাপদ বলে তিনি জানিয়েছেন
contact-notice-ways = শুধু { $ways } দিয়ে, { $days }, { $times } (যুক্তরাজ্যের সময়)।
contact-notice-never = কখনও { $ways } দিয়ে নয়।
contact-notice-none = তিনি চান তাঁর সঙ্গে একেবারেই যোগাযোগ করা না হোক।
ref-hint-title = PeriLink-এ পরিচিত, আপনার যত্নে নেই
ref-hint-intro = শুধু দেখানো হয় যে তিনি আছেন। তাঁর রেকর্ড দেখতে তাঁকে আপনার যত্নে নিন: তিনি দেখবেন যে আপনি তা করেছেন এবং কেন।
ref-hint-due = প্রসবের সম্ভাব্য মাস { $month }
ref-hint-born = শিশুর জন্ম { $month }
ref-hint-reason-label = কেন আপনি তাঁকে যত্নে নিচ্ছেন
ref-hint-reason-needed = কেন তাঁকে যত্নে নিচ্ছেন লিখুন: তিনি তা দেখবেন।
ref-hint-add = আমার তালিকায় যোগ করুন
