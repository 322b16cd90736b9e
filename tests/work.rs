//! The learner's work as a value: ticks joined and taken away with notes
//! and the attempt kept.
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::work::Work;

#[test]
fn ticks_made_before_arrival_join_the_saved_ones_and_notes_stay() {
    let saved = Work::from_ids(["cohesion"]).with_notes([("cohesion", "mine")]);
    let early = Work::from_ids(["values", "cohesion"]);
    let both = saved.union(&early);
    assert_eq!(both.ids().collect::<Vec<_>>(), ["cohesion", "values"]);
    assert_eq!(both.note("cohesion"), "mine");
    assert_eq!(both.minus(&early).ids().count(), 0);
    assert_eq!(both.minus(&early).note("cohesion"), "mine");
}
