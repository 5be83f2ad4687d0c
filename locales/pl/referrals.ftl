# PeriLink interface text: Polish (pl), referrals, for referrers, hosts and mothers.
# Translated from the English source file (en/referrals.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - As in main.ftl and staff.ftl, the app speaks informally ("ty"). Past-tense
#   forms that show the reader's gender are avoided ("Przyjęto", "Zapisano"), so
#   staff text suits women and men. Forms about the mother are feminine.
# - "Referral" is "skierowanie"; "referrer" is "osoba kierująca"; "session" is
#   "zajęcia"; "session team" / "session host" is "osoby prowadzące zajęcia";
#   "link worker" is "pracownik środowiskowy"; "caseload" is "mamy pod moją opieką".
# - The ref-status- names agree with "skierowanie" (neuter) and are shown to mothers.
# - Names ($name, $programme) are put after a colon where Polish would need
#   another case.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = Wysłane
ref-status-accepted = Przyjęte
ref-status-declined = Odrzucone
ref-status-booked = Zarezerwowane
ref-status-attending = Chodzi na zajęcia
ref-status-completed = Zakończone
ref-status-did-not-attend = Dwie nieobecności
ref-status-withdrawn = Wycofane

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = Poczucie samotności
ref-reason-low-mood-or-anxiety = Gorszy nastrój lub zamartwianie się
ref-reason-english-language = Nauka angielskiego
ref-reason-infant-feeding = Karmienie dziecka
ref-reason-money-housing-or-work = Pieniądze, mieszkanie lub praca
ref-reason-bonding-with-baby = Więź z dzieckiem
ref-reason-other = Coś innego
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = Powody skierowania

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = przez osobę kierującą
ref-actor-provider = przez osoby prowadzące zajęcia
ref-actor-mother = przez mamę
ref-actor-system = z listy obecności
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }, { $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
        [one] { $count } krok do tej pory
        [few] { $count } kroki do tej pory
        [many] { $count } kroków do tej pory
       *[other] { $count } kroku do tej pory
    }
