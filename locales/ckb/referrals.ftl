# PeriLink interface text: Kurdish Sorani (ckb), Arabic script, translated
# from the English source (en): referrals, for referrers, hosts and mothers.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Keys starting ref- are for staff: midwives, link workers, session hosts and
#   coordinators. Plain, short work language is fine.
# - Keys starting myref- are read by a mother about her own referrals: short
#   sentences, everyday words, reading age about 9. The ref-status- and
#   ref-reason- names are shown to her too, so keep them plain.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Dates ($date) arrive already written in Sorani by the phone; times ($start,
#   $end) such as "10:30".
# - $name is a person's name; $programme and $session are names of groups, such as
#   "Singing for mums"; $venue is a place, such as "Toxteth Library".
# - Words as in main.ftl and staff.ftl: "referral" ڕەوانەکردن, "session"
#   دانیشتن, "midwife" مامان, "link worker" کارمەندی پەیوەندی, "places" جێگە.
#   The "referrer" is ڕەوانەکەر, the "session team" تیمی دانیشتن, "consent"
#   ڕەزامەندی.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = نێردرا
ref-status-accepted = وەرگیرا
ref-status-declined = ڕەتکرایەوە
ref-status-booked = جێگە گیرا
ref-status-attending = بەشداری دەکات
ref-status-completed = تەواو بوو
ref-status-did-not-attend = دوو دانیشتنی لەدەست دا
ref-status-withdrawn = ڕاگیرا

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = هەستی تەنهایی
ref-reason-low-mood-or-anxiety = دڵتەنگی یان نیگەرانی
ref-reason-english-language = فێربوونی ئینگلیزی
ref-reason-infant-feeding = خۆراکدانی کۆرپەکەی
ref-reason-money-housing-or-work = پارە، خانوو یان کار
ref-reason-bonding-with-baby = نزیکبوونەوە لە کۆرپەکەی
ref-reason-other = شتێکی تر
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = هۆکارەکانی ڕەوانەکردن

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = لەلایەن ڕەوانەکەرەوە
ref-actor-provider = لەلایەن تیمی دانیشتنەوە
ref-actor-mother = لەلایەن دایکەکەوە
ref-actor-system = لە تۆماری ئامادەبوونەوە
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }، { $actor }
# Tapped to show every move of a referral. $count is how many.
# In Sorani the noun stays singular after a number, so both variants match.
ref-moves =
    { $count ->
        [one] تا ئێستا { $count } هەنگاو
       *[other] تا ئێستا { $count } هەنگاو
    }
