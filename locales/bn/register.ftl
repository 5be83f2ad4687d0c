# PeriLink interface text: Bengali (bn), the register, for session hosts.
# Translated from the English source file (en/register.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - Session hosts (library staff, tutors, musicians, peer supporters), women and
#   men, read these on a phone, often with poor signal, while people arrive:
#   keep them short. As in main.ftl, the app speaks politely ("আপনি").
# - Words as in main.ftl and staff.ftl: হাজিরা খাতা (register), হাজিরা নিন
#   (take the register), সেশন, সেভ, সাইন ইন, রেফার. New here: চিহ্ন (a mark:
#   one tick on the register), উপস্থিত / অনুপস্থিত (present / absent),
#   সংযোগ (connection, signal), বুকিং ছাড়া এসেছেন (walk-in), দোভাষী
#   (interpreter), বাচ্চা (an older child), শিশু (a baby).
# - Times ($time, $start, $end) arrive already written by the phone, such as
#   "10:30". Numbers are written with English digits, as the app shows them.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The page

register-title = হাজিরা খাতা
register-new-referrals =
    { $count ->
       *[other] উত্তর দেওয়ার মতো { $count }টি নতুন রেফারেল
    }
register-intro = প্রত্যেক জনের জন্য একবার চাপুন। চিহ্নগুলো আগে এই ফোনে সেভ হয়, তারপর পাঠানো হয়, তাই নেটওয়ার্ক না থাকলেও আপনি হাজিরা নিতে পারবেন।
register-sign-in-needed = হাজিরা নিতে অনুগ্রহ করে সাইন ইন করুন।
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [one] এই ফোনে { $count }টি চিহ্ন সেভ করা আছে। আপনি সাইন ইন করার পরে এটি পাঠানো হবে।
       *[other] এই ফোনে { $count }টি চিহ্ন সেভ করা আছে। আপনি সাইন ইন করার পরে এগুলো পাঠানো হবে।
    }
register-offline-nothing = সংযোগ নেই, আর এই ফোনে এখনো কোনো হাজিরা খাতা সেভ করা নেই। সংযোগ থাকা অবস্থায় একবার এই পাতাটি খুলুন, তারপর সংযোগ ছাড়াও এটি কাজ করবে।
# $time is when the register was saved, such as "09:15".
register-offline-saved = সংযোগ নেই: এটি { $time }-এ এই ফোনে সেভ করা হাজিরা খাতা।
register-not-saved = এই দিনের হাজিরা খাতা এই ফোনে সেভ করা নেই। এটি লোড করতে ইন্টারনেটে সংযোগ করুন।
register-no-sessions = এই দিনে আপনার কোনো সেশন নেই।

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = দিন
# Read by screen readers on today's button.
register-today = আজ

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = { $start } থেকে { $end }, { $venue }
register-cancelled = এই তারিখটি বাতিল হয়েছে।
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = চিহ্ন দেওয়া হয়েছে: { $expected } জনের মধ্যে { $marked } জন। এসেছেন: { $present } জন।
register-nobody = এখনো কারও আসার কথা নেই। যাঁরা আসেন, তাঁদের নিচে যোগ করুন।
register-replies = এই তারিখ নিয়ে মায়েদের পাঠানো মেসেজ

## A person on the register

# $name is her baby's first name.
register-baby = শিশু: { $name }
register-interpreter = দোভাষী লাগবে
# Why she is on the register.
register-because-booked = বুক করেছেন
register-because-enrolled = কোর্সে আছেন
register-because-referred = রেফার করা হয়েছে
register-because-walk-in = বুকিং ছাড়া এসেছেন
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = { $name }-এর হাজিরা দিন
register-present = উপস্থিত
register-absent = অনুপস্থিত
register-apologies = আসতে পারবেন না বলে জানিয়েছেন
register-babies = শিশু
register-children = অন্য বাচ্চারা
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = { $name }-এর সাথে একটি শিশু কম
register-more-babies = { $name }-এর সাথে আরও একটি শিশু
register-fewer-children = { $name }-এর সাথে একটি বাচ্চা কম
register-more-children = { $name }-এর সাথে আরও একটি বাচ্চা

