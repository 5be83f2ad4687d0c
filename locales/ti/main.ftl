# PeriLink interface text: Tigrinya (ti), Ge'ez script, translated from the
# English source (en).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - The text speaks to the reader with the respectful plural (-ኩም, ተጠቐሙ).
#   Buttons and titles use verbal nouns (ምእታው, ምድላይ). "Session" is
#   translated as ኣኼባ; "midwife" as መሕረሲት.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = ናብ ቀንዲ ትሕዝቶ ኪዱ
# The name screen readers give to the main menu.
nav-label = ቀንዲ ዝርዝር
nav-home = መበገሲ
nav-find = ኣኼባታት ምድላይ
nav-sign-in = ምእታው
nav-sign-out = ምውጻእ
# Label of the menu that changes the language of the whole app.
language-picker-label = ቋንቋ
language-picker-apply = ቀይር
footer-text = { -brand-name } ንኣዴታት ኣብ ጥቓአን ሕያዋይ ደገፍ ንኽረኽባ ይሕግዘን።
loading = ይጽዓን ኣሎ…

## Home page

home-title = ጉጅለታትን ሓገዝን ንኣዴታት፡ ብቋንቋኹም
home-intro = ኣብ ጥቓኹም ዘለዉ ትምህርቲ ቋንቋ እንግሊዝ፡ ግዜ ግጥምታት ቆልዑ፡ ጉጅለታት ደርፊ፡ ከምኡውን ደገፍ ምጥባው ድለዩ። ብዙሓት ካብኣቶም ብነጻ እዮም፡ ህጻንኩም ድማ ሒዝኩም ክትመጹ ትኽእሉ ኢኹም።
home-find-button = ኣብ ጥቓይ ዘሎ ኣኼባ ምድላይ
home-staff-title = ንመሕረሳት፡ ሰራሕተኛታት ርክብን ኣካየድቲ ኣኼባታትን
home-staff-intro = ሓንቲ ኣደ ንምልኣኽ፡ መዝገብ ተሳትፎ ንምሓዝ፡ ወይ ኣኼባታት ከመይ ይኸዱ ከም ዘለዉ ንምርኣይ እተዉ።
# $name is the signed-in person's name.
home-signed-in-as = ከም { $name } ኣቲኹም ኣለኹም
# $place is the name of a page, such as "My sessions".
home-continue = ናብ { $place } ኪዱ

## Roles, as the app names them to the person signed in

role-mother = ኣደ
role-referrer = መሕረሲት ወይ ሰራሕተኛ ርክብ
role-host = ኣካያዲ ኣኼባ
role-coordinator = ኣወሃሃዲ
role-admin = ኣመሓዳሪ

## Each role's starting page

start-mother = ኣኼባታተይ
start-referrer = ዝለኣኽክወን ኣዴታት
start-host = ናይ ሎሚ መዝገብ ተሳትፎ
start-coordinator = መደባትን ጸብጻባትን
start-admin = ሕሳባት
start-your-details = ሓበሬታኹም
start-detail-name = ስም
start-detail-role = ተራ
start-detail-job = ስራሕ
start-detail-organisation = ትካል
start-detail-email = ኢመይል

## Find page

find-title = ኣኼባ ምድላይ

## Sign in

sign-in-title = ምእታው
sign-in-intro = ናይ { -brand-name } ሕሳብኩም ኢመይልን መሕለፊ ቃልን ተጠቐሙ።
sign-in-email = ኢመይል
sign-in-password = መሕለፊ ቃል
sign-in-show-password = መሕለፊ ቃል ምርኣይ
sign-in-submit = ምእታው
sign-in-working = ይኣቱ ኣሎ…
sign-in-error-credentials = እቲ ኢመይል ወይ መሕለፊ ቃል ልክዕ ኣይኮነን። በጃኹም እንደገና ፈትኑ።
# $minutes is a whole number of minutes.
sign-in-error-throttled =
    { $minutes ->
        [one] ብዙሕ ፈተነታት ተገይሩ። በጃኹም { $minutes } ደቒቕ ተጸበዩ እሞ እንደገና ፈትኑ።
       *[other] ብዙሕ ፈተነታት ተገይሩ። በጃኹም { $minutes } ደቓይቕ ተጸበዩ እሞ እንደገና ፈትኑ።
    }
