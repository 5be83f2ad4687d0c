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
    /// Whether this sign-in passed two-factor (an authenticator code).
    #[serde(default)]
    pub mfa: bool,
}

/// What a two-factor challenge token says: the password was right for `sub`, and
/// the code is still to come. Signed with a key of its own, so it is never
/// mistaken for an access token (nor one for it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MfaClaims {
    pub sub: String,
    pub iat: u64,
    pub exp: u64,
    /// Always `mfa`.
    pub purpose: String,
}

/// How long a two-factor challenge lasts.
pub const MFA_CHALLENGE_TTL: Duration = Duration::from_secs(5 * 60);

/// The keys that sign and check access tokens, made once from the secret.
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    mfa_encoding: EncodingKey,
    mfa_decoding: DecodingKey,
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
        let mfa_secret = [secret, b":two-factor-challenge"].concat();
        JwtKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            mfa_encoding: EncodingKey::from_secret(&mfa_secret),
            mfa_decoding: DecodingKey::from_secret(&mfa_secret),
            validation,
            ttl,
        }
    }

    /// How long the tokens this issues live.
    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// Signs a token for this user and sign-in; `mfa` says whether the sign-in
    /// passed two-factor.
    pub fn issue(
        &self,
        user_id: &str,
        role: Role,
        session_id: &str,
        mfa: bool,
    ) -> Result<String, jsonwebtoken::errors::Error> {
        let now = chrono::Utc::now().timestamp().max(0) as u64;
        let claims = Claims {
            sub: user_id.to_owned(),
            role,
            iat: now,
            exp: now + self.ttl.as_secs(),
            sid: session_id.to_owned(),
            mfa,
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
    }

    /// Signs a two-factor challenge for this user, good for [`MFA_CHALLENGE_TTL`].
    pub fn issue_challenge(&self, user_id: &str) -> Result<String, jsonwebtoken::errors::Error> {
        let now = chrono::Utc::now().timestamp().max(0) as u64;
        let claims = MfaClaims {
            sub: user_id.to_owned(),
            iat: now,
            exp: now + MFA_CHALLENGE_TTL.as_secs(),
            purpose: "mfa".into(),
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.mfa_encoding)
    }

    /// Checks a two-factor challenge and returns the user it is for.
    pub fn verify_challenge(&self, token: &str) -> Option<String> {
        jsonwebtoken::decode::<MfaClaims>(token, &self.mfa_decoding, &self.validation)
            .ok()
            .filter(|d| d.claims.purpose == "mfa")
            .map(|d| d.claims.sub)
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
        let token = keys.issue("u1", Role::Host, "s1", false).unwrap();
        let claims = keys.verify(&token).unwrap();
        assert_eq!(claims.sub, "u1");
        assert_eq!(claims.role, Role::Host);
        assert_eq!(claims.exp - claims.iat, 60);
    }

    #[test]
    fn a_token_signed_with_another_secret_is_refused() {
        let other = JwtKeys::new(b"another-secret-that-is-long-enough-99", Duration::from_secs(60));
        let token = other.issue("u1", Role::Admin, "s1", false).unwrap();
        assert!(keys().verify(&token).is_err());
    }

    #[test]
    fn an_unsigned_alg_none_token_is_refused() {
        let keys = keys();
        let token = keys.issue("u1", Role::Mother, "s1", false).unwrap();
        let payload = token.split('.').nth(1).unwrap();
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        assert!(keys.verify(&format!("{header}.{payload}.")).is_err());
    }

    #[test]
    fn a_token_whose_role_was_edited_is_refused() {
        let keys = keys();
        let token = keys.issue("u1", Role::Mother, "s1", false).unwrap();
        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        let claims = String::from_utf8(URL_SAFE_NO_PAD.decode(&parts[1]).unwrap()).unwrap();
        parts[1] = URL_SAFE_NO_PAD.encode(claims.replace("mother", "admin"));
        assert!(keys.verify(&parts.join(".")).is_err());
    }

    #[test]
    fn a_challenge_is_not_an_access_token_nor_the_other_way_round() {
        let keys = keys();
        let challenge = keys.issue_challenge("u1").unwrap();
        assert_eq!(keys.verify_challenge(&challenge).as_deref(), Some("u1"));
        assert!(keys.verify(&challenge).is_err());
        let access = keys.issue("u1", Role::Admin, "s1", true).unwrap();
        assert_eq!(keys.verify_challenge(&access), None);
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
            mfa: false,
        };
        let token = jsonwebtoken::encode(&Header::default(), &claims, &keys.encoding).unwrap();
        assert!(keys.verify(&token).is_err());
    }
}
