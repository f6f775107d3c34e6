/** Statements: one function per statement family, dispatching on the parse-tree shape. */
import * as P from '../generated/FlinkSqlParser';
import type { ObjectName } from '../ast/node';
import type {
  AlterElement,
  AlterTableAction,
  ColumnDefinition,
  Distribution,
  Executable,
  Insert,
  LikeOption,
  ObjectKind,
  PartitionValue,
  PrimaryKey,
  PropertyAction,
  Statement,
  StatementSet,
  TableSchema,
  Watermark,
} from '../ast/statement';
import type { Builder } from './builder';
import { columnNames, comment, identifier, identifiers, keyList, objectName, properties, property, propertyKeyText, stringValue, withOptions } from './build-names';
import { callArgument, expression, intervalLiteral, literal } from './build-expression';
import { hints, query } from './build-query';
import { dataType } from './build-type';

export function statement(b: Builder, ctx: P.StatementContext): Statement {
  const c = ctx.getChild(0)!;
  const at = b.loc(ctx);
  if (c instanceof P.QueryStatementContext) return { kind: 'queryStatement', query: query(b, c.query()), ...at };
  if (c instanceof P.InsertStatementContext) return insert(b, c);
  if (c instanceof P.StatementSetBlockContext) return statementSet(b, c);
  if (c instanceof P.BeginStatementSetContext) {
    // the whole SQL-client block, when the splitter kept it together
    if (c.END()) return { kind: 'statementSet', inserts: c.insertStatement().map((i) => insert(b, i)), ...at };
    return { kind: 'beginStatementSet', ...at };
  }
  if (c instanceof P.EndStatementSetContext) return { kind: 'endStatementSet', ...at };
  if (c instanceof P.ExplainStatementContext) return explain(b, c);
  if (c instanceof P.ExecuteStatementContext) {
    const plan = c.stringLiteral();
    if (plan) return { kind: 'executePlan', planFile: stringValue(plan), ...at };
    return { kind: 'execute', target: executable(b, c), ...at };
  }
  if (c instanceof P.CompileStatementContext) {
    const set = c.statementSetBlock();
    return {
      kind: 'compilePlan',
      andExecute: c.EXECUTE() !== null,
      planFile: stringValue(c.stringLiteral()),
      ifNotExists: c.EXISTS() !== null,
      target: set ? statementSet(b, set) : insert(b, c.insertStatement()!),
      ...at,
    };
  }
  if (c instanceof P.CreateStatementContext) return create(b, c);
  if (c instanceof P.AlterStatementContext) return alter(b, c);
  if (c instanceof P.DropStatementContext) return drop(b, c);
  if (c instanceof P.ShowStatementContext) return show(b, c);
  if (c instanceof P.DescribeStatementContext) {
    const k = c.describeKind();
    const path = c.tablePath();
    const job = c.stringLiteral();
    return {
      kind: 'describe',
      ...(k ? { objectKind: k.getText().toUpperCase().replace('MATERIALIZEDTABLE', 'MATERIALIZED TABLE') as ObjectKind } : {}),
      extended: c.EXTENDED() !== null,
      ...(path ? { name: objectName(b, path) } : {}),
      ...(job ? { jobId: stringValue(job) } : {}),
      ...at,
    };
  }
  if (c instanceof P.UseStatementContext) {
    if (c.CATALOG()) return { kind: 'useCatalog', name: identifier(b, c.identifier(0)!), ...at };
    if (c.MODULES()) return { kind: 'useModules', names: identifiers(b, c.identifier()), ...at };
    return { kind: 'useDatabase', name: objectName(b, c.tablePath()!), ...at };
  }
  if (c instanceof P.LoadModuleContext) return { kind: 'loadModule', name: identifier(b, c.identifier()), options: withOptions(b, c.withOptions()), ...at };
  if (c instanceof P.UnloadModuleContext) return { kind: 'unloadModule', name: identifier(b, c.identifier()), ...at };
  if (c instanceof P.SetStatementContext) {
    const key = c.propertyKey();
    return key ? { kind: 'set', property: property(b, c, key, c.propertyValue()!), ...at } : { kind: 'set', ...at };
  }
  if (c instanceof P.ResetStatementContext) {
    const key = c.propertyKey();
    return key ? { kind: 'reset', key: propertyKeyText(key), ...at } : { kind: 'reset', ...at };
  }
  if (c instanceof P.AddJarContext) return { kind: 'addJar', path: stringValue(c.stringLiteral()), ...at };
  if (c instanceof P.RemoveJarContext) return { kind: 'removeJar', path: stringValue(c.stringLiteral()), ...at };
  if (c instanceof P.AnalyzeTableContext) {
    const cols = c.ALL() ? 'ALL' : c.COLUMNS() ? identifiers(b, c.identifier()) : undefined;
    return { kind: 'analyzeTable', name: objectName(b, c.tablePath()), partition: partitionSpec(b, c.partitionSpec()), ...(cols ? { columns: cols } : {}), ...at };
  }
  if (c instanceof P.StopJobContext) {
    return { kind: 'stopJob', jobId: stringValue(c.stringLiteral()), withSavepoint: c.SAVEPOINT() !== null, withDrain: c.DRAIN() !== null, ...at };
  }
  if (c instanceof P.TruncateTableContext) return { kind: 'truncateTable', name: objectName(b, c.tablePath()), ...at };
  if (c instanceof P.DeleteStatementContext) {
    const alias = c.identifier();
    const where = c.expression();
    return { kind: 'delete', table: objectName(b, c.tablePath()), ...(alias ? { alias: identifier(b, alias) } : {}), ...(where ? { where: expression(b, where) } : {}), ...at };
  }
  if (c instanceof P.UpdateStatementContext) {
    const alias = c.identifier();
    const where = c.expression();
    return {
      kind: 'update',
      table: objectName(b, c.tablePath()),
      ...(alias ? { alias: identifier(b, alias) } : {}),
      assignments: c.assignment().map((a) => ({ kind: 'assignment' as const, column: identifier(b, a.identifier()), value: expression(b, a.expression()), ...b.loc(a) })),
      ...(where ? { where: expression(b, where) } : {}),
      ...at,
    };
  }
  const call = c as P.CallStatementContext;
  return { kind: 'callProcedure', procedure: objectName(b, call.qualifiedName()), args: call.callArgument().map((a) => callArgument(b, a)), ...at };
}

