//! The edge: everything that touches the browser. Effects (the hooks the
//! widget calls after a render), `localStorage`, the course platform's
//! SCORM API, the service worker and the crash box. The build-time render
//! never reaches any of it.

pub mod browser;
pub mod crash;
pub(crate) mod effects;
pub mod local_storage;
pub mod offline;
pub mod paced;
pub mod places;
pub mod record_json;
pub mod scorm_api;
