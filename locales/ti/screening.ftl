# PeriLink interface text: Tigrinya (ti), Ge'ez script, screening questions,
# results and help, translated from the English source (en/screening.ftl).
# This translation awaits review by a native speaker.
#
# CLINICAL NOTE: the PHQ-9, GAD-2 and Whooley questions and answers below are our
# own faithful translations of public-domain wording, NOT validated translations.
# Before clinical use they must be replaced by validated official Tigrinya
# versions (for the PHQ-9 and GAD-2, those on phqscreeners.com), word for word.
#
# Notes for translators:
# - The mother may be worried or unwell: short sentences, everyday words, a warm
#   and calm tone. Her pages never show a score. Staff text suits women and men.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - As in main.ftl, the text speaks to the reader with the respectful plural
#   (-ኩም, ምረጹ), and buttons and titles use verbal nouns (ምጅማር, ምልኣኽ).
#   "Wellbeing check" is ምርመራ ደሓንነት, as in main.ftl; "midwife" መሕረሲት;
#   "session" ኣኼባ; "coordinator" ኣወሃሃዲ. New here: "questionnaire" ዝርዝር
#   ሕቶታት, "safety alert" መጠንቀቕታ ድሕንነት, "care team" ጉጅለ ክንክን,
#   "health visitor" ሄልዝ ቪዚተር (health visitor), "GP" ዶክተር ስድራ (GP),
#   "validated" ዝተረጋገጸ (validated), "depression" ድብርት, "feeling down"
#   ሕዝን ምባል, "depressed" ምድቋስ, "anxious" ጭንቀት, "worry" ስክፍታ.
#   On staff screens the English clinical word is added in brackets where it
#   helps.
# - Phone numbers stay as digits. Tigrinya's [one] form is also used for 0, so
#   it keeps { $count } rather than "one".

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = ምርመራ ደሓንነት
screening-intro-epds = ኣብዘን ዝሓለፋ 7 መዓልቲ ከመይ ከም ዝተሰምዓኩም ዝሓቱ ዓሰርተ ሓጸርቲ ሕቶታት። ቅኑዕ ወይ ጌጋ መልሲ የለን።
screening-epds-not-here = ዝሓተትክዎ መሕትት ገና ብቋንቋኹም ኣይርከብን፥ ስለዚ ብዛዕባ ተመሳሳሊ ነገራት ዝሓትት ካልእ እንሆ።
screening-intro-phq9 = ኣብዘን ዝሓለፋ 2 ሰሙናት ከመይ ከም ዝተሰምዓኩም ዝሓቱ ትሽዓተ ሕቶታት።
screening-intro-gad2 = ኣብዘን ዝሓለፋ 2 ሰሙናት ብዛዕባ ስክፍታ ዝሓቱ ክልተ ሕቶታት።
screening-intro-whooley = ኣብ ዝሓለፈ ወርሒ ከመይ ከም ዝተሰምዓኩም ዝሓቱ ክልተ ሕቶታት።
screening-private = መልስታትኩም ክርእይዎም ዝኽእሉ ንስኹምን ዝከናኸኑኹም ሰባትን ጥራይ ኢኹም። መልስታትኩም ኣረጋጊጽኩም ክትልእኽዎም ክሳብ እትመርጹ፡ ዋላ ሓደ ነገር ኣይለኣኽን።
screening-start = ምጅማር
# A folded list of the other questionnaires she may take instead.
screening-other = ካልኦት ዝርዝራት ሕቶታት
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = ምርመራ ደሓንነት (EPDS፡ 10 ሕቶታት)
screening-name-phq9 = ሕቶታት ብዛዕባ ስምዒት (PHQ-9፡ 9 ሕቶታት)
screening-name-gad2 = ሕቶታት ብዛዕባ ስክፍታ (GAD-2፡ 2 ሕቶታት)
screening-name-whooley = ክልተ ቅልጡፋት ሕቶታት (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = ሕቶ { $n } ካብ { $total }
screening-back = ንድሕሪት
screening-next = ዝቕጽል
screening-choose-answer = በጃኹም ሓደ መልሲ ምረጹ።
screening-review-title = መልስታትኩም ኣረጋግጹ
screening-review-intro = ክሳብ ሕጂ ዝተላእከ የለን። ቅድሚ ምልኣኽኩም ዝኾነ መልሲ ክትቕይሩ ትኽእሉ ኢኹም።
screening-review-question = ሕቶ { $n }
screening-not-answered = ኣይተመለሰን
screening-change = ምቕያር
# For screen readers, on each "Change" button.
screening-change-label = መልሲ ሕቶ { $n } ምቕያር
screening-send = መልስታተይ ምልኣኽ
screening-sending = ይለኣኽ ኣሎ…
screening-loading-questions = ሕቶታት ይመጽእ ኣሎ…
screening-try-again = እንደገና ምፍታን
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = EPDS ሕቶ { $n } – እቲ ፍቓድ ዘለዎ ጽሑፍ ኣይተጻዕነን
screening-epds-placeholder-option = ምርጫ { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = ምንጪ፡

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = ኣብዘን ዝሓለፋ 2 ሰሙናት፡ ካብዞም ዝስዕቡ ጸገማት ብዝኾነ ክንደይ ግዜ ተሸጊርኩም?
screening-phq9-q1 = ነገራት ንምግባር ውሑድ ድሌት ወይ ሓጎስ ምህላው
screening-phq9-q2 = ሕዝን ምባል፡ ምድቋስ ወይ ተስፋ ምቑራጽ
screening-phq9-q3 = ድቃስ ንምውሳድ ወይ ደቂስካ ንምጽናሕ ምጽጋም፡ ወይ ኣዝዩ ብዙሕ ምድቃስ
screening-phq9-q4 = ድኻም ምስማዕ ወይ ውሑድ ሓይሊ ምህላው
screening-phq9-q5 = ሸውሃት ምስኣን ወይ ልዕሊ መጠን ምብላዕ
screening-phq9-q6 = ብዛዕባ ነብስኹም ሕማቕ ምስማዕ — ወይ ከም ዝፈሸልኩም፡ ወይ ንነብስኹም ወይ ንስድራኹም ከም ዘሕዘንኩም ምሕሳብ
screening-phq9-q7 = ኣብ ነገራት ኣተኲሮ ምግባር ምጽጋም፡ ንኣብነት ጋዜጣ ከተንብቡ ወይ ቴለቪዥን ክትርእዩ ከለኹም
screening-phq9-q8 = ካልኦት ሰባት ከስተውዕልዎ ክሳብ ዝኽእሉ፡ ኣዝዩ ቀስ ኢልኩም ምንቅሳቕ ወይ ምዝራብ? ወይ ድማ እቲ ተጻራሪ — ካብ ልሙድ ኣዝዩ ንላዕሊ ክሳብ እትንቀሳቐሱ፡ ምቕሳን ምስኣን ወይ ዘይምርጋእ
screening-phq9-q9 = እንተሞትኩም ይሓይሽ ነይሩ ዝብል ሓሳብ፡ ወይ ብገለ መንገዲ ንነብስኹም ናይ ምጉዳእ ሓሳብ
screening-gad2-stem = ኣብዘን ዝሓለፋ 2 ሰሙናት፡ በዞም ዝስዕቡ ጸገማት ክንደይ ግዜ ተሸጊርኩም?
screening-gad2-q1 = ምሽባር፡ ጭንቀት ወይ ዘይምህዳእ ምስማዕ
screening-gad2-q2 = ስክፍታ ደው ከተብሉ ወይ ክትቆጻጸርዎ ዘይምኽኣል
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = ፈጺሙ ኣይኮነን
screening-freq-1 = ሓያሎ መዓልታት
screening-freq-2 = ካብ ፍርቂ ንላዕሊ ካብተን መዓልታት
screening-freq-3 = ዳርጋ ኩሉ መዓልቲ
screening-phq-attribution = PHQ-9ን GAD-2ን፡ ብDrs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke ከምኡውን መሳርሕቶም፡ ብናይ ትምህርቲ ሓገዝ ካብ Pfizer Inc. ዝተዳለዉ። ንምቕዳሕ፡ ንምትርጓም፡ ንምርኣይ ወይ ንምዝርጋሕ ፍቓድ ኣየድልን።

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = ኣብ ዝሓለፈ ወርሒ፡ ሕዝን ምባል፡ ምድቋስ ወይ ተስፋ ምቑራጽ ብተደጋጋሚ ኣሸጊሩኩም ድዩ?
screening-whooley-q2 = ኣብ ዝሓለፈ ወርሒ፡ ነገራት ንምግባር ውሑድ ድሌት ወይ ሓጎስ ምህላው ብተደጋጋሚ ኣሸጊሩኩም ድዩ?
# The answers, in this order: "No" first.
screening-no = ኣይፋል
screening-yes = እወ
screening-whooley-attribution = ሕቶታት Whooley፡ ከምቲ NICE ኣብ መምርሒ CG192 (Antenatal and postnatal mental health፡ ጥዕና ኣእምሮ ኣብ ግዜ ጥንሲን ድሕሪ ሕርስን) ዝመኸሮ።

## After she sends her answers. Never show her a score.

screening-thanks-title = የቐንየልና
screening-thanks = መልስታትኩም ተዓቂቡ። ዝከናኸኑኹም ሰባት ክርእይዎ ይኽእሉ እዮም።
screening-thanks-talk = ነገራት እንተኸቢዱኩም፡ ኣብ ዝኾነ ግዜ ምስ መሕረሲትኩም፡ ሄልዝ ቪዚተር (health visitor) ወይ ዶክተር ስድራ (GP) ክትዛረቡ ትኽእሉ ኢኹም።
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = ኣብ ዝኾነ ግዜ ሓገዝ እንተደሊኹም
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = ሕጂ ተወሳኺ 10 ሕቶታት ምምላስ
screening-back-to-my = ናብ ኣኼባታተይ ምኻድ
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = በጃኹም ሎሚ ደገፍ ርኸቡ
screening-help-intro = ከምቲ መልስታትኩም ዘርእይዎ፡ ሕጂ ተወሳኺ ደገፍ የድልየኩም ይኸውን። በይንኹም ኣይኮንኩምን፡ ሓገዝ ድማ ኣሎ።
screening-help-midwife = ሎሚ ምስ መሕረሲትኩም ወይ ዶክተር ስድራኹም (GP) ተዛረቡ።
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = ናብ NHS { $number } ደውሉ፡ ንጥዕና ኣእምሮ ድማ ምርጫ { $option } ምረጹ
screening-help-999 = ኣብ ህጹጽ ኩነታት፡ ወይ ንነብስኹም ናይ ምጉዳእ ሓሳብ ናብ ግብሪ ከተውዕልዎ ከም እትኽእሉ እንተተሰሚዑኩም፡ ናብ { $number } ደውሉ
screening-help-samaritans = ናብ Samaritans ብነጻ ኣብ { $number } ደውሉ፡ ኣብ ዝኾነ ግዜ፡ መዓልቲ ይኹን ለይቲ
screening-help-told = መሕረሲትኩምን ጉጅለ ክንክንኩምን ክረኽቡኹም ምእንቲ ሓቢርናዮም ኣለና።

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = ምርመራታት ደሓንነት
screening-staff-intro = ንመጠንቀቕታታት ድሕንነት ስጉምቲ ውሰዱ፡ ከምኡውን ሓንቲ ኣደ ኣብ ክሊኒክ ምሳኹም ዝመለሰቶ ዝርዝር ሕቶታት መዝግቡ።

## Safety alerts: the panel on the staff pages.

alerts-title = መጠንቀቕታታት ድሕንነት
alerts-intro = ነፍሲ ወከፍ መጠንቀቕታ ሎሚ ተኸታተልዎ፡ ድሕሪኡ ንምዕጻዉ እንታይ ከም ዝገበርኩም ጽሓፉ።
alerts-empty = ክፉት መጠንቀቕታ የለን።
alerts-count =
    { $count ->
        [one] { $count } ክፉት መጠንቀቕታ
       *[other] { $count } ክፉታት መጠንቀቕታታት
    }
alerts-reason-urgent = ሕቶ ድሕንነት ተመሊሱ (ሓሳብ ምጉዳእ ነብሲ)፡ ኣብታ መዓልቲ ክትትል ድሕንነት
alerts-reason-probable = ነጥቢ ኣብ ደረጃ ዝያዳ ተኽእሎ ድብርት (probable)፡ ንግምገማ ስደድዋ
alerts-escalated = ናብ ኣወሃሃድቲ ተሓሊፉ
alerts-raised = ዝተላዕለሉ፡ { $when }
alerts-note-label = እንታይ ገበርኩም?
alerts-note-hint = ንኣብነት፡ ደዊለላ፡ ኣብታ መዓልቲ ምስ ዶክተር ስድራ (GP) ቆጸራ ተታሒዙ።
alerts-acknowledge = ከም ዝተራእየ ምልክት ምግባር
alerts-acknowledging = ይዕቀብ ኣሎ…
alerts-note-needed = ነቲ መጠንቀቕታ ምልክት ቅድሚ ምግባርኩም፡ እንታይ ከም ዝገበርኩም ጽሓፉ።
alerts-acknowledged = መጠንቀቕታ { $name } ከም ዝተራእየ ተመልኪቱ።
alerts-already = ካልእ ሰብ ነዚ መጠንቀቕታ ድሮ ምልክት ገይሩሉ ኣሎ።
alerts-refresh = ሓደስቲ መጠንቀቕታታት ምድላይ
alerts-her-results = ውጽኢታታ

## Recording a questionnaire given in clinic.

screening-record-title = ኣብ ክሊኒክ ዝተዋህበ ዝርዝር ሕቶታት ምምዝጋብ
screening-find-label = ኣደ ምድላይ፡ ስም፡ ቴሌፎን፡ ኢመይል ወይ ቁጽሪ NHS
screening-find = ምድላይ
screening-find-none = ዝተረኽበ ሰብ የለን። ኣብ ትሕቲ ሓላፍነትኩም ዘለዋ ኣዴታት ብስም ይርከባ፡ ካልኦት ድማ ብልክዕ ቴሌፎን፡ ኢመይል ወይ ቁጽሪ NHS ጥራይ።
# A button on each mother found.
screening-choose-mother = { $name } ምምራጽ
screening-for = ዝርዝራት ሕቶታት፡ { $name }
screening-change-mother = ካልእ ሰብ ምምራጽ
screening-instrument-label = ዝርዝር ሕቶታት
screening-language-label = እትምልሰሉ ቋንቋ
screening-validated-yes = እዚ ናይ ቋንቋ ሕታም ዝተረጋገጸ (validated) እዩ።
screening-validated-no = እዚ ናይ ቋንቋ ሕታም ዝተረጋገጸ (validated) ኣይኮነን፡ ነቲ ውጽኢት ብጥንቃቐ ተርጉምዎ።
screening-wording-not-installed = ፍቓድ ዘለዎ ጽሑፍ EPDS ንዚ ቋንቋ ኣይተጻዕነን፥ ስለዚ EPDS ብእኡ ክጥቀሙ ኣይከኣልን፥ PHQ-9፥ GAD-2 ወይ Whooley ምረጹ።
screening-record-start = ዝርዝር ሕቶታት ምጅማር
screening-cancel = ምስራዝ

## The result, for staff.

screening-staff-result-title = ውጽኢት ተመዝጊቡ
screening-staff-total = ድምር { $total }፡ { $band }
screening-staff-urgent = ሕቶ ድሕንነት 1 ወይ ልዕሊኡ ነጥቢ ረኺቡ፡ ኣብታ መዓልቲ ክትትል ድሕንነት።
screening-staff-alert = ንጉጅለ ክንክና መጠንቀቕታ ድሕንነት ተላዒሉ።
screening-staff-anxiety = ንኡስ መለክዒ ጭንቀት EPDS-3A፡ { $score }
screening-staff-validated = ሕታም ቋንቋ፡ ዝተረጋገጸ
screening-staff-not-validated = ሕታም ቋንቋ፡ ዘይተረጋገጸ
screening-record-another = ካልእ ምምዝጋብ
screening-band-none = ትሕቲ እቲ ደረት
screening-band-possible = ድብርት ክህሉ ይኽእል (possible depression)
screening-band-probable = ዝያዳ ተኽእሎ ድብርት (probable depression)፡ ንግምገማ ስደድዋ
screening-band-mild = ቀሊል
screening-band-moderate = ማእከላይ
screening-band-moderately-severe = ማእከላይ ከቢድ
screening-band-severe = ከቢድ
screening-band-positive = ፖዚቲቭ፡ ምሉእ ግምገማ ኣቕርቡላ

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = ድምር EPDS ብግዜ
screening-chart-title-phq9 = ድምር PHQ-9 ብግዜ
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } ክህሉ ይኽእል
screening-chart-line-probable = { $score } ዝያዳ ተኽእሎ
screening-chart-line-moderate = { $score } ማእከላይ
screening-chart-line-moderately-severe = { $score } ማእከላይ ከቢድ
screening-chart-summary =
    { $count ->
        [one] { $count } ውጽኢት፡ { $total } ኣብ { $date }
       *[other] { $count } ውጽኢታት፡ እቲ ናይ መወዳእታ { $total } ኣብ { $date }
    }
screening-chart-empty = ገና ውጽኢት EPDS ወይ PHQ-9 የለን።
screening-chart-table = ከም ሰንጠረዥ ምርኣይ
screening-chart-date = ዕለት
screening-chart-total = ድምር
screening-chart-result = ውጽኢት

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = እትመልስዎ ምርመራ ደሓንነት ኣሎኩም
due-screening-intro = ኮርስኩም ኣብ ሒደት እዋናት ንኹሉ ተሳታፊ ከመይ ይስምዖም ከም ዘሎ ይሓትት። ሒደት ደቓይቕ ይወስድ። መልስታትኩም ክርእይዎም ዝኽእሉ ንስኹምን ዝከናኸኑኹም ሰባትን ጥራይ ኢኹም።
due-screening-point-baseline = መጀመርታ ኮርስ
due-screening-point-week6 = 6ይ ሰሙን ኮርስ
due-screening-point-end = መወዳእታ ኮርስ
# $date is a date such as "Monday 14 December".
due-screening-until = በጃኹም ክሳብ { $date } ፈጽምዎ
due-screening-start = ምርመራ ጀምሩ
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = ዝተመደቡ ምርመራታት ደሓንነት
schedule-empty = ንሳ ዘላቶ ዝኾነ ኮርስ ምርመራ ኣይመደበን።
schedule-due-on = ዕለቱ { $date }
schedule-status-upcoming = ገና ኣይተኸፍተን
schedule-status-due = ሕጂ ግዚኡ እዩ
schedule-status-done = ተፈጺሙ
schedule-status-overdue = ግዚኡ ሓሊፉ
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = መደብ ምርመራ
schedule-edit-intro = ኣብዚ ኮርስ ዝተመዝገባ ኣዴታት ነዚ ሕቶታት ኣብቶም ዝመረጽኩምዎም እዋናት ክምልኣኦ ይሕተታ፡ ግዚ ነፍሲ ወከፍ ምስ በጽሐ ድማ የዘኻኽረን።
schedule-edit-instrument = ሕቶታት
schedule-edit-points = መዓስ
schedule-edit-save = መደብ ምዕቃብ

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = ምርመራታተይ
checkins-none = ክሳብ ሕጂ ምርመራ የለን።
checkins-intro = ምርመራ ዝገበርኪሉ መዓልታት። ነፍሲ ወከፍ ኣየናይ ሕቶታት ምንባሩ ንምርኣይ PIN ወይ መሕለፊ ቃል ኣእትዊ።
checkins-password-label = ወይ መሕለፊ ቃልኪ
checkins-password-wrong = እዚ መሕለፊ ቃልኪ ኣይኮነን።
checkins-show = ኣየናይ ምዃኑ ኣርኢ
screening-not-shared = መልስታታ ምሳኻ ኣይካፈሉን: ምስ ጉጅለ ክንክናኣ ክትካፈሎም ኣይተሰማምዐትን፣ ወይ ኣብ ትሕቲ ክንክንካ ኣይኮነትን። ብዛዕባኣ ዘለዉ ናይ ድሕንነት መጠንቀቕታታት ግን ናብ ጉጅለ ክንክናኣ ይበጽሑ።