function insert(b: Builder, ctx: P.InsertStatementContext): Insert {
  const h = ctx.hint();
  const cols = ctx.columnNameList();
  return {
    kind: 'insert',
    upsert: ctx.UPSERT() !== null,
    overwrite: ctx.OVERWRITE() !== null,
    table: objectName(b, ctx.tablePath()),
    hints: h ? hints(b, h) : [],
    partition: partitionSpec(b, ctx.partitionSpec()),
    ...(cols ? { columns: columnNames(b, cols) } : {}),
    query: query(b, ctx.query()),
    ...b.loc(ctx),
  };
}

function statementSet(b: Builder, ctx: P.StatementSetBlockContext): StatementSet {
  return { kind: 'statementSet', inserts: ctx.insertStatement().map((i) => insert(b, i)), ...b.loc(ctx) };
}

function executable(b: Builder, ctx: P.ExecuteStatementContext | P.ExplainableContext): Executable {
  const set = ctx.statementSetBlock();
  if (set) return statementSet(b, set);
  const ins = ctx.insertStatement();
  if (ins) return insert(b, ins);
  const q = ctx.query()!;
  return { kind: 'queryStatement', query: query(b, q), ...b.loc(q) };
}

function explain(b: Builder, ctx: P.ExplainStatementContext): Statement {
  const e = ctx.explainable();
  const target = e.EXECUTE() ? { kind: 'execute' as const, target: executable(b, e), ...b.loc(e) } : executable(b, e);
  const details = ctx.explainDetail().map((d) => d.getText().toUpperCase());
  const known = ['ESTIMATED_COST', 'CHANGELOG_MODE', 'PLAN_ADVICE', 'JSON_EXECUTION_PLAN'];
  for (const d of ctx.explainDetail()) {
    if (!known.includes(d.getText().toUpperCase())) {
      b.error(b.loc(d), 'syntax/unknown-explain-detail', `unknown EXPLAIN detail '${d.getText()}': use ${known.join(', ')}`);
    }
  }
  return { kind: 'explain', details, planFor: ctx.PLAN() !== null, target, ...b.loc(ctx) };
}

