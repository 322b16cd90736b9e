//! "Check yourself" as the learner works through it: answering, moving a
//! choice, checking (the attempt becomes part of the learner's work) and
//! trying again. The draft, the shuffle and
//! the reducer that changes them sit together here; marking and scoring are
//! the domain's (`domain::quiz`).

use crate::content::{self, Question, QuestionKind};
use crate::domain::quiz::{arrangement, position, Answers};
use crate::domain::work::Work;

/// Which way a choice moves in an ordering question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// A choice the learner just moved, to announce and keep focus on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moved {
    pub question: &'static str,
    pub choice: &'static str,
    pub direction: Direction,
    /// Its new position (from 0): two moves in a row always differ in
    /// choice or position, so each is noticed.
    pub to: usize,
}

/// Where the learner is with the questions: answers being given, and the
/// shuffle they are shown in. The last checked attempt is part of the
/// learner's work ([`crate::domain::work::Work`]), saved with it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Quiz {
    /// Picks the order choices are shown in; "Try again" moves it on.
    pub seed: u32,
    /// The answers given since the last check (or "Try again").
    pub draft: Answers,
    /// True after "Try again": the questions are open again although an
    /// attempt is saved.
    pub retrying: bool,
    /// How many times answers were checked since the page opened; the
    /// result is announced, and reported to a host, when it goes up.
    pub times_checked: u32,
    /// The last move in an ordering question.
    pub moved: Option<Moved>,
}

impl Quiz {
    /// An ordering question's choices as they stand in the draft.
    pub fn order_of(&self, index: usize, question: &'static Question) -> Vec<&'static str> {
        match self.draft.get(question.id) {
            [] => arrangement(question, index, self.seed),
            order => order.to_vec(),
        }
    }

    /// Moves a choice of an ordering question one place (nothing at an end).
    pub fn move_choice(&mut self, question: &str, choice: &str, direction: Direction) {
        let content = content::structure();
        let Some(index) = position(question) else {
            return;
        };
        let question = &content.questions[index];
        let Some(choice) = question.choice_id(choice) else {
            return;
        };
        if question.kind() != QuestionKind::Order {
            return;
        }
        let mut order = self.order_of(index, question);
        let Some(at) = order.iter().position(|id| *id == choice) else {
            return;
        };
        let to = match direction {
            Direction::Up if at > 0 => at - 1,
            Direction::Down if at + 1 < order.len() => at + 1,
            _ => return,
        };
        order.swap(at, to);
        self.draft.set(question.id, order);
        self.moved = Some(Moved {
            question: question.id,
            choice,
            direction,
            to,
        });
    }

    /// The draft as an attempt to mark: ordering questions the learner did
    /// not touch count in the order they are shown.
    pub fn attempt(&self) -> Answers {
        let mut attempt = self.draft.clone();
        for (index, question) in content::structure().questions.iter().enumerate() {
            if question.kind() == QuestionKind::Order {
                attempt.set(question.id, self.order_of(index, question));
            }
        }
        attempt
    }

    /// Closes the questions: the draft is dropped (a saved attempt is
    /// shown marked).
    pub fn close(&mut self) {
        self.draft = Answers::default();
        self.retrying = false;
        self.moved = None;
    }

    /// Opens the questions again, empty and in a new order.
    pub fn retry(&mut self) {
        self.seed = self.seed.wrapping_add(1);
        self.draft = Answers::default();
        self.retrying = true;
        self.moved = None;
    }
}

/// What the learner does with "Check yourself".
#[derive(Debug, Clone, PartialEq)]
pub enum QuizAction {
    /// Pick a choice of a question (see [`crate::domain::quiz::Answers::pick`]).
    Answer(&'static str, &'static str),
    /// Move a choice of an ordering question one place.
    MoveChoice(&'static str, &'static str, Direction),
    /// Mark the answers: they become the saved attempt.
    Check,
    /// Clear the answers and show the choices in a new order.
    Retry,
}

/// The saved attempt, shown marked, unless "Try again" has opened the
/// questions.
pub fn marked_attempt<'a>(quiz: &Quiz, work: &'a Work) -> Option<&'a Answers> {
    work.quiz().filter(|_| !quiz.retrying)
}

/// Follows `action`. Checking saves the attempt with the learner's `work`,
/// and needs that work to be in (`live`).
pub fn apply(quiz: &mut Quiz, work: &mut Work, live: bool, action: QuizAction) {
    let showing_result = marked_attempt(quiz, work).is_some();
    match action {
        // Answers change only while the questions are open.
        QuizAction::Answer(question, choice) if !showing_result => {
            quiz.draft.pick(question, choice);
        }
        QuizAction::MoveChoice(question, choice, direction) if !showing_result => {
            quiz.move_choice(question, choice, direction);
        }
        QuizAction::Check if live && !showing_result => {
            work.set_quiz(quiz.attempt());
            quiz.close();
            quiz.times_checked += 1;
        }
        QuizAction::Retry if showing_result => quiz.retry(),
        QuizAction::Answer(..)
        | QuizAction::MoveChoice(..)
        | QuizAction::Check
        | QuizAction::Retry => {}
    }
}
