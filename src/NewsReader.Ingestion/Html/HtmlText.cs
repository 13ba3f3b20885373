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
        // Collapsing as the text nodes are read gives what Collapse gives for their concatenation, without the
        // concatenation: the collapsing state carries across node boundaries the same way.
        var builder = RentBuilder();
        var collapser = new Collapser(builder);
        Walk(node, ref collapser);
        var text = builder.ToString();
        ReturnBuilder(builder);
        return text;
    }

    /// <summary>The length and the comma count of <see cref="Of"/>'s text, without building it.</summary>
    public static (int Length, int Commas) Measure(INode node)
    {
        var measure = new Measurer();
        Walk(node, ref measure);
        return (measure.Length, measure.Commas);
    }

    /// <summary>Length of the element's text, counted the way <see cref="Of"/> would produce it (approximately: whitespace runs count once).</summary>
    public static int LengthOf(INode node)
    {
        var counter = new LengthCounter();
        Walk(node, ref counter);
        return counter.Length;
    }

    /// <summary>The share of an element's text that is link text, 0 to 1.</summary>
    public static double LinkDensity(IElement element) => LinkDensity(LinkCounts(element, null));

    /// <summary>The share of link text in counts from <see cref="LinkCounts"/>.</summary>
    public static double LinkDensity((int Total, int Linked) counts) => counts.Total == 0 ? 0 : (double)counts.Linked / counts.Total;

    /// <summary>
    /// The element's non-space characters, and how many of them are inside links. Elements in <paramref name="known"/>
    /// are not walked again: their counts are taken from there.
    /// </summary>
    public static (int Total, int Linked) LinkCounts(IElement element, Dictionary<IElement, (int Total, int Linked)>? known)
    {
        var total = 0;
        var linked = 0;

        // Carry "inside a link" down the walk rather than looking up from every text node.
        var stack = LinkStack ?? new Stack<(INode Node, bool InLink)>();
        LinkStack = null;
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

            if (node is IElement child && !ReferenceEquals(child, element))
            {
                if (SkippedTags.Contains(child.LocalName))
                {
                    continue;
                }

                if (known is not null && known.TryGetValue(child, out var counts))
                {
                    total += counts.Total;
                    linked += inLink ? counts.Total : counts.Linked;
                    continue;
                }
            }

            var childLink = inLink || (node is IElement { LocalName: "a" });
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], childLink));
            }
        }

        LinkStack = stack;
        return (total, linked);
    }

    /// <summary>Whether the node holds any visible text at all; stops at the first letter.</summary>
    public static bool HasText(INode node)
    {
        var finder = new TextFinder();
        Walk(node, ref finder);
        return finder.Found;
    }

    /// <summary>The node's collapsed text when it is at most <paramref name="max"/> characters, else null; stops early on long text.</summary>
    public static string? OfAtMost(INode node, int max)
    {
        var builder = RentBuilder();
        var appender = new Appender(builder, max * 4);
        Walk(node, ref appender);
        var raw = builder.ToString();
        ReturnBuilder(builder);
        var collapsed = Collapse(raw);
        return collapsed.Length <= max ? collapsed : null;
    }

    public static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsComma(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsComma(char c) => c is ',' or '，' or '、' or '،' or '﹐' or '︐' or '︑' or '⸴' or '⸲' or '﹑';

    public static string Collapse(string text)
    {
        // Most attribute values and many text runs are collapsed already: they need no copy.
        if (IsCollapsed(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsCollapsedSpace(c))
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

    /// <summary>Whether <see cref="Collapse"/> would return the text unchanged: no whitespace but single spaces between words.</summary>
    private static bool IsCollapsed(string text)
    {
        // A space at the start is dropped, so the start counts as following one.
        var afterSpace = true;
        foreach (var c in text)
        {
            if (IsCollapsedSpace(c))
            {
                if (c != ' ' || afterSpace)
                {
                    return false;
                }

                afterSpace = true;
            }
            else
            {
                afterSpace = false;
            }
        }

        return text.Length == 0 || !afterSpace;
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
    /// Whether the node has an element child. The leaf tests ask this of every element of a page, and
    /// <c>ChildElementCount</c> counts all the children to answer it.
    /// </summary>
    public static bool HasChildElement(INode node)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any element under <paramref name="root"/> has one of <paramref name="names"/> as its local name.</summary>
    public static bool HasDescendantNamed(IElement root, HashSet<string> names)
    {
        var stack = ElementStack ?? new Stack<IElement>();
        ElementStack = null;
        PushChildren(stack, root);
        var found = false;
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (names.Contains(element.LocalName))
            {
                found = true;
                stack.Clear();
                break;
            }

            PushChildren(stack, element);
        }

        ElementStack = stack;
        return found;
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

    private static bool IsCollapsedSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B';

    /// <summary>
    /// Visits the text nodes under <paramref name="root"/> in document order, skipping non-text content, until the
    /// visitor says stop. The walk's stack is kept between calls: the parser asks for text hundreds of times a page.
    /// </summary>
    private static void Walk<TVisitor>(INode root, ref TVisitor visitor)
        where TVisitor : struct, ITextVisitor
    {
        var stack = NodeStack ?? new Stack<INode>();
        NodeStack = null;
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                if (!visitor.Visit(text.Data))
                {
                    stack.Clear();
                    break;
                }

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

        NodeStack = stack;
    }

    private static StringBuilder RentBuilder()
    {
        var builder = CachedBuilder ?? new StringBuilder(256);
        CachedBuilder = null;
        return builder;
    }

    private static void ReturnBuilder(StringBuilder builder)
    {
        // A huge page's text is not worth keeping alive between parses.
        if (builder.Capacity <= 64 * 1024)
        {
            builder.Clear();
            CachedBuilder = builder;
        }
    }

    // One of each per thread; a walk takes it and puts it back, so a nested walk simply makes its own.
    [ThreadStatic]
    private static Stack<INode>? NodeStack;

    [ThreadStatic]
    private static Stack<(INode Node, bool InLink)>? LinkStack;

    [ThreadStatic]
    private static Stack<IElement>? ElementStack;

    [ThreadStatic]
    private static StringBuilder? CachedBuilder;

    private interface ITextVisitor
    {
        /// <summary>Takes one text node's data; false stops the walk.</summary>
        bool Visit(string data);
    }

    private struct Collapser(StringBuilder builder) : ITextVisitor
    {
        private bool _pendingSpace;

        public bool Visit(string data)
        {
            foreach (var c in data)
            {
                if (IsCollapsedSpace(c))
                {
                    _pendingSpace = builder.Length > 0;
                }
                else
                {
                    if (_pendingSpace)
                    {
                        builder.Append(' ');
                        _pendingSpace = false;
                    }

                    builder.Append(c);
                }
            }

            return true;
        }
    }

    private struct Measurer : ITextVisitor
    {
        private bool _pendingSpace;

        public int Length { get; private set; }

        public int Commas { get; private set; }

        public bool Visit(string data)
        {
            foreach (var c in data)
            {
                if (IsCollapsedSpace(c))
                {
                    _pendingSpace = Length > 0;
                    continue;
                }

                Length += _pendingSpace ? 2 : 1;
                _pendingSpace = false;
                Commas += IsComma(c) ? 1 : 0;
            }

            return true;
        }
    }

    private struct LengthCounter : ITextVisitor
    {
        private bool _pendingSpace;

        public int Length { get; private set; }

        public bool Visit(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = Length > 0;
                }
                else
                {
                    Length += _pendingSpace ? 2 : 1;
                    _pendingSpace = false;
                }
            }

            return true;
        }
    }

    private struct TextFinder : ITextVisitor
    {
        public bool Found { get; private set; }

        public bool Visit(string data)
        {
            Found = !string.IsNullOrWhiteSpace(data);
            return !Found;
        }
    }

    private readonly struct Appender(StringBuilder builder, int limit) : ITextVisitor
    {
        public bool Visit(string data)
        {
            builder.Append(data);
            return builder.Length <= limit;
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
