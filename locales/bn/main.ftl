# PeriLink interface text: Bengali (bn).
# Translated from the English source file (en/main.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - The app speaks to the user politely ("আপনি").
# - Common English loanwords that UK Bengali speakers know are kept in Bengali
#   script: সেশন (session), সাইন ইন (sign in), মিডওয়াইফ (midwife),
#   লিংক ওয়ার্কার (link worker), রেফার (refer), ইমেইল, পাসওয়ার্ড.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = মূল বিষয়বস্তুতে যান
# The name screen readers give to the main menu.
nav-label = প্রধান মেনু
nav-home = হোম
nav-find = সেশন খুঁজুন
nav-sign-in = সাইন ইন করুন
nav-sign-out = সাইন আউট করুন
# Label of the menu that changes the language of the whole app.
language-picker-label = ভাষা
language-picker-apply = পরিবর্তন করুন
footer-text = { -brand-name } মায়েদের কাছাকাছি আন্তরিক সহায়তা খুঁজে পেতে সাহায্য করে।
loading = লোড হচ্ছে…

## Home page

home-title = মায়েদের জন্য গ্রুপ ও সাহায্য, আপনার ভাষায়
home-intro = আপনার কাছাকাছি ইংরেজি ক্লাস, ছড়ার আসর, গানের দল এবং বুকের দুধ খাওয়ানোর বিষয়ে সহায়তা খুঁজুন। অনেকগুলো বিনামূল্যে, আর আপনি আপনার শিশুকে সঙ্গে আনতে পারেন।
home-find-button = আমার কাছাকাছি একটি সেশন খুঁজুন
home-staff-title = মিডওয়াইফ, লিংক ওয়ার্কার এবং সেশন পরিচালকদের জন্য
home-staff-intro = কোনো মাকে রেফার করতে, হাজিরা নিতে বা সেশনগুলো কেমন চলছে তা দেখতে সাইন ইন করুন।
# $name is the signed-in person's name.
home-signed-in-as = { $name } হিসেবে সাইন ইন করা আছে
# $place is the name of a page, such as "My sessions".
home-continue = { $place } পাতায় যান

## Roles, as the app names them to the person signed in

role-mother = মা
role-referrer = মিডওয়াইফ বা লিংক ওয়ার্কার
role-host = সেশন পরিচালক
role-coordinator = সমন্বয়কারী
role-admin = প্রশাসক

## Each role's starting page

start-mother = আমার সেশনগুলো
start-referrer = আমার রেফারেল
start-host = আজকের হাজিরা খাতা
start-coordinator = প্রোগ্রাম ও রিপোর্ট
start-admin = অ্যাকাউন্ট
start-your-details = আপনার তথ্য
start-detail-name = নাম
start-detail-role = ভূমিকা
start-detail-job = পদ
start-detail-organisation = প্রতিষ্ঠান
start-detail-email = ইমেইল

## Find page

find-title = একটি সেশন খুঁজুন

## Sign in

sign-in-title = সাইন ইন
sign-in-intro = আপনার { -brand-name } অ্যাকাউন্টের ইমেইল ও পাসওয়ার্ড ব্যবহার করুন।
sign-in-email = ইমেইল
sign-in-password = পাসওয়ার্ড
sign-in-show-password = পাসওয়ার্ড দেখান
sign-in-submit = সাইন ইন করুন
sign-in-working = সাইন ইন হচ্ছে…
sign-in-error-credentials = ইমেইল বা পাসওয়ার্ডটি সঠিক নয়। অনুগ্রহ করে আবার চেষ্টা করুন।
# $minutes is a whole number of minutes.
sign-in-error-throttled =
    { $minutes ->
        [one] অনেকবার চেষ্টা করা হয়েছে। অনুগ্রহ করে { $minutes } মিনিট অপেক্ষা করে আবার চেষ্টা করুন।
       *[other] অনেকবার চেষ্টা করা হয়েছে। অনুগ্রহ করে { $minutes } মিনিট অপেক্ষা করে আবার চেষ্টা করুন।
    }
