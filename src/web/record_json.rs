//! A record as JSON text, in the browser: parsed and written by the
//! browser's own `JSON` (no JSON parser in the wasm), read in parts by
//! `formats::record::read`. For `localStorage`, exports and imports alike.

use crate::formats::record::{read, NotARecord, Read, Record};
use serde::Serialize;

/// Parses JSON text and reads the record in it.
pub fn decode(raw: &str) -> Result<Read, NotARecord> {
    let value = js_sys::JSON::parse(raw).map_err(|_| NotARecord)?;
    read(&value)
}

/// Writes a record as JSON text.
pub fn encode(record: &Record) -> Option<String> {
    // JSON-compatible: maps become plain objects, not ES Maps.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = record.serialize(&serializer).ok()?;
    js_sys::JSON::stringify(&value).ok()?.as_string()
}
