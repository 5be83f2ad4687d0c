# PeriLink interface text: Bengali (bn), accounts: joining from an invitation,
# passwords, signing in with a code, two-factor sign-in, devices and People.
# Translated from the English source file (en/accounts.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks politely ("আপনি") and keeps loanwords UK
#   Bengali speakers know: সাইন ইন, পাসওয়ার্ড, ইমেইল, কোড, অ্যাপ, লিংক.
# - "Two-factor sign-in" is "টু-ফ্যাক্টর সাইন ইন"; an "authenticator app" is
#   "অথেন্টিকেটর অ্যাপ".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = অনুগ্রহ করে তথ্যগুলো দেখে আবার চেষ্টা করুন।
account-error-conflict = এটি আগে থেকেই আছে। অনুগ্রহ করে তালিকাটি দেখুন।

## New passwords (joining, setting up, resetting)

password-new = নতুন পাসওয়ার্ড
# $count is the fewest characters a password may have.
password-rules = কমপক্ষে { $count }টি অক্ষর। মনে রাখতে পারবেন এমন তিন-চারটি শব্দ দিয়ে শক্তিশালী পাসওয়ার্ড হয়। পাসওয়ার্ড ম্যানেজার থেকে পেস্ট করতে পারেন।
password-error-short = আপনার পাসওয়ার্ডে কমপক্ষে { $count }টি অক্ষর লাগবে।
password-error-long = এই পাসওয়ার্ডটি অনেক লম্বা। অনুগ্রহ করে ছোট একটি বেছে নিন।
password-error-weak = এই পাসওয়ার্ডটি খুব ছোট বা সহজে আন্দাজ করা যায়। অনুগ্রহ করে অন্য একটি বেছে নিন।

## Joining from an invitation

invite-accept-title = { -brand-name }-এ যোগ দিন
invite-accept-intro = আপনাকে { -brand-name }-এ আমন্ত্রণ জানানো হয়েছে। তথ্যগুলো দেখে নিন, তারপর আপনার নাম লিখুন আর একটি পাসওয়ার্ড বেছে নিন।
invite-accept-email = ইমেইল
invite-accept-role = ভূমিকা
invite-accept-organisation = প্রতিষ্ঠান
invite-accept-name = আপনার নাম
invite-accept-name-hint = সহকর্মী ও মায়েরা যেভাবে দেখবেন, যেমন "আমিনা হাসান, মিডওয়াইফ"।
invite-accept-submit = আমার অ্যাকাউন্ট তৈরি করুন
invite-accept-working = অ্যাকাউন্ট তৈরি হচ্ছে…
invite-error-name = অনুগ্রহ করে আপনার নাম লিখুন।
invite-error-expired = এই আমন্ত্রণের মেয়াদ শেষ: আমন্ত্রণ ৭২ ঘণ্টা থাকে। যিনি আমন্ত্রণ পাঠিয়েছেন তাঁর কাছে নতুন একটি চান।
invite-error-used = এই আমন্ত্রণটি আগেই ব্যবহার হয়েছে। আপনি হলে সাইন ইন করুন।
invite-error-revoked = এই আমন্ত্রণটি ফিরিয়ে নেওয়া হয়েছে। ভুল মনে হলে যিনি আমন্ত্রণ পাঠিয়েছেন তাঁকে জিজ্ঞেস করুন।

## Links from emails and text messages

link-error-invalid = এই লিংকটি কাজ করছে না। পুরো লিংকটি খুলেছেন কিনা দেখুন, বা নতুন লিংক চান।
link-error-expired = এই লিংকের মেয়াদ শেষ। অনুগ্রহ করে নতুন লিংক চান।
link-error-used = এই লিংকটি আগেই ব্যবহার হয়েছে। অনুগ্রহ করে নতুন লিংক চান, বা সাইন ইন করুন।

## A mother sets up her account

setup-title = আপনার অ্যাকাউন্ট চালু করুন
setup-intro = আপনার { -brand-name } অ্যাকাউন্টের জন্য একটি পাসওয়ার্ড বেছে নিন। আপনার ফোনে পাঠানো কোড দিয়েও সাইন ইন করতে পারেন।
setup-submit = পাসওয়ার্ড সেভ করুন
setup-working = সেভ হচ্ছে…
setup-code-instead = আপনি এখনও ফোন বা ইমেইলে পাঠানো কোড দিয়ে সাইন ইন করতে পারেন।

## Forgotten password

