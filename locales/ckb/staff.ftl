# PeriLink interface text: Kurdish Sorani (ckb), Arabic script, translated
# from the English source (en): the staff screens.
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - These screens are for staff (coordinators, midwives, session hosts), so
#   words like "بەرنامە" (programme), "شوێن" (venue) and "وەرز" (term) are
#   fine; keep sentences short.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Words as in main.ftl: "session" دانیشتن, "programme" بەرنامە, "host"
#   پێشکەشکار, "organisation" دامەزراوە. A "listing" (one entry in the
#   directory) is بابەت, and "checking" it is پشکنین.
# - "Address" is ناونیشان, so a "title" is سەردێڕ, to keep them apart.

## Coordinator: keeping the directory right

coord-title = زانیارییەکانی ڕێبەرەکە ڕاست ڕابگرە
coord-intro = دانیشتن، بەرنامە و شوێن زیاد بکە و دەستکارییان بکە، و بابەتەکان بپشکنە. دایکان دەستبەجێ گۆڕانکارییەکانت دەبینن.
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = بەشەکانی ڕێبەرەکە
coord-tab-check = بۆ پشکنین
coord-tab-sessions = دانیشتنەکان
coord-tab-programmes = بەرنامەکان
coord-tab-venues = شوێنەکان
coord-tab-organisations = دامەزراوەکان

## Saving

coord-save = پاشەکەوت بکە
coord-working = پاشەکەوت دەکرێت…
coord-saved = پاشەکەوت کرا. دایکان ئێستا گۆڕانکارییەکە دەبینن.
coord-new = لە جیاتی ئەوە، دانەیەکی نوێ زیاد بکە
coord-edit = دەستکاری بکە
# The first, empty choice in a drop-down list.
coord-choose = هەڵبژێرە…
coord-error-invalid = هەندێک زانیاری کەمە یان ڕاست نییە. فۆڕمەکە بپشکنە و دووبارە هەوڵ بدەرەوە.
coord-error-postcode = ئەو پۆستکۆدە ناناسین. بیپشکنە، یان هێڵی پانی و هێڵی درێژی بنووسە.
coord-error-gone = کەسێکی تر ئەمەی گۆڕیوە یان سڕیوەتەوە. پەڕەکە نوێ بکەرەوە و دووبارە هەوڵ بدەرەوە.
coord-error-number = ژمارەکان بپشکنە: تەنها ژمارە بنووسە، وەک 12 یان 53.4.
coord-error-times = کاتی کۆتایی دەبێت دوای کاتی دەستپێکردن بێت.

## Listings to check

coord-stale-title = بابەتەکان بۆ پشکنین
coord-stale-intro = ئەو بابەتانەی 90 ڕۆژە نەپشکنراون، کاتی پشکنینیانە. دوای 120 ڕۆژ، دایکان ئیتر نایانبینن. وردەکارییەکان لەگەڵ شوێنەکە یان پێشکەشکارەکە بپشکنە، پاشان بابەتەکە وەک پشکنراو نیشان بکە.
coord-stale-none = هەموو بابەتەکان لە 90 ڕۆژی ڕابردوودا پشکنراون.
coord-kind-venue = شوێن
coord-kind-programme = بەرنامە
coord-kind-session = دانیشتن
# $days is a whole number of days.
# In Sorani the noun stays singular after a number, so both variants match.
coord-last-checked =
    { $days ->
        [0] ئەمڕۆ پشکنرا
        [one] دوایین پشکنین: { $days } ڕۆژ لەمەوبەر
       *[other] دوایین پشکنین: { $days } ڕۆژ لەمەوبەر
    }
coord-flagged = کاتی پشکنینیەتی
coord-hidden = لە دایکان شاردراوەتەوە
coord-owner-you = تۆ بەرپرسی ئەمەیت
# $name is the name of the member of staff who looks after the listing.
coord-owner = بەرپرس: { $name }
coord-mark-checked = وەک پشکنراو نیشانی بکە
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday }، کاتژمێر { $start }، { $venue }

