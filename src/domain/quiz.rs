//! "Check yourself": the learner's answers, how they are marked and scored,
//! and the order each question's choices are shown in. Pure: no web APIs.
//! The questions themselves are content (`[[questions]]` in the content
//! files); answers are read and marked by id, against the content's
//! structure (`content::structure`), the same in every language.

use crate::content::{self, fill, Content, Question, QuestionKind, Ui};

/// The share of right answers that passes, in percent.
pub const PASS_PERCENT: usize = 80;

/// Answers by question: the chosen choice ids (in the question's order),
/// or for an ordering question the choices in the order the learner put
/// them. Held by the questions' positions in the content (empty: not
/// answered), with no empty answers at the end, so that equal answers are
/// equal values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(Vec<Vec<&'static str>>);

impl Answers {
    /// Answers read from storage, a file or another tab. Only what could
    /// have been answered is kept: known questions and their own choices,
    /// each once; one choice for a single-choice question; for an ordering
    /// question, every choice.
    pub fn from_pairs<'a, C>(pairs: impl IntoIterator<Item = (&'a str, C)>) -> Self
    where
        C: IntoIterator<Item = &'a str>,
    {
        let content = content::structure();
        let mut answers = Answers::default();
        for (id, chosen) in pairs {
            let Some(question) = content.question(id) else {
                continue;
            };
            let mut ids: Vec<&'static str> = Vec::new();
            for choice in chosen.into_iter().filter_map(|id| question.choice_id(id)) {
                if !ids.contains(&choice) {
                    ids.push(choice);
                }
            }
            if question.kind() == QuestionKind::Multiple {
                in_question_order(question, &mut ids);
            }
            let usable = match question.kind() {
                QuestionKind::Order => ids.len() == question.choices.len(),
                QuestionKind::Single => ids.len() == 1,
                QuestionKind::Multiple => !ids.is_empty(),
            };
            if usable {
                answers.set(question.id, ids);
            }
        }
        answers
    }

    /// What was chosen for a question (empty: not answered).
    pub fn get(&self, question: &str) -> &[&'static str] {
        position(question)
            .and_then(|at| self.0.get(at))
            .map_or(&[], Vec::as_slice)
    }

    /// Every answered question's id and answer, in the content's order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &[&'static str])> + '_ {
        let questions = content::structure().questions.iter();
        questions
            .zip(&self.0)
            .filter(|(_, chosen)| !chosen.is_empty())
            .map(|(question, chosen)| (question.id, chosen.as_slice()))
    }

    /// True when no question is answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Replaces a question's answer (empty: not answered).
    pub fn set(&mut self, question: &str, chosen: Vec<&'static str>) {
        let Some(at) = position(question) else {
            return;
        };
        if self.0.len() <= at {
            self.0.resize(at + 1, Vec::new());
        }
        self.0[at] = chosen;
        while self.0.last().is_some_and(Vec::is_empty) {
            self.0.pop();
        }
    }

    /// Picks a choice: for a single-choice question it replaces the
    /// answer; for a multiple-choice one it is added, or taken away if it
    /// was there. Unknown ids and ordering questions change nothing.
    pub fn pick(&mut self, question: &str, choice: &str) {
        let Some(question) = content::structure().question(question) else {
            return;
        };
        let Some(choice) = question.choice_id(choice) else {
            return;
        };
        match question.kind() {
            QuestionKind::Single => self.set(question.id, vec![choice]),
            QuestionKind::Multiple => {
                let mut chosen = self.get(question.id).to_vec();
                match chosen.iter().position(|id| *id == choice) {
                    Some(at) => {
                        chosen.remove(at);
                    }
                    None => chosen.push(choice),
                }
                in_question_order(question, &mut chosen);
                self.set(question.id, chosen);
            }
            QuestionKind::Order => {}
        }
    }
}

/// Puts chosen choices in the order the question lists them (without a
/// sort, which would cost the wasm more than this does).
fn in_question_order(question: &Question, chosen: &mut Vec<&'static str>) {
    let ordered = question
        .choices
        .iter()
        .map(|choice| choice.id)
        .filter(|id| chosen.contains(id))
        .collect();
    *chosen = ordered;
}

/// A question's position in the content.
pub fn position(question: &str) -> Option<usize> {
    let questions = content::structure().questions;
    questions.iter().position(|entry| entry.id == question)
}

/// How one question was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Right,
    Wrong,
    Unanswered,
}

