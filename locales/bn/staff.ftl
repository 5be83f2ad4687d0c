# PeriLink interface text: Bengali (bn), the staff screens.
# Translated from the English source file (en/staff.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - These screens are for staff (coordinators, midwives, session hosts), women
#   and men. As in main.ftl, the app speaks to them politely ("আপনি").
# - Words as in main.ftl: সেশন (session), প্রোগ্রাম (programme),
#   সেশন পরিচালক (host), প্রতিষ্ঠান (organisation), ছড়ার আসর (rhyme time),
#   রিপোর্ট (report).
# - Words for these screens: ডিরেক্টরি (directory), জায়গা (venue), তথ্য (a
#   listing), যাচাই (check), সেভ (save), বদলান (edit, change), টার্ম (term).
# - Numbers are written with English digits, as the app shows them.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Coordinator: keeping the directory right

coord-title = ডিরেক্টরি সঠিক রাখুন
coord-intro = সেশন, প্রোগ্রাম ও জায়গা যোগ করুন বা বদলান, আর তথ্য যাচাই করুন। মায়েরা আপনার পরিবর্তন সঙ্গে সঙ্গে দেখতে পান।
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = ডিরেক্টরির অংশগুলো
coord-tab-check = যাচাই করতে হবে
coord-tab-sessions = সেশন
coord-tab-programmes = প্রোগ্রাম
coord-tab-venues = জায়গা
coord-tab-organisations = প্রতিষ্ঠান

## Saving

coord-save = সেভ করুন
coord-working = সেভ হচ্ছে…
coord-saved = সেভ হয়েছে। মায়েরা এখনই পরিবর্তনটি দেখতে পাচ্ছেন।
coord-new = এর বদলে নতুন একটি যোগ করুন
coord-edit = বদলান
# The first, empty choice in a drop-down list.
coord-choose = বেছে নিন…
coord-error-invalid = কিছু তথ্য নেই বা সঠিক নয়। ফর্মটি দেখে আবার চেষ্টা করুন।
coord-error-postcode = এই পোস্টকোডটি আমাদের জানা নেই। পোস্টকোডটি দেখে নিন, অথবা অক্ষাংশ ও দ্রাঘিমাংশ লিখুন।
coord-error-gone = অন্য কেউ এটি বদলেছেন বা মুছে ফেলেছেন। পাতাটি নতুন করে লোড করে আবার চেষ্টা করুন।
coord-error-number = সংখ্যাগুলো দেখে নিন: শুধু অঙ্ক লিখুন, যেমন 12 বা 53.4।
coord-error-times = শেষের সময় অবশ্যই শুরুর সময়ের পরে হতে হবে।

## Listings to check

coord-stale-title = যে তথ্য যাচাই করতে হবে
coord-stale-intro = যে তথ্য 90 দিন যাচাই করা হয়নি, তা এখন যাচাই করার সময় হয়েছে। 120 দিন পরে মায়েরা আর সেটি দেখতে পান না। জায়গা বা সেশন পরিচালকের সাথে তথ্য মিলিয়ে নিন, তারপর যাচাই করা হয়েছে বলে চিহ্নিত করুন।
coord-stale-none = গত 90 দিনে সব তথ্য যাচাই করা হয়েছে।
coord-kind-venue = জায়গা
coord-kind-programme = প্রোগ্রাম
coord-kind-session = সেশন
# $days is a whole number of days.
coord-last-checked =
    { $days ->
        [0] আজ যাচাই করা হয়েছে
        [one] শেষ যাচাই { $days } দিন আগে
       *[other] শেষ যাচাই { $days } দিন আগে
    }
coord-flagged = যাচাই করার সময় হয়েছে
coord-hidden = মায়েদের কাছ থেকে লুকানো
coord-owner-you = এটি আপনার দায়িত্বে
# $name is the name of the member of staff who looks after the listing.
coord-owner = দায়িত্বে: { $name }
coord-mark-checked = যাচাই করা হয়েছে বলে চিহ্নিত করুন
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday }, সময় { $start }, { $venue }

## Reports of wrong information

coord-reports-title = ভুল তথ্যের রিপোর্ট
coord-reports-none = খোলা কোনো রিপোর্ট নেই।
coord-messages-title = টেক্সট মেসেজ ও ইমেল
coord-messages-undelivered = গত ৭ দিনে পৌঁছায়নি: { $count }
coord-messages-stuck = ৩০ মিনিটের বেশি পাঠানোর অপেক্ষায়: { $count }
coord-report-no-note = কী ভুল, তা জানানো হয়নি।
# $date is a date written as 2026-11-23.
coord-reported-on = { $date } তারিখে জানানো হয়েছে
coord-report-open = সেশনের পাতা দেখুন
coord-resolve = সমাধান হয়েছে বলে চিহ্নিত করুন

