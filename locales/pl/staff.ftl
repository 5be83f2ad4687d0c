# PeriLink interface text: Polish (pl), the staff screens.
# Translated from the English source file (en/staff.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks to staff informally ("ty", e.g. "Sprawdź").
#   Past-tense forms that show gender are avoided: impersonal forms such as
#   "Zapisano" and "Sprawdzono" are used instead, so the text suits women and men.
# - "Session" is "zajęcia"; "venue" is "miejsce zajęć"; "host" is "osoba
#   prowadząca"; "listing" is "wpis"; "directory" is "katalog"; "term" is "semestr".
# - Numbers must be typed with a dot (53.4), not a comma: the error message says so.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Coordinator: keeping the directory right

coord-title = Dbaj o aktualny katalog
coord-intro = Dodawaj i zmieniaj zajęcia, programy i miejsca zajęć oraz sprawdzaj wpisy. Mamy widzą Twoje zmiany od razu.
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = Części katalogu
coord-tab-check = Do sprawdzenia
coord-tab-sessions = Zajęcia
coord-tab-programmes = Programy
coord-tab-venues = Miejsca zajęć
coord-tab-organisations = Organizacje

## Saving

coord-save = Zapisz
coord-working = Zapisywanie…
coord-saved = Zapisano. Mamy już widzą zmianę.
coord-new = Zamiast tego dodaj nowy wpis
coord-edit = Zmień
# The first, empty choice in a drop-down list.
coord-choose = Wybierz…
coord-error-invalid = Brakuje niektórych danych albo są błędne. Sprawdź formularz i spróbuj jeszcze raz.
coord-error-postcode = Nie znamy tego kodu pocztowego. Sprawdź go albo wpisz szerokość i długość geograficzną.
coord-error-gone = Ktoś inny zmienił lub usunął ten wpis. Odśwież stronę i spróbuj jeszcze raz.
coord-error-number = Sprawdź liczby: wpisz tylko cyfry (i kropkę), na przykład 12 lub 53.4.
coord-error-times = Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia.

## Listings to check

coord-stale-title = Wpisy do sprawdzenia
coord-stale-intro = Wpisy niesprawdzane od 90 dni trzeba sprawdzić. Po 120 dniach mamy przestają je widzieć. Sprawdź dane z miejscem zajęć lub osobą prowadzącą, a potem oznacz wpis jako sprawdzony.
coord-stale-none = Wszystkie wpisy sprawdzono w ciągu ostatnich 90 dni.
coord-kind-venue = Miejsce zajęć
coord-kind-programme = Program
coord-kind-session = Zajęcia
# $days is a whole number of days.
coord-last-checked =
    { $days ->
        [0] Sprawdzono dzisiaj
        [one] Ostatnio sprawdzono { $days } dzień temu
        [few] Ostatnio sprawdzono { $days } dni temu
        [many] Ostatnio sprawdzono { $days } dni temu
       *[other] Ostatnio sprawdzono { $days } dnia temu
    }
coord-flagged = Do sprawdzenia
coord-hidden = Mamy tego nie widzą
coord-owner-you = Ty się tym zajmujesz
# $name is the name of the member of staff who looks after the listing.
coord-owner = Zajmuje się tym: { $name }
coord-mark-checked = Oznacz jako sprawdzone
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday }, godz. { $start }, { $venue }

## Reports of wrong information

coord-reports-title = Zgłoszenia, że coś się nie zgadza
coord-reports-none = Nie ma otwartych zgłoszeń.
coord-messages-title = SMS-y i e-maile
coord-messages-undelivered = Niedostarczone w ostatnich 7 dniach: { $count }
coord-messages-stuck = Czekają na wysłanie ponad 30 minut: { $count }
coord-report-no-note = Osoba zgłaszająca nie napisała, co jest nie tak.
# $date is a date written as 2026-11-23.
coord-reported-on = Zgłoszono { $date }
coord-report-open = Zobacz stronę zajęć
coord-resolve = Oznacz jako załatwione

## Days of the week

coord-weekday-1 = Poniedziałek
coord-weekday-2 = Wtorek
coord-weekday-3 = Środa
coord-weekday-4 = Czwartek
coord-weekday-5 = Piątek
coord-weekday-6 = Sobota
coord-weekday-7 = Niedziela

## Organisations

coord-organisation-new = Dodaj organizację
coord-organisation-edit = Zmień tę organizację
coord-field-name = Nazwa
coord-field-kind = Rodzaj organizacji
coord-field-website = Strona internetowa
coord-org-kind-nhs_trust = Jednostka NHS (NHS trust)
coord-org-kind-library_service = Sieć bibliotek
coord-org-kind-charity = Organizacja charytatywna
coord-org-kind-council = Samorząd lokalny (council)
coord-org-kind-other = Inna

## Venues

