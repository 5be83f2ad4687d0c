# PeriLink interface text: Polish (pl), a mother's own screens: finding sessions,
# a session's page, booking, making an account, and My sessions.
# Translated from the English source file (en/find.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks to the mother informally ("ty", e.g. "Zarezerwuj").
#   Past-tense forms that show gender are avoided ("Masz miejsce", "Znaleziono").
# - "Session" is "zajęcia"; a single date of a session is "termin"; "book" is
#   "zarezerwować"; "enrol" is "zapisać się na kurs"; "waiting list" is "lista
#   oczekujących".
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Polish by the phone, such as "wtorek, 25 listopada" and "10:30". They are put
#   after a colon where a Polish preposition would need another case.
# - $price arrives written with a dot (3.50), so "£{ $price }" is kept.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = Lekcje angielskiego (ESOL)
kind-rhyme-time = Zajęcia z rymowankami
kind-singing = Grupy śpiewu
kind-breastfeeding-support = Wsparcie w karmieniu piersią
kind-advice = Porady: pieniądze i praca
kind-other = Inne grupy

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] Angielski
        [ar] Arabski
        [pl] Polski
        [pt] Portugalski
        [ro] Rumuński
        [ckb] Kurdyjski (sorani)
        [fa] Perski (farsi)
        [ur] Urdu
        [bn] Bengalski
        [so] Somalijski
        [ti] Tigrinia
        [zh-Hans] Chiński
        [zh] Chiński
        [prs] Dari
        [ps] Paszto
        [kmr] Kurdyjski (kurmandżi)
        [am] Amharski
        [tr] Turecki
        [fr] Francuski
        [es] Hiszpański
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = Po angielsku: jeszcze bez tłumaczenia

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = Opcje wyszukiwania
find-kind-label = Jakie zajęcia?
find-language-label = W jakim języku?
find-language-any = Dowolny język
find-near-label = W pobliżu (kod pocztowy)
find-near-hint = Kod pocztowy, np. L8 1XF, albo tylko jego pierwsza część, np. L8.
find-radius-label = Jak daleko?
# $km is a whole number of kilometres, in the list of distances.
find-radius = Do { $km } km
find-search = Szukaj
find-more-choices = Więcej opcji
find-free-only = Tylko bezpłatne zajęcia
find-time-label = O jakiej porze dnia?
find-time-morning = Rano
find-time-afternoon = Po południu
find-time-evening = Wieczorem
find-results = Zajęcia
find-loading = Szukanie zajęć…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [one] Znaleziono { $count } termin zajęć.
        [few] Znaleziono { $count } terminy zajęć.
        [many] Znaleziono { $count } terminów zajęć.
       *[other] Znaleziono { $count } terminu zajęć.
    }
find-empty = Żadne zajęcia nie pasują do Twoich wyborów. Wybierz większą odległość, inny język albo mniej opcji.
find-clear = Wyczyść moje wybory
find-loosen = { $choice } ({ $count })
find-any-time = O każdej porze dnia
find-paid-too = Także płatne zajęcia
find-any-kind = Zajęcia każdego rodzaju
find-anywhere = W dowolnym miejscu
# $place is what she typed in the postcode box.
find-error-unknown-place = Nie znamy miejsca „{ $place }”. Sprawdź kod pocztowy albo wpisz tylko jego pierwszą część, np. L8.
# $place is what she typed in the postcode box.
find-error-bad-place = „{ $place }” to nie jest kod pocztowy. Wpisz kod, np. L8 1XF, albo tylko jego pierwszą część, np. L8.
find-more = Pokaż więcej zajęć
find-more-loading = Ładowanie kolejnych…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }, { $start }–{ $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }, { $town }
# $km is a distance such as 1.2.
find-distance = { $km } km stąd
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = Tłumacz: { $language }
find-drop-in = Bez rezerwacji: możesz po prostu przyjść
find-booking = Zarezerwuj miejsce
find-course = Kurs: zapis na wszystkie tygodnie
find-full = Brak miejsc: możesz zapisać się na listę oczekujących
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [one] Zostało { $count } miejsce
        [few] Zostały { $count } miejsca
        [many] Zostało { $count } miejsc
       *[other] Zostało { $count } miejsca
    }