impl Mark {
    /// "Right.", "Not quite." or "Not answered." in the content's words.
    pub fn words(self, ui: &Ui) -> &'static str {
        match self {
            Mark::Right => ui.quiz_right,
            Mark::Wrong => ui.quiz_wrong,
            Mark::Unanswered => ui.quiz_unanswered,
        }
    }
}

/// Marks the answer given to a question.
pub fn mark(question: &Question, chosen: &[&str]) -> Mark {
    if chosen.is_empty() {
        return Mark::Unanswered;
    }
    let right = match question.kind() {
        QuestionKind::Order | QuestionKind::Single => {
            chosen.len() == question.answer.len()
                && chosen.iter().zip(question.answer).all(|(a, b)| a == b)
        }
        QuestionKind::Multiple => {
            chosen.len() == question.answer.len()
                && chosen.iter().all(|id| question.answer.contains(id))
        }
    };
    if right {
        Mark::Right
    } else {
        Mark::Wrong
    }
}

/// An attempt's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub right: usize,
    pub total: usize,
}

impl Score {
    /// From 0 to 1.
    pub fn scaled(self) -> f64 {
        self.right as f64 / self.total.max(1) as f64
    }

    /// At least [`PASS_PERCENT`] right.
    pub fn passed(self) -> bool {
        self.total > 0 && self.right * 100 >= PASS_PERCENT * self.total
    }

    /// "6 of 8 correct".
    pub fn describe(self, ui: &Ui) -> String {
        fill(
            ui.quiz_score,
            &[("done", &self.right), ("total", &self.total)],
        )
    }

    /// Passed or not, and the pass mark.
    pub fn verdict(self, ui: &Ui) -> String {
        let template = if self.passed() {
            ui.quiz_passed
        } else {
            ui.quiz_failed
        };
        fill(template, &[("pass", &PASS_PERCENT)])
    }
}

/// Scores an attempt against every question.
pub fn score(answers: &Answers) -> Score {
    let questions = content::structure().questions;
    Score {
        right: questions
            .iter()
            .filter(|question| mark(question, answers.get(question.id)) == Mark::Right)
            .count(),
        total: questions.len(),
    }
}

/// The chosen choices' labels, in the order chosen.
pub fn answer_text(content: &'static Content, question: &Question, chosen: &[&str]) -> String {
    let separator = if question.kind() == QuestionKind::Order {
        " → "
    } else {
        content.citation.separator
    };
    chosen
        .iter()
        .map(|id| content.label_of(question, id))
        .collect::<Vec<_>>()
        .join(separator)
}

/// The order a question's choices are shown in: a shuffle fixed by `seed`
/// and the question's position, so the page the build renders (seed 0) and
/// the wasm's first render agree. An ordering question never starts in the
/// right order.
pub fn arrangement(question: &Question, index: usize, seed: u32) -> Vec<&'static str> {
    let mut order: Vec<&'static str> = question.choices.iter().map(|choice| choice.id).collect();
    // xorshift32 from a mix of seed and position; never zero.
    let mut state = (seed ^ 0x9E37_79B9)
        .wrapping_mul(0x85EB_CA6B)
        .wrapping_add((index as u32 + 1).wrapping_mul(0xC2B2_AE35))
        | 1;
    for at in (1..order.len()).rev() {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        order.swap(at, state as usize % (at + 1));
    }
    if question.kind() == QuestionKind::Order
        && order.len() > 1
        && order.iter().zip(question.answer).all(|(a, b)| a == b)
    {
        order.rotate_left(1);
    }
    order
}

/// One question of a checked attempt, as the handout and the export show
/// it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewed {
    pub prompt: &'static str,
    /// The learner's answer in words, if they gave one.
    pub answer: Option<String>,
    /// "Right.", "Not quite." or "Not answered." in the content's words.
    pub mark: &'static str,
    pub why: &'static str,
}

/// A checked attempt in `content`'s language: its score line ("6 of 8
/// right · Passed") and each question reviewed, in order.
pub fn review(content: &'static Content, answers: &Answers) -> (String, Vec<Reviewed>) {
    let ui = &content.ui;
    let score = score(answers);
    let line = format!("{} · {}", score.describe(ui), score.verdict(ui));
    let questions = content
        .questions
        .iter()
        .map(|question| {
            let chosen = answers.get(question.id);
            Reviewed {
                prompt: question.prompt,
                answer: (!chosen.is_empty()).then(|| answer_text(content, question, chosen)),
                mark: mark(question, chosen).words(ui),
                why: question.why,
            }
        })
        .collect();
    (line, questions)
}
