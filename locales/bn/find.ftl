# PeriLink interface text: Bengali (bn), a mother's own screens: finding
# sessions, a session's page, booking, making an account, and My sessions.
# Translated from the English source file (en/find.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - As in main.ftl, the app speaks to her politely ("আপনি").
# - Words as in main.ftl and staff.ftl: সেশন (session), বুক করুন (book),
#   ছড়ার আসর (rhyme time), বিনামূল্যে (free), জায়গা (a place, and a venue),
#   নাম লেখান (enrol), বাগি (buggy), ন্যাপি (nappy).
#   New here: কোর্স (course), অপেক্ষার তালিকা (waiting list), দোভাষী
#   (interpreter), অ্যাকাউন্ট খুলুন (make an account), ক্যালেন্ডার (calendar).
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Bengali by the phone, such as "মঙ্গলবার 25 নভেম্বর" and "10:30".
# - Numbers are written with English digits, as the app shows them. Bengali's
#   [one] form is also used for 0, so it keeps { $count } rather than "1".
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = ইংরেজি ক্লাস (ESOL)
kind-rhyme-time = ছড়ার আসর
kind-singing = গানের দল
kind-breastfeeding-support = বুকের দুধ খাওয়ানোর বিষয়ে সহায়তা
kind-advice = টাকা-পয়সা ও কাজ নিয়ে পরামর্শ
kind-other = অন্যান্য দল

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] ইংরেজি
        [ar] আরবি
        [pl] পোলিশ
        [pt] পর্তুগিজ
        [ro] রোমানিয়ান
        [ckb] কুর্দি (সোরানি)
        [fa] ফারসি
        [ur] উর্দু
        [bn] বাংলা
        [so] সোমালি
        [ti] তিগরিনিয়া
        [zh-Hans] চীনা
        [zh] চীনা
        [prs] দারি
        [ps] পশতু
        [kmr] কুর্দি (কুরমানজি)
        [am] আমহারিক
        [tr] তুর্কি
        [fr] ফরাসি
        [es] স্প্যানিশ
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = ইংরেজিতে: এখনো অনুবাদ করা হয়নি

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = খোঁজার পছন্দগুলো
find-kind-label = কোন ধরনের সেশন?
find-language-label = কোন ভাষায়?
find-language-any = যেকোনো ভাষা
find-near-label = কাছাকাছি (পোস্টকোড)
find-near-hint = L8 1XF-এর মতো একটি পোস্টকোড, অথবা শুধু প্রথম অংশ, যেমন L8।
find-radius-label = কত দূরে?
# $km is a whole number of kilometres, in the list of distances.
find-radius = { $km } কিমির মধ্যে
find-search = খুঁজুন
find-more-choices = আরও পছন্দ
find-free-only = শুধু বিনামূল্যের সেশন
find-time-label = দিনের কোন সময়ে?
find-time-morning = সকাল
find-time-afternoon = দুপুর ও বিকেল
find-time-evening = সন্ধ্যা
find-results = সেশন
find-loading = সেশন খোঁজা হচ্ছে…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [one] আমরা { $count }টি সেশন পেয়েছি।
       *[other] আমরা { $count }টি সেশন পেয়েছি।
    }
find-empty = আপনার পছন্দের সাথে মেলে এমন কোনো সেশন নেই। আরও বেশি দূরত্ব, অন্য ভাষা বা কম পছন্দ দিয়ে চেষ্টা করুন।
find-clear = আমার পছন্দগুলো মুছে দিন
find-loosen = { $choice } ({ $count })
find-any-time = দিনের যেকোনো সময়
find-paid-too = টাকা লাগে এমন সেশনও
find-any-kind = যেকোনো ধরনের সেশন
find-anywhere = যেকোনো জায়গায়
# $place is what she typed in the postcode box.
find-error-unknown-place = “{ $place }” জায়গাটি আমাদের জানা নেই। পোস্টকোডটি দেখে নিন, অথবা শুধু প্রথম অংশ লিখুন, যেমন L8।
# $place is what she typed in the postcode box.
find-error-bad-place = “{ $place }” কোনো পোস্টকোড নয়। L8 1XF-এর মতো একটি পোস্টকোড লিখুন, অথবা শুধু প্রথম অংশ, যেমন L8।
find-more = আরও সেশন দেখান
find-more-loading = আরও লোড হচ্ছে…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }, { $start } থেকে { $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }, { $town }
# $km is a distance such as 1.2.
find-distance = { $km } কিমি দূরে
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = দোভাষী: { $language }
find-drop-in = সরাসরি চলে আসুন: বুক করতে হবে না
find-booking = জায়গা বুক করুন
find-course = একটি কোর্স: প্রতি সপ্তাহের জন্য নাম লেখান
find-full = জায়গা নেই: আপনি অপেক্ষার তালিকায় নাম দিতে পারেন
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [one] আর { $count }টি জায়গা বাকি
       *[other] আর { $count }টি জায়গা বাকি
    }
