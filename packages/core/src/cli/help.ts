import type { CommandSpec } from './command.js';

export function formatCommandHelp(command: CommandSpec): string {
  const lines = [`Usage: ${command.usage}`, '', command.summary];
  if (command.details) lines.push('', command.details);
  const entries = Object.entries(command.options);
  if (entries.length) {
    lines.push('', 'Options:');
    const rows = entries.map(([name, spec]) => {
      const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
      const def = spec.default !== undefined && spec.default !== false ? ` (default: ${String(spec.default)})` : '';
      return [flag, `${spec.description}${def}`] as const;
    });
    rows.push(['-h, --help', 'show this help']);
    const width = Math.max(...rows.map(([flag]) => flag.length));
    for (const [flag, text] of rows) lines.push(`  ${flag.padEnd(width)}  ${text}`);
  }
  return lines.join('\n') + '\n';
}

export function formatMainHelp(commands: readonly CommandSpec[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `kgraph ${version}: documents in, knowledge graph out.`,
    '',
    'Usage: kgraph <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `kgraph <command> --help` for a command\'s options.',
    '',
  ].join('\n');
}
