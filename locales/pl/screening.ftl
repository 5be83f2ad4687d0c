# PeriLink interface text: Polish (pl), screening questions, results and help.
# Translated from the English source file (en/screening.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# CLINICAL NOTE: the PHQ-9, GAD-2 and Whooley questions and answers below are our
# own faithful translations of public-domain wording, NOT validated translations.
# Before clinical use they must be replaced by the validated official Polish
# versions (for the PHQ-9 and GAD-2, those on phqscreeners.com), word for word.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks informally ("ty"). Past-tense forms that show
#   gender are avoided: impersonal forms ("jest się", "zawiodło się") are used.
# - The mother's pages never show a score. Staff text suits women and men.
# - "Wellbeing check" is "pytania o samopoczucie", as in main.ftl; "health
#   visitor" is "pielęgniarka rodzinna (health visitor)"; GP is "lekarz rodzinny (GP)".
# - Phone numbers stay as digits.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = Pytania o samopoczucie
screening-intro-epds = Dziesięć krótkich pytań o Twoje samopoczucie w ciągu ostatnich 7 dni. Nie ma dobrych ani złych odpowiedzi.
screening-epds-not-here = Kwestionariusz, o który prosisz, nie jest jeszcze dostępny w Twoim języku, więc oto inny, który pyta o to samo.
screening-intro-phq9 = Dziewięć pytań o Twoje samopoczucie w ciągu ostatnich 2 tygodni.
screening-intro-gad2 = Dwa pytania o zamartwianie się w ciągu ostatnich 2 tygodni.
screening-intro-whooley = Dwa pytania o Twoje samopoczucie w ciągu ostatniego miesiąca.
screening-private = Twoje odpowiedzi widzisz tylko Ty i osoby, które się Tobą opiekują. Nic nie zostanie wysłane, dopóki nie sprawdzisz odpowiedzi i nie zdecydujesz się ich wysłać.
screening-start = Zacznij
# A folded list of the other questionnaires she may take instead.
screening-other = Inne zestawy pytań
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = Pytania o samopoczucie (EPDS, 10 pytań)
screening-name-phq9 = Pytania o nastrój (PHQ-9, 9 pytań)
screening-name-gad2 = Pytania o zamartwianie się (GAD-2, 2 pytania)
screening-name-whooley = Dwa krótkie pytania (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = Pytanie { $n } z { $total }
screening-back = Wstecz
screening-next = Dalej
screening-choose-answer = Wybierz odpowiedź.
screening-review-title = Sprawdź swoje odpowiedzi
screening-review-intro = Jeszcze nic nie zostało wysłane. Przed wysłaniem możesz zmienić każdą odpowiedź.
screening-review-question = Pytanie { $n }
screening-not-answered = Bez odpowiedzi
screening-change = Zmień
# The tooltip of each "Change" button on the review screen.
screening-change-label = Zmień odpowiedź na pytanie { $n }
screening-send = Wyślij moje odpowiedzi
screening-sending = Wysyłanie…
screening-loading-questions = Pobieranie pytań…
screening-try-again = Spróbuj jeszcze raz
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = EPDS, pytanie { $n } – licencjonowana treść nie jest zainstalowana
screening-epds-placeholder-option = Odpowiedź { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = Źródło:

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = Jak często w ciągu ostatnich 2 tygodni dokuczał Ci któryś z poniższych problemów?
screening-phq9-q1 = Niewielkie zainteresowanie lub niewielka przyjemność z robienia różnych rzeczy
screening-phq9-q2 = Uczucie smutku, przygnębienia lub beznadziei
screening-phq9-q3 = Kłopoty z zaśnięciem lub przerywany sen, albo zbyt długi sen
screening-phq9-q4 = Uczucie zmęczenia lub brak energii
screening-phq9-q5 = Brak apetytu lub objadanie się
screening-phq9-q6 = Złe zdanie o sobie — albo poczucie, że jest się do niczego lub że zawiodło się siebie albo swoją rodzinę
screening-phq9-q7 = Problemy ze skupieniem się, na przykład przy czytaniu gazety lub oglądaniu telewizji
screening-phq9-q8 = Poruszanie się lub mówienie tak wolno, że inni mogli to zauważyć? Albo przeciwnie — taki niepokój lub pobudzenie, że ruszasz się dużo więcej niż zwykle
screening-phq9-q9 = Myśli, że lepiej byłoby umrzeć, albo myśli o zrobieniu sobie w jakiś sposób krzywdy
screening-gad2-stem = Jak często w ciągu ostatnich 2 tygodni dokuczały Ci poniższe problemy?
screening-gad2-q1 = Uczucie zdenerwowania, lęku lub napięcia
screening-gad2-q2 = Niemożność przestania się zamartwiać lub zapanowania nad zamartwianiem się
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = Wcale nie
screening-freq-1 = Kilka dni
screening-freq-2 = Więcej niż połowę dni
screening-freq-3 = Prawie codziennie
screening-phq-attribution = PHQ-9 i GAD-2: opracowali dr Robert L. Spitzer, dr Janet B.W. Williams, dr Kurt Kroenke i współpracownicy dzięki grantowi edukacyjnemu firmy Pfizer Inc. Powielanie, tłumaczenie, wyświetlanie i rozpowszechnianie nie wymaga zgody.

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = Czy w ciągu ostatniego miesiąca często dokuczało Ci uczucie przygnębienia, depresji lub beznadziei?
screening-whooley-q2 = Czy w ciągu ostatniego miesiąca często dokuczało Ci niewielkie zainteresowanie lub niewielka przyjemność z robienia różnych rzeczy?
# The answers, in this order: "No" first.
screening-no = Nie
screening-yes = Tak
screening-whooley-attribution = Pytania Whooley, zalecane w wytycznych NICE CG192, Antenatal and postnatal mental health (zdrowie psychiczne w ciąży i po porodzie).

## After she sends her answers. Never show her a score.

screening-thanks-title = Dziękujemy
screening-thanks = Twoje odpowiedzi są zapisane. Osoby, które się Tobą opiekują, mogą je zobaczyć.
screening-thanks-talk = Jeśli jest Ci ciężko, w każdej chwili możesz porozmawiać z położną, pielęgniarką rodzinną (health visitor) lub lekarzem rodzinnym (GP).
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = Gdy potrzebujesz pomocy, o każdej porze
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = Odpowiedz teraz na 10 kolejnych pytań
screening-back-to-my = Przejdź do moich zajęć
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = Poproś o wsparcie jeszcze dziś
screening-help-intro = Twoje odpowiedzi pokazują, że teraz możesz potrzebować dodatkowego wsparcia. Nie jesteś z tym sama. Jest dla Ciebie pomoc.
screening-help-midwife = Porozmawiaj jeszcze dziś z położną lub lekarzem rodzinnym (GP).
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = Zadzwoń do NHS pod numer { $number } i wybierz opcję { $option }: zdrowie psychiczne
screening-help-999 = Zadzwoń pod numer { $number } w nagłym wypadku albo jeśli czujesz, że możesz zrobić sobie krzywdę
screening-help-samaritans = Zadzwoń bezpłatnie do Samaritans pod numer { $number }, o każdej porze dnia i nocy
screening-help-told = Twoja położna i zespół opieki już o tym wiedzą, więc mogą się z Tobą skontaktować.

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = Kwestionariusze samopoczucia
screening-staff-intro = Reaguj na alerty bezpieczeństwa i zapisuj kwestionariusz, który mama wypełnia z Tobą podczas wizyty.

## Safety alerts: the panel on the staff pages.

alerts-title = Alerty bezpieczeństwa
alerts-intro = Zajmij się każdym alertem jeszcze dziś, a potem zapisz, co zostało zrobione, aby go zamknąć.
alerts-empty = Brak otwartych alertów.
alerts-count =
    { $count ->
        [one] { $count } otwarty alert
        [few] { $count } otwarte alerty
        [many] { $count } otwartych alertów
       *[other] { $count } otwartego alertu
    }
alerts-reason-urgent = Odpowiedź na pytanie o bezpieczeństwo (myśli o samookaleczeniu): kontakt w sprawie bezpieczeństwa tego samego dnia
alerts-reason-probable = Wynik w zakresie prawdopodobnej depresji: skieruj na ocenę
alerts-escalated = Przekazano koordynatorom
alerts-raised = Zgłoszono: { $when }
alerts-note-label = Co zostało zrobione?
alerts-note-hint = Na przykład: telefon do niej, wizyta u lekarza rodzinnego umówiona na dziś.
alerts-acknowledge = Potwierdź
alerts-acknowledging = Zapisywanie…
alerts-note-needed = Zanim potwierdzisz alert, zapisz, co zostało zrobione.
alerts-acknowledged = Potwierdzono alert: { $name }.
alerts-already = Ktoś już potwierdził ten alert.
alerts-refresh = Sprawdź, czy są nowe alerty
alerts-her-results = Jej wyniki

## Recording a questionnaire given in clinic.

screening-record-title = Zapisz kwestionariusz wypełniony podczas wizyty
screening-find-label = Znajdź mamę: imię i nazwisko, telefon, e-mail lub numer NHS
screening-find = Szukaj
screening-find-none = Nikogo nie znaleziono. Mamy pod Twoją opieką można znaleźć po imieniu i nazwisku, inne osoby tylko po dokładnym numerze telefonu, e-mailu lub numerze NHS.
# A button on each mother found.
screening-choose-mother = Wybierz: { $name }
screening-for = Kwestionariusze: { $name }
screening-change-mother = Wybierz inną osobę
screening-instrument-label = Kwestionariusz
screening-language-label = Język, w którym odpowiada
screening-validated-yes = Ta wersja językowa jest zwalidowana.
screening-validated-no = Ta wersja językowa nie jest zwalidowana: interpretuj wynik ostrożnie.
screening-wording-not-installed = Licencjonowana treść EPDS nie jest zainstalowana dla tego języka, więc EPDS nie może być w nim użyty: wybierz PHQ-9, GAD-2 lub Whooley.
screening-record-start = Rozpocznij kwestionariusz
screening-cancel = Anuluj

## The result, for staff.

screening-staff-result-title = Wynik zapisany
screening-staff-total = Suma { $total }: { $band }
screening-staff-urgent = Pytanie o bezpieczeństwo ma 1 punkt lub więcej: kontakt w sprawie bezpieczeństwa tego samego dnia.
screening-staff-alert = Zespół opieki nad nią otrzymał alert bezpieczeństwa.
screening-staff-anxiety = Podskala lęku EPDS-3A: { $score }
screening-staff-validated = Wersja językowa: zwalidowana
screening-staff-not-validated = Wersja językowa: niezwalidowana
screening-record-another = Zapisz kolejny
screening-band-none = poniżej progu
screening-band-possible = możliwa depresja
screening-band-probable = prawdopodobna depresja: skieruj na ocenę
screening-band-mild = łagodna
screening-band-moderate = umiarkowana
screening-band-moderately-severe = umiarkowanie ciężka
screening-band-severe = ciężka
screening-band-positive = wynik dodatni: zaproponuj pełną ocenę

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = Wyniki EPDS w czasie
screening-chart-title-phq9 = Wyniki PHQ-9 w czasie
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } możliwa
screening-chart-line-probable = { $score } prawdopodobna
screening-chart-line-moderate = { $score } umiarkowana
screening-chart-line-moderately-severe = { $score } umiarkowanie ciężka
screening-chart-summary =
    { $count ->
        [one] Jeden wynik: { $total } ({ $date })
        [few] { $count } wyniki; ostatni: { $total } ({ $date })
        [many] { $count } wyników; ostatni: { $total } ({ $date })
       *[other] { $count } wyniku; ostatni: { $total } ({ $date })
    }
screening-chart-empty = Nie ma jeszcze wyników EPDS ani PHQ-9.
screening-chart-table = Pokaż jako tabelę
screening-chart-date = Data
screening-chart-total = Suma
screening-chart-result = Wynik

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = Masz do wypełnienia pytania o samopoczucie
due-screening-intro = Na kursie kilka razy pytamy wszystkie uczestniczki, jak się czują. To zajmie kilka minut. Twoje odpowiedzi widzisz tylko Ty i osoby, które się Tobą opiekują.
due-screening-point-baseline = Początek kursu
due-screening-point-week6 = 6. tydzień kursu
due-screening-point-end = Koniec kursu
# $date is a date such as "Monday 14 December".
due-screening-until = Wypełnij do { $date }
due-screening-start = Wypełnij pytania
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = Zaplanowane pytania o samopoczucie
schedule-empty = Żaden kurs, na który jest zapisana, nie ma zaplanowanych pytań.
schedule-due-on = termin { $date }
schedule-status-upcoming = Jeszcze nieotwarte
schedule-status-due = Do wypełnienia teraz
schedule-status-done = Wypełnione
schedule-status-overdue = Po terminie
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = Harmonogram badań przesiewowych
schedule-edit-intro = Mamy zapisane na ten kurs są proszone o wypełnienie tego kwestionariusza w zaznaczonych momentach i dostają przypomnienie, gdy nadchodzi termin.
schedule-edit-instrument = Kwestionariusz
schedule-edit-points = Kiedy
schedule-edit-save = Zapisz harmonogram

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = Moje sprawdzenia
checkins-none = Nie ma jeszcze sprawdzeń.
checkins-intro = Dni, w których robiłaś sprawdzenie. Aby zobaczyć, który to był kwestionariusz, wpisz PIN albo hasło.
checkins-password-label = Albo Twoje hasło
checkins-password-wrong = To nie jest Twoje hasło.
checkins-show = Pokaż które
screening-not-shared = Jej ankiety nie są Ci udostępniane: nie zgodziła się na udostępnienie ich swojemu zespołowi opieki albo nie jest pod Twoją opieką. Alerty bezpieczeństwa o niej nadal trafiają do jej zespołu opieki.
