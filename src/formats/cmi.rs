//! Course platforms (SCORM 1.2 and SCORM 2004): the runtime's vocabulary
//! (which API object, which calls, which `cmi.*` elements) and the values
//! the widget writes, as pure functions tested natively. What the
//! platform's reports show a teacher, each question and each checklist
//! item, is in [`tracking`]; the learner's work itself travels in the
//! suspend data (`formats::suspend_data`). The platform's API object and
//! the calls to it are in `web/scorm_api.rs` and `web/places.rs`; when they
//! happen is the effect in `web/effects/platform.rs`.
//!
//! **Score**: with an attempt, the platform also gets its score (1.2
//! `cmi.core.score.*`; 2004 `cmi.score.*` and `cmi.success_status`, passed
//! at [`crate::domain::quiz::PASS_PERCENT`]); completion still follows the
//! checklist.

pub mod tracking;

use crate::domain::quiz::Score;
use crate::domain::work::Tally;

/// Which SCORM the platform speaks, found by which API object it offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Scorm12,
    Scorm2004,
}

/// The calls of the SCORM runtime API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    Initialize,
    GetValue,
    SetValue,
    Commit,
    Terminate,
    GetLastError,
}

impl Version {
    /// Searched for in this order: a platform that offers both speaks 2004.
    pub const ALL: [Version; 2] = [Version::Scorm2004, Version::Scorm12];

    /// The package's file name in `dist/`, as the build writes it
    /// (`src/bin/prerender/package.rs`): `value-governance-explorer-scorm12.zip`.
    pub fn package_file(self) -> String {
        let suffix = match self {
            Version::Scorm12 => "scorm12",
            Version::Scorm2004 => "scorm2004",
        };
        format!("{}-{suffix}.zip", env!("CARGO_PKG_NAME"))
    }

    /// The name of the API object a platform puts on one of its windows.
    pub fn api_name(self) -> &'static str {
        match self {
            Version::Scorm12 => "API",
            Version::Scorm2004 => "API_1484_11",
        }
    }

    /// The method's name in this version's API.
    pub fn method(self, call: Call) -> &'static str {
        match (self, call) {
            (Version::Scorm12, Call::Initialize) => "LMSInitialize",
            (Version::Scorm12, Call::GetValue) => "LMSGetValue",
            (Version::Scorm12, Call::SetValue) => "LMSSetValue",
            (Version::Scorm12, Call::Commit) => "LMSCommit",
            (Version::Scorm12, Call::Terminate) => "LMSFinish",
            (Version::Scorm12, Call::GetLastError) => "LMSGetLastError",
            (Version::Scorm2004, Call::Initialize) => "Initialize",
            (Version::Scorm2004, Call::GetValue) => "GetValue",
            (Version::Scorm2004, Call::SetValue) => "SetValue",
            (Version::Scorm2004, Call::Commit) => "Commit",
            (Version::Scorm2004, Call::Terminate) => "Terminate",
            (Version::Scorm2004, Call::GetLastError) => "GetLastError",
        }
    }

    /// How many characters `cmi.suspend_data` holds (1.2: CMIString4096;
    /// 2004: at least 64,000, the smallest permitted maximum).
    pub fn suspend_limit(self) -> usize {
        match self {
            Version::Scorm12 => 4096,
            Version::Scorm2004 => 64000,
        }
    }

    /// The platform's id of the learner.
    pub fn learner_element(self) -> &'static str {
        match self {
            Version::Scorm12 => "cmi.core.student_id",
            Version::Scorm2004 => "cmi.learner_id",
        }
    }

    /// How the platform launched the attempt: `normal`, `review` or
    /// `browse`.
    pub fn mode_element(self) -> &'static str {
        match self {
            Version::Scorm12 => "cmi.core.lesson_mode",
            Version::Scorm2004 => "cmi.mode",
        }
    }

    pub fn suspend_element(self) -> &'static str {
        "cmi.suspend_data"
    }

    pub fn location_element(self) -> &'static str {
        match self {
            Version::Scorm12 => "cmi.core.lesson_location",
            Version::Scorm2004 => "cmi.location",
        }
    }

    /// What the platform records as the learner's completion.
    pub fn status_element(self) -> &'static str {
        match self {
            Version::Scorm12 => "cmi.core.lesson_status",
            Version::Scorm2004 => "cmi.completion_status",
        }
    }

    /// The values to write after each change, in order: the work, where
    /// the learner is, and completion (`completed` once the three core
    /// dimensions are ticked, else `incomplete`; 2004 also the share of
    /// all items ticked as `cmi.progress_measure`).
    pub fn report(self, report: &Report) -> Vec<(&'static str, String)> {
        let status = if report.core.complete() {
            "completed"
        } else {
            "incomplete"
        };
        let mut values = Vec::new();
        if let Some(suspend) = &report.suspend {
            values.push((self.suspend_element(), suspend.clone()));
        }
        values.push((self.location_element(), report.location.to_owned()));
        values.push((self.status_element(), status.to_owned()));
        if self == Version::Scorm2004 {
            values.push(("cmi.progress_measure", progress_measure(report.all)));
        }
        if let Some(score) = report.score {
            // Raw as a percentage, 0 to 100, to two places (7 of 8 is
            // 87.5): what platforms grade by.
            let percent = decimal(score.right as u64 * 100, score.total as u64, 2);
            let share = Tally {
                done: score.right,
                total: score.total,
            };
            match self {
                Version::Scorm12 => values.extend([
                    ("cmi.core.score.raw", percent),
                    ("cmi.core.score.min", "0".to_owned()),
                    ("cmi.core.score.max", "100".to_owned()),
                ]),
                Version::Scorm2004 => values.extend([
                    ("cmi.score.scaled", progress_measure(share)),
                    ("cmi.score.raw", percent),
                    ("cmi.score.min", "0".to_owned()),
                    ("cmi.score.max", "100".to_owned()),
                    (
                        "cmi.success_status",
                        if score.passed() { "passed" } else { "failed" }.to_owned(),
                    ),
                ]),
            }
        }
        values
    }

    /// The values to write when the learner leaves: how long this session
    /// took, and that the attempt is suspended, not finished, so the
    /// platform hands the suspend data back next time.
    pub fn farewell(self, session_ms: f64) -> Vec<(&'static str, String)> {
        match self {
            Version::Scorm12 => vec![
                ("cmi.core.session_time", session_time_12(session_ms)),
                ("cmi.core.exit", "suspend".to_owned()),
            ],
            Version::Scorm2004 => vec![
                ("cmi.session_time", session_time_2004(session_ms)),
                ("cmi.exit", "suspend".to_owned()),
            ],
        }
    }
}

