//! Plain forms to add and change organisations, venues, programmes and sessions.
//! Each part shows one form (new, or filled from the record being changed) above
//! the list of records, each with an "Edit" button.

use super::fields::{Choice, Ctx, LongText, Note, NoteLine, Text, Tick, listed, maybe, number, show, worded};
use crate::api::directory;
use crate::components::listing::language_name;
use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use perilink_shared::directory::{BookingMode, Format, ProgrammeKind};
use perilink_shared::directory_admin::{
    Frequency, ListingCheck, Organisation, OrganisationInput, OrganisationKind, Programme, ProgrammeInput,
    ProgrammeText, ProgrammeTextInput, Session, SessionInput, SessionTextInput, Venue, VenueInput,
};
use perilink_shared::language::Language;

/// A form's frame: its heading, the fields, Save and "Add new instead", and how
/// the save went.
#[component]
fn FormShell(
    id: &'static str,
    editing: RwSignal<Option<String>>,
    new_key: &'static str,
    edit_key: &'static str,
    note: RwSignal<Note>,
    on_save: Callback<()>,
    on_new: Callback<()>,
    children: Children,
) -> impl IntoView {
    let i18n = I18n::get();
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    view! {
        <form id=id class="stack coord-form" novalidate aria-labelledby=labelled_by
            on:submit=move |ev: SubmitEvent| {
                ev.prevent_default();
                on_save.run(());
            }>
            <h3 id=heading>{move || if editing.get().is_some() { i18n.t(edit_key) } else { i18n.t(new_key) }}</h3>
            {children()}
            <div class="coord-actions">
                <button type="submit" class="button primary" disabled=move || note.get() == Note::Working>
                    {move || i18n.t("coord-save")}
                </button>
                <Show when=move || editing.get().is_some()>
                    <button type="button" class="button" on:click=move |_| on_new.run(())>
                        {move || i18n.t("coord-new")}
                    </button>
                </Show>
            </div>
            <NoteLine note />
        </form>
    }
}

/// "Last checked 3 days ago" for a list.
fn checked_line(i18n: I18n, check: &ListingCheck) -> impl Fn() -> String + use<> {
    let days = check.days_since_checked;
    move || i18n.t_with("coord-last-checked", &[("days", FluentValue::from(days))])
}

/// The "Edit" button of a list item.
#[component]
fn EditButton(on_edit: Callback<()>) -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <button type="button" class="button" on:click=move |_| on_edit.run(())>{move || i18n.t("coord-edit")}</button>
    }
}

// ----------------------------------------------------------- organisations

#[derive(Clone, Copy)]
struct OrganisationForm {
    name: RwSignal<String>,
    kind: RwSignal<String>,
    website: RwSignal<String>,
}

impl OrganisationForm {
    fn new() -> Self {
        OrganisationForm {
            name: RwSignal::new(String::new()),
            kind: RwSignal::new(String::new()),
            website: RwSignal::new(String::new()),
        }
    }

    fn fill(&self, o: Option<&Organisation>) {
        self.name.set(o.map(|o| o.name.clone()).unwrap_or_default());
        self.kind
            .set(o.map(|o| o.kind.as_str().to_owned()).unwrap_or_default());
        self.website
            .set(o.and_then(|o| o.website.clone()).unwrap_or_default());
    }

    fn input(&self) -> Result<OrganisationInput, &'static str> {
        Ok(OrganisationInput {
            name: self.name.get_untracked(),
            kind: OrganisationKind::parse(&self.kind.get_untracked()).ok_or("coord-error-invalid")?,
            website: maybe(&self.website.get_untracked()),
        })
    }
}

