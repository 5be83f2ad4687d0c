# PeriLink interface text: Portuguese (pt), screening questions, results and help.
# Translated from the English source file (en/screening.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# CLINICAL NOTE: the PHQ-9, GAD-2 and Whooley questions and answers below are our
# own faithful translations of public-domain wording, NOT validated translations.
# Before clinical use they must be replaced by the validated official Portuguese
# versions (for the PHQ-9 and GAD-2, those on phqscreeners.com), word for word.
#
# Notes for reviewers:
# - Same approach as main.ftl and staff.ftl: no "tu" or "você", no "a fazer" /
#   "fazendo" forms, and words that differ between Portugal and Brazil are
#   avoided where possible. Where they cannot be, the European word is used
#   ("guardar", "equipa", "contactar").
# - The mother's questions use feminine forms ("cansada", "sozinha"): they are
#   answered by mothers. Other staff text suits women and men.
# - The mother's pages never show a score.
# - "Health visitor" is "enfermeira de família (health visitor)"; GP is "médico
#   de família (GP)". Phone numbers stay as digits.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## A mother's wellbeing check (/screening). She may be worried or unwell: keep the
## words plain, warm and calm. Never mention scores or diagnoses to her.

screening-title = Questionário de bem-estar
screening-intro-epds = Dez perguntas curtas sobre como se sentiu nos últimos 7 dias. Não há respostas certas nem erradas.
screening-epds-not-here = O questionário que pediu ainda não está disponível na sua língua, por isso aqui está outro que pergunta sobre as mesmas coisas.
screening-intro-phq9 = Nove perguntas sobre como se sentiu nas últimas 2 semanas.
screening-intro-gad2 = Duas perguntas sobre preocupações nas últimas 2 semanas.
screening-intro-whooley = Duas perguntas sobre como se sentiu durante o último mês.
screening-private = Além das pessoas que cuidam da sua saúde, ninguém vê as suas respostas. Nada é enviado antes de verificar as respostas e decidir enviá-las.
screening-start = Começar
# A folded list of the other questionnaires she may take instead.
screening-other = Outros questionários
# The names of the questionnaires. Keep the short names (EPDS, PHQ-9, GAD-2) as they are.
screening-name-epds = Questionário de bem-estar (EPDS, 10 perguntas)
screening-name-phq9 = Perguntas sobre o humor (PHQ-9, 9 perguntas)
screening-name-gad2 = Perguntas sobre preocupações (GAD-2, 2 perguntas)
screening-name-whooley = Duas perguntas rápidas (Whooley)
# Above each question: "Question 3 of 10".
screening-progress = Pergunta { $n } de { $total }
screening-back = Voltar
screening-next = Seguinte
screening-choose-answer = Por favor, escolha uma resposta.
screening-review-title = Verifique as suas respostas
screening-review-intro = Ainda não foi enviado nada. Pode mudar qualquer resposta antes de as enviar.
screening-review-question = Pergunta { $n }
screening-not-answered = Sem resposta
screening-change = Mudar
# The tooltip of each "Change" button on the review screen.
screening-change-label = Mudar a resposta à pergunta { $n }
screening-send = Enviar as minhas respostas
screening-sending = Um momento…
screening-loading-questions = Aguarde…
screening-try-again = Tentar novamente
# Shown instead of the EPDS wording when the licensed wording is not installed.
# Keep "EPDS" as it is.
screening-epds-placeholder = EPDS, pergunta { $n } – texto licenciado não instalado
screening-epds-placeholder-option = Opção { $n }
# Before the full reference of a questionnaire (left in English).
screening-citation-label = Fonte:

## PHQ-9 and GAD-2 (public domain, free to translate). Where an official translation
## of the PHQ-9 or GAD-2 exists in your language (phqscreeners.com), use its wording
## exactly. Keep each question's meaning exact: a change can change the score.

