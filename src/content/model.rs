// The shape of a content file (`en.toml`, `zh.toml`), written once and
// expanded twice: `source.rs` (build script and native tests) defines
// `content_model!` to make owned, deserializable, validatable types;
// `content.rs` (the app) defines it to make `&'static` types that the build
// script fills with validated text. Field meanings are documented in README.

content_model! {
    /// One language's complete content.
    pub struct Content {
        pub language: Language,
        pub ui: Ui,
        pub citation: Citation,
        pub phases: List<Phase>,
        pub shifts: List<Shift>,
        pub groups: List<Group>,
        pub items: List<Item>,
        pub supports: List<Support>,
        pub questions: List<Question>,
    }

    /// How the language names itself and how its text is marked up.
    pub struct Language {
        pub code: Text,
        pub html_lang: Text,
        pub name: Text,
        pub other_html_lang: Text,
    }

    /// Every interface string that is not part of the paper's content.
    pub struct Ui {
        pub page_title: Text,
        pub app_title: Text,
        pub app_subtitle: Text,
        pub intro: Text,
        pub interpretation_label: Text,
        pub interpretation_note: Text,
        pub contents_label: Text,
        pub timeline_heading: Text,
        pub timeline_intro: Text,
        pub tablist_label: Text,
        pub phase_number: Text,
        pub ongoing_badge: Text,
        pub goal_heading: Text,
        pub shift_in_heading: Text,
        pub shift_out_heading: Text,
        pub ongoing_heading: Text,
        pub no_dates_note: Text,
        pub checklist_heading: Text,
        pub checklist_intro: Text,
        pub explain: Text,
        pub progress_core: Text,
        pub progress_all: Text,
        pub reset: Text,
        pub reset_done: Text,
        pub undo: Text,
        pub supports_heading: Text,
        pub supports_intro: Text,
        pub citation_heading: Text,
        pub storage_unavailable: Text,
        pub storage_unavailable_framed: Text,
        pub storage_unavailable_package: Text,
        pub storage_open_tab: Text,
        pub storage_unreadable: Text,
        pub storage_damaged: Text,
        pub storage_newer: Text,
        pub update_ready: Text,
        pub update_reload: Text,
        pub crash_message: Text,
        pub crash_reload: Text,
        pub note_label: Text,
        pub note_marker: Text,
        pub note_print_label: Text,
        pub work_heading: Text,
        pub work_intro: Text,
        pub download: Text,
        pub copy: Text,
        pub copied: Text,
        pub copy_failed: Text,
        pub import_label: Text,
        pub import_confirm: Text,
        pub import_replace: Text,
        pub import_cancel: Text,
        pub import_done: Text,
        pub import_done_partial: Text,
        pub import_bad: Text,
        pub print: Text,
        pub print_checked: Text,
        pub print_unchecked: Text,
        pub export_title: Text,
        pub exported_on: Text,
        pub export_data_heading: Text,
        pub export_data_note: Text,
        pub page_description: Text,
        pub app_short_name: Text,
        pub static_note: Text,
        pub quiz_heading: Text,
        pub quiz_intro: Text,
        pub quiz_kind_order: Text,
        pub quiz_kind_single: Text,
        pub quiz_kind_multiple: Text,
        pub quiz_move_up: Text,
        pub quiz_move_down: Text,
        pub quiz_moved: Text,
        pub quiz_check: Text,
        pub quiz_retry: Text,
        pub quiz_score: Text,
        pub quiz_passed: Text,
        pub quiz_failed: Text,
        pub quiz_right: Text,
        pub quiz_wrong: Text,
        pub quiz_unanswered: Text,
        pub quiz_your_answer: Text,
        pub quiz_read_more: Text,
        pub quiz_not_attempted: Text,
        pub platform_failing: Text,
        pub platform_notes_local: Text,
        pub work_intro_package: Text,
        pub work_kept: Text,
        pub work_kept_package: Text,
        pub teacher_link: Text,
    }

    /// The paper, as it is cited in the widget.
    pub struct Citation {
        pub separator: Text,
        pub author: Text,
        pub title: Text,
        pub journal: Text,
        pub year: Text,
        pub issue: Text,
        pub pages: Text,
        pub note: Text,
    }

    /// One goal phase on the timeline, in historical order.
    pub struct Phase {
        pub id: Text,
        pub name: Text,
        pub term: Text,
        pub ongoing: bool,
        pub goal: Text,
        pub reading: Option<Text>,
        pub ongoing_text: Option<Text>,
    }

    /// What the paper says about the move from one phase to the next; a cause
    /// only where the abstract gives one (README, "Faithfulness rules").
    pub struct Shift {
        pub from: Text,
        pub to: Text,
        pub label: Text,
        pub text: Text,
    }

    /// A group of checklist items, in the order the paper's frame gives.
    pub struct Group {
        pub id: Text,
        pub heading: Text,
        pub intro: Text,
        pub core: bool,
    }

    /// One checklist item.
    pub struct Item {
        pub id: Text,
        pub group: Text,
        pub label: Text,
        pub term: Text,
        pub explanation: Text,
        pub reading: Option<Text>,
    }

    /// One of the three organizational supports the paper names.
    pub struct Support {
        pub id: Text,
        pub name: Text,
        pub term: Text,
        pub explanation: Text,
    }

    /// One question of "Check yourself", answerable from the abstract.
    pub struct Question {
        pub id: Text,
        // `order` (put the choices in order), `single` (one answer) or
        // `multiple` (every right answer, and none of the others).
        pub kind: Text,
        pub prompt: Text,
        pub choices: List<Choice>,
        // The right choice ids; for `order`, every choice id in the right order.
        pub answer: List<Text>,
        // One sentence on why, shown once the learner has checked.
        pub why: Text,
        // Where the answer is in the widget: a phase id or an item id (one
        // of the two).
        pub phase: Option<Text>,
        pub item: Option<Text>,
    }

    /// One choice of a question. Without a label, the id names a phase or a
    /// checklist item, whose name is shown (one source for the words).
    pub struct Choice {
        pub id: Text,
        pub label: Option<Text>,
    }

    /// The page for teachers (`teach.html`): its own file per language
    /// (`en-teacher.toml`), compiled into statics of its own, so the
    /// learner's wasm carries none of it.
    pub struct Teacher {
        pub page_title: Text,
        pub page_description: Text,
        pub heading: Text,
        pub intro: Text,
        pub back_link: Text,
        pub routes_heading: Text,
        pub route_link: Text,
        pub route_embed: Text,
        pub route_package: Text,
        pub routes_private: Text,
        pub embed_heading: Text,
        pub embed_intro: Text,
        pub embed_limits: Text,
        pub embed_view_label: Text,
        pub embed_view_hint: Text,
        pub embed_start_label: Text,
        pub embed_start_default: Text,
        pub view_all: Text,
        pub view_timeline: Text,
        pub view_checklist: Text,
        pub view_check: Text,
        pub embed_code_label: Text,
        pub embed_copy: Text,
        pub embed_copied: Text,
        // Where the clipboard cannot be written (a page served over plain
        // http from another host than localhost): the code is selected.
        pub embed_copy_manual: Text,
        // The link that ends the code, shown where a platform removed the
        // frame, and its note on this page.
        pub embed_fallback: Text,
        pub embed_fallback_note: Text,
        pub paste_heading: Text,
        pub paste_steps: List<Text>,
        pub scorm_heading: Text,
        pub scorm_intro: Text,
        pub scorm_choose: Text,
        pub scorm_12: Text,
        pub scorm_2004: Text,
        pub moodle_heading: Text,
        pub moodle_steps: List<Text>,
        pub canvas_heading: Text,
        pub canvas_steps: List<Text>,
        pub other_platforms: Text,
        pub key_heading: Text,
        pub key_intro: Text,
        pub key_answer: Text,
        pub key_print: Text,
    }
}
