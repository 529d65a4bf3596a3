//! Comparing models: which cells differ, and what changes for each party when moving from one
//! model to another. Tasks are matched across models by name.

use crate::catalog::types::{Catalog, Cell, Model, PartyId, RoleId, Task};
use crate::views::filter::Filter;

/// A comparable part of a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Description,
    Role(RoleId),
}

/// One task across all models: `tasks[m]` is model m's task of that name, if it has one.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    pub name: &'a str,
    pub tasks: Vec<Option<&'a Task>>,
}

/// Every task name of every model, in order of first appearance, with each model's version.
pub fn rows(catalog: &Catalog) -> Vec<Row<'_>> {
    let mut rows: Vec<Row> = Vec::new();
    for model in &catalog.models {
        for task in &model.tasks {
            if !rows.iter().any(|r| r.name == task.name) {
                rows.push(Row {
                    name: &task.name,
                    tasks: catalog.models.iter().map(|m| find(m, &task.name)).collect(),
                });
            }
        }
    }
    rows
}

fn find<'a>(model: &'a Model, name: &str) -> Option<&'a Task> {
    model.tasks.iter().find(|t| t.name == name)
}

/// The fields a row is compared on: description, then each role.
pub fn fields(catalog: &Catalog) -> impl Iterator<Item = Field> {
    std::iter::once(Field::Description).chain(catalog.role_ids().map(Field::Role))
}

fn same(a: Option<&Task>, b: Option<&Task>, field: Field) -> bool {
    match (a, b, field) {
        (Some(a), Some(b), Field::Description) => a.description == b.description,
        (Some(a), Some(b), Field::Role(r)) => same_cell(a.cell(r), b.cell(r)),
        (None, None, _) => true,
        _ => false,
    }
}

fn same_cell(a: &Cell, b: &Cell) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

impl Row<'_> {
    /// True when the models do not all agree on `field` (a missing task counts as different).
    pub fn differs(&self, field: Field) -> bool {
        let first = self.tasks.first().copied().flatten();
        self.tasks.iter().any(|t| !same(first, *t, field))
    }

    /// True when models `a` and `b` disagree on `field`.
    pub fn differs_between(&self, a: usize, b: usize, field: Field) -> bool {
        !same(self.task(a), self.task(b), field)
    }

    /// Model `m`'s version of the task, if it has one.
    pub fn task(&self, m: usize) -> Option<&Task> {
        self.tasks.get(m).copied().flatten()
    }
}

/// The rows (indices into [`rows`]) the filter keeps: a task is kept when any model's version
/// of it passes, so the comparison never hides one side of a change.
pub fn visible_rows(catalog: &Catalog, rows: &[Row<'_>], filter: &Filter) -> Vec<usize> {
    let columns = filter.columns(catalog);
    let query = crate::views::search::Query::new(&filter.query);
    rows.iter()
        .enumerate()
        .filter(|(_, row)| {
            row.tasks
                .iter()
                .flatten()
                .any(|t| filter.keeps(t, &columns, &query))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Every (row, field) where the models do not all agree.
pub fn differences(catalog: &Catalog) -> Vec<(usize, Field)> {
    rows(catalog)
        .iter()
        .enumerate()
        .flat_map(|(i, row)| {
            fields(catalog)
                .filter(|f| row.differs(*f))
                .map(move |f| (i, f))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// How many (task, field) cells differ between two models.
pub fn changed_cells(catalog: &Catalog, from: usize, to: usize) -> usize {
    rows(catalog)
        .iter()
        .map(|row| {
            fields(catalog)
                .filter(|f| row.differs_between(from, to, *f))
                .count()
        })
        .sum()
}

/// What one party gains and loses in one role between two models.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shift<'a> {
    pub party: PartyId,
    pub role: RoleId,
    /// Tasks the party holds the role for in the target model but not in the source.
    pub gained: Vec<&'a str>,
    /// Tasks the party held the role for in the source model but no longer does.
    pub lost: Vec<&'a str>,
}

/// Every non-empty shift from model `from` to model `to`, by party then role.
pub fn shifts(catalog: &Catalog, from: usize, to: usize) -> Vec<Shift<'_>> {
    let rows = rows(catalog);
    let holds = |task: Option<&Task>, party, role| task.is_some_and(|t| t.holds(party, role));
    let mut out = Vec::new();
    for party in catalog.party_ids() {
        for role in catalog.role_ids() {
            let mut shift = Shift {
                party,
                role,
                gained: Vec::new(),
                lost: Vec::new(),
            };
            for row in &rows {
                match (
                    holds(row.task(from), party, role),
                    holds(row.task(to), party, role),
                ) {
                    (false, true) => shift.gained.push(row.name),
                    (true, false) => shift.lost.push(row.name),
                    _ => {}
                }
            }
            if !shift.gained.is_empty() || !shift.lost.is_empty() {
                out.push(shift);
            }
        }
    }
    out
}

impl Shift<'_> {
    /// The shift in words, e.g. "Customer becomes Responsible for 9 more tasks".
    pub fn sentences(&self, catalog: &Catalog) -> Vec<String> {
        let party = &catalog.party(self.party).name;
        let role = &catalog.role(self.role).name;
        let mut out = Vec::new();
        if !self.gained.is_empty() {
            let n = self.gained.len();
            out.push(format!("{party} becomes {role} for {n} more {}", tasks(n)));
        }
        if !self.lost.is_empty() {
            let n = self.lost.len();
            out.push(format!("{party} is no longer {role} for {n} {}", tasks(n)));
        }
        out
    }
}

pub fn tasks(n: usize) -> &'static str {
    if n == 1 {
        "task"
    } else {
        "tasks"
    }
}
