using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsReader.Ingestion.Html;

/// <summary>Caps the DOM's depth, so that later passes (and AngleSharp's own recursive helpers) stay cheap and safe.</summary>
internal static class DeepMarkup
{
    /// <summary>Replaces the content of every element at <paramref name="maxDepth"/> by its text. Returns how many were flattened.</summary>
    public static int Flatten(IHtmlDocument document, int maxDepth)
    {
        var flattened = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((document.DocumentElement, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth >= maxDepth)
            {
                if (HtmlText.ChildElements(element).Count > 0)
                {
                    var text = HtmlText.Of(element);
                    while (element.FirstChild is { } child)
                    {
                        element.RemoveChild(child);
                    }

                    element.AppendChild(document.CreateTextNode(text));
                    flattened++;
                }

                continue;
            }

            foreach (var child in HtmlText.ChildElements(element))
            {
                stack.Push((child, depth + 1));
            }
        }

        return flattened;
    }
}
