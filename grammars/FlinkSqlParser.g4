/*
 * Flink SQL (Flink 2.x) parser for Tideline. One statement at a time: the statement splitter
 * (engine/sql/split) cuts a document into statements, and each is parsed with `singleStatement`.
 *
 * Written to stay small and fast: expressions are left-factored by precedence (one rule per
 * level, no ambiguous giant alternatives), every alternative starts with a distinct token where
 * possible, and type and function names are identifiers resolved later by the AST builder.
 */
parser grammar FlinkSqlParser;

options {
    tokenVocab = FlinkSqlLexer;
}

singleStatement
    : statement SEMICOLON? EOF
    ;

statement
    : queryStatement
    | insertStatement
    | explainStatement
    | executeStatement
    | compileStatement
    | statementSetBlock
    | beginStatementSet
    | endStatementSet
    | createStatement
    | alterStatement
    | dropStatement
    | showStatement
    | describeStatement
    | useStatement
    | loadModule
    | unloadModule
    | setStatement
    | resetStatement
    | addJar
    | removeJar
    | analyzeTable
    | stopJob
    | truncateTable
    | deleteStatement
    | updateStatement
    | callStatement
    ;

// ---- DML and plans --------------------------------------------------------------------------

queryStatement
    : query
    ;

insertStatement
    : (INSERT | UPSERT) (INTO | OVERWRITE) tablePath hint? partitionSpec? columnNameList? query
    ;

statementSetBlock
    : STATEMENT SET BEGIN (insertStatement SEMICOLON)+ END
    ;

beginStatementSet
    : BEGIN STATEMENT SET (SEMICOLON (insertStatement SEMICOLON)* END)?
    ;

endStatementSet
    : END
    ;

explainStatement
    : EXPLAIN (PLAN FOR | explainDetail (COMMA explainDetail)*)? explainable
    ;

explainDetail
    : identifier
    ;

explainable
    : query
    | insertStatement
    | statementSetBlock
    | EXECUTE (statementSetBlock | insertStatement | query)
    ;

executeStatement
    : EXECUTE (statementSetBlock | insertStatement | query | PLAN stringLiteral)
    ;

compileStatement
    : COMPILE (AND EXECUTE)? PLAN stringLiteral (IF NOT EXISTS)? FOR (statementSetBlock | insertStatement)
    ;

deleteStatement
    : DELETE FROM tablePath (AS? identifier)? (WHERE expression)?
    ;

updateStatement
    : UPDATE tablePath (AS? identifier)? SET assignment (COMMA assignment)* (WHERE expression)?
    ;

assignment
    : identifier EQ expression
    ;

callStatement
    : CALL qualifiedName LPAREN (callArgument (COMMA callArgument)*)? RPAREN
    ;

truncateTable
    : TRUNCATE TABLE tablePath
    ;

// ---- CREATE -----------------------------------------------------------------------------------

createStatement
    : CREATE (OR (REPLACE | ALTER))? TEMPORARY? SYSTEM? createBody
    | REPLACE TABLE createTableBody
    ;

createBody
    : CATALOG ifNotExists? identifier commentClause? withOptions?
    | DATABASE ifNotExists? tablePath commentClause? withOptions?
    | TABLE createTableBody
    | VIEW ifNotExists? tablePath columnNameList? commentClause? AS query
    | FUNCTION ifNotExists? tablePath AS stringLiteral (LANGUAGE identifier)? usingJars?
    | MODEL ifNotExists? tablePath (INPUT LPAREN columnDefinition (COMMA columnDefinition)* RPAREN)?
        (OUTPUT LPAREN columnDefinition (COMMA columnDefinition)* RPAREN)? commentClause? withOptions? (AS query)?
    | CONNECTION ifNotExists? tablePath commentClause? withOptions?
    | MATERIALIZED TABLE ifNotExists? tablePath (LPAREN tableElement (COMMA tableElement)* RPAREN)? commentClause?
        distribution? partitionedBy? withOptions? freshness? refreshMode? AS query
    ;

createTableBody
    : ifNotExists? tablePath (LPAREN tableElement (COMMA tableElement)* RPAREN)? commentClause? distribution?
        partitionedBy? withOptions? likeClause? (AS query)?
    ;

ifNotExists
    : IF NOT EXISTS
    ;

ifExists
    : IF EXISTS
    ;

commentClause
    : COMMENT stringLiteral
    ;

usingJars
    : USING JAR stringLiteral (COMMA JAR stringLiteral)*
    ;

