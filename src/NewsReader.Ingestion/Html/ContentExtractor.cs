using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsReader.Ingestion.Html;

/// <summary>
/// Finds the article body in a page the way Readability does: score the parents of paragraphs by how much
/// prose they hold (length, commas), discount link-heavy blocks and class/id names that mean page furniture,
/// pick the best-scoring block, then gather its siblings that look like more of the same article.
/// </summary>
internal sealed class ContentExtractor
{
    private const int CharThreshold = 500;
    private const int TopCandidateCount = 5;

    private static readonly HashSet<string> TagsToScore = new(StringComparer.Ordinal) { "section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre" };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "figure", "header", "footer", "aside", "main", "nav", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private static readonly Passes[] AttemptOrder = [Passes.All, Passes.All & ~Passes.StripUnlikely, Passes.CleanConditionally, Passes.None];

    private static readonly HashSet<string> UnlikelyRoles = new(StringComparer.OrdinalIgnoreCase) { "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog" };

    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);
    private readonly IHtmlDocument _document;

    private ContentExtractor(IHtmlDocument document)
    {
        _document = document;
    }

    [Flags]
    private enum Passes
    {
        None = 0,
        StripUnlikely = 1,
        WeightClasses = 2,
        CleanConditionally = 4,
        All = StripUnlikely | WeightClasses | CleanConditionally,
    }

    /// <summary>
    /// The element holding the article body, or null when the page has no prose. The first attempt takes the
    /// document's body apart in place, so read everything else from the document first; later, gentler attempts
    /// (for pages where the first finds too little) work on copies of the body from <paramref name="freshDocument"/>.
    /// </summary>
    public static IElement? Extract(IHtmlDocument document, Func<IHtmlDocument> freshDocument, out string? bylineFromMarkup)
    {
        bylineFromMarkup = null;
        if (document.Body is null)
        {
            return null;
        }

        IElement? best = null;
        IElement? pristine = null;
        var bestLength = -1;
        foreach (var passes in AttemptOrder)
        {
            IElement body;
            if (passes == Passes.All)
            {
                body = document.Body;
            }
            else
            {
                pristine ??= freshDocument().Body;
                if (pristine is null)
                {
                    break;
                }

                body = (IElement)pristine.Clone(deep: true);
            }

            var extractor = new ContentExtractor(document);
            var article = extractor.Grab(body, passes, out var byline);
            bylineFromMarkup ??= byline;
            if (article is null)
            {
                continue;
            }

            var length = HtmlText.LengthOf(article);
            if (length >= CharThreshold)
            {
                return article;
            }

            if (length > bestLength)
            {
                best = article;
                bestLength = length;
            }
        }

        return bestLength > 0 ? best : null;
    }

    private IElement? Grab(IElement body, Passes passes, out string? byline)
    {
        byline = null;
        var toScore = new List<IElement>();
        var queued = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        void Score(IElement element)
        {
            if (queued.Add(element))
            {
                toScore.Add(element);
            }
        }

        // Walk the elements in document order from a precomputed list: removing an element skips its subtree,
        // which in document order is the contiguous range up to its recorded end.
        var (order, ends) = DocumentOrder(body);
        var i = 0;
        while (i < order.Count)
        {
            var node = order[i];
            var match = MatchString(node);
            var remove = !IsProbablyVisible(node);
            if (!remove && byline is null && IsByline(node, match))
            {
                byline = BylineBox.Text(node);
                remove = true;
            }

            if (!remove && passes.HasFlag(Passes.StripUnlikely))
            {
                remove = (ClassHints.IsUnlikely(match) && !ClassHints.IsMaybeCandidate(match)
                        && !HasAncestor(node, "table", 3) && !HasAncestor(node, "code", 3) && node.LocalName is not ("body" or "a"))
                    || (node.GetAttribute("role") is { } role && UnlikelyRoles.Contains(role));
            }

            if (!remove && node.LocalName is "div" or "section" or "header" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                remove = IsElementWithoutContent(node);
            }

            if (remove)
            {
                node.Remove();
                i = ends[i];
                continue;
            }

            if (TagsToScore.Contains(node.LocalName))
            {
                Score(node);
            }

            if (node.LocalName == "div")
            {
                if (WrapPhrasingRuns(node) is { } runs)
                {
                    foreach (var paragraph in runs)
                    {
                        Score(paragraph);
                    }
                }

                if (HasSingleChildTag(node, "p") && HtmlText.LinkDensity(node) < 0.25)
                {
                    var child = HtmlText.ChildElements(node)[0];
                    node.Parent!.ReplaceChild(child, node);
                    Score(child);
                }
                else if (!HasChildBlockElement(node))
                {
                    Score(Retag(node, "p"));
                }
            }

            i++;
        }

        var candidates = new List<IElement>();
        foreach (var element in toScore)
        {
            if (element.Parent is null)
            {
                continue;
            }

            var (length, commas) = HtmlText.Measure(element);
            if (length < 25)
            {
                continue;
            }

            var ancestors = Ancestors(element, 5);
            if (ancestors.Count == 0)
            {
                continue;
            }

            double contentScore = 1 + commas + 1 + Math.Min(Math.Floor(length / 100.0), 3);
            for (var level = 0; level < ancestors.Count; level++)
            {
                var ancestor = ancestors[level];
                if (ancestor.Parent is null || ancestor.Parent is not IElement)
                {
                    continue;
                }

                if (!_scores.ContainsKey(ancestor))
                {
                    _scores[ancestor] = InitialScore(ancestor, passes);
                    candidates.Add(ancestor);
                }

                var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                _scores[ancestor] += contentScore / divider;
            }
        }

        var densities = LinkDensities(candidates);
        var top = new List<IElement>();
        foreach (var candidate in candidates)
        {
            var score = _scores[candidate] * (1 - densities[candidate]);
            _scores[candidate] = score;
            var index = top.FindIndex(other => score > _scores[other]);
            if (index < 0)
            {
                if (top.Count < TopCandidateCount)
                {
                    top.Add(candidate);
                }
            }
            else
            {
                top.Insert(index, candidate);
                if (top.Count > TopCandidateCount)
                {
                    top.RemoveAt(top.Count - 1);
                }
            }
        }

        var topCandidate = top.Count > 0 ? top[0] : null;
        if (topCandidate is null || topCandidate.LocalName == "body" || ReferenceEquals(topCandidate, body))
        {
            topCandidate = _document.CreateElement("div");
            while (body.FirstChild is { } child)
            {
                topCandidate.AppendChild(child);
            }

            body.AppendChild(topCandidate);
            _scores[topCandidate] = InitialScore(topCandidate, passes);
        }
        else
        {
            topCandidate = PreferCommonAncestor(topCandidate, top);
        }

        var article = _document.CreateElement("div");
        var topScore = _scores.GetValueOrDefault(topCandidate);
        var threshold = Math.Max(10, topScore * 0.2);
        var parent = topCandidate.ParentElement;
        var siblings = parent is null ? [topCandidate] : HtmlText.ChildElements(parent);
        foreach (var sibling in siblings)
        {
            var append = ReferenceEquals(sibling, topCandidate);
            if (!append)
            {
                var bonus = 0.0;
                if (!string.IsNullOrEmpty(topCandidate.ClassName) && sibling.ClassName == topCandidate.ClassName)
                {
                    bonus += topScore * 0.2;
                }

                if (_scores.TryGetValue(sibling, out var siblingScore) && siblingScore + bonus >= threshold)
                {
                    append = true;
                }
                else if (sibling.LocalName == "p")
                {
                    var density = HtmlText.LinkDensity(sibling);
                    var text = HtmlText.Of(sibling);
                    append = (text.Length > 80 && density < 0.25)
                        || (text.Length is > 0 and < 80 && density == 0 && ClassHints.HasSentenceEnd(text));
                }
            }

            if (append)
            {
                article.AppendChild(sibling);
            }
        }

        Prepare(article, passes);
        return article;
    }

    /// <summary>
    /// The candidates' link densities. Candidates nest (a paragraph's parent, grandparent and so on), so they are
    /// counted innermost first and each outer one reuses the counts of those inside it, instead of walking their
    /// text again.
    /// </summary>
    private static Dictionary<IElement, double> LinkDensities(List<IElement> candidates)
    {
        var counts = new Dictionary<IElement, (int Total, int Linked)>(candidates.Count, ReferenceEqualityComparer.Instance);
        foreach (var (candidate, _) in candidates.Select(candidate => (candidate, Depth(candidate))).OrderByDescending(pair => pair.Item2))
        {
            counts[candidate] = HtmlText.LinkCounts(candidate, counts);
        }

        var densities = new Dictionary<IElement, double>(candidates.Count, ReferenceEqualityComparer.Instance);
        foreach (var (candidate, candidateCounts) in counts)
        {
            densities[candidate] = HtmlText.LinkDensity(candidateCounts);
        }

        return densities;
    }

    private static int Depth(IElement element)
    {
        var depth = 0;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            depth++;
        }

        return depth;
    }

    private IElement PreferCommonAncestor(IElement topCandidate, List<IElement> top)
    {
        var topScore = _scores[topCandidate];
        var alternatives = new List<List<IElement>>();
        for (var i = 1; i < top.Count; i++)
        {
            if (_scores[top[i]] / topScore >= 0.75)
            {
                alternatives.Add(Ancestors(top[i], 0));
            }
        }

        if (alternatives.Count >= 3)
        {
            for (var parent = topCandidate.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
            {
                var containing = alternatives.Count(list => list.Contains(parent));
                if (containing >= 3)
                {
                    topCandidate = parent;
                    break;
                }
            }
        }

        _scores.TryAdd(topCandidate, InitialScore(topCandidate, Passes.All));

        // Climb while the parent scores about as well: the article often spans its container.
        var lastScore = _scores[topCandidate];
        var scoreThreshold = lastScore / 3;
        for (var parent = topCandidate.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (!_scores.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            if (parentScore < scoreThreshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                topCandidate = parent;
                break;
            }

            lastScore = parentScore;
        }

        for (var parent = topCandidate.ParentElement; parent is not null && parent.LocalName != "body" && HtmlText.ChildElements(parent).Count == 1; parent = parent.ParentElement)
        {
            topCandidate = parent;
        }

        if (!_scores.ContainsKey(topCandidate))
        {
            _scores[topCandidate] = InitialScore(topCandidate, Passes.All);
        }

        return topCandidate;
    }

    private void Prepare(IElement article, Passes passes)
    {
        CleanConditionally(article, "form", passes);
        CleanConditionally(article, "fieldset", passes);
        RemoveAll(article, "object", "embed", "footer", "link", "aside", "iframe", "input", "textarea", "select", "button", "script", "style", "noscript");
        foreach (var element in HtmlText.Descendants(article).ToList())
        {
            var match = MatchString(element);
            if (ClassHints.IsShareOrPoll(match) && HtmlText.LengthOf(element) < 500)
            {
                element.Remove();
            }
        }

        foreach (var heading in HtmlText.Descendants(article).Where(e => e.LocalName is "h1" or "h2").ToList())
        {
            if (ClassWeight(heading, passes) < 0)
            {
                heading.Remove();
            }
        }

        CleanConditionally(article, "table", passes);
        CleanConditionally(article, "ul", passes);
        CleanConditionally(article, "div", passes);
    }

    private void CleanConditionally(IElement root, string tag, Passes passes)
    {
        if (!passes.HasFlag(Passes.CleanConditionally))
        {
            return;
        }

        // Innermost first, so that removing a child is judged before its parent's totals.
        var elements = HtmlText.Descendants(root).Where(e => e.LocalName == tag).Reverse().ToList();
        foreach (var element in elements)
        {
            if (element.Parent is null || HasAncestor(element, "code", 0))
            {
                continue;
            }

            var isList = tag is "ul" or "ol";
            if (!isList)
            {
                var listLength = 0;
                foreach (var list in HtmlText.Descendants(element).Where(e => e.LocalName is "ul" or "ol"))
                {
                    listLength += HtmlText.LengthOf(list);
                }

                var total = HtmlText.LengthOf(element);
                isList = total > 0 && (double)listLength / total > 0.9;
            }

            var weight = ClassWeight(element, passes);
            if (weight + _scores.GetValueOrDefault(element) < 0)
            {
                element.Remove();
                continue;
            }

            var (textLength, commas) = HtmlText.Measure(element);
            if (commas >= 10)
            {
                continue;
            }

            int paragraphs = 0, images = 0, items = -100, inputs = 0, embeds = 0, headingLength = 0;
            var inFigure = HasAncestor(element, "figure", 0);
            foreach (var descendant in HtmlText.Descendants(element))
            {
                switch (descendant.LocalName)
                {
                    case "p":
                        paragraphs++;
                        break;
                    case "img":
                        images++;
                        break;
                    case "li":
                        items++;
                        break;
                    case "input":
                        inputs++;
                        break;
                    case "object" or "embed" or "iframe" or "video":
                        embeds++;
                        break;
                    case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                        headingLength += HtmlText.LengthOf(descendant);
                        break;
                }
            }

            var headingDensity = textLength == 0 ? 0 : (double)headingLength / textLength;
            var linkDensity = HtmlText.LinkDensity(element);
            var remove =
                (images > 1 && (double)paragraphs / images < 0.5 && !inFigure)
                || (!isList && items > paragraphs)
                || (inputs > Math.Floor(paragraphs / 3.0))
                || (!isList && headingDensity < 0.9 && textLength < 25 && (images == 0 || images > 2) && !inFigure)
                || (!isList && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || (embeds == 1 && textLength < 75) || embeds > 1;

            var listItems = isList ? HtmlText.ChildElements(element) : [];
            if (remove && listItems.Count > 0 && listItems.All(li => HtmlText.ChildElements(li) is [{ LocalName: "img" or "picture" or "figure" }]))
            {
                remove = false;
            }

            if (remove)
            {
                element.Remove();
            }
        }
    }

    private static void RemoveAll(IElement root, params string[] tags)
    {
        var set = new HashSet<string>(tags, StringComparer.Ordinal);
        foreach (var element in HtmlText.Descendants(root).Where(e => set.Contains(e.LocalName)).ToList())
        {
            element.Remove();
        }
    }

    private static double InitialScore(IElement element, Passes passes)
    {
        var score = element.LocalName switch
        {
            "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight(element, passes);
    }

    private static int ClassWeight(IElement element, Passes passes)
    {
        if (!passes.HasFlag(Passes.WeightClasses))
        {
            return 0;
        }

        var weight = 0;
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var hint = name.Length > 256 ? name[..256] : name;

            if (ClassHints.IsNegative(hint))
            {
                weight -= 25;
            }

            if (ClassHints.IsPositive(hint))
            {
                weight += 25;
            }
        }

        return weight;
    }

    private static bool IsByline(IElement element, string match)
    {
        var rel = element.GetAttribute("rel");
        var itemprop = element.GetAttribute("itemprop");
        if (!(rel == "author" || (itemprop?.Contains("author", StringComparison.OrdinalIgnoreCase) ?? false) || ClassHints.IsByline(match)))
        {
            return false;
        }

        var text = HtmlText.Of(element);
        if (text.Length is 0 or >= 100)
        {
            return false;
        }

        // A date or a time stamp carrying a byline-ish class is not a byline.
        var digits = text.Count(char.IsDigit);
        return digits * 4 < text.Length;
    }

    private static bool IsProbablyVisible(IElement element)
    {
        var style = element.GetAttribute("style");
        if (style is not null && ClassHints.IsHiddenStyle(style))
        {
            return false;
        }

        if (element.HasAttribute("hidden"))
        {
            return false;
        }

        var ariaHidden = element.GetAttribute("aria-hidden");
        return ariaHidden != "true" || (element.ClassName?.Contains("fallback-image", StringComparison.Ordinal) ?? false);
    }

    // Both checks run on most elements of the page: they read the child nodes in place, without a list of them.
    private static bool IsElementWithoutContent(IElement element)
    {
        if (HtmlText.HasText(element))
        {
            return false;
        }

        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && child.LocalName is not ("br" or "hr"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasSingleChildTag(IElement element, string tag)
    {
        IElement? single = null;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IElement child when single is not null:
                    return false;
                case IElement child:
                    single = child;
                    break;
                case IText text when !string.IsNullOrWhiteSpace(text.Data):
                    return false;
            }
        }

        return single?.LocalName == tag;
    }

    private static bool HasChildBlockElement(IElement element) => HtmlText.HasDescendantNamed(element, BlockTags);

    /// <summary>Runs of inline content sitting directly in a div become paragraphs, so they can be scored.</summary>
    private List<IElement>? WrapPhrasingRuns(IElement div)
    {
        // A run starts only at phrasing content that is not blank text; most divs have none, and need no copy
        // of their children, nor a list of their own.
        if (!StartsPhrasingRun(div.ChildNodes))
        {
            return null;
        }

        var created = new List<IElement>();

        IElement? paragraph = null;
        foreach (var child in div.ChildNodes.ToArray())
        {
            if (IsPhrasing(child))
            {
                if (paragraph is not null)
                {
                    paragraph.AppendChild(child);
                }
                else if (child is not IText text || !string.IsNullOrWhiteSpace(text.Data))
                {
                    paragraph = _document.CreateElement("p");
                    div.ReplaceChild(paragraph, child);
                    paragraph.AppendChild(child);
                    created.Add(paragraph);
                }
            }
            else if (paragraph is not null)
            {
                TrimTrailingWhitespace(paragraph);
                paragraph = null;
            }
        }

        return created;
    }

    private static bool StartsPhrasingRun(INodeList children)
    {
        for (var i = 0; i < children.Length; i++)
        {
            if (IsPhrasing(children[i]) && (children[i] is not IText text || !string.IsNullOrWhiteSpace(text.Data)))
            {
                return true;
            }
        }

        return false;
    }

    private static void TrimTrailingWhitespace(IElement paragraph)
    {
        while (paragraph.LastChild is IText text && string.IsNullOrWhiteSpace(text.Data))
        {
            paragraph.RemoveChild(text);
        }
    }

    private static bool IsPhrasing(INode node)
    {
        if (node is IText)
        {
            return true;
        }

        if (node is not IElement element)
        {
            return false;
        }

        return element.LocalName switch
        {
            "abbr" or "audio" or "b" or "bdo" or "br" or "button" or "cite" or "code" or "data" or "datalist" or "dfn" or "em" or "embed" or "i"
                or "img" or "input" or "kbd" or "label" or "mark" or "math" or "meter" or "noscript" or "object" or "output" or "progress" or "q"
                or "ruby" or "samp" or "script" or "select" or "small" or "span" or "strong" or "sub" or "sup" or "textarea" or "time" or "var" or "wbr" => true,
            "a" or "del" or "ins" => element.ChildNodes.All(IsPhrasing),
            _ => false,
        };
    }

    private IElement Retag(IElement element, string tag)
    {
        var replacement = _document.CreateElement(tag);
        while (element.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            replacement.SetAttribute(attribute.Name, attribute.Value);
        }

        element.Parent!.ReplaceChild(replacement, element);
        if (_scores.Remove(element, out var score))
        {
            _scores[replacement] = score;
        }

        return replacement;
    }

    private static List<IElement> Ancestors(IElement element, int maxDepth)
    {
        var list = new List<IElement>();
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            list.Add(parent);
            if (maxDepth > 0 && list.Count == maxDepth)
            {
                break;
            }
        }

        return list;
    }

    private static bool HasAncestor(IElement element, string tag, int maxDepth)
    {
        var depth = 0;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (maxDepth > 0 && ++depth > maxDepth)
            {
                return false;
            }

            if (parent.LocalName == tag)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Class and id together, capped so that a hostile attribute cannot make the hint regexes slow.</summary>
    private static string MatchString(IElement element)
    {
        var match = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
        return match.Length > 256 ? match[..256] : match;
    }

    /// <summary>The elements under <paramref name="root"/> in document order, each with the index just past its subtree.</summary>
    private static (List<IElement> Order, List<int> Ends) DocumentOrder(IElement root)
    {
        var order = new List<IElement>();
        var ends = new List<int>();
        var stack = new Stack<(IElement Element, int Index)>();
        PushChildElements(stack, root);

        while (stack.Count > 0)
        {
            var (element, index) = stack.Pop();
            if (index >= 0)
            {
                ends[index] = order.Count;
                continue;
            }

            var position = order.Count;
            order.Add(element);
            ends.Add(-1);
            stack.Push((element, position));
            PushChildElements(stack, element);
        }

        return (order, ends);
    }

    // Last child first, so they pop in document order; read from ChildNodes without a list per element.
    private static void PushChildElements(Stack<(IElement Element, int Index)> stack, IElement parent)
    {
        var children = parent.ChildNodes;
        for (var c = children.Length - 1; c >= 0; c--)
        {
            if (children[c] is IElement child)
            {
                stack.Push((child, -1));
            }
        }
    }
}
