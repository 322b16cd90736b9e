//! The learner's work as a file: Markdown that reads on its own (title,
//! citation, date, every item with its state and note), with the record
//! embedded as JSON so the same file can be imported on another device; and
//! reading such a file (or a bare JSON record) back. Pure: no web APIs.

use crate::content::{fill, Content, Lang};
// Learner text is shown as text even by Markdown viewers that render HTML.
use crate::domain::quiz;
use crate::domain::work::Work;
use crate::formats::html::escape;
use crate::formats::record::{Record, VERSION};
use std::fmt::Write as _;

/// Marks an exported record, so an unrelated JSON file is not taken for one.
pub const FORMAT: &str = "value-governance-explorer";

/// The record written into an export.
pub fn record(work: &Work, lang: Lang, date: &str) -> Record {
    Record {
        format: Some(FORMAT.to_owned()),
        exported: Some(date.to_owned()),
        ..Record::of(work, lang)
    }
}

/// The download's file name, e.g. `value-governance-progress-2026-11-27.md`.
pub fn file_name(date: &str) -> String {
    format!("value-governance-progress-{date}.md")
}

/// The Markdown export. `record_json` is `record(…)` as JSON text.
pub fn markdown(content: &'static Content, work: &Work, date: &str, record_json: &str) -> String {
    let ui = &content.ui;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", ui.export_title);
    let _ = writeln!(out, "{}\n", content.citation.line());
    let _ = writeln!(out, "{}\n", fill(ui.exported_on, &[("date", &date)]));
    let _ = writeln!(
        out,
        "{} · {}\n",
        work.core().describe(ui.progress_core),
        work.all().describe(ui.progress_all)
    );
    for group in content.groups {
        let _ = writeln!(out, "## {}\n", group.heading);
        for item in content.items_in(group.id) {
            let mark = if work.is_checked(item.id) { "x" } else { " " };
            let _ = writeln!(out, "- [{mark}] {} ({})", item.label, item.term);
            let note = work.note(item.id);
            if !note.is_empty() {
                let _ = writeln!(out, "  >");
                for line in note.lines() {
                    let _ = writeln!(out, "  > {}", escape(line));
                }
            }
        }
        out.push('\n');
    }
    quiz_section(&mut out, content, work);
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        ui.export_data_heading, ui.export_data_note
    );
    let _ = writeln!(out, "```json\n{}\n```", fence_safe(record_json));
    out
}

/// "Check yourself": the score of the last attempt, and each question with
/// the learner's answer and its mark.
fn quiz_section(out: &mut String, content: &'static Content, work: &Work) {
    let ui = &content.ui;
    let _ = writeln!(out, "## {}\n", ui.quiz_heading);
    let Some(answers) = work.quiz() else {
        let _ = writeln!(out, "{}\n", ui.quiz_not_attempted);
        return;
    };
    let (score, questions) = quiz::review(content, answers);
    let _ = writeln!(out, "{score}\n");
    for (index, question) in questions.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", index + 1, question.prompt);
        if let Some(answer) = &question.answer {
            let _ = writeln!(out, "   {}: {answer}", ui.quiz_your_answer);
        }
        let _ = writeln!(out, "   {} {}", question.mark, question.why);
    }
    out.push('\n');
}

/// JSON that cannot close its code fence or open a tag: the same value,
/// with backticks and angle brackets written as escapes.
fn fence_safe(json: &str) -> String {
    json.replace('`', "\\u0060")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
}

/// The JSON record inside an exported file: the whole text if it is JSON,
/// else the first ```json block of a Markdown export.
pub fn find_record_json(text: &str) -> Option<&str> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.starts_with('{') {
        return Some(trimmed);
    }
    let start = trimmed.find("```json")? + "```json".len();
    let body = &trimmed[start..];
    let end = body.find("```")?;
    Some(body[..end].trim())
}

/// A record that this widget did not export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAnExport;

/// The work in an imported record, if it is one of ours. Records from newer
/// versions are read as far as they can be; unknown ids are dropped.
pub fn check_import(record: Record) -> Result<Work, NotAnExport> {
    if record.format.as_deref() != Some(FORMAT) || record.version == 0 {
        return Err(NotAnExport);
    }
    let record = if record.version <= VERSION {
        record.migrate()
    } else {
        record
    };
    Ok(record.work())
}
