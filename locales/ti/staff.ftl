# PeriLink interface text: Tigrinya (ti), Ge'ez script, the staff screens,
# translated from the English source (en/staff.ftl).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - These screens are for staff (coordinators, midwives, session hosts), women
#   and men: short sentences, everyday words.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - As in main.ftl, the text speaks to the reader with the respectful plural
#   (-ኩም, ምረጹ), and buttons and titles use verbal nouns (ምውሳኽ, ምዕቃብ).
#   "Session" is ኣኼባ, "programme" መደብ, "venue" ቦታ, "organisation" ትካል,
#   "host" ኣካያዲ ኣኼባ. On these screens "directory" is ዝርዝር (ኣገልግሎታት),
#   "listing" ሓበሬታ, "check" ምርግጋጽ, "booking" ምምዝጋብ.
# - Latitude and longitude are ኬክሮስ and ኬንትሮስ, with the English word after
#   them on the form labels.

## Coordinator: keeping the directory right

coord-title = ዝርዝር ኣገልግሎታት ብልክዕ ምሓዝ
coord-intro = ኣኼባታት፡ መደባትን ቦታታትን ወስኹ ወይ ቀይሩ፡ ሓበሬታ ድማ ኣረጋግጹ። ኣዴታት ዝገበርኩምዎ ለውጢ ብኡንብኡ ይርእያኦ።
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = ክፍልታት ናይቲ ዝርዝር
coord-tab-check = ንምርግጋጽ
coord-tab-sessions = ኣኼባታት
coord-tab-programmes = መደባት
coord-tab-venues = ቦታታት
coord-tab-organisations = ትካላት

## Saving

coord-save = ምዕቃብ
coord-working = ይዕቀብ ኣሎ…
coord-saved = ተዓቂቡ። ኣዴታት ሕጂ ነቲ ለውጢ ይርእያኦ ኣለዋ።
coord-new = ኣብ ክንድኡ ሓድሽ ምውሳኽ
coord-edit = ምቕያር
# The first, empty choice in a drop-down list.
coord-choose = ምረጹ…
coord-error-invalid = ገለ ሓበሬታ ጎዲሉ ወይ ልክዕ ኣይኮነን። ነቲ ቅጥዒ ርኣይዎ እሞ እንደገና ፈትኑ።
coord-error-postcode = ነዚ ፖስትኮድ ኣይንፈልጦን። ኣረጋግጽዎ፡ ወይ ድማ ኬክሮስን ኬንትሮስን ኣእትዉ።
coord-error-gone = ካልእ ሰብ ነዚ ቀይርዎ ወይ ኣልጊስዎ ኣሎ። ነቲ ገጽ ሓድስዎ እሞ እንደገና ፈትኑ።
coord-error-number = ቁጽርታት ኣረጋግጹ፡ ኣሃዛት ጥራይ ተጠቐሙ፡ ከም 12 ወይ 53.4።
coord-error-times = ግዜ መወዳእታ ድሕሪ ግዜ መጀመርታ ክኸውን ኣለዎ።

## Listings to check

coord-stale-title = ክረጋገጽ ዘለዎ ሓበሬታ
coord-stale-intro = ን90 መዓልቲ ዘይተረጋገጸ ሓበሬታ ክረጋገጽ ግዚኡ በጺሑ እዩ። ድሕሪ 120 መዓልቲ ኣዴታት ክርእያኦ ኣይክእላን እየን። ነቲ ሓበሬታ ምስቲ ቦታ ወይ ኣካያዲ ኣረጋግጹ፡ ድሕሪኡ ከም ዝተረጋገጸ ምልክት ግበሩሉ።
coord-stale-none = ኩሉ ሓበሬታ ኣብዘን ዝሓለፋ 90 መዓልቲ ተረጋጊጹ እዩ።
coord-kind-venue = ቦታ
coord-kind-programme = መደብ
coord-kind-session = ኣኼባ
# $days is a whole number of days.
coord-last-checked =
    { $days ->
        [0] ሎሚ ተረጋጊጹ
        [one] ናይ መወዳእታ ምርግጋጽ፡ ቅድሚ { $days } መዓልቲ
       *[other] ናይ መወዳእታ ምርግጋጽ፡ ቅድሚ { $days } መዓልቲ
    }
