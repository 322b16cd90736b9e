//! The widget's components, one per file.

pub mod app;
pub mod check_yourself;
pub mod checklist;
pub mod checklist_item;
pub mod choice_question;
pub mod citation;
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
pub mod reset_control;
pub mod storage_notice;
pub mod supports;
pub mod timeline;
pub mod update_prompt;
pub mod widget;
pub mod your_work;
