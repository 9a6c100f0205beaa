// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
// Asks a running real server what the app asks (keys, count, the app's select column by column,
// every row) and compares the answers with expected.json. Prints a report; exits 1 on mismatch.
//
// usage: node check.js STATEDIR      (STATEDIR as written by realserver.sh start)
"use strict";
const fs = require("fs");
const path = require("path");

const dir = process.argv[2];
const server = JSON.parse(fs.readFileSync(path.join(dir, "server.json"), "utf8"));
const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8"));
let failures = 0;
const fail = (text) => {
  failures++;
  console.log("MISMATCH " + text);
};

const call = async (method, route, key, body) => {
  const headers = { "Content-Type": "application/json" };
  if (key !== undefined) headers.ApiKey = key;
  const res = await fetch(server.url + "/api" + route, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: res.status, json, text };
};
const unwrap = (v) => (v && typeof v === "object" && "_type" in v && "value" in v ? v.value : v);
const short = (r) => `${r.status} ${r.text.length > 160 ? r.text.slice(0, 160) + "…" : r.text}`;

// The app's feature switches (models/oneuptime/oneuptimequery.cpp featuresFor).
const atLeast = (v, a, b, c) => {
  const [x, y, z] = v.split(".").map(Number);
  return x !== a ? x > a : y !== b ? y > b : z >= c;
};
const v = server.version;
const features = {
  relations: atLeast(v, 7, 0, 4972),
  monitor: atLeast(v, 9, 5, 2),
  incidentNumber: atLeast(v, 9, 4, 13),
  alertNumber: atLeast(v, 9, 5, 0),
  errorCode: atLeast(v, 10, 5, 9),
};
const relationSelect = {
  incident: features.incidentNumber ? { title: true, incidentNumber: true } : { title: true },
  alert: features.alertNumber ? { title: true, alertNumber: true } : { title: true },
  monitor: { name: true },
  scheduledMaintenance: { title: true },
  statusPage: { name: true },
  statusPageAnnouncement: true,
  onCallDutyPolicy: { name: true },
  onCallDutyPolicyEscalationRule: { name: true },
  onCallDutyPolicySchedule: { name: true },
  team: { name: true },
  user: { name: true, email: true },
};
if (!features.monitor) delete relationSelect.monitor;

