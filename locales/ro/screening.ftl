# PeriLink interface text: Romanian (ro), screening questions, results and help.
# Translated from the English source file (en/screening.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# CLINICAL NOTE: the PHQ-9, GAD-2 and Whooley questions and answers below are our
# own faithful translations of public-domain wording, NOT validated translations.
# Before clinical use they must be replaced by the validated official Romanian
# versions (for the PHQ-9 and GAD-2, those on phqscreeners.com), word for word.
#
# Notes for reviewers:
# - As in main.ftl and staff.ftl, the app speaks politely ("dumneavoastră").
#   Staff text avoids gendered forms, so it suits women and men. The questions
#   are answered by mothers, so where Romanian must show gender ("obosită",
#   "singură") the feminine is used.
# - The mother's pages never show a score.
# - "Health visitor" is "asistenta care vă vizitează acasă (health visitor)"
#   ("asistent comunitar" is kept for the link worker, as in main.ftl); GP is
#   "medicul de familie (GP)". Phone numbers stay as digits.
# - The plural rules the app uses put 101-119 under "other", so "other" lines
#   are worded to need no "de".
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = Cum vă simțiți
screening-intro-epds = Zece întrebări scurte despre cum v-ați simțit în ultimele 7 zile. Nu există răspunsuri bune sau greșite.
screening-epds-not-here = Chestionarul cerut nu este încă disponibil în limba dumneavoastră, așa că iată altul care întreabă despre aceleași lucruri.
screening-intro-phq9 = Nouă întrebări despre cum v-ați simțit în ultimele 2 săptămâni.
screening-intro-gad2 = Două întrebări despre griji, în ultimele 2 săptămâni.
screening-intro-whooley = Două întrebări despre cum v-ați simțit în ultima lună.
screening-private = Doar dumneavoastră și persoanele care vă îngrijesc puteți vedea răspunsurile. Nu se trimite nimic până nu vă verificați răspunsurile și alegeți să le trimiteți.
screening-start = Începeți
# A folded list of the other questionnaires she may take instead.
screening-other = Alte chestionare
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = Cum vă simțiți (EPDS, 10 întrebări)
screening-name-phq9 = Întrebări despre dispoziție (PHQ-9, 9 întrebări)
screening-name-gad2 = Întrebări despre griji (GAD-2, 2 întrebări)
screening-name-whooley = Două întrebări scurte (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = Întrebarea { $n } din { $total }
screening-back = Înapoi
screening-next = Mai departe
screening-choose-answer = Vă rugăm să alegeți un răspuns.
screening-review-title = Verificați-vă răspunsurile
screening-review-intro = Încă nu s-a trimis nimic. Puteți schimba orice răspuns înainte să le trimiteți.
screening-review-question = Întrebarea { $n }
screening-not-answered = Fără răspuns
screening-change = Schimbați
# The tooltip of each "Change" button on the review screen.
screening-change-label = Schimbați răspunsul la întrebarea { $n }
screening-send = Trimiteți răspunsurile mele
screening-sending = Se trimite…
screening-loading-questions = Se încarcă întrebările…
screening-try-again = Încercați din nou
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = EPDS, întrebarea { $n } – textul licențiat nu este instalat
screening-epds-placeholder-option = Varianta { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = Sursa:

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = În ultimele 2 săptămâni, cât de des v-a supărat oricare dintre problemele de mai jos?
screening-phq9-q1 = Puțin interes sau puțină plăcere în a face lucruri
screening-phq9-q2 = Vă simțiți abătută, deprimată sau fără speranță
screening-phq9-q3 = Vă este greu să adormiți sau să dormiți fără să vă treziți, sau dormiți prea mult
screening-phq9-q4 = Vă simțiți obosită sau aveți puțină energie
screening-phq9-q5 = Aveți poftă de mâncare redusă sau mâncați prea mult
screening-phq9-q6 = Aveți o părere proastă despre dumneavoastră — sau simțiți că sunteți un eșec sau că v-ați dezamăgit pe dumneavoastră sau familia
screening-phq9-q7 = Vă concentrați greu, de exemplu când citiți ziarul sau vă uitați la televizor
screening-phq9-q8 = V-ați mișcat sau ați vorbit atât de încet încât alții ar fi putut observa? Sau dimpotrivă — ați fost atât de agitată sau de neliniștită încât v-ați mișcat mult mai mult decât de obicei
screening-phq9-q9 = Gânduri că ar fi mai bine să fiți moartă sau să vă faceți rău într-un fel
screening-gad2-stem = În ultimele 2 săptămâni, cât de des v-au supărat problemele de mai jos?
screening-gad2-q1 = Vă simțiți nervoasă, anxioasă sau încordată
screening-gad2-q2 = Nu reușiți să opriți sau să controlați grijile
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = Deloc
screening-freq-1 = Câteva zile
screening-freq-2 = Mai mult de jumătate din zile
screening-freq-3 = Aproape în fiecare zi
screening-phq-attribution = PHQ-9 și GAD-2: elaborate de dr. Robert L. Spitzer, dr. Janet B.W. Williams, dr. Kurt Kroenke și colegii lor, cu o bursă educațională de la Pfizer Inc. Nu este nevoie de permisiune pentru a le reproduce, traduce, afișa sau distribui.

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = În ultima lună, v-a supărat des faptul că vă simțeați abătută, deprimată sau fără speranță?
screening-whooley-q2 = În ultima lună, v-a supărat des faptul că aveați puțin interes sau puțină plăcere în a face lucruri?
# The answers, in this order: "No" first.
screening-no = Nu
screening-yes = Da
screening-whooley-attribution = Întrebările Whooley, recomandate de ghidul NICE CG192, Antenatal and postnatal mental health (sănătatea mintală în sarcină și după naștere).

## After she sends her answers. Never show her a score.

screening-thanks-title = Vă mulțumim
screening-thanks = Răspunsurile dumneavoastră au fost salvate. Persoanele care vă îngrijesc le pot vedea.
screening-thanks-talk = Dacă vă este greu, puteți vorbi oricând cu moașa, cu asistenta care vă vizitează acasă (health visitor) sau cu medicul de familie (GP).
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = Dacă aveți nevoie de ajutor, oricând
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = Răspundeți acum la încă 10 întrebări
screening-back-to-my = Mergeți la activitățile mele
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = Vă rugăm să cereți sprijin azi
screening-help-intro = Răspunsurile arată că s-ar putea să aveți nevoie de mai mult sprijin acum. Nu sunteți singură și există ajutor pentru dumneavoastră.
screening-help-midwife = Vorbiți azi cu moașa sau cu medicul de familie (GP).
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = Sunați la NHS { $number } și alegeți opțiunea { $option }, pentru sănătate mintală
screening-help-999 = Sunați la { $number } în caz de urgență sau dacă simțiți că ați putea chiar să vă faceți rău
screening-help-samaritans = Sunați gratuit la Samaritans, la { $number }, oricând, zi și noapte
screening-help-told = Am anunțat moașa și echipa care vă îngrijește, ca să vă poată contacta.

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = Chestionare despre cum se simt mamele
screening-staff-intro = Rezolvați alertele de siguranță și înregistrați un chestionar pe care o mamă îl completează cu dumneavoastră, la cabinet.

## Safety alerts: the panel on the staff pages.

alerts-title = Alerte de siguranță
alerts-intro = Rezolvați azi fiecare alertă, apoi scrieți ce ați făcut, ca să o închideți.
alerts-empty = Nu există alerte deschise.
alerts-count =
    { $count ->
        [one] O alertă deschisă
        [few] { $count } alerte deschise
       *[other] Alerte deschise: { $count }
    }
alerts-reason-urgent = Întrebarea de siguranță are răspuns (gânduri de autovătămare): verificare de siguranță în aceeași zi
alerts-reason-probable = Scor în intervalul „probabil”: trimitere pentru evaluare
alerts-escalated = Transmisă coordonatorilor
alerts-raised = Creată: { $when }
alerts-note-label = Ce ați făcut?
alerts-note-hint = De exemplu: am sunat-o, s-a făcut o programare la medicul de familie în aceeași zi.
alerts-acknowledge = Confirmați
alerts-acknowledging = Se salvează…
alerts-note-needed = Scrieți ce ați făcut înainte să confirmați alerta.
alerts-acknowledged = Alerta pentru { $name } a fost confirmată.
alerts-already = Altcineva a confirmat deja această alertă.
alerts-refresh = Verificați dacă sunt alerte noi
alerts-her-results = Rezultatele ei

## Recording a questionnaire given in clinic.

screening-record-title = Înregistrați un chestionar completat la cabinet
screening-find-label = Căutați o mamă: nume, telefon, e-mail sau număr NHS
screening-find = Căutați
screening-find-none = Nu a fost găsit nimeni. Mamele pe care le aveți în grijă se găsesc după nume; celelalte persoane, doar după telefonul, e-mailul sau numărul NHS exact.
# A button on each mother found.
screening-choose-mother = Alegeți: { $name }
screening-for = Chestionare pentru { $name }
screening-change-mother = Alegeți pe altcineva
screening-instrument-label = Chestionar
screening-language-label = Limba în care răspunde
screening-validated-yes = Această versiune lingvistică este validată.
screening-validated-no = Această versiune lingvistică nu este validată: interpretați rezultatul cu grijă.
screening-wording-not-installed = Textul licențiat EPDS nu este instalat pentru această limbă, deci EPDS nu poate fi folosit în ea: alegeți PHQ-9, GAD-2 sau Whooley.
screening-record-start = Începeți chestionarul
screening-cancel = Anulați

## The result, for staff.

screening-staff-result-title = Rezultatul a fost înregistrat
screening-staff-total = Total { $total }: { $band }
screening-staff-urgent = Întrebarea de siguranță are scorul 1 sau mai mult: verificare de siguranță în aceeași zi.
screening-staff-alert = S-a emis o alertă de siguranță pentru echipa care o îngrijește.
screening-staff-anxiety = Subscala de anxietate EPDS-3A: { $score }
screening-staff-validated = Versiunea lingvistică: validată
screening-staff-not-validated = Versiunea lingvistică: nevalidată
screening-record-another = Înregistrați altul
screening-band-none = sub prag
screening-band-possible = depresie posibilă
screening-band-probable = depresie probabilă: trimitere pentru evaluare
screening-band-mild = ușoară
screening-band-moderate = moderată
screening-band-moderately-severe = moderat-severă
screening-band-severe = severă
screening-band-positive = pozitiv: oferiți o evaluare completă

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = Totalurile EPDS în timp
screening-chart-title-phq9 = Totalurile PHQ-9 în timp
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } posibilă
screening-chart-line-probable = { $score } probabilă
screening-chart-line-moderate = { $score } moderată
screening-chart-line-moderately-severe = { $score } moderat-severă
screening-chart-summary =
    { $count ->
        [one] Un rezultat: { $total } ({ $date })
        [few] { $count } rezultate; ultimul: { $total } ({ $date })
       *[other] Rezultate: { $count }; ultimul: { $total } ({ $date })
    }
screening-chart-empty = Încă nu există rezultate EPDS sau PHQ-9.
screening-chart-table = Arătați ca tabel
screening-chart-date = Data
screening-chart-total = Total
screening-chart-result = Rezultat

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = Aveți de completat întrebările despre cum vă simțiți
due-screening-intro = Cursul dumneavoastră le întreabă pe toate participantele, în câteva momente, cum se simt. Durează câteva minute. Doar dumneavoastră și persoanele care vă îngrijesc puteți vedea răspunsurile.
due-screening-point-baseline = Începutul cursului
due-screening-point-week6 = Săptămâna 6 a cursului
due-screening-point-end = Sfârșitul cursului
# $date is a date such as "Monday 14 December".
due-screening-until = Vă rugăm să le completați până la { $date }
due-screening-start = Completați întrebările
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = Chestionare programate
schedule-empty = Niciun curs la care este înscrisă nu are un chestionar programat.
schedule-due-on = termen { $date }
schedule-status-upcoming = Încă nedeschis
schedule-status-due = De completat acum
schedule-status-done = Completat
schedule-status-overdue = Termen depășit
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = Programul de screening
schedule-edit-intro = Mamelor înscrise la acest curs li se cere să completeze acest chestionar în momentele bifate și primesc un memento când vine termenul fiecăruia.
schedule-edit-instrument = Chestionar
schedule-edit-points = Când
schedule-edit-save = Salvați programul

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = Verificările mele
checkins-none = Nu există încă verificări.
checkins-intro = Zilele în care ați făcut o verificare. Ca să vedeți ce chestionar a fost, introduceți codul PIN sau parola.
checkins-password-label = Sau parola dvs.
checkins-password-wrong = Aceasta nu este parola dvs.
checkins-show = Arătați care
screening-not-shared = Chestionarele ei nu vă sunt arătate: nu a fost de acord să le împărtășească echipei care o îngrijește sau nu este în grija dvs. Alertele de siguranță despre ea ajung în continuare la această echipă.
