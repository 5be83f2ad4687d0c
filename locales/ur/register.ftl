# PeriLink interface text: Urdu (ur), translated from the English source (en):
# the register, for session hosts.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Session hosts (library staff, tutors, musicians, peer supporters) read these
#   on a phone, often with poor signal, while people arrive: keep them short.
# - The text speaks to the host politely as آپ, with forms that suit women and
#   men alike (کریں, not کرتی ہیں or کرتے ہیں), as in staff.ftl.
# - The "register" is حاضری کا رجسٹر. A "mark" is one tick on the register
#   (نشان): present, absent or sent apologies.
# - "Walk-in": someone who came without booking or being referred (بغیر بکنگ).
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Times ($time, $start, $end) arrive already written in Urdu by the phone,
#   such as "10:30".

## The page

register-title = حاضری کے رجسٹر
register-new-referrals =
    { $count ->
        [one] ایک نیا ریفرل جواب کا منتظر ہے
       *[other] { $count } نئے ریفرل جواب کے منتظر ہیں
    }
register-intro = ہر شخص کے لیے ایک بار ٹیپ کریں۔ نشان پہلے اسی فون پر محفوظ ہوتے ہیں، پھر بھیجے جاتے ہیں، اس لیے سگنل کے بغیر بھی حاضری لگائی جا سکتی ہے۔
register-sign-in-needed = حاضری لگانے کے لیے براہ کرم سائن ان کریں۔
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [one] { $count } نشان اس فون پر محفوظ ہے۔ سائن ان کے بعد یہ بھیج دیا جائے گا۔
       *[other] { $count } نشان اس فون پر محفوظ ہیں۔ سائن ان کے بعد یہ بھیج دیے جائیں گے۔
    }
register-offline-nothing = کنکشن نہیں ہے، اور اس فون پر ابھی کوئی رجسٹر محفوظ نہیں۔ یہ صفحہ ایک بار کنکشن کے ساتھ کھولیں، پھر یہ کنکشن کے بغیر بھی چلے گا۔
# $time is when the register was saved, such as "09:15".
register-offline-saved = کنکشن نہیں ہے: یہ وہ رجسٹر ہے جو اس فون پر { $time } بجے محفوظ ہوا۔
register-not-saved = اس دن کا رجسٹر اس فون پر محفوظ نہیں۔ اسے لوڈ کرنے کے لیے انٹرنیٹ سے جڑیں۔
register-no-sessions = اس دن آپ کی کوئی نشست نہیں ہے۔

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = دن
# Read by screen readers on today's button.
register-today = آج

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = { $start } سے { $end } تک، { $venue }
register-cancelled = یہ تاریخ منسوخ ہے۔
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = نشان لگے: { $expected } میں سے { $marked }۔ حاضر: { $present }۔
register-nobody = ابھی کسی کے آنے کی توقع نہیں۔ جو آئیں انہیں نیچے شامل کریں۔
register-replies = اس تاریخ کے بارے میں ماؤں کے پیغامات

## A person on the register

# $name is her baby's first name.
register-baby = بچہ: { $name }
register-interpreter = ترجمان کی ضرورت ہے
# Why she is on the register.
register-because-booked = بک کیا تھا
register-because-enrolled = کورس میں داخلہ
register-because-referred = ریفر کی گئیں
register-because-walk-in = بغیر بکنگ آئیں
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = { $name } کی حاضری
register-present = حاضر
register-absent = غیر حاضر
register-apologies = معذرت بھیجی
register-babies = شیر خوار بچے
register-children = دوسرے بچے
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = { $name } کے ساتھ ایک شیر خوار بچہ کم
register-more-babies = { $name } کے ساتھ ایک شیر خوار بچہ زیادہ
register-fewer-children = { $name } کے ساتھ ایک بچہ کم
register-more-children = { $name } کے ساتھ ایک بچہ زیادہ

## Where a mark is

register-mark-waiting = بھیجنے کا انتظار
register-mark-sent = بھیج دیا گیا
register-mark-superseded = بھیج دیا گیا، مگر دوسرے فون کا بعد والا نشان مانا جائے گا
register-mark-refused = قبول نہیں ہوا
# A button that removes a mark that was not accepted.
register-mark-discard = ہٹائیں

## Sending

register-online = آن لائن
register-offline = آف لائن: نشان اس فون پر رکھے جا رہے ہیں
register-sync-none = ابھی کوئی نشان نہیں۔
register-sync-all-sent = سب نشان بھیج دیے گئے ہیں۔
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [one] { $count } نشان بھیجنے کے انتظار میں ہے۔
       *[other] { $count } نشان بھیجنے کے انتظار میں ہیں۔
    }
register-sync-sending = بھیجا جا رہا ہے…
register-sync-offline = کنکشن نہیں ہے۔ نشان اس فون پر محفوظ ہیں اور کنکشن واپس آنے پر بھیج دیے جائیں گے۔
register-sync-sign-in = انہیں بھیجنے کے لیے دوبارہ سائن ان کریں۔
register-sync-trouble = { -brand-name } ابھی انہیں نہیں لے سکا۔ یہ دوبارہ کوشش کرے گا۔
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [one] { $count } نشان قبول نہیں ہوا۔ نیچے نشانوں کی فہرست میں اسے دیکھیں۔
       *[other] { $count } نشان قبول نہیں ہوئے۔ نیچے نشانوں کی فہرست میں انہیں دیکھیں۔
    }
register-sync-now = ابھی بھیجیں
register-storage-failed = یہ فون نشان محفوظ نہیں کر سکا۔ جب تک وہ بھیجے نہ جائیں، یہ صفحہ کھلا رکھیں۔
# The heading of the list of the day's marks; $count is how many.
register-device-marks = اس فون پر نشان ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }۔ { $state }۔

## Walk-ins

register-walk-in = بغیر بکنگ آنے والی کو شامل کریں
register-walk-in-search = اسے اپنے رجسٹروں میں تلاش کریں
register-walk-in-search-hint = اس کے پہلے نام کا کچھ حصہ لکھیں۔
# $name is her first name.
register-walk-in-pick = { $name } کو شامل کریں
register-walk-in-none-found = آپ کے رجسٹروں میں اس نام کا کوئی نہیں۔ نیچے نیا ریکارڈ بنائیں۔
register-walk-in-new = نیا ریکارڈ
register-walk-in-name = پہلا نام
register-walk-in-phone = فون نمبر (اگر ہو)
register-walk-in-phone-hint = برطانیہ کا نمبر، جیسے 07700 900123۔ اگر نہ ہو تو خالی چھوڑ دیں۔
register-walk-in-language = اس کی زبان
register-walk-in-babies = ساتھ آئے شیر خوار بچے
register-walk-in-children = ساتھ آئے دوسرے بچے
register-walk-in-add = شامل کریں اور حاضر لگائیں
# $name is her first name.
register-walk-in-added = { $name } رجسٹر میں شامل ہیں، حاضر لگا دیا گیا۔
register-walk-in-error-name = اس کا پہلا نام لکھیں۔
register-walk-in-error-phone = یہ برطانیہ کا فون نمبر نہیں ہے۔ اسے دیکھیں، یا خالی چھوڑ دیں۔
