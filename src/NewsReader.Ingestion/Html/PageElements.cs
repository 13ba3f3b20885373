using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsReader.Ingestion.Html;

/// <summary>
/// Every element of a page in document order, walked once, for the page-wide questions the finders ask
/// before the extractor takes the document apart. Each <c>document.QuerySelectorAll</c> walked the whole tree
/// and parsed its selector again; matching the same parsed selectors against this list gives the same
/// elements in the same order. Valid only while no element is added or removed.
/// </summary>
internal sealed class PageElements
{
    public static readonly ISelector MetaWithContent = Parse("meta[content]");
    public static readonly ISelector JsonLdScripts = Parse("script[type='application/ld+json' i]");
    public static readonly ISelector HeadTitle = Parse("head > title");
    public static readonly ISelector CanonicalLink = Parse("link[rel~='canonical' i][href]");
    public static readonly ISelector TimeWithDatetime = Parse("time[datetime]");
    public static readonly ISelector TopHeadings = Parse("h1");
    public static readonly ISelector HeadlineOrSubheading = Parse("[itemprop~='headline'], h2");
    public static readonly ISelector Figures = Parse("figure");
    public static readonly ISelector LinkedSubheadings = Parse("h2 a[href], h3 a[href]");
    public static readonly ISelector ListHeadings = Parse("h2, h3, h4, h5, header, [class*='title' i], [class*='heading' i], [class*='header' i]");

    private readonly List<IElement> _elements;

    private PageElements(List<IElement> elements)
    {
        _elements = elements;
    }

    public static PageElements Of(IHtmlDocument document)
    {
        var elements = new List<IElement>();
        if (document.DocumentElement is { } root)
        {
            elements.Add(root);
            elements.AddRange(HtmlText.Descendants(root));
        }

        return new PageElements(elements);
    }

    /// <summary>The elements the selector matches, in document order.</summary>
    public List<IElement> All(ISelector selector)
    {
        var matches = new List<IElement>();
        foreach (var element in _elements)
        {
            if (selector.Match(element, null))
            {
                matches.Add(element);
            }
        }

        return matches;
    }

    /// <summary>The first element the selector matches, or null.</summary>
    public IElement? First(ISelector selector)
    {
        foreach (var element in _elements)
        {
            if (selector.Match(element, null))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>Every element, in document order.</summary>
    public IReadOnlyList<IElement> Elements => _elements;

    private static ISelector Parse(string selector) =>
        new CssSelectorParser().ParseSelector(selector) ?? throw new InvalidOperationException($"invalid selector {selector}");
}
