//! Course platforms (SCORM 1.2 and SCORM 2004): what the widget stores in the
//! platform and how, as pure functions tested natively. What the platform's
//! reports show a teacher, each question and each checklist item, is in
//! [`tracking`]. The platform's API object and the calls to it are in
//! `web/scorm_api.rs` and `web/places.rs`; when they happen is the effect in
//! `web/effects/platform.rs`.
//!
//! **Suspend data** (`cmi.suspend_data`) carries the learner's work between
//! devices. SCORM 1.2 gives it 4,096 characters, so it is a compact text,
//! not JSON: `|`-separated sections after a version marker,
//!
//! ```text
//! vge1|l:zh|p:1|c:0345|t:mh3k2x1,,mh3k2x9|n3:a note
//! ```
//!
//! - `vge1`: the format and its version (a newer one is refused, not guessed);
//! - `l:` the language code; `p:` the selected phase's position;
//! - `c:` the ticked items, one base-36 digit each: the item's position in
//!   the content's list (the abstract's order, held by a test; at most 36
//!   items, also held by a test);
//! - `t:` when each item last changed (milliseconds since the epoch, base
//!   36, by position; empty for never), so the platform's record merges
//!   with this browser's per item, the later change winning (as between
//!   tabs, `storage::merge`);
//! - `q:` the last checked "Check yourself" attempt: when it was made
//!   (base 36, as `t:`), `;`, then each question's answer in the content's
//!   order, `.`-separated: the chosen choices' positions in the question,
//!   one base-36 digit each (for the ordering question, in the order
//!   given; empty for a question not answered), e.g. `q:mh3k2x4;102.2.0`;
//! - `n<position>:` one item's note, with `%` and `|` written `%25`, `%7C`.
//!
//! Every section is optional and unknown sections are skipped, so a later
//! build can add one without a new version; only a change of meaning needs
//! `vge2`. The attempt is written before the notes, so it always fits;
//! notes that do not fit the limit are left out whole, never cut (see
//! [`encode`]).
//!
//! **Score**: with an attempt, the platform also gets its score (1.2
//! `cmi.core.score.*`; 2004 `cmi.score.*` and `cmi.success_status`, passed
//! at [`crate::quiz::PASS_PERCENT`]); completion still follows the
//! checklist.

pub mod tracking;

use crate::content::{self, Lang};
use crate::quiz::{Answers, Score};
use crate::storage::{Stamps, QUIZ_STAMP};
use crate::work::{Tally, Work};

/// The format marker and version this build writes.
pub const MARKER: &str = "vge";
pub const SUSPEND_VERSION: u32 = 1;

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

/// Everything the platform keeps for the learner.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    pub work: Work,
    pub stamps: Stamps,
    /// Position of the selected phase.
    pub phase: Option<usize>,
    pub lang: Option<Lang>,
}

/// Why suspend data was not read. The widget then starts from this
/// browser's work alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SuspendError {
    /// Not this widget's format (another package wrote here, or garbage).
    NotOurs,
    /// A newer version of the format: read nothing, overwrite nothing.
    Newer(u32),
    /// This format, damaged: the section and what is wrong with it.
    Damaged(String),
}

impl std::fmt::Display for SuspendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SuspendError::NotOurs => write!(f, "suspend data is not this widget's"),
            SuspendError::Newer(version) => {
                write!(
                    f,
                    "suspend data has version {version}, newer than this build's"
                )
            }
            SuspendError::Damaged(what) => write!(f, "suspend data is damaged: {what}"),
        }
    }
}

/// Encoded suspend data, and the notes left out to keep within the limit.
#[derive(Debug, Clone, PartialEq)]
pub struct Encoded {
    pub text: String,
    /// Items whose notes did not fit: they stay only in this browser.
    pub local_only: Vec<&'static str>,
}

