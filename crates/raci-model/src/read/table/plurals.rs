//! A plural shared by a list of names: `Architecture, Safety, Product leads` names the
//! Architecture lead, the Safety lead and the Product lead; `Tooling, Retrieval teams` two
//! teams. People write it in roles-as-columns cells; read literally it makes parties
//! "Architecture" and "Product leads".

use crate::problem::Q;
use crate::read::catalog_builder::Builder;
use crate::read::notation::Entry;

/// Gives each single-word entry the last entry's lowercase plural noun, in the singular,
/// when the list reads that way (a warning says how it was read); else leaves it.
pub fn share_plural(b: &mut Builder, entries: &mut [Entry], at: &str) {
    let Some((last, earlier)) = entries.split_last() else {
        return;
    };
    let words: Vec<String> = last.name.split(' ').map(String::from).collect();
    let [first, noun] = words.as_slice() else {
        return;
    };
    let plural = noun.len() >= 4
        && noun.ends_with('s')
        && !noun.ends_with("ss")
        && noun.chars().all(|c| c.is_lowercase());
    let collective = ["all", "other", "every", "entire", "both", "the", "our"];
    let single = |e: &Entry| {
        !e.name.contains(' ')
            && !e.quoted
            && e.note.is_none()
            && e.name.chars().next().is_some_and(char::is_uppercase)
            // A name that is already a party stands for itself.
            && b.catalog.find_party(&e.name).is_none()
    };
    if !plural
        || collective.iter().any(|c| c.eq_ignore_ascii_case(first))
        || earlier.is_empty()
        || !earlier.iter().all(single)
        || last.quoted
        || last.note.is_some()
    {
        return;
    }
    let noun = noun.clone();
    let singular = noun.get(..noun.len() - 1).unwrap_or(&noun).to_string();
    let written: Vec<String> = entries.iter().map(|e| e.name.clone()).collect();
    for e in entries.iter_mut() {
        let word = e.name.split(' ').next().unwrap_or("").to_string();
        e.name = format!("{word} {singular}");
    }
    let read: Vec<String> = entries.iter().map(|e| Q(&e.name).to_string()).collect();
    b.warn(
        at,
        format!(
            "{} read as {} (the plural {} shared); write the names in full if that is wrong",
            Q(&written.join(", ")),
            read.join(", "),
            Q(&noun)
        ),
    );
}
