//! GOV.UK Notify, the messaging service the NHS and UK public bodies use: text
//! messages (and email, when no SMTP server is configured) through its REST API v2.
//!
//! Each request carries a token signed with the API key's secret (HS256, `iss` the
//! service id, `iat` now), names one Notify template per channel whose `((body))`
//! (and, for email, `((subject))`) PeriLink fills with her words, and gives the
//! outbox id as its `reference`, which Notify's delivery receipts send back
//! (`POST /api/hooks/notify`).

use crate::config::NotifyConfig;
use crate::service::delivery::{OutboundMessage, SendError, Sender};
use crate::service::messages;
use axum::http::{Request, header};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::{Client, connect::HttpConnector};
use serde::Serialize;
use serde_json::{Value, json};
use std::time::Duration;

/// How long Notify has to answer.
const TIMEOUT: Duration = Duration::from_secs(20);

type Https = Client<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>;

/// Sends the outbox's text messages (and email, with an email template) through
/// Notify.
#[derive(Clone)]
pub struct NotifySender {
    client: Https,
    config: NotifyConfig,
    channels: &'static [&'static str],
}

#[derive(Serialize)]
struct Claims<'a> {
    iss: &'a str,
    iat: i64,
}

impl NotifySender {
    /// A sender for `config`; nothing is contacted until the first message.
    pub fn new(config: &NotifyConfig) -> Result<NotifySender, String> {
        // ring, which lettre and sqlx use too (rustls now nudges towards aws-lc
        // for post-quantum key exchange, a second, C-built provider Notify does
        // not need).
        #[allow(deprecated)]
        let provider = rustls::crypto::ring::default_provider();
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(provider)
            .map_err(|e| format!("no TLS for Notify: {e}"))?
            .https_or_http()
            .enable_http1()
            .build();
        let client = Client::builder(hyper_util::rt::TokioExecutor::new()).build(connector);
        Ok(NotifySender {
            client,
            config: config.clone(),
            channels: if config.email_template.is_some() {
                &["sms", "email"]
            } else {
                &["sms"]
            },
        })
    }

    /// The bearer token for one request: Notify refuses one more than 30 seconds
    /// old, so each request signs its own.
    fn token(&self) -> Result<String, SendError> {
        let claims = Claims {
            iss: &self.config.service_id,
            iat: chrono::Utc::now().timestamp(),
        };
        jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
            &claims,
            &jsonwebtoken::EncodingKey::from_secret(self.config.secret.as_bytes()),
        )
        .map_err(|e| SendError::Permanent(format!("the Notify token could not be signed: {e}")))
    }

    /// The address and body of the request that sends `message`.
    fn request(&self, message: &OutboundMessage) -> Result<(String, Value), SendError> {
        match message.channel.as_str() {
            "sms" => Ok((
                format!("{}/v2/notifications/sms", self.config.base_url),
                json!({
                    "phone_number": message.to,
                    "template_id": self.config.sms_template,
                    "personalisation": { "body": message.text },
                    "reference": message.id,
                }),
            )),
            "email" => match &self.config.email_template {
                Some(template) => Ok((
                    format!("{}/v2/notifications/email", self.config.base_url),
                    json!({
                        "email_address": message.to,
                        "template_id": template,
                        "personalisation": {
                            "subject": messages::subject(&message.language),
                            "body": message.text,
                        },
                        "reference": message.id,
                    }),
                )),
                None => Err(SendError::Transient(
                    "Notify has no email template configured".into(),
                )),
            },
            other => Err(SendError::Transient(format!("Notify does not send `{other}`"))),
        }
    }
}

/// What Notify's answer means for the message: sent, try again later, or never.
fn outcome(status: u16, body: &str) -> Result<(), SendError> {
    // Notify's errors name their kind ("ValidationError", "RateLimitError"...);
    // their messages can quote what was sent, so only the kind is kept.
    let kind = serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| v["errors"][0]["error"].as_str().map(str::to_owned))
        .unwrap_or_else(|| "no error named".into());
    match status {
        200..=299 => Ok(()),
        // A number or address Notify will not send to, or a template it does not
        // have: the same request would fail again.
        400 => Err(SendError::Permanent(format!("Notify refused it: 400 {kind}"))),
        // 403 is a bad key or a clock more than 30 s out: fixable, so retried.
        403 | 429 | 500..=599 => Err(SendError::Transient(format!("Notify answered {status} {kind}"))),
        _ => Err(SendError::Permanent(format!("Notify answered {status} {kind}"))),
    }
}

