# PeriLink's text messages and emails: Central Kurdish (Sorani) (ckb), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = بانگهێشتکراون بۆ PeriLink. لە ماوەی ٧٢ کاتژمێردا وشەی نهێنی دابنێن: { $link }
msg-account-setup = PeriLink ئامادەیە. لە ٧ ڕۆژدا وشەی نهێنی دابنێ: { $link }
msg-password-reset = وشەی نهێنیی نوێی PeriLink؟ لە کاتژمێرێکدا: { $link }
msg-login-code = کۆدی PeriLinkـەکەت: { $code }. ١٠ خولەک کار دەکات. بە کەسی مەدە.
msg-account-exists = کەسێک هەوڵی دا هەژمارێکی نوێی PeriLink بەم ژمارەیە یان ئیمەیڵە دروست بکات. تۆ هەژمارت هەیە: بچۆ ژوورەوە یان وشەی نهێنیی نوێ داوا بکە.
msg-waiting-list-promoted = شوێنێک بۆت بەتاڵ بووەوە. PeriLink بکەرەوە بۆ بینینی.
msg-referral-accepted = شوێنێکت پێشکەش کراوە. PeriLink بکەرەوە بۆ بینینی.
msg-referral-booked = شوێنەکەت گیراوە. PeriLink بکەرەوە بۆ زانینی کات و شوێن.
msg-screening-due = چەند پرسیارێک لە PeriLink چاوەڕێتن. کاتێک چەند خولەکێکت هەبوو ئەپەکە بکەرەوە.
msg-session-reminder = PeriLink: سبەی کاتژمێر { $time }، { $place }. ئەگەر ناتوانیت بێیت، ٢ بنێرە.
msg-session-date-cancelled = بەروارێک کە حجزت کردبوو هەڵوەشێنرایەوە. PeriLink بکەرەوە بۆ بینینی.
msg-news = هەواڵی نوێت لە PeriLink هەیە.
msg-email-subject = نامەیەک لە PeriLinkـەوە
