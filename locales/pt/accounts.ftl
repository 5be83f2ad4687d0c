# PeriLink interface text: Portuguese (pt), accounts: joining from an invitation,
# passwords, signing in with a code, two-factor sign-in, devices and People.
# Translated from the English source file (en/accounts.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - As in main.ftl: understood in Portugal and Brazil alike, no "tu" or "você";
#   "senha" for password. "Two-factor sign-in" is "verificação em dois passos";
#   an "authenticator app" is "aplicação de autenticação".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = Verifique os dados e tente de novo.
account-error-conflict = Isto já existe. Verifique a lista.

## New passwords (joining, setting up, resetting)

password-new = Nova senha
# $count is the fewest characters a password may have.
password-rules = Pelo menos { $count } caracteres. Três ou quatro palavras fáceis de lembrar fazem uma senha forte. Pode colar uma senha de um gestor de senhas.
password-error-short = A senha precisa de pelo menos { $count } caracteres.
password-error-long = Esta senha é demasiado longa. Escolha uma mais curta.
password-error-weak = Esta senha é demasiado curta ou fácil de adivinhar. Escolha outra.

## Joining from an invitation

invite-accept-title = Junte-se ao { -brand-name }
invite-accept-intro = Recebeu um convite para o { -brand-name }. Verifique os dados e depois escreva o seu nome e escolha uma senha.
invite-accept-email = E-mail
invite-accept-role = Função
invite-accept-organisation = Organização
invite-accept-name = O seu nome
invite-accept-name-hint = Como colegas e mães o vão ver, por exemplo "Amina Hassan, parteira".
invite-accept-submit = Criar a minha conta
invite-accept-working = A criar a conta…
invite-error-name = Escreva o seu nome.
invite-error-expired = Este convite expirou: os convites valem 72 horas. Peça um novo a quem o convidou.
invite-error-used = Este convite já foi usado. Se foi usado por si, entre na sua conta.
invite-error-revoked = Este convite foi retirado. Fale com quem o convidou se achar que é um erro.

## Links from emails and text messages

link-error-invalid = Este link não funciona. Verifique se abriu o link completo, ou peça um novo.
link-error-expired = Este link expirou. Peça um novo.
link-error-used = Este link já foi usado. Peça um novo, ou entre na sua conta.

## A mother sets up her account

setup-title = Configurar a sua conta
setup-intro = Escolha uma senha para a sua conta { -brand-name }. Também pode entrar com um código enviado para o seu telefone.
setup-submit = Guardar a senha
setup-working = A guardar…
setup-code-instead = Pode sempre entrar com um código enviado para o seu telefone ou e-mail.

## Forgotten password

forgot-link = Esqueceu-se da senha?
forgot-title = Redefinir a senha
forgot-intro = Escreva o e-mail ou o número de telefone da sua conta. Vamos enviar um link para escolher uma nova senha.
forgot-contact = E-mail ou número de telefone
forgot-submit = Enviar o link
forgot-sent = Se houver uma conta com esse e-mail ou número, enviámos-lhe um link. O link funciona uma vez, por pouco tempo.
reset-title = Escolha uma nova senha
reset-intro = Escolha uma nova senha. A sessão será terminada em todos os seus outros aparelhos.
reset-submit = Guardar a nova senha
reset-done = A senha foi alterada. Entre com a nova senha.
reset-ask-again = Pedir um novo link

## Signing in with a one-time code

code-sign-in-link = Entrar com um código
code-sign-in-title = Entrar com um código
code-intro = Vamos enviar um código de 6 dígitos para o seu telefone ou e-mail.
code-contact = Número de telefone ou e-mail
code-send = Enviar o código
code-sending = A enviar…
code-sent = Se houver uma conta com esse número ou e-mail, enviámos-lhe um código. O código funciona durante 10 minutos.
code-label = Código de 6 dígitos
code-send-again = Enviar um novo código
code-use-password = Entrar com a senha
code-error-contact = Escreva o seu e-mail ou número de telefone.
code-error-format = Escreva os 6 dígitos do código.
code-error-invalid = Este código não está certo ou expirou. Tente de novo.
code-error-too-many = Demasiadas tentativas erradas. Peça um novo código.

