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

    /// <summary>The greatest number of elements open at once, as a browser would build them (approximately).</summary>
    public static int Estimate(string html)
    {
        var open = new List<string>();
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
                var endName = ReadName(html, at + 2);
                Close(open, endName);
                i = at + 2;
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                i = at + 1;
                continue;
            }

            var nameEnd = at + 1;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html.AsSpan(at + 1, nameEnd - at - 1);
            var close = html.IndexOf('>', nameEnd);
            if (close < 0)
            {
                break;
            }

            var nameText = name.ToString();
            if (RawTextElements.Contains(nameText))
            {
                var end = html.IndexOf("</" + nameText, close, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end + 2;
                continue;
            }

            if (!VoidElements.Contains(nameText) && html[close - 1] != '/')
            {
                // <p> after an open <p> (and <li>, <td>...) closes the first, as the tree builder would.
                if (SelfClosingSiblings.Contains(nameText) && open.Count > 0 && SelfClosingSiblings.Contains(open[^1]))
                {
                    open.RemoveAt(open.Count - 1);
                }

                open.Add(nameText);
                max = Math.Max(max, open.Count);
            }

            i = close + 1;
        }

        return max;
    }

    private static string ReadName(string html, int start)
    {
        var end = start;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        return html[start..end];
    }

    /// <summary>An end tag closes the nearest open element of its name, if one is near the top; stray end tags are ignored.</summary>
    private static void Close(List<string> open, string name)
    {
        for (var i = open.Count - 1; i >= Math.Max(0, open.Count - 16); i--)
        {
            if (string.Equals(open[i], name, StringComparison.OrdinalIgnoreCase))
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
        }
    }
}
