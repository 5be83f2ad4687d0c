# PeriLink interface text: Romanian (ro), a mother's own screens: finding
# activities, an activity's page, booking, making an account, and My activities.
# Translated from the English source file (en/find.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks politely ("dumneavoastră", e.g. "Rezervați").
#   Gendered forms are avoided ("V-ați înscris", "Prima dată pe ...").
# - "Session" is "activitate"; "book" is "a rezerva"; "enrol" is "a se înscrie
#   la curs"; "waiting list" is "lista de așteptare".
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Romanian by the phone, such as "marți, 25 noiembrie" and "10:30".
# - The plural rules the app uses put 101-119 under "other", where "de" would be
#   wrong, so "other" lines are worded to need no "de" (e.g. "Locuri rămase: 25").
# - $price arrives written with a dot (3.50), so "£{ $price }" is kept.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = Cursuri de engleză (ESOL)
kind-rhyme-time = Cântece și poezii pentru copii
kind-singing = Grupuri de cântat
kind-breastfeeding-support = Sprijin pentru alăptare
kind-advice = Sfaturi despre bani și muncă
kind-other = Alte grupuri

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] Engleză
        [ar] Arabă
        [pl] Poloneză
        [pt] Portugheză
        [ro] Română
        [ckb] Kurdă sorani
        [fa] Persană (farsi)
        [ur] Urdu
        [bn] Bengaleză
        [so] Somaleză
        [ti] Tigrină
        [zh-Hans] Chineză
        [zh] Chineză
        [prs] Dari
        [ps] Paștună
        [kmr] Kurdă kurmanji
        [am] Amharică
        [tr] Turcă
        [fr] Franceză
        [es] Spaniolă
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = În engleză: nu este tradus încă

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = Opțiuni de căutare
find-kind-label = Ce fel de activitate?
find-language-label = În ce limbă?
find-language-any = Orice limbă
find-near-label = Aproape de (cod poștal)
find-near-hint = Un cod poștal ca L8 1XF, sau doar prima parte, ca L8.
find-radius-label = Cât de departe?
# $km is a whole number of kilometres, in the list of distances.
find-radius = Până la { $km } km
find-search = Căutați
find-more-choices = Mai multe opțiuni
find-free-only = Doar activități gratuite
find-time-label = În ce parte a zilei?
find-time-morning = Dimineața
find-time-afternoon = După-amiaza
find-time-evening = Seara
find-results = Activități
find-loading = Căutăm activități…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [one] Am găsit { $count } activitate.
        [few] Am găsit { $count } activități.
       *[other] Activități găsite: { $count }.
    }
find-empty = Nicio activitate nu se potrivește cu alegerile dumneavoastră. Încercați o distanță mai mare, altă limbă sau mai puține opțiuni.
find-clear = Ștergeți alegerile mele
find-loosen = { $choice } ({ $count })
find-any-time = Orice parte a zilei
find-paid-too = Și activități cu plată
find-any-kind = Orice fel de activitate
find-anywhere = Oriunde
# $place is what she typed in the postcode box.
find-error-unknown-place = Nu cunoaștem locul „{ $place }”. Verificați codul poștal sau încercați doar prima parte, ca L8.
# $place is what she typed in the postcode box.
find-error-bad-place = „{ $place }” nu este un cod poștal. Încercați un cod poștal ca L8 1XF, sau doar prima parte, ca L8.
find-more = Arătați mai multe activități
find-more-loading = Se încarcă…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }, de la { $start } la { $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }, { $town }
# $km is a distance such as 1.2.
find-distance = La { $km } km distanță
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = Interpret: { $language }
find-drop-in = Fără rezervare: puteți veni direct
find-booking = Rezervați un loc
find-course = Curs: vă înscrieți pentru toate săptămânile
find-full = Nu mai sunt locuri: vă puteți înscrie pe lista de așteptare
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [one] A mai rămas { $count } loc
        [few] Au mai rămas { $count } locuri
       *[other] Locuri rămase: { $count }
    }