coord-flagged = ክረጋገጽ ኣለዎ
coord-hidden = ካብ ኣዴታት ተሓቢኡ
coord-owner-you = ሓላፍነት ናትኩም እዩ
# $name is the name of the member of staff who looks after the listing.
coord-owner = ሓላፍነት፡ { $name }
coord-mark-checked = ከም ዝተረጋገጸ ምልክት ምግባር
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday } ሰዓት { $start }፡ { $venue }

## Reports of wrong information

coord-reports-title = ገለ ነገር ጌጋ ምዃኑ ዝሕብሩ ጸብጻባት
coord-reports-none = ዘይተፈትሐ ጸብጻብ የለን።
coord-messages-title = ናይ ጽሑፍ መልእኽትታትን ኢመይላትን
coord-messages-undelivered = ኣብ ዝሓለፉ 7 መዓልታት ዘይበጽሑ: { $count }
coord-messages-stuck = ልዕሊ 30 ደቒቕ ክለኣኹ ዝጽበዩ ዘለዉ: { $count }
coord-report-no-note = እንታይ ጌጋ ከም ዘሎ ኣይተገልጸን።
# $date is a date written as 2026-11-23.
coord-reported-on = ዝተሓበረሉ ዕለት፡ { $date }
coord-report-open = ገጽ ናይቲ ኣኼባ ምርኣይ
coord-resolve = ከም ዝተፈትሐ ምልክት ምግባር

## Days of the week

coord-weekday-1 = ሰኑይ
coord-weekday-2 = ሰሉስ
coord-weekday-3 = ረቡዕ
coord-weekday-4 = ሓሙስ
coord-weekday-5 = ዓርቢ
coord-weekday-6 = ቀዳም
coord-weekday-7 = ሰንበት

## Organisations

coord-organisation-new = ትካል ምውሳኽ
coord-organisation-edit = ነዚ ትካል ምቕያር
coord-field-name = ስም
coord-field-kind = ዓይነት ትካል
coord-field-website = መርበብ ሓበሬታ
coord-org-kind-nhs_trust = NHS ትረስት
coord-org-kind-library_service = ኣገልግሎት ቤት መጻሕፍቲ
coord-org-kind-charity = ግብረ ሰናይ ትካል
coord-org-kind-council = ምምሕዳር ከተማ (council)
coord-org-kind-other = ካልእ

## Venues

coord-venue-new = ቦታ ምውሳኽ
coord-venue-edit = ነዚ ቦታ ምቕያር
coord-field-organisation = ትካል
coord-field-address = ኣድራሻ
coord-field-town = ከተማ
coord-field-postcode = ፖስትኮድ
coord-field-place-hint = እቲ ቦታ ካብቲ ፖስትኮድ ክርከብ እንተደሊኹም፡ ኬክሮስን ኬንትሮስን ባዶ ግደፍዎ።
coord-field-lat = ኬክሮስ (latitude)
coord-field-lon = ኬንትሮስ (longitude)
coord-field-step-free = መእተዊ ብዘይ መሳልል
coord-field-buggy-space = ቦታ ንዓረብያ ቆልዑ
coord-field-baby-change = መቐየሪ ዳይፐር ህጻን
coord-field-breastfeeding = ምጥባው ይፍቀድ
coord-field-bus-routes = ኣብ ጥቓ ዘለዉ ኣውቶቡሳት

## Programmes

