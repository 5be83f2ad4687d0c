# PeriLink interface text: Tigrinya (ti), Ge'ez script, referrals, for
# referrers, hosts and mothers, translated from the English source
# (en/referrals.ftl).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Keys starting ref- are for staff (midwives, link workers, session hosts and
#   coordinators), women and men: plain, short work language. Keys starting
#   myref- are read by a mother about her own referrals, and so are the
#   ref-status- and ref-reason- names: short sentences, everyday words.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - As in main.ftl, the text speaks to the reader with the respectful plural
#   (-ኩም, ምረጹ), and buttons and titles use verbal nouns (ምድላይ, ምቕባል). The
#   mother is spoken of in the feminine (ንዓኣ, -ኣ).
#   Words as in main.ftl and staff.ftl: "refer, referral" ምልኣኽ, "session"
#   ኣኼባ, "midwife" መሕረሲት, "link worker" ሰራሕተኛ ርክብ, "host" ኣካያዲ ኣኼባ,
#   "register" (of attendance) መዝገብ ተሳትፎ, "book" ምምዝጋብ, "wellbeing check"
#   ምርመራ ደሓንነት. New here: "referrer" ለኣኺ, "session team" ጉጅለ ኣኼባ,
#   "care team" ጉጅለ ክንክን, "caseload" ኣብ ትሕቲ ሓላፍነተይ ዘለዋ ኣዴታት,
#   "consent" ፍቓድ, "decline" ምንጻግ, "stop (withdraw)" ምቁራጽ, "optional"
#   ኣማራጺ, "dialect" ላህጃ.
# - Dates ($date) arrive already written in Tigrinya by the phone, such as
#   "ሰሉስ 25 ሕዳር"; times ($start, $end) such as "10:30". Names are not joined
#   to a prefix (ን-, ብ-): they stand as separate words.
# - Tigrinya's [one] form is also used for 0, so it keeps { $count }.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = ተላኢኹ
ref-status-accepted = ተቐባልነት ረኺቡ
ref-status-declined = ተነጺጉ
ref-status-booked = ተመዝጊቡ
ref-status-attending = ምሳተፍ ጀሚሩ
ref-status-completed = ተዛዚሙ
ref-status-did-not-attend = ክልተ ኣኼባታት ኣይተመጽአን
ref-status-withdrawn = ተቋሪጹ

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = ብሕትውና ምስማዕ
ref-reason-low-mood-or-anxiety = ሕዝን ምባል ወይ ስክፍታ
ref-reason-english-language = እንግሊዝኛ ምምሃር
ref-reason-infant-feeding = ህጻን ምምጋብ
ref-reason-money-housing-or-work = ገንዘብ፡ ገዛ ወይ ስራሕ
ref-reason-bonding-with-baby = ምስ ህጻና ምቅርራብ
ref-reason-other = ካልእ ነገር
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = ምኽንያታት ናይቲ ምልኣኽ

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = ብለኣኺ
ref-actor-provider = ብጉጅለ ኣኼባ
ref-actor-mother = ብኣደ
ref-actor-system = ካብ መዝገብ ተሳትፎ
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }፡ { $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
        [one] ክሳብ ሕጂ { $count } ስጉምቲ
       *[other] ክሳብ ሕጂ { $count } ስጉምትታት
    }
