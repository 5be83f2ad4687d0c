# PeriLink interface text: Polish (pl).
# Translated from the English source file (en/main.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - The app speaks to the user informally ("ty", e.g. "Zaloguj się"), as most
#   Polish apps and websites do. Past-tense forms that show gender are avoided.
# - "Link worker" is translated as "pracownik środowiskowy" (community worker).
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = Przejdź do głównej treści
# The name screen readers give to the main menu.
nav-label = Menu główne
nav-home = Strona główna
nav-find = Znajdź zajęcia
nav-sign-in = Zaloguj się
nav-sign-out = Wyloguj się
# Label of the menu that changes the language of the whole app.
language-picker-label = Język
language-picker-apply = Zmień
footer-text = { -brand-name } pomaga mamom znaleźć życzliwe wsparcie w pobliżu.
loading = Ładowanie…

## Home page

home-title = Grupy i pomoc dla mam w Twoim języku
home-intro = Znajdź w pobliżu lekcje angielskiego, zajęcia z rymowankami, grupy śpiewu i wsparcie w karmieniu piersią. Wiele z nich jest bezpłatnych i możesz przyjść z dzieckiem.
home-find-button = Znajdź zajęcia blisko mnie
home-staff-title = Dla położnych, pracowników środowiskowych i osób prowadzących zajęcia
home-staff-intro = Zaloguj się, aby skierować mamę na zajęcia, sprawdzić listę obecności lub zobaczyć, jak idą zajęcia.
# $name is the signed-in person's name.
home-signed-in-as = Zalogowano jako { $name }
# $place is the name of a page, such as "My sessions".
home-continue = Przejdź do: { $place }

## Roles, as the app names them to the person signed in

role-mother = Mama
role-referrer = Położna lub pracownik środowiskowy
role-host = Osoba prowadząca zajęcia
role-coordinator = Koordynator
role-admin = Administrator

## Each role's starting page

start-mother = Moje zajęcia
start-referrer = Moje skierowania
start-host = Dzisiejsze listy obecności
start-coordinator = Programy i raporty
start-admin = Konta
start-your-details = Twoje dane
start-detail-name = Imię i nazwisko
start-detail-role = Rola
start-detail-job = Stanowisko
start-detail-organisation = Organizacja
start-detail-email = E-mail

## Find page

find-title = Znajdź zajęcia

## Sign in

sign-in-title = Logowanie
sign-in-intro = Wpisz e-mail i hasło do swojego konta { -brand-name }.
sign-in-email = E-mail
sign-in-password = Hasło
sign-in-show-password = Pokaż hasło
sign-in-submit = Zaloguj się
sign-in-working = Logowanie…
sign-in-error-credentials = Nieprawidłowy e-mail lub hasło. Spróbuj jeszcze raz.
# $minutes is a whole number of minutes.
sign-in-error-throttled =
    { $minutes ->
        [one] Za dużo prób. Poczekaj { $minutes } minutę i spróbuj jeszcze raz.
        [few] Za dużo prób. Poczekaj { $minutes } minuty i spróbuj jeszcze raz.
        [many] Za dużo prób. Poczekaj { $minutes } minut i spróbuj jeszcze raz.
       *[other] Za dużo prób. Poczekaj { $minutes } minuty i spróbuj jeszcze raz.
    }
sign-in-error-missing = Wpisz swój e-mail i hasło.
sign-in-needed = Zaloguj się, aby zobaczyć tę stronę.
signed-out = Wylogowano.

## Errors

error-network = Nie udało się połączyć z serwisem { -brand-name }. Sprawdź internet i spróbuj jeszcze raz.
error-generic = Coś poszło nie tak. Spróbuj jeszcze raz.
error-forbidden = Twoje konto nie ma dostępu do tej strony.
not-found-title = Nie znaleziono strony
not-found-text = Nie udało się znaleźć tej strony.
not-found-home = Przejdź do strony głównej

## On every page: the menu's account links, and the demo's notice.
demo-banner = To jest wersja demonstracyjna z wymyślonymi osobami. Konta demonstracyjne nie wymagają logowania dwuetapowego; prawdziwe konta pracowników tak.
nav-account = Moje konto
nav-people = Osoby
nav-my-sessions = Moje zajęcia
nav-check-in = Samopoczucie
nav-admin = Konta
nav-my-referrals = Moje skierowania
nav-register = Listy obecności
nav-incoming = Skierowania
nav-directory = Katalog
nav-alerts = Alerty bezpieczeństwa
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela
date-months = stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia
date-long = { $weekday }, { $day } { $month }
checkin-title = Jak się czujesz?
checkin-intro = Kilka prywatnych pytań o ostatnie dwa tygodnie. Odpowiedzi widzisz tylko Ty i osoby, które się Tobą opiekują.
checkin-start = Zacznij

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = Włącz logowanie dwuetapowe, aby zobaczyć dane matek.
error-totp-required = Zaloguj się ponownie z kodem z aplikacji uwierzytelniającej.
error-account-inactive = To konto zostało zamknięte. Jeśli to pomyłka, zapytaj koordynatora.

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = Szybko wyjdź
quick-exit-hint = lub naciśnij dwa razy Esc
neutral-name-diary = Dziennik dziecka
neutral-name-notes = Notatki
lock-title = Wpisz swój PIN
lock-intro = Ta aplikacja jest zablokowana na tym telefonie. Wpisz PIN, aby ją otworzyć.
lock-pin-label = PIN (od 4 do 6 cyfr)
lock-open = Otwórz
lock-not-a-pin = PIN to od 4 do 6 cyfr.
lock-wrong = Błędny PIN. Pozostałe próby, zanim zostaniesz wylogowana: { $left }
lock-forgot = Nie pamiętasz PIN-u? Wyloguj się, a potem zaloguj ponownie hasłem lub kodem.
contact-channel-text = SMS
contact-channel-email = E-mail
contact-channel-call = Telefon
error-wording-not-installed = Ten kwestionariusz nie jest dostępny w tym języku. Wybierz inny.
