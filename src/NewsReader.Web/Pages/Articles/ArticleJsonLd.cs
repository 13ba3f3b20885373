using System.Text.Json;
using NewsReader.Web.Infrastructure;

namespace NewsReader.Web.Pages.Articles;

/// <summary>schema.org NewsArticle data for search engines.</summary>
internal static class ArticleJsonLd
{
    // The default encoder escapes <, >, & and quotes as \uXXXX, so text such as "</script>" cannot end the block.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Serialize(ArticleView article, string? dateline, string baseUrl, string siteName)
    {
        var url = $"{baseUrl}/articles/{article.Slug}";
        var published = Display.IsoDate(Display.Day(article.PublishedOn, article.SortDateUtc));
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Headline,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = published,
            ["dateModified"] = article.LastIngestedUtc > article.SortDateUtc ? article.LastIngestedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) : published,
            ["dateline"] = dateline,
            ["articleSection"] = article.Topics.Count > 0 ? article.Topics[0].Text : null,
            ["keywords"] = article.Topics.Select(t => t.Text).ToList(),
            ["wordCount"] = article.Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length),
            ["publisher"] = new Dictionary<string, object?>
            {
                ["@type"] = "Organization",
                ["name"] = article.SiteName ?? siteName,
            },
            ["image"] = article.Photos.Select(p => new Dictionary<string, object?>
            {
                ["@type"] = "ImageObject",
                ["url"] = p.ImageFileName is null ? $"{url}/photos/{p.Position}" : $"{baseUrl}/media/{Uri.EscapeDataString(p.ImageFileName)}",
                ["caption"] = p.Caption,
                ["creditText"] = p.Credit,
                ["creator"] = p.PhotographerName is null ? null : new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = p.PhotographerName },
            }.Where(kv => kv.Value is not null).ToDictionary()).ToList(),
        };
        if (article.Byline is { } byline)
        {
            data["author"] = new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? byline[3..] : byline };
        }

        return JsonSerializer.Serialize(data.Where(kv => kv.Value is not null).ToDictionary(), Options);
    }
}
