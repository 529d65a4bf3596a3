// Types for raci-widget/astro: the Astro integration (Starlight or any Astro site).
import type { AstroIntegration } from 'astro';

export interface RaciAstroOptions {
  /** The folder, under the site's `base`, that the widget's files are served from: `raci` (→ `/raci/`). */
  assetsDir?: string;
  /** `false` leaves the prerendered first view (and its stylesheet link) out: the fallback table only until the wasm. */
  prerender?: boolean;
}

/** ```raci fences in Markdown and MDX pages, checked and prerendered at build time; the widget's files served from the site. */
export default function raci(options?: RaciAstroOptions): AstroIntegration;

/** The remark plugin on its own (the integration adds it): { assetsUrl: '/raci/', prerender: true }. */
export function remarkRaci(settings?: { assetsUrl?: string; prerender?: boolean }): (tree: unknown, file: unknown) => Promise<void>;
