/**
 * The Nexmark generator's model, faithful to the Nexmark benchmark's generator (Beam's, as
 * ported by nexmark/nexmark for Flink): one event stream in which event id `e` is a person,
 * an auction or a bid by `e % 50` (proportions 1 : 3 : 46), ids assigned from the event id,
 * hot auctions / sellers / bidders, prices `round(10^(6u) * 100)`, strings and padding
 * ("extra") as the original. Each event draws from java.util.Random seeded with its event id
 * (Beam's scheme), so event `e` is the same whichever split or run produces it.
 */
import type { Row } from '../../../runtime/changelog';
import { JavaRandom } from './java-random';
import { baseUrl, nextExtra, nextLong, nextPrice, nextString, reverseBits } from './nexmark-values';

export const FIRST_AUCTION_ID = 1000;
export const FIRST_PERSON_ID = 1000;
export const FIRST_CATEGORY_ID = 10;

export interface NexmarkConfig {
  readonly personProportion: number;
  readonly auctionProportion: number;
  readonly bidProportion: number;
  readonly avgPersonByteSize: number;
  readonly avgAuctionByteSize: number;
  readonly avgBidByteSize: number;
  readonly hotAuctionRatio: number;
  readonly hotSellersRatio: number;
  readonly hotBiddersRatio: number;
  readonly numActivePeople: number;
  readonly numInFlightAuctions: number;
  /** Events per second of event time (Nexmark's first event rate, one generator). */
  readonly eventsPerSecond: number;
  /** Event time of event number 0, epoch millis. */
  readonly baseTime: number;
  /** Added to event ids before seeding (0 reproduces the reference generator). */
  readonly seed: number;
}

export const NEXMARK_DEFAULTS: Omit<NexmarkConfig, 'eventsPerSecond' | 'baseTime' | 'seed'> = {
  personProportion: 1,
  auctionProportion: 3,
  bidProportion: 46,
  avgPersonByteSize: 200,
  avgAuctionByteSize: 500,
  avgBidByteSize: 100,
  hotAuctionRatio: 2,
  hotSellersRatio: 4,
  hotBiddersRatio: 4,
  numActivePeople: 1000,
  numInFlightAuctions: 100,
};

export type NexmarkKind = 'person' | 'auction' | 'bid';

/**
 * Projection push-down: the stage of each column of a kind's row (table column order). A row
 * is drawn stage by stage, so one whose readers need only stages up to `k` stops drawing after
 * stage `k` and leaves the later columns null; the values of earlier stages never change.
 * bid: auction, bidder | price | channel, url | extra. auction: id, initialBid, dateTime,
 * expires, seller, category | itemName | description | reserve | extra. person: id, dateTime |
 * name .. state | extra.
 */
export const COLUMN_STAGES: Readonly<Record<NexmarkKind, readonly number[]>> = {
  bid: [0, 0, 1, 2, 2, 0, 3],
  auction: [0, 1, 2, 0, 3, 0, 0, 0, 0, 4],
  person: [0, 1, 1, 1, 1, 1, 0, 2],
};
const ALL_STAGES = 4;

const HOT_AUCTION_RATIO = 100;
const HOT_BIDDER_RATIO = 100;
const HOT_SELLER_RATIO = 100;
const NUM_CATEGORIES = 5;
const AUCTION_ID_LEAD = 10;
const PERSON_ID_LEAD = 10;
const US_STATES = ['AZ', 'CA', 'ID', 'OR', 'WA', 'WY'];
const US_CITIES = ['Phoenix', 'Los Angeles', 'San Francisco', 'Boise', 'Portland', 'Bend', 'Redmond', 'Seattle', 'Kent', 'Cheyenne'];
const FIRST_NAMES = ['Peter', 'Paul', 'Luke', 'John', 'Saul', 'Vicky', 'Kate', 'Julie', 'Sarah', 'Deiter', 'Walter'];
const LAST_NAMES = ['Shultz', 'Abrams', 'Spencer', 'White', 'Bartels', 'Walton', 'Smith', 'Jones', 'Noris'];
const HOT_CHANNELS = ['Google', 'Facebook', 'Baidu', 'Apple'];
const HOT_CHANNELS_RATIO = 2;
const CHANNELS_NUMBER = 10_000;

