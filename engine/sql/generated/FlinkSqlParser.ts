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
    public static readonly RULE_orExpression = 116;
    public static readonly RULE_andExpression = 117;
    public static readonly RULE_notExpression = 118;
    public static readonly RULE_predicateExpression = 119;
    public static readonly RULE_predicateSuffix = 120;
    public static readonly RULE_negation = 121;
    public static readonly RULE_comparisonOperator = 122;
    public static readonly RULE_additiveExpression = 123;
    public static readonly RULE_multiplicativeExpression = 124;
    public static readonly RULE_unaryExpression = 125;
    public static readonly RULE_postfixExpression = 126;
    public static readonly RULE_primaryExpression = 127;
    public static readonly RULE_caseExpression = 128;
    public static readonly RULE_elseClause = 129;
    public static readonly RULE_whenClause = 130;
    public static readonly RULE_castExpression = 131;
    public static readonly RULE_extractExpression = 132;
    public static readonly RULE_positionExpression = 133;
    public static readonly RULE_trimExpression = 134;
    public static readonly RULE_overlayExpression = 135;
    public static readonly RULE_substringExpression = 136;
    public static readonly RULE_floorCeilExpression = 137;
    public static readonly RULE_constructorExpression = 138;
    public static readonly RULE_functionCall = 139;
    public static readonly RULE_functionName = 140;
    public static readonly RULE_callArgument = 141;
    public static readonly RULE_callArgumentValue = 142;
    public static readonly RULE_timeUnit = 143;
    public static readonly RULE_callTimeUnit = 144;
    public static readonly RULE_extractUnit = 145;
    public static readonly RULE_literal = 146;
    public static readonly RULE_number = 147;
    public static readonly RULE_stringLiteral = 148;
    public static readonly RULE_intervalLiteral = 149;
    public static readonly RULE_intervalQualifier = 150;
    public static readonly RULE_precisionSpec = 151;
    public static readonly RULE_dataType = 152;
    public static readonly RULE_nullability = 153;
    public static readonly RULE_typeCore = 154;
    public static readonly RULE_rowField = 155;
    public static readonly RULE_tablePath = 156;
    public static readonly RULE_qualifiedName = 157;
    public static readonly RULE_columnNameList = 158;
    public static readonly RULE_identifier = 159;
    public static readonly RULE_nonReservedKeyword = 160;

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
        "hintItem", "hintOption", "hintValue", "expression", "orExpression", 
        "andExpression", "notExpression", "predicateExpression", "predicateSuffix", 
        "negation", "comparisonOperator", "additiveExpression", "multiplicativeExpression", 
        "unaryExpression", "postfixExpression", "primaryExpression", "caseExpression", 
        "elseClause", "whenClause", "castExpression", "extractExpression", 
        "positionExpression", "trimExpression", "overlayExpression", "substringExpression", 
        "floorCeilExpression", "constructorExpression", "functionCall", 
        "functionName", "callArgument", "callArgumentValue", "timeUnit", 
        "callTimeUnit", "extractUnit", "literal", "number", "stringLiteral", 
        "intervalLiteral", "intervalQualifier", "precisionSpec", "dataType", 
        "nullability", "typeCore", "rowField", "tablePath", "qualifiedName", 
        "columnNameList", "identifier", "nonReservedKeyword",
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
            this.state = 322;
            this.statement();
            this.state = 324;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 254) {
                {
                this.state = 323;
                this.match(FlinkSqlParser.SEMICOLON);
                }
            }

            this.state = 326;
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
            this.state = 354;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 328;
                this.queryStatement();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 329;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.EXPLAIN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 330;
                this.explainStatement();
                }
                break;
            case FlinkSqlParser.EXECUTE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 331;
                this.executeStatement();
                }
                break;
            case FlinkSqlParser.COMPILE:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 332;
                this.compileStatement();
                }
                break;
            case FlinkSqlParser.STATEMENT:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 333;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.BEGIN:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 334;
                this.beginStatementSet();
                }
                break;
            case FlinkSqlParser.END:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 335;
                this.endStatementSet();
                }
                break;
            case FlinkSqlParser.CREATE:
            case FlinkSqlParser.REPLACE:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 336;
                this.createStatement();
                }
                break;
            case FlinkSqlParser.ALTER:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 337;
                this.alterStatement();
                }
                break;
            case FlinkSqlParser.DROP:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 338;
                this.dropStatement();
                }
                break;
            case FlinkSqlParser.SHOW:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 339;
                this.showStatement();
                }
                break;
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIBE:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 340;
                this.describeStatement();
                }
                break;
            case FlinkSqlParser.USE:
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 341;
                this.useStatement();
                }
                break;
            case FlinkSqlParser.LOAD:
                this.enterOuterAlt(localContext, 15);
                {
                this.state = 342;
                this.loadModule();
                }
                break;
            case FlinkSqlParser.UNLOAD:
                this.enterOuterAlt(localContext, 16);
                {
                this.state = 343;
                this.unloadModule();
                }
                break;
            case FlinkSqlParser.SET:
                this.enterOuterAlt(localContext, 17);
                {
                this.state = 344;
                this.setStatement();
                }
                break;
            case FlinkSqlParser.RESET:
                this.enterOuterAlt(localContext, 18);
                {
                this.state = 345;
                this.resetStatement();
                }
                break;
            case FlinkSqlParser.ADD:
                this.enterOuterAlt(localContext, 19);
                {
                this.state = 346;
                this.addJar();
                }
                break;
            case FlinkSqlParser.REMOVE:
                this.enterOuterAlt(localContext, 20);
                {
                this.state = 347;
                this.removeJar();
                }
                break;
            case FlinkSqlParser.ANALYZE:
                this.enterOuterAlt(localContext, 21);
                {
                this.state = 348;
                this.analyzeTable();
                }
                break;
            case FlinkSqlParser.STOP:
                this.enterOuterAlt(localContext, 22);
                {
                this.state = 349;
                this.stopJob();
                }
                break;
            case FlinkSqlParser.TRUNCATE:
                this.enterOuterAlt(localContext, 23);
                {
                this.state = 350;
                this.truncateTable();
                }
                break;
            case FlinkSqlParser.DELETE:
                this.enterOuterAlt(localContext, 24);
                {
                this.state = 351;
                this.deleteStatement();
                }
                break;
            case FlinkSqlParser.UPDATE:
                this.enterOuterAlt(localContext, 25);
                {
                this.state = 352;
                this.updateStatement();
                }
                break;
            case FlinkSqlParser.CALL:
                this.enterOuterAlt(localContext, 26);
                {
                this.state = 353;
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
            this.state = 356;
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
            this.state = 358;
            _la = this.tokenStream.LA(1);
            if(!(_la === 89 || _la === 211)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 359;
            _la = this.tokenStream.LA(1);
            if(!(_la === 92 || _la === 143)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 360;
            this.tablePath();
            this.state = 362;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 266) {
                {
                this.state = 361;
                this.hint();
                }
            }

            this.state = 365;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 364;
                this.partitionSpec();
                }
            }

            this.state = 368;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 4, this.context) ) {
            case 1:
                {
                this.state = 367;
                this.columnNameList();
                }
                break;
            }
            this.state = 370;
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
            this.state = 372;
            this.match(FlinkSqlParser.STATEMENT);
            this.state = 373;
            this.match(FlinkSqlParser.SET);
            this.state = 374;
            this.match(FlinkSqlParser.BEGIN);
            this.state = 378;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 375;
                this.insertStatement();
                this.state = 376;
                this.match(FlinkSqlParser.SEMICOLON);
                }
                }
                this.state = 380;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            } while (_la === 89 || _la === 211);
            this.state = 382;
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
            this.state = 384;
            this.match(FlinkSqlParser.BEGIN);
            this.state = 385;
            this.match(FlinkSqlParser.STATEMENT);
            this.state = 386;
            this.match(FlinkSqlParser.SET);
            this.state = 397;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 7, this.context) ) {
            case 1:
                {
                this.state = 387;
                this.match(FlinkSqlParser.SEMICOLON);
                this.state = 393;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 89 || _la === 211) {
                    {
                    {
                    this.state = 388;
                    this.insertStatement();
                    this.state = 389;
                    this.match(FlinkSqlParser.SEMICOLON);
                    }
                    }
                    this.state = 395;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 396;
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
            this.state = 399;
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
            this.state = 401;
            this.match(FlinkSqlParser.EXPLAIN);
            this.state = 412;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 9, this.context) ) {
            case 1:
                {
                this.state = 402;
                this.match(FlinkSqlParser.PLAN);
                this.state = 403;
                this.match(FlinkSqlParser.FOR);
                }
                break;
            case 2:
                {
                this.state = 404;
                this.explainDetail();
                this.state = 409;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 405;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 406;
                    this.explainDetail();
                    }
                    }
                    this.state = 411;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            }
            this.state = 414;
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
            this.state = 416;
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
            this.state = 427;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 418;
                this.query();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 419;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.STATEMENT:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 420;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.EXECUTE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 421;
                this.match(FlinkSqlParser.EXECUTE);
                this.state = 425;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.STATEMENT:
                    {
                    this.state = 422;
                    this.statementSetBlock();
                    }
                    break;
                case FlinkSqlParser.INSERT:
                case FlinkSqlParser.UPSERT:
                    {
                    this.state = 423;
                    this.insertStatement();
                    }
                    break;
                case FlinkSqlParser.SELECT:
                case FlinkSqlParser.TABLE:
                case FlinkSqlParser.VALUES:
                case FlinkSqlParser.WITH:
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 424;
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
            this.state = 429;
            this.match(FlinkSqlParser.EXECUTE);
            this.state = 435;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STATEMENT:
                {
                this.state = 430;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                {
                this.state = 431;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                {
                this.state = 432;
                this.query();
                }
                break;
            case FlinkSqlParser.PLAN:
                {
                this.state = 433;
                this.match(FlinkSqlParser.PLAN);
                this.state = 434;
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
            this.state = 437;
            this.match(FlinkSqlParser.COMPILE);
            this.state = 440;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 6) {
                {
                this.state = 438;
                this.match(FlinkSqlParser.AND);
                this.state = 439;
                this.match(FlinkSqlParser.EXECUTE);
                }
            }

            this.state = 442;
            this.match(FlinkSqlParser.PLAN);
            this.state = 443;
            this.stringLiteral();
            this.state = 447;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 82) {
                {
                this.state = 444;
                this.match(FlinkSqlParser.IF);
                this.state = 445;
                this.match(FlinkSqlParser.NOT);
                this.state = 446;
                this.match(FlinkSqlParser.EXISTS);
                }
            }

            this.state = 449;
            this.match(FlinkSqlParser.FOR);
            this.state = 452;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STATEMENT:
                {
                this.state = 450;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                {
                this.state = 451;
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
            this.state = 454;
            this.match(FlinkSqlParser.DELETE);
            this.state = 455;
            this.match(FlinkSqlParser.FROM);
            this.state = 456;
            this.tablePath();
            this.state = 461;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 458;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 457;
                    this.match(FlinkSqlParser.AS);
                    }
                }

                this.state = 460;
                this.identifier();
                }
            }

            this.state = 465;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 224) {
                {
                this.state = 463;
                this.match(FlinkSqlParser.WHERE);
                this.state = 464;
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
            this.state = 467;
            this.match(FlinkSqlParser.UPDATE);
            this.state = 468;
            this.tablePath();
            this.state = 473;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 470;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 469;
                    this.match(FlinkSqlParser.AS);
                    }
                }

                this.state = 472;
                this.identifier();
                }
            }

            this.state = 475;
            this.match(FlinkSqlParser.SET);
            this.state = 476;
            this.assignment();
            this.state = 481;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 477;
                this.match(FlinkSqlParser.COMMA);
                this.state = 478;
                this.assignment();
                }
                }
                this.state = 483;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 486;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 224) {
                {
                this.state = 484;
                this.match(FlinkSqlParser.WHERE);
                this.state = 485;
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
            this.state = 488;
            this.identifier();
            this.state = 489;
            this.match(FlinkSqlParser.EQ);
            this.state = 490;
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
            this.state = 492;
            this.match(FlinkSqlParser.CALL);
            this.state = 493;
            this.qualifiedName();
            this.state = 494;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 503;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1912262335) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                {
                this.state = 495;
                this.callArgument();
                this.state = 500;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 496;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 497;
                    this.callArgument();
                    }
                    }
                    this.state = 502;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 505;
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
            this.state = 507;
            this.match(FlinkSqlParser.TRUNCATE);
            this.state = 508;
            this.match(FlinkSqlParser.TABLE);
            this.state = 509;
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
            this.state = 526;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CREATE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 511;
                this.match(FlinkSqlParser.CREATE);
                this.state = 514;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 136) {
                    {
                    this.state = 512;
                    this.match(FlinkSqlParser.OR);
                    this.state = 513;
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

                this.state = 517;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 195) {
                    {
                    this.state = 516;
                    this.match(FlinkSqlParser.TEMPORARY);
                    }
                }

                this.state = 520;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 191) {
                    {
                    this.state = 519;
                    this.match(FlinkSqlParser.SYSTEM);
                    }
                }

                this.state = 522;
                this.createBody();
                }
                break;
            case FlinkSqlParser.REPLACE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 523;
                this.match(FlinkSqlParser.REPLACE);
                this.state = 524;
                this.match(FlinkSqlParser.TABLE);
                this.state = 525;
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
            this.state = 674;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 528;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 530;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 29, this.context) ) {
                case 1:
                    {
                    this.state = 529;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 532;
                this.identifier();
                this.state = 534;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 533;
                    this.commentClause();
                    }
                }

                this.state = 537;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 536;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 539;
                this.match(FlinkSqlParser.DATABASE);
                this.state = 541;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 32, this.context) ) {
                case 1:
                    {
                    this.state = 540;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 543;
                this.tablePath();
                this.state = 545;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 544;
                    this.commentClause();
                    }
                }

                this.state = 548;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 547;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 550;
                this.match(FlinkSqlParser.TABLE);
                this.state = 551;
                this.createTableBody();
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 552;
                this.match(FlinkSqlParser.VIEW);
                this.state = 554;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 35, this.context) ) {
                case 1:
                    {
                    this.state = 553;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 556;
                this.tablePath();
                this.state = 558;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 557;
                    this.columnNameList();
                    }
                }

                this.state = 561;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 560;
                    this.commentClause();
                    }
                }

                this.state = 563;
                this.match(FlinkSqlParser.AS);
                this.state = 564;
                this.query();
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 566;
                this.match(FlinkSqlParser.FUNCTION);
                this.state = 568;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 38, this.context) ) {
                case 1:
                    {
                    this.state = 567;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 570;
                this.tablePath();
                this.state = 571;
                this.match(FlinkSqlParser.AS);
                this.state = 572;
                this.stringLiteral();
                this.state = 575;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 100) {
                    {
                    this.state = 573;
                    this.match(FlinkSqlParser.LANGUAGE);
                    this.state = 574;
                    this.identifier();
                    }
                }

                this.state = 578;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 214) {
                    {
                    this.state = 577;
                    this.usingJars();
                    }
                }

                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 580;
                this.match(FlinkSqlParser.MODEL);
                this.state = 582;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 41, this.context) ) {
                case 1:
                    {
                    this.state = 581;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 584;
                this.tablePath();
                this.state = 597;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 88) {
                    {
                    this.state = 585;
                    this.match(FlinkSqlParser.INPUT);
                    this.state = 586;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 587;
                    this.columnDefinition();
                    this.state = 592;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 588;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 589;
                        this.columnDefinition();
                        }
                        }
                        this.state = 594;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 595;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 611;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 140) {
                    {
                    this.state = 599;
                    this.match(FlinkSqlParser.OUTPUT);
                    this.state = 600;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 601;
                    this.columnDefinition();
                    this.state = 606;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 602;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 603;
                        this.columnDefinition();
                        }
                        }
                        this.state = 608;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 609;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 614;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 613;
                    this.commentClause();
                    }
                }

                this.state = 617;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 616;
                    this.withOptions();
                    }
                }

                this.state = 621;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 619;
                    this.match(FlinkSqlParser.AS);
                    this.state = 620;
                    this.query();
                    }
                }

                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 623;
                this.match(FlinkSqlParser.CONNECTION);
                this.state = 625;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 49, this.context) ) {
                case 1:
                    {
                    this.state = 624;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 627;
                this.tablePath();
                this.state = 629;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 628;
                    this.commentClause();
                    }
                }

                this.state = 632;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 631;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 634;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 635;
                this.match(FlinkSqlParser.TABLE);
                this.state = 637;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 52, this.context) ) {
                case 1:
                    {
                    this.state = 636;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 639;
                this.tablePath();
                this.state = 651;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 640;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 641;
                    this.tableElement();
                    this.state = 646;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 642;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 643;
                        this.tableElement();
                        }
                        }
                        this.state = 648;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 649;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 654;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 653;
                    this.commentClause();
                    }
                }

                this.state = 657;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 49) {
                    {
                    this.state = 656;
                    this.distribution();
                    }
                }

                this.state = 660;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 146) {
                    {
                    this.state = 659;
                    this.partitionedBy();
                    }
                }

                this.state = 663;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 662;
                    this.withOptions();
                    }
                }

                this.state = 666;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 71) {
                    {
                    this.state = 665;
                    this.freshness();
                    }
                }

                this.state = 669;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 162) {
                    {
                    this.state = 668;
                    this.refreshMode();
                    }
                }

                this.state = 671;
                this.match(FlinkSqlParser.AS);
                this.state = 672;
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
            this.state = 677;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 62, this.context) ) {
            case 1:
                {
                this.state = 676;
                this.ifNotExists();
                }
                break;
            }
            this.state = 679;
            this.tablePath();
            this.state = 691;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 680;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 681;
                this.tableElement();
                this.state = 686;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 682;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 683;
                    this.tableElement();
                    }
                    }
                    this.state = 688;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 689;
                this.match(FlinkSqlParser.RPAREN);
                }
            }

            this.state = 694;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 27) {
                {
                this.state = 693;
                this.commentClause();
                }
            }

            this.state = 697;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 49) {
                {
                this.state = 696;
                this.distribution();
                }
            }

            this.state = 700;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 146) {
                {
                this.state = 699;
                this.partitionedBy();
                }
            }

            this.state = 703;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 702;
                this.withOptions();
                }
            }

            this.state = 706;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 105) {
                {
                this.state = 705;
                this.likeClause();
                }
            }

            this.state = 710;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 708;
                this.match(FlinkSqlParser.AS);
                this.state = 709;
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
            this.state = 712;
            this.match(FlinkSqlParser.IF);
            this.state = 713;
            this.match(FlinkSqlParser.NOT);
            this.state = 714;
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
            this.state = 716;
            this.match(FlinkSqlParser.IF);
            this.state = 717;
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
            this.state = 719;
            this.match(FlinkSqlParser.COMMENT);
            this.state = 720;
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
            this.state = 722;
            this.match(FlinkSqlParser.USING);
            this.state = 723;
            this.match(FlinkSqlParser.JAR);
            this.state = 724;
            this.stringLiteral();
            this.state = 730;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 725;
                this.match(FlinkSqlParser.COMMA);
                this.state = 726;
                this.match(FlinkSqlParser.JAR);
                this.state = 727;
                this.stringLiteral();
                }
                }
                this.state = 732;
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
            this.state = 736;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 72, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 733;
                this.columnDefinition();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 734;
                this.watermarkDefinition();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 735;
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
            this.state = 738;
            this.identifier();
            this.state = 755;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.AS:
                {
                this.state = 739;
                this.match(FlinkSqlParser.AS);
                this.state = 740;
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
                this.state = 741;
                this.dataType();
                this.state = 750;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 114) {
                    {
                    this.state = 742;
                    this.match(FlinkSqlParser.METADATA);
                    this.state = 745;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 72) {
                        {
                        this.state = 743;
                        this.match(FlinkSqlParser.FROM);
                        this.state = 744;
                        this.stringLiteral();
                        }
                    }

                    this.state = 748;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 219) {
                        {
                        this.state = 747;
                        this.match(FlinkSqlParser.VIRTUAL);
                        }
                    }

                    }
                }

                this.state = 753;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 32 || _la === 156) {
                    {
                    this.state = 752;
                    this.columnConstraint();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 758;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 27) {
                {
                this.state = 757;
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
            this.state = 762;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 32) {
                {
                this.state = 760;
                this.match(FlinkSqlParser.CONSTRAINT);
                this.state = 761;
                this.identifier();
                }
            }

            this.state = 764;
            this.match(FlinkSqlParser.PRIMARY);
            this.state = 765;
            this.match(FlinkSqlParser.KEY);
            this.state = 766;
            this.match(FlinkSqlParser.NOT);
            this.state = 767;
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
            this.state = 769;
            this.match(FlinkSqlParser.WATERMARK);
            this.state = 770;
            this.match(FlinkSqlParser.FOR);
            this.state = 771;
            this.qualifiedName();
            this.state = 772;
            this.match(FlinkSqlParser.AS);
            this.state = 773;
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
            this.state = 777;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 32) {
                {
                this.state = 775;
                this.match(FlinkSqlParser.CONSTRAINT);
                this.state = 776;
                this.identifier();
                }
            }

            this.state = 779;
            this.match(FlinkSqlParser.PRIMARY);
            this.state = 780;
            this.match(FlinkSqlParser.KEY);
            this.state = 781;
            this.columnNameList();
            this.state = 782;
            this.match(FlinkSqlParser.NOT);
            this.state = 783;
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
            this.state = 801;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 83, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 785;
                this.match(FlinkSqlParser.DISTRIBUTED);
                this.state = 786;
                this.match(FlinkSqlParser.BY);
                this.state = 789;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RANGE:
                    {
                    this.state = 787;
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
                    this.state = 788;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    break;
                default:
                    break;
                }
                this.state = 791;
                this.columnNameList();
                this.state = 795;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 92) {
                    {
                    this.state = 792;
                    this.match(FlinkSqlParser.INTO);
                    this.state = 793;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    this.state = 794;
                    this.match(FlinkSqlParser.BUCKETS);
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 797;
                this.match(FlinkSqlParser.DISTRIBUTED);
                this.state = 798;
                this.match(FlinkSqlParser.INTO);
                this.state = 799;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                this.state = 800;
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
            this.state = 803;
            this.match(FlinkSqlParser.PARTITIONED);
            this.state = 804;
            this.match(FlinkSqlParser.BY);
            this.state = 805;
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
            this.state = 807;
            this.match(FlinkSqlParser.LIKE);
            this.state = 808;
            this.tablePath();
            this.state = 817;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 809;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 813;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 58 || _la === 86 || _la === 144) {
                    {
                    {
                    this.state = 810;
                    this.likeOption();
                    }
                    }
                    this.state = 815;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 816;
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
            this.state = 819;
            _la = this.tokenStream.LA(1);
            if(!(_la === 58 || _la === 86 || _la === 144)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 820;
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
            this.state = 822;
            this.match(FlinkSqlParser.FRESHNESS);
            this.state = 823;
            this.match(FlinkSqlParser.EQ);
            this.state = 824;
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
            this.state = 826;
            this.match(FlinkSqlParser.REFRESH_MODE);
            this.state = 827;
            this.match(FlinkSqlParser.EQ);
            this.state = 830;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.FULL:
                {
                this.state = 828;
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
                this.state = 829;
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
            this.state = 832;
            this.match(FlinkSqlParser.WITH);
            this.state = 833;
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
            this.state = 835;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 844;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 836;
                this.property();
                this.state = 841;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 837;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 838;
                    this.property();
                    }
                    }
                    this.state = 843;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 846;
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
            this.state = 848;
            this.propertyKey();
            this.state = 849;
            this.match(FlinkSqlParser.EQ);
            this.state = 850;
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
            this.state = 854;
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
                this.state = 853;
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
            this.state = 861;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 856;
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
                this.state = 857;
                this.signedNumber();
                }
                break;
            case FlinkSqlParser.TRUE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 858;
                this.match(FlinkSqlParser.TRUE);
                }
                break;
            case FlinkSqlParser.FALSE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 859;
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
                this.state = 860;
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
            this.state = 864;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 239 || _la === 240) {
                {
                this.state = 863;
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

            this.state = 866;
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
            this.state = 868;
            this.match(FlinkSqlParser.ALTER);
            this.state = 870;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 195) {
                {
                this.state = 869;
                this.match(FlinkSqlParser.TEMPORARY);
                }
            }

            this.state = 873;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 191) {
                {
                this.state = 872;
                this.match(FlinkSqlParser.SYSTEM);
                }
            }

            this.state = 949;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                {
                this.state = 875;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 876;
                this.identifier();
                this.state = 882;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.SET:
                    {
                    this.state = 877;
                    this.match(FlinkSqlParser.SET);
                    this.state = 878;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 879;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 880;
                    this.keyList();
                    }
                    break;
                case FlinkSqlParser.COMMENT:
                    {
                    this.state = 881;
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
                this.state = 884;
                this.match(FlinkSqlParser.DATABASE);
                this.state = 885;
                this.tablePath();
                this.state = 886;
                this.match(FlinkSqlParser.SET);
                this.state = 887;
                this.propertyList();
                }
                break;
            case FlinkSqlParser.TABLE:
                {
                this.state = 889;
                this.match(FlinkSqlParser.TABLE);
                this.state = 891;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 95, this.context) ) {
                case 1:
                    {
                    this.state = 890;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 893;
                this.tablePath();
                this.state = 894;
                this.alterTableAction();
                }
                break;
            case FlinkSqlParser.VIEW:
                {
                this.state = 896;
                this.match(FlinkSqlParser.VIEW);
                this.state = 897;
                this.tablePath();
                this.state = 903;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 898;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 899;
                    this.match(FlinkSqlParser.TO);
                    this.state = 900;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.AS:
                    {
                    this.state = 901;
                    this.match(FlinkSqlParser.AS);
                    this.state = 902;
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
            case FlinkSqlParser.MODEL:
                {
                this.state = 916;
                this.match(FlinkSqlParser.MODEL);
                this.state = 918;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 99, this.context) ) {
                case 1:
                    {
                    this.state = 917;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 920;
                this.tablePath();
                this.state = 928;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 921;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 922;
                    this.match(FlinkSqlParser.TO);
                    this.state = 923;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.SET:
                    {
                    this.state = 924;
                    this.match(FlinkSqlParser.SET);
                    this.state = 925;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 926;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 927;
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
                this.state = 930;
                this.match(FlinkSqlParser.CONNECTION);
                this.state = 932;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 101, this.context) ) {
                case 1:
                    {
                    this.state = 931;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 934;
                this.tablePath();
                this.state = 942;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 935;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 936;
                    this.match(FlinkSqlParser.TO);
                    this.state = 937;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.SET:
                    {
                    this.state = 938;
                    this.match(FlinkSqlParser.SET);
                    this.state = 939;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 940;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 941;
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
                this.state = 944;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 945;
                this.match(FlinkSqlParser.TABLE);
                this.state = 946;
                this.tablePath();
                this.state = 947;
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
            this.state = 951;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 960;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 952;
                this.propertyKey();
                this.state = 957;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 953;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 954;
                    this.propertyKey();
                    }
                    }
                    this.state = 959;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 962;
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
            this.state = 1006;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.RENAME:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 964;
                this.match(FlinkSqlParser.RENAME);
                this.state = 971;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.TO:
                    {
                    this.state = 965;
                    this.match(FlinkSqlParser.TO);
                    this.state = 966;
                    this.tablePath();
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
                    this.state = 967;
                    this.qualifiedName();
                    this.state = 968;
                    this.match(FlinkSqlParser.TO);
                    this.state = 969;
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
                this.state = 973;
                this.match(FlinkSqlParser.SET);
                this.state = 974;
                this.propertyList();
                }
                break;
            case FlinkSqlParser.RESET:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 975;
                this.match(FlinkSqlParser.RESET);
                this.state = 976;
                this.keyList();
                }
                break;
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.MODIFY:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 977;
                _la = this.tokenStream.LA(1);
                if(!(_la === 1 || _la === 119)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 978;
                this.alterChange();
                }
                break;
            case FlinkSqlParser.DROP:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 979;
                this.match(FlinkSqlParser.DROP);
                this.state = 1004;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 111, this.context) ) {
                case 1:
                    {
                    this.state = 981;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 82) {
                        {
                        this.state = 980;
                        this.ifExists();
                        }
                    }

                    this.state = 983;
                    this.partitionSpec();
                    this.state = 988;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 984;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 985;
                        this.partitionSpec();
                        }
                        }
                        this.state = 990;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                case 2:
                    {
                    this.state = 991;
                    this.match(FlinkSqlParser.PRIMARY);
                    this.state = 992;
                    this.match(FlinkSqlParser.KEY);
                    }
                    break;
                case 3:
                    {
                    this.state = 993;
                    this.match(FlinkSqlParser.CONSTRAINT);
                    this.state = 994;
                    this.identifier();
                    }
                    break;
                case 4:
                    {
                    this.state = 995;
                    this.match(FlinkSqlParser.WATERMARK);
                    }
                    break;
                case 5:
                    {
                    this.state = 996;
                    this.match(FlinkSqlParser.DISTRIBUTION);
                    }
                    break;
                case 6:
                    {
                    this.state = 998;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 25) {
                        {
                        this.state = 997;
                        this.match(FlinkSqlParser.COLUMN);
                        }
                    }

                    this.state = 1002;
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
                        this.state = 1000;
                        this.qualifiedName();
                        }
                        break;
                    case FlinkSqlParser.LPAREN:
                        {
                        this.state = 1001;
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
            this.state = 1037;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 118, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1009;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 82) {
                    {
                    this.state = 1008;
                    this.ifNotExists();
                    }
                }

                this.state = 1011;
                this.partitionSpec();
                this.state = 1013;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 1012;
                    this.withOptions();
                    }
                }

                this.state = 1021;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 145) {
                    {
                    {
                    this.state = 1015;
                    this.partitionSpec();
                    this.state = 1017;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 226) {
                        {
                        this.state = 1016;
                        this.withOptions();
                        }
                    }

                    }
                    }
                    this.state = 1023;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1024;
                this.alterDistribution();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1025;
                this.alterElement();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1026;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1027;
                this.alterElement();
                this.state = 1032;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1028;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1029;
                    this.alterElement();
                    }
                    }
                    this.state = 1034;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1035;
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
            this.state = 1045;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 120, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1039;
                this.columnDefinition();
                this.state = 1041;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 2 || _la === 67) {
                    {
                    this.state = 1040;
                    this.columnPosition();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1043;
                this.watermarkDefinition();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1044;
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
            this.state = 1063;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 123, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1047;
                this.match(FlinkSqlParser.DISTRIBUTION);
                this.state = 1048;
                this.match(FlinkSqlParser.BY);
                this.state = 1051;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RANGE:
                    {
                    this.state = 1049;
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
                    this.state = 1050;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    break;
                default:
                    break;
                }
                this.state = 1053;
                this.columnNameList();
                this.state = 1057;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 92) {
                    {
                    this.state = 1054;
                    this.match(FlinkSqlParser.INTO);
                    this.state = 1055;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    this.state = 1056;
                    this.match(FlinkSqlParser.BUCKETS);
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1059;
                this.match(FlinkSqlParser.DISTRIBUTION);
                this.state = 1060;
                this.match(FlinkSqlParser.INTO);
                this.state = 1061;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                this.state = 1062;
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
            this.state = 1068;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.FIRST:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1065;
                this.match(FlinkSqlParser.FIRST);
                }
                break;
            case FlinkSqlParser.AFTER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1066;
                this.match(FlinkSqlParser.AFTER);
                this.state = 1067;
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
            this.state = 1092;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 128, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1070;
                this.match(FlinkSqlParser.SUSPEND);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1071;
                this.match(FlinkSqlParser.RESUME);
                this.state = 1073;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 1072;
                    this.withOptions();
                    }
                }

                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1075;
                this.match(FlinkSqlParser.REFRESH);
                this.state = 1077;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 145) {
                    {
                    this.state = 1076;
                    this.partitionSpec();
                    }
                }

                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1079;
                this.match(FlinkSqlParser.SET);
                this.state = 1080;
                this.match(FlinkSqlParser.FRESHNESS);
                this.state = 1081;
                this.match(FlinkSqlParser.EQ);
                this.state = 1082;
                this.intervalLiteral();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1083;
                this.match(FlinkSqlParser.SET);
                this.state = 1084;
                this.match(FlinkSqlParser.REFRESH_MODE);
                this.state = 1085;
                this.match(FlinkSqlParser.EQ);
                this.state = 1088;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.FULL:
                    {
                    this.state = 1086;
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
                    this.state = 1087;
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
                this.state = 1090;
                this.match(FlinkSqlParser.AS);
                this.state = 1091;
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
            this.state = 1094;
            this.match(FlinkSqlParser.DROP);
            this.state = 1096;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 195) {
                {
                this.state = 1095;
                this.match(FlinkSqlParser.TEMPORARY);
                }
            }

            this.state = 1099;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 191) {
                {
                this.state = 1098;
                this.match(FlinkSqlParser.SYSTEM);
                }
            }

            this.state = 1101;
            this.dropKind();
            this.state = 1103;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 131, this.context) ) {
            case 1:
                {
                this.state = 1102;
                this.ifExists();
                }
                break;
            }
            this.state = 1105;
            this.tablePath();
            this.state = 1107;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 18 || _la === 168) {
                {
                this.state = 1106;
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
        this.enterRule(localContext, 100, FlinkSqlParser.RULE_dropKind);
        try {
            this.state = 1118;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1109;
                this.match(FlinkSqlParser.CATALOG);
                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1110;
                this.match(FlinkSqlParser.DATABASE);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1111;
                this.match(FlinkSqlParser.TABLE);
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1112;
                this.match(FlinkSqlParser.VIEW);
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1113;
                this.match(FlinkSqlParser.FUNCTION);
                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1114;
                this.match(FlinkSqlParser.MODEL);
                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1115;
                this.match(FlinkSqlParser.CONNECTION);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1116;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1117;
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
            this.state = 1120;
            this.match(FlinkSqlParser.SHOW);
            this.state = 1158;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CURRENT:
                {
                this.state = 1121;
                this.match(FlinkSqlParser.CURRENT);
                this.state = 1122;
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
            case FlinkSqlParser.CREATE:
                {
                this.state = 1123;
                this.match(FlinkSqlParser.CREATE);
                this.state = 1133;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.TABLE:
                    {
                    this.state = 1124;
                    this.match(FlinkSqlParser.TABLE);
                    }
                    break;
                case FlinkSqlParser.VIEW:
                    {
                    this.state = 1125;
                    this.match(FlinkSqlParser.VIEW);
                    }
                    break;
                case FlinkSqlParser.MODEL:
                    {
                    this.state = 1126;
                    this.match(FlinkSqlParser.MODEL);
                    }
                    break;
                case FlinkSqlParser.CATALOG:
                    {
                    this.state = 1127;
                    this.match(FlinkSqlParser.CATALOG);
                    }
                    break;
                case FlinkSqlParser.DATABASE:
                    {
                    this.state = 1128;
                    this.match(FlinkSqlParser.DATABASE);
                    }
                    break;
                case FlinkSqlParser.FUNCTION:
                    {
                    this.state = 1129;
                    this.match(FlinkSqlParser.FUNCTION);
                    }
                    break;
                case FlinkSqlParser.CONNECTION:
                    {
                    this.state = 1130;
                    this.match(FlinkSqlParser.CONNECTION);
                    }
                    break;
                case FlinkSqlParser.MATERIALIZED:
                    {
                    this.state = 1131;
                    this.match(FlinkSqlParser.MATERIALIZED);
                    this.state = 1132;
                    this.match(FlinkSqlParser.TABLE);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 1135;
                this.tablePath();
                }
                break;
            case FlinkSqlParser.COLUMNS:
                {
                this.state = 1136;
                this.match(FlinkSqlParser.COLUMNS);
                this.state = 1137;
                _la = this.tokenStream.LA(1);
                if(!(_la === 72 || _la === 85)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1138;
                this.tablePath();
                this.state = 1140;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 84 || _la === 105 || _la === 127) {
                    {
                    this.state = 1139;
                    this.likePattern();
                    }
                }

                }
                break;
            case FlinkSqlParser.PARTITIONS:
                {
                this.state = 1142;
                this.match(FlinkSqlParser.PARTITIONS);
                this.state = 1143;
                this.tablePath();
                this.state = 1145;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 145) {
                    {
                    this.state = 1144;
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
                this.state = 1148;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 73 || _la === 213) {
                    {
                    this.state = 1147;
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

                this.state = 1150;
                this.showKind();
                this.state = 1153;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 72 || _la === 85) {
                    {
                    this.state = 1151;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 72 || _la === 85)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 1152;
                    this.tablePath();
                    }
                }

                this.state = 1156;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 84 || _la === 105 || _la === 127) {
                    {
                    this.state = 1155;
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
            this.state = 1173;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOGS:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1160;
                this.match(FlinkSqlParser.CATALOGS);
                }
                break;
            case FlinkSqlParser.DATABASES:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1161;
                this.match(FlinkSqlParser.DATABASES);
                }
                break;
            case FlinkSqlParser.TABLES:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1162;
                this.match(FlinkSqlParser.TABLES);
                }
                break;
            case FlinkSqlParser.VIEWS:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1163;
                this.match(FlinkSqlParser.VIEWS);
                }
                break;
            case FlinkSqlParser.FUNCTIONS:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1164;
                this.match(FlinkSqlParser.FUNCTIONS);
                }
                break;
            case FlinkSqlParser.PROCEDURES:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1165;
                this.match(FlinkSqlParser.PROCEDURES);
                }
                break;
            case FlinkSqlParser.MODULES:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1166;
                this.match(FlinkSqlParser.MODULES);
                }
                break;
            case FlinkSqlParser.JARS:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1167;
                this.match(FlinkSqlParser.JARS);
                }
                break;
            case FlinkSqlParser.JOBS:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1168;
                this.match(FlinkSqlParser.JOBS);
                }
                break;
            case FlinkSqlParser.MODELS:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1169;
                this.match(FlinkSqlParser.MODELS);
                }
                break;
            case FlinkSqlParser.CONNECTIONS:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 1170;
                this.match(FlinkSqlParser.CONNECTIONS);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 1171;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1172;
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
            this.state = 1176;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 127) {
                {
                this.state = 1175;
                this.match(FlinkSqlParser.NOT);
                }
            }

            this.state = 1178;
            _la = this.tokenStream.LA(1);
            if(!(_la === 84 || _la === 105)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1179;
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
            this.state = 1181;
            _la = this.tokenStream.LA(1);
            if(!(_la === 45 || _la === 46)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1183;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 143, this.context) ) {
            case 1:
                {
                this.state = 1182;
                this.describeKind();
                }
                break;
            }
            this.state = 1186;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 144, this.context) ) {
            case 1:
                {
                this.state = 1185;
                this.match(FlinkSqlParser.EXTENDED);
                }
                break;
            }
            this.state = 1190;
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
                this.state = 1188;
                this.tablePath();
                }
                break;
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                {
                this.state = 1189;
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
            this.state = 1202;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1192;
                this.match(FlinkSqlParser.CATALOG);
                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1193;
                this.match(FlinkSqlParser.DATABASE);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1194;
                this.match(FlinkSqlParser.TABLE);
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1195;
                this.match(FlinkSqlParser.VIEW);
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1196;
                this.match(FlinkSqlParser.FUNCTION);
                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1197;
                this.match(FlinkSqlParser.MODEL);
                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1198;
                this.match(FlinkSqlParser.CONNECTION);
                }
                break;
            case FlinkSqlParser.JOB:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1199;
                this.match(FlinkSqlParser.JOB);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1200;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1201;
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
            this.state = 1204;
            this.match(FlinkSqlParser.USE);
            this.state = 1217;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 148, this.context) ) {
            case 1:
                {
                this.state = 1205;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 1206;
                this.identifier();
                }
                break;
            case 2:
                {
                this.state = 1207;
                this.match(FlinkSqlParser.MODULES);
                this.state = 1208;
                this.identifier();
                this.state = 1213;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1209;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1210;
                    this.identifier();
                    }
                    }
                    this.state = 1215;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 3:
                {
                this.state = 1216;
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
            this.state = 1219;
            this.match(FlinkSqlParser.LOAD);
            this.state = 1220;
            this.match(FlinkSqlParser.MODULE);
            this.state = 1221;
            this.identifier();
            this.state = 1223;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 1222;
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
            this.state = 1225;
            this.match(FlinkSqlParser.UNLOAD);
            this.state = 1226;
            this.match(FlinkSqlParser.MODULE);
            this.state = 1227;
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
            this.state = 1229;
            this.match(FlinkSqlParser.SET);
            this.state = 1234;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 1230;
                this.propertyKey();
                this.state = 1231;
                this.match(FlinkSqlParser.EQ);
                this.state = 1232;
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
            this.state = 1236;
            this.match(FlinkSqlParser.RESET);
            this.state = 1238;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 1237;
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
            this.state = 1240;
            this.match(FlinkSqlParser.ADD);
            this.state = 1241;
            this.match(FlinkSqlParser.JAR);
            this.state = 1242;
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
            this.state = 1244;
            this.match(FlinkSqlParser.REMOVE);
            this.state = 1245;
            this.match(FlinkSqlParser.JAR);
            this.state = 1246;
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
            this.state = 1248;
            this.match(FlinkSqlParser.ANALYZE);
            this.state = 1249;
            this.match(FlinkSqlParser.TABLE);
            this.state = 1250;
            this.tablePath();
            this.state = 1252;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 1251;
                this.partitionSpec();
                }
            }

            this.state = 1254;
            this.match(FlinkSqlParser.COMPUTE);
            this.state = 1255;
            this.match(FlinkSqlParser.STATISTICS);
            this.state = 1270;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 70) {
                {
                this.state = 1256;
                this.match(FlinkSqlParser.FOR);
                this.state = 1268;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.ALL:
                    {
                    this.state = 1257;
                    this.match(FlinkSqlParser.ALL);
                    this.state = 1258;
                    this.match(FlinkSqlParser.COLUMNS);
                    }
                    break;
                case FlinkSqlParser.COLUMNS:
                    {
                    this.state = 1259;
                    this.match(FlinkSqlParser.COLUMNS);
                    this.state = 1260;
                    this.identifier();
                    this.state = 1265;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 1261;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 1262;
                        this.identifier();
                        }
                        }
                        this.state = 1267;
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
            this.state = 1272;
            this.match(FlinkSqlParser.STOP);
            this.state = 1273;
            this.match(FlinkSqlParser.JOB);
            this.state = 1274;
            this.stringLiteral();
            this.state = 1277;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 156, this.context) ) {
            case 1:
                {
                this.state = 1275;
                this.match(FlinkSqlParser.WITH);
                this.state = 1276;
                this.match(FlinkSqlParser.SAVEPOINT);
                }
                break;
            }
            this.state = 1281;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 1279;
                this.match(FlinkSqlParser.WITH);
                this.state = 1280;
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
            this.state = 1283;
            this.match(FlinkSqlParser.PARTITION);
            this.state = 1284;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1285;
            this.partitionValue();
            this.state = 1290;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1286;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1287;
                this.partitionValue();
                }
                }
                this.state = 1292;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1293;
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
            this.state = 1295;
            this.identifier();
            this.state = 1298;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 232) {
                {
                this.state = 1296;
                this.match(FlinkSqlParser.EQ);
                this.state = 1297;
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
            this.state = 1301;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 1300;
                this.withClause();
                }
            }

            this.state = 1303;
            this.queryExpression();
            this.state = 1305;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 137) {
                {
                this.state = 1304;
                this.orderBy();
                }
            }

            this.state = 1308;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 106) {
                {
                this.state = 1307;
                this.limitClause();
                }
            }

            this.state = 1311;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 131) {
                {
                this.state = 1310;
                this.offsetClause();
                }
            }

            this.state = 1314;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 65) {
                {
                this.state = 1313;
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
            this.state = 1316;
            this.match(FlinkSqlParser.WITH);
            this.state = 1317;
            this.commonTableExpression();
            this.state = 1322;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1318;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1319;
                this.commonTableExpression();
                }
                }
                this.state = 1324;
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
            this.state = 1325;
            this.identifier();
            this.state = 1327;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 1326;
                this.columnNameList();
                }
            }

            this.state = 1329;
            this.match(FlinkSqlParser.AS);
            this.state = 1330;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1331;
            this.query();
            this.state = 1332;
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
            this.state = 1334;
            this.queryIntersect();
            this.state = 1340;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 57 || _la === 206) {
                {
                {
                this.state = 1335;
                this.setOperator();
                this.state = 1336;
                this.queryIntersect();
                }
                }
                this.state = 1342;
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
            this.state = 1343;
            _la = this.tokenStream.LA(1);
            if(!(_la === 57 || _la === 206)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1345;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 3 || _la === 48) {
                {
                this.state = 1344;
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
        this.enterRule(localContext, 144, FlinkSqlParser.RULE_queryIntersect);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1347;
            this.queryPrimary();
            this.state = 1355;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 90) {
                {
                {
                this.state = 1348;
                this.match(FlinkSqlParser.INTERSECT);
                this.state = 1350;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 3 || _la === 48) {
                    {
                    this.state = 1349;
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

                this.state = 1352;
                this.queryPrimary();
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
    public queryPrimary(): QueryPrimaryContext {
        let localContext = new QueryPrimaryContext(this.context, this.state);
        this.enterRule(localContext, 146, FlinkSqlParser.RULE_queryPrimary);
        try {
            this.state = 1366;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1358;
                this.selectCore();
                }
                break;
            case FlinkSqlParser.VALUES:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1359;
                this.valuesClause();
                }
                break;
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1360;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1361;
                this.query();
                this.state = 1362;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1364;
                this.match(FlinkSqlParser.TABLE);
                this.state = 1365;
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
            this.state = 1368;
            this.match(FlinkSqlParser.VALUES);
            this.state = 1369;
            this.expression();
            this.state = 1374;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1370;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1371;
                this.expression();
                }
                }
                this.state = 1376;
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
            this.state = 1377;
            this.match(FlinkSqlParser.SELECT);
            this.state = 1379;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 266) {
                {
                this.state = 1378;
                this.hint();
                }
            }

            this.state = 1382;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 3 || _la === 48) {
                {
                this.state = 1381;
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

            this.state = 1384;
            this.selectItem();
            this.state = 1389;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1385;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1386;
                this.selectItem();
                }
                }
                this.state = 1391;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1394;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 72) {
                {
                this.state = 1392;
                this.match(FlinkSqlParser.FROM);
                this.state = 1393;
                this.fromClause();
                }
            }

            this.state = 1397;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 224) {
                {
                this.state = 1396;
                this.whereClause();
                }
            }

            this.state = 1400;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 77) {
                {
                this.state = 1399;
                this.groupBy();
                }
            }

            this.state = 1403;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 79) {
                {
                this.state = 1402;
                this.havingClause();
                }
            }

            this.state = 1406;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 225) {
                {
                this.state = 1405;
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
            this.state = 1408;
            this.match(FlinkSqlParser.WHERE);
            this.state = 1409;
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
        this.enterRule(localContext, 154, FlinkSqlParser.RULE_havingClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1411;
            this.match(FlinkSqlParser.HAVING);
            this.state = 1412;
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
        this.enterRule(localContext, 156, FlinkSqlParser.RULE_selectItem);
        let _la: number;
        try {
            this.state = 1426;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 183, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1414;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1415;
                this.qualifiedName();
                this.state = 1416;
                this.match(FlinkSqlParser.DOT);
                this.state = 1417;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1419;
                this.expression();
                this.state = 1424;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                    {
                    this.state = 1421;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 9) {
                        {
                        this.state = 1420;
                        this.match(FlinkSqlParser.AS);
                        }
                    }

                    this.state = 1423;
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
            this.state = 1428;
            this.tableReference();
            this.state = 1433;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1429;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1430;
                this.tableReference();
                }
                }
                this.state = 1435;
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
            this.state = 1436;
            this.tablePrimary();
            this.state = 1440;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 35 || ((((_la - 73)) & ~0x1F) === 0 && ((1 << (_la - 73)) & 2181054465) !== 0) || _la === 125 || _la === 170) {
                {
                {
                this.state = 1437;
                this.joinPart();
                }
                }
                this.state = 1442;
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
            this.state = 1457;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CROSS:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1443;
                this.match(FlinkSqlParser.CROSS);
                this.state = 1444;
                this.match(FlinkSqlParser.JOIN);
                this.state = 1445;
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
                this.state = 1447;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 125) {
                    {
                    this.state = 1446;
                    this.match(FlinkSqlParser.NATURAL);
                    }
                }

                this.state = 1450;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (((((_la - 73)) & ~0x1F) === 0 && ((1 << (_la - 73)) & 2147500033) !== 0) || _la === 170) {
                    {
                    this.state = 1449;
                    this.joinType();
                    }
                }

                this.state = 1452;
                this.match(FlinkSqlParser.JOIN);
                this.state = 1453;
                this.tablePrimary();
                this.state = 1455;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 132 || _la === 214) {
                    {
                    this.state = 1454;
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
            this.state = 1464;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.INNER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1459;
                this.match(FlinkSqlParser.INNER);
                }
                break;
            case FlinkSqlParser.FULL:
            case FlinkSqlParser.LEFT:
            case FlinkSqlParser.RIGHT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1460;
                _la = this.tokenStream.LA(1);
                if(!(_la === 73 || _la === 104 || _la === 170)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1462;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 139) {
                    {
                    this.state = 1461;
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
            this.state = 1470;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ON:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1466;
                this.match(FlinkSqlParser.ON);
                this.state = 1467;
                this.expression();
                }
                break;
            case FlinkSqlParser.USING:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1468;
                this.match(FlinkSqlParser.USING);
                this.state = 1469;
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
            this.state = 1472;
            this.tableFactor();
            this.state = 1474;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 111) {
                {
                this.state = 1473;
                this.matchRecognize();
                }
            }

            this.state = 1477;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 1476;
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
            this.state = 1526;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 201, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1479;
                this.tablePath();
                this.state = 1481;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 266) {
                    {
                    this.state = 1480;
                    this.hint();
                    }
                }

                this.state = 1484;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 70) {
                    {
                    this.state = 1483;
                    this.systemTime();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1486;
                this.match(FlinkSqlParser.LATERAL);
                this.state = 1496;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 1487;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1488;
                    this.query();
                    this.state = 1489;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                case FlinkSqlParser.TABLE:
                    {
                    this.state = 1491;
                    this.match(FlinkSqlParser.TABLE);
                    this.state = 1492;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1493;
                    this.functionCall();
                    this.state = 1494;
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
                this.state = 1498;
                this.match(FlinkSqlParser.TABLE);
                this.state = 1499;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1500;
                this.functionCall();
                this.state = 1501;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1503;
                this.match(FlinkSqlParser.UNNEST);
                this.state = 1504;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1505;
                this.expression();
                this.state = 1510;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1506;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1507;
                    this.expression();
                    }
                    }
                    this.state = 1512;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1513;
                this.match(FlinkSqlParser.RPAREN);
                this.state = 1516;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 1514;
                    this.match(FlinkSqlParser.WITH);
                    this.state = 1515;
                    this.match(FlinkSqlParser.ORDINALITY);
                    }
                }

                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1518;
                this.functionCall();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1519;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1522;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 200, this.context) ) {
                case 1:
                    {
                    this.state = 1520;
                    this.query();
                    }
                    break;
                case 2:
                    {
                    this.state = 1521;
                    this.tableReference();
                    }
                    break;
                }
                this.state = 1524;
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
            this.state = 1528;
            this.match(FlinkSqlParser.FOR);
            this.state = 1529;
            this.match(FlinkSqlParser.SYSTEM_TIME);
            this.state = 1530;
            this.match(FlinkSqlParser.AS);
            this.state = 1531;
            this.match(FlinkSqlParser.OF);
            this.state = 1532;
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
        this.enterRule(localContext, 174, FlinkSqlParser.RULE_tableAlias);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1535;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 1534;
                this.match(FlinkSqlParser.AS);
                }
            }

            this.state = 1537;
            this.identifier();
            this.state = 1539;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 1538;
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
            this.state = 1541;
            this.match(FlinkSqlParser.GROUP);
            this.state = 1542;
            this.match(FlinkSqlParser.BY);
            this.state = 1543;
            this.groupingElement();
            this.state = 1548;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1544;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1545;
                this.groupingElement();
                }
                }
                this.state = 1550;
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
            this.state = 1579;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 207, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1551;
                this.match(FlinkSqlParser.GROUPING);
                this.state = 1552;
                this.match(FlinkSqlParser.SETS);
                this.state = 1553;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1554;
                this.groupingElement();
                this.state = 1559;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1555;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1556;
                    this.groupingElement();
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
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1564;
                _la = this.tokenStream.LA(1);
                if(!(_la === 36 || _la === 171)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1565;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1566;
                this.expression();
                this.state = 1571;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1567;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1568;
                    this.expression();
                    }
                    }
                    this.state = 1573;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1574;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1576;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1577;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1578;
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
        this.enterRule(localContext, 180, FlinkSqlParser.RULE_windowClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1581;
            this.match(FlinkSqlParser.WINDOW);
            this.state = 1582;
            this.namedWindow();
            this.state = 1587;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1583;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1584;
                this.namedWindow();
                }
                }
                this.state = 1589;
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
            this.state = 1590;
            this.identifier();
            this.state = 1591;
            this.match(FlinkSqlParser.AS);
            this.state = 1592;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1593;
            this.windowSpec();
            this.state = 1594;
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
            this.state = 1597;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 1596;
                this.identifier();
                }
            }

            this.state = 1609;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 1599;
                this.match(FlinkSqlParser.PARTITION);
                this.state = 1600;
                this.match(FlinkSqlParser.BY);
                this.state = 1601;
                this.expression();
                this.state = 1606;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1602;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1603;
                    this.expression();
                    }
                    }
                    this.state = 1608;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1612;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 137) {
                {
                this.state = 1611;
                this.orderBy();
                }
            }

            this.state = 1615;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 159 || _la === 173) {
                {
                this.state = 1614;
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
            this.state = 1617;
            _la = this.tokenStream.LA(1);
            if(!(_la === 159 || _la === 173)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1624;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.BETWEEN:
                {
                this.state = 1618;
                this.match(FlinkSqlParser.BETWEEN);
                this.state = 1619;
                this.frameBound();
                this.state = 1620;
                this.match(FlinkSqlParser.AND);
                this.state = 1621;
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
                this.state = 1623;
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
            this.state = 1633;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.UNBOUNDED:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1626;
                this.match(FlinkSqlParser.UNBOUNDED);
                this.state = 1627;
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
                this.state = 1628;
                this.match(FlinkSqlParser.CURRENT);
                this.state = 1629;
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
                this.state = 1630;
                this.additiveExpression();
                this.state = 1631;
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
        this.enterRule(localContext, 190, FlinkSqlParser.RULE_orderBy);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1635;
            this.match(FlinkSqlParser.ORDER);
            this.state = 1636;
            this.match(FlinkSqlParser.BY);
            this.state = 1637;
            this.orderItem();
            this.state = 1642;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 216, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 1638;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1639;
                    this.orderItem();
                    }
                    }
                }
                this.state = 1644;
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
            this.state = 1645;
            this.expression();
            this.state = 1647;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 10 || _la === 45) {
                {
                this.state = 1646;
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

            this.state = 1651;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 129) {
                {
                this.state = 1649;
                this.match(FlinkSqlParser.NULLS);
                this.state = 1650;
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
        this.enterRule(localContext, 194, FlinkSqlParser.RULE_limitClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1653;
            this.match(FlinkSqlParser.LIMIT);
            this.state = 1656;
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
                this.state = 1654;
                this.expression();
                }
                break;
            case FlinkSqlParser.ALL:
                {
                this.state = 1655;
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
            this.state = 1658;
            this.match(FlinkSqlParser.OFFSET);
            this.state = 1659;
            this.expression();
            this.state = 1661;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 172 || _la === 173) {
                {
                this.state = 1660;
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
        this.enterRule(localContext, 198, FlinkSqlParser.RULE_fetchClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1663;
            this.match(FlinkSqlParser.FETCH);
            this.state = 1664;
            _la = this.tokenStream.LA(1);
            if(!(_la === 67 || _la === 126)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1666;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 221, this.context) ) {
            case 1:
                {
                this.state = 1665;
                this.expression();
                }
                break;
            }
            this.state = 1668;
            _la = this.tokenStream.LA(1);
            if(!(_la === 172 || _la === 173)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1669;
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
            this.state = 1671;
            this.match(FlinkSqlParser.MATCH_RECOGNIZE);
            this.state = 1672;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1683;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 1673;
                this.match(FlinkSqlParser.PARTITION);
                this.state = 1674;
                this.match(FlinkSqlParser.BY);
                this.state = 1675;
                this.expression();
                this.state = 1680;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1676;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1677;
                    this.expression();
                    }
                    }
                    this.state = 1682;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1686;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 137) {
                {
                this.state = 1685;
                this.orderBy();
                }
            }

            this.state = 1697;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 113) {
                {
                this.state = 1688;
                this.match(FlinkSqlParser.MEASURES);
                this.state = 1689;
                this.measure();
                this.state = 1694;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1690;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1691;
                    this.measure();
                    }
                    }
                    this.state = 1696;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1700;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 3 || _la === 133) {
                {
                this.state = 1699;
                this.rowsPerMatch();
                }
            }

            this.state = 1703;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 2) {
                {
                this.state = 1702;
                this.afterMatchSkip();
                }
            }

            this.state = 1705;
            this.match(FlinkSqlParser.PATTERN);
            this.state = 1706;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1707;
            this.pattern();
            this.state = 1708;
            this.match(FlinkSqlParser.RPAREN);
            this.state = 1711;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 227) {
                {
                this.state = 1709;
                this.match(FlinkSqlParser.WITHIN);
                this.state = 1710;
                this.intervalLiteral();
                }
            }

            this.state = 1722;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 187) {
                {
                this.state = 1713;
                this.match(FlinkSqlParser.SUBSET);
                this.state = 1714;
                this.subsetDefinition();
                this.state = 1719;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1715;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1716;
                    this.subsetDefinition();
                    }
                    }
                    this.state = 1721;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1724;
            this.match(FlinkSqlParser.DEFINE);
            this.state = 1725;
            this.patternDefinition();
            this.state = 1730;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1726;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1727;
                this.patternDefinition();
                }
                }
                this.state = 1732;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1733;
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
            this.state = 1735;
            this.expression();
            this.state = 1736;
            this.match(FlinkSqlParser.AS);
            this.state = 1737;
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
            this.state = 1747;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ONE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1739;
                this.match(FlinkSqlParser.ONE);
                this.state = 1740;
                this.match(FlinkSqlParser.ROW);
                this.state = 1741;
                this.match(FlinkSqlParser.PER);
                this.state = 1742;
                this.match(FlinkSqlParser.MATCH);
                }
                break;
            case FlinkSqlParser.ALL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1743;
                this.match(FlinkSqlParser.ALL);
                this.state = 1744;
                this.match(FlinkSqlParser.ROWS);
                this.state = 1745;
                this.match(FlinkSqlParser.PER);
                this.state = 1746;
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
            this.state = 1749;
            this.match(FlinkSqlParser.AFTER);
            this.state = 1750;
            this.match(FlinkSqlParser.MATCH);
            this.state = 1751;
            this.match(FlinkSqlParser.SKIP_);
            this.state = 1763;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 235, this.context) ) {
            case 1:
                {
                this.state = 1752;
                this.match(FlinkSqlParser.TO);
                this.state = 1753;
                this.match(FlinkSqlParser.NEXT);
                this.state = 1754;
                this.match(FlinkSqlParser.ROW);
                }
                break;
            case 2:
                {
                this.state = 1755;
                this.match(FlinkSqlParser.PAST);
                this.state = 1756;
                this.match(FlinkSqlParser.LAST);
                this.state = 1757;
                this.match(FlinkSqlParser.ROW);
                }
                break;
            case 3:
                {
                this.state = 1758;
                this.match(FlinkSqlParser.TO);
                this.state = 1760;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 234, this.context) ) {
                case 1:
                    {
                    this.state = 1759;
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
                this.state = 1762;
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
            this.state = 1765;
            this.patternTerm();
            this.state = 1770;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 245) {
                {
                {
                this.state = 1766;
                this.match(FlinkSqlParser.PIPE);
                this.state = 1767;
                this.patternTerm();
                }
                }
                this.state = 1772;
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
            this.state = 1774;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 1773;
                this.patternFactor();
                }
                }
                this.state = 1776;
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
        this.enterRule(localContext, 212, FlinkSqlParser.RULE_patternFactor);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1778;
            this.patternPrimary();
            this.state = 1780;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (((((_la - 239)) & ~0x1F) === 0 && ((1 << (_la - 239)) & 67589) !== 0)) {
                {
                this.state = 1779;
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
            this.state = 1787;
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
                this.state = 1782;
                this.identifier();
                }
                break;
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1783;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1784;
                this.pattern();
                this.state = 1785;
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
            this.state = 1803;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STAR:
                {
                this.state = 1789;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case FlinkSqlParser.PLUS:
                {
                this.state = 1790;
                this.match(FlinkSqlParser.PLUS);
                }
                break;
            case FlinkSqlParser.QUESTION:
                {
                this.state = 1791;
                this.match(FlinkSqlParser.QUESTION);
                }
                break;
            case FlinkSqlParser.LBRACE:
                {
                this.state = 1792;
                this.match(FlinkSqlParser.LBRACE);
                this.state = 1794;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 261) {
                    {
                    this.state = 1793;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    }
                }

                this.state = 1800;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 252) {
                    {
                    this.state = 1796;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1798;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 261) {
                        {
                        this.state = 1797;
                        this.match(FlinkSqlParser.INTEGER_VALUE);
                        }
                    }

                    }
                }

                this.state = 1802;
                this.match(FlinkSqlParser.RBRACE);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 1806;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 255) {
                {
                this.state = 1805;
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
            this.state = 1808;
            this.identifier();
            this.state = 1809;
            this.match(FlinkSqlParser.EQ);
            this.state = 1810;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1811;
            this.identifier();
            this.state = 1816;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1812;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1813;
                this.identifier();
                }
                }
                this.state = 1818;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1819;
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
            this.state = 1821;
            this.identifier();
            this.state = 1822;
            this.match(FlinkSqlParser.AS);
            this.state = 1823;
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
        this.enterRule(localContext, 222, FlinkSqlParser.RULE_hint);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1825;
            this.match(FlinkSqlParser.HINT_START);
            this.state = 1826;
            this.hintItem();
            this.state = 1833;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 276 || _la === 281) {
                {
                {
                this.state = 1828;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 281) {
                    {
                    this.state = 1827;
                    this.match(FlinkSqlParser.HINT_COMMA);
                    }
                }

                this.state = 1830;
                this.hintItem();
                }
                }
                this.state = 1835;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1836;
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
            this.state = 1838;
            this.match(FlinkSqlParser.HINT_NAME);
            this.state = 1851;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 282) {
                {
                this.state = 1839;
                this.match(FlinkSqlParser.HINT_LPAREN);
                this.state = 1848;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (((((_la - 276)) & ~0x1F) === 0 && ((1 << (_la - 276)) & 15) !== 0)) {
                    {
                    this.state = 1840;
                    this.hintOption();
                    this.state = 1845;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 281) {
                        {
                        {
                        this.state = 1841;
                        this.match(FlinkSqlParser.HINT_COMMA);
                        this.state = 1842;
                        this.hintOption();
                        }
                        }
                        this.state = 1847;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 1850;
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
            this.state = 1853;
            this.hintValue();
            this.state = 1856;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 280) {
                {
                this.state = 1854;
                this.match(FlinkSqlParser.HINT_EQ);
                this.state = 1855;
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
            this.state = 1858;
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
        this.enterRule(localContext, 230, FlinkSqlParser.RULE_expression);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1860;
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
        this.enterRule(localContext, 232, FlinkSqlParser.RULE_orExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1862;
            this.andExpression();
            this.state = 1867;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 136) {
                {
                {
                this.state = 1863;
                this.match(FlinkSqlParser.OR);
                this.state = 1864;
                this.andExpression();
                }
                }
                this.state = 1869;
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
        this.enterRule(localContext, 234, FlinkSqlParser.RULE_andExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1870;
            this.notExpression();
            this.state = 1875;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 6) {
                {
                {
                this.state = 1871;
                this.match(FlinkSqlParser.AND);
                this.state = 1872;
                this.notExpression();
                }
                }
                this.state = 1877;
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
        this.enterRule(localContext, 236, FlinkSqlParser.RULE_notExpression);
        try {
            this.state = 1881;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.NOT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1878;
                this.match(FlinkSqlParser.NOT);
                this.state = 1879;
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
                this.state = 1880;
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
        this.enterRule(localContext, 238, FlinkSqlParser.RULE_predicateExpression);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1883;
            this.additiveExpression();
            this.state = 1887;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 255, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 1884;
                    this.predicateSuffix();
                    }
                    }
                }
                this.state = 1889;
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
            this.exitRule();
        }
        return localContext;
    }
    public predicateSuffix(): PredicateSuffixContext {
        let localContext = new PredicateSuffixContext(this.context, this.state);
        this.enterRule(localContext, 240, FlinkSqlParser.RULE_predicateSuffix);
        let _la: number;
        try {
            this.state = 1951;
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
                this.state = 1890;
                this.comparisonOperator();
                this.state = 1897;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.ALL:
                case FlinkSqlParser.ANY:
                case FlinkSqlParser.SOME:
                    {
                    this.state = 1891;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 3 || _la === 7 || _la === 183)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 1892;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1893;
                    this.query();
                    this.state = 1894;
                    this.match(FlinkSqlParser.RPAREN);
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
                    {
                    this.state = 1896;
                    this.additiveExpression();
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
                this.state = 1899;
                this.match(FlinkSqlParser.IS);
                this.state = 1901;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127) {
                    {
                    this.state = 1900;
                    this.match(FlinkSqlParser.NOT);
                    }
                }

                this.state = 1910;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.NULL:
                    {
                    this.state = 1903;
                    this.match(FlinkSqlParser.NULL);
                    }
                    break;
                case FlinkSqlParser.TRUE:
                    {
                    this.state = 1904;
                    this.match(FlinkSqlParser.TRUE);
                    }
                    break;
                case FlinkSqlParser.FALSE:
                    {
                    this.state = 1905;
                    this.match(FlinkSqlParser.FALSE);
                    }
                    break;
                case FlinkSqlParser.UNKNOWN:
                    {
                    this.state = 1906;
                    this.match(FlinkSqlParser.UNKNOWN);
                    }
                    break;
                case FlinkSqlParser.DISTINCT:
                    {
                    this.state = 1907;
                    this.match(FlinkSqlParser.DISTINCT);
                    this.state = 1908;
                    this.match(FlinkSqlParser.FROM);
                    this.state = 1909;
                    this.additiveExpression();
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
                this.state = 1913;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127) {
                    {
                    this.state = 1912;
                    this.negation();
                    }
                }

                this.state = 1949;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.BETWEEN:
                    {
                    this.state = 1915;
                    this.match(FlinkSqlParser.BETWEEN);
                    this.state = 1917;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 11 || _la === 190) {
                        {
                        this.state = 1916;
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

                    this.state = 1919;
                    this.additiveExpression();
                    this.state = 1920;
                    this.match(FlinkSqlParser.AND);
                    this.state = 1921;
                    this.additiveExpression();
                    }
                    break;
                case FlinkSqlParser.IN:
                    {
                    this.state = 1923;
                    this.match(FlinkSqlParser.IN);
                    this.state = 1924;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1934;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 262, this.context) ) {
                    case 1:
                        {
                        this.state = 1925;
                        this.query();
                        }
                        break;
                    case 2:
                        {
                        this.state = 1926;
                        this.expression();
                        this.state = 1931;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                        while (_la === 252) {
                            {
                            {
                            this.state = 1927;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 1928;
                            this.expression();
                            }
                            }
                            this.state = 1933;
                            this.errorHandler.sync(this);
                            _la = this.tokenStream.LA(1);
                        }
                        }
                        break;
                    }
                    this.state = 1936;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                case FlinkSqlParser.ILIKE:
                case FlinkSqlParser.LIKE:
                case FlinkSqlParser.SIMILAR:
                    {
                    this.state = 1942;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case FlinkSqlParser.LIKE:
                        {
                        this.state = 1938;
                        this.match(FlinkSqlParser.LIKE);
                        }
                        break;
                    case FlinkSqlParser.ILIKE:
                        {
                        this.state = 1939;
                        this.match(FlinkSqlParser.ILIKE);
                        }
                        break;
                    case FlinkSqlParser.SIMILAR:
                        {
                        this.state = 1940;
                        this.match(FlinkSqlParser.SIMILAR);
                        this.state = 1941;
                        this.match(FlinkSqlParser.TO);
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    this.state = 1944;
                    this.additiveExpression();
                    this.state = 1947;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 56) {
                        {
                        this.state = 1945;
                        this.match(FlinkSqlParser.ESCAPE);
                        this.state = 1946;
                        this.additiveExpression();
                        }
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
        this.enterRule(localContext, 242, FlinkSqlParser.RULE_negation);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1953;
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
        this.enterRule(localContext, 244, FlinkSqlParser.RULE_comparisonOperator);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1955;
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
        this.enterRule(localContext, 246, FlinkSqlParser.RULE_additiveExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1957;
            this.multiplicativeExpression();
            this.state = 1962;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (((((_la - 239)) & ~0x1F) === 0 && ((1 << (_la - 239)) & 35) !== 0)) {
                {
                {
                this.state = 1958;
                _la = this.tokenStream.LA(1);
                if(!(((((_la - 239)) & ~0x1F) === 0 && ((1 << (_la - 239)) & 35) !== 0))) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1959;
                this.multiplicativeExpression();
                }
                }
                this.state = 1964;
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
        this.enterRule(localContext, 248, FlinkSqlParser.RULE_multiplicativeExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1965;
            this.unaryExpression();
            this.state = 1970;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (((((_la - 241)) & ~0x1F) === 0 && ((1 << (_la - 241)) & 7) !== 0)) {
                {
                {
                this.state = 1966;
                _la = this.tokenStream.LA(1);
                if(!(((((_la - 241)) & ~0x1F) === 0 && ((1 << (_la - 241)) & 7) !== 0))) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1967;
                this.unaryExpression();
                }
                }
                this.state = 1972;
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
        this.enterRule(localContext, 250, FlinkSqlParser.RULE_unaryExpression);
        let _la: number;
        try {
            this.state = 1976;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.PLUS:
            case FlinkSqlParser.MINUS_SIGN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1973;
                _la = this.tokenStream.LA(1);
                if(!(_la === 239 || _la === 240)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1974;
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
                this.state = 1975;
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
        this.enterRule(localContext, 252, FlinkSqlParser.RULE_postfixExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1978;
            this.primaryExpression();
            this.state = 1987;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 248 || _la === 253) {
                {
                this.state = 1985;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.LBRACKET:
                    {
                    this.state = 1979;
                    this.match(FlinkSqlParser.LBRACKET);
                    this.state = 1980;
                    this.expression();
                    this.state = 1981;
                    this.match(FlinkSqlParser.RBRACKET);
                    }
                    break;
                case FlinkSqlParser.DOT:
                    {
                    this.state = 1983;
                    this.match(FlinkSqlParser.DOT);
                    this.state = 1984;
                    this.identifier();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 1989;
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
        this.enterRule(localContext, 254, FlinkSqlParser.RULE_primaryExpression);
        let _la: number;
        try {
            this.state = 2021;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 274, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1990;
                this.literal();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1991;
                this.caseExpression();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1992;
                this.castExpression();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1993;
                this.extractExpression();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1994;
                this.positionExpression();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1995;
                this.trimExpression();
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1996;
                this.overlayExpression();
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1997;
                this.substringExpression();
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1998;
                this.floorCeilExpression();
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1999;
                this.constructorExpression();
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2000;
                this.match(FlinkSqlParser.EXISTS);
                this.state = 2001;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2002;
                this.query();
                this.state = 2003;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 12:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 2005;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2015;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 273, this.context) ) {
                case 1:
                    {
                    this.state = 2006;
                    this.query();
                    }
                    break;
                case 2:
                    {
                    this.state = 2007;
                    this.expression();
                    this.state = 2012;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 2008;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 2009;
                        this.expression();
                        }
                        }
                        this.state = 2014;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                }
                this.state = 2017;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 13:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 2019;
                this.functionCall();
                }
                break;
            case 14:
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 2020;
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
        this.enterRule(localContext, 256, FlinkSqlParser.RULE_caseExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2023;
            this.match(FlinkSqlParser.CASE);
            this.state = 2025;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                {
                this.state = 2024;
                this.expression();
                }
            }

            this.state = 2028;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 2027;
                this.whenClause();
                }
                }
                this.state = 2030;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            } while (_la === 223);
            this.state = 2033;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 53) {
                {
                this.state = 2032;
                this.elseClause();
                }
            }

            this.state = 2035;
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
        this.enterRule(localContext, 258, FlinkSqlParser.RULE_elseClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2037;
            this.match(FlinkSqlParser.ELSE);
            this.state = 2038;
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
        this.enterRule(localContext, 260, FlinkSqlParser.RULE_whenClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2040;
            this.match(FlinkSqlParser.WHEN);
            this.state = 2041;
            this.expression();
            this.state = 2042;
            this.match(FlinkSqlParser.THEN);
            this.state = 2043;
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
        this.enterRule(localContext, 262, FlinkSqlParser.RULE_castExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2045;
            _la = this.tokenStream.LA(1);
            if(!(_la === 20 || _la === 204)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2046;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2047;
            this.expression();
            this.state = 2048;
            this.match(FlinkSqlParser.AS);
            this.state = 2049;
            this.dataType();
            this.state = 2050;
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
        this.enterRule(localContext, 264, FlinkSqlParser.RULE_extractExpression);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2052;
            this.match(FlinkSqlParser.EXTRACT);
            this.state = 2053;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2054;
            this.extractUnit();
            this.state = 2055;
            this.match(FlinkSqlParser.FROM);
            this.state = 2056;
            this.expression();
            this.state = 2057;
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
        this.enterRule(localContext, 266, FlinkSqlParser.RULE_positionExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2059;
            this.match(FlinkSqlParser.POSITION);
            this.state = 2060;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2061;
            this.additiveExpression();
            this.state = 2062;
            this.match(FlinkSqlParser.IN);
            this.state = 2063;
            this.additiveExpression();
            this.state = 2066;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 72) {
                {
                this.state = 2064;
                this.match(FlinkSqlParser.FROM);
                this.state = 2065;
                this.additiveExpression();
                }
            }

            this.state = 2068;
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
        this.enterRule(localContext, 268, FlinkSqlParser.RULE_trimExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2070;
            this.match(FlinkSqlParser.TRIM);
            this.state = 2071;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2080;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 280, this.context) ) {
            case 1:
                {
                this.state = 2072;
                _la = this.tokenStream.LA(1);
                if(!(_la === 14 || _la === 103 || _la === 200)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2074;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1811932455) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                    {
                    this.state = 2073;
                    this.additiveExpression();
                    }
                }

                this.state = 2076;
                this.match(FlinkSqlParser.FROM);
                }
                break;
            case 2:
                {
                this.state = 2077;
                this.additiveExpression();
                this.state = 2078;
                this.match(FlinkSqlParser.FROM);
                }
                break;
            }
            this.state = 2082;
            this.additiveExpression();
            this.state = 2083;
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
        this.enterRule(localContext, 270, FlinkSqlParser.RULE_overlayExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2085;
            this.match(FlinkSqlParser.OVERLAY);
            this.state = 2086;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2087;
            this.expression();
            this.state = 2088;
            this.match(FlinkSqlParser.PLACING);
            this.state = 2089;
            this.expression();
            this.state = 2090;
            this.match(FlinkSqlParser.FROM);
            this.state = 2091;
            this.expression();
            this.state = 2094;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 70) {
                {
                this.state = 2092;
                this.match(FlinkSqlParser.FOR);
                this.state = 2093;
                this.expression();
                }
            }

            this.state = 2096;
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
        this.enterRule(localContext, 272, FlinkSqlParser.RULE_substringExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2098;
            this.match(FlinkSqlParser.SUBSTRING);
            this.state = 2099;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2100;
            this.expression();
            this.state = 2101;
            _la = this.tokenStream.LA(1);
            if(!(_la === 72 || _la === 252)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2102;
            this.expression();
            this.state = 2105;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 70 || _la === 252) {
                {
                this.state = 2103;
                _la = this.tokenStream.LA(1);
                if(!(_la === 70 || _la === 252)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2104;
                this.expression();
                }
            }

            this.state = 2107;
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
        this.enterRule(localContext, 274, FlinkSqlParser.RULE_floorCeilExpression);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2109;
            _la = this.tokenStream.LA(1);
            if(!(_la === 23 || _la === 24 || _la === 68)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2110;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2111;
            this.expression();
            this.state = 2114;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 199) {
                {
                this.state = 2112;
                this.match(FlinkSqlParser.TO);
                this.state = 2113;
                this.timeUnit();
                }
            }

            this.state = 2116;
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
        this.enterRule(localContext, 276, FlinkSqlParser.RULE_constructorExpression);
        let _la: number;
        try {
            this.state = 2149;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 288, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2118;
                _la = this.tokenStream.LA(1);
                if(!(_la === 8 || _la === 109 || _la === 124)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2119;
                this.match(FlinkSqlParser.LBRACKET);
                this.state = 2128;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                    {
                    this.state = 2120;
                    this.expression();
                    this.state = 2125;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 2121;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 2122;
                        this.expression();
                        }
                        }
                        this.state = 2127;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 2130;
                this.match(FlinkSqlParser.RBRACKET);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2131;
                _la = this.tokenStream.LA(1);
                if(!(_la === 8 || _la === 109 || _la === 124)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2132;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2133;
                this.query();
                this.state = 2134;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2136;
                this.match(FlinkSqlParser.ROW);
                this.state = 2137;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2146;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                    {
                    this.state = 2138;
                    this.expression();
                    this.state = 2143;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 2139;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 2140;
                        this.expression();
                        }
                        }
                        this.state = 2145;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 2148;
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
        this.enterRule(localContext, 278, FlinkSqlParser.RULE_functionCall);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2151;
            this.functionName();
            this.state = 2152;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2165;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STAR:
                {
                this.state = 2153;
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
                this.state = 2155;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 3 || _la === 48) {
                    {
                    this.state = 2154;
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

                this.state = 2157;
                this.callArgument();
                this.state = 2162;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 2158;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2159;
                    this.callArgument();
                    }
                    }
                    this.state = 2164;
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
            this.state = 2167;
            this.match(FlinkSqlParser.RPAREN);
            this.state = 2170;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 292, this.context) ) {
            case 1:
                {
                this.state = 2168;
                _la = this.tokenStream.LA(1);
                if(!(_la === 83 || _la === 167)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2169;
                this.match(FlinkSqlParser.NULLS);
                }
                break;
            }
            this.state = 2178;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 227) {
                {
                this.state = 2172;
                this.match(FlinkSqlParser.WITHIN);
                this.state = 2173;
                this.match(FlinkSqlParser.GROUP);
                this.state = 2174;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2175;
                this.orderBy();
                this.state = 2176;
                this.match(FlinkSqlParser.RPAREN);
                }
            }

            this.state = 2186;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 66) {
                {
                this.state = 2180;
                this.match(FlinkSqlParser.FILTER);
                this.state = 2181;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2182;
                this.match(FlinkSqlParser.WHERE);
                this.state = 2183;
                this.expression();
                this.state = 2184;
                this.match(FlinkSqlParser.RPAREN);
                }
            }

            this.state = 2196;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 141) {
                {
                this.state = 2188;
                this.match(FlinkSqlParser.OVER);
                this.state = 2194;
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
                    this.state = 2189;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 2190;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 2191;
                    this.windowSpec();
                    this.state = 2192;
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
        this.enterRule(localContext, 280, FlinkSqlParser.RULE_functionName);
        try {
            this.state = 2208;
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
                this.state = 2198;
                this.qualifiedName();
                }
                break;
            case FlinkSqlParser.LEFT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2199;
                this.match(FlinkSqlParser.LEFT);
                }
                break;
            case FlinkSqlParser.RIGHT:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2200;
                this.match(FlinkSqlParser.RIGHT);
                }
                break;
            case FlinkSqlParser.YEAR:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2201;
                this.match(FlinkSqlParser.YEAR);
                }
                break;
            case FlinkSqlParser.MONTH:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2202;
                this.match(FlinkSqlParser.MONTH);
                }
                break;
            case FlinkSqlParser.DAY:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2203;
                this.match(FlinkSqlParser.DAY);
                }
                break;
            case FlinkSqlParser.HOUR:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2204;
                this.match(FlinkSqlParser.HOUR);
                }
                break;
            case FlinkSqlParser.MINUTE:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2205;
                this.match(FlinkSqlParser.MINUTE);
                }
                break;
            case FlinkSqlParser.SECOND:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2206;
                this.match(FlinkSqlParser.SECOND);
                }
                break;
            case FlinkSqlParser.GROUPING:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2207;
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
        this.enterRule(localContext, 282, FlinkSqlParser.RULE_callArgument);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2213;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 298, this.context) ) {
            case 1:
                {
                this.state = 2210;
                this.identifier();
                this.state = 2211;
                this.match(FlinkSqlParser.ARROW);
                }
                break;
            }
            this.state = 2215;
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
        this.enterRule(localContext, 284, FlinkSqlParser.RULE_callArgumentValue);
        let _la: number;
        try {
            let alternative: number;
            this.state = 2248;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 303, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2217;
                this.match(FlinkSqlParser.TABLE);
                this.state = 2218;
                this.tablePath();
                this.state = 2229;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 145) {
                    {
                    this.state = 2219;
                    this.match(FlinkSqlParser.PARTITION);
                    this.state = 2220;
                    this.match(FlinkSqlParser.BY);
                    this.state = 2221;
                    this.expression();
                    this.state = 2226;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 299, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 2222;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2223;
                            this.expression();
                            }
                            }
                        }
                        this.state = 2228;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 299, this.context);
                    }
                    }
                }

                this.state = 2232;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 137) {
                    {
                    this.state = 2231;
                    this.orderBy();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2234;
                this.match(FlinkSqlParser.DESCRIPTOR);
                this.state = 2235;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2236;
                this.identifier();
                this.state = 2241;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 2237;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2238;
                    this.identifier();
                    }
                    }
                    this.state = 2243;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 2244;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2246;
                this.callTimeUnit();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2247;
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
        this.enterRule(localContext, 286, FlinkSqlParser.RULE_timeUnit);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2250;
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
        this.enterRule(localContext, 288, FlinkSqlParser.RULE_callTimeUnit);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2252;
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
        this.enterRule(localContext, 290, FlinkSqlParser.RULE_extractUnit);
        try {
            this.state = 2256;
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
                this.state = 2254;
                this.timeUnit();
                }
                break;
            case FlinkSqlParser.IDENTIFIER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2255;
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
        this.enterRule(localContext, 292, FlinkSqlParser.RULE_literal);
        try {
            this.state = 2272;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.NULL:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2258;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case FlinkSqlParser.TRUE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2259;
                this.match(FlinkSqlParser.TRUE);
                }
                break;
            case FlinkSqlParser.FALSE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2260;
                this.match(FlinkSqlParser.FALSE);
                }
                break;
            case FlinkSqlParser.UNKNOWN:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2261;
                this.match(FlinkSqlParser.UNKNOWN);
                }
                break;
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2262;
                this.number_();
                }
                break;
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2263;
                this.stringLiteral();
                }
                break;
            case FlinkSqlParser.BINARY_STRING:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2264;
                this.match(FlinkSqlParser.BINARY_STRING);
                }
                break;
            case FlinkSqlParser.DATE:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2265;
                this.match(FlinkSqlParser.DATE);
                this.state = 2266;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.TIME:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2267;
                this.match(FlinkSqlParser.TIME);
                this.state = 2268;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.TIMESTAMP:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2269;
                this.match(FlinkSqlParser.TIMESTAMP);
                this.state = 2270;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.INTERVAL:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2271;
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
        this.enterRule(localContext, 294, FlinkSqlParser.RULE_number);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2274;
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
        this.enterRule(localContext, 296, FlinkSqlParser.RULE_stringLiteral);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2276;
            _la = this.tokenStream.LA(1);
            if(!(_la === 258 || _la === 259)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2280;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 258) {
                {
                {
                this.state = 2277;
                this.match(FlinkSqlParser.STRING);
                }
                }
                this.state = 2282;
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
        this.enterRule(localContext, 298, FlinkSqlParser.RULE_intervalLiteral);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2283;
            this.match(FlinkSqlParser.INTERVAL);
            this.state = 2285;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 239 || _la === 240) {
                {
                this.state = 2284;
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

            this.state = 2289;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
                {
                this.state = 2287;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
                {
                this.state = 2288;
                this.number_();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 2291;
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
        this.enterRule(localContext, 300, FlinkSqlParser.RULE_intervalQualifier);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2293;
            this.timeUnit();
            this.state = 2295;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 2294;
                this.precisionSpec();
                }
            }

            this.state = 2302;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 311, this.context) ) {
            case 1:
                {
                this.state = 2297;
                this.match(FlinkSqlParser.TO);
                this.state = 2298;
                this.timeUnit();
                this.state = 2300;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2299;
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
        this.enterRule(localContext, 302, FlinkSqlParser.RULE_precisionSpec);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2304;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2305;
            this.match(FlinkSqlParser.INTEGER_VALUE);
            this.state = 2308;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 252) {
                {
                this.state = 2306;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2307;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                }
            }

            this.state = 2310;
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
        this.enterRule(localContext, 304, FlinkSqlParser.RULE_dataType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2312;
            this.typeCore();
            this.state = 2314;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 127 || _la === 128) {
                {
                this.state = 2313;
                this.nullability();
                }
            }

            this.state = 2322;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 8 || _la === 124) {
                {
                {
                this.state = 2316;
                _la = this.tokenStream.LA(1);
                if(!(_la === 8 || _la === 124)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2318;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127 || _la === 128) {
                    {
                    this.state = 2317;
                    this.nullability();
                    }
                }

                }
                }
                this.state = 2324;
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
        this.enterRule(localContext, 306, FlinkSqlParser.RULE_nullability);
        try {
            this.state = 2328;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.NOT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2325;
                this.match(FlinkSqlParser.NOT);
                this.state = 2326;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case FlinkSqlParser.NULL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2327;
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
        this.enterRule(localContext, 308, FlinkSqlParser.RULE_typeCore);
        let _la: number;
        try {
            this.state = 2415;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 330, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2330;
                this.match(FlinkSqlParser.ROW);
                this.state = 2355;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.LT:
                    {
                    this.state = 2331;
                    this.match(FlinkSqlParser.LT);
                    this.state = 2340;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                        {
                        this.state = 2332;
                        this.rowField();
                        this.state = 2337;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                        while (_la === 252) {
                            {
                            {
                            this.state = 2333;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2334;
                            this.rowField();
                            }
                            }
                            this.state = 2339;
                            this.errorHandler.sync(this);
                            _la = this.tokenStream.LA(1);
                        }
                        }
                    }

                    this.state = 2342;
                    this.match(FlinkSqlParser.GT);
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 2343;
                    this.match(FlinkSqlParser.LPAREN);
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
                this.state = 2357;
                this.match(FlinkSqlParser.ARRAY);
                this.state = 2358;
                this.match(FlinkSqlParser.LT);
                this.state = 2359;
                this.dataType();
                this.state = 2360;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2362;
                this.match(FlinkSqlParser.MULTISET);
                this.state = 2363;
                this.match(FlinkSqlParser.LT);
                this.state = 2364;
                this.dataType();
                this.state = 2365;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2367;
                this.match(FlinkSqlParser.MAP);
                this.state = 2368;
                this.match(FlinkSqlParser.LT);
                this.state = 2369;
                this.dataType();
                this.state = 2370;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2371;
                this.dataType();
                this.state = 2372;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2374;
                this.match(FlinkSqlParser.TIMESTAMP);
                this.state = 2376;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2375;
                    this.precisionSpec();
                    }
                }

                this.state = 2384;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226 || _la === 228) {
                    {
                    this.state = 2378;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 226 || _la === 228)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 2380;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 108) {
                        {
                        this.state = 2379;
                        this.match(FlinkSqlParser.LOCAL);
                        }
                    }

                    this.state = 2382;
                    this.match(FlinkSqlParser.TIME);
                    this.state = 2383;
                    this.match(FlinkSqlParser.ZONE);
                    }
                }

                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2386;
                this.match(FlinkSqlParser.TIME);
                this.state = 2388;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2387;
                    this.precisionSpec();
                    }
                }

                this.state = 2393;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 228) {
                    {
                    this.state = 2390;
                    this.match(FlinkSqlParser.WITHOUT);
                    this.state = 2391;
                    this.match(FlinkSqlParser.TIME);
                    this.state = 2392;
                    this.match(FlinkSqlParser.ZONE);
                    }
                }

                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2395;
                this.match(FlinkSqlParser.DATE);
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2396;
                this.match(FlinkSqlParser.INTERVAL);
                this.state = 2397;
                this.intervalQualifier();
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2398;
                this.match(FlinkSqlParser.RAW);
                this.state = 2399;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2400;
                this.stringLiteral();
                this.state = 2403;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 252) {
                    {
                    this.state = 2401;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2402;
                    this.stringLiteral();
                    }
                }

                this.state = 2405;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2407;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2408;
                this.identifier();
                this.state = 2410;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 155 || _la === 216) {
                    {
                    this.state = 2409;
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

                this.state = 2413;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2412;
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
        this.enterRule(localContext, 310, FlinkSqlParser.RULE_rowField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2417;
            this.identifier();
            this.state = 2418;
            this.dataType();
            this.state = 2420;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 258 || _la === 259) {
                {
                this.state = 2419;
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
        this.enterRule(localContext, 312, FlinkSqlParser.RULE_tablePath);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2422;
            this.identifier();
            this.state = 2427;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 253) {
                {
                {
                this.state = 2423;
                this.match(FlinkSqlParser.DOT);
                this.state = 2424;
                this.identifier();
                }
                }
                this.state = 2429;
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
        this.enterRule(localContext, 314, FlinkSqlParser.RULE_qualifiedName);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2430;
            this.identifier();
            this.state = 2435;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 333, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 2431;
                    this.match(FlinkSqlParser.DOT);
                    this.state = 2432;
                    this.identifier();
                    }
                    }
                }
                this.state = 2437;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 333, this.context);
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
        this.enterRule(localContext, 316, FlinkSqlParser.RULE_columnNameList);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2438;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2439;
            this.identifier();
            this.state = 2444;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 2440;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2441;
                this.identifier();
                }
                }
                this.state = 2446;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 2447;
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
        this.enterRule(localContext, 318, FlinkSqlParser.RULE_identifier);
        try {
            this.state = 2452;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.IDENTIFIER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2449;
                this.match(FlinkSqlParser.IDENTIFIER);
                }
                break;
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2450;
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
                this.state = 2451;
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
        this.enterRule(localContext, 320, FlinkSqlParser.RULE_nonReservedKeyword);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2454;
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
        4,1,286,2457,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
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
        2,159,7,159,2,160,7,160,1,0,1,0,3,0,325,8,0,1,0,1,0,1,1,1,1,1,1,
        1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
        1,1,1,1,1,1,1,1,1,1,1,1,1,1,3,1,355,8,1,1,2,1,2,1,3,1,3,1,3,1,3,
        3,3,363,8,3,1,3,3,3,366,8,3,1,3,3,3,369,8,3,1,3,1,3,1,4,1,4,1,4,
        1,4,1,4,1,4,4,4,379,8,4,11,4,12,4,380,1,4,1,4,1,5,1,5,1,5,1,5,1,
        5,1,5,1,5,5,5,392,8,5,10,5,12,5,395,9,5,1,5,3,5,398,8,5,1,6,1,6,
        1,7,1,7,1,7,1,7,1,7,1,7,5,7,408,8,7,10,7,12,7,411,9,7,3,7,413,8,
        7,1,7,1,7,1,8,1,8,1,9,1,9,1,9,1,9,1,9,1,9,1,9,3,9,426,8,9,3,9,428,
        8,9,1,10,1,10,1,10,1,10,1,10,1,10,3,10,436,8,10,1,11,1,11,1,11,3,
        11,441,8,11,1,11,1,11,1,11,1,11,1,11,3,11,448,8,11,1,11,1,11,1,11,
        3,11,453,8,11,1,12,1,12,1,12,1,12,3,12,459,8,12,1,12,3,12,462,8,
        12,1,12,1,12,3,12,466,8,12,1,13,1,13,1,13,3,13,471,8,13,1,13,3,13,
        474,8,13,1,13,1,13,1,13,1,13,5,13,480,8,13,10,13,12,13,483,9,13,
        1,13,1,13,3,13,487,8,13,1,14,1,14,1,14,1,14,1,15,1,15,1,15,1,15,
        1,15,1,15,5,15,499,8,15,10,15,12,15,502,9,15,3,15,504,8,15,1,15,
        1,15,1,16,1,16,1,16,1,16,1,17,1,17,1,17,3,17,515,8,17,1,17,3,17,
        518,8,17,1,17,3,17,521,8,17,1,17,1,17,1,17,1,17,3,17,527,8,17,1,
        18,1,18,3,18,531,8,18,1,18,1,18,3,18,535,8,18,1,18,3,18,538,8,18,
        1,18,1,18,3,18,542,8,18,1,18,1,18,3,18,546,8,18,1,18,3,18,549,8,
        18,1,18,1,18,1,18,1,18,3,18,555,8,18,1,18,1,18,3,18,559,8,18,1,18,
        3,18,562,8,18,1,18,1,18,1,18,1,18,1,18,3,18,569,8,18,1,18,1,18,1,
        18,1,18,1,18,3,18,576,8,18,1,18,3,18,579,8,18,1,18,1,18,3,18,583,
        8,18,1,18,1,18,1,18,1,18,1,18,1,18,5,18,591,8,18,10,18,12,18,594,
        9,18,1,18,1,18,3,18,598,8,18,1,18,1,18,1,18,1,18,1,18,5,18,605,8,
        18,10,18,12,18,608,9,18,1,18,1,18,3,18,612,8,18,1,18,3,18,615,8,
        18,1,18,3,18,618,8,18,1,18,1,18,3,18,622,8,18,1,18,1,18,3,18,626,
        8,18,1,18,1,18,3,18,630,8,18,1,18,3,18,633,8,18,1,18,1,18,1,18,3,
        18,638,8,18,1,18,1,18,1,18,1,18,1,18,5,18,645,8,18,10,18,12,18,648,
        9,18,1,18,1,18,3,18,652,8,18,1,18,3,18,655,8,18,1,18,3,18,658,8,
        18,1,18,3,18,661,8,18,1,18,3,18,664,8,18,1,18,3,18,667,8,18,1,18,
        3,18,670,8,18,1,18,1,18,1,18,3,18,675,8,18,1,19,3,19,678,8,19,1,
        19,1,19,1,19,1,19,1,19,5,19,685,8,19,10,19,12,19,688,9,19,1,19,1,
        19,3,19,692,8,19,1,19,3,19,695,8,19,1,19,3,19,698,8,19,1,19,3,19,
        701,8,19,1,19,3,19,704,8,19,1,19,3,19,707,8,19,1,19,1,19,3,19,711,
        8,19,1,20,1,20,1,20,1,20,1,21,1,21,1,21,1,22,1,22,1,22,1,23,1,23,
        1,23,1,23,1,23,1,23,5,23,729,8,23,10,23,12,23,732,9,23,1,24,1,24,
        1,24,3,24,737,8,24,1,25,1,25,1,25,1,25,1,25,1,25,1,25,3,25,746,8,
        25,1,25,3,25,749,8,25,3,25,751,8,25,1,25,3,25,754,8,25,3,25,756,
        8,25,1,25,3,25,759,8,25,1,26,1,26,3,26,763,8,26,1,26,1,26,1,26,1,
        26,1,26,1,27,1,27,1,27,1,27,1,27,1,27,1,28,1,28,3,28,778,8,28,1,
        28,1,28,1,28,1,28,1,28,1,28,1,29,1,29,1,29,1,29,3,29,790,8,29,1,
        29,1,29,1,29,1,29,3,29,796,8,29,1,29,1,29,1,29,1,29,3,29,802,8,29,
        1,30,1,30,1,30,1,30,1,31,1,31,1,31,1,31,5,31,812,8,31,10,31,12,31,
        815,9,31,1,31,3,31,818,8,31,1,32,1,32,1,32,1,33,1,33,1,33,1,33,1,
        34,1,34,1,34,1,34,3,34,831,8,34,1,35,1,35,1,35,1,36,1,36,1,36,1,
        36,5,36,840,8,36,10,36,12,36,843,9,36,3,36,845,8,36,1,36,1,36,1,
        37,1,37,1,37,1,37,1,38,1,38,3,38,855,8,38,1,39,1,39,1,39,1,39,1,
        39,3,39,862,8,39,1,40,3,40,865,8,40,1,40,1,40,1,41,1,41,3,41,871,
        8,41,1,41,3,41,874,8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,
        883,8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,892,8,41,1,41,1,
        41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,904,8,41,1,41,1,
        41,3,41,908,8,41,1,41,1,41,1,41,1,41,1,41,3,41,915,8,41,1,41,1,41,
        3,41,919,8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,929,8,
        41,1,41,1,41,3,41,933,8,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,
        41,3,41,943,8,41,1,41,1,41,1,41,1,41,1,41,3,41,950,8,41,1,42,1,42,
        1,42,1,42,5,42,956,8,42,10,42,12,42,959,9,42,3,42,961,8,42,1,42,
        1,42,1,43,1,43,1,43,1,43,1,43,1,43,1,43,3,43,972,8,43,1,43,1,43,
        1,43,1,43,1,43,1,43,1,43,1,43,3,43,982,8,43,1,43,1,43,1,43,5,43,
        987,8,43,10,43,12,43,990,9,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,
        3,43,999,8,43,1,43,1,43,3,43,1003,8,43,3,43,1005,8,43,3,43,1007,
        8,43,1,44,3,44,1010,8,44,1,44,1,44,3,44,1014,8,44,1,44,1,44,3,44,
        1018,8,44,5,44,1020,8,44,10,44,12,44,1023,9,44,1,44,1,44,1,44,1,
        44,1,44,1,44,5,44,1031,8,44,10,44,12,44,1034,9,44,1,44,1,44,3,44,
        1038,8,44,1,45,1,45,3,45,1042,8,45,1,45,1,45,3,45,1046,8,45,1,46,
        1,46,1,46,1,46,3,46,1052,8,46,1,46,1,46,1,46,1,46,3,46,1058,8,46,
        1,46,1,46,1,46,1,46,3,46,1064,8,46,1,47,1,47,1,47,3,47,1069,8,47,
        1,48,1,48,1,48,3,48,1074,8,48,1,48,1,48,3,48,1078,8,48,1,48,1,48,
        1,48,1,48,1,48,1,48,1,48,1,48,1,48,3,48,1089,8,48,1,48,1,48,3,48,
        1093,8,48,1,49,1,49,3,49,1097,8,49,1,49,3,49,1100,8,49,1,49,1,49,
        3,49,1104,8,49,1,49,1,49,3,49,1108,8,49,1,50,1,50,1,50,1,50,1,50,
        1,50,1,50,1,50,1,50,3,50,1119,8,50,1,51,1,51,1,51,1,51,1,51,1,51,
        1,51,1,51,1,51,1,51,1,51,1,51,1,51,3,51,1134,8,51,1,51,1,51,1,51,
        1,51,1,51,3,51,1141,8,51,1,51,1,51,1,51,3,51,1146,8,51,1,51,3,51,
        1149,8,51,1,51,1,51,1,51,3,51,1154,8,51,1,51,3,51,1157,8,51,3,51,
        1159,8,51,1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,
        1,52,1,52,3,52,1174,8,52,1,53,3,53,1177,8,53,1,53,1,53,1,53,1,54,
        1,54,3,54,1184,8,54,1,54,3,54,1187,8,54,1,54,1,54,3,54,1191,8,54,
        1,55,1,55,1,55,1,55,1,55,1,55,1,55,1,55,1,55,1,55,3,55,1203,8,55,
        1,56,1,56,1,56,1,56,1,56,1,56,1,56,5,56,1212,8,56,10,56,12,56,1215,
        9,56,1,56,3,56,1218,8,56,1,57,1,57,1,57,1,57,3,57,1224,8,57,1,58,
        1,58,1,58,1,58,1,59,1,59,1,59,1,59,1,59,3,59,1235,8,59,1,60,1,60,
        3,60,1239,8,60,1,61,1,61,1,61,1,61,1,62,1,62,1,62,1,62,1,63,1,63,
        1,63,1,63,3,63,1253,8,63,1,63,1,63,1,63,1,63,1,63,1,63,1,63,1,63,
        1,63,5,63,1264,8,63,10,63,12,63,1267,9,63,3,63,1269,8,63,3,63,1271,
        8,63,1,64,1,64,1,64,1,64,1,64,3,64,1278,8,64,1,64,1,64,3,64,1282,
        8,64,1,65,1,65,1,65,1,65,1,65,5,65,1289,8,65,10,65,12,65,1292,9,
        65,1,65,1,65,1,66,1,66,1,66,3,66,1299,8,66,1,67,3,67,1302,8,67,1,
        67,1,67,3,67,1306,8,67,1,67,3,67,1309,8,67,1,67,3,67,1312,8,67,1,
        67,3,67,1315,8,67,1,68,1,68,1,68,1,68,5,68,1321,8,68,10,68,12,68,
        1324,9,68,1,69,1,69,3,69,1328,8,69,1,69,1,69,1,69,1,69,1,69,1,70,
        1,70,1,70,1,70,5,70,1339,8,70,10,70,12,70,1342,9,70,1,71,1,71,3,
        71,1346,8,71,1,72,1,72,1,72,3,72,1351,8,72,1,72,5,72,1354,8,72,10,
        72,12,72,1357,9,72,1,73,1,73,1,73,1,73,1,73,1,73,1,73,1,73,3,73,
        1367,8,73,1,74,1,74,1,74,1,74,5,74,1373,8,74,10,74,12,74,1376,9,
        74,1,75,1,75,3,75,1380,8,75,1,75,3,75,1383,8,75,1,75,1,75,1,75,5,
        75,1388,8,75,10,75,12,75,1391,9,75,1,75,1,75,3,75,1395,8,75,1,75,
        3,75,1398,8,75,1,75,3,75,1401,8,75,1,75,3,75,1404,8,75,1,75,3,75,
        1407,8,75,1,76,1,76,1,76,1,77,1,77,1,77,1,78,1,78,1,78,1,78,1,78,
        1,78,1,78,3,78,1422,8,78,1,78,3,78,1425,8,78,3,78,1427,8,78,1,79,
        1,79,1,79,5,79,1432,8,79,10,79,12,79,1435,9,79,1,80,1,80,5,80,1439,
        8,80,10,80,12,80,1442,9,80,1,81,1,81,1,81,1,81,3,81,1448,8,81,1,
        81,3,81,1451,8,81,1,81,1,81,1,81,3,81,1456,8,81,3,81,1458,8,81,1,
        82,1,82,1,82,3,82,1463,8,82,3,82,1465,8,82,1,83,1,83,1,83,1,83,3,
        83,1471,8,83,1,84,1,84,3,84,1475,8,84,1,84,3,84,1478,8,84,1,85,1,
        85,3,85,1482,8,85,1,85,3,85,1485,8,85,1,85,1,85,1,85,1,85,1,85,1,
        85,1,85,1,85,1,85,1,85,3,85,1497,8,85,1,85,1,85,1,85,1,85,1,85,1,
        85,1,85,1,85,1,85,1,85,5,85,1509,8,85,10,85,12,85,1512,9,85,1,85,
        1,85,1,85,3,85,1517,8,85,1,85,1,85,1,85,1,85,3,85,1523,8,85,1,85,
        1,85,3,85,1527,8,85,1,86,1,86,1,86,1,86,1,86,1,86,1,87,3,87,1536,
        8,87,1,87,1,87,3,87,1540,8,87,1,88,1,88,1,88,1,88,1,88,5,88,1547,
        8,88,10,88,12,88,1550,9,88,1,89,1,89,1,89,1,89,1,89,1,89,5,89,1558,
        8,89,10,89,12,89,1561,9,89,1,89,1,89,1,89,1,89,1,89,1,89,1,89,5,
        89,1570,8,89,10,89,12,89,1573,9,89,1,89,1,89,1,89,1,89,1,89,3,89,
        1580,8,89,1,90,1,90,1,90,1,90,5,90,1586,8,90,10,90,12,90,1589,9,
        90,1,91,1,91,1,91,1,91,1,91,1,91,1,92,3,92,1598,8,92,1,92,1,92,1,
        92,1,92,1,92,5,92,1605,8,92,10,92,12,92,1608,9,92,3,92,1610,8,92,
        1,92,3,92,1613,8,92,1,92,3,92,1616,8,92,1,93,1,93,1,93,1,93,1,93,
        1,93,1,93,3,93,1625,8,93,1,94,1,94,1,94,1,94,1,94,1,94,1,94,3,94,
        1634,8,94,1,95,1,95,1,95,1,95,1,95,5,95,1641,8,95,10,95,12,95,1644,
        9,95,1,96,1,96,3,96,1648,8,96,1,96,1,96,3,96,1652,8,96,1,97,1,97,
        1,97,3,97,1657,8,97,1,98,1,98,1,98,3,98,1662,8,98,1,99,1,99,1,99,
        3,99,1667,8,99,1,99,1,99,1,99,1,100,1,100,1,100,1,100,1,100,1,100,
        1,100,5,100,1679,8,100,10,100,12,100,1682,9,100,3,100,1684,8,100,
        1,100,3,100,1687,8,100,1,100,1,100,1,100,1,100,5,100,1693,8,100,
        10,100,12,100,1696,9,100,3,100,1698,8,100,1,100,3,100,1701,8,100,
        1,100,3,100,1704,8,100,1,100,1,100,1,100,1,100,1,100,1,100,3,100,
        1712,8,100,1,100,1,100,1,100,1,100,5,100,1718,8,100,10,100,12,100,
        1721,9,100,3,100,1723,8,100,1,100,1,100,1,100,1,100,5,100,1729,8,
        100,10,100,12,100,1732,9,100,1,100,1,100,1,101,1,101,1,101,1,101,
        1,102,1,102,1,102,1,102,1,102,1,102,1,102,1,102,3,102,1748,8,102,
        1,103,1,103,1,103,1,103,1,103,1,103,1,103,1,103,1,103,1,103,1,103,
        3,103,1761,8,103,1,103,3,103,1764,8,103,1,104,1,104,1,104,5,104,
        1769,8,104,10,104,12,104,1772,9,104,1,105,4,105,1775,8,105,11,105,
        12,105,1776,1,106,1,106,3,106,1781,8,106,1,107,1,107,1,107,1,107,
        1,107,3,107,1788,8,107,1,108,1,108,1,108,1,108,1,108,3,108,1795,
        8,108,1,108,1,108,3,108,1799,8,108,3,108,1801,8,108,1,108,3,108,
        1804,8,108,1,108,3,108,1807,8,108,1,109,1,109,1,109,1,109,1,109,
        1,109,5,109,1815,8,109,10,109,12,109,1818,9,109,1,109,1,109,1,110,
        1,110,1,110,1,110,1,111,1,111,1,111,3,111,1829,8,111,1,111,5,111,
        1832,8,111,10,111,12,111,1835,9,111,1,111,1,111,1,112,1,112,1,112,
        1,112,1,112,5,112,1844,8,112,10,112,12,112,1847,9,112,3,112,1849,
        8,112,1,112,3,112,1852,8,112,1,113,1,113,1,113,3,113,1857,8,113,
        1,114,1,114,1,115,1,115,1,116,1,116,1,116,5,116,1866,8,116,10,116,
        12,116,1869,9,116,1,117,1,117,1,117,5,117,1874,8,117,10,117,12,117,
        1877,9,117,1,118,1,118,1,118,3,118,1882,8,118,1,119,1,119,5,119,
        1886,8,119,10,119,12,119,1889,9,119,1,120,1,120,1,120,1,120,1,120,
        1,120,1,120,3,120,1898,8,120,1,120,1,120,3,120,1902,8,120,1,120,
        1,120,1,120,1,120,1,120,1,120,1,120,3,120,1911,8,120,1,120,3,120,
        1914,8,120,1,120,1,120,3,120,1918,8,120,1,120,1,120,1,120,1,120,
        1,120,1,120,1,120,1,120,1,120,1,120,5,120,1930,8,120,10,120,12,120,
        1933,9,120,3,120,1935,8,120,1,120,1,120,1,120,1,120,1,120,1,120,
        3,120,1943,8,120,1,120,1,120,1,120,3,120,1948,8,120,3,120,1950,8,
        120,3,120,1952,8,120,1,121,1,121,1,122,1,122,1,123,1,123,1,123,5,
        123,1961,8,123,10,123,12,123,1964,9,123,1,124,1,124,1,124,5,124,
        1969,8,124,10,124,12,124,1972,9,124,1,125,1,125,1,125,3,125,1977,
        8,125,1,126,1,126,1,126,1,126,1,126,1,126,1,126,5,126,1986,8,126,
        10,126,12,126,1989,9,126,1,127,1,127,1,127,1,127,1,127,1,127,1,127,
        1,127,1,127,1,127,1,127,1,127,1,127,1,127,1,127,1,127,1,127,1,127,
        1,127,1,127,5,127,2011,8,127,10,127,12,127,2014,9,127,3,127,2016,
        8,127,1,127,1,127,1,127,1,127,3,127,2022,8,127,1,128,1,128,3,128,
        2026,8,128,1,128,4,128,2029,8,128,11,128,12,128,2030,1,128,3,128,
        2034,8,128,1,128,1,128,1,129,1,129,1,129,1,130,1,130,1,130,1,130,
        1,130,1,131,1,131,1,131,1,131,1,131,1,131,1,131,1,132,1,132,1,132,
        1,132,1,132,1,132,1,132,1,133,1,133,1,133,1,133,1,133,1,133,1,133,
        3,133,2067,8,133,1,133,1,133,1,134,1,134,1,134,1,134,3,134,2075,
        8,134,1,134,1,134,1,134,1,134,3,134,2081,8,134,1,134,1,134,1,134,
        1,135,1,135,1,135,1,135,1,135,1,135,1,135,1,135,1,135,3,135,2095,
        8,135,1,135,1,135,1,136,1,136,1,136,1,136,1,136,1,136,1,136,3,136,
        2106,8,136,1,136,1,136,1,137,1,137,1,137,1,137,1,137,3,137,2115,
        8,137,1,137,1,137,1,138,1,138,1,138,1,138,1,138,5,138,2124,8,138,
        10,138,12,138,2127,9,138,3,138,2129,8,138,1,138,1,138,1,138,1,138,
        1,138,1,138,1,138,1,138,1,138,1,138,1,138,5,138,2142,8,138,10,138,
        12,138,2145,9,138,3,138,2147,8,138,1,138,3,138,2150,8,138,1,139,
        1,139,1,139,1,139,3,139,2156,8,139,1,139,1,139,1,139,5,139,2161,
        8,139,10,139,12,139,2164,9,139,3,139,2166,8,139,1,139,1,139,1,139,
        3,139,2171,8,139,1,139,1,139,1,139,1,139,1,139,1,139,3,139,2179,
        8,139,1,139,1,139,1,139,1,139,1,139,1,139,3,139,2187,8,139,1,139,
        1,139,1,139,1,139,1,139,1,139,3,139,2195,8,139,3,139,2197,8,139,
        1,140,1,140,1,140,1,140,1,140,1,140,1,140,1,140,1,140,1,140,3,140,
        2209,8,140,1,141,1,141,1,141,3,141,2214,8,141,1,141,1,141,1,142,
        1,142,1,142,1,142,1,142,1,142,1,142,5,142,2225,8,142,10,142,12,142,
        2228,9,142,3,142,2230,8,142,1,142,3,142,2233,8,142,1,142,1,142,1,
        142,1,142,1,142,5,142,2240,8,142,10,142,12,142,2243,9,142,1,142,
        1,142,1,142,1,142,3,142,2249,8,142,1,143,1,143,1,144,1,144,1,145,
        1,145,3,145,2257,8,145,1,146,1,146,1,146,1,146,1,146,1,146,1,146,
        1,146,1,146,1,146,1,146,1,146,1,146,1,146,3,146,2273,8,146,1,147,
        1,147,1,148,1,148,5,148,2279,8,148,10,148,12,148,2282,9,148,1,149,
        1,149,3,149,2286,8,149,1,149,1,149,3,149,2290,8,149,1,149,1,149,
        1,150,1,150,3,150,2296,8,150,1,150,1,150,1,150,3,150,2301,8,150,
        3,150,2303,8,150,1,151,1,151,1,151,1,151,3,151,2309,8,151,1,151,
        1,151,1,152,1,152,3,152,2315,8,152,1,152,1,152,3,152,2319,8,152,
        5,152,2321,8,152,10,152,12,152,2324,9,152,1,153,1,153,1,153,3,153,
        2329,8,153,1,154,1,154,1,154,1,154,1,154,5,154,2336,8,154,10,154,
        12,154,2339,9,154,3,154,2341,8,154,1,154,1,154,1,154,1,154,1,154,
        5,154,2348,8,154,10,154,12,154,2351,9,154,3,154,2353,8,154,1,154,
        3,154,2356,8,154,1,154,1,154,1,154,1,154,1,154,1,154,1,154,1,154,
        1,154,1,154,1,154,1,154,1,154,1,154,1,154,1,154,1,154,1,154,1,154,
        3,154,2377,8,154,1,154,1,154,3,154,2381,8,154,1,154,1,154,3,154,
        2385,8,154,1,154,1,154,3,154,2389,8,154,1,154,1,154,1,154,3,154,
        2394,8,154,1,154,1,154,1,154,1,154,1,154,1,154,1,154,1,154,3,154,
        2404,8,154,1,154,1,154,1,154,1,154,1,154,3,154,2411,8,154,1,154,
        3,154,2414,8,154,3,154,2416,8,154,1,155,1,155,1,155,3,155,2421,8,
        155,1,156,1,156,1,156,5,156,2426,8,156,10,156,12,156,2429,9,156,
        1,157,1,157,1,157,5,157,2434,8,157,10,157,12,157,2437,9,157,1,158,
        1,158,1,158,1,158,5,158,2443,8,158,10,158,12,158,2446,9,158,1,158,
        1,158,1,159,1,159,1,159,3,159,2453,8,159,1,160,1,160,1,160,0,0,161,
        0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,
        46,48,50,52,54,56,58,60,62,64,66,68,70,72,74,76,78,80,82,84,86,88,
        90,92,94,96,98,100,102,104,106,108,110,112,114,116,118,120,122,124,
        126,128,130,132,134,136,138,140,142,144,146,148,150,152,154,156,
        158,160,162,164,166,168,170,172,174,176,178,180,182,184,186,188,
        190,192,194,196,198,200,202,204,206,208,210,212,214,216,218,220,
        222,224,226,228,230,232,234,236,238,240,242,244,246,248,250,252,
        254,256,258,260,262,264,266,268,270,272,274,276,278,280,282,284,
        286,288,290,292,294,296,298,300,302,304,306,308,310,312,314,316,
        318,320,0,44,2,0,89,89,211,211,2,0,92,92,143,143,2,0,4,4,165,165,
        3,0,58,58,86,86,144,144,8,0,3,3,33,33,50,50,76,76,114,114,135,135,
        147,147,221,221,1,0,239,240,2,0,1,1,119,119,2,0,18,18,168,168,2,
        0,21,21,38,38,2,0,72,72,85,85,2,0,73,73,213,213,2,0,84,84,105,105,
        1,0,45,46,2,0,57,57,206,206,2,0,3,3,48,48,3,0,73,73,104,104,170,
        170,2,0,36,36,171,171,2,0,159,159,173,173,2,0,69,69,154,154,2,0,
        10,10,45,45,2,0,67,67,101,101,1,0,172,173,2,0,67,67,126,126,1,0,
        276,279,3,0,3,3,7,7,183,183,2,0,11,11,190,190,1,0,232,237,2,0,239,
        240,244,244,1,0,241,243,2,0,20,20,204,204,3,0,14,14,103,103,200,
        200,2,0,72,72,252,252,2,0,70,70,252,252,2,0,23,24,68,68,3,0,8,8,
        109,109,124,124,2,0,83,83,167,167,8,0,41,42,80,81,115,116,122,123,
        158,158,175,176,222,222,229,230,8,0,41,41,80,80,115,115,122,122,
        158,158,175,175,222,222,229,229,1,0,261,263,1,0,258,259,2,0,8,8,
        124,124,2,0,226,226,228,228,2,0,155,155,216,216,52,0,1,2,5,5,10,
        10,15,15,18,18,21,22,26,31,33,33,38,39,42,43,45,45,47,47,49,51,55,
        55,58,58,61,62,67,67,69,69,71,71,75,76,81,84,86,86,88,88,94,97,99,
        101,107,107,112,114,116,121,123,123,126,126,129,129,133,133,135,
        135,138,138,140,140,143,144,146,152,154,154,157,158,160,169,174,
        174,176,176,179,180,182,182,184,187,189,189,194,195,203,203,208,
        208,212,213,217,222,230,231,2792,0,322,1,0,0,0,2,354,1,0,0,0,4,356,
        1,0,0,0,6,358,1,0,0,0,8,372,1,0,0,0,10,384,1,0,0,0,12,399,1,0,0,
        0,14,401,1,0,0,0,16,416,1,0,0,0,18,427,1,0,0,0,20,429,1,0,0,0,22,
        437,1,0,0,0,24,454,1,0,0,0,26,467,1,0,0,0,28,488,1,0,0,0,30,492,
        1,0,0,0,32,507,1,0,0,0,34,526,1,0,0,0,36,674,1,0,0,0,38,677,1,0,
        0,0,40,712,1,0,0,0,42,716,1,0,0,0,44,719,1,0,0,0,46,722,1,0,0,0,
        48,736,1,0,0,0,50,738,1,0,0,0,52,762,1,0,0,0,54,769,1,0,0,0,56,777,
        1,0,0,0,58,801,1,0,0,0,60,803,1,0,0,0,62,807,1,0,0,0,64,819,1,0,
        0,0,66,822,1,0,0,0,68,826,1,0,0,0,70,832,1,0,0,0,72,835,1,0,0,0,
        74,848,1,0,0,0,76,854,1,0,0,0,78,861,1,0,0,0,80,864,1,0,0,0,82,868,
        1,0,0,0,84,951,1,0,0,0,86,1006,1,0,0,0,88,1037,1,0,0,0,90,1045,1,
        0,0,0,92,1063,1,0,0,0,94,1068,1,0,0,0,96,1092,1,0,0,0,98,1094,1,
        0,0,0,100,1118,1,0,0,0,102,1120,1,0,0,0,104,1173,1,0,0,0,106,1176,
        1,0,0,0,108,1181,1,0,0,0,110,1202,1,0,0,0,112,1204,1,0,0,0,114,1219,
        1,0,0,0,116,1225,1,0,0,0,118,1229,1,0,0,0,120,1236,1,0,0,0,122,1240,
        1,0,0,0,124,1244,1,0,0,0,126,1248,1,0,0,0,128,1272,1,0,0,0,130,1283,
        1,0,0,0,132,1295,1,0,0,0,134,1301,1,0,0,0,136,1316,1,0,0,0,138,1325,
        1,0,0,0,140,1334,1,0,0,0,142,1343,1,0,0,0,144,1347,1,0,0,0,146,1366,
        1,0,0,0,148,1368,1,0,0,0,150,1377,1,0,0,0,152,1408,1,0,0,0,154,1411,
        1,0,0,0,156,1426,1,0,0,0,158,1428,1,0,0,0,160,1436,1,0,0,0,162,1457,
        1,0,0,0,164,1464,1,0,0,0,166,1470,1,0,0,0,168,1472,1,0,0,0,170,1526,
        1,0,0,0,172,1528,1,0,0,0,174,1535,1,0,0,0,176,1541,1,0,0,0,178,1579,
        1,0,0,0,180,1581,1,0,0,0,182,1590,1,0,0,0,184,1597,1,0,0,0,186,1617,
        1,0,0,0,188,1633,1,0,0,0,190,1635,1,0,0,0,192,1645,1,0,0,0,194,1653,
        1,0,0,0,196,1658,1,0,0,0,198,1663,1,0,0,0,200,1671,1,0,0,0,202,1735,
        1,0,0,0,204,1747,1,0,0,0,206,1749,1,0,0,0,208,1765,1,0,0,0,210,1774,
        1,0,0,0,212,1778,1,0,0,0,214,1787,1,0,0,0,216,1803,1,0,0,0,218,1808,
        1,0,0,0,220,1821,1,0,0,0,222,1825,1,0,0,0,224,1838,1,0,0,0,226,1853,
        1,0,0,0,228,1858,1,0,0,0,230,1860,1,0,0,0,232,1862,1,0,0,0,234,1870,
        1,0,0,0,236,1881,1,0,0,0,238,1883,1,0,0,0,240,1951,1,0,0,0,242,1953,
        1,0,0,0,244,1955,1,0,0,0,246,1957,1,0,0,0,248,1965,1,0,0,0,250,1976,
        1,0,0,0,252,1978,1,0,0,0,254,2021,1,0,0,0,256,2023,1,0,0,0,258,2037,
        1,0,0,0,260,2040,1,0,0,0,262,2045,1,0,0,0,264,2052,1,0,0,0,266,2059,
        1,0,0,0,268,2070,1,0,0,0,270,2085,1,0,0,0,272,2098,1,0,0,0,274,2109,
        1,0,0,0,276,2149,1,0,0,0,278,2151,1,0,0,0,280,2208,1,0,0,0,282,2213,
        1,0,0,0,284,2248,1,0,0,0,286,2250,1,0,0,0,288,2252,1,0,0,0,290,2256,
        1,0,0,0,292,2272,1,0,0,0,294,2274,1,0,0,0,296,2276,1,0,0,0,298,2283,
        1,0,0,0,300,2293,1,0,0,0,302,2304,1,0,0,0,304,2312,1,0,0,0,306,2328,
        1,0,0,0,308,2415,1,0,0,0,310,2417,1,0,0,0,312,2422,1,0,0,0,314,2430,
        1,0,0,0,316,2438,1,0,0,0,318,2452,1,0,0,0,320,2454,1,0,0,0,322,324,
        3,2,1,0,323,325,5,254,0,0,324,323,1,0,0,0,324,325,1,0,0,0,325,326,
        1,0,0,0,326,327,5,0,0,1,327,1,1,0,0,0,328,355,3,4,2,0,329,355,3,
        6,3,0,330,355,3,14,7,0,331,355,3,20,10,0,332,355,3,22,11,0,333,355,
        3,8,4,0,334,355,3,10,5,0,335,355,3,12,6,0,336,355,3,34,17,0,337,
        355,3,82,41,0,338,355,3,98,49,0,339,355,3,102,51,0,340,355,3,108,
        54,0,341,355,3,112,56,0,342,355,3,114,57,0,343,355,3,116,58,0,344,
        355,3,118,59,0,345,355,3,120,60,0,346,355,3,122,61,0,347,355,3,124,
        62,0,348,355,3,126,63,0,349,355,3,128,64,0,350,355,3,32,16,0,351,
        355,3,24,12,0,352,355,3,26,13,0,353,355,3,30,15,0,354,328,1,0,0,
        0,354,329,1,0,0,0,354,330,1,0,0,0,354,331,1,0,0,0,354,332,1,0,0,
        0,354,333,1,0,0,0,354,334,1,0,0,0,354,335,1,0,0,0,354,336,1,0,0,
        0,354,337,1,0,0,0,354,338,1,0,0,0,354,339,1,0,0,0,354,340,1,0,0,
        0,354,341,1,0,0,0,354,342,1,0,0,0,354,343,1,0,0,0,354,344,1,0,0,
        0,354,345,1,0,0,0,354,346,1,0,0,0,354,347,1,0,0,0,354,348,1,0,0,
        0,354,349,1,0,0,0,354,350,1,0,0,0,354,351,1,0,0,0,354,352,1,0,0,
        0,354,353,1,0,0,0,355,3,1,0,0,0,356,357,3,134,67,0,357,5,1,0,0,0,
        358,359,7,0,0,0,359,360,7,1,0,0,360,362,3,312,156,0,361,363,3,222,
        111,0,362,361,1,0,0,0,362,363,1,0,0,0,363,365,1,0,0,0,364,366,3,
        130,65,0,365,364,1,0,0,0,365,366,1,0,0,0,366,368,1,0,0,0,367,369,
        3,316,158,0,368,367,1,0,0,0,368,369,1,0,0,0,369,370,1,0,0,0,370,
        371,3,134,67,0,371,7,1,0,0,0,372,373,5,184,0,0,373,374,5,178,0,0,
        374,378,5,12,0,0,375,376,3,6,3,0,376,377,5,254,0,0,377,379,1,0,0,
        0,378,375,1,0,0,0,379,380,1,0,0,0,380,378,1,0,0,0,380,381,1,0,0,
        0,381,382,1,0,0,0,382,383,5,54,0,0,383,9,1,0,0,0,384,385,5,12,0,
        0,385,386,5,184,0,0,386,397,5,178,0,0,387,393,5,254,0,0,388,389,
        3,6,3,0,389,390,5,254,0,0,390,392,1,0,0,0,391,388,1,0,0,0,392,395,
        1,0,0,0,393,391,1,0,0,0,393,394,1,0,0,0,394,396,1,0,0,0,395,393,
        1,0,0,0,396,398,5,54,0,0,397,387,1,0,0,0,397,398,1,0,0,0,398,11,
        1,0,0,0,399,400,5,54,0,0,400,13,1,0,0,0,401,412,5,61,0,0,402,403,
        5,152,0,0,403,413,5,70,0,0,404,409,3,16,8,0,405,406,5,252,0,0,406,
        408,3,16,8,0,407,405,1,0,0,0,408,411,1,0,0,0,409,407,1,0,0,0,409,
        410,1,0,0,0,410,413,1,0,0,0,411,409,1,0,0,0,412,402,1,0,0,0,412,
        404,1,0,0,0,412,413,1,0,0,0,413,414,1,0,0,0,414,415,3,18,9,0,415,
        15,1,0,0,0,416,417,3,318,159,0,417,17,1,0,0,0,418,428,3,134,67,0,
        419,428,3,6,3,0,420,428,3,8,4,0,421,425,5,59,0,0,422,426,3,8,4,0,
        423,426,3,6,3,0,424,426,3,134,67,0,425,422,1,0,0,0,425,423,1,0,0,
        0,425,424,1,0,0,0,426,428,1,0,0,0,427,418,1,0,0,0,427,419,1,0,0,
        0,427,420,1,0,0,0,427,421,1,0,0,0,428,19,1,0,0,0,429,435,5,59,0,
        0,430,436,3,8,4,0,431,436,3,6,3,0,432,436,3,134,67,0,433,434,5,152,
        0,0,434,436,3,296,148,0,435,430,1,0,0,0,435,431,1,0,0,0,435,432,
        1,0,0,0,435,433,1,0,0,0,436,21,1,0,0,0,437,440,5,28,0,0,438,439,
        5,6,0,0,439,441,5,59,0,0,440,438,1,0,0,0,440,441,1,0,0,0,441,442,
        1,0,0,0,442,443,5,152,0,0,443,447,3,296,148,0,444,445,5,82,0,0,445,
        446,5,127,0,0,446,448,5,60,0,0,447,444,1,0,0,0,447,448,1,0,0,0,448,
        449,1,0,0,0,449,452,5,70,0,0,450,453,3,8,4,0,451,453,3,6,3,0,452,
        450,1,0,0,0,452,451,1,0,0,0,453,23,1,0,0,0,454,455,5,44,0,0,455,
        456,5,72,0,0,456,461,3,312,156,0,457,459,5,9,0,0,458,457,1,0,0,0,
        458,459,1,0,0,0,459,460,1,0,0,0,460,462,3,318,159,0,461,458,1,0,
        0,0,461,462,1,0,0,0,462,465,1,0,0,0,463,464,5,224,0,0,464,466,3,
        230,115,0,465,463,1,0,0,0,465,466,1,0,0,0,466,25,1,0,0,0,467,468,
        5,210,0,0,468,473,3,312,156,0,469,471,5,9,0,0,470,469,1,0,0,0,470,
        471,1,0,0,0,471,472,1,0,0,0,472,474,3,318,159,0,473,470,1,0,0,0,
        473,474,1,0,0,0,474,475,1,0,0,0,475,476,5,178,0,0,476,481,3,28,14,
        0,477,478,5,252,0,0,478,480,3,28,14,0,479,477,1,0,0,0,480,483,1,
        0,0,0,481,479,1,0,0,0,481,482,1,0,0,0,482,486,1,0,0,0,483,481,1,
        0,0,0,484,485,5,224,0,0,485,487,3,230,115,0,486,484,1,0,0,0,486,
        487,1,0,0,0,487,27,1,0,0,0,488,489,3,318,159,0,489,490,5,232,0,0,
        490,491,3,230,115,0,491,29,1,0,0,0,492,493,5,17,0,0,493,494,3,314,
        157,0,494,503,5,246,0,0,495,500,3,282,141,0,496,497,5,252,0,0,497,
        499,3,282,141,0,498,496,1,0,0,0,499,502,1,0,0,0,500,498,1,0,0,0,
        500,501,1,0,0,0,501,504,1,0,0,0,502,500,1,0,0,0,503,495,1,0,0,0,
        503,504,1,0,0,0,504,505,1,0,0,0,505,506,5,247,0,0,506,31,1,0,0,0,
        507,508,5,203,0,0,508,509,5,193,0,0,509,510,3,312,156,0,510,33,1,
        0,0,0,511,514,5,34,0,0,512,513,5,136,0,0,513,515,7,2,0,0,514,512,
        1,0,0,0,514,515,1,0,0,0,515,517,1,0,0,0,516,518,5,195,0,0,517,516,
        1,0,0,0,517,518,1,0,0,0,518,520,1,0,0,0,519,521,5,191,0,0,520,519,
        1,0,0,0,520,521,1,0,0,0,521,522,1,0,0,0,522,527,3,36,18,0,523,524,
        5,165,0,0,524,525,5,193,0,0,525,527,3,38,19,0,526,511,1,0,0,0,526,
        523,1,0,0,0,527,35,1,0,0,0,528,530,5,21,0,0,529,531,3,40,20,0,530,
        529,1,0,0,0,530,531,1,0,0,0,531,532,1,0,0,0,532,534,3,318,159,0,
        533,535,3,44,22,0,534,533,1,0,0,0,534,535,1,0,0,0,535,537,1,0,0,
        0,536,538,3,70,35,0,537,536,1,0,0,0,537,538,1,0,0,0,538,675,1,0,
        0,0,539,541,5,38,0,0,540,542,3,40,20,0,541,540,1,0,0,0,541,542,1,
        0,0,0,542,543,1,0,0,0,543,545,3,312,156,0,544,546,3,44,22,0,545,
        544,1,0,0,0,545,546,1,0,0,0,546,548,1,0,0,0,547,549,3,70,35,0,548,
        547,1,0,0,0,548,549,1,0,0,0,549,675,1,0,0,0,550,551,5,193,0,0,551,
        675,3,38,19,0,552,554,5,217,0,0,553,555,3,40,20,0,554,553,1,0,0,
        0,554,555,1,0,0,0,555,556,1,0,0,0,556,558,3,312,156,0,557,559,3,
        316,158,0,558,557,1,0,0,0,558,559,1,0,0,0,559,561,1,0,0,0,560,562,
        3,44,22,0,561,560,1,0,0,0,561,562,1,0,0,0,562,563,1,0,0,0,563,564,
        5,9,0,0,564,565,3,134,67,0,565,675,1,0,0,0,566,568,5,74,0,0,567,
        569,3,40,20,0,568,567,1,0,0,0,568,569,1,0,0,0,569,570,1,0,0,0,570,
        571,3,312,156,0,571,572,5,9,0,0,572,575,3,296,148,0,573,574,5,100,
        0,0,574,576,3,318,159,0,575,573,1,0,0,0,575,576,1,0,0,0,576,578,
        1,0,0,0,577,579,3,46,23,0,578,577,1,0,0,0,578,579,1,0,0,0,579,675,
        1,0,0,0,580,582,5,117,0,0,581,583,3,40,20,0,582,581,1,0,0,0,582,
        583,1,0,0,0,583,584,1,0,0,0,584,597,3,312,156,0,585,586,5,88,0,0,
        586,587,5,246,0,0,587,592,3,50,25,0,588,589,5,252,0,0,589,591,3,
        50,25,0,590,588,1,0,0,0,591,594,1,0,0,0,592,590,1,0,0,0,592,593,
        1,0,0,0,593,595,1,0,0,0,594,592,1,0,0,0,595,596,5,247,0,0,596,598,
        1,0,0,0,597,585,1,0,0,0,597,598,1,0,0,0,598,611,1,0,0,0,599,600,
        5,140,0,0,600,601,5,246,0,0,601,606,3,50,25,0,602,603,5,252,0,0,
        603,605,3,50,25,0,604,602,1,0,0,0,605,608,1,0,0,0,606,604,1,0,0,
        0,606,607,1,0,0,0,607,609,1,0,0,0,608,606,1,0,0,0,609,610,5,247,
        0,0,610,612,1,0,0,0,611,599,1,0,0,0,611,612,1,0,0,0,612,614,1,0,
        0,0,613,615,3,44,22,0,614,613,1,0,0,0,614,615,1,0,0,0,615,617,1,
        0,0,0,616,618,3,70,35,0,617,616,1,0,0,0,617,618,1,0,0,0,618,621,
        1,0,0,0,619,620,5,9,0,0,620,622,3,134,67,0,621,619,1,0,0,0,621,622,
        1,0,0,0,622,675,1,0,0,0,623,625,5,30,0,0,624,626,3,40,20,0,625,624,
        1,0,0,0,625,626,1,0,0,0,626,627,1,0,0,0,627,629,3,312,156,0,628,
        630,3,44,22,0,629,628,1,0,0,0,629,630,1,0,0,0,630,632,1,0,0,0,631,
        633,3,70,35,0,632,631,1,0,0,0,632,633,1,0,0,0,633,675,1,0,0,0,634,
        635,5,112,0,0,635,637,5,193,0,0,636,638,3,40,20,0,637,636,1,0,0,
        0,637,638,1,0,0,0,638,639,1,0,0,0,639,651,3,312,156,0,640,641,5,
        246,0,0,641,646,3,48,24,0,642,643,5,252,0,0,643,645,3,48,24,0,644,
        642,1,0,0,0,645,648,1,0,0,0,646,644,1,0,0,0,646,647,1,0,0,0,647,
        649,1,0,0,0,648,646,1,0,0,0,649,650,5,247,0,0,650,652,1,0,0,0,651,
        640,1,0,0,0,651,652,1,0,0,0,652,654,1,0,0,0,653,655,3,44,22,0,654,
        653,1,0,0,0,654,655,1,0,0,0,655,657,1,0,0,0,656,658,3,58,29,0,657,
        656,1,0,0,0,657,658,1,0,0,0,658,660,1,0,0,0,659,661,3,60,30,0,660,
        659,1,0,0,0,660,661,1,0,0,0,661,663,1,0,0,0,662,664,3,70,35,0,663,
        662,1,0,0,0,663,664,1,0,0,0,664,666,1,0,0,0,665,667,3,66,33,0,666,
        665,1,0,0,0,666,667,1,0,0,0,667,669,1,0,0,0,668,670,3,68,34,0,669,
        668,1,0,0,0,669,670,1,0,0,0,670,671,1,0,0,0,671,672,5,9,0,0,672,
        673,3,134,67,0,673,675,1,0,0,0,674,528,1,0,0,0,674,539,1,0,0,0,674,
        550,1,0,0,0,674,552,1,0,0,0,674,566,1,0,0,0,674,580,1,0,0,0,674,
        623,1,0,0,0,674,634,1,0,0,0,675,37,1,0,0,0,676,678,3,40,20,0,677,
        676,1,0,0,0,677,678,1,0,0,0,678,679,1,0,0,0,679,691,3,312,156,0,
        680,681,5,246,0,0,681,686,3,48,24,0,682,683,5,252,0,0,683,685,3,
        48,24,0,684,682,1,0,0,0,685,688,1,0,0,0,686,684,1,0,0,0,686,687,
        1,0,0,0,687,689,1,0,0,0,688,686,1,0,0,0,689,690,5,247,0,0,690,692,
        1,0,0,0,691,680,1,0,0,0,691,692,1,0,0,0,692,694,1,0,0,0,693,695,
        3,44,22,0,694,693,1,0,0,0,694,695,1,0,0,0,695,697,1,0,0,0,696,698,
        3,58,29,0,697,696,1,0,0,0,697,698,1,0,0,0,698,700,1,0,0,0,699,701,
        3,60,30,0,700,699,1,0,0,0,700,701,1,0,0,0,701,703,1,0,0,0,702,704,
        3,70,35,0,703,702,1,0,0,0,703,704,1,0,0,0,704,706,1,0,0,0,705,707,
        3,62,31,0,706,705,1,0,0,0,706,707,1,0,0,0,707,710,1,0,0,0,708,709,
        5,9,0,0,709,711,3,134,67,0,710,708,1,0,0,0,710,711,1,0,0,0,711,39,
        1,0,0,0,712,713,5,82,0,0,713,714,5,127,0,0,714,715,5,60,0,0,715,
        41,1,0,0,0,716,717,5,82,0,0,717,718,5,60,0,0,718,43,1,0,0,0,719,
        720,5,27,0,0,720,721,3,296,148,0,721,45,1,0,0,0,722,723,5,214,0,
        0,723,724,5,94,0,0,724,730,3,296,148,0,725,726,5,252,0,0,726,727,
        5,94,0,0,727,729,3,296,148,0,728,725,1,0,0,0,729,732,1,0,0,0,730,
        728,1,0,0,0,730,731,1,0,0,0,731,47,1,0,0,0,732,730,1,0,0,0,733,737,
        3,50,25,0,734,737,3,54,27,0,735,737,3,56,28,0,736,733,1,0,0,0,736,
        734,1,0,0,0,736,735,1,0,0,0,737,49,1,0,0,0,738,755,3,318,159,0,739,
        740,5,9,0,0,740,756,3,230,115,0,741,750,3,304,152,0,742,745,5,114,
        0,0,743,744,5,72,0,0,744,746,3,296,148,0,745,743,1,0,0,0,745,746,
        1,0,0,0,746,748,1,0,0,0,747,749,5,219,0,0,748,747,1,0,0,0,748,749,
        1,0,0,0,749,751,1,0,0,0,750,742,1,0,0,0,750,751,1,0,0,0,751,753,
        1,0,0,0,752,754,3,52,26,0,753,752,1,0,0,0,753,754,1,0,0,0,754,756,
        1,0,0,0,755,739,1,0,0,0,755,741,1,0,0,0,756,758,1,0,0,0,757,759,
        3,44,22,0,758,757,1,0,0,0,758,759,1,0,0,0,759,51,1,0,0,0,760,761,
        5,32,0,0,761,763,3,318,159,0,762,760,1,0,0,0,762,763,1,0,0,0,763,
        764,1,0,0,0,764,765,5,156,0,0,765,766,5,99,0,0,766,767,5,127,0,0,
        767,768,5,55,0,0,768,53,1,0,0,0,769,770,5,220,0,0,770,771,5,70,0,
        0,771,772,3,314,157,0,772,773,5,9,0,0,773,774,3,230,115,0,774,55,
        1,0,0,0,775,776,5,32,0,0,776,778,3,318,159,0,777,775,1,0,0,0,777,
        778,1,0,0,0,778,779,1,0,0,0,779,780,5,156,0,0,780,781,5,99,0,0,781,
        782,3,316,158,0,782,783,5,127,0,0,783,784,5,55,0,0,784,57,1,0,0,
        0,785,786,5,49,0,0,786,789,5,16,0,0,787,790,5,159,0,0,788,790,3,
        318,159,0,789,787,1,0,0,0,789,788,1,0,0,0,789,790,1,0,0,0,790,791,
        1,0,0,0,791,795,3,316,158,0,792,793,5,92,0,0,793,794,5,261,0,0,794,
        796,5,15,0,0,795,792,1,0,0,0,795,796,1,0,0,0,796,802,1,0,0,0,797,
        798,5,49,0,0,798,799,5,92,0,0,799,800,5,261,0,0,800,802,5,15,0,0,
        801,785,1,0,0,0,801,797,1,0,0,0,802,59,1,0,0,0,803,804,5,146,0,0,
        804,805,5,16,0,0,805,806,3,316,158,0,806,61,1,0,0,0,807,808,5,105,
        0,0,808,817,3,312,156,0,809,813,5,246,0,0,810,812,3,64,32,0,811,
        810,1,0,0,0,812,815,1,0,0,0,813,811,1,0,0,0,813,814,1,0,0,0,814,
        816,1,0,0,0,815,813,1,0,0,0,816,818,5,247,0,0,817,809,1,0,0,0,817,
        818,1,0,0,0,818,63,1,0,0,0,819,820,7,3,0,0,820,821,7,4,0,0,821,65,
        1,0,0,0,822,823,5,71,0,0,823,824,5,232,0,0,824,825,3,298,149,0,825,
        67,1,0,0,0,826,827,5,162,0,0,827,830,5,232,0,0,828,831,5,73,0,0,
        829,831,3,318,159,0,830,828,1,0,0,0,830,829,1,0,0,0,831,69,1,0,0,
        0,832,833,5,226,0,0,833,834,3,72,36,0,834,71,1,0,0,0,835,844,5,246,
        0,0,836,841,3,74,37,0,837,838,5,252,0,0,838,840,3,74,37,0,839,837,
        1,0,0,0,840,843,1,0,0,0,841,839,1,0,0,0,841,842,1,0,0,0,842,845,
        1,0,0,0,843,841,1,0,0,0,844,836,1,0,0,0,844,845,1,0,0,0,845,846,
        1,0,0,0,846,847,5,247,0,0,847,73,1,0,0,0,848,849,3,76,38,0,849,850,
        5,232,0,0,850,851,3,78,39,0,851,75,1,0,0,0,852,855,3,296,148,0,853,
        855,3,314,157,0,854,852,1,0,0,0,854,853,1,0,0,0,855,77,1,0,0,0,856,
        862,3,296,148,0,857,862,3,80,40,0,858,862,5,202,0,0,859,862,5,64,
        0,0,860,862,3,318,159,0,861,856,1,0,0,0,861,857,1,0,0,0,861,858,
        1,0,0,0,861,859,1,0,0,0,861,860,1,0,0,0,862,79,1,0,0,0,863,865,7,
        5,0,0,864,863,1,0,0,0,864,865,1,0,0,0,865,866,1,0,0,0,866,867,3,
        294,147,0,867,81,1,0,0,0,868,870,5,4,0,0,869,871,5,195,0,0,870,869,
        1,0,0,0,870,871,1,0,0,0,871,873,1,0,0,0,872,874,5,191,0,0,873,872,
        1,0,0,0,873,874,1,0,0,0,874,949,1,0,0,0,875,876,5,21,0,0,876,882,
        3,318,159,0,877,878,5,178,0,0,878,883,3,72,36,0,879,880,5,166,0,
        0,880,883,3,84,42,0,881,883,3,44,22,0,882,877,1,0,0,0,882,879,1,
        0,0,0,882,881,1,0,0,0,883,950,1,0,0,0,884,885,5,38,0,0,885,886,3,
        312,156,0,886,887,5,178,0,0,887,888,3,72,36,0,888,950,1,0,0,0,889,
        891,5,193,0,0,890,892,3,42,21,0,891,890,1,0,0,0,891,892,1,0,0,0,
        892,893,1,0,0,0,893,894,3,312,156,0,894,895,3,86,43,0,895,950,1,
        0,0,0,896,897,5,217,0,0,897,903,3,312,156,0,898,899,5,164,0,0,899,
        900,5,199,0,0,900,904,3,312,156,0,901,902,5,9,0,0,902,904,3,134,
        67,0,903,898,1,0,0,0,903,901,1,0,0,0,904,950,1,0,0,0,905,907,5,74,
        0,0,906,908,3,42,21,0,907,906,1,0,0,0,907,908,1,0,0,0,908,909,1,
        0,0,0,909,910,3,312,156,0,910,911,5,9,0,0,911,914,3,296,148,0,912,
        913,5,100,0,0,913,915,3,318,159,0,914,912,1,0,0,0,914,915,1,0,0,
        0,915,950,1,0,0,0,916,918,5,117,0,0,917,919,3,42,21,0,918,917,1,
        0,0,0,918,919,1,0,0,0,919,920,1,0,0,0,920,928,3,312,156,0,921,922,
        5,164,0,0,922,923,5,199,0,0,923,929,3,312,156,0,924,925,5,178,0,
        0,925,929,3,72,36,0,926,927,5,166,0,0,927,929,3,84,42,0,928,921,
        1,0,0,0,928,924,1,0,0,0,928,926,1,0,0,0,929,950,1,0,0,0,930,932,
        5,30,0,0,931,933,3,42,21,0,932,931,1,0,0,0,932,933,1,0,0,0,933,934,
        1,0,0,0,934,942,3,312,156,0,935,936,5,164,0,0,936,937,5,199,0,0,
        937,943,3,312,156,0,938,939,5,178,0,0,939,943,3,72,36,0,940,941,
        5,166,0,0,941,943,3,84,42,0,942,935,1,0,0,0,942,938,1,0,0,0,942,
        940,1,0,0,0,943,950,1,0,0,0,944,945,5,112,0,0,945,946,5,193,0,0,
        946,947,3,312,156,0,947,948,3,96,48,0,948,950,1,0,0,0,949,875,1,
        0,0,0,949,884,1,0,0,0,949,889,1,0,0,0,949,896,1,0,0,0,949,905,1,
        0,0,0,949,916,1,0,0,0,949,930,1,0,0,0,949,944,1,0,0,0,950,83,1,0,
        0,0,951,960,5,246,0,0,952,957,3,76,38,0,953,954,5,252,0,0,954,956,
        3,76,38,0,955,953,1,0,0,0,956,959,1,0,0,0,957,955,1,0,0,0,957,958,
        1,0,0,0,958,961,1,0,0,0,959,957,1,0,0,0,960,952,1,0,0,0,960,961,
        1,0,0,0,961,962,1,0,0,0,962,963,5,247,0,0,963,85,1,0,0,0,964,971,
        5,164,0,0,965,966,5,199,0,0,966,972,3,312,156,0,967,968,3,314,157,
        0,968,969,5,199,0,0,969,970,3,318,159,0,970,972,1,0,0,0,971,965,
        1,0,0,0,971,967,1,0,0,0,972,1007,1,0,0,0,973,974,5,178,0,0,974,1007,
        3,72,36,0,975,976,5,166,0,0,976,1007,3,84,42,0,977,978,7,6,0,0,978,
        1007,3,88,44,0,979,1004,5,52,0,0,980,982,3,42,21,0,981,980,1,0,0,
        0,981,982,1,0,0,0,982,983,1,0,0,0,983,988,3,130,65,0,984,985,5,252,
        0,0,985,987,3,130,65,0,986,984,1,0,0,0,987,990,1,0,0,0,988,986,1,
        0,0,0,988,989,1,0,0,0,989,1005,1,0,0,0,990,988,1,0,0,0,991,992,5,
        156,0,0,992,1005,5,99,0,0,993,994,5,32,0,0,994,1005,3,318,159,0,
        995,1005,5,220,0,0,996,1005,5,50,0,0,997,999,5,25,0,0,998,997,1,
        0,0,0,998,999,1,0,0,0,999,1002,1,0,0,0,1000,1003,3,314,157,0,1001,
        1003,3,316,158,0,1002,1000,1,0,0,0,1002,1001,1,0,0,0,1003,1005,1,
        0,0,0,1004,981,1,0,0,0,1004,991,1,0,0,0,1004,993,1,0,0,0,1004,995,
        1,0,0,0,1004,996,1,0,0,0,1004,998,1,0,0,0,1005,1007,1,0,0,0,1006,
        964,1,0,0,0,1006,973,1,0,0,0,1006,975,1,0,0,0,1006,977,1,0,0,0,1006,
        979,1,0,0,0,1007,87,1,0,0,0,1008,1010,3,40,20,0,1009,1008,1,0,0,
        0,1009,1010,1,0,0,0,1010,1011,1,0,0,0,1011,1013,3,130,65,0,1012,
        1014,3,70,35,0,1013,1012,1,0,0,0,1013,1014,1,0,0,0,1014,1021,1,0,
        0,0,1015,1017,3,130,65,0,1016,1018,3,70,35,0,1017,1016,1,0,0,0,1017,
        1018,1,0,0,0,1018,1020,1,0,0,0,1019,1015,1,0,0,0,1020,1023,1,0,0,
        0,1021,1019,1,0,0,0,1021,1022,1,0,0,0,1022,1038,1,0,0,0,1023,1021,
        1,0,0,0,1024,1038,3,92,46,0,1025,1038,3,90,45,0,1026,1027,5,246,
        0,0,1027,1032,3,90,45,0,1028,1029,5,252,0,0,1029,1031,3,90,45,0,
        1030,1028,1,0,0,0,1031,1034,1,0,0,0,1032,1030,1,0,0,0,1032,1033,
        1,0,0,0,1033,1035,1,0,0,0,1034,1032,1,0,0,0,1035,1036,5,247,0,0,
        1036,1038,1,0,0,0,1037,1009,1,0,0,0,1037,1024,1,0,0,0,1037,1025,
        1,0,0,0,1037,1026,1,0,0,0,1038,89,1,0,0,0,1039,1041,3,50,25,0,1040,
        1042,3,94,47,0,1041,1040,1,0,0,0,1041,1042,1,0,0,0,1042,1046,1,0,
        0,0,1043,1046,3,54,27,0,1044,1046,3,56,28,0,1045,1039,1,0,0,0,1045,
        1043,1,0,0,0,1045,1044,1,0,0,0,1046,91,1,0,0,0,1047,1048,5,50,0,
        0,1048,1051,5,16,0,0,1049,1052,5,159,0,0,1050,1052,3,318,159,0,1051,
        1049,1,0,0,0,1051,1050,1,0,0,0,1051,1052,1,0,0,0,1052,1053,1,0,0,
        0,1053,1057,3,316,158,0,1054,1055,5,92,0,0,1055,1056,5,261,0,0,1056,
        1058,5,15,0,0,1057,1054,1,0,0,0,1057,1058,1,0,0,0,1058,1064,1,0,
        0,0,1059,1060,5,50,0,0,1060,1061,5,92,0,0,1061,1062,5,261,0,0,1062,
        1064,5,15,0,0,1063,1047,1,0,0,0,1063,1059,1,0,0,0,1064,93,1,0,0,
        0,1065,1069,5,67,0,0,1066,1067,5,2,0,0,1067,1069,3,318,159,0,1068,
        1065,1,0,0,0,1068,1066,1,0,0,0,1069,95,1,0,0,0,1070,1093,5,189,0,
        0,1071,1073,5,169,0,0,1072,1074,3,70,35,0,1073,1072,1,0,0,0,1073,
        1074,1,0,0,0,1074,1093,1,0,0,0,1075,1077,5,161,0,0,1076,1078,3,130,
        65,0,1077,1076,1,0,0,0,1077,1078,1,0,0,0,1078,1093,1,0,0,0,1079,
        1080,5,178,0,0,1080,1081,5,71,0,0,1081,1082,5,232,0,0,1082,1093,
        3,298,149,0,1083,1084,5,178,0,0,1084,1085,5,162,0,0,1085,1088,5,
        232,0,0,1086,1089,5,73,0,0,1087,1089,3,318,159,0,1088,1086,1,0,0,
        0,1088,1087,1,0,0,0,1089,1093,1,0,0,0,1090,1091,5,9,0,0,1091,1093,
        3,134,67,0,1092,1070,1,0,0,0,1092,1071,1,0,0,0,1092,1075,1,0,0,0,
        1092,1079,1,0,0,0,1092,1083,1,0,0,0,1092,1090,1,0,0,0,1093,97,1,
        0,0,0,1094,1096,5,52,0,0,1095,1097,5,195,0,0,1096,1095,1,0,0,0,1096,
        1097,1,0,0,0,1097,1099,1,0,0,0,1098,1100,5,191,0,0,1099,1098,1,0,
        0,0,1099,1100,1,0,0,0,1100,1101,1,0,0,0,1101,1103,3,100,50,0,1102,
        1104,3,42,21,0,1103,1102,1,0,0,0,1103,1104,1,0,0,0,1104,1105,1,0,
        0,0,1105,1107,3,312,156,0,1106,1108,7,7,0,0,1107,1106,1,0,0,0,1107,
        1108,1,0,0,0,1108,99,1,0,0,0,1109,1119,5,21,0,0,1110,1119,5,38,0,
        0,1111,1119,5,193,0,0,1112,1119,5,217,0,0,1113,1119,5,74,0,0,1114,
        1119,5,117,0,0,1115,1119,5,30,0,0,1116,1117,5,112,0,0,1117,1119,
        5,193,0,0,1118,1109,1,0,0,0,1118,1110,1,0,0,0,1118,1111,1,0,0,0,
        1118,1112,1,0,0,0,1118,1113,1,0,0,0,1118,1114,1,0,0,0,1118,1115,
        1,0,0,0,1118,1116,1,0,0,0,1119,101,1,0,0,0,1120,1158,5,180,0,0,1121,
        1122,5,37,0,0,1122,1159,7,8,0,0,1123,1133,5,34,0,0,1124,1134,5,193,
        0,0,1125,1134,5,217,0,0,1126,1134,5,117,0,0,1127,1134,5,21,0,0,1128,
        1134,5,38,0,0,1129,1134,5,74,0,0,1130,1134,5,30,0,0,1131,1132,5,
        112,0,0,1132,1134,5,193,0,0,1133,1124,1,0,0,0,1133,1125,1,0,0,0,
        1133,1126,1,0,0,0,1133,1127,1,0,0,0,1133,1128,1,0,0,0,1133,1129,
        1,0,0,0,1133,1130,1,0,0,0,1133,1131,1,0,0,0,1134,1135,1,0,0,0,1135,
        1159,3,312,156,0,1136,1137,5,26,0,0,1137,1138,7,9,0,0,1138,1140,
        3,312,156,0,1139,1141,3,106,53,0,1140,1139,1,0,0,0,1140,1141,1,0,
        0,0,1141,1159,1,0,0,0,1142,1143,5,147,0,0,1143,1145,3,312,156,0,
        1144,1146,3,130,65,0,1145,1144,1,0,0,0,1145,1146,1,0,0,0,1146,1159,
        1,0,0,0,1147,1149,7,10,0,0,1148,1147,1,0,0,0,1148,1149,1,0,0,0,1149,
        1150,1,0,0,0,1150,1153,3,104,52,0,1151,1152,7,9,0,0,1152,1154,3,
        312,156,0,1153,1151,1,0,0,0,1153,1154,1,0,0,0,1154,1156,1,0,0,0,
        1155,1157,3,106,53,0,1156,1155,1,0,0,0,1156,1157,1,0,0,0,1157,1159,
        1,0,0,0,1158,1121,1,0,0,0,1158,1123,1,0,0,0,1158,1136,1,0,0,0,1158,
        1142,1,0,0,0,1158,1148,1,0,0,0,1159,103,1,0,0,0,1160,1174,5,22,0,
        0,1161,1174,5,39,0,0,1162,1174,5,194,0,0,1163,1174,5,218,0,0,1164,
        1174,5,75,0,0,1165,1174,5,157,0,0,1166,1174,5,121,0,0,1167,1174,
        5,95,0,0,1168,1174,5,97,0,0,1169,1174,5,118,0,0,1170,1174,5,31,0,
        0,1171,1172,5,112,0,0,1172,1174,5,194,0,0,1173,1160,1,0,0,0,1173,
        1161,1,0,0,0,1173,1162,1,0,0,0,1173,1163,1,0,0,0,1173,1164,1,0,0,
        0,1173,1165,1,0,0,0,1173,1166,1,0,0,0,1173,1167,1,0,0,0,1173,1168,
        1,0,0,0,1173,1169,1,0,0,0,1173,1170,1,0,0,0,1173,1171,1,0,0,0,1174,
        105,1,0,0,0,1175,1177,5,127,0,0,1176,1175,1,0,0,0,1176,1177,1,0,
        0,0,1177,1178,1,0,0,0,1178,1179,7,11,0,0,1179,1180,3,296,148,0,1180,
        107,1,0,0,0,1181,1183,7,12,0,0,1182,1184,3,110,55,0,1183,1182,1,
        0,0,0,1183,1184,1,0,0,0,1184,1186,1,0,0,0,1185,1187,5,62,0,0,1186,
        1185,1,0,0,0,1186,1187,1,0,0,0,1187,1190,1,0,0,0,1188,1191,3,312,
        156,0,1189,1191,3,296,148,0,1190,1188,1,0,0,0,1190,1189,1,0,0,0,
        1191,109,1,0,0,0,1192,1203,5,21,0,0,1193,1203,5,38,0,0,1194,1203,
        5,193,0,0,1195,1203,5,217,0,0,1196,1203,5,74,0,0,1197,1203,5,117,
        0,0,1198,1203,5,30,0,0,1199,1203,5,96,0,0,1200,1201,5,112,0,0,1201,
        1203,5,193,0,0,1202,1192,1,0,0,0,1202,1193,1,0,0,0,1202,1194,1,0,
        0,0,1202,1195,1,0,0,0,1202,1196,1,0,0,0,1202,1197,1,0,0,0,1202,1198,
        1,0,0,0,1202,1199,1,0,0,0,1202,1200,1,0,0,0,1203,111,1,0,0,0,1204,
        1217,5,212,0,0,1205,1206,5,21,0,0,1206,1218,3,318,159,0,1207,1208,
        5,121,0,0,1208,1213,3,318,159,0,1209,1210,5,252,0,0,1210,1212,3,
        318,159,0,1211,1209,1,0,0,0,1212,1215,1,0,0,0,1213,1211,1,0,0,0,
        1213,1214,1,0,0,0,1214,1218,1,0,0,0,1215,1213,1,0,0,0,1216,1218,
        3,312,156,0,1217,1205,1,0,0,0,1217,1207,1,0,0,0,1217,1216,1,0,0,
        0,1218,113,1,0,0,0,1219,1220,5,107,0,0,1220,1221,5,120,0,0,1221,
        1223,3,318,159,0,1222,1224,3,70,35,0,1223,1222,1,0,0,0,1223,1224,
        1,0,0,0,1224,115,1,0,0,0,1225,1226,5,208,0,0,1226,1227,5,120,0,0,
        1227,1228,3,318,159,0,1228,117,1,0,0,0,1229,1234,5,178,0,0,1230,
        1231,3,76,38,0,1231,1232,5,232,0,0,1232,1233,3,78,39,0,1233,1235,
        1,0,0,0,1234,1230,1,0,0,0,1234,1235,1,0,0,0,1235,119,1,0,0,0,1236,
        1238,5,166,0,0,1237,1239,3,76,38,0,1238,1237,1,0,0,0,1238,1239,1,
        0,0,0,1239,121,1,0,0,0,1240,1241,5,1,0,0,1241,1242,5,94,0,0,1242,
        1243,3,296,148,0,1243,123,1,0,0,0,1244,1245,5,163,0,0,1245,1246,
        5,94,0,0,1246,1247,3,296,148,0,1247,125,1,0,0,0,1248,1249,5,5,0,
        0,1249,1250,5,193,0,0,1250,1252,3,312,156,0,1251,1253,3,130,65,0,
        1252,1251,1,0,0,0,1252,1253,1,0,0,0,1253,1254,1,0,0,0,1254,1255,
        5,29,0,0,1255,1270,5,185,0,0,1256,1268,5,70,0,0,1257,1258,5,3,0,
        0,1258,1269,5,26,0,0,1259,1260,5,26,0,0,1260,1265,3,318,159,0,1261,
        1262,5,252,0,0,1262,1264,3,318,159,0,1263,1261,1,0,0,0,1264,1267,
        1,0,0,0,1265,1263,1,0,0,0,1265,1266,1,0,0,0,1266,1269,1,0,0,0,1267,
        1265,1,0,0,0,1268,1257,1,0,0,0,1268,1259,1,0,0,0,1269,1271,1,0,0,
        0,1270,1256,1,0,0,0,1270,1271,1,0,0,0,1271,127,1,0,0,0,1272,1273,
        5,186,0,0,1273,1274,5,96,0,0,1274,1277,3,296,148,0,1275,1276,5,226,
        0,0,1276,1278,5,174,0,0,1277,1275,1,0,0,0,1277,1278,1,0,0,0,1278,
        1281,1,0,0,0,1279,1280,5,226,0,0,1280,1282,5,51,0,0,1281,1279,1,
        0,0,0,1281,1282,1,0,0,0,1282,129,1,0,0,0,1283,1284,5,145,0,0,1284,
        1285,5,246,0,0,1285,1290,3,132,66,0,1286,1287,5,252,0,0,1287,1289,
        3,132,66,0,1288,1286,1,0,0,0,1289,1292,1,0,0,0,1290,1288,1,0,0,0,
        1290,1291,1,0,0,0,1291,1293,1,0,0,0,1292,1290,1,0,0,0,1293,1294,
        5,247,0,0,1294,131,1,0,0,0,1295,1298,3,318,159,0,1296,1297,5,232,
        0,0,1297,1299,3,292,146,0,1298,1296,1,0,0,0,1298,1299,1,0,0,0,1299,
        133,1,0,0,0,1300,1302,3,136,68,0,1301,1300,1,0,0,0,1301,1302,1,0,
        0,0,1302,1303,1,0,0,0,1303,1305,3,140,70,0,1304,1306,3,190,95,0,
        1305,1304,1,0,0,0,1305,1306,1,0,0,0,1306,1308,1,0,0,0,1307,1309,
        3,194,97,0,1308,1307,1,0,0,0,1308,1309,1,0,0,0,1309,1311,1,0,0,0,
        1310,1312,3,196,98,0,1311,1310,1,0,0,0,1311,1312,1,0,0,0,1312,1314,
        1,0,0,0,1313,1315,3,198,99,0,1314,1313,1,0,0,0,1314,1315,1,0,0,0,
        1315,135,1,0,0,0,1316,1317,5,226,0,0,1317,1322,3,138,69,0,1318,1319,
        5,252,0,0,1319,1321,3,138,69,0,1320,1318,1,0,0,0,1321,1324,1,0,0,
        0,1322,1320,1,0,0,0,1322,1323,1,0,0,0,1323,137,1,0,0,0,1324,1322,
        1,0,0,0,1325,1327,3,318,159,0,1326,1328,3,316,158,0,1327,1326,1,
        0,0,0,1327,1328,1,0,0,0,1328,1329,1,0,0,0,1329,1330,5,9,0,0,1330,
        1331,5,246,0,0,1331,1332,3,134,67,0,1332,1333,5,247,0,0,1333,139,
        1,0,0,0,1334,1340,3,144,72,0,1335,1336,3,142,71,0,1336,1337,3,144,
        72,0,1337,1339,1,0,0,0,1338,1335,1,0,0,0,1339,1342,1,0,0,0,1340,
        1338,1,0,0,0,1340,1341,1,0,0,0,1341,141,1,0,0,0,1342,1340,1,0,0,
        0,1343,1345,7,13,0,0,1344,1346,7,14,0,0,1345,1344,1,0,0,0,1345,1346,
        1,0,0,0,1346,143,1,0,0,0,1347,1355,3,146,73,0,1348,1350,5,90,0,0,
        1349,1351,7,14,0,0,1350,1349,1,0,0,0,1350,1351,1,0,0,0,1351,1352,
        1,0,0,0,1352,1354,3,146,73,0,1353,1348,1,0,0,0,1354,1357,1,0,0,0,
        1355,1353,1,0,0,0,1355,1356,1,0,0,0,1356,145,1,0,0,0,1357,1355,1,
        0,0,0,1358,1367,3,150,75,0,1359,1367,3,148,74,0,1360,1361,5,246,
        0,0,1361,1362,3,134,67,0,1362,1363,5,247,0,0,1363,1367,1,0,0,0,1364,
        1365,5,193,0,0,1365,1367,3,312,156,0,1366,1358,1,0,0,0,1366,1359,
        1,0,0,0,1366,1360,1,0,0,0,1366,1364,1,0,0,0,1367,147,1,0,0,0,1368,
        1369,5,215,0,0,1369,1374,3,230,115,0,1370,1371,5,252,0,0,1371,1373,
        3,230,115,0,1372,1370,1,0,0,0,1373,1376,1,0,0,0,1374,1372,1,0,0,
        0,1374,1375,1,0,0,0,1375,149,1,0,0,0,1376,1374,1,0,0,0,1377,1379,
        5,177,0,0,1378,1380,3,222,111,0,1379,1378,1,0,0,0,1379,1380,1,0,
        0,0,1380,1382,1,0,0,0,1381,1383,7,14,0,0,1382,1381,1,0,0,0,1382,
        1383,1,0,0,0,1383,1384,1,0,0,0,1384,1389,3,156,78,0,1385,1386,5,
        252,0,0,1386,1388,3,156,78,0,1387,1385,1,0,0,0,1388,1391,1,0,0,0,
        1389,1387,1,0,0,0,1389,1390,1,0,0,0,1390,1394,1,0,0,0,1391,1389,
        1,0,0,0,1392,1393,5,72,0,0,1393,1395,3,158,79,0,1394,1392,1,0,0,
        0,1394,1395,1,0,0,0,1395,1397,1,0,0,0,1396,1398,3,152,76,0,1397,
        1396,1,0,0,0,1397,1398,1,0,0,0,1398,1400,1,0,0,0,1399,1401,3,176,
        88,0,1400,1399,1,0,0,0,1400,1401,1,0,0,0,1401,1403,1,0,0,0,1402,
        1404,3,154,77,0,1403,1402,1,0,0,0,1403,1404,1,0,0,0,1404,1406,1,
        0,0,0,1405,1407,3,180,90,0,1406,1405,1,0,0,0,1406,1407,1,0,0,0,1407,
        151,1,0,0,0,1408,1409,5,224,0,0,1409,1410,3,230,115,0,1410,153,1,
        0,0,0,1411,1412,5,79,0,0,1412,1413,3,230,115,0,1413,155,1,0,0,0,
        1414,1427,5,241,0,0,1415,1416,3,314,157,0,1416,1417,5,253,0,0,1417,
        1418,5,241,0,0,1418,1427,1,0,0,0,1419,1424,3,230,115,0,1420,1422,
        5,9,0,0,1421,1420,1,0,0,0,1421,1422,1,0,0,0,1422,1423,1,0,0,0,1423,
        1425,3,318,159,0,1424,1421,1,0,0,0,1424,1425,1,0,0,0,1425,1427,1,
        0,0,0,1426,1414,1,0,0,0,1426,1415,1,0,0,0,1426,1419,1,0,0,0,1427,
        157,1,0,0,0,1428,1433,3,160,80,0,1429,1430,5,252,0,0,1430,1432,3,
        160,80,0,1431,1429,1,0,0,0,1432,1435,1,0,0,0,1433,1431,1,0,0,0,1433,
        1434,1,0,0,0,1434,159,1,0,0,0,1435,1433,1,0,0,0,1436,1440,3,168,
        84,0,1437,1439,3,162,81,0,1438,1437,1,0,0,0,1439,1442,1,0,0,0,1440,
        1438,1,0,0,0,1440,1441,1,0,0,0,1441,161,1,0,0,0,1442,1440,1,0,0,
        0,1443,1444,5,35,0,0,1444,1445,5,98,0,0,1445,1458,3,168,84,0,1446,
        1448,5,125,0,0,1447,1446,1,0,0,0,1447,1448,1,0,0,0,1448,1450,1,0,
        0,0,1449,1451,3,164,82,0,1450,1449,1,0,0,0,1450,1451,1,0,0,0,1451,
        1452,1,0,0,0,1452,1453,5,98,0,0,1453,1455,3,168,84,0,1454,1456,3,
        166,83,0,1455,1454,1,0,0,0,1455,1456,1,0,0,0,1456,1458,1,0,0,0,1457,
        1443,1,0,0,0,1457,1447,1,0,0,0,1458,163,1,0,0,0,1459,1465,5,87,0,
        0,1460,1462,7,15,0,0,1461,1463,5,139,0,0,1462,1461,1,0,0,0,1462,
        1463,1,0,0,0,1463,1465,1,0,0,0,1464,1459,1,0,0,0,1464,1460,1,0,0,
        0,1465,165,1,0,0,0,1466,1467,5,132,0,0,1467,1471,3,230,115,0,1468,
        1469,5,214,0,0,1469,1471,3,316,158,0,1470,1466,1,0,0,0,1470,1468,
        1,0,0,0,1471,167,1,0,0,0,1472,1474,3,170,85,0,1473,1475,3,200,100,
        0,1474,1473,1,0,0,0,1474,1475,1,0,0,0,1475,1477,1,0,0,0,1476,1478,
        3,174,87,0,1477,1476,1,0,0,0,1477,1478,1,0,0,0,1478,169,1,0,0,0,
        1479,1481,3,312,156,0,1480,1482,3,222,111,0,1481,1480,1,0,0,0,1481,
        1482,1,0,0,0,1482,1484,1,0,0,0,1483,1485,3,172,86,0,1484,1483,1,
        0,0,0,1484,1485,1,0,0,0,1485,1527,1,0,0,0,1486,1496,5,102,0,0,1487,
        1488,5,246,0,0,1488,1489,3,134,67,0,1489,1490,5,247,0,0,1490,1497,
        1,0,0,0,1491,1492,5,193,0,0,1492,1493,5,246,0,0,1493,1494,3,278,
        139,0,1494,1495,5,247,0,0,1495,1497,1,0,0,0,1496,1487,1,0,0,0,1496,
        1491,1,0,0,0,1497,1527,1,0,0,0,1498,1499,5,193,0,0,1499,1500,5,246,
        0,0,1500,1501,3,278,139,0,1501,1502,5,247,0,0,1502,1527,1,0,0,0,
        1503,1504,5,209,0,0,1504,1505,5,246,0,0,1505,1510,3,230,115,0,1506,
        1507,5,252,0,0,1507,1509,3,230,115,0,1508,1506,1,0,0,0,1509,1512,
        1,0,0,0,1510,1508,1,0,0,0,1510,1511,1,0,0,0,1511,1513,1,0,0,0,1512,
        1510,1,0,0,0,1513,1516,5,247,0,0,1514,1515,5,226,0,0,1515,1517,5,
        138,0,0,1516,1514,1,0,0,0,1516,1517,1,0,0,0,1517,1527,1,0,0,0,1518,
        1527,3,278,139,0,1519,1522,5,246,0,0,1520,1523,3,134,67,0,1521,1523,
        3,160,80,0,1522,1520,1,0,0,0,1522,1521,1,0,0,0,1523,1524,1,0,0,0,
        1524,1525,5,247,0,0,1525,1527,1,0,0,0,1526,1479,1,0,0,0,1526,1486,
        1,0,0,0,1526,1498,1,0,0,0,1526,1503,1,0,0,0,1526,1518,1,0,0,0,1526,
        1519,1,0,0,0,1527,171,1,0,0,0,1528,1529,5,70,0,0,1529,1530,5,192,
        0,0,1530,1531,5,9,0,0,1531,1532,5,130,0,0,1532,1533,3,230,115,0,
        1533,173,1,0,0,0,1534,1536,5,9,0,0,1535,1534,1,0,0,0,1535,1536,1,
        0,0,0,1536,1537,1,0,0,0,1537,1539,3,318,159,0,1538,1540,3,316,158,
        0,1539,1538,1,0,0,0,1539,1540,1,0,0,0,1540,175,1,0,0,0,1541,1542,
        5,77,0,0,1542,1543,5,16,0,0,1543,1548,3,178,89,0,1544,1545,5,252,
        0,0,1545,1547,3,178,89,0,1546,1544,1,0,0,0,1547,1550,1,0,0,0,1548,
        1546,1,0,0,0,1548,1549,1,0,0,0,1549,177,1,0,0,0,1550,1548,1,0,0,
        0,1551,1552,5,78,0,0,1552,1553,5,179,0,0,1553,1554,5,246,0,0,1554,
        1559,3,178,89,0,1555,1556,5,252,0,0,1556,1558,3,178,89,0,1557,1555,
        1,0,0,0,1558,1561,1,0,0,0,1559,1557,1,0,0,0,1559,1560,1,0,0,0,1560,
        1562,1,0,0,0,1561,1559,1,0,0,0,1562,1563,5,247,0,0,1563,1580,1,0,
        0,0,1564,1565,7,16,0,0,1565,1566,5,246,0,0,1566,1571,3,230,115,0,
        1567,1568,5,252,0,0,1568,1570,3,230,115,0,1569,1567,1,0,0,0,1570,
        1573,1,0,0,0,1571,1569,1,0,0,0,1571,1572,1,0,0,0,1572,1574,1,0,0,
        0,1573,1571,1,0,0,0,1574,1575,5,247,0,0,1575,1580,1,0,0,0,1576,1577,
        5,246,0,0,1577,1580,5,247,0,0,1578,1580,3,230,115,0,1579,1551,1,
        0,0,0,1579,1564,1,0,0,0,1579,1576,1,0,0,0,1579,1578,1,0,0,0,1580,
        179,1,0,0,0,1581,1582,5,225,0,0,1582,1587,3,182,91,0,1583,1584,5,
        252,0,0,1584,1586,3,182,91,0,1585,1583,1,0,0,0,1586,1589,1,0,0,0,
        1587,1585,1,0,0,0,1587,1588,1,0,0,0,1588,181,1,0,0,0,1589,1587,1,
        0,0,0,1590,1591,3,318,159,0,1591,1592,5,9,0,0,1592,1593,5,246,0,
        0,1593,1594,3,184,92,0,1594,1595,5,247,0,0,1595,183,1,0,0,0,1596,
        1598,3,318,159,0,1597,1596,1,0,0,0,1597,1598,1,0,0,0,1598,1609,1,
        0,0,0,1599,1600,5,145,0,0,1600,1601,5,16,0,0,1601,1606,3,230,115,
        0,1602,1603,5,252,0,0,1603,1605,3,230,115,0,1604,1602,1,0,0,0,1605,
        1608,1,0,0,0,1606,1604,1,0,0,0,1606,1607,1,0,0,0,1607,1610,1,0,0,
        0,1608,1606,1,0,0,0,1609,1599,1,0,0,0,1609,1610,1,0,0,0,1610,1612,
        1,0,0,0,1611,1613,3,190,95,0,1612,1611,1,0,0,0,1612,1613,1,0,0,0,
        1613,1615,1,0,0,0,1614,1616,3,186,93,0,1615,1614,1,0,0,0,1615,1616,
        1,0,0,0,1616,185,1,0,0,0,1617,1624,7,17,0,0,1618,1619,5,13,0,0,1619,
        1620,3,188,94,0,1620,1621,5,6,0,0,1621,1622,3,188,94,0,1622,1625,
        1,0,0,0,1623,1625,3,188,94,0,1624,1618,1,0,0,0,1624,1623,1,0,0,0,
        1625,187,1,0,0,0,1626,1627,5,205,0,0,1627,1634,7,18,0,0,1628,1629,
        5,37,0,0,1629,1634,5,172,0,0,1630,1631,3,246,123,0,1631,1632,7,18,
        0,0,1632,1634,1,0,0,0,1633,1626,1,0,0,0,1633,1628,1,0,0,0,1633,1630,
        1,0,0,0,1634,189,1,0,0,0,1635,1636,5,137,0,0,1636,1637,5,16,0,0,
        1637,1642,3,192,96,0,1638,1639,5,252,0,0,1639,1641,3,192,96,0,1640,
        1638,1,0,0,0,1641,1644,1,0,0,0,1642,1640,1,0,0,0,1642,1643,1,0,0,
        0,1643,191,1,0,0,0,1644,1642,1,0,0,0,1645,1647,3,230,115,0,1646,
        1648,7,19,0,0,1647,1646,1,0,0,0,1647,1648,1,0,0,0,1648,1651,1,0,
        0,0,1649,1650,5,129,0,0,1650,1652,7,20,0,0,1651,1649,1,0,0,0,1651,
        1652,1,0,0,0,1652,193,1,0,0,0,1653,1656,5,106,0,0,1654,1657,3,230,
        115,0,1655,1657,5,3,0,0,1656,1654,1,0,0,0,1656,1655,1,0,0,0,1657,
        195,1,0,0,0,1658,1659,5,131,0,0,1659,1661,3,230,115,0,1660,1662,
        7,21,0,0,1661,1660,1,0,0,0,1661,1662,1,0,0,0,1662,197,1,0,0,0,1663,
        1664,5,65,0,0,1664,1666,7,22,0,0,1665,1667,3,230,115,0,1666,1665,
        1,0,0,0,1666,1667,1,0,0,0,1667,1668,1,0,0,0,1668,1669,7,21,0,0,1669,
        1670,5,134,0,0,1670,199,1,0,0,0,1671,1672,5,111,0,0,1672,1683,5,
        246,0,0,1673,1674,5,145,0,0,1674,1675,5,16,0,0,1675,1680,3,230,115,
        0,1676,1677,5,252,0,0,1677,1679,3,230,115,0,1678,1676,1,0,0,0,1679,
        1682,1,0,0,0,1680,1678,1,0,0,0,1680,1681,1,0,0,0,1681,1684,1,0,0,
        0,1682,1680,1,0,0,0,1683,1673,1,0,0,0,1683,1684,1,0,0,0,1684,1686,
        1,0,0,0,1685,1687,3,190,95,0,1686,1685,1,0,0,0,1686,1687,1,0,0,0,
        1687,1697,1,0,0,0,1688,1689,5,113,0,0,1689,1694,3,202,101,0,1690,
        1691,5,252,0,0,1691,1693,3,202,101,0,1692,1690,1,0,0,0,1693,1696,
        1,0,0,0,1694,1692,1,0,0,0,1694,1695,1,0,0,0,1695,1698,1,0,0,0,1696,
        1694,1,0,0,0,1697,1688,1,0,0,0,1697,1698,1,0,0,0,1698,1700,1,0,0,
        0,1699,1701,3,204,102,0,1700,1699,1,0,0,0,1700,1701,1,0,0,0,1701,
        1703,1,0,0,0,1702,1704,3,206,103,0,1703,1702,1,0,0,0,1703,1704,1,
        0,0,0,1704,1705,1,0,0,0,1705,1706,5,149,0,0,1706,1707,5,246,0,0,
        1707,1708,3,208,104,0,1708,1711,5,247,0,0,1709,1710,5,227,0,0,1710,
        1712,3,298,149,0,1711,1709,1,0,0,0,1711,1712,1,0,0,0,1712,1722,1,
        0,0,0,1713,1714,5,187,0,0,1714,1719,3,218,109,0,1715,1716,5,252,
        0,0,1716,1718,3,218,109,0,1717,1715,1,0,0,0,1718,1721,1,0,0,0,1719,
        1717,1,0,0,0,1719,1720,1,0,0,0,1720,1723,1,0,0,0,1721,1719,1,0,0,
        0,1722,1713,1,0,0,0,1722,1723,1,0,0,0,1723,1724,1,0,0,0,1724,1725,
        5,43,0,0,1725,1730,3,220,110,0,1726,1727,5,252,0,0,1727,1729,3,220,
        110,0,1728,1726,1,0,0,0,1729,1732,1,0,0,0,1730,1728,1,0,0,0,1730,
        1731,1,0,0,0,1731,1733,1,0,0,0,1732,1730,1,0,0,0,1733,1734,5,247,
        0,0,1734,201,1,0,0,0,1735,1736,3,230,115,0,1736,1737,5,9,0,0,1737,
        1738,3,318,159,0,1738,203,1,0,0,0,1739,1740,5,133,0,0,1740,1741,
        5,172,0,0,1741,1742,5,150,0,0,1742,1748,5,110,0,0,1743,1744,5,3,
        0,0,1744,1745,5,173,0,0,1745,1746,5,150,0,0,1746,1748,5,110,0,0,
        1747,1739,1,0,0,0,1747,1743,1,0,0,0,1748,205,1,0,0,0,1749,1750,5,
        2,0,0,1750,1751,5,110,0,0,1751,1763,5,182,0,0,1752,1753,5,199,0,
        0,1753,1754,5,126,0,0,1754,1764,5,172,0,0,1755,1756,5,148,0,0,1756,
        1757,5,101,0,0,1757,1764,5,172,0,0,1758,1760,5,199,0,0,1759,1761,
        7,20,0,0,1760,1759,1,0,0,0,1760,1761,1,0,0,0,1761,1762,1,0,0,0,1762,
        1764,3,318,159,0,1763,1752,1,0,0,0,1763,1755,1,0,0,0,1763,1758,1,
        0,0,0,1764,207,1,0,0,0,1765,1770,3,210,105,0,1766,1767,5,245,0,0,
        1767,1769,3,210,105,0,1768,1766,1,0,0,0,1769,1772,1,0,0,0,1770,1768,
        1,0,0,0,1770,1771,1,0,0,0,1771,209,1,0,0,0,1772,1770,1,0,0,0,1773,
        1775,3,212,106,0,1774,1773,1,0,0,0,1775,1776,1,0,0,0,1776,1774,1,
        0,0,0,1776,1777,1,0,0,0,1777,211,1,0,0,0,1778,1780,3,214,107,0,1779,
        1781,3,216,108,0,1780,1779,1,0,0,0,1780,1781,1,0,0,0,1781,213,1,
        0,0,0,1782,1788,3,318,159,0,1783,1784,5,246,0,0,1784,1785,3,208,
        104,0,1785,1786,5,247,0,0,1786,1788,1,0,0,0,1787,1782,1,0,0,0,1787,
        1783,1,0,0,0,1788,215,1,0,0,0,1789,1804,5,241,0,0,1790,1804,5,239,
        0,0,1791,1804,5,255,0,0,1792,1794,5,250,0,0,1793,1795,5,261,0,0,
        1794,1793,1,0,0,0,1794,1795,1,0,0,0,1795,1800,1,0,0,0,1796,1798,
        5,252,0,0,1797,1799,5,261,0,0,1798,1797,1,0,0,0,1798,1799,1,0,0,
        0,1799,1801,1,0,0,0,1800,1796,1,0,0,0,1800,1801,1,0,0,0,1801,1802,
        1,0,0,0,1802,1804,5,251,0,0,1803,1789,1,0,0,0,1803,1790,1,0,0,0,
        1803,1791,1,0,0,0,1803,1792,1,0,0,0,1804,1806,1,0,0,0,1805,1807,
        5,255,0,0,1806,1805,1,0,0,0,1806,1807,1,0,0,0,1807,217,1,0,0,0,1808,
        1809,3,318,159,0,1809,1810,5,232,0,0,1810,1811,5,246,0,0,1811,1816,
        3,318,159,0,1812,1813,5,252,0,0,1813,1815,3,318,159,0,1814,1812,
        1,0,0,0,1815,1818,1,0,0,0,1816,1814,1,0,0,0,1816,1817,1,0,0,0,1817,
        1819,1,0,0,0,1818,1816,1,0,0,0,1819,1820,5,247,0,0,1820,219,1,0,
        0,0,1821,1822,3,318,159,0,1822,1823,5,9,0,0,1823,1824,3,230,115,
        0,1824,221,1,0,0,0,1825,1826,5,266,0,0,1826,1833,3,224,112,0,1827,
        1829,5,281,0,0,1828,1827,1,0,0,0,1828,1829,1,0,0,0,1829,1830,1,0,
        0,0,1830,1832,3,224,112,0,1831,1828,1,0,0,0,1832,1835,1,0,0,0,1833,
        1831,1,0,0,0,1833,1834,1,0,0,0,1834,1836,1,0,0,0,1835,1833,1,0,0,
        0,1836,1837,5,275,0,0,1837,223,1,0,0,0,1838,1851,5,276,0,0,1839,
        1848,5,282,0,0,1840,1845,3,226,113,0,1841,1842,5,281,0,0,1842,1844,
        3,226,113,0,1843,1841,1,0,0,0,1844,1847,1,0,0,0,1845,1843,1,0,0,
        0,1845,1846,1,0,0,0,1846,1849,1,0,0,0,1847,1845,1,0,0,0,1848,1840,
        1,0,0,0,1848,1849,1,0,0,0,1849,1850,1,0,0,0,1850,1852,5,283,0,0,
        1851,1839,1,0,0,0,1851,1852,1,0,0,0,1852,225,1,0,0,0,1853,1856,3,
        228,114,0,1854,1855,5,280,0,0,1855,1857,3,228,114,0,1856,1854,1,
        0,0,0,1856,1857,1,0,0,0,1857,227,1,0,0,0,1858,1859,7,23,0,0,1859,
        229,1,0,0,0,1860,1861,3,232,116,0,1861,231,1,0,0,0,1862,1867,3,234,
        117,0,1863,1864,5,136,0,0,1864,1866,3,234,117,0,1865,1863,1,0,0,
        0,1866,1869,1,0,0,0,1867,1865,1,0,0,0,1867,1868,1,0,0,0,1868,233,
        1,0,0,0,1869,1867,1,0,0,0,1870,1875,3,236,118,0,1871,1872,5,6,0,
        0,1872,1874,3,236,118,0,1873,1871,1,0,0,0,1874,1877,1,0,0,0,1875,
        1873,1,0,0,0,1875,1876,1,0,0,0,1876,235,1,0,0,0,1877,1875,1,0,0,
        0,1878,1879,5,127,0,0,1879,1882,3,236,118,0,1880,1882,3,238,119,
        0,1881,1878,1,0,0,0,1881,1880,1,0,0,0,1882,237,1,0,0,0,1883,1887,
        3,246,123,0,1884,1886,3,240,120,0,1885,1884,1,0,0,0,1886,1889,1,
        0,0,0,1887,1885,1,0,0,0,1887,1888,1,0,0,0,1888,239,1,0,0,0,1889,
        1887,1,0,0,0,1890,1897,3,244,122,0,1891,1892,7,24,0,0,1892,1893,
        5,246,0,0,1893,1894,3,134,67,0,1894,1895,5,247,0,0,1895,1898,1,0,
        0,0,1896,1898,3,246,123,0,1897,1891,1,0,0,0,1897,1896,1,0,0,0,1898,
        1952,1,0,0,0,1899,1901,5,93,0,0,1900,1902,5,127,0,0,1901,1900,1,
        0,0,0,1901,1902,1,0,0,0,1902,1910,1,0,0,0,1903,1911,5,128,0,0,1904,
        1911,5,202,0,0,1905,1911,5,64,0,0,1906,1911,5,207,0,0,1907,1908,
        5,48,0,0,1908,1909,5,72,0,0,1909,1911,3,246,123,0,1910,1903,1,0,
        0,0,1910,1904,1,0,0,0,1910,1905,1,0,0,0,1910,1906,1,0,0,0,1910,1907,
        1,0,0,0,1911,1952,1,0,0,0,1912,1914,3,242,121,0,1913,1912,1,0,0,
        0,1913,1914,1,0,0,0,1914,1949,1,0,0,0,1915,1917,5,13,0,0,1916,1918,
        7,25,0,0,1917,1916,1,0,0,0,1917,1918,1,0,0,0,1918,1919,1,0,0,0,1919,
        1920,3,246,123,0,1920,1921,5,6,0,0,1921,1922,3,246,123,0,1922,1950,
        1,0,0,0,1923,1924,5,85,0,0,1924,1934,5,246,0,0,1925,1935,3,134,67,
        0,1926,1931,3,230,115,0,1927,1928,5,252,0,0,1928,1930,3,230,115,
        0,1929,1927,1,0,0,0,1930,1933,1,0,0,0,1931,1929,1,0,0,0,1931,1932,
        1,0,0,0,1932,1935,1,0,0,0,1933,1931,1,0,0,0,1934,1925,1,0,0,0,1934,
        1926,1,0,0,0,1935,1936,1,0,0,0,1936,1937,5,247,0,0,1937,1950,1,0,
        0,0,1938,1943,5,105,0,0,1939,1943,5,84,0,0,1940,1941,5,181,0,0,1941,
        1943,5,199,0,0,1942,1938,1,0,0,0,1942,1939,1,0,0,0,1942,1940,1,0,
        0,0,1943,1944,1,0,0,0,1944,1947,3,246,123,0,1945,1946,5,56,0,0,1946,
        1948,3,246,123,0,1947,1945,1,0,0,0,1947,1948,1,0,0,0,1948,1950,1,
        0,0,0,1949,1915,1,0,0,0,1949,1923,1,0,0,0,1949,1942,1,0,0,0,1950,
        1952,1,0,0,0,1951,1890,1,0,0,0,1951,1899,1,0,0,0,1951,1913,1,0,0,
        0,1952,241,1,0,0,0,1953,1954,5,127,0,0,1954,243,1,0,0,0,1955,1956,
        7,26,0,0,1956,245,1,0,0,0,1957,1962,3,248,124,0,1958,1959,7,27,0,
        0,1959,1961,3,248,124,0,1960,1958,1,0,0,0,1961,1964,1,0,0,0,1962,
        1960,1,0,0,0,1962,1963,1,0,0,0,1963,247,1,0,0,0,1964,1962,1,0,0,
        0,1965,1970,3,250,125,0,1966,1967,7,28,0,0,1967,1969,3,250,125,0,
        1968,1966,1,0,0,0,1969,1972,1,0,0,0,1970,1968,1,0,0,0,1970,1971,
        1,0,0,0,1971,249,1,0,0,0,1972,1970,1,0,0,0,1973,1974,7,5,0,0,1974,
        1977,3,250,125,0,1975,1977,3,252,126,0,1976,1973,1,0,0,0,1976,1975,
        1,0,0,0,1977,251,1,0,0,0,1978,1987,3,254,127,0,1979,1980,5,248,0,
        0,1980,1981,3,230,115,0,1981,1982,5,249,0,0,1982,1986,1,0,0,0,1983,
        1984,5,253,0,0,1984,1986,3,318,159,0,1985,1979,1,0,0,0,1985,1983,
        1,0,0,0,1986,1989,1,0,0,0,1987,1985,1,0,0,0,1987,1988,1,0,0,0,1988,
        253,1,0,0,0,1989,1987,1,0,0,0,1990,2022,3,292,146,0,1991,2022,3,
        256,128,0,1992,2022,3,262,131,0,1993,2022,3,264,132,0,1994,2022,
        3,266,133,0,1995,2022,3,268,134,0,1996,2022,3,270,135,0,1997,2022,
        3,272,136,0,1998,2022,3,274,137,0,1999,2022,3,276,138,0,2000,2001,
        5,60,0,0,2001,2002,5,246,0,0,2002,2003,3,134,67,0,2003,2004,5,247,
        0,0,2004,2022,1,0,0,0,2005,2015,5,246,0,0,2006,2016,3,134,67,0,2007,
        2012,3,230,115,0,2008,2009,5,252,0,0,2009,2011,3,230,115,0,2010,
        2008,1,0,0,0,2011,2014,1,0,0,0,2012,2010,1,0,0,0,2012,2013,1,0,0,
        0,2013,2016,1,0,0,0,2014,2012,1,0,0,0,2015,2006,1,0,0,0,2015,2007,
        1,0,0,0,2016,2017,1,0,0,0,2017,2018,5,247,0,0,2018,2022,1,0,0,0,
        2019,2022,3,278,139,0,2020,2022,3,318,159,0,2021,1990,1,0,0,0,2021,
        1991,1,0,0,0,2021,1992,1,0,0,0,2021,1993,1,0,0,0,2021,1994,1,0,0,
        0,2021,1995,1,0,0,0,2021,1996,1,0,0,0,2021,1997,1,0,0,0,2021,1998,
        1,0,0,0,2021,1999,1,0,0,0,2021,2000,1,0,0,0,2021,2005,1,0,0,0,2021,
        2019,1,0,0,0,2021,2020,1,0,0,0,2022,255,1,0,0,0,2023,2025,5,19,0,
        0,2024,2026,3,230,115,0,2025,2024,1,0,0,0,2025,2026,1,0,0,0,2026,
        2028,1,0,0,0,2027,2029,3,260,130,0,2028,2027,1,0,0,0,2029,2030,1,
        0,0,0,2030,2028,1,0,0,0,2030,2031,1,0,0,0,2031,2033,1,0,0,0,2032,
        2034,3,258,129,0,2033,2032,1,0,0,0,2033,2034,1,0,0,0,2034,2035,1,
        0,0,0,2035,2036,5,54,0,0,2036,257,1,0,0,0,2037,2038,5,53,0,0,2038,
        2039,3,230,115,0,2039,259,1,0,0,0,2040,2041,5,223,0,0,2041,2042,
        3,230,115,0,2042,2043,5,196,0,0,2043,2044,3,230,115,0,2044,261,1,
        0,0,0,2045,2046,7,29,0,0,2046,2047,5,246,0,0,2047,2048,3,230,115,
        0,2048,2049,5,9,0,0,2049,2050,3,304,152,0,2050,2051,5,247,0,0,2051,
        263,1,0,0,0,2052,2053,5,63,0,0,2053,2054,5,246,0,0,2054,2055,3,290,
        145,0,2055,2056,5,72,0,0,2056,2057,3,230,115,0,2057,2058,5,247,0,
        0,2058,265,1,0,0,0,2059,2060,5,153,0,0,2060,2061,5,246,0,0,2061,
        2062,3,246,123,0,2062,2063,5,85,0,0,2063,2066,3,246,123,0,2064,2065,
        5,72,0,0,2065,2067,3,246,123,0,2066,2064,1,0,0,0,2066,2067,1,0,0,
        0,2067,2068,1,0,0,0,2068,2069,5,247,0,0,2069,267,1,0,0,0,2070,2071,
        5,201,0,0,2071,2080,5,246,0,0,2072,2074,7,30,0,0,2073,2075,3,246,
        123,0,2074,2073,1,0,0,0,2074,2075,1,0,0,0,2075,2076,1,0,0,0,2076,
        2081,5,72,0,0,2077,2078,3,246,123,0,2078,2079,5,72,0,0,2079,2081,
        1,0,0,0,2080,2072,1,0,0,0,2080,2077,1,0,0,0,2080,2081,1,0,0,0,2081,
        2082,1,0,0,0,2082,2083,3,246,123,0,2083,2084,5,247,0,0,2084,269,
        1,0,0,0,2085,2086,5,142,0,0,2086,2087,5,246,0,0,2087,2088,3,230,
        115,0,2088,2089,5,151,0,0,2089,2090,3,230,115,0,2090,2091,5,72,0,
        0,2091,2094,3,230,115,0,2092,2093,5,70,0,0,2093,2095,3,230,115,0,
        2094,2092,1,0,0,0,2094,2095,1,0,0,0,2095,2096,1,0,0,0,2096,2097,
        5,247,0,0,2097,271,1,0,0,0,2098,2099,5,188,0,0,2099,2100,5,246,0,
        0,2100,2101,3,230,115,0,2101,2102,7,31,0,0,2102,2105,3,230,115,0,
        2103,2104,7,32,0,0,2104,2106,3,230,115,0,2105,2103,1,0,0,0,2105,
        2106,1,0,0,0,2106,2107,1,0,0,0,2107,2108,5,247,0,0,2108,273,1,0,
        0,0,2109,2110,7,33,0,0,2110,2111,5,246,0,0,2111,2114,3,230,115,0,
        2112,2113,5,199,0,0,2113,2115,3,286,143,0,2114,2112,1,0,0,0,2114,
        2115,1,0,0,0,2115,2116,1,0,0,0,2116,2117,5,247,0,0,2117,275,1,0,
        0,0,2118,2119,7,34,0,0,2119,2128,5,248,0,0,2120,2125,3,230,115,0,
        2121,2122,5,252,0,0,2122,2124,3,230,115,0,2123,2121,1,0,0,0,2124,
        2127,1,0,0,0,2125,2123,1,0,0,0,2125,2126,1,0,0,0,2126,2129,1,0,0,
        0,2127,2125,1,0,0,0,2128,2120,1,0,0,0,2128,2129,1,0,0,0,2129,2130,
        1,0,0,0,2130,2150,5,249,0,0,2131,2132,7,34,0,0,2132,2133,5,246,0,
        0,2133,2134,3,134,67,0,2134,2135,5,247,0,0,2135,2150,1,0,0,0,2136,
        2137,5,172,0,0,2137,2146,5,246,0,0,2138,2143,3,230,115,0,2139,2140,
        5,252,0,0,2140,2142,3,230,115,0,2141,2139,1,0,0,0,2142,2145,1,0,
        0,0,2143,2141,1,0,0,0,2143,2144,1,0,0,0,2144,2147,1,0,0,0,2145,2143,
        1,0,0,0,2146,2138,1,0,0,0,2146,2147,1,0,0,0,2147,2148,1,0,0,0,2148,
        2150,5,247,0,0,2149,2118,1,0,0,0,2149,2131,1,0,0,0,2149,2136,1,0,
        0,0,2150,277,1,0,0,0,2151,2152,3,280,140,0,2152,2165,5,246,0,0,2153,
        2166,5,241,0,0,2154,2156,7,14,0,0,2155,2154,1,0,0,0,2155,2156,1,
        0,0,0,2156,2157,1,0,0,0,2157,2162,3,282,141,0,2158,2159,5,252,0,
        0,2159,2161,3,282,141,0,2160,2158,1,0,0,0,2161,2164,1,0,0,0,2162,
        2160,1,0,0,0,2162,2163,1,0,0,0,2163,2166,1,0,0,0,2164,2162,1,0,0,
        0,2165,2153,1,0,0,0,2165,2155,1,0,0,0,2165,2166,1,0,0,0,2166,2167,
        1,0,0,0,2167,2170,5,247,0,0,2168,2169,7,35,0,0,2169,2171,5,129,0,
        0,2170,2168,1,0,0,0,2170,2171,1,0,0,0,2171,2178,1,0,0,0,2172,2173,
        5,227,0,0,2173,2174,5,77,0,0,2174,2175,5,246,0,0,2175,2176,3,190,
        95,0,2176,2177,5,247,0,0,2177,2179,1,0,0,0,2178,2172,1,0,0,0,2178,
        2179,1,0,0,0,2179,2186,1,0,0,0,2180,2181,5,66,0,0,2181,2182,5,246,
        0,0,2182,2183,5,224,0,0,2183,2184,3,230,115,0,2184,2185,5,247,0,
        0,2185,2187,1,0,0,0,2186,2180,1,0,0,0,2186,2187,1,0,0,0,2187,2196,
        1,0,0,0,2188,2194,5,141,0,0,2189,2195,3,318,159,0,2190,2191,5,246,
        0,0,2191,2192,3,184,92,0,2192,2193,5,247,0,0,2193,2195,1,0,0,0,2194,
        2189,1,0,0,0,2194,2190,1,0,0,0,2195,2197,1,0,0,0,2196,2188,1,0,0,
        0,2196,2197,1,0,0,0,2197,279,1,0,0,0,2198,2209,3,314,157,0,2199,
        2209,5,104,0,0,2200,2209,5,170,0,0,2201,2209,5,229,0,0,2202,2209,
        5,122,0,0,2203,2209,5,41,0,0,2204,2209,5,80,0,0,2205,2209,5,115,
        0,0,2206,2209,5,175,0,0,2207,2209,5,78,0,0,2208,2198,1,0,0,0,2208,
        2199,1,0,0,0,2208,2200,1,0,0,0,2208,2201,1,0,0,0,2208,2202,1,0,0,
        0,2208,2203,1,0,0,0,2208,2204,1,0,0,0,2208,2205,1,0,0,0,2208,2206,
        1,0,0,0,2208,2207,1,0,0,0,2209,281,1,0,0,0,2210,2211,3,318,159,0,
        2211,2212,5,238,0,0,2212,2214,1,0,0,0,2213,2210,1,0,0,0,2213,2214,
        1,0,0,0,2214,2215,1,0,0,0,2215,2216,3,284,142,0,2216,283,1,0,0,0,
        2217,2218,5,193,0,0,2218,2229,3,312,156,0,2219,2220,5,145,0,0,2220,
        2221,5,16,0,0,2221,2226,3,230,115,0,2222,2223,5,252,0,0,2223,2225,
        3,230,115,0,2224,2222,1,0,0,0,2225,2228,1,0,0,0,2226,2224,1,0,0,
        0,2226,2227,1,0,0,0,2227,2230,1,0,0,0,2228,2226,1,0,0,0,2229,2219,
        1,0,0,0,2229,2230,1,0,0,0,2230,2232,1,0,0,0,2231,2233,3,190,95,0,
        2232,2231,1,0,0,0,2232,2233,1,0,0,0,2233,2249,1,0,0,0,2234,2235,
        5,47,0,0,2235,2236,5,246,0,0,2236,2241,3,318,159,0,2237,2238,5,252,
        0,0,2238,2240,3,318,159,0,2239,2237,1,0,0,0,2240,2243,1,0,0,0,2241,
        2239,1,0,0,0,2241,2242,1,0,0,0,2242,2244,1,0,0,0,2243,2241,1,0,0,
        0,2244,2245,5,247,0,0,2245,2249,1,0,0,0,2246,2249,3,288,144,0,2247,
        2249,3,230,115,0,2248,2217,1,0,0,0,2248,2234,1,0,0,0,2248,2246,1,
        0,0,0,2248,2247,1,0,0,0,2249,285,1,0,0,0,2250,2251,7,36,0,0,2251,
        287,1,0,0,0,2252,2253,7,37,0,0,2253,289,1,0,0,0,2254,2257,3,286,
        143,0,2255,2257,5,264,0,0,2256,2254,1,0,0,0,2256,2255,1,0,0,0,2257,
        291,1,0,0,0,2258,2273,5,128,0,0,2259,2273,5,202,0,0,2260,2273,5,
        64,0,0,2261,2273,5,207,0,0,2262,2273,3,294,147,0,2263,2273,3,296,
        148,0,2264,2273,5,260,0,0,2265,2266,5,40,0,0,2266,2273,5,258,0,0,
        2267,2268,5,197,0,0,2268,2273,5,258,0,0,2269,2270,5,198,0,0,2270,
        2273,5,258,0,0,2271,2273,3,298,149,0,2272,2258,1,0,0,0,2272,2259,
        1,0,0,0,2272,2260,1,0,0,0,2272,2261,1,0,0,0,2272,2262,1,0,0,0,2272,
        2263,1,0,0,0,2272,2264,1,0,0,0,2272,2265,1,0,0,0,2272,2267,1,0,0,
        0,2272,2269,1,0,0,0,2272,2271,1,0,0,0,2273,293,1,0,0,0,2274,2275,
        7,38,0,0,2275,295,1,0,0,0,2276,2280,7,39,0,0,2277,2279,5,258,0,0,
        2278,2277,1,0,0,0,2279,2282,1,0,0,0,2280,2278,1,0,0,0,2280,2281,
        1,0,0,0,2281,297,1,0,0,0,2282,2280,1,0,0,0,2283,2285,5,91,0,0,2284,
        2286,7,5,0,0,2285,2284,1,0,0,0,2285,2286,1,0,0,0,2286,2289,1,0,0,
        0,2287,2290,5,258,0,0,2288,2290,3,294,147,0,2289,2287,1,0,0,0,2289,
        2288,1,0,0,0,2290,2291,1,0,0,0,2291,2292,3,300,150,0,2292,299,1,
        0,0,0,2293,2295,3,286,143,0,2294,2296,3,302,151,0,2295,2294,1,0,
        0,0,2295,2296,1,0,0,0,2296,2302,1,0,0,0,2297,2298,5,199,0,0,2298,
        2300,3,286,143,0,2299,2301,3,302,151,0,2300,2299,1,0,0,0,2300,2301,
        1,0,0,0,2301,2303,1,0,0,0,2302,2297,1,0,0,0,2302,2303,1,0,0,0,2303,
        301,1,0,0,0,2304,2305,5,246,0,0,2305,2308,5,261,0,0,2306,2307,5,
        252,0,0,2307,2309,5,261,0,0,2308,2306,1,0,0,0,2308,2309,1,0,0,0,
        2309,2310,1,0,0,0,2310,2311,5,247,0,0,2311,303,1,0,0,0,2312,2314,
        3,308,154,0,2313,2315,3,306,153,0,2314,2313,1,0,0,0,2314,2315,1,
        0,0,0,2315,2322,1,0,0,0,2316,2318,7,40,0,0,2317,2319,3,306,153,0,
        2318,2317,1,0,0,0,2318,2319,1,0,0,0,2319,2321,1,0,0,0,2320,2316,
        1,0,0,0,2321,2324,1,0,0,0,2322,2320,1,0,0,0,2322,2323,1,0,0,0,2323,
        305,1,0,0,0,2324,2322,1,0,0,0,2325,2326,5,127,0,0,2326,2329,5,128,
        0,0,2327,2329,5,128,0,0,2328,2325,1,0,0,0,2328,2327,1,0,0,0,2329,
        307,1,0,0,0,2330,2355,5,172,0,0,2331,2340,5,234,0,0,2332,2337,3,
        310,155,0,2333,2334,5,252,0,0,2334,2336,3,310,155,0,2335,2333,1,
        0,0,0,2336,2339,1,0,0,0,2337,2335,1,0,0,0,2337,2338,1,0,0,0,2338,
        2341,1,0,0,0,2339,2337,1,0,0,0,2340,2332,1,0,0,0,2340,2341,1,0,0,
        0,2341,2342,1,0,0,0,2342,2356,5,236,0,0,2343,2352,5,246,0,0,2344,
        2349,3,310,155,0,2345,2346,5,252,0,0,2346,2348,3,310,155,0,2347,
        2345,1,0,0,0,2348,2351,1,0,0,0,2349,2347,1,0,0,0,2349,2350,1,0,0,
        0,2350,2353,1,0,0,0,2351,2349,1,0,0,0,2352,2344,1,0,0,0,2352,2353,
        1,0,0,0,2353,2354,1,0,0,0,2354,2356,5,247,0,0,2355,2331,1,0,0,0,
        2355,2343,1,0,0,0,2356,2416,1,0,0,0,2357,2358,5,8,0,0,2358,2359,
        5,234,0,0,2359,2360,3,304,152,0,2360,2361,5,236,0,0,2361,2416,1,
        0,0,0,2362,2363,5,124,0,0,2363,2364,5,234,0,0,2364,2365,3,304,152,
        0,2365,2366,5,236,0,0,2366,2416,1,0,0,0,2367,2368,5,109,0,0,2368,
        2369,5,234,0,0,2369,2370,3,304,152,0,2370,2371,5,252,0,0,2371,2372,
        3,304,152,0,2372,2373,5,236,0,0,2373,2416,1,0,0,0,2374,2376,5,198,
        0,0,2375,2377,3,302,151,0,2376,2375,1,0,0,0,2376,2377,1,0,0,0,2377,
        2384,1,0,0,0,2378,2380,7,41,0,0,2379,2381,5,108,0,0,2380,2379,1,
        0,0,0,2380,2381,1,0,0,0,2381,2382,1,0,0,0,2382,2383,5,197,0,0,2383,
        2385,5,231,0,0,2384,2378,1,0,0,0,2384,2385,1,0,0,0,2385,2416,1,0,
        0,0,2386,2388,5,197,0,0,2387,2389,3,302,151,0,2388,2387,1,0,0,0,
        2388,2389,1,0,0,0,2389,2393,1,0,0,0,2390,2391,5,228,0,0,2391,2392,
        5,197,0,0,2392,2394,5,231,0,0,2393,2390,1,0,0,0,2393,2394,1,0,0,
        0,2394,2416,1,0,0,0,2395,2416,5,40,0,0,2396,2397,5,91,0,0,2397,2416,
        3,300,150,0,2398,2399,5,160,0,0,2399,2400,5,246,0,0,2400,2403,3,
        296,148,0,2401,2402,5,252,0,0,2402,2404,3,296,148,0,2403,2401,1,
        0,0,0,2403,2404,1,0,0,0,2404,2405,1,0,0,0,2405,2406,5,247,0,0,2406,
        2416,1,0,0,0,2407,2416,5,128,0,0,2408,2410,3,318,159,0,2409,2411,
        7,42,0,0,2410,2409,1,0,0,0,2410,2411,1,0,0,0,2411,2413,1,0,0,0,2412,
        2414,3,302,151,0,2413,2412,1,0,0,0,2413,2414,1,0,0,0,2414,2416,1,
        0,0,0,2415,2330,1,0,0,0,2415,2357,1,0,0,0,2415,2362,1,0,0,0,2415,
        2367,1,0,0,0,2415,2374,1,0,0,0,2415,2386,1,0,0,0,2415,2395,1,0,0,
        0,2415,2396,1,0,0,0,2415,2398,1,0,0,0,2415,2407,1,0,0,0,2415,2408,
        1,0,0,0,2416,309,1,0,0,0,2417,2418,3,318,159,0,2418,2420,3,304,152,
        0,2419,2421,3,296,148,0,2420,2419,1,0,0,0,2420,2421,1,0,0,0,2421,
        311,1,0,0,0,2422,2427,3,318,159,0,2423,2424,5,253,0,0,2424,2426,
        3,318,159,0,2425,2423,1,0,0,0,2426,2429,1,0,0,0,2427,2425,1,0,0,
        0,2427,2428,1,0,0,0,2428,313,1,0,0,0,2429,2427,1,0,0,0,2430,2435,
        3,318,159,0,2431,2432,5,253,0,0,2432,2434,3,318,159,0,2433,2431,
        1,0,0,0,2434,2437,1,0,0,0,2435,2433,1,0,0,0,2435,2436,1,0,0,0,2436,
        315,1,0,0,0,2437,2435,1,0,0,0,2438,2439,5,246,0,0,2439,2444,3,318,
        159,0,2440,2441,5,252,0,0,2441,2443,3,318,159,0,2442,2440,1,0,0,
        0,2443,2446,1,0,0,0,2444,2442,1,0,0,0,2444,2445,1,0,0,0,2445,2447,
        1,0,0,0,2446,2444,1,0,0,0,2447,2448,5,247,0,0,2448,317,1,0,0,0,2449,
        2453,5,264,0,0,2450,2453,5,265,0,0,2451,2453,3,320,160,0,2452,2449,
        1,0,0,0,2452,2450,1,0,0,0,2452,2451,1,0,0,0,2453,319,1,0,0,0,2454,
        2455,7,43,0,0,2455,321,1,0,0,0,336,324,354,362,365,368,380,393,397,
        409,412,425,427,435,440,447,452,458,461,465,470,473,481,486,500,
        503,514,517,520,526,530,534,537,541,545,548,554,558,561,568,575,
        578,582,592,597,606,611,614,617,621,625,629,632,637,646,651,654,
        657,660,663,666,669,674,677,686,691,694,697,700,703,706,710,730,
        736,745,748,750,753,755,758,762,777,789,795,801,813,817,830,841,
        844,854,861,864,870,873,882,891,903,907,914,918,928,932,942,949,
        957,960,971,981,988,998,1002,1004,1006,1009,1013,1017,1021,1032,
        1037,1041,1045,1051,1057,1063,1068,1073,1077,1088,1092,1096,1099,
        1103,1107,1118,1133,1140,1145,1148,1153,1156,1158,1173,1176,1183,
        1186,1190,1202,1213,1217,1223,1234,1238,1252,1265,1268,1270,1277,
        1281,1290,1298,1301,1305,1308,1311,1314,1322,1327,1340,1345,1350,
        1355,1366,1374,1379,1382,1389,1394,1397,1400,1403,1406,1421,1424,
        1426,1433,1440,1447,1450,1455,1457,1462,1464,1470,1474,1477,1481,
        1484,1496,1510,1516,1522,1526,1535,1539,1548,1559,1571,1579,1587,
        1597,1606,1609,1612,1615,1624,1633,1642,1647,1651,1656,1661,1666,
        1680,1683,1686,1694,1697,1700,1703,1711,1719,1722,1730,1747,1760,
        1763,1770,1776,1780,1787,1794,1798,1800,1803,1806,1816,1828,1833,
        1845,1848,1851,1856,1867,1875,1881,1887,1897,1901,1910,1913,1917,
        1931,1934,1942,1947,1949,1951,1962,1970,1976,1985,1987,2012,2015,
        2021,2025,2030,2033,2066,2074,2080,2094,2105,2114,2125,2128,2143,
        2146,2149,2155,2162,2165,2170,2178,2186,2194,2196,2208,2213,2226,
        2229,2232,2241,2248,2256,2272,2280,2285,2289,2295,2300,2302,2308,
        2314,2318,2322,2328,2337,2340,2349,2352,2355,2376,2380,2384,2388,
        2393,2403,2410,2413,2415,2420,2427,2435,2444,2452
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
    public additiveExpression(): AdditiveExpressionContext[];
    public additiveExpression(i: number): AdditiveExpressionContext | null;
    public additiveExpression(i?: number): AdditiveExpressionContext[] | AdditiveExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(AdditiveExpressionContext);
        }

        return this.getRuleContext(i, AdditiveExpressionContext);
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
    public NOT(): antlr.TerminalNode | null {
        return this.getToken(FlinkSqlParser.NOT, 0);
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
