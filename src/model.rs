//! The pure model: no Yew, no web APIs. Everything here is tested with plain `cargo test`.

pub mod builtin;
pub mod checks;
pub mod compare;
pub mod export;
pub mod filter;
pub mod json;
pub mod notation;
pub mod pivot;
pub mod search;
pub mod summary;
pub mod types;
pub mod url_query;
pub mod view_state;

pub use builtin::builtin;
pub use filter::{ChipEmphasis, Filter};
pub use types::{Assignment, Catalog, Model, Party, PartyId, Role, RoleId, RoleSet, Task};
pub use view_state::{Action, Shown, View, ViewState};
