# PeriLink interface text: Romanian (ro), accounts: joining from an invitation,
# passwords, signing in with a code, two-factor sign-in, devices and People.
# Translated from the English source file (en/accounts.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks politely ("dumneavoastră"); gendered forms
#   are avoided. "Two-factor sign-in" is "autentificare în doi pași"; an
#   "authenticator app" is "aplicație de autentificare".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = Verificați datele și încercați din nou.
account-error-conflict = Acesta există deja. Verificați lista.

## New passwords (joining, setting up, resetting)

password-new = Parolă nouă
# $count is the fewest characters a password may have.
password-rules = Cel puțin { $count } caractere. Trei sau patru cuvinte pe care le țineți minte fac o parolă puternică. Puteți lipi o parolă dintr-un manager de parole.
password-error-short = Parola trebuie să aibă cel puțin { $count } caractere.
password-error-long = Această parolă este prea lungă. Alegeți una mai scurtă.
password-error-weak = Această parolă este prea scurtă sau prea ușor de ghicit. Alegeți alta.

## Joining from an invitation

invite-accept-title = Intrați în { -brand-name }
invite-accept-intro = Ați primit o invitație în { -brand-name }. Verificați datele, apoi scrieți-vă numele și alegeți o parolă.
invite-accept-email = E-mail
invite-accept-role = Rol
invite-accept-organisation = Organizație
invite-accept-name = Numele dumneavoastră
invite-accept-name-hint = Așa cum îl vor vedea colegii și mamele, de exemplu „Amina Hassan, moașă”.
invite-accept-submit = Creați contul
invite-accept-working = Se creează contul…
invite-error-name = Scrieți-vă numele.
invite-error-expired = Această invitație a expirat: invitațiile sunt valabile 72 de ore. Cereți una nouă celui care v-a invitat.
invite-error-used = Această invitație a fost deja folosită. Dacă ați folosit-o dumneavoastră, intrați în cont.
invite-error-revoked = Această invitație a fost retrasă. Întrebați persoana care v-a invitat dacă credeți că este o greșeală.

## Links from emails and text messages

link-error-invalid = Acest link nu funcționează. Verificați dacă ați deschis tot linkul sau cereți unul nou.
link-error-expired = Acest link a expirat. Cereți unul nou.
link-error-used = Acest link a fost deja folosit. Cereți unul nou sau intrați în cont.

## A mother sets up her account

setup-title = Pregătiți-vă contul
setup-intro = Alegeți o parolă pentru contul { -brand-name }. Puteți intra în cont și cu un cod trimis pe telefon.
setup-submit = Salvați parola
setup-working = Se salvează…
setup-code-instead = Puteți intra în cont oricând cu un cod trimis pe telefon sau pe e-mail.

## Forgotten password

forgot-link = Ați uitat parola?
forgot-title = Schimbați parola
forgot-intro = Scrieți e-mailul sau numărul de mobil al contului. Vă trimitem un link pentru a alege o parolă nouă.
forgot-contact = E-mail sau număr de mobil
forgot-submit = Trimiteți-mi un link
forgot-sent = Dacă există un cont cu acest e-mail sau număr, i-am trimis un link. Linkul funcționează o singură dată, pentru scurt timp.
reset-title = Alegeți o parolă nouă
reset-intro = Alegeți o parolă nouă. Contul se va închide pe toate celelalte dispozitive.
reset-submit = Salvați parola nouă
reset-done = Parola a fost schimbată. Intrați în cont cu parola nouă.
reset-ask-again = Cereți un link nou

## Signing in with a one-time code

code-sign-in-link = Intrați cu un cod
code-sign-in-title = Intrare cu un cod
code-intro = Vă trimitem un cod de 6 cifre pe telefonul mobil sau pe e-mail.
code-contact = Număr de mobil sau e-mail
code-send = Trimiteți-mi un cod
code-sending = Se trimite…
code-sent = Dacă există un cont cu acest număr sau e-mail, i-am trimis un cod. Codul funcționează 10 minute.
code-label = Cod de 6 cifre
code-send-again = Trimiteți un cod nou
code-use-password = Intrați cu parola
code-error-contact = Scrieți e-mailul sau numărul de mobil.
code-error-format = Scrieți cele 6 cifre ale codului.
code-error-invalid = Codul nu este corect sau a expirat. Încercați din nou.
code-error-too-many = Prea multe încercări greșite. Cereți un cod nou.

