/**
 * Statements: every kind of Flink 2.x SQL statement, one discriminated union. DDL shapes follow
 * the Flink docs (CREATE TABLE columns: physical, computed, metadata; watermark; primary key;
 * distribution; partitioning; options; LIKE; AS query).
 */
import type { DataType } from './data-type';
import type { CallArgument, Expression, IntervalLiteral, Literal } from './expression';
import type { Identifier, Node, ObjectName, Property } from './node';
import type { Hint, Query } from './query';

export interface QueryStatement extends Node {
  readonly kind: 'queryStatement';
  readonly query: Query;
}

export interface PartitionValue extends Node {
  readonly kind: 'partitionValue';
  readonly column: Identifier;
  readonly value?: Literal;
}

export interface Insert extends Node {
  readonly kind: 'insert';
  readonly upsert: boolean;
  readonly overwrite: boolean;
  readonly table: ObjectName;
  readonly hints: readonly Hint[];
  readonly partition: readonly PartitionValue[];
  readonly columns?: readonly Identifier[];
  readonly query: Query;
}

/** `[EXECUTE] STATEMENT SET BEGIN insert; ... END`. */
export interface StatementSet extends Node {
  readonly kind: 'statementSet';
  readonly inserts: readonly Insert[];
}

/** `BEGIN STATEMENT SET` (SQL client style; inserts follow as statements until `END`). */
export interface BeginStatementSet extends Node {
  readonly kind: 'beginStatementSet';
}

export interface EndStatementSet extends Node {
  readonly kind: 'endStatementSet';
}

export type Executable = QueryStatement | Insert | StatementSet;

export interface Execute extends Node {
  readonly kind: 'execute';
  readonly target: Executable;
}

export interface ExecutePlan extends Node {
  readonly kind: 'executePlan';
  readonly planFile: string;
}

export interface Explain extends Node {
  readonly kind: 'explain';
  /** ESTIMATED_COST, CHANGELOG_MODE, PLAN_ADVICE, JSON_EXECUTION_PLAN (upper case). */
  readonly details: readonly string[];
  readonly planFor: boolean;
  readonly target: Executable | Execute;
}

export interface CompilePlan extends Node {
  readonly kind: 'compilePlan';
  readonly andExecute: boolean;
  readonly planFile: string;
  readonly ifNotExists: boolean;
  readonly target: Insert | StatementSet;
}

export interface PrimaryKey extends Node {
  readonly kind: 'primaryKey';
  readonly constraintName?: Identifier;
  readonly columns: readonly Identifier[];
}

export interface PhysicalColumn extends Node {
  readonly kind: 'physicalColumn';
  readonly name: Identifier;
  readonly type: DataType;
  readonly comment?: string;
}

export interface MetadataColumn extends Node {
  readonly kind: 'metadataColumn';
  readonly name: Identifier;
  readonly type: DataType;
  /** METADATA FROM 'key'; the column name is the key when omitted. */
  readonly metadataKey?: string;
  readonly virtual: boolean;
  readonly comment?: string;
}

export interface ComputedColumn extends Node {
  readonly kind: 'computedColumn';
  readonly name: Identifier;
  readonly expression: Expression;
  readonly comment?: string;
}

export type ColumnDefinition = PhysicalColumn | MetadataColumn | ComputedColumn;

export interface Watermark extends Node {
  readonly kind: 'watermark';
  readonly column: ObjectName;
  readonly expression: Expression;
}

export interface Distribution extends Node {
  readonly kind: 'distribution';
  /** HASH, RANGE or another algorithm name, upper case; undefined when not given. */
  readonly algorithm?: string;
  readonly columns: readonly Identifier[];
  readonly buckets?: number;
}

export interface LikeOption extends Node {
  readonly kind: 'likeOption';
  readonly mode: 'INCLUDING' | 'EXCLUDING' | 'OVERWRITING';
  readonly what: 'ALL' | 'CONSTRAINTS' | 'PARTITIONS' | 'DISTRIBUTION' | 'GENERATED' | 'OPTIONS' | 'WATERMARKS' | 'METADATA';
}

