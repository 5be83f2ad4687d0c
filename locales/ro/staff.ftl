# PeriLink interface text: Romanian (ro), the staff screens.
# Translated from the English source file (en/staff.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks politely ("dumneavoastră", e.g. "Verificați").
#   Gendered forms are avoided, so the text suits women and men
#   (e.g. "Ultima verificare: azi", "Se ocupă de aceasta: ...").
# - "Session" is "activitate"; "venue" is "locație"; "host" is "organizator";
#   "listing" is "fișă"; "directory" is "catalog"; "term" is "semestru"
#   ("trimestru" is avoided: in maternity care it means a stage of pregnancy).
# - Numbers must be typed with a dot (53.4), not a comma: the error message says so.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Coordinator: keeping the directory right

coord-title = Țineți catalogul la zi
coord-intro = Adăugați și modificați activități, programe și locații și verificați fișele. Mamele văd imediat modificările dumneavoastră.
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = Părțile catalogului
coord-tab-check = De verificat
coord-tab-sessions = Activități
coord-tab-programmes = Programe
coord-tab-venues = Locații
coord-tab-organisations = Organizații

## Saving

coord-save = Salvați
coord-working = Se salvează…
coord-saved = S-a salvat. Mamele văd acum modificarea.
coord-new = Adăugați în schimb o fișă nouă
coord-edit = Modificați
# The first, empty choice in a drop-down list.
coord-choose = Alegeți…
coord-error-invalid = Unele date lipsesc sau nu sunt corecte. Verificați formularul și încercați din nou.
coord-error-postcode = Nu cunoaștem acest cod poștal. Verificați-l sau scrieți latitudinea și longitudinea.
coord-error-gone = Altcineva a modificat sau a șters acest lucru. Reîncărcați pagina și încercați din nou.
coord-error-number = Verificați numerele: folosiți doar cifre (și punct), de exemplu 12 sau 53.4.
coord-error-times = Ora de sfârșit trebuie să fie după ora de început.

## Listings to check

coord-stale-title = Fișe de verificat
coord-stale-intro = Fișele neverificate de 90 de zile trebuie verificate. După 120 de zile, mamele nu le mai văd. Verificați datele cu locația sau cu organizatorul, apoi marcați fișa ca verificată.
coord-stale-none = Toate fișele au fost verificate în ultimele 90 de zile.
coord-kind-venue = Locație
coord-kind-programme = Program
coord-kind-session = Activitate
# $days is a whole number of days.
# The plural rules the app uses put 101-119 under "other", where "de zile"
# would be wrong, so "other" is worded to need no "de".
coord-last-checked =
    { $days ->
        [0] Ultima verificare: azi
        [one] Ultima verificare: acum { $days } zi
        [few] Ultima verificare: acum { $days } zile
       *[other] Zile de la ultima verificare: { $days }
    }
coord-flagged = De verificat
coord-hidden = Nu apare pentru mame
coord-owner-you = Vă ocupați dumneavoastră de aceasta
# $name is the name of the member of staff who looks after the listing.
coord-owner = Se ocupă de aceasta: { $name }
coord-mark-checked = Confirmați verificarea
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday }, la { $start }, { $venue }

## Reports of wrong information

coord-reports-title = Semnalări că ceva nu este corect
coord-reports-none = Nu există semnalări deschise.
coord-messages-title = Mesaje text și e-mailuri
coord-messages-undelivered = Nelivrate în ultimele 7 zile: { $count }
coord-messages-stuck = Așteaptă trimiterea de peste 30 de minute: { $count }
coord-report-no-note = Persoana nu a spus ce nu este corect.
# $date is a date written as 2026-11-23.
coord-reported-on = Data semnalării: { $date }
coord-report-open = Vedeți pagina activității
coord-resolve = Marcați ca rezolvată

## Days of the week

coord-weekday-1 = Luni
coord-weekday-2 = Marți
coord-weekday-3 = Miercuri
coord-weekday-4 = Joi
coord-weekday-5 = Vineri
coord-weekday-6 = Sâmbătă
coord-weekday-7 = Duminică

## Organisations

coord-organisation-new = Adăugați o organizație
coord-organisation-edit = Modificați această organizație
coord-field-name = Nume
coord-field-kind = Tipul organizației
coord-field-website = Site web
coord-org-kind-nhs_trust = Unitate NHS (NHS trust)
coord-org-kind-library_service = Serviciul de biblioteci
coord-org-kind-charity = Organizație caritabilă
coord-org-kind-council = Consiliul local (council)
coord-org-kind-other = Alt tip

## Venues

