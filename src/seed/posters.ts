import sharp from 'sharp'

/**
 * Demo posters drawn with sharp from shapes only: no network, and no fonts needed on the
 * machine. Each competition gets its own colours so they are told apart at a glance.
 */
export const drawPoster = async (colors: [string, string, string]): Promise<Buffer> => {
  const [from, to, accent] = colors
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1130" viewBox="0 0 800 1130">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="800" height="1130" fill="url(#g)"/>
  <circle cx="620" cy="220" r="160" fill="${accent}" fill-opacity="0.55"/>
  <circle cx="180" cy="880" r="240" fill="#ffffff" fill-opacity="0.12"/>
  <rect x="80" y="460" width="640" height="28" rx="14" fill="#ffffff" fill-opacity="0.85"/>
  <rect x="80" y="520" width="440" height="28" rx="14" fill="#ffffff" fill-opacity="0.6"/>
  <rect x="80" y="580" width="520" height="28" rx="14" fill="#ffffff" fill-opacity="0.4"/>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/**
 * A demo student card (KTM): a small PNG of coloured blocks where a photo and text would be,
 * different per member so the review screen shows distinct documents.
 */
export const drawStudentCard = async (hue: number): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300" viewBox="0 0 480 300">
  <rect width="480" height="300" rx="18" fill="hsl(${hue}, 55%, 92%)"/>
  <rect width="480" height="64" rx="18" fill="hsl(${hue}, 60%, 38%)"/>
  <rect x="24" y="88" width="120" height="160" rx="10" fill="hsl(${hue}, 25%, 70%)"/>
  <circle cx="84" cy="140" r="30" fill="#ffffff" fill-opacity="0.7"/>
  <rect x="168" y="100" width="260" height="18" rx="9" fill="hsl(${hue}, 30%, 45%)"/>
  <rect x="168" y="136" width="200" height="14" rx="7" fill="hsl(${hue}, 20%, 60%)"/>
  <rect x="168" y="166" width="230" height="14" rx="7" fill="hsl(${hue}, 20%, 60%)"/>
  <rect x="168" y="214" width="140" height="34" rx="6" fill="hsl(${hue}, 15%, 30%)" fill-opacity="0.8"/>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer()
}
