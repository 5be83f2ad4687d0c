# PeriLink interface text: Somali (so), screening questions, results and help.
# Translated from the English source file (en/screening.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# CLINICAL NOTE: the PHQ-9, GAD-2 and Whooley questions and answers below are our
# own faithful translations of public-domain wording, NOT validated translations.
# Before clinical use they must be replaced by the validated official Somali
# versions (for the PHQ-9 and GAD-2, those on phqscreeners.com), word for word.
#
# Notes for reviewers:
# - Words as in main.ftl and staff.ftl: "midwife" is "umuliso"; "session" is
#   "kulan"; "refer" is "gudbin".
# - "Health visitor" is "kalkaalisada caafimaadka qoyska (health visitor)";
#   GP is "dhakhtarkaaga guud (GP)"; "safety alert" is "digniin badbaado";
#   "validated" is "la ansixiyay", with the English word in brackets once.
# - The mother's pages never show a score. Staff text suits women and men.
# - Phone numbers stay as digits.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = Sida aad u dareemayso
screening-intro-epds = Toban su'aalood oo gaagaaban oo ku saabsan sida aad u dareemaysay 7-dii maalmood ee la soo dhaafay. Ma jiraan jawaabo sax ah ama khalad ah.
screening-epds-not-here = Su'aalihii aad codsatay weli lagama helo luqaddaada, markaa waa kuwan kale oo waxyaabo isku mid ah ka waraysta.
screening-intro-phq9 = Sagaal su'aalood oo ku saabsan sida aad u dareemaysay 2-dii toddobaad ee la soo dhaafay.
screening-intro-gad2 = Laba su'aalood oo ku saabsan walwalka 2-dii toddobaad ee la soo dhaafay.
screening-intro-whooley = Laba su'aalood oo ku saabsan sida aad u dareemaysay bishii la soo dhaafay.
screening-private = Jawaabahaaga waxaa arki kara adiga iyo dadka ku daryeela oo keliya. Waxba lama diro ilaa aad hubiso jawaabahaaga oo aad doorato inaad dirto.
screening-start = Bilow
# A folded list of the other questionnaires she may take instead.
screening-other = Su'aalo kale
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = Sida aad u dareemayso (EPDS, 10 su'aalood)
screening-name-phq9 = Su'aalaha niyadda (PHQ-9, 9 su'aalood)
screening-name-gad2 = Su'aalaha walwalka (GAD-2, 2 su'aalood)
screening-name-whooley = Laba su'aalood oo degdeg ah (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = Su'aal { $n } ka mid ah { $total }
screening-back = Dib u noqo
screening-next = Xiga
screening-choose-answer = Fadlan dooro jawaab.
screening-review-title = Hubi jawaabahaaga
screening-review-intro = Weli waxba lama dirin. Waxaad beddeli kartaa jawaab kasta ka hor inta aadan dirin.
screening-review-question = Su'aal { $n }
screening-not-answered = Lama jawaabin
screening-change = Beddel
# The tooltip of each "Change" button on the review screen.
screening-change-label = Beddel jawaabtaada ee su'aasha { $n }
screening-send = Dir jawaabahayga
screening-sending = Waa la dirayaa…
screening-loading-questions = Su'aalaha ayaa la soo qaadayaa…
screening-try-again = Isku day mar kale
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = EPDS su'aal { $n } – qoraalka ruqsadda leh lama rakibin
screening-epds-placeholder-option = Doorasho { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = Isha:

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = 2-dii toddobaad ee la soo dhaafay, intee jeer ayay ku dhibtay mid ka mid ah dhibaatooyinkan soo socda?
screening-phq9-q1 = Xiiso yar ama farxad yar oo aad ka hesho samaynta waxyaabaha
screening-phq9-q2 = Inaad dareento niyad jab, murugo ama rajo beel
screening-phq9-q3 = Dhib inaad hurdo ku seexato ama hurdada ku sii jirto, ama hurdo badan
screening-phq9-q4 = Inaad dareento daal ama tamar yar
screening-phq9-q5 = Cunto rabitaan yar ama cunto aad u badan
screening-phq9-q6 = Inaad naftaada si xun u dareento — ama inaad u aragto inaad tahay qof fashilmay ama inaad niyad jabisay naftaada ama qoyskaaga
screening-phq9-q7 = Dhib inaad diiradda saarto waxyaabaha, sida akhrinta wargeys ama daawashada telefishin
screening-phq9-q8 = Inaad u dhaqaaqdo ama u hadasho si aad u gaabis ah oo dadka kale ay arki karaan? Ama taas lidkeeda — inaad aad u qalqalsanayd ama aadan degganayn oo aad dhaqaaqaysay wax aad uga badan sidii caadiga ahayd
screening-phq9-q9 = Fikrado ah inay kuu fiicnaan lahayd inaad dhimato, ama inaad si uun naftaada wax u yeelato
screening-gad2-stem = 2-dii toddobaad ee la soo dhaafay, intee jeer ayay ku dhibeen dhibaatooyinkan soo socda?
screening-gad2-q1 = Inaad dareento walbahaar, welwel ama cadaadis
screening-gad2-q2 = Inaadan awoodin inaad joojiso ama xakamayso walwalka
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = Marnaba
screening-freq-1 = Dhowr maalmood
screening-freq-2 = In ka badan kala badh maalmaha
screening-freq-3 = Ku dhowaad maalin kasta
screening-phq-attribution = PHQ-9 iyo GAD-2: waxaa sameeyay Dr. Robert L. Spitzer, Dr. Janet B.W. Williams, Dr. Kurt Kroenke iyo asxaabtooda, iyagoo helay deeq waxbarasho oo ka timid Pfizer Inc. Looma baahna oggolaansho si loo daabaco, loo turjumo, loo soo bandhigo ama loo qaybiyo.

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = Bishii la soo dhaafay, miyay inta badan ku dhibtay inaad dareento niyad jab, murugo ama rajo beel?
screening-whooley-q2 = Bishii la soo dhaafay, miyay inta badan ku dhibtay inaad xiiso yar ama farxad yar ka hesho samaynta waxyaabaha?
# The answers, in this order: "No" first.
screening-no = Maya
screening-yes = Haa
screening-whooley-attribution = Su'aalaha Whooley, sida ay ku talisay tilmaanta NICE CG192, Antenatal and postnatal mental health (caafimaadka maskaxda xilliga uurka iyo dhalmada kadib).

## After she sends her answers. Never show her a score.

screening-thanks-title = Waad ku mahadsan tahay
screening-thanks = Jawaabahaaga waa la kaydiyay. Dadka ku daryeela way arki karaan.
screening-thanks-talk = Haddii ay wax kugu adag yihiin, waqti kasta waxaad la hadli kartaa umulisadaada, kalkaalisada caafimaadka qoyska (health visitor) ama dhakhtarkaaga guud (GP).
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = Haddii aad caawimo u baahato, waqti kasta
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = Hadda ka jawaab 10 su'aalood oo kale
screening-back-to-my = Tag kulamadayda
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = Fadlan maanta hel taageero
screening-help-intro = Jawaabahaagu waxay muujinayaan inaad hadda u baahan karto taageero dheeraad ah. Keligaa ma tihid, caawimona way kuu diyaar tahay.
screening-help-midwife = Maanta la hadal umulisadaada ama dhakhtarkaaga guud (GP).
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = Wac NHS { $number } oo dooro { $option } si aad u hesho caawimada caafimaadka maskaxda
screening-help-999 = Wac { $number } xaalad degdeg ah, ama haddii aad dareento inaad samayn karto fikradaha ah inaad naftaada wax yeelato
screening-help-samaritans = Wac Samaritans bilaash ah { $number }, waqti kasta, habeen iyo maalin
screening-help-told = Waxaan u sheegnay umulisadaada iyo kooxda ku daryeesha, si ay kuula soo xiriiraan.

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = Su'aalaha caafimaadka maskaxda
screening-staff-intro = Wax ka qabo digniinaha badbaadada, oo diiwaan geli su'aalo ay hooyo kaala jawaabtay rugta caafimaadka.

## Safety alerts: the panel on the staff pages.

alerts-title = Digniinaha badbaadada
alerts-intro = Digniin kasta maanta raac, kadibna qor waxa la sameeyay si aad u xirto.
alerts-empty = Ma jiraan digniino furan.
alerts-count =
    { $count ->
        [one] Hal digniin oo furan
       *[other] { $count } digniinood oo furan
    }
alerts-reason-urgent = Su'aasha badbaadada waa laga jawaabay (fikradaha is-dhibaataynta): raacitaan badbaado isla maalinta
alerts-reason-probable = Dhibcaha waxay ku jiraan heerka "u badan": u gudbi qiimayn
alerts-escalated = Loo gudbiyay isku-duwayaasha
alerts-raised = La sameeyay: { $when }
alerts-note-label = Maxaa la sameeyay?
alerts-note-hint = Tusaale: waa la wacay, ballan GP oo isla maanta ah ayaa la sameeyay.
alerts-acknowledge = Xaqiiji
alerts-acknowledging = Waa la kaydinayaa…
alerts-note-needed = Qor waxa la sameeyay ka hor inta aadan xaqiijin digniinta.
alerts-acknowledged = Digniinta { $name } waa la xaqiijiyay.
alerts-already = Qof kale ayaa horay u xaqiijiyay digniintan.
alerts-refresh = Hubi digniino cusub
alerts-her-results = Natiijooyinkeeda

## Recording a questionnaire given in clinic.

screening-record-title = Diiwaan geli su'aalo lagu bixiyay rugta caafimaadka
screening-find-label = Raadi hooyo: magac, taleefan, iimayl ama lambarka NHS
screening-find = Raadi
screening-find-none = Qofna lama helin. Hooyooyinka aad mas'uulka ka tahay waxaa lagu helaa magac; qof kale waxaa lagu helaa taleefanka, iimaylka ama lambarka NHS oo sax ah oo keliya.
# A button on each mother found.
screening-choose-mother = Dooro { $name }
screening-for = Su'aalaha { $name }
screening-change-mother = Dooro qof kale
screening-instrument-label = Su'aalaha
screening-language-label = Luqadda ay ku jawaabayso
screening-validated-yes = Nuqulka luqaddan waa la ansixiyay (validated).
screening-validated-no = Nuqulka luqaddan lama ansixin (not validated): natiijada si taxaddar leh u fasir.
screening-wording-not-installed = Qoraalka EPDS ee shatiga leh looma rakibin luqaddan, markaa EPDS laguma isticmaali karo: dooro PHQ-9, GAD-2 ama Whooley.
screening-record-start = Bilow su'aalaha
screening-cancel = Jooji

## The result, for staff.

screening-staff-result-title = Natiijada waa la diiwaan geliyay
screening-staff-total = Wadarta { $total }: { $band }
screening-staff-urgent = Su'aasha badbaadada waxay heshay 1 ama ka badan: raacitaan badbaado isla maalinta.
screening-staff-alert = Digniin badbaado ayaa loo diray kooxda daryeelkeeda.
screening-staff-anxiety = Qaybta walwalka EPDS-3A: { $score }
screening-staff-validated = Nuqulka luqadda: la ansixiyay
screening-staff-not-validated = Nuqulka luqadda: lama ansixin
screening-record-another = Diiwaan geli mid kale
screening-band-none = ka hooseeya xadka
screening-band-possible = niyad jab suurtagal ah
screening-band-probable = niyad jab u badan: u gudbi qiimayn
screening-band-mild = fudud
screening-band-moderate = dhexdhexaad
screening-band-moderately-severe = dhexdhexaad ilaa daran
screening-band-severe = daran
screening-band-positive = togan: u fidi qiimayn buuxda

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = Wadarta EPDS waqti ka waqti
screening-chart-title-phq9 = Wadarta PHQ-9 waqti ka waqti
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } suurtagal
screening-chart-line-probable = { $score } u badan
screening-chart-line-moderate = { $score } dhexdhexaad
screening-chart-line-moderately-severe = { $score } dhexdhexaad ilaa daran
screening-chart-summary =
    { $count ->
        [one] Hal natiijo: { $total }, { $date }
       *[other] { $count } natiijo; tii ugu dambeysay: { $total }, { $date }
    }
