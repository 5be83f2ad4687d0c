//! Demo data, seeded only with `PERILINK_DEMO=1` into an empty database: Liverpool
//! organisations, real venues, a programme of every kind, eight weeks of weekly
//! sessions in several languages, a few mothers, and one account per role.
//!
//! All people here are invented. Venue postcodes and locations are real (from the
//! ONS Postcode Lookup; see the attribution in README.md).

use crate::entity::{
    mother, occurrence, organisation, programme, programme_translation, session, session_translation, user,
    venue,
};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, Set,
    TransactionTrait,
};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "demo-password";

/// The demo's sign-in accounts: (email, role, name, job title).
pub const DEMO_ACCOUNTS: [(&str, &str, &str, Option<&str>); 5] = [
    ("mother@demo.perilink.test", "mother", "Amira Haddad", None),
    (
        "referrer@demo.perilink.test",
        "referrer",
        "Sarah Whitfield",
        Some("Community midwife"),
    ),
    (
        "host@demo.perilink.test",
        "host",
        "Joanne Pryce",
        Some("Family learning officer"),
    ),
    (
        "coordinator@demo.perilink.test",
        "coordinator",
        "Priya Nair",
        Some("Social prescribing coordinator"),
    ),
    ("admin@demo.perilink.test", "admin", "Demo administrator", None),
];

/// Bank holidays in England and Wales that fall in the demo's window; sessions on
/// these days are marked cancelled.
const BANK_HOLIDAYS: [(i32, u32, u32); 6] = [
    (2026, 12, 25),
    (2026, 12, 28),
    (2027, 1, 1),
    (2027, 3, 26),
    (2027, 3, 29),
    (2027, 5, 3),
];

/// Prints the demo accounts, so whoever started the demo can sign in.
pub fn print_accounts(port: u16) {
    println!();
    println!("PeriLink demo is running at http://127.0.0.1:{port}");
    println!("Demo accounts (password for all: {DEMO_PASSWORD}):");
    for (email, role, _, _) in DEMO_ACCOUNTS {
        println!("  {role:<12} {email}");
    }
    println!(
        "  {:<12} {DEMO_TEAM_MIDWIFE} (in the demo referrer's team)",
        "referrer"
    );
    println!(
        "  {:<12} {DEMO_CARE_COORDINATOR} (the midwives' coordinator: sees their mothers' screenings and alerts)",
        "coordinator"
    );
    println!("Demo accounts need no authenticator app, in the demo only.");
    println!();
}

/// Seeds the demo unless the database already has users.
pub async fn seed_if_empty(db: &DatabaseConnection) -> Result<(), DbErr> {
    if user::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let hash = crate::auth::password::hash_blocking(DEMO_PASSWORD)
        .map_err(|e| DbErr::Custom(format!("hashing the demo password: {e}")))?;
    let txn = db.begin().await?;
    seed(&txn, &hash, crate::clock::london_today(), Utc::now()).await?;
    txn.commit().await?;
    tracing::info!("seeded the demo data");
    Ok(())
}

fn id() -> String {
    uuid::Uuid::new_v4().to_string()
}

struct Seeder<'a, C> {
    db: &'a C,
    now: DateTime<Utc>,
}

impl<C: ConnectionTrait> Seeder<'_, C> {
    async fn organisation(&self, name: &str, kind: &str, website: Option<&str>) -> Result<String, DbErr> {
        let id = id();
        organisation::ActiveModel {
            id: Set(id.clone()),
            name: Set(name.into()),
            kind: Set(kind.into()),
            website: Set(website.map(Into::into)),
            created_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(id)
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one row of seed data, named at the call"
    )]
    async fn user(
        &self,
        email: &str,
        role: &str,
        name: &str,
        job_title: Option<&str>,
        organisation_id: Option<&str>,
        language: &str,
        password_hash: &str,
    ) -> Result<String, DbErr> {
        let id = id();
        user::ActiveModel {
            id: Set(id.clone()),
            email: Set(Some(email.into())),
            phone: Set(None),
            password_hash: Set(password_hash.into()),
            role: Set(role.into()),
            display_name: Set(name.into()),
            job_title: Set(job_title.map(Into::into)),
            organisation_id: Set(organisation_id.map(Into::into)),
            language: Set(language.into()),
            active: Set(true),
            created_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(id)
    }
}

/// A venue row: name, address, town, postcode, lat, lon, step-free, buggy space,
/// baby change, breastfeeding welcome, buses.
type VenueRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
    bool,
    bool,
    bool,
    bool,
    &'static str,
);

