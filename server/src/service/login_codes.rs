//! Signing in with a one-time code sent to a mother's phone or email: six digits,
//! kept as a hash, good once for ten minutes, dead after five tries. Asking for a
//! code answers the same whether or not the contact has an account, and asking is
//! limited per contact and per client address over ten minutes and per contact
//! over a day; wrong codes are limited per contact over a day too. Everything is
//! counted in the database so the limits hold across server processes. The same
//! counters limit reset links and sign-ups ([`limit_signups`]).

use crate::auth::refresh::hash_token;
use crate::entity::user;
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::outbox::{self, Recipient};
use crate::service::{sql, users};
use chrono::{DateTime, Duration, Utc};
use perilink_shared::accounts::{CODE_DIGITS, CODE_MAX_ATTEMPTS, CODE_MINUTES, normalise_code};
use perilink_shared::auth::Role;
use perilink_shared::contact::PhoneNumber;
use sea_orm::{ConnectionTrait, FromQueryResult};
use std::net::IpAddr;

/// Requests (codes or reset links) allowed per contact in [`REQUEST_WINDOW_MINUTES`].
pub const PER_CONTACT: i64 = 3;
/// Requests allowed per client address in the window.
pub const PER_ADDRESS: i64 = 20;
/// The window requests are counted over.
pub const REQUEST_WINDOW_MINUTES: i64 = 10;
/// Requests of one kind (codes, reset links, sign-ups) that go ahead per contact in
/// a day, whether or not the contact has an account: about ten texts a day to one
/// number at most, however the ten-minute limit is paced.
pub const PER_CONTACT_PER_DAY: i64 = 10;
/// Wrong codes allowed per contact in a day, over all her codes: at most ten
/// guesses in a million a day.
pub const WRONG_CODES_PER_DAY: i64 = 10;
/// Sign-ups allowed per client address in [`SIGNUP_WINDOW_MINUTES`].
pub const SIGNUPS_PER_ADDRESS: i64 = 10;
/// Sign-ups allowed from everyone together in the window: far above a city's
/// mothers joining, far below a script making accounts.
pub const SIGNUPS_IN_ALL: i64 = 500;
/// The window sign-ups are counted over.
pub const SIGNUP_WINDOW_MINUTES: i64 = 60;

/// A contact as typed, normalised: an E.164 phone number or a lower-case email.
pub fn normalise_contact(contact: &str) -> String {
    match PhoneNumber::parse(contact) {
        Ok(phone) if !contact.contains('@') => phone.as_str().to_owned(),
        _ => users::normalise_email(contact),
    }
}

/// Which channel reaches this contact.
pub fn channel_for(contact: &str) -> &'static str {
    if contact.contains('@') { "email" } else { "sms" }
}

fn contact_key(kind: &str, contact: &str) -> String {
    format!("{kind}:contact:{}", hash_token(&normalise_contact(contact)))
}

/// Records one event under `key` now and returns its id, how many events the key
/// has had since `since` (this one included) and when the oldest of them was.
async fn record_and_count<C: ConnectionTrait>(
    db: &C,
    key: &str,
    since: DateTime<Utc>,
) -> Result<(String, i64, DateTime<Utc>), AppError> {
    let now = Utc::now();
    let id = uuid::Uuid::new_v4().to_string();
    sql::exec(
        db,
        "INSERT INTO login_failures (id, key, at) VALUES (?, ?, ?)",
        vec![id.clone().into(), key.into(), now.into()],
    )
    .await?;
    let Some(row) = sql::row::<Failures>(
        db,
        "SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures WHERE key = ? AND at > ?",
        vec![key.into(), since.into()],
    )
    .await?
    else {
        return Ok((id, 1, now));
    };
    Ok((id, row.n, row.oldest.unwrap_or(now)))
}

/// How many failures a key has in a window, and when the oldest of them was.
#[derive(FromQueryResult)]
struct Failures {
    n: i64,
    oldest: Option<DateTime<Utc>>,
}

/// A code not yet used.
#[derive(FromQueryResult)]
struct CodeRow {
    id: String,
    code_hash: String,
    expires_at: DateTime<Utc>,
}

/// A code used already.
#[derive(FromQueryResult)]
struct SpentRow {
    id: String,
    code_hash: String,
}

/// Seconds until an event at `oldest` leaves a window of `window`, at least one.
fn seconds_until(oldest: DateTime<Utc>, window: Duration) -> u64 {
    u64::try_from((oldest + window - Utc::now()).num_seconds())
        .unwrap_or(0)
        .max(1)
}