export interface LikeClause extends Node {
  readonly kind: 'like';
  readonly source: ObjectName;
  readonly options: readonly LikeOption[];
}

/** The table-element part shared by CREATE TABLE, CREATE MATERIALIZED TABLE and ALTER TABLE ADD. */
export interface TableSchema {
  readonly columns: readonly ColumnDefinition[];
  readonly watermarks: readonly Watermark[];
  readonly primaryKey?: PrimaryKey;
}

export interface CreateTable extends Node, TableSchema {
  readonly kind: 'createTable';
  /** CREATE OR REPLACE / REPLACE TABLE ... AS. */
  readonly orReplace: boolean;
  /** REPLACE TABLE without CREATE. */
  readonly replaceOnly: boolean;
  readonly temporary: boolean;
  readonly ifNotExists: boolean;
  readonly name: ObjectName;
  readonly comment?: string;
  readonly distribution?: Distribution;
  readonly partitionedBy: readonly Identifier[];
  readonly options: readonly Property[];
  readonly like?: LikeClause;
  readonly asQuery?: Query;
}

export interface CreateMaterializedTable extends Node, TableSchema {
  readonly kind: 'createMaterializedTable';
  readonly orAlter: boolean;
  readonly ifNotExists: boolean;
  readonly name: ObjectName;
  readonly comment?: string;
  readonly distribution?: Distribution;
  readonly partitionedBy: readonly Identifier[];
  readonly options: readonly Property[];
  readonly freshness?: IntervalLiteral;
  /** FULL or CONTINUOUS (upper case, as written). */
  readonly refreshMode?: string;
  readonly query: Query;
}

export interface CreateCatalog extends Node {
  readonly kind: 'createCatalog';
  readonly ifNotExists: boolean;
  readonly name: Identifier;
  readonly comment?: string;
  readonly options: readonly Property[];
}

export interface CreateDatabase extends Node {
  readonly kind: 'createDatabase';
  readonly ifNotExists: boolean;
  readonly name: ObjectName;
  readonly comment?: string;
  readonly options: readonly Property[];
}

export interface CreateView extends Node {
  readonly kind: 'createView';
  readonly orReplace: boolean;
  readonly temporary: boolean;
  readonly ifNotExists: boolean;
  readonly name: ObjectName;
  readonly columns: readonly Identifier[];
  readonly comment?: string;
  readonly query: Query;
}

export interface CreateFunction extends Node {
  readonly kind: 'createFunction';
  readonly orReplace: boolean;
  readonly temporary: boolean;
  readonly system: boolean;
  readonly ifNotExists: boolean;
  readonly name: ObjectName;
  readonly className: string;
  /** JAVA, SCALA or PYTHON, upper case. */
  readonly language?: string;
  readonly jars: readonly string[];
}

export interface CreateModel extends Node {
  readonly kind: 'createModel';
  readonly orReplace: boolean;
  readonly temporary: boolean;
  readonly ifNotExists: boolean;
  readonly name: ObjectName;
  readonly inputs: readonly ColumnDefinition[];
  readonly outputs: readonly ColumnDefinition[];
  readonly comment?: string;
  readonly options: readonly Property[];
  readonly asQuery?: Query;
}

export interface CreateConnection extends Node {
  readonly kind: 'createConnection';
  readonly orReplace: boolean;
  readonly temporary: boolean;
  readonly ifNotExists: boolean;
  readonly name: ObjectName;
  readonly comment?: string;
  readonly options: readonly Property[];
}

export type PropertyAction =
  | (Node & { readonly kind: 'setOptions'; readonly options: readonly Property[] })
  | (Node & { readonly kind: 'resetOptions'; readonly keys: readonly string[] })
  | (Node & { readonly kind: 'rename'; readonly newName: ObjectName });

export interface AlterCatalog extends Node {
  readonly kind: 'alterCatalog';
  readonly name: Identifier;
  readonly action: PropertyAction | (Node & { readonly kind: 'comment'; readonly comment: string });
}

export interface AlterDatabase extends Node {
  readonly kind: 'alterDatabase';
  readonly name: ObjectName;
  readonly options: readonly Property[];
}

