# PeriLink interface text: Kurdish Sorani (ckb), Arabic script, translated from
# the English source (en): accounts (joining from an invitation, passwords,
# signing in with a code, two-factor sign-in, devices and People).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Words as in main.ftl: "password" وشەی نهێنی, "sign in" چوونەژوورەوە.
# - "Two-factor sign-in" is "چوونەژوورەوەی دوو هەنگاوی"; an "authenticator
#   app" is "ئەپی پشتڕاستکردنەوە".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = تکایە زانیارییەکان بپشکنە و دووبارە هەوڵ بدەوە.
account-error-conflict = ئەمە پێشتر هەیە. تکایە لیستەکە ببینە.

## New passwords (joining, setting up, resetting)

password-new = وشەی نهێنیی نوێ
# $count is the fewest characters a password may have.
password-rules = لانیکەم { $count } پیت. سێ یان چوار وشە کە لەبیرت بمێنن وشەیەکی نهێنیی بەهێز دروست دەکەن. دەتوانیت وشەی نهێنی لە بەڕێوەبەری وشە نهێنییەکانەوە بلکێنیت.
password-error-short = وشەی نهێنییەکەت دەبێت لانیکەم { $count } پیت بێت.
password-error-long = ئەم وشە نهێنییە زۆر درێژە. تکایە یەکێکی کورتتر هەڵبژێرە.
password-error-weak = ئەم وشە نهێنییە زۆر کورتە یان بە ئاسانی دەزانرێت. تکایە یەکێکی تر هەڵبژێرە.

## Joining from an invitation

invite-accept-title = بەشداربوون لە { -brand-name }
invite-accept-intro = بانگهێشت کراویت بۆ { -brand-name }. زانیارییەکان بپشکنە، پاشان ناوت بنووسە و وشەیەکی نهێنی هەڵبژێرە.
invite-accept-email = ئیمەیڵ
invite-accept-role = ڕۆڵ
invite-accept-organisation = دامەزراوە
invite-accept-name = ناوت
invite-accept-name-hint = وەک ئەوەی هاوکاران و دایکان دەیبینن، بۆ نموونە "ئامینە حەسەن، مامان".
invite-accept-submit = هەژمارەکەم دروست بکە
invite-accept-working = هەژمارەکە دروست دەکرێت…
invite-error-name = تکایە ناوت بنووسە.
invite-error-expired = ئەم بانگهێشتە بەسەرچووە: بانگهێشتەکان ٧٢ کاتژمێر دەمێننەوە. داوای بانگهێشتێکی نوێ لەو کەسە بکە کە بانگهێشتی کردوویت.
invite-error-used = ئەم بانگهێشتە پێشتر بەکارهاتووە. ئەگەر خۆت بوویت، بچۆ ژوورەوە.
invite-error-revoked = ئەم بانگهێشتە کشێندراوەتەوە. ئەگەر پێت وایە هەڵەیە، لەو کەسە بپرسە کە بانگهێشتی کردوویت.

## Links from emails and text messages

link-error-invalid = ئەم بەستەرە کار ناکات. دڵنیابە کە هەموو بەستەرەکەت کردووەتەوە، یان داوای بەستەرێکی نوێ بکە.
link-error-expired = ئەم بەستەرە بەسەرچووە. تکایە داوای بەستەرێکی نوێ بکە.
link-error-used = ئەم بەستەرە پێشتر بەکارهاتووە. تکایە داوای بەستەرێکی نوێ بکە، یان بچۆ ژوورەوە.

## A mother sets up her account

setup-title = هەژمارەکەت ڕێک بخە
setup-intro = وشەیەکی نهێنی بۆ هەژمارەکەت لە { -brand-name } هەڵبژێرە. هەروەها دەتوانیت بە کۆدێک کە بۆ تەلەفۆنەکەت دەنێردرێت بچیتە ژوورەوە.
setup-submit = وشەی نهێنییەکەم پاشەکەوت بکە
setup-working = پاشەکەوت دەکرێت…
setup-code-instead = هێشتا دەتوانیت بە کۆدێک کە بۆ تەلەفۆن یان ئیمەیڵەکەت دەنێردرێت بچیتە ژوورەوە.

## Forgotten password

