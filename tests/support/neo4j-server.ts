/**
 * The Neo4j test server (tools/neo4j-test-server, Neo4j's own test harness):
 * built with Maven when its jar is missing or older than its sources, started
 * as a child process that prints one ready line, stopped with SIGTERM. Used by
 * the vitest global setup (one server for the run) and by tests that need a
 * server of their own (stopping one halfway through a sync).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './kgraph-cli.js';

export const SERVER_DIR = join(REPO_ROOT, 'tools/neo4j-test-server');
export const SERVER_JAR = join(SERVER_DIR, 'target/neo4j-test-server.jar');
export const JAVA = process.env.KGRAPH_JAVA ?? 'java';
export const MAVEN = process.env.KGRAPH_MAVEN ?? 'mvn';
/** What to install where Java or Maven is missing. */
export const NEO4J_NEEDS = 'Java 17 and Maven (Debian: apt-get install openjdk-17-jdk-headless maven)';

export interface Neo4jServerInfo {
  uri: string;
  username: string;
  password: string;
  version: string;
}

export interface RunningNeo4j extends Neo4jServerInfo {
  process: ChildProcess;
  stop(): Promise<void>;
}

const runs = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Which of Java and Maven is missing (empty when both are there). */
export function missingTools(): string[] {
  const missing: string[] = [];
  if (!runs(JAVA, ['-version'])) missing.push('java');
  if (!existsSync(SERVER_JAR) && !runs(MAVEN, ['-v'])) missing.push('mvn');
  return missing;
}

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** `mvn -q package` unless the jar is newer than the pom and the Java sources. */
export function buildNeo4jServer(): void {
  const sourcesChanged = () =>
    Math.max(statSync(join(SERVER_DIR, 'pom.xml')).mtimeMs, newestSource(join(SERVER_DIR, 'src'))) > statSync(SERVER_JAR).mtimeMs;
  if (existsSync(SERVER_JAR) && !sourcesChanged()) return;
  const result = spawnSync(MAVEN, ['-q', '-B', 'package'], { cwd: SERVER_DIR, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`building tools/neo4j-test-server failed (mvn exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
}

const READY = /^NEO4J_READY uri=(\S+) username=(\S+) password=(\S+) version=(\S+)$/m;

/**
 * Starts a server (over `dataDir` when given, so a later server sees the same
 * store) and resolves once it prints its ready line. Its stdin stays open:
 * when this process dies the pipe closes and the server shuts itself down.
 */
export function startNeo4jServer(options: { dataDir?: string; timeoutMs?: number } = {}): Promise<RunningNeo4j> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const child = spawn(JAVA, ['-Xmx1g', '-XX:+UseSerialGC', '-jar', SERVER_JAR, ...(options.dataDir ? [options.dataDir] : [])], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise<RunningNeo4j>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the Neo4j test server did not start within ${timeoutMs / 1000} s:\n${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const ready = READY.exec(stdout);
      if (!ready) return;
      clearTimeout(timer);
      const [, uri = '', username = '', password = '', version = ''] = ready;
      resolve({ uri, username, password, version, process: child, stop });
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${JAVA}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the Neo4j test server exited (${code ?? signal}) before it was ready:\n${stderr.slice(-2000)}`));
    });
  });
}
