//! Pieces the staff screens share: a referral's moves, its reasons, and a mother's
//! language as a line.

use crate::components::listing::language_name;
use crate::components::my_referrals::{Arg, actor_key, reason_key, status_key, tw};
use crate::components::text::tr;
use crate::i18n::I18n;
use leptos::prelude::*;
use perilink_shared::referral::{ReferralEvent, ReferralReason};

/// Every move of a referral, oldest first, folded away until asked for.
#[component]
pub fn Moves(events: Vec<ReferralEvent>) -> impl IntoView {
    let count = events.len() as u64;
    let items = events
        .into_iter()
        .map(|event| {
            let to = event.to;
            let line = tw(
                "ref-move",
                vec![
                    ("status", Arg::Key(status_key(to))),
                    ("date", Arg::Day(event.at)),
                    ("actor", Arg::Key(actor_key(event.actor))),
                ],
            );
            let reason = event.reason.map(|reason| {
                view! { <span class="ref-move-reason">{tw("ref-move-reason", vec![("reason", Arg::Text(reason))])}</span> }
            });
            view! { <li data-to=to.as_str()>{line}{reason}</li> }
        })
        .collect_view();
    view! {
        <details class="ref-moves" data-testid="ref-moves">
            <summary>{tw("ref-moves", vec![("count", Arg::Number(count))])}</summary>
            <ol>{items}</ol>
        </details>
    }
}

/// The reasons for a referral, as labels.
#[component]
pub fn Reasons(reasons: Vec<ReferralReason>) -> impl IntoView {
    view! {
        <ul class="badges" aria-label=move || I18n::get().t("ref-reasons-label")>
            {reasons
                .into_iter()
                .map(|reason| view! { <li class="badge" data-reason=reason.as_str()>{tr(reason_key(reason))}</li> })
                .collect_view()}
        </ul>
    }
}

/// A mother's language (with her dialect) and whether she needs an interpreter.
#[component]
pub fn LanguageLine(language: String, dialect: Option<String>, interpreter: bool) -> impl IntoView {
    let text = match dialect {
        Some(dialect) => tw(
            "ref-language-dialect",
            vec![
                ("language", Arg::Language(language)),
                ("dialect", Arg::Text(dialect)),
            ],
        )
        .into_any(),
        None => {
            let i18n = I18n::get();
            (move || language_name(i18n, &language)).into_any()
        }
    };
    view! {
        <p class="ref-language">
            <span>{text}</span>
            {interpreter.then(|| view! { <span class="badge interpreter" data-testid="ref-interpreter">{tr("ref-interpreter-needed")}</span> })}
        </p>
    }
}

/// Text a person typed, or `None` when blank.
pub fn typed(value: String) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}
