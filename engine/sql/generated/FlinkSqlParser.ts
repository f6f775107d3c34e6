// @ts-nocheck
// Generated from FlinkSqlParser.g4 by ANTLR 4.13.1

import * as antlr from "antlr4ng";
import { Token } from "antlr4ng";

// for running tests with parameters, TODO: discuss strategy for typed parameters in CI
// eslint-disable-next-line no-unused-vars
type int = number;


export class FlinkSqlParser extends antlr.Parser {
    public static readonly ADD = 1;
    public static readonly AFTER = 2;
    public static readonly ALL = 3;
    public static readonly ALTER = 4;
    public static readonly ANALYZE = 5;
    public static readonly AND = 6;
    public static readonly ANY = 7;
    public static readonly ARRAY = 8;
    public static readonly AS = 9;
    public static readonly ASC = 10;
    public static readonly ASYMMETRIC = 11;
    public static readonly BEGIN = 12;
    public static readonly BETWEEN = 13;
    public static readonly BOTH = 14;
    public static readonly BUCKETS = 15;
    public static readonly BY = 16;
    public static readonly CALL = 17;
    public static readonly CASCADE = 18;
    public static readonly CASE = 19;
    public static readonly CAST = 20;
    public static readonly CATALOG = 21;
    public static readonly CATALOGS = 22;
    public static readonly CEIL = 23;
    public static readonly CEILING = 24;
    public static readonly COLUMN = 25;
    public static readonly COLUMNS = 26;
    public static readonly COMMENT = 27;
    public static readonly COMPILE = 28;
    public static readonly COMPUTE = 29;
    public static readonly CONNECTION = 30;
    public static readonly CONNECTIONS = 31;
    public static readonly CONSTRAINT = 32;
    public static readonly CONSTRAINTS = 33;
    public static readonly CREATE = 34;
    public static readonly CROSS = 35;
    public static readonly CUBE = 36;
    public static readonly CURRENT = 37;
    public static readonly DATABASE = 38;
    public static readonly DATABASES = 39;
    public static readonly DATE = 40;
    public static readonly DAY = 41;
    public static readonly DAYS = 42;
    public static readonly DEFINE = 43;
    public static readonly DELETE = 44;
    public static readonly DESC = 45;
    public static readonly DESCRIBE = 46;
    public static readonly DESCRIPTOR = 47;
    public static readonly DISTINCT = 48;
    public static readonly DISTRIBUTED = 49;
    public static readonly DISTRIBUTION = 50;
    public static readonly DRAIN = 51;
    public static readonly DROP = 52;
    public static readonly ELSE = 53;
    public static readonly END = 54;
    public static readonly ENFORCED = 55;
    public static readonly ESCAPE = 56;
    public static readonly EXCEPT = 57;
    public static readonly EXCLUDING = 58;
    public static readonly EXECUTE = 59;
    public static readonly EXISTS = 60;
    public static readonly EXPLAIN = 61;
    public static readonly EXTENDED = 62;
    public static readonly EXTRACT = 63;
    public static readonly FALSE = 64;
    public static readonly FETCH = 65;
    public static readonly FILTER = 66;
    public static readonly FIRST = 67;
    public static readonly FLOOR = 68;
    public static readonly FOLLOWING = 69;
    public static readonly FOR = 70;
    public static readonly FRESHNESS = 71;
    public static readonly FROM = 72;
    public static readonly FULL = 73;
    public static readonly FUNCTION = 74;
    public static readonly FUNCTIONS = 75;
    public static readonly GENERATED = 76;
    public static readonly GROUP = 77;
    public static readonly GROUPING = 78;
    public static readonly HAVING = 79;
    public static readonly HOUR = 80;
    public static readonly HOURS = 81;
    public static readonly IF = 82;
    public static readonly IGNORE = 83;
    public static readonly ILIKE = 84;
    public static readonly IN = 85;
    public static readonly INCLUDING = 86;
    public static readonly INNER = 87;
    public static readonly INPUT = 88;
    public static readonly INSERT = 89;
    public static readonly INTERSECT = 90;
    public static readonly INTERVAL = 91;
    public static readonly INTO = 92;
    public static readonly IS = 93;
    public static readonly JAR = 94;
    public static readonly JARS = 95;
    public static readonly JOB = 96;
    public static readonly JOBS = 97;
    public static readonly JOIN = 98;
    public static readonly KEY = 99;
    public static readonly LANGUAGE = 100;
    public static readonly LAST = 101;
    public static readonly LATERAL = 102;
    public static readonly LEADING = 103;
    public static readonly LEFT = 104;
    public static readonly LIKE = 105;
    public static readonly LIMIT = 106;
    public static readonly LOAD = 107;
    public static readonly LOCAL = 108;
    public static readonly MAP = 109;
    public static readonly MATCH = 110;
    public static readonly MATCH_RECOGNIZE = 111;
    public static readonly MATERIALIZED = 112;
    public static readonly MEASURES = 113;
    public static readonly METADATA = 114;
    public static readonly MINUTE = 115;
    public static readonly MINUTES = 116;
    public static readonly MODEL = 117;
    public static readonly MODELS = 118;
    public static readonly MODIFY = 119;
    public static readonly MODULE = 120;
    public static readonly MODULES = 121;
    public static readonly MONTH = 122;
    public static readonly MONTHS = 123;
    public static readonly MULTISET = 124;
    public static readonly NATURAL = 125;
    public static readonly NEXT = 126;
    public static readonly NOT = 127;
    public static readonly NULL = 128;
    public static readonly NULLS = 129;
    public static readonly OF = 130;
    public static readonly OFFSET = 131;
    public static readonly ON = 132;
    public static readonly ONE = 133;
    public static readonly ONLY = 134;
    public static readonly OPTIONS = 135;
    public static readonly OR = 136;
    public static readonly ORDER = 137;
    public static readonly ORDINALITY = 138;
    public static readonly OUTER = 139;
    public static readonly OUTPUT = 140;
    public static readonly OVER = 141;
    public static readonly OVERLAY = 142;
    public static readonly OVERWRITE = 143;
    public static readonly OVERWRITING = 144;
    public static readonly PARTITION = 145;
    public static readonly PARTITIONED = 146;
    public static readonly PARTITIONS = 147;
    public static readonly PAST = 148;
    public static readonly PATTERN = 149;
    public static readonly PER = 150;
    public static readonly PLACING = 151;
    public static readonly PLAN = 152;
    public static readonly POSITION = 153;
    public static readonly PRECEDING = 154;
    public static readonly PRECISION = 155;
    public static readonly PRIMARY = 156;
    public static readonly PROCEDURES = 157;
    public static readonly QUARTER = 158;
    public static readonly RANGE = 159;
    public static readonly RAW = 160;
    public static readonly REFRESH = 161;
    public static readonly REFRESH_MODE = 162;
    public static readonly REMOVE = 163;
    public static readonly RENAME = 164;
    public static readonly REPLACE = 165;
    public static readonly RESET = 166;
    public static readonly RESPECT = 167;
    public static readonly RESTRICT = 168;
    public static readonly RESUME = 169;
    public static readonly RIGHT = 170;
    public static readonly ROLLUP = 171;
    public static readonly ROW = 172;
    public static readonly ROWS = 173;
    public static readonly SAVEPOINT = 174;
    public static readonly SECOND = 175;
    public static readonly SECONDS = 176;
    public static readonly SELECT = 177;
    public static readonly SET = 178;
    public static readonly SETS = 179;
    public static readonly SHOW = 180;
    public static readonly SIMILAR = 181;
    public static readonly SKIP_ = 182;
    public static readonly SOME = 183;
    public static readonly STATEMENT = 184;
    public static readonly STATISTICS = 185;
    public static readonly STOP = 186;
    public static readonly SUBSET = 187;
    public static readonly SUBSTRING = 188;
    public static readonly SUSPEND = 189;
    public static readonly SYMMETRIC = 190;
    public static readonly SYSTEM = 191;
    public static readonly SYSTEM_TIME = 192;
    public static readonly TABLE = 193;
    public static readonly TABLES = 194;
    public static readonly TEMPORARY = 195;
    public static readonly THEN = 196;
    public static readonly TIME = 197;
    public static readonly TIMESTAMP = 198;
    public static readonly TO = 199;
    public static readonly TRAILING = 200;
    public static readonly TRIM = 201;
    public static readonly TRUE = 202;
    public static readonly TRUNCATE = 203;
    public static readonly TRY_CAST = 204;
    public static readonly UNBOUNDED = 205;
    public static readonly UNION = 206;
    public static readonly UNKNOWN = 207;
    public static readonly UNLOAD = 208;
    public static readonly UNNEST = 209;
    public static readonly UPDATE = 210;
    public static readonly UPSERT = 211;
    public static readonly USE = 212;
    public static readonly USER = 213;
    public static readonly USING = 214;
    public static readonly VALUES = 215;
    public static readonly VARYING = 216;
    public static readonly VIEW = 217;
    public static readonly VIEWS = 218;
    public static readonly VIRTUAL = 219;
    public static readonly WATERMARK = 220;
    public static readonly WATERMARKS = 221;
    public static readonly WEEK = 222;
    public static readonly WHEN = 223;
    public static readonly WHERE = 224;
    public static readonly WINDOW = 225;
    public static readonly WITH = 226;
    public static readonly WITHIN = 227;
    public static readonly WITHOUT = 228;
    public static readonly YEAR = 229;
    public static readonly YEARS = 230;
    public static readonly ZONE = 231;
    public static readonly EQ = 232;
    public static readonly NEQ = 233;
    public static readonly LT = 234;
    public static readonly LTE = 235;
    public static readonly GT = 236;
    public static readonly GTE = 237;
    public static readonly ARROW = 238;
    public static readonly PLUS = 239;
    public static readonly MINUS_SIGN = 240;
    public static readonly STAR = 241;
    public static readonly SLASH = 242;
    public static readonly PERCENT = 243;
    public static readonly CONCAT = 244;
    public static readonly PIPE = 245;
    public static readonly LPAREN = 246;
    public static readonly RPAREN = 247;
    public static readonly LBRACKET = 248;
    public static readonly RBRACKET = 249;
    public static readonly LBRACE = 250;
    public static readonly RBRACE = 251;
    public static readonly COMMA = 252;
    public static readonly DOT = 253;
    public static readonly SEMICOLON = 254;
    public static readonly QUESTION = 255;
    public static readonly CARET = 256;
    public static readonly DOLLAR = 257;
    public static readonly STRING = 258;
    public static readonly UNICODE_STRING = 259;
    public static readonly BINARY_STRING = 260;
    public static readonly INTEGER_VALUE = 261;
    public static readonly DECIMAL_VALUE = 262;
    public static readonly EXPONENT_VALUE = 263;
    public static readonly IDENTIFIER = 264;
    public static readonly QUOTED_IDENTIFIER = 265;
    public static readonly HINT_START = 266;
    public static readonly WS = 267;
    public static readonly LINE_COMMENT = 268;
    public static readonly BLOCK_COMMENT = 269;
    public static readonly UNTERMINATED_BLOCK_COMMENT = 270;
    public static readonly UNTERMINATED_STRING = 271;
    public static readonly UNTERMINATED_QUOTED_IDENTIFIER = 272;
    public static readonly DOUBLE_QUOTED = 273;
    public static readonly ERROR_CHAR = 274;
    public static readonly HINT_END = 275;
    public static readonly HINT_NAME = 276;
    public static readonly HINT_STRING = 277;
    public static readonly HINT_QUOTED = 278;
    public static readonly HINT_NUMBER = 279;
    public static readonly HINT_EQ = 280;
    public static readonly HINT_COMMA = 281;
    public static readonly HINT_LPAREN = 282;
    public static readonly HINT_RPAREN = 283;
    public static readonly HINT_DOT = 284;
    public static readonly HINT_WS = 285;
    public static readonly HINT_ERROR_CHAR = 286;
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
    public static readonly RULE_alterElement = 44;
    public static readonly RULE_alterDistribution = 45;
    public static readonly RULE_columnPosition = 46;
    public static readonly RULE_alterMaterializedTableAction = 47;
    public static readonly RULE_dropStatement = 48;
    public static readonly RULE_dropKind = 49;
    public static readonly RULE_showStatement = 50;
    public static readonly RULE_showKind = 51;
    public static readonly RULE_likePattern = 52;
    public static readonly RULE_describeStatement = 53;
    public static readonly RULE_describeKind = 54;
    public static readonly RULE_useStatement = 55;
    public static readonly RULE_loadModule = 56;
    public static readonly RULE_unloadModule = 57;
    public static readonly RULE_setStatement = 58;
    public static readonly RULE_resetStatement = 59;
    public static readonly RULE_addJar = 60;
    public static readonly RULE_removeJar = 61;
    public static readonly RULE_analyzeTable = 62;
    public static readonly RULE_stopJob = 63;
    public static readonly RULE_partitionSpec = 64;
    public static readonly RULE_partitionValue = 65;
    public static readonly RULE_query = 66;
    public static readonly RULE_withClause = 67;
    public static readonly RULE_commonTableExpression = 68;
    public static readonly RULE_queryExpression = 69;
    public static readonly RULE_setOperator = 70;
    public static readonly RULE_queryIntersect = 71;
    public static readonly RULE_queryPrimary = 72;
    public static readonly RULE_valuesClause = 73;
    public static readonly RULE_selectCore = 74;
    public static readonly RULE_whereClause = 75;
    public static readonly RULE_havingClause = 76;
    public static readonly RULE_selectItem = 77;
    public static readonly RULE_fromClause = 78;
    public static readonly RULE_tableReference = 79;
    public static readonly RULE_joinPart = 80;
    public static readonly RULE_joinType = 81;
    public static readonly RULE_joinCondition = 82;
    public static readonly RULE_tablePrimary = 83;
    public static readonly RULE_tableFactor = 84;
    public static readonly RULE_systemTime = 85;
    public static readonly RULE_tableAlias = 86;
    public static readonly RULE_groupBy = 87;
    public static readonly RULE_groupingElement = 88;
    public static readonly RULE_windowClause = 89;
    public static readonly RULE_namedWindow = 90;
    public static readonly RULE_windowSpec = 91;
    public static readonly RULE_windowFrame = 92;
    public static readonly RULE_frameBound = 93;
    public static readonly RULE_orderBy = 94;
    public static readonly RULE_orderItem = 95;
    public static readonly RULE_limitClause = 96;
    public static readonly RULE_offsetClause = 97;
    public static readonly RULE_fetchClause = 98;
    public static readonly RULE_matchRecognize = 99;
    public static readonly RULE_measure = 100;
    public static readonly RULE_rowsPerMatch = 101;
    public static readonly RULE_afterMatchSkip = 102;
    public static readonly RULE_pattern = 103;
    public static readonly RULE_patternTerm = 104;
    public static readonly RULE_patternFactor = 105;
    public static readonly RULE_patternPrimary = 106;
    public static readonly RULE_patternQuantifier = 107;
    public static readonly RULE_subsetDefinition = 108;
    public static readonly RULE_patternDefinition = 109;
    public static readonly RULE_hint = 110;
    public static readonly RULE_hintItem = 111;
    public static readonly RULE_hintOption = 112;
    public static readonly RULE_hintValue = 113;
    public static readonly RULE_expression = 114;
    public static readonly RULE_orExpression = 115;
    public static readonly RULE_andExpression = 116;
    public static readonly RULE_notExpression = 117;
    public static readonly RULE_predicateExpression = 118;
    public static readonly RULE_predicateSuffix = 119;
    public static readonly RULE_comparisonOperator = 120;
    public static readonly RULE_additiveExpression = 121;
    public static readonly RULE_multiplicativeExpression = 122;
    public static readonly RULE_unaryExpression = 123;
    public static readonly RULE_postfixExpression = 124;
    public static readonly RULE_primaryExpression = 125;
    public static readonly RULE_caseExpression = 126;
    public static readonly RULE_elseClause = 127;
    public static readonly RULE_whenClause = 128;
    public static readonly RULE_castExpression = 129;
    public static readonly RULE_extractExpression = 130;
    public static readonly RULE_positionExpression = 131;
    public static readonly RULE_trimExpression = 132;
    public static readonly RULE_overlayExpression = 133;
    public static readonly RULE_substringExpression = 134;
    public static readonly RULE_floorCeilExpression = 135;
    public static readonly RULE_constructorExpression = 136;
    public static readonly RULE_functionCall = 137;
    public static readonly RULE_functionName = 138;
    public static readonly RULE_callArgument = 139;
    public static readonly RULE_callArgumentValue = 140;
    public static readonly RULE_timeUnit = 141;
    public static readonly RULE_callTimeUnit = 142;
    public static readonly RULE_extractUnit = 143;
    public static readonly RULE_literal = 144;
    public static readonly RULE_number = 145;
    public static readonly RULE_stringLiteral = 146;
    public static readonly RULE_intervalLiteral = 147;
    public static readonly RULE_intervalQualifier = 148;
    public static readonly RULE_precisionSpec = 149;
    public static readonly RULE_dataType = 150;
    public static readonly RULE_nullability = 151;
    public static readonly RULE_typeCore = 152;
    public static readonly RULE_rowField = 153;
    public static readonly RULE_tablePath = 154;
    public static readonly RULE_qualifiedName = 155;
    public static readonly RULE_columnNameList = 156;
    public static readonly RULE_identifier = 157;
    public static readonly RULE_nonReservedKeyword = 158;

    public static readonly literalNames = [
        null, "'ADD'", "'AFTER'", "'ALL'", "'ALTER'", "'ANALYZE'", "'AND'", 
        "'ANY'", "'ARRAY'", "'AS'", "'ASC'", "'ASYMMETRIC'", "'BEGIN'", 
        "'BETWEEN'", "'BOTH'", "'BUCKETS'", "'BY'", "'CALL'", "'CASCADE'", 
        "'CASE'", "'CAST'", "'CATALOG'", "'CATALOGS'", "'CEIL'", "'CEILING'", 
        "'COLUMN'", "'COLUMNS'", "'COMMENT'", "'COMPILE'", "'COMPUTE'", 
        "'CONNECTION'", "'CONNECTIONS'", "'CONSTRAINT'", "'CONSTRAINTS'", 
        "'CREATE'", "'CROSS'", "'CUBE'", "'CURRENT'", "'DATABASE'", "'DATABASES'", 
        "'DATE'", "'DAY'", "'DAYS'", "'DEFINE'", "'DELETE'", "'DESC'", "'DESCRIBE'", 
        "'DESCRIPTOR'", "'DISTINCT'", "'DISTRIBUTED'", "'DISTRIBUTION'", 
        "'DRAIN'", "'DROP'", "'ELSE'", "'END'", "'ENFORCED'", "'ESCAPE'", 
        "'EXCEPT'", "'EXCLUDING'", "'EXECUTE'", "'EXISTS'", "'EXPLAIN'", 
        "'EXTENDED'", "'EXTRACT'", "'FALSE'", "'FETCH'", "'FILTER'", "'FIRST'", 
        "'FLOOR'", "'FOLLOWING'", "'FOR'", "'FRESHNESS'", "'FROM'", "'FULL'", 
        "'FUNCTION'", "'FUNCTIONS'", "'GENERATED'", "'GROUP'", "'GROUPING'", 
        "'HAVING'", "'HOUR'", "'HOURS'", "'IF'", "'IGNORE'", "'ILIKE'", 
        "'IN'", "'INCLUDING'", "'INNER'", "'INPUT'", "'INSERT'", "'INTERSECT'", 
        "'INTERVAL'", "'INTO'", "'IS'", "'JAR'", "'JARS'", "'JOB'", "'JOBS'", 
        "'JOIN'", "'KEY'", "'LANGUAGE'", "'LAST'", "'LATERAL'", "'LEADING'", 
        "'LEFT'", "'LIKE'", "'LIMIT'", "'LOAD'", "'LOCAL'", "'MAP'", "'MATCH'", 
        "'MATCH_RECOGNIZE'", "'MATERIALIZED'", "'MEASURES'", "'METADATA'", 
        "'MINUTE'", "'MINUTES'", "'MODEL'", "'MODELS'", "'MODIFY'", "'MODULE'", 
        "'MODULES'", "'MONTH'", "'MONTHS'", "'MULTISET'", "'NATURAL'", "'NEXT'", 
        "'NOT'", "'NULL'", "'NULLS'", "'OF'", "'OFFSET'", "'ON'", "'ONE'", 
        "'ONLY'", "'OPTIONS'", "'OR'", "'ORDER'", "'ORDINALITY'", "'OUTER'", 
        "'OUTPUT'", "'OVER'", "'OVERLAY'", "'OVERWRITE'", "'OVERWRITING'", 
        "'PARTITION'", "'PARTITIONED'", "'PARTITIONS'", "'PAST'", "'PATTERN'", 
        "'PER'", "'PLACING'", "'PLAN'", "'POSITION'", "'PRECEDING'", "'PRECISION'", 
        "'PRIMARY'", "'PROCEDURES'", "'QUARTER'", "'RANGE'", "'RAW'", "'REFRESH'", 
        "'REFRESH_MODE'", "'REMOVE'", "'RENAME'", "'REPLACE'", "'RESET'", 
        "'RESPECT'", "'RESTRICT'", "'RESUME'", "'RIGHT'", "'ROLLUP'", "'ROW'", 
        "'ROWS'", "'SAVEPOINT'", "'SECOND'", "'SECONDS'", "'SELECT'", "'SET'", 
        "'SETS'", "'SHOW'", "'SIMILAR'", "'SKIP'", "'SOME'", "'STATEMENT'", 
        "'STATISTICS'", "'STOP'", "'SUBSET'", "'SUBSTRING'", "'SUSPEND'", 
        "'SYMMETRIC'", "'SYSTEM'", "'SYSTEM_TIME'", "'TABLE'", "'TABLES'", 
        "'TEMPORARY'", "'THEN'", "'TIME'", "'TIMESTAMP'", "'TO'", "'TRAILING'", 
        "'TRIM'", "'TRUE'", "'TRUNCATE'", "'TRY_CAST'", "'UNBOUNDED'", "'UNION'", 
        "'UNKNOWN'", "'UNLOAD'", "'UNNEST'", "'UPDATE'", "'UPSERT'", "'USE'", 
        "'USER'", "'USING'", "'VALUES'", "'VARYING'", "'VIEW'", "'VIEWS'", 
        "'VIRTUAL'", "'WATERMARK'", "'WATERMARKS'", "'WEEK'", "'WHEN'", 
        "'WHERE'", "'WINDOW'", "'WITH'", "'WITHIN'", "'WITHOUT'", "'YEAR'", 
        "'YEARS'", "'ZONE'", null, null, "'<'", "'<='", "'>'", "'>='", "'=>'", 
        "'+'", "'-'", "'*'", "'/'", "'%'", "'||'", "'|'", null, null, "'['", 
        "']'", "'{'", "'}'", null, null, "';'", "'?'", "'^'", "'$'", null, 
        null, null, null, null, null, null, null, "'/*+'", null, null, null, 
        null, null, null, null, null, "'*/'"
    ];

    public static readonly symbolicNames = [
        null, "ADD", "AFTER", "ALL", "ALTER", "ANALYZE", "AND", "ANY", "ARRAY", 
        "AS", "ASC", "ASYMMETRIC", "BEGIN", "BETWEEN", "BOTH", "BUCKETS", 
        "BY", "CALL", "CASCADE", "CASE", "CAST", "CATALOG", "CATALOGS", 
        "CEIL", "CEILING", "COLUMN", "COLUMNS", "COMMENT", "COMPILE", "COMPUTE", 
        "CONNECTION", "CONNECTIONS", "CONSTRAINT", "CONSTRAINTS", "CREATE", 
        "CROSS", "CUBE", "CURRENT", "DATABASE", "DATABASES", "DATE", "DAY", 
        "DAYS", "DEFINE", "DELETE", "DESC", "DESCRIBE", "DESCRIPTOR", "DISTINCT", 
        "DISTRIBUTED", "DISTRIBUTION", "DRAIN", "DROP", "ELSE", "END", "ENFORCED", 
        "ESCAPE", "EXCEPT", "EXCLUDING", "EXECUTE", "EXISTS", "EXPLAIN", 
        "EXTENDED", "EXTRACT", "FALSE", "FETCH", "FILTER", "FIRST", "FLOOR", 
        "FOLLOWING", "FOR", "FRESHNESS", "FROM", "FULL", "FUNCTION", "FUNCTIONS", 
        "GENERATED", "GROUP", "GROUPING", "HAVING", "HOUR", "HOURS", "IF", 
        "IGNORE", "ILIKE", "IN", "INCLUDING", "INNER", "INPUT", "INSERT", 
        "INTERSECT", "INTERVAL", "INTO", "IS", "JAR", "JARS", "JOB", "JOBS", 
        "JOIN", "KEY", "LANGUAGE", "LAST", "LATERAL", "LEADING", "LEFT", 
        "LIKE", "LIMIT", "LOAD", "LOCAL", "MAP", "MATCH", "MATCH_RECOGNIZE", 
        "MATERIALIZED", "MEASURES", "METADATA", "MINUTE", "MINUTES", "MODEL", 
        "MODELS", "MODIFY", "MODULE", "MODULES", "MONTH", "MONTHS", "MULTISET", 
        "NATURAL", "NEXT", "NOT", "NULL", "NULLS", "OF", "OFFSET", "ON", 
        "ONE", "ONLY", "OPTIONS", "OR", "ORDER", "ORDINALITY", "OUTER", 
        "OUTPUT", "OVER", "OVERLAY", "OVERWRITE", "OVERWRITING", "PARTITION", 
        "PARTITIONED", "PARTITIONS", "PAST", "PATTERN", "PER", "PLACING", 
        "PLAN", "POSITION", "PRECEDING", "PRECISION", "PRIMARY", "PROCEDURES", 
        "QUARTER", "RANGE", "RAW", "REFRESH", "REFRESH_MODE", "REMOVE", 
        "RENAME", "REPLACE", "RESET", "RESPECT", "RESTRICT", "RESUME", "RIGHT", 
        "ROLLUP", "ROW", "ROWS", "SAVEPOINT", "SECOND", "SECONDS", "SELECT", 
        "SET", "SETS", "SHOW", "SIMILAR", "SKIP_", "SOME", "STATEMENT", 
        "STATISTICS", "STOP", "SUBSET", "SUBSTRING", "SUSPEND", "SYMMETRIC", 
        "SYSTEM", "SYSTEM_TIME", "TABLE", "TABLES", "TEMPORARY", "THEN", 
        "TIME", "TIMESTAMP", "TO", "TRAILING", "TRIM", "TRUE", "TRUNCATE", 
        "TRY_CAST", "UNBOUNDED", "UNION", "UNKNOWN", "UNLOAD", "UNNEST", 
        "UPDATE", "UPSERT", "USE", "USER", "USING", "VALUES", "VARYING", 
        "VIEW", "VIEWS", "VIRTUAL", "WATERMARK", "WATERMARKS", "WEEK", "WHEN", 
        "WHERE", "WINDOW", "WITH", "WITHIN", "WITHOUT", "YEAR", "YEARS", 
        "ZONE", "EQ", "NEQ", "LT", "LTE", "GT", "GTE", "ARROW", "PLUS", 
        "MINUS_SIGN", "STAR", "SLASH", "PERCENT", "CONCAT", "PIPE", "LPAREN", 
        "RPAREN", "LBRACKET", "RBRACKET", "LBRACE", "RBRACE", "COMMA", "DOT", 
        "SEMICOLON", "QUESTION", "CARET", "DOLLAR", "STRING", "UNICODE_STRING", 
        "BINARY_STRING", "INTEGER_VALUE", "DECIMAL_VALUE", "EXPONENT_VALUE", 
        "IDENTIFIER", "QUOTED_IDENTIFIER", "HINT_START", "WS", "LINE_COMMENT", 
        "BLOCK_COMMENT", "UNTERMINATED_BLOCK_COMMENT", "UNTERMINATED_STRING", 
        "UNTERMINATED_QUOTED_IDENTIFIER", "DOUBLE_QUOTED", "ERROR_CHAR", 
        "HINT_END", "HINT_NAME", "HINT_STRING", "HINT_QUOTED", "HINT_NUMBER", 
        "HINT_EQ", "HINT_COMMA", "HINT_LPAREN", "HINT_RPAREN", "HINT_DOT", 
        "HINT_WS", "HINT_ERROR_CHAR"
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
        "alterElement", "alterDistribution", "columnPosition", "alterMaterializedTableAction", 
        "dropStatement", "dropKind", "showStatement", "showKind", "likePattern", 
        "describeStatement", "describeKind", "useStatement", "loadModule", 
        "unloadModule", "setStatement", "resetStatement", "addJar", "removeJar", 
        "analyzeTable", "stopJob", "partitionSpec", "partitionValue", "query", 
        "withClause", "commonTableExpression", "queryExpression", "setOperator", 
        "queryIntersect", "queryPrimary", "valuesClause", "selectCore", 
        "whereClause", "havingClause", "selectItem", "fromClause", "tableReference", 
        "joinPart", "joinType", "joinCondition", "tablePrimary", "tableFactor", 
        "systemTime", "tableAlias", "groupBy", "groupingElement", "windowClause", 
        "namedWindow", "windowSpec", "windowFrame", "frameBound", "orderBy", 
        "orderItem", "limitClause", "offsetClause", "fetchClause", "matchRecognize", 
        "measure", "rowsPerMatch", "afterMatchSkip", "pattern", "patternTerm", 
        "patternFactor", "patternPrimary", "patternQuantifier", "subsetDefinition", 
        "patternDefinition", "hint", "hintItem", "hintOption", "hintValue", 
        "expression", "orExpression", "andExpression", "notExpression", 
        "predicateExpression", "predicateSuffix", "comparisonOperator", 
        "additiveExpression", "multiplicativeExpression", "unaryExpression", 
        "postfixExpression", "primaryExpression", "caseExpression", "elseClause", 
        "whenClause", "castExpression", "extractExpression", "positionExpression", 
        "trimExpression", "overlayExpression", "substringExpression", "floorCeilExpression", 
        "constructorExpression", "functionCall", "functionName", "callArgument", 
        "callArgumentValue", "timeUnit", "callTimeUnit", "extractUnit", 
        "literal", "number", "stringLiteral", "intervalLiteral", "intervalQualifier", 
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
            this.state = 318;
            this.statement();
            this.state = 320;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 254) {
                {
                this.state = 319;
                this.match(FlinkSqlParser.SEMICOLON);
                }
            }

