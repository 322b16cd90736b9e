//! The properties every "Check yourself" question component takes.

use crate::content::Lang;
use crate::domain::page::View;
use crate::domain::quiz::Mark;
use crate::state::Moved;
use crate::state::State;
use yew::prelude::*;

/// What a question component draws from: everything it shows, as values,
/// so that it renders again only when its own question changes (not, say,
/// on every phase the learner picks), and the dispatcher to answer with.
#[derive(Properties, PartialEq, Clone)]
pub struct QuestionProps {
    /// The question's position in the content's questions.
    pub index: usize,
    pub lang: Lang,
    /// Which part of the widget the page shows (where feedback links go).
    pub view: View,
    /// The answer shown: the chosen choices, or for an ordering question
    /// the choices in the order shown.
    pub answer: Vec<&'static str>,
    /// The shuffle the choices are shown in.
    pub seed: u32,
    /// Answers cannot change: the widget is not live yet, or the attempt
    /// is shown marked.
    pub locked: bool,
    /// The mark, once the attempt is shown marked.
    pub marked: Option<Mark>,
    /// The last move, if it was in this question.
    pub moved: Option<Moved>,
    pub dispatcher: UseReducerDispatcher<State>,
}
