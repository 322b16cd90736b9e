//! Reading and validating the content files. Compiled into `src/build.rs`, which
//! turns validated content into Rust statics, and into the native tests; never
//! into the wasm, which therefore carries no TOML parser.
//!
//! Every error names the file, the entry (by id where it has one) and the
//! field, so a course author can find the mistake without reading Rust.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

pub type Text = String;
pub type List<T> = Vec<T>;

/// The content files, by language code, relative to `src/content/`.
pub const FILES: &[(&str, &str)] = &[("en", "en.toml"), ("zh", "zh.toml")];

/// The page for teachers' files, by language code, relative to
/// `src/content/`.
pub const TEACHER_FILES: &[(&str, &str)] = &[("en", "en-teacher.toml"), ("zh", "zh-teacher.toml")];

/// The checklist groups in the order of the abstract's chain, which the
/// checklist claims to follow: what local governments need under a changing
/// risk situation (scientific and technological empowerment, a further
/// optimized value mobilization mechanism), where the upgrading starts
/// (organizational cohesion), the three dimensions of institutional
/// upgrading, and the capability it is to achieve at three levels. Every
/// `[[groups]]` entry must be listed here, and the entries must come in this
/// order.
pub const GROUP_ORDER: &[&str] = &["needs", "start", "core", "outcome"];

/// How goal adjustment (目标调适) is written. The abstract says growth
/// incentives "will be optimized and transformed through goal adjustment";
/// it never gives goal adjustment as the way one phase leads to the next, so
/// no connector between two phases may be labelled with it (a rule of
/// `WRONG_FORMS`).
pub const GOAL_ADJUSTMENT: &[&str] = &["goal adjustment", "goal-adjustment", "目标调适"];

/// A wording the build refuses: one that departs from the abstracts (or from
/// the files' spelling) and has been written before, so would easily come back.
pub struct WrongForm {
    /// The fields it is refused in, as paths with `*` for any entry (e.g.
    /// `shifts[*].label`); empty for every text field of every file.
    pub fields: &'static [&'static str],
    /// The forms, lowercase; a field containing one, in any case, is refused.
    pub forms: &'static [&'static str],
    /// What using it does, e.g. "names goal adjustment".
    pub what: &'static str,
    /// Why that is wrong, and what to write instead.
    pub why: &'static str,
}

/// The wordings the build refuses, each with where and why.
pub const WRONG_FORMS: &[WrongForm] = &[
    WrongForm {
        fields: &["shifts[*].label"],
        forms: GOAL_ADJUSTMENT,
        what: "names goal adjustment",
        why:
            "the abstract ties it to growth incentives, not to the move between two phases; \
              label the connector with what the abstract says of the move (e.g. \"finally toward\")",
    },
    WrongForm {
        fields: &[],
        forms: &["坚持共同的理想信念"],
        what: "misquotes the opening claim",
        why: "the Chinese abstract says 凝聚共同的理想信念、价值理念、道德观念 (the English \
              \"consolidation of\"); 坚持 is the wording of another document",
    },
    WrongForm {
        fields: &["ui.intro"],
        forms: &["国家治理效能"],
        what: "misquotes what existing research cannot reveal",
        why: "the Chinese abstract speaks of the 深层机理 behind 国家治理绩效 (performance); \
              效能 is the word of the paper's title (制度效能), another concept",
    },
    WrongForm {
        fields: &[],
        forms: &["最终迈向"],
        what: "misquotes the move to comprehensive goals",
        why: "the Chinese abstract says (并)迈向“综合目标”; 最终 suggests an end, \
              and the third phase is still unfolding",
    },
    WrongForm {
        fields: &[],
        forms: &["不断变化的风险治理格局"],
        what: "misquotes the risk situation",
        why: "the Chinese abstract says 瞬息万变的风险治理格局",
    },
    WrongForm {
        fields: &[],
        forms: &["criticise", "criticising"],
        what: "spells -ise",
        why: "the English content spells -ize (criticize, organize)",
    },
];

