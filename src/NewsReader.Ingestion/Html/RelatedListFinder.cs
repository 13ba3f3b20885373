using AngleSharp.Dom;
using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Html;

/// <summary>Finds lists of other stories ("Latest Stories", "Most Popular") by their heading and the links under it.</summary>
internal static class RelatedListFinder
{
    private const int MaxLists = 20;
    private const int MaxStories = 50;
    private const int MaxHeadingsTried = 200;
    private const int MaxSiblingsScanned = 20;

    public static IReadOnlyList<RelatedList> Find(PageElements elements)
    {
        var lists = new List<RelatedList>();
        var used = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        var tried = 0;
        foreach (var heading in elements.All(PageElements.ListHeadings))
        {
            if (lists.Count >= MaxLists || heading.ChildElementCount > 3)
            {
                continue;
            }

            var text = HtmlText.OfAtMost(heading, 60);
            if (string.IsNullOrEmpty(text) || !HtmlTextRules.TryReadRelatedHeading(text, out var name))
            {
                continue;
            }

            // A hostile page could repeat a heading thousands of times; real pages have a handful.
            if (++tried > MaxHeadingsTried)
            {
                break;
            }

            var list = ListAfter(heading);
            if (list is null || !used.Add(list))
            {
                continue;
            }

            if (Teasers(list) is { Count: >= 2 } stories)
            {
                RelatedLists.TryAdd(lists, name, stories);
            }
        }

        return lists;
    }

    private static IElement? ListAfter(IElement heading)
    {
        // The list is the heading's next sibling, or the next sibling of an ancestor that holds only the heading.
        for (var scope = heading; scope is not null && scope.LocalName != "body"; scope = scope.ParentElement)
        {
            foreach (var sibling in SiblingsAfter(scope))
            {
                var list = sibling.LocalName is "ul" or "ol" ? sibling : sibling.QuerySelector("ul, ol");
                if (list is not null)
                {
                    return list;
                }

                if (HtmlText.LengthOf(sibling) > 0 && sibling.QuerySelectorAll("a[href]").Length >= 2)
                {
                    return sibling;
                }
            }

            if (scope.ParentElement is { } parent && parent.ChildElementCount > 1)
            {
                break;
            }
        }

        return null;
    }

    private static IEnumerable<IElement> SiblingsAfter(IElement element)
    {
        if (element.Parent is not { } parent)
        {
            return [];
        }

        var siblings = HtmlText.ChildElements(parent);
        var index = siblings.FindIndex(sibling => ReferenceEquals(sibling, element));
        return siblings.Skip(index + 1).Take(MaxSiblingsScanned);
    }

    private static List<Teaser> Teasers(IElement list)
    {
        var children = HtmlText.ChildElements(list);
        var items = list.LocalName is "ul" or "ol" ? children.Where(child => child.LocalName == "li").ToList() : children;
        var stories = new List<Teaser>();
        var seen = new HashSet<long>();
        foreach (var item in items)
        {
            if (stories.Count >= MaxStories)
            {
                break;
            }

            var titleElement = item.QuerySelector("h2, h3, h4, [class*='title' i], [class*='headline' i]") ?? item.QuerySelector("a[href]");
            if (titleElement is null)
            {
                continue;
            }

            var summaryElement = item.QuerySelector("p");
            var summary = summaryElement is null ? null : HtmlText.Of(summaryElement);
            if (TeaserText.Clean(HtmlText.Of(titleElement), summary) is { Title.Length: >= 10 } teaser && seen.Add(HeadlineKeys.Hash(teaser.Title)))
            {
                stories.Add(teaser);
            }
        }

        return stories;
    }
}
