//! A mother's own referrals, in her language: what she was referred to, where it
//! stands, and the answers the lifecycle allows her (yes or no to a new referral;
//! stopping one that has not ended). Also the pieces every referral screen shares:
//! status names, reasons, "why?" questions and the status line.

use crate::api;

use crate::api::ApiError;
use crate::components::format;
use crate::components::listing::{Localised, NotTranslated, language_name};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::components::A;
use perilink_shared::error::ErrorCode;
use perilink_shared::language::Language;
use perilink_shared::referral::{
    Actor, ConsentScope, ContactPreference, Referral, ReferralReason, ReferralStatus,
};

/// The locale key naming a referral's status.
pub fn status_key(status: ReferralStatus) -> &'static str {
    match status {
        ReferralStatus::Sent => "ref-status-sent",
        ReferralStatus::Accepted => "ref-status-accepted",
        ReferralStatus::Declined => "ref-status-declined",
        ReferralStatus::Booked => "ref-status-booked",
        ReferralStatus::Attending => "ref-status-attending",
        ReferralStatus::Completed => "ref-status-completed",
        ReferralStatus::DidNotAttend => "ref-status-did-not-attend",
        ReferralStatus::Withdrawn => "ref-status-withdrawn",
    }
}

/// The locale key naming a reason for referral.
pub fn reason_key(reason: ReferralReason) -> &'static str {
    match reason {
        ReferralReason::Isolation => "ref-reason-isolation",
        ReferralReason::LowMoodOrAnxiety => "ref-reason-low-mood-or-anxiety",
        ReferralReason::EnglishLanguage => "ref-reason-english-language",
        ReferralReason::InfantFeeding => "ref-reason-infant-feeding",
        ReferralReason::MoneyHousingOrWork => "ref-reason-money-housing-or-work",
        ReferralReason::BondingWithBaby => "ref-reason-bonding-with-baby",
        ReferralReason::Other => "ref-reason-other",
    }
}

/// The locale key saying who made a move.
pub fn actor_key(actor: Actor) -> &'static str {
    match actor {
        Actor::Referrer => "ref-actor-referrer",
        Actor::Provider => "ref-actor-provider",
        Actor::Mother => "ref-actor-mother",
        Actor::System => "ref-actor-system",
    }
}

/// The locale key naming what a consent covers.
pub fn scope_key(scope: ConsentScope) -> &'static str {
    match scope {
        ConsentScope::ContactDetails => "ref-scope-contact-details",
        ConsentScope::ReferralReasons => "ref-scope-referral-reasons",
        ConsentScope::AttendanceToReferrer => "ref-scope-attendance-to-referrer",
        ConsentScope::ScreeningToCareTeam => "ref-scope-screening-to-care-team",
    }
}

/// The locale key naming a way to contact her.
pub fn contact_key(contact: ContactPreference) -> &'static str {
    match contact {
        ContactPreference::Sms => "ref-contact-sms",
        ContactPreference::Email => "ref-contact-email",
        ContactPreference::Phone => "ref-contact-phone",
        ContactPreference::None => "ref-contact-none",
    }
}

/// The day of an RFC 3339 instant, as the interface language writes it.
pub fn day(at: &str, language: Language) -> String {
    format::long_date(at.get(..10).unwrap_or(at), language)
}

/// A value for a message, worked out in the interface language when shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text as it is, such as a name.
    Text(String),
    /// A day: `YYYY-MM-DD` or an RFC 3339 instant.
    Day(String),
    /// A time of day, `HH:MM`.
    Time(String),
    /// A number (plural rules apply).
    Number(u64),
    /// The name of a language, from its BCP 47 tag.
    Language(String),
    /// Another message.
    Key(&'static str),
}

impl Arg {
    fn value(&self, i18n: I18n) -> FluentValue<'static> {
        let language = i18n.language();
        match self {
            Arg::Text(text) => FluentValue::from(text.clone()),
            Arg::Day(at) => FluentValue::from(day(at, language)),
            Arg::Time(time) => FluentValue::from(format::time(time, language)),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Language(tag) => FluentValue::from(language_name(i18n, tag)),
            Arg::Key(key) => FluentValue::from(i18n.t(key)),
        }
    }
}

