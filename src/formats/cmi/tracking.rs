//! What a teacher reads in the course platform's reports, beside the score:
//! each "Check yourself" question as an interaction (`cmi.interactions.n`,
//! n = the question's position in the content) and each checklist item as
//! an objective (`cmi.objectives.n`, n = the item's position), in each
//! SCORM version's vocabulary and within its limits. Pure, tested natively;
//! `web/places.rs` sets them after the score, each on its own, so a
//! platform that refuses one loses only that one.
//!
//! - Choices are named by their ids, never by where they were shown (the
//!   choices are shuffled); a multiple choice's response lists the chosen
//!   ids in the question's order, however they were picked.
//! - SCORM 1.2 separates ids with `,`; SCORM 2004 with `[,]`, and spells
//!   `-` as `_` there: Moodle's 2004 runtime takes only letters, digits,
//!   `_` and `.` in a short identifier (`^[\w.]{1,250}$`), stricter than
//!   the standard, and refuses the rest.
//! - A new attempt updates each question's entry in place, so that entry n
//!   is always question n and holds the latest check, the one the score
//!   comes from (README, "What the platform records").

use crate::content::{Lang, Question, QuestionKind};
use crate::domain::quiz::{self, Answers, Mark};
use crate::domain::work::Work;
use crate::formats::cmi::{platform_len, session_time_12, session_time_2004, Version};

/// An element to set and its value.
pub type Element = (String, String);

/// The longest text SCORM 2004 keeps in a `description`
/// (localized_string_type, SPM 250 characters).
pub const DESCRIPTION_MAX: usize = 250;

/// The longest SCORM 1.2 `student_response` (CMIFeedback, 255 characters).
pub const RESPONSE_MAX_12: usize = 255;

/// A moment on the learner's clock.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Moment {
    /// Milliseconds since the epoch (UTC).
    pub epoch_ms: f64,
    /// The learner's offset from UTC then, in minutes east (UTC+8: 480).
    pub zone_minutes: i32,
}

/// One check of "Check yourself", as the platform is told of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Check<'a> {
    /// The attempt checked.
    pub answers: &'a Answers,
    /// When it was checked; `None`: not known (no time is written).
    pub at: Option<Moment>,
    /// How long the questions had been shown when they were checked, in
    /// milliseconds; `None`: not known (no latency is written).
    pub latency_ms: Option<f64>,
}

/// The interaction type: `choice` for single and multiple choice,
/// `sequencing` for putting choices in order (the same word in both
/// versions).
pub fn interaction_type(question: &Question) -> &'static str {
    match question.kind() {
        QuestionKind::Order => "sequencing",
        QuestionKind::Single | QuestionKind::Multiple => "choice",
    }
}

/// A choice id as this version's response may hold it: as it is in 1.2;
/// in 2004 a short identifier Moodle's runtime takes (`-` written `_`;
/// content ids are lowercase letters, digits and `-`, so nothing else
/// needs changing and no two ids meet).
pub fn choice_token(version: Version, id: &str) -> String {
    match version {
        Version::Scorm12 => id.to_owned(),
        Version::Scorm2004 => id.replace('-', "_"),
    }
}

fn delimiter(version: Version) -> &'static str {
    match version {
        Version::Scorm12 => ",",
        Version::Scorm2004 => "[,]",
    }
}

/// The choices named by `ids`, as this version writes them: in the order
/// given for an ordering question, in the question's order otherwise (one
/// response however the choices were picked or shown). Ids that are not
/// the question's are left out.
fn choices(version: Version, question: &Question, ids: &[&str]) -> String {
    let ordered: Vec<&str> = match question.kind() {
        QuestionKind::Order => ids.iter().filter_map(|id| question.choice_id(id)).collect(),
        QuestionKind::Single | QuestionKind::Multiple => question
            .choices
            .iter()
            .map(|choice| choice.id)
            .filter(|id| ids.contains(id))
            .collect(),
    };
    let tokens: Vec<String> = ordered.iter().map(|id| choice_token(version, id)).collect();
    tokens.join(delimiter(version))
}

/// The learner's response (1.2 `student_response`, 2004
/// `learner_response`): the chosen choices' ids (empty: not answered).
pub fn response(version: Version, question: &Question, chosen: &[&str]) -> String {
    choices(version, question, chosen)
}

/// The right answer (`correct_responses.0.pattern`).
pub fn pattern(version: Version, question: &Question) -> String {
    choices(version, question, question.answer)
}

/// `correct` or, in 1.2, `wrong` / in 2004, `incorrect` (an unanswered
/// question is not right: it scores nothing).
pub fn result(version: Version, mark: Mark) -> &'static str {
    match (mark, version) {
        (Mark::Right, _) => "correct",
        (_, Version::Scorm12) => "wrong",
        (_, Version::Scorm2004) => "incorrect",
    }
}

