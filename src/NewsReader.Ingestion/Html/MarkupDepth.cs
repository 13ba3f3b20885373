namespace NewsReader.Ingestion.Html;

/// <summary>
/// Estimates how deeply a page's tags nest, in one linear pass over the text and before any DOM is built.
/// HTML tree construction does work proportional to the depth of open elements for each tag, so a page with
/// thousands of unclosed tags costs seconds to parse; such a page is refused before it gets there.
/// </summary>
internal static class MarkupDepth
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame",
    };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.OrdinalIgnoreCase) { "p", "li", "dt", "dd", "option", "tr", "td", "th" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Void = VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawText = RawTextElements.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Sibling = SelfClosingSiblings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The greatest number of elements open at once, as a browser would build them (approximately).</summary>
    public static int Estimate(string html)
    {
        // Open elements as (start, length) of their names in the text: no string per tag.
        var open = new List<(int Start, int Length)>();
        var max = 0;
        var i = 0;
        while (i < html.Length)
        {
            var at = html.IndexOf('<', i);
            if (at < 0 || at + 1 >= html.Length)
            {
                break;
            }

            var next = html[at + 1];
            if (next == '!')
            {
                var end = html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal) ? html.IndexOf("-->", at + 4, StringComparison.Ordinal) : html.IndexOf('>', at);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            if (next == '/')
            {
                var endStart = at + 2;
                Close(html, open, endStart, NameLength(html, endStart));
                i = endStart;
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                i = at + 1;
                continue;
            }

            var nameStart = at + 1;
            var nameLength = NameLength(html, nameStart);
            var name = html.AsSpan(nameStart, nameLength);
            var close = html.IndexOf('>', nameStart + nameLength);
            if (close < 0)
            {
                break;
            }

            if (RawText.Contains(name))
            {
                var end = IndexOfEndTag(html, name, close);
                i = end < 0 ? html.Length : end + 2;
                continue;
            }

            if (!Void.Contains(name) && html[close - 1] != '/')
            {
                // <p> after an open <p> (and <li>, <td>...) closes the first, as the tree builder would.
                if (Sibling.Contains(name) && open.Count > 0 && Sibling.Contains(html.AsSpan(open[^1].Start, open[^1].Length)))
                {
                    open.RemoveAt(open.Count - 1);
                }

                open.Add((nameStart, nameLength));
                max = Math.Max(max, open.Count);
            }

            i = close + 1;
        }

        return max;
    }

    private static int NameLength(string html, int start)
    {
        var end = start;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        return end - start;
    }

    private static int IndexOfEndTag(string html, ReadOnlySpan<char> name, int from)
    {
        var search = from;
        while (true)
        {
            var at = html.IndexOf("</", search, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            if (html.AsSpan(at + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }

            search = at + 2;
        }
    }

    /// <summary>An end tag closes the nearest open element of its name, if one is near the top; stray end tags are ignored.</summary>
    private static void Close(string html, List<(int Start, int Length)> open, int nameStart, int nameLength)
    {
        var name = html.AsSpan(nameStart, nameLength);
        for (var i = open.Count - 1; i >= Math.Max(0, open.Count - 16); i--)
        {
            if (html.AsSpan(open[i].Start, open[i].Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
        }
    }
}
