//! The persistence engine (`persistence::keeping`): what one page knows of a place
//! where the work is kept, against what it shows. A place in memory stands
//! for `localStorage` and the course platform, whose own code is tested in
//! the browser (e2e); here, what the engine writes, merges and reports.
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::phase::Phase;
use value_governance_explorer::domain::stamps::Stamps;
use value_governance_explorer::domain::work::Work;
use value_governance_explorer::persistence::keeping::{
    arrival_phase, web_keeps_phase, Held, OtherWrite, Place, Position, Saved, SyncedPlace,
};

mod records;
use records::stamps;

/// A place in memory: what it holds, the phase it keeps (if it keeps
/// one), and whether it refuses writes.
#[derive(Default)]
struct Memory {
    held: Option<(Work, Stamps)>,
    phase: Option<Phase>,
    keeps_phase: bool,
    refuse: bool,
    writes: usize,
}

/// Other writers are simulated by setting `held` directly.
impl Memory {
    fn load(&mut self) -> Held {
        let (work, stamps) = self.held.clone().unwrap_or_default();
        Held {
            work,
            stamps,
            phase: self.phase,
        }
    }
}

impl Place for Memory {
    type Refusal = &'static str;

    fn keeps_phase(&self) -> bool {
        self.keeps_phase
    }

    fn save(
        &mut self,
        shown: Position,
        merge: impl FnOnce(Option<(&Work, &Stamps)>) -> (Work, Stamps),
    ) -> Result<(Work, Stamps), &'static str> {
        let written = merge(self.held.as_ref().map(|(work, stamps)| (work, stamps)));
        if self.refuse {
            return Err("full");
        }
        self.held = Some(written.clone());
        if self.keeps_phase {
            self.phase = Some(shown.phase);
        }
        self.writes += 1;
        Ok(written)
    }
}

/// The phase at this position (0: unity goals).
fn phase(position: usize) -> Phase {
    Phase::at(position).unwrap()
}

fn shown(phase: Phase) -> Position {
    Position {
        lang: Lang::En,
        phase,
    }
}

fn ids(work: &Work) -> Vec<&'static str> {
    work.ids().collect()
}

