# PeriLink interface text: Kurdish Sorani (ckb), Arabic script, translated
# from the English source (en): screening questions, results and help.
# This translation awaits review by a native speaker.
#
# CLINICAL USE: the PHQ-9, GAD-2 and Whooley questions and answers below are
# our own faithful translation of the public-domain English wording, not a
# validated translation. Validated official translations (for the PHQ-9 and
# GAD-2, those at phqscreeners.com) should replace these before clinical use.
#
# Notes for translators:
# - A mother may be worried or unwell: keep the words plain, warm and calm.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Keep the short names EPDS, PHQ-9, GAD-2, Whooley, NICE and NHS as they are.
#   Phone numbers arrive as digits in $number.
# - Words as in main.ftl and staff.ftl: "session" دانیشتن, "midwife" مامان.
#   "GP" is دکتۆری خێزان (GP); "health visitor" is سەردانکەری تەندروستی.
# - Bands: "possible depression" is ئەگەری خەمۆکی and "probable depression"
#   is ئەگەری زۆری خەمۆکی, so the two are never mixed up.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = پشکنینی باری دەروونی
screening-intro-epds = دە پرسیاری کورت دەربارەی ئەوەی لە 7 ڕۆژی ڕابردوودا چۆن هەستت کردووە. وەڵامی ڕاست یان هەڵە نییە.
screening-epds-not-here = ئەو پرسیارنامەیەی داوات کرد هێشتا بە زمانەکەت بەردەست نییە، بۆیە ئەمە یەکێکی ترە کە هەمان شت دەپرسێت.
screening-intro-phq9 = نۆ پرسیار دەربارەی ئەوەی لە 2 هەفتەی ڕابردوودا چۆن هەستت کردووە.
screening-intro-gad2 = دوو پرسیار دەربارەی نیگەرانی لە 2 هەفتەی ڕابردوودا.
screening-intro-whooley = دوو پرسیار دەربارەی ئەوەی لە مانگی ڕابردوودا چۆن هەستت کردووە.
screening-private = تەنها تۆ و ئەو کەسانەی چاودێریت دەکەن وەڵامەکانت دەبینن. هیچ شتێک نانێردرێت تا وەڵامەکانت نەپشکنیت و خۆت ناردنیان هەڵنەبژێریت.
screening-start = دەست پێ بکە
# A folded list of the other questionnaires she may take instead.
screening-other = پرسیارنامەکانی تر
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = پشکنینی باری دەروونی (EPDS، 10 پرسیار)
screening-name-phq9 = پرسیار دەربارەی باری دەروون (PHQ-9، 9 پرسیار)
screening-name-gad2 = پرسیار دەربارەی نیگەرانی (GAD-2، 2 پرسیار)
screening-name-whooley = دوو پرسیاری خێرا (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = پرسیاری { $n } لە { $total }
screening-back = گەڕانەوە
screening-next = دواتر
screening-choose-answer = تکایە وەڵامێک هەڵبژێرە.
screening-review-title = وەڵامەکانت بپشکنە
screening-review-intro = هێشتا هیچ شتێک نەنێردراوە. دەتوانیت پێش ناردن هەر وەڵامێک بگۆڕیت.
screening-review-question = پرسیاری { $n }
screening-not-answered = وەڵام نەدراوەتەوە
screening-change = بیگۆڕە
# For screen readers, on each "Change" button.
screening-change-label = وەڵامەکەت بۆ پرسیاری { $n } بگۆڕە
screening-send = وەڵامەکانم بنێرە
screening-sending = دەنێردرێت…
screening-loading-questions = پرسیارەکان دەهێنرێن…
screening-try-again = دووبارە هەوڵ بدەرەوە
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = EPDS، پرسیاری { $n } – دەقی مۆڵەتدار دانەمەزراوە
screening-epds-placeholder-option = هەڵبژاردەی { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = سەرچاوە:

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = لە ماوەی 2 هەفتەی ڕابردوودا، چەند جار هەر یەکێک لەم کێشانەی خوارەوە ئازاری داویت؟
screening-phq9-q1 = حەز یان چێژی کەم لە کردنی کارەکان
screening-phq9-q2 = هەستکردن بە دڵتەنگی، خەمۆکی یان بێهیوایی
screening-phq9-q3 = کێشە لە خەوتن یان لە بە خەوتوویی مانەوە، یان زۆر خەوتن
screening-phq9-q4 = هەستکردن بە ماندوویی یان کەمیی وزە
screening-phq9-q5 = کەمیی ئارەزووی خواردن یان زۆرخواردن
screening-phq9-q6 = هەستی خراپ بەرامبەر بە خۆت — یان ئەوەی کە کەسێکی سەرنەکەوتوویت، یان خۆت یان خێزانەکەت ناهومێد کردووە
screening-phq9-q7 = کێشە لە سەرنجدان لەسەر شتەکان، وەک خوێندنەوەی ڕۆژنامە یان سەیرکردنی تەلەفزیۆن
screening-phq9-q8 = ئەوەندە هێواش جووڵان یان قسەکردن کە خەڵکی تر دەیانتوانی تێبینی بکەن؟ یان پێچەوانەکەی — ئەوەندە بێئۆقرە و نائارام بوون کە زۆر زیاتر لە ئاسایی بەملاولادا جووڵاویت
screening-phq9-q9 = بیرکردنەوە لەوەی کە مردن باشتر بوو بۆت، یان لە ئازاردانی خۆت بە شێوەیەک
screening-gad2-stem = لە ماوەی 2 هەفتەی ڕابردوودا، چەند جار ئەم کێشانەی خوارەوە ئازاریان داویت؟
screening-gad2-q1 = هەستکردن بە دەمارگرژی، دڵەڕاوکێ یان پەشۆکان
screening-gad2-q2 = نەتوانینی وەستاندن یان کۆنترۆڵکردنی نیگەرانی
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = هەرگیز
screening-freq-1 = چەند ڕۆژێک
screening-freq-2 = زیاتر لە نیوەی ڕۆژەکان
screening-freq-3 = نزیکەی هەموو ڕۆژێک
screening-phq-attribution = PHQ-9 و GAD-2: دکتۆر Robert L. Spitzer، دکتۆر Janet B.W. Williams، دکتۆر Kurt Kroenke و هاوکارانیان دایانڕشتووە، بە بەخششێکی پەروەردەیی لە Pfizer Inc. بۆ لەبەرگرتنەوە، وەرگێڕان، پیشاندان یان بڵاوکردنەوەیان پێویست بە مۆڵەت ناکات.

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = لە ماوەی مانگی ڕابردوودا، ئایا زۆر جار هەستکردن بە دڵتەنگی، خەمۆکی یان بێهیوایی ئازاری داویت؟
screening-whooley-q2 = لە ماوەی مانگی ڕابردوودا، ئایا زۆر جار کەمیی حەز یان چێژ لە کردنی کارەکان ئازاری داویت؟
# The answers, in this order: "No" first.
screening-no = نەخێر
screening-yes = بەڵێ
screening-whooley-attribution = پرسیارەکانی Whooley، وەک ڕێنمایی NICE ژمارە CG192 پێشنیاری دەکات: تەندروستیی دەروونی پێش و دوای منداڵبوون.

## After she sends her answers. Never show her a score.

screening-thanks-title = سوپاس
screening-thanks = وەڵامەکانت پاشەکەوت کران. ئەو کەسانەی چاودێریت دەکەن دەتوانن بیانبینن.
screening-thanks-talk = ئەگەر هەست دەکەیت شتەکان قورسن، هەر کاتێک بێت دەتوانیت لەگەڵ مامانەکەت، سەردانکەری تەندروستی یان دکتۆری خێزان (GP) قسە بکەیت.
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = ئەگەر هەر کاتێک یارمەتیت پێویست بوو
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = ئێستا وەڵامی 10 پرسیاری تر بدەرەوە
screening-back-to-my = بڕۆ بۆ دانیشتنەکانم
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = تکایە ئەمڕۆ داوای پشتگیری بکە
screening-help-intro = وەڵامەکانت پیشانی دەدەن کە لەوانەیە ئێستا پشتگیرییەکی زیاترت پێویست بێت. تۆ تەنها نیت، و یارمەتی بۆ تۆ هەیە.
screening-help-midwife = ئەمڕۆ لەگەڵ مامانەکەت یان دکتۆری خێزان (GP) قسە بکە.
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = پەیوەندی بە NHS بکە لەسەر ژمارە { $number } و بۆ تەندروستیی دەروونی هەڵبژاردەی { $option } هەڵبژێرە
screening-help-999 = لە کاتی فریاکەوتندا، یان ئەگەر هەست دەکەیت لەوانەیە بیرۆکەی ئازاردانی خۆت جێبەجێ بکەیت، پەیوەندی بە { $number } بکە
screening-help-samaritans = بە بێبەرامبەر پەیوەندی بە Samaritans بکە لەسەر ژمارە { $number }، هەر کاتێک، شەو یان ڕۆژ
screening-help-told = مامانەکەت و تیمی چاودێرییەکەتمان ئاگادار کردووە، بۆ ئەوەی پەیوەندیت پێوە بکەن.

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = پشکنینەکانی باری دەروونی
screening-staff-intro = کار لەسەر ئاگادارکردنەوەکانی سەلامەتی بکە، و ئەو پرسیارنامەیە تۆمار بکە کە دایکێک لە کلینیک لەگەڵ تۆ وەڵامی دەداتەوە.

## Safety alerts: the panel on the staff pages.

alerts-title = ئاگادارکردنەوەکانی سەلامەتی
alerts-intro = ئەمڕۆ بەدواداچوون بۆ هەر ئاگادارکردنەوەیەک بکە، پاشان بنووسە چیت کرد بۆ ئەوەی دایبخەیت.
alerts-empty = هیچ ئاگادارکردنەوەیەکی کراوە نییە.
alerts-count =
    { $count ->
        [one] یەک ئاگادارکردنەوەی کراوە
       *[other] { $count } ئاگادارکردنەوەی کراوە
    }
alerts-reason-urgent = وەڵام بە پرسیاری سەلامەتی دراوەتەوە (بیری ئازاردانی خۆ): بەدواداچوونی سەلامەتی هەر لە هەمان ڕۆژدا
alerts-reason-probable = نمرە لە بواری ئەگەری زۆری خەمۆکیدایە: بۆ هەڵسەنگاندن ڕەوانەی بکە
alerts-escalated = درا بە ڕێکخەران
alerts-raised = کاتی ئاگادارکردنەوە: { $when }
alerts-note-label = چیت کرد؟
alerts-note-hint = بۆ نموونە: تەلەفۆنی بۆ کرا، لە هەمان ڕۆژدا کاتی دکتۆری خێزان (GP) بۆ گیرا.
alerts-acknowledge = پشتڕاستی بکەرەوە
alerts-acknowledging = پاشەکەوت دەکرێت…
alerts-note-needed = پێش پشتڕاستکردنەوەی ئاگادارکردنەوەکە، بنووسە چیت کرد.
alerts-acknowledged = ئاگادارکردنەوەی { $name } پشتڕاست کرایەوە.
alerts-already = کەسێکی تر پێشتر ئەم ئاگادارکردنەوەیەی پشتڕاست کردووەتەوە.
alerts-refresh = بەدوای ئاگادارکردنەوەی نوێدا بگەڕێ
alerts-her-results = ئەنجامەکانی ئەو

## Recording a questionnaire given in clinic.

screening-record-title = تۆمارکردنی پرسیارنامەیەک کە لە کلینیک وەڵام دراوەتەوە
screening-find-label = دۆزینەوەی دایکێک: ناو، تەلەفۆن، ئیمەیڵ یان ژمارەی NHS
screening-find = بدۆزەرەوە
screening-find-none = کەس نەدۆزرایەوە. ئەو دایکانەی لە لیستی چاودێریی تۆدان بە ناو دەدۆزرێنەوە؛ هەر کەسێکی تر تەنها بە تەلەفۆن، ئیمەیڵ یان ژمارەی تەواوی NHS.
# A button on each mother found.
screening-choose-mother = { $name } هەڵبژێرە
screening-for = پرسیارنامەکان بۆ { $name }
screening-change-mother = کەسێکی تر هەڵبژێرە
screening-instrument-label = پرسیارنامە
screening-language-label = ئەو زمانەی دایکەکە پێی وەڵام دەداتەوە
screening-validated-yes = ئەم وەشانە زمانییە پەسەندکراوە.
screening-validated-no = ئەم وەشانە زمانییە پەسەندنەکراوە: ئەنجامەکە بە وریاییەوە لێک بدەرەوە.
screening-wording-not-installed = دەقی مۆڵەتدراوی EPDS بۆ ئەم زمانە دانەمەزراوە، بۆیە EPDS بەم زمانە بەکارنایەت: PHQ-9، GAD-2 یان Whooley هەڵبژێرە.
screening-record-start = دەست بە پرسیارنامەکە بکە
screening-cancel = هەڵوەشاندنەوە

## The result, for staff.

screening-staff-result-title = ئەنجامەکە تۆمار کرا
screening-staff-total = کۆی گشتی { $total }: { $band }
screening-staff-urgent = نمرەی پرسیاری سەلامەتی 1 یان زیاترە: بەدواداچوونی سەلامەتی هەر لە هەمان ڕۆژدا.
screening-staff-alert = ئاگادارکردنەوەیەکی سەلامەتی بۆ تیمی چاودێرییەکەی نێردرا.
screening-staff-anxiety = پێوەری لاوەکیی دڵەڕاوکێی EPDS-3A: { $score }
screening-staff-validated = وەشانی زمان: پەسەندکراو
screening-staff-not-validated = وەشانی زمان: پەسەندنەکراو
screening-record-another = یەکێکی تر تۆمار بکە
screening-band-none = لە خوار سنوورەوە
screening-band-possible = ئەگەری خەمۆکی
screening-band-probable = ئەگەری زۆری خەمۆکی: بۆ هەڵسەنگاندن ڕەوانەی بکە
screening-band-mild = سووک
screening-band-moderate = مامناوەند
screening-band-moderately-severe = تا ڕادەیەک توند
screening-band-severe = توند
screening-band-positive = ئەرێنی: هەڵسەنگاندنێکی تەواو پێشنیار بکە

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = کۆی نمرەکانی EPDS بە درێژایی کات
screening-chart-title-phq9 = کۆی نمرەکانی PHQ-9 بە درێژایی کات
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } ئەگەری خەمۆکی
screening-chart-line-probable = { $score } ئەگەری زۆر
screening-chart-line-moderate = { $score } مامناوەند
screening-chart-line-moderately-severe = { $score } تا ڕادەیەک توند
screening-chart-summary =
    { $count ->
        [one] یەک ئەنجام: { $total } لە { $date }
       *[other] { $count } ئەنجام؛ دوایینیان { $total } لە { $date }
    }
screening-chart-empty = هێشتا هیچ ئەنجامێکی EPDS یان PHQ-9 نییە.
screening-chart-table = وەک خشتە پیشانی بدە
screening-chart-date = بەروار
screening-chart-total = کۆی گشتی
screening-chart-result = ئەنجام

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = پشکنینێکی باری دەروونیت هەیە بۆ پڕکردنەوە
due-screening-intro = خولەکەت لە چەند قۆناغێکدا لە هەموو بەشداربووان دەپرسێت هەستیان چۆنە. چەند خولەکێک دەخایەنێت. تەنها تۆ و ئەو کەسانەی چاودێریت دەکەن وەڵامەکانت دەبینن.
due-screening-point-baseline = سەرەتای خولەکە
due-screening-point-week6 = هەفتەی شەشەمی خولەکە
due-screening-point-end = کۆتایی خولەکە
# $date is a date such as "Monday 14 December".
due-screening-until = تکایە تا { $date } پڕی بکەرەوە
due-screening-start = دەست بە پشکنینەکە بکە
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = پشکنینە خشتەبۆکراوەکان
schedule-empty = هیچ خولێک کە ئەو تێیدایە پشکنینی خشتەبۆ نەکردووە.
schedule-due-on = کاتەکەی { $date }
schedule-status-upcoming = هێشتا نەکراوەتەوە
schedule-status-due = ئێستا کاتیەتی
schedule-status-done = کرا
schedule-status-overdue = کاتەکەی بەسەرچووە
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = خشتەی پشکنین
schedule-edit-intro = لە دایکانی تۆمارکراو لەم خولەدا داوا دەکرێت لەو قۆناغانەی تۆ دیاریت کردوون ئەم پرسیارنامەیە پڕ بکەنەوە، و کاتێک کاتی هەر یەکێکیان هات بیریان دەخرێتەوە.
schedule-edit-instrument = پرسیارنامە
schedule-edit-points = کەی
schedule-edit-save = خشتەکە پاشەکەوت بکە

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = پشکنینەکانم
checkins-none = هێشتا هیچ پشکنینێک نییە.
checkins-intro = ئەو ڕۆژانەی پشکنینت کردووە. بۆ بینینی جۆری هەر یەکێکیان، PIN ەکەت یان وشەی نهێنییەکەت بنووسە.
checkins-password-label = یان وشەی نهێنییەکەت
checkins-password-wrong = ئەمە وشەی نهێنییەکەت نییە.
checkins-show = پیشاندانی جۆر
screening-not-shared = وەڵامەکانی ئەو لەگەڵ تۆ بەش ناکرێن: ڕازی نەبووە لەگەڵ تیمی چاودێرییەکەی بەشیان بکات، یان لە چاودێریی تۆدا نییە. ئاگادارکردنەوەکانی سەلامەتی دەربارەی ئەو هێشتا دەگەنە تیمی چاودێرییەکەی.
