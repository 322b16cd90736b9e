//! Adding many elements a few at a time: one more in each task, so that no
//! task that adds them is long (README, "Benchmark"; tests/e2e/bench/NOTES.md).

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many of `total` parts to show: `already` at first (those the build
/// rendered), then, once `go` holds, one more in each later task until all
/// are shown. A timer still waiting when the component goes is cancelled.
#[hook]
pub fn use_one_a_task(go: bool, already: usize, total: usize) -> usize {
    let shown = use_state_eq(|| already);
    {
        let shown = shown.clone();
        use_effect_with((go, *shown, total), move |&(go, count, total)| {
            let next = (go && count < total).then(|| Timeout::new(0, move || shown.set(count + 1)));
            move || drop(next)
        });
    }
    *shown
}
