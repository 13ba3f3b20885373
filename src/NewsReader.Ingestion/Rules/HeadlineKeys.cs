using System.Text;

namespace NewsReader.Ingestion.Rules;

/// <summary>Folds headlines and captions to a key that ignores case, punctuation, quote styles and spacing.</summary>
internal static class HeadlineKeys
{
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