            this.state = 322;
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
            this.state = 350;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 324;
                this.queryStatement();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 325;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.EXPLAIN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 326;
                this.explainStatement();
                }
                break;
            case FlinkSqlParser.EXECUTE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 327;
                this.executeStatement();
                }
                break;
            case FlinkSqlParser.COMPILE:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 328;
                this.compileStatement();
                }
                break;
            case FlinkSqlParser.STATEMENT:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 329;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.BEGIN:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 330;
                this.beginStatementSet();
                }
                break;
            case FlinkSqlParser.END:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 331;
                this.endStatementSet();
                }
                break;
            case FlinkSqlParser.CREATE:
            case FlinkSqlParser.REPLACE:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 332;
                this.createStatement();
                }
                break;
            case FlinkSqlParser.ALTER:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 333;
                this.alterStatement();
                }
                break;
            case FlinkSqlParser.DROP:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 334;
                this.dropStatement();
                }
                break;
            case FlinkSqlParser.SHOW:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 335;
                this.showStatement();
                }
                break;
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIBE:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 336;
                this.describeStatement();
                }
                break;
            case FlinkSqlParser.USE:
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 337;
                this.useStatement();
                }
                break;
            case FlinkSqlParser.LOAD:
                this.enterOuterAlt(localContext, 15);
                {
                this.state = 338;
                this.loadModule();
                }
                break;
            case FlinkSqlParser.UNLOAD:
                this.enterOuterAlt(localContext, 16);
                {
                this.state = 339;
                this.unloadModule();
                }
                break;
            case FlinkSqlParser.SET:
                this.enterOuterAlt(localContext, 17);
                {
                this.state = 340;
                this.setStatement();
                }
                break;
            case FlinkSqlParser.RESET:
                this.enterOuterAlt(localContext, 18);
                {
                this.state = 341;
                this.resetStatement();
                }
                break;
            case FlinkSqlParser.ADD:
                this.enterOuterAlt(localContext, 19);
                {
                this.state = 342;
                this.addJar();
                }
                break;
            case FlinkSqlParser.REMOVE:
                this.enterOuterAlt(localContext, 20);
                {
                this.state = 343;
                this.removeJar();
                }
                break;
            case FlinkSqlParser.ANALYZE:
                this.enterOuterAlt(localContext, 21);
                {
                this.state = 344;
                this.analyzeTable();
                }
                break;
            case FlinkSqlParser.STOP:
                this.enterOuterAlt(localContext, 22);
                {
                this.state = 345;
                this.stopJob();
                }
                break;
            case FlinkSqlParser.TRUNCATE:
                this.enterOuterAlt(localContext, 23);
                {
                this.state = 346;
                this.truncateTable();
                }
                break;
            case FlinkSqlParser.DELETE:
                this.enterOuterAlt(localContext, 24);
                {
                this.state = 347;
                this.deleteStatement();
                }
                break;
            case FlinkSqlParser.UPDATE:
                this.enterOuterAlt(localContext, 25);
                {
                this.state = 348;
                this.updateStatement();
                }
                break;
            case FlinkSqlParser.CALL:
                this.enterOuterAlt(localContext, 26);
                {
                this.state = 349;
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
            this.state = 352;
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
            this.state = 354;
            _la = this.tokenStream.LA(1);
            if(!(_la === 89 || _la === 211)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 355;
            _la = this.tokenStream.LA(1);
            if(!(_la === 92 || _la === 143)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 356;
            this.tablePath();
            this.state = 358;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 266) {
                {
                this.state = 357;
                this.hint();
                }
            }

            this.state = 361;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 360;
                this.partitionSpec();
                }
            }

            this.state = 364;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 4, this.context) ) {
            case 1:
                {
                this.state = 363;
                this.columnNameList();
                }
                break;
            }
            this.state = 366;
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
            this.state = 368;
            this.match(FlinkSqlParser.STATEMENT);
            this.state = 369;
            this.match(FlinkSqlParser.SET);
            this.state = 370;
            this.match(FlinkSqlParser.BEGIN);
            this.state = 374;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 371;
                this.insertStatement();
                this.state = 372;
                this.match(FlinkSqlParser.SEMICOLON);
                }
                }
                this.state = 376;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            } while (_la === 89 || _la === 211);
            this.state = 378;
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
            this.state = 380;
            this.match(FlinkSqlParser.BEGIN);
            this.state = 381;
            this.match(FlinkSqlParser.STATEMENT);
            this.state = 382;
            this.match(FlinkSqlParser.SET);
            this.state = 393;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 7, this.context) ) {
            case 1:
                {
                this.state = 383;
                this.match(FlinkSqlParser.SEMICOLON);
                this.state = 389;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 89 || _la === 211) {
                    {
                    {
                    this.state = 384;
                    this.insertStatement();
                    this.state = 385;
                    this.match(FlinkSqlParser.SEMICOLON);
                    }
                    }
                    this.state = 391;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 392;
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
            this.state = 395;
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
            this.state = 397;
            this.match(FlinkSqlParser.EXPLAIN);
            this.state = 408;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 9, this.context) ) {
            case 1:
                {
                this.state = 398;
                this.match(FlinkSqlParser.PLAN);
                this.state = 399;
                this.match(FlinkSqlParser.FOR);
                }
                break;
            case 2:
                {
                this.state = 400;
                this.explainDetail();
                this.state = 405;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 401;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 402;
                    this.explainDetail();
                    }
                    }
                    this.state = 407;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            }
            this.state = 410;
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
            this.state = 412;
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
            this.state = 423;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 414;
                this.query();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 415;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.STATEMENT:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 416;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.EXECUTE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 417;
                this.match(FlinkSqlParser.EXECUTE);
                this.state = 421;
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
            this.state = 425;
            this.match(FlinkSqlParser.EXECUTE);
            this.state = 431;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STATEMENT:
                {
                this.state = 426;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                {
                this.state = 427;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                {
                this.state = 428;
                this.query();
                }
                break;
            case FlinkSqlParser.PLAN:
                {
                this.state = 429;
                this.match(FlinkSqlParser.PLAN);
                this.state = 430;
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
            this.state = 433;
            this.match(FlinkSqlParser.COMPILE);
            this.state = 436;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 6) {
                {
                this.state = 434;
                this.match(FlinkSqlParser.AND);
                this.state = 435;
                this.match(FlinkSqlParser.EXECUTE);
                }
            }

            this.state = 438;
            this.match(FlinkSqlParser.PLAN);
            this.state = 439;
            this.stringLiteral();
            this.state = 443;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 82) {
                {
                this.state = 440;
                this.match(FlinkSqlParser.IF);
                this.state = 441;
                this.match(FlinkSqlParser.NOT);
                this.state = 442;
                this.match(FlinkSqlParser.EXISTS);
                }
            }

            this.state = 445;
            this.match(FlinkSqlParser.FOR);
            this.state = 448;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STATEMENT:
                {
                this.state = 446;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                {
                this.state = 447;
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
            this.state = 450;
            this.match(FlinkSqlParser.DELETE);
            this.state = 451;
            this.match(FlinkSqlParser.FROM);
            this.state = 452;
            this.tablePath();
            this.state = 457;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 454;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 453;
                    this.match(FlinkSqlParser.AS);
                    }
                }

                this.state = 456;
                this.identifier();
                }
            }

            this.state = 461;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 224) {
                {
                this.state = 459;
                this.match(FlinkSqlParser.WHERE);
                this.state = 460;
                this.expression();
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
            this.state = 463;
            this.match(FlinkSqlParser.UPDATE);
            this.state = 464;
            this.tablePath();
            this.state = 469;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 466;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 465;
                    this.match(FlinkSqlParser.AS);
                    }
                }

                this.state = 468;
                this.identifier();
                }
            }

            this.state = 471;
            this.match(FlinkSqlParser.SET);
            this.state = 472;
            this.assignment();
            this.state = 477;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 473;
                this.match(FlinkSqlParser.COMMA);
                this.state = 474;
                this.assignment();
                }
                }
                this.state = 479;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 482;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 224) {
                {
                this.state = 480;
                this.match(FlinkSqlParser.WHERE);
                this.state = 481;
                this.expression();
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
            this.state = 484;
            this.identifier();
            this.state = 485;
            this.match(FlinkSqlParser.EQ);
            this.state = 486;
            this.expression();
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
            this.state = 488;
            this.match(FlinkSqlParser.CALL);
            this.state = 489;
            this.qualifiedName();
            this.state = 490;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 499;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1912262335) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                {
                this.state = 491;
                this.callArgument();
                this.state = 496;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 492;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 493;
                    this.callArgument();
                    }
                    }
                    this.state = 498;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 501;
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
            this.state = 503;
            this.match(FlinkSqlParser.TRUNCATE);
            this.state = 504;
            this.match(FlinkSqlParser.TABLE);
            this.state = 505;
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
            this.state = 522;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CREATE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 507;
                this.match(FlinkSqlParser.CREATE);
                this.state = 510;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 136) {
                    {
                    this.state = 508;
                    this.match(FlinkSqlParser.OR);
                    this.state = 509;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 4 || _la === 165)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 513;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 195) {
                    {
                    this.state = 512;
                    this.match(FlinkSqlParser.TEMPORARY);
                    }
                }

                this.state = 516;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 191) {
                    {
                    this.state = 515;
                    this.match(FlinkSqlParser.SYSTEM);
                    }
                }

                this.state = 518;
                this.createBody();
                }
                break;
            case FlinkSqlParser.REPLACE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 519;
                this.match(FlinkSqlParser.REPLACE);
                this.state = 520;
                this.match(FlinkSqlParser.TABLE);
                this.state = 521;
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
            this.state = 670;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 524;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 526;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 29, this.context) ) {
                case 1:
                    {
                    this.state = 525;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 528;
                this.identifier();
                this.state = 530;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 529;
                    this.commentClause();
                    }
                }

                this.state = 533;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 532;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 535;
                this.match(FlinkSqlParser.DATABASE);
                this.state = 537;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 32, this.context) ) {
                case 1:
                    {
                    this.state = 536;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 539;
                this.tablePath();
                this.state = 541;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 540;
                    this.commentClause();
                    }
                }

                this.state = 544;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 543;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 546;
                this.match(FlinkSqlParser.TABLE);
                this.state = 547;
                this.createTableBody();
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 548;
                this.match(FlinkSqlParser.VIEW);
                this.state = 550;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 35, this.context) ) {
                case 1:
                    {
                    this.state = 549;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 552;
                this.tablePath();
                this.state = 554;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 553;
                    this.columnNameList();
                    }
                }

                this.state = 557;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 556;
                    this.commentClause();
                    }
                }

                this.state = 559;
                this.match(FlinkSqlParser.AS);
                this.state = 560;
                this.query();
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 562;
                this.match(FlinkSqlParser.FUNCTION);
                this.state = 564;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 38, this.context) ) {
                case 1:
                    {
                    this.state = 563;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 566;
                this.tablePath();
                this.state = 567;
                this.match(FlinkSqlParser.AS);
                this.state = 568;
                this.stringLiteral();
                this.state = 571;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 100) {
                    {
                    this.state = 569;
                    this.match(FlinkSqlParser.LANGUAGE);
                    this.state = 570;
                    this.identifier();
                    }
                }

                this.state = 574;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 214) {
                    {
                    this.state = 573;
                    this.usingJars();
                    }
                }

                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 576;
                this.match(FlinkSqlParser.MODEL);
                this.state = 578;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 41, this.context) ) {
                case 1:
                    {
                    this.state = 577;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 580;
                this.tablePath();
                this.state = 593;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 88) {
                    {
                    this.state = 581;
                    this.match(FlinkSqlParser.INPUT);
                    this.state = 582;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 583;
                    this.columnDefinition();
                    this.state = 588;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 584;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 585;
                        this.columnDefinition();
                        }
                        }
                        this.state = 590;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 591;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 607;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 140) {
                    {
                    this.state = 595;
                    this.match(FlinkSqlParser.OUTPUT);
                    this.state = 596;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 597;
                    this.columnDefinition();
                    this.state = 602;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 598;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 599;
                        this.columnDefinition();
                        }
                        }
                        this.state = 604;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 605;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 610;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 609;
                    this.commentClause();
                    }
                }

                this.state = 613;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 612;
                    this.withOptions();
                    }
                }

                this.state = 617;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 615;
                    this.match(FlinkSqlParser.AS);
                    this.state = 616;
                    this.query();
                    }
                }

                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 619;
                this.match(FlinkSqlParser.CONNECTION);
                this.state = 621;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 49, this.context) ) {
                case 1:
                    {
                    this.state = 620;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 623;
                this.tablePath();
                this.state = 625;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 624;
                    this.commentClause();
                    }
                }

                this.state = 628;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 627;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 630;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 631;
                this.match(FlinkSqlParser.TABLE);
                this.state = 633;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 52, this.context) ) {
                case 1:
                    {
                    this.state = 632;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 635;
                this.tablePath();
                this.state = 647;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 636;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 637;
                    this.tableElement();
                    this.state = 642;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 638;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 639;
                        this.tableElement();
                        }
                        }
                        this.state = 644;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 645;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 650;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 649;
                    this.commentClause();
                    }
                }

                this.state = 653;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 49) {
                    {
                    this.state = 652;
                    this.distribution();
                    }
                }

                this.state = 656;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 146) {
                    {
                    this.state = 655;
                    this.partitionedBy();
                    }
                }

                this.state = 659;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 658;
                    this.withOptions();
                    }
                }

                this.state = 662;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 71) {
                    {
                    this.state = 661;
                    this.freshness();
                    }
                }

                this.state = 665;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 162) {
                    {
                    this.state = 664;
                    this.refreshMode();
                    }
                }

                this.state = 667;
                this.match(FlinkSqlParser.AS);
                this.state = 668;
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
            this.state = 673;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 62, this.context) ) {
            case 1:
                {
                this.state = 672;
                this.ifNotExists();
                }
                break;
            }
            this.state = 675;
            this.tablePath();
            this.state = 687;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 676;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 677;
                this.tableElement();
                this.state = 682;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 678;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 679;
                    this.tableElement();
                    }
                    }
                    this.state = 684;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 685;
                this.match(FlinkSqlParser.RPAREN);
                }
            }

            this.state = 690;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 27) {
                {
                this.state = 689;
                this.commentClause();
                }
            }

            this.state = 693;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 49) {
                {
                this.state = 692;
                this.distribution();
                }
            }

            this.state = 696;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 146) {
                {
                this.state = 695;
                this.partitionedBy();
                }
            }

            this.state = 699;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 698;
                this.withOptions();
                }
            }

            this.state = 702;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 105) {
                {
                this.state = 701;
                this.likeClause();
                }
            }

            this.state = 706;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 704;
                this.match(FlinkSqlParser.AS);
                this.state = 705;
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
            this.state = 708;
            this.match(FlinkSqlParser.IF);
            this.state = 709;
            this.match(FlinkSqlParser.NOT);
            this.state = 710;
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
            this.state = 712;
            this.match(FlinkSqlParser.IF);
            this.state = 713;
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
            this.state = 715;
            this.match(FlinkSqlParser.COMMENT);
            this.state = 716;
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
            this.state = 718;
            this.match(FlinkSqlParser.USING);
            this.state = 719;
            this.match(FlinkSqlParser.JAR);
            this.state = 720;
            this.stringLiteral();
            this.state = 726;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 721;
                this.match(FlinkSqlParser.COMMA);
                this.state = 722;
                this.match(FlinkSqlParser.JAR);
                this.state = 723;
                this.stringLiteral();
                }
                }
                this.state = 728;
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
            this.state = 732;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 72, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 729;
                this.columnDefinition();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 730;
                this.watermarkDefinition();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 731;
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
            this.state = 734;
            this.identifier();
            this.state = 751;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.AS:
                {
                this.state = 735;
                this.match(FlinkSqlParser.AS);
                this.state = 736;
                this.expression();
                }
                break;
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                {
                this.state = 737;
                this.dataType();
                this.state = 746;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 114) {
                    {
                    this.state = 738;
                    this.match(FlinkSqlParser.METADATA);
                    this.state = 741;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 72) {
                        {
                        this.state = 739;
                        this.match(FlinkSqlParser.FROM);
                        this.state = 740;
                        this.stringLiteral();
                        }
                    }

                    this.state = 744;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 219) {
                        {
                        this.state = 743;
                        this.match(FlinkSqlParser.VIRTUAL);
                        }
                    }

                    }
                }

                this.state = 749;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 32 || _la === 156) {
                    {
                    this.state = 748;
                    this.columnConstraint();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 754;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 27) {
                {
                this.state = 753;
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
            this.state = 758;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 32) {
                {
                this.state = 756;
                this.match(FlinkSqlParser.CONSTRAINT);
                this.state = 757;
                this.identifier();
                }
            }

            this.state = 760;
            this.match(FlinkSqlParser.PRIMARY);
            this.state = 761;
            this.match(FlinkSqlParser.KEY);
            this.state = 762;
            this.match(FlinkSqlParser.NOT);
            this.state = 763;
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
            this.state = 765;
            this.match(FlinkSqlParser.WATERMARK);
            this.state = 766;
            this.match(FlinkSqlParser.FOR);
            this.state = 767;
            this.qualifiedName();
            this.state = 768;
            this.match(FlinkSqlParser.AS);
            this.state = 769;
            this.expression();
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
            this.state = 773;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 32) {
                {
                this.state = 771;
                this.match(FlinkSqlParser.CONSTRAINT);
                this.state = 772;
                this.identifier();
                }
            }

            this.state = 775;
            this.match(FlinkSqlParser.PRIMARY);
            this.state = 776;
            this.match(FlinkSqlParser.KEY);
            this.state = 777;
            this.columnNameList();
            this.state = 778;
            this.match(FlinkSqlParser.NOT);
            this.state = 779;
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
            this.state = 797;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 83, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 781;
                this.match(FlinkSqlParser.DISTRIBUTED);
                this.state = 782;
                this.match(FlinkSqlParser.BY);
                this.state = 785;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RANGE:
                    {
                    this.state = 783;
                    this.match(FlinkSqlParser.RANGE);
                    }
                    break;
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
                case FlinkSqlParser.ENFORCED:
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
                case FlinkSqlParser.SAVEPOINT:
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
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 784;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    break;
                default:
                    break;
                }
                this.state = 787;
                this.columnNameList();
                this.state = 791;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 92) {
                    {
                    this.state = 788;
                    this.match(FlinkSqlParser.INTO);
                    this.state = 789;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    this.state = 790;
                    this.match(FlinkSqlParser.BUCKETS);
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 793;
                this.match(FlinkSqlParser.DISTRIBUTED);
                this.state = 794;
                this.match(FlinkSqlParser.INTO);
                this.state = 795;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                this.state = 796;
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
            this.state = 799;
            this.match(FlinkSqlParser.PARTITIONED);
            this.state = 800;
            this.match(FlinkSqlParser.BY);
            this.state = 801;
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
            this.state = 803;
            this.match(FlinkSqlParser.LIKE);
            this.state = 804;
            this.tablePath();
            this.state = 813;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 805;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 809;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 58 || _la === 86 || _la === 144) {
                    {
                    {
                    this.state = 806;
                    this.likeOption();
                    }
                    }
                    this.state = 811;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 812;
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
            this.state = 815;
            _la = this.tokenStream.LA(1);
            if(!(_la === 58 || _la === 86 || _la === 144)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 816;
            _la = this.tokenStream.LA(1);
            if(!(_la === 3 || _la === 33 || _la === 50 || _la === 76 || _la === 114 || _la === 135 || _la === 147 || _la === 221)) {
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
            this.state = 818;
            this.match(FlinkSqlParser.FRESHNESS);
            this.state = 819;
            this.match(FlinkSqlParser.EQ);
            this.state = 820;
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
            this.state = 822;
            this.match(FlinkSqlParser.REFRESH_MODE);
            this.state = 823;
            this.match(FlinkSqlParser.EQ);
            this.state = 826;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.FULL:
                {
                this.state = 824;
                this.match(FlinkSqlParser.FULL);
                }
                break;
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                {
                this.state = 825;
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
            this.state = 828;
            this.match(FlinkSqlParser.WITH);
            this.state = 829;
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
            this.state = 831;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 840;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 832;
                this.property();
                this.state = 837;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 833;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 834;
                    this.property();
                    }
                    }
                    this.state = 839;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 842;
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
            this.state = 844;
            this.propertyKey();
            this.state = 845;
            this.match(FlinkSqlParser.EQ);
            this.state = 846;
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
            this.state = 850;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 848;
                this.stringLiteral();
                }
                break;
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 849;
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
            this.state = 857;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 852;
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
                this.state = 853;
                this.signedNumber();
                }
                break;
            case FlinkSqlParser.TRUE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 854;
                this.match(FlinkSqlParser.TRUE);
                }
                break;
            case FlinkSqlParser.FALSE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 855;
                this.match(FlinkSqlParser.FALSE);
                }
                break;
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 856;
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
            this.state = 860;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 239 || _la === 240) {
                {
                this.state = 859;
                _la = this.tokenStream.LA(1);
                if(!(_la === 239 || _la === 240)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            this.state = 862;
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
            this.state = 955;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 104, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 864;
                this.match(FlinkSqlParser.ALTER);
                this.state = 865;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 866;
                this.identifier();
                this.state = 872;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.SET:
                    {
                    this.state = 867;
                    this.match(FlinkSqlParser.SET);
                    this.state = 868;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 869;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 870;
                    this.keyList();
                    }
                    break;
                case FlinkSqlParser.COMMENT:
                    {
                    this.state = 871;
                    this.commentClause();
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
                this.state = 874;
                this.match(FlinkSqlParser.ALTER);
                this.state = 875;
                this.match(FlinkSqlParser.DATABASE);
                this.state = 876;
                this.tablePath();
                this.state = 877;
                this.match(FlinkSqlParser.SET);
                this.state = 878;
                this.propertyList();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 880;
                this.match(FlinkSqlParser.ALTER);
                this.state = 881;
                this.match(FlinkSqlParser.TABLE);
                this.state = 883;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 93, this.context) ) {
                case 1:
                    {
                    this.state = 882;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 885;
                this.tablePath();
                this.state = 886;
                this.alterTableAction();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 888;
                this.match(FlinkSqlParser.ALTER);
                this.state = 889;
                this.match(FlinkSqlParser.VIEW);
                this.state = 890;
                this.tablePath();
                this.state = 896;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 891;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 892;
                    this.match(FlinkSqlParser.TO);
                    this.state = 893;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.AS:
                    {
                    this.state = 894;
                    this.match(FlinkSqlParser.AS);
                    this.state = 895;
                    this.query();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 898;
                this.match(FlinkSqlParser.ALTER);
                this.state = 900;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 195) {
                    {
                    this.state = 899;
                    this.match(FlinkSqlParser.TEMPORARY);
                    }
                }

                this.state = 903;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 191) {
                    {
                    this.state = 902;
                    this.match(FlinkSqlParser.SYSTEM);
                    }
                }

                this.state = 905;
                this.match(FlinkSqlParser.FUNCTION);
                this.state = 907;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 97, this.context) ) {
                case 1:
                    {
                    this.state = 906;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 909;
                this.tablePath();
                this.state = 910;
                this.match(FlinkSqlParser.AS);
                this.state = 911;
                this.stringLiteral();
                this.state = 914;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 100) {
                    {
                    this.state = 912;
                    this.match(FlinkSqlParser.LANGUAGE);
                    this.state = 913;
                    this.identifier();
                    }
                }

                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 916;
                this.match(FlinkSqlParser.ALTER);
                this.state = 917;
                this.match(FlinkSqlParser.MODEL);
                this.state = 919;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 99, this.context) ) {
                case 1:
                    {
                    this.state = 918;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 921;
                this.tablePath();
                this.state = 929;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 922;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 923;
                    this.match(FlinkSqlParser.TO);
                    this.state = 924;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.SET:
                    {
                    this.state = 925;
                    this.match(FlinkSqlParser.SET);
                    this.state = 926;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 927;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 928;
                    this.keyList();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 931;
                this.match(FlinkSqlParser.ALTER);
                this.state = 933;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 195) {
                    {
                    this.state = 932;
                    this.match(FlinkSqlParser.TEMPORARY);
                    }
                }

                this.state = 935;
                this.match(FlinkSqlParser.CONNECTION);
                this.state = 937;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 102, this.context) ) {
                case 1:
                    {
                    this.state = 936;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 939;
                this.tablePath();
                this.state = 947;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 940;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 941;
                    this.match(FlinkSqlParser.TO);
                    this.state = 942;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.SET:
                    {
                    this.state = 943;
                    this.match(FlinkSqlParser.SET);
                    this.state = 944;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 945;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 946;
                    this.keyList();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 949;
                this.match(FlinkSqlParser.ALTER);
                this.state = 950;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 951;
                this.match(FlinkSqlParser.TABLE);
                this.state = 952;
                this.tablePath();
                this.state = 953;
                this.alterMaterializedTableAction();
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
    public keyList(): KeyListContext {
        let localContext = new KeyListContext(this.context, this.state);
        this.enterRule(localContext, 84, FlinkSqlParser.RULE_keyList);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 957;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 966;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 958;
                this.propertyKey();
                this.state = 963;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 959;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 960;
                    this.propertyKey();
                    }
                    }
                    this.state = 965;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 968;
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
            this.state = 1046;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 117, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 970;
                this.match(FlinkSqlParser.RENAME);
                this.state = 971;
                this.match(FlinkSqlParser.TO);
                this.state = 972;
                this.tablePath();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 973;
                this.match(FlinkSqlParser.RENAME);
                this.state = 974;
                this.qualifiedName();
                this.state = 975;
                this.match(FlinkSqlParser.TO);
                this.state = 976;
                this.identifier();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 978;
                this.match(FlinkSqlParser.SET);
                this.state = 979;
                this.propertyList();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 980;
                this.match(FlinkSqlParser.RESET);
                this.state = 981;
                this.keyList();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 982;
                this.match(FlinkSqlParser.ADD);
                this.state = 984;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 82) {
                    {
                    this.state = 983;
                    this.ifNotExists();
                    }
                }

                this.state = 986;
                this.partitionSpec();
                this.state = 988;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 987;
                    this.withOptions();
                    }
                }

                this.state = 996;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 145) {
                    {
                    {
                    this.state = 990;
                    this.partitionSpec();
                    this.state = 992;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 226) {
                        {
                        this.state = 991;
                        this.withOptions();
                        }
                    }

                    }
                    }
                    this.state = 998;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 999;
                _la = this.tokenStream.LA(1);
                if(!(_la === 1 || _la === 119)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1000;
                this.alterDistribution();
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1001;
                _la = this.tokenStream.LA(1);
                if(!(_la === 1 || _la === 119)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1014;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
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
                case FlinkSqlParser.CONNECTION:
                case FlinkSqlParser.CONNECTIONS:
                case FlinkSqlParser.CONSTRAINT:
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
                case FlinkSqlParser.ENFORCED:
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
                case FlinkSqlParser.PRIMARY:
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
                case FlinkSqlParser.SAVEPOINT:
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
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 1002;
                    this.alterElement();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 1003;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1004;
                    this.alterElement();
                    this.state = 1009;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 1005;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 1006;
                        this.alterElement();
                        }
                        }
                        this.state = 1011;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 1012;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1016;
                this.match(FlinkSqlParser.DROP);
                this.state = 1018;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 82) {
                    {
                    this.state = 1017;
                    this.ifExists();
                    }
                }

                this.state = 1020;
                this.partitionSpec();
                this.state = 1025;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1021;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1022;
                    this.partitionSpec();
                    }
                    }
                    this.state = 1027;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1028;
                this.match(FlinkSqlParser.DROP);
                this.state = 1029;
                this.match(FlinkSqlParser.PRIMARY);
                this.state = 1030;
                this.match(FlinkSqlParser.KEY);
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1031;
                this.match(FlinkSqlParser.DROP);
                this.state = 1032;
                this.match(FlinkSqlParser.CONSTRAINT);
                this.state = 1033;
                this.identifier();
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 1034;
                this.match(FlinkSqlParser.DROP);
                this.state = 1035;
                this.match(FlinkSqlParser.WATERMARK);
                }
                break;
            case 12:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 1036;
                this.match(FlinkSqlParser.DROP);
                this.state = 1037;
                this.match(FlinkSqlParser.DISTRIBUTION);
                }
                break;
            case 13:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 1038;
                this.match(FlinkSqlParser.DROP);
                this.state = 1040;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 25) {
                    {
                    this.state = 1039;
                    this.match(FlinkSqlParser.COLUMN);
                    }
                }

                this.state = 1044;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
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
                case FlinkSqlParser.ENFORCED:
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
                case FlinkSqlParser.SAVEPOINT:
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
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 1042;
                    this.qualifiedName();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 1043;
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
        this.enterRule(localContext, 88, FlinkSqlParser.RULE_alterElement);
        let _la: number;
        try {
            this.state = 1054;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 119, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1048;
                this.columnDefinition();
                this.state = 1050;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 2 || _la === 67) {
                    {
                    this.state = 1049;
                    this.columnPosition();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1052;
                this.watermarkDefinition();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1053;
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
        this.enterRule(localContext, 90, FlinkSqlParser.RULE_alterDistribution);
        let _la: number;
        try {
            this.state = 1072;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 122, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1056;
                this.match(FlinkSqlParser.DISTRIBUTION);
                this.state = 1057;
                this.match(FlinkSqlParser.BY);
                this.state = 1060;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RANGE:
                    {
                    this.state = 1058;
                    this.match(FlinkSqlParser.RANGE);
                    }
                    break;
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
                case FlinkSqlParser.ENFORCED:
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
                case FlinkSqlParser.SAVEPOINT:
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
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 1059;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    break;
                default:
                    break;
                }
                this.state = 1062;
                this.columnNameList();
                this.state = 1066;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 92) {
                    {
                    this.state = 1063;
                    this.match(FlinkSqlParser.INTO);
                    this.state = 1064;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    this.state = 1065;
                    this.match(FlinkSqlParser.BUCKETS);
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1068;
                this.match(FlinkSqlParser.DISTRIBUTION);
                this.state = 1069;
                this.match(FlinkSqlParser.INTO);
                this.state = 1070;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                this.state = 1071;
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
        this.enterRule(localContext, 92, FlinkSqlParser.RULE_columnPosition);
        try {
            this.state = 1077;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.FIRST:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1074;
                this.match(FlinkSqlParser.FIRST);
                }
                break;
            case FlinkSqlParser.AFTER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1075;
                this.match(FlinkSqlParser.AFTER);
                this.state = 1076;
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
        this.enterRule(localContext, 94, FlinkSqlParser.RULE_alterMaterializedTableAction);
        let _la: number;
        try {
            this.state = 1101;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 127, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1079;
                this.match(FlinkSqlParser.SUSPEND);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1080;
                this.match(FlinkSqlParser.RESUME);
                this.state = 1082;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 1081;
                    this.withOptions();
                    }
                }

                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1084;
                this.match(FlinkSqlParser.REFRESH);
                this.state = 1086;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 145) {
                    {
                    this.state = 1085;
                    this.partitionSpec();
                    }
                }

                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1088;
                this.match(FlinkSqlParser.SET);
                this.state = 1089;
                this.match(FlinkSqlParser.FRESHNESS);
                this.state = 1090;
                this.match(FlinkSqlParser.EQ);
                this.state = 1091;
                this.intervalLiteral();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1092;
                this.match(FlinkSqlParser.SET);
                this.state = 1093;
                this.match(FlinkSqlParser.REFRESH_MODE);
                this.state = 1094;
                this.match(FlinkSqlParser.EQ);
                this.state = 1097;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.FULL:
                    {
                    this.state = 1095;
                    this.match(FlinkSqlParser.FULL);
                    }
                    break;
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
                case FlinkSqlParser.ENFORCED:
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
                case FlinkSqlParser.SAVEPOINT:
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
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 1096;
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
                this.state = 1099;
                this.match(FlinkSqlParser.AS);
                this.state = 1100;
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
        this.enterRule(localContext, 96, FlinkSqlParser.RULE_dropStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1103;
            this.match(FlinkSqlParser.DROP);
            this.state = 1105;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 195) {
                {
                this.state = 1104;
                this.match(FlinkSqlParser.TEMPORARY);
                }
            }

            this.state = 1108;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 191) {
                {
                this.state = 1107;
                this.match(FlinkSqlParser.SYSTEM);
                }
            }

            this.state = 1110;
            this.dropKind();
            this.state = 1112;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 130, this.context) ) {
            case 1:
                {
                this.state = 1111;
                this.ifExists();
                }
                break;
            }
            this.state = 1114;
            this.tablePath();
            this.state = 1116;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 18 || _la === 168) {
                {
                this.state = 1115;
                _la = this.tokenStream.LA(1);
                if(!(_la === 18 || _la === 168)) {
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
        this.enterRule(localContext, 98, FlinkSqlParser.RULE_dropKind);
        try {
            this.state = 1127;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1118;
                this.match(FlinkSqlParser.CATALOG);
                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1119;
                this.match(FlinkSqlParser.DATABASE);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1120;
                this.match(FlinkSqlParser.TABLE);
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1121;
                this.match(FlinkSqlParser.VIEW);
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1122;
                this.match(FlinkSqlParser.FUNCTION);
                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1123;
                this.match(FlinkSqlParser.MODEL);
                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1124;
                this.match(FlinkSqlParser.CONNECTION);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1125;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1126;
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
        this.enterRule(localContext, 100, FlinkSqlParser.RULE_showStatement);
        let _la: number;
        try {
            this.state = 1171;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 139, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1129;
                this.match(FlinkSqlParser.SHOW);
                this.state = 1130;
                this.match(FlinkSqlParser.CURRENT);
                this.state = 1131;
                _la = this.tokenStream.LA(1);
                if(!(_la === 21 || _la === 38)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1132;
                this.match(FlinkSqlParser.SHOW);
                this.state = 1133;
                this.match(FlinkSqlParser.CREATE);
                this.state = 1143;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.TABLE:
                    {
                    this.state = 1134;
                    this.match(FlinkSqlParser.TABLE);
                    }
                    break;
                case FlinkSqlParser.VIEW:
                    {
                    this.state = 1135;
                    this.match(FlinkSqlParser.VIEW);
                    }
                    break;
                case FlinkSqlParser.MODEL:
                    {
                    this.state = 1136;
                    this.match(FlinkSqlParser.MODEL);
                    }
                    break;
                case FlinkSqlParser.CATALOG:
                    {
                    this.state = 1137;
                    this.match(FlinkSqlParser.CATALOG);
                    }
                    break;
                case FlinkSqlParser.DATABASE:
                    {
                    this.state = 1138;
                    this.match(FlinkSqlParser.DATABASE);
                    }
                    break;
                case FlinkSqlParser.FUNCTION:
                    {
                    this.state = 1139;
                    this.match(FlinkSqlParser.FUNCTION);
                    }
                    break;
                case FlinkSqlParser.CONNECTION:
                    {
                    this.state = 1140;
                    this.match(FlinkSqlParser.CONNECTION);
                    }
                    break;
                case FlinkSqlParser.MATERIALIZED:
                    {
                    this.state = 1141;
                    this.match(FlinkSqlParser.MATERIALIZED);
                    this.state = 1142;
                    this.match(FlinkSqlParser.TABLE);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 1145;
                this.tablePath();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1146;
                this.match(FlinkSqlParser.SHOW);
                this.state = 1147;
                this.match(FlinkSqlParser.COLUMNS);
                this.state = 1148;
                _la = this.tokenStream.LA(1);
                if(!(_la === 72 || _la === 85)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1149;
                this.tablePath();
                this.state = 1151;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 84 || _la === 105 || _la === 127) {
                    {
                    this.state = 1150;
                    this.likePattern();
                    }
                }

                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1153;
                this.match(FlinkSqlParser.SHOW);
                this.state = 1154;
                this.match(FlinkSqlParser.PARTITIONS);
                this.state = 1155;
                this.tablePath();
                this.state = 1157;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 145) {
                    {
                    this.state = 1156;
                    this.partitionSpec();
                    }
                }

                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1159;
                this.match(FlinkSqlParser.SHOW);
                this.state = 1161;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 73 || _la === 213) {
                    {
                    this.state = 1160;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 73 || _la === 213)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 1163;
                this.showKind();
                this.state = 1166;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 72 || _la === 85) {
                    {
                    this.state = 1164;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 72 || _la === 85)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 1165;
                    this.tablePath();
                    }
                }

                this.state = 1169;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 84 || _la === 105 || _la === 127) {
                    {
                    this.state = 1168;
                    this.likePattern();
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
    public showKind(): ShowKindContext {
        let localContext = new ShowKindContext(this.context, this.state);
        this.enterRule(localContext, 102, FlinkSqlParser.RULE_showKind);
        try {
            this.state = 1186;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOGS:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1173;
                this.match(FlinkSqlParser.CATALOGS);
                }
                break;
            case FlinkSqlParser.DATABASES:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1174;
                this.match(FlinkSqlParser.DATABASES);
                }
                break;
            case FlinkSqlParser.TABLES:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1175;
                this.match(FlinkSqlParser.TABLES);
                }
                break;
            case FlinkSqlParser.VIEWS:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1176;
                this.match(FlinkSqlParser.VIEWS);
                }
                break;
            case FlinkSqlParser.FUNCTIONS:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1177;
                this.match(FlinkSqlParser.FUNCTIONS);
                }
                break;
            case FlinkSqlParser.PROCEDURES:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1178;
                this.match(FlinkSqlParser.PROCEDURES);
                }
                break;
            case FlinkSqlParser.MODULES:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1179;
                this.match(FlinkSqlParser.MODULES);
                }
                break;
            case FlinkSqlParser.JARS:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1180;
                this.match(FlinkSqlParser.JARS);
                }
                break;
            case FlinkSqlParser.JOBS:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1181;
                this.match(FlinkSqlParser.JOBS);
                }
                break;
            case FlinkSqlParser.MODELS:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1182;
                this.match(FlinkSqlParser.MODELS);
                }
                break;
            case FlinkSqlParser.CONNECTIONS:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 1183;
                this.match(FlinkSqlParser.CONNECTIONS);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 1184;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1185;
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
        this.enterRule(localContext, 104, FlinkSqlParser.RULE_likePattern);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1189;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 127) {
                {
                this.state = 1188;
                this.match(FlinkSqlParser.NOT);
                }
            }

            this.state = 1191;
            _la = this.tokenStream.LA(1);
            if(!(_la === 84 || _la === 105)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1192;
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
        this.enterRule(localContext, 106, FlinkSqlParser.RULE_describeStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1194;
            _la = this.tokenStream.LA(1);
            if(!(_la === 45 || _la === 46)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1196;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 142, this.context) ) {
            case 1:
                {
                this.state = 1195;
                this.describeKind();
                }
                break;
            }
            this.state = 1199;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 143, this.context) ) {
            case 1:
                {
                this.state = 1198;
                this.match(FlinkSqlParser.EXTENDED);
                }
                break;
            }
            this.state = 1203;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                {
                this.state = 1201;
                this.tablePath();
                }
                break;
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                {
                this.state = 1202;
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
        this.enterRule(localContext, 108, FlinkSqlParser.RULE_describeKind);
        try {
            this.state = 1215;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1205;
                this.match(FlinkSqlParser.CATALOG);
                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1206;
                this.match(FlinkSqlParser.DATABASE);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1207;
                this.match(FlinkSqlParser.TABLE);
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1208;
                this.match(FlinkSqlParser.VIEW);
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1209;
                this.match(FlinkSqlParser.FUNCTION);
                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1210;
                this.match(FlinkSqlParser.MODEL);
                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1211;
                this.match(FlinkSqlParser.CONNECTION);
                }
                break;
            case FlinkSqlParser.JOB:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1212;
                this.match(FlinkSqlParser.JOB);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1213;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1214;
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
        this.enterRule(localContext, 110, FlinkSqlParser.RULE_useStatement);
        let _la: number;
        try {
            this.state = 1232;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 147, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1217;
                this.match(FlinkSqlParser.USE);
                this.state = 1218;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 1219;
                this.identifier();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1220;
                this.match(FlinkSqlParser.USE);
                this.state = 1221;
                this.match(FlinkSqlParser.MODULES);
                this.state = 1222;
                this.identifier();
                this.state = 1227;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1223;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1224;
                    this.identifier();
                    }
                    }
                    this.state = 1229;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1230;
                this.match(FlinkSqlParser.USE);
                this.state = 1231;
                this.tablePath();
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
    public loadModule(): LoadModuleContext {
        let localContext = new LoadModuleContext(this.context, this.state);
        this.enterRule(localContext, 112, FlinkSqlParser.RULE_loadModule);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1234;
            this.match(FlinkSqlParser.LOAD);
            this.state = 1235;
            this.match(FlinkSqlParser.MODULE);
            this.state = 1236;
            this.identifier();
            this.state = 1238;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 1237;
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
        this.enterRule(localContext, 114, FlinkSqlParser.RULE_unloadModule);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1240;
            this.match(FlinkSqlParser.UNLOAD);
            this.state = 1241;
            this.match(FlinkSqlParser.MODULE);
            this.state = 1242;
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
        this.enterRule(localContext, 116, FlinkSqlParser.RULE_setStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1244;
            this.match(FlinkSqlParser.SET);
            this.state = 1249;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 1245;
                this.propertyKey();
                this.state = 1246;
                this.match(FlinkSqlParser.EQ);
                this.state = 1247;
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
        this.enterRule(localContext, 118, FlinkSqlParser.RULE_resetStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1251;
            this.match(FlinkSqlParser.RESET);
            this.state = 1253;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 1252;
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
        this.enterRule(localContext, 120, FlinkSqlParser.RULE_addJar);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1255;
            this.match(FlinkSqlParser.ADD);
            this.state = 1256;
            this.match(FlinkSqlParser.JAR);
            this.state = 1257;
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
        this.enterRule(localContext, 122, FlinkSqlParser.RULE_removeJar);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1259;
            this.match(FlinkSqlParser.REMOVE);
            this.state = 1260;
            this.match(FlinkSqlParser.JAR);
            this.state = 1261;
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
        this.enterRule(localContext, 124, FlinkSqlParser.RULE_analyzeTable);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1263;
            this.match(FlinkSqlParser.ANALYZE);
            this.state = 1264;
            this.match(FlinkSqlParser.TABLE);
            this.state = 1265;
            this.tablePath();
            this.state = 1267;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 1266;
                this.partitionSpec();
                }
            }

            this.state = 1269;
            this.match(FlinkSqlParser.COMPUTE);
            this.state = 1270;
            this.match(FlinkSqlParser.STATISTICS);
            this.state = 1285;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 70) {
                {
                this.state = 1271;
                this.match(FlinkSqlParser.FOR);
                this.state = 1283;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.ALL:
                    {
                    this.state = 1272;
                    this.match(FlinkSqlParser.ALL);
                    this.state = 1273;
                    this.match(FlinkSqlParser.COLUMNS);
                    }
                    break;
                case FlinkSqlParser.COLUMNS:
                    {
                    this.state = 1274;
                    this.match(FlinkSqlParser.COLUMNS);
                    this.state = 1275;
                    this.identifier();
                    this.state = 1280;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 1276;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 1277;
                        this.identifier();
                        }
                        }
                        this.state = 1282;
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
        this.enterRule(localContext, 126, FlinkSqlParser.RULE_stopJob);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1287;
            this.match(FlinkSqlParser.STOP);
            this.state = 1288;
            this.match(FlinkSqlParser.JOB);
            this.state = 1289;
            this.stringLiteral();
            this.state = 1292;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 155, this.context) ) {
            case 1:
                {
                this.state = 1290;
                this.match(FlinkSqlParser.WITH);
                this.state = 1291;
                this.match(FlinkSqlParser.SAVEPOINT);
                }
                break;
            }
            this.state = 1296;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 1294;
                this.match(FlinkSqlParser.WITH);
                this.state = 1295;
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
        this.enterRule(localContext, 128, FlinkSqlParser.RULE_partitionSpec);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1298;
            this.match(FlinkSqlParser.PARTITION);
            this.state = 1299;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1300;
            this.partitionValue();
            this.state = 1305;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1301;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1302;
                this.partitionValue();
                }
                }
                this.state = 1307;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1308;
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
        this.enterRule(localContext, 130, FlinkSqlParser.RULE_partitionValue);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1310;
            this.identifier();
            this.state = 1313;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 232) {
                {
                this.state = 1311;
                this.match(FlinkSqlParser.EQ);
                this.state = 1312;
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
        this.enterRule(localContext, 132, FlinkSqlParser.RULE_query);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1316;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 1315;
                this.withClause();
                }
            }

            this.state = 1318;
            this.queryExpression();
            this.state = 1320;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 137) {
                {
                this.state = 1319;
                this.orderBy();
                }
            }

            this.state = 1323;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 106) {
                {
                this.state = 1322;
                this.limitClause();
                }
            }

            this.state = 1326;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 131) {
                {
                this.state = 1325;
                this.offsetClause();
                }
            }

            this.state = 1329;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 65) {
                {
                this.state = 1328;
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
        this.enterRule(localContext, 134, FlinkSqlParser.RULE_withClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1331;
            this.match(FlinkSqlParser.WITH);
            this.state = 1332;
            this.commonTableExpression();
            this.state = 1337;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1333;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1334;
                this.commonTableExpression();
                }
                }
                this.state = 1339;
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
        this.enterRule(localContext, 136, FlinkSqlParser.RULE_commonTableExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1340;
            this.identifier();
            this.state = 1342;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 1341;
                this.columnNameList();
                }
            }

            this.state = 1344;
            this.match(FlinkSqlParser.AS);
            this.state = 1345;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1346;
            this.query();
            this.state = 1347;
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
        this.enterRule(localContext, 138, FlinkSqlParser.RULE_queryExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1349;
            this.queryIntersect();
            this.state = 1355;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 57 || _la === 206) {
                {
                {
                this.state = 1350;
                this.setOperator();
                this.state = 1351;
                this.queryIntersect();
                }
                }
                this.state = 1357;
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
        this.enterRule(localContext, 140, FlinkSqlParser.RULE_setOperator);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1358;
            _la = this.tokenStream.LA(1);
            if(!(_la === 57 || _la === 206)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1360;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 3 || _la === 48) {
                {
                this.state = 1359;
                _la = this.tokenStream.LA(1);
                if(!(_la === 3 || _la === 48)) {
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
        this.enterRule(localContext, 142, FlinkSqlParser.RULE_queryIntersect);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1362;
            this.queryPrimary();
            this.state = 1370;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 90) {
                {
                {
                this.state = 1363;
                this.match(FlinkSqlParser.INTERSECT);
                this.state = 1365;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 3 || _la === 48) {
                    {
                    this.state = 1364;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 3 || _la === 48)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 1367;
                this.queryPrimary();
                }
                }
                this.state = 1372;
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
        this.enterRule(localContext, 144, FlinkSqlParser.RULE_queryPrimary);
        try {
            this.state = 1381;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1373;
                this.selectCore();
                }
                break;
            case FlinkSqlParser.VALUES:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1374;
                this.valuesClause();
                }
                break;
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1375;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1376;
                this.query();
                this.state = 1377;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1379;
                this.match(FlinkSqlParser.TABLE);
                this.state = 1380;
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
        this.enterRule(localContext, 146, FlinkSqlParser.RULE_valuesClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1383;
            this.match(FlinkSqlParser.VALUES);
            this.state = 1384;
            this.expression();
            this.state = 1389;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1385;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1386;
                this.expression();
                }
                }
                this.state = 1391;
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
        this.enterRule(localContext, 148, FlinkSqlParser.RULE_selectCore);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1392;
            this.match(FlinkSqlParser.SELECT);
            this.state = 1394;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 266) {
                {
                this.state = 1393;
                this.hint();
                }
            }

            this.state = 1397;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 3 || _la === 48) {
                {
                this.state = 1396;
                _la = this.tokenStream.LA(1);
                if(!(_la === 3 || _la === 48)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            this.state = 1399;
            this.selectItem();
            this.state = 1404;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1400;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1401;
                this.selectItem();
                }
                }
                this.state = 1406;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1409;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 72) {
                {
                this.state = 1407;
                this.match(FlinkSqlParser.FROM);
                this.state = 1408;
                this.fromClause();
                }
            }

            this.state = 1412;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 224) {
                {
                this.state = 1411;
                this.whereClause();
                }
            }

            this.state = 1415;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 77) {
                {
                this.state = 1414;
                this.groupBy();
                }
            }

            this.state = 1418;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 79) {
                {
                this.state = 1417;
                this.havingClause();
                }
            }

            this.state = 1421;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 225) {
                {
                this.state = 1420;
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
        this.enterRule(localContext, 150, FlinkSqlParser.RULE_whereClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1423;
            this.match(FlinkSqlParser.WHERE);
            this.state = 1424;
            this.expression();
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
        this.enterRule(localContext, 152, FlinkSqlParser.RULE_havingClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1426;
            this.match(FlinkSqlParser.HAVING);
            this.state = 1427;
            this.expression();
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
        this.enterRule(localContext, 154, FlinkSqlParser.RULE_selectItem);
        let _la: number;
        try {
            this.state = 1441;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 182, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1429;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1430;
                this.qualifiedName();
                this.state = 1431;
                this.match(FlinkSqlParser.DOT);
                this.state = 1432;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1434;
                this.expression();
                this.state = 1439;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                    {
                    this.state = 1436;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 9) {
                        {
                        this.state = 1435;
                        this.match(FlinkSqlParser.AS);
                        }
                    }

                    this.state = 1438;
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
        this.enterRule(localContext, 156, FlinkSqlParser.RULE_fromClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1443;
            this.tableReference();
            this.state = 1448;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1444;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1445;
                this.tableReference();
                }
                }
                this.state = 1450;
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
        this.enterRule(localContext, 158, FlinkSqlParser.RULE_tableReference);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1451;
            this.tablePrimary();
            this.state = 1455;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 35 || ((((_la - 73)) & ~0x1F) === 0 && ((1 << (_la - 73)) & 2181054465) !== 0) || _la === 125 || _la === 170) {
                {
                {
                this.state = 1452;
                this.joinPart();
                }
                }
                this.state = 1457;
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
        this.enterRule(localContext, 160, FlinkSqlParser.RULE_joinPart);
        let _la: number;
        try {
            this.state = 1472;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CROSS:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1458;
                this.match(FlinkSqlParser.CROSS);
                this.state = 1459;
                this.match(FlinkSqlParser.JOIN);
                this.state = 1460;
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
                this.state = 1462;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 125) {
                    {
                    this.state = 1461;
                    this.match(FlinkSqlParser.NATURAL);
                    }
                }

                this.state = 1465;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (((((_la - 73)) & ~0x1F) === 0 && ((1 << (_la - 73)) & 2147500033) !== 0) || _la === 170) {
                    {
                    this.state = 1464;
                    this.joinType();
                    }
                }

                this.state = 1467;
                this.match(FlinkSqlParser.JOIN);
                this.state = 1468;
                this.tablePrimary();
                this.state = 1470;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 132 || _la === 214) {
                    {
                    this.state = 1469;
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
        this.enterRule(localContext, 162, FlinkSqlParser.RULE_joinType);
        let _la: number;
        try {
            this.state = 1479;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.INNER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1474;
                this.match(FlinkSqlParser.INNER);
                }
                break;
            case FlinkSqlParser.FULL:
            case FlinkSqlParser.LEFT:
            case FlinkSqlParser.RIGHT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1475;
                _la = this.tokenStream.LA(1);
                if(!(_la === 73 || _la === 104 || _la === 170)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1477;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 139) {
                    {
                    this.state = 1476;
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
        this.enterRule(localContext, 164, FlinkSqlParser.RULE_joinCondition);
        try {
            this.state = 1485;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ON:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1481;
                this.match(FlinkSqlParser.ON);
                this.state = 1482;
                this.expression();
                }
                break;
            case FlinkSqlParser.USING:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1483;
                this.match(FlinkSqlParser.USING);
                this.state = 1484;
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
        this.enterRule(localContext, 166, FlinkSqlParser.RULE_tablePrimary);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1487;
            this.tableFactor();
            this.state = 1489;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 111) {
                {
                this.state = 1488;
                this.matchRecognize();
                }
            }

            this.state = 1492;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 1491;
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
        this.enterRule(localContext, 168, FlinkSqlParser.RULE_tableFactor);
        let _la: number;
        try {
            this.state = 1536;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 200, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1494;
                this.tablePath();
                this.state = 1496;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 266) {
                    {
                    this.state = 1495;
                    this.hint();
                    }
                }

                this.state = 1499;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 70) {
                    {
                    this.state = 1498;
                    this.systemTime();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1502;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 102) {
                    {
                    this.state = 1501;
                    this.match(FlinkSqlParser.LATERAL);
                    }
                }

                this.state = 1504;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1505;
                this.query();
                this.state = 1506;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1509;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 102) {
                    {
                    this.state = 1508;
                    this.match(FlinkSqlParser.LATERAL);
                    }
                }

                this.state = 1511;
                this.match(FlinkSqlParser.TABLE);
                this.state = 1512;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1513;
                this.functionCall();
                this.state = 1514;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1516;
                this.match(FlinkSqlParser.UNNEST);
                this.state = 1517;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1518;
                this.expression();
                this.state = 1523;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1519;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1520;
                    this.expression();
                    }
                    }
                    this.state = 1525;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1526;
                this.match(FlinkSqlParser.RPAREN);
                this.state = 1529;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 1527;
                    this.match(FlinkSqlParser.WITH);
                    this.state = 1528;
                    this.match(FlinkSqlParser.ORDINALITY);
                    }
                }

                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1531;
                this.functionCall();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1532;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1533;
                this.tableReference();
                this.state = 1534;
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
        this.enterRule(localContext, 170, FlinkSqlParser.RULE_systemTime);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1538;
            this.match(FlinkSqlParser.FOR);
            this.state = 1539;
            this.match(FlinkSqlParser.SYSTEM_TIME);
            this.state = 1540;
            this.match(FlinkSqlParser.AS);
            this.state = 1541;
            this.match(FlinkSqlParser.OF);
            this.state = 1542;
            this.expression();
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
        this.enterRule(localContext, 172, FlinkSqlParser.RULE_tableAlias);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1545;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 1544;
                this.match(FlinkSqlParser.AS);
                }
            }

            this.state = 1547;
            this.identifier();
            this.state = 1549;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 1548;
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
        this.enterRule(localContext, 174, FlinkSqlParser.RULE_groupBy);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1551;
            this.match(FlinkSqlParser.GROUP);
            this.state = 1552;
            this.match(FlinkSqlParser.BY);
            this.state = 1553;
            this.groupingElement();
            this.state = 1558;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1554;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1555;
                this.groupingElement();
                }
                }
                this.state = 1560;
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
        this.enterRule(localContext, 176, FlinkSqlParser.RULE_groupingElement);
        let _la: number;
        try {
            this.state = 1589;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 206, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1561;
                this.match(FlinkSqlParser.GROUPING);
                this.state = 1562;
                this.match(FlinkSqlParser.SETS);
                this.state = 1563;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1564;
                this.groupingElement();
                this.state = 1569;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1565;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1566;
                    this.groupingElement();
                    }
                    }
                    this.state = 1571;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1572;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1574;
                _la = this.tokenStream.LA(1);
                if(!(_la === 36 || _la === 171)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1575;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1576;
                this.expression();
                this.state = 1581;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1577;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1578;
                    this.expression();
                    }
                    }
                    this.state = 1583;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1584;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1586;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1587;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1588;
                this.expression();
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
        this.enterRule(localContext, 178, FlinkSqlParser.RULE_windowClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1591;
            this.match(FlinkSqlParser.WINDOW);
            this.state = 1592;
            this.namedWindow();
            this.state = 1597;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1593;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1594;
                this.namedWindow();
                }
                }
                this.state = 1599;
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
        this.enterRule(localContext, 180, FlinkSqlParser.RULE_namedWindow);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1600;
            this.identifier();
            this.state = 1601;
            this.match(FlinkSqlParser.AS);
            this.state = 1602;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1603;
            this.windowSpec();
            this.state = 1604;
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
        this.enterRule(localContext, 182, FlinkSqlParser.RULE_windowSpec);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1607;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 1606;
                this.identifier();
                }
            }

            this.state = 1619;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 1609;
                this.match(FlinkSqlParser.PARTITION);
                this.state = 1610;
                this.match(FlinkSqlParser.BY);
                this.state = 1611;
                this.expression();
                this.state = 1616;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1612;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1613;
                    this.expression();
                    }
                    }
                    this.state = 1618;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1622;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 137) {
                {
                this.state = 1621;
                this.orderBy();
                }
            }

            this.state = 1625;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 159 || _la === 173) {
                {
                this.state = 1624;
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
        this.enterRule(localContext, 184, FlinkSqlParser.RULE_windowFrame);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1627;
            _la = this.tokenStream.LA(1);
            if(!(_la === 159 || _la === 173)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1634;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.BETWEEN:
                {
                this.state = 1628;
                this.match(FlinkSqlParser.BETWEEN);
                this.state = 1629;
                this.frameBound();
                this.state = 1630;
                this.match(FlinkSqlParser.AND);
                this.state = 1631;
                this.frameBound();
                }
                break;
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
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
                this.state = 1633;
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
        this.enterRule(localContext, 186, FlinkSqlParser.RULE_frameBound);
        let _la: number;
        try {
            this.state = 1643;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.UNBOUNDED:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1636;
                this.match(FlinkSqlParser.UNBOUNDED);
                this.state = 1637;
                _la = this.tokenStream.LA(1);
                if(!(_la === 69 || _la === 154)) {
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
                this.state = 1638;
                this.match(FlinkSqlParser.CURRENT);
                this.state = 1639;
                this.match(FlinkSqlParser.ROW);
                }
                break;
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
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
                this.state = 1640;
                this.additiveExpression();
                this.state = 1641;
                _la = this.tokenStream.LA(1);
                if(!(_la === 69 || _la === 154)) {
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
        this.enterRule(localContext, 188, FlinkSqlParser.RULE_orderBy);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1645;
            this.match(FlinkSqlParser.ORDER);
            this.state = 1646;
            this.match(FlinkSqlParser.BY);
            this.state = 1647;
            this.orderItem();
            this.state = 1652;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 215, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 1648;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1649;
                    this.orderItem();
                    }
                    }
                }
                this.state = 1654;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 215, this.context);
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
        this.enterRule(localContext, 190, FlinkSqlParser.RULE_orderItem);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1655;
            this.expression();
            this.state = 1657;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 10 || _la === 45) {
                {
                this.state = 1656;
                _la = this.tokenStream.LA(1);
                if(!(_la === 10 || _la === 45)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            this.state = 1661;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 129) {
                {
                this.state = 1659;
                this.match(FlinkSqlParser.NULLS);
                this.state = 1660;
                _la = this.tokenStream.LA(1);
                if(!(_la === 67 || _la === 101)) {
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
        this.enterRule(localContext, 192, FlinkSqlParser.RULE_limitClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1663;
            this.match(FlinkSqlParser.LIMIT);
            this.state = 1666;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
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
                this.state = 1664;
                this.expression();
                }
                break;
            case FlinkSqlParser.ALL:
                {
                this.state = 1665;
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
        this.enterRule(localContext, 194, FlinkSqlParser.RULE_offsetClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1668;
            this.match(FlinkSqlParser.OFFSET);
            this.state = 1669;
            this.expression();
            this.state = 1671;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 172 || _la === 173) {
                {
                this.state = 1670;
                _la = this.tokenStream.LA(1);
                if(!(_la === 172 || _la === 173)) {
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
        this.enterRule(localContext, 196, FlinkSqlParser.RULE_fetchClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1673;
            this.match(FlinkSqlParser.FETCH);
            this.state = 1674;
            _la = this.tokenStream.LA(1);
            if(!(_la === 67 || _la === 126)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1676;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 220, this.context) ) {
            case 1:
                {
                this.state = 1675;
                this.expression();
                }
                break;
            }
            this.state = 1678;
            _la = this.tokenStream.LA(1);
            if(!(_la === 172 || _la === 173)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1679;
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
        this.enterRule(localContext, 198, FlinkSqlParser.RULE_matchRecognize);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1681;
            this.match(FlinkSqlParser.MATCH_RECOGNIZE);
            this.state = 1682;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1693;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 1683;
                this.match(FlinkSqlParser.PARTITION);
                this.state = 1684;
                this.match(FlinkSqlParser.BY);
                this.state = 1685;
                this.expression();
                this.state = 1690;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1686;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1687;
                    this.expression();
                    }
                    }
                    this.state = 1692;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1696;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 137) {
                {
                this.state = 1695;
                this.orderBy();
                }
            }

            this.state = 1707;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 113) {
                {
                this.state = 1698;
                this.match(FlinkSqlParser.MEASURES);
                this.state = 1699;
                this.measure();
                this.state = 1704;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1700;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1701;
                    this.measure();
                    }
                    }
                    this.state = 1706;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1710;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 3 || _la === 133) {
                {
                this.state = 1709;
                this.rowsPerMatch();
                }
            }

            this.state = 1713;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 2) {
                {
                this.state = 1712;
                this.afterMatchSkip();
                }
            }

            this.state = 1715;
            this.match(FlinkSqlParser.PATTERN);
            this.state = 1716;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1717;
            this.pattern();
            this.state = 1718;
            this.match(FlinkSqlParser.RPAREN);
            this.state = 1721;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 227) {
                {
                this.state = 1719;
                this.match(FlinkSqlParser.WITHIN);
                this.state = 1720;
                this.intervalLiteral();
                }
            }

            this.state = 1732;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 187) {
                {
                this.state = 1723;
                this.match(FlinkSqlParser.SUBSET);
                this.state = 1724;
                this.subsetDefinition();
                this.state = 1729;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1725;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1726;
                    this.subsetDefinition();
                    }
                    }
                    this.state = 1731;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1734;
            this.match(FlinkSqlParser.DEFINE);
            this.state = 1735;
            this.patternDefinition();
            this.state = 1740;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1736;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1737;
                this.patternDefinition();
                }
                }
                this.state = 1742;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1743;
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
        this.enterRule(localContext, 200, FlinkSqlParser.RULE_measure);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1745;
            this.expression();
            this.state = 1746;
            this.match(FlinkSqlParser.AS);
            this.state = 1747;
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
        this.enterRule(localContext, 202, FlinkSqlParser.RULE_rowsPerMatch);
        try {
            this.state = 1757;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ONE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1749;
                this.match(FlinkSqlParser.ONE);
                this.state = 1750;
                this.match(FlinkSqlParser.ROW);
                this.state = 1751;
                this.match(FlinkSqlParser.PER);
                this.state = 1752;
                this.match(FlinkSqlParser.MATCH);
                }
                break;
            case FlinkSqlParser.ALL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1753;
                this.match(FlinkSqlParser.ALL);
                this.state = 1754;
                this.match(FlinkSqlParser.ROWS);
                this.state = 1755;
                this.match(FlinkSqlParser.PER);
                this.state = 1756;
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
        this.enterRule(localContext, 204, FlinkSqlParser.RULE_afterMatchSkip);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1759;
            this.match(FlinkSqlParser.AFTER);
            this.state = 1760;
            this.match(FlinkSqlParser.MATCH);
            this.state = 1761;
            this.match(FlinkSqlParser.SKIP_);
            this.state = 1773;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 234, this.context) ) {
            case 1:
                {
                this.state = 1762;
                this.match(FlinkSqlParser.TO);
                this.state = 1763;
                this.match(FlinkSqlParser.NEXT);
                this.state = 1764;
                this.match(FlinkSqlParser.ROW);
                }
                break;
            case 2:
                {
                this.state = 1765;
                this.match(FlinkSqlParser.PAST);
                this.state = 1766;
                this.match(FlinkSqlParser.LAST);
                this.state = 1767;
                this.match(FlinkSqlParser.ROW);
                }
                break;
            case 3:
                {
                this.state = 1768;
                this.match(FlinkSqlParser.TO);
                this.state = 1770;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 233, this.context) ) {
                case 1:
                    {
                    this.state = 1769;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 67 || _la === 101)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                    break;
                }
                this.state = 1772;
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
        this.enterRule(localContext, 206, FlinkSqlParser.RULE_pattern);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1775;
            this.patternTerm();
            this.state = 1780;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 245) {
                {
                {
                this.state = 1776;
                this.match(FlinkSqlParser.PIPE);
                this.state = 1777;
                this.patternTerm();
                }
                }
                this.state = 1782;
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
        this.enterRule(localContext, 208, FlinkSqlParser.RULE_patternTerm);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1784;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 1783;
                this.patternFactor();
                }
                }
                this.state = 1786;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            } while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 246)) & ~0x1F) === 0 && ((1 << (_la - 246)) & 786433) !== 0));
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
        this.enterRule(localContext, 210, FlinkSqlParser.RULE_patternFactor);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1788;
            this.patternPrimary();
            this.state = 1790;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (((((_la - 239)) & ~0x1F) === 0 && ((1 << (_la - 239)) & 67589) !== 0)) {
                {
                this.state = 1789;
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
        this.enterRule(localContext, 212, FlinkSqlParser.RULE_patternPrimary);
        try {
            this.state = 1797;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1792;
                this.identifier();
                }
                break;
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1793;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1794;
                this.pattern();
                this.state = 1795;
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
        this.enterRule(localContext, 214, FlinkSqlParser.RULE_patternQuantifier);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1813;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STAR:
                {
                this.state = 1799;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case FlinkSqlParser.PLUS:
                {
                this.state = 1800;
                this.match(FlinkSqlParser.PLUS);
                }
                break;
            case FlinkSqlParser.QUESTION:
                {
                this.state = 1801;
                this.match(FlinkSqlParser.QUESTION);
                }
                break;
            case FlinkSqlParser.LBRACE:
                {
                this.state = 1802;
                this.match(FlinkSqlParser.LBRACE);
                this.state = 1804;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 261) {
                    {
                    this.state = 1803;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    }
                }

                this.state = 1810;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 252) {
                    {
                    this.state = 1806;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1808;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 261) {
                        {
                        this.state = 1807;
                        this.match(FlinkSqlParser.INTEGER_VALUE);
                        }
                    }

                    }
                }

                this.state = 1812;
                this.match(FlinkSqlParser.RBRACE);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 1816;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 255) {
                {
                this.state = 1815;
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
        this.enterRule(localContext, 216, FlinkSqlParser.RULE_subsetDefinition);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1818;
            this.identifier();
            this.state = 1819;
            this.match(FlinkSqlParser.EQ);
            this.state = 1820;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1821;
            this.identifier();
            this.state = 1826;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1822;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1823;
                this.identifier();
                }
                }
                this.state = 1828;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1829;
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
        this.enterRule(localContext, 218, FlinkSqlParser.RULE_patternDefinition);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1831;
            this.identifier();
            this.state = 1832;
            this.match(FlinkSqlParser.AS);
            this.state = 1833;
            this.expression();
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
        this.enterRule(localContext, 220, FlinkSqlParser.RULE_hint);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1835;
            this.match(FlinkSqlParser.HINT_START);
            this.state = 1836;
            this.hintItem();
            this.state = 1843;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 276 || _la === 281) {
                {
                {
                this.state = 1838;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 281) {
                    {
                    this.state = 1837;
                    this.match(FlinkSqlParser.HINT_COMMA);
                    }
                }

                this.state = 1840;
                this.hintItem();
                }
                }
                this.state = 1845;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1846;
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
        this.enterRule(localContext, 222, FlinkSqlParser.RULE_hintItem);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1848;
            this.match(FlinkSqlParser.HINT_NAME);
            this.state = 1861;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 282) {
                {
                this.state = 1849;
                this.match(FlinkSqlParser.HINT_LPAREN);
                this.state = 1858;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (((((_la - 276)) & ~0x1F) === 0 && ((1 << (_la - 276)) & 15) !== 0)) {
                    {
                    this.state = 1850;
                    this.hintOption();
                    this.state = 1855;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 281) {
                        {
                        {
                        this.state = 1851;
                        this.match(FlinkSqlParser.HINT_COMMA);
                        this.state = 1852;
                        this.hintOption();
                        }
                        }
                        this.state = 1857;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 1860;
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
        this.enterRule(localContext, 224, FlinkSqlParser.RULE_hintOption);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1863;
            this.hintValue();
            this.state = 1866;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 280) {
                {
                this.state = 1864;
                this.match(FlinkSqlParser.HINT_EQ);
                this.state = 1865;
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
        this.enterRule(localContext, 226, FlinkSqlParser.RULE_hintValue);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1868;
            _la = this.tokenStream.LA(1);
            if(!(((((_la - 276)) & ~0x1F) === 0 && ((1 << (_la - 276)) & 15) !== 0))) {
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
    public expression(): ExpressionContext {
        let localContext = new ExpressionContext(this.context, this.state);
        this.enterRule(localContext, 228, FlinkSqlParser.RULE_expression);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1870;
            this.orExpression();
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
    public orExpression(): OrExpressionContext {
        let localContext = new OrExpressionContext(this.context, this.state);
        this.enterRule(localContext, 230, FlinkSqlParser.RULE_orExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1872;
            this.andExpression();
            this.state = 1877;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 136) {
                {
                {
                this.state = 1873;
                this.match(FlinkSqlParser.OR);
                this.state = 1874;
                this.andExpression();
                }
                }
                this.state = 1879;
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
    public andExpression(): AndExpressionContext {
        let localContext = new AndExpressionContext(this.context, this.state);
        this.enterRule(localContext, 232, FlinkSqlParser.RULE_andExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1880;
            this.notExpression();
            this.state = 1885;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 6) {
                {
                {
                this.state = 1881;
                this.match(FlinkSqlParser.AND);
                this.state = 1882;
                this.notExpression();
                }
                }
                this.state = 1887;
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
    public notExpression(): NotExpressionContext {
        let localContext = new NotExpressionContext(this.context, this.state);
        this.enterRule(localContext, 234, FlinkSqlParser.RULE_notExpression);
        try {
            this.state = 1891;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.NOT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1888;
                this.match(FlinkSqlParser.NOT);
                this.state = 1889;
                this.notExpression();
                }
                break;
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
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
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1890;
                this.predicateExpression();
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
    public predicateExpression(): PredicateExpressionContext {
        let localContext = new PredicateExpressionContext(this.context, this.state);
        this.enterRule(localContext, 236, FlinkSqlParser.RULE_predicateExpression);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1893;
            this.additiveExpression();
            this.state = 1897;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 254, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 1894;
                    this.predicateSuffix();
                    }
                    }
                }
                this.state = 1899;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 254, this.context);
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
    public predicateSuffix(): PredicateSuffixContext {
        let localContext = new PredicateSuffixContext(this.context, this.state);
        this.enterRule(localContext, 238, FlinkSqlParser.RULE_predicateSuffix);
        let _la: number;
        try {
            this.state = 1964;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 265, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1900;
                this.comparisonOperator();
                this.state = 1901;
                _la = this.tokenStream.LA(1);
                if(!(_la === 3 || _la === 7 || _la === 183)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1902;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1903;
                this.query();
                this.state = 1904;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1906;
                this.comparisonOperator();
                this.state = 1907;
                this.additiveExpression();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1909;
                this.match(FlinkSqlParser.IS);
                this.state = 1911;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127) {
                    {
                    this.state = 1910;
                    this.match(FlinkSqlParser.NOT);
                    }
                }

                this.state = 1913;
                _la = this.tokenStream.LA(1);
                if(!(_la === 64 || _la === 128 || _la === 202 || _la === 207)) {
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
                this.state = 1914;
                this.match(FlinkSqlParser.IS);
                this.state = 1916;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127) {
                    {
                    this.state = 1915;
                    this.match(FlinkSqlParser.NOT);
                    }
                }

                this.state = 1918;
                this.match(FlinkSqlParser.DISTINCT);
                this.state = 1919;
                this.match(FlinkSqlParser.FROM);
                this.state = 1920;
                this.additiveExpression();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1922;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127) {
                    {
                    this.state = 1921;
                    this.match(FlinkSqlParser.NOT);
                    }
                }

                this.state = 1924;
                this.match(FlinkSqlParser.BETWEEN);
                this.state = 1926;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 11 || _la === 190) {
                    {
                    this.state = 1925;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 11 || _la === 190)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 1928;
                this.additiveExpression();
                this.state = 1929;
                this.match(FlinkSqlParser.AND);
                this.state = 1930;
                this.additiveExpression();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1933;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127) {
                    {
                    this.state = 1932;
                    this.match(FlinkSqlParser.NOT);
                    }
                }

                this.state = 1935;
                this.match(FlinkSqlParser.IN);
                this.state = 1936;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1946;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 261, this.context) ) {
                case 1:
                    {
                    this.state = 1937;
                    this.query();
                    }
                    break;
                case 2:
                    {
                    this.state = 1938;
                    this.expression();
                    this.state = 1943;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 1939;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 1940;
                        this.expression();
                        }
                        }
                        this.state = 1945;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                }
                this.state = 1948;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1951;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127) {
                    {
                    this.state = 1950;
                    this.match(FlinkSqlParser.NOT);
                    }
                }

                this.state = 1957;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.LIKE:
                    {
                    this.state = 1953;
                    this.match(FlinkSqlParser.LIKE);
                    }
                    break;
                case FlinkSqlParser.ILIKE:
                    {
                    this.state = 1954;
                    this.match(FlinkSqlParser.ILIKE);
                    }
                    break;
                case FlinkSqlParser.SIMILAR:
                    {
                    this.state = 1955;
                    this.match(FlinkSqlParser.SIMILAR);
                    this.state = 1956;
                    this.match(FlinkSqlParser.TO);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 1959;
                this.additiveExpression();
                this.state = 1962;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 56) {
                    {
                    this.state = 1960;
                    this.match(FlinkSqlParser.ESCAPE);
                    this.state = 1961;
                    this.additiveExpression();
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
    public comparisonOperator(): ComparisonOperatorContext {
        let localContext = new ComparisonOperatorContext(this.context, this.state);
        this.enterRule(localContext, 240, FlinkSqlParser.RULE_comparisonOperator);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1966;
            _la = this.tokenStream.LA(1);
            if(!(((((_la - 232)) & ~0x1F) === 0 && ((1 << (_la - 232)) & 63) !== 0))) {
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
    public additiveExpression(): AdditiveExpressionContext {
        let localContext = new AdditiveExpressionContext(this.context, this.state);
        this.enterRule(localContext, 242, FlinkSqlParser.RULE_additiveExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1968;
            this.multiplicativeExpression();
            this.state = 1973;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (((((_la - 239)) & ~0x1F) === 0 && ((1 << (_la - 239)) & 35) !== 0)) {
                {
                {
                this.state = 1969;
                _la = this.tokenStream.LA(1);
                if(!(((((_la - 239)) & ~0x1F) === 0 && ((1 << (_la - 239)) & 35) !== 0))) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1970;
                this.multiplicativeExpression();
                }
                }
                this.state = 1975;
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
    public multiplicativeExpression(): MultiplicativeExpressionContext {
        let localContext = new MultiplicativeExpressionContext(this.context, this.state);
        this.enterRule(localContext, 244, FlinkSqlParser.RULE_multiplicativeExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1976;
            this.unaryExpression();
            this.state = 1981;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (((((_la - 241)) & ~0x1F) === 0 && ((1 << (_la - 241)) & 7) !== 0)) {
                {
                {
                this.state = 1977;
                _la = this.tokenStream.LA(1);
                if(!(((((_la - 241)) & ~0x1F) === 0 && ((1 << (_la - 241)) & 7) !== 0))) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1978;
                this.unaryExpression();
                }
                }
                this.state = 1983;
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
    public unaryExpression(): UnaryExpressionContext {
        let localContext = new UnaryExpressionContext(this.context, this.state);
        this.enterRule(localContext, 246, FlinkSqlParser.RULE_unaryExpression);
        let _la: number;
        try {
            this.state = 1987;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.PLUS:
            case FlinkSqlParser.MINUS_SIGN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1984;
                _la = this.tokenStream.LA(1);
                if(!(_la === 239 || _la === 240)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1985;
                this.unaryExpression();
                }
                break;
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
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
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1986;
                this.postfixExpression();
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
    public postfixExpression(): PostfixExpressionContext {
        let localContext = new PostfixExpressionContext(this.context, this.state);
        this.enterRule(localContext, 248, FlinkSqlParser.RULE_postfixExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1989;
            this.primaryExpression();
            this.state = 1998;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 248 || _la === 253) {
                {
                this.state = 1996;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.LBRACKET:
                    {
                    this.state = 1990;
                    this.match(FlinkSqlParser.LBRACKET);
                    this.state = 1991;
                    this.expression();
                    this.state = 1992;
                    this.match(FlinkSqlParser.RBRACKET);
                    }
                    break;
                case FlinkSqlParser.DOT:
                    {
                    this.state = 1994;
                    this.match(FlinkSqlParser.DOT);
                    this.state = 1995;
                    this.identifier();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 2000;
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
    public primaryExpression(): PrimaryExpressionContext {
        let localContext = new PrimaryExpressionContext(this.context, this.state);
        this.enterRule(localContext, 250, FlinkSqlParser.RULE_primaryExpression);
        let _la: number;
        try {
            this.state = 2033;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 272, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2001;
                this.literal();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2002;
                this.caseExpression();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2003;
                this.castExpression();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2004;
                this.extractExpression();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2005;
                this.positionExpression();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2006;
                this.trimExpression();
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2007;
                this.overlayExpression();
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2008;
                this.substringExpression();
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2009;
                this.floorCeilExpression();
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2010;
                this.constructorExpression();
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2011;
                this.match(FlinkSqlParser.EXISTS);
                this.state = 2012;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2013;
                this.query();
                this.state = 2014;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 12:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 2016;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2017;
                this.query();
                this.state = 2018;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 13:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 2020;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2021;
                this.expression();
                this.state = 2026;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 2022;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2023;
                    this.expression();
                    }
                    }
                    this.state = 2028;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 2029;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 14:
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 2031;
                this.functionCall();
                }
                break;
            case 15:
                this.enterOuterAlt(localContext, 15);
                {
                this.state = 2032;
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
        this.enterRule(localContext, 252, FlinkSqlParser.RULE_caseExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2035;
            this.match(FlinkSqlParser.CASE);
            this.state = 2037;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                {
                this.state = 2036;
                this.expression();
                }
            }

            this.state = 2040;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 2039;
                this.whenClause();
                }
                }
                this.state = 2042;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            } while (_la === 223);
            this.state = 2045;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 53) {
                {
                this.state = 2044;
                this.elseClause();
                }
            }

            this.state = 2047;
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
        this.enterRule(localContext, 254, FlinkSqlParser.RULE_elseClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2049;
            this.match(FlinkSqlParser.ELSE);
            this.state = 2050;
            this.expression();
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
        this.enterRule(localContext, 256, FlinkSqlParser.RULE_whenClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2052;
            this.match(FlinkSqlParser.WHEN);
            this.state = 2053;
            this.expression();
            this.state = 2054;
            this.match(FlinkSqlParser.THEN);
            this.state = 2055;
            this.expression();
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
        this.enterRule(localContext, 258, FlinkSqlParser.RULE_castExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2057;
            _la = this.tokenStream.LA(1);
            if(!(_la === 20 || _la === 204)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2058;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2059;
            this.expression();
            this.state = 2060;
            this.match(FlinkSqlParser.AS);
            this.state = 2061;
            this.dataType();
            this.state = 2062;
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
        this.enterRule(localContext, 260, FlinkSqlParser.RULE_extractExpression);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2064;
            this.match(FlinkSqlParser.EXTRACT);
            this.state = 2065;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2066;
            this.extractUnit();
            this.state = 2067;
            this.match(FlinkSqlParser.FROM);
            this.state = 2068;
            this.expression();
            this.state = 2069;
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
        this.enterRule(localContext, 262, FlinkSqlParser.RULE_positionExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2071;
            this.match(FlinkSqlParser.POSITION);
            this.state = 2072;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2073;
            this.additiveExpression();
            this.state = 2074;
            this.match(FlinkSqlParser.IN);
            this.state = 2075;
            this.additiveExpression();
            this.state = 2078;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 72) {
                {
                this.state = 2076;
                this.match(FlinkSqlParser.FROM);
                this.state = 2077;
                this.additiveExpression();
                }
            }

            this.state = 2080;
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
        this.enterRule(localContext, 264, FlinkSqlParser.RULE_trimExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2082;
            this.match(FlinkSqlParser.TRIM);
            this.state = 2083;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2092;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 278, this.context) ) {
            case 1:
                {
                this.state = 2084;
                _la = this.tokenStream.LA(1);
                if(!(_la === 14 || _la === 103 || _la === 200)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2086;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1811932455) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                    {
                    this.state = 2085;
                    this.additiveExpression();
                    }
                }

                this.state = 2088;
                this.match(FlinkSqlParser.FROM);
                }
                break;
            case 2:
                {
                this.state = 2089;
                this.additiveExpression();
                this.state = 2090;
                this.match(FlinkSqlParser.FROM);
                }
                break;
            }
            this.state = 2094;
            this.additiveExpression();
            this.state = 2095;
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
        this.enterRule(localContext, 266, FlinkSqlParser.RULE_overlayExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2097;
            this.match(FlinkSqlParser.OVERLAY);
            this.state = 2098;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2099;
            this.expression();
            this.state = 2100;
            this.match(FlinkSqlParser.PLACING);
            this.state = 2101;
            this.expression();
            this.state = 2102;
            this.match(FlinkSqlParser.FROM);
            this.state = 2103;
            this.expression();
            this.state = 2106;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 70) {
                {
                this.state = 2104;
                this.match(FlinkSqlParser.FOR);
                this.state = 2105;
                this.expression();
                }
            }

            this.state = 2108;
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
        this.enterRule(localContext, 268, FlinkSqlParser.RULE_substringExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2110;
            this.match(FlinkSqlParser.SUBSTRING);
            this.state = 2111;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2112;
            this.expression();
            this.state = 2113;
            _la = this.tokenStream.LA(1);
            if(!(_la === 72 || _la === 252)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2114;
            this.expression();
            this.state = 2117;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 70 || _la === 252) {
                {
                this.state = 2115;
                _la = this.tokenStream.LA(1);
                if(!(_la === 70 || _la === 252)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2116;
                this.expression();
                }
            }

            this.state = 2119;
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
        this.enterRule(localContext, 270, FlinkSqlParser.RULE_floorCeilExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2121;
            _la = this.tokenStream.LA(1);
            if(!(_la === 23 || _la === 24 || _la === 68)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2122;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2123;
            this.expression();
            this.state = 2126;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 199) {
                {
                this.state = 2124;
                this.match(FlinkSqlParser.TO);
                this.state = 2125;
                this.timeUnit();
                }
            }

            this.state = 2128;
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
        this.enterRule(localContext, 272, FlinkSqlParser.RULE_constructorExpression);
        let _la: number;
        try {
            this.state = 2161;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 286, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2130;
                _la = this.tokenStream.LA(1);
                if(!(_la === 8 || _la === 109 || _la === 124)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2131;
                this.match(FlinkSqlParser.LBRACKET);
                this.state = 2140;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                    {
                    this.state = 2132;
                    this.expression();
                    this.state = 2137;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 2133;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 2134;
                        this.expression();
                        }
                        }
                        this.state = 2139;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 2142;
                this.match(FlinkSqlParser.RBRACKET);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2143;
                _la = this.tokenStream.LA(1);
                if(!(_la === 8 || _la === 109 || _la === 124)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2144;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2145;
                this.query();
                this.state = 2146;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2148;
                this.match(FlinkSqlParser.ROW);
                this.state = 2149;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2158;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                    {
                    this.state = 2150;
                    this.expression();
                    this.state = 2155;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 2151;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 2152;
                        this.expression();
                        }
                        }
                        this.state = 2157;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 2160;
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
        this.enterRule(localContext, 274, FlinkSqlParser.RULE_functionCall);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2163;
            this.functionName();
            this.state = 2164;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2177;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STAR:
                {
                this.state = 2165;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.AFTER:
            case FlinkSqlParser.ALL:
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
            case FlinkSqlParser.DISTINCT:
            case FlinkSqlParser.DISTRIBUTED:
            case FlinkSqlParser.DISTRIBUTION:
            case FlinkSqlParser.DRAIN:
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.RIGHT:
            case FlinkSqlParser.ROW:
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.TABLES:
            case FlinkSqlParser.TEMPORARY:
            case FlinkSqlParser.TIME:
            case FlinkSqlParser.TIMESTAMP:
            case FlinkSqlParser.TRIM:
            case FlinkSqlParser.TRUE:
            case FlinkSqlParser.TRUNCATE:
            case FlinkSqlParser.TRY_CAST:
            case FlinkSqlParser.UNKNOWN:
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
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
                this.state = 2167;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 3 || _la === 48) {
                    {
                    this.state = 2166;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 3 || _la === 48)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 2169;
                this.callArgument();
                this.state = 2174;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 2170;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2171;
                    this.callArgument();
                    }
                    }
                    this.state = 2176;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case FlinkSqlParser.RPAREN:
                break;
            default:
                break;
            }
            this.state = 2179;
            this.match(FlinkSqlParser.RPAREN);
            this.state = 2182;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 290, this.context) ) {
            case 1:
                {
                this.state = 2180;
                _la = this.tokenStream.LA(1);
                if(!(_la === 83 || _la === 167)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2181;
                this.match(FlinkSqlParser.NULLS);
                }
                break;
            }
            this.state = 2190;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 227) {
                {
                this.state = 2184;
                this.match(FlinkSqlParser.WITHIN);
                this.state = 2185;
                this.match(FlinkSqlParser.GROUP);
                this.state = 2186;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2187;
                this.orderBy();
                this.state = 2188;
                this.match(FlinkSqlParser.RPAREN);
                }
            }

            this.state = 2198;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 66) {
                {
                this.state = 2192;
                this.match(FlinkSqlParser.FILTER);
                this.state = 2193;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2194;
                this.match(FlinkSqlParser.WHERE);
                this.state = 2195;
                this.expression();
                this.state = 2196;
                this.match(FlinkSqlParser.RPAREN);
                }
            }

            this.state = 2208;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 141) {
                {
                this.state = 2200;
                this.match(FlinkSqlParser.OVER);
                this.state = 2206;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
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
                case FlinkSqlParser.ENFORCED:
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
                case FlinkSqlParser.SAVEPOINT:
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
                case FlinkSqlParser.UNLOAD:
                case FlinkSqlParser.USE:
                case FlinkSqlParser.USER:
                case FlinkSqlParser.VIEW:
                case FlinkSqlParser.VIEWS:
                case FlinkSqlParser.VIRTUAL:
                case FlinkSqlParser.WATERMARK:
                case FlinkSqlParser.WATERMARKS:
                case FlinkSqlParser.WEEK:
                case FlinkSqlParser.YEARS:
                case FlinkSqlParser.ZONE:
                case FlinkSqlParser.IDENTIFIER:
                case FlinkSqlParser.QUOTED_IDENTIFIER:
                    {
                    this.state = 2201;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 2202;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 2203;
                    this.windowSpec();
                    this.state = 2204;
                    this.match(FlinkSqlParser.RPAREN);
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
    public functionName(): FunctionNameContext {
        let localContext = new FunctionNameContext(this.context, this.state);
        this.enterRule(localContext, 276, FlinkSqlParser.RULE_functionName);
        try {
            this.state = 2220;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
            case FlinkSqlParser.IDENTIFIER:
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2210;
                this.qualifiedName();
                }
                break;
            case FlinkSqlParser.LEFT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2211;
                this.match(FlinkSqlParser.LEFT);
                }
                break;
            case FlinkSqlParser.RIGHT:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2212;
                this.match(FlinkSqlParser.RIGHT);
                }
                break;
            case FlinkSqlParser.YEAR:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2213;
                this.match(FlinkSqlParser.YEAR);
                }
                break;
            case FlinkSqlParser.MONTH:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2214;
                this.match(FlinkSqlParser.MONTH);
                }
                break;
            case FlinkSqlParser.DAY:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2215;
                this.match(FlinkSqlParser.DAY);
                }
                break;
            case FlinkSqlParser.HOUR:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2216;
                this.match(FlinkSqlParser.HOUR);
                }
                break;
            case FlinkSqlParser.MINUTE:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2217;
                this.match(FlinkSqlParser.MINUTE);
                }
                break;
            case FlinkSqlParser.SECOND:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2218;
                this.match(FlinkSqlParser.SECOND);
                }
                break;
            case FlinkSqlParser.GROUPING:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2219;
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
        this.enterRule(localContext, 278, FlinkSqlParser.RULE_callArgument);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2225;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 296, this.context) ) {
            case 1:
                {
                this.state = 2222;
                this.identifier();
                this.state = 2223;
                this.match(FlinkSqlParser.ARROW);
                }
                break;
            }
            this.state = 2227;
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
        this.enterRule(localContext, 280, FlinkSqlParser.RULE_callArgumentValue);
        let _la: number;
        try {
            let alternative: number;
            this.state = 2260;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 301, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2229;
                this.match(FlinkSqlParser.TABLE);
                this.state = 2230;
                this.tablePath();
                this.state = 2241;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 145) {
                    {
                    this.state = 2231;
                    this.match(FlinkSqlParser.PARTITION);
                    this.state = 2232;
                    this.match(FlinkSqlParser.BY);
                    this.state = 2233;
                    this.expression();
                    this.state = 2238;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 297, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 2234;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2235;
                            this.expression();
                            }
                            }
                        }
                        this.state = 2240;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 297, this.context);
                    }
                    }
                }

                this.state = 2244;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 137) {
                    {
                    this.state = 2243;
                    this.orderBy();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2246;
                this.match(FlinkSqlParser.DESCRIPTOR);
                this.state = 2247;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2248;
                this.identifier();
                this.state = 2253;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 2249;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2250;
                    this.identifier();
                    }
                    }
                    this.state = 2255;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 2256;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2258;
                this.callTimeUnit();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2259;
                this.expression();
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
        this.enterRule(localContext, 282, FlinkSqlParser.RULE_timeUnit);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2262;
            _la = this.tokenStream.LA(1);
            if(!(_la === 41 || _la === 42 || _la === 80 || _la === 81 || ((((_la - 115)) & ~0x1F) === 0 && ((1 << (_la - 115)) & 387) !== 0) || ((((_la - 158)) & ~0x1F) === 0 && ((1 << (_la - 158)) & 393217) !== 0) || ((((_la - 222)) & ~0x1F) === 0 && ((1 << (_la - 222)) & 385) !== 0))) {
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
        this.enterRule(localContext, 284, FlinkSqlParser.RULE_callTimeUnit);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2264;
            _la = this.tokenStream.LA(1);
            if(!(_la === 41 || _la === 80 || _la === 115 || _la === 122 || _la === 158 || _la === 175 || _la === 222 || _la === 229)) {
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
        this.enterRule(localContext, 286, FlinkSqlParser.RULE_extractUnit);
        try {
            this.state = 2268;
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
                this.state = 2266;
                this.timeUnit();
                }
                break;
            case FlinkSqlParser.IDENTIFIER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2267;
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
        this.enterRule(localContext, 288, FlinkSqlParser.RULE_literal);
        try {
            this.state = 2284;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.NULL:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2270;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case FlinkSqlParser.TRUE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2271;
                this.match(FlinkSqlParser.TRUE);
                }
                break;
            case FlinkSqlParser.FALSE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2272;
                this.match(FlinkSqlParser.FALSE);
                }
                break;
            case FlinkSqlParser.UNKNOWN:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2273;
                this.match(FlinkSqlParser.UNKNOWN);
                }
                break;
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2274;
                this.number_();
                }
                break;
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2275;
                this.stringLiteral();
                }
                break;
            case FlinkSqlParser.BINARY_STRING:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2276;
                this.match(FlinkSqlParser.BINARY_STRING);
                }
                break;
            case FlinkSqlParser.DATE:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2277;
                this.match(FlinkSqlParser.DATE);
                this.state = 2278;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.TIME:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2279;
                this.match(FlinkSqlParser.TIME);
                this.state = 2280;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.TIMESTAMP:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2281;
                this.match(FlinkSqlParser.TIMESTAMP);
                this.state = 2282;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.INTERVAL:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2283;
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
        this.enterRule(localContext, 290, FlinkSqlParser.RULE_number);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2286;
            _la = this.tokenStream.LA(1);
            if(!(((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 7) !== 0))) {
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
        this.enterRule(localContext, 292, FlinkSqlParser.RULE_stringLiteral);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2288;
            _la = this.tokenStream.LA(1);
            if(!(_la === 258 || _la === 259)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2292;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 258) {
                {
                {
                this.state = 2289;
                this.match(FlinkSqlParser.STRING);
                }
                }
                this.state = 2294;
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
    public intervalLiteral(): IntervalLiteralContext {
        let localContext = new IntervalLiteralContext(this.context, this.state);
        this.enterRule(localContext, 294, FlinkSqlParser.RULE_intervalLiteral);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2295;
            this.match(FlinkSqlParser.INTERVAL);
            this.state = 2297;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 239 || _la === 240) {
                {
                this.state = 2296;
                _la = this.tokenStream.LA(1);
                if(!(_la === 239 || _la === 240)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            this.state = 2301;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
                {
                this.state = 2299;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
                {
                this.state = 2300;
                this.number_();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 2303;
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
        this.enterRule(localContext, 296, FlinkSqlParser.RULE_intervalQualifier);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2305;
            this.timeUnit();
            this.state = 2307;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 2306;
                this.precisionSpec();
                }
            }

            this.state = 2314;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 309, this.context) ) {
            case 1:
                {
                this.state = 2309;
                this.match(FlinkSqlParser.TO);
                this.state = 2310;
                this.timeUnit();
                this.state = 2312;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2311;
                    this.precisionSpec();
                    }
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
        this.enterRule(localContext, 298, FlinkSqlParser.RULE_precisionSpec);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2316;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2317;
            this.match(FlinkSqlParser.INTEGER_VALUE);
            this.state = 2320;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 252) {
                {
                this.state = 2318;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2319;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                }
            }

            this.state = 2322;
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
        this.enterRule(localContext, 300, FlinkSqlParser.RULE_dataType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2324;
            this.typeCore();
            this.state = 2326;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 127 || _la === 128) {
                {
                this.state = 2325;
                this.nullability();
                }
            }

            this.state = 2334;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 8 || _la === 124) {
                {
                {
                this.state = 2328;
                _la = this.tokenStream.LA(1);
                if(!(_la === 8 || _la === 124)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2330;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127 || _la === 128) {
                    {
                    this.state = 2329;
                    this.nullability();
                    }
                }

                }
                }
                this.state = 2336;
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
        this.enterRule(localContext, 302, FlinkSqlParser.RULE_nullability);
        try {
            this.state = 2340;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.NOT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2337;
                this.match(FlinkSqlParser.NOT);
                this.state = 2338;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case FlinkSqlParser.NULL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2339;
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
        this.enterRule(localContext, 304, FlinkSqlParser.RULE_typeCore);
        let _la: number;
        try {
            this.state = 2427;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 328, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2342;
                this.match(FlinkSqlParser.ROW);
                this.state = 2367;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.LT:
                    {
                    this.state = 2343;
                    this.match(FlinkSqlParser.LT);
                    this.state = 2352;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                        {
                        this.state = 2344;
                        this.rowField();
                        this.state = 2349;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                        while (_la === 252) {
                            {
                            {
                            this.state = 2345;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2346;
                            this.rowField();
                            }
                            }
                            this.state = 2351;
                            this.errorHandler.sync(this);
                            _la = this.tokenStream.LA(1);
                        }
                        }
                    }

                    this.state = 2354;
                    this.match(FlinkSqlParser.GT);
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 2355;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 2364;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                        {
                        this.state = 2356;
                        this.rowField();
                        this.state = 2361;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                        while (_la === 252) {
                            {
                            {
                            this.state = 2357;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2358;
                            this.rowField();
                            }
                            }
                            this.state = 2363;
                            this.errorHandler.sync(this);
                            _la = this.tokenStream.LA(1);
                        }
                        }
                    }

                    this.state = 2366;
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
                this.state = 2369;
                this.match(FlinkSqlParser.ARRAY);
                this.state = 2370;
                this.match(FlinkSqlParser.LT);
                this.state = 2371;
                this.dataType();
                this.state = 2372;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2374;
                this.match(FlinkSqlParser.MULTISET);
                this.state = 2375;
                this.match(FlinkSqlParser.LT);
                this.state = 2376;
                this.dataType();
                this.state = 2377;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2379;
                this.match(FlinkSqlParser.MAP);
                this.state = 2380;
                this.match(FlinkSqlParser.LT);
                this.state = 2381;
                this.dataType();
                this.state = 2382;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2383;
                this.dataType();
                this.state = 2384;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2386;
                this.match(FlinkSqlParser.TIMESTAMP);
                this.state = 2388;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2387;
                    this.precisionSpec();
                    }
                }

                this.state = 2396;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226 || _la === 228) {
                    {
                    this.state = 2390;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 226 || _la === 228)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 2392;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 108) {
                        {
                        this.state = 2391;
                        this.match(FlinkSqlParser.LOCAL);
                        }
                    }

                    this.state = 2394;
                    this.match(FlinkSqlParser.TIME);
                    this.state = 2395;
                    this.match(FlinkSqlParser.ZONE);
                    }
                }

                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2398;
                this.match(FlinkSqlParser.TIME);
                this.state = 2400;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2399;
                    this.precisionSpec();
                    }
                }

                this.state = 2405;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 228) {
                    {
                    this.state = 2402;
                    this.match(FlinkSqlParser.WITHOUT);
                    this.state = 2403;
                    this.match(FlinkSqlParser.TIME);
                    this.state = 2404;
                    this.match(FlinkSqlParser.ZONE);
                    }
                }

                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2407;
                this.match(FlinkSqlParser.DATE);
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2408;
                this.match(FlinkSqlParser.INTERVAL);
                this.state = 2409;
                this.intervalQualifier();
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2410;
                this.match(FlinkSqlParser.RAW);
                this.state = 2411;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2412;
                this.stringLiteral();
                this.state = 2415;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 252) {
                    {
                    this.state = 2413;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2414;
                    this.stringLiteral();
                    }
                }

                this.state = 2417;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2419;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2420;
                this.identifier();
                this.state = 2422;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 155 || _la === 216) {
                    {
                    this.state = 2421;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 155 || _la === 216)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 2425;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2424;
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
        this.enterRule(localContext, 306, FlinkSqlParser.RULE_rowField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2429;
            this.identifier();
            this.state = 2430;
            this.dataType();
            this.state = 2432;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 258 || _la === 259) {
                {
                this.state = 2431;
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
        this.enterRule(localContext, 308, FlinkSqlParser.RULE_tablePath);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2434;
            this.identifier();
            this.state = 2439;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 253) {
                {
                {
                this.state = 2435;
                this.match(FlinkSqlParser.DOT);
                this.state = 2436;
                this.identifier();
                }
                }
                this.state = 2441;
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
        this.enterRule(localContext, 310, FlinkSqlParser.RULE_qualifiedName);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2442;
            this.identifier();
            this.state = 2447;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 331, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 2443;
                    this.match(FlinkSqlParser.DOT);
                    this.state = 2444;
                    this.identifier();
                    }
                    }
                }
                this.state = 2449;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 331, this.context);
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
        this.enterRule(localContext, 312, FlinkSqlParser.RULE_columnNameList);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2450;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2451;
            this.identifier();
            this.state = 2456;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 2452;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2453;
                this.identifier();
                }
                }
                this.state = 2458;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 2459;
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
        this.enterRule(localContext, 314, FlinkSqlParser.RULE_identifier);
        try {
            this.state = 2464;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.IDENTIFIER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2461;
                this.match(FlinkSqlParser.IDENTIFIER);
                }
                break;
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2462;
                this.match(FlinkSqlParser.QUOTED_IDENTIFIER);
                }
                break;
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
            case FlinkSqlParser.ENFORCED:
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
            case FlinkSqlParser.SAVEPOINT:
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
            case FlinkSqlParser.UNLOAD:
            case FlinkSqlParser.USE:
            case FlinkSqlParser.USER:
            case FlinkSqlParser.VIEW:
            case FlinkSqlParser.VIEWS:
            case FlinkSqlParser.VIRTUAL:
            case FlinkSqlParser.WATERMARK:
            case FlinkSqlParser.WATERMARKS:
            case FlinkSqlParser.WEEK:
            case FlinkSqlParser.YEARS:
            case FlinkSqlParser.ZONE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2463;
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
        this.enterRule(localContext, 316, FlinkSqlParser.RULE_nonReservedKeyword);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2466;
            _la = this.tokenStream.LA(1);
            if(!((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0))) {
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

    public static readonly _serializedATN: number[] = [
        4,1,286,2469,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
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
        7,153,2,154,7,154,2,155,7,155,2,156,7,156,2,157,7,157,2,158,7,158,
        1,0,1,0,3,0,321,8,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
        1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
        1,1,3,1,351,8,1,1,2,1,2,1,3,1,3,1,3,1,3,3,3,359,8,3,1,3,3,3,362,
        8,3,1,3,3,3,365,8,3,1,3,1,3,1,4,1,4,1,4,1,4,1,4,1,4,4,4,375,8,4,
        11,4,12,4,376,1,4,1,4,1,5,1,5,1,5,1,5,1,5,1,5,1,5,5,5,388,8,5,10,
        5,12,5,391,9,5,1,5,3,5,394,8,5,1,6,1,6,1,7,1,7,1,7,1,7,1,7,1,7,5,
        7,404,8,7,10,7,12,7,407,9,7,3,7,409,8,7,1,7,1,7,1,8,1,8,1,9,1,9,
        1,9,1,9,1,9,1,9,1,9,3,9,422,8,9,3,9,424,8,9,1,10,1,10,1,10,1,10,
        1,10,1,10,3,10,432,8,10,1,11,1,11,1,11,3,11,437,8,11,1,11,1,11,1,
        11,1,11,1,11,3,11,444,8,11,1,11,1,11,1,11,3,11,449,8,11,1,12,1,12,
        1,12,1,12,3,12,455,8,12,1,12,3,12,458,8,12,1,12,1,12,3,12,462,8,
        12,1,13,1,13,1,13,3,13,467,8,13,1,13,3,13,470,8,13,1,13,1,13,1,13,
        1,13,5,13,476,8,13,10,13,12,13,479,9,13,1,13,1,13,3,13,483,8,13,
        1,14,1,14,1,14,1,14,1,15,1,15,1,15,1,15,1,15,1,15,5,15,495,8,15,
        10,15,12,15,498,9,15,3,15,500,8,15,1,15,1,15,1,16,1,16,1,16,1,16,
        1,17,1,17,1,17,3,17,511,8,17,1,17,3,17,514,8,17,1,17,3,17,517,8,
        17,1,17,1,17,1,17,1,17,3,17,523,8,17,1,18,1,18,3,18,527,8,18,1,18,
        1,18,3,18,531,8,18,1,18,3,18,534,8,18,1,18,1,18,3,18,538,8,18,1,
        18,1,18,3,18,542,8,18,1,18,3,18,545,8,18,1,18,1,18,1,18,1,18,3,18,
        551,8,18,1,18,1,18,3,18,555,8,18,1,18,3,18,558,8,18,1,18,1,18,1,
        18,1,18,1,18,3,18,565,8,18,1,18,1,18,1,18,1,18,1,18,3,18,572,8,18,
        1,18,3,18,575,8,18,1,18,1,18,3,18,579,8,18,1,18,1,18,1,18,1,18,1,
        18,1,18,5,18,587,8,18,10,18,12,18,590,9,18,1,18,1,18,3,18,594,8,
        18,1,18,1,18,1,18,1,18,1,18,5,18,601,8,18,10,18,12,18,604,9,18,1,
        18,1,18,3,18,608,8,18,1,18,3,18,611,8,18,1,18,3,18,614,8,18,1,18,
        1,18,3,18,618,8,18,1,18,1,18,3,18,622,8,18,1,18,1,18,3,18,626,8,
        18,1,18,3,18,629,8,18,1,18,1,18,1,18,3,18,634,8,18,1,18,1,18,1,18,
        1,18,1,18,5,18,641,8,18,10,18,12,18,644,9,18,1,18,1,18,3,18,648,
        8,18,1,18,3,18,651,8,18,1,18,3,18,654,8,18,1,18,3,18,657,8,18,1,
        18,3,18,660,8,18,1,18,3,18,663,8,18,1,18,3,18,666,8,18,1,18,1,18,
        1,18,3,18,671,8,18,1,19,3,19,674,8,19,1,19,1,19,1,19,1,19,1,19,5,
        19,681,8,19,10,19,12,19,684,9,19,1,19,1,19,3,19,688,8,19,1,19,3,
        19,691,8,19,1,19,3,19,694,8,19,1,19,3,19,697,8,19,1,19,3,19,700,
        8,19,1,19,3,19,703,8,19,1,19,1,19,3,19,707,8,19,1,20,1,20,1,20,1,
        20,1,21,1,21,1,21,1,22,1,22,1,22,1,23,1,23,1,23,1,23,1,23,1,23,5,
        23,725,8,23,10,23,12,23,728,9,23,1,24,1,24,1,24,3,24,733,8,24,1,
        25,1,25,1,25,1,25,1,25,1,25,1,25,3,25,742,8,25,1,25,3,25,745,8,25,
        3,25,747,8,25,1,25,3,25,750,8,25,3,25,752,8,25,1,25,3,25,755,8,25,
        1,26,1,26,3,26,759,8,26,1,26,1,26,1,26,1,26,1,26,1,27,1,27,1,27,
        1,27,1,27,1,27,1,28,1,28,3,28,774,8,28,1,28,1,28,1,28,1,28,1,28,
        1,28,1,29,1,29,1,29,1,29,3,29,786,8,29,1,29,1,29,1,29,1,29,3,29,
        792,8,29,1,29,1,29,1,29,1,29,3,29,798,8,29,1,30,1,30,1,30,1,30,1,
        31,1,31,1,31,1,31,5,31,808,8,31,10,31,12,31,811,9,31,1,31,3,31,814,
        8,31,1,32,1,32,1,32,1,33,1,33,1,33,1,33,1,34,1,34,1,34,1,34,3,34,
        827,8,34,1,35,1,35,1,35,1,36,1,36,1,36,1,36,5,36,836,8,36,10,36,
        12,36,839,9,36,3,36,841,8,36,1,36,1,36,1,37,1,37,1,37,1,37,1,38,
        1,38,3,38,851,8,38,1,39,1,39,1,39,1,39,1,39,3,39,858,8,39,1,40,3,
        40,861,8,40,1,40,1,40,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,
        41,873,8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,884,
        8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,
        897,8,41,1,41,1,41,3,41,901,8,41,1,41,3,41,904,8,41,1,41,1,41,3,
        41,908,8,41,1,41,1,41,1,41,1,41,1,41,3,41,915,8,41,1,41,1,41,1,41,
        3,41,920,8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,930,8,
        41,1,41,1,41,3,41,934,8,41,1,41,1,41,3,41,938,8,41,1,41,1,41,1,41,
        1,41,1,41,1,41,1,41,1,41,3,41,948,8,41,1,41,1,41,1,41,1,41,1,41,
        1,41,3,41,956,8,41,1,42,1,42,1,42,1,42,5,42,962,8,42,10,42,12,42,
        965,9,42,3,42,967,8,42,1,42,1,42,1,43,1,43,1,43,1,43,1,43,1,43,1,
        43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,3,43,985,8,43,1,43,1,43,3,
        43,989,8,43,1,43,1,43,3,43,993,8,43,5,43,995,8,43,10,43,12,43,998,
        9,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,5,43,1008,8,43,10,43,
        12,43,1011,9,43,1,43,1,43,3,43,1015,8,43,1,43,1,43,3,43,1019,8,43,
        1,43,1,43,1,43,5,43,1024,8,43,10,43,12,43,1027,9,43,1,43,1,43,1,
        43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,3,43,1041,8,43,1,
        43,1,43,3,43,1045,8,43,3,43,1047,8,43,1,44,1,44,3,44,1051,8,44,1,
        44,1,44,3,44,1055,8,44,1,45,1,45,1,45,1,45,3,45,1061,8,45,1,45,1,
        45,1,45,1,45,3,45,1067,8,45,1,45,1,45,1,45,1,45,3,45,1073,8,45,1,
        46,1,46,1,46,3,46,1078,8,46,1,47,1,47,1,47,3,47,1083,8,47,1,47,1,
        47,3,47,1087,8,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,3,
        47,1098,8,47,1,47,1,47,3,47,1102,8,47,1,48,1,48,3,48,1106,8,48,1,
        48,3,48,1109,8,48,1,48,1,48,3,48,1113,8,48,1,48,1,48,3,48,1117,8,
        48,1,49,1,49,1,49,1,49,1,49,1,49,1,49,1,49,1,49,3,49,1128,8,49,1,
        50,1,50,1,50,1,50,1,50,1,50,1,50,1,50,1,50,1,50,1,50,1,50,1,50,1,
        50,3,50,1144,8,50,1,50,1,50,1,50,1,50,1,50,1,50,3,50,1152,8,50,1,
        50,1,50,1,50,1,50,3,50,1158,8,50,1,50,1,50,3,50,1162,8,50,1,50,1,
        50,1,50,3,50,1167,8,50,1,50,3,50,1170,8,50,3,50,1172,8,50,1,51,1,
        51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,3,51,1187,
        8,51,1,52,3,52,1190,8,52,1,52,1,52,1,52,1,53,1,53,3,53,1197,8,53,
        1,53,3,53,1200,8,53,1,53,1,53,3,53,1204,8,53,1,54,1,54,1,54,1,54,
        1,54,1,54,1,54,1,54,1,54,1,54,3,54,1216,8,54,1,55,1,55,1,55,1,55,
        1,55,1,55,1,55,1,55,5,55,1226,8,55,10,55,12,55,1229,9,55,1,55,1,
        55,3,55,1233,8,55,1,56,1,56,1,56,1,56,3,56,1239,8,56,1,57,1,57,1,
        57,1,57,1,58,1,58,1,58,1,58,1,58,3,58,1250,8,58,1,59,1,59,3,59,1254,
        8,59,1,60,1,60,1,60,1,60,1,61,1,61,1,61,1,61,1,62,1,62,1,62,1,62,
        3,62,1268,8,62,1,62,1,62,1,62,1,62,1,62,1,62,1,62,1,62,1,62,5,62,
        1279,8,62,10,62,12,62,1282,9,62,3,62,1284,8,62,3,62,1286,8,62,1,
        63,1,63,1,63,1,63,1,63,3,63,1293,8,63,1,63,1,63,3,63,1297,8,63,1,
        64,1,64,1,64,1,64,1,64,5,64,1304,8,64,10,64,12,64,1307,9,64,1,64,
        1,64,1,65,1,65,1,65,3,65,1314,8,65,1,66,3,66,1317,8,66,1,66,1,66,
        3,66,1321,8,66,1,66,3,66,1324,8,66,1,66,3,66,1327,8,66,1,66,3,66,
        1330,8,66,1,67,1,67,1,67,1,67,5,67,1336,8,67,10,67,12,67,1339,9,
        67,1,68,1,68,3,68,1343,8,68,1,68,1,68,1,68,1,68,1,68,1,69,1,69,1,
        69,1,69,5,69,1354,8,69,10,69,12,69,1357,9,69,1,70,1,70,3,70,1361,
        8,70,1,71,1,71,1,71,3,71,1366,8,71,1,71,5,71,1369,8,71,10,71,12,
        71,1372,9,71,1,72,1,72,1,72,1,72,1,72,1,72,1,72,1,72,3,72,1382,8,
        72,1,73,1,73,1,73,1,73,5,73,1388,8,73,10,73,12,73,1391,9,73,1,74,
        1,74,3,74,1395,8,74,1,74,3,74,1398,8,74,1,74,1,74,1,74,5,74,1403,
        8,74,10,74,12,74,1406,9,74,1,74,1,74,3,74,1410,8,74,1,74,3,74,1413,
        8,74,1,74,3,74,1416,8,74,1,74,3,74,1419,8,74,1,74,3,74,1422,8,74,
        1,75,1,75,1,75,1,76,1,76,1,76,1,77,1,77,1,77,1,77,1,77,1,77,1,77,
        3,77,1437,8,77,1,77,3,77,1440,8,77,3,77,1442,8,77,1,78,1,78,1,78,
        5,78,1447,8,78,10,78,12,78,1450,9,78,1,79,1,79,5,79,1454,8,79,10,
        79,12,79,1457,9,79,1,80,1,80,1,80,1,80,3,80,1463,8,80,1,80,3,80,
        1466,8,80,1,80,1,80,1,80,3,80,1471,8,80,3,80,1473,8,80,1,81,1,81,
        1,81,3,81,1478,8,81,3,81,1480,8,81,1,82,1,82,1,82,1,82,3,82,1486,
        8,82,1,83,1,83,3,83,1490,8,83,1,83,3,83,1493,8,83,1,84,1,84,3,84,
        1497,8,84,1,84,3,84,1500,8,84,1,84,3,84,1503,8,84,1,84,1,84,1,84,
        1,84,1,84,3,84,1510,8,84,1,84,1,84,1,84,1,84,1,84,1,84,1,84,1,84,
        1,84,1,84,5,84,1522,8,84,10,84,12,84,1525,9,84,1,84,1,84,1,84,3,
        84,1530,8,84,1,84,1,84,1,84,1,84,1,84,3,84,1537,8,84,1,85,1,85,1,
        85,1,85,1,85,1,85,1,86,3,86,1546,8,86,1,86,1,86,3,86,1550,8,86,1,
        87,1,87,1,87,1,87,1,87,5,87,1557,8,87,10,87,12,87,1560,9,87,1,88,
        1,88,1,88,1,88,1,88,1,88,5,88,1568,8,88,10,88,12,88,1571,9,88,1,
        88,1,88,1,88,1,88,1,88,1,88,1,88,5,88,1580,8,88,10,88,12,88,1583,
        9,88,1,88,1,88,1,88,1,88,1,88,3,88,1590,8,88,1,89,1,89,1,89,1,89,
        5,89,1596,8,89,10,89,12,89,1599,9,89,1,90,1,90,1,90,1,90,1,90,1,
        90,1,91,3,91,1608,8,91,1,91,1,91,1,91,1,91,1,91,5,91,1615,8,91,10,
        91,12,91,1618,9,91,3,91,1620,8,91,1,91,3,91,1623,8,91,1,91,3,91,
        1626,8,91,1,92,1,92,1,92,1,92,1,92,1,92,1,92,3,92,1635,8,92,1,93,
        1,93,1,93,1,93,1,93,1,93,1,93,3,93,1644,8,93,1,94,1,94,1,94,1,94,
        1,94,5,94,1651,8,94,10,94,12,94,1654,9,94,1,95,1,95,3,95,1658,8,
        95,1,95,1,95,3,95,1662,8,95,1,96,1,96,1,96,3,96,1667,8,96,1,97,1,
        97,1,97,3,97,1672,8,97,1,98,1,98,1,98,3,98,1677,8,98,1,98,1,98,1,
        98,1,99,1,99,1,99,1,99,1,99,1,99,1,99,5,99,1689,8,99,10,99,12,99,
        1692,9,99,3,99,1694,8,99,1,99,3,99,1697,8,99,1,99,1,99,1,99,1,99,
        5,99,1703,8,99,10,99,12,99,1706,9,99,3,99,1708,8,99,1,99,3,99,1711,
        8,99,1,99,3,99,1714,8,99,1,99,1,99,1,99,1,99,1,99,1,99,3,99,1722,
        8,99,1,99,1,99,1,99,1,99,5,99,1728,8,99,10,99,12,99,1731,9,99,3,
        99,1733,8,99,1,99,1,99,1,99,1,99,5,99,1739,8,99,10,99,12,99,1742,
        9,99,1,99,1,99,1,100,1,100,1,100,1,100,1,101,1,101,1,101,1,101,1,
        101,1,101,1,101,1,101,3,101,1758,8,101,1,102,1,102,1,102,1,102,1,
        102,1,102,1,102,1,102,1,102,1,102,1,102,3,102,1771,8,102,1,102,3,
        102,1774,8,102,1,103,1,103,1,103,5,103,1779,8,103,10,103,12,103,
        1782,9,103,1,104,4,104,1785,8,104,11,104,12,104,1786,1,105,1,105,
        3,105,1791,8,105,1,106,1,106,1,106,1,106,1,106,3,106,1798,8,106,
        1,107,1,107,1,107,1,107,1,107,3,107,1805,8,107,1,107,1,107,3,107,
        1809,8,107,3,107,1811,8,107,1,107,3,107,1814,8,107,1,107,3,107,1817,
        8,107,1,108,1,108,1,108,1,108,1,108,1,108,5,108,1825,8,108,10,108,
        12,108,1828,9,108,1,108,1,108,1,109,1,109,1,109,1,109,1,110,1,110,
        1,110,3,110,1839,8,110,1,110,5,110,1842,8,110,10,110,12,110,1845,
        9,110,1,110,1,110,1,111,1,111,1,111,1,111,1,111,5,111,1854,8,111,
        10,111,12,111,1857,9,111,3,111,1859,8,111,1,111,3,111,1862,8,111,
        1,112,1,112,1,112,3,112,1867,8,112,1,113,1,113,1,114,1,114,1,115,
        1,115,1,115,5,115,1876,8,115,10,115,12,115,1879,9,115,1,116,1,116,
        1,116,5,116,1884,8,116,10,116,12,116,1887,9,116,1,117,1,117,1,117,
        3,117,1892,8,117,1,118,1,118,5,118,1896,8,118,10,118,12,118,1899,
        9,118,1,119,1,119,1,119,1,119,1,119,1,119,1,119,1,119,1,119,1,119,
        1,119,3,119,1912,8,119,1,119,1,119,1,119,3,119,1917,8,119,1,119,
        1,119,1,119,1,119,3,119,1923,8,119,1,119,1,119,3,119,1927,8,119,
        1,119,1,119,1,119,1,119,1,119,3,119,1934,8,119,1,119,1,119,1,119,
        1,119,1,119,1,119,5,119,1942,8,119,10,119,12,119,1945,9,119,3,119,
        1947,8,119,1,119,1,119,1,119,3,119,1952,8,119,1,119,1,119,1,119,
        1,119,3,119,1958,8,119,1,119,1,119,1,119,3,119,1963,8,119,3,119,
        1965,8,119,1,120,1,120,1,121,1,121,1,121,5,121,1972,8,121,10,121,
        12,121,1975,9,121,1,122,1,122,1,122,5,122,1980,8,122,10,122,12,122,
        1983,9,122,1,123,1,123,1,123,3,123,1988,8,123,1,124,1,124,1,124,
        1,124,1,124,1,124,1,124,5,124,1997,8,124,10,124,12,124,2000,9,124,
        1,125,1,125,1,125,1,125,1,125,1,125,1,125,1,125,1,125,1,125,1,125,
        1,125,1,125,1,125,1,125,1,125,1,125,1,125,1,125,1,125,1,125,1,125,
        1,125,5,125,2025,8,125,10,125,12,125,2028,9,125,1,125,1,125,1,125,
        1,125,3,125,2034,8,125,1,126,1,126,3,126,2038,8,126,1,126,4,126,
        2041,8,126,11,126,12,126,2042,1,126,3,126,2046,8,126,1,126,1,126,
        1,127,1,127,1,127,1,128,1,128,1,128,1,128,1,128,1,129,1,129,1,129,
        1,129,1,129,1,129,1,129,1,130,1,130,1,130,1,130,1,130,1,130,1,130,
        1,131,1,131,1,131,1,131,1,131,1,131,1,131,3,131,2079,8,131,1,131,
        1,131,1,132,1,132,1,132,1,132,3,132,2087,8,132,1,132,1,132,1,132,
        1,132,3,132,2093,8,132,1,132,1,132,1,132,1,133,1,133,1,133,1,133,
        1,133,1,133,1,133,1,133,1,133,3,133,2107,8,133,1,133,1,133,1,134,
        1,134,1,134,1,134,1,134,1,134,1,134,3,134,2118,8,134,1,134,1,134,
        1,135,1,135,1,135,1,135,1,135,3,135,2127,8,135,1,135,1,135,1,136,
        1,136,1,136,1,136,1,136,5,136,2136,8,136,10,136,12,136,2139,9,136,
        3,136,2141,8,136,1,136,1,136,1,136,1,136,1,136,1,136,1,136,1,136,
        1,136,1,136,1,136,5,136,2154,8,136,10,136,12,136,2157,9,136,3,136,
        2159,8,136,1,136,3,136,2162,8,136,1,137,1,137,1,137,1,137,3,137,
        2168,8,137,1,137,1,137,1,137,5,137,2173,8,137,10,137,12,137,2176,
        9,137,3,137,2178,8,137,1,137,1,137,1,137,3,137,2183,8,137,1,137,
        1,137,1,137,1,137,1,137,1,137,3,137,2191,8,137,1,137,1,137,1,137,
        1,137,1,137,1,137,3,137,2199,8,137,1,137,1,137,1,137,1,137,1,137,
        1,137,3,137,2207,8,137,3,137,2209,8,137,1,138,1,138,1,138,1,138,
        1,138,1,138,1,138,1,138,1,138,1,138,3,138,2221,8,138,1,139,1,139,
        1,139,3,139,2226,8,139,1,139,1,139,1,140,1,140,1,140,1,140,1,140,
        1,140,1,140,5,140,2237,8,140,10,140,12,140,2240,9,140,3,140,2242,
        8,140,1,140,3,140,2245,8,140,1,140,1,140,1,140,1,140,1,140,5,140,
        2252,8,140,10,140,12,140,2255,9,140,1,140,1,140,1,140,1,140,3,140,
        2261,8,140,1,141,1,141,1,142,1,142,1,143,1,143,3,143,2269,8,143,
        1,144,1,144,1,144,1,144,1,144,1,144,1,144,1,144,1,144,1,144,1,144,
        1,144,1,144,1,144,3,144,2285,8,144,1,145,1,145,1,146,1,146,5,146,
        2291,8,146,10,146,12,146,2294,9,146,1,147,1,147,3,147,2298,8,147,
        1,147,1,147,3,147,2302,8,147,1,147,1,147,1,148,1,148,3,148,2308,
        8,148,1,148,1,148,1,148,3,148,2313,8,148,3,148,2315,8,148,1,149,
        1,149,1,149,1,149,3,149,2321,8,149,1,149,1,149,1,150,1,150,3,150,
        2327,8,150,1,150,1,150,3,150,2331,8,150,5,150,2333,8,150,10,150,
        12,150,2336,9,150,1,151,1,151,1,151,3,151,2341,8,151,1,152,1,152,
        1,152,1,152,1,152,5,152,2348,8,152,10,152,12,152,2351,9,152,3,152,
        2353,8,152,1,152,1,152,1,152,1,152,1,152,5,152,2360,8,152,10,152,
        12,152,2363,9,152,3,152,2365,8,152,1,152,3,152,2368,8,152,1,152,
        1,152,1,152,1,152,1,152,1,152,1,152,1,152,1,152,1,152,1,152,1,152,
        1,152,1,152,1,152,1,152,1,152,1,152,1,152,3,152,2389,8,152,1,152,
        1,152,3,152,2393,8,152,1,152,1,152,3,152,2397,8,152,1,152,1,152,
        3,152,2401,8,152,1,152,1,152,1,152,3,152,2406,8,152,1,152,1,152,
        1,152,1,152,1,152,1,152,1,152,1,152,3,152,2416,8,152,1,152,1,152,
        1,152,1,152,1,152,3,152,2423,8,152,1,152,3,152,2426,8,152,3,152,
        2428,8,152,1,153,1,153,1,153,3,153,2433,8,153,1,154,1,154,1,154,
        5,154,2438,8,154,10,154,12,154,2441,9,154,1,155,1,155,1,155,5,155,
        2446,8,155,10,155,12,155,2449,9,155,1,156,1,156,1,156,1,156,5,156,
        2455,8,156,10,156,12,156,2458,9,156,1,156,1,156,1,157,1,157,1,157,
        3,157,2465,8,157,1,158,1,158,1,158,0,0,159,0,2,4,6,8,10,12,14,16,
        18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,
        62,64,66,68,70,72,74,76,78,80,82,84,86,88,90,92,94,96,98,100,102,
        104,106,108,110,112,114,116,118,120,122,124,126,128,130,132,134,
        136,138,140,142,144,146,148,150,152,154,156,158,160,162,164,166,
        168,170,172,174,176,178,180,182,184,186,188,190,192,194,196,198,
        200,202,204,206,208,210,212,214,216,218,220,222,224,226,228,230,
        232,234,236,238,240,242,244,246,248,250,252,254,256,258,260,262,
        264,266,268,270,272,274,276,278,280,282,284,286,288,290,292,294,
        296,298,300,302,304,306,308,310,312,314,316,0,45,2,0,89,89,211,211,
        2,0,92,92,143,143,2,0,4,4,165,165,3,0,58,58,86,86,144,144,8,0,3,
        3,33,33,50,50,76,76,114,114,135,135,147,147,221,221,1,0,239,240,
        2,0,1,1,119,119,2,0,18,18,168,168,2,0,21,21,38,38,2,0,72,72,85,85,
        2,0,73,73,213,213,2,0,84,84,105,105,1,0,45,46,2,0,57,57,206,206,
        2,0,3,3,48,48,3,0,73,73,104,104,170,170,2,0,36,36,171,171,2,0,159,
        159,173,173,2,0,69,69,154,154,2,0,10,10,45,45,2,0,67,67,101,101,
        1,0,172,173,2,0,67,67,126,126,1,0,276,279,3,0,3,3,7,7,183,183,4,
        0,64,64,128,128,202,202,207,207,2,0,11,11,190,190,1,0,232,237,2,
        0,239,240,244,244,1,0,241,243,2,0,20,20,204,204,3,0,14,14,103,103,
        200,200,2,0,72,72,252,252,2,0,70,70,252,252,2,0,23,24,68,68,3,0,
        8,8,109,109,124,124,2,0,83,83,167,167,8,0,41,42,80,81,115,116,122,
        123,158,158,175,176,222,222,229,230,8,0,41,41,80,80,115,115,122,
        122,158,158,175,175,222,222,229,229,1,0,261,263,1,0,258,259,2,0,
        8,8,124,124,2,0,226,226,228,228,2,0,155,155,216,216,52,0,1,2,5,5,
        10,10,15,15,18,18,21,22,26,31,33,33,38,39,42,43,45,45,47,47,49,51,
        55,55,58,58,61,62,67,67,69,69,71,71,75,76,81,84,86,86,88,88,94,97,
        99,101,107,107,112,114,116,121,123,123,126,126,129,129,133,133,135,
        135,138,138,140,140,143,144,146,152,154,154,157,158,160,169,174,
        174,176,176,179,180,182,182,184,187,189,189,194,195,203,203,208,
        208,212,213,217,222,230,231,2807,0,318,1,0,0,0,2,350,1,0,0,0,4,352,
        1,0,0,0,6,354,1,0,0,0,8,368,1,0,0,0,10,380,1,0,0,0,12,395,1,0,0,
        0,14,397,1,0,0,0,16,412,1,0,0,0,18,423,1,0,0,0,20,425,1,0,0,0,22,
        433,1,0,0,0,24,450,1,0,0,0,26,463,1,0,0,0,28,484,1,0,0,0,30,488,
        1,0,0,0,32,503,1,0,0,0,34,522,1,0,0,0,36,670,1,0,0,0,38,673,1,0,
        0,0,40,708,1,0,0,0,42,712,1,0,0,0,44,715,1,0,0,0,46,718,1,0,0,0,
        48,732,1,0,0,0,50,734,1,0,0,0,52,758,1,0,0,0,54,765,1,0,0,0,56,773,
        1,0,0,0,58,797,1,0,0,0,60,799,1,0,0,0,62,803,1,0,0,0,64,815,1,0,
        0,0,66,818,1,0,0,0,68,822,1,0,0,0,70,828,1,0,0,0,72,831,1,0,0,0,
        74,844,1,0,0,0,76,850,1,0,0,0,78,857,1,0,0,0,80,860,1,0,0,0,82,955,
        1,0,0,0,84,957,1,0,0,0,86,1046,1,0,0,0,88,1054,1,0,0,0,90,1072,1,
        0,0,0,92,1077,1,0,0,0,94,1101,1,0,0,0,96,1103,1,0,0,0,98,1127,1,
        0,0,0,100,1171,1,0,0,0,102,1186,1,0,0,0,104,1189,1,0,0,0,106,1194,
        1,0,0,0,108,1215,1,0,0,0,110,1232,1,0,0,0,112,1234,1,0,0,0,114,1240,
        1,0,0,0,116,1244,1,0,0,0,118,1251,1,0,0,0,120,1255,1,0,0,0,122,1259,
        1,0,0,0,124,1263,1,0,0,0,126,1287,1,0,0,0,128,1298,1,0,0,0,130,1310,
        1,0,0,0,132,1316,1,0,0,0,134,1331,1,0,0,0,136,1340,1,0,0,0,138,1349,
        1,0,0,0,140,1358,1,0,0,0,142,1362,1,0,0,0,144,1381,1,0,0,0,146,1383,
        1,0,0,0,148,1392,1,0,0,0,150,1423,1,0,0,0,152,1426,1,0,0,0,154,1441,
        1,0,0,0,156,1443,1,0,0,0,158,1451,1,0,0,0,160,1472,1,0,0,0,162,1479,
        1,0,0,0,164,1485,1,0,0,0,166,1487,1,0,0,0,168,1536,1,0,0,0,170,1538,
        1,0,0,0,172,1545,1,0,0,0,174,1551,1,0,0,0,176,1589,1,0,0,0,178,1591,
        1,0,0,0,180,1600,1,0,0,0,182,1607,1,0,0,0,184,1627,1,0,0,0,186,1643,
        1,0,0,0,188,1645,1,0,0,0,190,1655,1,0,0,0,192,1663,1,0,0,0,194,1668,
        1,0,0,0,196,1673,1,0,0,0,198,1681,1,0,0,0,200,1745,1,0,0,0,202,1757,
        1,0,0,0,204,1759,1,0,0,0,206,1775,1,0,0,0,208,1784,1,0,0,0,210,1788,
        1,0,0,0,212,1797,1,0,0,0,214,1813,1,0,0,0,216,1818,1,0,0,0,218,1831,
        1,0,0,0,220,1835,1,0,0,0,222,1848,1,0,0,0,224,1863,1,0,0,0,226,1868,
        1,0,0,0,228,1870,1,0,0,0,230,1872,1,0,0,0,232,1880,1,0,0,0,234,1891,
        1,0,0,0,236,1893,1,0,0,0,238,1964,1,0,0,0,240,1966,1,0,0,0,242,1968,
        1,0,0,0,244,1976,1,0,0,0,246,1987,1,0,0,0,248,1989,1,0,0,0,250,2033,
        1,0,0,0,252,2035,1,0,0,0,254,2049,1,0,0,0,256,2052,1,0,0,0,258,2057,
        1,0,0,0,260,2064,1,0,0,0,262,2071,1,0,0,0,264,2082,1,0,0,0,266,2097,
        1,0,0,0,268,2110,1,0,0,0,270,2121,1,0,0,0,272,2161,1,0,0,0,274,2163,
        1,0,0,0,276,2220,1,0,0,0,278,2225,1,0,0,0,280,2260,1,0,0,0,282,2262,
        1,0,0,0,284,2264,1,0,0,0,286,2268,1,0,0,0,288,2284,1,0,0,0,290,2286,
        1,0,0,0,292,2288,1,0,0,0,294,2295,1,0,0,0,296,2305,1,0,0,0,298,2316,
        1,0,0,0,300,2324,1,0,0,0,302,2340,1,0,0,0,304,2427,1,0,0,0,306,2429,
        1,0,0,0,308,2434,1,0,0,0,310,2442,1,0,0,0,312,2450,1,0,0,0,314,2464,
        1,0,0,0,316,2466,1,0,0,0,318,320,3,2,1,0,319,321,5,254,0,0,320,319,
        1,0,0,0,320,321,1,0,0,0,321,322,1,0,0,0,322,323,5,0,0,1,323,1,1,
        0,0,0,324,351,3,4,2,0,325,351,3,6,3,0,326,351,3,14,7,0,327,351,3,
        20,10,0,328,351,3,22,11,0,329,351,3,8,4,0,330,351,3,10,5,0,331,351,
        3,12,6,0,332,351,3,34,17,0,333,351,3,82,41,0,334,351,3,96,48,0,335,
        351,3,100,50,0,336,351,3,106,53,0,337,351,3,110,55,0,338,351,3,112,
        56,0,339,351,3,114,57,0,340,351,3,116,58,0,341,351,3,118,59,0,342,
        351,3,120,60,0,343,351,3,122,61,0,344,351,3,124,62,0,345,351,3,126,
        63,0,346,351,3,32,16,0,347,351,3,24,12,0,348,351,3,26,13,0,349,351,
        3,30,15,0,350,324,1,0,0,0,350,325,1,0,0,0,350,326,1,0,0,0,350,327,
        1,0,0,0,350,328,1,0,0,0,350,329,1,0,0,0,350,330,1,0,0,0,350,331,
        1,0,0,0,350,332,1,0,0,0,350,333,1,0,0,0,350,334,1,0,0,0,350,335,
        1,0,0,0,350,336,1,0,0,0,350,337,1,0,0,0,350,338,1,0,0,0,350,339,
        1,0,0,0,350,340,1,0,0,0,350,341,1,0,0,0,350,342,1,0,0,0,350,343,
        1,0,0,0,350,344,1,0,0,0,350,345,1,0,0,0,350,346,1,0,0,0,350,347,
        1,0,0,0,350,348,1,0,0,0,350,349,1,0,0,0,351,3,1,0,0,0,352,353,3,
        132,66,0,353,5,1,0,0,0,354,355,7,0,0,0,355,356,7,1,0,0,356,358,3,
        308,154,0,357,359,3,220,110,0,358,357,1,0,0,0,358,359,1,0,0,0,359,
        361,1,0,0,0,360,362,3,128,64,0,361,360,1,0,0,0,361,362,1,0,0,0,362,
        364,1,0,0,0,363,365,3,312,156,0,364,363,1,0,0,0,364,365,1,0,0,0,
        365,366,1,0,0,0,366,367,3,132,66,0,367,7,1,0,0,0,368,369,5,184,0,
        0,369,370,5,178,0,0,370,374,5,12,0,0,371,372,3,6,3,0,372,373,5,254,
        0,0,373,375,1,0,0,0,374,371,1,0,0,0,375,376,1,0,0,0,376,374,1,0,
        0,0,376,377,1,0,0,0,377,378,1,0,0,0,378,379,5,54,0,0,379,9,1,0,0,
        0,380,381,5,12,0,0,381,382,5,184,0,0,382,393,5,178,0,0,383,389,5,
        254,0,0,384,385,3,6,3,0,385,386,5,254,0,0,386,388,1,0,0,0,387,384,
        1,0,0,0,388,391,1,0,0,0,389,387,1,0,0,0,389,390,1,0,0,0,390,392,
        1,0,0,0,391,389,1,0,0,0,392,394,5,54,0,0,393,383,1,0,0,0,393,394,
        1,0,0,0,394,11,1,0,0,0,395,396,5,54,0,0,396,13,1,0,0,0,397,408,5,
        61,0,0,398,399,5,152,0,0,399,409,5,70,0,0,400,405,3,16,8,0,401,402,
        5,252,0,0,402,404,3,16,8,0,403,401,1,0,0,0,404,407,1,0,0,0,405,403,
        1,0,0,0,405,406,1,0,0,0,406,409,1,0,0,0,407,405,1,0,0,0,408,398,
        1,0,0,0,408,400,1,0,0,0,408,409,1,0,0,0,409,410,1,0,0,0,410,411,
        3,18,9,0,411,15,1,0,0,0,412,413,3,314,157,0,413,17,1,0,0,0,414,424,
        3,132,66,0,415,424,3,6,3,0,416,424,3,8,4,0,417,421,5,59,0,0,418,
        422,3,8,4,0,419,422,3,6,3,0,420,422,3,132,66,0,421,418,1,0,0,0,421,
        419,1,0,0,0,421,420,1,0,0,0,422,424,1,0,0,0,423,414,1,0,0,0,423,
        415,1,0,0,0,423,416,1,0,0,0,423,417,1,0,0,0,424,19,1,0,0,0,425,431,
        5,59,0,0,426,432,3,8,4,0,427,432,3,6,3,0,428,432,3,132,66,0,429,
        430,5,152,0,0,430,432,3,292,146,0,431,426,1,0,0,0,431,427,1,0,0,
        0,431,428,1,0,0,0,431,429,1,0,0,0,432,21,1,0,0,0,433,436,5,28,0,
        0,434,435,5,6,0,0,435,437,5,59,0,0,436,434,1,0,0,0,436,437,1,0,0,
        0,437,438,1,0,0,0,438,439,5,152,0,0,439,443,3,292,146,0,440,441,
        5,82,0,0,441,442,5,127,0,0,442,444,5,60,0,0,443,440,1,0,0,0,443,
        444,1,0,0,0,444,445,1,0,0,0,445,448,5,70,0,0,446,449,3,8,4,0,447,
        449,3,6,3,0,448,446,1,0,0,0,448,447,1,0,0,0,449,23,1,0,0,0,450,451,
        5,44,0,0,451,452,5,72,0,0,452,457,3,308,154,0,453,455,5,9,0,0,454,
        453,1,0,0,0,454,455,1,0,0,0,455,456,1,0,0,0,456,458,3,314,157,0,
        457,454,1,0,0,0,457,458,1,0,0,0,458,461,1,0,0,0,459,460,5,224,0,
        0,460,462,3,228,114,0,461,459,1,0,0,0,461,462,1,0,0,0,462,25,1,0,
        0,0,463,464,5,210,0,0,464,469,3,308,154,0,465,467,5,9,0,0,466,465,
        1,0,0,0,466,467,1,0,0,0,467,468,1,0,0,0,468,470,3,314,157,0,469,
        466,1,0,0,0,469,470,1,0,0,0,470,471,1,0,0,0,471,472,5,178,0,0,472,
        477,3,28,14,0,473,474,5,252,0,0,474,476,3,28,14,0,475,473,1,0,0,
        0,476,479,1,0,0,0,477,475,1,0,0,0,477,478,1,0,0,0,478,482,1,0,0,
        0,479,477,1,0,0,0,480,481,5,224,0,0,481,483,3,228,114,0,482,480,
        1,0,0,0,482,483,1,0,0,0,483,27,1,0,0,0,484,485,3,314,157,0,485,486,
        5,232,0,0,486,487,3,228,114,0,487,29,1,0,0,0,488,489,5,17,0,0,489,
        490,3,310,155,0,490,499,5,246,0,0,491,496,3,278,139,0,492,493,5,
        252,0,0,493,495,3,278,139,0,494,492,1,0,0,0,495,498,1,0,0,0,496,
        494,1,0,0,0,496,497,1,0,0,0,497,500,1,0,0,0,498,496,1,0,0,0,499,
        491,1,0,0,0,499,500,1,0,0,0,500,501,1,0,0,0,501,502,5,247,0,0,502,
        31,1,0,0,0,503,504,5,203,0,0,504,505,5,193,0,0,505,506,3,308,154,
        0,506,33,1,0,0,0,507,510,5,34,0,0,508,509,5,136,0,0,509,511,7,2,
        0,0,510,508,1,0,0,0,510,511,1,0,0,0,511,513,1,0,0,0,512,514,5,195,
        0,0,513,512,1,0,0,0,513,514,1,0,0,0,514,516,1,0,0,0,515,517,5,191,
        0,0,516,515,1,0,0,0,516,517,1,0,0,0,517,518,1,0,0,0,518,523,3,36,
        18,0,519,520,5,165,0,0,520,521,5,193,0,0,521,523,3,38,19,0,522,507,
        1,0,0,0,522,519,1,0,0,0,523,35,1,0,0,0,524,526,5,21,0,0,525,527,
        3,40,20,0,526,525,1,0,0,0,526,527,1,0,0,0,527,528,1,0,0,0,528,530,
        3,314,157,0,529,531,3,44,22,0,530,529,1,0,0,0,530,531,1,0,0,0,531,
        533,1,0,0,0,532,534,3,70,35,0,533,532,1,0,0,0,533,534,1,0,0,0,534,
        671,1,0,0,0,535,537,5,38,0,0,536,538,3,40,20,0,537,536,1,0,0,0,537,
        538,1,0,0,0,538,539,1,0,0,0,539,541,3,308,154,0,540,542,3,44,22,
        0,541,540,1,0,0,0,541,542,1,0,0,0,542,544,1,0,0,0,543,545,3,70,35,
        0,544,543,1,0,0,0,544,545,1,0,0,0,545,671,1,0,0,0,546,547,5,193,
        0,0,547,671,3,38,19,0,548,550,5,217,0,0,549,551,3,40,20,0,550,549,
        1,0,0,0,550,551,1,0,0,0,551,552,1,0,0,0,552,554,3,308,154,0,553,
        555,3,312,156,0,554,553,1,0,0,0,554,555,1,0,0,0,555,557,1,0,0,0,
        556,558,3,44,22,0,557,556,1,0,0,0,557,558,1,0,0,0,558,559,1,0,0,
        0,559,560,5,9,0,0,560,561,3,132,66,0,561,671,1,0,0,0,562,564,5,74,
        0,0,563,565,3,40,20,0,564,563,1,0,0,0,564,565,1,0,0,0,565,566,1,
        0,0,0,566,567,3,308,154,0,567,568,5,9,0,0,568,571,3,292,146,0,569,
        570,5,100,0,0,570,572,3,314,157,0,571,569,1,0,0,0,571,572,1,0,0,
        0,572,574,1,0,0,0,573,575,3,46,23,0,574,573,1,0,0,0,574,575,1,0,
        0,0,575,671,1,0,0,0,576,578,5,117,0,0,577,579,3,40,20,0,578,577,
        1,0,0,0,578,579,1,0,0,0,579,580,1,0,0,0,580,593,3,308,154,0,581,
        582,5,88,0,0,582,583,5,246,0,0,583,588,3,50,25,0,584,585,5,252,0,
        0,585,587,3,50,25,0,586,584,1,0,0,0,587,590,1,0,0,0,588,586,1,0,
        0,0,588,589,1,0,0,0,589,591,1,0,0,0,590,588,1,0,0,0,591,592,5,247,
        0,0,592,594,1,0,0,0,593,581,1,0,0,0,593,594,1,0,0,0,594,607,1,0,
        0,0,595,596,5,140,0,0,596,597,5,246,0,0,597,602,3,50,25,0,598,599,
        5,252,0,0,599,601,3,50,25,0,600,598,1,0,0,0,601,604,1,0,0,0,602,
        600,1,0,0,0,602,603,1,0,0,0,603,605,1,0,0,0,604,602,1,0,0,0,605,
        606,5,247,0,0,606,608,1,0,0,0,607,595,1,0,0,0,607,608,1,0,0,0,608,
        610,1,0,0,0,609,611,3,44,22,0,610,609,1,0,0,0,610,611,1,0,0,0,611,
        613,1,0,0,0,612,614,3,70,35,0,613,612,1,0,0,0,613,614,1,0,0,0,614,
        617,1,0,0,0,615,616,5,9,0,0,616,618,3,132,66,0,617,615,1,0,0,0,617,
        618,1,0,0,0,618,671,1,0,0,0,619,621,5,30,0,0,620,622,3,40,20,0,621,
        620,1,0,0,0,621,622,1,0,0,0,622,623,1,0,0,0,623,625,3,308,154,0,
        624,626,3,44,22,0,625,624,1,0,0,0,625,626,1,0,0,0,626,628,1,0,0,
        0,627,629,3,70,35,0,628,627,1,0,0,0,628,629,1,0,0,0,629,671,1,0,
        0,0,630,631,5,112,0,0,631,633,5,193,0,0,632,634,3,40,20,0,633,632,
        1,0,0,0,633,634,1,0,0,0,634,635,1,0,0,0,635,647,3,308,154,0,636,
        637,5,246,0,0,637,642,3,48,24,0,638,639,5,252,0,0,639,641,3,48,24,
        0,640,638,1,0,0,0,641,644,1,0,0,0,642,640,1,0,0,0,642,643,1,0,0,
        0,643,645,1,0,0,0,644,642,1,0,0,0,645,646,5,247,0,0,646,648,1,0,
        0,0,647,636,1,0,0,0,647,648,1,0,0,0,648,650,1,0,0,0,649,651,3,44,
        22,0,650,649,1,0,0,0,650,651,1,0,0,0,651,653,1,0,0,0,652,654,3,58,
        29,0,653,652,1,0,0,0,653,654,1,0,0,0,654,656,1,0,0,0,655,657,3,60,
        30,0,656,655,1,0,0,0,656,657,1,0,0,0,657,659,1,0,0,0,658,660,3,70,
        35,0,659,658,1,0,0,0,659,660,1,0,0,0,660,662,1,0,0,0,661,663,3,66,
        33,0,662,661,1,0,0,0,662,663,1,0,0,0,663,665,1,0,0,0,664,666,3,68,
        34,0,665,664,1,0,0,0,665,666,1,0,0,0,666,667,1,0,0,0,667,668,5,9,
        0,0,668,669,3,132,66,0,669,671,1,0,0,0,670,524,1,0,0,0,670,535,1,
        0,0,0,670,546,1,0,0,0,670,548,1,0,0,0,670,562,1,0,0,0,670,576,1,
        0,0,0,670,619,1,0,0,0,670,630,1,0,0,0,671,37,1,0,0,0,672,674,3,40,
        20,0,673,672,1,0,0,0,673,674,1,0,0,0,674,675,1,0,0,0,675,687,3,308,
        154,0,676,677,5,246,0,0,677,682,3,48,24,0,678,679,5,252,0,0,679,
        681,3,48,24,0,680,678,1,0,0,0,681,684,1,0,0,0,682,680,1,0,0,0,682,
        683,1,0,0,0,683,685,1,0,0,0,684,682,1,0,0,0,685,686,5,247,0,0,686,
        688,1,0,0,0,687,676,1,0,0,0,687,688,1,0,0,0,688,690,1,0,0,0,689,
        691,3,44,22,0,690,689,1,0,0,0,690,691,1,0,0,0,691,693,1,0,0,0,692,
        694,3,58,29,0,693,692,1,0,0,0,693,694,1,0,0,0,694,696,1,0,0,0,695,
        697,3,60,30,0,696,695,1,0,0,0,696,697,1,0,0,0,697,699,1,0,0,0,698,
        700,3,70,35,0,699,698,1,0,0,0,699,700,1,0,0,0,700,702,1,0,0,0,701,
        703,3,62,31,0,702,701,1,0,0,0,702,703,1,0,0,0,703,706,1,0,0,0,704,
        705,5,9,0,0,705,707,3,132,66,0,706,704,1,0,0,0,706,707,1,0,0,0,707,
        39,1,0,0,0,708,709,5,82,0,0,709,710,5,127,0,0,710,711,5,60,0,0,711,
        41,1,0,0,0,712,713,5,82,0,0,713,714,5,60,0,0,714,43,1,0,0,0,715,
        716,5,27,0,0,716,717,3,292,146,0,717,45,1,0,0,0,718,719,5,214,0,
        0,719,720,5,94,0,0,720,726,3,292,146,0,721,722,5,252,0,0,722,723,
        5,94,0,0,723,725,3,292,146,0,724,721,1,0,0,0,725,728,1,0,0,0,726,
        724,1,0,0,0,726,727,1,0,0,0,727,47,1,0,0,0,728,726,1,0,0,0,729,733,
        3,50,25,0,730,733,3,54,27,0,731,733,3,56,28,0,732,729,1,0,0,0,732,
        730,1,0,0,0,732,731,1,0,0,0,733,49,1,0,0,0,734,751,3,314,157,0,735,
        736,5,9,0,0,736,752,3,228,114,0,737,746,3,300,150,0,738,741,5,114,
        0,0,739,740,5,72,0,0,740,742,3,292,146,0,741,739,1,0,0,0,741,742,
        1,0,0,0,742,744,1,0,0,0,743,745,5,219,0,0,744,743,1,0,0,0,744,745,
        1,0,0,0,745,747,1,0,0,0,746,738,1,0,0,0,746,747,1,0,0,0,747,749,
        1,0,0,0,748,750,3,52,26,0,749,748,1,0,0,0,749,750,1,0,0,0,750,752,
        1,0,0,0,751,735,1,0,0,0,751,737,1,0,0,0,752,754,1,0,0,0,753,755,
        3,44,22,0,754,753,1,0,0,0,754,755,1,0,0,0,755,51,1,0,0,0,756,757,
        5,32,0,0,757,759,3,314,157,0,758,756,1,0,0,0,758,759,1,0,0,0,759,
        760,1,0,0,0,760,761,5,156,0,0,761,762,5,99,0,0,762,763,5,127,0,0,
        763,764,5,55,0,0,764,53,1,0,0,0,765,766,5,220,0,0,766,767,5,70,0,
        0,767,768,3,310,155,0,768,769,5,9,0,0,769,770,3,228,114,0,770,55,
        1,0,0,0,771,772,5,32,0,0,772,774,3,314,157,0,773,771,1,0,0,0,773,
        774,1,0,0,0,774,775,1,0,0,0,775,776,5,156,0,0,776,777,5,99,0,0,777,
        778,3,312,156,0,778,779,5,127,0,0,779,780,5,55,0,0,780,57,1,0,0,
        0,781,782,5,49,0,0,782,785,5,16,0,0,783,786,5,159,0,0,784,786,3,
        314,157,0,785,783,1,0,0,0,785,784,1,0,0,0,785,786,1,0,0,0,786,787,
        1,0,0,0,787,791,3,312,156,0,788,789,5,92,0,0,789,790,5,261,0,0,790,
        792,5,15,0,0,791,788,1,0,0,0,791,792,1,0,0,0,792,798,1,0,0,0,793,
        794,5,49,0,0,794,795,5,92,0,0,795,796,5,261,0,0,796,798,5,15,0,0,
        797,781,1,0,0,0,797,793,1,0,0,0,798,59,1,0,0,0,799,800,5,146,0,0,
        800,801,5,16,0,0,801,802,3,312,156,0,802,61,1,0,0,0,803,804,5,105,
        0,0,804,813,3,308,154,0,805,809,5,246,0,0,806,808,3,64,32,0,807,
        806,1,0,0,0,808,811,1,0,0,0,809,807,1,0,0,0,809,810,1,0,0,0,810,
        812,1,0,0,0,811,809,1,0,0,0,812,814,5,247,0,0,813,805,1,0,0,0,813,
        814,1,0,0,0,814,63,1,0,0,0,815,816,7,3,0,0,816,817,7,4,0,0,817,65,
        1,0,0,0,818,819,5,71,0,0,819,820,5,232,0,0,820,821,3,294,147,0,821,
        67,1,0,0,0,822,823,5,162,0,0,823,826,5,232,0,0,824,827,5,73,0,0,
        825,827,3,314,157,0,826,824,1,0,0,0,826,825,1,0,0,0,827,69,1,0,0,
        0,828,829,5,226,0,0,829,830,3,72,36,0,830,71,1,0,0,0,831,840,5,246,
        0,0,832,837,3,74,37,0,833,834,5,252,0,0,834,836,3,74,37,0,835,833,
        1,0,0,0,836,839,1,0,0,0,837,835,1,0,0,0,837,838,1,0,0,0,838,841,
        1,0,0,0,839,837,1,0,0,0,840,832,1,0,0,0,840,841,1,0,0,0,841,842,
        1,0,0,0,842,843,5,247,0,0,843,73,1,0,0,0,844,845,3,76,38,0,845,846,
        5,232,0,0,846,847,3,78,39,0,847,75,1,0,0,0,848,851,3,292,146,0,849,
        851,3,310,155,0,850,848,1,0,0,0,850,849,1,0,0,0,851,77,1,0,0,0,852,
        858,3,292,146,0,853,858,3,80,40,0,854,858,5,202,0,0,855,858,5,64,
        0,0,856,858,3,314,157,0,857,852,1,0,0,0,857,853,1,0,0,0,857,854,
        1,0,0,0,857,855,1,0,0,0,857,856,1,0,0,0,858,79,1,0,0,0,859,861,7,
        5,0,0,860,859,1,0,0,0,860,861,1,0,0,0,861,862,1,0,0,0,862,863,3,
        290,145,0,863,81,1,0,0,0,864,865,5,4,0,0,865,866,5,21,0,0,866,872,
        3,314,157,0,867,868,5,178,0,0,868,873,3,72,36,0,869,870,5,166,0,
        0,870,873,3,84,42,0,871,873,3,44,22,0,872,867,1,0,0,0,872,869,1,
        0,0,0,872,871,1,0,0,0,873,956,1,0,0,0,874,875,5,4,0,0,875,876,5,
        38,0,0,876,877,3,308,154,0,877,878,5,178,0,0,878,879,3,72,36,0,879,
        956,1,0,0,0,880,881,5,4,0,0,881,883,5,193,0,0,882,884,3,42,21,0,
        883,882,1,0,0,0,883,884,1,0,0,0,884,885,1,0,0,0,885,886,3,308,154,
        0,886,887,3,86,43,0,887,956,1,0,0,0,888,889,5,4,0,0,889,890,5,217,
        0,0,890,896,3,308,154,0,891,892,5,164,0,0,892,893,5,199,0,0,893,
        897,3,308,154,0,894,895,5,9,0,0,895,897,3,132,66,0,896,891,1,0,0,
        0,896,894,1,0,0,0,897,956,1,0,0,0,898,900,5,4,0,0,899,901,5,195,
        0,0,900,899,1,0,0,0,900,901,1,0,0,0,901,903,1,0,0,0,902,904,5,191,
        0,0,903,902,1,0,0,0,903,904,1,0,0,0,904,905,1,0,0,0,905,907,5,74,
        0,0,906,908,3,42,21,0,907,906,1,0,0,0,907,908,1,0,0,0,908,909,1,
        0,0,0,909,910,3,308,154,0,910,911,5,9,0,0,911,914,3,292,146,0,912,
        913,5,100,0,0,913,915,3,314,157,0,914,912,1,0,0,0,914,915,1,0,0,
        0,915,956,1,0,0,0,916,917,5,4,0,0,917,919,5,117,0,0,918,920,3,42,
        21,0,919,918,1,0,0,0,919,920,1,0,0,0,920,921,1,0,0,0,921,929,3,308,
        154,0,922,923,5,164,0,0,923,924,5,199,0,0,924,930,3,308,154,0,925,
        926,5,178,0,0,926,930,3,72,36,0,927,928,5,166,0,0,928,930,3,84,42,
        0,929,922,1,0,0,0,929,925,1,0,0,0,929,927,1,0,0,0,930,956,1,0,0,
        0,931,933,5,4,0,0,932,934,5,195,0,0,933,932,1,0,0,0,933,934,1,0,
        0,0,934,935,1,0,0,0,935,937,5,30,0,0,936,938,3,42,21,0,937,936,1,
        0,0,0,937,938,1,0,0,0,938,939,1,0,0,0,939,947,3,308,154,0,940,941,
        5,164,0,0,941,942,5,199,0,0,942,948,3,308,154,0,943,944,5,178,0,
        0,944,948,3,72,36,0,945,946,5,166,0,0,946,948,3,84,42,0,947,940,
        1,0,0,0,947,943,1,0,0,0,947,945,1,0,0,0,948,956,1,0,0,0,949,950,
        5,4,0,0,950,951,5,112,0,0,951,952,5,193,0,0,952,953,3,308,154,0,
        953,954,3,94,47,0,954,956,1,0,0,0,955,864,1,0,0,0,955,874,1,0,0,
        0,955,880,1,0,0,0,955,888,1,0,0,0,955,898,1,0,0,0,955,916,1,0,0,
        0,955,931,1,0,0,0,955,949,1,0,0,0,956,83,1,0,0,0,957,966,5,246,0,
        0,958,963,3,76,38,0,959,960,5,252,0,0,960,962,3,76,38,0,961,959,
        1,0,0,0,962,965,1,0,0,0,963,961,1,0,0,0,963,964,1,0,0,0,964,967,
        1,0,0,0,965,963,1,0,0,0,966,958,1,0,0,0,966,967,1,0,0,0,967,968,
        1,0,0,0,968,969,5,247,0,0,969,85,1,0,0,0,970,971,5,164,0,0,971,972,
        5,199,0,0,972,1047,3,308,154,0,973,974,5,164,0,0,974,975,3,310,155,
        0,975,976,5,199,0,0,976,977,3,314,157,0,977,1047,1,0,0,0,978,979,
        5,178,0,0,979,1047,3,72,36,0,980,981,5,166,0,0,981,1047,3,84,42,
        0,982,984,5,1,0,0,983,985,3,40,20,0,984,983,1,0,0,0,984,985,1,0,
        0,0,985,986,1,0,0,0,986,988,3,128,64,0,987,989,3,70,35,0,988,987,
        1,0,0,0,988,989,1,0,0,0,989,996,1,0,0,0,990,992,3,128,64,0,991,993,
        3,70,35,0,992,991,1,0,0,0,992,993,1,0,0,0,993,995,1,0,0,0,994,990,
        1,0,0,0,995,998,1,0,0,0,996,994,1,0,0,0,996,997,1,0,0,0,997,1047,
        1,0,0,0,998,996,1,0,0,0,999,1000,7,6,0,0,1000,1047,3,90,45,0,1001,
        1014,7,6,0,0,1002,1015,3,88,44,0,1003,1004,5,246,0,0,1004,1009,3,
        88,44,0,1005,1006,5,252,0,0,1006,1008,3,88,44,0,1007,1005,1,0,0,
        0,1008,1011,1,0,0,0,1009,1007,1,0,0,0,1009,1010,1,0,0,0,1010,1012,
        1,0,0,0,1011,1009,1,0,0,0,1012,1013,5,247,0,0,1013,1015,1,0,0,0,
        1014,1002,1,0,0,0,1014,1003,1,0,0,0,1015,1047,1,0,0,0,1016,1018,
        5,52,0,0,1017,1019,3,42,21,0,1018,1017,1,0,0,0,1018,1019,1,0,0,0,
        1019,1020,1,0,0,0,1020,1025,3,128,64,0,1021,1022,5,252,0,0,1022,
        1024,3,128,64,0,1023,1021,1,0,0,0,1024,1027,1,0,0,0,1025,1023,1,
        0,0,0,1025,1026,1,0,0,0,1026,1047,1,0,0,0,1027,1025,1,0,0,0,1028,
        1029,5,52,0,0,1029,1030,5,156,0,0,1030,1047,5,99,0,0,1031,1032,5,
        52,0,0,1032,1033,5,32,0,0,1033,1047,3,314,157,0,1034,1035,5,52,0,
        0,1035,1047,5,220,0,0,1036,1037,5,52,0,0,1037,1047,5,50,0,0,1038,
        1040,5,52,0,0,1039,1041,5,25,0,0,1040,1039,1,0,0,0,1040,1041,1,0,
        0,0,1041,1044,1,0,0,0,1042,1045,3,310,155,0,1043,1045,3,312,156,
        0,1044,1042,1,0,0,0,1044,1043,1,0,0,0,1045,1047,1,0,0,0,1046,970,
        1,0,0,0,1046,973,1,0,0,0,1046,978,1,0,0,0,1046,980,1,0,0,0,1046,
        982,1,0,0,0,1046,999,1,0,0,0,1046,1001,1,0,0,0,1046,1016,1,0,0,0,
        1046,1028,1,0,0,0,1046,1031,1,0,0,0,1046,1034,1,0,0,0,1046,1036,
        1,0,0,0,1046,1038,1,0,0,0,1047,87,1,0,0,0,1048,1050,3,50,25,0,1049,
        1051,3,92,46,0,1050,1049,1,0,0,0,1050,1051,1,0,0,0,1051,1055,1,0,
        0,0,1052,1055,3,54,27,0,1053,1055,3,56,28,0,1054,1048,1,0,0,0,1054,
        1052,1,0,0,0,1054,1053,1,0,0,0,1055,89,1,0,0,0,1056,1057,5,50,0,
        0,1057,1060,5,16,0,0,1058,1061,5,159,0,0,1059,1061,3,314,157,0,1060,
        1058,1,0,0,0,1060,1059,1,0,0,0,1060,1061,1,0,0,0,1061,1062,1,0,0,
        0,1062,1066,3,312,156,0,1063,1064,5,92,0,0,1064,1065,5,261,0,0,1065,
        1067,5,15,0,0,1066,1063,1,0,0,0,1066,1067,1,0,0,0,1067,1073,1,0,
        0,0,1068,1069,5,50,0,0,1069,1070,5,92,0,0,1070,1071,5,261,0,0,1071,
        1073,5,15,0,0,1072,1056,1,0,0,0,1072,1068,1,0,0,0,1073,91,1,0,0,
        0,1074,1078,5,67,0,0,1075,1076,5,2,0,0,1076,1078,3,314,157,0,1077,
        1074,1,0,0,0,1077,1075,1,0,0,0,1078,93,1,0,0,0,1079,1102,5,189,0,
        0,1080,1082,5,169,0,0,1081,1083,3,70,35,0,1082,1081,1,0,0,0,1082,
        1083,1,0,0,0,1083,1102,1,0,0,0,1084,1086,5,161,0,0,1085,1087,3,128,
        64,0,1086,1085,1,0,0,0,1086,1087,1,0,0,0,1087,1102,1,0,0,0,1088,
        1089,5,178,0,0,1089,1090,5,71,0,0,1090,1091,5,232,0,0,1091,1102,
        3,294,147,0,1092,1093,5,178,0,0,1093,1094,5,162,0,0,1094,1097,5,
        232,0,0,1095,1098,5,73,0,0,1096,1098,3,314,157,0,1097,1095,1,0,0,
        0,1097,1096,1,0,0,0,1098,1102,1,0,0,0,1099,1100,5,9,0,0,1100,1102,
        3,132,66,0,1101,1079,1,0,0,0,1101,1080,1,0,0,0,1101,1084,1,0,0,0,
        1101,1088,1,0,0,0,1101,1092,1,0,0,0,1101,1099,1,0,0,0,1102,95,1,
        0,0,0,1103,1105,5,52,0,0,1104,1106,5,195,0,0,1105,1104,1,0,0,0,1105,
        1106,1,0,0,0,1106,1108,1,0,0,0,1107,1109,5,191,0,0,1108,1107,1,0,
        0,0,1108,1109,1,0,0,0,1109,1110,1,0,0,0,1110,1112,3,98,49,0,1111,
        1113,3,42,21,0,1112,1111,1,0,0,0,1112,1113,1,0,0,0,1113,1114,1,0,
        0,0,1114,1116,3,308,154,0,1115,1117,7,7,0,0,1116,1115,1,0,0,0,1116,
        1117,1,0,0,0,1117,97,1,0,0,0,1118,1128,5,21,0,0,1119,1128,5,38,0,
        0,1120,1128,5,193,0,0,1121,1128,5,217,0,0,1122,1128,5,74,0,0,1123,
        1128,5,117,0,0,1124,1128,5,30,0,0,1125,1126,5,112,0,0,1126,1128,
        5,193,0,0,1127,1118,1,0,0,0,1127,1119,1,0,0,0,1127,1120,1,0,0,0,
        1127,1121,1,0,0,0,1127,1122,1,0,0,0,1127,1123,1,0,0,0,1127,1124,
        1,0,0,0,1127,1125,1,0,0,0,1128,99,1,0,0,0,1129,1130,5,180,0,0,1130,
        1131,5,37,0,0,1131,1172,7,8,0,0,1132,1133,5,180,0,0,1133,1143,5,
        34,0,0,1134,1144,5,193,0,0,1135,1144,5,217,0,0,1136,1144,5,117,0,
        0,1137,1144,5,21,0,0,1138,1144,5,38,0,0,1139,1144,5,74,0,0,1140,
        1144,5,30,0,0,1141,1142,5,112,0,0,1142,1144,5,193,0,0,1143,1134,
        1,0,0,0,1143,1135,1,0,0,0,1143,1136,1,0,0,0,1143,1137,1,0,0,0,1143,
        1138,1,0,0,0,1143,1139,1,0,0,0,1143,1140,1,0,0,0,1143,1141,1,0,0,
        0,1144,1145,1,0,0,0,1145,1172,3,308,154,0,1146,1147,5,180,0,0,1147,
        1148,5,26,0,0,1148,1149,7,9,0,0,1149,1151,3,308,154,0,1150,1152,
        3,104,52,0,1151,1150,1,0,0,0,1151,1152,1,0,0,0,1152,1172,1,0,0,0,
        1153,1154,5,180,0,0,1154,1155,5,147,0,0,1155,1157,3,308,154,0,1156,
        1158,3,128,64,0,1157,1156,1,0,0,0,1157,1158,1,0,0,0,1158,1172,1,
        0,0,0,1159,1161,5,180,0,0,1160,1162,7,10,0,0,1161,1160,1,0,0,0,1161,
        1162,1,0,0,0,1162,1163,1,0,0,0,1163,1166,3,102,51,0,1164,1165,7,
        9,0,0,1165,1167,3,308,154,0,1166,1164,1,0,0,0,1166,1167,1,0,0,0,
        1167,1169,1,0,0,0,1168,1170,3,104,52,0,1169,1168,1,0,0,0,1169,1170,
        1,0,0,0,1170,1172,1,0,0,0,1171,1129,1,0,0,0,1171,1132,1,0,0,0,1171,
        1146,1,0,0,0,1171,1153,1,0,0,0,1171,1159,1,0,0,0,1172,101,1,0,0,
        0,1173,1187,5,22,0,0,1174,1187,5,39,0,0,1175,1187,5,194,0,0,1176,
        1187,5,218,0,0,1177,1187,5,75,0,0,1178,1187,5,157,0,0,1179,1187,
        5,121,0,0,1180,1187,5,95,0,0,1181,1187,5,97,0,0,1182,1187,5,118,
        0,0,1183,1187,5,31,0,0,1184,1185,5,112,0,0,1185,1187,5,194,0,0,1186,
        1173,1,0,0,0,1186,1174,1,0,0,0,1186,1175,1,0,0,0,1186,1176,1,0,0,
        0,1186,1177,1,0,0,0,1186,1178,1,0,0,0,1186,1179,1,0,0,0,1186,1180,
        1,0,0,0,1186,1181,1,0,0,0,1186,1182,1,0,0,0,1186,1183,1,0,0,0,1186,
        1184,1,0,0,0,1187,103,1,0,0,0,1188,1190,5,127,0,0,1189,1188,1,0,
        0,0,1189,1190,1,0,0,0,1190,1191,1,0,0,0,1191,1192,7,11,0,0,1192,
        1193,3,292,146,0,1193,105,1,0,0,0,1194,1196,7,12,0,0,1195,1197,3,
        108,54,0,1196,1195,1,0,0,0,1196,1197,1,0,0,0,1197,1199,1,0,0,0,1198,
        1200,5,62,0,0,1199,1198,1,0,0,0,1199,1200,1,0,0,0,1200,1203,1,0,
        0,0,1201,1204,3,308,154,0,1202,1204,3,292,146,0,1203,1201,1,0,0,
        0,1203,1202,1,0,0,0,1204,107,1,0,0,0,1205,1216,5,21,0,0,1206,1216,
        5,38,0,0,1207,1216,5,193,0,0,1208,1216,5,217,0,0,1209,1216,5,74,
        0,0,1210,1216,5,117,0,0,1211,1216,5,30,0,0,1212,1216,5,96,0,0,1213,
        1214,5,112,0,0,1214,1216,5,193,0,0,1215,1205,1,0,0,0,1215,1206,1,
        0,0,0,1215,1207,1,0,0,0,1215,1208,1,0,0,0,1215,1209,1,0,0,0,1215,
        1210,1,0,0,0,1215,1211,1,0,0,0,1215,1212,1,0,0,0,1215,1213,1,0,0,
        0,1216,109,1,0,0,0,1217,1218,5,212,0,0,1218,1219,5,21,0,0,1219,1233,
        3,314,157,0,1220,1221,5,212,0,0,1221,1222,5,121,0,0,1222,1227,3,
        314,157,0,1223,1224,5,252,0,0,1224,1226,3,314,157,0,1225,1223,1,
        0,0,0,1226,1229,1,0,0,0,1227,1225,1,0,0,0,1227,1228,1,0,0,0,1228,
        1233,1,0,0,0,1229,1227,1,0,0,0,1230,1231,5,212,0,0,1231,1233,3,308,
        154,0,1232,1217,1,0,0,0,1232,1220,1,0,0,0,1232,1230,1,0,0,0,1233,
        111,1,0,0,0,1234,1235,5,107,0,0,1235,1236,5,120,0,0,1236,1238,3,
        314,157,0,1237,1239,3,70,35,0,1238,1237,1,0,0,0,1238,1239,1,0,0,
        0,1239,113,1,0,0,0,1240,1241,5,208,0,0,1241,1242,5,120,0,0,1242,
        1243,3,314,157,0,1243,115,1,0,0,0,1244,1249,5,178,0,0,1245,1246,
        3,76,38,0,1246,1247,5,232,0,0,1247,1248,3,78,39,0,1248,1250,1,0,
        0,0,1249,1245,1,0,0,0,1249,1250,1,0,0,0,1250,117,1,0,0,0,1251,1253,
        5,166,0,0,1252,1254,3,76,38,0,1253,1252,1,0,0,0,1253,1254,1,0,0,
        0,1254,119,1,0,0,0,1255,1256,5,1,0,0,1256,1257,5,94,0,0,1257,1258,
        3,292,146,0,1258,121,1,0,0,0,1259,1260,5,163,0,0,1260,1261,5,94,
        0,0,1261,1262,3,292,146,0,1262,123,1,0,0,0,1263,1264,5,5,0,0,1264,
        1265,5,193,0,0,1265,1267,3,308,154,0,1266,1268,3,128,64,0,1267,1266,
        1,0,0,0,1267,1268,1,0,0,0,1268,1269,1,0,0,0,1269,1270,5,29,0,0,1270,
        1285,5,185,0,0,1271,1283,5,70,0,0,1272,1273,5,3,0,0,1273,1284,5,
        26,0,0,1274,1275,5,26,0,0,1275,1280,3,314,157,0,1276,1277,5,252,
        0,0,1277,1279,3,314,157,0,1278,1276,1,0,0,0,1279,1282,1,0,0,0,1280,
        1278,1,0,0,0,1280,1281,1,0,0,0,1281,1284,1,0,0,0,1282,1280,1,0,0,
        0,1283,1272,1,0,0,0,1283,1274,1,0,0,0,1284,1286,1,0,0,0,1285,1271,
        1,0,0,0,1285,1286,1,0,0,0,1286,125,1,0,0,0,1287,1288,5,186,0,0,1288,
        1289,5,96,0,0,1289,1292,3,292,146,0,1290,1291,5,226,0,0,1291,1293,
        5,174,0,0,1292,1290,1,0,0,0,1292,1293,1,0,0,0,1293,1296,1,0,0,0,
        1294,1295,5,226,0,0,1295,1297,5,51,0,0,1296,1294,1,0,0,0,1296,1297,
        1,0,0,0,1297,127,1,0,0,0,1298,1299,5,145,0,0,1299,1300,5,246,0,0,
        1300,1305,3,130,65,0,1301,1302,5,252,0,0,1302,1304,3,130,65,0,1303,
        1301,1,0,0,0,1304,1307,1,0,0,0,1305,1303,1,0,0,0,1305,1306,1,0,0,
        0,1306,1308,1,0,0,0,1307,1305,1,0,0,0,1308,1309,5,247,0,0,1309,129,
        1,0,0,0,1310,1313,3,314,157,0,1311,1312,5,232,0,0,1312,1314,3,288,
        144,0,1313,1311,1,0,0,0,1313,1314,1,0,0,0,1314,131,1,0,0,0,1315,
        1317,3,134,67,0,1316,1315,1,0,0,0,1316,1317,1,0,0,0,1317,1318,1,
        0,0,0,1318,1320,3,138,69,0,1319,1321,3,188,94,0,1320,1319,1,0,0,
        0,1320,1321,1,0,0,0,1321,1323,1,0,0,0,1322,1324,3,192,96,0,1323,
        1322,1,0,0,0,1323,1324,1,0,0,0,1324,1326,1,0,0,0,1325,1327,3,194,
        97,0,1326,1325,1,0,0,0,1326,1327,1,0,0,0,1327,1329,1,0,0,0,1328,
        1330,3,196,98,0,1329,1328,1,0,0,0,1329,1330,1,0,0,0,1330,133,1,0,
        0,0,1331,1332,5,226,0,0,1332,1337,3,136,68,0,1333,1334,5,252,0,0,
        1334,1336,3,136,68,0,1335,1333,1,0,0,0,1336,1339,1,0,0,0,1337,1335,
        1,0,0,0,1337,1338,1,0,0,0,1338,135,1,0,0,0,1339,1337,1,0,0,0,1340,
        1342,3,314,157,0,1341,1343,3,312,156,0,1342,1341,1,0,0,0,1342,1343,
        1,0,0,0,1343,1344,1,0,0,0,1344,1345,5,9,0,0,1345,1346,5,246,0,0,
        1346,1347,3,132,66,0,1347,1348,5,247,0,0,1348,137,1,0,0,0,1349,1355,
        3,142,71,0,1350,1351,3,140,70,0,1351,1352,3,142,71,0,1352,1354,1,
        0,0,0,1353,1350,1,0,0,0,1354,1357,1,0,0,0,1355,1353,1,0,0,0,1355,
        1356,1,0,0,0,1356,139,1,0,0,0,1357,1355,1,0,0,0,1358,1360,7,13,0,
        0,1359,1361,7,14,0,0,1360,1359,1,0,0,0,1360,1361,1,0,0,0,1361,141,
        1,0,0,0,1362,1370,3,144,72,0,1363,1365,5,90,0,0,1364,1366,7,14,0,
        0,1365,1364,1,0,0,0,1365,1366,1,0,0,0,1366,1367,1,0,0,0,1367,1369,
        3,144,72,0,1368,1363,1,0,0,0,1369,1372,1,0,0,0,1370,1368,1,0,0,0,
        1370,1371,1,0,0,0,1371,143,1,0,0,0,1372,1370,1,0,0,0,1373,1382,3,
        148,74,0,1374,1382,3,146,73,0,1375,1376,5,246,0,0,1376,1377,3,132,
        66,0,1377,1378,5,247,0,0,1378,1382,1,0,0,0,1379,1380,5,193,0,0,1380,
        1382,3,308,154,0,1381,1373,1,0,0,0,1381,1374,1,0,0,0,1381,1375,1,
        0,0,0,1381,1379,1,0,0,0,1382,145,1,0,0,0,1383,1384,5,215,0,0,1384,
        1389,3,228,114,0,1385,1386,5,252,0,0,1386,1388,3,228,114,0,1387,
        1385,1,0,0,0,1388,1391,1,0,0,0,1389,1387,1,0,0,0,1389,1390,1,0,0,
        0,1390,147,1,0,0,0,1391,1389,1,0,0,0,1392,1394,5,177,0,0,1393,1395,
        3,220,110,0,1394,1393,1,0,0,0,1394,1395,1,0,0,0,1395,1397,1,0,0,
        0,1396,1398,7,14,0,0,1397,1396,1,0,0,0,1397,1398,1,0,0,0,1398,1399,
        1,0,0,0,1399,1404,3,154,77,0,1400,1401,5,252,0,0,1401,1403,3,154,
        77,0,1402,1400,1,0,0,0,1403,1406,1,0,0,0,1404,1402,1,0,0,0,1404,
        1405,1,0,0,0,1405,1409,1,0,0,0,1406,1404,1,0,0,0,1407,1408,5,72,
        0,0,1408,1410,3,156,78,0,1409,1407,1,0,0,0,1409,1410,1,0,0,0,1410,
        1412,1,0,0,0,1411,1413,3,150,75,0,1412,1411,1,0,0,0,1412,1413,1,
        0,0,0,1413,1415,1,0,0,0,1414,1416,3,174,87,0,1415,1414,1,0,0,0,1415,
        1416,1,0,0,0,1416,1418,1,0,0,0,1417,1419,3,152,76,0,1418,1417,1,
        0,0,0,1418,1419,1,0,0,0,1419,1421,1,0,0,0,1420,1422,3,178,89,0,1421,
        1420,1,0,0,0,1421,1422,1,0,0,0,1422,149,1,0,0,0,1423,1424,5,224,
        0,0,1424,1425,3,228,114,0,1425,151,1,0,0,0,1426,1427,5,79,0,0,1427,
        1428,3,228,114,0,1428,153,1,0,0,0,1429,1442,5,241,0,0,1430,1431,
        3,310,155,0,1431,1432,5,253,0,0,1432,1433,5,241,0,0,1433,1442,1,
        0,0,0,1434,1439,3,228,114,0,1435,1437,5,9,0,0,1436,1435,1,0,0,0,
        1436,1437,1,0,0,0,1437,1438,1,0,0,0,1438,1440,3,314,157,0,1439,1436,
        1,0,0,0,1439,1440,1,0,0,0,1440,1442,1,0,0,0,1441,1429,1,0,0,0,1441,
        1430,1,0,0,0,1441,1434,1,0,0,0,1442,155,1,0,0,0,1443,1448,3,158,
        79,0,1444,1445,5,252,0,0,1445,1447,3,158,79,0,1446,1444,1,0,0,0,
        1447,1450,1,0,0,0,1448,1446,1,0,0,0,1448,1449,1,0,0,0,1449,157,1,
        0,0,0,1450,1448,1,0,0,0,1451,1455,3,166,83,0,1452,1454,3,160,80,
        0,1453,1452,1,0,0,0,1454,1457,1,0,0,0,1455,1453,1,0,0,0,1455,1456,
        1,0,0,0,1456,159,1,0,0,0,1457,1455,1,0,0,0,1458,1459,5,35,0,0,1459,
        1460,5,98,0,0,1460,1473,3,166,83,0,1461,1463,5,125,0,0,1462,1461,
        1,0,0,0,1462,1463,1,0,0,0,1463,1465,1,0,0,0,1464,1466,3,162,81,0,
        1465,1464,1,0,0,0,1465,1466,1,0,0,0,1466,1467,1,0,0,0,1467,1468,
        5,98,0,0,1468,1470,3,166,83,0,1469,1471,3,164,82,0,1470,1469,1,0,
        0,0,1470,1471,1,0,0,0,1471,1473,1,0,0,0,1472,1458,1,0,0,0,1472,1462,
        1,0,0,0,1473,161,1,0,0,0,1474,1480,5,87,0,0,1475,1477,7,15,0,0,1476,
        1478,5,139,0,0,1477,1476,1,0,0,0,1477,1478,1,0,0,0,1478,1480,1,0,
        0,0,1479,1474,1,0,0,0,1479,1475,1,0,0,0,1480,163,1,0,0,0,1481,1482,
        5,132,0,0,1482,1486,3,228,114,0,1483,1484,5,214,0,0,1484,1486,3,
        312,156,0,1485,1481,1,0,0,0,1485,1483,1,0,0,0,1486,165,1,0,0,0,1487,
        1489,3,168,84,0,1488,1490,3,198,99,0,1489,1488,1,0,0,0,1489,1490,
        1,0,0,0,1490,1492,1,0,0,0,1491,1493,3,172,86,0,1492,1491,1,0,0,0,
        1492,1493,1,0,0,0,1493,167,1,0,0,0,1494,1496,3,308,154,0,1495,1497,
        3,220,110,0,1496,1495,1,0,0,0,1496,1497,1,0,0,0,1497,1499,1,0,0,
        0,1498,1500,3,170,85,0,1499,1498,1,0,0,0,1499,1500,1,0,0,0,1500,
        1537,1,0,0,0,1501,1503,5,102,0,0,1502,1501,1,0,0,0,1502,1503,1,0,
        0,0,1503,1504,1,0,0,0,1504,1505,5,246,0,0,1505,1506,3,132,66,0,1506,
        1507,5,247,0,0,1507,1537,1,0,0,0,1508,1510,5,102,0,0,1509,1508,1,
        0,0,0,1509,1510,1,0,0,0,1510,1511,1,0,0,0,1511,1512,5,193,0,0,1512,
        1513,5,246,0,0,1513,1514,3,274,137,0,1514,1515,5,247,0,0,1515,1537,
        1,0,0,0,1516,1517,5,209,0,0,1517,1518,5,246,0,0,1518,1523,3,228,
        114,0,1519,1520,5,252,0,0,1520,1522,3,228,114,0,1521,1519,1,0,0,
        0,1522,1525,1,0,0,0,1523,1521,1,0,0,0,1523,1524,1,0,0,0,1524,1526,
        1,0,0,0,1525,1523,1,0,0,0,1526,1529,5,247,0,0,1527,1528,5,226,0,
        0,1528,1530,5,138,0,0,1529,1527,1,0,0,0,1529,1530,1,0,0,0,1530,1537,
        1,0,0,0,1531,1537,3,274,137,0,1532,1533,5,246,0,0,1533,1534,3,158,
        79,0,1534,1535,5,247,0,0,1535,1537,1,0,0,0,1536,1494,1,0,0,0,1536,
        1502,1,0,0,0,1536,1509,1,0,0,0,1536,1516,1,0,0,0,1536,1531,1,0,0,
        0,1536,1532,1,0,0,0,1537,169,1,0,0,0,1538,1539,5,70,0,0,1539,1540,
        5,192,0,0,1540,1541,5,9,0,0,1541,1542,5,130,0,0,1542,1543,3,228,
        114,0,1543,171,1,0,0,0,1544,1546,5,9,0,0,1545,1544,1,0,0,0,1545,
        1546,1,0,0,0,1546,1547,1,0,0,0,1547,1549,3,314,157,0,1548,1550,3,
        312,156,0,1549,1548,1,0,0,0,1549,1550,1,0,0,0,1550,173,1,0,0,0,1551,
        1552,5,77,0,0,1552,1553,5,16,0,0,1553,1558,3,176,88,0,1554,1555,
        5,252,0,0,1555,1557,3,176,88,0,1556,1554,1,0,0,0,1557,1560,1,0,0,
        0,1558,1556,1,0,0,0,1558,1559,1,0,0,0,1559,175,1,0,0,0,1560,1558,
        1,0,0,0,1561,1562,5,78,0,0,1562,1563,5,179,0,0,1563,1564,5,246,0,
        0,1564,1569,3,176,88,0,1565,1566,5,252,0,0,1566,1568,3,176,88,0,
        1567,1565,1,0,0,0,1568,1571,1,0,0,0,1569,1567,1,0,0,0,1569,1570,
        1,0,0,0,1570,1572,1,0,0,0,1571,1569,1,0,0,0,1572,1573,5,247,0,0,
        1573,1590,1,0,0,0,1574,1575,7,16,0,0,1575,1576,5,246,0,0,1576,1581,
        3,228,114,0,1577,1578,5,252,0,0,1578,1580,3,228,114,0,1579,1577,
        1,0,0,0,1580,1583,1,0,0,0,1581,1579,1,0,0,0,1581,1582,1,0,0,0,1582,
        1584,1,0,0,0,1583,1581,1,0,0,0,1584,1585,5,247,0,0,1585,1590,1,0,
        0,0,1586,1587,5,246,0,0,1587,1590,5,247,0,0,1588,1590,3,228,114,
        0,1589,1561,1,0,0,0,1589,1574,1,0,0,0,1589,1586,1,0,0,0,1589,1588,
        1,0,0,0,1590,177,1,0,0,0,1591,1592,5,225,0,0,1592,1597,3,180,90,
        0,1593,1594,5,252,0,0,1594,1596,3,180,90,0,1595,1593,1,0,0,0,1596,
        1599,1,0,0,0,1597,1595,1,0,0,0,1597,1598,1,0,0,0,1598,179,1,0,0,
        0,1599,1597,1,0,0,0,1600,1601,3,314,157,0,1601,1602,5,9,0,0,1602,
        1603,5,246,0,0,1603,1604,3,182,91,0,1604,1605,5,247,0,0,1605,181,
        1,0,0,0,1606,1608,3,314,157,0,1607,1606,1,0,0,0,1607,1608,1,0,0,
        0,1608,1619,1,0,0,0,1609,1610,5,145,0,0,1610,1611,5,16,0,0,1611,
        1616,3,228,114,0,1612,1613,5,252,0,0,1613,1615,3,228,114,0,1614,
        1612,1,0,0,0,1615,1618,1,0,0,0,1616,1614,1,0,0,0,1616,1617,1,0,0,
        0,1617,1620,1,0,0,0,1618,1616,1,0,0,0,1619,1609,1,0,0,0,1619,1620,
        1,0,0,0,1620,1622,1,0,0,0,1621,1623,3,188,94,0,1622,1621,1,0,0,0,
        1622,1623,1,0,0,0,1623,1625,1,0,0,0,1624,1626,3,184,92,0,1625,1624,
        1,0,0,0,1625,1626,1,0,0,0,1626,183,1,0,0,0,1627,1634,7,17,0,0,1628,
        1629,5,13,0,0,1629,1630,3,186,93,0,1630,1631,5,6,0,0,1631,1632,3,
        186,93,0,1632,1635,1,0,0,0,1633,1635,3,186,93,0,1634,1628,1,0,0,
        0,1634,1633,1,0,0,0,1635,185,1,0,0,0,1636,1637,5,205,0,0,1637,1644,
        7,18,0,0,1638,1639,5,37,0,0,1639,1644,5,172,0,0,1640,1641,3,242,
        121,0,1641,1642,7,18,0,0,1642,1644,1,0,0,0,1643,1636,1,0,0,0,1643,
        1638,1,0,0,0,1643,1640,1,0,0,0,1644,187,1,0,0,0,1645,1646,5,137,
        0,0,1646,1647,5,16,0,0,1647,1652,3,190,95,0,1648,1649,5,252,0,0,
        1649,1651,3,190,95,0,1650,1648,1,0,0,0,1651,1654,1,0,0,0,1652,1650,
        1,0,0,0,1652,1653,1,0,0,0,1653,189,1,0,0,0,1654,1652,1,0,0,0,1655,
        1657,3,228,114,0,1656,1658,7,19,0,0,1657,1656,1,0,0,0,1657,1658,
        1,0,0,0,1658,1661,1,0,0,0,1659,1660,5,129,0,0,1660,1662,7,20,0,0,
        1661,1659,1,0,0,0,1661,1662,1,0,0,0,1662,191,1,0,0,0,1663,1666,5,
        106,0,0,1664,1667,3,228,114,0,1665,1667,5,3,0,0,1666,1664,1,0,0,
        0,1666,1665,1,0,0,0,1667,193,1,0,0,0,1668,1669,5,131,0,0,1669,1671,
        3,228,114,0,1670,1672,7,21,0,0,1671,1670,1,0,0,0,1671,1672,1,0,0,
        0,1672,195,1,0,0,0,1673,1674,5,65,0,0,1674,1676,7,22,0,0,1675,1677,
        3,228,114,0,1676,1675,1,0,0,0,1676,1677,1,0,0,0,1677,1678,1,0,0,
        0,1678,1679,7,21,0,0,1679,1680,5,134,0,0,1680,197,1,0,0,0,1681,1682,
        5,111,0,0,1682,1693,5,246,0,0,1683,1684,5,145,0,0,1684,1685,5,16,
        0,0,1685,1690,3,228,114,0,1686,1687,5,252,0,0,1687,1689,3,228,114,
        0,1688,1686,1,0,0,0,1689,1692,1,0,0,0,1690,1688,1,0,0,0,1690,1691,
        1,0,0,0,1691,1694,1,0,0,0,1692,1690,1,0,0,0,1693,1683,1,0,0,0,1693,
        1694,1,0,0,0,1694,1696,1,0,0,0,1695,1697,3,188,94,0,1696,1695,1,
        0,0,0,1696,1697,1,0,0,0,1697,1707,1,0,0,0,1698,1699,5,113,0,0,1699,
        1704,3,200,100,0,1700,1701,5,252,0,0,1701,1703,3,200,100,0,1702,
        1700,1,0,0,0,1703,1706,1,0,0,0,1704,1702,1,0,0,0,1704,1705,1,0,0,
        0,1705,1708,1,0,0,0,1706,1704,1,0,0,0,1707,1698,1,0,0,0,1707,1708,
        1,0,0,0,1708,1710,1,0,0,0,1709,1711,3,202,101,0,1710,1709,1,0,0,
        0,1710,1711,1,0,0,0,1711,1713,1,0,0,0,1712,1714,3,204,102,0,1713,
        1712,1,0,0,0,1713,1714,1,0,0,0,1714,1715,1,0,0,0,1715,1716,5,149,
        0,0,1716,1717,5,246,0,0,1717,1718,3,206,103,0,1718,1721,5,247,0,
        0,1719,1720,5,227,0,0,1720,1722,3,294,147,0,1721,1719,1,0,0,0,1721,
        1722,1,0,0,0,1722,1732,1,0,0,0,1723,1724,5,187,0,0,1724,1729,3,216,
        108,0,1725,1726,5,252,0,0,1726,1728,3,216,108,0,1727,1725,1,0,0,
        0,1728,1731,1,0,0,0,1729,1727,1,0,0,0,1729,1730,1,0,0,0,1730,1733,
        1,0,0,0,1731,1729,1,0,0,0,1732,1723,1,0,0,0,1732,1733,1,0,0,0,1733,
        1734,1,0,0,0,1734,1735,5,43,0,0,1735,1740,3,218,109,0,1736,1737,
        5,252,0,0,1737,1739,3,218,109,0,1738,1736,1,0,0,0,1739,1742,1,0,
        0,0,1740,1738,1,0,0,0,1740,1741,1,0,0,0,1741,1743,1,0,0,0,1742,1740,
        1,0,0,0,1743,1744,5,247,0,0,1744,199,1,0,0,0,1745,1746,3,228,114,
        0,1746,1747,5,9,0,0,1747,1748,3,314,157,0,1748,201,1,0,0,0,1749,
        1750,5,133,0,0,1750,1751,5,172,0,0,1751,1752,5,150,0,0,1752,1758,
        5,110,0,0,1753,1754,5,3,0,0,1754,1755,5,173,0,0,1755,1756,5,150,
        0,0,1756,1758,5,110,0,0,1757,1749,1,0,0,0,1757,1753,1,0,0,0,1758,
        203,1,0,0,0,1759,1760,5,2,0,0,1760,1761,5,110,0,0,1761,1773,5,182,
        0,0,1762,1763,5,199,0,0,1763,1764,5,126,0,0,1764,1774,5,172,0,0,
        1765,1766,5,148,0,0,1766,1767,5,101,0,0,1767,1774,5,172,0,0,1768,
        1770,5,199,0,0,1769,1771,7,20,0,0,1770,1769,1,0,0,0,1770,1771,1,
        0,0,0,1771,1772,1,0,0,0,1772,1774,3,314,157,0,1773,1762,1,0,0,0,
        1773,1765,1,0,0,0,1773,1768,1,0,0,0,1774,205,1,0,0,0,1775,1780,3,
        208,104,0,1776,1777,5,245,0,0,1777,1779,3,208,104,0,1778,1776,1,
        0,0,0,1779,1782,1,0,0,0,1780,1778,1,0,0,0,1780,1781,1,0,0,0,1781,
        207,1,0,0,0,1782,1780,1,0,0,0,1783,1785,3,210,105,0,1784,1783,1,
        0,0,0,1785,1786,1,0,0,0,1786,1784,1,0,0,0,1786,1787,1,0,0,0,1787,
        209,1,0,0,0,1788,1790,3,212,106,0,1789,1791,3,214,107,0,1790,1789,
        1,0,0,0,1790,1791,1,0,0,0,1791,211,1,0,0,0,1792,1798,3,314,157,0,
        1793,1794,5,246,0,0,1794,1795,3,206,103,0,1795,1796,5,247,0,0,1796,
        1798,1,0,0,0,1797,1792,1,0,0,0,1797,1793,1,0,0,0,1798,213,1,0,0,
        0,1799,1814,5,241,0,0,1800,1814,5,239,0,0,1801,1814,5,255,0,0,1802,
        1804,5,250,0,0,1803,1805,5,261,0,0,1804,1803,1,0,0,0,1804,1805,1,
        0,0,0,1805,1810,1,0,0,0,1806,1808,5,252,0,0,1807,1809,5,261,0,0,
        1808,1807,1,0,0,0,1808,1809,1,0,0,0,1809,1811,1,0,0,0,1810,1806,
        1,0,0,0,1810,1811,1,0,0,0,1811,1812,1,0,0,0,1812,1814,5,251,0,0,
        1813,1799,1,0,0,0,1813,1800,1,0,0,0,1813,1801,1,0,0,0,1813,1802,
        1,0,0,0,1814,1816,1,0,0,0,1815,1817,5,255,0,0,1816,1815,1,0,0,0,
        1816,1817,1,0,0,0,1817,215,1,0,0,0,1818,1819,3,314,157,0,1819,1820,
        5,232,0,0,1820,1821,5,246,0,0,1821,1826,3,314,157,0,1822,1823,5,
        252,0,0,1823,1825,3,314,157,0,1824,1822,1,0,0,0,1825,1828,1,0,0,
        0,1826,1824,1,0,0,0,1826,1827,1,0,0,0,1827,1829,1,0,0,0,1828,1826,
        1,0,0,0,1829,1830,5,247,0,0,1830,217,1,0,0,0,1831,1832,3,314,157,
        0,1832,1833,5,9,0,0,1833,1834,3,228,114,0,1834,219,1,0,0,0,1835,
        1836,5,266,0,0,1836,1843,3,222,111,0,1837,1839,5,281,0,0,1838,1837,
        1,0,0,0,1838,1839,1,0,0,0,1839,1840,1,0,0,0,1840,1842,3,222,111,
        0,1841,1838,1,0,0,0,1842,1845,1,0,0,0,1843,1841,1,0,0,0,1843,1844,
        1,0,0,0,1844,1846,1,0,0,0,1845,1843,1,0,0,0,1846,1847,5,275,0,0,
        1847,221,1,0,0,0,1848,1861,5,276,0,0,1849,1858,5,282,0,0,1850,1855,
        3,224,112,0,1851,1852,5,281,0,0,1852,1854,3,224,112,0,1853,1851,
        1,0,0,0,1854,1857,1,0,0,0,1855,1853,1,0,0,0,1855,1856,1,0,0,0,1856,
        1859,1,0,0,0,1857,1855,1,0,0,0,1858,1850,1,0,0,0,1858,1859,1,0,0,
        0,1859,1860,1,0,0,0,1860,1862,5,283,0,0,1861,1849,1,0,0,0,1861,1862,
        1,0,0,0,1862,223,1,0,0,0,1863,1866,3,226,113,0,1864,1865,5,280,0,
        0,1865,1867,3,226,113,0,1866,1864,1,0,0,0,1866,1867,1,0,0,0,1867,
        225,1,0,0,0,1868,1869,7,23,0,0,1869,227,1,0,0,0,1870,1871,3,230,
        115,0,1871,229,1,0,0,0,1872,1877,3,232,116,0,1873,1874,5,136,0,0,
        1874,1876,3,232,116,0,1875,1873,1,0,0,0,1876,1879,1,0,0,0,1877,1875,
        1,0,0,0,1877,1878,1,0,0,0,1878,231,1,0,0,0,1879,1877,1,0,0,0,1880,
        1885,3,234,117,0,1881,1882,5,6,0,0,1882,1884,3,234,117,0,1883,1881,
        1,0,0,0,1884,1887,1,0,0,0,1885,1883,1,0,0,0,1885,1886,1,0,0,0,1886,
        233,1,0,0,0,1887,1885,1,0,0,0,1888,1889,5,127,0,0,1889,1892,3,234,
        117,0,1890,1892,3,236,118,0,1891,1888,1,0,0,0,1891,1890,1,0,0,0,
        1892,235,1,0,0,0,1893,1897,3,242,121,0,1894,1896,3,238,119,0,1895,
        1894,1,0,0,0,1896,1899,1,0,0,0,1897,1895,1,0,0,0,1897,1898,1,0,0,
        0,1898,237,1,0,0,0,1899,1897,1,0,0,0,1900,1901,3,240,120,0,1901,
        1902,7,24,0,0,1902,1903,5,246,0,0,1903,1904,3,132,66,0,1904,1905,
        5,247,0,0,1905,1965,1,0,0,0,1906,1907,3,240,120,0,1907,1908,3,242,
        121,0,1908,1965,1,0,0,0,1909,1911,5,93,0,0,1910,1912,5,127,0,0,1911,
        1910,1,0,0,0,1911,1912,1,0,0,0,1912,1913,1,0,0,0,1913,1965,7,25,
        0,0,1914,1916,5,93,0,0,1915,1917,5,127,0,0,1916,1915,1,0,0,0,1916,
        1917,1,0,0,0,1917,1918,1,0,0,0,1918,1919,5,48,0,0,1919,1920,5,72,
        0,0,1920,1965,3,242,121,0,1921,1923,5,127,0,0,1922,1921,1,0,0,0,
        1922,1923,1,0,0,0,1923,1924,1,0,0,0,1924,1926,5,13,0,0,1925,1927,
        7,26,0,0,1926,1925,1,0,0,0,1926,1927,1,0,0,0,1927,1928,1,0,0,0,1928,
        1929,3,242,121,0,1929,1930,5,6,0,0,1930,1931,3,242,121,0,1931,1965,
        1,0,0,0,1932,1934,5,127,0,0,1933,1932,1,0,0,0,1933,1934,1,0,0,0,
        1934,1935,1,0,0,0,1935,1936,5,85,0,0,1936,1946,5,246,0,0,1937,1947,
        3,132,66,0,1938,1943,3,228,114,0,1939,1940,5,252,0,0,1940,1942,3,
        228,114,0,1941,1939,1,0,0,0,1942,1945,1,0,0,0,1943,1941,1,0,0,0,
        1943,1944,1,0,0,0,1944,1947,1,0,0,0,1945,1943,1,0,0,0,1946,1937,
        1,0,0,0,1946,1938,1,0,0,0,1947,1948,1,0,0,0,1948,1949,5,247,0,0,
        1949,1965,1,0,0,0,1950,1952,5,127,0,0,1951,1950,1,0,0,0,1951,1952,
        1,0,0,0,1952,1957,1,0,0,0,1953,1958,5,105,0,0,1954,1958,5,84,0,0,
        1955,1956,5,181,0,0,1956,1958,5,199,0,0,1957,1953,1,0,0,0,1957,1954,
        1,0,0,0,1957,1955,1,0,0,0,1958,1959,1,0,0,0,1959,1962,3,242,121,
        0,1960,1961,5,56,0,0,1961,1963,3,242,121,0,1962,1960,1,0,0,0,1962,
        1963,1,0,0,0,1963,1965,1,0,0,0,1964,1900,1,0,0,0,1964,1906,1,0,0,
        0,1964,1909,1,0,0,0,1964,1914,1,0,0,0,1964,1922,1,0,0,0,1964,1933,
        1,0,0,0,1964,1951,1,0,0,0,1965,239,1,0,0,0,1966,1967,7,27,0,0,1967,
        241,1,0,0,0,1968,1973,3,244,122,0,1969,1970,7,28,0,0,1970,1972,3,
        244,122,0,1971,1969,1,0,0,0,1972,1975,1,0,0,0,1973,1971,1,0,0,0,
        1973,1974,1,0,0,0,1974,243,1,0,0,0,1975,1973,1,0,0,0,1976,1981,3,
        246,123,0,1977,1978,7,29,0,0,1978,1980,3,246,123,0,1979,1977,1,0,
        0,0,1980,1983,1,0,0,0,1981,1979,1,0,0,0,1981,1982,1,0,0,0,1982,245,
        1,0,0,0,1983,1981,1,0,0,0,1984,1985,7,5,0,0,1985,1988,3,246,123,
        0,1986,1988,3,248,124,0,1987,1984,1,0,0,0,1987,1986,1,0,0,0,1988,
        247,1,0,0,0,1989,1998,3,250,125,0,1990,1991,5,248,0,0,1991,1992,
        3,228,114,0,1992,1993,5,249,0,0,1993,1997,1,0,0,0,1994,1995,5,253,
        0,0,1995,1997,3,314,157,0,1996,1990,1,0,0,0,1996,1994,1,0,0,0,1997,
        2000,1,0,0,0,1998,1996,1,0,0,0,1998,1999,1,0,0,0,1999,249,1,0,0,
        0,2000,1998,1,0,0,0,2001,2034,3,288,144,0,2002,2034,3,252,126,0,
        2003,2034,3,258,129,0,2004,2034,3,260,130,0,2005,2034,3,262,131,
        0,2006,2034,3,264,132,0,2007,2034,3,266,133,0,2008,2034,3,268,134,
        0,2009,2034,3,270,135,0,2010,2034,3,272,136,0,2011,2012,5,60,0,0,
        2012,2013,5,246,0,0,2013,2014,3,132,66,0,2014,2015,5,247,0,0,2015,
        2034,1,0,0,0,2016,2017,5,246,0,0,2017,2018,3,132,66,0,2018,2019,
        5,247,0,0,2019,2034,1,0,0,0,2020,2021,5,246,0,0,2021,2026,3,228,
        114,0,2022,2023,5,252,0,0,2023,2025,3,228,114,0,2024,2022,1,0,0,
        0,2025,2028,1,0,0,0,2026,2024,1,0,0,0,2026,2027,1,0,0,0,2027,2029,
        1,0,0,0,2028,2026,1,0,0,0,2029,2030,5,247,0,0,2030,2034,1,0,0,0,
        2031,2034,3,274,137,0,2032,2034,3,314,157,0,2033,2001,1,0,0,0,2033,
        2002,1,0,0,0,2033,2003,1,0,0,0,2033,2004,1,0,0,0,2033,2005,1,0,0,
        0,2033,2006,1,0,0,0,2033,2007,1,0,0,0,2033,2008,1,0,0,0,2033,2009,
        1,0,0,0,2033,2010,1,0,0,0,2033,2011,1,0,0,0,2033,2016,1,0,0,0,2033,
        2020,1,0,0,0,2033,2031,1,0,0,0,2033,2032,1,0,0,0,2034,251,1,0,0,
        0,2035,2037,5,19,0,0,2036,2038,3,228,114,0,2037,2036,1,0,0,0,2037,
        2038,1,0,0,0,2038,2040,1,0,0,0,2039,2041,3,256,128,0,2040,2039,1,
        0,0,0,2041,2042,1,0,0,0,2042,2040,1,0,0,0,2042,2043,1,0,0,0,2043,
        2045,1,0,0,0,2044,2046,3,254,127,0,2045,2044,1,0,0,0,2045,2046,1,
        0,0,0,2046,2047,1,0,0,0,2047,2048,5,54,0,0,2048,253,1,0,0,0,2049,
        2050,5,53,0,0,2050,2051,3,228,114,0,2051,255,1,0,0,0,2052,2053,5,
        223,0,0,2053,2054,3,228,114,0,2054,2055,5,196,0,0,2055,2056,3,228,
        114,0,2056,257,1,0,0,0,2057,2058,7,30,0,0,2058,2059,5,246,0,0,2059,
        2060,3,228,114,0,2060,2061,5,9,0,0,2061,2062,3,300,150,0,2062,2063,
        5,247,0,0,2063,259,1,0,0,0,2064,2065,5,63,0,0,2065,2066,5,246,0,
        0,2066,2067,3,286,143,0,2067,2068,5,72,0,0,2068,2069,3,228,114,0,
        2069,2070,5,247,0,0,2070,261,1,0,0,0,2071,2072,5,153,0,0,2072,2073,
        5,246,0,0,2073,2074,3,242,121,0,2074,2075,5,85,0,0,2075,2078,3,242,
        121,0,2076,2077,5,72,0,0,2077,2079,3,242,121,0,2078,2076,1,0,0,0,
        2078,2079,1,0,0,0,2079,2080,1,0,0,0,2080,2081,5,247,0,0,2081,263,
        1,0,0,0,2082,2083,5,201,0,0,2083,2092,5,246,0,0,2084,2086,7,31,0,
        0,2085,2087,3,242,121,0,2086,2085,1,0,0,0,2086,2087,1,0,0,0,2087,
        2088,1,0,0,0,2088,2093,5,72,0,0,2089,2090,3,242,121,0,2090,2091,
        5,72,0,0,2091,2093,1,0,0,0,2092,2084,1,0,0,0,2092,2089,1,0,0,0,2092,
        2093,1,0,0,0,2093,2094,1,0,0,0,2094,2095,3,242,121,0,2095,2096,5,
        247,0,0,2096,265,1,0,0,0,2097,2098,5,142,0,0,2098,2099,5,246,0,0,
        2099,2100,3,228,114,0,2100,2101,5,151,0,0,2101,2102,3,228,114,0,
        2102,2103,5,72,0,0,2103,2106,3,228,114,0,2104,2105,5,70,0,0,2105,
        2107,3,228,114,0,2106,2104,1,0,0,0,2106,2107,1,0,0,0,2107,2108,1,
        0,0,0,2108,2109,5,247,0,0,2109,267,1,0,0,0,2110,2111,5,188,0,0,2111,
        2112,5,246,0,0,2112,2113,3,228,114,0,2113,2114,7,32,0,0,2114,2117,
        3,228,114,0,2115,2116,7,33,0,0,2116,2118,3,228,114,0,2117,2115,1,
        0,0,0,2117,2118,1,0,0,0,2118,2119,1,0,0,0,2119,2120,5,247,0,0,2120,
        269,1,0,0,0,2121,2122,7,34,0,0,2122,2123,5,246,0,0,2123,2126,3,228,
        114,0,2124,2125,5,199,0,0,2125,2127,3,282,141,0,2126,2124,1,0,0,
        0,2126,2127,1,0,0,0,2127,2128,1,0,0,0,2128,2129,5,247,0,0,2129,271,
        1,0,0,0,2130,2131,7,35,0,0,2131,2140,5,248,0,0,2132,2137,3,228,114,
        0,2133,2134,5,252,0,0,2134,2136,3,228,114,0,2135,2133,1,0,0,0,2136,
        2139,1,0,0,0,2137,2135,1,0,0,0,2137,2138,1,0,0,0,2138,2141,1,0,0,
        0,2139,2137,1,0,0,0,2140,2132,1,0,0,0,2140,2141,1,0,0,0,2141,2142,
        1,0,0,0,2142,2162,5,249,0,0,2143,2144,7,35,0,0,2144,2145,5,246,0,
        0,2145,2146,3,132,66,0,2146,2147,5,247,0,0,2147,2162,1,0,0,0,2148,
        2149,5,172,0,0,2149,2158,5,246,0,0,2150,2155,3,228,114,0,2151,2152,
        5,252,0,0,2152,2154,3,228,114,0,2153,2151,1,0,0,0,2154,2157,1,0,
        0,0,2155,2153,1,0,0,0,2155,2156,1,0,0,0,2156,2159,1,0,0,0,2157,2155,
        1,0,0,0,2158,2150,1,0,0,0,2158,2159,1,0,0,0,2159,2160,1,0,0,0,2160,
        2162,5,247,0,0,2161,2130,1,0,0,0,2161,2143,1,0,0,0,2161,2148,1,0,
        0,0,2162,273,1,0,0,0,2163,2164,3,276,138,0,2164,2177,5,246,0,0,2165,
        2178,5,241,0,0,2166,2168,7,14,0,0,2167,2166,1,0,0,0,2167,2168,1,
        0,0,0,2168,2169,1,0,0,0,2169,2174,3,278,139,0,2170,2171,5,252,0,
        0,2171,2173,3,278,139,0,2172,2170,1,0,0,0,2173,2176,1,0,0,0,2174,
        2172,1,0,0,0,2174,2175,1,0,0,0,2175,2178,1,0,0,0,2176,2174,1,0,0,
        0,2177,2165,1,0,0,0,2177,2167,1,0,0,0,2177,2178,1,0,0,0,2178,2179,
        1,0,0,0,2179,2182,5,247,0,0,2180,2181,7,36,0,0,2181,2183,5,129,0,
        0,2182,2180,1,0,0,0,2182,2183,1,0,0,0,2183,2190,1,0,0,0,2184,2185,
        5,227,0,0,2185,2186,5,77,0,0,2186,2187,5,246,0,0,2187,2188,3,188,
        94,0,2188,2189,5,247,0,0,2189,2191,1,0,0,0,2190,2184,1,0,0,0,2190,
        2191,1,0,0,0,2191,2198,1,0,0,0,2192,2193,5,66,0,0,2193,2194,5,246,
        0,0,2194,2195,5,224,0,0,2195,2196,3,228,114,0,2196,2197,5,247,0,
        0,2197,2199,1,0,0,0,2198,2192,1,0,0,0,2198,2199,1,0,0,0,2199,2208,
        1,0,0,0,2200,2206,5,141,0,0,2201,2207,3,314,157,0,2202,2203,5,246,
        0,0,2203,2204,3,182,91,0,2204,2205,5,247,0,0,2205,2207,1,0,0,0,2206,
        2201,1,0,0,0,2206,2202,1,0,0,0,2207,2209,1,0,0,0,2208,2200,1,0,0,
        0,2208,2209,1,0,0,0,2209,275,1,0,0,0,2210,2221,3,310,155,0,2211,
        2221,5,104,0,0,2212,2221,5,170,0,0,2213,2221,5,229,0,0,2214,2221,
        5,122,0,0,2215,2221,5,41,0,0,2216,2221,5,80,0,0,2217,2221,5,115,
        0,0,2218,2221,5,175,0,0,2219,2221,5,78,0,0,2220,2210,1,0,0,0,2220,
        2211,1,0,0,0,2220,2212,1,0,0,0,2220,2213,1,0,0,0,2220,2214,1,0,0,
        0,2220,2215,1,0,0,0,2220,2216,1,0,0,0,2220,2217,1,0,0,0,2220,2218,
        1,0,0,0,2220,2219,1,0,0,0,2221,277,1,0,0,0,2222,2223,3,314,157,0,
        2223,2224,5,238,0,0,2224,2226,1,0,0,0,2225,2222,1,0,0,0,2225,2226,
        1,0,0,0,2226,2227,1,0,0,0,2227,2228,3,280,140,0,2228,279,1,0,0,0,
        2229,2230,5,193,0,0,2230,2241,3,308,154,0,2231,2232,5,145,0,0,2232,
        2233,5,16,0,0,2233,2238,3,228,114,0,2234,2235,5,252,0,0,2235,2237,
        3,228,114,0,2236,2234,1,0,0,0,2237,2240,1,0,0,0,2238,2236,1,0,0,
        0,2238,2239,1,0,0,0,2239,2242,1,0,0,0,2240,2238,1,0,0,0,2241,2231,
        1,0,0,0,2241,2242,1,0,0,0,2242,2244,1,0,0,0,2243,2245,3,188,94,0,
        2244,2243,1,0,0,0,2244,2245,1,0,0,0,2245,2261,1,0,0,0,2246,2247,
        5,47,0,0,2247,2248,5,246,0,0,2248,2253,3,314,157,0,2249,2250,5,252,
        0,0,2250,2252,3,314,157,0,2251,2249,1,0,0,0,2252,2255,1,0,0,0,2253,
        2251,1,0,0,0,2253,2254,1,0,0,0,2254,2256,1,0,0,0,2255,2253,1,0,0,
        0,2256,2257,5,247,0,0,2257,2261,1,0,0,0,2258,2261,3,284,142,0,2259,
        2261,3,228,114,0,2260,2229,1,0,0,0,2260,2246,1,0,0,0,2260,2258,1,
        0,0,0,2260,2259,1,0,0,0,2261,281,1,0,0,0,2262,2263,7,37,0,0,2263,
        283,1,0,0,0,2264,2265,7,38,0,0,2265,285,1,0,0,0,2266,2269,3,282,
        141,0,2267,2269,5,264,0,0,2268,2266,1,0,0,0,2268,2267,1,0,0,0,2269,
        287,1,0,0,0,2270,2285,5,128,0,0,2271,2285,5,202,0,0,2272,2285,5,
        64,0,0,2273,2285,5,207,0,0,2274,2285,3,290,145,0,2275,2285,3,292,
        146,0,2276,2285,5,260,0,0,2277,2278,5,40,0,0,2278,2285,5,258,0,0,
        2279,2280,5,197,0,0,2280,2285,5,258,0,0,2281,2282,5,198,0,0,2282,
        2285,5,258,0,0,2283,2285,3,294,147,0,2284,2270,1,0,0,0,2284,2271,
        1,0,0,0,2284,2272,1,0,0,0,2284,2273,1,0,0,0,2284,2274,1,0,0,0,2284,
        2275,1,0,0,0,2284,2276,1,0,0,0,2284,2277,1,0,0,0,2284,2279,1,0,0,
        0,2284,2281,1,0,0,0,2284,2283,1,0,0,0,2285,289,1,0,0,0,2286,2287,
        7,39,0,0,2287,291,1,0,0,0,2288,2292,7,40,0,0,2289,2291,5,258,0,0,
        2290,2289,1,0,0,0,2291,2294,1,0,0,0,2292,2290,1,0,0,0,2292,2293,
        1,0,0,0,2293,293,1,0,0,0,2294,2292,1,0,0,0,2295,2297,5,91,0,0,2296,
        2298,7,5,0,0,2297,2296,1,0,0,0,2297,2298,1,0,0,0,2298,2301,1,0,0,
        0,2299,2302,5,258,0,0,2300,2302,3,290,145,0,2301,2299,1,0,0,0,2301,
        2300,1,0,0,0,2302,2303,1,0,0,0,2303,2304,3,296,148,0,2304,295,1,
        0,0,0,2305,2307,3,282,141,0,2306,2308,3,298,149,0,2307,2306,1,0,
        0,0,2307,2308,1,0,0,0,2308,2314,1,0,0,0,2309,2310,5,199,0,0,2310,
        2312,3,282,141,0,2311,2313,3,298,149,0,2312,2311,1,0,0,0,2312,2313,
        1,0,0,0,2313,2315,1,0,0,0,2314,2309,1,0,0,0,2314,2315,1,0,0,0,2315,
        297,1,0,0,0,2316,2317,5,246,0,0,2317,2320,5,261,0,0,2318,2319,5,
        252,0,0,2319,2321,5,261,0,0,2320,2318,1,0,0,0,2320,2321,1,0,0,0,
        2321,2322,1,0,0,0,2322,2323,5,247,0,0,2323,299,1,0,0,0,2324,2326,
        3,304,152,0,2325,2327,3,302,151,0,2326,2325,1,0,0,0,2326,2327,1,
        0,0,0,2327,2334,1,0,0,0,2328,2330,7,41,0,0,2329,2331,3,302,151,0,
        2330,2329,1,0,0,0,2330,2331,1,0,0,0,2331,2333,1,0,0,0,2332,2328,
        1,0,0,0,2333,2336,1,0,0,0,2334,2332,1,0,0,0,2334,2335,1,0,0,0,2335,
        301,1,0,0,0,2336,2334,1,0,0,0,2337,2338,5,127,0,0,2338,2341,5,128,
        0,0,2339,2341,5,128,0,0,2340,2337,1,0,0,0,2340,2339,1,0,0,0,2341,
        303,1,0,0,0,2342,2367,5,172,0,0,2343,2352,5,234,0,0,2344,2349,3,
        306,153,0,2345,2346,5,252,0,0,2346,2348,3,306,153,0,2347,2345,1,
        0,0,0,2348,2351,1,0,0,0,2349,2347,1,0,0,0,2349,2350,1,0,0,0,2350,
        2353,1,0,0,0,2351,2349,1,0,0,0,2352,2344,1,0,0,0,2352,2353,1,0,0,
        0,2353,2354,1,0,0,0,2354,2368,5,236,0,0,2355,2364,5,246,0,0,2356,
        2361,3,306,153,0,2357,2358,5,252,0,0,2358,2360,3,306,153,0,2359,
        2357,1,0,0,0,2360,2363,1,0,0,0,2361,2359,1,0,0,0,2361,2362,1,0,0,
        0,2362,2365,1,0,0,0,2363,2361,1,0,0,0,2364,2356,1,0,0,0,2364,2365,
        1,0,0,0,2365,2366,1,0,0,0,2366,2368,5,247,0,0,2367,2343,1,0,0,0,
        2367,2355,1,0,0,0,2368,2428,1,0,0,0,2369,2370,5,8,0,0,2370,2371,
        5,234,0,0,2371,2372,3,300,150,0,2372,2373,5,236,0,0,2373,2428,1,
        0,0,0,2374,2375,5,124,0,0,2375,2376,5,234,0,0,2376,2377,3,300,150,
        0,2377,2378,5,236,0,0,2378,2428,1,0,0,0,2379,2380,5,109,0,0,2380,
        2381,5,234,0,0,2381,2382,3,300,150,0,2382,2383,5,252,0,0,2383,2384,
        3,300,150,0,2384,2385,5,236,0,0,2385,2428,1,0,0,0,2386,2388,5,198,
        0,0,2387,2389,3,298,149,0,2388,2387,1,0,0,0,2388,2389,1,0,0,0,2389,
        2396,1,0,0,0,2390,2392,7,42,0,0,2391,2393,5,108,0,0,2392,2391,1,
        0,0,0,2392,2393,1,0,0,0,2393,2394,1,0,0,0,2394,2395,5,197,0,0,2395,
        2397,5,231,0,0,2396,2390,1,0,0,0,2396,2397,1,0,0,0,2397,2428,1,0,
        0,0,2398,2400,5,197,0,0,2399,2401,3,298,149,0,2400,2399,1,0,0,0,
        2400,2401,1,0,0,0,2401,2405,1,0,0,0,2402,2403,5,228,0,0,2403,2404,
        5,197,0,0,2404,2406,5,231,0,0,2405,2402,1,0,0,0,2405,2406,1,0,0,
        0,2406,2428,1,0,0,0,2407,2428,5,40,0,0,2408,2409,5,91,0,0,2409,2428,
        3,296,148,0,2410,2411,5,160,0,0,2411,2412,5,246,0,0,2412,2415,3,
        292,146,0,2413,2414,5,252,0,0,2414,2416,3,292,146,0,2415,2413,1,
        0,0,0,2415,2416,1,0,0,0,2416,2417,1,0,0,0,2417,2418,5,247,0,0,2418,
        2428,1,0,0,0,2419,2428,5,128,0,0,2420,2422,3,314,157,0,2421,2423,
        7,43,0,0,2422,2421,1,0,0,0,2422,2423,1,0,0,0,2423,2425,1,0,0,0,2424,
        2426,3,298,149,0,2425,2424,1,0,0,0,2425,2426,1,0,0,0,2426,2428,1,
        0,0,0,2427,2342,1,0,0,0,2427,2369,1,0,0,0,2427,2374,1,0,0,0,2427,
        2379,1,0,0,0,2427,2386,1,0,0,0,2427,2398,1,0,0,0,2427,2407,1,0,0,
        0,2427,2408,1,0,0,0,2427,2410,1,0,0,0,2427,2419,1,0,0,0,2427,2420,
        1,0,0,0,2428,305,1,0,0,0,2429,2430,3,314,157,0,2430,2432,3,300,150,
        0,2431,2433,3,292,146,0,2432,2431,1,0,0,0,2432,2433,1,0,0,0,2433,
        307,1,0,0,0,2434,2439,3,314,157,0,2435,2436,5,253,0,0,2436,2438,
        3,314,157,0,2437,2435,1,0,0,0,2438,2441,1,0,0,0,2439,2437,1,0,0,
        0,2439,2440,1,0,0,0,2440,309,1,0,0,0,2441,2439,1,0,0,0,2442,2447,
        3,314,157,0,2443,2444,5,253,0,0,2444,2446,3,314,157,0,2445,2443,
        1,0,0,0,2446,2449,1,0,0,0,2447,2445,1,0,0,0,2447,2448,1,0,0,0,2448,
        311,1,0,0,0,2449,2447,1,0,0,0,2450,2451,5,246,0,0,2451,2456,3,314,
        157,0,2452,2453,5,252,0,0,2453,2455,3,314,157,0,2454,2452,1,0,0,
        0,2455,2458,1,0,0,0,2456,2454,1,0,0,0,2456,2457,1,0,0,0,2457,2459,
        1,0,0,0,2458,2456,1,0,0,0,2459,2460,5,247,0,0,2460,313,1,0,0,0,2461,
        2465,5,264,0,0,2462,2465,5,265,0,0,2463,2465,3,316,158,0,2464,2461,
        1,0,0,0,2464,2462,1,0,0,0,2464,2463,1,0,0,0,2465,315,1,0,0,0,2466,
        2467,7,44,0,0,2467,317,1,0,0,0,334,320,350,358,361,364,376,389,393,
        405,408,421,423,431,436,443,448,454,457,461,466,469,477,482,496,
        499,510,513,516,522,526,530,533,537,541,544,550,554,557,564,571,
        574,578,588,593,602,607,610,613,617,621,625,628,633,642,647,650,
        653,656,659,662,665,670,673,682,687,690,693,696,699,702,706,726,
        732,741,744,746,749,751,754,758,773,785,791,797,809,813,826,837,
        840,850,857,860,872,883,896,900,903,907,914,919,929,933,937,947,
        955,963,966,984,988,992,996,1009,1014,1018,1025,1040,1044,1046,1050,
        1054,1060,1066,1072,1077,1082,1086,1097,1101,1105,1108,1112,1116,
        1127,1143,1151,1157,1161,1166,1169,1171,1186,1189,1196,1199,1203,
        1215,1227,1232,1238,1249,1253,1267,1280,1283,1285,1292,1296,1305,
        1313,1316,1320,1323,1326,1329,1337,1342,1355,1360,1365,1370,1381,
        1389,1394,1397,1404,1409,1412,1415,1418,1421,1436,1439,1441,1448,
        1455,1462,1465,1470,1472,1477,1479,1485,1489,1492,1496,1499,1502,
        1509,1523,1529,1536,1545,1549,1558,1569,1581,1589,1597,1607,1616,
        1619,1622,1625,1634,1643,1652,1657,1661,1666,1671,1676,1690,1693,
        1696,1704,1707,1710,1713,1721,1729,1732,1740,1757,1770,1773,1780,
        1786,1790,1797,1804,1808,1810,1813,1816,1826,1838,1843,1855,1858,
        1861,1866,1877,1885,1891,1897,1911,1916,1922,1926,1933,1943,1946,
        1951,1957,1962,1964,1973,1981,1987,1996,1998,2026,2033,2037,2042,
        2045,2078,2086,2092,2106,2117,2126,2137,2140,2155,2158,2161,2167,
        2174,2177,2182,2190,2198,2206,2208,2220,2225,2238,2241,2244,2253,
        2260,2268,2284,2292,2297,2301,2307,2312,2314,2320,2326,2330,2334,
        2340,2349,2352,2361,2364,2367,2388,2392,2396,2400,2405,2415,2422,
        2425,2427,2432,2439,2447,2456,2464
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
    public commentClause(): CommentClauseContext | null {
        return this.getRuleContext(0, CommentClauseContext);
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
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TABLE, 0);
    }
    public alterTableAction(): AlterTableActionContext | null {
        return this.getRuleContext(0, AlterTableActionContext);
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public VIEW(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.VIEW, 0);
    }
    public RENAME(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RENAME, 0);
    }
    public TO(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TO, 0);
    }
    public AS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AS, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public FUNCTION(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FUNCTION, 0);
    }
    public stringLiteral(): StringLiteralContext | null {
        return this.getRuleContext(0, StringLiteralContext);
    }
    public TEMPORARY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.TEMPORARY, 0);
    }
    public SYSTEM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SYSTEM, 0);
    }
    public LANGUAGE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LANGUAGE, 0);
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
    public ADD(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ADD, 0);
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
    public MODIFY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MODIFY, 0);
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
    public DROP(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DROP, 0);
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
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
    public COLUMN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COLUMN, 0);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_alterTableAction;
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
    public CATALOG(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CATALOG, 0);
    }
    public DATABASE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DATABASE, 0);
    }
    public CREATE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.CREATE, 0);
    }
    public tablePath(): TablePathContext | null {
        return this.getRuleContext(0, TablePathContext);
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
    public COLUMNS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.COLUMNS, 0);
    }
    public FROM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FROM, 0);
    }
    public IN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IN, 0);
    }
    public likePattern(): LikePatternContext | null {
        return this.getRuleContext(0, LikePatternContext);
    }
    public PARTITIONS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PARTITIONS, 0);
    }
    public partitionSpec(): PartitionSpecContext | null {
        return this.getRuleContext(0, PartitionSpecContext);
    }
    public showKind(): ShowKindContext | null {
        return this.getRuleContext(0, ShowKindContext);
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
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.COMMA);
    	} else {
    		return this.getToken(FlinkSqlParser.COMMA, i);
    	}
    }
    public tablePath(): TablePathContext | null {
        return this.getRuleContext(0, TablePathContext);
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
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LPAREN, 0);
    }
    public query(): QueryContext | null {
        return this.getRuleContext(0, QueryContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.RPAREN, 0);
    }
    public LATERAL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.LATERAL, 0);
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
    public additiveExpression(): AdditiveExpressionContext | null {
        return this.getRuleContext(0, AdditiveExpressionContext);
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
    public orExpression(): OrExpressionContext {
        return this.getRuleContext(0, OrExpressionContext)!;
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_expression;
    }
}