find-free = Gratuit
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = Activitatea nu a fost găsită
session-not-found = Nu am găsit această activitate. Poate s-a terminat sau datele ei sunt verificate acum.
session-find-others = Căutați alte activități
session-booking = Rezervare
session-drop-in = Nu trebuie să rezervați. Veniți pur și simplu!
session-course-intro = Acesta este un curs. Vă înscrieți o singură dată și aveți loc în fiecare săptămână.
session-book-intro = Alegeți o dată și rezervați-vă locul.
session-course-full = Cursul nu mai are locuri. Vă puteți înscrie pe lista de așteptare, iar noi vă anunțăm când se eliberează un loc.
session-date-full = La această dată nu mai sunt locuri. Vă puteți înscrie pe lista de așteptare, iar noi vă anunțăm când se eliberează un loc.
session-enrol = Înscrieți-vă la curs
session-book = Rezervați
session-join-waiting-list = Înscrieți-vă pe lista de așteptare
session-account-needed = Ca să rezervați, aveți nevoie de un cont gratuit. Apoi vă aducem înapoi aici.
session-booking-working = Vă rezervăm locul…
# $date is a day like "Tuesday 25 November".
session-booked = Aveți un loc: { $date }.
# $date is a day like "Tuesday 25 November".
session-already-booked = Aveți deja un loc: { $date }.
session-enrolled = V-ați înscris la curs. Ne vedem acolo!
session-already-enrolled = V-ați înscris deja la acest curs.
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [one] Sunteți pe lista de așteptare. Urmați la rând.
       *[other] Sunteți pe lista de așteptare, pe locul { $position }.
    }
