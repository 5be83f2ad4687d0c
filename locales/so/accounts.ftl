# PeriLink interface text: Somali (so), accounts: joining from an invitation,
# passwords, signing in with a code, two-factor sign-in, devices and People.
# Translated from the English source file (en/accounts.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - Words as in main.ftl: "password" is "erayga sirta ah". "Two-factor sign-in"
#   is "galitaan laba-tallaabo ah"; an "authenticator app" is "app xaqiijin".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = Fadlan hubi faahfaahinta oo isku day mar kale.
account-error-conflict = Taasi horay ayay u jirtay. Fadlan eeg liiska.

## New passwords (joining, setting up, resetting)

password-new = Eray sir ah oo cusub
# $count is the fewest characters a password may have.
password-rules = Ugu yaraan { $count } xaraf. Saddex ama afar eray oo aad xasuusan karto waxay sameeyaan eray sir ah oo adag. Waad ku dhejin kartaa mid ka yimid maareeyaha erayada sirta ah.
password-error-short = Erayga sirta ahi waa inuu lahaadaa ugu yaraan { $count } xaraf.
password-error-long = Erayga sirta ahi aad buu u dheer yahay. Fadlan dooro mid ka gaaban.
password-error-weak = Erayga sirta ahi aad buu u gaaban yahay ama si fudud ayaa loo qiyaasi karaa. Fadlan dooro mid kale.

## Joining from an invitation

invite-accept-title = Ku biir { -brand-name }
invite-accept-intro = Waxaa lagugu martiqaaday { -brand-name }. Hubi faahfaahinta, kadibna qor magacaaga oo dooro eray sir ah.
invite-accept-email = Iimayl
invite-accept-role = Doorka
invite-accept-organisation = Hay'adda
invite-accept-name = Magacaaga
invite-accept-name-hint = Sida ay asxaabtaada iyo hooyooyinku u arki doonaan, tusaale ahaan "Amina Hassan, umuliso".
invite-accept-submit = Samee akoonkayga
invite-accept-working = Akoonka waa la samaynayaa…
invite-error-name = Fadlan qor magacaaga.
invite-error-expired = Martiqaadkan wuu dhacay: martiqaadyadu waxay shaqeeyaan 72 saacadood. Weydii qofkii ku martiqaaday mid cusub.
invite-error-used = Martiqaadkan horay ayaa loo isticmaalay. Haddii ay adiga ahayd, fadlan soo gal.
invite-error-revoked = Martiqaadkan waa la laabtay. Weydii qofkii ku martiqaaday haddii aad u malaynayso in ay khalad tahay.

## Links from emails and text messages

link-error-invalid = Linkigan ma shaqaynayo. Hubi inaad furtay linkiga oo dhan, ama weydii mid cusub.
link-error-expired = Linkigan wuu dhacay. Fadlan weydii mid cusub.
link-error-used = Linkigan horay ayaa loo isticmaalay. Fadlan weydii mid cusub, ama soo gal.

## A mother sets up her account

setup-title = Diyaari akoonkaaga
setup-intro = Dooro eray sir ah oo loogu talagalay akoonkaaga { -brand-name }. Sidoo kale waxaad ku soo geli kartaa koodh laguugu soo diray taleefankaaga.
setup-submit = Kaydi erayga sirta ah
setup-working = Waa la kaydinayaa…
setup-code-instead = Weli waxaad ku soo geli kartaa koodh laguugu soo diray taleefankaaga ama iimaylkaaga.

## Forgotten password

forgot-link = Ma ilowday erayga sirta ah?
forgot-title = Beddel erayga sirta ah
forgot-intro = Qor iimaylka ama lambarka taleefanka gacanta ee akoonkaaga. Waxaan kuu soo diri doonnaa link aad ku doorato eray sir ah oo cusub.
forgot-contact = Iimayl ama lambarka taleefanka gacanta
forgot-submit = Ii soo dir link
forgot-sent = Haddii akoon leeyahay iimaylkaas ama lambarkaas, waxaan u dirnay link. Linkigu hal mar ayuu shaqeeyaa, muddo gaaban.
reset-title = Dooro eray sir ah oo cusub
reset-intro = Dooro eray sir ah oo cusub. Waxaa lagaa saari doonaa dhammaan qalabkaaga kale.
reset-submit = Kaydi erayga sirta ah ee cusub
reset-done = Erayga sirta ah waa la beddelay. Fadlan ku soo gal erayga sirta ah ee cusub.
reset-ask-again = Weydii link cusub

## Signing in with a one-time code

code-sign-in-link = Ku soo gal koodh
code-sign-in-title = Ku soo gal koodh
code-intro = Waxaan koodh 6 god ah u diri doonnaa taleefankaaga gacanta ama iimaylkaaga.
code-contact = Lambarka taleefanka gacanta ama iimayl
code-send = Ii soo dir koodh
code-sending = Waa la dirayaa…
code-sent = Haddii akoon leeyahay lambarkaas ama iimaylkaas, waxaan u dirnay koodh. Koodhku wuxuu shaqeeyaa 10 daqiiqo.
code-label = Koodhka 6 godka ah
code-send-again = Soo dir koodh cusub
code-use-password = Ku soo gal eray sir ah
code-error-contact = Fadlan qor iimaylkaaga ama lambarka taleefankaaga gacanta.
code-error-format = Fadlan qor 6-da god ee koodhkaaga.
code-error-invalid = Koodhkaasi sax ma aha ama wuu dhacay. Fadlan isku day mar kale.
code-error-too-many = Isku day khaldan oo aad u badan. Fadlan weydii koodh cusub.

