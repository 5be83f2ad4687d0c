//! Pieces the staff screens share: a referral's moves, its reasons, and a mother's
//! language as a line.

use crate::components::listing::language_name;
use crate::components::my_referrals::{actor_key, day, reason_key, status_key};
use crate::components::text::tr;
use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::referral::{ReferralEvent, ReferralReason};

/// Every move of a referral, oldest first, folded away until asked for.
#[component]
pub fn Moves(events: Vec<ReferralEvent>) -> impl IntoView {
    let i18n = I18n::get();
    let count = events.len();
    let items = events
        .into_iter()
        .map(|event| {
            let (to, actor, at) = (event.to, event.actor, event.at);
            let line = move || {
                i18n.t_with(
                    "ref-move",
                    &[
                        ("status", FluentValue::from(i18n.t(status_key(to)))),
                        ("date", FluentValue::from(day(&at, i18n.language()))),
                        ("actor", FluentValue::from(i18n.t(actor_key(actor)))),
                    ],
                )
            };
            let reason = event.reason.map(|reason| {
                view! {
                    <span class="ref-move-reason">
                        {move || i18n.t_with("ref-move-reason", &[("reason", FluentValue::from(reason.clone()))])}
                    </span>
                }
            });
            view! { <li data-to=to.as_str()>{line}{reason}</li> }
        })
        .collect_view();
    view! {
        <details class="ref-moves" data-testid="ref-moves">
            <summary>{move || i18n.t_with("ref-moves", &[("count", FluentValue::from(count))])}</summary>
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
    let i18n = I18n::get();
    let text = move || {
        let name = language_name(i18n, &language);
        match &dialect {
            Some(dialect) => i18n.t_with(
                "ref-language-dialect",
                &[
                    ("language", FluentValue::from(name)),
                    ("dialect", FluentValue::from(dialect.clone())),
                ],
            ),
            None => name,
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