## Reports of wrong information

coord-reports-title = ڕاپۆرتی زانیاریی هەڵە
coord-reports-none = هیچ ڕاپۆرتێکی کراوە نییە.
coord-messages-title = نامەی دەقی و ئیمەیڵ
coord-messages-undelivered = لە ٧ ڕۆژی ڕابردوودا نەگەیشتوون: { $count }
coord-messages-stuck = زیاتر لە ٣٠ خولەکە چاوەڕێی ناردنن: { $count }
coord-report-no-note = کەسەکە نەیگوتووە چی هەڵەیە.
# $date is a date written as 2026-11-23.
coord-reported-on = بەرواری ڕاپۆرت: { $date }
coord-report-open = پەڕەی دانیشتنەکە ببینە
coord-resolve = وەک چارەسەرکراو نیشانی بکە

## Days of the week

coord-weekday-1 = دووشەممە
coord-weekday-2 = سێشەممە
coord-weekday-3 = چوارشەممە
coord-weekday-4 = پێنجشەممە
coord-weekday-5 = هەینی
coord-weekday-6 = شەممە
coord-weekday-7 = یەکشەممە

## Organisations

coord-organisation-new = دامەزراوەیەک زیاد بکە
coord-organisation-edit = دەستکاریی ئەم دامەزراوەیە بکە
coord-field-name = ناو
coord-field-kind = جۆری دامەزراوە
coord-field-website = ماڵپەڕ
coord-org-kind-nhs_trust = دامەزراوەی تەندروستیی NHS
coord-org-kind-library_service = خزمەتگوزاریی کتێبخانە
coord-org-kind-charity = ڕێکخراوی خێرخوازی
coord-org-kind-council = شارەوانی
coord-org-kind-other = جۆرێکی تر

## Venues

coord-venue-new = شوێنێک زیاد بکە
coord-venue-edit = دەستکاریی ئەم شوێنە بکە
coord-field-organisation = دامەزراوە
coord-field-address = ناونیشان
coord-field-town = شار
coord-field-postcode = پۆستکۆد
coord-field-place-hint = ئەگەر هێڵی پانی و هێڵی درێژی بەتاڵ بهێڵیتەوە، شوێنەکە لە پۆستکۆدەکەوە دەدۆزرێتەوە.
coord-field-lat = هێڵی پانی
coord-field-lon = هێڵی درێژی
coord-field-step-free = چوونەژوورەوەی بێ پلیکانە
coord-field-buggy-space = جێگە بۆ عەرەبانەی منداڵ
coord-field-baby-change = جێگەی گۆڕینی پەمپەرزی منداڵ
coord-field-breastfeeding = دایکانی شیرپێدەر بەخێربێن
coord-field-bus-routes = پاسی نزیک

## Programmes

coord-programme-new = بەرنامەیەک زیاد بکە
coord-programme-edit = دەستکاریی ئەم بەرنامەیە بکە
coord-field-programme-kind = چی پێشکەش دەکات
coord-programme-kind-esol = وانەی زمانی ئینگلیزی (ESOL)
coord-programme-kind-rhyme_time = کاتی هۆنراوەی منداڵان
coord-programme-kind-singing = گرووپی گۆرانی
coord-programme-kind-breastfeeding_support = پشتگیریی شیرپێدان
coord-programme-kind-advice = ئامۆژگاری دەربارەی پارە، کار و خانوو
coord-programme-kind-other = شتێکی تر
coord-field-for-pregnant = بۆ دایکانی دووگیانیش کراوەیە
coord-field-baby-min = بچووکترین کۆرپە، بە مانگ
coord-field-baby-max = گەورەترین کۆرپە، بە مانگ
coord-field-cost = نرخی هەر دانیشتنێک، بە پێنس (0 واتە بێبەرامبەر)
coord-field-booking = جێگرتن
coord-booking-booking = دەبێت جێگە بگیرێت
coord-booking-drop_in = بێ جێگرتن، دایکان ڕاستەوخۆ دێن
coord-field-format = چۆن بەڕێوە دەچێت
coord-format-course = خول: دایکان بۆ هەموو وەرزەکە ناو تۆمار دەکەن
coord-format-ongoing = هەفتە بە هەفتە، بێ کۆتایی
coord-english-words = بە ئینگلیزی
coord-field-title = سەردێڕ
coord-field-description = ڕوونکردنەوە
coord-field-what-to-bring = چی لەگەڵ خۆیان بهێنن
coord-translations-title = بە زمانەکانی تر
coord-translations-intro = زمانێک هەڵبژێرە بۆ ئەوەی دەقی بەرنامەکە بەو زمانە زیاد بکەیت یان دەستکاری بکەیت.
coord-field-language = زمان
coord-save-translation = ئەم زمانە پاشەکەوت بکە
# $count is how many languages the programme has words in.
# In Sorani the noun stays singular after a number, so both variants match.
coord-translation-count =
    { $count ->
        [one] بە { $count } زمان
       *[other] بە { $count } زمان
    }

