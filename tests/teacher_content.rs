//! The page for teachers' content files (`en-teacher.toml`, `zh-teacher.toml`):
//! they parse, every text is there, the languages have the same shape, and
//! a mistake is named with its file and field.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/content/source.rs"]
#[allow(dead_code)]
mod source;

use std::fs;

fn read(file: &str) -> String {
    fs::read_to_string(format!("src/content/{file}")).expect("content file exists")
}

fn load(file: &str, text: &str) -> Result<source::Teacher, Vec<String>> {
    source::load_teacher(file, text)
}

#[test]
fn both_files_load_with_the_same_shape() {
    let loaded: Vec<(&str, source::Teacher)> = source::TEACHER_FILES
        .iter()
        .map(|(_, file)| {
            let teacher = load(file, &read(file)).unwrap_or_else(|problems| panic!("{problems:?}"));
            (*file, teacher)
        })
        .collect();
    let (first_file, first) = &loaded[0];
    for (file, teacher) in &loaded[1..] {
        assert_eq!(
            source::same_shape((first_file, first), (file, teacher)),
            Vec::<String>::new()
        );
    }
}

#[test]
fn an_empty_text_a_wrong_form_an_unknown_key_and_a_missing_step_are_named() {
    let text = read("en-teacher.toml");
    let empty = text.replacen("heading = \"For teachers\"", "heading = \"  \"", 1);
    assert_eq!(
        load("en-teacher.toml", &empty).unwrap_err(),
        ["en-teacher.toml: heading: is empty"]
    );
    // The wordings the build refuses anywhere are refused here too.
    let wrong = text.replacen(
        "ends with the answers",
        "ends with the answers (the paper criticises one reading)",
        1,
    );
    let problems = load("en-teacher.toml", &wrong).unwrap_err();
    assert!(
        problems[0].starts_with("en-teacher.toml: intro: spells -ise"),
        "{problems:?}"
    );
    let unknown = format!("{text}\nsubtitle = \"x\"\n");
    let problems = load("en-teacher.toml", &unknown).unwrap_err();
    assert!(
        problems[0].contains("unknown field `subtitle`"),
        "{problems:?}"
    );

    // A language with a step fewer than the other is named with the list.
    let en = load("en-teacher.toml", &text).unwrap();
    let mut zh = load("zh-teacher.toml", &read("zh-teacher.toml")).unwrap();
    zh.canvas_steps.pop();
    let problems = source::same_shape(("en-teacher.toml", &en), ("zh-teacher.toml", &zh));
    assert!(
        problems
            .iter()
            .any(|problem| problem.starts_with("zh-teacher.toml: canvas_steps[1]")),
        "{problems:?}"
    );
}
