//! One piece of the widget per file: function components where there is state or a callback
//! to own, plain `fn(..) -> Html` for the small leaves (chips, notes, legend), which have
//! nothing to keep between renders and would cost ~1.3 KB of wasm each as components.

mod app;
mod check_notes;
pub mod chip;
mod compare_view;
mod export_menu;
mod filter_bar;
mod highlighted;
mod legend;
mod load_status;
mod model_intro;
mod model_picker;
mod party_filter;
mod party_table;
mod raci_table;
mod result_count;
mod role_filter;
mod row_limit;
mod search_box;
mod summary_view;
mod toolbar;
mod view_body;

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{builtin, Catalog};

thread_local! {
    /// The built-in catalog, shared by every widget that shows it.
    static BUILTIN: Rc<Catalog> = Rc::new(builtin().clone());
}

/// The built-in catalog as the value the views take.
pub fn builtin_catalog() -> Rc<Catalog> {
    BUILTIN.with(Rc::clone)
}

/// The catalog this widget shows (provided by [`App`]).
#[hook]
pub fn use_catalog() -> Rc<Catalog> {
    use_context::<Rc<Catalog>>().unwrap_or_else(builtin_catalog)
}

pub use app::{App, AppProps};
pub use check_notes::check_notes;
pub use chip::{cell_chips, chip, nobody};
pub use compare_view::CompareView;
pub use export_menu::ExportMenu;
pub use filter_bar::FilterBar;
pub use highlighted::highlighted;
pub use legend::legend;
pub use load_status::{problem_list, Status, Widget, WidgetProps};
pub use model_intro::model_intro;
pub use model_picker::ModelPicker;
pub use party_filter::PartyFilter;
pub use party_table::PartyTable;
pub use raci_table::RaciTable;
pub use result_count::result_count;
pub use role_filter::RoleFilter;
pub use row_limit::{use_row_limit, FIRST_ROWS};
pub use search_box::SearchBox;
pub use summary_view::SummaryView;
pub use toolbar::Toolbar;
pub use view_body::ViewBody;
