# PeriLink interface text: Tigrinya (ti), Ge'ez script, the register, for
# session hosts, translated from the English source (en/register.ftl).
# This translation awaits review by a native speaker.
#
# Notes for translators:
# - Session hosts (library staff, tutors, musicians, peer supporters), women and
#   men, read these on a phone, often with poor signal, while people arrive:
#   keep them short.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.
# - As in main.ftl, the text speaks to the reader with the respectful plural
#   (-ኩም, ጠውቑ), and buttons use verbal nouns (ምልኣኽ, ምውሳኽ). The people on
#   the register are mothers, spoken of in the feminine (መጺኣ, ቋንቋኣ).
#   Words as in main.ftl and staff.ftl: "register" መዝገብ ተሳትፎ, "session" ኣኼባ,
#   "booking" ምምዝጋብ, "sign in" ምእታው. New here: "mark" (one tick on the
#   register) ምልክት, "connection" ርክብ, "walk-in" ብዘይ ምምዝጋብ ዝመጸት,
#   "interpreter" ተርጓሚ, "baby" ህጻን, "child" ቆልዓ.
# - Times ($time, $start, $end) arrive already written by the phone, such as
#   "10:30".
# - Tigrinya's [one] form is also used for 0, so it keeps { $count }.

## The page

register-title = መዝገባት ተሳትፎ
register-new-referrals =
    { $count ->
       *[other] መልሲ ዝጽበያ { $count } ሓደሽቲ ዝተለኣኻ ኣዴታት
    }
register-intro = ንነፍሲ ወከፍ ሰብ ሓንሳብ ጠውቑ። ምልክታት መጀመርታ ኣብዚ ስልኪ ይዕቀቡ፡ ድሕሪኡ ይለኣኹ፡ ስለዚ ብዘይ ኔትወርክ እውን መዝገብ ክትሕዙ ትኽእሉ ኢኹም።
register-sign-in-needed = መዝገብ ተሳትፎ ንምሓዝ በጃኹም እተዉ።
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [one] { $count } ምልክት ኣብዚ ስልኪ ተዓቂቡ ኣሎ። ምስ ኣቶኹም ክለኣኽ እዩ።
       *[other] { $count } ምልክታት ኣብዚ ስልኪ ተዓቂቦም ኣለዉ። ምስ ኣቶኹም ክለኣኹ እዮም።
    }
register-offline-nothing = ርክብ የለን፡ ኣብዚ ስልኪ ድማ ገና ዝተዓቀበ መዝገብ የለን። ርክብ ከሎ ነዚ ገጽ ሓንሳብ ክፈትዎ፡ ድሕሪኡ ብዘይ ርክብ እውን ይሰርሕ።
# $time is when the register was saved, such as "09:15".
register-offline-saved = ርክብ የለን፡ እዚ ኣብ { $time } ኣብዚ ስልኪ ዝተዓቀበ መዝገብ እዩ።
register-not-saved = መዝገብ ናይዛ መዓልቲ ኣብዚ ስልኪ ኣይተዓቀበን። ንምጽዓኑ ምስ ኢንተርነት ተራኸቡ።
register-no-sessions = በዛ መዓልቲ ኣኼባ የብልኩምን።

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = መዓልቲ
# Read by screen readers on today's button.
register-today = ሎሚ

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = { $start } ክሳብ { $end }፡ { $venue }
register-cancelled = እዚ ዕለት ተሰሪዙ እዩ።
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = ምልክት ዝተገብረሎም፡ { $marked } ካብ { $expected }። ዝመጹ፡ { $present }።
register-nobody = ገና ዝጽበ ሰብ የለን። ዝመጹ ሰባት ኣብ ታሕቲ ወስኹ።
register-replies = ብዛዕባ እዚ ዕለት ካብ ኣዴታት ዝመጻ መልእኽትታት

## A person on the register

# $name is her baby's first name.
register-baby = ህጻን፡ { $name }
register-interpreter = ተርጓሚ የድልያ
# Why she is on the register.
register-because-booked = ተመዝጊባ
register-because-enrolled = ኣብ ኮርስ
register-because-referred = ተላኢኻ
register-because-walk-in = ብዘይ ምምዝጋብ መጺኣ
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = ምልክት ምግባር፡ { $name }
register-present = መጺኣ
register-absent = ኣይመጸትን
register-apologies = ከም ዘይትመጽእ ኣፍሊጣ
register-babies = ህጻናት
register-children = ካልኦት ቆልዑ
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = ምስ { $name } ሓደ ህጻን ምጕዳል
register-more-babies = ምስ { $name } ሓደ ህጻን ምውሳኽ
register-fewer-children = ምስ { $name } ሓደ ቆልዓ ምጕዳል
register-more-children = ምስ { $name } ሓደ ቆልዓ ምውሳኽ