/// Counts an event under `key` against `limit` a day; over it, the event is not
/// kept (waiting is all that is asked) and is refused with how long to wait.
async fn limit_per_day<C: ConnectionTrait>(db: &C, key: &str, limit: i64) -> Result<(), AppError> {
    let day = Duration::days(1);
    let now = Utc::now();
    sql::exec(
        db,
        "DELETE FROM login_failures WHERE key = ? AND at <= ?",
        vec![key.into(), (now - day).into()],
    )
    .await?;
    let (id, count, oldest) = record_and_count(db, key, now - day).await?;
    if count > limit {
        sql::exec(db, "DELETE FROM login_failures WHERE id = ?", vec![id.into()]).await?;
        return Err(AppError::TooManyRequests {
            retry_after_secs: seconds_until(oldest, day),
        });
    }
    Ok(())
}

/// Counts a request for a code or a link (`purpose`) against the contact and the
/// client address over ten minutes, and against the contact over a day; past any
/// limit it is refused. The request is recorded first and counted after, so two
/// servers racing can refuse too many, never allow too many. The answer is the
/// same whether or not the contact has an account.
pub async fn limit_requests<C: ConnectionTrait>(
    db: &C,
    purpose: &str,
    contact: &str,
    client: IpAddr,
) -> Result<(), AppError> {
    let since = Utc::now() - Duration::minutes(REQUEST_WINDOW_MINUTES);
    let mut over = false;
    for (key, limit) in [
        (contact_key(purpose, contact), PER_CONTACT),
        (format!("{purpose}:address:{client}"), PER_ADDRESS),
    ] {
        let (_, count, _) = record_and_count(db, &key, since).await?;
        over |= count > limit;
    }
    if over {
        return Err(AppError::TooManyRequests {
            retry_after_secs: (REQUEST_WINDOW_MINUTES * 60) as u64,
        });
    }
    limit_per_day(
        db,
        &contact_key(&format!("{purpose}-day"), contact),
        PER_CONTACT_PER_DAY,
    )
    .await
}

/// Counts a sign-up against its contacts (as [`limit_requests`] does: each may get
/// a message), the client address, and everyone's sign-ups together.
pub async fn limit_signups<C: ConnectionTrait>(
    db: &C,
    contacts: &[&str],
    client: IpAddr,
) -> Result<(), AppError> {
    let window = Duration::minutes(SIGNUP_WINDOW_MINUTES);
    let since = Utc::now() - window;
    for (key, limit) in [
        (format!("signup-limit:address:{client}"), SIGNUPS_PER_ADDRESS),
        ("signup-limit:all".to_owned(), SIGNUPS_IN_ALL),
    ] {
        let (_, count, oldest) = record_and_count(db, &key, since).await?;
        if count > limit {
            return Err(AppError::TooManyRequests {
                retry_after_secs: seconds_until(oldest, window),
            });
        }
    }
    for contact in contacts {
        limit_requests(db, "signup", contact, client).await?;
    }
    Ok(())
}

/// A uniformly random six-digit code.
fn new_code() -> Result<String, AppError> {
    loop {
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(e.to_string().into()))?;
        let n = u32::from_be_bytes(bytes);
        // Reject the top sliver so every code is equally likely.
        if n < u32::MAX - (u32::MAX % 1_000_000) {
            return Ok(format!("{:0width$}", n % 1_000_000, width = CODE_DIGITS));
        }
    }
}

fn code_hash(code_id: &str, code: &str) -> String {
    hash_token(&format!("{code_id}:{code}"))
}

/// Where codes of one kind are kept: the table, and the column saying whose each is.
#[derive(Clone, Copy)]
pub(crate) struct Codes {
    table: &'static str,
    owner: &'static str,
}

/// Codes that sign a mother in to her account, kept by account.
const ACCOUNT_CODES: Codes = Codes {
    table: "login_codes",
    owner: "user_id",
};

/// Codes that confirm a sign-up, kept by a hash of the contact they went to.
pub(crate) const SIGNUP_CODES: Codes = Codes {
    table: "signup_codes",
    owner: "contact_key",
};

/// Whose sign-up codes are kept under: a hash of the contact, never the contact.
pub(crate) fn signup_owner(contact: &str) -> String {
    contact_key("signup-code", contact)
}