/// The field pattern a path matches: every `[…]` (an index or `id=…`) as `[*]`.
fn field_pattern(path: &str) -> String {
    let mut pattern = String::with_capacity(path.len());
    let mut inside = false;
    for c in path.chars() {
        match (c, inside) {
            ('[', _) => {
                pattern.push_str("[*");
                inside = true;
            }
            (']', _) => {
                pattern.push(']');
                inside = false;
            }
            (_, true) => {}
            (_, false) => pattern.push(c),
        }
    }
    pattern
}

/// What is wrong with one text of a content file, whatever the file: it is
/// empty, or it uses a wording of `WRONG_FORMS`.
fn text_problems(path: &str, text: &str) -> Vec<String> {
    let empty = text.trim().is_empty().then(|| "is empty".to_owned());
    let wrong = wrong_forms(path, text)
        .into_iter()
        .map(|(rule, form)| format!("{} (\"{form}\"): {}", rule.what, rule.why));
    empty.into_iter().chain(wrong).collect()
}

/// Every rule of `WRONG_FORMS` that the text at `path` (e.g.
/// `items[id=values].explanation`) breaks, each with the form it uses.
pub fn wrong_forms(path: &str, text: &str) -> Vec<(&'static WrongForm, &'static str)> {
    let pattern = field_pattern(path);
    let lower = text.to_lowercase();
    WRONG_FORMS
        .iter()
        .filter(|rule| rule.fields.is_empty() || rule.fields.contains(&pattern.as_str()))
        .filter_map(|rule| {
            rule.forms
                .iter()
                .find(|form| lower.contains(**form))
                .map(|form| (rule, *form))
        })
        .collect()
}

/// The groups whose intro must claim no order in time: the abstract names
/// the two needs (empowerment, value mobilization) and the starting point
/// (organizational cohesion) without saying which comes first, and "Check
/// yourself" keys cohesion, not empowerment, as where upgrading starts.
pub const UNORDERED_GROUPS: &[&str] = &["needs"];

/// Words that put something in an order in time: English word beginnings
/// (so "first", "firstly", "steps") and Chinese substrings.
const ORDER_WORDS_EN: &[&str] = &[
    "first", "step", "then", "next", "before", "after", "begin", "start", "prior", "initial",
];
const ORDER_WORDS_ZH: &[&str] = &[
    "首先", "第一", "步骤", "然后", "接着", "随后", "之后", "之前", "起点", "入手", "开始", "先",
];

/// The first word or phrase in `text` that claims an order in time, if any.
pub fn order_claim(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let english = lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .find_map(|word| ORDER_WORDS_EN.iter().find(|root| word.starts_with(**root)));
    english
        .or_else(|| ORDER_WORDS_ZH.iter().find(|word| lower.contains(**word)))
        .copied()
}

