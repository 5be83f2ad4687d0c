# PeriLink interface text: Urdu (ur), translated from the English source (en):
# accounts (joining from an invitation, passwords, signing in with a code,
# two-factor sign-in, devices and People).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - As in main.ftl, the text speaks politely as آپ, and keeps everyday words
#   (ای میل, پاس ورڈ, سائن ان, کوڈ, ایپ) as they are said.
# - "Two-factor sign-in" is "دو مرحلہ سائن ان"; an "authenticator app" is
#   "تصدیقی ایپ".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = براہ کرم تفصیلات دیکھیں اور دوبارہ کوشش کریں۔
account-error-conflict = یہ پہلے سے موجود ہے۔ براہ کرم فہرست دیکھیں۔

## New passwords (joining, setting up, resetting)

password-new = نیا پاس ورڈ
# $count is the fewest characters a password may have.
password-rules = کم از کم { $count } حروف۔ تین یا چار الفاظ جو آپ کو یاد رہیں، ایک مضبوط پاس ورڈ بناتے ہیں۔ آپ پاس ورڈ مینیجر سے پاس ورڈ پیسٹ کر سکتے ہیں۔
password-error-short = آپ کے پاس ورڈ میں کم از کم { $count } حروف ہونے چاہییں۔
password-error-long = یہ پاس ورڈ بہت لمبا ہے۔ براہ کرم چھوٹا پاس ورڈ چنیں۔
password-error-weak = یہ پاس ورڈ بہت چھوٹا ہے یا آسانی سے اندازہ لگایا جا سکتا ہے۔ براہ کرم کوئی اور چنیں۔

## Joining from an invitation

invite-accept-title = { -brand-name } میں شامل ہوں
invite-accept-intro = آپ کو { -brand-name } میں شامل ہونے کی دعوت دی گئی ہے۔ تفصیلات دیکھیں، پھر اپنا نام لکھیں اور پاس ورڈ چنیں۔
invite-accept-email = ای میل
invite-accept-role = کردار
invite-accept-organisation = ادارہ
invite-accept-name = آپ کا نام
invite-accept-name-hint = جیسے ساتھی اور مائیں اسے دیکھیں گی، مثلاً "امینہ حسن، مڈوائف"۔
invite-accept-submit = میرا اکاؤنٹ بنائیں
invite-accept-working = اکاؤنٹ بن رہا ہے…
invite-error-name = براہ کرم اپنا نام لکھیں۔
invite-error-expired = اس دعوت کی مدت ختم ہو گئی ہے: دعوتیں 72 گھنٹے چلتی ہیں۔ جس نے آپ کو دعوت دی اس سے نئی دعوت مانگیں۔
invite-error-used = یہ دعوت پہلے ہی استعمال ہو چکی ہے۔ اگر یہ آپ تھے تو سائن ان کریں۔
invite-error-revoked = یہ دعوت واپس لے لی گئی ہے۔ اگر آپ کے خیال میں یہ غلط ہے تو دعوت دینے والے سے پوچھیں۔

## Links from emails and text messages

link-error-invalid = یہ لنک کام نہیں کر رہا۔ دیکھ لیں کہ آپ نے پورا لنک کھولا ہے، یا نیا لنک مانگیں۔
link-error-expired = اس لنک کی مدت ختم ہو گئی ہے۔ براہ کرم نیا لنک مانگیں۔
link-error-used = یہ لنک پہلے ہی استعمال ہو چکا ہے۔ براہ کرم نیا لنک مانگیں، یا سائن ان کریں۔

## A mother sets up her account

setup-title = اپنا اکاؤنٹ سیٹ اپ کریں
setup-intro = اپنے { -brand-name } اکاؤنٹ کے لیے پاس ورڈ چنیں۔ آپ اپنے فون پر بھیجے گئے کوڈ سے بھی سائن ان کر سکتی ہیں۔
setup-submit = میرا پاس ورڈ محفوظ کریں
setup-working = محفوظ ہو رہا ہے…
setup-code-instead = آپ اب بھی اپنے فون یا ای میل پر بھیجے گئے کوڈ سے سائن ان کر سکتی ہیں۔

## Forgotten password