coord-venue-new = Adăugați o locație
coord-venue-edit = Modificați această locație
coord-field-organisation = Organizație
coord-field-address = Adresă
coord-field-town = Localitate
coord-field-postcode = Cod poștal
coord-field-place-hint = Lăsați goale latitudinea și longitudinea ca locul să fie găsit după codul poștal.
coord-field-lat = Latitudine
coord-field-lon = Longitudine
coord-field-step-free = Acces fără trepte
coord-field-buggy-space = Loc pentru cărucioare
coord-field-baby-change = Loc pentru schimbat scutecele
coord-field-breastfeeding = Alăptarea este binevenită
coord-field-bus-routes = Autobuze în apropiere

## Programmes

coord-programme-new = Adăugați un program
coord-programme-edit = Modificați acest program
coord-field-programme-kind = Ce oferă
coord-programme-kind-esol = Cursuri de engleză (ESOL)
coord-programme-kind-rhyme_time = Cântece și poezii pentru copii
coord-programme-kind-singing = Grup de cântat
coord-programme-kind-breastfeeding_support = Sprijin pentru alăptare
coord-programme-kind-advice = Sfaturi despre bani, muncă și locuință
coord-programme-kind-other = Altceva
coord-field-for-pregnant = Deschis și pentru gravide
coord-field-baby-min = Vârsta minimă a bebelușului, în luni
coord-field-baby-max = Vârsta maximă a bebelușului, în luni
coord-field-cost = Preț pe activitate, în pence (0 = gratuit)
coord-field-booking = Rezervare
coord-booking-booking = Locurile se rezervă
coord-booking-drop_in = Fără rezervare, se poate veni direct
coord-field-format = Cum se desfășoară
coord-format-course = Curs: mamele se înscriu pentru tot semestrul
coord-format-ongoing = Săptămânal, fără dată de sfârșit
coord-english-words = În engleză
coord-field-title = Titlu
coord-field-description = Descriere
coord-field-what-to-bring = Ce trebuie adus
coord-translations-title = În alte limbi
coord-translations-intro = Alegeți o limbă ca să adăugați sau să modificați textul programului în acea limbă.
coord-field-language = Limba
coord-save-translation = Salvați această limbă
# $count is how many languages the programme has words in.
coord-translation-count =
    { $count ->
        [one] În { $count } limbă
        [few] În { $count } limbi
       *[other] În { $count } de limbi
    }

## Sessions

coord-session-new = Adăugați o activitate
coord-session-edit = Modificați această activitate
coord-field-programme = Program
coord-field-venue = Locație
coord-field-host = Organizator
coord-field-frequency = Cât de des
coord-frequency-weekly = În fiecare săptămână
coord-frequency-fortnightly = O dată la două săptămâni
coord-field-weekday = Ziua
coord-field-start = Începe la
coord-field-end = Se termină la
coord-field-starts-on = Prima zi a semestrului
coord-field-ends-on = Ultima zi a semestrului
coord-field-ends-on-hint = Lăsați gol pentru o activitate care continuă.
coord-field-capacity = Locuri
coord-field-capacity-hint = Lăsați gol dacă nu există o limită.
coord-field-languages = Limbile în care se ține
coord-field-interpreter-languages = Limbile pentru care există interpret sau ajutor bilingv
coord-field-cancelled = Datele în care nu are loc
coord-field-cancel-date = Altă dată în care nu are loc
coord-add-date = Adăugați această dată
coord-no-cancelled = Nicio dată nu este anulată.
coord-remove = Eliminați
# $date is a date written as 2026-12-25.
coord-remove-date = Eliminați { $date }
coord-session-words-title = Titlul propriu al activității
coord-session-words-intro = O activitate poate avea un titlu propriu, de exemplu „Cântece și poezii pentru copii, în arabă și engleză”. Lăsați gol ca să se folosească titlul programului.

## Anunțuri din alte cataloage (fluxuri Open Referral UK)