find-free = বিনামূল্যে
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = সেশনটি পাওয়া যায়নি
session-not-found = আমরা এই সেশনটি খুঁজে পাইনি। হয়তো এটি শেষ হয়ে গেছে, অথবা এর তথ্য যাচাই করা হচ্ছে।
session-find-others = অন্য সেশন খুঁজুন
session-booking = বুকিং
session-drop-in = বুক করতে হবে না। এমনিই চলে আসুন!
session-course-intro = এটি একটি কোর্স। একবার নাম লেখালেই প্রতি সপ্তাহে আপনার জায়গা থাকবে।
session-book-intro = একটি তারিখ বেছে নিন, তারপর আপনার জায়গা বুক করুন।
session-course-full = কোর্সে আর জায়গা নেই। আপনি অপেক্ষার তালিকায় নাম দিতে পারেন। জায়গা খালি হলে আমরা আপনাকে জানাব।
session-date-full = এই তারিখে আর জায়গা নেই। আপনি অপেক্ষার তালিকায় নাম দিতে পারেন। জায়গা খালি হলে আমরা আপনাকে জানাব।
session-enrol = কোর্সে নাম লেখান
session-book = বুক করুন
session-join-waiting-list = অপেক্ষার তালিকায় নাম দিন
session-account-needed = বুক করতে একটি বিনামূল্যের অ্যাকাউন্ট লাগবে। তারপর আমরা আপনাকে এই পাতায় ফিরিয়ে আনব।
session-booking-working = আপনার জায়গা বুক করা হচ্ছে…
# $date is a day like "Tuesday 25 November".
session-booked = { $date } তারিখে আপনার জায়গা বুক করা হয়েছে।
# $date is a day like "Tuesday 25 November".
session-already-booked = { $date } তারিখে আপনার জায়গা আগেই বুক করা আছে।
session-enrolled = কোর্সে আপনার নাম লেখা হয়েছে। সেখানে দেখা হবে!
session-already-enrolled = এই কোর্সে আপনার নাম আগেই লেখা আছে।
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [one] আপনি অপেক্ষার তালিকায় আছেন। এরপরই আপনার পালা।
       *[other] আপনি অপেক্ষার তালিকায় আছেন। আপনার নম্বর { $position }।
    }
