//! The reducer: selecting phases, ticking, reset and undo, restoring.
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::content::Lang;
use value_governance_explorer::page::{Page, View};
use value_governance_explorer::state::{
    Action, Arrival, PhaseMove, Progress, State, StorageTrouble,
};

fn fresh() -> State {
    State::new(Page::default())
}

fn ticked(state: &State) -> Vec<&'static str> {
    state.progress.ids().collect()
}

#[test]
fn selecting_a_phase_shows_it_and_out_of_range_is_ignored() {
    let state = fresh().apply(Action::SelectPhase(2));
    assert_eq!(state.phase, 2);
    assert_eq!(state.apply(Action::SelectPhase(3)).phase, 2);
}

#[test]
fn a_page_starts_as_built_and_arrival_brings_what_only_the_browser_knows() {
    let page = Page::embed(Lang::Zh, View::Timeline);
    let built = State::new(page);
    assert!(!built.interactive);
    assert_eq!(
        (built.lang, built.embedded, built.view),
        (Lang::Zh, true, View::Timeline)
    );
    assert_eq!(built.page(), page);
    assert!(built.progress.is_empty());
    let arrived = built.apply(Action::Arrive(Arrival {
        phase: Some(2),
        progress: Progress::from_ids(["values"]),
        notice: Some(StorageTrouble::Newer),
    }));
    assert!(arrived.interactive);
    assert_eq!(arrived.phase, 2);
    assert_eq!(arrived.view, View::Timeline, "the page's view");
    assert!(arrived.progress.is_checked("values"));
    assert_eq!(arrived.notice, Some(StorageTrouble::Newer));
}

#[test]
fn an_arrival_phase_out_of_range_keeps_the_one_shown() {
    let state = fresh().apply(Action::SelectPhase(1));
    let arrived = state.apply(Action::Arrive(Arrival {
        phase: Some(7),
        ..Arrival::default()
    }));
    assert_eq!(arrived.phase, 1);
}

#[test]
fn ticks_made_before_arrival_join_the_saved_ones_and_notes_stay() {
    let saved = Progress::from_ids(["cohesion"]).with_notes([("cohesion", "mine")]);
    let early = Progress::from_ids(["values", "cohesion"]);
    let both = saved.union(&early);
    assert_eq!(both.ids().collect::<Vec<_>>(), ["cohesion", "values"]);
    assert_eq!(both.note("cohesion"), "mine");
    assert_eq!(both.minus(&early).ids().count(), 0);
    assert_eq!(both.minus(&early).note("cohesion"), "mine");
}

#[test]
fn arrow_moves_wrap_and_home_end_jump() {
    assert_eq!(PhaseMove::Previous.from(0, 3), 2);
    assert_eq!(PhaseMove::Next.from(0, 3), 1);
    assert_eq!(PhaseMove::Last.from(0, 3), 2);
    assert_eq!(PhaseMove::Next.from(2, 3), 0);
    assert_eq!(PhaseMove::First.from(2, 3), 0);
    assert_eq!(PhaseMove::Previous.from(1, 3), 0);
}

#[test]
fn toggling_ticks_and_unticks_known_items_only() {
    let state = fresh()
        .apply(Action::Toggle("operation"))
        .apply(Action::Toggle("absorption"));
    assert_eq!(ticked(&state), ["absorption", "operation"]);
    let state = state.apply(Action::Toggle("operation"));
    assert_eq!(ticked(&state), ["absorption"]);
    assert_eq!(
        ticked(&state.apply(Action::Toggle("no-such-item"))),
        ["absorption"]
    );
}

#[test]
fn reset_clears_and_undo_brings_everything_back() {
    let state = fresh()
        .apply(Action::Toggle("cohesion"))
        .apply(Action::Toggle("values"));
    let cleared = state.apply(Action::Reset);
    assert!(cleared.progress.is_empty());
    assert!(cleared.undo.is_some());
    let undone = cleared.apply(Action::Undo);
    assert_eq!(ticked(&undone), ["cohesion", "values"]);
    assert!(undone.undo.is_none());
}

#[test]
fn a_tick_after_reset_ends_the_chance_to_undo() {
    let state = fresh()
        .apply(Action::Toggle("cohesion"))
        .apply(Action::Reset)
        .apply(Action::Toggle("values"));
    assert!(state.undo.is_none());
    assert_eq!(ticked(&state.apply(Action::Undo)), ["values"]);
}

#[test]
fn resetting_nothing_offers_no_undo() {
    assert!(fresh().apply(Action::Reset).undo.is_none());
}

