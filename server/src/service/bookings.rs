//! Booking a date, enrolling on a course, the waiting list, and cancelling.
//!
//! A place is taken by one conditional `UPDATE ... SET booked = booked + 1 WHERE
//! booked < capacity`, the first statement of its transaction: SQLite then holds the
//! write lock for the whole transaction, and PostgreSQL re-checks the condition
//! against the row's latest version, so of two mothers racing for the last place
//! exactly one gets it on either engine.
//!
//! The routes write through the [`Writer`]: on SQLite the place is taken in a group
//! of writes committed together by one writer task, the jobs of a group one after
//! another, so the conditional update sees every place taken before it. Checks and
//! reads that change nothing run on the pool first, and a repeat of a booking she
//! already has never reaches the writer.

use crate::db::column::column;
use crate::db::writer::Writer;
use crate::directory::Snapshot;
use crate::entity::{booking, mother, notification, occurrence};
use crate::error::AppError;
use crate::service::listings::{self, Listing};
use crate::service::sql::{self, exec};
use chrono::{NaiveDate, Utc};
use perilink_shared::booking::{BookingKind, BookingRequest, BookingStatus, MyBooking};
use perilink_shared::directory::{BookingMode, Format};
use perilink_shared::referral::{Actor, ReferralStatus};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};

/// What a booking asked for, resolved.
enum Target {
    Date(occurrence::Model),
    Course,
}

/// The result of asking for a place.
pub struct Booked {
    pub booking: booking::Model,
    /// False when she already had this place and nothing changed.
    pub created: bool,
    /// The session booked, as it was loaded to check the booking.
    pub listing: Listing,
    /// The date booked; `None` for a course.
    pub date: Option<NaiveDate>,
}

impl Booked {
    /// Her booking as My sessions shows it, from what booking it loaded: only a
    /// course's next date and a waiting-list place are read again.
    pub async fn describe(
        &self,
        db: &impl ConnectionTrait,
        language: &str,
        today: NaiveDate,
    ) -> Result<MyBooking, DbErr> {
        let date = match self.date {
            Some(date) => Some(date),
            None => next_date(db, &self.booking.session_id, today).await?,
        };
        described(db, &self.booking, &self.listing, date, language).await
    }
}

/// The mother record of a signed-in mother.
pub async fn mother_of_user(
    db: &impl ConnectionTrait,
    user_id: &str,
) -> Result<Option<mother::Model>, DbErr> {
    mother::Entity::find()
        .filter(mother::Column::UserId.eq(user_id))
        .one(db)
        .await
}

/// A place a mother asks for: a date, or a course.
struct Place<'a> {
    mother_id: &'a str,
    kind: BookingKind,
    session_id: &'a str,
    occurrence_id: Option<&'a str>,
}

impl Place<'_> {
    /// Her live booking or waiting-list place for it, if she has one already.
    async fn already_hers(&self, db: &impl ConnectionTrait) -> Result<Option<booking::Model>, DbErr> {
        let mut live = Condition::all()
            .add(booking::Column::MotherId.eq(self.mother_id))
            .add(booking::Column::Kind.eq(self.kind.as_str()))
            .add(booking::Column::Status.ne(BookingStatus::Cancelled.as_str()));
        live = match self.occurrence_id {
            Some(o) => live.add(booking::Column::OccurrenceId.eq(o)),
            None => live.add(booking::Column::SessionId.eq(self.session_id)),
        };
        booking::Entity::find().filter(live).one(db).await
    }
}

/// Books a date or enrols on a course for a mother, each write in its own
/// transaction on the pool.
pub async fn book(
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    mother: &mother::Model,
    request: &BookingRequest,
    today: NaiveDate,
) -> Result<Booked, AppError> {
    book_through(&Writer::on_pool(db.clone()), db, snapshot, mother, request, today).await
}

