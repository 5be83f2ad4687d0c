//! Who is signed in. On load the app trades the refresh cookie for an access token;
//! the token lives only in memory, so closing the tab forgets it.

use crate::api::{self, Token};
use leptos::prelude::*;
use perilink_shared::auth::{LoginResponse, UserProfile};

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
}

impl Session {
    /// Creates the provider and restores a sign-in from the refresh cookie.
    pub fn provide() -> Session {
        let session = Session {
            state: RwSignal::new(AuthState::Checking),
        };
        provide_context(session);
        leptos::task::spawn_local(async move {
            match api::refresh().await {
                Ok(response) => session.signed_in(response),
                Err(_) => session.state.set(AuthState::SignedOut),
            }
        });
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

    /// Records a successful sign-in.
    pub fn signed_in(&self, response: LoginResponse) {
        self.state.set(AuthState::SignedIn {
            token: Token(response.access_token),
            user: response.user,
        });
    }

    /// Signs out on the server and here.
    pub async fn sign_out(&self) {
        let _ = api::logout().await;
        self.state.set(AuthState::SignedOut);
    }
}