/// The message `key` with `args`, as text.
pub fn format_with(i18n: I18n, key: &'static str, args: &[(&'static str, Arg)]) -> String {
    let values: Vec<(&'static str, FluentValue<'static>)> =
        args.iter().map(|(name, arg)| (*name, arg.value(i18n))).collect();
    i18n.t_with(key, &values)
}

/// The message `key` with `args`, following the interface language: one view type
/// for every message with variables on the referral screens, to keep the wasm small.
pub fn tw(key: &'static str, args: Vec<(&'static str, Arg)>) -> impl IntoView + use<> {
    let i18n = I18n::get();
    move || format_with(i18n, key, &args)
}

/// "Loading…", busy.
pub fn loading() -> AnyView {
    view! { <p aria-busy="true">{tr("loading")}</p> }.into_any()
}

/// An error message `key`, as an alert.
pub fn alert(key: &'static str) -> AnyView {
    view! { <p class="error" role="alert">{tr(key)}</p> }.into_any()
}

/// The locale key explaining why a move or a send failed.
pub fn problem_key(err: &ApiError) -> &'static str {
    match err {
        ApiError::Server {
            code: ErrorCode::IllegalTransition | ErrorCode::Conflict,
            ..
        } => "ref-error-moved",
        ApiError::Server {
            code: ErrorCode::Full,
            ..
        } => "ref-error-full",
        ApiError::Server {
            code: ErrorCode::ValidationFailed,
            ..
        } => "ref-error-invalid",
        other => other.message_key(),
    }
}

/// What the last action did, for the status line.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// Done: the message `key` with its variables.
    Done(&'static str, Vec<(&'static str, Arg)>),
    /// It failed: the message `key`.
    Problem(&'static str),
}

/// The polite status line and the alert under it, showing [`Said`].
#[component]
pub fn SaidLine(said: RwSignal<Option<Said>>, testid: &'static str) -> impl IntoView {
    let i18n = I18n::get();
    let done = move || match said.get() {
        Some(Said::Done(key, args)) => format_with(i18n, key, &args),
        _ => String::new(),
    };
    let problem = move || match said.get() {
        Some(Said::Problem(key)) => i18n.t(key),
        _ => String::new(),
    };
    view! {
        <p role="status" aria-live="polite" class="ref-said" class:notice=move || matches!(said.get(), Some(Said::Done(..)))
            data-testid=testid>{done}</p>
        <p class="error" role="alert">{problem}</p>
    }
}

/// A referral's status as a label.
#[component]
pub fn StatusBadge(status: ReferralStatus, #[prop(optional)] testid: Option<&'static str>) -> impl IntoView {
    view! {
        <span class="status-badge" data-status=status.as_str() data-testid=testid>{tr(status_key(status))}</span>
    }
}