const VENUES: [VenueRow; 6] = [
    (
        "Toxteth Library",
        "41 Windsor Street",
        "Liverpool",
        "L8 1XF",
        53.39387,
        -2.97015,
        true,
        true,
        true,
        true,
        "Buses along Park Road stop a short walk away.",
    ),
    (
        "Central Library",
        "William Brown Street",
        "Liverpool",
        "L3 8EW",
        53.40998,
        -2.98082,
        true,
        true,
        true,
        true,
        "Five minutes' walk from Lime Street station; many city centre buses stop nearby.",
    ),
    (
        "Kensington Library",
        "294 Kensington",
        "Liverpool",
        "L7 2RN",
        53.41190,
        -2.94652,
        false,
        true,
        true,
        true,
        "Buses along Kensington stop outside. One step at the entrance; staff can bring a ramp.",
    ),
    (
        "Old Swan Library",
        "695 Prescot Road",
        "Liverpool",
        "L13 5XH",
        53.41458,
        -2.91249,
        true,
        true,
        false,
        true,
        "Buses along Prescot Road stop outside.",
    ),
    (
        "St Helens Central Library",
        "Victoria Square",
        "St Helens",
        "WA10 1DY",
        53.45359,
        -2.73467,
        true,
        true,
        true,
        true,
        "Close to St Helens bus station.",
    ),
    (
        "Liverpool Women's Hospital",
        "Crown Street",
        "Liverpool",
        "L8 7SS",
        53.39847,
        -2.96007,
        true,
        true,
        true,
        true,
        "Buses along Smithdown Road and Upper Parliament Street stop nearby.",
    ),
];

/// A programme: kind, organisation index, pregnant, baby months, pence, booking,
/// format, and its title and description per language.
struct ProgrammeSeed {
    kind: &'static str,
    organisation: usize,
    for_pregnant: bool,
    baby_months: Option<(i32, i32)>,
    booking: &'static str,
    format: &'static str,
    texts: &'static [(&'static str, &'static str, &'static str)],
    /// What to bring, per language.
    bring: &'static [(&'static str, &'static str)],
}

