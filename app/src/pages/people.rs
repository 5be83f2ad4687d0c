//! `/people`, for admins and coordinators: invite staff by email with a role and a
//! team, see invitations and withdraw those still waiting, see staff accounts and
//! deactivate one (which ends its sign-ins at once), and organise organisations
//! and teams. Everything is loaded together and reloaded after each change.

use crate::api;

use crate::api::accounts::People as Loaded;
use crate::api::{ApiError, Token};
use crate::components::account::Problem;
use crate::components::format::moment;
use crate::components::role_gate::RoleGate;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::pages::coordinator::fields::Choice;
use crate::pages::start::role_key;
use crate::session::Session;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::accounts::{
    Invitation, InvitationRequest, InvitationStatus, NewOrganisation, NewTeam, StaffUser, Team, TeamKind,
};
use perilink_shared::auth::Role;
use perilink_shared::directory_admin::OrganisationKind;
use std::future::Future;

/// `/people`: admins and coordinators.
#[component]
pub fn People() -> impl IntoView {
    view! {
        <h1>{tr("people-title")}</h1>
        <RoleGate
            allow=&[Role::Admin, Role::Coordinator]
            screen=|role| view! { <Workspace admin=role == Role::Admin /> }
        />
    }
}

/// The loaded lists and the line saying how the last change went.
#[derive(Clone, Copy)]
struct Ctx {
    data: LocalResource<Result<Loaded, ApiError>>,
    /// The line of the part of the page the change is made in.
    note: RwSignal<Note>,
    /// The line at the top, which says what was done wherever it was done (a part
    /// is drawn afresh when the lists reload, its own line with it).
    top: RwSignal<Note>,
    admin: bool,
}

/// How the last change went.
#[derive(Clone, Debug, PartialEq)]
enum Note {
    Idle,
    Working,
    /// The locale key of what was done.
    Done(&'static str),
    Failed(Problem),
}

impl Ctx {
    fn with<R>(&self, f: impl FnOnce(&Loaded) -> R) -> Option<R> {
        self.data
            .with(|d| d.as_ref().and_then(|r| r.as_ref().ok()).map(f))
    }

    /// Runs a change, says how it went, and reloads everything.
    fn run<T, F, Fut>(&self, done: &'static str, request: F, after: impl FnOnce() + 'static)
    where
        T: 'static,
        F: Fn(Token) -> Fut + 'static,
        Fut: Future<Output = Result<T, ApiError>> + 'static,
    {
        let (note, top, data) = (self.note, self.top, self.data);
        let session = Session::get();
        note.set(Note::Working);
        leptos::task::spawn_local(async move {
            match session.call(request).await {
                Ok(_) => {
                    after();
                    note.set(Note::Done(done));
                    top.set(Note::Done(done));
                    data.refetch();
                }
                Err(err) => note.set(Note::Failed(Problem::Refused(err))),
            }
        });
    }

    fn working(&self) -> bool {
        self.note.get() == Note::Working
    }

    /// The same lists with a line of its own, so how a change made in one part of
    /// the page went is said beside it, not at the top of a long page.
    fn here(&self) -> Ctx {
        Ctx {
            note: RwSignal::new(Note::Idle),
            ..*self
        }
    }
}

/// How the last change went: done, or what stopped it.
#[component]
fn NoteLines(note: RwSignal<Note>) -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <div class="people-note" aria-live="polite">
            <p role="status" class:notice=move || matches!(note.get(), Note::Done(_)) data-testid="people-note">
                {move || match note.get() {
                    Note::Working => i18n.t("people-working"),
                    Note::Done(key) => i18n.t(key),
                    _ => String::new(),
                }}
            </p>
            <p class="error" role="alert" data-testid="people-problem">
                {move || match note.get() {
                    Note::Failed(problem) => problem.text(i18n),
                    _ => String::new(),
                }}
            </p>
        </div>
    }
}