/// Asks why (for a decline): ready-made answers a tap fills in, or her own words.
#[component]
pub fn ReasonForm(
    /// Makes the element ids unique on the page.
    id: String,
    /// The question's locale key.
    question: &'static str,
    /// Locale keys of ready-made answers.
    presets: &'static [&'static str],
    /// The confirm button's locale key.
    confirm_key: &'static str,
    /// Whether the answer is on its way.
    #[prop(into)]
    working: Signal<bool>,
    confirm: Callback<String>,
    cancel: Callback<()>,
) -> impl IntoView {
    let i18n = I18n::get();
    let reason = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let field = format!("reason-{id}");
    let problem = format!("reason-problem-{id}");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = reason.get_untracked().trim().to_owned();
        if text.is_empty() {
            missing.set(true);
            return;
        }
        missing.set(false);
        confirm.run(text);
    };
    view! {
        <form class="confirm ref-reason" on:submit=submit novalidate data-testid="reason-form">
            <div class="field">
                <label for=field.clone()>{tr(question)}</label>
                <div class="ref-presets">
                    {presets
                        .iter()
                        .map(|key| {
                            let key: &'static str = key;
                            view! {
                                <button type="button" class="chip" data-testid="reason-preset"
                                    on:click=move |_| { reason.set(i18n.t(key)); missing.set(false); }>
                                    {tr(key)}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <textarea id=field rows="3" bind:value=reason data-testid="reason-text"
                    aria-invalid=move || missing.get().to_string()
                    aria-describedby=problem.clone()></textarea>
            </div>
            <p class="error" role="alert" id=problem>
                {move || if missing.get() { i18n.t("ref-error-reason") } else { String::new() }}
            </p>
            <div class="actions">
                <button type="submit" class="button danger" disabled=move || working.get() data-testid="reason-confirm">
                    {tr(confirm_key)}
                </button>
                <button type="button" class="button" on:click=move |_| cancel.run(()) data-testid="reason-cancel">
                    {tr("ref-cancel")}
                </button>
            </div>
        </form>
    }
}

/// One move of a referral, as the action [`mover`] makes takes it.
#[derive(Clone, Debug)]
pub struct Move {
    pub id: String,
    pub to: ReferralStatus,
    pub reason: Option<String>,
    pub occurrence_id: Option<String>,
    /// What is said once it is done.
    pub done: Said,
}

/// The action that moves a referral for the signed-in user; `finished` is told
/// what to say. Its `pending()` is whether a move is on its way.
pub fn mover(finished: Callback<Said>) -> Action<Move, ()> {
    let session = Session::get();
    Action::new_local(move |m: &Move| {
        let Move {
            id,
            to,
            reason,
            occurrence_id,
            done,
        } = m.clone();
        async move {
            let result = session
                .call(|token| {
                    let (id, reason, occurrence_id) = (id.clone(), reason.clone(), occurrence_id.clone());
                    async move { api::referrals::move_referral(&token, &id, to, reason, occurrence_id).await }
                })
                .await;
            finished.run(match result {
                Ok(_) => done,
                Err(err) => Said::Problem(problem_key(&err)),
            });
        }
    })
}

/// Said on My sessions whenever one part changes her places or referrals (a
/// cancelled booking sends its referral back to "accepted"; booking a referral
/// adds a place), so every part reads them again and none shows what is no
/// longer true.
#[derive(Clone, Copy)]
pub struct MyChanges(RwSignal<u32>);

impl MyChanges {
    /// Provides it to the page's parts.
    pub fn provide() -> MyChanges {
        let changes = MyChanges(RwSignal::new(0));
        provide_context(changes);
        changes
    }

    /// Tells the other parts.
    pub fn tell(self) {
        self.0.update(|n| *n += 1);
    }

    /// Makes what reads this (a resource's fetcher) read again on every change.
    pub fn watch(self) {
        self.0.track();
    }
}

/// The mother's referrals. `as_page` makes its title the page's heading.
#[component]
pub fn MyReferrals(#[prop(optional)] as_page: bool) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let changes = use_context::<MyChanges>();
    // Loaded again when the language changes, for the programmes' titles, and
    // when another part of the page changed her places.
    let referrals = LocalResource::new(move || {
        if let Some(changes) = changes {
            changes.watch();
        }
        let ui = I18n::get().language().tag();
        async move {
            session
                .call(|token| async move { api::referrals::list_referrals(&token, ui).await })
                .await
        }
    });
    let said = RwSignal::new(None::<Said>);
    let finished = Callback::new(move |outcome: Said| {
        said.set(Some(outcome));
        match changes {
            Some(changes) => changes.tell(),
            None => referrals.refetch(),
        }
    });
    let title = move || i18n.t("myref-title");
    view! {
        <section class="ref my-referrals" aria-labelledby="my-referrals-title" data-testid="my-referrals">
            {if as_page {
                view! { <h1 id="my-referrals-title">{title}</h1> }.into_any()
            } else {
                // On My sessions the heading opens them on a page of their own.
                view! {
                    <h2 id="my-referrals-title">
                        <A href=crate::pages::referrals::NOTES_PATH attr:data-testid="myref-open">{title}</A>
                    </h2>
                }
                .into_any()
            }}
            <p>{tr("myref-intro")}</p>
            <SaidLine said testid="myref-status" />
            {move || match referrals.get() {
                None => loading(),
                Some(Err(err)) => alert(err.message_key()),
                Some(Ok(list)) if list.is_empty() => {
                    view! { <p class="empty" data-testid="myref-empty">{tr("myref-empty")}</p> }.into_any()
                }
                Some(Ok(list)) => view! {
                    <ul class="result-list">
                        {list.into_iter().map(|referral| view! { <MyReferralCard referral finished /> }).collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </section>
    }
}

/// What a mother is asked before an answer that needs more from her.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Asking {
    Why,
    Sure,
}

/// Answers a mother may give when she declines.
const MOTHER_REASONS: [&str; 3] = ["myref-reason-time", "myref-reason-far", "myref-reason-not-now"];

/// One of her referrals, with the answers open to her.
#[component]
fn MyReferralCard(referral: Referral, finished: Callback<Said>) -> impl IntoView {
    let r = referral;
    let status = r.status;
    let asking = RwSignal::new(None::<Asking>);
    let moving = mover(finished);
    let working = moving.pending();
    let from = tw(
        "myref-from",
        vec![
            ("name", Arg::Text(r.referrer_name.clone())),
            ("date", Arg::Day(r.created_at.clone())),
        ],
    );
    let id = StoredValue::new(r.id.clone());
    let answer = move |to: ReferralStatus, reason: Option<String>, key: &'static str| {
        moving.dispatch_local(Move {
            id: id.get_value(),
            to,
            reason,
            occurrence_id: None,
            done: Said::Done(key, vec![]),
        });
    };
    let can_answer = status == ReferralStatus::Sent;
    let can_withdraw = status.can_become(ReferralStatus::Withdrawn);
    view! {
        <li class="card ref-card" data-testid="my-referral" data-referral=r.id.clone() data-status=status.as_str()>
            <h3 class="result-title"><Localised text=r.programme_title.clone() /></h3>
            <NotTranslated translated=r.programme_title.translated />
            <p><StatusBadge status testid="my-referral-status" /></p>
            <p class="hint">{from}</p>
            {move || match asking.get() {
                Some(Asking::Why) => view! {
                    <ReasonForm id=id.get_value() question="myref-decline-question" presets=&MOTHER_REASONS
                        confirm_key="myref-decline" working
                        confirm=Callback::new(move |reason: String| {
                            answer(ReferralStatus::Declined, Some(reason), "myref-declined")
                        })
                        cancel=Callback::new(move |_| asking.set(None)) />
                }
                .into_any(),
                Some(Asking::Sure) => view! {
                    <div class="confirm">
                        <p>{tr("myref-confirm-withdraw")}</p>
                        <div class="actions">
                            <button type="button" class="button danger" data-testid="my-referral-withdraw-yes"
                                disabled=move || working.get()
                                on:click=move |_| answer(ReferralStatus::Withdrawn, None, "myref-withdrawn")>
                                {tr("myref-withdraw-yes")}
                            </button>
                            <button type="button" class="button" on:click=move |_| asking.set(None)>
                                {tr("myref-keep")}
                            </button>
                        </div>
                    </div>
                }
                .into_any(),
                None => view! {
                    <div class="actions">
                        {can_answer.then(|| view! {
                            <button type="button" class="button primary" data-testid="my-referral-accept"
                                disabled=move || working.get()
                                on:click=move |_| answer(ReferralStatus::Accepted, None, "myref-accepted")>
                                {tr("myref-accept")}
                            </button>
                            <button type="button" class="button" data-testid="my-referral-decline"
                                on:click=move |_| asking.set(Some(Asking::Why))>
                                {tr("myref-decline")}
                            </button>
                        })}
                        {can_withdraw.then(|| view! {
                            <button type="button" class="button danger" data-testid="my-referral-withdraw"
                                on:click=move |_| asking.set(Some(Asking::Sure))>
                                {tr("myref-withdraw")}
                            </button>
                        })}
                    </div>
                }
                .into_any(),
            }}
        </li>
    }
}