## The second step of signing in, for staff

totp-step-title = Scrieți codul de securitate
totp-step-intro = Deschideți aplicația de autentificare și scrieți codul de 6 cifre pe care îl arată pentru { -brand-name }.
totp-step-recovery-intro = Scrieți unul dintre codurile de recuperare salvate când ați activat autentificarea în doi pași. Fiecare funcționează o singură dată.
totp-step-label = Cod de securitate
totp-step-recovery-label = Cod de recuperare
totp-step-submit = Continuați
totp-step-use-recovery = Nu am telefonul la mine
totp-step-use-app = Folosiți aplicația de autentificare
totp-step-start-again = Începeți din nou
totp-step-expired = A durat prea mult. Începeți din nou și intrați în cont.

## Setting up two-factor sign-in

twofa-title = Autentificare în doi pași
twofa-intro = Pentru că puteți vedea informații despre sănătatea mamelor, la intrarea în cont aveți nevoie de un al doilea pas: un cod dintr-o aplicație de autentificare de pe telefon.
twofa-required = Activați acum autentificarea în doi pași. Până atunci nu puteți vedea datele mamelor.
twofa-on = Autentificarea în doi pași este activă pentru contul dumneavoastră.
twofa-not-needed = Contul dumneavoastră nu are nevoie de autentificare în doi pași.
twofa-demo-exempt = Conturile demonstrative nu au nevoie de autentificare în doi pași. O puteți totuși încerca.
twofa-start = Activați autentificarea în doi pași
twofa-step-scan = Scanați acest cod QR cu aplicația de autentificare.
twofa-qr-label = Cod QR care adaugă { -brand-name } într-o aplicație de autentificare
twofa-step-key = Sau scrieți această cheie în aplicație:
twofa-step-code = Scrieți codul de 6 cifre din aplicație
twofa-confirm = Activați autentificarea în doi pași
twofa-confirming = Se verifică…
twofa-now-on = Autentificarea în doi pași este acum activă.
twofa-recovery-title = Codurile de recuperare
twofa-recovery-intro = Dacă pierdeți telefonul, fiecare dintre aceste coduri vă permite să intrați în cont o dată. Salvați-le acum într-un loc sigur: nu le veți mai vedea.
twofa-recovery-saved = Am salvat aceste coduri
twofa-continue = Continuați

## My account: two-factor and devices

account-title = Contul meu
account-twofa-open = Setări pentru autentificarea în doi pași
devices-title = Unde este deschis contul
devices-intro = Dacă vedeți un dispozitiv pe care nu îl cunoașteți sau pe care l-ați pierdut, închideți contul pe el.
devices-this = (acest dispozitiv)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $browser } pe { $system }
devices-unknown = Dispozitiv necunoscut
# $when is a date and time.
devices-signed-in = Intrare în cont: { $when }
devices-last-used = Ultima folosire: { $when }
devices-sign-out = Ieșiți din cont pe acel dispozitiv
devices-signed-out = Contul a fost închis pe acel dispozitiv.

## People: staff accounts, invitations and teams

