//! The first step of a referral: finding the mother (by name on the caseload, or by
//! exact phone, email or NHS number anywhere), or registering her with what the
//! search already says, so nothing is typed twice.

use super::common::{LanguageLine, typed};
use crate::api;
use crate::api::ApiError;
use crate::components::format;
use crate::components::listing::language_name;
use crate::components::my_referrals::{Arg, alert, tw};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::contact::{EmailAddress, PhoneNumber};
use perilink_shared::error::ErrorCode;
use perilink_shared::language::{Language, LanguageTag};
use perilink_shared::referral::{MotherInput, MotherRecord, parse_nhs_number};

/// Languages offered besides the interface's, often needed in maternity (BCP 47).
const MORE_LANGUAGES: [&str; 7] = ["prs", "ps", "kmr", "am", "tr", "fr", "es"];
/// The language choice that opens a box for any other BCP 47 tag.
const OTHER_LANGUAGE: &str = "other";

/// Step one: find her, or register her.
#[component]
pub fn FindMother(chosen: RwSignal<Option<MotherRecord>>) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let text = RwSignal::new(String::new());
    let asked = RwSignal::new(None::<String>);
    let too_short = RwSignal::new(false);
    let registering = RwSignal::new(false);
    let found = LocalResource::new(move || {
        let q = asked.get();
        async move {
            match q {
                None => None,
                Some(q) => Some(
                    session
                        .call(|token| {
                            let q = q.clone();
                            async move { api::referrals::find_mothers(&token, &q).await }
                        })
                        .await,
                ),
            }
        }
    });
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = format::ascii_digits(text.get_untracked().trim());
        if q.chars().count() < 2 {
            too_short.set(true);
            return;
        }
        too_short.set(false);
        if asked.get_untracked().as_deref() == Some(q.as_str()) {
            found.refetch();
        } else {
            asked.set(Some(q));
        }
    };
    let find_known = Callback::new(move |nhs: String| {
        registering.set(false);
        text.set(nhs.clone());
        asked.set(Some(nhs));
    });

    view! {
        <section class="ref-step" aria-labelledby="ref-step-mother">
            <h3 id="ref-step-mother">{tr("ref-step-mother")}</h3>
            <form class="ref-find" role="search" on:submit=search novalidate>
                <div class="field">
                    <label for="ref-find">{tr("ref-find-label")}</label>
                    <input id="ref-find" type="search" autocomplete="off" bind:value=text
                        aria-describedby="ref-find-hint" aria-invalid=move || too_short.get().to_string() />
                    <p class="hint" id="ref-find-hint">{tr("ref-find-hint")}</p>
                </div>
                <button type="submit" class="button primary" data-testid="ref-find-submit">{tr("ref-find-submit")}</button>
            </form>
            {move || match found.get() {
                None | Some(None) => ().into_any(),
                Some(Some(Err(err))) => alert(err.message_key()),
                Some(Some(Ok(list))) if list.mothers.is_empty() && list.elsewhere.is_empty() => {
                    view! { <p class="empty" role="status" data-testid="ref-found-none">{tr("ref-find-none")}</p> }.into_any()
                }
                Some(Some(Ok(list))) => view! {
                    {(!list.mothers.is_empty()).then(|| view! {
                        <h4 class="ref-subtitle">{tr("ref-find-results")}</h4>
                        <ul class="result-list" data-testid="ref-found">
                            {list.mothers.into_iter().map(|mother| view! { <FoundMother mother chosen /> }).collect_view()}
                        </ul>
                    })}
                    {(!list.elsewhere.is_empty()).then(|| view! {
                        <h4 class="ref-subtitle">{tr("ref-hint-title")}</h4>
                        <p class="hint">{tr("ref-hint-intro")}</p>
                        <ul class="result-list" data-testid="ref-found-elsewhere">
                            {list.elsewhere.into_iter().map(|hint| view! { <KnownMother hint chosen /> }).collect_view()}
                        </ul>
                    })}
                }
                .into_any(),
            }}
            {move || if registering.get() {
                view! {
                    <RegisterForm prefill=Prefill::from_search(&text.get_untracked()) chosen find_known
                        cancel=Callback::new(move |_| registering.set(false)) />
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="button" data-testid="ref-register-open"
                        on:click=move |_| registering.set(true)>
                        {move || i18n.t("ref-register-open")}
                    </button>
                }
                .into_any()
            }}
        </section>
    }
}

