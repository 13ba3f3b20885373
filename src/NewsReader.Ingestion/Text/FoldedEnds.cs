namespace NewsReader.Ingestion.Text;

/// <summary>
/// The first and last characters of a line's folded key (<see cref="Rules.HeadlineKeys"/>: letters and digits,
/// lower-cased), read from the line's two ends without folding the rest. Two lines with equal keys have equal ends,
/// so comparing ends first spares hashing or folding every line of a page to find the few that repeat a given one.
/// </summary>
internal static class FoldedEnds
{
    /// <summary>No letter or digit in the text.</summary>
    public const int None = -1;

    public static int Of(ReadOnlySpan<char> text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsKeyChar(text[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return None;
        }

        var last = first;
        for (var i = text.Length - 1; i > first; i--)
        {
            if (IsKeyChar(text[i]))
            {
                last = i;
                break;
            }
        }

        return (Lower(text[first]) << 16) | Lower(text[last]);
    }

    /// <summary>The ends of an already folded key.</summary>
    public static int OfKey(string key) => key.Length == 0 ? None : (key[0] << 16) | key[^1];

    // The same test and case folding as HeadlineKeys, so the ends agree with the keys.
    private static bool IsKeyChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    private static char Lower(char c) => char.IsAscii(c) ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
}
