# PeriLink interface text: Portuguese (pt), a mother's own screens: finding
# sessions, a session's page, booking, making an account, and My sessions.
# Translated from the English source file (en/find.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - Same approach as main.ftl: written to be understood by speakers from Portugal
#   and Brazil alike. No "tu" or "você", no "a fazer" / "fazendo" forms, and
#   words that differ between the two are avoided where possible ("criança"
#   rather than bebé/bebê, "número de telefone" rather than telemóvel/celular,
#   "Transferir" rather than descarregar/baixar).
# - "Session" is "sessão"; "book" is "reservar"; "enrol" is "inscrever-se";
#   "waiting list" is "lista de espera".
# - Dates ($date, $weekday) and times ($start, $end) arrive already written in
#   Portuguese by the phone, such as "terça-feira, 25 de novembro" and "10:30".
# - $price arrives written with a dot (3.50), so "£{ $price }" is kept.
# - The plural rules the app uses put 0 under "one", so counts that can be 0
#   have their own [0] line.
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## Names used on several screens

# Kinds of session: the filter buttons on Find, and a label on each session.
kind-esol = Aulas de inglês (ESOL)
kind-rhyme-time = Rimas infantis
kind-singing = Grupos de canto
kind-breastfeeding-support = Apoio à amamentação
kind-advice = Aconselhamento sobre dinheiro e trabalho
kind-other = Outros grupos

# The name of a language, from its code ($tag), on a session's language labels.
# Add or keep a line for each code; an unknown code shows the code itself.
language-name =
    { $tag ->
        [en] Inglês
        [ar] Árabe
        [pl] Polaco
        [pt] Português
        [ro] Romeno
        [ckb] Curdo sorani
        [fa] Persa (farsi)
        [ur] Urdu
        [bn] Bengali
        [so] Somali
        [ti] Tigrínia
        [zh-Hans] Chinês
        [zh] Chinês
        [prs] Dari
        [ps] Pastó
        [kmr] Curdo kurmanji
        [am] Amárico
        [tr] Turco
        [fr] Francês
        [es] Espanhol
       *[other] { $tag }
    }

# Shown beside a title or text that nobody has translated yet, so it is in English.
not-translated = Em inglês: ainda sem tradução

## Find page
# The page's title is find-title in main.ftl.

# The box of search choices: its name, and the folded panel's heading.
find-filters = Opções de pesquisa
find-kind-label = Que tipo de sessão?
find-language-label = Em que idioma?
find-language-any = Qualquer idioma
find-near-label = Perto de (código postal)
find-near-hint = Um código postal como L8 1XF, ou só a primeira parte, como L8.
find-radius-label = A que distância?
# $km is a whole number of kilometres, in the list of distances.
find-radius = Até { $km } km
find-search = Procurar
find-more-choices = Mais opções
find-free-only = Só sessões gratuitas
find-time-label = Em que parte do dia?
find-time-morning = De manhã
find-time-afternoon = À tarde
find-time-evening = À noite
find-results = Sessões
find-loading = Um momento, procuramos sessões…
# $count is how many dates match, across all pages.
find-count =
    { $count ->
        [0] Não foi encontrada nenhuma sessão.
        [one] Foi encontrada { $count } sessão.
       *[other] Foram encontradas { $count } sessões.
    }
find-empty = Nenhuma sessão corresponde às suas escolhas. Tente uma distância maior, outro idioma ou menos opções.
find-clear = Limpar as minhas escolhas
find-loosen = { $choice } ({ $count })
find-any-time = Qualquer parte do dia
find-paid-too = Também sessões pagas
find-any-kind = Qualquer tipo de sessão
find-anywhere = Em qualquer lugar
# $place is what she typed in the postcode box.
find-error-unknown-place = Não conhecemos o local «{ $place }». Verifique o código postal, ou tente só a primeira parte, como L8.
# $place is what she typed in the postcode box.
find-error-bad-place = «{ $place }» não é um código postal. Tente um código postal como L8 1XF, ou só a primeira parte, como L8.
find-more = Mostrar mais sessões
find-more-loading = Aguarde…

## A session on the Find page

