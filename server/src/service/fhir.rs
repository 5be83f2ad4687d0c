//! FHIR R4 views (UK Core shapes) of what PeriLink holds: a referral as a
//! ServiceRequest tracked by a Task, with the mother as a Patient whose language
//! and interpreter need travel in the NHSCommunication extension.

use crate::db::column::column;
use crate::entity::{mother, referral, user};
use crate::error::AppError;
use crate::service::referrals::programme_title;
use perilink_shared::referral::ReferralStatus;
use sea_orm::{ConnectionTrait, EntityTrait};
use serde_json::{Value, json};

pub const SNOMED: &str = "http://snomed.info/sct";
/// Referral to social prescribing service.
pub const REFERRAL_TO_SOCIAL_PRESCRIBING: &str = "871731000000106";
/// Social prescribing declined.
pub const SOCIAL_PRESCRIBING_DECLINED: &str = "871711000000103";
const NHS_NUMBER_SYSTEM: &str = "https://fhir.nhs.uk/Id/nhs-number";
const NHS_COMMUNICATION: &str =
    "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSCommunication";

fn service_request_status(status: ReferralStatus) -> &'static str {
    match status {
        ReferralStatus::Completed => "completed",
        ReferralStatus::Declined | ReferralStatus::Withdrawn => "revoked",
        _ => "active",
    }
}

/// A referral as a FHIR R4 `collection` Bundle: Patient, ServiceRequest, Task.
pub async fn referral_bundle(db: &impl ConnectionTrait, r: &referral::Model) -> Result<Value, AppError> {
    let m = mother::Entity::find_by_id(r.mother_id.as_str())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let referrer = user::Entity::find_by_id(r.referrer_id.as_str()).one(db).await?;
    let status: ReferralStatus = column(&r.status, "referrals", "status", &r.id)?;
    let title = programme_title(db, &r.programme_id, "en").await?;

    let mut name = json!({"given": [m.given_name]});
    if let Some(family) = &m.family_name {
        name["family"] = json!(family);
    }
    let mut patient = json!({
        "resourceType": "Patient",
        "id": m.id,
        "name": [name],
        "communication": [{
            "language": {"coding": [{"system": "urn:ietf:bcp:47", "code": m.language}]},
            "preferred": true,
            "extension": [{
                "url": NHS_COMMUNICATION,
                "extension": [
                    {"url": "language", "valueCodeableConcept": {"coding": [{"system": "urn:ietf:bcp:47", "code": m.language}]}},
                    {"url": "preferred", "valueBoolean": true},
                    {"url": "interpreterRequired", "valueBoolean": m.interpreter_needed}
                ]
            }]
        }]
    });
    if let Some(nhs) = &m.nhs_number {
        patient["identifier"] = json!([{"system": NHS_NUMBER_SYSTEM, "value": nhs}]);
    }
    if let Some(due) = m.due_date {
        patient["extension"] =
            json!([{"url": "https://perilink.example/fhir/due-date", "valueDate": due.to_string()}]);
    }

    let authored = r.created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let reasons: Vec<Value> = r
        .reasons
        .split_whitespace()
        .map(|reason| json!({"text": reason.replace('_', " ")}))
        .collect();
    let mut service_request = json!({
        "resourceType": "ServiceRequest",
        "id": r.id,
        "status": service_request_status(status),
        "intent": "order",
        "code": {"coding": [{"system": SNOMED, "code": REFERRAL_TO_SOCIAL_PRESCRIBING, "display": "Referral to social prescribing service"}]},
        "subject": {"reference": format!("Patient/{}", m.id)},
        "authoredOn": authored,
        "requester": {"display": referrer.map(|u| u.display_name).unwrap_or_default()},
        "performer": [{"display": title.text}],
        "reasonCode": reasons
    });
    if let Some(what_matters) = &r.what_matters {
        service_request["note"] = json!([{"text": format!("What matters to her: {what_matters}")}]);
    }

    let mut task = json!({
        "resourceType": "Task",
        "id": format!("{}-task", r.id),
        "status": status.fhir_task_status(),
        "intent": "order",
        "businessStatus": {"text": status.as_str()},
        "focus": {"reference": format!("ServiceRequest/{}", r.id)},
        "for": {"reference": format!("Patient/{}", m.id)},
        "authoredOn": authored,
        "lastModified": r.updated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    });
    if status == ReferralStatus::Declined && r.declined_by.as_deref() == Some("mother") {
        let declined = json!({"coding": [{"system": SNOMED, "code": SOCIAL_PRESCRIBING_DECLINED, "display": "Social prescribing declined"}]});
        task["statusReason"] = declined.clone();
        if let Some(codings) = service_request["code"]["coding"].as_array_mut() {
            codings.push(declined["coding"][0].clone());
        }
    } else if let Some(reason) = &r.decline_reason {
        task["statusReason"] = json!({"text": reason});
    }

    let entry = |resource: Value| {
        let url = format!("urn:uuid:{}", resource["id"].as_str().unwrap_or_default());
        json!({"fullUrl": url, "resource": resource})
    };
    Ok(json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "entry": [entry(patient), entry(service_request), entry(task)]
    }))
}

