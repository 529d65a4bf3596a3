//! Party view, compare, summary and checks over the three source models, with exact figures.
#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::views::checks::{self, Check};
use raci_widget::model::views::compare::{self, Field};
use raci_widget::model::views::pivot::held;
use raci_widget::model::views::summary::summarize;
use raci_widget::model::{builtin, RoleSet};

const FULLY: usize = 0;
const CUSTOMER_SUB: usize = 1;
const SELF: usize = 2;

fn words(from: usize, to: usize) -> Vec<String> {
    let catalog = builtin();
    compare::shifts(catalog, from, to)
        .iter()
        .flat_map(|s| s.sentences(catalog))
        .collect()
}

#[test]
fn the_three_models_differ_in_exactly_43_cells_descriptions_included() {
    let catalog = builtin();
    let diffs = compare::differences(catalog);
    assert_eq!(diffs.len(), 43);
    let descriptions = diffs
        .iter()
        .filter(|(_, f)| *f == Field::Description)
        .count();
    assert_eq!(
        descriptions, 1,
        "only 'Remote access' words its description differently"
    );
    assert_eq!(compare::rows(catalog).len(), 16);
    assert_eq!(compare::changed_cells(catalog, FULLY, CUSTOMER_SUB), 12);
    assert_eq!(compare::changed_cells(catalog, FULLY, SELF), 42);
    assert_eq!(compare::changed_cells(catalog, CUSTOMER_SUB, SELF), 38);
    // Integration rows are the same everywhere.
    let rows = compare::rows(catalog);
    assert!(compare::fields(catalog).all(|f| !rows[15].differs(f)));
}

#[test]
fn moving_to_self_managed_says_what_the_customer_takes_over() {
    assert_eq!(
        words(FULLY, SELF),
        [
            "WSO2 is no longer Responsible for 11 tasks",
            "WSO2 is no longer Accountable for 11 tasks",
            "WSO2 becomes Consulted for 10 more tasks",
            "WSO2 becomes Informed for 5 more tasks",
            "WSO2 is no longer Informed for 1 task",
            "Customer becomes Responsible for 9 more tasks",
            "Customer becomes Accountable for 9 more tasks",
            "Customer is no longer Consulted for 5 tasks",
            "Customer is no longer Informed for 9 tasks",
        ]
    );
    let catalog = builtin();
    let shifts = compare::shifts(catalog, FULLY, SELF);
    let customer_r = &shifts[5];
    assert!(customer_r.gained.contains(&"Kubernetes cluster management"));
    assert!(
        !customer_r.gained.contains(&"Network management"),
        "already joint before"
    );
    assert_eq!(
        words(CUSTOMER_SUB, SELF)[0],
        "WSO2 is no longer Responsible for 9 tasks"
    );
    assert_eq!(words(FULLY, CUSTOMER_SUB).len(), 8);
    assert!(words(SELF, SELF).is_empty());
}

#[test]
fn summaries_count_roles_and_list_what_the_party_owns() {
    let catalog = builtin();
    let wso2 = catalog.find_party("wso2").unwrap();
    let customer = catalog.find_party("customer").unwrap();
    let expect = [
        (FULLY, wso2, [12, 12, 2, 2]),
        (FULLY, customer, [7, 7, 10, 14]),
        (CUSTOMER_SUB, wso2, [10, 10, 3, 2]),
        (CUSTOMER_SUB, customer, [10, 10, 11, 13]),
        (SELF, wso2, [1, 1, 12, 6]),
        (SELF, customer, [16, 16, 5, 5]),
    ];
    for (model, party, counts) in expect {
        let s = summarize(catalog, &catalog.models[model], party);
        assert_eq!(s.counts, counts, "model {model}, party {party:?}");
        assert_eq!(s.owns.len(), counts[0].max(counts[1]));
        assert!(s.owns_if_required.is_empty());
    }
    let s = summarize(catalog, &catalog.models[SELF], wso2);
    assert_eq!(s.owns, [11], "WSO2 owns only security monitoring, jointly");
}

#[test]
fn the_party_view_lists_the_letters_each_party_holds() {
    let catalog = builtin();
    let customer = catalog.find_party("customer").unwrap();
    let task = &catalog.models[FULLY].tasks[0];
    let letters = |roles| {
        held(task, customer, roles)
            .iter()
            .map(|h| (catalog.role(h.role).letter.as_str(), h.if_required))
            .collect::<Vec<_>>()
    };
    assert_eq!(letters(RoleSet::EMPTY), [("C", true), ("I", true)]);
    let only_i = RoleSet::EMPTY.with(catalog.find_role("i").unwrap());
    assert_eq!(letters(only_i), [("I", true)]);
    let wso2 = catalog.find_party("wso2").unwrap();
    assert_eq!(
        held(&catalog.models[SELF].tasks[8], wso2, RoleSet::EMPTY).len(),
        1
    );
}

#[test]
fn checks_flag_shared_accountability_and_redundant_roles_per_model() {
    let catalog = builtin();
    let count = |model: usize, pred: fn(&Check) -> bool| {
        checks::run(catalog, &catalog.models[model])
            .iter()
            .filter(|f| pred(&f.check))
            .count()
    };
    let shared = |c: &Check| *c == Check::SharedAccountable;
    assert_eq!(count(FULLY, shared), 3);
    assert_eq!(count(CUSTOMER_SUB, shared), 4);
    assert_eq!(count(SELF, shared), 1);
    for model in [FULLY, CUSTOMER_SUB, SELF] {
        assert_eq!(count(model, |c| *c == Check::NoAccountable), 0);
        assert_eq!(count(model, |c| *c == Check::NoResponsible), 0);
    }
    let redundant = |c: &Check| matches!(c, Check::Redundant { .. });
    assert_eq!(count(FULLY, redundant), 12);
    let findings = checks::run(catalog, &catalog.models[FULLY]);
    let integration = findings.iter().find(|f| f.task == 12).unwrap();
    assert_eq!(catalog.role(integration.role).letter, "I");
    assert_eq!(
        integration.check.explain(catalog),
        "Customer is Responsible and also Consulted and Informed, which adds nothing: \
         a party is always aware of its own work."
    );
    let consulted = findings.iter().find(|f| f.task == 0).unwrap();
    assert_eq!(
        consulted.check.explain(catalog),
        "Customer is Consulted and also Informed, which adds nothing: \
         consulting a party already keeps it informed."
    );
    let shared_note = findings
        .iter()
        .find(|f| f.check == Check::SharedAccountable)
        .unwrap();
    assert_eq!(
        catalog.models[FULLY].tasks[shared_note.task].name,
        "Network management"
    );
    assert_eq!(catalog.role(shared_note.role).letter, "A");
}
