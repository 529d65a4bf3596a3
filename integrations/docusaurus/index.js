// Docusaurus plugin: serves the raci-widget files under the site's baseUrl (dev server and
// build) and adds its module script to every page. The script is about 1 KB: it defines
// <raci-matrix> and loads the rest (the wasm) only where a matrix comes into view, so pages
// without one pay nothing more. Fences: see ./remark.js.
const fs = require('node:fs');
const path = require('node:path');

const ASSETS = path.join(__dirname, 'assets'); // the widget build, copied in by ./build-package
const shared = require('./shared.js');

module.exports = function raciWidget(context, options = {}) {
  const dir = String(options.assetsDir ?? 'assets/raci').replace(/^\/+|\/+$/g, '');
  const url = `${context.baseUrl}${dir}/`;
  if (!fs.existsSync(path.join(ASSETS, 'raci-widget.js'))) {
    throw new Error(`raci-widget-docusaurus: the widget files are missing from ${ASSETS} (run build-package)`);
  }
  // Before any page compiles: prerendered fences link the stylesheet from here.
  shared.assetsUrl = url;
  return {
    name: 'raci-widget-docusaurus',
    injectHtmlTags() {
      return { headTags: [{ tagName: 'script', attributes: { type: 'module', src: `${url}raci-widget.js` } }] };
    },
    configureWebpack(config, isServer) {
      return isServer ? {} : { devServer: { static: [{ directory: ASSETS, publicPath: url }] } };
    },
    async postBuild({ outDir }) {
      fs.cpSync(ASSETS, path.join(outDir, ...dir.split('/')), { recursive: true });
    },
  };
};
