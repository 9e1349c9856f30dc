import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The fonts the chart images (PNG) are drawn with, from npm packages (no
 * download at build time): Inter for Latin and Cyrillic, Noto Sans Bengali
 * for Bangla, in the weights the charts use. resvg falls back from the
 * default family to any loaded font that has a glyph; image-fonts.test.ts
 * checks that together they cover every character of every string the
 * images can draw, in every language.
 */
export const IMAGE_FONT_FAMILY = 'Inter';

export const imageFontFiles = [
  '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
  '@expo-google-fonts/noto-sans-bengali/400Regular/NotoSansBengali_400Regular.ttf',
  '@expo-google-fonts/noto-sans-bengali/600SemiBold/NotoSansBengali_600SemiBold.ttf',
  '@expo-google-fonts/noto-sans-bengali/700Bold/NotoSansBengali_700Bold.ttf',
].map((file) => require.resolve(file));