/// A mother the search found, with a button to choose her.
#[component]
fn FoundMother(mother: MotherRecord, chosen: RwSignal<Option<MotherRecord>>) -> impl IntoView {
    let name = full_name(&mother);
    let contact = mother.phone.clone().or_else(|| mother.email.clone());
    let nhs = mother.nhs_number.clone();
    let language = mother.language.clone();
    let (dialect, interpreter) = (mother.dialect.clone(), mother.interpreter_needed);
    let id = mother.id.clone();
    let mother = StoredValue::new(mother);
    view! {
        <li class="card ref-found" data-testid="ref-found-mother" data-mother=id>
            <p class="ref-name">{name}</p>
            {contact.map(|c| view! { <p dir="ltr" class="ref-contact">{c}</p> })}
            {nhs.map(|n| view! { <p dir="ltr">{n}</p> })}
            <LanguageLine language dialect interpreter />
            <button type="button" class="button primary" data-testid="ref-choose"
                on:click=move |_| chosen.set(Some(mother.get_value()))>
                {tr("ref-choose")}
            </button>
        </li>
    }
}

/// A mother known by the exact contact or number searched for but in nobody's care
/// of the caller's: only her first name, the initial of her family name and her
/// baby's month, until the caller takes her on with a reason she will see.
#[component]
fn KnownMother(
    hint: perilink_shared::referral::MotherHint,
    chosen: RwSignal<Option<MotherRecord>>,
) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let name = match &hint.family_initial {
        Some(initial) => format!("{} {initial}.", hint.given_name),
        None => hint.given_name.clone(),
    };
    let month = |key: &'static str, month: &str| {
        let first = format!("{month}-01");
        move || {
            i18n.t_with(
                key,
                &[(
                    "month",
                    FluentValue::from(format::month_year(&first, i18n.language())),
                )],
            )
        }
    };
    let when = match (&hint.birth_month, &hint.due_month) {
        (Some(born), _) => Some(month("ref-hint-born", born).into_any()),
        (None, Some(due)) => Some(month("ref-hint-due", due).into_any()),
        (None, None) => None,
    };
    let id = hint.id.clone();
    let field = format!("ref-hint-reason-{}", hint.id);
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let joining = Action::new_local(move |why: &String| {
        let (id, why) = (id.clone(), why.clone());
        async move {
            let result = session
                .call(|token| {
                    let (id, why) = (id.clone(), why.clone());
                    async move { api::referrals::join_caseload(&token, &id, &why).await }
                })
                .await;
            match result {
                Ok(record) => chosen.set(Some(record)),
                Err(err) => problem.set(Some(err.message_key())),
            }
        }
    });
    let working = joining.pending();
    let take_on = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let why = reason.get_untracked().trim().to_owned();
        if why.is_empty() {
            problem.set(Some("ref-hint-reason-needed"));
            return;
        }
        problem.set(None);
        joining.dispatch_local(why);
    };
    view! {
        <li class="card ref-found" data-testid="ref-known-mother" data-mother=hint.id.clone()>
            <p class="ref-name">{name}</p>
            {when.map(|line| view! { <p>{line}</p> })}
            <form class="stack" on:submit=take_on novalidate>
                <div class="field">
                    <label for=field.clone()>{tr("ref-hint-reason-label")}</label>
                    <input id=field type="text" maxlength="500" bind:value=reason
                        aria-invalid=move || problem.get().is_some().to_string() />
                </div>
                <p class="error" role="alert">{move || problem.get().map(|key| i18n.t(key)).unwrap_or_default()}</p>
                <button type="submit" class="button primary" data-testid="ref-take-on" disabled=move || working.get()>
                    {tr("ref-hint-add")}
                </button>
            </form>
        </li>
    }
}