export interface AlterElement extends Node {
  readonly kind: 'alterElement';
  readonly element: ColumnDefinition | Watermark | PrimaryKey;
  readonly position?: { readonly first: true } | { readonly first: false; readonly after: Identifier };
}

export type AlterTableAction =
  | PropertyAction
  | (Node & { readonly kind: 'renameColumn'; readonly column: ObjectName; readonly newName: Identifier })
  | (Node & { readonly kind: 'addElements' | 'modifyElements'; readonly elements: readonly AlterElement[] })
  | (Node & { readonly kind: 'addDistribution' | 'modifyDistribution'; readonly distribution: Distribution })
  | (Node & {
      readonly kind: 'addPartitions';
      readonly ifNotExists: boolean;
      readonly partitions: readonly { readonly values: readonly PartitionValue[]; readonly options: readonly Property[] }[];
    })
  | (Node & { readonly kind: 'dropPartitions'; readonly ifExists: boolean; readonly partitions: readonly (readonly PartitionValue[])[] })
  | (Node & { readonly kind: 'dropPrimaryKey' | 'dropWatermark' | 'dropDistribution' })
  | (Node & { readonly kind: 'dropConstraint'; readonly name: Identifier })
  | (Node & { readonly kind: 'dropColumns'; readonly columns: readonly ObjectName[] });

export interface AlterTable extends Node {
  readonly kind: 'alterTable';
  readonly ifExists: boolean;
  readonly name: ObjectName;
  readonly action: AlterTableAction;
}

export interface AlterView extends Node {
  readonly kind: 'alterView';
  readonly name: ObjectName;
  readonly action: (Node & { readonly kind: 'rename'; readonly newName: ObjectName }) | (Node & { readonly kind: 'asQuery'; readonly query: Query });
}

export interface AlterFunction extends Node {
  readonly kind: 'alterFunction';
  readonly temporary: boolean;
  readonly system: boolean;
  readonly ifExists: boolean;
  readonly name: ObjectName;
  readonly className: string;
  readonly language?: string;
}

export interface AlterModel extends Node {
  readonly kind: 'alterModel' | 'alterConnection';
  readonly temporary: boolean;
  readonly ifExists: boolean;
  readonly name: ObjectName;
  readonly action: PropertyAction;
}

export type AlterMaterializedTableAction =
  | (Node & { readonly kind: 'suspend' })
  | (Node & { readonly kind: 'resume'; readonly options: readonly Property[] })
  | (Node & { readonly kind: 'refresh'; readonly partition: readonly PartitionValue[] })
  | (Node & { readonly kind: 'setFreshness'; readonly freshness: IntervalLiteral })
  | (Node & { readonly kind: 'setRefreshMode'; readonly refreshMode: string })
  | (Node & { readonly kind: 'asQuery'; readonly query: Query });

export interface AlterMaterializedTable extends Node {
  readonly kind: 'alterMaterializedTable';
  readonly name: ObjectName;
  readonly action: AlterMaterializedTableAction;
}

export type ObjectKind =
  | 'CATALOG'
  | 'DATABASE'
  | 'TABLE'
  | 'VIEW'
  | 'FUNCTION'
  | 'MODEL'
  | 'CONNECTION'
  | 'MATERIALIZED TABLE'
  | 'JOB';

export interface Drop extends Node {
  readonly kind: 'drop';
  readonly objectKind: Exclude<ObjectKind, 'JOB'>;
  readonly temporary: boolean;
  readonly system: boolean;
  readonly ifExists: boolean;
  readonly name: ObjectName;
  readonly behavior?: 'RESTRICT' | 'CASCADE';
}

export interface LikePattern extends Node {
  readonly kind: 'likePattern';
  readonly negated: boolean;
  readonly ilike: boolean;
  readonly pattern: string;
}

/**
 * Every SHOW: `what` is CATALOGS, DATABASES, TABLES, VIEWS, FUNCTIONS, PROCEDURES, MODULES, JARS,
 * JOBS, MODELS, CONNECTIONS, MATERIALIZED TABLES, COLUMNS, PARTITIONS, CURRENT CATALOG,
 * CURRENT DATABASE, or CREATE <object kind>.
 */
