using AngleSharp.Dom;

namespace NewsReader.Ingestion.Html;

/// <summary>Finds the article's photos: <c>figure</c>/<c>figcaption</c> pairs and slideshow markup, each photo once.</summary>
internal static class GalleryFinder
{
    /// <summary>Set on gallery markup so that the body's paragraphs leave captions and counters to the photos.</summary>
    public const string MarkerAttribute = "data-newsreader-gallery";

    /// <summary>Set on each photo's element, so the photos can be matched to the extracted body (a copy of the page).</summary>
    private const string PhotoAttribute = "data-newsreader-photo";

    private const int MaxPhotos = 200;

    /// <summary>Every photo on the page that looks like part of a story, each marked so <see cref="InArticle"/> can place it.</summary>
    public static IReadOnlyList<PhotoCandidate> Find(PageElements elements)
    {
        var found = new List<(string? Source, string Caption, string? Credit, int? Count, IElement Element, bool InGallery)>();
        var seenSources = new HashSet<string>(StringComparer.Ordinal);
        var seenCaptions = new HashSet<string>(StringComparer.Ordinal);

        void Add(string? source, string caption, string? credit, int? count, IElement element, bool inGallery)
        {
            if (found.Count >= MaxPhotos || caption.Length == 0)
            {
                return;
            }

            if ((source is not null && !seenSources.Add(source)) || !seenCaptions.Add(caption))
            {
                return;
            }

            element.SetAttribute(PhotoAttribute, found.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            found.Add((source, caption, credit, count, element, inGallery));
        }

        foreach (var container in GalleryContainers(elements))
        {
            var images = container.QuerySelectorAll("img");
            if (images.Length == 0 || HoldsProse(container))
            {
                continue;
            }

            container.SetAttribute(MarkerAttribute, string.Empty);
            var count = StatedCount(container);
            foreach (var image in images)
            {
                var slide = SlideOf(image, container);
                var (caption, credit) = CaptionOf(slide, image);

                // Link tiles with a one-word label (a games or video carousel) are not photos of the story.
                if (image.Closest("a") is not null || !caption.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                Add(SourceOf(image), caption, credit, count, image, inGallery: true);
            }
        }

        foreach (var figure in elements.All(PageElements.Figures))
        {
            if (IsPageFurniture(figure) || figure.QuerySelector("img, picture, source") is not { } media)
            {
                continue;
            }

            var (caption, credit) = CaptionOf(figure, media as IElement);
            Add(SourceOf(media), caption, credit, null, figure, inGallery: false);
        }

        var candidates = new List<PhotoCandidate>(found.Count);
        foreach (var (source, text, creditFromMarkup, count, _, inGallery) in found)
        {
            var caption = HtmlTextRules.SplitCaption(text, creditFromMarkup);
            var photo = new Photo(candidates.Count + 1, count, null, caption.Caption, caption.Credit, caption.Photographer, caption.Agency, caption.TakenOn)
            {
                ImageSource = source,
            };
            candidates.Add(new PhotoCandidate(photo, inGallery));
        }

        return candidates;
    }

    /// <summary>
    /// The story's photos: slideshow photos wherever they sit, and figures inside the extracted body. Figures
    /// elsewhere on the page illustrate other stories.
    /// </summary>
    public static IReadOnlyList<Photo> InArticle(IReadOnlyList<PhotoCandidate> candidates, IElement? article)
    {
        var inBody = new HashSet<int>();
        if (article is not null)
        {
            foreach (var element in article.QuerySelectorAll("[" + PhotoAttribute + "]"))
            {
                if (int.TryParse(element.GetAttribute(PhotoAttribute), System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    inBody.Add(index);
                }
            }
        }

        var photos = new List<Photo>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].InGallery || inBody.Contains(i))
            {
                photos.Add(candidates[i].Photo with { Position = photos.Count + 1 });
            }
        }

        return photos;
    }

    private static List<IElement> GalleryContainers(PageElements elements)
    {
        const int MaxContainers = 50;
        var containers = new List<IElement>();
        // Every element of the page, in document order, as "[class], [id]" would give them: a gallery hint needs
        // a class or an id, and the plain test costs less than matching the selector on each element.
        foreach (var element in elements.Elements)
        {
            if (containers.Count >= MaxContainers)
            {
                break;
            }

            if ((HasGalleryHint(element.ClassName) || HasGalleryHint(element.Id)) && !IsPageFurniture(element)
                && !IsInsideAny(containers, element))
            {
                containers.Add(element);
            }
        }

        return containers;
    }

    // A loop rather than a lambda: a lambda capturing the element cost an allocation for every element of the page.
    private static bool IsInsideAny(List<IElement> containers, IElement element)
    {
        foreach (var outer in containers)
        {
            if (outer.Contains(element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The gallery size a counter near the gallery states (<c>1 / 5</c>), looking a few levels up for it.</summary>
    private static int? StatedCount(IElement container)
    {
        var scope = container;
        for (var level = 0; level < 8 && scope is not null && scope.LocalName != "body"; level++, scope = scope.ParentElement)
        {
            // Beyond the slideshow's own frame a counter would belong to something else.
            if (level > 0 && HtmlText.LengthOf(scope) > 6000)
            {
                break;
            }

            foreach (var element in HtmlText.Descendants(scope))
            {
                if (!HtmlText.HasChildElement(element) && HtmlText.LengthOf(element) is > 0 and <= 24
                    && HtmlTextRules.TryReadCounter(HtmlText.Of(element), out _, out var count))
                {
                    return count;
                }
            }
        }

        return null;
    }

    /// <summary>A "gallery" class on a block that also holds the story's paragraphs marks a layout, not a slideshow.</summary>
    private static bool HoldsProse(IElement container) =>
        container.QuerySelectorAll("p").Count(paragraph => HtmlText.LengthOf(paragraph) > 150) >= 3;

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
            if (!string.IsNullOrEmpty(value))
            {
                return SafeSource(value);
            }
        }

        var srcset = media.GetAttribute("srcset") ?? media.GetAttribute("data-srcset");
        if (!string.IsNullOrWhiteSpace(srcset))
        {
            return SafeSource(srcset.Trim().Split(' ', 2)[0].TrimEnd(','));
        }

        return null;
    }

    /// <summary>Only web and relative addresses pass: a <c>javascript:</c> or <c>data:</c> source never reaches our pages.</summary>
    private static string? SafeSource(string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && !value.StartsWith('/'))
        {
            return absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps ? value : null;
        }

        // A relative path (a saved page's "NAME_files/photo.jpg") or protocol-relative "//host/photo.jpg"; a colon before any slash is a scheme.
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return colon >= 0 && (slash < 0 || colon < slash) ? null : value;
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

    private static bool HasGalleryHint(string? name) =>
        name is { Length: > 0 and < 256 }
        && (name.Contains("gallery", StringComparison.OrdinalIgnoreCase) || name.Contains("slideshow", StringComparison.OrdinalIgnoreCase)
            || name.Contains("carousel", StringComparison.OrdinalIgnoreCase));
}

/// <summary>A photo found on the page, and whether it came from slideshow markup.</summary>
internal sealed record PhotoCandidate(Photo Photo, bool InGallery);
