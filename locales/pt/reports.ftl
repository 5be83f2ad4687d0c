# PeriLink interface text: Portuguese (pt), outcome reports, for coordinators.
# Translated from the English source file (en/reports.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - Same approach as main.ftl and staff.ftl: no "tu" or "você", no "a fazer" /
#   "fazendo" forms, and words that differ between Portugal and Brazil are
#   avoided where possible ("proporção" rather than percentagem/porcentagem,
#   "dados" rather than registos/registros, "Transferir"). Staff text suits
#   women and men; column headings about mothers are feminine.
# - "Referral" is "encaminhamento"; "session" is "sessão"; "venue" is "local";
#   "directory" is "diretório"; "commissioners" is "entidades financiadoras".
# - { reports-suppressed } and { reports-hidden } are other messages: keep them.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The outcomes dashboard (/coordinator/outcomes), for coordinators and the people
## who fund the sessions. "Mothers" are the women referred to or coming to sessions.

reports-title = Resultados
reports-intro = O que aconteceu às mães encaminhadas: foram atendidas, voltaram às sessões e ficaram melhor?
# { reports-suppressed } and { reports-hidden } are shown exactly as in the tables.
reports-small-numbers = Para proteger a privacidade das mães, um número de 1 a 4 aparece como { reports-suppressed }, e uma proporção ou média calculada a partir dele não é mostrada ({ reports-hidden }).
# A link back to the coordinator's main page.
reports-back = Voltar ao diretório

## Choosing what to show

# The name screen readers give to the box of choices.
reports-filters = Datas e agrupamento
reports-from = De
reports-to = Até
reports-group-by = Agrupar por
reports-show = Mostrar
reports-error-dates = Verifique as datas: cada uma tem de ser um dia real, e «De» não pode ser depois de «Até».

# What a report's rows can be.
reports-group-programme = Programa
reports-group-kind = Tipo de sessão
reports-group-venue = Local
reports-group-language = Idioma da mãe
reports-group-interpreter = Necessidade de intérprete
# Referrals not yet placed at a particular session, in a table grouped by venue.
reports-group-unplaced = Ainda sem sessão escolhida
reports-interpreter-yes = Precisa de intérprete
reports-interpreter-no = Não precisa de intérprete
# The last row of a table: every group together.
reports-total = Total

## The parts of the page

reports-referrals-title = Encaminhamentos
reports-referrals-intro = Encaminhamentos feitos entre estas datas e até onde chegou cada um.
reports-funnel-chart = Do encaminhamento ao fim, todos os encaminhamentos
reports-attendance-title = Presenças
reports-attendance-intro = Sessões realizadas entre estas datas: quem veio, quem voltou e quem espera por um lugar.
reports-screening-title = Mudança na pontuação da EPDS
reports-screening-intro = Mães que preencheram a EPDS no início de um curso e de novo na semana 6 ou no fim. Uma pontuação mais baixa é melhor; 13 ou mais significa depressão provável.
reports-screening-chart = Pontuação média da EPDS no início, na semana 6 e no fim
reports-equity-title = Justo para todas as mães?
reports-equity-intro = Os mesmos números, por idioma da mãe e por necessidade de intérprete.
reports-records-title = Dados dos encaminhamentos
reports-records-intro = Uma linha por cada encaminhamento feito entre estas datas, como descreve a norma PRSB Social Prescribing Information Standard, sem nomes. Para entidades financiadoras (commissioners) e sistemas do NHS.
reports-records-csv = Transferir os dados dos encaminhamentos (CSV)
reports-records-fhir = Transferir os dados dos encaminhamentos (FHIR)
reports-downloading = Um momento…

## Tables and charts

reports-download-csv = Transferir esta tabela (CSV)
reports-table-empty = Não há dados entre estas datas.
reports-chart-empty = Não há nada para mostrar no gráfico entre estas datas.
# Before a list of groups too small to draw.
reports-chart-not-shown = Fora do gráfico, menos de 5 mães:
# The dashed line on the EPDS chart.
reports-chart-probable = 13: depressão provável
# The three points in time on the EPDS chart.
reports-chart-baseline = Início
reports-chart-week6 = Semana 6
reports-chart-end = Fim
# A column of the EPDS table: which later screening the start is compared with.
reports-follow-up = Comparado com
reports-follow-up-week6 = Semana 6
reports-follow-up-end = Fim do curso
# Shown instead of a count from 1 to 4. Keep it short.
reports-suppressed = <5
# Read out by screen readers instead of { reports-suppressed }.
reports-suppressed-label = menos de 5
# Shown instead of a share or average that is not shown.
reports-hidden = –
reports-hidden-label = não mostrado
# A percentage. $value is a number such as 55.6.
reports-percent = { $value }%
# A number of days. $value is a number such as 3.5.
reports-days = { $value } dias

## Column headings

reports-col-sent = Encaminhadas
reports-col-accepted = Aprovadas
reports-col-booked = Com data marcada
reports-col-attending = Vieram pelo menos uma vez
reports-col-completed = Concluíram
reports-col-declined = Recusadas
reports-col-withdrawn = Desistiram
reports-col-did-not-attend = Deixaram de vir
reports-col-attended-percent = Proporção que veio
reports-col-median-days-to-attend = Dias antes da primeira sessão (mediana)
reports-col-sessions-held = Sessões realizadas
reports-col-attendances = Presenças
reports-col-mothers = Mães que vieram
reports-col-mothers-3-plus = Vieram 3 vezes ou mais
reports-col-waiting = Na lista de espera
reports-col-paired = Mães com duas pontuações
reports-col-mean-baseline = Pontuação média no início
reports-col-mean-follow-up = Pontuação média depois
reports-col-mean-change = Mudança média
reports-col-fell-4-plus = Pontuação desceu 4 ou mais
reports-col-fell-4-plus-percent = Proporção com pontuação 4 ou mais abaixo
reports-col-probable-at-baseline = 13 ou mais no início
reports-col-left-probable = Destas, agora abaixo de 13
reports-col-left-probable-percent = Proporção agora abaixo de 13
reports-col-unvalidated = Dos pares, feitos numa tradução não validada