## The second step of signing in, for staff

totp-step-title = Escreva o código de segurança
totp-step-intro = Abra a aplicação de autenticação e escreva o código de 6 dígitos que ela mostra para o { -brand-name }.
totp-step-recovery-intro = Escreva um dos códigos de recuperação que guardou quando ativou a verificação em dois passos. Cada um funciona uma vez.
totp-step-label = Código de segurança
totp-step-recovery-label = Código de recuperação
totp-step-submit = Continuar
totp-step-use-recovery = Não tenho o telefone comigo
totp-step-use-app = Usar a aplicação de autenticação
totp-step-start-again = Começar de novo
totp-step-expired = Demorou demasiado tempo. Comece de novo e entre na sua conta.

## Setting up two-factor sign-in

twofa-title = Verificação em dois passos
twofa-intro = Como pode ver informações de saúde das mães, precisa de um segundo passo ao entrar: um código de uma aplicação de autenticação no seu telefone.
twofa-required = Ative agora a verificação em dois passos. Até lá, não pode ver os dados das mães.
twofa-on = A verificação em dois passos está ativa na sua conta.
twofa-not-needed = A sua conta não precisa da verificação em dois passos.
twofa-demo-exempt = As contas de demonstração não precisam da verificação em dois passos. Mesmo assim, pode experimentar ativá-la.
twofa-start = Ativar a verificação em dois passos
twofa-step-scan = Leia este código QR com a aplicação de autenticação.
twofa-qr-label = Código QR que adiciona o { -brand-name } a uma aplicação de autenticação
twofa-step-key = Ou escreva esta chave na aplicação:
twofa-step-code = Escreva o código de 6 dígitos que a aplicação mostra
twofa-confirm = Ativar a verificação em dois passos
twofa-confirming = A verificar…
twofa-now-on = A verificação em dois passos está ativa.
twofa-recovery-title = Os seus códigos de recuperação
twofa-recovery-intro = Se perder o telefone, cada um destes códigos permite entrar uma vez. Guarde-os agora num lugar seguro: não os vai ver outra vez.
twofa-recovery-saved = Já guardei estes códigos
twofa-continue = Continuar

## My account: two-factor and devices

account-title = A minha conta
account-twofa-open = Definições da verificação em dois passos
devices-title = Onde a sua conta está aberta
devices-intro = Se vir um aparelho que não conhece, ou que perdeu, termine a sessão nele.
devices-this = (este aparelho)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $browser } em { $system }
devices-unknown = Aparelho desconhecido
# $when is a date and time.
devices-signed-in = Entrada em { $when }
devices-last-used = Última utilização em { $when }
devices-sign-out = Terminar a sessão nesse aparelho
devices-signed-out = A sessão nesse aparelho foi terminada.

## People: staff accounts, invitations and teams