session-see-my-sessions = Vedeți Activitățile mele
session-book-mothers-only = Doar mamele pot rezerva locuri, din propriul cont.
session-book-closed = Această dată nu mai poate fi rezervată. Vă rugăm să alegeți alta.
session-about = Despre această activitate
session-for-whom = Pentru cine este?
session-for-pregnant = Femei însărcinate
# $min and $max are ages in whole months.
session-for-babies = Mame cu bebeluși cu vârsta între { $min } și { $max } luni
# $max is an age in whole months.
session-for-babies-up-to = Mame cu bebeluși de până la { $max } luni
# $min is an age in whole months.
session-for-babies-from = Mame cu bebeluși de la { $min } luni în sus
session-for-everyone = Toate mamele sunt binevenite
session-bring = Ce să aduceți
session-languages = Limbi
session-interpreter-note = Este acolo un interpret sau cineva care vorbește aceste limbi.
session-when = Când
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = În fiecare { $weekday }, de la { $start } la { $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = O dată la două săptămâni, { $weekday }, de la { $start } la { $end }
# $date is a day like "Tuesday 25 November".
session-until = Până la { $date }
session-next-dates = Următoarele date
session-cancelled = Anulată: nu are loc în această zi
# Beside a date she has just booked.
session-date-yours = ✓ Aveți un loc
# Beside a date whose waiting list she has just joined.
session-date-waiting = Sunteți pe lista de așteptare
session-add-to-calendar = Adăugați în calendarul meu
session-where = Unde
session-access = Intrarea
session-step-free = Fără trepte: nu sunt scări
session-not-step-free = Sunt trepte
session-buggy-space = Loc pentru cărucioare
session-no-buggy-space = Nu este loc pentru cărucioare
session-baby-change = Loc de schimbat bebelușul
session-no-baby-change = Nu este loc de schimbat bebelușul
session-breastfeeding-welcome = Alăptarea este binevenită
session-breastfeeding-not-said = Întrebați aici despre alăptare
session-getting-there = Cum ajungeți
session-map = Vedeți pe hartă
session-report-wrong = Aceste informații sunt greșite
session-report-what = Ce nu este corect?
session-report-reason-time = Ziua sau ora
session-report-reason-place = Locul
session-report-reason-cancelled = Nu mai are loc
session-report-reason-other = Altceva
session-report-thanks = Vă mulțumim că ne-ați spus. Vom verifica această activitate.

## Make an account (sign up)

sign-up-title = Faceți-vă un cont gratuit
sign-up-intro = Cu un cont puteți rezerva locuri și vă puteți vedea activitățile.
sign-up-name = Numele dumneavoastră
sign-up-contact = Număr de mobil sau e-mail
sign-up-contact-hint = Cu acesta intrați în cont. Nu îl dăm nimănui.
sign-up-language = Limba dumneavoastră
sign-up-password = Alegeți o parolă
# $count is the fewest characters a password may have.
sign-up-password-hint = Cel puțin { $count } caractere: litere, cifre sau simboluri.
sign-up-submit = Creați-mi contul
sign-up-working = Vă creăm contul…
sign-up-error-name = Vă rugăm să vă scrieți numele.
sign-up-error-contact = Vă rugăm să scrieți numărul de mobil sau adresa de e-mail.
sign-up-error-phone = Numărul de mobil nu pare corect. Scrieți-l așa: 07700 900123.
sign-up-error-email = Adresa de e-mail nu pare corectă. Vă rugăm să o verificați.
sign-up-error-password = Parola este prea scurtă. Vă rugăm să folosiți cel puțin 8 litere, cifre sau simboluri.
sign-up-error-invalid = Ceva nu este în regulă. Vă rugăm să verificați ce ați scris.
sign-up-have-account = Aveți deja un cont?
sign-up-continue = Continuați
sign-up-code-sent = V-am trimis un mesaj la { $contact }. Scrieți aici codul de 6 cifre din el. Dacă mesajul spune că aveți deja un cont, vă rugăm să vă conectați.
sign-up-demo-code = Aceasta este varianta demonstrativă, deci niciun mesaj nu este trimis cu adevărat. Codul dvs. este { $code }.
sign-up-change = Schimb datele mele
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = Prima dată pe { -brand-name }?
sign-in-make-account = Faceți-vă un cont gratuit
home-new-here = Sunteți mamă? Faceți-vă un cont gratuit ca să rezervați activități.

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = Locurile rezervate, cursurile și listele de așteptare.
my-sign-in-needed = Intrați în cont sau faceți-vă un cont gratuit ca să vă vedeți activitățile.
my-empty = Încă nu ați rezervat nimic.
my-find = Căutați o activitate
my-status-booked = Rezervat
my-status-enrolled = Înscriere la curs
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [one] Lista de așteptare: urmați la rând
       *[other] Lista de așteptare: locul { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = Următoarea dată: { $date }, de la { $start } la { $end }
# When there is no date to show. $start and $end are times.
my-times = De la { $start } la { $end }
my-cancel = Anulați-mi locul
my-leave-waiting = Ieșiți de pe lista de așteptare
my-cancel-confirm = Sigur? Altcineva vă poate lua locul.
my-cancel-yes = Da, anulați
my-cancel-no = Nu, păstrați-l
my-cancelled = Gata. Locul dumneavoastră a fost anulat.
my-calendar-title = Calendarul dumneavoastră
my-calendar-intro = Puneți activitățile în calendarul telefonului. Rezervările noi apar acolo singure.
my-calendar-get = Adăugați activitățile mele în calendar
my-calendar-subscribe = Deschideți în calendarul meu
my-calendar-download = Descărcați fișierul calendarului

## My sessions: what she went to.
my-history-title = Activitățile la care ați fost
my-history-empty = Încă nu este nimic aici. După ce mergeți la o activitate, o veți vedea aici.
my-history-present = Ați fost
my-history-absent = Ați lipsit
my-history-apologies = Ați spus că nu puteți veni
