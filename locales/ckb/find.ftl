# PeriLink interface text: Kurdish Sorani (ckb), Arabic script, translated
# from the English source (en): a mother's own screens: finding sessions, a
# session's page, booking, making an account, and My sessions.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - Words as in main.ftl and staff.ftl: "session" دانیشتن, "midwife" مامان,
#   "course" خول. "Places" (how many can come) are جێگە; "book" is جێگە
#   گرتن; "enrol" is ناو تۆمارکردن; "waiting list" is لیستی چاوەڕوانی.
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Sorani by the phone, such as "سێشەممە 25ی تشرینی دووەم" and "10:30".
# - In Sorani the noun stays singular after a number, so plural variants
#   often match.
# - $price arrives written with a dot (3.50), so "£{ $price }" is kept.

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = وانەی زمانی ئینگلیزی (ESOL)
kind-rhyme-time = کاتی هۆنراوەی منداڵان
kind-singing = گرووپی گۆرانی
kind-breastfeeding-support = پشتگیریی شیرپێدان
kind-advice = ئامۆژگاری دەربارەی پارە و کار
kind-other = گرووپی تر

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] ئینگلیزی
        [ar] عەرەبی
        [pl] پۆڵەندی
        [pt] پورتوگالی
        [ro] ڕۆمانی
        [ckb] کوردیی سۆرانی
        [fa] فارسی
        [ur] ئوردوو
        [bn] بەنگالی
        [so] سۆماڵی
        [ti] تیگرینیا
        [zh-Hans] چینی
        [zh] چینی
        [prs] دەری
        [ps] پەشتۆ
        [kmr] کوردیی کورمانجی
        [am] ئەمهەری
        [tr] تورکی
        [fr] فەڕەنسی
        [es] ئیسپانی
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = بە ئینگلیزی: هێشتا وەرنەگێڕدراوە

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = هەڵبژاردنەکانی گەڕان
find-kind-label = چ جۆرە دانیشتنێک؟
find-language-label = بە چ زمانێک؟
find-language-any = هەر زمانێک
find-near-label = نزیک لە (پۆستکۆد)
find-near-hint = پۆستکۆدێکی وەک L8 1XF، یان تەنها بەشی یەکەمی، وەک L8.
find-radius-label = تا چەند دوور؟
# $km is a whole number of kilometres, in the list of distances.
find-radius = تا { $km } کیلۆمەتر
find-search = بگەڕێ
find-more-choices = هەڵبژاردنی زیاتر
find-free-only = تەنها دانیشتنی بێبەرامبەر
find-time-label = چ کاتێکی ڕۆژ؟
find-time-morning = بەیانی
find-time-afternoon = دوانیوەڕۆ
find-time-evening = ئێوارە
find-results = دانیشتنەکان
find-loading = بەدوای دانیشتندا دەگەڕێین…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [one] 1 دانیشتنمان دۆزییەوە.
       *[other] { $count } دانیشتنمان دۆزییەوە.
    }
find-empty = هیچ دانیشتنێک لەگەڵ هەڵبژاردنەکانت ناگونجێت. دوورییەکی زیاتر، زمانێکی تر یان هەڵبژاردنی کەمتر تاقی بکەرەوە.
find-clear = هەڵبژاردنەکانم بسڕەوە
find-loosen = { $choice } ({ $count })
find-any-time = هەر کاتێکی ڕۆژ
find-paid-too = دانیشتنە پارەدارەکانیش
find-any-kind = هەر جۆرە دانیشتنێک
find-anywhere = لە هەر شوێنێک
# $place is what she typed in the postcode box.
find-error-unknown-place = شوێنی «{ $place }» ناناسین. پۆستکۆدەکە بپشکنە، یان تەنها بەشی یەکەمی تاقی بکەرەوە، وەک L8.
# $place is what she typed in the postcode box.
find-error-bad-place = «{ $place }» پۆستکۆد نییە. پۆستکۆدێکی وەک L8 1XF تاقی بکەرەوە، یان تەنها بەشی یەکەمی، وەک L8.
find-more = دانیشتنی زیاتر پیشان بدە
find-more-loading = زیاتر بار دەکرێت…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }، لە { $start } تا { $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }، { $town }
# $km is a distance such as 1.2.
find-distance = { $km } کیلۆمەتر دوورە
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = وەرگێڕ: { $language }
find-drop-in = ڕاستەوخۆ وەرە: پێویست بە جێگرتن ناکات
find-booking = جێگەیەک بگرە
find-course = خول: بۆ هەموو هەفتەکان ناو تۆمار بکە
find-full = پڕە: دەتوانیت بچیتە لیستی چاوەڕوانییەوە
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [one] تەنها 1 جێگە ماوە
       *[other] { $count } جێگە ماوە
    }
