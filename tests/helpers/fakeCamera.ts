import type { Browser } from 'playwright-core'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import sharp from 'sharp'

import { CHROMIUM } from './browser'

const WIDTH = 640
const HEIGHT = 480

/**
 * A camera that films `image` (a PNG: say, a QR code screenshotted from a page) on a white
 * background, as chromium's fake capture device reads it: a Y4M file of I420 frames. Grey is
 * enough for a QR code, so the chroma planes are flat.
 */
export const cameraFilming = async (image: Buffer): Promise<string> => {
  const side = Math.min(WIDTH, HEIGHT) - 80
  const luma = await sharp({ create: { background: '#ffffff', channels: 3, height: HEIGHT, width: WIDTH } })
    .composite([{ input: await sharp(image).resize(side, side, { fit: 'contain', background: '#ffffff' }).png().toBuffer() }])
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const y = luma.info.channels === 1 ? luma.data : Buffer.from(luma.data.filter((_, index) => index % luma.info.channels === 0))
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma])
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ck-camera-')), 'camera.y4m')
  await fs.writeFile(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]))
  return file
}

/** Debian's chromium with that file as its only camera, permission granted without a prompt. */
export const launchChromiumWithCamera = (videoFile: string): Promise<Browser> =>
  chromium.launch({
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${videoFile}`,
    ],
    executablePath: CHROMIUM,
  })
