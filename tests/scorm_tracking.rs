//! What the platform's reports get for each question and each checklist
//! item (`formats::cmi::tracking`): the response and right-answer formats per
//! question kind and version, one response for a multiple choice however it
//! was picked or shown, the order of the elements, the objectives for some
//! ticks, the times, and every value inside the standard's limits (and
//! Moodle's runtime's, where it is stricter).
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::content::{Lang, Question, QuestionKind};
use value_governance_explorer::domain::quiz::{arrangement, Answers, Mark};
use value_governance_explorer::domain::work::Work;
use value_governance_explorer::formats::cmi::tracking::{
    interactions, objectives, pattern, response, result, time_12, timestamp_2004, within, Check,
    Element, Moment, DESCRIPTION_MAX, RESPONSE_MAX_12,
};
use value_governance_explorer::formats::cmi::{platform_len, Version};

const BOTH: [Version; 2] = [Version::Scorm12, Version::Scorm2004];

fn question(id: &str) -> &'static Question {
    Lang::En
        .content()
        .question(id)
        .expect("a question of the content")
}

/// 2025-11-27 07:53:20.123 UTC.
const AT: f64 = 1_764_230_000_123.0;

fn at(zone_minutes: i32) -> Moment {
    Moment {
        epoch_ms: AT,
        zone_minutes,
    }
}

/// All right but the phases' order (as the e2e test answers): 7 of 8.
fn seven_of_eight() -> Answers {
    Answers::from_pairs([
        ("phase-order", vec!["interest", "unity", "comprehensive"]),
        ("still-unfolding", vec!["comprehensive"]),
        ("growth-incentives", vec!["value-goals"]),
        ("goal-adjustment", vec!["goal-adjustment"]),
        ("needs", vec!["mobilization", "empowerment"]),
        ("starting-point", vec!["cohesion"]),
        (
            "dimensions",
            vec!["coordination", "absorption", "operation"],
        ),
        (
            "capability-levels",
            vec!["values", "institutions", "methodology"],
        ),
    ])
}

/// Elements and values as plain strings, to compare with a list.
fn as_strs(values: &[Element]) -> Vec<(&str, &str)> {
    values
        .iter()
        .map(|(element, value)| (element.as_str(), value.as_str()))
        .collect()
}

/// The value of `element`, if set.
fn value<'a>(values: &'a [Element], element: &str) -> Option<&'a str> {
    values
        .iter()
        .find(|(name, _)| name == element)
        .map(|(_, value)| value.as_str())
}

#[test]
fn responses_and_patterns_in_each_versions_format() {
    let order = question("phase-order");
    assert_eq!(order.kind(), QuestionKind::Order);
    let given = ["interest", "unity", "comprehensive"];
    assert_eq!(
        response(Version::Scorm12, order, &given),
        "interest,unity,comprehensive"
    );
    assert_eq!(
        response(Version::Scorm2004, order, &given),
        "interest[,]unity[,]comprehensive"
    );
    assert_eq!(
        pattern(Version::Scorm12, order),
        "unity,interest,comprehensive"
    );
    assert_eq!(
        pattern(Version::Scorm2004, order),
        "unity[,]interest[,]comprehensive"
    );

    let single = question("growth-incentives");
    assert_eq!(single.kind(), QuestionKind::Single);
    assert_eq!(
        response(Version::Scorm12, single, &["interests-power"]),
        "interests-power"
    );
    // Moodle's 2004 runtime refuses `-` in a short identifier.
    assert_eq!(
        response(Version::Scorm2004, single, &["interests-power"]),
        "interests_power"
    );
    assert_eq!(pattern(Version::Scorm12, single), "value-goals");
    assert_eq!(pattern(Version::Scorm2004, single), "value_goals");

    let multiple = question("dimensions");
    assert_eq!(multiple.kind(), QuestionKind::Multiple);
    assert_eq!(
        response(Version::Scorm12, multiple, &["cohesion", "absorption"]),
        "absorption,cohesion"
    );
    assert_eq!(
        response(Version::Scorm2004, multiple, &["cohesion", "absorption"]),
        "absorption[,]cohesion"
    );
    assert_eq!(
        pattern(Version::Scorm12, multiple),
        "absorption,operation,coordination"
    );
    assert_eq!(
        pattern(Version::Scorm2004, multiple),
        "absorption[,]operation[,]coordination"
    );

    // Not answered: an empty response; a choice that is not the
    // question's is never written.
    for version in BOTH {
        assert_eq!(response(version, single, &[]), "");
        assert_eq!(
            response(version, single, &["absorption", "unknown"]),
            "",
            "{version:?}"
        );
    }
    assert_eq!(result(Version::Scorm12, Mark::Right), "correct");
    assert_eq!(result(Version::Scorm12, Mark::Wrong), "wrong");
    assert_eq!(result(Version::Scorm12, Mark::Unanswered), "wrong");
    assert_eq!(result(Version::Scorm2004, Mark::Right), "correct");
    assert_eq!(result(Version::Scorm2004, Mark::Wrong), "incorrect");
    assert_eq!(result(Version::Scorm2004, Mark::Unanswered), "incorrect");
}

