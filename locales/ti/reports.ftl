# PeriLink interface text: Tigrinya (ti), Ge'ez script, outcome reports, for
# coordinators, translated from the English source (en/reports.ftl).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - These screens are for coordinators and funders, women and men: short
#   sentences, everyday words.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - { reports-suppressed } and { reports-hidden } are other messages: keep them.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - As in main.ftl, the text speaks to the reader with the respectful plural
#   (-ኩም, ኣረጋግጹ), and buttons use verbal nouns (ምውራድ, ምርኣይ). Mothers are
#   spoken of in the feminine plural (ዝመጻ, ዝተለኣኻ).
#   Words as in main.ftl, staff.ftl and referrals.ftl: "referral" ምልኣኽ,
#   "session" ኣኼባ, "programme" መደብ, "venue" ቦታ, "directory" ዝርዝር
#   ኣገልግሎታት, "interpreter" ተርጓሚ, "waiting list" ዝርዝር ተጸበይቲ. New here:
#   "outcomes" ውጽኢታት, "attendance" ተሳትፎ, "score" ነጥቢ, "average" ማእከላይ,
#   "share" (a percentage) ሚእታዊ, "probable depression" ዝያዳ ተኽእሎ ድብርት.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = ውጽኢታት
reports-intro = ዝተለኣኻ ኣዴታት ከመይ ኣሕሊፈን፡ ናብ ኣኼባ መጺአን ድየን፡ ምምጻእ ቀጺለን ድየን፡ ዝሓሸ ተሰሚዑወን ድዩ?
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = ብሕትውና ኣዴታት ንምሕላው፡ ካብ 1 ክሳብ 4 ዘሎ ቁጽሪ ከም { reports-suppressed } ይረአ፡ ካብኡ ዝተሓሰበ ሚእታዊ ወይ ማእከላይ ድማ ኣይረኣይን ({ reports-hidden })።
# A link back to the coordinator's main page.
reports-back = ናብ ዝርዝር ኣገልግሎታት ምምላስ

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = ዕለታትን ምምዳብን
reports-from = ካብ
reports-to = ክሳብ
reports-group-by = ብኸመይ ይመደብ
reports-show = ምርኣይ
reports-error-dates = ዕለታት ኣረጋግጹ፡ ነፍሲ ወከፍ ሓቀኛ መዓልቲ ክኸውን ኣለዎ፡ “ካብ” ድማ ድሕሪ “ክሳብ” ክኸውን የብሉን።

# What a report's rows can be.
reports-group-programme = መደብ
reports-group-kind = ዓይነት ኣኼባ
reports-group-venue = ቦታ
reports-group-language = ቋንቋ ኣደ
reports-group-interpreter = ድሌት ተርጓሚ
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = ገና ኣኼባ ኣይተመረጸን
reports-interpreter-yes = ተርጓሚ የድልያ
reports-interpreter-no = ተርጓሚ ኣየድልያን
# The last row of a table: every group together.
reports-total = ኩሉ

## The parts of the page

reports-referrals-title = ምልኣኽ
reports-referrals-intro = ኣብ መንጎ እዞም ዕለታት ዝተለኣኻ ኣዴታት፡ ነፍሲ ወከፈን ክሳብ ኣበይ ከም ዝበጽሓ።
reports-funnel-chart = ካብ ምልኣኽ ክሳብ ምዝዛም፡ ኩለን ዝተለኣኻ ኣዴታት
reports-attendance-title = ተሳትፎ
reports-attendance-intro = ኣብ መንጎ እዞም ዕለታት ዝተኻየዱ ኣኼባታት፡ መን መጺኣ፡ መን ምምጻእ ቀጺላ፡ መን ድማ ቦታ ትጽበ ኣላ።
reports-screening-title = ለውጢ ነጥቢ EPDS
reports-screening-intro = ኣብ መጀመርታ ኮርስ፡ ደጊመን ድማ ኣብ 6ይ ሰሙን ወይ ኣብ መወዳእታ EPDS ዝመልኣ ኣዴታት። ትሑት ነጥቢ ይሓይሽ፡ 13 ወይ ልዕሊኡ ማለት ዝያዳ ተኽእሎ ድብርት እዩ።
reports-screening-chart = ማእከላይ ነጥቢ EPDS ኣብ መጀመርታ፡ ኣብ 6ይ ሰሙንን ኣብ መወዳእታን
reports-equity-title = ንኹለን ኣዴታት ማዕረ ድዩ?
reports-equity-intro = ተመሳሳሊ ኣሃዛት፡ ብቋንቋ ኣደን ተርጓሚ ከም ዘድልያ ወይ ዘየድልያን።
reports-records-title = መዛግብቲ ምልኣኽ
reports-records-intro = ኣብ መንጎ እዞም ዕለታት ንዝተገብረ ነፍሲ ወከፍ ምልኣኽ ሓደ መስርዕ፡ ከምቲ PRSB Social Prescribing Information Standard ዝገልጾ፡ ብዘይ ኣስማት። ንኮሚሽነራትን ንስርዓታት NHSን።
reports-records-csv = መዛግብቲ ምልኣኽ ምውራድ (CSV)
reports-records-fhir = መዛግብቲ ምልኣኽ ምውራድ (FHIR)
reports-downloading = እቲ ፋይል ይዳሎ ኣሎ…

