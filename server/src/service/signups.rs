//! A mother signing herself up, in two steps that answer alike whether or not her
//! number or email already has an account (issue 14): knowing that a number has a
//! PeriLink account says its owner is pregnant or has a new baby.
//!
//! 1. [`start`]: the details are checked and the contact she gave first (her phone
//!    if she gave one) is sent a code. A contact that already has an account is sent
//!    a note saying so to its holder instead, and nothing is made. The answer is the
//!    same either way.
//! 2. [`confirm`]: the same details come again with the code; a right code makes
//!    the account. Codes are tried as sign-in codes are ([`login_codes`]): five
//!    tries a code, ten wrong a day a contact, and only their hashes kept.
//!
//! Nothing of her is kept between the steps but the code's hash under a hash of
//! the contact.

use crate::entity::user;
use crate::error::AppError;
use crate::service::login_codes::{self, SIGNUP_CODES, Tried, channel_for, signup_owner};
use crate::service::outbox::{self, Recipient};
use crate::service::users::{self, NewMother};
use perilink_shared::booking::SignupStarted;
use sea_orm::DatabaseConnection;

/// The contact a sign-up's code goes to: her phone if she gave one, else her email.
fn first_contact(new: &NewMother) -> &str {
    match (&new.phone, &new.email) {
        (Some(phone), _) => phone.as_str(),
        (None, Some(email)) => email,
        // `check_signup` refuses a sign-up with neither.
        (None, None) => "",
    }
}

/// The first step: a code to a new contact, a note to the holder of a taken one.
/// `demo` puts the code in the answer, for a server whose messages go to its log.
pub async fn start(db: &DatabaseConnection, new: &NewMother, demo: bool) -> Result<SignupStarted, AppError> {
    let contact = first_contact(new);
    let channel = channel_for(contact);
    let given = new
        .phone
        .as_ref()
        .map(|p| p.as_str())
        .into_iter()
        .chain(new.email.as_deref());
    let mut taken = false;
    for given in given {
        if let Some(holder) = users::find_by_login(db, given).await? {
            taken = true;
            outbox::enqueue(
                db,
                channel_for(given),
                Recipient::User(&holder.id),
                "account_exists",
                &holder.language,
            )
            .await?;
            tracing::info!(user.id = %holder.id, "sign-up for a contact in use: its holder is told");
        }
    }
    if taken {
        return Ok(SignupStarted {
            channel: channel.to_owned(),
            demo_code: None,
        });
    }
    let (id, code) = login_codes::issue(db, SIGNUP_CODES, &signup_owner(contact)).await?;
    outbox::enqueue_with_payload(
        db,
        channel,
        Recipient::Address(contact),
        "login_code",
        new.language.tag(),
        &id,
        &code,
    )
    .await?;
    tracing::info!(code.id = %id, "sign-up code sent");
    Ok(SignupStarted {
        channel: channel.to_owned(),
        demo_code: demo.then_some(code),
    })
}

/// The second step: the code sent by [`start`], and the account it makes.
pub async fn confirm(db: &DatabaseConnection, new: NewMother, code: &str) -> Result<user::Model, AppError> {
    let contact = first_contact(&new).to_owned();
    let owner = signup_owner(&contact);
    let (tried, ()) = login_codes::limited(db, &contact, async {
        Ok((login_codes::try_code(db, SIGNUP_CODES, &owner, code).await?, ()))
    })
    .await?;
    if tried != Tried::Right {
        return Err(tried.refusal());
    }
    users::create_mother(db, new).await
}
