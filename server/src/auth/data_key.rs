//! Secrets kept at rest (authenticator secrets) are sealed with AES-256-GCM under a
//! data key from `PERILINK_DATA_KEY`, named by a key id so keys can be rotated:
//! `PERILINK_DATA_KEY_PREVIOUS` lists old keys still to be read, and
//! `perilink-server rotate-data-key` re-seals every secret under the current key.
//!
//! A sealed value is `sealed:v1:<key id>:<base64 of the 12-byte nonce and the
//! ciphertext with its tag>`; the row it belongs to (the user's id) is the
//! associated data, so a sealed secret copied onto another row does not open.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use sha2::{Digest, Sha256};

const PREFIX: &str = "sealed:v1:";

/// One data key and its id.
#[derive(Clone)]
pub struct DataKey {
    pub id: String,
    key: [u8; 32],
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DataKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl DataKey {
    /// Parses `<id>:<64 hex digits>`.
    pub fn parse(value: &str) -> Result<DataKey, String> {
        let (id, hex) = value
            .trim()
            .split_once(':')
            .ok_or("expected `<key id>:<64 hex digits>`")?;
        let id_ok = !id.is_empty()
            && id.len() <= 32
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !id_ok {
            return Err("the key id must be 1 to 32 letters, digits, `-` or `_`".into());
        }
        if hex.len() != 64 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err("the key must be 32 bytes written as 64 hex digits".into());
        }
        let mut key = [0u8; 32];
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|e| e.to_string())?;
        }
        Ok(DataKey {
            id: id.to_owned(),
            key,
        })
    }

    /// The demo's built-in key: anyone can derive it, so it guards nothing real.
    pub fn demo() -> DataKey {
        DataKey {
            id: "demo".into(),
            key: Sha256::digest(b"perilink demo data key: not for real data").into(),
        }
    }
}

/// The current data key and the previous ones still read.
#[derive(Clone, Debug)]
pub struct DataKeys {
    pub current: DataKey,
    pub previous: Vec<DataKey>,
}

/// Why a sealed value would not open.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("sealed under key `{0}`, which is not configured")]
    UnknownKey(String),
    #[error("the sealed value is damaged or belongs to another row")]
    Damaged,
    #[error("could not seal: {0}")]
    Seal(String),
}

impl DataKeys {
    fn find(&self, id: &str) -> Option<&DataKey> {
        std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|k| k.id == id)
    }

    /// Seals `plain` for the row `row` under the current key.
    pub fn seal(&self, plain: &str, row: &str) -> Result<String, SealError> {
        let mut nonce = [0u8; 12];
        getrandom::fill(&mut nonce).map_err(|e| SealError::Seal(e.to_string()))?;
        let cipher = Aes256Gcm::new((&self.current.key).into());
        let sealed = cipher
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: plain.as_bytes(),
                    aad: row.as_bytes(),
                },
            )
            .map_err(|e| SealError::Seal(e.to_string()))?;
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        Ok(format!(
            "{PREFIX}{}:{}",
            self.current.id,
            STANDARD_NO_PAD.encode(bytes)
        ))
    }

    /// Opens a value sealed for `row`. A value stored before sealing existed (no
    /// prefix) is returned as it is, until `rotate-data-key` seals it.
    pub fn open(&self, stored: &str, row: &str) -> Result<String, SealError> {
        let Some(rest) = stored.strip_prefix(PREFIX) else {
            return Ok(stored.to_owned());
        };
        let (id, body) = rest.split_once(':').ok_or(SealError::Damaged)?;
        let key = self
            .find(id)
            .ok_or_else(|| SealError::UnknownKey(id.to_owned()))?;
        let bytes = STANDARD_NO_PAD.decode(body).map_err(|_| SealError::Damaged)?;
        if bytes.len() < 12 + 16 {
            return Err(SealError::Damaged);
        }
        let (nonce, sealed) = bytes.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().map_err(|_| SealError::Damaged)?;
        let plain = Aes256Gcm::new((&key.key).into())
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: sealed,
                    aad: row.as_bytes(),
                },
            )
            .map_err(|_| SealError::Damaged)?;
        String::from_utf8(plain).map_err(|_| SealError::Damaged)
    }

    /// Whether a stored value needs sealing again under the current key.
    pub fn is_current(&self, stored: &str) -> bool {
        stored
            .strip_prefix(PREFIX)
            .and_then(|rest| rest.split_once(':'))
            .is_some_and(|(id, _)| id == self.current.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(id: &str, byte: char) -> DataKeys {
        DataKeys {
            current: DataKey::parse(&format!("{id}:{}", byte.to_string().repeat(64))).unwrap(),
            previous: vec![],
        }
    }

    #[test]
    fn a_sealed_secret_opens_for_its_row_only_and_does_not_show_the_secret() {
        let k = keys("k1", 'a');
        let sealed = k.seal("JBSWY3DPEHPK3PXP", "user-1").unwrap();
        assert!(sealed.starts_with("sealed:v1:k1:") && !sealed.contains("JBSWY3DP"));
        assert_eq!(k.open(&sealed, "user-1").unwrap(), "JBSWY3DPEHPK3PXP");
        assert!(matches!(k.open(&sealed, "user-2"), Err(SealError::Damaged)));
        assert_ne!(
            sealed,
            k.seal("JBSWY3DPEHPK3PXP", "user-1").unwrap(),
            "a fresh nonce each time"
        );
    }

    #[test]
    fn an_old_key_still_opens_until_rotation_and_an_unknown_one_is_named() {
        let old = keys("k1", 'a');
        let sealed = old.seal("SECRET", "u").unwrap();
        let mut new = keys("k2", 'b');
        assert!(matches!(new.open(&sealed, "u"), Err(SealError::UnknownKey(id)) if id == "k1"));
        new.previous.push(old.current.clone());
        assert_eq!(new.open(&sealed, "u").unwrap(), "SECRET");
        assert!(!new.is_current(&sealed));
        assert!(new.is_current(&new.seal("SECRET", "u").unwrap()));
    }

    #[test]
    fn keys_are_parsed_strictly() {
        assert!(DataKey::parse("k1:00").is_err());
        assert!(DataKey::parse(&format!("bad id:{}", "0".repeat(64))).is_err());
        assert!(DataKey::parse(&"0".repeat(64)).is_err());
        assert!(DataKey::parse(&format!("2026-12:{}", "0f".repeat(32))).is_ok());
    }
}