/// What one write to the platform says.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The encoded suspend data; `None` leaves the platform's alone (it was
    /// written by a newer version of the widget).
    pub suspend: Option<String>,
    /// The selected phase's id.
    pub location: &'static str,
    pub core: Tally,
    pub all: Tally,
    /// The score of the last checked "Check yourself" attempt, if any.
    pub score: Option<Score>,
}

/// Length as the platform counts it: UTF-16 code units (a JavaScript
/// string's length), which is never less than the characters.
pub fn platform_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// `done / total` as SCORM 2004's real(10,7) in 0..1, to seven places,
/// rounded down.
pub fn progress_measure(all: Tally) -> String {
    decimal(all.done.min(all.total) as u64, all.total as u64, 7)
}

/// `numerator / denominator` in decimal, to at most `places` places,
/// rounded down, without trailing zeros ("0" when the denominator is 0).
/// In whole numbers: float formatting would cost the wasm several
/// kilobytes for these few values.
pub fn decimal(numerator: u64, denominator: u64, places: u32) -> String {
    if denominator == 0 {
        return "0".to_owned();
    }
    let whole = numerator / denominator;
    let fraction = (numerator % denominator) * 10_u64.pow(places) / denominator;
    if fraction == 0 {
        return whole.to_string();
    }
    let digits = format!("{fraction:0width$}", width = places as usize);
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

fn whole_seconds(ms: f64) -> u64 {
    if ms.is_finite() && ms > 0.0 {
        (ms / 1000.0).round() as u64
    } else {
        0
    }
}

/// SCORM 1.2's CMITimespan, `HHHH:MM:SS`.
pub fn session_time_12(ms: f64) -> String {
    let seconds = whole_seconds(ms);
    let hours = (seconds / 3600).min(9999);
    format!("{hours:04}:{:02}:{:02}", seconds / 60 % 60, seconds % 60)
}

/// SCORM 2004's timeinterval, an ISO 8601 duration: `PT1H5M12S`.
pub fn session_time_2004(ms: f64) -> String {
    let seconds = whole_seconds(ms);
    format!(
        "PT{}H{}M{}S",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// How long to wait before each retry of a write the platform refused, in
/// milliseconds; after the last, the learner is told, and the next change
/// (or leaving the page) tries again.
pub const RETRY_DELAYS_MS: [u32; 3] = [400, 1200, 3000];

/// How long after a change the platform is written: one write for a burst
/// of typing.
pub const DEBOUNCE_MS: u32 = 600;
