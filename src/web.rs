//! The edge: everything that touches the browser. Effects (the hooks the
//! widget calls after a render), the places the work is kept (`places`: a
//! `localStorage` record and the course platform, over `local_storage`,
//! `record_json` and the platform's SCORM API, `scorm_api`), the service
//! worker (`offline`), the crash box, small wrappers that never throw
//! (`browser`) and elements added a few a task (`paced`). The build-time
//! render never reaches any of it.

pub mod browser;
pub mod crash;
pub(crate) mod effects;
pub mod local_storage;
pub mod offline;
pub mod paced;
pub mod places;
pub mod record_json;
pub mod scorm_api;
