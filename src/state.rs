//! Yew's view of the state: a thin `Reducible` over the pure [`ViewState`].

use std::rc::Rc;

use yew::{Callback, Reducible, UseReducerHandle};

use crate::model::{Action, ViewState};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State(pub ViewState);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.apply(action) {
            Some(next) => Rc::new(State(next)),
            // Same Rc: Yew skips the re-render.
            None => self,
        }
    }
}

/// A callback that turns what a component reports into an action on `state`.
pub fn forward<T: 'static>(state: &UseReducerHandle<State>, make: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.dispatch(make(value)))
}
