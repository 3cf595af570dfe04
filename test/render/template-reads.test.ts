import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { HELPERS } from "../../src/render/helpers.js";
import { templateReads } from "../../src/render/template-reads.js";

const PURE = new Set(Object.keys(HELPERS));
const reads = (source: string) => templateReads(Handlebars.parse(source), PURE);

describe("what a template reads (batch render reuse)", () => {
  it("lists value paths, helper arguments, sub-expressions and if/unless conditions", () => {
    expect(reads("trên địa bàn {{lower unit.type}} {{unit.name}}")).toEqual([["unit", "type"], ["unit", "name"]]);
    expect(reads('{{#if (eq unit.type "Phường")}}tổ dân phố{{else}}thôn {{vars.x}}{{/if}}')).toEqual([["unit", "type"], ["vars", "x"]]);
    expect(reads("{{#unless archive.copies}}{{upper (unitOf issuer.name)}}{{/unless}}")).toEqual([["archive", "copies"], ["issuer", "name"]]);
    expect(reads('{{default unit.signer_name signer.name}} {{join archive.units sep=", "}}')).toEqual([["unit", "signer_name"], ["signer", "name"], ["archive", "units"]]);
    expect(reads("chỉ chữ, {{! ghi chú }} không biểu thức")).toEqual([]);
  });

  it("gives up (undefined: render every time) where the syntax cannot show what is read", () => {
    for (const source of [
      "{{#each archive.units}}{{this}}{{/each}}",
      "{{#with unit}}{{name}}{{/with}}",
      "{{> dong-ky}}",
      "{{@root.unit.name}}",
      "{{#if unit.name}}{{../unit.name}}{{/if}}",
      "{{this}}",
      "{{lookup unit vars.key}}",
      "{{log unit.name}}",
      "{{customHelper unit.name}}",
      "{{#upper unit.name}}x{{/upper}}",
    ]) {
      expect(reads(source), source).toBeUndefined();
    }
  });

  it("a helper called without arguments reads nothing; a bare name that is no helper is a value", () => {
    expect(reads("{{unit}}")).toEqual([["unit"]]);
    expect(reads('{{"chữ"}}')).toEqual([]);
  });
});
