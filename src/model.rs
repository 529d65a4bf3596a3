//! The pure model: no Yew, no web APIs. Everything here is tested with plain `cargo test`.
//!
//! Data comes in through [`load`] (JSON data format, Markdown, CSV, the page's tables), which
//! feeds one of two readers ([`data_format`], [`grid`]) sharing one [`catalog_builder`].

pub mod attributes;
pub mod builtin;
pub mod catalog_builder;
pub mod checks;
pub mod compare;
pub mod data_format;
pub mod export;
pub mod filter;
pub mod grid;
pub mod groups;
pub mod json;
pub mod json_value;
pub mod load;
pub mod model_checks;
pub mod notation;
pub mod pivot;
pub mod problem;
pub mod quoting;
pub mod read;
pub mod search;
pub mod summary;
pub mod text;
pub mod text_tables;
pub mod types;
pub mod url_query;
pub mod view_state;
pub mod vocab;
pub mod vocabulary;
pub mod write_markdown;

pub use builtin::builtin;
pub use catalog_builder::Loaded;
pub use filter::{ChipEmphasis, Filter};
pub use problem::{Problem, Severity};
pub use types::{Assignment, Catalog, Model, Party, PartyId, Role, RoleId, RoleSet, Task};
pub use view_state::{Action, Shown, View, ViewState};
