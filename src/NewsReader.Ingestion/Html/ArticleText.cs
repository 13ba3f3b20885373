using System.Text;
using AngleSharp.Dom;

namespace NewsReader.Ingestion.Html;

/// <summary>Turns the extracted article element into paragraphs: one per block, whitespace collapsed.</summary>
internal static class ArticleText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "figure", "figcaption", "hr", "address", "details", "summary", "center",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "select", "textarea", "button", "figure", "picture",
    };

    /// <summary>The article's paragraphs in order; figures are left to the gallery.</summary>
    public static List<string> Paragraphs(IElement article)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            var text = HtmlText.Collapse(current.ToString());
            current.Clear();
            // A lone gallery counter ("1 / 5") belongs to the photos, not the body.
            if (text.Length > 0 && !HtmlTextRules.TryReadCounter(text, out _, out _))
            {
                paragraphs.Add(text);
            }
        }

        // An explicit stack keeps deep markup off the call stack; each entry knows whether a <br> came just before it.
        var stack = new Stack<(INode Node, bool Leaving, bool AfterBreak)>();
        stack.Push((article, false, false));
        while (stack.Count > 0)
        {
            var (node, leaving, afterBreak) = stack.Pop();
            if (node is IText text)
            {
                current.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (leaving)
            {
                Flush();
                continue;
            }

            if (name == "br")
            {
                // One <br> is a line break inside a paragraph; two in a row separate paragraphs.
                if (afterBreak)
                {
                    Flush();
                }
                else
                {
                    current.Append(' ');
                }

                continue;
            }

            if (!ReferenceEquals(element, article) && (Skipped.Contains(name) || element.HasAttribute(GalleryFinder.MarkerAttribute)))
            {
                continue;
            }

            var block = Blocks.Contains(name);
            if (block)
            {
                Flush();
                stack.Push((element, true, false));
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false, children[i] is IElement { LocalName: "br" } && FollowsBreak(children, i)));
            }
        }

        Flush();
        return paragraphs;
    }

    /// <summary>Whether the child at <paramref name="index"/> follows another <c>br</c> with only whitespace between.</summary>
    private static bool FollowsBreak(INodeList children, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            switch (children[i])
            {
                case IElement { LocalName: "br" }:
                    return true;
                case IText text when string.IsNullOrWhiteSpace(text.Data):
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