/// Length as the platform counts it: UTF-16 code units (a JavaScript
/// string's length), which is never less than the characters.
pub fn platform_len(text: &str) -> usize {
    text.encode_utf16().count()
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn base36(mut value: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(DIGITS[(value % 36) as usize]);
        value /= 36;
        if value == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

fn digit(index: usize) -> Option<char> {
    DIGITS.get(index).map(|&byte| byte as char)
}

fn escape(text: &str) -> String {
    text.replace('%', "%25").replace('|', "%7C")
}

fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let code = rest.get(at + 1..at + 3)?;
        out.push(match code {
            "25" => '%',
            "7C" => '|',
            _ => return None,
        });
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
    Some(out)
}

/// The learner's work as suspend data of at most `limit` characters. Ticks,
/// stamps, phase and language always fit (under 200 characters for this
/// content); then notes in the content's order, each whole or not at all:
/// one that would pass the limit is left out and named in `local_only`,
/// and a later, shorter one may still fit. `None` only if even the ticks
/// cannot fit, which no SCORM limit allows.
pub fn encode(snapshot: &Snapshot, limit: usize) -> Option<Encoded> {
    let items = content::structure().items;
    let mut sections = vec![format!("{MARKER}{SUSPEND_VERSION}")];
    if let Some(lang) = snapshot.lang {
        sections.push(format!("l:{}", lang.code()));
    }
    if let Some(phase) = snapshot.phase {
        sections.push(format!("p:{phase}"));
    }
    let ticked: String = items
        .iter()
        .enumerate()
        .filter(|(_, item)| snapshot.work.is_checked(item.id))
        .filter_map(|(index, _)| digit(index))
        .collect();
    if !ticked.is_empty() {
        sections.push(format!("c:{ticked}"));
    }
    let stamps: Vec<String> = (0..items.len())
        .map(|index| match snapshot.stamps.at(index) {
            at if at.is_finite() && at >= 1.0 => base36(at as u64),
            _ => String::new(),
        })
        .collect();
    let stamps = stamps.join(",");
    if !stamps.trim_end_matches(',').is_empty() {
        sections.push(format!("t:{}", stamps.trim_end_matches(',')));
    }
    if let Some(attempt) = snapshot.work.quiz() {
        sections.push(encode_attempt(attempt, snapshot.stamps.quiz_at()));
    }
    let mut text = sections.join("|");
    if platform_len(&text) > limit {
        return None;
    }
    let mut used = platform_len(&text);
    let mut local_only = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let note = snapshot.work.note(item.id);
        if note.is_empty() {
            continue;
        }
        let section = format!("|n{index}:{}", escape(note));
        let length = platform_len(&section);
        if used + length <= limit {
            text.push_str(&section);
            used += length;
        } else {
            local_only.push(item.id);
        }
    }
    Some(Encoded { text, local_only })
}

/// The `q:` section for an attempt made at `at` (see the module's docs).
fn encode_attempt(attempt: &Answers, at: f64) -> String {
    let stamp = if at.is_finite() && at >= 1.0 {
        base36(at as u64)
    } else {
        String::new()
    };
    let answers: Vec<String> = content::structure()
        .questions
        .iter()
        .map(|question| {
            attempt
                .get(question.id)
                .iter()
                .filter_map(|id| question.choices.iter().position(|c| c.id == *id))
                .filter_map(digit)
                .collect()
        })
        .collect();
    format!("q:{stamp};{}", answers.join("."))
}

/// Reads a `q:` section: the attempt, and when it was made (0: unknown).
fn decode_attempt(value: &str) -> Result<(Answers, f64), SuspendError> {
    let damaged = |what: &str| SuspendError::Damaged(what.to_owned());
    let (stamp, answers) = value.split_once(';').ok_or_else(|| damaged("q: no `;`"))?;
    let at = match stamp {
        "" => 0.0,
        stamp => u64::from_str_radix(stamp, 36).map_err(|_| damaged("q: a bad time"))? as f64,
    };
    let questions = content::structure().questions;
    let mut pairs = Vec::new();
    for (question, answer) in questions.iter().zip(answers.split('.')) {
        let mut chosen = Vec::new();
        for position in answer.chars() {
            let index = position
                .to_digit(36)
                .ok_or_else(|| damaged("q: not a base-36 digit"))?;
            if let Some(choice) = question.choices.get(index as usize) {
                chosen.push(choice.id);
            }
        }
        pairs.push((question.id, chosen));
    }
    Ok((Answers::from_pairs(pairs), at))
}

