//! The fuzz properties on the stable toolchain: a few thousand generated inputs (a tiny
//! xorshift generator over the words RACI tables are made of), the committed fuzz corpus, and
//! one regression test per bug the fuzzers found. Properties: `tests/props`.

#![cfg(not(target_arch = "wasm32"))]

mod props;

use std::time::{Duration, Instant};

use props::WORDS;
use raci_widget::model::builtin;
use raci_widget::model::read::grid::{read_grids, read_grids_as, Grid, Layout};
use raci_widget::model::read::load::{load, Format};
use raci_widget::model::read::notation::{format_cell, parse_cell, strip_formatting};
use raci_widget::model::views::url_query::KEYS;

/// xorshift64*: deterministic, so a failure names an input that fails again.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// One to `max` pieces: mostly words, now and then any character.
    fn text(&mut self, max: usize) -> String {
        let mut out = String::new();
        for _ in 0..1 + self.below(max) {
            if self.chance(10) {
                out.push(char::from_u32(self.below(0x3000) as u32).unwrap_or('?'));
            } else {
                out.push_str(self.pick(WORDS));
            }
        }
        out
    }

    fn grid(&mut self, n: usize) -> Grid {
        const HEADS: &[&str] = &[
            "Responsible",
            "Accountable",
            "Consulted",
            "Informed",
            "R",
            "A",
            "Support",
            "Signatory",
            "Verifier (V)",
            "Description",
            "Notes",
            "Product",
            "Engineering",
            "WSO2",
            "Customer",
            "Ärzte",
            "UX/UI Designer",
            "AUCyber (IaaS)",
            "Legal / Privacy",
            "**Dev** _(Bo)_",
        ];
        let width = 2 + self.below(5);
        let mut header = vec![self.pick(&["Task", "Activity", "", "**Task**"]).to_string()];
        for _ in 1..width {
            header.push(if self.chance(85) {
                self.pick(HEADS).to_string()
            } else {
                self.text(2)
            });
        }
        let cell = |rng: &mut Rng| match rng.below(4) {
            0 => rng
                .pick(&["R", "A", "C", "I", "A/R", "RA", "C (if needed)", "", "—"])
                .into(),
            1 => rng
                .pick(&[
                    "WSO2",
                    "Customer",
                    "WSO2/Customer (if required)",
                    "Legal, Ops",
                    "\"UX/UI Designer\", Ops",
                    "\"AUCyber (IaaS)\" (if required)",
                    "AUCyber (IaaS)",
                    "**A, R** (pairs)",
                    "(R)",
                ])
                .into(),
            _ => rng.text(3),
        };
        // Now and then a phase column filled on its groups' first rows only.
        let phases = self.chance(15);
        if phases {
            header.insert(0, "Phase".to_string());
        }
        let rows = (0..self.below(6))
            .map(|i| {
                // Section rows: alone, bold over empty cells, over fillers.
                match self.below(12) {
                    0 => return vec![format!("**Phase {i}**")],
                    1 => return vec![format!("Step {i}"), "-----".into(), "---".into()],
                    2 => return vec!["**—**".to_string()],
                    _ => {}
                }
                let len = if self.chance(85) {
                    width
                } else {
                    self.below(width + 2)
                };
                let mut row = vec![format!("Task {}", i % 4)];
                row.extend((1..len).map(|_| cell(self)));
                if phases {
                    row.insert(
                        0,
                        if i % 2 == 0 {
                            format!("P{i}")
                        } else {
                            String::new()
                        },
                    );
                }
                row
            })
            .collect();
        Grid {
            positions: Vec::new(),
            label: format!("table {n}"),
            id: self.pick(&["", "m", "Bad Id", "x-1"]).to_string(),
            title: self.text(2),
            header,
            rows,
        }
    }
}

/// A legend table: known and unknown letters, now and then a line that is not one.
fn legend(rng: &mut Rng) -> Grid {
    let lines: Vec<Vec<String>> = (0..1 + rng.below(4))
        .map(|_| {
            let line = rng.pick(&[
                "R|Responsible|Does it",
                "A|Approval|",
                "S|Support|Helps",
                "X|Executes|Runs it",
                "Q|Quality gate|Checks",
                "|-|Not involved",
                "R|Review|again",
            ]);
            line.split('|').map(String::from).collect()
        })
        .collect();
    Grid {
        positions: Vec::new(),
        label: "legend".into(),
        id: String::new(),
        title: "Legend".into(),
        header: ["Letter", "Name", "Meaning"].map(String::from).to_vec(),
        rows: lines,
    }
}

fn markdown(grids: &[Grid]) -> String {
    let mut out = String::new();
    for g in grids {
        out.push_str(&format!("## {}\n\n| {} |\n", g.title, g.header.join(" | ")));
        out.push_str(&format!("|{}\n", "---|".repeat(g.header.len())));
        for row in &g.rows {
            out.push_str(&format!("| {} |\n", row.join(" | ")));
        }
        out.push('\n');
    }
    out
}

