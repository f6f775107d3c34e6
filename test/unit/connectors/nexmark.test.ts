import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { JavaRandom } from '../../../engine/connectors/examples/nexmark/java-random';
import { NEXMARK_DEFAULTS, NexmarkModel } from '../../../engine/connectors/examples/nexmark/nexmark-model';
import { createExampleSource } from '../../../engine/connectors/examples/examples-connector';
import { drain, table } from './source-helpers';

const BASE = Date.UTC(2024, 0, 1);
const model = () => new NexmarkModel({ ...NEXMARK_DEFAULTS, eventsPerSecond: 1000, baseTime: BASE, seed: 0 });

describe('java.util.Random port', () => {
  test('matches the JDK for known seeds', () => {
    assert.equal(new JavaRandom(42).nextInt(), -1170105035);
    assert.equal(new JavaRandom(0).nextInt(), -1155484576);
    assert.equal(new JavaRandom(42).nextDouble(), 0.7275636800328681);
    assert.equal(new JavaRandom(42).nextInt(10), 0);
    const r = new JavaRandom(123456789);
    const seq = [r.nextInt(100), r.nextInt(100), r.nextInt(100)];
    const again = new JavaRandom(123456789);
    assert.deepEqual([again.nextInt(100), again.nextInt(100), again.nextInt(100)], seq);
  });
});

describe('nexmark generator', () => {
  test('one stream in proportions 1:3:46 (2% persons, 6% auctions, 92% bids)', () => {
    const m = model();
    const counts = { person: 0, auction: 0, bid: 0 };
    for (let n = 0; n < 50_000; n++) counts[m.kindOf(n)]++;
    assert.deepEqual(counts, { person: 1000, auction: 3000, bid: 46000 });
  });

  test('ids follow the event id: persons and auctions numbered from 1000 in stream order', () => {
    const m = model();
    assert.equal(m.person(0)[0], 1000);
    assert.equal(m.person(50)[0], 1001);
    assert.deepEqual([m.auction(1)[0], m.auction(2)[0], m.auction(3)[0], m.auction(51)[0]], [1000, 1001, 1002, 1003]);
  });

  test('event time advances by the inter-event delay', () => {
    const m = model();
    assert.equal(m.bid(10)[5], BASE + 10);
    assert.equal(m.bid(1999)[5], BASE + 1999);
    const auction = m.auction(1);
    assert.ok((auction[6] as number) > (auction[5] as number), 'expires after dateTime');
  });

  test('bids go to hot auctions and hot bidders about as often as Nexmark sets (ratios 2 and 4)', () => {
    const m = model();
    let hotAuction = 0;
    let hotBidder = 0;
    let bids = 0;
    const prices: number[] = [];
    for (let n = 10_000; n < 60_000; n++) {
      if (m.kindOf(n) !== 'bid') continue;
      bids++;
      const [auction, bidder, price] = m.bid(n) as number[];
      if (auction === Math.trunc(m.lastBase0AuctionId(n) / 100) * 100 + 1000) hotAuction++;
      if (bidder === Math.trunc(m.lastBase0PersonId(n) / 100) * 100 + 1 + 1000) hotBidder++;
      assert.ok(auction >= 1000 && auction <= m.lastBase0AuctionId(n) + 1000 + 10);
      prices.push(price);
    }
    assert.ok(Math.abs(hotAuction / bids - 0.5) < 0.03, `hot auctions ${hotAuction / bids}`);
    assert.ok(Math.abs(hotBidder / bids - 0.75) < 0.03, `hot bidders ${hotBidder / bids}`);
    // price = round(10^(6u) * 100): log-uniform between 100 and 100,000,000, median near 100,000
    prices.sort((a, b) => a - b);
    assert.ok(prices[0] >= 100 && prices[prices.length - 1] <= 100_000_000);
    const median = prices[prices.length >> 1];
    assert.ok(median > 50_000 && median < 200_000, `median ${median}`);
  });

  test('rows look like Nexmark rows and repeat exactly', () => {
    const a = model();
    const b = model();
    const person = a.person(0);
    assert.deepEqual(person, b.person(0));
    assert.match(person[1] as string, /^[A-Z][a-z]+ [A-Z][a-z]+$/);
    assert.match(person[2] as string, /^[a-z ]+@[a-z ]+\.com$/);
    assert.match(person[3] as string, /^\d{4} \d{4} \d{4} \d{4}$/);
    assert.ok(['AZ', 'CA', 'ID', 'OR', 'WA', 'WY'].includes(person[5] as string));
    const bid = a.bid(7);
    assert.ok(['Google', 'Facebook', 'Baidu', 'Apple'].includes(bid[3] as string) || /^channel-\d+$/.test(bid[3] as string));
    assert.match(bid[4] as string, /^https:\/\/www\.nexmark\.com\/.+\/item\.htm\?query=1/);
    const auction = a.auction(1);
    assert.ok((auction[8] as number) >= 10 && (auction[8] as number) < 15, 'category 10..14');
    assert.ok((auction[4] as number) > (auction[3] as number), 'reserve above initial bid');
  });
});

