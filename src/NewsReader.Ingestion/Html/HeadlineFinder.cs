using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsReader.Ingestion.Html;

/// <summary>
/// The article's own headline: the page heading that agrees with what the page's metadata calls the
/// article, rather than the <c>&lt;title&gt;</c> with the site name appended or a logo wrapped in an h1.
/// </summary>
internal static partial class HeadlineFinder
{
    public static string? Find(PageElements elements, PageMetadata metadata)
    {
        var hints = metadata.TitleHints().Select(Words).Where(words => words.Count > 0).ToList();
        var headings = elements.All(PageElements.TopHeadings);
        var texts = headings.Select(HtmlText.Of).Where(text => text.Length > 0).Distinct(StringComparer.Ordinal).ToList();

        string? best = null;
        var bestScore = 0.0;
        foreach (var text in texts)
        {
            var words = Words(text);
            foreach (var hint in hints)
            {
                var score = Agreement(words, hint);
                if (score > bestScore)
                {
                    best = text;
                    bestScore = score;
                }
            }
        }

        if (best is not null && bestScore >= 0.5)
        {
            return best;
        }

        // A page with one real h1 of sentence length, whatever its metadata calls the story (a rewritten og:title).
        var sentenceHeadings = headings.Where(IsStoryHeading).Select(HtmlText.Of).Distinct(StringComparer.Ordinal).ToList();
        if (sentenceHeadings.Count == 1)
        {
            return sentenceHeadings[0];
        }

        // No h1 agrees with the metadata: headings marked as the headline, then the metadata itself.
        foreach (var element in elements.All(PageElements.HeadlineOrSubheading))
        {
            var text = HtmlText.Of(element);
            if (text.Length > 0 && hints.Any(hint => Agreement(Words(text), hint) >= 0.5))
            {
                return text;
            }
        }

        if (metadata.StructuredHeadline is { } structured)
        {
            return structured;
        }

        if (metadata.OpenGraphTitle is { } og)
        {
            return StripSiteName(og, metadata.SiteName);
        }

        if (texts.Count == 1)
        {
            return texts[0];
        }

        return metadata.Title is { } title ? StripSiteName(title, metadata.SiteName) : null;
    }

    private static bool IsStoryHeading(IElement heading)
    {
        if (heading.QuerySelector("img, svg") is not null || Words(HtmlText.Of(heading)).Count < 5)
        {
            return false;
        }

        for (var parent = heading.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "a" or "nav" or "footer" or "aside")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How much of the shorter word list appears in the longer one, 0 to 1.</summary>
    private static double Agreement(List<string> heading, List<string> hint)
    {
        if (heading.Count == 0 || hint.Count == 0)
        {
            return 0;
        }

        var hintSet = new HashSet<string>(hint, StringComparer.Ordinal);
        var shared = heading.Count(hintSet.Contains);

        // Penalise a short heading (a logo, a section name) matching a word or two of a long title.
        return (double)shared / Math.Max(heading.Count, hint.Count * 0.6);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            words.Add(match.Value);
        }

        // Scripts without spaces (Chinese, Japanese) count characters as words.
        if (words.Count <= 2 && text.Length > 6)
        {
            words = text.Where(char.IsLetterOrDigit).Select(c => c.ToString()).ToList();
        }

        return words;
    }

    /// <summary>Drops a trailing or leading site name: "Headline | Site", "Headline - Site", "Headline_Section_Site".</summary>
    public static string StripSiteName(string title, string? siteName)
    {
        var parts = TitleSeparator().Split(title);
        if (parts.Length == 1)
        {
            return title.Trim();
        }

        if (siteName is not null)
        {
            var kept = parts.Where(part => !part.Trim().Equals(siteName, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (kept.Length == 1)
            {
                return kept[0].Trim();
            }
        }

        return parts.OrderByDescending(part => part.Length).First().Trim();
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+[|\-–—»:_]\s+|_", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleSeparator();
}