forgot-link = وشەی نهێنییەکەت لەبیر چووە؟
forgot-title = وشەی نهێنی ڕێکبخەرەوە
forgot-intro = ئیمەیڵ یان ژمارەی مۆبایلی هەژمارەکەت بنووسە. بەستەرێکت بۆ دەنێرین بۆ هەڵبژاردنی وشەیەکی نهێنیی نوێ.
forgot-contact = ئیمەیڵ یان ژمارەی مۆبایل
forgot-submit = بەستەرێکم بۆ بنێرە
forgot-sent = ئەگەر هەژمارێک ئەو ئیمەیڵ یان ژمارەیەی هەبێت، بەستەرێکمان بۆ ناردووە. بەستەرەکە یەک جار و بۆ ماوەیەکی کەم کار دەکات.
reset-title = وشەیەکی نهێنیی نوێ هەڵبژێرە
reset-intro = وشەیەکی نهێنیی نوێ هەڵبژێرە. لە هەموو ئامێرەکانی ترت دەچیتە دەرەوە.
reset-submit = وشەی نهێنیی نوێ پاشەکەوت بکە
reset-done = وشەی نهێنییەکەت گۆڕدرا. تکایە بە وشە نهێنییە نوێیەکە بچۆ ژوورەوە.
reset-ask-again = داوای بەستەرێکی نوێ بکە

## Signing in with a one-time code

code-sign-in-link = لە جیاتی ئەوە بە کۆد بچۆ ژوورەوە
code-sign-in-title = چوونەژوورەوە بە کۆد
code-intro = کۆدێکی ٦ ژمارەیی بۆ مۆبایل یان ئیمەیڵەکەت دەنێرین.
code-contact = ژمارەی مۆبایل یان ئیمەیڵ
code-send = کۆدێکم بۆ بنێرە
code-sending = دەنێردرێت…
code-sent = ئەگەر هەژمارێک ئەو ژمارە یان ئیمەیڵەی هەبێت، کۆدێکمان بۆ ناردووە. کۆدەکە ١٠ خولەک کار دەکات.
code-label = کۆدی ٦ ژمارەیی
code-send-again = کۆدێکی نوێ بنێرە
code-use-password = لە جیاتی ئەوە بە وشەی نهێنی بچۆ ژوورەوە
code-error-contact = تکایە ئیمەیڵ یان ژمارەی مۆبایلەکەت بنووسە.
code-error-format = تکایە ٦ ژمارەکەی کۆدەکەت بنووسە.
code-error-invalid = ئەو کۆدە دروست نییە یان بەسەرچووە. تکایە دووبارە هەوڵ بدەوە.
code-error-too-many = هەوڵی هەڵەی زۆر. تکایە داوای کۆدێکی نوێ بکە.

## The second step of signing in, for staff

totp-step-title = کۆدی ئاسایش بنووسە
totp-step-intro = ئەپی پشتڕاستکردنەوەکەت بکەرەوە و ئەو کۆدە ٦ ژمارەییە بنووسە کە بۆ { -brand-name } پیشانی دەدات.
totp-step-recovery-intro = یەکێک لەو کۆدانەی گەڕاندنەوە بنووسە کە لە کاتی ڕێکخستنی چوونەژوورەوەی دوو هەنگاوی پاشەکەوتت کردن. هەر یەکێکیان یەک جار کار دەکات.
totp-step-label = کۆدی ئاسایش
totp-step-recovery-label = کۆدی گەڕاندنەوە
totp-step-submit = بەردەوام بە
totp-step-use-recovery = تەلەفۆنەکەم لە لام نییە
totp-step-use-app = ئەپی پشتڕاستکردنەوە بەکاربهێنە
totp-step-start-again = لە سەرەتاوە دەست پێبکەرەوە
totp-step-expired = زۆری خایاند. تکایە لە سەرەتاوە دەست پێبکەرەوە و بچۆ ژوورەوە.

## Setting up two-factor sign-in

twofa-title = چوونەژوورەوەی دوو هەنگاوی
twofa-intro = لەبەر ئەوەی دەتوانیت زانیاریی تەندروستیی دایکان ببینیت، لە کاتی چوونەژوورەوە هەنگاوێکی دووەمت پێویستە: کۆدێک لە ئەپی پشتڕاستکردنەوە لە تەلەفۆنەکەت.
twofa-required = تکایە ئێستا چوونەژوورەوەی دوو هەنگاوی ڕێک بخە. تا ئەو کاتە ناتوانیت زانیاریی دایکان ببینیت.
twofa-on = چوونەژوورەوەی دوو هەنگاوی بۆ هەژمارەکەت چالاکە.
twofa-not-needed = هەژمارەکەت پێویستی بە چوونەژوورەوەی دوو هەنگاوی نییە.
twofa-demo-exempt = هەژمارە تاقیکارییەکان پێویستیان بە چوونەژوورەوەی دوو هەنگاوی نییە. هێشتا دەتوانیت ڕێکخستنی تاقی بکەیتەوە.
twofa-start = چوونەژوورەوەی دوو هەنگاوی ڕێک بخە
twofa-step-scan = ئەم کۆدی QR ـە بە ئەپی پشتڕاستکردنەوەکەت بپشکنە.
twofa-qr-label = کۆدی QR کە { -brand-name } زیاد دەکات بۆ ئەپی پشتڕاستکردنەوە
twofa-step-key = یان ئەم کلیلە لە ئەپەکەدا بنووسە:
twofa-step-code = ئەو کۆدە ٦ ژمارەییە بنووسە کە ئەپەکە پیشانی دەدات
twofa-confirm = چوونەژوورەوەی دوو هەنگاوی چالاک بکە
twofa-confirming = پشکنین دەکرێت…
twofa-now-on = چوونەژوورەوەی دوو هەنگاوی ئێستا چالاکە.
twofa-recovery-title = کۆدەکانی گەڕاندنەوەت
twofa-recovery-intro = ئەگەر تەلەفۆنەکەت ون بوو، هەر یەکێک لەم کۆدانە ڕێگەت دەدات یەک جار بچیتە ژوورەوە. ئێستا لە شوێنێکی پارێزراو پاشەکەوتیان بکە: جارێکی تر نایانبینیتەوە.
twofa-recovery-saved = ئەم کۆدانەم پاشەکەوت کرد
twofa-continue = بەردەوام بە

