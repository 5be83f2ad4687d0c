//! Reading a text column that holds one of a fixed set of names: a `string_enum!`
//! type of `shared` (a referral's status, a programme's kind, ...).
//!
//! A name the server does not know means the row was written by something else (a
//! newer version, a hand edit, a corrupt restore). It is an error, logged here with
//! the row's table, column and id, never read as some default. The value itself is
//! left out of the log: a corrupt column could hold anything.

use sea_orm::DbErr;
use std::fmt::Display;
use std::str::FromStr;

/// The value `raw`, read from `table`.`column` of the row `id`, as a `T`.
pub fn column<T: FromStr>(
    raw: &str,
    table: &'static str,
    column: &'static str,
    id: impl Display,
) -> Result<T, DbErr> {
    raw.parse().map_err(|_| unknown(table, column, &id))
}

/// As [`column`], for a column that may be empty.
pub fn optional<T: FromStr>(
    raw: Option<&str>,
    table: &'static str,
    column_name: &'static str,
    id: impl Display,
) -> Result<Option<T>, DbErr> {
    raw.map(|raw| column(raw, table, column_name, id)).transpose()
}

/// As [`column`], for a column holding space-separated names.
pub fn list<T: FromStr>(
    raw: &str,
    table: &'static str,
    column_name: &'static str,
    id: impl Display,
) -> Result<Vec<T>, DbErr> {
    raw.split_whitespace()
        .map(|raw| column(raw, table, column_name, &id))
        .collect()
}

/// The error for a value of `table`.`column` in the row `id` that this server does
/// not know, logged: for types read some other way than [`FromStr`].
pub fn unknown(table: &'static str, column: &'static str, id: &dyn Display) -> DbErr {
    tracing::error!(table, column, id = %id, "a row holds a value this server does not know");
    DbErr::Type(format!(
        "{table}.{column} of row {id} holds a value this server does not know"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use perilink_shared::referral::ReferralStatus;

    #[test]
    fn a_known_name_is_read() {
        let status: ReferralStatus = column("accepted", "referrals", "status", "r1").unwrap();
        assert_eq!(status, ReferralStatus::Accepted);
        let none: Option<ReferralStatus> = optional(None, "referrals", "status", "r1").unwrap();
        assert_eq!(none, None);
    }

    #[test]
    fn an_unknown_name_is_an_error_naming_the_row_not_the_value() {
        let err = column::<ReferralStatus>("Mrs Smith", "referrals", "status", "r1").unwrap_err();
        let text = err.to_string();
        assert!(text.contains("referrals.status of row r1"), "{text}");
        assert!(!text.contains("Smith"), "{text}");
        assert!(optional::<ReferralStatus>(Some("bogus"), "referrals", "status", "r1").is_err());
        assert!(list::<ReferralStatus>("sent bogus", "referrals", "status", "r1").is_err());
        assert_eq!(
            list::<ReferralStatus>(" sent  accepted ", "referrals", "status", "r1").unwrap(),
            [ReferralStatus::Sent, ReferralStatus::Accepted]
        );
    }

    /// Logs into a buffer, for reading back what was logged.
    #[derive(Clone, Default)]
    struct Logged(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl std::io::Write for Logged {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn an_unknown_name_is_logged_with_its_table_column_and_row() {
        let logged = Logged::default();
        let writer = logged.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            let _ = column::<ReferralStatus>("Mrs Smith", "referrals", "status", "r1");
        });
        let text = String::from_utf8(logged.0.lock().unwrap().clone()).unwrap();
        assert!(text.contains("ERROR"), "{text}");
        assert!(
            text.contains("table=\"referrals\"")
                && text.contains("column=\"status\"")
                && text.contains("id=r1"),
            "{text}"
        );
        assert!(!text.contains("Smith"), "{text}");
    }
}