screening-phq9-stem = Nas últimas 2 semanas, com que frequência foi incomodada por algum dos problemas seguintes?
screening-phq9-q1 = Pouco interesse ou pouco prazer em fazer as coisas
screening-phq9-q2 = Sentir-se abatida, deprimida ou sem esperança
screening-phq9-q3 = Dificuldade em adormecer ou em manter o sono, ou dormir demais
screening-phq9-q4 = Sentir-se cansada ou com pouca energia
screening-phq9-q5 = Falta de apetite ou comer demais
screening-phq9-q6 = Sentir-se mal consigo mesma — ou achar que é um fracasso ou que falhou consigo mesma ou com a sua família
screening-phq9-q7 = Dificuldade de concentração nas coisas, como ao ler o jornal ou ver televisão
screening-phq9-q8 = Mover-se ou falar tão devagar que outras pessoas podem ter notado? Ou o contrário — estar tão agitada ou inquieta que se tem movido muito mais do que o habitual
screening-phq9-q9 = Pensamentos de que seria melhor estar morta, ou de fazer mal a si mesma de alguma forma
screening-gad2-stem = Nas últimas 2 semanas, com que frequência foi incomodada pelos problemas seguintes?
screening-gad2-q1 = Sentir-se nervosa, ansiosa ou muito tensa
screening-gad2-q2 = Não ser capaz de parar ou de controlar as preocupações
# The four answers to each PHQ-9 and GAD-2 question, in this order.
screening-freq-0 = Nunca
screening-freq-1 = Vários dias
screening-freq-2 = Mais de metade dos dias
screening-freq-3 = Quase todos os dias
screening-phq-attribution = PHQ-9 e GAD-2: desenvolvidos pelos Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke e colegas, com uma bolsa educativa da Pfizer Inc. Não é necessária autorização para reproduzir, traduzir, mostrar ou distribuir.

## The Whooley questions (NICE guidance on antenatal and postnatal mental health).

screening-whooley-q1 = Durante o último mês, foi muitas vezes incomodada por se sentir abatida, deprimida ou sem esperança?
screening-whooley-q2 = Durante o último mês, foi muitas vezes incomodada por ter pouco interesse ou pouco prazer em fazer as coisas?
# The answers, in this order: "No" first.
screening-no = Não
screening-yes = Sim
screening-whooley-attribution = As perguntas de Whooley, recomendadas pela orientação clínica NICE CG192, Antenatal and postnatal mental health (saúde mental na gravidez e após o parto).

## After she sends her answers. Never show her a score.

screening-thanks-title = Obrigado
screening-thanks = As suas respostas foram guardadas. As pessoas que cuidam da sua saúde podem vê-las.
screening-thanks-talk = Se as coisas estiverem difíceis, pode falar a qualquer momento com a sua parteira, a enfermeira de família (health visitor) ou o médico de família (GP).
# A folded list of the same phone numbers as the help panel, for later.
screening-help-any-time = Se precisar de ajuda, a qualquer hora
# After a Whooley "yes": an offer to answer the fuller questionnaire now.
screening-take-epds = Responder agora a mais 10 perguntas
screening-back-to-my = Ir para as minhas sessões
# The help panel, shown at once when her answers mean she needs support today.
screening-help-title = Por favor, procure apoio hoje
screening-help-intro = As suas respostas mostram que pode precisar de mais apoio neste momento. Não está sozinha, e há ajuda à sua espera.
screening-help-midwife = Fale hoje com a sua parteira ou com o médico de família (GP).
# Each line below is a link that rings the number when tapped. $number is the phone
# number; $option the option to choose on the phone menu.
screening-help-111 = Ligue para o NHS { $number } e escolha a opção { $option } para saúde mental
screening-help-999 = Ligue para o { $number } numa emergência, ou se sentir que pode mesmo fazer mal a si mesma
screening-help-samaritans = Ligue grátis para os Samaritans pelo { $number }, a qualquer hora, de dia ou de noite
screening-help-told = A sua parteira e a equipa que cuida da sua saúde já foram avisadas, para poderem contactá-la.

## Staff: the same page for midwives, link workers and coordinators.

screening-staff-title = Questionários de bem-estar
screening-staff-intro = Dê seguimento aos alertas de segurança e guarde as respostas de um questionário feito com uma mãe na consulta.

## Safety alerts: the panel on the staff pages.

alerts-title = Alertas de segurança
alerts-intro = Dê seguimento a cada alerta hoje e depois escreva o que fez, para o fechar.
alerts-empty = Não há alertas em aberto.
alerts-count =
    { $count ->
        [0] { $count } alertas em aberto
        [one] { $count } alerta em aberto
       *[other] { $count } alertas em aberto
    }
alerts-reason-urgent = Pergunta de segurança assinalada (pensamentos de autolesão): acompanhamento de segurança no mesmo dia
alerts-reason-probable = Pontuação de depressão provável: encaminhar para avaliação
alerts-escalated = Enviado aos coordenadores
alerts-raised = Criado: { $when }
alerts-note-label = O que fez?
alerts-note-hint = Por exemplo: telefonema para ela, consulta no médico de família marcada para o mesmo dia.
alerts-acknowledge = Confirmar
alerts-acknowledging = Um momento…
alerts-note-needed = Escreva o que fez antes de confirmar o alerta.
alerts-acknowledged = Alerta de { $name } confirmado.
alerts-already = Outra pessoa já confirmou este alerta.
alerts-refresh = Ver se há novos alertas
alerts-her-results = Os resultados dela

## Recording a questionnaire given in clinic.

