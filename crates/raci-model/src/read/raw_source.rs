//! Raw source (README "Use your own matrix"): a matrix written as text inside the page, in a
//! `<script>` whose `type` names the format. Engines that can wrap a code block in HTML but
//! cannot run our reader at build time (Hugo, Jekyll, Zola, Eleventy, Antora) use it.

use super::load::Format;

/// The raw-source `<script>` types, as the page script looks for them and messages list them.
pub const SOURCE_TYPES: &str =
    "text/markdown, text/csv, text/tab-separated-values, application/json";

/// A raw-source script's format from its `type`; parameters such as `; charset=utf-8` and case
/// are ignored. TSV goes to the CSV reader, which tells the separator from the header line.
/// `text/plain` is told by its look, as a fence is: a template that wraps any fence (Hugo's
/// code block hook) need not tell formats apart itself.
pub fn source_format(media_type: &str, text: &str) -> Option<Format> {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    match essence.to_ascii_lowercase().as_str() {
        "text/markdown" => Some(Format::Markdown),
        "text/csv" | "text/tab-separated-values" => Some(Format::Csv),
        "application/json" => Some(Format::Json),
        "text/plain" => Some(Format::detect("", "", text)),
        _ => None,
    }
}

/// A raw-source script's text as the author wrote it: `<\/` and `<\!` back to `</` and `<!`
/// (a `</script` or `<!--` would end or confuse the script element in the page), without the
/// blank lines around it or the indentation its lines share (a template indents it inside the
/// element, and indented Markdown would read as a code block).
pub fn source_text(text: &str) -> String {
    let text = text.replace("<\\/", "</").replace("<\\!", "<!");
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let body = lines.get(first..=last).unwrap_or_default();
    let indent = body
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for line in body {
        out.push_str(line.get(indent..).unwrap_or(line.trim_start()));
        out.push('\n');
    }
    out
}