export class OrExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public andExpression(): AndExpressionContext[];
    public andExpression(i: number): AndExpressionContext | null;
    public andExpression(i?: number): AndExpressionContext[] | AndExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(AndExpressionContext);
        }

        return this.getRuleContext(i, AndExpressionContext);
    }
    public OR(): antlr.TerminalNode[];
    public OR(i: number): antlr.TerminalNode | null;
    public OR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.OR);
    	} else {
    		return this.getToken(FlinkSqlParser.OR, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_orExpression;
    }
}


export class AndExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public notExpression(): NotExpressionContext[];
    public notExpression(i: number): NotExpressionContext | null;
    public notExpression(i?: number): NotExpressionContext[] | NotExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(NotExpressionContext);
        }

        return this.getRuleContext(i, NotExpressionContext);
    }
    public AND(): antlr.TerminalNode[];
    public AND(i: number): antlr.TerminalNode | null;
    public AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.AND);
    	} else {
    		return this.getToken(FlinkSqlParser.AND, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_andExpression;
    }
}


export class NotExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public NOT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NOT, 0);
    }
    public notExpression(): NotExpressionContext | null {
        return this.getRuleContext(0, NotExpressionContext);
    }
    public predicateExpression(): PredicateExpressionContext | null {
        return this.getRuleContext(0, PredicateExpressionContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_notExpression;
    }
}


