//! One function component per visible piece of the widget.

mod app;
mod chip;
mod filter_bar;
mod highlighted;
mod legend;
mod model_intro;
mod model_picker;
mod party_filter;
mod raci_table;
mod result_count;
mod role_filter;
mod search_box;

pub use app::{App, AppProps};
pub use chip::{CellChips, Chip};
pub use filter_bar::FilterBar;
pub use highlighted::Highlighted;
pub use legend::Legend;
pub use model_intro::ModelIntro;
pub use model_picker::ModelPicker;
pub use party_filter::PartyFilter;
pub use raci_table::RaciTable;
pub use result_count::ResultCount;
pub use role_filter::RoleFilter;
pub use search_box::SearchBox;
