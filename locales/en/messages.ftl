# Messages PeriLink sends by text message or email (the outbox's templates).
# They name no programme, session kind or health detail: someone else may read
# her phone. Text messages must fit two SMS segments with the link or code.

msg-invitation = You are invited to PeriLink. Set a password within 72 hours: { $link }
msg-account-setup = PeriLink is ready for you. Choose a password within 7 days: { $link }
msg-password-reset = To choose a new PeriLink password, open this within an hour: { $link }
msg-login-code = Your PeriLink code is { $code }. It works for 10 minutes. Do not share it.
msg-account-exists = Someone tried to make a new PeriLink account with this number or email. You already have one: please sign in, or ask for a new password.
msg-waiting-list-promoted = A place has come free for you. Open PeriLink to see it.
msg-referral-accepted = You have been offered a place. Open PeriLink to see it.
msg-referral-booked = Your place is booked. Open PeriLink to see when and where.
msg-screening-due = You have a few questions waiting in PeriLink. Open the app when you have a few minutes.
msg-session-reminder = PeriLink: tomorrow at { $time }, { $place }. Reply 2 if you cannot come.
msg-session-date-cancelled = A date you booked has been cancelled. Open PeriLink to see it.
msg-news = There is news for you in PeriLink.
msg-email-subject = A message from PeriLink
