# PeriLink interface text: Somali (so), referrals, for referrers, hosts and mothers.
# Translated from the English source file (en/referrals.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - Words as in main.ftl and staff.ftl: "refer" is "gudbin" (a referral is
#   "gudbin", plural "gudbinno"); "midwife" is "umuliso"; "link worker" is
#   "shaqaalaha isku xirka"; "session" is "kulan"; "session host" is "maamulaha
#   kulanka"; "register" is "diiwaanka imaanshaha".
# - "Referrer" is "qofka gudbiyay"; "consent" is "oggolaansho"; "caseload" is
#   "hooyooyinka aan mas'uulka ka ahay".
# - Sentences use forms that suit women and men alike for staff.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = La diray
ref-status-accepted = La aqbalay
ref-status-declined = La diiday
ref-status-booked = La ballansaday
ref-status-attending = Way imanaysaa
ref-status-completed = Waa dhammaatay
ref-status-did-not-attend = Laba kulan ayay ka maqnayd
ref-status-withdrawn = Waa la joojiyay

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = Dareen kelinimo
ref-reason-low-mood-or-anxiety = Niyad jab ama walwal
ref-reason-english-language = Barashada Ingiriisiga
ref-reason-infant-feeding = Quudinta ilmaha
ref-reason-money-housing-or-work = Lacag, guri ama shaqo
ref-reason-bonding-with-baby = Xiriirka ay la leedahay ilmaheeda
ref-reason-other = Wax kale
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = Sababaha gudbinta

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = qofka gudbiyay
ref-actor-provider = kooxda kulanka
ref-actor-mother = hooyada
ref-actor-system = diiwaanka imaanshaha
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }, { $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
        [one] { $count } tallaabo ilaa hadda
       *[other] { $count } tallaabo ilaa hadda
    }