session-see-my-sessions = আমার সেশনগুলো দেখুন
session-book-mothers-only = শুধু মায়েরাই নিজের অ্যাকাউন্ট দিয়ে জায়গা বুক করতে পারেন।
session-book-closed = এই তারিখে আর বুক করা যাবে না। অনুগ্রহ করে অন্য একটি তারিখ বেছে নিন।
session-about = এই সেশন সম্পর্কে
session-for-whom = কাদের জন্য?
session-for-pregnant = গর্ভবতী মায়েরা
# $min and $max are ages in whole months.
session-for-babies = { $min } থেকে { $max } মাস বয়সী শিশুর মায়েরা
# $max is an age in whole months.
session-for-babies-up-to = { $max } মাস পর্যন্ত বয়সী শিশুর মায়েরা
# $min is an age in whole months.
session-for-babies-from = { $min } মাস বা তার বেশি বয়সী শিশুর মায়েরা
session-for-everyone = সব মায়েরা আসতে পারেন
session-bring = কী সঙ্গে আনবেন
session-languages = ভাষা
session-interpreter-note = এই ভাষাগুলো জানেন এমন একজন দোভাষী বা সাহায্যকারী সেখানে থাকেন।
session-when = কখন
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = প্রতি { $weekday }, { $start } থেকে { $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = দুই সপ্তাহ পরপর { $weekday }, { $start } থেকে { $end }
# $date is a day like "Tuesday 25 November".
session-until = { $date } পর্যন্ত
session-next-dates = পরের তারিখগুলো
session-cancelled = বাতিল: এই দিন সেশন হবে না
# Beside a date she has just booked.
session-date-yours = ✓ আপনার জায়গা আছে
# Beside a date whose waiting list she has just joined.
session-date-waiting = আপনি অপেক্ষার তালিকায় আছেন
session-add-to-calendar = আমার ক্যালেন্ডারে যোগ করুন
session-where = কোথায়
session-access = ভেতরে ঢোকা
session-step-free = সিঁড়ি ছাড়া ঢোকা যায়
session-not-step-free = সিঁড়ি আছে
session-buggy-space = বাগি রাখার জায়গা আছে
session-no-buggy-space = বাগি রাখার জায়গা নেই
session-baby-change = শিশুর ন্যাপি বদলানোর জায়গা আছে
session-no-baby-change = ন্যাপি বদলানোর জায়গা নেই
session-breastfeeding-welcome = এখানে বুকের দুধ খাওয়ানো যায়
session-breastfeeding-not-said = বুকের দুধ খাওয়ানোর বিষয়ে এখানে জিজ্ঞেস করে নিন
session-getting-there = কীভাবে যাবেন
session-map = ম্যাপে দেখুন
session-report-wrong = এই তথ্যটি ভুল
session-report-what = কী ভুল আছে?
session-report-reason-time = দিন বা সময়
session-report-reason-place = স্থান
session-report-reason-cancelled = এটি আর চলে না
session-report-reason-other = অন্য কিছু
session-report-thanks = আমাদের জানানোর জন্য ধন্যবাদ। আমরা এই সেশনটি যাচাই করব।

## Make an account (sign up)

sign-up-title = একটি বিনামূল্যের অ্যাকাউন্ট খুলুন
sign-up-intro = অ্যাকাউন্ট থাকলে আপনি জায়গা বুক করতে এবং আপনার সেশনগুলো দেখতে পারবেন।
sign-up-name = আপনার নাম
sign-up-contact = মোবাইল নম্বর বা ইমেইল
sign-up-contact-hint = এটি দিয়ে আপনি সাইন ইন করবেন। আমরা এটি কাউকে দিই না।
sign-up-language = আপনার ভাষা
sign-up-password = একটি পাসওয়ার্ড বেছে নিন
# $count is the fewest characters a password may have.
sign-up-password-hint = অন্তত { $count }টি অক্ষর, সংখ্যা বা চিহ্ন।
sign-up-submit = আমার অ্যাকাউন্ট খুলুন
sign-up-working = আপনার অ্যাকাউন্ট খোলা হচ্ছে…
sign-up-error-name = অনুগ্রহ করে আপনার নাম লিখুন।
sign-up-error-contact = অনুগ্রহ করে আপনার মোবাইল নম্বর বা ইমেইল লিখুন।
sign-up-error-phone = মোবাইল নম্বরটি ঠিক মনে হচ্ছে না। এভাবে লিখুন: 07700 900123।
sign-up-error-email = ইমেইলটি ঠিক মনে হচ্ছে না। অনুগ্রহ করে দেখে নিন।
sign-up-error-password = আপনার পাসওয়ার্ডটি খুব ছোট। অনুগ্রহ করে অন্তত 8টি অক্ষর, সংখ্যা বা চিহ্ন ব্যবহার করুন।
sign-up-error-invalid = কিছু একটা ঠিক নেই। আপনি যা লিখেছেন তা দেখে নিন।
sign-up-have-account = আগে থেকেই অ্যাকাউন্ট আছে?
sign-up-continue = এগিয়ে যান
sign-up-code-sent = আমরা { $contact }-এ একটি বার্তা পাঠিয়েছি। তাতে থাকা ৬ অঙ্কের কোডটি এখানে লিখুন। বার্তায় যদি বলে আপনার আগে থেকেই অ্যাকাউন্ট আছে, তাহলে সাইন ইন করুন।
sign-up-demo-code = এটি ডেমো, তাই আসলে কোনো বার্তা পাঠানো হয় না। আপনার কোড { $code }।
sign-up-change = আমার তথ্য বদলান
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = { -brand-name }-এ নতুন?
sign-in-make-account = একটি বিনামূল্যের অ্যাকাউন্ট খুলুন
home-new-here = আপনি কি একজন মা? সেশন বুক করতে একটি বিনামূল্যের অ্যাকাউন্ট খুলুন।

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = আপনার বুক করা জায়গা, কোর্স এবং অপেক্ষার তালিকা।
my-sign-in-needed = আপনার সেশনগুলো দেখতে সাইন ইন করুন, অথবা একটি বিনামূল্যের অ্যাকাউন্ট খুলুন।
my-empty = আপনি এখনো কিছু বুক করেননি।
my-find = একটি সেশন খুঁজুন
my-status-booked = বুক করা হয়েছে
my-status-enrolled = কোর্সে নাম লেখানো হয়েছে
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [one] অপেক্ষার তালিকা: এরপরই আপনার পালা
       *[other] অপেক্ষার তালিকা: নম্বর { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = পরের দিন: { $date }, { $start } থেকে { $end }
# When there is no date to show. $start and $end are times.
my-times = { $start } থেকে { $end }
my-cancel = আমার জায়গা বাতিল করুন
my-leave-waiting = অপেক্ষার তালিকা থেকে নাম সরান
my-cancel-confirm = আপনি কি নিশ্চিত? অন্য কেউ আপনার জায়গাটি নিয়ে নিতে পারেন।
my-cancel-yes = হ্যাঁ, বাতিল করুন
my-cancel-no = না, রেখে দিন
my-cancelled = হয়ে গেছে। আপনার জায়গা বাতিল করা হয়েছে।
my-calendar-title = আপনার ক্যালেন্ডার
my-calendar-intro = আপনার সেশনগুলো ফোনের ক্যালেন্ডারে রাখুন। নতুন বুকিং নিজে থেকেই সেখানে চলে আসবে।
my-calendar-get = আমার সেশনগুলো ক্যালেন্ডারে যোগ করুন
my-calendar-subscribe = আমার ক্যালেন্ডারে খুলুন
my-calendar-download = ক্যালেন্ডার ফাইলটি ডাউনলোড করুন

## My sessions: what she went to.
my-history-title = যে সেশনগুলোতে আপনি গিয়েছেন
my-history-empty = এখানে এখনো কিছু নেই। কোনো সেশনে যাওয়ার পর, সেটি এখানে দেখা যাবে।
my-history-present = আপনি গিয়েছিলেন
my-history-absent = যাননি
my-history-apologies = আপনি জানিয়েছিলেন যে আসতে পারবেন না
