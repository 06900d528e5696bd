/** The hovered node's label box, drawn in the theme's colours (sigma's default box is always white). */
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import type { Attributes } from 'graphology-types';

export function createDrawNodeHover<N extends Attributes, E extends Attributes, G extends Attributes>(boxColor: () => string) {
  return (
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
    settings: Settings<N, E, G>,
  ): void => {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const label = data.label ?? '';
    const width = label ? context.measureText(label).width + 8 : 0;
    const padding = 2;
    context.fillStyle = boxColor();
    context.shadowColor = 'rgba(0, 0, 0, 0.35)';
    context.shadowBlur = 6;
    context.beginPath();
    context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
    context.fill();
    if (label) {
      const height = size + 2 * padding + 2;
      context.fillRect(data.x, data.y - height / 2, data.size + width + padding, height);
    }
    context.shadowBlur = 0;
    if (label) {
      context.fillStyle = typeof settings.labelColor.color === 'string' ? settings.labelColor.color : '#000';
      context.fillText(label, data.x + data.size + 4, data.y + size / 3);
    }
  };
}
