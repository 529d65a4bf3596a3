/** @type {import('@docusaurus/plugin-content-docs').SidebarsConfig} */
module.exports = {
  docs: ['intro', 'management-models', 'own-tables', 'other'],
};