## Days of the week

coord-weekday-1 = সোমবার
coord-weekday-2 = মঙ্গলবার
coord-weekday-3 = বুধবার
coord-weekday-4 = বৃহস্পতিবার
coord-weekday-5 = শুক্রবার
coord-weekday-6 = শনিবার
coord-weekday-7 = রবিবার

## Organisations

coord-organisation-new = একটি প্রতিষ্ঠান যোগ করুন
coord-organisation-edit = এই প্রতিষ্ঠানের তথ্য বদলান
coord-field-name = নাম
coord-field-kind = প্রতিষ্ঠানের ধরন
coord-field-website = ওয়েবসাইট
coord-org-kind-nhs_trust = NHS ট্রাস্ট
coord-org-kind-library_service = লাইব্রেরি সেবা
coord-org-kind-charity = দাতব্য সংস্থা
coord-org-kind-council = কাউন্সিল
coord-org-kind-other = অন্যান্য

## Venues

coord-venue-new = একটি জায়গা যোগ করুন
coord-venue-edit = এই জায়গার তথ্য বদলান
coord-field-organisation = প্রতিষ্ঠান
coord-field-address = ঠিকানা
coord-field-town = শহর
coord-field-postcode = পোস্টকোড
coord-field-place-hint = পোস্টকোড থেকে জায়গাটি খুঁজে নিতে চাইলে অক্ষাংশ ও দ্রাঘিমাংশ খালি রাখুন।
coord-field-lat = অক্ষাংশ
coord-field-lon = দ্রাঘিমাংশ
coord-field-step-free = সিঁড়ি ছাড়া ঢোকা যায়
coord-field-buggy-space = বাগি রাখার জায়গা
coord-field-baby-change = শিশুর ন্যাপি বদলানোর জায়গা
coord-field-breastfeeding = বুকের দুধ খাওয়ানো যায়
coord-field-bus-routes = কাছাকাছি বাস

## Programmes

coord-programme-new = একটি প্রোগ্রাম যোগ করুন
coord-programme-edit = এই প্রোগ্রামের তথ্য বদলান
coord-field-programme-kind = এতে কী আছে
coord-programme-kind-esol = ইংরেজি ক্লাস (ESOL)
coord-programme-kind-rhyme_time = ছড়ার আসর
coord-programme-kind-singing = গানের দল
coord-programme-kind-breastfeeding_support = বুকের দুধ খাওয়ানোর বিষয়ে সহায়তা
coord-programme-kind-advice = টাকা-পয়সা, কাজ ও বাসা নিয়ে পরামর্শ
coord-programme-kind-other = অন্য কিছু
coord-field-for-pregnant = গর্ভবতী মায়েরা আসতে পারেন
coord-field-baby-min = সবচেয়ে ছোট শিশুর বয়স, মাসে
coord-field-baby-max = সবচেয়ে বড় শিশুর বয়স, মাসে
coord-field-cost = প্রতি সেশনের দাম, পেনিতে (0 মানে বিনামূল্যে)
coord-field-booking = বুকিং
coord-booking-booking = জায়গা বুক করতে হয়
coord-booking-drop_in = বুকিং লাগে না, সরাসরি চলে আসা যায়
coord-field-format = কীভাবে চলে
coord-format-course = কোর্স: মায়েরা পুরো টার্মের জন্য নাম লেখান
coord-format-ongoing = সপ্তাহে সপ্তাহে চলে, শেষ হয় না
coord-english-words = ইংরেজিতে
coord-field-title = শিরোনাম
coord-field-description = বিবরণ
coord-field-what-to-bring = কী সঙ্গে আনবেন
coord-translations-title = অন্য ভাষায়
coord-translations-intro = একটি ভাষা বেছে নিন, তারপর সেই ভাষায় প্রোগ্রামের লেখা যোগ করুন বা বদলান।
coord-field-language = ভাষা
coord-save-translation = এই ভাষার লেখা সেভ করুন
# $count is how many languages the programme has words in.
coord-translation-count =
    { $count ->
        [one] { $count }টি ভাষায়
       *[other] { $count }টি ভাষায়
    }

## Sessions

