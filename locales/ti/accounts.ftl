# PeriLink interface text: Tigrinya (ti), Ge'ez script, translated from the
# English source (en): accounts (joining from an invitation, passwords, signing
# in with a code, two-factor sign-in, devices and People).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - As in main.ftl, the text speaks with the respectful plural (-ኩም), and
#   buttons and titles use verbal nouns. "Password" is መሕለፊ ቃል.
# - "Two-factor sign-in" is "ክልተ ደረጃ ምእታው"; an "authenticator app" is
#   "ናይ ምርግጋጽ ኤፕ".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = በጃኹም ዝርዝራት ፈትሹ እሞ እንደገና ፈትኑ።
account-error-conflict = እዚ ድሮ ኣሎ። በጃኹም ዝርዝር ርኣዩ።

## New passwords (joining, setting up, resetting)

password-new = ሓድሽ መሕለፊ ቃል
# $count is the fewest characters a password may have.
password-rules = እንተወሓደ { $count } ፊደላት። ትዝ ዝብለኩም ሰለስተ ወይ ኣርባዕተ ቃላት ሓያል መሕለፊ ቃል ይገብሩ። ካብ ናይ መሕለፊ ቃል ኣመሓዳሪ ክትለጥፉ ትኽእሉ ኢኹም።
password-error-short = መሕለፊ ቃልኩም እንተወሓደ { $count } ፊደላት ክህልዎ ኣለዎ።
password-error-long = እዚ መሕለፊ ቃል ኣዝዩ ነዊሕ እዩ። በጃኹም ዝሓጸረ ምረጹ።
password-error-weak = እዚ መሕለፊ ቃል ኣዝዩ ሓጺር ወይ ብቐሊሉ ዝግመት እዩ። በጃኹም ካልእ ምረጹ።

## Joining from an invitation

invite-accept-title = ናብ { -brand-name } ምጽንባር
invite-accept-intro = ናብ { -brand-name } ተዓዲምኩም ኣለኹም። ዝርዝራት ፈትሹ፣ ድሕሪኡ ስምኩም ጽሓፉ እሞ መሕለፊ ቃል ምረጹ።
invite-accept-email = ኢመይል
invite-accept-role = ተራ
invite-accept-organisation = ትካል
invite-accept-name = ስምኩም
invite-accept-name-hint = ከምቲ መሳርሕትኹምን ኣዴታትን ዝርእይዎ፣ ንኣብነት "ኣሚና ሓሰን፣ መሕረሲት"።
invite-accept-submit = ሕሳበይ ምፍጣር
invite-accept-working = ሕሳብ ይፍጠር ኣሎ…
invite-error-name = በጃኹም ስምኩም ጽሓፉ።
invite-error-expired = እዚ ዕድመ ግዜኡ ሓሊፉ፦ ዕድመታት ን72 ሰዓት ይሰርሑ። ነቲ ዝዓደመኩም ሰብ ሓድሽ ሕተቱ።
invite-error-used = እዚ ዕድመ ድሮ ተጠቒምሉ እዩ። ንስኹም እንተኔርኩም፣ እተዉ።
invite-error-revoked = እዚ ዕድመ ተሰሒቡ እዩ። ጌጋ እዩ እንተመሲሉኩም ነቲ ዝዓደመኩም ሰብ ሕተቱ።

## Links from emails and text messages

link-error-invalid = እዚ ሊንክ ኣይሰርሕን እዩ። ምሉእ ሊንክ ከም ዝኸፈትኩም ኣረጋግጹ፣ ወይ ሓድሽ ሕተቱ።
link-error-expired = ግዜ እዚ ሊንክ ሓሊፉ። በጃኹም ሓድሽ ሕተቱ።
link-error-used = እዚ ሊንክ ድሮ ተጠቒምሉ እዩ። በጃኹም ሓድሽ ሕተቱ፣ ወይ እተዉ።

## A mother sets up her account

