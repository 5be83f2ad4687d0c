# PeriLink interface text (en): screening questions, results and help.
# This file is filled in as the screens it serves are built.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = Wellbeing check
screening-intro-epds = Ten short questions about how you have felt in the past 7 days. There are no right or wrong answers.
screening-epds-not-here = The questionnaire you asked for is not available in your language yet, so here is another that asks about the same things.
screening-intro-phq9 = Nine questions about how you have felt over the last 2 weeks.
screening-intro-gad2 = Two questions about worry over the last 2 weeks.
screening-intro-whooley = Two questions about how you have felt during the past month.
screening-private = Only you and the people caring for you can see your answers. Nothing is sent until you check your answers and choose to send them.
screening-start = Start
# A folded list of the other questionnaires she may take instead.
screening-other = Other questionnaires
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = Wellbeing check (EPDS, 10 questions)
screening-name-phq9 = Mood questions (PHQ-9, 9 questions)
screening-name-gad2 = Worry questions (GAD-2, 2 questions)
screening-name-whooley = Two quick questions (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = Question { $n } of { $total }
screening-back = Back
screening-next = Next
screening-choose-answer = Please choose an answer.
screening-review-title = Check your answers
screening-review-intro = Nothing has been sent yet. You can change any answer before you send them.
screening-review-question = Question { $n }
screening-not-answered = Not answered
screening-change = Change
# The tooltip of each "Change" button on the review screen.
screening-change-label = Change your answer to question { $n }
screening-send = Send my answers
screening-sending = Sending…
screening-loading-questions = Getting the questions…
screening-try-again = Try again
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = EPDS question { $n } – licensed wording not installed
screening-epds-placeholder-option = Option { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = Source:

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = Over the last 2 weeks, how often have you been bothered by any of the following problems?
screening-phq9-q1 = Little interest or pleasure in doing things
screening-phq9-q2 = Feeling down, depressed, or hopeless
screening-phq9-q3 = Trouble falling or staying asleep, or sleeping too much
screening-phq9-q4 = Feeling tired or having little energy
screening-phq9-q5 = Poor appetite or overeating
screening-phq9-q6 = Feeling bad about yourself — or that you are a failure or have let yourself or your family down
screening-phq9-q7 = Trouble concentrating on things, such as reading the newspaper or watching television
screening-phq9-q8 = Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual
screening-phq9-q9 = Thoughts that you would be better off dead, or of hurting yourself in some way
screening-gad2-stem = Over the last 2 weeks, how often have you been bothered by the following problems?
screening-gad2-q1 = Feeling nervous, anxious or on edge
screening-gad2-q2 = Not being able to stop or control worrying
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = Not at all
screening-freq-1 = Several days
screening-freq-2 = More than half the days
screening-freq-3 = Nearly every day
screening-phq-attribution = PHQ-9 and GAD-2: developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = During the past month, have you often been bothered by feeling down, depressed or hopeless?
screening-whooley-q2 = During the past month, have you often been bothered by having little interest or pleasure in doing things?
# The answers, in this order: "No" first.
screening-no = No
screening-yes = Yes
screening-whooley-attribution = The Whooley questions, as recommended by NICE guideline CG192, Antenatal and postnatal mental health.

## After she sends her answers. Never show her a score.

screening-thanks-title = Thank you
screening-thanks = Your answers are saved. The people caring for you can see them.
screening-thanks-talk = If things feel hard, you can talk to your midwife, health visitor or GP at any time.
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = If you need help at any time
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = Answer 10 more questions now
screening-back-to-my = Go to my sessions
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = Please get support today
screening-help-intro = Your answers show you may need some extra support right now. You are not alone, and help is there for you.
screening-help-midwife = Talk to your midwife or GP today.
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = Call NHS { $number } and choose option { $option } for mental health
screening-help-999 = Call { $number } in an emergency, or if you feel you might act on thoughts of harming yourself
screening-help-samaritans = Call Samaritans free on { $number }, any time, day or night
screening-help-told = We have told your midwife and care team, so they can contact you.

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = Wellbeing checks
screening-staff-intro = Act on safety alerts, and record a questionnaire a mother answers with you in clinic.

## Safety alerts: the panel on the staff pages.

alerts-title = Safety alerts
alerts-intro = Follow up each alert today, then write what you did to close it.
alerts-empty = No open alerts.
alerts-count =
    { $count ->
        [one] One open alert
       *[other] { $count } open alerts
    }
alerts-reason-urgent = Safety question answered (thoughts of self-harm): same-day safety follow-up
alerts-reason-probable = Score in the probable range: refer for assessment
alerts-escalated = Escalated to coordinators
alerts-raised = Raised { $when }
alerts-note-label = What did you do?
alerts-note-hint = For example: phoned her, same-day GP appointment made.
alerts-acknowledge = Acknowledge
alerts-acknowledging = Saving…
alerts-note-needed = Write what you did before you acknowledge the alert.
alerts-acknowledged = Alert for { $name } acknowledged.
alerts-already = Someone has already acknowledged this alert.
alerts-refresh = Check for new alerts
alerts-her-results = Her results

## Recording a questionnaire given in clinic.

screening-record-title = Record a questionnaire given in clinic
screening-find-label = Find a mother: name, phone, email or NHS number
screening-find = Find
screening-find-none = Nobody found. Mothers on your caseload are found by name; anyone else by exact phone, email or NHS number.
# A button on each mother found.
screening-choose-mother = Choose { $name }
screening-for = Questionnaires for { $name }
screening-change-mother = Choose someone else
screening-instrument-label = Questionnaire
screening-language-label = Language she answers in
screening-validated-yes = This language version is validated.
screening-validated-no = This language version is not validated: interpret the result with care.
screening-wording-not-installed = The licensed EPDS wording is not installed for this language, so the EPDS cannot be used in it: choose PHQ-9, GAD-2 or Whooley.
screening-record-start = Start the questionnaire
screening-cancel = Cancel

## The result, for staff.

screening-staff-result-title = Result recorded
screening-staff-total = Total { $total }: { $band }
screening-staff-urgent = Safety question scored 1 or more: same-day safety follow-up.
screening-staff-alert = A safety alert was raised for her care team.
screening-staff-anxiety = EPDS-3A anxiety subscale: { $score }
screening-staff-validated = Language version: validated
screening-staff-not-validated = Language version: not validated
screening-record-another = Record another
screening-band-none = below the threshold
screening-band-possible = possible depression
screening-band-probable = probable depression: refer for assessment
screening-band-mild = mild
screening-band-moderate = moderate
screening-band-moderately-severe = moderately severe
screening-band-severe = severe
screening-band-positive = positive: offer a full assessment

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = EPDS totals over time
screening-chart-title-phq9 = PHQ-9 totals over time
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } possible
screening-chart-line-probable = { $score } probable
screening-chart-line-moderate = { $score } moderate
screening-chart-line-moderately-severe = { $score } moderately severe
screening-chart-summary =
    { $count ->
        [one] One result: { $total } on { $date }
       *[other] { $count } results; the latest, { $total } on { $date }
    }
screening-chart-empty = No EPDS or PHQ-9 results yet.
screening-chart-table = Show as a table
screening-chart-date = Date
screening-chart-total = Total
screening-chart-result = Result

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = You have a check-in to do
due-screening-intro = Your course asks everyone how they are feeling at a few points. It takes a few minutes. Only you and the people caring for you see your answers.
due-screening-point-baseline = Start of the course
due-screening-point-week6 = Week 6 of the course
due-screening-point-end = End of the course
# $date is a date such as "Monday 14 December".
due-screening-until = Please do it by { $date }
due-screening-start = Do the check-in
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = Scheduled check-ins
schedule-empty = No course she is on has scheduled a check-in.
schedule-due-on = due { $date }
schedule-status-upcoming = Not open yet
schedule-status-due = Due now
schedule-status-done = Done
schedule-status-overdue = Overdue
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = Screening schedule
schedule-edit-intro = Mothers enrolled on this course are asked to do this questionnaire at the points you tick, and reminded when each is due.
schedule-edit-instrument = Questionnaire
schedule-edit-points = When
schedule-edit-save = Save the schedule

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = My check-ins
checkins-none = No check-ins yet.
checkins-intro = The days you did a check-in. To see which questionnaire each was, enter your PIN or your password.
checkins-password-label = Or your password
checkins-password-wrong = That is not your password.
checkins-show = Show which
screening-not-shared = Her check-ins are not shared with you: she has not agreed to share them with her care team, or she is not in your care. Safety alerts about her still reach her care team.
