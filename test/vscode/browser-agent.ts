/**
 * The driver's side of suite/driver-channel.ts: answers the suite's requests against the
 * workbench page (screenshots, reading text, clicking, pressing keys).
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DriverRequest, DriverResponse } from './suite/driver-channel';

export interface AgentOptions {
  readonly page: Page;
  /** Where a screenshot named `name` goes. */
  screenshotPath(name: string): string;
  log(line: string): void;
}

/** The text of a serialized CSS string (`"a\\"b"`, hex escapes like `\\25cf `). */
function cssString(css: string): string {
  return css.slice(1, -1).replace(/\\([0-9a-fA-F]{1,6} ?|[^])/g, (_m, x: string) => (/^[0-9a-fA-F]/.test(x) ? String.fromCodePoint(parseInt(x, 16)) : x));
}

export class BrowserAgent {
  /** Names of the screenshots taken so far. */
  readonly screenshots = new Set<string>();

  constructor(private readonly options: AgentOptions) {}

  /** Answers every pending request in `dir`, oldest first. */
  async serve(dir: string): Promise<void> {
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.req.json')).sort()) {
      const path = join(dir, file);
      let answer: DriverResponse;
      try {
        answer = { ok: true, value: await this.handle(JSON.parse(readFileSync(path, 'utf8')) as DriverRequest) };
      } catch (err) {
        answer = { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
      const res = path.replace(/\.req\.json$/, '.res.json');
      writeFileSync(`${res}.tmp`, JSON.stringify(answer));
      renameSync(`${res}.tmp`, res);
      rmSync(path, { force: true });
    }
  }

  private async handle(request: DriverRequest): Promise<unknown> {
    const page = this.options.page;
    switch (request.kind) {
      case 'screenshot': {
        const path = this.options.screenshotPath(request.name);
        await page.screenshot({ path });
        this.screenshots.add(request.name);
        this.options.log(`screenshot: ${path}`);
        return path;
      }
      case 'texts': {
        const texts: string[] = [];
        for (const frame of page.frames()) {
          try {
            // Monaco renders spaces as non-breaking ones; tests compare plain text.
            texts.push(...(await frame.locator(request.selector).allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' ')));
          } catch {
            // a frame that went away while we looked
          }
        }
        return texts;
      }
      case 'afterTexts': {
        const texts: string[] = [];
        for (const frame of page.frames()) {
          try {
            const contents = await frame.locator(request.selector).evaluateAll((els) => els.map((e) => getComputedStyle(e, '::after').content));
            // `content` is a CSS string ("text", quotes escaped) or none/normal.
            for (const c of contents) if (c.startsWith('"')) texts.push(cssString(c).replace(/\u00a0/g, ' '));
          } catch {
            // a frame that went away while we looked
          }
        }
        return texts;
      }
      case 'click': {
        for (const frame of page.frames()) {
          const target = frame.locator(request.selector).first();
          if ((await target.count().catch(() => 0)) > 0) {
            await target.click({ timeout: 5_000 });
            return true;
          }
        }
        throw new Error(`nothing matches ${request.selector}`);
      }
      case 'press':
        await page.keyboard.press(request.keys);
        return true;
    }
  }
}
