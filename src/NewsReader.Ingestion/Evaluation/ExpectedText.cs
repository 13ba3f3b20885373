using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsReader.Ingestion.Evaluation;

/// <summary>Reads the text of a reference extraction such as Readability's <c>expected.html</c>.</summary>
public static class ExpectedText
{
    /// <summary>The visible text of an HTML fragment, one line per block element.</summary>
    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        Walk(document.Body ?? (INode)document, current, lines);
        Flush(current, lines);
        return string.Join('\n', lines);
    }

    private static void Walk(INode node, System.Text.StringBuilder current, List<string> lines)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when element.LocalName is "script" or "style" or "noscript":
                    break;
                case IElement element when IsBlock(element.LocalName):
                    Flush(current, lines);
                    Walk(element, current, lines);
                    Flush(current, lines);
                    break;
                default:
                    Walk(child, current, lines);
                    break;
            }
        }
    }

    private static void Flush(System.Text.StringBuilder current, List<string> lines)
    {
        var line = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length > 0)
        {
            lines.Add(line);
        }

        current.Clear();
    }

    private static bool IsBlock(string name) => name is "p" or "div" or "section" or "article" or "h1" or "h2" or "h3"
        or "h4" or "h5" or "h6" or "li" or "ul" or "ol" or "blockquote" or "figure" or "figcaption" or "table" or "tr"
        or "td" or "th" or "br" or "pre" or "header" or "footer" or "aside" or "dl" or "dt" or "dd";
}
