//! Tasks under their groups, as both table layouts and every writer show them: a group header
//! line wherever the group changes between two shown tasks. Filtering keeps a group exactly
//! when it keeps one of its tasks, since only shown tasks are walked.

use crate::catalog::types::Model;

/// One line of a grouped table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line<'a> {
    /// A group header over the tasks that follow; `tasks` of them are shown. An empty name
    /// (only when `ends` is asked for) ends the group above: the tasks below have none.
    Group { name: &'a str, tasks: usize },
    /// The task at this index of the model.
    Task(usize),
}

/// The lines for `tasks` (indices into `model.tasks`, in order). `ends`: mark where
/// ungrouped tasks follow grouped ones (writers need it to read back; views do not).
pub fn lines<'a>(model: &'a Model, tasks: &[usize], ends: bool) -> Vec<Line<'a>> {
    let mut out = Vec::with_capacity(tasks.len() + 8);
    let mut current: Option<&str> = None;
    let mut header: Option<usize> = None;
    for &i in tasks {
        let Some(task) = model.tasks.get(i) else {
            continue;
        };
        let group = task.group.as_str();
        if current != Some(group) {
            let first = current.is_none();
            current = Some(group);
            header = None;
            if !group.is_empty() || ends && !first {
                header = Some(out.len());
                out.push(Line::Group {
                    name: group,
                    tasks: 0,
                });
            }
        }
        if let Some(Some(Line::Group { tasks, .. })) = header.map(|h| out.get_mut(h)) {
            *tasks += 1;
        }
        out.push(Line::Task(i));
    }
    out
}

/// Whether any of the model's tasks has a group (the tables then show group rows).
pub fn has_groups(model: &Model) -> bool {
    model.tasks.iter().any(|t| !t.group.is_empty())
}
