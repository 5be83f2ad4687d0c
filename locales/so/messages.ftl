# PeriLink's text messages and emails: Somali (so), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = Waxaa lagugu martiqaaday PeriLink. Samee eray sir ah 72 saacadood gudahood: { $link }
msg-account-setup = PeriLink waa diyaar. Dooro eray sir ah 7 maalmood gudahood: { $link }
msg-password-reset = Eray sir ah oo cusub oo PeriLink? Fur saacad gudaheed: { $link }
msg-login-code = Koodhkaaga PeriLink waa { $code }. Wuxuu shaqeynayaa 10 daqiiqo. Cidna ha siin.
msg-account-exists = Qof ayaa isku dayay inuu furo akoon cusub oo PeriLink ah lambarkan ama iimaylkan. Akoon baad leedahay: gal ama codso erey sir ah oo cusub.
msg-waiting-list-promoted = Meel ayaa laguu banneeyay. Fur PeriLink si aad u aragto.
msg-referral-accepted = Meel ayaa laguu soo bandhigay. Fur PeriLink si aad u aragto.
msg-referral-booked = Meeshaada waa la qabsaday. Fur PeriLink si aad u aragto goorta iyo halka.
msg-screening-due = Su'aalo kooban ayaa kuu sugaya PeriLink. Fur app-ka markaad dhowr daqiiqo haysato.
msg-session-reminder = PeriLink: berri saacadda { $time }, { $place }. Haddii aadan iman karin, ku jawaab 2.
msg-session-date-cancelled = Taariikh aad ballansatay waa la joojiyay. Fur PeriLink si aad u aragto.
msg-news = War cusub ayaa kuu yaal PeriLink.
msg-email-subject = Fariin ka timid PeriLink
