# PeriLink interface text: Portuguese (pt).
# Translated from the English source file (en/main.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - Written to be understood by speakers from Portugal and Brazil alike: no
#   "tu" or "você", no "a fazer" / "fazendo" forms, and words that differ
#   between the two (bebé/bebê, registo/registro, ecrã/tela) are avoided
#   where possible. "Senha" is used for "password" (Portugal: "palavra-passe").
# - "Session" is "sessão"; "link worker" is "mediador" (community link worker).
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

-brand-name = PeriLink

## Page frame

# Shown in the browser tab.
app-title = { -brand-name }
# A link for keyboard and screen reader users, hidden until focused.
skip-to-content = Ir para o conteúdo principal
# The name screen readers give to the main menu.
nav-label = Menu principal
nav-home = Início
nav-find = Procurar sessões
nav-sign-in = Entrar
nav-sign-out = Sair
# Label of the menu that changes the language of the whole app.
language-picker-label = Idioma
language-picker-apply = Mudar
footer-text = { -brand-name } ajuda as mães a encontrar apoio acolhedor perto de casa.
loading = Aguarde…

## Home page

home-title = Grupos e ajuda para mães, no seu idioma
home-intro = Encontre aulas de inglês, sessões de rimas infantis, grupos de canto e apoio à amamentação perto da sua casa. Muitas são gratuitas e as crianças pequenas são bem-vindas.
home-find-button = Encontrar uma sessão perto de mim
home-staff-title = Para parteiras, mediadores e responsáveis pelas sessões
home-staff-intro = Entre na sua conta para encaminhar uma mãe, marcar as presenças ou ver como estão as sessões.
# $name is the signed-in person's name.
home-signed-in-as = Sessão iniciada como { $name }
# $place is the name of a page, such as "My sessions".
home-continue = Ir para: { $place }

## Roles, as the app names them to the person signed in

role-mother = Mãe
role-referrer = Parteira ou mediador(a)
role-host = Responsável pela sessão
role-coordinator = Coordenador(a)
role-admin = Administrador(a)

## Each role's starting page

start-mother = Minhas sessões
start-referrer = Meus encaminhamentos
start-host = Listas de presença de hoje
start-coordinator = Programas e relatórios
start-admin = Contas
start-your-details = Seus dados
start-detail-name = Nome
start-detail-role = Função
start-detail-job = Cargo
start-detail-organisation = Organização
start-detail-email = E-mail

## Find page

find-title = Encontrar uma sessão

## Sign in

sign-in-title = Entrar
sign-in-intro = Use o e-mail e a senha da sua conta { -brand-name }.
sign-in-email = E-mail
sign-in-password = Senha
sign-in-show-password = Mostrar senha
sign-in-submit = Entrar
sign-in-working = Um momento…
sign-in-error-credentials = O e-mail ou a senha estão errados. Por favor, tente novamente.
# $minutes is a whole number of minutes.
sign-in-error-throttled =
    { $minutes ->
        [one] Muitas tentativas. Por favor, aguarde { $minutes } minuto e tente novamente.
        [many] Muitas tentativas. Por favor, aguarde { $minutes } de minutos e tente novamente.
       *[other] Muitas tentativas. Por favor, aguarde { $minutes } minutos e tente novamente.
    }
sign-in-error-missing = Por favor, escreva o seu e-mail e a sua senha.
sign-in-needed = Por favor, entre na sua conta para ver esta página.
signed-out = Saiu da sua conta.

## Errors

error-network = Não foi possível conectar ao { -brand-name }. Verifique a sua internet e tente novamente.
error-generic = Ocorreu um erro. Por favor, tente novamente.
error-forbidden = A sua conta não tem acesso a esta página.
not-found-title = Página não encontrada
not-found-text = Não foi possível encontrar essa página.
not-found-home = Ir para a página inicial

## On every page: the menu's account links, and the demo's notice.
demo-banner = Esta é uma demonstração com pessoas inventadas. As contas de demonstração não precisam da verificação em dois passos; as contas reais de profissionais precisam.
nav-account = A minha conta
nav-people = Pessoas
nav-my-sessions = Minhas sessões
nav-check-in = Bem-estar
nav-admin = Contas
nav-my-referrals = Meus encaminhamentos
nav-register = Listas de presença
nav-incoming = Encaminhamentos
nav-directory = Diretório
nav-alerts = Alertas de segurança
# Day and month names, separated by |, and a long date: used only where the
# browser cannot write dates in this language itself.
date-weekdays = segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo
date-months = janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro
date-long = { $weekday }, { $day } de { $month }
checkin-title = Como se sente?
checkin-intro = Algumas perguntas privadas sobre as últimas duas semanas. Só a senhora e quem cuida de si vê as respostas.
checkin-start = Começar

## Errors any page may show: two-factor needed, a closed account.
error-totp-enrolment-required = Ative a verificação em dois passos para poder ver os dados das mães.
error-totp-required = Entre de novo com o código da aplicação de autenticação.
error-account-inactive = Esta conta foi encerrada. Fale com a coordenação se achar que é um erro.

## Safe on a shared phone: leaving quickly, the app's neutral names, the app lock.
# Words that say nothing about pregnancy or wellbeing: someone else may see them.
quick-exit = Sair rapidamente
quick-exit-hint = ou carregue duas vezes em Esc
neutral-name-diary = Diário do bebé
neutral-name-notes = Notas
lock-title = Introduza o seu PIN
lock-intro = Esta aplicação está bloqueada neste telemóvel. Introduza o seu PIN para a abrir.
lock-pin-label = PIN (4 a 6 números)
lock-open = Abrir
lock-not-a-pin = Um PIN tem 4 a 6 números.
lock-wrong = PIN errado. Tentativas restantes antes de terminar a sessão: { $left }
lock-forgot = Esqueceu-se do PIN? Termine a sessão e volte a entrar com a sua palavra-passe ou um código.
contact-channel-text = Mensagem de texto
contact-channel-email = Email
contact-channel-call = Chamada telefónica
error-wording-not-installed = Este questionário não está disponível nesta língua. Escolha outro.
