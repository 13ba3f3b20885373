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
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
            }
        }

        return unchecked((long)hash);
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