fn csv(grid: &Grid) -> String {
    let field = |f: &String| format!("\"{}\"", f.replace('"', "\"\""));
    let line = |r: &Vec<String>| r.iter().map(field).collect::<Vec<_>>().join(",");
    let mut out = line(&grid.header);
    for row in &grid.rows {
        out.push_str("\r\n");
        out.push_str(&line(row));
    }
    out
}

/// Runs `body` for up to `count` seeds or until `budget` is spent (a slow machine checks
/// fewer); returns how many ran.
fn soak(count: u64, budget: Duration, mut body: impl FnMut(&mut Rng)) -> u64 {
    let start = Instant::now();
    let mut ran = count;
    for seed in 1..=count {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        body(&mut rng);
        if start.elapsed() > budget {
            ran = seed;
            break;
        }
    }
    eprintln!("{ran} inputs in {:?}", start.elapsed());
    ran
}

#[test]
fn cells_never_panic_and_read_back_as_written() {
    let ran = soak(20_000, Duration::from_secs(3), |rng| {
        props::check_cell(&rng.text(6));
    });
    assert!(ran >= 500, "only {ran} cells in the time budget");
}

#[test]
fn tables_that_load_round_trip_and_render() {
    let mut accepted = 0;
    // Catalogs with groups, and with party names a cell must quote: the round trip covers them.
    let (mut grouped, mut quoted) = (0, 0);
    let ran = soak(4000, Duration::from_secs(4), |rng| {
        let mut grids: Vec<Grid> = (1..=1 + rng.below(3)).map(|n| rng.grid(n)).collect();
        if rng.chance(10) {
            grids.push(legend(rng));
        }
        let text = format!("{grids:?}");
        if let Some(c) = props::check_result(&read_grids(&grids), &text) {
            accepted += 1;
            let tasks = || c.models.iter().flat_map(|m| &m.tasks);
            grouped += u64::from(tasks().any(|t| !t.group.is_empty()));
            quoted += u64::from(c.parties.iter().any(|p| p.name.contains(['/', '('])));
        }
        let layout = Layout::ALL[rng.below(Layout::ALL.len())];
        props::check_result(&read_grids_as(&grids, layout), &text);
        props::check_load(&markdown(&grids), Format::Markdown);
        props::check_load(&csv(&grids[0]), Format::Csv);
    });
    assert!(ran >= 200, "only {ran} tables in the time budget");
    assert!(
        accepted * 10 >= ran,
        "too few accepted: {accepted} of {ran}"
    );
    assert!(
        grouped * 20 >= accepted && quoted * 20 >= accepted,
        "of {accepted} accepted, {grouped} with groups, {quoted} with quoted names"
    );
}

#[test]
fn data_files_that_load_round_trip_and_render() {
    let source = raci_widget::model::write::json::full_json(builtin());
    let pieces: Vec<&str> = source.split_inclusive([',', '{', '}', '[', ']']).collect();
    let mut accepted = 0;
    let ran = soak(1500, Duration::from_secs(4), |rng| {
        // The built-in data with a few pieces dropped, repeated, or changed.
        let mut text = String::new();
        for piece in &pieces {
            match rng.below(400) {
                0 => {}
                1 => text.push_str(&format!("{piece}{piece}")),
                2 => text.push_str(&rng.text(2)),
                3 => text.push_str(&piece.replace("WSO2", rng.pick(WORDS))),
                _ => text.push_str(piece),
            }
        }
        if props::check_load(&text, Format::Json).is_some() {
            accepted += 1;
        }
    });
    assert!(ran >= 50, "only {ran} data files in the time budget");
    assert!(accepted > 0, "no mutated data file was accepted");
}

#[test]
fn queries_read_back_as_written_for_every_catalog() {
    let mut catalogs = props::sample_catalogs();
    catalogs.push(builtin().clone());
    let values: Vec<String> = catalogs
        .iter()
        .flat_map(|c| {
            let models = c.models.iter().map(|m| m.id.clone());
            let parties = c
                .parties
                .iter()
                .flat_map(|p| [p.id.clone(), p.name.clone()]);
            let roles = c
                .roles
                .iter()
                .flat_map(|r| [r.id.clone(), r.letter.clone()]);
            models.chain(parties).chain(roles).collect::<Vec<_>>()
        })
        .collect();
    let ran = soak(6000, Duration::from_secs(3), |rng| {
        let mut query = String::from(rng.pick(&["", "?", "??"]));
        for _ in 0..rng.below(6) {
            let key = if rng.chance(80) {
                rng.pick(&KEYS).to_string()
            } else {
                rng.text(1)
            };
            let value = match rng.below(3) {
                0 => values[rng.below(values.len())].clone(),
                1 => format!(
                    "{},{}",
                    rng.pick(&["r", "S", "a"]),
                    rng.pick(&["s", "i", "x"])
                ),
                _ => rng.text(2),
            };
            let value = if rng.chance(30) {
                value.bytes().map(|b| format!("%{b:02X}")).collect()
            } else {
                value
            };
            query.push_str(&format!("{key}={value}&"));
        }
        for catalog in &catalogs {
            props::check_query(catalog, &query);
        }
    });
    assert!(ran >= 300, "only {ran} queries in the time budget");
}

