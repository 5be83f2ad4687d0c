# PeriLink interface text: Arabic (ar), Modern Standard Arabic in plain everyday
# words, translated from the English source (en): accounts (joining from an
# invitation, passwords, signing in with a code, two-factor sign-in, devices and
# People).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Mothers and staff both read these screens: write without diacritics, with
#   يرجى and a verbal noun, or with verbal nouns alone, so the text suits both.
# - "Two-factor sign-in" is "التحقق بخطوتين"; an "authenticator app" is
#   "تطبيق المصادقة".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = يرجى التحقق من البيانات والمحاولة من جديد.
account-error-conflict = هذا موجود من قبل. يرجى مراجعة القائمة.

## New passwords (joining, setting up, resetting)

password-new = كلمة مرور جديدة
# $count is the fewest characters a password may have.
password-rules = { $count } حرفًا على الأقل. ثلاث أو أربع كلمات يسهل تذكرها تصنع كلمة مرور قوية. يمكن لصق كلمة مرور من مدير كلمات المرور.
password-error-short = يجب أن تتكون كلمة المرور من { $count } حرفًا على الأقل.
password-error-long = كلمة المرور هذه طويلة جدًا. يرجى اختيار كلمة أقصر.
password-error-weak = كلمة المرور هذه قصيرة جدًا أو سهلة التخمين. يرجى اختيار كلمة أخرى.

## Joining from an invitation

invite-accept-title = الانضمام إلى { -brand-name }
invite-accept-intro = وصلت دعوة للانضمام إلى { -brand-name }. يرجى التحقق من البيانات، ثم كتابة الاسم واختيار كلمة مرور.
invite-accept-email = البريد الإلكتروني
invite-accept-role = الدور
invite-accept-organisation = الجهة
invite-accept-name = الاسم
invite-accept-name-hint = كما يراه الزملاء والأمهات، مثل "أمينة حسن، قابلة".
invite-accept-submit = إنشاء الحساب
invite-accept-working = جارٍ إنشاء الحساب…
invite-error-name = يرجى كتابة الاسم.
invite-error-expired = انتهت صلاحية هذه الدعوة: الدعوات صالحة لمدة 72 ساعة. يرجى طلب دعوة جديدة ممن أرسلها.
invite-error-used = تم استخدام هذه الدعوة من قبل. إن كان ذلك منك، يرجى تسجيل الدخول.
invite-error-revoked = تم سحب هذه الدعوة. يرجى التواصل مع من أرسلها عند الاعتقاد بوجود خطأ.

## Links from emails and text messages

link-error-invalid = هذا الرابط لا يعمل. يرجى التأكد من فتح الرابط كاملًا، أو طلب رابط جديد.
link-error-expired = انتهت صلاحية هذا الرابط. يرجى طلب رابط جديد.
link-error-used = تم استخدام هذا الرابط من قبل. يرجى طلب رابط جديد، أو تسجيل الدخول.

## A mother sets up her account

setup-title = إعداد حسابك
setup-intro = اختاري كلمة مرور لحسابك في { -brand-name }. يمكنك أيضًا تسجيل الدخول برمز يُرسل إلى هاتفك.
setup-submit = حفظ كلمة المرور
setup-working = جارٍ الحفظ…
setup-code-instead = ما زال بإمكانك تسجيل الدخول برمز يُرسل إلى هاتفك أو بريدك الإلكتروني.

## Forgotten password

forgot-link = نسيان كلمة المرور؟
forgot-title = إعادة تعيين كلمة المرور
forgot-intro = يرجى كتابة البريد الإلكتروني أو رقم الجوال الخاص بالحساب. سنرسل رابطًا لاختيار كلمة مرور جديدة.
forgot-contact = البريد الإلكتروني أو رقم الجوال
forgot-submit = إرسال الرابط
forgot-sent = إن كان هناك حساب بهذا البريد أو الرقم، فقد أرسلنا إليه رابطًا. يعمل الرابط مرة واحدة ولوقت قصير.
reset-title = اختيار كلمة مرور جديدة
reset-intro = يرجى اختيار كلمة مرور جديدة. سيتم تسجيل الخروج من جميع الأجهزة الأخرى.
reset-submit = حفظ كلمة المرور الجديدة
reset-done = تم تغيير كلمة المرور. يرجى تسجيل الدخول بكلمة المرور الجديدة.
reset-ask-again = طلب رابط جديد

## Signing in with a one-time code

