//! Her consent, recorded before any referral is sent: what may be shared, with
//! whom, and how she wants to be contacted. Who it is shared with starts as the
//! session chosen; the way to contact her starts as what she gave.
use crate::api;
use crate::components::my_referrals::{Arg, contact_key, problem_key, scope_key, tw};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use leptos::prelude::*;
use perilink_shared::referral::{ConsentInput, ConsentRecord, ConsentScope, ContactPreference};

/// Step three: her consent, or the consent already in force.
#[component]
pub fn ConsentStep(
    mother_id: String,
    has_phone: bool,
    has_email: bool,
    consent: RwSignal<Option<ConsentRecord>>,
    /// Who it is shared with, as the chosen session suggests.
    suggestion: Signal<String>,
) -> impl IntoView {
    let again = RwSignal::new(false);
    let mother_id = StoredValue::new(mother_id);
    view! {
        <section class="ref-step" aria-labelledby="ref-step-consent">
            <h3 id="ref-step-consent">{tr("ref-step-consent")}</h3>
            {move || match consent.get().filter(|_| !again.get()) {
                Some(record) => {
                    let done = tw(
                        "ref-consent-done",
                        vec![
                            ("date", Arg::Day(record.recorded_at.clone())),
                            ("with", Arg::Text(record.shared_with.clone())),
                        ],
                    );
                    view! {
                        <div class="notice" data-testid="ref-consent-done">
                            <p>{done}</p>
                            <ul class="plain">
                                {record.scopes.iter().map(|scope| view! { <li>{tr(scope_key(*scope))}</li> }).collect_view()}
                                <li>{tr(contact_key(record.contact))}</li>
                            </ul>
                        </div>
                        <button type="button" class="button" data-testid="ref-consent-again"
                            on:click=move |_| again.set(true)>
                            {tr("ref-consent-again")}
                        </button>
                    }
                    .into_any()
                }
                None => view! {
                    <ConsentForm mother_id=mother_id.get_value() has_phone has_email suggestion
                        recorded=Callback::new(move |record: ConsentRecord| {
                            consent.set(Some(record));
                            again.set(false);
                        }) />
                }
                .into_any(),
            }}
        </section>
    }
}

/// The consent form.
#[component]
fn ConsentForm(
    mother_id: String,
    has_phone: bool,
    has_email: bool,
    suggestion: Signal<String>,
    recorded: Callback<ConsentRecord>,
) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let scopes = RwSignal::new(Vec::<ConsentScope>::new());
    let edited = RwSignal::new(None::<String>);
    let shared_with = move || edited.get().unwrap_or_else(|| suggestion.get());
    let contact = RwSignal::new(if has_phone {
        ContactPreference::Sms
    } else if has_email {
        ContactPreference::Email
    } else {
        ContactPreference::None
    });
    let problem = RwSignal::new(None::<&'static str>);
    let mother_id = StoredValue::new(mother_id);
    let recording = Action::new_local(move |input: &ConsentInput| {
        let (id, input) = (mother_id.get_value(), input.clone());
        async move {
            let result = session
                .call(|token| {
                    let (id, input) = (id.clone(), input.clone());
                    async move { api::referrals::record_consent(&token, &id, &input).await }
                })
                .await;
            match result {
                Ok(record) => recorded.run(record),
                Err(err) => problem.set(Some(problem_key(&err))),
            }
        }
    });
    let working = recording.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ConsentInput {
            scopes: scopes.get_untracked(),
            shared_with: edited
                .get_untracked()
                .unwrap_or_else(|| suggestion.get_untracked())
                .trim()
                .to_owned(),
            contact: contact.get_untracked(),
        };
        if input.scopes.is_empty() {
            problem.set(Some("ref-error-scopes"));
            return;
        }
        if input.shared_with.is_empty() {
            problem.set(Some("ref-error-shared-with"));
            return;
        }
        problem.set(None);
        recording.dispatch_local(input);
    };

    view! {
        <form class="stack ref-consent" on:submit=submit novalidate data-testid="ref-consent">
            <p>{tr("ref-consent-intro")}</p>
            <fieldset class="ref-group">
                <legend>{tr("ref-scopes-label")}</legend>
                {ConsentScope::ALL
                    .iter()
                    .map(|scope| {
                        let scope = *scope;
                        let id = format!("ref-scope-{scope}");
                        view! {
                            <div class="check">
                                <input id=id.clone() type="checkbox"
                                    prop:checked=move || scopes.with(|s| s.contains(&scope))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        scopes.update(|s| {
                                            s.retain(|x| *x != scope);
                                            if on {
                                                s.push(scope);
                                            }
                                        });
                                    } />
                                <label for=id>{tr(scope_key(scope))}</label>
                            </div>
                        }
                    })
                    .collect_view()}
                <p class="hint" data-testid="ref-alerts-regardless">{tr("ref-scope-alerts-regardless")}</p>
            </fieldset>
            <div class="field">
                <label for="ref-shared-with">{tr("ref-field-shared-with")}</label>
                <input id="ref-shared-with" type="text" autocomplete="off" dir="auto"
                    prop:value=shared_with
                    on:input=move |ev| edited.set(Some(event_target_value(&ev))) />
            </div>
            <fieldset class="ref-group">
                <legend>{tr("ref-contact-label")}</legend>
                {ContactPreference::ALL
                    .iter()
                    .map(|choice| {
                        let choice = *choice;
                        let id = format!("ref-contact-{choice}");
                        view! {
                            <div class="check">
                                <input id=id.clone() type="radio" name="ref-contact" value=choice.as_str()
                                    prop:checked=move || contact.get() == choice
                                    on:change=move |_| contact.set(choice) />
                                <label for=id>{tr(contact_key(choice))}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <p class="error" role="alert">{move || problem.get().map(|key| i18n.t(key)).unwrap_or_default()}</p>
            <button type="submit" class="button primary" disabled=move || working.get()
                data-testid="ref-consent-submit">
                {tr("ref-consent-submit")}
            </button>
        </form>
    }
}