(async () => {
  const version = await call("GET", "/version");
  console.log(`version: ${short(version)}`);
  if (unwrap(version.json && version.json.version) !== v) fail(`version ${version.text}`);

  // Keys.
  const listBody = { select: { status: true }, sort: { createdAt: "DESC" } };
  console.log(`no key: ${short(await call("POST", "/sms-log/get-list?skip=0&limit=1", undefined, listBody))}`);
  for (const [name, key] of Object.entries(server.keys)) {
    const r = await call("POST", "/sms-log/get-list?skip=0&limit=1", key, listBody);
    console.log(`key ${name}: ${short(r)}`);
    const want = { none: 422, expired: 400 }[name] || 200;
    if (r.status !== want) fail(`key ${name}: ${r.status}, wanted ${want}`);
  }

  // Counts per project.
  const p1 = expected.rows.filter((r) => r.projectId === server.project);
  const p2 = expected.rows.filter((r) => r.projectId === server.otherProject);
  for (const [label, key, rows] of [["read", server.keys.read, p1], ["otherProject", server.keys.otherProject, p2]]) {
    const r = await call("POST", "/sms-log/count", key, { query: {} });
    console.log(`count (${label}): ${short(r)}`);
    if (!r.json || r.json.count !== rows.length) fail(`count ${label}: ${r.text}, wanted ${rows.length}`);
  }

  // The app's select, one column at a time.
  const select = { smsCostInUSDCents: true, status: true, projectId: true, createdAt: true, project: { name: true } };
  for (const f of ["updatedAt", "toNumber", "fromNumber", "smsText", "statusMessage"]) select[f] = true;
  if (features.errorCode) select.errorCode = true;
  select.providerExternalId = true;
  if (features.relations)
    for (const [key, inner] of Object.entries(relationSelect)) {
      select[key + "Id"] = true;
      select[key] = inner;
    }
  // Extra probes beyond the app's select: what the server refuses or allows. Each probe also
  // selects createdAt, the sort column (a relation without the sort column in the select → 500).
  const probes = [
    ...Object.entries(select),
    ["errorCode", true], ["statusPageAnnouncement", { title: true }], ["incident", { title: true, incidentNumber: true }],
    ["alert", { title: true, alertNumber: true }], ["monitorId", true], ["monitor", { name: true }],
    ["statusCallbackToken", true], ["deletedByUserId", true],
  ];
  const accepted = {};
  const seen = new Set();
  for (const [column, value] of probes) {
    const id = column + JSON.stringify(value);
    if (seen.has(id)) continue;
    seen.add(id);
    const r = await call("POST", "/sms-log/get-list?skip=0&limit=1", server.keys.read, { select: { createdAt: true, [column]: value }, sort: { createdAt: "DESC" } });
    const inApp = column in select && JSON.stringify(select[column]) === JSON.stringify(value);
    console.log(`select ${column}=${JSON.stringify(value)}${inApp ? "" : " (probe)"}: ${short(r)}`);
    if (inApp) accepted[column] = r.status === 200;
  }
  const sortProbe = await call("POST", "/sms-log/get-list?skip=0&limit=1", server.keys.read, { select: { status: true, project: { name: true } }, sort: { toNumber: "ASC" } });
  console.log(`probe: relation selected, sort column not selected: ${short(sortProbe)}`);
  const finalSelect = Object.fromEntries(Object.entries(select).filter(([c]) => accepted[c]));
  console.log(`refused columns of the app's select: ${Object.keys(select).filter((c) => !accepted[c]).join(", ") || "none"}`);

  // Every row of project 1 with the accepted select, the app's sort.
  const r = await call("POST", "/sms-log/get-list?skip=0&limit=1000", server.keys.read, { query: {}, select: finalSelect, sort: { createdAt: "DESC", _id: "ASC" } });
  if (r.status !== 200) {
    fail(`full list: ${short(r)}`);
  } else {
    const got = r.json.data;
    console.log(`full list: ${got.length} rows (count field ${r.json.count}); sample: ${JSON.stringify(got[0])}`);
    if (got.length !== p1.length) fail(`rows ${got.length}, wanted ${p1.length}`);
    let rowFailures = 0;
    const order = got.map((g) => g._id).join() === p1.map((e) => e._id).join();
    if (!order) fail("row order differs from expected (createdAt DESC, _id ASC)");
    const byId = new Map(got.map((g) => [g._id, g]));
    for (const e of p1) {
      const g = byId.get(e._id);
      const bad = [];
      if (!g) {
        fail(`row ${e._id} missing`);
        continue;
      }
      const same = (field, want, have) => {
        if ((want === null || want === undefined) && (have === null || have === undefined)) return;
        if (want !== have) bad.push(`${field}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`);
      };
      for (const f of ["createdAt", "updatedAt", "toNumber", "fromNumber", "smsText", "statusMessage", "status", "smsCostInUSDCents", "projectId"])
        if (f in finalSelect) same(f, e[f], unwrap(g[f]));
      same("project.name", e.projectName, g.project && unwrap(g.project.name));
      if (features.relations)
        for (const key of expected.linkKeysServed) {
          if (!(key in finalSelect)) continue;
          const want = e.links[key];
          same(key + "Id", want && want.id, unwrap(g[key + "Id"]));
          const rel = g[key];
          if (!want) {
            if (rel) bad.push(`${key}: unexpected ${JSON.stringify(rel)}`);
            continue;
          }
          if (!rel) {
            bad.push(`${key}: missing`);
            continue;
          }
          same(key + "._id", want.id, unwrap(rel._id));
          const nameField = { incident: "title", alert: "title", scheduledMaintenance: "title", statusPageAnnouncement: null }[key] ?? "name";
          if (nameField && typeof finalSelect[key] === "object") same(`${key}.${nameField}`, want.name, unwrap(rel[nameField]));
          if (key === "incident" && finalSelect.incident.incidentNumber) same("incident.incidentNumber", want.number, rel.incidentNumber);
          if (key === "alert" && finalSelect.alert.alertNumber) same("alert.alertNumber", want.number, rel.alertNumber);
          if (key === "user") same("user.email", want.email, unwrap(rel.email));
        }
      if (bad.length) {
        rowFailures++;
        if (rowFailures <= 5) fail(`row ${e._id}: ${bad.join("; ")}`);
      }
    }
    if (rowFailures > 5) fail(`… ${rowFailures} rows differ in all`);
    if (rowFailures === 0 && got.length === p1.length) console.log(`all ${p1.length} rows of project 1 match expected.json`);
  }

  // Behaviours of the API document worth knowing per version (reported, not checked).
  const newest = p1[0];
  const extra = [
    ["sort -1", "/sms-log/get-list?skip=0&limit=2", { select: { createdAt: true }, sort: { createdAt: -1 } }],
    ["limit 10001", "/sms-log/get-list?skip=0&limit=10001", { select: { status: true } }],
    ["limit 10000", "/sms-log/get-list?skip=0&limit=10000", { select: { status: true } }],
    ["skip/limit in body only", "/sms-log/get-list", { select: { status: true }, skip: 2, limit: 3 }],
    ["status Includes", "/sms-log/count", { query: { status: { _type: "Includes", value: ["Error", "Low Balance"] } } }],
    ["createdAt InBetween (plain ISO)", "/sms-log/count", { query: { createdAt: { _type: "InBetween", startValue: p1[p1.length - 1].createdAt, endValue: newest.createdAt } } }],
    ["createdAt DateTime equality", "/sms-log/count", { query: { createdAt: { _type: "DateTime", value: newest.createdAt } } }],
    ["toNumber Search", "/sms-log/count", { query: { toNumber: { _type: "Search", value: newest.toNumber.slice(3, 9) } } }],
    ["smsText Search (Cyrillic)", "/sms-log/count", { query: { smsText: { _type: "Search", value: "сервер" } } }],
    ["MultiSearch", "/sms-log/count", { query: { _multiFieldSearch: { _type: "MultiSearch", value: "сервер", fields: ["smsText", "toNumber"] } } }],
    ["NotContains", "/sms-log/count", { query: { smsText: { _type: "NotContains", value: "сервер" } } }],
    ["incident relation number filter", "/sms-log/count", { query: { incident: { incidentNumber: 1 } } }],
    ["groupBy", "/sms-log/get-list?skip=0&limit=1", { select: { status: true }, groupBy: { status: true } }],
    ["create", "/sms-log", { data: { toNumber: "+15551234567", status: "Success", smsCostInUSDCents: 1 } }],
  ];
  for (const [label, route, body] of extra) {
    const x = await call("POST", route, server.keys.owner, body);
    const summary = x.json && Array.isArray(x.json.data) ? `${x.status} data.length=${x.json.data.length} count=${x.json.count} limit=${x.json.limit} skip=${x.json.skip}` : short(x);
    console.log(`probe ${label}: ${summary}`);
  }
  for (const [label, key] of [["unknown uuid key", "11111111-2222-4333-8444-555555555555"], ["non-uuid key", "abc"], ["empty key", ""]])
    console.log(`probe ${label}: ${short(await call("POST", "/sms-log/get-list?skip=0&limit=1", key, { select: { status: true } }))}`);
  const more = [
    ["unknown sort field", "/sms-log/get-list?skip=0&limit=1", { select: { status: true }, sort: { nope: "ASC" } }],
    ["DateTime wrapper inside operator", "/sms-log/count", { query: { createdAt: { _type: "GreaterThanOrEqual", value: { _type: "DateTime", value: newest.createdAt } } } }],
    ["negative skip", "/sms-log/get-list?skip=-1&limit=1", { select: { status: true } }],
    ["missing id get-item", "/sms-log/11111111-2222-4333-8444-555555555555/get-item", { select: { status: true } }],
  ];
  for (const [label, route, body] of more) console.log(`probe ${label}: ${short(await call("POST", route, server.keys.owner, body))}`);
  const malformed = await fetch(server.url + "/api/sms-log/count", { method: "POST", headers: { "Content-Type": "application/json", ApiKey: server.keys.owner }, body: "{not json" });
  console.log(`probe malformed JSON body: ${malformed.status} ${(await malformed.text()).slice(0, 120)}`);
  console.log(`probe GET /count: ${short(await call("GET", "/sms-log/count", server.keys.owner))}`);
  console.log(`probe bad id get-item: ${short(await call("POST", "/sms-log/abc/get-item", server.keys.owner, { select: { status: true } }))}`);

  // Another project's item with a project-1 key; an announcement title by id.
  const other = p2[0];
  console.log(`get-item of project 2's row with key read: ${short(await call("POST", `/sms-log/${other._id}/get-item`, server.keys.read, { select: { status: true } }))}`);
  console.log(`get-item of own row with key read: ${short(await call("POST", `/sms-log/${p1[0]._id}/get-item`, server.keys.read, { select: { status: true, createdAt: true } }))}`);
  const announcement = p1.map((e) => e.links.statusPageAnnouncement).find(Boolean);
  if (announcement)
    for (const name of ["owner", "member", "read"]) {
      const a = await call("POST", `/status-page-announcement/${announcement.id}/get-item`, server.keys[name], { select: { title: true } });
      console.log(`announcement title with key ${name}: ${short(a)}`);
      if (name === "owner" && unwrap(a.json && a.json.title) !== announcement.name) fail(`announcement title: ${a.text}`);
    }
  console.log(failures ? `${failures} mismatches` : "check passed");
  process.exit(failures ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