export interface Show extends Node {
  readonly kind: 'show';
  readonly what: string;
  /** FULL (MODULES) or USER (FUNCTIONS). */
  readonly modifier?: 'FULL' | 'USER';
  /** SHOW TABLES FROM db, SHOW COLUMNS FROM t, SHOW CREATE TABLE t, SHOW PARTITIONS t. */
  readonly target?: ObjectName;
  readonly like?: LikePattern;
  readonly partition: readonly PartitionValue[];
}

export interface Describe extends Node {
  readonly kind: 'describe';
  readonly objectKind?: ObjectKind;
  readonly extended: boolean;
  readonly name?: ObjectName;
  /** DESCRIBE JOB 'id'. */
  readonly jobId?: string;
}

export interface UseCatalog extends Node {
  readonly kind: 'useCatalog';
  readonly name: Identifier;
}

export interface UseDatabase extends Node {
  readonly kind: 'useDatabase';
  readonly name: ObjectName;
}

export interface UseModules extends Node {
  readonly kind: 'useModules';
  readonly names: readonly Identifier[];
}

export interface LoadModule extends Node {
  readonly kind: 'loadModule';
  readonly name: Identifier;
  readonly options: readonly Property[];
}

export interface UnloadModule extends Node {
  readonly kind: 'unloadModule';
  readonly name: Identifier;
}

export interface SetOption extends Node {
  readonly kind: 'set';
  /** Absent for a bare SET (lists the options). */
  readonly property?: Property;
}

export interface ResetOption extends Node {
  readonly kind: 'reset';
  readonly key?: string;
}

export interface Jar extends Node {
  readonly kind: 'addJar' | 'removeJar';
  readonly path: string;
}

export interface AnalyzeTable extends Node {
  readonly kind: 'analyzeTable';
  readonly name: ObjectName;
  readonly partition: readonly PartitionValue[];
  /** FOR ALL COLUMNS -> 'ALL'; FOR COLUMNS a, b -> the names; none -> undefined. */
  readonly columns?: 'ALL' | readonly Identifier[];
}

export interface StopJob extends Node {
  readonly kind: 'stopJob';
  readonly jobId: string;
  readonly withSavepoint: boolean;
  readonly withDrain: boolean;
}

export interface TruncateTable extends Node {
  readonly kind: 'truncateTable';
  readonly name: ObjectName;
}

export interface Delete extends Node {
  readonly kind: 'delete';
  readonly table: ObjectName;
  readonly alias?: Identifier;
  readonly where?: Expression;
}

export interface Assignment extends Node {
  readonly kind: 'assignment';
  readonly column: Identifier;
  readonly value: Expression;
}

export interface Update extends Node {
  readonly kind: 'update';
  readonly table: ObjectName;
  readonly alias?: Identifier;
  readonly assignments: readonly Assignment[];
  readonly where?: Expression;
}

export interface Call extends Node {
  readonly kind: 'callProcedure';
  readonly procedure: ObjectName;
  readonly args: readonly CallArgument[];
}

export type Statement =
  | QueryStatement
  | Insert
  | StatementSet
  | BeginStatementSet
  | EndStatementSet
  | Execute
  | ExecutePlan
  | Explain
  | CompilePlan
  | CreateTable
  | CreateMaterializedTable
  | CreateCatalog
  | CreateDatabase
  | CreateView
  | CreateFunction
  | CreateModel
  | CreateConnection
  | AlterCatalog
  | AlterDatabase
  | AlterTable
  | AlterView
  | AlterFunction
  | AlterModel
  | AlterMaterializedTable
  | Drop
  | Show
  | Describe
  | UseCatalog
  | UseDatabase
  | UseModules
  | LoadModule
  | UnloadModule
  | SetOption
  | ResetOption
  | Jar
  | AnalyzeTable
  | StopJob
  | TruncateTable
  | Delete
  | Update
  | Call;

export type StatementKind = Statement['kind'];
