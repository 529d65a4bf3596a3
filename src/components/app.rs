use std::rc::Rc;

use yew::prelude::*;

use super::{legend, model_intro, FilterBar, ModelPicker, Toolbar, ViewBody};
use crate::model::{builtin, Action, ViewState};
use crate::state::{forward, HostLink, State};

#[derive(PartialEq, Properties)]
pub struct AppProps {
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
    let catalog = builtin();
    let initial = props.initial.clone();
    let state = use_reducer(move || State(initial));
    let view = &state.0;
    let shown = Rc::new(view.shown(catalog));
    let model = &catalog.models[shown.model];

    use_url_sync(props.sync_url, view);
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
        <div class="raci">
            if props.show_catalog_intro {
                <header class="raci-catalog">
                    <h1 class="raci-catalog__title">{ catalog.title }</h1>
                    { for catalog.intro.iter().map(|p| html! { <p>{ *p }</p> }) }
                </header>
            }
            <ModelPicker
                models={catalog.models}
                selected={shown.model}
                on_select={forward(&state, Action::SelectModel)}
            />
            { model_intro(model, id("model-title")) }
            <Toolbar
                view={view.view}
                checks={view.checks}
                shown={shown.clone()}
                on_view={forward(&state, Action::SetView)}
                on_checks={forward(&state, Action::SetChecks)}
            />
            <FilterBar
                filter={view.filter.clone()}
                id_prefix={props.id_prefix.clone()}
                on_party={forward(&state, Action::SetParty)}
                on_role={forward(&state, Action::ToggleRole)}
                on_search={forward(&state, Action::Search)}
                on_clear={on_clear.clone()}
            />
            <ViewBody
                state={view.clone()}
                shown={shown}
                id_prefix={props.id_prefix.clone()}
                on_clear={on_clear}
                on_from={forward(&state, |m: usize| Action::SetFrom(Some(m)))}
            />
            { legend(view.view) }
        </div>
    }
}

/// Writes the state into the page URL (`history.replaceState`) whenever it changes, keeping
/// the host's own query parameters. The first render leaves the URL as the reader opened it.
#[hook]
fn use_url_sync(enabled: bool, view: &ViewState) {
    let first = use_mut_ref(|| true);
    use_effect_with(view.clone(), move |view| {
        let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
        if enabled && !was_first {
            crate::page_url::write_state(view);
        }
    });
}
