//! Yew's view of the state: a thin `Reducible` over the pure [`ViewState`].

use std::cell::RefCell;
use std::rc::Rc;

use yew::{Callback, Reducible, UseReducerDispatcher, UseReducerHandle};

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

/// Lets the host (the custom element) send actions into a mounted app: attribute changes.
/// Actions sent before the app's first render wait and are applied in order once it connects.
#[derive(Clone, Default)]
pub struct HostLink(Rc<RefCell<LinkInner>>);

#[derive(Default)]
struct LinkInner {
    dispatcher: Option<UseReducerDispatcher<State>>,
    pending: Vec<Action>,
}

impl HostLink {
    pub fn send(&self, action: Action) {
        let mut inner = self.0.borrow_mut();
        match &inner.dispatcher {
            Some(dispatcher) => dispatcher.dispatch(action),
            None => inner.pending.push(action),
        }
    }

    pub fn connect(&self, dispatcher: UseReducerDispatcher<State>) {
        let mut inner = self.0.borrow_mut();
        for action in inner.pending.drain(..) {
            dispatcher.dispatch(action);
        }
        inner.dispatcher = Some(dispatcher);
    }
}

impl PartialEq for HostLink {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
