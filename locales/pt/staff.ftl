# PeriLink interface text: Portuguese (pt), the staff screens.
# Translated from the English source file (en/staff.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - Same approach as main.ftl: no "tu" or "você", no "a fazer" / "fazendo"
#   forms, and words that differ between Portugal and Brazil are avoided where
#   possible. Where they cannot be avoided, the European word is used
#   ("Guardar", "Morada", "Autocarros", "período" for a school term).
# - Gendered forms are avoided, so the text suits women and men
#   (e.g. "Última verificação: hoje", "A cargo de ...").
# - "Session" is "sessão"; "venue" is "local"; "listing" is "ficha";
#   "host" is "responsável pela sessão"; "directory" is "diretório".
# - Numbers must be typed with a dot (53.4), not a comma: the error message says so.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Coordinator: keeping the directory right

coord-title = Manter o diretório em dia
coord-intro = Adicione e altere sessões, programas e locais, e verifique as fichas. As mães veem as suas alterações de imediato.
# The name screen readers give to the row of buttons that switch between parts of the page.
coord-tabs-label = Partes do diretório
coord-tab-check = Para verificar
coord-tab-sessions = Sessões
coord-tab-programmes = Programas
coord-tab-venues = Locais
coord-tab-organisations = Organizações

## Saving

coord-save = Guardar
coord-working = Um momento…
coord-saved = Guardado. As mães já veem a alteração.
coord-new = Em vez disso, criar uma ficha nova
coord-edit = Editar
# The first, empty choice in a drop-down list.
coord-choose = Escolha…
coord-error-invalid = Faltam alguns dados ou há dados errados. Verifique o formulário e tente novamente.
coord-error-postcode = Não conhecemos esse código postal. Verifique-o ou escreva a latitude e a longitude.
coord-error-gone = Outra pessoa alterou ou removeu isto. Recarregue a página e tente novamente.
coord-error-number = Verifique os números: use só algarismos (e um ponto), por exemplo 12 ou 53.4.
coord-error-times = A hora de fim tem de ser depois da hora de início.

## Listings to check

coord-stale-title = Fichas para verificar
coord-stale-intro = As fichas que não são verificadas há 90 dias têm de ser verificadas. Após 120 dias, as mães deixam de as ver. Confirme os dados com o local ou com a pessoa responsável pela sessão e depois marque a ficha como verificada.
coord-stale-none = Todas as fichas foram verificadas nos últimos 90 dias.
coord-kind-venue = Local
coord-kind-programme = Programa
coord-kind-session = Sessão
# $days is a whole number of days.
coord-last-checked =
    { $days ->
        [0] Última verificação: hoje
        [one] Última verificação: há { $days } dia
        [many] Última verificação: há { $days } de dias
       *[other] Última verificação: há { $days } dias
    }
coord-flagged = Para verificar
coord-hidden = Invisível para as mães
coord-owner-you = Está a seu cargo
# $name is the name of the member of staff who looks after the listing.
coord-owner = A cargo de { $name }
coord-mark-checked = Confirmar verificação
# $weekday is a day such as "Monday", $start a time such as "10:30", $venue a place.
coord-session-when = { $weekday }, às { $start }, { $venue }

## Reports of wrong information

coord-reports-title = Avisos de que algo está errado
coord-reports-none = Não há avisos em aberto.
coord-messages-title = Mensagens de texto e emails
coord-messages-undelivered = Não entregues nos últimos 7 dias: { $count }
coord-messages-stuck = À espera de envio há mais de 30 minutos: { $count }
coord-report-no-note = A pessoa não disse o que está errado.
# $date is a date written as 2026-11-23.
coord-reported-on = Aviso de { $date }
coord-report-open = Ver a página da sessão
coord-resolve = Marcar como resolvido

## Days of the week

coord-weekday-1 = Segunda-feira
coord-weekday-2 = Terça-feira
coord-weekday-3 = Quarta-feira
coord-weekday-4 = Quinta-feira
coord-weekday-5 = Sexta-feira
coord-weekday-6 = Sábado
coord-weekday-7 = Domingo

## Organisations

coord-organisation-new = Adicionar uma organização
coord-organisation-edit = Alterar esta organização
coord-field-name = Nome
coord-field-kind = Tipo de organização
coord-field-website = Site
coord-org-kind-nhs_trust = Entidade do NHS (NHS trust)
coord-org-kind-library_service = Serviço de bibliotecas
coord-org-kind-charity = Instituição de caridade
coord-org-kind-council = Câmara municipal (council)
coord-org-kind-other = Outro