find-free = بێبەرامبەر
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = دانیشتنەکە نەدۆزرایەوە
session-not-found = نەمانتوانی ئەم دانیشتنە بدۆزینەوە. لەوانەیە تەواو بووبێت، یان وردەکارییەکانی دەپشکنرێن.
session-find-others = دانیشتنی تر بدۆزەرەوە
session-booking = جێگرتن
session-drop-in = پێویست بە جێگرتن ناکات. تەنها وەرە!
session-course-intro = ئەمە خولێکە. یەک جار ناو تۆمار بکە، و هەموو هەفتەیەک جێگەت هەیە.
session-book-intro = بەروارێک هەڵبژێرە و جێگەی خۆت بگرە.
session-course-full = خولەکە پڕە. دەتوانیت بچیتە لیستی چاوەڕوانییەوە، و کاتێک جێگەیەک چۆڵ بوو پێت دەڵێین.
session-date-full = ئەم بەروارە پڕە. دەتوانیت بچیتە لیستی چاوەڕوانییەوە، و کاتێک جێگەیەک چۆڵ بوو پێت دەڵێین.
session-enrol = لە خولەکەدا ناو تۆمار بکە
session-book = جێگە بگرە
session-join-waiting-list = بچۆ لیستی چاوەڕوانییەوە
session-account-needed = بۆ جێگرتن، هەژمارێکی بێبەرامبەرت پێویستە. دواتر دەتگەڕێنینەوە بۆ ئێرە.
session-booking-working = جێگەکەت دەگیرێت…
# $date is a day like "Tuesday 25 November".
session-booked = جێگەت هەیە بۆ { $date }.
# $date is a day like "Tuesday 25 November".
session-already-booked = پێشتر جێگەت گرتووە بۆ { $date }.
session-enrolled = ناوت لە خولەکەدا تۆمار کرا. لەوێ دەتبینین!
session-already-enrolled = پێشتر ناوت لەم خولەدا تۆمار کراوە.
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [one] لە لیستی چاوەڕوانیدایت. تۆ کەسی داهاتوویت.
       *[other] لە لیستی چاوەڕوانیدایت. ژمارەکەت: { $position }.
    }