/// Her given and family names together.
pub fn full_name(mother: &MotherRecord) -> String {
    match &mother.family_name {
        Some(family) => format!("{} {family}", mother.given_name),
        None => mother.given_name.clone(),
    }
}

/// What the search box already said, put where it belongs on the form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prefill {
    given: String,
    family: String,
    phone: String,
    email: String,
    nhs: String,
}

impl Prefill {
    /// A phone number, an NHS number, an email address, or else a name.
    fn from_search(text: &str) -> Prefill {
        let text = format::ascii_digits(text.trim());
        if text.is_empty() {
            Prefill::default()
        } else if PhoneNumber::parse(&text).is_ok() {
            Prefill {
                phone: text,
                ..Prefill::default()
            }
        } else if parse_nhs_number(&text).is_ok() {
            Prefill {
                nhs: text,
                ..Prefill::default()
            }
        } else if EmailAddress::parse(&text).is_ok() {
            Prefill {
                email: text,
                ..Prefill::default()
            }
        } else {
            let (given, family) = text.split_once(' ').unwrap_or((&text, ""));
            Prefill {
                given: given.to_owned(),
                family: family.trim().to_owned(),
                ..Prefill::default()
            }
        }
    }
}

/// Which field a problem is about, and the message's key.
type Problem = Option<(&'static str, &'static str)>;

/// A labelled text input; `invalid` when the form's problem names it.
fn text_field(
    id: &'static str,
    label: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    ltr: bool,
    value: RwSignal<String>,
    problem: RwSignal<Problem>,
) -> impl IntoView + use<> {
    let invalid = move || problem.with(|p| p.is_some_and(|(field, _)| field == id));
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input id=id name=id type=kind autocomplete=autocomplete bind:value=value
                dir=if ltr { "ltr" } else { "auto" }
                aria-invalid=move || invalid().to_string()
                aria-describedby=move || invalid().then_some("ref-register-problem") />
        </div>
    }
}

