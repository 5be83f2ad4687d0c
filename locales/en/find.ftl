# PeriLink interface text (en): find.
# A mother's own screens: finding sessions, a session's page, booking, making an
# account, and My sessions.
#
# Notes for translators (see also main.ftl):
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   your language by the phone, such as "Tuesday 25 November" and "10:30".

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = English classes (ESOL)
kind-rhyme-time = Rhyme time
kind-singing = Singing groups
kind-breastfeeding-support = Breastfeeding support
kind-advice = Money and work advice
kind-other = Other groups

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] English
        [ar] Arabic
        [pl] Polish
        [pt] Portuguese
        [ro] Romanian
        [ckb] Kurdish Sorani
        [fa] Farsi
        [ur] Urdu
        [bn] Bengali
        [so] Somali
        [ti] Tigrinya
        [zh-Hans] Chinese
        [zh] Chinese
        [prs] Dari
        [ps] Pashto
        [kmr] Kurdish Kurmanji
        [am] Amharic
        [tr] Turkish
        [fr] French
        [es] Spanish
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = In English: not translated yet

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = Search choices
find-kind-label = What kind of session?
find-language-label = In which language?
find-language-any = Any language
find-near-label = Near (postcode)
find-near-hint = A postcode like L8 1XF, or just the first part, like L8.
find-radius-label = How far?
# $km is a whole number of kilometres, in the list of distances.
find-radius = Within { $km } km
find-search = Search
find-more-choices = More choices
find-free-only = Free sessions only
find-time-label = What time of day?
find-time-morning = Morning
find-time-afternoon = Afternoon
find-time-evening = Evening
find-results = Sessions
find-loading = Looking for sessions…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [one] We found 1 session.
       *[other] We found { $count } sessions.
    }
find-empty = No sessions match your choices. Try a bigger distance, another language or fewer choices.
find-clear = Clear my choices
# When a search finds nothing: each choice she could let go of, as one tap, with
# how many sessions that search finds ($count). $choice is one of the next four,
# or find-language-any, or find-radius.
find-loosen = { $choice } ({ $count })
find-any-time = Any time of day
find-paid-too = Paid sessions too
find-any-kind = Any kind of session
find-anywhere = Anywhere
# $place is what she typed in the postcode box.
find-error-unknown-place = We do not know the place “{ $place }”. Check the postcode, or try just the first part, like L8.
# $place is what she typed in the postcode box.
find-error-bad-place = “{ $place }” is not a postcode. Try a postcode like L8 1XF, or just the first part, like L8.
find-more = Show more sessions
find-more-loading = Loading more…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }, { $start } to { $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }, { $town }
# $km is a distance such as 1.2.
find-distance = { $km } km away
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = Interpreter: { $language }
find-drop-in = Drop in: no need to book
find-booking = Book a place
find-course = A course: enrol for every week
find-full = Full: you can join the waiting list
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [one] 1 place left
       *[other] { $count } places left
    }
find-free = Free
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = Session not found
session-not-found = We could not find this session. It may have finished, or its details are being checked.
session-find-others = Find other sessions
session-booking = Booking
session-drop-in = No need to book. Just come along!
session-course-intro = This is a course. Enrol once, and you have a place every week.
session-book-intro = Choose a date and book your place.
session-course-full = The course is full. You can join the waiting list, and we will tell you when a place is free.
session-date-full = This date is full. You can join the waiting list, and we will tell you when a place is free.
session-enrol = Enrol on the course
session-book = Book
session-join-waiting-list = Join the waiting list
session-account-needed = To book, you need a free account. We will bring you back here.
session-booking-working = Booking your place…
# $date is a day like "Tuesday 25 November".
session-booked = You have a place on { $date }.
# $date is a day like "Tuesday 25 November".
session-already-booked = You already have a place on { $date }.
session-enrolled = You are enrolled on the course. See you there!
session-already-enrolled = You are already enrolled on this course.
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [one] You are on the waiting list. You are next.
       *[other] You are on the waiting list. You are number { $position }.
    }