export function partitionSpec(b: Builder, ctx: P.PartitionSpecContext | null): PartitionValue[] {
  if (!ctx) return [];
  return ctx.partitionValue().map((v) => {
    const lit = v.literal();
    return { kind: 'partitionValue' as const, column: identifier(b, v.identifier()), ...(lit ? { value: literal(b, lit) } : {}), ...b.loc(v) };
  });
}

function columnDefinition(b: Builder, ctx: P.ColumnDefinitionContext): ColumnDefinition {
  const name = identifier(b, ctx.identifier());
  const c = comment(ctx.commentClause());
  const withComment = c === undefined ? {} : { comment: c };
  const at = b.loc(ctx);
  const e = ctx.expression();
  if (e) return { kind: 'computedColumn', name, expression: expression(b, e), ...withComment, ...at };
  const type = dataType(b, ctx.dataType()!);
  if (ctx.METADATA()) {
    const key = ctx.stringLiteral();
    return { kind: 'metadataColumn', name, type, ...(key ? { metadataKey: stringValue(key) } : {}), virtual: ctx.VIRTUAL() !== null, ...withComment, ...at };
  }
  return { kind: 'physicalColumn', name, type, ...withComment, ...at };
}

function primaryKeyOfColumn(b: Builder, ctx: P.ColumnDefinitionContext): PrimaryKey | undefined {
  const cc = ctx.columnConstraint();
  if (!cc) return undefined;
  const cn = cc.identifier();
  return { kind: 'primaryKey', ...(cn ? { constraintName: identifier(b, cn) } : {}), columns: [identifier(b, ctx.identifier())], ...b.loc(cc) };
}

function watermark(b: Builder, ctx: P.WatermarkDefinitionContext): Watermark {
  return { kind: 'watermark', column: objectName(b, ctx.qualifiedName()), expression: expression(b, ctx.expression()), ...b.loc(ctx) };
}

function tableConstraint(b: Builder, ctx: P.TableConstraintContext): PrimaryKey {
  const cn = ctx.identifier();
  return { kind: 'primaryKey', ...(cn ? { constraintName: identifier(b, cn) } : {}), columns: columnNames(b, ctx.columnNameList()), ...b.loc(ctx) };
}

/** Columns, watermarks and the primary key of a table-element list; two primary keys is an error. */
function tableSchema(b: Builder, elements: readonly P.TableElementContext[]): TableSchema {
  const columns: ColumnDefinition[] = [];
  const watermarks: Watermark[] = [];
  let primaryKey: PrimaryKey | undefined;
  const setKey = (pk: PrimaryKey | undefined): void => {
    if (!pk) return;
    if (primaryKey) b.error(pk, 'syntax/duplicate-primary-key', 'a table can have only one primary key');
    else primaryKey = pk;
  };
  for (const e of elements) {
    const col = e.columnDefinition();
    const wm = e.watermarkDefinition();
    if (col) {
      columns.push(columnDefinition(b, col));
      setKey(primaryKeyOfColumn(b, col));
    } else if (wm) watermarks.push(watermark(b, wm));
    else setKey(tableConstraint(b, e.tableConstraint()!));
  }
  return primaryKey ? { columns, watermarks, primaryKey } : { columns, watermarks };
}