#[test]
fn restore_replaces_progress_and_drops_unknown_ids() {
    let restored = Progress::from_ids(["values", "bogus", "<script>", "operation"]);
    let state = fresh()
        .apply(Action::Toggle("cohesion"))
        .apply(Action::Restore(restored));
    assert_eq!(ticked(&state), ["operation", "values"]);
}

#[test]
fn the_first_storage_notice_stays() {
    let state = fresh()
        .apply(Action::Notice(StorageTrouble::Unreadable))
        .apply(Action::Notice(StorageTrouble::Unavailable));
    assert_eq!(state.notice, Some(StorageTrouble::Unreadable));
}

#[test]
fn switching_language_keeps_phase_and_progress() {
    let state = fresh()
        .apply(Action::SelectPhase(1))
        .apply(Action::Toggle("operation"));
    let switched = state.apply(Action::SetLang(Lang::Zh));
    assert_eq!(switched.lang, Lang::Zh);
    assert_eq!(switched.phase, 1);
    assert_eq!(ticked(&switched), ["operation"]);
}

#[test]
fn notes_are_set_replaced_and_removed_when_blank() {
    let state = fresh().apply(Action::SetNote("values", "first".into()));
    assert_eq!(state.progress.note("values"), "first");
    let state = state.apply(Action::SetNote("values", "second".into()));
    assert_eq!(state.progress.note("values"), "second");
    let state = state.apply(Action::SetNote("values", "  \n ".into()));
    assert_eq!(state.progress.note("values"), "");
    assert_eq!(
        state
            .apply(Action::SetNote("bogus", "x".into()))
            .progress
            .note_count(),
        0
    );
}

#[test]
fn long_notes_are_cut_at_the_limit() {
    let long = "字".repeat(value_governance_explorer::state::NOTE_MAX_CHARS + 10);
    let state = fresh().apply(Action::SetNote("values", long));
    assert_eq!(
        state.progress.note("values").chars().count(),
        value_governance_explorer::state::NOTE_MAX_CHARS
    );
}

#[test]
fn reset_keeps_notes_and_undo_restores_ticks() {
    let state = fresh()
        .apply(Action::Toggle("values"))
        .apply(Action::SetNote("values", "mine".into()));
    let cleared = state.apply(Action::Reset);
    assert_eq!(ticked(&cleared), Vec::<&str>::new());
    assert_eq!(cleared.progress.note("values"), "mine");
    assert_eq!(cleared.apply(Action::Undo).progress, state.progress);
}

#[test]
fn an_import_into_empty_work_applies_at_once() {
    use value_governance_explorer::state::ImportOutcome;
    let imported = Progress::from_ids(["values"]).with_notes([("values", "n")]);
    let state = fresh().apply(Action::ImportRead(imported.clone()));
    assert_eq!(state.progress, imported);
    assert_eq!(state.pending_import, None);
    assert_eq!(
        state.import_outcome,
        Some(ImportOutcome::Done {
            checked: 1,
            notes: 1
        })
    );
}

#[test]
fn an_import_over_existing_work_waits_for_confirmation() {
    let imported = Progress::from_ids(["values"]);
    let mine = fresh().apply(Action::Toggle("cohesion"));
    let waiting = mine.apply(Action::ImportRead(imported.clone()));
    assert_eq!(waiting.progress, mine.progress, "nothing replaced yet");
    assert_eq!(waiting.pending_import, Some(imported.clone()));
    assert_eq!(waiting.apply(Action::ImportCancel).progress, mine.progress);
    let confirmed = waiting.apply(Action::ImportConfirm);
    assert_eq!(confirmed.progress, imported);
    assert_eq!(confirmed.pending_import, None);
}

#[test]
fn a_failed_import_changes_nothing() {
    use value_governance_explorer::state::ImportOutcome;
    let mine = fresh().apply(Action::Toggle("cohesion"));
    let failed = mine.apply(Action::ImportFailed);
    assert_eq!(failed.progress, mine.progress);
    assert_eq!(failed.import_outcome, Some(ImportOutcome::Failed));
}

#[test]
fn a_working_save_takes_back_only_the_unavailable_notice() {
    let blocked = fresh().apply(Action::Notice(StorageTrouble::Unavailable));
    assert_eq!(blocked.apply(Action::StorageWorks).notice, None);
    let newer = fresh().apply(Action::Notice(StorageTrouble::Newer));
    assert_eq!(
        newer.apply(Action::StorageWorks).notice,
        Some(StorageTrouble::Newer)
    );
}