/// Books a date or enrols on a course for a mother: checked on the pool `db`, the
/// place taken through `writer`.
pub async fn book_through(
    writer: &Writer,
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    mother: &mother::Model,
    request: &BookingRequest,
    today: NaiveDate,
) -> Result<Booked, AppError> {
    let prepared = match check(db, mother, request, today).await? {
        Checked::Hers(booked) => return Ok(booked),
        Checked::Free(prepared) => prepared,
    };
    let job = prepared.clone_place();
    let taken = writer
        .write(move |txn| Box::pin(async move { job.take(txn).await }))
        .await?;
    Ok(prepared.settle(db, snapshot, taken).await)
}

/// A booking checked on the pool: she has the place already, or it is free to take.
pub enum Checked {
    Hers(Booked),
    Free(Prepared),
}

/// A place checked and not yet taken: taken by [`Prepared::take`] inside the
/// caller's transaction, then [`Prepared::settle`]d once that has committed.
pub struct Prepared {
    place: OwnedPlace,
    listing: Listing,
    date: Option<NaiveDate>,
}

/// The place to take, owned, so a write job can carry it.
#[derive(Clone)]
pub struct OwnedPlace {
    mother_id: String,
    kind: BookingKind,
    session_id: String,
    occurrence_id: Option<String>,
    capacity: Option<i32>,
    waiting_list: bool,
}

/// What taking a place did: her booking, whether this write made it, and whether
/// it took one of the places (not one on the waiting list).
pub struct Taken {
    pub booking: booking::Model,
    created: bool,
    took_place: bool,
}

impl OwnedPlace {
    fn place(&self) -> Place<'_> {
        Place {
            mother_id: &self.mother_id,
            kind: self.kind,
            session_id: &self.session_id,
            occurrence_id: self.occurrence_id.as_deref(),
        }
    }

    /// Takes the place (or one on the waiting list) inside `txn`.
    pub async fn take(&self, txn: &DatabaseTransaction) -> Result<Taken, AppError> {
        let (booking, created, took_place) =
            take_place(txn, &self.place(), self.capacity, self.waiting_list).await?;
        Ok(Taken {
            booking,
            created,
            took_place,
        })
    }
}

impl Prepared {
    /// The place, for a write job to take.
    pub fn clone_place(&self) -> OwnedPlace {
        self.place.clone()
    }

    /// [`OwnedPlace::take`] inside `txn`.
    pub async fn take(&self, txn: &DatabaseTransaction) -> Result<Taken, AppError> {
        self.place.take(txn).await
    }

    /// After the write that took the place has committed: the snapshot's count of
    /// places and, for a course, her screening schedule.
    pub async fn settle(self, db: &DatabaseConnection, snapshot: &Snapshot, taken: Taken) -> Booked {
        let Prepared { place, listing, date } = self;
        let booked = Booked {
            booking: taken.booking,
            created: taken.created,
            listing,
            date,
        };
        if !taken.created {
            return booked;
        }
        if taken.took_place {
            match &place.occurrence_id {
                Some(o) => snapshot.booked_changed(o, 1),
                None => snapshot.enrolled_changed(&place.session_id, 1),
            }
        }
        if taken.took_place && place.kind == BookingKind::Enrolment {
            crate::service::screening_schedule::derive_after_enrolment(
                db,
                &place.mother_id,
                &place.session_id,
            )
            .await;
        }
        tracing::info!(booking.id = %booked.booking.id, mother.id = %place.mother_id, status = %booked.booking.status, "booking made");
        booked
    }
}