# $reason is what someone wrote when they declined.
ref-move-reason = ምኽንያት፡ “{ $reason }”
ref-sent-on = ዝተላእከሉ፡ { $date }
# $text is what the mother said matters to her, in her words.
ref-what-matters = ንዓኣ ኣገዳሲ ዝኾነ፡ “{ $text }”
# $text is the referrer's note for the care team.
ref-note = መዘኻኸሪ፡ { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = ተርጓሚ የድልያ
ref-cancel = ምስራዝ
ref-working = ይለኣኽ ኣሎ…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = እዚ ምልኣኽ ኣብ መንጎ ተቐይሩ። እቲ ዝርዝር ሕጂ ተሓዲሱ ኣሎ፡ በጃኹም እንደገና ርኣይዎ።
ref-error-full = በታ ዕለት ዝተረፈ ቦታ የለን። በጃኹም ካልእ ዕለት ምረጹ።
ref-error-invalid = ገለ ሓበሬታ ልክዕ ኣይኮነን። በጃኹም ኣረጋግጽዎ እሞ እንደገና ፈትኑ።
ref-error-reason = በጃኹም ምኽንያት ግለጹ።

## A referrer's page: news, making a referral, and her caseload

ref-news-title = ሓድሽ ዘሎ
ref-news-accepted = { $name } ኣብ { $programme } ተቐባልነት ረኺባ።
ref-news-declined = { $programme } ንምልኣኽ { $name } ነጺጉዎ። ምኽንያቱ ኣብ ታሕቲ ኣብ ስጉምትታታ ኣሎ።
ref-news-first-attended = { $name } ንመጀመርታ ግዜ ናብ { $programme } ከይዳ።
ref-news-missed-twice = { $name } ብተኸታታሊ ክልተ ኣኼባታት ናይ { $programme } ኣይመጸትን።
ref-news-withdrawn = { $name } ምልኣኻ ናብ { $programme } ኣቋሪጻቶ።
ref-news-booking-cancelled = { $name } ኣብ { $programme } ዝገበረቶ ምዝገባ ሰሪዛ፥ እቲ ምልኣኽ ደጊሙ ዕለት የድልዮ።
ref-attended-none = ካብቲ ምልኣኽ ጀሚሩ ክሳብ ሕጂ ኣኼባ የለን።
ref-news-alert = መጠንቀቕታ ድሕንነት ብዛዕባ { $name }: ሎሚ ተኸታተልዎ።
ref-news-alert-escalated = ኣብ ውሽጢ ኣርባዕተ ሰዓት ንመጠንቀቕታ ድሕንነት { $name } ዝተኸታተለ የለን፥ ናብ ኣወሃሃድቲ ተላኢኹ።
ref-news-alert-closed = መጠንቀቕታ ድሕንነት ተላዒሉ ነይሩ፥ ድሕሪኡ ተፈጺሙ እዩ።
ref-news-alert-open = መጠንቀቕታ ርኣዩ
# When the referral a notification is about is not on this page.
ref-news-other = ሓደ ካብ ዝለኣኽኩምዎም ተቐይሩ።
# Marks a piece of news as read, so it goes away.
ref-news-read = ተረዲኡኒ

ref-new-title = ኣደ ምልኣኽ
ref-new-intro = ኣርባዕተ ሓጸርቲ ስጉምትታት። ብዛዕባኣ ዝፈለጥናዮ ሓበሬታ ኣቐዲሙ ተመሊኡልኩም ኣሎ።
# After sending.
ref-sent = ተላኢኹ፡ { $name } ናብ { $programme }።

# Step 1: finding or registering the mother.
ref-step-mother = 1. ንዓኣ ምድላይ
ref-find-label = ስማ፡ ቁጽሪ ቴሌፎና ወይ ቁጽሪ NHS
ref-find-hint = ብስም ኣብ ትሕቲ ሓላፍነትኩም ዘለዋ ኣዴታት ይርከባ። ብቴሌፎን፡ ኢመይል ወይ ቁጽሪ NHS ድማ ዝኾነት እንፈልጣ ኣደ ትርከብ።
ref-find-submit = ምድላይ
ref-find-none = ዝተረኽበ ሰብ የለን። ዝጸሓፍኩምዎ ኣረጋግጹ፡ ወይ ንዓኣ መዝግብዋ።
ref-find-results = ዝተረኽባ ኣዴታት
ref-choose = ንዓኣ ምልኣኽ
ref-register-open = ሓዳስ ኣደ ምምዝጋብ
ref-register-title = ኣደ ምምዝጋብ
ref-field-given = ቀዳማይ ስም
ref-field-family = ስም ስድራ (ኣማራጺ)
ref-contact-hint = ቁጽሪ ሞባይላ፡ ኢመይላ፡ ወይ ክልቲኡ ሃቡ።
ref-field-phone = ቁጽሪ ሞባይል
ref-field-email = ኢመይል
ref-field-language = እትመርጾ ቋንቋ
ref-language-choose = ቋንቋ ምረጹ
ref-language-other = ካልእ ቋንቋ
ref-field-language-other = ኮድ ቋንቋ
ref-language-other-hint = ኮድ BCP 47፡ ንኣብነት “ps” ንፓሽቶ ወይ “ti” ንትግርኛ።
ref-field-dialect = ላህጃ (ኣማራጺ)
ref-field-interpreter = ተርጓሚ የድልያ
ref-dates-hint = ዝተጸበየ ዕለት ሕርሳ ሃቡ፡ ወይ ህጻን ምስ ተወልደ ዕለት ልደት ህጻን።
ref-field-due = ዝተጸበየ ዕለት ሕርሲ
ref-field-born = ዕለት ልደት ህጻን
ref-field-nhs = ቁጽሪ NHS (ኣማራጺ)
ref-field-postcode = ፖስትኮድ (ኣማራጺ)
ref-register-submit = ንዓኣ ምምዝጋብ
ref-error-given = በጃኹም ቀዳማይ ስማ ሃቡ።
ref-error-contact = በጃኹም ቁጽሪ ሞባይል ወይ ኢመይል ሃቡ።
ref-error-phone = እዚ ቁጽሪ ቴሌፎን ዓዲ እንግሊዝ (UK) ኣይኮነን።
ref-error-email = እዚ ኣድራሻ ኢመይል ኣይኮነን።
ref-error-language = በጃኹም ቋንቋኣ ምረጹ።
ref-error-nhs = እዚ ቁጽሪ NHS ኣይኮነን። ነተን ዓሰርተ ኣሃዛት ኣረጋግጹ።
ref-error-known = በዚ ቁጽሪ NHS ዝተመዝገበት ኣደ ድሮ ኣላትና። ኣብ ክንድኡ ንዓኣ ድለይዋ።
ref-find-known = ብቁጽሪ NHS ንዓኣ ምድላይ
# Above the mother being referred.
ref-chosen-title = እትለኣኽ ዘላ ኣደ
ref-undelivered-sms = ናይ ጽሑፍ መልእኽቲ ኣይበጽሐን: ደውሉላ
ref-undelivered-email = ኢመይል ኣይበጽሐን
ref-due-on = ዝተጸበየ ሕርሲ፡ { $date }
ref-born-on = ህጻን ዝተወልደሉ፡ { $date }
# $number is an NHS number.
ref-nhs = ቁጽሪ NHS { $number }
ref-change = ካልእ ሰብ ምምራጽ

# Step 2: choosing a session.
ref-step-session = 2. ኣኼባ ምምራጽ
ref-kind-label = እንታይ ዓይነት ኣኼባ?
ref-in-language = ብቋንቋኣ ጥራይ፡ ወይ ምስ ተርጓሚ ናይ ቋንቋኣ
ref-for-stage = ንኩነታታ ዝሰማምዑ ኣኼባታት ጥራይ (ጥንሲ፡ ወይ ዕድመ ህጻና)
ref-near-label = ኣብ ጥቓ
ref-near-hint = ፖስትኮዳ፡ ወይ ከም L8 ዝኣመሰለ ከባቢ።
ref-search = ምድላይ
ref-sessions-empty = ዝሰማማዕ ኣኼባ የለን። ውሑድ ምርጫታት ወይ ዝሰፍሐ ከባቢ ፈትኑ።
ref-error-place = ነቲ ቦታ ኣይንፈልጦን። ከም L8 1XF ዝኣመሰለ ፖስትኮድ፡ ወይ ከም L8 ዝኣመሰለ ከባቢ ፈትኑ።
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
ref-record =
    { $days ->
        [0] ብዙሕ ግዜ ኣብ ውሽጢ ሓንቲ መዓልቲ ይምልስ · { $percent }% ተቐቢሉ
        [one] ብዙሕ ግዜ ኣብ ውሽጢ { $days } መዓልቲ ይምልስ · { $percent }% ተቐቢሉ
       *[other] ብዙሕ ግዜ ኣብ ውሽጢ { $days } መዓልታት ይምልስ · { $percent }% ተቐቢሉ
    }
ref-record-none = ገና ምልኣኽ የለን
ref-record-no-replies = ገና መልሲ የለን
ref-pick = ነዚ ኣኼባ ምምራጽ
ref-picked = ተመሪጹ

# Step 3: consent.
ref-step-consent = 3. ፍቓዳ
ref-consent-intro = ብቋንቋኣ ሕተትዋ። ዝተሰማምዓትሉ ጥራይ ምልክት ግበሩ።
ref-scopes-label = ክካፈል ዝተሰማምዓትሉ
ref-scope-contact-details = ሓበሬታ ርክባን ቋንቋኣን፡ ምስ ጉጅለ ኣኼባ
ref-scope-referral-reasons = ስለምንታይ ከም እትለኣኽን ንዓኣ ኣገዳሲ ዝኾነን፡ ምስ ጉጅለ ኣኼባ
ref-scope-attendance-to-referrer = ትኸይድ እንተላ፡ ምሳኹም
ref-scope-screening-to-care-team = ውጽኢት ምርመራ ደሓንነታ፡ ምስ ጉጅለ መሕረሲታ
ref-scope-alerts-regardless = መጠንቀቕታታት ድሕንነት ብዝኾነ ኩነታት ናብ ጉጅለ ክንክናኣ ይበጽሑ፡ መልስታታ ድሕንቲ ከም ዘይትኸውን እንተ ኣርእዮም፡ እቲ ጉጅለ ብኡንብኡ ይሕበር።
ref-field-shared-with = ምስ መን ይካፈል
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session }፡ { $venue }
ref-contact-label = ብኸመይ ክትርከብ ትደሊ
ref-contact-sms = መልእኽቲ ጽሑፍ (SMS)
ref-contact-email = ኢመይል
ref-contact-phone = ብቴሌፎን ምድዋል
ref-contact-none = ፈጺማ ኣይትደልን
ref-consent-submit = ፍቓዳ ምምዝጋብ
# $with is who she agreed her details may be shared with.
ref-consent-done = ፍቓድ ተመዝጊቡ ({ $date })፡ ምስ { $with } ንምክፋል፡
ref-consent-again = ፍቓዳ እንደገና ምምዝጋብ
ref-error-scopes = እንተወሓደ ሓደ ክካፈል ዝተሰማምዓትሉ ነገር ምልክት ግበሩ።
ref-error-shared-with = ሓበሬታኣ ምስ መን ከም ዝካፈል ግለጹ።