# $date is a day like "Tuesday 25 November"; $start and $end are times.
find-when = { $date }, das { $start } às { $end }
# $venue is a place's name, such as "Toxteth Library"; $town is a town.
find-venue = { $venue }, { $town }
# $km is a distance such as 1.2.
find-distance = A { $km } km de distância
# A label for a language an interpreter or bilingual helper speaks. $language is
# a language's name, such as "Arabic".
find-interpreter = Intérprete: { $language }
find-drop-in = Entrada livre: não é preciso reservar
find-booking = Reservar lugar
find-course = Um curso: inscrição para todas as semanas
find-full = Sem lugares: pode entrar na lista de espera
# $count is how many places are left (1 or more).
find-places-left =
    { $count ->
        [one] Resta { $count } lugar
       *[other] Restam { $count } lugares
    }
find-free = Gratuito
# $price is an amount in pounds, such as 3.50.
find-price = £{ $price }

## A session's page

session-not-found-title = Sessão não encontrada
session-not-found = Não foi possível encontrar esta sessão. Pode já ter terminado, ou os dados estão em verificação.
session-find-others = Procurar outras sessões
session-booking = Reserva
session-drop-in = Não é preciso reservar. É só aparecer!
session-course-intro = Isto é um curso. Faça a inscrição uma vez e tem lugar todas as semanas.
session-book-intro = Escolha uma data e reserve o seu lugar.
session-course-full = O curso está cheio. Pode entrar na lista de espera e avisamos quando houver um lugar livre.
session-date-full = Esta data está cheia. Pode entrar na lista de espera e avisamos quando houver um lugar livre.
session-enrol = Inscrever-se no curso
session-book = Reservar
session-join-waiting-list = Entrar na lista de espera
session-account-needed = Para reservar, é preciso ter uma conta gratuita. Depois, voltamos a esta página.
session-booking-working = Um momento, reservamos o seu lugar…
# $date is a day like "Tuesday 25 November".
session-booked = Tem um lugar reservado: { $date }.
# $date is a day like "Tuesday 25 November".
session-already-booked = Já tem um lugar reservado: { $date }.
session-enrolled = Está inscrita no curso. Até breve!
session-already-enrolled = Já está inscrita neste curso.
# $position is her place in the queue: 1 means she is next.
session-waiting =
    { $position ->
        [one] Está na lista de espera. É a próxima.
       *[other] Está na lista de espera. É a número { $position }.
    }
session-see-my-sessions = Ver Minhas sessões
session-book-mothers-only = Só as mães podem reservar lugares, com a sua própria conta.
session-book-closed = Já não é possível reservar esta data. Por favor, escolha outra.
session-about = Sobre esta sessão
session-for-whom = Para quem é?
session-for-pregnant = Grávidas
# $min and $max are ages in whole months.
session-for-babies = Mães com crianças entre { $min } e { $max } meses
# $max is an age in whole months.
session-for-babies-up-to = Mães com crianças de { $max } meses ou menos
# $min is an age in whole months.
session-for-babies-from = Mães com crianças de { $min } meses ou mais
session-for-everyone = Todas as mães são bem-vindas
session-bring = O que trazer
session-languages = Idiomas
session-interpreter-note = Há um intérprete ou uma pessoa que fala estes idiomas.
session-when = Quando
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-weekly = Todas as semanas: { $weekday }, das { $start } às { $end }
# $weekday is a day of the week, like "Tuesday"; $start and $end are times.
session-fortnightly = De duas em duas semanas: { $weekday }, das { $start } às { $end }
# $date is a day like "Tuesday 25 November".
session-until = Até { $date }
session-next-dates = Próximas datas
session-cancelled = Cancelada: não há sessão neste dia
# Beside a date she has just booked.
session-date-yours = ✓ Tem lugar
# Beside a date whose waiting list she has just joined.
session-date-waiting = Está na lista de espera
session-add-to-calendar = Adicionar ao meu calendário
session-where = Onde
session-access = Acesso
session-step-free = Sem degraus: não há escadas
session-not-step-free = Há degraus
session-buggy-space = Espaço para carrinhos
session-no-buggy-space = Sem espaço para carrinhos
session-baby-change = Espaço para mudar fraldas
session-no-baby-change = Sem espaço para mudar fraldas
session-breastfeeding-welcome = Amamentação bem-vinda
session-breastfeeding-not-said = Pergunte no local sobre a amamentação
session-getting-there = Como chegar
session-map = Ver no mapa
session-report-wrong = Esta informação está errada
session-report-what = O que está errado?
session-report-reason-time = O dia ou a hora
session-report-reason-place = O local
session-report-reason-cancelled = Já não se realiza
session-report-reason-other = Outra coisa
session-report-thanks = Obrigado por nos avisar. Vamos verificar esta sessão.

