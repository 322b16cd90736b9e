//! Saved progress: one namespaced key in `localStorage` holding a versioned
//! JSON record. Reading and writing cope with storage that is missing,
//! blocked, full, corrupt or written by a newer version; the widget then keeps
//! working in memory and the caller shows a notice.
//!
//! The record's meaning (`interpret`) is pure and tested natively; only the
//! last step, talking to the browser, needs web APIs.

use crate::state::{Progress, StorageNotice};
use serde::{Deserialize, Serialize};

/// The one key the widget writes.
pub const KEY: &str = "value-governance-explorer:progress";
/// Where an unreadable record is moved so that nothing is silently lost.
pub const UNREADABLE_KEY: &str = "value-governance-explorer:progress:unreadable";
/// The record version this build writes.
pub const VERSION: u32 = 1;

/// The stored record, as JSON: `{"version":1,"checked":["absorption"]}`.
/// Unknown fields are allowed so that newer versions can add some.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub version: u32,
    #[serde(default)]
    pub checked: Vec<String>,
}

impl Record {
    pub fn of(progress: &Progress) -> Self {
        Record {
            version: VERSION,
            checked: progress.ids().map(str::to_owned).collect(),
        }
    }
}

/// What a load found.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub progress: Progress,
    pub notice: Option<StorageNotice>,
    /// False when the record must be left alone (a newer version's).
    pub writable: bool,
}

/// Makes sense of what was stored: `None` when nothing was, `Err` when it
/// was not a record at all.
pub fn interpret<E>(record: Option<Result<Record, E>>) -> Loaded {
    match record {
        None => Loaded {
            progress: Progress::default(),
            notice: None,
            writable: true,
        },
        Some(Err(_)) => Loaded {
            progress: Progress::default(),
            notice: Some(StorageNotice::Unreadable),
            writable: true,
        },
        Some(Ok(record)) if record.version > VERSION => Loaded {
            progress: Progress::from_ids(record.checked.iter().map(String::as_str)),
            notice: Some(StorageNotice::Newer),
            writable: false,
        },
        Some(Ok(record)) => Loaded {
            progress: Progress::from_ids(record.checked.iter().map(String::as_str)),
            notice: None,
            writable: true,
        },
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use wasm_bindgen::JsValue;

    fn local_storage() -> Option<web_sys::Storage> {
        // Sandboxed frames and blocked storage throw here; treat as absent.
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// Parses a stored string into a record.
    pub fn decode(raw: &str) -> Result<Record, JsValue> {
        let value = js_sys::JSON::parse(raw)?;
        serde_wasm_bindgen::from_value(value).map_err(JsValue::from)
    }

    fn encode(progress: &Progress) -> Option<String> {
        let value = serde_wasm_bindgen::to_value(&Record::of(progress)).ok()?;
        js_sys::JSON::stringify(&value).ok()?.as_string()
    }

    /// Loads saved progress; never fails, reporting trouble as a notice.
    pub fn load() -> Loaded {
        let Some(storage) = local_storage() else {
            return Loaded {
                progress: Progress::default(),
                notice: Some(StorageNotice::Unavailable),
                writable: true,
            };
        };
        let raw = match storage.get_item(KEY) {
            Ok(raw) => raw,
            Err(_) => {
                return Loaded {
                    progress: Progress::default(),
                    notice: Some(StorageNotice::Unavailable),
                    writable: true,
                }
            }
        };
        let loaded = interpret(raw.as_deref().map(decode));
        if loaded.notice == Some(StorageNotice::Unreadable) {
            if let Some(raw) = raw {
                // Keep the unreadable text aside before it can be overwritten.
                let _ = storage.set_item(UNREADABLE_KEY, &raw);
            }
        }
        loaded
    }

    /// Saves progress; `Err` means the browser refused.
    pub fn save(progress: &Progress) -> Result<(), StorageNotice> {
        let storage = local_storage().ok_or(StorageNotice::Unavailable)?;
        let text = encode(progress).ok_or(StorageNotice::Unavailable)?;
        storage
            .set_item(KEY, &text)
            .map_err(|_| StorageNotice::Unavailable)
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{decode, load, save};