tableElement
    : columnDefinition
    | watermarkDefinition
    | tableConstraint
    ;

columnDefinition
    : identifier (AS expression | dataType (METADATA (FROM stringLiteral)? VIRTUAL?)? columnConstraint?) commentClause?
    ;

columnConstraint
    : (CONSTRAINT identifier)? PRIMARY KEY NOT ENFORCED
    ;

watermarkDefinition
    : WATERMARK FOR qualifiedName AS expression
    ;

tableConstraint
    : (CONSTRAINT identifier)? PRIMARY KEY columnNameList NOT ENFORCED
    ;

distribution
    : DISTRIBUTED BY (RANGE | identifier)? columnNameList (INTO INTEGER_VALUE BUCKETS)?
    | DISTRIBUTED INTO INTEGER_VALUE BUCKETS
    ;

partitionedBy
    : PARTITIONED BY columnNameList
    ;

likeClause
    : LIKE tablePath (LPAREN likeOption* RPAREN)?
    ;

likeOption
    : (INCLUDING | EXCLUDING | OVERWRITING) (ALL | CONSTRAINTS | PARTITIONS | DISTRIBUTION | GENERATED | OPTIONS | WATERMARKS | METADATA)
    ;

freshness
    : FRESHNESS EQ intervalLiteral
    ;

refreshMode
    : REFRESH_MODE EQ (FULL | identifier)
    ;

withOptions
    : WITH propertyList
    ;

propertyList
    : LPAREN (property (COMMA property)*)? RPAREN
    ;

property
    : propertyKey EQ propertyValue
    ;

propertyKey
    : stringLiteral
    | qualifiedName
    ;

propertyValue
    : stringLiteral
    | signedNumber
    | TRUE
    | FALSE
    | identifier
    ;

signedNumber
    : (PLUS | MINUS_SIGN)? number
    ;

// ---- ALTER ------------------------------------------------------------------------------------

alterStatement
    : ALTER TEMPORARY? SYSTEM? (
        CATALOG identifier (SET propertyList | RESET keyList | commentClause)
        | DATABASE tablePath SET propertyList
        | TABLE ifExists? tablePath alterTableAction
        | VIEW tablePath (RENAME TO tablePath | AS query)
        | FUNCTION ifExists? tablePath AS stringLiteral (LANGUAGE identifier)?
        | MODEL ifExists? tablePath (RENAME TO tablePath | SET propertyList | RESET keyList)
        | CONNECTION ifExists? tablePath (RENAME TO tablePath | SET propertyList | RESET keyList)
        | MATERIALIZED TABLE tablePath alterMaterializedTableAction
    )
    ;

keyList
    : LPAREN (propertyKey (COMMA propertyKey)*)? RPAREN
    ;

alterTableAction
    : RENAME (TO tablePath | qualifiedName TO identifier)
    | SET propertyList
    | RESET keyList
    | (ADD | MODIFY) alterChange
    | DROP (
        ifExists? partitionSpec (COMMA partitionSpec)*
        | PRIMARY KEY
        | CONSTRAINT identifier
        | WATERMARK
        | DISTRIBUTION
        | COLUMN? (qualifiedName | columnNameList)
    )
    ;

alterChange
    : ifNotExists? partitionSpec withOptions? (partitionSpec withOptions?)*
    | alterDistribution
    | alterElement
    | LPAREN alterElement (COMMA alterElement)* RPAREN
    ;

alterElement
    : columnDefinition columnPosition?
    | watermarkDefinition
    | tableConstraint
    ;

alterDistribution
    : DISTRIBUTION BY (RANGE | identifier)? columnNameList (INTO INTEGER_VALUE BUCKETS)?
    | DISTRIBUTION INTO INTEGER_VALUE BUCKETS
    ;

columnPosition
    : FIRST
    | AFTER identifier
    ;

alterMaterializedTableAction
    : SUSPEND
    | RESUME withOptions?
    | REFRESH partitionSpec?
    | SET FRESHNESS EQ intervalLiteral
    | SET REFRESH_MODE EQ (FULL | identifier)
    | AS query
    ;

// ---- DROP -------------------------------------------------------------------------------------

dropStatement
    : DROP TEMPORARY? SYSTEM? dropKind ifExists? tablePath (RESTRICT | CASCADE)?
    ;

dropKind
    : CATALOG
    | DATABASE
    | TABLE
    | VIEW
    | FUNCTION
    | MODEL
    | CONNECTION
    | MATERIALIZED TABLE
    ;

