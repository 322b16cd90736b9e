//! "Check yourself" as the learner works through it: answering, moving a
//! choice, checking (the attempt becomes part of the learner's work) and
//! trying again. The draft and shuffle are [`crate::quiz::Quiz`]'s.

use super::State;
use crate::quiz::Direction;

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

/// Follows `action`; it needs the whole state, as checking saves the
/// attempt with the learner's work.
pub fn apply(state: &mut State, action: QuizAction) {
    match action {
        // Answers change only while the questions are open.
        QuizAction::Answer(question, choice) if !state.showing_result() => {
            state.quiz.draft.pick(question, choice);
        }
        QuizAction::MoveChoice(question, choice, direction) if !state.showing_result() => {
            state.quiz.move_choice(question, choice, direction);
        }
        // Marking needs the learner's saved work to be in: the attempt
        // is saved with it.
        QuizAction::Check if state.live && !state.showing_result() => {
            state.learner.work.set_quiz(state.quiz.attempt());
            state.quiz.close();
            state.quiz.times_checked += 1;
        }
        QuizAction::Retry if state.showing_result() => state.quiz.retry(),
        QuizAction::Answer(..)
        | QuizAction::MoveChoice(..)
        | QuizAction::Check
        | QuizAction::Retry => {}
    }
}