sign-in-error-missing = অনুগ্রহ করে আপনার ইমেইল এবং পাসওয়ার্ড লিখুন।
sign-in-needed = এই পাতাটি দেখতে অনুগ্রহ করে সাইন ইন করুন।
signed-out = আপনি সাইন আউট করেছেন।

## Errors

error-network = { -brand-name }-এর সাথে সংযোগ করা যায়নি। আপনার ইন্টারনেট দেখে আবার চেষ্টা করুন।
error-generic = কিছু একটা সমস্যা হয়েছে। অনুগ্রহ করে আবার চেষ্টা করুন।
error-forbidden = আপনার অ্যাকাউন্ট দিয়ে এই পাতাটি খোলা যাবে না।
not-found-title = পাতাটি পাওয়া যায়নি
not-found-text = আমরা সেই পাতাটি খুঁজে পাইনি।
not-found-home = হোম পাতায় যান

## On every page: the menu's account links, and the demo's notice.
demo-banner = এটি বানানো মানুষদের নিয়ে একটি ডেমো। ডেমো অ্যাকাউন্টে টু-ফ্যাক্টর সাইন ইন লাগে না; কর্মীদের আসল অ্যাকাউন্টে লাগে।
nav-account = আমার অ্যাকাউন্ট
nav-people = মানুষজন
nav-my-sessions = আমার সেশনগুলো
nav-check-in = সুস্থতা যাচাই
nav-admin = অ্যাকাউন্ট
nav-my-referrals = আমার রেফারেল
nav-register = হাজিরা খাতা
nav-incoming = রেফারেল
nav-directory = ডিরেক্টরি
nav-alerts = নিরাপত্তা সতর্কতা
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার|শনিবার|রবিবার
date-months = জানুয়ারী|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর
date-long = { $weekday }, { $day } { $month }
checkin-title = আপনি কেমন বোধ করছেন?
checkin-intro = গত দুই সপ্তাহ নিয়ে কয়েকটি ব্যক্তিগত প্রশ্ন। উত্তরগুলো শুধু আপনি এবং যারা আপনার যত্ন নেন তারাই দেখেন।
checkin-start = যাচাই শুরু করুন

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = মায়েদের তথ্য দেখার আগে টু-ফ্যাক্টর সাইন ইন চালু করুন।
error-totp-required = অনুগ্রহ করে অথেন্টিকেটর অ্যাপের কোড দিয়ে আবার সাইন ইন করুন।
error-account-inactive = এই অ্যাকাউন্টটি বন্ধ করা হয়েছে। ভুল মনে হলে আপনার সমন্বয়কারীকে জিজ্ঞেস করুন।

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = দ্রুত বেরিয়ে যান
quick-exit-hint = অথবা দুবার Esc চাপুন
neutral-name-diary = শিশুর ডায়েরি
neutral-name-notes = নোট
lock-title = আপনার পিন দিন
lock-intro = এই ফোনে অ্যাপটি লক করা আছে। খুলতে আপনার পিন দিন।
lock-pin-label = পিন (৪ থেকে ৬টি সংখ্যা)
lock-open = খুলুন
lock-not-a-pin = পিন হলো ৪ থেকে ৬টি সংখ্যা।
lock-wrong = ভুল পিন। সাইন আউট হওয়ার আগে বাকি চেষ্টা: { $left }
lock-forgot = পিন ভুলে গেছেন? সাইন আউট করুন, তারপর আপনার পাসওয়ার্ড বা কোড দিয়ে আবার সাইন ইন করুন।
contact-channel-text = টেক্সট মেসেজ
contact-channel-email = ইমেইল
contact-channel-call = ফোন কল
error-wording-not-installed = এই প্রশ্নমালা এই ভাষায় পাওয়া যায় না। অনুগ্রহ করে অন্যটি বেছে নিন।