coord-programme-new = መደብ ምውሳኽ
coord-programme-edit = ነዚ መደብ ምቕያር
coord-field-programme-kind = እንታይ የቕርብ
coord-programme-kind-esol = ትምህርቲ ቋንቋ እንግሊዝ (ESOL)
coord-programme-kind-rhyme_time = ግዜ ግጥምታት ቆልዑ
coord-programme-kind-singing = ጉጅለ ደርፊ
coord-programme-kind-breastfeeding_support = ደገፍ ምጥባው
coord-programme-kind-advice = ምኽሪ ብዛዕባ ገንዘብ፡ ስራሕን ገዛን
coord-programme-kind-other = ካልእ ነገር
coord-field-for-pregnant = ንነፍሰ ጾራት ኣዴታት ክፉት
coord-field-baby-min = ዝነኣሰ ዕድመ ህጻን፡ ብኣዋርሕ
coord-field-baby-max = ዝዓበየ ዕድመ ህጻን፡ ብኣዋርሕ
coord-field-cost = ዋጋ ንነፍሲ ወከፍ ኣኼባ፡ ብፔንስ (0 ማለት ብነጻ)
coord-field-booking = ምምዝጋብ
coord-booking-booking = ኣቐዲሙ ምምዝጋብ የድሊ
coord-booking-drop_in = ብዘይ ምምዝጋብ ምምጻእ ይከኣል
coord-field-format = ከመይ ይካየድ
coord-format-course = ኮርስ፡ ኣዴታት ንሙሉእ እቲ ግዜ ትምህርቲ ይምዝገባ
coord-format-ongoing = ሰሙን ብሰሙን፡ መወዳእታ የብሉን
coord-english-words = ብእንግሊዝኛ
coord-field-title = ኣርእስቲ
coord-field-description = መግለጺ
coord-field-what-to-bring = እንታይ ሒዝኩም ትመጹ
coord-translations-title = ብካልኦት ቋንቋታት
coord-translations-intro = ናይቲ መደብ ጽሑፍ ብሓደ ቋንቋ ንምውሳኽ ወይ ንምቕያር፡ ነቲ ቋንቋ ምረጹ።
coord-field-language = ቋንቋ
coord-save-translation = ጽሑፍ ናይዚ ቋንቋ ምዕቃብ
# $count is how many languages the programme has words in.
coord-translation-count =
    { $count ->
        [one] ብ{ $count } ቋንቋ
       *[other] ብ{ $count } ቋንቋታት
    }

## Sessions

coord-session-new = ኣኼባ ምውሳኽ
coord-session-edit = ነዚ ኣኼባ ምቕያር
coord-field-programme = መደብ
coord-field-venue = ቦታ
coord-field-host = ኣካያዲ ኣኼባ
coord-field-frequency = ክንደይ ግዜ
coord-frequency-weekly = ኩሉ ሰሙን
coord-frequency-fortnightly = ኣብ ክልተ ሰሙን ሓንሳብ
coord-field-weekday = መዓልቲ
coord-field-start = ዝጅምረሉ ሰዓት
coord-field-end = ዝውድኣሉ ሰዓት
coord-field-starts-on = መጀመርታ መዓልቲ ናይቲ ግዜ ትምህርቲ
coord-field-ends-on = መወዳእታ መዓልቲ ናይቲ ግዜ ትምህርቲ
coord-field-ends-on-hint = ንዝቕጽል ኣኼባ ባዶ ግደፍዎ።
coord-field-capacity = ብዝሒ ቦታ
coord-field-capacity-hint = ደረት እንተዘይብሉ ባዶ ግደፍዎ።
coord-field-languages = ዝካየደሉ ቋንቋታት
coord-field-interpreter-languages = ተርጓሚ ወይ ክልተ ቋንቋ ዝኽእል ሓጋዚ ዝሽፍኖም ቋንቋታት
coord-field-cancelled = ዘይካየደሉ ዕለታት
coord-field-cancel-date = ካልእ ዘይካየደሉ ዕለት
coord-add-date = ነዚ ዕለት ምውሳኽ
coord-no-cancelled = ዝተሰረዘ ዕለት የለን።
coord-remove = ምእላይ
# $date is a date written as 2026-12-25.
coord-remove-date = { $date } ምእላይ
coord-session-words-title = ናይቲ ኣኼባ ናይ ባዕሉ ኣርእስቲ
coord-session-words-intro = ሓደ ኣኼባ ናይ ባዕሉ ኣርእስቲ ክህልዎ ይኽእል፡ ንኣብነት “ግዜ ግጥምታት ቆልዑ ብዓረብኛን እንግሊዝኛን”። ናይቲ መደብ ኣርእስቲ ንምጥቃም ባዶ ግደፍዎ።

## ዝርዝራት ካብ ካልኦት መምርሒታት (ፊድ Open Referral UK)

