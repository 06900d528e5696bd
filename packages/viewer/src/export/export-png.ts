/** PNG of the current view: sigma's layers composited by @sigma/export-image on the theme's background. */
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';

export function exportPng(renderer: Sigma, backgroundColor: string): Promise<void> {
  return downloadAsPNG(renderer, { fileName: 'kgraph-view', backgroundColor });
}