/// Every committed fuzz input (seeds and the inputs that found bugs) keeps the properties on
/// stable too; the tables' `arbitrary` grids need cargo-fuzz, their text is read here.
#[test]
fn the_fuzz_corpus_keeps_every_property() {
    let dir = |target: &str| format!("{}/fuzz/corpus/{target}", env!("CARGO_MANIFEST_DIR"));
    let inputs = |target: &str| -> Vec<String> {
        let mut files: Vec<_> = std::fs::read_dir(dir(target))
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        files
            .iter()
            .filter_map(|f| std::fs::read(f).ok())
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .collect()
    };
    let mut count = 0;
    for text in inputs("data_format") {
        props::check_load(&text, Format::Json);
        count += 1;
    }
    for text in inputs("tables") {
        for format in [Format::Markdown, Format::Csv, Format::PageTables] {
            props::check_load(&text, format);
        }
        count += 1;
    }
    for text in inputs("cell_notation") {
        props::check_cell(&text);
        count += 1;
    }
    let payloads = inputs("payload");
    assert!(payloads.len() >= 3, "the payload corpus is missing");
    for text in payloads {
        props::check_any_payload(&text);
        count += 1;
    }
    let catalogs = props::sample_catalogs();
    for text in inputs("url_state") {
        props::check_query(builtin(), &text);
        for catalog in &catalogs {
            props::check_query(catalog, &text);
        }
        count += 1;
    }
    assert!(count >= 15, "the corpus is missing: {count} inputs");
}

// Regressions: one per bug the fuzzers found, with the input that found it.

#[test]
fn stripping_formatting_twice_changes_nothing() {
    // `_`_` was left as `__`, which the next read dropped: a name changed on export.
    assert_eq!(strip_formatting("_x_`_y"), "_xy");
    props::check_cell("_x_`_\u{fffd}  ``");
    // A tag closed by what an inner tag left behind.
    assert_eq!(strip_formatting("<<b>b>Ops"), "Ops");
    assert_eq!(strip_formatting("*_Ops_*"), "Ops");
    // Still: what is not a tag stays.
    assert_eq!(strip_formatting("a < b > c"), "a < b > c");
    assert_eq!(
        strip_formatting("<b>WSO2</b><br>Customer"),
        "WSO2\nCustomer"
    );
}

#[test]
fn stripping_formatting_stays_linear_on_hostile_cells() {
    let start = Instant::now();
    for cell in [
        "<".repeat(200_000),
        format!("<{}-{}", "a".repeat(100_000), ">".repeat(100_000)),
        format!("<{}{}", "/".repeat(100_000), ">".repeat(100_000)),
        "*_".repeat(100_000),
    ] {
        let _ = strip_formatting(&cell);
    }
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn a_separator_after_a_less_than_sign_does_not_make_a_tag() {
    // "<" and "b>W" were written "</b>W", read back as "W".
    props::check_cell("<** +b>W ");
    // "o<b" with a note was written "o<b (…>…)", a tag.
    props::check_cell("o<b(\0>x,A/y,\0b2\0\0>z)");
}

#[test]
fn a_name_ending_or_starting_with_and_reads_back() {
    // "x and" with a note was written "x and (…)", read as "x" and a note without a name.
    props::check_cell("O2WS\n\" and(Q)");
    assert_eq!(
        format_cell([("x and", true, None), ("y", true, None)]),
        "x and (if required)/y (if required)"
    );
    props::check_cell("x, y/and z (if required)");
    // "and" still joins two names.
    let names: Vec<String> = parse_cell("Legal and Ops")
        .unwrap()
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(names, ["Legal", "Ops"]);
}

#[test]
fn two_parties_n_and_a_are_not_written_as_n_slash_a() {
    // A joint cell of parties "N" and "A" was written "N/A": nobody.
    props::check_cell("N\nA");
    assert_eq!(
        format_cell([("N", false, None), ("A", false, None)]),
        "N, A"
    );
}

#[test]
fn a_party_chart_with_no_letters_yet_gets_r_a_c_i() {
    // A catalog with no role was accepted, and its JSON export ("roles": []) refused.
    let text = "Task;Product;Engineering;Legal\nScring;Legal\nScope;;;\nAnnounce;see;I unclear)\n";
    let catalog = props::check_load(text, Format::Csv).unwrap();
    let roles: Vec<&str> = catalog.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(roles, ["r", "a", "c", "i"]);
    // A column of letters with one stray word is still a party column (the word is a warning).
    let text =
        "Task;Product;Engineering;Legal\nScring;Legal\nScope;A/R;C;\nAnnounce;R, A;I unclear)\n";
    let catalog = props::check_load(text, Format::Csv).unwrap();
    let roles: Vec<&str> = catalog.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(roles, ["r", "a", "c"]);
}

#[test]
fn a_party_name_a_cell_cannot_hold_is_refused() {
    // A party column "x, Product" was accepted, and every cell exported for it read as two
    // parties: now its cells are written with the name in quotes, and read back as one.
    let catalog = props::check_load("Task,\"Dev, Ops\",QA\nShip,R,A\n", Format::Csv).unwrap();
    assert_eq!(catalog.parties[0].name, "Dev, Ops");
    let json = |name: &str| {
        format!(
            r#"{{"parties": [{{"id": "p", "name": "{name}"}}],
                "models": [{{"title": "M", "tasks": [{{"task": "t", "cells": {{"a": "p"}}}}]}}]}}"#
        )
    };
    // A tag is dropped from any cell, so no cell can name this party.
    assert!(load(&json("<b>x</b>"), Format::Json, "").is_err());
    // Doubled marks are written escaped in quotes (`"*\*Ops*\*"`), so this one reads back.
    let bold = props::check_load(&json("**Ops**"), Format::Json).unwrap();
    assert_eq!(bold.parties[0].name, "**Ops**");
}