feeds-title = ዝርዝራት ካብ ካልኦት መምርሒታት
feeds-back = ናብ መምርሒ ተመለሲ
feeds-intro = PeriLink ካብ ካልእ ብOpen Referral UK ዝሕትም መምርሒ ኣኼባታት ክቐድሕ ይኽእል፣ ንኻልኣይ ግዜ ከይትጽሕፍዮም። ነፍሲ ወከፍ ፊድ መዓልታዊ የንብቦ። ኣብዚ ዝተቐድሐ ዝርዝር እንተ ቀይርኪ፣ ድሕሪኡ ዝመጽእ ለውጢ ፊድ ፍቓድኪ ይጽበ።
feeds-add-title = ፊድ ወስኺ
feeds-field-url = ኣድራሻ ፊድ
feeds-field-url-hint = ኣገልግሎታቱ ዝተዘርዘሩሉ ኣድራሻ፣ ንኣብነት https://example.org/openreferral
feeds-field-take = ኣየኖት ኣገልግሎታት ይቕድሑ
feeds-take-all = ኩሎም
feeds-take-taxonomy_term = ኣብ ሓደ ምድብ ዘለዉ
feeds-take-text = ገለ ቃላት ዝጠቕሱ
feeds-field-take-value = መለለዪ ምድብ፣ ወይ እቶም ቃላት
feeds-add = ፊድ ወስኺ
feeds-list-title = ፊድታትኪ
feeds-none = ክሳዕ ሕጂ ዝኾነ ፊድ ኣይወሰኽኪን።
feeds-counts = ዝርዝራት: { $services }። ንዓኺ ዝጽበዩ: { $waiting }። ኣብ ፊድ ዘይብሎም: { $gone }።
feeds-never-read = ገና ኣይተነበበን። ኣብ ውሽጢ ሓንቲ ደቒቕ ካብ ዝውሰኽ ይንበብ።
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = ናይ መወዳእታ ዝተነበበሉ { $when }።
feeds-run-done = ሓደስቲ: { $created }። ዝተሓደሱ: { $updated }። ንዓኺ ዝጽበዩ: { $waiting }። ኣብ ፊድ ዘይብሎም: { $gone }። ክቕድሑ ዘይተኻእሉ: { $skipped }።
feeds-problem-unreachable = ዋላ ሓንቲ ኣይተቐየረን። PeriLink ናብ ፊድ ክበጽሕ ኣይከኣለን፣ ወይ መልሲ ኣዝዩ ደንጒዩ። ኣድራሻ ፈትሺ።
feeds-problem-server-error = ዋላ ሓንቲ ኣይተቐየረን። ፊድ ብጌጋ መለሰ። ኣድራሻ ፈትሺ፣ ወይ ንዝቕጽል ንባብ ተጸበዪ።
feeds-problem-not-json = ዋላ ሓንቲ ኣይተቐየረን። እዚ ኣድራሻ ገጽ መርበብ እዩ ዝሰድድ፣ ፊድ ኣይኮነን። ኣድራሻ ፈትሺ።
feeds-problem-wrong-schema = ዋላ ሓንቲ ኣይተቐየረን። ፊድ ብቕርጺ Open Referral UK ሕታም 3 ኣይኮነን።
feeds-problem-endless-pages = ዋላ ሓንቲ ኣይተቐየረን። ገጻት ፊድ ኣይውድኡን። ነቲ ፊድ ዘካይድ ሰብ ሓብርዮ።
feeds-problem-too-big = ዋላ ሓንቲ ኣይተቐየረን። ፊድ PeriLink ክቐድሖ ኣዝዩ ዓቢ እዩ።
feeds-error-address-refused = PeriLink ካብ ህዝባዊ ኢንተርነት ጥራይ ፊድ የንብብ። እዚ ኣድራሻ ኣብ ብሕታዊ ወይ ከባቢያዊ መርበብ እዩ ዘሎ።
feeds-error-busy = እዚ ፊድ ሕጂ ይንበብ ኣሎ። ሓንቲ ደቒቕ ተጸበ፣ ድሕሪኡ እንደገና ረአ።
feeds-details = እንታይ ከም ዘጋጠመ፣ ብዝርዝር (ብእንግሊዝኛ)
feeds-read-now = ሕጂ ኣንብብዮ
feeds-reading = ይንበብ ኣሎ…
feeds-show-listings = ዝርዝራቱ
feeds-no-listings = ካብዚ ፊድ ክሳዕ ሕጂ ዋላ ሓደ ኣይተቐድሐን።
feeds-side-title = ኣርእስቲ
feeds-side-description = መግለጺ
feeds-side-mine = ናትኪ ሕጂ
feeds-side-theirs = ለውጢ ፊድ
feeds-approve = ለውጢ ፊድ ተጠቐሚ
feeds-reject = ናትኪ ሓዝዮ
feeds-waiting = ንዓኺ ይጽበ
feeds-gone = ኣብ ፊድ የለን
feeds-edited-here = ኣብዚ ተቐይሩ
feeds-duplicates-count = ድሮ ዘለዉኺ ዝርዝራት ይመስሉ፦ { $count }። ንምውሳን ዝርዝራት እቲ ምንጪ ክፈቲ።
feeds-duplicates-title = ነዚኦም ድሮ ትዝርዝርዮም ዲኺ?
feeds-duplicates-intro = እዞም ካብቲ ምንጪ ዝመጹ ኣኼባታት ድሮ ዝዘርዘርክዮም ኣኼባታት ይመስሉ፦ ሓደ ቦታ፣ ሓደ መዓልትን ሰዓትን፣ ተመሳሳሊ ስምን። ክሳዕ ትውስኒ ኣይቕዳሑን።
feeds-duplicate-mine = ናትኪ
feeds-duplicate-theirs = ናይቲ ምንጪ
feeds-duplicate-link = ሓደ እዩ — ኣተኣሳስሪዮም
feeds-duplicate-separate = ፍሉይ እዩ — ክልቲኦም ዘርዝሪ
feeds-error-decided = እዚ ድሮ ተወሲኑ እዩ። ዝርዝራት እቲ ምንጪ እንደገና ርኣዪ።

