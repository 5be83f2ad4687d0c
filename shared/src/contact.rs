//! Contact details, parsed: UK phone numbers and email addresses.

use std::fmt;

/// A UK phone number, kept in E.164 form (`+447700900123`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// Parses a UK number as people write it: `07700 900123`, `+44 7700 900123`,
    /// `0044 7700-900123`, `(0151) 702 4000`.
    pub fn parse(input: &str) -> Result<PhoneNumber, String> {
        let trimmed = input.trim();
        let mut digits = String::new();
        for (i, c) in trimmed.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => digits.push('+'),
                ' ' | '-' | '(' | ')' | '.' => {}
                _ => return Err(format!("`{trimmed}` is not a phone number")),
            }
        }
        let national = if let Some(rest) = digits.strip_prefix("+44").or_else(|| digits.strip_prefix("0044"))
        {
            rest.strip_prefix('0').unwrap_or(rest).to_owned()
        } else if let Some(rest) = digits.strip_prefix('0') {
            rest.to_owned()
        } else {
            return Err(format!("`{trimmed}` is not a UK phone number"));
        };
        if !(9..=10).contains(&national.len()) || national.starts_with('0') {
            return Err(format!("`{trimmed}` is not a UK phone number"));
        }
        Ok(PhoneNumber(format!("+44{national}")))
    }

    /// The number in E.164 form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An email address, trimmed and lower-cased; checked only for a plausible shape,
/// since the only real check is a message arriving.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Parses an address with one `@`, something before it and a dotted domain after.
    pub fn parse(input: &str) -> Result<EmailAddress, String> {
        let email = input.trim().to_lowercase();
        let valid = email.len() <= 254
            && !email.chars().any(char::is_whitespace)
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            });
        if valid {
            Ok(EmailAddress(email))
        } else {
            Err(format!("`{}` is not an email address", input.trim()))
        }
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_numbers_are_kept_in_e164_however_they_are_written() {
        for written in [
            "07700 900123",
            "+44 7700 900123",
            "0044 7700-900123",
            "+44 (0)7700 900123",
        ] {
            assert_eq!(
                PhoneNumber::parse(written).unwrap().as_str(),
                "+447700900123",
                "{written}"
            );
        }
        assert_eq!(
            PhoneNumber::parse("(0151) 702 4000").unwrap().as_str(),
            "+441517024000"
        );
    }

    #[test]
    fn other_numbers_and_text_are_refused() {
        for bad in [
            "",
            "12345",
            "+33 6 12 34 56 78",
            "07700 9001234567",
            "call me",
            "0 07700",
        ] {
            assert!(PhoneNumber::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails_are_lower_cased_and_shape_checked() {
        assert_eq!(
            EmailAddress::parse(" Amira@Example.ORG ").unwrap().as_str(),
            "amira@example.org"
        );
        for bad in [
            "",
            "amira",
            "amira@",
            "@example.org",
            "a@b",
            "a b@example.org",
            "a@@example.org",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
    }
}