/// A keeper that loaded `ticked` (changed at 1) from a place holding it.
fn keeper(ticked: &[&'static str], keeps_phase: bool) -> SyncedPlace<Memory> {
    let work = Work::from_ids(ticked.iter().copied());
    let at: Vec<_> = ticked.iter().map(|id| (*id, 1.0)).collect();
    let mut place = Memory {
        held: Some((work, stamps(&at))),
        keeps_phase,
        ..Memory::default()
    };
    let found = place.load();
    SyncedPlace::new(place, found, Lang::En)
}

#[test]
fn only_a_change_is_written_and_what_was_written_is_the_new_base() {
    let mut keeper = keeper(&["cohesion"], false);
    let loaded = Work::from_ids(["cohesion"]);
    assert!(
        !keeper.show(&loaded, shown(phase(0))),
        "nothing new to write"
    );
    let ticked = Work::from_ids(["cohesion", "values"]);
    assert!(keeper.show(&ticked, shown(phase(0))));
    let saved = keeper.save(50.0).unwrap();
    assert_eq!(
        saved,
        Saved {
            recovered: false,
            show: None
        }
    );
    let (held, at) = keeper.place.held.clone().unwrap();
    assert_eq!(held, ticked);
    assert_eq!(at, stamps(&[("cohesion", 1.0), ("values", 50.0)]));
    assert!(
        !keeper.show(&ticked, shown(phase(0))),
        "written: the new base"
    );
}

#[test]
fn another_tabs_change_made_meanwhile_is_kept_and_shown() {
    let mut keeper = keeper(&["cohesion"], false);
    // Another tab ticked institutions at 20, after this page loaded.
    keeper.place.held = Some((
        Work::from_ids(["cohesion", "institutions"]),
        stamps(&[("cohesion", 1.0), ("institutions", 20.0)]),
    ));
    keeper.show(&Work::from_ids(["cohesion", "values"]), shown(phase(0)));
    let saved = keeper.save(30.0).unwrap();
    let both = ["cohesion", "institutions", "values"];
    assert_eq!(ids(&keeper.place.held.clone().unwrap().0), both);
    assert_eq!(saved.show.as_ref().map(ids), Some(both.to_vec()));
}

#[test]
fn a_refused_write_waits_for_a_retry_and_its_success_is_reported_once() {
    let mut keeper = keeper(&[], false);
    keeper.place.refuse = true;
    keeper.show(&Work::from_ids(["values"]), shown(phase(0)));
    assert_eq!(keeper.save(10.0), Err("full"));
    assert!(keeper.failed());
    keeper.place.refuse = false;
    assert!(keeper.save(11.0).unwrap().recovered, "the retry recovered");
    assert!(!keeper.failed());
    keeper.show(&Work::from_ids(["values", "cohesion"]), shown(phase(0)));
    assert!(
        !keeper.save(12.0).unwrap().recovered,
        "nothing to recover from"
    );
}

#[test]
fn a_change_of_phase_alone_is_written_only_where_the_place_keeps_the_phase() {
    let mut full_page = keeper(&["values"], false);
    let work = Work::from_ids(["values"]);
    assert!(
        !full_page.show(&work, shown(phase(2))),
        "the address keeps it"
    );
    let mut embedding = keeper(&["values"], true);
    assert!(embedding.show(&work, shown(phase(2))));
    embedding.save(5.0).unwrap();
    assert_eq!(embedding.place.phase, Some(phase(2)));
    assert!(!embedding.show(&work, shown(phase(2))), "written");
    assert!(embedding.show(&work, shown(phase(1))));
}

#[test]
fn another_tabs_write_is_shown_merged_and_written_back_if_it_lacks_ours() {
    let mut keeper = keeper(&["cohesion"], false);
    // This page ticked values at 10 but has not written it yet.
    keeper.show(&Work::from_ids(["cohesion", "values"]), shown(phase(0)));
    let theirs = Work::from_ids(["cohesion", "institutions"]);
    let their_stamps = stamps(&[("cohesion", 1.0), ("institutions", 11.0)]);
    let heard = keeper.theirs(&theirs, &their_stamps, 12.0);
    assert_eq!(
        heard.show.as_ref().map(ids),
        Some(vec!["cohesion", "institutions", "values"])
    );
    assert!(heard.write_back, "storage lacks values");
    // A write that holds everything this page shows changes nothing here.
    let same = heard.show.clone().unwrap();
    let all_at = stamps(&[("cohesion", 1.0), ("institutions", 11.0), ("values", 12.0)]);
    assert_eq!(
        keeper.theirs(&same, &all_at, 13.0),
        OtherWrite {
            show: None,
            write_back: false
        }
    );
}

#[test]
fn a_page_that_hears_of_a_simultaneous_change_keeps_both_when_it_saves_again() {
    // Both tabs had cohesion and values. This page ticked absorption at 10
    // and saved; at the same moment the other tab, not yet knowing that,
    // ticked institutions at 11 and saved over it.
    let mut keeper = keeper(&["cohesion", "values"], false);
    keeper.show(
        &Work::from_ids(["cohesion", "values", "absorption"]),
        shown(phase(0)),
    );
    keeper.save(10.0).unwrap();
    let theirs = Work::from_ids(["cohesion", "values", "institutions"]);
    let theirs_at = stamps(&[("cohesion", 1.0), ("values", 1.0), ("institutions", 11.0)]);
    keeper.place.held = Some((theirs.clone(), theirs_at.clone()));
    let heard = keeper.theirs(&theirs, &theirs_at, 12.0);
    let both = ["absorption", "cohesion", "institutions", "values"];
    assert_eq!(heard.show.as_ref().map(ids), Some(both.to_vec()));
    assert!(heard.write_back);
    // Storage lacks absorption, so the page writes again, before its
    // render of the merge has landed: the write must keep institutions.
    keeper.save(13.0).unwrap();
    assert_eq!(ids(&keeper.place.held.clone().unwrap().0), both);
}

#[test]
fn the_address_owns_the_view_and_the_place_fills_in() {
    let found = Held {
        phase: Some(phase(1)),
        ..Held::default()
    };
    assert_eq!(
        arrival_phase(Some(phase(2)), &found),
        Some(phase(2)),
        "the address's phase wins"
    );
    assert_eq!(
        arrival_phase(None, &found),
        Some(phase(1)),
        "the kept phase where the address names none"
    );
    assert_eq!(arrival_phase(None, &Held::default()), None);
}

#[test]
fn a_tick_made_before_the_arrival_is_a_change_and_is_written() {
    // The engine starts from what the place held; the page shows it with
    // the learner's early tick (the reducer's arrival rule), which differs.
    let found = Held {
        work: Work::from_ids(["cohesion"]),
        stamps: stamps(&[("cohesion", 1.0)]),
        phase: None,
    };
    let mut place = Memory {
        held: Some((found.work.clone(), found.stamps.clone())),
        ..Memory::default()
    };
    let loaded = place.load();
    let mut keeper = SyncedPlace::new(place, loaded, Lang::En);
    let shown_on_arrival = Work::from_ids(["cohesion", "values"]);
    assert!(keeper.show(&shown_on_arrival, shown(phase(2))));
    keeper.save(5.0).unwrap();
    assert_eq!(
        ids(&keeper.place.held.clone().unwrap().0),
        ["cohesion", "values"]
    );
}

#[test]
fn a_change_of_language_alone_is_written() {
    let mut keeper = keeper(&["values"], false);
    let work = Work::from_ids(["values"]);
    assert!(keeper.show(
        &work,
        Position {
            lang: Lang::Zh,
            phase: phase(0)
        }
    ));
}

#[test]
fn an_embedding_page_keeps_the_phase_unless_its_address_pins_one() {
    // A frame whose code says where to start (the teacher's "Start at")
    // leaves the learner's kept phase alone: their other, unpinned frames
    // still open where they left off.
    assert!(web_keeps_phase(true, None));
    for pinned in Phase::all() {
        assert!(!web_keeps_phase(true, Some(pinned)));
    }
    // The full page's address alone keeps it.
    assert!(!web_keeps_phase(false, None));
    assert!(!web_keeps_phase(false, Some(phase(1))));
}