## A session's dates from a partner's calendar (.ics)

calendar-title = ዕለታት ካብ ዓውደ-ኣዋርሕ
calendar-intro = መሻርኽቲ፣ ከም ቤተ-መጻሕፍቲ ወይ ማእከል ቆልዑ፣ ዕለታት እዚ ኣኼባ ኣብ ዓውደ-ኣዋርሕ እንተሒዙ፣ PeriLink መዓልታዊ ካብኡ ክወስዶም ይኽእል። ዝተሰረዘ ፍጻመ ዕለቱ ይስርዝ፣ እተን ዝሓዛኦ ኣዴታት ድማ ይሕበራ።
calendar-url = ዕለታት ካብ ኣድራሻ ዓውደ-ኣዋርሕ (.ics) ውሰድ
calendar-words = እቶም ኣርእስቶም እዘን ቃላት ዘለዎም ፍጻመታት ጥራይ
calendar-words-hint = ኩሎም ፍጻመታት ናይቲ ዓውደ-ኣዋርሕ ንምውሳድ ባዶ ግደፎ።
calendar-save = ኣድራሻ ዓውደ-ኣዋርሕ ዓቅብ
calendar-read-now = ሕጂ ኣንብብ
calendar-never-read = ገና ኣይተነበበን። ኣብ ውሽጢ ሓደ ደቒቕ ድሕሪ ምዕቃቡ ይንበብ።
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = ናይ መወዳእታ ንባብ { $when }።
calendar-read-done = ዕለታት ኣብቲ ዝመጽእ ዓመት: { $dates }። ዝተወሰኹ: { $added }። ዝተሰረዙ: { $cancelled }። ዝተሓበራ ኣዴታት: { $told }።
calendar-problem-unreachable = ዋላ ሓንቲ ኣይተቐየረን። PeriLink ናብቲ ዓውደ-ኣዋርሕ ክበጽሕ ኣይከኣለን፣ ወይ መልሲ ኣዝዩ ደንጒዩ። ኣድራሻ ፈትሽ።
calendar-problem-server-error = ዋላ ሓንቲ ኣይተቐየረን። ኣድራሻ ዓውደ-ኣዋርሕ ብጌጋ መለሰ። ኣድራሻ ፈትሽ፣ ወይ ንዝቕጽል ንባብ ተጸበ።
calendar-problem-not-calendar = ዋላ ሓንቲ ኣይተቐየረን። እዚ ኣድራሻ PeriLink ከንብቦ ዝኽእል ዓውደ-ኣዋርሕ ኣይሰድድን። ኣድራሻ ፈትሽ።
calendar-problem-no-events = ዋላ ሓንቲ ኣይተቐየረን። እቲ ዓውደ-ኣዋርሕ ፍጻመታት የብሉን፣ ወይ ሓደ እኳ ኣብ ኣርእስቱ እዘን ቃላት የብሉን።
calendar-problem-too-big = ዋላ ሓንቲ ኣይተቐየረን። እቲ ዓውደ-ኣዋርሕ PeriLink ከንብቦ ኣዝዩ ዓቢ እዩ።
