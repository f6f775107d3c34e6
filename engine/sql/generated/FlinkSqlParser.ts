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
    public static readonly RULE_timeUnit = 136;
    public static readonly RULE_callTimeUnit = 137;
    public static readonly RULE_extractUnit = 138;
    public static readonly RULE_literal = 139;
    public static readonly RULE_number = 140;
    public static readonly RULE_stringLiteral = 141;
    public static readonly RULE_intervalLiteral = 142;
    public static readonly RULE_intervalQualifier = 143;
    public static readonly RULE_precisionSpec = 144;
    public static readonly RULE_dataType = 145;
    public static readonly RULE_nullability = 146;
    public static readonly RULE_typeCore = 147;
    public static readonly RULE_rowField = 148;
    public static readonly RULE_tablePath = 149;
    public static readonly RULE_qualifiedName = 150;
    public static readonly RULE_columnNameList = 151;
    public static readonly RULE_identifier = 152;
    public static readonly RULE_nonReservedKeyword = 153;

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
        "hintItem", "hintOption", "hintValue", "expression", "predicateSuffix", 
        "negation", "comparisonOperator", "valueExpression", "primaryExpression", 
        "caseExpression", "elseClause", "whenClause", "castExpression", 
        "extractExpression", "positionExpression", "trimExpression", "overlayExpression", 
        "substringExpression", "floorCeilExpression", "constructorExpression", 
        "functionCall", "functionName", "callArgument", "callArgumentValue", 
        "timeUnit", "callTimeUnit", "extractUnit", "literal", "number", 
        "stringLiteral", "intervalLiteral", "intervalQualifier", "precisionSpec", 
        "dataType", "nullability", "typeCore", "rowField", "tablePath", 
        "qualifiedName", "columnNameList", "identifier", "nonReservedKeyword",
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
            this.state = 308;
            this.statement();
            this.state = 310;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 254) {
                {
                this.state = 309;
                this.match(FlinkSqlParser.SEMICOLON);
                }
            }

            this.state = 312;
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
            this.state = 340;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 314;
                this.queryStatement();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 315;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.EXPLAIN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 316;
                this.explainStatement();
                }
                break;
            case FlinkSqlParser.EXECUTE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 317;
                this.executeStatement();
                }
                break;
            case FlinkSqlParser.COMPILE:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 318;
                this.compileStatement();
                }
                break;
            case FlinkSqlParser.STATEMENT:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 319;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.BEGIN:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 320;
                this.beginStatementSet();
                }
                break;
            case FlinkSqlParser.END:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 321;
                this.endStatementSet();
                }
                break;
            case FlinkSqlParser.CREATE:
            case FlinkSqlParser.REPLACE:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 322;
                this.createStatement();
                }
                break;
            case FlinkSqlParser.ALTER:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 323;
                this.alterStatement();
                }
                break;
            case FlinkSqlParser.DROP:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 324;
                this.dropStatement();
                }
                break;
            case FlinkSqlParser.SHOW:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 325;
                this.showStatement();
                }
                break;
            case FlinkSqlParser.DESC:
            case FlinkSqlParser.DESCRIBE:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 326;
                this.describeStatement();
                }
                break;
            case FlinkSqlParser.USE:
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 327;
                this.useStatement();
                }
                break;
            case FlinkSqlParser.LOAD:
                this.enterOuterAlt(localContext, 15);
                {
                this.state = 328;
                this.loadModule();
                }
                break;
            case FlinkSqlParser.UNLOAD:
                this.enterOuterAlt(localContext, 16);
                {
                this.state = 329;
                this.unloadModule();
                }
                break;
            case FlinkSqlParser.SET:
                this.enterOuterAlt(localContext, 17);
                {
                this.state = 330;
                this.setStatement();
                }
                break;
            case FlinkSqlParser.RESET:
                this.enterOuterAlt(localContext, 18);
                {
                this.state = 331;
                this.resetStatement();
                }
                break;
            case FlinkSqlParser.ADD:
                this.enterOuterAlt(localContext, 19);
                {
                this.state = 332;
                this.addJar();
                }
                break;
            case FlinkSqlParser.REMOVE:
                this.enterOuterAlt(localContext, 20);
                {
                this.state = 333;
                this.removeJar();
                }
                break;
            case FlinkSqlParser.ANALYZE:
                this.enterOuterAlt(localContext, 21);
                {
                this.state = 334;
                this.analyzeTable();
                }
                break;
            case FlinkSqlParser.STOP:
                this.enterOuterAlt(localContext, 22);
                {
                this.state = 335;
                this.stopJob();
                }
                break;
            case FlinkSqlParser.TRUNCATE:
                this.enterOuterAlt(localContext, 23);
                {
                this.state = 336;
                this.truncateTable();
                }
                break;
            case FlinkSqlParser.DELETE:
                this.enterOuterAlt(localContext, 24);
                {
                this.state = 337;
                this.deleteStatement();
                }
                break;
            case FlinkSqlParser.UPDATE:
                this.enterOuterAlt(localContext, 25);
                {
                this.state = 338;
                this.updateStatement();
                }
                break;
            case FlinkSqlParser.CALL:
                this.enterOuterAlt(localContext, 26);
                {
                this.state = 339;
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
            this.state = 342;
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
            this.state = 344;
            _la = this.tokenStream.LA(1);
            if(!(_la === 89 || _la === 211)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 345;
            _la = this.tokenStream.LA(1);
            if(!(_la === 92 || _la === 143)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 346;
            this.tablePath();
            this.state = 348;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 266) {
                {
                this.state = 347;
                this.hint();
                }
            }

            this.state = 351;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 350;
                this.partitionSpec();
                }
            }

            this.state = 354;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 4, this.context) ) {
            case 1:
                {
                this.state = 353;
                this.columnNameList();
                }
                break;
            }
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
    public statementSetBlock(): StatementSetBlockContext {
        let localContext = new StatementSetBlockContext(this.context, this.state);
        this.enterRule(localContext, 8, FlinkSqlParser.RULE_statementSetBlock);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 358;
            this.match(FlinkSqlParser.STATEMENT);
            this.state = 359;
            this.match(FlinkSqlParser.SET);
            this.state = 360;
            this.match(FlinkSqlParser.BEGIN);
            this.state = 364;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 361;
                this.insertStatement();
                this.state = 362;
                this.match(FlinkSqlParser.SEMICOLON);
                }
                }
                this.state = 366;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            } while (_la === 89 || _la === 211);
            this.state = 368;
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
            this.state = 370;
            this.match(FlinkSqlParser.BEGIN);
            this.state = 371;
            this.match(FlinkSqlParser.STATEMENT);
            this.state = 372;
            this.match(FlinkSqlParser.SET);
            this.state = 383;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 7, this.context) ) {
            case 1:
                {
                this.state = 373;
                this.match(FlinkSqlParser.SEMICOLON);
                this.state = 379;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 89 || _la === 211) {
                    {
                    {
                    this.state = 374;
                    this.insertStatement();
                    this.state = 375;
                    this.match(FlinkSqlParser.SEMICOLON);
                    }
                    }
                    this.state = 381;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 382;
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
            this.state = 385;
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
            this.state = 387;
            this.match(FlinkSqlParser.EXPLAIN);
            this.state = 398;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 9, this.context) ) {
            case 1:
                {
                this.state = 388;
                this.match(FlinkSqlParser.PLAN);
                this.state = 389;
                this.match(FlinkSqlParser.FOR);
                }
                break;
            case 2:
                {
                this.state = 390;
                this.explainDetail();
                this.state = 395;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 391;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 392;
                    this.explainDetail();
                    }
                    }
                    this.state = 397;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            }
            this.state = 400;
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
            this.state = 402;
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
            this.state = 413;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 404;
                this.query();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 405;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.STATEMENT:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 406;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.EXECUTE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 407;
                this.match(FlinkSqlParser.EXECUTE);
                this.state = 411;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.STATEMENT:
                    {
                    this.state = 408;
                    this.statementSetBlock();
                    }
                    break;
                case FlinkSqlParser.INSERT:
                case FlinkSqlParser.UPSERT:
                    {
                    this.state = 409;
                    this.insertStatement();
                    }
                    break;
                case FlinkSqlParser.SELECT:
                case FlinkSqlParser.TABLE:
                case FlinkSqlParser.VALUES:
                case FlinkSqlParser.WITH:
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 410;
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
            this.state = 415;
            this.match(FlinkSqlParser.EXECUTE);
            this.state = 421;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STATEMENT:
                {
                this.state = 416;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                {
                this.state = 417;
                this.insertStatement();
                }
                break;
            case FlinkSqlParser.SELECT:
            case FlinkSqlParser.TABLE:
            case FlinkSqlParser.VALUES:
            case FlinkSqlParser.WITH:
            case FlinkSqlParser.LPAREN:
                {
                this.state = 418;
                this.query();
                }
                break;
            case FlinkSqlParser.PLAN:
                {
                this.state = 419;
                this.match(FlinkSqlParser.PLAN);
                this.state = 420;
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
            this.state = 423;
            this.match(FlinkSqlParser.COMPILE);
            this.state = 426;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 6) {
                {
                this.state = 424;
                this.match(FlinkSqlParser.AND);
                this.state = 425;
                this.match(FlinkSqlParser.EXECUTE);
                }
            }

            this.state = 428;
            this.match(FlinkSqlParser.PLAN);
            this.state = 429;
            this.stringLiteral();
            this.state = 433;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 82) {
                {
                this.state = 430;
                this.match(FlinkSqlParser.IF);
                this.state = 431;
                this.match(FlinkSqlParser.NOT);
                this.state = 432;
                this.match(FlinkSqlParser.EXISTS);
                }
            }

            this.state = 435;
            this.match(FlinkSqlParser.FOR);
            this.state = 438;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STATEMENT:
                {
                this.state = 436;
                this.statementSetBlock();
                }
                break;
            case FlinkSqlParser.INSERT:
            case FlinkSqlParser.UPSERT:
                {
                this.state = 437;
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
            this.state = 440;
            this.match(FlinkSqlParser.DELETE);
            this.state = 441;
            this.match(FlinkSqlParser.FROM);
            this.state = 442;
            this.tablePath();
            this.state = 447;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 444;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 443;
                    this.match(FlinkSqlParser.AS);
                    }
                }

                this.state = 446;
                this.identifier();
                }
            }

            this.state = 451;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 224) {
                {
                this.state = 449;
                this.match(FlinkSqlParser.WHERE);
                this.state = 450;
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
            this.state = 453;
            this.match(FlinkSqlParser.UPDATE);
            this.state = 454;
            this.tablePath();
            this.state = 459;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 456;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 455;
                    this.match(FlinkSqlParser.AS);
                    }
                }

                this.state = 458;
                this.identifier();
                }
            }

            this.state = 461;
            this.match(FlinkSqlParser.SET);
            this.state = 462;
            this.assignment();
            this.state = 467;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 463;
                this.match(FlinkSqlParser.COMMA);
                this.state = 464;
                this.assignment();
                }
                }
                this.state = 469;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 472;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 224) {
                {
                this.state = 470;
                this.match(FlinkSqlParser.WHERE);
                this.state = 471;
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
            this.state = 474;
            this.identifier();
            this.state = 475;
            this.match(FlinkSqlParser.EQ);
            this.state = 476;
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
            this.state = 478;
            this.match(FlinkSqlParser.CALL);
            this.state = 479;
            this.qualifiedName();
            this.state = 480;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 489;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1912262335) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                {
                this.state = 481;
                this.callArgument();
                this.state = 486;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 482;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 483;
                    this.callArgument();
                    }
                    }
                    this.state = 488;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 491;
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
            this.state = 493;
            this.match(FlinkSqlParser.TRUNCATE);
            this.state = 494;
            this.match(FlinkSqlParser.TABLE);
            this.state = 495;
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
            this.state = 512;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CREATE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 497;
                this.match(FlinkSqlParser.CREATE);
                this.state = 500;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 136) {
                    {
                    this.state = 498;
                    this.match(FlinkSqlParser.OR);
                    this.state = 499;
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

                this.state = 503;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 195) {
                    {
                    this.state = 502;
                    this.match(FlinkSqlParser.TEMPORARY);
                    }
                }

                this.state = 506;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 191) {
                    {
                    this.state = 505;
                    this.match(FlinkSqlParser.SYSTEM);
                    }
                }

                this.state = 508;
                this.createBody();
                }
                break;
            case FlinkSqlParser.REPLACE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 509;
                this.match(FlinkSqlParser.REPLACE);
                this.state = 510;
                this.match(FlinkSqlParser.TABLE);
                this.state = 511;
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
            this.state = 660;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 514;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 516;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 29, this.context) ) {
                case 1:
                    {
                    this.state = 515;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 518;
                this.identifier();
                this.state = 520;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 519;
                    this.commentClause();
                    }
                }

                this.state = 523;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 522;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 525;
                this.match(FlinkSqlParser.DATABASE);
                this.state = 527;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 32, this.context) ) {
                case 1:
                    {
                    this.state = 526;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 529;
                this.tablePath();
                this.state = 531;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 530;
                    this.commentClause();
                    }
                }

                this.state = 534;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 533;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 536;
                this.match(FlinkSqlParser.TABLE);
                this.state = 537;
                this.createTableBody();
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 538;
                this.match(FlinkSqlParser.VIEW);
                this.state = 540;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 35, this.context) ) {
                case 1:
                    {
                    this.state = 539;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 542;
                this.tablePath();
                this.state = 544;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 543;
                    this.columnNameList();
                    }
                }

                this.state = 547;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 546;
                    this.commentClause();
                    }
                }

                this.state = 549;
                this.match(FlinkSqlParser.AS);
                this.state = 550;
                this.query();
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 552;
                this.match(FlinkSqlParser.FUNCTION);
                this.state = 554;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 38, this.context) ) {
                case 1:
                    {
                    this.state = 553;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 556;
                this.tablePath();
                this.state = 557;
                this.match(FlinkSqlParser.AS);
                this.state = 558;
                this.stringLiteral();
                this.state = 561;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 100) {
                    {
                    this.state = 559;
                    this.match(FlinkSqlParser.LANGUAGE);
                    this.state = 560;
                    this.identifier();
                    }
                }

                this.state = 564;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 214) {
                    {
                    this.state = 563;
                    this.usingJars();
                    }
                }

                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 566;
                this.match(FlinkSqlParser.MODEL);
                this.state = 568;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 41, this.context) ) {
                case 1:
                    {
                    this.state = 567;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 570;
                this.tablePath();
                this.state = 583;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 88) {
                    {
                    this.state = 571;
                    this.match(FlinkSqlParser.INPUT);
                    this.state = 572;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 573;
                    this.columnDefinition();
                    this.state = 578;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 574;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 575;
                        this.columnDefinition();
                        }
                        }
                        this.state = 580;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 581;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 597;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 140) {
                    {
                    this.state = 585;
                    this.match(FlinkSqlParser.OUTPUT);
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

                this.state = 600;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 599;
                    this.commentClause();
                    }
                }

                this.state = 603;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 602;
                    this.withOptions();
                    }
                }

                this.state = 607;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 605;
                    this.match(FlinkSqlParser.AS);
                    this.state = 606;
                    this.query();
                    }
                }

                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 609;
                this.match(FlinkSqlParser.CONNECTION);
                this.state = 611;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 49, this.context) ) {
                case 1:
                    {
                    this.state = 610;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 613;
                this.tablePath();
                this.state = 615;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 614;
                    this.commentClause();
                    }
                }

                this.state = 618;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 617;
                    this.withOptions();
                    }
                }

                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 620;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 621;
                this.match(FlinkSqlParser.TABLE);
                this.state = 623;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 52, this.context) ) {
                case 1:
                    {
                    this.state = 622;
                    this.ifNotExists();
                    }
                    break;
                }
                this.state = 625;
                this.tablePath();
                this.state = 637;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 626;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 627;
                    this.tableElement();
                    this.state = 632;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 628;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 629;
                        this.tableElement();
                        }
                        }
                        this.state = 634;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 635;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                }

                this.state = 640;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 639;
                    this.commentClause();
                    }
                }

                this.state = 643;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 49) {
                    {
                    this.state = 642;
                    this.distribution();
                    }
                }

                this.state = 646;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 146) {
                    {
                    this.state = 645;
                    this.partitionedBy();
                    }
                }

                this.state = 649;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 648;
                    this.withOptions();
                    }
                }

                this.state = 652;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 71) {
                    {
                    this.state = 651;
                    this.freshness();
                    }
                }

                this.state = 655;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 162) {
                    {
                    this.state = 654;
                    this.refreshMode();
                    }
                }

                this.state = 657;
                this.match(FlinkSqlParser.AS);
                this.state = 658;
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
            this.state = 663;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 62, this.context) ) {
            case 1:
                {
                this.state = 662;
                this.ifNotExists();
                }
                break;
            }
            this.state = 665;
            this.tablePath();
            this.state = 677;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 666;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 667;
                this.tableElement();
                this.state = 672;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 668;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 669;
                    this.tableElement();
                    }
                    }
                    this.state = 674;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 675;
                this.match(FlinkSqlParser.RPAREN);
                }
            }

            this.state = 680;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 27) {
                {
                this.state = 679;
                this.commentClause();
                }
            }

            this.state = 683;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 49) {
                {
                this.state = 682;
                this.distribution();
                }
            }

            this.state = 686;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 146) {
                {
                this.state = 685;
                this.partitionedBy();
                }
            }

            this.state = 689;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 688;
                this.withOptions();
                }
            }

            this.state = 692;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 105) {
                {
                this.state = 691;
                this.likeClause();
                }
            }

            this.state = 696;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 694;
                this.match(FlinkSqlParser.AS);
                this.state = 695;
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
            this.state = 698;
            this.match(FlinkSqlParser.IF);
            this.state = 699;
            this.match(FlinkSqlParser.NOT);
            this.state = 700;
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
            this.state = 702;
            this.match(FlinkSqlParser.IF);
            this.state = 703;
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
            this.state = 705;
            this.match(FlinkSqlParser.COMMENT);
            this.state = 706;
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
            this.state = 708;
            this.match(FlinkSqlParser.USING);
            this.state = 709;
            this.match(FlinkSqlParser.JAR);
            this.state = 710;
            this.stringLiteral();
            this.state = 716;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 711;
                this.match(FlinkSqlParser.COMMA);
                this.state = 712;
                this.match(FlinkSqlParser.JAR);
                this.state = 713;
                this.stringLiteral();
                }
                }
                this.state = 718;
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
            this.state = 722;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 72, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 719;
                this.columnDefinition();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 720;
                this.watermarkDefinition();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 721;
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
            this.state = 724;
            this.identifier();
            this.state = 741;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.AS:
                {
                this.state = 725;
                this.match(FlinkSqlParser.AS);
                this.state = 726;
                this.expression(0);
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
                this.state = 727;
                this.dataType();
                this.state = 736;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 114) {
                    {
                    this.state = 728;
                    this.match(FlinkSqlParser.METADATA);
                    this.state = 731;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 72) {
                        {
                        this.state = 729;
                        this.match(FlinkSqlParser.FROM);
                        this.state = 730;
                        this.stringLiteral();
                        }
                    }

                    this.state = 734;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 219) {
                        {
                        this.state = 733;
                        this.match(FlinkSqlParser.VIRTUAL);
                        }
                    }

                    }
                }

                this.state = 739;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 32 || _la === 156) {
                    {
                    this.state = 738;
                    this.columnConstraint();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 744;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 27) {
                {
                this.state = 743;
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
            this.state = 748;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 32) {
                {
                this.state = 746;
                this.match(FlinkSqlParser.CONSTRAINT);
                this.state = 747;
                this.identifier();
                }
            }

            this.state = 750;
            this.match(FlinkSqlParser.PRIMARY);
            this.state = 751;
            this.match(FlinkSqlParser.KEY);
            this.state = 752;
            this.match(FlinkSqlParser.NOT);
            this.state = 753;
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
            this.state = 755;
            this.match(FlinkSqlParser.WATERMARK);
            this.state = 756;
            this.match(FlinkSqlParser.FOR);
            this.state = 757;
            this.qualifiedName();
            this.state = 758;
            this.match(FlinkSqlParser.AS);
            this.state = 759;
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
            this.state = 763;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 32) {
                {
                this.state = 761;
                this.match(FlinkSqlParser.CONSTRAINT);
                this.state = 762;
                this.identifier();
                }
            }

            this.state = 765;
            this.match(FlinkSqlParser.PRIMARY);
            this.state = 766;
            this.match(FlinkSqlParser.KEY);
            this.state = 767;
            this.columnNameList();
            this.state = 768;
            this.match(FlinkSqlParser.NOT);
            this.state = 769;
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
            this.state = 787;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 83, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 771;
                this.match(FlinkSqlParser.DISTRIBUTED);
                this.state = 772;
                this.match(FlinkSqlParser.BY);
                this.state = 775;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RANGE:
                    {
                    this.state = 773;
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
                    this.state = 774;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    break;
                default:
                    break;
                }
                this.state = 777;
                this.columnNameList();
                this.state = 781;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 92) {
                    {
                    this.state = 778;
                    this.match(FlinkSqlParser.INTO);
                    this.state = 779;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    this.state = 780;
                    this.match(FlinkSqlParser.BUCKETS);
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 783;
                this.match(FlinkSqlParser.DISTRIBUTED);
                this.state = 784;
                this.match(FlinkSqlParser.INTO);
                this.state = 785;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                this.state = 786;
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
            this.state = 789;
            this.match(FlinkSqlParser.PARTITIONED);
            this.state = 790;
            this.match(FlinkSqlParser.BY);
            this.state = 791;
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
            this.state = 793;
            this.match(FlinkSqlParser.LIKE);
            this.state = 794;
            this.tablePath();
            this.state = 803;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 795;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 799;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 58 || _la === 86 || _la === 144) {
                    {
                    {
                    this.state = 796;
                    this.likeOption();
                    }
                    }
                    this.state = 801;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 802;
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
            this.state = 805;
            _la = this.tokenStream.LA(1);
            if(!(_la === 58 || _la === 86 || _la === 144)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 806;
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
            this.state = 808;
            this.match(FlinkSqlParser.FRESHNESS);
            this.state = 809;
            this.match(FlinkSqlParser.EQ);
            this.state = 810;
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
            this.state = 812;
            this.match(FlinkSqlParser.REFRESH_MODE);
            this.state = 813;
            this.match(FlinkSqlParser.EQ);
            this.state = 816;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.FULL:
                {
                this.state = 814;
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
                this.state = 815;
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
            this.state = 818;
            this.match(FlinkSqlParser.WITH);
            this.state = 819;
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
            this.state = 821;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 830;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 822;
                this.property();
                this.state = 827;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 823;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 824;
                    this.property();
                    }
                    }
                    this.state = 829;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 832;
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
            this.state = 834;
            this.propertyKey();
            this.state = 835;
            this.match(FlinkSqlParser.EQ);
            this.state = 836;
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
            this.state = 840;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 838;
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
                this.state = 839;
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
            this.state = 847;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 842;
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
                this.state = 843;
                this.signedNumber();
                }
                break;
            case FlinkSqlParser.TRUE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 844;
                this.match(FlinkSqlParser.TRUE);
                }
                break;
            case FlinkSqlParser.FALSE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 845;
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
                this.state = 846;
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
            this.state = 850;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 239 || _la === 240) {
                {
                this.state = 849;
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

            this.state = 852;
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
            this.state = 854;
            this.match(FlinkSqlParser.ALTER);
            this.state = 856;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 195) {
                {
                this.state = 855;
                this.match(FlinkSqlParser.TEMPORARY);
                }
            }

            this.state = 859;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 191) {
                {
                this.state = 858;
                this.match(FlinkSqlParser.SYSTEM);
                }
            }

            this.state = 935;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                {
                this.state = 861;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 862;
                this.identifier();
                this.state = 868;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.SET:
                    {
                    this.state = 863;
                    this.match(FlinkSqlParser.SET);
                    this.state = 864;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 865;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 866;
                    this.keyList();
                    }
                    break;
                case FlinkSqlParser.COMMENT:
                    {
                    this.state = 867;
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
                this.state = 870;
                this.match(FlinkSqlParser.DATABASE);
                this.state = 871;
                this.tablePath();
                this.state = 872;
                this.match(FlinkSqlParser.SET);
                this.state = 873;
                this.propertyList();
                }
                break;
            case FlinkSqlParser.TABLE:
                {
                this.state = 875;
                this.match(FlinkSqlParser.TABLE);
                this.state = 877;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 95, this.context) ) {
                case 1:
                    {
                    this.state = 876;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 879;
                this.tablePath();
                this.state = 880;
                this.alterTableAction();
                }
                break;
            case FlinkSqlParser.VIEW:
                {
                this.state = 882;
                this.match(FlinkSqlParser.VIEW);
                this.state = 883;
                this.tablePath();
                this.state = 889;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 884;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 885;
                    this.match(FlinkSqlParser.TO);
                    this.state = 886;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.AS:
                    {
                    this.state = 887;
                    this.match(FlinkSqlParser.AS);
                    this.state = 888;
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
                this.state = 891;
                this.match(FlinkSqlParser.FUNCTION);
                this.state = 893;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 97, this.context) ) {
                case 1:
                    {
                    this.state = 892;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 895;
                this.tablePath();
                this.state = 896;
                this.match(FlinkSqlParser.AS);
                this.state = 897;
                this.stringLiteral();
                this.state = 900;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 100) {
                    {
                    this.state = 898;
                    this.match(FlinkSqlParser.LANGUAGE);
                    this.state = 899;
                    this.identifier();
                    }
                }

                }
                break;
            case FlinkSqlParser.MODEL:
                {
                this.state = 902;
                this.match(FlinkSqlParser.MODEL);
                this.state = 904;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 99, this.context) ) {
                case 1:
                    {
                    this.state = 903;
                    this.ifExists();
                    }
                    break;
                }
                this.state = 906;
                this.tablePath();
                this.state = 914;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RENAME:
                    {
                    this.state = 907;
                    this.match(FlinkSqlParser.RENAME);
                    this.state = 908;
                    this.match(FlinkSqlParser.TO);
                    this.state = 909;
                    this.tablePath();
                    }
                    break;
                case FlinkSqlParser.SET:
                    {
                    this.state = 910;
                    this.match(FlinkSqlParser.SET);
                    this.state = 911;
                    this.propertyList();
                    }
                    break;
                case FlinkSqlParser.RESET:
                    {
                    this.state = 912;
                    this.match(FlinkSqlParser.RESET);
                    this.state = 913;
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
                this.state = 916;
                this.match(FlinkSqlParser.CONNECTION);
                this.state = 918;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 101, this.context) ) {
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
            case FlinkSqlParser.MATERIALIZED:
                {
                this.state = 930;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 931;
                this.match(FlinkSqlParser.TABLE);
                this.state = 932;
                this.tablePath();
                this.state = 933;
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
            this.state = 937;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 946;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 938;
                this.propertyKey();
                this.state = 943;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 939;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 940;
                    this.propertyKey();
                    }
                    }
                    this.state = 945;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 948;
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
            this.state = 992;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.RENAME:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 950;
                this.match(FlinkSqlParser.RENAME);
                this.state = 957;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.TO:
                    {
                    this.state = 951;
                    this.match(FlinkSqlParser.TO);
                    this.state = 952;
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
                    this.state = 953;
                    this.qualifiedName();
                    this.state = 954;
                    this.match(FlinkSqlParser.TO);
                    this.state = 955;
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
                this.state = 959;
                this.match(FlinkSqlParser.SET);
                this.state = 960;
                this.propertyList();
                }
                break;
            case FlinkSqlParser.RESET:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 961;
                this.match(FlinkSqlParser.RESET);
                this.state = 962;
                this.keyList();
                }
                break;
            case FlinkSqlParser.ADD:
            case FlinkSqlParser.MODIFY:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 963;
                _la = this.tokenStream.LA(1);
                if(!(_la === 1 || _la === 119)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 964;
                this.alterChange();
                }
                break;
            case FlinkSqlParser.DROP:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 965;
                this.match(FlinkSqlParser.DROP);
                this.state = 990;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 111, this.context) ) {
                case 1:
                    {
                    this.state = 967;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 82) {
                        {
                        this.state = 966;
                        this.ifExists();
                        }
                    }

                    this.state = 969;
                    this.partitionSpec();
                    this.state = 974;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 970;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 971;
                        this.partitionSpec();
                        }
                        }
                        this.state = 976;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                case 2:
                    {
                    this.state = 977;
                    this.match(FlinkSqlParser.PRIMARY);
                    this.state = 978;
                    this.match(FlinkSqlParser.KEY);
                    }
                    break;
                case 3:
                    {
                    this.state = 979;
                    this.match(FlinkSqlParser.CONSTRAINT);
                    this.state = 980;
                    this.identifier();
                    }
                    break;
                case 4:
                    {
                    this.state = 981;
                    this.match(FlinkSqlParser.WATERMARK);
                    }
                    break;
                case 5:
                    {
                    this.state = 982;
                    this.match(FlinkSqlParser.DISTRIBUTION);
                    }
                    break;
                case 6:
                    {
                    this.state = 984;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 25) {
                        {
                        this.state = 983;
                        this.match(FlinkSqlParser.COLUMN);
                        }
                    }

                    this.state = 988;
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
                        this.state = 986;
                        this.qualifiedName();
                        }
                        break;
                    case FlinkSqlParser.LPAREN:
                        {
                        this.state = 987;
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
            this.state = 1023;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 118, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 995;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 82) {
                    {
                    this.state = 994;
                    this.ifNotExists();
                    }
                }

                this.state = 997;
                this.partitionSpec();
                this.state = 999;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 998;
                    this.withOptions();
                    }
                }

                this.state = 1007;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 145) {
                    {
                    {
                    this.state = 1001;
                    this.partitionSpec();
                    this.state = 1003;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 226) {
                        {
                        this.state = 1002;
                        this.withOptions();
                        }
                    }

                    }
                    }
                    this.state = 1009;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1010;
                this.alterDistribution();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1011;
                this.alterElement();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1012;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1013;
                this.alterElement();
                this.state = 1018;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1014;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1015;
                    this.alterElement();
                    }
                    }
                    this.state = 1020;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1021;
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
            this.state = 1031;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 120, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1025;
                this.columnDefinition();
                this.state = 1027;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 2 || _la === 67) {
                    {
                    this.state = 1026;
                    this.columnPosition();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1029;
                this.watermarkDefinition();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1030;
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
            this.state = 1049;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 123, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1033;
                this.match(FlinkSqlParser.DISTRIBUTION);
                this.state = 1034;
                this.match(FlinkSqlParser.BY);
                this.state = 1037;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.RANGE:
                    {
                    this.state = 1035;
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
                    this.state = 1036;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    break;
                default:
                    break;
                }
                this.state = 1039;
                this.columnNameList();
                this.state = 1043;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 92) {
                    {
                    this.state = 1040;
                    this.match(FlinkSqlParser.INTO);
                    this.state = 1041;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    this.state = 1042;
                    this.match(FlinkSqlParser.BUCKETS);
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1045;
                this.match(FlinkSqlParser.DISTRIBUTION);
                this.state = 1046;
                this.match(FlinkSqlParser.INTO);
                this.state = 1047;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                this.state = 1048;
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
            this.state = 1054;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.FIRST:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1051;
                this.match(FlinkSqlParser.FIRST);
                }
                break;
            case FlinkSqlParser.AFTER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1052;
                this.match(FlinkSqlParser.AFTER);
                this.state = 1053;
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
            this.state = 1078;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 128, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1056;
                this.match(FlinkSqlParser.SUSPEND);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1057;
                this.match(FlinkSqlParser.RESUME);
                this.state = 1059;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 1058;
                    this.withOptions();
                    }
                }

                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1061;
                this.match(FlinkSqlParser.REFRESH);
                this.state = 1063;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 145) {
                    {
                    this.state = 1062;
                    this.partitionSpec();
                    }
                }

                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1065;
                this.match(FlinkSqlParser.SET);
                this.state = 1066;
                this.match(FlinkSqlParser.FRESHNESS);
                this.state = 1067;
                this.match(FlinkSqlParser.EQ);
                this.state = 1068;
                this.intervalLiteral();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1069;
                this.match(FlinkSqlParser.SET);
                this.state = 1070;
                this.match(FlinkSqlParser.REFRESH_MODE);
                this.state = 1071;
                this.match(FlinkSqlParser.EQ);
                this.state = 1074;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.FULL:
                    {
                    this.state = 1072;
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
                    this.state = 1073;
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
                this.state = 1076;
                this.match(FlinkSqlParser.AS);
                this.state = 1077;
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
            this.state = 1080;
            this.match(FlinkSqlParser.DROP);
            this.state = 1082;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 195) {
                {
                this.state = 1081;
                this.match(FlinkSqlParser.TEMPORARY);
                }
            }

            this.state = 1085;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 191) {
                {
                this.state = 1084;
                this.match(FlinkSqlParser.SYSTEM);
                }
            }

            this.state = 1087;
            this.dropKind();
            this.state = 1089;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 131, this.context) ) {
            case 1:
                {
                this.state = 1088;
                this.ifExists();
                }
                break;
            }
            this.state = 1091;
            this.tablePath();
            this.state = 1093;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 18 || _la === 168) {
                {
                this.state = 1092;
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
            this.state = 1104;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1095;
                this.match(FlinkSqlParser.CATALOG);
                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1096;
                this.match(FlinkSqlParser.DATABASE);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1097;
                this.match(FlinkSqlParser.TABLE);
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1098;
                this.match(FlinkSqlParser.VIEW);
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1099;
                this.match(FlinkSqlParser.FUNCTION);
                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1100;
                this.match(FlinkSqlParser.MODEL);
                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1101;
                this.match(FlinkSqlParser.CONNECTION);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1102;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1103;
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
            this.state = 1106;
            this.match(FlinkSqlParser.SHOW);
            this.state = 1144;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CURRENT:
                {
                this.state = 1107;
                this.match(FlinkSqlParser.CURRENT);
                this.state = 1108;
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
                this.state = 1109;
                this.match(FlinkSqlParser.CREATE);
                this.state = 1119;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.TABLE:
                    {
                    this.state = 1110;
                    this.match(FlinkSqlParser.TABLE);
                    }
                    break;
                case FlinkSqlParser.VIEW:
                    {
                    this.state = 1111;
                    this.match(FlinkSqlParser.VIEW);
                    }
                    break;
                case FlinkSqlParser.MODEL:
                    {
                    this.state = 1112;
                    this.match(FlinkSqlParser.MODEL);
                    }
                    break;
                case FlinkSqlParser.CATALOG:
                    {
                    this.state = 1113;
                    this.match(FlinkSqlParser.CATALOG);
                    }
                    break;
                case FlinkSqlParser.DATABASE:
                    {
                    this.state = 1114;
                    this.match(FlinkSqlParser.DATABASE);
                    }
                    break;
                case FlinkSqlParser.FUNCTION:
                    {
                    this.state = 1115;
                    this.match(FlinkSqlParser.FUNCTION);
                    }
                    break;
                case FlinkSqlParser.CONNECTION:
                    {
                    this.state = 1116;
                    this.match(FlinkSqlParser.CONNECTION);
                    }
                    break;
                case FlinkSqlParser.MATERIALIZED:
                    {
                    this.state = 1117;
                    this.match(FlinkSqlParser.MATERIALIZED);
                    this.state = 1118;
                    this.match(FlinkSqlParser.TABLE);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 1121;
                this.tablePath();
                }
                break;
            case FlinkSqlParser.COLUMNS:
                {
                this.state = 1122;
                this.match(FlinkSqlParser.COLUMNS);
                this.state = 1123;
                _la = this.tokenStream.LA(1);
                if(!(_la === 72 || _la === 85)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1124;
                this.tablePath();
                this.state = 1126;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 84 || _la === 105 || _la === 127) {
                    {
                    this.state = 1125;
                    this.likePattern();
                    }
                }

                }
                break;
            case FlinkSqlParser.PARTITIONS:
                {
                this.state = 1128;
                this.match(FlinkSqlParser.PARTITIONS);
                this.state = 1129;
                this.tablePath();
                this.state = 1131;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 145) {
                    {
                    this.state = 1130;
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
                this.state = 1134;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 73 || _la === 213) {
                    {
                    this.state = 1133;
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

                this.state = 1136;
                this.showKind();
                this.state = 1139;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 72 || _la === 85) {
                    {
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
                    }
                }

                this.state = 1142;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 84 || _la === 105 || _la === 127) {
                    {
                    this.state = 1141;
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
            this.state = 1159;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOGS:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1146;
                this.match(FlinkSqlParser.CATALOGS);
                }
                break;
            case FlinkSqlParser.DATABASES:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1147;
                this.match(FlinkSqlParser.DATABASES);
                }
                break;
            case FlinkSqlParser.TABLES:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1148;
                this.match(FlinkSqlParser.TABLES);
                }
                break;
            case FlinkSqlParser.VIEWS:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1149;
                this.match(FlinkSqlParser.VIEWS);
                }
                break;
            case FlinkSqlParser.FUNCTIONS:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1150;
                this.match(FlinkSqlParser.FUNCTIONS);
                }
                break;
            case FlinkSqlParser.PROCEDURES:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1151;
                this.match(FlinkSqlParser.PROCEDURES);
                }
                break;
            case FlinkSqlParser.MODULES:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1152;
                this.match(FlinkSqlParser.MODULES);
                }
                break;
            case FlinkSqlParser.JARS:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1153;
                this.match(FlinkSqlParser.JARS);
                }
                break;
            case FlinkSqlParser.JOBS:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1154;
                this.match(FlinkSqlParser.JOBS);
                }
                break;
            case FlinkSqlParser.MODELS:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1155;
                this.match(FlinkSqlParser.MODELS);
                }
                break;
            case FlinkSqlParser.CONNECTIONS:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 1156;
                this.match(FlinkSqlParser.CONNECTIONS);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 1157;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1158;
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
            this.state = 1162;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 127) {
                {
                this.state = 1161;
                this.match(FlinkSqlParser.NOT);
                }
            }

            this.state = 1164;
            _la = this.tokenStream.LA(1);
            if(!(_la === 84 || _la === 105)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1165;
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
            this.state = 1167;
            _la = this.tokenStream.LA(1);
            if(!(_la === 45 || _la === 46)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1169;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 143, this.context) ) {
            case 1:
                {
                this.state = 1168;
                this.describeKind();
                }
                break;
            }
            this.state = 1172;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 144, this.context) ) {
            case 1:
                {
                this.state = 1171;
                this.match(FlinkSqlParser.EXTENDED);
                }
                break;
            }
            this.state = 1176;
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
                this.state = 1174;
                this.tablePath();
                }
                break;
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                {
                this.state = 1175;
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
            this.state = 1188;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CATALOG:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1178;
                this.match(FlinkSqlParser.CATALOG);
                }
                break;
            case FlinkSqlParser.DATABASE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1179;
                this.match(FlinkSqlParser.DATABASE);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1180;
                this.match(FlinkSqlParser.TABLE);
                }
                break;
            case FlinkSqlParser.VIEW:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1181;
                this.match(FlinkSqlParser.VIEW);
                }
                break;
            case FlinkSqlParser.FUNCTION:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1182;
                this.match(FlinkSqlParser.FUNCTION);
                }
                break;
            case FlinkSqlParser.MODEL:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1183;
                this.match(FlinkSqlParser.MODEL);
                }
                break;
            case FlinkSqlParser.CONNECTION:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1184;
                this.match(FlinkSqlParser.CONNECTION);
                }
                break;
            case FlinkSqlParser.JOB:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1185;
                this.match(FlinkSqlParser.JOB);
                }
                break;
            case FlinkSqlParser.MATERIALIZED:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1186;
                this.match(FlinkSqlParser.MATERIALIZED);
                this.state = 1187;
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
            this.state = 1190;
            this.match(FlinkSqlParser.USE);
            this.state = 1203;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 148, this.context) ) {
            case 1:
                {
                this.state = 1191;
                this.match(FlinkSqlParser.CATALOG);
                this.state = 1192;
                this.identifier();
                }
                break;
            case 2:
                {
                this.state = 1193;
                this.match(FlinkSqlParser.MODULES);
                this.state = 1194;
                this.identifier();
                this.state = 1199;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1195;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1196;
                    this.identifier();
                    }
                    }
                    this.state = 1201;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 3:
                {
                this.state = 1202;
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
            this.state = 1205;
            this.match(FlinkSqlParser.LOAD);
            this.state = 1206;
            this.match(FlinkSqlParser.MODULE);
            this.state = 1207;
            this.identifier();
            this.state = 1209;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 1208;
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
            this.state = 1211;
            this.match(FlinkSqlParser.UNLOAD);
            this.state = 1212;
            this.match(FlinkSqlParser.MODULE);
            this.state = 1213;
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
            this.state = 1215;
            this.match(FlinkSqlParser.SET);
            this.state = 1220;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 1216;
                this.propertyKey();
                this.state = 1217;
                this.match(FlinkSqlParser.EQ);
                this.state = 1218;
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
            this.state = 1222;
            this.match(FlinkSqlParser.RESET);
            this.state = 1224;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || ((((_la - 258)) & ~0x1F) === 0 && ((1 << (_la - 258)) & 195) !== 0)) {
                {
                this.state = 1223;
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
            this.state = 1226;
            this.match(FlinkSqlParser.ADD);
            this.state = 1227;
            this.match(FlinkSqlParser.JAR);
            this.state = 1228;
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
            this.state = 1230;
            this.match(FlinkSqlParser.REMOVE);
            this.state = 1231;
            this.match(FlinkSqlParser.JAR);
            this.state = 1232;
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
            this.state = 1234;
            this.match(FlinkSqlParser.ANALYZE);
            this.state = 1235;
            this.match(FlinkSqlParser.TABLE);
            this.state = 1236;
            this.tablePath();
            this.state = 1238;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 1237;
                this.partitionSpec();
                }
            }

            this.state = 1240;
            this.match(FlinkSqlParser.COMPUTE);
            this.state = 1241;
            this.match(FlinkSqlParser.STATISTICS);
            this.state = 1256;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 70) {
                {
                this.state = 1242;
                this.match(FlinkSqlParser.FOR);
                this.state = 1254;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.ALL:
                    {
                    this.state = 1243;
                    this.match(FlinkSqlParser.ALL);
                    this.state = 1244;
                    this.match(FlinkSqlParser.COLUMNS);
                    }
                    break;
                case FlinkSqlParser.COLUMNS:
                    {
                    this.state = 1245;
                    this.match(FlinkSqlParser.COLUMNS);
                    this.state = 1246;
                    this.identifier();
                    this.state = 1251;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 1247;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 1248;
                        this.identifier();
                        }
                        }
                        this.state = 1253;
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
            this.state = 1258;
            this.match(FlinkSqlParser.STOP);
            this.state = 1259;
            this.match(FlinkSqlParser.JOB);
            this.state = 1260;
            this.stringLiteral();
            this.state = 1263;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 156, this.context) ) {
            case 1:
                {
                this.state = 1261;
                this.match(FlinkSqlParser.WITH);
                this.state = 1262;
                this.match(FlinkSqlParser.SAVEPOINT);
                }
                break;
            }
            this.state = 1267;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 1265;
                this.match(FlinkSqlParser.WITH);
                this.state = 1266;
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
            this.state = 1269;
            this.match(FlinkSqlParser.PARTITION);
            this.state = 1270;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1271;
            this.partitionValue();
            this.state = 1276;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1272;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1273;
                this.partitionValue();
                }
                }
                this.state = 1278;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1279;
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
            this.state = 1281;
            this.identifier();
            this.state = 1284;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 232) {
                {
                this.state = 1282;
                this.match(FlinkSqlParser.EQ);
                this.state = 1283;
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
            this.state = 1287;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 226) {
                {
                this.state = 1286;
                this.withClause();
                }
            }

            this.state = 1289;
            this.queryExpression();
            this.state = 1291;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 137) {
                {
                this.state = 1290;
                this.orderBy();
                }
            }

            this.state = 1294;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 106) {
                {
                this.state = 1293;
                this.limitClause();
                }
            }

            this.state = 1297;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 131) {
                {
                this.state = 1296;
                this.offsetClause();
                }
            }

            this.state = 1300;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 65) {
                {
                this.state = 1299;
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
            this.state = 1302;
            this.match(FlinkSqlParser.WITH);
            this.state = 1303;
            this.commonTableExpression();
            this.state = 1308;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1304;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1305;
                this.commonTableExpression();
                }
                }
                this.state = 1310;
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
            this.state = 1311;
            this.identifier();
            this.state = 1313;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 1312;
                this.columnNameList();
                }
            }

            this.state = 1315;
            this.match(FlinkSqlParser.AS);
            this.state = 1316;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1317;
            this.query();
            this.state = 1318;
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
            this.state = 1320;
            this.queryIntersect();
            this.state = 1326;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 57 || _la === 206) {
                {
                {
                this.state = 1321;
                this.setOperator();
                this.state = 1322;
                this.queryIntersect();
                }
                }
                this.state = 1328;
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
            this.state = 1329;
            _la = this.tokenStream.LA(1);
            if(!(_la === 57 || _la === 206)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1331;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 3 || _la === 48) {
                {
                this.state = 1330;
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
            this.state = 1333;
            this.queryPrimary();
            this.state = 1341;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 90) {
                {
                {
                this.state = 1334;
                this.match(FlinkSqlParser.INTERSECT);
                this.state = 1336;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 3 || _la === 48) {
                    {
                    this.state = 1335;
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

                this.state = 1338;
                this.queryPrimary();
                }
                }
                this.state = 1343;
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
            this.state = 1352;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.SELECT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1344;
                this.selectCore();
                }
                break;
            case FlinkSqlParser.VALUES:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1345;
                this.valuesClause();
                }
                break;
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1346;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1347;
                this.query();
                this.state = 1348;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case FlinkSqlParser.TABLE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1350;
                this.match(FlinkSqlParser.TABLE);
                this.state = 1351;
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
            this.state = 1354;
            this.match(FlinkSqlParser.VALUES);
            this.state = 1355;
            this.expression(0);
            this.state = 1360;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1356;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1357;
                this.expression(0);
                }
                }
                this.state = 1362;
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
            this.state = 1363;
            this.match(FlinkSqlParser.SELECT);
            this.state = 1365;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 266) {
                {
                this.state = 1364;
                this.hint();
                }
            }

            this.state = 1368;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 3 || _la === 48) {
                {
                this.state = 1367;
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

            this.state = 1370;
            this.selectItem();
            this.state = 1375;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1371;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1372;
                this.selectItem();
                }
                }
                this.state = 1377;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1380;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 72) {
                {
                this.state = 1378;
                this.match(FlinkSqlParser.FROM);
                this.state = 1379;
                this.fromClause();
                }
            }

            this.state = 1383;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 224) {
                {
                this.state = 1382;
                this.whereClause();
                }
            }

            this.state = 1386;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 77) {
                {
                this.state = 1385;
                this.groupBy();
                }
            }

            this.state = 1389;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 79) {
                {
                this.state = 1388;
                this.havingClause();
                }
            }

            this.state = 1392;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 225) {
                {
                this.state = 1391;
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
            this.state = 1394;
            this.match(FlinkSqlParser.WHERE);
            this.state = 1395;
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
            this.state = 1397;
            this.match(FlinkSqlParser.HAVING);
            this.state = 1398;
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
            this.state = 1412;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 183, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1400;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1401;
                this.qualifiedName();
                this.state = 1402;
                this.match(FlinkSqlParser.DOT);
                this.state = 1403;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1405;
                this.expression(0);
                this.state = 1410;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                    {
                    this.state = 1407;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 9) {
                        {
                        this.state = 1406;
                        this.match(FlinkSqlParser.AS);
                        }
                    }

                    this.state = 1409;
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
            this.state = 1414;
            this.tableReference();
            this.state = 1419;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1415;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1416;
                this.tableReference();
                }
                }
                this.state = 1421;
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
            this.state = 1422;
            this.tablePrimary();
            this.state = 1426;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 35 || ((((_la - 73)) & ~0x1F) === 0 && ((1 << (_la - 73)) & 2181054465) !== 0) || _la === 125 || _la === 170) {
                {
                {
                this.state = 1423;
                this.joinPart();
                }
                }
                this.state = 1428;
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
            this.state = 1443;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.CROSS:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1429;
                this.match(FlinkSqlParser.CROSS);
                this.state = 1430;
                this.match(FlinkSqlParser.JOIN);
                this.state = 1431;
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
                this.state = 1433;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 125) {
                    {
                    this.state = 1432;
                    this.match(FlinkSqlParser.NATURAL);
                    }
                }

                this.state = 1436;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (((((_la - 73)) & ~0x1F) === 0 && ((1 << (_la - 73)) & 2147500033) !== 0) || _la === 170) {
                    {
                    this.state = 1435;
                    this.joinType();
                    }
                }

                this.state = 1438;
                this.match(FlinkSqlParser.JOIN);
                this.state = 1439;
                this.tablePrimary();
                this.state = 1441;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 132 || _la === 214) {
                    {
                    this.state = 1440;
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
            this.state = 1450;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.INNER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1445;
                this.match(FlinkSqlParser.INNER);
                }
                break;
            case FlinkSqlParser.FULL:
            case FlinkSqlParser.LEFT:
            case FlinkSqlParser.RIGHT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1446;
                _la = this.tokenStream.LA(1);
                if(!(_la === 73 || _la === 104 || _la === 170)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1448;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 139) {
                    {
                    this.state = 1447;
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
            this.state = 1456;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ON:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1452;
                this.match(FlinkSqlParser.ON);
                this.state = 1453;
                this.expression(0);
                }
                break;
            case FlinkSqlParser.USING:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1454;
                this.match(FlinkSqlParser.USING);
                this.state = 1455;
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
            this.state = 1458;
            this.tableFactor();
            this.state = 1460;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 111) {
                {
                this.state = 1459;
                this.matchRecognize();
                }
            }

            this.state = 1463;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234446374) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 1462;
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
            this.state = 1512;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 201, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1465;
                this.tablePath();
                this.state = 1467;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 266) {
                    {
                    this.state = 1466;
                    this.hint();
                    }
                }

                this.state = 1470;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 70) {
                    {
                    this.state = 1469;
                    this.systemTime();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1472;
                this.match(FlinkSqlParser.LATERAL);
                this.state = 1482;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 1473;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1474;
                    this.query();
                    this.state = 1475;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                case FlinkSqlParser.TABLE:
                    {
                    this.state = 1477;
                    this.match(FlinkSqlParser.TABLE);
                    this.state = 1478;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1479;
                    this.functionCall();
                    this.state = 1480;
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
                this.state = 1484;
                this.match(FlinkSqlParser.TABLE);
                this.state = 1485;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1486;
                this.functionCall();
                this.state = 1487;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1489;
                this.match(FlinkSqlParser.UNNEST);
                this.state = 1490;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1491;
                this.expression(0);
                this.state = 1496;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1492;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1493;
                    this.expression(0);
                    }
                    }
                    this.state = 1498;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1499;
                this.match(FlinkSqlParser.RPAREN);
                this.state = 1502;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226) {
                    {
                    this.state = 1500;
                    this.match(FlinkSqlParser.WITH);
                    this.state = 1501;
                    this.match(FlinkSqlParser.ORDINALITY);
                    }
                }

                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1504;
                this.functionCall();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1505;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1508;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 200, this.context) ) {
                case 1:
                    {
                    this.state = 1506;
                    this.query();
                    }
                    break;
                case 2:
                    {
                    this.state = 1507;
                    this.tableReference();
                    }
                    break;
                }
                this.state = 1510;
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
            this.state = 1514;
            this.match(FlinkSqlParser.FOR);
            this.state = 1515;
            this.match(FlinkSqlParser.SYSTEM_TIME);
            this.state = 1516;
            this.match(FlinkSqlParser.AS);
            this.state = 1517;
            this.match(FlinkSqlParser.OF);
            this.state = 1518;
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
            this.state = 1521;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 1520;
                this.match(FlinkSqlParser.AS);
                }
            }

            this.state = 1523;
            this.identifier();
            this.state = 1525;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 246) {
                {
                this.state = 1524;
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
            this.state = 1527;
            this.match(FlinkSqlParser.GROUP);
            this.state = 1528;
            this.match(FlinkSqlParser.BY);
            this.state = 1529;
            this.groupingElement();
            this.state = 1534;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1530;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1531;
                this.groupingElement();
                }
                }
                this.state = 1536;
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
            this.state = 1565;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 207, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1537;
                this.match(FlinkSqlParser.GROUPING);
                this.state = 1538;
                this.match(FlinkSqlParser.SETS);
                this.state = 1539;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1540;
                this.groupingElement();
                this.state = 1545;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1541;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1542;
                    this.groupingElement();
                    }
                    }
                    this.state = 1547;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1548;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1550;
                _la = this.tokenStream.LA(1);
                if(!(_la === 36 || _la === 171)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1551;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1552;
                this.expression(0);
                this.state = 1557;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1553;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1554;
                    this.expression(0);
                    }
                    }
                    this.state = 1559;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1560;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1562;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1563;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1564;
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
            this.state = 1567;
            this.match(FlinkSqlParser.WINDOW);
            this.state = 1568;
            this.namedWindow();
            this.state = 1573;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1569;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1570;
                this.namedWindow();
                }
                }
                this.state = 1575;
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
            this.state = 1576;
            this.identifier();
            this.state = 1577;
            this.match(FlinkSqlParser.AS);
            this.state = 1578;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1579;
            this.windowSpec();
            this.state = 1580;
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
            this.state = 1583;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                {
                this.state = 1582;
                this.identifier();
                }
            }

            this.state = 1595;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 1585;
                this.match(FlinkSqlParser.PARTITION);
                this.state = 1586;
                this.match(FlinkSqlParser.BY);
                this.state = 1587;
                this.expression(0);
                this.state = 1592;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1588;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1589;
                    this.expression(0);
                    }
                    }
                    this.state = 1594;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1598;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 137) {
                {
                this.state = 1597;
                this.orderBy();
                }
            }

            this.state = 1601;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 159 || _la === 173) {
                {
                this.state = 1600;
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
            this.state = 1603;
            _la = this.tokenStream.LA(1);
            if(!(_la === 159 || _la === 173)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1610;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.BETWEEN:
                {
                this.state = 1604;
                this.match(FlinkSqlParser.BETWEEN);
                this.state = 1605;
                this.frameBound();
                this.state = 1606;
                this.match(FlinkSqlParser.AND);
                this.state = 1607;
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
                this.state = 1609;
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
            this.state = 1619;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.UNBOUNDED:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1612;
                this.match(FlinkSqlParser.UNBOUNDED);
                this.state = 1613;
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
                this.state = 1614;
                this.match(FlinkSqlParser.CURRENT);
                this.state = 1615;
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
                this.state = 1616;
                this.valueExpression(0);
                this.state = 1617;
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
            this.state = 1621;
            this.match(FlinkSqlParser.ORDER);
            this.state = 1622;
            this.match(FlinkSqlParser.BY);
            this.state = 1623;
            this.orderItem();
            this.state = 1628;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 216, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 1624;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1625;
                    this.orderItem();
                    }
                    }
                }
                this.state = 1630;
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
            this.state = 1631;
            this.expression(0);
            this.state = 1633;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 10 || _la === 45) {
                {
                this.state = 1632;
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

            this.state = 1637;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 129) {
                {
                this.state = 1635;
                this.match(FlinkSqlParser.NULLS);
                this.state = 1636;
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
            this.state = 1639;
            this.match(FlinkSqlParser.LIMIT);
            this.state = 1642;
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
                this.state = 1640;
                this.expression(0);
                }
                break;
            case FlinkSqlParser.ALL:
                {
                this.state = 1641;
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
            this.state = 1644;
            this.match(FlinkSqlParser.OFFSET);
            this.state = 1645;
            this.expression(0);
            this.state = 1647;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 172 || _la === 173) {
                {
                this.state = 1646;
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
            this.state = 1649;
            this.match(FlinkSqlParser.FETCH);
            this.state = 1650;
            _la = this.tokenStream.LA(1);
            if(!(_la === 67 || _la === 126)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1652;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 221, this.context) ) {
            case 1:
                {
                this.state = 1651;
                this.expression(0);
                }
                break;
            }
            this.state = 1654;
            _la = this.tokenStream.LA(1);
            if(!(_la === 172 || _la === 173)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1655;
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
            this.state = 1657;
            this.match(FlinkSqlParser.MATCH_RECOGNIZE);
            this.state = 1658;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1669;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 145) {
                {
                this.state = 1659;
                this.match(FlinkSqlParser.PARTITION);
                this.state = 1660;
                this.match(FlinkSqlParser.BY);
                this.state = 1661;
                this.expression(0);
                this.state = 1666;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1662;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1663;
                    this.expression(0);
                    }
                    }
                    this.state = 1668;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1672;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 137) {
                {
                this.state = 1671;
                this.orderBy();
                }
            }

            this.state = 1683;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 113) {
                {
                this.state = 1674;
                this.match(FlinkSqlParser.MEASURES);
                this.state = 1675;
                this.measure();
                this.state = 1680;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1676;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1677;
                    this.measure();
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
            if (_la === 3 || _la === 133) {
                {
                this.state = 1685;
                this.rowsPerMatch();
                }
            }

            this.state = 1689;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 2) {
                {
                this.state = 1688;
                this.afterMatchSkip();
                }
            }

            this.state = 1691;
            this.match(FlinkSqlParser.PATTERN);
            this.state = 1692;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1693;
            this.pattern();
            this.state = 1694;
            this.match(FlinkSqlParser.RPAREN);
            this.state = 1697;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 227) {
                {
                this.state = 1695;
                this.match(FlinkSqlParser.WITHIN);
                this.state = 1696;
                this.intervalLiteral();
                }
            }

            this.state = 1708;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 187) {
                {
                this.state = 1699;
                this.match(FlinkSqlParser.SUBSET);
                this.state = 1700;
                this.subsetDefinition();
                this.state = 1705;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 1701;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1702;
                    this.subsetDefinition();
                    }
                    }
                    this.state = 1707;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1710;
            this.match(FlinkSqlParser.DEFINE);
            this.state = 1711;
            this.patternDefinition();
            this.state = 1716;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1712;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1713;
                this.patternDefinition();
                }
                }
                this.state = 1718;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1719;
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
            this.state = 1721;
            this.expression(0);
            this.state = 1722;
            this.match(FlinkSqlParser.AS);
            this.state = 1723;
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
            this.state = 1733;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.ONE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1725;
                this.match(FlinkSqlParser.ONE);
                this.state = 1726;
                this.match(FlinkSqlParser.ROW);
                this.state = 1727;
                this.match(FlinkSqlParser.PER);
                this.state = 1728;
                this.match(FlinkSqlParser.MATCH);
                }
                break;
            case FlinkSqlParser.ALL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1729;
                this.match(FlinkSqlParser.ALL);
                this.state = 1730;
                this.match(FlinkSqlParser.ROWS);
                this.state = 1731;
                this.match(FlinkSqlParser.PER);
                this.state = 1732;
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
            this.state = 1735;
            this.match(FlinkSqlParser.AFTER);
            this.state = 1736;
            this.match(FlinkSqlParser.MATCH);
            this.state = 1737;
            this.match(FlinkSqlParser.SKIP_);
            this.state = 1749;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 235, this.context) ) {
            case 1:
                {
                this.state = 1738;
                this.match(FlinkSqlParser.TO);
                this.state = 1739;
                this.match(FlinkSqlParser.NEXT);
                this.state = 1740;
                this.match(FlinkSqlParser.ROW);
                }
                break;
            case 2:
                {
                this.state = 1741;
                this.match(FlinkSqlParser.PAST);
                this.state = 1742;
                this.match(FlinkSqlParser.LAST);
                this.state = 1743;
                this.match(FlinkSqlParser.ROW);
                }
                break;
            case 3:
                {
                this.state = 1744;
                this.match(FlinkSqlParser.TO);
                this.state = 1746;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 234, this.context) ) {
                case 1:
                    {
                    this.state = 1745;
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
                this.state = 1748;
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
            this.state = 1751;
            this.patternTerm();
            this.state = 1756;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 245) {
                {
                {
                this.state = 1752;
                this.match(FlinkSqlParser.PIPE);
                this.state = 1753;
                this.patternTerm();
                }
                }
                this.state = 1758;
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
            this.state = 1760;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 1759;
                this.patternFactor();
                }
                }
                this.state = 1762;
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
            this.state = 1764;
            this.patternPrimary();
            this.state = 1766;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (((((_la - 239)) & ~0x1F) === 0 && ((1 << (_la - 239)) & 67589) !== 0)) {
                {
                this.state = 1765;
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
            this.state = 1773;
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
                this.state = 1768;
                this.identifier();
                }
                break;
            case FlinkSqlParser.LPAREN:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1769;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1770;
                this.pattern();
                this.state = 1771;
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
            this.state = 1789;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STAR:
                {
                this.state = 1775;
                this.match(FlinkSqlParser.STAR);
                }
                break;
            case FlinkSqlParser.PLUS:
                {
                this.state = 1776;
                this.match(FlinkSqlParser.PLUS);
                }
                break;
            case FlinkSqlParser.QUESTION:
                {
                this.state = 1777;
                this.match(FlinkSqlParser.QUESTION);
                }
                break;
            case FlinkSqlParser.LBRACE:
                {
                this.state = 1778;
                this.match(FlinkSqlParser.LBRACE);
                this.state = 1780;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 261) {
                    {
                    this.state = 1779;
                    this.match(FlinkSqlParser.INTEGER_VALUE);
                    }
                }

                this.state = 1786;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 252) {
                    {
                    this.state = 1782;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 1784;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 261) {
                        {
                        this.state = 1783;
                        this.match(FlinkSqlParser.INTEGER_VALUE);
                        }
                    }

                    }
                }

                this.state = 1788;
                this.match(FlinkSqlParser.RBRACE);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 1792;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 255) {
                {
                this.state = 1791;
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
            this.state = 1794;
            this.identifier();
            this.state = 1795;
            this.match(FlinkSqlParser.EQ);
            this.state = 1796;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 1797;
            this.identifier();
            this.state = 1802;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 1798;
                this.match(FlinkSqlParser.COMMA);
                this.state = 1799;
                this.identifier();
                }
                }
                this.state = 1804;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1805;
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
            this.state = 1807;
            this.identifier();
            this.state = 1808;
            this.match(FlinkSqlParser.AS);
            this.state = 1809;
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
            this.state = 1811;
            this.match(FlinkSqlParser.HINT_START);
            this.state = 1812;
            this.hintItem();
            this.state = 1819;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 276 || _la === 281) {
                {
                {
                this.state = 1814;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 281) {
                    {
                    this.state = 1813;
                    this.match(FlinkSqlParser.HINT_COMMA);
                    }
                }

                this.state = 1816;
                this.hintItem();
                }
                }
                this.state = 1821;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1822;
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
            this.state = 1824;
            this.match(FlinkSqlParser.HINT_NAME);
            this.state = 1837;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 282) {
                {
                this.state = 1825;
                this.match(FlinkSqlParser.HINT_LPAREN);
                this.state = 1834;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (((((_la - 276)) & ~0x1F) === 0 && ((1 << (_la - 276)) & 15) !== 0)) {
                    {
                    this.state = 1826;
                    this.hintOption();
                    this.state = 1831;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 281) {
                        {
                        {
                        this.state = 1827;
                        this.match(FlinkSqlParser.HINT_COMMA);
                        this.state = 1828;
                        this.hintOption();
                        }
                        }
                        this.state = 1833;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 1836;
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
            this.state = 1839;
            this.hintValue();
            this.state = 1842;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 280) {
                {
                this.state = 1840;
                this.match(FlinkSqlParser.HINT_EQ);
                this.state = 1841;
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
            this.state = 1844;
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
            this.state = 1856;
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
                localContext = new PredicatedContext(localContext);
                this.context = localContext;
                previousContext = localContext;

                this.state = 1847;
                this.valueExpression(0);
                this.state = 1851;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 252, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 1848;
                        this.predicateSuffix();
                        }
                        }
                    }
                    this.state = 1853;
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
                this.state = 1854;
                this.match(FlinkSqlParser.NOT);
                this.state = 1855;
                this.expression(3);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.context!.stop = this.tokenStream.LT(-1);
            this.state = 1866;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 255, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    if (this.parseListeners != null) {
                        this.triggerExitRuleEvent();
                    }
                    previousContext = localContext;
                    {
                    this.state = 1864;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 254, this.context) ) {
                    case 1:
                        {
                        localContext = new LogicalAndContext(new ExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_expression);
                        this.state = 1858;
                        if (!(this.precpred(this.context, 2))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 2)");
                        }
                        this.state = 1859;
                        this.match(FlinkSqlParser.AND);
                        this.state = 1860;
                        this.expression(3);
                        }
                        break;
                    case 2:
                        {
                        localContext = new LogicalOrContext(new ExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_expression);
                        this.state = 1861;
                        if (!(this.precpred(this.context, 1))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 1)");
                        }
                        this.state = 1862;
                        this.match(FlinkSqlParser.OR);
                        this.state = 1863;
                        this.expression(2);
                        }
                        break;
                    }
                    }
                }
                this.state = 1868;
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
            this.state = 1930;
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
                this.state = 1869;
                this.comparisonOperator();
                this.state = 1876;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.ALL:
                case FlinkSqlParser.ANY:
                case FlinkSqlParser.SOME:
                    {
                    this.state = 1870;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 3 || _la === 7 || _la === 183)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 1871;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1872;
                    this.query();
                    this.state = 1873;
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
                    this.state = 1875;
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
                this.state = 1878;
                this.match(FlinkSqlParser.IS);
                this.state = 1880;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127) {
                    {
                    this.state = 1879;
                    this.match(FlinkSqlParser.NOT);
                    }
                }

                this.state = 1889;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.NULL:
                    {
                    this.state = 1882;
                    this.match(FlinkSqlParser.NULL);
                    }
                    break;
                case FlinkSqlParser.TRUE:
                    {
                    this.state = 1883;
                    this.match(FlinkSqlParser.TRUE);
                    }
                    break;
                case FlinkSqlParser.FALSE:
                    {
                    this.state = 1884;
                    this.match(FlinkSqlParser.FALSE);
                    }
                    break;
                case FlinkSqlParser.UNKNOWN:
                    {
                    this.state = 1885;
                    this.match(FlinkSqlParser.UNKNOWN);
                    }
                    break;
                case FlinkSqlParser.DISTINCT:
                    {
                    this.state = 1886;
                    this.match(FlinkSqlParser.DISTINCT);
                    this.state = 1887;
                    this.match(FlinkSqlParser.FROM);
                    this.state = 1888;
                    this.valueExpression(0);
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
                this.state = 1892;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127) {
                    {
                    this.state = 1891;
                    this.negation();
                    }
                }

                this.state = 1928;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.BETWEEN:
                    {
                    this.state = 1894;
                    this.match(FlinkSqlParser.BETWEEN);
                    this.state = 1896;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 11 || _la === 190) {
                        {
                        this.state = 1895;
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

                    this.state = 1898;
                    this.valueExpression(0);
                    this.state = 1899;
                    this.match(FlinkSqlParser.AND);
                    this.state = 1900;
                    this.valueExpression(0);
                    }
                    break;
                case FlinkSqlParser.IN:
                    {
                    this.state = 1902;
                    this.match(FlinkSqlParser.IN);
                    this.state = 1903;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 1913;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 262, this.context) ) {
                    case 1:
                        {
                        this.state = 1904;
                        this.query();
                        }
                        break;
                    case 2:
                        {
                        this.state = 1905;
                        this.expression(0);
                        this.state = 1910;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                        while (_la === 252) {
                            {
                            {
                            this.state = 1906;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 1907;
                            this.expression(0);
                            }
                            }
                            this.state = 1912;
                            this.errorHandler.sync(this);
                            _la = this.tokenStream.LA(1);
                        }
                        }
                        break;
                    }
                    this.state = 1915;
                    this.match(FlinkSqlParser.RPAREN);
                    }
                    break;
                case FlinkSqlParser.ILIKE:
                case FlinkSqlParser.LIKE:
                case FlinkSqlParser.SIMILAR:
                    {
                    this.state = 1921;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case FlinkSqlParser.LIKE:
                        {
                        this.state = 1917;
                        this.match(FlinkSqlParser.LIKE);
                        }
                        break;
                    case FlinkSqlParser.ILIKE:
                        {
                        this.state = 1918;
                        this.match(FlinkSqlParser.ILIKE);
                        }
                        break;
                    case FlinkSqlParser.SIMILAR:
                        {
                        this.state = 1919;
                        this.match(FlinkSqlParser.SIMILAR);
                        this.state = 1920;
                        this.match(FlinkSqlParser.TO);
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    this.state = 1923;
                    this.valueExpression(0);
                    this.state = 1926;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 264, this.context) ) {
                    case 1:
                        {
                        this.state = 1924;
                        this.match(FlinkSqlParser.ESCAPE);
                        this.state = 1925;
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
            this.state = 1932;
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
            this.state = 1934;
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
            this.state = 1940;
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
                {
                localContext = new PrimaryValueContext(localContext);
                this.context = localContext;
                previousContext = localContext;

                this.state = 1937;
                this.primaryExpression();
                }
                break;
            case FlinkSqlParser.PLUS:
            case FlinkSqlParser.MINUS_SIGN:
                {
                localContext = new UnaryValueContext(localContext);
                this.context = localContext;
                previousContext = localContext;
                this.state = 1938;
                _la = this.tokenStream.LA(1);
                if(!(_la === 239 || _la === 240)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1939;
                this.valueExpression(3);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.context!.stop = this.tokenStream.LT(-1);
            this.state = 1958;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 269, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    if (this.parseListeners != null) {
                        this.triggerExitRuleEvent();
                    }
                    previousContext = localContext;
                    {
                    this.state = 1956;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 268, this.context) ) {
                    case 1:
                        {
                        localContext = new MultiplicativeContext(new ValueExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_valueExpression);
                        this.state = 1942;
                        if (!(this.precpred(this.context, 2))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 2)");
                        }
                        this.state = 1943;
                        _la = this.tokenStream.LA(1);
                        if(!(((((_la - 241)) & ~0x1F) === 0 && ((1 << (_la - 241)) & 7) !== 0))) {
                        this.errorHandler.recoverInline(this);
                        }
                        else {
                            this.errorHandler.reportMatch(this);
                            this.consume();
                        }
                        this.state = 1944;
                        this.valueExpression(3);
                        }
                        break;
                    case 2:
                        {
                        localContext = new AdditiveContext(new ValueExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_valueExpression);
                        this.state = 1945;
                        if (!(this.precpred(this.context, 1))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 1)");
                        }
                        this.state = 1946;
                        _la = this.tokenStream.LA(1);
                        if(!(((((_la - 239)) & ~0x1F) === 0 && ((1 << (_la - 239)) & 35) !== 0))) {
                        this.errorHandler.recoverInline(this);
                        }
                        else {
                            this.errorHandler.reportMatch(this);
                            this.consume();
                        }
                        this.state = 1947;
                        this.valueExpression(2);
                        }
                        break;
                    case 3:
                        {
                        localContext = new ItemAccessContext(new ValueExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_valueExpression);
                        this.state = 1948;
                        if (!(this.precpred(this.context, 5))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 5)");
                        }
                        this.state = 1949;
                        this.match(FlinkSqlParser.LBRACKET);
                        this.state = 1950;
                        this.expression(0);
                        this.state = 1951;
                        this.match(FlinkSqlParser.RBRACKET);
                        }
                        break;
                    case 4:
                        {
                        localContext = new FieldAccessContext(new ValueExpressionContext(parentContext, parentState));
                        this.pushNewRecursionContext(localContext, _startState, FlinkSqlParser.RULE_valueExpression);
                        this.state = 1953;
                        if (!(this.precpred(this.context, 4))) {
                            throw this.createFailedPredicateException("this.precpred(this.context, 4)");
                        }
                        this.state = 1954;
                        this.match(FlinkSqlParser.DOT);
                        this.state = 1955;
                        this.identifier();
                        }
                        break;
                    }
                    }
                }
                this.state = 1960;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 269, this.context);
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
            this.state = 1992;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 272, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1961;
                this.literal();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1962;
                this.caseExpression();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1963;
                this.castExpression();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1964;
                this.extractExpression();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1965;
                this.positionExpression();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1966;
                this.trimExpression();
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1967;
                this.overlayExpression();
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1968;
                this.substringExpression();
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1969;
                this.floorCeilExpression();
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1970;
                this.constructorExpression();
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 1971;
                this.match(FlinkSqlParser.EXISTS);
                this.state = 1972;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1973;
                this.query();
                this.state = 1974;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 12:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 1976;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 1986;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 271, this.context) ) {
                case 1:
                    {
                    this.state = 1977;
                    this.query();
                    }
                    break;
                case 2:
                    {
                    this.state = 1978;
                    this.expression(0);
                    this.state = 1983;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 1979;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 1980;
                        this.expression(0);
                        }
                        }
                        this.state = 1985;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                }
                this.state = 1988;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 13:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 1990;
                this.functionCall();
                }
                break;
            case 14:
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 1991;
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
            this.state = 1994;
            this.match(FlinkSqlParser.CASE);
            this.state = 1996;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                {
                this.state = 1995;
                this.expression(0);
                }
            }

            this.state = 1999;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            do {
                {
                {
                this.state = 1998;
                this.whenClause();
                }
                }
                this.state = 2001;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            } while (_la === 223);
            this.state = 2004;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 53) {
                {
                this.state = 2003;
                this.elseClause();
                }
            }

            this.state = 2006;
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
            this.state = 2008;
            this.match(FlinkSqlParser.ELSE);
            this.state = 2009;
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
            this.state = 2011;
            this.match(FlinkSqlParser.WHEN);
            this.state = 2012;
            this.expression(0);
            this.state = 2013;
            this.match(FlinkSqlParser.THEN);
            this.state = 2014;
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
            this.state = 2016;
            _la = this.tokenStream.LA(1);
            if(!(_la === 20 || _la === 204)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2017;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2018;
            this.expression(0);
            this.state = 2019;
            this.match(FlinkSqlParser.AS);
            this.state = 2020;
            this.dataType();
            this.state = 2021;
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
            this.state = 2023;
            this.match(FlinkSqlParser.EXTRACT);
            this.state = 2024;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2025;
            this.extractUnit();
            this.state = 2026;
            this.match(FlinkSqlParser.FROM);
            this.state = 2027;
            this.expression(0);
            this.state = 2028;
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
            this.state = 2030;
            this.match(FlinkSqlParser.POSITION);
            this.state = 2031;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2032;
            this.valueExpression(0);
            this.state = 2033;
            this.match(FlinkSqlParser.IN);
            this.state = 2034;
            this.valueExpression(0);
            this.state = 2037;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 72) {
                {
                this.state = 2035;
                this.match(FlinkSqlParser.FROM);
                this.state = 2036;
                this.valueExpression(0);
                }
            }

            this.state = 2039;
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
            this.state = 2041;
            this.match(FlinkSqlParser.TRIM);
            this.state = 2042;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2051;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 278, this.context) ) {
            case 1:
                {
                this.state = 2043;
                _la = this.tokenStream.LA(1);
                if(!(_la === 14 || _la === 103 || _la === 200)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2045;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1811932455) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                    {
                    this.state = 2044;
                    this.valueExpression(0);
                    }
                }

                this.state = 2047;
                this.match(FlinkSqlParser.FROM);
                }
                break;
            case 2:
                {
                this.state = 2048;
                this.valueExpression(0);
                this.state = 2049;
                this.match(FlinkSqlParser.FROM);
                }
                break;
            }
            this.state = 2053;
            this.valueExpression(0);
            this.state = 2054;
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
            this.state = 2056;
            this.match(FlinkSqlParser.OVERLAY);
            this.state = 2057;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2058;
            this.expression(0);
            this.state = 2059;
            this.match(FlinkSqlParser.PLACING);
            this.state = 2060;
            this.expression(0);
            this.state = 2061;
            this.match(FlinkSqlParser.FROM);
            this.state = 2062;
            this.expression(0);
            this.state = 2065;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 70) {
                {
                this.state = 2063;
                this.match(FlinkSqlParser.FOR);
                this.state = 2064;
                this.expression(0);
                }
            }

            this.state = 2067;
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
            this.state = 2069;
            this.match(FlinkSqlParser.SUBSTRING);
            this.state = 2070;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2071;
            this.expression(0);
            this.state = 2072;
            _la = this.tokenStream.LA(1);
            if(!(_la === 72 || _la === 252)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2073;
            this.expression(0);
            this.state = 2076;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 70 || _la === 252) {
                {
                this.state = 2074;
                _la = this.tokenStream.LA(1);
                if(!(_la === 70 || _la === 252)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2075;
                this.expression(0);
                }
            }

            this.state = 2078;
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
            this.state = 2080;
            _la = this.tokenStream.LA(1);
            if(!(_la === 23 || _la === 24 || _la === 68)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2081;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2082;
            this.expression(0);
            this.state = 2085;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 199) {
                {
                this.state = 2083;
                this.match(FlinkSqlParser.TO);
                this.state = 2084;
                this.timeUnit();
                }
            }

            this.state = 2087;
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
            this.state = 2120;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 286, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2089;
                _la = this.tokenStream.LA(1);
                if(!(_la === 8 || _la === 109 || _la === 124)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2090;
                this.match(FlinkSqlParser.LBRACKET);
                this.state = 2099;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                    {
                    this.state = 2091;
                    this.expression(0);
                    this.state = 2096;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 2092;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 2093;
                        this.expression(0);
                        }
                        }
                        this.state = 2098;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 2101;
                this.match(FlinkSqlParser.RBRACKET);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2102;
                _la = this.tokenStream.LA(1);
                if(!(_la === 8 || _la === 109 || _la === 124)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2103;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2104;
                this.query();
                this.state = 2105;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2107;
                this.match(FlinkSqlParser.ROW);
                this.state = 2108;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2117;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4261184806) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 4198979553) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2032921367) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 2080367911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4215271077) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1643826879) !== 0) || ((((_la - 197)) & ~0x1F) === 0 && ((1 << (_la - 197)) & 66161907) !== 0) || ((((_la - 229)) & ~0x1F) === 0 && ((1 << (_la - 229)) & 3758230535) !== 0) || ((((_la - 261)) & ~0x1F) === 0 && ((1 << (_la - 261)) & 31) !== 0)) {
                    {
                    this.state = 2109;
                    this.expression(0);
                    this.state = 2114;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 252) {
                        {
                        {
                        this.state = 2110;
                        this.match(FlinkSqlParser.COMMA);
                        this.state = 2111;
                        this.expression(0);
                        }
                        }
                        this.state = 2116;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 2119;
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
            this.state = 2122;
            this.functionName();
            this.state = 2123;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2136;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STAR:
                {
                this.state = 2124;
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
                this.state = 2126;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 3 || _la === 48) {
                    {
                    this.state = 2125;
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

                this.state = 2128;
                this.callArgument();
                this.state = 2133;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 2129;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2130;
                    this.callArgument();
                    }
                    }
                    this.state = 2135;
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
            this.state = 2138;
            this.match(FlinkSqlParser.RPAREN);
            this.state = 2141;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 290, this.context) ) {
            case 1:
                {
                this.state = 2139;
                _la = this.tokenStream.LA(1);
                if(!(_la === 83 || _la === 167)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2140;
                this.match(FlinkSqlParser.NULLS);
                }
                break;
            }
            this.state = 2149;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 291, this.context) ) {
            case 1:
                {
                this.state = 2143;
                this.match(FlinkSqlParser.WITHIN);
                this.state = 2144;
                this.match(FlinkSqlParser.GROUP);
                this.state = 2145;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2146;
                this.orderBy();
                this.state = 2147;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            }
            this.state = 2157;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 292, this.context) ) {
            case 1:
                {
                this.state = 2151;
                this.match(FlinkSqlParser.FILTER);
                this.state = 2152;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2153;
                this.match(FlinkSqlParser.WHERE);
                this.state = 2154;
                this.expression(0);
                this.state = 2155;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            }
            this.state = 2167;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 294, this.context) ) {
            case 1:
                {
                this.state = 2159;
                this.match(FlinkSqlParser.OVER);
                this.state = 2165;
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
                    this.state = 2160;
                    this.identifier();
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 2161;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 2162;
                    this.windowSpec();
                    this.state = 2163;
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
            this.state = 2179;
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
                this.state = 2169;
                this.qualifiedName();
                }
                break;
            case FlinkSqlParser.LEFT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2170;
                this.match(FlinkSqlParser.LEFT);
                }
                break;
            case FlinkSqlParser.RIGHT:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2171;
                this.match(FlinkSqlParser.RIGHT);
                }
                break;
            case FlinkSqlParser.YEAR:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2172;
                this.match(FlinkSqlParser.YEAR);
                }
                break;
            case FlinkSqlParser.MONTH:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2173;
                this.match(FlinkSqlParser.MONTH);
                }
                break;
            case FlinkSqlParser.DAY:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2174;
                this.match(FlinkSqlParser.DAY);
                }
                break;
            case FlinkSqlParser.HOUR:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2175;
                this.match(FlinkSqlParser.HOUR);
                }
                break;
            case FlinkSqlParser.MINUTE:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2176;
                this.match(FlinkSqlParser.MINUTE);
                }
                break;
            case FlinkSqlParser.SECOND:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2177;
                this.match(FlinkSqlParser.SECOND);
                }
                break;
            case FlinkSqlParser.GROUPING:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2178;
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
            this.state = 2184;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 296, this.context) ) {
            case 1:
                {
                this.state = 2181;
                this.identifier();
                this.state = 2182;
                this.match(FlinkSqlParser.ARROW);
                }
                break;
            }
            this.state = 2186;
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
            this.state = 2219;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 301, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2188;
                this.match(FlinkSqlParser.TABLE);
                this.state = 2189;
                this.tablePath();
                this.state = 2200;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 145) {
                    {
                    this.state = 2190;
                    this.match(FlinkSqlParser.PARTITION);
                    this.state = 2191;
                    this.match(FlinkSqlParser.BY);
                    this.state = 2192;
                    this.expression(0);
                    this.state = 2197;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 297, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 2193;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2194;
                            this.expression(0);
                            }
                            }
                        }
                        this.state = 2199;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 297, this.context);
                    }
                    }
                }

                this.state = 2203;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 137) {
                    {
                    this.state = 2202;
                    this.orderBy();
                    }
                }

                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2205;
                this.match(FlinkSqlParser.DESCRIPTOR);
                this.state = 2206;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2207;
                this.identifier();
                this.state = 2212;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 252) {
                    {
                    {
                    this.state = 2208;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2209;
                    this.identifier();
                    }
                    }
                    this.state = 2214;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 2215;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2217;
                this.callTimeUnit();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2218;
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
    public timeUnit(): TimeUnitContext {
        let localContext = new TimeUnitContext(this.context, this.state);
        this.enterRule(localContext, 272, FlinkSqlParser.RULE_timeUnit);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2221;
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
        this.enterRule(localContext, 274, FlinkSqlParser.RULE_callTimeUnit);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2223;
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
        this.enterRule(localContext, 276, FlinkSqlParser.RULE_extractUnit);
        try {
            this.state = 2227;
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
                this.state = 2225;
                this.timeUnit();
                }
                break;
            case FlinkSqlParser.IDENTIFIER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2226;
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
        this.enterRule(localContext, 278, FlinkSqlParser.RULE_literal);
        try {
            this.state = 2243;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.NULL:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2229;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case FlinkSqlParser.TRUE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2230;
                this.match(FlinkSqlParser.TRUE);
                }
                break;
            case FlinkSqlParser.FALSE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2231;
                this.match(FlinkSqlParser.FALSE);
                }
                break;
            case FlinkSqlParser.UNKNOWN:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2232;
                this.match(FlinkSqlParser.UNKNOWN);
                }
                break;
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2233;
                this.number_();
                }
                break;
            case FlinkSqlParser.STRING:
            case FlinkSqlParser.UNICODE_STRING:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2234;
                this.stringLiteral();
                }
                break;
            case FlinkSqlParser.BINARY_STRING:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2235;
                this.match(FlinkSqlParser.BINARY_STRING);
                }
                break;
            case FlinkSqlParser.DATE:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2236;
                this.match(FlinkSqlParser.DATE);
                this.state = 2237;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.TIME:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2238;
                this.match(FlinkSqlParser.TIME);
                this.state = 2239;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.TIMESTAMP:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2240;
                this.match(FlinkSqlParser.TIMESTAMP);
                this.state = 2241;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.INTERVAL:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2242;
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
        this.enterRule(localContext, 280, FlinkSqlParser.RULE_number);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2245;
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
        this.enterRule(localContext, 282, FlinkSqlParser.RULE_stringLiteral);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2247;
            _la = this.tokenStream.LA(1);
            if(!(_la === 258 || _la === 259)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 2251;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 304, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 2248;
                    this.match(FlinkSqlParser.STRING);
                    }
                    }
                }
                this.state = 2253;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 304, this.context);
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
        this.enterRule(localContext, 284, FlinkSqlParser.RULE_intervalLiteral);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2254;
            this.match(FlinkSqlParser.INTERVAL);
            this.state = 2256;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 239 || _la === 240) {
                {
                this.state = 2255;
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

            this.state = 2260;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.STRING:
                {
                this.state = 2258;
                this.match(FlinkSqlParser.STRING);
                }
                break;
            case FlinkSqlParser.INTEGER_VALUE:
            case FlinkSqlParser.DECIMAL_VALUE:
            case FlinkSqlParser.EXPONENT_VALUE:
                {
                this.state = 2259;
                this.number_();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 2262;
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
        this.enterRule(localContext, 286, FlinkSqlParser.RULE_intervalQualifier);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2264;
            this.timeUnit();
            this.state = 2266;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 307, this.context) ) {
            case 1:
                {
                this.state = 2265;
                this.precisionSpec();
                }
                break;
            }
            this.state = 2273;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 309, this.context) ) {
            case 1:
                {
                this.state = 2268;
                this.match(FlinkSqlParser.TO);
                this.state = 2269;
                this.timeUnit();
                this.state = 2271;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 308, this.context) ) {
                case 1:
                    {
                    this.state = 2270;
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
        this.enterRule(localContext, 288, FlinkSqlParser.RULE_precisionSpec);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2275;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2276;
            this.match(FlinkSqlParser.INTEGER_VALUE);
            this.state = 2279;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 252) {
                {
                this.state = 2277;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2278;
                this.match(FlinkSqlParser.INTEGER_VALUE);
                }
            }

            this.state = 2281;
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
        this.enterRule(localContext, 290, FlinkSqlParser.RULE_dataType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2283;
            this.typeCore();
            this.state = 2285;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 127 || _la === 128) {
                {
                this.state = 2284;
                this.nullability();
                }
            }

            this.state = 2293;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 8 || _la === 124) {
                {
                {
                this.state = 2287;
                _la = this.tokenStream.LA(1);
                if(!(_la === 8 || _la === 124)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 2289;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 127 || _la === 128) {
                    {
                    this.state = 2288;
                    this.nullability();
                    }
                }

                }
                }
                this.state = 2295;
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
        this.enterRule(localContext, 292, FlinkSqlParser.RULE_nullability);
        try {
            this.state = 2299;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.NOT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2296;
                this.match(FlinkSqlParser.NOT);
                this.state = 2297;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case FlinkSqlParser.NULL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2298;
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
        this.enterRule(localContext, 294, FlinkSqlParser.RULE_typeCore);
        let _la: number;
        try {
            this.state = 2386;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 328, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2301;
                this.match(FlinkSqlParser.ROW);
                this.state = 2326;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case FlinkSqlParser.LT:
                    {
                    this.state = 2302;
                    this.match(FlinkSqlParser.LT);
                    this.state = 2311;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                        {
                        this.state = 2303;
                        this.rowField();
                        this.state = 2308;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                        while (_la === 252) {
                            {
                            {
                            this.state = 2304;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2305;
                            this.rowField();
                            }
                            }
                            this.state = 2310;
                            this.errorHandler.sync(this);
                            _la = this.tokenStream.LA(1);
                        }
                        }
                    }

                    this.state = 2313;
                    this.match(FlinkSqlParser.GT);
                    }
                    break;
                case FlinkSqlParser.LPAREN:
                    {
                    this.state = 2314;
                    this.match(FlinkSqlParser.LPAREN);
                    this.state = 2323;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4234445862) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 843535969) !== 0) || ((((_la - 67)) & ~0x1F) === 0 && ((1 << (_la - 67)) & 2016133909) !== 0) || ((((_la - 99)) & ~0x1F) === 0 && ((1 << (_la - 99)) & 1233051911) !== 0) || ((((_la - 133)) & ~0x1F) === 0 && ((1 << (_la - 133)) & 4214221989) !== 0) || ((((_la - 165)) & ~0x1F) === 0 && ((1 << (_la - 165)) & 1635437087) !== 0) || ((((_la - 203)) & ~0x1F) === 0 && ((1 << (_la - 203)) & 403686945) !== 0) || _la === 264 || _la === 265) {
                        {
                        this.state = 2315;
                        this.rowField();
                        this.state = 2320;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                        while (_la === 252) {
                            {
                            {
                            this.state = 2316;
                            this.match(FlinkSqlParser.COMMA);
                            this.state = 2317;
                            this.rowField();
                            }
                            }
                            this.state = 2322;
                            this.errorHandler.sync(this);
                            _la = this.tokenStream.LA(1);
                        }
                        }
                    }

                    this.state = 2325;
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
                this.state = 2328;
                this.match(FlinkSqlParser.ARRAY);
                this.state = 2329;
                this.match(FlinkSqlParser.LT);
                this.state = 2330;
                this.dataType();
                this.state = 2331;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2333;
                this.match(FlinkSqlParser.MULTISET);
                this.state = 2334;
                this.match(FlinkSqlParser.LT);
                this.state = 2335;
                this.dataType();
                this.state = 2336;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2338;
                this.match(FlinkSqlParser.MAP);
                this.state = 2339;
                this.match(FlinkSqlParser.LT);
                this.state = 2340;
                this.dataType();
                this.state = 2341;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2342;
                this.dataType();
                this.state = 2343;
                this.match(FlinkSqlParser.GT);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2345;
                this.match(FlinkSqlParser.TIMESTAMP);
                this.state = 2347;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2346;
                    this.precisionSpec();
                    }
                }

                this.state = 2355;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 226 || _la === 228) {
                    {
                    this.state = 2349;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 226 || _la === 228)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 2351;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 108) {
                        {
                        this.state = 2350;
                        this.match(FlinkSqlParser.LOCAL);
                        }
                    }

                    this.state = 2353;
                    this.match(FlinkSqlParser.TIME);
                    this.state = 2354;
                    this.match(FlinkSqlParser.ZONE);
                    }
                }

                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2357;
                this.match(FlinkSqlParser.TIME);
                this.state = 2359;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2358;
                    this.precisionSpec();
                    }
                }

                this.state = 2364;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 228) {
                    {
                    this.state = 2361;
                    this.match(FlinkSqlParser.WITHOUT);
                    this.state = 2362;
                    this.match(FlinkSqlParser.TIME);
                    this.state = 2363;
                    this.match(FlinkSqlParser.ZONE);
                    }
                }

                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2366;
                this.match(FlinkSqlParser.DATE);
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2367;
                this.match(FlinkSqlParser.INTERVAL);
                this.state = 2368;
                this.intervalQualifier();
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2369;
                this.match(FlinkSqlParser.RAW);
                this.state = 2370;
                this.match(FlinkSqlParser.LPAREN);
                this.state = 2371;
                this.stringLiteral();
                this.state = 2374;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 252) {
                    {
                    this.state = 2372;
                    this.match(FlinkSqlParser.COMMA);
                    this.state = 2373;
                    this.stringLiteral();
                    }
                }

                this.state = 2376;
                this.match(FlinkSqlParser.RPAREN);
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2378;
                this.match(FlinkSqlParser.NULL);
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2379;
                this.identifier();
                this.state = 2381;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 155 || _la === 216) {
                    {
                    this.state = 2380;
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

                this.state = 2384;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 246) {
                    {
                    this.state = 2383;
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
        this.enterRule(localContext, 296, FlinkSqlParser.RULE_rowField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2388;
            this.identifier();
            this.state = 2389;
            this.dataType();
            this.state = 2391;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 258 || _la === 259) {
                {
                this.state = 2390;
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
        this.enterRule(localContext, 298, FlinkSqlParser.RULE_tablePath);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2393;
            this.identifier();
            this.state = 2398;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 253) {
                {
                {
                this.state = 2394;
                this.match(FlinkSqlParser.DOT);
                this.state = 2395;
                this.identifier();
                }
                }
                this.state = 2400;
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
        this.enterRule(localContext, 300, FlinkSqlParser.RULE_qualifiedName);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2401;
            this.identifier();
            this.state = 2406;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 331, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 2402;
                    this.match(FlinkSqlParser.DOT);
                    this.state = 2403;
                    this.identifier();
                    }
                    }
                }
                this.state = 2408;
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
        this.enterRule(localContext, 302, FlinkSqlParser.RULE_columnNameList);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2409;
            this.match(FlinkSqlParser.LPAREN);
            this.state = 2410;
            this.identifier();
            this.state = 2415;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 252) {
                {
                {
                this.state = 2411;
                this.match(FlinkSqlParser.COMMA);
                this.state = 2412;
                this.identifier();
                }
                }
                this.state = 2417;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 2418;
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
        this.enterRule(localContext, 304, FlinkSqlParser.RULE_identifier);
        try {
            this.state = 2423;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case FlinkSqlParser.IDENTIFIER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2420;
                this.match(FlinkSqlParser.IDENTIFIER);
                }
                break;
            case FlinkSqlParser.QUOTED_IDENTIFIER:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2421;
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
                this.state = 2422;
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
        this.enterRule(localContext, 306, FlinkSqlParser.RULE_nonReservedKeyword);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2425;
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
        4,1,286,2428,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
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
        7,153,1,0,1,0,3,0,311,8,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
        1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
        1,1,1,1,1,3,1,341,8,1,1,2,1,2,1,3,1,3,1,3,1,3,3,3,349,8,3,1,3,3,
        3,352,8,3,1,3,3,3,355,8,3,1,3,1,3,1,4,1,4,1,4,1,4,1,4,1,4,4,4,365,
        8,4,11,4,12,4,366,1,4,1,4,1,5,1,5,1,5,1,5,1,5,1,5,1,5,5,5,378,8,
        5,10,5,12,5,381,9,5,1,5,3,5,384,8,5,1,6,1,6,1,7,1,7,1,7,1,7,1,7,
        1,7,5,7,394,8,7,10,7,12,7,397,9,7,3,7,399,8,7,1,7,1,7,1,8,1,8,1,
        9,1,9,1,9,1,9,1,9,1,9,1,9,3,9,412,8,9,3,9,414,8,9,1,10,1,10,1,10,
        1,10,1,10,1,10,3,10,422,8,10,1,11,1,11,1,11,3,11,427,8,11,1,11,1,
        11,1,11,1,11,1,11,3,11,434,8,11,1,11,1,11,1,11,3,11,439,8,11,1,12,
        1,12,1,12,1,12,3,12,445,8,12,1,12,3,12,448,8,12,1,12,1,12,3,12,452,
        8,12,1,13,1,13,1,13,3,13,457,8,13,1,13,3,13,460,8,13,1,13,1,13,1,
        13,1,13,5,13,466,8,13,10,13,12,13,469,9,13,1,13,1,13,3,13,473,8,
        13,1,14,1,14,1,14,1,14,1,15,1,15,1,15,1,15,1,15,1,15,5,15,485,8,
        15,10,15,12,15,488,9,15,3,15,490,8,15,1,15,1,15,1,16,1,16,1,16,1,
        16,1,17,1,17,1,17,3,17,501,8,17,1,17,3,17,504,8,17,1,17,3,17,507,
        8,17,1,17,1,17,1,17,1,17,3,17,513,8,17,1,18,1,18,3,18,517,8,18,1,
        18,1,18,3,18,521,8,18,1,18,3,18,524,8,18,1,18,1,18,3,18,528,8,18,
        1,18,1,18,3,18,532,8,18,1,18,3,18,535,8,18,1,18,1,18,1,18,1,18,3,
        18,541,8,18,1,18,1,18,3,18,545,8,18,1,18,3,18,548,8,18,1,18,1,18,
        1,18,1,18,1,18,3,18,555,8,18,1,18,1,18,1,18,1,18,1,18,3,18,562,8,
        18,1,18,3,18,565,8,18,1,18,1,18,3,18,569,8,18,1,18,1,18,1,18,1,18,
        1,18,1,18,5,18,577,8,18,10,18,12,18,580,9,18,1,18,1,18,3,18,584,
        8,18,1,18,1,18,1,18,1,18,1,18,5,18,591,8,18,10,18,12,18,594,9,18,
        1,18,1,18,3,18,598,8,18,1,18,3,18,601,8,18,1,18,3,18,604,8,18,1,
        18,1,18,3,18,608,8,18,1,18,1,18,3,18,612,8,18,1,18,1,18,3,18,616,
        8,18,1,18,3,18,619,8,18,1,18,1,18,1,18,3,18,624,8,18,1,18,1,18,1,
        18,1,18,1,18,5,18,631,8,18,10,18,12,18,634,9,18,1,18,1,18,3,18,638,
        8,18,1,18,3,18,641,8,18,1,18,3,18,644,8,18,1,18,3,18,647,8,18,1,
        18,3,18,650,8,18,1,18,3,18,653,8,18,1,18,3,18,656,8,18,1,18,1,18,
        1,18,3,18,661,8,18,1,19,3,19,664,8,19,1,19,1,19,1,19,1,19,1,19,5,
        19,671,8,19,10,19,12,19,674,9,19,1,19,1,19,3,19,678,8,19,1,19,3,
        19,681,8,19,1,19,3,19,684,8,19,1,19,3,19,687,8,19,1,19,3,19,690,
        8,19,1,19,3,19,693,8,19,1,19,1,19,3,19,697,8,19,1,20,1,20,1,20,1,
        20,1,21,1,21,1,21,1,22,1,22,1,22,1,23,1,23,1,23,1,23,1,23,1,23,5,
        23,715,8,23,10,23,12,23,718,9,23,1,24,1,24,1,24,3,24,723,8,24,1,
        25,1,25,1,25,1,25,1,25,1,25,1,25,3,25,732,8,25,1,25,3,25,735,8,25,
        3,25,737,8,25,1,25,3,25,740,8,25,3,25,742,8,25,1,25,3,25,745,8,25,
        1,26,1,26,3,26,749,8,26,1,26,1,26,1,26,1,26,1,26,1,27,1,27,1,27,
        1,27,1,27,1,27,1,28,1,28,3,28,764,8,28,1,28,1,28,1,28,1,28,1,28,
        1,28,1,29,1,29,1,29,1,29,3,29,776,8,29,1,29,1,29,1,29,1,29,3,29,
        782,8,29,1,29,1,29,1,29,1,29,3,29,788,8,29,1,30,1,30,1,30,1,30,1,
        31,1,31,1,31,1,31,5,31,798,8,31,10,31,12,31,801,9,31,1,31,3,31,804,
        8,31,1,32,1,32,1,32,1,33,1,33,1,33,1,33,1,34,1,34,1,34,1,34,3,34,
        817,8,34,1,35,1,35,1,35,1,36,1,36,1,36,1,36,5,36,826,8,36,10,36,
        12,36,829,9,36,3,36,831,8,36,1,36,1,36,1,37,1,37,1,37,1,37,1,38,
        1,38,3,38,841,8,38,1,39,1,39,1,39,1,39,1,39,3,39,848,8,39,1,40,3,
        40,851,8,40,1,40,1,40,1,41,1,41,3,41,857,8,41,1,41,3,41,860,8,41,
        1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,869,8,41,1,41,1,41,1,41,
        1,41,1,41,1,41,1,41,3,41,878,8,41,1,41,1,41,1,41,1,41,1,41,1,41,
        1,41,1,41,1,41,1,41,3,41,890,8,41,1,41,1,41,3,41,894,8,41,1,41,1,
        41,1,41,1,41,1,41,3,41,901,8,41,1,41,1,41,3,41,905,8,41,1,41,1,41,
        1,41,1,41,1,41,1,41,1,41,1,41,3,41,915,8,41,1,41,1,41,3,41,919,8,
        41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,3,41,929,8,41,1,41,1,
        41,1,41,1,41,1,41,3,41,936,8,41,1,42,1,42,1,42,1,42,5,42,942,8,42,
        10,42,12,42,945,9,42,3,42,947,8,42,1,42,1,42,1,43,1,43,1,43,1,43,
        1,43,1,43,1,43,3,43,958,8,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,
        1,43,3,43,968,8,43,1,43,1,43,1,43,5,43,973,8,43,10,43,12,43,976,
        9,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,3,43,985,8,43,1,43,1,43,
        3,43,989,8,43,3,43,991,8,43,3,43,993,8,43,1,44,3,44,996,8,44,1,44,
        1,44,3,44,1000,8,44,1,44,1,44,3,44,1004,8,44,5,44,1006,8,44,10,44,
        12,44,1009,9,44,1,44,1,44,1,44,1,44,1,44,1,44,5,44,1017,8,44,10,
        44,12,44,1020,9,44,1,44,1,44,3,44,1024,8,44,1,45,1,45,3,45,1028,
        8,45,1,45,1,45,3,45,1032,8,45,1,46,1,46,1,46,1,46,3,46,1038,8,46,
        1,46,1,46,1,46,1,46,3,46,1044,8,46,1,46,1,46,1,46,1,46,3,46,1050,
        8,46,1,47,1,47,1,47,3,47,1055,8,47,1,48,1,48,1,48,3,48,1060,8,48,
        1,48,1,48,3,48,1064,8,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,
        1,48,3,48,1075,8,48,1,48,1,48,3,48,1079,8,48,1,49,1,49,3,49,1083,
        8,49,1,49,3,49,1086,8,49,1,49,1,49,3,49,1090,8,49,1,49,1,49,3,49,
        1094,8,49,1,50,1,50,1,50,1,50,1,50,1,50,1,50,1,50,1,50,3,50,1105,
        8,50,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,
        1,51,3,51,1120,8,51,1,51,1,51,1,51,1,51,1,51,3,51,1127,8,51,1,51,
        1,51,1,51,3,51,1132,8,51,1,51,3,51,1135,8,51,1,51,1,51,1,51,3,51,
        1140,8,51,1,51,3,51,1143,8,51,3,51,1145,8,51,1,52,1,52,1,52,1,52,
        1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,1,52,3,52,1160,8,52,1,53,
        3,53,1163,8,53,1,53,1,53,1,53,1,54,1,54,3,54,1170,8,54,1,54,3,54,
        1173,8,54,1,54,1,54,3,54,1177,8,54,1,55,1,55,1,55,1,55,1,55,1,55,
        1,55,1,55,1,55,1,55,3,55,1189,8,55,1,56,1,56,1,56,1,56,1,56,1,56,
        1,56,5,56,1198,8,56,10,56,12,56,1201,9,56,1,56,3,56,1204,8,56,1,
        57,1,57,1,57,1,57,3,57,1210,8,57,1,58,1,58,1,58,1,58,1,59,1,59,1,
        59,1,59,1,59,3,59,1221,8,59,1,60,1,60,3,60,1225,8,60,1,61,1,61,1,
        61,1,61,1,62,1,62,1,62,1,62,1,63,1,63,1,63,1,63,3,63,1239,8,63,1,
        63,1,63,1,63,1,63,1,63,1,63,1,63,1,63,1,63,5,63,1250,8,63,10,63,
        12,63,1253,9,63,3,63,1255,8,63,3,63,1257,8,63,1,64,1,64,1,64,1,64,
        1,64,3,64,1264,8,64,1,64,1,64,3,64,1268,8,64,1,65,1,65,1,65,1,65,
        1,65,5,65,1275,8,65,10,65,12,65,1278,9,65,1,65,1,65,1,66,1,66,1,
        66,3,66,1285,8,66,1,67,3,67,1288,8,67,1,67,1,67,3,67,1292,8,67,1,
        67,3,67,1295,8,67,1,67,3,67,1298,8,67,1,67,3,67,1301,8,67,1,68,1,
        68,1,68,1,68,5,68,1307,8,68,10,68,12,68,1310,9,68,1,69,1,69,3,69,
        1314,8,69,1,69,1,69,1,69,1,69,1,69,1,70,1,70,1,70,1,70,5,70,1325,
        8,70,10,70,12,70,1328,9,70,1,71,1,71,3,71,1332,8,71,1,72,1,72,1,
        72,3,72,1337,8,72,1,72,5,72,1340,8,72,10,72,12,72,1343,9,72,1,73,
        1,73,1,73,1,73,1,73,1,73,1,73,1,73,3,73,1353,8,73,1,74,1,74,1,74,
        1,74,5,74,1359,8,74,10,74,12,74,1362,9,74,1,75,1,75,3,75,1366,8,
        75,1,75,3,75,1369,8,75,1,75,1,75,1,75,5,75,1374,8,75,10,75,12,75,
        1377,9,75,1,75,1,75,3,75,1381,8,75,1,75,3,75,1384,8,75,1,75,3,75,
        1387,8,75,1,75,3,75,1390,8,75,1,75,3,75,1393,8,75,1,76,1,76,1,76,
        1,77,1,77,1,77,1,78,1,78,1,78,1,78,1,78,1,78,1,78,3,78,1408,8,78,
        1,78,3,78,1411,8,78,3,78,1413,8,78,1,79,1,79,1,79,5,79,1418,8,79,
        10,79,12,79,1421,9,79,1,80,1,80,5,80,1425,8,80,10,80,12,80,1428,
        9,80,1,81,1,81,1,81,1,81,3,81,1434,8,81,1,81,3,81,1437,8,81,1,81,
        1,81,1,81,3,81,1442,8,81,3,81,1444,8,81,1,82,1,82,1,82,3,82,1449,
        8,82,3,82,1451,8,82,1,83,1,83,1,83,1,83,3,83,1457,8,83,1,84,1,84,
        3,84,1461,8,84,1,84,3,84,1464,8,84,1,85,1,85,3,85,1468,8,85,1,85,
        3,85,1471,8,85,1,85,1,85,1,85,1,85,1,85,1,85,1,85,1,85,1,85,1,85,
        3,85,1483,8,85,1,85,1,85,1,85,1,85,1,85,1,85,1,85,1,85,1,85,1,85,
        5,85,1495,8,85,10,85,12,85,1498,9,85,1,85,1,85,1,85,3,85,1503,8,
        85,1,85,1,85,1,85,1,85,3,85,1509,8,85,1,85,1,85,3,85,1513,8,85,1,
        86,1,86,1,86,1,86,1,86,1,86,1,87,3,87,1522,8,87,1,87,1,87,3,87,1526,
        8,87,1,88,1,88,1,88,1,88,1,88,5,88,1533,8,88,10,88,12,88,1536,9,
        88,1,89,1,89,1,89,1,89,1,89,1,89,5,89,1544,8,89,10,89,12,89,1547,
        9,89,1,89,1,89,1,89,1,89,1,89,1,89,1,89,5,89,1556,8,89,10,89,12,
        89,1559,9,89,1,89,1,89,1,89,1,89,1,89,3,89,1566,8,89,1,90,1,90,1,
        90,1,90,5,90,1572,8,90,10,90,12,90,1575,9,90,1,91,1,91,1,91,1,91,
        1,91,1,91,1,92,3,92,1584,8,92,1,92,1,92,1,92,1,92,1,92,5,92,1591,
        8,92,10,92,12,92,1594,9,92,3,92,1596,8,92,1,92,3,92,1599,8,92,1,
        92,3,92,1602,8,92,1,93,1,93,1,93,1,93,1,93,1,93,1,93,3,93,1611,8,
        93,1,94,1,94,1,94,1,94,1,94,1,94,1,94,3,94,1620,8,94,1,95,1,95,1,
        95,1,95,1,95,5,95,1627,8,95,10,95,12,95,1630,9,95,1,96,1,96,3,96,
        1634,8,96,1,96,1,96,3,96,1638,8,96,1,97,1,97,1,97,3,97,1643,8,97,
        1,98,1,98,1,98,3,98,1648,8,98,1,99,1,99,1,99,3,99,1653,8,99,1,99,
        1,99,1,99,1,100,1,100,1,100,1,100,1,100,1,100,1,100,5,100,1665,8,
        100,10,100,12,100,1668,9,100,3,100,1670,8,100,1,100,3,100,1673,8,
        100,1,100,1,100,1,100,1,100,5,100,1679,8,100,10,100,12,100,1682,
        9,100,3,100,1684,8,100,1,100,3,100,1687,8,100,1,100,3,100,1690,8,
        100,1,100,1,100,1,100,1,100,1,100,1,100,3,100,1698,8,100,1,100,1,
        100,1,100,1,100,5,100,1704,8,100,10,100,12,100,1707,9,100,3,100,
        1709,8,100,1,100,1,100,1,100,1,100,5,100,1715,8,100,10,100,12,100,
        1718,9,100,1,100,1,100,1,101,1,101,1,101,1,101,1,102,1,102,1,102,
        1,102,1,102,1,102,1,102,1,102,3,102,1734,8,102,1,103,1,103,1,103,
        1,103,1,103,1,103,1,103,1,103,1,103,1,103,1,103,3,103,1747,8,103,
        1,103,3,103,1750,8,103,1,104,1,104,1,104,5,104,1755,8,104,10,104,
        12,104,1758,9,104,1,105,4,105,1761,8,105,11,105,12,105,1762,1,106,
        1,106,3,106,1767,8,106,1,107,1,107,1,107,1,107,1,107,3,107,1774,
        8,107,1,108,1,108,1,108,1,108,1,108,3,108,1781,8,108,1,108,1,108,
        3,108,1785,8,108,3,108,1787,8,108,1,108,3,108,1790,8,108,1,108,3,
        108,1793,8,108,1,109,1,109,1,109,1,109,1,109,1,109,5,109,1801,8,
        109,10,109,12,109,1804,9,109,1,109,1,109,1,110,1,110,1,110,1,110,
        1,111,1,111,1,111,3,111,1815,8,111,1,111,5,111,1818,8,111,10,111,
        12,111,1821,9,111,1,111,1,111,1,112,1,112,1,112,1,112,1,112,5,112,
        1830,8,112,10,112,12,112,1833,9,112,3,112,1835,8,112,1,112,3,112,
        1838,8,112,1,113,1,113,1,113,3,113,1843,8,113,1,114,1,114,1,115,
        1,115,1,115,5,115,1850,8,115,10,115,12,115,1853,9,115,1,115,1,115,
        3,115,1857,8,115,1,115,1,115,1,115,1,115,1,115,1,115,5,115,1865,
        8,115,10,115,12,115,1868,9,115,1,116,1,116,1,116,1,116,1,116,1,116,
        1,116,3,116,1877,8,116,1,116,1,116,3,116,1881,8,116,1,116,1,116,
        1,116,1,116,1,116,1,116,1,116,3,116,1890,8,116,1,116,3,116,1893,
        8,116,1,116,1,116,3,116,1897,8,116,1,116,1,116,1,116,1,116,1,116,
        1,116,1,116,1,116,1,116,1,116,5,116,1909,8,116,10,116,12,116,1912,
        9,116,3,116,1914,8,116,1,116,1,116,1,116,1,116,1,116,1,116,3,116,
        1922,8,116,1,116,1,116,1,116,3,116,1927,8,116,3,116,1929,8,116,3,
        116,1931,8,116,1,117,1,117,1,118,1,118,1,119,1,119,1,119,1,119,3,
        119,1941,8,119,1,119,1,119,1,119,1,119,1,119,1,119,1,119,1,119,1,
        119,1,119,1,119,1,119,1,119,1,119,5,119,1957,8,119,10,119,12,119,
        1960,9,119,1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,120,
        1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,120,
        5,120,1982,8,120,10,120,12,120,1985,9,120,3,120,1987,8,120,1,120,
        1,120,1,120,1,120,3,120,1993,8,120,1,121,1,121,3,121,1997,8,121,
        1,121,4,121,2000,8,121,11,121,12,121,2001,1,121,3,121,2005,8,121,
        1,121,1,121,1,122,1,122,1,122,1,123,1,123,1,123,1,123,1,123,1,124,
        1,124,1,124,1,124,1,124,1,124,1,124,1,125,1,125,1,125,1,125,1,125,
        1,125,1,125,1,126,1,126,1,126,1,126,1,126,1,126,1,126,3,126,2038,
        8,126,1,126,1,126,1,127,1,127,1,127,1,127,3,127,2046,8,127,1,127,
        1,127,1,127,1,127,3,127,2052,8,127,1,127,1,127,1,127,1,128,1,128,
        1,128,1,128,1,128,1,128,1,128,1,128,1,128,3,128,2066,8,128,1,128,
        1,128,1,129,1,129,1,129,1,129,1,129,1,129,1,129,3,129,2077,8,129,
        1,129,1,129,1,130,1,130,1,130,1,130,1,130,3,130,2086,8,130,1,130,
        1,130,1,131,1,131,1,131,1,131,1,131,5,131,2095,8,131,10,131,12,131,
        2098,9,131,3,131,2100,8,131,1,131,1,131,1,131,1,131,1,131,1,131,
        1,131,1,131,1,131,1,131,1,131,5,131,2113,8,131,10,131,12,131,2116,
        9,131,3,131,2118,8,131,1,131,3,131,2121,8,131,1,132,1,132,1,132,
        1,132,3,132,2127,8,132,1,132,1,132,1,132,5,132,2132,8,132,10,132,
        12,132,2135,9,132,3,132,2137,8,132,1,132,1,132,1,132,3,132,2142,
        8,132,1,132,1,132,1,132,1,132,1,132,1,132,3,132,2150,8,132,1,132,
        1,132,1,132,1,132,1,132,1,132,3,132,2158,8,132,1,132,1,132,1,132,
        1,132,1,132,1,132,3,132,2166,8,132,3,132,2168,8,132,1,133,1,133,
        1,133,1,133,1,133,1,133,1,133,1,133,1,133,1,133,3,133,2180,8,133,
        1,134,1,134,1,134,3,134,2185,8,134,1,134,1,134,1,135,1,135,1,135,
        1,135,1,135,1,135,1,135,5,135,2196,8,135,10,135,12,135,2199,9,135,
        3,135,2201,8,135,1,135,3,135,2204,8,135,1,135,1,135,1,135,1,135,
        1,135,5,135,2211,8,135,10,135,12,135,2214,9,135,1,135,1,135,1,135,
        1,135,3,135,2220,8,135,1,136,1,136,1,137,1,137,1,138,1,138,3,138,
        2228,8,138,1,139,1,139,1,139,1,139,1,139,1,139,1,139,1,139,1,139,
        1,139,1,139,1,139,1,139,1,139,3,139,2244,8,139,1,140,1,140,1,141,
        1,141,5,141,2250,8,141,10,141,12,141,2253,9,141,1,142,1,142,3,142,
        2257,8,142,1,142,1,142,3,142,2261,8,142,1,142,1,142,1,143,1,143,
        3,143,2267,8,143,1,143,1,143,1,143,3,143,2272,8,143,3,143,2274,8,
        143,1,144,1,144,1,144,1,144,3,144,2280,8,144,1,144,1,144,1,145,1,
        145,3,145,2286,8,145,1,145,1,145,3,145,2290,8,145,5,145,2292,8,145,
        10,145,12,145,2295,9,145,1,146,1,146,1,146,3,146,2300,8,146,1,147,
        1,147,1,147,1,147,1,147,5,147,2307,8,147,10,147,12,147,2310,9,147,
        3,147,2312,8,147,1,147,1,147,1,147,1,147,1,147,5,147,2319,8,147,
        10,147,12,147,2322,9,147,3,147,2324,8,147,1,147,3,147,2327,8,147,
        1,147,1,147,1,147,1,147,1,147,1,147,1,147,1,147,1,147,1,147,1,147,
        1,147,1,147,1,147,1,147,1,147,1,147,1,147,1,147,3,147,2348,8,147,
        1,147,1,147,3,147,2352,8,147,1,147,1,147,3,147,2356,8,147,1,147,
        1,147,3,147,2360,8,147,1,147,1,147,1,147,3,147,2365,8,147,1,147,
        1,147,1,147,1,147,1,147,1,147,1,147,1,147,3,147,2375,8,147,1,147,
        1,147,1,147,1,147,1,147,3,147,2382,8,147,1,147,3,147,2385,8,147,
        3,147,2387,8,147,1,148,1,148,1,148,3,148,2392,8,148,1,149,1,149,
        1,149,5,149,2397,8,149,10,149,12,149,2400,9,149,1,150,1,150,1,150,
        5,150,2405,8,150,10,150,12,150,2408,9,150,1,151,1,151,1,151,1,151,
        5,151,2414,8,151,10,151,12,151,2417,9,151,1,151,1,151,1,152,1,152,
        1,152,3,152,2424,8,152,1,153,1,153,1,153,0,2,230,238,154,0,2,4,6,
        8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,
        52,54,56,58,60,62,64,66,68,70,72,74,76,78,80,82,84,86,88,90,92,94,
        96,98,100,102,104,106,108,110,112,114,116,118,120,122,124,126,128,
        130,132,134,136,138,140,142,144,146,148,150,152,154,156,158,160,
        162,164,166,168,170,172,174,176,178,180,182,184,186,188,190,192,
        194,196,198,200,202,204,206,208,210,212,214,216,218,220,222,224,
        226,228,230,232,234,236,238,240,242,244,246,248,250,252,254,256,
        258,260,262,264,266,268,270,272,274,276,278,280,282,284,286,288,
        290,292,294,296,298,300,302,304,306,0,44,2,0,89,89,211,211,2,0,92,
        92,143,143,2,0,4,4,165,165,3,0,58,58,86,86,144,144,8,0,3,3,33,33,
        50,50,76,76,114,114,135,135,147,147,221,221,1,0,239,240,2,0,1,1,
        119,119,2,0,18,18,168,168,2,0,21,21,38,38,2,0,72,72,85,85,2,0,73,
        73,213,213,2,0,84,84,105,105,1,0,45,46,2,0,57,57,206,206,2,0,3,3,
        48,48,3,0,73,73,104,104,170,170,2,0,36,36,171,171,2,0,159,159,173,
        173,2,0,69,69,154,154,2,0,10,10,45,45,2,0,67,67,101,101,1,0,172,
        173,2,0,67,67,126,126,1,0,276,279,3,0,3,3,7,7,183,183,2,0,11,11,
        190,190,1,0,232,237,1,0,241,243,2,0,239,240,244,244,2,0,20,20,204,
        204,3,0,14,14,103,103,200,200,2,0,72,72,252,252,2,0,70,70,252,252,
        2,0,23,24,68,68,3,0,8,8,109,109,124,124,2,0,83,83,167,167,8,0,41,
        42,80,81,115,116,122,123,158,158,175,176,222,222,229,230,8,0,41,
        41,80,80,115,115,122,122,158,158,175,175,222,222,229,229,1,0,261,
        263,1,0,258,259,2,0,8,8,124,124,2,0,226,226,228,228,2,0,155,155,
        216,216,52,0,1,2,5,5,10,10,15,15,18,18,21,22,26,31,33,33,38,39,42,
        43,45,45,47,47,49,51,55,55,58,58,61,62,67,67,69,69,71,71,75,76,81,
        84,86,86,88,88,94,97,99,101,107,107,112,114,116,121,123,123,126,
        126,129,129,133,133,135,135,138,138,140,140,143,144,146,152,154,
        154,157,158,160,169,174,174,176,176,179,180,182,182,184,187,189,
        189,194,195,203,203,208,208,212,213,217,222,230,231,2770,0,308,1,
        0,0,0,2,340,1,0,0,0,4,342,1,0,0,0,6,344,1,0,0,0,8,358,1,0,0,0,10,
        370,1,0,0,0,12,385,1,0,0,0,14,387,1,0,0,0,16,402,1,0,0,0,18,413,
        1,0,0,0,20,415,1,0,0,0,22,423,1,0,0,0,24,440,1,0,0,0,26,453,1,0,
        0,0,28,474,1,0,0,0,30,478,1,0,0,0,32,493,1,0,0,0,34,512,1,0,0,0,
        36,660,1,0,0,0,38,663,1,0,0,0,40,698,1,0,0,0,42,702,1,0,0,0,44,705,
        1,0,0,0,46,708,1,0,0,0,48,722,1,0,0,0,50,724,1,0,0,0,52,748,1,0,
        0,0,54,755,1,0,0,0,56,763,1,0,0,0,58,787,1,0,0,0,60,789,1,0,0,0,
        62,793,1,0,0,0,64,805,1,0,0,0,66,808,1,0,0,0,68,812,1,0,0,0,70,818,
        1,0,0,0,72,821,1,0,0,0,74,834,1,0,0,0,76,840,1,0,0,0,78,847,1,0,
        0,0,80,850,1,0,0,0,82,854,1,0,0,0,84,937,1,0,0,0,86,992,1,0,0,0,
        88,1023,1,0,0,0,90,1031,1,0,0,0,92,1049,1,0,0,0,94,1054,1,0,0,0,
        96,1078,1,0,0,0,98,1080,1,0,0,0,100,1104,1,0,0,0,102,1106,1,0,0,
        0,104,1159,1,0,0,0,106,1162,1,0,0,0,108,1167,1,0,0,0,110,1188,1,
        0,0,0,112,1190,1,0,0,0,114,1205,1,0,0,0,116,1211,1,0,0,0,118,1215,
        1,0,0,0,120,1222,1,0,0,0,122,1226,1,0,0,0,124,1230,1,0,0,0,126,1234,
        1,0,0,0,128,1258,1,0,0,0,130,1269,1,0,0,0,132,1281,1,0,0,0,134,1287,
        1,0,0,0,136,1302,1,0,0,0,138,1311,1,0,0,0,140,1320,1,0,0,0,142,1329,
        1,0,0,0,144,1333,1,0,0,0,146,1352,1,0,0,0,148,1354,1,0,0,0,150,1363,
        1,0,0,0,152,1394,1,0,0,0,154,1397,1,0,0,0,156,1412,1,0,0,0,158,1414,
        1,0,0,0,160,1422,1,0,0,0,162,1443,1,0,0,0,164,1450,1,0,0,0,166,1456,
        1,0,0,0,168,1458,1,0,0,0,170,1512,1,0,0,0,172,1514,1,0,0,0,174,1521,
        1,0,0,0,176,1527,1,0,0,0,178,1565,1,0,0,0,180,1567,1,0,0,0,182,1576,
        1,0,0,0,184,1583,1,0,0,0,186,1603,1,0,0,0,188,1619,1,0,0,0,190,1621,
        1,0,0,0,192,1631,1,0,0,0,194,1639,1,0,0,0,196,1644,1,0,0,0,198,1649,
        1,0,0,0,200,1657,1,0,0,0,202,1721,1,0,0,0,204,1733,1,0,0,0,206,1735,
        1,0,0,0,208,1751,1,0,0,0,210,1760,1,0,0,0,212,1764,1,0,0,0,214,1773,
        1,0,0,0,216,1789,1,0,0,0,218,1794,1,0,0,0,220,1807,1,0,0,0,222,1811,
        1,0,0,0,224,1824,1,0,0,0,226,1839,1,0,0,0,228,1844,1,0,0,0,230,1856,
        1,0,0,0,232,1930,1,0,0,0,234,1932,1,0,0,0,236,1934,1,0,0,0,238,1940,
        1,0,0,0,240,1992,1,0,0,0,242,1994,1,0,0,0,244,2008,1,0,0,0,246,2011,
        1,0,0,0,248,2016,1,0,0,0,250,2023,1,0,0,0,252,2030,1,0,0,0,254,2041,
        1,0,0,0,256,2056,1,0,0,0,258,2069,1,0,0,0,260,2080,1,0,0,0,262,2120,
        1,0,0,0,264,2122,1,0,0,0,266,2179,1,0,0,0,268,2184,1,0,0,0,270,2219,
        1,0,0,0,272,2221,1,0,0,0,274,2223,1,0,0,0,276,2227,1,0,0,0,278,2243,
        1,0,0,0,280,2245,1,0,0,0,282,2247,1,0,0,0,284,2254,1,0,0,0,286,2264,
        1,0,0,0,288,2275,1,0,0,0,290,2283,1,0,0,0,292,2299,1,0,0,0,294,2386,
        1,0,0,0,296,2388,1,0,0,0,298,2393,1,0,0,0,300,2401,1,0,0,0,302,2409,
        1,0,0,0,304,2423,1,0,0,0,306,2425,1,0,0,0,308,310,3,2,1,0,309,311,
        5,254,0,0,310,309,1,0,0,0,310,311,1,0,0,0,311,312,1,0,0,0,312,313,
        5,0,0,1,313,1,1,0,0,0,314,341,3,4,2,0,315,341,3,6,3,0,316,341,3,
        14,7,0,317,341,3,20,10,0,318,341,3,22,11,0,319,341,3,8,4,0,320,341,
        3,10,5,0,321,341,3,12,6,0,322,341,3,34,17,0,323,341,3,82,41,0,324,
        341,3,98,49,0,325,341,3,102,51,0,326,341,3,108,54,0,327,341,3,112,
        56,0,328,341,3,114,57,0,329,341,3,116,58,0,330,341,3,118,59,0,331,
        341,3,120,60,0,332,341,3,122,61,0,333,341,3,124,62,0,334,341,3,126,
        63,0,335,341,3,128,64,0,336,341,3,32,16,0,337,341,3,24,12,0,338,
        341,3,26,13,0,339,341,3,30,15,0,340,314,1,0,0,0,340,315,1,0,0,0,
        340,316,1,0,0,0,340,317,1,0,0,0,340,318,1,0,0,0,340,319,1,0,0,0,
        340,320,1,0,0,0,340,321,1,0,0,0,340,322,1,0,0,0,340,323,1,0,0,0,
        340,324,1,0,0,0,340,325,1,0,0,0,340,326,1,0,0,0,340,327,1,0,0,0,
        340,328,1,0,0,0,340,329,1,0,0,0,340,330,1,0,0,0,340,331,1,0,0,0,
        340,332,1,0,0,0,340,333,1,0,0,0,340,334,1,0,0,0,340,335,1,0,0,0,
        340,336,1,0,0,0,340,337,1,0,0,0,340,338,1,0,0,0,340,339,1,0,0,0,
        341,3,1,0,0,0,342,343,3,134,67,0,343,5,1,0,0,0,344,345,7,0,0,0,345,
        346,7,1,0,0,346,348,3,298,149,0,347,349,3,222,111,0,348,347,1,0,
        0,0,348,349,1,0,0,0,349,351,1,0,0,0,350,352,3,130,65,0,351,350,1,
        0,0,0,351,352,1,0,0,0,352,354,1,0,0,0,353,355,3,302,151,0,354,353,
        1,0,0,0,354,355,1,0,0,0,355,356,1,0,0,0,356,357,3,134,67,0,357,7,
        1,0,0,0,358,359,5,184,0,0,359,360,5,178,0,0,360,364,5,12,0,0,361,
        362,3,6,3,0,362,363,5,254,0,0,363,365,1,0,0,0,364,361,1,0,0,0,365,
        366,1,0,0,0,366,364,1,0,0,0,366,367,1,0,0,0,367,368,1,0,0,0,368,
        369,5,54,0,0,369,9,1,0,0,0,370,371,5,12,0,0,371,372,5,184,0,0,372,
        383,5,178,0,0,373,379,5,254,0,0,374,375,3,6,3,0,375,376,5,254,0,
        0,376,378,1,0,0,0,377,374,1,0,0,0,378,381,1,0,0,0,379,377,1,0,0,
        0,379,380,1,0,0,0,380,382,1,0,0,0,381,379,1,0,0,0,382,384,5,54,0,
        0,383,373,1,0,0,0,383,384,1,0,0,0,384,11,1,0,0,0,385,386,5,54,0,
        0,386,13,1,0,0,0,387,398,5,61,0,0,388,389,5,152,0,0,389,399,5,70,
        0,0,390,395,3,16,8,0,391,392,5,252,0,0,392,394,3,16,8,0,393,391,
        1,0,0,0,394,397,1,0,0,0,395,393,1,0,0,0,395,396,1,0,0,0,396,399,
        1,0,0,0,397,395,1,0,0,0,398,388,1,0,0,0,398,390,1,0,0,0,398,399,
        1,0,0,0,399,400,1,0,0,0,400,401,3,18,9,0,401,15,1,0,0,0,402,403,
        3,304,152,0,403,17,1,0,0,0,404,414,3,134,67,0,405,414,3,6,3,0,406,
        414,3,8,4,0,407,411,5,59,0,0,408,412,3,8,4,0,409,412,3,6,3,0,410,
        412,3,134,67,0,411,408,1,0,0,0,411,409,1,0,0,0,411,410,1,0,0,0,412,
        414,1,0,0,0,413,404,1,0,0,0,413,405,1,0,0,0,413,406,1,0,0,0,413,
        407,1,0,0,0,414,19,1,0,0,0,415,421,5,59,0,0,416,422,3,8,4,0,417,
        422,3,6,3,0,418,422,3,134,67,0,419,420,5,152,0,0,420,422,3,282,141,
        0,421,416,1,0,0,0,421,417,1,0,0,0,421,418,1,0,0,0,421,419,1,0,0,
        0,422,21,1,0,0,0,423,426,5,28,0,0,424,425,5,6,0,0,425,427,5,59,0,
        0,426,424,1,0,0,0,426,427,1,0,0,0,427,428,1,0,0,0,428,429,5,152,
        0,0,429,433,3,282,141,0,430,431,5,82,0,0,431,432,5,127,0,0,432,434,
        5,60,0,0,433,430,1,0,0,0,433,434,1,0,0,0,434,435,1,0,0,0,435,438,
        5,70,0,0,436,439,3,8,4,0,437,439,3,6,3,0,438,436,1,0,0,0,438,437,
        1,0,0,0,439,23,1,0,0,0,440,441,5,44,0,0,441,442,5,72,0,0,442,447,
        3,298,149,0,443,445,5,9,0,0,444,443,1,0,0,0,444,445,1,0,0,0,445,
        446,1,0,0,0,446,448,3,304,152,0,447,444,1,0,0,0,447,448,1,0,0,0,
        448,451,1,0,0,0,449,450,5,224,0,0,450,452,3,230,115,0,451,449,1,
        0,0,0,451,452,1,0,0,0,452,25,1,0,0,0,453,454,5,210,0,0,454,459,3,
        298,149,0,455,457,5,9,0,0,456,455,1,0,0,0,456,457,1,0,0,0,457,458,
        1,0,0,0,458,460,3,304,152,0,459,456,1,0,0,0,459,460,1,0,0,0,460,
        461,1,0,0,0,461,462,5,178,0,0,462,467,3,28,14,0,463,464,5,252,0,
        0,464,466,3,28,14,0,465,463,1,0,0,0,466,469,1,0,0,0,467,465,1,0,
        0,0,467,468,1,0,0,0,468,472,1,0,0,0,469,467,1,0,0,0,470,471,5,224,
        0,0,471,473,3,230,115,0,472,470,1,0,0,0,472,473,1,0,0,0,473,27,1,
        0,0,0,474,475,3,304,152,0,475,476,5,232,0,0,476,477,3,230,115,0,
        477,29,1,0,0,0,478,479,5,17,0,0,479,480,3,300,150,0,480,489,5,246,
        0,0,481,486,3,268,134,0,482,483,5,252,0,0,483,485,3,268,134,0,484,
        482,1,0,0,0,485,488,1,0,0,0,486,484,1,0,0,0,486,487,1,0,0,0,487,
        490,1,0,0,0,488,486,1,0,0,0,489,481,1,0,0,0,489,490,1,0,0,0,490,
        491,1,0,0,0,491,492,5,247,0,0,492,31,1,0,0,0,493,494,5,203,0,0,494,
        495,5,193,0,0,495,496,3,298,149,0,496,33,1,0,0,0,497,500,5,34,0,
        0,498,499,5,136,0,0,499,501,7,2,0,0,500,498,1,0,0,0,500,501,1,0,
        0,0,501,503,1,0,0,0,502,504,5,195,0,0,503,502,1,0,0,0,503,504,1,
        0,0,0,504,506,1,0,0,0,505,507,5,191,0,0,506,505,1,0,0,0,506,507,
        1,0,0,0,507,508,1,0,0,0,508,513,3,36,18,0,509,510,5,165,0,0,510,
        511,5,193,0,0,511,513,3,38,19,0,512,497,1,0,0,0,512,509,1,0,0,0,
        513,35,1,0,0,0,514,516,5,21,0,0,515,517,3,40,20,0,516,515,1,0,0,
        0,516,517,1,0,0,0,517,518,1,0,0,0,518,520,3,304,152,0,519,521,3,
        44,22,0,520,519,1,0,0,0,520,521,1,0,0,0,521,523,1,0,0,0,522,524,
        3,70,35,0,523,522,1,0,0,0,523,524,1,0,0,0,524,661,1,0,0,0,525,527,
        5,38,0,0,526,528,3,40,20,0,527,526,1,0,0,0,527,528,1,0,0,0,528,529,
        1,0,0,0,529,531,3,298,149,0,530,532,3,44,22,0,531,530,1,0,0,0,531,
        532,1,0,0,0,532,534,1,0,0,0,533,535,3,70,35,0,534,533,1,0,0,0,534,
        535,1,0,0,0,535,661,1,0,0,0,536,537,5,193,0,0,537,661,3,38,19,0,
        538,540,5,217,0,0,539,541,3,40,20,0,540,539,1,0,0,0,540,541,1,0,
        0,0,541,542,1,0,0,0,542,544,3,298,149,0,543,545,3,302,151,0,544,
        543,1,0,0,0,544,545,1,0,0,0,545,547,1,0,0,0,546,548,3,44,22,0,547,
        546,1,0,0,0,547,548,1,0,0,0,548,549,1,0,0,0,549,550,5,9,0,0,550,
        551,3,134,67,0,551,661,1,0,0,0,552,554,5,74,0,0,553,555,3,40,20,
        0,554,553,1,0,0,0,554,555,1,0,0,0,555,556,1,0,0,0,556,557,3,298,
        149,0,557,558,5,9,0,0,558,561,3,282,141,0,559,560,5,100,0,0,560,
        562,3,304,152,0,561,559,1,0,0,0,561,562,1,0,0,0,562,564,1,0,0,0,
        563,565,3,46,23,0,564,563,1,0,0,0,564,565,1,0,0,0,565,661,1,0,0,
        0,566,568,5,117,0,0,567,569,3,40,20,0,568,567,1,0,0,0,568,569,1,
        0,0,0,569,570,1,0,0,0,570,583,3,298,149,0,571,572,5,88,0,0,572,573,
        5,246,0,0,573,578,3,50,25,0,574,575,5,252,0,0,575,577,3,50,25,0,
        576,574,1,0,0,0,577,580,1,0,0,0,578,576,1,0,0,0,578,579,1,0,0,0,
        579,581,1,0,0,0,580,578,1,0,0,0,581,582,5,247,0,0,582,584,1,0,0,
        0,583,571,1,0,0,0,583,584,1,0,0,0,584,597,1,0,0,0,585,586,5,140,
        0,0,586,587,5,246,0,0,587,592,3,50,25,0,588,589,5,252,0,0,589,591,
        3,50,25,0,590,588,1,0,0,0,591,594,1,0,0,0,592,590,1,0,0,0,592,593,
        1,0,0,0,593,595,1,0,0,0,594,592,1,0,0,0,595,596,5,247,0,0,596,598,
        1,0,0,0,597,585,1,0,0,0,597,598,1,0,0,0,598,600,1,0,0,0,599,601,
        3,44,22,0,600,599,1,0,0,0,600,601,1,0,0,0,601,603,1,0,0,0,602,604,
        3,70,35,0,603,602,1,0,0,0,603,604,1,0,0,0,604,607,1,0,0,0,605,606,
        5,9,0,0,606,608,3,134,67,0,607,605,1,0,0,0,607,608,1,0,0,0,608,661,
        1,0,0,0,609,611,5,30,0,0,610,612,3,40,20,0,611,610,1,0,0,0,611,612,
        1,0,0,0,612,613,1,0,0,0,613,615,3,298,149,0,614,616,3,44,22,0,615,
        614,1,0,0,0,615,616,1,0,0,0,616,618,1,0,0,0,617,619,3,70,35,0,618,
        617,1,0,0,0,618,619,1,0,0,0,619,661,1,0,0,0,620,621,5,112,0,0,621,
        623,5,193,0,0,622,624,3,40,20,0,623,622,1,0,0,0,623,624,1,0,0,0,
        624,625,1,0,0,0,625,637,3,298,149,0,626,627,5,246,0,0,627,632,3,
        48,24,0,628,629,5,252,0,0,629,631,3,48,24,0,630,628,1,0,0,0,631,
        634,1,0,0,0,632,630,1,0,0,0,632,633,1,0,0,0,633,635,1,0,0,0,634,
        632,1,0,0,0,635,636,5,247,0,0,636,638,1,0,0,0,637,626,1,0,0,0,637,
        638,1,0,0,0,638,640,1,0,0,0,639,641,3,44,22,0,640,639,1,0,0,0,640,
        641,1,0,0,0,641,643,1,0,0,0,642,644,3,58,29,0,643,642,1,0,0,0,643,
        644,1,0,0,0,644,646,1,0,0,0,645,647,3,60,30,0,646,645,1,0,0,0,646,
        647,1,0,0,0,647,649,1,0,0,0,648,650,3,70,35,0,649,648,1,0,0,0,649,
        650,1,0,0,0,650,652,1,0,0,0,651,653,3,66,33,0,652,651,1,0,0,0,652,
        653,1,0,0,0,653,655,1,0,0,0,654,656,3,68,34,0,655,654,1,0,0,0,655,
        656,1,0,0,0,656,657,1,0,0,0,657,658,5,9,0,0,658,659,3,134,67,0,659,
        661,1,0,0,0,660,514,1,0,0,0,660,525,1,0,0,0,660,536,1,0,0,0,660,
        538,1,0,0,0,660,552,1,0,0,0,660,566,1,0,0,0,660,609,1,0,0,0,660,
        620,1,0,0,0,661,37,1,0,0,0,662,664,3,40,20,0,663,662,1,0,0,0,663,
        664,1,0,0,0,664,665,1,0,0,0,665,677,3,298,149,0,666,667,5,246,0,
        0,667,672,3,48,24,0,668,669,5,252,0,0,669,671,3,48,24,0,670,668,
        1,0,0,0,671,674,1,0,0,0,672,670,1,0,0,0,672,673,1,0,0,0,673,675,
        1,0,0,0,674,672,1,0,0,0,675,676,5,247,0,0,676,678,1,0,0,0,677,666,
        1,0,0,0,677,678,1,0,0,0,678,680,1,0,0,0,679,681,3,44,22,0,680,679,
        1,0,0,0,680,681,1,0,0,0,681,683,1,0,0,0,682,684,3,58,29,0,683,682,
        1,0,0,0,683,684,1,0,0,0,684,686,1,0,0,0,685,687,3,60,30,0,686,685,
        1,0,0,0,686,687,1,0,0,0,687,689,1,0,0,0,688,690,3,70,35,0,689,688,
        1,0,0,0,689,690,1,0,0,0,690,692,1,0,0,0,691,693,3,62,31,0,692,691,
        1,0,0,0,692,693,1,0,0,0,693,696,1,0,0,0,694,695,5,9,0,0,695,697,
        3,134,67,0,696,694,1,0,0,0,696,697,1,0,0,0,697,39,1,0,0,0,698,699,
        5,82,0,0,699,700,5,127,0,0,700,701,5,60,0,0,701,41,1,0,0,0,702,703,
        5,82,0,0,703,704,5,60,0,0,704,43,1,0,0,0,705,706,5,27,0,0,706,707,
        3,282,141,0,707,45,1,0,0,0,708,709,5,214,0,0,709,710,5,94,0,0,710,
        716,3,282,141,0,711,712,5,252,0,0,712,713,5,94,0,0,713,715,3,282,
        141,0,714,711,1,0,0,0,715,718,1,0,0,0,716,714,1,0,0,0,716,717,1,
        0,0,0,717,47,1,0,0,0,718,716,1,0,0,0,719,723,3,50,25,0,720,723,3,
        54,27,0,721,723,3,56,28,0,722,719,1,0,0,0,722,720,1,0,0,0,722,721,
        1,0,0,0,723,49,1,0,0,0,724,741,3,304,152,0,725,726,5,9,0,0,726,742,
        3,230,115,0,727,736,3,290,145,0,728,731,5,114,0,0,729,730,5,72,0,
        0,730,732,3,282,141,0,731,729,1,0,0,0,731,732,1,0,0,0,732,734,1,
        0,0,0,733,735,5,219,0,0,734,733,1,0,0,0,734,735,1,0,0,0,735,737,
        1,0,0,0,736,728,1,0,0,0,736,737,1,0,0,0,737,739,1,0,0,0,738,740,
        3,52,26,0,739,738,1,0,0,0,739,740,1,0,0,0,740,742,1,0,0,0,741,725,
        1,0,0,0,741,727,1,0,0,0,742,744,1,0,0,0,743,745,3,44,22,0,744,743,
        1,0,0,0,744,745,1,0,0,0,745,51,1,0,0,0,746,747,5,32,0,0,747,749,
        3,304,152,0,748,746,1,0,0,0,748,749,1,0,0,0,749,750,1,0,0,0,750,
        751,5,156,0,0,751,752,5,99,0,0,752,753,5,127,0,0,753,754,5,55,0,
        0,754,53,1,0,0,0,755,756,5,220,0,0,756,757,5,70,0,0,757,758,3,300,
        150,0,758,759,5,9,0,0,759,760,3,230,115,0,760,55,1,0,0,0,761,762,
        5,32,0,0,762,764,3,304,152,0,763,761,1,0,0,0,763,764,1,0,0,0,764,
        765,1,0,0,0,765,766,5,156,0,0,766,767,5,99,0,0,767,768,3,302,151,
        0,768,769,5,127,0,0,769,770,5,55,0,0,770,57,1,0,0,0,771,772,5,49,
        0,0,772,775,5,16,0,0,773,776,5,159,0,0,774,776,3,304,152,0,775,773,
        1,0,0,0,775,774,1,0,0,0,775,776,1,0,0,0,776,777,1,0,0,0,777,781,
        3,302,151,0,778,779,5,92,0,0,779,780,5,261,0,0,780,782,5,15,0,0,
        781,778,1,0,0,0,781,782,1,0,0,0,782,788,1,0,0,0,783,784,5,49,0,0,
        784,785,5,92,0,0,785,786,5,261,0,0,786,788,5,15,0,0,787,771,1,0,
        0,0,787,783,1,0,0,0,788,59,1,0,0,0,789,790,5,146,0,0,790,791,5,16,
        0,0,791,792,3,302,151,0,792,61,1,0,0,0,793,794,5,105,0,0,794,803,
        3,298,149,0,795,799,5,246,0,0,796,798,3,64,32,0,797,796,1,0,0,0,
        798,801,1,0,0,0,799,797,1,0,0,0,799,800,1,0,0,0,800,802,1,0,0,0,
        801,799,1,0,0,0,802,804,5,247,0,0,803,795,1,0,0,0,803,804,1,0,0,
        0,804,63,1,0,0,0,805,806,7,3,0,0,806,807,7,4,0,0,807,65,1,0,0,0,
        808,809,5,71,0,0,809,810,5,232,0,0,810,811,3,284,142,0,811,67,1,
        0,0,0,812,813,5,162,0,0,813,816,5,232,0,0,814,817,5,73,0,0,815,817,
        3,304,152,0,816,814,1,0,0,0,816,815,1,0,0,0,817,69,1,0,0,0,818,819,
        5,226,0,0,819,820,3,72,36,0,820,71,1,0,0,0,821,830,5,246,0,0,822,
        827,3,74,37,0,823,824,5,252,0,0,824,826,3,74,37,0,825,823,1,0,0,
        0,826,829,1,0,0,0,827,825,1,0,0,0,827,828,1,0,0,0,828,831,1,0,0,
        0,829,827,1,0,0,0,830,822,1,0,0,0,830,831,1,0,0,0,831,832,1,0,0,
        0,832,833,5,247,0,0,833,73,1,0,0,0,834,835,3,76,38,0,835,836,5,232,
        0,0,836,837,3,78,39,0,837,75,1,0,0,0,838,841,3,282,141,0,839,841,
        3,300,150,0,840,838,1,0,0,0,840,839,1,0,0,0,841,77,1,0,0,0,842,848,
        3,282,141,0,843,848,3,80,40,0,844,848,5,202,0,0,845,848,5,64,0,0,
        846,848,3,304,152,0,847,842,1,0,0,0,847,843,1,0,0,0,847,844,1,0,
        0,0,847,845,1,0,0,0,847,846,1,0,0,0,848,79,1,0,0,0,849,851,7,5,0,
        0,850,849,1,0,0,0,850,851,1,0,0,0,851,852,1,0,0,0,852,853,3,280,
        140,0,853,81,1,0,0,0,854,856,5,4,0,0,855,857,5,195,0,0,856,855,1,
        0,0,0,856,857,1,0,0,0,857,859,1,0,0,0,858,860,5,191,0,0,859,858,
        1,0,0,0,859,860,1,0,0,0,860,935,1,0,0,0,861,862,5,21,0,0,862,868,
        3,304,152,0,863,864,5,178,0,0,864,869,3,72,36,0,865,866,5,166,0,
        0,866,869,3,84,42,0,867,869,3,44,22,0,868,863,1,0,0,0,868,865,1,
        0,0,0,868,867,1,0,0,0,869,936,1,0,0,0,870,871,5,38,0,0,871,872,3,
        298,149,0,872,873,5,178,0,0,873,874,3,72,36,0,874,936,1,0,0,0,875,
        877,5,193,0,0,876,878,3,42,21,0,877,876,1,0,0,0,877,878,1,0,0,0,
        878,879,1,0,0,0,879,880,3,298,149,0,880,881,3,86,43,0,881,936,1,
        0,0,0,882,883,5,217,0,0,883,889,3,298,149,0,884,885,5,164,0,0,885,
        886,5,199,0,0,886,890,3,298,149,0,887,888,5,9,0,0,888,890,3,134,
        67,0,889,884,1,0,0,0,889,887,1,0,0,0,890,936,1,0,0,0,891,893,5,74,
        0,0,892,894,3,42,21,0,893,892,1,0,0,0,893,894,1,0,0,0,894,895,1,
        0,0,0,895,896,3,298,149,0,896,897,5,9,0,0,897,900,3,282,141,0,898,
        899,5,100,0,0,899,901,3,304,152,0,900,898,1,0,0,0,900,901,1,0,0,
        0,901,936,1,0,0,0,902,904,5,117,0,0,903,905,3,42,21,0,904,903,1,
        0,0,0,904,905,1,0,0,0,905,906,1,0,0,0,906,914,3,298,149,0,907,908,
        5,164,0,0,908,909,5,199,0,0,909,915,3,298,149,0,910,911,5,178,0,
        0,911,915,3,72,36,0,912,913,5,166,0,0,913,915,3,84,42,0,914,907,
        1,0,0,0,914,910,1,0,0,0,914,912,1,0,0,0,915,936,1,0,0,0,916,918,
        5,30,0,0,917,919,3,42,21,0,918,917,1,0,0,0,918,919,1,0,0,0,919,920,
        1,0,0,0,920,928,3,298,149,0,921,922,5,164,0,0,922,923,5,199,0,0,
        923,929,3,298,149,0,924,925,5,178,0,0,925,929,3,72,36,0,926,927,
        5,166,0,0,927,929,3,84,42,0,928,921,1,0,0,0,928,924,1,0,0,0,928,
        926,1,0,0,0,929,936,1,0,0,0,930,931,5,112,0,0,931,932,5,193,0,0,
        932,933,3,298,149,0,933,934,3,96,48,0,934,936,1,0,0,0,935,861,1,
        0,0,0,935,870,1,0,0,0,935,875,1,0,0,0,935,882,1,0,0,0,935,891,1,
        0,0,0,935,902,1,0,0,0,935,916,1,0,0,0,935,930,1,0,0,0,936,83,1,0,
        0,0,937,946,5,246,0,0,938,943,3,76,38,0,939,940,5,252,0,0,940,942,
        3,76,38,0,941,939,1,0,0,0,942,945,1,0,0,0,943,941,1,0,0,0,943,944,
        1,0,0,0,944,947,1,0,0,0,945,943,1,0,0,0,946,938,1,0,0,0,946,947,
        1,0,0,0,947,948,1,0,0,0,948,949,5,247,0,0,949,85,1,0,0,0,950,957,
        5,164,0,0,951,952,5,199,0,0,952,958,3,298,149,0,953,954,3,300,150,
        0,954,955,5,199,0,0,955,956,3,304,152,0,956,958,1,0,0,0,957,951,
        1,0,0,0,957,953,1,0,0,0,958,993,1,0,0,0,959,960,5,178,0,0,960,993,
        3,72,36,0,961,962,5,166,0,0,962,993,3,84,42,0,963,964,7,6,0,0,964,
        993,3,88,44,0,965,990,5,52,0,0,966,968,3,42,21,0,967,966,1,0,0,0,
        967,968,1,0,0,0,968,969,1,0,0,0,969,974,3,130,65,0,970,971,5,252,
        0,0,971,973,3,130,65,0,972,970,1,0,0,0,973,976,1,0,0,0,974,972,1,
        0,0,0,974,975,1,0,0,0,975,991,1,0,0,0,976,974,1,0,0,0,977,978,5,
        156,0,0,978,991,5,99,0,0,979,980,5,32,0,0,980,991,3,304,152,0,981,
        991,5,220,0,0,982,991,5,50,0,0,983,985,5,25,0,0,984,983,1,0,0,0,
        984,985,1,0,0,0,985,988,1,0,0,0,986,989,3,300,150,0,987,989,3,302,
        151,0,988,986,1,0,0,0,988,987,1,0,0,0,989,991,1,0,0,0,990,967,1,
        0,0,0,990,977,1,0,0,0,990,979,1,0,0,0,990,981,1,0,0,0,990,982,1,
        0,0,0,990,984,1,0,0,0,991,993,1,0,0,0,992,950,1,0,0,0,992,959,1,
        0,0,0,992,961,1,0,0,0,992,963,1,0,0,0,992,965,1,0,0,0,993,87,1,0,
        0,0,994,996,3,40,20,0,995,994,1,0,0,0,995,996,1,0,0,0,996,997,1,
        0,0,0,997,999,3,130,65,0,998,1000,3,70,35,0,999,998,1,0,0,0,999,
        1000,1,0,0,0,1000,1007,1,0,0,0,1001,1003,3,130,65,0,1002,1004,3,
        70,35,0,1003,1002,1,0,0,0,1003,1004,1,0,0,0,1004,1006,1,0,0,0,1005,
        1001,1,0,0,0,1006,1009,1,0,0,0,1007,1005,1,0,0,0,1007,1008,1,0,0,
        0,1008,1024,1,0,0,0,1009,1007,1,0,0,0,1010,1024,3,92,46,0,1011,1024,
        3,90,45,0,1012,1013,5,246,0,0,1013,1018,3,90,45,0,1014,1015,5,252,
        0,0,1015,1017,3,90,45,0,1016,1014,1,0,0,0,1017,1020,1,0,0,0,1018,
        1016,1,0,0,0,1018,1019,1,0,0,0,1019,1021,1,0,0,0,1020,1018,1,0,0,
        0,1021,1022,5,247,0,0,1022,1024,1,0,0,0,1023,995,1,0,0,0,1023,1010,
        1,0,0,0,1023,1011,1,0,0,0,1023,1012,1,0,0,0,1024,89,1,0,0,0,1025,
        1027,3,50,25,0,1026,1028,3,94,47,0,1027,1026,1,0,0,0,1027,1028,1,
        0,0,0,1028,1032,1,0,0,0,1029,1032,3,54,27,0,1030,1032,3,56,28,0,
        1031,1025,1,0,0,0,1031,1029,1,0,0,0,1031,1030,1,0,0,0,1032,91,1,
        0,0,0,1033,1034,5,50,0,0,1034,1037,5,16,0,0,1035,1038,5,159,0,0,
        1036,1038,3,304,152,0,1037,1035,1,0,0,0,1037,1036,1,0,0,0,1037,1038,
        1,0,0,0,1038,1039,1,0,0,0,1039,1043,3,302,151,0,1040,1041,5,92,0,
        0,1041,1042,5,261,0,0,1042,1044,5,15,0,0,1043,1040,1,0,0,0,1043,
        1044,1,0,0,0,1044,1050,1,0,0,0,1045,1046,5,50,0,0,1046,1047,5,92,
        0,0,1047,1048,5,261,0,0,1048,1050,5,15,0,0,1049,1033,1,0,0,0,1049,
        1045,1,0,0,0,1050,93,1,0,0,0,1051,1055,5,67,0,0,1052,1053,5,2,0,
        0,1053,1055,3,304,152,0,1054,1051,1,0,0,0,1054,1052,1,0,0,0,1055,
        95,1,0,0,0,1056,1079,5,189,0,0,1057,1059,5,169,0,0,1058,1060,3,70,
        35,0,1059,1058,1,0,0,0,1059,1060,1,0,0,0,1060,1079,1,0,0,0,1061,
        1063,5,161,0,0,1062,1064,3,130,65,0,1063,1062,1,0,0,0,1063,1064,
        1,0,0,0,1064,1079,1,0,0,0,1065,1066,5,178,0,0,1066,1067,5,71,0,0,
        1067,1068,5,232,0,0,1068,1079,3,284,142,0,1069,1070,5,178,0,0,1070,
        1071,5,162,0,0,1071,1074,5,232,0,0,1072,1075,5,73,0,0,1073,1075,
        3,304,152,0,1074,1072,1,0,0,0,1074,1073,1,0,0,0,1075,1079,1,0,0,
        0,1076,1077,5,9,0,0,1077,1079,3,134,67,0,1078,1056,1,0,0,0,1078,
        1057,1,0,0,0,1078,1061,1,0,0,0,1078,1065,1,0,0,0,1078,1069,1,0,0,
        0,1078,1076,1,0,0,0,1079,97,1,0,0,0,1080,1082,5,52,0,0,1081,1083,
        5,195,0,0,1082,1081,1,0,0,0,1082,1083,1,0,0,0,1083,1085,1,0,0,0,
        1084,1086,5,191,0,0,1085,1084,1,0,0,0,1085,1086,1,0,0,0,1086,1087,
        1,0,0,0,1087,1089,3,100,50,0,1088,1090,3,42,21,0,1089,1088,1,0,0,
        0,1089,1090,1,0,0,0,1090,1091,1,0,0,0,1091,1093,3,298,149,0,1092,
        1094,7,7,0,0,1093,1092,1,0,0,0,1093,1094,1,0,0,0,1094,99,1,0,0,0,
        1095,1105,5,21,0,0,1096,1105,5,38,0,0,1097,1105,5,193,0,0,1098,1105,
        5,217,0,0,1099,1105,5,74,0,0,1100,1105,5,117,0,0,1101,1105,5,30,
        0,0,1102,1103,5,112,0,0,1103,1105,5,193,0,0,1104,1095,1,0,0,0,1104,
        1096,1,0,0,0,1104,1097,1,0,0,0,1104,1098,1,0,0,0,1104,1099,1,0,0,
        0,1104,1100,1,0,0,0,1104,1101,1,0,0,0,1104,1102,1,0,0,0,1105,101,
        1,0,0,0,1106,1144,5,180,0,0,1107,1108,5,37,0,0,1108,1145,7,8,0,0,
        1109,1119,5,34,0,0,1110,1120,5,193,0,0,1111,1120,5,217,0,0,1112,
        1120,5,117,0,0,1113,1120,5,21,0,0,1114,1120,5,38,0,0,1115,1120,5,
        74,0,0,1116,1120,5,30,0,0,1117,1118,5,112,0,0,1118,1120,5,193,0,
        0,1119,1110,1,0,0,0,1119,1111,1,0,0,0,1119,1112,1,0,0,0,1119,1113,
        1,0,0,0,1119,1114,1,0,0,0,1119,1115,1,0,0,0,1119,1116,1,0,0,0,1119,
        1117,1,0,0,0,1120,1121,1,0,0,0,1121,1145,3,298,149,0,1122,1123,5,
        26,0,0,1123,1124,7,9,0,0,1124,1126,3,298,149,0,1125,1127,3,106,53,
        0,1126,1125,1,0,0,0,1126,1127,1,0,0,0,1127,1145,1,0,0,0,1128,1129,
        5,147,0,0,1129,1131,3,298,149,0,1130,1132,3,130,65,0,1131,1130,1,
        0,0,0,1131,1132,1,0,0,0,1132,1145,1,0,0,0,1133,1135,7,10,0,0,1134,
        1133,1,0,0,0,1134,1135,1,0,0,0,1135,1136,1,0,0,0,1136,1139,3,104,
        52,0,1137,1138,7,9,0,0,1138,1140,3,298,149,0,1139,1137,1,0,0,0,1139,
        1140,1,0,0,0,1140,1142,1,0,0,0,1141,1143,3,106,53,0,1142,1141,1,
        0,0,0,1142,1143,1,0,0,0,1143,1145,1,0,0,0,1144,1107,1,0,0,0,1144,
        1109,1,0,0,0,1144,1122,1,0,0,0,1144,1128,1,0,0,0,1144,1134,1,0,0,
        0,1145,103,1,0,0,0,1146,1160,5,22,0,0,1147,1160,5,39,0,0,1148,1160,
        5,194,0,0,1149,1160,5,218,0,0,1150,1160,5,75,0,0,1151,1160,5,157,
        0,0,1152,1160,5,121,0,0,1153,1160,5,95,0,0,1154,1160,5,97,0,0,1155,
        1160,5,118,0,0,1156,1160,5,31,0,0,1157,1158,5,112,0,0,1158,1160,
        5,194,0,0,1159,1146,1,0,0,0,1159,1147,1,0,0,0,1159,1148,1,0,0,0,
        1159,1149,1,0,0,0,1159,1150,1,0,0,0,1159,1151,1,0,0,0,1159,1152,
        1,0,0,0,1159,1153,1,0,0,0,1159,1154,1,0,0,0,1159,1155,1,0,0,0,1159,
        1156,1,0,0,0,1159,1157,1,0,0,0,1160,105,1,0,0,0,1161,1163,5,127,
        0,0,1162,1161,1,0,0,0,1162,1163,1,0,0,0,1163,1164,1,0,0,0,1164,1165,
        7,11,0,0,1165,1166,3,282,141,0,1166,107,1,0,0,0,1167,1169,7,12,0,
        0,1168,1170,3,110,55,0,1169,1168,1,0,0,0,1169,1170,1,0,0,0,1170,
        1172,1,0,0,0,1171,1173,5,62,0,0,1172,1171,1,0,0,0,1172,1173,1,0,
        0,0,1173,1176,1,0,0,0,1174,1177,3,298,149,0,1175,1177,3,282,141,
        0,1176,1174,1,0,0,0,1176,1175,1,0,0,0,1177,109,1,0,0,0,1178,1189,
        5,21,0,0,1179,1189,5,38,0,0,1180,1189,5,193,0,0,1181,1189,5,217,
        0,0,1182,1189,5,74,0,0,1183,1189,5,117,0,0,1184,1189,5,30,0,0,1185,
        1189,5,96,0,0,1186,1187,5,112,0,0,1187,1189,5,193,0,0,1188,1178,
        1,0,0,0,1188,1179,1,0,0,0,1188,1180,1,0,0,0,1188,1181,1,0,0,0,1188,
        1182,1,0,0,0,1188,1183,1,0,0,0,1188,1184,1,0,0,0,1188,1185,1,0,0,
        0,1188,1186,1,0,0,0,1189,111,1,0,0,0,1190,1203,5,212,0,0,1191,1192,
        5,21,0,0,1192,1204,3,304,152,0,1193,1194,5,121,0,0,1194,1199,3,304,
        152,0,1195,1196,5,252,0,0,1196,1198,3,304,152,0,1197,1195,1,0,0,
        0,1198,1201,1,0,0,0,1199,1197,1,0,0,0,1199,1200,1,0,0,0,1200,1204,
        1,0,0,0,1201,1199,1,0,0,0,1202,1204,3,298,149,0,1203,1191,1,0,0,
        0,1203,1193,1,0,0,0,1203,1202,1,0,0,0,1204,113,1,0,0,0,1205,1206,
        5,107,0,0,1206,1207,5,120,0,0,1207,1209,3,304,152,0,1208,1210,3,
        70,35,0,1209,1208,1,0,0,0,1209,1210,1,0,0,0,1210,115,1,0,0,0,1211,
        1212,5,208,0,0,1212,1213,5,120,0,0,1213,1214,3,304,152,0,1214,117,
        1,0,0,0,1215,1220,5,178,0,0,1216,1217,3,76,38,0,1217,1218,5,232,
        0,0,1218,1219,3,78,39,0,1219,1221,1,0,0,0,1220,1216,1,0,0,0,1220,
        1221,1,0,0,0,1221,119,1,0,0,0,1222,1224,5,166,0,0,1223,1225,3,76,
        38,0,1224,1223,1,0,0,0,1224,1225,1,0,0,0,1225,121,1,0,0,0,1226,1227,
        5,1,0,0,1227,1228,5,94,0,0,1228,1229,3,282,141,0,1229,123,1,0,0,
        0,1230,1231,5,163,0,0,1231,1232,5,94,0,0,1232,1233,3,282,141,0,1233,
        125,1,0,0,0,1234,1235,5,5,0,0,1235,1236,5,193,0,0,1236,1238,3,298,
        149,0,1237,1239,3,130,65,0,1238,1237,1,0,0,0,1238,1239,1,0,0,0,1239,
        1240,1,0,0,0,1240,1241,5,29,0,0,1241,1256,5,185,0,0,1242,1254,5,
        70,0,0,1243,1244,5,3,0,0,1244,1255,5,26,0,0,1245,1246,5,26,0,0,1246,
        1251,3,304,152,0,1247,1248,5,252,0,0,1248,1250,3,304,152,0,1249,
        1247,1,0,0,0,1250,1253,1,0,0,0,1251,1249,1,0,0,0,1251,1252,1,0,0,
        0,1252,1255,1,0,0,0,1253,1251,1,0,0,0,1254,1243,1,0,0,0,1254,1245,
        1,0,0,0,1255,1257,1,0,0,0,1256,1242,1,0,0,0,1256,1257,1,0,0,0,1257,
        127,1,0,0,0,1258,1259,5,186,0,0,1259,1260,5,96,0,0,1260,1263,3,282,
        141,0,1261,1262,5,226,0,0,1262,1264,5,174,0,0,1263,1261,1,0,0,0,
        1263,1264,1,0,0,0,1264,1267,1,0,0,0,1265,1266,5,226,0,0,1266,1268,
        5,51,0,0,1267,1265,1,0,0,0,1267,1268,1,0,0,0,1268,129,1,0,0,0,1269,
        1270,5,145,0,0,1270,1271,5,246,0,0,1271,1276,3,132,66,0,1272,1273,
        5,252,0,0,1273,1275,3,132,66,0,1274,1272,1,0,0,0,1275,1278,1,0,0,
        0,1276,1274,1,0,0,0,1276,1277,1,0,0,0,1277,1279,1,0,0,0,1278,1276,
        1,0,0,0,1279,1280,5,247,0,0,1280,131,1,0,0,0,1281,1284,3,304,152,
        0,1282,1283,5,232,0,0,1283,1285,3,278,139,0,1284,1282,1,0,0,0,1284,
        1285,1,0,0,0,1285,133,1,0,0,0,1286,1288,3,136,68,0,1287,1286,1,0,
        0,0,1287,1288,1,0,0,0,1288,1289,1,0,0,0,1289,1291,3,140,70,0,1290,
        1292,3,190,95,0,1291,1290,1,0,0,0,1291,1292,1,0,0,0,1292,1294,1,
        0,0,0,1293,1295,3,194,97,0,1294,1293,1,0,0,0,1294,1295,1,0,0,0,1295,
        1297,1,0,0,0,1296,1298,3,196,98,0,1297,1296,1,0,0,0,1297,1298,1,
        0,0,0,1298,1300,1,0,0,0,1299,1301,3,198,99,0,1300,1299,1,0,0,0,1300,
        1301,1,0,0,0,1301,135,1,0,0,0,1302,1303,5,226,0,0,1303,1308,3,138,
        69,0,1304,1305,5,252,0,0,1305,1307,3,138,69,0,1306,1304,1,0,0,0,
        1307,1310,1,0,0,0,1308,1306,1,0,0,0,1308,1309,1,0,0,0,1309,137,1,
        0,0,0,1310,1308,1,0,0,0,1311,1313,3,304,152,0,1312,1314,3,302,151,
        0,1313,1312,1,0,0,0,1313,1314,1,0,0,0,1314,1315,1,0,0,0,1315,1316,
        5,9,0,0,1316,1317,5,246,0,0,1317,1318,3,134,67,0,1318,1319,5,247,
        0,0,1319,139,1,0,0,0,1320,1326,3,144,72,0,1321,1322,3,142,71,0,1322,
        1323,3,144,72,0,1323,1325,1,0,0,0,1324,1321,1,0,0,0,1325,1328,1,
        0,0,0,1326,1324,1,0,0,0,1326,1327,1,0,0,0,1327,141,1,0,0,0,1328,
        1326,1,0,0,0,1329,1331,7,13,0,0,1330,1332,7,14,0,0,1331,1330,1,0,
        0,0,1331,1332,1,0,0,0,1332,143,1,0,0,0,1333,1341,3,146,73,0,1334,
        1336,5,90,0,0,1335,1337,7,14,0,0,1336,1335,1,0,0,0,1336,1337,1,0,
        0,0,1337,1338,1,0,0,0,1338,1340,3,146,73,0,1339,1334,1,0,0,0,1340,
        1343,1,0,0,0,1341,1339,1,0,0,0,1341,1342,1,0,0,0,1342,145,1,0,0,
        0,1343,1341,1,0,0,0,1344,1353,3,150,75,0,1345,1353,3,148,74,0,1346,
        1347,5,246,0,0,1347,1348,3,134,67,0,1348,1349,5,247,0,0,1349,1353,
        1,0,0,0,1350,1351,5,193,0,0,1351,1353,3,298,149,0,1352,1344,1,0,
        0,0,1352,1345,1,0,0,0,1352,1346,1,0,0,0,1352,1350,1,0,0,0,1353,147,
        1,0,0,0,1354,1355,5,215,0,0,1355,1360,3,230,115,0,1356,1357,5,252,
        0,0,1357,1359,3,230,115,0,1358,1356,1,0,0,0,1359,1362,1,0,0,0,1360,
        1358,1,0,0,0,1360,1361,1,0,0,0,1361,149,1,0,0,0,1362,1360,1,0,0,
        0,1363,1365,5,177,0,0,1364,1366,3,222,111,0,1365,1364,1,0,0,0,1365,
        1366,1,0,0,0,1366,1368,1,0,0,0,1367,1369,7,14,0,0,1368,1367,1,0,
        0,0,1368,1369,1,0,0,0,1369,1370,1,0,0,0,1370,1375,3,156,78,0,1371,
        1372,5,252,0,0,1372,1374,3,156,78,0,1373,1371,1,0,0,0,1374,1377,
        1,0,0,0,1375,1373,1,0,0,0,1375,1376,1,0,0,0,1376,1380,1,0,0,0,1377,
        1375,1,0,0,0,1378,1379,5,72,0,0,1379,1381,3,158,79,0,1380,1378,1,
        0,0,0,1380,1381,1,0,0,0,1381,1383,1,0,0,0,1382,1384,3,152,76,0,1383,
        1382,1,0,0,0,1383,1384,1,0,0,0,1384,1386,1,0,0,0,1385,1387,3,176,
        88,0,1386,1385,1,0,0,0,1386,1387,1,0,0,0,1387,1389,1,0,0,0,1388,
        1390,3,154,77,0,1389,1388,1,0,0,0,1389,1390,1,0,0,0,1390,1392,1,
        0,0,0,1391,1393,3,180,90,0,1392,1391,1,0,0,0,1392,1393,1,0,0,0,1393,
        151,1,0,0,0,1394,1395,5,224,0,0,1395,1396,3,230,115,0,1396,153,1,
        0,0,0,1397,1398,5,79,0,0,1398,1399,3,230,115,0,1399,155,1,0,0,0,
        1400,1413,5,241,0,0,1401,1402,3,300,150,0,1402,1403,5,253,0,0,1403,
        1404,5,241,0,0,1404,1413,1,0,0,0,1405,1410,3,230,115,0,1406,1408,
        5,9,0,0,1407,1406,1,0,0,0,1407,1408,1,0,0,0,1408,1409,1,0,0,0,1409,
        1411,3,304,152,0,1410,1407,1,0,0,0,1410,1411,1,0,0,0,1411,1413,1,
        0,0,0,1412,1400,1,0,0,0,1412,1401,1,0,0,0,1412,1405,1,0,0,0,1413,
        157,1,0,0,0,1414,1419,3,160,80,0,1415,1416,5,252,0,0,1416,1418,3,
        160,80,0,1417,1415,1,0,0,0,1418,1421,1,0,0,0,1419,1417,1,0,0,0,1419,
        1420,1,0,0,0,1420,159,1,0,0,0,1421,1419,1,0,0,0,1422,1426,3,168,
        84,0,1423,1425,3,162,81,0,1424,1423,1,0,0,0,1425,1428,1,0,0,0,1426,
        1424,1,0,0,0,1426,1427,1,0,0,0,1427,161,1,0,0,0,1428,1426,1,0,0,
        0,1429,1430,5,35,0,0,1430,1431,5,98,0,0,1431,1444,3,168,84,0,1432,
        1434,5,125,0,0,1433,1432,1,0,0,0,1433,1434,1,0,0,0,1434,1436,1,0,
        0,0,1435,1437,3,164,82,0,1436,1435,1,0,0,0,1436,1437,1,0,0,0,1437,
        1438,1,0,0,0,1438,1439,5,98,0,0,1439,1441,3,168,84,0,1440,1442,3,
        166,83,0,1441,1440,1,0,0,0,1441,1442,1,0,0,0,1442,1444,1,0,0,0,1443,
        1429,1,0,0,0,1443,1433,1,0,0,0,1444,163,1,0,0,0,1445,1451,5,87,0,
        0,1446,1448,7,15,0,0,1447,1449,5,139,0,0,1448,1447,1,0,0,0,1448,
        1449,1,0,0,0,1449,1451,1,0,0,0,1450,1445,1,0,0,0,1450,1446,1,0,0,
        0,1451,165,1,0,0,0,1452,1453,5,132,0,0,1453,1457,3,230,115,0,1454,
        1455,5,214,0,0,1455,1457,3,302,151,0,1456,1452,1,0,0,0,1456,1454,
        1,0,0,0,1457,167,1,0,0,0,1458,1460,3,170,85,0,1459,1461,3,200,100,
        0,1460,1459,1,0,0,0,1460,1461,1,0,0,0,1461,1463,1,0,0,0,1462,1464,
        3,174,87,0,1463,1462,1,0,0,0,1463,1464,1,0,0,0,1464,169,1,0,0,0,
        1465,1467,3,298,149,0,1466,1468,3,222,111,0,1467,1466,1,0,0,0,1467,
        1468,1,0,0,0,1468,1470,1,0,0,0,1469,1471,3,172,86,0,1470,1469,1,
        0,0,0,1470,1471,1,0,0,0,1471,1513,1,0,0,0,1472,1482,5,102,0,0,1473,
        1474,5,246,0,0,1474,1475,3,134,67,0,1475,1476,5,247,0,0,1476,1483,
        1,0,0,0,1477,1478,5,193,0,0,1478,1479,5,246,0,0,1479,1480,3,264,
        132,0,1480,1481,5,247,0,0,1481,1483,1,0,0,0,1482,1473,1,0,0,0,1482,
        1477,1,0,0,0,1483,1513,1,0,0,0,1484,1485,5,193,0,0,1485,1486,5,246,
        0,0,1486,1487,3,264,132,0,1487,1488,5,247,0,0,1488,1513,1,0,0,0,
        1489,1490,5,209,0,0,1490,1491,5,246,0,0,1491,1496,3,230,115,0,1492,
        1493,5,252,0,0,1493,1495,3,230,115,0,1494,1492,1,0,0,0,1495,1498,
        1,0,0,0,1496,1494,1,0,0,0,1496,1497,1,0,0,0,1497,1499,1,0,0,0,1498,
        1496,1,0,0,0,1499,1502,5,247,0,0,1500,1501,5,226,0,0,1501,1503,5,
        138,0,0,1502,1500,1,0,0,0,1502,1503,1,0,0,0,1503,1513,1,0,0,0,1504,
        1513,3,264,132,0,1505,1508,5,246,0,0,1506,1509,3,134,67,0,1507,1509,
        3,160,80,0,1508,1506,1,0,0,0,1508,1507,1,0,0,0,1509,1510,1,0,0,0,
        1510,1511,5,247,0,0,1511,1513,1,0,0,0,1512,1465,1,0,0,0,1512,1472,
        1,0,0,0,1512,1484,1,0,0,0,1512,1489,1,0,0,0,1512,1504,1,0,0,0,1512,
        1505,1,0,0,0,1513,171,1,0,0,0,1514,1515,5,70,0,0,1515,1516,5,192,
        0,0,1516,1517,5,9,0,0,1517,1518,5,130,0,0,1518,1519,3,230,115,0,
        1519,173,1,0,0,0,1520,1522,5,9,0,0,1521,1520,1,0,0,0,1521,1522,1,
        0,0,0,1522,1523,1,0,0,0,1523,1525,3,304,152,0,1524,1526,3,302,151,
        0,1525,1524,1,0,0,0,1525,1526,1,0,0,0,1526,175,1,0,0,0,1527,1528,
        5,77,0,0,1528,1529,5,16,0,0,1529,1534,3,178,89,0,1530,1531,5,252,
        0,0,1531,1533,3,178,89,0,1532,1530,1,0,0,0,1533,1536,1,0,0,0,1534,
        1532,1,0,0,0,1534,1535,1,0,0,0,1535,177,1,0,0,0,1536,1534,1,0,0,
        0,1537,1538,5,78,0,0,1538,1539,5,179,0,0,1539,1540,5,246,0,0,1540,
        1545,3,178,89,0,1541,1542,5,252,0,0,1542,1544,3,178,89,0,1543,1541,
        1,0,0,0,1544,1547,1,0,0,0,1545,1543,1,0,0,0,1545,1546,1,0,0,0,1546,
        1548,1,0,0,0,1547,1545,1,0,0,0,1548,1549,5,247,0,0,1549,1566,1,0,
        0,0,1550,1551,7,16,0,0,1551,1552,5,246,0,0,1552,1557,3,230,115,0,
        1553,1554,5,252,0,0,1554,1556,3,230,115,0,1555,1553,1,0,0,0,1556,
        1559,1,0,0,0,1557,1555,1,0,0,0,1557,1558,1,0,0,0,1558,1560,1,0,0,
        0,1559,1557,1,0,0,0,1560,1561,5,247,0,0,1561,1566,1,0,0,0,1562,1563,
        5,246,0,0,1563,1566,5,247,0,0,1564,1566,3,230,115,0,1565,1537,1,
        0,0,0,1565,1550,1,0,0,0,1565,1562,1,0,0,0,1565,1564,1,0,0,0,1566,
        179,1,0,0,0,1567,1568,5,225,0,0,1568,1573,3,182,91,0,1569,1570,5,
        252,0,0,1570,1572,3,182,91,0,1571,1569,1,0,0,0,1572,1575,1,0,0,0,
        1573,1571,1,0,0,0,1573,1574,1,0,0,0,1574,181,1,0,0,0,1575,1573,1,
        0,0,0,1576,1577,3,304,152,0,1577,1578,5,9,0,0,1578,1579,5,246,0,
        0,1579,1580,3,184,92,0,1580,1581,5,247,0,0,1581,183,1,0,0,0,1582,
        1584,3,304,152,0,1583,1582,1,0,0,0,1583,1584,1,0,0,0,1584,1595,1,
        0,0,0,1585,1586,5,145,0,0,1586,1587,5,16,0,0,1587,1592,3,230,115,
        0,1588,1589,5,252,0,0,1589,1591,3,230,115,0,1590,1588,1,0,0,0,1591,
        1594,1,0,0,0,1592,1590,1,0,0,0,1592,1593,1,0,0,0,1593,1596,1,0,0,
        0,1594,1592,1,0,0,0,1595,1585,1,0,0,0,1595,1596,1,0,0,0,1596,1598,
        1,0,0,0,1597,1599,3,190,95,0,1598,1597,1,0,0,0,1598,1599,1,0,0,0,
        1599,1601,1,0,0,0,1600,1602,3,186,93,0,1601,1600,1,0,0,0,1601,1602,
        1,0,0,0,1602,185,1,0,0,0,1603,1610,7,17,0,0,1604,1605,5,13,0,0,1605,
        1606,3,188,94,0,1606,1607,5,6,0,0,1607,1608,3,188,94,0,1608,1611,
        1,0,0,0,1609,1611,3,188,94,0,1610,1604,1,0,0,0,1610,1609,1,0,0,0,
        1611,187,1,0,0,0,1612,1613,5,205,0,0,1613,1620,7,18,0,0,1614,1615,
        5,37,0,0,1615,1620,5,172,0,0,1616,1617,3,238,119,0,1617,1618,7,18,
        0,0,1618,1620,1,0,0,0,1619,1612,1,0,0,0,1619,1614,1,0,0,0,1619,1616,
        1,0,0,0,1620,189,1,0,0,0,1621,1622,5,137,0,0,1622,1623,5,16,0,0,
        1623,1628,3,192,96,0,1624,1625,5,252,0,0,1625,1627,3,192,96,0,1626,
        1624,1,0,0,0,1627,1630,1,0,0,0,1628,1626,1,0,0,0,1628,1629,1,0,0,
        0,1629,191,1,0,0,0,1630,1628,1,0,0,0,1631,1633,3,230,115,0,1632,
        1634,7,19,0,0,1633,1632,1,0,0,0,1633,1634,1,0,0,0,1634,1637,1,0,
        0,0,1635,1636,5,129,0,0,1636,1638,7,20,0,0,1637,1635,1,0,0,0,1637,
        1638,1,0,0,0,1638,193,1,0,0,0,1639,1642,5,106,0,0,1640,1643,3,230,
        115,0,1641,1643,5,3,0,0,1642,1640,1,0,0,0,1642,1641,1,0,0,0,1643,
        195,1,0,0,0,1644,1645,5,131,0,0,1645,1647,3,230,115,0,1646,1648,
        7,21,0,0,1647,1646,1,0,0,0,1647,1648,1,0,0,0,1648,197,1,0,0,0,1649,
        1650,5,65,0,0,1650,1652,7,22,0,0,1651,1653,3,230,115,0,1652,1651,
        1,0,0,0,1652,1653,1,0,0,0,1653,1654,1,0,0,0,1654,1655,7,21,0,0,1655,
        1656,5,134,0,0,1656,199,1,0,0,0,1657,1658,5,111,0,0,1658,1669,5,
        246,0,0,1659,1660,5,145,0,0,1660,1661,5,16,0,0,1661,1666,3,230,115,
        0,1662,1663,5,252,0,0,1663,1665,3,230,115,0,1664,1662,1,0,0,0,1665,
        1668,1,0,0,0,1666,1664,1,0,0,0,1666,1667,1,0,0,0,1667,1670,1,0,0,
        0,1668,1666,1,0,0,0,1669,1659,1,0,0,0,1669,1670,1,0,0,0,1670,1672,
        1,0,0,0,1671,1673,3,190,95,0,1672,1671,1,0,0,0,1672,1673,1,0,0,0,
        1673,1683,1,0,0,0,1674,1675,5,113,0,0,1675,1680,3,202,101,0,1676,
        1677,5,252,0,0,1677,1679,3,202,101,0,1678,1676,1,0,0,0,1679,1682,
        1,0,0,0,1680,1678,1,0,0,0,1680,1681,1,0,0,0,1681,1684,1,0,0,0,1682,
        1680,1,0,0,0,1683,1674,1,0,0,0,1683,1684,1,0,0,0,1684,1686,1,0,0,
        0,1685,1687,3,204,102,0,1686,1685,1,0,0,0,1686,1687,1,0,0,0,1687,
        1689,1,0,0,0,1688,1690,3,206,103,0,1689,1688,1,0,0,0,1689,1690,1,
        0,0,0,1690,1691,1,0,0,0,1691,1692,5,149,0,0,1692,1693,5,246,0,0,
        1693,1694,3,208,104,0,1694,1697,5,247,0,0,1695,1696,5,227,0,0,1696,
        1698,3,284,142,0,1697,1695,1,0,0,0,1697,1698,1,0,0,0,1698,1708,1,
        0,0,0,1699,1700,5,187,0,0,1700,1705,3,218,109,0,1701,1702,5,252,
        0,0,1702,1704,3,218,109,0,1703,1701,1,0,0,0,1704,1707,1,0,0,0,1705,
        1703,1,0,0,0,1705,1706,1,0,0,0,1706,1709,1,0,0,0,1707,1705,1,0,0,
        0,1708,1699,1,0,0,0,1708,1709,1,0,0,0,1709,1710,1,0,0,0,1710,1711,
        5,43,0,0,1711,1716,3,220,110,0,1712,1713,5,252,0,0,1713,1715,3,220,
        110,0,1714,1712,1,0,0,0,1715,1718,1,0,0,0,1716,1714,1,0,0,0,1716,
        1717,1,0,0,0,1717,1719,1,0,0,0,1718,1716,1,0,0,0,1719,1720,5,247,
        0,0,1720,201,1,0,0,0,1721,1722,3,230,115,0,1722,1723,5,9,0,0,1723,
        1724,3,304,152,0,1724,203,1,0,0,0,1725,1726,5,133,0,0,1726,1727,
        5,172,0,0,1727,1728,5,150,0,0,1728,1734,5,110,0,0,1729,1730,5,3,
        0,0,1730,1731,5,173,0,0,1731,1732,5,150,0,0,1732,1734,5,110,0,0,
        1733,1725,1,0,0,0,1733,1729,1,0,0,0,1734,205,1,0,0,0,1735,1736,5,
        2,0,0,1736,1737,5,110,0,0,1737,1749,5,182,0,0,1738,1739,5,199,0,
        0,1739,1740,5,126,0,0,1740,1750,5,172,0,0,1741,1742,5,148,0,0,1742,
        1743,5,101,0,0,1743,1750,5,172,0,0,1744,1746,5,199,0,0,1745,1747,
        7,20,0,0,1746,1745,1,0,0,0,1746,1747,1,0,0,0,1747,1748,1,0,0,0,1748,
        1750,3,304,152,0,1749,1738,1,0,0,0,1749,1741,1,0,0,0,1749,1744,1,
        0,0,0,1750,207,1,0,0,0,1751,1756,3,210,105,0,1752,1753,5,245,0,0,
        1753,1755,3,210,105,0,1754,1752,1,0,0,0,1755,1758,1,0,0,0,1756,1754,
        1,0,0,0,1756,1757,1,0,0,0,1757,209,1,0,0,0,1758,1756,1,0,0,0,1759,
        1761,3,212,106,0,1760,1759,1,0,0,0,1761,1762,1,0,0,0,1762,1760,1,
        0,0,0,1762,1763,1,0,0,0,1763,211,1,0,0,0,1764,1766,3,214,107,0,1765,
        1767,3,216,108,0,1766,1765,1,0,0,0,1766,1767,1,0,0,0,1767,213,1,
        0,0,0,1768,1774,3,304,152,0,1769,1770,5,246,0,0,1770,1771,3,208,
        104,0,1771,1772,5,247,0,0,1772,1774,1,0,0,0,1773,1768,1,0,0,0,1773,
        1769,1,0,0,0,1774,215,1,0,0,0,1775,1790,5,241,0,0,1776,1790,5,239,
        0,0,1777,1790,5,255,0,0,1778,1780,5,250,0,0,1779,1781,5,261,0,0,
        1780,1779,1,0,0,0,1780,1781,1,0,0,0,1781,1786,1,0,0,0,1782,1784,
        5,252,0,0,1783,1785,5,261,0,0,1784,1783,1,0,0,0,1784,1785,1,0,0,
        0,1785,1787,1,0,0,0,1786,1782,1,0,0,0,1786,1787,1,0,0,0,1787,1788,
        1,0,0,0,1788,1790,5,251,0,0,1789,1775,1,0,0,0,1789,1776,1,0,0,0,
        1789,1777,1,0,0,0,1789,1778,1,0,0,0,1790,1792,1,0,0,0,1791,1793,
        5,255,0,0,1792,1791,1,0,0,0,1792,1793,1,0,0,0,1793,217,1,0,0,0,1794,
        1795,3,304,152,0,1795,1796,5,232,0,0,1796,1797,5,246,0,0,1797,1802,
        3,304,152,0,1798,1799,5,252,0,0,1799,1801,3,304,152,0,1800,1798,
        1,0,0,0,1801,1804,1,0,0,0,1802,1800,1,0,0,0,1802,1803,1,0,0,0,1803,
        1805,1,0,0,0,1804,1802,1,0,0,0,1805,1806,5,247,0,0,1806,219,1,0,
        0,0,1807,1808,3,304,152,0,1808,1809,5,9,0,0,1809,1810,3,230,115,
        0,1810,221,1,0,0,0,1811,1812,5,266,0,0,1812,1819,3,224,112,0,1813,
        1815,5,281,0,0,1814,1813,1,0,0,0,1814,1815,1,0,0,0,1815,1816,1,0,
        0,0,1816,1818,3,224,112,0,1817,1814,1,0,0,0,1818,1821,1,0,0,0,1819,
        1817,1,0,0,0,1819,1820,1,0,0,0,1820,1822,1,0,0,0,1821,1819,1,0,0,
        0,1822,1823,5,275,0,0,1823,223,1,0,0,0,1824,1837,5,276,0,0,1825,
        1834,5,282,0,0,1826,1831,3,226,113,0,1827,1828,5,281,0,0,1828,1830,
        3,226,113,0,1829,1827,1,0,0,0,1830,1833,1,0,0,0,1831,1829,1,0,0,
        0,1831,1832,1,0,0,0,1832,1835,1,0,0,0,1833,1831,1,0,0,0,1834,1826,
        1,0,0,0,1834,1835,1,0,0,0,1835,1836,1,0,0,0,1836,1838,5,283,0,0,
        1837,1825,1,0,0,0,1837,1838,1,0,0,0,1838,225,1,0,0,0,1839,1842,3,
        228,114,0,1840,1841,5,280,0,0,1841,1843,3,228,114,0,1842,1840,1,
        0,0,0,1842,1843,1,0,0,0,1843,227,1,0,0,0,1844,1845,7,23,0,0,1845,
        229,1,0,0,0,1846,1847,6,115,-1,0,1847,1851,3,238,119,0,1848,1850,
        3,232,116,0,1849,1848,1,0,0,0,1850,1853,1,0,0,0,1851,1849,1,0,0,
        0,1851,1852,1,0,0,0,1852,1857,1,0,0,0,1853,1851,1,0,0,0,1854,1855,
        5,127,0,0,1855,1857,3,230,115,3,1856,1846,1,0,0,0,1856,1854,1,0,
        0,0,1857,1866,1,0,0,0,1858,1859,10,2,0,0,1859,1860,5,6,0,0,1860,
        1865,3,230,115,3,1861,1862,10,1,0,0,1862,1863,5,136,0,0,1863,1865,
        3,230,115,2,1864,1858,1,0,0,0,1864,1861,1,0,0,0,1865,1868,1,0,0,
        0,1866,1864,1,0,0,0,1866,1867,1,0,0,0,1867,231,1,0,0,0,1868,1866,
        1,0,0,0,1869,1876,3,236,118,0,1870,1871,7,24,0,0,1871,1872,5,246,
        0,0,1872,1873,3,134,67,0,1873,1874,5,247,0,0,1874,1877,1,0,0,0,1875,
        1877,3,238,119,0,1876,1870,1,0,0,0,1876,1875,1,0,0,0,1877,1931,1,
        0,0,0,1878,1880,5,93,0,0,1879,1881,5,127,0,0,1880,1879,1,0,0,0,1880,
        1881,1,0,0,0,1881,1889,1,0,0,0,1882,1890,5,128,0,0,1883,1890,5,202,
        0,0,1884,1890,5,64,0,0,1885,1890,5,207,0,0,1886,1887,5,48,0,0,1887,
        1888,5,72,0,0,1888,1890,3,238,119,0,1889,1882,1,0,0,0,1889,1883,
        1,0,0,0,1889,1884,1,0,0,0,1889,1885,1,0,0,0,1889,1886,1,0,0,0,1890,
        1931,1,0,0,0,1891,1893,3,234,117,0,1892,1891,1,0,0,0,1892,1893,1,
        0,0,0,1893,1928,1,0,0,0,1894,1896,5,13,0,0,1895,1897,7,25,0,0,1896,
        1895,1,0,0,0,1896,1897,1,0,0,0,1897,1898,1,0,0,0,1898,1899,3,238,
        119,0,1899,1900,5,6,0,0,1900,1901,3,238,119,0,1901,1929,1,0,0,0,
        1902,1903,5,85,0,0,1903,1913,5,246,0,0,1904,1914,3,134,67,0,1905,
        1910,3,230,115,0,1906,1907,5,252,0,0,1907,1909,3,230,115,0,1908,
        1906,1,0,0,0,1909,1912,1,0,0,0,1910,1908,1,0,0,0,1910,1911,1,0,0,
        0,1911,1914,1,0,0,0,1912,1910,1,0,0,0,1913,1904,1,0,0,0,1913,1905,
        1,0,0,0,1914,1915,1,0,0,0,1915,1916,5,247,0,0,1916,1929,1,0,0,0,
        1917,1922,5,105,0,0,1918,1922,5,84,0,0,1919,1920,5,181,0,0,1920,
        1922,5,199,0,0,1921,1917,1,0,0,0,1921,1918,1,0,0,0,1921,1919,1,0,
        0,0,1922,1923,1,0,0,0,1923,1926,3,238,119,0,1924,1925,5,56,0,0,1925,
        1927,3,238,119,0,1926,1924,1,0,0,0,1926,1927,1,0,0,0,1927,1929,1,
        0,0,0,1928,1894,1,0,0,0,1928,1902,1,0,0,0,1928,1921,1,0,0,0,1929,
        1931,1,0,0,0,1930,1869,1,0,0,0,1930,1878,1,0,0,0,1930,1892,1,0,0,
        0,1931,233,1,0,0,0,1932,1933,5,127,0,0,1933,235,1,0,0,0,1934,1935,
        7,26,0,0,1935,237,1,0,0,0,1936,1937,6,119,-1,0,1937,1941,3,240,120,
        0,1938,1939,7,5,0,0,1939,1941,3,238,119,3,1940,1936,1,0,0,0,1940,
        1938,1,0,0,0,1941,1958,1,0,0,0,1942,1943,10,2,0,0,1943,1944,7,27,
        0,0,1944,1957,3,238,119,3,1945,1946,10,1,0,0,1946,1947,7,28,0,0,
        1947,1957,3,238,119,2,1948,1949,10,5,0,0,1949,1950,5,248,0,0,1950,
        1951,3,230,115,0,1951,1952,5,249,0,0,1952,1957,1,0,0,0,1953,1954,
        10,4,0,0,1954,1955,5,253,0,0,1955,1957,3,304,152,0,1956,1942,1,0,
        0,0,1956,1945,1,0,0,0,1956,1948,1,0,0,0,1956,1953,1,0,0,0,1957,1960,
        1,0,0,0,1958,1956,1,0,0,0,1958,1959,1,0,0,0,1959,239,1,0,0,0,1960,
        1958,1,0,0,0,1961,1993,3,278,139,0,1962,1993,3,242,121,0,1963,1993,
        3,248,124,0,1964,1993,3,250,125,0,1965,1993,3,252,126,0,1966,1993,
        3,254,127,0,1967,1993,3,256,128,0,1968,1993,3,258,129,0,1969,1993,
        3,260,130,0,1970,1993,3,262,131,0,1971,1972,5,60,0,0,1972,1973,5,
        246,0,0,1973,1974,3,134,67,0,1974,1975,5,247,0,0,1975,1993,1,0,0,
        0,1976,1986,5,246,0,0,1977,1987,3,134,67,0,1978,1983,3,230,115,0,
        1979,1980,5,252,0,0,1980,1982,3,230,115,0,1981,1979,1,0,0,0,1982,
        1985,1,0,0,0,1983,1981,1,0,0,0,1983,1984,1,0,0,0,1984,1987,1,0,0,
        0,1985,1983,1,0,0,0,1986,1977,1,0,0,0,1986,1978,1,0,0,0,1987,1988,
        1,0,0,0,1988,1989,5,247,0,0,1989,1993,1,0,0,0,1990,1993,3,264,132,
        0,1991,1993,3,304,152,0,1992,1961,1,0,0,0,1992,1962,1,0,0,0,1992,
        1963,1,0,0,0,1992,1964,1,0,0,0,1992,1965,1,0,0,0,1992,1966,1,0,0,
        0,1992,1967,1,0,0,0,1992,1968,1,0,0,0,1992,1969,1,0,0,0,1992,1970,
        1,0,0,0,1992,1971,1,0,0,0,1992,1976,1,0,0,0,1992,1990,1,0,0,0,1992,
        1991,1,0,0,0,1993,241,1,0,0,0,1994,1996,5,19,0,0,1995,1997,3,230,
        115,0,1996,1995,1,0,0,0,1996,1997,1,0,0,0,1997,1999,1,0,0,0,1998,
        2000,3,246,123,0,1999,1998,1,0,0,0,2000,2001,1,0,0,0,2001,1999,1,
        0,0,0,2001,2002,1,0,0,0,2002,2004,1,0,0,0,2003,2005,3,244,122,0,
        2004,2003,1,0,0,0,2004,2005,1,0,0,0,2005,2006,1,0,0,0,2006,2007,
        5,54,0,0,2007,243,1,0,0,0,2008,2009,5,53,0,0,2009,2010,3,230,115,
        0,2010,245,1,0,0,0,2011,2012,5,223,0,0,2012,2013,3,230,115,0,2013,
        2014,5,196,0,0,2014,2015,3,230,115,0,2015,247,1,0,0,0,2016,2017,
        7,29,0,0,2017,2018,5,246,0,0,2018,2019,3,230,115,0,2019,2020,5,9,
        0,0,2020,2021,3,290,145,0,2021,2022,5,247,0,0,2022,249,1,0,0,0,2023,
        2024,5,63,0,0,2024,2025,5,246,0,0,2025,2026,3,276,138,0,2026,2027,
        5,72,0,0,2027,2028,3,230,115,0,2028,2029,5,247,0,0,2029,251,1,0,
        0,0,2030,2031,5,153,0,0,2031,2032,5,246,0,0,2032,2033,3,238,119,
        0,2033,2034,5,85,0,0,2034,2037,3,238,119,0,2035,2036,5,72,0,0,2036,
        2038,3,238,119,0,2037,2035,1,0,0,0,2037,2038,1,0,0,0,2038,2039,1,
        0,0,0,2039,2040,5,247,0,0,2040,253,1,0,0,0,2041,2042,5,201,0,0,2042,
        2051,5,246,0,0,2043,2045,7,30,0,0,2044,2046,3,238,119,0,2045,2044,
        1,0,0,0,2045,2046,1,0,0,0,2046,2047,1,0,0,0,2047,2052,5,72,0,0,2048,
        2049,3,238,119,0,2049,2050,5,72,0,0,2050,2052,1,0,0,0,2051,2043,
        1,0,0,0,2051,2048,1,0,0,0,2051,2052,1,0,0,0,2052,2053,1,0,0,0,2053,
        2054,3,238,119,0,2054,2055,5,247,0,0,2055,255,1,0,0,0,2056,2057,
        5,142,0,0,2057,2058,5,246,0,0,2058,2059,3,230,115,0,2059,2060,5,
        151,0,0,2060,2061,3,230,115,0,2061,2062,5,72,0,0,2062,2065,3,230,
        115,0,2063,2064,5,70,0,0,2064,2066,3,230,115,0,2065,2063,1,0,0,0,
        2065,2066,1,0,0,0,2066,2067,1,0,0,0,2067,2068,5,247,0,0,2068,257,
        1,0,0,0,2069,2070,5,188,0,0,2070,2071,5,246,0,0,2071,2072,3,230,
        115,0,2072,2073,7,31,0,0,2073,2076,3,230,115,0,2074,2075,7,32,0,
        0,2075,2077,3,230,115,0,2076,2074,1,0,0,0,2076,2077,1,0,0,0,2077,
        2078,1,0,0,0,2078,2079,5,247,0,0,2079,259,1,0,0,0,2080,2081,7,33,
        0,0,2081,2082,5,246,0,0,2082,2085,3,230,115,0,2083,2084,5,199,0,
        0,2084,2086,3,272,136,0,2085,2083,1,0,0,0,2085,2086,1,0,0,0,2086,
        2087,1,0,0,0,2087,2088,5,247,0,0,2088,261,1,0,0,0,2089,2090,7,34,
        0,0,2090,2099,5,248,0,0,2091,2096,3,230,115,0,2092,2093,5,252,0,
        0,2093,2095,3,230,115,0,2094,2092,1,0,0,0,2095,2098,1,0,0,0,2096,
        2094,1,0,0,0,2096,2097,1,0,0,0,2097,2100,1,0,0,0,2098,2096,1,0,0,
        0,2099,2091,1,0,0,0,2099,2100,1,0,0,0,2100,2101,1,0,0,0,2101,2121,
        5,249,0,0,2102,2103,7,34,0,0,2103,2104,5,246,0,0,2104,2105,3,134,
        67,0,2105,2106,5,247,0,0,2106,2121,1,0,0,0,2107,2108,5,172,0,0,2108,
        2117,5,246,0,0,2109,2114,3,230,115,0,2110,2111,5,252,0,0,2111,2113,
        3,230,115,0,2112,2110,1,0,0,0,2113,2116,1,0,0,0,2114,2112,1,0,0,
        0,2114,2115,1,0,0,0,2115,2118,1,0,0,0,2116,2114,1,0,0,0,2117,2109,
        1,0,0,0,2117,2118,1,0,0,0,2118,2119,1,0,0,0,2119,2121,5,247,0,0,
        2120,2089,1,0,0,0,2120,2102,1,0,0,0,2120,2107,1,0,0,0,2121,263,1,
        0,0,0,2122,2123,3,266,133,0,2123,2136,5,246,0,0,2124,2137,5,241,
        0,0,2125,2127,7,14,0,0,2126,2125,1,0,0,0,2126,2127,1,0,0,0,2127,
        2128,1,0,0,0,2128,2133,3,268,134,0,2129,2130,5,252,0,0,2130,2132,
        3,268,134,0,2131,2129,1,0,0,0,2132,2135,1,0,0,0,2133,2131,1,0,0,
        0,2133,2134,1,0,0,0,2134,2137,1,0,0,0,2135,2133,1,0,0,0,2136,2124,
        1,0,0,0,2136,2126,1,0,0,0,2136,2137,1,0,0,0,2137,2138,1,0,0,0,2138,
        2141,5,247,0,0,2139,2140,7,35,0,0,2140,2142,5,129,0,0,2141,2139,
        1,0,0,0,2141,2142,1,0,0,0,2142,2149,1,0,0,0,2143,2144,5,227,0,0,
        2144,2145,5,77,0,0,2145,2146,5,246,0,0,2146,2147,3,190,95,0,2147,
        2148,5,247,0,0,2148,2150,1,0,0,0,2149,2143,1,0,0,0,2149,2150,1,0,
        0,0,2150,2157,1,0,0,0,2151,2152,5,66,0,0,2152,2153,5,246,0,0,2153,
        2154,5,224,0,0,2154,2155,3,230,115,0,2155,2156,5,247,0,0,2156,2158,
        1,0,0,0,2157,2151,1,0,0,0,2157,2158,1,0,0,0,2158,2167,1,0,0,0,2159,
        2165,5,141,0,0,2160,2166,3,304,152,0,2161,2162,5,246,0,0,2162,2163,
        3,184,92,0,2163,2164,5,247,0,0,2164,2166,1,0,0,0,2165,2160,1,0,0,
        0,2165,2161,1,0,0,0,2166,2168,1,0,0,0,2167,2159,1,0,0,0,2167,2168,
        1,0,0,0,2168,265,1,0,0,0,2169,2180,3,300,150,0,2170,2180,5,104,0,
        0,2171,2180,5,170,0,0,2172,2180,5,229,0,0,2173,2180,5,122,0,0,2174,
        2180,5,41,0,0,2175,2180,5,80,0,0,2176,2180,5,115,0,0,2177,2180,5,
        175,0,0,2178,2180,5,78,0,0,2179,2169,1,0,0,0,2179,2170,1,0,0,0,2179,
        2171,1,0,0,0,2179,2172,1,0,0,0,2179,2173,1,0,0,0,2179,2174,1,0,0,
        0,2179,2175,1,0,0,0,2179,2176,1,0,0,0,2179,2177,1,0,0,0,2179,2178,
        1,0,0,0,2180,267,1,0,0,0,2181,2182,3,304,152,0,2182,2183,5,238,0,
        0,2183,2185,1,0,0,0,2184,2181,1,0,0,0,2184,2185,1,0,0,0,2185,2186,
        1,0,0,0,2186,2187,3,270,135,0,2187,269,1,0,0,0,2188,2189,5,193,0,
        0,2189,2200,3,298,149,0,2190,2191,5,145,0,0,2191,2192,5,16,0,0,2192,
        2197,3,230,115,0,2193,2194,5,252,0,0,2194,2196,3,230,115,0,2195,
        2193,1,0,0,0,2196,2199,1,0,0,0,2197,2195,1,0,0,0,2197,2198,1,0,0,
        0,2198,2201,1,0,0,0,2199,2197,1,0,0,0,2200,2190,1,0,0,0,2200,2201,
        1,0,0,0,2201,2203,1,0,0,0,2202,2204,3,190,95,0,2203,2202,1,0,0,0,
        2203,2204,1,0,0,0,2204,2220,1,0,0,0,2205,2206,5,47,0,0,2206,2207,
        5,246,0,0,2207,2212,3,304,152,0,2208,2209,5,252,0,0,2209,2211,3,
        304,152,0,2210,2208,1,0,0,0,2211,2214,1,0,0,0,2212,2210,1,0,0,0,
        2212,2213,1,0,0,0,2213,2215,1,0,0,0,2214,2212,1,0,0,0,2215,2216,
        5,247,0,0,2216,2220,1,0,0,0,2217,2220,3,274,137,0,2218,2220,3,230,
        115,0,2219,2188,1,0,0,0,2219,2205,1,0,0,0,2219,2217,1,0,0,0,2219,
        2218,1,0,0,0,2220,271,1,0,0,0,2221,2222,7,36,0,0,2222,273,1,0,0,
        0,2223,2224,7,37,0,0,2224,275,1,0,0,0,2225,2228,3,272,136,0,2226,
        2228,5,264,0,0,2227,2225,1,0,0,0,2227,2226,1,0,0,0,2228,277,1,0,
        0,0,2229,2244,5,128,0,0,2230,2244,5,202,0,0,2231,2244,5,64,0,0,2232,
        2244,5,207,0,0,2233,2244,3,280,140,0,2234,2244,3,282,141,0,2235,
        2244,5,260,0,0,2236,2237,5,40,0,0,2237,2244,5,258,0,0,2238,2239,
        5,197,0,0,2239,2244,5,258,0,0,2240,2241,5,198,0,0,2241,2244,5,258,
        0,0,2242,2244,3,284,142,0,2243,2229,1,0,0,0,2243,2230,1,0,0,0,2243,
        2231,1,0,0,0,2243,2232,1,0,0,0,2243,2233,1,0,0,0,2243,2234,1,0,0,
        0,2243,2235,1,0,0,0,2243,2236,1,0,0,0,2243,2238,1,0,0,0,2243,2240,
        1,0,0,0,2243,2242,1,0,0,0,2244,279,1,0,0,0,2245,2246,7,38,0,0,2246,
        281,1,0,0,0,2247,2251,7,39,0,0,2248,2250,5,258,0,0,2249,2248,1,0,
        0,0,2250,2253,1,0,0,0,2251,2249,1,0,0,0,2251,2252,1,0,0,0,2252,283,
        1,0,0,0,2253,2251,1,0,0,0,2254,2256,5,91,0,0,2255,2257,7,5,0,0,2256,
        2255,1,0,0,0,2256,2257,1,0,0,0,2257,2260,1,0,0,0,2258,2261,5,258,
        0,0,2259,2261,3,280,140,0,2260,2258,1,0,0,0,2260,2259,1,0,0,0,2261,
        2262,1,0,0,0,2262,2263,3,286,143,0,2263,285,1,0,0,0,2264,2266,3,
        272,136,0,2265,2267,3,288,144,0,2266,2265,1,0,0,0,2266,2267,1,0,
        0,0,2267,2273,1,0,0,0,2268,2269,5,199,0,0,2269,2271,3,272,136,0,
        2270,2272,3,288,144,0,2271,2270,1,0,0,0,2271,2272,1,0,0,0,2272,2274,
        1,0,0,0,2273,2268,1,0,0,0,2273,2274,1,0,0,0,2274,287,1,0,0,0,2275,
        2276,5,246,0,0,2276,2279,5,261,0,0,2277,2278,5,252,0,0,2278,2280,
        5,261,0,0,2279,2277,1,0,0,0,2279,2280,1,0,0,0,2280,2281,1,0,0,0,
        2281,2282,5,247,0,0,2282,289,1,0,0,0,2283,2285,3,294,147,0,2284,
        2286,3,292,146,0,2285,2284,1,0,0,0,2285,2286,1,0,0,0,2286,2293,1,
        0,0,0,2287,2289,7,40,0,0,2288,2290,3,292,146,0,2289,2288,1,0,0,0,
        2289,2290,1,0,0,0,2290,2292,1,0,0,0,2291,2287,1,0,0,0,2292,2295,
        1,0,0,0,2293,2291,1,0,0,0,2293,2294,1,0,0,0,2294,291,1,0,0,0,2295,
        2293,1,0,0,0,2296,2297,5,127,0,0,2297,2300,5,128,0,0,2298,2300,5,
        128,0,0,2299,2296,1,0,0,0,2299,2298,1,0,0,0,2300,293,1,0,0,0,2301,
        2326,5,172,0,0,2302,2311,5,234,0,0,2303,2308,3,296,148,0,2304,2305,
        5,252,0,0,2305,2307,3,296,148,0,2306,2304,1,0,0,0,2307,2310,1,0,
        0,0,2308,2306,1,0,0,0,2308,2309,1,0,0,0,2309,2312,1,0,0,0,2310,2308,
        1,0,0,0,2311,2303,1,0,0,0,2311,2312,1,0,0,0,2312,2313,1,0,0,0,2313,
        2327,5,236,0,0,2314,2323,5,246,0,0,2315,2320,3,296,148,0,2316,2317,
        5,252,0,0,2317,2319,3,296,148,0,2318,2316,1,0,0,0,2319,2322,1,0,
        0,0,2320,2318,1,0,0,0,2320,2321,1,0,0,0,2321,2324,1,0,0,0,2322,2320,
        1,0,0,0,2323,2315,1,0,0,0,2323,2324,1,0,0,0,2324,2325,1,0,0,0,2325,
        2327,5,247,0,0,2326,2302,1,0,0,0,2326,2314,1,0,0,0,2327,2387,1,0,
        0,0,2328,2329,5,8,0,0,2329,2330,5,234,0,0,2330,2331,3,290,145,0,
        2331,2332,5,236,0,0,2332,2387,1,0,0,0,2333,2334,5,124,0,0,2334,2335,
        5,234,0,0,2335,2336,3,290,145,0,2336,2337,5,236,0,0,2337,2387,1,
        0,0,0,2338,2339,5,109,0,0,2339,2340,5,234,0,0,2340,2341,3,290,145,
        0,2341,2342,5,252,0,0,2342,2343,3,290,145,0,2343,2344,5,236,0,0,
        2344,2387,1,0,0,0,2345,2347,5,198,0,0,2346,2348,3,288,144,0,2347,
        2346,1,0,0,0,2347,2348,1,0,0,0,2348,2355,1,0,0,0,2349,2351,7,41,
        0,0,2350,2352,5,108,0,0,2351,2350,1,0,0,0,2351,2352,1,0,0,0,2352,
        2353,1,0,0,0,2353,2354,5,197,0,0,2354,2356,5,231,0,0,2355,2349,1,
        0,0,0,2355,2356,1,0,0,0,2356,2387,1,0,0,0,2357,2359,5,197,0,0,2358,
        2360,3,288,144,0,2359,2358,1,0,0,0,2359,2360,1,0,0,0,2360,2364,1,
        0,0,0,2361,2362,5,228,0,0,2362,2363,5,197,0,0,2363,2365,5,231,0,
        0,2364,2361,1,0,0,0,2364,2365,1,0,0,0,2365,2387,1,0,0,0,2366,2387,
        5,40,0,0,2367,2368,5,91,0,0,2368,2387,3,286,143,0,2369,2370,5,160,
        0,0,2370,2371,5,246,0,0,2371,2374,3,282,141,0,2372,2373,5,252,0,
        0,2373,2375,3,282,141,0,2374,2372,1,0,0,0,2374,2375,1,0,0,0,2375,
        2376,1,0,0,0,2376,2377,5,247,0,0,2377,2387,1,0,0,0,2378,2387,5,128,
        0,0,2379,2381,3,304,152,0,2380,2382,7,42,0,0,2381,2380,1,0,0,0,2381,
        2382,1,0,0,0,2382,2384,1,0,0,0,2383,2385,3,288,144,0,2384,2383,1,
        0,0,0,2384,2385,1,0,0,0,2385,2387,1,0,0,0,2386,2301,1,0,0,0,2386,
        2328,1,0,0,0,2386,2333,1,0,0,0,2386,2338,1,0,0,0,2386,2345,1,0,0,
        0,2386,2357,1,0,0,0,2386,2366,1,0,0,0,2386,2367,1,0,0,0,2386,2369,
        1,0,0,0,2386,2378,1,0,0,0,2386,2379,1,0,0,0,2387,295,1,0,0,0,2388,
        2389,3,304,152,0,2389,2391,3,290,145,0,2390,2392,3,282,141,0,2391,
        2390,1,0,0,0,2391,2392,1,0,0,0,2392,297,1,0,0,0,2393,2398,3,304,
        152,0,2394,2395,5,253,0,0,2395,2397,3,304,152,0,2396,2394,1,0,0,
        0,2397,2400,1,0,0,0,2398,2396,1,0,0,0,2398,2399,1,0,0,0,2399,299,
        1,0,0,0,2400,2398,1,0,0,0,2401,2406,3,304,152,0,2402,2403,5,253,
        0,0,2403,2405,3,304,152,0,2404,2402,1,0,0,0,2405,2408,1,0,0,0,2406,
        2404,1,0,0,0,2406,2407,1,0,0,0,2407,301,1,0,0,0,2408,2406,1,0,0,
        0,2409,2410,5,246,0,0,2410,2415,3,304,152,0,2411,2412,5,252,0,0,
        2412,2414,3,304,152,0,2413,2411,1,0,0,0,2414,2417,1,0,0,0,2415,2413,
        1,0,0,0,2415,2416,1,0,0,0,2416,2418,1,0,0,0,2417,2415,1,0,0,0,2418,
        2419,5,247,0,0,2419,303,1,0,0,0,2420,2424,5,264,0,0,2421,2424,5,
        265,0,0,2422,2424,3,306,153,0,2423,2420,1,0,0,0,2423,2421,1,0,0,
        0,2423,2422,1,0,0,0,2424,305,1,0,0,0,2425,2426,7,43,0,0,2426,307,
        1,0,0,0,334,310,340,348,351,354,366,379,383,395,398,411,413,421,
        426,433,438,444,447,451,456,459,467,472,486,489,500,503,506,512,
        516,520,523,527,531,534,540,544,547,554,561,564,568,578,583,592,
        597,600,603,607,611,615,618,623,632,637,640,643,646,649,652,655,
        660,663,672,677,680,683,686,689,692,696,716,722,731,734,736,739,
        741,744,748,763,775,781,787,799,803,816,827,830,840,847,850,856,
        859,868,877,889,893,900,904,914,918,928,935,943,946,957,967,974,
        984,988,990,992,995,999,1003,1007,1018,1023,1027,1031,1037,1043,
        1049,1054,1059,1063,1074,1078,1082,1085,1089,1093,1104,1119,1126,
        1131,1134,1139,1142,1144,1159,1162,1169,1172,1176,1188,1199,1203,
        1209,1220,1224,1238,1251,1254,1256,1263,1267,1276,1284,1287,1291,
        1294,1297,1300,1308,1313,1326,1331,1336,1341,1352,1360,1365,1368,
        1375,1380,1383,1386,1389,1392,1407,1410,1412,1419,1426,1433,1436,
        1441,1443,1448,1450,1456,1460,1463,1467,1470,1482,1496,1502,1508,
        1512,1521,1525,1534,1545,1557,1565,1573,1583,1592,1595,1598,1601,
        1610,1619,1628,1633,1637,1642,1647,1652,1666,1669,1672,1680,1683,
        1686,1689,1697,1705,1708,1716,1733,1746,1749,1756,1762,1766,1773,
        1780,1784,1786,1789,1792,1802,1814,1819,1831,1834,1837,1842,1851,
        1856,1864,1866,1876,1880,1889,1892,1896,1910,1913,1921,1926,1928,
        1930,1940,1956,1958,1983,1986,1992,1996,2001,2004,2037,2045,2051,
        2065,2076,2085,2096,2099,2114,2117,2120,2126,2133,2136,2141,2149,
        2157,2165,2167,2179,2184,2197,2200,2203,2212,2219,2227,2243,2251,
        2256,2260,2266,2271,2273,2279,2285,2289,2293,2299,2308,2311,2320,
        2323,2326,2347,2351,2355,2359,2364,2374,2381,2384,2386,2391,2398,
        2406,2415,2423
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
