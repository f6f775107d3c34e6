/**
 * What an INSERT's target guarantees across restarts with checkpoints, for EXPLAIN: the
 * connector says (ConnectorFactory.sinkDelivery) without opening the sink; a connector that
 * does not is at-least-once.
 */
import { getConnector } from '../../connectors/registry';
import type { PhysicalPlan } from '../../planner/physical/plan';

/** `table: guarantee (how)` for an INSERT's plan; undefined for a query. */
export function describeDelivery(plan: PhysicalPlan): string | undefined {
  if (plan.op !== 'sink') return undefined;
  const options = plan.table.options;
  const id = options['connector'] ?? 'local';
  const d = getConnector(id)?.sinkDelivery?.(options) ?? {
    guarantee: 'at-least-once',
    note: `connector '${id}' has no transactions: after a restart, rows written since the last checkpoint are written again`,
  };
  return `${plan.path.name}: ${d.guarantee} (${d.note})`;
}
