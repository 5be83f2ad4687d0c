//! Outcome reports for the people who fund the sessions (DOMAIN.md, "Outcomes"): which
//! reports there are, how each can be grouped, the tables they answer with, the
//! small-number rule, and CSV written the one way (RFC 4180, by the `csv` crate) for
//! the server and the app alike, with formulas defused.
//!
//! The small-number rule: any count from 1 to 4 leaves as `"<5"` ([`Count`]), and a
//! percentage, mean or median worked out from such a count is left out ([`Figure`]).
//! Zero is shown: it discloses nobody.

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// Counts from 1 up to, but not including, this are suppressed.
pub const SUPPRESS_BELOW: u64 = 5;

/// What a suppressed count is shown as, in JSON, CSV and on screen.
pub const SUPPRESSED: &str = "<5";

/// A count of people or events as it may be shown outside the care team: exact when
/// 0 or 5 and over, suppressed from 1 to 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Count {
    /// 0, or 5 and over.
    Exact(u64),
    /// From 1 to 4: shown as `"<5"`.
    Suppressed,
}

impl Count {
    /// A raw count, with the small-number rule applied.
    pub fn of(n: u64) -> Count {
        if (1..SUPPRESS_BELOW).contains(&n) {
            Count::Suppressed
        } else {
            Count::Exact(n)
        }
    }

    /// The count when it may be shown.
    pub fn exact(self) -> Option<u64> {
        match self {
            Count::Exact(n) => Some(n),
            Count::Suppressed => None,
        }
    }

    /// Whether it is hidden behind `"<5"`.
    pub fn is_suppressed(self) -> bool {
        self == Count::Suppressed
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Count::Exact(n) => write!(f, "{n}"),
            Count::Suppressed => f.write_str(SUPPRESSED),
        }
    }
}

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Count::Exact(n) => serializer.serialize_u64(*n),
            Count::Suppressed => serializer.serialize_str(SUPPRESSED),
        }
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Figure::deserialize(deserializer)? {
            Figure::Count(count) => Ok(count),
            Figure::Value(_) => Err(de::Error::custom("a count is a whole number or \"<5\"")),
        }
    }
}

/// A share `part / whole` in percent, to one decimal place; left out when either
/// count is suppressed (it would give the small number away) or the whole is 0.
pub fn percent(part: Count, whole: Count) -> Option<f64> {
    match (part, whole) {
        (Count::Exact(part), Count::Exact(whole)) if whole > 0 => {
            Some(round1(part as f64 * 100.0 / whole as f64))
        }
        _ => None,
    }
}

/// A mean, median or other figure worked out over `count` people: left out when the
/// count is suppressed or there is nobody to work it out over.
pub fn derived(count: Count, value: Option<f64>) -> Option<f64> {
    match count {
        Count::Exact(n) if n > 0 => value.filter(|v| v.is_finite()).map(round1),
        _ => None,
    }
}

/// Rounded to one decimal place.
pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// One cell of a report: a count (exact or `"<5"`), or a figure worked out from
/// counts (percent, mean, median), absent when it would give a small count away.
///
/// In JSON a count is a whole number or `"<5"`, a figure is a number with a decimal
/// point, and an absent figure is `null`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// A count, with the small-number rule applied.
    Count(Count),
    /// A percent, mean or median; `None` when hidden or not defined.
    Value(Option<f64>),
}

impl Figure {
    /// The number to draw, if it may be shown.
    pub fn number(self) -> Option<f64> {
        match self {
            Figure::Count(count) => count.exact().map(|n| n as f64),
            Figure::Value(value) => value,
        }
    }

    /// Whether this is a suppressed count.
    pub fn is_suppressed(self) -> bool {
        self == Figure::Count(Count::Suppressed)
    }

    /// The cell as CSV writes it: the count, `<5`, the figure to one decimal place,
    /// or nothing when it is absent.
    pub fn csv(self) -> String {
        match self {
            Figure::Count(count) => count.to_string(),
            Figure::Value(Some(v)) => format!("{:.1}", round1(v)),
            Figure::Value(None) => String::new(),
        }
    }
}

impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Figure::Count(count) => count.serialize(serializer),
            Figure::Value(Some(v)) => serializer.serialize_f64(round1(*v)),
            Figure::Value(None) => serializer.serialize_none(),
        }
    }
}

impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FigureVisitor;

        impl<'de> Visitor<'de> for FigureVisitor {
            type Value = Figure;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number, \"<5\", a number or null")
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Figure, E> {
                Ok(Figure::Count(Count::of(n)))
            }

            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Figure, E> {
                match u64::try_from(n) {
                    Ok(n) => self.visit_u64(n),
                    Err(_) => Ok(Figure::Value(Some(n as f64))),
                }
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Figure, E> {
                Ok(Figure::Value(Some(v)))
            }

            fn visit_str<E: de::Error>(self, s: &str) -> Result<Figure, E> {
                if s == SUPPRESSED {
                    Ok(Figure::Count(Count::Suppressed))
                } else {
                    Err(E::invalid_value(de::Unexpected::Str(s), &self))
                }
            }

            fn visit_none<E: de::Error>(self) -> Result<Figure, E> {
                Ok(Figure::Value(None))
            }

            fn visit_unit<E: de::Error>(self) -> Result<Figure, E> {
                Ok(Figure::Value(None))
            }

            fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Figure, D::Error> {
                deserializer.deserialize_any(self)
            }
        }

        deserializer.deserialize_any(FigureVisitor)
    }
}

#[cfg(feature = "openapi")]
mod schemas {
    use super::{Count, Figure};
    use utoipa::openapi::RefOr;
    use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, SchemaType, Type};

    impl utoipa::PartialSchema for Count {
        fn schema() -> RefOr<Schema> {
            OneOfBuilder::new()
                .item(ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(0)))
                .item(
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .enum_values(Some([super::SUPPRESSED])),
                )
                .description(Some("A count: 0, or 5 and over; from 1 to 4 it is \"<5\"."))
                .into()
        }
    }

    impl utoipa::ToSchema for Count {}

    impl utoipa::PartialSchema for Figure {
        fn schema() -> RefOr<Schema> {
            ObjectBuilder::new()
                .schema_type(
                    [Type::Integer, Type::Number, Type::String, Type::Null]
                        .into_iter()
                        .collect::<SchemaType>(),
                )
                .description(Some(
                    "A count (a whole number, or \"<5\" from 1 to 4), or a figure worked out from \
                     counts (a number), null when it would give a small count away.",
                ))
                .into()
        }
    }

    impl utoipa::ToSchema for Figure {}
}

string_enum! {
    /// A report.
    ReportId {
        /// Referrals by how far they got: sent, accepted, booked, attending,
        /// completed, and the days from sent to first attendance.
        Referrals = "referrals",
        /// Sessions held, attendances, the mothers who came and kept coming, and the
        /// waiting list.
        Attendance = "attendance",
        /// Change in EPDS score from a course's baseline to week 6 and to its end.
        Screening = "screening",
        /// One row per referral, shaped by the PRSB Social Prescribing Information
        /// Standard, as CSV or a FHIR R4 Bundle.
        Prsb = "prsb",
    }
}

string_enum! {
    /// What an aggregate report's rows are.
    GroupBy {
        /// The programme (ESOL Stepping Stones, Rhyme time, ...).
        Programme = "programme",
        /// The programme's kind.
        Kind = "kind",
        /// Where the session is held.
        Venue = "venue",
        /// The mother's language.
        Language = "language",
        /// Whether the mother needs an interpreter (`yes` or `no`).
        Interpreter = "interpreter",
    }
}

string_enum! {
    /// The follow-up screening a screening-report row compares with baseline.
    FollowUp {
        /// Week 6 of the course.
        Week6 = "week6",
        /// The end of the course.
        End = "end",
    }
}

string_enum! {
    /// How a column's figures read.
    ColumnKind {
        /// A count, suppressed from 1 to 4.
        Count = "count",
        /// A percentage.
        Percent = "percent",
        /// A mean EPDS score or change in score.
        Score = "score",
        /// A number of days.
        Days = "days",
    }
}

