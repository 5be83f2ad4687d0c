# PeriLink interface text: English (en), accounts: joining from an invitation,
# setting up and resetting passwords, signing in with a code, two-factor sign-in,
# devices, and the People screen for admins and coordinators.
#
# Notes for translators:
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - "Two-factor sign-in" is a second step after the password: a 6-digit code from
#   an authenticator app on the person's phone.

## Errors any page may show

account-error-invalid = Please check the details and try again.
account-error-conflict = That already exists. Please check the list.

## New passwords (joining, setting up, resetting)

password-new = New password
# $count is the fewest characters a password may have.
password-rules = At least { $count } characters. Three or four words you will remember make a strong password. You can paste one from a password manager.
password-error-short = Your password needs at least { $count } characters.
password-error-long = That password is too long. Please choose a shorter one.
password-error-weak = That password is too short or too easy to guess. Please choose another.

## Joining from an invitation

invite-accept-title = Join { -brand-name }
invite-accept-intro = You have been invited to { -brand-name }. Check the details, then choose your name and a password.
invite-accept-email = Email
invite-accept-role = Role
invite-accept-organisation = Organisation
invite-accept-name = Your name
invite-accept-name-hint = As colleagues and mothers will see it, for example "Amina Hassan, midwife".
invite-accept-submit = Create my account
invite-accept-working = Creating your account…
invite-error-name = Please enter your name.
invite-error-expired = This invitation has expired: invitations last 72 hours. Ask whoever invited you to send a new one.
invite-error-used = This invitation has been used already. If it was you, please sign in.
invite-error-revoked = This invitation was withdrawn. Ask whoever invited you if you think this is wrong.

## Links from emails and text messages

link-error-invalid = This link does not work. Please check you opened the whole link, or ask for a new one.
link-error-expired = This link has expired. Please ask for a new one.
link-error-used = This link has been used already. Please ask for a new one, or sign in.

## A mother sets up her account

setup-title = Set up your account
setup-intro = Choose a password for your { -brand-name } account. You can also sign in with a code sent to your phone instead.
setup-submit = Save my password
setup-working = Saving…
setup-code-instead = You can still sign in with a code sent to your phone or email.

## Forgotten password

forgot-link = Forgot your password?
forgot-title = Reset your password
forgot-intro = Enter the email or mobile number of your account. We will send you a link to choose a new password.
forgot-contact = Email or mobile number
forgot-submit = Send me a link
forgot-sent = If an account has that email or number, we have sent it a link. The link works once, for a short time.
reset-title = Choose a new password
reset-intro = Choose a new password. You will be signed out on all your other devices.
reset-submit = Save new password
reset-done = Your password has been changed. Please sign in with your new password.
reset-ask-again = Ask for a new link

## Signing in with a one-time code

code-sign-in-link = Sign in with a code instead
code-sign-in-title = Sign in with a code
code-intro = We will send a 6-digit code to your mobile phone or email.
code-contact = Mobile number or email
code-send = Send me a code
code-sending = Sending…
code-sent = If an account has that number or email, we have sent it a code. The code works for 10 minutes.
code-label = 6-digit code
code-send-again = Send a new code
code-use-password = Sign in with a password instead
code-error-contact = Please enter your email or mobile number.
code-error-format = Please enter the 6 digits of your code.
code-error-invalid = That code is not right or has expired. Please try again.
code-error-too-many = Too many wrong tries. Please ask for a new code.

## The second step of signing in, for staff

totp-step-title = Enter your security code
totp-step-intro = Open your authenticator app and enter the 6-digit code it shows for { -brand-name }.
totp-step-recovery-intro = Enter one of the recovery codes you saved when you set up two-factor sign-in. Each one works once.
totp-step-label = Security code
totp-step-recovery-label = Recovery code
totp-step-submit = Continue
totp-step-use-recovery = I do not have my phone
totp-step-use-app = Use my authenticator app
totp-step-start-again = Start again
totp-step-expired = That took too long. Please start again and sign in.

## Setting up two-factor sign-in

twofa-title = Two-factor sign-in
twofa-intro = Because you can see mothers' health information, you need a second step when you sign in: a code from an authenticator app on your phone.
twofa-required = Please set up two-factor sign-in now. You cannot see mothers' details until you do.
twofa-on = Two-factor sign-in is on for your account.
twofa-not-needed = Your account does not need two-factor sign-in.
twofa-demo-exempt = Demo accounts do not need two-factor sign-in. You can still try setting it up.
twofa-start = Set up two-factor sign-in
twofa-step-scan = Scan this QR code with your authenticator app.
twofa-qr-label = QR code that adds { -brand-name } to an authenticator app
twofa-step-key = Or type this key into the app:
twofa-step-code = Enter the 6-digit code the app shows
twofa-confirm = Turn on two-factor sign-in
twofa-confirming = Checking…
twofa-now-on = Two-factor sign-in is now on.
twofa-recovery-title = Your recovery codes
twofa-recovery-intro = If you lose your phone, each of these codes lets you sign in once. Save them somewhere safe now: you will not see them again.
twofa-recovery-saved = I have saved these codes
twofa-continue = Continue

