/** String functions (Flink docs: "String Functions"). */

import { type LogicalType, STRING_LENGTH, T, isCharacterString } from '../../logical-type';
import { define, type FunctionSpec } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { common, typeAt, varying } from '../strategies';

const str = (spec: Omit<FunctionSpec, 'category' | 'returns'> & { returns?: FunctionSpec['returns'] }): FunctionDef =>
  define({ category: 'string', returns: T.string(), ...spec });

function lengthOf(t: LogicalType): number {
  return t.kind === 'CHAR' || t.kind === 'VARCHAR' || t.kind === 'BINARY' || t.kind === 'VARBINARY' ? t.length : 0;
}

/** `a || b`: CHAR when both are CHAR, else VARCHAR; lengths add up (capped); bytes concatenate too. */
const concatenation: ReturnInference = (args) => {
  const a = typeAt(args, 0);
  const b = typeAt(args, 1);
  const len = Math.min(STRING_LENGTH, lengthOf(a) + lengthOf(b));
  const binary = a.kind === 'BINARY' || a.kind === 'VARBINARY' || b.kind === 'BINARY' || b.kind === 'VARBINARY';
  if (binary) {
    if ((a.kind !== 'NULL' && isCharacterString(a)) || (b.kind !== 'NULL' && isCharacterString(b))) {
      return { error: 'cannot concatenate a string with bytes' };
    }
    return a.kind === 'BINARY' && b.kind === 'BINARY' ? T.binary(len) : T.varbinary(len);
  }
  return a.kind === 'CHAR' && b.kind === 'CHAR' ? T.char(len) : T.varchar(Math.max(len, 1));
};

/** UPPER/LOWER/INITCAP keep the argument's string type. */
const sameString: ReturnInference = (args) => {
  const t = typeAt(args, 0);
  return t.kind === 'NULL' ? T.string() : t;
};

/** BYTES when the first argument is a byte string, else STRING. */
const stringOrBytes: ReturnInference = (args) => {
  const t = typeAt(args, 0);
  return t.kind === 'BINARY' || t.kind === 'VARBINARY' ? T.bytes() : T.string();
};

