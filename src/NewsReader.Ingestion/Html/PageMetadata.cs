using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsReader.Ingestion.Html;

/// <summary>What the page says about itself: schema.org JSON-LD, Open Graph, <c>article:*</c> and plain meta tags.</summary>
internal sealed partial record PageMetadata(
    string? Title,
    string? StructuredHeadline,
    string? OpenGraphTitle,
    string? Byline,
    string? SiteName,
    string? Language,
    string? CanonicalUrl,
    DateOnly? PublishedOn,
    bool DeclaresArticle,
    bool DeclaresCollection)
{
    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Titles the page gives for itself, best first, used to recognise the article's own heading.</summary>
    public IEnumerable<string> TitleHints()
    {
        foreach (var title in new[] { StructuredHeadline, OpenGraphTitle, Title })
        {
            if (!string.IsNullOrWhiteSpace(title))
            {
                yield return title;
            }
        }
    }

    public static PageMetadata Read(PageDocument page, PageElements elements)
    {
        var document = page.Document;
        var meta = ReadMetaTags(elements);
        var structured = ReadStructuredData(page, elements);

        var title = elements.First(PageElements.HeadTitle) is { } titleElement ? HtmlText.Of(titleElement) : null;
        var ogTitle = First(meta, "og:title", "twitter:title", "dc.title", "dcterm:title");

        var byline = structured.Byline
            ?? First(meta, "dc.creator", "dcterm:creator", "author", "parsely-author", "byl", "sailthru.author", "article:author");

        var siteName = structured.SiteName ?? First(meta, "og:site_name", "application-name", "al:android:app_name");

        var canonical = elements.First(PageElements.CanonicalLink)?.GetAttribute("href");
        canonical = AbsoluteUrl(canonical) ?? AbsoluteUrl(First(meta, "og:url", "twitter:url")) ?? structured.Url;

        var language = Clean(document.DocumentElement.GetAttribute("lang"))
            ?? Clean(document.DocumentElement.GetAttribute("xml:lang"))
            ?? First(meta, "content-language", "dc.language", "language")
            ?? structured.Language
            ?? LocaleToLanguage(First(meta, "og:locale"));

        var published = ParseDate(structured.Published)
            ?? ParseDate(First(meta, "article:published_time", "og:article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate", "publishdate", "ptime", "sailthru.date", "parsely-pub-date"))
            ?? ParseDate(elements.First(PageElements.TimeWithDatetime)?.GetAttribute("datetime"));

        // Structured data outranks og:type, which some sites set to "article" on every page, fronts included.
        var declaresArticle = structured.IsArticle
            || (!structured.IsCollection && string.Equals(First(meta, "og:type"), "article", StringComparison.OrdinalIgnoreCase))
            || (!structured.IsCollection && First(meta, "article:published_time") is not null);

        return new PageMetadata(title, structured.Headline, ogTitle, byline, siteName, language, canonical, published, declaresArticle, structured.IsCollection);
    }

    private static Dictionary<string, string> ReadMetaTags(PageElements elements)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in elements.All(PageElements.MetaWithContent))
        {
            var content = Clean(element.GetAttribute("content"));
            if (content is null)
            {
                continue;
            }

            foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                var names = element.GetAttribute(attribute);
                if (string.IsNullOrWhiteSpace(names))
                {
                    continue;
                }

                // A meta tag may name several properties at once ("og:title twitter:title").
                foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    values.TryAdd(name, content);
                }
            }
        }

        return values;
    }

    private static string? First(Dictionary<string, string> meta, params string[] names)
    {
        foreach (var name in names)
        {
            if (meta.TryGetValue(name, out var value) && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }

            if (meta.TryGetValue(name, out value) && name.EndsWith("url", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static StructuredData ReadStructuredData(PageDocument page, PageElements elements)
    {
        var result = new StructuredData();
        foreach (var script in elements.All(PageElements.JsonLdScripts))
        {
            var json = page.ScriptText(script);
            if (string.IsNullOrWhiteSpace(json) || json.Length > 2_000_000)
            {
                continue;
            }

            try
            {
                using var parsed = JsonDocument.Parse(StripCData(json), JsonOptions);
                Visit(parsed.RootElement, result, 0);
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is its own problem; the document still has the article.
            }

            if (result.IsArticle)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Some pages wrap their JSON-LD in <c>&lt;![CDATA[ ... ]]&gt;</c> (or a commented one), which is not JSON.</summary>
    private static string StripCData(string json)
    {
        var text = json.Trim();
        var start = text.IndexOf("<![CDATA[", StringComparison.Ordinal);
        if (start >= 0 && start < 8)
        {
            text = text[(start + "<![CDATA[".Length)..];
            var end = text.LastIndexOf("]]>", StringComparison.Ordinal);
            if (end >= 0)
            {
                text = text[..end].TrimEnd().TrimEnd('/');
            }
        }

        return text.Trim().TrimEnd(';');
    }

    private static void Visit(JsonElement element, StructuredData result, int depth)
    {
        if (depth > 8 || result.IsArticle)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, result, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, result, depth + 1);
        }

        if (!IsArticleType(element))
        {
            if (HasType(element, "CollectionPage") || HasType(element, "ItemList") || HasType(element, "SearchResultsPage"))
            {
                result.IsCollection = true;
            }

            if (result.SiteName is null && HasType(element, "WebSite") && StringOf(element, "name") is { } webSiteName)
            {
                result.SiteName = webSiteName;
            }

            return;
        }

        result.IsArticle = true;
        result.Headline = StringOf(element, "headline") ?? StringOf(element, "name");
        result.Byline = AuthorNames(element);
        result.Published = StringOf(element, "datePublished") ?? StringOf(element, "dateCreated");
        result.Language = StringOf(element, "inLanguage") ?? result.Language;
        result.Url = AbsoluteUrl(StringOf(element, "url")) ?? MainEntityUrl(element);
        if (element.TryGetProperty("publisher", out var publisher) && StringOf(publisher, "name") is { } publisherName)
        {
            result.SiteName = publisherName;
        }
    }

    private static bool IsArticleType(JsonElement element) => Types(element).Any(type =>
        type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "LiveBlogPosting" or "Report");

    private static bool HasType(JsonElement element, string wanted) => Types(element).Contains(wanted, StringComparer.Ordinal);

    private static IEnumerable<string> Types(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            yield return StripVocabulary(type.GetString()!);
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    yield return StripVocabulary(item.GetString()!);
                }
            }
        }
    }

    private static string StripVocabulary(string type)
    {
        var slash = type.LastIndexOfAny(['/', ':']);
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    private static string? AuthorNames(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author) && !article.TryGetProperty("creator", out author))
        {
            return null;
        }

        var names = new List<string>();
        void Add(JsonElement value)
        {
            var name = value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : StringOf(value, "name");
            if (name is not null && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !LooksLikeHandle(name))
            {
                names.Add(name);
            }
        }

        if (author.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in author.EnumerateArray())
            {
                Add(item);
            }
        }
        else
        {
            Add(author);
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>A user handle ("CC7567") rather than a person's name.</summary>
    private static bool LooksLikeHandle(string name) => !name.Contains(' ', StringComparison.Ordinal) && name.Any(char.IsDigit);

    private static string? MainEntityUrl(JsonElement article)
    {
        if (!article.TryGetProperty("mainEntityOfPage", out var main))
        {
            return null;
        }

        return main.ValueKind == JsonValueKind.String ? AbsoluteUrl(main.GetString()) : AbsoluteUrl(StringOf(main, "@id") ?? StringOf(main, "url"));
    }

    private static string? StringOf(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(System.Net.WebUtility.HtmlDecode(value.GetString())),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => Clean(value[0].GetString()),
            _ => null,
        };
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var collapsed = HtmlText.Collapse(value);
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static string? AbsoluteUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.ToString()
            : null;

    private static string? LocaleToLanguage(string? locale) => locale?.Replace('_', '-');

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var match = IsoDate().Match(value);
        return match.Success && DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IsoDate();

    private sealed class StructuredData
    {
        public bool IsArticle { get; set; }

        public bool IsCollection { get; set; }

        public string? Headline { get; set; }

        public string? Byline { get; set; }

        public string? SiteName { get; set; }

        public string? Published { get; set; }

        public string? Language { get; set; }

        public string? Url { get; set; }
    }
}
