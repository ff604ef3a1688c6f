import qrcode from 'qrcode-generator';
import { shanghaiDate } from '@ykb/common';
import { maskHolder } from './access.js';
import {
  faceElementText,
  faceElementValue,
  orderedFaceElements,
} from './catalogue.js';
import type { LicenceDocument, LicenceTypeDocument } from './model.js';

/**
 * Printable rendering of a licence: print-ready HTML with the face elements,
 * the seal details and a QR code whose URL opens the PWA's verification
 * page, carrying the signed statement for offline verification.
 */

/** Base URL of the PWA that verification QR codes point to, from YKB_PUBLIC_URL. */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.YKB_PUBLIC_URL ?? `http://127.0.0.1:${env.YKB_PWA_PORT ?? '5173'}`
  ).replace(/\/+$/, '');
}

/**
 * URL of the verification page for a licence. With a signature it carries
 * the compact statement fields and their seal signature, so the page can
 * verify offline; the holder's name is always the masked one.
 */
export function verificationUrl(licence: LicenceDocument): string {
  const params = new URLSearchParams({ id: licence.identifier });
  const signature = licence.signature;
  if (signature?.statementValue) {
    params.set('t', licence.typeCode);
    params.set('h', maskHolder(licence).holderName);
    params.set('a', licence.issuedAt.toISOString());
    params.set('u', licence.validUntil?.toISOString() ?? '');
    params.set('s', signature.sealId);
    params.set('w', signature.signedAt.toISOString());
    params.set('g', signature.statementValue);
  }
  return `${publicBaseUrl()}/verify?${params.toString()}`;
}

/** Encodes text as an SVG QR code with error-correction level M. */
export function qrSvg(text: string): string {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  return code.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Face elements with the licence's values in printed order. */
export function faceValues(
  licence: LicenceDocument,
  type: LicenceTypeDocument,
) {
  return orderedFaceElements(type).map((face) => ({
    key: face.key,
    label: face.label,
    labelEn: face.labelEn,
    value: faceElementText(faceElementValue(licence.data, face.key)),
  }));
}

/**
 * Renders a self-contained A4 HTML page. The licence passed in is already
 * masked for the viewer, so a masked view prints masked values.
 */
export function printHtml(
  licence: LicenceDocument,
  type: LicenceTypeDocument,
  issuerName: string,
): string {
  const layout = type.printLayout ?? {
    title: type.name,
    orientation: 'LANDSCAPE',
  };
  const rows = faceValues(licence, type)
    .map(
      (face) =>
        `<tr><th>${escapeHtml(face.label)}</th><td>${escapeHtml(face.value ?? '')}</td></tr>`,
    )
    .join('');
  const signature = licence.signature;
  const seal = signature
    ? `<p class="seal">${escapeHtml(signature.sealName)} · ${escapeHtml(signature.algorithm)} · 证书序列号 ${escapeHtml(signature.certificateSerial)} · 签章时间 ${escapeHtml(signature.signedAt.toISOString())}</p>`
    : '<p class="seal">待签章</p>';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(layout.title)} ${escapeHtml(licence.identifier)}</title>
<style>
@page { size: A4 ${layout.orientation === 'LANDSCAPE' ? 'landscape' : 'portrait'}; margin: 18mm; }
body { font-family: "Noto Serif CJK SC", "Songti SC", serif; color: #111; }
h1 { text-align: center; letter-spacing: 0.5em; font-size: 28pt; }
table { width: 100%; border-collapse: collapse; font-size: 13pt; }
th { width: 9em; text-align: left; vertical-align: top; padding: 4pt 8pt; }
td { padding: 4pt 8pt; border-bottom: 1px solid #999; }
.meta { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 16pt; }
.qr svg { width: 32mm; height: 32mm; }
.seal, .identifier { font-size: 10pt; }
</style></head>
<body>
<h1>${escapeHtml(layout.title)}</h1>
<p class="identifier">证照标识 ${escapeHtml(licence.identifier)}</p>
<table>
<tr><th>持证人</th><td>${escapeHtml(licence.holderName)}</td></tr>
<tr><th>证件号码</th><td>${escapeHtml(licence.holderIdNumber)}</td></tr>
${rows}
<tr><th>发证日期</th><td>${escapeHtml(shanghaiDate(licence.issuedAt))}</td></tr>
<tr><th>有效期至</th><td>${licence.validUntil ? escapeHtml(shanghaiDate(new Date(licence.validUntil.getTime() - 1))) : '长期'}</td></tr>
</table>
<div class="meta"><div><p>发证机关 ${escapeHtml(issuerName)}</p>${seal}</div>
<div class="qr">${qrSvg(verificationUrl(licence))}<p class="seal">扫码核验</p></div></div>
</body></html>
`;
}
