//! `localStorage`, where the web widget keeps the learner's work and a
//! package page its backup: the only code that touches it. What a record
//! means is `formats::record`'s, tested natively.

use crate::formats::record::{interpret, Loaded, Record, StorageTrouble, UNREADABLE_KEY};
use crate::web::record_json::{decode, encode};

fn local_storage() -> Option<web_sys::Storage> {
    // Sandboxed frames and blocked storage throw here; treat as absent.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Loads the record under `key` ([`crate::formats::record::KEY`], or a package's backup's:
/// `backup::key`); never fails, reporting trouble as a notice.
pub fn load(key: &str) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::empty(Some(StorageTrouble::Unavailable));
    };
    let Ok(raw) = storage.get_item(key) else {
        return Loaded::empty(Some(StorageTrouble::Unavailable));
    };
    let loaded = interpret(raw.as_deref().map(decode));
    let set_aside = [StorageTrouble::Unreadable, StorageTrouble::Damaged];
    if loaded
        .notice
        .is_some_and(|notice| set_aside.contains(&notice))
    {
        if let Some(raw) = raw {
            // Keep the text aside before it can be overwritten.
            let _ = storage.set_item(UNREADABLE_KEY, &raw);
        }
    }
    loaded
}

/// Removes what is stored under `key`, if the browser lets it.
pub fn forget(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Saves a record under `key`; `Err` means the browser refused.
pub fn save(key: &str, record: &Record) -> Result<(), StorageTrouble> {
    let storage = local_storage().ok_or(StorageTrouble::Unavailable)?;
    let text = encode(record).ok_or(StorageTrouble::Unavailable)?;
    storage
        .set_item(key, &text)
        .map_err(|_| StorageTrouble::Unavailable)
}