# Step 4: why, and sending.
ref-step-send = 4. ስለምንታይ ትለኣኽ
ref-field-what-matters = ንዓኣ ኣገዳሲ ዝኾነ፡ ብናታ ቃላት
ref-field-note = መዘኻኸሪ ንጉጅለ ክንክና (ኣማራጺ)
ref-note-hint = ኣካየድቲ ኣኼባ ነዚ መዘኻኸሪ ፈጺሞም ኣይርእይዎን።
ref-send = ምልኣኽ
ref-error-no-session = መጀመርታ ኣኼባ ምረጹ (ስጉምቲ 2)።
ref-error-no-consent = መጀመርታ ፍቓዳ መዝግቡ (ስጉምቲ 3)።
ref-error-no-reason = እንተወሓደ ሓደ ምኽንያት ምልክት ግበሩ።
ref-error-consent-required = ፍቓዳ ደጊም ተመዝጊቡ የለን። እንደገና መዝግብዎ፡ ድሕሪኡ ስደድዎ።

ref-caseload-title = ኣብ ትሕቲ ሓላፍነተይ ዘለዋ ኣዴታት
ref-caseload-empty = ክሳብ ሕጂ ንሓደ ሰብ እውን ኣይለኣኽኩምን። ዝለኣኽኩምወን ኣዴታት ኣብዚ ክረኣያ እየን።
ref-refer-again = እንደገና ምልኣኽ

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = ናብ ኣኼባታትኩም ዝተለኣኻ ኣዴታት
ref-incoming-intro = ብመሕረሳትን ሰራሕተኛታት ርክብን ዝተለኣኻ ኣዴታት። በጃኹም ቀልጢፍኩም መልሱ፡ እቲ ለኣኺ ብኡንብኡ ይሕበሮ።
ref-incoming-new = መልስኹም ዝጽበያ
ref-incoming-to-book = ተቐባልነት ረኺበን፡ ዕለት ሓዙለን
ref-incoming-others = ዝተመዝገባን ዝሓለፋን
ref-incoming-none = ኣብዚ እዋን የለን።
# $name is the referrer's name.
ref-referred-by = ለኣኺ፡ { $name }፡ { $date }
ref-accept = ምቕባል
ref-decline = ምንጻግ
ref-book = ዕለት ምሓዝ
ref-decline-question = ስለምንታይ ትነጽግዎ ኣለኹም? እቲ ለኣኺ ክርእዮ እዩ።
ref-decline-preset-full = እቲ ጉጅለ መሊኡ እዩ።
ref-decline-preset-unsuitable = እቲ ጉጅለ ንዓኣ ዝሰማማዕ ኣይኮነን።
ref-decline-preset-no-contact = ክንረኽባ ኣይከኣልናን።
ref-decline-confirm = ነቲ ምልኣኽ ምንጻግ
ref-choose-date = ዕለት ምረጹላ
# $venue is the place; $start and $end times.
ref-session-at = { $venue }፡ { $start } ክሳብ { $end }
ref-no-dates = ቦታ ዝተረፎ ዕለት የለን።
# After a reply. $name is the mother's first name.
ref-accepted = { $name } ተቐቢልኩምዋ። ሕጂ ዕለት ሓዙላ።
ref-declined = ምልኣኽ { $name } ነጺግኩምዎ። እቲ ለኣኺ ተሓቢሩ እዩ።
ref-booked = { $name } ተመዝጊባ፡ { $date }።

