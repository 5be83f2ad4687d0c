//! One questionnaire, one question per screen: large radio choices, progress,
//! back, and a review screen; nothing is sent until the review's Send. The mother's
//! screen and the staff's clinic recording both use it.
//!
//! The answer to each item is the index of the option chosen, in the order shown;
//! the server scores it. EPDS wording comes only from the licensed content pack
//! (`GET /api/screenings/content/epds/{language}`); without one the EPDS is not
//! offered at all (the server refuses it: a score from unseen questions means
//! nothing, hazard H11). A pack may also supply validated translations of PHQ-9,
//! GAD-2 and Whooley, used instead of the project's own.

use crate::api;

use crate::api::ApiError;
use crate::api::screening::ContentItem;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use fluent_bundle::{FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use perilink_shared::language::Language;
use perilink_shared::screening::{EPDS_CITATION, Instrument, ScreeningRequest, ScreeningResult};
use std::rc::Rc;

/// Where an instrument's words come from.
#[derive(Clone, Debug, PartialEq)]
pub enum Wording {
    /// PHQ-9, GAD-2 and Whooley in the interface language: its Fluent text.
    Fluent,
    /// Words in the language `tag`, which may not be the interface's: EPDS from
    /// the licensed content pack, or for staff recording in clinic, the public
    /// instruments from that language's `screening.ftl`.
    Given {
        tag: &'static str,
        /// The line above every question, if the instrument has one.
        stem: Option<String>,
        items: Vec<ContentItem>,
    },
    /// EPDS without a content pack: neutral placeholders.
    Placeholder,
}

impl Wording {
    /// Item `item` (from 0).
    pub fn question(&self, i18n: I18n, instrument: Instrument, item: usize) -> String {
        match self {
            Wording::Given { items, .. } => items
                .get(item)
                .map(|i| i.text.clone())
                .unwrap_or_else(|| placeholder(i18n, item)),
            Wording::Placeholder => placeholder(i18n, item),
            Wording::Fluent => i18n.t(&question_key(instrument, item)),
        }
    }

    /// Option `option` (from 0, in the order shown) of item `item`.
    pub fn option(&self, i18n: I18n, instrument: Instrument, item: usize, option: u8) -> String {
        let placeholder = || {
            i18n.t_with(
                "screening-epds-placeholder-option",
                &[("n", FluentValue::from(u32::from(option) + 1))],
            )
        };
        match self {
            Wording::Given { items, .. } => items
                .get(item)
                .and_then(|i| i.options.get(usize::from(option)))
                .cloned()
                .unwrap_or_else(placeholder),
            Wording::Placeholder => placeholder(),
            Wording::Fluent => i18n.t(option_key(instrument, option)),
        }
    }

    /// The line above every question, if the instrument has one.
    fn stem(&self, i18n: I18n, instrument: Instrument) -> Option<String> {
        match self {
            Wording::Given { stem, .. } => stem.clone(),
            Wording::Placeholder => None,
            Wording::Fluent => stem_key(instrument).map(|key| i18n.t(key)),
        }
    }

    /// The language of the words, when it is not the interface's.
    fn lang(&self) -> Option<&'static str> {
        match self {
            Wording::Given { tag, .. } => Some(tag),
            _ => None,
        }
    }

    /// The direction of the words, when they are not in the interface language.
    fn dir(&self) -> Option<&'static str> {
        self.lang()
            .and_then(|tag| tag.parse::<Language>().ok())
            .map(|language| language.direction().as_str())
    }
}

fn placeholder(i18n: I18n, item: usize) -> String {
    i18n.t_with(
        "screening-epds-placeholder",
        &[("n", FluentValue::from(item + 1))],
    )
}

/// The Fluent key of a public instrument's item `item` (from 0).
fn question_key(instrument: Instrument, item: usize) -> String {
    format!("screening-{}-q{}", instrument.as_str(), item + 1)
}

/// The Fluent key of a public instrument's option: Whooley's no and yes, or the
/// four frequencies of PHQ-9 and GAD-2.
fn option_key(instrument: Instrument, option: u8) -> &'static str {
    match (instrument, option) {
        (Instrument::Whooley, 0) => "screening-no",
        (Instrument::Whooley, _) => "screening-yes",
        (_, 0) => "screening-freq-0",
        (_, 1) => "screening-freq-1",
        (_, 2) => "screening-freq-2",
        _ => "screening-freq-3",
    }
}

