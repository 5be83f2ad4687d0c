# PeriLink interface text: Somali (so), the staff screens.
# Translated from the English source file (en/staff.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - Words as in main.ftl: "session" is "kulan" (plural "kulamo"); "venue" is
#   "goob"; "host" is "maamulaha kulanka"; "organisation" is "hay'ad".
# - "Listing" is "qoraal" (plural "qoraallo"); "directory" is "tusaha";
#   "term" is "xilliga"; a report of wrong information is "ogeysiis".
# - Latitude and longitude are "loolka" and "dhigga", with the English words
#   in brackets, as staff may know only those.
# - Sentences use forms that suit women and men alike.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Coordinator: keeping the directory right

coord-title = Tusaha ka dhig mid sax ah
coord-intro = Ku dar oo beddel kulamada, barnaamijyada iyo goobaha, oo hubi qoraallada. Hooyooyinku isla markiiba way arkaan isbeddelladaada.
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = Qaybaha tusaha
coord-tab-check = Hubinta
coord-tab-sessions = Kulamada
coord-tab-programmes = Barnaamijyada
coord-tab-venues = Goobaha
coord-tab-organisations = Hay'adaha

## Saving

coord-save = Kaydi
coord-working = Waa la kaydinayaa…
coord-saved = Waa la kaydiyay. Hooyooyinku hadda way arkaan isbeddelka.
coord-new = Taa beddelkeed, ku dar mid cusub
coord-edit = Wax ka beddel
# The first, empty choice in a drop-down list.
coord-choose = Dooro…
coord-error-invalid = Macluumaad qaar ayaa maqan ama sax maaha. Hubi foomka oo isku day mar kale.
coord-error-postcode = Koodhkan boostada ma naqaanno. Hubi, ama qor loolka iyo dhigga (latitude iyo longitude).
coord-error-gone = Qof kale ayaa beddelay ama tirtiray qoraalkan. Dib u cusboonaysii bogga oo isku day mar kale.
coord-error-number = Hubi tirooyinka: qor lambarro keliya, sida 12 ama 53.4.
coord-error-times = Saacadda dhammaadku waa inay ka dambeysaa saacadda bilowga.

## Listings to check

coord-stale-title = Qoraallada u baahan hubin
coord-stale-intro = Qoraallada aan la hubin 90 maalmood waa in la hubiyaa. 120 maalmood kadib, hooyooyinku ma arki karaan. Macluumaadka ka hubi goobta ama maamulaha kulanka, kadibna calaamadee in qoraalka la hubiyay.
coord-stale-none = Qoraal kasta waa la hubiyay 90-kii maalmood ee ugu dambeeyay.
coord-kind-venue = Goob
coord-kind-programme = Barnaamij
coord-kind-session = Kulan
# $days is a whole number of days.
coord-last-checked =
    { $days ->
        [0] Maanta ayaa la hubiyay
        [one] Waxaa la hubiyay { $days } maalin ka hor
       *[other] Waxaa la hubiyay { $days } maalmood ka hor
    }
coord-flagged = U baahan hubin
coord-hidden = Hooyooyinku ma arkaan
coord-owner-you = Adiga ayaa mas'uul ka ah
# $name is the name of the member of staff who looks after the listing.
coord-owner = Mas'uulka: { $name }
coord-mark-checked = Calaamadee in la hubiyay
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday }, saacadda { $start }, { $venue }

## Reports of wrong information

coord-reports-title = Ogeysiisyada in wax khaldan yihiin
coord-reports-none = Ma jiraan ogeysiisyo furan.
coord-messages-title = Fariimaha qoraalka iyo iimaylada
coord-messages-undelivered = Aan la gaarsiin 7-dii maalmood ee la soo dhaafay: { $count }
coord-messages-stuck = Sugaya in la diro in ka badan 30 daqiiqo: { $count }
coord-report-no-note = Qofku ma sheegin waxa khaldan.
# $date is a date written as 2026-11-23.
coord-reported-on = La soo sheegay { $date }
coord-report-open = Fiiri bogga kulanka
coord-resolve = Calaamadee in la xalliyay