export class PredicateExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public additiveExpression(): AdditiveExpressionContext {
        return this.getRuleContext(0, AdditiveExpressionContext)!;
    }
    public predicateSuffix(): PredicateSuffixContext[];
    public predicateSuffix(i: number): PredicateSuffixContext | null;
    public predicateSuffix(i?: number): PredicateSuffixContext[] | PredicateSuffixContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PredicateSuffixContext);
        }

        return this.getRuleContext(i, PredicateSuffixContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_predicateExpression;
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
    public ALL(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ALL, 0);
    }
    public ANY(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ANY, 0);
    }
    public SOME(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SOME, 0);
    }
    public additiveExpression(): AdditiveExpressionContext[];
    public additiveExpression(i: number): AdditiveExpressionContext | null;
    public additiveExpression(i?: number): AdditiveExpressionContext[] | AdditiveExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(AdditiveExpressionContext);
        }

        return this.getRuleContext(i, AdditiveExpressionContext);
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
    public NOT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NOT, 0);
    }
    public DISTINCT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.DISTINCT, 0);
    }
    public FROM(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.FROM, 0);
    }
    public BETWEEN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.BETWEEN, 0);
    }
    public AND(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.AND, 0);
    }
    public ASYMMETRIC(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ASYMMETRIC, 0);
    }
    public SYMMETRIC(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SYMMETRIC, 0);
    }
    public IN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.IN, 0);
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
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_predicateSuffix;
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


