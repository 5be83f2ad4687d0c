//! A feed's services that look like listings she already has (issue 21, item 5),
//! each beside hers: she says whether it is the same (tied to hers, her texts kept)
//! or different (listed as its own). Decided once; not asked again.

use super::compare;
use crate::api::{self, ApiError};
use crate::i18n::I18n;
use crate::pages::coordinator::fields::{Note, NoteLine, error_key};
use crate::session::Session;
use leptos::prelude::*;
use perilink_shared::feeds::{Feed, ImportedDuplicate};

/// The feed's look-alikes waiting for her, shown when its listings are.
#[component]
pub fn Duplicates(feed: String, reload: LocalResource<Result<Vec<Feed>, ApiError>>) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let feed = StoredValue::new(feed);
    let waiting = LocalResource::new(move || async move {
        session
            .call(move |token| api::feeds::waiting_duplicates(token, feed.get_value()))
            .await
    });
    move || {
        match waiting.get() {
        None => view! { <p aria-busy="true">{move || i18n.t("loading")}</p> }.into_any(),
        Some(Err(err)) => view! { <p class="error" role="alert">{i18n.t(err.message_key())}</p> }.into_any(),
        Some(Ok(list)) if list.is_empty() => ().into_any(),
        Some(Ok(list)) => view! {
            <h4>{move || i18n.t("feeds-duplicates-title")}</h4>
            <p>{move || i18n.t("feeds-duplicates-intro")}</p>
            <ul class="coord-list" data-testid="feed-duplicates">
                {list
                    .into_iter()
                    .map(|duplicate| view! { <DuplicateItem feed=feed.get_value() duplicate reload waiting /> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    }
    }
}

#[component]
fn DuplicateItem(
    feed: String,
    duplicate: ImportedDuplicate,
    reload: LocalResource<Result<Vec<Feed>, ApiError>>,
    waiting: LocalResource<Result<Vec<ImportedDuplicate>, ApiError>>,
) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let note = RwSignal::new(Note::Idle);
    let (feed, id) = (StoredValue::new(feed), StoredValue::new(duplicate.id.clone()));
    let choose = move |verb: &'static str| {
        note.set(Note::Working);
        leptos::task::spawn_local(async move {
            let request =
                move |token| api::feeds::decide_duplicate(token, feed.get_value(), id.get_value(), verb);
            match session.call(request).await {
                Ok(()) => {
                    note.set(Note::Saved);
                    reload.refetch();
                    waiting.refetch();
                }
                Err(err) => note.set(Note::Failed(error_key(&err))),
            }
        });
    };
    let sides = compare(
        i18n,
        duplicate.mine.as_ref(),
        &duplicate.theirs,
        ("feeds-duplicate-mine", "feeds-duplicate-theirs"),
        "feed-duplicate-sides",
    );
    let busy = move || note.get() == Note::Working;
    view! {
        <li class="card coord-item" data-testid="feed-duplicate">
            <h3 dir="auto">{duplicate.theirs.title.clone()}</h3>
            {sides}
            <div class="coord-actions">
                <button type="button" class="button primary" data-testid="feed-duplicate-link"
                    disabled=busy on:click=move |_| choose("link")>
                    {move || i18n.t("feeds-duplicate-link")}
                </button>
                <button type="button" class="button" data-testid="feed-duplicate-separate"
                    disabled=busy on:click=move |_| choose("separate")>
                    {move || i18n.t("feeds-duplicate-separate")}
                </button>
            </div>
            <NoteLine note />
        </li>
    }
}