## Days of the week

coord-weekday-1 = Isniin
coord-weekday-2 = Talaado
coord-weekday-3 = Arbaco
coord-weekday-4 = Khamiis
coord-weekday-5 = Jimco
coord-weekday-6 = Sabti
coord-weekday-7 = Axad

## Organisations

coord-organisation-new = Ku dar hay'ad
coord-organisation-edit = Wax ka beddel hay'addan
coord-field-name = Magaca
coord-field-kind = Nooca hay'adda
coord-field-website = Websaydhka
coord-org-kind-nhs_trust = Hay'adda NHS (NHS trust)
coord-org-kind-library_service = Adeegga maktabadaha
coord-org-kind-charity = Hay'ad samafal
coord-org-kind-council = Golaha degmada (council)
coord-org-kind-other = Nooc kale

## Venues

coord-venue-new = Ku dar goob
coord-venue-edit = Wax ka beddel goobtan
coord-field-organisation = Hay'adda
coord-field-address = Cinwaanka
coord-field-town = Magaalada
coord-field-postcode = Koodhka boostada
coord-field-place-hint = Loolka iyo dhigga bannaan ka dhig si goobta looga helo koodhka boostada.
coord-field-lat = Loolka (latitude)
coord-field-lon = Dhigga (longitude)
coord-field-step-free = Laga geli karo jaranjaro la'aan
coord-field-buggy-space = Meel gaadhiga ilmaha la dhigo
coord-field-baby-change = Meel lagu beddelo xafaayadda ilmaha
coord-field-breastfeeding = Naas-nuujinta waa la oggol yahay
coord-field-bus-routes = Basaska u dhow

## Programmes

coord-programme-new = Ku dar barnaamij
coord-programme-edit = Wax ka beddel barnaamijkan
coord-field-programme-kind = Waxa uu bixiyo
coord-programme-kind-esol = Fasallo Ingiriisi (ESOL)
coord-programme-kind-rhyme_time = Heesaha carruurta
coord-programme-kind-singing = Kooxda heesaha
coord-programme-kind-breastfeeding_support = Taageerada naas-nuujinta
coord-programme-kind-advice = Talo ku saabsan lacagta, shaqada iyo guryaha
coord-programme-kind-other = Wax kale
coord-field-for-pregnant = Hooyooyinka uurka leh way iman karaan
coord-field-baby-min = Da'da ugu yar ee ilmaha, bilo ahaan
coord-field-baby-max = Da'da ugu weyn ee ilmaha, bilo ahaan
coord-field-cost = Qiimaha kulankiiba, pence ahaan (0 waa bilaash)
coord-field-booking = Ballansasho
coord-booking-booking = Meel waa in la ballansadaa
coord-booking-drop_in = Ballan la'aan, waa la iska iman karaa
coord-field-format = Sida uu u socdo
coord-format-course = Koorso: hooyooyinku waxay is-diiwaangeliyaan xilliga oo dhan
coord-format-ongoing = Toddobaad kasta, dhammaad ma leh
coord-english-words = Af-Ingiriisi
coord-field-title = Magaca
coord-field-description = Sharaxaad
coord-field-what-to-bring = Waxa la keenayo
coord-translations-title = Luqadaha kale
coord-translations-intro = Dooro luqad si aad qoraalka barnaamijka ugu qorto ama ugu beddesho luqaddaas.
coord-field-language = Luqadda
coord-save-translation = Kaydi luqaddan
# $count is how many languages the programme has words in.
coord-translation-count =
    { $count ->
        [one] Ku qoran { $count } luqad
       *[other] Ku qoran { $count } luqadood
    }

## Sessions