forgot-link = پاس ورڈ بھول گئے؟
forgot-title = اپنا پاس ورڈ ری سیٹ کریں
forgot-intro = اپنے اکاؤنٹ کا ای میل یا موبائل نمبر لکھیں۔ ہم آپ کو نیا پاس ورڈ چننے کا لنک بھیجیں گے۔
forgot-contact = ای میل یا موبائل نمبر
forgot-submit = مجھے لنک بھیجیں
forgot-sent = اگر کسی اکاؤنٹ کا یہ ای میل یا نمبر ہے تو ہم نے اسے لنک بھیج دیا ہے۔ لنک ایک بار اور تھوڑی دیر کے لیے کام کرتا ہے۔
reset-title = نیا پاس ورڈ چنیں
reset-intro = نیا پاس ورڈ چنیں۔ آپ کے باقی تمام آلات سے سائن آؤٹ ہو جائے گا۔
reset-submit = نیا پاس ورڈ محفوظ کریں
reset-done = آپ کا پاس ورڈ بدل گیا ہے۔ براہ کرم نئے پاس ورڈ سے سائن ان کریں۔
reset-ask-again = نیا لنک مانگیں

## Signing in with a one-time code

code-sign-in-link = اس کے بجائے کوڈ سے سائن ان کریں
code-sign-in-title = کوڈ سے سائن ان
code-intro = ہم آپ کے موبائل فون یا ای میل پر 6 ہندسوں کا کوڈ بھیجیں گے۔
code-contact = موبائل نمبر یا ای میل
code-send = مجھے کوڈ بھیجیں
code-sending = بھیجا جا رہا ہے…
code-sent = اگر کسی اکاؤنٹ کا یہ نمبر یا ای میل ہے تو ہم نے اسے کوڈ بھیج دیا ہے۔ کوڈ 10 منٹ تک کام کرتا ہے۔
code-label = 6 ہندسوں کا کوڈ
code-send-again = نیا کوڈ بھیجیں
code-use-password = اس کے بجائے پاس ورڈ سے سائن ان کریں
code-error-contact = براہ کرم اپنا ای میل یا موبائل نمبر لکھیں۔
code-error-format = براہ کرم اپنے کوڈ کے 6 ہندسے لکھیں۔
code-error-invalid = یہ کوڈ درست نہیں یا اس کی مدت ختم ہو گئی ہے۔ براہ کرم دوبارہ کوشش کریں۔
code-error-too-many = بہت زیادہ غلط کوششیں۔ براہ کرم نیا کوڈ مانگیں۔

## The second step of signing in, for staff

totp-step-title = اپنا حفاظتی کوڈ لکھیں
totp-step-intro = اپنی تصدیقی ایپ کھولیں اور وہ 6 ہندسوں کا کوڈ لکھیں جو وہ { -brand-name } کے لیے دکھاتی ہے۔
totp-step-recovery-intro = وہ ریکوری کوڈ لکھیں جو آپ نے دو مرحلہ سائن ان سیٹ اپ کرتے وقت محفوظ کیے تھے۔ ہر کوڈ ایک بار کام کرتا ہے۔
totp-step-label = حفاظتی کوڈ
totp-step-recovery-label = ریکوری کوڈ
totp-step-submit = جاری رکھیں
totp-step-use-recovery = میرا فون میرے پاس نہیں
totp-step-use-app = تصدیقی ایپ استعمال کریں
totp-step-start-again = دوبارہ شروع کریں
totp-step-expired = بہت دیر ہو گئی۔ براہ کرم دوبارہ شروع کریں اور سائن ان کریں۔

## Setting up two-factor sign-in

twofa-title = دو مرحلہ سائن ان
twofa-intro = چونکہ آپ ماؤں کی صحت کی معلومات دیکھ سکتے ہیں، سائن ان کرتے وقت ایک دوسرا مرحلہ ضروری ہے: آپ کے فون کی تصدیقی ایپ سے ایک کوڈ۔
twofa-required = براہ کرم ابھی دو مرحلہ سائن ان سیٹ اپ کریں۔ تب تک آپ ماؤں کی تفصیلات نہیں دیکھ سکتے۔
twofa-on = آپ کے اکاؤنٹ پر دو مرحلہ سائن ان چالو ہے۔
twofa-not-needed = آپ کے اکاؤنٹ کو دو مرحلہ سائن ان کی ضرورت نہیں۔
twofa-demo-exempt = ڈیمو اکاؤنٹس کو دو مرحلہ سائن ان کی ضرورت نہیں۔ پھر بھی آپ اسے سیٹ اپ کر کے دیکھ سکتے ہیں۔
twofa-start = دو مرحلہ سائن ان سیٹ اپ کریں
twofa-step-scan = یہ QR کوڈ اپنی تصدیقی ایپ سے اسکین کریں۔
twofa-qr-label = QR کوڈ جو { -brand-name } کو تصدیقی ایپ میں شامل کرتا ہے
twofa-step-key = یا یہ کلید ایپ میں لکھیں:
twofa-step-code = ایپ میں دکھایا گیا 6 ہندسوں کا کوڈ لکھیں
twofa-confirm = دو مرحلہ سائن ان چالو کریں
twofa-confirming = جانچ ہو رہی ہے…
twofa-now-on = دو مرحلہ سائن ان اب چالو ہے۔
twofa-recovery-title = آپ کے ریکوری کوڈ
twofa-recovery-intro = اگر آپ کا فون کھو جائے تو ان میں سے ہر کوڈ سے آپ ایک بار سائن ان کر سکتے ہیں۔ انہیں ابھی کسی محفوظ جگہ رکھ لیں: یہ دوبارہ نہیں دکھائے جائیں گے۔
twofa-recovery-saved = میں نے یہ کوڈ محفوظ کر لیے ہیں
twofa-continue = جاری رکھیں

