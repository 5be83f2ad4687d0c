# PeriLink interface text: Polish (pl), the register, for session hosts.
# Translated from the English source file (en/register.ftl).
# This translation awaits review by a native speaker.
# This file is filled in as the screens it serves are built.
#
# Notes for reviewers:
# - As in main.ftl and staff.ftl, the app speaks informally ("ty"). Past-tense
#   forms that show the reader's gender are avoided, so the text suits women and
#   men. Words about the people on the register (mothers) are feminine
#   ("Obecna", "Nieobecna").
# - "Register" is "lista obecności"; a "mark" is "oznaczenie"; "sent apologies"
#   is "usprawiedliwiona"; a "walk-in" is someone who came "bez rezerwacji".
# - Keep { $variables } exactly as they are; you may move them within a sentence.
# - Terms that start with a dash (like -brand-name) are names: do not translate.

## The page

register-title = Listy obecności
register-new-referrals =
    { $count ->
        [one] Jedno nowe skierowanie czeka na odpowiedź
        [few] { $count } nowe skierowania czekają na odpowiedź
       *[other] { $count } nowych skierowań czeka na odpowiedź
    }
register-intro = Stuknij raz przy każdej osobie. Oznaczenia zapisują się najpierw w tym telefonie, a potem są wysyłane, więc listę obecności możesz sprawdzać bez zasięgu.
register-sign-in-needed = Zaloguj się, aby sprawdzić listę obecności.
# $count is how many marks are saved on this phone and not yet sent.
register-sign-in-waiting =
    { $count ->
        [one] { $count } oznaczenie jest zapisane w tym telefonie. Zostanie wysłane po zalogowaniu.
        [few] { $count } oznaczenia są zapisane w tym telefonie. Zostaną wysłane po zalogowaniu.
        [many] { $count } oznaczeń jest zapisanych w tym telefonie. Zostaną wysłane po zalogowaniu.
       *[other] Oznaczenia zapisane w tym telefonie: { $count }. Zostaną wysłane po zalogowaniu.
    }
register-offline-nothing = Brak połączenia, a w tym telefonie nie ma jeszcze zapisanej listy obecności. Otwórz tę stronę raz z połączeniem, a potem będzie działać też bez internetu.
# $time is when the register was saved, such as "09:15".
register-offline-saved = Brak połączenia: to lista obecności zapisana w tym telefonie o godz. { $time }.
register-not-saved = Lista obecności na ten dzień nie jest zapisana w tym telefonie. Połącz się z internetem, aby ją pobrać.
register-no-sessions = Tego dnia nie masz zajęć.

## Choosing a day

# The name screen readers give to the row of day buttons.
register-days-label = Dzień
# Read by screen readers on today's button.
register-today = Dzisiaj

## A session's register

# $start and $end are times; $venue is the venue's name.
register-when = { $start }–{ $end }, { $venue }
register-cancelled = Ten termin jest odwołany.
# $marked is how many people have a mark, of $expected on the register;
# $present is how many came.
register-tally = Oznaczono: { $marked } z { $expected }. Obecne: { $present }.
register-nobody = Na razie nikt nie jest zapisany. Osoby, które przyjdą, dodaj poniżej.
register-replies = SMS-y od mam w sprawie tego terminu

## A person on the register

# $name is her baby's first name.
register-baby = Dziecko: { $name }
register-interpreter = Potrzebny tłumacz
# Why she is on the register.
register-because-booked = Rezerwacja
register-because-enrolled = Zapis na kurs
register-because-referred = Skierowanie
register-because-walk-in = Bez rezerwacji
# The name screen readers give to her three mark buttons; $name is her first name.
register-mark-label = Oznacz: { $name }
register-present = Obecna
register-absent = Nieobecna
register-apologies = Usprawiedliwiona
register-babies = Niemowlęta
register-children = Inne dzieci
# Names of the minus and plus buttons for screen readers; $name is her first name.
register-fewer-babies = O jedno niemowlę mniej: { $name }
register-more-babies = O jedno niemowlę więcej: { $name }
register-fewer-children = O jedno dziecko mniej: { $name }
register-more-children = O jedno dziecko więcej: { $name }

## Where a mark is

register-mark-waiting = Czeka na wysłanie
register-mark-sent = Wysłane
register-mark-superseded = Wysłane, ale liczy się późniejsze oznaczenie z innego telefonu
register-mark-refused = Nieprzyjęte
# A button that removes a mark that was not accepted.
register-mark-discard = Usuń

## Sending

register-online = Online
register-offline = Offline: oznaczenia zostają w tym telefonie
register-sync-none = Nie ma jeszcze oznaczeń.
register-sync-all-sent = Wszystkie oznaczenia są wysłane.
# $count is how many marks are waiting to be sent.
register-sync-waiting =
    { $count ->
        [one] { $count } oznaczenie czeka na wysłanie.
        [few] { $count } oznaczenia czekają na wysłanie.
        [many] { $count } oznaczeń czeka na wysłanie.
       *[other] { $count } oznaczenia czeka na wysłanie.
    }
register-sync-sending = Wysyłanie…
register-sync-offline = Brak połączenia. Oznaczenia są bezpieczne w tym telefonie i zostaną wysłane, gdy wróci połączenie.
register-sync-sign-in = Zaloguj się ponownie, aby je wysłać.
register-sync-trouble = { -brand-name } nie może ich teraz przyjąć. Za chwilę nastąpi kolejna próba.
# $count is how many marks the server did not accept.
register-sync-refused =
    { $count ->
        [one] { $count } oznaczenie nie zostało przyjęte. Sprawdź je na liście oznaczeń poniżej.
        [few] { $count } oznaczenia nie zostały przyjęte. Sprawdź je na liście oznaczeń poniżej.
        [many] { $count } oznaczeń nie zostało przyjętych. Sprawdź je na liście oznaczeń poniżej.
       *[other] { $count } oznaczenia nie zostało przyjęte. Sprawdź je na liście oznaczeń poniżej.
    }
register-sync-now = Wyślij teraz
register-storage-failed = Ten telefon nie może zapisać oznaczeń. Nie zamykaj tej strony, dopóki nie zostaną wysłane.
# The heading of the list of the day's marks; $count is how many.
register-device-marks = Oznaczenia w tym telefonie ({ $count })
# One mark in that list: $time it was made, $name of the person, $mark (such as
# "Present") and $state (such as "Sent").
register-device-mark = { $time } { $name }: { $mark }. { $state }.

## Walk-ins

register-walk-in = Dodaj osobę, która przyszła bez rezerwacji
register-walk-in-search = Znajdź ją na swoich listach obecności
register-walk-in-search-hint = Wpisz część jej imienia.
# $name is her first name.
register-walk-in-pick = Dodaj: { $name }
register-walk-in-none-found = Na Twoich listach nie ma nikogo o tym imieniu. Utwórz nowy wpis poniżej.
register-walk-in-new = Nowy wpis
register-walk-in-name = Imię
register-walk-in-phone = Numer telefonu (jeśli ma)
register-walk-in-phone-hint = Brytyjski numer, np. 07700 900123. Zostaw puste pole, jeśli nie ma telefonu.
register-walk-in-language = Jej język
register-walk-in-babies = Niemowlęta z nią
register-walk-in-children = Inne dzieci z nią
register-walk-in-add = Dodaj i oznacz jako obecną
# $name is her first name.
register-walk-in-added = Dodano do listy obecności jako obecną: { $name }.
register-walk-in-error-name = Wpisz jej imię.
register-walk-in-error-phone = To nie jest brytyjski numer telefonu. Sprawdź go albo zostaw puste pole.