# $reason is what someone wrote when they declined.
ref-move-reason = Powód: „{ $reason }”
ref-sent-on = Wysłano: { $date }
# $text is what the mother said matters to her, in her words.
ref-what-matters = Co jest dla niej ważne: „{ $text }”
# $text is the referrer's note for the care team.
ref-note = Notatka: { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = Potrzebny tłumacz
ref-cancel = Anuluj
ref-working = Wysyłanie…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = To skierowanie w międzyczasie się zmieniło. Lista jest już aktualna: sprawdź jeszcze raz.
ref-error-full = W tym terminie nie ma już miejsc. Wybierz inny.
ref-error-invalid = Niektóre dane są błędne. Sprawdź je i spróbuj jeszcze raz.
ref-error-reason = Podaj powód.

## A referrer's page: news, making a referral, and her caseload

ref-news-title = Co nowego
ref-news-accepted = Skierowanie przyjęte: { $name }, { $programme }.
ref-news-declined = Skierowanie odrzucone: { $name }, { $programme }. Powód jest w jej krokach poniżej.
ref-news-first-attended = { $name } pierwszy raz przyszła na zajęcia: { $programme }.
ref-news-missed-twice = { $name } dwa razy z rzędu nie przyszła na zajęcia: { $programme }.
ref-news-withdrawn = { $name } wycofała skierowanie na zajęcia: { $programme }.
ref-news-booking-cancelled = { $name } odwołała rezerwację na { $programme }: skierowanie znów potrzebuje terminu.
ref-attended-none = Od skierowania nie było jeszcze zajęć.
ref-news-alert = Alert bezpieczeństwa dotyczący { $name }: zajmij się nim dziś.
ref-news-alert-escalated = Nikt nie zajął się alertem bezpieczeństwa dotyczącym { $name } w ciągu czterech godzin: trafił do koordynatorów.
ref-news-alert-closed = Pojawił się alert bezpieczeństwa; ktoś już się nim zajął.
ref-news-alert-open = Zobacz alert
# When the referral a notification is about is not on this page.
ref-news-other = Zmieniło się jedno z Twoich skierowań.
# Marks a piece of news as read, so it goes away.
ref-news-read = Rozumiem

ref-new-title = Nowe skierowanie
ref-new-intro = Cztery krótkie kroki. To, co już o niej wiemy, jest wpisane za Ciebie.
# After sending.
ref-sent = Skierowanie wysłane: { $name }, { $programme }.

# Step 1: finding or registering the mother.
ref-step-mother = 1. Znajdź mamę
ref-find-label = Jej imię i nazwisko, numer telefonu lub numer NHS
ref-find-hint = Po imieniu i nazwisku znajdziesz mamy pod swoją opieką. Po telefonie, e-mailu lub numerze NHS znajdziesz każdą mamę, którą znamy.
ref-find-submit = Szukaj
ref-find-none = Nikogo nie znaleziono. Sprawdź, co jest wpisane, albo ją zarejestruj.
ref-find-results = Znalezione mamy
ref-choose = Skieruj ją
ref-register-open = Zarejestruj nową mamę
ref-register-title = Rejestracja mamy
ref-field-given = Imię
ref-field-family = Nazwisko (opcjonalnie)
ref-contact-hint = Podaj jej numer komórki, e-mail albo oba.
ref-field-phone = Numer komórki
ref-field-email = E-mail
ref-field-language = Język, którego woli używać
ref-language-choose = Wybierz język
ref-language-other = Inny język
ref-field-language-other = Kod języka
ref-language-other-hint = Kod BCP 47, np. „ps” dla paszto lub „ti” dla tigrinia.
ref-field-dialect = Dialekt (opcjonalnie)
ref-field-interpreter = Potrzebuje tłumacza
ref-dates-hint = Podaj przewidywany termin porodu, a po porodzie datę urodzenia dziecka.
ref-field-due = Termin porodu
ref-field-born = Data urodzenia dziecka
ref-field-nhs = Numer NHS (opcjonalnie)
ref-field-postcode = Kod pocztowy (opcjonalnie)
ref-register-submit = Zarejestruj ją
ref-error-given = Podaj jej imię.
ref-error-contact = Podaj numer komórki lub e-mail.
ref-error-phone = To nie jest brytyjski numer telefonu.
ref-error-email = To nie jest adres e-mail.
ref-error-language = Wybierz jej język.
ref-error-nhs = To nie jest numer NHS. Sprawdź dziesięć cyfr.
ref-error-known = Znamy już mamę z tym numerem NHS. Wyszukaj ją.
ref-find-known = Znajdź ją po numerze NHS
# Above the mother being referred.
ref-chosen-title = Kierujesz mamę
ref-undelivered-sms = SMS nie dotarł: zadzwoń do niej
ref-undelivered-email = E-mail nie dotarł
ref-due-on = Termin porodu: { $date }
ref-born-on = Data urodzenia dziecka: { $date }
# $number is an NHS number.
ref-nhs = Numer NHS { $number }
ref-change = Wybierz inną osobę

# Step 2: choosing a session.
ref-step-session = 2. Wybierz zajęcia
ref-kind-label = Jakie zajęcia?
ref-in-language = Tylko w jej języku albo z tłumaczem na ten język
ref-for-stage = Tylko zajęcia dla jej etapu (ciąża albo wiek dziecka)
ref-near-label = W pobliżu
ref-near-hint = Jej kod pocztowy albo obszar, np. L8.
ref-search = Szukaj
ref-sessions-empty = Żadne zajęcia nie pasują. Wybierz mniej opcji albo większy obszar.
ref-error-place = Nie znamy tego miejsca. Wpisz kod pocztowy, np. L8 1XF, albo obszar, np. L8.
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
ref-record =
    { $days ->
        [0] Zwykle odpowiada w ciągu dnia · { $percent }% przyjętych
        [one] Zwykle odpowiada w ciągu { $days } dnia · { $percent }% przyjętych
        [few] Zwykle odpowiada w ciągu { $days } dni · { $percent }% przyjętych
        [many] Zwykle odpowiada w ciągu { $days } dni · { $percent }% przyjętych
       *[other] Zwykle odpowiada w ciągu { $days } dnia · { $percent }% przyjętych
    }
ref-record-none = Jeszcze brak skierowań
ref-record-no-replies = Jeszcze brak odpowiedzi
ref-pick = Wybierz te zajęcia
ref-picked = Wybrane

# Step 3: consent.
ref-step-consent = 3. Jej zgoda
ref-consent-intro = Zapytaj ją w jej języku. Zaznacz tylko to, na co się zgadza.
ref-scopes-label = Zgadza się udostępnić
ref-scope-contact-details = Swoje dane kontaktowe i język: osobom prowadzącym zajęcia
ref-scope-referral-reasons = Powód skierowania i to, co jest dla niej ważne: osobom prowadzącym zajęcia
ref-scope-attendance-to-referrer = Czy chodzi na zajęcia: Tobie
ref-scope-screening-to-care-team = Wyniki pytań o samopoczucie: zespołowi położnych, który się nią opiekuje
ref-scope-alerts-regardless = Alerty bezpieczeństwa i tak trafiają do zespołu, który się nią opiekuje: jeśli jej odpowiedzi pokażą, że może nie być bezpieczna, zespół dowie się od razu.
ref-field-shared-with = Komu są udostępniane
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session }, { $venue }
ref-contact-label = Jak chce, żeby się z nią kontaktować
ref-contact-sms = SMS
ref-contact-email = E-mail
ref-contact-phone = Telefon
ref-contact-none = Bez kontaktu
ref-consent-submit = Zapisz jej zgodę
# $with is who she agreed her details may be shared with.
ref-consent-done = Zgoda zapisana: { $date }. Komu: { $with }. Na co się zgadza:
ref-consent-again = Zapisz jej zgodę jeszcze raz
ref-error-scopes = Zaznacz co najmniej jedną rzecz, którą zgadza się udostępnić.
ref-error-shared-with = Napisz, komu są udostępniane jej dane.