impl Sender for NotifySender {
    fn channels(&self) -> &[&'static str] {
        self.channels
    }

    async fn send(&self, message: &OutboundMessage) -> Result<(), SendError> {
        let (url, body) = self.request(message)?;
        let request = Request::post(url)
            .header(header::AUTHORIZATION, format!("Bearer {}", self.token()?))
            .header(header::CONTENT_TYPE, "application/json")
            .header(
                header::USER_AGENT,
                concat!("PeriLink/", env!("CARGO_PKG_VERSION")),
            )
            .body(Full::new(Bytes::from(body.to_string())))
            .map_err(|e| SendError::Permanent(format!("no request for Notify: {e}")))?;
        let unreachable = |e: String| SendError::Transient(format!("Notify could not be reached: {e}"));
        let response = tokio::time::timeout(TIMEOUT, self.client.request(request))
            .await
            .map_err(|_| unreachable("no answer in time".into()))?
            .map_err(|e| unreachable(e.to_string()))?;
        let status = response.status().as_u16();
        let text = match tokio::time::timeout(TIMEOUT, response.into_body().collect()).await {
            Ok(Ok(body)) => String::from_utf8_lossy(&body.to_bytes()).into_owned(),
            _ => String::new(),
        };
        outcome(status, &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sender(email_template: Option<&str>) -> NotifySender {
        NotifySender::new(&NotifyConfig {
            service_id: "26785a09-ab16-4eb0-8407-a37497a57506".into(),
            secret: "3d844edf-8d35-48ac-975b-e847b4f122b0".into(),
            base_url: "http://127.0.0.1:9".into(),
            sms_template: "f33517ff-2a88-4f6e-b855-c550268ce08a".into(),
            email_template: email_template.map(Into::into),
            callback_token: None,
        })
        .unwrap()
    }

    fn message(channel: &str) -> OutboundMessage {
        OutboundMessage {
            id: "outbox-1".into(),
            channel: channel.into(),
            to: "07700900123".into(),
            language: "so".into(),
            template: "login_code".into(),
            payload: Some("123456".into()),
            text: messages::render("login_code", "so", Some("123456")),
        }
    }

    #[test]
    fn the_token_is_notifys_hs256_with_the_service_as_issuer() {
        let token = sender(None).token().unwrap();
        let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
        validation.required_spec_claims.clear();
        validation.validate_exp = false;
        let claims = jsonwebtoken::decode::<Value>(
            &token,
            &jsonwebtoken::DecodingKey::from_secret(b"3d844edf-8d35-48ac-975b-e847b4f122b0"),
            &validation,
        )
        .unwrap()
        .claims;
        assert_eq!(claims["iss"], "26785a09-ab16-4eb0-8407-a37497a57506");
        assert!((claims["iat"].as_i64().unwrap() - chrono::Utc::now().timestamp()).abs() < 5);
    }

    #[test]
    fn a_text_fills_the_template_body_and_references_the_outbox_row() {
        let (url, body) = sender(None).request(&message("sms")).unwrap();
        assert_eq!(url, "http://127.0.0.1:9/v2/notifications/sms");
        assert_eq!(body["phone_number"], "07700900123");
        assert_eq!(body["reference"], "outbox-1");
        assert!(
            body["personalisation"]["body"]
                .as_str()
                .unwrap()
                .contains("123456")
        );
        assert!(matches!(
            sender(None).request(&message("email")),
            Err(SendError::Transient(_))
        ));
        let (url, body) = sender(Some("a0b1c2d3-0000-4000-8000-000000000000"))
            .request(&message("email"))
            .unwrap();
        assert!(url.ends_with("/v2/notifications/email"));
        assert_eq!(body["email_address"], "07700900123");
        assert!(!body["personalisation"]["subject"].as_str().unwrap().is_empty());
    }

    #[test]
    fn only_a_refusal_is_permanent() {
        assert!(outcome(201, "{}").is_ok());
        let refused = r#"{"status_code":400,"errors":[{"error":"ValidationError","message":"phone_number Not a UK mobile number"}]}"#;
        match outcome(400, refused) {
            Err(SendError::Permanent(reason)) => {
                assert!(
                    reason.contains("ValidationError") && !reason.contains("mobile"),
                    "{reason}"
                )
            }
            other => panic!("{other:?}"),
        }
        for status in [403, 429, 500, 503] {
            assert!(
                matches!(outcome(status, ""), Err(SendError::Transient(_))),
                "{status}"
            );
        }
    }
}
