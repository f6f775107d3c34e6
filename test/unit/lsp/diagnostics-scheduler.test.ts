import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { DiagnosticsScheduler } from '../../../server/diagnostics-scheduler';
import { OpenDocuments } from '../../../server/documents';
import { checkDocument } from '../../../engine/check/check-text';

test('debounced per document: only the latest version is computed and published', async () => {
  const docs = new OpenDocuments();
  const published: [string, number, string[]][] = [];
  let computed = 0;
  const scheduler = new DiagnosticsScheduler(
    (d) => {
      computed++;
      return checkDocument(d.doc);
    },
    (uri, version, list) => published.push([uri, version, list.map((x) => x.message)]),
    30,
  );
  const a = docs.open('file:///a.sql', 1, 'SELECT 1;');
  const b = docs.open('file:///b.sql', 1, 'SELECT * FORM t;');
  scheduler.schedule(a, true);
  scheduler.schedule(b, true);
  await sleep(10);
  assert.deepEqual(published, [
    ['file:///a.sql', 1, []],
    ['file:///b.sql', 1, ["unexpected 'FORM', did you mean FROM?"]],
  ]);

  // three edits within the debounce window: one computation, for version 4
  for (const [version, text] of [[2, ' S'], [3, 'EL'], [4, 'ECT']] as const) {
    const end = a.doc.positionAt(a.doc.text.length);
    docs.change(a.uri, version, [{ range: { start: end, end }, text }]);
    scheduler.schedule(a);
    await sleep(5);
  }
  assert.deepEqual(scheduler.pending(), new Map([['file:///a.sql', 4]]));
  await sleep(60);
  assert.equal(computed, 3);
  assert.deepEqual(published[2], ['file:///a.sql', 4, ['unexpected end of statement, expected an expression']]);

  // a version superseded without a new schedule (e.g. a change arriving as the timer fires) is dropped
  scheduler.schedule(a);
  a.version = 5;
  await sleep(60);
  assert.equal(published.length, 3);
  assert.equal(computed, 3);
});

test('a newly opened document: the part in view first, then the whole; a change in between drops the second', async () => {
  const docs = new OpenDocuments();
  const published: [string, number, number][] = [];
  let onPublish = (): void => undefined;
  const scheduler = new DiagnosticsScheduler(
    (d) => checkDocument(d.doc, { syntaxOnly: true }),
    (uri, version, list) => {
      published.push([uri, version, list.length]);
      onPublish();
    },
    30,
    () => undefined,
    (d) => checkDocument(d.doc, { syntaxOnly: true, until: d.doc.offsetAt({ line: 1, character: 0 }) }),
  );
  const text = 'SELECT * FORM a;\nSELECT * FORM b;\n';
  const a = docs.open('file:///a.sql', 1, text);
  scheduler.schedule(a, true);
  for (let i = 0; i < 200 && published.length < 2; i++) await sleep(10);
  assert.deepEqual(published, [
    ['file:///a.sql', 1, 1],
    ['file:///a.sql', 1, 2],
  ]);
  // an edit arriving right after the part in view was published: only the edit's version follows
  const b = docs.open('file:///b.sql', 1, text);
  published.length = 0;
  onPublish = () => {
    onPublish = () => undefined;
    docs.change(b.uri, 2, [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 13 } }, text: 'FROM' }]);
    scheduler.schedule(b);
  };
  scheduler.schedule(b, true);
  for (let i = 0; i < 200 && published.length < 2; i++) await sleep(10);
  assert.deepEqual(published, [
    ['file:///b.sql', 1, 1],
    ['file:///b.sql', 2, 1],
  ]);
});