export const STRING_FUNCTIONS: readonly FunctionDef[] = [
  str({
    name: '||',
    kind: 'operator',
    sig: 'left STRING|BYTES, right STRING|BYTES',
    syntax: 'string1 || string2',
    returns: concatenation,
    returnLabel: 'STRING',
    description: 'Concatenates two strings (or two byte strings).',
    example: "first_name || ' ' || last_name",
  }),
  str({
    name: 'CHAR_LENGTH',
    aliases: ['CHARACTER_LENGTH'],
    sig: 'str STRING',
    returns: T.int(),
    description: 'The number of characters in the string.',
    example: 'CHAR_LENGTH(comment) > 280',
  }),
  str({ name: 'UPPER', sig: 'str STRING', returns: sameString, returnLabel: 'STRING', description: 'The string in upper case.', example: 'UPPER(country_code)' }),
  str({ name: 'LOWER', sig: 'str STRING', returns: sameString, returnLabel: 'STRING', description: 'The string in lower case.', example: 'LOWER(email)' }),
  str({
    name: 'POSITION',
    kind: 'special-syntax',
    sig: 'needle STRING|BYTES, haystack STRING|BYTES',
    syntax: 'POSITION(needle IN haystack)',
    returns: T.int(),
    description: 'The 1-based position of the first occurrence of needle in haystack; 0 if absent.',
    example: "POSITION('@' IN email)",
  }),
  str({
    name: 'TRIM',
    kind: 'special-syntax',
    sig: ['str STRING', 'flag TRIMFLAG, chars STRING, str STRING'],
    returns: (args, options) => varying(args.length - 1)(args, options),
    returnLabel: 'STRING',
    syntax: 'TRIM([BOTH | LEADING | TRAILING] [chars] FROM str)',
    description: 'Removes the given characters (spaces by default) from both ends, the start or the end.',
    example: "TRIM(LEADING '0' FROM account_no)",
  }),
  str({
    name: 'LTRIM',
    sig: 'str STRING [, chars STRING]',
    returns: varying(0),
    returnLabel: 'STRING',
    description: 'Removes leading spaces (or the given characters).',
    example: 'LTRIM(raw_name)',
  }),
  str({
    name: 'RTRIM',
    sig: 'str STRING [, chars STRING]',
    returns: varying(0),
    returnLabel: 'STRING',
    description: 'Removes trailing spaces (or the given characters).',
    example: 'RTRIM(padded_code)',
  }),
  str({
    name: 'BTRIM',
    sig: 'str STRING [, chars STRING]',
    returns: varying(0),
    returnLabel: 'STRING',
    description: 'Removes spaces (or the given characters) from both ends.',
    example: "BTRIM('xxhixx', 'x') -- 'hi'",
  }),
  str({ name: 'REPEAT', sig: 'str STRING, times INT', description: 'The string repeated the given number of times.', example: "REPEAT('-', 20)" }),
  str({
    name: 'REGEXP_REPLACE',
    sig: 'str STRING, regex STRING, replacement STRING',
    description: 'Replaces every match of a Java regular expression.',
    example: "REGEXP_REPLACE(phone, '[^0-9]', '')",
  }),
  str({
    name: 'OVERLAY',
    kind: 'special-syntax',
    sig: 'str STRING, replacement STRING, start INT [, length INT]',
    syntax: 'OVERLAY(str PLACING replacement FROM start [FOR length])',
    description: 'Replaces length characters of str, from start on, with the replacement.',
    example: "OVERLAY(card_no PLACING '****' FROM 1 FOR 12)",
  }),
  str({
    name: 'SUBSTRING',
    sig: 'str STRING|BYTES, pos INT [, len INT]',
    returns: varying(0),
    returnLabel: 'STRING',
    description:
      'The part of the string starting at the 1-based position, optionally of the given length (also written SUBSTRING(str FROM pos FOR len); BYTES in, BYTES out).',
    example: 'SUBSTRING(sku, 1, 3)',
  }),
  str({
    name: 'SUBSTR',
    sig: 'str STRING|BYTES, pos INT [, len INT]',
    returns: varying(0),
    returnLabel: 'STRING',
    description: 'Like SUBSTRING: the part of the string from a 1-based position, optionally of a length.',
    example: 'SUBSTR(zip, 1, 2)',
  }),
  str({ name: 'REPLACE', sig: 'str STRING, search STRING, replacement STRING', description: 'Replaces every occurrence of search with replacement (no regex).', example: "REPLACE(path, '\\\\', '/')" }),
  str({
    name: 'REGEXP_EXTRACT',
    sig: 'str STRING, regex STRING [, group INT]',
    nullability: 'always',
    description: 'The given capture group (0 = whole match) of the first match; NULL without a match.',
    example: "REGEXP_EXTRACT(url, 'id=([0-9]+)', 1)",
  }),
  str({ name: 'INITCAP', sig: 'str STRING', returns: sameString, returnLabel: 'STRING', description: 'Upper-cases the first letter of each word and lower-cases the rest.', example: 'INITCAP(city)' }),
  str({
    name: 'CONCAT',
    sig: 'str STRING|BYTES...',
    returns: stringOrBytes,
    returnLabel: 'STRING or BYTES',
    description: 'Concatenates all arguments; NULL if any is NULL.',
    example: "CONCAT(street, ', ', city)",
  }),
  str({
    name: 'CONCAT_WS',
    sig: 'separator STRING, str STRING [, more STRING...]',
    description: 'Joins the strings with the separator, skipping NULL strings; NULL if the separator is NULL.',
    example: "CONCAT_WS('-', year_str, month_str, day_str)",
  }),
  str({ name: 'LPAD', sig: 'str STRING, len INT, pad STRING', description: 'Pads the string on the left to the given length (or cuts it).', example: "LPAD(CAST(id AS STRING), 8, '0')" }),
  str({ name: 'RPAD', sig: 'str STRING, len INT, pad STRING', description: 'Pads the string on the right to the given length (or cuts it).', example: "RPAD(name, 20, '.')" }),
  str({ name: 'FROM_BASE64', sig: 'str STRING', description: 'Decodes a base64 string.', example: 'FROM_BASE64(payload)' }),
  str({ name: 'TO_BASE64', sig: 'str STRING', description: 'Encodes a string as base64.', example: 'TO_BASE64(secret)' }),
  str({ name: 'ASCII', sig: 'str STRING', returns: T.int(), description: 'The code of the first character of the string.', example: "ASCII('A') -- 65" }),
  str({ name: 'CHR', sig: 'code INT', description: 'The character with the given ASCII code (modulo 256).', example: 'CHR(65)' }),
  str({ name: 'DECODE', sig: 'bytes BYTES, charset STRING', description: "Decodes bytes to a string with the given charset ('UTF-8', 'US-ASCII', ...).", example: "DECODE(raw_value, 'UTF-8')" }),
  str({ name: 'ENCODE', sig: 'str STRING, charset STRING', returns: T.bytes(), description: 'Encodes a string to bytes with the given charset.', example: "ENCODE(name, 'UTF-8')" }),
  str({ name: 'INSTR', sig: 'str STRING, needle STRING', returns: T.int(), description: 'The 1-based position of the first occurrence of needle; 0 if absent.', example: "INSTR(email, '@')" }),
  str({ name: 'LEFT', sig: 'str STRING, len INT', returns: varying(0), returnLabel: 'STRING', description: 'The leftmost len characters.', example: 'LEFT(postcode, 2)' }),
  str({ name: 'RIGHT', sig: 'str STRING, len INT', returns: varying(0), returnLabel: 'STRING', description: 'The rightmost len characters.', example: 'RIGHT(card_no, 4)' }),
  str({
    name: 'LOCATE',
    sig: 'needle STRING, str STRING [, start INT]',
    returns: T.int(),
    description: 'The 1-based position of needle in str searching from start; 0 if absent.',
    example: "LOCATE('/', path, 2)",
  }),
  str({
    name: 'PARSE_URL',
    sig: 'url STRING, part STRING [, key STRING]',
    nullability: 'always',
    description: "A part of a URL: 'HOST', 'PATH', 'QUERY' (or one query parameter with key), 'REF', 'PROTOCOL', 'FILE', 'AUTHORITY', 'USERINFO'.",
    example: "PARSE_URL(page_url, 'QUERY', 'utm_source')",
  }),
  str({ name: 'REGEXP', sig: 'str STRING, regex STRING', returns: T.boolean(), description: 'TRUE when some part of the string matches the Java regular expression.', example: "REGEXP(user_agent, 'Mobile|Android')" }),
  str({ name: 'REVERSE', sig: 'str STRING', description: 'The string reversed.', example: 'REVERSE(word)' }),
  str({
    name: 'SPLIT_INDEX',
    sig: 'str STRING, separator STRING, index INT',
    nullability: 'always',
    description: 'Splits by the separator and returns the part at the 0-based index; NULL if out of range.',
    example: "SPLIT_INDEX(full_name, ' ', 0)",
  }),
  str({
    name: 'STR_TO_MAP',
    sig: 'text STRING [, pairSeparator STRING, kvSeparator STRING]',
    returns: T.map(T.string(), T.string()),
    description: "Splits 'k1=v1,k2=v2' into a MAP (separators ',' and '=' by default).",
    example: "STR_TO_MAP(tags)['env']",
  }),
  str({ name: 'URL_DECODE', sig: 'str STRING', nullability: 'always', description: 'Decodes application/x-www-form-urlencoded text; NULL if malformed.', example: 'URL_DECODE(query_param)' }),
  str({ name: 'URL_ENCODE', sig: 'str STRING', nullability: 'always', description: 'Encodes text as application/x-www-form-urlencoded.', example: 'URL_ENCODE(search_term)' }),
  str({
    name: 'ELT',
    sig: 'index INT, expr STRING|BYTES...',
    returns: common(1),
    returnLabel: 'STRING or BYTES',
    nullability: 'always',
    description: 'The index-th of the following expressions (1-based); NULL if out of range.',
    example: "ELT(priority, 'low', 'medium', 'high')",
  }),
  str({ name: 'PRINTF', sig: 'format STRING [, arg ANY...]', description: 'Formats the arguments with a printf-style format string.', example: "PRINTF('%s bought %d items', name, qty)" }),
  str({ name: 'REGEXP_COUNT', sig: 'str STRING, regex STRING', returns: T.int(), description: 'The number of matches of the regular expression.', example: "REGEXP_COUNT(text, '\\\\bflink\\\\b')" }),
  str({
    name: 'REGEXP_EXTRACT_ALL',
    sig: 'str STRING, regex STRING [, group INT]',
    returns: T.array(T.string()),
    description: 'Every match (or the given capture group of every match) as an ARRAY.',
    example: "REGEXP_EXTRACT_ALL(body, '#(\\\\w+)', 1)",
  }),
  str({ name: 'REGEXP_INSTR', sig: 'str STRING, regex STRING', returns: T.int(), description: 'The 1-based position of the first match; 0 without a match.', example: "REGEXP_INSTR(log_line, '[0-9]{3}')" }),
  str({ name: 'REGEXP_SUBSTR', sig: 'str STRING, regex STRING', nullability: 'always', description: 'The first substring matching the regular expression; NULL without a match.', example: "REGEXP_SUBSTR(msg, 'ERR-[0-9]+')" }),
  str({ name: 'TRANSLATE', sig: 'str STRING, from STRING, to STRING', description: 'Replaces each character of from with the character at the same position in to (dropping extras).', example: "TRANSLATE(plate, 'O', '0')" }),
  str({
    name: 'SPLIT',
    sig: 'str STRING, delimiter STRING',
    returns: T.array(T.string()),
    description: 'Splits the string at each delimiter into an ARRAY of strings.',
    example: "SPLIT(tags, ',')",
  }),
  str({ name: 'STARTSWITH', sig: 'str STRING|BYTES, prefix STRING|BYTES', returns: T.boolean(), description: 'TRUE when the string starts with the prefix.', example: "STARTSWITH(topic, 'orders.')" }),
  str({ name: 'ENDSWITH', sig: 'str STRING|BYTES, suffix STRING|BYTES', returns: T.boolean(), description: 'TRUE when the string ends with the suffix.', example: "ENDSWITH(file_name, '.csv')" }),
  str({ name: 'JSON_QUOTE', sig: 'str STRING', description: 'The string as a quoted, escaped JSON string literal.', example: "JSON_QUOTE('say \"hi\"')" }),
  str({ name: 'JSON_UNQUOTE', sig: 'str STRING', description: 'Removes JSON quoting and escapes from a JSON string literal.', example: 'JSON_UNQUOTE(raw_field)' }),
];
