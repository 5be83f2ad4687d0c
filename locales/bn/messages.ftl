# PeriLink's text messages and emails: Bengali (bn), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = আপনাকে PeriLink-এ আমন্ত্রণ জানানো হয়েছে। ৭২ ঘণ্টার মধ্যে পাসওয়ার্ড দিন: { $link }
msg-account-setup = PeriLink প্রস্তুত। ৭ দিনের মধ্যে পাসওয়ার্ড দিন: { $link }
msg-password-reset = নতুন PeriLink পাসওয়ার্ড? এক ঘণ্টায় খুলুন: { $link }
msg-login-code = আপনার PeriLink কোড { $code }। ১০ মিনিট কাজ করবে। কাউকে বলবেন না।
msg-account-exists = কেউ এই নম্বর বা ইমেল দিয়ে নতুন PeriLink অ্যাকাউন্ট খুলতে চেয়েছে। আপনার অ্যাকাউন্ট আছে: সাইন ইন করুন বা নতুন পাসওয়ার্ড চান।
msg-waiting-list-promoted = আপনার জন্য একটি জায়গা খালি হয়েছে। দেখতে PeriLink খুলুন।
msg-referral-accepted = আপনাকে একটি জায়গা দেওয়া হয়েছে। দেখতে PeriLink খুলুন।
msg-referral-booked = আপনার জায়গা বুক হয়েছে। কবে ও কোথায় দেখতে PeriLink খুলুন।
msg-screening-due = PeriLink-এ কয়েকটি প্রশ্ন আপনার অপেক্ষায়। কয়েক মিনিট সময় পেলে অ্যাপটি খুলুন।
msg-session-reminder = PeriLink: আগামীকাল { $time }-এ, { $place }। আসতে না পারলে উত্তরে ২ লিখুন।
msg-session-date-cancelled = আপনার বুক করা একটি তারিখ বাতিল হয়েছে। দেখতে PeriLink খুলুন।
msg-news = PeriLink-এ আপনার জন্য নতুন খবর আছে।
msg-email-subject = PeriLink থেকে একটি বার্তা
