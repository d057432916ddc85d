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