## A mother's own referrals

myref-title = ዝተለኣኽኩሎም ጉጅለታት
myref-intro = መሕረሲትኩም ወይ ሰራሕተኛ ርክብኩም ክሕግዙኹም ይኽእሉ እዮም ኢሎም ዝሓሰብዎም ጉጅለታት።
myref-empty = ዝተለኣኽኩምሉ ጉጅለ የለን።
# $name is the midwife's or link worker's name.
myref-from = ካብ { $name }፡ { $date }
myref-accept = እወ፡ ክኸይድ እደሊ እየ
myref-decline = ኣይፋል፡ የቐንየለይ
myref-decline-question = ስለምንታይ? መሕረሲትኩም መልስኹም ክትርእዮ እያ።
myref-reason-time = እቲ ግዜ ኣይሰማማዓንን።
myref-reason-far = ንዓይ ኣዝዩ ርሑቕ እዩ።
myref-reason-not-now = ሕጂ ኣየድልየንን እዩ።
myref-withdraw = ነዚ ምልኣኽ ምቁራጽ
myref-confirm-withdraw = ርግጸኛ ዲኹም? ቦታ እንተሃልዩኩም፡ ክጠፍኣኩም እዩ።
myref-withdraw-yes = እወ፡ ምቁራጽ
myref-keep = ኣይፋል፡ ይጽናሕ
myref-accepted = የቐንየልና። እቲ ጉጅለ ክረኽበኩም እዩ።
myref-declined = ስለ ዝሓበርኩምና የቐንየልና።
myref-withdrawn = ነዚ ምልኣኽ ኣቋሪጽኩምዎ ኣለኹም።

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = ናይ መወዳእታ ዝመጸትሉ፡ { $date }
ref-caseload-no-consent = ገና ፍቓድ ኣይተመዝገበን
ref-caseload-not-referred = ገና ኣይተለኣኸትን።
ref-refer-her = ንዓኣ ምልኣኽ
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
        [one] ካብ { $count } ኣኼባታት ኣብ { $came } ተሳቲፋ
       *[other] ካብ { $count } ኣኼባታት ኣብ { $came } ተሳቲፋ
    }