code-sign-in-link = تسجيل الدخول برمز بدلًا من ذلك
code-sign-in-title = تسجيل الدخول برمز
code-intro = سنرسل رمزًا من 6 أرقام إلى الجوال أو البريد الإلكتروني.
code-contact = رقم الجوال أو البريد الإلكتروني
code-send = إرسال الرمز
code-sending = جارٍ الإرسال…
code-sent = إن كان هناك حساب بهذا الرقم أو البريد، فقد أرسلنا إليه رمزًا. يعمل الرمز لمدة 10 دقائق.
code-label = رمز من 6 أرقام
code-send-again = إرسال رمز جديد
code-use-password = تسجيل الدخول بكلمة المرور بدلًا من ذلك
code-error-contact = يرجى كتابة البريد الإلكتروني أو رقم الجوال.
code-error-format = يرجى كتابة أرقام الرمز الستة.
code-error-invalid = هذا الرمز غير صحيح أو انتهت صلاحيته. يرجى المحاولة من جديد.
code-error-too-many = محاولات خاطئة كثيرة. يرجى طلب رمز جديد.

## The second step of signing in, for staff

totp-step-title = إدخال رمز الأمان
totp-step-intro = يرجى فتح تطبيق المصادقة وكتابة الرمز المكون من 6 أرقام الظاهر لـ { -brand-name }.
totp-step-recovery-intro = يرجى كتابة أحد رموز الاسترداد المحفوظة عند إعداد التحقق بخطوتين. كل رمز يعمل مرة واحدة.
totp-step-label = رمز الأمان
totp-step-recovery-label = رمز الاسترداد
totp-step-submit = متابعة
totp-step-use-recovery = الهاتف ليس معي
totp-step-use-app = استخدام تطبيق المصادقة
totp-step-start-again = البدء من جديد
totp-step-expired = استغرق ذلك وقتًا طويلًا. يرجى البدء من جديد وتسجيل الدخول.

## Setting up two-factor sign-in

twofa-title = التحقق بخطوتين
twofa-intro = لأن هذا الحساب يطّلع على معلومات صحة الأمهات، يلزم عند تسجيل الدخول خطوة ثانية: رمز من تطبيق مصادقة على الهاتف.
twofa-required = يرجى إعداد التحقق بخطوتين الآن. لا يمكن الاطلاع على بيانات الأمهات قبل ذلك.
twofa-on = التحقق بخطوتين مفعّل لهذا الحساب.
twofa-not-needed = هذا الحساب لا يحتاج إلى التحقق بخطوتين.
twofa-demo-exempt = الحسابات التجريبية لا تحتاج إلى التحقق بخطوتين. ومع ذلك يمكن تجربة إعداده.
twofa-start = إعداد التحقق بخطوتين
twofa-step-scan = يرجى مسح رمز QR هذا بتطبيق المصادقة.
twofa-qr-label = رمز QR يضيف { -brand-name } إلى تطبيق المصادقة
twofa-step-key = أو كتابة هذا المفتاح في التطبيق:
twofa-step-code = الرمز المكون من 6 أرقام الظاهر في التطبيق
twofa-confirm = تفعيل التحقق بخطوتين
twofa-confirming = جارٍ التحقق…
twofa-now-on = تم تفعيل التحقق بخطوتين.
twofa-recovery-title = رموز الاسترداد
twofa-recovery-intro = عند فقدان الهاتف، يسمح كل رمز من هذه الرموز بتسجيل الدخول مرة واحدة. يرجى حفظها الآن في مكان آمن: لن تظهر مرة أخرى.
twofa-recovery-saved = تم حفظ هذه الرموز
twofa-continue = متابعة

## My account: two-factor and devices

account-title = حسابي
account-twofa-open = إعدادات التحقق بخطوتين
devices-title = الأجهزة المسجَّل الدخول عليها
devices-intro = عند رؤية جهاز غير معروف أو جهاز مفقود، يرجى تسجيل الخروج منه.
devices-this = (هذا الجهاز)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $browser } على { $system }
devices-unknown = جهاز غير معروف
# $when is a date and time.
devices-signed-in = تسجيل الدخول: { $when }
devices-last-used = آخر استخدام: { $when }
devices-sign-out = تسجيل الخروج من ذلك الجهاز
devices-signed-out = تم تسجيل الخروج من ذلك الجهاز.

## People: staff accounts, invitations and teams