export class NexmarkModel {
  readonly total: number;
  private readonly interEventDelayUs: number;
  private readonly random = new JavaRandom();
  private readonly hotUrls: string[];
  /** Channel id -> [name, url], built on first use (ids are 0 .. CHANNELS_NUMBER - 1). */
  private readonly channelCache: ([string, string] | undefined)[] = new Array(CHANNELS_NUMBER).fill(undefined);

  constructor(readonly config: NexmarkConfig) {
    this.total = config.personProportion + config.auctionProportion + config.bidProportion;
    this.interEventDelayUs = 1_000_000 / config.eventsPerSecond;
    const r = new JavaRandom(config.seed);
    this.hotUrls = HOT_CHANNELS.map(() => baseUrl(r));
  }

  kindOf(eventId: number): NexmarkKind {
    const rem = eventId % this.total;
    if (rem < this.config.personProportion) return 'person';
    if (rem < this.config.personProportion + this.config.auctionProportion) return 'auction';
    return 'bid';
  }

  /** Event time of event number n (Nexmark's timestampForEvent). */
  timestampForEvent(n: number): number {
    return this.config.baseTime + Math.trunc(Math.trunc(n * this.interEventDelayUs) / 1000);
  }

  /** The row of event number `n` (event id = n), of its kind's table, drawn up to stage `upTo` (COLUMN_STAGES). */
  person(n: number, upTo = ALL_STAGES): Row {
    const random = this.seeded(n);
    const ts = this.timestampForEvent(n);
    const id = this.lastBase0PersonId(n) + FIRST_PERSON_ID;
    if (upTo < 1) return [id, null, null, null, null, null, ts, null];
    const name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + ' ' + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    const email = nextString(random, 7) + '@' + nextString(random, 5) + '.com';
    let card = '';
    for (let i = 0; i < 4; i++) card += (i > 0 ? ' ' : '') + String(random.nextInt(10000)).padStart(4, '0');
    const city = US_CITIES[random.nextInt(US_CITIES.length)];
    const state = US_STATES[random.nextInt(US_STATES.length)];
    if (upTo < 2) return [id, name, email, card, city, state, ts, null];
    const size = 8 + name.length + email.length + card.length + city.length + state.length;
    const extra = nextExtra(random, size, this.config.avgPersonByteSize);
    return [id, name, email, card, city, state, ts, extra];
  }

  auction(n: number, upTo = ALL_STAGES): Row {
    const random = this.seeded(n);
    const ts = this.timestampForEvent(n);
    const id = this.lastBase0AuctionId(n) + FIRST_AUCTION_ID;
    let seller: number;
    if (random.nextInt(this.config.hotSellersRatio) > 0) {
      seller = Math.trunc(this.lastBase0PersonId(n) / HOT_SELLER_RATIO) * HOT_SELLER_RATIO;
    } else {
      seller = this.nextBase0PersonId(n, random);
    }
    seller += FIRST_PERSON_ID;
    const category = FIRST_CATEGORY_ID + random.nextInt(NUM_CATEGORIES);
    const initialBid = nextPrice(random);
    const expires = ts + this.nextAuctionLengthMs(n, random, ts);
    if (upTo < 1) return [id, null, null, initialBid, null, ts, expires, seller, category, null];
    const name = nextString(random, 20);
    if (upTo < 2) return [id, name, null, initialBid, null, ts, expires, seller, category, null];
    const desc = nextString(random, 100);
    if (upTo < 3) return [id, name, desc, initialBid, null, ts, expires, seller, category, null];
    const reserve = initialBid + nextPrice(random);
    if (upTo < 4) return [id, name, desc, initialBid, reserve, ts, expires, seller, category, null];
    const size = 8 + name.length + desc.length + 8 + 8 + 8 + 8 + 8;
    const extra = nextExtra(random, size, this.config.avgAuctionByteSize);
    return [id, name, desc, initialBid, reserve, ts, expires, seller, category, extra];
  }

