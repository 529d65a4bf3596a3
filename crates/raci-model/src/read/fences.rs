//! The ```raci fences of a Markdown page: where each is (its line), its options, its body.
//! The mdBook preprocessor renders them, `raci check` checks them (a Hugo site's CI, where the
//! build cannot). The header syntaxes: ```` ```raci title="x" party=y ```` (MkDocs,
//! Docusaurus, mdBook), ```` ```{.raci title="x"} ```` (Pandoc attributes) and
//! ```` ```raci {title="x"} ```` (Hugo); values in double or single quotes, or bare words.

use crate::problem::Pos;

/// One fence in a chapter's text.
#[derive(Debug, PartialEq)]
pub struct Fence {
    /// The line of the opening fence, counting from 1.
    pub line: usize,
    /// The byte range of the whole fence (opening to closing line, newline included).
    pub start: usize,
    pub end: usize,
    /// The opening line's indentation (a fence in a list item), removed from the body.
    pub indent: String,
    pub options: Vec<(String, String)>,
    pub body: String,
}

impl Fence {
    /// Where a place in the fence's body is in the page: the body starts on the line below
    /// the opening line, its indentation removed.
    pub fn page_pos(&self, pos: Pos) -> Pos {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Pos {
            line: pos.line.saturating_add(count(self.line)),
            column: pos
                .column
                .saturating_add(count(self.indent.chars().count())),
        }
    }
}

/// Every raci fence of `text`, in order. A fence left open runs to the end of the text, as
/// CommonMark has it.
pub fn fences(text: &str) -> Vec<Fence> {
    let lines = lines_with_offsets(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (offset, line) = lines[i];
        let Some(open) = opening(line) else {
            // Any other fence is skipped whole: a ```raci inside a ````markdown example is
            // an example.
            if let Some((marker, width)) = other_fence(line) {
                i = closing_after(&lines, i, marker, width);
            }
            i += 1;
            continue;
        };
        let close = closing_after(&lines, i, open.marker, open.width);
        let body: Vec<&str> = lines[i + 1..close.min(lines.len())]
            .iter()
            .map(|(_, l)| {
                let l = l.trim_end_matches(['\n', '\r']);
                l.strip_prefix(open.indent.as_str())
                    .unwrap_or(l.trim_start())
            })
            .collect();
        let end = lines
            .get(close)
            .map(|(o, l)| o + l.len())
            .unwrap_or(text.len());
        found.push(Fence {
            line: i + 1,
            start: offset,
            end,
            indent: open.indent.clone(),
            options: parse_options(&open.info),
            body: body.join("\n"),
        });
        i = close + 1;
    }
    found
}

struct Opening {
    indent: String,
    marker: char,
    width: usize,
    info: String,
}

fn lines_with_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        out.push((offset, line));
        offset += line.len();
    }
    out
}

/// ``` or ~~~ (three or more) after at most a list's worth of indentation: (marker, width).
fn other_fence(line: &str) -> Option<(char, usize)> {
    let rest = line.trim_start_matches([' ', '\t']);
    let marker = rest.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let width = rest.chars().take_while(|c| *c == marker).count();
    (width >= 3).then_some((marker, width))
}

fn opening(line: &str) -> Option<Opening> {
    let line = line.trim_end_matches(['\n', '\r']);
    let rest = line.trim_start_matches([' ', '\t']);
    let indent = line[..line.len() - rest.len()].to_string();
    let (marker, width) = other_fence(line)?;
    let info = rest[width..].trim();
    let info = if let Some(inner) = info.strip_prefix('{') {
        let inner = inner.strip_suffix('}').unwrap_or(inner).trim_start();
        word_after(inner, ".raci")?
    } else {
        let rest = word_after(info, "raci")?;
        // Hugo's attribute block after the language.
        match rest.strip_prefix('{') {
            Some(inner) => inner.strip_suffix('}').unwrap_or(inner),
            None => rest,
        }
    };
    Some(Opening {
        indent,
        marker,
        width,
        info: info.to_string(),
    })
}

/// What follows `word` when `text` starts with it as a whole word.
fn word_after<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(word)?;
    match rest.chars().next() {
        None => Some(""),
        Some(c) if c.is_whitespace() => Some(rest.trim_start()),
        _ => None,
    }
}

/// The index of the closing line of a fence opened at `open` (or `lines.len()` if none).
fn closing_after(lines: &[(usize, &str)], open: usize, marker: char, width: usize) -> usize {
    (open + 1..lines.len())
        .find(|&j| {
            let l = lines[j].1.trim();
            l.chars().take_while(|c| *c == marker).count() >= width
                && l.chars().all(|c| c == marker)
        })
        .unwrap_or(lines.len())
}

/// `title="Billing changes" view=parties` → [("title", "Billing changes"), ("view", "parties")].
/// A name without `=` is an option with an empty value (`checks`), as in the other engines.
pub fn parse_options(info: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = info.trim_start();
    while !rest.is_empty() {
        let name_len = rest
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        rest = &rest[name_len..];
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'');
            if let Some(q) = quote {
                let inner = &after[1..];
                let close = inner.find(q).unwrap_or(inner.len());
                value = inner[..close].to_string();
                rest = inner.get(close + 1..).unwrap_or("");
            } else {
                let len = after.find(char::is_whitespace).unwrap_or(after.len());
                value = after[..len].to_string();
                rest = &after[len..];
            }
        }
        if !name.is_empty() {
            out.push((name.to_string(), value));
        }
        rest = rest.trim_start();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn both_header_forms_and_quoting() {
        assert_eq!(
            parse_options(r#"title="Release process" view=parties party='legal' checks"#),
            pairs(&[
                ("title", "Release process"),
                ("view", "parties"),
                ("party", "legal"),
                ("checks", "")
            ])
        );
        let text = "# A\n\n```{.raci title=\"x\"}\n| T | R |\n```\n\n~~~~raci\na\n~~~~\n";
        let found = fences(text);
        assert_eq!(found.len(), 2);
        let hugo = fences("```raci {title=\"x y\" party=\"ops\"}\nT\n```\n");
        assert_eq!(
            hugo[0].options,
            pairs(&[("title", "x y"), ("party", "ops")])
        );
        assert_eq!((found[0].line, found[0].body.as_str()), (3, "| T | R |"));
        assert_eq!(found[0].options, pairs(&[("title", "x")]));
        assert_eq!((found[1].line, found[1].body.as_str()), (7, "a"));
        assert_eq!(&text[found[1].start..found[1].end], "~~~~raci\na\n~~~~\n");
    }

    #[test]
    fn other_languages_and_examples_inside_other_fences_are_left_alone() {
        let text = "```racing\nx\n```\n````markdown\n```raci\n| T | R |\n```\n````\n```rust\n```\n";
        assert_eq!(fences(text), vec![]);
    }

    #[test]
    fn an_indented_fence_loses_its_indentation_and_an_open_one_runs_to_the_end() {
        let text = "- item\n\n  ```raci\n  | T | R |\n  |---|---|\n  ```\n\n```raci\n| open |";
        let found = fences(text);
        assert_eq!(found[0].indent, "  ");
        // The body's line 2, column 1 is the page's line 5, column 3.
        let at = found[0].page_pos(Pos { line: 2, column: 1 });
        assert_eq!((at.line, at.column), (5, 3));
        assert_eq!(found[0].body, "| T | R |\n|---|---|");
        assert_eq!((found[1].line, found[1].end), (8, text.len()));
    }
}
