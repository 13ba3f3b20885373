using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsReader.Ingestion.Html;

/// <summary>Reads a saved HTML article page into the same <see cref="ParsedArticle"/> the text parser produces.</summary>
public static class HtmlArticleParser
{
    /// <summary>Pages larger than this many characters are refused rather than parsed into an enormous DOM.</summary>
    public const int MaxCharacters = 16 * 1024 * 1024;

    /// <summary>Markup nested deeper than this is flattened to text: no real article needs it, and it costs stack and time.</summary>
    public const int MaxDepth = 256;

    private const int MinimumArticleCharacters = 200;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
    };

    /// <summary>Parses the text of an HTML page.</summary>
    /// <param name="html">The page's markup, already decoded to text (see <see cref="HtmlCharset"/> for bytes).</param>
    /// <returns>The article with diagnostics, or a failure saying why there is none.</returns>
    public static ParseResult Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (string.IsNullOrWhiteSpace(html))
        {
            return ParseFailure.Because("The page is empty.");
        }

        if (html.Length > MaxCharacters)
        {
            return ParseFailure.Because(
                $"The page is {html.Length / (1024 * 1024)} MB of text; pages over {MaxCharacters / (1024 * 1024)} MB are not read.");
        }

        if (LooksBinary(html))
        {
            return ParseFailure.Because("The file is binary data, not an HTML page.");
        }

        var diagnostics = new List<Diagnostic>();
        var document = new HtmlParser(ParserOptions).ParseDocument(html);
        var flattened = DeepMarkup.Flatten(document, MaxDepth);
        if (flattened > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, 0, $"Markup nested deeper than {MaxDepth} levels was flattened to text in {flattened} places."));
        }

        return Read(document, diagnostics);
    }

    private static ParseResult Read(IHtmlDocument document, List<Diagnostic> diagnostics)
    {
        var metadata = PageMetadata.Read(document);
        var headline = HeadlineFinder.Find(document, metadata);
        var photos = GalleryFinder.Find(document);
        var related = RelatedListFinder.Find(document);

        var article = ContentExtractor.Extract(document, out var bylineFromMarkup);
        var paragraphs = article is null ? [] : ArticleText.Paragraphs(article);
        RemoveHeadlineRepeat(paragraphs, headline);

        var bodyLength = paragraphs.Sum(paragraph => paragraph.Length);
        if (bodyLength < MinimumArticleCharacters)
        {
            return new ParseFailure("The page has no article text.", null, diagnostics);
        }

        if (headline is null)
        {
            return new ParseFailure("The page has no headline.", null, diagnostics);
        }

        if (SectionFront.Matches(document, metadata, paragraphs))
        {
            return new ParseFailure("The page is a section front listing many stories, not a single article.", null, diagnostics);
        }

        var (dateline, firstParagraph) = HtmlTextRules.SplitDateline(paragraphs[0]);
        paragraphs[0] = firstParagraph;

        var words = paragraphs.Sum(CountWords);
        var result = new ParsedArticle(
            Headline: headline,
            Byline: HtmlTextRules.CleanByline(metadata.Byline ?? bylineFromMarkup),
            Dateline: dateline,
            ReadingTimeMinutes: HtmlTextRules.EstimateReadingMinutes(words, photos.Count),
            ReadingTimeEstimated: true,
            PublishedOn: metadata.PublishedOn,
            Paragraphs: paragraphs,
            Photos: photos,
            RelatedLists: related,
            Diagnostics: diagnostics)
        {
            CanonicalUrl = metadata.CanonicalUrl,
            SiteName = metadata.SiteName,
            Language = metadata.Language,
        };
        return new ParseSuccess(result);
    }

    private static void RemoveHeadlineRepeat(List<string> paragraphs, string? headline)
    {
        if (headline is not null && paragraphs.Count > 0 && string.Equals(paragraphs[0], headline, StringComparison.OrdinalIgnoreCase))
        {
            paragraphs.RemoveAt(0);
        }
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    private static bool LooksBinary(string html)
    {
        var sample = html.AsSpan(0, Math.Min(html.Length, 4096));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0' || (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')))
            {
                control++;
            }
        }

        return control > sample.Length / 10;
    }
}
