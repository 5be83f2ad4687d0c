# PeriLink's text messages and emails: Romanian (ro), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = Invitație la PeriLink. Setați o parolă în 72 de ore: { $link }
msg-account-setup = PeriLink este pregătit. Alegeți o parolă în 7 zile: { $link }
msg-password-reset = Parolă nouă PeriLink? Deschideți într-o oră: { $link }
msg-login-code = Codul dvs. PeriLink este { $code }. Este valabil 10 minute. Nu îl dați nimănui.
msg-account-exists = Cineva a încercat să facă un cont PeriLink nou cu acest număr sau email. Aveți deja unul: conectați-vă sau cereți o parolă nouă.
msg-waiting-list-promoted = S-a eliberat un loc pentru dvs. Deschideți PeriLink ca să îl vedeți.
msg-referral-accepted = Vi s-a oferit un loc. Deschideți PeriLink ca să îl vedeți.
msg-referral-booked = Locul dvs. este rezervat. Deschideți PeriLink ca să vedeți când și unde.
msg-screening-due = Aveți câteva întrebări în PeriLink. Deschideți aplicația când aveți câteva minute.
msg-session-reminder = PeriLink: mâine la ora { $time }, { $place }. Dacă nu puteți veni, răspundeți cu 2.
msg-session-date-cancelled = O dată pe care ați rezervat-o a fost anulată. Deschideți PeriLink ca să vedeți.
msg-news = Aveți noutăți în PeriLink.
msg-email-subject = Un mesaj de la PeriLink
