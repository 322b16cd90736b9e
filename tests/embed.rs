//! Messages to and from a host page, and the embed snippet.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::page::View;
use value_governance_explorer::domain::phase::Phase;
use value_governance_explorer::domain::work::Work;
use value_governance_explorer::formats::embed::{
    height_message, progress_message, read_incoming, HostCommand, Snippet,
};

const CANONICAL: &str = "https://courses.example.edu/unit-3/explorer/";

/// The phase at this position (0: unity goals).
fn phase(position: usize) -> Phase {
    Phase::at(position).unwrap()
}

fn incoming(value: Value) -> Option<HostCommand> {
    read_incoming(&value)
}

#[test]
fn the_height_message_has_type_version_and_whole_pixels() {
    assert_eq!(
        serde_json::to_value(height_message(811.2)).unwrap(),
        json!({"type": "vge:height", "version": 1, "height": 812})
    );
    assert_eq!(height_message(-5.0).height, 0);
}

#[test]
fn ticking_an_item_is_progress_with_an_xapi_shaped_statement() {
    let before = Work::default();
    let after = Work::from_ids(["absorption"]);
    let message =
        serde_json::to_value(progress_message(CANONICAL, &before, &after).unwrap()).unwrap();
    assert_eq!(
        message,
        json!({
            "type": "vge:progress", "version": 1, "event": "progressed", "item": "absorption",
            "checked": ["absorption"], "core": {"done": 1, "total": 3}, "all": {"done": 1, "total": 9},
            "complete": false,
            "statement": {
                "verb": {"id": "http://adlnet.gov/expapi/verbs/progressed", "display": {"en-US": "progressed"}},
                "object": {"id": "https://courses.example.edu/unit-3/explorer/#item=absorption", "objectType": "Activity",
                           "definition": {"name": {"en-US": "Value goal absorption"}}},
                "result": {"completion": false, "score": {"scaled": 1.0 / 3.0}}
            }
        })
    );
    assert!(message["statement"].get("actor").is_none());
}

#[test]
fn completing_the_core_dimensions_is_completed_once() {
    let two = Work::from_ids(["absorption", "operation"]);
    let three = Work::from_ids(["absorption", "operation", "coordination"]);
    let message = progress_message(CANONICAL, &two, &three).unwrap();
    assert_eq!((message.event, message.complete), ("completed", true));
    assert_eq!(
        message.statement.verb.id,
        "http://adlnet.gov/expapi/verbs/completed"
    );
    assert_eq!(message.statement.object.id, CANONICAL);
    // A further tick after completion is progress again, still complete.
    let more = Work::from_ids(["absorption", "operation", "coordination", "values"]);
    let later = progress_message(CANONICAL, &three, &more).unwrap();
    assert_eq!((later.event, later.complete), ("progressed", true));
    // Unticking a core dimension is progress, no longer complete.
    let undone = progress_message(CANONICAL, &three, &two).unwrap();
    assert_eq!(
        (undone.event, undone.complete, undone.item),
        ("progressed", false, "coordination")
    );
}

#[test]
fn a_change_without_a_tick_posts_nothing() {
    let ticked = Work::from_ids(["values"]);
    let noted = ticked.clone().with_notes([("values", "a note")]);
    assert!(progress_message(CANONICAL, &ticked, &noted).is_none());
    assert!(progress_message(CANONICAL, &ticked, &ticked).is_none());
}

#[test]
fn only_the_documented_command_is_accepted() {
    assert_eq!(
        incoming(json!({"type": "vge:select-phase", "version": 1, "phase": "comprehensive"})),
        Some(HostCommand::SelectPhase(phase(2)))
    );
    for junk in [
        json!(null),
        json!("vge:select-phase"),
        json!({"type": "vge:select-phase", "version": 2, "phase": "interest"}),
        json!({"type": "vge:select-phase", "version": 1}),
        json!({"type": "vge:select-phase", "version": 1, "phase": "<img src=x>"}),
        json!({"type": "vge:select-phase", "version": 1, "phase": ["interest"]}),
        json!({"type": "vge:height", "version": 1, "height": 3}),
        json!({"type": "vge:reset", "version": 1}),
    ] {
        assert_eq!(incoming(junk.clone()), None, "{junk}");
    }
}

/// The code for these choices, with the link text "Open".
fn snippet(app_url: &str, lang: Lang, view: View, start: Option<Phase>, title: &str) -> String {
    value_governance_explorer::formats::embed::snippet(&Snippet {
        app_url,
        lang,
        view,
        start,
        title,
        link_text: "Open",
    })
}

