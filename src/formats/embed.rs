//! Embedding in course pages: the messages the widget posts to its host
//! page (height, progress with an xAPI-shaped statement), the messages it
//! accepts from it, and the snippet a teacher pastes. Pure: the web glue is
//! in `effects/host.rs`. The formats are documented in README.

use crate::content::{self, Lang};
use crate::domain::address::with_phase;
use crate::domain::page::Page;
use crate::domain::page::View;
use crate::domain::phase::Phase;
use crate::domain::quiz::{self, Answers, Mark};
use crate::domain::work::{Tally, Work};
use crate::formats::html::escape;
use crate::formats::json::{self, Json};
use serde::Serialize;

/// The version of every message format below.
pub const MESSAGE_VERSION: u32 = 1;
/// Message types.
pub const HEIGHT: &str = "vge:height";
pub const PROGRESS: &str = "vge:progress";
pub const SELECT_PHASE: &str = "vge:select-phase";
pub const QUIZ: &str = "vge:quiz";

const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
const VERB_PROGRESSED: &str = "http://adlnet.gov/expapi/verbs/progressed";
const VERB_ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
const VERB_PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
const VERB_FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";

/// `{"type":"vge:height","version":1,"height":812}`: the widget's content
/// height in CSS pixels, posted whenever it changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeightMessage {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub version: u32,
    pub height: u32,
}

pub fn height_message(height: f64) -> HeightMessage {
    HeightMessage {
        kind: HEIGHT,
        version: MESSAGE_VERSION,
        height: height.max(0.0).ceil() as u32,
    }
}

/// `{"type":"vge:progress",…}`: posted when the learner ticks or unticks an
/// item. `event` is `completed` when this change completed the core
/// dimensions, else `progressed`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgressMessage {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub version: u32,
    pub event: &'static str,
    /// The item that changed.
    pub item: &'static str,
    pub checked: Vec<&'static str>,
    /// The core dimensions.
    pub core: Tally,
    /// Every item in the frame.
    pub all: Tally,
    /// True when all core dimensions are ticked.
    pub complete: bool,
    /// An xAPI statement without `actor`, which the host adds.
    pub statement: Statement,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    pub verb: Verb,
    pub object: Activity,
    pub result: StatementResult,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verb {
    pub id: &'static str,
    pub display: LanguageMap,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activity {
    pub id: String,
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    pub definition: ActivityDefinition,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActivityDefinition {
    pub name: LanguageMap,
}

/// An xAPI language map; the statements are written in US English.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageMap {
    #[serde(rename = "en-US")]
    pub en_us: &'static str,
}

/// An xAPI result: what each kind of statement reports, and nothing else.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementResult {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<XapiScore>,
    /// The choice ids given, `[,]`-separated (xAPI's format for choice and
    /// sequencing interactions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct XapiScore {
    /// From 0 to 1: core dimensions ticked, or questions answered right.
    pub scaled: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<usize>,
}

/// An xAPI statement without `actor`.
fn statement(
    verb: &'static str,
    display: &'static str,
    object_id: String,
    name: &'static str,
    result: StatementResult,
) -> Statement {
    Statement {
        verb: Verb {
            id: verb,
            display: LanguageMap { en_us: display },
        },
        object: Activity {
            id: object_id,
            object_type: "Activity",
            definition: ActivityDefinition {
                name: LanguageMap { en_us: name },
            },
        },
        result,
    }
}

/// The message for a change from `before` to `after`, if a tick changed.
/// `canonical` is the folder the widget is served from (every page shares it).
pub fn progress_message(canonical: &str, before: &Work, after: &Work) -> Option<ProgressMessage> {
    let content = content::structure();
    let item = content
        .items
        .iter()
        .find(|item| before.is_checked(item.id) != after.is_checked(item.id))?;
    let core = after.core();
    let complete = core.complete();
    let completed_now = complete && !before.core().complete();
    let (event, verb, object_id, name) = if completed_now {
        (
            "completed",
            VERB_COMPLETED,
            canonical.to_owned(),
            content.ui.app_title,
        )
    } else {
        (
            "progressed",
            VERB_PROGRESSED,
            format!("{canonical}#item={}", item.id),
            item.label,
        )
    };
    Some(ProgressMessage {
        kind: PROGRESS,
        version: MESSAGE_VERSION,
        event,
        item: item.id,
        checked: after.ids().collect(),
        core,
        all: after.all(),
        complete,
        statement: statement(
            verb,
            event,
            object_id,
            name,
            StatementResult {
                completion: Some(complete),
                success: None,
                score: Some(XapiScore {
                    scaled: core.done as f64 / core.total.max(1) as f64,
                    raw: None,
                    min: None,
                    max: None,
                }),
                response: None,
            },
        ),
    })
}

