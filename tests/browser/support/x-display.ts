import { spawn, type ChildProcess } from "node:child_process";

/**
 * A virtual X display for the browsers that need a window: MiniBrowser has no headless mode, and
 * headless Firefox reports `pointer: none`. Xvfb picks a free display number and says which.
 */
export async function startXvfb(): Promise<{ display: string; stop: () => void }> {
  let child: ChildProcess;
  try {
    child = spawn("Xvfb", ["-displayfd", "1", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    throw missing();
  }
  const display = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.on("error", () => reject(missing()));
    child.on("exit", (code) => reject(new Error(`Xvfb exited (${code}) before naming its display`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve(`:${out.trim()}`);
    });
  });
  child.removeAllListeners("exit");
  return { display, stop: () => child.kill() };
}

function missing(): Error {
  return new Error(
    "Xvfb is missing: the Firefox and WebKit tests need a virtual display. Install Debian's: " +
      "`apt-get install -y xvfb` (as root; .ci/run does this).",
  );
}
