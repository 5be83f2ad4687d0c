# PeriLink interface text: Somali (so), outcome reports, for coordinators.
# Translated from the English source file (en/reports.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - Words as in main.ftl and staff.ftl: "referral" is "gudbin"; "session" is
#   "kulan"; "venue" is "goob"; "directory" is "tusaha". "Commissioners" is
#   "maalgeliyeyaasha (commissioners)"; "median" is "dhexdhexaadka (median)".
# - Sentences use forms that suit women and men alike for staff.
# - { reports-suppressed } and { reports-hidden } are other messages: keep them.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = Natiijooyinka
reports-intro = Sidee ayay ugu dhaceen hooyooyinka la gudbiyay: ma la arkay, ma sii wadeen imaanshaha, mase ka fiicnaadeen?
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = Si loo ilaaliyo sirta hooyooyinka, tiro 1 ilaa 4 ah waxaa loo muujiyaa { reports-suppressed }, boqolley ama celcelis laga xisaabiyayna lama muujiyo ({ reports-hidden }).
# A link back to the coordinator's main page.
reports-back = Ku noqo tusaha

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = Taariikhaha iyo kooxaynta
reports-from = Laga bilaabo
reports-to = Ilaa
reports-group-by = U kooxee sida
reports-show = Muuji
reports-error-dates = Hubi taariikhaha: mid kastaa waa inay tahay maalin jirta, "Laga bilaabo"-na waa inaysan ka dambayn "Ilaa".

# What a report's rows can be.
reports-group-programme = Barnaamijka
reports-group-kind = Nooca kulanka
reports-group-venue = Goobta
reports-group-language = Luqadda hooyada
reports-group-interpreter = Baahida turjumaanka
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = Weli kulan lama dooran
reports-interpreter-yes = Waxay u baahan tahay turjumaan
reports-interpreter-no = Uma baahna turjumaan
# The last row of a table: every group together.
reports-total = Dhammaan

## The parts of the page

reports-referrals-title = Gudbinnada
reports-referrals-intro = Gudbinnada la sameeyay inta u dhaxaysa taariikhahan, iyo ilaa meesha mid kastaa gaadhay.
reports-funnel-chart = Laga bilaabo gudbinta ilaa dhammaadka, dhammaan gudbinnada
reports-attendance-title = Imaanshaha
reports-attendance-intro = Kulamada la qabtay inta u dhaxaysa taariikhahan: cidda timid, cidda sii wadday imaanshaha, iyo cidda meel sugaysa.
reports-screening-title = Isbeddelka dhibcaha EPDS
reports-screening-intro = Hooyooyinka buuxiyay EPDS bilowga koorsada iyo mar kale toddobaadka 6aad ama dhammaadka. Dhibco hoose ayaa ka wanaagsan; 13 ama ka badan waxay la macno tahay niyad jab u badan.
reports-screening-chart = Celceliska dhibcaha EPDS bilowga, toddobaadka 6aad iyo dhammaadka
reports-equity-title = Ma u caddaalad yahay hooyo kasta?
reports-equity-intro = Isla tirooyinkaas, iyadoo loo eegayo luqadda hooyada iyo inay u baahan tahay turjumaan.
reports-records-title = Diiwaannada gudbinnada
reports-records-intro = Saf gudbin kasta oo la sameeyay inta u dhaxaysa taariikhahan, sida uu qeexayo PRSB Social Prescribing Information Standard, magacyo la'aan. Loogu talagalay maalgeliyeyaasha (commissioners) iyo nidaamyada NHS.
reports-records-csv = Soo deji diiwaannada gudbinnada (CSV)
reports-records-fhir = Soo deji diiwaannada gudbinnada (FHIR)
reports-downloading = Faylka ayaa la diyaarinayaa…

## Tables and charts

reports-download-csv = Soo deji shaxdan (CSV)
reports-table-empty = Waxba lama diiwaan gelin inta u dhaxaysa taariikhahan.
reports-chart-empty = Ma jiraan wax la sawiro inta u dhaxaysa taariikhahan.
# Before a list of groups too small to draw.
reports-chart-not-shown = Lama sawirin, in ka yar 5 hooyo:
# The dashed line on the EPDS chart.
reports-chart-probable = 13: niyad jab u badan
# The three points in time on the EPDS chart.
reports-chart-baseline = Bilowga
reports-chart-week6 = Toddobaadka 6aad
reports-chart-end = Dhammaadka
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = Marka la barbardhigo
reports-follow-up-week6 = Toddobaadka 6aad
reports-follow-up-end = Dhammaadka koorsada
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = <5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = in ka yar 5
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = lama muujin
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } maalmood

## Column headings

reports-col-sent = La gudbiyay
reports-col-accepted = La aqbalay
reports-col-booked = La ballansaday
reports-col-attending = Yimid ugu yaraan hal mar
reports-col-completed = Dhammaystay
reports-col-declined = La diiday
reports-col-withdrawn = Ka baxay
reports-col-did-not-attend = Joojiyay imaanshaha
reports-col-attended-percent = Boqolleyda timid
reports-col-median-days-to-attend = Maalmaha ilaa kulanka koowaad (dhexdhexaadka)
reports-col-sessions-held = Kulamada la qabtay
reports-col-attendances = Tirada imaanshaha
reports-col-mothers = Hooyooyinka yimid
reports-col-mothers-3-plus = Yimid 3 jeer ama ka badan
reports-col-waiting = Liiska sugitaanka ku jira
reports-col-paired = Hooyooyinka laba jeer la qiimeeyay
reports-col-mean-baseline = Celceliska dhibcaha bilowga
reports-col-mean-follow-up = Celceliska dhibcaha dambe
reports-col-mean-change = Celceliska isbeddelka
reports-col-fell-4-plus = Dhibcuhu waxay hoos u dhaceen 4 ama ka badan
reports-col-fell-4-plus-percent = Boqolleyda dhibcahoodu hoos u dhaceen 4 ama ka badan
reports-col-probable-at-baseline = 13 ama ka badan bilowga
reports-col-left-probable = Kuwaas, hadda ka hooseeya 13
reports-col-left-probable-percent = Boqolleyda hadda ka hooseeya 13
reports-col-unvalidated = Lammaanaha, kuwa lagu qaaday tarjumaad aan la ansixin
