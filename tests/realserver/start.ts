// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
// Starts OneUptime's own server code (the installed @oneuptime/common) on 127.0.0.1 only:
// /api/version, the SMS Log CRUD router and those of the announcements, incidents, alerts,
// monitors and their states and severities, as the version
// mounts it.
import fs from "fs";
import http from "http";
import StartServer from "@oneuptime/common/Server/Utils/StartServer";
import Express from "@oneuptime/common/Server/Utils/Express";
import PostgresDatabase from "@oneuptime/common/Server/Infrastructure/PostgresDatabase";
import CommonAPI from "@oneuptime/common/Server/API/Index";
import BaseAPI from "@oneuptime/common/Server/API/BaseAPI";
import SmsLog from "@oneuptime/common/Models/DatabaseModels/SmsLog";
import SmsLogService from "@oneuptime/common/Server/Services/SmsLogService";

async function main(): Promise<void> {
  const port: number = Number(process.argv[2] || "0");
  await PostgresDatabase.connect();
  const app = Express.getExpressApp();
  CommonAPI({ appName: "api", statusOptions: { readyCheck: async () => {}, liveCheck: async () => {} } });
  app.use("/api", new BaseAPI<any, any>(SmsLog, SmsLogService).getRouter());
  // OneUptime's App/FeatureSet/BaseAPI/Index.ts mounts a model's own API class where the version
  // has one (StatusPageAnnouncementAPI, IncidentAPI, ...), and a plain BaseAPI of the model
  // otherwise; all under /api. The announcements (their titles), and the incidents, alerts,
  // monitors and their state and severity lists (the detail pane's context).
  const common: string = require.resolve("@oneuptime/common/package.json").replace(/package\.json$/, "");
  const mount = (name: string): void => {
    const ownApi: string = `${common}Server/API/${name}API.ts`;
    if (fs.existsSync(ownApi)) {
      app.use("/api", new (require(ownApi).default)().getRouter());
      console.log(`MOUNTED ${name}API`);
      return;
    }
    const model = require(`${common}Models/DatabaseModels/${name}`).default;
    const service = require(`${common}Server/Services/${name}Service`).default;
    app.use("/api", new BaseAPI<any, any>(model, service).getRouter());
    console.log(`MOUNTED BaseAPI(${name})`);
  };
  for (const name of ["StatusPageAnnouncement", "IncidentState", "IncidentSeverity", "AlertState", "AlertSeverity",
                      "Incident", "Alert", "Monitor"])
    if (fs.existsSync(`${common}Models/DatabaseModels/${name}.ts`))
      mount(name);
  await StartServer.addDefaultRoutes();
  const server = http.createServer(app);
  server.listen(port, "127.0.0.1", () => {
    const address = server.address();
    console.log(`LISTENING ${typeof address === "object" && address ? address.port : port}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