coord-session-new = একটি সেশন যোগ করুন
coord-session-edit = এই সেশনের তথ্য বদলান
coord-field-programme = প্রোগ্রাম
coord-field-venue = জায়গা
coord-field-host = সেশন পরিচালক
coord-field-frequency = কত দিন পরপর
coord-frequency-weekly = প্রতি সপ্তাহে
coord-frequency-fortnightly = প্রতি দুই সপ্তাহে
coord-field-weekday = দিন
coord-field-start = শুরুর সময়
coord-field-end = শেষের সময়
coord-field-starts-on = টার্মের প্রথম দিন
coord-field-ends-on = টার্মের শেষ দিন
coord-field-ends-on-hint = সেশনটি চলতেই থাকলে খালি রাখুন।
coord-field-capacity = কতজনের জায়গা
coord-field-capacity-hint = কোনো সীমা না থাকলে খালি রাখুন।
coord-field-languages = যে ভাষাগুলোতে সেশন চলে
coord-field-interpreter-languages = দোভাষী বা দুই ভাষা জানা সাহায্যকারী যে ভাষাগুলোতে সাহায্য করেন
coord-field-cancelled = যেসব তারিখে সেশন হবে না
coord-field-cancel-date = আরেকটি তারিখ, যেদিন সেশন হবে না
coord-add-date = এই তারিখটি যোগ করুন
coord-no-cancelled = কোনো তারিখ বাতিল হয়নি।
coord-remove = মুছে ফেলুন
# $date is a date written as 2026-12-25.
coord-remove-date = { $date } মুছে ফেলুন
coord-session-words-title = সেশনের নিজের শিরোনাম
coord-session-words-intro = একটি সেশনের নিজের শিরোনাম থাকতে পারে, যেমন “আরবি ও ইংরেজি ছড়ার আসর”। প্রোগ্রামের শিরোনাম ব্যবহার করতে চাইলে এটি খালি রাখুন।

## অন্য ডিরেক্টরির তালিকা (Open Referral UK ফিড)

feeds-title = অন্য ডিরেক্টরির তালিকা
feeds-back = ডিরেক্টরিতে ফিরে যান
feeds-intro = Open Referral UK-তে প্রকাশ করে এমন অন্য ডিরেক্টরি থেকে PeriLink সেশন কপি করতে পারে, যাতে আপনাকে আবার লিখতে না হয়। এটি প্রতিদিন প্রতিটি ফিড পড়ে। আপনি এখানে কোনো কপি করা তালিকা বদলালে, ফিডের পরের পরিবর্তনগুলো আপনার অনুমোদনের অপেক্ষায় থাকে।
feeds-add-title = একটি ফিড যোগ করুন
feeds-field-url = ফিডের ঠিকানা
feeds-field-url-hint = যে ঠিকানার অধীনে এর সেবাগুলো তালিকাভুক্ত, যেমন https://example.org/openreferral
feeds-field-take = কোন সেবাগুলো কপি হবে
feeds-take-all = সবগুলো
feeds-take-taxonomy_term = একটি বিভাগের গুলো
feeds-take-text = যেগুলোতে কিছু শব্দ আছে
feeds-field-take-value = বিভাগের আইডি, বা শব্দগুলো
feeds-add = ফিড যোগ করুন
feeds-list-title = আপনার ফিডগুলো
feeds-none = আপনি এখনও কোনো ফিড যোগ করেননি।
feeds-counts = তালিকা: { $services }। আপনার অপেক্ষায়: { $waiting }। ফিডে আর নেই: { $gone }।
feeds-never-read = এখনও পড়া হয়নি। যোগ করার এক মিনিটের মধ্যে পড়া হয়।
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = শেষবার পড়া হয়েছে { $when }।
feeds-run-done = নতুন: { $created }। হালনাগাদ: { $updated }। আপনার অপেক্ষায়: { $waiting }। ফিডে আর নেই: { $gone }। কপি করা যায়নি: { $skipped }।
feeds-problem-unreachable = কিছুই বদলায়নি। PeriLink ফিডে পৌঁছাতে পারেনি, বা উত্তর দিতে খুব দেরি হয়েছে। ঠিকানাটি দেখুন।
feeds-problem-server-error = কিছুই বদলায়নি। ফিড একটি ত্রুটি দিয়ে উত্তর দিয়েছে। ঠিকানাটি দেখুন, বা পরের বার পড়া পর্যন্ত অপেক্ষা করুন।
feeds-problem-not-json = কিছুই বদলায়নি। এই ঠিকানা একটি ওয়েব পেজ পাঠায়, ফিড নয়। ঠিকানাটি দেখুন।
feeds-problem-wrong-schema = কিছুই বদলায়নি। ফিডটি Open Referral UK সংস্করণ 3 আকারে নেই।
feeds-problem-endless-pages = কিছুই বদলায়নি। ফিডের পাতা কখনো শেষ হয় না। যিনি ফিড চালান তাঁকে জানান।
feeds-problem-too-big = কিছুই বদলায়নি। ফিডটি PeriLink-এর কপি করার জন্য খুব বড়।
feeds-error-address-refused = PeriLink শুধু পাবলিক ইন্টারনেট থেকে ফিড পড়ে। এই ঠিকানাটি একটি ব্যক্তিগত বা স্থানীয় নেটওয়ার্কে।
feeds-error-busy = এই ফিডটি এখন পড়া হচ্ছে। এক মিনিট অপেক্ষা করুন, তারপর আবার দেখুন।
feeds-details = কী হয়েছে, বিস্তারিত (ইংরেজিতে)
feeds-read-now = এখনই পড়ুন
feeds-reading = পড়া হচ্ছে…
feeds-show-listings = এর তালিকা
feeds-no-listings = এই ফিড থেকে এখনও কিছু কপি করা হয়নি।
feeds-side-title = শিরোনাম
feeds-side-description = বিবরণ
feeds-side-mine = এখন আপনার গুলো
feeds-side-theirs = ফিডের পরিবর্তন
feeds-approve = ফিডের পরিবর্তন ব্যবহার করুন
feeds-reject = আপনারটাই রাখুন
feeds-waiting = আপনার অপেক্ষায়
feeds-gone = ফিডে আর নেই
feeds-edited-here = এখানে বদলানো হয়েছে
feeds-duplicates-count = আপনার আগে থেকেই থাকা তালিকার মতো দেখাচ্ছে: { $count }। সিদ্ধান্ত নিতে ফিডের তালিকাগুলো খুলুন।
feeds-duplicates-title = এগুলো কি আপনি আগেই তালিকাভুক্ত করেছেন?
feeds-duplicates-intro = ফিডের এই সেশনগুলো আপনার আগে থেকেই তালিকাভুক্ত সেশনের মতো দেখাচ্ছে: একই জায়গা, একই দিন ও সময়, আর প্রায় একই নাম। আপনি সিদ্ধান্ত না নেওয়া পর্যন্ত এগুলো কপি করা হবে না।
feeds-duplicate-mine = আপনার
feeds-duplicate-theirs = ফিডের
feeds-duplicate-link = একই — এগুলো যুক্ত করুন
feeds-duplicate-separate = আলাদা — দুটোই তালিকায় রাখুন
feeds-error-decided = এ বিষয়ে আগেই সিদ্ধান্ত নেওয়া হয়েছে। ফিডের তালিকাগুলো আবার দেখুন।

