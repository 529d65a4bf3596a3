//! The pure model of a RACI matrix, laid out by stage: text comes in through [`read`] (the
//! one reader of an author's data: the JSON data format, Markdown tables, CSV, rows of
//! strings), becomes a [`catalog`], is shown through [`views`] (filter, pivot, compare,
//! summary, checks, the URL state) and goes out through [`write`] (JSON, Markdown, CSV, HTML).
//! [`problem`] is what a reader reports; [`text`] is the plain-text rules every stage shares.

pub mod catalog;
pub mod problem;
pub mod read;
pub mod text;
pub mod views;
pub mod write;

pub use catalog::types::{Assignment, Catalog, Model, Party, PartyId, Role, RoleId, RoleSet, Task};
pub use problem::{Problem, Severity};
pub use read::catalog_builder::Loaded;
pub use views::filter::{ChipEmphasis, Filter};
pub use views::view_state::{Action, Shown, View, ViewState};
