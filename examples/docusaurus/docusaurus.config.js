// Minimal Docusaurus 3 site with the raci-widget plugin (integrations/docusaurus), set up the way
// a docs author would. Built by examples/build-sites. The site lives under a sub-path: /docs/.

const baseUrl = '/docs/';

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'raci-widget Docusaurus example',
  tagline: 'The <raci-matrix> web component in Docusaurus',
  url: 'http://127.0.0.1',
  baseUrl,
  favicon: 'img/favicon.svg', // else the browser asks for /favicon.ico, outside the site
  trailingSlash: true, // pages are <route>/index.html: any plain static server can serve them

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  // The widget's files under ${baseUrl}assets/raci/ and its (1 KB) loader on every page.
  plugins: ['raci-widget-docusaurus'],

  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          routeBasePath: '/', // docs at /docs/…, not /docs/docs/…
          sidebarPath: './sidebars.js',
          remarkPlugins: [require('raci-widget-docusaurus/remark')], // ```raci fences
        },
        blog: false,
        pages: false,
      }),
    ],
  ],

  themeConfig:
    /** @type {import('@docusaurus/preset-classic').ThemeConfig} */
    ({
      colorMode: {
        defaultMode: 'light',
        disableSwitch: false,
        respectPrefersColorScheme: false, // the navbar toggle decides, not the OS
      },
      navbar: {
        title: 'raci-widget example',
        items: [
          { type: 'doc', docId: 'management-models', label: 'Management models', position: 'left' },
          { type: 'doc', docId: 'own-tables', label: 'Your own tables', position: 'left' },
          { type: 'doc', docId: 'other', label: 'Other page', position: 'left' },
        ],
      },
    }),
};

module.exports = config;
