# PeriLink interface text: Portuguese (pt), referrals, for referrers, hosts and mothers.
# Translated from the English source file (en/referrals.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - Same approach as main.ftl and staff.ftl: no "tu" or "você", no "a fazer" /
#   "fazendo" forms, and words that differ between Portugal and Brazil are
#   avoided where possible ("Aprovado" rather than aceite/aceito, "Nome de
#   família" rather than apelido/sobrenome). Where they cannot be, the European
#   word is used ("equipa", "contacto", "partilhar", "guardar").
# - "Referral" is "encaminhamento"; "referrer" is "quem encaminhou"; "link
#   worker" is "mediador(a)"; "session host" is "responsável pela sessão";
#   "caseload" is "as mães que acompanho".
# - Staff text suits women and men. Words about the mother are feminine.
# - The plural rules the app uses put 0 under "one", so counts that can be 0
#   have their own [0] line.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on every referral screen

# Where a referral stands, shown as a label on it.
ref-status-sent = Enviado
ref-status-accepted = Aprovado
ref-status-declined = Recusado
ref-status-booked = Com data marcada
ref-status-attending = Vai às sessões
ref-status-completed = Concluído
ref-status-did-not-attend = Faltou a duas sessões
ref-status-withdrawn = Interrompido

# Why a mother was referred: the fixed list, shown as tick boxes and labels.
ref-reason-isolation = Sentir-se sozinha
ref-reason-low-mood-or-anxiety = Tristeza ou preocupação
ref-reason-english-language = Aprender inglês
ref-reason-infant-feeding = Alimentar a criança
ref-reason-money-housing-or-work = Dinheiro, casa ou trabalho
ref-reason-bonding-with-baby = Criar laços com a criança
ref-reason-other = Outra coisa
# The name of the list of reasons, for screen readers and as a heading.
ref-reasons-label = Motivos do encaminhamento

# Who made a move on a referral, in its list of moves.
ref-actor-referrer = por quem encaminhou
ref-actor-provider = pela equipa da sessão
ref-actor-mother = pela mãe
ref-actor-system = pela lista de presença
# One move: $status is a name from the ref-status- list, $actor one of the
# ref-actor- lines just above.
ref-move = { $status }: { $date }, { $actor }
# Tapped to show every move of a referral. $count is how many.
ref-moves =
    { $count ->
        [0] { $count } passos até agora
        [one] { $count } passo até agora
       *[other] { $count } passos até agora
    }
# $reason is what someone wrote when they declined.
ref-move-reason = Motivo: «{ $reason }»
ref-sent-on = Enviado: { $date }
# $text is what the mother said matters to her, in her words.
ref-what-matters = O que é importante para ela: «{ $text }»
# $text is the referrer's note for the care team.
ref-note = Nota: { $text }
# $language is a language's name; $dialect what she calls her dialect.
ref-language-dialect = { $language } ({ $dialect })
ref-interpreter-needed = Precisa de intérprete
ref-cancel = Cancelar
ref-working = Um momento…
# Shown when a referral changed on another screen meanwhile.
ref-error-moved = Este encaminhamento mudou entretanto. A lista já está atualizada: por favor, veja de novo.
ref-error-full = Já não há lugares nessa data. Por favor, escolha outra.
ref-error-invalid = Alguns dados não estão certos. Verifique e tente novamente.
ref-error-reason = Por favor, indique o motivo.

## A referrer's page: news, making a referral, and her caseload

