/**
 * One reader's tab in any of the three engines, so a feature's browser test is written once and
 * runs in Chromium (Playwright), Firefox ESR (Puppeteer over WebDriver BiDi) and WebKitGTK
 * (Selenium → WebKitWebDriver). Only what a reader does is here: load a page, point, click, press
 * keys, type; `run` reads the page. Inputs go through each driver's input API at viewport
 * coordinates, never element clicks, which WebKitWebDriver refuses for some elements a reader can click.
 */

export const ENGINE_NAMES = ["chromium", "firefox", "webkit"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface ViewportSize {
  width: number;
  height: number;
}

/** The keys the tests press, named as KeyboardEvent.key names them. */
export type Key = "Enter" | "Escape" | "Tab" | " " | "ArrowDown" | "/";

/** A value that crosses into the page and back unchanged. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

export interface Reader {
  readonly engine: EngineName;
  /** Loads a path of the built site (`/2021/#p-3`) and waits until it has loaded. */
  goto(path: string): Promise<void>;
  /**
   * Runs `fn` in the page and returns its (awaited) result. Only its source crosses over: it must
   * not use variables of the test, only its arguments; what it returns must be plain data too.
   */
  run<T, A extends Plain[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Moves the mouse to a point of the viewport. */
  moveTo(x: number, y: number): Promise<void>;
  /** Presses and releases the main mouse button at a point of the viewport. */
  clickAt(x: number, y: number): Promise<void>;
  press(key: Key): Promise<void>;
  type(text: string): Promise<void>;
  /** Console errors, uncaught errors, rejected promises, failed resources and CSP violations so far. */
  errors(): Promise<string[]>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** The browser's own version string, for the test log. */
  readonly version: string;
  /** A fresh tab showing `size` CSS pixels of page (phone widths included). */
  open(size: ViewportSize): Promise<Reader>;
  quit(): Promise<void>;
}