## A session's dates from a partner's calendar (.ics)

calendar-title = ক্যালেন্ডার থেকে তারিখ
calendar-intro = যদি কোনো অংশীদার, যেমন লাইব্রেরি বা শিশু কেন্দ্র, এই সেশনের তারিখগুলো একটি ক্যালেন্ডারে রাখে, PeriLink প্রতিদিন সেখান থেকে সেগুলো নিতে পারে। বাতিল হওয়া ইভেন্ট তার তারিখ বাতিল করে, আর যে মায়েরা সেটি বুক করেছিলেন তাদের জানানো হয়।
calendar-url = একটি ক্যালেন্ডার (.ics) ঠিকানা থেকে তারিখ নিন
calendar-words = শুধু সেই ইভেন্টগুলো যাদের শিরোনামে এই শব্দগুলো আছে
calendar-words-hint = ক্যালেন্ডারের সব ইভেন্ট নিতে খালি রাখুন।
calendar-save = ক্যালেন্ডারের ঠিকানা সেভ করুন
calendar-read-now = এখনই পড়ুন
calendar-never-read = এখনও পড়া হয়নি। সেভ করার এক মিনিটের মধ্যে পড়া হয়।
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = শেষবার পড়া হয়েছে { $when }।
calendar-read-done = সামনের এক বছরের তারিখ: { $dates }। যোগ হয়েছে: { $added }। বাতিল হয়েছে: { $cancelled }। যে মায়েদের জানানো হয়েছে: { $told }।
calendar-problem-unreachable = কিছুই বদলায়নি। PeriLink ক্যালেন্ডারে পৌঁছাতে পারেনি, বা উত্তর দিতে খুব দেরি হয়েছে। ঠিকানাটি দেখুন।
calendar-problem-server-error = কিছুই বদলায়নি। ক্যালেন্ডারের ঠিকানা একটি ত্রুটি দিয়ে উত্তর দিয়েছে। ঠিকানাটি দেখুন, বা পরের বার পড়ার জন্য অপেক্ষা করুন।
calendar-problem-not-calendar = কিছুই বদলায়নি। এই ঠিকানা এমন কোনো ক্যালেন্ডার পাঠায় না যা PeriLink পড়তে পারে। ঠিকানাটি দেখুন।
calendar-problem-no-events = কিছুই বদলায়নি। ক্যালেন্ডারে কোনো ইভেন্ট নেই, বা কোনোটির শিরোনামে এই শব্দগুলো নেই।
calendar-problem-too-big = কিছুই বদলায়নি। ক্যালেন্ডারটি PeriLink-এর পড়ার জন্য খুব বড়।
