// The fuzz test's families of the instance: programmes (as an administrator: only they manage
// programmes), importing a meeting bundle (the bundle of a recorded meeting, mutated in a few
// places, as the programme's secretariat), and the admin screen's server actions that revoke an
// API token and end a user's sessions (behind the administrator's session cookie).
import fc from "fast-check";
import { POST as importBundle } from "@/app/api/v1/meetings/import/route";
import { GET as getProgramme, PATCH as patchProgramme } from "@/app/api/v1/programmes/[id]/route";
import { GET as listProgrammes, POST as postProgramme } from "@/app/api/v1/programmes/route";
import { revokeApiTokenAction } from "@/lib/api-token/actions";
import { endUserSessionsAction } from "@/lib/auth/actions";
import {
  actionStatus,
  callsOf,
  endpoint,
  formDataOf,
  httpFamily,
  orNull,
  pageQuery,
  versionField,
} from "./fuzz-http";
import { bodyOf, objectOf, queryOf } from "./fuzz-bodies";
import { type TOutcome, type TResolvers } from "./fuzz-request";
import type { TFamily } from "./fuzz-run";
import {
  field,
  goodDate,
  hostileDate,
  hostileId,
  hostileNumber,
  hostileString,
  hostileValue,
  idOf,
  numericString,
  okText,
} from "./fuzz-values";
import type { TFuzzWorld } from "./fuzz-world";

/** Every path to a leaf value of a JSON document ("meeting.title", "remarks.0.summary"). */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  return [prefix];
}

function setAt(target: unknown, path: (string | number)[], value: unknown) {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

export function adminFamilies(world: TFuzzWorld, resolvers: TResolvers): TFamily<unknown>[] {
  const { secretariat, admin } = world;
  const organisation = fc.constantFrom(...world.organisationIds);
  const programmeFields = {
    title: field(okText(1, 300)),
    shortTitle: field(orNull(okText(0, 100))),
    country: field(fc.constantFrom("Indonesia", "Timor-Leste"), hostileString),
    fund: field(orNull(okText(0, 200, { isOneLine: false }))),
    conveningAgencyId: field(orNull(organisation), hostileId),
    participatingOrganisationIds: field(
      fc.array(organisation, { maxLength: 2 }),
      fc.array(hostileId, { maxLength: 3 }),
    ),
    startDate: field(orNull(goodDate), hostileDate),
    durationMonths: field(orNull(fc.integer({ min: 1, max: 240 })), fc.oneof(hostileNumber, numericString)),
    sdgGoals: field(
      fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }),
      fc.array(fc.oneof(hostileNumber, numericString), { maxLength: 3 }),
    ),
    nationalFramework: field(orNull(okText(0, 300, { isOneLine: false }))),
    description: field(orNull(okText(0, 5000, { isOneLine: false }))),
  };
  const programmes = httpFamily(
    "programmes",
    admin,
    {
      create: endpoint(postProgramme, "POST", "/api/v1/programmes"),
      edit: endpoint(patchProgramme, "PATCH", "/api/v1/programmes/{id}"),
      read: endpoint(getProgramme, "GET", "/api/v1/programmes/{id}"),
      list: endpoint(listProgrammes, "GET", "/api/v1/programmes"),
    },
    [
      callsOf("create", { body: bodyOf(objectOf(programmeFields)) }),
      callsOf("edit", {
        params: { id: idOf(fc.constant(world.editedProgrammeId)) },
        body: bodyOf(objectOf({ version: versionField("programmeVersion"), ...programmeFields })),
      }),
      callsOf("read", { params: { id: idOf(fc.constant(world.programme.id)) } }),
      callsOf("list", { query: queryOf({ page: pageQuery }) }),
    ],
    resolvers,
  );

  const paths = leafPaths(world.bundle);
  const bundleObject = fc
    .record({
      sequenceNumber: fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: 10_000, max: 2_000_000_000 }) },
        { weight: 1, arbitrary: hostileNumber },
      ),
      title: okText(3, 300),
      mutations: fc.array(
        fc.tuple(
          fc.nat({ max: paths.length - 1 }),
          fc.oneof(
            { weight: 6, arbitrary: hostileValue },
            { weight: 2, arbitrary: hostileDate },
            { weight: 1, arbitrary: fc.constant(undefined) },
          ),
        ),
        { maxLength: 3 },
      ),
    })
    .map(({ sequenceNumber, title, mutations }) => {
      const bundle = structuredClone(world.bundle) as { meeting: Record<string, unknown> };
      bundle.meeting.sequenceNumber = sequenceNumber;
      bundle.meeting.title = title;
      for (const [index, value] of mutations) setAt(bundle, paths[index], value);
      return bundle as Record<string, unknown>;
    });
  const bundles = httpFamily(
    "bundle import",
    secretariat,
    { import: endpoint(importBundle, "POST", "/api/v1/meetings/import") },
    [callsOf("import", { body: bodyOf(bundleObject) })],
    resolvers,
  );

  return [programmes, bundles, tokenFamily(world)] as TFamily<unknown>[];
}

// ---------------------------------------------------------------------------------------------
// The admin screen's token revocation and "end sessions": server actions behind the session cookie.

type TTokenInput = { action: "revoke" | "endSessions"; values: Record<string, unknown>; asForm: boolean };

function tokenFamily(world: TFuzzWorld): TFamily<TTokenInput> {
  const values = (name: string, good: fc.Arbitrary<string>) =>
    objectOf({ [name]: field(good, fc.oneof(hostileId, hostileValue)) });
  return {
    name: "tokens and sessions",
    arbitrary: fc.oneof(
      fc.record({
        action: fc.constant("revoke" as const),
        values: values("tokenId", fc.constantFrom(...world.victimTokenIds)),
        asForm: fc.boolean(),
      }),
      fc.record({
        action: fc.constant("endSessions" as const),
        values: values("userId", fc.constantFrom(...world.victimUserIds)),
        asForm: fc.boolean(),
      }),
    ),
    send: async ({ action, values: input, asForm }): Promise<TOutcome> => {
      const run = action === "revoke" ? revokeApiTokenAction : endUserSessionsAction;
      const result = await run((asForm ? formDataOf(input) : input) as never);
      return {
        status: actionStatus(result),
        detail: result.ok ? undefined : `${result.code} ${result.messageKey}`,
      };
    },
  };
}
