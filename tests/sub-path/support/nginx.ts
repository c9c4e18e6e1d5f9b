import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import { fillNginxConf } from "../../../src/lib/deploy/nginx-conf.ts";

/** Debian's nginx, where it is installed (.ci/run installs it as root). */
export function nginxPath(): string | undefined {
  return ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (typeof address !== "object" || !address) throw new Error("no free loopback port");
  return address.port;
}

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts nginx in the foreground on a loopback port, with deploy/nginx.conf (placeholders filled
 * for `base` and `root`) included in a server block, as an operator would. Everything nginx writes
 * (pid, logs, temporary files) goes into `work`.
 */
export async function startNginx(binary: string, work: string, base: string, root: string): Promise<RunningNginx> {
  mkdirSync(work, { recursive: true });
  const port = await freePort();
  const site = join(work, "site.conf");
  writeFileSync(site, fillNginxConf(readFileSync("deploy/nginx.conf", "utf8"), base, root));
  const temp = (name: string) => `${name}_temp_path ${join(work, name)};`;
  const conf = join(work, "nginx.conf");
  writeFileSync(
    conf,
    [
      "daemon off;",
      "worker_processes 1;",
      `pid ${join(work, "nginx.pid")};`,
      `error_log ${join(work, "error.log")} warn;`,
      "events { worker_connections 64; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  default_type application/octet-stream;",
      "  access_log off;",
      `  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}`,
      `  server {\n    listen 127.0.0.1:${port};\n    server_name localhost;\n    include ${site};\n  }`,
      "}",
      "",
    ].join("\n"),
  );
  const args = ["-e", join(work, "error.log"), "-p", work, "-c", conf];
  const child: ChildProcess = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (!(await answers(origin))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      const log = existsSync(join(work, "error.log")) ? readFileSync(join(work, "error.log"), "utf8") : "";
      throw new Error(`nginx did not start (${binary} ${args.join(" ")}):\n${output}\n${log}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    origin,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGQUIT");
      }),
  };
}

function answers(origin: string): Promise<boolean> {
  return new Promise((done) => {
    const req = request(origin, { method: "HEAD" }, (res) => {
      res.resume();
      done(true);
    });
    req.on("error", () => done(false));
    req.end();
  });
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One plain HTTP request, bytes as sent: no decompression, no cache, no redirects followed. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}