/// Every order of a list (Heap's algorithm).
fn permutations(items: &[&'static str]) -> Vec<Vec<&'static str>> {
    fn heap(k: usize, items: &mut Vec<&'static str>, out: &mut Vec<Vec<&'static str>>) {
        if k <= 1 {
            out.push(items.clone());
            return;
        }
        for i in 0..k {
            heap(k - 1, items, out);
            let j = if k.is_multiple_of(2) { i } else { 0 };
            items.swap(j, k - 1);
        }
    }
    let mut out = Vec::new();
    heap(items.len(), &mut items.to_vec(), &mut out);
    out
}

#[test]
fn a_multiple_choice_answered_in_any_order_gives_one_response() {
    let question = question("capability-levels");
    let picked = ["growth", "values", "methodology"];
    for version in BOTH {
        let orders = permutations(&picked);
        assert_eq!(orders.len(), 6);
        for order in orders {
            // Straight to the formatter, and through the learner's picks.
            assert_eq!(
                response(version, question, &order),
                match version {
                    Version::Scorm12 => "values,methodology,growth",
                    Version::Scorm2004 => "values[,]methodology[,]growth",
                },
                "{order:?}"
            );
            let mut answers = Answers::default();
            for choice in &order {
                answers.pick(question.id, choice);
            }
            let check = Check {
                answers: &answers,
                at: None,
                latency_ms: None,
            };
            let values = interactions(version, Lang::En, &check);
            let element = match version {
                Version::Scorm12 => "cmi.interactions.7.student_response",
                Version::Scorm2004 => "cmi.interactions.7.learner_response",
            };
            assert_eq!(
                value(&values, element),
                Some(response(version, question, &picked).as_str())
            );
        }
    }
}

#[test]
fn where_a_choice_was_shown_never_leaks_into_the_response() {
    let content = Lang::En.content();
    for (index, question) in content.questions.iter().enumerate() {
        let mut responses = std::collections::BTreeSet::new();
        for seed in 0..40 {
            let shown = arrangement(question, index, seed);
            // The learner picks what is shown first and last on screen;
            // the response names those choices, whatever the shuffle.
            let picked: Vec<&str> = match question.kind() {
                QuestionKind::Order => question.answer.to_vec(),
                QuestionKind::Single => vec![shown[0]],
                QuestionKind::Multiple => vec![shown[0], shown[shown.len() - 1]],
            };
            let written = response(Version::Scorm12, question, &picked);
            for token in written.split(',') {
                assert!(
                    question.choices.iter().any(|choice| choice.id == token),
                    "{}: {token} is not a choice id",
                    question.id
                );
            }
            // The same choices, shown anywhere, give the same response.
            let mut sorted = picked.clone();
            sorted.sort_unstable();
            let canonical = match question.kind() {
                QuestionKind::Order => written.clone(),
                _ => response(Version::Scorm12, question, &sorted),
            };
            assert_eq!(written, canonical, "{} seed {seed}", question.id);
            responses.insert(written);
        }
        // The shuffle did move the choices: several picks were seen.
        if question.kind() != QuestionKind::Order {
            assert!(responses.len() > 1, "{}: one response only", question.id);
        }
    }
}

#[test]
fn one_check_writes_each_question_in_the_contents_order() {
    let answers = seven_of_eight();
    let check = Check {
        answers: &answers,
        at: Some(at(480)),
        latency_ms: Some(83_400.0),
    };
    let values = interactions(Version::Scorm12, Lang::En, &check);
    let first = as_strs(&values[..8]);
    assert_eq!(
        first,
        [
            ("cmi.interactions.0.id", "phase-order"),
            ("cmi.interactions.0.type", "sequencing"),
            ("cmi.interactions.0.time", "15:53:20"),
            ("cmi.interactions.0.weighting", "1"),
            (
                "cmi.interactions.0.student_response",
                "interest,unity,comprehensive"
            ),
            (
                "cmi.interactions.0.correct_responses.0.pattern",
                "unity,interest,comprehensive"
            ),
            ("cmi.interactions.0.result", "wrong"),
            ("cmi.interactions.0.latency", "0000:01:23"),
        ]
    );
    let questions = Lang::En.content().questions;
    assert_eq!(values.len(), 8 * questions.len());
    let results: Vec<&str> = (0..questions.len())
        .map(|n| value(&values, &format!("cmi.interactions.{n}.result")).unwrap())
        .collect();
    assert_eq!(
        results,
        ["wrong", "correct", "correct", "correct", "correct", "correct", "correct", "correct"]
    );
    assert_eq!(
        value(&values, "cmi.interactions.4.student_response"),
        Some("empowerment,mobilization")
    );

    let values = interactions(Version::Scorm2004, Lang::Zh, &check);
    let first = as_strs(&values[..9]);
    assert_eq!(
        first,
        [
            ("cmi.interactions.0.id", "phase-order"),
            ("cmi.interactions.0.type", "sequencing"),
            (
                "cmi.interactions.0.description",
                Lang::Zh.content().questions[0].prompt
            ),
            (
                "cmi.interactions.0.timestamp",
                "2025-11-27T15:53:20.12+08:00"
            ),
            ("cmi.interactions.0.weighting", "1"),
            (
                "cmi.interactions.0.learner_response",
                "interest[,]unity[,]comprehensive"
            ),
            (
                "cmi.interactions.0.correct_responses.0.pattern",
                "unity[,]interest[,]comprehensive"
            ),
            ("cmi.interactions.0.result", "incorrect"),
            ("cmi.interactions.0.latency", "PT0H1M23S"),
        ]
    );
    assert_eq!(values.len(), 9 * questions.len());
    assert_eq!(
        value(&values, "cmi.interactions.2.learner_response"),
        Some("value_goals")
    );
    assert_eq!(value(&values, "cmi.interactions.2.result"), Some("correct"));
}

#[test]
fn each_entry_starts_with_its_id_and_sets_the_type_before_the_responses() {
    let answers = seven_of_eight();
    let check = Check {
        answers: &answers,
        at: Some(at(0)),
        latency_ms: Some(1.0),
    };
    for version in BOTH {
        let values = interactions(version, Lang::En, &check);
        for (n, question) in Lang::En.content().questions.iter().enumerate() {
            let prefix = format!("cmi.interactions.{n}.");
            let entry: Vec<&str> = values
                .iter()
                .filter_map(|(element, _)| element.strip_prefix(&prefix))
                .collect();
            assert_eq!(entry.first(), Some(&"id"), "{version:?} {n}");
            assert_eq!(
                value(&values, &format!("{prefix}id")),
                Some(question.id),
                "entry n is question n"
            );
            let type_at = entry.iter().position(|name| *name == "type").unwrap();
            for later in [
                "student_response",
                "learner_response",
                "correct_responses.0.pattern",
            ] {
                if let Some(at) = entry.iter().position(|name| *name == later) {
                    assert!(type_at < at, "{version:?} {n}: type before {later}");
                }
            }
        }
        // One entry after another, none interleaved.
        let entries: Vec<usize> = values
            .iter()
            .map(|(element, _)| {
                let rest = element.strip_prefix("cmi.interactions.").unwrap();
                rest.split('.').next().unwrap().parse().unwrap()
            })
            .collect();
        assert!(entries.windows(2).all(|pair| pair[0] <= pair[1]));
    }
}

#[test]
fn an_unanswered_question_is_wrong_with_an_empty_response_in_12_and_none_in_2004() {
    let answers =
        Answers::from_pairs([("phase-order", vec!["unity", "interest", "comprehensive"])]);
    let check = Check {
        answers: &answers,
        at: None,
        latency_ms: None,
    };
    let values = interactions(Version::Scorm12, Lang::En, &check);
    assert_eq!(
        value(&values, "cmi.interactions.1.student_response"),
        Some("")
    );
    assert_eq!(value(&values, "cmi.interactions.1.result"), Some("wrong"));
    assert_eq!(value(&values, "cmi.interactions.0.result"), Some("correct"));
    let values = interactions(Version::Scorm2004, Lang::En, &check);
    assert_eq!(value(&values, "cmi.interactions.1.learner_response"), None);
    assert_eq!(
        value(&values, "cmi.interactions.1.correct_responses.0.pattern"),
        Some("comprehensive")
    );
    assert_eq!(
        value(&values, "cmi.interactions.1.result"),
        Some("incorrect")
    );
    // Time and latency are left out when not known.
    for version in BOTH {
        let values = interactions(version, Lang::En, &check);
        assert!(values
            .iter()
            .all(|(element, _)| !element.ends_with(".latency")
                && !element.ends_with(".time")
                && !element.ends_with(".timestamp")));
    }
}

#[test]
fn times_of_day_and_timestamps_on_the_learners_clock() {
    assert_eq!(time_12(at(0)).as_deref(), Some("07:53:20"));
    assert_eq!(time_12(at(480)).as_deref(), Some("15:53:20"));
    assert_eq!(time_12(at(-330)).as_deref(), Some("02:23:20"));
    assert_eq!(
        timestamp_2004(at(0)).as_deref(),
        Some("2025-11-27T07:53:20.12Z")
    );
    assert_eq!(
        timestamp_2004(at(-330)).as_deref(),
        Some("2025-11-27T02:23:20.12-05:30")
    );
    // Across a leap day, at the last hundredth of a second.
    let leap = Moment {
        epoch_ms: 1_709_251_199_990.0,
        zone_minutes: 0,
    };
    assert_eq!(
        timestamp_2004(leap).as_deref(),
        Some("2024-02-29T23:59:59.99Z")
    );
    assert_eq!(time_12(leap).as_deref(), Some("23:59:59"));
    let next_day = Moment {
        epoch_ms: 1_709_251_199_990.0,
        zone_minutes: 60,
    };
    assert_eq!(
        timestamp_2004(next_day).as_deref(),
        Some("2024-03-01T00:59:59.99+01:00")
    );
    // SCORM 2004's years run from 1970 to 2038; a clock outside writes none.
    for epoch_ms in [2_177_452_800_000.0, -60_000.0, f64::NAN] {
        let moment = Moment {
            epoch_ms,
            zone_minutes: 0,
        };
        assert_eq!(timestamp_2004(moment), None, "{epoch_ms}");
    }
    // Every time of day is CMITime's `HH:MM:SS`.
    for step in 0..200 {
        let moment = Moment {
            epoch_ms: AT + step as f64 * 437_913.0,
            zone_minutes: (step % 27 - 13) * 60,
        };
        let time = time_12(moment).unwrap();
        let parts: Vec<u32> = time.split(':').map(|p| p.parse().unwrap()).collect();
        assert!(
            time.len() == 8 && parts[0] < 24 && parts[1] < 60 && parts[2] < 60,
            "{time}"
        );
    }
}

#[test]
fn objectives_say_which_items_are_ticked() {
    let work = Work::from_ids(["absorption", "values"]);
    let values = objectives(Version::Scorm12, Lang::En, &work);
    let items = Lang::En.content().items;
    assert_eq!(values.len(), 2 * items.len());
    assert_eq!(
        values[..4],
        [
            ("cmi.objectives.0.id".to_owned(), "empowerment".to_owned()),
            (
                "cmi.objectives.0.status".to_owned(),
                "incomplete".to_owned()
            ),
            ("cmi.objectives.1.id".to_owned(), "mobilization".to_owned()),
            (
                "cmi.objectives.1.status".to_owned(),
                "incomplete".to_owned()
            ),
        ]
    );
    let statuses: Vec<(&str, &str)> = items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            assert_eq!(
                value(&values, &format!("cmi.objectives.{n}.id")),
                Some(item.id)
            );
            (
                item.id,
                value(&values, &format!("cmi.objectives.{n}.status")).unwrap(),
            )
        })
        .filter(|(_, status)| *status == "completed")
        .collect();
    assert_eq!(
        statuses,
        [("absorption", "completed"), ("values", "completed")]
    );

    let values = objectives(Version::Scorm2004, Lang::Zh, &work);
    assert_eq!(values.len(), 4 * items.len());
    let absorption = items
        .iter()
        .position(|item| item.id == "absorption")
        .unwrap();
    let entry = as_strs(&values[4 * absorption..4 * absorption + 4]);
    assert_eq!(
        entry,
        [
            ("cmi.objectives.3.id", "absorption"),
            ("cmi.objectives.3.completion_status", "completed"),
            ("cmi.objectives.3.success_status", "unknown"),
            ("cmi.objectives.3.description", "价值目标吸纳"),
        ]
    );
    assert_eq!(
        value(&values, "cmi.objectives.0.completion_status"),
        Some("incomplete")
    );
    // Unticked again: incomplete again.
    let values = objectives(Version::Scorm2004, Lang::En, &Work::default());
    assert!(values
        .iter()
        .filter(|(element, _)| element.ends_with(".completion_status"))
        .all(|(_, status)| status == "incomplete"));
}