# $reason is what someone wrote when they declined.
ref-move-reason = هۆکار: «{ $reason }»
ref-sent-on = نێردراوە لە { $date }
# $text is what the mother said matters to her, in her words.
ref-what-matters = ئەوەی بۆ ئەو گرنگە: «{ $text }»
# $text is the referrer's note for the care team.
ref-note = تێبینی: { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = پێویستی بە وەرگێڕە
ref-cancel = هەڵوەشاندنەوە
ref-working = دەنێردرێت…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = ئەم ڕەوانەکردنە لەو ماوەیەدا گۆڕا. لیستەکە ئێستا نوێ کراوەتەوە: تکایە دووبارە سەیری بکەرەوە.
ref-error-full = لەو بەروارەدا هیچ جێگەیەک نەماوە. تکایە بەروارێکی تر هەڵبژێرە.
ref-error-invalid = هەندێک زانیاری ڕاست نییە. تکایە بیانپشکنە و دووبارە هەوڵ بدەرەوە.
ref-error-reason = تکایە هۆکارەکە بڵێ.

## A referrer's page: news, making a referral, and her caseload

ref-news-title = نوێترین
ref-news-accepted = { $programme } ڕەوانەکردنەکەی { $name } وەرگرت.
ref-news-declined = { $programme } ڕەوانەکردنەکەی { $name } ڕەتکردەوە. هۆکارەکە لە هەنگاوەکانی خوارەوەدایە.
ref-news-first-attended = { $name } بۆ یەکەم جار چوو بۆ { $programme }.
ref-news-missed-twice = { $name } دوو جار لە دوای یەک نەچووەتە دانیشتنەکانی { $programme }.
ref-news-withdrawn = { $name } ڕەوانەکردنەکەی بۆ { $programme } ڕاگرت.
ref-news-booking-cancelled = { $name } حیجزەکەی لە { $programme } هەڵوەشاندەوە: ڕەوانەکردنەکە دیسان پێویستی بە ڕێکەوتێکە.
ref-attended-none = هێشتا هیچ دانیشتنێک لە دوای ڕەوانەکردنەکەوە نەبووە.
ref-news-alert = ئاگادارکردنەوەی سەلامەتی بۆ { $name }: ئەمڕۆ بەدوایدا بچۆ.
ref-news-alert-escalated = لە ماوەی چوار کاتژمێردا کەس کاری بۆ ئاگادارکردنەوەی سەلامەتی { $name } نەکرد: نێردرا بۆ ڕێکخەرەکان.
ref-news-alert-closed = ئاگادارکردنەوەیەکی سەلامەتی دروست بوو و دواتر کاری بۆ کرا.
ref-news-alert-open = بینینی ئاگادارکردنەوەکە
# When the referral a notification is about is not on this page.
ref-news-other = یەکێک لە ڕەوانەکردنەکانت گۆڕا.
# Marks a piece of news as read, so it goes away.
ref-news-read = بینیم

ref-new-title = ڕەوانەکردنێکی نوێ
ref-new-intro = چوار هەنگاوی کورت. ئەوەی پێشتر دەربارەی ئەو دەیزانین بۆت پڕکراوەتەوە.
# After sending.
ref-sent = ڕەوانەکردن نێردرا: { $name } بۆ { $programme }.

# Step 1: finding or registering the mother.
ref-step-mother = 1. دۆزینەوەی دایکەکە
ref-find-label = ناوی، ژمارەی تەلەفۆنی یان ژمارەی NHS ی
ref-find-hint = بە ناو، ئەو دایکانە دەدۆزرێنەوە کە لە لیستی چاودێریی تۆدان. بە تەلەفۆن، ئیمەیڵ یان ژمارەی NHS، هەر کەسێک کە دەیناسین دەدۆزرێتەوە.
ref-find-submit = بدۆزەرەوە
ref-find-none = کەس نەدۆزرایەوە. ئەوەی نووسیوتە بپشکنە، یان ناوی تۆمار بکە.
ref-find-results = دایکە دۆزراوەکان
ref-choose = ڕەوانەی بکە
ref-register-open = تۆمارکردنی دایکێکی نوێ
ref-register-title = تۆمارکردنی دایکێک
ref-field-given = ناوی یەکەم
ref-field-family = ناوی خێزان (ئارەزوومەندانە)
ref-contact-hint = ژمارەی مۆبایلەکەی، ئیمەیڵەکەی، یان هەردووکیان بنووسە.
ref-field-phone = ژمارەی مۆبایل
ref-field-email = ئیمەیڵ
ref-field-language = ئەو زمانەی پێی باشترە
ref-language-choose = زمانێک هەڵبژێرە
ref-language-other = زمانێکی تر
ref-field-language-other = کۆدی زمان
ref-language-other-hint = کۆدێکی BCP 47، وەک «ps» بۆ پەشتۆ یان «ti» بۆ تیگرینیا.
ref-field-dialect = شێوەزار (ئارەزوومەندانە)
ref-field-interpreter = پێویستی بە وەرگێڕە
ref-dates-hint = بەرواری چاوەڕوانکراوی منداڵبوونەکەی بنووسە، یان دوای لەدایکبوونی کۆرپەکە، بەرواری لەدایکبوونی کۆرپەکە.
ref-field-due = بەرواری چاوەڕوانکراوی منداڵبوون
ref-field-born = بەرواری لەدایکبوونی کۆرپە
ref-field-nhs = ژمارەی NHS (ئارەزوومەندانە)
ref-field-postcode = پۆستکۆد (ئارەزوومەندانە)
ref-register-submit = تۆماری بکە
ref-error-given = تکایە ناوی یەکەمی بنووسە.
ref-error-contact = تکایە ژمارەی مۆبایل یان ئیمەیڵێک بنووسە.
ref-error-phone = ئەمە ژمارە تەلەفۆنێکی بەریتانی نییە.
ref-error-email = ئەمە ناونیشانی ئیمەیڵ نییە.
ref-error-language = تکایە زمانەکەی هەڵبژێرە.
ref-error-nhs = ئەمە ژمارەی NHS نییە. دە ژمارەکە بپشکنە.
ref-error-known = پێشتر دایکێک بەم ژمارەی NHS ـە دەناسین. لە جیاتی تۆمارکردن، بیدۆزەرەوە.
ref-find-known = بە ژمارەی NHS بیدۆزەرەوە
# Above the mother being referred.
ref-chosen-title = ڕەوانەکردنی
ref-undelivered-sms = نامەی دەقی نەگەیشت: تەلەفۆنی بۆ بکە
ref-undelivered-email = ئیمەیڵەکە نەگەیشت
ref-due-on = بەرواری منداڵبوون: { $date }
ref-born-on = کۆرپە لەدایک بوو: { $date }
# $number is an NHS number.
ref-nhs = ژمارەی NHS: { $number }
ref-change = کەسێکی تر هەڵبژێرە

# Step 2: choosing a session.
ref-step-session = 2. دانیشتنێک هەڵبژێرە
ref-kind-label = چ جۆرە دانیشتنێک؟
ref-in-language = تەنها بە زمانی ئەو، یان لەگەڵ وەرگێڕ بۆ زمانەکەی
ref-for-stage = تەنها دانیشتنی گونجاو بۆ قۆناغەکەی (دووگیانی، یان تەمەنی کۆرپەکەی)
ref-near-label = نزیک لە
ref-near-hint = پۆستکۆدەکەی، یان ناوچەیەکی وەک L8.
ref-search = بگەڕێ
ref-sessions-empty = هیچ دانیشتنێک ناگونجێت. هەڵبژاردنی کەمتر یان ناوچەیەکی فراوانتر تاقی بکەرەوە.
ref-error-place = ئەو شوێنە ناناسین. پۆستکۆدێکی وەک L8 1XF، یان ناوچەیەکی وەک L8 تاقی بکەرەوە.
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
# In Sorani the noun stays singular after a number, so both variants match.
ref-record =
    { $days ->
        [0] زۆرجار لە ماوەی ڕۆژێکدا وەڵام دەداتەوە · { $percent }% وەرگیراون
        [one] زۆرجار لە ماوەی { $days } ڕۆژدا وەڵام دەداتەوە · { $percent }% وەرگیراون
       *[other] زۆرجار لە ماوەی { $days } ڕۆژدا وەڵام دەداتەوە · { $percent }% وەرگیراون
    }
ref-record-none = هێشتا هیچ ڕەوانەکردنێک نییە
ref-record-no-replies = هێشتا هیچ وەڵامێک نییە
ref-pick = ئەم دانیشتنە هەڵبژێرە
ref-picked = هەڵبژێردرا

# Step 3: consent.
ref-step-consent = 3. ڕەزامەندیی ئەو
ref-consent-intro = بە زمانی خۆی لێی بپرسە. تەنها ئەوانە نیشان بکە کە ڕازییە لەسەریان.
ref-scopes-label = ڕازییە ئەمانە بەش بکرێن
ref-scope-contact-details = زانیاریی پەیوەندی و زمانەکەی، لەگەڵ تیمی دانیشتن
ref-scope-referral-reasons = هۆکاری ڕەوانەکردنەکەی و ئەوەی بۆی گرنگە، لەگەڵ تیمی دانیشتن
ref-scope-attendance-to-referrer = ئایا دەچێت یان نا، لەگەڵ تۆ
ref-scope-screening-to-care-team = ئەنجامی پشکنینەکانی باری دەروونی، لەگەڵ تیمی مامانەکەی
ref-scope-alerts-regardless = ئاگادارکردنەوەی سەلامەتی هەمیشە دەگاتە تیمی چاودێرییەکەی: ئەگەر وەڵامەکانی نیشانی بدەن کە لەوانەیە سەلامەت نەبێت، تیمەکە دەستبەجێ ئاگادار دەکرێتەوە.
ref-field-shared-with = بەش دەکرێت لەگەڵ
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session } لە { $venue }
ref-contact-label = چۆن دەیەوێت پەیوەندیی پێوە بکرێت
ref-contact-sms = نامەی کورت (SMS)
ref-contact-email = ئیمەیڵ
ref-contact-phone = پەیوەندیی تەلەفۆنی
ref-contact-none = هیچ پەیوەندییەک نەکرێت
ref-consent-submit = ڕەزامەندییەکەی تۆمار بکە
# $with is who she agreed her details may be shared with.
ref-consent-done = ڕەزامەندی لە { $date } تۆمار کرا، بۆ بەشکردن لەگەڵ { $with }:
ref-consent-again = دووبارە ڕەزامەندییەکەی تۆمار بکە
ref-error-scopes = لانیکەم یەک شت نیشان بکە کە ڕازییە بەش بکرێت.
ref-error-shared-with = بنووسە زانیارییەکانی لەگەڵ کێ بەش دەکرێن.

