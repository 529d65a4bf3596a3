//! The public URL/attribute vocabulary: `model`, `party`, `role`, `q`.

#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::views::url_query::{action_for_key, decode, decode_pairs, encode};
use raci_widget::model::{builtin, Action, RoleSet, View, ViewState};

fn from(query: &str) -> ViewState {
    ViewState::from_query(builtin(), query)
}

#[test]
fn a_full_query_sets_every_part_of_the_state() {
    let catalog = builtin();
    let state = from("?model=customer-self-managed&party=customer&role=r,a&q=dns+setup");
    assert_eq!(catalog.models[state.model].id, "customer-self-managed");
    assert_eq!(state.filter.party, catalog.find_party("customer"));
    let ra = RoleSet::EMPTY
        .with(catalog.find_role("r").unwrap())
        .with(catalog.find_role("a").unwrap());
    assert_eq!(state.filter.roles, ra);
    assert_eq!(state.filter.query, "dns setup");
}

#[test]
fn values_are_case_insensitive_and_roles_accept_letters_or_names() {
    let catalog = builtin();
    let state = from("model=CUSTOMER-SELF-MANAGED&party=WSO2&role=I,Consulted");
    assert_eq!(state.model, 2);
    assert_eq!(state.filter.party, catalog.find_party("wso2"));
    assert_eq!(
        state
            .filter
            .roles
            .iter(4)
            .map(|r| catalog.role(r).id.as_str())
            .collect::<Vec<_>>(),
        ["c", "i"]
    );
}

#[test]
fn unknown_or_malformed_values_fall_back_to_defaults() {
    assert_eq!(from(""), ViewState::default());
    assert_eq!(from("?"), ViewState::default());
    assert_eq!(
        from("model=nope&party=acme&role=x,y&&=&%zz"),
        ViewState::default()
    );
    assert_eq!(from("?model"), ViewState::default());
    let state = from("role=r,bogus,,&q=%E2%9C%93%ZZ%");
    assert_eq!(state.filter.roles.iter(4).count(), 1);
    assert_eq!(state.filter.query, "✓%ZZ%");
    // Invalid UTF-8 is replaced, not refused; very long text is cut.
    assert_eq!(decode("%FFa"), "\u{FFFD}a");
    assert_eq!(
        from(&format!("q={}", "a".repeat(5000))).filter.query.len(),
        200
    );
}

#[test]
fn state_round_trips_through_the_query_string() {
    let catalog = builtin();
    for query in [
        "?model=wso2-managed-customer-subscription",
        "?model=customer-self-managed&party=wso2&role=a,i&q=K8s+%26+DNS%2FSSL+%C3%A4",
    ] {
        let state = from(query);
        assert_eq!(state.merge_into_query(catalog, ""), query);
        assert_eq!(from(&state.merge_into_query(catalog, "")), state);
    }
}

#[test]
fn merging_keeps_the_hosts_own_parameters_and_replaces_ours() {
    let catalog = builtin();
    let state = from("model=customer-self-managed&q=dns");
    assert_eq!(
        state.merge_into_query(catalog, "?lang=en&q=old&role=r&x=%20y"),
        "?lang=en&x=%20y&model=customer-self-managed&q=dns"
    );
}

#[test]
fn encoding_and_decoding_are_inverse_for_any_text() {
    for text in ["", "a b", "a+b=c&d", "100%", "naïve ✓ 日本", "?#/"] {
        assert_eq!(decode(&encode(text)), text);
    }
    assert_eq!(
        decode_pairs("a=1&b&=c"),
        [
            ("a".into(), "1".into()),
            ("b".into(), "".into()),
            ("".into(), "c".into())
        ]
    );
}

#[test]
fn a_changed_attribute_becomes_one_action_on_the_current_view() {
    let catalog = builtin();
    let reader = from("model=customer-self-managed&party=customer&q=dns");
    let act = |key, value| action_for_key(catalog, key, value).unwrap();
    // Changing one attribute keeps what the reader did with the others.
    let next = reader.apply(act("party", Some("wso2"))).unwrap();
    assert_eq!(next.filter.party, catalog.find_party("wso2"));
    assert_eq!(next.filter.query, "dns");
    assert_eq!(next.model, 2);
    // A removed attribute resets its part; a bad value resets too.
    assert_eq!(act("party", None), Action::SetParty(None));
    assert_eq!(act("model", Some("nope")), Action::SelectModel(0));
    assert_eq!(
        act("role", Some("c,I")),
        Action::SetRoles(from("role=c,i").filter.roles)
    );
    assert_eq!(act("q", Some("  k8s ")), Action::Search("k8s".into()));
    assert_eq!(action_for_key(catalog, "sync-url", Some("")), None);
}

#[test]
fn view_checks_and_from_round_trip_and_default_sensibly() {
    let catalog = builtin();
    let state = from("?model=customer-self-managed&view=compare&checks=on&from=wso2-managed-customer-subscription");
    assert_eq!(state.view, View::Compare);
    assert!(state.checks);
    assert_eq!(state.from(3), 1);
    assert_eq!(from(&state.merge_into_query(catalog, "")), state);
    assert_eq!(
        state.merge_into_query(catalog, ""),
        "?model=customer-self-managed&view=compare&checks=on&from=wso2-managed-customer-subscription"
    );
    // Defaults: the role view, compare from the first other model; a switch that does not
    // say off is on, as a boolean attribute is.
    let plain = from("view=nope&checks=maybe&from=nope");
    assert_eq!(
        (plain.view, plain.checks, plain.from),
        (View::Roles, true, None)
    );
    assert!(!from("checks=no").checks && !from("view=roles").checks);
    assert_eq!(plain.from(3), 1);
    assert_eq!(from("model=customer-self-managed").from(3), 0);
    // A bare attribute `checks` means on; `off` turns it off.
    assert!(ViewState::from_pairs(catalog, [("checks", "")]).checks);
    assert!(!ViewState::from_pairs(catalog, [("checks", "OFF")]).checks);
    assert_eq!(
        action_for_key(catalog, "view", Some("Parties")),
        Some(Action::SetView(View::Parties))
    );
}

#[test]
fn roles_is_the_same_key_as_role_for_elements_whose_role_attribute_is_aria() {
    let catalog = builtin();
    let a = ViewState::from_pairs(catalog, [("roles", "r,a")]);
    assert_eq!(a, from("role=r,a"));
    assert_eq!(
        action_for_key(catalog, "roles", Some("c")),
        action_for_key(catalog, "role", Some("c"))
    );
    // Written back to a URL, it is `role`.
    assert_eq!(
        a.merge_into_query(catalog, "?roles=x"),
        "?model=wso2-managed-wso2-subscription&role=r,a"
    );
}
