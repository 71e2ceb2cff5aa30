// Draws the extension icon, images/icon.png (128x128): a white shield with a check mark on a
// dark blue rounded square. Node and zlib only; run with `node client/scripts/makeIcon.js`.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Buffer } = require('buffer');

const SIZE = 128;
const SAMPLES = 4; // per axis, for smooth edges
const TOP_COLOUR = [0x1f, 0x4e, 0x79];
const BOTTOM_COLOUR = [0x12, 0x33, 0x52];
const SHIELD_COLOUR = [0xf4, 0xf7, 0xfb];
const CHECK = [
  [47, 66],
  [59, 79],
  [82, 51],
];

function insideRoundedSquare(x, y) {
  const radius = 24;
  const dx = Math.max(radius - x, x - (SIZE - radius), 0);
  const dy = Math.max(radius - y, y - (SIZE - radius), 0);
  return dx * dx + dy * dy <= radius * radius;
}

/** Half the shield's width at height y: straight sides, then a curve down to the point. */
function shieldHalfWidth(y) {
  const top = 22;
  const shoulder = 64;
  const tip = 110;
  if (y < top || y > tip) return -1;
  if (y <= shoulder) return 34 - 4 * Math.pow((shoulder - y) / (shoulder - top), 3);
  return 34 * (1 - Math.pow((y - shoulder) / (tip - shoulder), 1.7));
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const length2 = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length2));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function onCheckMark(x, y) {
  return (
    Math.min(
      distanceToSegment(x, y, CHECK[0], CHECK[1]),
      distanceToSegment(x, y, CHECK[1], CHECK[2]),
    ) <= 5
  );
}

/** The colour of one sample point, or null outside the icon. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  const background = TOP_COLOUR.map((top, i) => top + ((BOTTOM_COLOUR[i] - top) * y) / SIZE);
  const onShield = Math.abs(x - SIZE / 2) <= shieldHalfWidth(y);
  return onShield && !onCheckMark(x, y) ? SHIELD_COLOUR : background;
}

/** One pixel as RGBA, averaged over SAMPLES x SAMPLES points. */
function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const colour = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
      if (!colour) continue;
      colour.forEach((value, i) => (sum[i] += value));
      sum[3] += 255;
    }
  }
  const covered = sum[3] / 255;
  return covered === 0
    ? [0, 0, 0, 0]
    : [...sum.slice(0, 3).map((v) => Math.round(v / covered)), Math.round(sum[3] / SAMPLES ** 2)];
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter, no interlace
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = [0]; // filter type: none
    for (let x = 0; x < SIZE; x++) row.push(...pixel(x, y));
    rows.push(Buffer.from(row));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const target = path.join(__dirname, '..', '..', 'images', 'icon.png');
fs.writeFileSync(target, png());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