## Sessions

coord-session-new = دانیشتنێک زیاد بکە
coord-session-edit = دەستکاریی ئەم دانیشتنە بکە
coord-field-programme = بەرنامە
coord-field-venue = شوێن
coord-field-host = پێشکەشکار
coord-field-frequency = چەند جار
coord-frequency-weekly = هەموو هەفتەیەک
coord-frequency-fortnightly = هەر دوو هەفتە جارێک
coord-field-weekday = ڕۆژ
coord-field-start = کاتی دەستپێکردن
coord-field-end = کاتی کۆتایی
coord-field-starts-on = یەکەم ڕۆژی وەرز
coord-field-ends-on = دوایین ڕۆژی وەرز
coord-field-ends-on-hint = بۆ دانیشتنێک کە بەردەوام دەبێت، بەتاڵی بهێڵەرەوە.
coord-field-capacity = ژمارەی جێگە
coord-field-capacity-hint = ئەگەر سنوور نییە، بەتاڵی بهێڵەرەوە.
coord-field-languages = ئەو زمانانەی دانیشتنەکەیان پێ بەڕێوە دەچێت
coord-field-interpreter-languages = ئەو زمانانەی وەرگێڕ یان یاریدەدەرێکی دووزمانە دەیانزانێت
coord-field-cancelled = ئەو بەروارانەی دانیشتن نییە
coord-field-cancel-date = بەروارێکی تر کە دانیشتن نییە
coord-add-date = ئەم بەروارە زیاد بکە
coord-no-cancelled = هیچ بەروارێک هەڵنەوەشێنراوەتەوە.
coord-remove = لاببە
# $date is a date written as 2026-12-25.
coord-remove-date = { $date } لاببە
coord-session-words-title = سەردێڕی تایبەتی دانیشتنەکە
coord-session-words-intro = دانیشتنێک دەتوانێت سەردێڕی تایبەتی خۆی هەبێت، وەک «کاتی هۆنراوەی منداڵان بە عەرەبی و ئینگلیزی». بەتاڵی بهێڵەرەوە بۆ ئەوەی سەردێڕی بەرنامەکە بەکاربێت.

## لیستەکان لە ڕێبەرەکانی ترەوە (فیدی Open Referral UK)

