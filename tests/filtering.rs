//! Filtering by party, role and text over the three source models, with exact figures.

#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::views::search::Query;
use raci_widget::model::{builtin, Action, ChipEmphasis, Filter, RoleSet, ViewState};

fn roles(ids: &str) -> RoleSet {
    let catalog = builtin();
    ids.split(',')
        .filter(|s| !s.is_empty())
        .map(|id| catalog.find_role(id).unwrap())
        .fold(RoleSet::EMPTY, RoleSet::with)
}

/// Names of the tasks shown for `model` under `party`, `role` and `q`.
fn shown(model: &str, party: Option<&str>, role: &str, q: &str) -> Vec<&'static str> {
    let catalog = builtin();
    let model = &catalog.models[catalog.find_model(model).unwrap()];
    let filter = Filter {
        party: party.map(|p| catalog.find_party(p).unwrap()),
        roles: roles(role),
        query: q.to_string(),
    };
    filter
        .visible_tasks(catalog, model)
        .into_iter()
        .map(|i| model.tasks[i].name.as_str())
        .collect()
}

const FULLY: &str = "wso2-managed-wso2-subscription";
const CUSTOMER_SUB: &str = "wso2-managed-customer-subscription";
const SELF: &str = "customer-self-managed";

#[test]
fn no_filter_shows_all_16_tasks_of_each_model() {
    for model in [FULLY, CUSTOMER_SUB, SELF] {
        assert_eq!(shown(model, None, "", "").len(), 16);
    }
}

#[test]
fn party_alone_keeps_tasks_where_the_party_holds_any_role() {
    // Customer takes no part in "Remote access" and "Platform system components deployment".
    let tasks = shown(FULLY, Some("customer"), "", "");
    assert_eq!(tasks.len(), 14);
    assert!(!tasks.contains(&"Remote access for installation"));
    assert!(!tasks.contains(&"Platform system components deployment"));
    // "If required" counts: Customer is only "Informed (if required)" for provisioning.
    assert!(tasks.contains(&"Infrastructure provisioning"));
    // WSO2 is consulted on the 11 platform tasks and joint on security, not on integrations.
    assert_eq!(shown(SELF, Some("wso2"), "", "").len(), 12);
}

#[test]
fn party_with_roles_keeps_tasks_where_the_party_holds_one_of_them() {
    assert_eq!(
        shown(SELF, Some("wso2"), "r", ""),
        ["Platform system security monitoring"]
    );
    // A joint cell counts for both parties.
    let customer_r = shown(FULLY, Some("customer"), "r", "");
    assert_eq!(customer_r.len(), 7);
    assert!(customer_r.contains(&"Network management"));
    assert!(customer_r.contains(&"DNS management for platform system"));
    assert_eq!(
        shown(CUSTOMER_SUB, Some("wso2"), "i", ""),
        [
            "Remote access for installation",
            "Platform system security monitoring"
        ]
    );
    // The customer owns subscription and access; everything else WSO2 runs or shares.
    assert_eq!(shown(CUSTOMER_SUB, Some("wso2"), "r,a", "").len(), 10);
    assert_eq!(shown(SELF, Some("customer"), "r,a", "").len(), 16);
}

#[test]
fn roles_without_a_party_keep_all_tasks_but_only_those_columns() {
    let catalog = builtin();
    assert_eq!(shown(SELF, None, "c,i", "").len(), 16);
    let filter = Filter {
        roles: roles("i,c"),
        ..Filter::default()
    };
    let letters: Vec<_> = filter
        .columns(catalog)
        .into_iter()
        .map(|r| catalog.role(r).letter.as_str())
        .collect();
    assert_eq!(letters, ["C", "I"]);
    assert_eq!(Filter::default().columns(catalog).len(), 4);
}

#[test]
fn text_search_matches_names_and_descriptions_case_insensitively_all_terms() {
    assert_eq!(
        shown(FULLY, None, "", "dns"),
        ["DNS management for platform system"]
    );
    assert_eq!(
        shown(FULLY, None, "", "SECURITY"),
        [
            "Firewall rules and access control",
            "Platform system security monitoring"
        ]
    );
    assert_eq!(shown(SELF, None, "", "monitoring").len(), 4);
    assert_eq!(
        shown(SELF, None, "", "integration logs"),
        ["Integration logs"]
    );
    assert!(shown(SELF, None, "", "kubernetes zebra").is_empty());
    assert_eq!(shown(SELF, None, "", "   ").len(), 16);
}