string_enum! {
    /// A column of a report.
    Column {
        /// Referrals made in the range.
        Sent = "sent",
        /// Of those, accepted (or further).
        Accepted = "accepted",
        /// Booked or enrolled (or further).
        Booked = "booked",
        /// Came at least once.
        Attending = "attending",
        /// Finished the course or programme.
        Completed = "completed",
        /// Declined, by the provider or by her.
        Declined = "declined",
        /// Withdrawn.
        Withdrawn = "withdrawn",
        /// Missed two sessions in a row, and not back since.
        DidNotAttend = "did_not_attend",
        /// The share of referrals that came at least once.
        AttendedPercent = "attended_percent",
        /// The median days from sent to first attendance.
        MedianDaysToAttend = "median_days_to_attend",
        /// Dates held: not cancelled, with at least one mark on the register.
        SessionsHeld = "sessions_held",
        /// Marks of present.
        Attendances = "attendances",
        /// Different mothers who came at least once.
        Mothers = "mothers",
        /// Mothers who came 3 or more times.
        #[serde(rename = "mothers_3_plus")]
        Mothers3Plus = "mothers_3_plus",
        /// Places asked for in the range and still on the waiting list.
        Waiting = "waiting",
        /// Mothers with a baseline and this follow-up EPDS for the same course.
        Paired = "paired",
        /// Their mean EPDS total at baseline.
        MeanBaseline = "mean_baseline",
        /// Their mean EPDS total at the follow-up.
        MeanFollowUp = "mean_follow_up",
        /// The mean change, follow-up minus baseline: below 0 is better.
        MeanChange = "mean_change",
        /// Those whose score fell by 4 points or more.
        #[serde(rename = "fell_4_plus")]
        Fell4Plus = "fell_4_plus",
        /// The share whose score fell by 4 points or more.
        #[serde(rename = "fell_4_plus_percent")]
        Fell4PlusPercent = "fell_4_plus_percent",
        /// Those with a probable-depression score (13 or more) at baseline.
        ProbableAtBaseline = "probable_at_baseline",
        /// Of those, below 13 at the follow-up.
        LeftProbable = "left_probable",
        /// The share of those probable at baseline who were below 13 at follow-up.
        LeftProbablePercent = "left_probable_percent",
        /// Pairs with a score taken in a translation nobody has validated (at
        /// baseline or follow-up): read their change with care (hazard H10).
        Unvalidated = "unvalidated",
    }
}

impl Column {
    /// How the column's figures read.
    pub fn kind(self) -> ColumnKind {
        match self {
            Column::AttendedPercent | Column::Fell4PlusPercent | Column::LeftProbablePercent => {
                ColumnKind::Percent
            }
            Column::MedianDaysToAttend => ColumnKind::Days,
            Column::MeanBaseline | Column::MeanFollowUp | Column::MeanChange => ColumnKind::Score,
            _ => ColumnKind::Count,
        }
    }
}

/// The EPDS total from which depression is probable (DOMAIN.md, "Perinatal mental
/// health screening").
pub const EPDS_PROBABLE_FROM: i64 = 13;

/// A fall in EPDS total of at least this many points counts as a real improvement.
pub const EPDS_MEANINGFUL_FALL: i64 = 4;

impl ReportId {
    /// The aggregate reports, in the order a dashboard shows them.
    pub const AGGREGATE: [ReportId; 3] = [ReportId::Referrals, ReportId::Attendance, ReportId::Screening];

    /// Its title, in English (the app shows its own translation).
    pub fn title(self) -> &'static str {
        match self {
            ReportId::Referrals => "Referrals by status",
            ReportId::Attendance => "Attendance and waiting list",
            ReportId::Screening => "Change in EPDS score",
            ReportId::Prsb => "Referral records (PRSB Social Prescribing Information Standard)",
        }
    }

    /// Its columns, in order; none for the PRSB export, whose rows are records.
    pub fn columns(self) -> &'static [Column] {
        use Column::*;
        match self {
            ReportId::Referrals => &[
                Sent,
                Accepted,
                Booked,
                Attending,
                Completed,
                Declined,
                Withdrawn,
                DidNotAttend,
                AttendedPercent,
                MedianDaysToAttend,
            ],
            ReportId::Attendance => &[SessionsHeld, Attendances, Mothers, Mothers3Plus, Waiting],
            ReportId::Screening => &[
                Paired,
                MeanBaseline,
                MeanFollowUp,
                MeanChange,
                Fell4Plus,
                Fell4PlusPercent,
                ProbableAtBaseline,
                LeftProbable,
                LeftProbablePercent,
                Unvalidated,
            ],
            ReportId::Prsb => &[],
        }
    }

    /// How its rows may be grouped; none for the PRSB export.
    pub fn group_bys(self) -> &'static [GroupBy] {
        match self {
            ReportId::Prsb => &[],
            _ => GroupBy::ALL,
        }
    }

    /// The formats it can be had in (`?format=`).
    pub fn formats(self) -> &'static [&'static str] {
        match self {
            ReportId::Prsb => &["fhir", "csv"],
            _ => &["json", "csv"],
        }
    }
}

