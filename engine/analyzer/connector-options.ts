/**
 * WITH options of CREATE TABLE checked against the connector's option table (the same table
 * completion uses): an unknown connector, unknown keys (with did-you-mean), missing required
 * keys, enum values. A table without `connector` is a local topic (the embedded default).
 */
import type { Range } from '../diagnostic';
import type { Property } from '../sql';
import { allConnectors, getConnector, matchOption, optionsFor, CONNECTOR_OPTION } from '../connectors/registry';
import { suggestionsFor } from '../catalog/resolve';
import { Reporter } from './reporter';

function quoted(s: string): string {
  return `'${s}'`;
}

export function checkConnectorOptions(options: readonly Property[], reporter: Reporter, statementRange: Range, fromLike = false): void {
  const connectorProp = [...options].reverse().find((p) => p.key === 'connector');
  if (!connectorProp) return;
  const connector = getConnector(connectorProp.value);
  if (!connector) {
    const names = allConnectors().map((c) => c.identifier);
    const s = suggestionsFor(connectorProp.value, names);
    reporter.report(
      'unknown-connector',
      `Could not find any factory for identifier '${connectorProp.value}'${s.length ? `, did you mean ${s.slice(0, 2).map(quoted).join(' or ')}?` : ''} Available connectors: ${names.join(', ')}`,
      connectorProp.valueRange,
      Reporter.replacements(connectorProp.valueRange, s, quoted),
      s.length ? 'error' : 'warning',
    );
    return;
  }
  const given: Record<string, string> = {};
  for (const p of options) given[p.key] = p.value;
  const specs = [CONNECTOR_OPTION, ...optionsFor(connector, given)];
  const seen = new Set<string>();
  for (const p of options) {
    if (seen.has(p.key)) reporter.report('duplicate-option', `Option '${p.key}' is set more than once`, p.keyRange, undefined, 'warning');
    seen.add(p.key);
    const spec = matchOption(specs, p.key);
    if (!spec) {
      const keys = specs.map((s) => s.key).filter((k) => !k.includes('#'));
      const s = suggestionsFor(p.key, keys);
      reporter.report(
        'unknown-option',
        `Unsupported option '${p.key}' for connector '${connector.identifier}'${s.length ? `, did you mean ${s.slice(0, 2).map(quoted).join(' or ')}?` : ''}`,
        p.keyRange,
        Reporter.replacements(p.keyRange, s, quoted),
      );
      continue;
    }
    if (spec.type === 'enum' && spec.values && spec.key !== 'connector' && !spec.values.some((v) => v.toLowerCase() === p.value.toLowerCase())) {
      const s = suggestionsFor(p.value, spec.values);
      reporter.report(
        'invalid-option-value',
        `Invalid value '${p.value}' for option '${p.key}': expected one of ${spec.values.join(', ')}`,
        p.valueRange,
        Reporter.replacements(p.valueRange, s, quoted),
      );
    }
  }
  if (fromLike) return;
  // Required: the connector's own options, and those of the formats actually chosen.
  const chosenPrefixes = connector.options
    .filter((s) => s.key.endsWith('format') && (given[s.key] ?? s.default) !== undefined)
    .map((s) => `${s.key.slice(0, -'format'.length)}${given[s.key] ?? s.default}.`);
  const required = specs.filter((s) => connector.options.includes(s) || chosenPrefixes.some((p) => s.key.startsWith(p)));
  for (const spec of required) {
    if (!spec.required || spec.key.includes('#') || spec.key === 'connector') continue;
    if (!options.some((p) => p.key.toLowerCase() === spec.key.toLowerCase())) {
      reporter.report('missing-option', `Missing required option '${spec.key}' for connector '${connector.identifier}': ${spec.description}`, connectorProp.range ?? statementRange);
    }
  }
}