/// Makes a new code for `owner` and retires the older ones; its id and the code.
pub(crate) async fn issue<C: ConnectionTrait>(
    db: &C,
    codes: Codes,
    owner: &str,
) -> Result<(String, String), AppError> {
    let Codes { table, owner: column } = codes;
    let now = Utc::now();
    let id = uuid::Uuid::new_v4().to_string();
    let code = new_code()?;
    sql::exec(
        db,
        &format!(
            "INSERT INTO {table} (id, {column}, code_hash, created_at, expires_at, attempts, used_at) \
             VALUES (?, ?, ?, ?, ?, 0, NULL)"
        ),
        vec![
            id.clone().into(),
            owner.into(),
            code_hash(&id, &code).into(),
            now.into(),
            (now + Duration::minutes(CODE_MINUTES)).into(),
        ],
    )
    .await?;
    // Only the newest code works. The others are retired after this one is
    // written, not before: of requests at once (a retry while the first is in
    // flight), the last to get here sees every code and leaves only the newest.
    sql::exec(
        db,
        &format!(
            "UPDATE {table} SET used_at = ? WHERE {column} = ? AND used_at IS NULL AND id <> \
             (SELECT id FROM {table} WHERE {column} = ? ORDER BY created_at DESC, id DESC LIMIT 1)"
        ),
        vec![now.into(), owner.into(), owner.into()],
    )
    .await?;
    Ok((id, code))
}

/// Sends a code if the contact belongs to an active mother's account; says nothing
/// either way.
pub async fn request<C: ConnectionTrait>(db: &C, contact: &str, client: IpAddr) -> Result<(), AppError> {
    limit_requests(db, "code", contact, client).await?;
    let contact = normalise_contact(contact);
    let Some(account) = users::find_by_login(db, &contact)
        .await?
        .filter(|u| u.active && u.role == Role::Mother.as_str())
    else {
        return Ok(());
    };
    let (id, code) = issue(db, ACCOUNT_CODES, &account.id).await?;
    outbox::enqueue_with_payload(
        db,
        channel_for(&contact),
        Recipient::User(&account.id),
        "login_code",
        &account.language,
        &id,
        &code,
    )
    .await?;
    tracing::info!(user.id = %account.id, code.id = %id, "sign-in code sent");
    Ok(())
}

/// Checks a code; the account it signs in on success. Every try counts before the
/// code is compared, so no more than five guesses at one code are ever checked,
/// whatever races; and past [`WRONG_CODES_PER_DAY`] wrong codes for a contact in a
/// day, no code for it is checked until a day after the first of them.
pub async fn verify<C: ConnectionTrait>(db: &C, contact: &str, code: &str) -> Result<user::Model, AppError> {
    let tried = limited(db, contact, check_code(db, contact, code)).await?;
    match tried {
        (Tried::Right, Some(account)) => Ok(account),
        (tried, _) => Err(tried.refusal()),
    }
}

/// Runs one try at a code for `contact` within the day's limit of wrong tries, and
/// counts it if it was wrong.
pub(crate) async fn limited<C: ConnectionTrait, T>(
    db: &C,
    contact: &str,
    attempt: impl Future<Output = Result<(Tried, T), AppError>>,
) -> Result<(Tried, T), AppError> {
    let wrong_key = contact_key("code-wrong", contact);
    let day = Duration::days(1);
    let failures = sql::row::<Failures>(
        db,
        "SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures WHERE key = ? AND at > ?",
        vec![wrong_key.clone().into(), (Utc::now() - day).into()],
    )
    .await?;
    if let Some(Failures {
        n: wrong,
        oldest: Some(oldest),
    }) = failures
        && wrong >= WRONG_CODES_PER_DAY
    {
        return Err(AppError::TooManyRequests {
            retry_after_secs: seconds_until(oldest, day),
        });
    }
    let tried = attempt.await?;
    if let Tried::Wrong = tried.0 {
        // Counted for every contact alike, with an account or not, so the daily
        // limit tells nobody which numbers have accounts.
        sql::exec(
            db,
            "DELETE FROM login_failures WHERE key = ? AND at <= ?",
            vec![wrong_key.clone().into(), (Utc::now() - day).into()],
        )
        .await?;
        sql::exec(
            db,
            "INSERT INTO login_failures (id, key, at) VALUES (?, ?, ?)",
            vec![
                uuid::Uuid::new_v4().to_string().into(),
                wrong_key.into(),
                Utc::now().into(),
            ],
        )
        .await?;
    }
    Ok(tried)
}

/// What one try at a code came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tried {
    /// The newest live code: now used.
    Right,
    /// Not the code: counted towards the day's wrong tries.
    Wrong,
    /// The code, already used: a phone sending it again while the first answer is
    /// on its way. Refused, but no guess, so not counted.
    Spent,
    /// Five tries at this code already.
    TooManyTries,
}