## Where a mark is

register-mark-waiting = পাঠানোর অপেক্ষায়
register-mark-sent = পাঠানো হয়েছে
register-mark-superseded = পাঠানো হয়েছে, তবে অন্য একটি ফোনের পরের চিহ্নটিই গণ্য হবে
register-mark-refused = গ্রহণ করা হয়নি
# A button that removes a mark that was not accepted.
register-mark-discard = মুছে ফেলুন

## Sending

register-online = অনলাইন
register-offline = অফলাইন: চিহ্নগুলো এই ফোনে রাখা হচ্ছে
register-sync-none = এখনো কোনো চিহ্ন নেই।
register-sync-all-sent = সব চিহ্ন পাঠানো হয়েছে।
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [one] { $count }টি চিহ্ন পাঠানোর অপেক্ষায়।
       *[other] { $count }টি চিহ্ন পাঠানোর অপেক্ষায়।
    }
register-sync-sending = পাঠানো হচ্ছে…
register-sync-offline = সংযোগ নেই। চিহ্নগুলো এই ফোনে নিরাপদে আছে, সংযোগ ফিরে এলে পাঠানো হবে।
register-sync-sign-in = এগুলো পাঠাতে আবার সাইন ইন করুন।
register-sync-trouble = { -brand-name } এই মুহূর্তে এগুলো নিতে পারেনি। একটু পরে আবার চেষ্টা করবে।
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [one] { $count }টি চিহ্ন গ্রহণ করা হয়নি। নিচে চিহ্নের তালিকায় এটি দেখে নিন।
       *[other] { $count }টি চিহ্ন গ্রহণ করা হয়নি। নিচে চিহ্নের তালিকায় এগুলো দেখে নিন।
    }
register-sync-now = এখনই পাঠান
register-storage-failed = এই ফোন চিহ্নগুলো সেভ করতে পারেনি। সেগুলো পাঠানো না হওয়া পর্যন্ত এই পাতাটি খোলা রাখুন।
# The heading of the list of the day's marks; $count is how many.
register-device-marks = এই ফোনের চিহ্ন ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }। { $state }।

## Walk-ins

register-walk-in = বুকিং ছাড়া আসা কাউকে যোগ করুন
register-walk-in-search = আপনার হাজিরা খাতায় তাঁকে খুঁজুন
register-walk-in-search-hint = তাঁর নামের প্রথম অংশের কিছুটা লিখুন।
# $name is her first name.
register-walk-in-pick = { $name }-কে যোগ করুন
register-walk-in-none-found = আপনার হাজিরা খাতায় এই নামে কেউ নেই। নিচে একটি নতুন রেকর্ড তৈরি করুন।
register-walk-in-new = নতুন রেকর্ড
register-walk-in-name = নামের প্রথম অংশ
register-walk-in-phone = ফোন নম্বর (থাকলে)
register-walk-in-phone-hint = যুক্তরাজ্যের (UK) একটি নম্বর, যেমন 07700 900123। না থাকলে খালি রাখুন।
register-walk-in-language = তাঁর ভাষা
register-walk-in-babies = তাঁর সাথে কয়টি শিশু
register-walk-in-children = তাঁর সাথে অন্য কয়টি বাচ্চা
register-walk-in-add = যোগ করুন ও উপস্থিত চিহ্ন দিন
# $name is her first name.
register-walk-in-added = { $name } হাজিরা খাতায় আছেন, উপস্থিত হিসেবে চিহ্নিত।
register-walk-in-error-name = তাঁর নামের প্রথম অংশ লিখুন।
register-walk-in-error-phone = এটি যুক্তরাজ্যের ফোন নম্বর নয়। দেখে নিন, অথবা খালি রাখুন।
