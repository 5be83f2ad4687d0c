//! Email over SMTP ([`lettre`]): the outbox's email channel when
//! `PERILINK_SMTP_HOST` is set. Each message goes as plain text with an HTML part,
//! its subject and body in her language, `Content-Language` naming it, and
//! right-to-left languages marked so in the HTML.

use crate::config::{SmtpConfig, SmtpTls};
use crate::service::delivery::{OutboundMessage, SendError, Sender};
use crate::service::messages;
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Sends the outbox's emails through an SMTP server.
#[derive(Clone)]
pub struct SmtpSender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpSender {
    /// A sender for `config`; nothing is contacted until the first message.
    pub fn new(config: &SmtpConfig) -> Result<SmtpSender, String> {
        let host = config.host.as_str();
        let builder = match config.tls {
            SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            SmtpTls::StartTls => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(|e| e.to_string())?
            }
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host).map_err(|e| e.to_string())?,
        };
        let mut builder = builder
            .port(config.port)
            .timeout(Some(std::time::Duration::from_secs(20)));
        if let (Some(user), Some(password)) = (&config.user, &config.password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        let from = config.from.parse::<Mailbox>().map_err(|e| e.to_string())?;
        Ok(SmtpSender {
            transport: builder.build(),
            from,
        })
    }
}

/// `Content-Language`, which lettre has no type for.
#[derive(Clone)]
struct ContentLanguage(String);

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ContentLanguage(s.to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// Text made safe to put in HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The HTML part: her words, in her language's direction, its link a link.
fn html(message: &OutboundMessage) -> String {
    let direction = if messages::is_right_to_left(&message.language) {
        "rtl"
    } else {
        "ltr"
    };
    let mut body = escape(&message.text);
    if let Some(link) = message
        .payload
        .as_deref()
        .filter(|p| p.starts_with("https://") || p.starts_with("http://"))
    {
        let link = escape(link);
        body = body.replace(&link, &format!("<a href=\"{link}\" dir=\"ltr\">{link}</a>"));
    }
    format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{direction}\"><head><meta charset=\"utf-8\"></head>\
         <body><p>{body}</p></body></html>",
        lang = escape(&message.language)
    )
}

/// The email for an outbox message.
pub fn email(from: &Mailbox, message: &OutboundMessage) -> Result<Message, String> {
    let to = message
        .to
        .parse::<Mailbox>()
        .map_err(|e| format!("not an email address: {e}"))?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(messages::subject(&message.language))
        .header(ContentLanguage(message.language.clone()))
        .multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(message.text.clone()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(html(message)),
                ),
        )
        .map_err(|e| e.to_string())
}

impl Sender for SmtpSender {
    fn channels(&self) -> &[&'static str] {
        &["email"]
    }

    async fn send(&self, message: &OutboundMessage) -> Result<(), SendError> {
        let email = email(&self.from, message).map_err(SendError::Permanent)?;
        self.transport.send(email).await.map(|_| ()).map_err(|e| {
            // A 5xx reply (no such mailbox, say) will be the same next time.
            if e.is_permanent() {
                SendError::Permanent(format!("the SMTP server refused it: {e}"))
            } else {
                SendError::Transient(format!("the SMTP server did not take it: {e}"))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(language: &str) -> OutboundMessage {
        let link = "https://perilink.example/set-up?token=a<b";
        OutboundMessage {
            id: "m1".into(),
            channel: "email".into(),
            to: "noor@example.org".into(),
            language: language.into(),
            template: "account_setup".into(),
            payload: Some(link.into()),
            text: messages::render("account_setup", language, Some(link)),
        }
    }

    #[test]
    fn the_html_part_is_escaped_in_her_direction_with_the_link_a_link() {
        let arabic = html(&message("ar"));
        assert!(arabic.contains("lang=\"ar\" dir=\"rtl\""), "{arabic}");
        assert!(
            arabic.contains("<a href=\"https://perilink.example/set-up?token=a&lt;b\" dir=\"ltr\">"),
            "{arabic}"
        );
        assert!(!arabic.contains("a<b"), "{arabic}");
        assert!(html(&message("pl")).contains("dir=\"ltr\""));
    }

    #[test]
    fn the_email_names_its_language_and_has_both_parts() {
        let from: Mailbox = "PeriLink <no-reply@perilink.example>".parse().unwrap();
        let raw = String::from_utf8(email(&from, &message("ar")).unwrap().formatted()).unwrap();
        assert!(raw.contains("Content-Language: ar"), "{raw}");
        assert!(raw.contains("text/plain") && raw.contains("text/html"), "{raw}");
        let mut bad = message("en");
        bad.to = "not an address".into();
        assert!(email(&from, &bad).is_err());
    }
}
