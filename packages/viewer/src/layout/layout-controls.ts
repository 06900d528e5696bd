/**
 * ForceAtlas2 in a web worker (graphology's supervisor) with start/stop and a
 * live iteration count, and noverlap to push overlapping nodes apart. Layouts
 * write x/y into the graph: positions are part of the model, sigma follows.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { Control } from '../filters/filter-controls.js';
import type { ViewerGraph } from '../model/types.js';
import { el } from '../ui/dom.js';

export interface LayoutControl extends Control {
  destroy(): void;
}

/** `onRunning` hears when the layout starts and stops (the renderer lightens its frames meanwhile). */
export function buildLayoutControls(graph: ViewerGraph, onRunning: (running: boolean) => void = () => {}): LayoutControl {
  let supervisor: FA2LayoutSupervisor | null = null;
  let iterations = 0;
  const toggle = el('button', { text: 'Start ForceAtlas2', attrs: { type: 'button', id: 'layout-toggle', 'aria-pressed': 'false' } });
  const count = el('output', { text: 'Iterations: 0', attrs: { id: 'layout-iterations', 'aria-live': 'off' } });
  const spread = el('button', { text: 'Remove overlaps', attrs: { type: 'button', id: 'layout-noverlap' } });

  // The supervisor writes every node once per iteration, as one batch update.
  const onIteration = (): void => {
    if (!supervisor?.isRunning()) return;
    iterations++;
    count.textContent = `Iterations: ${iterations}`;
  };
  graph.on('eachNodeAttributesUpdated', onIteration);

  const setRunning = (running: boolean): void => {
    toggle.textContent = running ? 'Stop ForceAtlas2' : 'Start ForceAtlas2';
    toggle.setAttribute('aria-pressed', String(running));
    spread.disabled = running;
    onRunning(running);
  };
  toggle.addEventListener('click', () => {
    if (supervisor?.isRunning()) {
      supervisor.stop();
      setRunning(false);
      return;
    }
    supervisor ??= new FA2LayoutSupervisor(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 },
      getEdgeWeight: 'weight',
    });
    supervisor.start();
    setRunning(true);
  });
  spread.addEventListener('click', () => {
    noverlap.assign(graph, { maxIterations: 50, settings: { ratio: 1.1, margin: 2 } });
  });

  return {
    element: el('fieldset', {}, [
      el('legend', { text: 'Layout' }),
      el('div', { className: 'row' }, [toggle, count]),
      el('div', { className: 'row' }, [spread]),
    ]),
    sync() {},
    destroy() {
      graph.off('eachNodeAttributesUpdated', onIteration);
      supervisor?.kill();
    },
  };
}
