//! The DOM ids by which the components point at each other (a tab names its
//! panel, a panel its tab, feedback the tab or checkbox it opens).

/// The id of a phase's tab.
pub fn tab_id(phase_id: &str) -> String {
    format!("vge-tab-{phase_id}")
}

/// The id of a phase's panel.
pub fn panel_id(phase_id: &str) -> String {
    format!("vge-panel-{phase_id}")
}

/// The id of an item's checkbox (a feedback link focuses it).
pub fn input_id(item: &str) -> String {
    format!("vge-item-{item}")
}
