//! Plain text out of what authors write: Markdown and HTML marks dropped, backslash escapes
//! undone, and ids made from names.

/// Drops Markdown emphasis and code marks (`**x**`, `__x__`, `` `x` ``, `*x*`) and HTML tags
/// (`<b>`, `<code>`; `<br>` becomes a line break) around and inside names.
///
/// One pass over the text, cancelling marks and tags as they close, so that what it returns
/// has none left (stripping twice changes nothing: `_`_` is not left as `__`, nor `<<b>b>` as
/// `<b>`); names written back into cells then read back the same.
pub fn strip_formatting(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Where each '<' still in `out` is: a '>' closes the last one (linear, even for "<<<…").
    let mut opens: Vec<usize> = Vec::new();
    for c in text.chars() {
        match c {
            '`' => {}
            '*' | '_' if out.ends_with(c) => {
                out.pop();
            }
            '<' => {
                opens.push(out.len());
                out.push(c);
            }
            '>' => {
                let tag = opens.last().and_then(|&open| {
                    let inner = out.get(open + 1..)?;
                    let line_break = inner.get(..2).is_some_and(|t| t.eq_ignore_ascii_case("br"));
                    looks_like_tag(inner).then_some((open, line_break))
                });
                match tag {
                    Some((open, line_break)) => {
                        out.truncate(open);
                        opens.pop();
                        if line_break {
                            out.push('\n');
                        }
                    }
                    None => out.push(c),
                }
            }
            c => out.push(c),
        }
    }
    // Single-mark emphasis only when it wraps the whole text: `*Ops*`, `_Ops_`, `*_Ops_*`.
    let mut trimmed = out.trim();
    while trimmed.len() > 2
        && ['*', '_']
            .into_iter()
            .any(|m| trimmed.starts_with(m) && trimmed.ends_with(m))
    {
        trimmed = trimmed.get(1..trimmed.len() - 1).unwrap_or("").trim();
    }
    trimmed.to_string()
}

/// `b`, `/code`, `br/`, `span class="x"`: a tag name of at most 16 letters and digits (looked
/// at no further, so that scanning stays linear).
fn looks_like_tag(inner: &str) -> bool {
    let name = inner.strip_prefix('/').unwrap_or(inner);
    let mut word = name.chars().take_while(|c| !c.is_whitespace() && *c != '/');
    word.next().is_some_and(|c| c.is_ascii_alphabetic())
        && word.by_ref().take(15).all(|c| c.is_ascii_alphanumeric())
        && word.next().is_none()
}

/// A stable id for a name: lowercase ASCII letters and digits joined by '-' (`Site
/// Reliability (SRE)` → `site-reliability-sre`); names with no such characters get `fallback`.
pub fn slug(name: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = fold_accent(crate::views::search::fold(c));
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        fallback.to_string()
    } else {
        out.to_string()
    }
}

/// Common Latin letters with accents, so `Équipe` becomes `equipe` rather than `quipe`.
fn fold_accent(c: char) -> char {
    match c {
        'à'..='å' => 'a',
        'ç' => 'c',
        'è'..='ë' => 'e',
        'ì'..='ï' => 'i',
        'ñ' => 'n',
        'ò'..='ö' | 'ø' => 'o',
        'ù'..='ü' => 'u',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

/// A header, task or group name as a reader sees it: formatting dropped as in cells, emphasis
/// around single words too (`**Dev** _(Ana)_` → `Dev (Ana)`), and backslash escapes undone
/// (`\*` → `*`, `\_` → `_`), as Markdown shows them.
pub fn plain(text: &str) -> String {
    let stripped = strip_formatting(text);
    // Most names have no mark left and nothing escaped.
    if !stripped.contains(['*', '_', '\\']) {
        return stripped;
    }
    let words: Vec<&str> = stripped.split(' ').map(unwrap_emphasis).collect();
    unescape(&words.join(" "))
}

fn unwrap_emphasis(mut word: &str) -> &str {
    while word.len() > 2
        && ['*', '_']
            .into_iter()
            .any(|m| word.starts_with(m) && word.ends_with(m) && !word.ends_with(&format!("\\{m}")))
    {
        word = word.get(1..word.len() - 1).unwrap_or("");
    }
    word
}

/// `\x` → `x` for ASCII punctuation `x`, as CommonMark reads backslash escapes.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}