ref-news-title = Novidades
ref-news-accepted = { $programme } aceitou o encaminhamento de { $name }.
ref-news-declined = { $programme } recusou o encaminhamento de { $name }. O motivo está nos passos dela, abaixo.
ref-news-first-attended = { $name } foi pela primeira vez a uma sessão de { $programme }.
ref-news-missed-twice = { $name } faltou a duas sessões seguidas de { $programme }.
ref-news-withdrawn = { $name } interrompeu o encaminhamento para { $programme }.
ref-news-booking-cancelled = { $name } cancelou a reserva em { $programme }: o encaminhamento precisa de nova data.
ref-attended-none = Ainda não houve sessões desde o encaminhamento.
ref-news-alert = Alerta de segurança sobre { $name }: acompanhe hoje.
ref-news-alert-escalated = Ninguém agiu sobre o alerta de segurança de { $name } em quatro horas: foi enviado aos coordenadores.
ref-news-alert-closed = Foi emitido um alerta de segurança, que entretanto já foi tratado.
ref-news-alert-open = Ver o alerta
# When the referral a notification is about is not on this page.
ref-news-other = Um dos seus encaminhamentos mudou.
# Marks a piece of news as read, so it goes away.
ref-news-read = Entendido

ref-new-title = Fazer um encaminhamento
ref-new-intro = Quatro passos curtos. O que já sabemos sobre ela já está preenchido.
# After sending.
ref-sent = Encaminhamento enviado: { $name } para { $programme }.

# Step 1: finding or registering the mother.
ref-step-mother = 1. Procurar a mãe
ref-find-label = Nome, número de telefone ou número do NHS dela
ref-find-hint = Pelo nome, encontra as mães que acompanha. Pelo telefone, e-mail ou número do NHS, encontra qualquer pessoa que conhecemos.
ref-find-submit = Procurar
ref-find-none = Ninguém encontrado. Verifique o que escreveu, ou faça a inscrição dela.
ref-find-results = Mães encontradas
ref-choose = Encaminhar esta mãe
ref-register-open = Inscrever uma nova mãe
ref-register-title = Inscrever uma mãe
ref-field-given = Primeiro nome
ref-field-family = Nome de família (opcional)
ref-contact-hint = Indique o número de telefone dela, o e-mail, ou os dois.
ref-field-phone = Número de telefone
ref-field-email = E-mail
ref-field-language = Idioma que prefere
ref-language-choose = Escolha um idioma
ref-language-other = Outro idioma
ref-field-language-other = Código do idioma
ref-language-other-hint = Um código BCP 47, como «ps» para pastó ou «ti» para tigrínia.
ref-field-dialect = Dialeto (opcional)
ref-field-interpreter = Precisa de intérprete
ref-dates-hint = Indique a data prevista do parto ou, depois do nascimento, a data de nascimento da criança.
ref-field-due = Data prevista do parto
ref-field-born = Data de nascimento da criança
ref-field-nhs = Número do NHS (opcional)
ref-field-postcode = Código postal (opcional)
ref-register-submit = Fazer a inscrição
ref-error-given = Por favor, indique o primeiro nome dela.
ref-error-contact = Por favor, indique um número de telefone ou um e-mail.
ref-error-phone = Este não é um número de telefone do Reino Unido.
ref-error-email = Este não é um endereço de e-mail.
ref-error-language = Por favor, escolha o idioma dela.
ref-error-nhs = Este não é um número do NHS. Verifique os dez algarismos.
ref-error-known = Já conhecemos uma mãe com este número do NHS. Em vez disso, procure essa mãe.
ref-find-known = Procurar pelo número do NHS
# Above the mother being referred.
ref-chosen-title = Encaminhamento de
ref-undelivered-sms = A mensagem de texto não foi entregue: telefone-lhe
ref-undelivered-email = O email não foi entregue
ref-due-on = Parto previsto: { $date }
ref-born-on = Nascimento da criança: { $date }
# $number is an NHS number.
ref-nhs = Número do NHS { $number }
ref-change = Escolher outra pessoa