#[test]
fn filters_combine() {
    assert_eq!(
        shown(SELF, Some("wso2"), "i", "kubernetes"),
        [
            "Infrastructure provisioning",
            "Kubernetes cluster management"
        ]
    );
    assert!(shown(FULLY, Some("wso2"), "", "integration").is_empty());
}

#[test]
fn chips_of_the_filtered_party_stand_out_and_others_step_back() {
    let catalog = builtin();
    let model = &catalog.models[0];
    let joint = &model.tasks[2].cells[0];
    let filter = Filter {
        party: catalog.find_party("customer"),
        ..Filter::default()
    };
    let marks: Vec<_> = joint.iter().map(|a| filter.emphasis(a)).collect();
    assert_eq!(marks, [ChipEmphasis::Dim, ChipEmphasis::Match]);
    assert_eq!(Filter::default().emphasis(&joint[0]), ChipEmphasis::Plain);
}

#[test]
fn search_segments_mark_every_match_without_losing_text() {
    let q = Query::new("dns ssl");
    let segs = q.segments("Manage DNS infrastructure and SSL certificates; dns");
    let marked: Vec<_> = segs.iter().filter(|s| s.1).map(|s| s.0).collect();
    assert_eq!(marked, ["DNS", "SSL", "dns"]);
    let whole: String = segs.iter().map(|s| s.0).collect();
    assert_eq!(whole, "Manage DNS infrastructure and SSL certificates; dns");
    assert_eq!(Query::new("").segments("abc"), [("abc", false)]);
    // Overlapping terms merge into one mark; non-ASCII text is cut on char boundaries.
    let segs = Query::new("plat platform").segments("Platform — Ärger");
    assert_eq!(segs, [("Platform", true), (" — Ärger", false)]);
    assert_eq!(Query::new("är").segments("Ärger")[0], ("Är", true));
}

#[test]
fn actions_change_state_and_report_no_change_as_none() {
    let catalog = builtin();
    let start = ViewState::default();
    let wso2 = catalog.find_party("wso2");
    let with_party = start.apply(Action::SetParty(wso2)).unwrap();
    assert_eq!(with_party.filter.party, wso2);
    assert_eq!(with_party.apply(Action::SetParty(wso2)), None);
    let r = catalog.find_role("r").unwrap();
    let toggled = with_party.apply(Action::ToggleRole(r)).unwrap();
    assert!(toggled.filter.roles.contains(r));
    let back = toggled.apply(Action::ToggleRole(r)).unwrap();
    assert!(back.filter.roles.is_empty());
    let searched = toggled.apply(Action::Search("x".repeat(500))).unwrap();
    assert_eq!(searched.filter.query.chars().count(), 200);
    let other_model = searched.apply(Action::SelectModel(2)).unwrap();
    assert_eq!(
        other_model.filter, searched.filter,
        "switching model keeps filters"
    );
    let cleared = other_model.apply(Action::ClearFilters).unwrap();
    assert_eq!(
        cleared,
        ViewState {
            model: 2,
            ..ViewState::default()
        }
    );
    assert!(!cleared.filter.is_active());
    assert_eq!(cleared.apply(Action::ClearFilters), None);
}

#[test]
fn case_folding_covers_latin_greek_and_cyrillic_letters() {
    use raci_widget::model::views::search::fold;
    let folded: String = "AZÀÖØÞŸĀĹŹΑΩЀЯ".chars().map(fold).collect();
    assert_eq!(folded, "azàöøþÿāĺźαωѐя");
    // Characters without a case, and already lower ones, stay as they are.
    assert_eq!("×ß1-ﬁ日".chars().map(fold).collect::<String>(), "×ß1-ﬁ日");
    assert!(Query::new("ΩΜΕΓΑ").matches(&["το ωμεγα"]));
    assert!(Query::new("ДАННЫЕ").matches(&["данные"]));
    assert!(Query::new("ŁÓDŹ").matches(&["łódź"]));
}
