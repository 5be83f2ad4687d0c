# PeriLink interface text: Romanian (ro), referrals, for referrers, hosts and mothers.
# Translated from the English source file (en/referrals.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - As in main.ftl and staff.ftl, the app speaks politely ("dumneavoastră").
#   Gendered forms are avoided for the reader, so staff text suits women and
#   men. Words about the mother are feminine.
# - "Referral" is "trimitere"; "referrer" is "persoana care a făcut trimiterea";
#   "session" is "activitate"; "session host" is "organizator"; "link worker" is
#   "asistent comunitar"; "caseload" is "mamele pe care le am în grijă".
# - The ref-status- names agree with "trimitere" (feminine) and are shown to mothers.
# - The plural rules the app uses put 101-119 under "other", so "other" lines
#   are worded to need no "de".
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = Trimisă
ref-status-accepted = Acceptată
ref-status-declined = Refuzată
ref-status-booked = Cu loc rezervat
ref-status-attending = Participă
ref-status-completed = Încheiată
ref-status-did-not-attend = A lipsit de două ori
ref-status-withdrawn = Oprită

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = Se simte singură
ref-reason-low-mood-or-anxiety = Tristețe sau griji
ref-reason-english-language = Învățarea limbii engleze
ref-reason-infant-feeding = Hrănirea bebelușului
ref-reason-money-housing-or-work = Bani, locuință sau muncă
ref-reason-bonding-with-baby = Legătura cu bebelușul
ref-reason-other = Altceva
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = Motivele trimiterii

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = de persoana care a făcut trimiterea
ref-actor-provider = de echipa activității
ref-actor-mother = de mamă
ref-actor-system = din lista de prezență
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }, { $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
        [one] { $count } pas până acum
        [few] { $count } pași până acum
       *[other] Pași până acum: { $count }
    }
