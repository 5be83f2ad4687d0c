//! Open Referral UK responses, validated against the ORUK v3 schemas.