// ---- SHOW, DESCRIBE, USE and friends ------------------------------------------------------------

showStatement
    : SHOW (
        CURRENT (CATALOG | DATABASE)
        | CREATE (TABLE | VIEW | MODEL | CATALOG | DATABASE | FUNCTION | CONNECTION | MATERIALIZED TABLE) tablePath
        | COLUMNS (FROM | IN) tablePath likePattern?
        | PARTITIONS tablePath partitionSpec?
        | (FULL | USER)? showKind ((FROM | IN) tablePath)? likePattern?
    )
    ;

showKind
    : CATALOGS
    | DATABASES
    | TABLES
    | VIEWS
    | FUNCTIONS
    | PROCEDURES
    | MODULES
    | JARS
    | JOBS
    | MODELS
    | CONNECTIONS
    | MATERIALIZED TABLES
    ;

likePattern
    : NOT? (LIKE | ILIKE) stringLiteral
    ;

describeStatement
    : (DESCRIBE | DESC) describeKind? EXTENDED? (tablePath | stringLiteral)
    ;

describeKind
    : CATALOG
    | DATABASE
    | TABLE
    | VIEW
    | FUNCTION
    | MODEL
    | CONNECTION
    | JOB
    | MATERIALIZED TABLE
    ;

useStatement
    : USE (CATALOG identifier | MODULES identifier (COMMA identifier)* | tablePath)
    ;

loadModule
    : LOAD MODULE identifier withOptions?
    ;

unloadModule
    : UNLOAD MODULE identifier
    ;

setStatement
    : SET (propertyKey EQ propertyValue)?
    ;

resetStatement
    : RESET propertyKey?
    ;

addJar
    : ADD JAR stringLiteral
    ;

removeJar
    : REMOVE JAR stringLiteral
    ;

analyzeTable
    : ANALYZE TABLE tablePath partitionSpec? COMPUTE STATISTICS (FOR (ALL COLUMNS | COLUMNS identifier (COMMA identifier)*))?
    ;

stopJob
    : STOP JOB stringLiteral (WITH SAVEPOINT)? (WITH DRAIN)?
    ;

partitionSpec
    : PARTITION LPAREN partitionValue (COMMA partitionValue)* RPAREN
    ;

partitionValue
    : identifier (EQ literal)?
    ;

// ---- queries ----------------------------------------------------------------------------------

query
    : withClause? queryExpression orderBy? limitClause? offsetClause? fetchClause?
    ;

withClause
    : WITH commonTableExpression (COMMA commonTableExpression)*
    ;

commonTableExpression
    : identifier columnNameList? AS LPAREN query RPAREN
    ;

queryExpression
    : queryIntersect (setOperator queryIntersect)*
    ;

setOperator
    : (UNION | EXCEPT) (ALL | DISTINCT)?
    ;

queryIntersect
    : queryPrimary (INTERSECT (ALL | DISTINCT)? queryPrimary)*
    ;

queryPrimary
    : selectCore
    | valuesClause
    | LPAREN query RPAREN
    | TABLE tablePath
    ;

valuesClause
    : VALUES expression (COMMA expression)*
    ;

selectCore
    : SELECT hint? (ALL | DISTINCT)? selectItem (COMMA selectItem)* (FROM fromClause)? whereClause?
        groupBy? havingClause? windowClause?
    ;

whereClause
    : WHERE expression
    ;

havingClause
    : HAVING expression
    ;

selectItem
    : STAR
    | qualifiedName DOT STAR
    | expression (AS? identifier)?
    ;

fromClause
    : tableReference (COMMA tableReference)*
    ;

tableReference
    : tablePrimary joinPart*
    ;

joinPart
    : CROSS JOIN tablePrimary
    | NATURAL? joinType? JOIN tablePrimary joinCondition?
    ;

joinType
    : INNER
    | (LEFT | RIGHT | FULL) OUTER?
    ;

joinCondition
    : ON expression
    | USING columnNameList
    ;

tablePrimary
    : tableFactor matchRecognize? tableAlias?
    ;

tableFactor
    : tablePath hint? systemTime?
    | LATERAL (LPAREN query RPAREN | TABLE LPAREN functionCall RPAREN)
    | TABLE LPAREN functionCall RPAREN
    | UNNEST LPAREN expression (COMMA expression)* RPAREN (WITH ORDINALITY)?
    | functionCall
    | LPAREN (query | tableReference) RPAREN
    ;

systemTime
    : FOR SYSTEM_TIME AS OF expression
    ;