describe('nexmark tables through the examples connector', () => {
  const read = (name: string, extra: Record<string, string> = {}) =>
    drain(
      createExampleSource(
        table([], { table: name, 'time-mode': 'simulated', 'number-of-events': '1000', 'events-per-second': '1000', 'start-time': '2024-01-01 00:00:00', ...extra }),
      ),
    );

  test('number-of-events bounds the shared stream: 920 bids, 60 auctions, 20 persons', async () => {
    assert.equal((await read('nexmark.bid')).rows.length, 920);
    assert.equal((await read('nexmark.auction')).rows.length, 60);
    assert.equal((await read('nexmark.person')).rows.length, 20);
  });

  test('parallel splits produce the same events; dateTime starts at start-time', async () => {
    const one = await read('nexmark.bid');
    const three = await read('nexmark.bid', { 'scan.parallelism': '3' });
    const key = (r: unknown[]) => `${r[5]}/${r[0]}/${r[1]}/${r[2]}`;
    assert.deepEqual(three.rows.map(key).sort(), one.rows.map(key).sort());
    assert.equal(one.rows[0][5], BASE + 4); // events 0 (person) and 1-3 (auctions) come first
  });

  test('projection push-down: the columns read are the same as in full rows, the others may be null', async () => {
    const readCols = (name: string, readColumns: number[]) =>
      drain(
        createExampleSource(
          table([], { table: name, 'time-mode': 'simulated', 'number-of-events': '1000', 'events-per-second': '1000', 'start-time': '2024-01-01 00:00:00' }, { readColumns }),
        ),
      );
    const cases: [string, number[]][] = [
      ['nexmark.bid', [0, 5]],
      ['nexmark.bid', [2]],
      ['nexmark.bid', [0, 3, 4]],
      ['nexmark.bid', [6]],
      ['nexmark.auction', [0, 7, 8]],
      ['nexmark.auction', [1]],
      ['nexmark.auction', [2, 6]],
      ['nexmark.auction', [4]],
      ['nexmark.person', [0, 6]],
      ['nexmark.person', [0, 1, 4, 5]],
      ['nexmark.person', [7]],
      ['nexmark.person', []],
    ];
    for (const [name, cols] of cases) {
      const full = (await read(name)).rows;
      const part = (await readCols(name, cols)).rows;
      assert.equal(part.length, full.length, `${name} ${cols}`);
      part.forEach((r, i) => {
        assert.equal(r.length, full[i].length);
        for (const c of cols) assert.equal(r[c], full[i][c], `${name} row ${i} column ${c}`);
      });
    }
    // What a bid query reading auction and dateTime leaves out: price, channel, url, extra.
    const narrow = (await readCols('nexmark.bid', [0, 5])).rows[0];
    assert.deepEqual([narrow[2], narrow[3], narrow[4], narrow[6]], [null, null, null, null]);
  });
});