## My account: two-factor and devices

account-title = هەژمارەکەم
account-twofa-open = ڕێکخستنەکانی چوونەژوورەوەی دوو هەنگاوی
devices-title = لە کوێ چوویتەتە ژوورەوە
devices-intro = ئەگەر ئامێرێک دەبینیت کە نایناسیت، یان ونت کردووە، لێی بچۆ دەرەوە.
devices-this = (ئەم ئامێرە)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $browser } لەسەر { $system }
devices-unknown = ئامێرێکی نەناسراو
# $when is a date and time.
devices-signed-in = چوونەژوورەوە: { $when }
devices-last-used = دوایین بەکارهێنان: { $when }
devices-sign-out = لەو ئامێرە بچۆ دەرەوە
devices-signed-out = لەو ئامێرە چوویتە دەرەوە.

## People: staff accounts, invitations and teams

people-title = کەسەکان
people-intro = کارمەندان بانگهێشت بکە، ببینە کێ هەژماری هەیە، و تیمەکان ڕێک بخە.
admin-intro = ئەوەی سەرەتا پێویستی بە تۆیە، و ڕێگای هەر یەک لە کارەکانت.
admin-people-counts = هەژماری کارمەندان: { $staff }. بانگهێشتی چاوەڕوان: { $waiting }.
admin-directory-hint = دانیشتن، بەرنامە، شوێن و ڕێکخراوەکان، و ئەوەی پێویستی بە پشکنینە.
admin-outcomes-hint = کێ هات، و باری دەروونییان چۆن گۆڕا، بۆ پاڵپشتیکەرانی دارایی.
admin-registers-hint = کاتێک لە جیاتی کەسێک دانیشتنێک بەڕێوە دەبەیت، ئامادەبوون تۆمار بکە.
admin-alerts-hint = ئاگادارکردنەوە کراوەکانی سەلامەتی دەربارەی ئەو دایکانەی هێشتا کەس چاودێرییان ناکات.
people-working = پاشەکەوت دەکرێت…
people-saved = پاشەکەوت کرا.
people-invite-title = کەسێک بانگهێشت بکە
people-invite-intro = ئیمەیڵێکیان بۆ دێت بە بەستەرێک بۆ هەڵبژاردنی وشەی نهێنی. بەستەرەکە ٧٢ کاتژمێر کار دەکات.
people-invite-email = ئیمەیڵی کاری
people-invite-role = ڕۆڵ
people-invite-team = تیم
people-invite-no-team = بێ تیم
people-invite-submit = بانگهێشتەکە بنێرە
people-invite-sent = بانگهێشتەکە نێردرا.
people-error-email = تکایە ناونیشانێکی ئیمەیڵ بنووسە.
people-error-name = تکایە ناوێک بنووسە.
people-invitations-title = بانگهێشتەکان
people-invitations-none = هێشتا هیچ بانگهێشتێک نییە.
people-invitation-pending = چاوەڕوانە
people-invitation-accepted = وەرگیراوە
people-invitation-revoked = کشێندراوەتەوە
people-invitation-expired = بەسەرچووە
# $when is a date and time.
people-invitation-expires = بەستەرەکە تا { $when } کار دەکات
people-invitation-revoke = بانگهێشتەکە بکشێنەوە
people-invitation-revoked-note = بانگهێشتەکە کشێندرایەوە.
people-staff-title = هەژمارەکانی کارمەندان
people-inactive = داخراوە
people-no-twofa = هێشتا دوو هەنگاوی نییە
# $teams is a list of team names.
people-teams = تیمەکان: { $teams }
people-no-team = لە هیچ تیمێکدا نییە
people-deactivate = هەژمارەکە دابخە
# $name is a person's name.
people-deactivate-confirm = هەژماری { $name } دابخرێت؟ یەکسەر لە هەموو شوێنێک دەچێتە دەرەوە.
people-deactivated = هەژمارەکە داخرا.
people-cancel = پاشگەزبوونەوە
people-teams-title = دامەزراوە و تیمەکان
people-no-teams = هێشتا هیچ تیمێک نییە.
people-team-name = ناوی تیمی نوێ
people-team-kind = جۆری تیم
people-team-kind-community_midwifery = مامانیی کۆمەڵگە
people-team-kind-health_visiting = سەردانی تەندروستی
people-team-kind-link_workers = کارمەندانی پەیوەندی
people-team-kind-provider = پێشکەشکارانی دانیشتن
people-team-kind-other = جۆرێکی تر
people-team-add = تیم زیاد بکە
people-add-member = کەسێک بۆ ئەم تیمە زیاد بکە
people-choose-person = کەسێک هەڵبژێرە
people-add = زیاد بکە
people-remove = لاببە
# $name is a person's name.
people-remove-member = { $name } لەم تیمە لاببە
people-org-new = دامەزراوەی نوێ
people-org-name = ناوی دامەزراوە
people-org-add = دامەزراوە زیاد بکە

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = لەسەر مۆبایلێکی هاوبەش
phone-intro = ئەم ڕێکخستنانە تەنها لەسەر ئەم مۆبایلە دەمێننەوە. یارمەتیت دەدەن ئەوەی لێرە دەیکەیت بۆ خۆت بهێڵیتەوە ئەگەر کەسێکی تر مۆبایلەکە بەکاربهێنێت.
phone-exit-label = «بە خێرایی دەرچوون» ئەمە دەکاتەوە
phone-exit-hint = دوگمەی سەرەوەی هەموو شاشەیەک، یان دوو جار داگرتنی Esc، یەکسەر ئەم ئەپە دادەخات و لە جیاتی ئەو ئەم پەڕەیە دەکاتەوە.
phone-name-label = ناوی پیشاندراو لەسەر ئەم مۆبایلە
phone-name-hint = ناوی سەر تابی وێبگەڕ، و لەسەر شاشەی سەرەکی ئەگەر ئەپەکەت لەوێ زیاد کرد.
pin-title = قوفڵی ئەپ
pin-intro = PIN ێک لە ٤ بۆ ٦ ژمارە دابنێ. دوای ٥ خولەک دووری، یان کاتێک ئەپەکە دووبارە دەکەیتەوە، PIN ەکەت دەپرسێت. تەنها لەسەر ئەم مۆبایلە دەمێنێتەوە.
pin-is-set = PIN ێک لەسەر ئەم مۆبایلە دانراوە. دوای ٥ خولەک دووری، یان کاتێک ئەپەکە دووبارە دەکەیتەوە، دەیپرسێت.
pin-new-label = PIN ی نوێ (٤ بۆ ٦ ژمارە)
pin-again-label = هەمان PIN دووبارە
pin-set = دانانی PIN
pin-change = گۆڕینی PIN
pin-remove = سڕینەوەی PIN
pin-saved = PIN ەکەت دانرا.
pin-removed = PIN ەکەت سڕایەوە.
pin-mismatch = هەردوو PIN ەکە وەک یەک نین.
contact-title = چۆن دەتوانین پەیوەندیت پێوە بکەین
contact-intro = پێمان بڵێ کەی پەیوەندیکردن پێتەوە سەلامەتە. مامانەکەت و کارمەندی پەیوەندی پێش ئەوەی پەیوەندیت پێوە بکەن یان نامەت بۆ بنێرن ئەمە دەبینن.
contact-ways = ئەو ڕێگایانەی پێت خۆشە پەیوەندیت پێوە بکرێت
contact-days = ڕۆژەکان
contact-times = کاتەکان (کاتی بەریتانیا)
contact-from = لە
contact-until = تا
contact-save = پاشەکەوتکردن
contact-saved = پاشەکەوت کرا. تەنها بەم شێوەیە پەیوەندیت پێوە دەکەین.
contact-bad-times = کاتی دەستپێکردن دەبێت پێش کاتی کۆتایی بێت.
care-team-title = کێ دەتوانێت تۆمارەکەت ببینێت
care-team-intro = ئەو کەسانەی چاودێریت دەکەن و دەتوانن تۆمارەکەت ببینن، و بۆچی ئەوەی تۆی دۆزییەوە زیادی کردیت.
care-team-none = هێشتا کەس نییە.
care-team-added = لە { $date }ەوە
care-team-reason = بۆچی زیادیان کردیت: «{ $reason }»