const PROGRAMMES: [ProgrammeSeed; 5] = [
    ProgrammeSeed {
        kind: "esol",
        organisation: 1,
        for_pregnant: true,
        baby_months: Some((0, 12)),
        booking: "booking",
        format: "course",
        texts: &[
            (
                "en",
                "ESOL Stepping Stones",
                "Friendly English classes for mums with a bump or a baby. Learn everyday English for health visits, the GP and your baby's care, then stay for rhyme time and a cup of tea.",
            ),
            (
                "ar",
                "خطوات أولى في الإنجليزية (ESOL)",
                "دروس لغة إنجليزية ودّية للأمهات الحوامل أو مع أطفالهن. تعلّمي الإنجليزية اليومية لزيارات الصحة والطبيب ورعاية طفلك، ثم ابقي لوقت الأناشيد وكوب شاي.",
            ),
            (
                "pl",
                "ESOL Stepping Stones – angielski dla mam",
                "Przyjazne lekcje angielskiego dla mam w ciąży i z dziećmi. Nauka codziennego angielskiego na wizyty u lekarza i położnej, a potem rymowanki i herbata.",
            ),
            (
                "fa",
                "کلاس انگلیسی ESOL برای مادران",
                "کلاس‌های دوستانه زبان انگلیسی برای مادران باردار یا با نوزاد. انگلیسی روزمره برای ملاقات با پزشک و مراقبت از کودک، و بعد شعرخوانی و چای.",
            ),
        ],
        bring: &[
            (
                "en",
                "Your baby, a bottle or snack for them, and a pen if you like. Pushchairs are fine.",
            ),
            (
                "ar",
                "طفلك، ورضّاعة أو وجبة خفيفة له، وقلم إن أردتِ. عربات الأطفال مرحّب بها.",
            ),
            (
                "pl",
                "Dziecko, butelkę lub przekąskę dla niego i długopis, jeśli chcesz. Wózki są mile widziane.",
            ),
        ],
    },
    ProgrammeSeed {
        kind: "rhyme_time",
        organisation: 1,
        for_pregnant: false,
        baby_months: Some((0, 24)),
        booking: "drop_in",
        format: "ongoing",
        texts: &[
            (
                "en",
                "Rhyme time",
                "Songs and rhymes for you and your baby. Just come along: no need to book.",
            ),
            (
                "ar",
                "وقت الأناشيد",
                "أغانٍ وأناشيد لكِ ولطفلك. تعالي فقط، لا حاجة للحجز.",
            ),
            (
                "pl",
                "Rymowanki dla maluchów",
                "Piosenki i rymowanki dla Ciebie i dziecka. Po prostu przyjdź, bez zapisów.",
            ),
            (
                "ro",
                "Ora de poezii și cântece",
                "Cântece și poezii pentru tine și bebelușul tău. Vino pur și simplu, fără programare.",
            ),
        ],
        bring: &[
            (
                "en",
                "Just you and your baby. A blanket for your baby to lie on is nice.",
            ),
            ("ar", "أنتِ وطفلك فقط. بطانية صغيرة ليستلقي عليها طفلك فكرة جميلة."),
            (
                "pl",
                "Tylko Ty i dziecko. Przyda się kocyk, na którym maluch może leżeć.",
            ),
        ],
    },
    ProgrammeSeed {
        kind: "singing",
        organisation: 2,
        for_pregnant: false,
        baby_months: Some((0, 12)),
        booking: "booking",
        format: "course",
        texts: &[
            (
                "en",
                "Singing for mums",
                "A ten-week singing group for mums who feel low after having a baby. Bring your baby; no singing experience needed.",
            ),
            (
                "ar",
                "الغناء للأمهات",
                "مجموعة غناء لمدة عشرة أسابيع للأمهات اللواتي يشعرن بالحزن بعد الولادة. أحضري طفلك، لا حاجة لخبرة في الغناء.",
            ),
            (
                "pl",
                "Śpiew dla mam",
                "Dziesięciotygodniowa grupa śpiewu dla mam, które po porodzie czują się przygnębione. Przyjdź z dzieckiem; nie trzeba umieć śpiewać.",
            ),
        ],
        bring: &[
            ("en", "Your baby and a drink of water. No music skills needed."),
            ("ar", "طفلك وقارورة ماء. لا حاجة لأي مهارة موسيقية."),
            ("pl", "Dziecko i coś do picia. Nie trzeba umieć śpiewać."),
        ],
    },
    ProgrammeSeed {
        kind: "breastfeeding_support",
        organisation: 3,
        for_pregnant: true,
        baby_months: Some((0, 12)),
        booking: "drop_in",
        format: "ongoing",
        texts: &[
            (
                "en",
                "Breastfeeding peer support",
                "Meet other mums and trained peer supporters for help with feeding your baby. Drop in any week.",
            ),
            (
                "ar",
                "دعم الرضاعة الطبيعية",
                "قابلي أمهات أخريات ومتطوعات مدرّبات للمساعدة في إرضاع طفلك. تعالي في أي أسبوع.",
            ),
            (
                "pl",
                "Wsparcie w karmieniu piersią",
                "Spotkaj inne mamy i przeszkolone doradczynie, które pomogą w karmieniu dziecka. Przyjdź w dowolnym tygodniu.",
            ),
            (
                "bn",
                "বুকের দুধ খাওয়ানোর সহায়তা",
                "অন্য মায়েদের ও প্রশিক্ষিত সহায়কদের সাথে দেখা করুন, শিশুকে খাওয়ানোর বিষয়ে সাহায্য পান। যেকোনো সপ্তাহে আসুন।",
            ),
            (
                "ur",
                "دودھ پلانے میں مدد",
                "دوسری ماؤں اور تربیت یافتہ مددگاروں سے ملیں جو بچے کو دودھ پلانے میں مدد کرتی ہیں۔ کسی بھی ہفتے آ جائیں۔",
            ),
        ],
        bring: &[
            ("en", "Your baby, and any questions you have about feeding."),
            ("ar", "طفلك، وأي أسئلة لديك عن الرضاعة."),
            ("pl", "Dziecko i wszystkie pytania o karmienie."),
        ],
    },
    ProgrammeSeed {
        kind: "advice",
        organisation: 4,
        for_pregnant: true,
        baby_months: Some((0, 12)),
        booking: "booking",
        format: "ongoing",
        texts: &[
            (
                "en",
                "Money and work advice for mums",
                "Free advice on benefits, maternity pay, housing and problems at work. Book a time to talk in private.",
            ),
            (
                "ar",
                "نصائح عن المال والعمل للأمهات",
                "نصائح مجانية عن الإعانات وأجر الأمومة والسكن ومشاكل العمل. احجزي موعدًا للحديث على انفراد.",
            ),
            (
                "pl",
                "Porady finansowe i zawodowe dla mam",
                "Bezpłatne porady dotyczące zasiłków, urlopu macierzyńskiego, mieszkania i problemów w pracy. Umów się na rozmowę.",
            ),
        ],
        bring: &[
            (
                "en",
                "Letters about benefits, rent or work, and your payslips if you have them.",
            ),
            (
                "ar",
                "الرسائل المتعلقة بالإعانات أو الإيجار أو العمل، وكشوف راتبك إن وُجدت.",
            ),
            (
                "pl",
                "Listy dotyczące zasiłków, czynszu lub pracy oraz odcinki wypłaty, jeśli je masz.",
            ),
        ],
    },
];

