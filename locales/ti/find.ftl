# PeriLink interface text: Tigrinya (ti), Ge'ez script, a mother's own screens:
# finding sessions, a session's page, booking, making an account, and My
# sessions, translated from the English source (en/find.ftl).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - As in main.ftl, the text speaks to the reader with the respectful plural
#   (-ኩም, ምረጹ), and buttons and titles use verbal nouns (ምድላይ, ምምዝጋብ).
#   Words as in main.ftl and staff.ftl: "session" ኣኼባ, "booking" ምምዝጋብ,
#   "free" ብነጻ, "account" ሕሳብ, "rhyme time" ግዜ ግጥምታት ቆልዑ. New here:
#   "course" ኮርስ, "enrol" ኣብ ኮርስ ምምዝጋብ, "a place" ቦታ, "waiting list"
#   ዝርዝር ተጸበይቲ, "interpreter" ተርጓሚ, "calendar" ዓውደ ኣዋርሕ.
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Tigrinya by the phone, such as "ሰሉስ 25 ሕዳር" and "10:30".
# - Tigrinya's [one] form is also used for 0, so it keeps { $count } rather
#   than "1".

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = ትምህርቲ ቋንቋ እንግሊዝ (ESOL)
kind-rhyme-time = ግዜ ግጥምታት ቆልዑ
kind-singing = ጉጅለታት ደርፊ
kind-breastfeeding-support = ደገፍ ምጥባው
kind-advice = ምኽሪ ብዛዕባ ገንዘብን ስራሕን
kind-other = ካልኦት ጉጅለታት

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] እንግሊዝኛ
        [ar] ዓረብኛ
        [pl] ፖሎንኛ
        [pt] ፖርቱጋልኛ
        [ro] ሩማንኛ
        [ckb] ኩርድኛ (ሶራኒ)
        [fa] ፋርስኛ
        [ur] ኡርዱ
        [bn] ቤንጋልኛ
        [so] ሶማልኛ
        [ti] ትግርኛ
        [zh-Hans] ቻይንኛ
        [zh] ቻይንኛ
        [prs] ዳሪ
        [ps] ፓሽቶ
        [kmr] ኩርድኛ (ኩርማንጂ)
        [am] ኣምሓርኛ
        [tr] ቱርክኛ
        [fr] ፈረንሳይኛ
        [es] ስጳንኛ
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = ብእንግሊዝኛ፡ ገና ኣይተተርጎመን

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = ምርጫታት ምድላይ
find-kind-label = እንታይ ዓይነት ኣኼባ?
find-language-label = ብኣየናይ ቋንቋ?
find-language-any = ዝኾነ ቋንቋ
find-near-label = ኣብ ጥቓ (ፖስትኮድ)
find-near-hint = ከም L8 1XF ዝኣመሰለ ፖስትኮድ፡ ወይ ቀዳማይ ክፋሉ ጥራይ፡ ከም L8።
find-radius-label = ክንደይ ዝርሕቕ?
# $km is a whole number of kilometres, in the list of distances.
find-radius = ኣብ ውሽጢ { $km } ኪ.ሜ.
find-search = ምድላይ
find-more-choices = ተወሳኺ ምርጫታት
find-free-only = ብነጻ ዝኾኑ ኣኼባታት ጥራይ
find-time-label = ኣብ ኣየናይ ግዜ መዓልቲ?
find-time-morning = ንግሆ
find-time-afternoon = ድሕሪ ቀትሪ
find-time-evening = ምሸት
find-results = ኣኼባታት
find-loading = ኣኼባታት ይድለ ኣሎ…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [one] { $count } ኣኼባ ረኺብና።
       *[other] { $count } ኣኼባታት ረኺብና።
    }
