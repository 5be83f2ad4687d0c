# PeriLink interface text: Somali (so).
# Translated from the English source file (en/main.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - "Session" is "kulan" (plural "kulamo"); "midwife" is "umuliso";
#   "link worker" is "shaqaalaha isku xirka" (connecting worker);
#   "refer" is "gudbin"; "password" is "erayga sirta ah".
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = U gudub qaybta ugu muhiimsan
# The name screen readers give to the main menu.
nav-label = Liiska guud
nav-home = Bogga hore
nav-find = Raadi kulamo
nav-sign-in = Soo gal
nav-sign-out = Ka bax
# Label of the menu that changes the language of the whole app.
language-picker-label = Luqadda
language-picker-apply = Beddel
footer-text = { -brand-name } waxay hooyooyinka ka caawisaa inay helaan taageero diirran oo u dhow.
loading = Fadlan sug…

## Home page

home-title = Kooxo iyo caawimo hooyooyinka loogu talagalay, oo ku qoran luqaddaada
home-intro = Raadi fasallo Ingiriisi, kulamada heesaha carruurta, kooxaha heesaha iyo taageerada naas-nuujinta oo kuu dhow. Qaar badan waa bilaash, waxaadna la iman kartaa ilmahaaga.
home-find-button = Raadi kulan ii dhow
home-staff-title = Loogu talagalay umulisooyinka, shaqaalaha isku xirka iyo maamulayaasha kulamada
home-staff-intro = Soo gal si aad hooyo u gudbiso, aad u qorto imaanshaha, ama aad u aragto sida kulamadu u socdaan.
# $name is the signed-in person's name.
home-signed-in-as = Waxaad ku soo gashay: { $name }
# $place is the name of a page, such as "My sessions".
home-continue = U gudub: { $place }

## Roles, as the app names them to the person signed in

role-mother = Hooyo
role-referrer = Umuliso ama shaqaale isku xire
role-host = Maamulaha kulanka
role-coordinator = Isku-duwaha
role-admin = Maamulaha nidaamka

## Each role's starting page

start-mother = Kulamadayda
start-referrer = Gudbinnadayda
start-host = Diiwaannada maanta
start-coordinator = Barnaamijyada iyo warbixinnada
start-admin = Akoonnada
start-your-details = Macluumaadkaaga
start-detail-name = Magaca
start-detail-role = Doorka
start-detail-job = Shaqada
start-detail-organisation = Hay'adda
start-detail-email = Iimayl

## Find page

find-title = Raadi kulan

## Sign in

sign-in-title = Soo gal
sign-in-intro = Isticmaal iimaylka iyo erayga sirta ah ee akoonkaaga { -brand-name }.
sign-in-email = Iimayl
sign-in-password = Erayga sirta ah
sign-in-show-password = Muuji erayga sirta ah
sign-in-submit = Soo gal
sign-in-working = Fadlan sug, waad soo galaysaa…
sign-in-error-credentials = Iimaylka ama erayga sirta ah sax maaha. Fadlan isku day mar kale.
# $minutes is a whole number of minutes.
sign-in-error-throttled =
    { $minutes ->
        [one] Isku day badan ayaa la sameeyay. Fadlan sug { $minutes } daqiiqad, kadibna isku day mar kale.
       *[other] Isku day badan ayaa la sameeyay. Fadlan sug { $minutes } daqiiqo, kadibna isku day mar kale.
    }
sign-in-error-missing = Fadlan qor iimaylkaaga iyo erayga sirta ah.
sign-in-needed = Fadlan soo gal si aad u aragto boggan.
signed-out = Waad ka baxday.

## Errors

error-network = Ma aanu la xiriiri karin { -brand-name }. Hubi internetkaaga oo isku day mar kale.
error-generic = Wax baa khaldamay. Fadlan isku day mar kale.
error-forbidden = Akoonkaagu ma furi karo boggan.
not-found-title = Bogga lama helin
not-found-text = Ma aanu helin boggaas.
not-found-home = Tag bogga hore

## On every page: the menu's account links, and the demo's notice.
demo-banner = Tani waa tijaabo leh dad la sameeyay. Akoonnada tijaabada uma baahna galitaan laba-tallaabo ah; akoonnada dhabta ah ee shaqaaluhu way u baahan yihiin.
nav-account = Akoonkayga
nav-people = Dadka
nav-my-sessions = Kulamadayda
nav-check-in = Sida aad u dareemayso
nav-admin = Akoonnada
nav-my-referrals = Gudbinnadayda
nav-register = Diiwaannada imaanshaha
nav-incoming = Gudbinnada
nav-directory = Tusaha
nav-alerts = Digniinaha badbaadada
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = Isniin|Talaado|Arbaco|Khamiis|Jimco|Sabti|Axad
date-months = Janaayo|Febraayo|Maarso|Abriil|May|Juun|Luuliyo|Ogosto|Sebtembar|Oktoobar|Nofembar|Desembar
date-long = { $weekday }, { $day } { $month }
checkin-title = Sidee dareemaysaa?
checkin-intro = Dhowr su'aalood oo qarsoodi ah oo ku saabsan labadii toddobaad ee la soo dhaafay. Jawaabaha waxaa arka adiga iyo dadka ku daryeela oo keliya.
checkin-start = Bilow

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = Diyaari galitaanka laba-tallaabada ah ka hor intaadan arkin xogta hooyooyinka.
error-totp-required = Fadlan mar kale soo gal adigoo isticmaalaya koodhka app-ka xaqiijinta.
error-account-inactive = Akoonkan waa la xiray. Weydii isuduwahaaga haddii aad u malaynayso in ay khalad tahay.

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = Si degdeg ah uga bax
quick-exit-hint = ama laba jeer riix Esc
neutral-name-diary = Buugga ilmaha
neutral-name-notes = Qoraallo
lock-title = Geli PIN-kaaga
lock-intro = App-kan waa ku xiran yahay taleefankan. Geli PIN-kaaga si aad u furto.
lock-pin-label = PIN (4 ilaa 6 lambar)
lock-open = Fur
lock-not-a-pin = PIN waa 4 ilaa 6 lambar.
lock-wrong = PIN khaldan. Isku dayada kuu haray ka hor inta aan lagaa saarin: { $left }
lock-forgot = Ma ilowday PIN-kaaga? Ka bax, kadibna mar kale ku gal furahaaga sirta ah ama kood.
contact-channel-text = Fariin qoraal ah
contact-channel-email = Iimayl
contact-channel-call = Wac taleefan
error-wording-not-installed = Su'aalahan lagama heli karo luqaddan. Fadlan dooro kuwo kale.