function distribution(b: Builder, ctx: P.DistributionContext | P.AlterDistributionContext | null): { distribution?: Distribution } {
  if (!ctx) return {};
  const algo = ctx.identifier() ?? ctx.RANGE();
  const buckets = ctx.INTEGER_VALUE();
  return {
    distribution: {
      kind: 'distribution',
      ...(algo ? { algorithm: algo.getText().toUpperCase() } : {}),
      columns: columnNames(b, ctx.columnNameList()),
      ...(buckets ? { buckets: Number(buckets.getText()) } : {}),
      ...b.loc(ctx),
    },
  };
}

function create(b: Builder, ctx: P.CreateStatementContext): Statement {
  const at = b.loc(ctx);
  const orReplace = ctx.REPLACE() !== null;
  const temporary = ctx.TEMPORARY() !== null;
  const system = ctx.SYSTEM() !== null;
  const body = ctx.createBody();
  if (!body) return createTable(b, ctx.createTableBody()!, { orReplace: true, replaceOnly: true, temporary: false }, at);
  const ifNotExists = body.ifNotExists() !== null;
  const c = comment(body.commentClause());
  const withComment = c === undefined ? {} : { comment: c };
  if (system && !body.FUNCTION()) b.error(b.tok(ctx.SYSTEM()!), 'syntax/unexpected-token', 'SYSTEM is only allowed for TEMPORARY SYSTEM FUNCTION');
  if (body.TABLE() && !body.MATERIALIZED()) return createTable(b, body.createTableBody()!, { orReplace, replaceOnly: false, temporary }, at);
  if (body.CATALOG()) return { kind: 'createCatalog', ifNotExists, name: identifier(b, body.identifier()!), ...withComment, options: withOptions(b, body.withOptions()), ...at };
  const name = objectName(b, body.tablePath()!);
  if (body.DATABASE()) return { kind: 'createDatabase', ifNotExists, name, ...withComment, options: withOptions(b, body.withOptions()), ...at };
  if (body.VIEW()) {
    return { kind: 'createView', orReplace, temporary, ifNotExists, name, columns: columnNames(b, body.columnNameList()), ...withComment, query: query(b, body.query()!), ...at };
  }
  if (body.FUNCTION()) {
    const lang = body.identifier();
    const jars = body.usingJars();
    return {
      kind: 'createFunction',
      orReplace,
      temporary,
      system,
      ifNotExists,
      name,
      className: stringValue(body.stringLiteral()!),
      ...(lang ? { language: lang.getText().toUpperCase() } : {}),
      jars: jars ? jars.stringLiteral().map(stringValue) : [],
      ...at,
    };
  }
  if (body.MODEL()) {
    const inputs: ColumnDefinition[] = [];
    const outputs: ColumnDefinition[] = [];
    const outTok = body.OUTPUT()?.symbol.tokenIndex ?? Infinity;
    for (const col of body.columnDefinition()) (col.start!.tokenIndex > outTok ? outputs : inputs).push(columnDefinition(b, col));
    const q = body.query();
    return { kind: 'createModel', orReplace, temporary, ifNotExists, name, inputs, outputs, ...withComment, options: withOptions(b, body.withOptions()), ...(q ? { asQuery: query(b, q) } : {}), ...at };
  }
  if (body.CONNECTION()) return { kind: 'createConnection', orReplace, temporary, ifNotExists, name, ...withComment, options: withOptions(b, body.withOptions()), ...at };
  // MATERIALIZED TABLE
  const fresh = body.freshness();
  const mode = body.refreshMode();
  const pb = body.partitionedBy();
  return {
    kind: 'createMaterializedTable',
    orAlter: ctx.ALTER() !== null,
    ifNotExists,
    name,
    ...tableSchema(b, body.tableElement()),
    ...withComment,
    ...distribution(b, body.distribution()),
    partitionedBy: pb ? columnNames(b, pb.columnNameList()) : [],
    options: withOptions(b, body.withOptions()),
    ...(fresh ? { freshness: intervalLiteral(b, fresh.intervalLiteral()) } : {}),
    ...(mode ? { refreshMode: mode.getChild(2)!.getText().toUpperCase() } : {}),
    query: query(b, body.query()!),
    ...at,
  };
}

