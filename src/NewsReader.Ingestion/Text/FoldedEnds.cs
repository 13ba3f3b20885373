namespace NewsReader.Ingestion.Text;

/// <summary>
/// The first two and last two characters of a line's folded key (<see cref="Rules.HeadlineKeys"/>: letters and
/// digits, lower-cased), read from the line's two ends without folding the rest. Two lines with equal keys have equal
/// ends, so comparing ends first spares hashing or folding every line of a page to find the few that repeat a given
/// one. Two characters at each end, not one: a page's paragraphs mostly open with a few letters and close with a
/// full stop after a few others, and one character a side left a body's lines colliding in pairs.
/// </summary>
internal static class FoldedEnds
{
    /// <summary>No letter or digit in the text.</summary>
    public const long None = -1;

    // Stands for a key character a short key does not have. U+FFFF is no letter or digit, so no key holds it.
    private const char Missing = '\uFFFF';

    public static long Of(ReadOnlySpan<char> text)
    {
        var first = Next(text, 0);
        if (first < 0)
        {
            return None;
        }

        var second = Next(text, first + 1);
        var last = Previous(text, text.Length - 1);
        var beforeLast = Previous(text, last - 1);
        return Pack(
            Lower(text[first]),
            second < 0 ? Missing : Lower(text[second]),
            beforeLast < 0 ? Missing : Lower(text[beforeLast]),
            Lower(text[last]));
    }

    /// <summary>The ends of an already folded key.</summary>
    public static long OfKey(string key) => key.Length switch
    {
        0 => None,
        1 => Pack(key[0], Missing, Missing, key[0]),
        _ => Pack(key[0], key[1], key[^2], key[^1]),
    };

    private static long Pack(char first, char second, char beforeLast, char last) =>
        unchecked((long)(((ulong)first << 48) | ((ulong)second << 32) | ((ulong)beforeLast << 16) | last));

    private static int Next(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsKeyChar(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Previous(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            if (IsKeyChar(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // The same test and case folding as HeadlineKeys, so the ends agree with the keys.
    private static bool IsKeyChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    private static char Lower(char c) => char.IsAscii(c) ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
}
