// The fuzz test's families of the directory: organisations (create, edit at a version, list,
// merge a duplicate into the one kept) and people (create, edit, read, search, and the CSV import
// with its dry run). Sent as the programme's secretariat, who keeps the directory.
import fc from "fast-check";
import { POST as mergeOrganisation } from "@/app/api/v1/organisations/[id]/merge/route";
import { PATCH as patchOrganisation } from "@/app/api/v1/organisations/[id]/route";
import { GET as listOrganisations, POST as postOrganisation } from "@/app/api/v1/organisations/route";
import { GET as getPerson, PATCH as patchPerson } from "@/app/api/v1/people/[id]/route";
import { POST as importPeople } from "@/app/api/v1/people/import/route";
import { GET as searchPeople, POST as postPerson } from "@/app/api/v1/people/route";
import { callsOf, endpoint, httpFamily, orNull, pageQuery, versionField } from "./fuzz-http";
import { bodyOf, objectOf, queryOf } from "./fuzz-bodies";
import { live, type TBody, type TResolvers } from "./fuzz-request";
import type { TFamily } from "./fuzz-run";
import {
  field,
  hostileId,
  hostileNumber,
  hostileString,
  hostileText,
  hugeText,
  idOf,
  numericString,
  okText,
} from "./fuzz-values";
import type { TFuzzWorld } from "./fuzz-world";

const KINDS = [
  "GOVERNMENT_MINISTRY",
  "GOVERNMENT_AGENCY",
  "UN_ENTITY",
  "CIVIL_SOCIETY",
  "DONOR",
  "OTHER",
] as const;
const email = field(
  orNull(fc.emailAddress()),
  fc.oneof(hostileString, fc.constantFrom("A@B.C", "a@b", "x@\u0000.org")),
);

/** A CSV cell as a spreadsheet writes it (quoted when it must be), sometimes with broken quoting. */
const csvCell = (text: fc.Arbitrary<string>) =>
  fc
    .record({ text, isBroken: fc.nat({ max: 19 }).map((n) => n === 0) })
    .map(({ text: cell, isBroken }) =>
      isBroken ? `"${cell}` : /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell,
    );

/** A people CSV: mostly the expected columns with valid rows, some cells hostile, some files junk. */
function csvTextOf(organisationNames: string[]): fc.Arbitrary<string> {
  const cell = (good: fc.Arbitrary<string>) =>
    csvCell(fc.oneof({ weight: 10, arbitrary: good }, { weight: 1, arbitrary: hostileString }));
  const row = fc
    .tuple(
      cell(okText(1, 60)),
      cell(fc.oneof(okText(0, 60, { isOneLine: false }), fc.constant(""))),
      cell(fc.oneof(fc.constantFrom(...organisationNames), fc.constant(""))),
      cell(fc.oneof(fc.emailAddress(), fc.constant(""))),
      cell(fc.constantFrom("F", "M", "perempuan", "")),
      cell(fc.constantFrom("en", "id", "Bahasa Indonesia", "")),
    )
    .map((cells) => cells.join(","));
  return fc
    .record({
      header: fc.oneof(
        { weight: 6, arbitrary: fc.constant("name,position,organisation,email,sex,language") },
        fc.constant("Nama,Jabatan,Instansi,Surel,Jenis kelamin,Bahasa"),
        fc.constant("Nama;Jabatan;Instansi;Surel"),
        fc
          .shuffledSubarray(["name", "position", "organisation", "email", "sex", "language", "extra"], {
            minLength: 1,
          })
          .map((h) => h.join(",")),
        hostileText,
      ),
      rows: fc.array(row, { maxLength: 4 }),
      newline: fc.constantFrom("\n", "\r\n", "\r"),
    })
    .map(({ header, rows, newline }) => [header, ...rows].join(newline));
}