/// Organisations: NHS trusts, library services, charities.
#[component]
pub fn Organisations(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::get();
    let note = RwSignal::new(Note::Idle);
    let editing = RwSignal::new(None::<String>);
    let form = OrganisationForm::new();
    let on_new = Callback::new(move |()| {
        editing.set(None);
        form.fill(None);
        note.set(Note::Idle);
    });
    let on_save = Callback::new(move |()| match form.input() {
        Err(key) => note.set(Note::Failed(key)),
        Ok(input) => {
            let id = editing.get_untracked();
            ctx.run(
                note,
                move |t| directory::save::<_, Organisation>(t, "organisations", id.clone(), input.clone()),
                move |o| editing.set(Some(o.id)),
            );
        }
    });
    let kinds = worded(
        OrganisationKind::ALL.iter().map(|k| k.as_str()).collect(),
        "coord-org-kind-",
        true,
    );
    view! {
        <section class="coord-part" aria-labelledby="coord-organisations-title">
            <h2 id="coord-organisations-title">{move || i18n.t("coord-tab-organisations")}</h2>
            <FormShell id="organisation-form" editing note on_save on_new
                new_key="coord-organisation-new" edit_key="coord-organisation-edit">
                <Text id="organisation-name" label="coord-field-name" value=form.name />
                <Choice id="organisation-kind" label="coord-field-kind" value=form.kind options=kinds />
                <Text id="organisation-website" label="coord-field-website" value=form.website kind="url" ltr=true />
            </FormShell>
            <ul class="coord-list">
                {move || ctx.with(|d| d.organisations.clone()).unwrap_or_default().into_iter().map(|o| {
                    let kind_key = format!("coord-org-kind-{}", o.kind.as_str());
                    let on_edit = Callback::new({
                        let o = o.clone();
                        move |()| {
                            form.fill(Some(&o));
                            editing.set(Some(o.id.clone()));
                            note.set(Note::Idle);
                            show("organisation-form");
                        }
                    });
                    view! {
                        <li class="card coord-item">
                            <h3>{o.name.clone()}</h3>
                            <p class="coord-meta">{move || i18n.t(&kind_key)}</p>
                            <EditButton on_edit />
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

// ------------------------------------------------------------------ venues

#[derive(Clone, Copy)]
struct VenueForm {
    organisation: RwSignal<String>,
    name: RwSignal<String>,
    address: RwSignal<String>,
    town: RwSignal<String>,
    postcode: RwSignal<String>,
    lat: RwSignal<String>,
    lon: RwSignal<String>,
    step_free: RwSignal<bool>,
    buggy_space: RwSignal<bool>,
    baby_change: RwSignal<bool>,
    breastfeeding_welcome: RwSignal<bool>,
    bus_routes: RwSignal<String>,
}

impl VenueForm {
    fn new() -> Self {
        let text = || RwSignal::new(String::new());
        VenueForm {
            organisation: text(),
            name: text(),
            address: text(),
            town: text(),
            postcode: text(),
            lat: text(),
            lon: text(),
            step_free: RwSignal::new(false),
            buggy_space: RwSignal::new(false),
            baby_change: RwSignal::new(false),
            breastfeeding_welcome: RwSignal::new(false),
            bus_routes: text(),
        }
    }

    fn fill(&self, v: Option<&Venue>) {
        let text = |f: fn(&Venue) -> String| v.map(f).unwrap_or_default();
        self.organisation.set(text(|v| v.organisation_id.clone()));
        self.name.set(text(|v| v.name.clone()));
        self.address.set(text(|v| v.address.clone()));
        self.town.set(text(|v| v.town.clone()));
        self.postcode.set(text(|v| v.postcode.clone()));
        self.lat.set(text(|v| v.lat.to_string()));
        self.lon.set(text(|v| v.lon.to_string()));
        self.step_free.set(v.is_some_and(|v| v.step_free));
        self.buggy_space.set(v.is_some_and(|v| v.buggy_space));
        self.baby_change.set(v.is_some_and(|v| v.baby_change));
        self.breastfeeding_welcome
            .set(v.is_some_and(|v| v.breastfeeding_welcome));
        self.bus_routes
            .set(text(|v| v.bus_routes.clone().unwrap_or_default()));
    }

    fn input(&self) -> Result<VenueInput, &'static str> {
        let coordinate =
            |s: RwSignal<String>| number::<f64>(&s.get_untracked()).map_err(|_| "coord-error-number");
        Ok(VenueInput {
            organisation_id: self.organisation.get_untracked(),
            name: self.name.get_untracked(),
            address: self.address.get_untracked(),
            town: self.town.get_untracked(),
            postcode: self.postcode.get_untracked(),
            lat: coordinate(self.lat)?,
            lon: coordinate(self.lon)?,
            step_free: self.step_free.get_untracked(),
            buggy_space: self.buggy_space.get_untracked(),
            baby_change: self.baby_change.get_untracked(),
            breastfeeding_welcome: self.breastfeeding_welcome.get_untracked(),
            bus_routes: maybe(&self.bus_routes.get_untracked()),
        })
    }
}

/// Venues: where sessions happen, with their access and place on the map.
#[component]
pub fn Venues(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::get();
    let note = RwSignal::new(Note::Idle);
    let editing = RwSignal::new(None::<String>);
    let form = VenueForm::new();
    let on_new = Callback::new(move |()| {
        editing.set(None);
        form.fill(None);
        note.set(Note::Idle);
    });
    let on_save = Callback::new(move |()| match form.input() {
        Err(key) => note.set(Note::Failed(key)),
        Ok(input) => {
            let id = editing.get_untracked();
            ctx.run(
                note,
                move |t| directory::save::<_, Venue>(t, "venues", id.clone(), input.clone()),
                move |v| {
                    form.fill(Some(&v));
                    editing.set(Some(v.id));
                },
            );
        }
    });
    let organisations = listed(ctx, |d| {
        d.organisations
            .iter()
            .map(|o| (o.id.clone(), o.name.clone()))
            .collect()
    });
    view! {
        <section class="coord-part" aria-labelledby="coord-venues-title">
            <h2 id="coord-venues-title">{move || i18n.t("coord-tab-venues")}</h2>
            <FormShell id="venue-form" editing note on_save on_new new_key="coord-venue-new" edit_key="coord-venue-edit">
                <Choice id="venue-organisation" label="coord-field-organisation" value=form.organisation options=organisations />
                <Text id="venue-name" label="coord-field-name" value=form.name />
                <Text id="venue-address" label="coord-field-address" value=form.address />
                <Text id="venue-town" label="coord-field-town" value=form.town />
                <Text id="venue-postcode" label="coord-field-postcode" value=form.postcode ltr=true />
                <p class="hint">{move || i18n.t("coord-field-place-hint")}</p>
                <div class="coord-pair">
                    <Text id="venue-lat" label="coord-field-lat" value=form.lat ltr=true />
                    <Text id="venue-lon" label="coord-field-lon" value=form.lon ltr=true />
                </div>
                <Tick id="venue-step-free" label="coord-field-step-free" value=form.step_free />
                <Tick id="venue-buggy" label="coord-field-buggy-space" value=form.buggy_space />
                <Tick id="venue-baby-change" label="coord-field-baby-change" value=form.baby_change />
                <Tick id="venue-breastfeeding" label="coord-field-breastfeeding" value=form.breastfeeding_welcome />
                <LongText id="venue-buses" label="coord-field-bus-routes" value=form.bus_routes />
            </FormShell>
            <ul class="coord-list">
                {move || ctx.with(|d| d.venues.clone()).unwrap_or_default().into_iter().map(|v| {
                    let place = format!("{}, {}", v.town, v.postcode);
                    let checked = checked_line(i18n, &v.check);
                    let on_edit = Callback::new({
                        let v = v.clone();
                        move |()| {
                            form.fill(Some(&v));
                            editing.set(Some(v.id.clone()));
                            note.set(Note::Idle);
                            show("venue-form");
                        }
                    });
                    view! {
                        <li class="card coord-item">
                            <h3>{v.name.clone()}</h3>
                            <p class="coord-meta">{place}</p>
                            <p class="coord-meta">{checked}</p>
                            <EditButton on_edit />
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

// -------------------------------------------------------------- programmes

#[derive(Clone, Copy)]
struct ProgrammeForm {
    organisation: RwSignal<String>,
    kind: RwSignal<String>,
    for_pregnant: RwSignal<bool>,
    baby_min: RwSignal<String>,
    baby_max: RwSignal<String>,
    cost: RwSignal<String>,
    booking: RwSignal<String>,
    format: RwSignal<String>,
    title: RwSignal<String>,
    description: RwSignal<String>,
    bring: RwSignal<String>,
}

impl ProgrammeForm {
    fn new() -> Self {
        let text = || RwSignal::new(String::new());
        ProgrammeForm {
            organisation: text(),
            kind: text(),
            for_pregnant: RwSignal::new(false),
            baby_min: text(),
            baby_max: text(),
            cost: RwSignal::new("0".to_owned()),
            booking: text(),
            format: text(),
            title: text(),
            description: text(),
            bring: text(),
        }
    }

    fn fill(&self, p: Option<&Programme>) {
        let english = p.and_then(|p| p.translations.iter().find(|t| t.language == "en"));
        self.organisation
            .set(p.map(|p| p.organisation_id.clone()).unwrap_or_default());
        self.kind
            .set(p.map(|p| p.kind.as_str().to_owned()).unwrap_or_default());
        self.for_pregnant.set(p.is_some_and(|p| p.for_pregnant));
        self.baby_min.set(
            p.and_then(|p| p.baby_min_months)
                .map(|m| m.to_string())
                .unwrap_or_default(),
        );
        self.baby_max.set(
            p.and_then(|p| p.baby_max_months)
                .map(|m| m.to_string())
                .unwrap_or_default(),
        );
        self.cost.set(p.map_or(0, |p| p.cost_pence).to_string());
        self.booking
            .set(p.map(|p| p.booking.as_str().to_owned()).unwrap_or_default());
        self.format
            .set(p.map(|p| p.format.as_str().to_owned()).unwrap_or_default());
        self.title
            .set(english.map(|t| t.title.clone()).unwrap_or_default());
        self.description
            .set(english.map(|t| t.description.clone()).unwrap_or_default());
        self.bring
            .set(english.and_then(|t| t.what_to_bring.clone()).unwrap_or_default());
    }

    fn input(&self) -> Result<ProgrammeInput, &'static str> {
        let whole = |s: RwSignal<String>| number::<u32>(&s.get_untracked()).map_err(|_| "coord-error-number");
        let (title, description) = (self.title.get_untracked(), self.description.get_untracked());
        let english = (!title.trim().is_empty() || !description.trim().is_empty()).then(|| ProgrammeText {
            language: "en".into(),
            title,
            description,
            what_to_bring: maybe(&self.bring.get_untracked()),
        });
        Ok(ProgrammeInput {
            organisation_id: self.organisation.get_untracked(),
            kind: self
                .kind
                .get_untracked()
                .parse()
                .map_err(|_| "coord-error-invalid")?,
            for_pregnant: self.for_pregnant.get_untracked(),
            baby_min_months: whole(self.baby_min)?,
            baby_max_months: whole(self.baby_max)?,
            cost_pence: whole(self.cost)?.unwrap_or(0),
            booking: self
                .booking
                .get_untracked()
                .parse()
                .map_err(|_| "coord-error-invalid")?,
            format: self
                .format
                .get_untracked()
                .parse()
                .map_err(|_| "coord-error-invalid")?,
            translations: english.into_iter().collect(),
        })
    }
}

/// Programmes: what is offered and to whom, in every language it has words in.
#[component]
pub fn Programmes(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::get();
    let note = RwSignal::new(Note::Idle);
    let editing = RwSignal::new(None::<String>);
    let form = ProgrammeForm::new();
    let on_new = Callback::new(move |()| {
        editing.set(None);
        form.fill(None);
        note.set(Note::Idle);
    });
    let on_save = Callback::new(move |()| match form.input() {
        Err(key) => note.set(Note::Failed(key)),
        Ok(input) => {
            let id = editing.get_untracked();
            ctx.run(
                note,
                move |t| directory::save::<_, Programme>(t, "programmes", id.clone(), input.clone()),
                move |p| editing.set(Some(p.id)),
            );
        }
    });
    let organisations = listed(ctx, |d| {
        d.organisations
            .iter()
            .map(|o| (o.id.clone(), o.name.clone()))
            .collect()
    });
    let kinds = worded(
        ProgrammeKind::ALL.iter().map(|k| k.as_str()).collect(),
        "coord-programme-kind-",
        true,
    );
    let bookings = worded(
        BookingMode::ALL.iter().map(|b| b.as_str()).collect(),
        "coord-booking-",
        true,
    );
    let formats = worded(
        Format::ALL.iter().map(|f| f.as_str()).collect(),
        "coord-format-",
        true,
    );
    view! {
        <section class="coord-part" aria-labelledby="coord-programmes-title">
            <h2 id="coord-programmes-title">{move || i18n.t("coord-tab-programmes")}</h2>
            <FormShell id="programme-form" editing note on_save on_new
                new_key="coord-programme-new" edit_key="coord-programme-edit">
                <Choice id="programme-organisation" label="coord-field-organisation" value=form.organisation options=organisations />
                <Choice id="programme-kind" label="coord-field-programme-kind" value=form.kind options=kinds />
                <Tick id="programme-pregnant" label="coord-field-for-pregnant" value=form.for_pregnant />
                <div class="coord-pair">
                    <Text id="programme-baby-min" label="coord-field-baby-min" value=form.baby_min kind="number" />
                    <Text id="programme-baby-max" label="coord-field-baby-max" value=form.baby_max kind="number" />
                </div>
                <Text id="programme-cost" label="coord-field-cost" value=form.cost kind="number" />
                <Choice id="programme-booking" label="coord-field-booking" value=form.booking options=bookings />
                <Choice id="programme-format" label="coord-field-format" value=form.format options=formats />
                <fieldset class="coord-words" lang="en">
                    <legend>{move || i18n.t("coord-english-words")}</legend>
                    <Text id="programme-title" label="coord-field-title" value=form.title />
                    <LongText id="programme-description" label="coord-field-description" value=form.description />
                    <LongText id="programme-bring" label="coord-field-what-to-bring" value=form.bring />
                </fieldset>
            </FormShell>
            {move || editing.get().map(|id| view! { <ProgrammeWords ctx id /> })}
            <ul class="coord-list">
                {move || ctx.with(|d| d.programmes.clone()).unwrap_or_default().into_iter().map(|p| {
                    let kind_key = format!("coord-programme-kind-{}", p.kind.as_str());
                    let count = p.translations.len();
                    let checked = checked_line(i18n, &p.check);
                    let on_edit = Callback::new({
                        let p = p.clone();
                        move |()| {
                            form.fill(Some(&p));
                            editing.set(Some(p.id.clone()));
                            note.set(Note::Idle);
                            show("programme-form");
                        }
                    });
                    view! {
                        <li class="card coord-item">
                            <h3>{p.title.clone()}</h3>
                            <p class="coord-meta">
                                <span>{move || i18n.t(&kind_key)}</span>
                                <span>{move || i18n.t_with("coord-translation-count", &[("count", FluentValue::from(count))])}</span>
                            </p>
                            <p class="coord-meta">{checked}</p>
                            <EditButton on_edit />
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// A programme's words in one other language at a time.
#[component]
fn ProgrammeWords(ctx: Ctx, id: String) -> impl IntoView {
    let i18n = I18n::get();
    let note = RwSignal::new(Note::Idle);
    let language = RwSignal::new(String::new());
    let (title, description, bring) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let programme_id = id.clone();
    let choose = move |tag: String| {
        let existing = ctx
            .with(|d| {
                d.programmes
                    .iter()
                    .find(|p| p.id == programme_id)
                    .and_then(|p| p.translations.iter().find(|t| t.language == tag).cloned())
            })
            .flatten();
        title.set(existing.as_ref().map(|t| t.title.clone()).unwrap_or_default());
        description.set(
            existing
                .as_ref()
                .map(|t| t.description.clone())
                .unwrap_or_default(),
        );
        bring.set(existing.and_then(|t| t.what_to_bring).unwrap_or_default());
        language.set(tag);
        note.set(Note::Idle);
    };
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let tag = language.get_untracked();
        if tag.is_empty() {
            note.set(Note::Failed("coord-error-invalid"));
            return;
        }
        let body = ProgrammeTextInput {
            title: title.get_untracked(),
            description: description.get_untracked(),
            what_to_bring: maybe(&bring.get_untracked()),
        };
        let id = id.clone();
        ctx.run(
            note,
            move |t| {
                directory::save_words::<_, Programme>(t, "programmes", id.clone(), tag.clone(), body.clone())
            },
            |_| (),
        );
    };
    let dir = move || language.with(|tag| tag.parse::<Language>().map_or("auto", |l| l.direction().as_str()));
    view! {
        <form class="stack coord-form" novalidate on:submit=save aria-labelledby="programme-words-heading">
            <h3 id="programme-words-heading">{move || i18n.t("coord-translations-title")}</h3>
            <p class="hint">{move || i18n.t("coord-translations-intro")}</p>
            <LanguageSelect id="programme-words-language" value=language english=false on_choose=Callback::new(choose) />
            <fieldset class="coord-words" lang=move || language.get() dir=dir disabled=move || language.with(String::is_empty)>
                <Text id="programme-words-title" label="coord-field-title" value=title />
                <LongText id="programme-words-description" label="coord-field-description" value=description />
                <LongText id="programme-words-bring" label="coord-field-what-to-bring" value=bring />
            </fieldset>
            <button type="submit" class="button primary" disabled=move || note.get() == Note::Working>
                {move || i18n.t("coord-save-translation")}
            </button>
            <NoteLine note />
        </form>
    }
}

/// A choice of interface language, by its own name.
#[component]
fn LanguageSelect(
    id: &'static str,
    value: RwSignal<String>,
    /// Whether English is offered.
    english: bool,
    on_choose: Callback<String>,
) -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <div class="field">
            <label for=id>{move || i18n.t("coord-field-language")}</label>
            <select id=id prop:value=move || value.get() on:change=move |ev| on_choose.run(event_target_value(&ev))>
                <option value="">{move || i18n.t("coord-choose")}</option>
                {Language::ALL
                    .into_iter()
                    .filter(|l| english || *l != Language::English)
                    .map(|l| view! {
                        <option value=l.tag() lang=l.tag() selected=move || value.get() == l.tag()>{l.autonym()}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Languages the directory names besides the twelve of the interface: spoken by
/// mothers in the area, though PeriLink's screens are not (yet) in them.
const OTHER_LANGUAGES: [&str; 7] = ["prs", "ps", "kmr", "am", "tr", "fr", "es"];

/// Whether the picker names a language.
fn named(tag: &str) -> bool {
    Language::ALL.iter().any(|l| l.tag() == tag) || OTHER_LANGUAGES.contains(&tag)
}

/// Languages ticked by name (the interface's twelve, then others), kept as the
/// tags the API takes; a tag already set that the list does not name stays, ticked.
#[component]
fn LanguagesPicker(id: &'static str, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    let i18n = I18n::get();
    let toggle = move |tag: &str, on: bool| {
        value.update(|v| {
            let mut list = tags(v);
            list.retain(|t| t != tag);
            if on {
                list.push(tag.to_owned());
            }
            *v = list.join(" ");
        })
    };
    let check = move |tag: String| {
        let box_id = format!("{id}-{tag}");
        let (shown, set) = (tag.clone(), tag.clone());
        view! {
            <div class="check">
                <input type="checkbox" id=box_id.clone() data-lang=tag.clone()
                    prop:checked=move || value.with(|v| tags(v).contains(&tag))
                    on:change=move |ev| toggle(&set, event_target_checked(&ev)) />
                <label for=box_id>{move || language_name(i18n, &shown)}</label>
            </div>
        }
    };
    // Only a tag the list does not name redraws the extra boxes; ticking one of the
    // list's redraws nothing, so focus stays where it is.
    let unnamed =
        Memo::new(move |_| value.with(|v| tags(v).into_iter().filter(|t| !named(t)).collect::<Vec<_>>()));
    view! {
        <fieldset class="coord-languages" data-testid=id>
            <legend>{move || i18n.t(label)}</legend>
            <div class="coord-language-list">
                {Language::ALL
                    .iter()
                    .map(|l| l.tag())
                    .chain(OTHER_LANGUAGES)
                    .map(|tag| check(tag.to_owned()))
                    .collect_view()}
                {move || unnamed.get().into_iter().map(check).collect_view()}
            </div>
        </fieldset>
    }
}

// ---------------------------------------------------------------- sessions

#[derive(Clone, Copy)]
struct SessionForm {
    programme: RwSignal<String>,
    venue: RwSignal<String>,
    host: RwSignal<String>,
    frequency: RwSignal<String>,
    weekday: RwSignal<String>,
    start: RwSignal<String>,
    end: RwSignal<String>,
    starts_on: RwSignal<String>,
    ends_on: RwSignal<String>,
    capacity: RwSignal<String>,
    languages: RwSignal<String>,
    interpreter_languages: RwSignal<String>,
    cancelled: RwSignal<Vec<String>>,
}

fn tags(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

impl SessionForm {
    fn new() -> Self {
        let text = || RwSignal::new(String::new());
        SessionForm {
            programme: text(),
            venue: text(),
            host: text(),
            frequency: RwSignal::new("weekly".to_owned()),
            weekday: text(),
            start: text(),
            end: text(),
            starts_on: text(),
            ends_on: text(),
            capacity: text(),
            languages: RwSignal::new("en".to_owned()),
            interpreter_languages: text(),
            cancelled: RwSignal::new(Vec::new()),
        }
    }

    fn fill(&self, s: Option<&Session>) {
        let text = |f: fn(&Session) -> String| s.map(f).unwrap_or_default();
        self.programme.set(text(|s| s.programme_id.clone()));
        self.venue.set(text(|s| s.venue_id.clone()));
        self.host.set(text(|s| s.host_id.clone()));
        self.frequency
            .set(s.map_or(Frequency::Weekly, |s| s.frequency).as_str().to_owned());
        self.weekday.set(text(|s| s.weekday.to_string()));
        self.start.set(text(|s| s.start_time.clone()));
        self.end.set(text(|s| s.end_time.clone()));
        self.starts_on.set(text(|s| s.starts_on.clone()));
        self.ends_on.set(text(|s| s.ends_on.clone().unwrap_or_default()));
        self.capacity
            .set(text(|s| s.capacity.map(|c| c.to_string()).unwrap_or_default()));
        self.languages
            .set(s.map_or_else(|| "en".to_owned(), |s| s.languages.join(" ")));
        self.interpreter_languages
            .set(text(|s| s.interpreter_languages.join(" ")));
        self.cancelled
            .set(s.map(|s| s.cancelled_dates.clone()).unwrap_or_default());
    }

    fn input(&self) -> Result<SessionInput, &'static str> {
        let (start_time, end_time) = (self.start.get_untracked(), self.end.get_untracked());
        if !start_time.is_empty() && !end_time.is_empty() && end_time <= start_time {
            return Err("coord-error-times");
        }
        Ok(SessionInput {
            programme_id: self.programme.get_untracked(),
            venue_id: self.venue.get_untracked(),
            host_id: self.host.get_untracked(),
            frequency: Frequency::parse(&self.frequency.get_untracked()),
            weekday: self
                .weekday
                .get_untracked()
                .parse()
                .map_err(|_| "coord-error-invalid")?,
            start_time,
            end_time,
            starts_on: self.starts_on.get_untracked(),
            ends_on: maybe(&self.ends_on.get_untracked()),
            capacity: number(&self.capacity.get_untracked()).map_err(|_| "coord-error-number")?,
            languages: tags(&self.languages.get_untracked()),
            interpreter_languages: tags(&self.interpreter_languages.get_untracked()),
            cancelled_dates: self.cancelled.get_untracked(),
            translations: Vec::new(),
        })
    }
}

/// Sessions: a programme at a venue on a regular day, with its term and the dates
/// it does not run.
#[component]
pub fn Sessions(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::get();
    let note = RwSignal::new(Note::Idle);
    let editing = RwSignal::new(None::<String>);
    let form = SessionForm::new();
    let on_new = Callback::new(move |()| {
        editing.set(None);
        form.fill(None);
        note.set(Note::Idle);
    });
    let on_save = Callback::new(move |()| match form.input() {
        Err(key) => note.set(Note::Failed(key)),
        Ok(input) => {
            let id = editing.get_untracked();
            ctx.run(
                note,
                move |t| directory::save::<_, Session>(t, "sessions", id.clone(), input.clone()),
                move |s| {
                    form.fill(Some(&s));
                    editing.set(Some(s.id));
                },
            );
        }
    });
    let programmes = listed(ctx, |d| {
        d.programmes
            .iter()
            .map(|p| (p.id.clone(), p.title.clone()))
            .collect()
    });
    let venues = listed(ctx, |d| {
        d.venues.iter().map(|v| (v.id.clone(), v.name.clone())).collect()
    });
    let hosts = listed(ctx, |d| {
        d.hosts.iter().map(|h| (h.id.clone(), h.name.clone())).collect()
    });
    let frequencies = worded(vec!["weekly", "fortnightly"], "coord-frequency-", false);
    let weekdays = worded(vec!["1", "2", "3", "4", "5", "6", "7"], "coord-weekday-", true);
    let new_date = RwSignal::new(String::new());
    let add_date = move |_| {
        let date = new_date.get_untracked();
        if !date.is_empty() {
            form.cancelled.update(|dates| {
                if !dates.contains(&date) {
                    dates.push(date);
                    dates.sort();
                }
            });
            new_date.set(String::new());
        }
    };
    view! {
        <section class="coord-part" aria-labelledby="coord-sessions-title">
            <h2 id="coord-sessions-title">{move || i18n.t("coord-tab-sessions")}</h2>
            <FormShell id="session-form" editing note on_save on_new new_key="coord-session-new" edit_key="coord-session-edit">
                <Choice id="session-programme" label="coord-field-programme" value=form.programme options=programmes />
                <Choice id="session-venue" label="coord-field-venue" value=form.venue options=venues />
                <Choice id="session-host" label="coord-field-host" value=form.host options=hosts />
                <div class="coord-pair">
                    <Choice id="session-frequency" label="coord-field-frequency" value=form.frequency options=frequencies />
                    <Choice id="session-weekday" label="coord-field-weekday" value=form.weekday options=weekdays />
                </div>
                <div class="coord-pair">
                    <Text id="session-start" label="coord-field-start" value=form.start kind="time" ltr=true />
                    <Text id="session-end" label="coord-field-end" value=form.end kind="time" ltr=true />
                </div>
                <div class="coord-pair">
                    <Text id="session-starts-on" label="coord-field-starts-on" value=form.starts_on kind="date" ltr=true />
                    <Text id="session-ends-on" label="coord-field-ends-on" value=form.ends_on kind="date" ltr=true
                        hint="coord-field-ends-on-hint" />
                </div>
                <Text id="session-capacity" label="coord-field-capacity" value=form.capacity kind="number"
                    hint="coord-field-capacity-hint" />
                <LanguagesPicker id="session-languages" label="coord-field-languages" value=form.languages />
                <LanguagesPicker id="session-interpreter" label="coord-field-interpreter-languages"
                    value=form.interpreter_languages />
                <fieldset class="coord-dates">
                    <legend>{move || i18n.t("coord-field-cancelled")}</legend>
                    <ul class="coord-date-list">
                        {move || {
                            let dates = form.cancelled.get();
                            if dates.is_empty() {
                                view! { <li>{move || i18n.t("coord-no-cancelled")}</li> }.into_any()
                            } else {
                                dates.into_iter().map(|date| {
                                    let label = date.clone();
                                    let gone = date.clone();
                                    view! {
                                        <li>
                                            <span dir="ltr">{date}</span>
                                            <button type="button" class="button"
                                                aria-label=move || i18n.t_with("coord-remove-date", &[("date", FluentValue::from(label.clone()))])
                                                on:click=move |_| form.cancelled.update(|d| d.retain(|x| *x != gone))>
                                                {move || i18n.t("coord-remove")}
                                            </button>
                                        </li>
                                    }
                                }).collect_view().into_any()
                            }
                        }}
                    </ul>
                    <div class="coord-add-date">
                        <Text id="session-new-date" label="coord-field-cancel-date" value=new_date kind="date" ltr=true />
                        <button type="button" class="button" on:click=add_date>{move || i18n.t("coord-add-date")}</button>
                    </div>
                </fieldset>
            </FormShell>
            {move || editing.get().map(|id| view! { <SessionWords ctx id /> })}
            {move || editing.get().map(|id| view! { <super::schedule::ScheduleEditor ctx id /> })}
            {move || editing.get().map(|id| view! { <super::calendar::CalendarEditor ctx id /> })}
            <ul class="coord-list">
                {move || ctx.with(|d| d.sessions.clone()).unwrap_or_default().into_iter().map(|s| {
                    let line = super::when_and_where(i18n, s.weekday, &s.start_time, &s.venue_name);
                    let checked = checked_line(i18n, &s.check);
                    let on_edit = Callback::new({
                        let s = s.clone();
                        move |()| {
                            form.fill(Some(&s));
                            editing.set(Some(s.id.clone()));
                            note.set(Note::Idle);
                            show("session-form");
                        }
                    });
                    view! {
                        <li class="card coord-item">
                            <h3>{s.title.clone()}</h3>
                            <p>{line}</p>
                            <p class="coord-meta">{checked}</p>
                            <EditButton on_edit />
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// A session's own title and description, one language at a time.
#[component]
fn SessionWords(ctx: Ctx, id: String) -> impl IntoView {
    let i18n = I18n::get();
    let note = RwSignal::new(Note::Idle);
    let language = RwSignal::new(String::new());
    let (title, description) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let session_id = id.clone();
    let choose = move |tag: String| {
        let existing = ctx
            .with(|d| {
                d.sessions
                    .iter()
                    .find(|s| s.id == session_id)
                    .and_then(|s| s.translations.iter().find(|t| t.language == tag).cloned())
            })
            .flatten();
        title.set(existing.as_ref().map(|t| t.title.clone()).unwrap_or_default());
        description.set(existing.and_then(|t| t.description).unwrap_or_default());
        language.set(tag);
        note.set(Note::Idle);
    };
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let tag = language.get_untracked();
        if tag.is_empty() {
            note.set(Note::Failed("coord-error-invalid"));
            return;
        }
        let body = SessionTextInput {
            title: title.get_untracked(),
            description: maybe(&description.get_untracked()),
        };
        let id = id.clone();
        ctx.run(
            note,
            move |t| {
                directory::save_words::<_, Session>(t, "sessions", id.clone(), tag.clone(), body.clone())
            },
            |_| (),
        );
    };
    let dir = move || language.with(|tag| tag.parse::<Language>().map_or("auto", |l| l.direction().as_str()));
    view! {
        <form class="stack coord-form" novalidate on:submit=save aria-labelledby="session-words-heading">
            <h3 id="session-words-heading">{move || i18n.t("coord-session-words-title")}</h3>
            <p class="hint">{move || i18n.t("coord-session-words-intro")}</p>
            <LanguageSelect id="session-words-language" value=language english=true on_choose=Callback::new(choose) />
            <fieldset class="coord-words" lang=move || language.get() dir=dir disabled=move || language.with(String::is_empty)>
                <Text id="session-words-title" label="coord-field-title" value=title />
                <LongText id="session-words-description" label="coord-field-description" value=description />
            </fieldset>
            <button type="submit" class="button primary" disabled=move || note.get() == Note::Working>
                {move || i18n.t("coord-save-translation")}
            </button>
            <NoteLine note />
        </form>
    }
}
