//! The boot script's rules against the Rust side's, on one table of cases
//! (`tests/cases/boot-rules.toml`): the address's phase (`url::parse`),
//! language tags (`Lang::from_tag`) and the paint hint (`paint_hint::read`,
//! and `paint_hint::hint` for the hints it writes; boot.js finds it as the
//! stored record's `paint` member). Each case runs against the Rust
//! functions here, and against `static/boot.js` itself in node
//! (`tests/boot/run-boot.mjs`: the script in a `vm` context on a fake page,
//! given the `VGE_BOOT` the renderer writes, `prerender boot-config`). A
//! case either side answers otherwise fails the test, so boot.js cannot
//! drift from the Rust side unnoticed.
#![cfg(not(target_arch = "wasm32"))]

use serde::{Deserialize, Serialize};
use std::io::Write;
use std::process::{Command, Stdio};
use value_governance_explorer::content::{self, Lang};
use value_governance_explorer::domain::address as url;
use value_governance_explorer::domain::phase::Phase;
use value_governance_explorer::domain::work::Work;
use value_governance_explorer::formats::paint_hint as paint;

const CASES: &str = include_str!("cases/boot-rules.toml");

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    address: Vec<AddressCase>,
    language: Vec<LanguageCase>,
    hint: Vec<HintCase>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct AddressCase {
    #[serde(default)]
    query: String,
    #[serde(default)]
    fragment: String,
    phase: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct LanguageCase {
    tag: String,
    lang: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct HintCase {
    stored: Option<String>,
    phase: Option<String>,
    #[serde(default)]
    ticked: Vec<String>,
    #[serde(default)]
    written: bool,
}

/// What a hint paints: the phase and the ticked ids, sorted.
#[derive(Debug, PartialEq, Deserialize)]
struct Painted {
    phase: Option<String>,
    ticked: Vec<String>,
}

impl HintCase {
    fn painted(&self) -> Painted {
        let mut ticked = self.ticked.clone();
        ticked.sort();
        Painted {
            phase: self.phase.clone(),
            ticked,
        }
    }
}

/// What boot.js answered, case by case.
#[derive(Debug, Deserialize)]
struct BootAnswers {
    address: Vec<Option<String>>,
    language: Vec<Option<String>>,
    hint: Vec<Painted>,
}

fn cases() -> Cases {
    toml::from_str(CASES).expect("tests/cases/boot-rules.toml")
}

fn phase_id(phase: Phase) -> String {
    phase.id().to_owned()
}

/// Every case the answers disagree with, one line each.
fn disagreements(side: &str, cases: &Cases, answers: &BootAnswers) -> Vec<String> {
    let mut found = Vec::new();
    assert_eq!(answers.address.len(), cases.address.len());
    assert_eq!(answers.language.len(), cases.language.len());
    assert_eq!(answers.hint.len(), cases.hint.len());
    for (case, answer) in cases.address.iter().zip(&answers.address) {
        if *answer != case.phase {
            found.push(format!(
                "address {:?} {:?}: the table says phase {:?}, {side} {:?}",
                case.query, case.fragment, case.phase, answer
            ));
        }
    }
    for (case, answer) in cases.language.iter().zip(&answers.language) {
        if *answer != case.lang {
            found.push(format!(
                "language tag {:?}: the table says {:?}, {side} {:?}",
                case.tag, case.lang, answer
            ));
        }
    }
    for (case, answer) in cases.hint.iter().zip(&answers.hint) {
        if *answer != case.painted() {
            found.push(format!(
                "hint {:?}: the table says {:?}, {side} {:?}",
                case.stored,
                case.painted(),
                answer
            ));
        }
    }
    found
}

/// The Rust side's answers to every case.
fn rust_answers(cases: &Cases) -> BootAnswers {
    BootAnswers {
        address: cases
            .address
            .iter()
            .map(|case| url::parse(&case.query, &case.fragment).phase.map(phase_id))
            .collect(),
        language: cases
            .language
            .iter()
            .map(|case| Lang::from_tag(&case.tag).map(|lang| lang.code().to_owned()))
            .collect(),
        hint: cases
            .hint
            .iter()
            .map(|case| {
                let read = case
                    .stored
                    .as_deref()
                    .and_then(|text| serde_json::from_str::<serde_json::Value>(text).ok())
                    .and_then(|value| paint::read(&value));
                let (phase, work) = read.unwrap_or((None, Work::default()));
                let mut ticked: Vec<String> = work.ids().map(str::to_owned).collect();
                ticked.sort();
                Painted {
                    phase: phase.map(phase_id),
                    ticked,
                }
            })
            .collect(),
    }
}

/// boot.js's answers to every case, from node.
fn boot_answers(cases: &Cases) -> BootAnswers {
    let config = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg("boot-config")
        .output()
        .expect("prerender boot-config");
    assert!(config.status.success(), "prerender boot-config failed");
    let config = String::from_utf8(config.stdout)
        .expect("UTF-8")
        .trim()
        .to_owned();
    let root = env!("CARGO_MANIFEST_DIR");
    let boot = std::fs::read_to_string(format!("{root}/static/boot.js")).expect("static/boot.js");
    let items: Vec<&str> = content::structure()
        .items
        .iter()
        .map(|item| item.id)
        .collect();
    let mut input = serde_json::to_value(cases).expect("cases as JSON");
    input["config"] = config.into();
    input["boot"] = boot.into();
    input["items"] = serde_json::json!(items);
    let mut node = Command::new("node")
        .arg(format!("{root}/tests/boot/run-boot.mjs"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("node (the boot script's rules run in node)");
    node.stdin
        .take()
        .expect("stdin")
        .write_all(input.to_string().as_bytes())
        .expect("write the cases to node");
    let output = node.wait_with_output().expect("node");
    assert!(output.status.success(), "tests/boot/run-boot.mjs failed");
    serde_json::from_slice(&output.stdout).expect("boot.js's answers as JSON")
}

#[test]
fn the_rust_side_answers_every_case_as_the_table_says() {
    let cases = cases();
    let found = disagreements("Rust", &cases, &rust_answers(&cases));
    assert!(found.is_empty(), "\n{}\n", found.join("\n"));
}

#[test]
fn the_boot_script_answers_every_case_as_the_table_says() {
    let cases = cases();
    let found = disagreements("boot.js", &cases, &boot_answers(&cases));
    assert!(found.is_empty(), "\n{}\n", found.join("\n"));
}

#[test]
fn the_hints_rust_writes_are_the_table_s() {
    for case in cases().hint.iter().filter(|case| case.written) {
        let phase = case.phase.as_deref().and_then(Phase::from_id);
        let work = Work::from_ids(case.ticked.iter().map(String::as_str));
        assert_eq!(
            Some(serde_json::to_string(&paint::hint(&work, phase)).unwrap()),
            case.stored,
            "{:?} {:?}",
            case.ticked,
            case.phase
        );
    }
}

#[test]
fn the_table_covers_each_rule() {
    let cases = cases();
    assert!(cases.address.iter().any(|case| case.phase.is_some()));
    assert!(cases.address.iter().any(|case| case.phase.is_none()));
    assert!(cases.language.iter().any(|case| case.lang.is_none()));
    for lang in Lang::ALL {
        assert!(cases
            .language
            .iter()
            .any(|case| case.lang.as_deref() == Some(lang.code())));
    }
    assert!(cases.hint.iter().any(|case| case.written));
    assert!(cases.hint.iter().any(|case| case.stored.is_none()));
}
