'use strict';
// A ```raci fence's options as its author wrote them after the language, for the JS docs plugins
// (the Docusaurus remark plugin, the VitePress markdown-it plugin): the words only, split as a
// shell would quote them. Which options exist and what values they take is the reader's to say
// (render() checks them, with "did you mean"), not this parser's.

/** `title="Billing changes" view=parties` → { title: 'Billing changes', view: 'parties' }. */
function parseMeta(meta) {
  const options = {};
  for (const m of (meta ?? '').matchAll(/([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g)) {
    options[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return options;
}

module.exports = { parseMeta };
