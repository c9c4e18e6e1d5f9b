import type { GetStaticPaths } from "astro";
import favicon from "../../../public/favicon.svg?raw";
import { APP_ICONS, renderAppIcon, type AppIcon } from "../../lib/offline/app-icons.ts";

/** `icons/<name>.png`: the web app manifest's icons, drawn from the favicon at build time. */
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export async function GET({ props }: { props: { icon: AppIcon } }) {
  return new Response(new Uint8Array(await renderAppIcon(favicon, props.icon)), {
    headers: { "Content-Type": "image/png" },
  });
}
