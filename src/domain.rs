//! The domain: what the widget is about, as plain data and pure functions
//! over the content. The learner's work (`work`), the questions' answers,
//! marks and score (`quiz`), when each part of it last
//! changed (`stamps`), a goal phase of the timeline (`phase`), the pages the build writes and the layout
//! each one has (`page`), and what an address asks for (`address`).
//! Uses only `content`; everything else builds on it.

pub mod address;
pub mod page;
pub mod phase;
pub mod quiz;
pub mod stamps;
pub mod work;
