/**
 * A real Confluent-compatible Schema Registry for tests: Apicurio Registry from Maven Central
 * (`io.apicurio:apicurio-registry-app:<version>:tar.gz:all`), unpacked once into
 * ~/.cache/tideline/apicurio-<version>/ and run with in-memory (H2) storage on 127.0.0.1 and
 * a free port. Its Confluent API lives under /apis/ccompat/v7, which is what
 * @kafkajs/confluent-schema-registry talks to. Override the version with
 * TIDELINE_TEST_APICURIO_VERSION (3.0.9 ships a legacy runner jar + lib/, newer releases a
 * Quarkus fast-jar `quarkus-app/quarkus-run.jar`; both layouts are handled).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheRoot, Daemon, removeOnExit, retryOnPortClash, ensureJavaAndMaven, freePort, installOnce, Log, mvn, run, startDaemon, waitUntil, withProgress } from './cache';

export const APICURIO_VERSION = process.env.TIDELINE_TEST_APICURIO_VERSION ?? '3.0.9';

export const APICURIO_ARTIFACT = (version: string) => `io.apicurio:apicurio-registry-app:${version}:tar.gz:all`;

export interface SchemaRegistry {
  /** Base URL of the Confluent-compatible API, e.g. http://127.0.0.1:41234/apis/ccompat/v7 */
  readonly url: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** Downloads and unpacks Apicurio unless cached; returns the runnable jar. */
export async function provisionRegistry(log: Log = () => {}, version = APICURIO_VERSION): Promise<string> {
  const home = join(cacheRoot(), `apicurio-${version}`);
  await installOnce(home, async (staging) => {
    ensureJavaAndMaven(log);
    const download = join(staging, 'download');
    await withProgress(log, `downloading ${APICURIO_ARTIFACT(version)} from Maven Central`, () =>
      mvn(['dependency:copy', `-Dartifact=${APICURIO_ARTIFACT(version)}`, `-DoutputDirectory=${download}`]),
    );
    const archive = readdirSync(download).find((f) => f.endsWith('.tar.gz'));
    if (!archive) throw new Error(`Maven did not produce the Apicurio archive in ${download}`);
    await run('tar', ['--no-same-owner', '-xzf', join(download, archive), '-C', staging]);
    rmSync(download, { recursive: true, force: true });
  });
  const jar = runnableJar(home);
  if (!jar) throw new Error(`no runnable Apicurio jar under ${home}; delete it and retry`);
  return jar;
}

function runnableJar(home: string): string | undefined {
  const fast = join(home, 'quarkus-app', 'quarkus-run.jar');
  if (existsSync(fast)) return fast;
  for (const dir of [home, ...readdirSync(home).map((d) => join(home, d))]) {
    const fastNested = join(dir, 'quarkus-app', 'quarkus-run.jar');
    if (existsSync(fastNested)) return fastNested;
    try {
      const runner = readdirSync(dir).find((f) => f.endsWith('-runner.jar'));
      if (runner) return join(dir, runner);
    } catch {
      /* not a folder */
    }
  }
  return undefined;
}

/** Starts the registry; resolves once the ccompat API answers. */
export async function startRegistry(opts: { log?: Log } = {}): Promise<SchemaRegistry> {
  return retryOnPortClash(() => startRegistryOnce(opts), opts.log);
}

async function startRegistryOnce(opts: { log?: Log }): Promise<SchemaRegistry> {
  const log = opts.log ?? (() => {});
  const jar = await provisionRegistry(log);
  const workDir = mkdtempSync(join(tmpdir(), 'tideline-registry-'));
  const removeWorkDir = removeOnExit(workDir);
  let daemon: Daemon | undefined;
  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/apis/ccompat/v7`;
    const args = [
      '-Xms64m',
      '-Xmx512m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-Djava.awt.headless=true',
      `-Djava.io.tmpdir=${workDir}`,
      '-Dquarkus.http.host=127.0.0.1',
      `-Dquarkus.http.port=${port}`,
      '-Dquarkus.management.enabled=false',
      '-Dquarkus.http.access-log.enabled=false',
      '-Dquarkus.log.level=WARN',
      '-Dquarkus.log.category."io.apicurio".level=INFO',
      '-Dapicurio.storage.kind=sql',
      '-Dapicurio.storage.sql.kind=h2',
      '-jar',
      jar,
    ];
    daemon = await withProgress(log, `starting Apicurio Registry ${APICURIO_VERSION} on 127.0.0.1:${port}`, async () => {
      const d = startDaemon('java', args, { logFile: join(workDir, 'registry.log'), cwd: workDir });
      await waitUntil(`Schema Registry at ${url}`, async () => (await fetch(`${url}/subjects`)).ok, { daemon: d, timeoutMs: 120_000, intervalMs: 300 });
      return d;
    });
    const started = daemon;
    return {
      url,
      pid: started.child.pid,
      async stop() {
        await started.stop(5000);
        removeWorkDir();
      },
    };
  } catch (err) {
    await daemon?.stop(1000);
    removeWorkDir();
    throw err;
  }
}