#[test]
fn a_role_id_wins_over_another_roles_letter_in_the_url() {
    // Signatory (letter S) before Support (id s): `role=s` chose Signatory.
    let catalog = &props::sample_catalogs()[0];
    let support = catalog.find_role("s").unwrap();
    assert_eq!(catalog.role(support).name, "Support");
    props::check_query(catalog, "role=s,r");
}

#[test]
fn the_sample_catalogs_round_trip_and_render() {
    // Party names that are other parties' ids, names differing only beyond ASCII case, two
    // roles with the letter S.
    let catalogs = props::sample_catalogs();
    assert_eq!(catalogs.len(), 3, "a sample catalog no longer loads");
    for catalog in &catalogs {
        props::check_catalog(catalog, "sample");
    }
}

#[test]
fn a_party_name_wins_over_another_partys_id_and_names_are_unique_beyond_ascii() {
    // Party "B" was exported by name and read back as the party whose id is "b".
    let catalog = &props::sample_catalogs()[1];
    let b = catalog.find_party("B").unwrap();
    assert_eq!(catalog.party(b).id, "c");
    assert_eq!(catalog.find_party_by_id("b"), catalog.find_party("A"));
    // "Ärzte" and "ärzte" are one name: the second was unreachable.
    let json = r#"{"parties": [{"name": "Ärzte"}, {"name": "ärzte"}],
        "models": [{"title": "M", "tasks": [{"task": "t", "cells": {"a": "Ärzte"}}]}]}"#;
    let problems = load(json, Format::Json, "").unwrap_err();
    assert!(problems[0].message.contains("used twice"), "{problems:?}");
}

#[test]
fn a_long_table_model_id_reads_back() {
    let long = "m".repeat(70);
    let grid = |id: &str| Grid {
        positions: Vec::new(),
        label: "table 1".into(),
        id: id.into(),
        title: "T".into(),
        header: vec!["Task".into(), "R".into(), "A".into()],
        rows: vec![vec!["t".into(), "X".into(), "Y".into()]],
    };
    let exact = "x".repeat(64);
    for grids in [vec![grid(&long)], vec![grid(&exact), grid(&exact)]] {
        props::check_result(&read_grids(&grids), "long id");
    }
}

#[test]
fn a_bracket_shared_by_a_name_and_its_note_is_refused_with_where() {
    // The fuzzer found cells whose brackets pair only across entries ("x [y/z] (a (y/z])":
    // the name "x [y/z] (a" and the note "y/z]"): no way of writing them reads back the
    // same, so they are refused, saying which part leaves a bracket unpaired.
    props::check_cell("_x_ n [y/z] (a (y/z])");
    let error = parse_cell("x [y/z] (a (y/z])").unwrap_err();
    assert_eq!(
        error,
        "\"x [y/z] (a (y/z])\": \"x [y/z] (a\" leaves a bracket unpaired"
    );
    props::check_cell("a & \"|b\" (c /(d])");
    // Balanced ones read as before.
    assert_eq!(
        parse_cell("Legal (EU [west])").unwrap()[0].note.as_deref(),
        Some("EU [west]")
    );
}
