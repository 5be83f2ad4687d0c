# PeriLink interface text: Somali (so), the register, for session hosts.
# Translated from the English source file (en/register.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - Words as in main.ftl and staff.ftl: "register" is "diiwaanka imaanshaha";
#   "session" is "kulan"; "session host" is "maamulaha kulanka".
# - A "mark" is "calaamad" (plural "calaamado"); "sent apologies" is "cudurdaar
#   soo dirtay"; "babies" are "dhallaan"; a "walk-in" is someone who came
#   "ballan la'aan".
# - Sentences use forms that suit women and men alike for staff.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The page

register-title = Diiwaannada imaanshaha
register-new-referrals =
    { $count ->
        [one] Hal gudbin cusub oo jawaab sugaya
       *[other] { $count } gudbinood oo cusub oo jawaab sugaya
    }
register-intro = Hal mar taabo qof kasta. Calaamaduhu marka hore waxay ku kaydsamaan taleefankan, kadibna waa la diraa, sidaa darteed waxaad qori kartaa imaanshaha xitaa haddii aanay jirin shabakad.
register-sign-in-needed = Fadlan soo gal si aad u qorto imaanshaha.
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [one] { $count } calaamad ayaa ku kaydsan taleefankan. Waa la diri doonaa marka aad soo gasho.
       *[other] { $count } calaamadood ayaa ku kaydsan taleefankan. Waa la diri doonaa marka aad soo gasho.
    }
register-offline-nothing = Internet ma jiro, weli diiwaan kuma kaydsana taleefankan. Hal mar fur boggan adigoo internet haysta, kadib wuxuu shaqayn doonaa internet la'aan.
# $time is when the register was saved, such as "09:15".
register-offline-saved = Internet ma jiro: kani waa diiwaanka lagu kaydiyay taleefankan saacadda { $time }.
register-not-saved = Diiwaanka maalintan kuma kaydsana taleefankan. Ku xirmo internetka si aad u soo dejiso.
register-no-sessions = Maalintan kulan ma lihid.

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = Maalinta
# Read by screen readers on today's button.
register-today = Maanta

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = { $start } ilaa { $end }, { $venue }
register-cancelled = Taariikhdan waa la joojiyay.
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = La calaamadeeyay: { $marked } ka mid ah { $expected }. Joogta: { $present }.
register-nobody = Weli qofna lama filayo. Hoos ku dar dadka yimaada.
register-replies = Fariimaha hooyooyinka ee ku saabsan taariikhdan

## A person on the register

# $name is her baby's first name.
register-baby = Ilmaha: { $name }
register-interpreter = Waxay u baahan tahay turjumaan
# Why she is on the register.
register-because-booked = Way ballansatay
register-because-enrolled = Koorsada ayay ku jirtaa
register-because-referred = Waa la soo gudbiyay
register-because-walk-in = Ballan la'aan ayay timid
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = Calaamadee { $name }
register-present = Way joogtaa
register-absent = Way maqan tahay
register-apologies = Cudurdaar ayay soo dirtay
register-babies = Dhallaanka
register-children = Carruur kale
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = { $name }: hal dhallaan ka dhim
register-more-babies = { $name }: hal dhallaan ku dar
register-fewer-children = { $name }: hal ilmo ka dhim
register-more-children = { $name }: hal ilmo ku dar

## Where a mark is

register-mark-waiting = Waxay sugaysaa in la diro
register-mark-sent = La diray
register-mark-superseded = La diray, laakiin calaamad dambe oo ka timid taleefan kale ayaa la xisaabinayaa
register-mark-refused = Lama aqbalin
# A button that removes a mark that was not accepted.
register-mark-discard = Ka saar

## Sending

register-online = Internet waa jiraa
register-offline = Internet ma jiro: calaamaduhu waxay ku jiraan taleefankan
register-sync-none = Weli calaamado ma jiraan.
register-sync-all-sent = Calaamadaha oo dhan waa la diray.
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [one] { $count } calaamad ayaa sugaysa in la diro.
       *[other] { $count } calaamadood ayaa sugaya in la diro.
    }
register-sync-sending = Waa la dirayaa…
register-sync-offline = Internet ma jiro. Calaamaduhu si badbaado ah ayay ugu jiraan taleefankan, waana la diri doonaa marka internetku soo laabto.
register-sync-sign-in = Mar kale soo gal si aad u dirto.
register-sync-trouble = { -brand-name } hadda ma qaadan karin. Mar kale ayuu isku dayi doonaa.
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [one] { $count } calaamad lama aqbalin. Ka hubi liiska calaamadaha ee hoose.
       *[other] { $count } calaamadood lama aqbalin. Ka hubi liiska calaamadaha ee hoose.
    }
register-sync-now = Hadda dir
register-storage-failed = Taleefankan ma kaydin karin calaamadaha. Boggan furan ku hay ilaa la diro.
# The heading of the list of the day's marks; $count is how many.
register-device-marks = Calaamadaha taleefankan ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }. { $state }.

## Walk-ins

register-walk-in = Ku dar qof yimid ballan la'aan
register-walk-in-search = Ka raadi diiwaannadaada
register-walk-in-search-hint = Qor qayb ka mid ah magaceeda koowaad.
# $name is her first name.
register-walk-in-pick = Ku dar { $name }
register-walk-in-none-found = Qof magacaas leh kuma jiro diiwaannadaada. Hoos ka samee diiwaan cusub.
register-walk-in-new = Diiwaan cusub
register-walk-in-name = Magaca koowaad
register-walk-in-phone = Lambarka taleefanka (haddii ay leedahay)
register-walk-in-phone-hint = Lambar UK ah, sida 07700 900123. Bannaan ka dhig haddii aysan lahayn.
register-walk-in-language = Luqaddeeda
register-walk-in-babies = Dhallaanka la socda
register-walk-in-children = Carruurta kale ee la socda
register-walk-in-add = Ku dar oo calaamadee inay joogto
# $name is her first name.
register-walk-in-added = { $name } waxay ku jirtaa diiwaanka, waxaana lagu calaamadeeyay inay joogto.
register-walk-in-error-name = Qor magaceeda koowaad.
register-walk-in-error-phone = Kani ma aha lambar taleefan oo UK ah. Hubi, ama bannaan ka dhig.
