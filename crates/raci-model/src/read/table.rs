//! The steps of reading a table that [`crate::read::grid`] runs in order: legends become the role
//! vocabulary ([`legend`]), the rows are given their shape (section rows, group columns, a
//! header inside the body, a transposed chart: [`shape`]), and each column is told apart by
//! what it holds ([`columns`]).

pub mod columns;
pub mod legend;
pub mod plurals;
pub mod shape;
