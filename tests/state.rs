//! The reducer: selecting phases, ticking, notes, reset and undo, restoring,
//! importing, storage status.
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::page::{Page, View};
use value_governance_explorer::domain::phase::Phase;
use value_governance_explorer::domain::work::{Work, NOTE_MAX_CHARS};
use value_governance_explorer::formats::record::StorageTrouble;
use value_governance_explorer::state::{
    Action, Arrival, ImportAction, Imported, PhaseMove, State, StatusAction, WorkAction,
};

/// The phase at this position (0: unity goals).
fn phase(position: usize) -> Phase {
    Phase::at(position).unwrap()
}

fn fresh() -> State {
    State::new(Page::default())
}

/// Work read from a file with nothing left out.
fn whole(work: &Work) -> Imported {
    Imported {
        work: work.clone(),
        left_out: Vec::new(),
    }
}

fn ticked(state: &State) -> Vec<&'static str> {
    state.learner.work.ids().collect()
}

#[test]
fn selecting_a_phase_shows_it() {
    let state = fresh().apply(Action::SelectPhase(phase(2)));
    assert_eq!(state.phase, phase(2));
}

#[test]
fn a_page_starts_as_built_and_arrival_brings_what_only_the_browser_knows() {
    let page = Page::embed(Lang::Zh, View::Timeline);
    let built = State::new(page);
    assert!(!built.live);
    assert_eq!(
        (built.lang(), built.page.is_embed(), built.page.view()),
        (Lang::Zh, true, View::Timeline)
    );
    assert_eq!(built.page, page);
    assert!(built.learner.work.is_empty());
    let arrived = built.apply(Action::Arrive(Arrival {
        phase: Some(phase(2)),
        work: Work::from_ids(["values"]),
        trouble: Some(StorageTrouble::Newer),
        platform: true,
        painted: Work::default(),
        hydrated: Work::default(),
    }));
    assert!(arrived.live);
    assert!(arrived.status.platform, "a course platform keeps the work");
    assert_eq!(arrived.phase, phase(2));
    assert_eq!(arrived.page.view(), View::Timeline, "the page's view");
    assert!(arrived.learner.work.is_checked("values"));
    assert_eq!(arrived.status.storage, Some(StorageTrouble::Newer));
}

