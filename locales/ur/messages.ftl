# PeriLink's text messages and emails: Urdu (ur), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = آپ کو PeriLink میں مدعو کیا گیا ہے۔ 72 گھنٹوں میں پاس ورڈ بنائیں: { $link }
msg-account-setup = PeriLink آپ کے لیے تیار ہے۔ 7 دن میں پاس ورڈ چنیں: { $link }
msg-password-reset = نیا PeriLink پاس ورڈ؟ ایک گھنٹے میں کھولیں: { $link }
msg-login-code = آپ کا PeriLink کوڈ { $code } ہے۔ یہ 10 منٹ چلے گا۔ کسی کو نہ بتائیں۔
msg-account-exists = کسی نے اس نمبر یا ای میل سے PeriLink کا نیا اکاؤنٹ بنانے کی کوشش کی۔ آپ کا اکاؤنٹ پہلے سے ہے: سائن ان کریں یا نیا پاس ورڈ مانگیں۔
msg-waiting-list-promoted = آپ کے لیے ایک جگہ خالی ہوئی ہے۔ دیکھنے کے لیے PeriLink کھولیں۔
msg-referral-accepted = آپ کو ایک جگہ کی پیشکش ہوئی ہے۔ دیکھنے کے لیے PeriLink کھولیں۔
msg-referral-booked = آپ کی جگہ بک ہو گئی ہے۔ کب اور کہاں، دیکھنے کے لیے PeriLink کھولیں۔
msg-screening-due = PeriLink میں چند سوال آپ کے منتظر ہیں۔ جب چند منٹ ہوں تو ایپ کھولیں۔
msg-session-reminder = PeriLink: کل { $time } بجے، { $place }۔ اگر آپ نہیں آ سکتیں تو جواب میں 2 بھیجیں۔
msg-session-date-cancelled = آپ کی بک کی ہوئی ایک تاریخ منسوخ ہو گئی ہے۔ دیکھنے کے لیے PeriLink کھولیں۔
msg-news = PeriLink میں آپ کے لیے نئی خبر ہے۔
msg-email-subject = PeriLink کی طرف سے پیغام
