//! Prints `<raci-matrix>` tags with a static table inside, for docs pages: readers without
//! JavaScript (or when the script fails to load) see the plain table; with it, the widget.
//!
//! Usage: `cargo run --bin raci-static [MODEL_ID…]` (all models when none is given).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use raci_widget::model::builtin;
    use raci_widget::model::export::html_table;

    let catalog = builtin();
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    for id in &wanted {
        if catalog.find_model(id).is_none() {
            let known: Vec<&str> = catalog.models.iter().map(|m| m.id).collect();
            eprintln!("unknown model {id:?}; known: {}", known.join(", "));
            std::process::exit(2);
        }
    }
    for model in catalog.models {
        if wanted.is_empty() || wanted.iter().any(|w| w.eq_ignore_ascii_case(model.id)) {
            println!(
                "<raci-matrix model=\"{}\">\n{}</raci-matrix>\n",
                model.id,
                html_table(catalog, model)
            );
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
