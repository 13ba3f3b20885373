using System.Text;
using AngleSharp.Dom;

namespace NewsReader.Ingestion.Html;

/// <summary>Text read off the DOM without recursion, so that absurdly deep markup cannot overflow the stack.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "select", "textarea", "button",
    };

    /// <summary>The element's text with runs of whitespace collapsed to one space, trimmed.</summary>
    public static string Of(INode node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return Collapse(builder.ToString());
    }

    /// <summary>Length of the element's text, counted the way <see cref="Of"/> would produce it (approximately: whitespace runs count once).</summary>
    public static int LengthOf(INode node)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var text in TextNodes(node))
        {
            foreach (var c in text.Data)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                }
                else
                {
                    length += pendingSpace ? 2 : 1;
                    pendingSpace = false;
                }
            }
        }

        return length;
    }

    /// <summary>The share of an element's text that is link text, 0 to 1.</summary>
    public static double LinkDensity(IElement element)
    {
        var total = 0;
        var linked = 0;

        // Carry "inside a link" down the walk rather than looking up from every text node.
        var stack = new Stack<(INode Node, bool InLink)>();
        stack.Push((element, element.LocalName == "a"));
        while (stack.Count > 0)
        {
            var (node, inLink) = stack.Pop();
            if (node is IText text)
            {
                var count = CountNonSpace(text.Data);
                total += count;
                linked += inLink ? count : 0;
                continue;
            }

            if (node is IElement child && !ReferenceEquals(child, element) && SkippedTags.Contains(child.LocalName))
            {
                continue;
            }

            var childLink = inLink || (node is IElement { LocalName: "a" });
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], childLink));
            }
        }

        return total == 0 ? 0 : (double)linked / total;
    }

    /// <summary>Whether the node holds any visible text at all; stops at the first letter.</summary>
    public static bool HasText(INode node)
    {
        foreach (var text in TextNodes(node))
        {
            foreach (var c in text.Data)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The node's collapsed text when it is at most <paramref name="max"/> characters, else null; stops early on long text.</summary>
    public static string? OfAtMost(INode node, int max)
    {
        var builder = new StringBuilder();
        foreach (var text in TextNodes(node))
        {
            builder.Append(text.Data);
            if (builder.Length > max * 4)
            {
                break;
            }
        }

        var collapsed = Collapse(builder.ToString());
        return collapsed.Length <= max ? collapsed : null;
    }

    public static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、' or '،' or '﹐' or '︐' or '︑' or '⸴' or '⸲' or '﹑')
            {
                count++;
            }
        }

        return count;
    }

    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                pendingSpace = builder.Length > 0;
            }
            else
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Text nodes under <paramref name="root"/> in document order, skipping scripts, styles and other non-text content.</summary>
    public static IEnumerable<IText> TextNodes(INode root)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                yield return text;
                continue;
            }

            if (node is IElement element && !ReferenceEquals(node, root) && SkippedTags.Contains(element.LocalName))
            {
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>Descendant elements in document order, without recursion.</summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<IElement>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            PushChildren(stack, element);
        }
    }

    /// <summary>
    /// The element children, read through <c>ChildNodes</c>: AngleSharp's <c>Children</c> indexer and its sibling
    /// properties scan the parent's child list on each call, which turns a walk over a wide page quadratic.
    /// </summary>
    public static List<IElement> ChildElements(INode node)
    {
        var children = node.ChildNodes;
        var elements = new List<IElement>();
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement element)
            {
                elements.Add(element);
            }
        }

        return elements;
    }

    private static void PushChildren(Stack<IElement> stack, IElement element)
    {
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push(child);
            }
        }
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var text in TextNodes(node))
        {
            builder.Append(text.Data);
        }
    }

    private static int CountNonSpace(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