# Step 2: choosing a session.
ref-step-session = 2. Escolher uma sessão
ref-kind-label = Que tipo de sessão?
ref-in-language = Só no idioma dela, ou com intérprete para esse idioma
ref-for-stage = Só sessões para a fase dela (gravidez, ou a idade da criança)
ref-near-label = Perto de
ref-near-hint = O código postal dela, ou uma zona como L8.
ref-search = Procurar
ref-sessions-empty = Nenhuma sessão corresponde. Tente menos opções ou uma zona maior.
ref-error-place = Não conhecemos esse local. Tente um código postal como L8 1XF, ou uma zona como L8.
# A programme's record of replying to referrals. $days is a whole number of days;
# $percent a whole number from 0 to 100.
ref-record =
    { $days ->
        [0] Costuma responder em menos de um dia · { $percent }% de aprovação
        [one] Costuma responder em { $days } dia · { $percent }% de aprovação
       *[other] Costuma responder em { $days } dias · { $percent }% de aprovação
    }
ref-record-none = Ainda sem encaminhamentos
ref-record-no-replies = Ainda sem respostas
ref-pick = Escolher esta sessão
ref-picked = Escolhida

# Step 3: consent.
ref-step-consent = 3. O consentimento dela
ref-consent-intro = Pergunte à mãe, no idioma dela. Assinale só aquilo com que ela concorda.
ref-scopes-label = Ela aceita partilhar
ref-scope-contact-details = Os dados de contacto e o idioma dela, com a equipa da sessão
ref-scope-referral-reasons = O motivo do encaminhamento e o que é importante para ela, com a equipa da sessão
ref-scope-attendance-to-referrer = Se vai ou não às sessões, com quem a encaminhou
ref-scope-screening-to-care-team = Os resultados dos questionários de bem-estar, com a equipa de parteiras dela
ref-scope-alerts-regardless = Os alertas de segurança chegam sempre à equipa que cuida dela: se as respostas mostrarem que pode não estar segura, a equipa é avisada de imediato.
ref-field-shared-with = Partilhado com
# Fills in "Shared with" once a session is chosen.
ref-shared-with-suggestion = { $session }, { $venue }
ref-contact-label = Como quer ser contactada
ref-contact-sms = Mensagem de texto (SMS)
ref-contact-email = E-mail
ref-contact-phone = Telefonema
ref-contact-none = Nenhum contacto
ref-consent-submit = Guardar o consentimento dela
# $with is who she agreed her details may be shared with.
ref-consent-done = Consentimento guardado em { $date }, para partilhar com { $with }:
ref-consent-again = Guardar de novo o consentimento dela
ref-error-scopes = Assinale pelo menos uma coisa que ela aceita partilhar.
ref-error-shared-with = Indique com quem os dados dela são partilhados.

# Step 4: why, and sending.
ref-step-send = 4. Motivo do encaminhamento
ref-field-what-matters = O que é importante para ela, nas palavras dela
ref-field-note = Nota para a equipa de saúde dela (opcional)
ref-note-hint = Os responsáveis pelas sessões nunca veem esta nota.
ref-send = Enviar o encaminhamento
ref-error-no-session = Primeiro, escolha uma sessão (passo 2).
ref-error-no-consent = Primeiro, guarde o consentimento dela (passo 3).
ref-error-no-reason = Assinale pelo menos um motivo.
ref-error-consent-required = O consentimento dela já não está guardado. Guarde-o de novo e depois envie.

ref-caseload-title = As mães que acompanho
ref-caseload-empty = Ainda não encaminhou ninguém. Os seus encaminhamentos vão aparecer aqui.
ref-refer-again = Encaminhar de novo

## A session host's or coordinator's page: referrals to their sessions