## Where a mark is

register-mark-waiting = ክለኣኽ ይጽበ ኣሎ
register-mark-sent = ተላኢኹ
register-mark-superseded = ተላኢኹ፡ ግን ካብ ካልእ ስልኪ ዝመጸ ዝደሓረ ምልክት እዩ ዝቑጸር
register-mark-refused = ተቐባልነት ኣይረኸበን
# A button that removes a mark that was not accepted.
register-mark-discard = ምእላይ

## Sending

register-online = ኦንላይን
register-offline = ኦፍላይን፡ ምልክታት ኣብዚ ስልኪ ይዕቀቡ ኣለዉ
register-sync-none = ገና ምልክት የለን።
register-sync-all-sent = ኩሎም ምልክታት ተላኢኾም።
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [one] { $count } ምልክት ክለኣኽ ይጽበ ኣሎ።
       *[other] { $count } ምልክታት ክለኣኹ ይጽበዩ ኣለዉ።
    }
register-sync-sending = ይለኣኽ ኣሎ…
register-sync-offline = ርክብ የለን። ኣብዚ ስልኪ ብድሕንነት ኣለዉ፡ ርክብ ምስ ተመልሰ ድማ ክለኣኹ እዮም።
register-sync-sign-in = ንምልኣኾም እንደገና እተዉ።
register-sync-trouble = { -brand-name } ሕጂ ክቕበሎም ኣይከኣለን። እንደገና ክፍትን እዩ።
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [one] { $count } ምልክት ተቐባልነት ኣይረኸበን። ኣብ ታሕቲ ኣብ ዝርዝር ምልክታት ኣረጋግጽዎ።
       *[other] { $count } ምልክታት ተቐባልነት ኣይረኸቡን። ኣብ ታሕቲ ኣብ ዝርዝር ምልክታት ኣረጋግጽዎም።
    }
register-sync-now = ሕጂ ምልኣኽ
register-storage-failed = እዚ ስልኪ ነቶም ምልክታት ክዕቅቦም ኣይከኣለን። ክሳብ ዝለኣኹ ነዚ ገጽ ክፉት ግደፍዎ።
# The heading of the list of the day's marks; $count is how many.
register-device-marks = ምልክታት ኣብዚ ስልኪ ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }። { $state }።

## Walk-ins

register-walk-in = ብዘይ ምምዝጋብ ዝመጸት ሰብ ምውሳኽ
register-walk-in-search = ኣብ መዝገባትኩም ምድላይ
register-walk-in-search-hint = ክፋል ቀዳማይ ስማ ጽሓፉ።
# $name is her first name.
register-walk-in-pick = { $name } ምውሳኽ
register-walk-in-none-found = ኣብ መዝገባትኩም በዚ ስም ዝኾነ ሰብ የለን። ኣብ ታሕቲ ሓድሽ መዝገብ ግበሩ።
register-walk-in-new = ሓድሽ መዝገብ
register-walk-in-name = ቀዳማይ ስም
register-walk-in-phone = ቁጽሪ ቴሌፎን (እንተሃልዩዋ)
register-walk-in-phone-hint = ቁጽሪ ዓዲ እንግሊዝ (UK)፡ ከም 07700 900123። እንተዘይብላ ባዶ ግደፍዎ።
register-walk-in-language = ቋንቋኣ
register-walk-in-babies = ምስኣ ዘለዉ ህጻናት
register-walk-in-children = ምስኣ ዘለዉ ካልኦት ቆልዑ
register-walk-in-add = ምውሳኽን ከም ዝመጸት ምልክት ምግባርን
# $name is her first name.
register-walk-in-added = { $name } ኣብ መዝገብ ኣላ፡ ከም ዝመጸት ተመልኪታ።
register-walk-in-error-name = ቀዳማይ ስማ ኣእትዉ።
register-walk-in-error-phone = እዚ ቁጽሪ ቴሌፎን ዓዲ እንግሊዝ (UK) ኣይኮነን። ኣረጋግጽዎ፡ ወይ ባዶ ግደፍዎ።