tableAlias
    : AS? identifier columnNameList?
    ;

groupBy
    : GROUP BY groupingElement (COMMA groupingElement)*
    ;

groupingElement
    : GROUPING SETS LPAREN groupingElement (COMMA groupingElement)* RPAREN
    | (ROLLUP | CUBE) LPAREN expression (COMMA expression)* RPAREN
    | LPAREN RPAREN
    | expression
    ;

windowClause
    : WINDOW namedWindow (COMMA namedWindow)*
    ;

namedWindow
    : identifier AS LPAREN windowSpec RPAREN
    ;

windowSpec
    : identifier? (PARTITION BY expression (COMMA expression)*)? orderBy? windowFrame?
    ;

windowFrame
    : (ROWS | RANGE) (BETWEEN frameBound AND frameBound | frameBound)
    ;

frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | valueExpression (PRECEDING | FOLLOWING)
    ;

orderBy
    : ORDER BY orderItem (COMMA orderItem)*
    ;

orderItem
    : expression (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

limitClause
    : LIMIT (expression | ALL)
    ;

offsetClause
    : OFFSET expression (ROW | ROWS)?
    ;

fetchClause
    : FETCH (FIRST | NEXT) expression? (ROW | ROWS) ONLY
    ;

matchRecognize
    : MATCH_RECOGNIZE LPAREN (PARTITION BY expression (COMMA expression)*)? orderBy?
        (MEASURES measure (COMMA measure)*)? rowsPerMatch? afterMatchSkip?
        PATTERN LPAREN pattern RPAREN (WITHIN intervalLiteral)?
        (SUBSET subsetDefinition (COMMA subsetDefinition)*)?
        DEFINE patternDefinition (COMMA patternDefinition)* RPAREN
    ;

measure
    : expression AS identifier
    ;

rowsPerMatch
    : ONE ROW PER MATCH
    | ALL ROWS PER MATCH
    ;

afterMatchSkip
    : AFTER MATCH SKIP_ (TO NEXT ROW | PAST LAST ROW | TO (FIRST | LAST)? identifier)
    ;

pattern
    : patternTerm (PIPE patternTerm)*
    ;

patternTerm
    : patternFactor+
    ;

patternFactor
    : patternPrimary patternQuantifier?
    ;

patternPrimary
    : identifier
    | LPAREN pattern RPAREN
    ;

patternQuantifier
    : (STAR | PLUS | QUESTION | LBRACE INTEGER_VALUE? (COMMA INTEGER_VALUE?)? RBRACE) QUESTION?
    ;

subsetDefinition
    : identifier EQ LPAREN identifier (COMMA identifier)* RPAREN
    ;

patternDefinition
    : identifier AS expression
    ;

// ---- hints ----------------------------------------------------------------------------------

hint
    : HINT_START hintItem (HINT_COMMA? hintItem)* HINT_END
    ;

hintItem
    : HINT_NAME (HINT_LPAREN (hintOption (HINT_COMMA hintOption)*)? HINT_RPAREN)?
    ;

hintOption
    : hintValue (HINT_EQ hintValue)?
    ;

hintValue
    : HINT_NAME
    | HINT_STRING
    | HINT_QUOTED
    | HINT_NUMBER
    ;

// ---- expressions ----------------------------------------------------------------------------
// Two left-recursive rules, alternatives from tightest to loosest binding: boolean structure
// over value (arithmetic) expressions. A plain name costs four rule contexts, not one per level.

expression
    : valueExpression predicateSuffix*  # predicated
    | NOT expression                    # logicalNot
    | expression AND expression         # logicalAnd
    | expression OR expression          # logicalOr
    ;

predicateSuffix
    : comparisonOperator ((ALL | ANY | SOME) LPAREN query RPAREN | valueExpression)
    | IS NOT? (NULL | TRUE | FALSE | UNKNOWN | DISTINCT FROM valueExpression | JSON (VALUE | SCALAR | ARRAY | OBJECT)?)
    | negation? (
        BETWEEN (ASYMMETRIC | SYMMETRIC)? valueExpression AND valueExpression
        | IN LPAREN (query | expression (COMMA expression)*) RPAREN
        | (LIKE | ILIKE | SIMILAR TO) valueExpression (ESCAPE valueExpression)?
    )
    ;

negation
    : NOT
    ;

comparisonOperator
    : EQ
    | NEQ
    | LT
    | LTE
    | GT
    | GTE
    ;

valueExpression
    : primaryExpression                                             # primaryValue
    | valueExpression LBRACKET expression RBRACKET                  # itemAccess
    | valueExpression DOT identifier                                # fieldAccess
    | (PLUS | MINUS_SIGN) valueExpression                           # unaryValue
    | valueExpression (STAR | SLASH | PERCENT) valueExpression      # multiplicative
    | valueExpression (PLUS | MINUS_SIGN | CONCAT) valueExpression  # additive
    ;

primaryExpression
    : literal
    | caseExpression
    | castExpression
    | extractExpression
    | positionExpression
    | trimExpression
    | overlayExpression
    | substringExpression
    | floorCeilExpression
    | constructorExpression
    | EXISTS LPAREN query RPAREN
    | LPAREN (query | expression (COMMA expression)*) RPAREN
    | functionCall
    | identifier
    ;

caseExpression
    : CASE expression? whenClause+ elseClause? END
    ;

elseClause
    : ELSE expression
    ;

whenClause
    : WHEN expression THEN expression
    ;

castExpression
    : (CAST | TRY_CAST) LPAREN expression AS dataType RPAREN
    ;

extractExpression
    : EXTRACT LPAREN extractUnit FROM expression RPAREN
    ;

positionExpression
    : POSITION LPAREN valueExpression IN valueExpression (FROM valueExpression)? RPAREN
    ;

trimExpression
    : TRIM LPAREN ((BOTH | LEADING | TRAILING) valueExpression? FROM | valueExpression FROM)? valueExpression RPAREN
    ;

overlayExpression
    : OVERLAY LPAREN expression PLACING expression FROM expression (FOR expression)? RPAREN
    ;

substringExpression
    : SUBSTRING LPAREN expression (FROM | COMMA) expression ((FOR | COMMA) expression)? RPAREN
    ;

floorCeilExpression
    : (FLOOR | CEIL | CEILING) LPAREN expression (TO timeUnit)? RPAREN
    ;

constructorExpression
    : (ARRAY | MAP | MULTISET) LBRACKET (expression (COMMA expression)*)? RBRACKET
    | (ARRAY | MAP | MULTISET) LPAREN query RPAREN
    | ROW LPAREN (expression (COMMA expression)*)? RPAREN
    ;

functionCall
    : functionName LPAREN (STAR | (ALL | DISTINCT)? callArgument (COMMA callArgument)*)? jsonClause* RPAREN
        ((IGNORE | RESPECT) NULLS)? (WITHIN GROUP LPAREN orderBy RPAREN)? (FILTER LPAREN WHERE expression RPAREN)?
        (OVER (identifier | LPAREN windowSpec RPAREN))?
    ;

functionName
    : qualifiedName
    | LEFT
    | RIGHT
    | YEAR
    | MONTH
    | DAY
    | HOUR
    | MINUTE
    | SECOND
    | GROUPING
    ;

callArgument
    : (identifier ARROW)? callArgumentValue
    ;

callArgumentValue
    : TABLE tablePath (PARTITION BY expression (COMMA expression)*)? orderBy?
    | DESCRIPTOR LPAREN identifier (COMMA identifier)* RPAREN
    | MODEL tablePath
    | callTimeUnit
    | KEY expression VALUE expression
    | expression (VALUE expression)?
    ;

// JSON_VALUE / JSON_QUERY / JSON_EXISTS / JSON_OBJECT / JSON_ARRAY clauses
jsonClause
    : RETURNING dataType
    | (NULL | ABSENT) ON NULL
    | (NULL | ERROR | EMPTY (ARRAY | OBJECT) | DEFAULT expression | TRUE | FALSE | UNKNOWN) ON (EMPTY | ERROR)
    | (WITHOUT | WITH (CONDITIONAL | UNCONDITIONAL)?) ARRAY? WRAPPER
    ;

timeUnit
    : YEAR
    | YEARS
    | QUARTER
    | MONTH
    | MONTHS
    | WEEK
    | DAY
    | DAYS
    | HOUR
    | HOURS
    | MINUTE
    | MINUTES
    | SECOND
    | SECONDS
    ;

callTimeUnit
    : YEAR
    | QUARTER
    | MONTH
    | WEEK
    | DAY
    | HOUR
    | MINUTE
    | SECOND
    ;

extractUnit
    : timeUnit
    | IDENTIFIER
    ;

// ---- literals ---------------------------------------------------------------------------------

literal
    : NULL
    | TRUE
    | FALSE
    | UNKNOWN
    | number
    | stringLiteral
    | BINARY_STRING
    | DATE STRING
    | TIME STRING
    | TIMESTAMP STRING
    | intervalLiteral
    ;

number
    : INTEGER_VALUE
    | DECIMAL_VALUE
    | EXPONENT_VALUE
    ;

stringLiteral
    : (STRING | UNICODE_STRING) STRING*
    ;

intervalLiteral
    : INTERVAL (PLUS | MINUS_SIGN)? (STRING | number) intervalQualifier
    ;

intervalQualifier
    : timeUnit precisionSpec? (TO timeUnit precisionSpec?)?
    ;

precisionSpec
    : LPAREN INTEGER_VALUE (COMMA INTEGER_VALUE)? RPAREN
    ;

// ---- data types ---------------------------------------------------------------------------------

dataType
    : typeCore nullability? ((ARRAY | MULTISET) nullability?)*
    ;

nullability
    : NOT NULL
    | NULL
    ;

typeCore
    : ROW (LT (rowField (COMMA rowField)*)? GT | LPAREN (rowField (COMMA rowField)*)? RPAREN)
    | ARRAY LT dataType GT
    | MULTISET LT dataType GT
    | MAP LT dataType COMMA dataType GT
    | TIMESTAMP precisionSpec? ((WITH | WITHOUT) LOCAL? TIME ZONE)?
    | TIME precisionSpec? (WITHOUT TIME ZONE)?
    | DATE
    | INTERVAL intervalQualifier
    | RAW LPAREN stringLiteral (COMMA stringLiteral)? RPAREN
    | NULL
    | identifier (PRECISION | VARYING)? precisionSpec?
    ;

rowField
    : identifier dataType stringLiteral?
    ;

// ---- names --------------------------------------------------------------------------------------

tablePath
    : identifier (DOT identifier)*
    ;

qualifiedName
    : identifier (DOT identifier)*
    ;

columnNameList
    : LPAREN identifier (COMMA identifier)* RPAREN
    ;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | nonReservedKeyword
    ;

nonReservedKeyword
    : ABSENT
    | ADD
    | AFTER
    | ANALYZE
    | ASC
    | BUCKETS
    | CASCADE
    | CATALOG
    | CATALOGS
    | COLUMNS
    | COMMENT
    | COMPILE
    | COMPUTE
    | CONDITIONAL
    | CONNECTION
    | CONNECTIONS
    | CONSTRAINTS
    | DATABASE
    | DATABASES
    | DAYS
    | DEFINE
    | DESC
    | DESCRIPTOR
    | DISTRIBUTED
    | DISTRIBUTION
    | DRAIN
    | EMPTY
    | ENFORCED
    | ERROR
    | EXCLUDING
    | EXPLAIN
    | EXTENDED
    | FIRST
    | FOLLOWING
    | FRESHNESS
    | FUNCTIONS
    | GENERATED
    | HOURS
    | IF
    | IGNORE
    | ILIKE
    | INCLUDING
    | INPUT
    | JAR
    | JARS
    | JOB
    | JOBS
    | JSON
    | KEY
    | LANGUAGE
    | LAST
    | LOAD
    | MATERIALIZED
    | MEASURES
    | METADATA
    | MINUTES
    | MODEL
    | MODELS
    | MODIFY
    | MODULE
    | MODULES
    | MONTHS
    | NEXT
    | NULLS
    | OBJECT
    | ONE
    | OPTIONS
    | ORDINALITY
    | OUTPUT
    | OVERWRITE
    | OVERWRITING
    | PARTITIONED
    | PARTITIONS
    | PAST
    | PATTERN
    | PER
    | PLACING
    | PLAN
    | PRECEDING
    | PROCEDURES
    | QUARTER
    | RAW
    | REFRESH
    | REFRESH_MODE
    | REMOVE
    | RENAME
    | REPLACE
    | RESET
    | RESPECT
    | RESTRICT
    | RESUME
    | RETURNING
    | SAVEPOINT
    | SCALAR
    | SECONDS
    | SETS
    | SHOW
    | SKIP_
    | STATEMENT
    | STATISTICS
    | STOP
    | SUBSET
    | SUSPEND
    | TABLES
    | TEMPORARY
    | TRUNCATE
    | UNCONDITIONAL
    | UNLOAD
    | USE
    | USER
    | VALUE
    | VIEW
    | VIEWS
    | VIRTUAL
    | WATERMARK
    | WATERMARKS
    | WEEK
    | WRAPPER
    | YEARS
    | ZONE
    ;
