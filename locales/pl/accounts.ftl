# PeriLink interface text: Polish (pl), accounts: joining from an invitation,
# passwords, signing in with a code, two-factor sign-in, devices and People.
# Translated from the English source file (en/accounts.ftl).
# This translation awaits review by a native speaker.
#
# Notes for reviewers:
# - As in main.ftl, the app speaks informally ("ty"); gendered past forms are avoided.
# - "Two-factor sign-in" is "logowanie dwuetapowe"; an "authenticator app" is
#   "aplikacja uwierzytelniająca".
# - Keep { $variables } exactly as they are; you may move them within a sentence.

## Errors any page may show

account-error-invalid = Sprawdź dane i spróbuj ponownie.
account-error-conflict = To już istnieje. Sprawdź listę.

## New passwords (joining, setting up, resetting)

password-new = Nowe hasło
# $count is the fewest characters a password may have.
password-rules = Co najmniej { $count } znaków. Trzy lub cztery słowa, które łatwo zapamiętasz, tworzą silne hasło. Możesz wkleić hasło z menedżera haseł.
password-error-short = Hasło musi mieć co najmniej { $count } znaków.
password-error-long = To hasło jest za długie. Wybierz krótsze.
password-error-weak = To hasło jest za krótkie albo zbyt łatwe do odgadnięcia. Wybierz inne.

## Joining from an invitation

invite-accept-title = Dołącz do { -brand-name }
invite-accept-intro = Zaproszono cię do { -brand-name }. Sprawdź dane, a potem wpisz swoje imię i nazwisko i wybierz hasło.
invite-accept-email = E-mail
invite-accept-role = Rola
invite-accept-organisation = Organizacja
invite-accept-name = Imię i nazwisko
invite-accept-name-hint = Tak, jak zobaczą je współpracownicy i matki, na przykład „Amina Hassan, położna”.
invite-accept-submit = Utwórz konto
invite-accept-working = Tworzenie konta…
invite-error-name = Wpisz swoje imię i nazwisko.
invite-error-expired = To zaproszenie wygasło: zaproszenia są ważne 72 godziny. Poproś osobę, która cię zaprosiła, o nowe.
invite-error-used = To zaproszenie zostało już użyte. Jeśli to ty, zaloguj się.
invite-error-revoked = To zaproszenie zostało wycofane. Jeśli to pomyłka, zapytaj osobę, która cię zaprosiła.

## Links from emails and text messages

link-error-invalid = Ten link nie działa. Sprawdź, czy otwierasz cały link, albo poproś o nowy.
link-error-expired = Ten link wygasł. Poproś o nowy.
link-error-used = Ten link został już użyty. Poproś o nowy albo zaloguj się.

## A mother sets up her account

setup-title = Załóż konto
setup-intro = Wybierz hasło do konta { -brand-name }. Możesz też logować się kodem wysłanym na telefon.
setup-submit = Zapisz hasło
setup-working = Zapisywanie…
setup-code-instead = Nadal możesz zalogować się kodem wysłanym na telefon lub e-mail.

## Forgotten password

forgot-link = Nie pamiętasz hasła?
forgot-title = Zmień hasło
forgot-intro = Wpisz e-mail lub numer telefonu komórkowego swojego konta. Wyślemy link do wyboru nowego hasła.
forgot-contact = E-mail lub numer komórkowy
forgot-submit = Wyślij link
forgot-sent = Jeśli jakieś konto ma ten e-mail lub numer, wysłaliśmy na niego link. Link działa raz i przez krótki czas.
reset-title = Wybierz nowe hasło
reset-intro = Wybierz nowe hasło. Wszystkie inne urządzenia zostaną wylogowane.
reset-submit = Zapisz nowe hasło
reset-done = Hasło zostało zmienione. Zaloguj się nowym hasłem.
reset-ask-again = Poproś o nowy link

## Signing in with a one-time code

code-sign-in-link = Zaloguj się kodem
code-sign-in-title = Logowanie kodem
code-intro = Wyślemy 6-cyfrowy kod na twój telefon komórkowy lub e-mail.
code-contact = Numer komórkowy lub e-mail
code-send = Wyślij kod
code-sending = Wysyłanie…
code-sent = Jeśli jakieś konto ma ten numer lub e-mail, wysłaliśmy na niego kod. Kod działa przez 10 minut.
code-label = 6-cyfrowy kod
code-send-again = Wyślij nowy kod
code-use-password = Zaloguj się hasłem
code-error-contact = Wpisz e-mail lub numer komórkowy.
code-error-format = Wpisz 6 cyfr kodu.
code-error-invalid = Ten kod jest nieprawidłowy albo wygasł. Spróbuj ponownie.
code-error-too-many = Za dużo błędnych prób. Poproś o nowy kod.