macro_rules! content_model {
    ($( $(#[$meta:meta])* pub struct $name:ident { $( pub $field:ident : $ty:ty ),* $(,)? } )*) => {
        $(
            $(#[$meta])*
            #[derive(Debug, Clone, Deserialize)]
            #[serde(deny_unknown_fields)]
            pub struct $name { $( pub $field: $ty ),* }

            impl Node for $name {
                fn emit(&self, out: &mut String) {
                    out.push_str(concat!(stringify!($name), " { "));
                    $(
                        out.push_str(concat!(stringify!($field), ": "));
                        self.$field.emit(out);
                        out.push_str(", ");
                    )*
                    out.push('}');
                }

                fn visit(&self, path: &str, leaf: &mut dyn FnMut(&str, Leaf<'_>)) {
                    $( self.$field.visit(&join(path, stringify!($field)), leaf); )*
                }
            }
        )*
    };
}

include!("model.rs");

/// A value at the end of a path through the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaf<'a> {
    Text(&'a str),
    Flag(bool),
}

/// Walks parsed content: `emit` writes it as a Rust expression of the
/// `&'static` twin types in `content.rs`; `visit` reports every leaf with a
/// path such as `items[id=absorption].label`.
pub trait Node {
    fn emit(&self, out: &mut String);
    fn visit(&self, path: &str, leaf: &mut dyn FnMut(&str, Leaf<'_>));
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

impl Node for String {
    fn emit(&self, out: &mut String) {
        // Debug formatting of a str is a valid Rust string literal.
        let _ = write!(out, "{self:?}");
    }
    fn visit(&self, path: &str, leaf: &mut dyn FnMut(&str, Leaf<'_>)) {
        leaf(path, Leaf::Text(self));
    }
}

impl Node for bool {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
    fn visit(&self, path: &str, leaf: &mut dyn FnMut(&str, Leaf<'_>)) {
        leaf(path, Leaf::Flag(*self));
    }
}

impl<T: Node> Node for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
        }
    }
    fn visit(&self, path: &str, leaf: &mut dyn FnMut(&str, Leaf<'_>)) {
        if let Some(value) = self {
            value.visit(path, leaf);
        }
    }
}

impl<T: Node> Node for Vec<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for element in self {
            element.emit(out);
            out.push_str(", ");
        }
        out.push(']');
    }
    fn visit(&self, path: &str, leaf: &mut dyn FnMut(&str, Leaf<'_>)) {
        for (index, element) in self.iter().enumerate() {
            // Name an entry by its id where it has one: ids are what authors
            // search for, and they stay put when entries are reordered.
            let mut id = None;
            element.visit("", &mut |field, value| {
                if let ("id", Leaf::Text(text)) = (field, value) {
                    id = Some(text.to_owned());
                }
            });
            let here = match id {
                Some(id) => format!("{path}[id={id}]"),
                None => format!("{path}[{index}]"),
            };
            element.visit(&here, leaf);
        }
    }
}

/// Parses one content file; `file` is the name used in error messages.
pub fn parse(file: &str, text: &str) -> Result<Content, Vec<String>> {
    toml::from_str::<Content>(text).map_err(|error| vec![format!("{file}: {error}")])
}

/// Parses and validates one file of the page for teachers: every text
/// present, not empty, and without a wording of `WRONG_FORMS`.
pub fn load_teacher(file: &str, text: &str) -> Result<Teacher, Vec<String>> {
    let teacher =
        toml::from_str::<Teacher>(text).map_err(|error| vec![format!("{file}: {error}")])?;
    let mut problems = Vec::new();
    teacher.visit("", &mut |path, value| {
        if let Leaf::Text(text) = value {
            for message in text_problems(path, text) {
                problems.push(format!("{file}: {path}: {message}"));
            }
        }
    });
    if problems.is_empty() {
        Ok(teacher)
    } else {
        Err(problems)
    }
}

/// Parses and validates one file, returning every problem found.
pub fn load(file: &str, text: &str) -> Result<Content, Vec<String>> {
    let content = parse(file, text)?;
    let problems = validate(file, &content);
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

/// Every rule a single content file must follow.
pub fn validate(file: &str, content: &Content) -> Vec<String> {
    let mut problems = Vec::new();
    let mut problem =
        |at: String, message: String| problems.push(format!("{file}: {at}: {message}"));

    content.visit("", &mut |path, value| {
        if let Leaf::Text(text) = value {
            for message in text_problems(path, text) {
                problem(path.to_owned(), message);
            }
        }
    });

    let ids = |kind: &str, ids: Vec<&str>, problem: &mut dyn FnMut(String, String)| {
        let mut seen = BTreeSet::new();
        for id in &ids {
            let well_formed = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !well_formed {
                problem(
                    format!("{kind}[id={id}].id"),
                    "must be lowercase letters, digits and '-' (ids appear in URLs and saved progress)".to_owned(),
                );
            }
            if !seen.insert(*id) {
                problem(
                    format!("{kind}[id={id}].id"),
                    "is used by more than one entry".to_owned(),
                );
            }
        }
        seen.into_iter()
            .map(str::to_owned)
            .collect::<BTreeSet<String>>()
    };
    let phase_ids = ids(
        "phases",
        content.phases.iter().map(|p| p.id.as_str()).collect(),
        &mut problem,
    );
    let group_ids = ids(
        "groups",
        content.groups.iter().map(|g| g.id.as_str()).collect(),
        &mut problem,
    );
    ids(
        "items",
        content.items.iter().map(|i| i.id.as_str()).collect(),
        &mut problem,
    );
    ids(
        "supports",
        content.supports.iter().map(|s| s.id.as_str()).collect(),
        &mut problem,
    );

    if content.phases.len() < 2 {
        problem(
            "phases".into(),
            "a timeline needs at least two phases".into(),
        );
    }
    let last = content.phases.len().saturating_sub(1);
    for (index, phase) in content.phases.iter().enumerate() {
        let at = |field: &str| format!("phases[id={}].{field}", phase.id);
        if phase.ongoing && index != last {
            problem(
                at("ongoing"),
                "only the last phase can still be unfolding".into(),
            );
        }
        if phase.ongoing != phase.ongoing_text.is_some() {
            problem(
                at("ongoing_text"),
                "is required when ongoing = true, and only then".into(),
            );
        }
    }

    for (index, shift) in content.shifts.iter().enumerate() {
        let at = |field: &str| format!("shifts[{index}].{field}");
        for (field, id) in [("from", &shift.from), ("to", &shift.to)] {
            if !phase_ids.contains(id) {
                problem(
                    at(field),
                    format!("names phase \"{id}\", which is not among the phases"),
                );
            }
        }
    }
    // The shifts connect the phases in order: exactly one between each
    // neighbouring pair, and no others.
    for pair in content.phases.windows(2) {
        let (from, to) = (&pair[0].id, &pair[1].id);
        let count = content
            .shifts
            .iter()
            .filter(|s| &s.from == from && &s.to == to)
            .count();
        if count != 1 {
            problem(
                "shifts".into(),
                format!("needs exactly one shift from \"{from}\" to \"{to}\", found {count}"),
            );
        }
    }
    if content.shifts.len() != content.phases.len().saturating_sub(1) {
        problem(
            "shifts".into(),
            "may only connect neighbouring phases, in order".into(),
        );
    }

    for item in &content.items {
        if !group_ids.contains(&item.group) {
            problem(
                format!("items[id={}].group", item.id),
                format!(
                    "names group \"{}\", which is not among the groups",
                    item.group
                ),
            );
        }
    }
    // The checklist follows the abstract's order (GROUP_ORDER).
    let declared = GROUP_ORDER.join(" → ");
    // The latest step seen so far, so that every group placed before it is named.
    let mut latest: Option<(usize, &str)> = None;
    for group in &content.groups {
        let at = format!("groups[id={}].id", group.id);
        match GROUP_ORDER.iter().position(|id| *id == group.id) {
            None => problem(
                at,
                format!(
                    "is not a step of the abstract's chain ({declared}); \
                     add it to GROUP_ORDER in src/content/source.rs, in the abstract's order"
                ),
            ),
            Some(here) => {
                match latest {
                    Some((before, before_id)) if here < before => problem(
                        at,
                        format!(
                            "\"{}\" must come before \"{before_id}\": groups follow the abstract's order ({declared})",
                            group.id
                        ),
                    ),
                    _ => latest = Some((here, group.id.as_str())),
                }
            }
        }
    }
    for id in GROUP_ORDER {
        if !group_ids.contains(*id) {
            problem(
                "groups".into(),
                format!("lacks \"{id}\", a step of the abstract's chain ({declared})"),
            );
        }
    }
    for group in &content.groups {
        if !UNORDERED_GROUPS.contains(&group.id.as_str()) {
            continue;
        }
        if let Some(word) = order_claim(&group.intro) {
            problem(
                format!("groups[id={}].intro", group.id),
                format!(
                    "claims an order (\"{word}\"): the abstract gives the two needs and the \
                     starting point no order in time"
                ),
            );
        }
    }
    for group in &content.groups {
        if !content.items.iter().any(|item| item.group == group.id) {
            problem(format!("groups[id={}]", group.id), "has no items".into());
        }
    }
    if content.groups.iter().filter(|group| group.core).count() != 1 {
        problem(
            "groups".into(),
            "exactly one group must have core = true".into(),
        );
    }
    // The paper names three dimensions, and the progress pips draw three.
    for group in content.groups.iter().filter(|group| group.core) {
        let count = content
            .items
            .iter()
            .filter(|item| item.group == group.id)
            .count();
        if count != 3 {
            problem(
                format!("groups[id={}]", group.id),
                format!("the core group must have 3 items (the three dimensions), not {count}"),
            );
        }
    }

    validate_questions(content, &mut problem);

    for (field, template, placeholders) in [
        ("ui.phase_number", &content.ui.phase_number, &["{n}"][..]),
        (
            "ui.progress_core",
            &content.ui.progress_core,
            &["{done}", "{total}"][..],
        ),
        (
            "ui.progress_all",
            &content.ui.progress_all,
            &["{done}", "{total}"][..],
        ),
        (
            "ui.quiz_score",
            &content.ui.quiz_score,
            &["{done}", "{total}"][..],
        ),
        (
            "ui.quiz_moved",
            &content.ui.quiz_moved,
            &["{name}", "{n}", "{total}"][..],
        ),
        ("ui.quiz_intro", &content.ui.quiz_intro, &["{total}"][..]),
        ("ui.quiz_passed", &content.ui.quiz_passed, &["{pass}"][..]),
        ("ui.quiz_failed", &content.ui.quiz_failed, &["{pass}"][..]),
        (
            "ui.quiz_read_more",
            &content.ui.quiz_read_more,
            &["{name}"][..],
        ),
    ] {
        for placeholder in placeholders {
            if !template.contains(placeholder) {
                problem(field.into(), format!("must contain {placeholder}"));
            }
        }
    }
    problems
}

/// The kinds of question "Check yourself" asks.
pub const QUESTION_KINDS: &[&str] = &["order", "single", "multiple"];

/// The rules for `[[questions]]`: known kinds, answer keys that name the
/// question's own choices (all of them, once each, for `order`), choices
/// that have a label or name a phase or item, and a link that resolves.
fn validate_questions(content: &Content, problem: &mut dyn FnMut(String, String)) {
    let phase_ids: BTreeSet<&str> = content.phases.iter().map(|p| p.id.as_str()).collect();
    let item_ids: BTreeSet<&str> = content.items.iter().map(|i| i.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    for question in &content.questions {
        let at = |field: &str| format!("questions[id={}].{field}", question.id);
        let well_formed = !question.id.is_empty()
            && question
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            problem(
                at("id"),
                "must be lowercase letters, digits and '-' (ids appear in saved answers)".into(),
            );
        }
        if !seen.insert(question.id.as_str()) {
            problem(at("id"), "is used by more than one question".into());
        }
        if !QUESTION_KINDS.contains(&question.kind.as_str()) {
            problem(
                at("kind"),
                format!(
                    "is \"{}\"; it must be one of {}",
                    question.kind,
                    QUESTION_KINDS.join(", ")
                ),
            );
        }
        let mut choice_ids = BTreeSet::new();
        for choice in &question.choices {
            let here = format!("questions[id={}].choices[id={}]", question.id, choice.id);
            if !choice_ids.insert(choice.id.as_str()) {
                problem(
                    format!("{here}.id"),
                    "is used by more than one choice".into(),
                );
            }
            let named =
                phase_ids.contains(choice.id.as_str()) || item_ids.contains(choice.id.as_str());
            if choice.label.is_none() && !named {
                problem(
                    format!("{here}.label"),
                    format!(
                        "is missing, and \"{}\" names no phase or item to take a label from",
                        choice.id
                    ),
                );
            }
        }
        if question.choices.len() < 2 {
            problem(
                at("choices"),
                "a question needs at least two choices".into(),
            );
        }
        for (index, answer) in question.answer.iter().enumerate() {
            if !choice_ids.contains(answer.as_str()) {
                problem(
                    format!("questions[id={}].answer[{index}]", question.id),
                    format!("names \"{answer}\", which is not among this question's choices"),
                );
            }
        }
        let distinct: BTreeSet<&str> = question.answer.iter().map(String::as_str).collect();
        if distinct.len() != question.answer.len() {
            problem(at("answer"), "names a choice more than once".into());
        }
        match question.kind.as_str() {
            "order" if distinct != choice_ids => problem(
                at("answer"),
                "must list every choice once, in the right order".into(),
            ),
            "single" if question.answer.len() != 1 => {
                problem(at("answer"), "must name exactly one choice".into())
            }
            "multiple" if question.answer.is_empty() || distinct == choice_ids => problem(
                at("answer"),
                "must name some of the choices, and not all of them".into(),
            ),
            _ => {}
        }
        match (&question.phase, &question.item) {
            (Some(phase), None) if !phase_ids.contains(phase.as_str()) => problem(
                at("phase"),
                format!("names phase \"{phase}\", which is not among the phases"),
            ),
            (None, Some(item)) if !item_ids.contains(item.as_str()) => problem(
                at("item"),
                format!("names item \"{item}\", which is not among the items"),
            ),
            (Some(_), None) | (None, Some(_)) => {}
            _ => problem(
                at("phase"),
                "give exactly one of `phase` or `item`: where the answer can be read".into(),
            ),
        }
    }
}

/// Fields whose values are structure, not prose: they must be identical in
/// every language.
const STRUCTURAL: &[&str] = &[
    "id", "from", "to", "group", "core", "ongoing", "kind", "answer", "phase", "item",
];

/// Every file must have the same keys, ids and structure as the first one:
/// translations differ in prose only.
pub fn same_shape<T: Node>(first: (&str, &T), other: (&str, &T)) -> Vec<String> {
    let shape = |content: &T| {
        let mut leaves = BTreeMap::new();
        content.visit("", &mut |path, value| {
            // `answer[0]` is the field `answer`.
            let last = path.rsplit('.').next().unwrap_or(path);
            let field = last.split('[').next().unwrap_or(last);
            let structural = match value {
                Leaf::Flag(flag) => Some(flag.to_string()),
                Leaf::Text(text) if STRUCTURAL.contains(&field) => Some(text.to_owned()),
                Leaf::Text(_) => None,
            };
            leaves.insert(path.to_owned(), structural);
        });
        leaves
    };
    let (a, b) = (shape(first.1), shape(other.1));
    let mut problems = Vec::new();
    for (path, value) in &a {
        match b.get(path) {
            None => problems.push(format!(
                "{}: {path}: missing (it is in {})",
                other.0, first.0
            )),
            Some(other_value) if other_value != value => problems.push(format!(
                "{}: {path}: is {:?} but {:?} in {}",
                other.0,
                other_value.as_deref().unwrap_or(""),
                value.as_deref().unwrap_or(""),
                first.0
            )),
            Some(_) => {}
        }
    }
    for path in b.keys().filter(|path| !a.contains_key(*path)) {
        problems.push(format!("{}: {path}: not in {}", other.0, first.0));
    }
    problems
}