#[component]
fn Workspace(admin: bool) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let data = LocalResource::new(move || async move { session.call(api::accounts::load_people).await });
    let note = RwSignal::new(Note::Idle);
    let ctx = Ctx {
        data,
        note,
        top: note,
        admin,
    };
    view! {
        <p>{tr("people-intro")}</p>
        <NoteLines note=ctx.note />
        <p class="error" role="alert">
            {move || data.with(|d| match d {
                Some(Err(err)) => i18n.t(err.message_key()),
                _ => String::new(),
            })}
        </p>
        <p aria-busy="true" hidden=move || data.with(Option::is_some)>{tr("loading")}</p>
        <InviteForm ctx />
        <Invitations ctx />
        <Staff ctx />
        <Teams ctx />
    }
}

/// The roles a caller may invite: coordinators invite all but admins.
fn invitable(admin: bool) -> Vec<Role> {
    [Role::Referrer, Role::Host, Role::Coordinator, Role::Admin]
        .into_iter()
        .filter(|r| admin || *r != Role::Admin)
        .collect()
}

/// A team, named with its organisation when there are several.
fn team_label(data: &Loaded, team: &Team) -> String {
    match data.organisations.iter().find(|o| o.id == team.organisation_id) {
        Some(o) if data.organisations.len() > 1 => format!("{} — {}", team.name, o.name),
        _ => team.name.clone(),
    }
}