## My account: two-factor and devices

account-title = My account
account-twofa-open = Two-factor settings
devices-title = Where you are signed in
devices-intro = If you see a device you do not know, or one you have lost, sign it out.
devices-this = (this device)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $browser } on { $system }
devices-unknown = Unknown device
# $when is a date and time.
devices-signed-in = Signed in { $when }
devices-last-used = Last used { $when }
devices-sign-out = Sign out that device
devices-signed-out = That device has been signed out.

## People: staff accounts, invitations and teams

people-title = People
people-intro = Invite staff, see who has an account, and organise teams.
admin-intro = What needs you first, and the way to each of your jobs.
admin-people-counts =
    { $waiting ->
        [0] { $staff } staff accounts; no invitations waiting.
        [one] { $staff } staff accounts; one invitation waiting to be accepted.
       *[other] { $staff } staff accounts; { $waiting } invitations waiting to be accepted.
    }
admin-directory-hint = Sessions, programmes, venues and organisations, and what needs checking.
admin-outcomes-hint = Who came, and how their wellbeing changed, for funders.
admin-registers-hint = Take a register when you cover a session.
admin-alerts-hint = Open safety alerts about mothers nobody cares for yet.
people-working = Saving…
people-saved = Saved.
people-invite-title = Invite someone
people-invite-intro = They get an email with a link to choose a password. The link works for 72 hours.
people-invite-email = Their work email
people-invite-role = Role
people-invite-team = Team
people-invite-no-team = No team
people-invite-submit = Send invitation
people-invite-sent = Invitation sent.
people-error-email = Please enter an email address.
people-error-name = Please enter a name.
people-invitations-title = Invitations
people-invitations-none = No invitations yet.
people-invitation-pending = Waiting
people-invitation-accepted = Accepted
people-invitation-revoked = Withdrawn
people-invitation-expired = Expired
# $when is a date and time.
people-invitation-expires = Link works until { $when }
people-invitation-revoke = Withdraw invitation
people-invitation-revoked-note = Invitation withdrawn.
people-staff-title = Staff accounts
people-inactive = Closed
people-no-twofa = No two-factor yet
# $teams is a list of team names.
people-teams = Teams: { $teams }
people-no-team = Not in a team
people-deactivate = Close account
# $name is a person's name.
people-deactivate-confirm = Close { $name }'s account? They will be signed out everywhere at once.
people-deactivated = Account closed.
people-cancel = Cancel
people-teams-title = Organisations and teams
people-no-teams = No teams yet.
people-team-name = New team's name
people-team-kind = Kind of team
people-team-kind-community_midwifery = Community midwifery
people-team-kind-health_visiting = Health visiting
people-team-kind-link_workers = Link workers
people-team-kind-provider = Session hosts
people-team-kind-other = Other
people-team-add = Add team
people-add-member = Add someone to this team
people-choose-person = Choose a person
people-add = Add
people-remove = Remove
# $name is a person's name.
people-remove-member = Remove { $name } from this team
people-org-new = New organisation
people-org-name = Organisation's name
people-org-add = Add organisation

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = On a shared phone
phone-intro = These settings stay on this phone. They help keep what you do here to yourself if someone else uses it.
phone-exit-label = “Leave quickly” opens
phone-exit-hint = The button at the top of every screen, or Esc pressed twice, closes this app at once and opens this page instead.
phone-name-label = Name shown on this phone
phone-name-hint = The name on the browser tab, and on your home screen if you add the app there.
pin-title = App lock
pin-intro = Set a PIN of 4 to 6 numbers. After 5 minutes away, or when you open the app again, it asks for your PIN. It stays on this phone.
pin-is-set = A PIN is set on this phone. After 5 minutes away, or when you open the app again, it asks for it.
pin-new-label = New PIN (4 to 6 numbers)
pin-again-label = The same PIN again
pin-set = Set PIN
pin-change = Change PIN
pin-remove = Remove PIN
pin-saved = Your PIN is set.
pin-removed = Your PIN is removed.
pin-mismatch = The two PINs are not the same.
contact-title = How we may contact you
contact-intro = Tell us when it is safe to contact you. Your midwife and link worker see this before they call or text you.
contact-ways = Ways you are happy to be contacted
contact-days = Days
contact-times = Times (UK time)
contact-from = From
contact-until = Until
contact-save = Save
contact-saved = Saved. We will only contact you this way.
contact-bad-times = The start time must be before the end time.
care-team-title = Who can see your record
care-team-intro = The people caring for you who can see your record, and why anyone who found you added you.
care-team-none = Nobody yet.
care-team-added = Since { $date }
care-team-reason = Why they added you: “{ $reason }”
