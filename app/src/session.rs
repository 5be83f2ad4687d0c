//! Who is signed in. On load the app trades the refresh cookie for an access token;
//! the token lives only in memory, so closing the tab forgets it. Signed-in calls go
//! through [`Session::call`], which renews an expired token once and retries, and
//! notes a refusal for want of two-factor so the frame can send the user on.
//!
//! It also holds whether the app lock is shut ([`crate::phone::lock`]): shut when
//! the app opens with a PIN set, and after five minutes away; a sign-in with a
//! password or code opens it, a right PIN opens it, and signing out forgets the PIN
//! with everything else of hers on the phone.

use crate::api::{self, ApiError, Token};
use crate::phone::lock;
use leptos::prelude::*;
use perilink_shared::accounts::TwoFactor;
use perilink_shared::auth::{LoginResponse, UserProfile};
use perilink_shared::error::ErrorCode;
use std::future::Future;

/// The signed-in state.
#[derive(Clone, Debug, PartialEq)]
pub enum AuthState {
    /// Checking the refresh cookie.
    Checking,
    /// Nobody is signed in.
    SignedOut,
    /// Signed in with this token.
    SignedIn {
        /// The access token.
        token: Token,
        /// Who signed in.
        user: UserProfile,
    },
}

/// The session provider, shared through context.
#[derive(Clone, Copy)]
pub struct Session {
    state: RwSignal<AuthState>,
    /// Whether the app lock is shut (it shows only while a PIN is set for the
    /// account signed in, or while it is not yet known who is).
    locked: RwSignal<bool>,
}

impl Session {
    /// Creates the provider and restores a sign-in from the refresh cookie.
    pub fn provide() -> Session {
        let session = Session {
            state: RwSignal::new(AuthState::Checking),
            // Opened again with a PIN set: it asks before anything of hers shows.
            locked: RwSignal::new(lock::pin_owner().is_some()),
        };
        provide_context(session);
        lock::watch(move || session.locked.set(true));
        if !has_refresh_cookie() {
            // Nothing to trade: signed out, without asking (and a 401 in the console).
            session.state.set(AuthState::SignedOut);
        } else if cfg!(feature = "visitor") && crate::apps::hand_over_signed_in() {
            // The visitor's app hands a device with a sign-in over to the app for
            // who is signed in, without trading the cookie itself: checking, until
            // the page loads again.
        } else {
            leptos::task::spawn_local(async move {
                session.renew().await;
            });
        }
        session
    }

    /// The provider from context.
    pub fn get() -> Session {
        expect_context::<Session>()
    }

    /// The state now.
    pub fn state(&self) -> AuthState {
        self.state.get()
    }

    /// The signed-in user, if any.
    pub fn user(&self) -> Option<UserProfile> {
        self.state.with(|s| match s {
            AuthState::SignedIn { user, .. } => Some(user.clone()),
            _ => None,
        })
    }

    /// Records a successful sign-in: she has just proved who she is, so the app
    /// lock opens.
    pub fn signed_in(&self, response: LoginResponse) {
        self.locked.set(false);
        lock::mark_active();
        self.restored(response);
    }

    /// Records a sign-in restored from the refresh cookie; the lock stays as it is.
    fn restored(&self, response: LoginResponse) {
        #[cfg(feature = "staff")]
        staff_profile::keep(&response.user);
        self.state.set(AuthState::SignedIn {
            token: Token(response.access_token),
            user: response.user,
        });
    }

    /// Whether the app lock shows now: shut, with a PIN set for the account signed
    /// in (or for whoever it may turn out to be, while that is being checked).
    pub fn is_locked(&self) -> bool {
        if !self.locked.get() {
            return false;
        }
        let owner = lock::pin_owner();
        self.state.with(|s| match s {
            AuthState::Checking => owner.is_some(),
            AuthState::SignedOut => false,
            AuthState::SignedIn { user, .. } => owner.as_deref() == Some(user.id.as_str()),
        })
    }

    /// Opens the app lock after the right PIN.
    pub fn unlock(&self) {
        self.locked.set(false);
    }

