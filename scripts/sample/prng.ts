/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the sample
 * needs. Everything in scripts/sample/ draws from one Rng so that the same seed
 * always gives the same bytes (Math.random is never used).
 */

/** mulberry32: 32-bit state, good enough spread for made-up data, tiny and fast. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /**
   * A reusable weighted draw over fixed weights: cumulative sums once, then a
   * binary search per draw (the same index weightedIndex would give).
   */
  sampler(weights: readonly number[]): () => number {
    const cumulative: number[] = [];
    let total = 0;
    for (const w of weights) cumulative.push((total += w));
    return () => {
      const r = this.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (r < cumulative[mid]) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
  }

  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    return items[this.weightedIndex(weights)];
  }

  /** k distinct items, each draw proportional to weight among those left. */
  sampleWeighted<T>(
    items: readonly T[],
    weights: readonly number[],
    k: number,
  ): T[] {
    const left = items.map((item, i) => ({item, w: weights[i]}));
    const out: T[] = [];
    while (out.length < k && left.length > 0) {
      const i = this.weightedIndex(left.map(l => l.w));
      out.push(left[i].item);
      left.splice(i, 1);
    }
    return out;
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}
