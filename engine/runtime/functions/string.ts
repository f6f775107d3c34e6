/**
 * String functions: UPPER, LOWER, SUBSTRING, CONCAT, CONCAT_WS, CHAR_LENGTH, TRIM, LTRIM,
 * RTRIM, BTRIM, POSITION, LOCATE, INSTR, REPLACE, LPAD, RPAD, INITCAP, LEFT, RIGHT, OVERLAY,
 * TRANSLATE, SPLIT, SPLIT_INDEX, STR_TO_MAP, ELT, STARTSWITH, ENDSWITH, PARSE_URL, LIKE and
 * the REGEXP family, with Flink's edge cases (1-based positions, negative SUBSTRING starts).
 */
import type { Value } from '../../types/values';
import { literalOf, symbolOf, type ScalarTable } from './scalar';

/**
 * SPLIT_INDEX: `s.split(sep)[i]` (NULL past the last part), found by scanning to the i-th
 * separator instead of splitting the whole string (Nexmark q22 reads three parts of every URL).
 */
export function splitIndex(s: string, sep: string, i: number): string | null {
  if (i < 0) return null;
  if (sep === '') return i < s.length ? s.split('')[i]! : null;
  let start = 0;
  for (let k = 0; k < i; k++) {
    const at = s.indexOf(sep, start);
    if (at < 0) return null;
    start = at + sep.length;
  }
  const end = s.indexOf(sep, start);
  return end < 0 ? s.substring(start) : s.substring(start, end);
}

/** Flink's SUBSTRING: 1-based, a negative start counts from the end, a start of 0 acts as 1. */
export function substring(s: string, pos: number, length?: number): string {
  const len = s.length;
  let start = pos > 0 ? pos - 1 : pos < 0 ? len + pos : 0;
  const end = length === undefined ? len : start + length;
  if (start < 0) start = 0;
  if (start >= end) return '';
  return s.substring(start, Math.min(end, len));
}

export function charLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** SQL LIKE pattern (with an optional escape character) as an anchored RegExp. */
export function likeToRegExp(pattern: string, escape?: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (escape !== undefined && ch === escape) {
      const next = pattern[++i];
      if (next === undefined) throw new Error(`Invalid escape sequence in LIKE pattern '${pattern}'`);
      out += escapeRegExp(next);
    } else if (ch === '%') out += '[\\s\\S]*';
    else if (ch === '_') out += '[\\s\\S]';
    else out += escapeRegExp(ch);
  }
  return new RegExp(`^${out}$`);
}

function compileRegExp(source: string, flags = ''): RegExp {
  try {
    return new RegExp(source, flags);
  } catch {
    throw new Error(`Invalid regular expression '${source}'`);
  }
}

/**
 * SQL SIMILAR TO pattern (% and _ wildcards, regex alternation and quantifiers) as an anchored RegExp.
 * As in Calcite's Like.sqlToRegexSimilar (what Flink runs), `.` is not special to SIMILAR TO and is
 * passed through to the regex, so it matches any one character.
 */
export function similarToRegExp(pattern: string): RegExp {
  let out = '';
  for (const ch of pattern) {
    if (ch === '%') out += '[\\s\\S]*';
    else if (ch === '_') out += '[\\s\\S]';
    else if (ch === '.') out += '.';
    else if (ch === '$' || ch === '^' || ch === '\\' || ch === '/') out += '\\' + ch;
    else out += ch;
  }
  try {
    return new RegExp(`^(?:${out})$`);
  } catch {
    throw new Error(`Invalid SIMILAR TO pattern '${pattern}'`);
  }
}

/** A RegExp cached per call site: built once for a literal pattern, on change otherwise. */
function regexpCache(
  patternOperand: Value | undefined,
  build: (p: string) => RegExp,
): (p: string) => RegExp {
  if (typeof patternOperand === 'string') {
    const fixed = build(patternOperand);
    return () => fixed;
  }
  let last: string | null = null;
  let re: RegExp | null = null;
  return (p) => {
    if (p !== last || re === null) {
      re = build(p);
      last = p;
    }
    return re;
  };
}