session-see-my-sessions = دانیشتنەکانم ببینە
session-book-mothers-only = تەنها دایکان دەتوانن بە هەژماری خۆیان جێگە بگرن.
session-book-closed = ئیتر ناتوانرێت جێگە بۆ ئەم بەروارە بگیرێت. تکایە بەروارێکی تر هەڵبژێرە.
session-about = دەربارەی ئەم دانیشتنە
session-for-whom = بۆ کێیە؟
session-for-pregnant = ژنانی دووگیان
# $min and $max are ages in whole months.
session-for-babies = دایکانی کۆرپەی { $min } تا { $max } مانگ
# $max is an age in whole months.
session-for-babies-up-to = دایکانی کۆرپەی تا { $max } مانگ
# $min is an age in whole months.
session-for-babies-from = دایکانی کۆرپەی { $min } مانگ و گەورەتر
session-for-everyone = هەموو دایکان بەخێربێن
session-bring = چی لەگەڵ خۆت بهێنیت
session-languages = زمانەکان
session-interpreter-note = وەرگێڕێک، یان یاریدەدەرێک کە ئەم زمانانە دەزانێت، لەوێیە.
session-when = کەی
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = هەموو هەفتەیەک ڕۆژی { $weekday }، لە { $start } تا { $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = هەر دوو هەفتە جارێک ڕۆژی { $weekday }، لە { $start } تا { $end }
# $date is a day like "Tuesday 25 November".
session-until = تا { $date }
session-next-dates = بەروارەکانی داهاتوو
session-cancelled = هەڵوەشاوەتەوە: ئەم ڕۆژە دانیشتن نییە
# Beside a date she has just booked.
session-date-yours = ✓ جێگەت هەیە
# Beside a date whose waiting list she has just joined.
session-date-waiting = لە لیستی چاوەڕوانیدایت
session-add-to-calendar = زیادی بکە بۆ ڕۆژژمێرەکەم
session-where = لە کوێ
session-access = چوونەژوورەوە
session-step-free = بێ پلیکانە
session-not-step-free = پلیکانەی هەیە
session-buggy-space = جێگە بۆ عەرەبانەی منداڵ
session-no-buggy-space = جێگە بۆ عەرەبانەی منداڵ نییە
session-baby-change = جێگەی گۆڕینی پەمپەرزی منداڵ
session-no-baby-change = جێگەی گۆڕینی پەمپەرز نییە
session-breastfeeding-welcome = دایکانی شیرپێدەر بەخێربێن
session-breastfeeding-not-said = لێرە دەربارەی شیرپێدان بپرسە
session-getting-there = چۆن بگەیتە ئەوێ
session-map = لەسەر نەخشە ببینە
session-report-wrong = ئەم زانیارییە هەڵەیە
session-report-what = چی هەڵەیە؟
session-report-reason-time = ڕۆژ یان کات
session-report-reason-place = شوێنەکە
session-report-reason-cancelled = ئیتر بەڕێوە ناچێت
session-report-reason-other = شتێکی تر
session-report-thanks = سوپاس کە پێت گوتین. ئەم دانیشتنە دەپشکنین.

## Make an account (sign up)

sign-up-title = هەژمارێکی بێبەرامبەر دروست بکە
sign-up-intro = بە هەژمارێک دەتوانیت جێگە بگریت و دانیشتنەکانت ببینیت.
sign-up-name = ناوت
sign-up-contact = ژمارەی مۆبایل یان ئیمەیڵ
sign-up-contact-hint = بەمە دەچیتە ژوورەوە. نایدەین بە کەس.
sign-up-language = زمانەکەت
sign-up-password = وشەیەکی نهێنی هەڵبژێرە
# $count is the fewest characters a password may have.
sign-up-password-hint = لانیکەم { $count } پیت، ژمارە یان هێما.
sign-up-submit = هەژمارەکەم دروست بکە
sign-up-working = هەژمارەکەت دروست دەکرێت…
sign-up-error-name = تکایە ناوت بنووسە.
sign-up-error-contact = تکایە ژمارەی مۆبایلەکەت یان ئیمەیڵەکەت بنووسە.
sign-up-error-phone = ئەو ژمارەی مۆبایلە ڕاست دیار نییە. بەم شێوەیە بینووسە: 07700 900123.
sign-up-error-email = ئەو ئیمەیڵە ڕاست دیار نییە. تکایە بیپشکنە.
sign-up-error-password = وشەی نهێنییەکەت زۆر کورتە. تکایە لانیکەم 8 پیت، ژمارە یان هێما بەکاربهێنە.
sign-up-error-invalid = شتێک ڕاست نییە. تکایە ئەوەی نووسیوتە بپشکنە.
sign-up-have-account = پێشتر هەژمارت هەیە؟
sign-up-continue = بەردەوام بە
sign-up-code-sent = نامەیەکمان بۆ { $contact } نارد. کۆدە ٦ ژمارەییەکەی ناوی لێرە بنووسە. ئەگەر نامەکە دەڵێت هەژمارت هەیە، تکایە لە جیاتی ئەوە بچۆ ژوورەوە.
sign-up-demo-code = ئەمە تاقیکردنەوەیە، بۆیە هیچ نامەیەک بە ڕاستی نانێردرێت. کۆدەکەت { $code }ـە.
sign-up-change = زانیارییەکانم بگۆڕە
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = نوێیت لە { -brand-name }؟
sign-in-make-account = هەژمارێکی بێبەرامبەر دروست بکە
home-new-here = دایکیت؟ هەژمارێکی بێبەرامبەر دروست بکە بۆ جێگرتن لە دانیشتنەکان.

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = جێگەکانت، خولەکانت و لیستەکانی چاوەڕوانیت.
my-sign-in-needed = بچۆ ژوورەوە، یان هەژمارێکی بێبەرامبەر دروست بکە، بۆ بینینی دانیشتنەکانت.
my-empty = هێشتا هیچ جێگەیەکت نەگرتووە.
my-find = دانیشتنێک بدۆزەرەوە
my-status-booked = جێگە گیراوە
my-status-enrolled = ناو لە خولەکەدا تۆمار کراوە
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [one] لیستی چاوەڕوانی: تۆ کەسی داهاتوویت
       *[other] لیستی چاوەڕوانی: ژمارە { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = داهاتوو: { $date }، لە { $start } تا { $end }
# When there is no date to show. $start and $end are times.
my-times = لە { $start } تا { $end }
my-cancel = جێگەکەم هەڵبوەشێنەوە
my-leave-waiting = لە لیستی چاوەڕوانی بچۆ دەرەوە
my-cancel-confirm = دڵنیایت؟ لەوانەیە کەسێکی تر جێگەکەت بگرێت.
my-cancel-yes = بەڵێ، هەڵیبوەشێنەوە
my-cancel-no = نەخێر، با بمێنێت
my-cancelled = تەواو. جێگەکەت هەڵوەشێنرایەوە.
my-calendar-title = ڕۆژژمێرەکەت
my-calendar-intro = دانیشتنەکانت بخە ناو ڕۆژژمێری مۆبایلەکەتەوە. جێگرتنە نوێیەکان خۆیان لەوێ دەردەکەون.
my-calendar-get = دانیشتنەکانم زیاد بکە بۆ ڕۆژژمێرەکەم
my-calendar-subscribe = لە ڕۆژژمێرەکەمدا بیکەرەوە
my-calendar-download = فایلی ڕۆژژمێرەکە دابگرە

## My sessions: what she went to.
my-history-title = ئەو دانیشتنانەی بۆیان چوویت
my-history-empty = هێشتا هیچ لێرە نییە. دوای ئەوەی بۆ دانیشتنێک دەچیت، لێرە دەردەکەوێت.
my-history-present = چوویت
my-history-absent = لەدەستت دا
my-history-apologies = گوتت کە ناتوانیت بێیت