impl Tried {
    /// What anything but [`Tried::Right`] answers.
    pub(crate) fn refusal(self) -> AppError {
        match self {
            Tried::TooManyTries => AppError::TooManyAttempts,
            _ => AppError::CodeInvalid,
        }
    }
}

/// One try at the newest live code of `owner`, counted before it is compared.
pub(crate) async fn try_code<C: ConnectionTrait>(
    db: &C,
    codes: Codes,
    owner: &str,
    code: &str,
) -> Result<Tried, AppError> {
    let Codes { table, owner: column } = codes;
    let code = normalise_code(code);
    let row = sql::row::<CodeRow>(
        db,
        &format!(
            "SELECT id, code_hash, expires_at FROM {table} WHERE {column} = ? AND used_at IS NULL \
             ORDER BY created_at DESC, id DESC LIMIT 1"
        ),
        vec![owner.into()],
    )
    .await?;
    let Some(CodeRow {
        id,
        code_hash: hash,
        expires_at: expires,
    }) = row
    else {
        return Ok(if just_spent(db, codes, owner, &code).await? {
            Tried::Spent
        } else {
            Tried::Wrong
        });
    };
    if expires <= Utc::now() {
        return Ok(Tried::Wrong);
    }
    let counted = sql::exec(
        db,
        &format!(
            "UPDATE {table} SET attempts = attempts + 1 WHERE id = ? AND attempts < ? AND used_at IS NULL"
        ),
        vec![id.clone().into(), CODE_MAX_ATTEMPTS.into()],
    )
    .await?;
    if counted != 1 {
        return Ok(Tried::TooManyTries);
    }
    if !is_code(&id, &hash, &code) {
        return Ok(Tried::Wrong);
    }
    let spent = sql::exec(
        db,
        &format!("UPDATE {table} SET used_at = ? WHERE id = ? AND used_at IS NULL"),
        vec![Utc::now().into(), id.clone().into()],
    )
    .await?;
    if spent != 1 {
        return Ok(Tried::Spent);
    }
    outbox::forget_payload(db, &id).await?;
    Ok(Tried::Right)
}

fn is_code(id: &str, hash: &str, code: &str) -> bool {
    code.len() == CODE_DIGITS && code.bytes().all(|b| b.is_ascii_digit()) && code_hash(id, code) == hash
}

/// Whether `code` is the one `owner` used in the last [`CODE_MINUTES`].
async fn just_spent<C: ConnectionTrait>(
    db: &C,
    codes: Codes,
    owner: &str,
    code: &str,
) -> Result<bool, AppError> {
    let Codes { table, owner: column } = codes;
    let row = sql::row::<SpentRow>(
        db,
        &format!(
            "SELECT id, code_hash FROM {table} WHERE {column} = ? AND used_at > ? \
             ORDER BY used_at DESC, id DESC LIMIT 1"
        ),
        vec![
            owner.into(),
            (Utc::now() - Duration::minutes(CODE_MINUTES)).into(),
        ],
    )
    .await?;
    Ok(row.is_some_and(|row| is_code(&row.id, &row.code_hash, code)))
}

/// One try at a mother's sign-in code, audited against her account.
async fn check_code<C: ConnectionTrait>(
    db: &C,
    contact: &str,
    code: &str,
) -> Result<(Tried, Option<user::Model>), AppError> {
    let contact = normalise_contact(contact);
    let account = users::find_by_login(db, &contact)
        .await?
        .filter(|u| u.active && u.role == Role::Mother.as_str());
    let Some(account) = account else {
        return Ok((Tried::Wrong, None));
    };
    let tried = try_code(db, ACCOUNT_CODES, &account.id, code).await?;
    let (action, detail) = match tried {
        Tried::Right => ("auth.login_code", None),
        Tried::Wrong => ("auth.code_failed", None),
        Tried::TooManyTries => ("auth.code_refused", Some("too many wrong tries")),
        Tried::Spent => return Ok((tried, None)),
    };
    audit::record(
        db,
        AuditEntry {
            actor_id: (tried == Tried::Right).then_some(account.id.as_str()),
            action,
            subject_type: Some("user"),
            subject_id: Some(&account.id),
            detail,
        },
    )
    .await?;
    Ok((tried, Some(account)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits() {
        for _ in 0..100 {
            let code = new_code().unwrap();
            assert_eq!(code.len(), 6);
            assert!(code.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn contacts_are_normalised_however_typed() {
        assert_eq!(normalise_contact(" Amina@Example.org "), "amina@example.org");
        assert_eq!(
            normalise_contact("07700 900123"),
            normalise_contact("+447700900123")
        );
        assert_eq!(channel_for("a@b.org"), "email");
    }
}
