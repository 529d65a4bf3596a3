// What the plugin (index.js) tells the remark plugin (remark.js): where the widget's files are
// served, so prerendered fences link the stylesheet there. Both run in the build's process, but
// the remark plugin has no site context of its own, and the config loader may hand each its own
// copy of this module: the setting lives on a process-wide symbol, not in module state.
const KEY = Symbol.for('raci-widget-docusaurus.assetsUrl');

module.exports = {
  get assetsUrl() {
    return globalThis[KEY] ?? '/assets/raci/';
  },
  set assetsUrl(url) {
    globalThis[KEY] = url;
  },
};
