using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsReader.Web.Infrastructure;

namespace NewsReader.Web.Pages.Articles;

/// <summary>schema.org NewsArticle data for search engines.</summary>
/// <remarks>
/// Written field by field rather than serialized from dictionaries: it runs on every uncached article render,
/// and serializing nested <c>Dictionary&lt;string, object?&gt;</c> costs a dictionary per photo and a
/// polymorphic converter lookup per value. The writer's default encoder escapes &lt;, &gt;, &amp; and quotes
/// as \uXXXX, so text such as "&lt;/script&gt;" cannot end the block.
/// </remarks>
internal static class ArticleJsonLd
{
    public static string Serialize(ArticleView article, string? dateline, string baseUrl, string siteName)
    {
        var url = $"{baseUrl}/articles/{article.Slug}";
        var published = Display.IsoDate(Display.Day(article.PublishedOn, article.SortDateUtc));
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", article.Headline);
            json.WriteString("url", url);
            json.WriteString("mainEntityOfPage", url);
            json.WriteString("datePublished", published);
            json.WriteString("dateModified", article.LastIngestedUtc > article.SortDateUtc
                ? article.LastIngestedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
                : published);
            WriteIfSet(json, "dateline", dateline);
            WriteIfSet(json, "articleSection", article.Topics.Count > 0 ? article.Topics[0].Text : null);
            json.WriteStartArray("keywords");
            foreach (var topic in article.Topics)
            {
                json.WriteStringValue(topic.Text);
            }

            json.WriteEndArray();
            json.WriteNumber("wordCount", article.Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", article.SiteName ?? siteName);
            json.WriteEndObject();
            json.WriteStartArray("image");
            foreach (var photo in article.Photos)
            {
                json.WriteStartObject();
                json.WriteString("@type", "ImageObject");
                json.WriteString("url", photo.ImageFileName is null ? $"{url}/photos/{photo.Position}" : $"{baseUrl}/media/{Uri.EscapeDataString(photo.ImageFileName)}");
                json.WriteString("caption", photo.Caption);
                WriteIfSet(json, "creditText", photo.Credit);
                if (photo.PhotographerName is { } photographer)
                {
                    WritePerson(json, "creator", photographer);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (article.Byline is { } byline)
            {
                WritePerson(json, "author", byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? byline[3..] : byline);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WritePerson(Utf8JsonWriter json, string name, string person)
    {
        json.WriteStartObject(name);
        json.WriteString("@type", "Person");
        json.WriteString("name", person);
        json.WriteEndObject();
    }
}