/// A weekly session: programme, venue, host (0 = the demo host), weekday, start,
/// end, capacity, languages it is delivered in, and the languages an interpreter or
/// bilingual facilitator covers.
type SessionRow = (
    usize,
    usize,
    usize,
    u32,
    &'static str,
    &'static str,
    Option<i32>,
    &'static str,
    &'static str,
);

const SESSIONS: [SessionRow; 14] = [
    // The demo host runs a session every weekday.
    (1, 0, 0, 1, "10:30", "11:00", None, "en ar", ""),
    (0, 0, 0, 2, "10:00", "12:00", Some(12), "en", "ar fa"),
    (1, 2, 0, 3, "10:30", "11:00", None, "en pl", ""),
    (1, 3, 0, 4, "10:30", "11:00", None, "en ro", ""),
    (1, 1, 0, 5, "10:30", "11:00", None, "en", ""),
    // Sessions other hosts run.
    (0, 4, 1, 4, "10:00", "12:00", Some(10), "en", "ar ckb ti"),
    (2, 1, 2, 3, "13:00", "14:30", Some(15), "en", ""),
    (2, 2, 2, 1, "13:00", "14:30", Some(12), "en", "pl"),
    (3, 3, 3, 2, "13:00", "14:30", None, "en bn", "ur"),
    (3, 5, 3, 5, "10:00", "11:30", None, "en so", ""),
    (4, 5, 4, 1, "09:30", "12:30", Some(6), "en", "ar pl ro"),
    // Not checked for months: hidden from mothers until its owner checks it.
    (1, 4, 1, 2, "14:00", "14:30", None, "en", ""),
    // Weekend rhyme times, so the demo host has a register whatever day the demo
    // is opened.
    (1, 1, 0, 6, "10:30", "11:00", None, "en", ""),
    (1, 1, 0, 7, "11:00", "11:30", None, "en", ""),
];

/// Sessions with a title of their own: session index, language, title, description.
const SESSION_TEXTS: [(usize, &str, &str, &str); 4] = [
    (
        0,
        "en",
        "Arabic and English rhyme time",
        "Songs and rhymes in Arabic and English for you and your baby, led by a bilingual librarian. Just come along.",
    ),
    (
        0,
        "ar",
        "وقت الأناشيد بالعربية والإنجليزية",
        "أغانٍ وأناشيد بالعربية والإنجليزية لكِ ولطفلك، تقدّمها أمينة مكتبة تتحدث اللغتين. تعالي فقط.",
    ),
    (
        2,
        "en",
        "Polish and English rhyme time",
        "Songs and rhymes in Polish and English. Just come along.",
    ),
    (
        2,
        "pl",
        "Rymowanki po polsku i angielsku",
        "Piosenki i rymowanki po polsku i angielsku. Po prostu przyjdź.",
    ),
];

/// How long ago each session's listing was last checked, in days: most recently,
/// one due for checking (flagged to its owner) and one so old it is hidden.
fn session_assured_days_ago(index: usize) -> i64 {
    match index {
        4 => crate::directory::FLAG_AFTER_DAYS + 10,
        11 => crate::directory::HIDE_AFTER_DAYS + 10,
        _ => 5,
    }
}

/// First names of the demo babies.
const BABY_NAMES: [&str; 4] = ["Yusuf", "Maya", "Ayaan", "Luca"];

/// A mother: name, family name, language, interpreter, due in days (negative: baby
/// born that many days ago), postcode, and whether she is the demo mother.
type MotherRow = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    i64,
    &'static str,
    bool,
);

const MOTHERS: [MotherRow; 6] = [
    ("Amira", "Haddad", "ar", true, -95, "L8 2TF", true),
    ("Magdalena", "Nowak", "pl", false, 60, "L6 6BH", false),
    ("Fatima", "Begum", "bn", true, -150, "L7 2RN", false),
    ("Hana", "Tesfay", "ti", true, 40, "L8 7SS", false),
    ("Ana", "Popescu", "ro", false, -30, "L13 5XH", false),
    ("Shirin", "Ahmadi", "fa", true, -200, "L4 2QD", false),
];

