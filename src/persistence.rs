//! Where the learner's work is kept and who wins when two sides disagree,
//! as pure functions: the engine that keeps the work in a place and its
//! one trait (`keeping`), the merge of two sides' work item by item, the
//! later change winning (`merge`), and a course package's backup, which
//! carries only what the platform has not confirmed (`backup`). The places
//! themselves touch the browser and live in `web::places`.
//! Uses `content`, `domain` and `formats`.

pub mod backup;
pub mod keeping;
pub mod merge;
