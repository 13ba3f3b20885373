using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsReader.Ingestion.Rules;

/// <summary>Counts words without allocating: runs of letters or digits.</summary>
internal static class WordCount
{
    /// <summary>The text's words, runs of letters or digits, in order: what <see cref="Of"/> counts.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

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

        // Every line of a dump is counted: sixteen characters at a time, a word starting at each letter or digit whose
        // left neighbour is neither. The ASCII lanes are tested together; the others (a paragraph's curly quotes and
        // dashes, a Czech page's accented letters) one by one.
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + 16 <= text.Length; i += 16)
            {
                var low = Vector128.LoadUnsafe(ref start, (nuint)i);
                var high = Vector128.LoadUnsafe(ref start, (nuint)(i + 8));
                var wide = WideLanes(low, high);
                var mask = AsciiWordMask(Vector128.Narrow(low, high)) & ~wide;
                words += BlockWords(WithWideLanes(text.Slice(i, 16), mask, wide, ref ideographs), ref inWord);
            }
        }

        foreach (var c in text[i..])
        {
            Count(c, ref words, ref ideographs, ref inWord);
        }

        return words + (ideographs / 2);
    }

    /// <summary>The lanes of a block of sixteen characters (loaded as two halves) that hold a character outside ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint WideLanes(Vector128<ushort> low, Vector128<ushort> high) =>
        Vector128.GreaterThan(low, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits()
        | (Vector128.GreaterThan(high, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits() << 8);

    /// <summary>
    /// The lanes of a block of sixteen characters, narrowed to bytes, that hold an ASCII letter or digit. Lanes that held
    /// a wider character hold its low byte and must be masked off.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AsciiWordMask(Vector128<byte> bytes) => AsciiDigitLanes(bytes) | AsciiLetterLanes(bytes);

    /// <summary>The lanes of a narrowed block that hold an ASCII digit (see <see cref="AsciiWordMask"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint AsciiDigitLanes(Vector128<byte> bytes) =>
        Vector128.LessThan(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)10)).ExtractMostSignificantBits();

    /// <summary>The lanes of a narrowed block that hold an ASCII letter (see <see cref="AsciiWordMask"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint AsciiLetterLanes(Vector128<byte> bytes) =>
        Vector128.LessThan((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)26)).ExtractMostSignificantBits();

    /// <summary>
    /// Adds a block's wide lanes to its word mask as <see cref="Count"/> reads them: letters and digits are word
    /// characters; ideographs are counted apart and end a word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint WithWideLanes(ReadOnlySpan<char> block, uint mask, uint wide, ref int ideographs)
    {
        for (; wide != 0; wide &= wide - 1)
        {
            var lane = BitOperations.TrailingZeroCount(wide);
            var c = block[lane];
            if (c is >= '\u3040' and <= '\u9fff')
            {
                ideographs++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                mask |= 1u << lane;
            }
        }

        return mask;
    }

    /// <summary>The words that start in a block whose word characters are the lanes set in <paramref name="mask"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BlockWords(uint mask, ref bool inWord)
    {
        var words = BitOperations.PopCount(mask & ~((mask << 1) | (inWord ? 1u : 0u)));
        inWord = (mask & 0x8000) != 0;
        return words;
    }

    /// <summary>Counts one character into a running <see cref="Weighted"/> count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Count(char c, ref int words, ref int ideographs, ref bool inWord)
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
