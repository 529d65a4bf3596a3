use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use super::use_catalog;
use crate::browser;
use crate::model::write::export::View;
use crate::model::write::json::model_json;
use crate::model::{Catalog, Shown};

#[derive(PartialEq, Properties)]
pub struct ExportMenuProps {
    pub shown: Rc<Shown>,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Csv,
    Markdown,
    Json,
}

impl Format {
    const ALL: [Format; 3] = [Format::Csv, Format::Markdown, Format::Json];

    fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Markdown => "Markdown",
            Format::Json => "JSON",
        }
    }

    fn file(self) -> (&'static str, &'static str) {
        match self {
            Format::Csv => ("csv", "text/csv"),
            Format::Markdown => ("md", "text/markdown"),
            Format::Json => ("json", "application/json"),
        }
    }

    fn render(self, catalog: &Catalog, shown: &Shown) -> String {
        let Some(model) = catalog.model(shown.model) else {
            return String::new();
        };
        let view = View {
            catalog,
            model,
            tasks: &shown.tasks,
            columns: &shown.columns,
        };
        match self {
            Format::Csv => view.csv(),
            Format::Markdown => view.markdown(),
            Format::Json => model_json(catalog, model, &shown.tasks),
        }
    }
}

/// Download or copy the rows and columns on screen as CSV, Markdown or JSON; print the view.
/// The panel is rendered only while the menu is open: closed, it is markup nobody sees (the
/// prerendered first view carries no hidden panel, and a large view re-renders less).
#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let status = use_state(String::new);
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::Element>()
                    .has_attribute("open"),
            )
        })
    };
    let catalog = use_catalog();
    let shown = props.shown.clone();
    let act = |format: Format, copy: bool| {
        let (status, shown, catalog) = (status.clone(), shown.clone(), catalog.clone());
        Callback::from(move |_: MouseEvent| {
            let text = format.render(&catalog, &shown);
            let label = format.label();
            if copy {
                let status = status.clone();
                spawn_local(async move {
                    status.set(match browser::copy(text).await {
                        Ok(()) => format!("Copied {label} to the clipboard."),
                        Err(e) => e,
                    });
                });
            } else {
                let (ext, mime) = format.file();
                let id = catalog.model(shown.model).map_or("raci", |m| m.id.as_str());
                let name = format!("{id}.{ext}");
                status.set(match browser::download(&name, mime, &text) {
                    Ok(()) => format!("Downloaded {name}."),
                    Err(e) => e,
                });
            }
        })
    };
    html! {
        <details class="raci-export" {ontoggle}>
            <summary class="raci-button">{ "Export" }</summary>
            if *open {
                <div class="raci-export__panel">
                    <p class="raci-export__hint">{ "The rows and columns shown now." }</p>
                    { for Format::ALL.into_iter().map(|format| html! {
                        <div class="raci-export__row" data-format={format.file().0}>
                            <span class="raci-export__label">{ format.label() }</span>
                            <button type="button" class="raci-button" onclick={act(format, false)}>
                                { "Download" }
                            </button>
                            <button type="button" class="raci-button" onclick={act(format, true)}>
                                { "Copy" }
                            </button>
                        </div>
                    }) }
                    <button type="button" class="raci-button" onclick={|_| browser::print()}>
                        { "Print this view" }
                    </button>
                    <p class="raci-export__status" role="status">{ (*status).clone() }</p>
                </div>
            }
        </details>
    }
}
