//! How one message is delivered, whatever delivers it: the message as a provider
//! gets it, why it was not delivered, and the [`Sender`] trait that SMTP
//! ([`crate::service::email`]), GOV.UK Notify ([`crate::service::notify`]) and the
//! logging default implement. The outbox ([`crate::service::outbox`]) drains
//! through a `Sender`; this module knows nothing of the outbox, so the senders and
//! the outbox do not import each other.

use std::future::Future;

/// One message, ready to send.
#[derive(Clone, Debug)]
pub struct OutboundMessage {
    pub id: String,
    /// `sms`, `email` or `phone`.
    pub channel: String,
    /// The phone number or email address.
    pub to: String,
    pub language: String,
    /// Which message it is (`password_reset`, `login_code`, `referral_accepted`...),
    /// for providers that keep their own templates.
    pub template: String,
    /// The link or one-time code it carries, if any, which `text` includes: a
    /// provider's template takes it as a field of its own.
    pub payload: Option<String>,
    pub text: String,
}

/// Why a message was not delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// Worth trying again later: no answer in time, the provider busy (429) or
    /// failing (5xx). Retried with backoff, up to
    /// [`crate::service::outbox::MAX_ATTEMPTS`].
    Transient(String),
    /// Never going to go: an invalid number or address. Given up at once.
    Permanent(String),
}

impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SendError::Transient(reason) => write!(f, "{reason} (will retry)"),
            SendError::Permanent(reason) => write!(f, "{reason} (given up)"),
        }
    }
}

/// Something that delivers messages.
pub trait Sender: Send + Sync + 'static {
    /// The channels it delivers; messages on others wait in the outbox.
    fn channels(&self) -> &[&'static str] {
        &["sms", "email", "phone"]
    }

    /// Delivers one message, or says why not.
    fn send(&self, message: &OutboundMessage) -> impl Future<Output = Result<(), SendError>> + Send;
}

/// The default: writes what it would send to the log (ids only).
pub struct LoggingSender;

impl Sender for LoggingSender {
    async fn send(&self, message: &OutboundMessage) -> Result<(), SendError> {
        tracing::info!(message.id = %message.id, channel = %message.channel, language = %message.language, "message sent (logging sender)");
        Ok(())
    }
}
