// Types for raci-widget/build: the widget's reader and prerenderer for Node (build time).

export interface RaciProblem {
  severity: 'error' | 'warning';
  /** Where: a path such as `models[1].tasks[3].cells.a`, or a table, row and column; may be empty. */
  at: string;
  message: string;
  /** `at: message`, as the command line prints it. */
  text: string;
  /** Where in the text that was read (from 1; the column in characters), when the reader can
   * place it: a Markdown or CSV table's cell, row or header, a JSON syntax error. */
  line?: number;
  column?: number;
}

export interface RaciCheckResult {
  /** The data loaded (there may still be warnings). */
  ok: boolean;
  /** What `raci check` prints on stdout for this file: `NAME: ok: 1 models, 4 tasks, 3 parties, 4 roles`. */
  stdout: string[];
  /** What `raci check` prints on stderr: `NAME: error: …`, `NAME: warning: …`. */
  stderr: string[];
  problems: RaciProblem[];
  summary: { models: number; tasks: number; parties: number; roles: number } | null;
}

/** `raci check` on one file's text; `name` names it in messages and tells its format by extension. */
export function check(text: string, name?: string): RaciCheckResult;
/** `raci check --builtin`. */
export function checkBuiltin(): RaciCheckResult;

export interface RaciRenderOptions {
  /** Names the text in messages: the page and the fence's line (`docs/a.md:12`). */
  name?: string;
  /** The fence's options as written: element attributes and `title`; `true` is a bare option. */
  options?: Record<string, string | boolean | null | undefined> | Array<[string, string]>;
  /** The URL of raci-widget.css as the page reaches it: adds the prerendered first view. */
  stylesheet?: string;
  /** Where the text's first line starts in the page (a fence body: the line below the fence's
   * opening, at its indentation): a problem the reader placed in the text is then named
   * `path:line:column` in the page's own terms. */
  at?: { path: string; line: number; column?: number };
}

export interface RaciRendered {
  /** The <raci-matrix> element: attributes, fallback tables (and inline data), first view. */
  html: string;
  warnings: RaciProblem[];
}

/** A fence body as the page's <raci-matrix>; rejects with a RaciError on problems. */
export function render(text: string, options?: RaciRenderOptions): Promise<RaciRendered>;

export class RaciError extends Error {
  /** The `name` the text was rendered under. */
  source: string;
  problems: RaciProblem[];
}

/** The attribute vocabulary, from the widget's model: the one list every host takes. */
export const attributes: Readonly<{
  /** View-state keys (also the URL query's). */
  state: string[];
  /** How the tables are read (`layout`). */
  reading: string[];
  /** Attributes only the element has. */
  elementOnly: string[];
  /** Fence options that are not attributes (`title`). */
  fenceOnly: string[];
  /** Every attribute the element observes. */
  element: string[];
  /** Every option a fence takes. */
  fence: string[];
}>;
