# PeriLink interface text (en): the staff screens.
# This file is filled in as the screens it serves are built.
#
# Notes for translators:
# - These screens are for staff (coordinators, midwives, session hosts), so
#   words like "programme", "venue" and "term" are fine; keep sentences short.
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Coordinator: keeping the directory right

coord-title = Keep the directory right
coord-intro = Add and change sessions, programmes and venues, and check listings. Mothers see your changes straight away.
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = Parts of the directory
coord-tab-check = To check
coord-tab-sessions = Sessions
coord-tab-programmes = Programmes
coord-tab-venues = Venues
coord-tab-organisations = Organisations

## Saving

coord-save = Save
coord-working = Saving…
coord-saved = Saved. Mothers see the change now.
coord-new = Add a new one instead
coord-edit = Edit
# The first, empty choice in a drop-down list.
coord-choose = Choose…
coord-error-invalid = Some details are missing or not right. Check the form and try again.
coord-error-postcode = We do not know that postcode. Check it, or enter the latitude and longitude.
coord-error-gone = Someone else has changed or removed this. Reload the page and try again.
coord-error-number = Check the numbers: use digits only, like 12 or 53.4.
coord-error-times = The end time must be after the start time.

## Listings to check

coord-stale-title = Listings to check
coord-stale-intro = Listings not checked for 90 days are due for checking. After 120 days mothers can no longer see them. Check the details with the venue or host, then mark the listing as checked.
coord-stale-none = Every listing has been checked in the last 90 days.
coord-kind-venue = Venue
coord-kind-programme = Programme
coord-kind-session = Session
# $days is a whole number of days.
coord-last-checked =
    { $days ->
        [0] Checked today
        [one] Last checked { $days } day ago
       *[other] Last checked { $days } days ago
    }
coord-flagged = Due for checking
coord-hidden = Hidden from mothers
coord-owner-you = You look after this
# $name is the name of the member of staff who looks after the listing.
coord-owner = Looked after by { $name }
coord-mark-checked = Mark as checked
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday } at { $start }, { $venue }

## Reports of wrong information

coord-reports-title = Reports that something is wrong
coord-reports-none = There are no open reports.
# How messages to mothers and staff are going: counts only.
coord-messages-title = Text messages and emails
coord-messages-undelivered = Not delivered in the last 7 days: { $count }
coord-messages-stuck = Waiting to go for more than 30 minutes: { $count }
coord-report-no-note = The person did not say what is wrong.
# $date is a date written as 2026-11-23.
coord-reported-on = Reported on { $date }
coord-report-open = See the session page
coord-resolve = Mark as dealt with

## Days of the week

coord-weekday-1 = Monday
coord-weekday-2 = Tuesday
coord-weekday-3 = Wednesday
coord-weekday-4 = Thursday
coord-weekday-5 = Friday
coord-weekday-6 = Saturday
coord-weekday-7 = Sunday

## Organisations

coord-organisation-new = Add an organisation
coord-organisation-edit = Change this organisation
coord-field-name = Name
coord-field-kind = Kind of organisation
coord-field-website = Website
coord-org-kind-nhs_trust = NHS trust
coord-org-kind-library_service = Library service
coord-org-kind-charity = Charity
coord-org-kind-council = Council
coord-org-kind-other = Other

## Venues

coord-venue-new = Add a venue
coord-venue-edit = Change this venue
coord-field-organisation = Organisation
coord-field-address = Address
coord-field-town = Town
coord-field-postcode = Postcode
coord-field-place-hint = Leave the latitude and longitude empty to find the place from the postcode.
coord-field-lat = Latitude
coord-field-lon = Longitude
coord-field-step-free = Step-free access
coord-field-buggy-space = Space for buggies
coord-field-baby-change = Baby changing
coord-field-breastfeeding = Breastfeeding welcome
coord-field-bus-routes = Buses nearby

## Programmes

coord-programme-new = Add a programme
coord-programme-edit = Change this programme
coord-field-programme-kind = What it offers
coord-programme-kind-esol = English classes (ESOL)
coord-programme-kind-rhyme_time = Rhyme time
coord-programme-kind-singing = Singing group
coord-programme-kind-breastfeeding_support = Breastfeeding support
coord-programme-kind-advice = Money, work and housing advice
coord-programme-kind-other = Something else
coord-field-for-pregnant = Open to pregnant mothers
coord-field-baby-min = Youngest baby, in months
coord-field-baby-max = Oldest baby, in months
coord-field-cost = Price per session, in pence (0 is free)
coord-field-booking = Booking
coord-booking-booking = Places are booked
coord-booking-drop_in = Drop in, no booking
coord-field-format = How it runs
coord-format-course = A course: mothers enrol for the term
coord-format-ongoing = Week by week, no end
coord-english-words = In English
coord-field-title = Title
coord-field-description = Description
coord-field-what-to-bring = What to bring
coord-translations-title = In other languages
coord-translations-intro = Choose a language to add or change the programme's words in it.
coord-field-language = Language
coord-save-translation = Save this language
# $count is how many languages the programme has words in.
coord-translation-count =
    { $count ->
        [one] In { $count } language
       *[other] In { $count } languages
    }

## Sessions

