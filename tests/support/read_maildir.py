"""Prints, as JSON, every email in a Maildir (aiosmtpd's Mailbox handler writes
one), decoded as a mail client would: the email tests read what a real SMTP
server received rather than what PeriLink meant to send."""
import email
import email.policy
import json
import mailbox
import sys

out = []
for message in mailbox.Maildir(sys.argv[1], factory=None):
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    text = parsed.get_body(("plain",))
    html = parsed.get_body(("html",))
    out.append({
        "from": str(parsed["from"]),
        "to": str(parsed["to"]),
        "subject": str(parsed["subject"]),
        "content_language": str(parsed["content-language"]),
        "text": text.get_content() if text else None,
        "text_charset": text.get_content_charset() if text else None,
        "html": html.get_content() if html else None,
    })
json.dump(out, sys.stdout, ensure_ascii=False)
