# PeriLink interface text: Kurdish Sorani (ckb), Arabic script, translated
# from the English source (en): the register, for session hosts.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Session hosts (library staff, tutors, musicians, peer supporters) read these
#   on a phone, often with poor signal, while people arrive: keep them short.
# - The "register" is تۆماری ئامادەبوون, as in main.ftl. A "mark" is one tick
#   on the register (نیشانە): present, absent or sent apologies.
# - "Walk-in": someone who came without booking or being referred (بێ جێگرتن).
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Times ($time, $start, $end) arrive already written in Sorani by the
#   phone, such as "10:30".
# - In Sorani the noun stays singular after a number, so plural variants
#   often match.

## The page

register-title = تۆمارەکانی ئامادەبوون
register-new-referrals =
    { $count ->
        [one] یەک ڕەوانەکردنی نوێ چاوەڕێی وەڵامە
       *[other] { $count } ڕەوانەکردنی نوێ چاوەڕێی وەڵامن
    }
register-intro = بۆ هەر کەسێک یەک جار دابگرە. نیشانەکان سەرەتا لەسەر ئەم مۆبایلە پاشەکەوت دەکرێن، پاشان دەنێردرێن، بۆیە بێ ئینتەرنێتیش دەتوانیت ئامادەبوون تۆمار بکەیت.
register-sign-in-needed = تکایە بچۆ ژوورەوە بۆ تۆمارکردنی ئامادەبوون.
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [one] { $count } نیشانە لەسەر ئەم مۆبایلە پاشەکەوت کراوە. دوای چوونەژوورەوەت دەنێردرێت.
       *[other] { $count } نیشانە لەسەر ئەم مۆبایلە پاشەکەوت کراون. دوای چوونەژوورەوەت دەنێردرێن.
    }
register-offline-nothing = ئینتەرنێت نییە، و هێشتا هیچ تۆمارێک لەسەر ئەم مۆبایلە پاشەکەوت نەکراوە. یەک جار ئەم پەڕەیە بە ئینتەرنێتەوە بکەرەوە، پاشان بێ ئینتەرنێتیش کار دەکات.
# $time is when the register was saved, such as "09:15".
register-offline-saved = ئینتەرنێت نییە: ئەمە ئەو تۆمارەیە کە کاتژمێر { $time } لەسەر ئەم مۆبایلە پاشەکەوت کرا.
register-not-saved = تۆماری ئەم ڕۆژە لەسەر ئەم مۆبایلە پاشەکەوت نەکراوە. بۆ بارکردنی، پەیوەندی بە ئینتەرنێتەوە بکە.
register-no-sessions = لەم ڕۆژەدا هیچ دانیشتنێکت نییە.

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = ڕۆژ
# Read by screen readers on today's button.
register-today = ئەمڕۆ

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = لە { $start } تا { $end }، { $venue }
register-cancelled = ئەم بەروارە هەڵوەشاوەتەوە.
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = نیشانەکراو: { $marked } لە { $expected }. ئامادە: { $present }.
register-nobody = هێشتا کەس چاوەڕوان ناکرێت. ئەو کەسانەی دێن لە خوارەوە زیاد بکە.
register-replies = نامەی دەقی دایکان دەربارەی ئەم ڕێکەوتە

## A person on the register

# $name is her baby's first name.
register-baby = کۆرپە: { $name }
register-interpreter = پێویستی بە وەرگێڕە
# Why she is on the register.
register-because-booked = جێگەی گرتووە
register-because-enrolled = لە خولەکەدایە
register-because-referred = ڕەوانەکراوە
register-because-walk-in = بێ جێگرتن هاتووە
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = نیشانەکردنی { $name }
register-present = ئامادەیە
register-absent = نەهاتووە
register-apologies = پۆزشی ناردووە
register-babies = کۆرپەکان
register-children = منداڵانی تر
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = کۆرپەیەک کەمتر لەگەڵ { $name }
register-more-babies = کۆرپەیەک زیاتر لەگەڵ { $name }
register-fewer-children = منداڵێک کەمتر لەگەڵ { $name }
register-more-children = منداڵێک زیاتر لەگەڵ { $name }

