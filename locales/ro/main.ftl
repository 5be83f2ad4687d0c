# PeriLink interface text: Romanian (ro).
# Translated from the English source file (en/main.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - The app speaks to the user politely ("dumneavoastră", e.g. "Intrați în
#   cont"), as a health service would. Gendered forms are avoided.
# - "Session" is "activitate"; "link worker" is "asistent comunitar";
#   "referral" is "trimitere".
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = Mergeți direct la conținutul principal
# The name screen readers give to the main menu.
nav-label = Meniu principal
nav-home = Acasă
nav-find = Căutați activități
nav-sign-in = Intrați în cont
nav-sign-out = Ieșiți din cont
# Label of the menu that changes the language of the whole app.
language-picker-label = Limba
language-picker-apply = Schimbă
footer-text = { -brand-name } ajută mamele să găsească sprijin prietenos aproape de casă.
loading = Se încarcă…

## Home page

home-title = Grupuri și ajutor pentru mame, în limba dumneavoastră
home-intro = Găsiți aproape de casă cursuri de engleză, întâlniri cu cântece și poezii pentru copii, grupuri de cântat și sprijin pentru alăptare. Multe sunt gratuite și puteți veni cu bebelușul.
home-find-button = Căutați o activitate în apropiere
home-staff-title = Pentru moașe, asistenți comunitari și organizatori de activități
home-staff-intro = Intrați în cont ca să faceți o trimitere pentru o mamă, să faceți prezența sau să vedeți cum merg activitățile.
# $name is the signed-in person's name.
home-signed-in-as = V-ați conectat ca { $name }
# $place is the name of a page, such as "My sessions".
home-continue = Mergeți la: { $place }

## Roles, as the app names them to the person signed in

role-mother = Mamă
role-referrer = Moașă sau asistent comunitar
role-host = Organizator de activități
role-coordinator = Coordonator
role-admin = Administrator

## Each role's starting page

start-mother = Activitățile mele
start-referrer = Trimiterile mele
start-host = Listele de prezență de azi
start-coordinator = Programe și rapoarte
start-admin = Conturi
start-your-details = Datele dumneavoastră
start-detail-name = Nume
start-detail-role = Rol
start-detail-job = Funcție
start-detail-organisation = Organizație
start-detail-email = E-mail

## Find page

find-title = Căutați o activitate

## Sign in

sign-in-title = Intrați în cont
sign-in-intro = Folosiți adresa de e-mail și parola contului dumneavoastră { -brand-name }.
sign-in-email = E-mail
sign-in-password = Parolă
sign-in-show-password = Afișați parola
sign-in-submit = Intrați în cont
sign-in-working = Vă conectăm…
sign-in-error-credentials = Adresa de e-mail sau parola nu este corectă. Vă rugăm să încercați din nou.
# $minutes is a whole number of minutes.
sign-in-error-throttled =
    { $minutes ->
        [one] Prea multe încercări. Vă rugăm să așteptați { $minutes } minut și să încercați din nou.
        [few] Prea multe încercări. Vă rugăm să așteptați { $minutes } minute și să încercați din nou.
       *[other] Prea multe încercări. Vă rugăm să așteptați { $minutes } de minute și să încercați din nou.
    }
sign-in-error-missing = Vă rugăm să scrieți adresa de e-mail și parola.
sign-in-needed = Vă rugăm să intrați în cont ca să vedeți această pagină.
signed-out = Ați ieșit din cont.

## Errors

error-network = Nu ne-am putut conecta la { -brand-name }. Verificați internetul și încercați din nou.
error-generic = Ceva nu a mers bine. Vă rugăm să încercați din nou.
error-forbidden = Contul dumneavoastră nu poate deschide această pagină.
not-found-title = Pagina nu a fost găsită
not-found-text = Nu am găsit această pagină.
not-found-home = Mergeți la pagina principală

## On every page: the menu's account links, and the demo's notice.
demo-banner = Aceasta este o demonstrație cu persoane inventate. Conturile demonstrative nu au nevoie de autentificare în doi pași; conturile reale ale personalului au.
nav-account = Contul meu
nav-people = Persoane
nav-my-sessions = Activitățile mele
nav-check-in = Cum vă simțiți
nav-admin = Conturi
nav-my-referrals = Trimiterile mele
nav-register = Liste de prezență
nav-incoming = Trimiteri
nav-directory = Catalog
nav-alerts = Alerte de siguranță
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = luni|marți|miercuri|joi|vineri|sâmbătă|duminică
date-months = ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie
date-long = { $weekday }, { $day } { $month }
checkin-title = Cum vă simțiți?
checkin-intro = Câteva întrebări private despre ultimele două săptămâni. Doar dumneavoastră și cei care vă îngrijesc vedeți răspunsurile.
checkin-start = Începeți

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = Activați autentificarea în doi pași ca să puteți vedea datele mamelor.
error-totp-required = Intrați din nou în cont cu codul din aplicația de autentificare.
error-account-inactive = Acest cont a fost închis. Întrebați coordonatorul dacă credeți că este o greșeală.

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = Ieșiți rapid
quick-exit-hint = sau apăsați de două ori Esc
neutral-name-diary = Jurnalul bebelușului
neutral-name-notes = Notițe
lock-title = Introduceți codul PIN
lock-intro = Aplicația este blocată pe acest telefon. Introduceți codul PIN ca să o deschideți.
lock-pin-label = Cod PIN (4–6 cifre)
lock-open = Deschideți
lock-not-a-pin = Un cod PIN are 4–6 cifre.
lock-wrong = Cod PIN greșit. Încercări rămase până veți fi deconectată: { $left }
lock-forgot = Ați uitat codul PIN? Ieșiți din cont, apoi intrați din nou cu parola sau cu un cod.
contact-channel-text = Mesaj text
contact-channel-email = E-mail
contact-channel-call = Apel telefonic
error-wording-not-installed = Acest chestionar nu este disponibil în această limbă. Alegeți altul.