ref-incoming-title = Encaminhamentos para as suas sessões
ref-incoming-intro = Mães encaminhadas por parteiras e mediadores. Por favor, responda depressa: quem encaminhou é avisado de imediato.
ref-incoming-new = À espera da sua resposta
ref-incoming-to-book = Aprovados: marque uma data para ela
ref-incoming-others = Com data marcada e anteriores
ref-incoming-none = Nenhum de momento.
# $name is the referrer's name.
ref-referred-by = Encaminhada por { $name }, { $date }
ref-accept = Aceitar
ref-decline = Recusar
ref-book = Marcar uma data
ref-decline-question = Qual é o motivo da recusa? Quem encaminhou vai ver esta resposta.
ref-decline-preset-full = O grupo está cheio.
ref-decline-preset-unsuitable = O grupo não é adequado para ela.
ref-decline-preset-no-contact = Não foi possível falar com ela.
ref-decline-confirm = Recusar o encaminhamento
ref-choose-date = Escolha uma data para ela
# $venue is the place; $start and $end times.
ref-session-at = { $venue }, das { $start } às { $end }
ref-no-dates = Não há datas com lugares livres.
# After a reply. $name is the mother's first name.
ref-accepted = Aceitou o encaminhamento de { $name }. Agora marque uma data para ela.
ref-declined = Recusou o encaminhamento de { $name }. Quem encaminhou já foi avisado.
ref-booked = { $name } tem lugar marcado: { $date }.

## A mother's own referrals

myref-title = Meus encaminhamentos
myref-intro = Grupos que a sua parteira ou mediador(a) acha que a podem ajudar.
myref-empty = Não tem encaminhamentos.
# $name is the midwife's or link worker's name.
myref-from = De { $name }, { $date }
myref-accept = Sim, quero ir
myref-decline = Não, obrigada
myref-decline-question = Qual é o motivo? A sua parteira vai ver a resposta.
myref-reason-time = O horário não é bom para mim.
myref-reason-far = É longe demais para mim.
myref-reason-not-now = Agora não preciso.
myref-withdraw = Desistir deste encaminhamento
myref-confirm-withdraw = Quer mesmo desistir? Se tiver um lugar, vai perdê-lo.
myref-withdraw-yes = Sim, desistir
myref-keep = Não, manter
myref-accepted = Obrigado. O grupo vai contactá-la.
myref-declined = Obrigado por nos avisar.
myref-withdrawn = Este encaminhamento foi interrompido.

## The caseload: every mother, referred or not yet.
# $date is the last day she came to a session.
ref-caseload-last = Veio pela última vez: { $date }
ref-caseload-no-consent = Ainda sem consentimento guardado
ref-caseload-not-referred = Ainda não foi encaminhada.
ref-refer-her = Encaminhar esta mãe
# $came is how many sessions she came to, $count how many were marked.
ref-attended =
    { $came ->
        [one] Esteve em { $came } de { $count } sessões
       *[other] Esteve em { $came } de { $count } sessões
    }
ref-attended-present = { $date }: veio
ref-attended-absent = { $date }: faltou
ref-attended-apologies = { $date }: falta justificada
ref-withdraw = Interromper em nome dela
ref-withdraw-confirm = Interromper este encaminhamento? Faça-o só se ela lhe tiver pedido.
ref-withdraw-yes = Sim, interromper
ref-withdraw-keep = Não, manter
ref-withdrawn-for-her = O encaminhamento foi interrompido.

## Her care team: how and when she says it is safe to contact her, shown in red.
# $ways is a list of ways ("Text message, Email"); $days a list of weekdays;
# $times a list of times of day ("09:00–15:00").
contact-notice-title = Como e quando ela diz que é seguro contactá-la
contact-notice-ways = Só por { $ways }, em { $days }, { $times } (hora do Reino Unido).
contact-notice-never = Nunca por { $ways }.
contact-notice-none = Pede para não ser contactada de todo.
ref-hint-title = Conhecida no PeriLink, não está ao seu cuidado
ref-hint-intro = Só se mostra que ela existe. Acompanhe-a para ver o registo dela: ela verá que o fez e porquê.
ref-hint-due = Parto previsto { $month }
ref-hint-born = Bebé nascido { $month }
ref-hint-reason-label = Porque vai acompanhá-la
ref-hint-reason-needed = Diga porque vai acompanhá-la: ela verá.
ref-hint-add = Adicionar às minhas utentes