/// A screening as FHIR R4: a QuestionnaireResponse with each item's scored value,
/// and an Observation with the total, `derivedFrom` the response.
pub fn screening_bundle(s: &crate::entity::screening::Model) -> Result<Value, sea_orm::DbErr> {
    use perilink_shared::screening::Instrument;
    let instrument: Instrument = column(&s.instrument, "screenings", "instrument", &s.id)?;
    let codes: Vec<Value> = match instrument {
        Instrument::Epds => vec![
            json!({"system": SNOMED, "code": "450320001", "display": "Edinburgh postnatal depression scale score"}),
            json!({"system": "http://loinc.org", "code": "71354-5", "display": "Edinburgh Postnatal Depression Scale [EPDS]"}),
        ],
        Instrument::Phq9 => vec![
            json!({"system": SNOMED, "code": "720433000", "display": "Patient Health Questionnaire Nine Item score"}),
            json!({"system": "http://loinc.org", "code": "44261-6", "display": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"}),
        ],
        Instrument::Whooley => vec![
            json!({"system": SNOMED, "code": "803351000000106", "display": "Whooley depression screen score"}),
        ],
        Instrument::Gad2 => vec![],
    };
    let taken = s.taken_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let answers: Vec<&str> = s.answers.split(',').collect();
    let items: Vec<Value> = s
        .item_scores
        .split(',')
        .enumerate()
        .map(|(i, scored)| {
            json!({
                "linkId": (i + 1).to_string(),
                "answer": [{
                    "valueInteger": scored.parse::<i64>().unwrap_or(0),
                    "extension": [{"url": "https://perilink.example/fhir/option-index", "valueInteger": answers.get(i).and_then(|a| a.parse::<i64>().ok()).unwrap_or(0)}]
                }]
            })
        })
        .collect();
    let response_id = format!("{}-response", s.id);
    let response = json!({
        "resourceType": "QuestionnaireResponse",
        "id": response_id,
        "questionnaire": format!("https://perilink.example/fhir/Questionnaire/{}", instrument.as_str()),
        "status": "completed",
        "subject": {"reference": format!("Patient/{}", s.mother_id)},
        "authored": taken,
        "language": s.language,
        "item": items
    });
    let mut code = json!({"text": instrument.version()});
    if !codes.is_empty() {
        code["coding"] = Value::Array(codes);
    }
    let observation = json!({
        "resourceType": "Observation",
        "id": s.id,
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}]}],
        "code": code,
        "subject": {"reference": format!("Patient/{}", s.mother_id)},
        "effectiveDateTime": taken,
        "valueInteger": s.total,
        "interpretation": [{"text": s.band}],
        "derivedFrom": [{"reference": format!("QuestionnaireResponse/{response_id}")}]
    });
    Ok(json!({
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"fullUrl": format!("urn:uuid:{response_id}"), "resource": response},
            {"fullUrl": format!("urn:uuid:{}", s.id), "resource": observation}
        ]
    }))
}
