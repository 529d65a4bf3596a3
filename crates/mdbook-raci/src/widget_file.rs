/// Whether a file of a widget build (a release's `dist/`, or the npm package `raci-widget`)
/// is one the widget needs on a page: the loader and what it fetches, not the standalone
/// page's `index.html`, `page.css` and icon, nor the package's types. Shared by build.rs.
pub fn is_widget_file(name: &str) -> bool {
    name.starts_with("raci-widget") && !name.ends_with(".d.ts")
}