## Venues

coord-venue-new = Adicionar um local
coord-venue-edit = Alterar este local
coord-field-organisation = Organização
coord-field-address = Morada
coord-field-town = Localidade
coord-field-postcode = Código postal
coord-field-place-hint = Deixe a latitude e a longitude em branco para encontrar o local pelo código postal.
coord-field-lat = Latitude
coord-field-lon = Longitude
coord-field-step-free = Acesso sem degraus
coord-field-buggy-space = Espaço para carrinhos
coord-field-baby-change = Espaço para mudar fraldas
coord-field-breastfeeding = Amamentação bem-vinda
coord-field-bus-routes = Autocarros perto

## Programmes

coord-programme-new = Adicionar um programa
coord-programme-edit = Alterar este programa
coord-field-programme-kind = O que oferece
coord-programme-kind-esol = Aulas de inglês (ESOL)
coord-programme-kind-rhyme_time = Rimas infantis
coord-programme-kind-singing = Grupo de canto
coord-programme-kind-breastfeeding_support = Apoio à amamentação
coord-programme-kind-advice = Aconselhamento sobre dinheiro, trabalho e habitação
coord-programme-kind-other = Outra coisa
coord-field-for-pregnant = Aberto a grávidas
coord-field-baby-min = Idade mínima da criança, em meses
coord-field-baby-max = Idade máxima da criança, em meses
coord-field-cost = Preço por sessão, em pence (0 = gratuito)
coord-field-booking = Reserva
coord-booking-booking = É preciso reservar lugar
coord-booking-drop_in = Entrada livre, sem reserva
coord-field-format = Como funciona
coord-format-course = Curso: as mães inscrevem-se para o período todo
coord-format-ongoing = Semana a semana, sem data de fim
coord-english-words = Em inglês
coord-field-title = Título
coord-field-description = Descrição
coord-field-what-to-bring = O que trazer
coord-translations-title = Noutros idiomas
coord-translations-intro = Escolha um idioma para adicionar ou alterar o texto do programa nesse idioma.
coord-field-language = Idioma
coord-save-translation = Guardar este idioma
# $count is how many languages the programme has words in.
coord-translation-count =
    { $count ->
        [0] Em { $count } idiomas
        [one] Em { $count } idioma
        [many] Em { $count } de idiomas
       *[other] Em { $count } idiomas
    }

## Sessions

coord-session-new = Adicionar uma sessão
coord-session-edit = Alterar esta sessão
coord-field-programme = Programa
coord-field-venue = Local
coord-field-host = Responsável pela sessão
coord-field-frequency = Frequência
coord-frequency-weekly = Todas as semanas
coord-frequency-fortnightly = De duas em duas semanas
coord-field-weekday = Dia
coord-field-start = Começa às
coord-field-end = Termina às
coord-field-starts-on = Primeiro dia do período
coord-field-ends-on = Último dia do período
coord-field-ends-on-hint = Deixe em branco se a sessão não tiver data de fim.
coord-field-capacity = Lugares
coord-field-capacity-hint = Deixe em branco se não houver limite.
coord-field-languages = Idiomas usados na sessão
coord-field-interpreter-languages = Idiomas com intérprete ou com apoio de alguém que fala as duas línguas
coord-field-cancelled = Datas sem sessão
coord-field-cancel-date = Outra data sem sessão
coord-add-date = Adicionar esta data
coord-no-cancelled = Nenhuma data foi cancelada.
coord-remove = Remover
# $date is a date written as 2026-12-25.
coord-remove-date = Remover { $date }
coord-session-words-title = Título próprio da sessão
coord-session-words-intro = Uma sessão pode ter um título próprio, como «Rimas infantis em árabe e inglês». Deixe em branco para usar o título do programa.

## Anúncios de outros diretórios (feeds Open Referral UK)