find-empty = ምስ ምርጫታትኩም ዝሰማማዕ ኣኼባ የለን። ዝዓበየ ርሕቀት፡ ካልእ ቋንቋ ወይ ውሑድ ምርጫታት ፈትኑ።
find-clear = ምርጫታተይ ምእላይ
find-loosen = { $choice } ({ $count })
find-any-time = ዝኾነ ግዜ መዓልቲ
find-paid-too = ብኽፍሊት ዝኾኑ ኣኼባታት እውን
find-any-kind = ዝኾነ ዓይነት ኣኼባ
find-anywhere = ኣብ ዝኾነ ቦታ
# $place is what she typed in the postcode box.
find-error-unknown-place = ነቲ “{ $place }” ዝበሃል ቦታ ኣይንፈልጦን። ነቲ ፖስትኮድ ኣረጋግጹ፡ ወይ ቀዳማይ ክፋሉ ጥራይ ፈትኑ፡ ከም L8።
# $place is what she typed in the postcode box.
find-error-bad-place = “{ $place }” ፖስትኮድ ኣይኮነን። ከም L8 1XF ዝኣመሰለ ፖስትኮድ፡ ወይ ቀዳማይ ክፋሉ ጥራይ፡ ከም L8፡ ፈትኑ።
find-more = ተወሳኺ ኣኼባታት ምርኣይ
find-more-loading = ተወሳኺ ይጽዓን ኣሎ…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }፡ { $start } ክሳብ { $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }፡ { $town }
# $km is a distance such as 1.2.
find-distance = { $km } ኪ.ሜ. ይርሕቕ
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = ተርጓሚ፡ { $language }
find-drop-in = ብዘይ ምምዝጋብ ምምጻእ ይከኣል
find-booking = ኣቐዲሙ ምምዝጋብ የድሊ
find-course = ኮርስ፡ ንኩሉ ሰሙን ተመዝገቡ
find-full = መሊኡ፡ ኣብ ዝርዝር ተጸበይቲ ክትኣትዉ ትኽእሉ ኢኹም
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [one] { $count } ቦታ ተሪፉ
       *[other] { $count } ቦታታት ተሪፎም
    }
find-free = ብነጻ
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = ኣኼባ ኣይተረኽበን
session-not-found = ነዚ ኣኼባ ክንረኽቦ ኣይከኣልናን። ተወዲኡ ክኸውን ይኽእል፡ ወይ ሓበሬታኡ ይረጋገጽ ኣሎ።
session-find-others = ካልኦት ኣኼባታት ምድላይ
session-booking = ምምዝጋብ
session-drop-in = ምምዝጋብ ኣየድልን። ብቐጥታ ንዑ!
session-course-intro = እዚ ኮርስ እዩ። ሓንሳብ ተመዝገቡ፡ ሽዑ ኩሉ ሰሙን ቦታ ኣለኩም።
session-book-intro = ዕለት ምረጹ እሞ ቦታኹም ተመዝገቡ።
session-course-full = እቲ ኮርስ መሊኡ እዩ። ኣብ ዝርዝር ተጸበይቲ ክትኣትዉ ትኽእሉ ኢኹም፡ ቦታ ምስ ተረኽበ ድማ ክንሕብረኩም ኢና።
session-date-full = እዚ ዕለት መሊኡ እዩ። ኣብ ዝርዝር ተጸበይቲ ክትኣትዉ ትኽእሉ ኢኹም፡ ቦታ ምስ ተረኽበ ድማ ክንሕብረኩም ኢና።
session-enrol = ኣብቲ ኮርስ ምምዝጋብ
session-book = ምምዝጋብ
session-join-waiting-list = ኣብ ዝርዝር ተጸበይቲ ምእታው
session-account-needed = ንምምዝጋብ ናይ ነጻ ሕሳብ የድልየኩም። ድሕሪኡ ናብዚ ክንመልሰኩም ኢና።
session-booking-working = ቦታኹም ይምዝገብ ኣሎ…
# $date is a day like "Tuesday 25 November".
session-booked = ኣብ { $date } ቦታ ኣለኩም።
# $date is a day like "Tuesday 25 November".
session-already-booked = ኣብ { $date } ድሮ ቦታ ኣለኩም።
session-enrolled = ኣብቲ ኮርስ ተመዝጊብኩም ኣለኹም። ኣብኡ ክንራኸብ ኢና!
session-already-enrolled = ኣብዚ ኮርስ ድሮ ተመዝጊብኩም ኣለኹም።
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [one] ኣብ ዝርዝር ተጸበይቲ ኣለኹም። ዝቕጽል ተራ ናትኩም እዩ።
       *[other] ኣብ ዝርዝር ተጸበይቲ ኣለኹም። ቁጽሪ { $position } ኢኹም።
    }
