/** kgraph's library API. The CLI only wraps what is exported here. */
export * from './vocabulary/index.js';
export type * from './graph/attributes.js';
export { KgraphError } from './errors.js';
export * from './io/graph-json.js';
export { formatGexf, GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE } from './io/gexf.js';
export { formatGraphml } from './io/graphml.js';
export { formatNodesCsv, formatEdgesCsv } from './io/csv.js';
export {
  writeBuildOutputs,
  writeFileAtomic,
  formatExport,
  isExportFormat,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportFile,
} from './io/write-outputs.js';
export * from './store/index.js';
export { parseSentence, loadParserModel, type TokenParse, type SentenceParse } from './nlp/parse/index.js';