## Tables and charts

reports-download-csv = ነዚ ሰንጠረዥ ምውራድ (CSV)
reports-table-empty = ኣብ መንጎ እዞም ዕለታት ዝተመዝገበ የለን።
reports-chart-empty = ኣብ መንጎ እዞም ዕለታት ዝስኣል የለን።
# Before a list of groups too small to draw.
reports-chart-not-shown = ኣይተሳእለን፡ ካብ 5 ዝወሓዳ ኣዴታት፡
# The dashed line on the EPDS chart.
reports-chart-probable = 13፡ ዝያዳ ተኽእሎ ድብርት
# The three points in time on the EPDS chart.
reports-chart-baseline = መጀመርታ
reports-chart-week6 = 6ይ ሰሙን
reports-chart-end = መወዳእታ
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = ዝተነጻጸረሉ
reports-follow-up-week6 = 6ይ ሰሙን
reports-follow-up-end = መወዳእታ ኮርስ
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = <5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = ካብ 5 ዝወሓደ
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = ኣይተራእየን
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } መዓልቲ

## Column headings

reports-col-sent = ዝተለኣኻ
reports-col-accepted = ተቐባልነት ዝረኸባ
reports-col-booked = ዝተመዝገባ
reports-col-attending = እንተወሓደ ሓንሳብ ዝመጻ
reports-col-completed = ዝዛዘማ
reports-col-declined = ዝተነጽጋ
reports-col-withdrawn = ዘቋረጻ
reports-col-did-not-attend = ምምጻእ ዘቋረጻ
reports-col-attended-percent = ዝመጻ (ሚእታዊ)
reports-col-median-days-to-attend = መዓልታት ክሳብ ቀዳማይ ኣኼባ (ማእከላይ)
reports-col-sessions-held = ዝተኻየዱ ኣኼባታት
reports-col-attendances = ብዝሒ ተሳትፎ
reports-col-mothers = ዝመጻ ኣዴታት
reports-col-mothers-3-plus = 3 ግዜ ወይ ልዕሊኡ ዝመጻ
reports-col-waiting = ኣብ ዝርዝር ተጸበይቲ
reports-col-paired = ክልተ ግዜ ዝተመርመራ ኣዴታት
reports-col-mean-baseline = ማእከላይ ነጥቢ ኣብ መጀመርታ
reports-col-mean-follow-up = ማእከላይ ነጥቢ ድሒሩ
reports-col-mean-change = ማእከላይ ለውጢ
reports-col-fell-4-plus = ነጥበን ብ4 ወይ ልዕሊኡ ዝወረደ
reports-col-fell-4-plus-percent = ነጥበን ብ4 ወይ ልዕሊኡ ዝወረደ (ሚእታዊ)
reports-col-probable-at-baseline = ኣብ መጀመርታ 13 ወይ ልዕሊኡ
reports-col-left-probable = ካብኣተን፡ ሕጂ ትሕቲ 13
reports-col-left-probable-percent = ሕጂ ትሕቲ 13 (ሚእታዊ)
reports-col-unvalidated = ካብቶም ጽምዲ፥ ብዘይተረጋገጸ ትርጉም ዝተወስዱ
