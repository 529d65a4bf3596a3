//! The public state vocabulary shared by the page URL and the element attributes:
//! `model=<id>&party=<id>&role=<r,a,c,i>&q=<text>&view=<roles|parties|compare|summary>`
//! `&checks=<on|off>&from=<model id>`. Parsing never fails: unknown or malformed values fall
//! back to defaults.

use crate::catalog::types::{Catalog, RoleSet};
use crate::views::view_state::{clip, Action, View, ViewState};

/// The keys this widget owns in a query string; every other key belongs to the host.
/// `roles` is `role`'s spelling for the element: a `role` attribute is HTML's ARIA role.
pub const KEYS: [&str; 8] = [
    "model", "party", "role", "roles", "q", "view", "checks", "from",
];

/// Attributes that say how the data is read, not what is shown: `layout` (auto,
/// roles-as-columns, parties-as-columns, transposed; see [`crate::read::grid::Layout`]). Not URL
/// state: a reader's link does not change how the author's tables are read.
pub const READING_KEYS: [&str; 1] = ["layout"];

impl ViewState {
    /// Reads state from key/value pairs (decoded URL query or element attributes). Later
    /// pairs win; unknown keys and values are ignored.
    pub fn from_pairs<'a>(
        catalog: &Catalog,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> ViewState {
        let mut state = ViewState::default();
        for (key, value) in pairs {
            match key {
                "model" => state.model = catalog.find_model(value).unwrap_or(state.model),
                "party" => state.filter.party = catalog.find_party_by_id(value),
                "role" | "roles" => state.filter.roles = parse_roles(catalog, value),
                "q" => state.filter.query = clip(value.trim()),
                "view" => state.view = View::parse(value).unwrap_or_default(),
                "checks" => state.checks = switch_is_on(value),
                "from" => state.from = catalog.find_model(value),
                _ => {}
            }
        }
        state
    }

    /// Reads state from a URL query string, with or without the leading `?`.
    pub fn from_query(catalog: &Catalog, query: &str) -> ViewState {
        let pairs = decode_pairs(query);
        ViewState::from_pairs(catalog, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// The state as key/value pairs; the model is always named, empty filters are left out.
    pub fn to_pairs(&self, catalog: &Catalog) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(model) = catalog.models.get(self.model) {
            pairs.push(("model", model.id.to_string()));
        }
        if let Some(party) = self.filter.party {
            pairs.push(("party", catalog.party(party).id.to_string()));
        }
        if !self.filter.roles.is_empty() {
            let ids: Vec<&str> = self
                .filter
                .roles
                .iter(catalog.roles.len())
                .map(|r| catalog.role(r).id.as_str())
                .collect();
            pairs.push(("role", ids.join(",")));
        }
        let q = self.filter.query.trim();
        if !q.is_empty() {
            pairs.push(("q", q.to_string()));
        }
        if self.view != View::Roles {
            pairs.push(("view", self.view.id().to_string()));
        }
        if self.checks {
            pairs.push(("checks", "on".to_string()));
        }
        if let Some(from) = self.from.and_then(|m| catalog.models.get(m)) {
            pairs.push(("from", from.id.to_string()));
        }
        pairs
    }

    /// `existing` (a `location.search`) with this widget's keys replaced by the current state
    /// and every other key kept as it was. Returns `?…`, or an empty string for no query.
    pub fn merge_into_query(&self, catalog: &Catalog, existing: &str) -> String {
        let existing = existing.strip_prefix('?').unwrap_or(existing);
        let mut parts: Vec<String> = existing
            .split('&')
            .filter(|p| !p.is_empty())
            .filter(|p| {
                let key = decode(p.split('=').next().unwrap_or(""));
                !KEYS.contains(&key.as_str())
            })
            .map(str::to_string)
            .collect();
        for (key, value) in self.to_pairs(catalog) {
            parts.push(format!("{key}={}", encode(&value)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// The action that applies one changed key (an element attribute set, changed or removed) to
/// whatever the reader is looking at now; `None` for keys that are not state. A removed key
/// (`value == None`) resets that part to its default.
pub fn action_for_key(catalog: &Catalog, key: &str, value: Option<&str>) -> Option<Action> {
    let parsed = ViewState::from_pairs(catalog, [(key, value.unwrap_or(""))]);
    match key {
        "model" => Some(Action::SelectModel(parsed.model)),
        "party" => Some(Action::SetParty(parsed.filter.party)),
        "role" | "roles" => Some(Action::SetRoles(parsed.filter.roles)),
        "q" => Some(Action::Search(parsed.filter.query)),
        "view" => Some(Action::SetView(parsed.view)),
        "checks" => Some(Action::SetChecks(parsed.checks)),
        "from" => Some(Action::SetFrom(parsed.from)),
        _ => None,
    }
}

/// A switch (`checks`, `sync-url`, `show-intro`) as the element, a fence and the URL read it:
/// off only when it says so (`off`, `false`, `0`, `no`; React 18 writes `x={false}` as
/// `x="false"`), on for anything else, as an HTML boolean attribute is by being there (a bare
/// `checks`, React 19's `checks=""`, `checks="checks"`).
pub fn switch_is_on(value: &str) -> bool {
    parse_switch(value) != Some(false)
}

/// `on`/`off` and friends, `None` for any other word (a build-time check flags it: a typo
/// such as `of` would otherwise turn the switch on).
pub fn parse_switch(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "on" | "1" | "true" | "yes" => Some(true),
        "off" | "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

fn parse_roles(catalog: &Catalog, value: &str) -> RoleSet {
    value
        .split([',', ' '])
        .filter_map(|part| catalog.find_role(part))
        .fold(RoleSet::EMPTY, RoleSet::with)
}

/// Splits `a=1&b=two+words` into decoded pairs.
pub fn decode_pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// `application/x-www-form-urlencoded` decoding; malformed escapes are kept as written and
/// invalid UTF-8 becomes U+FFFD, never an error.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'+' => out.push(b' '),
            b'%' => match escaped(bytes, i) {
                Some(byte) => {
                    out.push(byte);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The byte written as `%XY` at `at`, if the two hex digits are there.
fn escaped(bytes: &[u8], at: usize) -> Option<u8> {
    let digits = bytes.get(at + 1..at + 3)?;
    let digits = std::str::from_utf8(digits).ok()?;
    u8::from_str_radix(digits, 16).ok()
}

/// The hexadecimal digit of `n` (0–15), lowercase.
pub fn hex_digit(n: u8) -> char {
    char::from_digit(u32::from(n & 15), 16).unwrap_or('0')
}

/// Percent-encodes everything but unreserved characters and `,` (kept readable in `role=`).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(hex_digit(b >> 4).to_ascii_uppercase());
                out.push(hex_digit(b & 15).to_ascii_uppercase());
            }
        }
    }
    out
}