## The second step of signing in, for staff

totp-step-title = Wpisz kod bezpieczeństwa
totp-step-intro = Otwórz aplikację uwierzytelniającą i wpisz 6-cyfrowy kod, który pokazuje dla { -brand-name }.
totp-step-recovery-intro = Wpisz jeden z kodów odzyskiwania zapisanych przy włączaniu logowania dwuetapowego. Każdy działa jeden raz.
totp-step-label = Kod bezpieczeństwa
totp-step-recovery-label = Kod odzyskiwania
totp-step-submit = Dalej
totp-step-use-recovery = Nie mam przy sobie telefonu
totp-step-use-app = Użyj aplikacji uwierzytelniającej
totp-step-start-again = Zacznij od nowa
totp-step-expired = To trwało za długo. Zacznij od nowa i zaloguj się.

## Setting up two-factor sign-in

twofa-title = Logowanie dwuetapowe
twofa-intro = Masz dostęp do informacji o zdrowiu matek, więc przy logowaniu potrzebny jest drugi krok: kod z aplikacji uwierzytelniającej w telefonie.
twofa-required = Włącz teraz logowanie dwuetapowe. Do tego czasu nie zobaczysz danych matek.
twofa-on = Logowanie dwuetapowe jest włączone na twoim koncie.
twofa-not-needed = Twoje konto nie wymaga logowania dwuetapowego.
twofa-demo-exempt = Konta demonstracyjne nie wymagają logowania dwuetapowego. Możesz je jednak wypróbować.
twofa-start = Włącz logowanie dwuetapowe
twofa-step-scan = Zeskanuj ten kod QR aplikacją uwierzytelniającą.
twofa-qr-label = Kod QR, który dodaje { -brand-name } do aplikacji uwierzytelniającej
twofa-step-key = Albo wpisz ten klucz w aplikacji:
twofa-step-code = Wpisz 6-cyfrowy kod z aplikacji
twofa-confirm = Włącz logowanie dwuetapowe
twofa-confirming = Sprawdzanie…
twofa-now-on = Logowanie dwuetapowe jest teraz włączone.
twofa-recovery-title = Twoje kody odzyskiwania
twofa-recovery-intro = Jeśli zgubisz telefon, każdy z tych kodów pozwoli zalogować się jeden raz. Zapisz je teraz w bezpiecznym miejscu: nie zobaczysz ich ponownie.
twofa-recovery-saved = Kody są zapisane
twofa-continue = Dalej

## My account: two-factor and devices

account-title = Moje konto
account-twofa-open = Ustawienia logowania dwuetapowego
devices-title = Urządzenia, na których używasz konta
devices-intro = Jeśli widzisz nieznane urządzenie albo takie, które zgubiono, wyloguj je.
devices-this = (to urządzenie)
# $browser is a browser such as Chrome; $system is a system such as Android.
devices-browser-on = { $browser } na { $system }
devices-unknown = Nieznane urządzenie
# $when is a date and time.
devices-signed-in = Zalogowano { $when }
devices-last-used = Ostatnio używane { $when }
devices-sign-out = Wyloguj to urządzenie
devices-signed-out = To urządzenie zostało wylogowane.

## People: staff accounts, invitations and teams

