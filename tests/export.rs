//! Exported files: readable Markdown with every item, state and note; the
//! embedded record imports back; learner text never becomes markup.
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::content::{Lang, EN, ZH};
use value_governance_explorer::domain::work::Work;
use value_governance_explorer::formats::export::{
    check_import, file_name, find_record_json, markdown, record, NotAnExport,
};

mod records;
use records::record_of;

fn sample() -> Work {
    Work::from_ids(["absorption", "values"]).with_notes([
        ("absorption", "Goals taken in.\nSecond line."),
        ("cohesion", "<img src=x onerror=alert(1)> ``` break"),
    ])
}

fn export(lang: Lang, progress: &Work) -> String {
    let json = serde_json::to_string(&record(progress, lang, "2026-11-27")).unwrap();
    markdown(lang.content(), progress, "2026-11-27", &json)
}

#[test]
fn the_markdown_reads_on_its_own() {
    let text = export(Lang::En, &sample());
    assert!(text.starts_with("# Value Governance Explorer — my progress\n"));
    assert!(text.contains("Zhou Shangjun (周尚君)"));
    assert!(text.contains("Social Sciences in China"));
    assert!(text.contains("Exported 2026-11-27."));
    assert!(text.contains("1 of 3 dimensions · 2 of 9 items"));
    for item in EN.items {
        let mark = if ["absorption", "values"].contains(&item.id) {
            "[x]"
        } else {
            "[ ]"
        };
        assert!(
            text.contains(&format!("- {mark} {} ({})", item.label, item.term)),
            "{}",
            item.id
        );
    }
    assert!(text.contains("  > Goals taken in.\n  > Second line.\n"));
    assert_eq!(
        file_name("2026-11-27"),
        "value-governance-progress-2026-11-27.md"
    );
}

#[test]
fn the_chinese_export_uses_the_chinese_text() {
    let text = export(Lang::Zh, &sample());
    assert!(text.starts_with("# 价值治理互动导读——我的学习记录\n"));
    assert!(text.contains("- [x] 价值目标吸纳 (value goal absorption)"));
    assert_eq!(ZH.items.len(), EN.items.len());
}

#[test]
fn learner_text_cannot_become_markup_or_break_the_data_block() {
    let text = export(Lang::En, &sample());
    assert!(!text.contains("<img"), "{text}");
    assert!(text.contains("&lt;img src=x onerror=alert(1)&gt;"));
    let json = find_record_json(&text).expect("data block");
    assert!(!json.contains('`') && !json.contains('<'));
    let round = check_import(record_of(json)).unwrap();
    assert_eq!(round, sample());
}

#[test]
fn a_bare_json_export_imports_too() {
    let json = serde_json::to_string(&record(&sample(), Lang::En, "2026-11-27")).unwrap();
    let file = format!("\u{feff}  {json}\n");
    let found = find_record_json(&file).unwrap();
    assert_eq!(check_import(record_of(found)).unwrap(), sample());
}

#[test]
fn files_that_are_not_exports_are_refused() {
    assert_eq!(find_record_json("# Just some notes\n\nNo data here."), None);
    assert_eq!(find_record_json("```json\n{ unterminated"), None);
    let storage_record = record_of(r#"{"version":2,"checked":["values"]}"#);
    assert_eq!(check_import(storage_record), Err(NotAnExport));
    let zero = record_of(r#"{"version":0,"format":"value-governance-explorer"}"#);
    assert_eq!(check_import(zero), Err(NotAnExport));
}

#[test]
fn exports_from_older_and_newer_versions_are_read_as_far_as_possible() {
    let old = r#"{"version":1,"format":"value-governance-explorer","checked":["values","nope"]}"#;
    assert_eq!(
        check_import(record_of(old)).unwrap(),
        Work::from_ids(["values"])
    );
    let new = r#"{"version":7,"format":"value-governance-explorer","checked":["values"],"notes":{"values":"n"},"extra":1}"#;
    let progress = check_import(record_of(new)).unwrap();
    assert_eq!(progress.note("values"), "n");
}

#[test]
fn the_attempt_is_in_the_markdown_and_comes_back_on_import() {
    use value_governance_explorer::domain::quiz::Answers;
    let attempt = Answers::from_pairs([
        ("starting-point", vec!["empowerment"]),
        ("phase-order", vec!["unity", "interest", "comprehensive"]),
    ]);
    let progress = sample().with_quiz(Some(attempt));
    let text = export(Lang::En, &progress);
    assert!(text.contains("## Check yourself"), "{text}");
    assert!(text.contains("1 of 8 correct · Not yet passed"), "{text}");
    assert!(text.contains("Your answer: Unity goals → Interest goals → Comprehensive goals"));
    assert!(text.contains("Your answer: Scientific and technological empowerment"));
    assert!(text.contains("Not quite. Local governments, the abstract says, need to start"));
    let imported = check_import(record_of(find_record_json(&text).unwrap())).unwrap();
    assert_eq!(imported, progress);

    let zh = export(Lang::Zh, &progress);
    assert!(zh.contains("## 自我检测"), "{zh}");
    assert!(
        zh.contains("你的答案: 团结目标 → 利益目标 → 综合目标"),
        "{zh}"
    );
    let none = export(Lang::En, &sample());
    assert!(none.contains("## Check yourself\n\nNot attempted yet."));
}
