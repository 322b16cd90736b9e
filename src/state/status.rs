//! What the widget reports about itself rather than the learner's work:
//! trouble keeping the work, and a new version waiting.

use crate::formats::record::StorageTrouble;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Status {
    /// Why saving in this browser is not working as it should.
    pub storage: Option<StorageTrouble>,
    /// A course platform keeps the work (a package page that found one).
    pub platform: bool,
    /// The course platform is refusing writes (package pages).
    pub platform_failing: bool,
    /// Items whose notes the course platform cannot hold (package pages).
    pub notes_local_only: Vec<&'static str>,
    /// A new version is installed and can be switched to by reloading.
    pub update_ready: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StatusAction {
    /// Show a storage notice (once; a second report changes nothing).
    Storage(StorageTrouble),
    /// Saving works again after it had failed.
    StorageWorks,
    /// The course platform refuses to keep the learner's work (after
    /// retries: `true`), or takes it again (`false`).
    PlatformFailing(bool),
    /// These items' notes do not fit the course platform's record and stay
    /// only in this browser (empty: all fit).
    NotesLocalOnly(Vec<&'static str>),
    /// A new version has installed and waits for a reload.
    UpdateReady,
}

impl Status {
    pub fn apply(&mut self, action: StatusAction) {
        match action {
            StatusAction::Storage(trouble) => {
                self.storage.get_or_insert(trouble);
            }
            StatusAction::StorageWorks => {
                if self.storage == Some(StorageTrouble::Unavailable) {
                    self.storage = None;
                }
            }
            StatusAction::PlatformFailing(failing) => self.platform_failing = failing,
            StatusAction::NotesLocalOnly(ids) => self.notes_local_only = ids,
            StatusAction::UpdateReady => self.update_ready = true,
        }
    }
}