## Make an account (sign up)

sign-up-title = Criar uma conta gratuita
sign-up-intro = Com uma conta, pode reservar lugares e ver as suas sessões.
sign-up-name = O seu nome
sign-up-contact = Número de telefone ou e-mail
sign-up-contact-hint = Vai usar isto para entrar. Não o damos a ninguém.
sign-up-language = O seu idioma
sign-up-password = Escolha uma senha
# $count is the fewest characters a password may have.
sign-up-password-hint = Pelo menos { $count } letras, números ou símbolos.
sign-up-submit = Criar a minha conta
sign-up-working = Um momento…
sign-up-error-name = Por favor, escreva o seu nome.
sign-up-error-contact = Por favor, escreva o seu número de telefone ou o seu e-mail.
sign-up-error-phone = Esse número de telefone não parece certo. Escreva assim: 07700 900123.
sign-up-error-email = Esse e-mail não parece certo. Por favor, verifique.
sign-up-error-password = A senha é curta demais. Por favor, use pelo menos 8 letras, números ou símbolos.
sign-up-error-invalid = Há algo errado. Por favor, verifique o que escreveu.
sign-up-have-account = Já tem conta?
sign-up-continue = Continuar
sign-up-code-sent = Enviámos uma mensagem para { $contact }. Escreva aqui o código de 6 dígitos que ela traz. Se a mensagem disser que já tem uma conta, inicie sessão.
sign-up-demo-code = Esta é a demonstração, por isso nenhuma mensagem é enviada de verdade. O seu código é { $code }.
sign-up-change = Alterar os meus dados
# On the sign-in page and the home page, for a mother without an account.
sign-in-no-account = É a primeira vez no { -brand-name }?
sign-in-make-account = Criar uma conta gratuita
home-new-here = É mãe? Crie uma conta gratuita para reservar sessões.

## My sessions
# The page's title is start-mother in main.ftl.

my-intro = Os seus lugares, cursos e listas de espera.
my-sign-in-needed = Entre na sua conta, ou crie uma conta gratuita, para ver as suas sessões.
my-empty = Ainda não reservou nada.
my-find = Encontrar uma sessão
my-status-booked = Reservado
my-status-enrolled = Inscrita no curso
# $position is her place in the queue: 1 means she is next.
my-status-waiting =
    { $position ->
        [one] Lista de espera: é a próxima
       *[other] Lista de espera: número { $position }
    }
# For a course. $date is its next day, like "Tuesday 25 November"; $start and $end are times.
my-next-date = Próxima: { $date }, das { $start } às { $end }
# When there is no date to show. $start and $end are times.
my-times = Das { $start } às { $end }
my-cancel = Cancelar o meu lugar
my-leave-waiting = Sair da lista de espera
my-cancel-confirm = Quer mesmo cancelar? Outra pessoa pode ficar com o seu lugar.
my-cancel-yes = Sim, cancelar
my-cancel-no = Não, manter
my-cancelled = Pronto. O seu lugar foi cancelado.
my-calendar-title = O seu calendário
my-calendar-intro = Ponha as suas sessões no calendário do telefone. As novas reservas aparecem lá sozinhas.
my-calendar-get = Adicionar as minhas sessões ao calendário
my-calendar-subscribe = Abrir no meu calendário
my-calendar-download = Transferir o calendário

## My sessions: what she went to.
my-history-title = Sessões a que foi
my-history-empty = Ainda não há nada aqui. Depois de ir a uma sessão, ela aparece aqui.
my-history-present = Foi
my-history-absent = Faltou
my-history-apologies = Avisou que não podia vir
