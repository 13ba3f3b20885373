using AngleSharp.Html.Dom;
using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Html;

/// <summary>Reads a saved HTML article page into the same <see cref="ParsedArticle"/> the text parser produces.</summary>
public static class HtmlArticleParser
{
    /// <summary>Pages larger than this many characters are refused rather than parsed into an enormous DOM.</summary>
    public const int MaxCharacters = 16 * 1024 * 1024;

    /// <summary>Markup nested deeper than this is flattened to text: no real article needs it, and it costs stack and time.</summary>
    public const int MaxDepth = 256;

    /// <summary>Pages whose tags nest deeper than this are refused before parsing: building their DOM alone takes seconds.</summary>
    public const int MaxNesting = 1000;

    private const int MinimumArticleCharacters = 200;

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

        var nesting = MarkupDepth.Estimate(html);
        if (nesting > MaxNesting)
        {
            return ParseFailure.Because($"The page's markup nests about {nesting:N0} levels deep; pages nested deeper than {MaxNesting:N0} levels are not read.");
        }

        var diagnostics = new List<Diagnostic>();
        // Disposing the documents as soon as they are read keeps the parse's garbage collections short: an undisposed
        // document stays reachable, with all its nodes, until its browsing context is collected.
        using var page = Load(html, nesting, out var flattened);
        if (flattened > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, 0, $"Markup nested deeper than {MaxDepth} levels was flattened to text in {flattened} places."));
        }

        return Read(page, html, nesting, diagnostics);
    }

    private static PageDocument Load(string html, int nesting, out int flattened)
    {
        var page = PageDocument.Parse(html);

        // The estimate misses only the few elements the tree builder implies (html, body, tbody): a margin covers them.
        flattened = nesting + 16 < MaxDepth ? 0 : DeepMarkup.Flatten(page.Document, MaxDepth);
        return page;
    }

    private static ParseResult Read(PageDocument page, string html, int nesting, List<Diagnostic> diagnostics)
    {
        // Everything read from the page as a whole comes first: finding the body takes the document apart.
        var document = page.Document;
        var elements = PageElements.Of(document);
        var metadata = PageMetadata.Read(page, elements);
        var headline = HeadlineFinder.Find(elements, metadata);
        var photoCandidates = GalleryFinder.Find(elements);
        var related = RelatedListFinder.Find(elements);
        var stated = StatedReadingTime(document);
        var looksLikeFront = SectionFront.Matches(elements, metadata);

        PageDocument? fresh = null;
        List<string> paragraphs;
        IReadOnlyList<Photo> photos;
        string? bylineFromMarkup;
        try
        {
            var article = ContentExtractor.Extract(document, () => (fresh = Reload(html, nesting)).Document, out bylineFromMarkup);
            paragraphs = article is null ? [] : ArticleText.Paragraphs(article);
            photos = GalleryFinder.InArticle(photoCandidates, article);
        }
        finally
        {
            fresh?.Dispose();
        }

        var droppedFurniture = ParagraphFurniture.Remove(paragraphs, headline);
        if (droppedFurniture > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, 0, $"{droppedFurniture} byline lines and rights notices were left out of the body."));
        }

        var droppedCaptions = RemoveCaptionRepeats(paragraphs, photos);
        if (droppedCaptions > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, 0, $"{droppedCaptions} paragraphs repeating photo captions were left to the gallery."));
        }

        var bodyLength = paragraphs.Sum(paragraph => paragraph.Length);
        if (bodyLength < MinimumArticleCharacters)
        {
            return new ParseFailure("The page has no article text.", null, diagnostics);
        }

        if (headline is null)
        {
            return new ParseFailure("The page has no headline.", null, diagnostics);
        }

        if (looksLikeFront)
        {
            return new ParseFailure("The page is a section front listing many stories, not a single article.", null, diagnostics);
        }

        var (dateline, firstParagraph) = HtmlTextRules.SplitDateline(paragraphs[0]);
        paragraphs[0] = firstParagraph;

        var words = paragraphs.Sum(HtmlTextRules.CountWords);
        var result = new ParsedArticle(
            Headline: headline,
            Byline: HtmlTextRules.CleanByline(metadata.Byline ?? bylineFromMarkup),
            Dateline: dateline,
            ReadingTimeMinutes: stated ?? HtmlTextRules.EstimateReadingMinutes(words, photos.Count),
            ReadingTimeEstimated: stated is null,
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

    /// <summary>A fresh copy of the page, its photos marked again, for extraction attempts after the first.</summary>
    private static PageDocument Reload(string html, int nesting)
    {
        var page = Load(html, nesting, out _);
        GalleryFinder.Find(PageElements.Of(page.Document));
        return page;
    }

    /// <summary>A reading time the page states in a short element of its own (<c>2 min read</c>).</summary>
    private static int? StatedReadingTime(IHtmlDocument document)
    {
        if (document.Body is null)
        {
            return null;
        }

        foreach (var element in HtmlText.Descendants(document.Body))
        {
            if (!HtmlText.HasChildElement(element) && HtmlText.LengthOf(element) is > 4 and <= 40
                && HtmlTextRules.TryReadStatedReadingTime(HtmlText.Of(element), out var minutes))
            {
                return minutes;
            }
        }

        return null;
    }

    /// <summary>Slideshows often repeat the current slide's caption as text beside the images; it belongs to the photo.</summary>
    private static int RemoveCaptionRepeats(List<string> paragraphs, IReadOnlyList<Photo> photos)
    {
        if (photos.Count == 0)
        {
            return 0;
        }

        var captions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var photo in photos)
        {
            captions.Add(HeadlineKeys.Fold(photo.Caption));
            captions.Add(HeadlineKeys.Fold(photo.Caption + photo.Credit));
        }

        return paragraphs.RemoveAll(paragraph => paragraph.Length > 40 && captions.Contains(HeadlineKeys.Fold(paragraph)));
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