#[test]
fn long_text_is_cut_at_a_character_with_an_ellipsis() {
    assert_eq!(within("short", 250), "short");
    assert_eq!(within("two\nlines", 250), "two lines");
    let exact = "x".repeat(250);
    assert_eq!(within(&exact, 250), exact);
    let long = "y".repeat(251);
    let cut = within(&long, 250);
    assert_eq!(platform_len(&cut), 250);
    assert!(cut.ends_with("y…"));
    let chinese = "价值".repeat(200);
    let cut = within(&chinese, 250);
    assert_eq!(platform_len(&cut), 250);
    assert!(cut.ends_with('…'));
    // A character outside the BMP counts two units and is never split.
    let wide = "😀".repeat(200);
    let cut = within(&wide, 250);
    assert!(platform_len(&cut) <= 250);
    assert_eq!(cut.chars().filter(|c| *c == '😀').count(), 124);
}

/// SCORM 1.2's CMIIdentifier: printable ASCII, no spaces, up to 255.
fn identifier_12(text: &str) -> bool {
    !text.is_empty() && text.len() <= 255 && text.bytes().all(|b| (0x21..=0x7e).contains(&b))
}

/// SCORM 2004's short identifier as Moodle's runtime checks it
/// (`^[\w.]{1,250}$`, stricter than the standard and scorm-again).
fn short_identifier_moodle(text: &str) -> bool {
    (1..=250).contains(&text.len())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

#[test]
fn every_value_stays_within_the_standards_limits() {
    for lang in Lang::ALL {
        let content = lang.content();
        for question in content.questions {
            // The longest response: every choice.
            let all: Vec<&str> = question.choices.iter().map(|choice| choice.id).collect();
            assert!(identifier_12(question.id), "{}", question.id);
            let longest = response(Version::Scorm12, question, &all);
            assert!(platform_len(&longest) <= RESPONSE_MAX_12, "{longest}");
            assert!(platform_len(&pattern(Version::Scorm12, question)) <= RESPONSE_MAX_12);
            for written in [
                response(Version::Scorm2004, question, &all),
                pattern(Version::Scorm2004, question),
            ] {
                let tokens: Vec<&str> = written.split("[,]").collect();
                assert!(tokens.len() <= 36, "{written}");
                assert!(
                    tokens.iter().all(|token| short_identifier_moodle(token)),
                    "{written}"
                );
            }
            // No two choices share a token.
            let mut tokens: Vec<String> = all
                .iter()
                .map(|id| response(Version::Scorm2004, question, &[id]))
                .collect();
            tokens.sort();
            tokens.dedup();
            assert_eq!(tokens.len(), all.len(), "{}", question.id);
        }
        let answers = seven_of_eight();
        let check = Check {
            answers: &answers,
            at: Some(at(480)),
            latency_ms: Some(9_999.0 * 3_600_000.0),
        };
        for (element, value) in interactions(Version::Scorm2004, lang, &check) {
            if element.ends_with(".description") {
                assert!(platform_len(&value) <= DESCRIPTION_MAX, "{value}");
                assert!(!value.starts_with('{') && !value.contains('\n'), "{value}");
            }
        }
        for (element, value) in interactions(Version::Scorm12, lang, &check) {
            if element.ends_with(".latency") {
                assert_eq!(value, "9999:00:00", "CMITimespan's four-digit hours");
            }
        }
        for version in BOTH {
            for (element, value) in objectives(version, lang, &Work::default()) {
                if element.ends_with(".id") {
                    assert!(identifier_12(&value) && value.len() <= 4000, "{value}");
                }
                if element.ends_with(".description") {
                    assert!(platform_len(&value) <= DESCRIPTION_MAX, "{value}");
                }
            }
        }
    }
}
