//! Adding someone who came without being expected: a mother already on one of the
//! host's registers (found by her first name), or a quick new record with the
//! least the host needs: first name, a phone number or none, and her language.

use super::rows::Row;
use crate::components::format::ascii_digits;
use crate::components::listing::language_name;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::offline::{Device, NewMark, Target, Who, new_id};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::contact::PhoneNumber;
use perilink_shared::register::{AttendanceStatus, WalkIn};

/// The languages offered for a new record: the app's twelve, then others common
/// among mothers in Merseyside (each named by `language-name` in find.ftl).
const LANGUAGES: [&str; 19] = [
    "en", "ar", "pl", "pt", "ro", "ckb", "fa", "ur", "bn", "so", "ti", "zh-Hans", "prs", "ps", "kmr", "am",
    "tr", "fr", "es",
];

/// The longest first name the server takes.
const LONGEST_NAME: usize = 100;

/// How many matches the search shows.
const MATCHES: usize = 8;

/// A mother known from the host's registers kept on this phone.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Known {
    mother_id: String,
    who: Who,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Problem {
    Name,
    Phone,
}

/// The "add a walk-in" part of a register.
#[component]
pub fn WalkInForm(
    viewer: String,
    date: String,
    occurrence_id: String,
    rows: Memo<Vec<Row>>,
) -> impl IntoView {
    let i18n = I18n::get();
    let device = Device::get();
    let search = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let language = RwSignal::new("en".to_owned());
    let babies = RwSignal::new(String::new());
    let children = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let added = RwSignal::new(None::<String>);
    // Ids for labels and hints, unique on the page.
    let ids = |part: &str| format!("walk-in-{part}-{occurrence_id}");
    let (search_id, search_hint, name_id, phone_id, phone_hint) = (
        ids("search"),
        ids("search-hint"),
        ids("name"),
        ids("phone"),
        ids("phone-hint"),
    );
    let (language_id, babies_id, children_id, error_id) =
        (ids("language"), ids("babies"), ids("children"), ids("error"));

    // Everyone on the host's saved registers (and marked on this phone), once each.
    let known = Memo::new({
        let (device, viewer) = (device.clone(), viewer.clone());
        move |_| {
            let mut known: Vec<Known> = Vec::new();
            device.with_days(&viewer, |days| {
                for day in days.values() {
                    for o in &day.registers.occurrences {
                        for e in &o.expected {
                            if !known.iter().any(|k| k.mother_id == e.mother_id) {
                                known.push(Known {
                                    mother_id: e.mother_id.clone(),
                                    who: Who {
                                        given_name: e.given_name.clone(),
                                        baby_name: e.baby_name.clone(),
                                        language: e.language.clone(),
                                        interpreter_needed: e.interpreter_needed,
                                    },
                                });
                            }
                        }
                    }
                }
            });
            device.with_marks(|marks| {
                for m in marks.iter().filter(|m| m.user_id == viewer) {
                    if let Some(id) = &m.mother_id
                        && !known.iter().any(|k| &k.mother_id == id)
                    {
                        known.push(Known {
                            mother_id: id.clone(),
                            who: m.who.clone(),
                        });
                    }
                }
            });
            known.sort_by_key(|k| k.who.given_name.to_lowercase());
            known
        }
    });
    let matches = Memo::new(move |_| {
        let wanted = search.get().trim().to_lowercase();
        if wanted.is_empty() {
            return None;
        }
        let here: Vec<String> = rows.with(|rs| rs.iter().map(|r| r.key.clone()).collect());
        Some(known.with(|known| {
            known
                .iter()
                .filter(|k| !here.contains(&k.mother_id) && k.who.given_name.to_lowercase().contains(&wanted))
                .take(MATCHES)
                .cloned()
                .collect::<Vec<_>>()
        }))
    });

    let record = {
        let device = device.clone();
        move |target: Target, who: Who, babies: Option<u8>, children: Option<u8>| {
            added.set(Some(who.given_name.clone()));
            device.record(NewMark {
                user_id: viewer.clone(),
                date: date.clone(),
                occurrence_id: occurrence_id.clone(),
                target,
                who,
                status: AttendanceStatus::Present,
                babies,
                children,
            });
        }
    };

    let pick = {
        let record = record.clone();
        move |k: Known| {
            search.set(String::new());
            record(Target::Mother(k.mother_id), k.who, None, None);
        }
    };

    let submit = {
        let record = record.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let given_name = name.get_untracked().trim().to_owned();
            if given_name.is_empty() || given_name.chars().count() > LONGEST_NAME {
                problem.set(Some(Problem::Name));
                return;
            }
            let typed = ascii_digits(phone.get_untracked().trim());
            let phone_number = if typed.is_empty() {
                None
            } else {
                match PhoneNumber::parse(&typed) {
                    Ok(number) => Some(number.as_str().to_owned()),
                    Err(_) => {
                        problem.set(Some(Problem::Phone));
                        return;
                    }
                }
            };
            problem.set(None);
            let tag = language.get_untracked();
            let count = |text: String| ascii_digits(text.trim()).parse::<u8>().ok().map(|n| n.min(20));
            let target = Target::WalkIn {
                key: new_id(),
                details: WalkIn {
                    given_name: given_name.clone(),
                    phone: phone_number,
                    language: tag.clone(),
                },
            };
            let who = Who {
                given_name,
                baby_name: None,
                language: tag,
                interpreter_needed: false,
            };
            record(
                target,
                who,
                count(babies.get_untracked()),
                count(children.get_untracked()),
            );
            name.set(String::new());
            phone.set(String::new());
            babies.set(String::new());
            children.set(String::new());
        }
    };

    let options = LANGUAGES
        .iter()
        .map(|&tag| view! { <option value=tag>{move || language_name(i18n, tag)}</option> })
        .collect_view();
    let error_text = move || match problem.get() {
        Some(Problem::Name) => i18n.t("register-walk-in-error-name"),
        Some(Problem::Phone) => i18n.t("register-walk-in-error-phone"),
        None => String::new(),
    };

    view! {
        <details class="walk-in" data-testid="walk-in">
            <summary data-testid="walk-in-open">{tr("register-walk-in")}</summary>
            <p role="status" class="notice" data-testid="walk-in-added">
                {move || added.get().map(|name| i18n.t_with("register-walk-in-added", &[("name", FluentValue::from(name))]))}
            </p>
            <div class="field">
                <label for=search_id.clone()>{tr("register-walk-in-search")}</label>
                <input type="search" id=search_id autocomplete="off" data-testid="walk-in-search"
                    aria-describedby=search_hint.clone()
                    prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev)) />
                <p class="hint" id=search_hint>{tr("register-walk-in-search-hint")}</p>
            </div>
            {move || matches.get().map(|found| {
                if found.is_empty() {
                    view! { <p class="hint" data-testid="walk-in-none">{tr("register-walk-in-none-found")}</p> }.into_any()
                } else {
                    let pick = pick.clone();
                    view! {
                        <ul class="walk-in-matches">
                            {found.into_iter().map(|k| {
                                let pick = pick.clone();
                                let (id, given) = (k.mother_id.clone(), k.who.given_name.clone());
                                let baby = k.who.baby_name.clone();
                                view! {
                                    <li>
                                        <button type="button" class="button" data-testid="walk-in-pick" data-mother=id
                                            on:click=move |_| pick(k.clone())>
                                            {move || i18n.t_with("register-walk-in-pick", &[("name", FluentValue::from(given.clone()))])}
                                            {baby.clone().map(|b| view! {
                                                <span class="register-baby">{move || i18n.t_with("register-baby", &[("name", FluentValue::from(b.clone()))])}</span>
                                            })}
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            })}
            <form class="stack walk-in-new" novalidate=true on:submit=submit data-testid="walk-in-form">
                <h4>{tr("register-walk-in-new")}</h4>
                <p class="error" role="alert" id=error_id.clone() data-testid="walk-in-problem">{error_text}</p>
                <div class="field">
                    <label for=name_id.clone()>{tr("register-walk-in-name")}</label>
                    <input type="text" id=name_id autocomplete="off" maxlength="100" required=true
                        data-testid="walk-in-name"
                        aria-invalid=move || (problem.get() == Some(Problem::Name)).to_string()
                        aria-describedby=move || (problem.get() == Some(Problem::Name)).then(|| error_id.clone())
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for=phone_id.clone()>{tr("register-walk-in-phone")}</label>
                    <input type="tel" id=phone_id autocomplete="off" inputmode="tel" dir="ltr" data-testid="walk-in-phone"
                        aria-describedby=phone_hint.clone()
                        aria-invalid=move || (problem.get() == Some(Problem::Phone)).to_string()
                        prop:value=move || phone.get() on:input=move |ev| phone.set(event_target_value(&ev)) />
                    <p class="hint" id=phone_hint>{tr("register-walk-in-phone-hint")}</p>
                </div>
                <div class="field">
                    <label for=language_id.clone()>{tr("register-walk-in-language")}</label>
                    <select id=language_id data-testid="walk-in-language"
                        prop:value=move || language.get() on:change=move |ev| language.set(event_target_value(&ev))>
                        {options}
                    </select>
                </div>
                <div class="walk-in-counts">
                    <div class="field">
                        <label for=babies_id.clone()>{tr("register-walk-in-babies")}</label>
                        <input type="text" inputmode="numeric" pattern="[0-9]*" id=babies_id maxlength="2"
                            data-testid="walk-in-babies"
                            prop:value=move || babies.get() on:input=move |ev| babies.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for=children_id.clone()>{tr("register-walk-in-children")}</label>
                        <input type="text" inputmode="numeric" pattern="[0-9]*" id=children_id maxlength="2"
                            data-testid="walk-in-children"
                            prop:value=move || children.get() on:input=move |ev| children.set(event_target_value(&ev)) />
                    </div>
                </div>
                <button type="submit" class="button primary" data-testid="walk-in-add">{tr("register-walk-in-add")}</button>
            </form>
        </details>
    }
}