ref-attended-present = { $date }፡ መጺኣ
ref-attended-absent = { $date }፡ ኣይመጸትን
ref-attended-apologies = { $date }፡ ከም ዘይትመጽእ ኣፍሊጣ
ref-withdraw = ኣብ ክንዳኣ ምቁራጽ
ref-withdraw-confirm = ነዚ ምልኣኽ ክቋረጽ ድዩ? ባዕላ እንተ ሓቲታትኩም ጥራይ ግበርዎ።
ref-withdraw-yes = እወ፡ ምቁራጽ
ref-withdraw-keep = ኣይፋል፡ ይጽናሕ
ref-withdrawn-for-her = እቲ ምልኣኽ ተቋሪጹ።

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = ብኸመይን መዓስን ምርካባ ውሑስ ምዃኑ ዝገለጸቶ
contact-notice-ways = ብ { $ways } ጥራይ፡ ኣብ { $days }፡ { $times } (ሰዓት ዓባይ ብሪጣንያ)።
contact-notice-never = ብ { $ways } ፈጺምካ ኣይኮነን።
contact-notice-none = ፈጺማ ከይትርከብ ሓቲታ።
ref-hint-title = ኣብ PeriLink ትፍለጥ፣ ኣብ ትሕቲ ክንክንኪ ኣይኮነትን
ref-hint-intro = ምህላዋ ጥራይ እዩ ዝርአ። መዝገባ ንምርኣይ ናብ ክንክንኪ ወስድያ፦ ከም ዝገበርክዮን ስለምንታይን ክትርኢ እያ።
ref-hint-due = ግዜ ሕርሲ { $month }
ref-hint-born = ህጻን ተወሊዱ { $month }
ref-hint-reason-label = ስለምንታይ ናብ ክንክንኪ ትወስድያ
ref-hint-reason-needed = ስለምንታይ ናብ ክንክንኪ ከም እትወስድያ ጽሓፊ፦ ክትርእዮ እያ።
ref-hint-add = ናብ ዝርዝር ክንክነይ ወስኽ
