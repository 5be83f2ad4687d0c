# PeriLink interface text: Romanian (ro), the register, for session hosts.
# Translated from the English source file (en/register.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - As in main.ftl and staff.ftl, the app speaks politely ("dumneavoastră").
#   Gendered forms are avoided for the reader, so the text suits women and men.
#   Words about the people on the register (mothers) are feminine ("Prezentă").
# - "Register" is "lista de prezență"; a "mark" is "marcaj"; "sent apologies" is
#   "s-a scuzat"; a "walk-in" is someone who came "fără rezervare".
# - The plural rules the app uses put 101-119 under "other", so "other" lines
#   are worded to need no "de".
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The page

register-title = Liste de prezență
register-new-referrals =
    { $count ->
        [one] O trimitere nouă așteaptă răspuns
        [few] { $count } trimiteri noi așteaptă răspuns
       *[other] { $count } de trimiteri noi așteaptă răspuns
    }
register-intro = Atingeți o dată pentru fiecare persoană. Marcajele se salvează întâi pe acest telefon, apoi se trimit, așa că puteți face prezența și fără semnal.
register-sign-in-needed = Vă rugăm să intrați în cont ca să faceți prezența.
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [one] { $count } marcaj este salvat pe acest telefon. Va fi trimis după ce intrați în cont.
        [few] { $count } marcaje sunt salvate pe acest telefon. Vor fi trimise după ce intrați în cont.
       *[other] Marcaje salvate pe acest telefon: { $count }. Vor fi trimise după ce intrați în cont.
    }
register-offline-nothing = Nu există conexiune și încă nu este salvată nicio listă de prezență pe acest telefon. Deschideți o dată această pagină cu conexiune; apoi va funcționa și fără internet.
# $time is when the register was saved, such as "09:15".
register-offline-saved = Nu există conexiune: aceasta este lista de prezență salvată pe acest telefon la ora { $time }.
register-not-saved = Lista de prezență pentru această zi nu este salvată pe acest telefon. Conectați-vă la internet ca să o încărcați.
register-no-sessions = Nu aveți activități în această zi.

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = Ziua
# Read by screen readers on today's button.
register-today = Azi

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = De la { $start } la { $end }, { $venue }
register-cancelled = Această dată este anulată.
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = Marcate: { $marked } din { $expected }. Prezente: { $present }.
register-nobody = Încă nu este așteptat nimeni. Adăugați mai jos persoanele care vin.
register-replies = Mesaje de la mame despre această dată

## A person on the register

# $name is her baby's first name.
register-baby = Bebeluș: { $name }
register-interpreter = Are nevoie de interpret
# Why she is on the register.
register-because-booked = Rezervare
register-because-enrolled = Înscriere la curs
register-because-referred = Trimitere
register-because-walk-in = Fără rezervare
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = Marcaj pentru { $name }
register-present = Prezentă
register-absent = Absentă
register-apologies = S-a scuzat
register-babies = Bebeluși
register-children = Alți copii
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = { $name }: cu un bebeluș mai puțin
register-more-babies = { $name }: cu un bebeluș mai mult
register-fewer-children = { $name }: cu un copil mai puțin
register-more-children = { $name }: cu un copil mai mult

## Where a mark is

register-mark-waiting = Așteaptă să fie trimis
register-mark-sent = Trimis
register-mark-superseded = Trimis, dar contează un marcaj mai nou de pe alt telefon
register-mark-refused = Neacceptat
# A button that removes a mark that was not accepted.
register-mark-discard = Eliminați

## Sending

register-online = Online
register-offline = Offline: marcajele rămân pe acest telefon
register-sync-none = Încă nu există marcaje.
register-sync-all-sent = Toate marcajele au fost trimise.
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [one] { $count } marcaj așteaptă să fie trimis.
        [few] { $count } marcaje așteaptă să fie trimise.
       *[other] Marcaje care așteaptă să fie trimise: { $count }.
    }
register-sync-sending = Se trimite…
register-sync-offline = Nu există conexiune. Marcajele sunt în siguranță pe acest telefon și vor fi trimise când revine conexiunea.
register-sync-sign-in = Intrați din nou în cont ca să le trimiteți.
register-sync-trouble = { -brand-name } nu le-a putut primi acum. Va încerca din nou.
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [one] { $count } marcaj nu a fost acceptat. Verificați-l în lista de marcaje de mai jos.
        [few] { $count } marcaje nu au fost acceptate. Verificați-le în lista de marcaje de mai jos.
       *[other] Marcaje neacceptate: { $count }. Verificați-le în lista de marcaje de mai jos.
    }
register-sync-now = Trimiteți acum
register-storage-failed = Acest telefon nu a putut salva marcajele. Țineți pagina deschisă până când sunt trimise.
# The heading of the list of the day's marks; $count is how many.
register-device-marks = Marcaje pe acest telefon ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }. { $state }.

## Walk-ins

register-walk-in = Adăugați pe cineva care a venit fără rezervare
register-walk-in-search = Căutați-o în listele dumneavoastră de prezență
register-walk-in-search-hint = Scrieți o parte din prenumele ei.
# $name is her first name.
register-walk-in-pick = Adăugați: { $name }
register-walk-in-none-found = Nimeni din listele dumneavoastră nu are acest nume. Creați o fișă nouă mai jos.
register-walk-in-new = Fișă nouă
register-walk-in-name = Prenume
register-walk-in-phone = Număr de telefon (dacă are)
register-walk-in-phone-hint = Un număr din Regatul Unit, de exemplu 07700 900123. Lăsați gol dacă nu are.
register-walk-in-language = Limba ei
register-walk-in-babies = Bebeluși cu ea
register-walk-in-children = Alți copii cu ea
register-walk-in-add = Adăugați și marcați prezentă
# $name is her first name.
register-walk-in-added = { $name } este pe lista de prezență, marcată prezentă.
register-walk-in-error-name = Scrieți prenumele ei.
register-walk-in-error-phone = Acesta nu este un număr de telefon din Regatul Unit. Verificați-l sau lăsați gol.
