import QRCode from 'qrcode';

/**
 * A QR code of `url` as inline SVG, made at build time: no service is asked, and the printed
 * page leads back to the live one. Black on white, with the quiet zone scanners need.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
