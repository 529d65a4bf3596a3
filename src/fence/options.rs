//! A fence's options, checked at build time against the catalog the fence holds: an author
//! who writes `party=Custmer` or `vew=parties` hears about it from the build, with "did you
//! mean", instead of finding a matrix in the reader's browser that silently ignores it.

use crate::model::problem::{did_you_mean, Q};
use crate::model::views::attributes::fence_options;
use crate::model::views::url_query::parse_switch;
use crate::model::{Catalog, Problem, View};

/// Unknown option names, as errors (before the body is read: they do not depend on it).
pub fn unknown_options(options: &[(String, String)]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (key, _) in options {
        if fence_options().any(|known| known == key) {
            continue;
        }
        let hint = did_you_mean(key, fence_options());
        let known: Vec<&str> = fence_options().collect();
        problems.push(Problem::error(
            format!("option {}", Q(key)),
            format!("unknown option{hint}; known: {}", known.join(", ")),
        ));
    }
    problems
}

/// Values the widget would ignore (falling back to its default) for this catalog.
pub fn bad_values(catalog: &Catalog, options: &[(String, String)]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (key, value) in options {
        let mut complain = |what: String, known: Vec<&str>| {
            let hint = did_you_mean(value, known.iter().copied());
            problems.push(Problem::error(
                format!("option {}", Q(key)),
                format!("{what}{hint}; known: {}", known.join(", ")),
            ));
        };
        let model_ids = || catalog.models.iter().map(|m| m.id.as_str()).collect();
        match key.as_str() {
            "model" | "from" if catalog.find_model(value).is_none() => {
                complain(format!("no model {}", Q(value)), model_ids())
            }
            "party" if catalog.find_party_by_id(value).is_none() => complain(
                format!("no party {}", Q(value)),
                catalog.parties.iter().map(|p| p.id.as_str()).collect(),
            ),
            "role" | "roles" => {
                for part in value.split([',', ' ']).filter(|p| !p.is_empty()) {
                    if catalog.find_role(part).is_none() {
                        complain(
                            format!("no role {}", Q(part)),
                            catalog.roles.iter().map(|r| r.id.as_str()).collect(),
                        );
                    }
                }
            }
            "view" if View::parse(value).is_none() => complain(
                format!("no view {}", Q(value)),
                View::ALL.iter().map(|v| v.id()).collect(),
            ),
            "checks" | "sync-url" | "show-intro" if parse_switch(value).is_none() => complain(
                format!("{} is neither on nor off", Q(value)),
                vec!["on", "off"],
            ),
            "theme" if !matches!(value.to_ascii_lowercase().as_str(), "light" | "dark") => {
                complain(format!("no theme {}", Q(value)), vec!["light", "dark"])
            }
            "loading" if !matches!(value.to_ascii_lowercase().as_str(), "eager" | "lazy") => {
                complain(format!("no loading {}", Q(value)), vec!["eager", "lazy"])
            }
            _ => {}
        }
    }
    problems
}
