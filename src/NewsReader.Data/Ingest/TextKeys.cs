using System.Globalization;
using System.Text;

namespace NewsReader.Data.Ingest;

/// <summary>Folds titles for matching and for URLs.</summary>
public static class TextKeys
{
    private const int MaxSlugLength = 80;

    /// <summary>
    /// The matching key of a headline or teaser title: letters and digits only, lower case, accents
    /// removed, so case, quote style, dash style, punctuation and spacing do not matter.
    /// </summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A URL segment: the key's letters and digits with a hyphen for each run of anything else,
    /// cut at a word boundary. Removing the hyphens gives a prefix of <see cref="Key"/>.
    /// </summary>
    public static string Slug(string text, string fallback)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, MaxSlugLength + 1));
        var pendingHyphen = false;
        foreach (var c in Fold(text))
        {
            if (!char.IsLetterOrDigit(c))
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                if (builder.Length >= MaxSlugLength)
                {
                    break;
                }

                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(c);
        }

        var slug = builder.ToString();
        if (slug.Length > MaxSlugLength)
        {
            // One word longer than the limit: cut inside it rather than end with a hyphen.
            slug = slug[..MaxSlugLength].TrimEnd('-');
        }

        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary>Title case for names that arrive in capitals (<c>MOSCOW</c> becomes <c>Moscow</c>).</summary>
    public static string DisplayName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var hasLower = trimmed.Any(char.IsLower);
        return hasLower ? trimmed : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(trimmed.ToLowerInvariant());
    }

    // Accents come off Latin letters only (é is e); marks that are part of other scripts' letters
    // (the Japanese voicing mark in で) stay, recomposed.
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var previousBase = '\0';
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (previousBase <= '\u024F')
                {
                    continue;
                }
            }
            else
            {
                previousBase = c;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