people-title = Osoby
people-intro = Zapraszaj pracowników, sprawdzaj, kto ma konto, i organizuj zespoły.
admin-intro = Co czeka na Ciebie najpierw i droga do każdego z Twoich zadań.
admin-people-counts = Konta pracowników: { $staff }. Zaproszenia czekające na przyjęcie: { $waiting }.
admin-directory-hint = Zajęcia, programy, miejsca i organizacje oraz to, co trzeba sprawdzić.
admin-outcomes-hint = Kto przyszedł i jak zmieniło się samopoczucie, dla fundatorów.
admin-registers-hint = Sprawdź obecność, gdy zastępujesz kogoś na zajęciach.
admin-alerts-hint = Otwarte alerty bezpieczeństwa dotyczące matek, którymi nikt się jeszcze nie opiekuje.
people-working = Zapisywanie…
people-saved = Zapisano.
people-invite-title = Zaproś osobę
people-invite-intro = Dostanie e-mail z linkiem do wyboru hasła. Link jest ważny 72 godziny.
people-invite-email = Służbowy e-mail
people-invite-role = Rola
people-invite-team = Zespół
people-invite-no-team = Bez zespołu
people-invite-submit = Wyślij zaproszenie
people-invite-sent = Zaproszenie wysłane.
people-error-email = Wpisz adres e-mail.
people-error-name = Wpisz nazwę.
people-invitations-title = Zaproszenia
people-invitations-none = Nie ma jeszcze zaproszeń.
people-invitation-pending = Czeka
people-invitation-accepted = Przyjęte
people-invitation-revoked = Wycofane
people-invitation-expired = Wygasłe
# $when is a date and time.
people-invitation-expires = Link działa do { $when }
people-invitation-revoke = Wycofaj zaproszenie
people-invitation-revoked-note = Zaproszenie wycofane.
people-staff-title = Konta pracowników
people-inactive = Zamknięte
people-no-twofa = Bez logowania dwuetapowego
# $teams is a list of team names.
people-teams = Zespoły: { $teams }
people-no-team = Bez zespołu
people-deactivate = Zamknij konto
# $name is a person's name.
people-deactivate-confirm = Zamknąć konto: { $name }? Ta osoba zostanie od razu wylogowana wszędzie.
people-deactivated = Konto zamknięte.
people-cancel = Anuluj
people-teams-title = Organizacje i zespoły
people-no-teams = Nie ma jeszcze zespołów.
people-team-name = Nazwa nowego zespołu
people-team-kind = Rodzaj zespołu
people-team-kind-community_midwifery = Położne środowiskowe
people-team-kind-health_visiting = Pielęgniarki środowiskowe (health visitors)
people-team-kind-link_workers = Pracownicy środowiskowi
people-team-kind-provider = Prowadzący zajęcia
people-team-kind-other = Inny
people-team-add = Dodaj zespół
people-add-member = Dodaj osobę do tego zespołu
people-choose-person = Wybierz osobę
people-add = Dodaj
people-remove = Usuń
# $name is a person's name.
people-remove-member = Usuń { $name } z tego zespołu
people-org-new = Nowa organizacja
people-org-name = Nazwa organizacji
people-org-add = Dodaj organizację

## Her account: this phone's settings (where "Leave quickly" goes, the app's name,
## the PIN) and how and when she may be contacted.
phone-title = Na wspólnym telefonie
phone-intro = Te ustawienia zostają tylko na tym telefonie. Pomagają zachować dla siebie to, co tu robisz, gdy ktoś inny korzysta z telefonu.
phone-exit-label = „Szybko wyjdź” otwiera
phone-exit-hint = Przycisk u góry każdego ekranu albo dwukrotne naciśnięcie Esc od razu zamyka aplikację i otwiera zamiast niej tę stronę.
phone-name-label = Nazwa widoczna na tym telefonie
phone-name-hint = Nazwa na karcie przeglądarki oraz na ekranie głównym, jeśli dodasz tam aplikację.
pin-title = Blokada aplikacji
pin-intro = Ustaw PIN z 4–6 cyfr. Po 5 minutach nieobecności lub po ponownym otwarciu aplikacja poprosi o PIN. PIN zostaje tylko na tym telefonie.
pin-is-set = Na tym telefonie ustawiono PIN. Po 5 minutach nieobecności lub po ponownym otwarciu aplikacja o niego poprosi.
pin-new-label = Nowy PIN (od 4 do 6 cyfr)
pin-again-label = Ten sam PIN jeszcze raz
pin-set = Ustaw PIN
pin-change = Zmień PIN
pin-remove = Usuń PIN
pin-saved = PIN został ustawiony.
pin-removed = PIN został usunięty.
pin-mismatch = Oba PIN-y nie są takie same.
contact-title = Jak możemy się z Tobą kontaktować
contact-intro = Powiedz nam, kiedy kontakt z Tobą jest bezpieczny. Twoja położna i asystentka widzą to, zanim zadzwonią lub napiszą.
contact-ways = Sposoby kontaktu, które Ci odpowiadają
contact-days = Dni
contact-times = Godziny (czas brytyjski)
contact-from = Od
contact-until = Do
contact-save = Zapisz
contact-saved = Zapisano. Będziemy kontaktować się z Tobą tylko w ten sposób.
contact-bad-times = Godzina początku musi być przed godziną końca.
care-team-title = Kto widzi Twoje dane
care-team-intro = Osoby, które się Tobą opiekują i widzą Twoje dane, oraz dlaczego ktoś, kto Cię znalazł, Cię dodał.
care-team-none = Na razie nikt.
care-team-added = Od { $date }
care-team-reason = Dlaczego Cię dodano: „{ $reason }”