people-title = Persoane
people-intro = Invitați personal, vedeți cine are cont și organizați echipele.
admin-intro = Ce vă așteaptă mai întâi și drumul spre fiecare dintre sarcinile dumneavoastră.
admin-people-counts = Conturi de personal: { $staff }. Invitații care așteaptă acceptarea: { $waiting }.
admin-directory-hint = Activități, programe, locuri și organizații, și ce trebuie verificat.
admin-outcomes-hint = Cine a venit și cum s-a schimbat starea lor, pentru finanțatori.
admin-registers-hint = Faceți prezența când țineți locul cuiva la o activitate.
admin-alerts-hint = Alerte de siguranță deschise despre mame de care încă nu se ocupă nimeni.
people-working = Se salvează…
people-saved = Salvat.
people-invite-title = Invitați pe cineva
people-invite-intro = Persoana primește un e-mail cu un link pentru a-și alege parola. Linkul este valabil 72 de ore.
people-invite-email = E-mailul de serviciu
people-invite-role = Rol
people-invite-team = Echipă
people-invite-no-team = Fără echipă
people-invite-submit = Trimiteți invitația
people-invite-sent = Invitația a fost trimisă.
people-error-email = Scrieți o adresă de e-mail.
people-error-name = Scrieți un nume.
people-invitations-title = Invitații
people-invitations-none = Încă nu există invitații.
people-invitation-pending = În așteptare
people-invitation-accepted = Acceptată
people-invitation-revoked = Retrasă
people-invitation-expired = Expirată
# $when is a date and time.
people-invitation-expires = Linkul funcționează până la { $when }
people-invitation-revoke = Retrageți invitația
people-invitation-revoked-note = Invitația a fost retrasă.
people-staff-title = Conturile personalului
people-inactive = Închis
people-no-twofa = Încă fără autentificare în doi pași
# $teams is a list of team names.
people-teams = Echipe: { $teams }
people-no-team = Nu face parte dintr-o echipă
people-deactivate = Închideți contul
# $name is a person's name.
people-deactivate-confirm = Închideți contul lui { $name }? Persoana va fi scoasă imediat din cont peste tot.
people-deactivated = Contul a fost închis.
people-cancel = Renunțați
people-teams-title = Organizații și echipe
people-no-teams = Încă nu există echipe.
people-team-name = Numele echipei noi
people-team-kind = Tipul echipei
people-team-kind-community_midwifery = Moașe comunitare
people-team-kind-health_visiting = Vizite medicale la domiciliu
people-team-kind-link_workers = Asistenți comunitari
people-team-kind-provider = Cei care țin activitățile
people-team-kind-other = Altul
people-team-add = Adăugați echipa
people-add-member = Adăugați pe cineva în această echipă
people-choose-person = Alegeți o persoană
people-add = Adăugați
people-remove = Scoateți
# $name is a person's name.
people-remove-member = Scoateți pe { $name } din această echipă
people-org-new = Organizație nouă
people-org-name = Numele organizației
people-org-add = Adăugați organizația

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = Pe un telefon folosit de mai multe persoane
phone-intro = Aceste setări rămân doar pe acest telefon. Vă ajută să păstrați pentru dumneavoastră ce faceți aici, dacă altcineva folosește telefonul.
phone-exit-label = „Ieșiți rapid” deschide
phone-exit-hint = Butonul din partea de sus a fiecărui ecran, sau Esc apăsat de două ori, închide imediat aplicația și deschide în locul ei această pagină.
phone-name-label = Numele afișat pe acest telefon
phone-name-hint = Numele de pe fila browserului și de pe ecranul principal, dacă adăugați aplicația acolo.
pin-title = Blocarea aplicației
pin-intro = Alegeți un cod PIN de 4–6 cifre. După 5 minute de absență, sau când deschideți din nou aplicația, vi se cere codul. Rămâne doar pe acest telefon.
pin-is-set = Pe acest telefon este setat un cod PIN. După 5 minute de absență, sau când deschideți din nou aplicația, vi se cere.
pin-new-label = Cod PIN nou (4–6 cifre)
pin-again-label = Același cod PIN încă o dată
pin-set = Setați codul PIN
pin-change = Schimbați codul PIN
pin-remove = Ștergeți codul PIN
pin-saved = Codul PIN a fost setat.
pin-removed = Codul PIN a fost șters.
pin-mismatch = Cele două coduri PIN nu sunt la fel.
contact-title = Cum vă putem contacta
contact-intro = Spuneți-ne când este sigur să vă contactăm. Moașa și asistenta de legătură văd asta înainte să vă sune sau să vă scrie.
contact-ways = Modurile în care vreți să fiți contactată
contact-days = Zile
contact-times = Ore (ora Regatului Unit)
contact-from = De la
contact-until = Până la
contact-save = Salvați
contact-saved = Salvat. Vă vom contacta doar așa.
contact-bad-times = Ora de început trebuie să fie înainte de ora de sfârșit.
care-team-title = Cine vă poate vedea fișa
care-team-intro = Persoanele care vă îngrijesc și vă pot vedea fișa și de ce v-a adăugat cine v-a găsit.
care-team-none = Nimeni deocamdată.
care-team-added = Din { $date }
care-team-reason = De ce v-au adăugat: „{ $reason }”
