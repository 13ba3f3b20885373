namespace NewsReader.Web.Pages.Articles;

internal static class Body
{
    private static readonly char[] DashesAndSpace = [' ', '—', '–', '-', '\u00A0'];

    public static (string? Dateline, IReadOnlyList<string> Paragraphs) SplitDateline(string? datelineText, IReadOnlyList<string> paragraphs)
    {
        if (string.IsNullOrWhiteSpace(datelineText))
        {
            return (null, paragraphs);
        }

        var label = datelineText.Trim().TrimEnd(DashesAndSpace);
        if (paragraphs.Count == 0 || !paragraphs[0].StartsWith(label, StringComparison.Ordinal))
        {
            return (label, paragraphs);
        }

        var rest = paragraphs[0][label.Length..].TrimStart(DashesAndSpace);
        IReadOnlyList<string> body = rest.Length == 0 ? [.. paragraphs.Skip(1)] : [rest, .. paragraphs.Skip(1)];
        return (label, body);
    }
}
