using AngleSharp.Dom;
using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Html;

/// <summary>
/// The writer's credit in a page's byline element. The element may hold the outlet and the time beside the writer
/// ("Tech Insider", "Alex Perry", "1 day ago") or set the outlet under the credit ("By Brenda Goodman, MA", a line
/// break, "WebMD Health News"): the names the page marks as its authors', or the credit's own line, are the credit.
/// </summary>
internal static class BylineBox
{
    /// <summary>The credit's text: the authors' marked names, else the line holding the credit, else the element's text.</summary>
    public static string Text(IElement byline)
    {
        if (AuthorsNames(byline) is { Count: > 0 } names)
        {
            return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
        }

        // Read line by line only where line breaks set lines apart; most bylines have none.
        if (byline.QuerySelector("br") is null)
        {
            return HtmlText.Of(byline);
        }

        var lines = Lines(byline);
        var credit = lines.FindIndex(line => Bylines.CreditWordLength(line) is > 0 and var length && line.Length > length + 1 && line[length] == ' ');
        if (credit < 0)
        {
            // Lines without a credit are spaced: the text alone would run them together.
            return string.Join(' ', lines);
        }

        // "By Jane Doe and", a break, "John Roe": a credit ending with a joiner goes on over the next line.
        var text = lines[credit];
        for (var next = credit + 1; next < lines.Count && EndsWithJoiner(text); next++)
        {
            text += " " + lines[next];
        }

        return text;
    }

    // The text of each [itemprop~=name] inside the box that names an author: the box itself is the author's, or the
    // nearest element around the name that says whose name it is says "author" (not the publisher's, whose name may
    // come first). Co-authors each have theirs.
    private static List<string> AuthorsNames(IElement byline)
    {
        var names = new List<string>();
        foreach (var element in byline.Descendants<IElement>())
        {
            if (HasItemProperty(element, "name") && NamesAnAuthor(element, byline) && HtmlText.Of(element) is { Length: > 0 } name
                && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static bool NamesAnAuthor(IElement name, IElement byline)
    {
        for (var scope = name.ParentElement; scope is not null; scope = scope.ParentElement)
        {
            if (scope.HasAttribute("itemprop"))
            {
                return HasItemProperty(scope, "author");
            }

            if (ReferenceEquals(scope, byline))
            {
                return true;
            }
        }

        return true;
    }

    // itemprop holds space-separated property names: "name" is not "givenName".
    private static bool HasItemProperty(IElement element, string property) =>
        element.GetAttribute("itemprop") is { } itemprop
        && itemprop.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(property, StringComparer.OrdinalIgnoreCase);

    // A character no page's byline holds, set where the element's line breaks were.
    private const char LineMark = '\uE000';

    // The element's text between its line breaks, read as the page shows it (scripts and buttons left out): a copy with
    // each break made a mark is read as a whole, then split at the marks.
    private static List<string> Lines(IElement byline)
    {
        var copy = (IElement)byline.Clone(deep: true);
        if (copy.Owner is not { } document)
        {
            return [HtmlText.Of(byline)];
        }

        foreach (var lineBreak in copy.QuerySelectorAll("br").ToList())
        {
            lineBreak.Replace(document.CreateTextNode(LineMark.ToString()));
        }

        return [.. HtmlText.Of(copy).Split(LineMark, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    private static bool EndsWithJoiner(string text) =>
        text.EndsWith(',') || text.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" &", StringComparison.Ordinal)
        || text.EndsWith(" with", StringComparison.OrdinalIgnoreCase);
}
