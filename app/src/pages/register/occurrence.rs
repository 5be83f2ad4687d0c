//! One session's register: who is expected, one tap each to mark her, the babies
//! and children with her, and where each mark is.

use super::rows::{Row, rows};
use super::walk_in::WalkInForm;
use crate::components::format;
use crate::components::listing::{Localised, NotTranslated, language_name};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::offline::{Device, MarkState, NewMark};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::register::{AttendanceStatus, ExpectedBecause, MarkOutcome, RegisterOccurrence};

/// The most babies or children a host can count for one mother.
const MOST: u8 = 20;

/// The locale key and test hook of a mark button.
pub fn status_key(status: AttendanceStatus) -> (&'static str, &'static str) {
    match status {
        AttendanceStatus::Present => ("register-present", "mark-present"),
        AttendanceStatus::Absent => ("register-absent", "mark-absent"),
        AttendanceStatus::Apologies => ("register-apologies", "mark-apologies"),
    }
}

/// The locale key and state name of where a mark is.
pub fn sync_key(state: MarkState) -> (&'static str, &'static str) {
    match state {
        MarkState::Waiting => ("register-mark-waiting", "waiting"),
        MarkState::Sent(MarkOutcome::Superseded) => ("register-mark-superseded", "superseded"),
        MarkState::Sent(_) => ("register-mark-sent", "sent"),
        MarkState::Refused => ("register-mark-refused", "refused"),
    }
}

fn because_key(because: ExpectedBecause) -> &'static str {
    match because {
        ExpectedBecause::Booked => "register-because-booked",
        ExpectedBecause::Enrolled => "register-because-enrolled",
        ExpectedBecause::Referred => "register-because-referred",
        ExpectedBecause::WalkIn => "register-because-walk-in",
    }
}

