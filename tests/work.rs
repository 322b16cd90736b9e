//! The learner's work as a value: ticks changed with notes and the attempt
//! kept.
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::domain::work::Work;

#[test]
fn the_ticks_that_differ_between_two_works_are_set_as_in_the_second_and_notes_stay() {
    let saved = Work::from_ids(["cohesion", "absorption"]).with_notes([("cohesion", "mine")]);
    let before = Work::from_ids(["cohesion", "operation"]);
    let after = Work::from_ids(["values", "operation"]);
    let changed = saved.with_ticks_changed(&before, &after);
    // cohesion unticked, values ticked; absorption (unchanged) as saved.
    assert_eq!(changed.ids().collect::<Vec<_>>(), ["absorption", "values"]);
    assert_eq!(changed.note("cohesion"), "mine");
}