/// Checks a booking on the pool, changing nothing: the date or course exists, is
/// current, bookable and to come; and whether she has the place already.
pub async fn check(
    db: &DatabaseConnection,
    mother: &mother::Model,
    request: &BookingRequest,
    today: NaiveDate,
) -> Result<Checked, AppError> {
    let (target, session_id) = match (&request.occurrence_id, &request.session_id) {
        (Some(occurrence_id), None) => {
            let o = occurrence::Entity::find_by_id(occurrence_id.as_str())
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            let session_id = o.session_id.clone();
            (Target::Date(o), session_id)
        }
        (None, Some(session_id)) => (Target::Course, session_id.clone()),
        _ => {
            return Err(AppError::Validation(
                "send occurrence_id to book a date, or session_id to enrol on a course".into(),
            ));
        }
    };
    let listing = listings::load(db, &session_id)
        .await?
        .filter(Listing::is_current)
        .ok_or(AppError::NotFound)?;
    let p = &listing.programme;
    let booking_mode: BookingMode = column(&p.booking, "programmes", "booking", &p.id)?;
    let format: Format = column(&p.format, "programmes", "format", &p.id)?;
    if booking_mode == BookingMode::DropIn {
        return Err(AppError::Validation(
            "this is a drop-in session: no booking is needed, just come".into(),
        ));
    }
    let kind = match (&target, format) {
        (Target::Date(o), Format::Ongoing) => {
            if o.cancelled {
                return Err(AppError::Conflict("this date is cancelled".into()));
            }
            if o.date < today {
                return Err(AppError::Conflict("this date has passed".into()));
            }
            BookingKind::Occurrence
        }
        (Target::Course, Format::Course) => {
            if listing.session.ends_on.is_some_and(|end| end < today) {
                return Err(AppError::Conflict("this course has ended".into()));
            }
            BookingKind::Enrolment
        }
        (Target::Date(_), Format::Course) => {
            return Err(AppError::Validation(
                "this is a course: enrol on it with session_id".into(),
            ));
        }
        (Target::Course, Format::Ongoing) => {
            return Err(AppError::Validation(
                "this session is not a course: book a date with occurrence_id".into(),
            ));
        }
    };
    let (occurrence_id, date) = match &target {
        Target::Date(o) => (Some(o.id.clone()), Some(o.date)),
        Target::Course => (None, None),
    };
    let place = Place {
        mother_id: &mother.id,
        kind,
        session_id: &session_id,
        occurrence_id: occurrence_id.as_deref(),
    };
    if let Some(booking) = place.already_hers(db).await? {
        return Ok(Checked::Hers(Booked {
            booking,
            created: false,
            listing,
            date,
        }));
    }

    let capacity = listing.session.capacity;
    Ok(Checked::Free(Prepared {
        place: OwnedPlace {
            mother_id: mother.id.clone(),
            kind,
            session_id: session_id.clone(),
            occurrence_id: occurrence_id.clone(),
            capacity,
            waiting_list: request.waiting_list,
        },
        listing,
        date,
    }))
}

