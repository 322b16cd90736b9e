//! Shared helpers for the native tests of stored and exported records:
//! reading hand-written text the way the browser does, and stamps by id.
#![allow(dead_code)]

use value_governance_explorer::domain::stamps::Stamps;
use value_governance_explorer::formats::record::{read, NotARecord, Read, Record};

/// Reads stored or exported text the way the browser does (`storage::read`).
pub fn parsed(raw: &str) -> Result<Read, NotARecord> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|_| NotARecord)?;
    read(&value)
}

/// The record in stored or exported text.
pub fn record_of(raw: &str) -> Record {
    parsed(raw).unwrap().record
}

/// Stamps from `(item id, time)` pairs.
pub fn stamps(pairs: &[(&'static str, f64)]) -> Stamps {
    Stamps::from_pairs(pairs.iter().copied())
}
