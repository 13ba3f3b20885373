using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Html;

/// <summary>
/// The text parser's rules (datelines, photo credits, bylines, caption dates, gallery counters, reading time,
/// related-list headings) applied to text taken from HTML, so both parsers read the same text the same way.
/// </summary>
internal static class HtmlTextRules
{
    /// <summary>Splits a leading dateline off the first paragraph, when it has one.</summary>
    public static (Dateline? Dateline, string Remainder) SplitDateline(string firstParagraph) =>
        Datelines.TryMatch(firstParagraph, out var dateline, out var rest) ? (dateline, rest) : (null, firstParagraph);

    /// <summary>Cleans a byline of glued dates and agency names, written <c>By Name</c> like the text parser's.</summary>
    public static string? CleanByline(string? byline) => byline is null ? null : Bylines.Clean(HtmlText.Collapse(byline));

    /// <summary>Splits a caption into its text and its credit; a credit the markup gave separately wins.</summary>
    public static PhotoCaption SplitCaption(string caption, string? creditFromMarkup)
    {
        var text = HtmlText.Collapse(caption);
        var takenOn = CaptionDates.Find(text);
        if (creditFromMarkup is { Length: > 0 })
        {
            var credit = WithoutHiddenLabel(HtmlText.Collapse(creditFromMarkup));
            var (photographer, agency) = PhotoCredits.ReadCredit(credit);
            var withoutCredit = PhotoCredits.Split(text);
            return new PhotoCaption(withoutCredit.Credit is null ? text : withoutCredit.Caption, credit, photographer, agency, takenOn);
        }

        var split = PhotoCredits.Split(text);
        return new PhotoCaption(split.Caption, split.Credit, split.Photographer, split.Agency, takenOn);
    }

    /// <summary>Credit elements often start with a visually hidden "Credit" label, glued on without a colon.</summary>
    private static string WithoutHiddenLabel(string credit) =>
        credit.StartsWith("Credit ", StringComparison.OrdinalIgnoreCase) ? credit["Credit ".Length..].TrimStart() : credit;

    /// <summary>Reads a gallery counter (<c>1 / 5</c>, <c>Image 1 of 8</c>).</summary>
    public static bool TryReadCounter(string text, out int index, out int count) => GalleryCounters.TryMatch(text.Trim(), out index, out count);

    /// <summary>Reads a stated reading time (<c>2 min read</c>).</summary>
    public static bool TryReadStatedReadingTime(string text, out int minutes) => ReadingTime.TryParseStated(text, out minutes);

    /// <summary>Reading time from word and photo counts, in whole minutes, at least one.</summary>
    public static int EstimateReadingMinutes(int words, int photos) => ReadingTime.Estimate(words, photos);

    /// <summary>Words in a paragraph, counted the way the text parser counts them.</summary>
    public static int CountWords(string text) => WordCount.Of(text);

    /// <summary>Whether a heading names a list of other stories, and the heading as written.</summary>
    public static bool TryReadRelatedHeading(string text, out string heading) => RelatedHeadings.TryMatch(text, out heading);
}

/// <summary>A caption taken apart: its text without the credit, and the credit's parts.</summary>
internal sealed record PhotoCaption(string Caption, string? Credit, string? Photographer, string? Agency, DateOnly? TakenOn);
