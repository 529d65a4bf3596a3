use std::rc::Rc;

use yew::prelude::*;

use super::{
    builtin_catalog, filter_bar, legend, model_intro, model_picker, problem_list, toolbar,
    view_body, FilterBarProps, ToolbarProps, ViewBodyProps,
};
use crate::model::{Action, Catalog, Problem, ViewState};
use crate::state::{forward, HostLink, State};

#[derive(Clone, PartialEq, Properties)]
pub struct AppProps {
    /// The data shown: the built-in catalog unless the host gave other data.
    #[prop_or_else(builtin_catalog)]
    pub catalog: Rc<Catalog>,
    /// What looked suspicious in that data (listed in a collapsible note).
    #[prop_or_default]
    pub warnings: Rc<Vec<Problem>>,
    /// State to start from (URL query or host attributes).
    #[prop_or_default]
    pub initial: ViewState,
    /// Mirror the state into the page URL (standalone page; opt-in when embedded).
    #[prop_or_default]
    pub sync_url: bool,
    /// Show the catalog's own title and introduction (the standalone page does).
    #[prop_or_default]
    pub show_catalog_intro: bool,
    /// Prefix for element ids, unique per instance on a page.
    #[prop_or(AttrValue::Static("raci"))]
    pub id_prefix: AttrValue,
    /// Where the host element sends actions (attribute changes).
    #[prop_or_default]
    pub link: Option<HostLink>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let catalog = &*props.catalog;
    let initial = props.initial.clone();
    let state = use_reducer(move || State(initial));
    let view = &state.0;
    let shown = Rc::new(view.shown(catalog));

    use_url_sync(props.sync_url, &props.catalog, view);
    {
        let state = state.clone();
        use_effect_with(props.link.clone(), move |link| {
            if let Some(link) = link {
                link.connect(state.dispatcher());
            }
        });
    }
    let on_clear = forward(&state, |_: MouseEvent| Action::ClearFilters);
    let id = |part: &str| AttrValue::from(format!("{}-{part}", props.id_prefix));

    html! {
        <ContextProvider<Rc<Catalog>> context={props.catalog.clone()}>
        <div class="raci">
            if props.show_catalog_intro && !catalog.title.is_empty() {
                <header class="raci-catalog">
                    <h1 class="raci-catalog__title">{ &catalog.title }</h1>
                    { for catalog.intro.iter().map(|p| html! { <p>{ p }</p> }) }
                </header>
            }
            if !props.warnings.is_empty() {
                <details class="raci-warnings">
                    <summary>{ notes_title(props.warnings.len()) }</summary>
                    { problem_list(&props.warnings) }
                </details>
            }
            if catalog.models.len() > 1 {
                { model_picker(catalog, shown.model, forward(&state, Action::SelectModel)) }
            }
            if let Some(model) = catalog.model(shown.model) {
                { model_intro(model, id("model-title")) }
            }
            { toolbar(ToolbarProps {
                view: view.view,
                checks: view.checks,
                shown: shown.clone(),
                compare: catalog.models.len() > 1,
                on_view: forward(&state, Action::SetView),
                on_checks: forward(&state, Action::SetChecks),
            }) }
            { filter_bar(catalog, FilterBarProps {
                filter: view.filter.clone(),
                id_prefix: props.id_prefix.clone(),
                on_party: forward(&state, Action::SetParty),
                on_role: forward(&state, Action::ToggleRole),
                on_search: forward(&state, Action::Search),
                on_clear: on_clear.clone(),
            }) }
            { view_body(catalog, ViewBodyProps {
                state: view.clone(),
                shown,
                id_prefix: props.id_prefix.clone(),
                on_clear,
                on_from: forward(&state, |m: usize| Action::SetFrom(Some(m))),
            }) }
            { legend(catalog, view.view) }
        </div>
        </ContextProvider<Rc<Catalog>>>
    }
}

fn notes_title(n: usize) -> String {
    if n == 1 {
        "1 note about this data".into()
    } else {
        format!("{n} notes about this data")
    }
}

/// Writes the state into the page URL (`history.replaceState`) whenever it changes, keeping
/// the host's own query parameters. The first render leaves the URL as the reader opened it.
#[hook]
fn use_url_sync(enabled: bool, catalog: &Rc<Catalog>, view: &ViewState) {
    let catalog = catalog.clone();
    let first = use_mut_ref(|| true);
    use_effect_with(view.clone(), move |view| {
        let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
        if enabled && !was_first {
            crate::page_url::write_state(&catalog, view);
        }
    });
}