/// A report as `GET /api/reports` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportSummary {
    pub id: ReportId,
    /// In English.
    pub title: String,
    /// The `group_by` values it takes; the first is the default.
    pub group_by: Vec<GroupBy>,
    /// The `format` values it takes; the first is the default.
    pub formats: Vec<String>,
    /// Its columns, in order.
    pub columns: Vec<Column>,
}

impl ReportSummary {
    /// The summary of a report.
    pub fn of(id: ReportId) -> ReportSummary {
        ReportSummary {
            id,
            title: id.title().to_owned(),
            group_by: id.group_bys().to_vec(),
            formats: id.formats().iter().map(|f| (*f).to_owned()).collect(),
            columns: id.columns().to_vec(),
        }
    }
}

/// The answer of `GET /api/reports`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportList {
    pub reports: Vec<ReportSummary>,
}

/// One row of an aggregate report: a group and its figures, in column order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportRow {
    /// The group's stable key: a programme or venue id, a kind, a BCP 47 tag,
    /// `yes`/`no` for interpreter need, `unplaced` for referrals not yet placed at a
    /// session (grouped by venue), or `all` for the totals.
    pub key: String,
    /// The group's name: a programme's title or a venue's name; for kinds,
    /// languages and interpreter need, the key (the app names them in its language).
    pub label: String,
    /// For the screening report: the follow-up compared with baseline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUp>,
    /// One figure per column.
    pub figures: Vec<Figure>,
}

impl ReportRow {
    /// The figure in `column`, if the report has that column.
    pub fn figure(&self, columns: &[Column], column: Column) -> Option<Figure> {
        columns
            .iter()
            .position(|c| *c == column)
            .and_then(|i| self.figures.get(i).copied())
    }
}

/// The key of the totals row.
pub const TOTAL_KEY: &str = "all";

/// The answer of `GET /api/reports/{report}`: a table, with the small-number rule
/// already applied.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportTable {
    pub report: ReportId,
    /// In English.
    pub title: String,
    /// The first day counted, `YYYY-MM-DD` (London).
    pub from: String,
    /// The last day counted, `YYYY-MM-DD` (London).
    pub to: String,
    pub group_by: GroupBy,
    pub columns: Vec<Column>,
    /// One row per group (for screening, per group and follow-up), in order of label.
    pub rows: Vec<ReportRow>,
    /// Every group together, key `all` (for screening, one per follow-up). Worked out
    /// over the records themselves, so a mother in two groups counts once here.
    pub totals: Vec<ReportRow>,
}

impl ReportTable {
    /// The table as CSV: a header row, then one row per group and the totals, with
    /// names from `column_name` and group labels from `label`. The API writes stable
    /// ids; the app writes the words of the language on screen.
    pub fn to_csv(
        &self,
        column_name: impl Fn(Column) -> String,
        label: impl Fn(&ReportRow) -> String,
    ) -> String {
        let screening = self.report == ReportId::Screening;
        let mut header = vec!["key".to_owned(), self.group_by.as_str().to_owned()];
        if screening {
            header.push("follow_up".to_owned());
        }
        header.extend(self.columns.iter().map(|c| column_name(*c)));
        let mut file = Csv::with_header(header);
        for row in self.rows.iter().chain(&self.totals) {
            let mut cells = vec![csv_text(&row.key), csv_text(&label(row))];
            if screening {
                cells.push(row.follow_up.map(|f| f.as_str().to_owned()).unwrap_or_default());
            }
            cells.extend(row.figures.iter().map(|f| f.csv()));
            file.record(cells);
        }
        file.finish()
    }
}

