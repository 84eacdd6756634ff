using System.Runtime.CompilerServices;

namespace Extraction.Entities;

/// <summary>64-bit FNV-1a over chars, and a finalizer that spreads a feature's hash over the weight buckets.</summary>
internal static class FeatureHash
{
    public const ulong Seed = 0xCBF29CE484222325UL;

    private const ulong Prime = 0x100000001B3UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Combines a template id with up to two values and keeps the top <paramref name="bits"/> bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bucket(int bits, int template, ulong a, ulong b = 0)
    {
        ulong h = Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);
        h = Mix(h ^ (b * 0xC2B2AE3D27D4EB4FUL));
        return (int)(h >> (64 - bits));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        // The splitmix64 finalizer.
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