function trimChars(s: string, chars: string, leading: boolean, trailing: boolean): string {
  let a = 0;
  let b = s.length;
  if (leading) while (a < b && chars.includes(s[a]!)) a++;
  if (trailing) while (b > a && chars.includes(s[b - 1]!)) b--;
  return s.substring(a, b);
}

function pad(s: string, len: number, filler: string, left: boolean): string | null {
  if (len < 0) return null;
  if (s.length >= len) return s.substring(0, len);
  if (filler.length === 0) return s;
  let fill = '';
  while (fill.length < len - s.length) fill += filler;
  fill = fill.substring(0, len - s.length);
  return left ? fill + s : s + fill;
}

export const STRING_FUNCTIONS: ScalarTable = {
  UPPER: { bind: () => (s: string) => s.toUpperCase() },
  LOWER: { bind: () => (s: string) => s.toLowerCase() },
  INITCAP: {
    bind: () => (s: string) => s.toLowerCase().replace(/(^|[^A-Za-z0-9])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()),
  },
  CHAR_LENGTH: { bind: () => (s: string) => charLength(s) },
  SUBSTRING: { bind: () => (s: string, pos: number, len?: number) => substring(s, pos, len) },
  CONCAT: { bind: () => (...parts: string[]) => parts.join('') },
  '||': { bind: () => (a: string, b: string) => a + b },
  CONCAT_WS: {
    strict: false,
    bind: () =>
      (sep: string | null, ...parts: (string | null)[]) =>
        sep === null ? null : parts.filter((p) => p !== null).join(sep),
  },
  /** TRIM(mode, chars, s) with mode BOTH | LEADING | TRAILING. */
  TRIM: {
    bind: (ops) => {
      const mode = symbolOf(ops[0], 'TRIM mode');
      const lead = mode !== 'TRAILING';
      const trail = mode !== 'LEADING';
      return (_m: string, chars: string, s: string) => trimChars(s, chars, lead, trail);
    },
  },
  LTRIM: { bind: () => (s: string, chars?: string) => trimChars(s, chars ?? ' ', true, false) },
  RTRIM: { bind: () => (s: string, chars?: string) => trimChars(s, chars ?? ' ', false, true) },
  POSITION: { bind: () => (sub: string, s: string) => s.indexOf(sub) + 1 },
  REPLACE: { bind: () => (s: string, from: string, to: string) => (from === '' ? s : s.split(from).join(to)) },
  LPAD: { bind: () => (s: string, len: number, f: string) => pad(s, len, f, true) },
  RPAD: { bind: () => (s: string, len: number, f: string) => pad(s, len, f, false) },
  REPEAT: { bind: () => (s: string, n: number) => (n <= 0 ? '' : s.repeat(n)) },
  REVERSE: { bind: () => (s: string) => [...s].reverse().join('') },
  BTRIM: { bind: () => (s: string, chars?: string) => trimChars(s, chars ?? ' ', true, true) },
  LEFT: { bind: () => (s: string, n: number) => (n <= 0 ? '' : s.substring(0, n)) },
  RIGHT: { bind: () => (s: string, n: number) => (n <= 0 ? '' : s.substring(Math.max(0, s.length - n))) },
  /** LOCATE(sub, s[, from]): 1-based, 0 when absent. */
  LOCATE: { bind: () => (sub: string, s: string, from?: number) => s.indexOf(sub, Math.max(0, (from ?? 1) - 1)) + 1 },
  INSTR: { bind: () => (s: string, sub: string) => s.indexOf(sub) + 1 },
  /** OVERLAY(s PLACING r FROM pos [FOR len]). */
  OVERLAY: {
    bind: () => (s: string, r: string, pos: number, len?: number) => s.substring(0, pos - 1) + r + s.substring(pos - 1 + (len ?? r.length)),
  },
  TRANSLATE: {
    bind: () => (s: string, from: string, to: string) => {
      let out = '';
      for (const ch of s) {
        const i = from.indexOf(ch);
        out += i < 0 ? ch : i < to.length ? to[i] : '';
      }
      return out;
    },
  },
  SPLIT: { bind: () => (s: string, sep: string) => (sep === '' ? [...s] : s.split(sep)) },
  /** SPLIT_INDEX(s, sep, i): the 0-based i-th part, NULL when absent. */
  SPLIT_INDEX: { bind: () => splitIndex },
  STR_TO_MAP: {
    bind: () => (s: string, pairSep?: string, kvSep?: string) => {
      const m = new Map<Value, Value>();
      for (const part of s.split(pairSep ?? ',')) {
        const at = part.indexOf(kvSep ?? '=');
        if (at < 0) m.set(part, null);
        else m.set(part.substring(0, at), part.substring(at + (kvSep ?? '=').length));
      }
      return m;
    },
  },
  ELT: { bind: () => (i: number, ...vs: Value[]) => (i >= 1 && i <= vs.length ? vs[i - 1]! : null) },
  STARTSWITH: { bind: () => (s: string, p: string) => s.startsWith(p) },
  ENDSWITH: { bind: () => (s: string, p: string) => s.endsWith(p) },
  /** PARSE_URL(url, part[, key]): HOST, PATH, QUERY (or one query parameter), REF, PROTOCOL, FILE, AUTHORITY, USERINFO. */
  PARSE_URL: {
    bind: () => (url: string, part: string, key?: string) => {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        return null;
      }
      switch (part.toUpperCase()) {
        case 'HOST':
          return u.hostname;
        case 'PATH':
          return u.pathname;
        case 'QUERY':
          return key === undefined ? u.search.replace(/^\?/, '') || null : u.searchParams.get(key);
        case 'REF':
          return u.hash.replace(/^#/, '') || null;
        case 'PROTOCOL':
          return u.protocol.replace(/:$/, '');
        case 'FILE':
          return u.pathname + u.search;
        case 'AUTHORITY':
          return u.host;
        case 'USERINFO':
          return u.username ? (u.password ? `${u.username}:${u.password}` : u.username) : null;
        default:
          return null;
      }
    },
  },
  LIKE: {
    bind: (ops) => {
      const re = regexpCache(literalOf(ops[1]), (p) => likeToRegExp(p, literalOf(ops[2]) as string | undefined));
      return (s: string, p: string, esc?: string) =>
        esc === undefined ? re(p).test(s) : likeToRegExp(p, esc).test(s);
    },
  },
  'NOT LIKE': {
    bind: (ops) => {
      const re = regexpCache(literalOf(ops[1]), (p) => likeToRegExp(p, literalOf(ops[2]) as string | undefined));
      return (s: string, p: string) => !re(p).test(s);
    },
  },
  'SIMILAR TO': {
    bind: (ops) => {
      const re = regexpCache(literalOf(ops[1]), similarToRegExp);
      return (s: string, p: string) => re(p).test(s);
    },
  },
  'NOT SIMILAR TO': {
    bind: (ops) => {
      const re = regexpCache(literalOf(ops[1]), similarToRegExp);
      return (s: string, p: string) => !re(p).test(s);
    },
  },
  /** REGEXP(s, regex): whether the regex matches a part of s. */
  REGEXP: {
    bind: (ops) => {
      const re = regexpCache(literalOf(ops[1]), (p) => compileRegExp(p));
      return (s: string, p: string) => re(p).test(s);
    },
  },
  REGEXP_REPLACE: {
    bind: (ops) => {
      const re = regexpCache(literalOf(ops[1]), (p) => compileRegExp(p, 'g'));
      return (s: string, p: string, r: string) => s.replace(re(p), r);
    },
  },
  /** REGEXP_EXTRACT(s, regex[, group]): the group of the first match, or NULL. */
  REGEXP_EXTRACT: {
    bind: (ops) => {
      const re = regexpCache(literalOf(ops[1]), (p) => compileRegExp(p));
      return (s: string, p: string, g?: number) => {
        const m = re(p).exec(s);
        if (m === null) return null;
        return m[g ?? 1] ?? null;
      };
    },
  },
};