screening-record-title = Guardar um questionário feito na consulta
screening-find-label = Procurar uma mãe: nome, telefone, e-mail ou número do NHS
screening-find = Procurar
screening-find-none = Ninguém encontrado. As mães que acompanha são encontradas pelo nome; as outras pessoas, só pelo telefone, e-mail ou número do NHS exatos.
# A button on each mother found.
screening-choose-mother = Escolher { $name }
screening-for = Questionários de { $name }
screening-change-mother = Escolher outra pessoa
screening-instrument-label = Questionário
screening-language-label = Idioma em que responde
screening-validated-yes = A versão neste idioma está validada.
screening-validated-no = A versão neste idioma não está validada: interprete o resultado com cuidado.
screening-wording-not-installed = O texto licenciado da EPDS não está instalado para esta língua, por isso a EPDS não pode ser usada nela: escolha PHQ-9, GAD-2 ou Whooley.
screening-record-start = Começar o questionário
screening-cancel = Cancelar

## The result, for staff.

screening-staff-result-title = Resultado guardado
screening-staff-total = Total { $total }: { $band }
screening-staff-urgent = Pergunta de segurança com 1 ponto ou mais: acompanhamento de segurança no mesmo dia.
screening-staff-alert = Foi criado um alerta de segurança para a equipa que cuida dela.
screening-staff-anxiety = Subescala de ansiedade EPDS-3A: { $score }
screening-staff-validated = Versão no idioma: validada
screening-staff-not-validated = Versão no idioma: não validada
screening-record-another = Guardar outro
screening-band-none = abaixo do limiar
screening-band-possible = depressão possível
screening-band-probable = depressão provável: encaminhar para avaliação
screening-band-mild = leve
screening-band-moderate = moderada
screening-band-moderately-severe = moderadamente grave
screening-band-severe = grave
screening-band-positive = positivo: oferecer uma avaliação completa

## Her results over time: a small chart for each questionnaire.

screening-chart-title-epds = Totais da EPDS ao longo do tempo
screening-chart-title-phq9 = Totais do PHQ-9 ao longo do tempo
# The dashed lines across a chart: $score is where the line is drawn.
screening-chart-line-possible = { $score } possível
screening-chart-line-probable = { $score } provável
screening-chart-line-moderate = { $score } moderada
screening-chart-line-moderately-severe = { $score } moderadamente grave
screening-chart-summary =
    { $count ->
        [one] Um resultado: { $total } em { $date }
       *[other] { $count } resultados; o mais recente: { $total } em { $date }
    }
screening-chart-empty = Ainda não há resultados da EPDS nem do PHQ-9.
screening-chart-table = Mostrar como tabela
screening-chart-date = Data
screening-chart-total = Total
screening-chart-result = Resultado

## Check-ins a course schedules (at its start, week 6 and end)

# On My sessions, when a check-in her course scheduled is due.
due-screening-title = Tem um questionário de bem-estar para preencher
due-screening-intro = O seu curso pergunta a todas as participantes, em alguns momentos, como se sentem. Demora poucos minutos. Além das pessoas que cuidam da sua saúde, ninguém vê as suas respostas.
due-screening-point-baseline = Início do curso
due-screening-point-week6 = Semana 6 do curso
due-screening-point-end = Fim do curso
# $date is a date such as "Monday 14 December".
due-screening-until = Por favor, preencha até { $date }
due-screening-start = Preencher o questionário
# Staff: a mother's scheduled check-ins, beside her chart.
schedule-title = Questionários agendados
schedule-empty = Nenhum curso em que está inscrita agendou um questionário.
schedule-due-on = prazo { $date }
schedule-status-upcoming = Ainda não disponível
schedule-status-due = Para fazer agora
schedule-status-done = Feito
schedule-status-overdue = Em atraso
# Coordinators: a course's screening schedule, under the session form.
schedule-edit-title = Calendário de rastreio
schedule-edit-intro = As mães inscritas neste curso são convidadas a preencher este questionário nos momentos que assinalar e recebem um lembrete quando cada um chega.
schedule-edit-instrument = Questionário
schedule-edit-points = Quando
schedule-edit-save = Guardar o calendário

## My sessions: the days she did a check-in; which questionnaire only after her PIN.
checkins-title = Os meus questionários
checkins-none = Ainda não há questionários.
checkins-intro = Os dias em que respondeu a um questionário. Para ver qual foi, introduza o seu PIN ou a sua palavra-passe.
checkins-password-label = Ou a sua palavra-passe
checkins-password-wrong = Essa não é a sua palavra-passe.
checkins-show = Mostrar qual
screening-not-shared = Os questionários dela não são partilhados consigo: ela não aceitou partilhá-los com a equipa que a acompanha, ou não está ao seu cuidado. Os alertas de segurança sobre ela continuam a chegar a essa equipa.
