// The two astronomical moments the lunisolar feasts need: the new moon and the December solstice, by Jean Meeus,
// "Astronomical Algorithms" (2nd ed.): ch. 49 (phases of the Moon, within a minute or so for 1900-2100) and ch. 27
// (equinoxes and solstices, within a minute). Results are Julian Ephemeris Days; `toUniversal` turns them into
// Universal Time with an approximation of ΔT (Espenak & Meeus polynomials), which is off by seconds here.

const RAD = Math.PI / 180;
const sin = (deg: number): number => Math.sin(deg * RAD);
const cos = (deg: number): number => Math.cos(deg * RAD);

/** The JDE of the new moon with lunation number `k` (k = 0 is the new moon of 6 January 2000). */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  const correction =
    -0.4072 * sin(mp) +
    0.17241 * e * sin(m) +
    0.01608 * sin(2 * mp) +
    0.01039 * sin(2 * f) +
    0.00739 * e * sin(mp - m) -
    0.00514 * e * sin(mp + m) +
    0.00208 * e * e * sin(2 * m) -
    0.00111 * sin(mp - 2 * f) -
    0.00057 * sin(mp + 2 * f) +
    0.00056 * e * sin(2 * mp + m) -
    0.00042 * sin(3 * mp) +
    0.00042 * e * sin(m + 2 * f) +
    0.00038 * e * sin(m - 2 * f) -
    0.00024 * e * sin(2 * mp - m) -
    0.00017 * sin(om) -
    0.00007 * sin(mp + 2 * m) +
    0.00004 * sin(2 * mp - 2 * f) +
    0.00004 * sin(3 * m) +
    0.00003 * sin(mp + m - 2 * f) +
    0.00003 * sin(2 * mp + 2 * f) -
    0.00003 * sin(mp + m + 2 * f) +
    0.00003 * sin(mp - m + 2 * f) -
    0.00002 * sin(mp - m - 2 * f) -
    0.00002 * sin(3 * mp + m) +
    0.00002 * sin(4 * mp);
  const planetary: ReadonlyArray<readonly [number, number]> = [
    [0.000325, 299.77 + 0.107408 * k - 0.009173 * t2],
    [0.000165, 251.88 + 0.016321 * k],
    [0.000164, 251.83 + 26.651886 * k],
    [0.000126, 349.42 + 36.412478 * k],
    [0.00011, 84.66 + 18.206239 * k],
    [0.000062, 141.74 + 53.303771 * k],
    [0.00006, 207.14 + 2.453732 * k],
    [0.000056, 154.84 + 7.30686 * k],
    [0.000047, 34.52 + 27.261239 * k],
    [0.000042, 207.19 + 0.121824 * k],
    [0.00004, 291.34 + 1.844379 * k],
    [0.000037, 161.72 + 24.198154 * k],
    [0.000035, 239.56 + 25.513099 * k],
    [0.000023, 331.55 + 3.592518 * k],
  ];
  let extra = 0;
  for (const [a, arg] of planetary) extra += a * sin(arg);
  return jde + correction + extra;
}

/** The lunation number of the first new moon at or after Julian Day `jd` (Universal Time). */
export function lunationOnOrAfter(jd: number): number {
  let k = Math.floor((jd - 2451550.09766) / 29.530588861) - 1;
  while (toUniversal(newMoonJde(k)) < jd) k++;
  return k;
}

/** Meeus table 27.C: the periodic terms of the solstices and equinoxes (amplitude, phase, rate in degrees). */
const SOLSTICE_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [485, 324.96, 1934.136], [203, 337.23, 32964.467], [199, 342.08, 20.186], [182, 27.85, 445267.112],
  [156, 73.14, 45036.886], [136, 171.52, 22518.443], [77, 222.54, 65928.934], [74, 296.72, 3034.906],
  [70, 243.58, 9037.513], [58, 119.81, 33718.147], [52, 297.17, 150.678], [50, 21.02, 2281.226],
  [45, 247.54, 29929.562], [44, 325.15, 31555.956], [29, 60.93, 4443.417], [18, 155.12, 67555.328],
  [17, 288.79, 4562.452], [16, 198.04, 62894.029], [14, 199.76, 31436.921], [12, 95.39, 14577.848],
  [12, 287.11, 31931.756], [12, 320.81, 34777.259], [9, 227.73, 1222.114], [8, 15.45, 16859.074],
];

/** The JDE of the December solstice of Gregorian year `y` (Meeus tables 27.B and 27.C, years 1000-3000). */
export function decemberSolsticeJde(y: number): number {
  const Y = (y - 2000) / 1000;
  const jde0 = 2451900.05952 + 365242.74049 * Y - 0.06223 * Y * Y - 0.00823 * Y ** 3 + 0.00032 * Y ** 4;
  const t = (jde0 - 2451545) / 36525;
  const w = 35999.373 * t - 2.47;
  const dl = 1 + 0.0334 * cos(w) + 0.0007 * cos(2 * w);
  let s = 0;
  for (const [a, b, c] of SOLSTICE_TERMS) s += a * cos(b + c * t);
  return jde0 + (0.00001 * s) / dl;
}

/** ΔT (TT − UT) in seconds near year `y` (Espenak & Meeus, NASA eclipse web site, 1900-2150). */
export function deltaT(y: number): number {
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - y);
}

/** A JDE in Universal Time (as a Julian Day). */
export function toUniversal(jde: number): number {
  const year = 2000 + (jde - 2451545) / 365.25;
  return jde - deltaT(year) / 86400;
}
