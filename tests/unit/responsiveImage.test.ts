import { describe, expect, it } from 'vitest'

import { responsiveImage } from '../../src/frontend/responsiveImage'

const poster = {
  alt: 'Poster',
  height: 1500,
  mimeType: 'image/png',
  sizes: {
    card: { height: 960, url: '/api/media/file/p-768x960.webp', width: 768 },
    large: { height: null, url: null, width: null },
    thumbnail: { height: 400, url: '/api/media/file/p-320x400.webp', width: 320 },
  },
  url: '/api/media/file/p.png',
  width: 1200,
}

describe('responsiveImage', () => {
  it("offers every size sharp made and the original, by width, with the original's dimensions", () => {
    expect(responsiveImage(poster)).toEqual({
      alt: 'Poster',
      height: 1500,
      src: '/api/media/file/p-768x960.webp',
      srcSet: '/api/media/file/p-320x400.webp 320w, /api/media/file/p-768x960.webp 768w, /api/media/file/p.png 1200w',
      width: 1200,
    })
  })

  it('falls back to the largest file when none is as wide as asked', () => {
    expect(responsiveImage(poster, 2000)?.src).toBe('/api/media/file/p.png')
  })

  it('an image smaller than every size is its own only candidate', () => {
    const small = { ...poster, height: 200, sizes: {}, width: 160 }
    expect(responsiveImage(small)).toMatchObject({ src: '/api/media/file/p.png', srcSet: '/api/media/file/p.png 160w' })
  })

  it('is null for an id, a PDF or an image without dimensions', () => {
    expect(responsiveImage('64f0c0ffee')).toBeNull()
    expect(responsiveImage({ ...poster, mimeType: 'application/pdf' })).toBeNull()
    expect(responsiveImage({ ...poster, width: null })).toBeNull()
  })
})
