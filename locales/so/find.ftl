# PeriLink interface text: Somali (so), a mother's own screens: finding sessions,
# a session's page, booking, making an account, and My sessions.
# Translated from the English source file (en/find.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - Words as in main.ftl and staff.ftl: "session" is "kulan" (plural "kulamo");
#   "book" is "ballanso"; "enrol" is "is-diiwaangeli"; "password" is "erayga
#   sirta ah". "Waiting list" is "liiska sugitaanka"; "calendar" is "kalandar".
# - Language names use "Af-" (Af-Carabi, Af-Ingiriisi), as staff.ftl does.
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Somali by the phone.
# - $price arrives written with a dot (3.50), so "£{ $price }" is kept.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = Fasallo Ingiriisi (ESOL)
kind-rhyme-time = Heesaha carruurta
kind-singing = Kooxaha heesaha
kind-breastfeeding-support = Taageerada naas-nuujinta
kind-advice = Talo ku saabsan lacagta iyo shaqada
kind-other = Kooxo kale

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] Af-Ingiriisi
        [ar] Af-Carabi
        [pl] Af-Boolish
        [pt] Af-Boortaqiis
        [ro] Af-Romaaniyaan
        [ckb] Af-Kurdi (Soraani)
        [fa] Af-Faarsi
        [ur] Af-Urduu
        [bn] Af-Bangaali
        [so] Af-Soomaali
        [ti] Af-Tigrinya
        [zh-Hans] Af-Shiinays
        [zh] Af-Shiinays
        [prs] Af-Dari
        [ps] Af-Bashtuu
        [kmr] Af-Kurdi (Kurmanji)
        [am] Af-Amxaari
        [tr] Af-Turki
        [fr] Af-Faransiis
        [es] Af-Isbaanish
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = Af-Ingiriisi: weli lama turjumin

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = Doorashooyinka raadinta
find-kind-label = Kulan noocee ah?
find-language-label = Luqaddee?
find-language-any = Luqad kasta
find-near-label = U dhow (koodhka boostada)
find-near-hint = Koodh boosto sida L8 1XF, ama qaybta hore oo keliya, sida L8.
find-radius-label = Masaafo intee le'eg?
# $km is a whole number of kilometres, in the list of distances.
find-radius = Ilaa { $km } km
find-search = Raadi
find-more-choices = Doorashooyin kale
find-free-only = Kulamada bilaashka ah oo keliya
find-time-label = Goorma maalinta?
find-time-morning = Subaxda
find-time-afternoon = Galabta
find-time-evening = Fiidka
find-results = Kulamada
find-loading = Kulamo ayaa la raadinayaa…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [one] Waxaan helnay { $count } kulan.
       *[other] Waxaan helnay { $count } kulan.
    }
find-empty = Ma jiro kulan ku habboon doorashooyinkaaga. Isku day masaafo ka weyn, luqad kale ama doorashooyin ka yar.
find-clear = Tirtir doorashooyinkayga
find-loosen = { $choice } ({ $count })
find-any-time = Wakti kasta oo maalinta
find-paid-too = Kulamada lacagta leh sidoo kale
find-any-kind = Kulan nooc kasta
find-anywhere = Meel kasta
# $place is what she typed in the postcode box.
find-error-unknown-place = Ma naqaanno meesha "{ $place }". Hubi koodhka boostada, ama isku day qaybta hore oo keliya, sida L8.
# $place is what she typed in the postcode box.
find-error-bad-place = "{ $place }" ma aha koodh boosto. Isku day koodh boosto sida L8 1XF, ama qaybta hore oo keliya, sida L8.
find-more = Tus kulamo kale
find-more-loading = Fadlan sug…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }, { $start } ilaa { $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }, { $town }
# $km is a distance such as 1.2.
find-distance = Masaafo: { $km } km
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = Turjumaan: { $language }
find-drop-in = Iska imow: ballan looma baahna
find-booking = Ballanso meel
find-course = Koorso: is-diiwaangeli toddobaad kasta
find-full = Waa buuxaa: waxaad geli kartaa liiska sugitaanka
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [one] { $count } meel ayaa hadhay
       *[other] { $count } meelood ayaa hadhay
    }