/// The line above every question of PHQ-9 and GAD-2, if it has one.
fn stem_key(instrument: Instrument) -> Option<&'static str> {
    match instrument {
        Instrument::Phq9 => Some("screening-phq9-stem"),
        Instrument::Gad2 => Some("screening-gad2-stem"),
        _ => None,
    }
}

/// A public instrument's wording in `language` from its `screening.ftl`, for
/// staff whose interface is in another language; `None` while that translation
/// lacks any of it (the interface's own words are used instead, never a mix).
async fn public_wording(instrument: Instrument, language: Language) -> Option<Wording> {
    let tag = language.tag();
    let source = crate::api::fetch_text(&crate::app_files::locale_path(tag, "screening.ftl"))
        .await
        .ok()?;
    let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, _)| resource);
    // The interface's own bundle type (`i18n`), so the wasm holds one copy of
    // Fluent's resolver rather than one per type of bundle.
    let mut bundle = FluentBundle::<Rc<FluentResource>>::new(vec![tag.parse().ok()?]);
    bundle.add_resource(Rc::new(resource)).ok()?;
    let say = |key: &str| {
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
        errors.is_empty().then_some(text)
    };
    let options = (0..instrument.options())
        .map(|o| say(option_key(instrument, o)))
        .collect::<Option<Vec<_>>>()?;
    let items = (0..instrument.items())
        .map(|item| {
            Some(ContentItem {
                text: say(&question_key(instrument, item))?,
                options: options.clone(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let stem = match stem_key(instrument) {
        Some(key) => Some(say(key)?),
        None => None,
    };
    Some(Wording::Given { tag, stem, items })
}

/// Whether the EPDS's licensed wording is installed in `language`: `None` while
/// asking. Without it the EPDS is not offered.
pub fn epds_installed(language: Signal<Language>) -> LocalResource<Option<bool>> {
    let session = Session::get();
    LocalResource::new(move || {
        let language = language.get();
        async move {
            let content = session
                .call(move |token| async move {
                    api::screening::content(&token, Instrument::Epds, language.tag()).await
                })
                .await;
            Some(content.is_ok_and(|c| c.installed))
        }
    })
}

/// Where the wording of `instrument` in `language` comes from, and whether that
/// language version is validated. `None` while loading.
pub fn load_wording(
    instrument: Instrument,
    language: Signal<Language>,
) -> LocalResource<Option<Result<(Wording, bool), ApiError>>> {
    let i18n = I18n::get();
    let session = Session::get();
    LocalResource::new(move || {
        let language = language.get();
        async move {
            // A validated translation from the content pack comes first.
            let content = session
                .call(move |token| async move {
                    api::screening::content(&token, instrument, language.tag()).await
                })
                .await;
            if let Ok(c) = &content
                && c.installed
            {
                let items = c.items.clone();
                return Some(Ok((
                    Wording::Given {
                        tag: language.tag(),
                        stem: None,
                        items,
                    },
                    c.validated,
                )));
            }
            if !instrument.wording_is_licensed() {
                // Public wording is validated in English; other languages are
                // translations (the server marks them so the same way).
                let validated = language == Language::English;
                if language == untrack(|| i18n.language()) {
                    return Some(Ok((Wording::Fluent, validated)));
                }
                let wording = public_wording(instrument, language)
                    .await
                    .unwrap_or(Wording::Fluent);
                return Some(Ok((wording, validated)));
            }
            // The EPDS without its licensed wording: not offered, nor accepted.
            Some(content.map(|_| (Wording::Placeholder, false)))
        }
    })
}

/// The source of a questionnaire's wording, shown under it: the full EPDS
/// citation wherever the EPDS is used, the PHQ and Whooley attributions otherwise.
#[component]
pub fn Citation(instrument: Instrument) -> impl IntoView {
    match instrument {
        Instrument::Epds => view! {
            <p class="scr-citation" data-testid="epds-citation">
                {tr("screening-citation-label")}" "<cite lang="en">{EPDS_CITATION}</cite>
            </p>
        }
        .into_any(),
        Instrument::Phq9 | Instrument::Gad2 => {
            view! { <p class="scr-citation">{tr("screening-phq-attribution")}</p> }.into_any()
        }
        Instrument::Whooley => {
            view! { <p class="scr-citation">{tr("screening-whooley-attribution")}</p> }.into_any()
        }
    }
}

/// Who the screening is for and what it belongs to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Subject {
    /// The mother, when staff record it; a mother taking it herself leaves it out.
    pub mother_id: Option<String>,
    /// A course's scheduled screening: the session and `baseline`, `week6` or `end`.
    pub session_id: Option<String>,
    pub timepoint: Option<String>,
}

/// The questions of `instrument`, one per screen, then a review and Send.
#[component]
pub fn Questionnaire(
    instrument: Instrument,
    /// The language she answers in.
    language: Signal<Language>,
    subject: Subject,
    /// Called with the server's result once it is saved.
    on_sent: Callback<ScreeningResult>,
    /// Back from the first question.
    on_back: Callback<()>,
) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let wording = load_wording(instrument, language);
    view! {
        {move || match wording.get().flatten() {
            None => view! { <p aria-busy="true">{tr("screening-loading-questions")}</p> }.into_any(),
            Some(Err(err)) => view! {
                <p class="error" role="alert">{move || i18n.t(err.message_key())}</p>
                <button type="button" class="button" on:click=move |_| wording.refetch()>
                    {tr("screening-try-again")}
                </button>
            }
            .into_any(),
            Some(Ok(_)) => ().into_any(),
        }}
        <Show when=move || matches!(wording.get().flatten(), Some(Ok(_)))>
            <Steps instrument language subject=subject.clone() on_sent on_back
                wording=Signal::derive(move || match wording.get().flatten() {
                    Some(Ok((w, _))) => w,
                    _ => Wording::Placeholder,
                })
                session />
        </Show>
        <Citation instrument />
    }
}

/// The steps themselves, once the wording is known. Kept mounted while the language
/// changes, so her answers stay.
#[component]
fn Steps(
    instrument: Instrument,
    language: Signal<Language>,
    subject: Subject,
    on_sent: Callback<ScreeningResult>,
    on_back: Callback<()>,
    wording: Signal<Wording>,
    session: Session,
) -> impl IntoView {
    let i18n = I18n::get();
    let count = instrument.items();
    let options = instrument.options();
    // Item index, or `count` for the review.
    let step = RwSignal::new(0usize);
    let answers = RwSignal::new(vec![None::<u8>; count]);
    // She came to a question from the review, so Next goes back there.
    let from_review = RwSignal::new(false);
    let missing = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let submitting = Action::new_local(move |request: &ScreeningRequest| {
        let request = request.clone();
        async move {
            let result = session
                .call(|token| {
                    let request = request.clone();
                    async move { api::screening::submit(&token, &request).await }
                })
                .await;
            match result {
                Ok(result) => on_sent.run(result),
                Err(err) => problem.set(Some(err.message_key())),
            }
        }
    });
    let sending = submitting.pending();
    // Named once, so that sending again (after a lost answer, or a second tap)
    // keeps one screening.
    let screening_id = crate::ids::new_id();

    let heading = NodeRef::<leptos::html::H2>::new();
    // Each new screen moves focus to its heading, so a screen reader reads it.
    Effect::new(move |_| {
        step.track();
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });

    let next = move |_| {
        let item = step.get_untracked();
        if answers.with_untracked(|a| a[item].is_none()) {
            missing.set(true);
            return;
        }
        missing.set(false);
        if from_review.get_untracked() || item + 1 >= count {
            from_review.set(false);
            step.set(count);
        } else {
            step.set(item + 1);
        }
    };
    let back = move |_| {
        missing.set(false);
        match step.get_untracked() {
            0 => on_back.run(()),
            item => step.set(item - 1),
        }
    };
    let send = move |_| {
        let Some(chosen) =
            answers.with_untracked(|a| a.iter().map(|o| o.map(i64::from)).collect::<Option<Vec<_>>>())
        else {
            // Every question is answered before the review; this is only a guard.
            if let Some(first) = answers.with_untracked(|a| a.iter().position(Option::is_none)) {
                step.set(first);
                missing.set(true);
            }
            return;
        };
        let request = ScreeningRequest {
            id: Some(screening_id.clone()),
            mother_id: subject.mother_id.clone(),
            instrument,
            language: language.get_untracked().tag().to_owned(),
            answers: chosen,
            session_id: subject.session_id.clone(),
            timepoint: subject.timepoint.clone(),
        };
        problem.set(None);
        submitting.dispatch_local(request);
    };

    let heading_text = move || {
        let item = step.get();
        if item >= count {
            i18n.t("screening-review-title")
        } else {
            i18n.t_with(
                "screening-progress",
                &[
                    ("n", FluentValue::from(item + 1)),
                    ("total", FluentValue::from(count)),
                ],
            )
        }
    };
    let step_name = move || {
        let item = step.get();
        if item >= count {
            "review".to_owned()
        } else {
            (item + 1).to_string()
        }
    };
    let progress = move || format!("{}%", (step.get().min(count) * 100) / count);

    let question = move || {
        let item = step.get();
        if item >= count {
            return ().into_any();
        }
        let words = wording.get();
        let (lang, dir) = (words.lang(), words.dir());
        let stem = words
            .stem(i18n, instrument)
            .map(|stem| view! { <p class="scr-stem" lang=lang dir=dir>{stem}</p> });
        let choices = (0..options)
            .map(|option| {
                let words = words.clone();
                let id = format!("scr-q{}-o{option}", item + 1);
                view! {
                    <div class="scr-option" data-testid="screening-option" data-option=option>
                        <input type="radio" id=id.clone() name=format!("scr-q{}", item + 1) value=option
                            prop:checked=move || answers.with(|a| a[item] == Some(option))
                            on:change=move |_| {
                                answers.update(|a| a[item] = Some(option));
                                missing.set(false);
                            } />
                        <label for=id>{move || words.option(i18n, instrument, item, option)}</label>
                    </div>
                }
            })
            .collect_view();
        let words_for_legend = words.clone();
        view! {
            {stem}
            <fieldset class="scr-question" data-testid="screening-question" data-item={item + 1} lang=lang dir=dir
                aria-describedby="scr-missing">
                <legend>{move || words_for_legend.question(i18n, instrument, item)}</legend>
                <div class="scr-options">{choices}</div>
            </fieldset>
            <p id="scr-missing" class="error" role="alert" data-testid="screening-missing">
                {move || if missing.get() { i18n.t("screening-choose-answer") } else { String::new() }}
            </p>
            <div class="actions scr-nav">
                <button type="button" class="button" data-testid="screening-back" on:click=back>
                    {tr("screening-back")}
                </button>
                <button type="button" class="button primary" data-testid="screening-next" on:click=next>
                    {tr("screening-next")}
                </button>
            </div>
        }
        .into_any()
    };

    let review = move || {
        if step.get() < count {
            return ().into_any();
        }
        let words = wording.get();
        let (lang, dir) = (words.lang(), words.dir());
        let rows = (0..count)
            .map(|item| {
                let words = words.clone();
                let words_for_answer = words.clone();
                let qid = format!("scr-review-q{}", item + 1);
                view! {
                    <li class="scr-review-item" data-testid="screening-review-item" data-item={item + 1}>
                        <p class="scr-review-n">
                            {move || i18n.t_with("screening-review-question", &[("n", FluentValue::from(item + 1))])}
                        </p>
                        <p id=qid.clone() class="scr-review-q" lang=lang dir=dir>
                            {move || words.question(i18n, instrument, item)}
                        </p>
                        <p class="scr-review-a" lang=lang dir=dir data-testid="screening-review-answer">
                            {move || match answers.with(|a| a[item]) {
                                Some(option) => words_for_answer.option(i18n, instrument, item, option),
                                None => i18n.t("screening-not-answered"),
                            }}
                        </p>
                        <button type="button" class="button" aria-describedby=qid data-testid="screening-change"
                            title=move || i18n.t_with("screening-change-label", &[("n", FluentValue::from(item + 1))])
                            on:click=move |_| {
                                from_review.set(true);
                                step.set(item);
                            }>
                            {tr("screening-change")}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>{tr("screening-review-intro")}</p>
            <ol class="scr-review">{rows}</ol>
            <p class="error" role="alert" data-testid="screening-send-problem">
                {move || problem.get().map(|key| i18n.t(key)).unwrap_or_default()}
            </p>
            <div class="actions scr-nav">
                <button type="button" class="button" data-testid="screening-back"
                    on:click=move |_| step.set(count - 1)>
                    {tr("screening-back")}
                </button>
                <button type="button" class="button primary" data-testid="screening-send"
                    disabled=move || sending.get() aria-busy=move || sending.get().to_string() on:click=send.clone()>
                    {move || i18n.t(if sending.get() { "screening-sending" } else { "screening-send" })}
                </button>
            </div>
        }
        .into_any()
    };

    view! {
        <div class="scr-steps" data-testid="screening-steps" data-instrument=instrument.as_str()
            data-step=step_name>
            <h2 class="scr-progress" tabindex="-1" node_ref=heading data-testid="screening-progress">{heading_text}</h2>
            <div class="scr-bar" aria-hidden="true"><span style:inline-size=progress></span></div>
            {question}
            {review}
        </div>
    }
}
