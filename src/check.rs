//! What `raci check` reports for one file, in one place: the native command line and the Node
//! module's `raci` bin print these lines, so their output is the same by construction (and a
//! test compares them over a corpus).

use crate::fence::{self, Request};
use crate::model::problem::Pos;
use crate::model::read::fences::fences;
use crate::model::read::grid::Layout;
use crate::model::read::load::{load_as, Format};
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
    check_file(text, name, Layout::Auto)
}

/// A file as `raci check` reads it. A Markdown page with ```` ```raci ```` fences is checked
/// fence by fence, options included, as the build-time plugins check them (`NAME:LINE: …`,
/// the fence's opening line): a Hugo site's CI, whose build cannot run the reader, gets the
/// same verdict. Any other file is data, read whole with `layout`.
pub fn check_file(text: &str, name: &str, layout: Layout) -> Report {
    let found = if Format::detect(name, "", "") == Format::Markdown {
        fences(text)
    } else {
        Vec::new()
    };
    if found.is_empty() {
        return report(
            name,
            load_as(text, Format::detect(name, "", text), name, layout),
        );
    }
    let mut out = Report {
        summary: Some([0; 4]),
        ..Report::default()
    };
    for f in &found {
        let at = format!("{name}:{}", f.line);
        let place = |pos: Pos| {
            let Pos { line, column } = f.page_pos(pos);
            format!("{name}:{line}:{column}")
        };
        let request = Request {
            text: &f.body,
            name: &at,
            options: &f.options,
            stylesheet: None,
        };
        let one = match fence::read(&request) {
            Ok(Some(loaded)) => report_placed(&at, Ok(loaded), &place),
            Ok(None) => Report {
                stdout: vec![format!(
                    "{at}: ok: the fence names a file with src= (check that file)"
                )],
                summary: Some([0; 4]),
                ..Report::default()
            },
            Err(problems) => report_placed(&at, Err(problems), &place),
        };
        out.summary = match (out.summary, one.summary) {
            (Some(mut all), Some(this)) => {
                all.iter_mut().zip(this).for_each(|(sum, n)| *sum += n);
                Some(all)
            }
            _ => None,
        };
        out.stdout.extend(one.stdout);
        out.stderr.extend(one.stderr);
        out.problems.extend(one.problems);
    }
    out
}

/// The report on what reading `name` gave; a problem the reader placed in the text is named
/// `NAME:LINE:COL`, as editors and CI annotations take it.
pub fn report(name: &str, read: Result<Loaded, Vec<Problem>>) -> Report {
    report_placed(name, read, &|pos| {
        format!("{name}:{}:{}", pos.line, pos.column)
    })
}

/// [`report`] with the way a place in the text is named (a fence's lines are the page's).
fn report_placed(
    name: &str,
    read: Result<Loaded, Vec<Problem>>,
    place: &dyn Fn(Pos) -> String,
) -> Report {
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
        let at = p.pos.map_or_else(|| name.to_string(), place);
        out.stderr.push(format!("{at}: {kind}: {p}"));
    }
    out.problems = problems;
    out
}