# Step 4: why, and sending.
ref-step-send = 4. بۆچی ڕەوانە دەکرێت
ref-field-what-matters = ئەوەی بۆ ئەو گرنگە، بە وشەکانی خۆی
ref-field-note = تێبینی بۆ تیمی چاودێرییەکەی (ئارەزوومەندانە)
ref-note-hint = پێشکەشکارانی دانیشتن هەرگیز ئەم تێبینییە نابینن.
ref-send = ڕەوانەکردنەکە بنێرە
ref-error-no-session = سەرەتا دانیشتنێک هەڵبژێرە (هەنگاوی 2).
ref-error-no-consent = سەرەتا ڕەزامەندییەکەی تۆمار بکە (هەنگاوی 3).
ref-error-no-reason = لانیکەم یەک هۆکار نیشان بکە.
ref-error-consent-required = ڕەزامەندییەکەی ئیتر تۆمار نەکراوە. دووبارە تۆماری بکە، پاشان بینێرە.

ref-caseload-title = دایکانی ژێر چاودێریم
ref-caseload-empty = هێشتا کەست ڕەوانە نەکردووە. ڕەوانەکردنەکانت لێرە پیشان دەدرێن.
ref-refer-again = دووبارە ڕەوانەی بکەرەوە

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = ڕەوانەکردن بۆ دانیشتنەکانت
ref-incoming-intro = ئەو دایکانەی مامانەکان و کارمەندانی پەیوەندی ڕەوانەیان کردوون. تکایە زوو وەڵام بدەرەوە: ڕەوانەکەر دەستبەجێ ئاگادار دەکرێتەوە.
ref-incoming-new = چاوەڕێی وەڵامی تۆیە
ref-incoming-to-book = وەرگیرا: بەروارێکی بۆ بگرە
ref-incoming-others = جێگە گیراو و کۆنتر
ref-incoming-none = لە ئێستادا هیچ.
# $name is the referrer's name.
ref-referred-by = ڕەوانەکراوە لەلایەن { $name }، { $date }
ref-accept = وەری بگرە
ref-decline = ڕەتی بکەرەوە
ref-book = بەروارێک بگرە
ref-decline-question = بۆچی ڕەتی دەکەیتەوە؟ ڕەوانەکەر ئەمە دەبینێت.
ref-decline-preset-full = گرووپەکە پڕە.
ref-decline-preset-unsuitable = گرووپەکە بۆ ئەو گونجاو نییە.
ref-decline-preset-no-contact = نەمانتوانی پەیوەندیی پێوە بکەین.
ref-decline-confirm = ڕەوانەکردنەکە ڕەت بکەرەوە
ref-choose-date = بەروارێکی بۆ هەڵبژێرە
# $venue is the place; $start and $end times.
ref-session-at = { $venue }، لە { $start } تا { $end }
ref-no-dates = هیچ بەروارێک نییە کە جێگەی تێدا مابێت.
# After a reply. $name is the mother's first name.
ref-accepted = { $name } وەرگیرا. ئێستا بەروارێکی بۆ بگرە.
ref-declined = ڕەوانەکردنەکەی { $name } ڕەتکرایەوە. ڕەوانەکەر ئاگادار کرایەوە.
ref-booked = جێگە بۆ { $name } گیرا بۆ { $date }.