people-title = الأشخاص
people-intro = دعوة الموظفين، ومعرفة من لديه حساب، وتنظيم الفرق.
admin-intro = ما يحتاجك أولاً، والطريق إلى كل مهمة من مهامك.
admin-people-counts = حسابات الموظفين: { $staff }. دعوات بانتظار القبول: { $waiting }.
admin-directory-hint = الجلسات والبرامج والأماكن والمنظمات، وما يحتاج إلى مراجعة.
admin-outcomes-hint = من حضر، وكيف تغيّرت حالتهم، للجهات المموّلة.
admin-registers-hint = سجّلي الحضور عندما تنوبين عن أحد في جلسة.
admin-alerts-hint = تنبيهات السلامة المفتوحة بشأن أمهات لا يتابعهن أحد بعد.
people-working = جارٍ الحفظ…
people-saved = تم الحفظ.
people-invite-title = دعوة شخص
people-invite-intro = تصل إلى الشخص رسالة بريد إلكتروني فيها رابط لاختيار كلمة مرور. الرابط صالح لمدة 72 ساعة.
people-invite-email = البريد الإلكتروني للعمل
people-invite-role = الدور
people-invite-team = الفريق
people-invite-no-team = بلا فريق
people-invite-submit = إرسال الدعوة
people-invite-sent = تم إرسال الدعوة.
people-error-email = يرجى كتابة عنوان بريد إلكتروني.
people-error-name = يرجى كتابة اسم.
people-invitations-title = الدعوات
people-invitations-none = لا توجد دعوات بعد.
people-invitation-pending = بانتظار الرد
people-invitation-accepted = مقبولة
people-invitation-revoked = مسحوبة
people-invitation-expired = منتهية
# $when is a date and time.
people-invitation-expires = يعمل الرابط حتى { $when }
people-invitation-revoke = سحب الدعوة
people-invitation-revoked-note = تم سحب الدعوة.
people-staff-title = حسابات الموظفين
people-inactive = مغلق
people-no-twofa = بلا تحقق بخطوتين بعد
# $teams is a list of team names.
people-teams = الفرق: { $teams }
people-no-team = ليس في فريق
people-deactivate = إغلاق الحساب
# $name is a person's name.
people-deactivate-confirm = إغلاق حساب { $name }؟ سيتم تسجيل الخروج من كل الأجهزة فورًا.
people-deactivated = تم إغلاق الحساب.
people-cancel = إلغاء
people-teams-title = الجهات والفرق
people-no-teams = لا توجد فرق بعد.
people-team-name = اسم الفريق الجديد
people-team-kind = نوع الفريق
people-team-kind-community_midwifery = قبالة مجتمعية
people-team-kind-health_visiting = زيارات صحية منزلية
people-team-kind-link_workers = موظفو الربط المجتمعي
people-team-kind-provider = مقدمو الجلسات
people-team-kind-other = نوع آخر
people-team-add = إضافة الفريق
people-add-member = إضافة شخص إلى هذا الفريق
people-choose-person = اختيار شخص
people-add = إضافة
people-remove = إزالة
# $name is a person's name.
people-remove-member = إزالة { $name } من هذا الفريق
people-org-new = جهة جديدة
people-org-name = اسم الجهة
people-org-add = إضافة الجهة

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = على هاتف مشترك
phone-intro = تبقى هذه الإعدادات على هذا الهاتف. تساعدك على إبقاء ما تفعلينه هنا لنفسك إذا استخدم شخص آخر الهاتف.
phone-exit-label = «مغادرة سريعة» تفتح
phone-exit-hint = الزر أعلى كل شاشة، أو الضغط على Esc مرتين، يغلق هذا التطبيق فورًا ويفتح هذه الصفحة بدلًا منه.
phone-name-label = الاسم الظاهر على هذا الهاتف
phone-name-hint = الاسم على تبويب المتصفح، وعلى الشاشة الرئيسية إذا أضفتِ التطبيق إليها.
pin-title = قفل التطبيق
pin-intro = اختاري رقمًا سريًا من 4 إلى 6 أرقام. بعد 5 دقائق من الابتعاد، أو عند فتح التطبيق من جديد، يطلب رقمك السري. يبقى على هذا الهاتف فقط.
pin-is-set = تم تعيين رقم سري على هذا الهاتف. بعد 5 دقائق من الابتعاد، أو عند فتح التطبيق من جديد، يطلبه.
pin-new-label = رقم سري جديد (من 4 إلى 6 أرقام)
pin-again-label = الرقم السري نفسه مرة أخرى
pin-set = تعيين الرقم السري
pin-change = تغيير الرقم السري
pin-remove = حذف الرقم السري
pin-saved = تم تعيين رقمك السري.
pin-removed = تم حذف رقمك السري.
pin-mismatch = الرقمان السريان غير متطابقين.
contact-title = كيف يمكننا التواصل معك
contact-intro = أخبرينا متى يكون التواصل معك آمنًا. ترى قابلتك ومنسقة الدعم هذا قبل أن يتصلا بك أو يرسلا لك رسالة.
contact-ways = طرق التواصل التي تناسبك
contact-days = الأيام
contact-times = الأوقات (بتوقيت المملكة المتحدة)
contact-from = من
contact-until = حتى
contact-save = حفظ
contact-saved = تم الحفظ. لن نتواصل معك إلا بهذه الطريقة.
contact-bad-times = يجب أن يكون وقت البداية قبل وقت النهاية.
care-team-title = من يمكنه رؤية سجلك
care-team-intro = الأشخاص الذين يعتنون بك ويمكنهم رؤية سجلك، ولماذا أضافك من وجدك.
care-team-none = لا أحد بعد.
care-team-added = منذ { $date }
care-team-reason = سبب إضافتك: «{ $reason }»