## The second step of signing in, for staff

totp-step-title = Qor koodhka amniga
totp-step-intro = Fur app-ka xaqiijinta oo qor koodhka 6 godka ah ee uu u muujiyo { -brand-name }.
totp-step-recovery-intro = Qor mid ka mid ah koodhadhka soo kabashada ee aad kaydisay markii aad diyaarisay galitaanka laba-tallaabada ah. Mid walba hal mar ayuu shaqeeyaa.
totp-step-label = Koodhka amniga
totp-step-recovery-label = Koodhka soo kabashada
totp-step-submit = Sii wad
totp-step-use-recovery = Taleefankaygu igama ag dhowa
totp-step-use-app = Isticmaal app-ka xaqiijinta
totp-step-start-again = Dib u bilow
totp-step-expired = Waqti badan ayay qaadatay. Fadlan dib u bilow oo soo gal.

## Setting up two-factor sign-in

twofa-title = Galitaan laba-tallaabo ah
twofa-intro = Maadaama aad arki karto macluumaadka caafimaadka hooyooyinka, waxaad u baahan tahay tallaabo labaad markaad soo galayso: koodh ka yimid app xaqiijin oo taleefankaaga ku jira.
twofa-required = Fadlan hadda diyaari galitaanka laba-tallaabada ah. Ma arki kartid xogta hooyooyinka ilaa aad sameyso.
twofa-on = Galitaanka laba-tallaabada ah wuu u shidan yahay akoonkaaga.
twofa-not-needed = Akoonkaagu uma baahna galitaan laba-tallaabo ah.
twofa-demo-exempt = Akoonnada tijaabadu uma baahna galitaan laba-tallaabo ah. Weli waad isku dayi kartaa inaad diyaariso.
twofa-start = Diyaari galitaanka laba-tallaabada ah
twofa-step-scan = Ku sawir koodhkan QR app-ka xaqiijinta.
twofa-qr-label = Koodh QR ah oo { -brand-name } ku daraya app xaqiijin
twofa-step-key = Ama furahan ku qor app-ka:
twofa-step-code = Qor koodhka 6 godka ah ee app-ku muujiyo
twofa-confirm = Shid galitaanka laba-tallaabada ah
twofa-confirming = Waa la hubinayaa…
twofa-now-on = Galitaanka laba-tallaabada ah hadda wuu shidan yahay.
twofa-recovery-title = Koodhadhkaaga soo kabashada
twofa-recovery-intro = Haddii taleefankaagu kaa lumo, koodh kasta oo kuwan ka mid ah wuxuu kuu oggolaanayaa inaad hal mar soo gasho. Hadda meel ammaan ah ku kaydi: mar kale ma arki doontid.
twofa-recovery-saved = Waan kaydiyay koodhadhkan
twofa-continue = Sii wad

## My account: two-factor and devices

account-title = Akoonkayga
account-twofa-open = Dejinta galitaanka laba-tallaabada ah
devices-title = Meelaha aad ku jirto
devices-intro = Haddii aad aragto qalab aadan aqoon, ama mid kaa lumay, ka saar.
devices-this = (qalabkan)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $browser } oo ku jira { $system }
devices-unknown = Qalab aan la aqoon
# $when is a date and time.
devices-signed-in = La soo galay { $when }
devices-last-used = Markii ugu dambeysay la isticmaalay { $when }
devices-sign-out = Ka saar qalabkaas
devices-signed-out = Qalabkaas waa laga saaray.

## People: staff accounts, invitations and teams

