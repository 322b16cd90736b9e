//! The learner's work as the course platform keeps it: the codec of
//! `cmi.suspend_data`, pure and tested natively with old inputs.
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
//!   tabs, `persistence::merge`);
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

use crate::content::{self, Lang};
use crate::domain::phase::Phase;
use crate::domain::quiz::Answers;
use crate::domain::stamps::{Stamps, QUIZ_STAMP};
use crate::domain::work::Work;
use crate::formats::cmi::platform_len;

/// The format marker and version this build writes.
pub const MARKER: &str = "vge";
pub const SUSPEND_VERSION: u32 = 1;

/// Everything the platform keeps for the learner.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    pub work: Work,
    pub stamps: Stamps,
    /// The selected phase.
    pub phase: Option<Phase>,
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
        sections.push(format!("p:{}", phase.position()));
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
                snapshot.phase = Phase::at(phase);
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
