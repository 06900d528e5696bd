/**
 * The graph the viewer tests look at. Until `kgraph build` lands this is the
 * contract fixture; afterwards, the real build of seeds/.
 */
import { newsFixture, writeBuild } from './fixture-graph.js';

export function buildSeedsGraph(): string {
  return writeBuild(newsFixture());
}
