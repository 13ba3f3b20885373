using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsReader.Ingestion.Html;

/// <summary>Finds the article's photos: <c>figure</c>/<c>figcaption</c> pairs and slideshow markup, each photo once.</summary>
internal static partial class GalleryFinder
{
    private const int MaxPhotos = 200;

    public static IReadOnlyList<Photo> Find(IHtmlDocument document)
    {
        var found = new List<(string? Source, string Caption, string? Credit)>();
        var seenSources = new HashSet<string>(StringComparer.Ordinal);
        var seenCaptions = new HashSet<string>(StringComparer.Ordinal);

        void Add(string? source, string caption, string? credit)
        {
            if (found.Count >= MaxPhotos || caption.Length == 0)
            {
                return;
            }

            if ((source is not null && !seenSources.Add(source)) || !seenCaptions.Add(caption))
            {
                return;
            }

            found.Add((source, caption, credit));
        }

        foreach (var container in GalleryContainers(document))
        {
            foreach (var image in container.QuerySelectorAll("img"))
            {
                var slide = SlideOf(image, container);
                var (caption, credit) = CaptionOf(slide, image);
                Add(SourceOf(image), caption, credit);
            }
        }

        foreach (var figure in document.QuerySelectorAll("figure"))
        {
            if (IsPageFurniture(figure) || figure.QuerySelector("img, picture, source") is not { } media)
            {
                continue;
            }

            var (caption, credit) = CaptionOf(figure, media as IElement);
            Add(SourceOf(media), caption, credit);
        }

        var photos = new List<Photo>(found.Count);
        foreach (var (source, text, creditFromMarkup) in found)
        {
            var caption = HtmlTextRules.SplitCaption(text, creditFromMarkup);
            photos.Add(new Photo(photos.Count + 1, null, null, caption.Caption, caption.Credit, caption.Photographer, caption.Agency, caption.TakenOn)
            {
                ImageSource = source,
            });
        }

        return photos;
    }

    private static List<IElement> GalleryContainers(IHtmlDocument document)
    {
        var containers = new List<IElement>();
        foreach (var element in document.QuerySelectorAll("[class], [id]"))
        {
            var hint = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
            if (hint.Length < 256 && GalleryHint().IsMatch(hint) && !IsPageFurniture(element)
                && !containers.Any(outer => outer.Contains(element)))
            {
                containers.Add(element);
            }
        }

        return containers;
    }

    private static IElement SlideOf(IElement image, IElement container)
    {
        var slide = image;
        for (var parent = image.ParentElement; parent is not null && !ReferenceEquals(parent, container); parent = parent.ParentElement)
        {
            slide = parent;
            if (parent.LocalName is "li" or "figure")
            {
                break;
            }
        }

        return slide;
    }

    private static (string Caption, string? Credit) CaptionOf(IElement scope, IElement? image)
    {
        string? credit = null;
        var creditElement = scope.QuerySelector("[class*='credit' i], [class*='copyright' i], [itemprop='copyrightHolder'], [class*='photographer' i]");
        if (creditElement is not null)
        {
            credit = HtmlText.Of(creditElement);
        }

        var captionElement = scope.QuerySelector("figcaption, [class*='caption' i], [itemprop='caption'], [itemprop='description']");
        var caption = captionElement is null ? null : HtmlText.Of(captionElement);
        if (caption is not null && credit is { Length: > 0 } && caption.EndsWith(credit, StringComparison.Ordinal))
        {
            caption = caption[..^credit.Length].TrimEnd();
        }

        if (string.IsNullOrEmpty(caption))
        {
            caption = HtmlText.Collapse(image?.GetAttribute("alt") ?? string.Empty);
        }

        return (caption, string.IsNullOrEmpty(credit) ? null : credit);
    }

    private static string? SourceOf(IElement media)
    {
        foreach (var attribute in new[] { "data-src", "data-original", "data-lazy-src", "data-hi-res-src", "src" })
        {
            var value = media.GetAttribute(attribute)?.Trim();
            if (!string.IsNullOrEmpty(value) && !value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var srcset = media.GetAttribute("srcset") ?? media.GetAttribute("data-srcset");
        if (!string.IsNullOrWhiteSpace(srcset))
        {
            return srcset.Trim().Split(' ', 2)[0].TrimEnd(',');
        }

        return null;
    }

    private static bool IsPageFurniture(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "nav" or "footer" or "aside" or "a")
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"gallery|slideshow|carousel", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GalleryHint();
}