find-free = Bilaash
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = Kulanka lama helin
session-not-found = Ma aanu helin kulankan. Waxaa laga yaabaa inuu dhammaaday, ama macluumaadkiisa ayaa hadda la hubinayaa.
session-find-others = Raadi kulamo kale
session-booking = Ballansasho
session-drop-in = Ballan looma baahna. Iska kaalay!
session-course-intro = Tani waa koorso. Hal mar is-diiwaangeli, waxaadna yeelan doontaa meel toddobaad kasta.
session-book-intro = Dooro taariikh oo ballanso meeshaada.
session-course-full = Koorsadu waa buuxdaa. Waxaad geli kartaa liiska sugitaanka, waxaana kuu sheegi doonnaa marka meel bannaan timaaddo.
session-date-full = Taariikhdan waa buuxdaa. Waxaad geli kartaa liiska sugitaanka, waxaana kuu sheegi doonnaa marka meel bannaan timaaddo.
session-enrol = Is-diiwaangeli koorsada
session-book = Ballanso
session-join-waiting-list = Gal liiska sugitaanka
session-account-needed = Si aad u ballansato, waxaad u baahan tahay akoon bilaash ah. Kadib halkan ayaan kugu soo celin doonnaa.
session-booking-working = Meeshaada ayaa la ballansanayaa…
# $date is a day like "Tuesday 25 November".
session-booked = Meel ayaad ku leedahay: { $date }.
# $date is a day like "Tuesday 25 November".
session-already-booked = Horay ayaad meel ugu lahayd: { $date }.
session-enrolled = Waxaad is-diiwaangelisay koorsada. Halkaas ayaan isku arki doonnaa!
session-already-enrolled = Horay ayaad isugu diiwaangelisay koorsadan.
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [one] Waxaad ku jirtaa liiska sugitaanka. Adiga ayaa xiga.
       *[other] Waxaad ku jirtaa liiska sugitaanka. Lambarkaagu waa { $position }.
    }
