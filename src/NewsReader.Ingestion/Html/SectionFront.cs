
namespace NewsReader.Ingestion.Html;

/// <summary>Recognises an index page (a section front) that lists many stories instead of telling one.</summary>
internal static class SectionFront
{
    public static bool Matches(PageElements elements, PageMetadata metadata)
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
        var linkedHeadings = elements.All(PageElements.LinkedSubheadings).Count;
        var hasOwnHeading = elements.All(PageElements.TopHeadings).Any(h1 => HtmlText.LengthOf(h1) > 15 && h1.QuerySelector("a[href]") is null);
        return !hasOwnHeading && linkedHeadings >= 10;
    }
}
