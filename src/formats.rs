//! The formats the widget reads and writes, each encoded and decoded by
//! pure functions that native tests run on old inputs too: the stored
//! record (`record`), the course platform's suspend data (`suspend_data`)
//! and the CMI elements it is written with (`cmi`), the export file
//! (`export`), the messages to and from a host page and the embed code
//! (`embed`), the boot script's paint hint (`paint_hint`), and the two
//! small tools they share (`html` escaping, `json` reading).
//! Uses `content` and `domain`.

pub mod cmi;
pub mod embed;
pub mod export;
pub mod html;
pub mod json;
pub mod paint_hint;
pub mod record;
pub mod suspend_data;