feeds-title = Anúncios de outros diretórios
feeds-back = Voltar ao diretório
feeds-intro = O PeriLink pode copiar sessões de outro diretório que publique no formato Open Referral UK, para que não as escreva de novo. Lê cada feed todos os dias. Se alterar aqui um anúncio copiado, as alterações seguintes do feed esperam pela sua aprovação.
feeds-add-title = Adicionar um feed
feeds-field-url = O endereço do feed
feeds-field-url-hint = O endereço onde os serviços estão listados, por exemplo https://example.org/openreferral
feeds-field-take = Que serviços copiar
feeds-take-all = Todos
feeds-take-taxonomy_term = Os de uma categoria
feeds-take-text = Os que mencionam certas palavras
feeds-field-take-value = O identificador da categoria, ou as palavras
feeds-add = Adicionar o feed
feeds-list-title = Os seus feeds
feeds-none = Ainda não adicionou nenhum feed.
feeds-counts = Anúncios: { $services }. À sua espera: { $waiting }. Já não estão no feed: { $gone }.
feeds-never-read = Ainda não foi lido. É lido no minuto seguinte a ser adicionado.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
feeds-last-read = Lido pela última vez em { $when }.
feeds-run-done = Novos: { $created }. Atualizados: { $updated }. À sua espera: { $waiting }. Já não estão no feed: { $gone }. Não foi possível copiar: { $skipped }.
feeds-problem-unreachable = Nada foi alterado. O PeriLink não conseguiu chegar ao feed, ou ele demorou demasiado a responder. Verifique o endereço.
feeds-problem-server-error = Nada foi alterado. O feed respondeu com um erro. Verifique o endereço, ou espere pela próxima leitura.
feeds-problem-not-json = Nada foi alterado. Este endereço envia uma página web, não um feed. Verifique o endereço.
feeds-problem-wrong-schema = Nada foi alterado. O feed não está no formato Open Referral UK versão 3.
feeds-problem-endless-pages = Nada foi alterado. As páginas do feed nunca acabam. Avise quem gere o feed.
feeds-problem-too-big = Nada foi alterado. O feed é demasiado grande para o PeriLink copiar.
feeds-error-address-refused = O PeriLink só lê feeds da internet pública. Este endereço está numa rede privada ou local.
feeds-error-busy = Este feed está a ser lido agora. Espere um minuto e veja de novo.
feeds-details = O que aconteceu, em pormenor (em inglês)
feeds-read-now = Ler agora
feeds-reading = A ler…
feeds-show-listings = Os seus anúncios
feeds-no-listings = Ainda nada foi copiado deste feed.
feeds-side-title = Título
feeds-side-description = Descrição
feeds-side-mine = A sua versão
feeds-side-theirs = A alteração do feed
feeds-approve = Usar a alteração do feed
feeds-reject = Manter a sua
feeds-waiting = À sua espera
feeds-gone = Já não está no feed
feeds-edited-here = Alterado aqui
feeds-duplicates-count = Parecem ofertas que já tem: { $count }. Abra as ofertas do feed para decidir.
feeds-duplicates-title = Já divulga estas?
feeds-duplicates-intro = Estas sessões do feed parecem sessões que já divulga: o mesmo local, o mesmo dia e hora e um nome parecido. Não são copiadas até decidir.
feeds-duplicate-mine = As suas
feeds-duplicate-theirs = As do feed
feeds-duplicate-link = São a mesma — ligá-las
feeds-duplicate-separate = São diferentes — mostrar ambas
feeds-error-decided = Isto já foi decidido. Veja novamente as ofertas do feed.

## A session's dates from a partner's calendar (.ics)

calendar-title = Datas de um calendário
calendar-intro = Se um parceiro, como uma biblioteca ou um centro infantil, mantém as datas desta sessão num calendário, o PeriLink pode ir buscá-las todos os dias. Um evento cancelado cancela a sua data, e as mães que a reservaram são avisadas.
calendar-url = Obter datas do endereço de um calendário (.ics)
calendar-words = Só eventos cujo título tenha estas palavras
calendar-words-hint = Deixe vazio para obter todos os eventos do calendário.
calendar-save = Guardar o endereço do calendário
calendar-read-now = Ler agora
calendar-never-read = Ainda não foi lido. É lido no minuto seguinte a ser guardado.
# $when is a date and time in London, written as the language writes them: 6 Dec, 09:00.
calendar-last-read = Lido pela última vez em { $when }.
calendar-read-done = Datas no próximo ano: { $dates }. Acrescentadas: { $added }. Canceladas: { $cancelled }. Mães avisadas: { $told }.
calendar-problem-unreachable = Nada foi alterado. O PeriLink não conseguiu chegar ao calendário, ou ele demorou demasiado a responder. Verifique o endereço.
calendar-problem-server-error = Nada foi alterado. O endereço do calendário respondeu com um erro. Verifique o endereço, ou espere pela próxima leitura.
calendar-problem-not-calendar = Nada foi alterado. Este endereço não envia um calendário que o PeriLink consiga ler. Verifique o endereço.
calendar-problem-no-events = Nada foi alterado. O calendário não tem eventos, ou nenhum com estas palavras no título.
calendar-problem-too-big = Nada foi alterado. O calendário é demasiado grande para o PeriLink o ler.