    /// Trades the refresh cookie for a new access token; signs out if it fails.
    async fn renew(&self) -> Option<Token> {
        match api::refresh().await {
            Ok(response) => {
                let token = Token(response.access_token.clone());
                self.restored(response);
                Some(token)
            }
            // No signal: a staff member stays signed in as she was (a host reopening
            // the register at a venue with none); her token is renewed once the
            // server answers again.
            #[cfg(feature = "staff")]
            Err(ApiError::Network) if staff_profile::kept().is_some() => {
                if let Some(user) = staff_profile::kept() {
                    self.state.set(AuthState::SignedIn {
                        token: Token(String::new()),
                        user,
                    });
                }
                None
            }
            Err(_) => {
                self.state.set(AuthState::SignedOut);
                None
            }
        }
    }

    /// Makes a signed-in call; if the access token has expired, renews it once and
    /// tries again.
    pub async fn call<T, F, Fut>(&self, request: F) -> Result<T, ApiError>
    where
        F: Fn(Token) -> Fut,
        Fut: Future<Output = Result<T, ApiError>>,
    {
        let token = match self.state.get_untracked() {
            AuthState::SignedIn { token, .. } => token,
            _ => {
                return Err(ApiError::Server {
                    status: 401,
                    code: perilink_shared::error::ErrorCode::Unauthorized,
                    retry_after: None,
                });
            }
        };
        let result = match request(token).await {
            Err(ApiError::Server { status: 401, .. }) => match self.renew().await {
                Some(token) => request(token).await,
                None => Err(ApiError::Server {
                    status: 401,
                    code: perilink_shared::error::ErrorCode::Unauthorized,
                    retry_after: None,
                }),
            },
            other => other,
        };
        if let Err(ApiError::Server { code, .. }) = &result {
            self.note_refusal(*code);
        }
        result
    }

    /// Where this sign-in stands with two-factor, for the frame to act on.
    pub fn two_factor(&self) -> Option<TwoFactor> {
        self.state.with(|s| match s {
            AuthState::SignedIn { user, .. } => Some(user.two_factor),
            _ => None,
        })
    }

    /// Whether the server runs the demo, as far as the signed-in user's profile says.
    pub fn is_demo(&self) -> bool {
        self.state
            .with(|s| matches!(s, AuthState::SignedIn { user, .. } if user.demo))
    }

    /// A refusal for want of two-factor changes what the app knows of this sign-in,
    /// so the frame can send the user to enrol or to sign in again.
    fn note_refusal(&self, code: ErrorCode) {
        let two_factor = match code {
            ErrorCode::TotpEnrolmentRequired => TwoFactor::EnrolmentRequired,
            ErrorCode::TotpRequired => TwoFactor::Required,
            _ => return,
        };
        self.state.update(|s| {
            if let AuthState::SignedIn { user, .. } = s {
                user.two_factor = two_factor;
            }
        });
    }

    /// Signs out on the server and here, and removes everything of hers from this
    /// phone (storage, caches, databases, the PIN) and the registers kept on it, so
    /// the next person to pick it up does not see them.
    pub async fn sign_out(&self) {
        let _ = api::logout().await;
        #[cfg(feature = "staff")]
        crate::offline::forget_registers();
        crate::phone::forget_device().await;
        self.locked.set(false);
        self.state.set(AuthState::SignedOut);
    }
}

/// Whether the server set a refresh cookie on this device: it sets the readable
/// `perilink_signed_in` flag beside the HttpOnly refresh cookie, and clears both.
fn has_refresh_cookie() -> bool {
    use wasm_bindgen::JsCast;
    document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.cookie().ok())
        .is_some_and(|cookies| cookies.split(';').any(|c| c.trim() == "perilink_signed_in=1"))
}

/// The staff app keeps who is signed in on this phone (her profile: name, role,
/// whether the server runs the demo; never a token), so that the app opened again
/// with no signal still knows her. Signing out removes it with the rest of the
/// storage ([`crate::phone::forget_device`]). The mother's app keeps nothing of hers.
#[cfg(feature = "staff")]
mod staff_profile {
    use perilink_shared::auth::{Role, UserProfile};

    const KEY: &str = "perilink.staff-profile";

    pub(super) fn keep(user: &UserProfile) {
        let Some(storage) = crate::phone::storage() else {
            return;
        };
        if user.role == Role::Mother {
            let _ = storage.remove_item(KEY);
        } else if let Ok(json) = serde_json::to_string(user) {
            let _ = storage.set_item(KEY, &json);
        }
    }

    pub(super) fn kept() -> Option<UserProfile> {
        let json = crate::phone::storage()?.get_item(KEY).ok().flatten()?;
        serde_json::from_str::<UserProfile>(&json)
            .ok()
            .filter(|user| user.role != Role::Mother)
    }
}