## A mother's own referrals

myref-title = ڕەوانەکردنەکانم
myref-intro = ئەو گرووپانەی مامانەکەت یان کارمەندی پەیوەندی پێی وایە یارمەتیت دەدەن.
myref-empty = هیچ ڕەوانەکردنێکت نییە.
# $name is the midwife's or link worker's name.
myref-from = لەلایەن { $name }، { $date }
myref-accept = بەڵێ، حەز دەکەم بچم
myref-decline = نەخێر، سوپاس
myref-decline-question = بۆچی نا؟ مامانەکەت وەڵامەکەت دەبینێت.
myref-reason-time = کاتەکەی بۆم گونجاو نییە.
myref-reason-far = بۆم زۆر دوورە.
myref-reason-not-now = ئێستا پێویستم پێی نییە.
myref-withdraw = ئەم ڕەوانەکردنە ڕابگرە
myref-confirm-withdraw = دڵنیایت؟ ئەگەر جێگەت هەبێت، لەدەستی دەدەیت.
myref-withdraw-yes = بەڵێ، ڕایبگرە
myref-keep = نەخێر، با بمێنێت
myref-accepted = سوپاس. گرووپەکە پەیوەندیت پێوە دەکات.
myref-declined = سوپاس کە پێت گوتین.
myref-withdrawn = ئەم ڕەوانەکردنەت ڕاگرت.

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = دوا جار هات: { $date }
ref-caseload-no-consent = هێشتا هیچ ڕەزامەندییەک تۆمار نەکراوە
ref-caseload-not-referred = هێشتا ڕەوانە نەکراوە.
ref-refer-her = ڕەوانەی بکە
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
        [one] هاتووە بۆ { $came } دانیشتن لە کۆی { $count }
       *[other] هاتووە بۆ { $came } دانیشتن لە کۆی { $count }
    }