find-free = Bezpłatne
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = Nie znaleziono zajęć
session-not-found = Nie udało się znaleźć tych zajęć. Mogły się już skończyć albo ich dane są teraz sprawdzane.
session-find-others = Znajdź inne zajęcia
session-booking = Rezerwacja
session-drop-in = Nie trzeba rezerwować. Po prostu przyjdź!
session-course-intro = To jest kurs. Zapisz się raz, a będziesz mieć miejsce co tydzień.
session-book-intro = Wybierz termin i zarezerwuj miejsce.
session-course-full = Na kursie nie ma już miejsc. Możesz zapisać się na listę oczekujących. Damy Ci znać, gdy zwolni się miejsce.
session-date-full = W tym terminie nie ma już miejsc. Możesz zapisać się na listę oczekujących. Damy Ci znać, gdy zwolni się miejsce.
session-enrol = Zapisz się na kurs
session-book = Zarezerwuj
session-join-waiting-list = Zapisz się na listę oczekujących
session-account-needed = Aby zarezerwować miejsce, potrzebujesz bezpłatnego konta. Potem wrócisz tutaj.
session-booking-working = Rezerwowanie miejsca…
# $date is a day like "Tuesday 25 November".
session-booked = Masz miejsce. Termin: { $date }.
# $date is a day like "Tuesday 25 November".
session-already-booked = Masz już miejsce. Termin: { $date }.
session-enrolled = Masz miejsce na kursie. Do zobaczenia!
session-already-enrolled = Masz już miejsce na tym kursie.
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [one] Jesteś na liście oczekujących. Twoja kolej jest następna.
       *[other] Jesteś na liście oczekujących. Twój numer: { $position }.
    }
