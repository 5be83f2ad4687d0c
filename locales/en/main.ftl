# PeriLink interface text: English (en), the source language.
#
# Notes for translators:
# - Write for a mother who is tired, busy and may be new to the UK: short
#   sentences, everyday words, reading age about 9.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = Skip to main content
# The name screen readers give to the main menu.
nav-label = Main menu
nav-home = Home
nav-find = Find sessions
nav-sign-in = Sign in
nav-sign-out = Sign out
# Label of the menu that changes the language of the whole app.
language-picker-label = Language
# The button beside the language menu on the page the server writes, for
# phones where the app has not loaded (or cannot run).
language-picker-apply = Change
footer-text = { -brand-name } helps mums find friendly support near them.
loading = Loading…

## Home page

home-title = Groups and help for mums, in your language
home-intro = Find English classes, rhyme times, singing groups and breastfeeding support near you. Many are free, and you can bring your baby.
home-find-button = Find a session near me
home-staff-title = For midwives, link workers and session hosts
home-staff-intro = Sign in to refer a mother, take a register or see how sessions are going.
# $name is the signed-in person's name.
home-signed-in-as = Signed in as { $name }
# $place is the name of a page, such as "My sessions".
home-continue = Go to { $place }

## Roles, as the app names them to the person signed in

role-mother = Mother
role-referrer = Midwife or link worker
role-host = Session host
role-coordinator = Coordinator
role-admin = Administrator

## Each role's starting page

start-mother = My sessions
start-referrer = My referrals
start-host = Today's registers
start-coordinator = Programmes and reports
start-admin = Accounts
start-your-details = Your details
start-detail-name = Name
start-detail-role = Role
start-detail-job = Job
start-detail-organisation = Organisation
start-detail-email = Email

## Find page

find-title = Find a session

## Sign in

sign-in-title = Sign in
sign-in-intro = Use the email and password for your { -brand-name } account.
sign-in-email = Email
sign-in-password = Password
sign-in-show-password = Show password
sign-in-submit = Sign in
sign-in-working = Signing in…
sign-in-error-credentials = That email or password is not right. Please try again.
# $minutes is a whole number of minutes.
sign-in-error-throttled =
    { $minutes ->
        [one] Too many tries. Please wait { $minutes } minute and try again.
       *[other] Too many tries. Please wait { $minutes } minutes and try again.
    }
sign-in-error-missing = Please enter your email and your password.
sign-in-needed = Please sign in to see this page.
signed-out = You have signed out.

## Errors

error-network = We could not reach { -brand-name }. Check your internet and try again.
error-generic = Something went wrong. Please try again.
error-forbidden = Your account cannot open this page.
not-found-title = Page not found
not-found-text = We could not find that page.
not-found-home = Go to the home page

## On every page: the menu's account links, and the demo's notice.
demo-banner = This is a demo with made-up people. Demo accounts do not need two-factor sign-in; real staff accounts do.
nav-account = My account
nav-people = People
nav-my-sessions = My sessions
nav-check-in = Check-in
nav-admin = Accounts
nav-my-referrals = My referrals
nav-register = Registers
nav-incoming = Referrals
nav-directory = Directory
nav-alerts = Safety alerts
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
date-months = January|February|March|April|May|June|July|August|September|October|November|December
date-long = { $weekday } { $day } { $month }
checkin-title = How are you feeling?
checkin-intro = A few private questions about the last two weeks. Only you and the people caring for you see the answers.
checkin-start = Start a check-in

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = Set up two-factor sign-in before you can see mothers' details.
error-totp-required = Please sign in again with the code from your authenticator app.
error-account-inactive = This account has been closed. Ask your coordinator if you think this is wrong.

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = Leave quickly
quick-exit-hint = or press Esc twice
neutral-name-diary = Baby diary
neutral-name-notes = Notes
lock-title = Enter your PIN
lock-intro = This app is locked on this phone. Enter your PIN to open it.
lock-pin-label = PIN (4 to 6 numbers)
lock-open = Open
lock-not-a-pin = A PIN is 4 to 6 numbers.
lock-wrong = Wrong PIN. Tries left before you are signed out: { $left }
lock-forgot = Forgotten your PIN? Sign out, then sign in again with your password or a code.
contact-channel-text = Text message
contact-channel-email = Email
contact-channel-call = Phone call
error-wording-not-installed = This questionnaire is not available in this language. Please choose another.
