//! Access tokens: HS256 JWTs that live for minutes, carrying the user's id and role.

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use perilink_shared::auth::Role;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// What an access token says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The user's id.
    pub sub: String,
    /// The user's role when the token was issued.
    pub role: Role,
    /// Issued at, seconds since the epoch.
    pub iat: u64,
    /// Expires at, seconds since the epoch.
    pub exp: u64,
    /// Which sign-in (refresh token family) this token came from.
    pub sid: String,
}

/// The keys that sign and check access tokens, made once from the secret.
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    ttl: Duration,
}

impl JwtKeys {
    /// Keys for this secret, issuing tokens that live for `ttl`.
    pub fn new(secret: &[u8], ttl: Duration) -> Self {
        // Only HS256 is accepted: a token claiming `alg: none` or any other
        // algorithm fails validation.
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        validation.set_required_spec_claims(&["exp", "sub", "iat"]);
        JwtKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ttl,
        }
    }

    /// How long the tokens this issues live.
    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// Signs a token for this user and sign-in.
    pub fn issue(
        &self,
        user_id: &str,
        role: Role,
        session_id: &str,
    ) -> Result<String, jsonwebtoken::errors::Error> {
        let now = chrono::Utc::now().timestamp().max(0) as u64;
        let claims = Claims {
            sub: user_id.to_owned(),
            role,
            iat: now,
            exp: now + self.ttl.as_secs(),
            sid: session_id.to_owned(),
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
    }

    /// Checks a token's signature, algorithm and expiry, and returns its claims.
    pub fn verify(&self, token: &str) -> Result<Claims, jsonwebtoken::errors::Error> {
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation).map(|d| d.claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    fn keys() -> JwtKeys {
        JwtKeys::new(b"a-test-secret-that-is-long-enough-1234", Duration::from_secs(60))
    }

    #[test]
    fn a_token_it_issued_verifies_with_the_same_claims() {
        let keys = keys();
        let token = keys.issue("u1", Role::Host, "s1").unwrap();
        let claims = keys.verify(&token).unwrap();
        assert_eq!(claims.sub, "u1");
        assert_eq!(claims.role, Role::Host);
        assert_eq!(claims.exp - claims.iat, 60);
    }

    #[test]
    fn a_token_signed_with_another_secret_is_refused() {
        let other = JwtKeys::new(b"another-secret-that-is-long-enough-99", Duration::from_secs(60));
        let token = other.issue("u1", Role::Admin, "s1").unwrap();
        assert!(keys().verify(&token).is_err());
    }

    #[test]
    fn an_unsigned_alg_none_token_is_refused() {
        let keys = keys();
        let token = keys.issue("u1", Role::Mother, "s1").unwrap();
        let payload = token.split('.').nth(1).unwrap();
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        assert!(keys.verify(&format!("{header}.{payload}.")).is_err());
    }

    #[test]
    fn a_token_whose_role_was_edited_is_refused() {
        let keys = keys();
        let token = keys.issue("u1", Role::Mother, "s1").unwrap();
        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        let claims = String::from_utf8(URL_SAFE_NO_PAD.decode(&parts[1]).unwrap()).unwrap();
        parts[1] = URL_SAFE_NO_PAD.encode(claims.replace("mother", "admin"));
        assert!(keys.verify(&parts.join(".")).is_err());
    }

    #[test]
    fn an_expired_token_is_refused() {
        let keys = JwtKeys::new(b"a-test-secret-that-is-long-enough-1234", Duration::ZERO);
        let now = chrono::Utc::now().timestamp() as u64;
        let claims = Claims {
            sub: "u1".into(),
            role: Role::Mother,
            iat: now - 120,
            exp: now - 60,
            sid: "s1".into(),
        };
        let token = jsonwebtoken::encode(&Header::default(), &claims, &keys.encoding).unwrap();
        assert!(keys.verify(&token).is_err());
    }
}