setup-title = ሕሳብኩም ምድላው
setup-intro = ንሕሳብኩም ኣብ { -brand-name } መሕለፊ ቃል ምረጹ። ብናብ ስልክኹም ዝለኣኽ ኮድ እውን ክትኣትዉ ትኽእሉ ኢኹም።
setup-submit = መሕለፊ ቃል ምዕቃብ
setup-working = ይዕቀብ ኣሎ…
setup-code-instead = ሕጂ እውን ብናብ ስልክኹም ወይ ኢመይልኩም ዝለኣኽ ኮድ ክትኣትዉ ትኽእሉ ኢኹም።

## Forgotten password

forgot-link = መሕለፊ ቃል ረሲዕኩም?
forgot-title = መሕለፊ ቃል ምቕያር
forgot-intro = ኢመይል ወይ ቁጽሪ ሞባይል ሕሳብኩም ጽሓፉ። ሓድሽ መሕለፊ ቃል ክትመርጹ ሊንክ ክንሰደልኩም ኢና።
forgot-contact = ኢመይል ወይ ቁጽሪ ሞባይል
forgot-submit = ሊንክ ምልኣኽ
forgot-sent = እዚ ኢመይል ወይ ቁጽሪ ዘለዎ ሕሳብ እንተሃልዩ፣ ሊንክ ሰዲድናሉ ኣለና። እቲ ሊንክ ሓደ ግዜ፣ ንሓጺር እዋን ይሰርሕ።
reset-title = ሓድሽ መሕለፊ ቃል ምምራጽ
reset-intro = ሓድሽ መሕለፊ ቃል ምረጹ። ካብ ኩሎም ካልኦት መሳርሒታትኩም ክትወጹ ኢኹም።
reset-submit = ሓድሽ መሕለፊ ቃል ምዕቃብ
reset-done = መሕለፊ ቃልኩም ተቐይሩ። በጃኹም ብሓድሽ መሕለፊ ቃል እተዉ።
reset-ask-again = ሓድሽ ሊንክ ምሕታት

## Signing in with a one-time code

code-sign-in-link = ኣብ ክንዲኡ ብኮድ ምእታው
code-sign-in-title = ብኮድ ምእታው
code-intro = ናብ ሞባይል ስልክኹም ወይ ኢመይልኩም 6 ኣሃዝ ዘለዎ ኮድ ክንሰድድ ኢና።
code-contact = ቁጽሪ ሞባይል ወይ ኢመይል
code-send = ኮድ ምልኣኽ
code-sending = ይለኣኽ ኣሎ…
code-sent = እዚ ቁጽሪ ወይ ኢመይል ዘለዎ ሕሳብ እንተሃልዩ፣ ኮድ ሰዲድናሉ ኣለና። እቲ ኮድ ን10 ደቒቕ ይሰርሕ።
code-label = 6 ኣሃዝ ዘለዎ ኮድ
code-send-again = ሓድሽ ኮድ ምልኣኽ
code-use-password = ኣብ ክንዲኡ ብመሕለፊ ቃል ምእታው
code-error-contact = በጃኹም ኢመይል ወይ ቁጽሪ ሞባይልኩም ጽሓፉ።
code-error-format = በጃኹም 6 ኣሃዛት ናይቲ ኮድ ጽሓፉ።
code-error-invalid = እዚ ኮድ ቅኑዕ ኣይኮነን ወይ ግዜኡ ሓሊፉ። በጃኹም እንደገና ፈትኑ።
code-error-too-many = ብዙሓት ጌጋ ፈተነታት። በጃኹም ሓድሽ ኮድ ሕተቱ።

## The second step of signing in, for staff

totp-step-title = ናይ ድሕነት ኮድ ምእታው
totp-step-intro = ናይ ምርግጋጽ ኤፕኩም ክፈቱ እሞ እቲ ን{ -brand-name } ዘርእዮ 6 ኣሃዝ ዘለዎ ኮድ ጽሓፉ።
totp-step-recovery-intro = ክልተ ደረጃ ምእታው ክተዳልዉ ከለኹም ካብ ዝዓቀብኩምዎም ናይ ምምላስ ኮዳት ሓደ ጽሓፉ። ነፍሲ ወከፎም ሓደ ግዜ ይሰርሑ።
totp-step-label = ናይ ድሕነት ኮድ
totp-step-recovery-label = ናይ ምምላስ ኮድ
totp-step-submit = ምቕጻል
totp-step-use-recovery = ስልከይ ምሳይ የለን
totp-step-use-app = ናይ ምርግጋጽ ኤፕ ምጥቃም
totp-step-start-again = እንደገና ምጅማር
totp-step-expired = ብዙሕ ግዜ ወሲዱ። በጃኹም እንደገና ጀሚርኩም እተዉ።