# Step 4: why, and sending.
ref-step-send = 4. Powód skierowania
ref-field-what-matters = Co jest dla niej ważne, jej słowami
ref-field-note = Notatka dla zespołu opieki (opcjonalnie)
ref-note-hint = Osoby prowadzące zajęcia nigdy nie widzą tej notatki.
ref-send = Wyślij skierowanie
ref-error-no-session = Najpierw wybierz zajęcia (krok 2).
ref-error-no-consent = Najpierw zapisz jej zgodę (krok 3).
ref-error-no-reason = Zaznacz co najmniej jeden powód.
ref-error-consent-required = Jej zgoda nie jest już zapisana. Zapisz ją jeszcze raz, a potem wyślij.

ref-caseload-title = Mamy pod moją opieką
ref-caseload-empty = Nie masz jeszcze żadnych skierowań. Tutaj pojawią się Twoje skierowania.
ref-refer-again = Skieruj ją ponownie

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = Skierowania na Twoje zajęcia
ref-incoming-intro = Mamy skierowane przez położne i pracowników środowiskowych. Odpowiedz szybko: osoba kierująca od razu dostaje informację.
ref-incoming-new = Czekają na Twoją odpowiedź
ref-incoming-to-book = Przyjęte: zarezerwuj jej termin
ref-incoming-others = Zarezerwowane i wcześniejsze
ref-incoming-none = Na razie brak.
# $name is the referrer's name.
ref-referred-by = Osoba kierująca: { $name }, { $date }
ref-accept = Przyjmij
ref-decline = Odrzuć
ref-book = Zarezerwuj termin
ref-decline-question = Dlaczego odrzucasz? Osoba kierująca to zobaczy.
ref-decline-preset-full = W grupie nie ma miejsc.
ref-decline-preset-unsuitable = Ta grupa nie jest dla niej odpowiednia.
ref-decline-preset-no-contact = Nie udało się z nią skontaktować.
ref-decline-confirm = Odrzuć skierowanie
ref-choose-date = Wybierz dla niej termin
# $venue is the place; $start and $end times.
ref-session-at = { $venue }, { $start }–{ $end }
ref-no-dates = Brak terminów z wolnymi miejscami.
# After a reply. $name is the mother's first name.
ref-accepted = Przyjęto skierowanie: { $name }. Teraz zarezerwuj jej termin.
ref-declined = Odrzucono skierowanie: { $name }. Osoba kierująca już o tym wie.
ref-booked = { $name } ma miejsce. Termin: { $date }.