feeds-title = لیستەکان لە ڕێبەرەکانی ترەوە
feeds-back = گەڕانەوە بۆ ڕێبەر
feeds-intro = PeriLink دەتوانێت دانیشتنەکان لە ڕێبەرێکی ترەوە کۆپی بکات کە بە شێوازی Open Referral UK بڵاویان دەکاتەوە، بۆ ئەوەی دووبارە نەیاننووسیتەوە. هەموو ڕۆژێک هەر فیدێک دەخوێنێتەوە. ئەگەر لیستێکی کۆپیکراو لێرە بگۆڕیت، گۆڕانکارییەکانی دواتری فید چاوەڕێی ڕەزامەندیت دەکەن.
feeds-add-title = فیدێک زیاد بکە
feeds-field-url = ناونیشانی فید
feeds-field-url-hint = ئەو ناونیشانەی خزمەتگوزارییەکانی لە ژێریدا لیست کراون، وەک https://example.org/openreferral
feeds-field-take = کام خزمەتگوزاری کۆپی بکرێت
feeds-take-all = هەموویان
feeds-take-taxonomy_term = ئەوانەی لە یەک پۆلدان
feeds-take-text = ئەوانەی هەندێک وشە باس دەکەن
feeds-field-take-value = ناسنامەی پۆلەکە، یان وشەکان
feeds-add = فیدەکە زیاد بکە
feeds-list-title = فیدەکانت
feeds-none = هێشتا هیچ فیدێکت زیاد نەکردووە.
feeds-counts = لیستەکان: { $services }. چاوەڕێی تۆن: { $waiting }. چیتر لە فیدەکەدا نین: { $gone }.
feeds-never-read = هێشتا نەخوێندراوەتەوە. لە ماوەی خولەکێکدا دوای زیادکردن دەخوێندرێتەوە.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = دوایین خوێندنەوە { $when }.
feeds-run-done = نوێ: { $created }. نوێکراوە: { $updated }. چاوەڕێی تۆن: { $waiting }. چیتر لە فیدەکەدا نین: { $gone }. نەتوانرا کۆپی بکرێن: { $skipped }.
feeds-problem-unreachable = هیچ نەگۆڕا. PeriLink نەیتوانی بگاتە فیدەکە، یان وەڵامدانەوەی زۆری خایاند. ناونیشانەکە بپشکنە.
feeds-problem-server-error = هیچ نەگۆڕا. فیدەکە بە هەڵەیەک وەڵامی دایەوە. ناونیشانەکە بپشکنە، یان چاوەڕێی خوێندنەوەی داهاتوو بکە.
feeds-problem-not-json = هیچ نەگۆڕا. ئەم ناونیشانە پەڕەیەکی وێب دەنێرێت، نەک فید. ناونیشانەکە بپشکنە.
feeds-problem-wrong-schema = هیچ نەگۆڕا. فیدەکە بە شێوازی Open Referral UK وەشانی ٣ نییە.
feeds-problem-endless-pages = هیچ نەگۆڕا. پەڕەکانی فیدەکە کۆتاییان نایەت. بە بەڕێوەبەری فیدەکە بڵێ.
feeds-problem-too-big = هیچ نەگۆڕا. فیدەکە زۆر گەورەیە بۆ ئەوەی PeriLink کۆپی بکات.
feeds-error-address-refused = PeriLink تەنها فید لە ئینتەرنێتی گشتییەوە دەخوێنێتەوە. ئەم ناونیشانە لەسەر تۆڕێکی تایبەت یان ناوخۆییە.
feeds-error-busy = ئەم فیدە ئێستا دەخوێندرێتەوە. خولەکێک چاوەڕێ بکە، پاشان دیسان سەیر بکە.
feeds-details = چی ڕوویدا، بە وردی (بە ئینگلیزی)
feeds-read-now = ئێستا بیخوێنەوە
feeds-reading = خوێندنەوە…
feeds-show-listings = لیستەکانی
feeds-no-listings = هێشتا هیچ لەم فیدەوە کۆپی نەکراوە.
feeds-side-title = ناونیشان
feeds-side-description = وەسف
feeds-side-mine = هی تۆ ئێستا
feeds-side-theirs = گۆڕانکاری فید
feeds-approve = گۆڕانکاری فید بەکاربهێنە
feeds-reject = هی خۆت بهێڵەوە
feeds-waiting = چاوەڕێی تۆیە
feeds-gone = چیتر لە فیدەکەدا نییە
feeds-edited-here = لێرە گۆڕدراوە
feeds-duplicates-count = وەک ئەو لیستانە دەردەکەون کە پێشتر هەتن: { $count }. لیستەکانی فیدەکە بکەرەوە بۆ ئەوەی بڕیار بدەیت.
feeds-duplicates-title = ئایا ئەمانە پێشتر لیست دەکەیت؟
feeds-duplicates-intro = ئەم دانیشتنانەی فیدەکە وەک ئەو دانیشتنانە دەردەکەون کە پێشتر لیستت کردوون: هەمان شوێن، هەمان ڕۆژ و کات، و ناوێکی لەیەکچوو. کۆپی ناکرێن تا تۆ بڕیار دەدەیت.
feeds-duplicate-mine = هی تۆ
feeds-duplicate-theirs = هی فیدەکە
feeds-duplicate-link = هەمان شتە — پێکەوە بیانبەستەوە
feeds-duplicate-separate = جیاوازن — هەردووکیان لیست بکە
feeds-error-decided = پێشتر بڕیار لەسەر ئەمە دراوە. دووبارە سەیری لیستەکانی فیدەکە بکە.