feeds-title = Anunțuri din alte cataloage
feeds-back = Înapoi la catalog
feeds-intro = PeriLink poate copia sesiuni dintr-un alt catalog care publică în formatul Open Referral UK, ca să nu le scrieți din nou. Citește fiecare flux în fiecare zi. Dacă schimbați aici un anunț copiat, schimbările ulterioare din flux așteaptă aprobarea dvs.
feeds-add-title = Adăugați un flux
feeds-field-url = Adresa fluxului
feeds-field-url-hint = Adresa la care sunt listate serviciile, de exemplu https://example.org/openreferral
feeds-field-take = Ce servicii se copiază
feeds-take-all = Toate
feeds-take-taxonomy_term = Cele dintr-o categorie
feeds-take-text = Cele care conțin anumite cuvinte
feeds-field-take-value = Codul categoriei sau cuvintele
feeds-add = Adăugați fluxul
feeds-list-title = Fluxurile dvs.
feeds-none = Nu ați adăugat încă niciun flux.
feeds-counts = Anunțuri: { $services }. Vă așteaptă: { $waiting }. Nu mai sunt în flux: { $gone }.
feeds-never-read = Încă necitit. Este citit în cel mult un minut de la adăugare.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = Citit ultima dată la { $when }.
feeds-run-done = Noi: { $created }. Actualizate: { $updated }. Vă așteaptă: { $waiting }. Nu mai sunt în flux: { $gone }. Nu au putut fi copiate: { $skipped }.
feeds-problem-unreachable = Nu s-a schimbat nimic. PeriLink nu a putut ajunge la flux sau acesta a răspuns prea târziu. Verificați adresa.
feeds-problem-server-error = Nu s-a schimbat nimic. Fluxul a răspuns cu o eroare. Verificați adresa sau așteptați următoarea citire.
feeds-problem-not-json = Nu s-a schimbat nimic. Această adresă trimite o pagină web, nu un flux. Verificați adresa.
feeds-problem-wrong-schema = Nu s-a schimbat nimic. Fluxul nu este în formatul Open Referral UK versiunea 3.
feeds-problem-endless-pages = Nu s-a schimbat nimic. Paginile fluxului nu se mai termină. Anunțați pe cine administrează fluxul.
feeds-problem-too-big = Nu s-a schimbat nimic. Fluxul este prea mare pentru ca PeriLink să-l copieze.
feeds-error-address-refused = PeriLink citește fluxuri doar de pe internetul public. Această adresă este într-o rețea privată sau locală.
feeds-error-busy = Acest flux este citit chiar acum. Așteptați un minut, apoi verificați din nou.
feeds-details = Ce s-a întâmplat, în detaliu (în engleză)
feeds-read-now = Citiți-l acum
feeds-reading = Se citește…
feeds-show-listings = Anunțurile lui
feeds-no-listings = Încă nu s-a copiat nimic din acest flux.
feeds-side-title = Titlu
feeds-side-description = Descriere
feeds-side-mine = Versiunea dvs.
feeds-side-theirs = Schimbarea din flux
feeds-approve = Folosiți schimbarea din flux
feeds-reject = Păstrați versiunea dvs.
feeds-waiting = Vă așteaptă
feeds-gone = Nu mai este în flux
feeds-edited-here = Schimbat aici
feeds-duplicates-count = Seamănă cu anunțuri pe care le aveți deja: { $count }. Deschideți anunțurile fluxului ca să decideți.
feeds-duplicates-title = Le aveți deja în listă?
feeds-duplicates-intro = Aceste sesiuni din flux seamănă cu sesiuni pe care le aveți deja: același loc, aceeași zi și oră și un nume asemănător. Nu sunt copiate până nu decideți.
feeds-duplicate-mine = Ale dumneavoastră
feeds-duplicate-theirs = Ale fluxului
feeds-duplicate-link = Sunt aceleași — legați-le
feeds-duplicate-separate = Sunt diferite — păstrați-le pe amândouă
feeds-error-decided = S-a decis deja. Uitați-vă din nou la anunțurile fluxului.

## A session's dates from a partner's calendar (.ics)

calendar-title = Date dintr-un calendar
calendar-intro = Dacă un partener, cum ar fi o bibliotecă sau un centru pentru copii, ține datele acestei sesiuni într-un calendar, PeriLink le poate prelua de acolo în fiecare zi. Un eveniment anulat îi anulează data, iar mamele care au rezervat-o sunt anunțate.
calendar-url = Preluați datele de la adresa unui calendar (.ics)
calendar-words = Doar evenimentele al căror titlu conține aceste cuvinte
calendar-words-hint = Lăsați gol pentru a prelua toate evenimentele din calendar.
calendar-save = Salvați adresa calendarului
calendar-read-now = Citiți acum
calendar-never-read = Încă necitit. Este citit în cel mult un minut după salvare.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = Citit ultima dată { $when }.
calendar-read-done = Date în anul care urmează: { $dates }. Adăugate: { $added }. Anulate: { $cancelled }. Mame anunțate: { $told }.
calendar-problem-unreachable = Nu s-a schimbat nimic. PeriLink nu a putut ajunge la calendar sau acesta a răspuns prea târziu. Verificați adresa.
calendar-problem-server-error = Nu s-a schimbat nimic. Adresa calendarului a răspuns cu o eroare. Verificați adresa sau așteptați următoarea citire.
calendar-problem-not-calendar = Nu s-a schimbat nimic. Această adresă nu trimite un calendar pe care PeriLink îl poate citi. Verificați adresa.
calendar-problem-no-events = Nu s-a schimbat nimic. Calendarul nu are evenimente sau niciunul nu are aceste cuvinte în titlu.
calendar-problem-too-big = Nu s-a schimbat nimic. Calendarul este prea mare pentru ca PeriLink să-l citească.
