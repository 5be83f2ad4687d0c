# PeriLink's text messages and emails: Arabic (ar), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = أنتم مدعوون إلى PeriLink. اختاروا كلمة مرور خلال ٧٢ ساعة: { $link }
msg-account-setup = PeriLink جاهز لكِ. اختاري كلمة مرور خلال ٧ أيام: { $link }
msg-password-reset = كلمة مرور جديدة لـ PeriLink؟ افتحي خلال ساعة: { $link }
msg-login-code = رمزك في PeriLink هو { $code }. صالح لمدة ١٠ دقائق. لا تشاركيه.
msg-account-exists = حاول أحدٌ إنشاء حساب جديد في PeriLink بهذا الرقم أو البريد. لديكِ حساب بالفعل: سجّلي الدخول أو اطلبي كلمة مرور جديدة.
msg-waiting-list-promoted = أصبح هناك مكان لكِ. افتحي PeriLink لتريه.
msg-referral-accepted = عُرض عليكِ مكان. افتحي PeriLink لتريه.
msg-referral-booked = تم حجز مكانكِ. افتحي PeriLink لتعرفي متى وأين.
msg-screening-due = لديكِ بضعة أسئلة في PeriLink. افتحي التطبيق حين يكون لديكِ بضع دقائق.
msg-session-reminder = PeriLink: غدًا الساعة { $time }، { $place }. إذا لم تستطيعي الحضور، ردّي بـ ٢.
msg-session-date-cancelled = أُلغي موعد حجزتِه. افتحي PeriLink لتريه.
msg-news = لديكِ جديد في PeriLink.
msg-email-subject = رسالة من PeriLink