coord-session-new = Add a session
coord-session-edit = Change this session
coord-field-programme = Programme
coord-field-venue = Venue
coord-field-host = Host
coord-field-frequency = How often
coord-frequency-weekly = Every week
coord-frequency-fortnightly = Every two weeks
coord-field-weekday = Day
coord-field-start = Starts at
coord-field-end = Ends at
coord-field-starts-on = First day of term
coord-field-ends-on = Last day of term
coord-field-ends-on-hint = Leave empty for a session that carries on.
coord-field-capacity = Places
coord-field-capacity-hint = Leave empty for no limit.
coord-field-languages = Languages it is run in
coord-field-interpreter-languages = Languages an interpreter or bilingual helper covers
coord-field-cancelled = Dates it does not run
coord-field-cancel-date = Another date it does not run
coord-add-date = Add this date
coord-no-cancelled = No dates are cancelled.
coord-remove = Remove
# $date is a date written as 2026-12-25.
coord-remove-date = Remove { $date }
coord-session-words-title = The session's own title
coord-session-words-intro = A session can have its own title, such as "Arabic and English rhyme time". Leave it empty to use the programme's.

## Listings from other directories (Open Referral UK feeds)

feeds-title = Listings from other directories
feeds-back = Back to the directory
feeds-intro = PeriLink can copy sessions from another directory that publishes Open Referral UK, so you do not type them again. It reads each feed every day. If you change a copied listing here, the feed's later changes to it wait for you to approve them.
feeds-add-title = Add a feed
feeds-field-url = The feed's address
feeds-field-url-hint = The address its services are listed under, such as https://example.org/openreferral
feeds-field-take = Which services to copy
feeds-take-all = All of them
feeds-take-taxonomy_term = Those in one category
feeds-take-text = Those that mention some words
feeds-field-take-value = The category's id, or the words
feeds-add = Add the feed
feeds-list-title = Your feeds
feeds-none = You have not added a feed yet.
feeds-counts = Listings: { $services }. Waiting for you: { $waiting }. No longer in the feed: { $gone }.
feeds-never-read = Not read yet. It is read within a minute of being added.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = Last read { $when }.
feeds-run-done = New: { $created }. Updated: { $updated }. Waiting for you: { $waiting }. No longer in the feed: { $gone }. Could not be copied: { $skipped }.
feeds-problem-unreachable = Nothing was changed. PeriLink could not reach the feed, or it took too long to answer. Check the address.
feeds-problem-server-error = Nothing was changed. The feed answered with an error. Check the address, or wait for the next reading.
feeds-problem-not-json = Nothing was changed. This address sends a web page, not a feed. Check the address.
feeds-problem-wrong-schema = Nothing was changed. The feed is not in the Open Referral UK version 3 format.
feeds-problem-endless-pages = Nothing was changed. The feed's pages never end. Tell whoever runs the feed.
feeds-problem-too-big = Nothing was changed. The feed is too big for PeriLink to copy.
feeds-error-address-refused = PeriLink reads feeds only from the public internet. This address is on a private or local network.
feeds-error-busy = This feed is being read now. Wait a minute, then look again.
feeds-details = What happened, in detail (in English)
feeds-read-now = Read it now
feeds-reading = Reading…
feeds-show-listings = Its listings
feeds-no-listings = Nothing has been copied from this feed yet.
feeds-side-title = Title
feeds-side-description = Description
feeds-side-mine = Yours now
feeds-side-theirs = The feed's change
feeds-approve = Use the feed's change
feeds-reject = Keep yours
feeds-waiting = Waiting for you
feeds-gone = No longer in the feed
feeds-edited-here = Changed here
feeds-duplicates-count = Look like listings you already have: { $count }. Open its listings to decide.
feeds-duplicates-title = Do you list these already?
feeds-duplicates-intro = These sessions from the feed look like ones you already list: the same place, the same day and time, and a similar name. They are not copied until you decide.
feeds-duplicate-mine = Yours
feeds-duplicate-theirs = The feed's
feeds-duplicate-link = The same — link them
feeds-duplicate-separate = Different — list both
feeds-error-decided = This has been decided already. Look at the feed's listings again.

## A session's dates from a partner's calendar (.ics)

calendar-title = Dates from a calendar
calendar-intro = If a partner, such as a library or children's centre, keeps this session's dates in a calendar, PeriLink can take them from it every day. A cancelled event cancels its date, and mothers who booked it are told.
calendar-url = Take dates from a calendar (.ics) address
calendar-words = Only events whose title has these words
calendar-words-hint = Leave empty to take every event in the calendar.
calendar-save = Save the calendar address
calendar-read-now = Read now
calendar-never-read = Not read yet. It is read within a minute of being saved.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = Last read { $when }.
calendar-read-done = Dates in the year ahead: { $dates }. Added: { $added }. Cancelled: { $cancelled }. Mothers told: { $told }.
calendar-problem-unreachable = Nothing was changed. PeriLink could not reach the calendar, or it took too long to answer. Check the address.
calendar-problem-server-error = Nothing was changed. The calendar's address answered with an error. Check the address, or wait for the next reading.
calendar-problem-not-calendar = Nothing was changed. This address does not send a calendar PeriLink can read. Check the address.
calendar-problem-no-events = Nothing was changed. The calendar has no events, or none with these words in the title.
calendar-problem-too-big = Nothing was changed. The calendar is too big for PeriLink to read.