/// Takes the place (or one on the waiting list) inside a write: her booking,
/// whether this write made it, and whether it took one of the places.
async fn take_place(
    txn: &DatabaseTransaction,
    place: &Place<'_>,
    capacity: Option<i32>,
    waiting_list: bool,
) -> Result<(booking::Model, bool, bool), AppError> {
    // A twin of this request (a retry sent while the first was still in flight) may
    // have booked it since she was checked on the pool.
    if let Some(booking) = place.already_hers(txn).await? {
        return Ok((booking, false, false));
    }
    let attempt = txn.begin().await?;
    let took_place = match (place.occurrence_id, capacity) {
        (Some(o), Some(cap)) => {
            exec(
                &attempt,
                "UPDATE occurrences SET booked = booked + 1 WHERE id = ? AND booked < ?",
                vec![o.into(), cap.into()],
            )
            .await?
                == 1
        }
        (Some(o), None) => {
            exec(
                &attempt,
                "UPDATE occurrences SET booked = booked + 1 WHERE id = ?",
                vec![o.into()],
            )
            .await?;
            true
        }
        (None, Some(cap)) => {
            exec(
                &attempt,
                "UPDATE sessions SET enrolled = enrolled + 1 WHERE id = ? AND enrolled < ?",
                vec![place.session_id.into(), cap.into()],
            )
            .await?
                == 1
        }
        (None, None) => {
            exec(
                &attempt,
                "UPDATE sessions SET enrolled = enrolled + 1 WHERE id = ?",
                vec![place.session_id.into()],
            )
            .await?;
            true
        }
    };
    if !took_place && !waiting_list {
        attempt.rollback().await?;
        // The place that filled it may be hers, taken by a twin of this request on
        // PostgreSQL, where writes do not queue.
        return place
            .already_hers(txn)
            .await?
            .map(|booking| (booking, false, false))
            .ok_or(AppError::Full);
    }
    let now = Utc::now();
    let status = if took_place {
        BookingStatus::Booked
    } else {
        BookingStatus::Waiting
    };
    let inserted = booking::ActiveModel {
        id: Set(uuid::Uuid::new_v4().to_string()),
        mother_id: Set(place.mother_id.to_owned()),
        session_id: Set(place.session_id.to_owned()),
        occurrence_id: Set(place.occurrence_id.map(str::to_owned)),
        kind: Set(place.kind.as_str().into()),
        status: Set(status.as_str().into()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&attempt)
    .await;
    let booking = match inserted {
        Ok(booking) => booking,
        Err(err) if sql::is_unique_violation(&err) => {
            // The same mother asked twice at once; the other request won.
            attempt.rollback().await?;
            return place
                .already_hers(txn)
                .await?
                .map(|booking| (booking, false, false))
                .ok_or_else(|| AppError::Conflict("the booking changed meanwhile; try again".into()));
        }
        Err(err) => return Err(err.into()),
    };
    attempt.commit().await?;
    Ok((booking, true, took_place))
}

/// Her place in the queue, 1 being next.
pub async fn waiting_position(db: &impl ConnectionTrait, b: &booking::Model) -> Result<u32, DbErr> {
    let mut ahead = booking::Entity::find()
        .filter(booking::Column::Status.eq(BookingStatus::Waiting.as_str()))
        .filter(booking::Column::Kind.eq(b.kind.as_str()))
        .filter(
            Condition::any()
                .add(booking::Column::CreatedAt.lt(b.created_at))
                .add(
                    Condition::all()
                        .add(booking::Column::CreatedAt.eq(b.created_at))
                        .add(booking::Column::Id.lt(b.id.as_str())),
                ),
        );
    ahead = match &b.occurrence_id {
        Some(o) => ahead.filter(booking::Column::OccurrenceId.eq(o.as_str())),
        None => ahead.filter(booking::Column::SessionId.eq(b.session_id.as_str())),
    };
    Ok(ahead.count(db).await? as u32 + 1)
}

/// What happened when a booking was cancelled.
pub struct Cancelled {
    /// The mother who was next on the waiting list and now has the place.
    pub promoted: Option<booking::Model>,
}

/// Cancels a mother's booking or waiting-list place, in its own transaction on the
/// pool. A place given up goes to the next mother waiting, who is told.
pub async fn cancel(
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    mother_id: &str,
    booking_id: &str,
) -> Result<Cancelled, AppError> {
    cancel_through(&Writer::on_pool(db.clone()), db, snapshot, mother_id, booking_id).await
}

/// Cancels a mother's booking or waiting-list place: found on the pool `db`,
/// cancelled through `writer`. A place given up goes to the next mother waiting,
/// who is told.
pub async fn cancel_through(
    writer: &Writer,
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    mother_id: &str,
    booking_id: &str,
) -> Result<Cancelled, AppError> {
    let b = booking::Entity::find_by_id(booking_id)
        .filter(booking::Column::MotherId.eq(mother_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let prior = BookingStatus::parse(&b.status).unwrap_or(BookingStatus::Cancelled);
    if prior == BookingStatus::Cancelled {
        return Ok(Cancelled { promoted: None });
    }
    let job_booking = b.clone();
    let (changed, promoted) = writer
        .write(move |txn| Box::pin(async move { give_up(txn, &job_booking, prior).await }))
        .await?;
    if !changed {
        return Ok(Cancelled { promoted: None });
    }
    if prior == BookingStatus::Booked && promoted.is_none() {
        match &b.occurrence_id {
            Some(o) => snapshot.booked_changed(o, -1),
            None => snapshot.enrolled_changed(&b.session_id, -1),
        }
    }
    if let Some(p) = promoted.as_ref().filter(|p| p.occurrence_id.is_none()) {
        crate::service::screening_schedule::derive_after_enrolment(db, &p.mother_id, &p.session_id).await;
    }
    tracing::info!(booking.id = %b.id, promoted = ?promoted.as_ref().map(|p| p.id.as_str()), "booking cancelled");
    Ok(Cancelled { promoted })
}

/// Cancels booking `b` (which was `prior`) inside a write: whether this write
/// cancelled it (false when a twin of the request did first), and the mother who
/// was next on the waiting list and now has the place.
async fn give_up(
    txn: &DatabaseTransaction,
    b: &booking::Model,
    prior: BookingStatus,
) -> Result<(bool, Option<booking::Model>), AppError> {
    let now = Utc::now();
    let changed = exec(
        txn,
        "UPDATE bookings SET status = 'cancelled', updated_at = ? WHERE id = ? AND status = ?",
        vec![now.into(), b.id.clone().into(), prior.as_str().into()],
    )
    .await?;
    if changed != 1 {
        // A twin of this request (a retry, a second tap) cancelled it first: it is
        // cancelled, which is all she asked. Nothing was written.
        let now_cancelled = booking::Entity::find_by_id(b.id.as_str())
            .one(txn)
            .await?
            .is_some_and(|b| b.status == BookingStatus::Cancelled.as_str());
        if now_cancelled {
            return Ok((false, None));
        }
        return Err(AppError::Conflict(
            "the booking changed meanwhile; try again".into(),
        ));
    }
    // A referral booked onto this place goes back to accepted, so she, her
    // referrer and the host all see it needs a date again.
    let booked_referrals = crate::entity::referral::Entity::find()
        .filter(crate::entity::referral::Column::BookingId.eq(b.id.as_str()))
        .filter(crate::entity::referral::Column::Status.eq(ReferralStatus::Booked.as_str()))
        .all(txn)
        .await?;
    for r in booked_referrals {
        crate::service::referrals::move_referral(txn, r, ReferralStatus::Accepted, Actor::System, None, None)
            .await
            .map_err(|e| match e {
                DbErr::Custom(message) => AppError::Conflict(message),
                other => AppError::from(other),
            })?;
    }
    let mut promoted = None;
    if prior == BookingStatus::Booked {
        let mut next = booking::Entity::find()
            .filter(booking::Column::Status.eq(BookingStatus::Waiting.as_str()))
            .filter(booking::Column::Kind.eq(b.kind.as_str()));
        next = match &b.occurrence_id {
            Some(o) => next.filter(booking::Column::OccurrenceId.eq(o.as_str())),
            None => next.filter(booking::Column::SessionId.eq(b.session_id.as_str())),
        };
        if let Some(next) = next
            .order_by_asc(booking::Column::CreatedAt)
            .order_by_asc(booking::Column::Id)
            .one(txn)
            .await?
        {
            exec(
                txn,
                "UPDATE bookings SET status = 'booked', updated_at = ? WHERE id = ? AND status = 'waiting'",
                vec![now.into(), next.id.clone().into()],
            )
            .await?;
            tell_promoted(txn, &next).await?;
            promoted = Some(next);
        } else {
            match &b.occurrence_id {
                Some(o) => {
                    exec(
                        txn,
                        "UPDATE occurrences SET booked = booked - 1 WHERE id = ? AND booked > 0",
                        vec![o.clone().into()],
                    )
                    .await?;
                }
                None => {
                    exec(
                        txn,
                        "UPDATE sessions SET enrolled = enrolled - 1 WHERE id = ? AND enrolled > 0",
                        vec![b.session_id.clone().into()],
                    )
                    .await?;
                }
            }
        }
    }
    Ok((true, promoted))
}

/// Tells a mother that a place came free for her: in the app, and by the message
/// channel she can be reached on. The message names no health details.
async fn tell_promoted(db: &impl ConnectionTrait, b: &booking::Model) -> Result<(), DbErr> {
    let Some(m) = mother::Entity::find_by_id(b.mother_id.as_str()).one(db).await? else {
        return Ok(());
    };
    let now = Utc::now();
    if let Some(user_id) = &m.user_id {
        notification::ActiveModel {
            id: Set(uuid::Uuid::new_v4().to_string()),
            user_id: Set(user_id.clone()),
            kind: Set("waiting_list_promoted".into()),
            subject_id: Set(Some(b.id.clone())),
            created_at: Set(now),
            read_at: Set(None),
        }
        .insert(db)
        .await?;
    }
    // By the one contact rule: a place come free is news she did not ask for now.
    crate::service::referrals::message_mother(db, &m.id, "waiting_list_promoted", &b.id).await?;
    Ok(())
}

/// A mother's upcoming bookings, enrolments and waiting-list places, soonest first.
pub async fn upcoming(
    db: &impl ConnectionTrait,
    mother_id: &str,
    language: &str,
    today: NaiveDate,
) -> Result<Vec<MyBooking>, DbErr> {
    let rows = booking::Entity::find()
        .filter(booking::Column::MotherId.eq(mother_id))
        .filter(booking::Column::Status.ne(BookingStatus::Cancelled.as_str()))
        .all(db)
        .await?;
    let mut out = Vec::new();
    for b in rows {
        if let Some(described) = describe(db, &b, language, today).await?
            && described.1
        {
            out.push(described.0);
        }
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.start_time.cmp(&b.start_time)));
    Ok(out)
}

/// A booking as My sessions shows it, and whether it is still to come.
pub async fn describe(
    db: &impl ConnectionTrait,
    b: &booking::Model,
    language: &str,
    today: NaiveDate,
) -> Result<Option<(MyBooking, bool)>, DbErr> {
    let Some(listing) = listings::load(db, &b.session_id).await? else {
        return Ok(None);
    };
    let date = match &b.occurrence_id {
        Some(o) => occurrence::Entity::find_by_id(o.as_str())
            .one(db)
            .await?
            .map(|o| o.date),
        None => next_date(db, &b.session_id, today).await?,
    };
    let upcoming = match (&b.occurrence_id, date) {
        (Some(_), Some(d)) => d >= today,
        (None, _) => listing.session.ends_on.is_none_or(|end| end >= today),
        (Some(_), None) => false,
    };
    Ok(Some((
        described(db, b, &listing, date, language).await?,
        upcoming,
    )))
}

/// A course's next date from `today` that is not cancelled.
async fn next_date(
    db: &impl ConnectionTrait,
    session_id: &str,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, DbErr> {
    Ok(occurrence::Entity::find()
        .filter(occurrence::Column::SessionId.eq(session_id))
        .filter(occurrence::Column::Date.gte(today))
        .filter(occurrence::Column::Cancelled.eq(false))
        .order_by_asc(occurrence::Column::Date)
        .one(db)
        .await?
        .map(|o| o.date))
}

/// A booking of `listing` on `date` as My sessions shows it.
async fn described(
    db: &impl ConnectionTrait,
    b: &booking::Model,
    listing: &Listing,
    date: Option<NaiveDate>,
    language: &str,
) -> Result<MyBooking, DbErr> {
    let status = BookingStatus::parse(&b.status).unwrap_or(BookingStatus::Booked);
    let waiting_position = if status == BookingStatus::Waiting {
        Some(waiting_position(db, b).await?)
    } else {
        None
    };
    Ok(MyBooking {
        id: b.id.clone(),
        kind: if b.kind == BookingKind::Enrolment.as_str() {
            BookingKind::Enrolment
        } else {
            BookingKind::Occurrence
        },
        status,
        waiting_position,
        session_id: b.session_id.clone(),
        occurrence_id: b.occurrence_id.clone(),
        date: date.map(|d| d.format("%Y-%m-%d").to_string()),
        start_time: listing.session.start_time.clone(),
        end_time: listing.session.end_time.clone(),
        title: listing.title(language),
        venue_name: listing.venue.name.clone(),
        venue_postcode: listing.venue.postcode.clone(),
    })
}
