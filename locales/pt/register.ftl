# PeriLink interface text: Portuguese (pt), the register, for session hosts.
# Translated from the English source file (en/register.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - Same approach as main.ftl and staff.ftl: no "tu" or "você", no "a fazer" /
#   "fazendo" forms, and words that differ between Portugal and Brazil are
#   avoided where possible ("criança de colo" rather than bebé/bebê, "sem
#   internet" rather than sem rede/sem sinal). Where they cannot be, the
#   European word is used ("guardar").
# - "Register" is "lista de presença", as in main.ftl; a "mark" is "marcação";
#   "sent apologies" is "falta justificada"; a "walk-in" is someone "sem reserva".
# - Staff text suits women and men. Words about the people on the register
#   (mothers) are feminine.
# - The plural rules the app uses put 0 under "one", so counts that can be 0
#   have their own [0] line.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The page

register-title = Listas de presença
register-new-referrals =
    { $count ->
        [one] Um novo encaminhamento por responder
       *[other] { $count } novos encaminhamentos por responder
    }
register-intro = Toque uma vez para cada pessoa. As marcações ficam primeiro guardadas neste telefone e depois são enviadas, por isso pode fazer a lista de presença sem internet.
register-sign-in-needed = Por favor, entre na sua conta para fazer a lista de presença.
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [0] Não há marcações guardadas neste telefone.
        [one] { $count } marcação está guardada neste telefone. Vai ser enviada depois de entrar na conta.
       *[other] { $count } marcações estão guardadas neste telefone. Vão ser enviadas depois de entrar na conta.
    }
register-offline-nothing = Sem conexão, e ainda não há nenhuma lista de presença guardada neste telefone. Abra esta página uma vez com internet; depois, também funciona sem internet.
# $time is when the register was saved, such as "09:15".
register-offline-saved = Sem conexão: esta é a lista de presença guardada neste telefone às { $time }.
register-not-saved = A lista de presença deste dia não está guardada neste telefone. Abra esta página com internet para a carregar.
register-no-sessions = Não tem sessões neste dia.

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = Dia
# Read by screen readers on today's button.
register-today = Hoje

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = Das { $start } às { $end }, { $venue }
register-cancelled = Esta data foi cancelada.
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = Marcadas: { $marked } de { $expected }. Presentes: { $present }.
register-nobody = Ainda não se espera ninguém. Acrescente abaixo as pessoas que vierem.
register-replies = Mensagens das mães sobre esta data

## A person on the register

# $name is her baby's first name.
register-baby = Criança: { $name }
register-interpreter = Precisa de intérprete
# Why she is on the register.
register-because-booked = Com reserva
register-because-enrolled = Inscrita no curso
register-because-referred = Encaminhada
register-because-walk-in = Sem reserva
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = Marcar { $name }
register-present = Presente
register-absent = Faltou
register-apologies = Falta justificada
register-babies = Crianças de colo
register-children = Outras crianças
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = Menos uma criança de colo com { $name }
register-more-babies = Mais uma criança de colo com { $name }
register-fewer-children = Menos uma criança com { $name }
register-more-children = Mais uma criança com { $name }

## Where a mark is

register-mark-waiting = À espera de envio
register-mark-sent = Enviada
register-mark-superseded = Enviada, mas conta uma marcação posterior de outro telefone
register-mark-refused = Recusada
# A button that removes a mark that was not accepted.
register-mark-discard = Remover

## Sending

register-online = Online
register-offline = Offline: as marcações ficam neste telefone
register-sync-none = Ainda não há marcações.
register-sync-all-sent = Todas as marcações foram enviadas.
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [0] Não há marcações à espera de envio.
        [one] { $count } marcação à espera de envio.
       *[other] { $count } marcações à espera de envio.
    }
register-sync-sending = Envio em curso…
register-sync-offline = Sem conexão. As marcações estão seguras neste telefone e vão ser enviadas quando a conexão voltar.
register-sync-sign-in = Entre de novo na sua conta para as enviar.
register-sync-trouble = O { -brand-name } não conseguiu recebê-las agora. Vai tentar de novo.
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [0] Nenhuma marcação foi recusada.
        [one] { $count } marcação foi recusada. Verifique na lista de marcações abaixo.
       *[other] { $count } marcações foram recusadas. Verifique na lista de marcações abaixo.
    }
register-sync-now = Enviar agora
register-storage-failed = Este telefone não conseguiu guardar as marcações. Mantenha esta página aberta até serem enviadas.
# The heading of the list of the day's marks; $count is how many.
register-device-marks = Marcações neste telefone ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }. { $state }.

## Walk-ins

register-walk-in = Acrescentar alguém que veio sem reserva
register-walk-in-search = Procurar nas suas listas de presença
register-walk-in-search-hint = Escreva parte do primeiro nome dela.
# $name is her first name.
register-walk-in-pick = Acrescentar { $name }
register-walk-in-none-found = Ninguém nas suas listas tem esse nome. Crie uma ficha nova abaixo.
register-walk-in-new = Ficha nova
register-walk-in-name = Primeiro nome
register-walk-in-phone = Número de telefone (se tiver)
register-walk-in-phone-hint = Um número do Reino Unido, como 07700 900123. Deixe em branco se ela não tiver.
register-walk-in-language = O idioma dela
register-walk-in-babies = Crianças de colo com ela
register-walk-in-children = Outras crianças com ela
register-walk-in-add = Acrescentar e marcar como presente
# $name is her first name.
register-walk-in-added = { $name } está na lista de presença, marcada como presente.
register-walk-in-error-name = Escreva o primeiro nome dela.
register-walk-in-error-phone = Esse não é um número de telefone do Reino Unido. Verifique ou deixe em branco.
