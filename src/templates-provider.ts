import { loadTemplates } from "./load/load-templates.js";
import type { TemplateProvider } from "./pipeline.js";
import { TemplateEngine } from "./render/handlebars-env.js";
import type { Tier } from "./schema/tier.js";

/**
 * Reads each tier's templates once (built-ins overridden by `--templates` folders) and keeps them.
 * `reuseRenders`: a batch's engines keep rendered texts for the next unit (render-memo.ts).
 */
export function diskTemplates(templateDirs: readonly string[] = [], options: { reuseRenders?: boolean } = {}): TemplateProvider {
  const cache = new Map<Tier, ReturnType<TemplateProvider>>();
  return (tier) => {
    let entry = cache.get(tier);
    if (!entry) {
      const templates = loadTemplates(tier, templateDirs);
      const partials = new Map([...templates.partials].map(([name, ref]) => [name, ref.source]));
      entry = { templates, engine: new TemplateEngine(partials) };
      if (options.reuseRenders) entry.engine.reuseRenders();
      cache.set(tier, entry);
    }
    return entry;
  };
}