session-see-my-sessions = See My sessions
session-book-mothers-only = Only mums can book places with their own account.
session-book-closed = This date cannot be booked any more. Please choose another.
session-about = About this session
session-for-whom = Who is it for?
session-for-pregnant = Pregnant women
# $min and $max are ages in whole months.
session-for-babies = Mums with babies from { $min } to { $max } months old
# $max is an age in whole months.
session-for-babies-up-to = Mums with babies up to { $max } months old
# $min is an age in whole months.
session-for-babies-from = Mums with babies from { $min } months old
session-for-everyone = All mums are welcome
session-bring = What to bring
session-languages = Languages
session-interpreter-note = An interpreter or a helper who speaks these languages is there.
session-when = When
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = Every { $weekday }, { $start } to { $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = Every other { $weekday }, { $start } to { $end }
# $date is a day like "Tuesday 25 November".
session-until = Until { $date }
session-next-dates = Next dates
session-cancelled = Cancelled: no session this day
# Beside a date she has just booked.
session-date-yours = ✓ You have a place
# Beside a date whose waiting list she has just joined.
session-date-waiting = You are on the waiting list
session-add-to-calendar = Add to my calendar
session-where = Where
session-access = Getting in
session-step-free = Step-free: no stairs
session-not-step-free = There are steps
session-buggy-space = Space for buggies
session-no-buggy-space = No space for buggies
session-baby-change = Baby changing
session-no-baby-change = No baby changing
session-breastfeeding-welcome = Breastfeeding welcome
session-breastfeeding-not-said = Ask about breastfeeding here
session-getting-there = Getting there
session-map = See it on a map
session-report-wrong = This information is wrong
session-report-what = What is wrong?
session-report-reason-time = The day or time
session-report-reason-place = The place
session-report-reason-cancelled = It no longer runs
session-report-reason-other = Something else
session-report-thanks = Thank you for telling us. We will check this session.

## Make an account (sign up)

sign-up-title = Make a free account
sign-up-intro = With an account you can book places and see your sessions.
sign-up-name = Your name
sign-up-contact = Mobile number or email
sign-up-contact-hint = You sign in with this. We do not share it.
sign-up-language = Your language
sign-up-password = Choose a password
# $count is the fewest characters a password may have.
sign-up-password-hint = At least { $count } letters, numbers or symbols.
sign-up-submit = Make my account
sign-up-working = Making your account…
sign-up-error-name = Please write your name.
sign-up-error-contact = Please write your mobile number or your email.
sign-up-error-phone = That mobile number does not look right. Write it like 07700 900123.
sign-up-error-email = That email does not look right. Please check it.
sign-up-error-password = Your password is too short. Please use at least 8 letters, numbers or symbols.
sign-up-error-invalid = Something is not right. Please check what you wrote.
sign-up-have-account = Already have an account?
sign-up-continue = Carry on
sign-up-code-sent = We have sent a message to { $contact }. Type the 6-digit code from it here. If it says you already have an account, please sign in instead.
sign-up-demo-code = This is the demo, so no message is really sent. Your code is { $code }.
sign-up-change = Change my details
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = New to { -brand-name }?
sign-in-make-account = Make a free account
home-new-here = Are you a mum? Make a free account to book sessions.

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = Your places, courses and waiting lists.
my-sign-in-needed = Sign in, or make a free account, to see your sessions.
my-empty = You have not booked anything yet.
my-find = Find a session
my-status-booked = Booked
my-status-enrolled = Enrolled on the course
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [one] Waiting list: you are next
       *[other] Waiting list: number { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = Next: { $date }, { $start } to { $end }
# When there is no date to show. $start and $end are times.
my-times = { $start } to { $end }
my-cancel = Cancel my place
my-leave-waiting = Leave the waiting list
my-cancel-confirm = Are you sure? Someone else may take your place.
my-cancel-yes = Yes, cancel
my-cancel-no = No, keep it
my-cancelled = Done. Your place is cancelled.
my-calendar-title = Your calendar
my-calendar-intro = Put your sessions in your phone's calendar. New bookings appear there by themselves.
my-calendar-get = Add my sessions to my calendar
my-calendar-subscribe = Open in my calendar
my-calendar-download = Download the calendar file

## My sessions: what she went to.
my-history-title = Sessions you went to
my-history-empty = Nothing here yet. After you go to a session, it shows here.
my-history-present = You went
my-history-absent = Missed
my-history-apologies = You said you could not come
