//! The widget's components, one per file (a view function where a part has
//! no state or hooks of its own): props down, actions up through the
//! context (`crate::context`); the widget's root (`app`, `widget`) calls the
//! edge's hooks (`crate::web::effects`). The top layer: the build renders
//! these natively, the browser hydrates them.

pub mod answer_key;
pub mod app;
pub mod check_yourself;
pub mod checklist;
pub mod checklist_item;
pub mod choice_question;
pub mod citation;
pub mod course_packages;
pub mod dom_ids;
pub mod embed_code;
pub mod handout;
pub mod interpretation;
pub mod language_switch;
pub mod masthead;
pub mod ordering_question;
pub mod page_contents;
pub mod phase_panel;
pub mod platform_notice;
pub mod progress_summary;
pub mod question_props;
pub mod quiz_feedback;
pub mod recording_routes;
pub mod reset_control;
pub mod storage_notice;
pub mod supports;
pub mod teacher_link;
pub mod teacher_page;
pub mod timeline;
pub mod update_prompt;
pub mod widget;
pub mod your_work;