coord-session-new = Ku dar kulan
coord-session-edit = Wax ka beddel kulankan
coord-field-programme = Barnaamijka
coord-field-venue = Goobta
coord-field-host = Maamulaha kulanka
coord-field-frequency = Intee jeer
coord-frequency-weekly = Toddobaad kasta
coord-frequency-fortnightly = Labadii toddobaadba mar
coord-field-weekday = Maalinta
coord-field-start = Saacadda bilowga
coord-field-end = Saacadda dhammaadka
coord-field-starts-on = Maalinta ugu horreysa ee xilliga
coord-field-ends-on = Maalinta ugu dambeysa ee xilliga
coord-field-ends-on-hint = Bannaan ka dhig haddii kulanku sii socdo.
coord-field-capacity = Tirada meelaha
coord-field-capacity-hint = Bannaan ka dhig haddii aysan xad jirin.
coord-field-languages = Luqadaha kulanka lagu qabto
coord-field-interpreter-languages = Luqadaha uu turjumaan ama caawiye laba luqadood yaqaan ka caawiyo
coord-field-cancelled = Taariikhaha aan kulanku dhacayn
coord-field-cancel-date = Taariikh kale oo aan kulanku dhacayn
coord-add-date = Ku dar taariikhdan
coord-no-cancelled = Ma jiraan taariikho la joojiyay.
coord-remove = Ka saar
# $date is a date written as 2026-12-25.
coord-remove-date = Ka saar { $date }
coord-session-words-title = Magaca gaarka ah ee kulanka
coord-session-words-intro = Kulan wuxuu yeelan karaa magac u gaar ah, sida "Heesaha carruurta ee Carabi iyo Ingiriisi". Bannaan ka dhig si loo isticmaalo magaca barnaamijka.

## Liisaska hagaha kale (quudinta Open Referral UK)

feeds-title = Liisaska hagaha kale
feeds-back = Ku noqo hagaha
feeds-intro = PeriLink wuxuu koobiyeyn karaa kulamada hage kale oo ku daabaca Open Referral UK, si aadan dib ugu qorin. Quudin kasta maalin walba ayuu akhriyaa. Haddii aad halkan ku beddesho liis la koobiyeeyay, isbeddellada dambe ee quudinta waxay sugayaan oggolaanshahaaga.
feeds-add-title = Ku dar quudin
feeds-field-url = Cinwaanka quudinta
feeds-field-url-hint = Cinwaanka adeegyadeeda lagu liis gareeyay, sida https://example.org/openreferral
feeds-field-take = Adeegyada la koobiyeynayo
feeds-take-all = Dhammaan
feeds-take-taxonomy_term = Kuwa hal qayb ku jira
feeds-take-text = Kuwa xusa erayo gaar ah
feeds-field-take-value = Aqoonsiga qaybta, ama erayada
feeds-add = Ku dar quudinta
feeds-list-title = Quudintaada
feeds-none = Weli ma aadan darin quudin.
feeds-counts = Liisas: { $services }. Adiga ku sugaya: { $waiting }. Aan hadda quudinta ku jirin: { $gone }.
feeds-never-read = Weli lama akhrin. Waxaa la akhriyaa hal daqiiqo gudaheed marka la daro.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = Markii ugu dambeysay ee la akhriyay { $when }.
feeds-run-done = Cusub: { $created }. La cusboonaysiiyay: { $updated }. Adiga ku sugaya: { $waiting }. Aan hadda quudinta ku jirin: { $gone }. Aan la koobiyeyn karin: { $skipped }.
feeds-problem-unreachable = Waxba isma beddelin. PeriLink ma gaari karin quudinta, ama jawaabtu aad bay u daahday. Hubi cinwaanka.
feeds-problem-server-error = Waxba isma beddelin. Quudintu waxay ku jawaabtay khalad. Hubi cinwaanka, ama sug akhrinta xigta.
feeds-problem-not-json = Waxba isma beddelin. Cinwaankan wuxuu soo diraa bog internet, ma aha quudin. Hubi cinwaanka.
feeds-problem-wrong-schema = Waxba isma beddelin. Quudintu kuma jirto qaabka Open Referral UK nooca 3.
feeds-problem-endless-pages = Waxba isma beddelin. Bogagga quudintu weligood ma dhammaadaan. U sheeg qofka maamula quudinta.
feeds-problem-too-big = Waxba isma beddelin. Quudintu aad bay ugu weyn tahay in PeriLink koobiyeeyo.
feeds-error-address-refused = PeriLink wuxuu akhriyaa quudinta kaliya internetka dadweynaha. Cinwaankan wuxuu ku yaal shabakad gaar ah ama maxalli ah.
feeds-error-busy = Quudintan hadda ayaa la akhrinayaa. Sug daqiiqad, kadibna mar kale eeg.
feeds-details = Waxa dhacay, si faahfaahsan (Ingiriisi)
feeds-read-now = Hadda akhri
feeds-reading = Waa la akhrinayaa…
feeds-show-listings = Liisaskeeda
feeds-no-listings = Weli waxba lagama koobiyeyn quudintan.
feeds-side-title = Cinwaan
feeds-side-description = Sharaxaad
feeds-side-mine = Kaaga hadda
feeds-side-theirs = Isbeddelka quudinta
feeds-approve = Isticmaal isbeddelka quudinta
feeds-reject = Kaaga hay
feeds-waiting = Adiga ku sugaya
feeds-gone = Hadda kuma jiro quudinta
feeds-edited-here = Halkan lagu beddelay
feeds-duplicates-count = Waxay u eg yihiin liisas aad hore u haysatay: { $count }. Fur liisaska quudinta si aad go'aan u gaarto.
feeds-duplicates-title = Ma hore ayaad u liis gareysay kuwan?
feeds-duplicates-intro = Kulamadan quudinta waxay u eg yihiin kulamo aad hore u liis gareysay: isla meeshii, isla maalintii iyo waqtigii, iyo magac la mid ah. Lama koobiyeynayo ilaa aad go'aan ka gaarto.
feeds-duplicate-mine = Kaaga
feeds-duplicate-theirs = Kan quudinta
feeds-duplicate-link = Waa isku mid — isku xidh
feeds-duplicate-separate = Way kala duwan yihiin — labadaba liis geli
feeds-error-decided = Tan hore ayaa go'aan looga gaaray. Mar kale eeg liisaska quudinta.