function createTable(
  b: Builder,
  body: P.CreateTableBodyContext,
  flags: { orReplace: boolean; replaceOnly: boolean; temporary: boolean },
  at: ReturnType<Builder['loc']>,
): Statement {
  const c = comment(body.commentClause());
  const pb = body.partitionedBy();
  const like = body.likeClause();
  const q = body.query();
  if (flags.orReplace && !q) b.error(at, 'syntax/replace-needs-query', 'CREATE OR REPLACE TABLE and REPLACE TABLE need AS SELECT ...');
  return {
    kind: 'createTable',
    ...flags,
    ifNotExists: body.ifNotExists() !== null,
    name: objectName(b, body.tablePath()),
    ...tableSchema(b, body.tableElement()),
    ...(c === undefined ? {} : { comment: c }),
    ...distribution(b, body.distribution()),
    partitionedBy: pb ? columnNames(b, pb.columnNameList()) : [],
    options: withOptions(b, body.withOptions()),
    ...(like
      ? {
          like: {
            kind: 'like' as const,
            source: objectName(b, like.tablePath()),
            options: like.likeOption().map((o) => ({
              kind: 'likeOption' as const,
              mode: o.getChild(0)!.getText().toUpperCase() as LikeOption['mode'],
              what: o.getChild(1)!.getText().toUpperCase() as LikeOption['what'],
              ...b.loc(o),
            })),
            ...b.loc(like),
          },
        }
      : {}),
    ...(q ? { asQuery: query(b, q) } : {}),
    ...at,
  };
}

function propertyAction(b: Builder, ctx: P.AlterStatementContext): PropertyAction {
  const at = b.loc(ctx);
  const props = ctx.propertyList();
  if (props) return { kind: 'setOptions', options: properties(b, props), ...at };
  const keys = ctx.keyList();
  if (keys) return { kind: 'resetOptions', keys: keyList(keys), ...at };
  return { kind: 'rename', newName: objectName(b, ctx.tablePath(1)!), ...at };
}

function alter(b: Builder, ctx: P.AlterStatementContext): Statement {
  const at = b.loc(ctx);
  const temporary = ctx.TEMPORARY();
  const system = ctx.SYSTEM();
  if (system && !ctx.FUNCTION()) b.error(b.tok(system), 'syntax/unexpected-token', 'SYSTEM is only allowed for TEMPORARY SYSTEM FUNCTION');
  if (temporary && !ctx.FUNCTION() && !ctx.CONNECTION()) b.error(b.tok(temporary), 'syntax/unexpected-token', 'TEMPORARY is only allowed for functions and connections here');
  if (ctx.CATALOG()) {
    const cc = ctx.commentClause();
    const action = cc ? { kind: 'comment' as const, comment: comment(cc)!, ...b.loc(cc) } : propertyAction(b, ctx);
    return { kind: 'alterCatalog', name: identifier(b, ctx.identifier()!), action, ...at };
  }
  const name = objectName(b, ctx.tablePath(0)!);
  const ifExists = ctx.ifExists() !== null;
  if (ctx.DATABASE()) return { kind: 'alterDatabase', name, options: properties(b, ctx.propertyList()), ...at };
  if (ctx.MATERIALIZED()) {
    const a = ctx.alterMaterializedTableAction()!;
    const aat = b.loc(a);
    const iv = a.intervalLiteral();
    const q = a.query();
    const action = a.SUSPEND()
      ? { kind: 'suspend' as const, ...aat }
      : a.RESUME()
        ? { kind: 'resume' as const, options: withOptions(b, a.withOptions()), ...aat }
        : a.REFRESH()
          ? { kind: 'refresh' as const, partition: partitionSpec(b, a.partitionSpec()), ...aat }
          : iv
            ? { kind: 'setFreshness' as const, freshness: intervalLiteral(b, iv), ...aat }
            : q
              ? { kind: 'asQuery' as const, query: query(b, q), ...aat }
              : { kind: 'setRefreshMode' as const, refreshMode: a.getChild(3)!.getText().toUpperCase(), ...aat };
    return { kind: 'alterMaterializedTable', name, action, ...at };
  }
  if (ctx.TABLE()) return { kind: 'alterTable', ifExists, name, action: alterTableAction(b, ctx.alterTableAction()!), ...at };
  if (ctx.VIEW()) {
    const q = ctx.query();
    return {
      kind: 'alterView',
      name,
      action: q ? { kind: 'asQuery', query: query(b, q), ...b.loc(q) } : { kind: 'rename', newName: objectName(b, ctx.tablePath(1)!), ...at },
      ...at,
    };
  }
  if (ctx.FUNCTION()) {
    const lang = ctx.identifier();
    return {
      kind: 'alterFunction',
      temporary: ctx.TEMPORARY() !== null,
      system: ctx.SYSTEM() !== null,
      ifExists,
      name,
      className: stringValue(ctx.stringLiteral()!),
      ...(lang ? { language: lang.getText().toUpperCase() } : {}),
      ...at,
    };
  }
  return { kind: ctx.MODEL() ? 'alterModel' : 'alterConnection', temporary: ctx.TEMPORARY() !== null, ifExists, name, action: propertyAction(b, ctx), ...at };
}

