//! What a reader makes: a catalog of models, each with its parties, roles and tasks.

pub mod groups;
pub mod types;
