//! The widget's text in each language, as statics that `src/build.rs` generated
//! from the validated content files (`content/*.toml`): the lowest layer.
//! Their shape is `content/model.rs`, written once; reading and checking
//! them is `content/source.rs`, which only the build script and the native
//! tests compile.

/// Text in a content file; `'static` because it is compiled in.
pub type Text = &'static str;
/// A list of content entries.
pub type List<T> = &'static [T];

macro_rules! content_model {
    ($( $(#[$meta:meta])* pub struct $name:ident { $( pub $field:ident : $ty:ty ),* $(,)? } )*) => {
        $(
            $(#[$meta])*
            #[derive(Debug, PartialEq)]
            pub struct $name { $( pub $field: $ty ),* }
        )*
    };
}

include!("content/model.rs");
include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The content's structure, which every language shares: the ids and
/// order of phases, groups, items, questions and choices (the build
/// refuses content files that differ in them). Language-free code (the
/// learner's work, the formats, the reducer) reads ids here; the English
/// file serves.
pub fn structure() -> &'static Content {
    &EN
}

/// A language the widget is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The language's content.
    pub fn content(self) -> &'static Content {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }

    /// The text of the page for teachers (only that page's code reads it,
    /// so the learner's wasm leaves it out).
    pub fn teacher(self) -> &'static Teacher {
        match self {
            Lang::En => &EN_TEACHER,
            Lang::Zh => &ZH_TEACHER,
        }
    }

    /// The code used in URLs and storage (`en`, `zh`).
    pub fn code(self) -> &'static str {
        self.content().language.code
    }

    /// Reads a language from a URL value or a browser language tag
    /// (`zh`, `zh-CN`, `zh-Hans-CN`, `EN-gb`, …).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }
}

impl Content {
    /// The position of the phase with this id.
    pub fn phase_index(&self, id: &str) -> Option<usize> {
        self.phases.iter().position(|phase| phase.id == id)
    }

    /// The shift that leads from the given phase to the next one.
    pub fn shift_from(&self, index: usize) -> Option<&'static Shift> {
        let from = self.phases.get(index)?.id;
        self.shifts.iter().find(|shift| shift.from == from)
    }

    /// The shift that leads into the given phase.
    pub fn shift_into(&self, index: usize) -> Option<&'static Shift> {
        let to = self.phases.get(index)?.id;
        self.shifts.iter().find(|shift| shift.to == to)
    }

    /// The checklist items of one group, in order.
    pub fn items_in(&'static self, group: &'static str) -> impl Iterator<Item = &'static Item> {
        self.items.iter().filter(move |item| item.group == group)
    }

    /// The group whose items are the core dimensions.
    pub fn core_group(&'static self) -> &'static Group {
        // Validation guarantees exactly one core group.
        self.groups
            .iter()
            .find(|group| group.core)
            .unwrap_or(&self.groups[0])
    }

    /// The item with this id, as a `'static` id string.
    pub fn item_id(&'static self, id: &str) -> Option<&'static str> {
        self.items
            .iter()
            .find(|item| item.id == id)
            .map(|item| item.id)
    }
}

impl Content {
    /// The question with this id, as a `'static` question.
    pub fn question(&'static self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    /// What the choice with this id in `question` says (its id if there is
    /// no such choice).
    pub fn label_of(&'static self, question: &Question, choice: &str) -> &'static str {
        question
            .choices
            .iter()
            .find(|entry| entry.id == choice)
            .map_or("", |entry| self.choice_label(entry))
    }

    /// What a choice says: its label, or the name of the phase or item its
    /// id names (the content validation guarantees one of them).
    pub fn choice_label(&'static self, choice: &Choice) -> &'static str {
        choice
            .label
            .or_else(|| {
                let phase = self.phases.iter().find(|phase| phase.id == choice.id);
                phase.map(|phase| phase.name)
            })
            .or_else(|| {
                let item = self.items.iter().find(|item| item.id == choice.id);
                item.map(|item| item.label)
            })
            .unwrap_or(choice.id)
    }
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// Put every choice in order.
    Order,
    /// Pick one choice.
    Single,
    /// Pick every right choice and none of the others.
    Multiple,
}

impl Question {
    pub fn kind(&self) -> QuestionKind {
        match self.kind {
            "order" => QuestionKind::Order,
            "multiple" => QuestionKind::Multiple,
            // The content validation allows only the three kinds.
            _ => QuestionKind::Single,
        }
    }

    /// The choice with this id, as a `'static` id string.
    pub fn choice_id(&self, id: &str) -> Option<&'static str> {
        self.choices
            .iter()
            .find(|choice| choice.id == id)
            .map(|choice| choice.id)
    }
}

impl Citation {
    /// Journal, year, issue and pages: what follows the title.
    pub fn publication(&self) -> String {
        [self.journal, self.year, self.issue, self.pages].join(self.separator)
    }

    /// The whole citation as one line of text.
    pub fn line(&self) -> String {
        [self.author, self.title, &self.publication()].join(self.separator)
    }
}

/// Fills `{name}` placeholders in a template string.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), &value.to_string());
    }
    text
}