forgot-link = পাসওয়ার্ড ভুলে গেছেন?
forgot-title = পাসওয়ার্ড রিসেট করুন
forgot-intro = আপনার অ্যাকাউন্টের ইমেইল বা মোবাইল নম্বর লিখুন। নতুন পাসওয়ার্ড বেছে নেওয়ার জন্য আমরা একটি লিংক পাঠাব।
forgot-contact = ইমেইল বা মোবাইল নম্বর
forgot-submit = আমাকে লিংক পাঠান
forgot-sent = ওই ইমেইল বা নম্বরে কোনো অ্যাকাউন্ট থাকলে আমরা সেখানে একটি লিংক পাঠিয়েছি। লিংকটি একবার, অল্প সময়ের জন্য কাজ করে।
reset-title = নতুন পাসওয়ার্ড বেছে নিন
reset-intro = নতুন একটি পাসওয়ার্ড বেছে নিন। আপনার বাকি সব ডিভাইস থেকে সাইন আউট হয়ে যাবে।
reset-submit = নতুন পাসওয়ার্ড সেভ করুন
reset-done = আপনার পাসওয়ার্ড বদলানো হয়েছে। অনুগ্রহ করে নতুন পাসওয়ার্ড দিয়ে সাইন ইন করুন।
reset-ask-again = নতুন লিংক চান

## Signing in with a one-time code

code-sign-in-link = তার বদলে কোড দিয়ে সাইন ইন করুন
code-sign-in-title = কোড দিয়ে সাইন ইন
code-intro = আমরা আপনার মোবাইল ফোন বা ইমেইলে ৬ সংখ্যার একটি কোড পাঠাব।
code-contact = মোবাইল নম্বর বা ইমেইল
code-send = আমাকে কোড পাঠান
code-sending = পাঠানো হচ্ছে…
code-sent = ওই নম্বর বা ইমেইলে কোনো অ্যাকাউন্ট থাকলে আমরা সেখানে একটি কোড পাঠিয়েছি। কোডটি ১০ মিনিট কাজ করে।
code-label = ৬ সংখ্যার কোড
code-send-again = নতুন কোড পাঠান
code-use-password = তার বদলে পাসওয়ার্ড দিয়ে সাইন ইন করুন
code-error-contact = অনুগ্রহ করে আপনার ইমেইল বা মোবাইল নম্বর লিখুন।
code-error-format = অনুগ্রহ করে কোডের ৬টি সংখ্যা লিখুন।
code-error-invalid = কোডটি সঠিক নয় বা মেয়াদ শেষ। অনুগ্রহ করে আবার চেষ্টা করুন।
code-error-too-many = অনেকবার ভুল হয়েছে। অনুগ্রহ করে নতুন কোড চান।

## The second step of signing in, for staff

totp-step-title = আপনার নিরাপত্তা কোড লিখুন
totp-step-intro = আপনার অথেন্টিকেটর অ্যাপ খুলুন এবং { -brand-name }-এর জন্য দেখানো ৬ সংখ্যার কোডটি লিখুন।
totp-step-recovery-intro = টু-ফ্যাক্টর সাইন ইন চালু করার সময় সেভ করা রিকভারি কোডগুলোর একটি লিখুন। প্রতিটি একবার কাজ করে।
totp-step-label = নিরাপত্তা কোড
totp-step-recovery-label = রিকভারি কোড
totp-step-submit = চালিয়ে যান
totp-step-use-recovery = আমার ফোন কাছে নেই
totp-step-use-app = অথেন্টিকেটর অ্যাপ ব্যবহার করুন
totp-step-start-again = আবার শুরু করুন
totp-step-expired = অনেক সময় লেগে গেছে। অনুগ্রহ করে আবার শুরু করে সাইন ইন করুন।

## Setting up two-factor sign-in

twofa-title = টু-ফ্যাক্টর সাইন ইন
twofa-intro = আপনি মায়েদের স্বাস্থ্যের তথ্য দেখতে পারেন, তাই সাইন ইন করার সময় একটি দ্বিতীয় ধাপ লাগে: আপনার ফোনের অথেন্টিকেটর অ্যাপের একটি কোড।
twofa-required = অনুগ্রহ করে এখনই টু-ফ্যাক্টর সাইন ইন চালু করুন। তার আগে আপনি মায়েদের তথ্য দেখতে পারবেন না।
twofa-on = আপনার অ্যাকাউন্টে টু-ফ্যাক্টর সাইন ইন চালু আছে।
twofa-not-needed = আপনার অ্যাকাউন্টে টু-ফ্যাক্টর সাইন ইন লাগে না।
twofa-demo-exempt = ডেমো অ্যাকাউন্টে টু-ফ্যাক্টর সাইন ইন লাগে না। তবুও আপনি চালু করে দেখতে পারেন।
twofa-start = টু-ফ্যাক্টর সাইন ইন চালু করুন
twofa-step-scan = আপনার অথেন্টিকেটর অ্যাপ দিয়ে এই QR কোডটি স্ক্যান করুন।
twofa-qr-label = যে QR কোড { -brand-name }-কে অথেন্টিকেটর অ্যাপে যোগ করে
twofa-step-key = অথবা এই কী-টি অ্যাপে লিখুন:
twofa-step-code = অ্যাপে দেখানো ৬ সংখ্যার কোডটি লিখুন
twofa-confirm = টু-ফ্যাক্টর সাইন ইন চালু করুন
twofa-confirming = যাচাই হচ্ছে…
twofa-now-on = টু-ফ্যাক্টর সাইন ইন এখন চালু।
twofa-recovery-title = আপনার রিকভারি কোড
twofa-recovery-intro = ফোন হারালে এই কোডগুলোর প্রতিটি দিয়ে একবার সাইন ইন করা যাবে। এখনই নিরাপদ কোথাও সেভ করুন: এগুলো আর দেখানো হবে না।
twofa-recovery-saved = আমি কোডগুলো সেভ করেছি
twofa-continue = চালিয়ে যান

