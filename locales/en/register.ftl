# PeriLink interface text (en): the register, for session hosts.
# This file is filled in as the screens it serves are built.
#
# Notes for translators:
# - Session hosts (library staff, tutors, musicians, peer supporters) read these
#   on a phone, often with poor signal, while people arrive: keep them short.
# - A "mark" is one tick on the register: present, absent or sent apologies.
# - "Walk-in": someone who came without booking or being referred.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Times ($time, $start, $end) arrive already written in your language by the
#   phone, such as "10:30".

## The page

register-title = Registers
register-new-referrals =
    { $count ->
        [one] One new referral to answer
       *[other] { $count } new referrals to answer
    }
register-intro = Tap once for each person. Marks are saved on this phone first, then sent, so you can take the register with no signal.
register-sign-in-needed = Please sign in to take the register.
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [one] { $count } mark is saved on this phone. It will be sent after you sign in.
       *[other] { $count } marks are saved on this phone. They will be sent after you sign in.
    }
register-offline-nothing = No connection, and no register is saved on this phone yet. Open this page once with a connection, then it works offline too.
# $time is when the register was saved, such as "09:15".
register-offline-saved = No connection: this is the register saved on this phone at { $time }.
register-not-saved = This day's register is not saved on this phone. Connect to the internet to load it.
register-no-sessions = You have no sessions on this day.

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = Day
# Read by screen readers on today's button.
register-today = Today

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = { $start } to { $end }, { $venue }
register-cancelled = This date is cancelled.
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = Marked: { $marked } of { $expected }. Here: { $present }.
register-nobody = Nobody is expected yet. Add people who come below.
# Heading over what mothers texted back about this date, for the host to read.
register-replies = Texts from mothers about this date

## A person on the register

# $name is her baby's first name.
register-baby = Baby: { $name }
register-interpreter = Needs an interpreter
# Why she is on the register.
register-because-booked = Booked
register-because-enrolled = On the course
register-because-referred = Referred
register-because-walk-in = Walk-in
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = Mark { $name }
register-present = Present
register-absent = Absent
register-apologies = Sent apologies
register-babies = Babies
register-children = Other children
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = One baby fewer with { $name }
register-more-babies = One more baby with { $name }
register-fewer-children = One child fewer with { $name }
register-more-children = One more child with { $name }

## Where a mark is

register-mark-waiting = Waiting to send
register-mark-sent = Sent
register-mark-superseded = Sent, but a later mark from another phone counts
register-mark-refused = Not accepted
# A button that removes a mark that was not accepted.
register-mark-discard = Remove

## Sending

register-online = Online
register-offline = Offline: marks are kept on this phone
register-sync-none = No marks yet.
register-sync-all-sent = All marks are sent.
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [one] { $count } mark waiting to send.
       *[other] { $count } marks waiting to send.
    }
register-sync-sending = Sending…
register-sync-offline = No connection. They are safe on this phone and will be sent when the connection is back.
register-sync-sign-in = Sign in again to send them.
register-sync-trouble = { -brand-name } could not take them just now. It will try again.
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [one] { $count } mark was not accepted. Check it in the list of marks below.
       *[other] { $count } marks were not accepted. Check them in the list of marks below.
    }
register-sync-now = Send now
register-storage-failed = This phone could not save the marks. Keep this page open until they are sent.
# The heading of the list of the day's marks; $count is how many.
register-device-marks = Marks on this phone ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }. { $state }.

## Walk-ins

register-walk-in = Add someone who came without booking
register-walk-in-search = Find her on your registers
register-walk-in-search-hint = Type part of her first name.
# $name is her first name.
register-walk-in-pick = Add { $name }
register-walk-in-none-found = Nobody on your registers has that name. Make a new record below.
register-walk-in-new = New record
register-walk-in-name = First name
register-walk-in-phone = Phone number (if she has one)
register-walk-in-phone-hint = A UK number, such as 07700 900123. Leave it empty if she has none.
register-walk-in-language = Her language
register-walk-in-babies = Babies with her
register-walk-in-children = Other children with her
register-walk-in-add = Add and mark present
# $name is her first name.
register-walk-in-added = { $name } is on the register, marked present.
register-walk-in-error-name = Enter her first name.
register-walk-in-error-phone = That is not a UK phone number. Check it, or leave it empty.
