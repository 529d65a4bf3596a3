// Types for raci-widget/vitepress.
import type { MarkdownRenderer, UserConfig } from 'vitepress';

export interface RaciMarkdownOptions {
  /** The URL of the widget's files as pages reach them (default `/assets/raci/`). */
  assets?: string;
  /** `false`: the fallback tables only, no prerendered first view (default `true`). */
  prerender?: boolean;
}

/** markdown-it plugin: ```raci fences as the rendered <raci-matrix>, checked by the reader. */
export function raciMarkdown(md: MarkdownRenderer, settings?: RaciMarkdownOptions): void;

/** `vue.template.compilerOptions.isCustomElement` for the widget's element. */
export function isRaciElement(tag: string): boolean;

export interface WithRaciOptions {
  /** Where the widget's files go, under the site's `base` (default `assets/raci`). */
  assetsDir?: string;
  /** `false`: the fallback tables only, no prerendered first view (default `true`). */
  prerender?: boolean;
}

/** The site's config with the fence plugin, the custom element, the loader and the widget's files added. */
export function withRaci<T extends UserConfig<any>>(config: T, options?: WithRaciOptions): T;
