import sharp from 'sharp';

/** Colour pairs for the generated gradients, one palette per mood. */
const PALETTES: [string, string, string][] = [
  ['#f6d5c3', '#c97b63', '#fff6ee'],
  ['#d7e3f4', '#5b7db1', '#f4f8ff'],
  ['#e4f1e0', '#6a9a5b', '#f7fff3'],
  ['#f9e7a7', '#d98e32', '#fffaf0'],
  ['#ead7f2', '#8e5aa8', '#fbf4ff'],
  ['#d4efee', '#2f8f8b', '#f0fffe'],
  ['#f7d6dc', '#c4546c', '#fff3f5'],
  ['#e8e1d9', '#7a6652', '#fffdf9'],
];

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** Splits a caption into lines of about `width` columns (CJK characters count double). */
function wrap(caption: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let columns = 0;
  for (const token of caption.split(/(\s+)/)) {
    const chars = /\s/.test(token) ? [token] : [...token];
    for (const char of chars) {
      const size = /[\u2e80-\uffff]/.test(char) ? 2 : 1;
      if (columns + size > width && line.trim()) {
        lines.push(line.trim());
        line = '';
        columns = 0;
      }
      line += char;
      columns += size;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines.slice(0, 4);
}

/**
 * A PNG of `width`×`height`: a diagonal gradient, a few soft shapes placed by `seed`, and the
 * caption on a card. Made locally with sharp (librsvg); nothing is downloaded.
 */
export async function demoImagePng(
  seed: number,
  caption: string,
  width = 640,
  height = 853,
): Promise<Buffer> {
  const [light, deep, paper] = PALETTES[seed % PALETTES.length] ?? PALETTES[0]!;
  const shape = (index: number) => {
    const x = ((seed * 37 + index * 113) % 100) / 100;
    const y = ((seed * 53 + index * 71) % 100) / 100;
    const r = 60 + ((seed + index * 29) % 140);
    return `<circle cx="${Math.round(x * width)}" cy="${Math.round(y * height)}" r="${r}" fill="${index % 2 ? paper : deep}" fill-opacity="0.28"/>`;
  };
  const lines = wrap(caption, Math.floor(width / 32));
  const lineHeight = 56;
  const cardHeight = lines.length * lineHeight + 60;
  const cardTop = height - cardHeight - 60;
  const text = lines
    .map(
      (line, index) =>
        `<text x="${width / 2}" y="${cardTop + 70 + index * lineHeight}" text-anchor="middle" font-family="Noto Sans CJK SC, Noto Serif CJK SC, DejaVu Sans, sans-serif" font-size="40" font-weight="700" fill="${deep}">${escapeXml(line)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${deep}"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    ${[0, 1, 2, 3].map(shape).join('')}
    <rect x="40" y="${cardTop}" width="${width - 80}" height="${cardHeight}" rx="28" fill="${paper}" fill-opacity="0.92"/>
    ${text}
  </svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 0 }).toBuffer();
}
