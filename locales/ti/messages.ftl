# PeriLink's text messages and emails: Tigrinya (ti), translated from the
# English source (en). This translation awaits review by a native speaker.
# They name no programme, session kind or health detail, and each text message
# with its link or code fits two SMS segments (server/src/service/messages.rs
# tests both).

msg-invitation = ናብ PeriLink ተዓዲምኩም ኣለኹም። ኣብ ውሽጢ 72 ሰዓት መሕለፊ ቃል ኣቐምጡ: { $link }
msg-account-setup = PeriLink ንዓኺ ድሉው እዩ። ኣብ ውሽጢ 7 መዓልቲ መሕለፊ ቃል ምረጺ: { $link }
msg-password-reset = ሓድሽ መሕለፊ ቃል ን PeriLink? ኣብ ውሽጢ ሰዓት ክፈቲ: { $link }
msg-login-code = ናይ PeriLink ኮድኪ { $code } እዩ። ን10 ደቒቕ ይሰርሕ። ንዝኾነ ሰብ ኣይትሃቢ።
msg-account-exists = ሓደ ሰብ ብዚ ቁጽሪ ወይ ኢመይል ሓድሽ ሕሳብ PeriLink ክኸፍት ፈቲኑ። ሕሳብ ኣለኪ፡ እተዊ ወይ ሓድሽ ፓስዎርድ ሕተቲ።
msg-waiting-list-promoted = ቦታ ተፈልዩልኪ ኣሎ። ክትርእዪ PeriLink ክፈቲ።
msg-referral-accepted = ቦታ ቀሪቡልኪ ኣሎ። ክትርእዪ PeriLink ክፈቲ።
msg-referral-booked = ቦታኺ ተሓዚዩ ኣሎ። መዓስን ኣበይን ክትርእዪ PeriLink ክፈቲ።
msg-screening-due = ኣብ PeriLink ውሑዳት ሕቶታት ይጽበዩኺ ኣለዉ። ቁሩብ ደቓይቕ ምስ ዝህልወኪ ኣፕ ክፈቲ።
msg-session-reminder = PeriLink: ጽባሕ ሰዓት { $time }፣ { $place }። ክትመጺ እንተዘይክኢልኪ፣ 2 ኢልኪ መልሲ።
msg-session-date-cancelled = ዝሓዝክዮ ዕለት ተሰሪዙ። ንምርኣዩ PeriLink ክፈቲ።
msg-news = ኣብ PeriLink ሓድሽ ዜና ኣሎኪ።
msg-email-subject = መልእኽቲ ካብ PeriLink
