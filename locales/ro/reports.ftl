# PeriLink interface text: Romanian (ro), outcome reports, for coordinators.
# Translated from the English source file (en/reports.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - As in staff.ftl, the app speaks politely ("dumneavoastră"). Gendered forms
#   are avoided for the reader, so the text suits women and men.
# - "Referral" is "trimitere"; "session" is "activitate"; "venue" is "locație";
#   "directory" is "catalog"; "commissioners" is "finanțatori".
# - { reports-suppressed } and { reports-hidden } are other messages: keep them.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = Rezultate
reports-intro = Cum le-a mers mamelor trimise: au fost primite, au continuat să vină și se simt mai bine?
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = Pentru a proteja viața privată a mamelor, un număr de la 1 la 4 apare ca { reports-suppressed }, iar o proporție sau o medie calculată din el nu este afișată ({ reports-hidden }).
# A link back to the coordinator's main page.
reports-back = Înapoi la catalog

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = Date și grupare
reports-from = De la
reports-to = Până la
reports-group-by = Grupare după
reports-show = Afișați
reports-error-dates = Verificați datele: fiecare trebuie să fie o zi reală, iar „De la” nu poate fi după „Până la”.

# What a report's rows can be.
reports-group-programme = Program
reports-group-kind = Tipul activității
reports-group-venue = Locație
reports-group-language = Limba mamei
reports-group-interpreter = Nevoia de interpret
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = Încă fără activitate aleasă
reports-interpreter-yes = Are nevoie de interpret
reports-interpreter-no = Nu are nevoie de interpret
# The last row of a table: every group together.
reports-total = Total

## The parts of the page

reports-referrals-title = Trimiteri
reports-referrals-intro = Trimiterile făcute între aceste date și cât de departe a ajuns fiecare.
reports-funnel-chart = De la trimitere la încheiere, toate trimiterile
reports-attendance-title = Prezență
reports-attendance-intro = Activitățile ținute între aceste date: cine a venit, cine a continuat să vină și cine așteaptă un loc.
reports-screening-title = Schimbarea scorului EPDS
reports-screening-intro = Mamele care au completat EPDS la începutul unui curs și din nou în săptămâna 6 sau la sfârșit. Un scor mai mic este mai bun; 13 sau mai mult înseamnă depresie probabilă.
reports-screening-chart = Scorul EPDS mediu la început, în săptămâna 6 și la sfârșit
reports-equity-title = Corect pentru fiecare mamă?
reports-equity-intro = Aceleași cifre, după limba mamei și după nevoia de interpret.
reports-records-title = Evidența trimiterilor
reports-records-intro = Un rând pentru fiecare trimitere făcută între aceste date, așa cum descrie PRSB Social Prescribing Information Standard, fără nume. Pentru finanțatori (commissioners) și sistemele NHS.
reports-records-csv = Descărcați evidența trimiterilor (CSV)
reports-records-fhir = Descărcați evidența trimiterilor (FHIR)
reports-downloading = Se pregătește fișierul…

## Tables and charts

reports-download-csv = Descărcați acest tabel (CSV)
reports-table-empty = Nu s-a înregistrat nimic între aceste date.
reports-chart-empty = Nu este nimic de afișat în grafic între aceste date.
# Before a list of groups too small to draw.
reports-chart-not-shown = Nu apar în grafic, sub 5 mame:
# The dashed line on the EPDS chart.
reports-chart-probable = 13: depresie probabilă
# The three points in time on the EPDS chart.
reports-chart-baseline = Început
reports-chart-week6 = Săptămâna 6
reports-chart-end = Sfârșit
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = Comparat cu
reports-follow-up-week6 = Săptămâna 6
reports-follow-up-end = Sfârșitul cursului
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = <5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = sub 5
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = neafișat
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } zile

## Column headings

reports-col-sent = Trimise
reports-col-accepted = Acceptate
reports-col-booked = Cu loc rezervat
reports-col-attending = Au venit cel puțin o dată
reports-col-completed = Au terminat
reports-col-declined = Refuzate
reports-col-withdrawn = S-au retras
reports-col-did-not-attend = Nu au mai venit
reports-col-attended-percent = Proporția celor care au venit
reports-col-median-days-to-attend = Zile până la prima activitate (mediana)
reports-col-sessions-held = Activități ținute
reports-col-attendances = Prezențe
reports-col-mothers = Mame care au venit
reports-col-mothers-3-plus = Au venit de 3 ori sau mai mult
reports-col-waiting = Pe lista de așteptare
reports-col-paired = Mame evaluate de două ori
reports-col-mean-baseline = Scorul mediu la început
reports-col-mean-follow-up = Scorul mediu mai târziu
reports-col-mean-change = Schimbarea medie
reports-col-fell-4-plus = Scorul a scăzut cu 4 sau mai mult
reports-col-fell-4-plus-percent = Proporția celor cu scorul scăzut cu 4 sau mai mult
reports-col-probable-at-baseline = 13 sau mai mult la început
reports-col-left-probable = Dintre acestea, acum sub 13
reports-col-left-probable-percent = Proporția celor acum sub 13
reports-col-unvalidated = Dintre perechi, completate într-o traducere nevalidată
