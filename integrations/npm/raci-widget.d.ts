// Types for the <raci-matrix> element (raci-widget). Attributes are the widget's public
// vocabulary (README "URL query and element attributes"); `data` takes the data format.

export interface RaciParty { id?: string; name: string }
export interface RaciRole { id?: string; letter: string; name: string; meaning?: string }
export interface RaciTask {
  task: string;
  description?: string;
  /** One entry per role id: parties in the cell notation ("WSO2/Customer", "Legal (if unclear)", "—"). */
  cells?: Record<string, string | null>;
}
export interface RaciModel { id?: string; title: string; intro?: string; tasks: RaciTask[] }
/** The data format (schema/raci-data.schema.json). */
export interface RaciData {
  $schema?: string;
  title?: string;
  intro?: string | string[];
  parties?: RaciParty[];
  roles?: RaciRole[];
  models: RaciModel[];
}

export interface RaciMatrixAttributes {
  model?: string;
  party?: string;
  roles?: string;
  q?: string;
  view?: 'roles' | 'parties' | 'compare' | 'summary';
  checks?: boolean | 'on' | 'off' | '';
  from?: string;
  layout?: 'auto' | 'roles-as-columns' | 'parties-as-columns' | 'transposed';
  src?: string;
  theme?: 'light' | 'dark';
  loading?: 'eager' | 'lazy';
  'sync-url'?: boolean | '';
  'show-intro'?: boolean | '';
}

export interface RaciMatrixElement extends HTMLElement {
  /** A matrix in the data format; `null` goes back to `src`, inline JSON, tables, built-in. */
  data: RaciData | null;
  /** Resolves once the live widget shows its data (or the problems with it); a new promise
   * after `data` or `src` changes (README "Scripting the element"). */
  readonly ready: Promise<RaciMatrixElement>;
}

declare global {
  interface HTMLElementEventMap {
    /** The live widget has shown new data: a matrix (`ready`) or its problems (`failed`). */
    'raci-ready': CustomEvent<{ state: 'ready' | 'failed' }>;
  }
  interface HTMLElementTagNameMap {
    'raci-matrix': RaciMatrixElement;
  }
  namespace JSX {
    interface IntrinsicElements {
      'raci-matrix': RaciMatrixAttributes & {
        id?: string;
        class?: string;
        className?: string;
        children?: unknown;
        ref?: unknown;
      };
    }
  }
}
