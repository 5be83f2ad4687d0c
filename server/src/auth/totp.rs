//! One-time passwords from an authenticator app: HOTP (RFC 4226) and TOTP
//! (RFC 6238) with HMAC-SHA-1, 30-second steps and 6 digits, the settings every
//! authenticator app supports. Secrets travel as unpadded base32 (RFC 4648).

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

/// Seconds per step.
pub const STEP_SECS: u64 = 30;
/// Digits in a code.
pub const DIGITS: u32 = 6;
/// Bytes of a new secret (160 bits, as RFC 4226 recommends).
pub const SECRET_BYTES: usize = 20;

/// The HOTP value of `counter` under `key`, as a number of `digits` digits.
pub fn hotp(key: &[u8], counter: u64, digits: u32) -> u32 {
    let Ok(mut mac) = <Hmac<Sha1> as KeyInit>::new_from_slice(key) else {
        // HMAC takes keys of any length; this cannot happen.
        return 0;
    };
    mac.update(&counter.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = (hash[hash.len() - 1] & 0x0f) as usize;
    let binary = u32::from_be_bytes([hash[offset], hash[offset + 1], hash[offset + 2], hash[offset + 3]])
        & 0x7fff_ffff;
    binary % 10u32.pow(digits)
}

/// The step a Unix time falls in.
pub fn step_at(unix_secs: u64) -> u64 {
    unix_secs / STEP_SECS
}

/// The code for a step, zero-padded to [`DIGITS`] digits.
pub fn code_at_step(key: &[u8], step: u64) -> String {
    format!("{:0width$}", hotp(key, step, DIGITS), width = DIGITS as usize)
}

/// The code an authenticator shows at this Unix time.
pub fn code_at(key: &[u8], unix_secs: u64) -> String {
    code_at_step(key, step_at(unix_secs))
}

/// The step (of now, the one before or the one after) whose code `code` is, if
/// any. The caller refuses a step it has already accepted once.
pub fn matching_step(key: &[u8], code: &str, unix_secs: u64) -> Option<u64> {
    let code = code.trim();
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = step_at(unix_secs);
    [now, now.saturating_sub(1), now + 1]
        .into_iter()
        .find(|&step| constant_time_eq(code_at_step(key, step).as_bytes(), code.as_bytes()))
}

/// Whether two secrets are equal, in a time that does not depend on where they differ.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Unpadded base32 (RFC 4648), as authenticator apps take secrets.
pub fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// Decodes base32, ignoring case, spaces and padding; `None` if not base32.
pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let value = ALPHABET
            .iter()
            .position(|&a| a as char == c.to_ascii_uppercase())? as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
        buffer &= (1 << bits) - 1;
    }
    Some(out)
}

/// The `otpauth://` URI an authenticator app reads from a QR code.
pub fn otpauth_uri(secret_base32: &str, account: &str) -> String {
    format!(
        "otpauth://totp/PeriLink:{}?secret={secret_base32}&issuer=PeriLink&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        percent_encode(account)
    )
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SEED: &[u8] = b"12345678901234567890";

    #[test]
    fn the_rfc_6238_sha1_vectors_give_their_eight_digit_codes() {
        // RFC 6238, Appendix B, the SHA-1 column.
        for (time, expected) in [
            (59u64, "94287082"),
            (1111111109, "07081804"),
            (1111111111, "14050471"),
            (1234567890, "89005924"),
            (2000000000, "69279037"),
            (20000000000, "65353130"),
        ] {
            let code = format!("{:08}", hotp(RFC_SEED, step_at(time), 8));
            assert_eq!(code, expected, "at {time}");
        }
    }

    #[test]
    fn the_rfc_4226_hotp_vectors_give_their_six_digit_codes() {
        let expected = [
            755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489,
        ];
        for (counter, value) in expected.into_iter().enumerate() {
            assert_eq!(hotp(RFC_SEED, counter as u64, 6), value);
        }
    }

    #[test]
    fn a_code_is_accepted_one_step_either_side_and_no_further() {
        let time = 1_111_111_109;
        let code = code_at(RFC_SEED, time);
        assert_eq!(code, "081804");
        assert_eq!(matching_step(RFC_SEED, &code, time), Some(step_at(time)));
        assert!(matching_step(RFC_SEED, &code, time + 30).is_some());
        assert!(matching_step(RFC_SEED, &code, time - 30).is_some());
        assert_eq!(matching_step(RFC_SEED, &code, time + 90), None);
        assert_eq!(matching_step(RFC_SEED, "12345", time), None);
        assert_eq!(matching_step(RFC_SEED, "abcdef", time), None);
    }

    #[test]
    fn base32_round_trips_and_matches_rfc_4648() {
        assert_eq!(base32_encode(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32_encode(RFC_SEED), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(base32_decode("mzxw 6ytb oi==").unwrap(), b"foobar");
        assert_eq!(base32_decode("1"), None);
    }

    #[test]
    fn the_uri_names_the_issuer_and_escapes_the_account() {
        let uri = otpauth_uri("ABC", "a b@x.org");
        assert_eq!(
            uri,
            "otpauth://totp/PeriLink:a%20b@x.org?secret=ABC&issuer=PeriLink&algorithm=SHA1&digits=6&period=30"
        );
    }
}