/// The ticks on arrival, when the boot script painted `painted`, the wasm
/// took the page over showing `shown`, the learner then toggled `toggled`,
/// and the saved work is `saved`.
fn arrive_after(
    painted: &[&'static str],
    shown: &[&'static str],
    toggled: &[&'static str],
    saved: &[&'static str],
) -> Vec<&'static str> {
    let hydrated = Work::from_ids(shown.iter().copied());
    let mut state = State::shown(Page::default(), phase(0), hydrated.clone());
    for &id in toggled {
        state = state.apply(Action::Work(WorkAction::Toggle(id)));
    }
    let arrived = state.apply(Action::Arrive(Arrival {
        work: Work::from_ids(saved.iter().copied()),
        painted: Work::from_ids(painted.iter().copied()),
        hydrated,
        ..Arrival::default()
    }));
    ticked(&arrived)
}

fn arrive_with(
    painted: &[&'static str],
    shown: &[&'static str],
    saved: &[&'static str],
) -> Vec<&'static str> {
    arrive_after(painted, shown, &[], saved)
}

#[test]
fn a_box_changed_between_hydration_and_arrival_stays_as_the_learner_left_it() {
    // The page hydrated showing cohesion (painted); before the arrival was
    // applied the learner ticked values and unticked cohesion.
    assert_eq!(
        arrive_after(
            &["cohesion"],
            &["cohesion"],
            &["values", "cohesion"],
            &["cohesion", "absorption"]
        ),
        ["absorption", "values"]
    );
}

#[test]
fn a_box_ticked_before_the_wasm_and_unticked_after_stays_unticked() {
    // A package page paints nothing; the saved work has values too.
    assert_eq!(
        arrive_after(&[], &["values"], &["values"], &["values", "cohesion"]),
        ["cohesion"]
    );
    // Ticked early, taken back after hydration, ticked again: ticked.
    assert_eq!(
        arrive_after(&[], &["values"], &["values", "values"], &["cohesion"]),
        ["cohesion", "values"]
    );
}

#[test]
fn a_reset_between_hydration_and_arrival_clears_what_was_shown() {
    let hydrated = Work::from_ids(["values"]);
    let state = State::shown(Page::default(), phase(0), hydrated.clone())
        .apply(Action::Work(WorkAction::Reset));
    let arrived = state.apply(Action::Arrive(Arrival {
        work: Work::from_ids(["values"]),
        painted: Work::default(),
        hydrated,
        ..Arrival::default()
    }));
    assert!(ticked(&arrived).is_empty());
}

#[test]
fn a_box_ticked_before_the_wasm_started_is_kept_with_the_saved_work() {
    // Painted cohesion; the learner ticked values before the wasm.
    assert_eq!(
        arrive_with(&["cohesion"], &["cohesion", "values"], &["cohesion"]),
        ["cohesion", "values"]
    );
    // Nothing painted (a package page, or no hint): the early tick too.
    assert_eq!(
        arrive_with(&[], &["values"], &["cohesion"]),
        ["cohesion", "values"]
    );
}

#[test]
fn a_painted_tick_the_learner_took_back_before_the_wasm_started_stays_off() {
    assert_eq!(
        arrive_with(
            &["cohesion", "values"],
            &["absorption", "cohesion"],
            &["cohesion", "values"]
        ),
        ["absorption", "cohesion"]
    );
}

#[test]
fn a_box_the_learner_left_alone_is_as_saved_even_if_saved_since_the_paint() {
    // Another tab saved absorption after this page was painted.
    assert_eq!(
        arrive_with(&["cohesion"], &["cohesion"], &["absorption", "cohesion"]),
        ["absorption", "cohesion"]
    );
}

#[test]
fn a_phase_is_one_of_the_contents_three_or_none() {
    // Positions and ids the content lacks make no phase, so no state can
    // point past the timeline (an address, a record, a host's message).
    assert_eq!(Phase::at(3), None);
    assert_eq!(Phase::from_id("nope"), None);
    let ids: Vec<&str> = Phase::all().map(Phase::id).collect();
    assert_eq!(ids, ["unity", "interest", "comprehensive"]);
}

#[test]
fn arrow_moves_wrap_and_home_end_jump() {
    assert_eq!(phase(0).moved(PhaseMove::Previous), phase(2));
    assert_eq!(phase(0).moved(PhaseMove::Next), phase(1));
    assert_eq!(phase(0).moved(PhaseMove::Last), phase(2));
    assert_eq!(phase(2).moved(PhaseMove::Next), phase(0));
    assert_eq!(phase(2).moved(PhaseMove::First), phase(0));
    assert_eq!(phase(1).moved(PhaseMove::Previous), phase(0));
}

#[test]
fn toggling_ticks_and_unticks_known_items_only() {
    let state = fresh()
        .apply(Action::Work(WorkAction::Toggle("operation")))
        .apply(Action::Work(WorkAction::Toggle("absorption")));
    assert_eq!(ticked(&state), ["absorption", "operation"]);
    let state = state.apply(Action::Work(WorkAction::Toggle("operation")));
    assert_eq!(ticked(&state), ["absorption"]);
    assert_eq!(
        ticked(&state.apply(Action::Work(WorkAction::Toggle("no-such-item")))),
        ["absorption"]
    );
}

#[test]
fn reset_clears_and_undo_brings_everything_back() {
    let state = fresh()
        .apply(Action::Work(WorkAction::Toggle("cohesion")))
        .apply(Action::Work(WorkAction::Toggle("values")));
    let cleared = state.apply(Action::Work(WorkAction::Reset));
    assert!(cleared.learner.work.is_empty());
    assert!(cleared.learner.undo.is_some());
    let undone = cleared.apply(Action::Work(WorkAction::Undo));
    assert_eq!(ticked(&undone), ["cohesion", "values"]);
    assert!(undone.learner.undo.is_none());
}

#[test]
fn a_tick_after_reset_ends_the_chance_to_undo() {
    let state = fresh()
        .apply(Action::Work(WorkAction::Toggle("cohesion")))
        .apply(Action::Work(WorkAction::Reset))
        .apply(Action::Work(WorkAction::Toggle("values")));
    assert!(state.learner.undo.is_none());
    assert_eq!(
        ticked(&state.apply(Action::Work(WorkAction::Undo))),
        ["values"]
    );
}

#[test]
fn resetting_nothing_offers_no_undo() {
    assert!(fresh()
        .apply(Action::Work(WorkAction::Reset))
        .learner
        .undo
        .is_none());
}

#[test]
fn restore_replaces_the_work_and_drops_unknown_ids() {
    let restored = Work::from_ids(["values", "bogus", "<script>", "operation"]);
    let state = fresh()
        .apply(Action::Work(WorkAction::Toggle("cohesion")))
        .apply(Action::Work(WorkAction::Restore(restored)));
    assert_eq!(ticked(&state), ["operation", "values"]);
}

#[test]
fn the_first_storage_notice_stays() {
    let state = fresh()
        .apply(Action::Status(StatusAction::Storage(
            StorageTrouble::Unreadable,
        )))
        .apply(Action::Status(StatusAction::Storage(
            StorageTrouble::Unavailable,
        )));
    assert_eq!(state.status.storage, Some(StorageTrouble::Unreadable));
}

#[test]
fn switching_language_keeps_phase_and_work() {
    let state = fresh()
        .apply(Action::SelectPhase(phase(1)))
        .apply(Action::Work(WorkAction::Toggle("operation")));
    let switched = state.apply(Action::SetLang(Lang::Zh));
    assert_eq!(switched.lang(), Lang::Zh);
    assert_eq!(switched.phase, phase(1));
    assert_eq!(ticked(&switched), ["operation"]);
}

#[test]
fn notes_are_set_replaced_and_removed_when_blank() {
    let state = fresh().apply(Action::Work(WorkAction::SetNote("values", "first".into())));
    assert_eq!(state.learner.work.note("values"), "first");
    let state = state.apply(Action::Work(WorkAction::SetNote("values", "second".into())));
    assert_eq!(state.learner.work.note("values"), "second");
    let state = state.apply(Action::Work(WorkAction::SetNote("values", "  \n ".into())));
    assert_eq!(state.learner.work.note("values"), "");
    assert_eq!(
        state
            .apply(Action::Work(WorkAction::SetNote("bogus", "x".into())))
            .learner
            .work
            .note_count(),
        0
    );
}

#[test]
fn long_notes_are_cut_at_the_limit() {
    let long = "字".repeat(NOTE_MAX_CHARS + 10);
    let state = fresh().apply(Action::Work(WorkAction::SetNote("values", long)));
    assert_eq!(
        state.learner.work.note("values").chars().count(),
        NOTE_MAX_CHARS
    );
}

#[test]
fn reset_keeps_notes_and_undo_restores_ticks() {
    let state = fresh()
        .apply(Action::Work(WorkAction::Toggle("values")))
        .apply(Action::Work(WorkAction::SetNote("values", "mine".into())));
    let cleared = state.apply(Action::Work(WorkAction::Reset));
    assert_eq!(ticked(&cleared), Vec::<&str>::new());
    assert_eq!(cleared.learner.work.note("values"), "mine");
    assert_eq!(
        cleared.apply(Action::Work(WorkAction::Undo)).learner.work,
        state.learner.work
    );
}

#[test]
fn an_import_into_empty_work_applies_at_once() {
    use value_governance_explorer::state::ImportOutcome;
    let imported = Work::from_ids(["values"]).with_notes([("values", "n")]);
    let state = fresh().apply(Action::Import(ImportAction::Read(whole(&imported))));
    assert_eq!(state.learner.work, imported);
    assert_eq!(state.import.pending, None);
    assert_eq!(
        state.import.outcome,
        Some(ImportOutcome::Done {
            checked: 1,
            notes: 1,
            left_out: 0
        })
    );
}

#[test]
fn an_import_with_parts_left_out_says_how_many() {
    use value_governance_explorer::state::ImportOutcome;
    let imported = Imported {
        work: Work::from_ids(["values"]),
        left_out: vec!["notes.values".to_owned(), "quiz".to_owned()],
    };
    let state = fresh().apply(Action::Import(ImportAction::Read(imported)));
    assert!(state.learner.work.is_checked("values"));
    assert_eq!(
        state.import.outcome,
        Some(ImportOutcome::Done {
            checked: 1,
            notes: 0,
            left_out: 2
        })
    );
}

#[test]
fn an_import_over_existing_work_waits_for_confirmation() {
    let imported = Work::from_ids(["values"]);
    let mine = fresh().apply(Action::Work(WorkAction::Toggle("cohesion")));
    let waiting = mine.apply(Action::Import(ImportAction::Read(whole(&imported))));
    assert_eq!(
        waiting.learner.work, mine.learner.work,
        "nothing replaced yet"
    );
    assert_eq!(waiting.import.pending, Some(whole(&imported)));
    assert_eq!(
        waiting
            .apply(Action::Import(ImportAction::Cancel))
            .learner
            .work,
        mine.learner.work
    );
    let confirmed = waiting.apply(Action::Import(ImportAction::Confirm));
    assert_eq!(confirmed.learner.work, imported);
    assert_eq!(confirmed.import.pending, None);
}

#[test]
fn a_failed_import_changes_nothing() {
    use value_governance_explorer::state::ImportOutcome;
    let mine = fresh().apply(Action::Work(WorkAction::Toggle("cohesion")));
    let failed = mine.apply(Action::Import(ImportAction::Failed));
    assert_eq!(failed.learner.work, mine.learner.work);
    assert_eq!(failed.import.outcome, Some(ImportOutcome::Failed));
}

#[test]
fn a_working_save_takes_back_only_the_unavailable_notice() {
    let blocked = fresh().apply(Action::Status(StatusAction::Storage(
        StorageTrouble::Unavailable,
    )));
    assert_eq!(
        blocked
            .apply(Action::Status(StatusAction::StorageWorks))
            .status
            .storage,
        None
    );
    let newer = fresh().apply(Action::Status(StatusAction::Storage(StorageTrouble::Newer)));
    assert_eq!(
        newer
            .apply(Action::Status(StatusAction::StorageWorks))
            .status
            .storage,
        Some(StorageTrouble::Newer)
    );
}