## Where a mark is

register-mark-waiting = چاوەڕێی ناردنە
register-mark-sent = نێردرا
register-mark-superseded = نێردرا، بەڵام نیشانەیەکی نوێتر لە مۆبایلێکی ترەوە حیساب دەکرێت
register-mark-refused = وەرنەگیرا
# A button that removes a mark that was not accepted.
register-mark-discard = لاببە

## Sending

register-online = ئۆنلاین
register-offline = ئۆفلاین: نیشانەکان لەسەر ئەم مۆبایلە دەمێننەوە
register-sync-none = هێشتا هیچ نیشانەیەک نییە.
register-sync-all-sent = هەموو نیشانەکان نێردران.
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [one] { $count } نیشانە چاوەڕێی ناردنە.
       *[other] { $count } نیشانە چاوەڕێی ناردنن.
    }
register-sync-sending = دەنێردرێت…
register-sync-offline = ئینتەرنێت نییە. نیشانەکان لەسەر ئەم مۆبایلە پارێزراون و کاتێک ئینتەرنێت گەڕایەوە دەنێردرێن.
register-sync-sign-in = بۆ ناردنیان دووبارە بچۆ ژوورەوە.
register-sync-trouble = { -brand-name } ئێستا نەیتوانی وەریانبگرێت. دووبارە هەوڵ دەداتەوە.
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [one] { $count } نیشانە وەرنەگیرا. لە لیستی نیشانەکانی خوارەوەدا بیپشکنە.
       *[other] { $count } نیشانە وەرنەگیران. لە لیستی نیشانەکانی خوارەوەدا بیانپشکنە.
    }
register-sync-now = ئێستا بینێرە
register-storage-failed = ئەم مۆبایلە نەیتوانی نیشانەکان پاشەکەوت بکات. ئەم پەڕەیە کراوە بهێڵەرەوە تا دەنێردرێن.
# The heading of the list of the day's marks; $count is how many.
register-device-marks = نیشانەکانی سەر ئەم مۆبایلە ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }. { $state }.

## Walk-ins

register-walk-in = کەسێک زیاد بکە کە بێ جێگرتن هاتووە
register-walk-in-search = لە تۆمارەکانتدا بیدۆزەرەوە
register-walk-in-search-hint = بەشێک لە ناوی یەکەمی بنووسە.
# $name is her first name.
register-walk-in-pick = { $name } زیاد بکە
register-walk-in-none-found = لە تۆمارەکانتدا کەس بەو ناوە نییە. لە خوارەوە تۆمارێکی نوێ دروست بکە.
register-walk-in-new = تۆمارێکی نوێ
register-walk-in-name = ناوی یەکەم
register-walk-in-phone = ژمارەی تەلەفۆن (ئەگەر هەیبێت)
register-walk-in-phone-hint = ژمارەیەکی بەریتانی، وەک 07700 900123. ئەگەر نییەتی، بەتاڵی بهێڵەرەوە.
register-walk-in-language = زمانەکەی
register-walk-in-babies = کۆرپەکانی لەگەڵیدا
register-walk-in-children = منداڵانی تری لەگەڵیدا
register-walk-in-add = زیادی بکە و وەک ئامادە نیشانی بکە
# $name is her first name.
register-walk-in-added = { $name } لە تۆمارەکەدایە، وەک ئامادە نیشان کراوە.
register-walk-in-error-name = ناوی یەکەمی بنووسە.
register-walk-in-error-phone = ئەمە ژمارە تەلەفۆنێکی بەریتانی نییە. بیپشکنە، یان بەتاڵی بهێڵەرەوە.
