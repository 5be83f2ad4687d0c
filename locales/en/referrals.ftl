# PeriLink interface text (en): referrals, for referrers, hosts and mothers.
# This file is filled in as the screens it serves are built.
#
# Notes for translators (see also main.ftl):
# - Keys starting ref- are for staff: midwives, link workers, session hosts and
#   coordinators. Plain, short work language is fine.
# - Keys starting myref- are read by a mother about her own referrals: short
#   sentences, everyday words, reading age about 9. The ref-status- and
#   ref-reason- names are shown to her too.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Dates ($date) arrive already written in your language by the phone, such as
#   "Tuesday 25 November"; times ($start, $end) such as "10:30".
# - $name is a person's name; $programme and $session are names of groups, such as
#   "Singing for mums"; $venue is a place, such as "Toxteth Library".

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = Sent
ref-status-accepted = Accepted
ref-status-declined = Declined
ref-status-booked = Booked
ref-status-attending = Going
ref-status-completed = Finished
ref-status-did-not-attend = Missed two sessions
ref-status-withdrawn = Stopped

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = Feeling alone
ref-reason-low-mood-or-anxiety = Low mood or worry
ref-reason-english-language = Learning English
ref-reason-infant-feeding = Feeding her baby
ref-reason-money-housing-or-work = Money, housing or work
ref-reason-bonding-with-baby = Bonding with her baby
ref-reason-other = Something else
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = Reasons for the referral

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = by the referrer
ref-actor-provider = by the session team
ref-actor-mother = by the mother
ref-actor-system = from the register
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }, { $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
        [one] { $count } step so far
       *[other] { $count } steps so far
    }
