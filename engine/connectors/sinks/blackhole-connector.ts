/** `connector = 'blackhole'`: accepts and discards every change (for benchmarks), counting them. */
import type { ConnectorFactory, Sink } from '../api';
import type { Row } from '../../runtime/changelog';

export class BlackholeSink implements Sink {
  rows = 0;
  write(rows: readonly Row[]): void {
    this.rows += rows.length;
  }
  flush(): void {}
  close(): void {}
}

export const blackholeConnector: ConnectorFactory = {
  identifier: 'blackhole',
  description: 'Discards every change; for measuring a query without output costs.',
  options: [],
  createSink: () => new BlackholeSink(),
};
