//! What a reader of the matrix sees: the view state and its URL form, the element's
//! attributes, and the views computed from a catalog (filter, search, pivot, compare,
//! summary, checks).

pub mod attributes;
pub mod checks;
pub mod compare;
pub mod filter;
pub mod pivot;
pub mod search;
pub mod summary;
pub mod url_query;
pub mod view_state;
