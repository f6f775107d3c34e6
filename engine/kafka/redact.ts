/**
 * Keeping secrets out of text: error messages from kafkajs, the registry client or our own
 * code pass through `redactError` before they reach a status, a log or a user, so a password
 * that leaked into one (a URL with user info, a JAAS line) is replaced by `***`.
 */

const SECRET_PATTERNS: readonly RegExp[] = [
  /(password\s*=\s*")[^"]*(")/gi,
  /(\/\/[^/:@\s]+:)[^@/\s]+(@)/g, // https://user:secret@host
  /("password"\s*:\s*")[^"]*(")/gi,
  /(basic-auth\.user-info['"]?\s*[=:]\s*['"]?[^:'"\s]+:)[^'"\s]+/gi,
  /(Authorization:\s*Basic\s+)\S+/gi,
];

/** Text with known secret shapes replaced by `***`, and each of `secrets` (exact) too. */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const re of SECRET_PATTERNS) out = out.replace(re, (_m, a: string, b?: string) => `${a}***${typeof b === 'string' ? b : ''}`);
  for (const s of secrets) if (s && s.length >= 3) out = out.split(s).join('***');
  return out;
}

/** An Error whose message (and name) carry no secret; the original stays as `cause` off the message. */
export function redactError(e: unknown, secrets: readonly (string | undefined)[] = []): Error {
  const message = redact(e instanceof Error ? `${e.message}` : String(e), secrets);
  const out = new Error(message);
  if (e instanceof Error) out.name = e.name;
  return out;
}