/// Registers a mother on the caseload: the least needed is a first name, a phone or
/// an email, and her language.
#[component]
fn RegisterForm(
    prefill: Prefill,
    chosen: RwSignal<Option<MotherRecord>>,
    find_known: Callback<String>,
    cancel: Callback<()>,
) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let given = RwSignal::new(prefill.given);
    let family = RwSignal::new(prefill.family);
    let phone = RwSignal::new(prefill.phone);
    let email = RwSignal::new(prefill.email);
    let language = RwSignal::new(String::new());
    let other_language = RwSignal::new(String::new());
    let dialect = RwSignal::new(String::new());
    let interpreter = RwSignal::new(false);
    let due = RwSignal::new(String::new());
    let born = RwSignal::new(String::new());
    let nhs = RwSignal::new(prefill.nhs);
    let postcode = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<(&'static str, &'static str)>);
    let known_nhs = RwSignal::new(None::<String>);
    let registering = Action::new_local(move |input: &MotherInput| {
        let input = input.clone();
        async move {
            let result = session
                .call(|token| {
                    let input = input.clone();
                    async move { api::referrals::register_mother(&token, &input).await }
                })
                .await;
            match result {
                Ok(mother) => chosen.set(Some(mother)),
                Err(ApiError::Server {
                    code: ErrorCode::Conflict,
                    ..
                }) => {
                    problem.set(Some(("ref-nhs", "ref-error-known")));
                    known_nhs.set(input.nhs_number);
                }
                Err(ApiError::Server {
                    code: ErrorCode::ValidationFailed,
                    ..
                }) => problem.set(Some(("", "ref-error-invalid"))),
                Err(err) => problem.set(Some(("", err.message_key()))),
            }
        }
    });
    let working = registering.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let phone_value = typed(format::ascii_digits(&phone.get_untracked()));
        let email_value = typed(email.get_untracked());
        let nhs_value = typed(format::ascii_digits(&nhs.get_untracked()));
        let tag = match language.get_untracked().as_str() {
            OTHER_LANGUAGE => LanguageTag::parse(&other_language.get_untracked()).map(String::from),
            chosen => typed(chosen.to_owned()),
        };
        let check = if typed(given.get_untracked()).is_none() {
            Some(("ref-given", "ref-error-given"))
        } else if phone_value.is_none() && email_value.is_none() {
            Some(("ref-phone", "ref-error-contact"))
        } else if phone_value
            .as_deref()
            .is_some_and(|p| PhoneNumber::parse(p).is_err())
        {
            Some(("ref-phone", "ref-error-phone"))
        } else if email_value
            .as_deref()
            .is_some_and(|e| EmailAddress::parse(e).is_err())
        {
            Some(("ref-email", "ref-error-email"))
        } else if tag.is_none() {
            Some((
                if language.get_untracked() == OTHER_LANGUAGE {
                    "ref-language-other"
                } else {
                    "ref-language"
                },
                "ref-error-language",
            ))
        } else if nhs_value.as_deref().is_some_and(|n| parse_nhs_number(n).is_err()) {
            Some(("ref-nhs", "ref-error-nhs"))
        } else {
            None
        };
        problem.set(check);
        known_nhs.set(None);
        if check.is_some() {
            return;
        }
        let input = MotherInput {
            given_name: given.get_untracked().trim().to_owned(),
            family_name: typed(family.get_untracked()),
            phone: phone_value,
            email: email_value,
            language: tag.unwrap_or_default(),
            dialect: typed(dialect.get_untracked()),
            interpreter_needed: interpreter.get_untracked(),
            due_date: typed(due.get_untracked()),
            baby_birth_date: typed(born.get_untracked()),
            nhs_number: nhs_value,
            postcode: typed(postcode.get_untracked()),
            baby_name: None,
        };
        registering.dispatch_local(input);
    };

    let language_invalid = move |id: &'static str| problem.with(|p| p.is_some_and(|(field, _)| field == id));
    let options = Language::ALL
        .iter()
        .map(|l| l.tag())
        .chain(MORE_LANGUAGES)
        .map(|tag| view! { <option value=tag>{move || language_name(i18n, tag)}</option> })
        .collect_view();

    view! {
        <form class="stack ref-register" on:submit=submit novalidate data-testid="ref-register">
            <h4 class="ref-subtitle">{tr("ref-register-title")}</h4>
            {text_field("ref-given", "ref-field-given", "text", "off", false, given, problem)}
            {text_field("ref-family", "ref-field-family", "text", "off", false, family, problem)}
            <p class="hint">{tr("ref-contact-hint")}</p>
            {text_field("ref-phone", "ref-field-phone", "tel", "off", true, phone, problem)}
            {text_field("ref-email", "ref-field-email", "email", "off", true, email, problem)}
            <div class="field">
                <label for="ref-language">{tr("ref-field-language")}</label>
                <select id="ref-language" on:change=move |ev| language.set(event_target_value(&ev))
                    aria-invalid=move || language_invalid("ref-language").to_string()>
                    <option value="">{tr("ref-language-choose")}</option>
                    {options}
                    <option value=OTHER_LANGUAGE>{tr("ref-language-other")}</option>
                </select>
            </div>
            <Show when=move || language.get() == OTHER_LANGUAGE>
                <div class="field">
                    <label for="ref-language-other">{tr("ref-field-language-other")}</label>
                    <input id="ref-language-other" type="text" dir="ltr" autocomplete="off" bind:value=other_language
                        aria-describedby="ref-language-other-hint"
                        aria-invalid=move || language_invalid("ref-language-other").to_string() />
                    <p class="hint" id="ref-language-other-hint">{tr("ref-language-other-hint")}</p>
                </div>
            </Show>
            {text_field("ref-dialect", "ref-field-dialect", "text", "off", false, dialect, problem)}
            <div class="check">
                <input id="ref-interpreter" type="checkbox" bind:checked=interpreter />
                <label for="ref-interpreter">{tr("ref-field-interpreter")}</label>
            </div>
            <p class="hint">{tr("ref-dates-hint")}</p>
            {text_field("ref-due", "ref-field-due", "date", "off", true, due, problem)}
            {text_field("ref-born", "ref-field-born", "date", "off", true, born, problem)}
            {text_field("ref-nhs", "ref-field-nhs", "text", "off", true, nhs, problem)}
            {text_field("ref-postcode", "ref-field-postcode", "text", "postal-code", true, postcode, problem)}
            <p class="error" role="alert" id="ref-register-problem" data-testid="ref-register-problem">
                {move || problem.get().map(|(_, key)| i18n.t(key)).unwrap_or_default()}
            </p>
            {move || known_nhs.get().map(|nhs| view! {
                <button type="button" class="button" data-testid="ref-find-known"
                    on:click=move |_| find_known.run(nhs.clone())>
                    {tr("ref-find-known")}
                </button>
            })}
            <div class="actions">
                <button type="submit" class="button primary" disabled=move || working.get()
                    data-testid="ref-register-submit">
                    {tr("ref-register-submit")}
                </button>
                <button type="button" class="button" on:click=move |_| cancel.run(())>{tr("ref-cancel")}</button>
            </div>
        </form>
    }
}

