/**
 * next/font/local outside Next (unit tests import page modules): the loader is
 * a compile-time transform of Next's, with no runtime to call. Like Next's own
 * Jest setup, the tests get the class and variable names a page would carry.
 */
export default function localFont({ variable }: { variable?: string }) {
  return { className: 'next-font', variable: variable ? 'next-font-variable' : '', style: {} };
}