function alterElement(b: Builder, ctx: P.AlterElementContext): AlterElement {
  const col = ctx.columnDefinition();
  const wm = ctx.watermarkDefinition();
  const pos = ctx.columnPosition();
  const element = col ? columnDefinition(b, col) : wm ? watermark(b, wm) : tableConstraint(b, ctx.tableConstraint()!);
  const position = pos ? (pos.FIRST() ? { first: true as const } : { first: false as const, after: identifier(b, pos.identifier()!) }) : undefined;
  if (col) {
    const pk = primaryKeyOfColumn(b, col);
    if (pk) b.error(pk, 'syntax/unexpected-token', 'declare the primary key as its own element: ADD PRIMARY KEY (col) NOT ENFORCED');
  }
  return { kind: 'alterElement', element, ...(position ? { position } : {}), ...b.loc(ctx) };
}

function alterTableAction(b: Builder, ctx: P.AlterTableActionContext): AlterTableAction {
  const at = b.loc(ctx);
  if (ctx.RENAME()) {
    const q = ctx.qualifiedName();
    if (q) return { kind: 'renameColumn', column: objectName(b, q), newName: identifier(b, ctx.identifier()!), ...at };
    return { kind: 'rename', newName: objectName(b, ctx.tablePath()!), ...at };
  }
  const props = ctx.propertyList();
  if (props) return { kind: 'setOptions', options: properties(b, props), ...at };
  const keys = ctx.keyList();
  if (keys) return { kind: 'resetOptions', keys: keyList(keys), ...at };
  const change = ctx.alterChange();
  if (change) {
    const verb = ctx.ADD() ? 'add' : 'modify';
    const dist = change.alterDistribution();
    if (dist) return { kind: verb === 'add' ? 'addDistribution' : 'modifyDistribution', distribution: distribution(b, dist).distribution!, ...at };
    const specs = change.partitionSpec();
    if (specs.length > 0) {
      if (verb === 'modify') b.error(at, 'syntax/unexpected-token', 'partitions can be added or dropped, not modified');
      const opts = change.withOptions();
      // each partition spec owns the WITH that follows it
      const partitions = specs.map((s, i) => {
        const next = specs[i + 1]?.start!.tokenIndex ?? Infinity;
        const w = opts.find((o) => o.start!.tokenIndex > s.stop!.tokenIndex && o.start!.tokenIndex < next) ?? null;
        return { values: partitionSpec(b, s), options: withOptions(b, w) };
      });
      return { kind: 'addPartitions', ifNotExists: change.ifNotExists() !== null, partitions, ...at };
    }
    const elements = change.alterElement().map((e) => alterElement(b, e));
    return { kind: verb === 'add' ? 'addElements' : 'modifyElements', elements, ...at };
  }
  const specs = ctx.partitionSpec();
  if (specs.length > 0) return { kind: 'dropPartitions', ifExists: ctx.ifExists() !== null, partitions: specs.map((s) => partitionSpec(b, s)), ...at };
  if (ctx.PRIMARY()) return { kind: 'dropPrimaryKey', ...at };
  if (ctx.CONSTRAINT()) return { kind: 'dropConstraint', name: identifier(b, ctx.identifier()!), ...at };
  if (ctx.WATERMARK()) return { kind: 'dropWatermark', ...at };
  if (ctx.DISTRIBUTION()) return { kind: 'dropDistribution', ...at };
  const q = ctx.qualifiedName();
  const columns: ObjectName[] = q
    ? [objectName(b, q)]
    : columnNames(b, ctx.columnNameList()).map((id) => ({ kind: 'objectName' as const, parts: [id], range: id.range, start: id.start, end: id.end }));
  return { kind: 'dropColumns', columns, ...at };
}

