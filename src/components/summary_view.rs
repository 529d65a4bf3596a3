use yew::prelude::*;

use super::chip::party_class;
use crate::model::views::summary::summarize;
use crate::model::{Catalog, Filter, PartyId, Shown};

/// For each party (or the filtered one): how many tasks it holds each role for, and a
/// printable checklist of the tasks it owns (Responsible or Accountable).
pub fn summary_view(catalog: &Catalog, shown: &Shown, filter: &Filter, id_prefix: &str) -> Html {
    let Some(model) = catalog.model(shown.model) else {
        return Html::default();
    };
    let parties: Vec<PartyId> = match filter.party {
        Some(p) => vec![p],
        None => catalog.party_ids().collect(),
    };
    html! {
        <div class="raci-summary">
            { for parties.into_iter().map(|party| {
                let summary = summarize(catalog, model, party);
                let name = catalog.party(party).name.as_str();
                html! {
                    <div class="raci-summary__party" data-party={catalog.party(party).id.clone()}>
                        <h3 class={classes!("raci-swatched", party_class(party))}>
                            { "What " }{ name }{ " holds" }
                        </h3>
                        <dl class="raci-summary__counts">
                            { for catalog.role_ids().map(|r| html! {
                                <div data-role={catalog.role(r).id.clone()}>
                                    <dt>{ &catalog.role(r).name }</dt>
                                    <dd>{ summary.counts.get(r.0 as usize).copied().unwrap_or(0) }{ " of " }{ model.tasks.len() }</dd>
                                </div>
                            }) }
                        </dl>
                        <h4>{ name }{ " owns (Responsible or Accountable): " }{ summary.owns.len() }</h4>
                        <ul class="raci-checklist">
                            { for summary.owns.iter().filter_map(|&i| Some((i, model.tasks.get(i)?))).map(|(i, task)| {
                                let id = format!("{id_prefix}-own-{}-{i}", catalog.party(party).id);
                                let roles: Vec<&str> = catalog.role_ids()
                                    .filter(|r| task.holds(party, *r))
                                    .map(|r| catalog.role(r).letter.as_str())
                                    .collect();
                                html! {
                                    <li>
                                        <input type="checkbox" id={id.clone()} />
                                        <label for={id}>
                                            { &task.name }
                                            <span class="raci-checklist__roles">{ " — " }{ roles.join(", ") }</span>
                                            if summary.owns_if_required.contains(&i) {
                                                <i>{ " (if required)" }</i>
                                            }
                                        </label>
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                }
            }) }
        </div>
    }
}