sign-in-error-missing = በጃኹም ኢመይልኩምን መሕለፊ ቃልኩምን ኣእትዉ።
sign-in-needed = ነዚ ገጽ ንምርኣይ በጃኹም እተዉ።
signed-out = ወጺእኩም ኣለኹም።

## Errors

error-network = ናብ { -brand-name } ክንበጽሕ ኣይከኣልናን። ኢንተርነትኩም ከም ዝሰርሕ ኣረጋግጹ እሞ እንደገና ፈትኑ።
error-generic = ገለ ጌጋ ኣጋጢሙ። በጃኹም እንደገና ፈትኑ።
error-forbidden = ሕሳብኩም ነዚ ገጽ ክኸፍቶ ኣይክእልን እዩ።
not-found-title = ገጽ ኣይተረኽበን
not-found-text = ነቲ ገጽ ክንረኽቦ ኣይከኣልናን።
not-found-home = ናብ መበገሲ ገጽ ኪዱ

## On every page: the menu's account links, and the demo's notice.
demo-banner = እዚ ብዘይሓቀኛታት ሰባት ዝተሰርሐ ፈተነ እዩ። ናይ ፈተነ ሕሳባት ክልተ ደረጃ ምእታው ኣየድልዮምን፤ ሓቀኛታት ሕሳባት ሰራሕተኛታት ግን የድልዮም።
nav-account = ሕሳበይ
nav-people = ሰባት
nav-my-sessions = ኣኼባታተይ
nav-check-in = ምርመራ ደሓንነት
nav-admin = ሕሳባት
nav-my-referrals = ዝለኣኽክወን ኣዴታት
nav-register = መዝገባት ተሳትፎ
nav-incoming = ዝተለኣኻ ኣዴታት
nav-directory = ዝርዝር ኣገልግሎታት
nav-alerts = መጠንቀቕታታት ድሕንነት
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = ሰኑይ|ሰሉስ|ረቡዕ|ሓሙስ|ዓርቢ|ቀዳም|ሰንበት
date-months = ጥሪ|ለካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰነ|ሓምለ|ነሓሰ|መስከረም|ጥቅምቲ|ሕዳር|ታሕሳስ
date-long = { $weekday } { $day } { $month }
checkin-title = ከመይ ይስመዓኩም ኣሎ?
checkin-intro = ብዛዕባ ዝሓለፉ ክልተ ሰሙናት ውሱናት ብሕታዊ ሕቶታት። መልስታት ንስኽን እቶም ዝከናኸኑኽን ጥራይ ትርእይዎ።
checkin-start = ጀምሩ

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = ሓበሬታ ኣዴታት ቅድሚ ምርኣይኩም ክልተ ደረጃ ምእታው ኣዳልዉ።
error-totp-required = በጃኹም ብኮድ ናይ ምርግጋጽ ኤፕ እንደገና እተዉ።
error-account-inactive = እዚ ሕሳብ ተዓጽዩ እዩ። ጌጋ እዩ እንተመሲሉኩም ንኣወሃሃዲኹም ሕተቱ።

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = ቀልጢፍኪ ውጺ
quick-exit-hint = ወይ ክልተ ግዜ Esc ጠውቒ
neutral-name-diary = መዝገብ ህጻን
neutral-name-notes = መዘኻኸሪ
lock-title = PIN ኣእትዊ
lock-intro = እዚ ኣፕ ኣብዚ ተሌፎን ተዓጽዩ ኣሎ። ንምኽፋቱ PIN ኣእትዊ።
lock-pin-label = PIN (ካብ 4 ክሳብ 6 ቁጽሪ)
lock-open = ክፈቲ
lock-not-a-pin = PIN ካብ 4 ክሳብ 6 ቁጽሪ እዩ።
lock-wrong = ጌጋ PIN። ቅድሚ ካብ ኣካውንት ምውጻእኪ ዝተረፈ ፈተነ: { $left }
lock-forgot = PIN ረሲዕኪ? ውጺ፡ ድሕሪኡ ብመሕለፊ ቃልኪ ወይ ብኮድ ተመሊስኪ እቶ።
contact-channel-text = ናይ ጽሑፍ መልእኽቲ
contact-channel-email = ኢመይል
contact-channel-call = ናይ ተሌፎን ጻውዒት
error-wording-not-installed = እዚ መሕትት ብዚ ቋንቋ ኣይርከብን እዩ። በጃኹም ካልእ ምረጹ።