export class AdditiveExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public multiplicativeExpression(): MultiplicativeExpressionContext[];
    public multiplicativeExpression(i: number): MultiplicativeExpressionContext | null;
    public multiplicativeExpression(i?: number): MultiplicativeExpressionContext[] | MultiplicativeExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(MultiplicativeExpressionContext);
        }

        return this.getRuleContext(i, MultiplicativeExpressionContext);
    }
    public PLUS(): antlr.TerminalNode[];
    public PLUS(i: number): antlr.TerminalNode | null;
    public PLUS(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.PLUS);
    	} else {
    		return this.getToken(FlinkSqlParser.PLUS, i);
    	}
    }
    public MINUS_SIGN(): antlr.TerminalNode[];
    public MINUS_SIGN(i: number): antlr.TerminalNode | null;
    public MINUS_SIGN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.MINUS_SIGN);
    	} else {
    		return this.getToken(FlinkSqlParser.MINUS_SIGN, i);
    	}
    }
    public CONCAT(): antlr.TerminalNode[];
    public CONCAT(i: number): antlr.TerminalNode | null;
    public CONCAT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.CONCAT);
    	} else {
    		return this.getToken(FlinkSqlParser.CONCAT, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_additiveExpression;
    }
}


export class MultiplicativeExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public unaryExpression(): UnaryExpressionContext[];
    public unaryExpression(i: number): UnaryExpressionContext | null;
    public unaryExpression(i?: number): UnaryExpressionContext[] | UnaryExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(UnaryExpressionContext);
        }

        return this.getRuleContext(i, UnaryExpressionContext);
    }
    public STAR(): antlr.TerminalNode[];
    public STAR(i: number): antlr.TerminalNode | null;
    public STAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.STAR);
    	} else {
    		return this.getToken(FlinkSqlParser.STAR, i);
    	}
    }
    public SLASH(): antlr.TerminalNode[];
    public SLASH(i: number): antlr.TerminalNode | null;
    public SLASH(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.SLASH);
    	} else {
    		return this.getToken(FlinkSqlParser.SLASH, i);
    	}
    }
    public PERCENT(): antlr.TerminalNode[];
    public PERCENT(i: number): antlr.TerminalNode | null;
    public PERCENT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.PERCENT);
    	} else {
    		return this.getToken(FlinkSqlParser.PERCENT, i);
    	}
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_multiplicativeExpression;
    }
}


