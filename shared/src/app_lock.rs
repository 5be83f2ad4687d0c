//! The app lock's rules (issue 22): what a PIN is, how it is hashed on the phone,
//! how long away locks the app, and how many wrong tries sign her out. The app
//! keeps the PIN only on the phone; the server never sees it.

/// PBKDF2-HMAC-SHA256 rounds: OWASP's 2023 figure.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// The salt's length, in bytes.
pub const SALT_BYTES: usize = 16;
/// Away longer than this, in milliseconds, and the app asks for the PIN.
pub const AWAY_MS: f64 = 5.0 * 60.0 * 1000.0;
/// Wrong tries in a row that sign her out of the phone.
pub const MAX_TRIES: u32 = 5;

/// The PIN as typed, with Arabic-Indic, Persian and Bengali digits (what an Arabic,
/// Urdu, Farsi or Bengali keyboard types) read as 0–9 and spaces dropped; `None` unless it is then
/// 4 to 6 digits.
pub fn parse_pin(typed: &str) -> Option<String> {
    let pin: String = typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{09E6}'..='\u{09EF}' => char::from(b'0' + (c as u32 - 0x09E6) as u8),
            other => other,
        })
        .collect();
    ((4..=6).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())).then_some(pin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_four_to_six_digits() {
        assert_eq!(parse_pin("1234").as_deref(), Some("1234"));
        assert_eq!(parse_pin(" 123 456 ").as_deref(), Some("123456"));
        assert_eq!(parse_pin("123"), None);
        assert_eq!(parse_pin("1234567"), None);
        assert_eq!(parse_pin("12a4"), None);
        assert_eq!(parse_pin(""), None);
    }

    #[test]
    fn arabic_and_persian_digits_are_the_same_pin() {
        assert_eq!(parse_pin("١٢٣٤").as_deref(), Some("1234"));
        assert_eq!(parse_pin("۱۲۳۴۵").as_deref(), Some("12345"));
        assert_eq!(parse_pin("٩٠٨٧"), parse_pin("9087"));
        assert_eq!(parse_pin("১২৩৪").as_deref(), Some("1234"));
    }
}
