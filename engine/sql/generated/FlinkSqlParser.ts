// @ts-nocheck
// Generated from FlinkSqlParser.g4 by ANTLR 4.13.1

import * as antlr from "antlr4ng";
import { Token } from "antlr4ng";

// for running tests with parameters, TODO: discuss strategy for typed parameters in CI
// eslint-disable-next-line no-unused-vars
type int = number;


export class FlinkSqlParser extends antlr.Parser {
    public static readonly ABSENT = 1;
    public static readonly ADD = 2;
    public static readonly AFTER = 3;
    public static readonly ALL = 4;
    public static readonly ALTER = 5;
    public static readonly ANALYZE = 6;
    public static readonly AND = 7;
    public static readonly ANY = 8;
    public static readonly ARRAY = 9;
    public static readonly AS = 10;
    public static readonly ASC = 11;
    public static readonly ASYMMETRIC = 12;
    public static readonly BEGIN = 13;
    public static readonly BETWEEN = 14;
    public static readonly BOTH = 15;
    public static readonly BUCKETS = 16;
    public static readonly BY = 17;
    public static readonly CALL = 18;
    public static readonly CASCADE = 19;
    public static readonly CASE = 20;
    public static readonly CAST = 21;
    public static readonly CATALOG = 22;
    public static readonly CATALOGS = 23;
    public static readonly CEIL = 24;
    public static readonly CEILING = 25;
    public static readonly COLUMN = 26;
    public static readonly COLUMNS = 27;
    public static readonly COMMENT = 28;
    public static readonly COMPILE = 29;
    public static readonly COMPUTE = 30;
    public static readonly CONDITIONAL = 31;
    public static readonly CONNECTION = 32;
    public static readonly CONNECTIONS = 33;
    public static readonly CONSTRAINT = 34;
    public static readonly CONSTRAINTS = 35;
    public static readonly CREATE = 36;
    public static readonly CROSS = 37;
    public static readonly CUBE = 38;
    public static readonly CURRENT = 39;
    public static readonly DATABASE = 40;
    public static readonly DATABASES = 41;
    public static readonly DATE = 42;
    public static readonly DAY = 43;
    public static readonly DAYS = 44;
    public static readonly DEFAULT = 45;
    public static readonly DEFINE = 46;
    public static readonly DELETE = 47;
    public static readonly DESC = 48;
    public static readonly DESCRIBE = 49;
    public static readonly DESCRIPTOR = 50;
    public static readonly DISTINCT = 51;
    public static readonly DISTRIBUTED = 52;
    public static readonly DISTRIBUTION = 53;
    public static readonly DRAIN = 54;
    public static readonly DROP = 55;
    public static readonly ELSE = 56;
    public static readonly EMPTY = 57;
    public static readonly END = 58;
    public static readonly ENFORCED = 59;
    public static readonly ERROR = 60;
    public static readonly ESCAPE = 61;
    public static readonly EXCEPT = 62;
    public static readonly EXCLUDING = 63;
    public static readonly EXECUTE = 64;
    public static readonly EXISTS = 65;
    public static readonly EXPLAIN = 66;
    public static readonly EXTENDED = 67;
    public static readonly EXTRACT = 68;
    public static readonly FALSE = 69;
    public static readonly FETCH = 70;
    public static readonly FILTER = 71;
    public static readonly FIRST = 72;
    public static readonly FLOOR = 73;
    public static readonly FOLLOWING = 74;
    public static readonly FOR = 75;
    public static readonly FRESHNESS = 76;
    public static readonly FROM = 77;
    public static readonly FULL = 78;
    public static readonly FUNCTION = 79;
    public static readonly FUNCTIONS = 80;
    public static readonly GENERATED = 81;
    public static readonly GROUP = 82;
    public static readonly GROUPING = 83;
    public static readonly HAVING = 84;
    public static readonly HOUR = 85;
    public static readonly HOURS = 86;
    public static readonly IF = 87;
    public static readonly IGNORE = 88;
    public static readonly ILIKE = 89;
    public static readonly IN = 90;
    public static readonly INCLUDING = 91;
    public static readonly INNER = 92;
    public static readonly INPUT = 93;
    public static readonly INSERT = 94;
    public static readonly INTERSECT = 95;
    public static readonly INTERVAL = 96;
    public static readonly INTO = 97;
    public static readonly IS = 98;
    public static readonly JAR = 99;
    public static readonly JARS = 100;
    public static readonly JOB = 101;
    public static readonly JOBS = 102;
    public static readonly JOIN = 103;
    public static readonly JSON = 104;
    public static readonly KEY = 105;
    public static readonly LANGUAGE = 106;
    public static readonly LAST = 107;
    public static readonly LATERAL = 108;
    public static readonly LEADING = 109;
    public static readonly LEFT = 110;
    public static readonly LIKE = 111;
    public static readonly LIMIT = 112;
    public static readonly LOAD = 113;
    public static readonly LOCAL = 114;
    public static readonly MAP = 115;
    public static readonly MATCH = 116;
    public static readonly MATCH_RECOGNIZE = 117;
    public static readonly MATERIALIZED = 118;
    public static readonly MEASURES = 119;
    public static readonly METADATA = 120;
    public static readonly MINUTE = 121;
    public static readonly MINUTES = 122;
    public static readonly MODEL = 123;
    public static readonly MODELS = 124;
    public static readonly MODIFY = 125;
    public static readonly MODULE = 126;
    public static readonly MODULES = 127;
    public static readonly MONTH = 128;
    public static readonly MONTHS = 129;
    public static readonly MULTISET = 130;
    public static readonly NATURAL = 131;
    public static readonly NEXT = 132;
    public static readonly NOT = 133;
    public static readonly NULL = 134;
    public static readonly NULLS = 135;
    public static readonly OBJECT = 136;
    public static readonly OF = 137;
    public static readonly OFFSET = 138;
    public static readonly ON = 139;
    public static readonly ONE = 140;
    public static readonly ONLY = 141;
    public static readonly OPTIONS = 142;
    public static readonly OR = 143;
    public static readonly ORDER = 144;
    public static readonly ORDINALITY = 145;
    public static readonly OUTER = 146;
    public static readonly OUTPUT = 147;
    public static readonly OVER = 148;
    public static readonly OVERLAY = 149;
    public static readonly OVERWRITE = 150;
    public static readonly OVERWRITING = 151;
    public static readonly PARTITION = 152;
    public static readonly PARTITIONED = 153;
    public static readonly PARTITIONS = 154;
    public static readonly PAST = 155;
    public static readonly PATTERN = 156;
    public static readonly PER = 157;
    public static readonly PLACING = 158;
    public static readonly PLAN = 159;
    public static readonly POSITION = 160;
    public static readonly PRECEDING = 161;
    public static readonly PRECISION = 162;
    public static readonly PRIMARY = 163;
    public static readonly PROCEDURES = 164;
    public static readonly QUARTER = 165;
    public static readonly RANGE = 166;
    public static readonly RAW = 167;
    public static readonly REFRESH = 168;
    public static readonly REFRESH_MODE = 169;
    public static readonly REMOVE = 170;
    public static readonly RENAME = 171;
    public static readonly REPLACE = 172;
    public static readonly RESET = 173;
    public static readonly RESPECT = 174;
    public static readonly RESTRICT = 175;
    public static readonly RESUME = 176;
    public static readonly RETURNING = 177;
    public static readonly RIGHT = 178;
    public static readonly ROLLUP = 179;
    public static readonly ROW = 180;
    public static readonly ROWS = 181;
    public static readonly SAVEPOINT = 182;
    public static readonly SCALAR = 183;
    public static readonly SECOND = 184;
    public static readonly SECONDS = 185;
    public static readonly SELECT = 186;
    public static readonly SET = 187;
    public static readonly SETS = 188;
    public static readonly SHOW = 189;
    public static readonly SIMILAR = 190;
    public static readonly SKIP_ = 191;
    public static readonly SOME = 192;
    public static readonly STATEMENT = 193;
    public static readonly STATISTICS = 194;
    public static readonly STOP = 195;
    public static readonly SUBSET = 196;
    public static readonly SUBSTRING = 197;
    public static readonly SUSPEND = 198;
    public static readonly SYMMETRIC = 199;
    public static readonly SYSTEM = 200;
    public static readonly SYSTEM_TIME = 201;
    public static readonly TABLE = 202;
    public static readonly TABLES = 203;
    public static readonly TEMPORARY = 204;
    public static readonly THEN = 205;
    public static readonly TIME = 206;
    public static readonly TIMESTAMP = 207;
    public static readonly TO = 208;
    public static readonly TRAILING = 209;
    public static readonly TRIM = 210;
    public static readonly TRUE = 211;
    public static readonly TRUNCATE = 212;
    public static readonly TRY_CAST = 213;
    public static readonly UNBOUNDED = 214;
    public static readonly UNCONDITIONAL = 215;
    public static readonly UNION = 216;
    public static readonly UNKNOWN = 217;
    public static readonly UNLOAD = 218;
    public static readonly UNNEST = 219;
    public static readonly UPDATE = 220;
    public static readonly UPSERT = 221;
    public static readonly USE = 222;
    public static readonly USER = 223;
    public static readonly USING = 224;
    public static readonly VALUE = 225;
    public static readonly VALUES = 226;
    public static readonly VARYING = 227;
    public static readonly VIEW = 228;
    public static readonly VIEWS = 229;
    public static readonly VIRTUAL = 230;
    public static readonly WATERMARK = 231;
    public static readonly WATERMARKS = 232;
    public static readonly WEEK = 233;
    public static readonly WHEN = 234;
    public static readonly WHERE = 235;
    public static readonly WINDOW = 236;
    public static readonly WITH = 237;
    public static readonly WITHIN = 238;
    public static readonly WITHOUT = 239;
    public static readonly WRAPPER = 240;
    public static readonly YEAR = 241;
    public static readonly YEARS = 242;
    public static readonly ZONE = 243;
    public static readonly EQ = 244;
    public static readonly NEQ = 245;
    public static readonly LT = 246;
    public static readonly LTE = 247;
    public static readonly GT = 248;
    public static readonly GTE = 249;
    public static readonly ARROW = 250;
    public static readonly PLUS = 251;
    public static readonly MINUS_SIGN = 252;
    public static readonly STAR = 253;
    public static readonly SLASH = 254;
    public static readonly PERCENT = 255;
    public static readonly CONCAT = 256;
    public static readonly PIPE = 257;
    public static readonly LPAREN = 258;
    public static readonly RPAREN = 259;
    public static readonly LBRACKET = 260;
    public static readonly RBRACKET = 261;
    public static readonly LBRACE = 262;
    public static readonly RBRACE = 263;
    public static readonly COMMA = 264;
    public static readonly DOT = 265;
    public static readonly SEMICOLON = 266;
    public static readonly QUESTION = 267;
    public static readonly CARET = 268;
    public static readonly DOLLAR = 269;
    public static readonly STRING = 270;
    public static readonly UNICODE_STRING = 271;
    public static readonly BINARY_STRING = 272;
    public static readonly INTEGER_VALUE = 273;
    public static readonly DECIMAL_VALUE = 274;
    public static readonly EXPONENT_VALUE = 275;
    public static readonly IDENTIFIER = 276;
    public static readonly QUOTED_IDENTIFIER = 277;
    public static readonly HINT_START = 278;
    public static readonly WS = 279;
    public static readonly LINE_COMMENT = 280;
    public static readonly BLOCK_COMMENT = 281;
    public static readonly UNTERMINATED_BLOCK_COMMENT = 282;
    public static readonly UNTERMINATED_STRING = 283;
    public static readonly UNTERMINATED_QUOTED_IDENTIFIER = 284;
    public static readonly DOUBLE_QUOTED = 285;
    public static readonly ERROR_CHAR = 286;
    public static readonly HINT_END = 287;
    public static readonly HINT_NAME = 288;
    public static readonly HINT_STRING = 289;
    public static readonly HINT_QUOTED = 290;
    public static readonly HINT_NUMBER = 291;
    public static readonly HINT_EQ = 292;
    public static readonly HINT_COMMA = 293;
    public static readonly HINT_LPAREN = 294;
    public static readonly HINT_RPAREN = 295;
    public static readonly HINT_DOT = 296;
    public static readonly HINT_WS = 297;
    public static readonly HINT_ERROR_CHAR = 298;
    public static readonly RULE_singleStatement = 0;
    public static readonly RULE_statement = 1;
    public static readonly RULE_queryStatement = 2;
    public static readonly RULE_insertStatement = 3;
    public static readonly RULE_statementSetBlock = 4;
    public static readonly RULE_beginStatementSet = 5;
    public static readonly RULE_endStatementSet = 6;
    public static readonly RULE_explainStatement = 7;
    public static readonly RULE_explainDetail = 8;
    public static readonly RULE_explainable = 9;
    public static readonly RULE_executeStatement = 10;
    public static readonly RULE_compileStatement = 11;
    public static readonly RULE_deleteStatement = 12;
    public static readonly RULE_updateStatement = 13;
    public static readonly RULE_assignment = 14;
    public static readonly RULE_callStatement = 15;
    public static readonly RULE_truncateTable = 16;
    public static readonly RULE_createStatement = 17;
    public static readonly RULE_createBody = 18;
    public static readonly RULE_createTableBody = 19;
    public static readonly RULE_ifNotExists = 20;
    public static readonly RULE_ifExists = 21;
    public static readonly RULE_commentClause = 22;
    public static readonly RULE_usingJars = 23;
    public static readonly RULE_tableElement = 24;
    public static readonly RULE_columnDefinition = 25;
    public static readonly RULE_columnConstraint = 26;
    public static readonly RULE_watermarkDefinition = 27;
    public static readonly RULE_tableConstraint = 28;
    public static readonly RULE_distribution = 29;
    public static readonly RULE_partitionedBy = 30;
    public static readonly RULE_likeClause = 31;
    public static readonly RULE_likeOption = 32;
    public static readonly RULE_freshness = 33;
    public static readonly RULE_refreshMode = 34;
    public static readonly RULE_withOptions = 35;
    public static readonly RULE_propertyList = 36;
    public static readonly RULE_property = 37;
    public static readonly RULE_propertyKey = 38;
    public static readonly RULE_propertyValue = 39;
    public static readonly RULE_signedNumber = 40;
    public static readonly RULE_alterStatement = 41;
    public static readonly RULE_keyList = 42;
    public static readonly RULE_alterTableAction = 43;
    public static readonly RULE_alterChange = 44;
    public static readonly RULE_alterElement = 45;
    public static readonly RULE_alterDistribution = 46;
    public static readonly RULE_columnPosition = 47;
    public static readonly RULE_alterMaterializedTableAction = 48;
    public static readonly RULE_dropStatement = 49;
    public static readonly RULE_dropKind = 50;
    public static readonly RULE_showStatement = 51;
    public static readonly RULE_showKind = 52;
    public static readonly RULE_likePattern = 53;
    public static readonly RULE_describeStatement = 54;
    public static readonly RULE_describeKind = 55;
    public static readonly RULE_useStatement = 56;
    public static readonly RULE_loadModule = 57;
    public static readonly RULE_unloadModule = 58;
    public static readonly RULE_setStatement = 59;
    public static readonly RULE_resetStatement = 60;
    public static readonly RULE_addJar = 61;
    public static readonly RULE_removeJar = 62;
    public static readonly RULE_analyzeTable = 63;
    public static readonly RULE_stopJob = 64;
    public static readonly RULE_partitionSpec = 65;
    public static readonly RULE_partitionValue = 66;
    public static readonly RULE_query = 67;
    public static readonly RULE_withClause = 68;
    public static readonly RULE_commonTableExpression = 69;
    public static readonly RULE_queryExpression = 70;
    public static readonly RULE_setOperator = 71;
    public static readonly RULE_queryIntersect = 72;
    public static readonly RULE_queryPrimary = 73;
    public static readonly RULE_valuesClause = 74;
    public static readonly RULE_selectCore = 75;
    public static readonly RULE_whereClause = 76;
    public static readonly RULE_havingClause = 77;
    public static readonly RULE_selectItem = 78;
    public static readonly RULE_fromClause = 79;
    public static readonly RULE_tableReference = 80;
    public static readonly RULE_joinPart = 81;
    public static readonly RULE_joinType = 82;
    public static readonly RULE_joinCondition = 83;
    public static readonly RULE_tablePrimary = 84;
    public static readonly RULE_tableFactor = 85;
    public static readonly RULE_systemTime = 86;
    public static readonly RULE_tableAlias = 87;
    public static readonly RULE_groupBy = 88;
    public static readonly RULE_groupingElement = 89;
    public static readonly RULE_windowClause = 90;
    public static readonly RULE_namedWindow = 91;
    public static readonly RULE_windowSpec = 92;
    public static readonly RULE_windowFrame = 93;
    public static readonly RULE_frameBound = 94;
    public static readonly RULE_orderBy = 95;
    public static readonly RULE_orderItem = 96;
    public static readonly RULE_limitClause = 97;
    public static readonly RULE_offsetClause = 98;
    public static readonly RULE_fetchClause = 99;
    public static readonly RULE_matchRecognize = 100;
    public static readonly RULE_measure = 101;
    public static readonly RULE_rowsPerMatch = 102;
    public static readonly RULE_afterMatchSkip = 103;
    public static readonly RULE_pattern = 104;
    public static readonly RULE_patternTerm = 105;
    public static readonly RULE_patternFactor = 106;
    public static readonly RULE_patternPrimary = 107;
    public static readonly RULE_patternQuantifier = 108;
    public static readonly RULE_subsetDefinition = 109;
    public static readonly RULE_patternDefinition = 110;
    public static readonly RULE_hint = 111;
    public static readonly RULE_hintItem = 112;
    public static readonly RULE_hintOption = 113;
    public static readonly RULE_hintValue = 114;
    public static readonly RULE_expression = 115;
    public static readonly RULE_predicateSuffix = 116;
    public static readonly RULE_negation = 117;
    public static readonly RULE_comparisonOperator = 118;
    public static readonly RULE_valueExpression = 119;
    public static readonly RULE_primaryExpression = 120;
    public static readonly RULE_caseExpression = 121;
    public static readonly RULE_elseClause = 122;
    public static readonly RULE_whenClause = 123;
    public static readonly RULE_castExpression = 124;
    public static readonly RULE_extractExpression = 125;
    public static readonly RULE_positionExpression = 126;
    public static readonly RULE_trimExpression = 127;
    public static readonly RULE_overlayExpression = 128;
    public static readonly RULE_substringExpression = 129;
    public static readonly RULE_floorCeilExpression = 130;
    public static readonly RULE_constructorExpression = 131;
    public static readonly RULE_functionCall = 132;
    public static readonly RULE_functionName = 133;
    public static readonly RULE_callArgument = 134;
    public static readonly RULE_callArgumentValue = 135;
    public static readonly RULE_jsonClause = 136;
    public static readonly RULE_timeUnit = 137;
    public static readonly RULE_callTimeUnit = 138;
    public static readonly RULE_extractUnit = 139;
    public static readonly RULE_literal = 140;
    public static readonly RULE_number = 141;
    public static readonly RULE_stringLiteral = 142;
    public static readonly RULE_intervalLiteral = 143;
    public static readonly RULE_intervalQualifier = 144;
    public static readonly RULE_precisionSpec = 145;
    public static readonly RULE_dataType = 146;
    public static readonly RULE_nullability = 147;
    public static readonly RULE_typeCore = 148;
    public static readonly RULE_rowField = 149;
    public static readonly RULE_tablePath = 150;
    public static readonly RULE_qualifiedName = 151;
    public static readonly RULE_columnNameList = 152;
    public static readonly RULE_identifier = 153;
    public static readonly RULE_nonReservedKeyword = 154;

    public static readonly literalNames = [
        null, "'ABSENT'", "'ADD'", "'AFTER'", "'ALL'", "'ALTER'", "'ANALYZE'", 
        "'AND'", "'ANY'", "'ARRAY'", "'AS'", "'ASC'", "'ASYMMETRIC'", "'BEGIN'", 
        "'BETWEEN'", "'BOTH'", "'BUCKETS'", "'BY'", "'CALL'", "'CASCADE'", 
        "'CASE'", "'CAST'", "'CATALOG'", "'CATALOGS'", "'CEIL'", "'CEILING'", 
        "'COLUMN'", "'COLUMNS'", "'COMMENT'", "'COMPILE'", "'COMPUTE'", 
        "'CONDITIONAL'", "'CONNECTION'", "'CONNECTIONS'", "'CONSTRAINT'", 
        "'CONSTRAINTS'", "'CREATE'", "'CROSS'", "'CUBE'", "'CURRENT'", "'DATABASE'", 
        "'DATABASES'", "'DATE'", "'DAY'", "'DAYS'", "'DEFAULT'", "'DEFINE'", 
        "'DELETE'", "'DESC'", "'DESCRIBE'", "'DESCRIPTOR'", "'DISTINCT'", 
        "'DISTRIBUTED'", "'DISTRIBUTION'", "'DRAIN'", "'DROP'", "'ELSE'", 
        "'EMPTY'", "'END'", "'ENFORCED'", "'ERROR'", "'ESCAPE'", "'EXCEPT'", 
        "'EXCLUDING'", "'EXECUTE'", "'EXISTS'", "'EXPLAIN'", "'EXTENDED'", 
        "'EXTRACT'", "'FALSE'", "'FETCH'", "'FILTER'", "'FIRST'", "'FLOOR'", 
        "'FOLLOWING'", "'FOR'", "'FRESHNESS'", "'FROM'", "'FULL'", "'FUNCTION'", 
        "'FUNCTIONS'", "'GENERATED'", "'GROUP'", "'GROUPING'", "'HAVING'", 
        "'HOUR'", "'HOURS'", "'IF'", "'IGNORE'", "'ILIKE'", "'IN'", "'INCLUDING'", 
        "'INNER'", "'INPUT'", "'INSERT'", "'INTERSECT'", "'INTERVAL'", "'INTO'", 
        "'IS'", "'JAR'", "'JARS'", "'JOB'", "'JOBS'", "'JOIN'", "'JSON'", 
        "'KEY'", "'LANGUAGE'", "'LAST'", "'LATERAL'", "'LEADING'", "'LEFT'", 
        "'LIKE'", "'LIMIT'", "'LOAD'", "'LOCAL'", "'MAP'", "'MATCH'", "'MATCH_RECOGNIZE'", 
        "'MATERIALIZED'", "'MEASURES'", "'METADATA'", "'MINUTE'", "'MINUTES'", 
        "'MODEL'", "'MODELS'", "'MODIFY'", "'MODULE'", "'MODULES'", "'MONTH'", 
        "'MONTHS'", "'MULTISET'", "'NATURAL'", "'NEXT'", "'NOT'", "'NULL'", 
        "'NULLS'", "'OBJECT'", "'OF'", "'OFFSET'", "'ON'", "'ONE'", "'ONLY'", 
        "'OPTIONS'", "'OR'", "'ORDER'", "'ORDINALITY'", "'OUTER'", "'OUTPUT'", 
        "'OVER'", "'OVERLAY'", "'OVERWRITE'", "'OVERWRITING'", "'PARTITION'", 
        "'PARTITIONED'", "'PARTITIONS'", "'PAST'", "'PATTERN'", "'PER'", 
        "'PLACING'", "'PLAN'", "'POSITION'", "'PRECEDING'", "'PRECISION'", 
        "'PRIMARY'", "'PROCEDURES'", "'QUARTER'", "'RANGE'", "'RAW'", "'REFRESH'", 
        "'REFRESH_MODE'", "'REMOVE'", "'RENAME'", "'REPLACE'", "'RESET'", 
        "'RESPECT'", "'RESTRICT'", "'RESUME'", "'RETURNING'", "'RIGHT'", 
        "'ROLLUP'", "'ROW'", "'ROWS'", "'SAVEPOINT'", "'SCALAR'", "'SECOND'", 
        "'SECONDS'", "'SELECT'", "'SET'", "'SETS'", "'SHOW'", "'SIMILAR'", 
        "'SKIP'", "'SOME'", "'STATEMENT'", "'STATISTICS'", "'STOP'", "'SUBSET'", 
        "'SUBSTRING'", "'SUSPEND'", "'SYMMETRIC'", "'SYSTEM'", "'SYSTEM_TIME'", 
        "'TABLE'", "'TABLES'", "'TEMPORARY'", "'THEN'", "'TIME'", "'TIMESTAMP'", 
        "'TO'", "'TRAILING'", "'TRIM'", "'TRUE'", "'TRUNCATE'", "'TRY_CAST'", 
        "'UNBOUNDED'", "'UNCONDITIONAL'", "'UNION'", "'UNKNOWN'", "'UNLOAD'", 
        "'UNNEST'", "'UPDATE'", "'UPSERT'", "'USE'", "'USER'", "'USING'", 
        "'VALUE'", "'VALUES'", "'VARYING'", "'VIEW'", "'VIEWS'", "'VIRTUAL'", 
        "'WATERMARK'", "'WATERMARKS'", "'WEEK'", "'WHEN'", "'WHERE'", "'WINDOW'", 
        "'WITH'", "'WITHIN'", "'WITHOUT'", "'WRAPPER'", "'YEAR'", "'YEARS'", 
        "'ZONE'", null, null, "'<'", "'<='", "'>'", "'>='", "'=>'", "'+'", 
        "'-'", "'*'", "'/'", "'%'", "'||'", "'|'", null, null, "'['", "']'", 
        "'{'", "'}'", null, null, "';'", "'?'", "'^'", "'$'", null, null, 
        null, null, null, null, null, null, "'/*+'", null, null, null, null, 
        null, null, null, null, "'*/'"
    ];

    public static readonly symbolicNames = [
        null, "ABSENT", "ADD", "AFTER", "ALL", "ALTER", "ANALYZE", "AND", 
        "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC", "BEGIN", "BETWEEN", "BOTH", 
        "BUCKETS", "BY", "CALL", "CASCADE", "CASE", "CAST", "CATALOG", "CATALOGS", 
        "CEIL", "CEILING", "COLUMN", "COLUMNS", "COMMENT", "COMPILE", "COMPUTE", 
        "CONDITIONAL", "CONNECTION", "CONNECTIONS", "CONSTRAINT", "CONSTRAINTS", 
        "CREATE", "CROSS", "CUBE", "CURRENT", "DATABASE", "DATABASES", "DATE", 
        "DAY", "DAYS", "DEFAULT", "DEFINE", "DELETE", "DESC", "DESCRIBE", 
        "DESCRIPTOR", "DISTINCT", "DISTRIBUTED", "DISTRIBUTION", "DRAIN", 
        "DROP", "ELSE", "EMPTY", "END", "ENFORCED", "ERROR", "ESCAPE", "EXCEPT", 
        "EXCLUDING", "EXECUTE", "EXISTS", "EXPLAIN", "EXTENDED", "EXTRACT", 
        "FALSE", "FETCH", "FILTER", "FIRST", "FLOOR", "FOLLOWING", "FOR", 
        "FRESHNESS", "FROM", "FULL", "FUNCTION", "FUNCTIONS", "GENERATED", 
        "GROUP", "GROUPING", "HAVING", "HOUR", "HOURS", "IF", "IGNORE", 
        "ILIKE", "IN", "INCLUDING", "INNER", "INPUT", "INSERT", "INTERSECT", 
        "INTERVAL", "INTO", "IS", "JAR", "JARS", "JOB", "JOBS", "JOIN", 
        "JSON", "KEY", "LANGUAGE", "LAST", "LATERAL", "LEADING", "LEFT", 
        "LIKE", "LIMIT", "LOAD", "LOCAL", "MAP", "MATCH", "MATCH_RECOGNIZE", 
        "MATERIALIZED", "MEASURES", "METADATA", "MINUTE", "MINUTES", "MODEL", 
        "MODELS", "MODIFY", "MODULE", "MODULES", "MONTH", "MONTHS", "MULTISET", 
        "NATURAL", "NEXT", "NOT", "NULL", "NULLS", "OBJECT", "OF", "OFFSET", 
        "ON", "ONE", "ONLY", "OPTIONS", "OR", "ORDER", "ORDINALITY", "OUTER", 
        "OUTPUT", "OVER", "OVERLAY", "OVERWRITE", "OVERWRITING", "PARTITION", 
        "PARTITIONED", "PARTITIONS", "PAST", "PATTERN", "PER", "PLACING", 
        "PLAN", "POSITION", "PRECEDING", "PRECISION", "PRIMARY", "PROCEDURES", 
        "QUARTER", "RANGE", "RAW", "REFRESH", "REFRESH_MODE", "REMOVE", 
        "RENAME", "REPLACE", "RESET", "RESPECT", "RESTRICT", "RESUME", "RETURNING", 
        "RIGHT", "ROLLUP", "ROW", "ROWS", "SAVEPOINT", "SCALAR", "SECOND", 
        "SECONDS", "SELECT", "SET", "SETS", "SHOW", "SIMILAR", "SKIP_", 
        "SOME", "STATEMENT", "STATISTICS", "STOP", "SUBSET", "SUBSTRING", 
        "SUSPEND", "SYMMETRIC", "SYSTEM", "SYSTEM_TIME", "TABLE", "TABLES", 
        "TEMPORARY", "THEN", "TIME", "TIMESTAMP", "TO", "TRAILING", "TRIM", 
        "TRUE", "TRUNCATE", "TRY_CAST", "UNBOUNDED", "UNCONDITIONAL", "UNION", 
        "UNKNOWN", "UNLOAD", "UNNEST", "UPDATE", "UPSERT", "USE", "USER", 
        "USING", "VALUE", "VALUES", "VARYING", "VIEW", "VIEWS", "VIRTUAL", 
        "WATERMARK", "WATERMARKS", "WEEK", "WHEN", "WHERE", "WINDOW", "WITH", 
        "WITHIN", "WITHOUT", "WRAPPER", "YEAR", "YEARS", "ZONE", "EQ", "NEQ", 
        "LT", "LTE", "GT", "GTE", "ARROW", "PLUS", "MINUS_SIGN", "STAR", 
        "SLASH", "PERCENT", "CONCAT", "PIPE", "LPAREN", "RPAREN", "LBRACKET", 
        "RBRACKET", "LBRACE", "RBRACE", "COMMA", "DOT", "SEMICOLON", "QUESTION", 
        "CARET", "DOLLAR", "STRING", "UNICODE_STRING", "BINARY_STRING", 
        "INTEGER_VALUE", "DECIMAL_VALUE", "EXPONENT_VALUE", "IDENTIFIER", 
        "QUOTED_IDENTIFIER", "HINT_START", "WS", "LINE_COMMENT", "BLOCK_COMMENT", 
        "UNTERMINATED_BLOCK_COMMENT", "UNTERMINATED_STRING", "UNTERMINATED_QUOTED_IDENTIFIER", 
        "DOUBLE_QUOTED", "ERROR_CHAR", "HINT_END", "HINT_NAME", "HINT_STRING", 
        "HINT_QUOTED", "HINT_NUMBER", "HINT_EQ", "HINT_COMMA", "HINT_LPAREN", 
        "HINT_RPAREN", "HINT_DOT", "HINT_WS", "HINT_ERROR_CHAR"
    ];
    public static readonly ruleNames = [
        "singleStatement", "statement", "queryStatement", "insertStatement", 
        "statementSetBlock", "beginStatementSet", "endStatementSet", "explainStatement", 
        "explainDetail", "explainable", "executeStatement", "compileStatement", 
        "deleteStatement", "updateStatement", "assignment", "callStatement", 
        "truncateTable", "createStatement", "createBody", "createTableBody", 
        "ifNotExists", "ifExists", "commentClause", "usingJars", "tableElement", 
        "columnDefinition", "columnConstraint", "watermarkDefinition", "tableConstraint", 
        "distribution", "partitionedBy", "likeClause", "likeOption", "freshness", 
        "refreshMode", "withOptions", "propertyList", "property", "propertyKey", 
        "propertyValue", "signedNumber", "alterStatement", "keyList", "alterTableAction", 
        "alterChange", "alterElement", "alterDistribution", "columnPosition", 
        "alterMaterializedTableAction", "dropStatement", "dropKind", "showStatement", 
        "showKind", "likePattern", "describeStatement", "describeKind", 
        "useStatement", "loadModule", "unloadModule", "setStatement", "resetStatement", 
        "addJar", "removeJar", "analyzeTable", "stopJob", "partitionSpec", 
        "partitionValue", "query", "withClause", "commonTableExpression", 
        "queryExpression", "setOperator", "queryIntersect", "queryPrimary", 
        "valuesClause", "selectCore", "whereClause", "havingClause", "selectItem", 
        "fromClause", "tableReference", "joinPart", "joinType", "joinCondition", 
        "tablePrimary", "tableFactor", "systemTime", "tableAlias", "groupBy", 
        "groupingElement", "windowClause", "namedWindow", "windowSpec", 
        "windowFrame", "frameBound", "orderBy", "orderItem", "limitClause", 
        "offsetClause", "fetchClause", "matchRecognize", "measure", "rowsPerMatch", 
        "afterMatchSkip", "pattern", "patternTerm", "patternFactor", "patternPrimary", 
        "patternQuantifier", "subsetDefinition", "patternDefinition", "hint", 
        "hintItem", "hintOption", "hintValue", "expression", "predicateSuffix", 
        "negation", "comparisonOperator", "valueExpression", "primaryExpression", 
        "caseExpression", "elseClause", "whenClause", "castExpression", 
        "extractExpression", "positionExpression", "trimExpression", "overlayExpression", 
        "substringExpression", "floorCeilExpression", "constructorExpression", 
        "functionCall", "functionName", "callArgument", "callArgumentValue", 
        "jsonClause", "timeUnit", "callTimeUnit", "extractUnit", "literal", 
        "number", "stringLiteral", "intervalLiteral", "intervalQualifier", 
        "precisionSpec", "dataType", "nullability", "typeCore", "rowField", 
        "tablePath", "qualifiedName", "columnNameList", "identifier", "nonReservedKeyword",
    ];

    public get grammarFileName(): string { return "FlinkSqlParser.g4"; }
    public get literalNames(): (string | null)[] { return FlinkSqlParser.literalNames; }
    public get symbolicNames(): (string | null)[] { return FlinkSqlParser.symbolicNames; }
    public get ruleNames(): string[] { return FlinkSqlParser.ruleNames; }
    public get serializedATN(): number[] { return FlinkSqlParser._serializedATN; }

    protected createFailedPredicateException(predicate?: string, message?: string): antlr.FailedPredicateException {
        return new antlr.FailedPredicateException(this, predicate, message);
    }

    public constructor(input: antlr.TokenStream) {
        super(input);
        this.interpreter = new antlr.ParserATNSimulator(this, FlinkSqlParser._ATN, FlinkSqlParser.decisionsToDFA, new antlr.PredictionContextCache());
    }
    public singleStatement(): SingleStatementContext {
        let localContext = new SingleStatementContext(this.context, this.state);
        this.enterRule(localContext, 0, FlinkSqlParser.RULE_singleStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 310;
            this.statement();
            this.state = 312;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 266) {
                {
                this.state = 311;
                this.match(FlinkSqlParser.SEMICOLON);
                }
            }

            this.state = 314;
            this.match(FlinkSqlParser.EOF);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public statement(): StatementContext {
        let localContext = new StatementContext(this.context, this.state);
        this.enterRule(localContext, 2, FlinkSqlParser.RULE_statement);
        try {
            this.state = 342;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 316;
                this.queryStatement();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 317;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.EXPLAIN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 318;
                this.explainStatement();
                }
                break;
            case FlinkSqlParser.EXECUTE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 319;
                this.executeStatement();
                }
                break;
            case FlinkSqlParser.COMPILE:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 320;
                this.compileStatement();
                }
                break;
            case FlinkSqlParser.STATEMENT:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 321;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.BEGIN:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 322;
                this.beginStatementSet();
                }
                break;
            case FlinkSqlParser.END:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 323;
                this.endStatementSet();
                }
                break;
            case FlinkSqlParser.CREATE:
            case FlinkSqlParser.REPLACE:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 324;
                this.createStatement();
                }
                break;
            case FlinkSqlParser.ALTER:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 325;
                this.alterStatement();
                }
                break;
            case FlinkSqlParser.DROP:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 326;
                this.dropStatement();
                }
                break;
            case FlinkSqlParser.SHOW:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 327;
                this.showStatement();
                }
                break;
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIBE:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 328;
                this.describeStatement();
                }
                break;
            case FlinkSqlParser.USE:
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 329;
                this.useStatement();
                }
                break;
            case FlinkSqlParser.LOAD:
                this.enterOuterAlt(localContext, 15);
                {
                this.state = 330;
                this.loadModule();
                }
                break;
            case FlinkSqlParser.UNLOAD:
                this.enterOuterAlt(localContext, 16);
                {
                this.state = 331;
                this.unloadModule();
                }
                break;
            case FlinkSqlParser.SET:
                this.enterOuterAlt(localContext, 17);
                {
                this.state = 332;
                this.setStatement();
                }
                break;
            case FlinkSqlParser.RESET:
                this.enterOuterAlt(localContext, 18);
                {
                this.state = 333;
                this.resetStatement();
                }
                break;
            case FlinkSqlParser.ADD:
                this.enterOuterAlt(localContext, 19);
                {
                this.state = 334;
                this.addJar();
                }
                break;
            case FlinkSqlParser.REMOVE:
                this.enterOuterAlt(localContext, 20);
                {
                this.state = 335;
                this.removeJar();
                }
                break;
            case FlinkSqlParser.ANALYZE:
                this.enterOuterAlt(localContext, 21);
                {
                this.state = 336;
                this.analyzeTable();
                }
                break;
            case FlinkSqlParser.STOP:
                this.enterOuterAlt(localContext, 22);
                {
                this.state = 337;
                this.stopJob();
                }
                break;
            case FlinkSqlParser.TRUNCATE:
                this.enterOuterAlt(localContext, 23);
                {
                this.state = 338;
                this.truncateTable();
                }
                break;
            case FlinkSqlParser.DELETE:
                this.enterOuterAlt(localContext, 24);
                {
                this.state = 339;
                this.deleteStatement();
                }
                break;
            case FlinkSqlParser.UPDATE:
                this.enterOuterAlt(localContext, 25);
                {
                this.state = 340;
                this.updateStatement();
                }
                break;
            case FlinkSqlParser.CALL:
                this.enterOuterAlt(localContext, 26);
                {
                this.state = 341;
                this.callStatement();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public queryStatement(): QueryStatementContext {
        let localContext = new QueryStatementContext(this.context, this.state);
        this.enterRule(localContext, 4, FlinkSqlParser.RULE_queryStatement);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 344;
            this.query();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public insertStatement(): InsertStatementContext {
        let localContext = new InsertStatementContext(this.context, this.state);
        this.enterRule(localContext, 6, FlinkSqlParser.RULE_insertStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 346;
            _la = this.tokenStream.LA(1);
            if(!(_la === 94 || _la === 221)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 347;
            _la = this.tokenStream.LA(1);
            if(!(_la === 97 || _la === 150)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 348;
            this.tablePath();
            this.state = 350;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 278) {
                {
                this.state = 349;
                this.hint();
                }
            }

            this.state = 353;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 152) {
                {
                this.state = 352;
                this.partitionSpec();
                }
            }

            this.state = 356;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 4, this.context) ) {
            case 1:
                {
                this.state = 355;
                this.columnNameList();
                }
                break;
            }
            this.state = 358;
            this.query();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public statementSetBlock(): StatementSetBlockContext {
        let localContext = new StatementSetBlockContext(this.context, this.state);
        this.enterRule(localContext, 8, FlinkSqlParser.RULE_statementSetBlock);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 360;
            this.match(FlinkSqlParser.STATEMENT);
            this.state = 361;
            this.match(FlinkSqlParser.SET);
            this.state = 362;
            this.match(FlinkSqlParser.BEGIN);
            this.state = 366;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 363;
                this.insertStatement();
                this.state = 364;
                this.match(FlinkSqlParser.SEMICOLON);
                }
                }
                this.state = 368;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            } while (_la === 94 || _la === 221);
            this.state = 370;
            this.match(FlinkSqlParser.END);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public beginStatementSet(): BeginStatementSetContext {
        let localContext = new BeginStatementSetContext(this.context, this.state);
        this.enterRule(localContext, 10, FlinkSqlParser.RULE_beginStatementSet);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 372;
            this.match(FlinkSqlParser.BEGIN);
            this.state = 373;
            this.match(FlinkSqlParser.STATEMENT);
            this.state = 374;
            this.match(FlinkSqlParser.SET);
            this.state = 385;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 7, this.context) ) {
            case 1:
                {
                this.state = 375;
                this.match(FlinkSqlParser.SEMICOLON);
                this.state = 381;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 94 || _la === 221) {
                    {
                    {
                    this.state = 376;
                    this.insertStatement();
                    this.state = 377;
                    this.match(FlinkSqlParser.SEMICOLON);
                    }
                    }
                    this.state = 383;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 384;
                this.match(FlinkSqlParser.END);
                }
                break;
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public endStatementSet(): EndStatementSetContext {
        let localContext = new EndStatementSetContext(this.context, this.state);
        this.enterRule(localContext, 12, FlinkSqlParser.RULE_endStatementSet);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 387;
            this.match(FlinkSqlParser.END);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public explainStatement(): ExplainStatementContext {
        let localContext = new ExplainStatementContext(this.context, this.state);
        this.enterRule(localContext, 14, FlinkSqlParser.RULE_explainStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 389;
            this.match(FlinkSqlParser.EXPLAIN);
            this.state = 400;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 9, this.context) ) {
            case 1:
                {
                this.state = 390;
                this.match(FlinkSqlParser.PLAN);
                this.state = 391;
                this.match(FlinkSqlParser.FOR);
                }
                break;
            case 2:
                {
                this.state = 392;
                this.explainDetail();
                this.state = 397;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 393;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 394;
                    this.explainDetail();
                    }
                    }
                    this.state = 399;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            }
            this.state = 402;
            this.explainable();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public explainDetail(): ExplainDetailContext {
        let localContext = new ExplainDetailContext(this.context, this.state);
        this.enterRule(localContext, 16, FlinkSqlParser.RULE_explainDetail);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 404;
            this.identifier();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public explainable(): ExplainableContext {
        let localContext = new ExplainableContext(this.context, this.state);
        this.enterRule(localContext, 18, FlinkSqlParser.RULE_explainable);
        try {
            this.state = 415;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 406;
                this.query();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 407;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.STATEMENT:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 408;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.EXECUTE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 409;
                this.match(FlinkSqlParser.EXECUTE);
                this.state = 413;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.STATEMENT:
                    {
                    this.state = 410;
                    this.statementSetBlock();
                    }
                    break;
                case FlinkSqlParser.INSERT:
                case FlinkSqlParser.UPSERT:
                    {
                    this.state = 411;
                    this.insertStatement();
                    }
                    break;
                case FlinkSqlParser.SELECT:
                case FlinkSqlParser.TABLE:
                case FlinkSqlParser.VALUES:
                case FlinkSqlParser.WITH:
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 412;
                    this.query();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public executeStatement(): ExecuteStatementContext {
        let localContext = new ExecuteStatementContext(this.context, this.state);
        this.enterRule(localContext, 20, FlinkSqlParser.RULE_executeStatement);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 417;
            this.match(FlinkSqlParser.EXECUTE);
            this.state = 423;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STATEMENT:
                {
                this.state = 418;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                {
                this.state = 419;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                {
                this.state = 420;
                this.query();
                }
                break;
            case FlinkSqlParser.PLAN:
                {
                this.state = 421;
                this.match(FlinkSqlParser.PLAN);
                this.state = 422;
                this.stringLiteral();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public compileStatement(): CompileStatementContext {
        let localContext = new CompileStatementContext(this.context, this.state);
        this.enterRule(localContext, 22, FlinkSqlParser.RULE_compileStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 425;
            this.match(FlinkSqlParser.COMPILE);
            this.state = 428;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 7) {
                {
                this.state = 426;
                this.match(FlinkSqlParser.AND);
                this.state = 427;
                this.match(FlinkSqlParser.EXECUTE);
                }
            }

            this.state = 430;
            this.match(FlinkSqlParser.PLAN);
            this.state = 431;
            this.stringLiteral();
            this.state = 435;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 87) {
                {
                this.state = 432;
                this.match(FlinkSqlParser.IF);
                this.state = 433;
                this.match(FlinkSqlParser.NOT);
                this.state = 434;
                this.match(FlinkSqlParser.EXISTS);
                }
            }

            this.state = 437;
            this.match(FlinkSqlParser.FOR);
            this.state = 440;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STATEMENT:
                {
                this.state = 438;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                {
                this.state = 439;
                this.insertStatement();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public deleteStatement(): DeleteStatementContext {
        let localContext = new DeleteStatementContext(this.context, this.state);
        this.enterRule(localContext, 24, FlinkSqlParser.RULE_deleteStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 442;
            this.match(FlinkSqlParser.DELETE);
            this.state = 443;
            this.match(FlinkSqlParser.FROM);
            this.state = 444;
            this.tablePath();
            this.state = 449;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173925454) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || _la === 276 || _la === 277) {
                {
                this.state = 446;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 10) {
                    {
                    this.state = 445;
                    this.match(FlinkSqlParser.AS);
                    }
                }

                this.state = 448;
                this.identifier();
                }
            }

            this.state = 453;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 235) {
                {
                this.state = 451;
                this.match(FlinkSqlParser.WHERE);
                this.state = 452;
                this.expression(0);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public updateStatement(): UpdateStatementContext {
        let localContext = new UpdateStatementContext(this.context, this.state);
        this.enterRule(localContext, 26, FlinkSqlParser.RULE_updateStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 455;
            this.match(FlinkSqlParser.UPDATE);
            this.state = 456;
            this.tablePath();
            this.state = 461;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173925454) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || _la === 276 || _la === 277) {
                {
                this.state = 458;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 10) {
                    {
                    this.state = 457;
                    this.match(FlinkSqlParser.AS);
                    }
                }

                this.state = 460;
                this.identifier();
                }
            }

            this.state = 463;
            this.match(FlinkSqlParser.SET);
            this.state = 464;
            this.assignment();
            this.state = 469;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 465;
                this.match(FlinkSqlParser.COMMA);
                this.state = 466;
                this.assignment();
                }
                }
                this.state = 471;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 474;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 235) {
                {
                this.state = 472;
                this.match(FlinkSqlParser.WHERE);
                this.state = 473;
                this.expression(0);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public assignment(): AssignmentContext {
        let localContext = new AssignmentContext(this.context, this.state);
        this.enterRule(localContext, 28, FlinkSqlParser.RULE_assignment);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 476;
            this.identifier();
            this.state = 477;
            this.match(FlinkSqlParser.EQ);
            this.state = 478;
            this.expression(0);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public callStatement(): CallStatementContext {
        let localContext = new CallStatementContext(this.context, this.state);
        this.enterRule(localContext, 30, FlinkSqlParser.RULE_callStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 480;
            this.match(FlinkSqlParser.CALL);
            this.state = 481;
            this.qualifiedName();
            this.state = 482;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 491;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4227402318) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591383307) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 2515897247) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 4294527471) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 1072604447) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3946676219) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 745262535) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 1098969151) !== 0) || ((((_la - 270)) & ~0x1F) === 0 && ((1 << (_la - 270)) & 255) !== 0)) {
                {
                this.state = 483;
                this.callArgument();
                this.state = 488;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 484;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 485;
                    this.callArgument();
                    }
                    }
                    this.state = 490;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 493;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public truncateTable(): TruncateTableContext {
        let localContext = new TruncateTableContext(this.context, this.state);
        this.enterRule(localContext, 32, FlinkSqlParser.RULE_truncateTable);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 495;
            this.match(FlinkSqlParser.TRUNCATE);
            this.state = 496;
            this.match(FlinkSqlParser.TABLE);
            this.state = 497;
            this.tablePath();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createStatement(): CreateStatementContext {
        let localContext = new CreateStatementContext(this.context, this.state);
        this.enterRule(localContext, 34, FlinkSqlParser.RULE_createStatement);
        let _la: number;
        try {
            this.state = 514;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CREATE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 499;
                this.match(FlinkSqlParser.CREATE);
                this.state = 502;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 143) {
                    {
                    this.state = 500;
                    this.match(FlinkSqlParser.OR);
                    this.state = 501;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 5 || _la === 172)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 505;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 204) {
                    {
                    this.state = 504;
                    this.match(FlinkSqlParser.TEMPORARY);
                    }
                }

                this.state = 508;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 200) {
                    {
                    this.state = 507;
                    this.match(FlinkSqlParser.SYSTEM);
                    }
                }

                this.state = 510;
                this.createBody();
                }
                break;
            case FlinkSqlParser.REPLACE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 511;
                this.match(FlinkSqlParser.REPLACE);
                this.state = 512;
                this.match(FlinkSqlParser.TABLE);
                this.state = 513;
                this.createTableBody();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createBody(): CreateBodyContext {
        let localContext = new CreateBodyContext(this.context, this.state);
        this.enterRule(localContext, 36, FlinkSqlParser.RULE_createBody);
        let _la: number;
        try {
            this.state = 662;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 516;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 518;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 29, this.context) ) {
                case 1:
                    {
                    this.state = 517;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 520;
                this.identifier();
                this.state = 522;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 28) {
                    {
                    this.state = 521;
                    this.commentClause();
                    }
                }

                this.state = 525;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 237) {
                    {
                    this.state = 524;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 527;
                this.match(FlinkSqlParser.DATABASE);
                this.state = 529;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 32, this.context) ) {
                case 1:
                    {
                    this.state = 528;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 531;
                this.tablePath();
                this.state = 533;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 28) {
                    {
                    this.state = 532;
                    this.commentClause();
                    }
                }

                this.state = 536;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 237) {
                    {
                    this.state = 535;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 538;
                this.match(FlinkSqlParser.TABLE);
                this.state = 539;
                this.createTableBody();
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 540;
                this.match(FlinkSqlParser.VIEW);
                this.state = 542;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 35, this.context) ) {
                case 1:
                    {
                    this.state = 541;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 544;
                this.tablePath();
                this.state = 546;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 258) {
                    {
                    this.state = 545;
                    this.columnNameList();
                    }
                }

                this.state = 549;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 28) {
                    {
                    this.state = 548;
                    this.commentClause();
                    }
                }

                this.state = 551;
                this.match(FlinkSqlParser.AS);
                this.state = 552;
                this.query();
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 554;
                this.match(FlinkSqlParser.FUNCTION);
                this.state = 556;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 38, this.context) ) {
                case 1:
                    {
                    this.state = 555;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 558;
                this.tablePath();
                this.state = 559;
                this.match(FlinkSqlParser.AS);
                this.state = 560;
                this.stringLiteral();
                this.state = 563;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 106) {
                    {
                    this.state = 561;
                    this.match(FlinkSqlParser.LANGUAGE);
                    this.state = 562;
                    this.identifier();
                    }
                }

                this.state = 566;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 224) {
                    {
                    this.state = 565;
                    this.usingJars();
                    }
                }

                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 568;
                this.match(FlinkSqlParser.MODEL);
                this.state = 570;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 41, this.context) ) {
                case 1:
                    {
                    this.state = 569;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 572;
                this.tablePath();
                this.state = 585;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 93) {
                    {
                    this.state = 573;
                    this.match(FlinkSqlParser.INPUT);
                    this.state = 574;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 575;
                    this.columnDefinition();
                    this.state = 580;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 264) {
                        {
                        {
                        this.state = 576;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 577;
                        this.columnDefinition();
                        }
                        }
                        this.state = 582;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 583;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 599;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 147) {
                    {
                    this.state = 587;
                    this.match(FlinkSqlParser.OUTPUT);
                    this.state = 588;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 589;
                    this.columnDefinition();
                    this.state = 594;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 264) {
                        {
                        {
                        this.state = 590;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 591;
                        this.columnDefinition();
                        }
                        }
                        this.state = 596;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 597;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 602;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 28) {
                    {
                    this.state = 601;
                    this.commentClause();
                    }
                }

                this.state = 605;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 237) {
                    {
                    this.state = 604;
                    this.withOptions();
                    }
                }

                this.state = 609;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 10) {
                    {
                    this.state = 607;
                    this.match(FlinkSqlParser.AS);
                    this.state = 608;
                    this.query();
                    }
                }

                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 611;
                this.match(FlinkSqlParser.CONNECTION);
                this.state = 613;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 49, this.context) ) {
                case 1:
                    {
                    this.state = 612;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 615;
                this.tablePath();
                this.state = 617;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 28) {
                    {
                    this.state = 616;
                    this.commentClause();
                    }
                }

                this.state = 620;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 237) {
                    {
                    this.state = 619;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 622;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 623;
                this.match(FlinkSqlParser.TABLE);
                this.state = 625;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 52, this.context) ) {
                case 1:
                    {
                    this.state = 624;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 627;
                this.tablePath();
                this.state = 639;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 258) {
                    {
                    this.state = 628;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 629;
                    this.tableElement();
                    this.state = 634;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 264) {
                        {
                        {
                        this.state = 630;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 631;
                        this.tableElement();
                        }
                        }
                        this.state = 636;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 637;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 642;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 28) {
                    {
                    this.state = 641;
                    this.commentClause();
                    }
                }

                this.state = 645;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 52) {
                    {
                    this.state = 644;
                    this.distribution();
                    }
                }

                this.state = 648;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 153) {
                    {
                    this.state = 647;
                    this.partitionedBy();
                    }
                }

                this.state = 651;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 237) {
                    {
                    this.state = 650;
                    this.withOptions();
                    }
                }

                this.state = 654;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 76) {
                    {
                    this.state = 653;
                    this.freshness();
                    }
                }

                this.state = 657;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 169) {
                    {
                    this.state = 656;
                    this.refreshMode();
                    }
                }

                this.state = 659;
                this.match(FlinkSqlParser.AS);
                this.state = 660;
                this.query();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createTableBody(): CreateTableBodyContext {
        let localContext = new CreateTableBodyContext(this.context, this.state);
        this.enterRule(localContext, 38, FlinkSqlParser.RULE_createTableBody);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 665;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 62, this.context) ) {
            case 1:
                {
                this.state = 664;
                this.ifNotExists();
                }
                break;
            }
            this.state = 667;
            this.tablePath();
            this.state = 679;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 258) {
                {
                this.state = 668;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 669;
                this.tableElement();
                this.state = 674;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 670;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 671;
                    this.tableElement();
                    }
                    }
                    this.state = 676;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 677;
                this.match(FlinkSqlParser.RPAREN);
                }
            }

            this.state = 682;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 28) {
                {
                this.state = 681;
                this.commentClause();
                }
            }

            this.state = 685;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 52) {
                {
                this.state = 684;
                this.distribution();
                }
            }

            this.state = 688;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 153) {
                {
                this.state = 687;
                this.partitionedBy();
                }
            }

            this.state = 691;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 237) {
                {
                this.state = 690;
                this.withOptions();
                }
            }

            this.state = 694;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 111) {
                {
                this.state = 693;
                this.likeClause();
                }
            }

            this.state = 698;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 10) {
                {
                this.state = 696;
                this.match(FlinkSqlParser.AS);
                this.state = 697;
                this.query();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public ifNotExists(): IfNotExistsContext {
        let localContext = new IfNotExistsContext(this.context, this.state);
        this.enterRule(localContext, 40, FlinkSqlParser.RULE_ifNotExists);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 700;
            this.match(FlinkSqlParser.IF);
            this.state = 701;
            this.match(FlinkSqlParser.NOT);
            this.state = 702;
            this.match(FlinkSqlParser.EXISTS);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public ifExists(): IfExistsContext {
        let localContext = new IfExistsContext(this.context, this.state);
        this.enterRule(localContext, 42, FlinkSqlParser.RULE_ifExists);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 704;
            this.match(FlinkSqlParser.IF);
            this.state = 705;
            this.match(FlinkSqlParser.EXISTS);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public commentClause(): CommentClauseContext {
        let localContext = new CommentClauseContext(this.context, this.state);
        this.enterRule(localContext, 44, FlinkSqlParser.RULE_commentClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 707;
            this.match(FlinkSqlParser.COMMENT);
            this.state = 708;
            this.stringLiteral();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public usingJars(): UsingJarsContext {
        let localContext = new UsingJarsContext(this.context, this.state);
        this.enterRule(localContext, 46, FlinkSqlParser.RULE_usingJars);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 710;
            this.match(FlinkSqlParser.USING);
            this.state = 711;
            this.match(FlinkSqlParser.JAR);
            this.state = 712;
            this.stringLiteral();
            this.state = 718;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 713;
                this.match(FlinkSqlParser.COMMA);
                this.state = 714;
                this.match(FlinkSqlParser.JAR);
                this.state = 715;
                this.stringLiteral();
                }
                }
                this.state = 720;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tableElement(): TableElementContext {
        let localContext = new TableElementContext(this.context, this.state);
        this.enterRule(localContext, 48, FlinkSqlParser.RULE_tableElement);
        try {
            this.state = 724;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 72, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 721;
                this.columnDefinition();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 722;
                this.watermarkDefinition();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 723;
                this.tableConstraint();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public columnDefinition(): ColumnDefinitionContext {
        let localContext = new ColumnDefinitionContext(this.context, this.state);
        this.enterRule(localContext, 50, FlinkSqlParser.RULE_columnDefinition);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 726;
            this.identifier();
            this.state = 743;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.AS:
                {
                this.state = 727;
                this.match(FlinkSqlParser.AS);
                this.state = 728;
                this.expression(0);
                }
                break;
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ARRAY:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DATE:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.INTERVAL:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MAP:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.MULTISET:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULL:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TIME:
            case FlinkSqlParser.TIMESTAMP:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                {
                this.state = 729;
                this.dataType();
                this.state = 738;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 120) {
                    {
                    this.state = 730;
                    this.match(FlinkSqlParser.METADATA);
                    this.state = 733;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 77) {
                        {
                        this.state = 731;
                        this.match(FlinkSqlParser.FROM);
                        this.state = 732;
                        this.stringLiteral();
                        }
                    }

                    this.state = 736;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 230) {
                        {
                        this.state = 735;
                        this.match(FlinkSqlParser.VIRTUAL);
                        }
                    }

                    }
                }

                this.state = 741;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 34 || _la === 163) {
                    {
                    this.state = 740;
                    this.columnConstraint();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 746;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 28) {
                {
                this.state = 745;
                this.commentClause();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public columnConstraint(): ColumnConstraintContext {
        let localContext = new ColumnConstraintContext(this.context, this.state);
        this.enterRule(localContext, 52, FlinkSqlParser.RULE_columnConstraint);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 750;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 34) {
                {
                this.state = 748;
                this.match(FlinkSqlParser.CONSTRAINT);
                this.state = 749;
                this.identifier();
                }
            }

            this.state = 752;
            this.match(FlinkSqlParser.PRIMARY);
            this.state = 753;
            this.match(FlinkSqlParser.KEY);
            this.state = 754;
            this.match(FlinkSqlParser.NOT);
            this.state = 755;
            this.match(FlinkSqlParser.ENFORCED);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public watermarkDefinition(): WatermarkDefinitionContext {
        let localContext = new WatermarkDefinitionContext(this.context, this.state);
        this.enterRule(localContext, 54, FlinkSqlParser.RULE_watermarkDefinition);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 757;
            this.match(FlinkSqlParser.WATERMARK);
            this.state = 758;
            this.match(FlinkSqlParser.FOR);
            this.state = 759;
            this.qualifiedName();
            this.state = 760;
            this.match(FlinkSqlParser.AS);
            this.state = 761;
            this.expression(0);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tableConstraint(): TableConstraintContext {
        let localContext = new TableConstraintContext(this.context, this.state);
        this.enterRule(localContext, 56, FlinkSqlParser.RULE_tableConstraint);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 765;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 34) {
                {
                this.state = 763;
                this.match(FlinkSqlParser.CONSTRAINT);
                this.state = 764;
                this.identifier();
                }
            }

            this.state = 767;
            this.match(FlinkSqlParser.PRIMARY);
            this.state = 768;
            this.match(FlinkSqlParser.KEY);
            this.state = 769;
            this.columnNameList();
            this.state = 770;
            this.match(FlinkSqlParser.NOT);
            this.state = 771;
            this.match(FlinkSqlParser.ENFORCED);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public distribution(): DistributionContext {
        let localContext = new DistributionContext(this.context, this.state);
        this.enterRule(localContext, 58, FlinkSqlParser.RULE_distribution);
        let _la: number;
        try {
            this.state = 789;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 83, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 773;
                this.match(FlinkSqlParser.DISTRIBUTED);
                this.state = 774;
                this.match(FlinkSqlParser.BY);
                this.state = 777;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RANGE:
                    {
                    this.state = 775;
                    this.match(FlinkSqlParser.RANGE);
                    }
                    break;
                case FlinkSqlParser.ABSENT:
                case FlinkSqlParser.ADD:
                case FlinkSqlParser.AFTER:
                case FlinkSqlParser.ANALYZE:
                case FlinkSqlParser.ASC:
                case FlinkSqlParser.BUCKETS:
                case FlinkSqlParser.CASCADE:
                case FlinkSqlParser.CATALOG:
                case FlinkSqlParser.CATALOGS:
                case FlinkSqlParser.COLUMNS:
                case FlinkSqlParser.COMMENT:
                case FlinkSqlParser.COMPILE:
                case FlinkSqlParser.COMPUTE:
                case FlinkSqlParser.CONDITIONAL:
                case FlinkSqlParser.CONNECTION:
                case FlinkSqlParser.CONNECTIONS:
                case FlinkSqlParser.CONSTRAINTS:
                case FlinkSqlParser.DATABASE:
                case FlinkSqlParser.DATABASES:
                case FlinkSqlParser.DAYS:
                case FlinkSqlParser.DEFINE:
                case FlinkSqlParser.DESC:
                case FlinkSqlParser.DESCRIPTOR:
                case FlinkSqlParser.DISTRIBUTED:
                case FlinkSqlParser.DISTRIBUTION:
                case FlinkSqlParser.DRAIN:
                case FlinkSqlParser.EMPTY:
                case FlinkSqlParser.ENFORCED:
                case FlinkSqlParser.ERROR:
                case FlinkSqlParser.EXCLUDING:
                case FlinkSqlParser.EXPLAIN:
                case FlinkSqlParser.EXTENDED:
                case FlinkSqlParser.FIRST:
                case FlinkSqlParser.FOLLOWING:
                case FlinkSqlParser.FRESHNESS:
                case FlinkSqlParser.FUNCTIONS:
                case FlinkSqlParser.GENERATED:
                case FlinkSqlParser.HOURS:
                case FlinkSqlParser.IF:
                case FlinkSqlParser.IGNORE:
                case FlinkSqlParser.ILIKE:
                case FlinkSqlParser.INCLUDING:
                case FlinkSqlParser.INPUT:
                case FlinkSqlParser.JAR:
                case FlinkSqlParser.JARS:
                case FlinkSqlParser.JOB:
                case FlinkSqlParser.JOBS:
                case FlinkSqlParser.JSON:
                case FlinkSqlParser.KEY:
                case FlinkSqlParser.LANGUAGE:
                case FlinkSqlParser.LAST:
                case FlinkSqlParser.LOAD:
                case FlinkSqlParser.MATERIALIZED:
                case FlinkSqlParser.MEASURES:
                case FlinkSqlParser.METADATA:
                case FlinkSqlParser.MINUTES:
                case FlinkSqlParser.MODEL:
                case FlinkSqlParser.MODELS:
                case FlinkSqlParser.MODIFY:
                case FlinkSqlParser.MODULE:
                case FlinkSqlParser.MODULES:
                case FlinkSqlParser.MONTHS:
                case FlinkSqlParser.NEXT:
                case FlinkSqlParser.NULLS:
                case FlinkSqlParser.OBJECT:
                case FlinkSqlParser.ONE:
                case FlinkSqlParser.OPTIONS:
                case FlinkSqlParser.ORDINALITY:
                case FlinkSqlParser.OUTPUT:
                case FlinkSqlParser.OVERWRITE:
                case FlinkSqlParser.OVERWRITING:
                case FlinkSqlParser.PARTITIONED:
                case FlinkSqlParser.PARTITIONS:
                case FlinkSqlParser.PAST:
                case FlinkSqlParser.PATTERN:
                case FlinkSqlParser.PER:
                case FlinkSqlParser.PLACING:
                case FlinkSqlParser.PLAN:
                case FlinkSqlParser.PRECEDING:
                case FlinkSqlParser.PROCEDURES:
                case FlinkSqlParser.QUARTER:
                case FlinkSqlParser.RAW:
                case FlinkSqlParser.REFRESH:
                case FlinkSqlParser.REFRESH_MODE:
                case FlinkSqlParser.REMOVE:
                case FlinkSqlParser.RENAME:
                case FlinkSqlParser.REPLACE:
                case FlinkSqlParser.RESET:
                case FlinkSqlParser.RESPECT:
                case FlinkSqlParser.RESTRICT:
                case FlinkSqlParser.RESUME:
                case FlinkSqlParser.RETURNING:
                case FlinkSqlParser.SAVEPOINT:
                case FlinkSqlParser.SCALAR:
                case FlinkSqlParser.SECONDS:
                case FlinkSqlParser.SETS:
                case FlinkSqlParser.SHOW:
                case FlinkSqlParser.SKIP_:
                case FlinkSqlParser.STATEMENT:
                case FlinkSqlParser.STATISTICS:
                case FlinkSqlParser.STOP:
                case FlinkSqlParser.SUBSET:
                case FlinkSqlParser.SUSPEND:
                case FlinkSqlParser.TABLES:
                case FlinkSqlParser.TEMPORARY:
                case FlinkSqlParser.TRUNCATE:
                case FlinkSqlParser.UNCONDITIONAL:
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VALUE:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.WRAPPER:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 776;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    break;
                default:
                    break;
                }
                this.state = 779;
                this.columnNameList();
                this.state = 783;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 97) {
                    {
                    this.state = 780;
                    this.match(FlinkSqlParser.INTO);
                    this.state = 781;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    this.state = 782;
                    this.match(FlinkSqlParser.BUCKETS);
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 785;
                this.match(FlinkSqlParser.DISTRIBUTED);
                this.state = 786;
                this.match(FlinkSqlParser.INTO);
                this.state = 787;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                this.state = 788;
                this.match(FlinkSqlParser.BUCKETS);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public partitionedBy(): PartitionedByContext {
        let localContext = new PartitionedByContext(this.context, this.state);
        this.enterRule(localContext, 60, FlinkSqlParser.RULE_partitionedBy);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 791;
            this.match(FlinkSqlParser.PARTITIONED);
            this.state = 792;
            this.match(FlinkSqlParser.BY);
            this.state = 793;
            this.columnNameList();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public likeClause(): LikeClauseContext {
        let localContext = new LikeClauseContext(this.context, this.state);
        this.enterRule(localContext, 62, FlinkSqlParser.RULE_likeClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 795;
            this.match(FlinkSqlParser.LIKE);
            this.state = 796;
            this.tablePath();
            this.state = 805;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 258) {
                {
                this.state = 797;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 801;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 63 || _la === 91 || _la === 151) {
                    {
                    {
                    this.state = 798;
                    this.likeOption();
                    }
                    }
                    this.state = 803;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 804;
                this.match(FlinkSqlParser.RPAREN);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public likeOption(): LikeOptionContext {
        let localContext = new LikeOptionContext(this.context, this.state);
        this.enterRule(localContext, 64, FlinkSqlParser.RULE_likeOption);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 807;
            _la = this.tokenStream.LA(1);
            if(!(_la === 63 || _la === 91 || _la === 151)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 808;
            _la = this.tokenStream.LA(1);
            if(!(_la === 4 || _la === 35 || _la === 53 || _la === 81 || _la === 120 || _la === 142 || _la === 154 || _la === 232)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public freshness(): FreshnessContext {
        let localContext = new FreshnessContext(this.context, this.state);
        this.enterRule(localContext, 66, FlinkSqlParser.RULE_freshness);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 810;
            this.match(FlinkSqlParser.FRESHNESS);
            this.state = 811;
            this.match(FlinkSqlParser.EQ);
            this.state = 812;
            this.intervalLiteral();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public refreshMode(): RefreshModeContext {
        let localContext = new RefreshModeContext(this.context, this.state);
        this.enterRule(localContext, 68, FlinkSqlParser.RULE_refreshMode);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 814;
            this.match(FlinkSqlParser.REFRESH_MODE);
            this.state = 815;
            this.match(FlinkSqlParser.EQ);
            this.state = 818;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.FULL:
                {
                this.state = 816;
                this.match(FlinkSqlParser.FULL);
                }
                break;
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                {
                this.state = 817;
                this.identifier();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public withOptions(): WithOptionsContext {
        let localContext = new WithOptionsContext(this.context, this.state);
        this.enterRule(localContext, 70, FlinkSqlParser.RULE_withOptions);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 820;
            this.match(FlinkSqlParser.WITH);
            this.state = 821;
            this.propertyList();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public propertyList(): PropertyListContext {
        let localContext = new PropertyListContext(this.context, this.state);
        this.enterRule(localContext, 72, FlinkSqlParser.RULE_propertyList);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 823;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 832;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173924430) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || ((((_la - 270)) & ~0x1F) === 0 && ((1 << (_la - 270)) & 195) !== 0)) {
                {
                this.state = 824;
                this.property();
                this.state = 829;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 825;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 826;
                    this.property();
                    }
                    }
                    this.state = 831;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 834;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public property(): PropertyContext {
        let localContext = new PropertyContext(this.context, this.state);
        this.enterRule(localContext, 74, FlinkSqlParser.RULE_property);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 836;
            this.propertyKey();
            this.state = 837;
            this.match(FlinkSqlParser.EQ);
            this.state = 838;
            this.propertyValue();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public propertyKey(): PropertyKeyContext {
        let localContext = new PropertyKeyContext(this.context, this.state);
        this.enterRule(localContext, 76, FlinkSqlParser.RULE_propertyKey);
        try {
            this.state = 842;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 840;
                this.stringLiteral();
                }
                break;
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 841;
                this.qualifiedName();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public propertyValue(): PropertyValueContext {
        let localContext = new PropertyValueContext(this.context, this.state);
        this.enterRule(localContext, 78, FlinkSqlParser.RULE_propertyValue);
        try {
            this.state = 849;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 844;
                this.stringLiteral();
                }
                break;
            case FlinkSqlParser.PLUS:
            case FlinkSqlParser.MINUS_SIGN:
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 845;
                this.signedNumber();
                }
                break;
            case FlinkSqlParser.TRUE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 846;
                this.match(FlinkSqlParser.TRUE);
                }
                break;
            case FlinkSqlParser.FALSE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 847;
                this.match(FlinkSqlParser.FALSE);
                }
                break;
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 848;
                this.identifier();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public signedNumber(): SignedNumberContext {
        let localContext = new SignedNumberContext(this.context, this.state);
        this.enterRule(localContext, 80, FlinkSqlParser.RULE_signedNumber);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 852;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 251 || _la === 252) {
                {
                this.state = 851;
                _la = this.tokenStream.LA(1);
                if(!(_la === 251 || _la === 252)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            this.state = 854;
            this.number_();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterStatement(): AlterStatementContext {
        let localContext = new AlterStatementContext(this.context, this.state);
        this.enterRule(localContext, 82, FlinkSqlParser.RULE_alterStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 856;
            this.match(FlinkSqlParser.ALTER);
            this.state = 858;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 204) {
                {
                this.state = 857;
                this.match(FlinkSqlParser.TEMPORARY);
                }
            }

            this.state = 861;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 200) {
                {
                this.state = 860;
                this.match(FlinkSqlParser.SYSTEM);
                }
            }

            this.state = 937;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                {
                this.state = 863;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 864;
                this.identifier();
                this.state = 870;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.SET:
                    {
                    this.state = 865;
                    this.match(FlinkSqlParser.SET);
                    this.state = 866;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 867;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 868;
                    this.keyList();
                    }
                    break;
                case FlinkSqlParser.COMMENT:
                    {
                    this.state = 869;
                    this.commentClause();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case FlinkSqlParser.DATABASE:
                {
                this.state = 872;
                this.match(FlinkSqlParser.DATABASE);
                this.state = 873;
                this.tablePath();
                this.state = 874;
                this.match(FlinkSqlParser.SET);
                this.state = 875;
                this.propertyList();
                }
                break;
            case FlinkSqlParser.TABLE:
                {
                this.state = 877;
                this.match(FlinkSqlParser.TABLE);
                this.state = 879;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 95, this.context) ) {
                case 1:
                    {
                    this.state = 878;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 881;
                this.tablePath();
                this.state = 882;
                this.alterTableAction();
                }
                break;
            case FlinkSqlParser.VIEW:
                {
                this.state = 884;
                this.match(FlinkSqlParser.VIEW);
                this.state = 885;
                this.tablePath();
                this.state = 891;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 886;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 887;
                    this.match(FlinkSqlParser.TO);
                    this.state = 888;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.AS:
                    {
                    this.state = 889;
                    this.match(FlinkSqlParser.AS);
                    this.state = 890;
                    this.query();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case FlinkSqlParser.FUNCTION:
                {
                this.state = 893;
                this.match(FlinkSqlParser.FUNCTION);
                this.state = 895;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 97, this.context) ) {
                case 1:
                    {
                    this.state = 894;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 897;
                this.tablePath();
                this.state = 898;
                this.match(FlinkSqlParser.AS);
                this.state = 899;
                this.stringLiteral();
                this.state = 902;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 106) {
                    {
                    this.state = 900;
                    this.match(FlinkSqlParser.LANGUAGE);
                    this.state = 901;
                    this.identifier();
                    }
                }

                }
                break;
            case FlinkSqlParser.MODEL:
                {
                this.state = 904;
                this.match(FlinkSqlParser.MODEL);
                this.state = 906;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 99, this.context) ) {
                case 1:
                    {
                    this.state = 905;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 908;
                this.tablePath();
                this.state = 916;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 909;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 910;
                    this.match(FlinkSqlParser.TO);
                    this.state = 911;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.SET:
                    {
                    this.state = 912;
                    this.match(FlinkSqlParser.SET);
                    this.state = 913;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 914;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 915;
                    this.keyList();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case FlinkSqlParser.CONNECTION:
                {
                this.state = 918;
                this.match(FlinkSqlParser.CONNECTION);
                this.state = 920;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 101, this.context) ) {
                case 1:
                    {
                    this.state = 919;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 922;
                this.tablePath();
                this.state = 930;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 923;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 924;
                    this.match(FlinkSqlParser.TO);
                    this.state = 925;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.SET:
                    {
                    this.state = 926;
                    this.match(FlinkSqlParser.SET);
                    this.state = 927;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 928;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 929;
                    this.keyList();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                {
                this.state = 932;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 933;
                this.match(FlinkSqlParser.TABLE);
                this.state = 934;
                this.tablePath();
                this.state = 935;
                this.alterMaterializedTableAction();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public keyList(): KeyListContext {
        let localContext = new KeyListContext(this.context, this.state);
        this.enterRule(localContext, 84, FlinkSqlParser.RULE_keyList);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 939;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 948;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173924430) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || ((((_la - 270)) & ~0x1F) === 0 && ((1 << (_la - 270)) & 195) !== 0)) {
                {
                this.state = 940;
                this.propertyKey();
                this.state = 945;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 941;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 942;
                    this.propertyKey();
                    }
                    }
                    this.state = 947;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 950;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterTableAction(): AlterTableActionContext {
        let localContext = new AlterTableActionContext(this.context, this.state);
        this.enterRule(localContext, 86, FlinkSqlParser.RULE_alterTableAction);
        let _la: number;
        try {
            this.state = 994;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.RENAME:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 952;
                this.match(FlinkSqlParser.RENAME);
                this.state = 959;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.TO:
                    {
                    this.state = 953;
                    this.match(FlinkSqlParser.TO);
                    this.state = 954;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.ABSENT:
                case FlinkSqlParser.ADD:
                case FlinkSqlParser.AFTER:
                case FlinkSqlParser.ANALYZE:
                case FlinkSqlParser.ASC:
                case FlinkSqlParser.BUCKETS:
                case FlinkSqlParser.CASCADE:
                case FlinkSqlParser.CATALOG:
                case FlinkSqlParser.CATALOGS:
                case FlinkSqlParser.COLUMNS:
                case FlinkSqlParser.COMMENT:
                case FlinkSqlParser.COMPILE:
                case FlinkSqlParser.COMPUTE:
                case FlinkSqlParser.CONDITIONAL:
                case FlinkSqlParser.CONNECTION:
                case FlinkSqlParser.CONNECTIONS:
                case FlinkSqlParser.CONSTRAINTS:
                case FlinkSqlParser.DATABASE:
                case FlinkSqlParser.DATABASES:
                case FlinkSqlParser.DAYS:
                case FlinkSqlParser.DEFINE:
                case FlinkSqlParser.DESC:
                case FlinkSqlParser.DESCRIPTOR:
                case FlinkSqlParser.DISTRIBUTED:
                case FlinkSqlParser.DISTRIBUTION:
                case FlinkSqlParser.DRAIN:
                case FlinkSqlParser.EMPTY:
                case FlinkSqlParser.ENFORCED:
                case FlinkSqlParser.ERROR:
                case FlinkSqlParser.EXCLUDING:
                case FlinkSqlParser.EXPLAIN:
                case FlinkSqlParser.EXTENDED:
                case FlinkSqlParser.FIRST:
                case FlinkSqlParser.FOLLOWING:
                case FlinkSqlParser.FRESHNESS:
                case FlinkSqlParser.FUNCTIONS:
                case FlinkSqlParser.GENERATED:
                case FlinkSqlParser.HOURS:
                case FlinkSqlParser.IF:
                case FlinkSqlParser.IGNORE:
                case FlinkSqlParser.ILIKE:
                case FlinkSqlParser.INCLUDING:
                case FlinkSqlParser.INPUT:
                case FlinkSqlParser.JAR:
                case FlinkSqlParser.JARS:
                case FlinkSqlParser.JOB:
                case FlinkSqlParser.JOBS:
                case FlinkSqlParser.JSON:
                case FlinkSqlParser.KEY:
                case FlinkSqlParser.LANGUAGE:
                case FlinkSqlParser.LAST:
                case FlinkSqlParser.LOAD:
                case FlinkSqlParser.MATERIALIZED:
                case FlinkSqlParser.MEASURES:
                case FlinkSqlParser.METADATA:
                case FlinkSqlParser.MINUTES:
                case FlinkSqlParser.MODEL:
                case FlinkSqlParser.MODELS:
                case FlinkSqlParser.MODIFY:
                case FlinkSqlParser.MODULE:
                case FlinkSqlParser.MODULES:
                case FlinkSqlParser.MONTHS:
                case FlinkSqlParser.NEXT:
                case FlinkSqlParser.NULLS:
                case FlinkSqlParser.OBJECT:
                case FlinkSqlParser.ONE:
                case FlinkSqlParser.OPTIONS:
                case FlinkSqlParser.ORDINALITY:
                case FlinkSqlParser.OUTPUT:
                case FlinkSqlParser.OVERWRITE:
                case FlinkSqlParser.OVERWRITING:
                case FlinkSqlParser.PARTITIONED:
                case FlinkSqlParser.PARTITIONS:
                case FlinkSqlParser.PAST:
                case FlinkSqlParser.PATTERN:
                case FlinkSqlParser.PER:
                case FlinkSqlParser.PLACING:
                case FlinkSqlParser.PLAN:
                case FlinkSqlParser.PRECEDING:
                case FlinkSqlParser.PROCEDURES:
                case FlinkSqlParser.QUARTER:
                case FlinkSqlParser.RAW:
                case FlinkSqlParser.REFRESH:
                case FlinkSqlParser.REFRESH_MODE:
                case FlinkSqlParser.REMOVE:
                case FlinkSqlParser.RENAME:
                case FlinkSqlParser.REPLACE:
                case FlinkSqlParser.RESET:
                case FlinkSqlParser.RESPECT:
                case FlinkSqlParser.RESTRICT:
                case FlinkSqlParser.RESUME:
                case FlinkSqlParser.RETURNING:
                case FlinkSqlParser.SAVEPOINT:
                case FlinkSqlParser.SCALAR:
                case FlinkSqlParser.SECONDS:
                case FlinkSqlParser.SETS:
                case FlinkSqlParser.SHOW:
                case FlinkSqlParser.SKIP_:
                case FlinkSqlParser.STATEMENT:
                case FlinkSqlParser.STATISTICS:
                case FlinkSqlParser.STOP:
                case FlinkSqlParser.SUBSET:
                case FlinkSqlParser.SUSPEND:
                case FlinkSqlParser.TABLES:
                case FlinkSqlParser.TEMPORARY:
                case FlinkSqlParser.TRUNCATE:
                case FlinkSqlParser.UNCONDITIONAL:
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VALUE:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.WRAPPER:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 955;
                    this.qualifiedName();
                    this.state = 956;
                    this.match(FlinkSqlParser.TO);
                    this.state = 957;
                    this.identifier();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case FlinkSqlParser.SET:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 961;
                this.match(FlinkSqlParser.SET);
                this.state = 962;
                this.propertyList();
                }
                break;
            case FlinkSqlParser.RESET:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 963;
                this.match(FlinkSqlParser.RESET);
                this.state = 964;
                this.keyList();
                }
                break;
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.MODIFY:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 965;
                _la = this.tokenStream.LA(1);
                if(!(_la === 2 || _la === 125)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 966;
                this.alterChange();
                }
                break;
            case FlinkSqlParser.DROP:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 967;
                this.match(FlinkSqlParser.DROP);
                this.state = 992;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 111, this.context) ) {
                case 1:
                    {
                    this.state = 969;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 87) {
                        {
                        this.state = 968;
                        this.ifExists();
                        }
                    }

                    this.state = 971;
                    this.partitionSpec();
                    this.state = 976;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 264) {
                        {
                        {
                        this.state = 972;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 973;
                        this.partitionSpec();
                        }
                        }
                        this.state = 978;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                case 2:
                    {
                    this.state = 979;
                    this.match(FlinkSqlParser.PRIMARY);
                    this.state = 980;
                    this.match(FlinkSqlParser.KEY);
                    }
                    break;
                case 3:
                    {
                    this.state = 981;
                    this.match(FlinkSqlParser.CONSTRAINT);
                    this.state = 982;
                    this.identifier();
                    }
                    break;
                case 4:
                    {
                    this.state = 983;
                    this.match(FlinkSqlParser.WATERMARK);
                    }
                    break;
                case 5:
                    {
                    this.state = 984;
                    this.match(FlinkSqlParser.DISTRIBUTION);
                    }
                    break;
                case 6:
                    {
                    this.state = 986;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 26) {
                        {
                        this.state = 985;
                        this.match(FlinkSqlParser.COLUMN);
                        }
                    }

                    this.state = 990;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case FlinkSqlParser.ABSENT:
                    case FlinkSqlParser.ADD:
                    case FlinkSqlParser.AFTER:
                    case FlinkSqlParser.ANALYZE:
                    case FlinkSqlParser.ASC:
                    case FlinkSqlParser.BUCKETS:
                    case FlinkSqlParser.CASCADE:
                    case FlinkSqlParser.CATALOG:
                    case FlinkSqlParser.CATALOGS:
                    case FlinkSqlParser.COLUMNS:
                    case FlinkSqlParser.COMMENT:
                    case FlinkSqlParser.COMPILE:
                    case FlinkSqlParser.COMPUTE:
                    case FlinkSqlParser.CONDITIONAL:
                    case FlinkSqlParser.CONNECTION:
                    case FlinkSqlParser.CONNECTIONS:
                    case FlinkSqlParser.CONSTRAINTS:
                    case FlinkSqlParser.DATABASE:
                    case FlinkSqlParser.DATABASES:
                    case FlinkSqlParser.DAYS:
                    case FlinkSqlParser.DEFINE:
                    case FlinkSqlParser.DESC:
                    case FlinkSqlParser.DESCRIPTOR:
                    case FlinkSqlParser.DISTRIBUTED:
                    case FlinkSqlParser.DISTRIBUTION:
                    case FlinkSqlParser.DRAIN:
                    case FlinkSqlParser.EMPTY:
                    case FlinkSqlParser.ENFORCED:
                    case FlinkSqlParser.ERROR:
                    case FlinkSqlParser.EXCLUDING:
                    case FlinkSqlParser.EXPLAIN:
                    case FlinkSqlParser.EXTENDED:
                    case FlinkSqlParser.FIRST:
                    case FlinkSqlParser.FOLLOWING:
                    case FlinkSqlParser.FRESHNESS:
                    case FlinkSqlParser.FUNCTIONS:
                    case FlinkSqlParser.GENERATED:
                    case FlinkSqlParser.HOURS:
                    case FlinkSqlParser.IF:
                    case FlinkSqlParser.IGNORE:
                    case FlinkSqlParser.ILIKE:
                    case FlinkSqlParser.INCLUDING:
                    case FlinkSqlParser.INPUT:
                    case FlinkSqlParser.JAR:
                    case FlinkSqlParser.JARS:
                    case FlinkSqlParser.JOB:
                    case FlinkSqlParser.JOBS:
                    case FlinkSqlParser.JSON:
                    case FlinkSqlParser.KEY:
                    case FlinkSqlParser.LANGUAGE:
                    case FlinkSqlParser.LAST:
                    case FlinkSqlParser.LOAD:
                    case FlinkSqlParser.MATERIALIZED:
                    case FlinkSqlParser.MEASURES:
                    case FlinkSqlParser.METADATA:
                    case FlinkSqlParser.MINUTES:
                    case FlinkSqlParser.MODEL:
                    case FlinkSqlParser.MODELS:
                    case FlinkSqlParser.MODIFY:
                    case FlinkSqlParser.MODULE:
                    case FlinkSqlParser.MODULES:
                    case FlinkSqlParser.MONTHS:
                    case FlinkSqlParser.NEXT:
                    case FlinkSqlParser.NULLS:
                    case FlinkSqlParser.OBJECT:
                    case FlinkSqlParser.ONE:
                    case FlinkSqlParser.OPTIONS:
                    case FlinkSqlParser.ORDINALITY:
                    case FlinkSqlParser.OUTPUT:
                    case FlinkSqlParser.OVERWRITE:
                    case FlinkSqlParser.OVERWRITING:
                    case FlinkSqlParser.PARTITIONED:
                    case FlinkSqlParser.PARTITIONS:
                    case FlinkSqlParser.PAST:
                    case FlinkSqlParser.PATTERN:
                    case FlinkSqlParser.PER:
                    case FlinkSqlParser.PLACING:
                    case FlinkSqlParser.PLAN:
                    case FlinkSqlParser.PRECEDING:
                    case FlinkSqlParser.PROCEDURES:
                    case FlinkSqlParser.QUARTER:
                    case FlinkSqlParser.RAW:
                    case FlinkSqlParser.REFRESH:
                    case FlinkSqlParser.REFRESH_MODE:
                    case FlinkSqlParser.REMOVE:
                    case FlinkSqlParser.RENAME:
                    case FlinkSqlParser.REPLACE:
                    case FlinkSqlParser.RESET:
                    case FlinkSqlParser.RESPECT:
                    case FlinkSqlParser.RESTRICT:
                    case FlinkSqlParser.RESUME:
                    case FlinkSqlParser.RETURNING:
                    case FlinkSqlParser.SAVEPOINT:
                    case FlinkSqlParser.SCALAR:
                    case FlinkSqlParser.SECONDS:
                    case FlinkSqlParser.SETS:
                    case FlinkSqlParser.SHOW:
                    case FlinkSqlParser.SKIP_:
                    case FlinkSqlParser.STATEMENT:
                    case FlinkSqlParser.STATISTICS:
                    case FlinkSqlParser.STOP:
                    case FlinkSqlParser.SUBSET:
                    case FlinkSqlParser.SUSPEND:
                    case FlinkSqlParser.TABLES:
                    case FlinkSqlParser.TEMPORARY:
                    case FlinkSqlParser.TRUNCATE:
                    case FlinkSqlParser.UNCONDITIONAL:
                    case FlinkSqlParser.UNLOAD:
                    case FlinkSqlParser.USE:
                    case FlinkSqlParser.USER:
                    case FlinkSqlParser.VALUE:
                    case FlinkSqlParser.VIEW:
                    case FlinkSqlParser.VIEWS:
                    case FlinkSqlParser.VIRTUAL:
                    case FlinkSqlParser.WATERMARK:
                    case FlinkSqlParser.WATERMARKS:
                    case FlinkSqlParser.WEEK:
                    case FlinkSqlParser.WRAPPER:
                    case FlinkSqlParser.YEARS:
                    case FlinkSqlParser.ZONE:
                    case FlinkSqlParser.IDENTIFIER:
                    case FlinkSqlParser.QUOTED_IDENTIFIER:
                        {
                        this.state = 988;
                        this.qualifiedName();
                        }
                        break;
                    case FlinkSqlParser.LPAREN:
                        {
                        this.state = 989;
                        this.columnNameList();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    break;
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterChange(): AlterChangeContext {
        let localContext = new AlterChangeContext(this.context, this.state);
        this.enterRule(localContext, 88, FlinkSqlParser.RULE_alterChange);
        let _la: number;
        try {
            this.state = 1025;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 118, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 997;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 87) {
                    {
                    this.state = 996;
                    this.ifNotExists();
                    }
                }

                this.state = 999;
                this.partitionSpec();
                this.state = 1001;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 237) {
                    {
                    this.state = 1000;
                    this.withOptions();
                    }
                }

                this.state = 1009;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 152) {
                    {
                    {
                    this.state = 1003;
                    this.partitionSpec();
                    this.state = 1005;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 237) {
                        {
                        this.state = 1004;
                        this.withOptions();
                        }
                    }

                    }
                    }
                    this.state = 1011;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1012;
                this.alterDistribution();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1013;
                this.alterElement();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1014;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1015;
                this.alterElement();
                this.state = 1020;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 1016;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1017;
                    this.alterElement();
                    }
                    }
                    this.state = 1022;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1023;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterElement(): AlterElementContext {
        let localContext = new AlterElementContext(this.context, this.state);
        this.enterRule(localContext, 90, FlinkSqlParser.RULE_alterElement);
        let _la: number;
        try {
            this.state = 1033;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 120, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1027;
                this.columnDefinition();
                this.state = 1029;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 3 || _la === 72) {
                    {
                    this.state = 1028;
                    this.columnPosition();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1031;
                this.watermarkDefinition();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1032;
                this.tableConstraint();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterDistribution(): AlterDistributionContext {
        let localContext = new AlterDistributionContext(this.context, this.state);
        this.enterRule(localContext, 92, FlinkSqlParser.RULE_alterDistribution);
        let _la: number;
        try {
            this.state = 1051;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 123, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1035;
                this.match(FlinkSqlParser.DISTRIBUTION);
                this.state = 1036;
                this.match(FlinkSqlParser.BY);
                this.state = 1039;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RANGE:
                    {
                    this.state = 1037;
                    this.match(FlinkSqlParser.RANGE);
                    }
                    break;
                case FlinkSqlParser.ABSENT:
                case FlinkSqlParser.ADD:
                case FlinkSqlParser.AFTER:
                case FlinkSqlParser.ANALYZE:
                case FlinkSqlParser.ASC:
                case FlinkSqlParser.BUCKETS:
                case FlinkSqlParser.CASCADE:
                case FlinkSqlParser.CATALOG:
                case FlinkSqlParser.CATALOGS:
                case FlinkSqlParser.COLUMNS:
                case FlinkSqlParser.COMMENT:
                case FlinkSqlParser.COMPILE:
                case FlinkSqlParser.COMPUTE:
                case FlinkSqlParser.CONDITIONAL:
                case FlinkSqlParser.CONNECTION:
                case FlinkSqlParser.CONNECTIONS:
                case FlinkSqlParser.CONSTRAINTS:
                case FlinkSqlParser.DATABASE:
                case FlinkSqlParser.DATABASES:
                case FlinkSqlParser.DAYS:
                case FlinkSqlParser.DEFINE:
                case FlinkSqlParser.DESC:
                case FlinkSqlParser.DESCRIPTOR:
                case FlinkSqlParser.DISTRIBUTED:
                case FlinkSqlParser.DISTRIBUTION:
                case FlinkSqlParser.DRAIN:
                case FlinkSqlParser.EMPTY:
                case FlinkSqlParser.ENFORCED:
                case FlinkSqlParser.ERROR:
                case FlinkSqlParser.EXCLUDING:
                case FlinkSqlParser.EXPLAIN:
                case FlinkSqlParser.EXTENDED:
                case FlinkSqlParser.FIRST:
                case FlinkSqlParser.FOLLOWING:
                case FlinkSqlParser.FRESHNESS:
                case FlinkSqlParser.FUNCTIONS:
                case FlinkSqlParser.GENERATED:
                case FlinkSqlParser.HOURS:
                case FlinkSqlParser.IF:
                case FlinkSqlParser.IGNORE:
                case FlinkSqlParser.ILIKE:
                case FlinkSqlParser.INCLUDING:
                case FlinkSqlParser.INPUT:
                case FlinkSqlParser.JAR:
                case FlinkSqlParser.JARS:
                case FlinkSqlParser.JOB:
                case FlinkSqlParser.JOBS:
                case FlinkSqlParser.JSON:
                case FlinkSqlParser.KEY:
                case FlinkSqlParser.LANGUAGE:
                case FlinkSqlParser.LAST:
                case FlinkSqlParser.LOAD:
                case FlinkSqlParser.MATERIALIZED:
                case FlinkSqlParser.MEASURES:
                case FlinkSqlParser.METADATA:
                case FlinkSqlParser.MINUTES:
                case FlinkSqlParser.MODEL:
                case FlinkSqlParser.MODELS:
                case FlinkSqlParser.MODIFY:
                case FlinkSqlParser.MODULE:
                case FlinkSqlParser.MODULES:
                case FlinkSqlParser.MONTHS:
                case FlinkSqlParser.NEXT:
                case FlinkSqlParser.NULLS:
                case FlinkSqlParser.OBJECT:
                case FlinkSqlParser.ONE:
                case FlinkSqlParser.OPTIONS:
                case FlinkSqlParser.ORDINALITY:
                case FlinkSqlParser.OUTPUT:
                case FlinkSqlParser.OVERWRITE:
                case FlinkSqlParser.OVERWRITING:
                case FlinkSqlParser.PARTITIONED:
                case FlinkSqlParser.PARTITIONS:
                case FlinkSqlParser.PAST:
                case FlinkSqlParser.PATTERN:
                case FlinkSqlParser.PER:
                case FlinkSqlParser.PLACING:
                case FlinkSqlParser.PLAN:
                case FlinkSqlParser.PRECEDING:
                case FlinkSqlParser.PROCEDURES:
                case FlinkSqlParser.QUARTER:
                case FlinkSqlParser.RAW:
                case FlinkSqlParser.REFRESH:
                case FlinkSqlParser.REFRESH_MODE:
                case FlinkSqlParser.REMOVE:
                case FlinkSqlParser.RENAME:
                case FlinkSqlParser.REPLACE:
                case FlinkSqlParser.RESET:
                case FlinkSqlParser.RESPECT:
                case FlinkSqlParser.RESTRICT:
                case FlinkSqlParser.RESUME:
                case FlinkSqlParser.RETURNING:
                case FlinkSqlParser.SAVEPOINT:
                case FlinkSqlParser.SCALAR:
                case FlinkSqlParser.SECONDS:
                case FlinkSqlParser.SETS:
                case FlinkSqlParser.SHOW:
                case FlinkSqlParser.SKIP_:
                case FlinkSqlParser.STATEMENT:
                case FlinkSqlParser.STATISTICS:
                case FlinkSqlParser.STOP:
                case FlinkSqlParser.SUBSET:
                case FlinkSqlParser.SUSPEND:
                case FlinkSqlParser.TABLES:
                case FlinkSqlParser.TEMPORARY:
                case FlinkSqlParser.TRUNCATE:
                case FlinkSqlParser.UNCONDITIONAL:
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VALUE:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.WRAPPER:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 1038;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    break;
                default:
                    break;
                }
                this.state = 1041;
                this.columnNameList();
                this.state = 1045;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 97) {
                    {
                    this.state = 1042;
                    this.match(FlinkSqlParser.INTO);
                    this.state = 1043;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    this.state = 1044;
                    this.match(FlinkSqlParser.BUCKETS);
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1047;
                this.match(FlinkSqlParser.DISTRIBUTION);
                this.state = 1048;
                this.match(FlinkSqlParser.INTO);
                this.state = 1049;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                this.state = 1050;
                this.match(FlinkSqlParser.BUCKETS);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public columnPosition(): ColumnPositionContext {
        let localContext = new ColumnPositionContext(this.context, this.state);
        this.enterRule(localContext, 94, FlinkSqlParser.RULE_columnPosition);
        try {
            this.state = 1056;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.FIRST:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1053;
                this.match(FlinkSqlParser.FIRST);
                }
                break;
            case FlinkSqlParser.AFTER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1054;
                this.match(FlinkSqlParser.AFTER);
                this.state = 1055;
                this.identifier();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterMaterializedTableAction(): AlterMaterializedTableActionContext {
        let localContext = new AlterMaterializedTableActionContext(this.context, this.state);
        this.enterRule(localContext, 96, FlinkSqlParser.RULE_alterMaterializedTableAction);
        let _la: number;
        try {
            this.state = 1080;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 128, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1058;
                this.match(FlinkSqlParser.SUSPEND);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1059;
                this.match(FlinkSqlParser.RESUME);
                this.state = 1061;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 237) {
                    {
                    this.state = 1060;
                    this.withOptions();
                    }
                }

                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1063;
                this.match(FlinkSqlParser.REFRESH);
                this.state = 1065;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 152) {
                    {
                    this.state = 1064;
                    this.partitionSpec();
                    }
                }

                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1067;
                this.match(FlinkSqlParser.SET);
                this.state = 1068;
                this.match(FlinkSqlParser.FRESHNESS);
                this.state = 1069;
                this.match(FlinkSqlParser.EQ);
                this.state = 1070;
                this.intervalLiteral();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1071;
                this.match(FlinkSqlParser.SET);
                this.state = 1072;
                this.match(FlinkSqlParser.REFRESH_MODE);
                this.state = 1073;
                this.match(FlinkSqlParser.EQ);
                this.state = 1076;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.FULL:
                    {
                    this.state = 1074;
                    this.match(FlinkSqlParser.FULL);
                    }
                    break;
                case FlinkSqlParser.ABSENT:
                case FlinkSqlParser.ADD:
                case FlinkSqlParser.AFTER:
                case FlinkSqlParser.ANALYZE:
                case FlinkSqlParser.ASC:
                case FlinkSqlParser.BUCKETS:
                case FlinkSqlParser.CASCADE:
                case FlinkSqlParser.CATALOG:
                case FlinkSqlParser.CATALOGS:
                case FlinkSqlParser.COLUMNS:
                case FlinkSqlParser.COMMENT:
                case FlinkSqlParser.COMPILE:
                case FlinkSqlParser.COMPUTE:
                case FlinkSqlParser.CONDITIONAL:
                case FlinkSqlParser.CONNECTION:
                case FlinkSqlParser.CONNECTIONS:
                case FlinkSqlParser.CONSTRAINTS:
                case FlinkSqlParser.DATABASE:
                case FlinkSqlParser.DATABASES:
                case FlinkSqlParser.DAYS:
                case FlinkSqlParser.DEFINE:
                case FlinkSqlParser.DESC:
                case FlinkSqlParser.DESCRIPTOR:
                case FlinkSqlParser.DISTRIBUTED:
                case FlinkSqlParser.DISTRIBUTION:
                case FlinkSqlParser.DRAIN:
                case FlinkSqlParser.EMPTY:
                case FlinkSqlParser.ENFORCED:
                case FlinkSqlParser.ERROR:
                case FlinkSqlParser.EXCLUDING:
                case FlinkSqlParser.EXPLAIN:
                case FlinkSqlParser.EXTENDED:
                case FlinkSqlParser.FIRST:
                case FlinkSqlParser.FOLLOWING:
                case FlinkSqlParser.FRESHNESS:
                case FlinkSqlParser.FUNCTIONS:
                case FlinkSqlParser.GENERATED:
                case FlinkSqlParser.HOURS:
                case FlinkSqlParser.IF:
                case FlinkSqlParser.IGNORE:
                case FlinkSqlParser.ILIKE:
                case FlinkSqlParser.INCLUDING:
                case FlinkSqlParser.INPUT:
                case FlinkSqlParser.JAR:
                case FlinkSqlParser.JARS:
                case FlinkSqlParser.JOB:
                case FlinkSqlParser.JOBS:
                case FlinkSqlParser.JSON:
                case FlinkSqlParser.KEY:
                case FlinkSqlParser.LANGUAGE:
                case FlinkSqlParser.LAST:
                case FlinkSqlParser.LOAD:
                case FlinkSqlParser.MATERIALIZED:
                case FlinkSqlParser.MEASURES:
                case FlinkSqlParser.METADATA:
                case FlinkSqlParser.MINUTES:
                case FlinkSqlParser.MODEL:
                case FlinkSqlParser.MODELS:
                case FlinkSqlParser.MODIFY:
                case FlinkSqlParser.MODULE:
                case FlinkSqlParser.MODULES:
                case FlinkSqlParser.MONTHS:
                case FlinkSqlParser.NEXT:
                case FlinkSqlParser.NULLS:
                case FlinkSqlParser.OBJECT:
                case FlinkSqlParser.ONE:
                case FlinkSqlParser.OPTIONS:
                case FlinkSqlParser.ORDINALITY:
                case FlinkSqlParser.OUTPUT:
                case FlinkSqlParser.OVERWRITE:
                case FlinkSqlParser.OVERWRITING:
                case FlinkSqlParser.PARTITIONED:
                case FlinkSqlParser.PARTITIONS:
                case FlinkSqlParser.PAST:
                case FlinkSqlParser.PATTERN:
                case FlinkSqlParser.PER:
                case FlinkSqlParser.PLACING:
                case FlinkSqlParser.PLAN:
                case FlinkSqlParser.PRECEDING:
                case FlinkSqlParser.PROCEDURES:
                case FlinkSqlParser.QUARTER:
                case FlinkSqlParser.RAW:
                case FlinkSqlParser.REFRESH:
                case FlinkSqlParser.REFRESH_MODE:
                case FlinkSqlParser.REMOVE:
                case FlinkSqlParser.RENAME:
                case FlinkSqlParser.REPLACE:
                case FlinkSqlParser.RESET:
                case FlinkSqlParser.RESPECT:
                case FlinkSqlParser.RESTRICT:
                case FlinkSqlParser.RESUME:
                case FlinkSqlParser.RETURNING:
                case FlinkSqlParser.SAVEPOINT:
                case FlinkSqlParser.SCALAR:
                case FlinkSqlParser.SECONDS:
                case FlinkSqlParser.SETS:
                case FlinkSqlParser.SHOW:
                case FlinkSqlParser.SKIP_:
                case FlinkSqlParser.STATEMENT:
                case FlinkSqlParser.STATISTICS:
                case FlinkSqlParser.STOP:
                case FlinkSqlParser.SUBSET:
                case FlinkSqlParser.SUSPEND:
                case FlinkSqlParser.TABLES:
                case FlinkSqlParser.TEMPORARY:
                case FlinkSqlParser.TRUNCATE:
                case FlinkSqlParser.UNCONDITIONAL:
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VALUE:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.WRAPPER:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 1075;
                    this.identifier();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1078;
                this.match(FlinkSqlParser.AS);
                this.state = 1079;
                this.query();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropStatement(): DropStatementContext {
        let localContext = new DropStatementContext(this.context, this.state);
        this.enterRule(localContext, 98, FlinkSqlParser.RULE_dropStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1082;
            this.match(FlinkSqlParser.DROP);
            this.state = 1084;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 204) {
                {
                this.state = 1083;
                this.match(FlinkSqlParser.TEMPORARY);
                }
            }

            this.state = 1087;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 200) {
                {
                this.state = 1086;
                this.match(FlinkSqlParser.SYSTEM);
                }
            }

            this.state = 1089;
            this.dropKind();
            this.state = 1091;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 131, this.context) ) {
            case 1:
                {
                this.state = 1090;
                this.ifExists();
                }
                break;
            }
            this.state = 1093;
            this.tablePath();
            this.state = 1095;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 19 || _la === 175) {
                {
                this.state = 1094;
                _la = this.tokenStream.LA(1);
                if(!(_la === 19 || _la === 175)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropKind(): DropKindContext {
        let localContext = new DropKindContext(this.context, this.state);
        this.enterRule(localContext, 100, FlinkSqlParser.RULE_dropKind);
        try {
            this.state = 1106;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1097;
                this.match(FlinkSqlParser.CATALOG);
                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1098;
                this.match(FlinkSqlParser.DATABASE);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1099;
                this.match(FlinkSqlParser.TABLE);
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1100;
                this.match(FlinkSqlParser.VIEW);
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1101;
                this.match(FlinkSqlParser.FUNCTION);
                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1102;
                this.match(FlinkSqlParser.MODEL);
                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1103;
                this.match(FlinkSqlParser.CONNECTION);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1104;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1105;
                this.match(FlinkSqlParser.TABLE);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public showStatement(): ShowStatementContext {
        let localContext = new ShowStatementContext(this.context, this.state);
        this.enterRule(localContext, 102, FlinkSqlParser.RULE_showStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1108;
            this.match(FlinkSqlParser.SHOW);
            this.state = 1146;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CURRENT:
                {
                this.state = 1109;
                this.match(FlinkSqlParser.CURRENT);
                this.state = 1110;
                _la = this.tokenStream.LA(1);
                if(!(_la === 22 || _la === 40)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
                break;
            case FlinkSqlParser.CREATE:
                {
                this.state = 1111;
                this.match(FlinkSqlParser.CREATE);
                this.state = 1121;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.TABLE:
                    {
                    this.state = 1112;
                    this.match(FlinkSqlParser.TABLE);
                    }
                    break;
                case FlinkSqlParser.VIEW:
                    {
                    this.state = 1113;
                    this.match(FlinkSqlParser.VIEW);
                    }
                    break;
                case FlinkSqlParser.MODEL:
                    {
                    this.state = 1114;
                    this.match(FlinkSqlParser.MODEL);
                    }
                    break;
                case FlinkSqlParser.CATALOG:
                    {
                    this.state = 1115;
                    this.match(FlinkSqlParser.CATALOG);
                    }
                    break;
                case FlinkSqlParser.DATABASE:
                    {
                    this.state = 1116;
                    this.match(FlinkSqlParser.DATABASE);
                    }
                    break;
                case FlinkSqlParser.FUNCTION:
                    {
                    this.state = 1117;
                    this.match(FlinkSqlParser.FUNCTION);
                    }
                    break;
                case FlinkSqlParser.CONNECTION:
                    {
                    this.state = 1118;
                    this.match(FlinkSqlParser.CONNECTION);
                    }
                    break;
                case FlinkSqlParser.MATERIALIZED:
                    {
                    this.state = 1119;
                    this.match(FlinkSqlParser.MATERIALIZED);
                    this.state = 1120;
                    this.match(FlinkSqlParser.TABLE);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 1123;
                this.tablePath();
                }
                break;
            case FlinkSqlParser.COLUMNS:
                {
                this.state = 1124;
                this.match(FlinkSqlParser.COLUMNS);
                this.state = 1125;
                _la = this.tokenStream.LA(1);
                if(!(_la === 77 || _la === 90)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1126;
                this.tablePath();
                this.state = 1128;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 89 || _la === 111 || _la === 133) {
                    {
                    this.state = 1127;
                    this.likePattern();
                    }
                }

                }
                break;
            case FlinkSqlParser.PARTITIONS:
                {
                this.state = 1130;
                this.match(FlinkSqlParser.PARTITIONS);
                this.state = 1131;
                this.tablePath();
                this.state = 1133;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 152) {
                    {
                    this.state = 1132;
                    this.partitionSpec();
                    }
                }

                }
                break;
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.FULL:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEWS:
                {
                this.state = 1136;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 78 || _la === 223) {
                    {
                    this.state = 1135;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 78 || _la === 223)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 1138;
                this.showKind();
                this.state = 1141;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 77 || _la === 90) {
                    {
                    this.state = 1139;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 77 || _la === 90)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 1140;
                    this.tablePath();
                    }
                }

                this.state = 1144;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 89 || _la === 111 || _la === 133) {
                    {
                    this.state = 1143;
                    this.likePattern();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public showKind(): ShowKindContext {
        let localContext = new ShowKindContext(this.context, this.state);
        this.enterRule(localContext, 104, FlinkSqlParser.RULE_showKind);
        try {
            this.state = 1161;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOGS:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1148;
                this.match(FlinkSqlParser.CATALOGS);
                }
                break;
            case FlinkSqlParser.DATABASES:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1149;
                this.match(FlinkSqlParser.DATABASES);
                }
                break;
            case FlinkSqlParser.TABLES:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1150;
                this.match(FlinkSqlParser.TABLES);
                }
                break;
            case FlinkSqlParser.VIEWS:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1151;
                this.match(FlinkSqlParser.VIEWS);
                }
                break;
            case FlinkSqlParser.FUNCTIONS:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1152;
                this.match(FlinkSqlParser.FUNCTIONS);
                }
                break;
            case FlinkSqlParser.PROCEDURES:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1153;
                this.match(FlinkSqlParser.PROCEDURES);
                }
                break;
            case FlinkSqlParser.MODULES:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1154;
                this.match(FlinkSqlParser.MODULES);
                }
                break;
            case FlinkSqlParser.JARS:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1155;
                this.match(FlinkSqlParser.JARS);
                }
                break;
            case FlinkSqlParser.JOBS:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1156;
                this.match(FlinkSqlParser.JOBS);
                }
                break;
            case FlinkSqlParser.MODELS:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1157;
                this.match(FlinkSqlParser.MODELS);
                }
                break;
            case FlinkSqlParser.CONNECTIONS:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 1158;
                this.match(FlinkSqlParser.CONNECTIONS);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 1159;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1160;
                this.match(FlinkSqlParser.TABLES);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public likePattern(): LikePatternContext {
        let localContext = new LikePatternContext(this.context, this.state);
        this.enterRule(localContext, 106, FlinkSqlParser.RULE_likePattern);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1164;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 133) {
                {
                this.state = 1163;
                this.match(FlinkSqlParser.NOT);
                }
            }

            this.state = 1166;
            _la = this.tokenStream.LA(1);
            if(!(_la === 89 || _la === 111)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1167;
            this.stringLiteral();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public describeStatement(): DescribeStatementContext {
        let localContext = new DescribeStatementContext(this.context, this.state);
        this.enterRule(localContext, 108, FlinkSqlParser.RULE_describeStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1169;
            _la = this.tokenStream.LA(1);
            if(!(_la === 48 || _la === 49)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1171;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 143, this.context) ) {
            case 1:
                {
                this.state = 1170;
                this.describeKind();
                }
                break;
            }
            this.state = 1174;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 144, this.context) ) {
            case 1:
                {
                this.state = 1173;
                this.match(FlinkSqlParser.EXTENDED);
                }
                break;
            }
            this.state = 1178;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                {
                this.state = 1176;
                this.tablePath();
                }
                break;
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                {
                this.state = 1177;
                this.stringLiteral();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public describeKind(): DescribeKindContext {
        let localContext = new DescribeKindContext(this.context, this.state);
        this.enterRule(localContext, 110, FlinkSqlParser.RULE_describeKind);
        try {
            this.state = 1190;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1180;
                this.match(FlinkSqlParser.CATALOG);
                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1181;
                this.match(FlinkSqlParser.DATABASE);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1182;
                this.match(FlinkSqlParser.TABLE);
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1183;
                this.match(FlinkSqlParser.VIEW);
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1184;
                this.match(FlinkSqlParser.FUNCTION);
                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1185;
                this.match(FlinkSqlParser.MODEL);
                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1186;
                this.match(FlinkSqlParser.CONNECTION);
                }
                break;
            case FlinkSqlParser.JOB:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1187;
                this.match(FlinkSqlParser.JOB);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1188;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1189;
                this.match(FlinkSqlParser.TABLE);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public useStatement(): UseStatementContext {
        let localContext = new UseStatementContext(this.context, this.state);
        this.enterRule(localContext, 112, FlinkSqlParser.RULE_useStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1192;
            this.match(FlinkSqlParser.USE);
            this.state = 1205;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 148, this.context) ) {
            case 1:
                {
                this.state = 1193;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 1194;
                this.identifier();
                }
                break;
            case 2:
                {
                this.state = 1195;
                this.match(FlinkSqlParser.MODULES);
                this.state = 1196;
                this.identifier();
                this.state = 1201;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 1197;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1198;
                    this.identifier();
                    }
                    }
                    this.state = 1203;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 3:
                {
                this.state = 1204;
                this.tablePath();
                }
                break;
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public loadModule(): LoadModuleContext {
        let localContext = new LoadModuleContext(this.context, this.state);
        this.enterRule(localContext, 114, FlinkSqlParser.RULE_loadModule);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1207;
            this.match(FlinkSqlParser.LOAD);
            this.state = 1208;
            this.match(FlinkSqlParser.MODULE);
            this.state = 1209;
            this.identifier();
            this.state = 1211;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 237) {
                {
                this.state = 1210;
                this.withOptions();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public unloadModule(): UnloadModuleContext {
        let localContext = new UnloadModuleContext(this.context, this.state);
        this.enterRule(localContext, 116, FlinkSqlParser.RULE_unloadModule);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1213;
            this.match(FlinkSqlParser.UNLOAD);
            this.state = 1214;
            this.match(FlinkSqlParser.MODULE);
            this.state = 1215;
            this.identifier();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public setStatement(): SetStatementContext {
        let localContext = new SetStatementContext(this.context, this.state);
        this.enterRule(localContext, 118, FlinkSqlParser.RULE_setStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1217;
            this.match(FlinkSqlParser.SET);
            this.state = 1222;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173924430) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || ((((_la - 270)) & ~0x1F) === 0 && ((1 << (_la - 270)) & 195) !== 0)) {
                {
                this.state = 1218;
                this.propertyKey();
                this.state = 1219;
                this.match(FlinkSqlParser.EQ);
                this.state = 1220;
                this.propertyValue();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public resetStatement(): ResetStatementContext {
        let localContext = new ResetStatementContext(this.context, this.state);
        this.enterRule(localContext, 120, FlinkSqlParser.RULE_resetStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1224;
            this.match(FlinkSqlParser.RESET);
            this.state = 1226;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173924430) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || ((((_la - 270)) & ~0x1F) === 0 && ((1 << (_la - 270)) & 195) !== 0)) {
                {
                this.state = 1225;
                this.propertyKey();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public addJar(): AddJarContext {
        let localContext = new AddJarContext(this.context, this.state);
        this.enterRule(localContext, 122, FlinkSqlParser.RULE_addJar);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1228;
            this.match(FlinkSqlParser.ADD);
            this.state = 1229;
            this.match(FlinkSqlParser.JAR);
            this.state = 1230;
            this.stringLiteral();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public removeJar(): RemoveJarContext {
        let localContext = new RemoveJarContext(this.context, this.state);
        this.enterRule(localContext, 124, FlinkSqlParser.RULE_removeJar);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1232;
            this.match(FlinkSqlParser.REMOVE);
            this.state = 1233;
            this.match(FlinkSqlParser.JAR);
            this.state = 1234;
            this.stringLiteral();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public analyzeTable(): AnalyzeTableContext {
        let localContext = new AnalyzeTableContext(this.context, this.state);
        this.enterRule(localContext, 126, FlinkSqlParser.RULE_analyzeTable);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1236;
            this.match(FlinkSqlParser.ANALYZE);
            this.state = 1237;
            this.match(FlinkSqlParser.TABLE);
            this.state = 1238;
            this.tablePath();
            this.state = 1240;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 152) {
                {
                this.state = 1239;
                this.partitionSpec();
                }
            }

            this.state = 1242;
            this.match(FlinkSqlParser.COMPUTE);
            this.state = 1243;
            this.match(FlinkSqlParser.STATISTICS);
            this.state = 1258;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 75) {
                {
                this.state = 1244;
                this.match(FlinkSqlParser.FOR);
                this.state = 1256;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.ALL:
                    {
                    this.state = 1245;
                    this.match(FlinkSqlParser.ALL);
                    this.state = 1246;
                    this.match(FlinkSqlParser.COLUMNS);
                    }
                    break;
                case FlinkSqlParser.COLUMNS:
                    {
                    this.state = 1247;
                    this.match(FlinkSqlParser.COLUMNS);
                    this.state = 1248;
                    this.identifier();
                    this.state = 1253;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 264) {
                        {
                        {
                        this.state = 1249;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 1250;
                        this.identifier();
                        }
                        }
                        this.state = 1255;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public stopJob(): StopJobContext {
        let localContext = new StopJobContext(this.context, this.state);
        this.enterRule(localContext, 128, FlinkSqlParser.RULE_stopJob);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1260;
            this.match(FlinkSqlParser.STOP);
            this.state = 1261;
            this.match(FlinkSqlParser.JOB);
            this.state = 1262;
            this.stringLiteral();
            this.state = 1265;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 156, this.context) ) {
            case 1:
                {
                this.state = 1263;
                this.match(FlinkSqlParser.WITH);
                this.state = 1264;
                this.match(FlinkSqlParser.SAVEPOINT);
                }
                break;
            }
            this.state = 1269;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 237) {
                {
                this.state = 1267;
                this.match(FlinkSqlParser.WITH);
                this.state = 1268;
                this.match(FlinkSqlParser.DRAIN);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public partitionSpec(): PartitionSpecContext {
        let localContext = new PartitionSpecContext(this.context, this.state);
        this.enterRule(localContext, 130, FlinkSqlParser.RULE_partitionSpec);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1271;
            this.match(FlinkSqlParser.PARTITION);
            this.state = 1272;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1273;
            this.partitionValue();
            this.state = 1278;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 1274;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1275;
                this.partitionValue();
                }
                }
                this.state = 1280;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1281;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public partitionValue(): PartitionValueContext {
        let localContext = new PartitionValueContext(this.context, this.state);
        this.enterRule(localContext, 132, FlinkSqlParser.RULE_partitionValue);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1283;
            this.identifier();
            this.state = 1286;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 244) {
                {
                this.state = 1284;
                this.match(FlinkSqlParser.EQ);
                this.state = 1285;
                this.literal();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public query(): QueryContext {
        let localContext = new QueryContext(this.context, this.state);
        this.enterRule(localContext, 134, FlinkSqlParser.RULE_query);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1289;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 237) {
                {
                this.state = 1288;
                this.withClause();
                }
            }

            this.state = 1291;
            this.queryExpression();
            this.state = 1293;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 144) {
                {
                this.state = 1292;
                this.orderBy();
                }
            }

            this.state = 1296;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 112) {
                {
                this.state = 1295;
                this.limitClause();
                }
            }

            this.state = 1299;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 138) {
                {
                this.state = 1298;
                this.offsetClause();
                }
            }

            this.state = 1302;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 70) {
                {
                this.state = 1301;
                this.fetchClause();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public withClause(): WithClauseContext {
        let localContext = new WithClauseContext(this.context, this.state);
        this.enterRule(localContext, 136, FlinkSqlParser.RULE_withClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1304;
            this.match(FlinkSqlParser.WITH);
            this.state = 1305;
            this.commonTableExpression();
            this.state = 1310;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 1306;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1307;
                this.commonTableExpression();
                }
                }
                this.state = 1312;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public commonTableExpression(): CommonTableExpressionContext {
        let localContext = new CommonTableExpressionContext(this.context, this.state);
        this.enterRule(localContext, 138, FlinkSqlParser.RULE_commonTableExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1313;
            this.identifier();
            this.state = 1315;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 258) {
                {
                this.state = 1314;
                this.columnNameList();
                }
            }

            this.state = 1317;
            this.match(FlinkSqlParser.AS);
            this.state = 1318;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1319;
            this.query();
            this.state = 1320;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public queryExpression(): QueryExpressionContext {
        let localContext = new QueryExpressionContext(this.context, this.state);
        this.enterRule(localContext, 140, FlinkSqlParser.RULE_queryExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1322;
            this.queryIntersect();
            this.state = 1328;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 62 || _la === 216) {
                {
                {
                this.state = 1323;
                this.setOperator();
                this.state = 1324;
                this.queryIntersect();
                }
                }
                this.state = 1330;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public setOperator(): SetOperatorContext {
        let localContext = new SetOperatorContext(this.context, this.state);
        this.enterRule(localContext, 142, FlinkSqlParser.RULE_setOperator);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1331;
            _la = this.tokenStream.LA(1);
            if(!(_la === 62 || _la === 216)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1333;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 4 || _la === 51) {
                {
                this.state = 1332;
                _la = this.tokenStream.LA(1);
                if(!(_la === 4 || _la === 51)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public queryIntersect(): QueryIntersectContext {
        let localContext = new QueryIntersectContext(this.context, this.state);
        this.enterRule(localContext, 144, FlinkSqlParser.RULE_queryIntersect);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1335;
            this.queryPrimary();
            this.state = 1343;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 95) {
                {
                {
                this.state = 1336;
                this.match(FlinkSqlParser.INTERSECT);
                this.state = 1338;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 4 || _la === 51) {
                    {
                    this.state = 1337;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 4 || _la === 51)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 1340;
                this.queryPrimary();
                }
                }
                this.state = 1345;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public queryPrimary(): QueryPrimaryContext {
        let localContext = new QueryPrimaryContext(this.context, this.state);
        this.enterRule(localContext, 146, FlinkSqlParser.RULE_queryPrimary);
        try {
            this.state = 1354;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1346;
                this.selectCore();
                }
                break;
            case FlinkSqlParser.VALUES:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1347;
                this.valuesClause();
                }
                break;
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1348;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1349;
                this.query();
                this.state = 1350;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1352;
                this.match(FlinkSqlParser.TABLE);
                this.state = 1353;
                this.tablePath();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public valuesClause(): ValuesClauseContext {
        let localContext = new ValuesClauseContext(this.context, this.state);
        this.enterRule(localContext, 148, FlinkSqlParser.RULE_valuesClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1356;
            this.match(FlinkSqlParser.VALUES);
            this.state = 1357;
            this.expression(0);
            this.state = 1362;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 1358;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1359;
                this.expression(0);
                }
                }
                this.state = 1364;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selectCore(): SelectCoreContext {
        let localContext = new SelectCoreContext(this.context, this.state);
        this.enterRule(localContext, 150, FlinkSqlParser.RULE_selectCore);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1365;
            this.match(FlinkSqlParser.SELECT);
            this.state = 1367;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 278) {
                {
                this.state = 1366;
                this.hint();
                }
            }

            this.state = 1370;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 4 || _la === 51) {
                {
                this.state = 1369;
                _la = this.tokenStream.LA(1);
                if(!(_la === 4 || _la === 51)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            this.state = 1372;
            this.selectItem();
            this.state = 1377;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 1373;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1374;
                this.selectItem();
                }
                }
                this.state = 1379;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1382;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 77) {
                {
                this.state = 1380;
                this.match(FlinkSqlParser.FROM);
                this.state = 1381;
                this.fromClause();
                }
            }

            this.state = 1385;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 235) {
                {
                this.state = 1384;
                this.whereClause();
                }
            }

            this.state = 1388;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 82) {
                {
                this.state = 1387;
                this.groupBy();
                }
            }

            this.state = 1391;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 84) {
                {
                this.state = 1390;
                this.havingClause();
                }
            }

            this.state = 1394;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 236) {
                {
                this.state = 1393;
                this.windowClause();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public whereClause(): WhereClauseContext {
        let localContext = new WhereClauseContext(this.context, this.state);
        this.enterRule(localContext, 152, FlinkSqlParser.RULE_whereClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1396;
            this.match(FlinkSqlParser.WHERE);
            this.state = 1397;
            this.expression(0);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public havingClause(): HavingClauseContext {
        let localContext = new HavingClauseContext(this.context, this.state);
        this.enterRule(localContext, 154, FlinkSqlParser.RULE_havingClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1399;
            this.match(FlinkSqlParser.HAVING);
            this.state = 1400;
            this.expression(0);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selectItem(): SelectItemContext {
        let localContext = new SelectItemContext(this.context, this.state);
        this.enterRule(localContext, 156, FlinkSqlParser.RULE_selectItem);
        let _la: number;
        try {
            this.state = 1414;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 183, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1402;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1403;
                this.qualifiedName();
                this.state = 1404;
                this.match(FlinkSqlParser.DOT);
                this.state = 1405;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1407;
                this.expression(0);
                this.state = 1412;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173925454) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || _la === 276 || _la === 277) {
                    {
                    this.state = 1409;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 10) {
                        {
                        this.state = 1408;
                        this.match(FlinkSqlParser.AS);
                        }
                    }

                    this.state = 1411;
                    this.identifier();
                    }
                }

                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public fromClause(): FromClauseContext {
        let localContext = new FromClauseContext(this.context, this.state);
        this.enterRule(localContext, 158, FlinkSqlParser.RULE_fromClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1416;
            this.tableReference();
            this.state = 1421;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 1417;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1418;
                this.tableReference();
                }
                }
                this.state = 1423;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tableReference(): TableReferenceContext {
        let localContext = new TableReferenceContext(this.context, this.state);
        this.enterRule(localContext, 160, FlinkSqlParser.RULE_tableReference);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1424;
            this.tablePrimary();
            this.state = 1428;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 37 || ((((_la - 78)) & ~0x1F) === 0 && ((1 << (_la - 78)) & 33570817) !== 0) || _la === 110 || _la === 131 || _la === 178) {
                {
                {
                this.state = 1425;
                this.joinPart();
                }
                }
                this.state = 1430;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public joinPart(): JoinPartContext {
        let localContext = new JoinPartContext(this.context, this.state);
        this.enterRule(localContext, 162, FlinkSqlParser.RULE_joinPart);
        let _la: number;
        try {
            this.state = 1445;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CROSS:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1431;
                this.match(FlinkSqlParser.CROSS);
                this.state = 1432;
                this.match(FlinkSqlParser.JOIN);
                this.state = 1433;
                this.tablePrimary();
                }
                break;
            case FlinkSqlParser.FULL:
            case FlinkSqlParser.INNER:
            case FlinkSqlParser.JOIN:
            case FlinkSqlParser.LEFT:
            case FlinkSqlParser.NATURAL:
            case FlinkSqlParser.RIGHT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1435;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 131) {
                    {
                    this.state = 1434;
                    this.match(FlinkSqlParser.NATURAL);
                    }
                }

                this.state = 1438;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 78 || _la === 92 || _la === 110 || _la === 178) {
                    {
                    this.state = 1437;
                    this.joinType();
                    }
                }

                this.state = 1440;
                this.match(FlinkSqlParser.JOIN);
                this.state = 1441;
                this.tablePrimary();
                this.state = 1443;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 139 || _la === 224) {
                    {
                    this.state = 1442;
                    this.joinCondition();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public joinType(): JoinTypeContext {
        let localContext = new JoinTypeContext(this.context, this.state);
        this.enterRule(localContext, 164, FlinkSqlParser.RULE_joinType);
        let _la: number;
        try {
            this.state = 1452;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.INNER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1447;
                this.match(FlinkSqlParser.INNER);
                }
                break;
            case FlinkSqlParser.FULL:
            case FlinkSqlParser.LEFT:
            case FlinkSqlParser.RIGHT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1448;
                _la = this.tokenStream.LA(1);
                if(!(_la === 78 || _la === 110 || _la === 178)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1450;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 146) {
                    {
                    this.state = 1449;
                    this.match(FlinkSqlParser.OUTER);
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public joinCondition(): JoinConditionContext {
        let localContext = new JoinConditionContext(this.context, this.state);
        this.enterRule(localContext, 166, FlinkSqlParser.RULE_joinCondition);
        try {
            this.state = 1458;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ON:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1454;
                this.match(FlinkSqlParser.ON);
                this.state = 1455;
                this.expression(0);
                }
                break;
            case FlinkSqlParser.USING:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1456;
                this.match(FlinkSqlParser.USING);
                this.state = 1457;
                this.columnNameList();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tablePrimary(): TablePrimaryContext {
        let localContext = new TablePrimaryContext(this.context, this.state);
        this.enterRule(localContext, 168, FlinkSqlParser.RULE_tablePrimary);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1460;
            this.tableFactor();
            this.state = 1462;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 117) {
                {
                this.state = 1461;
                this.matchRecognize();
                }
            }

            this.state = 1465;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173925454) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || _la === 276 || _la === 277) {
                {
                this.state = 1464;
                this.tableAlias();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tableFactor(): TableFactorContext {
        let localContext = new TableFactorContext(this.context, this.state);
        this.enterRule(localContext, 170, FlinkSqlParser.RULE_tableFactor);
        let _la: number;
        try {
            this.state = 1514;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 201, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1467;
                this.tablePath();
                this.state = 1469;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 278) {
                    {
                    this.state = 1468;
                    this.hint();
                    }
                }

                this.state = 1472;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 75) {
                    {
                    this.state = 1471;
                    this.systemTime();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1474;
                this.match(FlinkSqlParser.LATERAL);
                this.state = 1484;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 1475;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1476;
                    this.query();
                    this.state = 1477;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                case FlinkSqlParser.TABLE:
                    {
                    this.state = 1479;
                    this.match(FlinkSqlParser.TABLE);
                    this.state = 1480;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1481;
                    this.functionCall();
                    this.state = 1482;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1486;
                this.match(FlinkSqlParser.TABLE);
                this.state = 1487;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1488;
                this.functionCall();
                this.state = 1489;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1491;
                this.match(FlinkSqlParser.UNNEST);
                this.state = 1492;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1493;
                this.expression(0);
                this.state = 1498;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 1494;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1495;
                    this.expression(0);
                    }
                    }
                    this.state = 1500;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1501;
                this.match(FlinkSqlParser.RPAREN);
                this.state = 1504;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 237) {
                    {
                    this.state = 1502;
                    this.match(FlinkSqlParser.WITH);
                    this.state = 1503;
                    this.match(FlinkSqlParser.ORDINALITY);
                    }
                }

                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1506;
                this.functionCall();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1507;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1510;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 200, this.context) ) {
                case 1:
                    {
                    this.state = 1508;
                    this.query();
                    }
                    break;
                case 2:
                    {
                    this.state = 1509;
                    this.tableReference();
                    }
                    break;
                }
                this.state = 1512;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public systemTime(): SystemTimeContext {
        let localContext = new SystemTimeContext(this.context, this.state);
        this.enterRule(localContext, 172, FlinkSqlParser.RULE_systemTime);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1516;
            this.match(FlinkSqlParser.FOR);
            this.state = 1517;
            this.match(FlinkSqlParser.SYSTEM_TIME);
            this.state = 1518;
            this.match(FlinkSqlParser.AS);
            this.state = 1519;
            this.match(FlinkSqlParser.OF);
            this.state = 1520;
            this.expression(0);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tableAlias(): TableAliasContext {
        let localContext = new TableAliasContext(this.context, this.state);
        this.enterRule(localContext, 174, FlinkSqlParser.RULE_tableAlias);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1523;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 10) {
                {
                this.state = 1522;
                this.match(FlinkSqlParser.AS);
                }
            }

            this.state = 1525;
            this.identifier();
            this.state = 1527;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 258) {
                {
                this.state = 1526;
                this.columnNameList();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public groupBy(): GroupByContext {
        let localContext = new GroupByContext(this.context, this.state);
        this.enterRule(localContext, 176, FlinkSqlParser.RULE_groupBy);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1529;
            this.match(FlinkSqlParser.GROUP);
            this.state = 1530;
            this.match(FlinkSqlParser.BY);
            this.state = 1531;
            this.groupingElement();
            this.state = 1536;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 1532;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1533;
                this.groupingElement();
                }
                }
                this.state = 1538;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public groupingElement(): GroupingElementContext {
        let localContext = new GroupingElementContext(this.context, this.state);
        this.enterRule(localContext, 178, FlinkSqlParser.RULE_groupingElement);
        let _la: number;
        try {
            this.state = 1567;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 207, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1539;
                this.match(FlinkSqlParser.GROUPING);
                this.state = 1540;
                this.match(FlinkSqlParser.SETS);
                this.state = 1541;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1542;
                this.groupingElement();
                this.state = 1547;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 1543;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1544;
                    this.groupingElement();
                    }
                    }
                    this.state = 1549;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1550;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1552;
                _la = this.tokenStream.LA(1);
                if(!(_la === 38 || _la === 179)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1553;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1554;
                this.expression(0);
                this.state = 1559;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 1555;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1556;
                    this.expression(0);
                    }
                    }
                    this.state = 1561;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1562;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1564;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1565;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1566;
                this.expression(0);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public windowClause(): WindowClauseContext {
        let localContext = new WindowClauseContext(this.context, this.state);
        this.enterRule(localContext, 180, FlinkSqlParser.RULE_windowClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1569;
            this.match(FlinkSqlParser.WINDOW);
            this.state = 1570;
            this.namedWindow();
            this.state = 1575;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 1571;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1572;
                this.namedWindow();
                }
                }
                this.state = 1577;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public namedWindow(): NamedWindowContext {
        let localContext = new NamedWindowContext(this.context, this.state);
        this.enterRule(localContext, 182, FlinkSqlParser.RULE_namedWindow);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1578;
            this.identifier();
            this.state = 1579;
            this.match(FlinkSqlParser.AS);
            this.state = 1580;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1581;
            this.windowSpec();
            this.state = 1582;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public windowSpec(): WindowSpecContext {
        let localContext = new WindowSpecContext(this.context, this.state);
        this.enterRule(localContext, 184, FlinkSqlParser.RULE_windowSpec);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1585;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173924430) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || _la === 276 || _la === 277) {
                {
                this.state = 1584;
                this.identifier();
                }
            }

            this.state = 1597;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 152) {
                {
                this.state = 1587;
                this.match(FlinkSqlParser.PARTITION);
                this.state = 1588;
                this.match(FlinkSqlParser.BY);
                this.state = 1589;
                this.expression(0);
                this.state = 1594;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 1590;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1591;
                    this.expression(0);
                    }
                    }
                    this.state = 1596;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1600;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 144) {
                {
                this.state = 1599;
                this.orderBy();
                }
            }

            this.state = 1603;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 166 || _la === 181) {
                {
                this.state = 1602;
                this.windowFrame();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public windowFrame(): WindowFrameContext {
        let localContext = new WindowFrameContext(this.context, this.state);
        this.enterRule(localContext, 186, FlinkSqlParser.RULE_windowFrame);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1605;
            _la = this.tokenStream.LA(1);
            if(!(_la === 166 || _la === 181)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1612;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.BETWEEN:
                {
                this.state = 1606;
                this.match(FlinkSqlParser.BETWEEN);
                this.state = 1607;
                this.frameBound();
                this.state = 1608;
                this.match(FlinkSqlParser.AND);
                this.state = 1609;
                this.frameBound();
                }
                break;
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ARRAY:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CASE:
            case FlinkSqlParser.CAST:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.CEIL:
            case FlinkSqlParser.CEILING:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.CURRENT:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DATE:
            case FlinkSqlParser.DAY:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXISTS:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.EXTRACT:
            case FlinkSqlParser.FALSE:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FLOOR:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.GROUPING:
            case FlinkSqlParser.HOUR:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.INTERVAL:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LEFT:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MAP:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTE:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTH:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.MULTISET:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULL:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERLAY:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.POSITION:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECOND:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUBSTRING:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TIME:
            case FlinkSqlParser.TIMESTAMP:
            case FlinkSqlParser.TRIM:
            case FlinkSqlParser.TRUE:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.TRY_CAST:
            case FlinkSqlParser.UNBOUNDED:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEAR:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.PLUS:
            case FlinkSqlParser.MINUS_SIGN:
            case FlinkSqlParser.LPAREN:
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
            case FlinkSqlParser.BINARY_STRING:
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                {
                this.state = 1611;
                this.frameBound();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public frameBound(): FrameBoundContext {
        let localContext = new FrameBoundContext(this.context, this.state);
        this.enterRule(localContext, 188, FlinkSqlParser.RULE_frameBound);
        let _la: number;
        try {
            this.state = 1621;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.UNBOUNDED:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1614;
                this.match(FlinkSqlParser.UNBOUNDED);
                this.state = 1615;
                _la = this.tokenStream.LA(1);
                if(!(_la === 74 || _la === 161)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
                break;
            case FlinkSqlParser.CURRENT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1616;
                this.match(FlinkSqlParser.CURRENT);
                this.state = 1617;
                this.match(FlinkSqlParser.ROW);
                }
                break;
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ARRAY:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CASE:
            case FlinkSqlParser.CAST:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.CEIL:
            case FlinkSqlParser.CEILING:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DATE:
            case FlinkSqlParser.DAY:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXISTS:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.EXTRACT:
            case FlinkSqlParser.FALSE:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FLOOR:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.GROUPING:
            case FlinkSqlParser.HOUR:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.INTERVAL:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LEFT:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MAP:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTE:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTH:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.MULTISET:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULL:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERLAY:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.POSITION:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECOND:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUBSTRING:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TIME:
            case FlinkSqlParser.TIMESTAMP:
            case FlinkSqlParser.TRIM:
            case FlinkSqlParser.TRUE:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.TRY_CAST:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEAR:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.PLUS:
            case FlinkSqlParser.MINUS_SIGN:
            case FlinkSqlParser.LPAREN:
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
            case FlinkSqlParser.BINARY_STRING:
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1618;
                this.valueExpression(0);
                this.state = 1619;
                _la = this.tokenStream.LA(1);
                if(!(_la === 74 || _la === 161)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public orderBy(): OrderByContext {
        let localContext = new OrderByContext(this.context, this.state);
        this.enterRule(localContext, 190, FlinkSqlParser.RULE_orderBy);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1623;
            this.match(FlinkSqlParser.ORDER);
            this.state = 1624;
            this.match(FlinkSqlParser.BY);
            this.state = 1625;
            this.orderItem();
            this.state = 1630;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 216, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 1626;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1627;
                    this.orderItem();
                    }
                    }
                }
                this.state = 1632;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 216, this.context);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public orderItem(): OrderItemContext {
        let localContext = new OrderItemContext(this.context, this.state);
        this.enterRule(localContext, 192, FlinkSqlParser.RULE_orderItem);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1633;
            this.expression(0);
            this.state = 1635;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 11 || _la === 48) {
                {
                this.state = 1634;
                _la = this.tokenStream.LA(1);
                if(!(_la === 11 || _la === 48)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            this.state = 1639;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 135) {
                {
                this.state = 1637;
                this.match(FlinkSqlParser.NULLS);
                this.state = 1638;
                _la = this.tokenStream.LA(1);
                if(!(_la === 72 || _la === 107)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public limitClause(): LimitClauseContext {
        let localContext = new LimitClauseContext(this.context, this.state);
        this.enterRule(localContext, 194, FlinkSqlParser.RULE_limitClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1641;
            this.match(FlinkSqlParser.LIMIT);
            this.state = 1644;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ARRAY:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CASE:
            case FlinkSqlParser.CAST:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.CEIL:
            case FlinkSqlParser.CEILING:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DATE:
            case FlinkSqlParser.DAY:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXISTS:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.EXTRACT:
            case FlinkSqlParser.FALSE:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FLOOR:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.GROUPING:
            case FlinkSqlParser.HOUR:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.INTERVAL:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LEFT:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MAP:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTE:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTH:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.MULTISET:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NOT:
            case FlinkSqlParser.NULL:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERLAY:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.POSITION:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECOND:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUBSTRING:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TIME:
            case FlinkSqlParser.TIMESTAMP:
            case FlinkSqlParser.TRIM:
            case FlinkSqlParser.TRUE:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.TRY_CAST:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEAR:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.PLUS:
            case FlinkSqlParser.MINUS_SIGN:
            case FlinkSqlParser.LPAREN:
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
            case FlinkSqlParser.BINARY_STRING:
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                {
                this.state = 1642;
                this.expression(0);
                }
                break;
            case FlinkSqlParser.ALL:
                {
                this.state = 1643;
                this.match(FlinkSqlParser.ALL);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public offsetClause(): OffsetClauseContext {
        let localContext = new OffsetClauseContext(this.context, this.state);
        this.enterRule(localContext, 196, FlinkSqlParser.RULE_offsetClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1646;
            this.match(FlinkSqlParser.OFFSET);
            this.state = 1647;
            this.expression(0);
            this.state = 1649;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 180 || _la === 181) {
                {
                this.state = 1648;
                _la = this.tokenStream.LA(1);
                if(!(_la === 180 || _la === 181)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public fetchClause(): FetchClauseContext {
        let localContext = new FetchClauseContext(this.context, this.state);
        this.enterRule(localContext, 198, FlinkSqlParser.RULE_fetchClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1651;
            this.match(FlinkSqlParser.FETCH);
            this.state = 1652;
            _la = this.tokenStream.LA(1);
            if(!(_la === 72 || _la === 132)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1654;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 221, this.context) ) {
            case 1:
                {
                this.state = 1653;
                this.expression(0);
                }
                break;
            }
            this.state = 1656;
            _la = this.tokenStream.LA(1);
            if(!(_la === 180 || _la === 181)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1657;
            this.match(FlinkSqlParser.ONLY);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public matchRecognize(): MatchRecognizeContext {
        let localContext = new MatchRecognizeContext(this.context, this.state);
        this.enterRule(localContext, 200, FlinkSqlParser.RULE_matchRecognize);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1659;
            this.match(FlinkSqlParser.MATCH_RECOGNIZE);
            this.state = 1660;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1671;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 152) {
                {
                this.state = 1661;
                this.match(FlinkSqlParser.PARTITION);
                this.state = 1662;
                this.match(FlinkSqlParser.BY);
                this.state = 1663;
                this.expression(0);
                this.state = 1668;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 1664;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1665;
                    this.expression(0);
                    }
                    }
                    this.state = 1670;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1674;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 144) {
                {
                this.state = 1673;
                this.orderBy();
                }
            }

            this.state = 1685;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 119) {
                {
                this.state = 1676;
                this.match(FlinkSqlParser.MEASURES);
                this.state = 1677;
                this.measure();
                this.state = 1682;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 1678;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1679;
                    this.measure();
                    }
                    }
                    this.state = 1684;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1688;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 4 || _la === 140) {
                {
                this.state = 1687;
                this.rowsPerMatch();
                }
            }

            this.state = 1691;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 3) {
                {
                this.state = 1690;
                this.afterMatchSkip();
                }
            }

            this.state = 1693;
            this.match(FlinkSqlParser.PATTERN);
            this.state = 1694;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1695;
            this.pattern();
            this.state = 1696;
            this.match(FlinkSqlParser.RPAREN);
            this.state = 1699;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 238) {
                {
                this.state = 1697;
                this.match(FlinkSqlParser.WITHIN);
                this.state = 1698;
                this.intervalLiteral();
                }
            }

            this.state = 1710;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 196) {
                {
                this.state = 1701;
                this.match(FlinkSqlParser.SUBSET);
                this.state = 1702;
                this.subsetDefinition();
                this.state = 1707;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 1703;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1704;
                    this.subsetDefinition();
                    }
                    }
                    this.state = 1709;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1712;
            this.match(FlinkSqlParser.DEFINE);
            this.state = 1713;
            this.patternDefinition();
            this.state = 1718;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 1714;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1715;
                this.patternDefinition();
                }
                }
                this.state = 1720;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1721;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public measure(): MeasureContext {
        let localContext = new MeasureContext(this.context, this.state);
        this.enterRule(localContext, 202, FlinkSqlParser.RULE_measure);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1723;
            this.expression(0);
            this.state = 1724;
            this.match(FlinkSqlParser.AS);
            this.state = 1725;
            this.identifier();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public rowsPerMatch(): RowsPerMatchContext {
        let localContext = new RowsPerMatchContext(this.context, this.state);
        this.enterRule(localContext, 204, FlinkSqlParser.RULE_rowsPerMatch);
        try {
            this.state = 1735;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ONE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1727;
                this.match(FlinkSqlParser.ONE);
                this.state = 1728;
                this.match(FlinkSqlParser.ROW);
                this.state = 1729;
                this.match(FlinkSqlParser.PER);
                this.state = 1730;
                this.match(FlinkSqlParser.MATCH);
                }
                break;
            case FlinkSqlParser.ALL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1731;
                this.match(FlinkSqlParser.ALL);
                this.state = 1732;
                this.match(FlinkSqlParser.ROWS);
                this.state = 1733;
                this.match(FlinkSqlParser.PER);
                this.state = 1734;
                this.match(FlinkSqlParser.MATCH);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public afterMatchSkip(): AfterMatchSkipContext {
        let localContext = new AfterMatchSkipContext(this.context, this.state);
        this.enterRule(localContext, 206, FlinkSqlParser.RULE_afterMatchSkip);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1737;
            this.match(FlinkSqlParser.AFTER);
            this.state = 1738;
            this.match(FlinkSqlParser.MATCH);
            this.state = 1739;
            this.match(FlinkSqlParser.SKIP_);
            this.state = 1751;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 235, this.context) ) {
            case 1:
                {
                this.state = 1740;
                this.match(FlinkSqlParser.TO);
                this.state = 1741;
                this.match(FlinkSqlParser.NEXT);
                this.state = 1742;
                this.match(FlinkSqlParser.ROW);
                }
                break;
            case 2:
                {
                this.state = 1743;
                this.match(FlinkSqlParser.PAST);
                this.state = 1744;
                this.match(FlinkSqlParser.LAST);
                this.state = 1745;
                this.match(FlinkSqlParser.ROW);
                }
                break;
            case 3:
                {
                this.state = 1746;
                this.match(FlinkSqlParser.TO);
                this.state = 1748;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 234, this.context) ) {
                case 1:
                    {
                    this.state = 1747;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 72 || _la === 107)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                    break;
                }
                this.state = 1750;
                this.identifier();
                }
                break;
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public pattern(): PatternContext {
        let localContext = new PatternContext(this.context, this.state);
        this.enterRule(localContext, 208, FlinkSqlParser.RULE_pattern);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1753;
            this.patternTerm();
            this.state = 1758;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 257) {
                {
                {
                this.state = 1754;
                this.match(FlinkSqlParser.PIPE);
                this.state = 1755;
                this.patternTerm();
                }
                }
                this.state = 1760;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public patternTerm(): PatternTermContext {
        let localContext = new PatternTermContext(this.context, this.state);
        this.enterRule(localContext, 210, FlinkSqlParser.RULE_patternTerm);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1762;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 1761;
                this.patternFactor();
                }
                }
                this.state = 1764;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            } while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173924430) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 1073795135) !== 0) || _la === 276 || _la === 277);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public patternFactor(): PatternFactorContext {
        let localContext = new PatternFactorContext(this.context, this.state);
        this.enterRule(localContext, 212, FlinkSqlParser.RULE_patternFactor);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1766;
            this.patternPrimary();
            this.state = 1768;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (((((_la - 251)) & ~0x1F) === 0 && ((1 << (_la - 251)) & 67589) !== 0)) {
                {
                this.state = 1767;
                this.patternQuantifier();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public patternPrimary(): PatternPrimaryContext {
        let localContext = new PatternPrimaryContext(this.context, this.state);
        this.enterRule(localContext, 214, FlinkSqlParser.RULE_patternPrimary);
        try {
            this.state = 1775;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1770;
                this.identifier();
                }
                break;
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1771;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1772;
                this.pattern();
                this.state = 1773;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public patternQuantifier(): PatternQuantifierContext {
        let localContext = new PatternQuantifierContext(this.context, this.state);
        this.enterRule(localContext, 216, FlinkSqlParser.RULE_patternQuantifier);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1791;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STAR:
                {
                this.state = 1777;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case FlinkSqlParser.PLUS:
                {
                this.state = 1778;
                this.match(FlinkSqlParser.PLUS);
                }
                break;
            case FlinkSqlParser.QUESTION:
                {
                this.state = 1779;
                this.match(FlinkSqlParser.QUESTION);
                }
                break;
            case FlinkSqlParser.LBRACE:
                {
                this.state = 1780;
                this.match(FlinkSqlParser.LBRACE);
                this.state = 1782;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 273) {
                    {
                    this.state = 1781;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    }
                }

                this.state = 1788;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 264) {
                    {
                    this.state = 1784;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1786;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 273) {
                        {
                        this.state = 1785;
                        this.match(FlinkSqlParser.INTEGER_VALUE);
                        }
                    }

                    }
                }

                this.state = 1790;
                this.match(FlinkSqlParser.RBRACE);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 1794;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 267) {
                {
                this.state = 1793;
                this.match(FlinkSqlParser.QUESTION);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public subsetDefinition(): SubsetDefinitionContext {
        let localContext = new SubsetDefinitionContext(this.context, this.state);
        this.enterRule(localContext, 218, FlinkSqlParser.RULE_subsetDefinition);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1796;
            this.identifier();
            this.state = 1797;
            this.match(FlinkSqlParser.EQ);
            this.state = 1798;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1799;
            this.identifier();
            this.state = 1804;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 1800;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1801;
                this.identifier();
                }
                }
                this.state = 1806;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1807;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public patternDefinition(): PatternDefinitionContext {
        let localContext = new PatternDefinitionContext(this.context, this.state);
        this.enterRule(localContext, 220, FlinkSqlParser.RULE_patternDefinition);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1809;
            this.identifier();
            this.state = 1810;
            this.match(FlinkSqlParser.AS);
            this.state = 1811;
            this.expression(0);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public hint(): HintContext {
        let localContext = new HintContext(this.context, this.state);
        this.enterRule(localContext, 222, FlinkSqlParser.RULE_hint);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1813;
            this.match(FlinkSqlParser.HINT_START);
            this.state = 1814;
            this.hintItem();
            this.state = 1821;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 288 || _la === 293) {
                {
                {
                this.state = 1816;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 293) {
                    {
                    this.state = 1815;
                    this.match(FlinkSqlParser.HINT_COMMA);
                    }
                }

                this.state = 1818;
                this.hintItem();
                }
                }
                this.state = 1823;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1824;
            this.match(FlinkSqlParser.HINT_END);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public hintItem(): HintItemContext {
        let localContext = new HintItemContext(this.context, this.state);
        this.enterRule(localContext, 224, FlinkSqlParser.RULE_hintItem);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1826;
            this.match(FlinkSqlParser.HINT_NAME);
            this.state = 1839;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 294) {
                {
                this.state = 1827;
                this.match(FlinkSqlParser.HINT_LPAREN);
                this.state = 1836;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (((((_la - 288)) & ~0x1F) === 0 && ((1 << (_la - 288)) & 15) !== 0)) {
                    {
                    this.state = 1828;
                    this.hintOption();
                    this.state = 1833;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 293) {
                        {
                        {
                        this.state = 1829;
                        this.match(FlinkSqlParser.HINT_COMMA);
                        this.state = 1830;
                        this.hintOption();
                        }
                        }
                        this.state = 1835;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 1838;
                this.match(FlinkSqlParser.HINT_RPAREN);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public hintOption(): HintOptionContext {
        let localContext = new HintOptionContext(this.context, this.state);
        this.enterRule(localContext, 226, FlinkSqlParser.RULE_hintOption);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1841;
            this.hintValue();
            this.state = 1844;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 292) {
                {
                this.state = 1842;
                this.match(FlinkSqlParser.HINT_EQ);
                this.state = 1843;
                this.hintValue();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public hintValue(): HintValueContext {
        let localContext = new HintValueContext(this.context, this.state);
        this.enterRule(localContext, 228, FlinkSqlParser.RULE_hintValue);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1846;
            _la = this.tokenStream.LA(1);
            if(!(((((_la - 288)) & ~0x1F) === 0 && ((1 << (_la - 288)) & 15) !== 0))) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }

    public expression(): ExpressionContext;
    public expression(_p: number): ExpressionContext;
    public expression(_p?: number): ExpressionContext {
        if (_p === undefined) {
            _p = 0;
        }

        let parentContext = this.context;
        let parentState = this.state;
        let localContext = new ExpressionContext(this.context, parentState);
        let previousContext = localContext;
        let _startState = 230;
        this.enterRecursionRule(localContext, 230, FlinkSqlParser.RULE_expression, _p);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1858;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ARRAY:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CASE:
            case FlinkSqlParser.CAST:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.CEIL:
            case FlinkSqlParser.CEILING:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DATE:
            case FlinkSqlParser.DAY:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXISTS:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.EXTRACT:
            case FlinkSqlParser.FALSE:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FLOOR:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.GROUPING:
            case FlinkSqlParser.HOUR:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.INTERVAL:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LEFT:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MAP:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTE:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTH:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.MULTISET:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULL:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERLAY:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.POSITION:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECOND:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUBSTRING:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TIME:
            case FlinkSqlParser.TIMESTAMP:
            case FlinkSqlParser.TRIM:
            case FlinkSqlParser.TRUE:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.TRY_CAST:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEAR:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.PLUS:
            case FlinkSqlParser.MINUS_SIGN:
            case FlinkSqlParser.LPAREN:
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
            case FlinkSqlParser.BINARY_STRING:
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                {
                localContext = new PredicatedContext(localContext);
                this.context = localContext;
                previousContext = localContext;

                this.state = 1849;
                this.valueExpression(0);
                this.state = 1853;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 252, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 1850;
                        this.predicateSuffix();
                        }
                        }
                    }
                    this.state = 1855;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 252, this.context);
                }
                }
                break;
            case FlinkSqlParser.NOT:
                {
                localContext = new LogicalNotContext(localContext);
                this.context = localContext;
                previousContext = localContext;
                this.state = 1856;
                this.match(FlinkSqlParser.NOT);
                this.state = 1857;
                this.expression(3);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.context!.stop = this.tokenStream.LT(-1);
            this.state = 1868;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 255, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    if (this.parseListeners != null) {
                        this.triggerExitRuleEvent();
                    }
                    previousContext = localContext;
                    {
                    this.state = 1866;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 254, this.context) ) {
                    case 1:
                        {
                        localContext = new LogicalAndContext(new ExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_expression);
                        this.state = 1860;
                        if (!(this.precpred(this.context, 2))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 2)");
                        }
                        this.state = 1861;
                        this.match(FlinkSqlParser.AND);
                        this.state = 1862;
                        this.expression(3);
                        }
                        break;
                    case 2:
                        {
                        localContext = new LogicalOrContext(new ExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_expression);
                        this.state = 1863;
                        if (!(this.precpred(this.context, 1))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 1)");
                        }
                        this.state = 1864;
                        this.match(FlinkSqlParser.OR);
                        this.state = 1865;
                        this.expression(2);
                        }
                        break;
                    }
                    }
                }
                this.state = 1870;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 255, this.context);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.unrollRecursionContexts(parentContext);
        }
        return localContext;
    }
    public predicateSuffix(): PredicateSuffixContext {
        let localContext = new PredicateSuffixContext(this.context, this.state);
        this.enterRule(localContext, 232, FlinkSqlParser.RULE_predicateSuffix);
        let _la: number;
        try {
            this.state = 1936;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.EQ:
            case FlinkSqlParser.NEQ:
            case FlinkSqlParser.LT:
            case FlinkSqlParser.LTE:
            case FlinkSqlParser.GT:
            case FlinkSqlParser.GTE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1871;
                this.comparisonOperator();
                this.state = 1878;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.ALL:
                case FlinkSqlParser.ANY:
                case FlinkSqlParser.SOME:
                    {
                    this.state = 1872;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 4 || _la === 8 || _la === 192)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 1873;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1874;
                    this.query();
                    this.state = 1875;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                case FlinkSqlParser.ABSENT:
                case FlinkSqlParser.ADD:
                case FlinkSqlParser.AFTER:
                case FlinkSqlParser.ANALYZE:
                case FlinkSqlParser.ARRAY:
                case FlinkSqlParser.ASC:
                case FlinkSqlParser.BUCKETS:
                case FlinkSqlParser.CASCADE:
                case FlinkSqlParser.CASE:
                case FlinkSqlParser.CAST:
                case FlinkSqlParser.CATALOG:
                case FlinkSqlParser.CATALOGS:
                case FlinkSqlParser.CEIL:
                case FlinkSqlParser.CEILING:
                case FlinkSqlParser.COLUMNS:
                case FlinkSqlParser.COMMENT:
                case FlinkSqlParser.COMPILE:
                case FlinkSqlParser.COMPUTE:
                case FlinkSqlParser.CONDITIONAL:
                case FlinkSqlParser.CONNECTION:
                case FlinkSqlParser.CONNECTIONS:
                case FlinkSqlParser.CONSTRAINTS:
                case FlinkSqlParser.DATABASE:
                case FlinkSqlParser.DATABASES:
                case FlinkSqlParser.DATE:
                case FlinkSqlParser.DAY:
                case FlinkSqlParser.DAYS:
                case FlinkSqlParser.DEFINE:
                case FlinkSqlParser.DESC:
                case FlinkSqlParser.DESCRIPTOR:
                case FlinkSqlParser.DISTRIBUTED:
                case FlinkSqlParser.DISTRIBUTION:
                case FlinkSqlParser.DRAIN:
                case FlinkSqlParser.EMPTY:
                case FlinkSqlParser.ENFORCED:
                case FlinkSqlParser.ERROR:
                case FlinkSqlParser.EXCLUDING:
                case FlinkSqlParser.EXISTS:
                case FlinkSqlParser.EXPLAIN:
                case FlinkSqlParser.EXTENDED:
                case FlinkSqlParser.EXTRACT:
                case FlinkSqlParser.FALSE:
                case FlinkSqlParser.FIRST:
                case FlinkSqlParser.FLOOR:
                case FlinkSqlParser.FOLLOWING:
                case FlinkSqlParser.FRESHNESS:
                case FlinkSqlParser.FUNCTIONS:
                case FlinkSqlParser.GENERATED:
                case FlinkSqlParser.GROUPING:
                case FlinkSqlParser.HOUR:
                case FlinkSqlParser.HOURS:
                case FlinkSqlParser.IF:
                case FlinkSqlParser.IGNORE:
                case FlinkSqlParser.ILIKE:
                case FlinkSqlParser.INCLUDING:
                case FlinkSqlParser.INPUT:
                case FlinkSqlParser.INTERVAL:
                case FlinkSqlParser.JAR:
                case FlinkSqlParser.JARS:
                case FlinkSqlParser.JOB:
                case FlinkSqlParser.JOBS:
                case FlinkSqlParser.JSON:
                case FlinkSqlParser.KEY:
                case FlinkSqlParser.LANGUAGE:
                case FlinkSqlParser.LAST:
                case FlinkSqlParser.LEFT:
                case FlinkSqlParser.LOAD:
                case FlinkSqlParser.MAP:
                case FlinkSqlParser.MATERIALIZED:
                case FlinkSqlParser.MEASURES:
                case FlinkSqlParser.METADATA:
                case FlinkSqlParser.MINUTE:
                case FlinkSqlParser.MINUTES:
                case FlinkSqlParser.MODEL:
                case FlinkSqlParser.MODELS:
                case FlinkSqlParser.MODIFY:
                case FlinkSqlParser.MODULE:
                case FlinkSqlParser.MODULES:
                case FlinkSqlParser.MONTH:
                case FlinkSqlParser.MONTHS:
                case FlinkSqlParser.MULTISET:
                case FlinkSqlParser.NEXT:
                case FlinkSqlParser.NULL:
                case FlinkSqlParser.NULLS:
                case FlinkSqlParser.OBJECT:
                case FlinkSqlParser.ONE:
                case FlinkSqlParser.OPTIONS:
                case FlinkSqlParser.ORDINALITY:
                case FlinkSqlParser.OUTPUT:
                case FlinkSqlParser.OVERLAY:
                case FlinkSqlParser.OVERWRITE:
                case FlinkSqlParser.OVERWRITING:
                case FlinkSqlParser.PARTITIONED:
                case FlinkSqlParser.PARTITIONS:
                case FlinkSqlParser.PAST:
                case FlinkSqlParser.PATTERN:
                case FlinkSqlParser.PER:
                case FlinkSqlParser.PLACING:
                case FlinkSqlParser.PLAN:
                case FlinkSqlParser.POSITION:
                case FlinkSqlParser.PRECEDING:
                case FlinkSqlParser.PROCEDURES:
                case FlinkSqlParser.QUARTER:
                case FlinkSqlParser.RAW:
                case FlinkSqlParser.REFRESH:
                case FlinkSqlParser.REFRESH_MODE:
                case FlinkSqlParser.REMOVE:
                case FlinkSqlParser.RENAME:
                case FlinkSqlParser.REPLACE:
                case FlinkSqlParser.RESET:
                case FlinkSqlParser.RESPECT:
                case FlinkSqlParser.RESTRICT:
                case FlinkSqlParser.RESUME:
                case FlinkSqlParser.RETURNING:
                case FlinkSqlParser.RIGHT:
                case FlinkSqlParser.ROW:
                case FlinkSqlParser.SAVEPOINT:
                case FlinkSqlParser.SCALAR:
                case FlinkSqlParser.SECOND:
                case FlinkSqlParser.SECONDS:
                case FlinkSqlParser.SETS:
                case FlinkSqlParser.SHOW:
                case FlinkSqlParser.SKIP_:
                case FlinkSqlParser.STATEMENT:
                case FlinkSqlParser.STATISTICS:
                case FlinkSqlParser.STOP:
                case FlinkSqlParser.SUBSET:
                case FlinkSqlParser.SUBSTRING:
                case FlinkSqlParser.SUSPEND:
                case FlinkSqlParser.TABLES:
                case FlinkSqlParser.TEMPORARY:
                case FlinkSqlParser.TIME:
                case FlinkSqlParser.TIMESTAMP:
                case FlinkSqlParser.TRIM:
                case FlinkSqlParser.TRUE:
                case FlinkSqlParser.TRUNCATE:
                case FlinkSqlParser.TRY_CAST:
                case FlinkSqlParser.UNCONDITIONAL:
                case FlinkSqlParser.UNKNOWN:
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VALUE:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.WRAPPER:
                case FlinkSqlParser.YEAR:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.PLUS:
                case FlinkSqlParser.MINUS_SIGN:
                case FlinkSqlParser.LPAREN:
                case FlinkSqlParser.STRING:
                case FlinkSqlParser.UNICODE_STRING:
                case FlinkSqlParser.BINARY_STRING:
                case FlinkSqlParser.INTEGER_VALUE:
                case FlinkSqlParser.DECIMAL_VALUE:
                case FlinkSqlParser.EXPONENT_VALUE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 1877;
                    this.valueExpression(0);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case FlinkSqlParser.IS:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1880;
                this.match(FlinkSqlParser.IS);
                this.state = 1882;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 133) {
                    {
                    this.state = 1881;
                    this.match(FlinkSqlParser.NOT);
                    }
                }

                this.state = 1895;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.NULL:
                    {
                    this.state = 1884;
                    this.match(FlinkSqlParser.NULL);
                    }
                    break;
                case FlinkSqlParser.TRUE:
                    {
                    this.state = 1885;
                    this.match(FlinkSqlParser.TRUE);
                    }
                    break;
                case FlinkSqlParser.FALSE:
                    {
                    this.state = 1886;
                    this.match(FlinkSqlParser.FALSE);
                    }
                    break;
                case FlinkSqlParser.UNKNOWN:
                    {
                    this.state = 1887;
                    this.match(FlinkSqlParser.UNKNOWN);
                    }
                    break;
                case FlinkSqlParser.DISTINCT:
                    {
                    this.state = 1888;
                    this.match(FlinkSqlParser.DISTINCT);
                    this.state = 1889;
                    this.match(FlinkSqlParser.FROM);
                    this.state = 1890;
                    this.valueExpression(0);
                    }
                    break;
                case FlinkSqlParser.JSON:
                    {
                    this.state = 1891;
                    this.match(FlinkSqlParser.JSON);
                    this.state = 1893;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 258, this.context) ) {
                    case 1:
                        {
                        this.state = 1892;
                        _la = this.tokenStream.LA(1);
                        if(!(_la === 9 || _la === 136 || _la === 183 || _la === 225)) {
                        this.errorHandler.recoverInline(this);
                        }
                        else {
                            this.errorHandler.reportMatch(this);
                            this.consume();
                        }
                        }
                        break;
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case FlinkSqlParser.BETWEEN:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.IN:
            case FlinkSqlParser.LIKE:
            case FlinkSqlParser.NOT:
            case FlinkSqlParser.SIMILAR:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1898;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 133) {
                    {
                    this.state = 1897;
                    this.negation();
                    }
                }

                this.state = 1934;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.BETWEEN:
                    {
                    this.state = 1900;
                    this.match(FlinkSqlParser.BETWEEN);
                    this.state = 1902;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 12 || _la === 199) {
                        {
                        this.state = 1901;
                        _la = this.tokenStream.LA(1);
                        if(!(_la === 12 || _la === 199)) {
                        this.errorHandler.recoverInline(this);
                        }
                        else {
                            this.errorHandler.reportMatch(this);
                            this.consume();
                        }
                        }
                    }

                    this.state = 1904;
                    this.valueExpression(0);
                    this.state = 1905;
                    this.match(FlinkSqlParser.AND);
                    this.state = 1906;
                    this.valueExpression(0);
                    }
                    break;
                case FlinkSqlParser.IN:
                    {
                    this.state = 1908;
                    this.match(FlinkSqlParser.IN);
                    this.state = 1909;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1919;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 263, this.context) ) {
                    case 1:
                        {
                        this.state = 1910;
                        this.query();
                        }
                        break;
                    case 2:
                        {
                        this.state = 1911;
                        this.expression(0);
                        this.state = 1916;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                        while (_la === 264) {
                            {
                            {
                            this.state = 1912;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 1913;
                            this.expression(0);
                            }
                            }
                            this.state = 1918;
                            this.errorHandler.sync(this);
                            _la = this.tokenStream.LA(1);
                        }
                        }
                        break;
                    }
                    this.state = 1921;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                case FlinkSqlParser.ILIKE:
                case FlinkSqlParser.LIKE:
                case FlinkSqlParser.SIMILAR:
                    {
                    this.state = 1927;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case FlinkSqlParser.LIKE:
                        {
                        this.state = 1923;
                        this.match(FlinkSqlParser.LIKE);
                        }
                        break;
                    case FlinkSqlParser.ILIKE:
                        {
                        this.state = 1924;
                        this.match(FlinkSqlParser.ILIKE);
                        }
                        break;
                    case FlinkSqlParser.SIMILAR:
                        {
                        this.state = 1925;
                        this.match(FlinkSqlParser.SIMILAR);
                        this.state = 1926;
                        this.match(FlinkSqlParser.TO);
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    this.state = 1929;
                    this.valueExpression(0);
                    this.state = 1932;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 265, this.context) ) {
                    case 1:
                        {
                        this.state = 1930;
                        this.match(FlinkSqlParser.ESCAPE);
                        this.state = 1931;
                        this.valueExpression(0);
                        }
                        break;
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public negation(): NegationContext {
        let localContext = new NegationContext(this.context, this.state);
        this.enterRule(localContext, 234, FlinkSqlParser.RULE_negation);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1938;
            this.match(FlinkSqlParser.NOT);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public comparisonOperator(): ComparisonOperatorContext {
        let localContext = new ComparisonOperatorContext(this.context, this.state);
        this.enterRule(localContext, 236, FlinkSqlParser.RULE_comparisonOperator);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1940;
            _la = this.tokenStream.LA(1);
            if(!(((((_la - 244)) & ~0x1F) === 0 && ((1 << (_la - 244)) & 63) !== 0))) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }

    public valueExpression(): ValueExpressionContext;
    public valueExpression(_p: number): ValueExpressionContext;
    public valueExpression(_p?: number): ValueExpressionContext {
        if (_p === undefined) {
            _p = 0;
        }

        let parentContext = this.context;
        let parentState = this.state;
        let localContext = new ValueExpressionContext(this.context, parentState);
        let previousContext = localContext;
        let _startState = 238;
        this.enterRecursionRule(localContext, 238, FlinkSqlParser.RULE_valueExpression, _p);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1946;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ARRAY:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CASE:
            case FlinkSqlParser.CAST:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.CEIL:
            case FlinkSqlParser.CEILING:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DATE:
            case FlinkSqlParser.DAY:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXISTS:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.EXTRACT:
            case FlinkSqlParser.FALSE:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FLOOR:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.GROUPING:
            case FlinkSqlParser.HOUR:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.INTERVAL:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LEFT:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MAP:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTE:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTH:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.MULTISET:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULL:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERLAY:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.POSITION:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECOND:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUBSTRING:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TIME:
            case FlinkSqlParser.TIMESTAMP:
            case FlinkSqlParser.TRIM:
            case FlinkSqlParser.TRUE:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.TRY_CAST:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEAR:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.LPAREN:
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
            case FlinkSqlParser.BINARY_STRING:
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                {
                localContext = new PrimaryValueContext(localContext);
                this.context = localContext;
                previousContext = localContext;

                this.state = 1943;
                this.primaryExpression();
                }
                break;
            case FlinkSqlParser.PLUS:
            case FlinkSqlParser.MINUS_SIGN:
                {
                localContext = new UnaryValueContext(localContext);
                this.context = localContext;
                previousContext = localContext;
                this.state = 1944;
                _la = this.tokenStream.LA(1);
                if(!(_la === 251 || _la === 252)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1945;
                this.valueExpression(3);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.context!.stop = this.tokenStream.LT(-1);
            this.state = 1964;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 270, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    if (this.parseListeners != null) {
                        this.triggerExitRuleEvent();
                    }
                    previousContext = localContext;
                    {
                    this.state = 1962;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 269, this.context) ) {
                    case 1:
                        {
                        localContext = new MultiplicativeContext(new ValueExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_valueExpression);
                        this.state = 1948;
                        if (!(this.precpred(this.context, 2))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 2)");
                        }
                        this.state = 1949;
                        _la = this.tokenStream.LA(1);
                        if(!(((((_la - 253)) & ~0x1F) === 0 && ((1 << (_la - 253)) & 7) !== 0))) {
                        this.errorHandler.recoverInline(this);
                        }
                        else {
                            this.errorHandler.reportMatch(this);
                            this.consume();
                        }
                        this.state = 1950;
                        this.valueExpression(3);
                        }
                        break;
                    case 2:
                        {
                        localContext = new AdditiveContext(new ValueExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_valueExpression);
                        this.state = 1951;
                        if (!(this.precpred(this.context, 1))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 1)");
                        }
                        this.state = 1952;
                        _la = this.tokenStream.LA(1);
                        if(!(((((_la - 251)) & ~0x1F) === 0 && ((1 << (_la - 251)) & 35) !== 0))) {
                        this.errorHandler.recoverInline(this);
                        }
                        else {
                            this.errorHandler.reportMatch(this);
                            this.consume();
                        }
                        this.state = 1953;
                        this.valueExpression(2);
                        }
                        break;
                    case 3:
                        {
                        localContext = new ItemAccessContext(new ValueExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_valueExpression);
                        this.state = 1954;
                        if (!(this.precpred(this.context, 5))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 5)");
                        }
                        this.state = 1955;
                        this.match(FlinkSqlParser.LBRACKET);
                        this.state = 1956;
                        this.expression(0);
                        this.state = 1957;
                        this.match(FlinkSqlParser.RBRACKET);
                        }
                        break;
                    case 4:
                        {
                        localContext = new FieldAccessContext(new ValueExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_valueExpression);
                        this.state = 1959;
                        if (!(this.precpred(this.context, 4))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 4)");
                        }
                        this.state = 1960;
                        this.match(FlinkSqlParser.DOT);
                        this.state = 1961;
                        this.identifier();
                        }
                        break;
                    }
                    }
                }
                this.state = 1966;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 270, this.context);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.unrollRecursionContexts(parentContext);
        }
        return localContext;
    }
    public primaryExpression(): PrimaryExpressionContext {
        let localContext = new PrimaryExpressionContext(this.context, this.state);
        this.enterRule(localContext, 240, FlinkSqlParser.RULE_primaryExpression);
        let _la: number;
        try {
            this.state = 1998;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 273, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1967;
                this.literal();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1968;
                this.caseExpression();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1969;
                this.castExpression();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1970;
                this.extractExpression();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1971;
                this.positionExpression();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1972;
                this.trimExpression();
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1973;
                this.overlayExpression();
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1974;
                this.substringExpression();
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1975;
                this.floorCeilExpression();
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1976;
                this.constructorExpression();
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 1977;
                this.match(FlinkSqlParser.EXISTS);
                this.state = 1978;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1979;
                this.query();
                this.state = 1980;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 12:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 1982;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1992;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 272, this.context) ) {
                case 1:
                    {
                    this.state = 1983;
                    this.query();
                    }
                    break;
                case 2:
                    {
                    this.state = 1984;
                    this.expression(0);
                    this.state = 1989;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 264) {
                        {
                        {
                        this.state = 1985;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 1986;
                        this.expression(0);
                        }
                        }
                        this.state = 1991;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                }
                this.state = 1994;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 13:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 1996;
                this.functionCall();
                }
                break;
            case 14:
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 1997;
                this.identifier();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public caseExpression(): CaseExpressionContext {
        let localContext = new CaseExpressionContext(this.context, this.state);
        this.enterRule(localContext, 242, FlinkSqlParser.RULE_caseExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2000;
            this.match(FlinkSqlParser.CASE);
            this.state = 2002;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4227402318) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591383307) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 2515897247) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 4294527471) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 1072604447) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3946676219) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 745262471) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 1098969151) !== 0) || ((((_la - 270)) & ~0x1F) === 0 && ((1 << (_la - 270)) & 255) !== 0)) {
                {
                this.state = 2001;
                this.expression(0);
                }
            }

            this.state = 2005;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 2004;
                this.whenClause();
                }
                }
                this.state = 2007;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            } while (_la === 234);
            this.state = 2010;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 56) {
                {
                this.state = 2009;
                this.elseClause();
                }
            }

            this.state = 2012;
            this.match(FlinkSqlParser.END);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public elseClause(): ElseClauseContext {
        let localContext = new ElseClauseContext(this.context, this.state);
        this.enterRule(localContext, 244, FlinkSqlParser.RULE_elseClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2014;
            this.match(FlinkSqlParser.ELSE);
            this.state = 2015;
            this.expression(0);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public whenClause(): WhenClauseContext {
        let localContext = new WhenClauseContext(this.context, this.state);
        this.enterRule(localContext, 246, FlinkSqlParser.RULE_whenClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2017;
            this.match(FlinkSqlParser.WHEN);
            this.state = 2018;
            this.expression(0);
            this.state = 2019;
            this.match(FlinkSqlParser.THEN);
            this.state = 2020;
            this.expression(0);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public castExpression(): CastExpressionContext {
        let localContext = new CastExpressionContext(this.context, this.state);
        this.enterRule(localContext, 248, FlinkSqlParser.RULE_castExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2022;
            _la = this.tokenStream.LA(1);
            if(!(_la === 21 || _la === 213)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2023;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2024;
            this.expression(0);
            this.state = 2025;
            this.match(FlinkSqlParser.AS);
            this.state = 2026;
            this.dataType();
            this.state = 2027;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public extractExpression(): ExtractExpressionContext {
        let localContext = new ExtractExpressionContext(this.context, this.state);
        this.enterRule(localContext, 250, FlinkSqlParser.RULE_extractExpression);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2029;
            this.match(FlinkSqlParser.EXTRACT);
            this.state = 2030;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2031;
            this.extractUnit();
            this.state = 2032;
            this.match(FlinkSqlParser.FROM);
            this.state = 2033;
            this.expression(0);
            this.state = 2034;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public positionExpression(): PositionExpressionContext {
        let localContext = new PositionExpressionContext(this.context, this.state);
        this.enterRule(localContext, 252, FlinkSqlParser.RULE_positionExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2036;
            this.match(FlinkSqlParser.POSITION);
            this.state = 2037;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2038;
            this.valueExpression(0);
            this.state = 2039;
            this.match(FlinkSqlParser.IN);
            this.state = 2040;
            this.valueExpression(0);
            this.state = 2043;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 77) {
                {
                this.state = 2041;
                this.match(FlinkSqlParser.FROM);
                this.state = 2042;
                this.valueExpression(0);
                }
            }

            this.state = 2045;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public trimExpression(): TrimExpressionContext {
        let localContext = new TrimExpressionContext(this.context, this.state);
        this.enterRule(localContext, 254, FlinkSqlParser.RULE_trimExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2047;
            this.match(FlinkSqlParser.TRIM);
            this.state = 2048;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2057;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 279, this.context) ) {
            case 1:
                {
                this.state = 2049;
                _la = this.tokenStream.LA(1);
                if(!(_la === 15 || _la === 109 || _la === 209)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2051;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4227402318) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591383307) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 2515897247) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 4294527471) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 1072604445) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3946676219) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 745262471) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 1098969151) !== 0) || ((((_la - 270)) & ~0x1F) === 0 && ((1 << (_la - 270)) & 255) !== 0)) {
                    {
                    this.state = 2050;
                    this.valueExpression(0);
                    }
                }

                this.state = 2053;
                this.match(FlinkSqlParser.FROM);
                }
                break;
            case 2:
                {
                this.state = 2054;
                this.valueExpression(0);
                this.state = 2055;
                this.match(FlinkSqlParser.FROM);
                }
                break;
            }
            this.state = 2059;
            this.valueExpression(0);
            this.state = 2060;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public overlayExpression(): OverlayExpressionContext {
        let localContext = new OverlayExpressionContext(this.context, this.state);
        this.enterRule(localContext, 256, FlinkSqlParser.RULE_overlayExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2062;
            this.match(FlinkSqlParser.OVERLAY);
            this.state = 2063;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2064;
            this.expression(0);
            this.state = 2065;
            this.match(FlinkSqlParser.PLACING);
            this.state = 2066;
            this.expression(0);
            this.state = 2067;
            this.match(FlinkSqlParser.FROM);
            this.state = 2068;
            this.expression(0);
            this.state = 2071;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 75) {
                {
                this.state = 2069;
                this.match(FlinkSqlParser.FOR);
                this.state = 2070;
                this.expression(0);
                }
            }

            this.state = 2073;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public substringExpression(): SubstringExpressionContext {
        let localContext = new SubstringExpressionContext(this.context, this.state);
        this.enterRule(localContext, 258, FlinkSqlParser.RULE_substringExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2075;
            this.match(FlinkSqlParser.SUBSTRING);
            this.state = 2076;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2077;
            this.expression(0);
            this.state = 2078;
            _la = this.tokenStream.LA(1);
            if(!(_la === 77 || _la === 264)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2079;
            this.expression(0);
            this.state = 2082;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 75 || _la === 264) {
                {
                this.state = 2080;
                _la = this.tokenStream.LA(1);
                if(!(_la === 75 || _la === 264)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2081;
                this.expression(0);
                }
            }

            this.state = 2084;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public floorCeilExpression(): FloorCeilExpressionContext {
        let localContext = new FloorCeilExpressionContext(this.context, this.state);
        this.enterRule(localContext, 260, FlinkSqlParser.RULE_floorCeilExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2086;
            _la = this.tokenStream.LA(1);
            if(!(_la === 24 || _la === 25 || _la === 73)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2087;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2088;
            this.expression(0);
            this.state = 2091;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 208) {
                {
                this.state = 2089;
                this.match(FlinkSqlParser.TO);
                this.state = 2090;
                this.timeUnit();
                }
            }

            this.state = 2093;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public constructorExpression(): ConstructorExpressionContext {
        let localContext = new ConstructorExpressionContext(this.context, this.state);
        this.enterRule(localContext, 262, FlinkSqlParser.RULE_constructorExpression);
        let _la: number;
        try {
            this.state = 2126;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 287, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2095;
                _la = this.tokenStream.LA(1);
                if(!(_la === 9 || _la === 115 || _la === 130)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2096;
                this.match(FlinkSqlParser.LBRACKET);
                this.state = 2105;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4227402318) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591383307) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 2515897247) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 4294527471) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 1072604447) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3946676219) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 745262471) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 1098969151) !== 0) || ((((_la - 270)) & ~0x1F) === 0 && ((1 << (_la - 270)) & 255) !== 0)) {
                    {
                    this.state = 2097;
                    this.expression(0);
                    this.state = 2102;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 264) {
                        {
                        {
                        this.state = 2098;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 2099;
                        this.expression(0);
                        }
                        }
                        this.state = 2104;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 2107;
                this.match(FlinkSqlParser.RBRACKET);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2108;
                _la = this.tokenStream.LA(1);
                if(!(_la === 9 || _la === 115 || _la === 130)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2109;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2110;
                this.query();
                this.state = 2111;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2113;
                this.match(FlinkSqlParser.ROW);
                this.state = 2114;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2123;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4227402318) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591383307) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 2515897247) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 4294527471) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 1072604447) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3946676219) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 745262471) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 1098969151) !== 0) || ((((_la - 270)) & ~0x1F) === 0 && ((1 << (_la - 270)) & 255) !== 0)) {
                    {
                    this.state = 2115;
                    this.expression(0);
                    this.state = 2120;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 264) {
                        {
                        {
                        this.state = 2116;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 2117;
                        this.expression(0);
                        }
                        }
                        this.state = 2122;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 2125;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public functionCall(): FunctionCallContext {
        let localContext = new FunctionCallContext(this.context, this.state);
        this.enterRule(localContext, 264, FlinkSqlParser.RULE_functionCall);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2128;
            this.functionName();
            this.state = 2129;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2142;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 290, this.context) ) {
            case 1:
                {
                this.state = 2130;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case 2:
                {
                this.state = 2132;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 4 || _la === 51) {
                    {
                    this.state = 2131;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 4 || _la === 51)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 2134;
                this.callArgument();
                this.state = 2139;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 2135;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2136;
                    this.callArgument();
                    }
                    }
                    this.state = 2141;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            }
            this.state = 2147;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 45)) & ~0x1F) === 0 && ((1 << (_la - 45)) & 16814081) !== 0) || _la === 134 || _la === 177 || ((((_la - 211)) & ~0x1F) === 0 && ((1 << (_la - 211)) & 335544385) !== 0)) {
                {
                {
                this.state = 2144;
                this.jsonClause();
                }
                }
                this.state = 2149;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 2150;
            this.match(FlinkSqlParser.RPAREN);
            this.state = 2153;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 292, this.context) ) {
            case 1:
                {
                this.state = 2151;
                _la = this.tokenStream.LA(1);
                if(!(_la === 88 || _la === 174)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2152;
                this.match(FlinkSqlParser.NULLS);
                }
                break;
            }
            this.state = 2161;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 293, this.context) ) {
            case 1:
                {
                this.state = 2155;
                this.match(FlinkSqlParser.WITHIN);
                this.state = 2156;
                this.match(FlinkSqlParser.GROUP);
                this.state = 2157;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2158;
                this.orderBy();
                this.state = 2159;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            }
            this.state = 2169;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 294, this.context) ) {
            case 1:
                {
                this.state = 2163;
                this.match(FlinkSqlParser.FILTER);
                this.state = 2164;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2165;
                this.match(FlinkSqlParser.WHERE);
                this.state = 2166;
                this.expression(0);
                this.state = 2167;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            }
            this.state = 2179;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 296, this.context) ) {
            case 1:
                {
                this.state = 2171;
                this.match(FlinkSqlParser.OVER);
                this.state = 2177;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.ABSENT:
                case FlinkSqlParser.ADD:
                case FlinkSqlParser.AFTER:
                case FlinkSqlParser.ANALYZE:
                case FlinkSqlParser.ASC:
                case FlinkSqlParser.BUCKETS:
                case FlinkSqlParser.CASCADE:
                case FlinkSqlParser.CATALOG:
                case FlinkSqlParser.CATALOGS:
                case FlinkSqlParser.COLUMNS:
                case FlinkSqlParser.COMMENT:
                case FlinkSqlParser.COMPILE:
                case FlinkSqlParser.COMPUTE:
                case FlinkSqlParser.CONDITIONAL:
                case FlinkSqlParser.CONNECTION:
                case FlinkSqlParser.CONNECTIONS:
                case FlinkSqlParser.CONSTRAINTS:
                case FlinkSqlParser.DATABASE:
                case FlinkSqlParser.DATABASES:
                case FlinkSqlParser.DAYS:
                case FlinkSqlParser.DEFINE:
                case FlinkSqlParser.DESC:
                case FlinkSqlParser.DESCRIPTOR:
                case FlinkSqlParser.DISTRIBUTED:
                case FlinkSqlParser.DISTRIBUTION:
                case FlinkSqlParser.DRAIN:
                case FlinkSqlParser.EMPTY:
                case FlinkSqlParser.ENFORCED:
                case FlinkSqlParser.ERROR:
                case FlinkSqlParser.EXCLUDING:
                case FlinkSqlParser.EXPLAIN:
                case FlinkSqlParser.EXTENDED:
                case FlinkSqlParser.FIRST:
                case FlinkSqlParser.FOLLOWING:
                case FlinkSqlParser.FRESHNESS:
                case FlinkSqlParser.FUNCTIONS:
                case FlinkSqlParser.GENERATED:
                case FlinkSqlParser.HOURS:
                case FlinkSqlParser.IF:
                case FlinkSqlParser.IGNORE:
                case FlinkSqlParser.ILIKE:
                case FlinkSqlParser.INCLUDING:
                case FlinkSqlParser.INPUT:
                case FlinkSqlParser.JAR:
                case FlinkSqlParser.JARS:
                case FlinkSqlParser.JOB:
                case FlinkSqlParser.JOBS:
                case FlinkSqlParser.JSON:
                case FlinkSqlParser.KEY:
                case FlinkSqlParser.LANGUAGE:
                case FlinkSqlParser.LAST:
                case FlinkSqlParser.LOAD:
                case FlinkSqlParser.MATERIALIZED:
                case FlinkSqlParser.MEASURES:
                case FlinkSqlParser.METADATA:
                case FlinkSqlParser.MINUTES:
                case FlinkSqlParser.MODEL:
                case FlinkSqlParser.MODELS:
                case FlinkSqlParser.MODIFY:
                case FlinkSqlParser.MODULE:
                case FlinkSqlParser.MODULES:
                case FlinkSqlParser.MONTHS:
                case FlinkSqlParser.NEXT:
                case FlinkSqlParser.NULLS:
                case FlinkSqlParser.OBJECT:
                case FlinkSqlParser.ONE:
                case FlinkSqlParser.OPTIONS:
                case FlinkSqlParser.ORDINALITY:
                case FlinkSqlParser.OUTPUT:
                case FlinkSqlParser.OVERWRITE:
                case FlinkSqlParser.OVERWRITING:
                case FlinkSqlParser.PARTITIONED:
                case FlinkSqlParser.PARTITIONS:
                case FlinkSqlParser.PAST:
                case FlinkSqlParser.PATTERN:
                case FlinkSqlParser.PER:
                case FlinkSqlParser.PLACING:
                case FlinkSqlParser.PLAN:
                case FlinkSqlParser.PRECEDING:
                case FlinkSqlParser.PROCEDURES:
                case FlinkSqlParser.QUARTER:
                case FlinkSqlParser.RAW:
                case FlinkSqlParser.REFRESH:
                case FlinkSqlParser.REFRESH_MODE:
                case FlinkSqlParser.REMOVE:
                case FlinkSqlParser.RENAME:
                case FlinkSqlParser.REPLACE:
                case FlinkSqlParser.RESET:
                case FlinkSqlParser.RESPECT:
                case FlinkSqlParser.RESTRICT:
                case FlinkSqlParser.RESUME:
                case FlinkSqlParser.RETURNING:
                case FlinkSqlParser.SAVEPOINT:
                case FlinkSqlParser.SCALAR:
                case FlinkSqlParser.SECONDS:
                case FlinkSqlParser.SETS:
                case FlinkSqlParser.SHOW:
                case FlinkSqlParser.SKIP_:
                case FlinkSqlParser.STATEMENT:
                case FlinkSqlParser.STATISTICS:
                case FlinkSqlParser.STOP:
                case FlinkSqlParser.SUBSET:
                case FlinkSqlParser.SUSPEND:
                case FlinkSqlParser.TABLES:
                case FlinkSqlParser.TEMPORARY:
                case FlinkSqlParser.TRUNCATE:
                case FlinkSqlParser.UNCONDITIONAL:
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VALUE:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.WRAPPER:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 2172;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 2173;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 2174;
                    this.windowSpec();
                    this.state = 2175;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public functionName(): FunctionNameContext {
        let localContext = new FunctionNameContext(this.context, this.state);
        this.enterRule(localContext, 266, FlinkSqlParser.RULE_functionName);
        try {
            this.state = 2191;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2181;
                this.qualifiedName();
                }
                break;
            case FlinkSqlParser.LEFT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2182;
                this.match(FlinkSqlParser.LEFT);
                }
                break;
            case FlinkSqlParser.RIGHT:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2183;
                this.match(FlinkSqlParser.RIGHT);
                }
                break;
            case FlinkSqlParser.YEAR:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2184;
                this.match(FlinkSqlParser.YEAR);
                }
                break;
            case FlinkSqlParser.MONTH:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2185;
                this.match(FlinkSqlParser.MONTH);
                }
                break;
            case FlinkSqlParser.DAY:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2186;
                this.match(FlinkSqlParser.DAY);
                }
                break;
            case FlinkSqlParser.HOUR:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2187;
                this.match(FlinkSqlParser.HOUR);
                }
                break;
            case FlinkSqlParser.MINUTE:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2188;
                this.match(FlinkSqlParser.MINUTE);
                }
                break;
            case FlinkSqlParser.SECOND:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2189;
                this.match(FlinkSqlParser.SECOND);
                }
                break;
            case FlinkSqlParser.GROUPING:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2190;
                this.match(FlinkSqlParser.GROUPING);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public callArgument(): CallArgumentContext {
        let localContext = new CallArgumentContext(this.context, this.state);
        this.enterRule(localContext, 268, FlinkSqlParser.RULE_callArgument);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2196;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 298, this.context) ) {
            case 1:
                {
                this.state = 2193;
                this.identifier();
                this.state = 2194;
                this.match(FlinkSqlParser.ARROW);
                }
                break;
            }
            this.state = 2198;
            this.callArgumentValue();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public callArgumentValue(): CallArgumentValueContext {
        let localContext = new CallArgumentValueContext(this.context, this.state);
        this.enterRule(localContext, 270, FlinkSqlParser.RULE_callArgumentValue);
        let _la: number;
        try {
            let alternative: number;
            this.state = 2242;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 304, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2200;
                this.match(FlinkSqlParser.TABLE);
                this.state = 2201;
                this.tablePath();
                this.state = 2212;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 152) {
                    {
                    this.state = 2202;
                    this.match(FlinkSqlParser.PARTITION);
                    this.state = 2203;
                    this.match(FlinkSqlParser.BY);
                    this.state = 2204;
                    this.expression(0);
                    this.state = 2209;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 299, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 2205;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2206;
                            this.expression(0);
                            }
                            }
                        }
                        this.state = 2211;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 299, this.context);
                    }
                    }
                }

                this.state = 2215;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 144) {
                    {
                    this.state = 2214;
                    this.orderBy();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2217;
                this.match(FlinkSqlParser.DESCRIPTOR);
                this.state = 2218;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2219;
                this.identifier();
                this.state = 2224;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 264) {
                    {
                    {
                    this.state = 2220;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2221;
                    this.identifier();
                    }
                    }
                    this.state = 2226;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 2227;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2229;
                this.match(FlinkSqlParser.MODEL);
                this.state = 2230;
                this.tablePath();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2231;
                this.callTimeUnit();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2232;
                this.match(FlinkSqlParser.KEY);
                this.state = 2233;
                this.expression(0);
                this.state = 2234;
                this.match(FlinkSqlParser.VALUE);
                this.state = 2235;
                this.expression(0);
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2237;
                this.expression(0);
                this.state = 2240;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 225) {
                    {
                    this.state = 2238;
                    this.match(FlinkSqlParser.VALUE);
                    this.state = 2239;
                    this.expression(0);
                    }
                }

                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public jsonClause(): JsonClauseContext {
        let localContext = new JsonClauseContext(this.context, this.state);
        this.enterRule(localContext, 272, FlinkSqlParser.RULE_jsonClause);
        let _la: number;
        try {
            this.state = 2273;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 309, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2244;
                this.match(FlinkSqlParser.RETURNING);
                this.state = 2245;
                this.dataType();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2246;
                _la = this.tokenStream.LA(1);
                if(!(_la === 1 || _la === 134)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2247;
                this.match(FlinkSqlParser.ON);
                this.state = 2248;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2258;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.NULL:
                    {
                    this.state = 2249;
                    this.match(FlinkSqlParser.NULL);
                    }
                    break;
                case FlinkSqlParser.ERROR:
                    {
                    this.state = 2250;
                    this.match(FlinkSqlParser.ERROR);
                    }
                    break;
                case FlinkSqlParser.EMPTY:
                    {
                    this.state = 2251;
                    this.match(FlinkSqlParser.EMPTY);
                    this.state = 2252;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 9 || _la === 136)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                    break;
                case FlinkSqlParser.DEFAULT:
                    {
                    this.state = 2253;
                    this.match(FlinkSqlParser.DEFAULT);
                    this.state = 2254;
                    this.expression(0);
                    }
                    break;
                case FlinkSqlParser.TRUE:
                    {
                    this.state = 2255;
                    this.match(FlinkSqlParser.TRUE);
                    }
                    break;
                case FlinkSqlParser.FALSE:
                    {
                    this.state = 2256;
                    this.match(FlinkSqlParser.FALSE);
                    }
                    break;
                case FlinkSqlParser.UNKNOWN:
                    {
                    this.state = 2257;
                    this.match(FlinkSqlParser.UNKNOWN);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 2260;
                this.match(FlinkSqlParser.ON);
                this.state = 2261;
                _la = this.tokenStream.LA(1);
                if(!(_la === 57 || _la === 60)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2267;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.WITHOUT:
                    {
                    this.state = 2262;
                    this.match(FlinkSqlParser.WITHOUT);
                    }
                    break;
                case FlinkSqlParser.WITH:
                    {
                    this.state = 2263;
                    this.match(FlinkSqlParser.WITH);
                    this.state = 2265;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 31 || _la === 215) {
                        {
                        this.state = 2264;
                        _la = this.tokenStream.LA(1);
                        if(!(_la === 31 || _la === 215)) {
                        this.errorHandler.recoverInline(this);
                        }
                        else {
                            this.errorHandler.reportMatch(this);
                            this.consume();
                        }
                        }
                    }

                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 2270;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 2269;
                    this.match(FlinkSqlParser.ARRAY);
                    }
                }

                this.state = 2272;
                this.match(FlinkSqlParser.WRAPPER);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public timeUnit(): TimeUnitContext {
        let localContext = new TimeUnitContext(this.context, this.state);
        this.enterRule(localContext, 274, FlinkSqlParser.RULE_timeUnit);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2275;
            _la = this.tokenStream.LA(1);
            if(!(_la === 43 || _la === 44 || _la === 85 || _la === 86 || ((((_la - 121)) & ~0x1F) === 0 && ((1 << (_la - 121)) & 387) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1572865) !== 0) || ((((_la - 233)) & ~0x1F) === 0 && ((1 << (_la - 233)) & 769) !== 0))) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public callTimeUnit(): CallTimeUnitContext {
        let localContext = new CallTimeUnitContext(this.context, this.state);
        this.enterRule(localContext, 276, FlinkSqlParser.RULE_callTimeUnit);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2277;
            _la = this.tokenStream.LA(1);
            if(!(_la === 43 || _la === 85 || _la === 121 || _la === 128 || _la === 165 || _la === 184 || _la === 233 || _la === 241)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public extractUnit(): ExtractUnitContext {
        let localContext = new ExtractUnitContext(this.context, this.state);
        this.enterRule(localContext, 278, FlinkSqlParser.RULE_extractUnit);
        try {
            this.state = 2281;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.DAY:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.HOUR:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.MINUTE:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MONTH:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.SECOND:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.YEAR:
            case FlinkSqlParser.YEARS:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2279;
                this.timeUnit();
                }
                break;
            case FlinkSqlParser.IDENTIFIER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2280;
                this.match(FlinkSqlParser.IDENTIFIER);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public literal(): LiteralContext {
        let localContext = new LiteralContext(this.context, this.state);
        this.enterRule(localContext, 280, FlinkSqlParser.RULE_literal);
        try {
            this.state = 2297;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.NULL:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2283;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case FlinkSqlParser.TRUE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2284;
                this.match(FlinkSqlParser.TRUE);
                }
                break;
            case FlinkSqlParser.FALSE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2285;
                this.match(FlinkSqlParser.FALSE);
                }
                break;
            case FlinkSqlParser.UNKNOWN:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2286;
                this.match(FlinkSqlParser.UNKNOWN);
                }
                break;
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2287;
                this.number_();
                }
                break;
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2288;
                this.stringLiteral();
                }
                break;
            case FlinkSqlParser.BINARY_STRING:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2289;
                this.match(FlinkSqlParser.BINARY_STRING);
                }
                break;
            case FlinkSqlParser.DATE:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2290;
                this.match(FlinkSqlParser.DATE);
                this.state = 2291;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.TIME:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2292;
                this.match(FlinkSqlParser.TIME);
                this.state = 2293;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.TIMESTAMP:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2294;
                this.match(FlinkSqlParser.TIMESTAMP);
                this.state = 2295;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.INTERVAL:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2296;
                this.intervalLiteral();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public number_(): NumberContext {
        let localContext = new NumberContext(this.context, this.state);
        this.enterRule(localContext, 282, FlinkSqlParser.RULE_number);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2299;
            _la = this.tokenStream.LA(1);
            if(!(((((_la - 273)) & ~0x1F) === 0 && ((1 << (_la - 273)) & 7) !== 0))) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public stringLiteral(): StringLiteralContext {
        let localContext = new StringLiteralContext(this.context, this.state);
        this.enterRule(localContext, 284, FlinkSqlParser.RULE_stringLiteral);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2301;
            _la = this.tokenStream.LA(1);
            if(!(_la === 270 || _la === 271)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2305;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 312, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 2302;
                    this.match(FlinkSqlParser.STRING);
                    }
                    }
                }
                this.state = 2307;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 312, this.context);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public intervalLiteral(): IntervalLiteralContext {
        let localContext = new IntervalLiteralContext(this.context, this.state);
        this.enterRule(localContext, 286, FlinkSqlParser.RULE_intervalLiteral);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2308;
            this.match(FlinkSqlParser.INTERVAL);
            this.state = 2310;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 251 || _la === 252) {
                {
                this.state = 2309;
                _la = this.tokenStream.LA(1);
                if(!(_la === 251 || _la === 252)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            this.state = 2314;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
                {
                this.state = 2312;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
                {
                this.state = 2313;
                this.number_();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 2316;
            this.intervalQualifier();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public intervalQualifier(): IntervalQualifierContext {
        let localContext = new IntervalQualifierContext(this.context, this.state);
        this.enterRule(localContext, 288, FlinkSqlParser.RULE_intervalQualifier);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2318;
            this.timeUnit();
            this.state = 2320;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 315, this.context) ) {
            case 1:
                {
                this.state = 2319;
                this.precisionSpec();
                }
                break;
            }
            this.state = 2327;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 317, this.context) ) {
            case 1:
                {
                this.state = 2322;
                this.match(FlinkSqlParser.TO);
                this.state = 2323;
                this.timeUnit();
                this.state = 2325;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 316, this.context) ) {
                case 1:
                    {
                    this.state = 2324;
                    this.precisionSpec();
                    }
                    break;
                }
                }
                break;
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public precisionSpec(): PrecisionSpecContext {
        let localContext = new PrecisionSpecContext(this.context, this.state);
        this.enterRule(localContext, 290, FlinkSqlParser.RULE_precisionSpec);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2329;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2330;
            this.match(FlinkSqlParser.INTEGER_VALUE);
            this.state = 2333;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 264) {
                {
                this.state = 2331;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2332;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                }
            }

            this.state = 2335;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dataType(): DataTypeContext {
        let localContext = new DataTypeContext(this.context, this.state);
        this.enterRule(localContext, 292, FlinkSqlParser.RULE_dataType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2337;
            this.typeCore();
            this.state = 2339;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 319, this.context) ) {
            case 1:
                {
                this.state = 2338;
                this.nullability();
                }
                break;
            }
            this.state = 2347;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 9 || _la === 130) {
                {
                {
                this.state = 2341;
                _la = this.tokenStream.LA(1);
                if(!(_la === 9 || _la === 130)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2343;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 320, this.context) ) {
                case 1:
                    {
                    this.state = 2342;
                    this.nullability();
                    }
                    break;
                }
                }
                }
                this.state = 2349;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public nullability(): NullabilityContext {
        let localContext = new NullabilityContext(this.context, this.state);
        this.enterRule(localContext, 294, FlinkSqlParser.RULE_nullability);
        try {
            this.state = 2353;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.NOT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2350;
                this.match(FlinkSqlParser.NOT);
                this.state = 2351;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case FlinkSqlParser.NULL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2352;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public typeCore(): TypeCoreContext {
        let localContext = new TypeCoreContext(this.context, this.state);
        this.enterRule(localContext, 296, FlinkSqlParser.RULE_typeCore);
        let _la: number;
        try {
            this.state = 2440;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 336, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2355;
                this.match(FlinkSqlParser.ROW);
                this.state = 2380;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.LT:
                    {
                    this.state = 2356;
                    this.match(FlinkSqlParser.LT);
                    this.state = 2365;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173924430) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || _la === 276 || _la === 277) {
                        {
                        this.state = 2357;
                        this.rowField();
                        this.state = 2362;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                        while (_la === 264) {
                            {
                            {
                            this.state = 2358;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2359;
                            this.rowField();
                            }
                            }
                            this.state = 2364;
                            this.errorHandler.sync(this);
                            _la = this.tokenStream.LA(1);
                        }
                        }
                    }

                    this.state = 2367;
                    this.match(FlinkSqlParser.GT);
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 2368;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 2377;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173924430) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0) || _la === 276 || _la === 277) {
                        {
                        this.state = 2369;
                        this.rowField();
                        this.state = 2374;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                        while (_la === 264) {
                            {
                            {
                            this.state = 2370;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2371;
                            this.rowField();
                            }
                            }
                            this.state = 2376;
                            this.errorHandler.sync(this);
                            _la = this.tokenStream.LA(1);
                        }
                        }
                    }

                    this.state = 2379;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2382;
                this.match(FlinkSqlParser.ARRAY);
                this.state = 2383;
                this.match(FlinkSqlParser.LT);
                this.state = 2384;
                this.dataType();
                this.state = 2385;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2387;
                this.match(FlinkSqlParser.MULTISET);
                this.state = 2388;
                this.match(FlinkSqlParser.LT);
                this.state = 2389;
                this.dataType();
                this.state = 2390;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2392;
                this.match(FlinkSqlParser.MAP);
                this.state = 2393;
                this.match(FlinkSqlParser.LT);
                this.state = 2394;
                this.dataType();
                this.state = 2395;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2396;
                this.dataType();
                this.state = 2397;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2399;
                this.match(FlinkSqlParser.TIMESTAMP);
                this.state = 2401;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 258) {
                    {
                    this.state = 2400;
                    this.precisionSpec();
                    }
                }

                this.state = 2409;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 330, this.context) ) {
                case 1:
                    {
                    this.state = 2403;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 237 || _la === 239)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 2405;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 114) {
                        {
                        this.state = 2404;
                        this.match(FlinkSqlParser.LOCAL);
                        }
                    }

                    this.state = 2407;
                    this.match(FlinkSqlParser.TIME);
                    this.state = 2408;
                    this.match(FlinkSqlParser.ZONE);
                    }
                    break;
                }
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2411;
                this.match(FlinkSqlParser.TIME);
                this.state = 2413;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 258) {
                    {
                    this.state = 2412;
                    this.precisionSpec();
                    }
                }

                this.state = 2418;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 332, this.context) ) {
                case 1:
                    {
                    this.state = 2415;
                    this.match(FlinkSqlParser.WITHOUT);
                    this.state = 2416;
                    this.match(FlinkSqlParser.TIME);
                    this.state = 2417;
                    this.match(FlinkSqlParser.ZONE);
                    }
                    break;
                }
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2420;
                this.match(FlinkSqlParser.DATE);
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2421;
                this.match(FlinkSqlParser.INTERVAL);
                this.state = 2422;
                this.intervalQualifier();
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2423;
                this.match(FlinkSqlParser.RAW);
                this.state = 2424;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2425;
                this.stringLiteral();
                this.state = 2428;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 264) {
                    {
                    this.state = 2426;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2427;
                    this.stringLiteral();
                    }
                }

                this.state = 2430;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2432;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2433;
                this.identifier();
                this.state = 2435;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 162 || _la === 227) {
                    {
                    this.state = 2434;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 162 || _la === 227)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 2438;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 258) {
                    {
                    this.state = 2437;
                    this.precisionSpec();
                    }
                }

                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public rowField(): RowFieldContext {
        let localContext = new RowFieldContext(this.context, this.state);
        this.enterRule(localContext, 298, FlinkSqlParser.RULE_rowField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2442;
            this.identifier();
            this.state = 2443;
            this.dataType();
            this.state = 2445;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 270 || _la === 271) {
                {
                this.state = 2444;
                this.stringLiteral();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tablePath(): TablePathContext {
        let localContext = new TablePathContext(this.context, this.state);
        this.enterRule(localContext, 300, FlinkSqlParser.RULE_tablePath);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2447;
            this.identifier();
            this.state = 2452;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 265) {
                {
                {
                this.state = 2448;
                this.match(FlinkSqlParser.DOT);
                this.state = 2449;
                this.identifier();
                }
                }
                this.state = 2454;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public qualifiedName(): QualifiedNameContext {
        let localContext = new QualifiedNameContext(this.context, this.state);
        this.enterRule(localContext, 302, FlinkSqlParser.RULE_qualifiedName);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2455;
            this.identifier();
            this.state = 2460;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 339, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 2456;
                    this.match(FlinkSqlParser.DOT);
                    this.state = 2457;
                    this.identifier();
                    }
                    }
                }
                this.state = 2462;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 339, this.context);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public columnNameList(): ColumnNameListContext {
        let localContext = new ColumnNameListContext(this.context, this.state);
        this.enterRule(localContext, 304, FlinkSqlParser.RULE_columnNameList);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2463;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2464;
            this.identifier();
            this.state = 2469;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 264) {
                {
                {
                this.state = 2465;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2466;
                this.identifier();
                }
                }
                this.state = 2471;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 2472;
            this.match(FlinkSqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public identifier(): IdentifierContext {
        let localContext = new IdentifierContext(this.context, this.state);
        this.enterRule(localContext, 306, FlinkSqlParser.RULE_identifier);
        try {
            this.state = 2477;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.IDENTIFIER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2474;
                this.match(FlinkSqlParser.IDENTIFIER);
                }
                break;
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2475;
                this.match(FlinkSqlParser.QUOTED_IDENTIFIER);
                }
                break;
            case FlinkSqlParser.ABSENT:
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ANALYZE:
            case FlinkSqlParser.ASC:
            case FlinkSqlParser.BUCKETS:
            case FlinkSqlParser.CASCADE:
            case FlinkSqlParser.CATALOG:
            case FlinkSqlParser.CATALOGS:
            case FlinkSqlParser.COLUMNS:
            case FlinkSqlParser.COMMENT:
            case FlinkSqlParser.COMPILE:
            case FlinkSqlParser.COMPUTE:
            case FlinkSqlParser.CONDITIONAL:
            case FlinkSqlParser.CONNECTION:
            case FlinkSqlParser.CONNECTIONS:
            case FlinkSqlParser.CONSTRAINTS:
            case FlinkSqlParser.DATABASE:
            case FlinkSqlParser.DATABASES:
            case FlinkSqlParser.DAYS:
            case FlinkSqlParser.DEFINE:
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIPTOR:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.EMPTY:
            case FlinkSqlParser.ENFORCED:
            case FlinkSqlParser.ERROR:
            case FlinkSqlParser.EXCLUDING:
            case FlinkSqlParser.EXPLAIN:
            case FlinkSqlParser.EXTENDED:
            case FlinkSqlParser.FIRST:
            case FlinkSqlParser.FOLLOWING:
            case FlinkSqlParser.FRESHNESS:
            case FlinkSqlParser.FUNCTIONS:
            case FlinkSqlParser.GENERATED:
            case FlinkSqlParser.HOURS:
            case FlinkSqlParser.IF:
            case FlinkSqlParser.IGNORE:
            case FlinkSqlParser.ILIKE:
            case FlinkSqlParser.INCLUDING:
            case FlinkSqlParser.INPUT:
            case FlinkSqlParser.JAR:
            case FlinkSqlParser.JARS:
            case FlinkSqlParser.JOB:
            case FlinkSqlParser.JOBS:
            case FlinkSqlParser.JSON:
            case FlinkSqlParser.KEY:
            case FlinkSqlParser.LANGUAGE:
            case FlinkSqlParser.LAST:
            case FlinkSqlParser.LOAD:
            case FlinkSqlParser.MATERIALIZED:
            case FlinkSqlParser.MEASURES:
            case FlinkSqlParser.METADATA:
            case FlinkSqlParser.MINUTES:
            case FlinkSqlParser.MODEL:
            case FlinkSqlParser.MODELS:
            case FlinkSqlParser.MODIFY:
            case FlinkSqlParser.MODULE:
            case FlinkSqlParser.MODULES:
            case FlinkSqlParser.MONTHS:
            case FlinkSqlParser.NEXT:
            case FlinkSqlParser.NULLS:
            case FlinkSqlParser.OBJECT:
            case FlinkSqlParser.ONE:
            case FlinkSqlParser.OPTIONS:
            case FlinkSqlParser.ORDINALITY:
            case FlinkSqlParser.OUTPUT:
            case FlinkSqlParser.OVERWRITE:
            case FlinkSqlParser.OVERWRITING:
            case FlinkSqlParser.PARTITIONED:
            case FlinkSqlParser.PARTITIONS:
            case FlinkSqlParser.PAST:
            case FlinkSqlParser.PATTERN:
            case FlinkSqlParser.PER:
            case FlinkSqlParser.PLACING:
            case FlinkSqlParser.PLAN:
            case FlinkSqlParser.PRECEDING:
            case FlinkSqlParser.PROCEDURES:
            case FlinkSqlParser.QUARTER:
            case FlinkSqlParser.RAW:
            case FlinkSqlParser.REFRESH:
            case FlinkSqlParser.REFRESH_MODE:
            case FlinkSqlParser.REMOVE:
            case FlinkSqlParser.RENAME:
            case FlinkSqlParser.REPLACE:
            case FlinkSqlParser.RESET:
            case FlinkSqlParser.RESPECT:
            case FlinkSqlParser.RESTRICT:
            case FlinkSqlParser.RESUME:
            case FlinkSqlParser.RETURNING:
            case FlinkSqlParser.SAVEPOINT:
            case FlinkSqlParser.SCALAR:
            case FlinkSqlParser.SECONDS:
            case FlinkSqlParser.SETS:
            case FlinkSqlParser.SHOW:
            case FlinkSqlParser.SKIP_:
            case FlinkSqlParser.STATEMENT:
            case FlinkSqlParser.STATISTICS:
            case FlinkSqlParser.STOP:
            case FlinkSqlParser.SUBSET:
            case FlinkSqlParser.SUSPEND:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.UNCONDITIONAL:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VALUE:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.WRAPPER:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2476;
                this.nonReservedKeyword();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public nonReservedKeyword(): NonReservedKeywordContext {
        let localContext = new NonReservedKeywordContext(this.context, this.state);
        this.enterRule(localContext, 308, FlinkSqlParser.RULE_nonReservedKeyword);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2479;
            _la = this.tokenStream.LA(1);
            if(!((((_la) & ~0x1F) === 0 && ((1 << _la) & 4173924430) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 2591380235) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 183551299) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1605911023) !== 0) || ((((_la - 132)) & ~0x1F) === 0 && ((1 << (_la - 132)) & 804037913) !== 0) || ((((_la - 164)) & ~0x1F) === 0 && ((1 << (_la - 164)) & 3945545723) !== 0) || ((((_la - 196)) & ~0x1F) === 0 && ((1 << (_la - 196)) & 742982021) !== 0) || ((((_la - 228)) & ~0x1F) === 0 && ((1 << (_la - 228)) & 53311) !== 0))) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }

    public override sempred(localContext: antlr.ParserRuleContext | null, ruleIndex: number, predIndex: number): boolean {
        switch (ruleIndex) {
        case 115:
            return this.expression_sempred(localContext as ExpressionContext, predIndex);
        case 119:
            return this.valueExpression_sempred(localContext as ValueExpressionContext, predIndex);
        }
        return true;
    }
    private expression_sempred(localContext: ExpressionContext | null, predIndex: number): boolean {
        switch (predIndex) {
        case 0:
            return this.precpred(this.context, 2);
        case 1:
            return this.precpred(this.context, 1);
        }
        return true;
    }
    private valueExpression_sempred(localContext: ValueExpressionContext | null, predIndex: number): boolean {
        switch (predIndex) {
        case 2:
            return this.precpred(this.context, 2);
        case 3:
            return this.precpred(this.context, 1);
        case 4:
            return this.precpred(this.context, 5);
        case 5:
            return this.precpred(this.context, 4);
        }
        return true;
    }

    public static readonly _serializedATN: number[] = [
        4,1,298,2482,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
        7,6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,
        13,2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,
        20,7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,
        26,2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,
        33,7,33,2,34,7,34,2,35,7,35,2,36,7,36,2,37,7,37,2,38,7,38,2,39,7,
        39,2,40,7,40,2,41,7,41,2,42,7,42,2,43,7,43,2,44,7,44,2,45,7,45,2,
        46,7,46,2,47,7,47,2,48,7,48,2,49,7,49,2,50,7,50,2,51,7,51,2,52,7,
        52,2,53,7,53,2,54,7,54,2,55,7,55,2,56,7,56,2,57,7,57,2,58,7,58,2,
        59,7,59,2,60,7,60,2,61,7,61,2,62,7,62,2,63,7,63,2,64,7,64,2,65,7,
        65,2,66,7,66,2,67,7,67,2,68,7,68,2,69,7,69,2,70,7,70,2,71,7,71,2,
        72,7,72,2,73,7,73,2,74,7,74,2,75,7,75,2,76,7,76,2,77,7,77,2,78,7,
        78,2,79,7,79,2,80,7,80,2,81,7,81,2,82,7,82,2,83,7,83,2,84,7,84,2,
        85,7,85,2,86,7,86,2,87,7,87,2,88,7,88,2,89,7,89,2,90,7,90,2,91,7,
        91,2,92,7,92,2,93,7,93,2,94,7,94,2,95,7,95,2,96,7,96,2,97,7,97,2,
        98,7,98,2,99,7,99,2,100,7,100,2,101,7,101,2,102,7,102,2,103,7,103,
        2,104,7,104,2,105,7,105,2,106,7,106,2,107,7,107,2,108,7,108,2,109,
        7,109,2,110,7,110,2,111,7,111,2,112,7,112,2,113,7,113,2,114,7,114,
        2,115,7,115,2,116,7,116,2,117,7,117,2,118,7,118,2,119,7,119,2,120,
        7,120,2,121,7,121,2,122,7,122,2,123,7,123,2,124,7,124,2,125,7,125,
        2,126,7,126,2,127,7,127,2,128,7,128,2,129,7,129,2,130,7,130,2,131,
        7,131,2,132,7,132,2,133,7,133,2,134,7,134,2,135,7,135,2,136,7,136,
        2,137,7,137,2,138,7,138,2,139,7,139,2,140,7,140,2,141,7,141,2,142,
        7,142,2,143,7,143,2,144,7,144,2,145,7,145,2,146,7,146,2,147,7,147,
        2,148,7,148,2,149,7,149,2,150,7,150,2,151,7,151,2,152,7,152,2,153,
        7,153,2,154,7,154,1,0,1,0,3,0,313,8,0,1,0,1,0,1,1,1,1,1,1,1,1,1,
        1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
        1,1,1,1,1,1,1,1,1,1,1,3,1,343,8,1,1,2,1,2,1,3,1,3,1,3,1,3,3,3,351,
        8,3,1,3,3,3,354,8,3,1,3,3,3,357,8,3,1,3,1,3,1,4,1,4,1,4,1,4,1,4,
        1,4,4,4,367,8,4,11,4,12,4,368,1,4,1,4,1,5,1,5,1,5,1,5,1,5,1,5,1,
        5,5,5,380,8,5,10,5,12,5,383,9,5,1,5,3,5,386,8,5,1,6,1,6,1,7,1,7,
        1,7,1,7,1,7,1,7,5,7,396,8,7,10,7,12,7,399,9,7,3,7,401,8,7,1,7,1,
        7,1,8,1,8,1,9,1,9,1,9,1,9,1,9,1,9,1,9,3,9,414,8,9,3,9,416,8,9,1,
        10,1,10,1,10,1,10,1,10,1,10,3,10,424,8,10,1,11,1,11,1,11,3,11,429,
        8,11,1,11,1,11,1,11,1,11,1,11,3,11,436,8,11,1,11,1,11,1,11,3,11,
        441,8,11,1,12,1,12,1,12,1,12,3,12,447,8,12,1,12,3,12,450,8,12,1,
        12,1,12,3,12,454,8,12,1,13,1,13,1,13,3,13,459,8,13,1,13,3,13,462,
        8,13,1,13,1,13,1,13,1,13,5,13,468,8,13,10,13,12,13,471,9,13,1,13,
        1,13,3,13,475,8,13,1,14,1,14,1,14,1,14,1,15,1,15,1,15,1,15,1,15,
        1,15,5,15,487,8,15,10,15,12,15,490,9,15,3,15,492,8,15,1,15,1,15,
        1,16,1,16,1,16,1,16,1,17,1,17,1,17,3,17,503,8,17,1,17,3,17,506,8,
        17,1,17,3,17,509,8,17,1,17,1,17,1,17,1,17,3,17,515,8,17,1,18,1,18,
        3,18,519,8,18,1,18,1,18,3,18,523,8,18,1,18,3,18,526,8,18,1,18,1,
        18,3,18,530,8,18,1,18,1,18,3,18,534,8,18,1,18,3,18,537,8,18,1,18,
        1,18,1,18,1,18,3,18,543,8,18,1,18,1,18,3,18,547,8,18,1,18,3,18,550,
        8,18,1,18,1,18,1,18,1,18,1,18,3,18,557,8,18,1,18,1,18,1,18,1,18,
        1,18,3,18,564,8,18,1,18,3,18,567,8,18,1,18,1,18,3,18,571,8,18,1,
        18,1,18,1,18,1,18,1,18,1,18,5,18,579,8,18,10,18,12,18,582,9,18,1,
        18,1,18,3,18,586,8,18,1,18,1,18,1,18,1,18,1,18,5,18,593,8,18,10,
        18,12,18,596,9,18,1,18,1,18,3,18,600,8,18,1,18,3,18,603,8,18,1,18,
        3,18,606,8,18,1,18,1,18,3,18,610,8,18,1,18,1,18,3,18,614,8,18,1,
        18,1,18,3,18,618,8,18,1,18,3,18,621,8,18,1,18,1,18,1,18,3,18,626,
        8,18,1,18,1,18,1,18,1,18,1,18,5,18,633,8,18,10,18,12,18,636,9,18,
        1,18,1,18,3,18,640,8,18,1,18,3,18,643,8,18,1,18,3,18,646,8,18,1,
        18,3,18,649,8,18,1,18,3,18,652,8,18,1,18,3,18,655,8,18,1,18,3,18,
        658,8,18,1,18,1,18,1,18,3,18,663,8,18,1,19,3,19,666,8,19,1,19,1,
        19,1,19,1,19,1,19,5,19,673,8,19,10,19,12,19,676,9,19,1,19,1,19,3,
        19,680,8,19,1,19,3,19,683,8,19,1,19,3,19,686,8,19,1,19,3,19,689,
        8,19,1,19,3,19,692,8,19,1,19,3,19,695,8,19,1,19,1,19,3,19,699,8,
        19,1,20,1,20,1,20,1,20,1,21,1,21,1,21,1,22,1,22,1,22,1,23,1,23,1,
        23,1,23,1,23,1,23,5,23,717,8,23,10,23,12,23,720,9,23,1,24,1,24,1,
        24,3,24,725,8,24,1,25,1,25,1,25,1,25,1,25,1,25,1,25,3,25,734,8,25,
        1,25,3,25,737,8,25,3,25,739,8,25,1,25,3,25,742,8,25,3,25,744,8,25,
        1,25,3,25,747,8,25,1,26,1,26,3,26,751,8,26,1,26,1,26,1,26,1,26,1,
        26,1,27,1,27,1,27,1,27,1,27,1,27,1,28,1,28,3,28,766,8,28,1,28,1,
        28,1,28,1,28,1,28,1,28,1,29,1,29,1,29,1,29,3,29,778,8,29,1,29,1,
        29,1,29,1,29,3,29,784,8,29,1,29,1,29,1,29,1,29,3,29,790,8,29,1,30,
        1,30,1,30,1,30,1,31,1,31,1,31,1,31,5,31,800,8,31,10,31,12,31,803,
        9,31,1,31,3,31,806,8,31,1,32,1,32,1,32,1,33,1,33,1,33,1,33,1,34,
        1,34,1,34,1,34,3,34,819,8,34,1,35,1,35,1,35,1,36,1,36,1,36,1,36,
        5,36,828,8,36,10,36,12,36,831,9,36,3,36,833,8,36,1,36,1,36,1,37,
        1,37,1,37,1,37,1,38,1,38,3,38,843,8,38,1,39,1,39,1,39,1,39,1,39,
        3,39,850,8,39,1,40,3,40,853,8,40,1,40,1,40,1,41,1,41,3,41,859,8,
        41,1,41,3,41,862,8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,871,
        8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,880,8,41,1,41,1,41,
        1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,892,8,41,1,41,1,41,
        3,41,896,8,41,1,41,1,41,1,41,1,41,1,41,3,41,903,8,41,1,41,1,41,3,
        41,907,8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,917,8,41,
        1,41,1,41,3,41,921,8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,
        3,41,931,8,41,1,41,1,41,1,41,1,41,1,41,3,41,938,8,41,1,42,1,42,1,
        42,1,42,5,42,944,8,42,10,42,12,42,947,9,42,3,42,949,8,42,1,42,1,
        42,1,43,1,43,1,43,1,43,1,43,1,43,1,43,3,43,960,8,43,1,43,1,43,1,
        43,1,43,1,43,1,43,1,43,1,43,3,43,970,8,43,1,43,1,43,1,43,5,43,975,
        8,43,10,43,12,43,978,9,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,3,43,
        987,8,43,1,43,1,43,3,43,991,8,43,3,43,993,8,43,3,43,995,8,43,1,44,
        3,44,998,8,44,1,44,1,44,3,44,1002,8,44,1,44,1,44,3,44,1006,8,44,
        5,44,1008,8,44,10,44,12,44,1011,9,44,1,44,1,44,1,44,1,44,1,44,1,
        44,5,44,1019,8,44,10,44,12,44,1022,9,44,1,44,1,44,3,44,1026,8,44,
        1,45,1,45,3,45,1030,8,45,1,45,1,45,3,45,1034,8,45,1,46,1,46,1,46,
        1,46,3,46,1040,8,46,1,46,1,46,1,46,1,46,3,46,1046,8,46,1,46,1,46,
        1,46,1,46,3,46,1052,8,46,1,47,1,47,1,47,3,47,1057,8,47,1,48,1,48,
        1,48,3,48,1062,8,48,1,48,1,48,3,48,1066,8,48,1,48,1,48,1,48,1,48,
        1,48,1,48,1,48,1,48,1,48,3,48,1077,8,48,1,48,1,48,3,48,1081,8,48,
        1,49,1,49,3,49,1085,8,49,1,49,3,49,1088,8,49,1,49,1,49,3,49,1092,
        8,49,1,49,1,49,3,49,1096,8,49,1,50,1,50,1,50,1,50,1,50,1,50,1,50,
        1,50,1,50,3,50,1107,8,50,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,
        1,51,1,51,1,51,1,51,1,51,3,51,1122,8,51,1,51,1,51,1,51,1,51,1,51,
        3,51,1129,8,51,1,51,1,51,1,51,3,51,1134,8,51,1,51,3,51,1137,8,51,
        1,51,1,51,1,51,3,51,1142,8,51,1,51,3,51,1145,8,51,3,51,1147,8,51,
        1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,
        3,52,1162,8,52,1,53,3,53,1165,8,53,1,53,1,53,1,53,1,54,1,54,3,54,
        1172,8,54,1,54,3,54,1175,8,54,1,54,1,54,3,54,1179,8,54,1,55,1,55,
        1,55,1,55,1,55,1,55,1,55,1,55,1,55,1,55,3,55,1191,8,55,1,56,1,56,
        1,56,1,56,1,56,1,56,1,56,5,56,1200,8,56,10,56,12,56,1203,9,56,1,
        56,3,56,1206,8,56,1,57,1,57,1,57,1,57,3,57,1212,8,57,1,58,1,58,1,
        58,1,58,1,59,1,59,1,59,1,59,1,59,3,59,1223,8,59,1,60,1,60,3,60,1227,
        8,60,1,61,1,61,1,61,1,61,1,62,1,62,1,62,1,62,1,63,1,63,1,63,1,63,
        3,63,1241,8,63,1,63,1,63,1,63,1,63,1,63,1,63,1,63,1,63,1,63,5,63,
        1252,8,63,10,63,12,63,1255,9,63,3,63,1257,8,63,3,63,1259,8,63,1,
        64,1,64,1,64,1,64,1,64,3,64,1266,8,64,1,64,1,64,3,64,1270,8,64,1,
        65,1,65,1,65,1,65,1,65,5,65,1277,8,65,10,65,12,65,1280,9,65,1,65,
        1,65,1,66,1,66,1,66,3,66,1287,8,66,1,67,3,67,1290,8,67,1,67,1,67,
        3,67,1294,8,67,1,67,3,67,1297,8,67,1,67,3,67,1300,8,67,1,67,3,67,
        1303,8,67,1,68,1,68,1,68,1,68,5,68,1309,8,68,10,68,12,68,1312,9,
        68,1,69,1,69,3,69,1316,8,69,1,69,1,69,1,69,1,69,1,69,1,70,1,70,1,
        70,1,70,5,70,1327,8,70,10,70,12,70,1330,9,70,1,71,1,71,3,71,1334,
        8,71,1,72,1,72,1,72,3,72,1339,8,72,1,72,5,72,1342,8,72,10,72,12,
        72,1345,9,72,1,73,1,73,1,73,1,73,1,73,1,73,1,73,1,73,3,73,1355,8,
        73,1,74,1,74,1,74,1,74,5,74,1361,8,74,10,74,12,74,1364,9,74,1,75,
        1,75,3,75,1368,8,75,1,75,3,75,1371,8,75,1,75,1,75,1,75,5,75,1376,
        8,75,10,75,12,75,1379,9,75,1,75,1,75,3,75,1383,8,75,1,75,3,75,1386,
        8,75,1,75,3,75,1389,8,75,1,75,3,75,1392,8,75,1,75,3,75,1395,8,75,
        1,76,1,76,1,76,1,77,1,77,1,77,1,78,1,78,1,78,1,78,1,78,1,78,1,78,
        3,78,1410,8,78,1,78,3,78,1413,8,78,3,78,1415,8,78,1,79,1,79,1,79,
        5,79,1420,8,79,10,79,12,79,1423,9,79,1,80,1,80,5,80,1427,8,80,10,
        80,12,80,1430,9,80,1,81,1,81,1,81,1,81,3,81,1436,8,81,1,81,3,81,
        1439,8,81,1,81,1,81,1,81,3,81,1444,8,81,3,81,1446,8,81,1,82,1,82,
        1,82,3,82,1451,8,82,3,82,1453,8,82,1,83,1,83,1,83,1,83,3,83,1459,
        8,83,1,84,1,84,3,84,1463,8,84,1,84,3,84,1466,8,84,1,85,1,85,3,85,
        1470,8,85,1,85,3,85,1473,8,85,1,85,1,85,1,85,1,85,1,85,1,85,1,85,
        1,85,1,85,1,85,3,85,1485,8,85,1,85,1,85,1,85,1,85,1,85,1,85,1,85,
        1,85,1,85,1,85,5,85,1497,8,85,10,85,12,85,1500,9,85,1,85,1,85,1,
        85,3,85,1505,8,85,1,85,1,85,1,85,1,85,3,85,1511,8,85,1,85,1,85,3,
        85,1515,8,85,1,86,1,86,1,86,1,86,1,86,1,86,1,87,3,87,1524,8,87,1,
        87,1,87,3,87,1528,8,87,1,88,1,88,1,88,1,88,1,88,5,88,1535,8,88,10,
        88,12,88,1538,9,88,1,89,1,89,1,89,1,89,1,89,1,89,5,89,1546,8,89,
        10,89,12,89,1549,9,89,1,89,1,89,1,89,1,89,1,89,1,89,1,89,5,89,1558,
        8,89,10,89,12,89,1561,9,89,1,89,1,89,1,89,1,89,1,89,3,89,1568,8,
        89,1,90,1,90,1,90,1,90,5,90,1574,8,90,10,90,12,90,1577,9,90,1,91,
        1,91,1,91,1,91,1,91,1,91,1,92,3,92,1586,8,92,1,92,1,92,1,92,1,92,
        1,92,5,92,1593,8,92,10,92,12,92,1596,9,92,3,92,1598,8,92,1,92,3,
        92,1601,8,92,1,92,3,92,1604,8,92,1,93,1,93,1,93,1,93,1,93,1,93,1,
        93,3,93,1613,8,93,1,94,1,94,1,94,1,94,1,94,1,94,1,94,3,94,1622,8,
        94,1,95,1,95,1,95,1,95,1,95,5,95,1629,8,95,10,95,12,95,1632,9,95,
        1,96,1,96,3,96,1636,8,96,1,96,1,96,3,96,1640,8,96,1,97,1,97,1,97,
        3,97,1645,8,97,1,98,1,98,1,98,3,98,1650,8,98,1,99,1,99,1,99,3,99,
        1655,8,99,1,99,1,99,1,99,1,100,1,100,1,100,1,100,1,100,1,100,1,100,
        5,100,1667,8,100,10,100,12,100,1670,9,100,3,100,1672,8,100,1,100,
        3,100,1675,8,100,1,100,1,100,1,100,1,100,5,100,1681,8,100,10,100,
        12,100,1684,9,100,3,100,1686,8,100,1,100,3,100,1689,8,100,1,100,
        3,100,1692,8,100,1,100,1,100,1,100,1,100,1,100,1,100,3,100,1700,
        8,100,1,100,1,100,1,100,1,100,5,100,1706,8,100,10,100,12,100,1709,
        9,100,3,100,1711,8,100,1,100,1,100,1,100,1,100,5,100,1717,8,100,
        10,100,12,100,1720,9,100,1,100,1,100,1,101,1,101,1,101,1,101,1,102,
        1,102,1,102,1,102,1,102,1,102,1,102,1,102,3,102,1736,8,102,1,103,
        1,103,1,103,1,103,1,103,1,103,1,103,1,103,1,103,1,103,1,103,3,103,
        1749,8,103,1,103,3,103,1752,8,103,1,104,1,104,1,104,5,104,1757,8,
        104,10,104,12,104,1760,9,104,1,105,4,105,1763,8,105,11,105,12,105,
        1764,1,106,1,106,3,106,1769,8,106,1,107,1,107,1,107,1,107,1,107,
        3,107,1776,8,107,1,108,1,108,1,108,1,108,1,108,3,108,1783,8,108,
        1,108,1,108,3,108,1787,8,108,3,108,1789,8,108,1,108,3,108,1792,8,
        108,1,108,3,108,1795,8,108,1,109,1,109,1,109,1,109,1,109,1,109,5,
        109,1803,8,109,10,109,12,109,1806,9,109,1,109,1,109,1,110,1,110,
        1,110,1,110,1,111,1,111,1,111,3,111,1817,8,111,1,111,5,111,1820,
        8,111,10,111,12,111,1823,9,111,1,111,1,111,1,112,1,112,1,112,1,112,
        1,112,5,112,1832,8,112,10,112,12,112,1835,9,112,3,112,1837,8,112,
        1,112,3,112,1840,8,112,1,113,1,113,1,113,3,113,1845,8,113,1,114,
        1,114,1,115,1,115,1,115,5,115,1852,8,115,10,115,12,115,1855,9,115,
        1,115,1,115,3,115,1859,8,115,1,115,1,115,1,115,1,115,1,115,1,115,
        5,115,1867,8,115,10,115,12,115,1870,9,115,1,116,1,116,1,116,1,116,
        1,116,1,116,1,116,3,116,1879,8,116,1,116,1,116,3,116,1883,8,116,
        1,116,1,116,1,116,1,116,1,116,1,116,1,116,1,116,1,116,3,116,1894,
        8,116,3,116,1896,8,116,1,116,3,116,1899,8,116,1,116,1,116,3,116,
        1903,8,116,1,116,1,116,1,116,1,116,1,116,1,116,1,116,1,116,1,116,
        1,116,5,116,1915,8,116,10,116,12,116,1918,9,116,3,116,1920,8,116,
        1,116,1,116,1,116,1,116,1,116,1,116,3,116,1928,8,116,1,116,1,116,
        1,116,3,116,1933,8,116,3,116,1935,8,116,3,116,1937,8,116,1,117,1,
        117,1,118,1,118,1,119,1,119,1,119,1,119,3,119,1947,8,119,1,119,1,
        119,1,119,1,119,1,119,1,119,1,119,1,119,1,119,1,119,1,119,1,119,
        1,119,1,119,5,119,1963,8,119,10,119,12,119,1966,9,119,1,120,1,120,
        1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,120,
        1,120,1,120,1,120,1,120,1,120,1,120,1,120,5,120,1988,8,120,10,120,
        12,120,1991,9,120,3,120,1993,8,120,1,120,1,120,1,120,1,120,3,120,
        1999,8,120,1,121,1,121,3,121,2003,8,121,1,121,4,121,2006,8,121,11,
        121,12,121,2007,1,121,3,121,2011,8,121,1,121,1,121,1,122,1,122,1,
        122,1,123,1,123,1,123,1,123,1,123,1,124,1,124,1,124,1,124,1,124,
        1,124,1,124,1,125,1,125,1,125,1,125,1,125,1,125,1,125,1,126,1,126,
        1,126,1,126,1,126,1,126,1,126,3,126,2044,8,126,1,126,1,126,1,127,
        1,127,1,127,1,127,3,127,2052,8,127,1,127,1,127,1,127,1,127,3,127,
        2058,8,127,1,127,1,127,1,127,1,128,1,128,1,128,1,128,1,128,1,128,
        1,128,1,128,1,128,3,128,2072,8,128,1,128,1,128,1,129,1,129,1,129,
        1,129,1,129,1,129,1,129,3,129,2083,8,129,1,129,1,129,1,130,1,130,
        1,130,1,130,1,130,3,130,2092,8,130,1,130,1,130,1,131,1,131,1,131,
        1,131,1,131,5,131,2101,8,131,10,131,12,131,2104,9,131,3,131,2106,
        8,131,1,131,1,131,1,131,1,131,1,131,1,131,1,131,1,131,1,131,1,131,
        1,131,5,131,2119,8,131,10,131,12,131,2122,9,131,3,131,2124,8,131,
        1,131,3,131,2127,8,131,1,132,1,132,1,132,1,132,3,132,2133,8,132,
        1,132,1,132,1,132,5,132,2138,8,132,10,132,12,132,2141,9,132,3,132,
        2143,8,132,1,132,5,132,2146,8,132,10,132,12,132,2149,9,132,1,132,
        1,132,1,132,3,132,2154,8,132,1,132,1,132,1,132,1,132,1,132,1,132,
        3,132,2162,8,132,1,132,1,132,1,132,1,132,1,132,1,132,3,132,2170,
        8,132,1,132,1,132,1,132,1,132,1,132,1,132,3,132,2178,8,132,3,132,
        2180,8,132,1,133,1,133,1,133,1,133,1,133,1,133,1,133,1,133,1,133,
        1,133,3,133,2192,8,133,1,134,1,134,1,134,3,134,2197,8,134,1,134,
        1,134,1,135,1,135,1,135,1,135,1,135,1,135,1,135,5,135,2208,8,135,
        10,135,12,135,2211,9,135,3,135,2213,8,135,1,135,3,135,2216,8,135,
        1,135,1,135,1,135,1,135,1,135,5,135,2223,8,135,10,135,12,135,2226,
        9,135,1,135,1,135,1,135,1,135,1,135,1,135,1,135,1,135,1,135,1,135,
        1,135,1,135,1,135,3,135,2241,8,135,3,135,2243,8,135,1,136,1,136,
        1,136,1,136,1,136,1,136,1,136,1,136,1,136,1,136,1,136,1,136,1,136,
        1,136,3,136,2259,8,136,1,136,1,136,1,136,1,136,1,136,3,136,2266,
        8,136,3,136,2268,8,136,1,136,3,136,2271,8,136,1,136,3,136,2274,8,
        136,1,137,1,137,1,138,1,138,1,139,1,139,3,139,2282,8,139,1,140,1,
        140,1,140,1,140,1,140,1,140,1,140,1,140,1,140,1,140,1,140,1,140,
        1,140,1,140,3,140,2298,8,140,1,141,1,141,1,142,1,142,5,142,2304,
        8,142,10,142,12,142,2307,9,142,1,143,1,143,3,143,2311,8,143,1,143,
        1,143,3,143,2315,8,143,1,143,1,143,1,144,1,144,3,144,2321,8,144,
        1,144,1,144,1,144,3,144,2326,8,144,3,144,2328,8,144,1,145,1,145,
        1,145,1,145,3,145,2334,8,145,1,145,1,145,1,146,1,146,3,146,2340,
        8,146,1,146,1,146,3,146,2344,8,146,5,146,2346,8,146,10,146,12,146,
        2349,9,146,1,147,1,147,1,147,3,147,2354,8,147,1,148,1,148,1,148,
        1,148,1,148,5,148,2361,8,148,10,148,12,148,2364,9,148,3,148,2366,
        8,148,1,148,1,148,1,148,1,148,1,148,5,148,2373,8,148,10,148,12,148,
        2376,9,148,3,148,2378,8,148,1,148,3,148,2381,8,148,1,148,1,148,1,
        148,1,148,1,148,1,148,1,148,1,148,1,148,1,148,1,148,1,148,1,148,
        1,148,1,148,1,148,1,148,1,148,1,148,3,148,2402,8,148,1,148,1,148,
        3,148,2406,8,148,1,148,1,148,3,148,2410,8,148,1,148,1,148,3,148,
        2414,8,148,1,148,1,148,1,148,3,148,2419,8,148,1,148,1,148,1,148,
        1,148,1,148,1,148,1,148,1,148,3,148,2429,8,148,1,148,1,148,1,148,
        1,148,1,148,3,148,2436,8,148,1,148,3,148,2439,8,148,3,148,2441,8,
        148,1,149,1,149,1,149,3,149,2446,8,149,1,150,1,150,1,150,5,150,2451,
        8,150,10,150,12,150,2454,9,150,1,151,1,151,1,151,5,151,2459,8,151,
        10,151,12,151,2462,9,151,1,152,1,152,1,152,1,152,5,152,2468,8,152,
        10,152,12,152,2471,9,152,1,152,1,152,1,153,1,153,1,153,3,153,2478,
        8,153,1,154,1,154,1,154,0,2,230,238,155,0,2,4,6,8,10,12,14,16,18,
        20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,
        64,66,68,70,72,74,76,78,80,82,84,86,88,90,92,94,96,98,100,102,104,
        106,108,110,112,114,116,118,120,122,124,126,128,130,132,134,136,
        138,140,142,144,146,148,150,152,154,156,158,160,162,164,166,168,
        170,172,174,176,178,180,182,184,186,188,190,192,194,196,198,200,
        202,204,206,208,210,212,214,216,218,220,222,224,226,228,230,232,
        234,236,238,240,242,244,246,248,250,252,254,256,258,260,262,264,
        266,268,270,272,274,276,278,280,282,284,286,288,290,292,294,296,
        298,300,302,304,306,308,0,49,2,0,94,94,221,221,2,0,97,97,150,150,
        2,0,5,5,172,172,3,0,63,63,91,91,151,151,8,0,4,4,35,35,53,53,81,81,
        120,120,142,142,154,154,232,232,1,0,251,252,2,0,2,2,125,125,2,0,
        19,19,175,175,2,0,22,22,40,40,2,0,77,77,90,90,2,0,78,78,223,223,
        2,0,89,89,111,111,1,0,48,49,2,0,62,62,216,216,2,0,4,4,51,51,3,0,
        78,78,110,110,178,178,2,0,38,38,179,179,2,0,166,166,181,181,2,0,
        74,74,161,161,2,0,11,11,48,48,2,0,72,72,107,107,1,0,180,181,2,0,
        72,72,132,132,1,0,288,291,3,0,4,4,8,8,192,192,4,0,9,9,136,136,183,
        183,225,225,2,0,12,12,199,199,1,0,244,249,1,0,253,255,2,0,251,252,
        256,256,2,0,21,21,213,213,3,0,15,15,109,109,209,209,2,0,77,77,264,
        264,2,0,75,75,264,264,2,0,24,25,73,73,3,0,9,9,115,115,130,130,2,
        0,88,88,174,174,2,0,1,1,134,134,2,0,9,9,136,136,2,0,57,57,60,60,
        2,0,31,31,215,215,8,0,43,44,85,86,121,122,128,129,165,165,184,185,
        233,233,241,242,8,0,43,43,85,85,121,121,128,128,165,165,184,184,
        233,233,241,241,1,0,273,275,1,0,270,271,2,0,9,9,130,130,2,0,237,
        237,239,239,2,0,162,162,227,227,57,0,1,3,6,6,11,11,16,16,19,19,22,
        23,27,33,35,35,40,41,44,44,46,46,48,48,50,50,52,54,57,57,59,60,63,
        63,66,67,72,72,74,74,76,76,80,81,86,89,91,91,93,93,99,102,104,107,
        113,113,118,120,122,127,129,129,132,132,135,136,140,140,142,142,
        145,145,147,147,150,151,153,159,161,161,164,165,167,177,182,183,
        185,185,188,189,191,191,193,196,198,198,203,204,212,212,215,215,
        218,218,222,223,225,225,228,233,240,240,242,243,2841,0,310,1,0,0,
        0,2,342,1,0,0,0,4,344,1,0,0,0,6,346,1,0,0,0,8,360,1,0,0,0,10,372,
        1,0,0,0,12,387,1,0,0,0,14,389,1,0,0,0,16,404,1,0,0,0,18,415,1,0,
        0,0,20,417,1,0,0,0,22,425,1,0,0,0,24,442,1,0,0,0,26,455,1,0,0,0,
        28,476,1,0,0,0,30,480,1,0,0,0,32,495,1,0,0,0,34,514,1,0,0,0,36,662,
        1,0,0,0,38,665,1,0,0,0,40,700,1,0,0,0,42,704,1,0,0,0,44,707,1,0,
        0,0,46,710,1,0,0,0,48,724,1,0,0,0,50,726,1,0,0,0,52,750,1,0,0,0,
        54,757,1,0,0,0,56,765,1,0,0,0,58,789,1,0,0,0,60,791,1,0,0,0,62,795,
        1,0,0,0,64,807,1,0,0,0,66,810,1,0,0,0,68,814,1,0,0,0,70,820,1,0,
        0,0,72,823,1,0,0,0,74,836,1,0,0,0,76,842,1,0,0,0,78,849,1,0,0,0,
        80,852,1,0,0,0,82,856,1,0,0,0,84,939,1,0,0,0,86,994,1,0,0,0,88,1025,
        1,0,0,0,90,1033,1,0,0,0,92,1051,1,0,0,0,94,1056,1,0,0,0,96,1080,
        1,0,0,0,98,1082,1,0,0,0,100,1106,1,0,0,0,102,1108,1,0,0,0,104,1161,
        1,0,0,0,106,1164,1,0,0,0,108,1169,1,0,0,0,110,1190,1,0,0,0,112,1192,
        1,0,0,0,114,1207,1,0,0,0,116,1213,1,0,0,0,118,1217,1,0,0,0,120,1224,
        1,0,0,0,122,1228,1,0,0,0,124,1232,1,0,0,0,126,1236,1,0,0,0,128,1260,
        1,0,0,0,130,1271,1,0,0,0,132,1283,1,0,0,0,134,1289,1,0,0,0,136,1304,
        1,0,0,0,138,1313,1,0,0,0,140,1322,1,0,0,0,142,1331,1,0,0,0,144,1335,
        1,0,0,0,146,1354,1,0,0,0,148,1356,1,0,0,0,150,1365,1,0,0,0,152,1396,
        1,0,0,0,154,1399,1,0,0,0,156,1414,1,0,0,0,158,1416,1,0,0,0,160,1424,
        1,0,0,0,162,1445,1,0,0,0,164,1452,1,0,0,0,166,1458,1,0,0,0,168,1460,
        1,0,0,0,170,1514,1,0,0,0,172,1516,1,0,0,0,174,1523,1,0,0,0,176,1529,
        1,0,0,0,178,1567,1,0,0,0,180,1569,1,0,0,0,182,1578,1,0,0,0,184,1585,
        1,0,0,0,186,1605,1,0,0,0,188,1621,1,0,0,0,190,1623,1,0,0,0,192,1633,
        1,0,0,0,194,1641,1,0,0,0,196,1646,1,0,0,0,198,1651,1,0,0,0,200,1659,
        1,0,0,0,202,1723,1,0,0,0,204,1735,1,0,0,0,206,1737,1,0,0,0,208,1753,
        1,0,0,0,210,1762,1,0,0,0,212,1766,1,0,0,0,214,1775,1,0,0,0,216,1791,
        1,0,0,0,218,1796,1,0,0,0,220,1809,1,0,0,0,222,1813,1,0,0,0,224,1826,
        1,0,0,0,226,1841,1,0,0,0,228,1846,1,0,0,0,230,1858,1,0,0,0,232,1936,
        1,0,0,0,234,1938,1,0,0,0,236,1940,1,0,0,0,238,1946,1,0,0,0,240,1998,
        1,0,0,0,242,2000,1,0,0,0,244,2014,1,0,0,0,246,2017,1,0,0,0,248,2022,
        1,0,0,0,250,2029,1,0,0,0,252,2036,1,0,0,0,254,2047,1,0,0,0,256,2062,
        1,0,0,0,258,2075,1,0,0,0,260,2086,1,0,0,0,262,2126,1,0,0,0,264,2128,
        1,0,0,0,266,2191,1,0,0,0,268,2196,1,0,0,0,270,2242,1,0,0,0,272,2273,
        1,0,0,0,274,2275,1,0,0,0,276,2277,1,0,0,0,278,2281,1,0,0,0,280,2297,
        1,0,0,0,282,2299,1,0,0,0,284,2301,1,0,0,0,286,2308,1,0,0,0,288,2318,
        1,0,0,0,290,2329,1,0,0,0,292,2337,1,0,0,0,294,2353,1,0,0,0,296,2440,
        1,0,0,0,298,2442,1,0,0,0,300,2447,1,0,0,0,302,2455,1,0,0,0,304,2463,
        1,0,0,0,306,2477,1,0,0,0,308,2479,1,0,0,0,310,312,3,2,1,0,311,313,
        5,266,0,0,312,311,1,0,0,0,312,313,1,0,0,0,313,314,1,0,0,0,314,315,
        5,0,0,1,315,1,1,0,0,0,316,343,3,4,2,0,317,343,3,6,3,0,318,343,3,
        14,7,0,319,343,3,20,10,0,320,343,3,22,11,0,321,343,3,8,4,0,322,343,
        3,10,5,0,323,343,3,12,6,0,324,343,3,34,17,0,325,343,3,82,41,0,326,
        343,3,98,49,0,327,343,3,102,51,0,328,343,3,108,54,0,329,343,3,112,
        56,0,330,343,3,114,57,0,331,343,3,116,58,0,332,343,3,118,59,0,333,
        343,3,120,60,0,334,343,3,122,61,0,335,343,3,124,62,0,336,343,3,126,
        63,0,337,343,3,128,64,0,338,343,3,32,16,0,339,343,3,24,12,0,340,
        343,3,26,13,0,341,343,3,30,15,0,342,316,1,0,0,0,342,317,1,0,0,0,
        342,318,1,0,0,0,342,319,1,0,0,0,342,320,1,0,0,0,342,321,1,0,0,0,
        342,322,1,0,0,0,342,323,1,0,0,0,342,324,1,0,0,0,342,325,1,0,0,0,
        342,326,1,0,0,0,342,327,1,0,0,0,342,328,1,0,0,0,342,329,1,0,0,0,
        342,330,1,0,0,0,342,331,1,0,0,0,342,332,1,0,0,0,342,333,1,0,0,0,
        342,334,1,0,0,0,342,335,1,0,0,0,342,336,1,0,0,0,342,337,1,0,0,0,
        342,338,1,0,0,0,342,339,1,0,0,0,342,340,1,0,0,0,342,341,1,0,0,0,
        343,3,1,0,0,0,344,345,3,134,67,0,345,5,1,0,0,0,346,347,7,0,0,0,347,
        348,7,1,0,0,348,350,3,300,150,0,349,351,3,222,111,0,350,349,1,0,
        0,0,350,351,1,0,0,0,351,353,1,0,0,0,352,354,3,130,65,0,353,352,1,
        0,0,0,353,354,1,0,0,0,354,356,1,0,0,0,355,357,3,304,152,0,356,355,
        1,0,0,0,356,357,1,0,0,0,357,358,1,0,0,0,358,359,3,134,67,0,359,7,
        1,0,0,0,360,361,5,193,0,0,361,362,5,187,0,0,362,366,5,13,0,0,363,
        364,3,6,3,0,364,365,5,266,0,0,365,367,1,0,0,0,366,363,1,0,0,0,367,
        368,1,0,0,0,368,366,1,0,0,0,368,369,1,0,0,0,369,370,1,0,0,0,370,
        371,5,58,0,0,371,9,1,0,0,0,372,373,5,13,0,0,373,374,5,193,0,0,374,
        385,5,187,0,0,375,381,5,266,0,0,376,377,3,6,3,0,377,378,5,266,0,
        0,378,380,1,0,0,0,379,376,1,0,0,0,380,383,1,0,0,0,381,379,1,0,0,
        0,381,382,1,0,0,0,382,384,1,0,0,0,383,381,1,0,0,0,384,386,5,58,0,
        0,385,375,1,0,0,0,385,386,1,0,0,0,386,11,1,0,0,0,387,388,5,58,0,
        0,388,13,1,0,0,0,389,400,5,66,0,0,390,391,5,159,0,0,391,401,5,75,
        0,0,392,397,3,16,8,0,393,394,5,264,0,0,394,396,3,16,8,0,395,393,
        1,0,0,0,396,399,1,0,0,0,397,395,1,0,0,0,397,398,1,0,0,0,398,401,
        1,0,0,0,399,397,1,0,0,0,400,390,1,0,0,0,400,392,1,0,0,0,400,401,
        1,0,0,0,401,402,1,0,0,0,402,403,3,18,9,0,403,15,1,0,0,0,404,405,
        3,306,153,0,405,17,1,0,0,0,406,416,3,134,67,0,407,416,3,6,3,0,408,
        416,3,8,4,0,409,413,5,64,0,0,410,414,3,8,4,0,411,414,3,6,3,0,412,
        414,3,134,67,0,413,410,1,0,0,0,413,411,1,0,0,0,413,412,1,0,0,0,414,
        416,1,0,0,0,415,406,1,0,0,0,415,407,1,0,0,0,415,408,1,0,0,0,415,
        409,1,0,0,0,416,19,1,0,0,0,417,423,5,64,0,0,418,424,3,8,4,0,419,
        424,3,6,3,0,420,424,3,134,67,0,421,422,5,159,0,0,422,424,3,284,142,
        0,423,418,1,0,0,0,423,419,1,0,0,0,423,420,1,0,0,0,423,421,1,0,0,
        0,424,21,1,0,0,0,425,428,5,29,0,0,426,427,5,7,0,0,427,429,5,64,0,
        0,428,426,1,0,0,0,428,429,1,0,0,0,429,430,1,0,0,0,430,431,5,159,
        0,0,431,435,3,284,142,0,432,433,5,87,0,0,433,434,5,133,0,0,434,436,
        5,65,0,0,435,432,1,0,0,0,435,436,1,0,0,0,436,437,1,0,0,0,437,440,
        5,75,0,0,438,441,3,8,4,0,439,441,3,6,3,0,440,438,1,0,0,0,440,439,
        1,0,0,0,441,23,1,0,0,0,442,443,5,47,0,0,443,444,5,77,0,0,444,449,
        3,300,150,0,445,447,5,10,0,0,446,445,1,0,0,0,446,447,1,0,0,0,447,
        448,1,0,0,0,448,450,3,306,153,0,449,446,1,0,0,0,449,450,1,0,0,0,
        450,453,1,0,0,0,451,452,5,235,0,0,452,454,3,230,115,0,453,451,1,
        0,0,0,453,454,1,0,0,0,454,25,1,0,0,0,455,456,5,220,0,0,456,461,3,
        300,150,0,457,459,5,10,0,0,458,457,1,0,0,0,458,459,1,0,0,0,459,460,
        1,0,0,0,460,462,3,306,153,0,461,458,1,0,0,0,461,462,1,0,0,0,462,
        463,1,0,0,0,463,464,5,187,0,0,464,469,3,28,14,0,465,466,5,264,0,
        0,466,468,3,28,14,0,467,465,1,0,0,0,468,471,1,0,0,0,469,467,1,0,
        0,0,469,470,1,0,0,0,470,474,1,0,0,0,471,469,1,0,0,0,472,473,5,235,
        0,0,473,475,3,230,115,0,474,472,1,0,0,0,474,475,1,0,0,0,475,27,1,
        0,0,0,476,477,3,306,153,0,477,478,5,244,0,0,478,479,3,230,115,0,
        479,29,1,0,0,0,480,481,5,18,0,0,481,482,3,302,151,0,482,491,5,258,
        0,0,483,488,3,268,134,0,484,485,5,264,0,0,485,487,3,268,134,0,486,
        484,1,0,0,0,487,490,1,0,0,0,488,486,1,0,0,0,488,489,1,0,0,0,489,
        492,1,0,0,0,490,488,1,0,0,0,491,483,1,0,0,0,491,492,1,0,0,0,492,
        493,1,0,0,0,493,494,5,259,0,0,494,31,1,0,0,0,495,496,5,212,0,0,496,
        497,5,202,0,0,497,498,3,300,150,0,498,33,1,0,0,0,499,502,5,36,0,
        0,500,501,5,143,0,0,501,503,7,2,0,0,502,500,1,0,0,0,502,503,1,0,
        0,0,503,505,1,0,0,0,504,506,5,204,0,0,505,504,1,0,0,0,505,506,1,
        0,0,0,506,508,1,0,0,0,507,509,5,200,0,0,508,507,1,0,0,0,508,509,
        1,0,0,0,509,510,1,0,0,0,510,515,3,36,18,0,511,512,5,172,0,0,512,
        513,5,202,0,0,513,515,3,38,19,0,514,499,1,0,0,0,514,511,1,0,0,0,
        515,35,1,0,0,0,516,518,5,22,0,0,517,519,3,40,20,0,518,517,1,0,0,
        0,518,519,1,0,0,0,519,520,1,0,0,0,520,522,3,306,153,0,521,523,3,
        44,22,0,522,521,1,0,0,0,522,523,1,0,0,0,523,525,1,0,0,0,524,526,
        3,70,35,0,525,524,1,0,0,0,525,526,1,0,0,0,526,663,1,0,0,0,527,529,
        5,40,0,0,528,530,3,40,20,0,529,528,1,0,0,0,529,530,1,0,0,0,530,531,
        1,0,0,0,531,533,3,300,150,0,532,534,3,44,22,0,533,532,1,0,0,0,533,
        534,1,0,0,0,534,536,1,0,0,0,535,537,3,70,35,0,536,535,1,0,0,0,536,
        537,1,0,0,0,537,663,1,0,0,0,538,539,5,202,0,0,539,663,3,38,19,0,
        540,542,5,228,0,0,541,543,3,40,20,0,542,541,1,0,0,0,542,543,1,0,
        0,0,543,544,1,0,0,0,544,546,3,300,150,0,545,547,3,304,152,0,546,
        545,1,0,0,0,546,547,1,0,0,0,547,549,1,0,0,0,548,550,3,44,22,0,549,
        548,1,0,0,0,549,550,1,0,0,0,550,551,1,0,0,0,551,552,5,10,0,0,552,
        553,3,134,67,0,553,663,1,0,0,0,554,556,5,79,0,0,555,557,3,40,20,
        0,556,555,1,0,0,0,556,557,1,0,0,0,557,558,1,0,0,0,558,559,3,300,
        150,0,559,560,5,10,0,0,560,563,3,284,142,0,561,562,5,106,0,0,562,
        564,3,306,153,0,563,561,1,0,0,0,563,564,1,0,0,0,564,566,1,0,0,0,
        565,567,3,46,23,0,566,565,1,0,0,0,566,567,1,0,0,0,567,663,1,0,0,
        0,568,570,5,123,0,0,569,571,3,40,20,0,570,569,1,0,0,0,570,571,1,
        0,0,0,571,572,1,0,0,0,572,585,3,300,150,0,573,574,5,93,0,0,574,575,
        5,258,0,0,575,580,3,50,25,0,576,577,5,264,0,0,577,579,3,50,25,0,
        578,576,1,0,0,0,579,582,1,0,0,0,580,578,1,0,0,0,580,581,1,0,0,0,
        581,583,1,0,0,0,582,580,1,0,0,0,583,584,5,259,0,0,584,586,1,0,0,
        0,585,573,1,0,0,0,585,586,1,0,0,0,586,599,1,0,0,0,587,588,5,147,
        0,0,588,589,5,258,0,0,589,594,3,50,25,0,590,591,5,264,0,0,591,593,
        3,50,25,0,592,590,1,0,0,0,593,596,1,0,0,0,594,592,1,0,0,0,594,595,
        1,0,0,0,595,597,1,0,0,0,596,594,1,0,0,0,597,598,5,259,0,0,598,600,
        1,0,0,0,599,587,1,0,0,0,599,600,1,0,0,0,600,602,1,0,0,0,601,603,
        3,44,22,0,602,601,1,0,0,0,602,603,1,0,0,0,603,605,1,0,0,0,604,606,
        3,70,35,0,605,604,1,0,0,0,605,606,1,0,0,0,606,609,1,0,0,0,607,608,
        5,10,0,0,608,610,3,134,67,0,609,607,1,0,0,0,609,610,1,0,0,0,610,
        663,1,0,0,0,611,613,5,32,0,0,612,614,3,40,20,0,613,612,1,0,0,0,613,
        614,1,0,0,0,614,615,1,0,0,0,615,617,3,300,150,0,616,618,3,44,22,
        0,617,616,1,0,0,0,617,618,1,0,0,0,618,620,1,0,0,0,619,621,3,70,35,
        0,620,619,1,0,0,0,620,621,1,0,0,0,621,663,1,0,0,0,622,623,5,118,
        0,0,623,625,5,202,0,0,624,626,3,40,20,0,625,624,1,0,0,0,625,626,
        1,0,0,0,626,627,1,0,0,0,627,639,3,300,150,0,628,629,5,258,0,0,629,
        634,3,48,24,0,630,631,5,264,0,0,631,633,3,48,24,0,632,630,1,0,0,
        0,633,636,1,0,0,0,634,632,1,0,0,0,634,635,1,0,0,0,635,637,1,0,0,
        0,636,634,1,0,0,0,637,638,5,259,0,0,638,640,1,0,0,0,639,628,1,0,
        0,0,639,640,1,0,0,0,640,642,1,0,0,0,641,643,3,44,22,0,642,641,1,
        0,0,0,642,643,1,0,0,0,643,645,1,0,0,0,644,646,3,58,29,0,645,644,
        1,0,0,0,645,646,1,0,0,0,646,648,1,0,0,0,647,649,3,60,30,0,648,647,
        1,0,0,0,648,649,1,0,0,0,649,651,1,0,0,0,650,652,3,70,35,0,651,650,
        1,0,0,0,651,652,1,0,0,0,652,654,1,0,0,0,653,655,3,66,33,0,654,653,
        1,0,0,0,654,655,1,0,0,0,655,657,1,0,0,0,656,658,3,68,34,0,657,656,
        1,0,0,0,657,658,1,0,0,0,658,659,1,0,0,0,659,660,5,10,0,0,660,661,
        3,134,67,0,661,663,1,0,0,0,662,516,1,0,0,0,662,527,1,0,0,0,662,538,
        1,0,0,0,662,540,1,0,0,0,662,554,1,0,0,0,662,568,1,0,0,0,662,611,
        1,0,0,0,662,622,1,0,0,0,663,37,1,0,0,0,664,666,3,40,20,0,665,664,
        1,0,0,0,665,666,1,0,0,0,666,667,1,0,0,0,667,679,3,300,150,0,668,
        669,5,258,0,0,669,674,3,48,24,0,670,671,5,264,0,0,671,673,3,48,24,
        0,672,670,1,0,0,0,673,676,1,0,0,0,674,672,1,0,0,0,674,675,1,0,0,
        0,675,677,1,0,0,0,676,674,1,0,0,0,677,678,5,259,0,0,678,680,1,0,
        0,0,679,668,1,0,0,0,679,680,1,0,0,0,680,682,1,0,0,0,681,683,3,44,
        22,0,682,681,1,0,0,0,682,683,1,0,0,0,683,685,1,0,0,0,684,686,3,58,
        29,0,685,684,1,0,0,0,685,686,1,0,0,0,686,688,1,0,0,0,687,689,3,60,
        30,0,688,687,1,0,0,0,688,689,1,0,0,0,689,691,1,0,0,0,690,692,3,70,
        35,0,691,690,1,0,0,0,691,692,1,0,0,0,692,694,1,0,0,0,693,695,3,62,
        31,0,694,693,1,0,0,0,694,695,1,0,0,0,695,698,1,0,0,0,696,697,5,10,
        0,0,697,699,3,134,67,0,698,696,1,0,0,0,698,699,1,0,0,0,699,39,1,
        0,0,0,700,701,5,87,0,0,701,702,5,133,0,0,702,703,5,65,0,0,703,41,
        1,0,0,0,704,705,5,87,0,0,705,706,5,65,0,0,706,43,1,0,0,0,707,708,
        5,28,0,0,708,709,3,284,142,0,709,45,1,0,0,0,710,711,5,224,0,0,711,
        712,5,99,0,0,712,718,3,284,142,0,713,714,5,264,0,0,714,715,5,99,
        0,0,715,717,3,284,142,0,716,713,1,0,0,0,717,720,1,0,0,0,718,716,
        1,0,0,0,718,719,1,0,0,0,719,47,1,0,0,0,720,718,1,0,0,0,721,725,3,
        50,25,0,722,725,3,54,27,0,723,725,3,56,28,0,724,721,1,0,0,0,724,
        722,1,0,0,0,724,723,1,0,0,0,725,49,1,0,0,0,726,743,3,306,153,0,727,
        728,5,10,0,0,728,744,3,230,115,0,729,738,3,292,146,0,730,733,5,120,
        0,0,731,732,5,77,0,0,732,734,3,284,142,0,733,731,1,0,0,0,733,734,
        1,0,0,0,734,736,1,0,0,0,735,737,5,230,0,0,736,735,1,0,0,0,736,737,
        1,0,0,0,737,739,1,0,0,0,738,730,1,0,0,0,738,739,1,0,0,0,739,741,
        1,0,0,0,740,742,3,52,26,0,741,740,1,0,0,0,741,742,1,0,0,0,742,744,
        1,0,0,0,743,727,1,0,0,0,743,729,1,0,0,0,744,746,1,0,0,0,745,747,
        3,44,22,0,746,745,1,0,0,0,746,747,1,0,0,0,747,51,1,0,0,0,748,749,
        5,34,0,0,749,751,3,306,153,0,750,748,1,0,0,0,750,751,1,0,0,0,751,
        752,1,0,0,0,752,753,5,163,0,0,753,754,5,105,0,0,754,755,5,133,0,
        0,755,756,5,59,0,0,756,53,1,0,0,0,757,758,5,231,0,0,758,759,5,75,
        0,0,759,760,3,302,151,0,760,761,5,10,0,0,761,762,3,230,115,0,762,
        55,1,0,0,0,763,764,5,34,0,0,764,766,3,306,153,0,765,763,1,0,0,0,
        765,766,1,0,0,0,766,767,1,0,0,0,767,768,5,163,0,0,768,769,5,105,
        0,0,769,770,3,304,152,0,770,771,5,133,0,0,771,772,5,59,0,0,772,57,
        1,0,0,0,773,774,5,52,0,0,774,777,5,17,0,0,775,778,5,166,0,0,776,
        778,3,306,153,0,777,775,1,0,0,0,777,776,1,0,0,0,777,778,1,0,0,0,
        778,779,1,0,0,0,779,783,3,304,152,0,780,781,5,97,0,0,781,782,5,273,
        0,0,782,784,5,16,0,0,783,780,1,0,0,0,783,784,1,0,0,0,784,790,1,0,
        0,0,785,786,5,52,0,0,786,787,5,97,0,0,787,788,5,273,0,0,788,790,
        5,16,0,0,789,773,1,0,0,0,789,785,1,0,0,0,790,59,1,0,0,0,791,792,
        5,153,0,0,792,793,5,17,0,0,793,794,3,304,152,0,794,61,1,0,0,0,795,
        796,5,111,0,0,796,805,3,300,150,0,797,801,5,258,0,0,798,800,3,64,
        32,0,799,798,1,0,0,0,800,803,1,0,0,0,801,799,1,0,0,0,801,802,1,0,
        0,0,802,804,1,0,0,0,803,801,1,0,0,0,804,806,5,259,0,0,805,797,1,
        0,0,0,805,806,1,0,0,0,806,63,1,0,0,0,807,808,7,3,0,0,808,809,7,4,
        0,0,809,65,1,0,0,0,810,811,5,76,0,0,811,812,5,244,0,0,812,813,3,
        286,143,0,813,67,1,0,0,0,814,815,5,169,0,0,815,818,5,244,0,0,816,
        819,5,78,0,0,817,819,3,306,153,0,818,816,1,0,0,0,818,817,1,0,0,0,
        819,69,1,0,0,0,820,821,5,237,0,0,821,822,3,72,36,0,822,71,1,0,0,
        0,823,832,5,258,0,0,824,829,3,74,37,0,825,826,5,264,0,0,826,828,
        3,74,37,0,827,825,1,0,0,0,828,831,1,0,0,0,829,827,1,0,0,0,829,830,
        1,0,0,0,830,833,1,0,0,0,831,829,1,0,0,0,832,824,1,0,0,0,832,833,
        1,0,0,0,833,834,1,0,0,0,834,835,5,259,0,0,835,73,1,0,0,0,836,837,
        3,76,38,0,837,838,5,244,0,0,838,839,3,78,39,0,839,75,1,0,0,0,840,
        843,3,284,142,0,841,843,3,302,151,0,842,840,1,0,0,0,842,841,1,0,
        0,0,843,77,1,0,0,0,844,850,3,284,142,0,845,850,3,80,40,0,846,850,
        5,211,0,0,847,850,5,69,0,0,848,850,3,306,153,0,849,844,1,0,0,0,849,
        845,1,0,0,0,849,846,1,0,0,0,849,847,1,0,0,0,849,848,1,0,0,0,850,
        79,1,0,0,0,851,853,7,5,0,0,852,851,1,0,0,0,852,853,1,0,0,0,853,854,
        1,0,0,0,854,855,3,282,141,0,855,81,1,0,0,0,856,858,5,5,0,0,857,859,
        5,204,0,0,858,857,1,0,0,0,858,859,1,0,0,0,859,861,1,0,0,0,860,862,
        5,200,0,0,861,860,1,0,0,0,861,862,1,0,0,0,862,937,1,0,0,0,863,864,
        5,22,0,0,864,870,3,306,153,0,865,866,5,187,0,0,866,871,3,72,36,0,
        867,868,5,173,0,0,868,871,3,84,42,0,869,871,3,44,22,0,870,865,1,
        0,0,0,870,867,1,0,0,0,870,869,1,0,0,0,871,938,1,0,0,0,872,873,5,
        40,0,0,873,874,3,300,150,0,874,875,5,187,0,0,875,876,3,72,36,0,876,
        938,1,0,0,0,877,879,5,202,0,0,878,880,3,42,21,0,879,878,1,0,0,0,
        879,880,1,0,0,0,880,881,1,0,0,0,881,882,3,300,150,0,882,883,3,86,
        43,0,883,938,1,0,0,0,884,885,5,228,0,0,885,891,3,300,150,0,886,887,
        5,171,0,0,887,888,5,208,0,0,888,892,3,300,150,0,889,890,5,10,0,0,
        890,892,3,134,67,0,891,886,1,0,0,0,891,889,1,0,0,0,892,938,1,0,0,
        0,893,895,5,79,0,0,894,896,3,42,21,0,895,894,1,0,0,0,895,896,1,0,
        0,0,896,897,1,0,0,0,897,898,3,300,150,0,898,899,5,10,0,0,899,902,
        3,284,142,0,900,901,5,106,0,0,901,903,3,306,153,0,902,900,1,0,0,
        0,902,903,1,0,0,0,903,938,1,0,0,0,904,906,5,123,0,0,905,907,3,42,
        21,0,906,905,1,0,0,0,906,907,1,0,0,0,907,908,1,0,0,0,908,916,3,300,
        150,0,909,910,5,171,0,0,910,911,5,208,0,0,911,917,3,300,150,0,912,
        913,5,187,0,0,913,917,3,72,36,0,914,915,5,173,0,0,915,917,3,84,42,
        0,916,909,1,0,0,0,916,912,1,0,0,0,916,914,1,0,0,0,917,938,1,0,0,
        0,918,920,5,32,0,0,919,921,3,42,21,0,920,919,1,0,0,0,920,921,1,0,
        0,0,921,922,1,0,0,0,922,930,3,300,150,0,923,924,5,171,0,0,924,925,
        5,208,0,0,925,931,3,300,150,0,926,927,5,187,0,0,927,931,3,72,36,
        0,928,929,5,173,0,0,929,931,3,84,42,0,930,923,1,0,0,0,930,926,1,
        0,0,0,930,928,1,0,0,0,931,938,1,0,0,0,932,933,5,118,0,0,933,934,
        5,202,0,0,934,935,3,300,150,0,935,936,3,96,48,0,936,938,1,0,0,0,
        937,863,1,0,0,0,937,872,1,0,0,0,937,877,1,0,0,0,937,884,1,0,0,0,
        937,893,1,0,0,0,937,904,1,0,0,0,937,918,1,0,0,0,937,932,1,0,0,0,
        938,83,1,0,0,0,939,948,5,258,0,0,940,945,3,76,38,0,941,942,5,264,
        0,0,942,944,3,76,38,0,943,941,1,0,0,0,944,947,1,0,0,0,945,943,1,
        0,0,0,945,946,1,0,0,0,946,949,1,0,0,0,947,945,1,0,0,0,948,940,1,
        0,0,0,948,949,1,0,0,0,949,950,1,0,0,0,950,951,5,259,0,0,951,85,1,
        0,0,0,952,959,5,171,0,0,953,954,5,208,0,0,954,960,3,300,150,0,955,
        956,3,302,151,0,956,957,5,208,0,0,957,958,3,306,153,0,958,960,1,
        0,0,0,959,953,1,0,0,0,959,955,1,0,0,0,960,995,1,0,0,0,961,962,5,
        187,0,0,962,995,3,72,36,0,963,964,5,173,0,0,964,995,3,84,42,0,965,
        966,7,6,0,0,966,995,3,88,44,0,967,992,5,55,0,0,968,970,3,42,21,0,
        969,968,1,0,0,0,969,970,1,0,0,0,970,971,1,0,0,0,971,976,3,130,65,
        0,972,973,5,264,0,0,973,975,3,130,65,0,974,972,1,0,0,0,975,978,1,
        0,0,0,976,974,1,0,0,0,976,977,1,0,0,0,977,993,1,0,0,0,978,976,1,
        0,0,0,979,980,5,163,0,0,980,993,5,105,0,0,981,982,5,34,0,0,982,993,
        3,306,153,0,983,993,5,231,0,0,984,993,5,53,0,0,985,987,5,26,0,0,
        986,985,1,0,0,0,986,987,1,0,0,0,987,990,1,0,0,0,988,991,3,302,151,
        0,989,991,3,304,152,0,990,988,1,0,0,0,990,989,1,0,0,0,991,993,1,
        0,0,0,992,969,1,0,0,0,992,979,1,0,0,0,992,981,1,0,0,0,992,983,1,
        0,0,0,992,984,1,0,0,0,992,986,1,0,0,0,993,995,1,0,0,0,994,952,1,
        0,0,0,994,961,1,0,0,0,994,963,1,0,0,0,994,965,1,0,0,0,994,967,1,
        0,0,0,995,87,1,0,0,0,996,998,3,40,20,0,997,996,1,0,0,0,997,998,1,
        0,0,0,998,999,1,0,0,0,999,1001,3,130,65,0,1000,1002,3,70,35,0,1001,
        1000,1,0,0,0,1001,1002,1,0,0,0,1002,1009,1,0,0,0,1003,1005,3,130,
        65,0,1004,1006,3,70,35,0,1005,1004,1,0,0,0,1005,1006,1,0,0,0,1006,
        1008,1,0,0,0,1007,1003,1,0,0,0,1008,1011,1,0,0,0,1009,1007,1,0,0,
        0,1009,1010,1,0,0,0,1010,1026,1,0,0,0,1011,1009,1,0,0,0,1012,1026,
        3,92,46,0,1013,1026,3,90,45,0,1014,1015,5,258,0,0,1015,1020,3,90,
        45,0,1016,1017,5,264,0,0,1017,1019,3,90,45,0,1018,1016,1,0,0,0,1019,
        1022,1,0,0,0,1020,1018,1,0,0,0,1020,1021,1,0,0,0,1021,1023,1,0,0,
        0,1022,1020,1,0,0,0,1023,1024,5,259,0,0,1024,1026,1,0,0,0,1025,997,
        1,0,0,0,1025,1012,1,0,0,0,1025,1013,1,0,0,0,1025,1014,1,0,0,0,1026,
        89,1,0,0,0,1027,1029,3,50,25,0,1028,1030,3,94,47,0,1029,1028,1,0,
        0,0,1029,1030,1,0,0,0,1030,1034,1,0,0,0,1031,1034,3,54,27,0,1032,
        1034,3,56,28,0,1033,1027,1,0,0,0,1033,1031,1,0,0,0,1033,1032,1,0,
        0,0,1034,91,1,0,0,0,1035,1036,5,53,0,0,1036,1039,5,17,0,0,1037,1040,
        5,166,0,0,1038,1040,3,306,153,0,1039,1037,1,0,0,0,1039,1038,1,0,
        0,0,1039,1040,1,0,0,0,1040,1041,1,0,0,0,1041,1045,3,304,152,0,1042,
        1043,5,97,0,0,1043,1044,5,273,0,0,1044,1046,5,16,0,0,1045,1042,1,
        0,0,0,1045,1046,1,0,0,0,1046,1052,1,0,0,0,1047,1048,5,53,0,0,1048,
        1049,5,97,0,0,1049,1050,5,273,0,0,1050,1052,5,16,0,0,1051,1035,1,
        0,0,0,1051,1047,1,0,0,0,1052,93,1,0,0,0,1053,1057,5,72,0,0,1054,
        1055,5,3,0,0,1055,1057,3,306,153,0,1056,1053,1,0,0,0,1056,1054,1,
        0,0,0,1057,95,1,0,0,0,1058,1081,5,198,0,0,1059,1061,5,176,0,0,1060,
        1062,3,70,35,0,1061,1060,1,0,0,0,1061,1062,1,0,0,0,1062,1081,1,0,
        0,0,1063,1065,5,168,0,0,1064,1066,3,130,65,0,1065,1064,1,0,0,0,1065,
        1066,1,0,0,0,1066,1081,1,0,0,0,1067,1068,5,187,0,0,1068,1069,5,76,
        0,0,1069,1070,5,244,0,0,1070,1081,3,286,143,0,1071,1072,5,187,0,
        0,1072,1073,5,169,0,0,1073,1076,5,244,0,0,1074,1077,5,78,0,0,1075,
        1077,3,306,153,0,1076,1074,1,0,0,0,1076,1075,1,0,0,0,1077,1081,1,
        0,0,0,1078,1079,5,10,0,0,1079,1081,3,134,67,0,1080,1058,1,0,0,0,
        1080,1059,1,0,0,0,1080,1063,1,0,0,0,1080,1067,1,0,0,0,1080,1071,
        1,0,0,0,1080,1078,1,0,0,0,1081,97,1,0,0,0,1082,1084,5,55,0,0,1083,
        1085,5,204,0,0,1084,1083,1,0,0,0,1084,1085,1,0,0,0,1085,1087,1,0,
        0,0,1086,1088,5,200,0,0,1087,1086,1,0,0,0,1087,1088,1,0,0,0,1088,
        1089,1,0,0,0,1089,1091,3,100,50,0,1090,1092,3,42,21,0,1091,1090,
        1,0,0,0,1091,1092,1,0,0,0,1092,1093,1,0,0,0,1093,1095,3,300,150,
        0,1094,1096,7,7,0,0,1095,1094,1,0,0,0,1095,1096,1,0,0,0,1096,99,
        1,0,0,0,1097,1107,5,22,0,0,1098,1107,5,40,0,0,1099,1107,5,202,0,
        0,1100,1107,5,228,0,0,1101,1107,5,79,0,0,1102,1107,5,123,0,0,1103,
        1107,5,32,0,0,1104,1105,5,118,0,0,1105,1107,5,202,0,0,1106,1097,
        1,0,0,0,1106,1098,1,0,0,0,1106,1099,1,0,0,0,1106,1100,1,0,0,0,1106,
        1101,1,0,0,0,1106,1102,1,0,0,0,1106,1103,1,0,0,0,1106,1104,1,0,0,
        0,1107,101,1,0,0,0,1108,1146,5,189,0,0,1109,1110,5,39,0,0,1110,1147,
        7,8,0,0,1111,1121,5,36,0,0,1112,1122,5,202,0,0,1113,1122,5,228,0,
        0,1114,1122,5,123,0,0,1115,1122,5,22,0,0,1116,1122,5,40,0,0,1117,
        1122,5,79,0,0,1118,1122,5,32,0,0,1119,1120,5,118,0,0,1120,1122,5,
        202,0,0,1121,1112,1,0,0,0,1121,1113,1,0,0,0,1121,1114,1,0,0,0,1121,
        1115,1,0,0,0,1121,1116,1,0,0,0,1121,1117,1,0,0,0,1121,1118,1,0,0,
        0,1121,1119,1,0,0,0,1122,1123,1,0,0,0,1123,1147,3,300,150,0,1124,
        1125,5,27,0,0,1125,1126,7,9,0,0,1126,1128,3,300,150,0,1127,1129,
        3,106,53,0,1128,1127,1,0,0,0,1128,1129,1,0,0,0,1129,1147,1,0,0,0,
        1130,1131,5,154,0,0,1131,1133,3,300,150,0,1132,1134,3,130,65,0,1133,
        1132,1,0,0,0,1133,1134,1,0,0,0,1134,1147,1,0,0,0,1135,1137,7,10,
        0,0,1136,1135,1,0,0,0,1136,1137,1,0,0,0,1137,1138,1,0,0,0,1138,1141,
        3,104,52,0,1139,1140,7,9,0,0,1140,1142,3,300,150,0,1141,1139,1,0,
        0,0,1141,1142,1,0,0,0,1142,1144,1,0,0,0,1143,1145,3,106,53,0,1144,
        1143,1,0,0,0,1144,1145,1,0,0,0,1145,1147,1,0,0,0,1146,1109,1,0,0,
        0,1146,1111,1,0,0,0,1146,1124,1,0,0,0,1146,1130,1,0,0,0,1146,1136,
        1,0,0,0,1147,103,1,0,0,0,1148,1162,5,23,0,0,1149,1162,5,41,0,0,1150,
        1162,5,203,0,0,1151,1162,5,229,0,0,1152,1162,5,80,0,0,1153,1162,
        5,164,0,0,1154,1162,5,127,0,0,1155,1162,5,100,0,0,1156,1162,5,102,
        0,0,1157,1162,5,124,0,0,1158,1162,5,33,0,0,1159,1160,5,118,0,0,1160,
        1162,5,203,0,0,1161,1148,1,0,0,0,1161,1149,1,0,0,0,1161,1150,1,0,
        0,0,1161,1151,1,0,0,0,1161,1152,1,0,0,0,1161,1153,1,0,0,0,1161,1154,
        1,0,0,0,1161,1155,1,0,0,0,1161,1156,1,0,0,0,1161,1157,1,0,0,0,1161,
        1158,1,0,0,0,1161,1159,1,0,0,0,1162,105,1,0,0,0,1163,1165,5,133,
        0,0,1164,1163,1,0,0,0,1164,1165,1,0,0,0,1165,1166,1,0,0,0,1166,1167,
        7,11,0,0,1167,1168,3,284,142,0,1168,107,1,0,0,0,1169,1171,7,12,0,
        0,1170,1172,3,110,55,0,1171,1170,1,0,0,0,1171,1172,1,0,0,0,1172,
        1174,1,0,0,0,1173,1175,5,67,0,0,1174,1173,1,0,0,0,1174,1175,1,0,
        0,0,1175,1178,1,0,0,0,1176,1179,3,300,150,0,1177,1179,3,284,142,
        0,1178,1176,1,0,0,0,1178,1177,1,0,0,0,1179,109,1,0,0,0,1180,1191,
        5,22,0,0,1181,1191,5,40,0,0,1182,1191,5,202,0,0,1183,1191,5,228,
        0,0,1184,1191,5,79,0,0,1185,1191,5,123,0,0,1186,1191,5,32,0,0,1187,
        1191,5,101,0,0,1188,1189,5,118,0,0,1189,1191,5,202,0,0,1190,1180,
        1,0,0,0,1190,1181,1,0,0,0,1190,1182,1,0,0,0,1190,1183,1,0,0,0,1190,
        1184,1,0,0,0,1190,1185,1,0,0,0,1190,1186,1,0,0,0,1190,1187,1,0,0,
        0,1190,1188,1,0,0,0,1191,111,1,0,0,0,1192,1205,5,222,0,0,1193,1194,
        5,22,0,0,1194,1206,3,306,153,0,1195,1196,5,127,0,0,1196,1201,3,306,
        153,0,1197,1198,5,264,0,0,1198,1200,3,306,153,0,1199,1197,1,0,0,
        0,1200,1203,1,0,0,0,1201,1199,1,0,0,0,1201,1202,1,0,0,0,1202,1206,
        1,0,0,0,1203,1201,1,0,0,0,1204,1206,3,300,150,0,1205,1193,1,0,0,
        0,1205,1195,1,0,0,0,1205,1204,1,0,0,0,1206,113,1,0,0,0,1207,1208,
        5,113,0,0,1208,1209,5,126,0,0,1209,1211,3,306,153,0,1210,1212,3,
        70,35,0,1211,1210,1,0,0,0,1211,1212,1,0,0,0,1212,115,1,0,0,0,1213,
        1214,5,218,0,0,1214,1215,5,126,0,0,1215,1216,3,306,153,0,1216,117,
        1,0,0,0,1217,1222,5,187,0,0,1218,1219,3,76,38,0,1219,1220,5,244,
        0,0,1220,1221,3,78,39,0,1221,1223,1,0,0,0,1222,1218,1,0,0,0,1222,
        1223,1,0,0,0,1223,119,1,0,0,0,1224,1226,5,173,0,0,1225,1227,3,76,
        38,0,1226,1225,1,0,0,0,1226,1227,1,0,0,0,1227,121,1,0,0,0,1228,1229,
        5,2,0,0,1229,1230,5,99,0,0,1230,1231,3,284,142,0,1231,123,1,0,0,
        0,1232,1233,5,170,0,0,1233,1234,5,99,0,0,1234,1235,3,284,142,0,1235,
        125,1,0,0,0,1236,1237,5,6,0,0,1237,1238,5,202,0,0,1238,1240,3,300,
        150,0,1239,1241,3,130,65,0,1240,1239,1,0,0,0,1240,1241,1,0,0,0,1241,
        1242,1,0,0,0,1242,1243,5,30,0,0,1243,1258,5,194,0,0,1244,1256,5,
        75,0,0,1245,1246,5,4,0,0,1246,1257,5,27,0,0,1247,1248,5,27,0,0,1248,
        1253,3,306,153,0,1249,1250,5,264,0,0,1250,1252,3,306,153,0,1251,
        1249,1,0,0,0,1252,1255,1,0,0,0,1253,1251,1,0,0,0,1253,1254,1,0,0,
        0,1254,1257,1,0,0,0,1255,1253,1,0,0,0,1256,1245,1,0,0,0,1256,1247,
        1,0,0,0,1257,1259,1,0,0,0,1258,1244,1,0,0,0,1258,1259,1,0,0,0,1259,
        127,1,0,0,0,1260,1261,5,195,0,0,1261,1262,5,101,0,0,1262,1265,3,
        284,142,0,1263,1264,5,237,0,0,1264,1266,5,182,0,0,1265,1263,1,0,
        0,0,1265,1266,1,0,0,0,1266,1269,1,0,0,0,1267,1268,5,237,0,0,1268,
        1270,5,54,0,0,1269,1267,1,0,0,0,1269,1270,1,0,0,0,1270,129,1,0,0,
        0,1271,1272,5,152,0,0,1272,1273,5,258,0,0,1273,1278,3,132,66,0,1274,
        1275,5,264,0,0,1275,1277,3,132,66,0,1276,1274,1,0,0,0,1277,1280,
        1,0,0,0,1278,1276,1,0,0,0,1278,1279,1,0,0,0,1279,1281,1,0,0,0,1280,
        1278,1,0,0,0,1281,1282,5,259,0,0,1282,131,1,0,0,0,1283,1286,3,306,
        153,0,1284,1285,5,244,0,0,1285,1287,3,280,140,0,1286,1284,1,0,0,
        0,1286,1287,1,0,0,0,1287,133,1,0,0,0,1288,1290,3,136,68,0,1289,1288,
        1,0,0,0,1289,1290,1,0,0,0,1290,1291,1,0,0,0,1291,1293,3,140,70,0,
        1292,1294,3,190,95,0,1293,1292,1,0,0,0,1293,1294,1,0,0,0,1294,1296,
        1,0,0,0,1295,1297,3,194,97,0,1296,1295,1,0,0,0,1296,1297,1,0,0,0,
        1297,1299,1,0,0,0,1298,1300,3,196,98,0,1299,1298,1,0,0,0,1299,1300,
        1,0,0,0,1300,1302,1,0,0,0,1301,1303,3,198,99,0,1302,1301,1,0,0,0,
        1302,1303,1,0,0,0,1303,135,1,0,0,0,1304,1305,5,237,0,0,1305,1310,
        3,138,69,0,1306,1307,5,264,0,0,1307,1309,3,138,69,0,1308,1306,1,
        0,0,0,1309,1312,1,0,0,0,1310,1308,1,0,0,0,1310,1311,1,0,0,0,1311,
        137,1,0,0,0,1312,1310,1,0,0,0,1313,1315,3,306,153,0,1314,1316,3,
        304,152,0,1315,1314,1,0,0,0,1315,1316,1,0,0,0,1316,1317,1,0,0,0,
        1317,1318,5,10,0,0,1318,1319,5,258,0,0,1319,1320,3,134,67,0,1320,
        1321,5,259,0,0,1321,139,1,0,0,0,1322,1328,3,144,72,0,1323,1324,3,
        142,71,0,1324,1325,3,144,72,0,1325,1327,1,0,0,0,1326,1323,1,0,0,
        0,1327,1330,1,0,0,0,1328,1326,1,0,0,0,1328,1329,1,0,0,0,1329,141,
        1,0,0,0,1330,1328,1,0,0,0,1331,1333,7,13,0,0,1332,1334,7,14,0,0,
        1333,1332,1,0,0,0,1333,1334,1,0,0,0,1334,143,1,0,0,0,1335,1343,3,
        146,73,0,1336,1338,5,95,0,0,1337,1339,7,14,0,0,1338,1337,1,0,0,0,
        1338,1339,1,0,0,0,1339,1340,1,0,0,0,1340,1342,3,146,73,0,1341,1336,
        1,0,0,0,1342,1345,1,0,0,0,1343,1341,1,0,0,0,1343,1344,1,0,0,0,1344,
        145,1,0,0,0,1345,1343,1,0,0,0,1346,1355,3,150,75,0,1347,1355,3,148,
        74,0,1348,1349,5,258,0,0,1349,1350,3,134,67,0,1350,1351,5,259,0,
        0,1351,1355,1,0,0,0,1352,1353,5,202,0,0,1353,1355,3,300,150,0,1354,
        1346,1,0,0,0,1354,1347,1,0,0,0,1354,1348,1,0,0,0,1354,1352,1,0,0,
        0,1355,147,1,0,0,0,1356,1357,5,226,0,0,1357,1362,3,230,115,0,1358,
        1359,5,264,0,0,1359,1361,3,230,115,0,1360,1358,1,0,0,0,1361,1364,
        1,0,0,0,1362,1360,1,0,0,0,1362,1363,1,0,0,0,1363,149,1,0,0,0,1364,
        1362,1,0,0,0,1365,1367,5,186,0,0,1366,1368,3,222,111,0,1367,1366,
        1,0,0,0,1367,1368,1,0,0,0,1368,1370,1,0,0,0,1369,1371,7,14,0,0,1370,
        1369,1,0,0,0,1370,1371,1,0,0,0,1371,1372,1,0,0,0,1372,1377,3,156,
        78,0,1373,1374,5,264,0,0,1374,1376,3,156,78,0,1375,1373,1,0,0,0,
        1376,1379,1,0,0,0,1377,1375,1,0,0,0,1377,1378,1,0,0,0,1378,1382,
        1,0,0,0,1379,1377,1,0,0,0,1380,1381,5,77,0,0,1381,1383,3,158,79,
        0,1382,1380,1,0,0,0,1382,1383,1,0,0,0,1383,1385,1,0,0,0,1384,1386,
        3,152,76,0,1385,1384,1,0,0,0,1385,1386,1,0,0,0,1386,1388,1,0,0,0,
        1387,1389,3,176,88,0,1388,1387,1,0,0,0,1388,1389,1,0,0,0,1389,1391,
        1,0,0,0,1390,1392,3,154,77,0,1391,1390,1,0,0,0,1391,1392,1,0,0,0,
        1392,1394,1,0,0,0,1393,1395,3,180,90,0,1394,1393,1,0,0,0,1394,1395,
        1,0,0,0,1395,151,1,0,0,0,1396,1397,5,235,0,0,1397,1398,3,230,115,
        0,1398,153,1,0,0,0,1399,1400,5,84,0,0,1400,1401,3,230,115,0,1401,
        155,1,0,0,0,1402,1415,5,253,0,0,1403,1404,3,302,151,0,1404,1405,
        5,265,0,0,1405,1406,5,253,0,0,1406,1415,1,0,0,0,1407,1412,3,230,
        115,0,1408,1410,5,10,0,0,1409,1408,1,0,0,0,1409,1410,1,0,0,0,1410,
        1411,1,0,0,0,1411,1413,3,306,153,0,1412,1409,1,0,0,0,1412,1413,1,
        0,0,0,1413,1415,1,0,0,0,1414,1402,1,0,0,0,1414,1403,1,0,0,0,1414,
        1407,1,0,0,0,1415,157,1,0,0,0,1416,1421,3,160,80,0,1417,1418,5,264,
        0,0,1418,1420,3,160,80,0,1419,1417,1,0,0,0,1420,1423,1,0,0,0,1421,
        1419,1,0,0,0,1421,1422,1,0,0,0,1422,159,1,0,0,0,1423,1421,1,0,0,
        0,1424,1428,3,168,84,0,1425,1427,3,162,81,0,1426,1425,1,0,0,0,1427,
        1430,1,0,0,0,1428,1426,1,0,0,0,1428,1429,1,0,0,0,1429,161,1,0,0,
        0,1430,1428,1,0,0,0,1431,1432,5,37,0,0,1432,1433,5,103,0,0,1433,
        1446,3,168,84,0,1434,1436,5,131,0,0,1435,1434,1,0,0,0,1435,1436,
        1,0,0,0,1436,1438,1,0,0,0,1437,1439,3,164,82,0,1438,1437,1,0,0,0,
        1438,1439,1,0,0,0,1439,1440,1,0,0,0,1440,1441,5,103,0,0,1441,1443,
        3,168,84,0,1442,1444,3,166,83,0,1443,1442,1,0,0,0,1443,1444,1,0,
        0,0,1444,1446,1,0,0,0,1445,1431,1,0,0,0,1445,1435,1,0,0,0,1446,163,
        1,0,0,0,1447,1453,5,92,0,0,1448,1450,7,15,0,0,1449,1451,5,146,0,
        0,1450,1449,1,0,0,0,1450,1451,1,0,0,0,1451,1453,1,0,0,0,1452,1447,
        1,0,0,0,1452,1448,1,0,0,0,1453,165,1,0,0,0,1454,1455,5,139,0,0,1455,
        1459,3,230,115,0,1456,1457,5,224,0,0,1457,1459,3,304,152,0,1458,
        1454,1,0,0,0,1458,1456,1,0,0,0,1459,167,1,0,0,0,1460,1462,3,170,
        85,0,1461,1463,3,200,100,0,1462,1461,1,0,0,0,1462,1463,1,0,0,0,1463,
        1465,1,0,0,0,1464,1466,3,174,87,0,1465,1464,1,0,0,0,1465,1466,1,
        0,0,0,1466,169,1,0,0,0,1467,1469,3,300,150,0,1468,1470,3,222,111,
        0,1469,1468,1,0,0,0,1469,1470,1,0,0,0,1470,1472,1,0,0,0,1471,1473,
        3,172,86,0,1472,1471,1,0,0,0,1472,1473,1,0,0,0,1473,1515,1,0,0,0,
        1474,1484,5,108,0,0,1475,1476,5,258,0,0,1476,1477,3,134,67,0,1477,
        1478,5,259,0,0,1478,1485,1,0,0,0,1479,1480,5,202,0,0,1480,1481,5,
        258,0,0,1481,1482,3,264,132,0,1482,1483,5,259,0,0,1483,1485,1,0,
        0,0,1484,1475,1,0,0,0,1484,1479,1,0,0,0,1485,1515,1,0,0,0,1486,1487,
        5,202,0,0,1487,1488,5,258,0,0,1488,1489,3,264,132,0,1489,1490,5,
        259,0,0,1490,1515,1,0,0,0,1491,1492,5,219,0,0,1492,1493,5,258,0,
        0,1493,1498,3,230,115,0,1494,1495,5,264,0,0,1495,1497,3,230,115,
        0,1496,1494,1,0,0,0,1497,1500,1,0,0,0,1498,1496,1,0,0,0,1498,1499,
        1,0,0,0,1499,1501,1,0,0,0,1500,1498,1,0,0,0,1501,1504,5,259,0,0,
        1502,1503,5,237,0,0,1503,1505,5,145,0,0,1504,1502,1,0,0,0,1504,1505,
        1,0,0,0,1505,1515,1,0,0,0,1506,1515,3,264,132,0,1507,1510,5,258,
        0,0,1508,1511,3,134,67,0,1509,1511,3,160,80,0,1510,1508,1,0,0,0,
        1510,1509,1,0,0,0,1511,1512,1,0,0,0,1512,1513,5,259,0,0,1513,1515,
        1,0,0,0,1514,1467,1,0,0,0,1514,1474,1,0,0,0,1514,1486,1,0,0,0,1514,
        1491,1,0,0,0,1514,1506,1,0,0,0,1514,1507,1,0,0,0,1515,171,1,0,0,
        0,1516,1517,5,75,0,0,1517,1518,5,201,0,0,1518,1519,5,10,0,0,1519,
        1520,5,137,0,0,1520,1521,3,230,115,0,1521,173,1,0,0,0,1522,1524,
        5,10,0,0,1523,1522,1,0,0,0,1523,1524,1,0,0,0,1524,1525,1,0,0,0,1525,
        1527,3,306,153,0,1526,1528,3,304,152,0,1527,1526,1,0,0,0,1527,1528,
        1,0,0,0,1528,175,1,0,0,0,1529,1530,5,82,0,0,1530,1531,5,17,0,0,1531,
        1536,3,178,89,0,1532,1533,5,264,0,0,1533,1535,3,178,89,0,1534,1532,
        1,0,0,0,1535,1538,1,0,0,0,1536,1534,1,0,0,0,1536,1537,1,0,0,0,1537,
        177,1,0,0,0,1538,1536,1,0,0,0,1539,1540,5,83,0,0,1540,1541,5,188,
        0,0,1541,1542,5,258,0,0,1542,1547,3,178,89,0,1543,1544,5,264,0,0,
        1544,1546,3,178,89,0,1545,1543,1,0,0,0,1546,1549,1,0,0,0,1547,1545,
        1,0,0,0,1547,1548,1,0,0,0,1548,1550,1,0,0,0,1549,1547,1,0,0,0,1550,
        1551,5,259,0,0,1551,1568,1,0,0,0,1552,1553,7,16,0,0,1553,1554,5,
        258,0,0,1554,1559,3,230,115,0,1555,1556,5,264,0,0,1556,1558,3,230,
        115,0,1557,1555,1,0,0,0,1558,1561,1,0,0,0,1559,1557,1,0,0,0,1559,
        1560,1,0,0,0,1560,1562,1,0,0,0,1561,1559,1,0,0,0,1562,1563,5,259,
        0,0,1563,1568,1,0,0,0,1564,1565,5,258,0,0,1565,1568,5,259,0,0,1566,
        1568,3,230,115,0,1567,1539,1,0,0,0,1567,1552,1,0,0,0,1567,1564,1,
        0,0,0,1567,1566,1,0,0,0,1568,179,1,0,0,0,1569,1570,5,236,0,0,1570,
        1575,3,182,91,0,1571,1572,5,264,0,0,1572,1574,3,182,91,0,1573,1571,
        1,0,0,0,1574,1577,1,0,0,0,1575,1573,1,0,0,0,1575,1576,1,0,0,0,1576,
        181,1,0,0,0,1577,1575,1,0,0,0,1578,1579,3,306,153,0,1579,1580,5,
        10,0,0,1580,1581,5,258,0,0,1581,1582,3,184,92,0,1582,1583,5,259,
        0,0,1583,183,1,0,0,0,1584,1586,3,306,153,0,1585,1584,1,0,0,0,1585,
        1586,1,0,0,0,1586,1597,1,0,0,0,1587,1588,5,152,0,0,1588,1589,5,17,
        0,0,1589,1594,3,230,115,0,1590,1591,5,264,0,0,1591,1593,3,230,115,
        0,1592,1590,1,0,0,0,1593,1596,1,0,0,0,1594,1592,1,0,0,0,1594,1595,
        1,0,0,0,1595,1598,1,0,0,0,1596,1594,1,0,0,0,1597,1587,1,0,0,0,1597,
        1598,1,0,0,0,1598,1600,1,0,0,0,1599,1601,3,190,95,0,1600,1599,1,
        0,0,0,1600,1601,1,0,0,0,1601,1603,1,0,0,0,1602,1604,3,186,93,0,1603,
        1602,1,0,0,0,1603,1604,1,0,0,0,1604,185,1,0,0,0,1605,1612,7,17,0,
        0,1606,1607,5,14,0,0,1607,1608,3,188,94,0,1608,1609,5,7,0,0,1609,
        1610,3,188,94,0,1610,1613,1,0,0,0,1611,1613,3,188,94,0,1612,1606,
        1,0,0,0,1612,1611,1,0,0,0,1613,187,1,0,0,0,1614,1615,5,214,0,0,1615,
        1622,7,18,0,0,1616,1617,5,39,0,0,1617,1622,5,180,0,0,1618,1619,3,
        238,119,0,1619,1620,7,18,0,0,1620,1622,1,0,0,0,1621,1614,1,0,0,0,
        1621,1616,1,0,0,0,1621,1618,1,0,0,0,1622,189,1,0,0,0,1623,1624,5,
        144,0,0,1624,1625,5,17,0,0,1625,1630,3,192,96,0,1626,1627,5,264,
        0,0,1627,1629,3,192,96,0,1628,1626,1,0,0,0,1629,1632,1,0,0,0,1630,
        1628,1,0,0,0,1630,1631,1,0,0,0,1631,191,1,0,0,0,1632,1630,1,0,0,
        0,1633,1635,3,230,115,0,1634,1636,7,19,0,0,1635,1634,1,0,0,0,1635,
        1636,1,0,0,0,1636,1639,1,0,0,0,1637,1638,5,135,0,0,1638,1640,7,20,
        0,0,1639,1637,1,0,0,0,1639,1640,1,0,0,0,1640,193,1,0,0,0,1641,1644,
        5,112,0,0,1642,1645,3,230,115,0,1643,1645,5,4,0,0,1644,1642,1,0,
        0,0,1644,1643,1,0,0,0,1645,195,1,0,0,0,1646,1647,5,138,0,0,1647,
        1649,3,230,115,0,1648,1650,7,21,0,0,1649,1648,1,0,0,0,1649,1650,
        1,0,0,0,1650,197,1,0,0,0,1651,1652,5,70,0,0,1652,1654,7,22,0,0,1653,
        1655,3,230,115,0,1654,1653,1,0,0,0,1654,1655,1,0,0,0,1655,1656,1,
        0,0,0,1656,1657,7,21,0,0,1657,1658,5,141,0,0,1658,199,1,0,0,0,1659,
        1660,5,117,0,0,1660,1671,5,258,0,0,1661,1662,5,152,0,0,1662,1663,
        5,17,0,0,1663,1668,3,230,115,0,1664,1665,5,264,0,0,1665,1667,3,230,
        115,0,1666,1664,1,0,0,0,1667,1670,1,0,0,0,1668,1666,1,0,0,0,1668,
        1669,1,0,0,0,1669,1672,1,0,0,0,1670,1668,1,0,0,0,1671,1661,1,0,0,
        0,1671,1672,1,0,0,0,1672,1674,1,0,0,0,1673,1675,3,190,95,0,1674,
        1673,1,0,0,0,1674,1675,1,0,0,0,1675,1685,1,0,0,0,1676,1677,5,119,
        0,0,1677,1682,3,202,101,0,1678,1679,5,264,0,0,1679,1681,3,202,101,
        0,1680,1678,1,0,0,0,1681,1684,1,0,0,0,1682,1680,1,0,0,0,1682,1683,
        1,0,0,0,1683,1686,1,0,0,0,1684,1682,1,0,0,0,1685,1676,1,0,0,0,1685,
        1686,1,0,0,0,1686,1688,1,0,0,0,1687,1689,3,204,102,0,1688,1687,1,
        0,0,0,1688,1689,1,0,0,0,1689,1691,1,0,0,0,1690,1692,3,206,103,0,
        1691,1690,1,0,0,0,1691,1692,1,0,0,0,1692,1693,1,0,0,0,1693,1694,
        5,156,0,0,1694,1695,5,258,0,0,1695,1696,3,208,104,0,1696,1699,5,
        259,0,0,1697,1698,5,238,0,0,1698,1700,3,286,143,0,1699,1697,1,0,
        0,0,1699,1700,1,0,0,0,1700,1710,1,0,0,0,1701,1702,5,196,0,0,1702,
        1707,3,218,109,0,1703,1704,5,264,0,0,1704,1706,3,218,109,0,1705,
        1703,1,0,0,0,1706,1709,1,0,0,0,1707,1705,1,0,0,0,1707,1708,1,0,0,
        0,1708,1711,1,0,0,0,1709,1707,1,0,0,0,1710,1701,1,0,0,0,1710,1711,
        1,0,0,0,1711,1712,1,0,0,0,1712,1713,5,46,0,0,1713,1718,3,220,110,
        0,1714,1715,5,264,0,0,1715,1717,3,220,110,0,1716,1714,1,0,0,0,1717,
        1720,1,0,0,0,1718,1716,1,0,0,0,1718,1719,1,0,0,0,1719,1721,1,0,0,
        0,1720,1718,1,0,0,0,1721,1722,5,259,0,0,1722,201,1,0,0,0,1723,1724,
        3,230,115,0,1724,1725,5,10,0,0,1725,1726,3,306,153,0,1726,203,1,
        0,0,0,1727,1728,5,140,0,0,1728,1729,5,180,0,0,1729,1730,5,157,0,
        0,1730,1736,5,116,0,0,1731,1732,5,4,0,0,1732,1733,5,181,0,0,1733,
        1734,5,157,0,0,1734,1736,5,116,0,0,1735,1727,1,0,0,0,1735,1731,1,
        0,0,0,1736,205,1,0,0,0,1737,1738,5,3,0,0,1738,1739,5,116,0,0,1739,
        1751,5,191,0,0,1740,1741,5,208,0,0,1741,1742,5,132,0,0,1742,1752,
        5,180,0,0,1743,1744,5,155,0,0,1744,1745,5,107,0,0,1745,1752,5,180,
        0,0,1746,1748,5,208,0,0,1747,1749,7,20,0,0,1748,1747,1,0,0,0,1748,
        1749,1,0,0,0,1749,1750,1,0,0,0,1750,1752,3,306,153,0,1751,1740,1,
        0,0,0,1751,1743,1,0,0,0,1751,1746,1,0,0,0,1752,207,1,0,0,0,1753,
        1758,3,210,105,0,1754,1755,5,257,0,0,1755,1757,3,210,105,0,1756,
        1754,1,0,0,0,1757,1760,1,0,0,0,1758,1756,1,0,0,0,1758,1759,1,0,0,
        0,1759,209,1,0,0,0,1760,1758,1,0,0,0,1761,1763,3,212,106,0,1762,
        1761,1,0,0,0,1763,1764,1,0,0,0,1764,1762,1,0,0,0,1764,1765,1,0,0,
        0,1765,211,1,0,0,0,1766,1768,3,214,107,0,1767,1769,3,216,108,0,1768,
        1767,1,0,0,0,1768,1769,1,0,0,0,1769,213,1,0,0,0,1770,1776,3,306,
        153,0,1771,1772,5,258,0,0,1772,1773,3,208,104,0,1773,1774,5,259,
        0,0,1774,1776,1,0,0,0,1775,1770,1,0,0,0,1775,1771,1,0,0,0,1776,215,
        1,0,0,0,1777,1792,5,253,0,0,1778,1792,5,251,0,0,1779,1792,5,267,
        0,0,1780,1782,5,262,0,0,1781,1783,5,273,0,0,1782,1781,1,0,0,0,1782,
        1783,1,0,0,0,1783,1788,1,0,0,0,1784,1786,5,264,0,0,1785,1787,5,273,
        0,0,1786,1785,1,0,0,0,1786,1787,1,0,0,0,1787,1789,1,0,0,0,1788,1784,
        1,0,0,0,1788,1789,1,0,0,0,1789,1790,1,0,0,0,1790,1792,5,263,0,0,
        1791,1777,1,0,0,0,1791,1778,1,0,0,0,1791,1779,1,0,0,0,1791,1780,
        1,0,0,0,1792,1794,1,0,0,0,1793,1795,5,267,0,0,1794,1793,1,0,0,0,
        1794,1795,1,0,0,0,1795,217,1,0,0,0,1796,1797,3,306,153,0,1797,1798,
        5,244,0,0,1798,1799,5,258,0,0,1799,1804,3,306,153,0,1800,1801,5,
        264,0,0,1801,1803,3,306,153,0,1802,1800,1,0,0,0,1803,1806,1,0,0,
        0,1804,1802,1,0,0,0,1804,1805,1,0,0,0,1805,1807,1,0,0,0,1806,1804,
        1,0,0,0,1807,1808,5,259,0,0,1808,219,1,0,0,0,1809,1810,3,306,153,
        0,1810,1811,5,10,0,0,1811,1812,3,230,115,0,1812,221,1,0,0,0,1813,
        1814,5,278,0,0,1814,1821,3,224,112,0,1815,1817,5,293,0,0,1816,1815,
        1,0,0,0,1816,1817,1,0,0,0,1817,1818,1,0,0,0,1818,1820,3,224,112,
        0,1819,1816,1,0,0,0,1820,1823,1,0,0,0,1821,1819,1,0,0,0,1821,1822,
        1,0,0,0,1822,1824,1,0,0,0,1823,1821,1,0,0,0,1824,1825,5,287,0,0,
        1825,223,1,0,0,0,1826,1839,5,288,0,0,1827,1836,5,294,0,0,1828,1833,
        3,226,113,0,1829,1830,5,293,0,0,1830,1832,3,226,113,0,1831,1829,
        1,0,0,0,1832,1835,1,0,0,0,1833,1831,1,0,0,0,1833,1834,1,0,0,0,1834,
        1837,1,0,0,0,1835,1833,1,0,0,0,1836,1828,1,0,0,0,1836,1837,1,0,0,
        0,1837,1838,1,0,0,0,1838,1840,5,295,0,0,1839,1827,1,0,0,0,1839,1840,
        1,0,0,0,1840,225,1,0,0,0,1841,1844,3,228,114,0,1842,1843,5,292,0,
        0,1843,1845,3,228,114,0,1844,1842,1,0,0,0,1844,1845,1,0,0,0,1845,
        227,1,0,0,0,1846,1847,7,23,0,0,1847,229,1,0,0,0,1848,1849,6,115,
        -1,0,1849,1853,3,238,119,0,1850,1852,3,232,116,0,1851,1850,1,0,0,
        0,1852,1855,1,0,0,0,1853,1851,1,0,0,0,1853,1854,1,0,0,0,1854,1859,
        1,0,0,0,1855,1853,1,0,0,0,1856,1857,5,133,0,0,1857,1859,3,230,115,
        3,1858,1848,1,0,0,0,1858,1856,1,0,0,0,1859,1868,1,0,0,0,1860,1861,
        10,2,0,0,1861,1862,5,7,0,0,1862,1867,3,230,115,3,1863,1864,10,1,
        0,0,1864,1865,5,143,0,0,1865,1867,3,230,115,2,1866,1860,1,0,0,0,
        1866,1863,1,0,0,0,1867,1870,1,0,0,0,1868,1866,1,0,0,0,1868,1869,
        1,0,0,0,1869,231,1,0,0,0,1870,1868,1,0,0,0,1871,1878,3,236,118,0,
        1872,1873,7,24,0,0,1873,1874,5,258,0,0,1874,1875,3,134,67,0,1875,
        1876,5,259,0,0,1876,1879,1,0,0,0,1877,1879,3,238,119,0,1878,1872,
        1,0,0,0,1878,1877,1,0,0,0,1879,1937,1,0,0,0,1880,1882,5,98,0,0,1881,
        1883,5,133,0,0,1882,1881,1,0,0,0,1882,1883,1,0,0,0,1883,1895,1,0,
        0,0,1884,1896,5,134,0,0,1885,1896,5,211,0,0,1886,1896,5,69,0,0,1887,
        1896,5,217,0,0,1888,1889,5,51,0,0,1889,1890,5,77,0,0,1890,1896,3,
        238,119,0,1891,1893,5,104,0,0,1892,1894,7,25,0,0,1893,1892,1,0,0,
        0,1893,1894,1,0,0,0,1894,1896,1,0,0,0,1895,1884,1,0,0,0,1895,1885,
        1,0,0,0,1895,1886,1,0,0,0,1895,1887,1,0,0,0,1895,1888,1,0,0,0,1895,
        1891,1,0,0,0,1896,1937,1,0,0,0,1897,1899,3,234,117,0,1898,1897,1,
        0,0,0,1898,1899,1,0,0,0,1899,1934,1,0,0,0,1900,1902,5,14,0,0,1901,
        1903,7,26,0,0,1902,1901,1,0,0,0,1902,1903,1,0,0,0,1903,1904,1,0,
        0,0,1904,1905,3,238,119,0,1905,1906,5,7,0,0,1906,1907,3,238,119,
        0,1907,1935,1,0,0,0,1908,1909,5,90,0,0,1909,1919,5,258,0,0,1910,
        1920,3,134,67,0,1911,1916,3,230,115,0,1912,1913,5,264,0,0,1913,1915,
        3,230,115,0,1914,1912,1,0,0,0,1915,1918,1,0,0,0,1916,1914,1,0,0,
        0,1916,1917,1,0,0,0,1917,1920,1,0,0,0,1918,1916,1,0,0,0,1919,1910,
        1,0,0,0,1919,1911,1,0,0,0,1920,1921,1,0,0,0,1921,1922,5,259,0,0,
        1922,1935,1,0,0,0,1923,1928,5,111,0,0,1924,1928,5,89,0,0,1925,1926,
        5,190,0,0,1926,1928,5,208,0,0,1927,1923,1,0,0,0,1927,1924,1,0,0,
        0,1927,1925,1,0,0,0,1928,1929,1,0,0,0,1929,1932,3,238,119,0,1930,
        1931,5,61,0,0,1931,1933,3,238,119,0,1932,1930,1,0,0,0,1932,1933,
        1,0,0,0,1933,1935,1,0,0,0,1934,1900,1,0,0,0,1934,1908,1,0,0,0,1934,
        1927,1,0,0,0,1935,1937,1,0,0,0,1936,1871,1,0,0,0,1936,1880,1,0,0,
        0,1936,1898,1,0,0,0,1937,233,1,0,0,0,1938,1939,5,133,0,0,1939,235,
        1,0,0,0,1940,1941,7,27,0,0,1941,237,1,0,0,0,1942,1943,6,119,-1,0,
        1943,1947,3,240,120,0,1944,1945,7,5,0,0,1945,1947,3,238,119,3,1946,
        1942,1,0,0,0,1946,1944,1,0,0,0,1947,1964,1,0,0,0,1948,1949,10,2,
        0,0,1949,1950,7,28,0,0,1950,1963,3,238,119,3,1951,1952,10,1,0,0,
        1952,1953,7,29,0,0,1953,1963,3,238,119,2,1954,1955,10,5,0,0,1955,
        1956,5,260,0,0,1956,1957,3,230,115,0,1957,1958,5,261,0,0,1958,1963,
        1,0,0,0,1959,1960,10,4,0,0,1960,1961,5,265,0,0,1961,1963,3,306,153,
        0,1962,1948,1,0,0,0,1962,1951,1,0,0,0,1962,1954,1,0,0,0,1962,1959,
        1,0,0,0,1963,1966,1,0,0,0,1964,1962,1,0,0,0,1964,1965,1,0,0,0,1965,
        239,1,0,0,0,1966,1964,1,0,0,0,1967,1999,3,280,140,0,1968,1999,3,
        242,121,0,1969,1999,3,248,124,0,1970,1999,3,250,125,0,1971,1999,
        3,252,126,0,1972,1999,3,254,127,0,1973,1999,3,256,128,0,1974,1999,
        3,258,129,0,1975,1999,3,260,130,0,1976,1999,3,262,131,0,1977,1978,
        5,65,0,0,1978,1979,5,258,0,0,1979,1980,3,134,67,0,1980,1981,5,259,
        0,0,1981,1999,1,0,0,0,1982,1992,5,258,0,0,1983,1993,3,134,67,0,1984,
        1989,3,230,115,0,1985,1986,5,264,0,0,1986,1988,3,230,115,0,1987,
        1985,1,0,0,0,1988,1991,1,0,0,0,1989,1987,1,0,0,0,1989,1990,1,0,0,
        0,1990,1993,1,0,0,0,1991,1989,1,0,0,0,1992,1983,1,0,0,0,1992,1984,
        1,0,0,0,1993,1994,1,0,0,0,1994,1995,5,259,0,0,1995,1999,1,0,0,0,
        1996,1999,3,264,132,0,1997,1999,3,306,153,0,1998,1967,1,0,0,0,1998,
        1968,1,0,0,0,1998,1969,1,0,0,0,1998,1970,1,0,0,0,1998,1971,1,0,0,
        0,1998,1972,1,0,0,0,1998,1973,1,0,0,0,1998,1974,1,0,0,0,1998,1975,
        1,0,0,0,1998,1976,1,0,0,0,1998,1977,1,0,0,0,1998,1982,1,0,0,0,1998,
        1996,1,0,0,0,1998,1997,1,0,0,0,1999,241,1,0,0,0,2000,2002,5,20,0,
        0,2001,2003,3,230,115,0,2002,2001,1,0,0,0,2002,2003,1,0,0,0,2003,
        2005,1,0,0,0,2004,2006,3,246,123,0,2005,2004,1,0,0,0,2006,2007,1,
        0,0,0,2007,2005,1,0,0,0,2007,2008,1,0,0,0,2008,2010,1,0,0,0,2009,
        2011,3,244,122,0,2010,2009,1,0,0,0,2010,2011,1,0,0,0,2011,2012,1,
        0,0,0,2012,2013,5,58,0,0,2013,243,1,0,0,0,2014,2015,5,56,0,0,2015,
        2016,3,230,115,0,2016,245,1,0,0,0,2017,2018,5,234,0,0,2018,2019,
        3,230,115,0,2019,2020,5,205,0,0,2020,2021,3,230,115,0,2021,247,1,
        0,0,0,2022,2023,7,30,0,0,2023,2024,5,258,0,0,2024,2025,3,230,115,
        0,2025,2026,5,10,0,0,2026,2027,3,292,146,0,2027,2028,5,259,0,0,2028,
        249,1,0,0,0,2029,2030,5,68,0,0,2030,2031,5,258,0,0,2031,2032,3,278,
        139,0,2032,2033,5,77,0,0,2033,2034,3,230,115,0,2034,2035,5,259,0,
        0,2035,251,1,0,0,0,2036,2037,5,160,0,0,2037,2038,5,258,0,0,2038,
        2039,3,238,119,0,2039,2040,5,90,0,0,2040,2043,3,238,119,0,2041,2042,
        5,77,0,0,2042,2044,3,238,119,0,2043,2041,1,0,0,0,2043,2044,1,0,0,
        0,2044,2045,1,0,0,0,2045,2046,5,259,0,0,2046,253,1,0,0,0,2047,2048,
        5,210,0,0,2048,2057,5,258,0,0,2049,2051,7,31,0,0,2050,2052,3,238,
        119,0,2051,2050,1,0,0,0,2051,2052,1,0,0,0,2052,2053,1,0,0,0,2053,
        2058,5,77,0,0,2054,2055,3,238,119,0,2055,2056,5,77,0,0,2056,2058,
        1,0,0,0,2057,2049,1,0,0,0,2057,2054,1,0,0,0,2057,2058,1,0,0,0,2058,
        2059,1,0,0,0,2059,2060,3,238,119,0,2060,2061,5,259,0,0,2061,255,
        1,0,0,0,2062,2063,5,149,0,0,2063,2064,5,258,0,0,2064,2065,3,230,
        115,0,2065,2066,5,158,0,0,2066,2067,3,230,115,0,2067,2068,5,77,0,
        0,2068,2071,3,230,115,0,2069,2070,5,75,0,0,2070,2072,3,230,115,0,
        2071,2069,1,0,0,0,2071,2072,1,0,0,0,2072,2073,1,0,0,0,2073,2074,
        5,259,0,0,2074,257,1,0,0,0,2075,2076,5,197,0,0,2076,2077,5,258,0,
        0,2077,2078,3,230,115,0,2078,2079,7,32,0,0,2079,2082,3,230,115,0,
        2080,2081,7,33,0,0,2081,2083,3,230,115,0,2082,2080,1,0,0,0,2082,
        2083,1,0,0,0,2083,2084,1,0,0,0,2084,2085,5,259,0,0,2085,259,1,0,
        0,0,2086,2087,7,34,0,0,2087,2088,5,258,0,0,2088,2091,3,230,115,0,
        2089,2090,5,208,0,0,2090,2092,3,274,137,0,2091,2089,1,0,0,0,2091,
        2092,1,0,0,0,2092,2093,1,0,0,0,2093,2094,5,259,0,0,2094,261,1,0,
        0,0,2095,2096,7,35,0,0,2096,2105,5,260,0,0,2097,2102,3,230,115,0,
        2098,2099,5,264,0,0,2099,2101,3,230,115,0,2100,2098,1,0,0,0,2101,
        2104,1,0,0,0,2102,2100,1,0,0,0,2102,2103,1,0,0,0,2103,2106,1,0,0,
        0,2104,2102,1,0,0,0,2105,2097,1,0,0,0,2105,2106,1,0,0,0,2106,2107,
        1,0,0,0,2107,2127,5,261,0,0,2108,2109,7,35,0,0,2109,2110,5,258,0,
        0,2110,2111,3,134,67,0,2111,2112,5,259,0,0,2112,2127,1,0,0,0,2113,
        2114,5,180,0,0,2114,2123,5,258,0,0,2115,2120,3,230,115,0,2116,2117,
        5,264,0,0,2117,2119,3,230,115,0,2118,2116,1,0,0,0,2119,2122,1,0,
        0,0,2120,2118,1,0,0,0,2120,2121,1,0,0,0,2121,2124,1,0,0,0,2122,2120,
        1,0,0,0,2123,2115,1,0,0,0,2123,2124,1,0,0,0,2124,2125,1,0,0,0,2125,
        2127,5,259,0,0,2126,2095,1,0,0,0,2126,2108,1,0,0,0,2126,2113,1,0,
        0,0,2127,263,1,0,0,0,2128,2129,3,266,133,0,2129,2142,5,258,0,0,2130,
        2143,5,253,0,0,2131,2133,7,14,0,0,2132,2131,1,0,0,0,2132,2133,1,
        0,0,0,2133,2134,1,0,0,0,2134,2139,3,268,134,0,2135,2136,5,264,0,
        0,2136,2138,3,268,134,0,2137,2135,1,0,0,0,2138,2141,1,0,0,0,2139,
        2137,1,0,0,0,2139,2140,1,0,0,0,2140,2143,1,0,0,0,2141,2139,1,0,0,
        0,2142,2130,1,0,0,0,2142,2132,1,0,0,0,2142,2143,1,0,0,0,2143,2147,
        1,0,0,0,2144,2146,3,272,136,0,2145,2144,1,0,0,0,2146,2149,1,0,0,
        0,2147,2145,1,0,0,0,2147,2148,1,0,0,0,2148,2150,1,0,0,0,2149,2147,
        1,0,0,0,2150,2153,5,259,0,0,2151,2152,7,36,0,0,2152,2154,5,135,0,
        0,2153,2151,1,0,0,0,2153,2154,1,0,0,0,2154,2161,1,0,0,0,2155,2156,
        5,238,0,0,2156,2157,5,82,0,0,2157,2158,5,258,0,0,2158,2159,3,190,
        95,0,2159,2160,5,259,0,0,2160,2162,1,0,0,0,2161,2155,1,0,0,0,2161,
        2162,1,0,0,0,2162,2169,1,0,0,0,2163,2164,5,71,0,0,2164,2165,5,258,
        0,0,2165,2166,5,235,0,0,2166,2167,3,230,115,0,2167,2168,5,259,0,
        0,2168,2170,1,0,0,0,2169,2163,1,0,0,0,2169,2170,1,0,0,0,2170,2179,
        1,0,0,0,2171,2177,5,148,0,0,2172,2178,3,306,153,0,2173,2174,5,258,
        0,0,2174,2175,3,184,92,0,2175,2176,5,259,0,0,2176,2178,1,0,0,0,2177,
        2172,1,0,0,0,2177,2173,1,0,0,0,2178,2180,1,0,0,0,2179,2171,1,0,0,
        0,2179,2180,1,0,0,0,2180,265,1,0,0,0,2181,2192,3,302,151,0,2182,
        2192,5,110,0,0,2183,2192,5,178,0,0,2184,2192,5,241,0,0,2185,2192,
        5,128,0,0,2186,2192,5,43,0,0,2187,2192,5,85,0,0,2188,2192,5,121,
        0,0,2189,2192,5,184,0,0,2190,2192,5,83,0,0,2191,2181,1,0,0,0,2191,
        2182,1,0,0,0,2191,2183,1,0,0,0,2191,2184,1,0,0,0,2191,2185,1,0,0,
        0,2191,2186,1,0,0,0,2191,2187,1,0,0,0,2191,2188,1,0,0,0,2191,2189,
        1,0,0,0,2191,2190,1,0,0,0,2192,267,1,0,0,0,2193,2194,3,306,153,0,
        2194,2195,5,250,0,0,2195,2197,1,0,0,0,2196,2193,1,0,0,0,2196,2197,
        1,0,0,0,2197,2198,1,0,0,0,2198,2199,3,270,135,0,2199,269,1,0,0,0,
        2200,2201,5,202,0,0,2201,2212,3,300,150,0,2202,2203,5,152,0,0,2203,
        2204,5,17,0,0,2204,2209,3,230,115,0,2205,2206,5,264,0,0,2206,2208,
        3,230,115,0,2207,2205,1,0,0,0,2208,2211,1,0,0,0,2209,2207,1,0,0,
        0,2209,2210,1,0,0,0,2210,2213,1,0,0,0,2211,2209,1,0,0,0,2212,2202,
        1,0,0,0,2212,2213,1,0,0,0,2213,2215,1,0,0,0,2214,2216,3,190,95,0,
        2215,2214,1,0,0,0,2215,2216,1,0,0,0,2216,2243,1,0,0,0,2217,2218,
        5,50,0,0,2218,2219,5,258,0,0,2219,2224,3,306,153,0,2220,2221,5,264,
        0,0,2221,2223,3,306,153,0,2222,2220,1,0,0,0,2223,2226,1,0,0,0,2224,
        2222,1,0,0,0,2224,2225,1,0,0,0,2225,2227,1,0,0,0,2226,2224,1,0,0,
        0,2227,2228,5,259,0,0,2228,2243,1,0,0,0,2229,2230,5,123,0,0,2230,
        2243,3,300,150,0,2231,2243,3,276,138,0,2232,2233,5,105,0,0,2233,
        2234,3,230,115,0,2234,2235,5,225,0,0,2235,2236,3,230,115,0,2236,
        2243,1,0,0,0,2237,2240,3,230,115,0,2238,2239,5,225,0,0,2239,2241,
        3,230,115,0,2240,2238,1,0,0,0,2240,2241,1,0,0,0,2241,2243,1,0,0,
        0,2242,2200,1,0,0,0,2242,2217,1,0,0,0,2242,2229,1,0,0,0,2242,2231,
        1,0,0,0,2242,2232,1,0,0,0,2242,2237,1,0,0,0,2243,271,1,0,0,0,2244,
        2245,5,177,0,0,2245,2274,3,292,146,0,2246,2247,7,37,0,0,2247,2248,
        5,139,0,0,2248,2274,5,134,0,0,2249,2259,5,134,0,0,2250,2259,5,60,
        0,0,2251,2252,5,57,0,0,2252,2259,7,38,0,0,2253,2254,5,45,0,0,2254,
        2259,3,230,115,0,2255,2259,5,211,0,0,2256,2259,5,69,0,0,2257,2259,
        5,217,0,0,2258,2249,1,0,0,0,2258,2250,1,0,0,0,2258,2251,1,0,0,0,
        2258,2253,1,0,0,0,2258,2255,1,0,0,0,2258,2256,1,0,0,0,2258,2257,
        1,0,0,0,2259,2260,1,0,0,0,2260,2261,5,139,0,0,2261,2274,7,39,0,0,
        2262,2268,5,239,0,0,2263,2265,5,237,0,0,2264,2266,7,40,0,0,2265,
        2264,1,0,0,0,2265,2266,1,0,0,0,2266,2268,1,0,0,0,2267,2262,1,0,0,
        0,2267,2263,1,0,0,0,2268,2270,1,0,0,0,2269,2271,5,9,0,0,2270,2269,
        1,0,0,0,2270,2271,1,0,0,0,2271,2272,1,0,0,0,2272,2274,5,240,0,0,
        2273,2244,1,0,0,0,2273,2246,1,0,0,0,2273,2258,1,0,0,0,2273,2267,
        1,0,0,0,2274,273,1,0,0,0,2275,2276,7,41,0,0,2276,275,1,0,0,0,2277,
        2278,7,42,0,0,2278,277,1,0,0,0,2279,2282,3,274,137,0,2280,2282,5,
        276,0,0,2281,2279,1,0,0,0,2281,2280,1,0,0,0,2282,279,1,0,0,0,2283,
        2298,5,134,0,0,2284,2298,5,211,0,0,2285,2298,5,69,0,0,2286,2298,
        5,217,0,0,2287,2298,3,282,141,0,2288,2298,3,284,142,0,2289,2298,
        5,272,0,0,2290,2291,5,42,0,0,2291,2298,5,270,0,0,2292,2293,5,206,
        0,0,2293,2298,5,270,0,0,2294,2295,5,207,0,0,2295,2298,5,270,0,0,
        2296,2298,3,286,143,0,2297,2283,1,0,0,0,2297,2284,1,0,0,0,2297,2285,
        1,0,0,0,2297,2286,1,0,0,0,2297,2287,1,0,0,0,2297,2288,1,0,0,0,2297,
        2289,1,0,0,0,2297,2290,1,0,0,0,2297,2292,1,0,0,0,2297,2294,1,0,0,
        0,2297,2296,1,0,0,0,2298,281,1,0,0,0,2299,2300,7,43,0,0,2300,283,
        1,0,0,0,2301,2305,7,44,0,0,2302,2304,5,270,0,0,2303,2302,1,0,0,0,
        2304,2307,1,0,0,0,2305,2303,1,0,0,0,2305,2306,1,0,0,0,2306,285,1,
        0,0,0,2307,2305,1,0,0,0,2308,2310,5,96,0,0,2309,2311,7,5,0,0,2310,
        2309,1,0,0,0,2310,2311,1,0,0,0,2311,2314,1,0,0,0,2312,2315,5,270,
        0,0,2313,2315,3,282,141,0,2314,2312,1,0,0,0,2314,2313,1,0,0,0,2315,
        2316,1,0,0,0,2316,2317,3,288,144,0,2317,287,1,0,0,0,2318,2320,3,
        274,137,0,2319,2321,3,290,145,0,2320,2319,1,0,0,0,2320,2321,1,0,
        0,0,2321,2327,1,0,0,0,2322,2323,5,208,0,0,2323,2325,3,274,137,0,
        2324,2326,3,290,145,0,2325,2324,1,0,0,0,2325,2326,1,0,0,0,2326,2328,
        1,0,0,0,2327,2322,1,0,0,0,2327,2328,1,0,0,0,2328,289,1,0,0,0,2329,
        2330,5,258,0,0,2330,2333,5,273,0,0,2331,2332,5,264,0,0,2332,2334,
        5,273,0,0,2333,2331,1,0,0,0,2333,2334,1,0,0,0,2334,2335,1,0,0,0,
        2335,2336,5,259,0,0,2336,291,1,0,0,0,2337,2339,3,296,148,0,2338,
        2340,3,294,147,0,2339,2338,1,0,0,0,2339,2340,1,0,0,0,2340,2347,1,
        0,0,0,2341,2343,7,45,0,0,2342,2344,3,294,147,0,2343,2342,1,0,0,0,
        2343,2344,1,0,0,0,2344,2346,1,0,0,0,2345,2341,1,0,0,0,2346,2349,
        1,0,0,0,2347,2345,1,0,0,0,2347,2348,1,0,0,0,2348,293,1,0,0,0,2349,
        2347,1,0,0,0,2350,2351,5,133,0,0,2351,2354,5,134,0,0,2352,2354,5,
        134,0,0,2353,2350,1,0,0,0,2353,2352,1,0,0,0,2354,295,1,0,0,0,2355,
        2380,5,180,0,0,2356,2365,5,246,0,0,2357,2362,3,298,149,0,2358,2359,
        5,264,0,0,2359,2361,3,298,149,0,2360,2358,1,0,0,0,2361,2364,1,0,
        0,0,2362,2360,1,0,0,0,2362,2363,1,0,0,0,2363,2366,1,0,0,0,2364,2362,
        1,0,0,0,2365,2357,1,0,0,0,2365,2366,1,0,0,0,2366,2367,1,0,0,0,2367,
        2381,5,248,0,0,2368,2377,5,258,0,0,2369,2374,3,298,149,0,2370,2371,
        5,264,0,0,2371,2373,3,298,149,0,2372,2370,1,0,0,0,2373,2376,1,0,
        0,0,2374,2372,1,0,0,0,2374,2375,1,0,0,0,2375,2378,1,0,0,0,2376,2374,
        1,0,0,0,2377,2369,1,0,0,0,2377,2378,1,0,0,0,2378,2379,1,0,0,0,2379,
        2381,5,259,0,0,2380,2356,1,0,0,0,2380,2368,1,0,0,0,2381,2441,1,0,
        0,0,2382,2383,5,9,0,0,2383,2384,5,246,0,0,2384,2385,3,292,146,0,
        2385,2386,5,248,0,0,2386,2441,1,0,0,0,2387,2388,5,130,0,0,2388,2389,
        5,246,0,0,2389,2390,3,292,146,0,2390,2391,5,248,0,0,2391,2441,1,
        0,0,0,2392,2393,5,115,0,0,2393,2394,5,246,0,0,2394,2395,3,292,146,
        0,2395,2396,5,264,0,0,2396,2397,3,292,146,0,2397,2398,5,248,0,0,
        2398,2441,1,0,0,0,2399,2401,5,207,0,0,2400,2402,3,290,145,0,2401,
        2400,1,0,0,0,2401,2402,1,0,0,0,2402,2409,1,0,0,0,2403,2405,7,46,
        0,0,2404,2406,5,114,0,0,2405,2404,1,0,0,0,2405,2406,1,0,0,0,2406,
        2407,1,0,0,0,2407,2408,5,206,0,0,2408,2410,5,243,0,0,2409,2403,1,
        0,0,0,2409,2410,1,0,0,0,2410,2441,1,0,0,0,2411,2413,5,206,0,0,2412,
        2414,3,290,145,0,2413,2412,1,0,0,0,2413,2414,1,0,0,0,2414,2418,1,
        0,0,0,2415,2416,5,239,0,0,2416,2417,5,206,0,0,2417,2419,5,243,0,
        0,2418,2415,1,0,0,0,2418,2419,1,0,0,0,2419,2441,1,0,0,0,2420,2441,
        5,42,0,0,2421,2422,5,96,0,0,2422,2441,3,288,144,0,2423,2424,5,167,
        0,0,2424,2425,5,258,0,0,2425,2428,3,284,142,0,2426,2427,5,264,0,
        0,2427,2429,3,284,142,0,2428,2426,1,0,0,0,2428,2429,1,0,0,0,2429,
        2430,1,0,0,0,2430,2431,5,259,0,0,2431,2441,1,0,0,0,2432,2441,5,134,
        0,0,2433,2435,3,306,153,0,2434,2436,7,47,0,0,2435,2434,1,0,0,0,2435,
        2436,1,0,0,0,2436,2438,1,0,0,0,2437,2439,3,290,145,0,2438,2437,1,
        0,0,0,2438,2439,1,0,0,0,2439,2441,1,0,0,0,2440,2355,1,0,0,0,2440,
        2382,1,0,0,0,2440,2387,1,0,0,0,2440,2392,1,0,0,0,2440,2399,1,0,0,
        0,2440,2411,1,0,0,0,2440,2420,1,0,0,0,2440,2421,1,0,0,0,2440,2423,
        1,0,0,0,2440,2432,1,0,0,0,2440,2433,1,0,0,0,2441,297,1,0,0,0,2442,
        2443,3,306,153,0,2443,2445,3,292,146,0,2444,2446,3,284,142,0,2445,
        2444,1,0,0,0,2445,2446,1,0,0,0,2446,299,1,0,0,0,2447,2452,3,306,
        153,0,2448,2449,5,265,0,0,2449,2451,3,306,153,0,2450,2448,1,0,0,
        0,2451,2454,1,0,0,0,2452,2450,1,0,0,0,2452,2453,1,0,0,0,2453,301,
        1,0,0,0,2454,2452,1,0,0,0,2455,2460,3,306,153,0,2456,2457,5,265,
        0,0,2457,2459,3,306,153,0,2458,2456,1,0,0,0,2459,2462,1,0,0,0,2460,
        2458,1,0,0,0,2460,2461,1,0,0,0,2461,303,1,0,0,0,2462,2460,1,0,0,
        0,2463,2464,5,258,0,0,2464,2469,3,306,153,0,2465,2466,5,264,0,0,
        2466,2468,3,306,153,0,2467,2465,1,0,0,0,2468,2471,1,0,0,0,2469,2467,
        1,0,0,0,2469,2470,1,0,0,0,2470,2472,1,0,0,0,2471,2469,1,0,0,0,2472,
        2473,5,259,0,0,2473,305,1,0,0,0,2474,2478,5,276,0,0,2475,2478,5,
        277,0,0,2476,2478,3,308,154,0,2477,2474,1,0,0,0,2477,2475,1,0,0,
        0,2477,2476,1,0,0,0,2478,307,1,0,0,0,2479,2480,7,48,0,0,2480,309,
        1,0,0,0,342,312,342,350,353,356,368,381,385,397,400,413,415,423,
        428,435,440,446,449,453,458,461,469,474,488,491,502,505,508,514,
        518,522,525,529,533,536,542,546,549,556,563,566,570,580,585,594,
        599,602,605,609,613,617,620,625,634,639,642,645,648,651,654,657,
        662,665,674,679,682,685,688,691,694,698,718,724,733,736,738,741,
        743,746,750,765,777,783,789,801,805,818,829,832,842,849,852,858,
        861,870,879,891,895,902,906,916,920,930,937,945,948,959,969,976,
        986,990,992,994,997,1001,1005,1009,1020,1025,1029,1033,1039,1045,
        1051,1056,1061,1065,1076,1080,1084,1087,1091,1095,1106,1121,1128,
        1133,1136,1141,1144,1146,1161,1164,1171,1174,1178,1190,1201,1205,
        1211,1222,1226,1240,1253,1256,1258,1265,1269,1278,1286,1289,1293,
        1296,1299,1302,1310,1315,1328,1333,1338,1343,1354,1362,1367,1370,
        1377,1382,1385,1388,1391,1394,1409,1412,1414,1421,1428,1435,1438,
        1443,1445,1450,1452,1458,1462,1465,1469,1472,1484,1498,1504,1510,
        1514,1523,1527,1536,1547,1559,1567,1575,1585,1594,1597,1600,1603,
        1612,1621,1630,1635,1639,1644,1649,1654,1668,1671,1674,1682,1685,
        1688,1691,1699,1707,1710,1718,1735,1748,1751,1758,1764,1768,1775,
        1782,1786,1788,1791,1794,1804,1816,1821,1833,1836,1839,1844,1853,
        1858,1866,1868,1878,1882,1893,1895,1898,1902,1916,1919,1927,1932,
        1934,1936,1946,1962,1964,1989,1992,1998,2002,2007,2010,2043,2051,
        2057,2071,2082,2091,2102,2105,2120,2123,2126,2132,2139,2142,2147,
        2153,2161,2169,2177,2179,2191,2196,2209,2212,2215,2224,2240,2242,
        2258,2265,2267,2270,2273,2281,2297,2305,2310,2314,2320,2325,2327,
        2333,2339,2343,2347,2353,2362,2365,2374,2377,2380,2401,2405,2409,
        2413,2418,2428,2435,2438,2440,2445,2452,2460,2469,2477
    ];

    private static __ATN: antlr.ATN;
    public static get _ATN(): antlr.ATN {
        if (!FlinkSqlParser.__ATN) {
            FlinkSqlParser.__ATN = new antlr.ATNDeserializer().deserialize(FlinkSqlParser._serializedATN);
        }

        return FlinkSqlParser.__ATN;
    }


    private static readonly vocabulary = new antlr.Vocabulary(FlinkSqlParser.literalNames, FlinkSqlParser.symbolicNames, []);

    public override get vocabulary(): antlr.Vocabulary {
        return FlinkSqlParser.vocabulary;
    }

    private static readonly decisionsToDFA = FlinkSqlParser._ATN.decisionToState.map( (ds: antlr.DecisionState, index: number) => new antlr.DFA(ds, index) );
}

export class SingleStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public statement(): StatementContext {
        return this.getRuleContext(0, StatementContext)!;
    }
    public EOF(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EOF, 0)!;
    }
    public SEMICOLON(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SEMICOLON, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_singleStatement;
    }
}


export class StatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public queryStatement(): QueryStatementContext | null {
        return this.getRuleContext(0, QueryStatementContext);
    }
    public insertStatement(): InsertStatementContext | null {
        return this.getRuleContext(0, InsertStatementContext);
    }
    public explainStatement(): ExplainStatementContext | null {
        return this.getRuleContext(0, ExplainStatementContext);
    }
    public executeStatement(): ExecuteStatementContext | null {
        return this.getRuleContext(0, ExecuteStatementContext);
    }
    public compileStatement(): CompileStatementContext | null {
        return this.getRuleContext(0, CompileStatementContext);
    }
    public statementSetBlock(): StatementSetBlockContext | null {
        return this.getRuleContext(0, StatementSetBlockContext);
    }
    public beginStatementSet(): BeginStatementSetContext | null {
        return this.getRuleContext(0, BeginStatementSetContext);
    }
    public endStatementSet(): EndStatementSetContext | null {
        return this.getRuleContext(0, EndStatementSetContext);
    }
    public createStatement(): CreateStatementContext | null {
        return this.getRuleContext(0, CreateStatementContext);
    }
    public alterStatement(): AlterStatementContext | null {
        return this.getRuleContext(0, AlterStatementContext);
    }
    public dropStatement(): DropStatementContext | null {
        return this.getRuleContext(0, DropStatementContext);
    }
    public showStatement(): ShowStatementContext | null {
        return this.getRuleContext(0, ShowStatementContext);
    }
    public describeStatement(): DescribeStatementContext | null {
        return this.getRuleContext(0, DescribeStatementContext);
    }
    public useStatement(): UseStatementContext | null {
        return this.getRuleContext(0, UseStatementContext);
    }
    public loadModule(): LoadModuleContext | null {
        return this.getRuleContext(0, LoadModuleContext);
    }
    public unloadModule(): UnloadModuleContext | null {
        return this.getRuleContext(0, UnloadModuleContext);
    }
    public setStatement(): SetStatementContext | null {
        return this.getRuleContext(0, SetStatementContext);
    }
    public resetStatement(): ResetStatementContext | null {
        return this.getRuleContext(0, ResetStatementContext);
    }
    public addJar(): AddJarContext | null {
        return this.getRuleContext(0, AddJarContext);
    }
    public removeJar(): RemoveJarContext | null {
        return this.getRuleContext(0, RemoveJarContext);
    }
    public analyzeTable(): AnalyzeTableContext | null {
        return this.getRuleContext(0, AnalyzeTableContext);
    }
    public stopJob(): StopJobContext | null {
        return this.getRuleContext(0, StopJobContext);
    }
    public truncateTable(): TruncateTableContext | null {
        return this.getRuleContext(0, TruncateTableContext);
    }
    public deleteStatement(): DeleteStatementContext | null {
        return this.getRuleContext(0, DeleteStatementContext);
    }
    public updateStatement(): UpdateStatementContext | null {
        return this.getRuleContext(0, UpdateStatementContext);
    }
    public callStatement(): CallStatementContext | null {
        return this.getRuleContext(0, CallStatementContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_statement;
    }
}


export class QueryStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public query(): QueryContext {
        return this.getRuleContext(0, QueryContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_queryStatement;
    }
}


export class InsertStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public tablePath(): TablePathContext {
        return this.getRuleContext(0, TablePathContext)!;
    }
    public query(): QueryContext {
        return this.getRuleContext(0, QueryContext)!;
    }
    public INSERT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INSERT, 0);
    }
    public UPSERT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UPSERT, 0);
    }
    public INTO(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INTO, 0);
    }
    public OVERWRITE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OVERWRITE, 0);
    }
    public hint(): HintContext | null {
        return this.getRuleContext(0, HintContext);
    }
    public partitionSpec(): PartitionSpecContext | null {
        return this.getRuleContext(0, PartitionSpecContext);
    }
    public columnNameList(): ColumnNameListContext | null {
        return this.getRuleContext(0, ColumnNameListContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_insertStatement;
    }
}


export class StatementSetBlockContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public STATEMENT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.STATEMENT, 0)!;
    }
    public SET(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.SET, 0)!;
    }
    public BEGIN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.BEGIN, 0)!;
    }
    public END(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.END, 0)!;
    }
    public insertStatement(): InsertStatementContext[];
    public insertStatement(i: number): InsertStatementContext | null;
    public insertStatement(i?: number): InsertStatementContext[] | InsertStatementContext | null {
        if (i === undefined) {
            return this.getRuleContexts(InsertStatementContext);
        }

        return this.getRuleContext(i, InsertStatementContext);
    }
    public SEMICOLON(): antlr.TerminalNode[];
    public SEMICOLON(i: number): antlr.TerminalNode | null;
    public SEMICOLON(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.SEMICOLON);
    	} else {
    		return this.getToken(FlinkSqlParser.SEMICOLON, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_statementSetBlock;
    }
}


export class BeginStatementSetContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public BEGIN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.BEGIN, 0)!;
    }
    public STATEMENT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.STATEMENT, 0)!;
    }
    public SET(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.SET, 0)!;
    }
    public SEMICOLON(): antlr.TerminalNode[];
    public SEMICOLON(i: number): antlr.TerminalNode | null;
    public SEMICOLON(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.SEMICOLON);
    	} else {
    		return this.getToken(FlinkSqlParser.SEMICOLON, i);
    	}
    }
    public END(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.END, 0);
    }
    public insertStatement(): InsertStatementContext[];
    public insertStatement(i: number): InsertStatementContext | null;
    public insertStatement(i?: number): InsertStatementContext[] | InsertStatementContext | null {
        if (i === undefined) {
            return this.getRuleContexts(InsertStatementContext);
        }

        return this.getRuleContext(i, InsertStatementContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_beginStatementSet;
    }
}


export class EndStatementSetContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public END(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.END, 0)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_endStatementSet;
    }
}


export class ExplainStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public EXPLAIN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EXPLAIN, 0)!;
    }
    public explainable(): ExplainableContext {
        return this.getRuleContext(0, ExplainableContext)!;
    }
    public PLAN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PLAN, 0);
    }
    public FOR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FOR, 0);
    }
    public explainDetail(): ExplainDetailContext[];
    public explainDetail(i: number): ExplainDetailContext | null;
    public explainDetail(i?: number): ExplainDetailContext[] | ExplainDetailContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExplainDetailContext);
        }

        return this.getRuleContext(i, ExplainDetailContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_explainStatement;
    }
}


export class ExplainDetailContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_explainDetail;
    }
}


export class ExplainableContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public insertStatement(): InsertStatementContext | null {
        return this.getRuleContext(0, InsertStatementContext);
    }
    public statementSetBlock(): StatementSetBlockContext | null {
        return this.getRuleContext(0, StatementSetBlockContext);
    }
    public EXECUTE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXECUTE, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_explainable;
    }
}


export class ExecuteStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public EXECUTE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EXECUTE, 0)!;
    }
    public statementSetBlock(): StatementSetBlockContext | null {
        return this.getRuleContext(0, StatementSetBlockContext);
    }
    public insertStatement(): InsertStatementContext | null {
        return this.getRuleContext(0, InsertStatementContext);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public PLAN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PLAN, 0);
    }
    public stringLiteral(): StringLiteralContext | null {
        return this.getRuleContext(0, StringLiteralContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_executeStatement;
    }
}


export class CompileStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public COMPILE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.COMPILE, 0)!;
    }
    public PLAN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.PLAN, 0)!;
    }
    public stringLiteral(): StringLiteralContext {
        return this.getRuleContext(0, StringLiteralContext)!;
    }
    public FOR(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.FOR, 0)!;
    }
    public statementSetBlock(): StatementSetBlockContext | null {
        return this.getRuleContext(0, StatementSetBlockContext);
    }
    public insertStatement(): InsertStatementContext | null {
        return this.getRuleContext(0, InsertStatementContext);
    }
    public AND(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AND, 0);
    }
    public EXECUTE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXECUTE, 0);
    }
    public IF(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IF, 0);
    }
    public NOT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NOT, 0);
    }
    public EXISTS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXISTS, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_compileStatement;
    }
}


export class DeleteStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public DELETE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.DELETE, 0)!;
    }
    public FROM(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.FROM, 0)!;
    }
    public tablePath(): TablePathContext {
        return this.getRuleContext(0, TablePathContext)!;
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public WHERE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WHERE, 0);
    }
    public expression(): ExpressionContext | null {
        return this.getRuleContext(0, ExpressionContext);
    }
    public AS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AS, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_deleteStatement;
    }
}


export class UpdateStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public UPDATE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.UPDATE, 0)!;
    }
    public tablePath(): TablePathContext {
        return this.getRuleContext(0, TablePathContext)!;
    }
    public SET(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.SET, 0)!;
    }
    public assignment(): AssignmentContext[];
    public assignment(i: number): AssignmentContext | null;
    public assignment(i?: number): AssignmentContext[] | AssignmentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(AssignmentContext);
        }

        return this.getRuleContext(i, AssignmentContext);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public WHERE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WHERE, 0);
    }
    public expression(): ExpressionContext | null {
        return this.getRuleContext(0, ExpressionContext);
    }
    public AS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AS, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_updateStatement;
    }
}


export class AssignmentContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EQ, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_assignment;
    }
}


export class CallStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public CALL(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.CALL, 0)!;
    }
    public qualifiedName(): QualifiedNameContext {
        return this.getRuleContext(0, QualifiedNameContext)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public callArgument(): CallArgumentContext[];
    public callArgument(i: number): CallArgumentContext | null;
    public callArgument(i?: number): CallArgumentContext[] | CallArgumentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CallArgumentContext);
        }

        return this.getRuleContext(i, CallArgumentContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_callStatement;
    }
}


export class TruncateTableContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public TRUNCATE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.TRUNCATE, 0)!;
    }
    public TABLE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.TABLE, 0)!;
    }
    public tablePath(): TablePathContext {
        return this.getRuleContext(0, TablePathContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_truncateTable;
    }
}


export class CreateStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public CREATE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CREATE, 0);
    }
    public createBody(): CreateBodyContext | null {
        return this.getRuleContext(0, CreateBodyContext);
    }
    public OR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OR, 0);
    }
    public TEMPORARY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TEMPORARY, 0);
    }
    public SYSTEM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SYSTEM, 0);
    }
    public REPLACE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.REPLACE, 0);
    }
    public ALTER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ALTER, 0);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLE, 0);
    }
    public createTableBody(): CreateTableBodyContext | null {
        return this.getRuleContext(0, CreateTableBodyContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_createStatement;
    }
}


export class CreateBodyContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public CATALOG(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CATALOG, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public commentClause(): CommentClauseContext | null {
        return this.getRuleContext(0, CommentClauseContext);
    }
    public withOptions(): WithOptionsContext | null {
        return this.getRuleContext(0, WithOptionsContext);
    }
    public DATABASE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATABASE, 0);
    }
    public tablePath(): TablePathContext | null {
        return this.getRuleContext(0, TablePathContext);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLE, 0);
    }
    public createTableBody(): CreateTableBodyContext | null {
        return this.getRuleContext(0, CreateTableBodyContext);
    }
    public VIEW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIEW, 0);
    }
    public AS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AS, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public columnNameList(): ColumnNameListContext | null {
        return this.getRuleContext(0, ColumnNameListContext);
    }
    public FUNCTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FUNCTION, 0);
    }
    public stringLiteral(): StringLiteralContext | null {
        return this.getRuleContext(0, StringLiteralContext);
    }
    public LANGUAGE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LANGUAGE, 0);
    }
    public usingJars(): UsingJarsContext | null {
        return this.getRuleContext(0, UsingJarsContext);
    }
    public MODEL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODEL, 0);
    }
    public INPUT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INPUT, 0);
    }
    public LPAREN(): antlr.TerminalNode[];
    public LPAREN(i: number): antlr.TerminalNode | null;
    public LPAREN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.LPAREN);
    	} else {
    		return this.getToken(FlinkSqlParser.LPAREN, i);
    	}
    }
    public columnDefinition(): ColumnDefinitionContext[];
    public columnDefinition(i: number): ColumnDefinitionContext | null;
    public columnDefinition(i?: number): ColumnDefinitionContext[] | ColumnDefinitionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ColumnDefinitionContext);
        }

        return this.getRuleContext(i, ColumnDefinitionContext);
    }
    public RPAREN(): antlr.TerminalNode[];
    public RPAREN(i: number): antlr.TerminalNode | null;
    public RPAREN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.RPAREN);
    	} else {
    		return this.getToken(FlinkSqlParser.RPAREN, i);
    	}
    }
    public OUTPUT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OUTPUT, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public CONNECTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONNECTION, 0);
    }
    public MATERIALIZED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MATERIALIZED, 0);
    }
    public tableElement(): TableElementContext[];
    public tableElement(i: number): TableElementContext | null;
    public tableElement(i?: number): TableElementContext[] | TableElementContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TableElementContext);
        }

        return this.getRuleContext(i, TableElementContext);
    }
    public distribution(): DistributionContext | null {
        return this.getRuleContext(0, DistributionContext);
    }
    public partitionedBy(): PartitionedByContext | null {
        return this.getRuleContext(0, PartitionedByContext);
    }
    public freshness(): FreshnessContext | null {
        return this.getRuleContext(0, FreshnessContext);
    }
    public refreshMode(): RefreshModeContext | null {
        return this.getRuleContext(0, RefreshModeContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_createBody;
    }
}


export class CreateTableBodyContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public tablePath(): TablePathContext {
        return this.getRuleContext(0, TablePathContext)!;
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public tableElement(): TableElementContext[];
    public tableElement(i: number): TableElementContext | null;
    public tableElement(i?: number): TableElementContext[] | TableElementContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TableElementContext);
        }

        return this.getRuleContext(i, TableElementContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public commentClause(): CommentClauseContext | null {
        return this.getRuleContext(0, CommentClauseContext);
    }
    public distribution(): DistributionContext | null {
        return this.getRuleContext(0, DistributionContext);
    }
    public partitionedBy(): PartitionedByContext | null {
        return this.getRuleContext(0, PartitionedByContext);
    }
    public withOptions(): WithOptionsContext | null {
        return this.getRuleContext(0, WithOptionsContext);
    }
    public likeClause(): LikeClauseContext | null {
        return this.getRuleContext(0, LikeClauseContext);
    }
    public AS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AS, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_createTableBody;
    }
}


export class IfNotExistsContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public IF(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.IF, 0)!;
    }
    public NOT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.NOT, 0)!;
    }
    public EXISTS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EXISTS, 0)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_ifNotExists;
    }
}


export class IfExistsContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public IF(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.IF, 0)!;
    }
    public EXISTS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EXISTS, 0)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_ifExists;
    }
}


export class CommentClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public COMMENT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.COMMENT, 0)!;
    }
    public stringLiteral(): StringLiteralContext {
        return this.getRuleContext(0, StringLiteralContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_commentClause;
    }
}


export class UsingJarsContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public USING(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.USING, 0)!;
    }
    public JAR(): antlr.TerminalNode[];
    public JAR(i: number): antlr.TerminalNode | null;
    public JAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.JAR);
    	} else {
    		return this.getToken(FlinkSqlParser.JAR, i);
    	}
    }
    public stringLiteral(): StringLiteralContext[];
    public stringLiteral(i: number): StringLiteralContext | null;
    public stringLiteral(i?: number): StringLiteralContext[] | StringLiteralContext | null {
        if (i === undefined) {
            return this.getRuleContexts(StringLiteralContext);
        }

        return this.getRuleContext(i, StringLiteralContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_usingJars;
    }
}


export class TableElementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public columnDefinition(): ColumnDefinitionContext | null {
        return this.getRuleContext(0, ColumnDefinitionContext);
    }
    public watermarkDefinition(): WatermarkDefinitionContext | null {
        return this.getRuleContext(0, WatermarkDefinitionContext);
    }
    public tableConstraint(): TableConstraintContext | null {
        return this.getRuleContext(0, TableConstraintContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_tableElement;
    }
}


export class ColumnDefinitionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public AS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AS, 0);
    }
    public expression(): ExpressionContext | null {
        return this.getRuleContext(0, ExpressionContext);
    }
    public dataType(): DataTypeContext | null {
        return this.getRuleContext(0, DataTypeContext);
    }
    public commentClause(): CommentClauseContext | null {
        return this.getRuleContext(0, CommentClauseContext);
    }
    public METADATA(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.METADATA, 0);
    }
    public columnConstraint(): ColumnConstraintContext | null {
        return this.getRuleContext(0, ColumnConstraintContext);
    }
    public FROM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FROM, 0);
    }
    public stringLiteral(): StringLiteralContext | null {
        return this.getRuleContext(0, StringLiteralContext);
    }
    public VIRTUAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIRTUAL, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_columnDefinition;
    }
}


export class ColumnConstraintContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public PRIMARY(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.PRIMARY, 0)!;
    }
    public KEY(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.KEY, 0)!;
    }
    public NOT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.NOT, 0)!;
    }
    public ENFORCED(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.ENFORCED, 0)!;
    }
    public CONSTRAINT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONSTRAINT, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_columnConstraint;
    }
}


export class WatermarkDefinitionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public WATERMARK(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.WATERMARK, 0)!;
    }
    public FOR(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.FOR, 0)!;
    }
    public qualifiedName(): QualifiedNameContext {
        return this.getRuleContext(0, QualifiedNameContext)!;
    }
    public AS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.AS, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_watermarkDefinition;
    }
}


export class TableConstraintContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public PRIMARY(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.PRIMARY, 0)!;
    }
    public KEY(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.KEY, 0)!;
    }
    public columnNameList(): ColumnNameListContext {
        return this.getRuleContext(0, ColumnNameListContext)!;
    }
    public NOT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.NOT, 0)!;
    }
    public ENFORCED(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.ENFORCED, 0)!;
    }
    public CONSTRAINT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONSTRAINT, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_tableConstraint;
    }
}


export class DistributionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public DISTRIBUTED(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.DISTRIBUTED, 0)!;
    }
    public BY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BY, 0);
    }
    public columnNameList(): ColumnNameListContext | null {
        return this.getRuleContext(0, ColumnNameListContext);
    }
    public RANGE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RANGE, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public INTO(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INTO, 0);
    }
    public INTEGER_VALUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INTEGER_VALUE, 0);
    }
    public BUCKETS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BUCKETS, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_distribution;
    }
}


export class PartitionedByContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public PARTITIONED(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.PARTITIONED, 0)!;
    }
    public BY(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.BY, 0)!;
    }
    public columnNameList(): ColumnNameListContext {
        return this.getRuleContext(0, ColumnNameListContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_partitionedBy;
    }
}


export class LikeClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LIKE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LIKE, 0)!;
    }
    public tablePath(): TablePathContext {
        return this.getRuleContext(0, TablePathContext)!;
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public likeOption(): LikeOptionContext[];
    public likeOption(i: number): LikeOptionContext | null;
    public likeOption(i?: number): LikeOptionContext[] | LikeOptionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(LikeOptionContext);
        }

        return this.getRuleContext(i, LikeOptionContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_likeClause;
    }
}


export class LikeOptionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public INCLUDING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INCLUDING, 0);
    }
    public EXCLUDING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXCLUDING, 0);
    }
    public OVERWRITING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OVERWRITING, 0);
    }
    public ALL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ALL, 0);
    }
    public CONSTRAINTS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONSTRAINTS, 0);
    }
    public PARTITIONS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PARTITIONS, 0);
    }
    public DISTRIBUTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DISTRIBUTION, 0);
    }
    public GENERATED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.GENERATED, 0);
    }
    public OPTIONS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OPTIONS, 0);
    }
    public WATERMARKS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WATERMARKS, 0);
    }
    public METADATA(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.METADATA, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_likeOption;
    }
}


export class FreshnessContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public FRESHNESS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.FRESHNESS, 0)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EQ, 0)!;
    }
    public intervalLiteral(): IntervalLiteralContext {
        return this.getRuleContext(0, IntervalLiteralContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_freshness;
    }
}


export class RefreshModeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public REFRESH_MODE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.REFRESH_MODE, 0)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EQ, 0)!;
    }
    public FULL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FULL, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_refreshMode;
    }
}


export class WithOptionsContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public WITH(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.WITH, 0)!;
    }
    public propertyList(): PropertyListContext {
        return this.getRuleContext(0, PropertyListContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_withOptions;
    }
}


export class PropertyListContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public property(): PropertyContext[];
    public property(i: number): PropertyContext | null;
    public property(i?: number): PropertyContext[] | PropertyContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PropertyContext);
        }

        return this.getRuleContext(i, PropertyContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_propertyList;
    }
}


export class PropertyContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public propertyKey(): PropertyKeyContext {
        return this.getRuleContext(0, PropertyKeyContext)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EQ, 0)!;
    }
    public propertyValue(): PropertyValueContext {
        return this.getRuleContext(0, PropertyValueContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_property;
    }
}


export class PropertyKeyContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public stringLiteral(): StringLiteralContext | null {
        return this.getRuleContext(0, StringLiteralContext);
    }
    public qualifiedName(): QualifiedNameContext | null {
        return this.getRuleContext(0, QualifiedNameContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_propertyKey;
    }
}


export class PropertyValueContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public stringLiteral(): StringLiteralContext | null {
        return this.getRuleContext(0, StringLiteralContext);
    }
    public signedNumber(): SignedNumberContext | null {
        return this.getRuleContext(0, SignedNumberContext);
    }
    public TRUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TRUE, 0);
    }
    public FALSE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FALSE, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_propertyValue;
    }
}


export class SignedNumberContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public number(): NumberContext {
        return this.getRuleContext(0, NumberContext)!;
    }
    public PLUS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PLUS, 0);
    }
    public MINUS_SIGN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MINUS_SIGN, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_signedNumber;
    }
}


export class AlterStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public ALTER(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.ALTER, 0)!;
    }
    public CATALOG(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CATALOG, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public DATABASE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATABASE, 0);
    }
    public tablePath(): TablePathContext[];
    public tablePath(i: number): TablePathContext | null;
    public tablePath(i?: number): TablePathContext[] | TablePathContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TablePathContext);
        }

        return this.getRuleContext(i, TablePathContext);
    }
    public SET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SET, 0);
    }
    public propertyList(): PropertyListContext | null {
        return this.getRuleContext(0, PropertyListContext);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLE, 0);
    }
    public alterTableAction(): AlterTableActionContext | null {
        return this.getRuleContext(0, AlterTableActionContext);
    }
    public VIEW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIEW, 0);
    }
    public FUNCTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FUNCTION, 0);
    }
    public AS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AS, 0);
    }
    public stringLiteral(): StringLiteralContext | null {
        return this.getRuleContext(0, StringLiteralContext);
    }
    public MODEL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODEL, 0);
    }
    public CONNECTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONNECTION, 0);
    }
    public MATERIALIZED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MATERIALIZED, 0);
    }
    public alterMaterializedTableAction(): AlterMaterializedTableActionContext | null {
        return this.getRuleContext(0, AlterMaterializedTableActionContext);
    }
    public TEMPORARY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TEMPORARY, 0);
    }
    public SYSTEM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SYSTEM, 0);
    }
    public RESET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RESET, 0);
    }
    public keyList(): KeyListContext | null {
        return this.getRuleContext(0, KeyListContext);
    }
    public commentClause(): CommentClauseContext | null {
        return this.getRuleContext(0, CommentClauseContext);
    }
    public RENAME(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RENAME, 0);
    }
    public TO(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TO, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public LANGUAGE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LANGUAGE, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_alterStatement;
    }
}


export class KeyListContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public propertyKey(): PropertyKeyContext[];
    public propertyKey(i: number): PropertyKeyContext | null;
    public propertyKey(i?: number): PropertyKeyContext[] | PropertyKeyContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PropertyKeyContext);
        }

        return this.getRuleContext(i, PropertyKeyContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_keyList;
    }
}


export class AlterTableActionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public RENAME(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RENAME, 0);
    }
    public TO(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TO, 0);
    }
    public tablePath(): TablePathContext | null {
        return this.getRuleContext(0, TablePathContext);
    }
    public qualifiedName(): QualifiedNameContext | null {
        return this.getRuleContext(0, QualifiedNameContext);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public SET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SET, 0);
    }
    public propertyList(): PropertyListContext | null {
        return this.getRuleContext(0, PropertyListContext);
    }
    public RESET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RESET, 0);
    }
    public keyList(): KeyListContext | null {
        return this.getRuleContext(0, KeyListContext);
    }
    public alterChange(): AlterChangeContext | null {
        return this.getRuleContext(0, AlterChangeContext);
    }
    public ADD(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ADD, 0);
    }
    public MODIFY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODIFY, 0);
    }
    public DROP(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DROP, 0);
    }
    public partitionSpec(): PartitionSpecContext[];
    public partitionSpec(i: number): PartitionSpecContext | null;
    public partitionSpec(i?: number): PartitionSpecContext[] | PartitionSpecContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PartitionSpecContext);
        }

        return this.getRuleContext(i, PartitionSpecContext);
    }
    public PRIMARY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PRIMARY, 0);
    }
    public KEY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.KEY, 0);
    }
    public CONSTRAINT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONSTRAINT, 0);
    }
    public WATERMARK(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WATERMARK, 0);
    }
    public DISTRIBUTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DISTRIBUTION, 0);
    }
    public columnNameList(): ColumnNameListContext | null {
        return this.getRuleContext(0, ColumnNameListContext);
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public COLUMN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COLUMN, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_alterTableAction;
    }
}


export class AlterChangeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public partitionSpec(): PartitionSpecContext[];
    public partitionSpec(i: number): PartitionSpecContext | null;
    public partitionSpec(i?: number): PartitionSpecContext[] | PartitionSpecContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PartitionSpecContext);
        }

        return this.getRuleContext(i, PartitionSpecContext);
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public withOptions(): WithOptionsContext[];
    public withOptions(i: number): WithOptionsContext | null;
    public withOptions(i?: number): WithOptionsContext[] | WithOptionsContext | null {
        if (i === undefined) {
            return this.getRuleContexts(WithOptionsContext);
        }

        return this.getRuleContext(i, WithOptionsContext);
    }
    public alterDistribution(): AlterDistributionContext | null {
        return this.getRuleContext(0, AlterDistributionContext);
    }
    public alterElement(): AlterElementContext[];
    public alterElement(i: number): AlterElementContext | null;
    public alterElement(i?: number): AlterElementContext[] | AlterElementContext | null {
        if (i === undefined) {
            return this.getRuleContexts(AlterElementContext);
        }

        return this.getRuleContext(i, AlterElementContext);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_alterChange;
    }
}


export class AlterElementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public columnDefinition(): ColumnDefinitionContext | null {
        return this.getRuleContext(0, ColumnDefinitionContext);
    }
    public columnPosition(): ColumnPositionContext | null {
        return this.getRuleContext(0, ColumnPositionContext);
    }
    public watermarkDefinition(): WatermarkDefinitionContext | null {
        return this.getRuleContext(0, WatermarkDefinitionContext);
    }
    public tableConstraint(): TableConstraintContext | null {
        return this.getRuleContext(0, TableConstraintContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_alterElement;
    }
}


export class AlterDistributionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public DISTRIBUTION(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.DISTRIBUTION, 0)!;
    }
    public BY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BY, 0);
    }
    public columnNameList(): ColumnNameListContext | null {
        return this.getRuleContext(0, ColumnNameListContext);
    }
    public RANGE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RANGE, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public INTO(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INTO, 0);
    }
    public INTEGER_VALUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INTEGER_VALUE, 0);
    }
    public BUCKETS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BUCKETS, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_alterDistribution;
    }
}


export class ColumnPositionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public FIRST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FIRST, 0);
    }
    public AFTER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AFTER, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_columnPosition;
    }
}


export class AlterMaterializedTableActionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public SUSPEND(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SUSPEND, 0);
    }
    public RESUME(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RESUME, 0);
    }
    public withOptions(): WithOptionsContext | null {
        return this.getRuleContext(0, WithOptionsContext);
    }
    public REFRESH(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.REFRESH, 0);
    }
    public partitionSpec(): PartitionSpecContext | null {
        return this.getRuleContext(0, PartitionSpecContext);
    }
    public SET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SET, 0);
    }
    public FRESHNESS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FRESHNESS, 0);
    }
    public EQ(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EQ, 0);
    }
    public intervalLiteral(): IntervalLiteralContext | null {
        return this.getRuleContext(0, IntervalLiteralContext);
    }
    public REFRESH_MODE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.REFRESH_MODE, 0);
    }
    public FULL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FULL, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public AS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AS, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_alterMaterializedTableAction;
    }
}


export class DropStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public DROP(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.DROP, 0)!;
    }
    public dropKind(): DropKindContext {
        return this.getRuleContext(0, DropKindContext)!;
    }
    public tablePath(): TablePathContext {
        return this.getRuleContext(0, TablePathContext)!;
    }
    public TEMPORARY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TEMPORARY, 0);
    }
    public SYSTEM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SYSTEM, 0);
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public RESTRICT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RESTRICT, 0);
    }
    public CASCADE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CASCADE, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_dropStatement;
    }
}


export class DropKindContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public CATALOG(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CATALOG, 0);
    }
    public DATABASE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATABASE, 0);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLE, 0);
    }
    public VIEW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIEW, 0);
    }
    public FUNCTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FUNCTION, 0);
    }
    public MODEL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODEL, 0);
    }
    public CONNECTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONNECTION, 0);
    }
    public MATERIALIZED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MATERIALIZED, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_dropKind;
    }
}


export class ShowStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public SHOW(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.SHOW, 0)!;
    }
    public CURRENT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CURRENT, 0);
    }
    public CREATE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CREATE, 0);
    }
    public tablePath(): TablePathContext | null {
        return this.getRuleContext(0, TablePathContext);
    }
    public COLUMNS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COLUMNS, 0);
    }
    public PARTITIONS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PARTITIONS, 0);
    }
    public showKind(): ShowKindContext | null {
        return this.getRuleContext(0, ShowKindContext);
    }
    public CATALOG(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CATALOG, 0);
    }
    public DATABASE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATABASE, 0);
    }
    public FROM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FROM, 0);
    }
    public IN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IN, 0);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLE, 0);
    }
    public VIEW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIEW, 0);
    }
    public MODEL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODEL, 0);
    }
    public FUNCTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FUNCTION, 0);
    }
    public CONNECTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONNECTION, 0);
    }
    public MATERIALIZED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MATERIALIZED, 0);
    }
    public likePattern(): LikePatternContext | null {
        return this.getRuleContext(0, LikePatternContext);
    }
    public partitionSpec(): PartitionSpecContext | null {
        return this.getRuleContext(0, PartitionSpecContext);
    }
    public FULL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FULL, 0);
    }
    public USER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.USER, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_showStatement;
    }
}


export class ShowKindContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public CATALOGS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CATALOGS, 0);
    }
    public DATABASES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATABASES, 0);
    }
    public TABLES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLES, 0);
    }
    public VIEWS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIEWS, 0);
    }
    public FUNCTIONS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FUNCTIONS, 0);
    }
    public PROCEDURES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PROCEDURES, 0);
    }
    public MODULES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODULES, 0);
    }
    public JARS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.JARS, 0);
    }
    public JOBS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.JOBS, 0);
    }
    public MODELS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODELS, 0);
    }
    public CONNECTIONS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONNECTIONS, 0);
    }
    public MATERIALIZED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MATERIALIZED, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_showKind;
    }
}


export class LikePatternContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public stringLiteral(): StringLiteralContext {
        return this.getRuleContext(0, StringLiteralContext)!;
    }
    public LIKE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LIKE, 0);
    }
    public ILIKE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ILIKE, 0);
    }
    public NOT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NOT, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_likePattern;
    }
}


export class DescribeStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public DESCRIBE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DESCRIBE, 0);
    }
    public DESC(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DESC, 0);
    }
    public tablePath(): TablePathContext | null {
        return this.getRuleContext(0, TablePathContext);
    }
    public stringLiteral(): StringLiteralContext | null {
        return this.getRuleContext(0, StringLiteralContext);
    }
    public describeKind(): DescribeKindContext | null {
        return this.getRuleContext(0, DescribeKindContext);
    }
    public EXTENDED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXTENDED, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_describeStatement;
    }
}


export class DescribeKindContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public CATALOG(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CATALOG, 0);
    }
    public DATABASE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATABASE, 0);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLE, 0);
    }
    public VIEW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIEW, 0);
    }
    public FUNCTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FUNCTION, 0);
    }
    public MODEL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODEL, 0);
    }
    public CONNECTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONNECTION, 0);
    }
    public JOB(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.JOB, 0);
    }
    public MATERIALIZED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MATERIALIZED, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_describeKind;
    }
}


export class UseStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public USE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.USE, 0)!;
    }
    public CATALOG(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CATALOG, 0);
    }
    public identifier(): IdentifierContext[];
    public identifier(i: number): IdentifierContext | null;
    public identifier(i?: number): IdentifierContext[] | IdentifierContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentifierContext);
        }

        return this.getRuleContext(i, IdentifierContext);
    }
    public MODULES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODULES, 0);
    }
    public tablePath(): TablePathContext | null {
        return this.getRuleContext(0, TablePathContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_useStatement;
    }
}


export class LoadModuleContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LOAD(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LOAD, 0)!;
    }
    public MODULE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.MODULE, 0)!;
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public withOptions(): WithOptionsContext | null {
        return this.getRuleContext(0, WithOptionsContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_loadModule;
    }
}


export class UnloadModuleContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public UNLOAD(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.UNLOAD, 0)!;
    }
    public MODULE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.MODULE, 0)!;
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_unloadModule;
    }
}


export class SetStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public SET(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.SET, 0)!;
    }
    public propertyKey(): PropertyKeyContext | null {
        return this.getRuleContext(0, PropertyKeyContext);
    }
    public EQ(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EQ, 0);
    }
    public propertyValue(): PropertyValueContext | null {
        return this.getRuleContext(0, PropertyValueContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_setStatement;
    }
}


export class ResetStatementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public RESET(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RESET, 0)!;
    }
    public propertyKey(): PropertyKeyContext | null {
        return this.getRuleContext(0, PropertyKeyContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_resetStatement;
    }
}


export class AddJarContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public ADD(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.ADD, 0)!;
    }
    public JAR(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.JAR, 0)!;
    }
    public stringLiteral(): StringLiteralContext {
        return this.getRuleContext(0, StringLiteralContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_addJar;
    }
}


export class RemoveJarContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public REMOVE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.REMOVE, 0)!;
    }
    public JAR(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.JAR, 0)!;
    }
    public stringLiteral(): StringLiteralContext {
        return this.getRuleContext(0, StringLiteralContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_removeJar;
    }
}


export class AnalyzeTableContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public ANALYZE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.ANALYZE, 0)!;
    }
    public TABLE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.TABLE, 0)!;
    }
    public tablePath(): TablePathContext {
        return this.getRuleContext(0, TablePathContext)!;
    }
    public COMPUTE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.COMPUTE, 0)!;
    }
    public STATISTICS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.STATISTICS, 0)!;
    }
    public partitionSpec(): PartitionSpecContext | null {
        return this.getRuleContext(0, PartitionSpecContext);
    }
    public FOR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FOR, 0);
    }
    public ALL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ALL, 0);
    }
    public COLUMNS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COLUMNS, 0);
    }
    public identifier(): IdentifierContext[];
    public identifier(i: number): IdentifierContext | null;
    public identifier(i?: number): IdentifierContext[] | IdentifierContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentifierContext);
        }

        return this.getRuleContext(i, IdentifierContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_analyzeTable;
    }
}


export class StopJobContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public STOP(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.STOP, 0)!;
    }
    public JOB(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.JOB, 0)!;
    }
    public stringLiteral(): StringLiteralContext {
        return this.getRuleContext(0, StringLiteralContext)!;
    }
    public WITH(): antlr.TerminalNode[];
    public WITH(i: number): antlr.TerminalNode | null;
    public WITH(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.WITH);
    	} else {
    		return this.getToken(FlinkSqlParser.WITH, i);
    	}
    }
    public SAVEPOINT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SAVEPOINT, 0);
    }
    public DRAIN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DRAIN, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_stopJob;
    }
}


export class PartitionSpecContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public PARTITION(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.PARTITION, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public partitionValue(): PartitionValueContext[];
    public partitionValue(i: number): PartitionValueContext | null;
    public partitionValue(i?: number): PartitionValueContext[] | PartitionValueContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PartitionValueContext);
        }

        return this.getRuleContext(i, PartitionValueContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_partitionSpec;
    }
}


export class PartitionValueContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public EQ(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EQ, 0);
    }
    public literal(): LiteralContext | null {
        return this.getRuleContext(0, LiteralContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_partitionValue;
    }
}


export class QueryContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public queryExpression(): QueryExpressionContext {
        return this.getRuleContext(0, QueryExpressionContext)!;
    }
    public withClause(): WithClauseContext | null {
        return this.getRuleContext(0, WithClauseContext);
    }
    public orderBy(): OrderByContext | null {
        return this.getRuleContext(0, OrderByContext);
    }
    public limitClause(): LimitClauseContext | null {
        return this.getRuleContext(0, LimitClauseContext);
    }
    public offsetClause(): OffsetClauseContext | null {
        return this.getRuleContext(0, OffsetClauseContext);
    }
    public fetchClause(): FetchClauseContext | null {
        return this.getRuleContext(0, FetchClauseContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_query;
    }
}


export class WithClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public WITH(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.WITH, 0)!;
    }
    public commonTableExpression(): CommonTableExpressionContext[];
    public commonTableExpression(i: number): CommonTableExpressionContext | null;
    public commonTableExpression(i?: number): CommonTableExpressionContext[] | CommonTableExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CommonTableExpressionContext);
        }

        return this.getRuleContext(i, CommonTableExpressionContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_withClause;
    }
}


export class CommonTableExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public AS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.AS, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public query(): QueryContext {
        return this.getRuleContext(0, QueryContext)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public columnNameList(): ColumnNameListContext | null {
        return this.getRuleContext(0, ColumnNameListContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_commonTableExpression;
    }
}


export class QueryExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public queryIntersect(): QueryIntersectContext[];
    public queryIntersect(i: number): QueryIntersectContext | null;
    public queryIntersect(i?: number): QueryIntersectContext[] | QueryIntersectContext | null {
        if (i === undefined) {
            return this.getRuleContexts(QueryIntersectContext);
        }

        return this.getRuleContext(i, QueryIntersectContext);
    }
    public setOperator(): SetOperatorContext[];
    public setOperator(i: number): SetOperatorContext | null;
    public setOperator(i?: number): SetOperatorContext[] | SetOperatorContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SetOperatorContext);
        }

        return this.getRuleContext(i, SetOperatorContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_queryExpression;
    }
}


export class SetOperatorContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public UNION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNION, 0);
    }
    public EXCEPT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXCEPT, 0);
    }
    public ALL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ALL, 0);
    }
    public DISTINCT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DISTINCT, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_setOperator;
    }
}


export class QueryIntersectContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public queryPrimary(): QueryPrimaryContext[];
    public queryPrimary(i: number): QueryPrimaryContext | null;
    public queryPrimary(i?: number): QueryPrimaryContext[] | QueryPrimaryContext | null {
        if (i === undefined) {
            return this.getRuleContexts(QueryPrimaryContext);
        }

        return this.getRuleContext(i, QueryPrimaryContext);
    }
    public INTERSECT(): antlr.TerminalNode[];
    public INTERSECT(i: number): antlr.TerminalNode | null;
    public INTERSECT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.INTERSECT);
    	} else {
    		return this.getToken(FlinkSqlParser.INTERSECT, i);
    	}
    }
    public ALL(): antlr.TerminalNode[];
    public ALL(i: number): antlr.TerminalNode | null;
    public ALL(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.ALL);
    	} else {
    		return this.getToken(FlinkSqlParser.ALL, i);
    	}
    }
    public DISTINCT(): antlr.TerminalNode[];
    public DISTINCT(i: number): antlr.TerminalNode | null;
    public DISTINCT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.DISTINCT);
    	} else {
    		return this.getToken(FlinkSqlParser.DISTINCT, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_queryIntersect;
    }
}


export class QueryPrimaryContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public selectCore(): SelectCoreContext | null {
        return this.getRuleContext(0, SelectCoreContext);
    }
    public valuesClause(): ValuesClauseContext | null {
        return this.getRuleContext(0, ValuesClauseContext);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLE, 0);
    }
    public tablePath(): TablePathContext | null {
        return this.getRuleContext(0, TablePathContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_queryPrimary;
    }
}


export class ValuesClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public VALUES(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.VALUES, 0)!;
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_valuesClause;
    }
}


export class SelectCoreContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public SELECT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.SELECT, 0)!;
    }
    public selectItem(): SelectItemContext[];
    public selectItem(i: number): SelectItemContext | null;
    public selectItem(i?: number): SelectItemContext[] | SelectItemContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SelectItemContext);
        }

        return this.getRuleContext(i, SelectItemContext);
    }
    public hint(): HintContext | null {
        return this.getRuleContext(0, HintContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public FROM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FROM, 0);
    }
    public fromClause(): FromClauseContext | null {
        return this.getRuleContext(0, FromClauseContext);
    }
    public whereClause(): WhereClauseContext | null {
        return this.getRuleContext(0, WhereClauseContext);
    }
    public groupBy(): GroupByContext | null {
        return this.getRuleContext(0, GroupByContext);
    }
    public havingClause(): HavingClauseContext | null {
        return this.getRuleContext(0, HavingClauseContext);
    }
    public windowClause(): WindowClauseContext | null {
        return this.getRuleContext(0, WindowClauseContext);
    }
    public ALL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ALL, 0);
    }
    public DISTINCT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DISTINCT, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_selectCore;
    }
}


export class WhereClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public WHERE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.WHERE, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_whereClause;
    }
}


export class HavingClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public HAVING(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.HAVING, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_havingClause;
    }
}


export class SelectItemContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public STAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.STAR, 0);
    }
    public qualifiedName(): QualifiedNameContext | null {
        return this.getRuleContext(0, QualifiedNameContext);
    }
    public DOT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DOT, 0);
    }
    public expression(): ExpressionContext | null {
        return this.getRuleContext(0, ExpressionContext);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public AS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AS, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_selectItem;
    }
}


export class FromClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public tableReference(): TableReferenceContext[];
    public tableReference(i: number): TableReferenceContext | null;
    public tableReference(i?: number): TableReferenceContext[] | TableReferenceContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TableReferenceContext);
        }

        return this.getRuleContext(i, TableReferenceContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_fromClause;
    }
}


export class TableReferenceContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public tablePrimary(): TablePrimaryContext {
        return this.getRuleContext(0, TablePrimaryContext)!;
    }
    public joinPart(): JoinPartContext[];
    public joinPart(i: number): JoinPartContext | null;
    public joinPart(i?: number): JoinPartContext[] | JoinPartContext | null {
        if (i === undefined) {
            return this.getRuleContexts(JoinPartContext);
        }

        return this.getRuleContext(i, JoinPartContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_tableReference;
    }
}


export class JoinPartContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public CROSS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CROSS, 0);
    }
    public JOIN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.JOIN, 0)!;
    }
    public tablePrimary(): TablePrimaryContext {
        return this.getRuleContext(0, TablePrimaryContext)!;
    }
    public NATURAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NATURAL, 0);
    }
    public joinType(): JoinTypeContext | null {
        return this.getRuleContext(0, JoinTypeContext);
    }
    public joinCondition(): JoinConditionContext | null {
        return this.getRuleContext(0, JoinConditionContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_joinPart;
    }
}


export class JoinTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public INNER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INNER, 0);
    }
    public LEFT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LEFT, 0);
    }
    public RIGHT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RIGHT, 0);
    }
    public FULL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FULL, 0);
    }
    public OUTER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OUTER, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_joinType;
    }
}


export class JoinConditionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public ON(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ON, 0);
    }
    public expression(): ExpressionContext | null {
        return this.getRuleContext(0, ExpressionContext);
    }
    public USING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.USING, 0);
    }
    public columnNameList(): ColumnNameListContext | null {
        return this.getRuleContext(0, ColumnNameListContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_joinCondition;
    }
}


export class TablePrimaryContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public tableFactor(): TableFactorContext {
        return this.getRuleContext(0, TableFactorContext)!;
    }
    public matchRecognize(): MatchRecognizeContext | null {
        return this.getRuleContext(0, MatchRecognizeContext);
    }
    public tableAlias(): TableAliasContext | null {
        return this.getRuleContext(0, TableAliasContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_tablePrimary;
    }
}


export class TableFactorContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public tablePath(): TablePathContext | null {
        return this.getRuleContext(0, TablePathContext);
    }
    public hint(): HintContext | null {
        return this.getRuleContext(0, HintContext);
    }
    public systemTime(): SystemTimeContext | null {
        return this.getRuleContext(0, SystemTimeContext);
    }
    public LATERAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LATERAL, 0);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLE, 0);
    }
    public functionCall(): FunctionCallContext | null {
        return this.getRuleContext(0, FunctionCallContext);
    }
    public UNNEST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNNEST, 0);
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public WITH(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WITH, 0);
    }
    public ORDINALITY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ORDINALITY, 0);
    }
    public tableReference(): TableReferenceContext | null {
        return this.getRuleContext(0, TableReferenceContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_tableFactor;
    }
}


export class SystemTimeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public FOR(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.FOR, 0)!;
    }
    public SYSTEM_TIME(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.SYSTEM_TIME, 0)!;
    }
    public AS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.AS, 0)!;
    }
    public OF(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.OF, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_systemTime;
    }
}


export class TableAliasContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public AS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AS, 0);
    }
    public columnNameList(): ColumnNameListContext | null {
        return this.getRuleContext(0, ColumnNameListContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_tableAlias;
    }
}


export class GroupByContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public GROUP(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.GROUP, 0)!;
    }
    public BY(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.BY, 0)!;
    }
    public groupingElement(): GroupingElementContext[];
    public groupingElement(i: number): GroupingElementContext | null;
    public groupingElement(i?: number): GroupingElementContext[] | GroupingElementContext | null {
        if (i === undefined) {
            return this.getRuleContexts(GroupingElementContext);
        }

        return this.getRuleContext(i, GroupingElementContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_groupBy;
    }
}


export class GroupingElementContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public GROUPING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.GROUPING, 0);
    }
    public SETS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SETS, 0);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public groupingElement(): GroupingElementContext[];
    public groupingElement(i: number): GroupingElementContext | null;
    public groupingElement(i?: number): GroupingElementContext[] | GroupingElementContext | null {
        if (i === undefined) {
            return this.getRuleContexts(GroupingElementContext);
        }

        return this.getRuleContext(i, GroupingElementContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public ROLLUP(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROLLUP, 0);
    }
    public CUBE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CUBE, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_groupingElement;
    }
}


export class WindowClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public WINDOW(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.WINDOW, 0)!;
    }
    public namedWindow(): NamedWindowContext[];
    public namedWindow(i: number): NamedWindowContext | null;
    public namedWindow(i?: number): NamedWindowContext[] | NamedWindowContext | null {
        if (i === undefined) {
            return this.getRuleContexts(NamedWindowContext);
        }

        return this.getRuleContext(i, NamedWindowContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_windowClause;
    }
}


export class NamedWindowContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public AS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.AS, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public windowSpec(): WindowSpecContext {
        return this.getRuleContext(0, WindowSpecContext)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_namedWindow;
    }
}


export class WindowSpecContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public PARTITION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PARTITION, 0);
    }
    public BY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BY, 0);
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public orderBy(): OrderByContext | null {
        return this.getRuleContext(0, OrderByContext);
    }
    public windowFrame(): WindowFrameContext | null {
        return this.getRuleContext(0, WindowFrameContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_windowSpec;
    }
}


export class WindowFrameContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public ROWS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROWS, 0);
    }
    public RANGE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RANGE, 0);
    }
    public BETWEEN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BETWEEN, 0);
    }
    public frameBound(): FrameBoundContext[];
    public frameBound(i: number): FrameBoundContext | null;
    public frameBound(i?: number): FrameBoundContext[] | FrameBoundContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FrameBoundContext);
        }

        return this.getRuleContext(i, FrameBoundContext);
    }
    public AND(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AND, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_windowFrame;
    }
}


export class FrameBoundContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public UNBOUNDED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNBOUNDED, 0);
    }
    public PRECEDING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PRECEDING, 0);
    }
    public FOLLOWING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FOLLOWING, 0);
    }
    public CURRENT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CURRENT, 0);
    }
    public ROW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROW, 0);
    }
    public valueExpression(): ValueExpressionContext | null {
        return this.getRuleContext(0, ValueExpressionContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_frameBound;
    }
}


export class OrderByContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public ORDER(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.ORDER, 0)!;
    }
    public BY(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.BY, 0)!;
    }
    public orderItem(): OrderItemContext[];
    public orderItem(i: number): OrderItemContext | null;
    public orderItem(i?: number): OrderItemContext[] | OrderItemContext | null {
        if (i === undefined) {
            return this.getRuleContexts(OrderItemContext);
        }

        return this.getRuleContext(i, OrderItemContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_orderBy;
    }
}


export class OrderItemContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public NULLS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NULLS, 0);
    }
    public ASC(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ASC, 0);
    }
    public DESC(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DESC, 0);
    }
    public FIRST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FIRST, 0);
    }
    public LAST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LAST, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_orderItem;
    }
}


export class LimitClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LIMIT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LIMIT, 0)!;
    }
    public expression(): ExpressionContext | null {
        return this.getRuleContext(0, ExpressionContext);
    }
    public ALL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ALL, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_limitClause;
    }
}


export class OffsetClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public OFFSET(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.OFFSET, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public ROW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROW, 0);
    }
    public ROWS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROWS, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_offsetClause;
    }
}


export class FetchClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public FETCH(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.FETCH, 0)!;
    }
    public ONLY(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.ONLY, 0)!;
    }
    public FIRST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FIRST, 0);
    }
    public NEXT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NEXT, 0);
    }
    public ROW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROW, 0);
    }
    public ROWS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROWS, 0);
    }
    public expression(): ExpressionContext | null {
        return this.getRuleContext(0, ExpressionContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_fetchClause;
    }
}


export class MatchRecognizeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public MATCH_RECOGNIZE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.MATCH_RECOGNIZE, 0)!;
    }
    public LPAREN(): antlr.TerminalNode[];
    public LPAREN(i: number): antlr.TerminalNode | null;
    public LPAREN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.LPAREN);
    	} else {
    		return this.getToken(FlinkSqlParser.LPAREN, i);
    	}
    }
    public PATTERN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.PATTERN, 0)!;
    }
    public pattern(): PatternContext {
        return this.getRuleContext(0, PatternContext)!;
    }
    public RPAREN(): antlr.TerminalNode[];
    public RPAREN(i: number): antlr.TerminalNode | null;
    public RPAREN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.RPAREN);
    	} else {
    		return this.getToken(FlinkSqlParser.RPAREN, i);
    	}
    }
    public DEFINE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.DEFINE, 0)!;
    }
    public patternDefinition(): PatternDefinitionContext[];
    public patternDefinition(i: number): PatternDefinitionContext | null;
    public patternDefinition(i?: number): PatternDefinitionContext[] | PatternDefinitionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PatternDefinitionContext);
        }

        return this.getRuleContext(i, PatternDefinitionContext);
    }
    public PARTITION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PARTITION, 0);
    }
    public BY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BY, 0);
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public orderBy(): OrderByContext | null {
        return this.getRuleContext(0, OrderByContext);
    }
    public MEASURES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MEASURES, 0);
    }
    public measure(): MeasureContext[];
    public measure(i: number): MeasureContext | null;
    public measure(i?: number): MeasureContext[] | MeasureContext | null {
        if (i === undefined) {
            return this.getRuleContexts(MeasureContext);
        }

        return this.getRuleContext(i, MeasureContext);
    }
    public rowsPerMatch(): RowsPerMatchContext | null {
        return this.getRuleContext(0, RowsPerMatchContext);
    }
    public afterMatchSkip(): AfterMatchSkipContext | null {
        return this.getRuleContext(0, AfterMatchSkipContext);
    }
    public WITHIN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WITHIN, 0);
    }
    public intervalLiteral(): IntervalLiteralContext | null {
        return this.getRuleContext(0, IntervalLiteralContext);
    }
    public SUBSET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SUBSET, 0);
    }
    public subsetDefinition(): SubsetDefinitionContext[];
    public subsetDefinition(i: number): SubsetDefinitionContext | null;
    public subsetDefinition(i?: number): SubsetDefinitionContext[] | SubsetDefinitionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SubsetDefinitionContext);
        }

        return this.getRuleContext(i, SubsetDefinitionContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_matchRecognize;
    }
}


export class MeasureContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public AS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.AS, 0)!;
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_measure;
    }
}


export class RowsPerMatchContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public ONE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ONE, 0);
    }
    public ROW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROW, 0);
    }
    public PER(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.PER, 0)!;
    }
    public MATCH(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.MATCH, 0)!;
    }
    public ALL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ALL, 0);
    }
    public ROWS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROWS, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_rowsPerMatch;
    }
}


export class AfterMatchSkipContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public AFTER(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.AFTER, 0)!;
    }
    public MATCH(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.MATCH, 0)!;
    }
    public SKIP_(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.SKIP_, 0)!;
    }
    public TO(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TO, 0);
    }
    public NEXT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NEXT, 0);
    }
    public ROW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROW, 0);
    }
    public PAST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PAST, 0);
    }
    public LAST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LAST, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public FIRST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FIRST, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_afterMatchSkip;
    }
}


export class PatternContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public patternTerm(): PatternTermContext[];
    public patternTerm(i: number): PatternTermContext | null;
    public patternTerm(i?: number): PatternTermContext[] | PatternTermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PatternTermContext);
        }

        return this.getRuleContext(i, PatternTermContext);
    }
    public PIPE(): antlr.TerminalNode[];
    public PIPE(i: number): antlr.TerminalNode | null;
    public PIPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.PIPE);
    	} else {
    		return this.getToken(FlinkSqlParser.PIPE, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_pattern;
    }
}


export class PatternTermContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public patternFactor(): PatternFactorContext[];
    public patternFactor(i: number): PatternFactorContext | null;
    public patternFactor(i?: number): PatternFactorContext[] | PatternFactorContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PatternFactorContext);
        }

        return this.getRuleContext(i, PatternFactorContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_patternTerm;
    }
}


export class PatternFactorContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public patternPrimary(): PatternPrimaryContext {
        return this.getRuleContext(0, PatternPrimaryContext)!;
    }
    public patternQuantifier(): PatternQuantifierContext | null {
        return this.getRuleContext(0, PatternQuantifierContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_patternFactor;
    }
}


export class PatternPrimaryContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public pattern(): PatternContext | null {
        return this.getRuleContext(0, PatternContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_patternPrimary;
    }
}


export class PatternQuantifierContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public STAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.STAR, 0);
    }
    public PLUS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PLUS, 0);
    }
    public QUESTION(): antlr.TerminalNode[];
    public QUESTION(i: number): antlr.TerminalNode | null;
    public QUESTION(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.QUESTION);
    	} else {
    		return this.getToken(FlinkSqlParser.QUESTION, i);
    	}
    }
    public LBRACE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LBRACE, 0);
    }
    public RBRACE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RBRACE, 0);
    }
    public INTEGER_VALUE(): antlr.TerminalNode[];
    public INTEGER_VALUE(i: number): antlr.TerminalNode | null;
    public INTEGER_VALUE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.INTEGER_VALUE);
    	} else {
    		return this.getToken(FlinkSqlParser.INTEGER_VALUE, i);
    	}
    }
    public COMMA(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COMMA, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_patternQuantifier;
    }
}


export class SubsetDefinitionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext[];
    public identifier(i: number): IdentifierContext | null;
    public identifier(i?: number): IdentifierContext[] | IdentifierContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentifierContext);
        }

        return this.getRuleContext(i, IdentifierContext);
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EQ, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_subsetDefinition;
    }
}


export class PatternDefinitionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public AS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.AS, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_patternDefinition;
    }
}


export class HintContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public HINT_START(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.HINT_START, 0)!;
    }
    public hintItem(): HintItemContext[];
    public hintItem(i: number): HintItemContext | null;
    public hintItem(i?: number): HintItemContext[] | HintItemContext | null {
        if (i === undefined) {
            return this.getRuleContexts(HintItemContext);
        }

        return this.getRuleContext(i, HintItemContext);
    }
    public HINT_END(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.HINT_END, 0)!;
    }
    public HINT_COMMA(): antlr.TerminalNode[];
    public HINT_COMMA(i: number): antlr.TerminalNode | null;
    public HINT_COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.HINT_COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.HINT_COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_hint;
    }
}


export class HintItemContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public HINT_NAME(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.HINT_NAME, 0)!;
    }
    public HINT_LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HINT_LPAREN, 0);
    }
    public HINT_RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HINT_RPAREN, 0);
    }
    public hintOption(): HintOptionContext[];
    public hintOption(i: number): HintOptionContext | null;
    public hintOption(i?: number): HintOptionContext[] | HintOptionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(HintOptionContext);
        }

        return this.getRuleContext(i, HintOptionContext);
    }
    public HINT_COMMA(): antlr.TerminalNode[];
    public HINT_COMMA(i: number): antlr.TerminalNode | null;
    public HINT_COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.HINT_COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.HINT_COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_hintItem;
    }
}


export class HintOptionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public hintValue(): HintValueContext[];
    public hintValue(i: number): HintValueContext | null;
    public hintValue(i?: number): HintValueContext[] | HintValueContext | null {
        if (i === undefined) {
            return this.getRuleContexts(HintValueContext);
        }

        return this.getRuleContext(i, HintValueContext);
    }
    public HINT_EQ(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HINT_EQ, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_hintOption;
    }
}


export class HintValueContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public HINT_NAME(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HINT_NAME, 0);
    }
    public HINT_STRING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HINT_STRING, 0);
    }
    public HINT_QUOTED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HINT_QUOTED, 0);
    }
    public HINT_NUMBER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HINT_NUMBER, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_hintValue;
    }
}


export class ExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_expression;
    }
    public override copyFrom(ctx: ExpressionContext): void {
        super.copyFrom(ctx);
    }
}
export class LogicalNotContext extends ExpressionContext {
    public constructor(ctx: ExpressionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public NOT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.NOT, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
}
export class PredicatedContext extends ExpressionContext {
    public constructor(ctx: ExpressionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public valueExpression(): ValueExpressionContext {
        return this.getRuleContext(0, ValueExpressionContext)!;
    }
    public predicateSuffix(): PredicateSuffixContext[];
    public predicateSuffix(i: number): PredicateSuffixContext | null;
    public predicateSuffix(i?: number): PredicateSuffixContext[] | PredicateSuffixContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PredicateSuffixContext);
        }

        return this.getRuleContext(i, PredicateSuffixContext);
    }
}
export class LogicalAndContext extends ExpressionContext {
    public constructor(ctx: ExpressionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public AND(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.AND, 0)!;
    }
}
export class LogicalOrContext extends ExpressionContext {
    public constructor(ctx: ExpressionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public OR(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.OR, 0)!;
    }
}


export class PredicateSuffixContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public comparisonOperator(): ComparisonOperatorContext | null {
        return this.getRuleContext(0, ComparisonOperatorContext);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public valueExpression(): ValueExpressionContext[];
    public valueExpression(i: number): ValueExpressionContext | null;
    public valueExpression(i?: number): ValueExpressionContext[] | ValueExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValueExpressionContext);
        }

        return this.getRuleContext(i, ValueExpressionContext);
    }
    public ALL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ALL, 0);
    }
    public ANY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ANY, 0);
    }
    public SOME(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SOME, 0);
    }
    public IS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IS, 0);
    }
    public NULL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NULL, 0);
    }
    public TRUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TRUE, 0);
    }
    public FALSE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FALSE, 0);
    }
    public UNKNOWN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNKNOWN, 0);
    }
    public DISTINCT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DISTINCT, 0);
    }
    public FROM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FROM, 0);
    }
    public JSON(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.JSON, 0);
    }
    public NOT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NOT, 0);
    }
    public VALUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VALUE, 0);
    }
    public SCALAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SCALAR, 0);
    }
    public ARRAY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ARRAY, 0);
    }
    public OBJECT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OBJECT, 0);
    }
    public BETWEEN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BETWEEN, 0);
    }
    public AND(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AND, 0);
    }
    public IN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IN, 0);
    }
    public negation(): NegationContext | null {
        return this.getRuleContext(0, NegationContext);
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public LIKE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LIKE, 0);
    }
    public ILIKE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ILIKE, 0);
    }
    public SIMILAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SIMILAR, 0);
    }
    public TO(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TO, 0);
    }
    public ESCAPE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ESCAPE, 0);
    }
    public ASYMMETRIC(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ASYMMETRIC, 0);
    }
    public SYMMETRIC(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SYMMETRIC, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_predicateSuffix;
    }
}


export class NegationContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public NOT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.NOT, 0)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_negation;
    }
}


export class ComparisonOperatorContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public EQ(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EQ, 0);
    }
    public NEQ(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NEQ, 0);
    }
    public LT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LT, 0);
    }
    public LTE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LTE, 0);
    }
    public GT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.GT, 0);
    }
    public GTE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.GTE, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_comparisonOperator;
    }
}


export class ValueExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_valueExpression;
    }
    public override copyFrom(ctx: ValueExpressionContext): void {
        super.copyFrom(ctx);
    }
}
export class PrimaryValueContext extends ValueExpressionContext {
    public constructor(ctx: ValueExpressionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public primaryExpression(): PrimaryExpressionContext {
        return this.getRuleContext(0, PrimaryExpressionContext)!;
    }
}
export class UnaryValueContext extends ValueExpressionContext {
    public constructor(ctx: ValueExpressionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public valueExpression(): ValueExpressionContext {
        return this.getRuleContext(0, ValueExpressionContext)!;
    }
    public PLUS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PLUS, 0);
    }
    public MINUS_SIGN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MINUS_SIGN, 0);
    }
}
export class FieldAccessContext extends ValueExpressionContext {
    public constructor(ctx: ValueExpressionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public valueExpression(): ValueExpressionContext {
        return this.getRuleContext(0, ValueExpressionContext)!;
    }
    public DOT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.DOT, 0)!;
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
}
export class MultiplicativeContext extends ValueExpressionContext {
    public constructor(ctx: ValueExpressionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public valueExpression(): ValueExpressionContext[];
    public valueExpression(i: number): ValueExpressionContext | null;
    public valueExpression(i?: number): ValueExpressionContext[] | ValueExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValueExpressionContext);
        }

        return this.getRuleContext(i, ValueExpressionContext);
    }
    public STAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.STAR, 0);
    }
    public SLASH(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SLASH, 0);
    }
    public PERCENT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PERCENT, 0);
    }
}
export class ItemAccessContext extends ValueExpressionContext {
    public constructor(ctx: ValueExpressionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public valueExpression(): ValueExpressionContext {
        return this.getRuleContext(0, ValueExpressionContext)!;
    }
    public LBRACKET(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LBRACKET, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public RBRACKET(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RBRACKET, 0)!;
    }
}
export class AdditiveContext extends ValueExpressionContext {
    public constructor(ctx: ValueExpressionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public valueExpression(): ValueExpressionContext[];
    public valueExpression(i: number): ValueExpressionContext | null;
    public valueExpression(i?: number): ValueExpressionContext[] | ValueExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValueExpressionContext);
        }

        return this.getRuleContext(i, ValueExpressionContext);
    }
    public PLUS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PLUS, 0);
    }
    public MINUS_SIGN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MINUS_SIGN, 0);
    }
    public CONCAT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONCAT, 0);
    }
}


export class PrimaryExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public literal(): LiteralContext | null {
        return this.getRuleContext(0, LiteralContext);
    }
    public caseExpression(): CaseExpressionContext | null {
        return this.getRuleContext(0, CaseExpressionContext);
    }
    public castExpression(): CastExpressionContext | null {
        return this.getRuleContext(0, CastExpressionContext);
    }
    public extractExpression(): ExtractExpressionContext | null {
        return this.getRuleContext(0, ExtractExpressionContext);
    }
    public positionExpression(): PositionExpressionContext | null {
        return this.getRuleContext(0, PositionExpressionContext);
    }
    public trimExpression(): TrimExpressionContext | null {
        return this.getRuleContext(0, TrimExpressionContext);
    }
    public overlayExpression(): OverlayExpressionContext | null {
        return this.getRuleContext(0, OverlayExpressionContext);
    }
    public substringExpression(): SubstringExpressionContext | null {
        return this.getRuleContext(0, SubstringExpressionContext);
    }
    public floorCeilExpression(): FloorCeilExpressionContext | null {
        return this.getRuleContext(0, FloorCeilExpressionContext);
    }
    public constructorExpression(): ConstructorExpressionContext | null {
        return this.getRuleContext(0, ConstructorExpressionContext);
    }
    public EXISTS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXISTS, 0);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public functionCall(): FunctionCallContext | null {
        return this.getRuleContext(0, FunctionCallContext);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_primaryExpression;
    }
}


export class CaseExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public CASE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.CASE, 0)!;
    }
    public END(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.END, 0)!;
    }
    public expression(): ExpressionContext | null {
        return this.getRuleContext(0, ExpressionContext);
    }
    public whenClause(): WhenClauseContext[];
    public whenClause(i: number): WhenClauseContext | null;
    public whenClause(i?: number): WhenClauseContext[] | WhenClauseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(WhenClauseContext);
        }

        return this.getRuleContext(i, WhenClauseContext);
    }
    public elseClause(): ElseClauseContext | null {
        return this.getRuleContext(0, ElseClauseContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_caseExpression;
    }
}


export class ElseClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public ELSE(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.ELSE, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_elseClause;
    }
}


export class WhenClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public WHEN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.WHEN, 0)!;
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public THEN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.THEN, 0)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_whenClause;
    }
}


export class CastExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public AS(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.AS, 0)!;
    }
    public dataType(): DataTypeContext {
        return this.getRuleContext(0, DataTypeContext)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public CAST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CAST, 0);
    }
    public TRY_CAST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TRY_CAST, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_castExpression;
    }
}


export class ExtractExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public EXTRACT(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.EXTRACT, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public extractUnit(): ExtractUnitContext {
        return this.getRuleContext(0, ExtractUnitContext)!;
    }
    public FROM(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.FROM, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_extractExpression;
    }
}


export class PositionExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public POSITION(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.POSITION, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public valueExpression(): ValueExpressionContext[];
    public valueExpression(i: number): ValueExpressionContext | null;
    public valueExpression(i?: number): ValueExpressionContext[] | ValueExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValueExpressionContext);
        }

        return this.getRuleContext(i, ValueExpressionContext);
    }
    public IN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.IN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public FROM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FROM, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_positionExpression;
    }
}


export class TrimExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public TRIM(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.TRIM, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public valueExpression(): ValueExpressionContext[];
    public valueExpression(i: number): ValueExpressionContext | null;
    public valueExpression(i?: number): ValueExpressionContext[] | ValueExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValueExpressionContext);
        }

        return this.getRuleContext(i, ValueExpressionContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public FROM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FROM, 0);
    }
    public BOTH(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BOTH, 0);
    }
    public LEADING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LEADING, 0);
    }
    public TRAILING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TRAILING, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_trimExpression;
    }
}


export class OverlayExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public OVERLAY(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.OVERLAY, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public PLACING(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.PLACING, 0)!;
    }
    public FROM(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.FROM, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public FOR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FOR, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_overlayExpression;
    }
}


export class SubstringExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public SUBSTRING(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.SUBSTRING, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public FROM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FROM, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public FOR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FOR, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_substringExpression;
    }
}


export class FloorCeilExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public expression(): ExpressionContext {
        return this.getRuleContext(0, ExpressionContext)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public FLOOR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FLOOR, 0);
    }
    public CEIL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CEIL, 0);
    }
    public CEILING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CEILING, 0);
    }
    public TO(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TO, 0);
    }
    public timeUnit(): TimeUnitContext | null {
        return this.getRuleContext(0, TimeUnitContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_floorCeilExpression;
    }
}


export class ConstructorExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LBRACKET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LBRACKET, 0);
    }
    public RBRACKET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RBRACKET, 0);
    }
    public ARRAY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ARRAY, 0);
    }
    public MAP(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MAP, 0);
    }
    public MULTISET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MULTISET, 0);
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public ROW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROW, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_constructorExpression;
    }
}


export class FunctionCallContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public LPAREN(): antlr.TerminalNode[];
    public LPAREN(i: number): antlr.TerminalNode | null;
    public LPAREN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.LPAREN);
    	} else {
    		return this.getToken(FlinkSqlParser.LPAREN, i);
    	}
    }
    public RPAREN(): antlr.TerminalNode[];
    public RPAREN(i: number): antlr.TerminalNode | null;
    public RPAREN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.RPAREN);
    	} else {
    		return this.getToken(FlinkSqlParser.RPAREN, i);
    	}
    }
    public STAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.STAR, 0);
    }
    public callArgument(): CallArgumentContext[];
    public callArgument(i: number): CallArgumentContext | null;
    public callArgument(i?: number): CallArgumentContext[] | CallArgumentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CallArgumentContext);
        }

        return this.getRuleContext(i, CallArgumentContext);
    }
    public jsonClause(): JsonClauseContext[];
    public jsonClause(i: number): JsonClauseContext | null;
    public jsonClause(i?: number): JsonClauseContext[] | JsonClauseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(JsonClauseContext);
        }

        return this.getRuleContext(i, JsonClauseContext);
    }
    public NULLS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NULLS, 0);
    }
    public WITHIN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WITHIN, 0);
    }
    public GROUP(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.GROUP, 0);
    }
    public orderBy(): OrderByContext | null {
        return this.getRuleContext(0, OrderByContext);
    }
    public FILTER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FILTER, 0);
    }
    public WHERE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WHERE, 0);
    }
    public expression(): ExpressionContext | null {
        return this.getRuleContext(0, ExpressionContext);
    }
    public OVER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OVER, 0);
    }
    public IGNORE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IGNORE, 0);
    }
    public RESPECT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RESPECT, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public windowSpec(): WindowSpecContext | null {
        return this.getRuleContext(0, WindowSpecContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public ALL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ALL, 0);
    }
    public DISTINCT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DISTINCT, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_functionCall;
    }
}


export class FunctionNameContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public qualifiedName(): QualifiedNameContext | null {
        return this.getRuleContext(0, QualifiedNameContext);
    }
    public LEFT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LEFT, 0);
    }
    public RIGHT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RIGHT, 0);
    }
    public YEAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.YEAR, 0);
    }
    public MONTH(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MONTH, 0);
    }
    public DAY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DAY, 0);
    }
    public HOUR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HOUR, 0);
    }
    public MINUTE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MINUTE, 0);
    }
    public SECOND(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SECOND, 0);
    }
    public GROUPING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.GROUPING, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_functionName;
    }
}


export class CallArgumentContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public callArgumentValue(): CallArgumentValueContext {
        return this.getRuleContext(0, CallArgumentValueContext)!;
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public ARROW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ARROW, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_callArgument;
    }
}


export class CallArgumentValueContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLE, 0);
    }
    public tablePath(): TablePathContext | null {
        return this.getRuleContext(0, TablePathContext);
    }
    public PARTITION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PARTITION, 0);
    }
    public BY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BY, 0);
    }
    public expression(): ExpressionContext[];
    public expression(i: number): ExpressionContext | null;
    public expression(i?: number): ExpressionContext[] | ExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExpressionContext);
        }

        return this.getRuleContext(i, ExpressionContext);
    }
    public orderBy(): OrderByContext | null {
        return this.getRuleContext(0, OrderByContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public DESCRIPTOR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DESCRIPTOR, 0);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public identifier(): IdentifierContext[];
    public identifier(i: number): IdentifierContext | null;
    public identifier(i?: number): IdentifierContext[] | IdentifierContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentifierContext);
        }

        return this.getRuleContext(i, IdentifierContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public MODEL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODEL, 0);
    }
    public callTimeUnit(): CallTimeUnitContext | null {
        return this.getRuleContext(0, CallTimeUnitContext);
    }
    public KEY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.KEY, 0);
    }
    public VALUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VALUE, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_callArgumentValue;
    }
}


export class JsonClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public RETURNING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RETURNING, 0);
    }
    public dataType(): DataTypeContext | null {
        return this.getRuleContext(0, DataTypeContext);
    }
    public ON(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ON, 0);
    }
    public NULL(): antlr.TerminalNode[];
    public NULL(i: number): antlr.TerminalNode | null;
    public NULL(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.NULL);
    	} else {
    		return this.getToken(FlinkSqlParser.NULL, i);
    	}
    }
    public ABSENT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ABSENT, 0);
    }
    public EMPTY(): antlr.TerminalNode[];
    public EMPTY(i: number): antlr.TerminalNode | null;
    public EMPTY(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.EMPTY);
    	} else {
    		return this.getToken(FlinkSqlParser.EMPTY, i);
    	}
    }
    public ERROR(): antlr.TerminalNode[];
    public ERROR(i: number): antlr.TerminalNode | null;
    public ERROR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.ERROR);
    	} else {
    		return this.getToken(FlinkSqlParser.ERROR, i);
    	}
    }
    public DEFAULT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DEFAULT, 0);
    }
    public expression(): ExpressionContext | null {
        return this.getRuleContext(0, ExpressionContext);
    }
    public TRUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TRUE, 0);
    }
    public FALSE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FALSE, 0);
    }
    public UNKNOWN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNKNOWN, 0);
    }
    public ARRAY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ARRAY, 0);
    }
    public OBJECT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OBJECT, 0);
    }
    public WRAPPER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WRAPPER, 0);
    }
    public WITHOUT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WITHOUT, 0);
    }
    public WITH(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WITH, 0);
    }
    public CONDITIONAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONDITIONAL, 0);
    }
    public UNCONDITIONAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNCONDITIONAL, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_jsonClause;
    }
}


export class TimeUnitContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public YEAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.YEAR, 0);
    }
    public YEARS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.YEARS, 0);
    }
    public QUARTER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.QUARTER, 0);
    }
    public MONTH(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MONTH, 0);
    }
    public MONTHS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MONTHS, 0);
    }
    public WEEK(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WEEK, 0);
    }
    public DAY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DAY, 0);
    }
    public DAYS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DAYS, 0);
    }
    public HOUR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HOUR, 0);
    }
    public HOURS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HOURS, 0);
    }
    public MINUTE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MINUTE, 0);
    }
    public MINUTES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MINUTES, 0);
    }
    public SECOND(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SECOND, 0);
    }
    public SECONDS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SECONDS, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_timeUnit;
    }
}


export class CallTimeUnitContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public YEAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.YEAR, 0);
    }
    public QUARTER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.QUARTER, 0);
    }
    public MONTH(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MONTH, 0);
    }
    public WEEK(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WEEK, 0);
    }
    public DAY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DAY, 0);
    }
    public HOUR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HOUR, 0);
    }
    public MINUTE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MINUTE, 0);
    }
    public SECOND(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SECOND, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_callTimeUnit;
    }
}


export class ExtractUnitContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public timeUnit(): TimeUnitContext | null {
        return this.getRuleContext(0, TimeUnitContext);
    }
    public IDENTIFIER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IDENTIFIER, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_extractUnit;
    }
}


export class LiteralContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public NULL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NULL, 0);
    }
    public TRUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TRUE, 0);
    }
    public FALSE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FALSE, 0);
    }
    public UNKNOWN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNKNOWN, 0);
    }
    public number(): NumberContext | null {
        return this.getRuleContext(0, NumberContext);
    }
    public stringLiteral(): StringLiteralContext | null {
        return this.getRuleContext(0, StringLiteralContext);
    }
    public BINARY_STRING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BINARY_STRING, 0);
    }
    public DATE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATE, 0);
    }
    public STRING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.STRING, 0);
    }
    public TIME(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TIME, 0);
    }
    public TIMESTAMP(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TIMESTAMP, 0);
    }
    public intervalLiteral(): IntervalLiteralContext | null {
        return this.getRuleContext(0, IntervalLiteralContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_literal;
    }
}


export class NumberContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public INTEGER_VALUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INTEGER_VALUE, 0);
    }
    public DECIMAL_VALUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DECIMAL_VALUE, 0);
    }
    public EXPONENT_VALUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXPONENT_VALUE, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_number;
    }
}


export class StringLiteralContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public STRING(): antlr.TerminalNode[];
    public STRING(i: number): antlr.TerminalNode | null;
    public STRING(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.STRING);
    	} else {
    		return this.getToken(FlinkSqlParser.STRING, i);
    	}
    }
    public UNICODE_STRING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNICODE_STRING, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_stringLiteral;
    }
}


export class IntervalLiteralContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public INTERVAL(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.INTERVAL, 0)!;
    }
    public intervalQualifier(): IntervalQualifierContext {
        return this.getRuleContext(0, IntervalQualifierContext)!;
    }
    public STRING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.STRING, 0);
    }
    public number(): NumberContext | null {
        return this.getRuleContext(0, NumberContext);
    }
    public PLUS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PLUS, 0);
    }
    public MINUS_SIGN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MINUS_SIGN, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_intervalLiteral;
    }
}


export class IntervalQualifierContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public timeUnit(): TimeUnitContext[];
    public timeUnit(i: number): TimeUnitContext | null;
    public timeUnit(i?: number): TimeUnitContext[] | TimeUnitContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TimeUnitContext);
        }

        return this.getRuleContext(i, TimeUnitContext);
    }
    public precisionSpec(): PrecisionSpecContext[];
    public precisionSpec(i: number): PrecisionSpecContext | null;
    public precisionSpec(i?: number): PrecisionSpecContext[] | PrecisionSpecContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PrecisionSpecContext);
        }

        return this.getRuleContext(i, PrecisionSpecContext);
    }
    public TO(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TO, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_intervalQualifier;
    }
}


export class PrecisionSpecContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public INTEGER_VALUE(): antlr.TerminalNode[];
    public INTEGER_VALUE(i: number): antlr.TerminalNode | null;
    public INTEGER_VALUE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.INTEGER_VALUE);
    	} else {
    		return this.getToken(FlinkSqlParser.INTEGER_VALUE, i);
    	}
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COMMA, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_precisionSpec;
    }
}


export class DataTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public typeCore(): TypeCoreContext {
        return this.getRuleContext(0, TypeCoreContext)!;
    }
    public nullability(): NullabilityContext[];
    public nullability(i: number): NullabilityContext | null;
    public nullability(i?: number): NullabilityContext[] | NullabilityContext | null {
        if (i === undefined) {
            return this.getRuleContexts(NullabilityContext);
        }

        return this.getRuleContext(i, NullabilityContext);
    }
    public ARRAY(): antlr.TerminalNode[];
    public ARRAY(i: number): antlr.TerminalNode | null;
    public ARRAY(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.ARRAY);
    	} else {
    		return this.getToken(FlinkSqlParser.ARRAY, i);
    	}
    }
    public MULTISET(): antlr.TerminalNode[];
    public MULTISET(i: number): antlr.TerminalNode | null;
    public MULTISET(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.MULTISET);
    	} else {
    		return this.getToken(FlinkSqlParser.MULTISET, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_dataType;
    }
}


export class NullabilityContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public NOT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NOT, 0);
    }
    public NULL(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.NULL, 0)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_nullability;
    }
}


export class TypeCoreContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public ROW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ROW, 0);
    }
    public LT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LT, 0);
    }
    public GT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.GT, 0);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public rowField(): RowFieldContext[];
    public rowField(i: number): RowFieldContext | null;
    public rowField(i?: number): RowFieldContext[] | RowFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RowFieldContext);
        }

        return this.getRuleContext(i, RowFieldContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public ARRAY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ARRAY, 0);
    }
    public dataType(): DataTypeContext[];
    public dataType(i: number): DataTypeContext | null;
    public dataType(i?: number): DataTypeContext[] | DataTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(DataTypeContext);
        }

        return this.getRuleContext(i, DataTypeContext);
    }
    public MULTISET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MULTISET, 0);
    }
    public MAP(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MAP, 0);
    }
    public TIMESTAMP(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TIMESTAMP, 0);
    }
    public precisionSpec(): PrecisionSpecContext | null {
        return this.getRuleContext(0, PrecisionSpecContext);
    }
    public TIME(): antlr.TerminalNode[];
    public TIME(i: number): antlr.TerminalNode | null;
    public TIME(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.TIME);
    	} else {
    		return this.getToken(FlinkSqlParser.TIME, i);
    	}
    }
    public ZONE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ZONE, 0);
    }
    public WITH(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WITH, 0);
    }
    public WITHOUT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WITHOUT, 0);
    }
    public LOCAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LOCAL, 0);
    }
    public DATE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATE, 0);
    }
    public INTERVAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INTERVAL, 0);
    }
    public intervalQualifier(): IntervalQualifierContext | null {
        return this.getRuleContext(0, IntervalQualifierContext);
    }
    public RAW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RAW, 0);
    }
    public stringLiteral(): StringLiteralContext[];
    public stringLiteral(i: number): StringLiteralContext | null;
    public stringLiteral(i?: number): StringLiteralContext[] | StringLiteralContext | null {
        if (i === undefined) {
            return this.getRuleContexts(StringLiteralContext);
        }

        return this.getRuleContext(i, StringLiteralContext);
    }
    public NULL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NULL, 0);
    }
    public identifier(): IdentifierContext | null {
        return this.getRuleContext(0, IdentifierContext);
    }
    public PRECISION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PRECISION, 0);
    }
    public VARYING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VARYING, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_typeCore;
    }
}


export class RowFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext {
        return this.getRuleContext(0, IdentifierContext)!;
    }
    public dataType(): DataTypeContext {
        return this.getRuleContext(0, DataTypeContext)!;
    }
    public stringLiteral(): StringLiteralContext | null {
        return this.getRuleContext(0, StringLiteralContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_rowField;
    }
}


export class TablePathContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext[];
    public identifier(i: number): IdentifierContext | null;
    public identifier(i?: number): IdentifierContext[] | IdentifierContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentifierContext);
        }

        return this.getRuleContext(i, IdentifierContext);
    }
    public DOT(): antlr.TerminalNode[];
    public DOT(i: number): antlr.TerminalNode | null;
    public DOT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.DOT);
    	} else {
    		return this.getToken(FlinkSqlParser.DOT, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_tablePath;
    }
}


export class QualifiedNameContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public identifier(): IdentifierContext[];
    public identifier(i: number): IdentifierContext | null;
    public identifier(i?: number): IdentifierContext[] | IdentifierContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentifierContext);
        }

        return this.getRuleContext(i, IdentifierContext);
    }
    public DOT(): antlr.TerminalNode[];
    public DOT(i: number): antlr.TerminalNode | null;
    public DOT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.DOT);
    	} else {
    		return this.getToken(FlinkSqlParser.DOT, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_qualifiedName;
    }
}


export class ColumnNameListContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.LPAREN, 0)!;
    }
    public identifier(): IdentifierContext[];
    public identifier(i: number): IdentifierContext | null;
    public identifier(i?: number): IdentifierContext[] | IdentifierContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentifierContext);
        }

        return this.getRuleContext(i, IdentifierContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(FlinkSqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_columnNameList;
    }
}


export class IdentifierContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public IDENTIFIER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IDENTIFIER, 0);
    }
    public QUOTED_IDENTIFIER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.QUOTED_IDENTIFIER, 0);
    }
    public nonReservedKeyword(): NonReservedKeywordContext | null {
        return this.getRuleContext(0, NonReservedKeywordContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_identifier;
    }
}


export class NonReservedKeywordContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public ABSENT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ABSENT, 0);
    }
    public ADD(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ADD, 0);
    }
    public AFTER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AFTER, 0);
    }
    public ANALYZE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ANALYZE, 0);
    }
    public ASC(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ASC, 0);
    }
    public BUCKETS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BUCKETS, 0);
    }
    public CASCADE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CASCADE, 0);
    }
    public CATALOG(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CATALOG, 0);
    }
    public CATALOGS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CATALOGS, 0);
    }
    public COLUMNS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COLUMNS, 0);
    }
    public COMMENT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COMMENT, 0);
    }
    public COMPILE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COMPILE, 0);
    }
    public COMPUTE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COMPUTE, 0);
    }
    public CONDITIONAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONDITIONAL, 0);
    }
    public CONNECTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONNECTION, 0);
    }
    public CONNECTIONS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONNECTIONS, 0);
    }
    public CONSTRAINTS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CONSTRAINTS, 0);
    }
    public DATABASE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATABASE, 0);
    }
    public DATABASES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATABASES, 0);
    }
    public DAYS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DAYS, 0);
    }
    public DEFINE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DEFINE, 0);
    }
    public DESC(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DESC, 0);
    }
    public DESCRIPTOR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DESCRIPTOR, 0);
    }
    public DISTRIBUTED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DISTRIBUTED, 0);
    }
    public DISTRIBUTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DISTRIBUTION, 0);
    }
    public DRAIN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DRAIN, 0);
    }
    public EMPTY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EMPTY, 0);
    }
    public ENFORCED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ENFORCED, 0);
    }
    public ERROR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ERROR, 0);
    }
    public EXCLUDING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXCLUDING, 0);
    }
    public EXPLAIN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXPLAIN, 0);
    }
    public EXTENDED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.EXTENDED, 0);
    }
    public FIRST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FIRST, 0);
    }
    public FOLLOWING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FOLLOWING, 0);
    }
    public FRESHNESS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FRESHNESS, 0);
    }
    public FUNCTIONS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FUNCTIONS, 0);
    }
    public GENERATED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.GENERATED, 0);
    }
    public HOURS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.HOURS, 0);
    }
    public IF(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IF, 0);
    }
    public IGNORE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IGNORE, 0);
    }
    public ILIKE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ILIKE, 0);
    }
    public INCLUDING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INCLUDING, 0);
    }
    public INPUT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.INPUT, 0);
    }
    public JAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.JAR, 0);
    }
    public JARS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.JARS, 0);
    }
    public JOB(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.JOB, 0);
    }
    public JOBS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.JOBS, 0);
    }
    public JSON(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.JSON, 0);
    }
    public KEY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.KEY, 0);
    }
    public LANGUAGE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LANGUAGE, 0);
    }
    public LAST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LAST, 0);
    }
    public LOAD(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LOAD, 0);
    }
    public MATERIALIZED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MATERIALIZED, 0);
    }
    public MEASURES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MEASURES, 0);
    }
    public METADATA(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.METADATA, 0);
    }
    public MINUTES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MINUTES, 0);
    }
    public MODEL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODEL, 0);
    }
    public MODELS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODELS, 0);
    }
    public MODIFY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODIFY, 0);
    }
    public MODULE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODULE, 0);
    }
    public MODULES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODULES, 0);
    }
    public MONTHS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MONTHS, 0);
    }
    public NEXT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NEXT, 0);
    }
    public NULLS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NULLS, 0);
    }
    public OBJECT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OBJECT, 0);
    }
    public ONE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ONE, 0);
    }
    public OPTIONS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OPTIONS, 0);
    }
    public ORDINALITY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ORDINALITY, 0);
    }
    public OUTPUT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OUTPUT, 0);
    }
    public OVERWRITE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OVERWRITE, 0);
    }
    public OVERWRITING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.OVERWRITING, 0);
    }
    public PARTITIONED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PARTITIONED, 0);
    }
    public PARTITIONS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PARTITIONS, 0);
    }
    public PAST(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PAST, 0);
    }
    public PATTERN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PATTERN, 0);
    }
    public PER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PER, 0);
    }
    public PLACING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PLACING, 0);
    }
    public PLAN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PLAN, 0);
    }
    public PRECEDING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PRECEDING, 0);
    }
    public PROCEDURES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PROCEDURES, 0);
    }
    public QUARTER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.QUARTER, 0);
    }
    public RAW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RAW, 0);
    }
    public REFRESH(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.REFRESH, 0);
    }
    public REFRESH_MODE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.REFRESH_MODE, 0);
    }
    public REMOVE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.REMOVE, 0);
    }
    public RENAME(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RENAME, 0);
    }
    public REPLACE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.REPLACE, 0);
    }
    public RESET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RESET, 0);
    }
    public RESPECT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RESPECT, 0);
    }
    public RESTRICT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RESTRICT, 0);
    }
    public RESUME(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RESUME, 0);
    }
    public RETURNING(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RETURNING, 0);
    }
    public SAVEPOINT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SAVEPOINT, 0);
    }
    public SCALAR(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SCALAR, 0);
    }
    public SECONDS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SECONDS, 0);
    }
    public SETS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SETS, 0);
    }
    public SHOW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SHOW, 0);
    }
    public SKIP_(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SKIP_, 0);
    }
    public STATEMENT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.STATEMENT, 0);
    }
    public STATISTICS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.STATISTICS, 0);
    }
    public STOP(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.STOP, 0);
    }
    public SUBSET(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SUBSET, 0);
    }
    public SUSPEND(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SUSPEND, 0);
    }
    public TABLES(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLES, 0);
    }
    public TEMPORARY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TEMPORARY, 0);
    }
    public TRUNCATE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TRUNCATE, 0);
    }
    public UNCONDITIONAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNCONDITIONAL, 0);
    }
    public UNLOAD(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNLOAD, 0);
    }
    public USE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.USE, 0);
    }
    public USER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.USER, 0);
    }
    public VALUE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VALUE, 0);
    }
    public VIEW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIEW, 0);
    }
    public VIEWS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIEWS, 0);
    }
    public VIRTUAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIRTUAL, 0);
    }
    public WATERMARK(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WATERMARK, 0);
    }
    public WATERMARKS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WATERMARKS, 0);
    }
    public WEEK(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WEEK, 0);
    }
    public WRAPPER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.WRAPPER, 0);
    }
    public YEARS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.YEARS, 0);
    }
    public ZONE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ZONE, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_nonReservedKeyword;
    }
}
