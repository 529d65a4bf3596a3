//! One piece of the widget per file: function components only where there is state to keep
//! (the app's reducer, the table's row limit, the compare switch, the export menu's status),
//! plain `fn(..) -> Html` for everything else (controls, chips, notes, legend, summary), which
//! keeps nothing between renders and would cost ~1.3 KB of wasm each as a component.

mod app;
mod check_notes;
pub mod chip;
mod compare_view;
mod export_menu;
mod filter_bar;
mod highlighted;
mod legend;
mod load_status;
mod matrix_table;
mod model_intro;
mod model_picker;
mod party_filter;
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
pub use filter_bar::{filter_bar, FilterBarProps};
pub use highlighted::highlighted;
pub use legend::legend;
pub use load_status::{problem_list, Status, Widget, WidgetProps};
pub use matrix_table::{MatrixTable, TableProps};
pub use model_intro::model_intro;
pub use model_picker::model_picker;
pub use party_filter::party_filter;
pub use result_count::result_count;
pub use role_filter::role_filter;
pub use row_limit::{use_row_limit, FIRST_ROWS};
pub use search_box::search_box;
pub use summary_view::summary_view;
pub use toolbar::{toolbar, ToolbarProps};
pub use view_body::{view_body, ViewBodyProps};
