//! What `raci check` reports for one file, in one place: the native command line and the Node
//! module's `raci` bin print these lines, so their output is the same by construction (and a
//! test compares them over a corpus).

use crate::model::read::load::{load, Format};
use crate::model::{Loaded, Problem};

/// One file's verdict: lines for stdout and for stderr, in order, and whether it failed.
#[derive(Debug, Default)]
pub struct Report {
    /// `NAME: ok: 1 models, 4 tasks, 3 parties, 4 roles` when the data loaded.
    pub stdout: Vec<String>,
    /// `NAME: error: …` / `NAME: warning: …`, one per problem.
    pub stderr: Vec<String>,
    /// Counts of what loaded: models, tasks, parties, roles (`None` when it did not load).
    pub summary: Option<[usize; 4]>,
    /// The problems themselves (errors and warnings), for hosts that report them their way.
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn failed(&self) -> bool {
        self.summary.is_none()
    }
}

/// The text of a file named `name`: its format told by the name's extension, else its look.
pub fn check_text(text: &str, name: &str) -> Report {
    report(name, load(text, Format::detect(name, "", text), name))
}

/// The report on what reading `name` gave.
pub fn report(name: &str, read: Result<Loaded, Vec<Problem>>) -> Report {
    let mut out = Report::default();
    let problems = match read {
        Ok(loaded) => {
            let c = &loaded.catalog;
            let tasks: usize = c.models.iter().map(|m| m.tasks.len()).sum();
            let (models, parties, roles) = (c.models.len(), c.parties.len(), c.roles.len());
            out.stdout.push(format!(
                "{name}: ok: {models} models, {tasks} tasks, {parties} parties, {roles} roles"
            ));
            out.summary = Some([models, tasks, parties, roles]);
            loaded.warnings
        }
        Err(problems) => problems,
    };
    // Warnings come before the ok line on the other stream; each stream keeps its own order.
    for p in &problems {
        let kind = if p.is_error() { "error" } else { "warning" };
        out.stderr.push(format!("{name}: {kind}: {p}"));
    }
    out.problems = problems;
    out
}
