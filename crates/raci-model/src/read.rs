//! Text in, a checked catalog out. [`load`] is the way in: it tells the format apart and hands
//! the text to one of two readers, [`data_format`] (JSON, parsed by [`json`]) or [`grid`]
//! (tables: Markdown and CSV through [`text_tables`], or a page's tables as rows of strings),
//! which share one [`catalog_builder`]. [`table`] holds the steps of reading a table's shape,
//! [`notation`] the cell notation, [`vocab`]/[`vocabulary`] the roles a document uses, and
//! [`model_checks`] the warnings about a whole model once read; [`raw_source`] unwraps a matrix
//! written inside a page's `<script>`, [`fences`] finds the ```` ```raci ```` fences of a page.

pub mod catalog_builder;
pub mod data_format;
pub mod fences;
pub mod grid;
pub mod json;
pub mod load;
pub mod model_checks;
pub mod notation;
pub mod payload;
pub mod quoting;
pub mod raw_source;
pub mod table;
pub mod text_tables;
pub mod vocab;
pub mod vocabulary;