## Setting up two-factor sign-in

twofa-title = ክልተ ደረጃ ምእታው
twofa-intro = ሓበሬታ ጥዕና ኣዴታት ክትርእዩ ስለ እትኽእሉ፣ ክትኣትዉ ከለኹም ካልኣይ ደረጃ የድልየኩም፦ ካብ ኣብ ስልክኹም ዘሎ ናይ ምርግጋጽ ኤፕ ዝመጽእ ኮድ።
twofa-required = በጃኹም ሕጂ ክልተ ደረጃ ምእታው ኣዳልዉ። ክሳብ ሽዑ ሓበሬታ ኣዴታት ክትርእዩ ኣይትኽእሉን ኢኹም።
twofa-on = ክልተ ደረጃ ምእታው ኣብ ሕሳብኩም ይሰርሕ ኣሎ።
twofa-not-needed = ሕሳብኩም ክልተ ደረጃ ምእታው ኣየድልዮን።
twofa-demo-exempt = ናይ ፈተነ ሕሳባት ክልተ ደረጃ ምእታው ኣየድልዮምን። ኮይኑ ግን ምድላዉ ክትፍትኑ ትኽእሉ ኢኹም።
twofa-start = ክልተ ደረጃ ምእታው ምድላው
twofa-step-scan = ነዚ ኮድ QR ብናይ ምርግጋጽ ኤፕኩም ስኣልዎ።
twofa-qr-label = ን{ -brand-name } ናብ ናይ ምርግጋጽ ኤፕ ዝውስኽ ኮድ QR
twofa-step-key = ወይ ነዚ መፍትሕ ኣብቲ ኤፕ ጽሓፍዎ፦
twofa-step-code = እቲ ኤፕ ዘርእዮ 6 ኣሃዝ ዘለዎ ኮድ ጽሓፉ
twofa-confirm = ክልተ ደረጃ ምእታው ምጅማር
twofa-confirming = ይረጋገጽ ኣሎ…
twofa-now-on = ክልተ ደረጃ ምእታው ሕጂ ይሰርሕ ኣሎ።
twofa-recovery-title = ናይ ምምላስ ኮዳትኩም
twofa-recovery-intro = ስልክኹም እንተጠፊኡ፣ ነፍሲ ወከፍ ካብዞም ኮዳት ሓደ ግዜ ክትኣትዉ የኽእለኩም። ሕጂ ኣብ ውሑስ ቦታ ዕቀብዎም፦ ደጊምኩም ኣይክትርእይዎምን ኢኹም።
twofa-recovery-saved = ነዞም ኮዳት ዓቂበዮም ኣለኹ
twofa-continue = ምቕጻል

## My account: two-factor and devices

account-title = ሕሳበይ
account-twofa-open = ምድላዋት ክልተ ደረጃ ምእታው
devices-title = ኣበይ ኣቲኹም ከም ዘለኹም
devices-intro = ዘይትፈልጥዎ ወይ ዝጠፍኣኩም መሳርሒ እንተረኣኹም፣ ካብኡ ኣውጽእዎ።
devices-this = (እዚ መሳርሒ)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $browser } ኣብ { $system }
devices-unknown = ዘይፍለጥ መሳርሒ
# $when is a date and time.
devices-signed-in = ዝኣተወሉ፦ { $when }
devices-last-used = ናይ መወዳእታ ኣጠቓቕማ፦ { $when }
devices-sign-out = ካብቲ መሳርሒ ምውጻእ
devices-signed-out = ካብቲ መሳርሒ ወጺኡ ኣሎ።

## People: staff accounts, invitations and teams