coord-venue-new = Dodaj miejsce zajęć
coord-venue-edit = Zmień to miejsce zajęć
coord-field-organisation = Organizacja
coord-field-address = Adres
coord-field-town = Miejscowość
coord-field-postcode = Kod pocztowy
coord-field-place-hint = Zostaw szerokość i długość geograficzną puste, a miejsce zostanie znalezione po kodzie pocztowym.
coord-field-lat = Szerokość geograficzna
coord-field-lon = Długość geograficzna
coord-field-step-free = Dostęp bez schodów
coord-field-buggy-space = Miejsce na wózki
coord-field-baby-change = Przewijak
coord-field-breastfeeding = Można tu karmić piersią
coord-field-bus-routes = Autobusy w pobliżu

## Programmes

coord-programme-new = Dodaj program
coord-programme-edit = Zmień ten program
coord-field-programme-kind = Co oferuje
coord-programme-kind-esol = Lekcje angielskiego (ESOL)
coord-programme-kind-rhyme_time = Zajęcia z rymowankami
coord-programme-kind-singing = Grupa śpiewu
coord-programme-kind-breastfeeding_support = Wsparcie w karmieniu piersią
coord-programme-kind-advice = Porady: pieniądze, praca i mieszkanie
coord-programme-kind-other = Coś innego
coord-field-for-pregnant = Także dla kobiet w ciąży
coord-field-baby-min = Najmłodsze dziecko, w miesiącach
coord-field-baby-max = Najstarsze dziecko, w miesiącach
coord-field-cost = Cena za jedne zajęcia, w pensach (0 = bezpłatne)
coord-field-booking = Rezerwacja
coord-booking-booking = Trzeba zarezerwować miejsce
coord-booking-drop_in = Bez rezerwacji, można po prostu przyjść
coord-field-format = Forma zajęć
coord-format-course = Kurs: mamy zapisują się na cały semestr
coord-format-ongoing = Co tydzień, bez daty końca
coord-english-words = Po angielsku
coord-field-title = Tytuł
coord-field-description = Opis
coord-field-what-to-bring = Co zabrać
coord-translations-title = W innych językach
coord-translations-intro = Wybierz język, aby dodać lub zmienić tekst programu w tym języku.
coord-field-language = Język
coord-save-translation = Zapisz w tym języku
# $count is how many languages the programme has words in.
coord-translation-count =
    { $count ->
        [one] W { $count } języku
        [few] W { $count } językach
        [many] W { $count } językach
       *[other] W { $count } językach
    }

## Sessions

coord-session-new = Dodaj zajęcia
coord-session-edit = Zmień te zajęcia
coord-field-programme = Program
coord-field-venue = Miejsce zajęć
coord-field-host = Osoba prowadząca
coord-field-frequency = Jak często
coord-frequency-weekly = Co tydzień
coord-frequency-fortnightly = Co dwa tygodnie
coord-field-weekday = Dzień
coord-field-start = Godzina rozpoczęcia
coord-field-end = Godzina zakończenia
coord-field-starts-on = Pierwszy dzień semestru
coord-field-ends-on = Ostatni dzień semestru
coord-field-ends-on-hint = Zostaw puste, jeśli zajęcia trwają bez końca.
coord-field-capacity = Liczba miejsc
coord-field-capacity-hint = Zostaw puste, jeśli nie ma limitu.
coord-field-languages = Języki, w których prowadzone są zajęcia
coord-field-interpreter-languages = Języki, w których pomaga tłumacz lub osoba dwujęzyczna
coord-field-cancelled = Dni, w które nie ma zajęć
coord-field-cancel-date = Kolejny dzień bez zajęć
coord-add-date = Dodaj tę datę
coord-no-cancelled = Nie ma odwołanych zajęć.
coord-remove = Usuń
# $date is a date written as 2026-12-25.
coord-remove-date = Usuń { $date }
coord-session-words-title = Własny tytuł zajęć
coord-session-words-intro = Zajęcia mogą mieć własny tytuł, na przykład „Rymowanki po arabsku i angielsku”. Zostaw puste, aby użyć tytułu programu.

## Oferty z innych katalogów (kanały Open Referral UK)