ref-attended-present = { $date }: هات
ref-attended-absent = { $date }: نەهات
ref-attended-apologies = { $date }: پۆزشی نارد
ref-withdraw = لە جیاتی ئەو ڕایبگرە
ref-withdraw-confirm = ئەم ڕەوانەکردنە ڕابگیرێت؟ تەنها کاتێک ئەمە بکە کە خۆی داوای لێ کردوویت.
ref-withdraw-yes = بەڵێ، ڕایبگرە
ref-withdraw-keep = نەخێر، با بمێنێت
ref-withdrawn-for-her = ڕەوانەکردنەکە ڕاگیرا.

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = چۆن و کەی دەڵێت پەیوەندیکردن پێیەوە سەلامەتە
contact-notice-ways = تەنها بە { $ways }، لە { $days }، { $times } (کاتی بەریتانیا).
contact-notice-never = هەرگیز بە { $ways } نا.
contact-notice-none = داوا دەکات هیچ پەیوەندییەکی پێوە نەکرێت.
ref-hint-title = لە PeriLink ناسراوە، لە چاودێریی تۆدا نییە
ref-hint-intro = تەنها ئەوە نیشان دەدرێت کە هەیە. بیخەرە چاودێرییەوە بۆ بینینی تۆمارەکەی: دەبینێت کە تۆ ئەمەت کرد و بۆچی.
ref-hint-due = کاتی منداڵبوون { $month }
ref-hint-born = منداڵ لەدایک بوو { $month }
ref-hint-reason-label = بۆچی دەیخەیتە چاودێرییەوە
ref-hint-reason-needed = بنووسە بۆچی دەیخەیتە چاودێرییەوە: دەیبینێت.
ref-hint-add = زیادکردن بۆ لیستی چاودێرییەکەم