#[component]
fn InviteForm(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::get();
    let ctx = ctx.here();
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Referrer.as_str().to_owned());
    let team = RwSignal::new(String::new());
    let roles = Signal::derive(move || {
        invitable(ctx.admin)
            .into_iter()
            .map(|r| (r.as_str().to_owned(), i18n.t(role_key(r))))
            .collect()
    });
    let teams = Signal::derive(move || {
        let mut out = vec![(String::new(), i18n.t("people-invite-no-team"))];
        out.extend(
            ctx.with(|d| {
                d.teams
                    .iter()
                    .map(|t| (t.id.clone(), team_label(d, t)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
        );
        out
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let address = email.get_untracked().trim().to_owned();
        if !address.contains('@') {
            ctx.note.set(Note::Failed(Problem::Local("people-error-email")));
            return;
        }
        let request = InvitationRequest {
            email: address,
            role: role.get_untracked().parse().unwrap_or(Role::Referrer),
            team_id: Some(team.get_untracked()).filter(|t| !t.is_empty()),
            organisation_id: None,
        };
        ctx.run(
            "people-invite-sent",
            move |token| api::accounts::invite(token, request.clone()),
            move || email.set(String::new()),
        );
    };
    view! {
        <section class="card" aria-labelledby="people-invite-title">
            <h2 id="people-invite-title">{tr("people-invite-title")}</h2>
            <p class="hint">{tr("people-invite-intro")}</p>
            <form class="stack" on:submit=submit novalidate data-testid="invite-form">
                <div class="field">
                    <label for="people-invite-email">{tr("people-invite-email")}</label>
                    <input id="people-invite-email" type="email" inputmode="email" autocomplete="off" dir="ltr"
                        spellcheck="false" autocapitalize="none" required bind:value=email />
                </div>
                <Choice id="people-invite-role" label="people-invite-role" value=role options=roles />
                <Choice id="people-invite-team" label="people-invite-team" value=team options=teams />
                <button type="submit" class="button primary" data-testid="invite-send" disabled=move || ctx.working()>
                    {tr("people-invite-submit")}
                </button>
            </form>
            <NoteLines note=ctx.note />
        </section>
    }
}

fn status_key(status: InvitationStatus) -> &'static str {
    match status {
        InvitationStatus::Pending => "people-invitation-pending",
        InvitationStatus::Accepted => "people-invitation-accepted",
        InvitationStatus::Revoked => "people-invitation-revoked",
        InvitationStatus::Expired => "people-invitation-expired",
    }
}

#[component]
fn Invitations(ctx: Ctx) -> impl IntoView {
    let list = move || ctx.with(|d| d.invitations.clone()).unwrap_or_default();
    view! {
        <section aria-labelledby="people-invitations-title">
            <h2 id="people-invitations-title">{tr("people-invitations-title")}</h2>
            {move || {
                let invitations = list();
                if invitations.is_empty() {
                    view! { <p>{tr("people-invitations-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="coord-list" data-testid="invitations">
                            {invitations.into_iter().map(|invitation| view! { <InvitationItem ctx invitation /> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn InvitationItem(ctx: Ctx, invitation: Invitation) -> impl IntoView {
    let i18n = I18n::get();
    let id = invitation.id.clone();
    let revoke = move |_| {
        let id = id.clone();
        ctx.run(
            "people-invitation-revoked-note",
            move |token| api::accounts::revoke_invitation(token, id.clone()),
            || (),
        );
    };
    let expires = invitation.expires_at.clone();
    let pending = invitation.status == InvitationStatus::Pending;
    view! {
        <li class="card coord-item" data-testid="invitation-item" data-email=invitation.email.clone()
            data-status=invitation.status.as_str()>
            <h3 dir="ltr" class="people-email">{invitation.email.clone()}</h3>
            <p class="coord-meta">
                <span>{tr(role_key(invitation.role))}</span>
                <span class="coord-badge">{tr(status_key(invitation.status))}</span>
            </p>
            {pending.then(|| view! {
                <p class="coord-meta">
                    {move || i18n.t_with("people-invitation-expires", &[("when", FluentValue::from(moment(&expires, i18n.language())))])}
                </p>
                <button type="button" class="button" data-testid="invitation-revoke" on:click=revoke
                    disabled=move || ctx.working()>
                    {tr("people-invitation-revoke")}
                </button>
            })}
        </li>
    }
}

#[component]
fn Staff(ctx: Ctx) -> impl IntoView {
    let list = move || ctx.with(|d| d.users.clone()).unwrap_or_default();
    view! {
        <section aria-labelledby="people-staff-title">
            <h2 id="people-staff-title">{tr("people-staff-title")}</h2>
            {move || {
                view! {
                    <ul class="coord-list" data-testid="staff">
                        {list().into_iter().map(|user| view! { <StaffItem ctx user /> }).collect_view()}
                    </ul>
                }
            }}
        </section>
    }
}

#[component]
fn StaffItem(ctx: Ctx, user: StaffUser) -> impl IntoView {
    let i18n = I18n::get();
    let confirming = RwSignal::new(false);
    let me = Session::get().user().map(|u| u.id) == Some(user.id.clone());
    let (id, name) = (user.id.clone(), user.display_name.clone());
    let deactivate = move |_| {
        let id = id.clone();
        ctx.run(
            "people-deactivated",
            move |token| api::accounts::deactivate_user(token, id.clone()),
            || (),
        );
    };
    let teams = user
        .teams
        .iter()
        .map(|t| t.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let has_teams = !teams.is_empty();
    let confirm_text = move || {
        i18n.t_with(
            "people-deactivate-confirm",
            &[("name", FluentValue::from(name.clone()))],
        )
    };
    view! {
        <li class="card coord-item" data-testid="staff-item" data-active=user.active.to_string()
            data-email=user.email.clone().unwrap_or_default()>
            <h3>{user.display_name.clone()}</h3>
            {user.email.clone().map(|email| view! { <p dir="ltr" class="people-email">{email}</p> })}
            <p class="coord-meta">
                <span>{tr(role_key(user.role))}</span>
                {(!user.active).then(|| view! { <span class="coord-badge hidden">{tr("people-inactive")}</span> })}
                {(user.active && user.role != Role::Host && user.role != Role::Mother && !user.totp_enrolled)
                    .then(|| view! { <span class="coord-badge">{tr("people-no-twofa")}</span> })}
            </p>
            <p class="coord-meta">
                {if has_teams {
                    (move || i18n.t_with("people-teams", &[("teams", FluentValue::from(teams.clone()))])).into_any()
                } else {
                    tr("people-no-team").into_any()
                }}
            </p>
            {(user.active && !me).then(|| view! {
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="button" data-testid="staff-deactivate"
                            on:click=move |_| confirming.set(true)>
                            {tr("people-deactivate")}
                        </button>
                    }
                >
                    <p role="alert">{confirm_text.clone()}</p>
                    <div class="coord-actions">
                        <button type="button" class="button primary" data-testid="staff-deactivate-confirm"
                            disabled=move || ctx.working() on:click=deactivate.clone()>
                            {tr("people-deactivate")}
                        </button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>
                            {tr("people-cancel")}
                        </button>
                    </div>
                </Show>
            })}
        </li>
    }
}

fn team_kind_key(kind: TeamKind) -> &'static str {
    match kind {
        TeamKind::CommunityMidwifery => "people-team-kind-community_midwifery",
        TeamKind::HealthVisiting => "people-team-kind-health_visiting",
        TeamKind::LinkWorkers => "people-team-kind-link_workers",
        TeamKind::Provider => "people-team-kind-provider",
        TeamKind::Other => "people-team-kind-other",
    }
}

#[component]
fn Teams(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::get();
    let organisations = move || ctx.with(|d| d.organisations.clone()).unwrap_or_default();
    let org_name = RwSignal::new(String::new());
    let org_kind = RwSignal::new(OrganisationKind::NhsTrust.as_str().to_owned());
    let org_kinds = Signal::derive(move || {
        OrganisationKind::ALL
            .into_iter()
            .map(|k| {
                (
                    k.as_str().to_owned(),
                    i18n.t(&format!("coord-org-kind-{}", k.as_str())),
                )
            })
            .collect()
    });
    let add_org = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = org_name.get_untracked().trim().to_owned();
        if name.is_empty() {
            ctx.note.set(Note::Failed(Problem::Local("people-error-name")));
            return;
        }
        let body = NewOrganisation {
            name,
            kind: OrganisationKind::parse(&org_kind.get_untracked()).unwrap_or(OrganisationKind::Other),
        };
        ctx.run(
            "people-saved",
            move |token| api::accounts::add_organisation(token, body.clone()),
            move || org_name.set(String::new()),
        );
    };
    view! {
        <section aria-labelledby="people-teams-title">
            <h2 id="people-teams-title">{tr("people-teams-title")}</h2>
            {move || organisations()
                .into_iter()
                .map(|o| view! { <OrganisationTeams ctx id=o.id name=o.name /> })
                .collect_view()}
            {ctx.admin.then(|| view! {
                <form class="stack card" on:submit=add_org novalidate data-testid="organisation-form">
                    <h3>{tr("people-org-new")}</h3>
                    <div class="field">
                        <label for="people-org-name">{tr("people-org-name")}</label>
                        <input id="people-org-name" type="text" maxlength="200" required bind:value=org_name />
                    </div>
                    <Choice id="people-org-kind" label="coord-field-kind" value=org_kind options=org_kinds />
                    <button type="submit" class="button" disabled=move || ctx.working()>{tr("people-org-add")}</button>
                </form>
            })}
        </section>
    }
}

/// An organisation's teams, each with its members, and a form to add a team.
#[component]
fn OrganisationTeams(ctx: Ctx, id: String, name: String) -> impl IntoView {
    let i18n = I18n::get();
    let org_id = id.clone();
    let teams = move || {
        ctx.with(|d| {
            d.teams
                .iter()
                .filter(|t| t.organisation_id == org_id)
                .cloned()
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let team_name = RwSignal::new(String::new());
    let team_kind = RwSignal::new(TeamKind::CommunityMidwifery.as_str().to_owned());
    let kinds = Signal::derive(move || {
        TeamKind::ALL
            .iter()
            .map(|k| (k.as_str().to_owned(), i18n.t(team_kind_key(*k))))
            .collect::<Vec<_>>()
    });
    let name_id = format!("people-team-name-{id}");
    let add_team = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = team_name.get_untracked().trim().to_owned();
        if name.is_empty() {
            ctx.note.set(Note::Failed(Problem::Local("people-error-name")));
            return;
        }
        let body = NewTeam {
            name,
            kind: team_kind.get_untracked().parse().unwrap_or(TeamKind::Other),
        };
        let id = id.clone();
        ctx.run(
            "people-saved",
            move |token| api::accounts::add_team(token, id.clone(), body.clone()),
            move || team_name.set(String::new()),
        );
    };
    view! {
        <div class="card people-org" data-testid="organisation">
            <h3>{name}</h3>
            {move || {
                let list = teams();
                if list.is_empty() {
                    view! { <p class="hint">{tr("people-no-teams")}</p> }.into_any()
                } else {
                    list.into_iter().map(|team| view! { <TeamItem ctx team /> }).collect_view().into_any()
                }
            }}
            <form class="stack" on:submit=add_team novalidate>
                <div class="field">
                    <label for=name_id.clone()>{tr("people-team-name")}</label>
                    <input id=name_id type="text" maxlength="200" required bind:value=team_name />
                </div>
                <div class="field">
                    <label>
                        {tr("people-team-kind")}
                        <select prop:value=move || team_kind.get()
                            on:change=move |ev| team_kind.set(event_target_value(&ev))>
                            {move || kinds
                                .get()
                                .into_iter()
                                .map(|(v, text)| {
                                    let chosen = v.clone();
                                    view! { <option value=v selected=move || team_kind.get() == chosen>{text}</option> }
                                })
                                .collect_view()}
                        </select>
                    </label>
                </div>
                <button type="submit" class="button" disabled=move || ctx.working()>{tr("people-team-add")}</button>
            </form>
        </div>
    }
}

/// A team: its kind and members, each removable, and a member to add.
#[component]
fn TeamItem(ctx: Ctx, team: Team) -> impl IntoView {
    let i18n = I18n::get();
    let ctx = ctx.here();
    let organisation = team.organisation_id.clone();
    let chosen = RwSignal::new(String::new());
    let members: Vec<String> = team.members.iter().map(|m| m.user_id.clone()).collect();
    let candidates = Signal::derive(move || {
        let mut out = vec![(String::new(), i18n.t("people-choose-person"))];
        out.extend(
            ctx.with(|d| {
                d.users
                    .iter()
                    // Only people of the team's organisation: the server refuses others.
                    .filter(|u| u.active && !members.contains(&u.id))
                    .filter(|u| u.organisation_id.as_deref() == Some(organisation.as_str()))
                    .map(|u| (u.id.clone(), u.display_name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
        );
        out
    });
    let team_id = team.id.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let user_id = chosen.get_untracked();
        if user_id.is_empty() {
            return;
        }
        let team_id = team_id.clone();
        ctx.run(
            "people-saved",
            move |token| api::accounts::add_member(token, team_id.clone(), user_id.clone()),
            move || chosen.set(String::new()),
        );
    };
    let select_id = format!("people-add-member-{}", team.id);
    view! {
        <section class="people-team" data-testid="team" aria-label=team.name.clone()>
            <h4>{team.name.clone()}</h4>
            <p class="coord-meta">{tr(team_kind_key(team.kind))}</p>
            <ul class="people-members">
                {team
                    .members
                    .iter()
                    .map(|m| {
                        let (team_id, user_id) = (team.id.clone(), m.user_id.clone());
                        let remove = move |_| {
                            let (team_id, user_id) = (team_id.clone(), user_id.clone());
                            ctx.run(
                                "people-saved",
                                move |token| api::accounts::remove_member(token, team_id.clone(), user_id.clone()),
                                || (),
                            );
                        };
                        let name = m.display_name.clone();
                        let label = move || i18n.t_with("people-remove-member", &[("name", FluentValue::from(name.clone()))]);
                        view! {
                            <li>
                                <span>{m.display_name.clone()}" · "{tr(role_key(m.role))}</span>
                                <button type="button" class="button" aria-label=label on:click=remove
                                    disabled=move || ctx.working()>
                                    {tr("people-remove")}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <form class="people-add-member" on:submit=add novalidate>
                <div class="field">
                    <label for=select_id.clone()>{tr("people-add-member")}</label>
                    <select id=select_id prop:value=move || chosen.get()
                        on:change=move |ev| chosen.set(event_target_value(&ev))>
                        {move || candidates
                            .get()
                            .into_iter()
                            .map(|(v, text)| view! { <option value=v>{text}</option> })
                            .collect_view()}
                    </select>
                </div>
                <button type="submit" class="button" disabled=move || ctx.working()>{tr("people-add")}</button>
            </form>
            <NoteLines note=ctx.note />
        </section>
    }
}
