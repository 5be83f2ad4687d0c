# PeriLink's text messages and emails: Polish (pl), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = Zaproszenie do PeriLink. Ustaw hasło w ciągu 72 godzin: { $link }
msg-account-setup = PeriLink jest gotowy. Wybierz hasło w ciągu 7 dni: { $link }
msg-password-reset = Nowe hasło PeriLink? Otwórz w ciągu godziny: { $link }
msg-login-code = Twój kod PeriLink to { $code }. Działa 10 minut. Nikomu go nie podawaj.
msg-account-exists = Ktoś próbował założyć nowe konto PeriLink na ten numer lub e-mail. Masz już konto: zaloguj się albo poproś o nowe hasło.
msg-waiting-list-promoted = Zwolniło się dla Ciebie miejsce. Otwórz PeriLink, aby je zobaczyć.
msg-referral-accepted = Zaproponowano Ci miejsce. Otwórz PeriLink, aby je zobaczyć.
msg-referral-booked = Twoje miejsce jest zarezerwowane. Otwórz PeriLink, aby zobaczyć, kiedy i gdzie.
msg-screening-due = W PeriLink czeka na Ciebie kilka pytań. Otwórz aplikację, gdy masz kilka minut.
msg-session-reminder = PeriLink: jutro o { $time }, { $place }. Jeśli nie możesz przyjść, odpisz 2.
msg-session-date-cancelled = Termin, który zarezerwowałaś, został odwołany. Otwórz PeriLink, aby zobaczyć szczegóły.
msg-news = W PeriLink czeka na Ciebie nowa wiadomość.
msg-email-subject = Wiadomość od PeriLink