/// The mother being referred, with a way to choose someone else.
#[component]
pub fn MotherSummary(mother: MotherRecord, change: Callback<()>) -> impl IntoView {
    let name = full_name(&mother);
    let contact: Vec<String> = [mother.phone.clone(), mother.email.clone()]
        .into_iter()
        .flatten()
        .collect();
    let when = match (mother.baby_birth_date.clone(), mother.due_date.clone()) {
        (Some(born), _) => Some(tw("ref-born-on", vec![("date", Arg::Day(born))])),
        (None, Some(due)) => Some(tw("ref-due-on", vec![("date", Arg::Day(due))])),
        (None, None) => None,
    }
    .map(|text| view! { <p>{text}</p> });
    let nhs = mother.nhs_number.clone();
    let postcode = mother.postcode.clone();
    view! {
        <div class="ref-chosen" data-testid="ref-chosen" data-mother=mother.id.clone()>
            <p class="ref-chosen-label">{tr("ref-chosen-title")}</p>
            <p class="ref-name">{name}</p>
            {contact.into_iter().map(|c| view! { <p dir="ltr" class="ref-contact">{c}</p> }).collect_view()}
            {mother.undelivered.clone().map(|channel| {
                let key = if channel == "email" { "ref-undelivered-email" } else { "ref-undelivered-sms" };
                view! {
                    <p class="alert-banner" role="status" data-testid="undelivered" data-channel=channel>{tr(key)}</p>
                }
            })}
            {mother
                .contact_window
                .clone()
                .filter(|w| !w.is_unrestricted())
                .map(|window| view! { <crate::components::shared_phone::ContactNotice window /> })}
            <LanguageLine language=mother.language.clone() dialect=mother.dialect.clone()
                interpreter=mother.interpreter_needed />
            {when}
            {nhs.map(|n| view! { <p>{tw("ref-nhs", vec![("number", Arg::Text(n))])}</p> })}
            {postcode.map(|p| view! { <p dir="ltr">{p}</p> })}
            <button type="button" class="button" data-testid="ref-change" on:click=move |_| change.run(())>
                {tr("ref-change")}
            </button>
        </div>
    }
}
