/**
 * The images a deck may hold: PNG, JPEG, GIF and WebP, recognised by their name and their first bytes (an SVG,
 * which can carry script, or a file that only claims to be a picture, is never stored). Pure.
 */
const IMAGE_TYPES: { type: string; extensions: RegExp; magic: (bytes: Uint8Array) => boolean }[] = [
  { type: "image/png", extensions: /\.png$/i, magic: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { type: "image/jpeg", extensions: /\.jpe?g$/i, magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", extensions: /\.gif$/i, magic: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
  { type: "image/webp", extensions: /\.webp$/i, magic: (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 },
];

export const NOT_AN_IMAGE = "a media file that is not a PNG, JPEG, GIF or WebP image";

/** The image's content type, or null when it is not one the app keeps. */
export function imageType(name: string, bytes: Uint8Array): string | null {
  return IMAGE_TYPES.find((type) => type.extensions.test(name) && type.magic(bytes))?.type ?? null;
}
