using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsReader.Ingestion.Rules;

/// <summary>Counts words without allocating: runs of letters or digits.</summary>
internal static class WordCount
{
    public static int Of(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                words++;
            }

            inWord = isWordChar;
        }

        return words;
    }

    /// <summary>
    /// Words for reading purposes: scripts written without spaces (Chinese, Japanese) count roughly a word
    /// per two characters, so a Chinese paragraph does not look like a one-word menu item.
    /// </summary>
    public static int Weighted(ReadOnlySpan<char> text)
    {
        var words = 0;
        var ideographs = 0;
        var inWord = false;
        var i = 0;

        // Every line of a dump is counted: sixteen ASCII characters at a time, a word starting at each letter or
        // digit whose left neighbour is neither. A block holding other characters (curly quotes in a paragraph) is
        // counted one character at a time.
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + 16 <= text.Length; i += 16)
            {
                var low = Vector128.LoadUnsafe(ref start, (nuint)i);
                var high = Vector128.LoadUnsafe(ref start, (nuint)(i + 8));
                if (((low | high) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
                {
                    foreach (var c in text.Slice(i, 16))
                    {
                        Count(c, ref words, ref ideographs, ref inWord);
                    }

                    continue;
                }

                words += AsciiBlockWords(Vector128.Narrow(low, high), 0xFFFF, ref inWord);
            }
        }

        foreach (var c in text[i..])
        {
            Count(c, ref words, ref ideographs, ref inWord);
        }

        return words + (ideographs / 2);
    }

    /// <summary>
    /// The words that start in a block of sixteen ASCII characters, counting only the lanes set in
    /// <paramref name="valid"/>: a word starts at each letter or digit whose left neighbour is neither.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int AsciiBlockWords(Vector128<byte> bytes, uint valid, ref bool inWord)
    {
        var digit = Vector128.LessThan(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)10));
        var letter = Vector128.LessThan((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)26));
        var mask = (digit | letter).ExtractMostSignificantBits() & valid;
        var words = BitOperations.PopCount(mask & ~((mask << 1) | (inWord ? 1u : 0u)));
        inWord = (mask & 0x8000) != 0;
        return words;
    }

    /// <summary>Counts one character into a running <see cref="Weighted"/> count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Count(char c, ref int words, ref int ideographs, ref bool inWord)
    {
        if (char.IsAscii(c))
        {
            var isAsciiWordChar = char.IsAsciiLetterOrDigit(c);
            words += isAsciiWordChar && !inWord ? 1 : 0;
            inWord = isAsciiWordChar;
            return;
        }

        if (c >= '\u3040' && c <= '\u9fff')
        {
            ideographs++;
            inWord = false;
            return;
        }

        var isWordChar = char.IsLetterOrDigit(c);
        words += isWordChar && !inWord ? 1 : 0;
        inWord = isWordChar;
    }
}
