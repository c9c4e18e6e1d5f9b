import { sitePath } from "../urls.ts";
import { SITE_DESCRIPTION, SITE_NAME } from "../site.ts";
import { APP_ICONS } from "./app-icons.ts";

/** The name under the icon on a home screen, where a dozen letters fit. */
export const HOME_SCREEN_NAME = "VN Diplomacy";

/** The site's paper (src/styles/global.css), light and dark: the window's colour as it opens. */
export const THEME_COLOURS = { light: "#fbfaf7", dark: "#161514" } as const;

/** The web app manifest: the edition, under its base, as an app on a phone's home screen. */
export function webManifest(base: string = import.meta.env.BASE_URL) {
  return {
    id: sitePath("", base),
    name: SITE_NAME,
    short_name: HOME_SCREEN_NAME,
    description: SITE_DESCRIPTION,
    lang: "en",
    dir: "ltr",
    start_url: sitePath("", base),
    scope: sitePath("", base),
    display: "standalone",
    background_color: THEME_COLOURS.light,
    theme_color: THEME_COLOURS.light,
    icons: APP_ICONS.map((icon) => ({
      src: sitePath(`icons/${icon.name}`, base),
      sizes: `${icon.size}x${icon.size}`,
      type: "image/png",
      purpose: icon.purpose,
    })),
  };
}