# $reason is what someone wrote when they declined.
ref-move-reason = Motiv: „{ $reason }”
ref-sent-on = Trimisă: { $date }
# $text is what the mother said matters to her, in her words.
ref-what-matters = Ce contează pentru ea: „{ $text }”
# $text is the referrer's note for the care team.
ref-note = Notă: { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = Are nevoie de interpret
ref-cancel = Anulați
ref-working = Se trimite…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = Această trimitere s-a schimbat între timp. Lista este acum la zi: vă rugăm să vă uitați din nou.
ref-error-full = Nu mai sunt locuri la acea dată. Vă rugăm să alegeți alta.
ref-error-invalid = Unele date nu sunt corecte. Vă rugăm să le verificați și să încercați din nou.
ref-error-reason = Vă rugăm să spuneți de ce.

## A referrer's page: news, making a referral, and her caseload

ref-news-title = Noutăți
ref-news-accepted = { $programme } a acceptat trimiterea pentru { $name }.
ref-news-declined = { $programme } a refuzat trimiterea pentru { $name }. Motivul apare mai jos, în pașii ei.
ref-news-first-attended = { $name } a venit prima dată la { $programme }.
ref-news-missed-twice = { $name } a lipsit de două ori la rând de la { $programme }.
ref-news-withdrawn = { $name } și-a oprit trimiterea la { $programme }.
ref-news-booking-cancelled = { $name } și-a anulat rezervarea la { $programme }: trimiterea are din nou nevoie de o dată.
ref-attended-none = Încă nu a avut loc nicio activitate de la trimitere.
ref-news-alert = Alertă de siguranță pentru { $name }: ocupați-vă de ea azi.
ref-news-alert-escalated = Nimeni nu s-a ocupat de alerta de siguranță pentru { $name } în patru ore: a ajuns la coordonatori.
ref-news-alert-closed = A apărut o alertă de siguranță, de care s-a ocupat deja cineva.
ref-news-alert-open = Vedeți alerta
# When the referral a notification is about is not on this page.
ref-news-other = Una dintre trimiterile dumneavoastră s-a schimbat.
# Marks a piece of news as read, so it goes away.
ref-news-read = Am înțeles

ref-new-title = Faceți o trimitere
ref-new-intro = Patru pași scurți. Ce știm deja despre ea este completat pentru dumneavoastră.
# After sending.
ref-sent = Trimiterea a fost făcută: { $name }, la { $programme }.

# Step 1: finding or registering the mother.
ref-step-mother = 1. Găsiți mama
ref-find-label = Numele ei, numărul de telefon sau numărul NHS
ref-find-hint = După nume găsiți mamele pe care le aveți în grijă. După telefon, e-mail sau număr NHS găsiți pe oricine cunoaștem.
ref-find-submit = Căutați
ref-find-none = Nu a fost găsit nimeni. Verificați ce ați scris sau înregistrați-o.
ref-find-results = Mame găsite
ref-choose = Faceți trimiterea
ref-register-open = Înregistrați o mamă nouă
ref-register-title = Înregistrați o mamă
ref-field-given = Prenume
ref-field-family = Nume de familie (opțional)
ref-contact-hint = Dați numărul ei de mobil, adresa de e-mail sau pe amândouă.
ref-field-phone = Număr de mobil
ref-field-email = E-mail
ref-field-language = Limba pe care o preferă
ref-language-choose = Alegeți o limbă
ref-language-other = Altă limbă
ref-field-language-other = Codul limbii
ref-language-other-hint = Un cod BCP 47, de exemplu „ps” pentru paștună sau „ti” pentru tigrină.
ref-field-dialect = Dialect (opțional)
ref-field-interpreter = Are nevoie de interpret
ref-dates-hint = Dați data estimată a nașterii sau, după ce s-a născut copilul, data nașterii bebelușului.
ref-field-due = Data estimată a nașterii
ref-field-born = Data nașterii bebelușului
ref-field-nhs = Număr NHS (opțional)
ref-field-postcode = Cod poștal (opțional)
ref-register-submit = Înregistrați-o
ref-error-given = Vă rugăm să dați prenumele ei.
ref-error-contact = Vă rugăm să dați un număr de mobil sau o adresă de e-mail.
ref-error-phone = Acesta nu este un număr de telefon din Regatul Unit.
ref-error-email = Aceasta nu este o adresă de e-mail.
ref-error-language = Vă rugăm să alegeți limba ei.
ref-error-nhs = Acesta nu este un număr NHS. Verificați cele zece cifre.
ref-error-known = Cunoaștem deja o mamă cu acest număr NHS. Căutați-o pe ea.
ref-find-known = Căutați-o după numărul NHS
# Above the mother being referred.
ref-chosen-title = Trimitere pentru
ref-undelivered-sms = Mesajul text nu a fost livrat: sunați-o
ref-undelivered-email = E-mailul nu a fost livrat
ref-due-on = Naștere estimată: { $date }
ref-born-on = Bebeluș născut: { $date }
# $number is an NHS number.
ref-nhs = Număr NHS { $number }
ref-change = Alegeți pe altcineva

# Step 2: choosing a session.
ref-step-session = 2. Alegeți o activitate
ref-kind-label = Ce fel de activitate?
ref-in-language = Doar în limba ei sau cu interpret pentru limba ei
ref-for-stage = Doar activități pentru etapa ei (sarcină sau vârsta bebelușului)
ref-near-label = Aproape de
ref-near-hint = Codul ei poștal sau o zonă, de exemplu L8.
ref-search = Căutați
ref-sessions-empty = Nicio activitate nu se potrivește. Încercați mai puține opțiuni sau o zonă mai mare.
ref-error-place = Nu cunoaștem acest loc. Încercați un cod poștal ca L8 1XF sau o zonă ca L8.
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
ref-record =
    { $days ->
        [0] De obicei răspunde în mai puțin de o zi · { $percent }% acceptate
        [one] De obicei răspunde în { $days } zi · { $percent }% acceptate
        [few] De obicei răspunde în { $days } zile · { $percent }% acceptate
       *[other] Zile până la răspuns, de obicei: { $days } · { $percent }% acceptate
    }
ref-record-none = Încă nu are trimiteri
ref-record-no-replies = Încă nu a răspuns
ref-pick = Alegeți această activitate
ref-picked = Aleasă

# Step 3: consent.
ref-step-consent = 3. Acordul ei
ref-consent-intro = Întrebați-o în limba ei. Bifați doar ce acceptă.
ref-scopes-label = Este de acord să fie transmise
ref-scope-contact-details = Datele ei de contact și limba, către echipa activității
ref-scope-referral-reasons = De ce este trimisă și ce contează pentru ea, către echipa activității
ref-scope-attendance-to-referrer = Dacă merge la activitate, către dumneavoastră
ref-scope-screening-to-care-team = Rezultatele chestionarelor despre cum se simte, către echipa de moașe care o îngrijește
ref-scope-alerts-regardless = Alertele de siguranță ajung oricum la echipa care o îngrijește: dacă răspunsurile ei arată că s-ar putea să nu fie în siguranță, echipa este anunțată imediat.
ref-field-shared-with = Transmise către
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session }, { $venue }
ref-contact-label = Cum vrea să fie contactată
ref-contact-sms = Mesaj text (SMS)
ref-contact-email = E-mail
ref-contact-phone = Apel telefonic
ref-contact-none = Deloc
ref-consent-submit = Înregistrați acordul ei
# $with is who she agreed her details may be shared with.
ref-consent-done = Acord înregistrat ({ $date }), pentru transmitere către { $with }:
ref-consent-again = Înregistrați din nou acordul ei
ref-error-scopes = Bifați cel puțin un lucru pe care este de acord să fie transmis.
ref-error-shared-with = Scrieți către cine se transmit datele ei.