/// `{"type":"vge:quiz",…}`: posted when the learner checks their answers
/// to "Check yourself". `event` is `passed` or `failed`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizMessage {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub version: u32,
    pub event: &'static str,
    /// Questions answered right, of all.
    pub score: Tally,
    pub passed: bool,
    /// One `answered` statement per question, then `passed` or `failed`
    /// for the whole quiz; each without `actor`, which the host adds.
    pub statements: Vec<Statement>,
}

/// The message for a checked attempt. `canonical` is the folder the widget
/// is served from; questions are `#question=<id>` under `#check`.
pub fn quiz_message(canonical: &str, answers: &Answers) -> QuizMessage {
    let content = content::structure();
    let score = quiz::score(answers);
    let passed = score.passed();
    let mut statements: Vec<Statement> = content
        .questions
        .iter()
        .map(|question| {
            let chosen = answers.get(question.id);
            statement(
                VERB_ANSWERED,
                "answered",
                format!("{canonical}#check&question={}", question.id),
                question.prompt,
                StatementResult {
                    completion: None,
                    success: Some(quiz::mark(question, chosen) == Mark::Right),
                    score: None,
                    response: Some(chosen.join("[,]")),
                },
            )
        })
        .collect();
    let event = if passed { "passed" } else { "failed" };
    statements.push(statement(
        if passed { VERB_PASSED } else { VERB_FAILED },
        event,
        format!("{canonical}#check"),
        content.ui.quiz_heading,
        StatementResult {
            completion: Some(true),
            success: Some(passed),
            score: Some(XapiScore {
                scaled: score.scaled(),
                raw: Some(score.right),
                min: Some(0),
                max: Some(score.total),
            }),
            response: None,
        },
    ));
    QuizMessage {
        kind: QUIZ,
        version: MESSAGE_VERSION,
        event,
        score: Tally {
            done: score.right,
            total: score.total,
        },
        passed,
        statements,
    }
}

/// What a host may ask of the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostCommand {
    /// `{"type":"vge:select-phase","version":1,"phase":"interest"}`
    SelectPhase(Phase),
}

/// The command in a documented message (parsed JSON: `crate::formats::json`);
/// anything else is `None`.
pub fn read_incoming<J: Json>(message: &J) -> Option<HostCommand> {
    if message.get("version").as_ref().and_then(json::whole) != Some(MESSAGE_VERSION) {
        return None;
    }
    match message.get("type")?.as_str()?.as_str() {
        SELECT_PHASE => {
            Phase::from_id(&message.get("phase")?.as_str()?).map(HostCommand::SelectPhase)
        }
        _ => None,
    }
}

/// What the code a teacher pastes is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snippet<'a> {
    /// The folder the app is served from, ending in `/`.
    pub app_url: &'a str,
    pub lang: Lang,
    pub view: View,
    /// The phase the frame opens at, if the teacher pinned one.
    pub start: Option<Phase>,
    /// The frame's title.
    pub title: &'a str,
    /// The text of the link that ends the code.
    pub link_text: &'a str,
}

/// The code a teacher pastes: an iframe with the pre-rendered embedding
/// page of the view in the language, the host script that sizes it, and
/// an ordinary link to the whole widget. A platform that cleans what
/// teachers paste (Moodle's `forceclean`) removes the iframe and the
/// script but keeps the link, so learners never meet a blank space; the
/// host script hides the link once the frame reports it works.
///
/// `start` pins the phase the frame opens at (`#phase=…`), and only where
/// the view shows the timeline; a teacher chooses it on purpose. Without it
/// each learner's frame opens where they left off (the phase kept with
/// their work), never at whatever phase the teacher happened to be reading.
pub fn snippet(code: &Snippet<'_>) -> String {
    let fragment = match code.start {
        Some(phase) if code.view.shows_timeline() => with_phase("", phase),
        _ => String::new(),
    };
    let frame = format!(
        "{}{}{fragment}",
        code.app_url,
        Page::embed(code.lang, code.view).file_name()
    );
    let whole = format!(
        "{}{fragment}",
        Page::full(code.lang).address(Some(code.app_url))
    );
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"720\" loading=\"lazy\" style=\"border:0\" data-value-governance></iframe>\n<script src=\"{}embed.js\" async></script>\n<p data-value-governance-link><a href=\"{}\" target=\"_blank\" rel=\"noopener\">{}</a></p>",
        escape(&frame),
        escape(code.title),
        escape(code.app_url),
        escape(&whole),
        escape(code.link_text),
    )
}