/// `text` within `max` characters as the platform counts them (UTF-16
/// units), on one line: cut at a character with `…` if longer.
pub fn within(text: &str, max: usize) -> String {
    let line: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    if platform_len(&line) <= max {
        return line;
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in line.chars() {
        // Room for the ellipsis (one unit).
        if used + c.len_utf16() > max.saturating_sub(1) {
            break;
        }
        used += c.len_utf16();
        cut.push(c);
    }
    cut.push('…');
    cut
}

/// The civil date and time of `epoch_ms` on a clock `zone_minutes` east of
/// UTC: (year, month, day, hours, minutes, seconds, hundredths).
fn civil(moment: Moment) -> Option<(i64, u32, u32, u32, u32, u32, u32)> {
    if !moment.epoch_ms.is_finite() {
        return None;
    }
    let local_ms = moment.epoch_ms as i64 + i64::from(moment.zone_minutes) * 60_000;
    let days = local_ms.div_euclid(86_400_000);
    let in_day = local_ms.rem_euclid(86_400_000);
    // Days to a civil date (H. Hinnant's `civil_from_days`).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    let seconds = (in_day / 1000) as u32;
    Some((
        year,
        month,
        day,
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60,
        (in_day % 1000 / 10) as u32,
    ))
}

/// SCORM 1.2's CMITime, the time of day on the learner's clock:
/// `HH:MM:SS`.
pub fn time_12(moment: Moment) -> Option<String> {
    let (_, _, _, hours, minutes, seconds, _) = civil(moment)?;
    Some(format!("{hours:02}:{minutes:02}:{seconds:02}"))
}

/// SCORM 2004's time (second), on the learner's clock with its offset:
/// `2025-11-27T14:05:09.25+08:00`. Its parsers want the fraction of a
/// second before a zone designator (Moodle's at most two digits), and a
/// year from 1970 to 2038: outside them, `None`.
pub fn timestamp_2004(moment: Moment) -> Option<String> {
    let (year, month, day, hours, minutes, seconds, hundredths) = civil(moment)?;
    if !(1970..=2038).contains(&year) {
        return None;
    }
    let zone = match moment.zone_minutes {
        0 => "Z".to_owned(),
        offset => {
            let sign = if offset < 0 { '-' } else { '+' };
            let offset = offset.unsigned_abs();
            format!("{sign}{:02}:{:02}", offset / 60, offset % 60)
        }
    };
    Some(format!(
        "{year:04}-{month:02}-{day:02}T{hours:02}:{minutes:02}:{seconds:02}.{hundredths:02}{zone}"
    ))
}

/// The values that report one check, question by question in the
/// content's order (entry n is question n): for each, its `id` first and
/// `type` before the responses (a platform checks a response against the
/// type; Moodle's 2004 runtime also starts the right answers afresh when
/// the type is set again), then in 2004 the prompt in `lang` as
/// `description`, the time, `weighting` 1, the response, the right
/// answer, `result` and `latency`. An unanswered question's response is
/// empty in 1.2 and left out in 2004, whose platforms refuse an empty one.
pub fn interactions(version: Version, lang: Lang, check: &Check) -> Vec<Element> {
    let questions = lang.content().questions;
    let mut values = Vec::new();
    for (n, question) in questions.iter().enumerate() {
        let element = |name: &str| format!("cmi.interactions.{n}.{name}");
        let chosen = check.answers.get(question.id);
        let mark = quiz::mark(question, chosen);
        values.push((element("id"), question.id.to_owned()));
        values.push((element("type"), interaction_type(question).to_owned()));
        let (time, latency) = match version {
            Version::Scorm12 => (
                check
                    .at
                    .and_then(time_12)
                    .map(|time| (element("time"), time)),
                check.latency_ms.map(session_time_12),
            ),
            Version::Scorm2004 => {
                values.push((
                    element("description"),
                    within(question.prompt, DESCRIPTION_MAX),
                ));
                (
                    check
                        .at
                        .and_then(timestamp_2004)
                        .map(|time| (element("timestamp"), time)),
                    check.latency_ms.map(session_time_2004),
                )
            }
        };
        values.extend(time);
        values.push((element("weighting"), "1".to_owned()));
        let response = response(version, question, chosen);
        match version {
            Version::Scorm12 => values.push((element("student_response"), response)),
            Version::Scorm2004 if !response.is_empty() => {
                values.push((element("learner_response"), response))
            }
            Version::Scorm2004 => {}
        }
        values.push((
            element("correct_responses.0.pattern"),
            pattern(version, question),
        ));
        values.push((element("result"), result(version, mark).to_owned()));
        values.extend(latency.map(|latency| (element("latency"), latency)));
    }
    values
}

/// Every checklist item as an objective, in the content's order (entry n
/// is item n): its `id` first, then whether it is ticked (1.2 `status`,
/// 2004 `completion_status`: `completed` or `incomplete`); in 2004 also
/// `success_status` `unknown` (a tick says the learner can explain it, not
/// that anyone checked) and the item's label in `lang` as `description`.
pub fn objectives(version: Version, lang: Lang, work: &Work) -> Vec<Element> {
    let mut values = Vec::new();
    for (n, item) in lang.content().items.iter().enumerate() {
        let element = |name: &str| format!("cmi.objectives.{n}.{name}");
        let status = if work.is_checked(item.id) {
            "completed"
        } else {
            "incomplete"
        };
        values.push((element("id"), item.id.to_owned()));
        match version {
            Version::Scorm12 => values.push((element("status"), status.to_owned())),
            Version::Scorm2004 => values.extend([
                (element("completion_status"), status.to_owned()),
                (element("success_status"), "unknown".to_owned()),
                (element("description"), within(item.label, DESCRIPTION_MAX)),
            ]),
        }
    }
    values
}