people-title = Dadka
people-intro = Martiqaad shaqaale, arag cidda akoon leh, oo abaabul kooxaha.
admin-intro = Waxa marka hore ku sugaya, iyo jidka shaqo kasta oo aad leedahay.
admin-people-counts = Akoonnada shaqaalaha: { $staff }. Casuumadaha sugaya in la aqbalo: { $waiting }.
admin-directory-hint = Kulamada, barnaamijyada, goobaha iyo ururada, iyo waxa u baahan in la hubiyo.
admin-outcomes-hint = Cidda timid, iyo sida ay u beddeshay xaaladdooda, loogu talagalay maalgeliyeyaasha.
admin-registers-hint = Qaado diiwaanka marka aad qof uga hawl gasho kulan.
admin-alerts-hint = Digniinaha badbaadada ee furan ee ku saabsan hooyooyinka aan weli cidna daryeelin.
people-working = Waa la kaydinayaa…
people-saved = Waa la kaydiyay.
people-invite-title = Martiqaad qof
people-invite-intro = Waxay heli doonaan iimayl leh link ay ku doortaan eray sir ah. Linkigu wuxuu shaqeeyaa 72 saacadood.
people-invite-email = Iimaylka shaqada
people-invite-role = Doorka
people-invite-team = Kooxda
people-invite-no-team = Koox la'aan
people-invite-submit = Dir martiqaadka
people-invite-sent = Martiqaadka waa la diray.
people-error-email = Fadlan qor cinwaan iimayl.
people-error-name = Fadlan qor magac.
people-invitations-title = Martiqaadyada
people-invitations-none = Weli martiqaad ma jiro.
people-invitation-pending = Sugaya
people-invitation-accepted = La aqbalay
people-invitation-revoked = La laabtay
people-invitation-expired = Dhacay
# $when is a date and time.
people-invitation-expires = Linkigu wuxuu shaqeeyaa ilaa { $when }
people-invitation-revoke = Laabo martiqaadka
people-invitation-revoked-note = Martiqaadka waa la laabtay.
people-staff-title = Akoonnada shaqaalaha
people-inactive = La xiray
people-no-twofa = Weli laba-tallaabo ma leh
# $teams is a list of team names.
people-teams = Kooxaha: { $teams }
people-no-team = Koox kuma jiro
people-deactivate = Xir akoonka
# $name is a person's name.
people-deactivate-confirm = Ma xiraysaa akoonka { $name }? Isla markiiba meel kasta waa laga saari doonaa.
people-deactivated = Akoonka waa la xiray.
people-cancel = Jooji
people-teams-title = Hay'adaha iyo kooxaha
people-no-teams = Weli koox ma jirto.
people-team-name = Magaca kooxda cusub
people-team-kind = Nooca kooxda
people-team-kind-community_midwifery = Umulisooyinka bulshada
people-team-kind-health_visiting = Booqdayaasha caafimaadka
people-team-kind-link_workers = Shaqaalaha isku xirka
people-team-kind-provider = Dadka qabta kulamada
people-team-kind-other = Kale
people-team-add = Ku dar koox
people-add-member = Qof ku dar kooxdan
people-choose-person = Dooro qof
people-add = Ku dar
people-remove = Ka saar
# $name is a person's name.
people-remove-member = Ka saar { $name } kooxdan
people-org-new = Hay'ad cusub
people-org-name = Magaca hay'adda
people-org-add = Ku dar hay'ad

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = Taleefan la wadaago
phone-intro = Dejintan waxay ku jiraan taleefankan oo keliya. Waxay kaa caawiyaan inaad adigu keliya ogaato waxaad halkan ku samayso haddii qof kale isticmaalo taleefanka.
phone-exit-label = “Si degdeg ah uga bax” wuxuu furaa
phone-exit-hint = Badhanka ku yaal xagga sare ee shaasad kasta, ama laba jeer oo Esc ah, isla markiiba wuu xiraa app-ka wuxuuna furaa boggan beddelkiisa.
phone-name-label = Magaca ka muuqda taleefankan
phone-name-hint = Magaca ku qoran tab-ka browser-ka, iyo shaashadda hore haddii aad app-ka halkaas ku darto.
pin-title = Qufulka app-ka
pin-intro = Dooro PIN ka kooban 4 ilaa 6 lambar. Kadib 5 daqiiqo oo aad maqnayd, ama marka aad app-ka mar kale furto, wuxuu ku weydiinayaa PIN-kaaga. Wuxuu ku jiraa taleefankan oo keliya.
pin-is-set = PIN ayaa lagu dejiyay taleefankan. Kadib 5 daqiiqo oo aad maqnayd, ama marka aad app-ka mar kale furto, wuu ku weydiinayaa.
pin-new-label = PIN cusub (4 ilaa 6 lambar)
pin-again-label = Isla PIN-kii mar kale
pin-set = Deji PIN
pin-change = Beddel PIN
pin-remove = Ka saar PIN
pin-saved = PIN-kaaga waa la dejiyay.
pin-removed = PIN-kaaga waa la saaray.
pin-mismatch = Labada PIN isku mid ma aha.
contact-title = Sida aan kula soo xiriiri karno
contact-intro = Noo sheeg goorta ay ammaan tahay in lagula soo xiriiro. Umulisadaada iyo shaqaalaha isku xirka ayaa arka tan ka hor intaanay ku soo wicin ama fariin kuu soo dirin.
contact-ways = Siyaabaha aad ku faraxsan tahay in lagula soo xiriiro
contact-days = Maalmaha
contact-times = Saacadaha (waqtiga UK)
contact-from = Laga bilaabo
contact-until = Ilaa
contact-save = Kaydi
contact-saved = Waa la kaydiyay. Sidan oo keliya ayaan kula soo xiriiri doonnaa.
contact-bad-times = Waqtiga bilowgu waa inuu ka horreeyaa waqtiga dhammaadka.
care-team-title = Yaa arki kara diiwaankaaga
care-team-intro = Dadka ku daryeela ee arki kara diiwaankaaga, iyo sababta qofkii ku helay uu kuugu daray.
care-team-none = Weli cidna.
care-team-added = Laga bilaabo { $date }
care-team-reason = Sababta laguugu daray: “{ $reason }”