## My account: two-factor and devices

account-title = میرا اکاؤنٹ
account-twofa-open = دو مرحلہ سائن ان کی ترتیبات
devices-title = آپ کہاں سائن ان ہیں
devices-intro = اگر آپ کو کوئی انجان آلہ نظر آئے، یا ایسا آلہ جو کھو گیا ہو، تو اسے سائن آؤٹ کر دیں۔
devices-this = (یہ آلہ)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $system } پر { $browser }
devices-unknown = نامعلوم آلہ
# $when is a date and time.
devices-signed-in = سائن ان: { $when }
devices-last-used = آخری استعمال: { $when }
devices-sign-out = اس آلے کو سائن آؤٹ کریں
devices-signed-out = اس آلے کو سائن آؤٹ کر دیا گیا ہے۔

## People: staff accounts, invitations and teams

people-title = لوگ
people-intro = عملے کو دعوت دیں، دیکھیں کس کا اکاؤنٹ ہے، اور ٹیمیں ترتیب دیں۔
admin-intro = سب سے پہلے کس چیز کو آپ کی ضرورت ہے، اور آپ کے ہر کام تک پہنچنے کا راستہ۔
admin-people-counts = عملے کے اکاؤنٹس: { $staff }۔ قبولیت کے منتظر دعوت نامے: { $waiting }۔
admin-directory-hint = نشستیں، پروگرام، مقامات اور تنظیمیں، اور جن چیزوں کی جانچ درکار ہے۔
admin-outcomes-hint = کون آیا، اور ان کی خیریت کیسے بدلی، فنڈ دینے والوں کے لیے۔
admin-registers-hint = جب آپ کسی نشست میں کسی کی جگہ ہوں تو حاضری لیں۔
admin-alerts-hint = ان ماؤں کے کھلے حفاظتی الرٹس جن کی ابھی کوئی دیکھ بھال نہیں کر رہا۔
people-working = محفوظ ہو رہا ہے…
people-saved = محفوظ ہو گیا۔
people-invite-title = کسی کو دعوت دیں
people-invite-intro = انہیں پاس ورڈ چننے کے لنک کے ساتھ ایک ای میل ملے گی۔ لنک 72 گھنٹے چلتا ہے۔
people-invite-email = ان کا دفتری ای میل
people-invite-role = کردار
people-invite-team = ٹیم
people-invite-no-team = کوئی ٹیم نہیں
people-invite-submit = دعوت بھیجیں
people-invite-sent = دعوت بھیج دی گئی۔
people-error-email = براہ کرم ای میل پتہ لکھیں۔
people-error-name = براہ کرم نام لکھیں۔
people-invitations-title = دعوتیں
people-invitations-none = ابھی کوئی دعوت نہیں۔
people-invitation-pending = انتظار میں
people-invitation-accepted = قبول
people-invitation-revoked = واپس لی گئی
people-invitation-expired = مدت ختم
# $when is a date and time.
people-invitation-expires = لنک { $when } تک کام کرے گا
people-invitation-revoke = دعوت واپس لیں
people-invitation-revoked-note = دعوت واپس لے لی گئی۔
people-staff-title = عملے کے اکاؤنٹس
people-inactive = بند
people-no-twofa = ابھی دو مرحلہ سائن ان نہیں
# $teams is a list of team names.
people-teams = ٹیمیں: { $teams }
people-no-team = کسی ٹیم میں نہیں
people-deactivate = اکاؤنٹ بند کریں
# $name is a person's name.
people-deactivate-confirm = { $name } کا اکاؤنٹ بند کریں؟ وہ فوراً ہر جگہ سے سائن آؤٹ ہو جائیں گے۔
people-deactivated = اکاؤنٹ بند کر دیا گیا۔
people-cancel = منسوخ کریں
people-teams-title = ادارے اور ٹیمیں
people-no-teams = ابھی کوئی ٹیم نہیں۔
people-team-name = نئی ٹیم کا نام
people-team-kind = ٹیم کی قسم
people-team-kind-community_midwifery = کمیونٹی مڈوائفری
people-team-kind-health_visiting = ہیلتھ وزٹنگ
people-team-kind-link_workers = رابطہ کار
people-team-kind-provider = نشستوں کے میزبان
people-team-kind-other = کوئی اور
people-team-add = ٹیم شامل کریں
people-add-member = اس ٹیم میں کسی کو شامل کریں
people-choose-person = کسی شخص کو چنیں
people-add = شامل کریں
people-remove = ہٹائیں
# $name is a person's name.
people-remove-member = { $name } کو اس ٹیم سے ہٹائیں
people-org-new = نیا ادارہ
people-org-name = ادارے کا نام
people-org-add = ادارہ شامل کریں

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = مشترکہ فون پر
phone-intro = یہ ترتیبات صرف اس فون پر رہتی ہیں۔ اگر کوئی اور فون استعمال کرے تو یہ آپ کی مدد کرتی ہیں کہ یہاں جو کچھ آپ کرتی ہیں وہ آپ تک ہی رہے۔
phone-exit-label = ”فوراً باہر نکلیں“ یہ کھولتا ہے
phone-exit-hint = ہر اسکرین کے اوپر والا بٹن، یا دو بار Esc دبانا، اس ایپ کو فوراً بند کر کے اس کی جگہ یہ صفحہ کھول دیتا ہے۔
phone-name-label = اس فون پر دکھایا جانے والا نام
phone-name-hint = براؤزر ٹیب پر نام، اور ہوم اسکرین پر بھی اگر آپ ایپ وہاں شامل کریں۔
pin-title = ایپ لاک
pin-intro = 4 سے 6 ہندسوں کا PIN مقرر کریں۔ 5 منٹ دور رہنے کے بعد، یا ایپ دوبارہ کھولنے پر، یہ آپ کا PIN مانگے گی۔ یہ صرف اس فون پر رہتا ہے۔
pin-is-set = اس فون پر PIN مقرر ہے۔ 5 منٹ دور رہنے کے بعد، یا ایپ دوبارہ کھولنے پر، یہ اسے مانگے گی۔
pin-new-label = نیا PIN (4 سے 6 ہندسے)
pin-again-label = وہی PIN دوبارہ
pin-set = PIN مقرر کریں
pin-change = PIN بدلیں
pin-remove = PIN ہٹائیں
pin-saved = آپ کا PIN مقرر ہو گیا۔
pin-removed = آپ کا PIN ہٹا دیا گیا۔
pin-mismatch = دونوں PIN ایک جیسے نہیں ہیں۔
contact-title = ہم آپ سے کیسے رابطہ کر سکتے ہیں
contact-intro = ہمیں بتائیں کہ آپ سے رابطہ کب محفوظ ہے۔ آپ کی مڈوائف اور لنک ورکر آپ کو فون یا میسج کرنے سے پہلے یہ دیکھتی ہیں۔
contact-ways = رابطے کے وہ طریقے جو آپ کے لیے ٹھیک ہیں
contact-days = دن
contact-times = اوقات (برطانیہ کا وقت)
contact-from = سے
contact-until = تک
contact-save = محفوظ کریں
contact-saved = محفوظ ہو گیا۔ ہم آپ سے صرف اسی طرح رابطہ کریں گے۔
contact-bad-times = شروع کا وقت ختم ہونے کے وقت سے پہلے ہونا چاہیے۔
care-team-title = آپ کا ریکارڈ کون دیکھ سکتا ہے
care-team-intro = وہ لوگ جو آپ کی دیکھ بھال کرتے ہیں اور آپ کا ریکارڈ دیکھ سکتے ہیں، اور جس نے آپ کو ڈھونڈا اس نے آپ کو کیوں شامل کیا۔
care-team-none = ابھی کوئی نہیں۔
care-team-added = { $date } سے
care-team-reason = آپ کو شامل کرنے کی وجہ: ”{ $reason }“