people-title = ሰባት
people-intro = ሰራሕተኛታት ዕደሙ፣ መን ሕሳብ ከም ዘለዎ ርኣዩ፣ ጉጅለታት ድማ ኣወሃህዱ።
admin-intro = ቀዳምነት ዘድልየኩም፥ ከምኡ’ውን ናብ ነፍሲ ወከፍ ስራሕኩም ዝወስድ መንገዲ።
admin-people-counts = ሕሳባት ሰራሕተኛታት፥ { $staff }። ተቐባልነት ዝጽበዩ ዕድመታት፥ { $waiting }።
admin-directory-hint = ኣኼባታት፥ መደባት፥ ቦታታትን ትካላትን፥ ከምኡ’ውን ክረጋገጽ ዘለዎ።
admin-outcomes-hint = መን ከም ዝመጸ፥ ደሓንነቶም ከመይ ከም ዝተቐየረ፥ ንወሃብቲ ገንዘብ።
admin-registers-hint = ኣብ ክንዲ ካልእ ኣኼባ ክትመርሑ ከለኹም መዝገብ ተሳትፎ ውሰዱ።
admin-alerts-hint = ብዛዕባ ክሳብ ሕጂ ዝከናኸነን ዘየብለን ኣዴታት ዘለዉ ክፉታት መጠንቀቕታታት ድሕንነት።
people-working = ይዕቀብ ኣሎ…
people-saved = ተዓቂቡ።
people-invite-title = ሰብ ምዕዳም
people-invite-intro = መሕለፊ ቃል ዝመርጹሉ ሊንክ ዘለዎ ኢመይል ክበጽሖም እዩ። እቲ ሊንክ ን72 ሰዓት ይሰርሕ።
people-invite-email = ናይ ስራሕ ኢመይሎም
people-invite-role = ተራ
people-invite-team = ጉጅለ
people-invite-no-team = ብዘይ ጉጅለ
people-invite-submit = ዕድመ ምልኣኽ
people-invite-sent = ዕድመ ተላኢኹ።
people-error-email = በጃኹም ኣድራሻ ኢመይል ጽሓፉ።
people-error-name = በጃኹም ስም ጽሓፉ።
people-invitations-title = ዕድመታት
people-invitations-none = ገና ዕድመ የለን።
people-invitation-pending = ይጽበ ኣሎ
people-invitation-accepted = ተቐቢሉ
people-invitation-revoked = ተሰሒቡ
people-invitation-expired = ግዜኡ ሓሊፉ
# $when is a date and time.
people-invitation-expires = እቲ ሊንክ ክሳብ { $when } ይሰርሕ
people-invitation-revoke = ዕድመ ምስሓብ
people-invitation-revoked-note = ዕድመ ተሰሒቡ።
people-staff-title = ሕሳባት ሰራሕተኛታት
people-inactive = ተዓጽዩ
people-no-twofa = ገና ክልተ ደረጃ የብሉን
# $teams is a list of team names.
people-teams = ጉጅለታት፦ { $teams }
people-no-team = ኣብ ጉጅለ የለን
people-deactivate = ሕሳብ ምዕጻው
# $name is a person's name.
people-deactivate-confirm = ሕሳብ { $name } ይዕጾ? ብኡንብኡ ካብ ኩሉ ቦታ ክወጽእ እዩ።
people-deactivated = ሕሳብ ተዓጽዩ።
people-cancel = ምስራዝ
people-teams-title = ትካላትን ጉጅለታትን
people-no-teams = ገና ጉጅለ የለን።
people-team-name = ስም ሓድሽ ጉጅለ
people-team-kind = ዓይነት ጉጅለ
people-team-kind-community_midwifery = ናይ ማሕበረሰብ ምሕራስ
people-team-kind-health_visiting = ናይ ጥዕና ምብጻሕ
people-team-kind-link_workers = ሰራሕተኛታት ርክብ
people-team-kind-provider = ኣካየድቲ ኣኼባታት
people-team-kind-other = ካልእ
people-team-add = ጉጅለ ምውሳኽ
people-add-member = ናብዚ ጉጅለ ሰብ ምውሳኽ
people-choose-person = ሰብ ምረጹ
people-add = ምውሳኽ
people-remove = ምእላይ
# $name is a person's name.
people-remove-member = { $name } ካብዚ ጉጅለ ምእላይ
people-org-new = ሓድሽ ትካል
people-org-name = ስም ትካል
people-org-add = ትካል ምውሳኽ

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = ኣብ ዝተኻፈለ ተሌፎን
phone-intro = እዚ ምድላዋት ኣብዚ ተሌፎን ጥራይ ይተርፍ። ካልእ ሰብ ነቲ ተሌፎን እንተተጠቒሙሉ፡ ኣብዚ እትገብርዮ ንባዕልኺ ጥራይ ንኽተርፍ ይሕግዘኪ።
phone-exit-label = “ቀልጢፍኪ ውጺ” ዝኸፍቶ
phone-exit-hint = ኣብ ላዕሊ ነፍሲ ወከፍ ስክሪን ዘሎ መጠወቒ፡ ወይ ክልተ ግዜ Esc ምጥዋቕ፡ ነዚ ኣፕ ብኡንብኡ ዓጽዩ ኣብ ክንድኡ ነዚ ገጽ ይኸፍቶ።
phone-name-label = ኣብዚ ተሌፎን ዝርአ ስም
phone-name-hint = ኣብ ታብ ብራውዘር ዘሎ ስም፡ ኣፕ ኣብ ቀንዲ ስክሪን እንተወሲኽክዮ ድማ ኣብኡ።
pin-title = መዕጸዊ ኣፕ
pin-intro = ካብ 4 ክሳብ 6 ቁጽሪ ዘለዎ PIN ኣቐምጢ። ድሕሪ 5 ደቒቕ ርሕቀት፡ ወይ ኣፕ ተመሊስኪ ክትከፍትዮ ከለኺ፡ PIN ይሓተኪ። ኣብዚ ተሌፎን ጥራይ ይተርፍ።
pin-is-set = ኣብዚ ተሌፎን PIN ተቐሚጡ ኣሎ። ድሕሪ 5 ደቒቕ ርሕቀት፡ ወይ ኣፕ ተመሊስኪ ክትከፍትዮ ከለኺ፡ ይሓተኪ።
pin-new-label = ሓድሽ PIN (ካብ 4 ክሳብ 6 ቁጽሪ)
pin-again-label = ተመሳሳሊ PIN ደጊምኪ
pin-set = PIN ኣቐምጢ
pin-change = PIN ቀይሪ
pin-remove = PIN ሰርዚ
pin-saved = PIN ተቐሚጡ።
pin-removed = PIN ተሰሪዙ።
pin-mismatch = እቶም ክልተ PIN ሓደ ኣይኮኑን።
contact-title = ብኸመይ ክንረኽበኪ ንኽእል
contact-intro = መዓስ ምርካብኪ ውሑስ ምዃኑ ንገርና። ሓካይም ሕርሲ ከምኡ’ውን ሰራሕተኛ ምትእስሳርኪ ቅድሚ ምድዋሎም ወይ መልእኽቲ ምልኣኾም እዚ ይርእዩ።
contact-ways = ክትረኽብሉ እትደልይዮም መገድታት
contact-days = መዓልታት
contact-times = ሰዓታት (ሰዓት ዓባይ ብሪጣንያ)
contact-from = ካብ
contact-until = ክሳብ
contact-save = ዓቕብ
contact-saved = ተዓቂቡ። ብዚ መገዲ ጥራይ ክንረኽበኪ ኢና።
contact-bad-times = ሰዓት ምጅማር ቅድሚ ሰዓት መወዳእታ ክኸውን ኣለዎ።
care-team-title = መዝገብኪ መን ክርኢ ይኽእል
care-team-intro = ዝከናኸኑኺ መዝገብኪ ክርእዩ ዝኽእሉ ሰባት፣ ዝረኸበኪ ሰብ ስለምንታይ ከም ዝወሰኸኪ።
care-team-none = ክሳብ ሕጂ ዋላ ሓደ የለን።
care-team-added = ካብ { $date }
care-team-reason = ስለምንታይ ከም ዝወሰኹኺ፦ «{ $reason }»