session-see-my-sessions = Zobacz Moje zajęcia
session-book-mothers-only = Miejsca mogą rezerwować tylko mamy, na swoim własnym koncie.
session-book-closed = Tego terminu nie można już zarezerwować. Wybierz inny.
session-about = O tych zajęciach
session-for-whom = Dla kogo?
session-for-pregnant = Kobiety w ciąży
# $min and $max are ages in whole months.
session-for-babies = Mamy z dziećmi w wieku od { $min } do { $max } miesięcy
# $max is an age in whole months.
session-for-babies-up-to = Mamy z dziećmi w wieku do { $max } miesięcy
# $min is an age in whole months.
session-for-babies-from = Mamy z dziećmi w wieku od { $min } miesięcy
session-for-everyone = Zapraszamy wszystkie mamy
session-bring = Co zabrać
session-languages = Języki
session-interpreter-note = Na zajęciach jest tłumacz albo osoba, która mówi w tych językach.
session-when = Kiedy
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = Co tydzień: { $weekday }, { $start }–{ $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = Co dwa tygodnie: { $weekday }, { $start }–{ $end }
# $date is a day like "Tuesday 25 November".
session-until = Ostatni termin: { $date }
session-next-dates = Najbliższe terminy
session-cancelled = Odwołane: tego dnia nie ma zajęć
# Beside a date she has just booked.
session-date-yours = ✓ Masz miejsce
# Beside a date whose waiting list she has just joined.
session-date-waiting = Jesteś na liście oczekujących
session-add-to-calendar = Dodaj do mojego kalendarza
session-where = Gdzie
session-access = Wejście do budynku
session-step-free = Bez schodów
session-not-step-free = Są schody
session-buggy-space = Jest miejsce na wózki
session-no-buggy-space = Nie ma miejsca na wózki
session-baby-change = Jest przewijak
session-no-baby-change = Nie ma przewijaka
session-breastfeeding-welcome = Można tu karmić piersią
session-breastfeeding-not-said = Zapytaj na miejscu o karmienie piersią
session-getting-there = Jak dojechać
session-map = Zobacz na mapie
session-report-wrong = Te informacje są błędne
session-report-what = Co jest nie tak?
session-report-reason-time = Dzień lub godzina
session-report-reason-place = Miejsce
session-report-reason-cancelled = Już się nie odbywa
session-report-reason-other = Coś innego
session-report-thanks = Dziękujemy za informację. Sprawdzimy te zajęcia.

## Make an account (sign up)

sign-up-title = Załóż bezpłatne konto
sign-up-intro = Z kontem możesz rezerwować miejsca i widzieć swoje zajęcia.
sign-up-name = Twoje imię
sign-up-contact = Numer komórki lub e-mail
sign-up-contact-hint = Tego użyjesz do logowania. Nikomu tego nie przekazujemy.
sign-up-language = Twój język
sign-up-password = Wymyśl hasło
# $count is the fewest characters a password may have.
sign-up-password-hint = Co najmniej { $count } znaków: litery, cyfry lub symbole.
sign-up-submit = Załóż konto
sign-up-working = Zakładanie konta…
sign-up-error-name = Wpisz swoje imię.
sign-up-error-contact = Wpisz numer komórki albo e-mail.
sign-up-error-phone = Ten numer komórki wygląda na błędny. Wpisz go tak: 07700 900123.
sign-up-error-email = Ten e-mail wygląda na błędny. Sprawdź go.
sign-up-error-password = Hasło jest za krótkie. Użyj co najmniej 8 znaków: liter, cyfr lub symboli.
sign-up-error-invalid = Coś się nie zgadza. Sprawdź, co jest wpisane.
sign-up-have-account = Masz już konto?
sign-up-continue = Dalej
sign-up-code-sent = Wysłaliśmy wiadomość na { $contact }. Wpisz tutaj 6-cyfrowy kod z tej wiadomości. Jeśli wiadomość mówi, że masz już konto, zaloguj się.
sign-up-demo-code = To wersja demonstracyjna, więc żadna wiadomość nie jest naprawdę wysyłana. Twój kod to { $code }.
sign-up-change = Zmień moje dane
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = Pierwszy raz w { -brand-name }?
sign-in-make-account = Załóż bezpłatne konto
home-new-here = Jesteś mamą? Załóż bezpłatne konto, aby rezerwować zajęcia.

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = Twoje rezerwacje, kursy i listy oczekujących.
my-sign-in-needed = Zaloguj się albo załóż bezpłatne konto, aby zobaczyć swoje zajęcia.
my-empty = Nie masz jeszcze żadnych rezerwacji.
my-find = Znajdź zajęcia
my-status-booked = Zarezerwowane
my-status-enrolled = Zapis na kurs
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [one] Lista oczekujących: Twoja kolej jest następna
       *[other] Lista oczekujących: numer { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = Następny termin: { $date }, { $start }–{ $end }
# When there is no date to show. $start and $end are times.
my-times = { $start }–{ $end }
my-cancel = Odwołaj moją rezerwację
my-leave-waiting = Wypisz się z listy oczekujących
my-cancel-confirm = Na pewno? Ktoś inny może zająć Twoje miejsce.
my-cancel-yes = Tak, odwołaj
my-cancel-no = Nie, zostaw
my-cancelled = Gotowe. Rezerwacja jest odwołana.
my-calendar-title = Twój kalendarz
my-calendar-intro = Dodaj swoje zajęcia do kalendarza w telefonie. Nowe rezerwacje same się tam pojawią.
my-calendar-get = Dodaj moje zajęcia do kalendarza
my-calendar-subscribe = Otwórz w moim kalendarzu
my-calendar-download = Pobierz plik kalendarza

## My sessions: what she went to.
my-history-title = Zajęcia, na których byłaś
my-history-empty = Na razie nic tu nie ma. Gdy pójdziesz na zajęcia, zobaczysz je tutaj.
my-history-present = Byłaś
my-history-absent = Nie było Cię
my-history-apologies = Dałaś znać, że nie możesz przyjść