screening-chart-empty = Weli ma jiraan natiijooyin EPDS ama PHQ-9.
screening-chart-table = Ku muuji shax
screening-chart-date = Taariikhda
screening-chart-total = Wadarta
screening-chart-result = Natiijada

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = Waxaad haysaa su'aalo ku saabsan sida aad u dareemayso oo aad buuxiso
due-screening-intro = Koorsadaadu waxay dhowr jeer weydiisaa qof kasta sida uu u dareemayo. Waxay qaadanaysaa dhowr daqiiqo. Jawaabahaaga waxaa arki kara adiga iyo dadka ku daryeela oo keliya.
due-screening-point-baseline = Bilowga koorsada
due-screening-point-week6 = Toddobaadka 6aad ee koorsada
due-screening-point-end = Dhammaadka koorsada
# $date is a date such as "Monday 14 December".
due-screening-until = Fadlan buuxi ka hor ama maalinta { $date }
due-screening-start = Buuxi su'aalaha
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = Su'aalaha la qorsheeyay
schedule-empty = Koorso ay ku jirto midna su'aalo uma qorsheyn.
schedule-due-on = waqtigeedu waa { $date }
schedule-status-upcoming = Weli lama furin
schedule-status-due = Hadda waa waqtigeedii
schedule-status-done = Waa la sameeyay
schedule-status-overdue = Waqtigeedii waa dhaafay
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = Jadwalka baaritaanka
schedule-edit-intro = Hooyooyinka koorsadan iska diiwaangeliyay waxaa la weydiinayaa inay buuxiyaan su'aalahan waqtiyada aad calaamadiso, waxaana la xusuusinayaa marka mid kasta waqtigiisu yimaado.
schedule-edit-instrument = Su'aalaha
schedule-edit-points = Goorma
schedule-edit-save = Kaydi jadwalka

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = Hubintayda
checkins-none = Weli hubin ma jirto.
checkins-intro = Maalmihii aad samaysay hubin. Si aad u aragto su'aalaha mid kasta ahaa, geli PIN-kaaga ama erayga sirta ah.
checkins-password-label = Ama erayga sirta ah
checkins-password-wrong = Kani maaha eraygaaga sirta ah.
checkins-show = Muuji midka
screening-not-shared = Jawaabaheeda lalama wadaago adiga: kuma aysan ogolaan in lala wadaago kooxda daryeelkeeda, ama kuma jirto daryeelkaaga. Digniinaha badbaadada ee iyada ku saabsan weli waxay gaaraan kooxda daryeelkeeda.
