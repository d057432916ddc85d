export const formatRupiah = (amount: number): string =>
  new Intl.NumberFormat('id-ID', { currency: 'IDR', maximumFractionDigits: 0, style: 'currency' }).format(amount)

export const formatDateTime = (value: null | string | undefined, lang: string): string =>
  value
    ? new Date(value).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Asia/Jakarta',
      }) + ' WIB'
    : '—'