async fn seed<C: ConnectionTrait>(
    db: &C,
    hash: &str,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let s = Seeder { db, now };
    let orgs = [
        s.organisation("Liverpool Women's NHS Foundation Trust", "nhs_trust", None)
            .await?,
        s.organisation("Liverpool Libraries", "library_service", None)
            .await?,
        s.organisation("Music and Motherhood Liverpool", "charity", None)
            .await?,
        s.organisation("Holding Time Breastfeeding Peer Support", "charity", None)
            .await?,
        s.organisation("Citizens Advice Liverpool", "charity", None)
            .await?,
    ];
    let mut demo_ids = Vec::new();
    for (email, role, name, job) in DEMO_ACCOUNTS {
        let org = match role {
            "referrer" => Some(orgs[0].as_str()),
            "host" | "coordinator" => Some(orgs[1].as_str()),
            _ => None,
        };
        let language = if role == "mother" { "ar" } else { "en" };
        demo_ids.push(s.user(email, role, name, job, org, language, hash).await?);
    }
    let (mother_user, host, coordinator) = (&demo_ids[0], &demo_ids[2], &demo_ids[3]);

    // Hosts who are part of the story but cannot sign in: their hash is not a PHC
    // string, so no password matches it.
    let mut hosts = vec![host.clone()];
    for (email, name, job, org) in [
        (
            "tutor.sthelens@demo.perilink.test",
            "Nadia Karim",
            "ESOL tutor",
            1,
        ),
        (
            "musician@demo.perilink.test",
            "Tom Ashworth",
            "Community musician",
            2,
        ),
        (
            "peer.supporter@demo.perilink.test",
            "Grace Okafor",
            "Breastfeeding peer supporter",
            3,
        ),
        (
            "adviser@demo.perilink.test",
            "Daniel Byrne",
            "Maternity rights adviser",
            4,
        ),
    ] {
        hosts.push(
            s.user(
                email,
                "host",
                name,
                Some(job),
                Some(&orgs[org]),
                "en",
                "!disabled",
            )
            .await?,
        );
    }

    let mut venues = Vec::new();
    for (name, address, town, postcode, lat, lon, step_free, buggy, change, bf, buses) in VENUES {
        let id = id();
        venue::ActiveModel {
            id: Set(id.clone()),
            organisation_id: Set(orgs[if name.contains("Hospital") { 0 } else { 1 }].clone()),
            name: Set(name.into()),
            address: Set(address.into()),
            town: Set(town.into()),
            postcode: Set(postcode.into()),
            lat: Set(lat),
            lon: Set(lon),
            step_free: Set(step_free),
            buggy_space: Set(buggy),
            baby_change: Set(change),
            breastfeeding_welcome: Set(bf),
            bus_routes: Set(Some(buses.into())),
            owner_id: Set(coordinator.clone()),
            assured_at: Set(now - Duration::days(20)),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
        venues.push(id);
    }

    let mut programmes = Vec::new();
    for p in &PROGRAMMES {
        let id = id();
        programme::ActiveModel {
            id: Set(id.clone()),
            organisation_id: Set(orgs[p.organisation].clone()),
            kind: Set(p.kind.into()),
            for_pregnant: Set(p.for_pregnant),
            baby_min_months: Set(p.baby_months.map(|m| m.0)),
            baby_max_months: Set(p.baby_months.map(|m| m.1)),
            cost_pence: Set(0),
            booking: Set(p.booking.into()),
            format: Set(p.format.into()),
            owner_id: Set(coordinator.clone()),
            assured_at: Set(now - Duration::days(10)),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
        for (language, title, description) in p.texts {
            programme_translation::ActiveModel {
                programme_id: Set(id.clone()),
                language: Set((*language).into()),
                title: Set((*title).into()),
                description: Set((*description).into()),
                what_to_bring: Set(p
                    .bring
                    .iter()
                    .find(|(l, _)| l == language)
                    .map(|(_, text)| (*text).to_owned())),
            }
            .insert(db)
            .await?;
        }
        programmes.push(id);
    }

    // Sessions began a week ago and run eight weeks ahead.
    let mut session_ids = Vec::new();
    let first = today - Duration::days(7);
    let last = today + Duration::days(56);
    let holidays: Vec<NaiveDate> = BANK_HOLIDAYS
        .iter()
        .filter_map(|(y, m, d)| NaiveDate::from_ymd_opt(*y, *m, *d))
        .collect();
    for (
        index,
        (programme, venue, host_index, weekday, start, end, capacity, languages, interpreter_languages),
    ) in SESSIONS.into_iter().enumerate()
    {
        let session_id = id();
        session_ids.push(session_id.clone());
        session::ActiveModel {
            id: Set(session_id.clone()),
            programme_id: Set(programmes[programme].clone()),
            venue_id: Set(venues[venue].clone()),
            host_id: Set(hosts[host_index].clone()),
            frequency: Set("weekly".into()),
            weekday: Set(weekday as i32),
            start_time: Set(start.into()),
            end_time: Set(end.into()),
            starts_on: Set(first),
            ends_on: Set(Some(last)),
            capacity: Set(capacity),
            languages: Set(languages.into()),
            interpreter: Set(!interpreter_languages.is_empty()),
            interpreter_languages: Set(interpreter_languages.into()),
            enrolled: Set(0),
            owner_id: Set(coordinator.clone()),
            assured_at: Set(now - Duration::days(session_assured_days_ago(index))),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
        for (_, language, title, description) in SESSION_TEXTS.iter().filter(|t| t.0 == index) {
            session_translation::ActiveModel {
                session_id: Set(session_id.clone()),
                language: Set((*language).into()),
                title: Set((*title).into()),
                description: Set(Some((*description).into())),
            }
            .insert(db)
            .await?;
        }
        let mut date = first;
        while date <= last {
            if date.weekday().number_from_monday() == weekday {
                occurrence::ActiveModel {
                    id: Set(id()),
                    session_id: Set(session_id.clone()),
                    date: Set(date),
                    cancelled: Set(holidays.contains(&date)),
                    booked: Set(0),
                }
                .insert(db)
                .await?;
            }
            date += Duration::days(1);
        }
    }

    // The singing courses ask for an EPDS at baseline, week 6 and the end.
    for (index, row) in SESSIONS.iter().enumerate() {
        if PROGRAMMES[row.0].kind == "singing" {
            for point in ["baseline", "week6", "end"] {
                crate::service::sql::exec(
                    db,
                    "INSERT INTO screening_schedules (session_id, point, instrument, updated_by, updated_at) VALUES (?, ?, 'epds', ?, ?)",
                    vec![session_ids[index].clone().into(), point.into(), coordinator.clone().into(), now.into()],
                )
                .await?;
            }
        }
    }

    let mut mother_ids = Vec::new();
    for (given, family, language, interpreter, due_in, postcode, is_demo) in MOTHERS {
        let (due_date, baby_birth_date) = if due_in >= 0 {
            (Some(today + Duration::days(due_in)), None)
        } else {
            (None, Some(today + Duration::days(due_in)))
        };
        let mother_id = id();
        mother_ids.push(mother_id.clone());
        mother::ActiveModel {
            id: Set(mother_id),
            user_id: Set(is_demo.then(|| mother_user.clone())),
            given_name: Set(given.into()),
            family_name: Set(Some(family.into())),
            phone: Set(Some(format!("07700 900{:03}", given.len() * 37 % 1000))),
            email: Set(is_demo.then(|| DEMO_ACCOUNTS[0].0.to_owned())),
            language: Set(language.into()),
            dialect: Set(None),
            interpreter_needed: Set(interpreter),
            due_date: Set(due_date),
            baby_birth_date: Set(baby_birth_date),
            postcode: Set(Some(postcode.into())),
            nhs_number: Set(None),
            calendar_token: Set(None),
            baby_name: Set((due_in < 0).then(|| BABY_NAMES[mother_ids.len() % BABY_NAMES.len()].to_owned())),
            last_attended_on: Set(None),
            caseload_added_at: Set(None),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    seed_referrals(db, &demo_ids[1], &mother_ids, &programmes, &session_ids, now).await?;
    super::demo_history::seed_history(db).await?;
    seed_team(db, &s, &demo_ids[1], &orgs[0], hash, now).await?;
    // The trust is the care organisation, and hears of alerts for mothers nobody
    // cares for yet; the libraries and the charities provide sessions.
    crate::service::sql::exec(
        db,
        "UPDATE organisations SET provides_care = (kind = 'nhs_trust'), \
         receives_unassigned_alerts = (kind = 'nhs_trust'), provides_sessions = (kind <> 'nhs_trust')",
        vec![],
    )
    .await?;
    // The demo's own accounts are exempt from two-factor, and only while the server
    // runs the demo (the seeder runs only then, and the exemption is checked
    // against the demo setting on every request too).
    crate::service::sql::exec(
        db,
        "UPDATE users SET mfa_exempt = ? WHERE email LIKE ?",
        vec![true.into(), "%@demo.perilink.test".into()],
    )
    .await?;
    // The caseload was written in bulk above: each mother's place in its order.
    super::referrals::rank_caseloads(db).await?;
    Ok(())
}

/// The second demo midwife, who can sign in too.
pub const DEMO_TEAM_MIDWIFE: &str = "midwife@demo.perilink.test";

/// The care organisation's coordinator (the trust's): she sees the health data of
/// the mothers in its care and hears of unassigned alerts, where the demo
/// coordinator (the libraries') sees only referrals to their programmes.
pub const DEMO_CARE_COORDINATOR: &str = "care.coordinator@demo.perilink.test";

/// The Toxteth community midwifery team: the demo referrer and a second midwife,
/// with one mother on the second midwife's caseload, whom the demo referrer sees
/// through the team.
async fn seed_team<C: ConnectionTrait>(
    db: &C,
    s: &Seeder<'_, C>,
    referrer: &str,
    trust: &str,
    hash: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    use crate::service::sql;
    let midwife = s
        .user(
            DEMO_TEAM_MIDWIFE,
            "referrer",
            "Bronwen Hughes",
            Some("Community midwife"),
            Some(trust),
            "en",
            hash,
        )
        .await?;
    s.user(
        DEMO_CARE_COORDINATOR,
        "coordinator",
        "Ruth Adeyemi",
        Some("Perinatal mental health lead"),
        Some(trust),
        "en",
        hash,
    )
    .await?;
    let team = id();
    sql::exec(
        db,
        "INSERT INTO teams (id, organisation_id, name, kind, created_at) VALUES (?, ?, ?, ?, ?)",
        vec![
            team.clone().into(),
            trust.into(),
            "Toxteth community midwifery team".into(),
            "community_midwifery".into(),
            now.into(),
        ],
    )
    .await?;
    for member in [referrer, midwife.as_str()] {
        sql::exec(
            db,
            "INSERT INTO team_members (team_id, user_id) VALUES (?, ?)",
            vec![team.clone().into(), member.into()],
        )
        .await?;
    }
    let mother_id = id();
    mother::ActiveModel {
        id: Set(mother_id.clone()),
        user_id: Set(None),
        given_name: Set("Halima".into()),
        family_name: Set(Some("Yusuf".into())),
        phone: Set(Some("07700 900612".into())),
        email: Set(None),
        language: Set("so".into()),
        dialect: Set(None),
        interpreter_needed: Set(true),
        due_date: Set(Some(now.date_naive() + Duration::days(70))),
        baby_birth_date: Set(None),
        postcode: Set(Some("L8 2TJ".into())),
        nhs_number: Set(None),
        calendar_token: Set(None),
        baby_name: Set(None),
        last_attended_on: Set(None),
        caseload_added_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    sql::exec(
        db,
        "INSERT INTO caseload (user_id, mother_id, added_at) VALUES (?, ?, ?)",
        vec![midwife.into(), mother_id.into(), now.into()],
    )
    .await?;
    Ok(())
}

/// A demo referral: mother index, programme index, session index, the states it
/// went through after `sent`, and a decline reason.
type ReferralRow = (
    usize,
    usize,
    Option<usize>,
    &'static [&'static str],
    Option<&'static str>,
);

/// Referrals in every state, made by the demo referrer to programmes the demo host
/// runs (ESOL at Toxteth, rhyme time); the booked one is the demo mother's.
const REFERRALS: [ReferralRow; 8] = [
    (1, 0, Some(1), &[], None),
    (3, 1, Some(0), &["accepted"], None),
    (
        4,
        0,
        Some(1),
        &["declined"],
        Some("The course is full this term; we will offer a place next term."),
    ),
    (0, 0, Some(1), &["accepted", "booked"], None),
    (2, 1, Some(2), &["accepted", "booked", "attending"], None),
    (
        5,
        0,
        Some(1),
        &["accepted", "booked", "attending", "completed"],
        None,
    ),
    (1, 1, Some(2), &["accepted", "booked", "did_not_attend"], None),
    (3, 0, Some(1), &["withdrawn"], None),
];

async fn seed_referrals<C: ConnectionTrait>(
    db: &C,
    referrer: &str,
    mothers: &[String],
    programmes: &[String],
    sessions: &[String],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    use crate::entity::{booking, caseload, consent, referral, referral_event};
    let mut consents = Vec::new();
    for (i, mother_id) in mothers.iter().enumerate() {
        caseload::ActiveModel {
            user_id: Set(referrer.to_owned()),
            mother_id: Set(mother_id.clone()),
            added_at: Set(now - Duration::days(30)),
        }
        .insert(db)
        .await?;
        let consent_id = id();
        consent::ActiveModel {
            id: Set(consent_id.clone()),
            mother_id: Set(mother_id.clone()),
            // Magdalena shares everything but her screening results with her care
            // team; everyone else consented to everything.
            scopes: Set(if i == 1 {
                "attendance_to_referrer contact_details referral_reasons"
            } else {
                "attendance_to_referrer contact_details referral_reasons screening_to_care_team"
            }
            .into()),
            shared_with: Set("Liverpool Libraries and the session hosts".into()),
            contact: Set(if i % 3 == 2 { "phone" } else { "sms" }.into()),
            recorded_at: Set(now - Duration::days(30)),
            recorded_by: Set(referrer.to_owned()),
            withdrawn_at: Set(None),
            withdrawn_by: Set(None),
        }
        .insert(db)
        .await?;
        consents.push(consent_id);
    }
    for (n, (mother, programme, session, path, decline)) in REFERRALS.into_iter().enumerate() {
        let referral_id = id();
        let sent_at = now - Duration::days(28 - n as i64 * 2);
        let status = path.last().copied().unwrap_or("sent");
        let booking_id = if path.contains(&"booked") && status != "completed" && programme == 0 {
            let booking_id = id();
            let session_id = session.map(|s| sessions[s].clone()).unwrap_or_default();
            booking::ActiveModel {
                id: Set(booking_id.clone()),
                mother_id: Set(mothers[mother].clone()),
                session_id: Set(session_id.clone()),
                occurrence_id: Set(None),
                kind: Set("enrolment".into()),
                status: Set("booked".into()),
                created_at: Set(sent_at + Duration::days(2)),
                updated_at: Set(sent_at + Duration::days(2)),
            }
            .insert(db)
            .await?;
            db.execute_raw(sea_orm::Statement::from_sql_and_values(
                db.get_database_backend(),
                if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
                    "UPDATE sessions SET enrolled = enrolled + 1 WHERE id = $1"
                } else {
                    "UPDATE sessions SET enrolled = enrolled + 1 WHERE id = ?"
                },
                [session_id.into()],
            ))
            .await?;
            Some(booking_id)
        } else {
            None
        };
        referral::ActiveModel {
            id: Set(referral_id.clone()),
            mother_id: Set(mothers[mother].clone()),
            referrer_id: Set(referrer.to_owned()),
            programme_id: Set(programmes[programme].clone()),
            session_id: Set(session.map(|s| sessions[s].clone())),
            consent_id: Set(consents[mother].clone()),
            status: Set(status.into()),
            reasons: Set(match programme {
                0 => "english_language isolation",
                _ => "isolation bonding_with_baby",
            }
            .into()),
            what_matters: Set(Some(
                match programme {
                    0 => "Talking to the midwife and the GP without my husband translating.",
                    _ => "Meeting other mums near home.",
                }
                .into(),
            )),
            note: Set(Some("Discussed at the 28-week appointment.".into())),
            booking_id: Set(booking_id),
            decline_reason: Set(decline.map(Into::into)),
            declined_by: Set(decline.map(|_| "provider".into())),
            created_at: Set(sent_at),
            updated_at: Set(sent_at + Duration::days(path.len() as i64)),
            replied_at: Set((!path.is_empty() && path[0] != "withdrawn").then(|| sent_at + Duration::days(1))),
            first_attended_at: Set(path.contains(&"attending").then(|| sent_at + Duration::days(3))),
        }
        .insert(db)
        .await?;
        let mut from: Option<&str> = None;
        for (step, to) in std::iter::once("sent").chain(path.iter().copied()).enumerate() {
            let actor = match to {
                "sent" => "referrer",
                "withdrawn" => "mother",
                "attending" | "did_not_attend" | "completed" => "system",
                _ => "provider",
            };
            referral_event::ActiveModel {
                id: Set(id()),
                referral_id: Set(referral_id.clone()),
                from_status: Set(from.map(Into::into)),
                to_status: Set(to.into()),
                actor: Set(actor.into()),
                by_user_id: Set((actor == "referrer").then(|| referrer.to_owned())),
                at: Set(sent_at + Duration::days(step as i64)),
                reason: Set((to == "declined").then(|| decline.unwrap_or_default().to_owned())),
            }
            .insert(db)
            .await?;
            from = Some(to);
        }
    }
    Ok(())
}