## A session's dates from a partner's calendar (.ics)

calendar-title = بەروارەکان لە ڕۆژژمێرێکەوە
calendar-intro = ئەگەر هاوبەشێک، وەک کتێبخانەیەک یان ناوەندێکی منداڵان، بەروارەکانی ئەم دانیشتنە لە ڕۆژژمێرێکدا دەپارێزێت، PeriLink دەتوانێت هەموو ڕۆژێک لەوێوە وەریانبگرێت. ڕووداوێکی هەڵوەشاوە بەروارەکەی هەڵدەوەشێنێتەوە، و ئەو دایکانەی حجزیان کردووە ئاگادار دەکرێنەوە.
calendar-url = بەروارەکان لە ناونیشانی ڕۆژژمێرێک (.ics) وەربگرە
calendar-words = تەنها ئەو ڕووداوانەی ناونیشانەکەیان ئەم وشانەی تێدایە
calendar-words-hint = بەتاڵی بهێڵەوە بۆ وەرگرتنی هەموو ڕووداوەکانی ڕۆژژمێرەکە.
calendar-save = ناونیشانی ڕۆژژمێرەکە پاشەکەوت بکە
calendar-read-now = ئێستا بیخوێنەوە
calendar-never-read = هێشتا نەخوێنراوەتەوە. لە ماوەی خولەکێکدا دوای پاشەکەوتکردن دەخوێنرێتەوە.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = دوایین خوێندنەوە { $when }.
calendar-read-done = بەروارەکان لە ساڵی داهاتوودا: { $dates }. زیادکراو: { $added }. هەڵوەشێنراو: { $cancelled }. ئەو دایکانەی ئاگادار کرانەوە: { $told }.
calendar-problem-unreachable = هیچ نەگۆڕا. PeriLink نەیتوانی بگاتە ڕۆژژمێرەکە، یان وەڵامدانەوەی زۆری خایاند. ناونیشانەکە بپشکنە.
calendar-problem-server-error = هیچ نەگۆڕا. ناونیشانی ڕۆژژمێرەکە بە هەڵەیەک وەڵامی دایەوە. ناونیشانەکە بپشکنە، یان چاوەڕێی خوێندنەوەی داهاتوو بکە.
calendar-problem-not-calendar = هیچ نەگۆڕا. ئەم ناونیشانە ڕۆژژمێرێک نانێرێت کە PeriLink بتوانێت بیخوێنێتەوە. ناونیشانەکە بپشکنە.
calendar-problem-no-events = هیچ نەگۆڕا. ڕۆژژمێرەکە هیچ ڕووداوێکی تێدا نییە، یان هیچیان ئەم وشانەی لە ناونیشانەکەیدا نییە.
calendar-problem-too-big = هیچ نەگۆڕا. ڕۆژژمێرەکە زۆر گەورەیە بۆ ئەوەی PeriLink بیخوێنێتەوە.