## My account: two-factor and devices

account-title = আমার অ্যাকাউন্ট
account-twofa-open = টু-ফ্যাক্টর সাইন ইনের সেটিংস
devices-title = আপনি কোথায় সাইন ইন আছেন
devices-intro = অচেনা বা হারানো কোনো ডিভাইস দেখলে সেটি সাইন আউট করুন।
devices-this = (এই ডিভাইস)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $system }-এ { $browser }
devices-unknown = অচেনা ডিভাইস
# $when is a date and time.
devices-signed-in = সাইন ইন: { $when }
devices-last-used = শেষ ব্যবহার: { $when }
devices-sign-out = ওই ডিভাইসটি সাইন আউট করুন
devices-signed-out = ওই ডিভাইসটি সাইন আউট করা হয়েছে।

## People: staff accounts, invitations and teams

people-title = মানুষজন
people-intro = কর্মীদের আমন্ত্রণ জানান, কার অ্যাকাউন্ট আছে দেখুন, আর টিম সাজান।
admin-intro = প্রথমে কী আপনার অপেক্ষায়, আর আপনার প্রতিটি কাজের পথ।
admin-people-counts = কর্মী অ্যাকাউন্ট: { $staff }। গ্রহণের অপেক্ষায় আমন্ত্রণ: { $waiting }।
admin-directory-hint = সেশন, প্রোগ্রাম, স্থান ও সংস্থা, আর কী যাচাই করা দরকার।
admin-outcomes-hint = কে এসেছিলেন এবং তাদের সুস্থতা কীভাবে বদলেছে, অর্থদাতাদের জন্য।
admin-registers-hint = কোনো সেশনে বদলি হিসেবে থাকলে হাজিরা নিন।
admin-alerts-hint = যেসব মায়ের এখনো কেউ যত্ন নেন না, তাদের খোলা নিরাপত্তা সতর্কতা।
people-working = সেভ হচ্ছে…
people-saved = সেভ হয়েছে।
people-invite-title = কাউকে আমন্ত্রণ জানান
people-invite-intro = তাঁরা পাসওয়ার্ড বেছে নেওয়ার লিংকসহ একটি ইমেইল পাবেন। লিংকটি ৭২ ঘণ্টা কাজ করে।
people-invite-email = তাঁর কাজের ইমেইল
people-invite-role = ভূমিকা
people-invite-team = টিম
people-invite-no-team = কোনো টিম নয়
people-invite-submit = আমন্ত্রণ পাঠান
people-invite-sent = আমন্ত্রণ পাঠানো হয়েছে।
people-error-email = অনুগ্রহ করে একটি ইমেইল ঠিকানা লিখুন।
people-error-name = অনুগ্রহ করে একটি নাম লিখুন।
people-invitations-title = আমন্ত্রণ
people-invitations-none = এখনও কোনো আমন্ত্রণ নেই।
people-invitation-pending = অপেক্ষায়
people-invitation-accepted = গৃহীত
people-invitation-revoked = ফিরিয়ে নেওয়া
people-invitation-expired = মেয়াদ শেষ
# $when is a date and time.
people-invitation-expires = লিংকটি { $when } পর্যন্ত কাজ করবে
people-invitation-revoke = আমন্ত্রণ ফিরিয়ে নিন
people-invitation-revoked-note = আমন্ত্রণ ফিরিয়ে নেওয়া হয়েছে।
people-staff-title = কর্মীদের অ্যাকাউন্ট
people-inactive = বন্ধ
people-no-twofa = এখনও টু-ফ্যাক্টর নেই
# $teams is a list of team names.
people-teams = টিম: { $teams }
people-no-team = কোনো টিমে নেই
people-deactivate = অ্যাকাউন্ট বন্ধ করুন
# $name is a person's name.
people-deactivate-confirm = { $name }-এর অ্যাকাউন্ট বন্ধ করবেন? তিনি সঙ্গে সঙ্গে সব জায়গা থেকে সাইন আউট হয়ে যাবেন।
people-deactivated = অ্যাকাউন্ট বন্ধ করা হয়েছে।
people-cancel = বাতিল
people-teams-title = প্রতিষ্ঠান ও টিম
people-no-teams = এখনও কোনো টিম নেই।
people-team-name = নতুন টিমের নাম
people-team-kind = টিমের ধরন
people-team-kind-community_midwifery = কমিউনিটি মিডওয়াইফারি
people-team-kind-health_visiting = হেলথ ভিজিটিং
people-team-kind-link_workers = লিংক ওয়ার্কার
people-team-kind-provider = সেশন পরিচালক
people-team-kind-other = অন্যান্য
people-team-add = টিম যোগ করুন
people-add-member = এই টিমে কাউকে যোগ করুন
people-choose-person = একজনকে বেছে নিন
people-add = যোগ করুন
people-remove = সরান
# $name is a person's name.
people-remove-member = { $name }-কে এই টিম থেকে সরান
people-org-new = নতুন প্রতিষ্ঠান
people-org-name = প্রতিষ্ঠানের নাম
people-org-add = প্রতিষ্ঠান যোগ করুন

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = শেয়ার করা ফোনে
phone-intro = এই সেটিংস শুধু এই ফোনে থাকে। অন্য কেউ ফোনটি ব্যবহার করলে এখানে আপনি যা করেন তা নিজের কাছে রাখতে এগুলো সাহায্য করে।
phone-exit-label = “দ্রুত বেরিয়ে যান” যা খোলে
phone-exit-hint = প্রতিটি স্ক্রিনের উপরের বোতাম, অথবা দুবার Esc চাপলে, অ্যাপটি সঙ্গে সঙ্গে বন্ধ হয়ে এর বদলে এই পাতাটি খোলে।
phone-name-label = এই ফোনে দেখানো নাম
phone-name-hint = ব্রাউজার ট্যাবের নাম, আর অ্যাপটি হোম স্ক্রিনে যোগ করলে সেখানকার নাম।
pin-title = অ্যাপ লক
pin-intro = ৪ থেকে ৬টি সংখ্যার একটি পিন দিন। ৫ মিনিট দূরে থাকলে, অথবা অ্যাপটি আবার খুললে, এটি আপনার পিন চাইবে। পিন শুধু এই ফোনেই থাকে।
pin-is-set = এই ফোনে একটি পিন সেট করা আছে। ৫ মিনিট দূরে থাকলে, অথবা অ্যাপটি আবার খুললে, এটি পিন চাইবে।
pin-new-label = নতুন পিন (৪ থেকে ৬টি সংখ্যা)
pin-again-label = একই পিন আবার দিন
pin-set = পিন সেট করুন
pin-change = পিন বদলান
pin-remove = পিন মুছে ফেলুন
pin-saved = আপনার পিন সেট হয়েছে।
pin-removed = আপনার পিন মুছে ফেলা হয়েছে।
pin-mismatch = দুটি পিন এক নয়।
contact-title = আমরা কীভাবে আপনার সঙ্গে যোগাযোগ করতে পারি
contact-intro = কখন আপনার সঙ্গে যোগাযোগ করা নিরাপদ তা আমাদের জানান। আপনার মিডওয়াইফ ও লিংক ওয়ার্কার আপনাকে ফোন বা মেসেজ করার আগে এটি দেখেন।
contact-ways = যেভাবে যোগাযোগ করলে আপনার অসুবিধা নেই
contact-days = দিন
contact-times = সময় (যুক্তরাজ্যের সময়)
contact-from = থেকে
contact-until = পর্যন্ত
contact-save = সংরক্ষণ করুন
contact-saved = সংরক্ষিত হয়েছে। আমরা শুধু এভাবেই আপনার সঙ্গে যোগাযোগ করব।
contact-bad-times = শুরুর সময় শেষের সময়ের আগে হতে হবে।
care-team-title = কে আপনার রেকর্ড দেখতে পারেন
care-team-intro = যাঁরা আপনার যত্ন নেন এবং আপনার রেকর্ড দেখতে পারেন, আর যিনি আপনাকে খুঁজে পেয়েছেন তিনি কেন আপনাকে যোগ করেছেন।
care-team-none = এখনও কেউ নেই।
care-team-added = { $date } থেকে
care-team-reason = কেন আপনাকে যোগ করা হয়েছে: “{ $reason }”
