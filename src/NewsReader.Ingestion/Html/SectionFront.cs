using AngleSharp.Html.Dom;

namespace NewsReader.Ingestion.Html;

/// <summary>Recognises an index page (a section front) that lists many stories instead of telling one.</summary>
internal static class SectionFront
{
    public static bool Matches(IHtmlDocument document, PageMetadata metadata)
    {
        if (metadata.DeclaresArticle)
        {
            return false;
        }

        if (metadata.DeclaresCollection)
        {
            return true;
        }

        // A front has no heading of its own for a story, and many headlines that each link elsewhere.
        var linkedHeadings = document.QuerySelectorAll("h2 a[href], h3 a[href]").Length;
        var hasOwnHeading = document.QuerySelectorAll("h1").Any(h1 => HtmlText.LengthOf(h1) > 15 && h1.QuerySelector("a[href]") is null);
        return !hasOwnHeading && linkedHeadings >= 10;
    }
}
