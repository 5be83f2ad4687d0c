//! What a mother sees after sending her answers: at once, in her language, where to
//! get help today when her answers call for it (clinical safety hazard H12), or
//! else a calm thank-you. Never her score.

use crate::components::text::tr;
use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::screening::{Band, Instrument, ScreeningResult};

/// Whether a result calls for the help panel: a safety item answered, an alert
/// raised, or a band that means "get support now".
pub fn needs_help(result: &ScreeningResult) -> bool {
    result.urgent
        || result.alert_raised
        || matches!(
            result.band,
            Band::Probable | Band::ModeratelySevere | Band::Severe | Band::Positive
        )
}

/// The numbers to ring, each a tappable link that says what it is.
#[component]
pub fn HelpLinks() -> impl IntoView {
    let i18n = I18n::get();
    let line = move |key: &'static str, number: &'static str| {
        move || {
            // A phone number reads left to right in every language: isolated as
            // left-to-right (U+2066 … U+2069), "116 123" never shows as "123 116".
            let number = format!("\u{2066}{number}\u{2069}");
            let mut args = vec![("number", FluentValue::from(number))];
            if key == "screening-help-111" {
                args.push(("option", FluentValue::from(2)));
            }
            i18n.t_with(key, &args)
        }
    };
    view! {
        <ul class="scr-help-links">
            <li>
                <a class="button scr-call" href="tel:111" data-testid="help-111">
                    {line("screening-help-111", "111")}
                </a>
            </li>
            <li>
                <a class="button scr-call scr-emergency" href="tel:999" data-testid="help-999">
                    {line("screening-help-999", "999")}
                </a>
            </li>
            <li>
                <a class="button scr-call" href="tel:116123" data-testid="help-samaritans">
                    {line("screening-help-samaritans", "116 123")}
                </a>
            </li>
        </ul>
    }
}

/// The outcome screen for the result she just sent.
#[component]
pub fn Outcome(result: ScreeningResult) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H2>::new();
    // Her next step is read first: focus moves to the outcome's heading.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let whooley_yes = result.instrument == Instrument::Whooley && result.band == Band::Positive;
    let offer_epds = whooley_yes.then(|| {
        view! {
            <a href=super::check_href(Some(Instrument::Epds), None, None) class="button" data-testid="screening-take-epds">
                {tr("screening-take-epds")}
            </a>
        }
    });
    if needs_help(&result) {
        view! {
            <section class="scr-help" aria-labelledby="scr-help-title" data-testid="screening-help"
                data-alert-raised=result.alert_raised.to_string()>
                <h2 id="scr-help-title" tabindex="-1" node_ref=heading>{tr("screening-help-title")}</h2>
                <p role="alert" data-testid="screening-help-intro">{tr("screening-help-intro")}</p>
                <p class="scr-help-first" data-testid="screening-help-midwife">{tr("screening-help-midwife")}</p>
                <HelpLinks />
                {result.alert_raised.then(|| view! {
                    <p class="notice" data-testid="screening-help-told">{tr("screening-help-told")}</p>
                })}
                <div class="actions">
                    {offer_epds}
                    <a href="/my" class="button">{tr("screening-back-to-my")}</a>
                </div>
            </section>
        }
        .into_any()
    } else {
        view! {
            <section class="scr-thanks" aria-labelledby="scr-thanks-title" data-testid="screening-thanks">
                <h2 id="scr-thanks-title" tabindex="-1" node_ref=heading>{tr("screening-thanks-title")}</h2>
                <p role="status">{tr("screening-thanks")}</p>
                <p>{tr("screening-thanks-talk")}</p>
                <details class="scr-help-later">
                    <summary>{tr("screening-help-any-time")}</summary>
                    <HelpLinks />
                </details>
                <div class="actions">
                    <a href="/my" class="button primary">{tr("screening-back-to-my")}</a>
                </div>
            </section>
        }
        .into_any()
    }
}
