# PeriLink's text messages and emails: Portuguese (pt), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = Convite para o PeriLink. Defina uma palavra-passe em 72 horas: { $link }
msg-account-setup = O PeriLink está pronto. Palavra-passe em 7 dias: { $link }
msg-password-reset = Nova palavra-passe do PeriLink? Abra dentro de 1 hora: { $link }
msg-login-code = O seu código PeriLink é { $code }. Vale 10 minutos. Não o partilhe.
msg-account-exists = Alguém tentou criar uma nova conta PeriLink com este número ou email. Já tem uma: inicie sessão ou peça uma nova palavra-passe.
msg-waiting-list-promoted = Vagou um lugar para si. Abra o PeriLink para o ver.
msg-referral-accepted = Foi-lhe oferecido um lugar. Abra o PeriLink para o ver.
msg-referral-booked = O seu lugar está reservado. Abra o PeriLink para ver quando e onde.
msg-screening-due = Tem algumas perguntas à sua espera no PeriLink. Abra a aplicação quando tiver uns minutos.
msg-session-reminder = PeriLink: amanhã às { $time }, { $place }. Se não puder ir, responda 2.
msg-session-date-cancelled = Uma data que reservou foi cancelada. Abra o PeriLink para ver.
msg-news = Tem novidades no PeriLink.
msg-email-subject = Uma mensagem do PeriLink
