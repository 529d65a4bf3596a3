// ES module entry of raci-widget/build (see index.cjs).
import build from './index.cjs';

export const { check, checkBuiltin, render, attributes, RaciError } = build;
export default build;
