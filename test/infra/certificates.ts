/**
 * A throwaway certificate authority plus server and client certificates for TLS tests
 * (made with the `openssl` command line; Node cannot issue X.509 certificates). The server
 * certificate is valid for 127.0.0.1 and localhost; keys are unencrypted PKCS#8 PEM, which
 * Kafka's PEM key stores and Node's TLS both read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureAptPackages } from './apt';
import { Log, onPath, run } from './cache';

export interface PemFiles {
  readonly certFile: string;
  readonly keyFile: string;
  readonly cert: string;
  readonly key: string;
}

export interface TestCertificates {
  readonly caFile: string;
  readonly ca: string;
  readonly server: PemFiles;
  readonly client: PemFiles;
}

async function openssl(args: string[], cwd: string): Promise<void> {
  await run('openssl', args, { cwd });
}

async function issue(dir: string, name: string, subject: string, extensions: string): Promise<PemFiles> {
  const keyFile = join(dir, `${name}.key`);
  const certFile = join(dir, `${name}.pem`);
  const ext = join(dir, `${name}.ext`);
  writeFileSync(ext, extensions);
  await openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', join(dir, `${name}.csr`), '-subj', subject], dir);
  await openssl(
    ['x509', '-req', '-in', join(dir, `${name}.csr`), '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', certFile, '-days', '7', '-sha256', '-extfile', ext],
    dir,
  );
  return { certFile, keyFile, cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
}

/** Writes ca.pem, server.{pem,key}, client.{pem,key} into `dir`. */
export async function makeTestCertificates(dir: string, log: Log = () => {}): Promise<TestCertificates> {
  if (!onPath('openssl')) ensureAptPackages(['openssl'], log);
  await openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '7', '-sha256', '-subj', '/CN=Tideline test CA'], dir);
  const server = await issue(dir, 'server', '/CN=127.0.0.1', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  const client = await issue(dir, 'client', '/CN=tideline-client', 'extendedKeyUsage=clientAuth\n');
  const caFile = join(dir, 'ca.pem');
  return { caFile, ca: readFileSync(caFile, 'utf8'), server, client };
}