session-see-my-sessions = ኣኼባታተይ ምርኣይ
session-book-mothers-only = ብናተን ሕሳብ ቦታ ክምዝግባ ዝኽእላ ኣዴታት ጥራይ እየን።
session-book-closed = ነዚ ዕለት ደጊም ምምዝጋብ ኣይከኣልን። በጃኹም ካልእ ዕለት ምረጹ።
session-about = ብዛዕባ እዚ ኣኼባ
session-for-whom = ንመን እዩ?
session-for-pregnant = ነፍሰ ጾራት
# $min and $max are ages in whole months.
session-for-babies = ኣዴታት ምስ ህጻናት፡ ካብ { $min } ክሳብ { $max } ወርሒ ዕድመ
# $max is an age in whole months.
session-for-babies-up-to = ኣዴታት ምስ ህጻናት፡ ክሳብ { $max } ወርሒ ዕድመ
# $min is an age in whole months.
session-for-babies-from = ኣዴታት ምስ ህጻናት፡ ካብ { $min } ወርሒ ዕድመ ንላዕሊ
session-for-everyone = ኩለን ኣዴታት ክመጻ ይኽእላ
session-bring = እንታይ ሒዝኩም ትመጹ
session-languages = ቋንቋታት
session-interpreter-note = ነዞም ቋንቋታት ዝዛረብ ተርጓሚ ወይ ሓጋዚ ኣብኡ ኣሎ።
session-when = መዓስ
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = ኩሉ { $weekday }፡ { $start } ክሳብ { $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = ኣብ ክልተ ሰሙን ሓንሳብ፡ { $weekday }፡ { $start } ክሳብ { $end }
# $date is a day like "Tuesday 25 November".
session-until = ክሳብ { $date }
session-next-dates = ዝመጽእ ዕለታት
session-cancelled = ተሰሪዙ፡ በዛ መዓልቲ ኣኼባ የለን
# Beside a date she has just booked.
session-date-yours = ✓ ቦታ ኣለኩም
# Beside a date whose waiting list she has just joined.
session-date-waiting = ኣብ ዝርዝር ተጸበይቲ ኣለኹም
session-add-to-calendar = ናብ ዓውደ ኣዋርሕይ ምውሳኽ
session-where = ኣበይ
session-access = ምእታው
session-step-free = መእተዊ ብዘይ መሳልል
session-not-step-free = መሳልል ኣሎ
session-buggy-space = ቦታ ንዓረብያ ቆልዑ ኣሎ
session-no-buggy-space = ቦታ ንዓረብያ ቆልዑ የለን
session-baby-change = መቐየሪ ዳይፐር ህጻን ኣሎ
session-no-baby-change = መቐየሪ ዳይፐር ህጻን የለን
session-breastfeeding-welcome = ምጥባው ይፍቀድ
session-breastfeeding-not-said = ብዛዕባ ምጥባው ኣብኡ ሕተቱ
session-getting-there = ከመይ ትበጽሑ
session-map = ኣብ ካርታ ምርኣይ
session-report-wrong = እዚ ሓበሬታ ጌጋ እዩ
session-report-what = እንታይ እዩ ግጉይ?
session-report-reason-time = መዓልቲ ወይ ሰዓት
session-report-reason-place = ቦታ
session-report-reason-cancelled = ድሕሪ ሕጂ ኣይካየድን እዩ
session-report-reason-other = ካልእ ነገር
session-report-thanks = ስለ ዝሓበርኩምና የቐንየልና። ነዚ ኣኼባ ክነረጋግጾ ኢና።

## Make an account (sign up)

sign-up-title = ናይ ነጻ ሕሳብ ምኽፋት
sign-up-intro = ሕሳብ እንተሃልዩኩም፡ ቦታ ክትምዝገቡን ኣኼባታትኩም ክትርእዩን ትኽእሉ ኢኹም።
sign-up-name = ስምኩም
sign-up-contact = ቁጽሪ ሞባይል ወይ ኢመይል
sign-up-contact-hint = በዚ ኢኹም ትኣትዉ። ንካልእ ሰብ ኣይንህቦን ኢና።
sign-up-language = ቋንቋኹም
sign-up-password = መሕለፊ ቃል ምረጹ
# $count is the fewest characters a password may have.
sign-up-password-hint = እንተወሓደ { $count } ፊደላት፡ ቁጽርታት ወይ ምልክታት።
sign-up-submit = ሕሳበይ ምኽፋት
sign-up-working = ሕሳብኩም ይኽፈት ኣሎ…
sign-up-error-name = በጃኹም ስምኩም ጽሓፉ።
sign-up-error-contact = በጃኹም ቁጽሪ ሞባይልኩም ወይ ኢመይልኩም ጽሓፉ።
sign-up-error-phone = እቲ ቁጽሪ ሞባይል ልክዕ ኣይመስልን። ከምዚ ጽሓፍዎ፡ 07700 900123።
sign-up-error-email = እቲ ኢመይል ልክዕ ኣይመስልን። በጃኹም ኣረጋግጽዎ።
sign-up-error-password = መሕለፊ ቃልኩም ኣዝዩ ሓጺር እዩ። በጃኹም እንተወሓደ 8 ፊደላት፡ ቁጽርታት ወይ ምልክታት ተጠቐሙ።
sign-up-error-invalid = ገለ ነገር ልክዕ ኣይኮነን። ዝጸሓፍኩምዎ ኣረጋግጹ።
sign-up-have-account = ድሮ ሕሳብ ኣለኩም ድዩ?
sign-up-continue = ምቕጻል
sign-up-code-sent = ናብ { $contact } መልእኽቲ ልኢኽና። ነቲ ኣብኡ ዘሎ 6 ኣሃዛት ዘለዎ ኮድ ኣብዚ ጽሓፍዮ። እቲ መልእኽቲ ሕሳብ ከም ዘለኪ እንተ ኢሉ፡ በጃኺ እተዊ።
sign-up-demo-code = እዚ ፈተነ እዩ፡ ስለዚ ብሓቂ ዝለኣኽ መልእኽቲ የለን። ኮድኪ { $code } እዩ።
sign-up-change = ዝርዝራተይ ቀይር
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = ኣብ { -brand-name } ሓድሽ ዲኹም?
sign-in-make-account = ናይ ነጻ ሕሳብ ምኽፋት
home-new-here = ኣደ ዲኹም? ኣኼባታት ንምምዝጋብ ናይ ነጻ ሕሳብ ክፈቱ።

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = ዝተመዝገብኩምሎም ቦታታት፡ ኮርሳትን ዝርዝራት ተጸበይትን።
my-sign-in-needed = ኣኼባታትኩም ንምርኣይ እተዉ፡ ወይ ናይ ነጻ ሕሳብ ክፈቱ።
my-empty = ክሳብ ሕጂ ንዝኾነ ነገር ኣይተመዝገብኩምን።
my-find = ኣኼባ ምድላይ
my-status-booked = ተመዝጊቡ
my-status-enrolled = ኣብቲ ኮርስ ተመዝጊቡ
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [one] ዝርዝር ተጸበይቲ፡ ዝቕጽል ተራ ናትኩም እዩ
       *[other] ዝርዝር ተጸበይቲ፡ ቁጽሪ { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = ዝቕጽል፡ { $date }፡ { $start } ክሳብ { $end }
# When there is no date to show. $start and $end are times.
my-times = { $start } ክሳብ { $end }
my-cancel = ቦታይ ምስራዝ
my-leave-waiting = ካብ ዝርዝር ተጸበይቲ ምውጻእ
my-cancel-confirm = ርግጸኛ ዲኹም? ካልእ ሰብ ቦታኹም ክወስዶ ይኽእል እዩ።
my-cancel-yes = እወ፡ ምስራዝ
my-cancel-no = ኣይፋል፡ ይጽናሕ
my-cancelled = ተወዲኡ። ቦታኹም ተሰሪዙ።
my-calendar-title = ዓውደ ኣዋርሕኩም
my-calendar-intro = ኣኼባታትኩም ኣብ ዓውደ ኣዋርሕ ስልክኹም ኣእትውዎም። ሓደስቲ ምምዝጋባት ባዕሎም ኣብኡ ይርከቡ።
my-calendar-get = ኣኼባታተይ ናብ ዓውደ ኣዋርሕይ ምውሳኽ
my-calendar-subscribe = ኣብ ዓውደ ኣዋርሕይ ምኽፋት
my-calendar-download = ፋይል ዓውደ ኣዋርሕ ምውራድ

## My sessions: what she went to.
my-history-title = ዝኸድኩምሎም ኣኼባታት
my-history-empty = ክሳብ ሕጂ ኣብዚ ዋላ ሓደ የለን። ናብ ኣኼባ ምስ ከድኩም፡ ኣብዚ ክርአ እዩ።
my-history-present = ከይድኩም
my-history-absent = ኣይመጻእኩምን
my-history-apologies = ክትመጹ ከም ዘይትኽእሉ ሓቢርኩም
