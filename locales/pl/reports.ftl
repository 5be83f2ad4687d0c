# PeriLink interface text: Polish (pl), outcome reports, for coordinators.
# Translated from the English source file (en/reports.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - As in staff.ftl, the app speaks informally ("ty"). Past-tense forms that
#   show the reader's gender are avoided, so the text suits women and men.
#   Column headings about mothers are feminine plural ("Przyszły").
# - "Referral" is "skierowanie"; "session" is "zajęcia"; "venue" is "miejsce
#   zajęć"; "directory" is "katalog"; "commissioners" is "zleceniodawcy".
# - $value arrives written with a dot and one decimal (3.5), so "dnia" is used.
# - { reports-suppressed } and { reports-hidden } are other messages: keep them.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = Wyniki
reports-intro = Co się działo ze skierowanymi mamami: czy trafiły na zajęcia, czy przychodziły dalej i czy poczuły się lepiej?
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = Aby chronić prywatność mam, liczby od 1 do 4 są pokazane jako { reports-suppressed }, a odsetki i średnie obliczone z takich liczb nie są pokazane ({ reports-hidden }).
# A link back to the coordinator's main page.
reports-back = Wróć do katalogu

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = Daty i grupowanie
reports-from = Od
reports-to = Do
reports-group-by = Grupuj według
reports-show = Pokaż
reports-error-dates = Sprawdź daty: każda musi być prawdziwym dniem, a data „Od” nie może być późniejsza niż „Do”.

# What a report's rows can be.
reports-group-programme = Program
reports-group-kind = Rodzaj zajęć
reports-group-venue = Miejsce zajęć
reports-group-language = Język mamy
reports-group-interpreter = Potrzeba tłumacza
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = Jeszcze bez wybranych zajęć
reports-interpreter-yes = Potrzebny tłumacz
reports-interpreter-no = Tłumacz niepotrzebny
# The last row of a table: every group together.
reports-total = Razem

## The parts of the page

reports-referrals-title = Skierowania
reports-referrals-intro = Skierowania wystawione między tymi datami i to, jak daleko doszło każde z nich.
reports-funnel-chart = Od skierowania do ukończenia, wszystkie skierowania
reports-attendance-title = Obecność
reports-attendance-intro = Zajęcia, które odbyły się między tymi datami: kto przyszedł, kto przychodził dalej i kto czeka na miejsce.
reports-screening-title = Zmiana wyniku EPDS
reports-screening-intro = Mamy, które wypełniły EPDS na początku kursu i ponownie w 6. tygodniu lub na końcu. Niższy wynik jest lepszy; 13 lub więcej oznacza prawdopodobną depresję.
reports-screening-chart = Średni wynik EPDS na początku, w 6. tygodniu i na końcu
reports-equity-title = Czy sprawiedliwie dla każdej mamy?
reports-equity-intro = Te same dane według języka mamy i według tego, czy potrzebuje tłumacza.
reports-records-title = Rejestr skierowań
reports-records-intro = Jeden wiersz na każde skierowanie wystawione między tymi datami, zgodnie z PRSB Social Prescribing Information Standard, bez imion i nazwisk. Dla zleceniodawców (commissioners) i systemów NHS.
reports-records-csv = Pobierz rejestr skierowań (CSV)
reports-records-fhir = Pobierz rejestr skierowań (FHIR)
reports-downloading = Przygotowywanie pliku…

## Tables and charts

reports-download-csv = Pobierz tę tabelę (CSV)
reports-table-empty = Między tymi datami nic nie zapisano.
reports-chart-empty = Między tymi datami nie ma nic do pokazania na wykresie.
# Before a list of groups too small to draw.
reports-chart-not-shown = Niepokazane na wykresie, mniej niż 5 mam:
# The dashed line on the EPDS chart.
reports-chart-probable = 13: prawdopodobna depresja
# The three points in time on the EPDS chart.
reports-chart-baseline = Początek
reports-chart-week6 = 6. tydzień
reports-chart-end = Koniec
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = W porównaniu z
reports-follow-up-week6 = 6. tydzień
reports-follow-up-end = Koniec kursu
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = <5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = mniej niż 5
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = niepokazane
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } dnia

## Column headings

reports-col-sent = Skierowane
reports-col-accepted = Przyjęte
reports-col-booked = Zarezerwowane
reports-col-attending = Przyszły co najmniej raz
reports-col-completed = Ukończyły
reports-col-declined = Odrzucone
reports-col-withdrawn = Wycofane
reports-col-did-not-attend = Przestały przychodzić
reports-col-attended-percent = Odsetek, który przyszedł
reports-col-median-days-to-attend = Dni do pierwszych zajęć (mediana)
reports-col-sessions-held = Odbyte zajęcia
reports-col-attendances = Obecności
reports-col-mothers = Mamy, które przyszły
reports-col-mothers-3-plus = Przyszły 3 razy lub więcej
reports-col-waiting = Na liście oczekujących
reports-col-paired = Mamy z dwoma wynikami EPDS
reports-col-mean-baseline = Średni wynik na początku
reports-col-mean-follow-up = Średni wynik później
reports-col-mean-change = Średnia zmiana
reports-col-fell-4-plus = Wynik spadł o 4 lub więcej
reports-col-fell-4-plus-percent = Odsetek mam, którym wynik spadł o 4 lub więcej
reports-col-probable-at-baseline = 13 lub więcej na początku
reports-col-left-probable = Z nich teraz poniżej 13
reports-col-left-probable-percent = Odsetek teraz poniżej 13
reports-col-unvalidated = Z tych par: wypełnione w niezwalidowanym tłumaczeniu
