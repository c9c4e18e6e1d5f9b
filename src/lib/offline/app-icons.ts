import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";

/**
 * The home-screen icons, drawn at build time from the edition's own mark (public/favicon.svg, the
 * gold star on the accent red) with resvg, as the Open Graph cards are. The maskable icon is the same
 * mark with its star inside the safe circle and the red to every edge, for launchers that crop.
 */
export interface AppIcon {
  /** The file's name under `icons/`. */
  name: string;
  size: number;
  purpose: "any" | "maskable";
}

export const APP_ICONS: readonly AppIcon[] = [
  { name: "icon-192.png", size: 192, purpose: "any" },
  { name: "icon-512.png", size: 512, purpose: "any" },
  { name: "icon-maskable-512.png", size: 512, purpose: "maskable" },
];

/** The mark for one purpose: as drawn, or square with its star scaled into the middle 70 %. */
export function iconSvg(favicon: string, purpose: AppIcon["purpose"]): string {
  if (purpose === "any") return favicon;
  const background = /<rect\b[^>]*\bfill="([^"]+)"/.exec(favicon)?.[1];
  const star = /<path\b[^>]*\/>/.exec(favicon)?.[0];
  if (!background || !star)
    throw new Error(
      "public/favicon.svg: expected a <rect fill=…> and a <path/> (the star) to draw the maskable icon from",
    );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(4.8 4.8) scale(0.7)">${star}</g></svg>`;
}

/** One icon as PNG; resvg and sharp are deterministic, so rebuilds give the same bytes. */
export async function renderAppIcon(favicon: string, icon: AppIcon): Promise<Buffer> {
  const png = new Resvg(iconSvg(favicon, icon.purpose), { fitTo: { mode: "width", value: icon.size } })
    .render()
    .asPng();
  return sharp(png).png({ palette: true, colours: 64, compressionLevel: 9 }).toBuffer();
}