/// Reads suspend data: `Ok(None)` when there is none (a first launch),
/// a clear [`SuspendError`] for anything that is not a whole record of
/// this format; never panics. Unknown sections are skipped (a later build
/// may add some); unknown item positions and phases are dropped.
pub fn decode(text: &str) -> Result<Option<Snapshot>, SuspendError> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut sections = text.split('|');
    let head = sections.next().unwrap_or_default();
    let version: u32 = head
        .strip_prefix(MARKER)
        .and_then(|version| version.parse().ok())
        .ok_or(SuspendError::NotOurs)?;
    if version > SUSPEND_VERSION {
        return Err(SuspendError::Newer(version));
    }
    if version == 0 {
        return Err(SuspendError::NotOurs);
    }
    let content = content::structure();
    let items = content.items;
    let damaged = |what: &str| SuspendError::Damaged(what.to_owned());
    let mut checked = Vec::new();
    let mut notes: Vec<(&'static str, String)> = Vec::new();
    let mut stamps = Vec::new();
    let mut attempt = None;
    let mut snapshot = Snapshot::default();
    for section in sections {
        let (key, value) = section
            .split_once(':')
            .ok_or_else(|| damaged("a section without a name"))?;
        match key {
            "l" => {
                snapshot.lang =
                    Some(Lang::from_tag(value).ok_or_else(|| damaged("l: unknown language"))?)
            }
            "p" => {
                let phase: usize = value.parse().map_err(|_| damaged("p: not a number"))?;
                snapshot.phase = (phase < content.phases.len()).then_some(phase);
            }
            "c" => {
                for position in value.chars() {
                    let index = position
                        .to_digit(36)
                        .ok_or_else(|| damaged("c: not a base-36 digit"))?;
                    if let Some(item) = items.get(index as usize) {
                        checked.push(item.id);
                    }
                }
            }
            "t" => {
                for (index, stamp) in value.split(',').enumerate() {
                    if stamp.is_empty() {
                        continue;
                    }
                    let at = u64::from_str_radix(stamp, 36)
                        .map_err(|_| damaged("t: not a base-36 number"))?;
                    if let Some(item) = items.get(index) {
                        stamps.push((item.id, at as f64));
                    }
                }
            }
            "q" => {
                let (answers, at) = decode_attempt(value)?;
                if at > 0.0 {
                    stamps.push((QUIZ_STAMP, at));
                }
                attempt = Some(answers).filter(|answers| !answers.is_empty());
            }
            // `n` and digits: a note. (Other names starting with `n` stay
            // free for later sections.)
            note if note.starts_with('n') && note[1..].bytes().all(|b| b.is_ascii_digit()) => {
                let index: usize = note[1..]
                    .parse()
                    .map_err(|_| damaged("n: not an item position"))?;
                let text = unescape(value).ok_or_else(|| damaged("n: a bad % escape"))?;
                if let Some(item) = items.get(index) {
                    notes.push((item.id, text));
                }
            }
            // A section added by a later build: not ours to read.
            _ => {}
        }
    }
    snapshot.work = Work::from_ids(checked)
        .with_notes(notes.iter().map(|(id, text)| (*id, text.as_str())))
        .with_quiz(attempt);
    snapshot.stamps = Stamps::from_pairs(stamps);
    Ok(Some(snapshot))
}

/// How long to wait before each retry of a write the platform refused, in
/// milliseconds; after the last, the learner is told, and the next change
/// (or leaving the page) tries again.
pub const RETRY_DELAYS_MS: [u32; 3] = [400, 1200, 3000];

/// How long after a change the platform is written: one write for a burst
/// of typing.
pub const DEBOUNCE_MS: u32 = 600;