# $reason is what someone wrote when they declined.
ref-move-reason = Reason: “{ $reason }”
ref-sent-on = Sent { $date }
# $text is what the mother said matters to her, in her words.
ref-what-matters = What matters to her: “{ $text }”
# $text is the referrer's note for the care team.
ref-note = Note: { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = Needs an interpreter
ref-cancel = Cancel
ref-working = Sending…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = This referral changed meanwhile. The list is up to date now: please look again.
ref-error-full = There are no places left on that date. Please choose another.
ref-error-invalid = Some details are not right. Please check them and try again.
ref-error-reason = Please say why.

## A referrer's page: news, making a referral, and her caseload

ref-news-title = What's new
ref-news-accepted = { $name } was accepted by { $programme }.
ref-news-declined = { $programme } declined the referral of { $name }. The reason is in her steps below.
ref-news-first-attended = { $name } went to { $programme } for the first time.
ref-news-missed-twice = { $name } has missed two sessions of { $programme } in a row.
ref-news-withdrawn = { $name } stopped her referral to { $programme }.
ref-news-booking-cancelled = { $name } cancelled her booking at { $programme }: the referral needs a date again.
ref-attended-none = No sessions since the referral yet.
ref-news-alert = Safety alert for { $name }: follow it up today.
ref-news-alert-escalated = Nobody acted on the safety alert for { $name } within four hours: it has gone to the coordinators.
ref-news-alert-closed = A safety alert was raised and has since been acknowledged.
ref-news-alert-open = See the alert
# When the referral a notification is about is not on this page.
ref-news-other = One of your referrals changed.
# Marks a piece of news as read, so it goes away.
ref-news-read = Got it

ref-new-title = Make a referral
ref-new-intro = Four short steps. What we already know about her is filled in for you.
# After sending.
ref-sent = Referral sent: { $name } to { $programme }.

# Step 1: finding or registering the mother.
ref-step-mother = 1. Find her
ref-find-label = Her name, phone number or NHS number
ref-find-hint = Names find mothers on your caseload. A phone, email or NHS number finds anyone we know.
ref-find-submit = Find
ref-find-none = Nobody found. Check what you typed, or register her.
ref-find-results = Mothers found
ref-choose = Refer her
ref-register-open = Register a new mother
ref-register-title = Register a mother
ref-field-given = First name
ref-field-family = Family name (optional)
ref-contact-hint = Give her mobile number, her email, or both.
ref-field-phone = Mobile number
ref-field-email = Email
ref-field-language = Language she prefers
ref-language-choose = Choose a language
ref-language-other = Another language
ref-field-language-other = Language code
ref-language-other-hint = A BCP 47 code, such as “ps” for Pashto or “ti” for Tigrinya.
ref-field-dialect = Dialect (optional)
ref-field-interpreter = She needs an interpreter
ref-dates-hint = Give her due date, or her baby's date of birth once the baby is born.
ref-field-due = Due date
ref-field-born = Baby's date of birth
ref-field-nhs = NHS number (optional)
ref-field-postcode = Postcode (optional)
ref-register-submit = Register her
ref-error-given = Please give her first name.
ref-error-contact = Please give a mobile number or an email.
ref-error-phone = This is not a UK phone number.
ref-error-email = This is not an email address.
ref-error-language = Please choose her language.
ref-error-nhs = This is not an NHS number. Check the ten digits.
ref-error-known = We already know a mother with this NHS number. Find her instead.
ref-find-known = Find her by NHS number
# Above the mother being referred.
ref-chosen-title = Referring
# On a mother's record, when the latest message to her could not be delivered.
ref-undelivered-sms = Text message not delivered: phone her
ref-undelivered-email = Email not delivered
ref-due-on = Due { $date }
ref-born-on = Baby born { $date }
# $number is an NHS number.
ref-nhs = NHS number { $number }
ref-change = Choose someone else

# Step 2: choosing a session.
ref-step-session = 2. Choose a session
ref-kind-label = What kind of session?
ref-in-language = Only in her language, or with an interpreter for it
ref-for-stage = Only sessions for her stage (pregnant, or her baby's age)
ref-near-label = Near
ref-near-hint = Her postcode, or an area such as L8.
ref-search = Search
ref-sessions-empty = No sessions match. Try fewer choices or a wider area.
ref-error-place = We do not know that place. Try a postcode such as L8 1XF, or an area such as L8.
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
ref-record =
    { $days ->
        [0] Usually replies within a day · { $percent }% accepted
        [one] Usually replies within { $days } day · { $percent }% accepted
       *[other] Usually replies within { $days } days · { $percent }% accepted
    }
ref-record-none = No referrals yet
ref-record-no-replies = No replies yet
ref-pick = Choose this session
ref-picked = Chosen

# Step 3: consent.
ref-step-consent = 3. Her consent
ref-consent-intro = Ask her, in her language. Tick only what she agrees to.
ref-scopes-label = She agrees to share
ref-scope-contact-details = Her contact details and language, with the session team
ref-scope-referral-reasons = Why she is referred and what matters to her, with the session team
ref-scope-attendance-to-referrer = Whether she goes, with you
ref-scope-screening-to-care-team = Her wellbeing check results, with her midwifery team
# Under the consent choices: safety alerts are shared whatever she ticks (vital interest).
ref-scope-alerts-regardless = Safety alerts reach her care team regardless: if her answers show she may not be safe, they are told at once.
ref-field-shared-with = Shared with
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session } at { $venue }
ref-contact-label = How she wants to be contacted
ref-contact-sms = Text message
ref-contact-email = Email
ref-contact-phone = Phone call
ref-contact-none = Not at all
ref-consent-submit = Record her consent
# $with is who she agreed her details may be shared with.
ref-consent-done = Consent recorded { $date }, to share with { $with }:
ref-consent-again = Record her consent again
ref-error-scopes = Tick at least one thing she agrees to share.
ref-error-shared-with = Say who her details are shared with.

# Step 4: why, and sending.
ref-step-send = 4. Why refer her
ref-field-what-matters = What matters to her, in her words
ref-field-note = Note for her care team (optional)
ref-note-hint = Session hosts never see this note.
ref-send = Send referral
ref-error-no-session = Choose a session first (step 2).
ref-error-no-consent = Record her consent first (step 3).
ref-error-no-reason = Tick at least one reason.
ref-error-consent-required = Her consent is not recorded any more. Record it again, then send.

ref-caseload-title = My caseload
ref-caseload-empty = You have not referred anyone yet. Your referrals will be listed here.
ref-refer-again = Refer her again

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = Referrals to your sessions
ref-incoming-intro = Mothers referred by midwives and link workers. Please reply soon: the referrer is told at once.
ref-incoming-new = Waiting for your reply
ref-incoming-to-book = Accepted: book her a date
ref-incoming-others = Booked and earlier
ref-incoming-none = None at the moment.
# $name is the referrer's name.
ref-referred-by = Referred by { $name }, { $date }
ref-accept = Accept
ref-decline = Decline
ref-book = Book a date
ref-decline-question = Why are you declining? The referrer will see this.
ref-decline-preset-full = The group is full.
ref-decline-preset-unsuitable = The group is not right for her.
ref-decline-preset-no-contact = We could not reach her.
ref-decline-confirm = Decline the referral
ref-choose-date = Choose a date for her
# $venue is the place; $start and $end times.
ref-session-at = { $venue }, { $start } to { $end }
ref-no-dates = No dates with places left.
# After a reply. $name is the mother's first name.
ref-accepted = You accepted { $name }. Now book her a date.
ref-declined = You declined the referral of { $name }. The referrer has been told.
ref-booked = { $name } is booked for { $date }.

## A mother's own referrals

myref-title = My referrals
myref-intro = Groups your midwife or link worker thinks could help you.
myref-empty = You have no referrals.
# $name is the midwife's or link worker's name.
myref-from = From { $name }, { $date }
myref-accept = Yes, I would like to go
myref-decline = No, thank you
myref-decline-question = Why not? Your midwife will see your answer.
myref-reason-time = The time does not suit me.
myref-reason-far = It is too far for me.
myref-reason-not-now = I do not need it now.
myref-withdraw = Stop this referral
myref-confirm-withdraw = Are you sure? If you have a place, you will lose it.
myref-withdraw-yes = Yes, stop it
myref-keep = No, keep it
myref-accepted = Thank you. The group will contact you.
myref-declined = Thank you for telling us.
myref-withdrawn = You have stopped this referral.

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = Last came: { $date }
ref-caseload-no-consent = No consent recorded yet
ref-caseload-not-referred = Not referred yet.
ref-refer-her = Refer her
# $came is how many sessions she came to, $count how many were marked.
ref-attended = { $came ->
    [one] Came to 1 of { $count } sessions
   *[other] Came to { $came } of { $count } sessions
}
ref-attended-present = { $date }: came
ref-attended-absent = { $date }: missed
ref-attended-apologies = { $date }: sent apologies
ref-withdraw = Withdraw for her
ref-withdraw-confirm = Withdraw this referral? Do this only when she has asked you to.
ref-withdraw-yes = Yes, withdraw it
ref-withdraw-keep = No, keep it
ref-withdrawn-for-her = The referral is withdrawn.

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = How and when she says it is safe to contact her
contact-notice-ways = Only by { $ways }, on { $days }, { $times } (UK time).
contact-notice-never = Never by { $ways }.
contact-notice-none = She asks not to be contacted at all.
ref-hint-title = Known to PeriLink, not in your care
ref-hint-intro = Only that she exists is shown. Take her on to see her record: she will see that you did, and why.
ref-hint-due = Due { $month }
ref-hint-born = Baby born { $month }
ref-hint-reason-label = Why you are taking her on
ref-hint-reason-needed = Say why you are taking her on: she will see it.
ref-hint-add = Add to my caseload