#[test]
fn the_snippet_is_a_lazy_titled_iframe_the_script_and_a_link_with_escaped_urls() {
    let code = snippet(
        "https://example.edu/a&b/",
        Lang::Zh,
        View::Timeline,
        Some(phase(1)),
        "价值治理互动导读",
    );
    assert_eq!(
        code,
        "<iframe src=\"https://example.edu/a&amp;b/zh-embed-timeline.html#phase=interest\" title=\"价值治理互动导读\" width=\"100%\" height=\"720\" loading=\"lazy\" style=\"border:0\" data-value-governance></iframe>\n<script src=\"https://example.edu/a&amp;b/embed.js\" async></script>\n<p data-value-governance-link><a href=\"https://example.edu/a&amp;b/zh.html#phase=interest\" target=\"_blank\" rel=\"noopener\">Open</a></p>"
    );
    let all = value_governance_explorer::formats::embed::snippet(&Snippet {
        app_url: "https://example.edu/x/",
        lang: Lang::En,
        view: View::All,
        start: None,
        title: "A \"quoted\" <title>",
        link_text: "Open <the> explorer",
    });
    assert!(all.contains("title=\"A &quot;quoted&quot; &lt;title&gt;\""));
    assert!(!all.contains(" allow="));
    // The link, which survives a platform's cleaning, opens the whole widget.
    assert!(
        all.ends_with("<a href=\"https://example.edu/x/?lang=en\" target=\"_blank\" rel=\"noopener\">Open &lt;the&gt; explorer</a></p>"),
        "{all}"
    );
}

#[test]
fn by_default_the_snippet_pins_no_phase() {
    // Not the phase the teacher happened to be reading: the widget's own
    // default decides where each learner's frame opens.
    for lang in Lang::ALL {
        for view in View::ALL {
            let code = snippet("https://example.edu/x/", lang, view, None, "t");
            assert!(!code.contains('#'), "{lang:?} {view:?}: {code}");
            assert!(!code.contains("phase="), "{lang:?} {view:?}: {code}");
        }
    }
    let all = snippet("https://example.edu/x/", Lang::En, View::All, None, "t");
    assert!(
        all.starts_with("<iframe src=\"https://example.edu/x/embed.html\" "),
        "{all}"
    );
}

#[test]
fn a_phase_chosen_on_purpose_is_pinned_where_the_timeline_is_shown() {
    for (phase, id) in Phase::all().zip(["unity", "interest", "comprehensive"]) {
        for (view, file) in [
            (View::All, "embed.html"),
            (View::Timeline, "embed-timeline.html"),
        ] {
            let code = snippet("https://example.edu/x/", Lang::En, view, Some(phase), "t");
            assert!(
                code.contains(&format!("src=\"https://example.edu/x/{file}#phase={id}\"")),
                "{view:?} {id}: {code}"
            );
        }
    }
    // A view without the timeline has no phase to open at.
    for view in [View::Checklist, View::Check] {
        let code = snippet(
            "https://example.edu/x/",
            Lang::Zh,
            view,
            Some(phase(2)),
            "t",
        );
        assert!(!code.contains("phase="), "{view:?}: {code}");
    }
}

#[test]
fn checking_answers_reports_each_question_and_the_result_as_xapi_statements() {
    use value_governance_explorer::domain::quiz::Answers;
    use value_governance_explorer::formats::embed::quiz_message;
    let answers = Answers::from_pairs([
        ("starting-point", vec!["cohesion"]),
        ("dimensions", vec!["operation", "absorption"]),
    ]);
    let message = serde_json::to_value(quiz_message(CANONICAL, &answers)).unwrap();
    assert_eq!(message["type"], "vge:quiz");
    assert_eq!(message["version"], 1);
    assert_eq!(message["event"], "failed");
    assert_eq!(message["score"], json!({"done": 1, "total": 8}));
    let statements = message["statements"].as_array().unwrap();
    assert_eq!(statements.len(), 9, "one per question, then the quiz");
    let start = statements
        .iter()
        .find(|s| s["object"]["id"] == format!("{CANONICAL}#check&question=starting-point"))
        .unwrap();
    assert_eq!(
        start["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/answered"
    );
    assert_eq!(
        start["result"],
        json!({"success": true, "response": "cohesion"})
    );
    let dimensions = statements
        .iter()
        .find(|s| s["object"]["id"] == format!("{CANONICAL}#check&question=dimensions"))
        .unwrap();
    assert_eq!(
        dimensions["result"],
        json!({"success": false, "response": "absorption[,]operation"})
    );
    let last = &statements[8];
    assert_eq!(last["verb"]["id"], "http://adlnet.gov/expapi/verbs/failed");
    assert_eq!(last["object"]["id"], format!("{CANONICAL}#check"));
    assert_eq!(
        last["result"],
        json!({"completion": true, "success": false,
               "score": {"scaled": 0.125, "raw": 1, "min": 0, "max": 8}})
    );

    // Every answer right: passed.
    let right = Answers::from_pairs(
        Lang::En
            .content()
            .questions
            .iter()
            .map(|q| (q.id, q.answer.iter().copied())),
    );
    let message = serde_json::to_value(quiz_message(CANONICAL, &right)).unwrap();
    assert_eq!(message["event"], "passed");
    assert_eq!(
        message["statements"][8]["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/passed"
    );
    assert_eq!(message["statements"][8]["result"]["score"]["scaled"], 1.0);
}
