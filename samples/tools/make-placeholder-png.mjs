// Writes a small solid-colour PNG, used as a stand-in for documentation photos the seeds show
// but that are not available as files. Usage: node make-placeholder-png.mjs out.png 320 200 4a7ab5
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const [output, widthText = '320', heightText = '200', colour = '8a9bb0'] = process.argv.slice(2);
const width = Number(widthText);
const height = Number(heightText);
const [red, green, blue] = [0, 2, 4].map((offset) => parseInt(colour.slice(offset, offset + 2), 16));

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});
const crc32 = (bytes) => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(width, 0);
header.writeUInt32BE(height, 4);
header.set([8, 2, 0, 0, 0], 8);
const rows = Buffer.alloc((width * 3 + 1) * height);
for (let y = 0; y < height; y++) {
  for (let x = 0; x < width; x++) {
    const offset = y * (width * 3 + 1) + 1 + x * 3;
    const frame = x < 6 || y < 6 || x >= width - 6 || y >= height - 6;
    rows[offset] = frame ? 255 : red;
    rows[offset + 1] = frame ? 255 : green;
    rows[offset + 2] = frame ? 255 : blue;
  }
}
const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
writeFileSync(output, Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]));
