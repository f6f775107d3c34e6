// esbuild plugin: antlr4ng's ParserRuleContext declares its fields as class fields. A grammar has
// a context class per rule (~300 here), so V8 defines those fields on objects of ~300 different
// shapes in one shared initializer: megamorphic, about 3x slower than plain assignments, and
// about a quarter of all parse time. This rewrites the declarations into constructor
// assignments (same fields, same values, same order) when antlr4ng is bundled.
// Used by scripts/build.mjs (extension, server, CLI bundles) and the parser benchmark.
import { readFile } from 'node:fs/promises';

const FIELDS = /(var ParserRuleContext = class _ParserRuleContext \{\s*static \{[^}]*\}\s*static empty = new _ParserRuleContext\(null\);)\s*start = null;\s*stop = null;\s*children = \[\];\s*(\/\*\*[\s\S]*?\*\/)?\s*invokingState;\s*parent;\s*(\/\*\*[\s\S]*?\*\/)?\s*constructor\(parent, invokingStateNumber = -1\) \{/;

export function rewriteParserRuleContext(source) {
  if (!FIELDS.test(source)) return undefined;
  return source.replace(
    FIELDS,
    (_m, head) =>
      `${head}\n  constructor(parent, invokingStateNumber = -1) {\n    this.start = null;\n    this.stop = null;\n    this.children = [];\n    this.invokingState = void 0;\n    this.parent = void 0;`,
  );
}

export const antlrFastContexts = {
  name: 'antlr-fast-contexts',
  setup(build) {
    build.onLoad({ filter: /[\\/]antlr4ng[\\/]dist[\\/]index\.(c|m)?js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const rewritten = rewriteParserRuleContext(source);
      if (rewritten === undefined) {
        return { contents: source, loader: 'js', warnings: [{ text: 'antlr-fast-contexts: ParserRuleContext fields not found (antlr4ng changed?), left as is' }] };
      }
      return { contents: rewritten, loader: 'js' };
    });
  },
};
