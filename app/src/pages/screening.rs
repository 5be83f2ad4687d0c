//! `/screening`: a wellbeing check.
//!
//! - A mother takes one herself: EPDS when its licensed wording is installed in
//!   her language, else PHQ-9, unless `?instrument=` names another (the EPDS is
//!   never offered without its wording: hazard H11); one question per screen in
//!   [`questionnaire`]; nothing sent until she confirms; then help or thanks in
//!   [`outcome`].
//! - Staff (referrers, coordinators, admins) get the safety alerts and record a
//!   questionnaire given in clinic for the mother in `?mother=`, in [`staff`].
//!
//! `?session=` and `?timepoint=` tie a screening to a course's schedule.
//!
//! A mother's check lives at `/check`, whose address says nothing about it (a
//! shared phone's history shows it): `?f=` names the questionnaire by a number,
//! `?s=` and `?t=` the course and point. `/screening` sends her there.

mod outcome;
mod questionnaire;
#[cfg(feature = "staff")]
mod staff;

use crate::components::shared_phone::MoveTo;
use crate::components::sign_in_needed::SignInNeeded;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::{AuthState, Session};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};
use outcome::Outcome;
use perilink_shared::auth::Role;
use perilink_shared::directory::encode_query_value;
use perilink_shared::screening::{Instrument, ScreeningResult};
use questionnaire::{Citation, Questionnaire, Subject, epds_installed};

/// Who is looking, as far as this page cares; a token renewal does not change it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Viewer {
    Checking,
    SignedOut,
    Mother,
    Staff,
    Host,
}

/// `/screening`.
#[component]
pub fn Screening() -> impl IntoView {
    let session = Session::get();
    let viewer = Memo::new(move |_| match session.state() {
        AuthState::Checking => Viewer::Checking,
        AuthState::SignedOut => Viewer::SignedOut,
        AuthState::SignedIn { user, .. } => match user.role {
            Role::Mother => Viewer::Mother,
            role if Role::READS_HEALTH_DATA.contains(&role) => Viewer::Staff,
            _ => Viewer::Host,
        },
    });
    move || match viewer.get() {
        Viewer::Checking => view! {
            <h1>{tr("screening-title")}</h1>
            <p aria-busy="true">{tr("loading")}</p>
        }
        .into_any(),
        Viewer::SignedOut => view! {
            <h1>{tr("screening-title")}</h1>
            <SignInNeeded message="sign-in-needed" next=CHECK_PATH />
        }
        .into_any(),
        Viewer::Host => view! {
            <h1>{tr("screening-title")}</h1>
            <p class="error" role="alert">{tr("error-forbidden")}</p>
        }
        .into_any(),
        Viewer::Mother if use_location().pathname.get_untracked() != CHECK_PATH => {
            let (instrument, subject) = from_address();
            let to = check_href(
                instrument.get_untracked(),
                subject.get_untracked().session_id.as_deref(),
                subject.get_untracked().timepoint.as_deref(),
            );
            view! { <MoveTo href=to /> }.into_any()
        }
        Viewer::Mother => view! { <MotherCheck /> }.into_any(),
        #[cfg(feature = "staff")]
        Viewer::Staff => view! { <staff::StaffDesk /> }.into_any(),
        #[cfg(not(feature = "staff"))]
        Viewer::Staff => view! { <crate::apps::StaffApp /> }.into_any(),
    }
}

/// Where a mother's check lives.
pub const CHECK_PATH: &str = "/check";

/// The number standing for a questionnaire in her check's address.
fn instrument_code(instrument: Instrument) -> &'static str {
    match instrument {
        Instrument::Epds => "1",
        Instrument::Phq9 => "2",
        Instrument::Gad2 => "3",
        Instrument::Whooley => "4",
    }
}

/// The address of her check with `instrument`, for a course's point if given; no
/// word in it says what it is.
pub fn check_href(instrument: Option<Instrument>, session: Option<&str>, point: Option<&str>) -> String {
    let mut href = match instrument {
        Some(instrument) => format!("{CHECK_PATH}?f={}", instrument_code(instrument)),
        // No questionnaire named: the check offers the one her language allows.
        None => format!("{CHECK_PATH}?f="),
    };
    if let Some(session) = session {
        href += &format!("&s={}", encode_query_value(session));
    }
    if let Some(point) = point {
        href += &format!("&t={}", encode_query_value(point));
    }
    href
}

