//! The DOM ids by which the components point at each other (a tab names its
//! panel, a panel its tab, feedback the tab or checkbox it opens), and the
//! names the page, the boot script and the wasm share: the renderer gives
//! them to the boot script (`VGE_BOOT`), so it never retypes them.

/// The element the widget is rendered into and the wasm hydrates.
pub const HOST: &str = "value-governance";

/// `<html data-vge-page>`: the file of the page the build rendered.
pub const PAGE_ATTRIBUTE: &str = "data-vge-page";

/// On [`HOST`]: the ticks the boot script painted before the wasm.
pub const PAINTED_ATTRIBUTE: &str = "data-vge-painted";

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
