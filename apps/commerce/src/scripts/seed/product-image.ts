import sharp from 'sharp';
import type { CategoryHandle } from './catalog-types';

export const PRODUCT_IMAGE_WIDTH = 800;
export const PRODUCT_IMAGE_HEIGHT = 1000;

export interface ProductImageSpec {
  title: string;
  category: CategoryHandle;
  /** 0 is the thumbnail; each index gets a different composition. */
  index: number;
  /** Small line under the title, e.g. the colours on offer. */
  caption: string;
}

// Three gradient pairs and an accent per category, so a feed of cards reads by category at a glance.
const palettes: Record<
  CategoryHandle,
  { gradients: [string, string][]; accent: string; ink: string }
> = {
  fashion: {
    gradients: [
      ['#f6d5c3', '#c9826b'],
      ['#efe4d2', '#b9a07e'],
      ['#f3c9cf', '#9c5a6b'],
    ],
    accent: '#fff6ee',
    ink: '#3b2620',
  },
  makeup: {
    gradients: [
      ['#fde1ea', '#e0708f'],
      ['#f7d6e6', '#a34d7c'],
      ['#ffe3d3', '#e58a6f'],
    ],
    accent: '#fff3f7',
    ink: '#4a1830',
  },
  travel: {
    gradients: [
      ['#d6ecf5', '#4b8fb3'],
      ['#d9f0e8', '#3f8f7a'],
      ['#f3ead6', '#6f8fa8'],
    ],
    accent: '#f4fbff',
    ink: '#14313f',
  },
};

const categoryLabel: Record<CategoryHandle, string> = {
  fashion: 'FASHION',
  makeup: 'MAKEUP',
  travel: 'TRAVEL',
};

const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  );

// FNV-1a: a stable per-product seed, so re-rendering the same product gives the same picture.
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** Greedy word wrap; DejaVu/Liberation Sans at 64px fit about 17 characters in 640px. */
export function wrapTitle(title: string, maxChars = 17, maxLines = 4): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
  return kept;
}

function shapes(seed: number, index: number, accent: string): string {
  const pick = (shift: number, range: number): number => (seed >>> shift) % range;
  switch (index % 3) {
    case 0:
      // Hero: a large soft disc where the product would sit.
      return `<circle cx="${400 + pick(0, 80) - 40}" cy="${330 + pick(4, 50)}" r="${220 + pick(8, 40)}" fill="${accent}" fill-opacity="0.55"/>
        <circle cx="${160 + pick(12, 60)}" cy="${160 + pick(16, 60)}" r="${60 + pick(20, 30)}" fill="${accent}" fill-opacity="0.35"/>`;
    case 1:
      // Detail: a tilted card, like a close-up on a table.
      return `<rect x="150" y="170" width="500" height="560" rx="48" fill="${accent}" fill-opacity="0.5" transform="rotate(${pick(0, 14) - 7} 400 450)"/>
        <rect x="220" y="250" width="360" height="400" rx="36" fill="${accent}" fill-opacity="0.45"/>`;
    default:
      // Lifestyle: scattered bubbles.
      return Array.from({ length: 7 }, (_, i) => {
        const cx = (seed >>> (i * 3)) % 800;
        const cy = ((seed >>> (i * 2 + 5)) % 700) + 40;
        const r = 30 + ((seed >>> (i + 7)) % 90);
        return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${accent}" fill-opacity="${(0.2 + (i % 3) * 0.12).toFixed(2)}"/>`;
      }).join('');
  }
}

/** The SVG source of one product image: category gradient, shapes, title and caption. */
export function productImageSvg(spec: ProductImageSpec): string {
  const palette = palettes[spec.category];
  const seed = hash(`${spec.title}#${spec.index}`);
  const [from, to] = palette.gradients[(seed + spec.index) % palette.gradients.length] ?? [
    '#ffffff',
    '#cccccc',
  ];
  const lines = wrapTitle(spec.title);
  const lineHeight = 74;
  const titleTop = 1000 - 150 - lines.length * lineHeight;
  const font = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
  const title = lines
    .map(
      (line, i) =>
        `<text x="64" y="${titleTop + (i + 1) * lineHeight}" font-size="64" font-weight="700">${escapeXml(line)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PRODUCT_IMAGE_WIDTH}" height="${PRODUCT_IMAGE_HEIGHT}" viewBox="0 0 800 1000">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="${spec.index % 2 === 0 ? 1 : 0}" y2="1">
      <stop offset="0" stop-color="${from}"/>
      <stop offset="1" stop-color="${to}"/>
    </linearGradient>
  </defs>
  <rect width="800" height="1000" fill="url(#bg)"/>
  ${shapes(seed, spec.index, palette.accent)}
  <g font-family="${font}" fill="${palette.ink}">
    <text x="64" y="96" font-size="30" font-weight="700" letter-spacing="6">${categoryLabel[spec.category]}</text>
    <text x="736" y="96" font-size="30" text-anchor="end">NoteShop</text>
    ${title}
    <text x="64" y="${1000 - 80}" font-size="34">${escapeXml(spec.caption)}</text>
  </g>
</svg>`;
}

/** Renders a product image to an 800×1000 WebP. */
export async function renderProductImage(spec: ProductImageSpec): Promise<Buffer> {
  return sharp(Buffer.from(productImageSvg(spec)))
    .webp({ quality: 82 })
    .toBuffer();
}