export function directoryFamilies(world: TFuzzWorld, resolvers: TResolvers): TFamily<unknown>[] {
  const { secretariat } = world;
  const organisation = fc.constantFrom(...world.organisationIds);
  const person = fc.constantFrom(...world.personIds);
  const organisationFields = {
    name: field(okText(1, 300)),
    acronym: field(orNull(okText(0, 30))),
    kind: field(fc.constantFrom(...KINDS)),
    parentId: field(orNull(fc.oneof(organisation, fc.constant(live("organisation")))), hostileId),
  };

  const organisations = httpFamily(
    "organisations",
    secretariat,
    {
      create: endpoint(postOrganisation, "POST", "/api/v1/organisations"),
      edit: endpoint(patchOrganisation, "PATCH", "/api/v1/organisations/{id}"),
      list: endpoint(listOrganisations, "GET", "/api/v1/organisations"),
    },
    [
      callsOf("create", { body: bodyOf(objectOf(organisationFields)) }),
      callsOf("edit", {
        // Never the seeded organisations: renamed, the CSV rows and bundles naming them would not match.
        params: {
          id: idOf(fc.oneof(fc.constant(live("organisation")), fc.constant(world.editedOrganisationId))),
        },
        body: bodyOf(objectOf({ version: versionField("organisationVersion"), ...organisationFields })),
      }),
      callsOf("list", {
        query: queryOf({ kind: fc.oneof(fc.constantFrom(...KINDS), hostileString), page: pageQuery }),
      }),
    ],
    resolvers,
  );

  const merge = httpFamily(
    "organisation merge",
    secretariat,
    { merge: endpoint(mergeOrganisation, "POST", "/api/v1/organisations/{id}/merge") },
    [
      callsOf("merge", {
        // A new duplicate each time (a merge deletes it), kept in a seeded one or (rarely) in itself.
        params: { id: idOf(fc.constant(live("freshOrganisation"))) },
        body: bodyOf(
          objectOf({
            into: field(
              fc.oneof(
                { weight: 4, arbitrary: organisation },
                { weight: 1, arbitrary: fc.constant(live("organisation")) },
              ),
              hostileId,
            ),
            version: field(
              fc.oneof(fc.constant(1), fc.constant(live("organisationVersion"))),
              fc.oneof(hostileNumber, numericString),
            ),
          }),
        ),
      }),
    ],
    resolvers,
  );

  const personFields = {
    name: field(okText(1, 200)),
    position: field(orNull(okText(0, 200, { isOneLine: false }))),
    organisationId: field(orNull(organisation), hostileId),
    email,
    sex: field(orNull(fc.constantFrom("FEMALE", "MALE", "PREFER_NOT_TO_SAY"))),
    phone: field(orNull(fc.constantFrom("+62 21 555 0100", "0812-3456-7890", "ext. 12"))),
    language: field(fc.constantFrom("en", "id")),
  };
  const people = httpFamily(
    "people",
    secretariat,
    {
      create: endpoint(postPerson, "POST", "/api/v1/people"),
      edit: endpoint(patchPerson, "PATCH", "/api/v1/people/{id}"),
      read: endpoint(getPerson, "GET", "/api/v1/people/{id}"),
      search: endpoint(searchPeople, "GET", "/api/v1/people"),
    },
    [
      callsOf("create", { body: bodyOf(objectOf(personFields)) }),
      callsOf("edit", {
        params: { id: idOf(fc.oneof(fc.constant(live("person")), fc.constant(world.editedPersonId))) },
        body: bodyOf(objectOf({ version: versionField("personVersion"), ...personFields })),
      }),
      callsOf("read", { params: { id: idOf(person) } }),
      callsOf("search", { query: queryOf({ q: hostileString, page: pageQuery }) }),
    ],
    resolvers,
  );

  const csvText = csvTextOf(world.organisationNames);
  const csvBody: fc.Arbitrary<TBody> = fc.oneof(
    { weight: 6, arbitrary: csvText.map((text): TBody => ({ text, contentType: "text/csv" })) },
    { weight: 2, arbitrary: bodyOf(objectOf({ csv: field(csvText) })) },
    {
      weight: 1,
      arbitrary: hugeText.map((text): TBody => ({ text: `name\n${text}`, contentType: "text/csv" })),
    },
    {
      weight: 1,
      arbitrary: csvText.map((text): TBody => ({
        bytes: [...new TextEncoder().encode(text), 0xff, 0x2c, 0xed, 0xa0, 0x80],
        contentType: "text/csv",
      })),
    },
  );
  const peopleImport = httpFamily(
    "people import",
    secretariat,
    { import: endpoint(importPeople, "POST", "/api/v1/people/import") },
    [
      callsOf("import", {
        query: queryOf({ dryRun: fc.constantFrom("1", "0", "true", "false", "yes", "") }),
        body: csvBody,
      }),
    ],
    resolvers,
  );

  return [organisations, merge, people, peopleImport] as TFamily<unknown>[];
}