/// One session on the chosen day, read from the registers kept on the phone.
#[component]
pub fn OccurrenceCard(viewer: String, date: String, occurrence_id: String) -> impl IntoView {
    let i18n = I18n::get();
    let device = Device::get();
    let occurrence = Memo::new({
        let (device, viewer, date, id) = (
            device.clone(),
            viewer.clone(),
            date.clone(),
            occurrence_id.clone(),
        );
        move |_| {
            device.with_days(&viewer, |days| {
                days.get(&date).and_then(|d| {
                    d.registers
                        .occurrences
                        .iter()
                        .find(|o| o.occurrence_id == id)
                        .cloned()
                })
            })
        }
    });
    let rows = Memo::new({
        let device = device.clone();
        move |_| {
            occurrence.with(|o| match o {
                Some(o) => device.with_marks(|marks| rows(o, marks)),
                None => Vec::new(),
            })
        }
    });
    let keys = Memo::new(move |_| rows.with(|rs| rs.iter().map(|r| r.key.clone()).collect::<Vec<_>>()));
    let heading = format!("occurrence-{occurrence_id}");
    let tally = move || {
        rows.with(|rs| {
            let marked = rs.iter().filter(|r| r.status.is_some()).count();
            let present = rs
                .iter()
                .filter(|r| r.status == Some(AttendanceStatus::Present))
                .count();
            i18n.t_with(
                "register-tally",
                &[
                    ("marked", FluentValue::from(marked)),
                    ("expected", FluentValue::from(rs.len())),
                    ("present", FluentValue::from(present)),
                ],
            )
        })
    };
    let header = move || {
        occurrence.get().map(|o: RegisterOccurrence| {
            let (start, end, venue) = (o.start_time.clone(), o.end_time.clone(), o.venue_name.clone());
            let when = move || {
                let language = i18n.language();
                i18n.t_with(
                    "register-when",
                    &[
                        ("start", FluentValue::from(format::time(&start, language))),
                        ("end", FluentValue::from(format::time(&end, language))),
                        ("venue", FluentValue::from(venue.clone())),
                    ],
                )
            };
            view! {
                <p class="register-when">{when}</p>
                <NotTranslated translated=o.title.translated />
                {o.cancelled.then(|| view! { <p class="register-cancelled" data-testid="cancelled">{tr("register-cancelled")}</p> })}
            }
        })
    };
    let title = move || occurrence.get().map(|o| view! { <Localised text=o.title /> });
    // What mothers texted back about this date (not that they cannot come: that
    // is their apologies, on their row), for the host to read.
    let replies = move || {
        occurrence
            .with(|o| o.as_ref().map(|o| o.replies.clone()).unwrap_or_default())
            .into_iter()
            .map(|reply| {
                view! {
                    <li data-testid="text-reply" data-mother=reply.mother_id>
                        <strong>{reply.given_name}</strong>" "
                        <span dir="auto">{reply.text}</span>
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    let has_replies = move || occurrence.with(|o| o.as_ref().is_some_and(|o| !o.replies.is_empty()));
    let (viewer_rows, date_rows, id_rows) = (viewer.clone(), date.clone(), occurrence_id.clone());
    let (hook, labelled_by) = (occurrence_id.clone(), heading.clone());
    view! {
        <section class="card register" data-testid="occurrence" data-occurrence=hook
            aria-labelledby=labelled_by>
            <h3 id=heading class="register-title">{title}</h3>
            {header}
            <p class="register-tally" data-testid="tally">{tally}</p>
            <Show when=has_replies>
                <h4>{tr("register-replies")}</h4>
                <ul class="register-replies" data-testid="text-replies">{replies}</ul>
            </Show>
            <Show when=move || keys.with(Vec::is_empty)>
                <p class="hint">{tr("register-nobody")}</p>
            </Show>
            <ul class="register-list">
                <For each=move || keys.get() key=|k| k.clone() let:key>
                    <MotherRow viewer=viewer_rows.clone() date=date_rows.clone() occurrence_id=id_rows.clone() key rows />
                </For>
            </ul>
            <WalkInForm viewer date occurrence_id rows />
        </section>
    }
}

/// One person on the register: who she is, three mark buttons, and (when she is
/// here) the babies and children with her.
#[component]
fn MotherRow(
    viewer: String,
    date: String,
    occurrence_id: String,
    key: String,
    rows: Memo<Vec<Row>>,
) -> impl IntoView {
    let i18n = I18n::get();
    let device = Device::get();
    // Ids for the counters' labels: her key is a UUID, so this is unique on the page.
    let id = format!("count-{occurrence_id}-{key}");
    let row = Memo::new({
        let key = key.clone();
        move |_| rows.with(|rs| rs.iter().find(|r| r.key == key).cloned())
    });
    let status = Memo::new(move |_| row.with(|r| r.as_ref().and_then(|r| r.status)));
    let counts = Memo::new(move |_| {
        row.with(|r| {
            r.as_ref()
                .map(|r| (r.babies.unwrap_or(0), r.children.unwrap_or(0)))
                .unwrap_or_default()
        })
    });
    // Every tap is a new mark, with its own id and time.
    let record = {
        let device = device.clone();
        move |status: AttendanceStatus, babies: Option<u8>, children: Option<u8>| {
            let Some(r) = row.get_untracked() else {
                return;
            };
            device.record(NewMark {
                user_id: viewer.clone(),
                date: date.clone(),
                occurrence_id: occurrence_id.clone(),
                target: r.target,
                who: r.who,
                status,
                babies,
                children,
            });
        }
    };
    let name = move || row.with(|r| r.as_ref().map(|r| r.who.given_name.clone()).unwrap_or_default());
    let group_label = move || {
        let name = row.with(|r| r.as_ref().map(|r| r.who.given_name.clone()).unwrap_or_default());
        i18n.t_with("register-mark-label", &[("name", FluentValue::from(name))])
    };
    let baby = move || {
        row.with(|r| r.as_ref().and_then(|r| r.who.baby_name.clone()))
            .map(|baby| i18n.t_with("register-baby", &[("name", FluentValue::from(baby))]))
    };
    let language = move || {
        row.with(|r| r.as_ref().map(|r| r.who.language.clone()))
            .map(|tag| language_name(i18n, &tag))
    };
    let interpreter = move || row.with(|r| r.as_ref().is_some_and(|r| r.who.interpreter_needed));
    let because = move || {
        row.with(|r| r.as_ref().map(|r| because_key(r.because)))
            .map(|key| i18n.t(key))
    };
    let sync = move || row.with(|r| r.as_ref().and_then(|r| r.sync)).map(sync_key);
    let buttons = AttendanceStatus::ALL
        .iter()
        .map(|&choice| {
            let (label, hook) = status_key(choice);
            let record = record.clone();
            view! {
                <button type="button" class=format!("mark-button mark-{}", choice.as_str()) data-testid=hook
                    aria-pressed=move || (status.get() == Some(choice)).to_string()
                    on:click=move |_| {
                        // Counts go with her only while she is here.
                        let (babies, children) = match (choice, row.get_untracked()) {
                            (AttendanceStatus::Present, Some(r)) => (r.babies, r.children),
                            _ => (None, None),
                        };
                        record(choice, babies, children)
                    }>
                    {tr(label)}
                </button>
            }
        })
        .collect_view();
    let change_count = {
        let record = record.clone();
        move |babies: i16, children: i16| {
            let Some(r) = row.get_untracked() else {
                return;
            };
            // The count not changed stays as it was, counted or not.
            let step = |now: Option<u8>, by: i16| match by {
                0 => now,
                _ => Some((i16::from(now.unwrap_or(0)) + by).clamp(0, i16::from(MOST)) as u8),
            };
            record(
                AttendanceStatus::Present,
                step(r.babies, babies),
                step(r.children, children),
            );
        }
    };
    let count_by = |babies: i16, children: i16| {
        let change = change_count.clone();
        Callback::new(move |()| change(babies, children))
    };
    let (less_babies, more_babies) = (count_by(-1, 0), count_by(1, 0));
    let (less_children, more_children) = (count_by(0, -1), count_by(0, 1));
    let name_for = move |key: &'static str| {
        move || {
            let name = row.with(|r| r.as_ref().map(|r| r.who.given_name.clone()).unwrap_or_default());
            i18n.t_with(key, &[("name", FluentValue::from(name))])
        }
    };
    view! {
        <li class="register-row" data-testid="mother" data-mother=key.clone()
            data-status=move || status.get().map(|s| s.as_str()).unwrap_or_default()
            data-sync=move || sync().map(|(_, state)| state).unwrap_or_default()
            data-walk-in=move || row.with(|r| r.as_ref().is_some_and(Row::added_here)).to_string()>
            <p class="register-who">
                <span class="register-name">{name}</span>
                {move || baby().map(|text| view! { <span class="register-baby">{text}</span> })}
            </p>
            <ul class="badges">
                <li class="badge">{language}</li>
                {move || interpreter().then(|| view! { <li class="badge interpreter" data-testid="interpreter">{tr("register-interpreter")}</li> })}
                <li class="badge because">{because}</li>
            </ul>
            <div class="mark-buttons" role="group" aria-label=group_label>{buttons}</div>
            <Show when=move || status.get() == Some(AttendanceStatus::Present)>
                <div class="register-counts">
                    <Counter id=format!("{id}-babies") label="register-babies" value=Signal::derive(move || counts.get().0)
                        less=less_babies more=more_babies less_label=name_for("register-fewer-babies")
                        more_label=name_for("register-more-babies") />
                    <Counter id=format!("{id}-children") label="register-children" value=Signal::derive(move || counts.get().1)
                        less=less_children more=more_children less_label=name_for("register-fewer-children")
                        more_label=name_for("register-more-children") />
                </div>
            </Show>
            <p class="row-sync" data-testid="row-sync">{move || sync().map(|(key, _)| i18n.t(key))}</p>
        </li>
    }
}

/// A count with one-less and one-more buttons.
#[component]
fn Counter(
    id: String,
    label: &'static str,
    value: Signal<u8>,
    less: Callback<()>,
    more: Callback<()>,
    less_label: impl Fn() -> String + Send + Sync + 'static,
    more_label: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let label_id = format!("{id}-label");
    let labelled_by = label_id.clone();
    let at_most = move || value.get() >= MOST;
    view! {
        <div class="counter" role="group" aria-labelledby=labelled_by data-testid=label>
            <span class="counter-label" id=label_id>{tr(label)}</span>
            <button type="button" class="counter-button" aria-label=less_label
                disabled=move || value.get() == 0 on:click=move |_| less.run(())>
                <span aria-hidden="true">"−"</span>
            </button>
            <output class="counter-value" aria-live="polite">{move || value.get()}</output>
            <button type="button" class="counter-button" aria-label=more_label
                disabled=at_most on:click=move |_| more.run(())>
                <span aria-hidden="true">"+"</span>
            </button>
        </div>
    }
}