/// What the address asks for: the instrument, if it names one, and a course's
/// screening it belongs to; the neutral names (`f`, `s`, `t`) or the old.
fn from_address() -> (Memo<Option<Instrument>>, Memo<Subject>) {
    let query = use_query_map();
    let instrument = Memo::new(move |_| {
        query.with(|q| {
            let coded = q
                .get("f")
                .and_then(|f| Instrument::ALL.iter().copied().find(|i| instrument_code(*i) == f));
            coded.or_else(|| q.get("instrument").and_then(|i| i.parse().ok()))
        })
    });
    let subject = Memo::new(move |_| {
        query.with(|q| {
            let either = |new: &str, old: &str| q.get(new).or_else(|| q.get(old)).filter(|v| !v.is_empty());
            Subject {
                mother_id: None,
                session_id: either("s", "session"),
                timepoint: either("t", "timepoint"),
            }
        })
    });
    (instrument, subject)
}

/// The mother's own check; a different instrument starts afresh.
#[component]
fn MotherCheck() -> impl IntoView {
    let i18n = I18n::get();
    let (asked, subject) = from_address();
    let epds = epds_installed(Signal::derive(move || i18n.language()));
    // The instrument she takes, and whether she asked for the EPDS in vain.
    let chosen = Memo::new(move |_| {
        let installed = epds.get().flatten()?;
        Some(match asked.get() {
            Some(Instrument::Epds) if !installed => (Instrument::Phq9, true),
            Some(instrument) => (instrument, false),
            None if installed => (Instrument::Epds, false),
            None => (Instrument::Phq9, false),
        })
    });
    view! {
        <h1>{tr("screening-title")}</h1>
        {move || match chosen.get() {
            None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
            Some((instrument, epds_missing)) => {
                let offer_epds = epds.get_untracked().flatten() == Some(true);
                view! { <MotherFlow instrument subject=subject.get_untracked() offer_epds epds_missing /> }.into_any()
            }
        }}
    }
}

/// Where she is in one check.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Start,
    Taking,
    Sent(Box<ScreeningResult>),
}

/// The key of the line introducing an instrument to her.
fn intro_key(instrument: Instrument) -> &'static str {
    match instrument {
        Instrument::Epds => "screening-intro-epds",
        Instrument::Phq9 => "screening-intro-phq9",
        Instrument::Gad2 => "screening-intro-gad2",
        Instrument::Whooley => "screening-intro-whooley",
    }
}

/// The key of an instrument's name.
pub(crate) fn name_key(instrument: Instrument) -> &'static str {
    match instrument {
        Instrument::Epds => "screening-name-epds",
        Instrument::Phq9 => "screening-name-phq9",
        Instrument::Gad2 => "screening-name-gad2",
        Instrument::Whooley => "screening-name-whooley",
    }
}

/// Start, the questions, and what she sees after sending.
#[component]
fn MotherFlow(
    instrument: Instrument,
    subject: Subject,
    /// Whether the EPDS may be offered (its wording is installed in her language).
    offer_epds: bool,
    /// Whether she asked for the EPDS, which is not available in her language.
    epds_missing: bool,
) -> impl IntoView {
    let i18n = I18n::get();
    let phase = RwSignal::new(Phase::Start);
    let language = Signal::derive(move || i18n.language());
    let on_sent = Callback::new(move |result: ScreeningResult| phase.set(Phase::Sent(Box::new(result))));
    let on_back = Callback::new(move |()| phase.set(Phase::Start));
    move || {
        match phase.get() {
        Phase::Start => {
            view! {
                <Start instrument offer_epds epds_missing on_start=Callback::new(move |()| phase.set(Phase::Taking)) />
            }
            .into_any()
        }
        Phase::Taking => view! {
            <Questionnaire instrument language subject=subject.clone() on_sent on_back />
        }
        .into_any(),
        Phase::Sent(result) => view! { <Outcome result=*result /> }.into_any(),
    }
    }
}

/// The first screen: what the check is, who sees it, and the other questionnaires.
#[component]
fn Start(
    instrument: Instrument,
    offer_epds: bool,
    epds_missing: bool,
    on_start: Callback<()>,
) -> impl IntoView {
    let others = Instrument::ALL
        .iter()
        .copied()
        .filter(|i| *i != instrument && (offer_epds || *i != Instrument::Epds))
        .map(|other| {
            view! {
                <li>
                    <a href=check_href(Some(other), None, None) data-testid="screening-choose"
                        data-instrument=other.as_str()>
                        {tr(name_key(other))}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="scr-start" data-testid="screening-start" data-instrument=instrument.as_str()>
            {epds_missing.then(|| view! {
                <p class="notice" data-testid="screening-epds-missing">{tr("screening-epds-not-here")}</p>
            })}
            <h2>{tr(name_key(instrument))}</h2>
            <p>{tr(intro_key(instrument))}</p>
            <p class="hint">{tr("screening-private")}</p>
            <button type="button" class="button primary" data-testid="screening-begin"
                on:click=move |_| on_start.run(())>
                {tr("screening-start")}
            </button>
            <details class="scr-others">
                <summary>{tr("screening-other")}</summary>
                <ul class="scr-other-list">{others}</ul>
            </details>
            <Citation instrument />
        </div>
    }
}
