import { decodeSource } from "../../src/load/source-text.js";
import { readDocModel } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { dumpText } from "../../src/ooxml/dump-text.js";
import { preparePlan, renderPrepared, type PreparedPlan, type RenderResult } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import type { UnitRecord } from "../../src/resolve/resolve-plan.js";

/** A plan given as YAML text, as the load stage would produce it from a file. */
export function prepareYaml(yaml: string, file = "/virtual/plan.yaml"): PreparedPlan {
  const decoded = decodeSource(file, new TextEncoder().encode(yaml));
  if (!decoded.ok) throw new Error(decoded.reason.en);
  return preparePlan(decoded.source);
}

const templates = diskTemplates();

export function renderYaml(yaml: string, options: { unit?: UnitRecord; sourceDateEpoch?: string } = {}): Promise<RenderResult> {
  return renderPrepared(prepareYaml(yaml), { templates, ...options });
}

export const dumpDocx = (bytes: Uint8Array): string => dumpText(readDocModel(readDocxPackage(bytes)));

/** A small valid plan; tests override fields by string concatenation or replacement. */
export const MINIMAL_PLAN = `tier: commune
issuer:
  name: Ủy ban nhân dân xã Thất Khê
date: 2026-01-09
number: 3
title: Tổ chức các hoạt động văn hóa, thể thao năm 2026
sections:
  - title: Mục đích, yêu cầu
    body: |
      - Tổ chức tốt các hoạt động.
recipients:
  - UBND tỉnh Lạng Sơn
signer:
  name: Nguyễn Văn An
`;