export class UnaryExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public unaryExpression(): UnaryExpressionContext | null {
        return this.getRuleContext(0, UnaryExpressionContext);
    }
    public PLUS(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.PLUS, 0);
    }
    public MINUS_SIGN(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.MINUS_SIGN, 0);
    }
    public postfixExpression(): PostfixExpressionContext | null {
        return this.getRuleContext(0, PostfixExpressionContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_unaryExpression;
    }
}


export class PostfixExpressionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public primaryExpression(): PrimaryExpressionContext {
        return this.getRuleContext(0, PrimaryExpressionContext)!;
    }
    public LBRACKET(): antlr.TerminalNode[];
    public LBRACKET(i: number): antlr.TerminalNode | null;
    public LBRACKET(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.LBRACKET);
    	} else {
    		return this.getToken(FlinkSqlParser.LBRACKET, i);
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
    public RBRACKET(): antlr.TerminalNode[];
    public RBRACKET(i: number): antlr.TerminalNode | null;
    public RBRACKET(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(FlinkSqlParser.RBRACKET);
    	} else {
    		return this.getToken(FlinkSqlParser.RBRACKET, i);
    	}
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
    public identifier(): IdentifierContext[];
    public identifier(i: number): IdentifierContext | null;
    public identifier(i?: number): IdentifierContext[] | IdentifierContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentifierContext);
        }

        return this.getRuleContext(i, IdentifierContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_postfixExpression;
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
    public additiveExpression(): AdditiveExpressionContext[];
    public additiveExpression(i: number): AdditiveExpressionContext | null;
    public additiveExpression(i?: number): AdditiveExpressionContext[] | AdditiveExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(AdditiveExpressionContext);
        }

        return this.getRuleContext(i, AdditiveExpressionContext);
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
    public additiveExpression(): AdditiveExpressionContext[];
    public additiveExpression(i: number): AdditiveExpressionContext | null;
    public additiveExpression(i?: number): AdditiveExpressionContext[] | AdditiveExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(AdditiveExpressionContext);
        }

        return this.getRuleContext(i, AdditiveExpressionContext);
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
    public callTimeUnit(): CallTimeUnitContext | null {
        return this.getRuleContext(0, CallTimeUnitContext);
    }
    public override get ruleIndex(): number {
        return FlinkSqlParser.RULE_callArgumentValue;
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
    public ENFORCED(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.ENFORCED, 0);
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
    public SAVEPOINT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.SAVEPOINT, 0);
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
    public UNLOAD(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.UNLOAD, 0);
    }
    public USE(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.USE, 0);
    }
    public USER(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.USER, 0);
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