## A mother's own referrals

myref-title = Moje skierowania
myref-intro = Grupy, które według Twojej położnej lub pracownika środowiskowego mogą Ci pomóc.
myref-empty = Nie masz skierowań.
# $name is the midwife's or link worker's name.
myref-from = Od: { $name }, { $date }
myref-accept = Tak, chcę pójść
myref-decline = Nie, dziękuję
myref-decline-question = Dlaczego nie? Twoja położna zobaczy odpowiedź.
myref-reason-time = Ta godzina mi nie pasuje.
myref-reason-far = To dla mnie za daleko.
myref-reason-not-now = Teraz tego nie potrzebuję.
myref-withdraw = Zrezygnuj z tego skierowania
myref-confirm-withdraw = Na pewno? Jeśli masz miejsce, stracisz je.
myref-withdraw-yes = Tak, rezygnuję
myref-keep = Nie, zostaw
myref-accepted = Dziękujemy. Osoby z grupy skontaktują się z Tobą.
myref-declined = Dziękujemy za informację.
myref-withdrawn = Skierowanie jest wycofane.

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = Ostatnio była: { $date }
ref-caseload-no-consent = Jeszcze brak zapisanej zgody
ref-caseload-not-referred = Jeszcze bez skierowania.
ref-refer-her = Skieruj ją
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
        [one] Przyszła na { $came } z { $count } zajęć
        [few] Przyszła na { $came } z { $count } zajęć
        [many] Przyszła na { $came } z { $count } zajęć
       *[other] Przyszła na { $came } z { $count } zajęć
    }
ref-attended-present = { $date }: przyszła
ref-attended-absent = { $date }: nie przyszła
ref-attended-apologies = { $date }: usprawiedliwiona
ref-withdraw = Wycofaj w jej imieniu
ref-withdraw-confirm = Wycofać to skierowanie? Zrób to tylko wtedy, gdy sama Cię o to poprosiła.
ref-withdraw-yes = Tak, wycofaj
ref-withdraw-keep = Nie, zostaw
ref-withdrawn-for-her = Skierowanie jest wycofane.

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = Jak i kiedy, według niej, można się z nią bezpiecznie kontaktować
contact-notice-ways = Tylko przez: { $ways }; dni: { $days }; godziny: { $times } (czas brytyjski).
contact-notice-never = Nigdy przez: { $ways }.
contact-notice-none = Prosi, by w ogóle się z nią nie kontaktować.
ref-hint-title = Znana w PeriLink, nie pod Twoją opieką
ref-hint-intro = Widać tylko, że istnieje. Weź ją pod opiekę, aby zobaczyć jej dane: zobaczy, że to zrobiłaś i dlaczego.
ref-hint-due = Termin { $month }
ref-hint-born = Dziecko urodzone { $month }
ref-hint-reason-label = Dlaczego bierzesz ją pod opiekę
ref-hint-reason-needed = Napisz, dlaczego bierzesz ją pod opiekę: zobaczy to.
ref-hint-add = Dodaj do moich podopiecznych