## A session's dates from a partner's calendar (.ics)

calendar-title = Taariikhaha kalandar
calendar-intro = Haddii la-hawlgale, sida maktabad ama xarun carruureed, ku hayo taariikhaha fadhigan kalandar, PeriLink wuxuu ka qaadan karaa maalin kasta. Dhacdo la joojiyay waxay joojisaa taariikhdeeda, hooyooyinkii ballansaday waa loo sheegaa.
calendar-url = Taariikhaha ka qaado cinwaanka kalandar (.ics)
calendar-words = Kaliya dhacdooyinka cinwaankoodu leeyahay erayadan
calendar-words-hint = Banaan u dhaaf si aad u qaadato dhammaan dhacdooyinka kalandarka.
calendar-save = Kaydi cinwaanka kalandarka
calendar-read-now = Hadda akhri
calendar-never-read = Weli lama akhrin. Waxaa la akhriyaa hal daqiiqo gudaheed marka la kaydiyo.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = Markii ugu dambeysay ee la akhriyay { $when }.
calendar-read-done = Taariikhaha sannadka soo socda: { $dates }. La daray: { $added }. La joojiyay: { $cancelled }. Hooyooyinka loo sheegay: { $told }.
calendar-problem-unreachable = Waxba isma beddelin. PeriLink ma gaari karin kalandarka, ama jawaabtu aad bay u daahday. Hubi cinwaanka.
calendar-problem-server-error = Waxba isma beddelin. Cinwaanka kalandarku wuxuu ku jawaabay qalad. Hubi cinwaanka, ama sug akhrinta xigta.
calendar-problem-not-calendar = Waxba isma beddelin. Cinwaankani ma soo diro kalandar PeriLink akhrin karo. Hubi cinwaanka.
calendar-problem-no-events = Waxba isma beddelin. Kalandarku ma laha dhacdooyin, ama midna cinwaankiisa kuma jiraan erayadan.
calendar-problem-too-big = Waxba isma beddelin. Kalandarku aad buu u weyn yahay si PeriLink u akhriyo.
