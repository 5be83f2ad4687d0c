# PeriLink interface text (en): outcome reports, for coordinators.
# This file is filled in as the screens it serves are built.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = Outcomes
reports-intro = How referred mothers got on: were they seen, did they keep coming, and did they feel better?
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = To protect mothers' privacy, a count from 1 to 4 is shown as { reports-suppressed }, and a share or average worked out from it is not shown ({ reports-hidden }).
# A link back to the coordinator's main page.
reports-back = Back to the directory

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = Dates and grouping
reports-from = From
reports-to = To
reports-group-by = Group by
reports-show = Show
reports-error-dates = Check the dates: each must be a real day, and "From" must not be after "To".

# What a report's rows can be.
reports-group-programme = Programme
reports-group-kind = Kind of session
reports-group-venue = Venue
reports-group-language = Mother's language
reports-group-interpreter = Interpreter need
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = No session chosen yet
reports-interpreter-yes = Needs an interpreter
reports-interpreter-no = No interpreter needed
# The last row of a table: every group together.
reports-total = All

## The parts of the page

reports-referrals-title = Referrals
reports-referrals-intro = Referrals made between these dates, and how far each one got.
reports-funnel-chart = From referral to finishing, all referrals
reports-attendance-title = Attendance
reports-attendance-intro = Sessions held between these dates, who came, who kept coming, and who is waiting for a place.
reports-screening-title = Change in EPDS score
reports-screening-intro = Mothers who filled in the EPDS at the start of a course and again at week 6 or at the end. A lower score is better; 13 or more means probable depression.
reports-screening-chart = Average EPDS score at the start, at week 6 and at the end
reports-equity-title = Fair for every mother?
reports-equity-intro = The same figures by the mother's language and by whether she needs an interpreter.
reports-records-title = Referral records
reports-records-intro = One row for each referral made between these dates, as the PRSB Social Prescribing Information Standard describes, without names. For commissioners' and NHS systems.
reports-records-csv = Download referral records (CSV)
reports-records-fhir = Download referral records (FHIR)
reports-downloading = Preparing the file…

## Tables and charts

reports-download-csv = Download this table (CSV)
reports-table-empty = Nothing recorded between these dates.
reports-chart-empty = Nothing to draw between these dates.
# Before a list of groups too small to draw.
reports-chart-not-shown = Not drawn, fewer than 5 mothers:
# The dashed line on the EPDS chart.
reports-chart-probable = 13: probable depression
# The three points in time on the EPDS chart.
reports-chart-baseline = Start
reports-chart-week6 = Week 6
reports-chart-end = End
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = Compared with
reports-follow-up-week6 = Week 6
reports-follow-up-end = End of course
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = <5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = fewer than 5
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = not shown
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } days

## Column headings

reports-col-sent = Referred
reports-col-accepted = Accepted
reports-col-booked = Booked
reports-col-attending = Came at least once
reports-col-completed = Finished
reports-col-declined = Declined
reports-col-withdrawn = Withdrew
reports-col-did-not-attend = Stopped coming
reports-col-attended-percent = Share who came
reports-col-median-days-to-attend = Days to first session (median)
reports-col-sessions-held = Sessions held
reports-col-attendances = Attendances
reports-col-mothers = Mothers who came
reports-col-mothers-3-plus = Came 3 times or more
reports-col-waiting = On the waiting list
reports-col-paired = Mothers screened twice
reports-col-mean-baseline = Average score at the start
reports-col-mean-follow-up = Average score later
reports-col-mean-change = Average change
reports-col-fell-4-plus = Score fell by 4 or more
reports-col-fell-4-plus-percent = Share whose score fell by 4 or more
reports-col-probable-at-baseline = 13 or more at the start
reports-col-left-probable = Of those, now under 13
reports-col-left-probable-percent = Share now under 13
reports-col-unvalidated = Of the pairs, taken in a translation not validated