# $reason is what someone wrote when they declined.
ref-move-reason = Sababta: "{ $reason }"
ref-sent-on = La diray { $date }
# $text is what the mother said matters to her, in her words.
ref-what-matters = Waxa muhiimka u ah: "{ $text }"
# $text is the referrer's note for the care team.
ref-note = Qoraal: { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = Waxay u baahan tahay turjumaan
ref-cancel = Jooji
ref-working = Waa la dirayaa…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = Gudbintan way isbeddeshay intii u dhaxaysay. Liisku hadda waa cusub yahay: fadlan mar kale eeg.
ref-error-full = Taariikhdaas meel bannaan ma leh. Fadlan dooro mid kale.
ref-error-invalid = Macluumaad qaar sax ma aha. Fadlan hubi oo isku day mar kale.
ref-error-reason = Fadlan sheeg sababta.

## A referrer's page: news, making a referral, and her caseload

ref-news-title = Waxa cusub
ref-news-accepted = { $programme } ayaa aqbalay { $name }.
ref-news-declined = { $programme } ayaa diiday gudbinta { $name }. Sababta waxay ku qoran tahay tallaabooyinkeeda hoose.
ref-news-first-attended = { $name } markii ugu horreysay ayay timid { $programme }.
ref-news-missed-twice = { $name } laba kulan oo isku xiga ayay ka maqnayd { $programme }.
ref-news-withdrawn = { $name } waxay joojisay gudbinteeda { $programme }.
ref-news-booking-cancelled = { $name } waxay joojisay ballanteedii { $programme }: gudbinta waxay mar kale u baahan tahay taariikh.
ref-attended-none = Weli kulan lama qabanin tan iyo gudbinta.
ref-news-alert = Digniin badbaado oo ku saabsan { $name }: maanta la soco.
ref-news-alert-escalated = Qofna kama shaqayn digniinta badbaadada ee { $name } afar saacadood gudahood: waxaa loo diray isku-duwayaasha.
ref-news-alert-closed = Digniin badbaado ayaa soo baxday, waana laga shaqeeyay tan iyo markaas.
ref-news-alert-open = Eeg digniinta
# When the referral a notification is about is not on this page.
ref-news-other = Mid ka mid ah gudbinnadaada ayaa isbeddelay.
# Marks a piece of news as read, so it goes away.
ref-news-read = Waan arkay

ref-new-title = Samee gudbin
ref-new-intro = Afar tallaabo oo gaagaaban. Waxa aan horay uga naqaanno iyada waa laguu buuxiyay.
# After sending.
ref-sent = Gudbinta waa la diray: { $name }, { $programme }.

# Step 1: finding or registering the mother.
ref-step-mother = 1. Raadi hooyada
ref-find-label = Magaceeda, lambarka taleefankeeda ama lambarka NHS
ref-find-hint = Magacu wuxuu helaa hooyooyinka aad mas'uulka ka tahay. Taleefan, iimayl ama lambarka NHS wuxuu helaa qof kasta oo aan naqaanno.
ref-find-submit = Raadi
ref-find-none = Qofna lama helin. Hubi waxaad qortay, ama iyada diiwaan geli.
ref-find-results = Hooyooyinka la helay
ref-choose = Gudbi iyada
ref-register-open = Diiwaan geli hooyo cusub
ref-register-title = Diiwaan geli hooyo
ref-field-given = Magaca koowaad
ref-field-family = Magaca qoyska (ikhtiyaari)
ref-contact-hint = Qor lambarka mobilkeeda, iimaylkeeda, ama labadaba.
ref-field-phone = Lambarka mobilka
ref-field-email = Iimayl
ref-field-language = Luqadda ay door bidayso
ref-language-choose = Dooro luqad
ref-language-other = Luqad kale
ref-field-language-other = Koodhka luqadda
ref-language-other-hint = Koodh BCP 47 ah, sida "ps" oo ah Af-Bashtuu ama "ti" oo ah Af-Tigrinya.
ref-field-dialect = Lahjadda (ikhtiyaari)
ref-field-interpreter = Waxay u baahan tahay turjumaan
ref-dates-hint = Qor taariikhda dhalmada la filayo, ama taariikhda dhalashada ilmaha marka uu dhasho.
ref-field-due = Taariikhda dhalmada la filayo
ref-field-born = Taariikhda dhalashada ilmaha
ref-field-nhs = Lambarka NHS (ikhtiyaari)
ref-field-postcode = Koodhka boostada (ikhtiyaari)
ref-register-submit = Iyada diiwaan geli
ref-error-given = Fadlan qor magaceeda koowaad.
ref-error-contact = Fadlan qor lambar mobil ama iimayl.
ref-error-phone = Kani ma aha lambar taleefan oo UK ah.
ref-error-email = Kani ma aha cinwaan iimayl.
ref-error-language = Fadlan dooro luqaddeeda.
ref-error-nhs = Kani ma aha lambar NHS. Hubi tobanka lambar.
ref-error-known = Horay ayaan u naqaannaa hooyo leh lambarkan NHS. Taa beddelkeed iyada raadi.
ref-find-known = Ku raadi lambarka NHS
# Above the mother being referred.
ref-chosen-title = Waxaa la gudbinayaa
ref-undelivered-sms = Fariinta qoraalka ah lama gaarsiin: wac iyada
ref-undelivered-email = Iimaylka lama gaarsiin
ref-due-on = Dhalmada la filayo: { $date }
ref-born-on = Ilmaha wuxuu dhashay: { $date }
# $number is an NHS number.
ref-nhs = Lambarka NHS { $number }
ref-change = Dooro qof kale

# Step 2: choosing a session.
ref-step-session = 2. Dooro kulan
ref-kind-label = Kulan noocee ah?
ref-in-language = Luqaddeeda oo keliya, ama turjumaan luqaddeeda ku hadla
ref-for-stage = Kulamada ku habboon xaaladdeeda oo keliya (uur, ama da'da ilmaha)
ref-near-label = U dhow
ref-near-hint = Koodhka boostadeeda, ama aag sida L8.
ref-search = Raadi
ref-sessions-empty = Kulan ku habboon ma jiro. Isku day doorashooyin ka yar ama aag ka weyn.
ref-error-place = Meeshaas ma naqaanno. Isku day koodh boosto sida L8 1XF, ama aag sida L8.
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
ref-record =
    { $days ->
        [0] Inta badan wuxuu ku jawaabaa hal maalin gudaheed · { $percent }% waa la aqbalay
        [one] Inta badan wuxuu ku jawaabaa { $days } maalin gudaheed · { $percent }% waa la aqbalay
       *[other] Inta badan wuxuu ku jawaabaa { $days } maalmood gudahood · { $percent }% waa la aqbalay
    }
ref-record-none = Weli gudbin ma jirto
ref-record-no-replies = Weli jawaab ma jirto
ref-pick = Dooro kulankan
ref-picked = La doortay

# Step 3: consent.
ref-step-consent = 3. Oggolaanshaheeda
ref-consent-intro = Weydii iyada, luqaddeeda. Calaamadee waxa ay oggol tahay oo keliya.
ref-scopes-label = Waxay oggol tahay in la wadaago
ref-scope-contact-details = Macluumaadka xiriirkeeda iyo luqaddeeda, kooxda kulanka
ref-scope-referral-reasons = Sababta loo gudbiyay iyo waxa muhiimka u ah, kooxda kulanka
ref-scope-attendance-to-referrer = Inay timaaddo iyo in kale, adiga
ref-scope-screening-to-care-team = Natiijooyinka su'aalaha sida ay u dareemayso, kooxda umulisooyinka ee daryeesha
ref-scope-alerts-regardless = Digniinaha badbaadada had iyo jeer waxay gaaraan kooxda daryeesha: haddii jawaabaheedu muujiyaan inaysan badbaado ahayn, kooxda isla markiiba waa la ogeysiiyaa.
ref-field-shared-with = Lala wadaagay
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session }, { $venue }
ref-contact-label = Sida ay rabto in lala xiriiro
ref-contact-sms = Fariin qoraal ah (SMS)
ref-contact-email = Iimayl
ref-contact-phone = Wicitaan taleefan
ref-contact-none = Marnaba
ref-consent-submit = Diiwaan geli oggolaanshaheeda
# $with is who she agreed her details may be shared with.
ref-consent-done = Oggolaanshaha waa la diiwaan geliyay { $date }, in lala wadaago { $with }:
ref-consent-again = Mar kale diiwaan geli oggolaanshaheeda
ref-error-scopes = Calaamadee ugu yaraan hal shay oo ay oggol tahay in la wadaago.
ref-error-shared-with = Sheeg cidda macluumaadkeeda lala wadaagayo.

# Step 4: why, and sending.
ref-step-send = 4. Sababta loo gudbinayo
ref-field-what-matters = Waxa muhiimka u ah, ereyadeeda
ref-field-note = Qoraal loogu talagalay kooxda daryeelkeeda (ikhtiyaari)
ref-note-hint = Maamulayaasha kulamada marnaba ma arkaan qoraalkan.
ref-send = Dir gudbinta
ref-error-no-session = Marka hore dooro kulan (tallaabada 2).
ref-error-no-consent = Marka hore diiwaan geli oggolaanshaheeda (tallaabada 3).
ref-error-no-reason = Calaamadee ugu yaraan hal sabab.
ref-error-consent-required = Oggolaanshaheeda hadda diiwaanka kuma jiro. Mar kale diiwaan geli, kadibna dir.

ref-caseload-title = Hooyooyinka aan mas'uulka ka ahay
ref-caseload-empty = Weli qofna ma aadan gudbin. Gudbinnadaada halkan ayay ka muuqan doonaan.
ref-refer-again = Mar kale gudbi

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = Gudbinnada kulamadaada
ref-incoming-intro = Hooyooyin ay soo gudbiyeen umulisooyin iyo shaqaalaha isku xirka. Fadlan dhaqso u jawaab: qofka gudbiyay isla markiiba waa la ogeysiiyaa.
ref-incoming-new = Waxay sugayaan jawaabtaada
ref-incoming-to-book = La aqbalay: u ballanso taariikh
ref-incoming-others = La ballansaday iyo kuwii hore
ref-incoming-none = Hadda midna ma jiro.
# $name is the referrer's name.
ref-referred-by = Waxaa gudbiyay { $name }, { $date }
ref-accept = Aqbal
ref-decline = Diid
ref-book = Ballanso taariikh
ref-decline-question = Maxaad u diidaysaa? Qofka gudbiyay ayaa arki doona.
ref-decline-preset-full = Kooxdu waa buuxdaa.
ref-decline-preset-unsuitable = Kooxdu kuma habboona iyada.
ref-decline-preset-no-contact = Ma aanu la xiriiri karin iyada.
ref-decline-confirm = Diid gudbinta
ref-choose-date = U dooro taariikh
# $venue is the place; $start and $end times.
ref-session-at = { $venue }, { $start } ilaa { $end }
ref-no-dates = Ma jiraan taariikho meelo bannaan leh.
# After a reply. $name is the mother's first name.
ref-accepted = Waad aqbashay { $name }. Hadda u ballanso taariikh.
ref-declined = Waad diiday gudbinta { $name }. Qofka gudbiyay waa la ogeysiiyay.
ref-booked = { $name } waxaa loo ballansaday { $date }.

## A mother's own referrals

myref-title = Gudbinnadayda
myref-intro = Kooxo ay umulisadaada ama shaqaalaha isku xirka u malaynayaan inay ku caawin karaan.
myref-empty = Gudbin ma lihid.
# $name is the midwife's or link worker's name.
myref-from = Waxaa ka yimid { $name }, { $date }
myref-accept = Haa, waan rabaa inaan tago
myref-decline = Maya, mahadsanid
myref-decline-question = Maxaad u diiday? Umulisadaadu way arki doontaa jawaabtaada.
myref-reason-time = Waqtigu igama habboona.
myref-reason-far = Aad ayay iiga fog tahay.
myref-reason-not-now = Hadda uma baahni.
myref-withdraw = Jooji gudbintan
myref-confirm-withdraw = Ma hubtaa? Haddii aad meel leedahay, waad lumin doontaa.
myref-withdraw-yes = Haa, jooji
myref-keep = Maya, hay
myref-accepted = Waad ku mahadsan tahay. Kooxdu way kula soo xiriiri doontaa.
myref-declined = Waad ku mahadsan tahay inaad noo sheegtay.
myref-withdrawn = Waad joojisay gudbintan.

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = Markii ugu dambeysay ee ay timid: { $date }
ref-caseload-no-consent = Weli oggolaansho lama diiwaan gelin
ref-caseload-not-referred = Weli lama gudbin.
ref-refer-her = Gudbi iyada
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
        [one] Waxay timid { $came } kulan oo ka mid ah { $count }
       *[other] Waxay timid { $came } kulan oo ka mid ah { $count }
    }