/// A CSV file (RFC 4180) written by the `csv` crate: fields quoted when they hold a
/// comma, a double quote or a line break (quotes doubled), each record ended by
/// CRLF. Free text goes through [`csv_text`] before it is written.
pub struct Csv {
    writer: csv::Writer<Vec<u8>>,
}

impl Csv {
    /// A file that starts with its header row.
    pub fn with_header<F: AsRef<str>>(header: impl IntoIterator<Item = F>) -> Csv {
        // Flexible, so that writing never fails: the tests read every file back
        // with `parse_csv`, which refuses records of unequal length.
        let writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .flexible(true)
            .from_writer(Vec::new());
        let mut file = Csv { writer };
        file.record(header);
        file
    }

    /// Adds one record.
    pub fn record<F: AsRef<str>>(&mut self, fields: impl IntoIterator<Item = F>) {
        for field in fields {
            self.writer
                .write_field(field.as_ref())
                .expect("a flexible CSV writer into memory does not fail");
        }
        self.writer
            .write_record(None::<&[u8]>)
            .expect("a flexible CSV writer into memory does not fail");
    }

    /// The text written.
    pub fn finish(self) -> String {
        let bytes = self
            .writer
            .into_inner()
            .expect("flushing a CSV writer into memory does not fail");
        // Only `str` fields were written, so this never replaces anything.
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

/// Free text made safe for a spreadsheet: text that would start a formula (`=`,
/// `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`. For names and
/// notes, never for numbers.
pub fn csv_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Reads CSV (RFC 4180) back into records of fields, with the `csv` crate; records
/// of unequal length are an error. For tests and tools.
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| {
            record
                .map(|r| r.iter().map(str::to_owned).collect())
                .map_err(|e| e.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_is_shown_four_is_suppressed_and_five_is_shown() {
        assert_eq!(Count::of(0), Count::Exact(0));
        assert_eq!(Count::of(1), Count::Suppressed);
        assert_eq!(Count::of(4), Count::Suppressed);
        assert_eq!(Count::of(5), Count::Exact(5));
        assert_eq!(Count::of(4).to_string(), "<5");
        assert_eq!(Count::of(5).to_string(), "5");
    }

    #[test]
    fn counts_travel_as_numbers_or_the_string_less_than_five() {
        let json = |n: u64| serde_json::to_string(&Count::of(n)).unwrap();
        assert_eq!(json(0), "0");
        assert_eq!(json(4), "\"<5\"");
        assert_eq!(json(5), "5");
        for n in [0, 4, 5, 12] {
            let back: Count = serde_json::from_str(&json(n)).unwrap();
            assert_eq!(back, Count::of(n));
        }
        assert!(serde_json::from_str::<Count>("\"4\"").is_err());
        assert!(serde_json::from_str::<Count>("4.5").is_err());
    }

    #[test]
    fn a_share_of_or_over_a_suppressed_count_is_left_out() {
        assert_eq!(percent(Count::of(5), Count::of(20)), Some(25.0));
        assert_eq!(percent(Count::of(0), Count::of(20)), Some(0.0));
        assert_eq!(
            percent(Count::of(4), Count::of(20)),
            None,
            "4 of 20 would give the 4 away"
        );
        assert_eq!(percent(Count::of(0), Count::of(4)), None);
        assert_eq!(percent(Count::of(0), Count::of(0)), None);
        assert_eq!(percent(Count::of(5), Count::of(6)), Some(83.3));
    }

    #[test]
    fn a_mean_over_fewer_than_five_is_left_out() {
        assert_eq!(derived(Count::of(4), Some(-3.25)), None);
        assert_eq!(derived(Count::of(5), Some(-3.25)), Some(-3.3));
        assert_eq!(derived(Count::of(0), Some(1.0)), None);
        assert_eq!(derived(Count::of(9), None), None);
    }

    #[test]
    fn figures_round_trip_through_json() {
        let figures = vec![
            Figure::Count(Count::of(0)),
            Figure::Count(Count::of(3)),
            Figure::Count(Count::of(7)),
            Figure::Value(Some(-4.25)),
            Figure::Value(Some(50.0)),
            Figure::Value(None),
        ];
        let json = serde_json::to_string(&figures).unwrap();
        assert_eq!(json, r#"[0,"<5",7,-4.3,50.0,null]"#);
        let back: Vec<Figure> = serde_json::from_str(&json).unwrap();
        assert_eq!(back[..3], figures[..3]);
        assert_eq!(back[3], Figure::Value(Some(-4.3)));
        assert_eq!(back[4..], figures[4..]);
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_breaks() {
        let mut file = Csv::with_header(["h1", "h2", "h3", "h4", "h5"]);
        file.record(["plain", "a, b", "say \"hi\"", "two\nlines", ""]);
        let text = file.finish();
        assert_eq!(
            text,
            "h1,h2,h3,h4,h5\r\nplain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"
        );
        let back = parse_csv(&text).unwrap();
        assert_eq!(back[1], ["plain", "a, b", "say \"hi\"", "two\nlines", ""]);
    }

    #[test]
    fn a_defused_formula_is_still_quoted_where_it_needs_to_be() {
        let mut file = Csv::with_header(["name", "note"]);
        file.record([csv_text("=SUM(A1,A2)"), csv_text("\tRóża, مرحبا")]);
        let text = file.finish();
        assert_eq!(text, "name,note\r\n\"'=SUM(A1,A2)\",\"'\tRóża, مرحبا\"\r\n");
        assert_eq!(parse_csv(&text).unwrap()[1], ["'=SUM(A1,A2)", "'\tRóża, مرحبا"]);
    }

    #[test]
    fn reading_back_refuses_records_of_unequal_length() {
        assert!(parse_csv("a,b\r\n1\r\n").is_err());
        assert_eq!(parse_csv("a,b\r\n1,2\r\n").unwrap().len(), 2);
    }

    #[test]
    fn text_that_would_start_a_formula_is_defused() {
        assert_eq!(csv_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_text("-1"), "'-1");
        assert_eq!(csv_text("Rhyme time"), "Rhyme time");
    }

    #[test]
    fn a_table_writes_one_csv_row_per_group_and_the_totals() {
        let table = ReportTable {
            report: ReportId::Attendance,
            title: ReportId::Attendance.title().into(),
            from: "2026-01-01".into(),
            to: "2026-03-31".into(),
            group_by: GroupBy::Programme,
            columns: ReportId::Attendance.columns().to_vec(),
            rows: vec![ReportRow {
                key: "p1".into(),
                label: "Singing, for mums".into(),
                follow_up: None,
                figures: vec![Figure::Count(Count::of(10)); 5],
            }],
            totals: vec![ReportRow {
                key: TOTAL_KEY.into(),
                label: "All".into(),
                follow_up: None,
                figures: vec![Figure::Count(Count::of(2)); 5],
            }],
        };
        let csv = table.to_csv(|c| c.as_str().to_owned(), |r| r.label.clone());
        let records = parse_csv(&csv).unwrap();
        assert_eq!(
            records[0],
            [
                "key",
                "programme",
                "sessions_held",
                "attendances",
                "mothers",
                "mothers_3_plus",
                "waiting"
            ]
        );
        assert_eq!(records[1][..3], ["p1", "Singing, for mums", "10"]);
        assert_eq!(records[2][..3], ["all", "All", "<5"]);
        assert_eq!(records.len(), 3);
    }

    #[test]
    fn every_column_travels_in_json_by_its_stable_name() {
        for column in Column::ALL {
            let json = serde_json::to_string(column).unwrap();
            assert_eq!(json, format!("\"{}\"", column.as_str()));
            assert_eq!(serde_json::from_str::<Column>(&json).unwrap(), *column);
        }
        for follow_up in FollowUp::ALL {
            assert_eq!(
                serde_json::to_string(follow_up).unwrap(),
                format!("\"{}\"", follow_up.as_str())
            );
        }
    }

    #[test]
    fn every_aggregate_report_has_columns_and_every_grouping() {
        for id in ReportId::AGGREGATE {
            assert!(!id.columns().is_empty());
            assert_eq!(id.group_bys(), GroupBy::ALL);
            assert_eq!(id.formats()[0], "json");
        }
        assert!(ReportId::Prsb.group_bys().is_empty());
    }
}
