import { loadTemplates } from "./load/load-templates.js";
import type { TemplateProvider } from "./pipeline.js";
import { TemplateEngine } from "./render/handlebars-env.js";
import type { Tier } from "./schema/tier.js";

/** Reads each tier's templates once (built-ins overridden by `--templates` folders) and keeps them. */
export function diskTemplates(templateDirs: readonly string[] = []): TemplateProvider {
  const cache = new Map<Tier, ReturnType<TemplateProvider>>();
  return (tier) => {
    let entry = cache.get(tier);
    if (!entry) {
      const templates = loadTemplates(tier, templateDirs);
      const partials = new Map([...templates.partials].map(([name, ref]) => [name, ref.source]));
      entry = { templates, engine: new TemplateEngine(partials) };
      cache.set(tier, entry);
    }
    return entry;
  };
}
