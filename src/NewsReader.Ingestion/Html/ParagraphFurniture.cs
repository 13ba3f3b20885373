using System.Text.RegularExpressions;
using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Html;

/// <summary>
/// Paragraphs the body extraction keeps that are the page around the story rather than the story: the headline
/// again (whole, or split over a kicker and a second line), the byline line, and rights notices. Leaving them out
/// keeps the body to the story's prose, which is also what the text parser reads from the same page's text dump.
/// </summary>
internal static partial class ParagraphFurniture
{
    private const int MaxBylineLength = 160;
    private const int MaxBylineNames = 8;
    private const int MaxStampWords = 8;

    // A headline broken over two elements often changes its punctuation (" -- " for " ... ").
    private const int HeadlineSlack = 10;

    /// <summary>
    /// Removes the paragraphs that repeat the headline or are the byline line from the start of the body, and
    /// byline lines and rights notices (<see cref="RightsNotices"/>) from anywhere in it.
    /// </summary>
    /// <returns>How many byline lines and rights notices were removed (headline repeats are not counted).</returns>
    public static int Remove(List<string> paragraphs, string? headline)
    {
        var headlineWords = headline is null ? null : new HashSet<string>(WordCount.Words(headline), StringComparer.OrdinalIgnoreCase);
        var lead = 0;
        var dropped = 0;
        while (lead < paragraphs.Count)
        {
            if (IsBylineLine(paragraphs[lead]))
            {
                dropped++;
            }
            else if (headlineWords is null || !IsHeadlinePart(paragraphs[lead], headline!, headlineWords))
            {
                break;
            }

            lead++;
        }

        paragraphs.RemoveRange(0, lead);
        return dropped + paragraphs.RemoveAll(paragraph => IsBylineLine(paragraph) || RightsNotices.IsNotice(paragraph));
    }

    /// <summary>
    /// True for a short paragraph all of whose words are the headline's: the headline itself, or a part of it
    /// set as a separate heading (a name over the rest of the headline).
    /// </summary>
    public static bool IsHeadlinePart(string paragraph, string headline, IReadOnlySet<string> headlineWords)
    {
        if (paragraph.Length > headline.Length + HeadlineSlack)
        {
            return false;
        }

        var any = false;
        foreach (var word in WordCount.Words(paragraph))
        {
            if (!headlineWords.Contains(word))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// True for a line that only says who wrote the story, perhaps after or before its time stamp:
    /// <c>By Jane Doe and John Roe</c>, <c>2/26/2015 7:11 AM PST BY TMZ STAFF</c>. A sentence that starts with "By"
    /// (<c>By the time police arrived…</c>) has words that are not names, and is not one.
    /// </summary>
    public static bool IsBylineLine(string paragraph)
    {
        if (paragraph.Length > MaxBylineLength || !paragraph.Contains("by", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var match = BylineLine().Match(paragraph);
        if (!match.Success)
        {
            return false;
        }

        var before = match.Groups["before"].Value;
        if (before.Length > 0 && (!PageFurniture.HasTimestamp(before) || WordCount.Of(before) > MaxStampWords))
        {
            return false;
        }

        // Clean takes off a glued time stamp and a trailing agency name, leaving "By " and the names.
        return Bylines.Clean("By " + match.Groups["names"].Value) is { } cleaned && PersonNames.AreNames(cleaned["By ".Length..], MaxBylineNames);
    }

    // "by" as a word, after at most a time stamp's worth of text; what follows is checked as names.
    [GeneratedRegex(@"^(?<before>.{0,80}?)(?<![\p{L}\p{N}])by\s+(?<names>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex BylineLine();
}