  bid(n: number, upTo = ALL_STAGES): Row {
    const random = this.seeded(n);
    const ts = this.timestampForEvent(n);
    let auction: number;
    if (random.nextInt(this.config.hotAuctionRatio) > 0) {
      auction = Math.trunc(this.lastBase0AuctionId(n) / HOT_AUCTION_RATIO) * HOT_AUCTION_RATIO;
    } else {
      auction = this.nextBase0AuctionId(n, random);
    }
    auction += FIRST_AUCTION_ID;
    let bidder: number;
    if (random.nextInt(this.config.hotBiddersRatio) > 0) {
      bidder = Math.trunc(this.lastBase0PersonId(n) / HOT_BIDDER_RATIO) * HOT_BIDDER_RATIO + 1;
    } else {
      bidder = this.nextBase0PersonId(n, random);
    }
    bidder += FIRST_PERSON_ID;
    if (upTo < 1) return [auction, bidder, null, null, null, ts, null];
    const price = nextPrice(random);
    if (upTo < 2) return [auction, bidder, price, null, null, ts, null];
    let channel: string;
    let url: string;
    if (random.nextInt(HOT_CHANNELS_RATIO) > 0) {
      const i = random.nextInt(HOT_CHANNELS.length);
      channel = HOT_CHANNELS[i];
      url = this.hotUrls[i];
    } else {
      const c = this.channel(random.nextInt(CHANNELS_NUMBER));
      channel = c[0];
      url = c[1];
    }
    if (upTo < 3) return [auction, bidder, price, channel, url, ts, null];
    const extra = nextExtra(random, 8 + 8 + 8 + 8, this.config.avgBidByteSize);
    return [auction, bidder, price, channel, url, ts, extra];
  }

  lastBase0AuctionId(eventId: number): number {
    const c = this.config;
    let epoch = Math.trunc(eventId / this.total);
    let offset = eventId % this.total;
    if (offset < c.personProportion) {
      epoch--;
      offset = c.auctionProportion - 1;
    } else if (offset >= c.personProportion + c.auctionProportion) {
      offset = c.auctionProportion - 1;
    } else {
      offset -= c.personProportion;
    }
    return epoch * c.auctionProportion + offset;
  }

  lastBase0PersonId(eventId: number): number {
    const epoch = Math.trunc(eventId / this.total);
    let offset = eventId % this.total;
    if (offset >= this.config.personProportion) offset = this.config.personProportion - 1;
    return epoch * this.config.personProportion + offset;
  }

  private nextBase0AuctionId(eventId: number, random: JavaRandom): number {
    const max = this.lastBase0AuctionId(eventId);
    const min = Math.max(max - this.config.numInFlightAuctions, 0);
    return min + nextLong(random, max - min + 1 + AUCTION_ID_LEAD);
  }

  private nextBase0PersonId(eventId: number, random: JavaRandom): number {
    const numPeople = this.lastBase0PersonId(eventId) + 1;
    const active = Math.min(numPeople, this.config.numActivePeople);
    return numPeople - active + nextLong(random, active + PERSON_ID_LEAD);
  }

  private nextAuctionLengthMs(n: number, random: JavaRandom, ts: number): number {
    const eventsForAuctions = Math.trunc((this.config.numInFlightAuctions * this.total) / this.config.auctionProportion);
    const futureAuction = this.timestampForEvent(n + eventsForAuctions);
    const horizonMs = futureAuction - ts;
    return 1 + nextLong(random, Math.max(horizonMs * 2, 1));
  }

  private channel(id: number): [string, string] {
    let hit = this.channelCache[id];
    if (hit === undefined) {
      const r = new JavaRandom(this.config.seed + id);
      let url = baseUrl(r);
      if (r.nextBoolean()) url += '&channel_id=' + Math.abs(reverseBits(id));
      hit = ['channel-' + id, url];
      this.channelCache[id] = hit;
    }
    return hit;
  }

  private seeded(eventId: number): JavaRandom {
    this.random.setSeed(eventId + this.config.seed);
    return this.random;
  }
}
