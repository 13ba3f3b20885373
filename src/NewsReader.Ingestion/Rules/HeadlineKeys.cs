using System.Globalization;
using System.Text;

namespace NewsReader.Ingestion.Rules;

/// <summary>Folds headlines and captions to a key that ignores case, punctuation, quote styles and spacing.</summary>
internal static class HeadlineKeys
{
    /// <summary>A 64-bit FNV-1a hash of the folded text, for counting repeats without allocating.</summary>
    public static long Hash(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            // Every line of a page is hashed: ASCII, the common case, skips the Unicode tables.
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)) * 1099511628211UL;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ Lower(c)) * 1099511628211UL;
            }
        }

        return unchecked((long)hash);
    }

    /// <summary>Writes the folded text into <paramref name="destination"/> (at least as long as the text); returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                destination[length++] = Lower(c);
            }
        }

        return length;
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(Lower(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/> of a letter or digit. Outside ASCII that call goes to the
    /// globalization library for each character, even for letters without case (all of Chinese); only upper and
    /// title case letters have a lower case form (checked over every UTF-16 letter and digit), so the rest are
    /// returned as they are.
    /// </summary>
    private static char Lower(char c) =>
        char.IsAscii(c)
            ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)
            : char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter ? char.ToLowerInvariant(c) : c;
}