function drop(b: Builder, ctx: P.DropStatementContext): Statement {
  const kindText = ctx.dropKind().getText().toUpperCase();
  const objectKind = (kindText === 'MATERIALIZEDTABLE' ? 'MATERIALIZED TABLE' : kindText) as Exclude<ObjectKind, 'JOB'>;
  const behavior = ctx.RESTRICT() ? 'RESTRICT' : ctx.CASCADE() ? 'CASCADE' : undefined;
  if (ctx.SYSTEM() && objectKind !== 'FUNCTION') b.error(b.tok(ctx.SYSTEM()!), 'syntax/unexpected-token', 'SYSTEM is only allowed for TEMPORARY SYSTEM FUNCTION');
  return {
    kind: 'drop',
    objectKind,
    temporary: ctx.TEMPORARY() !== null,
    system: ctx.SYSTEM() !== null,
    ifExists: ctx.ifExists() !== null,
    name: objectName(b, ctx.tablePath()),
    ...(behavior ? { behavior } : {}),
    ...b.loc(ctx),
  };
}

function show(b: Builder, ctx: P.ShowStatementContext): Statement {
  const at = b.loc(ctx);
  const path = ctx.tablePath();
  const lp = ctx.likePattern();
  const target = path ? { target: objectName(b, path) } : {};
  const like = lp
    ? { like: { kind: 'likePattern' as const, negated: lp.NOT() !== null, ilike: lp.ILIKE() !== null, pattern: stringValue(lp.stringLiteral()), ...b.loc(lp) } }
    : {};
  const partition = partitionSpec(b, ctx.partitionSpec());
  let what: string;
  if (ctx.CURRENT()) what = `CURRENT ${ctx.CATALOG() ? 'CATALOG' : 'DATABASE'}`;
  else if (ctx.CREATE()) {
    const words: string[] = [];
    for (let i = 2; i < ctx.getChildCount() - 1; i++) words.push(ctx.getChild(i)!.getText().toUpperCase());
    what = `CREATE ${words.join(' ')}`;
  } else if (ctx.COLUMNS()) what = 'COLUMNS';
  else if (ctx.PARTITIONS()) what = 'PARTITIONS';
  else what = ctx.showKind()!.getText().toUpperCase().replace('MATERIALIZEDTABLES', 'MATERIALIZED TABLES');
  const modifier = ctx.FULL() ? 'FULL' : ctx.USER() ? 'USER' : undefined;
  return { kind: 'show', what, ...(modifier ? { modifier } : {}), ...target, ...like, partition, ...at };
}