people-title = Pessoas
people-intro = Convide profissionais, veja quem tem conta e organize as equipas.
admin-intro = O que precisa de si primeiro, e o caminho para cada uma das suas tarefas.
admin-people-counts = Contas de profissionais: { $staff }. Convites por aceitar: { $waiting }.
admin-directory-hint = Sessões, programas, locais e organizações, e o que precisa de verificação.
admin-outcomes-hint = Quem veio e como mudou o seu bem-estar, para os financiadores.
admin-registers-hint = Registe as presenças quando substituir alguém numa sessão.
admin-alerts-hint = Alertas de segurança em aberto sobre mães que ainda ninguém acompanha.
people-working = A guardar…
people-saved = Guardado.
people-invite-title = Convidar alguém
people-invite-intro = A pessoa recebe um e-mail com um link para escolher uma senha. O link vale 72 horas.
people-invite-email = E-mail profissional
people-invite-role = Função
people-invite-team = Equipa
people-invite-no-team = Sem equipa
people-invite-submit = Enviar convite
people-invite-sent = Convite enviado.
people-error-email = Escreva um endereço de e-mail.
people-error-name = Escreva um nome.
people-invitations-title = Convites
people-invitations-none = Ainda não há convites.
people-invitation-pending = À espera
people-invitation-accepted = Aceite
people-invitation-revoked = Retirado
people-invitation-expired = Expirado
# $when is a date and time.
people-invitation-expires = O link funciona até { $when }
people-invitation-revoke = Retirar o convite
people-invitation-revoked-note = Convite retirado.
people-staff-title = Contas de profissionais
people-inactive = Encerrada
people-no-twofa = Ainda sem verificação em dois passos
# $teams is a list of team names.
people-teams = Equipas: { $teams }
people-no-team = Sem equipa
people-deactivate = Encerrar a conta
# $name is a person's name.
people-deactivate-confirm = Encerrar a conta de { $name }? A sessão será terminada de imediato em todo o lado.
people-deactivated = Conta encerrada.
people-cancel = Cancelar
people-teams-title = Organizações e equipas
people-no-teams = Ainda não há equipas.
people-team-name = Nome da nova equipa
people-team-kind = Tipo de equipa
people-team-kind-community_midwifery = Parteiras comunitárias
people-team-kind-health_visiting = Visitas de saúde ao domicílio
people-team-kind-link_workers = Mediadores
people-team-kind-provider = Quem dinamiza as sessões
people-team-kind-other = Outro
people-team-add = Adicionar equipa
people-add-member = Adicionar alguém a esta equipa
people-choose-person = Escolha uma pessoa
people-add = Adicionar
people-remove = Retirar
# $name is a person's name.
people-remove-member = Retirar { $name } desta equipa
people-org-new = Nova organização
people-org-name = Nome da organização
people-org-add = Adicionar organização

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = Num telemóvel partilhado
phone-intro = Estas definições ficam apenas neste telemóvel. Ajudam a manter só para si o que faz aqui, se outra pessoa usar o telemóvel.
phone-exit-label = «Sair rapidamente» abre
phone-exit-hint = O botão no topo de cada ecrã, ou carregar duas vezes em Esc, fecha logo esta aplicação e abre esta página no lugar dela.
phone-name-label = Nome mostrado neste telemóvel
phone-name-hint = O nome no separador do navegador e no ecrã principal, se lá adicionar a aplicação.
pin-title = Bloqueio da aplicação
pin-intro = Defina um PIN de 4 a 6 números. Depois de 5 minutos fora, ou quando voltar a abrir a aplicação, ela pede o seu PIN. Fica só neste telemóvel.
pin-is-set = Há um PIN definido neste telemóvel. Depois de 5 minutos fora, ou quando voltar a abrir a aplicação, ela pede-o.
pin-new-label = Novo PIN (4 a 6 números)
pin-again-label = O mesmo PIN outra vez
pin-set = Definir PIN
pin-change = Mudar PIN
pin-remove = Remover PIN
pin-saved = O seu PIN foi definido.
pin-removed = O seu PIN foi removido.
pin-mismatch = Os dois PIN não são iguais.
contact-title = Como podemos contactá-la
contact-intro = Diga-nos quando é seguro contactá-la. A sua parteira e a sua técnica de apoio veem isto antes de lhe ligarem ou enviarem mensagens.
contact-ways = Formas de contacto com que se sente bem
contact-days = Dias
contact-times = Horas (hora do Reino Unido)
contact-from = Das
contact-until = Até
contact-save = Guardar
contact-saved = Guardado. Só a contactaremos desta forma.
contact-bad-times = A hora de início tem de ser antes da hora de fim.
care-team-title = Quem pode ver o seu registo
care-team-intro = As pessoas que a acompanham e podem ver o seu registo, e porque a adicionou quem a encontrou.
care-team-none = Ninguém ainda.
care-team-added = Desde { $date }
care-team-reason = Porque a adicionaram: «{ $reason }»