feeds-title = Oferty z innych katalogów
feeds-back = Powrót do katalogu
feeds-intro = PeriLink może kopiować zajęcia z innego katalogu, który publikuje dane w formacie Open Referral UK, więc nie trzeba ich wpisywać ponownie. Każdy kanał jest czytany codziennie. Jeśli zmienisz tu skopiowaną ofertę, późniejsze zmiany z kanału czekają na Twoją zgodę.
feeds-add-title = Dodaj kanał
feeds-field-url = Adres kanału
feeds-field-url-hint = Adres, pod którym są jego usługi, np. https://example.org/openreferral
feeds-field-take = Które usługi kopiować
feeds-take-all = Wszystkie
feeds-take-taxonomy_term = Z jednej kategorii
feeds-take-text = Zawierające podane słowa
feeds-field-take-value = Identyfikator kategorii albo słowa
feeds-add = Dodaj kanał
feeds-list-title = Twoje kanały
feeds-none = Nie dodano jeszcze żadnego kanału.
feeds-counts = Oferty: { $services }. Czekają na Ciebie: { $waiting }. Nie ma ich już w kanale: { $gone }.
feeds-never-read = Jeszcze nie przeczytany. Zostanie przeczytany w ciągu minuty od dodania.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = Ostatnio czytany { $when }.
feeds-run-done = Nowe: { $created }. Zaktualizowane: { $updated }. Czekają na Ciebie: { $waiting }. Nie ma ich już w kanale: { $gone }. Nie udało się skopiować: { $skipped }.
feeds-problem-unreachable = Nic nie zmieniono. PeriLink nie mógł połączyć się z kanałem albo odpowiedź trwała zbyt długo. Sprawdź adres.
feeds-problem-server-error = Nic nie zmieniono. Kanał odpowiedział błędem. Sprawdź adres albo poczekaj na następne czytanie.
feeds-problem-not-json = Nic nie zmieniono. Pod tym adresem jest strona internetowa, a nie kanał. Sprawdź adres.
feeds-problem-wrong-schema = Nic nie zmieniono. Kanał nie jest w formacie Open Referral UK w wersji 3.
feeds-problem-endless-pages = Nic nie zmieniono. Strony kanału nie mają końca. Powiadom osobę, która prowadzi kanał.
feeds-problem-too-big = Nic nie zmieniono. Kanał jest za duży, by PeriLink mógł go skopiować.
feeds-error-address-refused = PeriLink czyta kanały tylko z publicznego internetu. Ten adres jest w sieci prywatnej lub lokalnej.
feeds-error-busy = Ten kanał jest właśnie czytany. Poczekaj minutę i sprawdź ponownie.
feeds-details = Co się stało, szczegółowo (po angielsku)
feeds-read-now = Przeczytaj teraz
feeds-reading = Czytanie…
feeds-show-listings = Jego oferty
feeds-no-listings = Z tego kanału nic jeszcze nie skopiowano.
feeds-side-title = Tytuł
feeds-side-description = Opis
feeds-side-mine = Twoja wersja
feeds-side-theirs = Zmiana z kanału
feeds-approve = Przyjmij zmianę z kanału
feeds-reject = Zostaw swoją wersję
feeds-waiting = Czeka na Ciebie
feeds-gone = Nie ma już w kanale
feeds-edited-here = Zmienione tutaj
feeds-duplicates-count = Wyglądają jak oferty, które już masz: { $count }. Otwórz oferty kanału, aby zdecydować.
feeds-duplicates-title = Czy już to publikujesz?
feeds-duplicates-intro = Te zajęcia z kanału wyglądają jak zajęcia, które już publikujesz: to samo miejsce, ten sam dzień i godzina oraz podobna nazwa. Nie zostaną skopiowane, dopóki nie zdecydujesz.
feeds-duplicate-mine = Twoje
feeds-duplicate-theirs = Z kanału
feeds-duplicate-link = To samo — połącz je
feeds-duplicate-separate = Co innego — pokaż oba
feeds-error-decided = To już zostało rozstrzygnięte. Spójrz ponownie na oferty kanału.

## A session's dates from a partner's calendar (.ics)

calendar-title = Terminy z kalendarza
calendar-intro = Jeśli partner, na przykład biblioteka lub centrum dla dzieci, prowadzi terminy tych zajęć w kalendarzu, PeriLink może codziennie je stamtąd pobierać. Odwołane wydarzenie odwołuje swój termin, a mamy, które go zarezerwowały, dostają wiadomość.
calendar-url = Pobieraj terminy z adresu kalendarza (.ics)
calendar-words = Tylko wydarzenia, których tytuł zawiera te słowa
calendar-words-hint = Zostaw puste, aby pobierać wszystkie wydarzenia z kalendarza.
calendar-save = Zapisz adres kalendarza
calendar-read-now = Przeczytaj teraz
calendar-never-read = Jeszcze nie przeczytano. Nastąpi to w ciągu minuty od zapisania.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = Ostatnio przeczytano { $when }.
calendar-read-done = Terminy w najbliższym roku: { $dates }. Dodane: { $added }. Odwołane: { $cancelled }. Powiadomione mamy: { $told }.
calendar-problem-unreachable = Nic nie zmieniono. PeriLink nie mógł połączyć się z kalendarzem albo odpowiedź trwała zbyt długo. Sprawdź adres.
calendar-problem-server-error = Nic nie zmieniono. Adres kalendarza odpowiedział błędem. Sprawdź adres albo poczekaj na następny odczyt.
calendar-problem-not-calendar = Nic nie zmieniono. Pod tym adresem nie ma kalendarza, który PeriLink umie odczytać. Sprawdź adres.
calendar-problem-no-events = Nic nie zmieniono. Kalendarz nie ma wydarzeń albo żadne nie ma tych słów w tytule.
calendar-problem-too-big = Nic nie zmieniono. Kalendarz jest zbyt duży, aby PeriLink mógł go odczytać.
