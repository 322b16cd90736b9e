//! "Check yourself" as the learner works through it: answering, moving a
//! choice, checking (the attempt becomes part of the learner's work) and
//! trying again. The draft and shuffle are [`crate::quiz::Quiz`]'s.

use crate::quiz::{Answers, Direction, Quiz};
use crate::work::Work;

/// What the learner does with "Check yourself".
#[derive(Debug, Clone, PartialEq)]
pub enum QuizAction {
    /// Pick a choice of a question (see [`crate::quiz::Answers::pick`]).
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