ref-attended-present = { $date }: way timid
ref-attended-absent = { $date }: way ka maqnayd
ref-attended-apologies = { $date }: cudurdaar ayay soo dirtay
ref-withdraw = Jooji gudbinta magaceeda
ref-withdraw-confirm = Ma joojinaysaa gudbintan? Samee tan oo keliya marka ay iyadu kaa codsato.
ref-withdraw-yes = Haa, jooji
ref-withdraw-keep = Maya, hay
ref-withdrawn-for-her = Gudbinta waa la joojiyay.

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = Sida iyo goorta ay sheegtay inay ammaan tahay in lala soo xiriiro
contact-notice-ways = Kaliya { $ways }, maalmaha { $days }, { $times } (waqtiga UK).
contact-notice-never = Weligaa ha isticmaalin { $ways }.
contact-notice-none = Waxay codsatay in aan gabi ahaanba lala soo xiriirin.
ref-hint-title = Waa laga yaqaan PeriLink, kuma jirto daryeelkaaga
ref-hint-intro = Waxaa kaliya la muujinayaa inay jirto. Daryeelkaaga ku dar si aad u aragto diiwaankeeda: way arki doontaa inaad samaysay iyo sababta.
ref-hint-due = Taariikhda dhalmada { $month }
ref-hint-born = Ilmaha wuxuu dhashay { $month }
ref-hint-reason-label = Sababta aad daryeelkaaga ugu darayso
ref-hint-reason-needed = Sheeg sababta aad daryeelkaaga ugu darayso: way arki doontaa.
ref-hint-add = Ku dar liiskayga daryeelka
