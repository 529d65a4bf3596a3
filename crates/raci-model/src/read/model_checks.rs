//! The warnings a reader gives about a whole model once it is read: repeated tasks, two
//! Accountables in a letters chart, rows that look shifted one column left, tasks without an
//! Accountable. Each names the table (or data path) and the row.

use crate::catalog::types::RoleId;
use crate::problem::Q;
use crate::read::catalog_builder::Builder;

impl Builder {
    /// Warnings over a whole model: repeated task names, rows that look shifted one column to
    /// the left (a party's name in the text column, the last role empty), no Accountable.
    /// `letters`: a parties-as-columns chart, where two A's are two columns' separate claims
    /// (a cell naming two Accountables, `WSO2/Customer`, shares the role on purpose).
    pub fn check_model(&mut self, model: usize, label: &str, has_text: bool, letters: bool) {
        let Some(m) = self.catalog.models.get(model) else {
            return;
        };
        let mut warnings = Vec::new();
        let a = self.catalog.role_by_id("a");
        // Names seen so far: one pass, not one per earlier task (2,000-task tables).
        let mut seen = std::collections::HashSet::with_capacity(m.tasks.len());
        let places = self.task_places.get(model);
        let place = |t: usize| places.and_then(|p| p.get(t)).copied().flatten();
        for (t, task) in m.tasks.iter().enumerate() {
            let row = || (format!("{label}, row {}", Q(&task.name)), place(t));
            if !seen.insert(task.name.as_str()) {
                warnings.push((
                    row(),
                    "the task appears more than once; the compare view matches tasks by name"
                        .to_string(),
                ));
            }
            let accountable = a.map_or(&[][..], |a| task.cell(a));
            if letters && accountable.len() > 1 {
                let names: Vec<&str> = accountable
                    .iter()
                    .map(|x| self.catalog.party(x.party).name.as_str())
                    .collect();
                warnings.push((
                    row(),
                    format!(
                        "{} Accountables ({}): a RACI task has one, who answers for it",
                        names.len(),
                        names.join(", ")
                    ),
                ));
            }
        }
        let last = self
            .catalog
            .roles
            .len()
            .checked_sub(1)
            .map(|r| RoleId(r as u8));
        if let (true, Some(last)) = (has_text, last) {
            for (t, task) in m.tasks.iter().enumerate() {
                if self.catalog.find_party(&task.description).is_some()
                    && task.cell(last).is_empty()
                {
                    warnings.push(((format!("{label}, row {}", Q(&task.name)), place(t)), format!( "the description is {}, a party's name, and the {} cell is empty: are this row's cells shifted one column to the left?", Q(&task.description), self.catalog.role(last).name)));
                }
            }
        }
        if let Some(a) = self.catalog.role_by_id("a") {
            let missing: Vec<&str> = m
                .tasks
                .iter()
                .filter(|t| t.cell(a).is_empty())
                .map(|t| t.name.as_str())
                .collect();
            if !missing.is_empty() {
                warnings.push((
                    (label.to_string(), self.here),
                    format!(
                        "no Accountable for {}: {}",
                        count(missing.len()),
                        missing.join(", ")
                    ),
                ));
            }
        }
        let table = self.here;
        for ((at, place), message) in warnings {
            self.here = place.or(table);
            self.warn(&at, message);
        }
        self.here = table;
    }
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 task".into()
    } else {
        format!("{n} tasks")
    }
}