session-see-my-sessions = Fiiri Kulamadayda
session-book-mothers-only = Hooyooyinka oo keliya ayaa meelo ku ballansan kara akoonkooda.
session-book-closed = Taariikhdan lama ballansan karo mar dambe. Fadlan dooro mid kale.
session-about = Kulankan ku saabsan
session-for-whom = Yaa loogu talagalay?
session-for-pregnant = Haweenka uurka leh
# $min and $max are ages in whole months.
session-for-babies = Hooyooyinka leh ilmo { $min } ilaa { $max } bilood jira
# $max is an age in whole months.
session-for-babies-up-to = Hooyooyinka leh ilmo ilaa { $max } bilood jira
# $min is an age in whole months.
session-for-babies-from = Hooyooyinka leh ilmo { $min } bilood jira ama ka weyn
session-for-everyone = Hooyo kasta waa lagu soo dhaweynayaa
session-bring = Waxa la keenayo
session-languages = Luqadaha
session-interpreter-note = Waxaa jooga turjumaan ama caawiye ku hadla luqadahan.
session-when = Goorma
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = { $weekday } kasta, { $start } ilaa { $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = Labadii toddobaadba mar, { $weekday }, { $start } ilaa { $end }
# $date is a day like "Tuesday 25 November".
session-until = Ilaa { $date }
session-next-dates = Taariikhaha soo socda
session-cancelled = Waa la joojiyay: maalintan kulan ma jiro
# Beside a date she has just booked.
session-date-yours = ✓ Meel ayaad leedahay
# Beside a date whose waiting list she has just joined.
session-date-waiting = Waxaad ku jirtaa liiska sugitaanka
session-add-to-calendar = Ku dar kalandarkayga
session-where = Halkee
session-access = Gelitaanka
session-step-free = Jaranjaro la'aan: ma jiraan jaranjarooyin
session-not-step-free = Jaranjaro ayaa jirta
session-buggy-space = Meel gaadhiga ilmaha la dhigo
session-no-buggy-space = Meel gaadhiga ilmaha la dhigo ma jirto
session-baby-change = Meel lagu beddelo xafaayadda ilmaha
session-no-baby-change = Meel xafaayadda ilmaha lagu beddelo ma jirto
session-breastfeeding-welcome = Naas-nuujinta waa la oggol yahay
session-breastfeeding-not-said = Halkan wax ka weydii naas-nuujinta
session-getting-there = Sida loo tago
session-map = Ka fiiri khariidadda
session-report-wrong = Macluumaadkan waa khalad
session-report-what = Maxaa khaldan?
session-report-reason-time = Maalinta ama waqtiga
session-report-reason-place = Goobta
session-report-reason-cancelled = Mar dambe lama qabto
session-report-reason-other = Wax kale
session-report-thanks = Waad ku mahadsan tahay inaad noo sheegtay. Waan hubin doonnaa kulankan.

## Make an account (sign up)

sign-up-title = Samee akoon bilaash ah
sign-up-intro = Akoon ayaad ku ballansan kartaa meelo, kuna arki kartaa kulamadaada.
sign-up-name = Magacaaga
sign-up-contact = Lambarka mobilka ama iimayl
sign-up-contact-hint = Kan ayaad ku soo geli doontaa. Cid kale ma siinno.
sign-up-language = Luqaddaada
sign-up-password = Dooro eray sir ah
# $count is the fewest characters a password may have.
sign-up-password-hint = Ugu yaraan { $count } xaraf, lambar ama calaamad.
sign-up-submit = Samee akoonkayga
sign-up-working = Akoonkaaga ayaa la samaynayaa…
sign-up-error-name = Fadlan qor magacaaga.
sign-up-error-contact = Fadlan qor lambarka mobilkaaga ama iimaylkaaga.
sign-up-error-phone = Lambarka mobilku uma eka mid sax ah. U qor sidan: 07700 900123.
sign-up-error-email = Iimaylku uma eka mid sax ah. Fadlan hubi.
sign-up-error-password = Erayga sirta ahi waa gaaban yahay. Fadlan isticmaal ugu yaraan 8 xaraf, lambar ama calaamad.
sign-up-error-invalid = Wax baan sax ahayn. Fadlan hubi waxaad qortay.
sign-up-have-account = Horay ma u leedahay akoon?
sign-up-continue = Sii wad
sign-up-code-sent = Fariin ayaan u dirnay { $contact }. Halkan ku qor koodhka 6 god ah ee ku jira. Haddii fariintu sheegto inaad akoon leedahay, fadlan gal.
sign-up-demo-code = Kani waa tijaabo, markaa fariin dhab ah lama diro. Koodhkaagu waa { $code }.
sign-up-change = Beddel faahfaahintayda
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = Ma ku cusub tahay { -brand-name }?
sign-in-make-account = Samee akoon bilaash ah
home-new-here = Ma hooyo baad tahay? Samee akoon bilaash ah si aad u ballansato kulamo.

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = Meelahaaga, koorsooyinkaaga iyo liisaska sugitaanka.
my-sign-in-needed = Soo gal, ama samee akoon bilaash ah, si aad u aragto kulamadaada.
my-empty = Weli waxba ma aadan ballansan.
my-find = Raadi kulan
my-status-booked = La ballansaday
my-status-enrolled = Ku diiwaangashan koorsada
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [one] Liiska sugitaanka: adiga ayaa xiga
       *[other] Liiska sugitaanka: lambar { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = Kan xiga: { $date }, { $start } ilaa { $end }
# When there is no date to show. $start and $end are times.
my-times = { $start } ilaa { $end }
my-cancel = Jooji ballankayga
my-leave-waiting = Ka bax liiska sugitaanka
my-cancel-confirm = Ma hubtaa? Qof kale ayaa qaadan kara meeshaada.
my-cancel-yes = Haa, jooji
my-cancel-no = Maya, hay
my-cancelled = Waa hagaag. Ballankaagii waa la joojiyay.
my-calendar-title = Kalandarkaaga
my-calendar-intro = Kulamadaada ku dar kalandarka taleefankaaga. Ballamaha cusubi iskood ayay halkaas uga muuqdaan.
my-calendar-get = Kulamadayda ku dar kalandarkayga
my-calendar-subscribe = Ka fur kalandarkayga
my-calendar-download = Soo deji faylka kalandarka

## My sessions: what she went to.
my-history-title = Kulamada aad tagtay
my-history-empty = Weli waxba halkan ma yaallaan. Markaad kulan tagto, halkan ayuu ka muuqan doonaa.
my-history-present = Waad tagtay
my-history-absent = Waad ka maqnayd
my-history-apologies = Waxaad sheegtay inaadan iman karin