# Step 4: why, and sending.
ref-step-send = 4. De ce o trimiteți
ref-field-what-matters = Ce contează pentru ea, în cuvintele ei
ref-field-note = Notă pentru echipa care o îngrijește (opțional)
ref-note-hint = Organizatorii activităților nu văd niciodată această notă.
ref-send = Trimiteți
ref-error-no-session = Mai întâi alegeți o activitate (pasul 2).
ref-error-no-consent = Mai întâi înregistrați acordul ei (pasul 3).
ref-error-no-reason = Bifați cel puțin un motiv.
ref-error-consent-required = Acordul ei nu mai este înregistrat. Înregistrați-l din nou, apoi trimiteți.

ref-caseload-title = Mamele pe care le am în grijă
ref-caseload-empty = Încă nu ați făcut nicio trimitere. Trimiterile dumneavoastră vor apărea aici.
ref-refer-again = Faceți din nou o trimitere pentru ea

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = Trimiteri la activitățile dumneavoastră
ref-incoming-intro = Mame trimise de moașe și asistenți comunitari. Vă rugăm să răspundeți repede: persoana care a făcut trimiterea este anunțată imediat.
ref-incoming-new = Așteaptă răspunsul dumneavoastră
ref-incoming-to-book = Acceptate: rezervați-i o dată
ref-incoming-others = Cu loc rezervat și mai vechi
ref-incoming-none = Niciuna deocamdată.
# $name is the referrer's name.
ref-referred-by = Trimisă de { $name }, { $date }
ref-accept = Acceptați
ref-decline = Refuzați
ref-book = Rezervați o dată
ref-decline-question = De ce refuzați? Persoana care a făcut trimiterea va vedea răspunsul.
ref-decline-preset-full = Grupul nu mai are locuri.
ref-decline-preset-unsuitable = Grupul nu este potrivit pentru ea.
ref-decline-preset-no-contact = Nu am reușit să luăm legătura cu ea.
ref-decline-confirm = Refuzați trimiterea
ref-choose-date = Alegeți o dată pentru ea
# $venue is the place; $start and $end times.
ref-session-at = { $venue }, de la { $start } la { $end }
ref-no-dates = Nu sunt date cu locuri libere.
# After a reply. $name is the mother's first name.
ref-accepted = Ați acceptat trimiterea pentru { $name }. Acum rezervați-i o dată.
ref-declined = Ați refuzat trimiterea pentru { $name }. Persoana care a făcut trimiterea a fost anunțată.
ref-booked = { $name } are loc rezervat: { $date }.

## A mother's own referrals

myref-title = Trimiterile mele
myref-intro = Grupuri despre care moașa sau asistentul comunitar crede că vă pot ajuta.
myref-empty = Nu aveți trimiteri.
# $name is the midwife's or link worker's name.
myref-from = De la { $name }, { $date }
myref-accept = Da, aș vrea să merg
myref-decline = Nu, mulțumesc
myref-decline-question = De ce nu? Moașa va vedea răspunsul dumneavoastră.
myref-reason-time = Ora nu mi se potrivește.
myref-reason-far = Este prea departe pentru mine.
myref-reason-not-now = Nu am nevoie acum.
myref-withdraw = Opriți această trimitere
myref-confirm-withdraw = Sigur? Dacă aveți un loc, îl veți pierde.
myref-withdraw-yes = Da, opriți-o
myref-keep = Nu, păstrați-o
myref-accepted = Vă mulțumim. Grupul vă va contacta.
myref-declined = Vă mulțumim că ne-ați spus.
myref-withdrawn = Ați oprit această trimitere.

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = Ultima prezență: { $date }
ref-caseload-no-consent = Încă nu are acord înregistrat
ref-caseload-not-referred = Încă nu i s-a făcut nicio trimitere.
ref-refer-her = Faceți o trimitere pentru ea
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
        [one] A venit la { $came } activitate din { $count }
        [few] A venit la { $came } activități din { $count }
       *[other] A venit la { $came } de activități din { $count }
    }
ref-attended-present = { $date }: a venit
ref-attended-absent = { $date }: a lipsit
ref-attended-apologies = { $date }: s-a scuzat
ref-withdraw = Opriți trimiterea în numele ei
ref-withdraw-confirm = Opriți această trimitere? Faceți asta doar dacă v-a cerut ea.
ref-withdraw-yes = Da, opriți-o
ref-withdraw-keep = Nu, păstrați-o
ref-withdrawn-for-her = Trimiterea a fost oprită.

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = Cum și când spune ea că este sigur să fie contactată
contact-notice-ways = Doar prin { $ways }, în zilele { $days }, { $times } (ora Regatului Unit).
contact-notice-never = Niciodată prin { $ways }.
contact-notice-none = Cere să nu fie contactată deloc.
ref-hint-title = Cunoscută în PeriLink, nu este în grija dvs.
ref-hint-intro = Se arată doar că există. Luați-o în grijă ca să vedeți fișa ei: va vedea că ați făcut-o și de ce.
ref-hint-due = Termen { $month }
ref-hint-born = Copil născut { $month }
ref-hint-reason-label = De ce o luați în grijă
ref-hint-reason-needed = Spuneți de ce o luați în grijă: va vedea.
ref-hint-add = Adaugă la pacientele mele
